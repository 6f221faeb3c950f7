"""HTML and Markdown rendering for the UI: pure functions from response models to strings.

Every piece of document or user text goes through `esc` (html.escape) before it
is put into HTML; the only markup in the output is the markup written here.
Highlights are given as [start, end) offsets into the text they belong to.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from urllib.parse import quote, urlencode

ABSTAIN_TITLE = "De documenten bevatten geen antwoord op deze vraag."
VERDICTS = {
    "supported": ("Ondersteund", "ok", "De documenten ondersteunen deze bewering."),
    "contradicted": ("Weerlegd", "bad", "De documenten spreken deze bewering tegen."),
    "not_found": ("Niet gevonden", "unknown", "De documenten zeggen hier niets over."),
}
VALUE_KINDS = {"number": "aantal", "percentage": "percentage", "amount": "bedrag", "year": "jaartal", "date": "datum"}


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


# ---------------------------------------------------------------- highlighting


def merge_spans(spans: Iterable[Sequence[int]], length: int) -> list[tuple[int, int]]:
    """Sorted, clipped, non-overlapping [start, end) spans."""
    out: list[tuple[int, int]] = []
    for s, e in sorted((max(0, int(a)), min(length, int(b))) for a, b, *_ in spans):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def with_values(text: str, offset: int, values: Sequence[tuple[int, int, bool]]) -> str:
    """Escape `text` (which starts at `offset`), wrapping values in green (match) or red (mismatch) spans."""
    out, pos = [], 0
    for s, e, ok in sorted(values):
        s, e = max(s - offset, pos), min(e - offset, len(text))
        if e <= s:
            continue
        cls, title = ("val-ok", "komt overeen met de bewering") if ok else ("val-bad", "wijkt af van de bewering")
        out.append(esc(text[pos:s]))
        out.append(f'<span class="{cls}" title="{title}">{esc(text[s:e])}</span>')
        pos = e
    out.append(esc(text[pos:]))
    return "".join(out)


def highlight(
    text: str,
    spans: Iterable[Sequence[int]] = (),
    values: Iterable[Sequence] = (),
    mark_id: str | None = None,
) -> str:
    """Escaped `text` with `spans` in <mark> and `values` ([start, end, matches]) coloured inside them.

    The result is well nested: a value crossing a mark boundary is split in two.
    `mark_id` goes on the first <mark> only.
    """
    marks = merge_spans(spans, len(text))
    vals = [(int(s), int(e), bool(ok)) for s, e, ok in values]
    out, pos = [], 0
    for i, (s, e) in enumerate(marks):
        out.append(with_values(text[pos:s], pos, vals))
        attr = f' id="{esc(mark_id)}"' if mark_id and i == 0 else ""
        out.append(f"<mark{attr}>{with_values(text[s:e], s, vals)}</mark>")
        pos = e
    out.append(with_values(text[pos:], pos, vals))
    return "".join(out)


# ---------------------------------------------------------------- shared pieces


def viewer_url(doc_id: str, page: int, start: int | None = None, end: int | None = None) -> str:
    """Link to the plain-HTML document viewer, at `page`, highlighting [start, end) of the cleaned text."""
    params: dict[str, int] = {"page": page}
    if start is not None and end is not None and end > start:
        params.update(start=start, end=end)
        anchor = "hl"
    else:
        anchor = f"p{page}"
    return f"/bron/{quote(doc_id, safe='')}?{urlencode(params)}#{anchor}"


def passage_link(p, spans: Sequence[Sequence[int]] = ()) -> str:
    """'Open in document' link for a passage-like object, highlighting its quoted spans (or the whole passage)."""
    if spans:
        start, end = p.char_start + min(s for s, _ in spans), p.char_start + max(e for _, e in spans)
    else:
        start, end = p.char_start, p.char_end
    url = viewer_url(p.doc_id, p.page_start, start, end)
    label = f"Open document op pagina {p.page_start} ↗"
    return f'<a class="open-doc" href="{esc(url)}" target="_blank" rel="noopener">{label}</a>'


def pages(p) -> str:
    return f"p. {p.page_start}" if p.page_start == p.page_end else f"p. {p.page_start}–{p.page_end}"


def meta_line(p) -> str:
    """Document title, page and section of a passage, for a card header."""
    parts = [f'<span class="doc">{esc(p.doc_title)}</span>', f'<span class="page">{pages(p)}</span>']
    if p.question_number is not None:
        parts.append(f'<span class="sect">vraag {p.question_number}</span>')
    if p.kind == "footnote" and p.footnote_number is not None:
        parts.append(f'<span class="sect">voetnoot {p.footnote_number}</span>')
    if p.section and p.question_number is None:
        parts.append(f'<span class="sect" title="{esc(p.section)}">{esc(p.section.split(" > ")[-1])}</span>')
    return '<div class="meta">' + " · ".join(parts) + "</div>"


def section_path(p) -> str:
    return f'<div class="path">{esc(p.section)}</div>' if p.section else ""


def card(p, body: str, *, label: str = "", card_id: str | None = None, extra: str = "") -> str:
    id_attr = f' id="{esc(card_id)}"' if card_id else ""
    badge = f'<span class="badge">{esc(label)}</span>' if label else ""
    return (
        f'<article class="card"{id_attr}>'
        f'<header>{badge}{meta_line(p)}</header>'
        f"{section_path(p)}"
        f'<blockquote class="passage">{body}</blockquote>'
        f"{extra}"
        f'<footer>{passage_link(p, getattr(p, "spans", ()))}</footer>'
        "</article>"
    )


def notice(text: str, kind: str = "info") -> str:
    return f'<div class="notice notice-{kind}">{esc(text)}</div>'


def percent(x: float) -> str:
    return f"{round(100 * x)}%"


# ---------------------------------------------------------------- ask


def source_id(turn: int, n: int) -> str:
    return f"bron-{turn}-{n}"


def context_line(resp) -> str:
    """A small line under a follow-up's answer: what the question was read as (so a user sees why this answer came)."""
    lines = []
    if getattr(resp, "resolved_query", None):
        lines.append(f'<div class="context-used">Gelezen als vervolgvraag; gezocht met: <q>{esc(resp.resolved_query)}</q></div>')
    if getattr(resp, "note", None):
        lines.append(f'<div class="context-used">{esc(resp.note)}</div>')
    if getattr(resp, "dutch_terms", None):
        lines.append(f'<div class="context-used">Also searched with the Dutch terms: {esc(", ".join(resp.dutch_terms))}</div>')
    return "".join(lines)


