"""Grid over passage size, BM25 parameters, character n-gram weight and fusion weight on the dev split (Dutch questions).

    python eval/tune.py [--sizes 400,550,700,900] [--ngram-weights 0,0.5]

Prints one line per setting: hit@1, hit@5, MRR@10 and page@1. Dev only: the test split is for reporting.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="400,550,700,900", help="passage sizes in characters")
    parser.add_argument("--alphas", default="0,0.05,0.15,0.3", help="dense weights (0 = BM25 only)")
    parser.add_argument("--ngram-weights", default="0,0.5", help="character n-gram shares of the lexical score (0 = words only)")
    args = parser.parse_args()

    from eval.gold import load_questions
    from eval.runner import gold_spans, score_system, structured_system
    from index.lexical import LexicalIndex
    from index.store import BuildConfig, build_in_memory
    from rag.retrieve import RetrievalConfig, Retriever
    from rag.settings import Settings

    settings = Settings()
    cfg = BuildConfig.from_settings(settings)
    embedder = cfg.make_embedder()
    questions = [q for q in load_questions(split="dev") if q.category == "nl"]
    gold = gold_spans(questions, Path(settings.corpus_dir), "clean")
    for size in (int(x) for x in args.sizes.split(",")):
        built = build_in_memory(replace(cfg, chunk_size=size), embedder=embedder, sentences="none")
        texts = [p.ranking_text() for p in built.passages]
        for k1, b in ((1.5, 0.75), (1.2, 0.5), (0.9, 0.4)):
            index = replace(built, lexical=LexicalIndex.build(texts, cfg.stemmer, k1, b))
            retriever = Retriever(index, embedder)
            for ngram in (float(w) for w in args.ngram_weights.split(",")):
                for alpha in (float(a) for a in args.alphas.split(",")):
                    rc = RetrievalConfig(mode="bm25" if alpha == 0 else "hybrid", fusion="weighted", alpha=alpha, ngram_weight=ngram)
                    m = score_system(structured_system("x", "", retriever, rc), questions, gold)[0]["nl"]
                    print(f"size={size} passages={len(texts)} k1={k1} b={b} ngram={ngram} alpha={alpha}: "
                          f"hit@1={m['hit@1']:.3f} hit@5={m['hit@5']:.3f} mrr@10={m['mrr@10']:.3f} page@1={m['page@1']:.3f}", flush=True)


if __name__ == "__main__":
    main()
