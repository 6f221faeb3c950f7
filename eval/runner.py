"""`rag eval`: score retrieval configurations on the gold questions, side by side.

Every configuration is a `System` that ranks spans of a document text for a
query. The structured configurations rank passages of the cleaned text; the
baseline ranks RecursiveCharacterTextSplitter chunks of the raw text; `--url`
ranks through a running service's /api/search. Gold quotes are located in the
coordinates of each system, so all are scored by the same span-overlap rule.
"""

from __future__ import annotations

import bisect
import json
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

import httpx
import numpy as np
from langchain_text_splitters import RecursiveCharacterTextSplitter

from corpus.loader import load_corpus, raw_page_offsets, read_manifest
from eval.answers import abstention_markdown, abstention_report, calibrate, calibrate_follow_ups, calibrate_sentences, claim_report, claims_markdown, plot_tradeoff
from eval.dialogues import dialogue_report, dialogues_markdown
from eval.gold import GoldQuestion, SpanLocator, load_questions
from eval.metrics import QuestionScore, Span, first_hit_rank, ndcg, page_correct, summarise
from index.lexical import LexicalIndex
from index.store import BuildConfig, build_in_memory
from rag.answer import CALIBRATION_FILE, SENTENCE_MODEL_FILE, load_calibration
from rag.claims import check_response
from rag.engine import Engine
from rag.retrieve import RetrievalConfig, Retriever
from rag.settings import load_settings

REPORT_DIR = Path(__file__).resolve().parent / "report"
DEPTH = 10
CATEGORIES = ("nl", "en")
METRIC_COLUMNS = ("hit@1", "hit@3", "hit@5", "hit@10", "mrr@10", "ndcg@10", "page@1", "p50_ms", "p95_ms")


@dataclass
class System:
    name: str
    description: str
    coords: str  # "clean" or "raw"
    rank: Callable[[str], list[Span]]
    candidates: list[Span]


# ---------------------------------------------------------------- systems


def passage_span(p) -> Span:
    return Span(p.doc_id, p.char_start, p.char_end, p.page_start, p.page_end)


def structured_system(name: str, description: str, retriever, config) -> System:
    def rank(query: str) -> list[Span]:
        return [passage_span(h.passage) for h in retriever.search(query, k=DEPTH, config=config)]

    return System(name, description, "clean", rank, [passage_span(p) for p in retriever.passages])


def baseline_system(corpus_dir: Path, embedder) -> System:
    """What a user would assemble: RecursiveCharacterTextSplitter(1000, 200) on the raw text + the same embedder + FAISS."""
    import faiss  # lazy on purpose, as in index.store: loaded only when a FAISS index is built

    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200, add_start_index=True)
    spans, texts = [], []
    infos, _ = read_manifest(corpus_dir)
    for info in infos:
        raw = (corpus_dir / "documents" / info.file).read_text(encoding="utf-8")
        offsets = raw_page_offsets(raw)
        for d in splitter.create_documents([raw]):
            start = d.metadata["start_index"]
            end = start + len(d.page_content)
            page_of = lambda x: bisect.bisect_right(offsets, x)  # noqa: E731
            spans.append(Span(info.doc_id, start, end, page_of(start), page_of(max(start, end - 1))))
            texts.append(d.page_content)
    vectors = embedder.encode_passages(texts)
    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(vectors)

    def rank(query: str) -> list[Span]:
        _, ids = index.search(embedder.encode_queries([query]), DEPTH)
        return [spans[i] for i in ids[0] if i >= 0]

    return System("baseline-recursive-1000", "RecursiveCharacterTextSplitter 1000/200 on raw text, same embedder, FAISS", "raw", rank, spans)


def service_system(url: str) -> System:
    client = httpx.Client(base_url=url.rstrip("/"), timeout=60)
    docs = client.get("/api/documents")
    docs.raise_for_status()
    candidates: list[Span] = []  # unknown remotely; nDCG uses the gold span itself as the ideal

    def rank(query: str) -> list[Span]:
        r = client.post("/api/search", json={"query": query, "k": DEPTH})
        r.raise_for_status()
        return [Span(x["doc_id"], x["char_start"], x["char_end"], x["page_start"], x["page_end"]) for x in r.json()["results"]]

    return System(f"service {url}", "the running service's /api/search", "clean", rank, candidates)


# ---------------------------------------------------------------- gold spans


