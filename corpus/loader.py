"""Turn the raw PDF-extracted texts into structured `Document`s.

The steps follow the artefacts of the extraction, in order:

1. split the raw lines into pages and drop page furniture
   (`Pagina N van M` / `Onze referentie` blocks, bare URL lists, the `Bijlagen` header);
2. split the footnotes (`NN text` lines, numbered through the document) off the foot of each page;
3. group the body lines into blocks (paragraphs that may run across a page break),
   joining line-break hyphenation (every line-final hyphen in these texts is a real one);
4. remove inline footnote markers (`femicide.8`, `zorgelijk.22,23`) and keep them as links;
5. find the structure: headings and the section tree (nota), question/answer pairs (answers).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from corpus.records import Block, Document, DocumentInfo, Footnote, PageSpan, QAPair

PAGE_START = re.compile(r"^ \S")
PAGE_FOOTER = re.compile(r"^Pagina \d+ van \d+\s*$")
URL_LINE = re.compile(r"^\s*https?://\S+\s*$")
REFERENCE_LINE = re.compile(r"^\s*(Onze referentie|\d{6,}|\d{4}Z\d{5})\s*$")
FOOTNOTE_LINE = re.compile(r"^(\d{1,3})(?: |(?=https?://))(\S.*)$")
QUESTION_LINE = re.compile(r"^\s?(\d{1,2})\.\s+(\S.*)$")
SENTENCE_END = re.compile(r"[.!?:;]\s*$")
BULLET = re.compile(r"^\s*[\uf0b7\u2022\u25cf\-–]\s")
# Digits glued to the end of a word or closing punctuation: a footnote reference.
MARKER = re.compile(
    r"(?<=[^\W\d_]|[)+’”'%])(\d{1,3}(?:,\d{1,3})*)(?=[\s.,;:)]|$)"  # glued to a word: "kabinet1", "internationaal43,"
    r"|(?:(?<=[^\d\s]\.)|(?<=\d\d\.))(\d{1,3}(?:,\d{1,3})*)(?=\s|$)"  # after a full stop: "femicide.8", "2024.18"
)
FUNCTION_WORDS = frozenset("de het een van voor en in op met te om dat die aan of tot bij naar door als".split())
SECTION_NUMBER = re.compile(r"^(\d+)\.(\d+)\s")
PRIORITY = re.compile(r"^Prioriteit \d+\.")


class CorpusError(ValueError):
    """The corpus directory or one of its documents cannot be read as expected."""


# ---------------------------------------------------------------- manifest


def read_manifest(corpus_dir: Path) -> tuple[list[DocumentInfo], dict]:
    path = Path(corpus_dir) / "manifest.json"
    if not path.is_file():
        raise CorpusError(f"no corpus manifest at {path}")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise CorpusError(f"corpus manifest {path} is not valid JSON: {exc}") from exc
    infos, extras = [], {}
    for entry in raw.get("documents", []):
        known = {k: entry[k] for k in DocumentInfo.__dataclass_fields__ if k in entry}
        try:
            info = DocumentInfo(**known)
        except TypeError as exc:
            raise CorpusError(f"corpus manifest entry {entry.get('doc_id')!r} is incomplete: {exc}") from exc
        infos.append(info)
        extras[info.doc_id] = entry
    if not infos:
        raise CorpusError(f"corpus manifest {path} lists no documents")
    return infos, extras


def load_corpus(corpus_dir: Path, cache_dir: Path | None = None) -> list[Document]:
    """Every document of the manifest; a PDF is parsed once and then read from `cache_dir` (corpus.parsed)."""
    infos, extras = read_manifest(corpus_dir)
    docs = []
    for info in infos:
        path = Path(corpus_dir) / "documents" / info.file
        if not path.is_file():
            raise CorpusError(f"document {info.doc_id!r}: file {path} is missing")
        if path.suffix.lower() == ".pdf":
            from corpus.parsed import load_pdf_cached  # pdfplumber is needed only for PDFs

            docs.append(load_pdf_cached(info, path, cache_dir))
            continue
        raw = path.read_text(encoding="utf-8")
        docs.append(load_document(info, raw, top_level_headings=extras[info.doc_id].get("top_level_headings", ())))
    return docs


# ---------------------------------------------------------------- pages


@dataclass
class RawPage:
    number: int
    lines: list[str]
    first_line: int = 0  # index of the page's first line in the raw text


def split_pages(raw: str) -> list[RawPage]:
    """Pages start at a line of one space + text, and after a `Pagina N van M` furniture block."""
    pages: list[RawPage] = []
    current: list[str] = []
    first = 0
    in_furniture = False
    for i, line in enumerate(raw.splitlines()):
        if PAGE_FOOTER.match(line):
            in_furniture = True
            continue
        if in_furniture:
            if not line.strip() or URL_LINE.match(line) or REFERENCE_LINE.match(line):
                continue
            in_furniture = False
            pages.append(RawPage(len(pages) + 1, current, first))
            current, first = [], i
        elif i > 0 and PAGE_START.match(line):
            pages.append(RawPage(len(pages) + 1, current, first))
            current, first = [], i
        current.append(line)
    pages.append(RawPage(len(pages) + 1, current, first))
    return [strip_page_furniture(p) for p in pages]


def raw_page_offsets(raw: str) -> list[int]:
    """Character offset in the raw text where each page starts (for tools that chunk the raw text)."""
    line_starts = [0]
    for line in raw.splitlines(keepends=True):
        line_starts.append(line_starts[-1] + len(line))
    return [line_starts[p.first_line] for p in split_pages(raw)]


def strip_page_furniture(page: RawPage) -> RawPage:
    lines = [ln for ln in page.lines if not URL_LINE.match(ln) and not REFERENCE_LINE.match(ln)]
    # The nota's first page carries the annex list of the letterhead ("Bijlagen / 1. ... / 2. ...").
    if lines and lines[0].strip() == "Bijlagen":
        end = next((i for i, ln in enumerate(lines) if not ln.strip()), len(lines))
        lines = lines[end:]
    return RawPage(page.number, lines, page.first_line)


# ---------------------------------------------------------------- footnotes


@dataclass
class RawFootnote:
    number: int
    lines: list[str]
    page: int


def split_footnotes(page: RawPage, next_number: int) -> tuple[list[str], list[RawFootnote]]:
    """Split the foot of the page: from a blank line followed by `{next_number} text` to the end."""
    lines = page.lines
    start = None
    for i in range(1, len(lines)):
        m = FOOTNOTE_LINE.match(lines[i])
        if m and int(m.group(1)) == next_number and not lines[i - 1].strip():
            start = i
            break
    if start is None:
        return lines, []
    notes: list[RawFootnote] = []
    expected = next_number
    for line in lines[start:]:
        m = FOOTNOTE_LINE.match(line)
        if m and int(m.group(1)) == expected:
            notes.append(RawFootnote(expected, [m.group(2)], page.number))
            expected += 1
        elif line.strip():
            notes[-1].lines.append(line)
    return lines[:start], notes


# ---------------------------------------------------------------- text cleaning


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines; a line-final hyphen is kept and glued to the next word."""
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
        elif out.endswith("-") and not line.startswith(("en ", "of ", "tot ")):
            out += line
        else:
            out += " " + line
    return normalise_spaces(out)


