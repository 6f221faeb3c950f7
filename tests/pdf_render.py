"""Test helper: render documents as Kamerstuk-like PDFs with reportlab.

`render_document` lays a `Document` made by the text loader out on A4 pages in
the layout of a real Kamerstuk: body 10.5 pt Helvetica, headings larger and
bold, footnotes 8 pt at the page foot with superscript markers in the running
text, and a reference block (ministry, date, `Onze referentie` + number,
`Pagina N van M`) at the top of every page. Every block lands on the pages the
text loader gave it (`doc.pages_of`); a paragraph that spans two pages is
split at the page span boundary. The marker positions are the places the text
loader removed them from.

`render_generated_qa` renders a generated answers document of another kind
(`Vraag N` / `Antwoord N` headings, another ministry's header), flowing over
the pages, and returns the pairs it expects a reader to find.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

import corpus.loader as loader
from corpus.records import Document, QAPair

ROOT = Path(__file__).resolve().parents[1]
PAGE_W, PAGE_H = A4
LEFT, RIGHT = 72.0, PAGE_W - 72.0
WIDTH = RIGHT - LEFT
BODY_FONT, BOLD_FONT, BODY_SIZE, LEADING, PARA_GAP = "Helvetica", "Helvetica-Bold", 10.5, 14.0, 7.0
HEADING_SIZES = {1: 14.0, 2: 12.0, 3: 10.5}
TITLE_SIZE = 16.0
NOTE_SIZE, NOTE_LEADING, NOTE_INDENT = 8.0, 10.0, 14.0
SUP_SIZE, SUP_RISE = 6.5, 3.5
FURNITURE_SIZE = 7.5
BODY_TOP, BODY_TOP_FIRST, BODY_BOTTOM = 118.0, 150.0, PAGE_H - 48.0
FALLBACK_FONTS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
]
_fallback: str | None = None


def fallback_font() -> str | None:
    """A TrueType font for the few characters Helvetica's encoding lacks (`ć`, the Symbol bullet U+F0B7)."""
    global _fallback
    if _fallback is None:
        for path in FALLBACK_FONTS:
            if Path(path).is_file():
                font = TTFont("FallbackSans", path)
                cmap = font.face.charToGlyph
                if 0xF0B7 not in cmap and 0x2022 in cmap:
                    cmap[0xF0B7] = cmap[0x2022]  # Word's Symbol bullet: draw a bullet, keep the code point
                pdfmetrics.registerFont(font)
                _fallback = "FallbackSans"
                break
        else:
            _fallback = ""
    return _fallback or None


def encodable(ch: str) -> bool:
    try:
        ch.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


# ---------------------------------------------------------------- runs, words and lines


@dataclass
class Run:
    text: str
    font: str
    size: float
    rise: float = 0.0


def split_runs(text: str, font: str, size: float) -> list[Run]:
    """Helvetica where it can encode the characters, the fallback font elsewhere."""
    runs: list[Run] = []
    fb = fallback_font()
    for ch in text:
        f = font if encodable(ch) or not fb else fb
        ch = ch if encodable(ch) or fb else "?"
        if runs and runs[-1].font == f:
            runs[-1].text += ch
        else:
            runs.append(Run(ch, f, size))
    return runs


def run_width(run: Run) -> float:
    return pdfmetrics.stringWidth(run.text, run.font, run.size)


@dataclass
class Word:
    text: str
    runs: list[Run]
    notes: list[int] = field(default_factory=list)  # footnote numbers referenced in this word

    @property
    def width(self) -> float:
        return sum(run_width(r) for r in self.runs)


def make_words(text: str, font: str, size: float, markers: list[tuple[int, str]] = ()) -> list[Word]:
    """Words of `text` (split on single spaces); `markers` (offset, '22,23') become superscripts after the offset."""
    words: list[Word] = []
    offset = 0
    for raw in text.split(" "):
        start, end = offset, offset + len(raw)
        offset = end + 1
        if not raw:
            continue
        cuts = sorted((p - start, m) for p, m in markers if start < p <= end)
        runs: list[Run] = []
        notes: list[int] = []
        last = 0
        for at, mark in cuts:
            runs += split_runs(raw[last:at], font, size)
            runs.append(Run(mark, BODY_FONT, SUP_SIZE, SUP_RISE))
            notes += [int(n) for n in mark.split(",")]
            last = at
        runs += split_runs(raw[last:], font, size)
        words.append(Word(raw, [r for r in runs if r.text], notes))
    return words


