#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end test: an incident sheet survives SIGKILL.

Starts the real binary with a private XDG_DATA_HOME and drives it through the
accessibility tree only (plain pyatspi, everything found by its accessible
name): opens the incident sheet from the header button, makes a new sheet,
types into its fields through the EditableText interface, waits 1.5 s (the
store saves at most 0.5 s after a change), kills the app with SIGKILL, starts
it again and reads the text back from the same fields. Then it types again
and sends SIGTERM at once, as a logout does, before the half second is up:
the app saves first and exits cleanly. Then it truncates the file, as a
crash of the disk would, and checks that the app still starts, says so, and
kept the damaged file byte for byte.

Run it through run-e2e inside tests/run-with-session; it prints TAP.
Usage: test_sheet_crash.py MADOGUCHI_BINARY
Environment: MADO_E2E_APP_LOG (where the app's output goes).
"""

import glob
import json
import os
import resource
import signal
import stat
import subprocess
import sys
import tempfile
import time

import pyatspi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True
from atspi_helpers import Failure, children, role, run_main, wait_for  # noqa: E402

TIMEOUT = 10          # seconds for any one thing to show up
DEADLINE = 90         # seconds for the whole test
SAVE_WAIT = 1.5       # the issue: a kill loses at most the last second

# What is typed: Japanese, emoji, markup characters and a line break.
TITLE = 'R&D <ランサムウェア> 🔒'
OS_TEXT = 'Windows 11 23H2（経理部のPC）'
TIMELINE = '09:10 添付ファイルを開いた\n09:12 ファイル名が変わった 😱'


def walk(node):
    yield node
    if role(node) in ('label', 'image'):
        return
    for child in children(node):
        yield from walk(child)


def find(root, wanted_role, name):
    for node in walk(root):
        if role(node) == wanted_role and node.name == name:
            return node
    return None


def text_of(node):
    text = node.queryText()
    return text.getText(0, text.characterCount)   # getText(0, -1) is '' in GTK 4.8


def click(node):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) == 'click':
            return action.doAction(i)
    raise Failure(f'{role(node)} {node.name!r} cannot be clicked')


class App:
    def __init__(self, binary, data_home, file_size_limit=None):
        env = dict(os.environ)
        for var in ('GTK_A11Y', 'NO_AT_BRIDGE', 'LC_ALL', 'LC_MESSAGES'):
            env.pop(var, None)
        env.update(GSETTINGS_BACKEND='memory', GSK_RENDERER='cairo', LANGUAGE='en',
                   LANG='C.UTF-8', G_DEBUG='fatal-warnings', XDG_DATA_HOME=data_home)
        self.log = open(os.environ.get('MADO_E2E_APP_LOG', os.devnull), 'ab')
        def limit():
            if file_size_limit is not None:
                resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, resource.RLIM_INFINITY))
        self.process = subprocess.Popen([binary], env=env, stdin=subprocess.DEVNULL, preexec_fn=limit,
                                        stdout=self.log, stderr=subprocess.STDOUT)
        self.frame = None

    def find_app(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for app in children(desktop):
            try:
                if app.get_process_id() == self.process.pid:
                    return app
            except Exception:
                continue
        return None

    def wait_until_shown(self):
        def ready():
            if self.process.poll() is not None:
                raise Failure(f'the app exited with status {self.process.returncode}')
            app = self.find_app()
            if app is None or app.childCount == 0:
                return None
            frame = app.getChildAtIndex(0)
            return frame if find(frame, 'push button', 'Incident Sheet') else None
        self.frame = wait_for('the app and its "Incident Sheet" button', ready)

    def open_sheet(self):
        click(find(self.frame, 'push button', 'Incident Sheet'))
        return wait_for('the sheet page ("New Sheet")',
                        lambda: find(self.frame, 'push button', 'New Sheet'))

    def field(self, name):
        return wait_for(f'the field {name!r}', lambda: find(self.frame, 'text', name))

    def labels(self):
        return [text_of(n) for n in walk(self.frame) if role(n) == 'label']

    def terminate(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=10)
        self.log.close()

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=5)
        self.log.close()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if not self.log.closed:
            self.log.close()


def type_into(app, name, text, how):
    """Types @text into the field @name through EditableText: either
    SetTextContents or InsertText at the end, as a screen reader's user or
    an on-screen keyboard would."""
    node = app.field(name)
    editable = node.queryEditableText()
    if how == 'set':
        done = editable.setTextContents(text)
    else:
        done = editable.insertText(node.queryText().characterCount, text, len(text.encode()))
    if not done:
        raise Failure(f'EditableText.{how} on {name!r} was refused')
    wait_for(f'{text!r} in {name!r}', lambda: text_of(node) == text)


# --- The test ---------------------------------------------------------------

PLAN = 13

# Typed just before the SIGTERM.
LAST_WORDS = '最後の一文 — typed just before the logout ✍'


def run(tap, binary, data_home):
    path = os.path.join(data_home, 'madoguchi', 'incident-sheets.json')

    app = App(binary, data_home)
    try:
        app.wait_until_shown()
        tap.ok(True, 'the app is in the accessibility tree')
        app.open_sheet()
        click(find(app.frame, 'push button', 'New Sheet'))
        app.field('Operating System')
        tap.ok(True, 'the header button "Incident Sheet" and "New Sheet" give an empty sheet')

        type_into(app, 'Title', TITLE, 'set')
        type_into(app, 'Operating System', OS_TEXT, 'set')
        type_into(app, 'When It Happened and What Followed', TIMELINE, 'insert')
        tap.ok(True, 'typed into three fields (EditableText) and read them back')

        time.sleep(SAVE_WAIT)
        app.kill()
        tap.ok(app.process.returncode == -signal.SIGKILL,
               f'the app was killed with SIGKILL {SAVE_WAIT} s later')
    finally:
        app.stop()

    with open(path, 'rb') as f:
        raw = f.read()
    sheets = json.loads(raw.decode('utf-8'))['sheets']
    saved = len(sheets) == 1 and sheets[0]['os'] == OS_TEXT and sheets[0]['timeline'] == TIMELINE \
        and sheets[0]['title'] == TITLE
    tap.ok(saved, 'the file on disk has every word typed')
    if not saved:
        tap.note(f'the file holds: {sheets!r}')
    mode = stat.S_IMODE(os.stat(path).st_mode)
    tap.ok(mode == 0o600, f'the file is readable by the user alone (mode {mode:o})')

    app = App(binary, data_home)
    try:
        app.wait_until_shown()
        app.open_sheet()
        found = {name: text_of(app.field(name)) for name in
                 ('Title', 'Operating System', 'When It Happened and What Followed')}
        expected = {'Title': TITLE, 'Operating System': OS_TEXT,
                    'When It Happened and What Followed': TIMELINE}
        tap.ok(found == expected, 'started again, the sheet shows the same text in the same fields')
        if found != expected:
            tap.note(f'the fields hold: {found!r}')

        # SIGTERM right after typing: no time for the automatic save.
        type_into(app, 'Operating System', LAST_WORDS, 'set')
        app.terminate()
        tap.ok(app.process.returncode == 0,
               f'SIGTERM right after typing: the app exits cleanly (status {app.process.returncode})')
    finally:
        app.stop()
    with open(path, 'rb') as f:
        sheets = json.loads(f.read().decode('utf-8'))['sheets']
    tap.ok(len(sheets) == 1 and sheets[0]['os'] == LAST_WORDS,
           'what was typed just before SIGTERM is in the file')

    # A file size limit: the save fails (SIGXFSZ is ignored), the app stays
    # up and says so, and the file is as it was.
    with open(path, 'rb') as f:
        before = f.read()
    app = App(binary, data_home, file_size_limit=len(before) + 64)
    try:
        app.wait_until_shown()
        app.open_sheet()
        type_into(app, 'Notes', 'ログ ' * 2000, 'set')
        told = wait_for('a toast saying the sheets could not be saved',
                        lambda: any('could not be saved' in l for l in app.labels()))
        tap.ok(told and app.process.poll() is None,
               'over the file size limit the app stays up and says the sheets could not be saved')
    finally:
        app.stop()
    with open(path, 'rb') as f:
        tap.ok(f.read() == before, 'the file is as it was before the failed save')

    # A truncated file: set aside byte for byte, the person told, the app up.
    truncated = raw[:len(raw) // 2]
    with open(path, 'wb') as f:
        f.write(truncated)
    app = App(binary, data_home)
    try:
        app.wait_until_shown()
        told = wait_for('a toast saying the sheets could not be read',
                        lambda: any('could not be read' in l for l in app.labels()))
        tap.ok(told and app.process.poll() is None,
               'with a truncated file the app starts and says the sheets could not be read')
    finally:
        app.stop()
    kept = glob.glob(path + '.corrupt-*')
    same = len(kept) == 1 and open(kept[0], 'rb').read() == truncated
    tap.ok(same, 'the truncated file was set aside, unchanged, as '
           + (os.path.basename(kept[0]) if kept else '(nothing)'))


def main():
    def run_in_own_data(tap, binary):
        data_home = tempfile.mkdtemp(prefix='sheet-crash.', dir=os.environ['XDG_RUNTIME_DIR'])
        run(tap, binary, data_home)
    return run_main('test_sheet_crash.py', PLAN, DEADLINE, run_in_own_data,
                    required_env=('DISPLAY', 'DBUS_SESSION_BUS_ADDRESS', 'XDG_RUNTIME_DIR'))


if __name__ == '__main__':
    sys.exit(main())
