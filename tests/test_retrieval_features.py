"""Character n-gram BM25 and its blend with word BM25 in the lexical score."""

from types import SimpleNamespace

import numpy as np
import pytest

from corpus.records import Passage
from index.lexical import LexicalIndex, NgramIndex, char_ngrams
from rag.retrieve import RetrievalConfig, Retriever, blend_lexical

TEXTS = [
    "De mannenalliantie tegen femicide wordt begin 2026 opgericht.",
    "Het kabinet steunt scholen bij een veilig schoolklimaat.",
    "De alliantie Jong Gelijk werkt aan gelijke kansen.",
]


def passage(i: int, text: str) -> Passage:
    return Passage(f"p{i}", "doc", "Doc", "paragraph", "Sectie", None, 1, 1, 0, len(text), text)


def retriever() -> Retriever:
    passages = [passage(i, t) for i, t in enumerate(TEXTS)]
    index = SimpleNamespace(passages=passages, lexical=LexicalIndex.build([p.ranking_text() for p in passages], "dutch"),
                            sentences=np.zeros((0, 3), np.int32), answer_vectors=None)
    return Retriever(index, embedder=None, config=RetrievalConfig(mode="bm25"))


def test_char_ngrams_pad_words_and_skip_stopwords():
    assert char_ngrams("de femicide", 3) == ["#fe", "fem", "emi", "mic", "ici", "cid", "ide", "de#"]
    assert char_ngrams("Wat is AI?", 3, query=True) == ["#ai", "ai#"]
    # a hyphenated compound gives its parts once, not the whole word as well
    assert char_ngrams("AI-wet", 4) == ["#ai#", "#wet", "wet#"]


def test_ngram_index_matches_part_of_a_compound():
    index = NgramIndex.build(TEXTS, 3)
    scores = index.scores("Wanneer komt de alliantie?")
    assert scores.shape == (3,) and min(scores[0], scores[2]) > scores[1]
    assert not index.scores("xq").any()


def test_blend_lexical_is_normalised_mix():
    words, grams = np.array([0.0, 2.0, 4.0]), np.array([10.0, 0.0, 5.0])
    assert np.allclose(blend_lexical(words, grams, 0.5), [0.5, 0.25, 0.75])
    assert np.allclose(blend_lexical(words, grams, 0.0), [0.0, 0.5, 1.0])


def test_ngram_weight_zero_gives_word_bm25():
    r = retriever()
    query = "Wanneer wordt de mannenalliantie opgericht?"
    words = r.index.lexical.scores(query)
    assert np.array_equal(r.lexical_scores(query, RetrievalConfig(mode="bm25", ngram_weight=0.0)), words)
    blended = r.lexical_scores(query, RetrievalConfig(mode="bm25", ngram_weight=0.5))
    assert blended.max() <= 1.0 and int(np.argmax(blended)) == 0
    assert r.search(query, k=1)[0].passage.passage_id == "p0"


def test_ngram_config_is_checked():
    with pytest.raises(ValueError, match="ngram_weight must be between 0 and 1, got 1.5"):
        RetrievalConfig(ngram_weight=1.5)
    with pytest.raises(ValueError, match="ngram_size must be between 2 and 6, got 9"):
        RetrievalConfig(ngram_size=9)


def test_a_compound_the_index_lacks_is_split_into_parts_it_has():
    """"Regenboogstedenaanpak" is in no document; "Regenboogsteden" and "aanpak" are."""
    from index.lexical import tokenize

    vocabulary = set(tokenize("de Regenboogsteden en de aanpak van femicide; een plan voor veiligheid", "dutch"))
    assert tokenize("Regenboogstedenaanpak", "dutch", vocabulary=vocabulary) == tokenize("Regenboogsteden aanpak", "dutch")
    assert tokenize("femicideplan", "dutch", vocabulary=vocabulary) == tokenize("femicide plan", "dutch")
    assert tokenize("veiligheidsplan", "dutch", vocabulary=vocabulary) == tokenize("veiligheid plan", "dutch")  # linking s
    assert tokenize("Regenboogstedenaanpak", "dutch") == tokenize("Regenboogstedenaanpak", "dutch", vocabulary={"x"})  # no parts known
    assert tokenize("aanpak", "dutch", vocabulary=vocabulary) == tokenize("aanpak", "dutch")  # a known word stays whole


