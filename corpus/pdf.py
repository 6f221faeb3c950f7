"""Turn a Kamerstuk PDF into the same `Document` the text loader makes.

The PDF is read with **pdfplumber** (MIT licence), because it gives every
character with its font name, size and position. That is what the structure
needs: headings are found by font size and weight, footnotes by their small
size at the page foot, and footnote markers as superscript digits (smaller
and raised above the line they belong to). The text loader has to guess all
of this from plain text.

Steps, in order:

1. refuse what cannot be read (`PdfError`, Dutch + English message): too large
   (`MAX_PDF_BYTES`, checked before parsing), empty, not a PDF (`%PDF-`),
   damaged or truncated (no `%%EOF`, or pdfminer fails), encrypted, no pages,
   no text layer (no OCR), a text layer of glyphs without Unicode (`(cid:N)`);
2. characters -> lines: rows by vertical position, split where a wide gap
   separates columns; superscript digits are attached to the line below them
   (or to the text right of them: a footnote's own number) and kept as
   footnote markers, not as text; ligatures (`ﬁ`) are spelled out;
3. page furniture (running headers/footers, the reference block with
   `Pagina N van M`, `Onze referentie`, dates, numbers, logo text) is found by
   **repetition**: the same line modulo digits, at a similar height, on at
   least half of the pages, where any digits that change follow the page
   number, and not set inside the running text; page numbers (`3`, `- 3 -`,
   `3/14`, `Pagina 3 van 14`) at the top or foot of their page; small lines
   above the text of a later page, set apart by a wide gap; the letter
   head of page 1 (`Datum`, `Kenmerk`, `Betreft` + value) is metadata; those
   lines are dropped;
4. the title (a size larger than anything else, used in one run only on
   page 1) is metadata, not a heading (else the letter's `Betreft`);
5. footnotes: small lines (below the body size) at the page foot, starting
   with a number (plain or superscript); small lines above the first of them
   in the previous footnote's size are the rest of that footnote;
6. headings: lines larger than the body size or bold, short, not ending in a
   sentence end (or numbered), alone on their row (not a table's header);
   levels from numbering (`Prioriteit 2.`, `1.2 ...`) and else from size;
   words broken at a line end (`beleids-` / `maatregelen`) are joined
   (`join_hyphenated`);
7. body lines become the text loader's `Line`s with a blank line wherever the
   vertical gap is larger than the line spacing, so the text loader's own
   functions do the rest: `group_blocks` (a page break separates blocks only
   after a sentence end), `clean_block_text`/`join_lines` (line-break hyphens),
   `split_qa` (numbered questions), `TextBuilder` (offsets and page spans)
   and `check_document`. Q&A documents with labels (`Vraag 3`, `Vraag 3:`,
   `Antwoord`, `Antwoord 3:`, `Antwoord op vraag 3`) are split by
   `split_labelled_qa`, the labels left out.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from itertools import pairwise
from pathlib import Path

from corpus.loader import (
    FOOTNOTE_LINE,
    PRIORITY,
    SECTION_NUMBER,
    SENTENCE_END,
    Line,
    TextBuilder,
    clean_block_text,
    finish_document,
    group_blocks,
    join_lines,
    shift_pages,
    split_qa,
)
from corpus.records import Document, DocumentInfo, QAPair

MAX_PDF_BYTES = 50 * 1024 * 1024

DUTCH_MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
DUTCH_DATE = re.compile(r"\b(\d{1,2})\s+(" + "|".join(DUTCH_MONTHS) + r")\s+(\d{4})\b", re.IGNORECASE)
NUMERIC_DATE = re.compile(r"\b(\d{1,2})[-./](\d{1,2})[-./](\d{4})\b")
ZAAK_NUMBER = re.compile(r"\b\d{4}Z\d{5}\b")
KAMERSTUK = re.compile(
    r"Kamerstukken?\s+I{1,2}\b[^\n]*?\d{2}\s?\d{3}(?:-[A-Z0-9]+)?(?:,\s*nr\.\s*\d+)?"  # Kamerstukken II 2024/25, 36 800-VIII, nr. 3
    r"|\b\d{2}\s\d{3}(?:-[A-Z0-9]+)?\b"  # 36 800 / 36 800-VIII
    r"|\b\d{5}-(?:[A-Z0-9]+\b)?"  # 31322- / 35300-XVII
)
REFERENCE_LABEL = re.compile(r"^(?:Onze referentie|Ons kenmerk|Kenmerk|Referentie)\s*:?\s*(\S.*)?$", re.IGNORECASE)
NUMBERED_QUESTION = re.compile(r"^\s?(\d{1,2})[.)]\s+(\S.*)$")  # `3. Bent u ...` or `3) Bent u ...`
VRAAG_HEADING = re.compile(r"^Vraag\s+(\d{1,3})\s*[.:]?$")
# `Vraag 3:` / `Vraag 3.` with the question on the same line (a label in the running text)
VRAAG_INLINE = re.compile(r"^Vraag\s+(\d{1,3})\s*[.:)]\s+(\S.*)$")
# `Antwoord`, `Antwoord 3`, `Antwoord op vraag 3`, `Antwoord vraag 3 en 4`: alone on the line, or followed by `:`
ANTWOORD_LABEL = re.compile(
    r"^Antwoord(?:\s+(?:op\s+)?(?:[Vv]raag|[Vv]ragen))?(?:\s+\d{1,3}(?:\s*(?:,|en|t/m|-|–)\s*\d{1,3})*)?\s*(?:[.:]\s*(.*)|)$"
)
PAGE_NUMBER = re.compile(
    r"^(?:(?:pagina|page|blz\.?|blad|p\.)\s*)?[-–—]?\s*(\d{1,4})\s*[-–—]?(?:\s*(?:/|van|of|\|)\s*(\d{1,4}))?$", re.IGNORECASE
)
LETTERHEAD_LABELS = (
    r"(Datum|Kenmerk|Ons kenmerk|Uw kenmerk|Onze referentie|Uw referentie|Uw brief|Betreft|Onderwerp|Bijlagen?|Bijlage\(n\)"
    r"|Contactpersoon|Behandeld door|Doorkiesnummer|Telefoon|E-mail|Zaaknummer|Ons nummer)"
)
LETTERHEAD_LABEL = re.compile(rf"^{LETTERHEAD_LABELS}\s*:?$", re.IGNORECASE)
LETTERHEAD_INLINE = re.compile(rf"^{LETTERHEAD_LABELS}\s*:?\s+(\S.*[^.;,])$", re.IGNORECASE)  # label and value on one line
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
VOWELS = set("aeiouyáéíóúäëïöüèàâêîôû")
NUMBERED = re.compile(r"^(\d+(\.\d+)*\.?|Prioriteit \d+\.)\s")
BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
MARKER_TOKEN = re.compile(r"^\d{1,3}(?:,\d{1,3})*$")


class PdfError(ValueError):
    """The file cannot be read as a PDF with a text layer; the message says why in Dutch and English."""


# ---------------------------------------------------------------- lines from characters


@dataclass
class PdfLine(Line):
    """A text line of one page: the text loader's `Line` plus what the fonts and positions say."""

    size: float = 0.0
    bold: bool = False
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    refs: tuple[int, ...] = ()  # footnote markers (superscript digits) removed from the text
    lead_marker: str = ""  # a superscript number at the very start of the line (a footnote's own number)
    soft_hyphen: bool = False  # the line ends in a soft hyphen (U+00AD): certainly a word broken over two lines
    heading: bool = False
    level: int = 0


