"""Test helper: PDFs "written the way users write them", independent of tests/pdf_render.py.

`tests/pdf_render.py` renders our own documents in one Kamerstuk layout. This
module lays out short documents the way other tools and authors do (Word or
LibreOffice export, a letter with a `Datum`/`Kenmerk`/`Betreft` block, Q&A
documents with other labels) with its own small flow layout on reportlab:
other fonts and sizes, page numbers as `2/5`, `- 3 -` or `Pagina 3 van 5` at the
page foot, one- and two-line running headers with logo text, bullet and
numbered lists, a table, footnotes at the page foot with superscript markers,
bold-only and numbered headings, words hyphenated at the line end (only at the
soft hyphens, U+00AD, of the source text), typographic quotes, dashes and
ligatures.

Every `render_*` function writes the PDF and returns an `Expected`: what a
reader of the document should find in the parsed `Document`.

Inline syntax of the source text: `^N` after a word is a superscript footnote
marker (footnote N), U+00AD marks where a word may be hyphenated.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

PAGE_W, PAGE_H = A4
SOFT = "\u00ad"
MARK = re.compile(r"\^(\d+)")


@dataclass
class Style:
    font: str
    size: float
    leading: float


@dataclass
class Expected:
    """What the parsed `Document` should contain."""

    pages: int = 0
    paragraphs: list[str] = field(
        default_factory=list
    )  # body texts in reading order (markers and soft hyphens removed)
    para_pages: list[tuple[int, int]] = field(default_factory=list)  # first and last page of each paragraph
    headings: list[str] = field(default_factory=list)
    footnotes: list[tuple[int, str]] = field(default_factory=list)
    pairs: list[tuple[int, str, str, int, int]] = field(
        default_factory=list
    )  # (number, question, answer, first, last page)
    furniture: list[str] = field(default_factory=list)  # running header/footer text: never in the Document text
    hyphenated: list[str] = field(default_factory=list)  # words split over two lines with a hyphen
    title: str | None = None
    date: str | None = None
    reference: str | None = None


def plain(text: str) -> str:
    """The source text as a reader sees it: no marker syntax, no soft hyphens."""
    return MARK.sub("", text).replace(SOFT, "")


def ttf(name: str, path: str) -> str:
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, path))
    return name


# ---------------------------------------------------------------- a small flow layout


@dataclass
class Run:
    text: str
    font: str
    size: float
    rise: float = 0.0


@dataclass
class Placed:
    """One line drawn on a page: its runs from `x`, baseline `y` from the page top."""

    x: float
    y: float
    runs: list[Run]


@dataclass
class Page:
    lines: list[Placed] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class Layout:
    """A flow of lines over A4 pages, with footnotes at the page foot and furniture drawn afterwards."""

    body: Style
    note: Style
    left: float = 72.0
    right: float = PAGE_W - 72.0
    top: float = 90.0  # baseline of the first body line, from the page top
    first_top: float | None = None
    bottom: float = PAGE_H - 80.0  # lowest body/footnote baseline
    note_marker: str = "plain"  # "plain": `1 text`; "super": a superscript number before the text
    notes_text: dict[int, str] = field(default_factory=dict)
    pages: list[Page] = field(default_factory=list)
    y: float = 0.0
    hyphenated: list[str] = field(default_factory=list)
    justify: bool = False  # full lines spread to the margin, each word placed on its own (no space characters)

    def __post_init__(self) -> None:
        self.new_page()

    # ---- pages and room

    def new_page(self) -> None:
        self.pages.append(Page())
        first = len(self.pages) == 1 and self.first_top is not None
        self.y = (self.first_top if first else self.top) - self.body.leading

    def notes_height(self, notes: list) -> float:
        if not notes:
            return 0.0
        lines = sum(len(self.wrap_plain(t, self.note, self.right - self.left - 12)) for _, t in notes)
        return 10 + lines * self.note.leading

    def fits(self, leading: float, new_notes: list) -> bool:
        page = self.pages[-1]
        return self.y + leading <= self.bottom - self.notes_height(page.notes + new_notes)

    def gap(self, points: float) -> None:
        if self.pages[-1].lines:
            self.y += points

    # ---- words and lines

    def words(self, text: str, style: Style) -> list[tuple[str, list[int]]]:
        """(word with soft hyphens, footnote numbers glued after it)."""
        out = []
        for raw in text.split():
            notes = [int(n) for n in MARK.findall(raw)]
            out.append((MARK.sub("", raw), notes))
        return out

    def width(self, text: str, style: Style) -> float:
        return pdfmetrics.stringWidth(text.replace(SOFT, ""), style.font, style.size)

    def wrap(self, text: str, style: Style, width: float) -> list[list[tuple[str, list[int]]]]:
        """Greedy lines; a word that does not fit is hyphenated at its last soft hyphen that fits."""
        space = pdfmetrics.stringWidth(" ", style.font, style.size)
        lines: list[list[tuple[str, list[int]]]] = [[]]
        used = 0.0
        pending = self.words(text, style)
        while pending:
            word, notes = pending.pop(0)
            w = self.width(word, style) + (space if lines[-1] else 0)
            if used + w <= width or not lines[-1]:
                lines[-1].append((word, notes))
                used += w
                continue
            cut = None
            for i in range(len(word) - 1, 0, -1):
                if word[i] == SOFT and used + space + self.width(word[:i] + "-", style) <= width:
                    cut = i
                    break
            if cut is not None:
                self.hyphenated.append(word.replace(SOFT, ""))
                lines[-1].append((word[:cut] + "-", []))
                pending.insert(0, (word[cut + 1 :], notes))
            else:
                pending.insert(0, (word, notes))
            lines.append([])
            used = 0.0
        return [ln for ln in lines if ln]

    def wrap_plain(self, text: str, style: Style, width: float) -> list[str]:
        return [" ".join(w.replace(SOFT, "") for w, _ in ln) for ln in self.wrap(text, style, width)]

    def runs(self, words: list[tuple[str, list[int]]], style: Style) -> list[Run]:
        runs: list[Run] = []
        for i, (word, notes) in enumerate(words):
            text = ("" if i == 0 else " ") + word.replace(SOFT, "")
            if runs and runs[-1].rise == 0 and runs[-1].font == style.font:
                runs[-1].text += text
            else:
                runs.append(Run(text, style.font, style.size))
            if notes:
                runs.append(Run(",".join(map(str, notes)), style.font, style.size * 0.6, style.size * 0.35))
        return runs

    # ---- items

    def justified(self, words: list[tuple[str, list[int]]], style: Style, x: float) -> list[Placed]:
        """One line set word by word, the gaps stretched so that it ends at the right margin."""
        runs = [self.runs([w], style) for w in words]
        widths = [sum(pdfmetrics.stringWidth(r.text, r.font, r.size) for r in rr) for rr in runs]
        gap = (self.right - x - sum(widths)) / (len(words) - 1)
        out = []
        for rr, w in zip(runs, widths):
            out.append(Placed(x, self.y, rr))
            x += w + gap
        return out

    def paragraph(
        self,
        text: str,
        style: Style | None = None,
        *,
        indent: float = 0.0,
        prefix: Run | None = None,
        gap_before: float = 6.0,
        keep_with_next: bool = False,
    ) -> tuple[int, int]:
        """Flow a paragraph; returns its first and last page."""
        style = style or self.body
        lines = self.wrap(text, style, self.right - self.left - indent)
        self.gap(gap_before)
        if keep_with_next and not self.fits(style.leading * 3, []):
            self.new_page()
        first = None
        for k, words in enumerate(lines):
            notes = [(n, self.notes_text[n]) for _, ns in words for n in ns]
            if not self.fits(style.leading, notes):
                self.new_page()
            self.y += style.leading
            if k == 0 and prefix is not None:
                self.pages[-1].lines.append(Placed(self.left, self.y, [prefix]))
            if self.justify and k + 1 < len(lines) and len(words) > 1:
                self.pages[-1].lines.extend(self.justified(words, style, self.left + indent))
            else:
                self.pages[-1].lines.append(Placed(self.left + indent, self.y, self.runs(words, style)))
            self.pages[-1].notes.extend(notes)
            first = first or len(self.pages)
        return first, len(self.pages)

    def row(self, cells: list[tuple[float, str]], style: Style, gap_before: float = 0.0) -> int:
        """One table row: each cell a single line at its own x."""
        self.gap(gap_before)
        if not self.fits(style.leading, []):
            self.new_page()
        self.y += style.leading
        for x, text in cells:
            self.pages[-1].lines.append(Placed(self.left + x, self.y, [Run(text, style.font, style.size)]))
        return len(self.pages)

    # ---- drawing

    def draw(self, path: Path, furniture: Callable[[int, int], list[Placed]], title: str = "") -> int:
        c = canvas.Canvas(str(path), pagesize=A4)
        c.setTitle(title)
        total = len(self.pages)
        for number, page in enumerate(self.pages, start=1):
            for placed in furniture(number, total) + page.lines:
                self._draw_line(c, placed)
            if page.notes:
                y = self.bottom - self.notes_height(page.notes) + 10
                c.setLineWidth(0.5)
                c.line(self.left, PAGE_H - y + 2, self.left + 140, PAGE_H - y + 2)
                for n, text in page.notes:
                    for j, line in enumerate(self.wrap_plain(text, self.note, self.right - self.left - 12)):
                        y += self.note.leading
                        if j == 0:
                            if self.note_marker == "super":
                                mark = Run(str(n), self.note.font, self.note.size * 0.7, self.note.size * 0.4)
                            else:
                                mark = Run(str(n), self.note.font, self.note.size)
                            self._draw_line(c, Placed(self.left, y, [mark]))
                        self._draw_line(c, Placed(self.left + 12, y, [Run(line, self.note.font, self.note.size)]))
            c.showPage()
        c.save()
        return total

    @staticmethod
    def _draw_line(c: canvas.Canvas, placed: Placed) -> None:
        t = c.beginText(placed.x, PAGE_H - placed.y)
        for run in placed.runs:
            t.setFont(run.font, run.size)
            t.setRise(run.rise)
            t.textOut(run.text)
        t.setRise(0)
        c.drawText(t)


def text_at(x: float, y: float, text: str, font: str, size: float, align: str = "left") -> Placed:
    w = pdfmetrics.stringWidth(text, font, size)
    if align == "center":
        x = x - w / 2
    elif align == "right":
        x = x - w
    return Placed(x, y, [Run(text, font, size)])


# ---------------------------------------------------------------- shared content

SENTENCES = [
    "Het kabinet zet in op een betere bescherming van het grondwater in kwetsbare gebieden.",
    "De waterschappen krijgen daarvoor extra middelen, in totaal € 120 miljoen tot en met 2028.",
    "Uit de evaluatie blijkt dat de huidige regels niet overal worden nageleefd.",
    "In het voorjaar van 2025 ontvangt uw Kamer een uitgewerkt voorstel.",
    "Daarbij betrek ik de adviezen van de Raad van State en van het Planbureau voor de Leefomgeving.",
    "Gemeenten vragen om meer duidelijkheid over hun rol bij de uitvoering.",
    "Ik vind het belangrijk dat burgers en bedrijven tijdig weten waar zij aan toe zijn.",
    "De komende maanden voer ik daarom gesprekken met de provincies en de drinkwaterbedrijven.",
    "Het aantal meldingen van vervuiling is in 2024 gedaald met 14 procent ten opzichte van 2023.",
    "Tegelijk neemt de druk op de beschikbare ruimte in het landelijk gebied toe.",
    "Ook de gevolgen van droge zomers vragen om een andere verdeling van het beschikbare water.",
    "Ik informeer uw Kamer voor het einde van het jaar over de voortgang.",
]


def soft_hyphens(text: str) -> str:
    """Allow a hyphen in every long lowercase word, between two consonants near its middle (`grond-water`)."""

    def one(m: re.Match) -> str:
        word = m.group(0)
        cuts = [i for i in range(4, len(word) - 4) if word[i - 1] not in "aeiouy" and word[i] not in "aeiouyh"]
        if not cuts:
            return word
        i = min(cuts, key=lambda k: abs(k - len(word) / 2))
        return word[:i] + SOFT + word[i:]

    return re.sub(r"\b[a-z]{10,}\b", one, text)


SUBJECTS = [
    "Het kabinet",
    "De minister",
    "De provincie",
    "Het waterschap",
    "De gemeente",
    "De inspectie",
    "Het RIVM",
    "De drinkwatersector",
    "De werkgroep",
    "Het planbureau",
]
VERBS = ["onderzoekt", "financiert", "evalueert", "ondersteunt", "versterkt", "monitort", "herziet", "bespreekt"]
OBJECTS = [
    "de bescherming van waterwingebieden",
    "het toezicht op lozingen",
    "de kwaliteit van het oppervlaktewater",
    "de handhaving van de mestregels",
    "de opslag van bestrijdingsmiddelen",
    "de verdeling van zoetwater",
    "het herstel van beekdalen",
    "de sanering van bodemverontreiniging",
]
PLACES = ["Brabant", "Limburg", "Gelderland", "Drenthe", "Overijssel", "Zeeland", "Utrecht", "Friesland"]


class Prose:
    """Unique Dutch sentences from a seed: every paragraph of a variant is a different string."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.k = seed

    def __call__(self, count: int) -> str:
        out = []
        for _ in range(count):
            self.k += 1
            if self.k % 3 == 0:
                out.append(SENTENCES[self.k % len(SENTENCES)])
            else:
                s, v, o, p = (self.rng.choice(x) for x in (SUBJECTS, VERBS, OBJECTS, PLACES))
                out.append(
                    f"{s} {v} in {self.rng.randint(2019, 2031)} {o} in {p}, met {self.rng.randint(2, 990)} betrokken partijen."
                )
        return soft_hyphens(" ".join(out))