def test_an_english_query_gets_the_dutch_terms_of_its_words():
    """"Safe Cities" is "Veilige Steden" in the documents; a Dutch query is left as it is; the fusion weight
    still follows the query's own language."""
    from rag.glossary import dutch_terms, with_dutch_terms
    from rag.retrieve import expand

    q = "How many municipalities take part in the Safe Cities programme?"
    assert {"gemeenten", "Veilige Steden"} <= set(dutch_terms(q))
    assert expand(q).startswith(q) and "Veilige Steden" in expand(q)
    assert expand("Hoeveel gemeenten doen mee aan Veilige Steden?") == "Hoeveel gemeenten doen mee aan Veilige Steden?"
    assert with_dutch_terms("What does the LGBTIQ+ monitor say about lhbtiq+ people?").count("lhbtiq+") == 1  # no term twice
    assert dutch_terms("What is the weather tomorrow?") == []
    # a report of an incident is a "melding", a report that is a document a "rapport"
    assert "meldingen" in dutch_terms("How many reports of discrimination were there?")
    assert "meldingen" not in dutch_terms("Who wrote the report on a chain approach?")
    assert "rapport onderzoek" in dutch_terms("Who wrote the report on a chain approach?")
    assert "radicalisering" in dutch_terms("What else matters in preventing online radicalisation?")
    # (rounds 385-393: harmful practices, teens, bullying)
    assert {"huwelijksdwang", "vrouwelijke genitale verminking"} <= set(dutch_terms("Is there a project on forced marriage and FGM?"))
    assert {"jongeren", "pesten pestcijfers"} <= set(dutch_terms("Are LGBTIQ+ teens bullied more?"))
    assert dutch_terms("Do women who work part-time earn less?") == ["deeltijd"]  # "work" alone is no evaluation
    # "the Caribbean part" names the islands the documents name; an English question that names them gets only the region
    assert "Bonaire" in " ".join(dutch_terms("And in the Caribbean part?"))
    assert dutch_terms("Is there a service on Bonaire and Saba?") == ["Caribisch Nederland"]
    # refugees are "statushouders" in the documents, an employment rate is "betaald werk"; event names translate
    assert {"statushouders vluchtelingen", "betaald werk arbeidsparticipatie"} <= set(
        dutch_terms("What's the employment rate of refugee women compared with refugee men?"))
    assert "Paarse Vrijdag" in dutch_terms("How many schools join Purple Friday?")
    assert "Afsluiting" in dutch_terms("What does the closing section of the letter say?")
    assert "College voor de Rechten van de Mens CRM" in dutch_terms("What powers does the human rights watchdog get?")
    assert {"AI-verordening", "monitor meting"} <= set(dutch_terms("How is compliance with the EU AI rules measured?"))
    assert "meest recente edities" in dutch_terms("When did parliament get the latest editions?")
    from rag.glossary import document_terms

    assert "twee keer zo vaak" in document_terms("Klopt het dat vrouwen dubbel zo vaak slachtoffer zijn?")
    assert "slachtoffer" in document_terms("Klopt het dat vrouwen vaker met seksuele intimidatie te maken krijgen dan mannen?")
    assert "duidelijk geworden" in document_terms("Wat heeft de overheid geleerd over indirect onderscheid door algoritmen?")
    assert "deepnudes" in document_terms("Leerlingen maken nepnaaktfoto's van klasgenoten.")
    assert "WerkUrenBerekenaar bereken" in document_terms("is er een rekenhulp om te zien wat ik netto overhoud")
    assert "WerkUrenBerekenaar bereken" in dutch_terms("whats that calculator they made")
    assert document_terms("Mijn zoon heeft een naaktfoto van een klasgenote doorgestuurd.") == []  # (sexting, not a deepnude)
    assert {"motie", "contrastrategie"} <= set(dutch_terms("Whose motion asked for a counter-strategy?"))
    # MPs are the Kamer the letters write to; the islands are the Caribbean ones, unless the question names them
    assert "Tweede Kamer uw Kamer" in dutch_terms("When will MPs get to see it?")
    assert "Bonaire Sint Eustatius Saba openbare lichamen" in dutch_terms("What about the islands?")
    assert "Bonaire Sint Eustatius Saba openbare lichamen" not in dutch_terms("Is Bonaire doing it and the other islands?")
    # a paying job is paid work; school levels are the documents' sectors of education
    assert "betaald werk arbeidsparticipatie" in dutch_terms("What share of female refugees have a paying job?")
    assert "primair voortgezet beroepsonderwijs" in dutch_terms("and which school levels is it aimed at?")
    # the pay gap is what women earn less per hour
    assert {"per uur"} <= set(dutch_terms("How big is the hourly pay gap?")) and "verdienen" in " ".join(dutch_terms("the pay gap"))