def wrap(words: list[Word], width: float, space: float) -> list[list[Word]]:
    """Greedy line breaking. A line never ends in a hyphen that `join_lines` would glue to a word after a space."""
    lines: list[list[Word]] = []
    current: list[Word] = []
    used = 0.0
    for w in words:
        extra = w.width + (space if current else 0)
        if current and used + extra > width:
            carry = []
            if len(current) > 1 and current[-1].text.endswith("-") and w.text not in ("en", "of", "tot"):
                carry = [current.pop()]  # "foo- bar" must not become "foo-bar"
            lines.append(current)
            current = carry + [w]
            used = sum(x.width for x in current) + space * (len(current) - 1)
        else:
            current.append(w)
            used += extra
    if current:
        lines.append(current)
    return lines


def draw_line(c: canvas.Canvas, x: float, top_baseline: float, words: list[Word], space_run: Run) -> None:
    text = c.beginText(x, PAGE_H - top_baseline)
    for i, w in enumerate(words):
        if i:
            text.setFont(space_run.font, space_run.size)
            text.setRise(0)
            text.textOut(" ")
        for r in w.runs:
            text.setFont(r.font, r.size)
            text.setRise(r.rise)
            text.textOut(r.text)
    text.setRise(0)
    c.drawText(text)


# ---------------------------------------------------------------- page layout


@dataclass
class Item:
    """A block (or the part of a block on one page) laid out as lines."""

    kind: str  # heading / paragraph / title
    lines: list[list[Word]]
    font: str
    size: float
    leading: float
    gap_before: float
    continuation: bool = False

    @property
    def height(self) -> float:
        return self.leading * len(self.lines)


@dataclass
class Note:
    number: int
    lines: list[list[Word]]

    @property
    def height(self) -> float:
        return NOTE_LEADING * len(self.lines)


def note_item(number: int, text: str) -> Note:
    words = make_words(text, BODY_FONT, NOTE_SIZE)
    return Note(number, wrap(words, WIDTH - NOTE_INDENT, pdfmetrics.stringWidth(" ", BODY_FONT, NOTE_SIZE)))


def text_item(kind: str, text: str, *, level: int = 0, markers=(), gap_before: float = PARA_GAP, continuation=False) -> Item:
    if kind == "heading":
        font, size = BOLD_FONT, HEADING_SIZES[level]
        leading = size * 1.25
    elif kind == "title":
        font, size, leading = BOLD_FONT, TITLE_SIZE, TITLE_SIZE * 1.25
    else:
        font, size, leading = BODY_FONT, BODY_SIZE, LEADING
    words = make_words(text, font, size, list(markers))
    lines = wrap(words, WIDTH, pdfmetrics.stringWidth(" ", font, size))
    return Item(kind, lines, font, size, leading, gap_before, continuation)


def furniture_lines(header: str, date: str, reference: str, page: int, pages: int) -> list[tuple[float, float, str, str]]:
    """(x, top baseline, font, text) of the reference block at the top of a page."""
    col = PAGE_W - 190
    return [
        (LEFT, 40, BOLD_FONT, header),
        (col, 40, BOLD_FONT, "Datum"),
        (col, 50, BODY_FONT, date),
        (col, 64, BOLD_FONT, "Onze referentie"),
        (col, 74, BODY_FONT, reference),
        (col, 88, BODY_FONT, f"Pagina {page} van {pages}"),
    ]


@dataclass
class PageContent:
    items: list[Item] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    def body_height(self) -> float:
        h = 0.0
        for i, it in enumerate(self.items):
            h += (it.gap_before if i else 0) + it.height
        return h

    def notes_height(self) -> float:
        return sum(n.height for n in self.notes) + (8 if self.notes else 0)


