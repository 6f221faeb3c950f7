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

The context is kept small, because the resolved query also ranks the answer's sentences and
every carried word competes with the follow-up's own words:
- the subject words of the earlier question that its answer shares (the answer's passages say
  "Techkwadraat", not the "doet" of "Wat doet Techkwadraat?"); an English question keeps its words
  (they cannot be checked against Dutch passages);
- the rare words of the section heading of the passage the last answer quoted first: where the
  conversation is in the documents (a follow-up is usually answered in the same section, often the
  next passage: the heading is part of every passage's BM25 text);
- no word twice (by stem), and the follow-up's own pointers ("daarin", "it") are dropped: once
  the subject is added they only match noise.

Where the follow-up's sentences are chosen (`rag.answer`), the passages the last answer quoted and their neighbours
(`nearby_rows`) are always candidates, and a model fitted on the dev dialogues knows which sentences lie there:
a follow-up is mostly answered right next to what was just said.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

from corpus.aliases import REGIONS
from corpus.sentences import split_sentences
from index.lexical import QUERY_STOPWORDS, STOPWORDS, fold
from rag.constraints import SECTOR, SECTOR_ASKED, sector_of
from rag.glossary import GOOD_NEWS_TERMS, dutch_terms, plain_phrases
from rag.language import detect_language
from rag.schemas import MAX_HISTORY_TURNS, HistoryTurn as Turn


# A demonstrative's noun followed by a capitalised word is a name's first word ("dat Netwerk Mediawijsheid"): no pointer
NOT_BEFORE_NAME = r"(?!\s+(?-i:[A-Z])[a-z])"
# Words that point back to something said before.
# The pointers made of "hier" and a preposition ("hiervan", "hiernaar", "hierop"), in BACK_REFERENCE and POINTER_WORD
HIER_POINTER = r"hier(?:van|voor|mee|in|aan|over|bij|naar|door|uit|op|om|toe|tegen)"
# A relative "that" right after the people or things it says something of ("countries that want to join the EU"):
# lookbehinds for BACK_REFERENCE's "that", which otherwise points back
RELATIVE_THAT_AFTER = "".join(rf"(?<!\b{noun}\sthat)" for noun in """countries organisations organizations people women men
    girls boys municipalities cities schools employers companies groups states rules measures programmes projects platforms systems
    tools students pupils victims laws things steps persons parties institutions bodies""".split())
BACK_REFERENCE = re.compile(
    # ("er" with a preposition before the clause it announces points forward: "Welke toezichthouders letten erop dat ...")
    r"\b(daar\w*|" + HIER_POINTER + r"|er(van|in|aan|mee|voor|over|bij|door|uit|onder|op|om|toe|tegen|achter|naast)(?!\s+(?:dat|of)\b)|ze|zij|hun|hen|hem|ie|"
    r"(dit|deze|die|dat|dezelfde|datzelfde|diezelfde)\s+\w*(programma|regeling|plan|alliantie|wet|wetsvoorstel|voorstel|maatregel\w*|"
    r"onderzoek|subsidie|project|netwerk|organisatie|advies|monitor|richtlijn|verordening|strategie|aanpak|pilot|"
    r"platform|instituut|fonds|campagne|brief|rapport|bedrag|budget|doel\w*|cijfers?|centrum|besluit|geld|verdrag|"
    r"akkoord|convenant|overleg|loket|meldpunt|verklaring|motie|pact|coalitie|traject|initiatief|conferentie|training|"
    r"handreiking|ministerie|groep|club|stichting|vereniging|instelling|instantie|commissie|beweging|methode|tool|app|website|"
    r"keuzes?|prioriteiten|prioriteit|speerpunten|speerpunt|bezuinigingen|bezuiniging|afspraken|afspraak|toezeggingen|toezegging)"
    rf"{NOT_BEFORE_NAME}|"
    r"(deze|die|dezelfde)\s+(groepen|gemeenten|landen|lidstaten|vrouwen|mannen|jongeren|mensen|personen|leraren|docenten|scholen|"
    r"studenten|leerlingen|ouders|werkgevers|werknemers|organisaties|instellingen|bedrijven|meiden|meisjes|jongens|"  # not "dat vrouwen ..." (a clause)
    r"uitkomsten|resultaten|bevindingen|conclusies|aanbevelingen|onderzoekers|deelnemers|gegevens|data)|"
    r"(?:is|wordt|werd|gaat|ging|kan|kon|zal|zou|moet|heeft|had)\s+het\s+(?:dan|nu|daar|er|al|nog|precies|eigenlijk)|"
    r"zoiets|zo['’]n|"  # "Waarom is zoiets zo lastig?", "Wat kost zo'n training?"
    r"(?:zulke|dergelijke)\s+[a-zà-ÿ-]{3,}|"  # "En kregen gemeenten in eerdere jaren ook al zulke bijdragen?"
    # a thing of the conversation named by its kind alone: "Tot wanneer krijgt het project subsidie?" (not "het project
    # ROOTS", "de alliantie voor ...", "het doel van de alliantie": those name it or say of what)
    r"(?<!\bvan\s)(?:het|de)\s+(?:project|programma|pilot|alliantie|regeling|campagne|netwerk|wetsvoorstel|convenant|actieplan)"
    r"(?!\s+(?-i:[A-Z‘'\"])|\s+(?:van|voor|tegen|over|om|rond|op|in|met|naar|die|dat)\b|[\w-])|"
    # who or what else, besides those just named: "Namens welke bewindspersoon werd er nog meer geantwoord?", "Who else signed?"
    r"nog\s+meer(?=(?:\s+[a-zà-ÿ-]+){0,2}\s*\??\s*$)|(?:who|what|which|anyone|anybody|anything|someone|somebody)\s+else|"
    r"(?:bijbehorende?|desbetreffende|eerdergenoemde|voornoemde)\s+\w+|"  # "geld uit de bijbehorende regeling"
    r"(?:hetzelfde|datzelfde|the\s+same)(?=\s*\??\s*$)|"  # "Zeggen andere studies hetzelfde?" (not "hetzelfde loon")
    r"(?:of\s+)?ook\s+(?:nog\s+)?andere\s+[a-zà-ÿ]+(?=\s*\??\s*$)|(?:or|and)\s+(?:also\s+)?other\s+[a-z]+(?=\s*\??\s*$)|"  # "alleen vrouwen of ook andere groepen?"
    # ("that" opening a clause points nowhere: "what evidence does the government cite that the situation ... is")
    # (a dummy "it" points nowhere: "why do refugee women find it harder to get work", "is it true that ...")
    r"it(?!\s+(?:harder|easier|hard|easy|difficult|possible|impossible|clear|important|necessary|likely|unlikely|true)\b)|its|they|them|their|this|"
    r"she|he|him|her|his|"  # "When did parliament last get a progress update from her?"
    r"(?:dat|dit)\s+(?:dan\s+)?allemaal|dat\s+dan(?=\s+(?:allemaal|zelf|ook|precies|eigenlijk)\b)|"  # "Moet de staatssecretaris dat dan allemaal zelf uitvoeren?"
    r"(?:is|was|are|were)\s+that|that(?!\s+(?:the|a|an|there|it|they|he|she|we|you|i|its|their|his|her|our|some|all|most|many|no|women|men|people)\b)"
    rf"{RELATIVE_THAT_AFTER}|"
    r"these|those|there|such\s+an?|afterwards|thereafter|"  # ("And who makes the call afterwards?": after what was said)
    r"(?:the|that|this)\s+(?:previous|last|earlier|former|old|new|current|same|other|first|second|third|latter)\s+ones?|(?:that|this)\s+one|"  # "the previous one"
    r"the\s+other\s+(?!(?:hand|way|side|day)\b)[a-z]+|"  # "And the other statement, the one for the General Affairs Council?"
    r"(?:a|any|the)\s+similar|(?:some|any)thing\s+similar|(?:in\s+)?the\s+same\s+way|the\s+(?:planned\s+|new\s+)?dutch\s+one|"  # "is a similar law coming ...?"
    r"(?:are|were)\s+we\s+talking\s+about|(?:which|what)\s+other|welke\s+andere|(?:the|that|this)\s+follow-?up(?!\s+questions?\b)|"  # ("what did the follow-up statement ask?")  # "And which other councils get the lessons learned?"
    r"(?:de|het)\s+(?:eerste|tweede|derde|laatste|laatstgenoemde|eerstgenoemde)(?=\s*(?:\?|$|,|\s+(?:ervan|daarvan|van\s+(?:die|de)\s+\w+)\b|\s+(?:is|was|wordt|werd|vraagt|vroeg|zegt|gaat|heeft)\b)))\b",  # "de tweede"
    re.I,
)
# A pronoun right after the verb of a question: "Welke ministeries pakken dat samen op?", "Waarom is dat zo moeilijk
# vast te stellen?", "Tot wanneer is die verlengd", "Is dat al ingevoerd?". Dutch puts the finite verb right after the
# question word, so a demonstrative there is the subject or object itself or the start of a noun phrase it points
# with ("Wanneer gaat die wet in?"); "het" only before an adverb ("Is het al ingevoerd?", not "Is het wetsvoorstel ...").
QUESTION_WORD = (
    r"(?:wie|wat|waar\w*|wanneer|waarom|hoe(?:\s+(?:lang|vaak|groot|veel|hoog|ver|snel))?|hoeveel(?:\s+[\w-]+)?|"
    r"welke?\s+[\w-]+|(?:sinds|tot|vanaf|per|v[oó]{2}r)\s+wanneer|"
    r"(?:in|voor|met|door|bij|aan|op|van|uit|onder|over|tegen)\s+(?:wie|wat|welke?\s+[\w-]+|hoeveel\s+[\w-]+))"
)
FINITE_VERB = (  # the verbs a yes/no question opens with ("Is dat al ingevoerd?", "Geldt dat ook voor mannen?")
    r"(?:is|zijn|was|waren|wordt|worden|werd|werden|kan|kunnen|kon|moet|moeten|gaat|gaan|ging|heeft|hebben|had|krijgt|"
    r"krijgen|doet|doen|geldt|gelden|komt|komen|loopt|lopen|werkt|werken|helpt|helpen|zal|zullen|wil|willen|staat|"
    r"staan|valt|vallen|hoort|horen|speelt|telt|betekent|levert|kost|kosten|heb|hebt|zit|zitten|ligt|liggen|blijft|blijven|"
    r"geeft|geven|biedt|bieden|leidt|leiden|maakt|maken|zorgt|zorgen|klopt|raakt|treft|past|verandert|"
    # (in the past too: "Kwam dat voort uit een motie?")
    r"kwam|kwamen|gingen|gold|golden|stond|stonden|zat|zaten|lag|lagen|bleef|bleven|gaf|gaven|deed|deden|hadden|leidde|"
    r"leidden|viel|vielen|kreeg|kregen|hielp|hielpen|werkte|werkten|kostte|kostten)"
)
PRONOUN_ADVERB = r"(?:al|nog|ook|dan|nu|er|daar|echt|wel|niet|zo|zomaar|gewoon|eigenlijk|precies|inmiddels|straks|ooit)"
# "het" before a preposition or "zich" is no article ("Wanneer ligt het bij de Kamer?", "Op welke onderdelen richt het
# zich?"; not "met": "Hoe staat het met de loonkloof?")
PRONOUN_PREPOSITION = r"(?:bij|in|op|voor|aan|door|over|uit|onder|tegen|naar|van|tot|zich)"
# nor before a subordinate clause ("Hoe lang loopt het als Brussel ja zegt?")
PRONOUN_SUBORDINATOR = r"(?:als|wanneer|zodra|nadat|voordat|zolang|totdat|zodat)"
# (a yes/no question may open with any verb in -t: "Organiseert die stichting ook elk jaar iets?")
QUESTION_START = r"^\s*(?:(?:en|maar|ook|of|dus)\s+)?"  # a question's start, after an opening conjunction ("dus": "Dus wie hakt dan ...")
VERB_SLOT = rf"(?:{QUESTION_WORD}\s+[\w-]+|{FINITE_VERB})"  # the question's finite verb, after its question word if any
PRONOUN_AFTER_VERB = re.compile(
    rf"{QUESTION_START}(?:{VERB_SLOT}|[a-zà-ÿ]{{4,}}t)\s+(?:(?:dat|die|dit|deze){NOT_BEFORE_NAME}|het\s+(?:{PRONOUN_ADVERB}|{PRONOUN_PREPOSITION}|{PRONOUN_SUBORDINATOR})"
    rf"|het(?=\s*\?|\s+(?:en|of)\s))\b",  # ("Vanaf wanneer loopt het en voor hoe lang?")
    re.I,
)
# (the country or a government actor as the subject: "Voor wanneer moet Nederland die in de eigen wet hebben opgenomen?")
ACTOR_SUBJECT = r"nederland|het\s+kabinet|de\s+(?:overheid|regering|minister|staatssecretaris)|het\s+rijk"
# ... also after the subject pronoun, before an adverb, a preposition or the end ("En per wanneer moeten we dat op orde
# hebben?"; not the conjunction: "Hoe weten we dat het werkt?")
PRONOUN_AFTER_SUBJECT = re.compile(
    rf"{QUESTION_START}(?:{VERB_SLOT}|mag|mogen)\s+(?:we|wij|ze|zij|ik|u|jullie|je|men|(?:er\s+)?(?:ook\s+)?(?:iemand|niemand)|{ACTOR_SUBJECT})\s+(?:dat|dit|die)"  # ("mag je die zomaar ...", "Blijft iemand dat wel volgen?")
    rf"(?=\s*(?:\?|$)|\s+(?:{PRONOUN_ADVERB}|{PRONOUN_PREPOSITION}|op\s+orde|regelen|doen|aanvragen|krijgen|zien)\b)",
    re.I,
)
# ... and "dat" judged at the question's end ("Waarom vindt de staatssecretaris dat zo hard nodig?")
PRONOUN_JUDGED = re.compile(r"(?<![\w-])(?:dat|dit)\s+(?:zo|zo['’]n|dan|nu|echt)(?:\s+[\w-]+){0,2}?\s+(?:nodig|belangrijk|zorgelijk|erg|lastig|moeilijk"
                            r"|ingewikkeld|gevoelig|groot|klein|slecht|goed|urgent|dringend|noodzakelijk)\s*\?", re.I)
# More ways to point back: "er" or "hier" with its preposition before the closing verb ("Welke partijen moeten er nog bij
# aanhaken?", "doen er nu aan mee?", "Krijgen clubs hier hulp bij?"); a short question that opens with a preposition and
# a question word ("Voor welke leergebieden?", "Tot wanneer?"); a pronoun after a subordinator ("als dat wordt aangenomen").
SPLIT_ER = re.compile(r"\b(?:er|hier)\s+(?:[\w-]+\s+){0,3}?(?:bij|aan|mee|over|van|voor|door|uit|op|tegen|in|naar)(?:\s+[\w-]+)?"
                      r"\s*(?:\??\s*$|,\s*(?:en|and)\s)", re.I)  # (at the end of the question or of its first clause)
PREPOSITION_QUESTION = re.compile(
    r"^\s*(?:en\s+)?(?:voor|met|in|bij|door|tot|vanaf|sinds|van|uit|naar|op|aan|over|onder|tegen)\s+(?:welke?|wat|wie|wanneer|hoeveel)\b"
    r"[^?]{0,25}\??\s*$", re.I)
# "dan" right after the question's verb is "then, in that case": "En wat moet er dan bij de zwaarste categorie gebeuren?"
# (also after a subject: "Waar kiest het kabinet dan nog wel voor?"; not a comparison's "dan": "... minder dan mannen")
THEN_AFTER_VERB = re.compile(rf"{QUESTION_START}{QUESTION_WORD}\s+[\w-]+(?:\s+(?:er|het|de|die|dat|ze|zij|hij|we|wij|u)\s+[\w-]+|\s+(?:er|het|die|dat|ze|zij|hij|we|wij|u)"
                             r"|\s+[a-zà-ÿ-]{3,}(?:en|s))?"  # (a bare plural subject: "Wat moeten instellingen dan concreet gaan doen?")
                             r"\s+(?<!meer\s)(?<!anders\s)(?<![a-zà-ÿ]{2}er\s)dan\b", re.I)
# "Waarom juist mannen?" asks why the thing just said is about them in particular
WHY_THEM_IN_PARTICULAR = re.compile(r"^\s*(?:en\s+|maar\s+)?waarom\s+(?:(?:eigenlijk|dan|nou|nu)\s+)*juist\b"
                                    r"|^\s*(?:and\s+|but\s+)?why\s+(?:[\w-]+\s+){1,3}in\s+particular\b", re.I)
# "dan" before a comma is "then", never a comparison's "dan" (which a noun follows): "hoeveel minder dan, in amsterdam bijv?"
THEN_COMMA = re.compile(r"\bdan\s*,", re.I)
PRONOUN_AFTER_SUBORDINATOR = re.compile(
    r"\b(?:als|wanneer|zodra|nu|omdat|hoewel|voordat|nadat)\s+(?:dat|dit|die|het)\s+(?:wordt|is|gaat|komt|zal|kan|moet|werd|was)\b", re.I)
# "het" as the object before a closing "te" + verb: "Wanneer krijgt de Kamer het te zien?" ("het te verwachten aantal"
# goes on after the verb); so does a demonstrative ("Wat is de deadline om die om te zetten?", "Is er geld om dat te doen?")
HET_TE = re.compile(r"\b(?:het|die|dat|deze|dit)\s+(?:(?:om|aan|op|in|uit|af|mee|toe|bij|door|over|vast)\s+)?te\s+[a-zà-ÿ]+\s*\??\s*$", re.I)
# A demonstrative before an adjective and a noun: "En wanneer krijgen scholen die nieuwe versie?", "Wie voert dit
# eerste deel uit?" ("die"/"dat" only at the end: "scholen die nieuwe lessen geven" is a relative clause)
POINTING_ADJECTIVE = r"(?:nieuwe|oude|eerste|tweede|vorige|volgende|huidige|andere|genoemde|bewuste|hele|laatste|aangepaste|herziene|vernieuwde)"
DEMONSTRATIVE_ADJECTIVE_NOUN = re.compile(
    rf"\b(?:(?:dit|deze)\s+{POINTING_ADJECTIVE}\s+[a-zà-ÿ-]{{4,}}|(?:die|dat)\s+{POINTING_ADJECTIVE}\s+[a-zà-ÿ-]{{4,}}\s*\??\s*$)", re.I)
# Weak signs: a bare "er" ("doen er aan mee", but also "komt er een ...") and an opening "En", "Ook", "And".
# (not the "er" of a definition that names what it defines: "Wat wordt er verstaan onder doxing?")
BARE_ER = re.compile(r"\ber\b(?!(?:\s+[\w-]+){0,3}\s+(?:verstaan\s+onder|bedoeld\s+met)\s+\w)", re.I)
# A closing pointer, perhaps followed by a particle or adverb: "Wanneer begint het?", "Hoe vaak komt het voor?",
# "Wat houdt dat in?", "Waar komt dat vandaan?"
DEMONSTRATIVE_AT_END = re.compile(
    r"\b(dat|dit|die|deze|het|dan|it|that|this|then)"
    # (at the end of the question or of its first clause: "Via wie gebeurt dat, en met hoeveel partners?")
    r"(\s+(voor|op|aan|uit|mee|af|in|door|toe|bij|over|terug|vandaan|plaats|precies|eigenlijk|nu|al|nog|ook|dan|again))*\s*(?:\??\s*$|,\s*(?:en|and)\s)",
    re.I,
)
CLOSING_PARTICIPLE = r"(?:ge|be|ver|ont|her|er)[a-zà-ÿ]{2,}[dtn]\s*\??\s*$"  # a participle that ends the question
# A demonstrative and its noun before a closing participle: "Voor hoe lang is dat partnerschap aangegaan?", "Wanneer is
# die regeling ingevoerd?" (as a conjunction "dat" is followed by a clause, not by a noun and a participle)
DEMONSTRATIVE_NOUN_PARTICIPLE = re.compile(rf"\b(?:die|dat|deze|dit)\s+[a-zà-ÿ-]{{4,}}\s+(?:(?:er|al|nu|ook|toen|dan|precies|eigenlijk)\s+)?"
                                           rf"(?:aan|op|in|uit|af|mee|toe)?{CLOSING_PARTICIPLE}", re.I)  # ("Waarom is dat protocol er gekomen?")
# A partitive "er" with a count before a closing participle: "Hoeveel Belgische jongeren hebben er weleens een gekregen?"
PARTITIVE_ER = re.compile(rf"\ber\s+(?:[a-zà-ÿ]+\s+){{0,2}}?(?:een|één|eentje|twee|drie|meerdere|enkele)\s+{CLOSING_PARTICIPLE}", re.I)
# "the numbers for Amsterdam": figures of what was talked about, for a place or group the question adds
THE_FIGURES_FOR = re.compile(r"\bthe\s+(?:latest\s+|exact\s+|actual\s+)?(?:numbers|figures|statistics|percentages|rates|data)\s+(?:for|in|at|among|on)\b", re.I)
# A pointer as the object of a closing participle: "Met wie heeft de staatssecretaris dat besloten?", "Wie heeft dat betaald?"
DEMONSTRATIVE_PARTICIPLE = re.compile(rf"\b(?:dat|dit)\s+(?:(?:al|nu|ook|toen|samen)\s+)?{CLOSING_PARTICIPLE}", re.I)
# ... and "die" as the object of a participle before its auxiliary: "Wanneer moet Nederland die omgezet hebben?"
DIE_PARTICIPLE_AUXILIARY = re.compile(r"\bdie\s+(?:aan|op|in|uit|af|mee|toe|om)?(?:ge|be|ver|ont|her|er)[a-zà-ÿ]{2,}[dtn]\s+"
                                      r"(?:hebben|zijn|worden|krijgen)\s*\??\s*$", re.I)
# "the term itself", "the concept": the thing the conversation named (not "the term 'femicide'", which names it)
THE_TERM = re.compile(r"\bthe\s+(?:term|word|concept|phrase|notion|expression|acronym|abbreviation)\b(?!\s*[\"'‘“(]|\s+(?-i:[A-Z]))", re.I)
# "dat partnerschap", "die alliantie": a demonstrative before a noun that the previous turn has points back to it
# (BACK_REFERENCE knows the usual nouns; this catches the rest, but "dat" before any noun may open a clause)
DEMONSTRATIVE_NOUN = re.compile(
    r"\b(?:(?:dit|deze|dezelfde|datzelfde|diezelfde)\s+([a-zà-ÿ-]{4,})\b|(?:die|dat)\s+([a-zà-ÿ-]{4,})\s*\??\s*$"
    # ... or "die" right after a verb, where no relative clause opens ("Aan welke normen moeten die interventies voldoen?")
    r"|\b(?:moet|moeten|is|zijn|wordt|worden|heeft|hebben|gaat|gaan|kan|kunnen|zal|zullen|krijgt|krijgen|doet|doen|mag|mogen)\s+die\s+([a-zà-ÿ-]{4,})\b)", re.I
)  # "dat"/"die" only at the end: "Klopt het dat vrouwen vaker ..." opens a clause
# ... "die" first, before a comma ("Die interventies voor risicojongeren, noem eens een voorbeeld?": no relative clause
# opens a question), and "die allemaal" ("Is er een site waar ik die allemaal kan bekijken?")
DEMONSTRATIVE_FIRST = re.compile(r"^\s*(?:en\s+)?die\s+[a-zà-ÿ-]{4,}\b(?=[^?]*,)|\b(?:die|ze)\s+allemaal\b", re.I)
# Asking whether something is known names no subject of its own ("Weet een leerling dat ...?", "weten we al ...")
KNOWING = "weet weten wist"
# Words that are rare in a small corpus but name no subject, so are not carried into the next question: verbs and
# adverbs of a follow-up ("Hoe vaak komt het voor?", "Wie zitten daarin?", "Wat doet Defensie daarvoor concreet?")
NOT_TOPIC = frozenset(
    """vaak komt komen kwam loopt lopen liep zit zitten zat staat staan stond ligt liggen gebeurt gebeuren gebeurde
    begint beginnen begon duurt duren kost kosten hoort horen betekent betekenen houdt houden werkt werken geldt gelden
    bestaat bestaan krijgt krijgen kreeg kregen gebruikt gebruiken precies concreet eigenlijk echt ooit meestal inmiddels
    momenteel tegenwoordig verder nog zien""".split()
) | frozenset(KNOWING.split()) | frozenset("eh ehm uh uhm um umm hm hmm nou oke ok okay".split())  # (spoken fillers, FILLER)
# The parliament the letters are sent to ("Wanneer hoort de Kamer ...?"): the addressee of every answer, no subject
ADDRESSEE = "tweede kamer parlement"
# A stance, which is of a subject ("Wat is het Nederlandse standpunt?" after a question on a directive)
STANCE_NOUNS = "standpunt standpunten positie opvatting mening visie oordeel reactie houding inzet"
# ... and so are results ("Krijgt de Tweede Kamer de resultaten te zien?" after a question on a subsidy's research)
RESULT_NOUNS = "resultaat resultaten uitkomst uitkomsten bevinding bevindingen"
# ... and good news asked of it, and who says so ("Zien onderzoekers ook lichtpuntjes?" after a question on Sinti and Roma)
GOOD_NEWS_NOUNS = "lichtpunt lichtpunten lichtpuntje lichtpuntjes"
SAYERS = "onderzoeker onderzoekers deskundige deskundigen expert experts wetenschapper wetenschappers"
FOR_EXAMPLE = "bv bijv bijvoorbeeld"  # ("welke bedrijven bv?": an example asked of what was said)
# What is asked of any subject ("bron?", "wie betaalt", "Per wanneer?", "Welke instantie levert dat cijfer?"): no subject
# of its own
ASKED_OF_ANY = "bron bronnen betaalt betalen betaalde betaald financiert financieren per instantie instanties levert leveren leverde cijfer cijfers"
# A conversational opener says nothing of the subject ("btw sinds wanneer ...", "Nog iets anders: wie ..."): it is left
# out of what is searched, so that the question's own words find its passage. Some openers announce another subject
# (SWITCHING): the question is then read by itself, whatever pointer it has ("Different subject: does the government
# agree ..., and what does it base that on?": its "it" points inside it); an aside ("btw", "nog een vraag") announces
# none ("btw, wanneer begint die?").
ACKNOWLEDGEMENT = r"(?:ok(?:ay|é)?|oke|goed|prima|thanks|dank\s*je(?:wel)?|bedankt)"
# A spoken filler before it all, as a voice assistant types it ("eh iets anders, wat is ...", "uhm waar gaat ...")
FILLER = r"(?:(?:eh+m?|uh+m?|um+|hm+|nou)\s*[,.!]?\s+)"
POLITE = rf"^\s*{FILLER}*(?:{ACKNOWLEDGEMENT}\s*[,.!]?\s+)?"  # "ok, ander onderwerp: ..."
# (and a spoken acknowledgement run into the question: "oke en hoeveel ..."; a written one stays, "Goed, en hoeveel kost
# het?", which `resolve` reads)
LEADING_FILLER = re.compile(rf"^\s*(?:{FILLER}|(?:{ACKNOWLEDGEMENT})\s+(?=(?:en|and)\s))+", re.I)
ASIDE = (r"btw|by\s+the\s+way|trouwens|overigens|"
         # an interjection ("Wacht even, waar komt dat cijfer vandaan?", "Heftig. En ...", "Right, and who ...")
         r"(?:wacht(?:\s+(?:even|eens|effe))?|heftig|serieus|wow|jeetje|interessant|right|wait(?:\s+a\s+(?:sec(?:ond)?|minute))?)(?=\s*[,.!:])|"
         r"nog\s+een\s+(?:andere\s+)?vraag|(?:en\s+)?ook(?:\s+nog)?(?=\s*:)|(?:and\s+)?also(?=\s*:)"
         r"|(?:another|one\s+more)\s+question"
         # how the answer should be put ("In eenvoudige woorden: hoeveel ...?", "In plain English, ..."): its words would
         # find the documents' own plain-language summary
         r"|(?:in\s+(?:eenvoudige|gewone|simpele|begrijpelijke|heldere|duidelijke|makkelijke)\s+(?:taal|woorden|nederlands)|simpel\s+gezegd"
         r"|kort\s+gezegd|in\s+het\s+kort|in\s+(?:simple|plain|easy)\s+(?:terms|words|english|language)|simply\s+put|in\s+short"
         r"|in\s+a\s+nutshell)(?=\s*[:,])")
SWITCHING = (
    # ("Andere vraag: ...", "Different question: ...": a question on something else; "nog een vraag" may go on, ASIDE)
    r"(?:een\s+)?(?:(?:compleet|totaal|heel|geheel)\s+)?andere\s+vraag(?!\s+over\s)|(?:a\s+)?(?:(?:completely|totally|entirely)\s+)?different\s+question(?!\s+(?:about|on)\s)|"
    r"(?:even\s+)?wat\s+anders(?=\s*[:,])|(?:(?:completely|totally|on\s+an?)\s+)?unrelated(?:\s+(?:question|note|topic))?(?=\s*[:,-])|"
    r"(?:en\s+)?nog\s+iets\s+anders|(?:(?:heel|totaal|compleet)\s+)?iets\s+(?:heel\s+|totaal\s+|compleet\s+)?anders|ander\s+onderwerp|on\s+another\s+note"
    r"|(?:en\s+)?(?:nog\s+)?(?:een\s+)?losse\s+vraag(?!\s+over\s)"
    r"|(?:(?:nog\s+)?even\s+)?los\s+(?:daarvan|hiervan|van\s+(?:dit|dat))|apart\s+from\s+(?:that|this)|(?:on\s+)?(?:a\s+)?separate\s+(?:note|point|question)"
    r"|(?:a\s+)?separate\s+(?:thing|topic|matter)|(?:a\s+)?(?:different|other|new)\s+(?:topic|subject|thing)|switching\s+(?:topics?|subjects?|gears)"
    r"|(?:changing|to\s+change)\s+(?:the\s+)?(?:topic|subject)|(?:van\s+)?(?:een\s+)?heel\s+ander\s+onderwerp|(?:even\s+)?over\s+iets\s+anders"
    r"|afgezien\s+(?:daarvan|hiervan|van\s+(?:dit|dat))"
    # a question announced on a subject it names ("Nog een vraag over de Caribische eilanden: ...", "One more question about
    # pay: ..."): only the announcement is left out, its subject is searched
    r"|(?:nog\s+)?(?:een\s+)?(?:andere\s+)?vraag(?=\s+over\s)|(?:another|a\s+different|one\s+more)\s+question(?=\s+(?:about|on)\s)"
)
OPENER = re.compile(rf"{POLITE}(?:{ASIDE}|{SWITCHING})(?![\w-])\s*[:,.;!-]*\s*", re.I)
SWITCH_OPENER = re.compile(rf"{POLITE}(?:{SWITCHING})(?![\w-])", re.I)


def switches_subject(question: str) -> bool:
    """The question opens by announcing another subject (SWITCH_OPENER)."""
    return SWITCH_OPENER.match(question) is not None


# A filler at a question's end, after a pointer ("Van wanneer is dat voorstel eigenlijk?", "Wie trekt dat programma
# nou?"): no topic of its own, and it hides the pointer before it ("precies" stays: "Wat is doxing precies?" asks a
# definition)
TRAILING_FILLER = re.compile(r"(?:\s+(?:eigenlijk|nou|gewoon|(?:ook\s+)?alweer))+(?=\s*\?\s*$)", re.I)
POINTER_BEFORE = re.compile(r"(?<![\w-])(?:die|dat|deze|dit|ze|zij|hij|hem|haar|hun)(?:\s+[a-zà-ÿ-]{3,})?\s*$", re.I)


def without_trailing_filler(question: str) -> str:
    """The question without a filler right before its question mark (TRAILING_FILLER) when a pointer stands before it
    (POINTER_BEFORE)."""
    m = TRAILING_FILLER.search(question)
    return question[: m.start()] + question[m.end() :] if m and POINTER_BEFORE.search(question[: m.start()]) else question


def without_opener(question: str) -> str:
    """The question without a conversational opener (OPENER); the question itself when nothing would be left."""
    rest = OPENER.sub("", LEADING_FILLER.sub("", question, count=1), count=1).strip()
    return rest if re.search(r"\w", rest) else question


# The asker's own situation before the question ("Ik ben HR-manager en overweeg transitieverlof in te voeren. Welke
# grote werkgevers bieden dat al aan?", "As a GP: what is ...?"): its words about the asker find passages about the asker's
# words (a class, a manager) and ask for names the documents never give. Only the subject words the documents have are
# kept, after the question proper.
# Someone the asker helps ("een lid", "onze patiënt", "a client")
CASE_OWNERS = "een onze mijn a an our my".split()
CASE_PEOPLE = ("lid klant cliënt client collega bezoeker patiënt patient patiente leerling student medewerker cliënte deelnemer "
               "bewoner ouder moeder vader speler member colleague visitor pupil employee resident player").split()
# (a family member as a case note has it, without an article: "Dochter (14) krijgt ...", "Moeder hoort zoon van 15 ...")
CASE_FAMILY = "dochter zoon moeder vader kind tiener meisje jongen".split()
CASE_PERSON = (rf"(?:(?:{'|'.join(CASE_OWNERS)})\s+(?:[\w-]+\s+)?(?:{'|'.join(CASE_PEOPLE)})"
               rf"|(?:{'|'.join(CASE_FAMILY)})(?:\s*\(\d{{1,2}}\)|\s+van\s+\d{{1,2}}(?:\s+jaar)?)?)")
# The words of a case person's match that name no one in particular (the age's "van ... jaar" too); its description stays
CASE_WORDS = frozenset(w for w in CASE_OWNERS + CASE_PEOPLE + CASE_FAMILY + ["van", "jaar"] if len(w) > 1)
# What the case person does in the case told ("Een lid wil ...", "Dochter (14) krijgt ...")
CASE_VERB = r"(?:wil|wilt|durft|heeft|is|zit|vraagt|kent|weet|zoekt|twijfelt|krijgt|hoort|ziet|wordt|merkt|denkt|vermoedt|voelt)"
PERSONAL_LEAD = re.compile(r"^\s*((?:ik|mijn|wij|we|onze|ons|als\s+[\w-]+|(?:namens|voor)\s+(?:onze|ons|mijn)|i|i['’]m|my|our|as\s+an?\s+[\w-]+|on\s+behalf\s+of\s+(?:my|our)"
                           # (a case told first, supposed or someone else's: "Stel dat een van onze spelers ... wordt aangevallen.",
                           # "Een homoseksuele patiënt durft geen aangifte te doen.")
                           r"|stel(?:\s+je\s+voor)?(?:\s+dat)?|suppose|imagine|" + CASE_PERSON + r"\s+(?:" + CASE_VERB + r"|wants|has|asks|knows)"
                           # (the asker's place first, the subject after its verb: "Bij Veilig Thuis zien we ...", "In our practice we ...")
                           # (the place is the asker's, no subject to search: "Veilig Thuis" finds "thuis niet veilig")
                           r"|(?:bij|in|op|binnen|vanuit)\s+(?P<place>(?:[\w'’+-]+\s+){1,5}?)(?:zien|merken|horen|krijgen|hebben|ervaren|werken|zitten)\s+(?:we|wij|ik)"
                           r"|(?:at|in)\s+(?:my|our)\s+(?P<place_en>(?:[\w'’+-]+\s+){0,4}?)(?:we|i)"
                           # (who asks, introduced as on a forum: "Youth worker in Rotterdam here: ...", "Jongerenwerker hier: ...")
                           r"|[\w'’-]+(?:\s+[\w'’-]+){0,5}?\s+(?:here|hier)(?=\s*[:,.!])"
                           # (what or whom the question is for: "Voor Tubantia: ...", "For our cable home: ...")
                           r"|(?:voor|for|namens|on\s+behalf\s+of)\s+(?:[\w'’&+-]+\s+){0,5}?[\w'’&+-]+(?=\s*:)"
                           # (the asker's life told first, the asker the subject later in the sentence: "Vroeger zat ik in
                           # de gemeenteraad ..., ik ben nu 72.", "Back in the seventies I was ..."; not a possessive: "Iemand
                           # heeft een nepnaaktfoto van mijn dochter gemaakt." is the case asked about)
                           r"|(?=[^.!?:]{0,160}?(?<![\w-])(?:ik|wij|i)(?![\w'’-])))\b[^?]*?[.!:])"  # (the asker within the lead: "Wie is daar ... voor: de
                           # overheid of wij als bedrijven?" asks its question before the colon)
                           # (the question after it may hold a web address: "op data.overheid.nl?")
                           r"\s+(?=\S(?:[^.!?]|\.(?=\w))*\?\s*$)", re.I)


# The words that open an embedded question ("... wil weten hoeveel ...", "... want to know which ...")
ASKING_NL = "waarom|wat|wie|welke?|hoe|hoeveel|wanneer|waar|of"
ASKING_EN = "why|what|who|which|how|when|where|whether|if"


# A lead that reports the question ("Mijn woordvoerder wil weten waarom er geen wet komt. Wat is de onderbouwing?") or
# the statement to check ("Ik heb genoteerd dat ... Klopt dat?"): that is what is asked, the question after it only asks again
HOW_OFTEN = r"(?:(?:vaak|regelmatig|geregeld|soms|ook|wel\s+eens|steeds\s+vaker)\s+)?"  # ("vragen ons vaak of ...")
EMBEDDED_QUESTION = re.compile(r"\b(?:wil|willen|wilde|wilden)\s+(?:(?:ik|we|wij|ze|zij|hij)\s+)?(?:graag\s+)?weten\s+(?=(?:" + ASKING_NL + r")\b)"
                               # ("Een moeder vraagt of de regering weet van die apps ...": what she asks is the question)
                               r"|\b(?:vraagt|vroeg|vragen|vroegen)\s+(?:(?:me|mij|ons|jullie|u)\s+)?" + HOW_OFTEN + r"(?=(?:" + ASKING_NL + r")\b)"
                               # ("Wij krijgen vaak de vraag of er ook hulp is voor ...": the question asked of the asker)
                               r"|\b(?:krijg|krijgen|krijgt|kreeg|kregen)\s+(?:(?:ik|we|wij|ze|zij|hij)\s+)?" + HOW_OFTEN + r"(?:de|die|deze|een)\s+vraag\s+(?=(?:" + ASKING_NL + r")\b)"
                               r"|\b(?:get|got|are|were|am|is|gets)\s+(?:(?:often|regularly|sometimes|always|constantly)\s+)?(?:asked|the\s+question)\s+(?=(?:" + ASKING_EN + r")\b)"
                               r"|\b(?:wants?|wanted)\s+to\s+know\s+(?=(?:" + ASKING_EN + r")\b)"
                               # a statement to check ("Ik heb genoteerd dat in 2024 16 procent ... Klopt dat?")
                               r"|\b(?:heb|had|hebben)\s+(?:\w+\s+){0,2}?(?:genoteerd|gelezen|gehoord|begrepen|opgeschreven)\s+dat\s+"
                               r"|\b(?:(?:i|we)\s+(?:have\s+|had\s+)?|(?:i|we)['’]ve\s+)(?:noted|read|heard|understood|written\s+down)\s+that\s+", re.I)


# ... or typed in a chat box, the situation before a comma and no question mark ("ik werk 20 uur in de kinderopvang, is
# er een rekenhulp ...")
PERSONAL_LEAD_COMMA = re.compile(r"^\s*((?:ik|mijn|wij|we|onze|as\s+an?)\b[^?,.;]{3,120}?,)\s*(?=(?:is|zijn|kan|kun|kunnen|mag|moet|heeft|hebben|krijg|"
                                 # (in English: "As a GP with many migrant patients, I'd like to know which ...")
                                 r"i|i['’]d|i['’]m|what|which|who|how|when|where|why|are|does|do|can|could|will|would|"
                                 r"krijgt|doet|wat|wie|welke?|hoe|hoeveel|waar|wanneer|waarom)\b)", re.I)


# ... or said in the sentence that asks, as what the asker wants to know ("Ik ben trans en wil weten hoeveel
# zorgaanbieders ...", "I'm a nurse and I'd like to know which ..."): the question proper is the asked clause
OWN_QUESTION = re.compile(r"^\s*((?:ik|wij|we|i)\b[^?.!:;]{0,120}?)\s*\b(?:en\s+|and\s+)?(?:(?:ik|we|wij|i)\s+)?"
                          r"(?:(?:wil|willen|zou|zouden)\s+(?:graag\s+)?(?:willen\s+)?weten|vraag\s+(?:me|mij|ons)\s+af"
                          r"|(?:want|wanted|would\s+like|['’]d\s+like)\s+to\s+know|wonder)\s+"
                          r"(?=(?:" + ASKING_NL + "|" + ASKING_EN + r")\b)", re.I)


# ... or after the question ("Hoeveel Regenboogsteden zijn er? Wij denken er als kleine Friese gemeente over om aan te haken.")
# ... or the asker's guess or remark after it ("who's behind Act4Respect Unlimited? the usual NGO suspects i assume",
# "... overleg? weer een praatclub zeker")
PERSONAL_TAIL = re.compile(r"^(?P<asked>[^?]*\?)\s+(?P<tail>(?:(?:ik|wij|we|mijn|onze|ons|i|i['’]m|my|our|we['’]re)\b|"
                           # (who asks, as a role: "... urencontracten? als VVT-organisatie willen we daar wel bij aansluiten")
                           r"als\s+(?:[\w-]+\s+){1,3}?(?:willen|zouden|kunnen|zijn|hebben|gaan|denken|vragen)\s+(?:we|wij|ik)\b|"
                           # (the asker's case, told in the first person: "... precies? Een cliënt durft geen aangifte te doen en ik wil
                           # haar doorverwijzen."; in Dutch: "... it for my company" after an English question keeps its words)
                           r"(?=[^?]*\b(?:ik|wij|mijn|onze|bij\s+ons)\b[^?]*[.!]?\s*$)|"
                           # (or in the third person, someone the asker helps: "Wat is Roze in Blauw precies? Een lid wil aangifte doen
                           # maar kent het niet")
                           r"(?P<case>" + CASE_PERSON + r"\s+" + CASE_VERB + r"\b"
                           # (or who asked it: "... onder 'basisvaardigheden'? Vraag van een vrijwilliger van het Taalhuis.")
                           r"|(?:vraag|question)\s+(?:van|namens|from)\s+(?:een|de|het|onze|mijn|a|an|our|my|the)\s)|"
                           r"(?=[^?]*\b(?:lol|haha|zeker|vast\s+wel|denk\s+ik|neem\s+ik\s+aan|vermoed\s+ik|eerlijk\s+gezegd|i\s+assume|i\s+guess|"
                           r"i\s+suppose|i\s+bet|sounds\s+like|klinkt\s+als|lijkt\s+me)\b))[^?]*)$", re.I)


# A PERSONAL_TAIL put first: its sentence, then the question (which may end in a title's "!?": "Single Super Mom werkt!?")
TAIL_FIRST = re.compile(r"^\s*([^?]*?[.!])\s+(?=\S(?:[^.!?]|!(?=\?))*\?\s*$)")


EN_POINTING = "it|its|they|them|their|there|this|that|these|those"  # English words that point back (POINTER_WORD too)
EN_POINTER = re.compile(r"\b(?:" + EN_POINTING + r"|one|ones|such)\b", re.I)  # (into the lead)
# ... but "is there a campaign ...?" says that something exists: its "there" points nowhere
EXISTENTIAL_THERE = re.compile(r"\b(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+there\b|\bthere\s+(?:is|are|was|were|['’]s)\b", re.I)


# A question proper that asks what a name is ("Wat is Roze in Blauw eigenlijk?", "What is the ECAD-P?"): the case told
# before it says nothing of the answer (its words would pick the sentence about reporting, not the definition)
NAME_DEFINED = re.compile(r"^\s*(?:wat|wie)\s+(?:is|zijn)\s+(?:(?:het|de)\s+)?(?-i:[A-Z])[\w'’+-]*(?:\s+[\w'’+-]+){0,4}?"
                          r"(?:\s+(?:eigenlijk|precies|nou))?\s*\?\s*$"
                          r"|^\s*(?:what|who)\s+(?:is|are)\s+(?:(?:the|a)\s+)?(?-i:[A-Z])[\w'’+-]*(?:\s+[\w'’+-]+){0,4}?(?:\s+exactly)?\s*\?\s*$", re.I)


def personal_lead(question: str, sentence_index) -> tuple[str, list[str]]:
    """The question proper and the subject words of its PERSONAL_LEAD (none without one). The words say what the
    question is about, not what its answer must name ("Als jeugdverpleegkundige bij de GGD vraag ik me af: ...")."""
    if (tail := PERSONAL_TAIL.match(question)) is not None:  # (read as if it came first)
        if tail.group("case"):  # (someone else's case says nothing of what is asked)
            return tail.group("asked").strip(), []
        question = f"{tail.group('tail').strip().rstrip('.!')}. {tail.group('asked').strip()}"
    # (a tail that says what the asker wants to know is the asker's case, not the question: "Tot en met welk jaar loopt
    # het kennisprogramma? We willen weten of een aanvraag in 2029 nog zin heeft.")
    m = ((TAIL_FIRST.match(question) if tail else None) or PERSONAL_LEAD.match(question) or PERSONAL_LEAD_COMMA.match(question)
         or OWN_QUESTION.match(question))
    if m is None:
        return question, []
    if NAME_DEFINED.match(question[m.end():]):
        return question[m.end():].strip(), []
    if not tail and (asked := EMBEDDED_QUESTION.search(m.group(1))) is not None:  # the lead asks the question itself
        return " ".join([m.group(1)[asked.end() :].strip(), question[m.end() :].strip()]), []
    if detect_language(m.group(1)) != "nl":  # (an English lead's words are not the documents': its content words all stay,
        # unless the question proper names its own subject: then only the documents' terms for them, "We hire many refugees
        # with a residence permit. How big is the employment gap between female and male status holders?": statushouders)
        proper = question[m.end():]
        complete = len(english_content_words(proper)) >= OWN_ENGLISH_TERMS and not EN_POINTER.search(EXISTENTIAL_THERE.sub(" ", proper))
        words = dutch_terms(m.group(1)) if complete else english_content_words(m.group(1))
    else:
        # (the case person is who asks, not what about: "Moeder hoort zoon van 15 ... over 'de manosphere'")
        # (its description stays: "Een transgender collega vraagt ...")
        case = re.match(r"\s*" + CASE_PERSON + r"\s", m.group(1), re.I)
        told = m.group(1)
        if case:
            told = " ".join([w for w in re.findall(r"[\w'’+-]+", case.group(0)) if w.lower() not in CASE_WORDS] + [told[case.end():]])
        lead = " ".join(known_head(w.strip("'’"), sentence_index) for w in re.findall(r"[\w'’+-]+", told))
        keep = {t for t in own_topic_terms(lead, sentence_index) if t in sentence_index.idf}
        words = [w for i, w in enumerate(lead.split()) if fold(w) not in STOPWORDS and fold(w) not in ASKER_WORDS and not LEAD_VERB.fullmatch(w)
                 and (sentence_index.terms(w) & keep or (i and w[:1].isupper() and sentence_index.terms(w) <= sentence_index.idf.keys()))]
        # (the documents' terms for the lead's everyday words that the documents lack: "openheid van salarissen" is
        # loontransparantie; not for "in de klas", whose word stays)
        kept = {fold(w) for w in words}
        words += [term for phrase, term in plain_phrases(m.group(1))
                  if any(fold(w) not in kept and fold(w) not in STOPWORDS for w in re.findall(r"[\w'’-]+", phrase))]
    place = set((m.groupdict().get("place") or m.groupdict().get("place_en") or "").split())
    return question[m.end():].strip(), list(dict.fromkeys(w for w in words if w not in place))


# The asker's place, named in the lead ("Mijn klant woont in Zaanstad. Doet haar gemeente mee ...?"), is what the question's
# "haar gemeente" asks about: the answer must name it like any place the question names itself
LEAD_PLACE = re.compile(r"\b(?:woon\w*|wonen|woont|werk\w*|zit|zitten|lives?|living|works?|working)\s+(?:[\w-]+\s+){0,2}?(?:in|te)\s+"
                        r"([A-Z][\w'’-]+(?:\s+(?:aan\s+(?:de|den)\s+)?[A-Z][\w'’-]+)?)")
OWN_PLACE = re.compile(r"\b(?:mijn|haar|zijn|onze|hun|jullie|my|her|his|our|their)\s+(gemeente|stad|woonplaats|dorp|provincie|municipality|city|town)\b", re.I)


def with_own_place(question: str, proper: str) -> str:
    """The question proper with the lead's place for its "haar gemeente" ("Doet de gemeente Zaanstad mee ...?")."""
    lead = question[: question.rfind(proper)] if proper in question else ""
    place = LEAD_PLACE.search(lead)
    if place is None or (own := OWN_PLACE.search(proper)) is None:
        return proper
    return f"{proper[: own.start()]}de {own.group(1)} {place.group(1)}{proper[own.end() :]}"


# The asker in a lead ("Wij als gemeente ...") is no subject word (the stopword list lacks "wij"); a capitalised word
# after the lead's first word is part of a name the documents have ("aansluiten bij Veilige Steden"), rare or not
ASKER_WORDS = frozenset("ik wij we mijn ons onze jij je u voor namens".split())
# The lead's verbs that say nothing of its subject ("Wij willen meer jonge vrouwen in de gemeenteraad krijgen.")
LEAD_VERB = re.compile(r"(?:wil|wilt|willen|wilde|wilden|krijg|krijgt|krijgen|kreeg|kregen|heb|hebt|heeft|hebben|had|hadden|"
                       r"zie|ziet|zien|zag|zagen|merk|merkt|merken|hoor|hoort|horen|zit|zitten|ga|gaat|gaan|kom|komt|komen|"
                       r"denk|denkt|denken|vind|vindt|vinden)", re.I)
KNOWN_HEAD = 8  # the shortest compound head that stands for a compound the documents lack


def known_head(word: str, sentence_index) -> str:
    """The word, or the longest head of a compound the documents do not have that they do ("recruitmentalgoritmes":
    "algoritmes")."""
    if not word.isalpha() or sentence_index.terms(word) <= sentence_index.idf.keys():
        return word
    return next((h for h in (word[-i:] for i in range(len(word) - 3, KNOWN_HEAD - 1, -1))
                 if sentence_index.terms(h) and sentence_index.terms(h) <= sentence_index.idf.keys()), word)


# The document named as the speaker or the place of what is asked ("Wat bedoelt de emancipatienota met DSD?", "...,
# volgens de nota?", "according to the policy letter"), or its writer as the speaker of a term: every passage is in a
# document, so the name finds nothing but the one paragraph that happens to name it.
DOCUMENT_NAME = re.compile(
    r",?\s*\b(?:volgens|in|uit)\s+(?:de|deze)\s+(?:emancipatie)?nota(?:\s+2025)?(?![\w-])"
    r"|\b(bedoelt|verstaat|noemt|schrijft|zegt|omschrijft|beschrijft|definieert)\s+(?:de|deze)\s+(?:emancipatie)?nota(?:\s+2025)?(?![\w-])\s*"
    # (the writer as the speaker of a term: "Wat bedoelt de staatssecretaris met 'manosphere'?")
    r"|\b(bedoelt|bedoelen|verstaat|verstaan)\s+(?:de\s+(?:staatssecretaris|minister|bewindspersoon|regering|schrijvers?)|het\s+kabinet|ze|zij|hij|men)\s+(?=(?:met|onder)\s)"
    r"|,?\s*\b(?:according to|in) the (?:2025 )?(?:policy letter|memo(?:randum)?|emancipation (?:memo(?:randum)?|paper|letter|note))\b"
    r"|,?\s*\b(?:according to|in) (?:the )?(?:2025 )?(?:emancipatie)?nota(?:\s+2025)?(?![\w-])"
    # (the English speaker: "How does the policy letter explain DSD?", "What does the memo say about ...?": the verb stays)
    r"|\b(does|do|did)\s+the\s+(?:2025\s+)?(?:emancipation\s+|policy\s+)?(?:letter|memo(?:randum)?|paper|note|nota)\s+"
    r"(?=(?:say|explain|describe|define|mention|write|state|mean|call|understand)\b)"
    # (the writer as the speaker of what the end of her letter says: "Wat noemt de staatssecretaris van OCW aan het eind van
    # de Emancipatienota haar democratische opdracht?": the verb stays)
    r"|\b(noemt|ziet|omschrijft|beschrijft|schrijft)\s+(?:de\s+staatssecretaris(?:\s+van\s+OCW)?|staatssecretaris\s+Paul)\s+"
    r"(?=[^?]*\b(?:(?:eind|einde|slot)\s+van\s+(?:de|haar)\s+(?:emancipatie)?nota|slotwoord|slotalinea|slotparagraaf))",
    re.I,
)
# The letter's end is its closing section ("aan het eind van de Emancipatienota", "in haar slotwoord")
END_OF_LETTER = re.compile(r"\b(?:aan|in)\s+het\s+(?:eind|einde|slot)\s+van\s+(?:de|haar|deze)\s+(?:emancipatie)?nota(?:\s+2025)?"
                           r"|\bin\s+(?:haar|het|de)\s+(?:slotwoord|slotalinea|slotparagraaf)\b"
                           # ("in the closing section of the memo", "at the end of her letter")
                           r"|\b(?:in|at)\s+the\s+(?:end|close|closing\s+(?:section|part|paragraph|words|remarks)|conclusion|final\s+(?:section|part|paragraph))"
                           r"\s+of\s+(?:the|her|this)\s+(?:(?:emancipation|policy)\s+)?(?:memo|letter|paper|note|nota)\b", re.I)


def without_document_name(question: str) -> str:
    """The question without a mention of the document as its source (DOCUMENT_NAME); as it is when little would be left."""
    # (each alternative has at most one group, the verb that stays: "bedoelt de nota met" -> "bedoelt met")
    rest = DOCUMENT_NAME.sub(lambda m: f" {m.group(m.lastindex) if m.lastindex else ''} ", question)
    rest = END_OF_LETTER.sub("in de afsluiting", rest)
    rest = re.sub(r"\s+([?.!,])", r"\1", rest).strip()
    rest = re.sub(r"\s{2,}", " ", rest).lstrip(" ,;:")  # (", how many ...?" after "According to the memo")
    return rest if len(re.findall(r"\w+", rest)) >= 4 else question


# A definition asked with a speaker's verb ("Wat verstaat de nota precies onder die 'manosphere'?", "Wat bedoelen ze
# met doxing?"): asked as "Wat is manosphere?", whose words the defining sentence has (not "Wat wordt er bedoeld met
# ...?", which asks what a term covers, see rag.answer)
# ("Wat verstaat de overheid onder basisvaardigheden van volwassenen?")
DEFINITION_ASKED = re.compile(r"^\s*wat\s+(?:verstaat|verstaan|bedoelt|bedoelen)(?:\s+(?:ze|zij|hij|men|jullie|u|(?:de|het)\s+(?:overheid|kabinet|regering|nota|brief|ministerie|minister|staatssecretaris)))?"
                              r"(?:\s+(?:precies|eigenlijk|nou|nu|dan|daar|hier))*\s+(?:onder|met)\s+(?:(?:die|de|het|dat|deze|dit|een)\s+)?"
                              r"(?P<term>['‘\"“]?[\w'’+-]+(?:\s+[\w'’+-]+){0,3}?['’\"”]?)\s*\?\s*$"
                              # ("Wat houdt dat doxing precies in?": the term is named, the pointer only says it was mentioned)
                              r"|^\s*(?:en\s+)?wat\s+(?:houdt|houden)\s+(?:(?:die|dat|deze|dit|zo['’]n)\s+)?"
                              r"(?P<held>['‘\"“]?(?!(?:dat|dit|het|de|een|die|deze|ze|zij|precies|eigenlijk|nou|nu|dan)\b)[\w'’+-]+['’\"”]?)(?:\s+(?:precies|eigenlijk|nou|nu|dan))*\s+in\s*\?\s*$"
                              # ("How does the government describe the manosphere?", "Hoe omschrijft de nota femicide?")
                              r"|^\s*(?:how\s+(?:does|do|did)\s+(?:the\s+)?(?:government|cabinet|nota|letter|paper|document|ministry|state\s+secretary|they)"
                              r"\s+(?:describe|define)|hoe\s+(?:omschrijft|omschrijven|definieert|definiëren|beschrijft|beschrijven)\s+(?:de|het)\s+"
                              r"(?:kabinet|nota|brief|regering|ministerie|staatssecretaris))\s+(?:(?:the|a|an|de|het|een)\s+)?"
                              r"(?P<described>['‘\"“]?[\w'’+-]+(?:\s+[\w'’+-]+){0,2}?['’\"”]?)\s*\?\s*$", re.I)


QUOTE_MARKS = "'‘’\"“”"


def as_definition(question: str) -> str:
    """A definition asked with a speaker's verb, "houdt ... in" or "describe" (DEFINITION_ASKED) as "Wat is <term>?" ("What
    is <term>?" in English); else the question as it is."""
    m = DEFINITION_ASKED.match(question)
    if m is None:
        return question
    term = (m.group("term") or m.group("held") or m.group("described")).strip(QUOTE_MARKS)
    return f"What is {term}?" if m.group("described") and question.lstrip().lower().startswith("how") else f"Wat is {term}?"


# "<a sentence naming a thing>. Wat is dat eigenlijk?": the definition of the thing the sentence before names ("Een
# scholier wil op school een GSA beginnen. Wat is dat eigenlijk?", "Mijn zoon heeft het steeds over de manosphere. Wat is
# dat?", "Some of the young guys ... talk about the 'manosphere'. What is that exactly?")
POINTED_DEFINITION = re.compile(r"^(?P<lead>.+?[.!:])\s+(?:en\s+|and\s+)?(?:(?P<nl>wat\s+(?:is|betekent)\s+(?:dat|dit|het))|what(?:['’]s|\s+is|\s+does)\s+(?:that|this|it))"
                                r"(?:\s+(?:eigenlijk|precies|nou|dan|exactly|actually|mean))*\s*\?\s*$", re.I | re.S)
QUOTED_TERM = re.compile(rf"[{QUOTE_MARKS}]([^{QUOTE_MARKS}]{{2,40}})[{QUOTE_MARKS}]")
CAPITALS_WORD = re.compile(r"(?<![\w-])[A-Z][A-Z+-]{1,11}(?![\w-])")  # an acronym or a name in capitals ("GSA", "GELIJKSPEL")


def pointed_definition(question: str, sentence_index) -> str:
    """A definition asked of a thing the sentence before names (POINTED_DEFINITION) as "Wat is <thing>?" ("What is
    <thing>?"): the thing in quotes, else the last acronym or name (not a sentence's first word), else the lead's last
    rare word the documents have; the question as it is when there is none."""
    m = POINTED_DEFINITION.match(question)
    if m is None:
        return question
    lead = m.group("lead")
    names = [x.group(0) for x in CAPITALS_WORD.finditer(lead)]
    names += [x.group(0) for x in CAPITALISED_RUN.finditer(lead) if not re.search(r"(?:^|[.!?:]\s*)$", lead[: x.start()])]
    quoted = QUOTED_TERM.search(lead)
    rare = next((t for t in reversed(re.findall(r"[\w+-]{4,}", lead)) if own_topic_terms(t, sentence_index)), None)
    term = quoted.group(1) if quoted else (max(names, key=lead.rfind) if names else rare)
    if term is None:
        return question
    return f"Wat is {term}?" if m.group("nl") else f"What is {term}?"


ELLIPTIC_START = re.compile(rf"{POLITE}(en|maar|ook|and|but|also|what about|how about|wat dan|en wat|en hoe|en wie|en wanneer)\b", re.I)  # ("Oké, en ...")
# A word rarer than this (IDF, see SentenceIndex) names a topic of its own.
TOPIC_IDF = 3.0
MIN_OWN_TOPIC_TERMS = 2
# After an opening "En"/"Ook"/"And" or a bare "er" with no other pointer, this many subject words make a question self-contained
# ("En in welke jaren komt er een nieuwe Emancipatiemonitor?"); "En de Caribische eilanden?" (two) stays elliptic.
MIN_TOPIC_TERMS_AFTER_EN = 3
OWN_ENGLISH_TERMS = 5  # an English question without a pointer and with this many content words is complete
ASKS_FOR_MORE = re.compile(r"\s*(?:anything|any|something|what\s+else)\b", re.I)  # ("anything for women who want to ...?")
OWN_TOPIC_AND_POINTER = 3  # a question that points back but names this many subject words carries only the section
BARE_PRONOUNS = frozenset("ze zij hun hen hem hij ie they them their it its".split())  # (pointers that name nothing)
CONTEXT_IDF = 2.0  # words of an earlier question this rare are carried over as its subject
# English function words: an English question's other words are absent from the Dutch documents (so "rare"),
# which says nothing about whether they name a subject the documents have.
EN_FUNCTION = frozenset("""a about an and are as at be been but by can could did do does for from had has have how if in into is
    it its no not of on or should such that the their then there these they this those to was were what when where which who
    why will with would i i'm i’m me my we we're we’re us our ours you you're you’re your""".split())  # (the asker's own
# pronouns: "We're a migrant women's association. Is ...?" names no subject with "We're")
# The signs that a question points back, whatever else it names (an opening "En" or a bare "er" are weak signs).
# Joining "too" with nothing to join named: "Kunnen de eilanden in het Caribisch deel ook aanhaken?" joins what was just
# talked about.
JOINING_TOO = re.compile(r"\book\s+(?:[\w-]+\s+){0,2}?(?:aanhaken|meedoen|deelnemen|aansluiten|aanschuiven|instappen|"
                         # (also before a short second question: "en kunnen de BES-eilanden ook meedoen? vanaf wanneer?")
                         r"toetreden|join|take\s+part|sign\s+up)\s*(?:\?\s*[^?]{1,30}\?|\?)?\s*$"
                         r"|\b(?:join|take\s+part|sign\s+up|participate)\s+(?:as\s+well|too)\s*\??\s*$"  # ("Can Bonaire ... join as well?")
                         # ("En de eilanden? Wanneer mogen die aanhaken?": the thing put first is asked to join)
                         r"|\b(?:die|ze|zij|they)\s+(?:[\w-]+\s+){0,2}?(?:aanhaken|meedoen|deelnemen|aansluiten|instappen|toetreden|join|take\s+part)\s*\??\s*$"
                         # ("Did other EU countries join in?": others joining what was just said)
                         r"|\b(?:other|andere)\s+(?:[\w-]+\s+){0,3}?(?:join(?:ed)?(?:\s+in)?|take\s+part|sign(?:ed)?\s+(?:up|on)|aanhaken|meedoen"
                         r"|aansluiten|aangesloten|aangehaakt)\s*\??\s*$", re.I)
# A place put first is where the question asks, not what it is about: a personal pronoun after it still points back
# ("En in de top van bedrijven, hoe groot is hun aandeel daar?": "hun" are the women talked about)
PLACE_FIRST = re.compile(r"^\s*(?:(?:en|maar|ook|and|but)\s+)?(?:in|bij|op|binnen|at|within)\s[^,]*,(?=.*\b(?:hun|ze|zij|hen|they|their|them)\b)",
                         re.I)
# "En de risico's, welke worden er genoemd?" after a question on AI's chances: a bare noun after "En" sets the other side
# of what was asked against it, no subject of its own (not a name: "En de Regenboogsteden, ...")
# (or a group after a preposition, without a question of its own after the comma: "En bij volwassenen, mensen van onze
# leeftijd?", "And among adults?"; not "En bij femicide, hoe vaak is het een partner of familielid?")
CONTRAST_FIRST = re.compile(r"^\s*(?:en|maar|and|but)\s+(?:(?:de|het|the)\s+(?-i:[a-z])[\w'’-]+\s*,|(?:bij|onder|voor|among|for)\s+"
                            r"(?:(?:de|het|the)\s+)?(?-i:[a-z])[\w'’-]+\s*,(?![^?]*\b(?:wat|wie|welke?|hoe|hoeveel|waar|wanneer|waarom|"
                            r"what|who|which|how|where|when|why)\b))", re.I)


@dataclass(frozen=True)
class NamelessReferent:
    """A noun that is always of something (`noun`), in a question in Dutch (`dutch`) or not that names nothing itself
    (no capitalised word after its first, `name`): the thing was named in the conversation."""

    noun: re.Pattern
    dutch: bool
    name: re.Pattern = re.compile(r"(?<=\s)(?!Kamer\b)[A-Z]")  # ("Wanneer zien wij (en de Kamer) de uitkomsten?")

    def search(self, question: str) -> re.Match[str] | None:
        if (detect_language(question) == "nl") != self.dutch or self.name.search(question.strip()):
            return None
        return self.noun.search(question)


# An English question about "the researchers", "the programme", "the plan" ("What factors are the researchers looking
# at?" after a question on the study of young people's acceptance).
DEFINITE_REFERENT = NamelessReferent(
    re.compile(
        r"\bthe\s+(?:(?:national|new|planned|current|whole|same|original|first|second|latest|final|most\s+recent|newest|previous)\s+){0,2}"
        r"(researchers?|editions?|versions?|study|research|survey|programme|program|project|pilot|plan|scheme|alliance|network|"
        r"campaign|centre|center|platform|fund|law|bill|initiative|strategy|report|proposal|regulation|directive|"
        r"guidelines?|measures?|subsidy|grant|money|budget|organi[sz]ations?|partners|course|training|declaration|"
        r"problem|problems|issue|issues|aim|goal|focus|target\s+group|factory|tool|calculator|app|website|method|approach|ban|"
        r"rules|agency|institute|watchdog|commissioner|ministry(?!\s+(?:of|for)\b)|"
        r"women|men|girls|boys|refugees|students|pupils|teachers|employers|islands|perpetrators|offenders|victims)\b", re.I),
    dutch=False, name=re.compile(r"(?<=\s)(?!I\b)[A-Z]"))


class OwnerlessPronoun:
    """"haar", "hij" in a Dutch question with no person or thing before it that could be meant ("Wat is haar rol
    precies?" after a question on the government commissioner; not "Wat doet de staatssecretaris met haar budget?")."""

    PRONOUN = re.compile(r"\b(haar|hij)\b", re.I)
    OWNER = re.compile(r"\b(?:de|het|een|die|deze)\s+[\w-]+|(?<=\s)[A-Z][\w-]+")

    def search(self, question: str) -> re.Match[str] | None:
        m = self.PRONOUN.search(question)
        if m is None or detect_language(question) != "nl" or self.OWNER.search(question[: m.start()]):
            return None
        return m


# A Dutch question about "de focus", "het doel", "de looptijd", "het probleem" of something it does not name (no "van",
# "voor" after): "en op welke aandoeningen ligt de focus?" after a question on a knowledge programme; "Wie zijn de
# daders meestal?" after a question on harassment.
# a figure pointed at: "Wat wil SZW doen om dat percentage omhoog te krijgen?" (not the conjunction: "dat" before a plural)
FIGURE_POINTER = re.compile(r"\b(?:(?:dat|dit)\s+(?:cijfer|percentage|getal|aantal|bedrag)|(?:die|deze)\s+(?:cijfers|percentages|getallen|aantallen|bedragen))\b", re.I)
# "de vorige twee", "de andere": a noun left out, said before ("En wanneer kreeg de Kamer de vorige twee?")
# (an ordinal of a list the last answer gave, too, before a closing particle: "Wat houdt het eerste in?")
ELLIPTIC_NOUN = re.compile(r"\b(?:de|het)\s+(?:vorige|volgende|eerdere|andere|overige|eerste|tweede|derde|vierde|vijfde|laatste)"
                           r"(?:\s+(?:twee|drie|vier|vijf|zes))?(?:\s+(?:in|uit|over|van|op|aan|mee|voor))?\s*(?:\?|$)", re.I)
RELATIONAL_REFERENT = NamelessReferent(
    re.compile(r"\b(?:de|het)\s+(focus|nadruk|doel|doelen|doelgroep|looptijd|kosten|aanleiding|probleem|problematiek|insteek"
               r"|daders|plegers|slachtoffers|uitkomsten|uitkomst|resultaten|resultaat"
               # (one of a series the conversation named: "En wanneer kreeg de Kamer de laatste versies?" after the monitors,
               # "de laatste voortgangsrapportage" after the NAP; not a time: "de laatste jaren")
               r"|(?:laatste|vorige|volgende|eerstvolgende|meest\s+recente|nieuwste)\s+(?!(?:jaren|jaar|maanden|weken|decennia|tijd|periode|keer)\b)[a-zà-ÿ-]{4,}"
               # (those that take part in what was talked about: "Wat doen de deelnemende gemeenten dan concreet?")
               r"|(?:deelnemende|betrokken|betreffende|desbetreffende|aangesloten)\s+[a-zà-ÿ-]{4,})\b"
               r"(?!\s+(?:van|voor|bij|op|in)\b)", re.I),
    dutch=True)


# After a preposition "die"/"dat" is a demonstrative, never a relative pronoun ("volgens die nieuwe kerndoelen"): it points
# back whether or not its noun was said ("naast die cursus" after "een e-learning"); the noun may come after an adjective.
PREPOSITION_DEMONSTRATIVE = re.compile(
    r"\b(?:volgens|van|voor|met|bij|in|op|aan|over|uit|door|naar|onder|tegen|tijdens|na|via|binnen|zonder|naast|behalve|rond|sinds|vanaf)\s+(?:die|dat)"
    r"((?:\s+[a-zà-ÿ-]+){1,3})", re.I)


class DutchStudyReferent:
    """A Dutch question about "de onderzoekers", "de uitkomsten", "de resultaten" of a study it does not name (no
    capitalised word after its first, no "onderzoek" of its own): the study was named in the conversation ("Kijken de
    onderzoekers ook over de grens?" after a question on the study of a ban). Other nouns after "de" open a subject
    of their own ("Wat doen de gemeenten?")."""

    NOUN = re.compile(r"\b(?:de|alle)\s+(?:(?:eerste|volledige|laatste|definitieve|belangrijkste|uiteindelijke)\s+)?"
                      r"(onderzoekers|uitkomsten|resultaten|bevindingen|conclusies|aanbevelingen|deelnemers)\b", re.I)
    NAME = re.compile(r"(?<=\s)[A-Z]")
    OWN_STUDY = re.compile(r"\b(onderzoek|studie|evaluatie|monitor|peiling|enquête|rapport)\w*", re.I)

    def search(self, question: str) -> re.Match[str] | None:
        m = self.NOUN.search(question)
        if m is None or detect_language(question) != "nl" or self.NAME.search(question.strip()):
            return None
        return None if self.OWN_STUDY.search(question[: m.start()] + question[m.end() :]) else m


# A bare "which X?" ("Via welke projecten?", "In welke gemeenten?", "Which ones?") or "anything on ...?": what it asks
# of is in the conversation
BARE_WHICH = re.compile(r"^\s*(?:(?:via|in|met|bij|voor|door|van|op|aan|naar|volgens|through|with|at|for|by|from|according\s+to)\s+)?(?:welke|which|what)"
                        r"\s+[\w-]+\s*\??\s*$|^\s*(?:and\s+)?anything\s+(?:else\b|(?:on|about|for)\s+(?:the\s+)?[\w-]+(?:\s+side)?\s*\??\s*$)", re.I)

# "dat" or "dit" before the question's last word is a pronoun, not a conjunction (which opens a clause of two words or
# more): "Waarom vindt het kabinet dat belangrijk?", "Waarom is dit nodig?"
DEMONSTRATIVE_LAST_WORD = re.compile(r"\b(?:dat|dit)\s+(?:(?:zo|ook|echt|nu|dan)\s+)?[a-zà-ÿ]{3,}\s*\??\s*$", re.I)

# "Same for ...", "Hetzelfde voor ...": the question just answered, asked again of something else ("Same for higher
# education – and what's the data source?")
SAME_FOR = re.compile(r"^\s*(?:(?:and|en)\s+)?(?:(?:the\s+)?same\s+(?:for|goes\s+for|with|question\s+for)|(?:het)?zelfde\s+(?:voor|vraag\s+voor|geldt\s+voor)|idem\s+voor)\b", re.I)
# The rest of a set just named: "And the six others the knowledge gets shared with?", "What about the remaining ones?"
THE_OTHERS = re.compile(r"\b(?:the|those|these)\s+(?:[\w-]+\s+)?(?:others|remaining\s+ones|other\s+ones)\b", re.I)
# A bare "why?" asks why of what was just said: "Waarom eigenlijk?", "Why not?"
BARE_WHY = re.compile(r"^\s*(?:(?:en|maar|and|but)\s+)?(?:waarom|why|hoezo|how\s+come)(?:\s+(?:eigenlijk|dan|niet|precies|so|not|then))*\s*\??\s*$", re.I)


# "And what about X?" with nothing else asked asks the last question again of X ("And what about reports and criminal
# complaints at the police?" after the rise at the anti-discrimination bureaus); not with a question of its own after a
# comma or dash ("And what about the Under Pressure lesson programme, who had that evaluated?")
# (not Dutch "Hoe zit het met vrouwen aan de top in de semipublieke sector?": a question of its own, 1 dev follow-up lost)
WHAT_ABOUT_ALONE = re.compile(r"^\W*(?:(?:and|so|but|okay|ok)\W+)*(?:what|how)\s+about\s+(?![^?]*\s-\s)[^?,;:–—]*\?\s*$", re.I)
STRONG_POINTERS = (BARE_WHY, BARE_WHICH, DEMONSTRATIVE_FIRST, DEMONSTRATIVE_AT_END, DEMONSTRATIVE_LAST_WORD, DEMONSTRATIVE_PARTICIPLE, DEMONSTRATIVE_NOUN_PARTICIPLE,
                   DIE_PARTICIPLE_AUXILIARY, THE_TERM, BACK_REFERENCE, PRONOUN_AFTER_VERB, PRONOUN_AFTER_SUBJECT, PRONOUN_JUDGED,
                   SPLIT_ER, PREPOSITION_QUESTION, PRONOUN_AFTER_SUBORDINATOR, HET_TE, DEMONSTRATIVE_ADJECTIVE_NOUN, PARTITIVE_ER, THE_FIGURES_FOR, THEN_AFTER_VERB, THEN_COMMA, WHY_THEM_IN_PARTICULAR, JOINING_TOO, PREPOSITION_DEMONSTRATIVE, DEFINITE_REFERENT, DutchStudyReferent(),
                   RELATIONAL_REFERENT, SAME_FOR, THE_OTHERS, ELLIPTIC_NOUN, FIGURE_POINTER, WHAT_ABOUT_ALONE, OwnerlessPronoun())
POSSESSIVE_ONLY = re.compile(r"its|their|his|her", re.I)
# English words that name no subject of their own in a question about these documents.
EN_GENERIC = frozenset("""about also according against answer answers cabinet country documents does dutch government letter
    many memorandum might ministry more most much netherlands other parliament really secretary should state still there
    their they what when where which while whole would mentioned steps measures practical concrete specific details
    exactly plans planned taken done happen happens happening next else further kind kinds asked asks required expected
    good bad news results result outcome outcomes findings""".split())


def english_content_words(question: str) -> list[str]:
    """The words of a question not in Dutch that could name a subject ("Also, why might AI systems be biased against
    women ...": systems, biased, women); none in Dutch. The corpus is Dutch, so its IDF cannot tell for English."""
    if detect_language(question) == "nl":
        return []
    return [w for w in re.findall(r"[a-z][a-z-]{3,}", question.lower()) if w not in EN_FUNCTION and w not in EN_GENERIC]


# Words that only point back: once the context is added they match nothing but noise ("daarin" is rare in the corpus).
POINTER_WORD = re.compile(
    r"\b(daar(?:in|bij|van|voor|mee|aan|over|door|uit|na|op|om|tegen|naast)|" + HIER_POINTER + r"|"
    r"er(?:van|in|aan|mee|voor|over|bij|door|uit)|" + EN_POINTING + r")\b(?<!\b(?-i:IT))",  # ("IT jobs": information technology)
    re.I,
)
MIN_QUOTE_CHARS = 20  # shorter sentences ("Het gaat om:") do not tell which passage an answer quoted


@dataclass(frozen=True)
class Resolved:
    query: str  # what retrieval uses
    carried: bool  # whether context from earlier turns was added
    context: str  # the words carried over ("" when none)
    reason: str  # why (for the response and the logs)
    last_item: str = ""  # "dat laatste": the last item of the previous answer's list, which the question is about alone


def refers_back(question: str, sentence_index=None) -> str | None:
    """The words that make the question lean on an earlier turn, or None."""
    for pattern in (ELLIPTIC_START, *STRONG_POINTERS, BARE_ER):
        m = pattern.search(question)
        if m:
            return m.group(0).strip()
    return het_pronoun(question, sentence_index) if sentence_index is not None else None


HET_BEFORE = re.compile(r"(?<![\w-])het\s+([a-zà-ÿ-]{3,})\b(?!\s+\d)")  # (a noun before a number: "het studiejaar 2022-2023")


# "het" between an auxiliary and the closing infinitive is its object ("Welk onderzoeksbureau gaat het uitvoeren?",
# "Wie moet het betalen?"), whatever the documents write after "het"
HET_BEFORE_CLOSING_VERB = re.compile(r"(?<![\w-])(?:gaat|gaan|zal|zullen|moet|moeten|kan|kunnen|wil|willen|mag|mogen)\s+"
                                     r"(?:[a-zà-ÿ]+\s+)?(het\s+[a-zà-ÿ]+en)\s*\??\s*$", re.I)


ADJECTIVE_NOUN_AFTER = re.compile(r"\s+[a-zà-ÿ][a-zà-ÿ-]{2,}")  # (the noun after "het nationale")


# "het" as the subject of a clause, right before its verb: "Wanneer hoort de Kamer wat het heeft opgeleverd?"
# (so is "dat" after a question word: "Wie geeft werkgevers advies hoe dat beter kan?")
HET_SUBJECT = re.compile(rf"(?<![\w-])(?:(?:wat|dat|of|waar|wanneer|als|hoeveel)\s+(het\s+(?:{PRONOUN_ADVERB}\s+)?"
                         r"(?:heeft|had|hebben|is|was|wordt|werd|gaat|ging|kost|kostte|oplevert|opleverde|zal|kan|moet))"
                         r"|(?:hoe|waarom|wanneer|waar)\s+((?:dat|dit)\s+(?:[a-zà-ÿ]+\s+)?(?:kan|moet|gaat|werkt|zit|komt|gebeurt|verloopt)))(?![\w-])", re.I)


def het_pronoun(question: str, sentence_index) -> str | None:
    """"het" as a pronoun inside the question: before a content word the documents never write after "het", so "het"
    is no article of it ("Sinds wanneer krijgt het vorm?", "... waarover het cijfers levert?"; not "het kabinet"), or
    as a clause's subject before its verb (HET_SUBJECT)."""
    if (m := HET_BEFORE_CLOSING_VERB.search(question)) is not None:
        return m.group(1)
    if (m := HET_SUBJECT.search(question)) is not None:
        return m.group(1) or m.group(2)
    for m in HET_BEFORE.finditer(question):
        word = m.group(1)
        if ((word.endswith("e") or word.lower() == "eigen") and ADJECTIVE_NOUN_AFTER.match(question, m.end())
                and not re.fullmatch(POINTING_ADJECTIVE, word, re.I)):
            continue  # an adjective before its noun: "het nationale beleid", "het eigen levensonderhoud" are an article's
            # phrase ("het vorige plan" points)
        if fold(word) not in STOPWORDS and fold(word) not in QUERY_STOPWORDS and word not in sentence_index.after_het:
            return m.group(0)
    return None


# English verbs and question words: "And at universities and universities of applied sciences?" has none
EN_VERB_OR_QUESTION = (r"(?:is|are|was|were|be|been|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|must|"
                       r"what|who|whom|which|when|where|why|how|get|gets|got|make|makes|made|take|takes|took|go|goes|went|"
                       r"work|works|worked|happen|happens|happened|mean|means|cost|costs)")


def verbless_ellipsis(question: str) -> bool:
    """A short "En ...?" without a verb or a question word ("en meiden en lhb-jongeren?", "and at universities and
    universities of applied sciences?"): only the earlier turn says what is asked of them."""
    return (bool(ELLIPTIC_START.match(question)) and len(WORD.findall(question)) <= 9
            and not re.search(rf"(?<![\w-])(?:{FINITE_VERB}|{QUESTION_WORD}|{EN_VERB_OR_QUESTION})(?![\w-])", question, re.I))


PLACE_PATTERNS = tuple((re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in group) + r")(?![\w-])", re.I), group)
                       for group in REGIONS[1:])  # (the Caribbean Netherlands and its islands; not the EU's many forms)


