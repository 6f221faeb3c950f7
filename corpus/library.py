"""Adding and removing documents in a corpus directory, in two steps: plan, then commit.

A `CorpusChange` is planned without touching the corpus: the new `manifest.json` (as
bytes) and the file to add or remove. `stage` lays the changed corpus out in a temporary
directory (the new manifest, and symlinks to the documents) so an index can be built from
it; only when that index is built does `commit` change the real corpus:

1. the new PDF is copied to `documents/.<name>.tmp-*`, fsynced and renamed into place
   (a file that no manifest lists yet is harmless);
2. the new `manifest.json` is written to a temporary file, fsynced, and renamed over the
   old one with `os.replace` (atomic: a reader sees the old or the new manifest).

`commit` returns an undo (the old manifest back, the added file gone) for a failure after
it; a removed document's file is deleted by `finish`, after the new index is published.

Refused input raises `DocumentRefused` (a `ValueError`; its `reason` says which kind), a
document whose content is already in the corpus raises `AlreadyPresent`. Both messages
are Dutch + English, like `corpus.pdf.PdfError`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from corpus.loader import CorpusError, read_manifest
from corpus.records import DocumentInfo

MAX_DOC_ID = 80


class DocumentRefused(ValueError):
    """The document cannot be added (or removed); `reason`: too_large, invalid_pdf, conflict, unknown, last."""

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason


class AlreadyPresent(Exception):
    """The same content (SHA-256) is already in the corpus: nothing to do."""

    def __init__(self, doc_id: str, message: str):
        super().__init__(message)
        self.doc_id = doc_id


@dataclass
class CorpusChange:
    corpus_dir: Path
    doc_id: str
    manifest_bytes: bytes  # the new manifest.json
    old_manifest_bytes: bytes
    add: tuple[str, Path] | None = None  # (file name in documents/, where its bytes are now)
    remove: str | None = None  # file name in documents/ to delete after the index is published
    entry: dict = field(default_factory=dict)  # the manifest entry added or removed
    meta: dict = field(default_factory=dict)  # what read_pdf_metadata found (pages, questions, ...)


# ---------------------------------------------------------------- helpers


def slugify(text: str, limit: int = MAX_DOC_ID) -> str:
    """`Kamerstukken II 2024/25, 36 800-VIII` -> `kamerstukken-ii-2024-25-36-800-viii` (ASCII, lower case)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-")


def file_sha256(path: Path) -> str:
    from corpus.parsed import file_digest

    return file_digest(path)


def _manifest(corpus_dir: Path) -> tuple[dict, bytes]:
    read_manifest(corpus_dir)  # the same checks as the loader (valid JSON, complete entries)
    raw = (Path(corpus_dir) / "manifest.json").read_bytes()
    return json.loads(raw), raw


def _dump(data: dict) -> bytes:
    return json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8")


def entry_digest(corpus_dir: Path, entry: dict) -> str | None:
    if entry.get("sha256"):
        return entry["sha256"]
    path = Path(corpus_dir) / "documents" / entry["file"]
    return file_sha256(path) if path.is_file() else None


def check_size(path: Path, max_bytes: int) -> int:
    size = Path(path).stat().st_size
    if size > max_bytes:
        raise DocumentRefused(
            f"bestand te groot / file too large: {Path(path).name} is {size / 1e6:.1f} MB, "
            f"de grens is / the limit is {max_bytes / 1e6:.1f} MB",
            "too_large",
        )
    return size


# ---------------------------------------------------------------- planning


