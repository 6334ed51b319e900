# SPDX-License-Identifier: GPL-3.0-or-later
"""What the end-to-end tests share: driving the real Madoguchi binary through
the accessibility tree (AT-SPI, plain pyatspi) inside tests/run-with-session
and tests/e2e/run-e2e.

  - TAP output (Tap), polling (wait_for), a test's main() (run_main);
  - the tree: walking it, finding nodes by role and name, reading text,
    actions and states;
  - the app (App): starting it in English with GSettings in memory, waiting
    for its window, the sidebar, the content pane, selecting a section;
  - the keyboard (Keyboard): synthesised key events through the registry
    (XTest), and where the focus is, from the focus events of the tree;
  - the X clipboard (xclip), the app's log, the dataset's expected names.
"""

import json
import os
import re
import subprocess
import sys
import time

import pyatspi
from gi.repository import Atspi, GLib

HERE = os.path.dirname(os.path.abspath(__file__))
DATASET = os.environ.get('MADO_E2E_DATASET',
                         os.path.join(HERE, '..', '..', 'resources', 'dataset', 'contacts.json'))
LANG = 'en'
TIMEOUT = 10          # seconds for any one thing to show up


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
        # A '#' in the description would start a TAP directive.
        description = str(description).replace('#', '＃').replace('\n', ' ')
        print(f"{'ok' if ok else 'not ok'} {self.n} - {description}{suffix}", flush=True)
        self.note_app_problems()
        return ok

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


def app_log_problems(path):
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            lines = f.read().splitlines()
    except OSError:
        return []
    return [l for l in lines if '-WARNING **' in l or '-CRITICAL **' in l or '-ERROR **' in l]


def run_main(name, plan, deadline, run, required_env=('DISPLAY', 'DBUS_SESSION_BUS_ADDRESS')):
    """A test's main(): checks it runs inside run-e2e, prints the plan, calls
    @run(tap, binary), notes when it runs past @deadline, turns a Failure or
    a crash into a failed test point. Returns the exit status."""
    if len(sys.argv) != 2:
        print(f'usage: {name} MADOGUCHI_BINARY', file=sys.stderr)
        return 2
    binary = sys.argv[1]
    for var in required_env:
        if not os.environ.get(var):
            print(f'Bail out! {var} is not set: run this through run-e2e', flush=True)
            return 1

    tap = Tap(plan)
    started = time.monotonic()
    try:
        run(tap, binary)
    except Failure as error:
        tap.ok(False, str(error))
    except Exception as error:      # a bug here, or the tree went away
        tap.ok(False, f'{type(error).__name__}: {error}')
    took = time.monotonic() - started
    tap.note(f'took {took:.1f} s')
    # Past @deadline the test only says so. On a busy machine (a fresh CI
    # root built beside other work) a whole walk took 97 s against 85 with
    # every step passing: a total time would be a timed assertion. Each wait
    # is bounded on its own, and meson's timeout (larger, and scaled for the
    # sanitized build) ends a test that hangs.
    if took > deadline:
        tap.note(f'longer than the {deadline} s it takes on a quiet machine')
    if tap.n != plan:
        tap.note(f'planned {plan} tests, ran {tap.n}')
    return 0 if tap.failed == 0 and tap.n == plan else 1


# --- The dataset: what the screens must show --------------------------------

def text(value):
    return value[LANG]


def load_dataset():
    with open(DATASET, encoding='utf-8') as f:
        return json.load(f)


def all_sections(data):
    """[(section, depth)] in the sidebar's order (depth first)."""
    found = []

    def walk_sections(items, depth):
        for s in items:
            found.append((s, depth))
            walk_sections(s.get('children', []), depth + 1)
    walk_sections(data['sections'], 0)
    return found


def section_row_name(section, depth):
    """A sidebar row's accessible name, as mado-section-row.c builds it."""
    check = section.get('check')
    if depth > 0 and check:
        kicker = check
    elif check:
        kicker = f"{text(section['label'])} · {check}"
    else:
        kicker = text(section['label'])
    return f"{kicker} {text(section['title'])}"


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


def has_state(node, state):
    return node.getState().contains(state)