def test_a_dutch_query_gets_the_documents_terms_for_its_everyday_words():
    """"dames in het leger" is what the documents call "vrouwen" at "Defensie"; a question in their own words gains nothing."""
    from rag.glossary import document_terms, with_document_terms

    assert document_terms("aandeel dames in het leger: wat is het doel") == ["Defensie", "vrouwen"]
    assert "bedrijfsleven" in document_terms("hoeveel scheelt het uurloon bij private werkgevers")
    assert document_terms("Wat doet het kabinet tegen vrouwenmoorden?") == ["femicide"]
    assert document_terms("Hoeveel vrouwen werken bij Defensie?") == []
    assert document_terms("Gaat die ook iets met daders doen?") == ["plegers"]
    assert document_terms("Welk aandeel van de bestuursleden bij bedrijven is vrouw?") == ["bestuurders"]
    assert document_terms("Wie grijpt in als een algoritme discrimineert?") == ["toezicht toezichthouders"]
    assert document_terms("per wanneer moet de nieuwe wet ingaan?") == ["in werking treedt"]
    assert document_terms("Bestaat er een online training voor ambtenaren over algoritmes?") == ["e-learning online cursus"]
    assert with_document_terms("Wie zijn de partners?") == "Wie zijn de partners?"
    assert document_terms("Hoeveel vluchtelingenvrouwen hebben een baan?") == ["statushouders", "werk"]
    assert "antidiscriminatievoorzieningen" in document_terms("klachten over homodiscriminatie bij de lokale meldpunten")
    assert "bezuinigingen" in document_terms("Gaan organisaties erop achteruit door de besparingen?")
    assert document_terms("Hoe vaak krijgen vrouwen met seksuele intimidatie te maken?") == ["seksueel grensoverschrijdend gedrag"]
    assert document_terms("Waarom komt het voorstel niet van de grond?") == ["verder gekomen"]
    assert document_terms("En de eilanden?") == ["Bonaire Sint Eustatius Saba openbare lichamen"]
    assert document_terms("Wie ziet erop toe dat techplatforms zich aan de DSA houden?") == ["toezicht"]
    assert document_terms("Wordt de aanpak van Bonaire ook op de andere eilanden ingevoerd?") == []
    assert document_terms("Waar staan de beloftes aan de Kamer?") == ["toezeggingen"]
    assert document_terms("Waarom is dat plan nooit doorgegaan?") == ["niet verder gekomen"]
    assert document_terms("Wie houdt er toezicht op algoritmes?") == ["zien erop toe toezicht"]
    assert document_terms("Welk deel van de vrouwen kan niet zelfstandig rondkomen?") == ["financieel onafhankelijk economische zelfstandigheid"]
    # an abbreviation the documents write out, and the nota's closing section ("Afsluiting")
    assert document_terms("Wat doet het kabinet tegen SGG?") == ["seksueel grensoverschrijdend gedrag"]
    assert document_terms("Wat staat er in het slot van de nota?") == ["Afsluiting"]
    assert document_terms("Wat levert het op als rolpatronen worden doorbroken?") == ["genderstereotypen stereotypen"]
    assert document_terms("Welke projecten worden daarmee betaald?") == ["gefinancierd financiert"]
    assert document_terms("Hoeveel vrouwen hebben betaald werk?") == []  # paid work is the documents' own term
    assert document_terms("Welk hulpmiddel voor leraren wordt geactualiseerd?") == ["docenten", "vernieuwd vernieuwen"]