def plan_add(
    corpus_dir: Path,
    path: Path,
    *,
    title: str | None = None,
    doc_type: str | None = None,
    date: str | None = None,
    reference: str | None = None,
    doc_id: str | None = None,
    description: str | None = None,
    source_name: str | None = None,
    max_bytes: int = 50 * 1024 * 1024,
    cache_dir: Path | None = None,
) -> CorpusChange:
    """Check the PDF, read its metadata (flags win over page 1) and plan the new manifest; nothing is written
    to the corpus. The parsed document goes into the parse cache under `cache_dir` (corpus.parsed), so the
    index build and the server that loads the new index do not parse the PDF again."""
    from corpus import parsed
    from corpus.pdf import PdfError, load_pdf_with_metadata

    corpus_dir, path = Path(corpus_dir), Path(path)
    source_name = source_name or path.name
    check_size(path, max_bytes)  # before anything parses it
    data, old_bytes = _manifest(corpus_dir)
    digest = file_sha256(path)
    for entry in data["documents"]:
        if entry_digest(corpus_dir, entry) == digest:
            raise AlreadyPresent(
                entry["doc_id"],
                f"dit document staat al in het corpus als {entry['doc_id']!r}; er is niets veranderd / "
                f"this document is already in the corpus as {entry['doc_id']!r} (same SHA-256); nothing changed",
            )
    probe = DocumentInfo(doc_id="new", title="", type="", date="", reference="", file=path.name, layout="pdf")
    try:
        doc, meta = load_pdf_with_metadata(probe, path)
    except (PdfError, CorpusError) as exc:
        raise DocumentRefused(str(exc).replace(path.name, source_name), "invalid_pdf") from exc
    if not any(b.text.strip() for b in doc.blocks):
        raise DocumentRefused(f"geen doorzoekbare tekst gevonden / no searchable text found in {source_name}", "invalid_pdf")
    if cache_dir is not None:
        parsed.store(cache_dir, digest, doc)
    title = (title or meta.get("title") or Path(source_name).stem).strip()
    reference = (reference if reference is not None else meta.get("reference") or "").strip()
    doc_type = (doc_type or meta.get("type") or "kamerstuk").strip()
    date = (date if date is not None else meta.get("date") or "").strip()
    doc_id = slugify(doc_id or reference or title) or slugify(Path(source_name).stem)
    if not doc_id:
        raise DocumentRefused("geen bruikbare titel of referentie voor een doc_id / no usable title or reference for a doc_id; "
                              "give --title or --reference", "invalid_pdf")
    existing = {e["doc_id"] for e in data["documents"]}
    name = f"{doc_id}.pdf"
    if doc_id in existing or (corpus_dir / "documents" / name).exists():
        raise DocumentRefused(
            f"doc_id {doc_id!r} bestaat al met andere inhoud / already exists with other content; "
            f"remove it first (rag remove {doc_id}) or give another --reference, --title or --doc-id",
            "conflict",
        )
    entry = {
        "doc_id": doc_id,
        "file": name,
        "source_file": source_name,
        "title": title,
        "short_title": title,
        "type": doc_type,
        "date": date,
        "reference": reference,
        "description": description or "",
        "layout": "pdf",
        "sha256": digest,
        "pages": meta.get("pages"),
        "added_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    new = {**data, "documents": data["documents"] + [entry]}
    return CorpusChange(corpus_dir, doc_id, _dump(new), old_bytes, add=(name, path), entry=entry, meta=meta)


def plan_remove(corpus_dir: Path, doc_id: str) -> CorpusChange:
    corpus_dir = Path(corpus_dir)
    data, old_bytes = _manifest(corpus_dir)
    entries = data["documents"]
    entry = next((e for e in entries if e["doc_id"] == doc_id), None)
    if entry is None:
        known = ", ".join(e["doc_id"] for e in entries)
        raise DocumentRefused(f"onbekend document / unknown document {doc_id[:100]!r}; known: {known}", "unknown")
    if len(entries) == 1:
        raise DocumentRefused(f"{doc_id!r} is het laatste document / is the last document; an empty corpus cannot be indexed", "last")
    new = {**data, "documents": [e for e in entries if e["doc_id"] != doc_id]}
    return CorpusChange(corpus_dir, doc_id, _dump(new), old_bytes, remove=entry["file"], entry=entry)


# ---------------------------------------------------------------- staging and committing


def stage(change: CorpusChange) -> Path:
    """A temporary corpus directory with the new manifest and symlinks to the documents (the caller deletes it)."""
    staging = Path(tempfile.mkdtemp(prefix="rag-corpus-"))
    try:
        (staging / "documents").mkdir()
        (staging / "manifest.json").write_bytes(change.manifest_bytes)
        for entry in json.loads(change.manifest_bytes)["documents"]:
            name = entry["file"]
            if change.add and name == change.add[0]:
                src = Path(change.add[1]).resolve()
            else:
                src = (change.corpus_dir / "documents" / name).resolve()
            if not src.is_file():
                raise CorpusError(f"document {entry['doc_id']!r}: file {src} is missing")
            (staging / "documents" / name).symlink_to(src)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_atomic(target: Path, data: bytes | None = None, source: Path | None = None) -> None:
    tmp = target.parent / f".{target.name}.tmp-{uuid.uuid4().hex[:8]}"
    try:
        if source is not None:
            shutil.copyfile(source, tmp)
        else:
            tmp.write_bytes(data)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)


def commit(change: CorpusChange) -> Callable[[], None]:
    """Put the new file in place, then swap the manifest; returns an undo for a failure right after."""
    manifest = change.corpus_dir / "manifest.json"
    if manifest.read_bytes() != change.old_manifest_bytes:
        raise CorpusError("the corpus manifest changed while the document was being processed; try again")
    added: Path | None = None
    if change.add:
        added = change.corpus_dir / "documents" / change.add[0]
        _write_atomic(added, source=change.add[1])
    try:
        _write_atomic(manifest, data=change.manifest_bytes)
    except BaseException:
        if added is not None:
            added.unlink(missing_ok=True)
        raise

    def undo() -> None:
        _write_atomic(manifest, data=change.old_manifest_bytes)
        if added is not None:
            added.unlink(missing_ok=True)

    return undo


def finish(change: CorpusChange) -> None:
    """After the new index is published: delete a removed document's file."""
    if change.remove:
        (change.corpus_dir / "documents" / change.remove).unlink(missing_ok=True)
