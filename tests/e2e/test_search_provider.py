#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end test: GNOME Shell's search, asked as the Shell asks it.

The real binary is started by the private session bus itself (D-Bus
activation of APP_ID, from a service file like the installed one, with
--gapplication-service), and called through org.gnome.Shell.SearchProvider2
at APP_ID's object path + /SearchProvider, with Gio, as GNOME Shell's
remoteSearch.js calls it:

  - GetInitialResultSet for Japanese, English, full-width, half-width,
    hiragana and numbers with and without dashes: the expected ids first;
  - GetSubsearchResultSet narrows the earlier answer;
  - GetResultMetas: names, descriptions (a contact's starts with its main
    number), clipboardText (the number), nothing for an unknown id;
  - ActivateResult with an unknown id: a D-Bus error, and the app answers on;
  - ActivateResult for a contact found by number, a section and a guide
    result: the window shows the right page, read from the accessibility
    tree (the content header's title, the card's focus);
  - LaunchSearch: the window's search holds the terms and lists the results;
  - the desk's own contacts (a file in the session's XDG_DATA_HOME): found
    by name and by number, with their number as description and clipboard
    text, opened on the "Your Organisation" page; with the setting
    shell-search-own-contacts false (the keyfile settings backend, written
    while the app runs) they are not found.

The expected names come from resources/dataset/contacts.json (English: the
app runs with LANGUAGE=en). Run it through run-e2e inside
tests/run-with-session; it prints TAP.
Usage: test_search_provider.py MADOGUCHI_BINARY
"""

import json
import os
import re
import signal
import stat
import sys

import pyatspi
from gi.repository import Gio, GLib

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
from atspi_helpers import (App, Failure, app_log_problems, children, find, find_all, has_state,
                           label_text, leaf_like, load_dataset, role, run_main, text, wait_for)

DEADLINE = 100
APP_ID = os.environ.get('MADO_E2E_APP_ID', 'io.github.madoguchi.Madoguchi')
OBJECT_PATH = '/' + APP_ID.replace('.', '/') + '/SearchProvider'
INTERFACE = 'org.gnome.Shell.SearchProvider2'
PLAN = 36

# One of the desk's own contacts, as the app saves them (no real number).
OWN_CONTACT = {'id': 'own-test-insurer', 'role': 'insurer', 'name': '保険窓口 テスト',
               'phones': [{'number': '0120-000-333', 'hours': '24時間'}]}
OWN_ID = 'own:' + OWN_CONTACT['id']


def install_service(binary):
    """A D-Bus service file for APP_ID in this session's XDG_DATA_HOME, whose
    Exec is a wrapper that gives the app the test's environment (the bus
    starts it with its own) and its log."""
    data_home = os.environ['XDG_DATA_HOME']
    services = os.path.join(data_home, 'dbus-1', 'services')
    os.makedirs(services, exist_ok=True)
    wrapper = os.path.join(data_home, 'mado-search-provider-app')
    log = os.environ.get('MADO_E2E_APP_LOG', os.devnull)
    env = {
        'DISPLAY': os.environ['DISPLAY'],
        'XDG_RUNTIME_DIR': os.environ['XDG_RUNTIME_DIR'],
        'HOME': os.environ['HOME'],
        'XDG_CONFIG_HOME': os.environ['XDG_CONFIG_HOME'],
        'XDG_DATA_HOME': data_home,
        'XDG_CACHE_HOME': os.environ.get('XDG_CACHE_HOME', ''),
        # A file the test can change while the app runs (set_own_setting).
        'GSETTINGS_BACKEND': 'keyfile',
        'GSETTINGS_SCHEMA_DIR': os.environ.get('GSETTINGS_SCHEMA_DIR', ''),
        'MADOGUCHI_LOCALEDIR': os.environ.get('MADOGUCHI_LOCALEDIR', ''),
        'GSK_RENDERER': 'cairo',
        # No portals inside flatpak-builder's sandbox (run-e2e).
        'GDK_DEBUG': os.environ.get('GDK_DEBUG', ''),
        'LANGUAGE': 'en',
        'LANG': 'C.UTF-8',
        # A Wednesday morning in Japan: the police cyber desk answers.
        'MADOGUCHI_NOW': '2026-12-02T10:00:00+09:00',
    }
    with open(wrapper, 'w', encoding='utf-8') as f:
        f.write('#!/bin/sh\n')
        for name, value in env.items():
            f.write(f"export {name}='{value}'\n")
        f.write('unset GTK_A11Y NO_AT_BRIDGE G_DEBUG LC_ALL LC_MESSAGES\n')
        f.write(f"exec '{binary}' \"$@\" >>'{log}' 2>&1\n")
    os.chmod(wrapper, stat.S_IRWXU)
    with open(os.path.join(services, APP_ID + '.service'), 'w', encoding='utf-8') as f:
        f.write(f'[D-BUS Service]\nName={APP_ID}\nExec={wrapper} --gapplication-service\n')


def install_own_contacts():
    """The desk's own contacts file, where the app reads it at start."""
    folder = os.path.join(os.environ['XDG_DATA_HOME'], 'madoguchi')
    os.makedirs(folder, mode=0o700, exist_ok=True)
    path = os.path.join(folder, 'own-contacts.json')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump({'version': 1, 'contacts': [OWN_CONTACT]}, f, ensure_ascii=False)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def set_own_setting(value):
    """shell-search-own-contacts in the keyfile the running app watches."""
    folder = os.path.join(os.environ['XDG_CONFIG_HOME'], 'glib-2.0', 'settings')
    os.makedirs(folder, exist_ok=True)
    group = APP_ID.replace('.', '/')
    with open(os.path.join(folder, 'keyfile'), 'w', encoding='utf-8') as f:
        f.write(f'[{group}]\nshell-search-own-contacts={"true" if value else "false"}\n')


