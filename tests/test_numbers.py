"""The Dutch number normaliser on the forms journalists and the documents use."""

import pytest

from rag.coverage import value_found
from rag.numbers import as_dutch_values, extract_values, parse_word, same_value


def one(text):
    values = extract_values(text)
    assert len(values) == 1, values
    return values[0]


@pytest.mark.parametrize(
    "a, b",
    [
        ("€ 4,50", "4,50 euro"),
        ("15,3%", "15,3 procent"),
        ("twee op de tien", "20%"),
        ("2745", "2.745"),
        ("€ 2 miljoen", "2 miljoen euro"),
        ("vijfentwintig gemeenten", "25 gemeenten"),
        ("de helft", "50 procent"),
        ("een op de vijf", "20 procent"),
        ("6 op 10", "60%"),
        ("tweeëntwintig lidstaten", "22 lidstaten"),
        ("zes op tien", "60 procent"),
    ],
)
def test_equal_forms(a, b):
    va, vb = one(a), one(b)
    assert va.kind == vb.kind
    assert same_value(va, vb), (va, vb)


def test_approximations_are_flagged_and_match_loosely():
    v = one("bijna drieduizend meldingen")
    assert (v.kind, v.value, v.approximate) == ("number", 3000, True)
    assert same_value(v, one("2.950 meldingen"))
    assert not same_value(v, one("2.500 meldingen"))
    assert one("ruim 1200 partners").approximate


def test_kinds():
    assert one("in april 2025").kind == "date"
    assert one("op 18 november 2024").value == pytest.approx(2024.1118)
    assert one("sinds 2023").kind == "year"
    assert one("€ 4,50").kind == "amount"
    assert one("141%").kind == "percentage"
    assert one("de tweede ronde").kind == "ordinal"
    assert extract_values("een organisatie") == []  # the article is not the number one
    assert [v.kind for v in extract_values("Richtlijn 2022/2381")] != ["year", "year"]


def test_month_year_matches_a_full_date_of_that_month():
    assert same_value(one("april 2025"), one("15 april 2025"))
    assert not same_value(one("april 2025"), one("mei 2025"))
    assert not same_value(one("2024"), one("2025"))


def test_different_numbers_differ():
    assert not same_value(one("40 gemeenten"), one("25 gemeenten"))
    assert not same_value(one("16%"), one("7%"))


def test_number_words():
    assert parse_word("tweehonderdvijftig") == 250
    assert parse_word("twintigduizend") == 20000
    assert parse_word("dertien") == 13
    assert parse_word("tafel") is None


def test_orders_of_magnitude_in_the_plural():
    """"tienduizenden" is tens of thousands: the same as 30.000, not as "honderden"."""
    from rag.numbers import magnitude_range

    many = extract_values("tienduizenden scholieren")[0]
    assert magnitude_range(many) == (20_000, 100_000)
    assert same_value(many, extract_values("30.000 scholieren")[0])
    assert not same_value(many, extract_values("enkele honderden scholieren")[0])


def test_an_approximate_bare_quarter_is_a_share():
    """"zo'n kwart van de bestuurders" is about 25%; "het eerste kwart" of a year is no share."""
    v = extract_values("Inmiddels is zo'n kwart van de bestuurders een vrouw.")
    assert [(x.kind, x.value, x.approximate) for x in v] == [("percentage", 25.0, True)]
    assert not [x for x in extract_values("in het eerste kwart van het jaar") if x.kind == "percentage"]
    # "nog geen kwart" bounds a share from above, like "minder dan een kwart"
    v = extract_values("In Nederland is nog geen kwart van de ICT-specialisten een vrouw.")
    assert [(x.kind, x.value, x.approximate) for x in v] == [("percentage", 25.0, True)]


