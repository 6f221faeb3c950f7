"""What a question pins down (a year, a number, an amount, a name) and whether evidence has it: no model needed."""

from __future__ import annotations

from corpus.aliases import build_alias_table
from rag.constraints import missing_constraints, question_constraints

DEFINES = "Het College voor de Rechten van de Mens (CRM) ziet toe op gelijke behandeling. De Sociaal-Economische Raad (SER) adviseert."


def kinds(question: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in question_constraints(question)]


def test_year_number_and_amount_are_asked_for():
    assert ("year", "2022") in kinds("Hoeveel gemeenten namen in 2022 deel aan Veilige Steden?")
    assert ("amount", "Hoeveel geld") in kinds("Hoeveel geld is er beschikbaar voor het programma?")


def test_the_askers_age_is_no_number_asked_about():
    assert kinds("Vroeger zat ik in de gemeenteraad, ik ben nu 72. Hoe heet die commissaris?") == []
    assert kinds("Ik ben 80 en snap er weinig van. Staan er echt zoveel datasets online?") == []
    assert kinds("Ik maak me als oma (79) zorgen. Is dat strafbaar?") == []
    assert ("number", "25") in kinds("Klopt het dat 25 gemeenten meedoen?")


def test_a_so_called_thing_is_counted_by_its_noun():
    assert ("count-of", "regenboogsteden") in kinds("Hoeveel zogeheten Regenboogsteden zijn er nu?")


def test_the_year_in_the_documents_name_is_no_year_asked_about():
    assert kinds("Op welke brief bouwt de Emancipatienota 2025 voort?") == []
    assert not [k for k, _ in kinds("Which earlier priorities letter does the 2025 emancipation memo build on?") if k == "year"]
    assert ("year", "2025") in kinds("Wat gebeurde er in 2025 met de nota?")


def test_budget_cuts_ask_for_no_amount():
    assert not [k for k, _ in kinds("Will the Dutch budget cuts affect current emancipation grants?") if k == "amount"]
    assert ("amount", "budget") in kinds("Hoe groot is het budget voor Veilige Steden?")
    # the size of an effect on a budget asks how large the effect is
    assert not [k for k, _ in kinds("en hoe groot is de impact op het budget voor subsidies?") if k == "amount"]


def test_a_long_form_in_the_question_is_found_through_its_acronym_in_the_evidence():
    question = "Welke bevoegdheden krijgt het College voor de Rechten van de Mens?"
    evidence = "Het CRM krijgt aanvullende bevoegdheden."
    table = build_alias_table([DEFINES])
    assert missing_constraints(question_constraints(question), evidence)  # without the table: "College", "Rechten", "Mens" lack
    assert missing_constraints(question_constraints(question), evidence, table) == []


def test_an_acronym_in_the_question_is_found_through_its_long_form_in_the_evidence():
    table = build_alias_table([DEFINES])
    evidence = "Het College voor de Rechten van de Mens krijgt aanvullende bevoegdheden."
    assert missing_constraints(question_constraints("Welke bevoegdheden krijgt het CRM?"), evidence, table) == []


def test_an_acronym_compound_needs_only_its_acronym():
    evidence = "De SER is om advies gevraagd; het advies wordt eind 2025 verwacht."
    assert missing_constraints(question_constraints("Wanneer verwacht het kabinet het SER-advies?"), evidence) == []
    assert missing_constraints(question_constraints("Wanneer verwacht het kabinet het SER-advies?"), "Het advies komt eind 2025.")


def test_a_compound_name_may_be_written_apart_in_the_evidence():
    """"Sinti- en Romakinderen" asks about the "Sinti en Roma kinderen" of the evidence; not about other children."""
    question = "Wie spelen een rol bij het hogere opleidingsniveau van Sinti- en Romakinderen?"
    assert missing_constraints(question_constraints(question), "Het onderwijsniveau van Sinti en Roma kinderen stijgt.") == []
    assert missing_constraints(question_constraints(question), "Het onderwijsniveau van kinderen stijgt.")


def test_a_name_the_evidence_lacks_stays_missing():
    table = build_alias_table([DEFINES])
    missing = missing_constraints(question_constraints("Wat doet het Landelijk Platform Transgenderzorg?"), "Het CRM adviseert.", table)
    assert [c.text for c in missing] == ["Landelijk Platform Transgenderzorg"]


def test_a_count_that_shapes_the_answer_is_no_value_to_repeat():
    assert ("number", "drie") not in kinds("Welke drie partijen vormen samen de alliantie?")
    assert not missing_constraints(question_constraints("Welke drie partijen vormen samen de alliantie?"), "De alliantie bestaat uit A, B en C.")


def test_brussel_stands_for_the_european_commission():
    evidence = "Eind 2021 heeft de Europese Commissie het voorstel gedaan om haatzaaien in de hele EU strafbaar te maken."
    assert missing_constraints(question_constraints("Wanneer stelde Brussel voor om haatzaaien EU-breed strafbaar te maken?"), evidence) == []


def test_the_thing_counted_may_have_another_name():
    """"Hoeveel steden" is answered by "25 gemeenten", "hoeveel landen" by "twintig lidstaten"; not by other nouns."""
    def missing(q, ev):
        return [c.kind for c in missing_constraints(question_constraints(q), ev)]

    assert "count-of" not in missing("Hoeveel steden doen mee aan Veilige Steden?", "Nu doen 25 gemeenten mee.")
    assert "count-of" not in missing("Hoeveel landen tekenden de verklaring?", "De verklaring is door twintig lidstaten ondertekend.")
    assert "count-of" in missing("Hoeveel scholen doen mee?", "Nu doen 25 gemeenten mee.")
    # a compound names a kind of its last part: Regenboogsteden are steden, so gemeenten
    assert "count-of" not in missing("Hoeveel gemeenten doen mee aan Regenboogsteden?", "OCW werkt met de 56 Regenboogsteden samen.")
    assert "count-of" in missing("Hoeveel gemeenten doen mee?", "OCW werkt met de 56 Regenboogprojecten samen.")
    # and the question's compound by its head: a share of the boards answers "hoeveel bedrijfsbesturen"
    assert "count-of" not in missing("Hoeveel bedrijfsbesturen hebben geen vrouw?", "In bijna 60% van de besturen zit geen enkele vrouw.")
    # the EU a question names is there in its regulation ("the EU's AI Act": the AI-verordening)
    q = "Where in the AI Act do the guidelines of the EU expert group show up?"
    assert "name" not in missing(q, "In overweging 7 van de AI-verordening staat het.")
    assert "name" in missing(q, "In overweging 7 staat het.")
    # the share of women in the top positions counts the top positions ("topfuncties" are "topposities")
    assert "count-of" not in missing("Hoeveel topfuncties bekleden vrouwen daar?", "Het aandeel vrouwen in topposities is gemiddeld 41%.")
    assert "count-of" in missing("Hoeveel topfuncties bekleden vrouwen daar?", "Het aandeel vrouwen in de raad is gemiddeld 41%.")
    # a verb or a qualifier after "hoeveel" counts nothing: the noun counted comes later, or there is none
    assert "count-of" not in missing("hoeveel scheelt het uurloon van mannen en vrouwen?", "Vrouwen verdienen € 4,50 per uur minder.")
    assert "count-of" not in missing("hoeveel vrij te gebruiken gegevensbestanden zijn er?", "Er zijn meer dan 20.000 open datasets.")
    # projects are initiatives
    assert "count-of" not in missing("Hoeveel projecten worden via het NAP gesubsidieerd?", "Vanuit het NAP subsidieer ik twee initiatieven.")
    assert "count-of" not in missing("Hoeveel EU-landen tekenden?", "De verklaring is door twintig lidstaten ondertekend.")
    assert "count-of" in missing("Hoeveel bedrijfsbesturen hebben geen vrouw?", "In bijna 60% van de scholen is dat zo.")


