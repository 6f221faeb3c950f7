"""The passage index in Milvus: Milvus Lite (a `.db` file, in process) or a Milvus server / cluster (a URI).

One collection per build, named by the build id (`rag_passages_<build id>`):

    row          INT64 primary key: the passage's row in the build's passages.jsonl
    passage_id, doc_id, doc_title, kind, section, question_number, page_start, page_end,
    char_start, char_end, text, footnote_number, context      the Passage fields, as scalar fields
    vec          FLOAT_VECTOR: the e5 passage embedding (normalised) and one more component, 1.0; metric IP.
                 A query sends [q, 0] (IP = cosine), or [q, -min cosine] for the weighted fusion (see MilvusPassages)
    lex_words    VARCHAR: the ranking text as index.lexical.tokenize gives it (accent-folded, stopwords
                 out, Snowball `dutch` stems, compounds whole and in parts), joined by spaces
    lex_ngrams   VARCHAR: the character n-grams of the same words (index.lexical.char_ngrams)
    words_bm25, ngrams_bm25   SPARSE_FLOAT_VECTOR: Milvus BM25 functions over lex_words / lex_ngrams

Why the text is stemmed before Milvus sees it: a Milvus server offers a `stemmer` filter with
`language: dutch` (Snowball, via tantivy), but Milvus Lite's analyzer is `\\w+` + lowercase + stop
words and ignores every other filter (measured: `gemeente` did not match `gemeenten`). Feeding both
the same PyStemmer tokens keeps Lite, a server and the local bm25s index on one vocabulary, and the
analyzer is a plain `standard` tokenizer (`-` and `+` inside a token become `_`, `#` of the n-gram
padding too, so no tokenizer splits them).

Publishing: a build is written into its own collection, flushed and loaded, then the alias
`rag_passages` is switched to it (`alter_alias`, atomic for readers), and collections beyond the last
two are dropped. A loaded engine pins the concrete collection of the local build it loaded (named by
the same build id), so a running server never mixes the passage list of one build with the rows of
another; the alias says which build is live for anyone else.

Milvus Lite holds an exclusive lock on its data directory: one process at a time (build with
`rag index`, then serve). A server or cluster has no such limit.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from corpus.records import Passage
from index.backend import SearchRequest, StoreHit
from index.lexical import char_ngrams, tokenize

ALIAS = "rag_passages"
TEXT_MAX = 65535  # VARCHAR max_length (bytes)
BATCH = 500
ANALYZER = {"tokenizer": "standard"}  # the text arrives folded, stopword-free and stemmed (see the module doc)
Log = Callable[[str], None]


class MilvusError(RuntimeError):
    """The Milvus collection for a build is missing, or differs from the local build."""


def is_lite(uri: str) -> bool:
    return not re.match(r"^(https?|tcp|unix|grpc)://", uri)


def collection_for(build_id: str, alias: str = ALIAS) -> str:
    return f"{alias}_" + re.sub(r"[^A-Za-z0-9_]", "_", build_id)


def words_text(text: str, stemmer: str, *, query: bool = False, vocabulary=None) -> str:
    """The stemmed words as Milvus's analyzer should see them ('' when there are none); with the collection's
    `vocabulary`, a query's unknown compound is split as in the local BM25 (`index.lexical.split_compound`)."""
    return " ".join(re.sub(r"[-+]", "_", t) for t in tokenize(text, stemmer, query=query, vocabulary=vocabulary))


def ngrams_text(text: str, n: int, *, query: bool = False) -> str:
    return " ".join(g.replace("#", "_") for g in char_ngrams(text, n, query=query))



def _clip(text: str, limit: int = TEXT_MAX) -> str:
    data = text.encode("utf-8")
    return text if len(data) <= limit else data[:limit].decode("utf-8", errors="ignore")


