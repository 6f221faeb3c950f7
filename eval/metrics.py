"""Retrieval metrics by span overlap with the gold quote.

A retrieved item is a (doc_id, start, end, page_start, page_end) span in the
same coordinates as the gold span. Its gain is the fraction of the gold span it
covers; it counts as a hit when it covers at least `HIT_OVERLAP` of it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

HIT_OVERLAP = 0.5
KS = (1, 3, 5, 10)


@dataclass(frozen=True)
class Span:
    doc_id: str
    start: int
    end: int
    page_start: int = 0
    page_end: int = 0


def gain(item: Span, gold: Span) -> float:
    if item.doc_id != gold.doc_id:
        return 0.0
    overlap = min(item.end, gold.end) - max(item.start, gold.start)
    return max(0, overlap) / max(1, gold.end - gold.start)


def first_hit_rank(ranked: list[Span], gold: Span, depth: int = 10) -> int | None:
    for rank, item in enumerate(ranked[:depth], start=1):
        if gain(item, gold) >= HIT_OVERLAP:
            return rank
    return None


def ndcg(ranked: list[Span], gold: Span, candidates: list[Span], depth: int = 10) -> float:
    """nDCG@depth with graded gains; the ideal ranking sorts all candidates by gain."""
    dcg = sum(gain(item, gold) / math.log2(rank + 1) for rank, item in enumerate(ranked[:depth], start=1))
    ideal_gains = sorted((gain(c, gold) for c in candidates), reverse=True)[:depth]
    idcg = sum(g / math.log2(rank + 1) for rank, g in enumerate(ideal_gains, start=1))
    return dcg / idcg if idcg > 0 else 0.0


def page_correct(ranked: list[Span], gold_page: int | None, gold_doc: str) -> bool:
    if not ranked or gold_page is None:
        return False
    top = ranked[0]
    return top.doc_id == gold_doc and top.page_start <= gold_page <= top.page_end


@dataclass
class QuestionScore:
    hit_rank: int | None
    ndcg: float
    page_ok: bool
    latency_ms: float


def summarise(scores: list[QuestionScore]) -> dict[str, float]:
    n = len(scores)
    if n == 0:
        return {"n": 0}
    out: dict[str, float] = {"n": n}
    for k in KS:
        out[f"hit@{k}"] = sum(1 for s in scores if s.hit_rank is not None and s.hit_rank <= k) / n
    out["mrr@10"] = sum(1.0 / s.hit_rank for s in scores if s.hit_rank is not None) / n
    out["ndcg@10"] = sum(s.ndcg for s in scores) / n
    out["page@1"] = sum(1 for s in scores if s.page_ok) / n
    lat = sorted(s.latency_ms for s in scores)
    out["p50_ms"] = percentile(lat, 50)
    out["p95_ms"] = percentile(lat, 95)
    return out


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return 0.0
    rank = max(1, math.ceil(p / 100 * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]
