#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end test: from launch to the right number on the clipboard, with
the keyboard alone, counting the keys.

For five situations a desk meets (SITUATIONS), in Japanese and in English, at
400×760: the real binary starts (the home page, its guide button focused),
Enter starts the questions, the arrow keys and Enter give the answers, and on
the result Enter copies the number to call first. Keys are real key events
(XTest through the accessibility registry); after each one the test waits
for the focus to land where a person would expect it (focus events of the
tree). The clipboard is read back with xclip and must hold the first
confirmed number of the result's desks (resources/dataset/contacts.json).
The test fails if it took more than answers + 2 keys, where "answers" is
the arrow keys and Enters the answers need: one key from home, the answers,
one Enter on the result.

Run it through run-e2e inside tests/run-with-session; it prints TAP.
Usage: test_call_first.py MADOGUCHI_BINARY
"""

import heapq
import os
import sys
import time

import pyatspi

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
from atspi_helpers import (App, Failure, Keyboard, app_log_problems, describe, find, has_state,
                           leaf_like, load_dataset, role, run_main, wait_clipboard, wait_for)

DEADLINE = 240
WIDTH, HEIGHT = 400, 760
LANGUAGES = ('ja', 'en')
# The sidebar's accessible name (resources/ui/mado-window.ui, po/ja.po).
SIDEBAR_NAMES = ('Sections', '項目')
# (what happened, the guide's result for it)
SITUATIONS = [
    ('phishing, a password entered, at a company', 'r-phish-damage'),
    ('a ransom note on a file server', 'r-ransomware-org'),
    ('a fake shop using our name', 'r-fakeshop-org'),
    ('customer data leaked', 'r-leak-org'),
    ("an individual's phone acting oddly", 'r-device-trouble-ind'),
]


def cheapest_walk(data, target):
    """[(question, answer index)] from the start to @target that needs the
    fewest keys (an answer at index i costs i Downs and one Enter)."""
    nodes = {n['id']: n for n in data['guide']['nodes']}
    queue = [(0, data['guide']['start'], [])]
    seen = set()
    while queue:
        cost, node_id, path = heapq.heappop(queue)
        if node_id == target:
            return path
        if node_id in seen:
            continue
        seen.add(node_id)
        for index, answer in enumerate(nodes[node_id].get('answers', [])):
            heapq.heappush(queue, (cost + index + 1, answer['next'],
                                   path + [(nodes[node_id], index)]))
    raise Failure(f'the guide has no result {target!r}')


def call_first(data, result_id):
    """The number the result says to call first: the first phone, in the
    order of the result's desks, not marked unconfirmed (a phone without a
    status has its desk's)."""
    nodes = {n['id']: n for n in data['guide']['nodes']}
    contacts = {c['id']: c for c in data['contacts']}
    for contact_id in nodes[result_id]['contacts']:
        contact = contacts[contact_id]
        for phone in contact.get('phones', []):
            if phone.get('status', contact['status']) != 'unconfirmed':
                return phone['number']
    return None


class LocalisedApp(App):
    """App, found in the tree by its sidebar in either language."""

    @staticmethod
    def sidebar_of(frame):
        return find(frame, lambda n: role(n) == 'list' and n.name in SIDEBAR_NAMES,
                    prune=leaf_like)

    def shown_in(self, frame):
        """The sidebar; at 400 px the window is folded to its content, and
        GTK 4.18 leaves the hidden sidebar out of the tree (GTK 4.8 keeps
        it): there, the home page's button with the focus."""
        return (self.sidebar_of(frame) is not None
                or find(frame, lambda n: role(n) == 'push button'
                        and has_state(n, pyatspi.STATE_FOCUSED), prune=leaf_like) is not None)


def write_settings():
    """The window size for the app's keyfile backend: the config home of
    this test (run-e2e's private XDG directories)."""
    directory = os.path.join(os.environ['XDG_CONFIG_HOME'], 'glib-2.0', 'settings')
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, 'keyfile'), 'w', encoding='utf-8') as f:
        f.write('[io/github/madoguchi/Madoguchi]\n'
                f'window-width={WIDTH}\nwindow-height={HEIGHT}\nwindow-maximized=false\n')


def answer_focused(keyboard, question, label):
    """Waits until the focus is on the row @label of @question's list."""
    def check(node):
        parent = node.parent
        return (role(node) == 'list item' and parent is not None and role(parent) == 'list'
                and parent.name == question and node.name.startswith(label))
    return keyboard.wait_focus(f'the focus on {label!r} of {question!r}', check)


def run_situation(tap, binary, data, language, situation, result_id):
    walk = cheapest_walk(data, result_id)
    number = call_first(data, result_id)
    if number is None:
        raise Failure(f'{result_id}: no confirmed number to call')
    answers = sum(index + 1 for _, index in walk)
    budget = answers + 2

    app = LocalisedApp(binary, tap, extra_env={'LANGUAGE': language, 'GSETTINGS_BACKEND': 'keyfile'})
    keyboard = None
    keys = []

    def press(key, modifiers=()):
        keys.append(key)
        keyboard.press(key, modifiers)

    try:
        started = time.monotonic()
        app.wait_until_shown()
        shown = time.monotonic() - started
        keyboard = Keyboard(app.frame)
        wait_for('the window to be active', lambda: has_state(app.frame, pyatspi.STATE_ACTIVE))
        # At launch the home page's button has the focus (before the listener
        # existed: found by walking the tree).
        button = wait_for('the focus on the home page\'s button',
                          lambda: keyboard.focused_by_walking())
        if role(button) != 'push button':
            raise Failure(f'at launch the focus is on {describe(button)}')

        press('Return')
        for question, index in walk:
            q_text = question['text'][language]
            answer_focused(keyboard, q_text, question['answers'][0]['label'][language])
            for i in range(1, index + 1):
                press('Down')
                answer_focused(keyboard, q_text, question['answers'][i]['label'][language])
            press('Return')

        keyboard.wait_focus(f'the focus on the number {number}',
                            lambda n: role(n) == 'push button' and number in n.name)
        press('Return')
        wait_clipboard(number)
        # The window kept its narrow size through the walk.
        width = app.frame.queryComponent().getExtents(pyatspi.WINDOW_COORDS).width
        if width > WIDTH:
            raise Failure(f'the window is {width} px wide, not {WIDTH}')
        tap.ok(len(keys) <= budget,
               f'{language}: {situation}: {number} on the clipboard in {len(keys)} keys '
               f'(answers {answers} + 2 = {budget}): {" ".join(keys)} '
               f'(shown in {shown:.1f} s, walked in {time.monotonic() - started - shown:.1f} s)')
    except Failure as error:
        tap.ok(False, f'{language}: {situation}: {error} (after {len(keys)} keys)')
    finally:
        if keyboard is not None:
            keyboard.release_all()
        app.stop()


def run(tap, binary):
    data = load_dataset()
    write_settings()
    started = time.monotonic()
    for language in LANGUAGES:
        for situation, result_id in SITUATIONS:
            run_situation(tap, binary, data, language, situation, result_id)
    tap.note(f'{len(LANGUAGES) * len(SITUATIONS)} walks in {time.monotonic() - started:.1f} s')
    log = os.environ.get('MADO_E2E_APP_LOG')
    problems = app_log_problems(log) if log else []
    tap.ok(not problems, 'the app logged no GLib warnings or criticals')
    for line in problems:
        tap.note(line.strip())


def main():
    return run_main('test_call_first.py', len(LANGUAGES) * len(SITUATIONS) + 1, DEADLINE, run)


if __name__ == '__main__':
    sys.exit(main())
