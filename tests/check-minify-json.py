#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""build-aux/minify-json on the fixtures: a lone surrogate escape is refused
with its JSON path and exit status 1, not a traceback; a valid file comes out
as the same JSON. Prints TAP.
Usage: check-minify-json.py MINIFY FIXTURES INVALID-FIXTURES (made by the build)"""
import json
import os
import subprocess
import sys
import tempfile

minify, fixtures, invalid = sys.argv[1:4]
cases = [
    (os.path.join(invalid, "lone-surrogate.json"), 1, "$.meta.title.ja: a \\u escape is half of a surrogate pair"),
    (os.path.join(invalid, "lone-low-surrogate.json"), 1, "$.meta: a \\u escape is half of a surrogate pair"),
    (os.path.join(fixtures, "minimal.json"), 0, ""),
]
print(f"1..{len(cases)}")
failed = False
with tempfile.TemporaryDirectory() as tmp:
    for i, (name, status, message) in enumerate(cases, 1):
        source = name
        target = os.path.join(tmp, "out.json")
        run = subprocess.run([sys.executable, minify, source, target],
                             capture_output=True, text=True)
        ok = run.returncode == status and message in run.stderr and "Traceback" not in run.stderr
        if ok and status == 0:
            with open(source, encoding="utf-8") as a, open(target, encoding="utf-8") as b:
                ok = json.load(a) == json.load(b)
        failed |= not ok
        print(f"{'ok' if ok else 'not ok'} {i} {name}: exit {run.returncode}")
        if not ok:
            print("# " + run.stderr.replace("\n", "\n# "))
sys.exit(1 if failed else 0)