def test_a_list_item_or_a_count_of_kinds_does_not_count_the_thing():
    """"1) vrouwen die ..." numbers a list item; "drie groepen vrouwen" counts groups, not women."""
    def missing(q, ev):
        return [c.kind for c in missing_constraints(question_constraints(q), ev)]

    assert "count-of" in missing("Hoeveel vrouwen werken in deeltijd?", "Het gaat om: 1) vrouwen die in deeltijd werken; 2) vrouwen zonder werk.")
    assert "count-of" in missing("Hoeveel vrouwen zijn niet financieel onafhankelijk?", "Er zijn drie groepen vrouwen die niet financieel onafhankelijk zijn.")
    assert "count-of" not in missing("Hoeveel vrouwen zijn niet financieel onafhankelijk?", "Vier op de tien vrouwen zijn niet financieel onafhankelijk.")


def test_a_preposition_before_hoeveel_still_asks_for_a_count():
    assert ("count-of", "leden") in kinds("Uit hoeveel leden bestaat de regiegroep?")
    assert ("count-of", "lidstaten") in kinds("Door hoeveel lidstaten is de verklaring ondertekend?")


def test_what_a_question_compares_with_must_be_in_the_evidence():
    q = "Voelen vrouwelijke studenten zich in het mbo onveiliger dan in het hoger onderwijs?"
    assert [c.kind for c in question_constraints(q)] == ["compared-with"]
    assert missing_constraints(question_constraints(q), "Vrouwelijke mbo-studenten voelen zich vaker onveilig.")
    assert not missing_constraints(question_constraints(q), "In het mbo en het hoger onderwijs voelen vrouwen zich vaker onveilig.")
    assert not missing_constraints(question_constraints("Werken vrouwen gemiddeld minder uren dan mannen?"),
                                   "Vrouwen werken gemiddeld 8 uur minder dan mannen.")
    # women against men need not name the men: a sentence on what women earn less says it
    q = "Hoeveel minder verdienen vrouwen per uur dan mannen in het bedrijfsleven?"
    assert not [c for c in missing_constraints(question_constraints(q), "In het bedrijfsleven verdienen vrouwen gemiddeld € 4,50 per uur minder.")
                if c.kind == "compared-with"]


def test_dan_as_then_is_no_comparison():
    assert question_constraints("Waarom is het dan nog steeds niet aangenomen?") == []
    assert question_constraints("Wat doet het kabinet dan tegen femicide?") == []
    # "wanneer" ends in -er but compares nothing
    assert kinds("en als het wordt goedgekeurd, wanneer begint het dan en hoe lang duurt het?") == []
    assert ("compared-with", "in 2023") in kinds("Zijn er meer meldingen dan in 2023?")
    # nor is a noun in -er ("de dader dan iemand uit de familie")
    assert kinds("en bij femicide, hoe vaak is de dader dan iemand uit de familie?") == []


def test_a_school_year_in_two_digits_is_a_year_and_a_nationality_is_no_counted_noun():
    assert kinds("Hoeveel vrouwen haalden in schooljaar 22/23 een technisch diploma?")[:1] == [("year", "2022")]
    assert ("number", "22") not in kinds("Hoeveel vrouwen haalden in schooljaar 22/23 een technisch diploma?")
    assert ("count-of", "jongeren") in kinds("hoeveel belgische jongeren hebben een deepnude gekregen?")
    # an adjective before a plural is counted with it: either word may be what the evidence counts
    assert ("count-of", "middelbare scholieren") in kinds("hoeveel amsterdamse middelbare scholieren vinden dat normaal?")
    assert ("count-of", "zwangere werknemers") in kinds("hoeveel zwangere werknemers krijgen te maken met benadeling?")
    assert not missing_constraints(question_constraints("hoeveel zwangere werknemers worden benadeeld?"),
                                   "Bijna de helft (43%) van de zwangeren krijgt te maken met discriminatie.")
    # the share of a noun with its figures after it counts it
    assert not missing_constraints(question_constraints("hoeveel middelbare scholieren vinden het normaal?"),
                                   "Het percentage scholieren dat het normaal vindt, is gedaald van 63% naar 43%.")
    # "om welke percentages gaat het" asks for percentages
    assert ("percentage", "welke percentages") in kinds("Om welke percentages gaat het dan?")
    # "bruto" qualifies what is earned: nothing is counted
    assert not [k for k, _ in kinds("Hoeveel bruto verdienen vrouwen per uur minder dan mannen?") if k == "count-of"]


def test_a_country_in_an_english_question_is_found_in_its_dutch_form():
    table = build_alias_table([])
    cs = question_constraints("Do Dutch women spend more years in poor health than women in Belgium?")
    assert [c.text for c in cs] == ["Belgium"]
    assert missing_constraints(cs, "Vrouwen in Nederland leven langer in slechte gezondheid.", table)
    assert not missing_constraints(cs, "In België en Nederland leven vrouwen langer in slechte gezondheid.", table)


