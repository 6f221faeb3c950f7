"""Alias table: acronym definitions found in document texts, country adjectives, ministries."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.aliases import AliasTable, acronym_matches, build_alias_table, find_definitions, key

DOCUMENTS = Path(__file__).resolve().parents[1] / "corpus" / "documents"


@pytest.fixture(scope="module")
def corpus_table() -> AliasTable:
    return build_alias_table(p.read_text(encoding="utf-8") for p in sorted(DOCUMENTS.glob("*.txt")))


def test_bundled_documents_define_crm_lpt_and_ap(corpus_table: AliasTable) -> None:
    assert corpus_table.acronyms["CRM"] == "College voor de Rechten van de Mens"
    assert corpus_table.acronyms["LPT"] == "Landelijk Platform Transgenderzorg"
    assert corpus_table.acronyms["AP"] == "Autoriteit Persoonsgegevens"
    assert corpus_table.same("CRM", "het College voor de Rechten van de Mens")
    assert corpus_table.kind("CRM") == "organisation"


def test_bundled_documents_define_more(corpus_table: AliasTable) -> None:
    expected = {
        "CBS": "Centraal Bureau voor de Statistiek", "CPB": "Centraal Planbureau", "SER": "Sociaal-Economische Raad",
        "CRvB": "Centrale Raad van Beroep", "SSV": "Stichting School & Veiligheid", "NCTV": "Nationaal Coördinator Terrorismebestrijding en Veiligheid",
    }
    for acronym, long in expected.items():
        assert corpus_table.acronyms[acronym] == long
    # an acronym of the capitalised head of a longer name: N(ationaal) A(ctie)P(rogramma) Aanpak seksueel ...
    assert corpus_table.acronyms["NAP"].startswith("Nationaal Actieprogramma Aanpak seksueel grensoverschrijdend gedrag")
    assert "FAIR" not in corpus_table.acronyms  # "binnen en buiten Nederland (FAIR)" is no definition
    # "digitaledienstenverordening (DSA)": the letters do not match, so no definition is read from the text; the fixed
    # table knows the act by both names
    assert corpus_table.acronyms["DSA"] == "digitaledienstenverordening"
    assert corpus_table.same("DSA", "digitaledienstenverordening")


@pytest.mark.parametrize("text,acronym,long", [
    ("Het College voor de Rechten van de Mens (CRM) oordeelt.", "CRM", "College voor de Rechten van de Mens"),
    ("Vanaf 2025 krijgt het Landelijk Platform Transgenderzorg (LPT) een rol.", "LPT", "Landelijk Platform Transgenderzorg"),
    ("Toezicht door de Autoriteit Persoonsgegevens (AP) en anderen.", "AP", "Autoriteit Persoonsgegevens"),
    ("Het CRM (College voor de Rechten van de Mens) oordeelt.", "CRM", "College voor de Rechten van de Mens"),
    ("De staatssecretaris van Justitie en Veiligheid (JenV) schrijft.", "JenV", "Justitie en Veiligheid"),
    ("Het gerechtsbestuur van de Centrale Raad van Beroep (CRvB) besliste.", "CRvB", "Centrale Raad van Beroep"),
    ("Volgens het Centraal\nBureau voor de Statistiek (CBS) steeg het.", "CBS", "Centraal Bureau voor de Statistiek"),
])
def test_find_definitions(text: str, acronym: str, long: str) -> None:
    assert (acronym, long) in find_definitions(text)


@pytest.mark.parametrize("text", [
    "Vragen van de leden Westerveld en Kathmann (GroenLinks-PvdA).",
    "Data die vindbaar zijn binnen en buiten Nederland (FAIR).",
    "Zoals de digitaledienstenverordening (DSA) bepaalt.",
])
def test_no_false_definitions(text: str) -> None:
    assert find_definitions(text) == []


def test_acronym_matches_initials_with_function_words() -> None:
    assert acronym_matches("CRM", "College voor de Rechten van de Mens")
    assert acronym_matches("CBb", "College van Beroep voor het bedrijfsleven")
    assert acronym_matches("CPB", "Centraal Planbureau")  # a letter from inside a compound
    assert not acronym_matches("CRM", "Commissie voor Rechtspraak")
    assert not acronym_matches("ADV", "antidiscriminatievoorziening")  # one plain word is not checked


@pytest.mark.parametrize("a,b", [
    ("Hongaarse", "Hongarije"), ("Hongaren", "Hongarije"), ("Nederlandse", "Nederland"), ("Europese", "EU"),
    ("Duitse", "Duitsland"), ("Oekraïense", "Oekraïne"), ("Amerikaanse", "Verenigde Staten"), ("Surinaamse", "Suriname"),
    ("OCW", "Onderwijs, Cultuur en Wetenschap"), ("het ministerie van SZW", "Sociale Zaken en Werkgelegenheid"),
    ("JenV", "ministerie van Justitie en Veiligheid"), ("Germany", "Duitsland"),
    ("LGBTIQ", "lhbtiq+"), ("LGBTQIA", "lhbtiq+"),  # written without the plus, as English questions often do
    ("NL", "Nederland"), ("Statia", "St. Eustatius"), ("UN", "VN"),  # what users write for the documents' names
    ("NS", "Nederlandse Spoorwegen"),
    ("WHW", "Wet op het hoger onderwijs en wetenschappelijk onderzoek"), ("GDPR", "AVG"),
])
def test_fixed_forms_are_the_same(a: str, b: str) -> None:
    table = AliasTable.fixed()
    assert table.same(a, b)
    assert table.canonical(a) == table.canonical(b)


def test_different_entities_are_not_the_same() -> None:
    table = AliasTable.fixed()
    assert table.kind("AVG") == "other"  # a law is no organisation (no entity clash with a named authority)
    assert key("SDGs") == key("SDG’s") == "sdg"  # an acronym's plural with or without the apostrophe
    assert not table.same("Hongaarse", "Polen")
    assert not table.same("OCW", "SZW")
    assert table.kind("Poolse") == "country" and table.kind("VWS") == "ministry"


def test_expand_adds_long_form_once(corpus_table: AliasTable) -> None:
    assert corpus_table.expand("Het CRM ziet toe.") == "Het CRM (College voor de Rechten van de Mens) ziet toe."
    defined = "Het College voor de Rechten van de Mens (CRM) ziet toe."
    assert corpus_table.expand(defined) == defined
    assert corpus_table.expand("De CRM-richtlijn") == "De CRM-richtlijn"  # not inside a compound


def test_round_trip(corpus_table: AliasTable) -> None:
    import json

    restored = AliasTable.from_dict(json.loads(json.dumps(corpus_table.to_dict())))
    assert restored.canonical("CRM") == corpus_table.canonical("CRM")
    assert restored.same("Hongaarse", "Hongarije")
    assert restored.expand("De AP") == corpus_table.expand("De AP")


def test_national_bodies_are_known_by_their_acronyms_without_a_definition() -> None:
    table = build_alias_table([])
    assert table.same("CBS", "het Centraal Bureau voor de Statistiek")
    assert table.same("SCP", "Sociaal en Cultureel Planbureau")
    assert not table.same("CBS", "CPB")


def test_a_long_name_is_known_by_its_first_capitalised_words() -> None:
    """Users shorten "Nationaal Actieprogramma Aanpak seksueel grensoverschrijdend gedrag ... (NAP)" to "het Nationaal
    Actieprogramma"; a head two definitions share names neither."""
    from corpus.aliases import name_heads

    assert name_heads("Nationaal Actieprogramma Aanpak seksueel grensoverschrijdend gedrag") == ["Nationaal Actieprogramma", "Nationaal Actieprogramma Aanpak"]
    assert name_heads("Autoriteit Persoonsgegevens") == []
    table = build_alias_table(["het Nationaal Actieprogramma Aanpak seksueel geweld (NAP) en de NAP",
                               "het Nationaal Fonds Een (NFE) en het Nationaal Fonds Twee (NFT)"])
    assert table.canonical("Nationaal Actieprogramma") == table.canonical("NAP")
    assert table.canonical("Nationaal Fonds") != table.canonical("NFE")