def test_tenths_and_fifths_are_shares():
    """"drie tiende van de organisatie" is 30%; a lone "tiende" stays an ordinal."""
    assert [(x.kind, x.value) for x in extract_values("drie tiende van de organisatie")] == [("percentage", 30.0)]
    assert [(x.kind, x.value) for x in extract_values("twee vijfde van de gemeenten")] == [("percentage", 40.0)]
    assert [x.kind for x in extract_values("het tiende jaar")] == ["ordinal"]


@pytest.mark.parametrize("claim, evidence, found", [
    ("Het project loopt drie jaar.", "met een looptijd van 36 maanden", True),
    ("Het project loopt twee jaar.", "met een looptijd van 36 maanden", False),
    ("Het project loopt 18 maanden.", "het loopt anderhalf jaar, tot 2027", True),  # a duration in words
    ("Het onderzoek duurt zo'n twaalf maanden.", "het zal naar verwachting ongeveer een jaar in beslag nemen", True),
    ("Het convenant beslaat vier jaar.", "het Convenant Sociale Veiligheid 2024-2027", True),  # a period of whole years
    ("Het convenant beslaat drie jaar.", "het Convenant Sociale Veiligheid 2024-2027", None),
    ("Het project loopt 16 maanden.", "het loopt anderhalf jaar", None),
    ("Drie organisaties doen mee.", "met een looptijd van 36 maanden", False),  # a count without a unit is no duration
])
def test_a_duration_in_years_is_the_same_in_months(claim, evidence, found):

    cv = extract_values(claim)[0]
    assert value_found(cv, claim, evidence, extract_values(evidence))[0] is found


@pytest.mark.parametrize("text, ordinals", [
    ("in 2026 moet het voorstel bij de Tweede Kamer liggen", []),
    ("Criteria die op het eerste gezicht neutraal zijn", []),
    ("in de eerste plaats de aanbieders", []),
    ("het tweede initiatief", ["tweede"]),
])
def test_an_ordinal_in_a_name_or_fixed_phrase_ranks_nothing(text: str, ordinals: list[str]) -> None:
    assert [v.text for v in extract_values(text) if v.kind == "ordinal"] == ordinals


def test_a_claim_counts_what_it_lists() -> None:
    claim = "Vier organisaties vormen samen de alliantie: COC Nederland, Transgender Netwerk, NNID en Bi+ Nederland."
    evidence = "De alliantie bestaat uit COC Nederland, Transgender Netwerk, NNID en Bi+ Nederland."
    cv = extract_values(claim)[0]
    assert value_found(cv, claim, evidence, extract_values(evidence))[0] is True
    wrong = claim.replace("Vier", "Vijf")
    assert value_found(extract_values(wrong)[0], wrong, evidence, extract_values(evidence))[0] is not True


def test_an_ordinal_is_found_as_the_count_of_the_same_value() -> None:
    """"leerlingen uit de tweede en vierde klas" is "scholieren van klas twee en vier"."""
    claim = "Steeds meer leerlingen uit de tweede en vierde klas vinden homoseksualiteit normaal."
    evidence = "Steeds minder scholieren van klas twee en vier vinden homoseksualiteit normaal."
    ev = extract_values(evidence)
    assert [value_found(cv, claim, evidence, ev)[0] for cv in extract_values(claim)] == [True, True]



def test_a_share_of_another_figure_is_no_share_of_its_own():
    """"bij mannen is dat de helft daarvan, 20 procent": "de helft" is half of the 40 percent before it."""
    v = extract_values("Van de vrouwen kan 40 procent niet rondkomen; bij mannen is dat de helft daarvan, 20 procent.")
    assert [x.value for x in v] == [40.0, 20.0]
    assert [x.value for x in extract_values("Ruim de helft van de vrouwen werkt in deeltijd.")] == [50.0]


