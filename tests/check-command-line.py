#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Bad command lines get a clear message and a failure status, never a crash;
--help works. Prints TAP. Runs the real binary (argv[1]) in the test's own
display and session."""

import os
import subprocess
import sys

binary = sys.argv[1]
env = dict(os.environ, GSETTINGS_BACKEND="memory")
env.pop("G_DEBUG", None)
cases = [
    (["--language=fr"], 1, "--language takes ja, en or system"),
    (["--language="], 1, "--language takes ja, en or system"),
    (["--no-such-option"], 1, "Unknown option"),
    (["--help"], 0, "Usage:"),
]
print(f"1..{len(cases)}")
failed = False
for number, (arguments, expected, message) in enumerate(cases, 1):
    run = subprocess.run([binary] + arguments, env=env, capture_output=True, text=True, timeout=30)
    output = run.stdout + run.stderr
    ok = run.returncode == expected and message in output
    failed |= not ok
    print(f"{'ok' if ok else 'not ok'} {number} - madoguchi {' '.join(arguments)} exits {expected} "
          f"saying “{message}”")
    if not ok:
        print("# exit status %d, output:\n# %s" % (run.returncode, output.replace("\n", "\n# ")))
sys.exit(1 if failed else 0)
