#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Flatpak manifest against a JSON schema, and the permissions it
asks for against the project's rule of least privilege.

flatpak-builder only prints a WARNING for an unknown key or a wrong type and
goes on; Debian does not ship flatpak-builder's own schema
(data/flatpak-manifest.schema.json in its source), so flatpak-manifest.schema.json
beside this file describes the keys this project may use, with the same
names and types, and refuses every other key.

Usage: check-manifest.py SCHEMA MANIFEST
Prints TAP.
"""
import json
import sys

# --share=ipc for X11's shared memory, Wayland or X11 for the window, the GPU
# for rendering. URLs leave through the OpenURI portal; no network, no files.
FINISH_ARGS = ['--share=ipc', '--socket=wayland', '--socket=fallback-x11', '--device=dri']


def is_local(source):
    return source.get('type') in ('dir', 'file', 'patch') and 'url' not in source


def is_pinned_archive(source):
    return (source.get('type') == 'archive' and source.get('url', '').startswith('https://')
            and len(source.get('sha256', '')) == 64 and 'path' not in source)


def main():
    schema_path, manifest_path = sys.argv[1:3]
    try:
        import jsonschema
    except ImportError:
        print('1..0 # SKIP python3-jsonschema is not installed')
        return 0

    with open(schema_path, encoding='utf-8') as f:
        schema = json.load(f)
    with open(manifest_path, encoding='utf-8') as f:
        manifest = json.load(f)

    checks = []
    validator = jsonschema.Draft7Validator(schema)
    errors = sorted(validator.iter_errors(manifest), key=lambda e: list(e.absolute_path))
    checks.append(('the manifest follows the schema',
                   ['/'.join(map(str, e.absolute_path)) + ': ' + e.message for e in errors]))

    # The schema itself must refuse what flatpak-builder would only warn about.
    for probe, what in ((dict(manifest, **{'finish-arg': []}), 'an unknown top-level key'),
                        (dict(manifest, **{'runtime-version': 48}), 'an unquoted runtime-version'),
                        (dict(manifest, modules=[dict(manifest['modules'][0], **{'run-test': True})]),
                         'an unknown module key')):
        checks.append(('the schema refuses ' + what,
                       [] if not validator.is_valid(probe) else ['accepted']))

    args = manifest.get('finish-args', [])
    checks.append(('finish-args are exactly ' + ' '.join(FINISH_ARGS),
                   [] if sorted(args) == sorted(FINISH_ARGS) else ['got ' + ' '.join(args)]))
    sources = [s for m in manifest.get('modules', []) if isinstance(m, dict)
               for s in m.get('sources', []) if isinstance(s, dict)]
    # A library from elsewhere comes as its release archive, over https and
    # pinned by its sha256 (build-aux/flatpak finds the same bytes offline).
    checks.append(('every source is local, or a release archive pinned by its sha256',
                   [json.dumps(s) for s in sources if not is_local(s) and not is_pinned_archive(s)]))

    print(f'1..{len(checks)}')
    failed = 0
    for number, (name, problems) in enumerate(checks, 1):
        print(f'{"not ok" if problems else "ok"} {number} {name}')
        for problem in problems:
            print(f'# {problem}')
        failed += bool(problems)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