def gold_spans(questions: list[GoldQuestion], corpus_dir: Path, coords: str) -> dict[str, Span]:
    texts: dict[str, str] = {}
    if coords == "clean":
        texts = {d.doc_id: d.text for d in load_corpus(corpus_dir)}
    else:
        infos, _ = read_manifest(corpus_dir)
        texts = {i.doc_id: (corpus_dir / "documents" / i.file).read_text(encoding="utf-8") for i in infos}
    locators = {doc_id: SpanLocator(t) for doc_id, t in texts.items()}
    out, missing = {}, []
    for q in questions:
        if not q.answerable:
            continue
        found = locators[q.doc_id].find(q.quote) if q.doc_id in locators else None
        if found is None:
            missing.append(q.id)
            continue
        out[q.id] = Span(q.doc_id, found[0], found[1], q.page, q.page)
    if missing:
        print(f"warning: {len(missing)} gold quote(s) not found in the {coords} text: {', '.join(missing[:10])}", file=sys.stderr)
    return out


# ---------------------------------------------------------------- scoring


def score_question(system: System, q: GoldQuestion, gold: Span) -> tuple[QuestionScore, list[Span]]:
    started = time.perf_counter()
    ranked = system.rank(q.question)
    latency = (time.perf_counter() - started) * 1000
    candidates = system.candidates or [gold]
    score = QuestionScore(
        hit_rank=first_hit_rank(ranked, gold, DEPTH),
        ndcg=ndcg(ranked, gold, candidates, DEPTH),
        page_ok=page_correct(ranked, gold.page_start, gold.doc_id),
        latency_ms=latency,
    )
    return score, ranked


def score_system(system: System, questions: list[GoldQuestion], gold: dict[str, Span]) -> tuple[dict, list[dict]]:
    per_category: dict[str, list[QuestionScore]] = {}
    rows = []
    for q in questions:
        if q.id not in gold:
            continue
        s, _ = score_question(system, q, gold[q.id])
        per_category.setdefault(q.category, []).append(s)
        rows.append({"id": q.id, "category": q.category, "hit_rank": s.hit_rank, "page_ok": s.page_ok})
    return {c: summarise(v) for c, v in per_category.items()}, rows


# ---------------------------------------------------------------- configurations


def structured_systems(settings, embedder, names: set[str] | None, log=print) -> list[System]:
    cfg = BuildConfig.from_settings(settings)
    # (sentences embedded: the default re-ranks its top passages by their best sentence; the cache makes this cheap)
    built = build_in_memory(replace(cfg, stemmer="dutch"), embedder=embedder, sentences="embed")
    porter = replace(
        built,
        manifest=replace(built.manifest, stemmer="dutch_porter"),
        lexical=LexicalIndex.build([p.ranking_text() for p in built.passages], "dutch_porter"),
    )
    hybrid_index = porter if settings.stemmer == "dutch_porter" else built
    default = RetrievalConfig.from_settings(settings)
    words = {"ngram_weight": 0.0}
    plans = [
        ("bm25-dutch", "BM25 over words, Snowball dutch stemmer", built, RetrievalConfig(mode="bm25", **words)),
        ("bm25-dutch_porter", "BM25 over words, Snowball dutch_porter stemmer", porter, RetrievalConfig(mode="bm25", **words)),
        ("bm25-ngram", f"BM25 over words ({hybrid_index.manifest.stemmer}) + character {settings.ngram_size}-grams, weight {settings.ngram_weight}", hybrid_index, replace(default, mode="bm25")),
        ("dense", f"dense only ({embedder.name})", built, RetrievalConfig(mode="dense", sentence_weight=0.0)),
        ("hybrid-rrf", f"BM25 words + n-grams + dense, reciprocal rank fusion k={settings.rrf_k}", hybrid_index, replace(default, mode="hybrid", fusion="rrf")),
        ("hybrid-one-alpha", f"BM25 words + n-grams + dense, weighted fusion alpha={settings.fusion_alpha} for every language", hybrid_index, replace(default, alpha_en=default.alpha)),
        ("hybrid-no-sentences", "as hybrid-weighted, without re-ranking the top passages by their best sentence", hybrid_index, replace(default, sentence_weight=0.0)),
        ("hybrid-weighted", f"BM25 words + n-grams + dense ({embedder.name}), weighted fusion alpha={settings.fusion_alpha} (Dutch) / {settings.fusion_alpha_en} (other languages), "
                            f"top {default.rerank_depth} re-ranked by best sentence (weight {settings.sentence_weight})", hybrid_index, default),
    ]
    systems = []
    stores: dict[int, object] = {}  # RAG_INDEX_BACKEND=milvus: one Milvus collection per in-memory index
    for name, desc, index, rcfg in plans:
        if names and name not in names:
            continue
        if rcfg == default and index.manifest.stemmer == settings.stemmer and not settings.answer_first:
            desc += " [default]"
        store = None
        if settings.index_backend == "milvus":
            if id(index) not in stores:
                stores[id(index)] = milvus_store(settings, index, log)
            store = stores[id(index)]
            desc += f" [Milvus hybrid_search, {store.index.uri}]"
        systems.append(structured_system(name, desc, Retriever(index, embedder, rcfg, store=store), rcfg))
    if not names or "hybrid-answer-first" in names:
        if settings.index_backend == "milvus" and id(hybrid_index) not in stores:
            stores[id(hybrid_index)] = milvus_store(settings, hybrid_index, log)
        retriever = Retriever(hybrid_index, embedder, default, store=stores.get(id(hybrid_index)))
        systems.append(answer_first_system(settings, retriever))
    if not names or "minilm-previous" in names:
        systems.append(previous_default_system(cfg, log))
    return systems