@pytest.mark.parametrize(
    "english, dutch",
    [
        ("sent on 5 June 2023", "sent on 5 juni 2023"),
        ("on June 5, 2024", "on 5 juni 2024"),
        ("the past five years", "the past 5 jaar"),
        ("twenty-five municipalities", "25 municipalities"),
        ("more than 1,200 partners", "meer dan 1200 partners"),  # (a bound, the Dutch way)
        ("14 per cent", "14%"),
        ("four in five women", "4 op de 5 women"),
        ("€2 million", "€2 miljoen"),
        ("by the end of 2026", "eind 2026"),
        ("from 2024 until 2028", "van 2024 tot en met 2028"),
        ("It may change; one of them", "It may change; one of them"),  # "may" without a day or year, "one" a pronoun
    ],
)
def test_english_figures_are_written_the_dutch_way(english, dutch):
    from rag.numbers import as_dutch_values

    assert as_dutch_values(english) == dutch


def test_english_counts_take_the_documents_word():
    from rag.glossary import with_dutch_units

    assert with_dutch_units("40 municipalities take part") == "40 gemeenten take part"
    assert with_dutch_units("200 school boards and 2000 schools") == "200 schoolbesturen and 2000 scholen"
    assert with_dutch_units("in 2026 women") == "in 2026 women"


def test_days_of_a_month_are_no_ranks() -> None:
    """"op de 6e en de 14e" are days of November, not a sixth and a fourteenth place; "de 2e klas" is a rank."""
    kinds = [v.kind for v in extract_values("De Kamer kreeg de monitors in november 2024, op de 6e en de 14e.")]
    assert "ordinal" not in kinds
    assert [v.value for v in extract_values("scholieren van de 2e en de 4e klas") if v.kind == "ordinal"] == [2, 4]


def test_a_year_like_figure_after_a_quantity_word_is_a_count():
    """"ruim 2000 open datasets" counts datasets; "in 2000" and "rond 2030" stay years."""
    assert one("Er zijn ruim 2000 open datasets.").kind == "number"
    assert one("Dat gebeurde in 2000.").kind == "year"
    assert one("Het doel is rond 2030 bereikt.").kind == "year"


def test_euros_and_cents_in_words_are_one_amount():
    """"vier euro vijftig" is € 4,50, not four euros and a fifty."""
    assert [(v.kind, v.value) for v in extract_values("gemiddeld vier euro vijftig bruto minder")] == [("amount", 4.5)]
    assert [(v.kind, v.value) for v in extract_values("twee euro vijfentwintig")] == [("amount", 2.25)]
    assert [(v.kind, v.value) for v in extract_values("5 miljoen euro vijftig keer")][0] == ("amount", 5e6)


def test_a_bare_fraction_after_a_bound_is_a_share():
    """"nog geen zesde van de bestuurders" is a share; "de zesde plaats" and "de derde ronde" are ranks."""
    assert [(v.kind, v.value) for v in extract_values("Nog geen zesde van de bestuurders")] == [("percentage", 16.67)]
    assert [v.kind for v in extract_values("de zesde plaats")] == ["ordinal"]
    assert [v.kind for v in extract_values("de derde ronde")] == ["ordinal"]


def test_a_ratio_without_de_is_of_ten_or_a_hundred_only():
    # "van 2 op 5" is a change, "2023 op 2024" two years: no shares
    assert [v.kind for v in extract_values("het aantal steeg van 2 op 5")] == ["number", "number"]
    assert [v.kind for v in extract_values("in 2023 op 2024")] == ["year", "year"]
    assert [(v.kind, v.value) for v in extract_values("van ruim 6 op 10 (2021) naar ruim 4 op 10 (2023)")] == [
        ("percentage", 60.0), ("year", 2021.0), ("percentage", 40.0), ("year", 2023.0)]


def test_an_abbreviated_month_before_a_year_is_written_out():
    from rag.numbers import with_month_names

    assert with_month_names("Doxing pas sinds 1 jan. 2025 strafbaar") == "Doxing pas sinds 1 januari 2025 strafbaar"
    assert with_month_names("in sept 2024 en okt. 2025") == "in september 2024 en oktober 2025"
    assert with_month_names("Jan Jansen zei het in 2024") == "Jan Jansen zei het in 2024"  # a name, no year after it


