"""Parsed PDFs on disk, by content: a PDF is parsed once, not on every index build and server (re)load.

Parsing is the slow part of a PDF (pdfminer, pure Python: about a second a page on this machine),
and `load_corpus` runs for every index build and every `Engine.load`, also when a running server
follows a new index. So the `Document` made from a PDF is kept as JSON under the cache directory
(the embedding cache's, `RAG_EMBEDDING_CACHE_DIR`), named by the SHA-256 of the file, the layout and
a fingerprint of the parser's own source (`corpus/pdf.py`, `corpus/loader.py`): another file, another
layout or a changed parser is a miss. The manifest entry (`DocumentInfo`) is not stored: it comes from
the manifest at load time, and `check_document` runs again on every hit. Writes are atomic
(temporary file + `os.replace`); an unreadable entry is a miss.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path

from corpus.loader import check_document
from corpus.records import Block, Document, DocumentInfo, Footnote, PageSpan, QAPair

SUBDIR = "documents"


@lru_cache(maxsize=1)
def parser_fingerprint() -> str:
    h = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in ("pdf.py", "loader.py", "records.py"):
        h.update((here / name).read_bytes())
    return h.hexdigest()[:12]


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def entry_path(cache_dir: Path, digest: str, layout: str) -> Path:
    return Path(cache_dir) / SUBDIR / f"{digest[:32]}-{layout}-{parser_fingerprint()}.json"


def to_json(doc: Document) -> dict:
    data = asdict(doc)
    data.pop("info")
    return data


def from_json(data: dict, info: DocumentInfo) -> Document:
    blocks = [Block(**{**b, "section": tuple(b["section"]), "footnote_refs": tuple(b["footnote_refs"]),
                       "footnote_anchors": tuple(tuple(a) for a in b.get("footnote_anchors", ()))}) for b in data["blocks"]]
    return Document(
        info=info,
        text=data["text"],
        blocks=blocks,
        page_spans=[PageSpan(**s) for s in data["page_spans"]],
        page_count=data["page_count"],
        footnotes=[Footnote(**f) for f in data["footnotes"]],
        questions=[QAPair(**q) for q in data["questions"]],
    )


def store(cache_dir: Path, digest: str, doc: Document) -> None:
    target = entry_path(cache_dir, digest, doc.info.layout)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}"
    try:
        tmp.write_text(json.dumps(to_json(doc), ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        tmp.unlink(missing_ok=True)  # a cache that cannot be written is only slower


def lookup(cache_dir: Path, digest: str, info: DocumentInfo) -> Document | None:
    path = entry_path(cache_dir, digest, info.layout)
    try:
        doc = from_json(json.loads(path.read_text(encoding="utf-8")), info)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    check_document(doc)
    return doc


def load_pdf_cached(info: DocumentInfo, path: Path, cache_dir: Path | None) -> Document:
    """`corpus.pdf.load_pdf`, through the cache when there is one."""
    from corpus.pdf import load_pdf

    if cache_dir is None:
        return load_pdf(info, path)
    digest = file_digest(path)
    doc = lookup(cache_dir, digest, info)
    if doc is None:
        doc = load_pdf(info, path)
        store(cache_dir, digest, doc)
    return doc
