#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line: bad arguments get a clear message and a failure status,
never a crash or a GLib-CRITICAL; --validate checks a dataset file;
--help lists --language; --language works
with "=" or a space, the last one counts, and a wrong value saves nothing;
the chosen language is the interface's whatever LANG says (C, POSIX, unset).
Prints TAP. Runs the real binary (argv[1]) in the test's own display and
session; the window's title (窓口 in Japanese, Madoguchi in English) tells
the interface's language."""

import os
import pathlib
import re
import signal
import subprocess
import sys
import tempfile
import time

binary = sys.argv[1]
base_env = dict(os.environ, GSETTINGS_BACKEND="memory", LANG="C.UTF-8")
for name in ("G_DEBUG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    base_env.pop(name, None)
results = []


def check(ok, description, detail=""):
    results.append((ok, description, detail))


def run(arguments, env=None):
    return subprocess.run([binary] + arguments, env=env or base_env, capture_output=True,
                          text=True, timeout=30)


def window_title(arguments, env):
    """Starts the app, waits for its main window and returns its title."""
    tools_env = dict(os.environ, LC_ALL="C.UTF-8")
    app = subprocess.Popen([binary] + arguments, env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True)
    title = None
    try:
        deadline = time.monotonic() + 30
        while title is None and time.monotonic() < deadline and app.poll() is None:
            time.sleep(0.2)
            tree = subprocess.run(["xwininfo", "-root", "-children"], env=tools_env,
                                  capture_output=True, text=True).stdout
            # The main window is the one of at least 300 px; GTK's helper
            # windows are 1x1.
            for match in re.finditer(r"^\s+(0x[0-9a-f]+) .*?\s(\d+)x(\d+)\+", tree, re.M):
                if int(match.group(2)) >= 300:
                    prop = subprocess.run(["xprop", "-id", match.group(1), "-notype", "_NET_WM_NAME"],
                                          env=tools_env, capture_output=True, text=True).stdout
                    found = re.search(r'= "(.*)"', prop)
                    if found:
                        title = found.group(1)
    finally:
        if app.poll() is None:
            app.send_signal(signal.SIGTERM)
            try:
                app.wait(timeout=10)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()
    output = app.stdout.read()
    return title, output


def locale_env(lang, config):
    env = dict(base_env, GSETTINGS_BACKEND="keyfile", XDG_CONFIG_HOME=str(config))
    env.pop("LANG", None)
    if lang is not None:
        env["LANG"] = lang
    return env


def saved_language(config):
    keyfile = pathlib.Path(config, "glib-2.0", "settings", "keyfile")
    if not keyfile.exists():
        return None
    found = re.search(r"^language='(.*)'$", keyfile.read_text(), re.M)
    return found.group(1) if found else None


# Arguments that must fail with a message.
failures = [
    (["--language=fr"], "--language takes ja, en or system"),
    (["--language="], "--language takes ja, en or system"),
    (["--language", "fr"], "--language takes ja, en or system"),
    (["--language"], "Missing argument for --language"),
    (["--no-such-option"], "Unknown option"),
    (["notes.txt"], "opens no files or addresses (“notes.txt”)"),
    (["https://www.ipa.go.jp/"], "opens no files or addresses (“https://www.ipa.go.jp/”)"),
    (["--language=ja", "/etc/passwd"], "opens no files or addresses"),
]
for arguments, message in failures:
    result = run(arguments)
    output = result.stdout + result.stderr
    check(result.returncode == 1 and message in output and "CRITICAL" not in output
          and "WARNING" not in output,
          f"madoguchi {' '.join(arguments)} exits 1 saying “{message}”, no critical",
          f"exit status {result.returncode}, output:\n{output}")

result = run(["--help"])
check(result.returncode == 0 and "Usage:" in result.stdout
      and re.search(r"^\s+--language=\S+\s+.*ja, en or system", result.stdout, re.M),
      "madoguchi --help exits 0 and lists --language", result.stdout + result.stderr)

# --validate: the administrator's check before a deployment; no window.
fixtures = pathlib.Path(__file__).parent / "fixtures"
invalid_fixtures = pathlib.Path(sys.argv[2])  # made by the build
for arguments, status, message in [
    ([f"--validate={fixtures / 'minimal.json'}"], 0, ""),
    (["--validate", str(fixtures / "minimal.json")], 0, ""),
    ([f"--validate={invalid_fixtures / 'bad-audience.json'}"], 1,
     "bad-audience.json: $.contacts[1].audience: “everyone” is not one of"),
    (["--validate=/nonexistent/contacts.json"], 1, "/nonexistent/contacts.json: "),
]:
    result = run(arguments)
    check(result.returncode == status and message in result.stderr
          and (status == 1 or result.stderr == "") and "CRITICAL" not in result.stderr,
          f"madoguchi {' '.join(arguments)} exits {status}",
          f"exit status {result.returncode}, stderr:\n{result.stderr}")

# --import-contacts / --export-contacts: an administrator's list of own
# contacts in, the desk's out; a bad file names the JSON path and changes
# nothing; the exported file imports again as the same list.
own = fixtures / "own-contacts"
with tempfile.TemporaryDirectory() as data:
    env = dict(base_env, XDG_DATA_HOME=data)
    stored = pathlib.Path(data, "madoguchi", "own-contacts.json")
    result = run([f"--import-contacts={own / 'valid.json'}"], env)
    check(result.returncode == 0 and "2 new" in result.stdout and stored.exists()
          and "証券番号 AB-1234567" in stored.read_text(encoding="utf-8")
          and stored.stat().st_mode & 0o777 == 0o600,
          "madoguchi --import-contacts=valid.json adds two contacts, saved 0600",
          f"exit status {result.returncode}, stdout {result.stdout!r}, stderr:\n{result.stderr}")
    before = stored.read_bytes()
    for name, message in [
        ("unknown-situation.json", "$.contacts[0].situations[1]: there is no situation with the id “ransomwear”"),
        ("bad-number.json", "$.contacts[0].phones[0].number:"),
        ("truncated.json", "$: not valid JSON"),
    ]:
        result = run([f"--import-contacts={own / name}"], env)
        check(result.returncode == 1 and message in result.stderr and "Nothing was changed" in result.stderr
              and stored.read_bytes() == before and "CRITICAL" not in result.stderr,
              f"madoguchi --import-contacts={name} fails, names the path and changes nothing",
              f"exit status {result.returncode}, stderr:\n{result.stderr}")
    exported = pathlib.Path(data, "exported.json")
    result = run(["--export-contacts", str(exported)], env)
    check(result.returncode == 0 and exported.exists() and exported.stat().st_mode & 0o777 == 0o600
          and "0120-000-000" in exported.read_text(encoding="utf-8"),
          "madoguchi --export-contacts FILE writes the contacts, 0600",
          f"exit status {result.returncode}, stderr:\n{result.stderr}")
    with tempfile.TemporaryDirectory() as other:
        other_env = dict(base_env, XDG_DATA_HOME=other)
        result = run([f"--import-contacts={exported}"], other_env)
        again = pathlib.Path(other, "madoguchi", "own-contacts.json")
        check(result.returncode == 0 and again.exists() and again.read_bytes() == before,
              "an exported file imports into an empty desk as the same file",
              f"exit status {result.returncode}, stderr:\n{result.stderr}")

with tempfile.TemporaryDirectory() as config:
    result = run(["--language=fr"], locale_env("C", config))
    check(result.returncode == 1 and saved_language(config) is None,
          "a wrong --language saves nothing", f"saved {saved_language(config)!r}")

# The bug of issue 24: GTK set the locale back to C, and gettext then ignored
# the chosen language.
for lang in ("C", "POSIX", None):
    with tempfile.TemporaryDirectory() as config:
        env = locale_env(lang, config)
        title, output = window_title(["--language=ja"], env)
        check(title == "窓口" and "CRITICAL" not in output,
              f"LANG={lang or '(unset)'} --language=ja gives a Japanese interface",
              f"title {title!r}, output:\n{output}")
        check(saved_language(config) == "ja", f"LANG={lang or '(unset)'} --language=ja is saved",
              f"saved {saved_language(config)!r}")

with tempfile.TemporaryDirectory() as config:
    env = locale_env("C", config)
    title, output = window_title(["--language", "ja"], env)
    check(title == "窓口", "--language ja (with a space) gives a Japanese interface",
          f"title {title!r}, output:\n{output}")

    title, output = window_title([], env)
    check(title == "窓口", "the next start without --language keeps Japanese",
          f"title {title!r}, output:\n{output}")

    title, output = window_title(["--language=ja", "--language=en"], env)
    check(title == "Madoguchi" and saved_language(config) == "en",
          "--language=ja --language=en: the last one counts, shown and saved",
          f"title {title!r}, saved {saved_language(config)!r}, output:\n{output}")

    result = run(["--language=ja", "--language=xx"], env)
    check(result.returncode == 1 and saved_language(config) == "en",
          "--language=ja --language=xx fails and leaves the saved choice as it was",
          f"exit status {result.returncode}, saved {saved_language(config)!r}")

    title, output = window_title(["--language=system"], env)
    check(title == "Madoguchi" and saved_language(config) == "",
          "--language=system under LANG=C gives English and saves “follow the system”",
          f"title {title!r}, saved {saved_language(config)!r}, output:\n{output}")

print(f"1..{len(results)}")
for number, (ok, description, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {number} - {description}")
    if not ok and detail:
        print("# " + detail.replace("\n", "\n# "))
sys.exit(0 if all(ok for ok, _, _ in results) else 1)
