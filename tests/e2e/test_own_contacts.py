#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end test: the desk's own contact, added through the accessibility
tree, leads the guide's result it is tagged for, and survives SIGKILL.

Starts the real binary with a private XDG_DATA_HOME and drives it as a
screen reader's user would (plain pyatspi, everything found by its
accessible name): on the home page, the row "Add Your Own Contacts"; on the
page, "Add Contact"; then types the name, the number (in full-width digits,
as a Japanese input method gives them) and the hours through EditableText,
ticks "Ransomware", waits 1.5 s (the store saves at most 0.5 s after a
change) and kills the app with SIGKILL. The file holds every field, 0600.
Started again, the home page lists the number; the guide, walked to the
organisation's ransomware result, shows the contact as "Call first", and
its button copies the number (read back with xclip). Last, a note typed
just before SIGTERM (a logout) is in the file: the app saves on its way out.

Run it through run-e2e inside tests/run-with-session; it prints TAP.
Usage: test_own_contacts.py MADOGUCHI_BINARY
"""

import json
import os
import signal
import stat
import sys
import tempfile
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pyatspi  # noqa: E402
from atspi_helpers import (App, Failure, Keyboard, action_names, app_log_problems,  # noqa: E402
                           describe, do_action, find, has_state, label_text, leaf_like, role,
                           run_main, wait_clipboard, wait_for)

PLAN = 10
DEADLINE = 120
SAVE_WAIT = 1.5

NAME = 'サイバー保険 事故受付 🛡️'
TYPED_NUMBER = '０１２０ー０００ー３３３'
NUMBER = '0120-000-333'
HOURS = '24時間・年中無休'
LAST_WORDS = '証券番号を先に伝える — typed just before the logout ✍'
WALK = ['No', 'The organisation',
        'A warning screen, or a device acting strangely (support scam, virus, ransomware, Emotet)',
        "Files won't open or are encrypted, and money is demanded (ransomware)"]


def named(app, wanted_role, name):
    return wait_for(f'{wanted_role} {name!r}',
                    lambda: find(app.frame, lambda n: role(n) == wanted_role and n.name == name,
                                 prune=leaf_like))


def activate(app, node):
    """Buttons and check boxes through their 'click' action; a list row
    (which has no action in GTK 4.8) by a real pointer click on it."""
    for action in ('activate', 'click'):
        if action in action_names(node):
            return do_action(node, action)
    if app.click(node) is None:
        raise Failure(f'{role(node)} {node.name!r} is not on screen to be clicked')


def tick(app, box):
    """A check box through its 'click' action (GTK 4.8); GTK 4.18 gives a
    check button no Action interface and misplaces its extents by the
    margins around it, so there the keyboard ticks it, as a person without
    a mouse would: Tab until the focus is on it, then Space."""
    if 'click' in action_names(box):
        return do_action(box, 'click')
    keyboard = Keyboard(app.frame)
    for _ in range(40):
        seen = len(keyboard.focus_events)
        keyboard.press('Tab')

        def moved():
            keyboard.pump()
            return len(keyboard.focus_events) > seen
        wait_for('the focus to move on Tab', moved)
        focused = keyboard.focused()
        if focused is not None and role(focused) == role(box) and focused.name == box.name:
            keyboard.press('space')
            return None
    raise Failure(f'40 presses of Tab did not reach {describe(box)}; '
                  f'the focus is on {describe(keyboard.focused())}')


def text_of(node):
    return label_text(node)


def type_into(app, name, value):
    node = named(app, 'text', name)
    if not node.queryEditableText().setTextContents(value):
        raise Failure(f'EditableText.setTextContents on {name!r} was refused')
    wait_for(f'{value!r} in {name!r}', lambda: text_of(node) == value)


def write_settings():
    """A window tall enough to show the whole form, in this test's own
    config home (run-e2e's private XDG directories)."""
    directory = os.path.join(os.environ['XDG_CONFIG_HOME'], 'glib-2.0', 'settings')
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, 'keyfile'), 'w', encoding='utf-8') as f:
        f.write('[io/github/madoguchi/Madoguchi]\n'
                'window-width=1200\nwindow-height=1000\nwindow-maximized=false\n')