def test_a_separable_verb_written_whole_finds_the_verb_written_apart():
    import Stemmer
    from index.lexical import particle_verb, tokenize

    vocabulary = {"jaag", "programma"}
    assert tokenize("Wie moet dat programma aanjagen?", "dutch", query=True, vocabulary=vocabulary) == ["programma", "jaag"]
    assert particle_verb("aanjagen", Stemmer.Stemmer("dutch"), {"programma"}) is None  # only a verb the index has


def test_a_separable_verb_in_the_present_tense_finds_the_verb_the_index_has():
    """"aanjaagt": the stemmer keeps the t of "jaagt" ("jagen" -> jaag); without it the index has the verb."""
    from index.lexical import tokenize

    vocabulary = {"jaag", "programma"}
    assert tokenize("Wie dat programma aanjaagt?", "dutch", query=True, vocabulary=vocabulary) == ["programma", "jaag"]
    assert tokenize("Wie dat aanjaagt?", "dutch", query=True, vocabulary={"programma"}) == ["aanjaagt"]  # (only a verb the index has)


def test_sentence_ranges_give_each_passage_its_sentences():
    from rag.retrieve import sentence_ranges

    table = np.array([[0, 0, 5], [0, 6, 9], [2, 0, 4]], np.int32)
    assert sentence_ranges(table, 4) == [(0, 2), (2, 2), (2, 3), (3, 3)]


def test_the_sentence_weight_is_checked():
    with pytest.raises(ValueError, match="sentence_weight must be between 0 and 1, got 1.5"):
        RetrievalConfig(sentence_weight=1.5)


def test_a_dutch_query_s_top_passages_are_reordered_by_their_best_sentence(engine):
    """Re-ranking only reorders the top passages (the same ten, the rest untouched), scores stay in order, and an
    English query is not re-ranked."""
    from dataclasses import replace

    r = engine.retriever
    plain = replace(r.config, sentence_weight=0.0)
    q = "Hoeveel gemeenten doen mee aan het programma Veilige Steden?"
    ranked, before = r.search(q, k=15), r.search(q, k=15, config=plain)
    depth = r.config.rerank_depth
    assert {h.passage.passage_id for h in ranked[:depth]} == {h.passage.passage_id for h in before[:depth]}
    assert [h.passage.passage_id for h in ranked[depth:]] == [h.passage.passage_id for h in before[depth:]]
    assert all(a.score >= b.score for a, b in zip(ranked, ranked[1:]))
    en = "How many municipalities take part in the Safe Cities programme?"
    assert [h.passage.passage_id for h in r.search(en, k=10)] == [h.passage.passage_id for h in r.search(en, k=10, config=plain)]


