"""Background questions: what a question's similarity to the documents is measured against.

e5 similarities are compressed (most pairs score .75-.90) and shift with language and question
form: an English question scores about .04 lower against the Dutch passages than the same
question in Dutch, and "Wie won ...?" is close to any other "Wie ...?" question. A raw
similarity threshold therefore abstains on English questions the documents answer, or answers
off-topic ones. The answer's confidence instead also uses `dense_gap`: the best passage
sentence's similarity minus the question's similarity to the nearest of these questions about
other subjects, asked in both languages and in the usual question forms. A question about the
documents is closer to them than to any of these; an off-topic one is not.

The list is fixed and general (daily life, other policy fields, the common question words). The
first 40 were written once, before measuring which dev questions they separate; the 20 on other policy
fields, asked the way staff ask about policy, were added later in one go, also before measuring. The
list is not to be edited to fit particular gold questions (that would turn the off-topic gold into a
training set).
"""

from __future__ import annotations

import threading

import numpy as np

BACKGROUND_QUESTIONS = (
    "What will the weather be like tomorrow?", "Wat voor weer wordt het morgen?",
    "Who won the football match last night?", "Wie heeft de wedstrijd gisteren gewonnen?",
    "How do I bake bread at home?", "Hoe bak ik zelf brood?",
    "What is the capital of Australia?", "Wat is de hoofdstad van Australië?",
    "How much does a train ticket to Paris cost?", "Hoeveel kost een treinkaartje naar Parijs?",
    "When does the new iPhone come out?", "Wanneer komt de nieuwe iPhone uit?",
    "How do I file my income tax return?", "Hoe doe ik mijn belastingaangifte?",
    "What are the symptoms of the flu?", "Wat zijn de symptomen van griep?",
    "Which party won the municipal elections?", "Welke partij won de gemeenteraadsverkiezingen?",
    "How high is the interest rate on a mortgage?", "Hoe hoog is de hypotheekrente?",
    "Who wrote this novel?", "Wie schreef deze roman?",
    "When was the castle built?", "Wanneer is het kasteel gebouwd?",
    "How many people live in Amsterdam?", "Hoeveel inwoners heeft Amsterdam?",
    "What time does the museum open?", "Hoe laat gaat het museum open?",
    "How do I fix a flat bicycle tire?", "Hoe plak ik een fietsband?",
    "What is the speed limit on the motorway?", "Wat is de maximumsnelheid op de snelweg?",
    "Which animals live in the rainforest?", "Welke dieren leven in het regenwoud?",
    "How does a nuclear power plant work?", "Hoe werkt een kerncentrale?",
    "What did the stock market do today?", "Hoe deed de beurs het vandaag?",
    "When is the next holiday?", "Wanneer is de volgende vakantie?",
    # Other policy fields, in the form staff ask about policy (added in one go, before measuring on dev).
    "What is the government doing to reduce nitrogen emissions from farms?",
    "Wat doet het kabinet aan de stikstofuitstoot van boerenbedrijven?",
    "When will the state pension age go up?", "Wanneer gaat de AOW-leeftijd omhoog?",
    "How much extra money does the cabinet spend on defence?",
    "Hoeveel extra geld trekt het kabinet uit voor defensie?",
    "Which measures does the government take against traffic jams?",
    "Welke maatregelen neemt de regering tegen de files op de snelwegen?",
    "How many asylum seekers are in reception centres?", "Hoeveel asielzoekers zitten in de opvang?",
    "What are the government's plans for offshore wind energy?",
    "Wat zijn de plannen van het kabinet voor windenergie op zee?",
    "How high will the health insurance premium be next year?", "Hoe hoog wordt de zorgpremie volgend jaar?",
    "What does the minister do about the shortage of teachers?", "Wat doet de minister aan het lerarentekort?",
    "How is the government tackling drug crime in ports?",
    "Hoe pakt de regering de drugscriminaliteit in de havens aan?",
    "Will public transport fares rise next year?", "Gaan de prijzen in het openbaar vervoer volgend jaar omhoog?",
)


MIN_SUBJECT_IDF = 3.0  # a question word this rare in the corpus names its subject (not "kabinet", "jaar")
# Who acts is no subject: a Kamerbrief on the lerarentekort says "ik", not "de minister", next to its subject.
ACTORS = "minister ministers staatssecretaris kabinet regering overheid ministerie government cabinet"
COVERED = 0.66  # IDF-weighted share of those words one passage must have (the bundled corpus: only the lerarentekort)


def covered_by(passage_terms: list[set[str]], sentence_index) -> list[int]:
    """The background questions whose subject the corpus now covers, both of a pair (English, Dutch), when one
    passage has most of the rare words of either: after a Kamerbrief on the lerarentekort is added, "Wat doet de
    minister aan het lerarentekort?" is about the documents, and questions on it must not be measured against it."""
    actors = sentence_index.terms(ACTORS)
    out: list[int] = []
    for i in range(0, len(BACKGROUND_QUESTIONS), 2):
        for q in BACKGROUND_QUESTIONS[i : i + 2]:
            subject = {t for t in sentence_index.terms(q, query=True) - actors if sentence_index.weight({t}) >= MIN_SUBJECT_IDF}
            if subject and any(sentence_index.coverage(subject, have) >= COVERED for have in passage_terms):
                out += [i, i + 1]
                break
    return out


class Background:
    """The background questions' vectors, embedded on first use by `encode` (CachedEmbedder.encode_fixed_queries
    keeps them in the embedding cache, so a fresh process reads them instead of embedding 60 questions, about 1 s).
    `skip`: the questions the corpus covers (`covered_by`), left out of the comparison."""

    def __init__(self, encode, skip: list[int] | tuple[int, ...] = ()):
        self._encode = encode
        self._vectors: np.ndarray | None = None
        self._lock = threading.Lock()
        self.skip = tuple(skip)

    def vectors(self) -> np.ndarray:
        if self._vectors is None:
            with self._lock:
                if self._vectors is None:
                    vectors = np.asarray(self._encode(list(BACKGROUND_QUESTIONS)), dtype=np.float32)
                    self._vectors = np.delete(vectors, list(self.skip), axis=0) if self.skip else vectors
        return self._vectors

    def similarity(self, query_vector: np.ndarray) -> float:
        """The question's similarity to the nearest background question (vectors are normalised)."""
        return float(np.max(self.vectors() @ np.asarray(query_vector, dtype=np.float32)))