@dataclass
class ParsedPdf:
    pages: list[list[PdfLine]]  # every line of every page, in reading order
    body_size: float
    furniture: set[int] = field(default_factory=set)  # id() of furniture lines
    letterhead: dict[str, str] = field(default_factory=dict)  # page 1 `Datum`/`Kenmerk`/`Betreft` ... -> value


def _is_bold(fontname: str) -> bool:
    return bool(BOLD_FONT.search(fontname or ""))


def _rows(chars: list[dict]) -> list[list[dict]]:
    """Group characters into rows of (nearly) the same bottom edge."""
    rows: list[list[dict]] = []
    for ch in sorted(chars, key=lambda c: (round(c["bottom"], 1), c["x0"])):
        if rows and abs(ch["bottom"] - rows[-1][0]["bottom"]) <= 1.5:
            rows[-1].append(ch)
        else:
            rows.append([ch])
    return rows


def _row_size(row: list[dict]) -> float:
    sizes = Counter(round(c["size"], 1) for c in row if c["text"].strip())
    return sizes.most_common(1)[0][0] if sizes else round(max(c["size"] for c in row), 1)


def _segments(row: list[dict]) -> list[list[dict]]:
    """Split a row where a wide horizontal gap separates two columns (e.g. a reference block beside the text)."""
    row = sorted(row, key=lambda c: c["x0"])
    size = _row_size(row)
    segs = [[row[0]]]
    for ch in row[1:]:
        if ch["x0"] - segs[-1][-1]["x1"] > 4 * size:
            segs.append([ch])
        else:
            segs[-1].append(ch)
    return segs


def _char_text(t: str, at_start: bool) -> str:
    """A character as text: ligatures (`ﬁ`) spelled out, a glyph without Unicode (`(cid:127)`) a bullet at the
    start of a line and nothing elsewhere."""
    if t in LIGATURES:
        return LIGATURES[t]
    if t.startswith("(cid:"):
        return "•" if at_start else ""
    return t


def _make_line(chars: list[dict], markers: list[dict], page: int) -> PdfLine | None:
    """Text of one line; superscript `markers` are left out of the text and returned as footnote refs."""
    items = sorted([(c, False) for c in chars] + [(c, True) for c in markers], key=lambda it: it[0]["x0"])
    size = _row_size(chars)
    text = ""
    tokens: list[list] = []  # [position in text, marker text]
    prev: tuple[dict, bool] | None = None
    for ch, is_marker in items:
        t = _char_text(ch["text"], at_start=not text.strip())
        # a gap between two characters is a space, measured with the markers in place
        if prev is not None and ch["x0"] - prev[0]["x1"] > 0.2 * size and t != " " and text and not text.endswith(" "):
            if not is_marker:
                text += " "
        if is_marker:
            if prev is not None and prev[1] and tokens and tokens[-1][0] == len(text):
                tokens[-1][1] += t
            else:
                tokens.append([len(text), t])
        else:
            text += t
        prev = (ch, is_marker)
    lead = ""
    if tokens and tokens[0][0] == 0 and text.strip():
        lead = tokens.pop(0)[1].strip()  # a superscript number before the text: a footnote's own number
    refs: list[int] = []
    for _, token in tokens:
        token = token.replace(" ", "").strip(",")
        if MARKER_TOKEN.match(token):
            refs.extend(int(n) for n in token.split(","))
    stripped = text.strip()
    soft = stripped.endswith("\u00ad")  # the word goes on on the next line
    stripped = stripped.replace("\u00ad", "") + ("-" if soft else "")
    if not stripped:
        return None
    visible = [c for c in chars if c["text"].strip()] or chars
    bold = sum(_is_bold(c.get("fontname", "")) for c in visible) * 2 > len(visible)
    return PdfLine(
        text=stripped,
        page=page,
        size=size,
        bold=bold,
        x0=min(c["x0"] for c in visible),
        x1=max(c["x1"] for c in visible),
        top=min(c["top"] for c in visible),
        bottom=max(c["bottom"] for c in visible),
        refs=tuple(refs),
        lead_marker=lead,
        soft_hyphen=soft,
    )


