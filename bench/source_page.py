# SPDX-License-Identifier: GPL-3.0-or-later
"""The page a desk would otherwise keep open: the source page, saved
locally, as one HTML file for the browser comparison in bench.py.

From the seed's copy of guidebook page 355 (a markdown file that keeps the
page's text and link targets) when its folder is given; otherwise from the
bundled dataset's Japanese text, which is the same content in the project's
words. Either way the file is written at run time and nothing in it is
fetched: it has no images, style sheets or scripts from elsewhere."""

import html
import json
import re

SEED_PAGE = "sources/page-355-contacts-when-attacked.ja.md"

# A plain page in the manner of the portal's: system fonts, one column.
STYLE = """body { font-family: sans-serif; font-size: 16px; line-height: 1.7;
  max-width: 56em; margin: 0 auto; padding: 1em 2em; color: #222; }
h1 { font-size: 1.6em; } h2 { font-size: 1.35em; border-bottom: 2px solid #0a5;
  padding-bottom: .2em; margin-top: 2em; } h3 { font-size: 1.15em; } h4 { font-size: 1em; }
a { color: #05c; } li { margin: .2em 0; }"""

_link = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")


def _inline(text):
    """Escapes @text and turns [label](target) into links."""
    out, last = [], 0
    for match in _link.finditer(text):
        out.append(html.escape(text[last:match.start()]))
        out.append(f'<a href="{html.escape(match.group(2), quote=True)}">{html.escape(match.group(1).strip())}</a>')
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def _page(title, body):
    return ("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title><style>{STYLE}</style></head>\n<body>\n"
            + "\n".join(body) + "\n</body></html>\n")


def from_seed(path):
    """The seed's markdown copy of the page: CHECK lines become headings,
    ■ □ ⇒ lines smaller ones, the rest paragraphs. The page's HTML comments
    (CHECK2's list, which the page shows as a picture) keep their list."""
    body, title, in_comment = [], None, False
    for raw in open(path, encoding="utf-8"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("[COMMENT:"):
            in_comment = True
            line = line[len("[COMMENT:"):].strip()
        if in_comment:
            if line.endswith("]"):
                in_comment, line = False, line[:-1]
            if re.fullmatch(r"</?(ul|li)>.*", line):
                body.append(line)  # the list of the comment, as the page's own HTML
            continue
        if title is None:
            title = line
            body.append(f"<h1>{_inline(line)}</h1>")
        elif re.match(r"CHECK\d ", line):
            body.append(f"<h2>{_inline(line)}</h2>")
        elif line[0] in "■⇒":
            body.append(f"<h3>{_inline(line)}</h3>")
        elif line[0] == "□":
            body.append(f"<h4>{_inline(line)}</h4>")
        else:
            body.append(f"<p>{_inline(line)}</p>")
    return _page(title or "", body)


def from_dataset(path):
    """The bundled dataset's sections and their contacts, in Japanese."""
    data = json.load(open(path, encoding="utf-8"))
    contacts = {c["id"]: c for c in data["contacts"]}
    ja = lambda text: (text or {}).get("ja", "")  # noqa: E731
    body = [f"<h1>{html.escape(ja(data['meta'].get('title')))}</h1>"]
    for section in data["sections"]:
        body.append(f"<h2>{html.escape(section.get('check', ''))} {html.escape(ja(section['title']))}</h2>")
        body.append(f"<p>{html.escape(ja(section.get('summary')))}</p>")
        for block in section.get("blocks", []):
            if block.get("title"):
                body.append(f"<h3>{html.escape(ja(block['title']))}</h3>")
            if block.get("text"):
                body.append(f"<p>{html.escape(ja(block['text']))}</p>")
            for item in block.get("items", []):
                body.append(f"<li>{html.escape(ja(item) if isinstance(item, dict) else str(item))}</li>")
            for link in block.get("links", []):
                body.append(f'<p><a href="{html.escape(link["url"], quote=True)}">'
                            f'{html.escape(ja(link.get("label")) or link["url"])}</a></p>')
            contact = contacts.get(block.get("id")) if block.get("type") == "contact" else None
            if contact is not None:
                body.append(f"<h4>⇒ {html.escape(ja(contact['organisation']))} {html.escape(ja(contact.get('desk')))}</h4>")
                body.append(f"<p>{html.escape(ja(contact.get('handles')))}</p>")
                for phone in contact.get("phones", []):
                    body.append(f"<p>☎ {html.escape(phone['number'])}</p>")
                for link in contact.get("links", []):
                    body.append(f'<p><a href="{html.escape(link["url"], quote=True)}">'
                                f'{html.escape(link["url"])}</a></p>')
    return _page(ja(data["meta"].get("title")), body)
