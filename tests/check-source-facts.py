#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the dataset against the facts of its sources, both ways:
every phone number, web address and e-mail address of the source pages is in
the dataset (or deliberately left out, for the reason given below), and every
one in the dataset comes from a source. Prints TAP."""

import json
import sys

dataset_path, facts_path = sys.argv[1], sys.argv[2]
data = json.load(open(dataset_path, encoding="utf-8"))

# Facts of the sources that the dataset deliberately does not carry.
LEFT_OUT = {
    "http://www.internethotline.jp/pages/about/index":
        "old address; the seed notes give https://www.internethotline.jp/",
    "http://www.keishicho.metro.tokyo.jp/kurashi/cyber/":
        "old domain; the seed notes give the keishicho.metro.tokyo.lg.jp consultation page",
    "https://www.ipa.go.jp/security/anshin/":
        "moved to /security/anshin/about.html (seed notes)",
    "https://cybersecurity.metro.tokyo.lg.jp":
        "the bare host the seed notes name as the base of relative links",
    "crack@pa.go.jp":
        "a typo in a 2024 handbook, as the seed notes say",
}

# Addresses made of a host the pages use and a path the seed notes give; each
# entry that uses one says so in its source text.
COMPOSED = {
    "https://www.ipa.go.jp/security/anshin/about.html",
    "https://www.ipa.go.jp/security/support/soudan.html",
    "https://www.jpcert.or.jp/form/",
    "https://www.jpcert.or.jp/ir/consult.html",
    "https://www.keishicho.metro.tokyo.lg.jp/kurashi/cyber/cyber_sodan.html",
    "https://www.moj.go.jp/JINKEN/jinken20.html",
    "https://www.ppc.go.jp/personalinfo/pipldial/",
}

# Facts from a newer public source that the entry itself names (address and
# date in its "source"): the guidebook pages never give the emergency number.
NEWER = {
    "110": "police-110",
    "https://www.keishicho.metro.tokyo.lg.jp/jiken_jiko/110/110_110.html": "police-110",
}

# Counted on the pages: page 355 gives 13 distinct numbers (0570-003-110
# twice), page 356 four (one of them only in a hidden comment), the seed notes
# add two (法テラス's multilingual line, the Tokyo SME line).
EXPECTED_PHONES = 13 + 4 + 2 + 1   # + 110, from NEWER
# tokusou@ipa.go.jp on page 355; cs-support@ipa.go.jp from the seed notes.
EXPECTED_EMAILS = 2
# CHECK1, CHECK2, CHECK3 (+3), CHECK4 (+11), 予防1, 予防2.
EXPECTED_SECTIONS = 1 + 1 + (1 + 3) + (1 + 11) + 1 + 1

facts = {}
for line in open(facts_path, encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    kind, value, page = line.rstrip("\n").split("\t")
    facts[(kind, value)] = page

phones, emails, urls = {}, {}, set()
for contact in data["contacts"]:
    for phone in contact.get("phones", []):
        phones.setdefault(phone["number"], []).append(contact["id"])
    for email in contact.get("emails", []):
        emails.setdefault(email["address"], []).append(contact["id"])


def walk(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("url", "source_url") and isinstance(item, str):
                urls.add(item)
            walk(item)
    elif isinstance(value, list):
        for item in value:
            walk(item)


walk(data)


def count_sections(sections):
    return sum(1 + count_sections(s.get("children", [])) for s in sections)


have = {"phone": set(phones), "email": set(emails), "url": urls}
results = []


def check(ok, description):
    results.append((ok, description))


for (kind, value), page in sorted(facts.items()):
    if value in LEFT_OUT:
        check(value not in have[kind], f"{kind} {value} ({page}) left out: {LEFT_OUT[value]}")
    else:
        check(value in have[kind], f"{kind} {value} ({page}) is in the dataset")

source_values = {value for (_, value) in facts}
def named_in_source(value, contact_ids):
    """@value comes from NEWER and the entry's source text names its page."""
    owner = NEWER.get(value)
    if owner is None or owner not in contact_ids:
        return False
    contact = next(c for c in data["contacts"] if c["id"] == owner)
    return all(url in contact["source"][lang] for lang in ("ja", "en")
               for url in NEWER if NEWER[url] == owner and url.startswith("https://"))


for number in sorted(phones):
    check(number in source_values or named_in_source(number, phones[number]), f"dataset phone {number} comes from a source")
for address in sorted(emails):
    check(address in source_values, f"dataset e-mail {address} comes from a source")
for url in sorted(urls):
    check(url in source_values or url in COMPOSED or named_in_source(url, list(NEWER.values())), f"dataset address {url} comes from a source")

check(len(phones) == EXPECTED_PHONES, f"{EXPECTED_PHONES} distinct phone numbers (found {len(phones)})")
check(len(emails) == EXPECTED_EMAILS, f"{EXPECTED_EMAILS} e-mail addresses (found {len(emails)})")
check(count_sections(data["sections"]) == EXPECTED_SECTIONS,
      f"{EXPECTED_SECTIONS} sections (found {count_sections(data['sections'])})")
check(phones.get("0570-003-110") == ["moj-jinken110"],
      "0570-003-110 belongs to みんなの人権110番 only, not to the SIA hotline (seed notes)")

print(f"1..{len(results)}")
for number, (ok, description) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {number} - {description}")
sys.exit(0 if all(ok for ok, _ in results) else 1)
