#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end test: the "What Happened?" guide with the keyboard alone.

Starts the real binary (English, GSettings in memory) and acts only through
synthesised key events (XTest, through the accessibility registry): Ctrl+G
opens the guide, the arrow keys and Tab move the focus, Enter answers,
Backspace goes back a question. What the app shows is read from the
accessibility tree after every step: the question (the answers' list is
named by it, and its text is on the page), the result's title, and the node
that has the keyboard focus (focus events, checked against STATE_FOCUSED).

The walk comes from resources/dataset/contacts.json ("guide"): the shortest
path to RESULT (a virus infection, organisation), whose contacts have phone
numbers. At the result the focus is moved to the row "Copy <number>" of
CONTACT's card (Tab through the page, the arrow keys inside the card's list),
Enter copies the number, and `xclip -o -selection clipboard` must read it.

Run it through run-e2e inside tests/run-with-session; it prints TAP.
Usage: test_guide.py MADOGUCHI_BINARY
Environment: MADO_E2E_APP_LOG (where the app's output goes), MADO_E2E_DATASET
(the dataset to read the expected names from; default: the source tree's).
"""

import sys
import time

import pyatspi

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
from atspi_helpers import (App, Failure, Keyboard, app_log_problems, children, describe, find,
                           has_state, label_text, leaf_like, load_dataset, role, run_main, text,
                           wait_clipboard, wait_for)

DEADLINE = 80         # seconds for the whole test
RESULT = 'r-virus-org'
CONTACT = 'tokyo-sme-cyber'   # its number, if the result lists it; else the first with one
MAX_KEYS = 120        # key presses allowed to reach the phone row from the result's top


# --- The dataset: the walk and what each step must show ---------------------

def load_walk():
    """The shortest walk from the guide's start to RESULT:
    [(question node, index of the answer taken)], the result node, the
    phone number to copy and the organisation whose card has it."""
    data = load_dataset()
    nodes = {n['id']: n for n in data['guide']['nodes']}
    contacts = {c['id']: c for c in data['contacts']}
    start = data['guide']['start']

    paths = {start: []}
    queue = [start]
    while queue:
        node_id = queue.pop(0)
        node = nodes[node_id]
        for index, answer in enumerate(node.get('answers', [])):
            if answer['next'] not in paths:
                paths[answer['next']] = paths[node_id] + [(node, index)]
                queue.append(answer['next'])
    if RESULT not in paths:
        raise Failure(f'the guide has no result {RESULT!r} reachable from {start!r}')
    result = nodes[RESULT]
    with_phone = [contacts[c] for c in result.get('contacts', []) if contacts[c].get('phones')]
    if not with_phone:
        raise Failure(f'no contact of {RESULT!r} has a phone number')
    card = next((c for c in with_phone if c['id'] == CONTACT), with_phone[0])
    return paths[RESULT], result, card['phones'][0]['number'], text(card['organisation'])


# --- Reading the guide's state ----------------------------------------------

def answer_row(node):
    """(question, answer) if @node is an answer row: a list item in a list
    named by its question."""
    if node is None or role(node) != 'list item':
        return None
    parent = node.parent
    if parent is None or role(parent) != 'list':
        return None
    return parent.name, node.name


def focus_on_answer(keyboard, question, answer):
    """Waits until the focus is on the row @answer of @question's list."""
    return keyboard.wait_focus(f'the focus on the answer {answer!r} of {question!r}',
                               lambda n: answer_row(n) == (question, answer))


def question_shown(app, wanted):
    """The page shows @wanted (a question or a result's title) as its own
    heading, not inside a list (the rows of "Your Answers" repeat the
    questions answered)."""
    return find(app.content_pane(),
                lambda n: role(n) == 'label' and label_text(n) == wanted,
                prune=lambda n: leaf_like(n) or role(n) == 'list') is not None


def answers_so_far(app):
    """The rows of "Your Answers" (each says which question it changes)."""
    answers = find(app.content_pane(), lambda n: role(n) == 'list' and n.name == 'Your Answers',
                   prune=lambda n: leaf_like(n) or role(n) == 'list')
    return [row.name for row in children(answers)] if answers is not None else []


def plan(steps):
    # The app, its window, one per question, three for the Backspace on the
    # way, the result, the phone row, the copy, the Backspace on the result,
    # the app still running, its log.
    return 2 + len(steps) + 3 + 6


def run(tap, binary):
    steps, result, phone, organisation = load_walk()
    tap.note('the walk: ' + ' → '.join(text(q['answers'][i]['label']) for q, i in steps)
             + f' → {text(result["title"])!r}; copy {phone} ({organisation})')
    app = App(binary, tap)
    keyboard = None
    try:
        started = time.monotonic()
        app.wait_until_shown()
        keyboard = Keyboard(app.frame)
        tap.ok(True, f'the app is in the accessibility tree ({time.monotonic() - started:.1f} s)')

        # The keys go to the window with the X input focus.
        active = wait_for('the window to be active',
                          lambda: has_state(app.frame, pyatspi.STATE_ACTIVE))
        tap.ok(active, 'the main window is active (it gets the key events)')

        def expect_question(step_index, how):
            """After @how, the question of step @step_index is shown, its first
            answer focused."""
            question = steps[step_index][0]
            q_text = text(question['text'])
            first = text(question['answers'][0]['label'])
            focus_on_answer(keyboard, q_text, first)
            wait_for(f'the question {q_text!r} on the page', lambda: question_shown(app, q_text))
            tap.ok(True, f'{how}: the question {q_text!r} is shown, the focus on its first '
                   f'answer {first!r}')

        def answer(step_index):
            """Arrow keys down to the answer of step @step_index, then Enter."""
            question, index = steps[step_index]
            q_text = text(question['text'])
            for i in range(1, index + 1):
                keyboard.press('Down')
                focus_on_answer(keyboard, q_text, text(question['answers'][i]['label']))
            keyboard.press('Return')
            return text(question['answers'][index]['label'])

        # 1. Ctrl+G opens the guide on its first question.
        keyboard.press('g', ('Control',))
        wait_for('the title "What Happened?"', lambda: 'What Happened?' in app.window_title())
        expect_question(0, 'Ctrl+G opens "What Happened?"')

        # 2. The walk, one answer at a time; Backspace once on the way.
        for step_index in range(1, len(steps)):
            label = answer(step_index - 1)
            expect_question(step_index, f'Enter on {label!r}')
            if step_index == 2:
                keyboard.press('BackSpace')
                expect_question(1, 'Backspace goes back one question')
                so_far = answers_so_far(app)
                tap.ok(len(so_far) == 1, f'"Your Answers" lists one answer again ({so_far})')
                label = answer(1)
                expect_question(2, f'Enter on {label!r} again')

        # 3. The result: its title, the focus on its first button.
        label = answer(len(steps) - 1)
        title = text(result['title'])
        wait_for(f'the result {title!r}', lambda: question_shown(app, title))
        focus = keyboard.wait_focus('the focus on the result\'s first button',
                                    lambda n: role(n) == 'push button')
        tap.ok(True, f'Enter on {label!r} shows the result {title!r}; '
               f'the focus is on {describe(focus)}')

        # 4. The keyboard to the phone row: Tab through the page; inside the
        # card's list (named by the organisation) the arrow keys.
        target = f'Copy {phone}'
        presses = []
        for _ in range(MAX_KEYS):
            node = keyboard.focused()
            if node is not None and role(node) == 'list item' and node.name == target:
                break
            in_card = (node is not None and role(node) == 'list item'
                       and node.parent is not None and node.parent.name == organisation
                       and any(row.name == target for row in node.parent))
            key = 'Down' if in_card else 'Tab'
            before = node
            keyboard.press(key)
            presses.append(key)
            # The next node, or the same after a key that could not move it.
            try:
                wait_for(f'the focus to move on {key}',
                         lambda: keyboard.focused() not in (None, before), timeout=1.5)
            except Failure:
                pass
        node = keyboard.focused()
        reached = node is not None and role(node) == 'list item' and node.name == target
        tap.ok(reached, f'the keyboard reaches the row {target!r} of the card '
               f'{organisation!r} ({presses.count("Tab")} × Tab, {presses.count("Down")} × Down)')
        if not reached:
            raise Failure(f'after {len(presses)} keys the focus is on '
                          f'{describe(node) if node else "nothing known"}')

        # 5. Enter copies the number.
        keyboard.press('Return')
        wait_clipboard(phone)
        toast = wait_for('the toast', lambda: app.toast_shown(f'Copied {phone}'))
        tap.ok(toast is not None, f'Enter on it copies {phone!r} (xclip reads it back) '
               'and says so in a toast')

        # 6. Backspace leaves the result for its question.
        keyboard.press('BackSpace')
        expect_question(len(steps) - 1, 'Backspace on the result')

        tap.ok(app.process.poll() is None, 'the app is still running')
    finally:
        if keyboard is not None:
            keyboard.release_all()
        app.stop()
    tap.app_log = None      # reported once, below
    problems = app_log_problems(app.log_path)
    tap.ok(not problems, 'the app logged no GLib warnings or criticals')
    for line in problems:
        tap.note(line.strip())


def main():
    try:
        steps = load_walk()[0]
    except (Failure, OSError, KeyError, ValueError) as error:
        print(f'Bail out! the guide in the dataset: {error}', flush=True)
        return 1
    if len(steps) < 3:
        print(f'Bail out! the walk to {RESULT!r} has fewer than 3 questions', flush=True)
        return 1
    return run_main('test_guide.py', plan(steps), DEADLINE, run)


if __name__ == '__main__':
    sys.exit(main())
