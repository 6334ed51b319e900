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

What the end-to-end tests share is in atspi_helpers.py.
"""

import os
import subprocess
import sys
import time

import pyatspi

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
from atspi_helpers import (App, Failure, action_names, all_sections, app_log_problems, do_action,
                           find, leaf_like, load_dataset, role, run_main, section_row_name,
                           text, wait_for, wait_clipboard)

DEADLINE = 55         # seconds for the whole test

# Processes that may run in this test's private session. Anything else after
# a link was opened (a browser, xdg-open…) fails the test. Names as in
# /proc/PID/comm, which keeps 15 characters.
ALLOWED_PROCESSES = {
    'madoguchi', 'python3', 'dbus-daemon', 'dbus-run-sessio', 'at-spi-bus-laun',
    'at-spi2-registr', 'sh', 'dash', 'bash', 'run-e2e', 'uri-handler', 'xclip',
    'gio-launch-desk', 'dconf-service',
}


# --- The dataset: what the screens must show --------------------------------

def load_expectations():
    data = load_dataset()
    sections = {s['id']: (s, depth) for s, depth in all_sections(data)}
    contacts = {c['id']: c for c in data['contacts']}

    def row_name(section_id):
        return section_row_name(*sections[section_id])

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


# --- Outside the app: the URI log, the processes ---------------------------

def read_uri_log():
    with open(os.environ['MADO_E2E_URI_LOG'], encoding='utf-8') as f:
        return f.read().splitlines()


def wait_uri_log(count):
    wait_for(f'{count} line(s) in the URI handler log',
             lambda: (lambda l: l if len(l) >= count else None)(read_uri_log()))
    time.sleep(0.3)      # anything more would arrive now
    return read_uri_log()


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


def main():
    return run_main('test_browse.py', PLAN, DEADLINE,
                    lambda tap, binary: run(tap, binary, load_expectations()),
                    required_env=('DISPLAY', 'DBUS_SESSION_BUS_ADDRESS', 'MADO_E2E_URI_LOG'))


if __name__ == '__main__':
    sys.exit(main())