def with_place_forms(question: str) -> str:
    """An elliptic follow-up about a place ("en in Caribisch Nederland?") with the place's other names appended
    ("Bonaire, Sint Eustatius en Saba", "BES"), so the sentence that names it the documents' way is found."""
    extra = [f for pattern, group in PLACE_PATTERNS if pattern.search(question) for f in group
             if not re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", question, re.I)]
    return f"{question} ({', '.join(dict.fromkeys(extra))})" if extra else question


def only_weak_reference(question: str) -> bool:
    """Whether the only signs of leaning on the conversation are an opening "En", "Ook", "And", "Also" or a bare
    "er": a complete question on another subject often has them ("En in welke jaren komt er een nieuwe
    Emancipatiemonitor?"), where "daar", "ze", "dat programma" or a closing "dat?" do point back."""
    weak = ELLIPTIC_START.search(question) or BARE_ER.search(question)
    return bool(weak) and not any(pattern.search(question) for pattern in STRONG_POINTERS)


def only_possessive_reference(question: str) -> bool:
    """Whether the only pointers of an English question, besides an opening "And"/"Also", are "its"/"their", which
    often point inside the question ("how does the cabinet describe its approach")."""
    found = list(BACK_REFERENCE.finditer(question))
    return (bool(found) and all(POSSESSIVE_ONLY.fullmatch(m.group(0)) for m in found) and not other_pointer(question)
            and not ownerless(question[: found[0].start()]) and not unowned_person(question[: found[0].start()], found[0].group(0)))


# a person who could own "her"/"his" ("the minister", "she", a name): without one before it, it points back ("And which
# sectors are named for her workplace approach?" after the government commissioner)
PERSON_OWNER = re.compile(r"\b(?:she|he|minister|secretary|commissioner|chair\w*|director|woman|man|mp|author|professor|mother"
                          r"|father|girl|boy|person|leader|spokes\w+)\b|(?<=\s)(?-i:[A-Z])[a-z]+", re.I)


def unowned_person(before: str, possessive: str) -> bool:
    """A personal "her"/"his" with no person before it in the question (`PERSON_OWNER`)."""
    return possessive.lower() in ("her", "his") and PERSON_OWNER.search(before) is None


# Nothing before the possessive that could own it: "Is its government commissioner also working on ...?"
OWNERLESS = re.compile(rf"^\W*(?:(?:and|so|also|but|then|how\s+(?:big|much|many|long|large)|{EN_VERB_OR_QUESTION})\W+)*$", re.I)


def ownerless(before: str) -> bool:
    """The words before a possessive are only conjunctions, question words and verbs (see OWNERLESS)."""
    return OWNERLESS.match(before) is not None


def other_pointer(question: str) -> bool:
    """A pointer of another kind than BACK_REFERENCE's words ("that?" at the end, "the ministry")."""
    return any(p.search(question) for p in STRONG_POINTERS if p is not BACK_REFERENCE)


NEVER_OWN_NOUNS = f"{ADDRESSEE} {RESULT_NOUNS} {GOOD_NEWS_NOUNS} {SAYERS}"  # nouns that are never a follow-up's own subject
NO_SUBJECT = f"{' '.join(sorted(NOT_TOPIC))} {STANCE_NOUNS} {NEVER_OWN_NOUNS}"  # words that name no subject, nor does a stance
NOT_OWN_SUBJECT = f"{NEVER_OWN_NOUNS} zien steeds vaker mee"  # of those, the ones a follow-up's own subject words never count
# (and adverbs and a particle: "Wie hebben er steeds vaker mee te maken?" names no subject)


@lru_cache(maxsize=16)
def fixed_terms(sentence_index, words: str) -> frozenset[str]:
    """The terms of a fixed list of words, stemmed once per index (not on every question)."""
    return frozenset(sentence_index.terms(words))


def touched(terms: set[str], talked: set[str]) -> bool:
    """A term the conversation has, or one of its stems spelled otherwise: the same letters but for the last two of
    the shorter ("sectors" gives sector, "sectoren" sectoor)."""
    return bool(terms & talked) or any(
        len(os.path.commonprefix([t, u])) >= max(5, min(len(t), len(u)) - 2) for t in terms for u in talked)


def unknown_words(text: str, sentence_index) -> bool:
    """The text has a content word the documents never use ("levensonderhoud")."""
    return any(fold(t) not in STOPWORDS and t not in sentence_index.idf for t in sentence_index.terms(text))


def own_topic_terms(question: str, sentence_index) -> set[str]:
    """The question's content words that are rare in the corpus (they name a subject). In a question not in
    Dutch only words the corpus has count ("Single Super Mom", "ICT"): "Will the campaign be repeated?" names none."""
    terms = {t for t in sentence_index.terms(question) if fold(t) not in QUERY_STOPWORDS} - fixed_terms(sentence_index, f"{KNOWING} {ASKED_OF_ANY} {FOR_EXAMPLE}")
    if detect_language(question) != "nl":
        terms = {t for t in terms if t in sentence_index.idf and t not in EN_FUNCTION and t not in EN_GENERIC}
    return {t for t in terms if sentence_index.weight({t}) >= TOPIC_IDF and not t.isdigit()}


# A subject put first and taken up by a pointer after a comma ("Happy2gether plus, waar is dat voor?", "The
# Kleurrijk en Vrij alliance, who is in it?"): the pointer points inside the question (not "En die alliantie, ...").
# The part before the comma is no clause of the question itself ("Uit welk fonds wordt het betaald, en wie ...?"),
# and does not name a thing as the sequel of one said before ("and the follow-up statement in May, what did it ask?"),
# nor opens with the question's verb ("En doen jongeren zelf ook ergens aan mee, in hun eigen buurt?").
DISLOCATED = re.compile(r"^\s*(?!(?:(?:en|maar|ook|and|but)\s+)?(?:doet|doen|is|zijn|heeft|hebben|kan|kunnen|gaat|gaan|wordt|worden|komt|komen|"
                        r"krijgt|krijgen|mag|mogen|moet|moeten|zal|zullen|does|do|are|can|will|has|have)\s)"  # a question's own verb first: a clause
                        r"(?![^,]*\b(?:die|dat|deze|dit|daar|daarna|hun|het|ze|zij|that|this|these|those|it|its|their|they|them|"
                        r"dan|toen|vervolgens|nu|then|afterwards|next|now|"  # "en daarna, in ronde twee?" goes on in time
                        r"als|indien|zodra|if|once|"  # a condition first (and "wanneer", "when" below): "en als er in een wijk iets gebeurt, grijpen ze dan in?"
                        r"wat|wie|welke?|waar|wanneer|hoe|hoeveel|waarom|what|who|which|where|when|how|why|"
                        r"follow-?up|vervolg\w*|subsequent|tweede|second|other|andere|vorige|eerdere|previous|earlier)\b)"
                        r"([^,?.!]{3,60}?),\s*(?=\w)", re.I)


# "hun" after a plural noun of the question itself ("wie controleert of organisaties met hun algoritmes niet discrimineren?");
# not across another preposition ("lichtpuntjes bij hun kinderen", "de komende maanden op hun programma": the owners
# are those talked about)
OWN_HUN = re.compile(rf"(?<![\w-])(?!(?:{FINITE_VERB}|welke|deze|die|zijn|hebben|worden)\b)([a-zà-ÿ]{{4,}}(?:en|s))\s+"
                     r"(?:(?!(?:bij|op|voor|aan|in|over|van|naar|om|tot|uit|tegen|onder|door|na|binnen)\s)[a-zà-ÿ]+\s+){0,3}?hun\s+[a-zà-ÿ]", re.I)


def possessive_inside(question: str) -> bool:
    """Whether the question's only pointer is a "hun" whose owner the question names itself (a plural noun before it)."""
    found = [m.group(0).lower() for m in BACK_REFERENCE.finditer(question)]
    return bool(found) and all(f == "hun" for f in found) and OWN_HUN.search(question) is not None and not other_pointer(question)


# A written acknowledgement before "en"/"and" ("Oké, en ...", "Okay, and ..."): what follows is read as the question
WRITTEN_ACKNOWLEDGEMENT = re.compile(rf"^\s*{ACKNOWLEDGEMENT}\s*[,.!]\s+(?=(?:en|and)\s)", re.I)


def resolve(question: str, history: list[Turn], sentence_index) -> Resolved:
    """The retrieval query for `question` in the conversation `history` (oldest first)."""
    if not history:
        return Resolved(question, False, "", "no earlier turns")
    question = WRITTEN_ACKNOWLEDGEMENT.sub("", question, count=1)  # ("Oké, en hoe lang loopt die samenwerking ...?")
    to_last = points_to_last_turn(question, history[-1], sentence_index)
    pointer = refers_back(question, sentence_index) or to_last
    # (the Kamer the letters are sent to, results and "te zien" name no subject: "Krijgt de Tweede Kamer de resultaten te
    # zien?"; the other NOT_TOPIC verbs stay: without "komt", "Komt er dan ook een verplichte vertrouwenspersoon?" was
    # carried, 5 dev follow-ups lost)
    # (the document named as the source is no subject: "Wie hebben er volgens de nota steeds vaker mee te maken?")
    own = own_topic_terms(without_document_name(question), sentence_index) - fixed_terms(sentence_index, NOT_OWN_SUBJECT)
    dislocated = DISLOCATED.match(question)
    contrast = CONTRAST_FIRST.match(question) is not None
    # (not when the thing put first joins what was talked about: "En de Caribische eilanden, mogen die ook aanhaken?")
    if (dislocated and not JOINING_TOO.search(question) and not PLACE_FIRST.match(question) and not contrast
            and not re.fullmatch(rf"\s*{ACKNOWLEDGEMENT}\s*", dislocated.group(1), re.I)  # ("Oké, en wat gebeurt er daarna mee?")
            and own_topic_terms(dislocated.group(1), sentence_index) - conversation_terms(history, sentence_index)):
        return Resolved(question, False, "", "the question names its subject before the comma")
    if pointer is None and len(own) >= MIN_OWN_TOPIC_TERMS:
        return Resolved(question, False, "", "the question names its own subject")
    if possessive_inside(question) and len(own) >= MIN_OWN_TOPIC_TERMS:
        return Resolved(question, False, "", "'hun' points inside the question")
    english_words = len(english_content_words(question))
    if pointer is None and english_words >= OWN_ENGLISH_TERMS and not ASKS_FOR_MORE.match(question):
        # "What is the government doing to attract more men to primary teacher training?"
        return Resolved(question, False, "", "the question names its own subject")
    het = het_pronoun(question, sentence_index) or ""  # ("en waar komt het geld voor vandaan?": "het" points back;
    pronoun_het = bool(het) and not het.endswith("en")  # "het opsporen van ..." is an infinitive's article)
    # (nor with a demonstrative before a noun of the last turn: "wie zit er achter die site?")
    if (only_weak_reference(question) and to_last is None and not verbless_ellipsis(question) and not pronoun_het and not contrast
            and max(len(own), english_words) >= MIN_TOPIC_TERMS_AFTER_EN
            and compound_head(question, history) is None):  # ("en wanneer krijgt de Kamer het voorstel te zien?")
        return Resolved(question, False, "", "the question names its own subject after its opening word")
    if only_possessive_reference(question) and english_words >= MIN_TOPIC_TERMS_AFTER_EN + 1:
        # "Also, how does the Dutch cabinet describe its general approach ...": "its" points inside the question
        return Resolved(question, False, "", "the question names its own subject")
    # ("uitgeprobeerd" names no subject; nor does "concreet" or a stance of no one in particular: "Hoe dan concreet?",
    # "Wat is het Nederlandse standpunt?")
    named = own_topic_terms(PARTICIPLE.sub("", question), sentence_index) - fixed_terms(sentence_index, NO_SUBJECT)
    # (an English question's subject also in the documents' words: "the Dutch military" is defensie, krijgsmacht)
    # (a Dutch one's everyday words the documents lack, in the documents' words: "in het eigen levensonderhoud voorzien"
    # is financieel onafhankelijk)
    glossed = (own_topic_terms(" ".join(dutch_terms(" ".join(english_content_words(question)))), sentence_index) if english_words
               else own_topic_terms(" ".join(term for phrase, term in plain_phrases(question) if unknown_words(phrase, sentence_index)), sentence_index))
    glossed -= fixed_terms(sentence_index, GOOD_NEWS_TERMS)  # (good news is of the subject talked about: "lichtpuntjes")
    talked = conversation_terms(history, sentence_index)
    if pointer is None and any(terms and not touched(terms, talked) for terms in (named, glossed)):
        return Resolved(question, False, "", "the question names a subject the conversation has not touched")
    turns = current_subject(history, sentence_index)
    subject = [w for t in turns for w in subject_words(t, sentence_index)]
    words = subject + anchor_words(turns, sentence_index).split() + answer_words(history[-1], sentence_index)
    if pointer is not None and len(subject_terms(question, sentence_index)) >= OWN_TOPIC_AND_POINTER:
        # "En welke rapporten over die wet kan de Kamer binnenkort verwachten?" (unless the question has the heading's
        # words already: "Hoeveel uur per week gingen leraren daar extra werken?" under "... meer uren ...")
        anchored = anchor_words(turns, sentence_index).split()
        # (with the names the subject's turns gave, which the heading may lack, when a bare pronoun stands for them:
        # "Werken ze samen met het discriminatie-expertisecentrum van de politie?" after "Wat is Roze in Blauw
        # eigenlijk?"; not "dat centrum", "die wetgeving", which name what they point at: 8 dev follow-ups lost)
        named = [w for w in subject if w[:1].isupper() and not w.isupper()] if pointer.lower() in BARE_PRONOUNS else []
        words = anchored + named if new_words(anchored, question, sentence_index) else words
    words += defined_acronyms(turns, words)
    if SECTOR_ASKED.search(question):  # "en in de publieke sector?" after the business sector: the sector is replaced
        words = [w for w in words if not (SECTOR.fullmatch(w) and sector_of(w) != sector_of(question))]
    last = last_of_list(question, history)
    if last:
        words = []  # the question is about that item alone
    context = " ".join(new_words(named_referent(question, history).split() + last.split() + words, question, sentence_index))
    if not context:
        return Resolved(question, False, "", "the earlier turns name no subject")
    reason = f"refers back ({pointer!r})" if pointer else "names no subject of its own"
    return Resolved(f"{without_pointers(question)} {context}", True, context, reason, last)


# A name an answer defines with its acronym after it: "het Expertisecentrum Aanpak Discriminatie Politie (ECAD-P)". (Not
# `corpus.aliases.find_definitions`: it also reads "ECAD-P (Expertisecentrum ...)" and long forms by their initials,
# which changed 60 of the dev follow-ups' carried words; a change of behaviour to measure on its own.)
DEFINED_NAME = re.compile(r"((?:[A-ZÀ-Þ][\w’'-]*)(?:\s+(?:[A-ZÀ-Þ][\w’'-]*|van|voor|en|de|het|tegen)){1,8})\s+\(([A-Z][A-Za-z-]{1,9})\)")


def defined_acronyms(turns: list[Turn], words: list[str]) -> list[str]:
    """The acronyms the conversation's answers give for a name the carried words are part of: other passages name
    the thing by its acronym only ("Ook staat Roze in Blauw in nauw contact met het ECAD-P")."""
    carried = {fold(w) for w in words}
    return list(dict.fromkeys(m.group(2) for t in turns for m in DEFINED_NAME.finditer(t.answer or "")
                              if carried & {fold(w) for w in m.group(1).split()} and m.group(2) not in words))


def points_to_last_turn(question: str, last: Turn, sentence_index) -> str | None:
    """A demonstrative before a noun of the previous question or answer ("Tot wanneer loopt dat partnerschap?"). (After
    a preposition, "die"/"dat" points back before any noun: PREPOSITION_DEMONSTRATIVE, one of the STRONG_POINTERS.)"""
    found = list(DEMONSTRATIVE_NOUN.finditer(question))
    if not found:  # (asked of every follow-up: the turn's terms only when there is a demonstrative to match)
        return None
    text = f"{last.question} {last.answer}"
    said, compounds = sentence_index.terms(text), compounds_in(text.lower())
    for m in found:
        noun = m.group(1) or m.group(2) or m.group(3)
        terms = sentence_index.terms(noun)
        # (or the head of a compound they said: "die site" is the "website" the answer named)
        if terms and (terms <= said or heads_one_of(noun, compounds)):
            return m.group(0)
    return None


def compound_head(question: str, history: list[Turn]) -> str | None:
    """The head of a compound of the recent turns after "het"/"de": "het voorstel" is the "wetsvoorstel" they named."""
    compounds = compounds_in(" ".join(f"{t.question} {t.answer}" for t in history[-MAX_HISTORY_TURNS:]))
    return next((m.group(0) for m in DEFINITE_NOUN.finditer(question) if heads_one_of(m.group(1), compounds)), None)


def compounds_in(text: str) -> set[str]:
    """The lower-case words of the text that may be compounds (COMPOUND_WORD), folded."""
    return {fold(w) for w in COMPOUND_WORD.findall(text)}


def heads_one_of(noun: str, compounds: set[str]) -> bool:
    """The noun is the head of one of the compounds ("site" of "website", "voorstel" of "wetsvoorstel")."""
    return any(stands_for([c], [fold(noun)]) for c in compounds)


DEFINITE_NOUN = re.compile(r"(?<![\w-])(?:het|de)\s+([a-zà-ÿ]{5,})(?![\w-])")  # (lower case: "de Kamer" is no compound's head)


# A name in the conversation that a demonstrative's noun stands for: "dat netwerk" is the "Netwerk Mediawijsheid" the
# answer named, "dat centrum" the "Expertisecentrum Aanpak Discriminatie Politie", "die steden" the "Veilige Steden".
DEMONSTRATIVE_BEFORE_NOUN = re.compile(r"\b(?:dit|deze|die|dat|dezelfde|datzelfde|diezelfde)\s+([a-zà-ÿ-]{4,})\b", re.I)
# ... and in English, with the documents' word for the noun: "that programme" is the "Groeifondsprogramma Meer uren werkt!"
EN_DEMONSTRATIVE_BEFORE_NOUN = re.compile(r"\b(?:this|that|these|those)\s+([a-z-]{3,})\b", re.I)
EN_KIND_NOUNS = {"programme": "programma", "program": "programma", "programmes": "programma", "scheme": "regeling",
                 "alliance": "alliantie", "centre": "centrum", "center": "centrum", "network": "netwerk", "campaign": "campagne",
                 "project": "project", "platform": "platform", "pilot": "pilot", "monitor": "monitor", "fund": "fonds",
                 "plan": "plan", "coalition": "coalitie", "partnership": "partnerschap", "strategy": "strategie",
                 "institute": "instituut", "committee": "commissie", "pact": "pact", "helpline": "hulplijn", "law": "wet",
                 "act": "wet", "bill": "wetsvoorstel", "directive": "richtlijn", "regulation": "verordening",
                 "initiative": "initiatief", "foundation": "stichting", "guide": "handreiking", "agenda": "agenda"}
CAPITALISED_RUN = re.compile(
    r"(?<![\w-])[A-ZÀ-Þ][\wà-ÿ’'+-]*(?:\s+(?:(?:van|voor|tegen|op|aan|in)(?:\s+(?:de|het|der))?\s+|en\s+)?[A-ZÀ-Þ][\wà-ÿ’'+-]*)*")
LEADING_ARTICLE = frozenset("de het een dit deze die dat".split())


COMPOUND_WORD = re.compile(r"(?<![\w-])[a-zà-ÿ]{7,}(?![\w-])")  # a lower-case word that may be a compound ("mannenalliantie")


def named_referent(question: str, history: list[Turn]) -> str:
    """The latest name of the conversation with a word that is, or ends in, the noun after a demonstrative of the
    question ("" when there is none). A name here is two or more capitalised words, or one compound ("Expertisecentrum")."""
    nouns = [fold(m.group(1)) for m in DEMONSTRATIVE_BEFORE_NOUN.finditer(question)]
    nouns += [EN_KIND_NOUNS[n] for m in EN_DEMONSTRATIVE_BEFORE_NOUN.finditer(question) if (n := m.group(1).lower()) in EN_KIND_NOUNS]
    if not nouns:
        return ""
    said = [text for turn in reversed(history[-MAX_HISTORY_TURNS:]) for text in (turn.answer, turn.question)]
    # (or a compound of lower-case words that ends in the noun: "die alliantie" after "een mannenalliantie")
    return next((" ".join(name) for text in said for name in [*names_in(text), *([w] for w in COMPOUND_WORD.findall(text))]
                 if stands_for(name, nouns)), "")


# "Wat wordt met dat laatste bedoeld?", "what is meant by the latter?": the last thing of the list the previous answer gave
LAST_MENTIONED = re.compile(r"\b(?:dat|het|die|deze)\s+laatste\b(?!\s+(?:jaar|jaren|keer|tijd|weken|maanden|rapport|onderzoek|deel|punt|voorstel|kabinet|nieuws)\b)"
                            r"|\bthe\s+latter\b|\bthat\s+last\s+(?:one|point|bit|part|thing)\b", re.I)
LIST_END = re.compile(r",[^,]+?\s(?:en|of)\s+(?:de\s+|het\s+|een\s+)?([^,.;:]{3,40}?)\s*[.;]?\s*$")


def last_of_list(question: str, history: list[Turn]) -> str:
    """For a question about "dat laatste", the last item of the first list ("X, Y en Z") in the previous answer, or ""."""
    if not history or not LAST_MENTIONED.search(question):
        return ""
    for sentence in split_sentences(history[-1].answer or ""):
        m = LIST_END.search(re.sub(r"\s*\[\d+\]", "", sentence))
        if m:
            return m.group(1)
    return ""


def names_in(text: str):
    """The runs of capitalised words of a text, without a leading article ("Het Netwerk ..." -> Netwerk ...)."""
    for m in CAPITALISED_RUN.finditer(text):
        words = m.group(0).split()
        while words and fold(words[0]) in LEADING_ARTICLE:
            words = words[1:]
        yield words


def stands_for(name: list[str], nouns: list[str]) -> bool:
    """A name of several words with one of the nouns as a word, or with a compound ending in one ("Expertisecentrum")."""
    return any(f == n and len(name) >= 2 or f.endswith(n) and len(f) >= len(n) + 3 for f in map(fold, name) for n in nouns)


def subject_terms(question: str, sentence_index) -> set[str]:
    """The question's own subject words: its rare words without pointers ("daarbij") and NOT_TOPIC verbs ("hoort")."""
    generic = sentence_index.terms(" ".join(NOT_TOPIC))
    return own_topic_terms(HOW_MUCH.sub("hoe", without_pointers(question)), sentence_index) - generic


HOW_MUCH = re.compile(r"\bhoe\s+(?:groot|grote|hoog|hoge|lang|veel|ver|sterk|snel|zwaar|oud|breed|duur)\b", re.I)  # ("Hoe groot was die daling?")


PARTICIPLE = re.compile(r"\b(?:aan|af|in|op|uit|mee|toe|voor|door|over|om|bij|terug|samen)?ge[a-zà-ÿ]{3,}[dt]\b", re.I)


def conversation_terms(history: list[Turn], sentence_index) -> set[str]:
    """Every term of the recent turns' questions and answers."""
    return set().union(*(sentence_index.terms(f"{t.question} {t.answer}") for t in history[-MAX_HISTORY_TURNS:]))


def without_pointers(question: str) -> str:
    return re.sub(r"\s{2,}", " ", POINTER_WORD.sub("", question)).strip()


def new_words(words: list[str], question: str, sentence_index) -> list[str]:
    """`words` without those whose stems the question, or an earlier word, already has (a repeated word
    would weigh the subject above what the follow-up asks)."""
    seen = sentence_index.terms(question)
    out = []
    for w in words:
        terms = sentence_index.terms(w)
        if terms and not terms <= seen:
            out.append(w)
            seen |= terms
    return out


WORD = re.compile(r"[\w’'+-]+")


def topic_words(text: str, sentence_index) -> list[str]:
    """The words of a text that name its subject: names, and words not common in the corpus (as written)."""
    out = []
    for w in WORD.findall(text):
        if fold(w) in QUERY_STOPWORDS or fold(w) in STOPWORDS or fold(w) in NOT_TOPIC:
            continue
        terms = sentence_index.terms(w)
        rare = any(sentence_index.weight({t}) >= CONTEXT_IDF and not t.isdigit() for t in terms)
        if rare or (w[:1].isupper() and terms):
            out.append(w)
    return list(dict.fromkeys(out))


def current_subject(history: list[Turn], sentence_index) -> list[Turn]:
    """The turns on the conversation's current subject: from the last question that names one on its own
    (a follow-up of a follow-up keeps the original subject)."""
    turns = history[-MAX_HISTORY_TURNS:]
    for i in range(len(turns) - 1, -1, -1):
        q = turns[i].question
        if len(own_topic_terms(q, sentence_index)) >= MIN_OWN_TOPIC_TERMS and refers_back(q, sentence_index) is None:
            return turns[i:]
    return turns


def subject_words(turn: Turn, sentence_index) -> list[str]:
    """The topic words of a Dutch question that its answer's passages share (the subject, not the predicate: "Wat
    doet het project Single Super Mom?" -> "project Single Super Mom"); all of them when the answer quotes nothing
    or shares none, or the question is not in Dutch. A mention of the document as the source names no subject
    ("Worden mensen uit krimpregio's in de emancipatienota genoemd?", `without_document_name`)."""
    question = without_document_name(turn.question)
    words = topic_words(question, sentence_index)
    if detect_language(question) != "nl":
        return english_subject_words(question, words, sentence_index)
    rows = quoted_rows(turn.answer, sentence_index)
    if not rows:
        return words
    passages = sentence_index.index.passages
    have = set().union(*(sentence_index.terms(passages[r].ranking_text()) for r in rows))
    return [w for w in words if sentence_index.terms(w) & have] or words


def english_subject_words(question: str, words: list[str], sentence_index) -> list[str]:
    """The subject of an English question in the documents' words: its words the corpus has ("Algoritmekader",
    "Sterk Techniekonderwijs") and the Dutch terms of its English words ("interior ministry" -> Binnenlandse Zaken);
    its topic words but the function words when it has neither ("Will it be told about serious incidents?" carries
    "told serious incidents"). Carrying "What", "offers", "bodies" would only pull the dense side of the follow-up
    towards the earlier question."""
    known = [w for w in words if fold(w) not in EN_FUNCTION and (terms := sentence_index.terms(w))
             and terms <= sentence_index.idf.keys()]
    return known + dutch_terms(question) or [w for w in words if fold(w) not in EN_FUNCTION]


def quoted_rows(answer: str, sentence_index) -> list[int]:
    """The passage rows an earlier answer quotes (answers quote sentences verbatim), in the order it quotes them."""
    return list(_quoted_rows(answer, sentence_index)) if answer else []


@lru_cache(maxsize=16)  # a follow-up reads its last answer's rows three times (subject, heading, neighbourhood)
def _quoted_rows(answer: str, sentence_index) -> tuple[int, ...]:
    index = sentence_index.index
    found: dict[int, int] = {}
    for row, start, end in index.sentences:
        row = int(row)
        text = index.passages[row].text[int(start) : int(end)]
        at = answer.find(text) if len(text) >= MIN_QUOTE_CHARS else -1
        if at >= 0 and at < found.get(row, len(answer)):
            found[row] = at
    return tuple(sorted(found, key=found.__getitem__))


NEAR_REACH = 1  # passages either side of a quoted one (they overlap: one step is about half a passage of new text)


def nearby_rows(answer: str, sentence_index, reach: int = NEAR_REACH) -> frozenset[int]:
    """The passage rows an earlier answer quotes and their neighbours in the same document: where a follow-up is
    usually answered ("Wat is het programma Veilige Steden?" then "Hoeveel gemeenten doen er nu aan mee?")."""
    passages = sentence_index.index.passages
    out = set()
    for row in quoted_rows(answer, sentence_index):
        out.update(r for r in range(row - reach, row + reach + 1)
                   if 0 <= r < len(passages) and passages[r].doc_id == passages[row].doc_id)
    return frozenset(out)


def anchor_words(turns: list[Turn], sentence_index) -> str:
    """The rare words of the section heading of the passage the latest answer quotes first: where in the
    documents the conversation is ("" when no answer quotes anything)."""
    for turn in reversed(turns):
        rows = quoted_rows(turn.answer, sentence_index)
        if rows:
            heading = sentence_index.index.passages[rows[0]].section.split(" > ")[-1]
            # (a rare word of a name, with the name: "Programma Veilige Steden" carries "Veilige Steden", not "Steden")
            words = [whole_name(w, heading) for w in topic_words(heading, sentence_index) if rare_word(w, sentence_index)]
            return " ".join(dict.fromkeys(w for name in words for w in name.split()))
    return ""


ANSWER_WORDS = 1  # the rarest word of the last answer's first sentence is carried: what "daar" or "het" stands for
FIRST_SENTENCE = re.compile(r"^.+?[.!?](?=\s|$)", re.S)


def answer_words(turn: Turn, sentence_index) -> list[str]:
    """The ANSWER_WORDS rarest word(s) of the first sentence of an answer ("Gemeenten Utrecht en Amersfoort hebben een
    regionaal lhbtiq+-veiligheidsoverleg": "Wie schuiven daar nog meer aan?" asks about that overleg)."""
    m = FIRST_SENTENCE.match(turn.answer.strip())
    if not m:
        return []
    words = [w for w in topic_words(m.group(0), sentence_index) if rare_word(w, sentence_index)]
    rarest = sorted(words, key=lambda w: -max(sentence_index.weight({t}) for t in sentence_index.terms(w)))[:ANSWER_WORDS]
    return [whole_name(w, m.group(0)) for w in rarest]


MAX_NAME_WORDS = 4


def whole_name(word: str, sentence: str) -> str:
    """The capitalised name of a few words that `word` is part of in the sentence ("Under" of "‘Under Pressure’"), or
    the word: half a name does not find the other passages that name it."""
    for name in names_in(sentence):
        if word in name and 1 < len(name) <= MAX_NAME_WORDS:
            return " ".join(x.strip("‘’'\"“”") for x in name)
    return word


def rare_word(word: str, sentence_index) -> bool:
    """A word whose stem is rare enough to name a subject (not "Vraag", not "12")."""
    return any(sentence_index.weight({t}) >= CONTEXT_IDF and not t.isdigit() for t in sentence_index.terms(word))