def answer_html(resp, turn: int) -> str:
    """The assistant's chat message: quoted sentences, each followed by a clickable [n]."""
    if resp.abstained:
        return (
            '<div class="answer abstained">'
            f"<strong>{ABSTAIN_TITLE}</strong> "
            "Bekijk de passages onder <em>Mogelijk relevant</em> in het bronnenpaneel."
            f"{context_line(resp)}</div>"
        )
    by_n = {c.n: c for c in resp.citations}
    parts = []
    for s in resp.sentences:
        c = by_n.get(s.citation)
        title = esc(c.citation) if c else ""
        parts.append(
            f'{esc(s.text)} <a class="cite" href="#{source_id(turn, s.citation)}" title="{title}">[{s.citation}]</a>'
        )
    hint = "Geschatte kans dat de documenten de vraag beantwoorden"
    conf = f'<span class="conf" title="{hint}">zekerheid {percent(resp.confidence)}</span>'
    return f'<div class="answer">{" ".join(parts)} {conf}{context_line(resp)}</div>'


def question_html(question: str) -> str:
    return f'<div class="question">{esc(question)}</div>'


def sources_for_turn(resp, turn: int) -> str:
    if resp.abstained:
        cards = "".join(card(r, esc(r.text), label=f"#{r.rank}") for r in resp.related)
        cards = cards or notice("Geen passages gevonden.")
        return notice(ABSTAIN_TITLE, "warn") + f'<h4 class="related">Mogelijk relevant</h4>{cards}'
    return "".join(
        card(c, highlight(c.text, c.spans), label=f"[{c.n}]", card_id=source_id(turn, c.n)) for c in resp.citations
    )


def sources_html(turns: Sequence[tuple[int, object]]) -> str:
    """Source panel: the newest answer's sources, older answers' sources folded away (still linkable)."""
    if not turns:
        return notice("Stel een vraag; de geciteerde passages verschijnen hier, met de geciteerde zin gemarkeerd.")
    blocks = []
    for i, (turn, resp) in enumerate(reversed(turns)):
        head = f'<summary>Bronnen bij: <span class="q">{esc(resp.question)}</span></summary>'
        is_open = " open" if i == 0 else ""
        blocks.append(f'<details class="turn"{is_open}>{head}{sources_for_turn(resp, turn)}</details>')
    return "".join(blocks)


def answer_markdown(resp) -> str:
    """The answer with its citations as Markdown, for copying into a note."""
    lines = [f"**Vraag:** {resp.question}", ""]
    if resp.abstained:
        lines += [f"**Antwoord:** {ABSTAIN_TITLE}", ""]
        if resp.related:
            lines.append("**Mogelijk relevant:**")
            lines += [f"- {r.citation}: “{r.text.strip()}”" for r in resp.related]
        return "\n".join(lines)
    lines += ["**Antwoord:** " + " ".join(f"{s.text} [{s.citation}]" for s in resp.sentences), "", "**Bronnen:**"]
    for c in resp.citations:
        quoted = " … ".join(c.text[s:e] for s, e in merge_spans(c.spans, len(c.text)))
        lines.append(f"{c.n}. {c.citation} (sectie: {c.section or '–'}): “{quoted}”")
    return "\n".join(lines)


# ---------------------------------------------------------------- search