CLEANUPS: list[Callable[[], None]] = []  # Milvus collections of this run, dropped at its end


def milvus_store(settings, index, log=print):
    """The in-memory index copied into a Milvus collection of its own (alias `rag_eval`, dropped when `run` ends): a
    Milvus Lite URI gets a fresh file in a temporary directory (Lite is one process at a time), a server URI a new collection."""
    import shutil
    import tempfile
    import uuid

    from index.milvus import MilvusIndex, MilvusPassages, collection_for, is_lite

    uri, tmp = settings.milvus_uri, None
    if is_lite(uri):
        tmp = tempfile.mkdtemp(prefix="rag-eval-milvus-")
        uri = str(Path(tmp) / "eval.db")
    milvus = MilvusIndex(uri, settings.milvus_token, alias="rag_eval")
    name = collection_for(f"{index.manifest.stemmer}_{uuid.uuid4().hex[:8]}", "rag_eval")
    log(f"writing {len(index.passages)} passages to Milvus collection {name} at {uri}")
    vectors = index.dense.reconstruct_n(0, index.dense.ntotal)
    milvus.write_collection(name, [(index.passages, vectors)], dim=int(index.dense.d), stemmer=index.manifest.stemmer,
                            ngram_size=settings.ngram_size, properties={})

    def cleanup() -> None:
        try:
            milvus.client.drop_collection(name)
            milvus.close()
        finally:
            if tmp:
                shutil.rmtree(tmp, ignore_errors=True)

    CLEANUPS.append(cleanup)
    return MilvusPassages(milvus, name, index.manifest.stemmer, settings.ngram_size, settings.milvus_candidates)


def answer_first_system(settings, retriever) -> System:
    """The service's /api/search: hybrid-weighted, then the passages the drafted answer quotes first (rag.answer.answer_first)."""
    documents = {d.doc_id: d for d in load_corpus(settings.corpus_dir, settings.embedding_cache_dir)}
    engine = Engine(settings.model_copy(update={"answer_first": True}), retriever.index, retriever, documents)

    def rank(query: str) -> list[Span]:
        return [passage_span(h.passage) for h in engine.search(query, k=DEPTH)]

    desc = "as hybrid-weighted, then the passages its answer quotes first (and Dutch typos corrected), as /api/search"
    return System("hybrid-answer-first", desc + (" [default]" if settings.answer_first else ""), "clean", rank,
                  [passage_span(p) for p in retriever.passages])


def previous_default_system(cfg, log=print) -> System:
    """The default before the multilingual layer: all-MiniLM-L6-v2 (English) as the dense side, weight 0.05."""
    log("building the all-MiniLM-L6-v2 comparison index (the previous default)")
    minilm = replace(cfg, embedder="sentence-transformers", embedding_model="all-MiniLM-L6-v2")
    embedder = minilm.make_embedder()
    built = build_in_memory(minilm, embedder=embedder, sentences="none")
    rcfg = RetrievalConfig(alpha=0.05, alpha_en=0.05, sentence_weight=0.0)
    return structured_system(
        "minilm-previous", "BM25 words + n-grams + all-MiniLM-L6-v2 dense, weight 0.05 (the previous default)", Retriever(built, embedder, rcfg), rcfg
    )


ALL_CONFIGS = (
    "bm25-dutch", "bm25-dutch_porter", "bm25-ngram", "dense", "hybrid-rrf", "hybrid-one-alpha", "hybrid-no-sentences", "hybrid-weighted",
    "hybrid-answer-first", "minilm-previous",
    "baseline-recursive-1000",
)


