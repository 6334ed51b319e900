#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end test: browse Madoguchi as a screen-reader user would.

Starts the real binary and drives it only through the accessibility tree
(AT-SPI, plain pyatspi), finding everything by its accessible name:
  - picks sections in the sidebar ("Sections") through the Selection interface
    and reads the page title back;
  - opens a link row and checks that the desktop's URI handler got exactly that
    address (a fake handler that logs, installed by run-e2e: no browser starts);
  - copies a phone number and reads the X clipboard back with xclip.

Run it through run-e2e inside tests/run-with-session; it prints TAP.
Usage: test_browse.py MADOGUCHI_BINARY
Environment: MADO_E2E_URI_LOG (the fake handler's log, required),
MADO_E2E_APP_LOG (where the app's output goes), MADO_E2E_DATASET (the dataset
to read the expected names from; default: the source tree's), MADO_E2E_SHOT
(a PNG path: a screenshot of the screen when the phone-row click fails).

Rows of AdwActionRow type expose no 'activate' or 'click' action in GTK 4.8
(only 'row.popup-menu'), so a row is activated through the Action interface by
its context menu's item ("Open", "Copy"), and once more by a real pointer click
at its place (XTest through the registry) to cover the row's own activation.
"""

import json
import os
import re
import signal
import subprocess
import sys
import time

import pyatspi

HERE = os.path.dirname(os.path.abspath(__file__))
DATASET = os.environ.get('MADO_E2E_DATASET',
                         os.path.join(HERE, '..', '..', 'resources', 'dataset', 'contacts.json'))
LANG = 'en'
TIMEOUT = 10          # seconds for any one thing to show up
DEADLINE = 55         # seconds for the whole test

# Processes that may run in this test's private session. Anything else after
# a link was opened (a browser, xdg-open…) fails the test. Names as in
# /proc/PID/comm, which keeps 15 characters.
ALLOWED_PROCESSES = {
    'madoguchi', 'python3', 'dbus-daemon', 'dbus-run-sessio', 'at-spi-bus-laun',
    'at-spi2-registr', 'sh', 'dash', 'bash', 'run-e2e', 'uri-handler', 'xclip',
    'gio-launch-desk', 'dconf-service',
}


class Failure(Exception):
    pass


class Tap:
    def __init__(self, plan):
        self.n = 0
        self.failed = 0
        self.app_log = None
        self.app_log_seen = 0
        print(f'1..{plan}', flush=True)

    def ok(self, ok, description, directive=None):
        self.n += 1
        if not ok:
            self.failed += 1
        suffix = f' # {directive}' if directive else ''
        print(f"{'ok' if ok else 'not ok'} {self.n} - {description}{suffix}", flush=True)
        self.note_app_problems()

    def note_app_problems(self):
        # Says right after which step the app warned, to find the cause.
        if self.app_log is None:
            return
        problems = app_log_problems(self.app_log)
        for line in problems[self.app_log_seen:]:
            self.note(f'the app logged (by step {self.n}): {line.strip()}')
        self.app_log_seen = len(problems)

    def note(self, text):
        for line in str(text).splitlines():
            print(f'# {line}', flush=True)


def wait_for(what, predicate, timeout=TIMEOUT, interval=0.05):
    """Polls @predicate until it returns something true; Failure on timeout."""
    end = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            value = predicate()
            if value:
                return value
        except Failure:
            raise
        except Exception as error:   # the tree changes under us: retry
            last_error = error
        if time.monotonic() > end:
            raise Failure(f'timed out after {timeout} s waiting for {what}'
                          + (f' (last error: {last_error})' if last_error else ''))
        time.sleep(interval)
        interval = min(interval * 1.5, 0.25)


# --- The dataset: what the screens must show --------------------------------

def text(value):
    return value[LANG]


def load_expectations():
    with open(DATASET, encoding='utf-8') as f:
        data = json.load(f)

    sections = {}

    def walk(items, depth):
        for s in items:
            sections[s['id']] = (s, depth)
            walk(s.get('children', []), depth + 1)
    walk(data['sections'], 0)
    contacts = {c['id']: c for c in data['contacts']}

    def row_name(section_id):
        # As mado-section-row.c builds it.
        s, depth = sections[section_id]
        if depth > 0:
            kicker = s['check']
        else:
            kicker = f"{text(s['label'])} · {s['check']}"
        return f"{kicker} {text(s['title'])}"

    # The first reference link of CHECK4-01 (phishing).
    phishing = sections['check4-01'][0]
    link = next(l for b in phishing['blocks'] if b['type'] == 'links' for l in b['links'])
    # The first contact on CHECK4-09 with a phone number, and its first link.
    general = sections['check4-09'][0]
    card = next(contacts[b['id']] for b in general['blocks']
                if b['type'] == 'contact' and contacts[b['id']].get('phones'))
    return {
        'check4': (row_name('check4'), text(sections['check4'][0]['title'])),
        'check4-01': (row_name('check4-01'), text(phishing['title'])),
        'check4-09': (row_name('check4-09'), text(general['title'])),
        'link_label': text(link['label']),
        'link_url': link['url'],
        'card': text(card['organisation']),
        'phone': card['phones'][0]['number'],
        'card_url': card['links'][0]['url'] if card.get('links') else None,
    }


# --- The accessibility tree --------------------------------------------------

def role(node):
    return node.getRoleName()


def children(node):
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield child


def walk(node, prune=lambda n: False):
    """Depth first; does not descend into nodes for which @prune is true."""
    yield node
    if prune(node):
        return
    for child in children(node):
        yield from walk(child, prune)


def find_all(root, predicate, prune=lambda n: False):
    return [n for n in walk(root, prune) if predicate(n)]


def find(root, predicate, prune=lambda n: False):
    for n in walk(root, prune):
        if predicate(n):
            return n
    return None


def leaf_like(node):
    # Labels and images have no children worth visiting; saves round trips.
    return role(node) in ('label', 'image', 'scroll bar')


def label_text(node):
    t = node.queryText()
    return t.getText(0, t.characterCount)   # getText(0, -1) is '' in GTK 4.8


def action_names(node):
    try:
        action = node.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def do_action(node, name):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) == name:
            return action.doAction(i)
    raise Failure(f'{role(node)} {node.name!r} has no action {name!r} '
                  f'(it has {action_names(node)})')


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in children(desktop):
        try:
            if app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def name_matches(node, name):
    # GTK 4.8 appends the names of an AdwActionRow's LABELLED_BY title to the
    # LABEL property the app sets ("Copy 03-… 03-…"); accept both forms.
    return node.name == name or node.name.startswith(name + ' ')


def stable_extents(node, readings=4, interval=0.1):
    """@node's extents in window coordinates once the same @readings times
    in a row."""
    history = []

    def settled():
        history.append(tuple(node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)))
        return len(history) >= readings and len(set(history[-readings:])) == 1
    wait_for(f'{role(node)} {node.name!r} to stay in place', settled, interval=interval)
    if history[0] != history[-1]:
        print(f'# {node.name!r} moved from {history[0]} to {history[-1]} before the click',
              flush=True)
    return history[-1]


class App:
    def __init__(self, binary, tap):
        self.tap = tap
        env = dict(os.environ)
        for var in ('GTK_A11Y', 'NO_AT_BRIDGE', 'LC_ALL', 'LC_MESSAGES'):
            env.pop(var, None)
        # Not G_DEBUG=fatal-warnings: a warning would kill the app and fail
        # every later step; the last step fails on it instead, and shows it.
        env.pop('G_DEBUG', None)
        env.update(GSETTINGS_BACKEND='memory', GSK_RENDERER='cairo',
                   LANGUAGE=LANG, LANG='C.UTF-8')
        self.log_path = os.environ.get('MADO_E2E_APP_LOG', os.devnull)
        self.log = open(self.log_path, 'ab')
        self.process = subprocess.Popen([binary], env=env, stdin=subprocess.DEVNULL,
                                        stdout=self.log, stderr=subprocess.STDOUT)
        if self.log_path != os.devnull:
            tap.app_log = self.log_path
        self.app = None
        self.frame = None

    def wait_until_shown(self):
        def ready():
            if self.process.poll() is not None:
                raise Failure(f'the app exited with status {self.process.returncode}')
            app = find_app(self.process.pid)
            if app is None or app.childCount == 0:
                return None
            frame = app.getChildAtIndex(0)
            if self.sidebar_of(frame) is None:
                return None
            return app, frame
        try:
            # A loaded machine (parallel builds and tests) took up to 7 s.
            self.app, self.frame = wait_for('the app in the accessibility tree', ready,
                                            timeout=3 * TIMEOUT)
        except Failure as error:
            if 'exited' in str(error):
                raise
            raise Failure(f'{error}; what the registry lists: '
                          + ', '.join(repr(a.name) for a in children(pyatspi.Registry.getDesktop(0))))

    @staticmethod
    def sidebar_of(frame):
        return find(frame, lambda n: role(n) == 'list' and n.name == 'Sections', prune=leaf_like)

    def sidebar(self):
        return self.sidebar_of(self.frame)

    def content_pane(self):
        """The scroll pane that is not the sidebar's: the section page."""
        panes = find_all(self.frame, lambda n: role(n) == 'scroll pane',
                         prune=lambda n: role(n) == 'scroll pane' or leaf_like(n))
        for pane in panes:
            if find(pane, lambda n: role(n) == 'list' and n.name == 'Sections',
                    prune=lambda n: role(n) in ('list', 'label', 'image')) is None:
                return pane
        raise Failure(f'no content pane besides the sidebar among {len(panes)} scroll panes')

    def select_section(self, row_name, title):
        sidebar = self.sidebar()
        rows = list(children(sidebar))
        index = next((i for i, r in enumerate(rows) if r.name == row_name), None)
        if index is None:
            raise Failure(f'no sidebar row named {row_name!r}; rows: '
                          + '; '.join(repr(r.name) for r in rows))
        if not sidebar.querySelection().selectChild(index):
            raise Failure(f'Selection.selectChild({index}) refused')

        def shown():
            if self.process.poll() is not None:
                raise Failure(f'the app exited with status {self.process.returncode}')
            selected = sidebar.querySelection().getSelectedChild(0)
            return (selected is not None and selected.name == row_name
                    and find(self.content_pane(),
                             lambda n: role(n) == 'label' and label_text(n) == title,
                             prune=leaf_like) is not None)
        wait_for(f'the page titled {title!r}', shown)

    def row_in_content(self, name):
        pane = self.content_pane()
        return find(pane, lambda n: role(n) == 'list item' and name_matches(n, name),
                    prune=leaf_like)

    def activate_by_action(self, row, menu_item):
        """Through the Action interface: the row's own activate/click action if
        it has one, else its context menu's item @menu_item."""
        names = action_names(row)
        for name in ('activate', 'click'):
            if name in names:
                do_action(row, name)
                return f'action {name!r}'
        do_action(row, 'row.popup-menu')
        item = wait_for(f'the context menu item {menu_item!r}',
                        lambda: find(row, lambda n: role(n) == 'menu item' and n.name == menu_item,
                                     prune=leaf_like))
        do_action(item, 'click')
        return f"action 'row.popup-menu', then {menu_item!r} 'click'"

    def x_window_origin(self):
        """The main window's origin on the X screen: the largest top-level
        window of the app (popovers and GTK's 1×1 helpers are smaller)."""
        out = subprocess.run(['xwininfo', '-root', '-tree'], capture_output=True,
                             text=True, timeout=5).stdout
        # '     0x400004 "madoguchi": ("madoguchi" "madoguchi")  960x720+0+0  +0+0'
        windows = []
        for line in out.splitlines():
            if line.startswith('     0x') and 'madoguchi' in line.lower():
                # Off-screen helpers read '1x1+-100+-100'.
                match = re.search(r'\)\s+(\d+)x(\d+)\+(-?\d+)\+(-?\d+)', line)
                if match:
                    w, h, x, y = (int(v) for v in match.groups())
                    windows.append((w * h, x, y))
        if not windows:
            raise Failure('the app window is not in xwininfo -root -tree')
        return max(windows)[1:]

    def click(self, node, fraction=0.3):
        """A real pointer click (XTest, through the registry) at @fraction of
        @node's width. GTK 4 gives only window coordinates: add the X window's
        origin. Returns None if the node is not inside the visible pane."""
        # The page may still be moving (the viewport scrolls to the focus
        # after a popover closes): wait until the row stays put.
        x, y, w, h = stable_extents(node)
        px, py, pw, ph = self.content_pane().queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        if w <= 0 or h <= 0 or y < py or y + h > py + ph:
            return None
        ox, oy = self.x_window_origin()
        point = (ox + x + int(w * fraction), oy + y + h // 2)
        pyatspi.Registry.generateMouseEvent(point[0], point[1], pyatspi.MOUSE_B1C)
        return point

    def toast_shown(self, message):
        return find(self.frame, lambda n: role(n) == 'label' and label_text(n) == message,
                    prune=lambda n: role(n) in ('image', 'scroll pane', 'list'))

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


# --- Outside the app: the URI log, the clipboard, the processes ------------

def read_uri_log():
    with open(os.environ['MADO_E2E_URI_LOG'], encoding='utf-8') as f:
        return f.read().splitlines()


def wait_uri_log(count):
    lines = wait_for(f'{count} line(s) in the URI handler log',
                     lambda: (lambda l: l if len(l) >= count else None)(read_uri_log()))
    time.sleep(0.3)      # anything more would arrive now
    return read_uri_log()


def clipboard():
    result = subprocess.run(['xclip', '-o', '-selection', 'clipboard'],
                            capture_output=True, timeout=5)
    return result.stdout.decode('utf-8', 'replace') if result.returncode == 0 else None


def wait_clipboard(expected):
    try:
        return wait_for(f'{expected!r} in the clipboard', lambda: clipboard() == expected)
    except Failure:
        raise Failure(f'the clipboard holds {clipboard()!r}, not {expected!r}')


def session_processes():
    """(pid, comm) of every process in this test's D-Bus session."""
    marker = ('DBUS_SESSION_BUS_ADDRESS=' + os.environ['DBUS_SESSION_BUS_ADDRESS']).encode()
    found = []
    for pid in os.listdir('/proc'):
        if not pid.isdigit():
            continue
        try:
            with open(f'/proc/{pid}/environ', 'rb') as f:
                if marker not in f.read().split(b'\0'):
                    continue
            with open(f'/proc/{pid}/comm', encoding='utf-8') as f:
                found.append((int(pid), f.read().strip()))
        except OSError:
            continue
    return found


# --- The test ---------------------------------------------------------------

PLAN = 16


def run(tap, binary, expect):
    app = App(binary, tap)
    try:
        started = time.monotonic()
        app.wait_until_shown()
        tap.ok(True, f'the app is in the accessibility tree ({time.monotonic() - started:.1f} s)')

        # Sidebar: CHECK4, then its phishing sub-section.
        check4_row, check4_title = expect['check4']
        sidebar = app.sidebar()
        row = find(sidebar, lambda n: n.name == check4_row, prune=lambda n: n is not sidebar)
        tap.ok(row is not None, f'the sidebar list "Sections" has the row {check4_row!r}')
        tap.note(f'sidebar row actions: {action_names(row) if row else None}')
        app.select_section(check4_row, check4_title)
        tap.ok(True, f'selecting {check4_row!r} (Selection interface) shows {check4_title!r}')

        row_name, title = expect['check4-01']
        app.select_section(row_name, title)
        tap.ok(True, f'selecting {row_name!r} shows the page {title!r}')

        # A link row: activating it hands the URL to the desktop's handler.
        link_name = f"Open {expect['link_label']}"
        link_row = wait_for(f'the row {link_name!r}', lambda: app.row_in_content(link_name))
        tap.ok(True, f'the page has the link row {link_name!r}')
        tap.note(f'its accessible name: {link_row.name!r}')
        tap.note(f'its actions: {action_names(link_row)}')

        before = session_processes()
        how = app.activate_by_action(link_row, 'Open')
        uris = wait_uri_log(1)
        tap.ok(uris == [expect['link_url']],
               f'activating it ({how}) opened exactly {expect["link_url"]}')
        if uris != [expect['link_url']]:
            tap.note(f'the URI handler got: {uris}')

        strangers = [p for p in session_processes() + before if p[1] not in ALLOWED_PROCESSES]
        tap.ok(not strangers, 'no browser or other program was started')
        if strangers:
            tap.note(f'unexpected processes in the session: {strangers}')

        point = app.click(link_row)
        if point is None:
            tap.ok(True, 'clicking the link row opens it too', 'SKIP the row is not on screen')
        else:
            uris = wait_uri_log(2)
            tap.ok(uris == [expect['link_url']] * 2,
                   f'clicking the link row (pointer at {point}) opens it again')
            if uris != [expect['link_url']] * 2:
                tap.note(f'the URI handler got: {uris}')
        opened = read_uri_log()

        # A phone row: activating it copies the number.
        row_name, title = expect['check4-09']
        app.select_section(row_name, title)
        tap.ok(True, f'selecting {row_name!r} shows the page {title!r}')

        phone = expect['phone']
        phone_name = f'Copy {phone}'
        phone_row = wait_for(f'the row {phone_name!r}', lambda: app.row_in_content(phone_name))
        card = find(app.content_pane(), lambda n: role(n) == 'list' and n.name == expect['card'],
                    prune=leaf_like)
        in_card = card is not None and find(card, lambda n: n == phone_row, prune=leaf_like) is not None
        tap.ok(in_card, f'the card {expect["card"]!r} has the phone row {phone_name!r}')
        tap.note(f'its accessible name: {phone_row.name!r}; actions: {action_names(phone_row)}')

        # The copy button of the card's web address puts something else in the
        # clipboard first, so that the number's arrival is seen.
        url = expect['card_url']
        button = find(card, lambda n: role(n) == 'push button' and n.name == f'Copy {url}',
                      prune=leaf_like) if card is not None and url else None
        if button is None:
            tap.ok(False, f'the card has a button "Copy {url}"')
        else:
            do_action(button, 'click')
            wait_clipboard(url)
            tap.ok(True, f'its button "Copy {url}" (action \'click\') copies the address')

        how = app.activate_by_action(phone_row, 'Copy')
        wait_clipboard(phone)
        toast = wait_for('the toast', lambda: app.toast_shown(f'Copied {phone}'))
        tap.ok(toast is not None, f'activating the phone row ({how}) copies {phone!r} '
               '(xclip reads it back) and says so in a toast')

        if button is not None:
            do_action(button, 'click')
            wait_clipboard(url)
        point = app.click(phone_row)
        if point is None:
            tap.ok(True, 'clicking the phone row copies it too', 'SKIP the row is not on screen')
        else:
            try:
                wait_clipboard(phone)
            except Failure:
                tap.note(f'clicked at {point}; row extents now '
                         f'{phone_row.queryComponent().getExtents(pyatspi.WINDOW_COORDS)}')
                if os.environ.get('MADO_E2E_SHOT'):
                    subprocess.run(['import', '-window', 'root', os.environ['MADO_E2E_SHOT']])
                raise
            tap.ok(True, f'clicking the phone row (pointer at {point}) copies {phone!r}')

        time.sleep(0.3)
        uris = read_uri_log()
        tap.ok(uris == opened, 'copying opened nothing: the URI handler log did not grow')
        if uris != opened:
            tap.note(f'the URI handler got: {uris[len(opened):]}')

        tap.ok(app.process.poll() is None, 'the app is still running')
    finally:
        app.stop()
    tap.app_log = None      # reported once, below
    problems = app_log_problems(app.log_path)
    tap.ok(not problems, 'the app logged no GLib warnings or criticals')
    for line in problems:
        tap.note(line.strip())


def app_log_problems(path):
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            lines = f.read().splitlines()
    except OSError:
        return []
    return [l for l in lines if '-WARNING **' in l or '-CRITICAL **' in l or '-ERROR **' in l]


def main():
    if len(sys.argv) != 2:
        print('usage: test_browse.py MADOGUCHI_BINARY', file=sys.stderr)
        return 2
    binary = sys.argv[1]
    for var in ('DISPLAY', 'DBUS_SESSION_BUS_ADDRESS', 'MADO_E2E_URI_LOG'):
        if not os.environ.get(var):
            print(f'Bail out! {var} is not set: run this through run-e2e', flush=True)
            return 1

    def out_of_time(signum, frame):
        raise Failure(f'the test took longer than {DEADLINE} s')
    signal.signal(signal.SIGALRM, out_of_time)
    signal.alarm(DEADLINE)

    tap = Tap(PLAN)
    started = time.monotonic()
    try:
        run(tap, binary, load_expectations())
    except Failure as error:
        tap.ok(False, str(error))
    except Exception as error:      # a bug here, or the tree went away
        tap.ok(False, f'{type(error).__name__}: {error}')
    signal.alarm(0)
    tap.note(f'took {time.monotonic() - started:.1f} s')
    if tap.n != PLAN:
        tap.note(f'planned {PLAN} tests, ran {tap.n}')
    return 0 if tap.failed == 0 and tap.n == PLAN else 1


if __name__ == '__main__':
    sys.exit(main())