def search_html(resp) -> str:
    if not resp.results:
        return notice("Geen passages gevonden.", "warn")
    quoted = sum(r.quoted for r in resp.results)
    first = ("; het antwoord citeert de eerste" + (f" {quoted}" if quoted > 1 else "")) if quoted else ""
    count = f'<p class="count">{len(resp.results)} passages, beste eerst{first}</p>'
    return count + "".join(card(r, esc(r.text), label=f"#{r.rank} · in het antwoord" if r.quoted else f"#{r.rank}") for r in resp.results)


# ---------------------------------------------------------------- check


def verdict_html(resp) -> str:
    label, cls, gloss = VERDICTS.get(resp.verdict, (resp.verdict, "unknown", ""))
    return (
        f'<div class="verdict verdict-{cls}">'
        f'<div class="verdict-label">{esc(label)}</div>'
        f'<div class="verdict-gloss">{esc(gloss)} <span class="conf">zekerheid {percent(resp.confidence)}</span></div>'
        "</div>"
        f'<p class="explanation">{esc(resp.explanation)}</p>'
    )


def match_cell(v) -> str:
    if v.matches is None:
        return '<td class="m-none" title="niet gevonden in de bron">–</td>'
    if v.matches:
        return '<td class="m-ok" title="komt overeen">✓</td>'
    return '<td class="m-bad" title="wijkt af">✗</td>'


def values_table(values) -> str:
    if not values:
        return ""
    rows = "".join(
        "<tr>"
        f"<td>{esc(VALUE_KINDS.get(v.kind, v.kind))}</td>"
        f"<td>{esc(v.claim_text)}</td>"
        f"<td>{esc(v.evidence_text) if v.evidence_text else '<span class=muted>niet gevonden</span>'}</td>"
        f"{match_cell(v)}"
        f"<td>{'ja' if v.approximate else 'nee'}</td>"
        "</tr>"
        for v in values
    )
    return (
        '<table class="values"><caption>Vergeleken waarden</caption>'
        "<thead><tr><th>Soort</th><th>In de bewering</th><th>In de bron</th><th>Klopt</th>"
        "<th>Bij benadering</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def evidence_html(evidence) -> str:
    if not evidence:
        return ""
    cards = "".join(card(e, highlight(e.text, e.spans, e.value_spans), label=f"[{e.n}]") for e in evidence)
    legend = (
        '<p class="legend"><mark>beslissende zin</mark> <span class="val-ok">waarde klopt</span> '
        '<span class="val-bad">waarde wijkt af</span></p>'
    )
    return f'<h4>Bewijs uit de documenten</h4>{legend}{cards}'


def coverage_html(resp) -> str:
    """What of the claim the evidence covers: subject, predicate, values, names; what is missing."""
    c = getattr(resp, "coverage", None)
    if c is None:
        return ""

    def mark(found: bool) -> str:
        return '<span class="m-ok">✓</span>' if found else '<span class="m-bad">✗</span>'

    rows = [f"<li>{mark(c.subject.found)} onderwerp: <q>{esc(c.subject.text)}</q></li>",
            f"<li>{mark(c.predicate.found)} wat erover gezegd wordt: <q>{esc(c.predicate.text)}</q></li>"]
    rows += [f"<li>{mark(v.found)} {esc(VALUE_KINDS.get(v.kind, v.kind))}: {esc(v.text)}</li>" for v in c.values]
    rows += [f"<li>{mark(n.found)} naam: {esc(n.text)}</li>" for n in c.names]
    missing = f'<p class="missing">Niet in de bron: {esc(", ".join(c.missing))}</p>' if c.missing else ""
    return f'<div class="coverage"><h4>Wat de bron dekt</h4><ul>{"".join(rows)}</ul>{missing}</div>'


def check_html(resp) -> str:
    return verdict_html(resp) + coverage_html(resp) + values_table(resp.values) + evidence_html(resp.evidence)


SENTENCE_VERDICTS = {**VERDICTS, "not_checkable": ("Niet controleerbaar", "unknown", "Deze zin bevat geen controleerbare bewering.")}


def text_check_html(resp) -> str:
    """A paragraph: the summary, then one verdict card per sentence, in order."""
    cards = []
    for s in resp.sentences:
        label, cls, _gloss = SENTENCE_VERDICTS.get(s.verdict, (s.verdict, "unknown", ""))
        body = check_html(s.check) if s.check is not None else f'<p class="explanation">{esc(s.reason or "")}</p>'
        cards.append(
            f'<article class="card sentence-check verdict-{cls}" id="zin-{s.index + 1}">'
            f'<header><span class="badge">zin {s.index + 1}</span> <strong>{esc(label)}</strong></header>'
            f'<blockquote class="claim">{esc(s.sentence)}</blockquote>{body}</article>'
        )
    return f'<p class="summary"><strong>{esc(resp.summary)}</strong></p>' + "".join(cards)