def test_the_bes_islands_are_found_as_the_three_islands_the_documents_name():
    table = build_alias_table([])
    cs = question_constraints("Doen de BES-eilanden ook mee aan het programma?")
    assert [c.text for c in cs] == ["BES-eilanden"]
    assert not missing_constraints(cs, "In 2026 kunnen ook de openbare lichamen Bonaire, Sint Eustatius en Saba deelnemen.", table)
    assert not missing_constraints(cs, "Ook Caribisch Nederland doet mee.", table)
    assert missing_constraints(cs, "Ook Bonaire doet mee.", table)  # one island is not the three
    # "het Caribisch gebied", "Caribisch Nederland": the islands the documents name
    for question in ("Kunnen de eilanden in het Caribisch gebied ook aanhaken?", "en in Caribisch Nederland?"):
        cs = question_constraints(question)
        assert [c.text for c in cs] == ["Caribisch"]
        assert not missing_constraints(cs, "In 2026 kunnen ook de openbare lichamen Bonaire, Sint Eustatius en Saba deelnemen.", table)
        assert missing_constraints(cs, "Ook gemeenten in Europees Nederland doen mee.", table)


def test_known_names_count_in_any_form_and_document_words_are_no_names():
    table = build_alias_table([])
    cs = question_constraints("Are LGBTIQ+ pupils in the Netherlands bullied more often?")
    assert not missing_constraints(cs, "Lhbtiq+ leerlingen worden vaker gepest.", table)
    assert not missing_constraints(question_constraints("Wat doet Sociale Zaken voor vrouwen?"), "SZW steunt vrouwen.", table)
    assert question_constraints("Welk ministerie hielp volgens de antwoorden op de Kamervragen?") == []


def test_funding_asks_for_an_amount_only_with_a_word_of_quantity():
    assert [c.kind for c in question_constraints("Via welk programma investeren SZW en OCW in vrouwen?")] == ["name", "name"]
    kinds = [c.kind for c in question_constraints("Hoeveel investeert het kabinet in Veilige Steden?")]
    assert "amount" in kinds and "count-of" not in kinds  # "investeert" is a verb, not the thing counted


def test_who_answers_named_as_the_source_is_no_constraint():
    """"volgens de antwoorden van Paul en Van Marum": the letter is signed by them, its passages do not name them."""
    assert question_constraints("Kan een toezichthouder ingrijpen, volgens de antwoorden van Paul en Van Marum?") == []
    assert question_constraints("What does the cabinet do, according to state secretary Paul?") == []
    assert ("name", "Paul") in kinds("Wat zegt Paul over de Raad van Europa?")


def test_a_name_the_asker_owns_is_no_constraint():
    """"ons HR-team", "our HR team": the asker's own, not something the documents name."""
    assert kinds("Bestaat er een cursus over algoritmes die ik ons HR-team kan aanraden?") == []
    assert ("name", "HR-team") in kinds("Bestaat er een cursus over algoritmes voor het HR-team?")
    assert ("name", "NGO") not in kinds("Can our NGO join Veilige Steden?") and ("name", "Veilige Steden") in kinds("Can our NGO join Veilige Steden?")


def test_a_name_of_several_words_is_found_as_a_phrase():
    """"Sterk Samen" is no alliance of the documents, though "Sterk" and "samen" both occur; a capitalised first
    word of the question is no part of a name ("Loopt Economische veerkracht ... nog?")."""
    from rag.constraints import has_name

    assert not has_name("Sterk Samen", "de alliantie Financieel Sterk door Werk werkt samen met gemeenten")
    assert has_name("Kleurrijk Vrij", "de alliantie Kleurrijk en Vrij")
    assert has_name("Regenboogstedenaanpak", "OCW werkt met de 56 Regenboogsteden samen")
    # the EU as "EU", "Europese" or "Europa"; a compound the question made of two words of the evidence
    assert has_name("Europese", "wetgeving die in EU-verband in voorbereiding is")
    assert has_name("EU-breed", "krijgt de Europese Commissie de mogelijkheid")
    assert not has_name("Europese", "wetgeving die in Nederland in voorbereiding is")
    assert has_name("Commissievoorstel", "Eind 2021 heeft de Europese Commissie het voorstel gedaan")
    assert not has_name("Commissievoorstel", "Eind 2021 heeft de Europese Commissie een besluit genomen")
    assert ("name", "Economische") in kinds("Loopt Economische veerkracht van vrouwen nog?")
    assert not any(text.startswith("Loopt") for _k, text in kinds("Loopt Economische veerkracht van vrouwen nog?"))


def test_a_share_is_of_the_group_the_question_names():
    """"Hoeveel procent van de wethouders" is not answered by a share of the bestuurders; the group may be said
    with an adjective before it, as a compound's head, or after a "procent van de werkende"."""
    def missing(q, ev):
        return [c.kind for c in missing_constraints(question_constraints(q), ev)]

    assert ("share-of", "wethouders") in kinds("Hoeveel procent van de wethouders is vrouw?")
    assert "share-of" in missing("Hoeveel procent van de wethouders is vrouw?", "Ook is maar 15,3% van de bestuurders in het bedrijfsleven vrouw.")
    assert "share-of" not in missing("Welk percentage van de bestuurders is vrouw?", "Ook is maar 15,3% van de bestuurders in het bedrijfsleven vrouw.")
    assert "share-of" not in missing("In welk deel van de bedrijfsbesturen zit geen vrouw?", "In bijna 60% van de besturen zit geen enkele vrouw.")
    assert "share-of" not in missing("Welk deel van de zwangere vrouwen krijgt te maken met discriminatie?",
                                     "omdat bijna de helft (43%) van de zwangeren te maken krijgt met discriminatie")
    assert "share-of" not in missing("Welk percentage van de ICT-specialisten is vrouw?",
                                     "omdat minder dan 25 procent van de werkende ICT-specialisten vrouw is")


def test_a_mixed_case_acronym_is_one_name():
    """"Wil JenV ...": the capitalised words of a name are whole words ("Jen" is no name), and a name compound needs
    only its name part."""
    assert ("name", "JenV") in kinds("Wil JenV de ReDirect-aanpak straks ook bij andere platforms inzetten?")
    assert not [t for k, t in kinds("Wil JenV de ReDirect-aanpak straks inzetten?") if t in ("Jen", "Wil Jen")]


def test_an_english_how_many_asks_for_a_count_of_the_dutch_noun():
    """"How many municipalities ...": the glossary gives the Dutch noun, and a sentence that counts no gemeenten does not answer."""
    assert ("count-of", "gemeenten") in kinds("How many municipalities are running the Under Pressure lesson programme?")
    assert ("count-of", "werkgevers") in kinds("How many employers have signed the pact?")
    assert not [k for k, _ in kinds("How many hospitals take part?") if k == "count-of"]  # no Dutch term known: no constraint


