#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Extracts every phone number, web address and e-mail address from the source
pages (and the notes on what in them is out of date) into source-facts.tsv.

Run it from the repository with the path of the seed folder:
    tests/data/extract-source-facts.py ../shared/seed > tests/data/source-facts.tsv
The result is committed, so that the tests need no copy of the pages."""

import re
import sys
from pathlib import Path

seed = Path(sys.argv[1])
files = [
    ("p355", seed / "sources/page-355-contacts-when-attacked.ja.md"),
    ("p356", seed / "sources/page-356-prevention-consult.ja.md"),
    ("p372", seed / "sources/page-372-management-measures.ja.md"),
    ("seed-notes", seed / "README.md"),
]
host = "https://cybersecurity.metro.tokyo.lg.jp"

phone_patterns = [
    re.compile(r"☎\s*「?(#?\d[\d-]*)"),
    re.compile(r"(?<![\d-])(0\d{1,4}-\d{1,4}-\d{3,4})(?![\d-])"),
    re.compile(r"(?<![\w])(#\d{4})(?!\d)"),
    re.compile(r"(?<![\d-])(0\d{2,4}-\d{5,6})(?![\d-])"),
]
url_pattern = re.compile(r"https?://[^\s)\]<>\"'`（）「」、。｜|]+")
relative_pattern = re.compile(r"\]\((/security/[^)\s]+)\)")
mail_pattern = re.compile(r"(?<![\w./-])([A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")

facts = {}
for page, path in files:
    text = path.read_text(encoding="utf-8")
    for pattern in phone_patterns:
        for match in pattern.finditer(text):
            number = match.group(1).rstrip("-")
            if not re.fullmatch(r"\d{4}", number):
                facts.setdefault(("phone", number), page)
    for url in url_pattern.findall(text):
        facts.setdefault(("url", url.rstrip(".,;")), page)
    for path_only in relative_pattern.findall(text):
        facts.setdefault(("url", host + path_only), page)
    for mail in mail_pattern.findall(text):
        facts.setdefault(("email", mail), page)

print("# kind\tvalue\tfirst seen in (extract-source-facts.py; do not edit by hand)")
for (kind, value), page in sorted(facts.items()):
    print(f"{kind}\t{value}\t{page}")
