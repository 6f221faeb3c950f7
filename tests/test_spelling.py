"""Typos in a Dutch question are put in the documents' spelling; real words and clean questions are left alone."""

from __future__ import annotations

import pytest

from rag.spelling import Speller

TEXT = (
    "Het kabinet sluit een bestuursakkoord met Bonaire. Het plan Stop femicide! richt zich op preventie. "
    "Dit geldt voor vrouwelijke statushouders en de interne organisatie. Het onderzoek is geëvalueerd. "
    "De regeling wordt gevoerd door het ministerie. Aandacht voor anti-lhbtiqa+ wetgeving en lhbtiq+ personen."
)


@pytest.fixture(scope="module")
def speller():
    return Speller([TEXT])


@pytest.mark.parametrize("typed, meant", [
    ("bestuursakoord", "bestuursakkoord"),  # a letter dropped
    ("Femicde", "Femicide"),  # a capital kept
    ("vrouwlijke", "vrouwelijke"),
    ("geevalueerd", "geëvalueerd"),  # an accent left out
])
def test_a_typo_becomes_the_documents_word(speller, typed, meant):
    assert speller.correct(typed) == meant


@pytest.mark.parametrize("word", [
    "internet",  # a Dutch word, not a typo of "interne"
    "regering",  # not "regeling"
    "gevierd",  # not "gevoerd"
    "anti-lhbtiq",  # each part is known
    "beleid",  # short words are left alone
    "2025Z08286",
])
def test_real_words_are_left_alone(speller, word):
    assert speller.correct(word) == word


def test_a_clean_question_is_unchanged(speller):
    question = "Wanneer worden de activiteiten bij het bestuursakkoord over het internet uitgewerkt?"
    assert speller.correct(question) == question


def test_two_equally_likely_words_give_no_guess():
    """"regelingn" is one edit from "regeling" and from "regelingen": no guess, unless one is far more frequent."""
    assert Speller(["de regeling en de regelingen"], words=frozenset()).suggestion("regelingn") is None
    assert Speller(["de regeling " * 6 + "de regelingen"], words=frozenset()).suggestion("regelingn") == "regeling"


def test_a_typo_in_a_question_finds_what_the_right_spelling_finds(engine):
    """Through the engine: the typo'd question retrieves the same first passage and is answered, not abstained."""
    from rag.answer import draft_answer

    right = draft_answer(engine, "Waar richt het plan Stop Femicide zich op?")
    typed = draft_answer(engine, "waar richt het plan Stop Femicde zich op")
    assert typed.hits[0].passage.passage_id == right.hits[0].passage.passage_id
    assert typed.abstained is right.abstained
    assert engine.search("bestuursakoord Bonaire")[0].passage.passage_id == engine.search("bestuursakkoord Bonaire")[0].passage.passage_id


def test_a_typed_question_word_is_written_out():
    """"vanaf wanner geldt die wet" asks when (round 223: the date was not chosen)."""
    from rag.spelling import written_out

    assert written_out("vanaf wanner geldt die wet") == "vanaf wanneer geldt die wet"
    assert written_out("hoevel gemeenten doen mee") == "hoeveel gemeenten doen mee"


def test_an_apostrophe_typed_either_way():
    """"zo’n" (a typographic apostrophe) stays "zo’n", not "zo’een" (round 438); "m’n" is "mijn" like "m'n"."""
    from rag.spelling import written_out

    assert written_out("Is bekend hoeveel scholieren zo’n app gebruikt hebben?") == "Is bekend hoeveel scholieren zo’n app gebruikt hebben?"
    assert written_out("vr m’n team") == written_out("vr m'n team") == "voor mijn team"
    assert written_out("heeft ’t kabinet") == "heeft het kabinet"