def page_lines(page, number: int) -> list[PdfLine]:
    """The lines of one pdfplumber page, top to bottom; superscript digits become footnote refs of their line."""
    chars = [c for c in page.chars if c.get("upright", True) and c.get("text")]
    rows = _rows(chars)
    sizes = [_row_size(r) for r in rows]
    # A row of smaller characters raised a little above a row of larger ones: superscripts of that row.
    attached: dict[int, list[dict]] = defaultdict(list)
    keep: list[int] = []
    for i, row in enumerate(rows):
        host = None
        if all(c["text"].strip() == "" or c["text"] in "0123456789," for c in row):
            bottom = max(c["bottom"] for c in row)
            x0, x1 = min(c["x0"] for c in row), max(c["x1"] for c in row)
            best = None
            for j, other in enumerate(rows):
                if j == i or sizes[i] > 0.85 * sizes[j]:
                    continue
                rise = max(c["bottom"] for c in other) - bottom
                ox0, ox1 = min(c["x0"] for c in other), max(c["x1"] for c in other)
                # inside the row, after it, or just before it (a footnote's own number left of its text)
                if 1.0 < rise < 0.75 * sizes[j] and ox0 - 2 * sizes[j] <= x0 and x1 <= ox1 + 2 * sizes[j] and (best is None or rise < best[0]):
                    best = (rise, j)
            host = best[1] if best else None
        if host is None:
            keep.append(i)
        else:
            attached[host].extend(row)
    lines: list[PdfLine] = []
    for i in keep:
        row_markers = attached.get(i, [])
        for seg in _segments(rows[i]):
            x0, x1 = seg[0]["x0"], seg[-1]["x1"]
            mine = [m for m in row_markers if x0 - 2 * sizes[i] <= m["x0"] <= x1 + 4 * sizes[i]]
            row_markers = [m for m in row_markers if m not in mine]
            line = _make_line(seg, mine, number)
            if line is not None:
                lines.append(line)
    lines.sort(key=lambda ln: (round(ln.top), ln.x0))
    return lines


# ---------------------------------------------------------------- opening