def bus_call(bus, method, args, reply):
    return bus.call_sync('org.freedesktop.DBus', '/org/freedesktop/DBus',
                         'org.freedesktop.DBus', method, args, GLib.VariantType(reply),
                         Gio.DBusCallFlags.NONE, 10000, None)


def provider_call(bus, method, args, reply='()'):
    result = bus.call_sync(APP_ID, OBJECT_PATH, INTERFACE, method, args,
                           GLib.VariantType(reply), Gio.DBusCallFlags.NONE, 20000, None)
    return result.unpack()


def run(tap, binary):
    data = load_dataset()
    contacts = {c['id']: c for c in data['contacts']}
    nodes = {n['id']: n for n in data['guide']['nodes']}
    sections = {}

    def walk(items):
        for s in items:
            sections[s['id']] = s
            walk(s.get('children', []))
    walk(data['sections'])

    install_service(binary)
    install_own_contacts()
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    bus_call(bus, 'ReloadConfig', None, '()')
    tap.app_log = os.environ.get('MADO_E2E_APP_LOG')

    def initial(*terms):
        return provider_call(bus, 'GetInitialResultSet', GLib.Variant('(as)', (list(terms),)),
                             '(as)')[0]

    # 1. The bus starts the app for the first call.
    ids = initial('ランサム')
    pid = bus_call(bus, 'GetConnectionUnixProcessID', GLib.Variant('(s)', (APP_ID,)), '(u)').unpack()[0]
    tap.ok(pid > 0 and 'guide:r-ransomware-org' in ids[:3],
           f'the bus started the app (pid {pid}); “ランサム” finds the ransomware situation first: {ids[:4]}')

    cases = [
        (('ransomware',), 'guide:r-ransomware-org', 3, 'English'),
        (('ＪＰＣＥＲＴ',), 'contact:jpcert-cc', 1, 'full width'),
        (('ﾌｨｯｼﾝｸﾞ', '対策'), 'contact:antiphishing', 1, 'half-width katakana, two terms'),
        (('ふぃっしんぐ',), 'section:check4-01', 6, 'hiragana for katakana'),
        (('03-5805-1731',), 'contact:mpd-cyber', 1, 'a number with dashes'),
        (('０３５８０５１７３１',), 'contact:mpd-cyber', 1, 'a full-width number without dashes'),
        (('110',), 'guide:r-emergency', 1, 'the emergency number'),
        (('警察',), 'contact:mpd-cyber', 1, 'the police: its cyber desk first'),
        (('警視庁',), 'contact:mpd-cyber', 5, 'an organisation'),
    ]
    for terms, expected, top, what in cases:
        ids = initial(*terms)
        tap.ok(expected in ids[:top], f'{what}: {terms} finds {expected} in the first {top}: {ids[:top + 2]}')
    tap.ok(initial('xyzzy') == [], 'nothing found: an empty answer')

    # 2. Narrowing.
    broad = initial('IPA')
    narrow = provider_call(bus, 'GetSubsearchResultSet',
                           GLib.Variant('(asas)', (broad, ['IPA', '届出'])), '(as)')[0]
    tap.ok(0 < len(narrow) < len(broad) and set(narrow) <= set(broad)
           and narrow == [i for i in initial('IPA', '届出') if i in broad],
           f'GetSubsearchResultSet narrows {len(broad)} results to {len(narrow)}: {narrow[:3]}')
    limited = provider_call(bus, 'GetSubsearchResultSet',
                            GLib.Variant('(asas)', (['contact:ipa-todokede'], ['IPA', '届出'])), '(as)')[0]
    tap.ok(limited == ['contact:ipa-todokede'], f'… and keeps only earlier results: {limited}')

    # 3. What the Shell shows.
    asked = ['contact:mpd-cyber', 'section:check4-03', 'guide:r-emergency', 'contact:nobody']
    metas = provider_call(bus, 'GetResultMetas', GLib.Variant('(as)', (asked,)), '(aa{sv})')[0]
    by_id = {m['id']: m for m in metas}
    tap.ok(sorted(by_id) == sorted(asked[:3]), f'GetResultMetas answers for the known ids only: {sorted(by_id)}')
    cyber = contacts['mpd-cyber']
    number = cyber['phones'][0]['number']
    meta = by_id.get('contact:mpd-cyber', {})
    tap.ok(meta.get('name') == f"{text(cyber['organisation'])} {text(cyber['desk'])}",
           f"a contact's name: {meta.get('name')!r}")
    tap.ok(re.match(re.escape(number) + r' · Open until \d{1,2}:\d{2} · ', meta.get('description', ''))
           and text(cyber['handles']) in meta.get('description', ''),
           f"its description starts with its main number and whether it answers now: "
           f"{meta.get('description')!r}")
    tap.ok(meta.get('clipboardText') == number, f"its clipboardText is the number: {meta.get('clipboardText')!r}")
    tap.ok(meta.get('gicon') == APP_ID, f"the app's icon: {meta.get('gicon')!r}")
    section = sections['check4-03']
    meta = by_id.get('section:check4-03', {})
    tap.ok(meta.get('name') == f"{section['check']} {text(section['title'])}"
           and meta.get('description') == text(section['summary']) and 'clipboardText' not in meta,
           f"a section: {meta.get('name')!r}, its summary, nothing to copy")
    meta = by_id.get('guide:r-emergency', {})
    tap.ok(meta.get('name') == text(nodes['r-emergency']['title'])
           and meta.get('description') == text(nodes['r-emergency']['urgent']),
           f"a guide result: {meta.get('name')!r} — {meta.get('description')!r}")

    # 3b. The desk's own contacts: first, by name and by number.
    ids = initial('保険窓口')
    tap.ok(ids[:1] == [OWN_ID], f'an own contact found by name: {ids[:3]}')
    ids = initial('0120000333')
    tap.ok(ids[:1] == [OWN_ID], f'… and by its number without dashes: {ids[:3]}')
    metas = provider_call(bus, 'GetResultMetas', GLib.Variant('(as)', ([OWN_ID],)), '(aa{sv})')[0]
    meta = metas[0] if metas else {}
    number = OWN_CONTACT['phones'][0]['number']
    tap.ok(meta.get('name', '').startswith(OWN_CONTACT['name'])
           and meta.get('description', '').startswith(f"{number} · 24時間")
           and meta.get('clipboardText') == number,
           f"its name, number and hours, the number to copy: {meta.get('name')!r} — "
           f"{meta.get('description')!r} — {meta.get('clipboardText')!r}")

    # With the setting off, the Shell gets none of them.
    set_own_setting(False)
    wait_for('the own contact gone from the answers', lambda: OWN_ID not in initial('保険窓口'), timeout=15)
    tap.ok(OWN_ID not in initial('0120000333'), 'shell-search-own-contacts false: not found by number either')
    metas = provider_call(bus, 'GetResultMetas', GLib.Variant('(as)', ([OWN_ID],)), '(aa{sv})')[0]
    tap.ok(metas == [], f'… and no metas for its id: {metas}')
    set_own_setting(True)
    wait_for('the own contact back', lambda: OWN_ID in initial('保険窓口'), timeout=15)
    tap.ok(True, 'shell-search-own-contacts true again: found again')

    # 4. An unknown id: a clear error, and the app answers on.
    try:
        provider_call(bus, 'ActivateResult', GLib.Variant('(sasu)', ('contact:nobody', ['x'], 0)))
        tap.ok(False, 'ActivateResult with an unknown id returned no error')
    except GLib.Error as error:
        tap.ok('InvalidArgs' in error.message and 'contact:nobody' in error.message,
               f'ActivateResult with an unknown id: {error.message}')
    tap.ok(initial('188')[:1] == ['contact:consumer-hotline'], 'the app answers after it')

    # 5. Activating: the window opens at the card's own page.
    provider_call(bus, 'ActivateResult',
                  GLib.Variant('(sasu)', ('contact:ipa-anshin', ['03-5978-7509'], 0)))
    app = App.__new__(App)
    app.tap, app._nodes, app.process = tap, {}, None
    app.check_running = lambda: os.kill(pid, 0)

    def shown():
        node = None
        for candidate in children(pyatspi.Registry.getDesktop(0)):
            try:
                if candidate.get_process_id() == pid and candidate.childCount > 0:
                    node = candidate
            except Exception:
                continue
        if node is None:
            return None
        frame = node.getChildAtIndex(0)
        return frame if App.sidebar_of(frame) is not None else None
    app.frame = wait_for('the window in the accessibility tree', shown, timeout=30)

    def title_is(wanted):
        return lambda: wanted in app.window_title()
    home = sections['check4-09']
    wait_for(f"the page {text(home['title'])!r}", title_is(text(home['title'])), timeout=15)
    tap.ok(True, f"a contact found by number opens its own page: {app.window_title()}")
    card_name = f"{text(contacts['ipa-anshin']['organisation'])}"

    def card_focused():
        focused = find(app.content_pane(), lambda n: has_state(n, pyatspi.STATE_FOCUSED),
                       prune=leaf_like)
        return focused
    focused = wait_for('the focus on the page', card_focused, timeout=10)
    tap.ok(focused is not None and '03-5978-7509' in (focused.name or ''),
           f'the card has the focus, on its number: {role(focused)} {focused.name!r} ({card_name})')

    provider_call(bus, 'ActivateResult', GLib.Variant('(sasu)', ('section:check4-03', ['virus'], 0)))
    wait_for('the virus page', title_is(text(sections['check4-03']['title'])), timeout=15)
    tap.ok(True, f'a section: {app.window_title()}')

    provider_call(bus, 'ActivateResult', GLib.Variant('(sasu)', ('guide:r-emergency', ['110'], 0)))
    result_title = text(nodes['r-emergency']['title'])
    wait_for('the emergency result', lambda: app.shows_label(result_title) is not None, timeout=15)
    tap.ok('What Happened?' in app.window_title(),
           f"a guide result: the guide's page shows {result_title!r}")

    provider_call(bus, 'ActivateResult', GLib.Variant('(sasu)', (OWN_ID, ['保険窓口'], 0)))
    wait_for('the page of own contacts', title_is('Your Organisation'), timeout=15)
    tap.ok(True, f'an own contact: {app.window_title()}')

    # 6. LaunchSearch: the window's search, with the terms.
    provider_call(bus, 'LaunchSearch', GLib.Variant('(asu)', (['ransomware'], 0)))

    def search_shown():
        results = find(app.frame, lambda n: role(n) == 'list' and n.name == 'Search Results',
                       prune=leaf_like)
        if results is None:
            return None
        # The results, without the headings of their groups.
        rows = [r for r in children(results)
                if r.name not in ('Your Organisation', 'Situations', 'Sections', 'Contacts')]
        return rows if rows else None
    try:
        rows = wait_for('the search results', search_shown, timeout=15)
    except Failure as error:
        lists = [(role(n), n.name, has_state(n, pyatspi.STATE_SHOWING))
                 for n in find_all(app.frame, lambda n: role(n) in ('list', 'list box'), prune=leaf_like)]
        raise Failure(f'{error}; lists: {lists}')
    entry = find(app.frame, lambda n: role(n) in ('entry', 'text') and
                 n.queryText().characterCount > 0 and label_text(n) == 'ransomware', prune=leaf_like)
    tap.ok(entry is not None and rows[0].name == text(nodes['r-ransomware-org']['title']),
           f"LaunchSearch: the search entry holds 'ransomware'; first row {rows[0].name!r}")

    # 7. Still one instance, and nothing logged.
    tap.ok(bus_call(bus, 'GetConnectionUnixProcessID', GLib.Variant('(s)', (APP_ID,)), '(u)')
           .unpack()[0] == pid, 'one instance answered every call')
    os.kill(pid, signal.SIGTERM)
    problems = app_log_problems(os.environ.get('MADO_E2E_APP_LOG', os.devnull))
    tap.ok(not problems, 'the app logged no warning' + (f': {problems[:3]}' if problems else ''))


if __name__ == '__main__':
    sys.exit(run_main('test_search_provider.py', PLAN, DEADLINE, run))
