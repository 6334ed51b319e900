#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The printable emergency card, as an administrator makes it:
`madoguchi --export-card=FILE.pdf --card-size=a4|card --language=ja|en`, run
without a display. For each size and language:
  - one page (pdfinfo) of the right size (A4, A6);
  - pdftotext finds the title in that language, 110, #9110 and every number
    of the dataset's home list, the seven things to have ready (CHECK2) and
    the date the data was checked, written as the interface writes dates;
  - the page rendered at 300 dpi (pdftoppm) holds QR codes that zbarimg
    decodes to exactly the tel: URIs of those numbers ("#" as %23) and the
    desks' page addresses;
and with own contacts (own-contacts.json in the data folder, as the desk
saves it; made-up numbers): they come first, their numbers, names and
references are printed and their codes decode; forty of them still make one
page, with the police and the list on it and a line counting the ones left
out; a damaged file gives a card without them and a message. Bad options
fail with a message. Prints TAP.

Usage: check-card.py MADOGUCHI DATASET_JSON
"""

import datetime
import json
import os
import re
import subprocess
import sys
import tempfile

madoguchi, dataset_path = sys.argv[1:3]
results = []
SIZES = {'a4': (595.276, 841.89), 'card': (297.638, 419.528)}
TITLES = {'ja': '緊急連絡カード', 'en': 'Emergency Contact Card'}
MORE = {'ja': r'ほか\s*(\d+)\s*件は\s*窓口アプリに', 'en': r'(?<!\d)(\d+)\s+more\s+contacts?\s+in\s+Madoguchi'}
OWN = [('03-0000-1111', 'tel:0300001111'), ('03-0000-2222', 'tel:0300002222'),
       ('#8000', 'tel:%238000')]
OWN_TEXT = {'ja': ['情報システム部 CSIRT', '契約番号 K-2026-0042', '証券番号 AB-1234567'],
            'en': ['IT department CSIRT', 'Contract no. K-2026-0042', 'Policy no. AB-1234567']}
OWN_FILE = {
    'ja': [('csirt', '情報システム部 CSIRT', '24時間', None),
           ('it-vendor', '株式会社サンプル保守', '平日 9:00〜18:00', '契約番号 K-2026-0042'),
           ('insurer', 'サイバー保険 事故受付', '24時間365日', '証券番号 AB-1234567')],
    'en': [('csirt', 'IT department CSIRT', '24 hours', None),
           ('it-vendor', 'Sample Maintenance Co., Ltd.', 'Weekdays 9:00–18:00', 'Contract no. K-2026-0042'),
           ('insurer', 'Cyber insurance claims line', '24/7', 'Policy no. AB-1234567')],
}


def check(ok, description, detail=""):
    results.append((ok, description, detail))


def write_own(folder, language, count):
    """The desk's own-contacts.json (SCHEMA.md) with @count contacts: the
    three of OWN_FILE, then numbered ones."""
    contacts = []
    for i in range(count):
        if i < 3:
            role, name, hours, reference = OWN_FILE[language][i]
            contact = {'role': role, 'name': name,
                       'phones': [{'number': OWN[i][0], 'hours': hours}]}
            if reference:
                contact['reference'] = reference
        else:
            contact = {'role': 'other', 'name': f'Contact {i + 1}',
                       'phones': [{'number': f'03-0000-{3000 + i:04d}'}]}
        contacts.append(contact)
    os.makedirs(os.path.join(folder, 'madoguchi'), exist_ok=True)
    with open(os.path.join(folder, 'madoguchi', 'own-contacts.json'), 'w', encoding='utf-8') as f:
        json.dump({'version': 1, 'contacts': contacts}, f, ensure_ascii=False)


def export(path, size, language, data_home):
    return subprocess.run([madoguchi, f'--export-card={path}', f'--card-size={size}',
                           f'--language={language}'], env=dict(env, XDG_DATA_HOME=data_home),
                          capture_output=True, text=True, timeout=60)


# The environment of an administrator's script: no display at all.
env = {k: v for k, v in os.environ.items()
       if k not in ('DISPLAY', 'WAYLAND_DISPLAY', 'LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'G_DEBUG')}
env.update(GSETTINGS_BACKEND='memory', LANG='C.UTF-8')


def tel_uri(number):
    lead = re.match(r'^[#+]*', number).group(0).replace('#', '%23')
    return 'tel:' + lead + re.sub(r'[^0-9]', '', number)


def expectations(language, size):
    data = json.load(open(dataset_path, encoding='utf-8'))
    contacts = {c['id']: c for c in data['contacts']}
    numbers, uris = [], set()
    for contact_id in data['guide']['home']:
        contact = contacts[contact_id]
        phone = next(p for p in contact['phones'] if p.get('status', 'as-published') != 'unconfirmed')
        numbers.append(phone['number'])
        uris.add(tel_uri(phone['number']))
        links = [l for l in contact.get('links', []) if l.get('status') != 'unconfirmed']
        forms = [l for l in links if l.get('kind') == 'form']
        # The pocket card has the codes of numbers and forms; the poster
        # a desk's web page too.
        if forms or (links and size == 'a4'):
            uris.add((forms or links)[0]['url'])
    check2 = next(s for s in data['sections'] if s['id'] == 'check2')
    items = [i[language] for b in check2['blocks'] if b['type'] == 'list' for i in b['items']]
    day = datetime.date.fromisoformat(data['meta']['reviewed'])
    date = (f'{day.year}年{day.month}月{day.day}日' if language == 'ja'
            else f'{day.day} {day.strftime("%B")} {day.year}')
    return numbers, uris, items, date


def squeeze(text):
    """Text without any white space: a wrapped line breaks anywhere in Japanese."""
    return re.sub(r'\s+', '', text)


def zbar(png):
    return subprocess.run(['zbarimg', '--quiet', '--raw', png], capture_output=True,
                          text=True).stdout.splitlines()


def decode(png, wanted):
    """The codes zbarimg reads on the page: on the whole page, and while
    some of @wanted are missing, on overlapping bands of it, each taller
    than twice the largest code. With a dozen codes on a page, zbarimg
    misses one now and then that it reads alone (as a phone reads it)."""
    found = set(zbar(png))
    size = subprocess.run(['identify', '-format', '%w %h', png], capture_output=True,
                          text=True).stdout.split()
    width, height = int(size[0]), int(size[1])
    band = max(height // 4, 800)
    for top in range(0, height, band // 2):
        if wanted <= found:
            break
        strip = png[:-4] + '-band.png'
        subprocess.run(['convert', png, '-crop', f'{width}x{band}+0+{top}', '+repage', strip],
                       check=True)
        found.update(zbar(strip))
    return sorted(found)


def pdf_facts(path, wanted):
    info = subprocess.run(['pdfinfo', path], capture_output=True, text=True).stdout
    pages = re.search(r'^Pages:\s+(\d+)', info, re.M)
    size = re.search(r'^Page size:\s+([\d.]+) x ([\d.]+) pts', info, re.M)
    text = subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout
    png = path[:-4]
    subprocess.run(['pdftoppm', '-r', '300', '-png', '-singlefile', path, png], check=True)
    decoded = decode(png + '.png', wanted)
    return (int(pages.group(1)) if pages else None,
            (float(size.group(1)), float(size.group(2))) if size else None, text, decoded)


def check_page(name, path, size, language, own=()):
    wanted = expectations(language, size)[1] | {uri for _, uri in own}
    pages, page_size, text, decoded = pdf_facts(path, wanted)
    check(pages == 1, f'{name}: one page', f'pdfinfo: {pages} pages')
    width, height = SIZES[size]
    check(page_size is not None and abs(page_size[0] - width) < 0.5 and abs(page_size[1] - height) < 0.5,
          f'{name}: {width} × {height} pt', f'pdfinfo: {page_size}')
    return text, decoded


def check_public(name, text, decoded, language, size):
    numbers, uris, items, date = expectations(language, size)
    flat = squeeze(text)
    check(TITLES[language] in text, f'{name}: the title {TITLES[language]!r}')
    for number in ['110', '#9110'] + numbers:
        check(number in text, f'{name}: pdftotext finds {number!r}')
    missing = [item for item in items if squeeze(item) not in flat]
    check(len(items) == 7 and not missing, f'{name}: the seven things to have ready',
          f'missing: {missing}')
    check(squeeze(date) in flat, f'{name}: the date the data was checked, {date!r}')
    check(uris <= set(decoded), f'{name}: zbarimg decodes {sorted(uris)}', f'decoded: {decoded}')
    return numbers, uris


def main():
    work = tempfile.mkdtemp()
    empty_home = os.path.join(work, 'empty')
    for language in ('ja', 'en'):
        three_home = os.path.join(work, f'three-{language}')
        write_own(three_home, language, 3)
        forty_home = os.path.join(work, f'forty-{language}')
        write_own(forty_home, language, 40)
        for size in ('a4', 'card'):
            name = f'{language} {size}'
            path = os.path.join(work, f'{language}-{size}.pdf')
            run = export(path, size, language, empty_home)
            check(run.returncode == 0 and not run.stderr,
                  f'{name}: madoguchi --export-card without a display exits 0, silent',
                  f'status {run.returncode}, stderr {run.stderr!r}')
            if run.returncode != 0:
                continue
            text, decoded = check_page(name, path, size, language)
            numbers, uris = check_public(name, text, decoded, language, size)
            check(set(decoded) == uris, f'{name}: no other code on the card', f'decoded: {decoded}')

            # Three own contacts: first on the card, all of them there.
            name = f'{language} {size}, own contacts'
            path = os.path.join(work, f'{language}-{size}-own.pdf')
            run = export(path, size, language, three_home)
            check(run.returncode == 0 and not run.stderr, f'{name}: written, silent',
                  f'status {run.returncode}, stderr {run.stderr!r}')
            text, decoded = check_page(name, path, size, language, OWN)
            check_public(name, text, decoded, language, size)
            for number, uri in OWN:
                check(number in text and uri in decoded,
                      f'{name}: {number!r} printed, its code decodes to {uri!r}')
            missing = [t for t in OWN_TEXT[language] if squeeze(t) not in squeeze(text)]
            check(not missing, f'{name}: names and references printed', f'missing: {missing}')
            check('03-0000-1111' in text and text.index('03-0000-1111') < text.index('#9110'),
                  f'{name}: the own contacts come before the police')
            check(not re.search(MORE[language], text), f'{name}: none left out')

            # Forty: still one page, the public part whole, the rest counted.
            name = f'{language} {size}, forty own contacts'
            path = os.path.join(work, f'{language}-{size}-forty.pdf')
            run = export(path, size, language, forty_home)
            check(run.returncode == 0, f'{name}: written', run.stderr)
            text, decoded = check_page(name, path, size, language)
            check_public(name, text, decoded, language, size)
            shown = len(re.findall(r'03-0000-\d{4}|#8000', text))
            more = re.search(MORE[language], text)
            check(more is not None and 0 < shown < 40 and shown + int(more.group(1)) == 40,
                  f'{name}: {shown} shown, the line for the {40 - shown} left out',
                  f'line: {more.group(0) if more else None}')

    # The administrator's organisation-wide contacts (own-contacts.json in a
    # system data folder): on the card before the desk's own.
    org_dir = os.path.join(work, 'organisation')
    os.makedirs(os.path.join(org_dir, 'madoguchi'))
    with open(os.path.join(org_dir, 'madoguchi', 'own-contacts.json'), 'w', encoding='utf-8') as f:
        json.dump({'version': 1, 'contacts': [
            {'role': 'csirt', 'name': 'Group CSIRT', 'phones': [{'number': '03-0000-9999'}]}]}, f)
    path = os.path.join(work, 'organisation.pdf')
    run = subprocess.run([madoguchi, f'--export-card={path}', '--language=en'],
                         env=dict(env, XDG_DATA_HOME=os.path.join(work, 'three-en'),
                                  XDG_DATA_DIRS=org_dir + ':/usr/share'),
                         capture_output=True, text=True, timeout=60)
    text = subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout \
        if os.path.exists(path) else ''
    check(run.returncode == 0 and '03-0000-9999' in text and '03-0000-1111' in text
          and text.index('03-0000-9999') < text.index('03-0000-1111'),
          'organisation-wide contacts: on the card, before the desk\'s own',
          f'status {run.returncode}, stderr {run.stderr!r}')

    # A damaged file of own contacts: the card all the same, and a message.
    damaged_home = os.path.join(work, 'damaged')
    os.makedirs(os.path.join(damaged_home, 'madoguchi'))
    own_file = os.path.join(damaged_home, 'madoguchi', 'own-contacts.json')
    with open(own_file, 'w') as f:
        f.write('{"version": 1, "contacts": [')
    path = os.path.join(work, 'damaged.pdf')
    run = export(path, 'a4', 'en', damaged_home)
    text = subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout \
        if os.path.exists(path) else ''
    check(run.returncode == 0 and 'could not be read' in run.stderr and '#9110' in text,
          'a damaged own-contacts.json: the card without them, and a message',
          f'status {run.returncode}, stderr {run.stderr!r}')
    check(os.path.exists(own_file) and len(os.listdir(os.path.dirname(own_file))) == 1,
          'the damaged file is left as it is (nothing set aside by a card)',
          f'{os.listdir(os.path.dirname(own_file))}')

    for arguments, words in (
            ([f'--export-card={work}/x.pdf', '--card-size=a5'], '--card-size takes a4 or card'),
            (['--card-size=card'], '--card-size goes with --export-card'),
            ([f'--export-card={work}/x.pdf', '--language=fr'], '--language takes ja, en or system'),
            (['--export-card=/nonexistent/folder/card.pdf'], 'could not be written')):
        run = subprocess.run([madoguchi] + arguments, env=dict(env, XDG_DATA_HOME=empty_home),
                             capture_output=True, text=True, timeout=60)
        check(run.returncode == 1 and words in run.stderr and 'CRITICAL' not in run.stderr,
              f'{" ".join(arguments)}: fails with a message saying {words!r}',
              f'status {run.returncode}, stderr {run.stderr!r}')

    print(f'1..{len(results)}')
    for number, (ok, description, detail) in enumerate(results, 1):
        print(f'{"ok" if ok else "not ok"} {number} - {description}')
        if not ok and detail:
            for line in str(detail).splitlines():
                print(f'# {line}')
    return 0 if all(ok for ok, _, _ in results) else 1


sys.exit(main())
