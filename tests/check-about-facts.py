#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""build-aux/about-facts on small metainfo files: it takes what a metainfo
may hold (translations, the old developer_name, inline markup, several
releases) and writes it as C; it refuses one that lacks a fact, saying which,
with exit status 1 and no output file. Prints TAP.
Usage: check-about-facts.py ABOUT-FACTS"""
import os
import subprocess
import sys
import tempfile

script = sys.argv[1]

FULL = """<?xml version="1.0" encoding="UTF-8"?>
<component type="desktop-application">
  <id>org.example.App</id>
  <name>Example</name>
  <name xml:lang="ja">例</name>
  <summary>Does
     one thing  "well"</summary>
  <developer_name>Old Name</developer_name>
  <developer id="org.example"><name>New Name</name></developer>
  <project_license>MIT</project_license>
  <url type="vcs-browser">https://example.org/git</url>
  <url type="homepage"> https://example.org/ </url>
  <url type="bugtracker">https://example.org/bugs</url>
  <releases>
    <release version="2.0" date="2030-01-02">
      <description>
        <p>Faster &amp; <em>smaller</em>.</p>
        <p xml:lang="ja">速い</p>
        <ol><li>One</li><li>Two <code>x</code></li></ol>
      </description>
    </release>
    <release version="1.0" date="2029-01-01">
      <description><p>Old</p></description>
    </release>
  </releases>
</component>
"""

LEGACY = """<component><name>A</name><summary>B</summary>
<developer_name>Old Name</developer_name>
<project_license>LicenseRef-proprietary</project_license>
<url type="homepage">https://example.org/</url>
<releases><release version="1"/></releases></component>"""

HOMEPAGE = '<url type="homepage">https://e.org/</url>'
REFUSED = [
    ("no release",
     "<component><name>A</name><summary>B</summary><developer_name>C</developer_name>"
     "<project_license>MIT</project_license>" + HOMEPAGE + "</component>",
     "has no a <release> with a version"),
    ("only a translated name",
     '<component><name xml:lang="ja">A</name><summary>B</summary><developer_name>C</developer_name>'
     "<project_license>MIT</project_license>" + HOMEPAGE +
     '<releases><release version="1"/></releases></component>',
     "has no <name>"),
    ("not XML", "<component><name>A</nam></component>", "is not XML"),
]

FULL_EXPECTED = [
    '.name = "Example",',
    '.summary = "Does one thing \\"well\\"",',
    '.developer_name = "New Name",',
    '.homepage = "https://example.org/",',
    '.bugtracker = "https://example.org/bugs",',
    '.project_license = "MIT",',
    '.release_version = "2.0",',
    '.release_date = "2030-01-02",',
    '{ "p", "Faster &amp; <em>smaller</em>." },\n'
    '  { "ol", NULL },\n'
    '  { "li", "One" },\n'
    '  { "li", "Two <code>x</code>" },\n'
    '  { "/ol", NULL },\n'
    '  { NULL, NULL }',
]
LEGACY_EXPECTED = [
    '.developer_name = "Old Name",',
    '.bugtracker = NULL,',
    '.release_date = NULL,',
    'notes[] = {\n  { NULL, NULL }',
]


def run(tmp, xml):
    source = os.path.join(tmp, "in.xml")
    output = os.path.join(tmp, "out.c")
    if os.path.exists(output):
        os.unlink(output)
    with open(source, "w", encoding="utf-8") as f:
        f.write(xml)
    result = subprocess.run([sys.executable, script, source, output],
                            capture_output=True, text=True)
    text = None
    if os.path.exists(output):
        with open(output, encoding="utf-8") as f:
            text = f.read()
    return result, text


cases = 2 + len(REFUSED)
print(f"1..{cases}")
failed = False
n = 0


def report(ok, name, detail=""):
    global failed, n
    n += 1
    failed |= not ok
    print(f"{'ok' if ok else 'not ok'} {n} {name}")
    if not ok and detail:
        for line in detail.splitlines():
            print(f"# {line}")


with tempfile.TemporaryDirectory() as tmp:
    for name, xml, expected in (("full metainfo", FULL, FULL_EXPECTED),
                                ("legacy developer_name, custom licence", LEGACY, LEGACY_EXPECTED)):
        result, text = run(tmp, xml)
        missing = [e for e in expected if text is None or e not in text]
        # The translation (xml:lang) and the older release are left out.
        leaked = [w for w in ("例", "速い", "Old<", '"Old"') if text is not None and w in text]
        report(result.returncode == 0 and not missing and not leaked, name,
               result.stderr + f"missing: {missing}\nleaked: {leaked}\n{text}")

    for name, xml, message in REFUSED:
        result, text = run(tmp, xml)
        report(result.returncode == 1 and message in result.stderr and text is None
               and "Traceback" not in result.stderr,
               f"refuses: {name}", result.stderr)

sys.exit(1 if failed else 0)
