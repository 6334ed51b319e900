#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Accessibility gate: every page of the real app, as a screen reader sees it.

Starts the real binary (English, GSettings in memory) and walks the whole
accessibility tree of its window
  - on every section page, each selected in the sidebar through the
    Selection interface;
  - on the "What Happened?" guide: its first question, a later question, and
    two results reached through the answers (the arrow keys and Enter; GTK
    4.8 gives the answer rows no action),
and fails a page on any of these (one TAP test point per page, each offender
as a diagnostic with its role, name and place in the tree):
  - unnamed: a button, toggle button, list item, list, list box (or other
    control: link, check box, entry…) whose accessible name is empty or a
    toolkit class name ("GtkListBox", "GtkImage", "AdwActionRow"…);
  - unnamed image: an image in the tree (so neither hidden nor of the
    presentation role) without a name, or named by its class;
  - mouse only: a control (button, link, check box…, or a list item with
    actions) that is enabled but not focusable, so no key reaches it;
  - garbled name: a control's name that shows a mnemonic underscore or says
    the same words twice (GTK 4.8 names a gtk_button_new_with_mnemonic
    button "_Back Back").
The first test point checks the checks themselves on made-up trees, so the
gate is known to fail where it should.

Run it through run-e2e inside tests/run-with-session; it prints TAP.
Usage: test_a11y_gate.py MADOGUCHI_BINARY
Environment: MADO_E2E_APP_LOG (where the app's output goes), MADO_E2E_DATASET
(the dataset to read the expected names from; default: the source tree's).
"""

import re
import sys
import time

import pyatspi

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
from atspi_helpers import (App, Failure, Keyboard, all_sections, app_log_problems, do_action,
                           find, leaf_like, load_dataset, role, run_main,
                           section_row_name, text, wait_for)

# Seconds the whole test takes on a quiet machine; past it the test only says
# so (run_main). It took 87 s beside one other test, and about 100 s beside a
# Flatpak build (a load of 16 on 2 cores); meson's timeout is 180.
DEADLINE = 90

# Controls and containers whose name a screen reader reads out.
NAMED_ROLES = {
    'push button', 'toggle button', 'list item', 'list', 'list box',
    'link', 'check box', 'radio button', 'combo box', 'page tab', 'menu item',
    'check menu item', 'radio menu item', 'entry', 'password text', 'spin button',
    'slider', 'switch',
}
# What does something when pressed, clicked or activated.
INTERACTIVE_ROLES = {
    'push button', 'toggle button', 'link', 'check box', 'radio button', 'combo box',
    'page tab', 'menu item', 'check menu item', 'radio menu item', 'spin button',
    'slider', 'switch',
}
IMAGE_ROLES = {'image', 'icon', 'animation'}
# A GTK, libadwaita or Madoguchi class name: what GTK 4.8 gives as a name to
# a widget nobody named.
CLASS_NAME = re.compile(r'(Gtk|Adw|Mado)[A-Z][A-Za-z0-9]*')
# Only nodes of these roles are read beyond their role: the rest are layout.
READ_ROLES = NAMED_ROLES | INTERACTIVE_ROLES | IMAGE_ROLES


class Node:
    """What the checks need of one accessible: built from the live tree
    (snapshot) or by hand (self_test)."""

    def __init__(self, role, name='', states=(), actions=(), children=()):
        self.role = role
        self.name = name
        self.states = set(states)
        self.actions = list(actions)
        self.children = list(children)


def snapshot(accessible):
    """The tree under @accessible as Nodes. Labels are not descended into,
    states and actions are read only where a check needs them: every call is
    a D-Bus round trip (GTK 4.8 has no AT-SPI cache)."""
    node_role = role(accessible)
    node = Node(node_role)
    if node_role == 'label' or node_role not in READ_ROLES:
        # Layout: its name only shows where an offender is.
        node.name = accessible.name if node_role != 'label' else ''
    else:
        node.name = accessible.name
        states = accessible.getState()
        node.states = {name for name, state in (('focusable', pyatspi.STATE_FOCUSABLE),
                                                ('visible', pyatspi.STATE_VISIBLE),
                                                ('sensitive', pyatspi.STATE_SENSITIVE),
                                                ('enabled', pyatspi.STATE_ENABLED))
                       if states.contains(state)}
        try:
            action = accessible.queryAction()
            node.actions = [action.getName(i) for i in range(action.nActions)]
        except NotImplementedError:
            pass
    if node_role in ('label', 'scroll bar'):
        return node
    for i in range(accessible.childCount):
        child = accessible.getChildAtIndex(i)
        if child is not None:
            node.children.append(snapshot(child))
    return node


def is_class_name(name):
    return CLASS_NAME.fullmatch(name.strip()) is not None


def garbled(name):
    """Why @name reads wrongly, or None."""
    if re.search(r'(^|\s)_\w', name):
        return 'shows a mnemonic underscore'
    plain = re.sub(r'(^|\s)_(\w)', r'\1\2', name)
    if re.fullmatch(r'(.+) \1', plain):
        return 'says the same words twice'
    return None


def check_tree(root):
    """[(problem, role, name, path)] for every offender under @root."""
    offenders = []

    def place(trail):
        # Child indices, then the named ancestors (the unnamed layout between
        # them as '…').
        indices = '/'.join(str(i) for i, _ in trail[1:]) or '(root)'
        names = []
        for _, node in trail:
            if node.name and not is_class_name(node.name):
                names.append(f'{node.role} {node.name[:50]!r}')
            elif names and names[-1] != '…':
                names.append('…')
        return f"{indices}: {' › '.join(names)}"

    def visit(node, trail, ancestors_hidden):
        hidden = ancestors_hidden or (node.states and 'visible' not in node.states)

        def flag(problem):
            offenders.append((problem, node.role, node.name, place(trail)))

        if not hidden:
            name = node.name.strip()
            enabled = 'sensitive' in node.states or 'enabled' in node.states
            if node.role in NAMED_ROLES:
                if not name:
                    flag('no accessible name')
                elif is_class_name(name):
                    flag('named by its class')
                elif garbled(name):
                    flag(f'the name {garbled(name)}')
            if node.role in IMAGE_ROLES and (not name or is_class_name(name)):
                flag('an image that is neither named nor hidden from screen readers')
            interactive = (node.role in INTERACTIVE_ROLES
                           or (node.role == 'list item' and node.actions))
            if interactive and enabled and 'focusable' not in node.states:
                # A wrapper whose focusable inner button does the work
                # (GtkMenuButton) is not mouse-only.
                wrapper = not node.actions and any(
                    n is not node and n.role in INTERACTIVE_ROLES and 'focusable' in n.states
                    for n in iter_nodes(node))
                if not wrapper:
                    flag('reachable by mouse only: not focusable'
                         + (f' (actions: {", ".join(node.actions)})' if node.actions else ''))
        for index, child in enumerate(node.children):
            visit(child, trail + [(index, child)], hidden)

    visit(root, [(0, root)], False)
    return offenders


def iter_nodes(node):
    yield node
    for child in node.children:
        yield from iter_nodes(child)


def self_test():
    """The checks on made-up trees: [(what, expected problems, found)]."""
    ok_button = Node('push button', 'Copy 03-1234-5678', {'focusable', 'visible', 'sensitive'},
                     ['click'])
    cases = [
        ('a named, focusable button', Node('push button', 'Back', {'focusable', 'visible', 'sensitive'}, ['click']), []),
        ('an unnamed button', Node('push button', '', {'focusable', 'visible', 'sensitive'}, ['click']),
         ['no accessible name']),
        ('a button named "GtkImage"', Node('push button', 'GtkImage', {'focusable', 'visible', 'sensitive'}, ['click']),
         ['named by its class']),
        ('a list named "GtkListBox"', Node('list', 'GtkListBox', {'focusable', 'visible'}), ['named by its class']),
        ('an unnamed list item', Node('list item', '', {'focusable', 'visible', 'sensitive'}),
         ['no accessible name']),
        ('an unnamed image', Node('image', '', {'visible'}),
         ['an image that is neither named nor hidden from screen readers']),
        ('a named image', Node('image', 'Not encrypted', {'visible'}), []),
        ('a button that is not focusable',
         Node('push button', 'Copy', {'visible', 'sensitive'}, ['click']),
         ['reachable by mouse only: not focusable (actions: click)']),
        ('a list item with actions that is not focusable',
         Node('list item', 'Open X', {'visible', 'sensitive'}, ['row.popup-menu']),
         ['reachable by mouse only: not focusable (actions: row.popup-menu)']),
        ('a disabled button that is not focusable', Node('push button', 'Back', {'visible'}, ['click']), []),
        ('a hidden unnamed button', Node('push button', '', {'sensitive'}, ['click']), []),
        ('a menu button wrapping a focusable button',
         Node('push button', 'Main Menu', {'visible', 'sensitive'}, [], [ok_button]), []),
        ('a button named "_Back Back"', Node('push button', '_Back Back', {'focusable', 'visible', 'sensitive'}, ['click']),
         ['the name shows a mnemonic underscore']),
        ('a list item named "Yes Yes"', Node('list item', 'Yes Yes', {'focusable', 'visible', 'sensitive'}),
         ['the name says the same words twice']),
        ('a link address with an underscore', Node('push button', 'Copy https://a.jp/menu_report.html',
                                                  {'focusable', 'visible', 'sensitive'}, ['click']), []),
    ]
    results = []
    for what, node, expected in cases:
        tree = Node('frame', 'Madoguchi', {'visible'}, [], [Node('panel', '', {'visible'}, [], [node])])
        found = [problem for problem, *_ in check_tree(tree)]
        results.append((what, expected, found))
    return results


def report(tap, page, offenders, took):
    ok = tap.ok(not offenders, f'{page}: no unnamed, mouse-only or garbled controls '
                f'({took:.1f} s)')
    for problem, node_role, name, path in offenders:
        tap.note(f'{problem}: {node_role} {name!r} at {path}')
    return ok


def run(tap, binary):
    results = self_test()
    wrong = [(what, expected, found) for what, expected, found in results if expected != found]
    tap.ok(not wrong, f'the checks flag what they should on {len(results)} made-up trees '
           f'({sum(1 for _, e, _ in results if e)} with offenders)')
    for what, expected, found in wrong:
        tap.note(f'{what}: expected {expected}, found {found}')

    data = load_dataset()
    sections = all_sections(data)
    app = App(binary, tap)
    keyboard = None
    all_offenders = {}
    try:
        started = time.monotonic()
        app.wait_until_shown()
        keyboard = Keyboard(app.frame)
        tap.ok(True, f'the app is in the accessibility tree ({time.monotonic() - started:.1f} s)')

        def gate(page):
            started = time.monotonic()
            offenders = check_tree(snapshot(app.frame))
            for offender in offenders:
                all_offenders.setdefault(offender[:3], []).append(page)
            report(tap, page, offenders, time.monotonic() - started)

        # Every section page.
        for section, depth in sections:
            row_name = section_row_name(section, depth)
            title = text(section['title'])
            try:
                app.select_section(row_name, title)
            except Failure as error:
                tap.ok(False, f'section {row_name!r}: {error}')
                continue
            gate(f'section {row_name!r}')

        # The guide: its button (the Action interface), then the answers with
        # the keyboard.
        nodes = {n['id']: n for n in data['guide']['nodes']}
        first = nodes[data['guide']['start']]

        def on_question(question):
            q_text = text(question['text'])
            keyboard.wait_focus(f'the focus on the first answer of {q_text!r}',
                                lambda n: role(n) == 'list item' and n.parent.name == q_text)
            wait_for(f'the question {q_text!r}', lambda: app.shows_label(q_text))

        def take(question, answer_label):
            labels = [text(a['label']) for a in question['answers']]
            index = labels.index(answer_label)
            for i in range(1, index + 1):
                keyboard.press('Down')
                keyboard.wait_focus(f'the focus on {labels[i]!r}',
                                    lambda n: role(n) == 'list item' and n.name == labels[i])
            keyboard.press('Return')
            return nodes[question['answers'][index]['next']]

        def on_result(result):
            r_title = text(result['title'])
            wait_for(f'the result {r_title!r}', lambda: app.shows_label(r_title))
            keyboard.wait_focus('the focus on the result\'s first button',
                                lambda n: role(n) == 'push button')

        button = find(app.frame, lambda n: role(n) == 'push button' and n.name == 'What Happened?',
                      prune=lambda n: leaf_like(n) or role(n) in ('scroll pane', 'list'))
        if button is None:
            raise Failure('no button "What Happened?" in the sidebar')
        do_action(button, 'click')
        on_question(first)
        gate(f'guide, first question {text(first["text"])!r}')

        # A result straight from the first question (it has an urgent note).
        urgent = take(first, text(first['answers'][0]['label']))
        on_result(urgent)
        gate(f'guide, result {text(urgent["title"])!r}')
        keyboard.press('BackSpace')
        on_question(first)

        # Further down: No → the organisation → a device acting strangely →
        # a virus (a result with many desks, links and e-mail addresses).
        walk = [('q-emergency', 1), ('q-who', 0), ('q-what-org', 1), ('q-device-org', 4)]
        node = first
        for step, (node_id, index) in enumerate(walk):
            if node['id'] != node_id:
                raise Failure(f'the guide changed: expected {node_id!r}, got {node["id"]!r}')
            node = take(node, text(node['answers'][index]['label']))
            if node['kind'] == 'question':
                on_question(node)
                if node['id'] == 'q-device-org':
                    gate(f'guide, question {text(node["text"])!r} (with "Your Answers")')
        on_result(node)
        gate(f'guide, result {text(node["title"])!r}')
    finally:
        if keyboard is not None:
            keyboard.release_all()
        app.stop()

    if all_offenders:
        tap.note('all offenders, each once:')
        for (problem, node_role, name), pages in all_offenders.items():
            tap.note(f'  {problem}: {node_role} {name!r} (on {len(pages)} page(s), '
                     f'first {pages[0]})')
    tap.app_log = None
    problems = app_log_problems(app.log_path)
    tap.ok(not problems, 'the app logged no GLib warnings or criticals')
    for line in problems:
        tap.note(line.strip())


def main():
    try:
        n_sections = len(all_sections(load_dataset()))
    except (OSError, KeyError, ValueError) as error:
        print(f'Bail out! the dataset: {error}', flush=True)
        return 1
    # The self-test, the app, each section, four guide pages, the log.
    return run_main('test_a11y_gate.py', 2 + n_sections + 4 + 1, DEADLINE, run)


if __name__ == '__main__':
    sys.exit(main())
