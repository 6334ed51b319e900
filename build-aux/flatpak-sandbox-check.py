#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives the sandboxed app from outside, as a screen reader would: through
the accessibility tree that Flatpak proxies for every app (no permission
asked for it). Run by build-aux/flatpak inside its private Xvfb, D-Bus
session and accessibility bus, with the app started on the page of
SECTION_ID.

  - a phone row, activated, puts the number on the X clipboard;
  - a web address row, activated, goes to the OpenURI portal; with no portal
    in the session the app says so in a toast (and does not crash).

With a fourth argument, TOAST, the third check is instead that a toast
with that text is shown (the app started on a data extension's dataset
says what changed; that toast stays, and a link's would wait behind it).

Usage: flatpak-sandbox-check.py DATASET_JSON SECTION_ID X_WINDOW_ID [TOAST]
Prints TAP; exits non-zero if a check failed.
"""
import json
import subprocess
import sys
import time

import gi
gi.require_version('Atspi', '2.0')
import pyatspi  # noqa: E402

TIMEOUT = 30
APP_ID = 'io.github.madoguchi.Madoguchi'
NO_PORTAL_TOAST = 'Could not open the link. Copy it and open it yourself.'


class Failure(Exception):
    pass


def wait_for(what, predicate, timeout=TIMEOUT, interval=0.1):
    deadline = time.monotonic() + timeout
    while True:
        try:
            result = predicate()
        except Exception:    # a node that went away while we looked
            result = None
        if result:
            return result
        if time.monotonic() > deadline:
            raise Failure(f'timed out waiting for {what}')
        time.sleep(interval)


def children(node):
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield child


def walk(node):
    yield node
    if node.getRoleName() in ('label', 'image'):
        return
    for child in children(node):
        yield from walk(child)


def find(root, predicate):
    return next((n for n in walk(root) if predicate(n)), None)


def label_text(node):
    text = node.queryText()
    return text.getText(0, text.characterCount)


def window_geometry(window):
    out = subprocess.run(['xdotool', 'getwindowgeometry', '--shell', window],
                         capture_output=True, text=True, check=True, timeout=5).stdout
    geometry = dict(line.split('=', 1) for line in out.split())
    return tuple(int(geometry[k]) for k in ('X', 'Y', 'WIDTH', 'HEIGHT'))


def extents(node):
    """@node's extents in window coordinates (all GTK 4 gives), once they
    stay the same for a few readings: the page may still be scrolling."""
    history = []

    def settled():
        history.append(tuple(node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)))
        return len(history) >= 3 and len(set(history[-3:])) == 1
    wait_for(f'{node.name!r} to stay in place', settled, interval=0.1)
    return history[-1]


def click(node, window):
    """A real pointer click on @node, as a person would, scrolling the page
    until it is in view. Returns where it clicked."""
    wx, wy, ww, wh = window_geometry(window)
    for _ in range(20):
        x, y, w, h = extents(node)
        if w > 0 and h > 0 and y >= 0 and y + h <= wh:
            point = (wx + x + int(w * 0.3), wy + y + h // 2)
            subprocess.run(['xdotool', 'mousemove', str(point[0]), str(point[1]),
                            'click', '1'], check=True, timeout=5)
            return point
        # Below (or above) the visible part: the mouse wheel, over the page.
        subprocess.run(['xdotool', 'mousemove', str(wx + ww * 2 // 3), str(wy + wh // 2),
                        'click', '5' if y + h > wh else '4'], check=True, timeout=5)
        time.sleep(0.2)
    raise Failure(f'{node.name!r} never came into view')


def clipboard():
    result = subprocess.run(['xclip', '-o', '-selection', 'clipboard'],
                            capture_output=True, timeout=5)
    return result.stdout.decode('utf-8', 'replace') if result.returncode == 0 else None


def section_facts(dataset_path, section_id):
    """The first phone number and web address of the first contact on the
    page, as the dataset gives them."""
    with open(dataset_path, encoding='utf-8') as f:
        dataset = json.load(f)

    def find_section(sections):
        for section in sections:
            if section['id'] == section_id:
                return section
            found = find_section(section.get('children', []))
            if found:
                return found
        return None

    section = find_section(dataset['sections'])
    contacts = {c['id']: c for c in dataset['contacts']}
    for block in section['blocks']:
        contact = contacts.get(block.get('id')) if block.get('type') == 'contact' else None
        if contact and contact.get('phones') and contact.get('links'):
            return contact['phones'][0]['number'], contact['links'][0]['label']['en']
    raise Failure(f'no contact with a phone and a link on {section_id}')


def main():
    dataset_path, section_id, window = sys.argv[1:4]
    expected_toast = sys.argv[4] if len(sys.argv) > 4 else None
    phone, link_label = section_facts(dataset_path, section_id)
    checks = ['the app is in the accessibility tree',
              f'activating the row of {phone} copies it',
              f'a toast says “{expected_toast}”' if expected_toast else
              f'activating the link “{link_label}” without a portal shows a toast']
    print(f'1..{len(checks)}', flush=True)
    failed = 0
    app = frame = None

    def ok(number, good, note=''):
        nonlocal failed
        failed += not good
        print(f'{"ok" if good else "not ok"} {number} {checks[number - 1]}'
              + (f' # {note}' if note else ''), flush=True)

    try:
        desktop = pyatspi.Registry.getDesktop(0)
        app = wait_for('the app madoguchi on the accessibility bus',
                       lambda: find(desktop, lambda n: n.getRoleName() == 'application'
                                    and n.name.lower() == 'madoguchi'))
        frame = wait_for('its window', lambda: next(children(app), None))
        ok(1, True, frame.name)
    except Failure as e:
        ok(1, False, str(e))
        return 1

    try:
        # The app starts on its home page: open the section as GNOME Shell's
        # search opens a result (the app's own bus name, which the sandbox
        # lets it own).
        subprocess.run(['gdbus', 'call', '--session', '--dest', APP_ID,
                        '--object-path', '/' + APP_ID.replace('.', '/') + '/SearchProvider',
                        '--method', 'org.gnome.Shell.SearchProvider2.ActivateResult',
                        f'section:{section_id}', '[]', '0'],
                       check=True, capture_output=True, timeout=TIMEOUT)
        # Its accessible name says what activating it does: "Copy 03-…".
        row = wait_for(f'a row for {phone}',
                       lambda: find(frame, lambda n: n.getRoleName() == 'list item'
                                    and n.name.startswith('Copy ' + phone)))
        point = click(row, window)
        wait_for(f'{phone} on the clipboard', lambda: clipboard() == phone, timeout=10)
        ok(2, True, f'clicked “{row.name}” at {point}; clipboard: {clipboard()}')
    except Failure as e:
        ok(2, False, f'{e}; clipboard: {clipboard()!r}')

    if expected_toast:
        try:
            toast = wait_for('the toast',
                             lambda: find(frame, lambda n: n.getRoleName() == 'label'
                                          and label_text(n) == expected_toast), timeout=15)
            ok(3, True, f'toast: {label_text(toast)}')
        except Failure as e:
            ok(3, False, str(e))
        return 1 if failed else 0

    try:
        row = wait_for(f'a row for {link_label}',
                       lambda: find(frame, lambda n: n.getRoleName() == 'list item'
                                    and n.name.startswith('Open ' + link_label)))
        point = click(row, window)
        toast = wait_for('the toast',
                         lambda: find(frame, lambda n: n.getRoleName() == 'label'
                                      and label_text(n) == NO_PORTAL_TOAST), timeout=15)
        ok(3, True, f'clicked “{row.name}” at {point}; toast: {label_text(toast)}')
    except Failure as e:
        ok(3, False, str(e))

    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
