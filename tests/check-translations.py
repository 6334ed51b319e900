#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the translations, as TAP:
- every source file with a translatable string is in po/POTFILES.in (and
  every listed file exists);
- po/ja.po, merged with the strings the sources have now, is complete: no
  untranslated, no fuzzy message, and msgfmt --check accepts it."""

import pathlib
import subprocess
import sys
import tempfile

root = pathlib.Path(sys.argv[1])
results = []


def check(ok, description, detail=""):
    results.append((ok, description, detail))


listed = [line.strip() for line in (root / "po/POTFILES.in").read_text().splitlines()
          if line.strip() and not line.startswith("#")]
for name in listed:
    check((root / name).is_file(), f"POTFILES.in lists {name}, which exists")

candidates = sorted(
    [p for p in (root / "src").rglob("*.c")]
    + [p for p in (root / "resources").rglob("*.ui")]
    + [p for p in (root / "data").glob("*.in")]
)
with tempfile.TemporaryDirectory() as tmp:
    for path in candidates:
        relative = str(path.relative_to(root))
        language = "Glade" if path.suffix == ".ui" else None
        if path.name.endswith(".desktop.in"):
            language = "Desktop"
        elif path.name.endswith(".xml.in"):
            language = "Glade" if "metainfo" not in path.name else None
        args = ["xgettext", "--from-code=UTF-8", "-o", f"{tmp}/one.pot",
                "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
                "--keyword=g_dngettext:2,3", "--keyword=ngettext:1,2"]
        if path.name.endswith(".metainfo.xml.in"):
            args = ["xgettext", "--from-code=UTF-8", "-o", f"{tmp}/one.pot", "--its",
                    "/usr/share/gettext/its/metainfo.its"] if pathlib.Path(
                        "/usr/share/gettext/its/metainfo.its").exists() else args
        elif language:
            args.append(f"--language={language}")
        if path.name.endswith(".gschema.xml.in"):
            continue  # summaries and descriptions are not shown to people
        pot = pathlib.Path(tmp, "one.pot")
        pot.unlink(missing_ok=True)
        subprocess.run(args + [str(path)], check=True, capture_output=True)
        has_strings = pot.exists() and "msgid \"" in pot.read_text().split("\n\n", 1)[-1]
        if has_strings:
            check(relative in listed, f"{relative} has translatable strings and is in POTFILES.in")

    pot = pathlib.Path(tmp, "madoguchi.pot")
    files = [str(root / name) for name in listed]
    base = ["xgettext", "--from-code=UTF-8", "--add-comments=Translators:", "-o", str(pot),
            "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
            "--keyword=g_dngettext:2,3", "--keyword=ngettext:1,2"]
    subprocess.run(base + [f for f in files if f.endswith(".c")], check=True, capture_output=True)
    for name in files:
        if name.endswith(".ui"):
            subprocess.run(base + ["-j", "--language=Glade", name], check=True, capture_output=True)
        elif name.endswith(".desktop.in"):
            subprocess.run(base + ["-j", "--language=Desktop", name], check=True, capture_output=True)
        elif name.endswith(".xml.in"):
            subprocess.run(base + ["-j", name], check=True, capture_output=True)

    merged = pathlib.Path(tmp, "ja.po")
    subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", "-o", str(merged),
                    str(root / "po/ja.po"), str(pot)], check=True, capture_output=True)
    stats = subprocess.run(["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(merged)],
                           capture_output=True, text=True)
    summary = stats.stderr.strip()
    check(stats.returncode == 0, "msgfmt --check accepts ja.po", summary)
    check("untranslated" not in summary and "fuzzy" not in summary,
          f"ja.po translates every message ({summary})")
    missing = subprocess.run(["msgattrib", "--untranslated", "--no-obsolete", str(merged)],
                             capture_output=True, text=True).stdout
    for block in missing.split("\n\n")[1:]:
        msgid = next((l for l in block.splitlines() if l.startswith("msgid")), "")
        check(False, f"untranslated: {msgid}")

print(f"1..{len(results)}")
for number, (ok, description, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {number} - {description}")
    if detail and not ok:
        print("# " + detail.replace("\n", "\n# "))
sys.exit(0 if all(ok for ok, _, _ in results) else 1)
