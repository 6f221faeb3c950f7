"""How passages are ranked: the retrieval options, their defaults and the limit on k.

Kept apart from rag.retrieve (numpy, the index) so that the settings and the request models, which
take their defaults and limits from here, import in a few milliseconds: the CLI reads them before it
knows whether a running server will answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Mode = Literal["hybrid", "bm25", "dense"]
Fusion = Literal["rrf", "weighted"]
MAX_K = 50


def check_k(k: int) -> None:
    if not 1 <= k <= MAX_K:
        raise ValueError(f"k must be between 1 and {MAX_K}, got {k}")


@dataclass(frozen=True)
class RetrievalConfig:
    mode: Mode = "hybrid"
    fusion: Fusion = "weighted"
    alpha: float = 0.4  # dense weight for Dutch queries (tuned on dev, plateau 0.2-0.5)
    alpha_en: float = 0.85  # dense weight for English and other non-Dutch queries (tuned on dev: .8 -> .85 gained Hit@1)
    rrf_k: int = 60
    ngram_weight: float = 0.5  # share of character n-gram BM25 in the lexical score (0 = word BM25 only)
    ngram_size: int = 3
    # a Dutch query's top `rerank_depth` passages re-ranked with the e5 similarity of their best sentence (heading +
    # sentence), at this weight against the fused score (tuned on dev: Dutch Hit@1 .805 -> .816, MRR .880 -> .887, 6
    # more Dutch questions answered with the gold quote, 2 close-unanswerable ones fewer abstained; English: MRR
    # .846 -> .849 but Hit@1 .755 -> .752 and 2 answers lost, so English queries are not re-ranked; 0 = off)
    sentence_weight: float = 0.2
    rerank_depth: int = 10

    def __post_init__(self) -> None:
        if self.mode not in ("hybrid", "bm25", "dense"):
            raise ValueError(f"mode must be hybrid, bm25 or dense, got {self.mode!r}")
        if self.fusion not in ("rrf", "weighted"):
            raise ValueError(f"fusion must be rrf or weighted, got {self.fusion!r}")
        for name in ("alpha", "alpha_en"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, got {getattr(self, name)}")
        if self.rrf_k < 1:
            raise ValueError(f"rrf_k must be at least 1, got {self.rrf_k}")
        if not 0.0 <= self.ngram_weight <= 1.0:
            raise ValueError(f"ngram_weight must be between 0 and 1, got {self.ngram_weight}")
        if not 0.0 <= self.sentence_weight <= 1.0:
            raise ValueError(f"sentence_weight must be between 0 and 1, got {self.sentence_weight}")
        if not 1 <= self.rerank_depth <= MAX_K:
            raise ValueError(f"rerank_depth must be between 1 and {MAX_K}, got {self.rerank_depth}")
        if not 2 <= self.ngram_size <= 6:
            raise ValueError(f"ngram_size must be between 2 and 6, got {self.ngram_size}")

    @classmethod
    def from_settings(cls, s) -> "RetrievalConfig":
        return cls(
            mode=s.mode,
            fusion=s.fusion,
            alpha=s.fusion_alpha,
            alpha_en=s.fusion_alpha_en,
            rrf_k=s.rrf_k,
            ngram_weight=s.ngram_weight,
            ngram_size=s.ngram_size,
            sentence_weight=s.sentence_weight,
        )
