"""Add a PDF to the corpus, or remove a document, and publish the new index: all or nothing.

    plan (corpus.library: checks, metadata, new manifest; nothing written)
      -> stage the changed corpus in a temporary directory (new manifest + symlinks)
      -> build the index from it into a sealed staging build (index.store.stage_index; the
         embedding cache means only the new document's text is embedded; for an add, only its
         passages: the sentence vectors of the answers follow in a second build)
      -> commit the corpus (file in place, manifest.json swapped with os.replace)
      -> publish the index (the `index/store` symlink swapped with os.replace)
      -> delete a removed document's file
      -> (add) embed the new sentences and publish a second build with them: the document is
         searchable after the first publish, and answers quote it by meaning after the second

Any failure before the commit leaves corpus/ and the published index exactly as they were;
a failure between the commit and the publish puts the old manifest back. One change runs at
a time (an flock on `<index>.d/.lock`), whichever process starts it: `rag add`, the API or
the UI; `rag index` and the admin reindex take the same lock. A running server follows the published index by itself (rag.api.reload).
"""

from __future__ import annotations

import fcntl
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from corpus.library import AlreadyPresent, CorpusChange, DocumentRefused, commit, finish, plan_add, plan_remove, stage
from index.store import BuildConfig, StagedBuild, _builds_dir, build_and_publish, publish_build, stage_index
from rag.settings import Settings

__all__ = ["AlreadyPresent", "Busy", "ChangeResult", "DocumentRefused", "add_document", "remove_document"]

Log = Callable[[str], None]


class Busy(RuntimeError):
    """Another add or remove is running on this index."""


@dataclass
class ChangeResult:
    status: str  # "added", "removed" or "unchanged"
    doc_id: str
    title: str
    message: str
    passages: int = 0  # passages of this document in the new index
    pages: int | None = None
    questions: int = 0
    embedded: int = 0  # texts the model embedded for this change (the rest came from the cache)
    texts: int = 0  # passages + sentences of the whole new index
    total_passages: int = 0
    build_id: str = ""
    seconds: float = 0.0
    searchable_seconds: float = 0.0  # from the start to the publish of the first build (the document can be found)


@contextmanager
def change_lock(index_dir: Path, wait_s: float) -> Iterator[None]:
    builds = _builds_dir(Path(index_dir))
    builds.mkdir(parents=True, exist_ok=True)
    with open(builds / ".lock", "w") as fh:
        deadline = time.monotonic() + wait_s
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise Busy("er loopt al een wijziging van het corpus / another document change is running; try again shortly") from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _apply(settings: Settings, change: CorpusChange, *, embedder, log: Log, defer_sentences: bool = False) -> tuple[StagedBuild, Path]:
    """Build from the staged corpus, then commit the corpus and publish the index (undoing the commit on failure).
    `defer_sentences`: sentence vectors not in the embedding cache stay zero in this build (a second build embeds them)."""
    staging = stage(change)
    staged: StagedBuild | None = None
    try:
        cfg = replace(BuildConfig.from_settings(settings), corpus_dir=staging)
        staged = stage_index(cfg, settings.index_dir, embedder=embedder, log=log, sentences="cached" if defer_sentences else "embed")
        if change.add and not staged.manifest.documents.get(change.doc_id):
            raise DocumentRefused(
                f"geen doorzoekbare tekst gevonden / no searchable text found in {change.entry.get('source_file')}", "invalid_pdf"
            )
        undo = commit(change)
        try:
            final = publish_build(staged.path, staged.manifest, settings.index_dir, cfg, log=log)  # local or Milvus (RAG_INDEX_BACKEND)
        except BaseException:
            undo()
            raise
        staged.path = final
    except BaseException:
        if staged is not None and staged.path.name.startswith(".tmp-"):
            staged.discard()
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    finish(change)
    return staged, final


def add_document(
    settings: Settings,
    path: Path,
    *,
    title: str | None = None,
    doc_type: str | None = None,
    date: str | None = None,
    reference: str | None = None,
    doc_id: str | None = None,
    source_name: str | None = None,
    embedder=None,
    log: Log = lambda _m: None,
    wait_s: float = 600.0,
) -> ChangeResult:
    """Add the PDF at `path`; raises DocumentRefused (bad input), Busy, or a build error (nothing changed)."""
    started = time.perf_counter()
    with change_lock(settings.index_dir, wait_s):
        try:
            change = plan_add(
                settings.corpus_dir, Path(path), title=title, doc_type=doc_type, date=date, reference=reference,
                doc_id=doc_id, source_name=source_name, max_bytes=settings.max_upload_bytes,
                cache_dir=settings.embedding_cache_dir,
            )
        except AlreadyPresent as exc:
            return ChangeResult("unchanged", exc.doc_id, "", str(exc), seconds=round(time.perf_counter() - started, 2))
        log(f"adding {change.doc_id!r} ({change.entry['title']}); building the new index")
        defer = settings.embedding_cache_dir is not None  # the deferred sentences are found again through the cache
        if defer and embedder is None:
            embedder = BuildConfig.from_settings(settings).make_embedder()  # loaded once for both builds
        staged, final = _apply(settings, change, embedder=embedder, log=log, defer_sentences=defer)
        searchable = time.perf_counter() - started
        embedded = staged.embedded
        if staged.manifest.sentences_pending:
            log(f"searchable in index {final.name} after {searchable:.1f} s; embedding {staged.manifest.sentences_pending} sentences for the answers")
            try:
                # the second build: the same corpus with every sentence embedded (passages come from the cache)
                complete = build_and_publish(BuildConfig.from_settings(settings), settings.index_dir, embedder=embedder, log=log)
            except Exception as exc:  # noqa: BLE001 - the first build is published and consistent; say what is missing
                log(f"warning: the sentences were not embedded ({exc}); answers quote {change.doc_id!r} by its words only until `rag index`")
            else:
                staged, final, embedded = complete, complete.path, embedded + complete.embedded
    m = staged.manifest
    passages = m.documents.get(change.doc_id, 0)
    return ChangeResult(
        "added", change.doc_id, change.entry["title"],
        f"toegevoegd / added {change.doc_id!r}: {passages} passages; {embedded} new texts embedded "
        f"(of {staged.texts}, the rest from the cache); searchable after {searchable:.1f} s; index {final.name}",
        passages=passages, pages=change.meta.get("pages"), questions=change.meta.get("questions", 0), embedded=embedded, texts=staged.texts,
        total_passages=m.passage_count, build_id=final.name, seconds=round(time.perf_counter() - started, 2),
        searchable_seconds=round(searchable, 2),
    )


def remove_document(settings: Settings, doc_id: str, *, embedder=None, log: Log = lambda _m: None, wait_s: float = 600.0) -> ChangeResult:
    """Remove a document from the corpus and the index; raises DocumentRefused (unknown or last document) or Busy."""
    started = time.perf_counter()
    with change_lock(settings.index_dir, wait_s):
        change = plan_remove(settings.corpus_dir, doc_id)
        log(f"removing {doc_id!r}; building the new index")
        staged, final = _apply(settings, change, embedder=embedder, log=log)
    m = staged.manifest
    return ChangeResult(
        "removed", doc_id, change.entry.get("title", ""),
        f"verwijderd / removed {doc_id!r}; {m.passage_count} passages left; index {final.name}",
        embedded=staged.embedded, texts=staged.texts, total_passages=m.passage_count, build_id=final.name,
        seconds=round(time.perf_counter() - started, 2),
    )