def start(binary, tap, data_home):
    app = App(binary, tap, extra_env={'XDG_DATA_HOME': data_home, 'GSETTINGS_BACKEND': 'keyfile'})
    app.wait_until_shown()
    return app


def run(tap, binary):
    data_home = tempfile.mkdtemp(prefix='own-contacts.', dir=os.environ['XDG_RUNTIME_DIR'])
    path = os.path.join(data_home, 'madoguchi', 'own-contacts.json')
    write_settings()

    app = start(binary, tap, data_home)
    try:
        activate(app, named(app, 'list item', 'Add Your Own Contacts'))
        activate(app, named(app, 'push button', 'Add Contact'))
        type_into(app, 'Name', NAME)
        type_into(app, 'Phone Number', TYPED_NUMBER)
        type_into(app, 'Hours', HOURS)
        ransomware = named(app, 'check box', 'Ransomware')
        tick(app, ransomware)
        wait_for('"Ransomware" ticked', lambda: has_state(ransomware, pyatspi.STATE_CHECKED))
        tap.ok(True, 'added a contact through the tree: name, number, hours, "Ransomware" ticked')
        time.sleep(SAVE_WAIT)
        app.process.send_signal(signal.SIGKILL)
        app.process.wait(timeout=5)
        tap.ok(app.process.returncode == -signal.SIGKILL, f'killed with SIGKILL {SAVE_WAIT} s later')
    finally:
        app.stop()

    with open(path, encoding='utf-8') as f:
        saved = json.load(f)['contacts']
    ok = (len(saved) == 1 and saved[0]['name'] == NAME and saved[0]['situations'] == ['ransomware']
          and saved[0]['phones'] == [{'number': NUMBER, 'hours': HOURS}])
    tap.ok(ok, 'the file has every field typed, the number in ASCII digits')
    if not ok:
        tap.note(f'the file holds {saved!r}')
    mode = stat.S_IMODE(os.stat(path).st_mode)
    tap.ok(mode == 0o600, f'the file is readable by the user alone (mode {mode:o})')

    app = start(binary, tap, data_home)
    try:
        row = named(app, 'list item', f'Copy {NUMBER}')
        tap.ok(row is not None, 'started again, the home page lists the number')

        activate(app, named(app, 'push button', 'Answer the Questions'))
        for answer in WALK:
            activate(app, named(app, 'list item', answer))
        call = named(app, 'push button', f'Copy {NUMBER}')
        organisation = find(app.frame, lambda n: role(n) == 'label' and NAME in text_of(n),
                            prune=lambda n: role(n) in ('image',))
        tap.ok(organisation is not None,
               'the ransomware result shows the contact as "Call first"')
        activate(app, call)
        wait_clipboard(NUMBER)
        tap.ok(True, f'its button copies {NUMBER} (xclip)')
    finally:
        app.stop()
    # SIGTERM right after typing, as a logout sends it: no time for the
    # automatic save; the app saves before it exits.
    app = start(binary, tap, data_home)
    try:
        activate(app, named(app, 'list item', 'Edit Your Own Contacts'))
        type_into(app, 'Note', LAST_WORDS)
        app.process.send_signal(signal.SIGTERM)
        app.process.wait(timeout=10)
        tap.ok(app.process.returncode == 0,
               f'SIGTERM right after typing: the app exits cleanly (status {app.process.returncode})')
    finally:
        app.stop()
    with open(path, encoding='utf-8') as f:
        saved = json.load(f)['contacts']
    tap.ok(len(saved) == 1 and saved[0].get('note') == LAST_WORDS,
           'what was typed just before SIGTERM is in the file')

    log = os.environ.get('MADO_E2E_APP_LOG')
    problems = app_log_problems(log) if log else []
    tap.ok(not problems, 'the app logged no GLib warnings or criticals')
    for line in problems:
        tap.note(line.strip())


def main():
    return run_main('test_own_contacts.py', PLAN, DEADLINE, run,
                    required_env=('DISPLAY', 'DBUS_SESSION_BUS_ADDRESS', 'XDG_RUNTIME_DIR'))


if __name__ == '__main__':
    sys.exit(main())