def test_amounts_comparisons_and_sources_asked_the_way_people_ask():
    """"How much National Growth Fund money", "the size of the ministry's grant" ask for an amount; "uit welk budget"
    asks where the money comes from; an English comparison with a named target needs that name."""
    assert [k for k, _ in kinds("How much National Growth Fund money has gone into Techkwadraat?") if k == "amount"]
    assert [k for k, _ in kinds("What is the size of the education ministry's grant for the project?") if k == "amount"]
    assert not [k for k, _ in kinds("Netwerken Divers Vakmanschap bij de politie: uit welk budget komen de middelen?") if k == "amount"]
    assert ("compared-with", "Under Pressure") in kinds("Is the ReDirect method more effective than the Under Pressure lesson programme?")
    assert not [k for k, _ in kinds("Do women earn less than men?") if k == "compared-with"]
    assert ("compared-with", "EU-gemiddelde") in kinds("Is the Dutch gender pay gap bigger or smaller than the EU average?")
    assert ("compared-with", "EU-gemiddelde") in kinds("How does the Dutch share of women in ICT stack up against the European average?")
    assert ("compared-with", "EU") in kinds("are dutch women more financially independent than women in the rest of the eu")
    # a budget being cut is the subject, not an amount asked
    assert not [k for k, _ in kinds("With the emancipation budget being cut, are the grants organisations receive at risk?") if k == "amount"]


def test_a_whole_percentage_asked_is_the_figure_it_rounds():
    """"maar 15% van de bestuurders" asks about the documents' 15,3%; 25% does not."""
    from rag.constraints import Constraint

    assert not missing_constraints([Constraint("number", "15%")], "Ook is maar 15,3% van de bestuurders in het bedrijfsleven vrouw.")
    assert missing_constraints([Constraint("number", "25%")], "Ook is maar 15,3% van de bestuurders in het bedrijfsleven vrouw.")
    assert missing_constraints([Constraint("number", "15%")], "Ook is maar 15,6% van de bestuurders vrouw.")  # (rounds to 16)
    assert kinds("Namens onze organisatie willen we weten of er geld naar de politie gaat.") == []  # ("of ...": yes or no)


def test_girls_are_counted_by_the_womens_figure():
    """"Hoeveel procent van de meiden" is answered by "8% van de vrouwelijke gediplomeerden"."""
    from rag.constraints import Constraint

    assert not missing_constraints([Constraint("share-of", "meiden")],
                                   "Op het mbo had 8% van de vrouwelijke gediplomeerden in 2022/23 een technisch diploma.")


def test_a_question_about_now_is_not_answered_by_a_target_for_a_year():
    from rag.constraints import target_for_now

    target = ["Defensie blijft streven naar een organisatie die in 2030 of eerder voor 30% uit vrouwen bestaat."]
    assert target_for_now("What percentage of Dutch military personnel are women right now?", target)
    assert target_for_now("Hoeveel procent van het defensiepersoneel is momenteel vrouw?", target)
    assert not target_for_now("Welk aandeel vrouwen streeft Defensie na?", target)  # the target is asked
    assert not target_for_now("Hoeveel gemeenten doen nu mee?", ["Met de toetreding van vijf steden doen nu 25 gemeenten mee."])
    assert not target_for_now("Hoeveel procent is nu vrouw?", target + ["Nu is 17% van het personeel vrouw."])  # one says how it is
    # the sentences quoted with the target give no figure of their own
    assert target_for_now("En hoeveel procent is het op dit moment?", target + ["Om daar te komen hebben we iedereen nodig."])


def test_a_bound_in_the_question_is_met_by_any_value_beyond_it():
    """"meer dan de helft" is answered by "bijna 60%" (and is no comparison with "de helft ..."); not by "40%"."""
    cs = question_constraints("klopt het dat in meer dan de helft van de bedrijfsbesturen geen vrouw zit")
    assert [c.kind for c in cs] == ["at-least"]
    assert missing_constraints(cs, "In bijna 60% van de besturen zit zelfs geen enkele vrouw.") == []
    assert missing_constraints(cs, "In 40% van de besturen zit geen vrouw.") == cs
    fewer = question_constraints("Doen er minder dan 30 gemeenten mee?")
    assert [c.kind for c in fewer] == ["at-most"] and missing_constraints(fewer, "Er doen 25 gemeenten mee.") == []
    assert [c.kind for c in question_constraints("Doen er 30 gemeenten mee?")] == ["number"]


def test_members_of_parliament_are_no_name_to_find():
    assert question_constraints("Welke Kamerleden stelden de schriftelijke vragen over digitalisering?") == []


def test_a_question_about_the_netherlands_is_not_answered_by_another_countrys_figure():
    cs = question_constraints("En hoeveel Nederlandse jongeren hebben zo'n beeld weleens gekregen?")
    assert [c.kind for c in cs] == ["count-of", "in-country"]  # (an opening "En" in a conversation)
    assert missing_constraints(cs, "In België heeft bijna 14% van de jongeren al eens een deepnude ontvangen.")
    assert not missing_constraints(cs, "In België heeft 14% van de jongeren er een ontvangen, in Nederland 9% van de jongeren.")
    assert [c.kind for c in question_constraints("om hoeveel miljoen gaat het?")] == ["amount"]
    # "Dutch" said of the government that acts is no place
    assert not [c for c in question_constraints("Is the Dutch cabinet worried about rights being rolled back in Europe?") if c.kind == "in-country"]
    assert not [c for c in question_constraints("en hoeveel vinden het verkeerd") if c.kind == "count-of"]  # a verb counts nothing
    assert [c.kind for c in question_constraints("and what's the figure for the Netherlands?")] == ["in-country"]
    # typed in lower case, as in a chat
    assert [c.kind for c in question_constraints("en hoeveel nederlandse jongeren hebben er al eens eentje ontvangen")] == ["count-of", "in-country"]
    assert not [c for c in question_constraints("wat doet de nederlandse overheid eraan") if c.kind == "in-country"]


def test_a_verifying_question_is_answered_by_the_true_figure():
    """"Klopt het dat ... door 18 landen ...?" is answered by "door twintig lidstaten": the question's own number need
    not be there when the evidence gives another; a question that asks for a figure still needs its own year."""
    from rag.constraints import VERIFYING, corrected

    q = "Klopt het dat de verklaring in 2024 door 18 landen is getekend?"
    assert VERIFYING.search(q) and VERIFYING.search("Is it true that the law starts in 2026?")
    assert not VERIFYING.search("Hoeveel landen tekenden de verklaring in 2024?")
    missing = missing_constraints(question_constraints(q), "De verklaring van 27 mei 2025 is door twintig lidstaten ondertekend.")
    assert {c.kind for c in missing} == {"year", "number"}
    assert corrected(missing, "De verklaring van 27 mei 2025 is door twintig lidstaten ondertekend.") == []
    assert [c.kind for c in corrected(missing, "De verklaring is door twintig lidstaten ondertekend.")] == ["year"]