def test_words_of_blind_rounds_104_to_108_get_the_documents_terms():
    """A department is a ministry; its lead coordinates; "what happens next" is the next step; guiding is helping; "is
    that new" was announced before; "still going up" keeps growing; the General Affairs Council and a statement."""
    from rag.glossary import document_terms, dutch_terms

    assert document_terms("Welk departement is trekker van de strategie tegen desinformatie?") == ["ministerie", "coördineert gecoördineerd"]
    # ("hoe staat het met" asks the state of things now: "momenteel", since rounds 479-486)
    assert document_terms("Hoe staat het met de wet loontransparantie, wat gebeurt er hierna?") == ["volgende stap", "momenteel"]
    assert document_terms("Wie begeleidt ze daarbij?") == ["helpt"]
    assert document_terms("En wanneer moet die er staan?") == ["opgericht"]
    assert document_terms("is dat plan nieuw of had ze het al eens gemeld?") == ["eerder aangekondigd"]
    assert document_terms("staat er ook iets hoopvols in die monitor?") == ["stijging verbetering vooruitgang"]
    assert dutch_terms("Is that number still going up?") == ["blijft groeien"]
    assert dutch_terms("Who's driving it?") == ["aanjagen aan te jagen"]
    assert dutch_terms("the statement for the General Affairs Council") == ["Raad Algemene Zaken", "verklaring"]
    assert dutch_terms("Are reports of anti-LGBTIQ+ discrimination actually going up?") == ["meldingen", "discriminatie"]
    assert dutch_terms("What did the reports of the commission say about violence?") == ["rapport onderzoek"]
    assert dutch_terms("the bill imposing a safety duty of care across further education") == ["vervolgonderwijs", "zorgplicht"]
    assert "seksueel grensoverschrijdend gedrag" in document_terms("Worden vrouwen nou echt vaker lastig gevallen dan mannen?")
    assert "in werking treedt" in document_terms("Die nieuwe wet voor vertrouwenspersonen, wanneer gaat die in?")
    assert "werving en selectie" in document_terms("Ik heb gesolliciteerd bij een bedrijf dat cv's laat selecteren.")
    assert "slachtoffer" in document_terms("hoe vaak krijgen vrouwen te maken met seksueel geweld?")
    assert "streven" in dutch_terms("Do they have a target?")


def test_a_light_verb_is_no_rare_word_the_documents_lack(engine):
    """"in te krijgen" is no subject the passages may lack (round 392: the question abstained at 0.50 for "krijgen"); a
    word the documents never use still is."""
    from rag.answer import rare_term_missing

    q = "Doet de overheid iets om meer vrouwen de politiek in te krijgen?"
    hits = engine.retriever.search(q, k=3)
    assert rare_term_missing(engine.sentence_index, q, hits) == 0.0
    q = "Doet de overheid iets tegen endometriose?"
    assert rare_term_missing(engine.sentence_index, q, engine.retriever.search(q, k=3)) > 0.5


def test_the_glossary_words_of_the_rounds_439_to_446():
    """Reporting being harassed on the street is a "meldpunt" for "straatintimidatie", not a "rapport"; yearly reviews,
    a safety policy, the school safety bill, perpetrators and benchmarks, taking a stand; everyday Dutch "meiden",
    "technische opleiding", "tegenstrategie"."""
    from rag.glossary import document_terms, dutch_terms

    terms = dutch_terms("Is there somewhere in Dutch cities where women can report being harassed on the street?")
    assert {"straatintimidatie", "meldpunt meldplatform melden"} <= set(terms) and "rapport onderzoek" not in terms
    assert "rapport onderzoek" in dutch_terms("Who wrote the report on a chain approach?")
    assert {"jaarlijks", "veiligheidsbeleid", "wetsvoorstel vrij en veilig onderwijs", "evalueren"} <= set(
        dutch_terms("Will the school safety bill make schools review their safety policy every year?"))
    assert {"plegers daders", "standaarden"} <= set(dutch_terms("Are perpetrator programmes in line with European benchmarks?"))
    assert "verklaring standpunt" in dutch_terms("Did the Netherlands take a stand against the laws in Hungary?")
    assert {"meisjes", "techniekonderwijs techniek"} <= set(document_terms("Waarom moeten meer meiden een technische opleiding kiezen?"))
    assert "contrastrategie" in document_terms("Welke Kamermotie ligt ten grondslag aan de tegenstrategie?")
