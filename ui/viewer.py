"""Plain-HTML source viewer: GET /bron/{doc_id}?page=N&start=S&end=E.

Renders a whole cleaned document (from `rag.documents.document_detail`) with
"Pagina N" markers (anchors `p{N}`), section headings, footnotes and an
optional highlight of the characters [start, end) of the cleaned text
(`<mark id="hl">`). No JavaScript is needed to read it; one line of script
scrolls to the requested page or highlight.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from rag.documents import document_detail, document_summaries
from ui.render import esc, highlight
from ui.styles import VIEWER_CSS

PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]*)*")  # blocks of the cleaned text are separated by blank lines


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int


class BadRequest(ValueError):
    """A query parameter the viewer cannot honour (answered with 422)."""


# ---------------------------------------------------------------- loading


def load_detail(engine, doc_id: str):
    return document_detail(engine, doc_id)


# ---------------------------------------------------------------- parameters


def parse_int(name: str, raw: str | None) -> int | None:
    if raw is None or raw == "":
        return None
    if not raw.isdigit() or len(raw) > 9:
        raise BadRequest(f"De parameter {name} moet een geheel getal van 0 of meer zijn, niet {raw[:40]!r}")
    return int(raw)


def parse_params(detail, page: str | None, start: str | None, end: str | None) -> tuple[int | None, Highlight | None]:
    p, s, e = parse_int("page", page), parse_int("start", start), parse_int("end", end)
    if p is not None and not 1 <= p <= detail.pages:
        raise BadRequest(f"De parameter page moet tussen 1 en {detail.pages} liggen, niet {p}")
    if (s is None) != (e is None):
        raise BadRequest("Geef start en end allebei op, of geen van beide")
    if s is None:
        return p, None
    if not s < e <= len(detail.text):
        raise BadRequest(
            f"De parameters start en end moeten 0 ≤ start < end ≤ {len(detail.text)} zijn, niet start={s}, end={e}"
        )
    return p, Highlight(s, e)


# ---------------------------------------------------------------- rendering


def page_breaks(detail) -> list[tuple[int, int]]:
    """(offset, page) where each page first starts in the body text (footnotes excluded)."""
    body_end = min((f.char_start for f in detail.footnotes), default=len(detail.text))
    seen, out = set(), []
    for span in sorted(detail.page_spans, key=lambda s: s.char_start):
        if span.page not in seen and span.char_start < body_end:
            seen.add(span.page)
            out.append((span.char_start, span.page))
    return out


def page_marker(page: int, inline: bool = False) -> str:
    tag = "span" if inline else "div"
    return f'<{tag} class="pagina" id="p{page}"><span>Pagina {page}</span></{tag}>'


def text_piece(detail, s: int, e: int, hl: Highlight | None, state: dict) -> str:
    """Escaped text [s, e) with the part of the highlight that falls in it marked (id="hl" on the first)."""
    spans = []
    if hl and hl.start < e and hl.end > s:
        spans = [(max(hl.start, s) - s, min(hl.end, e) - s)]
    mark_id = None
    if spans and not state.get("hl_done"):
        mark_id, state["hl_done"] = "hl", True
    return highlight(detail.text[s:e], spans, mark_id=mark_id)


def paragraph_html(detail, s: int, e: int, breaks: list[tuple[int, int]], hl, state: dict, cls: str = "") -> str:
    """One paragraph; page breaks falling inside it become inline markers (and are taken off `breaks`)."""
    pieces, pos = [], s
    while breaks and breaks[0][0] < e:
        o, page = breaks.pop(0)
        pieces.append(text_piece(detail, pos, o, hl, state))
        pieces.append(page_marker(page, inline=True))
        pos = o
    pieces.append(text_piece(detail, pos, e, hl, state))
    class_attr = f' class="{cls}"' if cls else ""
    return f"<p{class_attr}>{''.join(pieces)}</p>"


def heading_html(section, inner: str) -> str:
    level = min(1 + section.level, 4)
    return f'<h{level} class="sectie" title="{esc(section.path)}">{inner}</h{level}>'


def body_html(detail, hl: Highlight | None) -> tuple[str, dict]:
    """Headings, paragraphs and page markers of the body text, in text order; footnotes are left out."""
    breaks = page_breaks(detail)
    sections = {s.char_start: s for s in detail.sections}
    footnote_starts = {f.char_start for f in detail.footnotes}
    state: dict = {}
    out = []
    for m in PARAGRAPH.finditer(detail.text):
        s, e = m.start(), m.end()
        if s in footnote_starts:
            continue
        while breaks and breaks[0][0] <= s:
            out.append(page_marker(breaks.pop(0)[1]))
        section = sections.get(s)
        if section is not None and detail.text[s:e].strip() == section.title.strip():
            out.append(heading_html(section, text_piece(detail, s, e, hl, state)))
            continue
        cls = ""
        if section is not None:  # a section that starts with content, e.g. "Vraag 3" starts at its question
            out.append(heading_html(section, esc(section.title)))
            cls = "vraag"
        out.append(paragraph_html(detail, s, e, breaks, hl, state, cls))
    out.extend(page_marker(page) for _, page in breaks)
    return "".join(out), state


def footnotes_html(detail, hl: Highlight | None, state: dict) -> str:
    if not detail.footnotes:
        return ""
    items = "".join(
        f'<li id="fn{f.number}" value="{f.number}">{text_piece(detail, f.char_start, f.char_end, hl, state)}'
        f' <span class="fn-page">(pagina {f.page})</span></li>'
        for f in sorted(detail.footnotes, key=lambda f: (f.page, f.number))
    )
    return f'<section class="voetnoten"><h2>Voetnoten</h2><ol>{items}</ol></section>'


def scroll_script(page: int | None, hl: Highlight | None) -> str:
    target = "hl" if hl else (f"p{page}" if page else "")
    if not target:
        return ""
    return (
        "<script>(function(){var t=document.getElementById(%r);"
        "if(t&&location.hash.slice(1)!==%r){t.scrollIntoView({block:'center'});}})();</script>" % (target, target)
    )


def document_page(detail, page: int | None, hl: Highlight | None) -> str:
    body, state = body_html(detail, hl)
    notes = footnotes_html(detail, hl, state)
    meta = " · ".join(esc(x) for x in (detail.type, detail.date, detail.reference, f"{detail.pages} pagina's") if x)
    nav = "".join(f'<a href="#p{n}">{n}</a>' for n in range(1, detail.pages + 1))
    return (
        '<!doctype html><html lang="nl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(detail.title)} — bron</title><style>{VIEWER_CSS}</style></head><body>"
        f'<header class="top"><a class="back" href="/">← Terug naar de vragen</a>'
        f"<h1>{esc(detail.title)}</h1><p class=\"meta\">{meta}</p>"
        f'<p class="desc">{esc(detail.description)}</p>'
        f'<nav class="pages" aria-label="Pagina\'s">Ga naar pagina: {nav}</nav></header>'
        f"<main>{body}{notes}</main>{scroll_script(page, hl)}</body></html>"
    )


def message_page(title: str, message: str, links: str = "") -> str:
    return (
        '<!doctype html><html lang="nl"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title><style>{VIEWER_CSS}</style></head><body>"
        f'<header class="top"><a class="back" href="/">← Terug naar de vragen</a><h1>{esc(title)}</h1></header>'
        f'<main><p class="error">{esc(message)}</p>{links}</main></body></html>'
    )


def known_documents(engine) -> str:
    items = "".join(
        f'<li><a href="/bron/{esc(s.doc_id)}">{esc(s.title)}</a> <code>{esc(s.doc_id)}</code></li>'
        for s in document_summaries(engine)
    )
    return f"<p>Beschikbare documenten:</p><ul>{items}</ul>"


# ---------------------------------------------------------------- route


def add_viewer_route(app: FastAPI, get_engine) -> None:
    @app.get("/bron/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def bron(doc_id: str, page: str | None = None, start: str | None = None, end: str | None = None) -> HTMLResponse:
        engine = get_engine()
        if doc_id not in engine.documents:
            message = f"Er is geen document met de naam {doc_id[:100]!r}."
            body = message_page("Document niet gevonden", message, known_documents(engine))
            return HTMLResponse(body, status_code=404)
        detail = load_detail(engine, doc_id)
        try:
            p, hl = parse_params(detail, page, start, end)
        except BadRequest as exc:
            return HTMLResponse(message_page("Ongeldige link", str(exc)), status_code=422)
        return HTMLResponse(document_page(detail, p, hl))