def test_a_comparison_with_an_average_needs_the_average():
    """"lager dan het EU-gemiddelde" compares with an average: the EU named elsewhere is not that comparison."""
    q = question_constraints("Is het aandeel vrouwelijke ICT-specialisten in Nederland lager dan het EU-gemiddelde?")
    kinds = lambda ev: [c.kind for c in missing_constraints(q, ev)]
    assert "compared-with" in kinds("In Nederland is minder dan 25 procent vrouw, meldt de Europese Commissie (EU).")
    assert "compared-with" not in kinds("In Nederland ligt het aandeel vrouwen onder het gemiddelde in de EU.")


def test_an_english_count_is_read_with_the_words_after_its_noun():
    """"How many reports of discrimination" counts meldingen; "How many reports has it published" counts rapporten."""
    def counted(q):
        return [c.text for c in question_constraints(q) if c.kind == "count-of"]

    assert counted("How many reports of discrimination based on sexual orientation did the police receive?") == ["meldingen"]
    assert counted("How many reports has the institute published?") == ["rapport"]
    assert counted("How many municipalities take part in Safe Cities?") == ["gemeenten"]


def test_nl_names_the_whole_field_not_a_name_to_find():
    assert not [c for c in question_constraints("what share of women killed in NL die at the hands of a partner?") if c.kind == "name"]


def test_het_rijk_is_the_state_not_a_name_to_find():
    """"het Rijk" is the national government, which the documents call by a ministry's name (blind round 108)."""
    assert not [c for c in question_constraints("En hoe lang blijft het Rijk dat programma steunen?") if c.kind == "name"]


def test_the_verb_after_the_other_sex_ends_the_comparison():
    """"vaker dan mannen te maken krijgen met ..." compares women with men; "hoeveel vaker" counts nothing (round 111)."""
    evidence = "In 2024 waren vrouwen ruim twee keer zo vaak slachtoffer van seksueel grensoverschrijdend gedrag als mannen (16 tegen 7%)."
    for q in ("klopt het dat vrouwen veel vaker dan mannen te maken krijgen met seksueel grensoverschrijdend gedrag?",
              "Hoeveel vaker dan mannen krijgen vrouwen te maken met seksueel grensoverschrijdend gedrag?"):
        assert not missing_constraints(question_constraints(q), evidence), q


def test_a_yes_no_question_asks_no_amount():
    assert not [c for c in question_constraints("Will the cuts to the emancipation budget hit grants that are already running?") if c.kind == "amount"]
    assert [c for c in question_constraints("Hoe groot is het budget voor Veilige Steden?") if c.kind == "amount"]


def test_a_figure_for_one_sector_does_not_answer_for_the_other():
    """The documents give the hourly pay gap in euros for the bedrijfsleven only."""
    evidence = "Vrouwen werken gemiddeld bijna 10 uur per week minder en in het bedrijfsleven verdienen ze gemiddeld € 4,50 bruto per uur minder."
    public = question_constraints("hoeveel verdienen vrouwen die bij de overheid werken per uur minder dan mannen?")
    assert [c.kind for c in missing_constraints(public, evidence)] == ["in-sector"]
    assert not missing_constraints(question_constraints("Hoeveel verdienen vrouwen in het bedrijfsleven per uur minder?"), evidence)
    # "de overheid" that acts names no sector
    assert not [c for c in question_constraints("Wat doet de overheid tegen de loonkloof?") if c.kind == "in-sector"]
    # nor in English, with the country between (round 389)
    english = question_constraints("What is the hourly gender pay gap in the Dutch public sector?")
    assert [c.kind for c in missing_constraints(english, evidence)] == ["in-sector"]


def test_the_first_word_of_a_later_sentence_is_no_name():
    q = "Ik lees dat er op emancipatie bezuinigd wordt. Onze organisatie krijgt al subsidie; gaan wij daar iets van merken?"
    assert not [c for c in question_constraints(q) if c.kind == "name"]
    assert [c.text for c in question_constraints("Wat doet het ECAD-P? En Roze in Blauw?") if c.kind == "name"][0] == "ECAD-P"


def test_an_english_month_is_found_in_dutch():
    evidence = "Daarnaast heeft Nederland het initiatief genomen voor een tweede verklaring richting de Raad Algemene Zaken van 27 mei jl."
    cs = [c for c in question_constraints("and the follow-up statement in May, what did it ask?") if c.kind == "name"]
    assert [c.text for c in cs] == ["May"]
    assert not missing_constraints(cs, evidence)
    assert missing_constraints(cs, "In april 2025 ontving u de voortgangsrapportage.")


def test_an_owner_of_a_name_and_the_askers_are_no_names_to_find():
    """"the EU's Digital Services Act" asks about the act; "Westerveld en Kathmann vroegen ..." names who asked."""
    assert [c.text for c in question_constraints("Under the EU's Digital Services Act, who is responsible for tackling disinformation?")] \
        == ["Digital Services Act"]
    names = [c.text for c in question_constraints("Westerveld en Kathmann vroegen hoe de routekaart doorwerkt. Wat wil het kabinet?")]
    assert "Kathmann" not in names
    assert [c.text for c in question_constraints("Wat doet het ECAD-P?")] == ["ECAD-P"]


def test_a_group_word_before_a_name_and_a_member_of_government_are_no_constraints():
    """"the LGBT rights group COC" asks about COC; "the Dutch education state secretary" is a person, no locus."""
    assert [c.text for c in question_constraints("Does the LGBT rights group COC support a network of GSA clubs?")] == ["COC", "GSA"]
    assert [c.text for c in question_constraints("What does the Dutch government do for LGBT people?")] == ["LGBT"]
    assert not [c for c in question_constraints("Who does the Dutch education state secretary team up with in the EU?") if c.kind == "in-country"]
    assert [c.kind for c in question_constraints("How many Dutch women work part-time?")] == ["in-country"]


def test_a_name_compound_with_an_english_acronym_is_found_in_the_documents_form():
    """"de IT-sector" asks for IT, which the documents write as ICT ("ICT-beroepen")."""
    asked = question_constraints("Noemt het kabinet het lage aandeel vrouwen in de IT-sector als een risico?")
    assert not missing_constraints(asked, "Een ander risico is de geringe vertegenwoordiging van vrouwen in ICT-beroepen.")
    assert missing_constraints(asked, "Een ander risico is de geringe vertegenwoordiging van vrouwen in de zorg.")


def test_above_or_below_an_average_needs_the_average():
    """"boven of onder het EU-gemiddelde" is answered only by evidence that gives the average."""
    asked = question_constraints("Ligt het aandeel vrouwelijke ICT-specialisten in Nederland boven of onder het EU-gemiddelde?")
    assert missing_constraints(asked, "In Nederland is minder dan 25 procent van de werkende ICT-specialisten vrouw.")
    assert not missing_constraints(asked, "In Nederland is 20 procent van de ICT-specialisten vrouw, onder het EU-gemiddelde van 25 procent.")


