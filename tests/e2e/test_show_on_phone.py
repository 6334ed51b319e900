#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end test: "Show on Phone" shows a QR code that a phone can read.

Starts the real binary (English) and drives it through the accessibility
tree only: on CHECK4-09 the first contact's phone row and its first link row
each open "Show on Phone" from their context menu ('row.popup-menu', then
the menu item's 'click'). For each, the dialog must appear in the tree with
its code named by what it holds, and a screenshot of the screen (ImageMagick's
`import -window root`) must decode with zbarimg to exactly tel:DIGITS (a
leading # as %23) or the link's URL. Escape closes the dialog.

Run it through run-e2e inside tests/run-with-session; it prints TAP.
Usage: test_show_on_phone.py MADOGUCHI_BINARY
Environment: MADO_E2E_APP_LOG, MADO_E2E_DATASET (as for the other tests),
MADO_E2E_SHOT_DIR (keeps the screenshots there).
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
from atspi_helpers import (App, Failure, Keyboard, all_sections, app_log_problems, children,
                           find, leaf_like, load_dataset, role, run_main, section_row_name,
                           text, wait_for)

DEADLINE = 80
PLAN = 8
DIALOG = 'Show on Phone'


def tel_uri(number):
    """What the app puts in the code: digits, a leading + kept, a leading #
    as %23 (RFC 3966: # would start a fragment)."""
    digits = re.sub(r'[^0-9]', '', number)
    lead = re.match(r'^[#+]*', number.strip()).group(0).replace('#', '%23')
    return 'tel:' + lead + digits


def load_expectations():
    data = load_dataset()
    sections = {s['id']: (s, depth) for s, depth in all_sections(data)}
    contacts = {c['id']: c for c in data['contacts']}
    general = sections['check4-09'][0]
    card = next(contacts[b['id']] for b in general['blocks']
                if b['type'] == 'contact' and contacts[b['id']].get('phones')
                and contacts[b['id']].get('links'))
    return {
        'section': (section_row_name(*sections['check4-09']), text(general['title'])),
        'phone': card['phones'][0]['number'],
        'link_label': text(card['links'][0]['label']),
        'link_url': card['links'][0]['url'],
    }


def dialog_of(app):
    return next((w for w in children(app.app) if w.name == DIALOG), None)


def decode_screen(workdir, name):
    """The QR codes zbarimg reads on the whole screen now, or None."""
    shot = os.path.join(workdir, name + '.png')
    subprocess.run(['import', '-window', 'root', shot], check=True, capture_output=True)
    result = subprocess.run(['zbarimg', '--quiet', '--raw', shot], capture_output=True, text=True)
    if result.returncode != 0:
        return None
    return result.stdout.splitlines()


def show_and_read(tap, app, workdir, row_name, expected, what):
    row = wait_for(f'the row {row_name!r}', lambda: app.row_in_content(row_name))
    how = app.activate_by_action(row, 'Show on Phone')
    dialog = wait_for(f'the window {DIALOG!r}', lambda: dialog_of(app))
    code = find(dialog, lambda n: role(n) == 'image' and n.name == expected, prune=leaf_like)
    tap.ok(code is not None, f'{what}: {how} opens {DIALOG!r} with a code named {expected!r}')
    # Drawn once mapped: read until the code is there (bounded by wait_for).
    decoded = wait_for(f'a QR code on the screen holding {expected!r}',
                       lambda: (lambda d: d if d and expected in d else None)(
                           decode_screen(workdir, what)), timeout=20, interval=0.3)
    tap.ok(decoded == [expected], f'{what}: zbarimg reads exactly {expected!r} from a screenshot')
    if decoded != [expected]:
        tap.note(f'zbarimg read {decoded!r}')
    return dialog


def close_dialog(tap, app, what):
    keyboard = Keyboard(app.frame)
    keyboard.press('Escape')
    wait_for(f'the window {DIALOG!r} to close', lambda: dialog_of(app) is None)
    tap.ok(True, f'{what}: Escape closes it')


def run(tap, binary, expect):
    workdir = tempfile.mkdtemp(dir=os.environ.get('XDG_RUNTIME_DIR'))
    app = App(binary, tap)
    try:
        app.wait_until_shown()
        app.select_section(*expect['section'])
        tap.ok(True, f'the page {expect["section"][1]!r} is shown')

        show_and_read(tap, app, workdir, f'Copy {expect["phone"]}', tel_uri(expect['phone']),
                      'phone row')
        close_dialog(tap, app, 'phone row')
        show_and_read(tap, app, workdir, f'Open {expect["link_label"]}', expect['link_url'],
                      'link row')
        close_dialog(tap, app, 'link row')
    finally:
        app.stop()
        keep = os.environ.get('MADO_E2E_SHOT_DIR')
        if keep:
            os.makedirs(keep, exist_ok=True)
            for name in os.listdir(workdir):
                shutil.copy(os.path.join(workdir, name), keep)
        shutil.rmtree(workdir, ignore_errors=True)
    tap.app_log = None
    problems = app_log_problems(app.log_path)
    tap.ok(not problems, 'the app logged no GLib warnings or criticals')
    for line in problems:
        tap.note(line.strip())


def main():
    # The test's own check of the tel: rule before anything starts.
    for number, uri in (('#9110', 'tel:%239110'), ('03-5805-1731', 'tel:0358051731'),
                        ('110', 'tel:110')):
        if tel_uri(number) != uri:
            print(f'Bail out! tel_uri({number!r}) gives {tel_uri(number)!r}, not {uri!r}')
            return 1
    return run_main('test_show_on_phone.py', PLAN, DEADLINE,
                    lambda tap, binary: run(tap, binary, load_expectations()))


if __name__ == '__main__':
    sys.exit(main())