def draw_pages(path: Path, pages: list[PageContent], *, header: str, date: str, reference: str, title: str | None) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(title or "")
    space_body = Run(" ", BODY_FONT, BODY_SIZE)
    for number, content in enumerate(pages, start=1):
        for x, top, font, text in furniture_lines(header, date, reference, number, len(pages)):
            c.setFont(font, FURNITURE_SIZE)
            c.drawString(x, PAGE_H - top, text)
        y = BODY_TOP_FIRST if number == 1 and title else BODY_TOP
        if number == 1 and title:
            tl = text_item("title", title)
            for i, line in enumerate(tl.lines):
                draw_line(c, LEFT, 108 + i * tl.leading, line, Run(" ", tl.font, tl.size))
        limit = BODY_BOTTOM - content.notes_height()
        for i, it in enumerate(content.items):
            if i:
                y += it.gap_before
            for line in it.lines:
                y += it.leading
                if y > limit + 0.5:
                    raise ValueError(f"page {number} overflows: the body reaches {y:.0f} pt, the limit is {limit:.0f} pt")
                draw_line(c, LEFT, y - 3, line, Run(" ", it.font, it.size) if it.kind != "paragraph" else space_body)
        if content.notes:
            y = BODY_BOTTOM - content.notes_height() + 8
            c.setLineWidth(0.5)
            c.line(LEFT, PAGE_H - (y - 4), LEFT + 120, PAGE_H - (y - 4))
            for note in content.notes:
                for j, line in enumerate(note.lines):
                    y += NOTE_LEADING
                    baseline = y - 2
                    if j == 0:
                        c.setFont(BODY_FONT, NOTE_SIZE)
                        c.drawString(LEFT, PAGE_H - baseline, str(note.number))
                    draw_line(c, LEFT + NOTE_INDENT, baseline, line, Run(" ", BODY_FONT, NOTE_SIZE))
        c.showPage()
    c.save()


# ---------------------------------------------------------------- a loaded Document, page for page


def marker_positions(doc: Document, corpus_dir: Path = ROOT / "corpus") -> dict[int, list[tuple[int, str]]]:
    """For each block (by char_start) with footnote refs: where the text loader removed its markers (offset in the
    block's text, the marker as written: "22,23"), from the loader's own anchors (`Block.footnote_anchors`)."""
    out: dict[int, list[tuple[int, str]]] = {}
    for block in doc.blocks:
        if not block.footnote_refs:
            continue
        at: dict[int, list[str]] = {}
        for number, offset in block.footnote_anchors:
            at.setdefault(offset, []).append(str(number))
        out[block.char_start] = [(offset, ",".join(numbers)) for offset, numbers in at.items()]
    return out


def heading_levels(doc: Document, corpus_dir: Path = ROOT / "corpus") -> dict[int, int]:
    _, extras = loader.read_manifest(corpus_dir)
    top = set(extras.get(doc.doc_id, {}).get("top_level_headings", ()))
    return {b.char_start: loader.heading_level(b.text, top) for b in doc.blocks if b.kind == "heading"}


def render_document(
    doc: Document,
    path: Path,
    *,
    header: str = "Ministerie van Onderwijs, Cultuur en Wetenschap",
    date: str = "3 juni 2025",
    reference: str | None = None,
    title: str | None = None,
    corpus_dir: Path = ROOT / "corpus",
) -> Path:
    """Render a text-loaded `Document` so that every block is on the page the text loader gave it."""
    reference = reference or doc.info.reference.split()[-1]
    markers = marker_positions(doc, corpus_dir)
    levels = heading_levels(doc, corpus_dir)
    pages = [PageContent() for _ in range(doc.page_count)]
    prev_kind = None
    for block in doc.blocks:
        if block.kind == "footnote":
            pages[doc.pages_of(block.char_start, block.char_end)[0] - 1].notes.append(note_item(block.footnote_number, block.text))
            continue
        spans = sorted((s for s in doc.page_spans if s.start < block.char_end and s.end > block.char_start), key=lambda s: s.start)
        block_markers = markers.get(block.char_start, [])
        for k, span in enumerate(spans):
            a = max(span.start, block.char_start) - block.char_start
            e = (spans[k + 1].start - block.char_start) if k + 1 < len(spans) else len(block.text)
            piece = block.text[a:e].rstrip()
            mine = [(p - a, m) for p, m in block_markers if a < p <= a + len(piece)]
            if block.kind == "question" and k == 0:
                piece = f"{block.question_number}. {piece}"
            kind = "heading" if block.kind == "heading" else "paragraph"
            gap = 10.0 if kind == "heading" else (3.0 if prev_kind == "heading" else PARA_GAP)
            pages[span.page - 1].items.append(
                text_item(kind, piece, level=levels.get(block.char_start, 3), markers=mine, gap_before=gap, continuation=k > 0)
            )
            prev_kind = kind
    draw_pages(Path(path), pages, header=header, date=date, reference=reference, title=title or doc.info.title)
    return Path(path)