def run(settings, split: str = "test", names: set[str] | None = None, url: str | None = None, limit: int | None = None, log=print) -> dict:
    questions = [q for q in load_questions(split=split) if q.category in CATEGORIES]
    if limit:
        questions = [q for c in CATEGORIES for q in [x for x in questions if x.category == c][:limit]]
    started = time.perf_counter()
    systems: list[System] = []
    if url:
        systems.append(service_system(url))
    else:
        build_cfg = BuildConfig.from_settings(settings)
        embedder = build_cfg.cached(build_cfg.make_embedder())
        systems.extend(structured_systems(settings, embedder, names, log))
        if not names or "baseline-recursive-1000" in names:
            systems.append(baseline_system(Path(settings.corpus_dir), embedder))
    gold = {c: gold_spans(questions, Path(settings.corpus_dir), c) for c in ("clean", "raw")}
    results = {}
    try:
        for system in systems:
            log(f"scoring {system.name} on {len(questions)} questions ({split})")
            summary, rows = score_system(system, questions, gold[system.coords])
            results[system.name] = {"description": system.description, "metrics": summary, "questions": rows}
    finally:
        while CLEANUPS:
            CLEANUPS.pop()()
    return {
        "split": split,
        "questions": {c: sum(1 for q in questions if q.category == c) for c in CATEGORIES},
        "embedding_model": BuildConfig.from_settings(settings).embedder_name,
        "settings": {"index_backend": settings.index_backend, "stemmer": settings.stemmer, "fusion": settings.fusion, "alpha": settings.fusion_alpha, "alpha_en": settings.fusion_alpha_en,
                     "rrf_k": settings.rrf_k, "chunk_size": settings.chunk_size, "chunk_overlap": settings.chunk_overlap},
        "wall_seconds": round(time.perf_counter() - started, 1),
        "results": results,
    }


# ---------------------------------------------------------------- report


def markdown_table(report: dict, category: str) -> str:
    head = "| configuration | " + " | ".join(METRIC_COLUMNS) + " |"
    sep = "|---|" + "---:|" * len(METRIC_COLUMNS)
    lines = [head, sep]
    for name, r in report["results"].items():
        m = r["metrics"].get(category)
        if not m or not m.get("n"):
            continue
        cells = [f"{m[c]:.0f}" if c.endswith("_ms") and m[c] >= 10 else f"{m[c]:.1f}" if c.endswith("_ms") else f"{m[c]:.3f}" for c in METRIC_COLUMNS]
        label = f"**{name}**" if "[default]" in r["description"] else name
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def write_report(report: dict, out_dir: Path, plot: bool = True) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    json_path = out_dir / "report.json"
    json_path.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    written.append(json_path)
    md = [f"# Retrieval evaluation ({report['split']} split)", ""]
    md.append(f"Embedding model `{report['embedding_model']}`; settings {report['settings']}; wall time {report['wall_seconds']} s.")
    md.append("Hits count a passage covering at least half of the gold quote; page@1 is the top hit's page. Latency is in-process per query.")
    for c in CATEGORIES:
        n = report["questions"].get(c, 0)
        if n:
            md += ["", f"## {'Dutch' if c == 'nl' else 'English'} questions (n={n})", "", markdown_table(report, c)]
    md += ["", "Configurations:", ""]
    md += [f"- `{name}`: {r['description']}" for name, r in report["results"].items()]
    if "abstention" in report:
        md += ["", "## Answers and abstention", "", abstention_markdown(report["abstention"])]
    if "dialogues" in report:
        md += ["", "## Follow-up dialogues", "", "The gold passage cited by the answer to each later turn, asked with the earlier turns as history and asked alone.", "",
               dialogues_markdown(report["dialogues"])]
    if "claims" in report:
        md += ["", "## Claim check", "", claims_markdown(report["claims"])]
    md_path = out_dir / "report.md"
    md_path.write_text("\n".join(md) + "\n", encoding="utf-8")
    written.append(md_path)
    if plot:
        written.append(plot_report(report, out_dir / "comparison.png"))
        if "abstention" in report:
            written.append(plot_tradeoff(report["abstention"], out_dir / "abstention.png"))
    return written


