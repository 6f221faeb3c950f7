"""Follow-up questions: carry the topic of the conversation into retrieval when a question refers back.

"Wat is het programma Veilige Steden?" then "Hoeveel gemeenten doen er nu aan mee?": the second
question alone finds whatever "gemeenten" matches. The client sends the earlier turns (the
server keeps no state); `resolve` decides whether the new question leans on them and, if so,
adds the topic of the earlier question(s) to the query used for retrieval.

A question leans on the conversation when it refers back (a pronoun or demonstrative: "daar",
"er ... aan", "ze", "dit programma", "it", "they"; an elliptic "En in 2024?", "And how many
men?") or when it names no topic of its own (no content word that is rare in the corpus).
A complete question on another subject ("Wat doet het kabinet tegen femicide?") keeps its own
words only. Rules, not a model: they are cheap, they can be read, and the response says which
context was used (`resolved_query`), so a user sees why an answer came.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.lexical import QUERY_STOPWORDS, STOPWORDS, fold
from rag.schemas import MAX_HISTORY_TURNS, HistoryTurn as Turn


# Words that point back to something said before.
BACK_REFERENCE = re.compile(
    r"\b(daar\w*|hier(van|voor|mee|in|aan|over|bij)|er(van|in|aan|mee|voor|over|bij|door|uit)?|ze|zij|hun|hen|hem|"
    r"(dit|deze|die|dat|dezelfde|datzelfde|diezelfde)\s+(programma|regeling|plan|alliantie|wet|wetsvoorstel|maatregel\w*|"
    r"onderzoek|subsidie|project|netwerk|organisatie|advies|monitor|richtlijn|verordening|strategie|aanpak|pilot|"
    r"platform|instituut|fonds|campagne|brief|rapport|bedrag|budget|doel\w*|cijfers?)|"
    r"(?:is|wordt|werd|gaat|ging|kan|kon|zal|zou|moet|heeft|had)\s+het\s+(?:dan|nu|daar|er|al|nog|precies|eigenlijk)|"
    r"it|its|they|them|their|this|that|these|those|there)\b",
    re.I,
)
DEMONSTRATIVE_AT_END = re.compile(r"\b(dat|dit|die|deze|het|dan|it|that|this|then)\s*\??\s*$", re.I)
ELLIPTIC_START = re.compile(r"^\s*(en|maar|ook|and|but|also|what about|how about|wat dan|en wat|en hoe|en wie|en wanneer)\b", re.I)
# A word rarer than this (IDF, see SentenceIndex) names a topic of its own.
TOPIC_IDF = 3.0
MIN_OWN_TOPIC_TERMS = 2
CONTEXT_IDF = 2.0  # words of an earlier question this rare are carried over as its subject


@dataclass(frozen=True)
class Resolved:
    query: str  # what retrieval uses
    carried: bool  # whether context from earlier turns was added
    context: str  # the words carried over ("" when none)
    reason: str  # why (for the response and the logs)


def refers_back(question: str) -> str | None:
    """The words that make the question lean on an earlier turn, or None."""
    for pattern in (ELLIPTIC_START, DEMONSTRATIVE_AT_END, BACK_REFERENCE):
        m = pattern.search(question)
        if m:
            return m.group(0).strip()
    return None


def own_topic_terms(question: str, sentence_index) -> set[str]:
    """The question's content words that are rare in the corpus (they name a subject)."""
    terms = {t for t in sentence_index.terms(question) if fold(t) not in QUERY_STOPWORDS}
    return {t for t in terms if sentence_index.weight({t}) >= TOPIC_IDF and not t.isdigit()}


def resolve(question: str, history: list[Turn], sentence_index) -> Resolved:
    """The retrieval query for `question` in the conversation `history` (oldest first)."""
    if not history:
        return Resolved(question, False, "", "no earlier turns")
    pointer = refers_back(question)
    own = own_topic_terms(question, sentence_index)
    if pointer is None and len(own) >= MIN_OWN_TOPIC_TERMS:
        return Resolved(question, False, "", "the question names its own subject")
    context = topic_context(history, sentence_index)
    if not context:
        return Resolved(question, False, "", "the earlier turns name no subject")
    reason = f"refers back ({pointer!r})" if pointer else "names no subject of its own"
    return Resolved(f"{question} {context}", True, context, reason)


WORD = re.compile(r"[\w’'+-]+")


def topic_words(text: str, sentence_index) -> list[str]:
    """The words of a text that name its subject: names, and words not common in the corpus (as written)."""
    out = []
    for w in WORD.findall(text):
        if fold(w) in QUERY_STOPWORDS or fold(w) in STOPWORDS:
            continue
        terms = sentence_index.terms(w)
        rare = any(sentence_index.weight({t}) >= CONTEXT_IDF and not t.isdigit() for t in terms)
        if rare or (w[:1].isupper() and terms):
            out.append(w)
    return list(dict.fromkeys(out))


def topic_context(history: list[Turn], sentence_index) -> str:
    """The subject of the conversation: the topic words of the last question that names one, plus those of
    the follow-ups after it (a follow-up of a follow-up keeps the original subject)."""
    picked: list[str] = []
    for turn in reversed(history[-MAX_HISTORY_TURNS:]):
        picked = topic_words(turn.question, sentence_index) + picked
        if len(own_topic_terms(turn.question, sentence_index)) >= MIN_OWN_TOPIC_TERMS and refers_back(turn.question) is None:
            break
    return " ".join(dict.fromkeys(picked))