def normalise_spaces(text: str) -> str:
    text = re.sub(r"(\w{3,}) {2,}(\w)\b(?= )", r"\1\2", text)  # link artefact: "monito  r" -> "monitor"
    text = re.sub(r"\b([A-Z]{2,})- (?!(en|of|tot) )(?=[a-z])", r"\1-", text)  # "AI- toepassingen"
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    return text.strip()


def strip_markers(text: str, known: set[int]) -> tuple[str, tuple[int, ...]]:
    """Remove footnote reference markers whose numbers are all footnotes near this text."""
    stripped, groups = replace_markers(text, known, "")
    return stripped, tuple(n for group in groups for n in group)


def replace_markers(text: str, known: set[int], replacement: str) -> tuple[str, list[list[int]]]:
    """Replace each footnote reference marker whose numbers are all footnotes near this text by `replacement`; the
    numbers of each replaced marker, in order ("zorgelijk.22,23" -> [22, 23])."""
    groups: list[list[int]] = []

    def repl(m: re.Match) -> str:
        numbers = [int(n) for n in (m.group(1) or m.group(2)).split(",")]
        if all(n in known for n in numbers):
            groups.append(numbers)
            return replacement
        return m.group(0)

    return MARKER.sub(repl, text), groups


# ---------------------------------------------------------------- body lines -> blocks