def plot_report(report: dict, path: Path) -> Path:
    import matplotlib  # lazy on purpose: only a plotted report loads matplotlib (and Agg must be chosen before pyplot)

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    metrics = ("hit@1", "hit@5", "mrr@10", "ndcg@10", "page@1")
    names = list(report["results"])
    cats = [c for c in CATEGORIES if report["questions"].get(c)]
    fig, axes = plt.subplots(1, len(cats), figsize=(7 * len(cats), 5.4), squeeze=False)
    width = 0.8 / len(names)
    for ax, c in zip(axes[0], cats):
        x = np.arange(len(metrics))
        for i, name in enumerate(names):
            m = report["results"][name]["metrics"].get(c, {})
            ax.bar(x + i * width - 0.4 + width / 2, [m.get(k, 0) for k in metrics], width, label=name)
        ax.set_xticks(x, metrics)
        ax.set_ylim(0, 1.05)
        ax.set_title(f"{'Dutch' if c == 'nl' else 'English'} questions (n={report['questions'][c]}, {report['split']} split)")
        ax.grid(axis="y", alpha=0.3)
    handles, labels = axes[0][0].get_legend_handles_labels()  # below the plots: inside, it hides bars
    fig.legend(handles, labels, loc="lower center", ncol=min(4, len(names)), fontsize=9, frameon=False)
    fig.tight_layout(rect=(0, 0.1, 1, 1))
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def answers_and_claims(settings, split: str, url: str | None, calibrate_first: bool, log, limit: int | None = None) -> dict:
    """The abstention, dialogue and claim reports (in-process, or claims through a running service).
    `limit` keeps the first N items of every set (smoke runs)."""
    out: dict = {}
    if url:
        client = httpx.Client(base_url=url.rstrip("/"), timeout=60)
        out["claims"] = claim_report(lambda c: client.post("/api/check", json={"claim": c}).json()["verdict"], split, limit)
        return out
    engine = Engine.load(settings)
    if calibrate_first:
        log(f"fitting the sentence model on the dev split -> {SENTENCE_MODEL_FILE}")
        out["sentence_model"] = calibrate_sentences(engine)
        log(f"fitting its follow-up group on the dev dialogues -> {SENTENCE_MODEL_FILE}")
        out["sentence_model"] = calibrate_follow_ups(engine)
        log(f"calibrating answer confidence on the dev split -> {CALIBRATION_FILE}")
        out["calibration"] = calibrate(engine, CALIBRATION_FILE)
        load_calibration.cache_clear()
    log(f"scoring answers and abstention ({split})")
    out["abstention"] = abstention_report(engine, split, limit)
    log(f"scoring follow-up dialogues ({split})")
    out["dialogues"] = dialogue_report(engine, split, limit)
    log(f"scoring claim verdicts ({split})")
    out["claims"] = claim_report(lambda c: check_response(engine, c).verdict, split, limit)
    return out


def main(args) -> int:
    settings = load_settings()
    names = set(args.configs.split(",")) if args.configs else None
    unknown = (names or set()) - set(ALL_CONFIGS)
    if unknown:
        print(f"rag: error: unknown configuration(s) {', '.join(sorted(unknown))}; choose from {', '.join(ALL_CONFIGS)}", file=sys.stderr)
        return 2
    if args.calibrate and args.limit:
        print("rag: error: --calibrate refits rag/calibration.json on the whole dev split; it cannot be combined with --limit", file=sys.stderr)
        return 2
    log = lambda m: print(f"==> {m}", file=sys.stderr)  # noqa: E731
    report = run(settings, split=args.split, names=names, url=args.url, limit=args.limit, log=log)
    if not args.retrieval_only:
        started = time.perf_counter()
        report.update(answers_and_claims(settings, args.split, args.url, args.calibrate, log, args.limit))
        report["wall_seconds"] = round(report["wall_seconds"] + time.perf_counter() - started, 1)
    out = Path(args.out) if args.out else REPORT_DIR
    paths = write_report(report, out, plot=not args.no_plot)
    for c in CATEGORIES:
        if report["questions"].get(c):
            print(f"\n{'Dutch' if c == 'nl' else 'English'} ({report['split']}, n={report['questions'][c]})")
            print(markdown_table(report, c))
    if "abstention" in report:
        print("\nAnswers and abstention\n" + abstention_markdown(report["abstention"]))
    if "dialogues" in report:
        print("\nFollow-up dialogues\n" + dialogues_markdown(report["dialogues"]))
    if "claims" in report:
        print("\nClaims\n" + claims_markdown(report["claims"]))
    print(f"\nwall time {report['wall_seconds']} s; wrote " + ", ".join(str(p) for p in paths))
    return 0