# ---------------------------------------------------------------- a generated answers document


QA_TOPICS = [
    ("de wachtlijsten in de geestelijke gezondheidszorg", "wachtlijsten"),
    ("de toegankelijkheid van huisartsenzorg op het platteland", "huisartsenzorg"),
    ("de inzet van digitale zorg voor ouderen", "digitale zorg"),
    ("de positie van mantelzorgers", "mantelzorg"),
    ("het tekort aan verpleegkundigen", "verpleegkundigen"),
    ("de kosten van geneesmiddelen", "geneesmiddelen"),
    ("de preventie van overgewicht bij kinderen", "preventie"),
    ("de samenwerking tussen gemeenten en zorgverzekeraars", "samenwerking"),
]
QA_SENTENCES = [
    "Het kabinet hecht groot belang aan {t} en volgt de ontwikkelingen nauwgezet.",
    "In 2024 is samen met de betrokken partijen een plan van aanpak opgesteld, waarin concrete afspraken zijn gemaakt over {t}.",
    "Uit de laatste monitor blijkt dat 37 procent van de instellingen verbetering ziet, terwijl 12 procent een verslechtering meldt.",
    "De Nederlandse Zorgautoriteit houdt toezicht op de uitvoering en rapporteert twee keer per jaar aan de Tweede Kamer.",
    "Daarnaast wordt met zorgverzekeraars, gemeenten en patiëntenorganisaties gesproken over een betere regionale samenwerking.",
    "Ik verwacht dat de eerste resultaten van deze aanpak in het voorjaar van 2025 zichtbaar worden.",
    "Er is in totaal € 45 miljoen beschikbaar gesteld voor de periode 2024-2027, waarvan een deel bestemd is voor kleinschalige projecten.",
    "Het is van belang dat de maatregelen ook werken voor mensen met een beperking, voor ouderen en voor mensen die minder digitaal vaardig zijn.",
    "Over de voortgang informeer ik uw Kamer in de eerstvolgende voortgangsbrief.",
    "Bij de uitwerking worden de aanbevelingen van de Gezondheidsraad en van het Zorginstituut Nederland betrokken.",
]
QA_NOTES = [
    "Kamerstukken II 2023/24, 31 765, nr. 812.",
    "Nederlandse Zorgautoriteit (2024): Monitor toegankelijkheid van zorg, https://www.nza.nl/monitor-toegankelijkheid",
    "Kamerstukken II 2024/25, 36 600-XVI, nr. 7.",
    "Gezondheidsraad (2023): Advies over preventie en gezondheid van kinderen.",
    "Zie ook de Kamerbrief over de arbeidsmarkt in zorg en welzijn van 12 maart 2024.",
]


