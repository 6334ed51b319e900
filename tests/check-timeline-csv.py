#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The timeline as CSV reads back with Python's csv module: every entry, in
the order of when it happened, every field as written (commas, quotes, line
breaks, Japanese, emoji), times in ISO 8601 with their offset; a field that
a spreadsheet would take for a formula starts with an apostrophe. And the
timeline as Markdown holds every entry. Prints TAP.
Usage: check-timeline-csv.py PRINT_TIMELINE_CSV"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
from datetime import datetime

tool = sys.argv[1]
ENTRIES = [
    # kind, happened, written, text, who, reference (not in order of happening)
    ("action", "2026-05-12T09:25:00+09:00", "2026-05-12T09:26:00+09:00",
     "LANケーブルを抜いた, 電源は入れたまま", "", ""),
    ("event", "2026-05-12T09:10:00+09:00", "2026-05-12T10:05:00+09:00",
     'ransom note: "pay in 48 h"\nseen on two PCs 😱', "", ""),
    ("call", "2026-05-12T00:50:00Z", "2026-05-12T09:51:00+09:00",
     "", "警視庁 サイバー犯罪対策課", "R-2026-0512"),
    ("event", "2026-05-12T09:12:00+09:00", "2026-05-12T09:13:00+09:00",
     "=HYPERLINK(\"x\") typed by someone", "@desk", "-12"),
]
sheets = {"version": 1, "sheets": [{"id": "csv", "entries": [
    {"kind": k, "happened": h, "written": w, "text": t, "who": who, "reference": r}
    for k, h, w, t, who, r in ENTRIES]}]}

results = []


def check(ok, description, detail=""):
    results.append((ok, description, detail))


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "sheets.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(sheets, f, ensure_ascii=False)
    env = dict(os.environ, LANGUAGE="en", LANG="C.UTF-8")
    run = subprocess.run([tool, path], capture_output=True, env=env)
    markdown = subprocess.run([tool, path, "--markdown"], capture_output=True, env=env)

check(run.returncode == 0, "the tool prints the timeline as CSV", run.stderr.decode(errors="replace"))
text = run.stdout.decode("utf-8")
rows = list(csv.reader(io.StringIO(text, newline="")))
check(rows[:1] == [["Happened", "Written", "Kind", "What Happened or Was Done", "Who Was Called",
                    "Reference Number"]], "the first row names the columns", repr(rows[:1]))
body = rows[1:]
check(len(body) == len(ENTRIES), f"one row per entry ({len(body)})")


def instant(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


expected = sorted(ENTRIES, key=lambda e: instant(e[1]))
kinds = {"event": "Event", "action": "Action", "call": "Call"}


def guarded(value):
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


for i, (row, entry) in enumerate(zip(body, expected)):
    kind, happened, written, what, who, reference = entry
    same_times = len(row) == 6 and instant(row[0]) == instant(happened) and instant(row[1]) == instant(written)
    check(same_times, f"row {i + 1}: both times read back as the same instants", repr(row[:2]))
    check(row[2:] == [kinds[kind], guarded(what), guarded(who), guarded(reference)],
          f"row {i + 1}: kind, text, who and reference as written", repr(row[2:]))
check(text.endswith("\r\n") and "\r\n" in text, "rows end with CRLF (RFC 4180)")

md = markdown.stdout.decode("utf-8")
check(markdown.returncode == 0 and md.count("\n- **") == len(ENTRIES),
      "the Markdown timeline has a line per entry", md)
for _, _, _, what, who, reference in ENTRIES:
    for value in (what, who, reference):
        plain = value.split("\n")[0].split('"')[0].strip("=@-")
        if plain:
            check(plain in md.replace("\\", ""), f"the Markdown holds {plain!r}")

print(f"1..{len(results)}")
for i, (ok, description, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {i} {description}")
    if not ok and detail:
        for line in str(detail).splitlines():
            print(f"# {line}")
sys.exit(0 if all(ok for ok, _, _ in results) else 1)
