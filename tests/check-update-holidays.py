#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""build-aux/update-holidays on small CSV files in the Cabinet Office's
format (TAP): a good file becomes the table, a malformed line is refused
with its line number and leaves no file (nor a changed one) behind, and the
bundled table is what the bundled CSV gives.

    check-update-holidays.py SCRIPT FIXTURES BUNDLED_CSV BUNDLED_TABLE
"""

import json
import os
import subprocess
import sys
import tempfile

script, fixtures, bundled_csv, bundled_table = sys.argv[1:5]
results = []


def check(name, ok, detail=""):
    results.append((name, ok, detail))


def run(csv, output, source="test", checked="2026-12-02"):
    return subprocess.run([sys.executable, script, csv, output, "--source", source, "--checked", checked],
                          capture_output=True, text=True)


with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "holidays.json")
    done = run(os.path.join(fixtures, "good.csv"), out)
    check("good CSV accepted", done.returncode == 0, done.stderr)
    table = json.load(open(out, encoding="utf-8")) if done.returncode == 0 else {}
    check("covers whole years", table.get("first_day") == "2030-01-01" and table.get("last_day") == "2030-12-31",
          str(table.get("first_day")) + " " + str(table.get("last_day")))
    check("holidays and the substitute holiday read from Shift_JIS",
          table.get("holidays") == {"2030-01-01": "元日", "2030-01-14": "成人の日",
                                    "2030-02-11": "建国記念の日", "2030-02-12": "休日"},
          json.dumps(table.get("holidays"), ensure_ascii=False))
    check("source and date recorded", table.get("source") == "test" and table.get("checked") == "2026-12-02")

    before = open(out, "rb").read()
    refused = run(os.path.join(fixtures, "malformed.csv"), out)
    check("malformed line refused", refused.returncode == 1, refused.stderr)
    check("error names the line and what was expected",
          "line 4" in refused.stderr and "YYYY/M/D,name" in refused.stderr and "nothing written" in refused.stderr,
          refused.stderr.strip())
    check("existing table left as it was", open(out, "rb").read() == before)

    fresh = os.path.join(tmp, "fresh.json")
    run(os.path.join(fixtures, "malformed.csv"), fresh)
    check("no partial file", not os.path.exists(fresh) and os.listdir(tmp) == ["holidays.json"],
          " ".join(os.listdir(tmp)))

    not_sjis = os.path.join(tmp, "utf16.csv")
    with open(not_sjis, "wb") as f:
        f.write("国民の祝日・休日月日,国民の祝日・休日名称\n".encode("utf-16"))
    wrong = run(not_sjis, fresh)
    check("text that is not Shift_JIS refused", wrong.returncode == 1 and "Shift_JIS" in wrong.stderr,
          wrong.stderr.strip())

    shipped = json.load(open(bundled_table, encoding="utf-8"))
    again = run(bundled_csv, fresh, shipped["source"], shipped["checked"])
    check("bundled table is up to date with its CSV",
          again.returncode == 0 and json.load(open(fresh, encoding="utf-8")) == shipped, again.stderr)

print(f"1..{len(results)}")
for number, (name, ok, detail) in enumerate(results, start=1):
    print(f"{'ok' if ok else 'not ok'} {number} {name}")
    if not ok and detail:
        for line in detail.splitlines():
            print(f"# {line}")
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