def test_tk_is_the_kamer():
    asked = question_constraints("zorgplicht sociale veiligheid: wanneer naar de TK?")
    assert not missing_constraints(asked, "Het wetsvoorstel wordt in 2026 ingediend bij uw Kamer.")


def test_a_reference_to_a_parliamentary_question_is_no_constraint():
    """"(vraag 3, GL-PvdA)" says which question is meant and who asked it; the answer repeats neither."""
    assert question_constraints("Kan er worden ingegrepen als een algoritme discrimineert? (vraag 3, GL-PvdA)") == []
    assert question_constraints("Wat antwoordt het kabinet op vraag 5?") == []
    assert ("year", "2024") in kinds("Hoeveel gemeenten doen er in 2024 mee?")  # (a year stays a year)


def test_the_ai_act_is_found_as_the_ai_verordening():
    asked = question_constraints("Waar wordt vastgelegd wie in ons land toezicht gaat houden op de AI Act?")
    assert not missing_constraints(asked, "In de Nederlandse Uitvoeringswet bij de AI-verordening worden de toezichthouders aangewezen.")


def test_an_english_share_asked_after_what_wants_a_percentage():
    kinds = {c.kind for c in question_constraints("What target has the Dutch military set for the share of women in its workforce?")}
    assert "percentage" in kinds
    assert "percentage" not in {c.kind for c in question_constraints("Who shares the data?")}


def test_two_shares_asked_either_answers():
    """"Hoeveel procent van de vrouwen en hoeveel procent van de mannen ...": each group, and "16 tegen 7%" after
    "mannen" is their share (round 224: abstained); the group ends at a modal ("van de paren wil ...")."""
    asked = question_constraints("Hoeveel procent van de vrouwen en hoeveel procent van de mannen kreeg in 2024 te maken met "
                                 "seksueel grensoverschrijdend gedrag?")
    assert ("share-of", "vrouwen mannen") in [(c.kind, c.text) for c in asked]
    assert not missing_constraints(asked, "In 2024 waren vrouwen ruim twee keer zo vaak slachtoffer van seksueel "
                                          "grensoverschrijdend gedrag als mannen (16 tegen 7%).")
    assert ("share-of", "paren") in kinds("Welk deel van de paren wil de zorg voor de kinderen eerlijk verdelen?")
    assert not [k for k, _ in kinds("Welk deel van de mensen die als ICT-specialist werken is vrouw?") if k == "share-of"]


def test_an_average_is_no_name():
    """"het EU-gemiddelde" needs an average, not the EU alone (round 224: an unanswerable comparison answered)."""
    asked = question_constraints("Hoe verhoudt het Nederlandse aandeel vrouwelijke ICT-specialisten zich tot het EU-gemiddelde?")
    assert missing_constraints(asked, "In Europees verband heeft Nederland zich vastgelegd om toe te werken naar meer "
                                      "ICT-specialisten, zegt de EU.")


def test_names_set_aside_names_joined_and_how_wide_are_no_names_to_find():
    """"naast BZK en OCW" in a question for another one; "ZonMw-Taakopdracht" is found by its two names;
    "Koninkrijksbrede" says how wide; "de twee emancipatiemonitors" says which (round 227/228 misses)."""
    assert ("name", "OCW") not in kinds("Namens welke andere bewindspersoon, naast BZK en OCW, zijn de antwoorden aangeboden?")
    assert ("name", "AI-specialisten") in kinds("Komen er naast AI-specialisten ook juristen te werken?")
    asked = question_constraints("Tot wanneer heeft VWS de ZonMw-Taakopdracht verlengd?")
    assert not missing_constraints(asked, "De taakopdracht wordt uitgevoerd door ZonMw. Het ministerie van VWS heeft de "
                                          "Taakopdracht verlengd tot halverwege 2026.")
    assert ("name", "Koninkrijksbrede") not in kinds("Wie coördineert het Koninkrijksbrede samenwerkingsverband?")
    assert kinds("Op welke data ontving de Kamer de twee emancipatiemonitors?") == []
    assert ("number", "vijftien") in kinds("Mogen kinderen onder de vijftien jaar op sociale media?")
    assert ("number", "vier") in kinds("Welke van die vier heeft het kabinet gekozen?")  # (points back to four things)


def test_pva_is_a_plan_van_aanpak():
    asked = question_constraints("Wie is penvoerder van het PvA online discriminatie?")
    assert not missing_constraints(asked, "Het ministerie van BZK coördineert de uitvoering van een plan van aanpak tegen "
                                          "online discriminatie.")


def test_what_cuts_do_to_a_budget_asks_no_amount_nor_is_a_language_a_name():
    """"how the planned cuts affect the emancipation grant budget" asks the effect (round 231: abstained); "de Engelse
    naam" names a language."""
    assert not [k for k, _ in kinds("What do the answers say about how the planned cuts affect the emancipation grant budget?") if k == "amount"]
    assert ("amount", "budget") in kinds("What is the budget of the programme?")
    assert kinds("Wie faciliteert dat netwerk, en wat is de Engelse naam voluit?") == []


def test_how_heavy_a_penalty_is_needs_a_figure_said_of_one():
    """"What's the maximum prison sentence for ...?" is not answered by "is strafbaar" (round 236: answered)."""
    assert ("penalty", "maximum prison sentence") in kinds("What's the maximum prison sentence for making a deepnude?")
    assert ("penalty", "Hoeveel jaar cel") in kinds("Hoeveel jaar cel staat er op doxing?")
    assert not [k for k, _ in kinds("Is doxing strafbaar?") if k == "penalty"]
    asked = question_constraints("Hoe hoog is de boete voor doxing?")
    assert missing_constraints(asked, "Doxing is sinds 1 januari 2024 strafbaar.")
    assert not missing_constraints(asked, "Daarop staat een boete van € 5000 of een celstraf van 2 jaar.")


def test_the_fine_is_a_penalty_and_an_earlier_time_no_comparison():
    """"Wat is de boete voor ...?" asks a figure said of a penalty (round 255: answered by the duty the fine would
    enforce); "dan een paar jaar geleden" compares with an earlier time, which the evidence says with its years (round
    270: abstained)."""
    assert not [k for k, _ in kinds("Vinden minder scholieren het normaal dan een paar jaar geleden?") if k == "compared-with"]
    assert ("compared-with", "in België") in kinds("Is het aandeel vrouwen in ICT hoger dan in België?")
    assert [k for k, _ in kinds("Wat is de boete voor een school die geen vertrouwenspersoon heeft?") if k == "penalty"]
    assert [k for k, _ in kinds("What is the fine for a school without a confidential adviser?") if k == "penalty"]