@dataclass
class Line:
    text: str
    page: int


@dataclass
class RawBlock:
    lines: list[Line] = field(default_factory=list)


def group_blocks(lines: list[Line]) -> list[RawBlock]:
    """Blank lines separate blocks. A page break separates blocks only after a sentence end."""
    blocks: list[RawBlock] = [RawBlock()]
    prev: Line | None = None
    for line in lines:
        if not line.text.strip():
            if blocks[-1].lines:
                blocks.append(RawBlock())
            continue
        if prev is not None and prev.page != line.page and blocks[-1].lines and SENTENCE_END.search(prev.text):
            blocks.append(RawBlock())
        blocks[-1].lines.append(line)
        prev = line
    return [b for b in blocks if b.lines]


def heading_prefix(block: RawBlock) -> int:
    """Number of leading lines of the block that form a heading (0 if none)."""
    texts = [ln.text.strip() for ln in block.lines]
    first = texts[0]
    if BULLET.match(block.lines[0].text) or not (first[:1].isupper() or first[:1].isdigit()):
        return 0
    for n in (1, 2):
        if n > len(texts):
            break
        head = " ".join(texts[:n])
        if len(head) > 140 or SENTENCE_END.search(texts[n - 1]) or texts[n - 1].endswith(","):
            continue
        if re.search(r"[^\W\d_]\.", head) or head.split()[-1].lower() in FUNCTION_WORDS:
            continue  # a sentence end inside, or a line that stops mid-phrase: running text
        if n < len(texts) and not (texts[n][:1].isupper() or texts[n][:1] in "‘'\""):
            continue
        if n == 1 and len(texts) > 1 and len(first) > 75:
            continue  # a full-width line is running text that wraps, not a heading
        if n == 2 and len(texts[1]) > 60:
            continue
        return n
    return 0


def heading_level(title: str, top_level: set[str]) -> int:
    if PRIORITY.match(title) or title in top_level:
        return 1
    if SECTION_NUMBER.match(title):
        return 2
    return 3


# ---------------------------------------------------------------- assembling a document


class TextBuilder:
    """Accumulates cleaned text with blocks and page spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.blocks: list[Block] = []
        self.spans: list[PageSpan] = []

    def add(self, kind, text: str, pages: list[tuple[int, int]], **fields) -> Block:
        """Append a block; `pages` lists (offset in `text`, page) where each page starts."""
        if self.parts:
            self.parts.append("\n\n")
            self.length += 2
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        for i, (offset, page) in enumerate(pages):
            end = pages[i + 1][0] if i + 1 < len(pages) else len(text)
            if end > offset:
                self.spans.append(PageSpan(start + offset, start + end, page))
        block = Block(kind=kind, text=text, char_start=start, char_end=self.length, **fields)
        self.blocks.append(block)
        return block

    @property
    def text(self) -> str:
        return "".join(self.parts)


def clean_block_text(lines: list[Line], known: set[int]) -> tuple[str, list[tuple[int, int]], tuple[int, ...]]:
    """Join a block's lines page by page, strip markers; return text, page starts and footnote refs."""
    text, pages, refs, _anchors = clean_block_text_with_anchors(lines, known)
    return text, pages, refs


ANCHOR = "\ue000"  # stands in for a removed marker while the spaces are normalised (a private-use character)