def _check_file(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PdfError(f"PDF niet te lezen / cannot read PDF {path.name}: {exc}") from exc
    if size > MAX_PDF_BYTES:
        raise PdfError(
            f"PDF te groot / PDF too large: {path.name} is {size / 1e6:.1f} MB, "
            f"de grens is / the limit is {MAX_PDF_BYTES / 1e6:.1f} MB"
        )
    if size == 0:
        raise PdfError(f"leeg bestand / empty file: {path.name} (0 bytes, geen pagina's / no pages)")
    with path.open("rb") as fh:
        head = fh.read(1024)
        fh.seek(max(0, size - 2048))
        tail = fh.read()
    if b"%PDF-" not in head:
        raise PdfError(f"geen PDF / not a PDF: {path.name} begint niet met %PDF- (does not start with %PDF-)")
    if b"%%EOF" not in tail:
        raise PdfError(f"beschadigde PDF / damaged PDF: {path.name} is afgebroken (truncated, no %%EOF end marker)")


def _encryption_error(exc: BaseException) -> bool:
    seen = 0
    while exc is not None and seen < 10:
        name = type(exc).__name__
        if name in ("PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning") or "password" in str(exc).lower():
            return True
        if exc.args and isinstance(exc.args[0], BaseException) and _encryption_error(exc.args[0]):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def parse_pdf(path: Path) -> ParsedPdf:
    """Open the PDF and return its lines per page, the body font size and the furniture lines."""
    import pdfplumber  # imported here so the text loader does not need it

    path = Path(path)
    _check_file(path)
    try:
        with pdfplumber.open(path) as pdf:
            if not pdf.pages:
                raise PdfError(f"PDF zonder pagina's / PDF has no pages: {path.name}")
            pages = [page_lines(p, i + 1) for i, p in enumerate(pdf.pages)]
            glyphs = Counter(c.get("text", "").startswith("(cid:") for p in pdf.pages for c in p.chars)
    except PdfError:
        raise
    except Exception as exc:  # pdfminer raises many kinds of errors on broken files
        if _encryption_error(exc):
            raise PdfError(
                f"versleutelde PDF / encrypted PDF: {path.name} is met een wachtwoord beveiligd (password protected)"
            ) from exc
        raise PdfError(f"beschadigde PDF / damaged PDF: {path.name} ({type(exc).__name__}: {exc})") from exc
    if not any(ln.text.strip() for lines in pages for ln in lines):
        raise PdfError(
            f"geen tekstlaag; OCR wordt niet ondersteund / no text layer (scanned images?); OCR is not supported: {path.name}"
        )
    if glyphs[True] > glyphs[False]:
        raise PdfError(
            f"onleesbare tekstlaag: de lettertypen hebben geen Unicode-tabel; OCR wordt niet ondersteund / unreadable text "
            f"layer: {glyphs[True]} of {glyphs[True] + glyphs[False]} characters have no Unicode mapping (cid); "
            f"OCR is not supported: {path.name}"
        )
    furniture = find_furniture(pages)
    furniture |= find_page_numbers(pages, furniture)
    letterhead, letterhead_lines = find_letterhead(pages[0])
    furniture |= letterhead_lines
    body_size = _body_size(pages, furniture)
    furniture |= find_page_headers(pages, furniture, body_size)
    return ParsedPdf(pages, body_size=body_size, furniture=furniture, letterhead=letterhead)


def _body_size(pages: list[list[PdfLine]], furniture: set[int]) -> float:
    """The size of most of the text (not of the header block)."""
    sizes = Counter()
    for lines in pages:
        for ln in lines:
            if id(ln) not in furniture:
                sizes[ln.size] += len(ln.text)
    if not sizes:
        sizes = Counter(ln.size for lines in pages for ln in lines)
    return sizes.most_common(1)[0][0]


# ---------------------------------------------------------------- furniture by repetition


def find_furniture(pages: list[list[PdfLine]]) -> set[int]:
    """Lines that recur (modulo digits) at a similar height on at least half of the pages.

    Digits that differ between the occurrences must follow the page number
    (`Pagina 3 van 12`); a line like `Vraag 4` at the same height on two pages
    is not furniture. Nor is a line set inside running text on most of its
    pages (a repeated sentence or a `Ja.` that happens to fall at the same
    height): furniture stands apart from the body.
    """
    n = len(pages)
    if n < 2:
        return set()
    needed = max(2, math.ceil(n / 2))
    by_key: dict[str, list[PdfLine]] = defaultdict(list)
    for lines in pages:
        for ln in lines:
            by_key[re.sub(r"\d+", "#", ln.text)].append(ln)
    repeated = {key for key, occ in by_key.items() if len({ln.page for ln in occ}) >= needed}
    furniture: set[int] = set()
    for key, occ in by_key.items():
        if key not in repeated:
            continue
        for anchor in occ:
            if id(anchor) in furniture:
                continue
            group: dict[int, PdfLine] = {}
            for ln in occ:
                if abs(ln.top - anchor.top) <= 2 and ln.page not in group:
                    group[ln.page] = ln
            if len(group) >= needed and _numbers_follow_pages(list(group.values())):
                inside = sum(_in_running_text(ln, pages[ln.page - 1], repeated) for ln in group.values())
                if inside * 2 < len(group):
                    furniture.update(id(ln) for ln in group.values())
    return furniture


def _in_running_text(ln: PdfLine, lines: list[PdfLine], repeated: set[str]) -> bool:
    """A line of the same size directly above or below (at the line spacing, overlapping in x) that is not
    itself repeated on other pages: `ln` is part of a paragraph."""
    for o in lines:
        if o is ln or abs(o.size - ln.size) > 0.3 or o.x1 < ln.x0 or o.x0 > ln.x1:
            continue
        gap = max(o.top - ln.bottom, ln.top - o.bottom)
        if -1 <= gap < 0.8 * ln.size and re.sub(r"\d+", "#", o.text) not in repeated:
            return True
    return False


def find_page_headers(pages: list[list[PdfLine]], furniture: set[int], body_size: float) -> set[int]:
    """Small lines above the text of a page after the first, set apart from it by a wide gap: a running header
    that repetition cannot show (a two-page letter has it on page 2 only)."""
    found: set[int] = set()
    for lines in pages[1:]:
        rest = [ln for ln in lines if id(ln) not in furniture]
        n = next((i for i, ln in enumerate(rest) if ln.size >= body_size - 0.3), 0)  # the small lines on top
        if n and rest[n].top - max(ln.bottom for ln in rest[:n]) > 2 * body_size:
            found.update(id(ln) for ln in rest[:n])
    return found


def find_page_numbers(pages: list[list[PdfLine]], furniture: set[int]) -> set[int]:
    """A page number (`3`, `- 3 -`, `3/14`, `Pagina 3 van 14`) among the first or last lines of its page, also
    where repetition cannot show it (a two-page letter numbered from page 2 on)."""
    found: set[int] = set()
    for number, lines in enumerate(pages, start=1):
        for ln in lines[:3] + lines[-3:]:
            text = ln.text.strip()
            m = PAGE_NUMBER.match(text)
            if not m or int(m.group(1)) != number or (m.group(2) is not None and int(m.group(2)) < number):
                continue
            if any(o is not ln and id(o) not in furniture and abs(o.top - ln.top) <= 2 for o in lines):
                continue  # a cell of a table row, not a page number
            if text.isdigit() and ln is not lines[0] and ln is not lines[-1]:
                continue  # a bare number only as the very first or last line
            found.add(id(ln))
    return found


def find_letterhead(first: list[PdfLine]) -> tuple[dict[str, str], set[int]]:
    """The letter head of page 1: a label (`Datum`, `Kenmerk`, `Betreft`, ...) with its value beside it on the
    same row, on the same line (`Kenmerk 2025-123`, only in a run of such lines) or on the line below it.
    Metadata, not body text."""
    values: dict[str, str] = {}
    lines: set[int] = set()
    inline = {i: m for i, ln in enumerate(first) if (m := LETTERHEAD_INLINE.match(ln.text.strip())) and len(ln.text) <= 80}
    for i, ln in enumerate(first):
        if id(ln) in lines:
            continue
        m = LETTERHEAD_LABEL.match(ln.text.strip())
        if m:
            beside = sorted(
                (o for o in first if o is not ln and abs(o.top - ln.top) <= 2 and 0 < o.x0 - ln.x1 < 150), key=lambda o: o.x0
            )
            below = [
                o for o in first[i + 1 : i + 3]
                if 0 < o.top - ln.bottom < 1.5 * ln.size and abs(o.x0 - ln.x0) < 2 and not LETTERHEAD_LABEL.match(o.text.strip())
            ]
            value = (beside or below)[:1]
            if value:
                values.setdefault(m.group(1).lower(), value[0].text.strip())
                lines.update({id(ln), id(value[0])})
        elif i in inline and any(k in inline or LETTERHEAD_LABEL.match(first[k].text.strip()) for k in (i - 2, i - 1, i + 1, i + 2) if 0 <= k < len(first)):
            values.setdefault(inline[i].group(1).lower(), inline[i].group(2).strip())
            lines.add(id(ln))
    return values, lines


def _numbers_follow_pages(lines: list[PdfLine]) -> bool:
    """Every number in the line is the same on all pages, or is the page number (plus a constant offset on 3+ pages)."""
    numbers = [[int(x) for x in re.findall(r"\d+", ln.text)] for ln in lines]
    for j in range(len(numbers[0])):
        values = [nums[j] for nums in numbers]
        if len(set(values)) == 1:
            continue
        offsets = {v - ln.page for v, ln in zip(values, lines)}
        if len(offsets) != 1 or (offsets != {0} and len(lines) < 3):
            return False
    return True


# ---------------------------------------------------------------- title, footnotes, headings


def _content(parsed: ParsedPdf) -> list[list[PdfLine]]:
    return [[ln for ln in lines if id(ln) not in parsed.furniture] for lines in parsed.pages]


def find_title(parsed: ParsedPdf, pages: list[list[PdfLine]]) -> list[PdfLine]:
    """Page 1 lines in a size larger than the body and than anything on the other pages: the document title."""
    if not pages or not pages[0]:
        return []
    first = pages[0]
    biggest = max(ln.size for ln in first)
    if biggest < parsed.body_size + 1:
        return []
    if any(abs(ln.size - biggest) < 0.3 for lines in pages[1:] for ln in lines):
        return []
    out = []
    for k, ln in enumerate(first):
        if abs(ln.size - biggest) < 0.3:
            out.append(ln)
        elif out:
            if any(abs(o.size - biggest) < 0.3 for o in first[k:]):
                return []  # the size recurs on page 1: headings, not a title
            break
        elif ln.size >= parsed.body_size - 0.3:
            return []  # body text above it: a heading, not a title
    return out


@dataclass
class PdfFootnote:
    number: int
    lines: list[str]
    page: int
    size: float = 0.0  # the font size of its first line


def split_page_footnotes(
    lines: list[PdfLine], body_size: float, carry: PdfFootnote | None = None
) -> tuple[list[PdfLine], list[PdfFootnote]]:
    """Small lines at the page foot, from the first one that starts with a number. Small lines above that, in the
    size of `carry` (the previous page's last footnote) and set apart from the text, are the rest of `carry`."""
    zone_start = len(lines)
    while zone_start > 0 and lines[zone_start - 1].size < body_size - 0.5:
        zone_start -= 1
    start = next((i for i in range(zone_start, len(lines)) if _footnote_start(lines[i]) is not None), None)
    end = len(lines) if start is None else start
    if carry is not None and zone_start < end:
        rest = lines[zone_start:end]
        apart = zone_start == 0 or rest[0].top - lines[zone_start - 1].bottom > body_size
        if apart and all(abs(ln.size - carry.size) < 0.3 for ln in rest):
            carry.lines.extend(ln.text for ln in rest)
            end = zone_start
    if start is None:
        return lines[:end], []
    notes: list[PdfFootnote] = []
    for ln in lines[start:]:
        head = _footnote_start(ln)
        if head is not None and (not notes or head[0] == notes[-1].number + 1):
            notes.append(PdfFootnote(head[0], [head[1]], ln.page, ln.size))
        else:
            notes[-1].lines.append(ln.text if not ln.lead_marker else f"{ln.lead_marker} {ln.text}")
    return lines[:end], notes


def _footnote_start(ln: PdfLine) -> tuple[int, str] | None:
    if ln.lead_marker and ln.lead_marker.isdigit():
        return int(ln.lead_marker), ln.text
    m = FOOTNOTE_LINE.match(ln.text)
    if m:
        return int(m.group(1)), m.group(2)
    return None


def mark_headings(lines: list[PdfLine], body_size: float) -> None:
    """Flag heading lines: larger than the body or bold, short, not a sentence (or numbered), alone on their row
    (a bold row of cells is a table's header)."""
    shared = _shared_rows(lines)
    i = 0
    while i < len(lines):
        ln = lines[i]
        if not (ln.size > body_size + 0.5 or ln.bold) or id(ln) in shared:
            i += 1
            continue
        j = i + 1  # a run of lines in the same style: one heading of up to three lines, else a paragraph
        while (
            j < len(lines)
            and lines[j].page == ln.page
            and abs(lines[j].size - ln.size) < 0.3
            and lines[j].bold == ln.bold
            and lines[j].top - lines[j - 1].bottom < 0.8 * ln.size
            and id(lines[j]) not in shared
        ):
            j += 1
        run = lines[i:j]
        title = join_lines([r.text for r in run])
        is_heading = (
            j - i <= 3
            and len(title) <= 160
            and (not SENTENCE_END.search(title) or NUMBERED.match(title))
            and not title.endswith(",")
        )
        if is_heading:
            for r in run:
                r.heading = True
        i = j


def _shared_rows(lines: list[PdfLine]) -> set[int]:
    """Lines that share their row with another line of the page (table cells, columns)."""
    out: set[int] = set()
    for a, b in pairwise(lines):
        if a.page == b.page and abs(a.top - b.top) <= 2 and a.text and b.text:
            out.update({id(a), id(b)})
    return out


def assign_levels(lines: list[PdfLine], body_size: float) -> None:
    """Heading level: numbering first (`Prioriteit 2.` 1, `1.2 ...` 2), else the rank of the size."""
    classes = sorted({round(ln.size * 2) / 2 for ln in lines if ln.heading}, reverse=True)
    for ln in lines:
        if not ln.heading:
            continue
        cls = round(ln.size * 2) / 2
        rank = classes.index(cls) + 1
        if ln.size <= body_size + 0.5:
            rank = max(rank, 3)
        if PRIORITY.match(ln.text):
            rank = 1
        elif SECTION_NUMBER.match(ln.text):
            rank = 2
        ln.level = rank


WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def join_hyphenated(pages: list[list[PdfLine]]) -> None:
    """Join words broken over two lines with a hyphen (`beleids-` / `maatregelen`), in place.

    The next line's first word is moved up, without the hyphen, when the break is a soft hyphen, or the joined
    word occurs elsewhere in the document, or else when the hyphen stands between two letters where Dutch
    writes none (not before a capital or digit, not between two vowels as in `zee-egel`, not after a single
    letter as in `e-mail`, not when the hyphenated form occurs elsewhere). `join_lines` keeps the other hyphens.
    """
    flat = [ln for lines in pages for ln in lines]
    vocab = Counter(w.lower() for ln in flat for w in WORD.findall(ln.text))
    gone: set[int] = set()
    for prev, nxt in pairwise(flat):
        if prev.heading or nxt.heading or id(prev) in gone or abs(prev.size - nxt.size) > 0.3:
            continue
        left = re.search(r"([^\W\d_]+)[-\u2010\u2011]$", prev.text)
        right = re.match(r"(\S+)\s*(.*)$", nxt.text)
        if not left or not right:
            continue
        word = WORD.match(right.group(1))
        if not word or right.group(1) in ("en", "of", "tot") or not word.group(0)[:1].islower():
            continue
        a, b = left.group(1), word.group(0)
        joined, hyphenated = (a + b).lower(), f"{a}-{b}".lower()
        real_hyphen = hyphenated in vocab or len(a) < 2 or not a[-1].islower() or (a[-1] in VOWELS and b[0] in VOWELS)
        if not prev.soft_hyphen and joined not in vocab and real_hyphen:
            continue
        prev.text = prev.text[:-1] + right.group(1)
        nxt.text = right.group(2)
        if not nxt.text:
            gone.add(id(nxt))
            prev.refs += nxt.refs
    for lines in pages:
        lines[:] = [ln for ln in lines if id(ln) not in gone]


def body_with_breaks(pages: list[list[PdfLine]], body_size: float) -> list[PdfLine]:
    """All body lines with a blank line wherever a paragraph ends on the page (a gap, or a heading starts/ends)."""
    spacing = Counter()
    for lines in pages:
        for a, b in zip(lines, lines[1:]):
            if abs(a.size - body_size) < 0.3 and abs(b.size - body_size) < 0.3 and not a.heading and not b.heading:
                spacing[round(b.top - a.bottom, 1)] += 1
    normal_gap = spacing.most_common(1)[0][0] if spacing else 0.3 * body_size
    out: list[PdfLine] = []
    prev = None
    for lines in pages:
        for ln in lines:
            if prev is not None:
                # a heading ends its block even across a page break; a gap counts only on one page
                gap = ln.top - prev.bottom if ln.page == prev.page else 0.0
                style_change = ln.heading != prev.heading or (
                    ln.heading and (abs(ln.size - prev.size) > 0.3 or ln.bold != prev.bold or ln.level != prev.level)
                )
                if gap > normal_gap + 0.4 * body_size or style_change:
                    out.append(PdfLine(text="", page=ln.page))
            out.append(ln)
            prev = ln
    return out


# ---------------------------------------------------------------- assembling the document


def _refs(lines: list[Line]) -> tuple[int, ...]:
    return tuple(n for ln in lines for n in getattr(ln, "refs", ()))


def build_nota(builder: TextBuilder, body: list[PdfLine]) -> None:
    path: list[tuple[int, str]] = []
    for raw in group_blocks(body):
        if getattr(raw.lines[0], "heading", False):
            # body_with_breaks put a blank line at every style change, so this block is one heading
            title, pages, _ = clean_block_text(raw.lines, set())
            level = raw.lines[0].level
            path = [(lv, t) for lv, t in path if lv < level] + [(level, title)]
            builder.add("heading", title, pages, section=tuple(t for _, t in path))
            continue
        text, pages, _ = clean_block_text(raw.lines, set())
        builder.add("paragraph", text, pages, section=tuple(t for _, t in path), footnote_refs=_refs(raw.lines))


def _question_label(ln: PdfLine) -> tuple[int, str] | None:
    """`Vraag 3` as a heading (or alone on its line), or `Vraag 3:` before the question: (3, the rest of the line)."""
    text = ln.text.strip()
    m = VRAAG_HEADING.match(text)
    if m:
        return int(m.group(1)), ""
    m = VRAAG_INLINE.match(text)
    if m:
        return int(m.group(1)), m.group(2)
    return None


def _answer_label(ln: PdfLine) -> str | None:
    """`Antwoord`, `Antwoord 3`, `Antwoord op vraag 3` alone on the line, or `Antwoord 3:` before the answer:
    the rest of the line."""
    m = ANTWOORD_LABEL.match(ln.text.strip())
    return None if m is None else (m.group(1) or "")


def _numbered_question(ln: PdfLine) -> tuple[int, str] | None:
    m = NUMBERED_QUESTION.match(ln.text)
    return (int(m.group(1)), ln.text) if m else None


def split_labelled_qa(body: list[PdfLine]) -> tuple[list[Line], list[tuple[int, list[Line], list[Line]]]] | None:
    """A Q&A document with labels: questions after `Vraag N` (a heading, alone on its line or `Vraag N:` in the
    text) or numbered `N.` when the answers have labels; answers after `Antwoord [op vraag] [N]`, or, without
    answer labels, after the question's last line ending in `?`. None when the document has no such labels.
    Returns the introduction and (number, question lines, answer lines), labels left out."""
    vraag = sum(1 for ln in body if _question_label(ln)) >= 2
    has_answer_labels = sum(1 for ln in body if _answer_label(ln) is not None) >= 2
    if not vraag and not has_answer_labels:
        return None
    start_of = _question_label if vraag else _numbered_question
    intro: list[Line] = []
    pairs: list[tuple[int, list[Line], list[Line]]] = []
    state = "intro"
    for i, ln in enumerate(body):
        q = start_of(ln) if ln.text.strip() else None
        if q and not vraag and not _asks(body, i):
            q = None  # `2. ...` in a list of an answer: a numbered question asks something before its answer
        if q and (q[0] == len(pairs) + 1 or (vraag and pairs and q[0] > pairs[-1][0])):
            pairs.append((q[0], [], []))
            state = "question"
            if q[1]:
                pairs[-1][1].append(replace(ln, text=q[1]))
            continue
        a = _answer_label(ln) if pairs and state != "intro" and ln.text.strip() else None
        if a is not None:
            state = "answer"
            if a:
                pairs[-1][2].append(replace(ln, text=a))
            continue
        if state == "intro":
            intro.append(ln)
        elif state == "question":
            pairs[-1][1].append(ln)
            nxt = body[i + 1] if i + 1 < len(body) else None
            if not has_answer_labels and ln.text.rstrip().endswith("?") and (nxt is None or not nxt.text.strip() or nxt.page != ln.page):
                state = "answer"
        else:
            pairs[-1][2].append(ln)
    return intro, pairs


def _asks(body: list[PdfLine], i: int) -> bool:
    """A `?` from line i up to the next answer label or numbered line."""
    for j in range(i, len(body)):
        if j > i and (_answer_label(body[j]) is not None or _numbered_question(body[j])):
            return False
        if "?" in body[j].text:
            return True
    return False


def build_qa(builder: TextBuilder, intro: list[Line], pairs) -> list[QAPair]:
    """Like `corpus.loader.build_qa_blocks`, with the footnote refs taken from the superscripts."""
    for raw in group_blocks(intro):
        text, pages, _ = clean_block_text(raw.lines, set())
        builder.add("paragraph", text, pages, section=("Aanbiedingsbrief",), footnote_refs=_refs(raw.lines))
    out: list[QAPair] = []
    for number, q_lines, a_lines in pairs:
        section = (f"Vraag {number}",)
        q_lines = [ln for ln in q_lines if ln.text.strip()]
        if not q_lines:
            continue
        q_text, q_pages, _ = clean_block_text(q_lines, set())
        m = NUMBERED_QUESTION.match(q_text)
        if m and int(m.group(1)) == number:
            q_text = NUMBERED_QUESTION.sub(r"\2", q_text, count=1)
            q_pages = shift_pages(q_pages, len(str(number)) + 2)
        q_block = builder.add("question", q_text, q_pages, section=section, question_number=number, footnote_refs=_refs(q_lines))
        answers, last_page = [], max(p for _, p in q_pages)
        for raw in group_blocks(a_lines):
            text, pages, _ = clean_block_text(raw.lines, set())
            answers.append(builder.add("answer", text, pages, section=section, question_number=number, footnote_refs=_refs(raw.lines)))
            last_page = max(last_page, *(p for _, p in pages))
        out.append(QAPair(number, q_block.text, "\n\n".join(a.text for a in answers), q_pages[0][1], last_page))
    return shared_answers(out)


def shared_answers(pairs: list[QAPair]) -> list[QAPair]:
    """A question without an answer of its own, followed by another question, is answered together with the
    next answer (`Antwoord op vraag 5 en 6` after question 6): it gets that answer and its last page."""
    out: list[QAPair] = []
    following: QAPair | None = None
    for pair in reversed(pairs):
        if not pair.answer.strip() and following is not None:
            pair = replace(pair, answer=following.answer, page_end=following.page_end)
        out.append(pair)
        following = pair if pair.answer.strip() else following
    return out[::-1]


@dataclass
class Structure:
    parsed: ParsedPdf
    title: list[PdfLine]
    body: list[PdfLine]
    notes: list[PdfFootnote]
    qa: tuple | None  # (intro, pairs) when the PDF is a question/answer document


def analyse(path: Path, layout: str = "pdf") -> Structure:
    parsed = parse_pdf(path)
    pages = _content(parsed)
    title = find_title(parsed, pages)
    title_ids = {id(ln) for ln in title}
    body_pages: list[list[PdfLine]] = []
    notes: list[PdfFootnote] = []
    for lines in pages:
        lines = [ln for ln in lines if id(ln) not in title_ids]
        lines, page_notes = split_page_footnotes(lines, parsed.body_size, notes[-1] if notes else None)
        notes.extend(page_notes)
        body_pages.append(lines)
    flat = [ln for lines in body_pages for ln in lines]
    mark_headings(flat, parsed.body_size)
    assign_levels(flat, parsed.body_size)
    join_hyphenated(body_pages)
    body = body_with_breaks(body_pages, parsed.body_size)
    qa = None
    if layout != "nota":
        labelled = split_labelled_qa(body)
        if labelled is not None and len(labelled[1]) >= 2:
            qa = labelled
        else:
            intro, pairs = split_qa(body)
            if len(pairs) >= 2 and all(any("?" in ln.text for ln in q) for _, q, _ in pairs):
                qa = (intro, pairs)
    return Structure(parsed, title, body, notes, qa)


def load_pdf(info: DocumentInfo, path: Path) -> Document:
    """Read a Kamerstuk PDF into a `Document` (cleaned text, blocks, page spans, footnotes, Q&A pairs)."""
    return _document(info, analyse(Path(path), info.layout))


def _document(info: DocumentInfo, st: Structure) -> Document:
    builder = TextBuilder()
    questions: list[QAPair] = []
    if st.qa is not None:
        questions = build_qa(builder, *st.qa)
    else:
        build_nota(builder, st.body)
    return finish_document(info, builder, st.notes, len(st.parsed.pages), questions)


def read_pdf_metadata(path: Path) -> dict:
    """Title (largest text on page 1), type guess, Dutch date and reference number from page 1."""
    return _metadata(analyse(Path(path)))


def load_pdf_with_metadata(info: DocumentInfo, path: Path) -> tuple[Document, dict]:
    """`load_pdf` and `read_pdf_metadata` from one parse (`rag add` needs both; parsing is the slow part)."""
    st = analyse(Path(path), info.layout)
    return _document(info, st), _metadata(st)


def _metadata(st: Structure) -> dict:
    first = st.parsed.pages[0]
    # the title: the largest text of page 1 (not a logo or header: furniture), else the letter's subject
    title = join_lines([ln.text for ln in st.title]) or st.parsed.letterhead.get("betreft") or st.parsed.letterhead.get("onderwerp", "")
    # the header/reference block first, then the rest of page 1 without its footnotes
    furniture = [ln for ln in first if id(ln) in st.parsed.furniture]
    body, _ = split_page_footnotes([ln for ln in first if id(ln) not in st.parsed.furniture], st.parsed.body_size)
    ordered = furniture + body
    date = None
    for ln in ordered:
        m = DUTCH_DATE.search(ln.text)
        if m:
            day, month, year = int(m.group(1)), DUTCH_MONTHS.index(m.group(2).lower()) + 1, int(m.group(3))
            date = f"{year:04d}-{month:02d}-{day:02d}"
            break
    m = NUMERIC_DATE.search(st.parsed.letterhead.get("datum", "")) if date is None else None
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(1)) <= 31:  # `Datum 3-6-2025`: day first, as in Dutch
        date = f"{int(m.group(3)):04d}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    reference = None
    text = "\n".join(ln.text for ln in ordered)
    m = ZAAK_NUMBER.search(text)
    if m:
        reference = m.group(0).strip()
    else:
        for i, ln in enumerate(ordered):
            lm = REFERENCE_LABEL.match(ln.text)
            if lm:
                value = lm.group(1) or (ordered[i + 1].text if i + 1 < len(ordered) else "")
                reference = value.strip() or None
                break
        m = KAMERSTUK.search(text) if reference is None else None
        if m:
            reference = m.group(0).strip()
    return {
        "title": title,
        "type": "antwoorden-kamervragen" if st.qa is not None else "kamerbrief",
        "date": date,
        "reference": reference,
        "pages": len(st.parsed.pages),
        "questions": len(st.qa[1]) if st.qa is not None else 0,
    }