def test_a_count_of_the_group_named_before_its_figure():
    """"van de mannen zijn dat er maar twee op de tien" counts men (round 313: "Hoeveel mannen ...?" abstained)."""
    from rag.constraints import counts_noun

    assert counts_noun("mannen", "Vier op de tien vrouwen zijn niet financieel onafhankelijk, van de mannen zijn dat er maar twee op de tien.")
    assert not counts_noun("mannen", "Vier op de tien vrouwen zijn niet financieel onafhankelijk.")


def test_a_part_of_what_was_counted_needs_its_own_figure():
    """"en hoeveel van die meldingen gingen over transgender personen?" after the 141% rise (rounds 321, 322 and 327:
    answered by the total and a definition of lhbtiq+ that names transgender persons)."""
    from rag.constraints import Constraint, question_constraints, satisfied

    assert Constraint("part-of", "transgender") in question_constraints("en hoeveel van die meldingen gingen over transgender personen?")
    evidence = ("Het aantal meldingen steeg in 2024 met 141%. Lhbtiq+ is een verzamelnaam voor lesbische vrouwen, transgender "
                "personen en queer personen.")
    assert not satisfied(Constraint("part-of", "transgender"), evidence)
    assert satisfied(Constraint("part-of", "transgender"), "Van de meldingen ging 12% over transgender personen.")


def test_a_percent_sign_asked_as_a_word():
    """"what % of company board members ..." asks a percentage (round 323: answered with the directive)."""
    from rag.spelling import percent_written

    assert percent_written("what % of company board members in NL are women?") == "what percentage of company board members in NL are women?"
    assert percent_written("hoeveel % van de bestuurders is vrouw?") == "hoeveel procent van de bestuurders is vrouw?"
    assert percent_written("Is 15,3 % veel?") == "Is 15,3 % veel?"


def test_a_yes_or_no_clause_asks_no_amount_and_a_figure_pointed_at_no_percentage():
    """"Hoe kon die uitbreiding, is daar extra budget voor vrijgemaakt?" (round 340: abstained for want of an amount);
    "Wat wil SZW doen om dat percentage omhoog te krijgen?" (round 340); "dan mannen bij bedrijven" compares the sexes in
    the private sector (round 339)."""
    assert not [c for c in question_constraints("Hoe kon die uitbreiding, is daar extra budget voor vrijgemaakt?") if c.kind == "amount"]
    assert [c for c in question_constraints("Hoeveel budget is er voor Veilige Steden?") if c.kind == "amount"]
    assert not [c for c in question_constraints("Wat wil SZW doen om dat percentage omhoog te krijgen?") if c.kind == "percentage"]
    assert [c for c in question_constraints("Welk percentage van de vrouwen werkt in deeltijd?") if c.kind == "percentage"]
    assert not [c for c in question_constraints("Hoeveel minder verdienen vrouwen per uur dan mannen bij bedrijven?") if c.kind == "compared-with"]


def test_a_telephone_prefix_is_no_figure():
    """"mijn woonadres en 06-nummer" asks for no number 06 (round 407: abstained on the doxing sentence)."""
    assert question_constraints("Iemand heeft mijn woonadres en 06-nummer op internet gezet. Mag dat zomaar?") == []
    assert [c.text for c in question_constraints("Hoeveel is 0,5 procent van het budget?")][0] == "0,5 procent"


def test_a_laws_number_a_stressed_word_a_month_and_the_states_words_are_no_constraints():
    """"Directive 2024/1385" names a law, not a year or a number to find; "NOT" is stressed, not a name; "Rijksgeld", "het
    Koninkrijk", "Kamermotie" are the state's words, no names (rounds 423, 427, 428: abstained on the right sentence)."""
    assert question_constraints("By what deadline must Directive 2024/1385 on violence against women be transposed?") == []
    assert question_constraints("Why is the government NOT preparing a law?") == []
    assert question_constraints("Kunnen gemeenten met Rijksgeld projecten betalen voor de landen van het Koninkrijk?") == []
    assert question_constraints("Welke Kamermotie wordt daarmee uitgevoerd?") == []
    assert [c.text for c in question_constraints("Wat gebeurde er in schooljaar 2022/2023?")] == ["2022", "2023"]


def test_how_many_of_them_known_and_what_it_cost():
    """"hoeveel van hen" counts those just named, not a "van" (round 436: abstained on the right sentence); "Is bekend
    hoeveel ..." asks a count (round 438); "Wat heeft die campagne gekost?" an amount (round 433: answered without one);
    "reports and complaints of discrimination" are meldingen (round 435); "Romajongeren" is named by "Roma" (round 431)."""
    from rag.constraints import name_forms

    assert question_constraints("En hoeveel van hen vinden het juist verkeerd?") == []
    assert [(c.kind, c.text) for c in question_constraints("Is bekend hoeveel Nederlandse scholieren zo'n app al eens gebruikt hebben?")
            if c.kind == "count-of"] == [("count-of", "scholieren")]
    assert [c.kind for c in question_constraints("Wat heeft die campagne gekost?")] == ["amount"]
    assert [c.text for c in question_constraints("How many reports and complaints of discrimination did the police register?")] == ["meldingen"]
    assert "Roma" in name_forms("Romajongeren")


def test_a_budget_question_label_asks_no_amount():
    """"Budget question: will the planned austerity measures hit ...?" asks whether, not how much (round 443: abstained on
    the right sentence); a budget asked still asks an amount."""
    assert question_constraints("Budget question: will the planned austerity measures hit the emancipation grants that are already running?") == []
    assert [c.kind for c in question_constraints("What is the budget of the programme?")] == ["amount"]


def test_the_general_council_is_the_general_affairs_council():
    """"de Algemene Raad van 27 mei" is the "Raad Algemene Zaken" (round 451: abstained on the right sentence)."""
    [name] = [c for c in question_constraints("Door hoeveel landen is de verklaring voor de Algemene Raad van 27 mei ondertekend?")
              if c.kind == "name"]
    assert missing_constraints([name], "een tweede verklaring richting de Raad Algemene Zaken van 27 mei jl.") == []
    assert missing_constraints([name], "de Raad van Europa") == [name]


def test_how_many_with_a_verb_after_it_counts_nothing_named():
    """"En bij hoeveel lukt dat ook echt?" counts those it works for, not a "lukt" (round 449: abstained on the answer)."""
    assert [c for c in question_constraints("En bij hoeveel lukt dat ook echt, naast hun werk?") if c.kind == "count-of"] == []