def clean_block_text_with_anchors(lines: list[Line], known: set[int]) -> tuple[str, list[tuple[int, int]], tuple[int, ...], tuple[tuple[int, int], ...]]:
    """`clean_block_text`, also returning where each footnote's marker stood: (footnote number, offset in the text)
    ("femicide.8 Dat ..." -> (8, the offset right after "femicide.")). A page whose text would come out otherwise with
    the markers' places kept gives no anchors (its refs stay)."""
    pieces: list[tuple[int, list[str]]] = []
    for line in lines:
        if pieces and pieces[-1][0] == line.page:
            pieces[-1][1].append(line.text)
        else:
            pieces.append((line.page, [line.text]))
    text, pages, refs, anchors = "", [], [], []
    for page, page_lines in pieces:
        joined = join_lines(page_lines)
        chunk, found = strip_markers(joined, known)
        chunk = normalise_spaces(chunk)
        local = anchor_offsets(joined, known, chunk)
        refs.extend(found)
        if text and not text.endswith("-"):
            text += " "
        pages.append((len(text), page))
        anchors.extend((n, len(text) + at) for n, at in local)
        text += chunk
    return text, pages, tuple(refs), tuple(anchors)


def anchor_offsets(joined: str, known: set[int], expected: str) -> list[tuple[int, int]]:
    """(footnote number, offset in `expected`) of each marker `strip_markers` removes from `joined`: the markers are
    replaced by ANCHOR, the spaces normalised, and the anchors' places read off; [] when that text is not `expected`."""
    if ANCHOR in joined:
        return []
    marked, groups = replace_markers(joined, known, ANCHOR)
    marked = normalise_spaces(marked)
    if marked.replace(ANCHOR, "") != expected:
        return []
    # (each anchor before this one is one character the cleaned text does not have)
    return [(n, m.start() - k) for k, (m, group) in enumerate(zip(re.finditer(ANCHOR, marked), groups)) for n in group]


def load_document(info: DocumentInfo, raw: str, top_level_headings=()) -> Document:
    pages = split_pages(raw)
    body: list[Line] = []
    raw_notes: list[RawFootnote] = []
    for page in pages:
        lines, notes = split_footnotes(page, len(raw_notes) + 1)
        while lines and not lines[-1].strip():
            lines.pop()  # the gap above the footnotes is not a paragraph break
        raw_notes.extend(notes)
        body.extend(Line(t, page.number) for t in lines)
    note_pages = {n.number: n.page for n in raw_notes}

    def known_near(page: int) -> set[int]:
        return {num for num, p in note_pages.items() if abs(p - page) <= 1}

    builder = TextBuilder()
    questions: list[QAPair] = []
    if info.layout == "kamervragen":
        questions = build_qa_blocks(builder, body, known_near)
    else:
        build_nota_blocks(builder, body, known_near, set(top_level_headings))

    return finish_document(info, builder, raw_notes, len(pages), questions)


def finish_document(info: DocumentInfo, builder: TextBuilder, notes, page_count: int, questions: list[QAPair]) -> Document:
    """Append the footnotes (anything with `number`, `lines`, `page`) as blocks and assemble the checked Document.
    Shared by the text loader and the PDF loader (corpus/pdf.py)."""
    footnotes = []
    for note in notes:
        text = join_lines(note.lines)
        block = builder.add("footnote", text, [(0, note.page)], footnote_number=note.number, section=("Voetnoten",))
        footnotes.append(Footnote(note.number, text, note.page, block.char_start, block.char_end))
    doc = Document(
        info=info,
        text=builder.text,
        blocks=builder.blocks,
        page_spans=sorted(builder.spans, key=lambda s: s.start),
        page_count=page_count,
        footnotes=footnotes,
        questions=questions,
    )
    check_document(doc)
    return doc