def describe(node):
    try:
        return f'{role(node)} {node.name!r}'
    except Exception:
        return '(gone)'


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
    """The real binary, in English, GSettings in memory, its output in
    MADO_E2E_APP_LOG."""

    def __init__(self, binary, tap, extra_env=None):
        self.tap = tap
        env = dict(os.environ)
        for var in ('GTK_A11Y', 'NO_AT_BRIDGE', 'LC_ALL', 'LC_MESSAGES'):
            env.pop(var, None)
        # Not G_DEBUG=fatal-warnings: a warning would kill the app and fail
        # every later step; the last step fails on it instead, and shows it.
        env.pop('G_DEBUG', None)
        env.update(GSETTINGS_BACKEND='memory', GSK_RENDERER='cairo',
                   LANGUAGE=LANG, LANG='C.UTF-8')
        env.update(extra_env or {})
        self.log_path = os.environ.get('MADO_E2E_APP_LOG', os.devnull)
        self.log = open(self.log_path, 'ab')
        self.process = subprocess.Popen([binary], env=env, stdin=subprocess.DEVNULL,
                                        stdout=self.log, stderr=subprocess.STDOUT)
        if self.log_path != os.devnull:
            tap.app_log = self.log_path
        self.app = None
        self.frame = None
        self._nodes = {}

    def check_running(self):
        if self.process.poll() is not None:
            raise Failure(f'the app exited with status {self.process.returncode}')

    def wait_until_shown(self):
        def ready():
            self.check_running()
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

    def _cached(self, key, what, lookup):
        """@lookup's node, kept: the sidebar and the content pane's scrolled
        window stay while pages come and go; looked up again if gone."""
        node = self._nodes.get(key)
        if node is not None:
            try:
                if role(node) == what:
                    return node
            except Exception:
                pass
        node = self._nodes[key] = lookup()
        return node

    def sidebar(self):
        return self._cached('sidebar', 'list', lambda: self.sidebar_of(self.frame))

    def content_pane(self):
        """The scroll pane that is not the sidebar's: the section page."""
        def lookup():
            panes = find_all(self.frame, lambda n: role(n) == 'scroll pane',
                             prune=lambda n: role(n) == 'scroll pane' or leaf_like(n))
            for pane in panes:
                if find(pane, lambda n: role(n) == 'list' and n.name == 'Sections',
                        prune=lambda n: role(n) in ('list', 'label', 'image')) is None:
                    return pane
            raise Failure(f'no content pane besides the sidebar among {len(panes)} scroll panes')
        return self._cached('content', 'scroll pane', lookup)

    def shows_label(self, wanted, root=None):
        """The label whose text is @wanted in @root (the content pane)."""
        return find(root or self.content_pane(),
                    lambda n: role(n) == 'label' and label_text(n) == wanted,
                    prune=leaf_like)

    def window_title(self):
        """The texts of the content pane's header (AdwWindowTitle)."""
        titles = find_all(self.frame, lambda n: role(n) == 'filler' and n.name == 'AdwWindowTitle',
                          prune=lambda n: role(n) in ('scroll pane', 'list', 'label'))
        return [label_text(l) for t in titles for l in walk(t) if role(l) == 'label']

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
            self.check_running()
            selected = sidebar.querySelection().getSelectedChild(0)
            return (selected is not None and selected.name == row_name
                    and self.shows_label(title) is not None)
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


# --- The keyboard -----------------------------------------------------------

# X keysyms (X11/keysymdef.h) of the keys the tests press.
KEYSYMS = {
    'Tab': 0xff09, 'Return': 0xff0d, 'Escape': 0xff1b, 'BackSpace': 0xff08,
    'Up': 0xff52, 'Down': 0xff54, 'Left': 0xff51, 'Right': 0xff53,
    'Home': 0xff50, 'End': 0xff57, 'space': 0x20,
}
MODIFIERS = {'Shift': 1 << 0, 'Control': 1 << 2, 'Alt': 1 << 3}


class Keyboard:
    """Presses keys as a person would: synthesised X key events (XTest,
    through the accessibility registry) go to the window with the X input
    focus. Where the focus lands is read from the tree: the app's
    'object:state-changed:focused' events, each checked against the
    node's STATE_FOCUSED."""

    def __init__(self, frame):
        self.frame = frame
        self.focus_events = []
        self.locked = 0
        # Kept in self: a listener that is garbage-collected stops listening.
        self.listener = Atspi.EventListener.new(self._on_focus)
        self.listener.register('object:state-changed:focused')

    def _on_focus(self, event):
        if event.detail1:
            self.focus_events.append(event.source)

    def pump(self):
        """Delivers the events that arrived."""
        context = GLib.MainContext.default()
        while context.iteration(False):
            pass

    def press(self, key, modifiers=()):
        """@key: a name of KEYSYMS or one character; @modifiers: names of
        MODIFIERS, held during the key."""
        keysym = KEYSYMS.get(key)
        if keysym is None:
            if len(key) != 1:
                raise Failure(f'no keysym for {key!r}')
            keysym = ord(key)
        mask = 0
        for name in modifiers:
            mask |= MODIFIERS[name]
        if mask:
            pyatspi.Registry.generateKeyboardEvent(mask, None, pyatspi.KEY_LOCKMODIFIERS)
            self.locked |= mask
        try:
            pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
        finally:
            if mask:
                pyatspi.Registry.generateKeyboardEvent(mask, None, pyatspi.KEY_UNLOCKMODIFIERS)
                self.locked &= ~mask

    def release_all(self):
        if self.locked:
            pyatspi.Registry.generateKeyboardEvent(self.locked, None, pyatspi.KEY_UNLOCKMODIFIERS)
            self.locked = 0

    def focused(self):
        """The node that has the keyboard focus now, or None: the latest
        focus event's source if it still says STATE_FOCUSED (a node removed
        since, or one that lost the focus, does not)."""
        self.pump()
        for node in reversed(self.focus_events[-3:]):
            try:
                if has_state(node, pyatspi.STATE_FOCUSED):
                    return node
            except Exception:     # gone with a rebuilt page
                continue
        return None

    def focused_by_walking(self):
        """The focused node found by walking the window: slow, for when no
        focus event came (the focus was set before the listener)."""
        return find(self.frame, lambda n: has_state(n, pyatspi.STATE_FOCUSED), prune=leaf_like)

    def wait_focus(self, what, predicate, timeout=TIMEOUT):
        """Waits until the focused node satisfies @predicate; returns it."""
        def check():
            node = self.focused()
            return node if node is not None and predicate(node) else None
        try:
            return wait_for(what, check, timeout=timeout)
        except Failure as error:
            node = self.focused()
            raise Failure(f'{error}; the focus is on {describe(node) if node else "nothing known"}')


# --- Outside the app: the clipboard -------------------------------------------

def clipboard():
    result = subprocess.run(['xclip', '-o', '-selection', 'clipboard'],
                            capture_output=True, timeout=5)
    return result.stdout.decode('utf-8', 'replace') if result.returncode == 0 else None


def wait_clipboard(expected):
    try:
        return wait_for(f'{expected!r} in the clipboard', lambda: clipboard() == expected)
    except Failure:
        raise Failure(f'the clipboard holds {clipboard()!r}, not {expected!r}')