def passage_rows(passages: list[Passage], vectors: np.ndarray, stemmer: str, ngram_size: int, start: int = 0) -> list[dict]:
    rows = []
    for i, (p, v) in enumerate(zip(passages, vectors)):
        ranking = p.ranking_text()
        rows.append({
            "row": start + i, "passage_id": p.passage_id, "doc_id": p.doc_id, "doc_title": _clip(p.doc_title, 1024),
            "kind": p.kind, "section": _clip(p.section, 4096), "question_number": p.question_number,
            "page_start": p.page_start, "page_end": p.page_end, "char_start": p.char_start, "char_end": p.char_end,
            "text": _clip(p.text), "footnote_number": p.footnote_number, "context": _clip(p.context),
            "vec": np.asarray(v, dtype=np.float32).tolist() + [1.0],  # the offset component (module doc)
            "lex_words": _clip(words_text(ranking, stemmer)), "lex_ngrams": _clip(ngrams_text(ranking, ngram_size)),
        })
    return rows


class MilvusIndex:
    """A connection to Milvus (Lite or server) and the collections of the builds under one alias."""

    def __init__(self, uri: str, token: str = "", alias: str = ALIAS):
        from pymilvus import MilvusClient

        self.uri, self.alias = str(uri), alias
        self.owns_lite = False  # this connection started the in-process Milvus Lite server of `uri`
        if is_lite(self.uri):
            from milvus_lite.server_manager import server_manager_instance

            Path(self.uri).parent.mkdir(parents=True, exist_ok=True)
            self.owns_lite = os.path.abspath(self.uri) not in server_manager_instance._servers  # milvus-lite has no public "is it running" query
        self.client = MilvusClient(uri=self.uri, token=token) if token else MilvusClient(uri=self.uri)

    def close(self) -> None:
        """Close the connection; a Milvus Lite server this connection started is stopped too, which frees its data
        directory for another process (one started earlier, e.g. by the engine a server is serving, is left running)."""
        try:
            self.client.close()
        finally:
            if self.owns_lite:
                from milvus_lite.server_manager import server_manager_instance

                server_manager_instance.release_server(self.uri)

    # ------------------------------------------------------------ write

    def _schema(self, dim: int):
        from pymilvus import DataType, Function, FunctionType

        s = self.client.create_schema(auto_id=False, enable_dynamic_field=False)
        s.add_field("row", DataType.INT64, is_primary=True)
        for name, length in (("passage_id", 64), ("doc_id", 256), ("doc_title", 1024), ("kind", 32), ("section", 4096)):
            s.add_field(name, DataType.VARCHAR, max_length=length)
        s.add_field("question_number", DataType.INT64, nullable=True)
        for name in ("page_start", "page_end", "char_start", "char_end"):
            s.add_field(name, DataType.INT64)
        s.add_field("text", DataType.VARCHAR, max_length=TEXT_MAX)
        s.add_field("footnote_number", DataType.INT64, nullable=True)
        s.add_field("context", DataType.VARCHAR, max_length=TEXT_MAX)
        s.add_field("vec", DataType.FLOAT_VECTOR, dim=dim + 1)
        for name in ("lex_words", "lex_ngrams"):
            s.add_field(name, DataType.VARCHAR, max_length=TEXT_MAX, enable_analyzer=True, analyzer_params=ANALYZER)
        s.add_field("words_bm25", DataType.SPARSE_FLOAT_VECTOR)
        s.add_field("ngrams_bm25", DataType.SPARSE_FLOAT_VECTOR)
        s.add_function(Function(name="words_bm25_fn", function_type=FunctionType.BM25, input_field_names=["lex_words"], output_field_names=["words_bm25"]))
        s.add_function(Function(name="ngrams_bm25_fn", function_type=FunctionType.BM25, input_field_names=["lex_ngrams"], output_field_names=["ngrams_bm25"]))
        return s

    def _index_params(self, dense_index: str):
        ip = self.client.prepare_index_params()
        params = {"M": 16, "efConstruction": 200} if dense_index == "HNSW" else {}
        ip.add_index("vec", index_type=dense_index, metric_type="IP", params=params)
        # the BM25 parameters of index.lexical: words k1=1.5, n-grams k1=1.2, b=0.75
        ip.add_index("words_bm25", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25", params={"bm25_k1": 1.5, "bm25_b": 0.75})
        ip.add_index("ngrams_bm25", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25", params={"bm25_k1": 1.2, "bm25_b": 0.75})
        ip.add_index("doc_id", index_type="INVERTED")
        return ip

    def write_collection(
        self,
        name: str,
        batches: Iterable[tuple[list[Passage], np.ndarray]],
        *,
        dim: int,
        stemmer: str,
        ngram_size: int,
        properties: dict[str, str],
        dense_index: str = "FLAT",
        log: Log = lambda _m: None,
    ) -> int:
        """Create `name` and fill it from (passages, vectors) batches; flushed and loaded. Dropped again on failure."""
        if self.client.has_collection(name):
            self.client.drop_collection(name)
        self.client.create_collection(
            name, schema=self._schema(dim), index_params=self._index_params(dense_index),
            properties={**properties, "rag.stemmer": stemmer, "rag.ngram_size": str(ngram_size)},
        )
        count = 0
        try:
            for passages, vectors in batches:
                for i in range(0, len(passages), BATCH):
                    rows = passage_rows(passages[i : i + BATCH], vectors[i : i + BATCH], stemmer, ngram_size, start=count)
                    self.client.insert(name, rows)
                    count += len(rows)
            self.client.flush(name)
            self.client.load_collection(name)
        except BaseException:  # noqa: BLE001 - a half-written collection is dropped, then the error goes on
            try:
                self.client.drop_collection(name)
            finally:
                raise
        log(f"milvus: wrote {count} passages to collection {name}")
        return count

    def write_build(self, build_id: str, build_dir: Path, manifest, *, ngram_size: int, log: Log = lambda _m: None) -> str:
        """Copy a sealed local build (passages.jsonl + dense.faiss) into the build's collection."""
        import faiss

        with open(Path(build_dir) / "passages.jsonl", encoding="utf-8") as fh:
            passages = [Passage.from_dict(json.loads(line)) for line in fh if line.strip()]
        dense = faiss.read_index(str(Path(build_dir) / "dense.faiss"))
        vectors = dense.reconstruct_n(0, dense.ntotal)
        name = collection_for(build_id, self.alias)
        props = {"rag.build_id": build_id, "rag.corpus_hash": manifest.corpus_hash, "rag.embedding_model": manifest.embedding_model,
                 "rag.passage_count": str(len(passages))}
        self.write_collection(name, [(passages, vectors)], dim=int(dense.d), stemmer=manifest.stemmer, ngram_size=ngram_size,
                              properties=props, log=log)
        return name

    # ------------------------------------------------------------ publish

    def live_collection(self) -> str | None:
        if self.alias not in self.client.list_aliases().get("aliases", []):
            return None
        return self.client.describe_alias(self.alias)["collection_name"]

    def activate(self, name: str) -> None:
        """Point the alias at `name` (create it the first time); atomic for readers of the alias."""
        if self.live_collection() is None:
            self.client.create_alias(name, self.alias)
        else:
            self.client.alter_alias(name, self.alias)

    def prune(self, keep: int = 2, log: Log = lambda _m: None) -> list[str]:
        """Drop the builds' collections beyond the newest `keep` (never the live one)."""
        live = self.live_collection()
        mine = sorted(n for n in self.client.list_collections() if n.startswith(self.alias + "_"))
        dropped = []
        for name in mine[:-keep] if keep else mine:
            if name != live:
                self.client.drop_collection(name)
                dropped.append(name)
        if dropped:
            log(f"milvus: dropped {len(dropped)} old collection(s)")
        return dropped

    def publish_build(self, build_id: str, build_dir: Path, manifest, *, ngram_size: int, log: Log = lambda _m: None) -> str:
        name = self.write_build(build_id, build_dir, manifest, ngram_size=ngram_size, log=log)
        self.activate(name)
        self.prune(log=log)
        return name

    # ------------------------------------------------------------ read

    def open(self, build_id: str, manifest, *, candidates: int = 500) -> MilvusPassages:
        """The search side of the build's collection, checked against the local build's manifest."""
        name = collection_for(build_id, self.alias)
        if not self.client.has_collection(name):
            live = self.live_collection()
            raise MilvusError(
                f"Milvus at {self.uri} has no collection {name} for the local index build {build_id} "
                f"(alias {self.alias} -> {live}); run `rag index` with RAG_INDEX_BACKEND=milvus"
            )
        props = self.client.describe_collection(name).get("properties", {})
        expected = {"rag.build_id": build_id, "rag.corpus_hash": manifest.corpus_hash, "rag.embedding_model": manifest.embedding_model,
                    "rag.passage_count": str(manifest.passage_count), "rag.stemmer": manifest.stemmer}
        for key, want in expected.items():
            if str(props.get(key)) != want:
                raise MilvusError(f"Milvus collection {name} has {key}={props.get(key)!r}, the local build says {want!r}; run `rag index`")
        self.client.load_collection(name)
        return MilvusPassages(self, name, manifest.stemmer, int(props.get("rag.ngram_size", 3)), candidates)


class MilvusPassages:
    """`index.backend.Store` over one build's collection: the hybrid query is Milvus's `hybrid_search`.

    Routes: dense (IP on the e5 vector), BM25 on the stemmed words, BM25 on the character n-grams;
    each returns its top `candidates` (at least k) to the ranker, with the document filter as a
    filter expression on every route.

    Weighted fusion. Locally every score vector is min-max normalised over all passages, then
    `alpha * dense + (1 - alpha) * ((1 - w) * words + w * ngrams)`. Milvus's WeightedRanker normalises
    differently (norm_score=True: arctan, `0.5 + atan(ip)/pi` and `2 atan(bm25)/pi`, in Milvus Lite as
    on a server): e5 cosines (0.70-0.87) land within 0.03 of each other while BM25 fills 0-1, so the
    dense side stops counting (measured: English hit@1 0.79 -> 0.38). So the ranker gets raw scores
    (norm_score=False) and the min-max arithmetic goes into the weights, per query:
    `alpha / (max_ip - min_ip)`, `(1 - alpha)(1 - w) / max_words`, `(1 - alpha) w / max_ngrams`. A
    BM25 minimum is 0 (some passage lacks every query word) and the dense minimum only shifts every
    fused score by one constant, so the ranking equals the local one. The blended lexical score is
    min-max normalised once more locally: its maximum comes from a top-1 `hybrid_search` over the two
    BM25 routes. The maxima cost three top-1 searches (dense for q and -q in one call:
    max(-ip) = -min(ip)) and that top-1 hybrid search; the fusion itself is Milvus's.
    With more passages than `candidates`, a passage outside the dense top-`candidates` gets 0 from the
    dense route, i.e. the minimum: the stored vectors carry a last component 1.0 and the weighted query
    sends [q, -min cosine], so the route's score is `cosine - min` (0 for the farthest passage) and an
    unreturned passage is under-counted by at most the last candidate's `cosine - min`.

    RRF: `RRFRanker(k)` over the three routes (locally RRF runs over two lists, dense and the blended
    lexical score), so rrf rankings differ from the local ones.
    """

    kind = "milvus"

    def __init__(self, index: MilvusIndex, collection: str, stemmer: str, ngram_size: int, candidates: int = 500):
        self.index, self.collection, self.stemmer, self.ngram_size, self.candidates = index, collection, stemmer, ngram_size, candidates
        self.vocabulary: frozenset[str] | None = None  # the words route's terms (set by rag.engine.open_store)

    def _search(self, field: str, data: list, metric: str, limit: int, expr: str = "") -> list[list[tuple[int, float]]]:
        res = self.index.client.search(self.collection, data=data, anns_field=field, limit=limit, filter=expr,
                                       output_fields=["row"], search_params={"metric_type": metric})
        # Milvus Lite reports BM25 as a negative distance, a server as a positive score: BM25 is never negative
        return [[(int(h["row"]), abs(float(h["distance"])) if metric == "BM25" else float(h["distance"])) for h in hits] for hits in res]

    def _scale(self, field: str, data, metric: str) -> tuple[float, float]:
        """(1 / the score range of a route over all passages (0 when it scores nothing), the route's minimum)."""
        if metric == "IP":
            top, bottom = self._search(field, [data, [-x for x in data]], metric, 1)  # data ends in 0: plain cosine
            if not (top and bottom):
                return 0.0, 0.0
            high, low = top[0][1], -bottom[0][1]
        else:
            top = self._search(field, [data], metric, 1)[0]
            high, low = (top[0][1] if top else 0.0), 0.0  # the BM25 minimum over all passages is 0
        return (1.0 / (high - low) if high - low > 1e-9 else 0.0), low

    def search(self, req: SearchRequest) -> list[StoreHit]:
        from pymilvus import AnnSearchRequest, RRFRanker, WeightedRanker

        expr = f"doc_id == {json.dumps(req.doc_id)}" if req.doc_id is not None else ""
        w, a = req.ngram_weight, req.dense_weight
        routes: list[tuple[str, object, str, float]] = []  # (field, data, metric, weight before scaling)
        if req.mode != "bm25" and req.vector is not None:
            vector = np.asarray(req.vector, dtype=np.float32).tolist() + [0.0]
            routes.append(("vec", vector, "IP", a if req.mode == "hybrid" else 1.0))
        if req.mode != "dense":
            lexical = (1.0 - a) if req.mode == "hybrid" else 1.0
            words = words_text(req.text, self.stemmer, query=True, vocabulary=self.vocabulary)
            if words:
                routes.append(("words_bm25", words, "BM25", lexical * (1.0 - w)))
            if w > 0:
                if req.ngram_size != self.ngram_size:
                    raise MilvusError(f"collection {self.collection} holds {self.ngram_size}-grams, the query asks for {req.ngram_size}-grams; run `rag index`")
                grams = ngrams_text(req.text, self.ngram_size, query=True)
                if grams:
                    routes.append(("ngrams_bm25", grams, "BM25", lexical * w))
        rrf = req.fusion == "rrf" and req.mode == "hybrid"
        if not rrf:
            routes = [r for r in routes if r[3] > 0]
        if not routes:
            return []
        if len(routes) == 1:
            field, data, metric, _ = routes[0]
            hits = self._search(field, [data], metric, req.k, expr)[0]
            return [StoreHit(r, s, s if metric == "IP" else 0.0, s if metric == "BM25" else 0.0) for r, s in hits]
        def requests(chosen, limit: int, filtered: bool = True):
            return [AnnSearchRequest(data=[data], anns_field=field, param={"metric_type": metric}, limit=limit,
                                     expr=(expr or None) if filtered else None) for field, data, metric, _ in chosen]

        if rrf:
            ranker = RRFRanker(req.rrf_k)
        else:
            weights = []
            for i, (field, data, metric, weight) in enumerate(routes):
                scale, low = self._scale(field, data, metric)
                weights.append(weight * scale)
                if metric == "IP":  # [q, -min]: the route scores cosine - min, so a passage it does not return counts as the minimum
                    routes[i] = (field, data[:-1] + [-low], metric, weight)
            kept = [(route, wt) for route, wt in zip(routes, weights) if wt > 0]
            if not kept:
                return []
            routes, weights = [r for r, _ in kept], [wt for _, wt in kept]
            lexical = [i for i, r in enumerate(routes) if r[2] == "BM25"]
            if req.mode == "hybrid" and lexical:
                # locally the blended lexical score is min-max normalised once more before the dense side is added:
                # its maximum (the blend's top passage; its minimum is 0) rescales the lexical weights
                if len(lexical) == 1:
                    top = routes[lexical[0]][3] / (1.0 - a)  # one route: the blend's maximum is that route's share
                else:
                    lex_ranker = WeightedRanker(*[weights[i] / (1.0 - a) for i in lexical], norm_score=False)
                    best = self.index.client.hybrid_search(self.collection, requests([routes[i] for i in lexical], min(50, self.candidates), False),
                                                           lex_ranker, limit=1, output_fields=["row"])[0]
                    top = float(best[0]["distance"]) if best else 0.0
                if top > 1e-9:
                    weights = [wt / top if i in lexical else wt for i, wt in enumerate(weights)]
            ranker = WeightedRanker(*weights, norm_score=False)
        res = self.index.client.hybrid_search(self.collection, requests(routes, max(req.k, self.candidates)), ranker, limit=req.k,
                                              output_fields=["row"])
        return [StoreHit(int(h["row"]), float(h["distance"])) for h in res[0]]