def build_nota_blocks(builder: TextBuilder, body: list[Line], known_near, top_level: set[str]) -> None:
    path: list[tuple[int, str]] = []  # (level, title)
    raw_blocks = group_blocks(body)
    for i, raw in enumerate(raw_blocks):
        n = heading_prefix(raw) if i + 1 < len(raw_blocks) else 0  # the last block is the signature
        if n:
            title, pages, _ = clean_block_text(raw.lines[:n], set())
            level = heading_level(title, top_level)
            path = [(lv, t) for lv, t in path if lv < level] + [(level, title)]
            builder.add("heading", title, pages, section=tuple(t for _, t in path))
            raw = RawBlock(raw.lines[n:])
            if not raw.lines:
                continue
        text, pages, refs, anchors = clean_block_text_with_anchors(raw.lines, known_near(raw.lines[0].page))
        builder.add("paragraph", text, pages, section=tuple(t for _, t in path), footnote_refs=refs, footnote_anchors=anchors)


def split_qa(body: list[Line]) -> tuple[list[Line], list[tuple[int, list[Line], list[Line]]]]:
    """Split the answers document into its introduction and (number, question lines, answer lines)."""
    intro: list[Line] = []
    pairs: list[tuple[int, list[Line], list[Line]]] = []
    state = "intro"
    for i, line in enumerate(body):
        m = QUESTION_LINE.match(line.text)
        if m and int(m.group(1)) == len(pairs) + 1:
            pairs.append((len(pairs) + 1, [], []))
            state = "question"
        if state == "intro":
            intro.append(line)
        elif state == "question":
            pairs[-1][1].append(line)
            nxt = body[i + 1] if i + 1 < len(body) else None
            if line.text.rstrip().endswith("?") and (nxt is None or not nxt.text.strip() or nxt.page != line.page):
                state = "answer"
        else:
            pairs[-1][2].append(line)
    return intro, pairs


def build_qa_blocks(builder: TextBuilder, body: list[Line], known_near) -> list[QAPair]:
    intro, pairs = split_qa(body)
    for raw in group_blocks(intro):
        text, pages, refs, anchors = clean_block_text_with_anchors(raw.lines, known_near(raw.lines[0].page))
        builder.add("paragraph", text, pages, section=("Aanbiedingsbrief",), footnote_refs=refs, footnote_anchors=anchors)
    out: list[QAPair] = []
    for number, q_lines, a_lines in pairs:
        section = (f"Vraag {number}",)
        q_text, q_pages, _ = clean_block_text([ln for ln in q_lines if ln.text.strip()], known_near(q_lines[0].page))
        q_text = QUESTION_LINE.sub(r"\2", q_text, count=1)
        q_block = builder.add("question", q_text, shift_pages(q_pages, len(str(number)) + 2), section=section, question_number=number)
        answers, last_page = [], max(p for _, p in q_pages)
        for raw in group_blocks(a_lines):
            text, pages, refs, anchors = clean_block_text_with_anchors(raw.lines, known_near(raw.lines[0].page))
            answers.append(builder.add("answer", text, pages, section=section, question_number=number, footnote_refs=refs,
                                       footnote_anchors=anchors))
            last_page = max(last_page, *(p for _, p in pages))
        out.append(QAPair(number, q_block.text, "\n\n".join(a.text for a in answers), q_pages[0][1], last_page))
    return out


def shift_pages(pages: list[tuple[int, int]], by: int) -> list[tuple[int, int]]:
    return [(max(0, off - by) if i else 0, p) for i, (off, p) in enumerate(pages)]


# ---------------------------------------------------------------- invariants


def check_document(doc: Document) -> None:
    info = doc.info
    if info.expected_pages is not None and doc.page_count != info.expected_pages:
        raise CorpusError(f"{info.doc_id}: found {doc.page_count} pages, manifest expects {info.expected_pages}")
    if info.expected_questions is not None and len(doc.questions) != info.expected_questions:
        raise CorpusError(f"{info.doc_id}: found {len(doc.questions)} questions, manifest expects {info.expected_questions}")
    for b in doc.blocks:
        if doc.text[b.char_start : b.char_end] != b.text:
            raise CorpusError(f"{info.doc_id}: block offsets drifted at {b.char_start}")