def generated_qa_content() -> tuple[str, str, list[tuple[int, str, list[str], list[int]]]]:
    """Title, introduction and (number, question, answer paragraphs, footnote numbers per paragraph end)."""
    title = "Antwoorden op Kamervragen over de toegankelijkheid van de zorg (2024Z17345)"
    intro = (
        "Hierbij zend ik u de antwoorden op de schriftelijke vragen van het lid Jansen over de toegankelijkheid "
        "van de zorg, ingezonden op 14 oktober 2024 met kenmerk 2024Z17345."
    )
    pairs = []
    note = 0
    for n, (topic, short) in enumerate(QA_TOPICS, start=1):
        question = f"Bent u bekend met de berichtgeving over {topic}? Welke maatregelen neemt u om de situatie rond {short} te verbeteren?"
        paragraphs, notes = [], []
        for p in range(3 if n % 2 else 2):
            k = (n * 3 + p * 4) % len(QA_SENTENCES)
            sentences = [QA_SENTENCES[(k + j) % len(QA_SENTENCES)].format(t=topic) for j in range(4)]
            paragraphs.append(" ".join(sentences))
            if (n + p) % 3 == 0 and note < len(QA_NOTES):
                note += 1
                notes.append(note)
            else:
                notes.append(0)
        pairs.append((n, question, paragraphs, notes))
    return title, intro, pairs


def render_generated_qa(path: Path) -> dict:
    """A 3-4 page answers document with `Vraag N`/`Antwoord N` headings; returns what a reader should find."""
    title, intro, pairs = generated_qa_content()
    header = "Ministerie van Volksgezondheid, Welzijn en Sport"
    pages: list[PageContent] = [PageContent()]
    used = [0.0]
    expected: list[QAPair] = []

    def room(page_no: int) -> float:
        top = BODY_TOP_FIRST if page_no == 1 else BODY_TOP
        return BODY_BOTTOM - top

    def place(item: Item, notes: list[Note] = ()) -> list[int]:
        """Place an item line by line, starting a new page when the next line (and its footnotes) would not fit."""
        line_pages = []
        target: Item | None = None  # the part of the item on the current page
        for line in item.lines:
            line_notes = [nt for nt in notes if any(nt.number in w.notes for w in line)]
            page = pages[-1]
            gap = item.gap_before if target is None and page.items else 0.0
            extra = sum(nt.height for nt in line_notes) + (8 if line_notes and not page.notes else 0)
            if used[-1] + gap + item.leading + page.notes_height() + extra > room(len(pages)):
                pages.append(PageContent())
                used.append(0.0)
                page, gap, target = pages[-1], 0.0, None
            if target is None:
                target = Item(item.kind, [], item.font, item.size, item.leading, gap)
                page.items.append(target)
                used[-1] += gap
            target.lines.append(line)
            used[-1] += item.leading
            page.notes.extend(line_notes)
            line_pages.append(len(pages))
        return line_pages

    note_texts = {i + 1: t for i, t in enumerate(QA_NOTES)}
    place(text_item("paragraph", intro))
    for number, question, paragraphs, notes in pairs:
        place(text_item("heading", f"Vraag {number}", level=3, gap_before=12.0))
        q_pages = place(text_item("paragraph", question, gap_before=3.0))
        place(text_item("heading", f"Antwoord {number}", level=3, gap_before=PARA_GAP))
        last = q_pages[-1]
        for i, (para, note) in enumerate(zip(paragraphs, notes)):
            markers = [(len(para), str(note))] if note else []
            item = text_item("paragraph", para, markers=markers, gap_before=3.0 if i == 0 else PARA_GAP)
            line_pages = place(item, [note_item(note, note_texts[note])] if note else [])
            last = line_pages[-1]
        expected.append(QAPair(number, question, "\n\n".join(paragraphs), q_pages[0], last))
    draw_pages(Path(path), pages, header=header, date="18 november 2024", reference="4012345-1067890-PG", title=title)
    return {
        "title": title,
        "date": "2024-11-18",
        "reference": "2024Z17345",
        "pairs": expected,
        "pages": len(pages),
        "footnotes": sum(1 for n in sum((x[3] for x in pairs), []) if n),
        "header": header,
    }


# ---------------------------------------------------------------- a generated letter of any length


GEN_SUBJECTS = ["Het kabinet", "De minister", "De staatssecretaris", "Het ministerie", "De inspectie", "De provincie",
                "Het waterschap", "De gemeente", "De toezichthouder", "Het planbureau", "De werkgroep", "De commissie"]
GEN_VERBS = ["onderzoekt", "financiert", "evalueert", "ondersteunt", "versterkt", "monitort", "herziet", "begeleidt",
             "stimuleert", "beperkt", "vernieuwt", "bespreekt"]
