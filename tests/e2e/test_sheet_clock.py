#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end test: the first minute of an incident sheet, with real keys.

Starts the real binary with a private XDG_DATA_HOME; Ctrl+I opens the
incident sheet, Enter on "New Sheet" makes one, and the focus is then on its
title: the first character typed replaces the placeholder title. Ctrl+Enter
adds a line to the timeline with the focus in its text; what is typed there,
key by key (XTest through the accessibility registry), is on the disk within
the save delay, and survives SIGKILL: started again, the sheet shows the line.

Run it through run-e2e inside tests/run-with-session; it prints TAP.
Usage: test_sheet_clock.py MADOGUCHI_BINARY
"""

import json
import os
import signal
import sys
import tempfile
import time

import pyatspi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True
from atspi_helpers import (App, Failure, Keyboard, describe, find, has_state,  # noqa: E402
                           leaf_like, role, run_main, wait_for)

DEADLINE = 100
SAVE_WAIT = 1.5       # the store saves at most 0.5 s after a change
PLAN = 7

TITLE_KEYS = 'Phish'
LINE_KEYS = 'mail opened 0910'


def editable_text(node):
    text = node.queryText()
    return text.getText(0, text.characterCount)   # getText(0, -1) is '' in GTK 4.8


def focused_text_named(keyboard, name):
    return keyboard.wait_focus(f'the focus in the field {name!r}',
                               lambda n: role(n) in ('text', 'entry') and n.name == name)


def type_keys(keyboard, keys):
    for key in keys:
        keyboard.press('space' if key == ' ' else key)


def read_sheets(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)['sheets']


def run(tap, binary):
    data_home = tempfile.mkdtemp(prefix='sheet-clock.', dir=os.environ['XDG_RUNTIME_DIR'])
    path = os.path.join(data_home, 'madoguchi', 'incident-sheets.json')
    env = {'XDG_DATA_HOME': data_home}

    app = App(binary, tap, extra_env=env)
    keyboard = None
    try:
        app.wait_until_shown()
        keyboard = Keyboard(app.frame)
        wait_for('the window to be active', lambda: has_state(app.frame, pyatspi.STATE_ACTIVE))

        keyboard.press('i', ('Control',))
        keyboard.wait_focus('the focus on "New Sheet"',
                            lambda n: role(n) in ('push button', 'button') and n.name == 'New Sheet')
        keyboard.press('Return')
        title = focused_text_named(keyboard, 'Title')
        tap.ok(True, 'Ctrl+I, then Enter on "New Sheet": the focus is on the new sheet\'s title')

        type_keys(keyboard, TITLE_KEYS)
        wait_for(f'the title to read {TITLE_KEYS!r}', lambda: editable_text(title) == TITLE_KEYS)
        tap.ok(True, f'the first characters typed are the title: {editable_text(title)!r}')

        keyboard.press('Return', ('Control',))
        line = focused_text_named(keyboard, 'What Happened or Was Done')
        tap.ok(True, 'Ctrl+Enter in the title adds a timeline line, the focus in its text')

        type_keys(keyboard, LINE_KEYS)
        wait_for(f'the line to read {LINE_KEYS!r}', lambda: editable_text(line) == LINE_KEYS)
        time.sleep(SAVE_WAIT)
        app.process.send_signal(signal.SIGKILL)
        app.process.wait(timeout=5)
        tap.ok(app.process.returncode == -signal.SIGKILL,
               f'typed into the line key by key, killed with SIGKILL {SAVE_WAIT} s later')
    finally:
        if keyboard is not None:
            keyboard.release_all()
        app.stop()

    sheets = read_sheets(path)
    entries = sheets[0].get('entries', []) if len(sheets) == 1 else []
    saved = len(entries) == 1 and entries[0]['text'] == LINE_KEYS and entries[0]['kind'] == 'event' \
        and sheets[0]['title'] == TITLE_KEYS
    tap.ok(saved, 'the file holds the title and the timeline line as typed')
    if not saved:
        tap.note(f'the file holds: {sheets!r}')
    written = entries[0].get('written', '') if entries else ''
    tap.ok(written != '' and entries[0].get('happened') == written,
           f'the line keeps when it was written ({written}), and happened then')

    app = App(binary, tap, extra_env=env)
    try:
        app.wait_until_shown()
        keyboard = Keyboard(app.frame)
        wait_for('the window to be active', lambda: has_state(app.frame, pyatspi.STATE_ACTIVE))
        keyboard.press('i', ('Control',))
        node = wait_for('the timeline line after the restart',
                        lambda: find(app.frame, lambda n: role(n) in ('text', 'entry')
                                     and n.name == 'What Happened or Was Done', prune=leaf_like))
        tap.ok(editable_text(node) == LINE_KEYS,
               f'started again, the sheet shows the line: {editable_text(node)!r}')
    finally:
        if keyboard is not None:
            keyboard.release_all()
        app.stop()


def main():
    return run_main('test_sheet_clock.py', PLAN, DEADLINE, run,
                    required_env=('DISPLAY', 'DBUS_SESSION_BUS_ADDRESS', 'XDG_RUNTIME_DIR'))


if __name__ == '__main__':
    sys.exit(main())