def test_acht_before_its_subject_is_the_verb_achten():
    """"In hoeverre acht het kabinet ..." deems; "acht gemeenten" counts."""
    assert extract_values("In hoeverre acht het kabinet dit bruikbaar?") == []
    assert [v.value for v in extract_values("Acht gemeenten doen mee.")] == [8.0]


def test_a_headline_opening_with_a_bare_fraction_gives_a_share():
    """"Kwart van vrouwelijke statushouders heeft betaald werk" (round 241: judged supported against 17%); "het eerste
    kwart van 2025" stays a quarter of a year."""
    assert [(v.kind, v.value) for v in extract_values("Kwart van vrouwelijke statushouders heeft betaald werk")] == [("percentage", 25.0)]
    assert not [v for v in extract_values("Het eerste kwart van 2025") if v.kind == "percentage"]


def test_a_one_sided_approximation_excludes_the_other_side():
    """"ruim drieduizend" is not 2745 (round 336); "bijna 80%" is 79.6% but not 82%; "ongeveer" is either side."""
    (ruim,) = [v for v in extract_values("ruim drieduizend meldingen")]
    (bijna,) = extract_values("bijna 80% van de vrouwen")
    (ongeveer,) = extract_values("ongeveer drieduizend meldingen")
    (exact,) = extract_values("2745 meldingen")
    assert ruim.side == 1 and bijna.side == -1 and ongeveer.side == 0
    assert not same_value(ruim, exact) and same_value(ongeveer, exact)
    assert same_value(bijna, extract_values("79,6%")[0]) and not same_value(bijna, extract_values("82%")[0])


def test_half_a_million_is_an_amount():
    """"een half miljoen euro subsidie per jaar" (round 359: no value, so the claim was supported without it)."""
    (amount,) = [v for v in extract_values("krijgt een half miljoen euro subsidie") if v.kind == "amount"]
    assert amount.value == 500_000
    assert [v.value for v in extract_values("anderhalf miljard")] == [1.5e9]


def test_een_before_a_magnitude_is_the_number_one():
    """"ruim een miljoen mensen" is a million (a claim with it was supported by a passage without the figure); "een"
    alone stays the article."""
    assert [(v.kind, v.value) for v in extract_values("bereikte ruim een miljoen mensen")] == [("number", 1_000_000.0)]
    assert not extract_values("een campagne")


def test_english_fractions_are_read_as_the_dutch_ones():
    """"roughly a third of the ICT specialists" is a share to hold against "minder dan 25 procent" (round 460: `not_found`);
    "the first half of 2025" is no share."""
    assert as_dutch_values("roughly a third of the ICT specialists") == "ongeveer een derde of the ICT specialists"
    assert as_dutch_values("Nearly a quarter of young people") == "bijna een kwart of young people"
    assert as_dutch_values("more than half of the reports") == "meer dan de helft of the reports"
    assert as_dutch_values("in the first half of 2025") == "in the first half of 2025"
    assert as_dutch_values("about a quarter (25.3%) of directors") == "about a quarter (25,3%) of directors"  # (dev c-10930)
    assert [v.value for v in extract_values(as_dutch_values("two-thirds of women"))] == [66.67]


def test_a_paragraph_of_an_article_is_its_rank():
    """"artikel 10, lid 3" is the source's "artikel 10, derde lid" (round 470: `contradicted`, 3 against 10)."""
    assert [(v.kind, v.value) for v in extract_values("artikel 10, lid 3, van de AI-verordening")] == [("number", 10), ("ordinal", 3)]
    assert [(v.kind, v.value) for v in extract_values("In artikel 10, derde lid, van de AI-verordening")] == [("number", 10), ("ordinal", 3)]
