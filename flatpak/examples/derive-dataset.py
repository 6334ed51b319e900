#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Derives an organisation's dataset from the one the app bundles: a title
of its own in each language, and one phone number corrected.

  derive-dataset.py IN OUT --title-prefix-ja=P --title-prefix-en=P \\
                    [--number CONTACT_ID OLD NEW]

The example data extension (io.github.madoguchi.Madoguchi.Data.json) runs
it at build time. Its corrected number is a placeholder (03-0000-0000, no
line in Japan has it) that shows where the desks' data comes from; an
organisation puts the number it has checked, and checks the result with
`flatpak run io.github.madoguchi.Madoguchi --validate=FILE` before it
deploys it. Fails, naming what it did not find, when OLD is not a number of
CONTACT_ID: a correction that no longer applies must not go out unnoticed.
"""
import argparse
import json
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('input')
    parser.add_argument('output')
    parser.add_argument('--title-prefix-ja', required=True)
    parser.add_argument('--title-prefix-en', required=True)
    parser.add_argument('--number', nargs=3, action='append', default=[],
                        metavar=('CONTACT_ID', 'OLD', 'NEW'))
    args = parser.parse_args()

    with open(args.input, encoding='utf-8') as f:
        dataset = json.load(f)
    title = dataset['meta']['title']
    title['ja'] = args.title_prefix_ja + title['ja']
    title['en'] = args.title_prefix_en + title['en']

    contacts = {contact['id']: contact for contact in dataset['contacts']}
    for contact_id, old, new in args.number:
        phones = contacts.get(contact_id, {}).get('phones', [])
        matching = [phone for phone in phones if phone['number'] == old]
        if not matching:
            sys.exit(f'derive-dataset: {contact_id} has no number {old}')
        for phone in matching:
            phone['number'] = new

    with open(args.output, 'w', encoding='utf-8') as f:
        json.dump(dataset, f, ensure_ascii=False, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