def para(lay: Layout, exp: Expected, text: str, style: Style | None = None, **kw) -> None:
    """Flow a body paragraph and expect it, once and on its pages, in the Document."""
    exp.paragraphs.append(plain(text))
    exp.para_pages.append(lay.paragraph(text, style, **kw))


def heading(lay: Layout, exp: Expected, text: str, style: Style, gap_before: float = 14.0) -> None:
    lay.paragraph(text, style, gap_before=gap_before, keep_with_next=True)
    exp.headings.append(text)


def items(lay: Layout, exp: Expected, texts: list[str], marks: list[str], indent: float = 18.0) -> None:
    """A list: each item indented after its bullet or number."""
    for i, (text, mark) in enumerate(zip(texts, marks)):
        para(lay, exp, text, indent=indent, prefix=Run(mark, lay.body.font, lay.body.size), gap_before=2 if i else 4)


# ---------------------------------------------------------------- variant 1: a Word letter


def render_word_letter(path: Path, short: bool = False) -> Expected:
    """Word export: Times-Roman 12 body, Helvetica-Bold 14 headings without numbers, a `Datum`/`Kenmerk`/`Betreft`
    block on page 1, logo text on every page, a two-line running header and `2/5` page numbers from page 2 on
    (Word's "different first page"), a bullet list, footnotes, hyphenated words. `short`: two pages, so that
    the header of page 2 occurs once."""
    prose = Prose(1)

    def sentences(k: int) -> str:
        return prose(max(2, k // 4) if short else k)

    body = Style("Times-Roman", 12, 14.4)
    head = Style("Helvetica-Bold", 14, 18)
    notes = {
        1: "Kamerstukken II 2023/24, 27 625, nr. 650.",
        2: "Planbureau voor de Leefomgeving (2024), Grondwater onder druk, Den Haag.",
        3: "Zie ook de brief van 4 oktober 2024 over de waterkwaliteit.",
    }
    lay = Layout(body, Style("Times-Roman", 8, 9.6), top=110, first_top=250, notes_text=notes)
    exp = Expected(title="Voortgang aanpak grondwater", date="2025-03-12", reference="IENW/BSK-2025/48213")
    # the letter head on page 1: label and value in two columns
    head_block = [
        ("Datum", "12 maart 2025"),
        ("Kenmerk", "IENW/BSK-2025/48213"),
        ("Betreft", "Voortgang aanpak grondwater"),
    ]
    for i, (label, value) in enumerate(head_block):
        lay.pages[0].lines.append(Placed(lay.left, 190 + i * 13, [Run(label, "Helvetica-Bold", 9)]))
        lay.pages[0].lines.append(Placed(lay.left + 70, 190 + i * 13, [Run(value, "Helvetica", 9)]))

    para(lay, exp, "Geachte voorzitter,")
    para(lay, exp, sentences(3) + " Met deze brief^1 informeer ik u over de stand van zaken.")
    heading(lay, exp, "Aanleiding", head)
    para(lay, exp, sentences(4))
    para(lay, exp, "Het gaat om de volgende " + "beleids\u00admaat\u00adregelen, die in samenhang worden uitgevoerd:")
    items(
        lay,
        exp,
        [
            "een verbod op het gebruik van bepaalde bestrijdingsmiddelen in grondwaterbeschermingsgebieden;",
            "strengere eisen aan de opslag van mest en andere meststoffen;",
            "een monitoringsprogramma dat de kwaliteit van het grondwater elk jaar meet.",
        ],
        ["•"] * 3,
    )
    para(lay, exp, sentences(9))
    para(lay, exp, sentences(10))
    heading(lay, exp, "Stand van zaken", head)
    para(
        lay,
        exp,
        sentences(5)
        + " Het onderzoek^2 laat zien dat de "
        + "grond\u00adwater\u00adkwaliteit in het zuiden achteruitgaat.",
    )
    para(lay, exp, sentences(12))
    para(lay, exp, sentences(10))
    para(lay, exp, sentences(9))
    heading(lay, exp, "Vervolg", head)
    para(lay, exp, sentences(6) + " Over de financiering^3 besluit het kabinet bij de Voorjaarsnota.")
    para(lay, exp, sentences(11))
    para(lay, exp, sentences(10))
    para(lay, exp, sentences(12))
    para(lay, exp, "Hoogachtend,")
    para(lay, exp, "De minister van Infrastructuur en Waterstaat,", gap_before=2)
    para(lay, exp, "M. de Vries", gap_before=20)
    exp.footnotes = sorted(notes.items())
    header = ["Ministerie van Infrastructuur en Waterstaat", "Directoraat-Generaal Water en Bodem"]

    def furniture(page: int, total: int) -> list[Placed]:
        out = [text_at(lay.right, 40, "Rijksoverheid", "Helvetica-Bold", 16, "right")]  # the logo text, on every page
        if page > 1:
            out += [text_at(lay.left, 62, header[0], "Helvetica", 8), text_at(lay.left, 72, header[1], "Helvetica", 8)]
            out.append(text_at(lay.right, PAGE_H - 40, f"{page}/{total}", "Helvetica", 9, "right"))
        return out

    exp.pages = lay.draw(path, furniture)
    exp.furniture = header + ["Rijksoverheid", f"2/{exp.pages}", "Kenmerk", "Betreft"]
    exp.hyphenated = lay.hyphenated
    return exp


# ---------------------------------------------------------------- variant 2: a LibreOffice nota


def render_numbered_nota(path: Path) -> Expected:
    """LibreOffice export: Helvetica 11, numbered headings (`1 Inleiding` 13 pt, `2.3 ...` bold of the body size),
    `- 3 -` page numbers on every page, a one-line header in two parts, a numbered list, a dash list, a table,
    footnotes numbered by a superscript at the page foot, hyphenated words and typographic characters, a
    summary paragraph set in bold."""
    prose = Prose(2)
    body = Style("Helvetica", 11, 14)
    bold = Style("Helvetica-Bold", 11, 14)
    big = Style("Helvetica-Bold", 13, 16)
    notes = {
        1: "CBS, Statline, tabel 85432NED (geraadpleegd op 3 februari 2025).",
        2: "Motie van het lid Bakker c.s. (Kamerstukken II 2024/25, 36 600-VII, nr. 18).",
        3: "Inspectie Leefomgeving en Transport, Jaarverslag 2024.",
    }
    lay = Layout(body, Style("Helvetica", 8, 10), top=100, notes_text=notes, note_marker="super")
    exp = Expected()
    heading(lay, exp, "1 Inleiding", big, gap_before=0)
    # a summary set in bold: a paragraph of several lines, not a heading
    para(
        lay,
        exp,
        "Kern van deze nota: het grondwater in kwetsbare gebieden gaat achteruit en de huidige regels worden niet "
        "overal nageleefd, zodat provincies, waterschappen en gemeenten in de komende jaren samen een aanpak moeten "
        "uitvoeren die de kwaliteit van het drinkwater ook op lange termijn zeker stelt, binnen de bestaande kaders",
        bold,
    )
    para(lay, exp, prose(4) + " Dit is een “eerste” stap – niet de laatste…")
    para(lay, exp, prose(12))
    para(lay, exp, prose(9))
    heading(lay, exp, "2 Analyse", big)
    heading(lay, exp, "2.1 Cijfers", bold, gap_before=8)
    para(lay, exp, prose(3) + " De cijfers^1 staan in de tabel hieronder.")
    table_style = Style("Helvetica", 10, 13)
    cols = [0.0, 180.0, 300.0]
    rows = [
        ("Provincie", "Meldingen 2023", "Meldingen 2024"),
        ("Groningen", "412", "355"),
        ("Noord-Holland", "538", "470"),
        ("Flevoland", "201", "188"),
    ]
    for i, row in enumerate(rows):
        page = lay.row(list(zip(cols, row)), bold if i == 0 else table_style, gap_before=8 if i == 0 else 0)
        exp.paragraphs.append(" ".join(row))  # a row reads as its cells from left to right
        exp.para_pages.append((page, page))
    para(lay, exp, prose(5), gap_before=10)
    heading(lay, exp, "2.2 Knelpunten", bold, gap_before=8)
    para(lay, exp, "De betrokken partijen noemen drie knelpunten:")
    items(
        lay,
        exp,
        [
            "de capaciteit bij de " + "omgevings\u00addiensten is onvoldoende;",
            "de regels verschillen per provincie;",
            "er is te weinig zicht op illegale lozingen.",
        ],
        ["1.", "2.", "3."],
    )
    para(lay, exp, prose(12))
    para(lay, exp, "Daarnaast spelen twee ‘zachtere’ factoren:")
    items(lay, exp, ["het vertrouwen tussen de partijen;", "de bekendheid van de regels bij agrariërs."], ["-", "-"])
    heading(lay, exp, "2.3 Uitvoering", bold, gap_before=8)
    para(lay, exp, prose(5) + " De Kamer heeft daar met een motie^2 om gevraagd. " + prose(3))
    para(
        lay,
        exp,
        "De "
        + "samen\u00adwerkings\u00adovereenkomst en de "
        + "uitvoerings\u00adagenda worden in "
        + "gezamen\u00adlijkheid opgesteld door het Rijk, de provincies en de "
        + "water\u00adschappen. "
        + prose(3),
    )
    para(lay, exp, prose(6) + " De inspectie^3 ziet toe op de naleving.")
    heading(lay, exp, "3 Conclusie", big)
    para(lay, exp, prose(12))
    para(lay, exp, prose(10))
    exp.footnotes = sorted(notes.items())

    def furniture(page: int, total: int) -> list[Placed]:
        return [
            text_at(lay.left, 40, "Nota grondwaterbeleid 2025", "Helvetica-Oblique", 8),
            text_at(lay.right, 40, "Ministerie van IenW", "Helvetica", 8, "right"),
            text_at(PAGE_W / 2, PAGE_H - 36, f"- {page} -", "Helvetica", 9, "center"),
        ]

    exp.pages = lay.draw(path, furniture)
    exp.furniture = ["Nota grondwaterbeleid", "Ministerie van IenW", "- 2 -"]
    exp.hyphenated = lay.hyphenated
    return exp


# ---------------------------------------------------------------- Q&A documents

QUESTIONS = [
    "Bent u bekend met het bericht ‘Grondwater in Brabant ernstig vervuild’?",
    "Hoeveel drinkwaterwinningen zijn sinds 2020 gesloten vanwege vervuiling? Kunt u dit per provincie aangeven?",
    "Welke maatregelen neemt u om de vervuiling door bestrijdingsmiddelen terug te dringen?",
    "Bent u bereid de Kamer voor de zomer te informeren over de resultaten van het onderzoek?",
    "Deelt u de mening dat waterschappen meer bevoegdheden moeten krijgen bij de handhaving? Zo nee, waarom niet?",
    "Wat is de rol van de provincies bij het aanwijzen van grondwaterbeschermingsgebieden?",
    "Hoe verhoudt deze aanpak zich tot de Kaderrichtlijn Water en de termijn van 2027?",
]


def qa_answers() -> list[list[str]]:
    """The answer paragraphs of the Q&A variants (the same in both)."""
    prose = Prose(3)
    return [
        ["Ja."],
        [prose(6), prose(7)],
        [prose(5) + " Ik verwijs daarbij naar het onderzoek^1 van het RIVM."],
        ["Ja. " + prose(2)],
        [prose(7), prose(6)],
        [prose(9), prose(8)],
        [prose(4) + " Zie ook de brief^2 van 4 oktober 2024.", prose(5)],
    ]


QA_NOTES = {
    1: "RIVM (2024), Bestrijdingsmiddelen in grondwater, rapport 2024-0087.",
    2: "Kamerstukken II 2024/25, 27 625, nr. 661.",
}
QA_INTRO = "Hierbij beantwoord ik de vragen van het lid Van Dijk over de vervuiling van het grondwater (2025Z01234)."


def render_qa_labels(path: Path) -> Expected:
    """Answers with the labels in the running text: `Vraag 1:` and `Antwoord 1:` in bold, followed on the same
    line by the question or answer in Times-Roman 11; `Pagina 2 van 4` at the page foot, a one-line header."""
    body = Style("Times-Roman", 11, 13.5)
    lay = Layout(body, Style("Times-Roman", 8, 9.6), top=100, notes_text=QA_NOTES)
    exp = Expected(reference="2025Z01234")
    para(lay, exp, QA_INTRO)
    for n, (q, answer) in enumerate(zip(QUESTIONS, qa_answers()), start=1):
        first, _ = _labelled(lay, f"Vraag {n}:", q, gap_before=12)
        for k, text in enumerate(answer):
            if k == 0:
                _, last = _labelled(lay, f"Antwoord {n}:", text, gap_before=6)
            else:
                _, last = lay.paragraph(text)
        exp.pairs.append((n, q, "\n\n".join(plain(a) for a in answer), first, last))
    exp.footnotes = sorted(QA_NOTES.items())

    def furniture(page: int, total: int) -> list[Placed]:
        return [
            text_at(lay.left, 45, "Antwoorden Kamervragen grondwater", "Times-Italic", 9),
            text_at(lay.right, PAGE_H - 40, f"Pagina {page} van {total}", "Times-Roman", 9, "right"),
        ]

    exp.pages = lay.draw(path, furniture)
    exp.furniture = ["Antwoorden Kamervragen grondwater", "Pagina", "Vraag 1", "Antwoord 1"]
    exp.hyphenated = lay.hyphenated
    return exp


def _labelled(lay: Layout, label: str, text: str, gap_before: float) -> tuple[int, int]:
    """A paragraph whose first line starts with a bold label (the rest of the paragraph is indented as in Word)."""
    bold = Style("Times-Bold", lay.body.size, lay.body.leading)
    indent = pdfmetrics.stringWidth(label + " ", bold.font, bold.size)
    lines = lay.wrap(text, lay.body, lay.right - lay.left - indent)
    lay.gap(gap_before)
    if not lay.fits(lay.body.leading * 2, []):
        lay.new_page()
    first = len(lay.pages)
    for k, words in enumerate(lines):
        notes = [(n, lay.notes_text[n]) for _, ns in words for n in ns]
        if not lay.fits(lay.body.leading, notes):
            lay.new_page()
        lay.y += lay.body.leading
        runs = lay.runs(words, lay.body)
        if k == 0:
            runs = [Run(label + " ", bold.font, bold.size)] + runs
        lay.pages[-1].lines.append(Placed(lay.left if k == 0 else lay.left + indent, lay.y, runs))
        lay.pages[-1].notes.extend(notes)
    return first, len(lay.pages)


ANSWER_LIST = [
    "het verbod op bestrijdingsmiddelen in waterwingebieden;",
    "een betere registratie van lozingen;",
    "meer toezicht door de omgevingsdiensten.",
]


def render_qa_numbered(path: Path, mark: str = ".") -> Expected:
    """Questions numbered `1.` (or `1)`, hanging indent), each answer under a bold label line `Antwoord op vraag 1`;
    Helvetica 10, `2/4` page numbers at the foot, a two-line header with a kenmerk on every page; a numbered list
    inside an answer."""
    body = Style("Helvetica", 10, 13)
    bold = Style("Helvetica-Bold", 10, 13)
    lay = Layout(body, Style("Helvetica", 7.5, 9), top=105, notes_text=QA_NOTES)
    exp = Expected(reference="2025Z01234")
    para(lay, exp, QA_INTRO)
    para(lay, exp, Prose(4)(5))
    for n, (q, answer) in enumerate(zip(QUESTIONS, qa_answers()), start=1):
        first, _ = lay.paragraph(q, indent=20, prefix=Run(f"{n}{mark}", body.font, body.size), gap_before=12)
        lay.paragraph(f"Antwoord op vraag {n}", bold, gap_before=8, keep_with_next=True)
        for k, text in enumerate(answer):
            _, last = lay.paragraph(text, gap_before=2 if k == 0 else 6)
        answer = [plain(a) for a in answer]
        if n == 1:  # a numbered list in the answer: its `2.` is not question 2
            for k, item in enumerate(ANSWER_LIST, start=1):
                _, last = lay.paragraph(item, indent=20, prefix=Run(f"{k}{mark}", body.font, body.size), gap_before=2)
            answer.append(" ".join(f"{k}{mark} {item}" for k, item in enumerate(ANSWER_LIST, start=1)))
        exp.pairs.append((n, q, "\n\n".join(answer), first, last))
    exp.footnotes = sorted(QA_NOTES.items())

    def furniture(page: int, total: int) -> list[Placed]:
        return [
            text_at(lay.left, 40, "Ministerie van Infrastructuur en Waterstaat", "Helvetica-Bold", 8),
            text_at(lay.left, 50, "Kenmerk IENW/BSK-2025/50112", "Helvetica", 8),
            text_at(lay.right, PAGE_H - 40, f"{page}/{total}", "Helvetica", 8, "right"),
        ]

    exp.pages = lay.draw(path, furniture)
    exp.furniture = ["Ministerie van Infrastructuur", "IENW/BSK-2025/50112", "Antwoord op vraag", f"2/{exp.pages}"]
    exp.hyphenated = lay.hyphenated
    return exp


# ---------------------------------------------------------------- variant 5: an embedded TrueType font with ligatures


def render_ligatures(path: Path) -> Expected:
    """A serif TrueType font (as Word embeds it) with typographic ligatures (ﬁ, ﬂ) in the text layer, a bold title
    of 18 pt, unnumbered bold headings of the body size, hyphenation, a bare page number `3` at the foot."""
    prose = Prose(5)
    serif = ttf("VariantSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
    serif_bold = ttf("VariantSerif-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf")
    body = Style(serif, 10.5, 14)
    bold = Style(serif_bold, 10.5, 14)
    lay = Layout(body, Style(serif, 8, 10), top=80)
    exp = Expected(title="Evaluatie van het klimaatfonds")

    def lig(text: str) -> str:
        return text.replace("fi", "\ufb01").replace("fl", "\ufb02")

    lay.paragraph(lig(exp.title), Style(serif_bold, 18, 22), gap_before=0)
    paras = [
        "De financiering van het klimaatfonds is flexibel ingericht, zodat de fondsbeheerder snel kan bijsturen. "
        + prose(3),
        "Het kabinet heeft de officiële evaluatie laten uitvoeren door een onafhankelijk bureau. "
        + "De "
        + "conflict\u00adbeheersing en de "
        + "risico\u00adbeoordeling kregen daarbij bijzondere aandacht. "
        + prose(4),
        "Voor de verificatie van de resultaten zijn specifieke afspraken gemaakt met de deelnemende "
        + "kennis\u00adinstellingen. "
        + prose(5),
    ]
    heads = ["Financiering", "Evaluatie", "Verificatie"]
    for h, first in zip(heads, paras):
        lay.paragraph(lig(h), bold, gap_before=14, keep_with_next=True)
        exp.headings.append(h)
        for k in range(3):
            text = first if k == 0 else prose(10)
            exp.paragraphs.append(plain(text))
            exp.para_pages.append(lay.paragraph(lig(text)))

    def furniture(page: int, total: int) -> list[Placed]:
        return [text_at(PAGE_W / 2, PAGE_H - 36, str(page), serif, 9, "center")]

    exp.pages = lay.draw(path, furniture)
    exp.hyphenated = lay.hyphenated
    return exp


# ---------------------------------------------------------------- variant 6: an Aanhangsel (official answers)


def render_official_qa(path: Path) -> Expected:
    """Like an Aanhangsel van de Handelingen: justified Times 10 (word by word, no space characters), `Vraag 1` and
    `Antwoord 1` on lines of their own in the body font, a running header with the page number in the same
    line (`Aanhangsel Handelingen II 2024/25, nr. 1234 ... 3`), an `Antwoord` label without a number, questions
    5 and 6 answered together (`Antwoord 5 en 6` after question 6: both questions get that answer)."""
    body = Style("Times-Roman", 10, 12.5)
    lay = Layout(body, Style("Times-Roman", 7.5, 9), top=95, notes_text=QA_NOTES, justify=True)
    exp = Expected(reference="2025Z01234")
    para(lay, exp, QA_INTRO)
    waiting: list[tuple[int, str, int]] = []  # questions answered together with the next one
    for n, (q, answer) in enumerate(zip(QUESTIONS, qa_answers()), start=1):
        lay.paragraph(f"Vraag {n}", gap_before=12, keep_with_next=True)
        first, _ = lay.paragraph(q, gap_before=2)
        if n == 5:
            waiting.append((n, q, first))
            continue
        label = {4: "Antwoord", 6: "Antwoord 5 en 6"}.get(n, f"Antwoord {n}")
        lay.paragraph(label, gap_before=8, keep_with_next=True)
        for k, text in enumerate(answer):
            _, last = lay.paragraph(text, gap_before=2 if k == 0 else 6)
        for m, mq, mfirst in waiting + [(n, q, first)]:
            exp.pairs.append((m, mq, "\n\n".join(plain(a) for a in answer), mfirst, last))
        waiting = []
    exp.footnotes = sorted(QA_NOTES.items())

    def furniture(page: int, total: int) -> list[Placed]:
        return [
            text_at(lay.left, 50, "Aanhangsel Handelingen II 2024/25, nr. 1234", "Times-Roman", 8),
            text_at(lay.right, 50, str(page), "Times-Bold", 8, "right"),
            text_at(lay.left, 60, "Tweede Kamer der Staten-Generaal", "Times-Italic", 8),
        ]

    exp.pages = lay.draw(path, furniture)
    exp.furniture = ["Aanhangsel", "Tweede Kamer der Staten-Generaal", "Vraag 1", "Antwoord 1", "Antwoord\n"]
    exp.hyphenated = lay.hyphenated
    return exp


VARIANTS: dict[str, Callable[[Path], Expected]] = {
    "word_letter": render_word_letter,
    "word_letter_short": lambda path: render_word_letter(path, short=True),
    "numbered_nota": render_numbered_nota,
    "qa_labels": render_qa_labels,
    "qa_numbered": render_qa_numbered,
    "qa_numbered_paren": lambda path: render_qa_numbered(path, ")"),
    "ligatures": render_ligatures,
    "official_qa": render_official_qa,
}