def test_a_number_does_not_count_its_examples():
    """"ruim 1200 partners, zoals bibliotheken" gives no number of libraries (round 447: answered "how many libraries")."""
    [count] = [c for c in question_constraints("Hoeveel bibliotheken zijn er precies aangesloten bij het Netwerk Mediawijsheid?")
               if c.kind == "count-of"]
    assert missing_constraints([count], "Het netwerk heeft ruim 1200 partners, zoals bibliotheken en culturele instellingen.") == [count]
    assert missing_constraints([count], "Er doen 25 bibliotheken mee, waaronder die van Utrecht.") == []


def test_whether_someone_takes_part_too_needs_them_named():
    """"Zitten de vakbonden daar ook bij aan tafel?" is not answered by the pact with employers and schools (round 449:
    answered); "Doet het ministerie ook mee?" is by a sentence that names the ministry."""
    [also] = [c for c in question_constraints("Zitten de vakbonden daar ook bij aan tafel?") if c.kind == "also-of"]
    assert missing_constraints([also], "Het kabinet sluit een pact in het mbo met werkgevers en mbo-instellingen.") == [also]
    assert missing_constraints([also], "Het pact wordt gesloten met de vakbond en werkgevers.") == []
    assert not [c for c in question_constraints("Wat doet de alliantie tegen online haat?") if c.kind == "also-of"]


def test_whether_something_comes_too_is_said_of_its_compounds_head():
    """"Komt de empowermentaanpak ook naar Saba?" is answered by "of de aanpak ook op Saba ... kan worden gerealiseerd"."""
    [also] = [c for c in question_constraints("Komt de empowermentaanpak voor vrouwen ook naar Saba?") if c.kind == "also-of"]
    assert missing_constraints([also], "Er wordt gekeken of de aanpak ook op Saba en St. Eustatius kan worden gerealiseerd.") == []


def test_a_count_of_one_ground_of_discrimination_is_not_given_by_another():
    """"meldingen van discriminatie tegen transgender personen" are not the reports "op grond van seksuele gerichtheid"
    (round 455: answered with that figure); a sentence with the asked ground, or with none named, gives it."""
    [ground] = [c for c in question_constraints("Hoeveel meldingen van discriminatie tegen transgender personen kwamen er in 2024 bij de politie binnen?")
                if c.kind == "ground"]
    police = "Het aantal meldingen van discriminatie op grond van seksuele gerichtheid steeg van 2545 in 2023 naar 2745 in 2024."
    assert missing_constraints([ground], police) == [ground]
    assert missing_constraints([ground], "Er kwamen 300 meldingen binnen over discriminatie van transgender personen.") == []
    assert missing_constraints([ground], "Er kwamen 3000 meldingen binnen.") == []
    assert not [c for c in question_constraints("Hoeveel meldingen van discriminatie kreeg de politie in 2024?") if c.kind == "ground"]


def test_figures_asked_of_how_many_count_too():
    """"Zijn er ook cijfers over hoeveel Nederlandse tieners dat overkomt?" asks a count as "Hoeveel ...?" does (round 462:
    answered with the definition of sexting)."""
    assert [c.text for c in question_constraints("Zijn er ook cijfers over hoeveel Nederlandse tieners dat overkomt?") if c.kind == "count-of"] == ["tieners"]


def test_reports_of_one_subject_are_not_given_by_a_count_of_another():
    """"Hoeveel meldingen van huwelijksdwang ...?" is not answered by "2745 meldingen" of discrimination (round 467:
    answered); the subject's noun after its adjective ("seksuele intimidatie"), and discrimination left to the ground
    constraint ("meldingen van homodiscriminatie" are the documents' "discriminatie op grond van seksuele gerichtheid")."""
    police = "Het aantal meldingen en aangiften bij de politie van discriminatie op grond van seksuele gerichtheid steeg van 2545 meldingen in 2023 naar 2745 in 2024."
    [reports] = [c for c in question_constraints("Hoeveel meldingen van huwelijksdwang kwamen er in 2024 binnen?") if c.kind == "reports-of"]
    assert missing_constraints([reports], police) == [reports]
    assert missing_constraints([reports], "In 2024 kwamen er 300 meldingen van huwelijksdwang binnen.") == []
    assert missing_constraints([reports], "Huwelijksdwang wordt in 2024 aangepakt.") == [reports]  # (a year counts nothing)
    assert [c.text for c in question_constraints("Hoeveel meldingen van seksuele intimidatie waren er?") if c.kind == "reports-of"] == ["intimidatie"]
    assert not [c for c in question_constraints("Hoeveel meldingen van homodiscriminatie kreeg de politie?") if c.kind == "reports-of"]
    assert not [c for c in question_constraints("Hoeveel meldingen van discriminatie vanwege seksuele gerichtheid kreeg de politie?")
                if c.kind == "reports-of"]


def test_two_groups_compared_give_the_first_ones_share_in_brackets():
    """"vrouwen ruim twee keer zo vaak slachtoffer ... als mannen (16 tegen 7%)" gives the women's share (round 467:
    abstained on "Hoeveel procent van de vrouwen ..., vergeleken met mannen?")."""
    [share] = [c for c in question_constraints("Hoeveel procent van de vrouwen had in 2024 te maken met seksuele grensoverschrijding, vergeleken met mannen?")
               if c.kind == "share-of"]
    assert missing_constraints([share], "In 2024 waren vrouwen ruim twee keer zo vaak slachtoffer van seksueel grensoverschrijdend gedrag "
                                        "als mannen (16 tegen 7%).") == []
    assert missing_constraints([share], "In 2024 waren vrouwen vaak slachtoffer van seksueel grensoverschrijdend gedrag.") == [share]


def test_a_count_of_a_follow_on_is_not_given_by_the_first_ones():
    """"Hoeveel scholen doen mee aan de vervolgpilot meerurenmaatwerk?" is not answered by the 200 scholen of the pilot
    before it (rounds 495 and 498: answered); a figure said of the follow-on answers it."""
    [follow_on] = [c for c in question_constraints("Hoeveel scholen doen mee aan de vervolgpilot meerurenmaatwerk?") if c.kind == "follow-on"]
    first = ("De afgelopen periode heb ik met een kopgroep van schoolbesturen, met daaraan 200 scholen verbonden, een pilot "
             "uitgevoerd. Op basis van die resultaten ga ik nu een gerichte (vervolg)pilot meerurenmaatwerk uitvoeren.")
    assert missing_constraints([follow_on], first) == [follow_on]
    assert missing_constraints([follow_on], "Aan de vervolgpilot doen 40 scholen mee.") == []
    assert not [c for c in question_constraints("Wanneer start de vervolgpilot?") if c.kind == "follow-on"]  # (no count asked)