GEN_OBJECTS = ["de regionale samenwerking", "het toezicht op de uitvoering", "de opvang van jongeren", "de digitale dienstverlening",
               "de kwaliteit van het onderwijs", "de veiligheid op straat", "de bereikbaarheid van het platteland",
               "de aanpak van laaggeletterdheid", "de zorg voor ouderen", "de energietransitie in wijken",
               "de bescherming van natuurgebieden", "de inburgering van nieuwkomers", "het beheer van dijken"]
GEN_PLACES = ["Groningen", "Zwolle", "Tilburg", "Maastricht", "Leeuwarden", "Almere", "Breda", "Deventer", "Delft", "Assen",
              "Heerlen", "Emmen", "Zaanstad", "Venlo", "Hoorn", "Goes"]
GEN_TAILS = ["in samenwerking met maatschappelijke organisaties", "met extra middelen uit het fonds", "op verzoek van de Tweede Kamer",
             "na een positieve evaluatie", "binnen de bestaande kaders", "met ingang van het nieuwe schooljaar",
             "in overleg met de betrokken partijen", "zonder aanvullende regelgeving"]


def generated_sentence(rng) -> str:
    s, v, o, p, t = (rng.choice(x) for x in (GEN_SUBJECTS, GEN_VERBS, GEN_OBJECTS, GEN_PLACES, GEN_TAILS))
    n, year = rng.randint(2, 980), rng.randint(2019, 2031)
    return f"{s} {v} in {year} {o} in {p} {t}, met {n} deelnemende partijen."


def render_generated_letter(path: Path, pages: int, *, seed: int = 0, title: str | None = None, unique: str | None = None,
                            reference: str = "2025-0000001") -> dict:
    """A letter of exactly `pages` pages of generated Dutch-like text (numbered sections of paragraphs);
    `unique` is put in the first paragraph. Returns title, pages, the unique sentence and the sentence count."""
    import random

    rng = random.Random(seed)
    title = title or f"Kamerbrief over de uitvoering van het beleid, deel {seed}"
    content: list[PageContent] = [PageContent()]
    used = [0.0]

    def room(page_no: int) -> float:
        return BODY_BOTTOM - (BODY_TOP_FIRST if page_no == 1 else BODY_TOP)

    def place(item: Item) -> bool:
        """Place line by line; False when the document is full (`pages` pages)."""
        target = None
        for line in item.lines:
            page = content[-1]
            gap = item.gap_before if target is None and page.items else 0.0
            if used[-1] + gap + item.leading > room(len(content)):
                if len(content) == pages:
                    return False
                content.append(PageContent())
                used.append(0.0)
                page, gap, target = content[-1], 0.0, None
            if target is None:
                target = Item(item.kind, [], item.font, item.size, item.leading, gap)
                page.items.append(target)
                used[-1] += gap
            target.lines.append(line)
            used[-1] += item.leading
        return True

    sentences = 0
    section = 0
    full = False
    while not full:
        section += 1
        heading = f"{section}. {rng.choice(GEN_OBJECTS).capitalize()} in {rng.choice(GEN_PLACES)}"
        if not place(text_item("heading", heading, level=2, gap_before=10.0)):
            break
        for p in range(rng.randint(2, 4)):
            para = [generated_sentence(rng) for _ in range(rng.randint(3, 6))]
            if unique and section == 1 and p == 0:
                para.insert(1, unique)
            # a paragraph that does not fit whole is cut at the page limit (its placed lines stay)
            full = not place(text_item("paragraph", " ".join(para), gap_before=3.0 if p == 0 else PARA_GAP))
            sentences += len(para)
            if full:
                break
    draw_pages(Path(path), content, header="Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", date="12 mei 2025",
               reference=reference, title=title)
    return {"title": title, "pages": len(content), "unique": unique, "sentences": sentences}


def zero_pages_pdf(path: Path) -> Path:
    """A well-formed PDF whose page tree is empty (written by hand: reportlab always writes a page)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    body, offsets = b"%PDF-1.4\n", []
    for i, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 3\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    body += b"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(body)
    return path
