"""Structure-aware chunking: `Document` -> `Passage[]`.

A passage never crosses a section, question or footnote boundary. Consecutive
paragraphs of one section are packed up to `chunk_size` characters; a paragraph
longer than that is split on sentence boundaries by langchain's
RecursiveCharacterTextSplitter. Every passage is an exact slice of the cleaned
document text (`text == doc.text[char_start:char_end]`), so citations can point
into the source viewer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from corpus.records import Block, Document, Passage, passage_id

# Sentence ends first, then clause boundaries, then words: never mid-word.
if TYPE_CHECKING:
    from langchain_text_splitters import RecursiveCharacterTextSplitter

SEPARATORS = ["\n\n", r"(?<=[.!?])\s+(?=[A-Z0-9‘'\"(À-Ý])", r"(?<=;)\s+", r"(?<=,)\s+", r"\s+"]


@dataclass(frozen=True)
class ChunkConfig:
    chunk_size: int = 550
    chunk_overlap: int = 150

    def __post_init__(self) -> None:
        if self.chunk_size < 100:
            raise ValueError(f"chunk_size must be at least 100 characters, got {self.chunk_size}")
        if not 0 <= self.chunk_overlap < self.chunk_size // 2:
            raise ValueError(
                f"chunk_overlap must be between 0 and half of chunk_size ({self.chunk_size // 2}), got {self.chunk_overlap}"
            )


def make_splitter(cfg: ChunkConfig) -> RecursiveCharacterTextSplitter:
    from langchain_text_splitters import RecursiveCharacterTextSplitter  # ~0.25 s of imports: only when chunking

    return RecursiveCharacterTextSplitter(
        chunk_size=cfg.chunk_size,
        chunk_overlap=cfg.chunk_overlap,
        separators=SEPARATORS,
        is_separator_regex=True,
        keep_separator="end",
        add_start_index=True,
        strip_whitespace=True,
    )


def chunk_document(doc: Document, cfg: ChunkConfig = ChunkConfig()) -> list[Passage]:
    splitter = make_splitter(cfg)
    passages: list[Passage] = []
    for group in group_blocks(doc, cfg.chunk_size):
        passages.extend(passages_for_group(doc, group, splitter, cfg))
    passages.extend(footnote_passages(doc))
    return passages


def chunk_corpus(docs: list[Document], cfg: ChunkConfig = ChunkConfig()) -> list[Passage]:
    passages = [p for doc in docs for p in chunk_document(doc, cfg)]
    ids = [p.passage_id for p in passages]
    if len(set(ids)) != len(ids):
        # identical text in one document: keep the first, the id is the same either way
        seen: set[str] = set()
        passages = [p for p in passages if not (p.passage_id in seen or seen.add(p.passage_id))]
    return passages


def group_blocks(doc: Document, chunk_size: int) -> list[list[Block]]:
    """Runs of consecutive paragraph/answer blocks of one section, packed up to chunk_size."""
    groups: list[list[Block]] = []
    for block in doc.blocks:
        if block.kind not in ("paragraph", "answer"):
            groups.append([])  # headings, questions and footnotes close the current run
            continue
        current = groups[-1] if groups else None
        if (
            current
            and current[-1].section == block.section
            and current[-1].question_number == block.question_number
            and block.char_end - current[0].char_start <= chunk_size
        ):
            current.append(block)
        else:
            groups.append([block])
    return [g for g in groups if g]


def passages_for_group(doc: Document, group: list[Block], splitter, cfg: ChunkConfig) -> list[Passage]:
    start, end = group[0].char_start, group[-1].char_end
    first = group[0]
    if end - start <= cfg.chunk_size:
        spans = [(start, end)]
    else:  # a single long paragraph
        text = doc.text[start:end]
        spans = [
            (start + d.metadata["start_index"], start + d.metadata["start_index"] + len(d.page_content))
            for d in splitter.create_documents([text])
        ]
    context = ""
    if first.question_number is not None:
        qa = next(q for q in doc.questions if q.number == first.question_number)
        context = f"Vraag {qa.number}: {qa.question}"
    return [make_passage(doc, s, e, first, kind="answer" if first.kind == "answer" else "paragraph", context=context) for s, e in spans]


def footnote_passages(doc: Document) -> list[Passage]:
    """Each footnote is a passage; its section is that of the paragraph that refers to it."""
    referrer: dict[int, Block] = {}
    for block in doc.blocks:
        for n in block.footnote_refs:
            referrer.setdefault(n, block)
    out = []
    for fn_block in (b for b in doc.blocks if b.kind == "footnote"):
        ref = referrer.get(fn_block.footnote_number)
        section = ref.section if ref else ()
        out.append(
            make_passage(
                doc,
                fn_block.char_start,
                fn_block.char_end,
                fn_block,
                kind="footnote",
                section=section,
                question_number=ref.question_number if ref else None,
            )
        )
    return out


def make_passage(doc: Document, start: int, end: int, block: Block, kind, context: str = "", section=None, question_number=-1) -> Passage:
    text = doc.text[start:end]
    page_start, page_end = doc.pages_of(start, end)
    # Two footnotes can have the same text (the same source cited twice); their number keeps them apart.
    key = text if kind != "footnote" else f"voetnoot {block.footnote_number}: {text}"
    return Passage(
        passage_id=passage_id(doc.doc_id, key),
        doc_id=doc.doc_id,
        doc_title=doc.info.title,
        kind=kind,
        section=" > ".join(block.section if section is None else section),
        question_number=block.question_number if question_number == -1 else question_number,
        page_start=page_start,
        page_end=page_end,
        char_start=start,
        char_end=end,
        text=text,
        footnote_number=block.footnote_number,
        context=context,
    )
