"""What a question pins down that an answer must contain: a year, a number, a unit, a name.

"Hoeveel gemeenten namen in 2022 deel aan Veilige Steden?" is answered only by a text that
says something about 2022; "Hoeveel geld gaat er per jaar naar ..." only by one with an
amount. A passage on the right subject without them is close to the question, not an
answer to it. `missing_constraints` lists what the evidence lacks; the answerer abstains
on it, and the claim checker uses the same idea for the parts of a claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from corpus.aliases import COUNTRIES, LHBTIQ, REGIONS, default_table
from index.lexical import fold, tokenize
from rag.glossary import ABBREVIATIONS, PATTERNS as GLOSSARY_PATTERNS, PLATFORM_NAMES, added_terms, document_terms
from rag.numbers import VERSUS, Value, extract_values

Kind = Literal["year", "number", "at-least", "at-most", "amount", "percentage", "per-period", "penalty", "name", "count-of", "share-of", "part-of", "compared-with",
               "in-country", "in-sector", "also-of", "ground", "reports-of", "follow-on"]

# (not the year of a law's number: "Directive 2024/1385", "Richtlijn (EU) 2024/1385" is a document, not a time asked;
# "2022/2023" is two years)
LAW_NUMBER_TAIL = r"/(?!(?:19|20)\d\d)\d{3,}"  # the serial number after a law's year: "2024/1385" (not "2022/2023")
YEAR = re.compile(rf"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)(?!{LAW_NUMBER_TAIL})")
LAW_NUMBER = re.compile(rf"(?<![\d/])(?:19|20)\d\d{LAW_NUMBER_TAIL}(?![\d/])")
AMOUNT_ASKED = re.compile(
    r"\b(hoeveel (?:[\w-]+ ){0,3}?geld|hoeveel (?:[\w-]+ ){0,2}?(?:miljoen|miljard)|welk bedrag|\w*bedrag|in euro'?s|euro|(?<!welk )(?<!welke )budget(?! ?cuts)(?![ -]?(?:questions?|vragen|vraag)\b)(?!\s+(?:is\s+|being\s+|was\s+|wordt\s+)?(?:cut|reduced|slashed|bezuinigd|gekort))|kosten|kost|gekost|kostte|kostten|"
    r"how much (?:[\w'-]+ ){0,4}?(?:money|funding|subsidy)|(?:size|amount|value) of (?:the )?(?:[\w'-]+ ){0,3}?(?:grant|budget|subsidy|funding)|"
    r"cost|costs|euros?)\b(?!-)",  # (not a compound: "'Euro-crimes'", "Euro-misdrijven")
    re.I,
)
# The size of an effect on a budget asks how large the effect is, not an amount ("Hoe groot is de impact op het budget
# voor subsidies?": "Het effect ... op het beschikbare subsidiebudget ... is klein").
EFFECT_SIZE = (r"((hoe groot|how (big|large|great)) (is|zijn|was|waren|will be) (de|het|the) (\w+ )?(impact|effect|effecten|invloed|gevolgen|gevolg|effects?|consequences?)"
               r"|(how much|hoeveel) (\w+ )?(impact|effect|invloed|influence))")  # ("How much impact do they have on the budget?")
EFFECT_ON = re.compile(rf"\b{EFFECT_SIZE} (op|on|for|voor)\b", re.I)
# ... and so does what a cut does to a budget ("how the planned cuts affect the emancipation grant budget")
BUDGET_AFFECTED = re.compile(r"\b(?:affect\w*|hits?|hitting|impact\w*|raakt|raken|treft|treffen|beïnvloed\w*)\b[^?.]{0,60}\bbudget", re.I)
# Investing and funding ask for an amount only with a word of quantity ("Hoeveel investeert ...", not "Via welk
# programma investeren SZW en OCW ...?", which asks for a name).
FUNDING_ASKED = re.compile(
    r"\b(hoeveel|hoe (hoog|groot|veel)|how much)\b.*\b(subsidie|investe\w+|financiering|invest\w*|funding)\b", re.I
)
PERCENT_ASKED = re.compile(r"\b(hoeveel procent|welke? percentages?|percentages?|what percentages?|what share|how many percent"
                           r"|(?:what|which)\b[^?]{0,60}\b(?:share|proportion)\s+of)\b", re.I)  # ("What target ... for the share of women ...?")
PER_PERIOD = re.compile(r"\b(per (jaar|maand|week|dag|uur)|jaarlijks|maandelijks|per year|a year|annually|per month|per hour|an hour|each year)\b", re.I)
# How heavy a penalty is ("What's the maximum prison sentence for ...?", "Hoeveel jaar cel staat er op ...?", "Hoe hoog is de
# boete ...?"): answered only by a figure said of a penalty, not by "is strafbaar"
PENALTY_ASKED = re.compile(r"\b(?:maximum|maximale|hoogste|zwaarste|maximaal|hoeveel\s+jaar|how\s+many\s+years|how\s+long|hoe\s+hoog|hoe\s+lang|how\s+(?:high|big|large|much))"
                           r"\s+(?:[\w-]+\s+){0,3}?(?:(?:prison|jail)\s*(?:sentence|time|term)?|sentences?|penalt(?:y|ies)|fines?|straf(?:fen)?|celstraf|cel"
                           r"|gevangenisstraf|gevangenis|boetes?|geldboetes?|strafmaximum)\b|\b(?:strafmaximum|maximumstraf)\b"
                           # the fine itself ("Wat is de boete voor een school die ...?", "What's the fine for ...?")
                           r"|\b(?:wat\s+is|wat\s+zijn|what\s+is|what's|what\s+are)\s+(?:de|the)\s+(?:hoogte\s+van\s+de\s+)?(?:boetes?|geldboetes?|fines?|penalt(?:y|ies)|sancties?|sanctions?)\b", re.I)
PENALTY_EVIDENCE = re.compile(r"\d[\d.,]*\s*(?:jaar|maanden|weken|euro)\b[^.;]{0,60}?\b(?:straf|cel|gevangenis|boete|hechtenis)"
                              r"|\b(?:straf|cel|gevangenis|boete|hechtenis)\w*\b[^.;]{0,60}?(?:\d[\d.,]*\s*(?:jaar|maanden|weken)|€\s?\d)", re.I)
SANCTION_EVIDENCE = re.compile(r"\b(?:sancti\w*|handhav\w*|boete\w*|strafbaar|bestraft|bestuurlijke\s+maatregel\w*)", re.I)
PER_PERIOD_EVIDENCE = re.compile(r"\b(per (jaar|maand|week|dag|uur)|jaarlijks|maandelijks|structureel|elk jaar|ieder jaar)\b", re.I)
# A name: a word with two capitals ("JenV", "ReDirect-aanpak") or a run of capitalised words, each a whole word
# ("Wil JenV ...": "Jen" is not a word of its own).
NAME = re.compile(r"(?<![\w-])([A-Z][\w’'+-]*[A-Z][\w+-]*|[A-Z][a-zà-ÿ]{2,}(?![\w+-])(?:\s+[A-Z][a-zà-ÿ]{2,}(?![\w+-]))*)")
SENTENCE_START = re.compile(r"(?:^|[.!?;:]\s+)\s*['\"‘“„]?$")  # what stands before the first word of a sentence
# Capitalised words that are not names a text must repeat (question words, common nouns, the obvious).
NOT_NAMES = frozenset(
    """wat welke welk wie waar wanneer waarom hoe hoeveel is zijn wordt worden kan kunt heeft hebben doet gaat
    what which who where when why how is are does do did has have can will the in de het een volgens nederland
    nederlandse kabinet kamer tweede overheid rijksoverheid staatssecretaris minister emancipatienota nota dutch
    netherlands government cabinet in op voor met and or en of kamervragen kamervraag kamerbrief brief antwoorden
    antwoord beantwoording bijlage aanbiedingsbrief vragen kamerleden kamerlid nl holland rijk nederlands engelse
    koninkrijk rijksgeld directive richtlijn regulation verordening kamermotie kamermoties motie moties""".split()
)  # (the kingdom and its money are the state's, an EU directive is a kind of law)
STRESSED = frozenset("not niet geen never nooit only alleen".split())  # "NOT", "NIET" in capitals are stressed, no names


SCHOOL_YEAR = re.compile(r"(?<![\d/.,])(\d{2})/(\d{2})(?![\d/])")  # a school or academic year in two digits: "22/23"
OPENING = r"^\s*(?:(?:en|maar|ok|oké|and|but|so)\s*,?\s+)?"  # "En hoeveel jongeren ...?" in a conversation
# (an adjective of a country is skipped, and one more adjective before a plural is counted with it: "hoeveel Amsterdamse
# middelbare scholieren" counts middelbare scholieren, "hoeveel zwangere werknemers" zwangeren or werknemers)
# (asked whether it is known: "Is bekend hoeveel Nederlandse scholieren zo'n app al eens gebruikt hebben?")
KNOWN_OPENING = (r"(?:(?:is|was)\s+(?:het\s+|er\s+)?(?:al\s+|ook\s+)?bekend|weet\s+(?:je|u|jij|men|iemand)(?:\s+ook)?|weten\s+(?:we|jullie)(?:\s+ook)?"
                 # "Zijn er ook cijfers over hoeveel tieners ...?"
                 r"|(?:zijn|is)\s+er\s+(?:ook\s+|al\s+)?(?:cijfers|gegevens|data|getallen)\s+(?:over|van|bekend\s+over))\s+")
HOW_MANY = re.compile(OPENING + r"(?:" + KNOWN_OPENING + r")?(?:(?:uit|met|door|voor|in|op|aan|bij|van|over)\s+)?hoeveel\s+(?:(?:nederlandse|nieuwe|extra|andere|verschillende|grote|kleine|zogeheten|zogenaamde|zogenoemde|[a-zà-ÿ]{3,}(?:ische|sche|se))\s+(?=[a-zà-ÿ-]{3,}))?"
                      # (an adjective or a participle before a plural: "deelnemende scholen", "aangesloten organisaties")
                      r"((?:(?:[a-zà-ÿ]{3,}e|[a-zà-ÿ]*ge[a-zà-ÿ]{2,}(?:en|d|t))\s+(?=[a-zà-ÿ-]{3,}(?:en|s)\b))?[a-zà-ÿ-]{3,})", re.I)
# The asker's age, told with the question ("Ik ben 80 en snap er weinig van.", "als oma (79)", "als opa van 82", "I'm 79
# now"): no figure the answer must have
ASKERS_AGE = re.compile(r"(?:\b(?:ik\s+ben|ben\s+ik|i\s+am|i['’]m|we\s+zijn|wij\s+zijn)\s+(?:nu\s+|inmiddels\s+|now\s+|al\s+)?"
                        r"|\b(?:oma|opa|grootmoeder|grootvader|moeder|vader|weduwe|weduwnaar|gepensioneerde?|grandmother|grandfather|grandma|grandpa|widow)"
                        r"\s*(?:\(|van\s+|of\s+))$", re.I)
ASKERS_AGE_AFTER = re.compile(r"\)?\s*(?:jaar(?:\s+oud)?|years?\s+old)?\s*(?:[,.)]|\s+(?:en|and|now|nu)\b)", re.I)
# A count asked of what follows an earlier pilot or study ("Hoeveel scholen doen mee aan de vervolgpilot meerurenmaatwerk?"):
# the figure of the first one ("een kopgroep ... met daaraan 200 scholen verbonden, een pilot") does not answer it
FOLLOW_ON = re.compile(r"(?<![\w-])(?:vervolg(?:pilot|onderzoek|traject|project|programma|aanpak|actieplan|fase|ronde)\w*"
                       r"|follow-?up\s+(?:pilot|study|project|programme|program|research|phase|round|action\s+plan))(?![\w-])", re.I)
# A part of what was counted asked ("en hoeveel van die meldingen gingen over transgender personen?", "Hoeveel daarvan
# kwamen uit plattelandsgemeenten?"): the part's word must be said where the count is
SUBSET_ASKED = re.compile(r"\bhoeveel\s+(?:procent\s+)?(?:daarvan|van\s+(?:die|de|deze|alle|hen|hun)\s+(?:[\w.-]+\s+){0,4}?[\w.-]+)\s+"
                          r"(?:ging|gingen|gaat|gaan|was|waren|is|zijn|kwam|kwamen|komt|komen|betrof|betroffen|betreft|betreffen|had|hadden"
                          r"|speelde|speelden|speelt|spelen|leidde|leidden|leidt|leiden|werkt|werken|werkte|werkten)\s+"
                          r"(?:(?:specifiek|vooral|echt|precies|eigenlijk|nou|er)\s+)?(?:over|uit|bij|in|onder|met|op|tot)\s+(?:(?:de|het|een)\s+)?"
                          r"(?P<part>[a-zà-ÿ][\w+-]{3,})", re.I)
# "Hoeveel meldingen van straatintimidatie ...?", "hoeveel gevallen van sextortion": reports counted of one subject, which
# a figure of the evidence must be said of (not "2745 meldingen" of discrimination); the subject's noun after its
# adjective ("meldingen van seksuele intimidatie", "online haat": intimidatie, haat)
REPORTS_ASKED = re.compile(r"\bhoeveel\s+(?:meldingen|aangiftes?|aangiften|klachten|gevallen|incidenten)\s+(?:van|over|wegens|vanwege)\s+"
                           r"(?:(?:de|het|een)\s+)?(?P<subject>[a-zà-ÿ][\w+-]{3,})"
                           r"(?:\s+(?!(?:vanwege|wegens|tegen|door|over|onder|tijdens|sinds|binnen|naar|vanuit|zijn|waren|kwamen|kreeg|kregen)\b)(?P<head>[a-zà-ÿ][\w+-]{3,}))?", re.I)
# "How many municipalities ...": the counted noun in English, looked up in the glossary (rag.glossary) for its Dutch term.
BRACKETED_TERM = re.compile(r"\s*\(([a-zà-ÿ-]{4,})\)")  # the Dutch word after an English noun ("change-makers (voortrekkers)")
EN_PERIODS = {"weeks": "weken", "days": "dagen", "months": "maanden"}  # (years and hours are no count: NOT_COUNTED)
# ... and nouns counted in the documents' word that the glossary does not search for ("organisaties" in an English
# query pulls every passage that lists organisations)
EN_COUNTED = {**EN_PERIODS, "organisations": "organisaties", "organizations": "organisaties"}
HOW_MANY_EN = re.compile(OPENING + r"(?:(?:on|in|for|by|with|from|at|to|of)\s+)?how many\s+(?:(?:new|more|other|different|dutch)\s+)?([a-z-]{3,}(?:\s+[a-z-]{3,})?)", re.I)
NOT_COUNTED = frozenset(
    """procent keer geld jaar jaren euro tijd kost kosten bedraagt bedragen investeert investeren verdient verdienen
    krijgt krijgen geeft geven trekt trekken betaalt betalen ontvangt ontvangen besteedt besteden levert leveren is
    zijn was waren heeft hebben werkt werken vinden vindt vond vonden denken denkt dacht zeggen zegt zei doen doet deed gaan
    gaat ging zitten zit staan staat komen komt scheelt schelen verschilt verschillen stijgt stijgen daalt dalen
    meer minder extra vrij bruto netto gemiddeld ongeveer precies vaker pijn moeite aandacht invloed impact effect schade
    zin van lukt lukte lukken lukten slaagt slagen""".split()
)  # a verb after "hoeveel" ("Hoeveel investeert het kabinet ...", "hoeveel scheelt het") counts nothing; nor does a word
# that only qualifies what follows ("hoeveel meer vrouwen", "hoeveel vrij te gebruiken gegevensbestanden"), nor "van"
# ("hoeveel van hen vinden het verkeerd?", "hoeveel van de ICT-specialisten is vrouw?"; "hoeveel daarvan ..." stays a
# count the answer must make of a part, which it seldom has)
# "Hoeveel procent van de hoogleraren ...", "Welk deel van de zwangere vrouwen ...": the share is of a group, and
# a figure about another group ("15,3% van de bestuurders") does not answer it. The group is the words after "van
# (de)", up to a verb or preposition.
SHARE_OF = re.compile(
    r"\b(?:hoeveel\s+procent|welke?\s+(?:percentage|deel|aandeel)|het\s+(?:aandeel|percentage))\s+van\s+(?:de\s+|het\s+|alle\s+)?"
    r"(?=([\wà-ÿ-]+(?:\s+[\wà-ÿ-]+){0,3}))", re.I)  # (a lookahead: a second share may start inside the words)
SHARE_WINDOW = 6  # "25 procent van de werkende ICT-specialisten"
GROUP_ENDS = frozenset(
    """is zijn was waren wordt worden werd werden heeft hebben had hadden kreeg kregen krijgt krijgen vond vonden vindt
    vinden zit zitten zat werkt werken werkte in op bij met die dat onder uit voor aan tussen tot
    wil willen wilde kan kunnen moet moeten hoeveel welk welke wat""".split()
)  # (a modal ends the group too, and a second question: "van de vrouwen en hoeveel procent van de mannen")
# Nouns that count the same things in these documents: "hoeveel steden" is answered by "25 gemeenten".
COUNT_SYNONYMS = (
    "stad steden gemeente gemeenten plaats plaatsen",
    "land landen lidstaat lidstaten",
    "mens mensen persoon personen",
    "bedrijf bedrijven werkgever werkgevers onderneming ondernemingen",
    "organisatie organisaties partij partijen partner partners",
    "project projecten initiatief initiatieven",
    "school scholen onderwijsinstelling onderwijsinstellingen instelling instellingen",
    "bestuurder bestuurders bestuurslid bestuursleden",
    "toppositie topposities topfunctie topfuncties",
    "leerling leerlingen scholier scholieren",
    "vrouw vrouwen vrouwelijke meisje meisjes meid meiden dames",  # "procent van de meiden" ~ "8% van de vrouwelijke gediplomeerden"
    "man mannen mannelijke jongen jongens",
    "paar paren stel stellen koppel koppels",
)
COUNT_WINDOW = 4  # words between a number and the noun it counts ("25 gemeenten", "ruim 400 deelnemende scholen")
# Nouns that count kinds, not things: "drie groepen vrouwen" does not say how many women.
CLASSIFIERS = frozenset(
    "groep groepen soort soorten type typen types vorm vormen categorie categorieën manier manieren keer maal".split()
)
# What follows these are examples of what the number counted ("ruim 1200 partners, zoals bibliotheken": no count of libraries)
EXAMPLES_FOLLOW = frozenset("zoals waaronder bijvoorbeeld".split())
LIST_MARKER = re.compile(r"(?:^|(?<=[\s;:]))\(?\d{1,2}\)")  # "1) vrouwen die ...; 2) ...": a list item's number counts nothing


# A question about the Netherlands ("hoeveel Nederlandse jongeren", "in Dutch schools") is not answered by a figure of
# another country ("In België heeft bijna 14% van de jongeren ..."), unless the evidence speaks of the Netherlands too.
NETHERLANDS = re.compile(r"(?<![\w-])(?:Nederland|Nederlandse|Nederlands|Dutch|the Netherlands|NL|hier te lande)(?![\w-])")
# ... said of a population or a place, not of the government that acts ("the Dutch government", "Wat doet Nederland")
NETHERLANDS_LOCUS = re.compile(
    r"(?<![\w-])(?:(?i:in|uit|voor|across|throughout|for)\s+(?:(?i:nederland|the\s+netherlands)|NL)|hier\s+te\s+lande"
    r"|(?i:nederlandse|dutch)\s+(?!(?:overheid|kabinet|regering|ministerie|ministeries|staat|politie|wet|wetgeving|beleid|inzet"
    r"|government|cabinet|ministry|ministries|state|parliament|police|law|laws|policy|authorities|officials"
    r"|are|were|have|has|had|will|want|wants|plan|plans|do|did)\b)"  # ("the Dutch are slashing ...": the government acts)
    # (nor a member of the government: "the Dutch education state secretary", "de Nederlandse minister")
    r"(?!(?:(?:education|interior|justice|health|foreign|finance|defence|defense|emancipation|equality|onderwijs)\s+)?"
    r"(?:minister|ministers|staatssecretaris|state\s+secretary|secretary|junior\s+minister|bewindspersoon|MPs?|Kamerleden)\b)"
    r"[a-zà-ÿ]+)(?![\w-])")
# Another country in the evidence: by its name only, not an adjective ("vrouwen met een Turkse of Marokkaanse
# achtergrond" live here); in the question any form counts ("than women in Belgium" compares with it).
FOREIGN = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(group[0]) for group in COUNTRIES[1:]) + r")(?![\w-])")
FOREIGN_ANY_FORM = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for group in COUNTRIES[1:] for f in group if len(f) > 3)
                              + r"|Belgian|German|French|Polish|Hungarian|Italian|Spanish|British|Swedish|Danish|Turkish|American)(?![\w-])")


# A yes/no question opens with its verb; it asks whether, not how much.
POINTED_AT = re.compile(r"(?<![\w-])(?:dat|dit|die|deze|that|this|those|these)\s+$", re.I)
YES_NO = re.compile(r"^\s*(?:(?:en|maar|and|but|so|ok)\s*,?\s+)?(?:will|does|do|did|is|are|was|were|can|could|has|have|would|should|"
                    r"wordt|worden|werd|zijn|gaat|gaan|heeft|hebben|kan|kunnen|krijgt|krijgen|komt|komen|blijft|blijven|zal|"
                    r"zullen|moet|moeten|bestaat|bestaan|of|whether)\b", re.I)  # ("... willen we weten of er ... gaat": a yes-or-no question)


# Where the people a figure is about work: "Hoeveel verdienen vrouwen bij de overheid per uur minder?" is not answered by
# "in het bedrijfsleven verdienen ze gemiddeld € 4,50 bruto per uur minder" (the documents give no such figure for it).
PUBLIC_SECTOR = r"(?:bij|in|voor)\s+de\s+(?:rijks)?overheid|(?:in|bij)\s+de\s+(?:\(?semi-?\)?-?)?publieke\s+sector|ambtenaren|in\s+the\s+(?:dutch\s+)?public\s+sector|civil\s+servants|public\s+servants"
PRIVATE_SECTOR = (r"(?:in|bij)\s+het\s+bedrijfsleven|(?:in|bij)\s+de\s+(?:private|marktsector|particuliere)\s*(?:sector)?|in\s+the\s+(?:dutch\s+)?private\s+sector|at\s+companies|in\s+business"
                  r"|(?:in|bij)\s+(?:(?:private|particuliere|commerciële)\s+)?bedrijven")  # ("dan mannen bij bedrijven")
SECTOR_ASKED = re.compile(rf"(?<![\w-])(?:{PUBLIC_SECTOR}|{PRIVATE_SECTOR})(?![\w-])", re.I)
SECTOR = re.compile(rf"(?<![\w-])(?:{PUBLIC_SECTOR}|{PRIVATE_SECTOR}|bedrijfsleven|bedrijven)(?![\w-])", re.I)  # ("de overheid" alone acts)
PRIVATE = re.compile(PRIVATE_SECTOR + r"|bedrijfsleven", re.I)


def sector_of(text: str) -> str:
    return "private" if PRIVATE.search(text) else "public"


@dataclass(frozen=True)
class Constraint:
    kind: Kind
    text: str


# The year in a document's name is no year asked about ("Op welke brief bouwt de Emancipatienota 2025 voort?", "the 2025
# emancipation memo")
DOCUMENT_YEAR = re.compile(r"\b(?:emancipatie)?nota\s+2025\b|\b2025\s+(?:emancipation\s+|policy\s+)?(?:memo(?:randum)?|letter|paper|note|nota|emancipatienota)\b", re.I)


# Whether someone or something takes part too ("Zitten de vakbonden daar ook bij aan tafel?", "Doet het ministerie ook
# mee?"): the evidence must name them; a passage on the others does not say they do (a capitalised name is a name
# constraint already)
ALSO_OF = re.compile(r"^\s*(?:en\s+)?(?:zitten|zit|doen|doet|zijn|is|krijgen|krijgt|gaan|gaat|komen|komt|horen|hoort|tellen|telt|vallen|valt"
                     r"|mogen|mag|kunnen|kan|worden|wordt|praten|praat|denken|denkt|werken|werkt|hebben|heeft)\s+(?:de|het)\s+"
                     # (the noun after its adjectives, "de Caribische openbare lichamen"; not a pointer, "het daarin")
                     r"(?:[a-zà-ÿ]+(?:e|isch)\s+){0,2}(?!(?:daar|hier|waar|er)[a-z]*\b)((?-i:[a-zà-ÿ])[\w-]{4,})\s+(?:[\w-]+\s+){0,2}?ook(?![\w-])", re.I)


# The ground of discrimination a count is asked of ("Hoeveel meldingen van discriminatie tegen transgender personen ...?"):
# a figure given of another ground ("op grond van seksuele gerichtheid") does not answer it
GROUNDS = {
    "orientation": re.compile(r"(?<![\w-])(?:seksuele\s+(?:gerichtheid|ori[eë]ntatie|voorkeur)|geaardheid|homo\w*|lesbi\w*|biseksu\w*|bi['’]s"
                              r"|sexual\s+orientation|gay|gays|lesbians?|bisexuals?)(?![\w-])", re.I),
    "identity": re.compile(r"(?<![\w-])(?:genderidentiteit|gender\s+identity|transgender\w*|trans\s+(?:personen|mensen|vrouwen|mannen|people|women|men)"
                           r"|transvrouw\w*|transm[ae]n\w*|transfob\w*|transphob\w*|non-binair\w*|non-binary)(?![\w-])", re.I),
}


def grounds_named(text: str) -> set[str]:
    """The grounds of discrimination (GROUNDS) the text names."""
    return {g for g, pattern in GROUNDS.items() if pattern.search(text)}


def asks_a_count(question: str) -> bool:
    """Whether the question asks how many or what share ("Hoeveel ...?", "How many ...?", "Welk percentage ...?")."""
    return bool(HOW_MANY.search(question) or HOW_MANY_EN.search(question) or PERCENT_ASKED.search(question))


SENTENCE_BREAK = re.compile(r"(?<=[.!?;])\s+")


def sentences_of(evidence: str) -> list[str]:
    """The evidence cut into sentences (and clauses after a semicolon)."""
    return SENTENCE_BREAK.split(evidence)


def question_constraints(question: str) -> list[Constraint]:
    """Years, numbers, asked-for units and names in a question."""
    out: list[Constraint] = []
    named = [m.span() for m in DOCUMENT_YEAR.finditer(question)]  # "de Emancipatienota 2025" names the document
    years = {m.group(0) for m in YEAR.finditer(question) if not any(a <= m.start() < b for a, b in named)}
    school_years = [m for m in SCHOOL_YEAR.finditer(question) if int(m.group(2)) == (int(m.group(1)) + 1) % 100]
    years |= {"20" + m.group(1) for m in school_years}  # "schooljaar 22/23" is 2022/23
    out += [Constraint("year", y) for y in sorted(years)]
    # (a school year is a year above, not a value; nor is a law's number: "Directive 2024/1385")
    not_values = [m.span() for m in school_years] + [m.span() for m in LAW_NUMBER.finditer(question)]
    for v in extract_values(question):
        if any(a <= v.start < b for a, b in not_values):
            continue
        if v.kind in ("number", "percentage", "amount") and not (v.kind == "number" and v.text in years):
            if v.kind == "number" and SHAPE_OF_ANSWER.search(question[: v.start]):
                continue  # "Welke drie partijen ...": the count says how the answer looks, not a value it must repeat
            if v.kind == "number" and ASKERS_AGE.search(question[: v.start]) and ASKERS_AGE_AFTER.match(question, v.end):
                continue  # the asker's age ("ik ben nu 72", "als oma (79)", "ik ben 75 en ...")
            if v.kind == "number" and PHONE_PREFIX.fullmatch(v.text):
                continue  # "mijn 06-nummer", "een 0800-lijn": a telephone number's prefix, not a value to find
            if v.kind == "number" and QUESTION_NUMBER.search(question[: v.start]):
                continue  # "(vraag 3, GL-PvdA)": which of the parliamentary questions is meant, not a value to find
            if v.kind == "number" and (SCHOOL_CLASS.match(question, v.end) or SCHOOL_GROUP.search(question[: v.start])):
                continue  # "Meisje uit 4 havo", "in groep 8": a pupil's class, not a value to find
            if (v.kind == "number" and v.text.isalpha() and REFERRING_ARTICLE.search(question[: v.start])
                    and NOUN_AFTER.match(question, v.end) and not UNIT_AFTER.match(question, v.end)):
                continue  # "de twee emancipatiemonitors": which things are meant, not a count the answer must repeat
            out.append(Constraint(bound_before(question[: v.start]) or "number", v.text))  # "meer dan de helft": "bijna 60%"
    asked = AMOUNT_ASKED.search(question) or FUNDING_ASKED.search(question)
    # (nor a yes-or-no question after another: "Hoe kon die uitbreiding, is daar extra budget voor vrijgemaakt?")
    clause = question[max(question.rfind(mark, 0, asked.start()) for mark in ",;?") + 1 :] if asked else ""
    if asked and not YES_NO.match(question) and not YES_NO.match(clause) and not EFFECT_ON.search(question) and not (
            asked.group(0).lower() == "budget" and BUDGET_AFFECTED.search(question)):  # "Will the cuts to the emancipation budget hit grants ...?" asks no amount
        out.append(Constraint("amount", asked.group(0)))
    if (percent := PERCENT_ASKED.search(question)) and not POINTED_AT.search(question[: percent.start()]):
        out.append(Constraint("percentage", percent.group(0)))  # (not one pointed at: "om dat percentage omhoog te krijgen")
    if PER_PERIOD.search(question):
        out.append(Constraint("per-period", PER_PERIOD.search(question).group(0)))
    if (penalty := PENALTY_ASKED.search(question)) is not None:
        out.append(Constraint("penalty", penalty.group(0)))
    if asks_a_count(question) and len(grounds := grounds_named(question)) == 1:
        out.append(Constraint("ground", grounds.pop()))  # "Hoeveel meldingen van discriminatie tegen transgender personen ...?"
    if (subset := SUBSET_ASKED.search(question)) is not None:  # "hoeveel van die meldingen gingen over transgender personen?"
        out.append(Constraint("part-of", subset.group("part")))
    # (reports of discrimination are the ground constraint's: "meldingen van homodiscriminatie" are the documents'
    # "meldingen ... van discriminatie op grond van seksuele gerichtheid")
    if (reports := REPORTS_ASKED.search(question)) is not None and not reports.group("subject").lower().endswith("discriminatie"):
        adjective = reports.group("head") and reports.group("subject").lower().endswith("e")
        out.append(Constraint("reports-of", reports.group("head") if adjective else reports.group("subject")))
    if asks_a_count(question) and (follow_on := FOLLOW_ON.search(question)) is not None:
        out.append(Constraint("follow-on", follow_on.group(0)))  # "Hoeveel scholen doen mee aan de vervolgpilot?"
    if (also := ALSO_OF.match(question)) is not None:
        out.append(Constraint("also-of", also.group(1)))
    m = HOW_MANY.search(question)
    if m and (counted := counted_name(question, m) or counted_words(m.group(1))):
        out.append(Constraint("count-of", counted))
    m = HOW_MANY_EN.search(question)
    if m and (dutch := counted_term(question[m.start(1) :])):
        out.append(Constraint("count-of", dutch.split()[0]))  # "How many municipalities ...": a count of gemeenten
    elif m and (bracketed := BRACKETED_TERM.match(question, m.end(1))):
        out.append(Constraint("count-of", bracketed.group(1)))  # "How many local change-makers (voortrekkers) ...": the asker's Dutch word
    elif m and (unit := EN_COUNTED.get(m.group(1).split()[0].lower())):
        out.append(Constraint("count-of", unit))  # "How many weeks of leave ...": a number of weken, not "meer dan tien bedrijven"
    # (each group of a question that asks two shares: either answers it, "16 tegen 7%" is the men's share too)
    groups = [w for m in SHARE_OF.finditer(question) for w in share_words(m.group(1))]
    if groups:
        out.append(Constraint("share-of", " ".join(dict.fromkeys(groups))))
    m = COMPARED_WITH.search(question)
    if m and compared_words(m.group(1)) and not bound_before(question[: m.start(1)]) and not sexes_compared(question[: m.start(1)], m.group(1)):
        out.append(Constraint("compared-with", m.group(1).strip()))
    m = ABOVE_OR_BELOW.search(question)
    if m and not any(c.kind == "compared-with" for c in out):
        out.append(Constraint("compared-with", m.group(1)))
    m = COMPARED_WITH_EN.search(question)
    if m and (named := " ".join(w for w in re.findall(r"[A-Z][\w+-]+", m.group(1)) if fold(w) not in NOT_NAMES)):
        if re.search(r"\baverage\b", m.group(1), re.I):
            out.append(Constraint("compared-with", f"{named}-gemiddelde"))  # "than the EU average" is "dan het EU-gemiddelde"
        elif default_table().kind(named) not in ("country", "region"):  # ("than in Belgium": a country is a name constraint already)
            out.append(Constraint("compared-with", named))
    m = EN_AVERAGE.search(question)  # "How does ... stack up against the EU average?"
    if m and not any(c.kind == "compared-with" for c in out):
        out.append(Constraint("compared-with", f"{'EU' if m.group(1).lower().startswith('europe') else m.group(1).upper()}-gemiddelde"))
    if EN_REST_OF_EUROPE.search(question) and not any(c.kind == "compared-with" for c in out):
        out.append(Constraint("compared-with", "EU"))  # "... than women in the rest of the eu"
    m = SECTOR_ASKED.search(question)
    if m:
        out.append(Constraint("in-sector", m.group(0)))
    m = NETHERLANDS_LOCUS.search(question)
    if m and not FOREIGN_ANY_FORM.search(question):  # ("than women in Belgium": the comparison names the other country)
        out.append(Constraint("in-country", m.group(0)))
    listed_platforms = len({fold(w) for w in re.findall(r"[\w-]+", question)} & PLATFORM_NAMES) > 1
    for m in NAME.finditer(question):
        # (platforms listed are the documents' online platforms in general: "Moeten TikTok en Instagram ...?"; one alone
        # may be the one asked about: "Is the pilot run with YouTube?")
        words = [w for w in m.group(1).split() if fold(w) not in NOT_NAMES and not (listed_platforms and fold(w) in PLATFORM_NAMES)
                 and not WIDE.search(w) and not (w.isupper() and fold(w) in STRESSED)]
        first = SENTENCE_START.search(question[: m.start()]) is not None  # ("Ik lees dat ... . Onze organisatie ...")
        if first and len(words) <= 1 and sum(c.isupper() for c in m.group(1)) < 2:
            continue  # a capitalised first word is not a name unless it is an acronym or has more words
        if first and words and words[0] == m.group(1).split()[0] and sum(c.isupper() for c in words[0]) < 2:
            words = words[1:]  # "Loopt Economische veerkracht ...": the first word is capitalised as the first word
        if OWNER_OF_NAME.match(question, m.end()) or ASKER.match(question, m.end()):
            continue  # "the EU's Digital Services Act" names the act; "Westerveld en Kathmann vroegen ..." the askers
        if SET_ASIDE.search(question[: m.start()]) and ANOTHER_ASKED.search(question):
            continue  # "welke andere bewindspersoon, naast BZK en OCW": the answer names another, not these
        if ASKERS_OWN.search(question[: m.start()]):
            continue  # "die ik ons HR-team kan aanraden", "our NGO": the asker's own, not what the documents name
        if ANSWERER.search(question[: m.start()]) or ASKED_BY.search(question[: m.start()]):
            continue  # "volgens de antwoorden van Paul en Van Marum", "de kamervragen van Westerveld en Kathmann": who
            # wrote the document or asked its questions, not what it says
        if any(r.start() <= m.start() < r.end() for r in QUESTION_REFERENCE.finditer(question)):
            continue  # "(vraag 3, GL-PvdA)": which question, asked by whom; the answer does not repeat it
        if words:
            out.append(Constraint("name", " ".join(words)))
    names = [c for c in out if c.kind == "name"]
    if len(names) > 1:  # "the LGBT rights group COC": the group's word describes the name, it is no name to find
        out = [c for c in out if not (c.kind == "name" and c.text.lower() in LHBTIQ_FORMS)]
    return out


LHBTIQ_FORMS = frozenset(f.lower() for f in LHBTIQ)


# A telephone number's prefix ("06-nummer", "0800-lijn"): no count is written with a leading zero
PHONE_PREFIX = re.compile(r"0\d+")
# A pupil's class: the school type after its number ("4 havo"), the year's word before it ("groep 8", "klas 3")
SCHOOL_CLASS = re.compile(r"\s*(?:havo|vwo|vmbo(?:-\w+)?|mavo|atheneum|gymnasium|gym)\b", re.I)
SCHOOL_GROUP = re.compile(r"(?<![\w-])(?:groep|klas|leerjaar|brugklas)\s+$", re.I)
# The number of a parliamentary question ("vraag 3", "question 5", "vragen 2 en 3").
QUESTION_NUMBER = re.compile(r"(?<![\w-])(?:vraag|vragen|question|questions)\s+(?:nr\.?\s*|nummer\s+|no\.?\s*|\d+\s+(?:en|and|,)\s+)?$", re.I)
# A reference to a parliamentary question in brackets ("(vraag 3, GL-PvdA)", "(question 5 by Westerveld)").
QUESTION_REFERENCE = re.compile(r"\([^()]*(?<![\w-])(?:vraag|vragen|question|questions)\s+\d+[^()]*\)", re.I)
# A name that owns the next one ("the EU's Digital Services Act", "Europe's AI Act"): the next name is the constraint.
OWNER_OF_NAME = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}?[A-Z]")
# Who answers, named as the source of what is asked ("volgens de antwoorden van Paul en Van Marum", "according to
# state secretary Paul"): a letter is signed by them, its passages do not name them.
ANSWERER = re.compile(r"(?:volgens|according\s+to|aldus|zeggen|says?)\s+(?:de\s+antwoorden\s+van\s+|the\s+answers\s+(?:of|from|by)\s+)?"
                      r"(?:(?:de\s+|the\s+)?(?:staatssecretaris(?:sen)?|ministers?|bewindspersonen|state\s+secretar(?:y|ies))\s+)?"
                      r"(?:[A-Z][\w'’-]+\s+(?:en|and|,)\s+(?:[Vv]an\s+|[Dd]e\s+)?)?$")
# The members who asked, named after the questions ("de kamervragen van Westerveld en Kathmann", "the questions by MPs
# Westerveld and Kathmann")
ASKED_BY = re.compile(r"(?:vragen|questions)\s+(?:\w+\s+)?(?:van|by|from)\s+(?:de\s+leden\s+|het\s+lid\s+|(?:the\s+)?MPs?\s+)?"
                      r"(?:[A-Z][\w'’-]+\s+(?:en|and|,)\s+(?:[Vv]an\s+|[Dd]e\s+)?)?$", re.I)
# before a number in words that counts things ("de twee emancipatiemonitors"; not "onder de vijftien jaar", "één op de drie")
REFERRING_ARTICLE = re.compile(r"(?<![\w-])(?<!op\s)(?<!onder\s)(?<!boven\s)(?<!in\s)(?<!tot\s)(?:de|the)\s+$", re.I)
NOUN_AFTER = re.compile(r"\s+[a-zà-ÿ][\w-]{3,}")  # ("die vier?" points back to four things: a count to find)
UNIT_AFTER = re.compile(r"\s+(?:jaar|jaren|maanden|weken|dagen|uur|procent|keer|years|months|weeks|days|hours)\b", re.I)
ANOTHER_ASKED = re.compile(r"(?<![\w-])(?:andere|other|else)(?![\w-])", re.I)
WIDE = re.compile(r"[a-z](?:brede?|breed)$")  # "het Koninkrijksbrede samenwerkingsverband": how wide, no name
# Names a question for another one sets aside ("Namens welke andere bewindspersoon, naast BZK en OCW, ...", "which
# other bodies, besides the AP and CRM"): the answer names another, not these (ANOTHER_ASKED; not "naast AI-specialisten
# ook juristen", which says both)
SET_ASIDE = re.compile(r"(?<![\w-])(?:naast|behalve|other\s+than|apart\s+from|besides|except(?:\s+for)?)\s+(?:(?:de|het|the)\s+)?"
                       r"(?:[A-Z][\w'’+-]*\s*(?:,|en|and|of|or)\s+(?:(?:de|het|the)\s+)?)*$")
# The asker's possessive before a name: what follows is theirs ("ons HR-team", "my NGO's board").
ASKERS_OWN = re.compile(r"(?<![\w-])(?:ons|onze|mijn|my|our)\s+$", re.I)
# The members who asked the question, named before their verb ("Westerveld en Kathmann vroegen hoe ..."): an answer
# does not repeat who asked.
ASKER = re.compile(r"(?:\s*(?:,|en|and)\s+[A-Z][\w'’-]+)*\s+(?:vroegen|vroeg|vragen|vraagt|wilden\s+weten|wilde\s+weten|asked|ask|"
                   r"wanted\s+to\s+know)\b")


# A law of the EU: a regulation or a directive ("de AI-verordening", "de EU-richtlijn loontransparantie")
EU_LAW = re.compile(r"(?<![\w-])[\w-]*(?:verordening|richtlijn)(?![\w-])", re.I)
EU_NAMES = frozenset({"eu", "europese unie", "european union"})
# The adjective alone ("de Europese routekaart", "de Europese aanpak") is said by any mention of the EU, its
# Commission or its member states ("het Commissie Werkprogramma 2025"), not only by the word itself
EU_ADJECTIVES = frozenset({"europese", "europees"})
EU_CONTEXT = re.compile(r"(?<![\w-])(?:EU|Europ\w+|Commissie|lidstaten|Brussel)(?![\w])", re.I)


def satisfied(c: Constraint, evidence: str, aliases=None) -> bool:
    """Whether the evidence text has what the constraint asks for (a name in any of its forms, see `name_forms`)."""
    if c.kind == "name":
        if c.text.lower() in EU_NAMES and EU_LAW.search(evidence):
            return True  # "the EU's AI Act" is the AI-verordening: a regulation or a directive is the EU's (`EU_LAW`)
        if c.text.lower() in EU_ADJECTIVES and (EU_CONTEXT.search(evidence) or EU_LAW.search(evidence)):
            return True  # "de Europese routekaart" (`EU_CONTEXT`); "de Europese AI-verordening" (a regulation is the EU's)
        if AVERAGE_COMPOUND.match(c.text) and not stem_in("gemiddeld", fold(evidence)):
            return False  # "het EU-gemiddelde" is an average, not the EU (as in a comparison, `compared_words`)
        head, _, tail = c.text.partition("-")
        if head.lower() in EU_NAMES and tail and EU_CONTEXT.search(evidence) and stem_in(tail, fold(evidence)):
            return True  # "de EU-roadmap voor vrouwenrechten" is the roadmap of "het Commissie Werkprogramma"
        first, _, rest = c.text.partition(" ")
        if first.lower() in EU_ADJECTIVES and rest[:1].isupper() and satisfied(Constraint("name", rest), evidence, aliases):
            return True  # "het Europese Just Transition Fund" is the Just Transition Fund
        return (any(has_name(n, evidence) for n in name_forms(c.text, aliases)) or region_by_parts(c.text, evidence, aliases)
                or initials_in(c.text, evidence) or named_by_parts(c.text, evidence, aliases))
    if c.kind == "year":
        return re.search(rf"(?<!\d){c.text}(?!\d)", evidence) is not None
    if c.kind == "number":
        want = extract_values(c.text)
        return any(abs(v.value - w.value) < 1e-6 or rounded_share(w, v) for v in extract_values(evidence) for w in want)
    if c.kind in ("at-least", "at-most"):
        sign = 1 if c.kind == "at-least" else -1
        return any(v.kind == b.kind and sign * (v.value - b.value) >= 0 for b in extract_values(c.text)[:1] for v in extract_values(evidence))
    if c.kind == "amount":
        return any(v.kind == "amount" for v in extract_values(evidence)) or bool(re.search(r"€|\beuro\b|miljoen|miljard", evidence, re.I))
    if c.kind == "percentage":
        return any(v.kind == "percentage" for v in extract_values(evidence))
    if c.kind == "per-period":
        return PER_PERIOD_EVIDENCE.search(evidence) is not None
    if c.kind == "penalty":  # (a sanction asked may be any measure named as one: "een sanctie", "handhaven")
        return PENALTY_EVIDENCE.search(evidence) is not None or (
            re.search(r"sancti|sanction", c.text, re.I) is not None and SANCTION_EVIDENCE.search(evidence) is not None)
    if c.kind == "also-of":  # (by its compound's head, "de empowermentaanpak" is "de aanpak"; in the documents' terms too)
        folded = fold(evidence)
        return (any(stem_in(head, folded) for head in heads(c.text))
                or any(stem_in(t, folded) for term in document_terms(c.text) for t in term.split()[:1]))
    if c.kind == "count-of":  # a compound is counted by its head too ("hoeveel bedrijfsbesturen": "60% van de besturen")
        return any(counts_noun(head, evidence) for word in c.text.split() for head in heads(word.rsplit("-", 1)[-1]))
    if c.kind == "share-of":  # (an English noun in a Dutch question by the glossary's Dutch: "de boards" are "besturen")
        words = c.text.split() + [w for t in added_terms(c.text) for w in t.split()[:1]]
        return any(counts_noun(head, evidence, SHARE_WINDOW) for w in words for head in heads(w))
    if c.kind == "in-sector":  # the evidence speaks of the asked sector, or of no other one
        asked = sector_of(c.text)
        return any(sector_of(m.group(0)) == asked for m in SECTOR.finditer(evidence)) or not SECTOR.search(evidence)
    if c.kind == "part-of":  # a figure said of the part, in one sentence ("... gingen over transgender personen")
        return figure_said_of(c.text, evidence)
    if c.kind == "follow-on":  # a count said of the follow-on itself, not of what came before it
        return figure_said_of("vervolg", evidence, years=False)
    if c.kind == "reports-of":  # a count (not a year) said of the subject, in one sentence
        return figure_said_of(c.text, evidence, years=False)
    if c.kind == "ground":  # the sentences with a figure name the asked ground, or no other one
        named = [grounds_named(sentence) for sentence in sentences_of(evidence) if extract_values(sentence)]
        return any(c.text in g for g in named) or not any(g for g in named)
    if c.kind == "in-country":
        return not FOREIGN.search(evidence) or NETHERLANDS.search(evidence) is not None
    words = compared_words(c.text)  # compared-with
    # "het EU-gemiddelde" is compared with an average, not with the EU: the compound's tail must be there too
    tails = [w.split("-", 1)[1] for w in words if NAME_COMPOUND.match(w)]
    return has_name(" ".join(words), evidence) and all(stem_in(t, fold(evidence)) for t in tails)


def figure_said_of(word: str, evidence: str, years: bool = True) -> bool:
    """A sentence of the evidence with the word and a value (a year too, unless `years` is False)."""
    return any(stem_in(word, fold(sentence)) and any(years or v.kind != "year" for v in extract_values(sentence))
               for sentence in sentences_of(evidence))


def rounded_share(asked: Value, found: Value) -> bool:
    """A whole percentage asked that rounds the evidence's figure ("maar 15% van de bestuurders" for 15,3%)."""
    return (asked.kind == found.kind == "percentage" and asked.value == int(asked.value) and found.value != int(found.value)
            and abs(found.value - asked.value) < 0.5)


def counted_words(words: str) -> str | None:
    """What "hoeveel" counts, of the noun HOW_MANY found and the adjective before it: without a verb or qualifier
    (NOT_COUNTED); "hoeveel subsidie krijgen" counts subsidie, "hoeveel investeert" nothing."""
    found = words.lower().split()
    counted = [w for w in found if w not in NOT_COUNTED]
    return " ".join(counted) if counted and (len(counted) > 1 or counted[0] == found[0]) else None


def counted_name(question: str, m: re.Match[str]) -> str | None:
    """The documents' Dutch name for an English name that "hoeveel" counts ("Met hoeveel Rainbow Cities ...":
    regenboogsteden), from the glossary; None for a Dutch name ("Hoeveel Roma ...": the glossary's "Sinti en Roma" holds it)."""
    if not question[m.start(1)].isupper():
        return None
    dutch = counted_term(question[m.start(1) :])
    return dutch.lower() if dutch and dutch[:1].isupper() and m.group(1).lower() not in dutch.lower() else None


def counted_term(rest: str) -> str | None:
    """The Dutch term for the English noun that `rest` starts with, read with the words after it ("reports of
    discrimination" are meldingen, not rapporten): of the glossary entries that match at its start, the longest match."""
    matches = [(m.end(), term) for pattern, term in GLOSSARY_PATTERNS if (m := pattern.match(rest))]
    return max(matches, key=lambda x: x[0])[1] if matches else None


def share_words(group: str) -> list[str]:
    """The words that name the group of "procent van de <group>": up to its verb or preposition, without "en"."""
    out = []
    for w in group.lower().split():
        if w in GROUP_ENDS:
            break
        if w != "en" and len(w) >= 3 and w not in ANYONE:
            out.append(w)
    return out


ANYONE = frozenset({"mensen", "personen"})  # "van de mensen die als ICT-specialist werken": the clause names the group


def heads(word: str) -> list[str]:
    """The word and its possible compound heads of six letters or more ("bedrijfsbesturen": ..., "besturen")."""
    return [word, *(word[-i:] for i in range(len(word) - 3, 5, -1))]


def stem_in(word: str, folded: str) -> bool:
    """The word, but for its last two letters (at least four kept), starts a word of the folded text."""
    return re.search(rf"\b{re.escape(fold(word)[: max(4, len(word) - 2)])}", folded) is not None


# "EU-breed", "Europese regelgeving": the EU is named as "EU", "Europese" or "Europa" alike
EUROPEAN = frozenset(("eu", "europese", "europees", "europa"))
EUROPEAN_IN = re.compile(r"\beu\b|\beu-|europ")


def compound_in(word: str, folded: str) -> bool:
    """A compound the question made, both of its parts in the evidence ("Commissievoorstel": "de Commissie ... het
    voorstel")."""
    return len(word) >= 10 and any(re.search(rf"\b{re.escape(word[:i])}", folded) and re.search(rf"\b{re.escape(word[i:])}", folded)
                                   for i in range(5, len(word) - 4))


ACRONYM = re.compile(r"[A-Z]{2,6}")
NAME_GLUE = r"(?:\s+(?:on|the|of|for|and|van|de|het|voor|en|der|in))*\s+"  # the small words inside a long name


def initials_in(acronym: str, evidence: str) -> bool:
    """An acronym the evidence writes out in capitalised words, its letters their initials ("CSW": "Commission on the
    Status of Women"). Stricter than `rag.contradictions.spelled_out` (any words, letters inside compounds): a name
    the answer must have is not met by a lower-case phrase that happens to share the initials."""
    if not ACRONYM.fullmatch(acronym):
        return False
    return re.search(r"\b" + NAME_GLUE.join(rf"{letter}[\w-]*" for letter in acronym) + r"\b", evidence) is not None


def has_name(name: str, evidence: str) -> bool:
    """Every word of the name in the evidence (a word may differ in its last two letters, be the first part of
    a compound the question made: "Regenboogstedenaanpak" is found in "de 56 Regenboogsteden", or a compound the evidence
    writes as two words: "Romakinderen" in "Sinti en Roma kinderen"); the words of a
    name of several words together, in order ("Sterk Samen" is not in "Financieel Sterk door Werk ... samen")."""
    folded = fold(evidence)
    words = set(re.findall(r"[\w+-]{6,}", folded))
    tokens = re.findall(r"[\w+]+", folded)
    pairs = {a + b for a, b in zip(tokens, tokens[1:])}  # a compound the evidence writes apart ("Roma kinderen")
    parts = name_words(name)
    if not all(stem_in(w, folded)
               or any(fold(w).startswith(e) and len(e) >= 0.6 * len(w) for e in words)
               or (len(w) >= 8 and any(p.startswith(fold(w)[: len(w) - 2]) for p in pairs))
               or (fold(w) in EUROPEAN and EUROPEAN_IN.search(folded) is not None)
               or compound_in(fold(w), folded) for w in parts):
        return False
    if len(parts) < 2:
        return True
    gap = r"\w*(?:\W+\w+){0,2}?\W+"  # the rest of a word, then at most two words in between ("Kleurrijk en Vrij")
    phrase = gap.join(re.escape(fold(w)[: max(4, len(w) - 2)]) for w in parts)
    return re.search(rf"\b{phrase}", folded) is not None


# "Werken vrouwen vaker in deeltijd dan in Duitsland?", "... onveiliger dan in het hoger onderwijs?": what the question
# compares with must be in the evidence, or the documents make no such comparison. A comparative (-er, meer, minder)
# comes first, so "dan" as "then" ("Wat doet het kabinet dan?") is not read as a comparison.
# (not "wanneer begint het dan en ...": "wanneer", "over", "hier" are no comparatives, and "dan en", "dan ook" is "then")
COMPARED_WITH = re.compile(r"\b(?!(?:wanneer|over|onder|hier|weer|zeer|ver|per|super|minister|nummer"
                           # (nouns in -er: "hoe vaak is de dader dan iemand uit de familie?")
                           r"|dader|moeder|vader|partner|leider|burger|bestuurder|werknemer|werkgever|ander|zomer|winter"
                           r"|september|oktober|november|december)\b)(?:\w{2,}er|meer|minder)\s+(?:[\w+-]+\s+){0,8}?"
                           r"dan\s+(?!(?:en|ook|nog|wel|toch|pas|eigenlijk|precies|weer|straks|nu)\b)([^?.,;]+)", re.I)
NOT_COMPARED = frozenset(
    """in bij onder voor van de het een gemiddeld gemiddelde andere ander overige die dat deze dit zij ze hun er nu vroeger
    eerder verwacht gedacht vorig vorige jaar""".split()
)


# "Ligt het aandeel boven of onder het EU-gemiddelde?": compared with an average, which the evidence must give
EN_REST_OF_EUROPE = re.compile(r"\bthan\s+(?:[\w'-]+\s+){0,3}?(?:in\s+)?(?:the\s+)?(?:rest\s+of\s+(?:the\s+)?(?:eu|europe)|other\s+(?:eu\s+|european\s+)?"
                               r"(?:countries|member\s+states))\b", re.I)
EN_AVERAGE = re.compile(r"\b(?:the\s+)?(EU|OECD|European|Europe['’]s)\s+average\b", re.I)
ABOVE_OR_BELOW = re.compile(r"\b(?:boven|onder|above|below)\s+(?:(?:of|or)\s+(?:boven|onder|above|below)\s+)?(?:het|the)\s+"
                            r"([\w+-]*(?:gemiddelde|average))\b", re.I)


# "Is the ReDirect method more effective than the Under Pressure lesson programme?": in English only a named target
# (capitalised words) can be looked for in the Dutch evidence; "than men" would never be found as "mannen".
COMPARED_WITH_EN = re.compile(r"\b(?:\w{2,}er|more|less|fewer)\s+(?:[\w+-]+\s+){0,8}?than\s+(?:the\s+|in\s+(?:the\s+)?)?([^?.,;]+)", re.I)


# Women compared with men, or men with women, in the sector the question names (SECTOR_ASKED checks that): a gap
# between the sexes, which a sentence on what women earn or do less states without naming the men ("Hoeveel minder
# verdienen vrouwen per uur dan mannen in het bedrijfsleven?"); not women with other women ("dan vrouwen in de zorg")
OTHER_SEX = {"mannen": "vrouwen", "vrouwen": "mannen", "jongens": "(?:meisjes|meiden)", "meisjes": "jongens", "meiden": "jongens"}


# A verb (or "te", "slachtoffer", "last") of the question's own clause after the group compared with, ending the comparison
PREDICATE_AFTER = re.compile(r"te|zijn|is|worden|wordt|werden|hebben|heeft|krijgen|krijgt|kregen|werken|werkt|verdienen|verdient|"
                             r"ervaren|ervaart|meemaken|slachtoffer|last|"
                             # (or its negation or another verb: "meer vrouwen dan mannen niet economisch op eigen benen staan")
                             r"niet|geen|staan|staat|zitten|zit|voelen|voelt|kunnen|kan|gaan|gaat", re.I)


def sexes_compared(before: str, target: str) -> bool:
    """The comparison's target is the other sex than the question's subject, with at most the sector besides."""
    words = [fold(w) for w in compared_words(target)]
    # (the clause's own verb after the compared group ends the comparison: "dat vrouwen vaker dan mannen te maken krijgen
    # met ...", "... dan mannen slachtoffer worden van ...")
    cut = next((i for i, w in enumerate(words) if i and PREDICATE_AFTER.fullmatch(w)), len(words))
    words, rest = words[:cut], words[cut:]
    other = OTHER_SEX.get(words[0]) if words else None
    # (the subject may follow the verb: "Hoeveel vaker dan mannen krijgen vrouwen te maken met ...?")
    return (other is not None and (re.search(rf"(?<![\w-]){other}(?![\w-])", fold(before)) is not None or any(re.fullmatch(other, w) for w in rest[:2]))
            and all(SECTOR.fullmatch(w) for w in words[1:]))


def compared_words(target: str) -> list[str]:
    """The content words of what a question compares with ("in het hoger onderwijs" -> hoger, onderwijs); none for an
    earlier time ("dan een paar jaar geleden": a change over time, which the evidence says with its years)."""
    if PAST_TIME.search(target):
        return []
    return [w for w in re.findall(r"[\w+-]{2,}", target) if fold(w) not in NOT_COMPARED and fold(w) not in NOT_NAMES]


PAST_TIME = re.compile(r"\bgeleden\b|\b(?:jaar|jaren|tijd)\s+terug\b|\bvroeger\b|\beerder\b|\bin\s+het\s+verleden\b|\btoen\b|\bago\b|\bin\s+the\s+past\b", re.I)


NAME_COMPOUND = re.compile(r"^([A-Z][\w+]*)-[a-zà-ÿ]")  # "SER-advies", "ZonMw-subsidie", "EU-breed": the name is its first part
AVERAGE_COMPOUND = re.compile(r"^[A-Z][\w+]*-gemiddeld", re.I)  # ... but "EU-gemiddelde" names an average
# A name glued to a group noun ("Sintigemeenschap", "Romagroepen"): the name is what comes before it
GROUP_COMPOUND = re.compile(r"^([A-Z][a-zà-ÿ]{2,}?)(?:gemeenschap(?:pen)?|groep(?:en)?|bevolking|jongeren|kinderen|vrouwen|mannen|meisjes|jongens|ouders)$")  # ("Romajongeren")
# A region by the places it is made of: "the Caribbean islands" are named by "Saba en St. Eustatius"
REGION_PARTS = {"bonaire, sint eustatius en saba": (("Bonaire",), REGIONS[2], ("Saba",))}  # (REGIONS[2]: Sint Eustatius by its names)
SHAPE_OF_ANSWER = re.compile(r"\b(welke|which|what|wat zijn de|noem de)\s*$", re.I)
# Names used for an institution (metonymy): the evidence may name the institution instead.
CARIBBEAN_ISLANDS = ("Bonaire", "Sint Eustatius", "Saba", "BES")
METONYMS = {"brussel": ("Europese Commissie", "Europese Unie", "EU"), "den haag": ("kabinet", "regering", "Rijksoverheid"),
            # the Caribbean part of the Netherlands is its three islands ("Kunnen de eilanden in het Caribisch gebied
            # ook aanhaken?": "In 2026 kunnen ook de openbare lichamen Bonaire, Sint Eustatius en Saba deelnemen")
            "caribisch": CARIBBEAN_ISLANDS, "caribisch nederland": CARIBBEAN_ISLANDS,
            "algemene raad": ("Raad Algemene Zaken",)}  # the EU's General Affairs Council, by its English word order


def name_words(name: str) -> list[str]:
    """The words of a name that evidence must have: a name compound ("SER-advies") needs only its name part."""
    return [m.group(1) if (m := NAME_COMPOUND.match(w)) else w for w in name.split()]


# A bound before a value in the question: any value beyond it answers ("meer dan de helft": "bijna 60%").
AT_LEAST = re.compile(r"(?<![\w-])(?:meer dan|ruim|minstens|ten minste|tenminste|boven|more than|over|at least)\s+$", re.I)
AT_MOST = re.compile(r"(?<![\w-])(?:minder dan|nog geen|hooguit|maximaal|ten hoogste|onder|fewer than|less than|under|at most)\s+$", re.I)


def bound_before(text: str) -> Kind | None:
    """"at-least" or "at-most" when the text (up to a value) ends in a bound, else None."""
    return "at-least" if AT_LEAST.search(text) else "at-most" if AT_MOST.search(text) else None


# A question about the present ("nu", "momenteel", "right now") is not answered by a target set for a year
# ("Defensie blijft streven naar een organisatie die in 2030 of eerder voor 30% uit vrouwen bestaat").
NOW_ASKED = re.compile(r"(?<![\w-])(?:nu|momenteel|op dit moment|tegenwoordig|right now|currently|at the moment|at present|these days)(?![\w-])", re.I)
TARGET = re.compile(r"(?<![\w-])(?:stree\w*|streven|streefcijfer\w*|doelstelling\w*|ambitie\w*|beoog\w*)(?![\w-])", re.I)


def target_for_now(question: str, quoted: list[str]) -> bool:
    """The question asks how things are now and every quoted sentence with a figure states a target for a year instead
    (the sentences quoted with it give no figure: "Om daar te komen hebben we iedereen nodig")."""
    figures = [t for t in quoted if any(v.kind in ("number", "percentage") and not YEAR.fullmatch(v.text) for v in extract_values(t))]
    said = figures or quoted
    return bool(said) and bool(NOW_ASKED.search(question)) and all(TARGET.search(t) and YEAR.search(t) for t in said)


def missing_constraints(constraints: list[Constraint], evidence: str, aliases=None) -> list[Constraint]:
    """The constraints the evidence lacks. With an alias table (corpus.aliases.AliasTable), an acronym in the
    evidence also stands for its long form ("CRM" for "College voor de Rechten van de Mens") and a known long
    form for its acronym."""
    if aliases is not None:
        evidence = aliases.expand(evidence)
        folded = fold(evidence)
        evidence += " " + " ".join(a for a, long in aliases.acronyms.items() if fold(long) in folded)
    return [c for c in constraints if not satisfied(c, evidence, aliases)]


# A question that checks a statement ("Klopt het dat ... door 18 landen is getekend?") is answered by the passage that
# gives the true figure ("door twintig lidstaten"): its own year or number need not be in the evidence, another one is.
VERIFYING = re.compile(r"^\W*(?:klopt\s+het(?:\s+echt)?,?\s+dat|is\s+het\s+(?:waar|juist|correct)\s+dat|is\s+it\s+(?:true|correct|right)\b)", re.I)
COUNT_KINDS = frozenset(("number", "at-least", "at-most", "percentage"))  # answered by another count (a year is none)


def corrected(constraints: list[Constraint], evidence: str) -> list[Constraint]:
    """Of a verifying question's missing constraints, those the evidence gives no other value for: a year against
    another year, a number or percentage against another one (a year is no count)."""
    values = extract_values(evidence)
    years = YEAR.search(evidence) is not None
    counts = any(v.kind in ("number", "percentage") and not YEAR.fullmatch(v.text) for v in values)

    def answered(c: Constraint) -> bool:
        return (c.kind == "year" and years) or (c.kind in COUNT_KINDS and counts)

    return [c for c in constraints if not answered(c)]


# An English question's capitalised words that the Dutch documents write in Dutch: the months ("the statement in May":
# "27 mei") and the Commission.
ENGLISH_NAMES = {
    **{en: (nl,) for en, nl in zip(
        "january february march april may june july august september october november december".split(),
        "januari februari maart april mei juni juli augustus september oktober november december".split())},
    "commission": ("Commissie",), "european commission": ("Europese Commissie",),
    "it": ("ICT",),  # "de IT-sector": the documents write ICT
    "vet": ("mbo", "middelbaar beroepsonderwijs"),  # vocational education and training
    "act": ("verordening", "wet"),  # "the AI Act", "de AI Act": the documents write AI-verordening
    "fgm": ("genitale verminking",),  # female genital mutilation
}


@lru_cache(maxsize=1024)
def glossary_names(name: str) -> tuple[str, ...]:
    """The Dutch name the glossary gives an English one in a Dutch question ("'Rainbow Cities'": Regenboogsteden); asked
    for every name constraint of every candidate sentence, so looked up once per name."""
    return tuple(term for pattern, term in GLOSSARY_PATTERNS if pattern.fullmatch(name) and term[:1].isupper())


def name_forms(name: str, aliases=None) -> tuple[str, ...]:
    """The name, its Dutch form when it is English (`ENGLISH_NAMES`), the institutions a place name stands for
    ("Brussel": the Commission) and, with an alias table, every form it knows ("Belgium", "Belgische" for België;
    "Sociale Zaken" for SZW; "LGBTIQ+" for lhbtiq+) and the written-out term of an abbreviation (`ABBREVIATIONS`)."""
    key = name.lower()
    forms = (name, *ENGLISH_NAMES.get(key, ()), *METONYMS.get(key, ()))
    if (part := NAME_COMPOUND.match(name)) is not None:  # a name compound ("IT-sector") needs only its name part
        forms += ENGLISH_NAMES.get(part.group(1).lower(), ())
        if aliases is not None and aliases.kind(part.group(1)) is not None:  # ("LGBTIQ-personen": lhbtiq+)
            forms += tuple(aliases.forms.get(aliases.canonical(part.group(1)), ()))
    forms += glossary_names(name)
    if key in ABBREVIATIONS:
        forms += (ABBREVIATIONS[key],)
    if key.startswith("kamerstuk"):  # "Kamerstuk", "Kamerstuknummer": the documents cite "Kamerstukken II ..."
        forms += ("Kamerstukken",)
    if (part := GROUP_COMPOUND.match(name)) is not None:
        forms += (part.group(1),)
    if aliases is not None and aliases.kind(name) is not None:
        forms += tuple(aliases.forms.get(aliases.canonical(name), ()))
    return forms


NAMES_JOINED = re.compile(r"^[A-Z][\w+]*(?:-[A-Z][\w+]*)+$")  # "ZonMw-Taakopdracht": two names made one


def named_by_parts(name: str, evidence: str, aliases=None) -> bool:
    """Names joined by a hyphen (NAMES_JOINED) that the evidence names each ("De taakopdracht wordt uitgevoerd door
    ZonMw. Het ministerie van VWS heeft de Taakopdracht verlengd")."""
    return NAMES_JOINED.match(name) is not None and all(
        any(has_name(n, evidence) for n in name_forms(part, aliases)) for part in name.split("-"))


def region_by_parts(name: str, evidence: str, aliases=None) -> bool:
    """A region the evidence names by two or more of its parts ("the Caribbean islands": "op Saba en St. Eustatius"); one
    island alone is not the three ("Ook Bonaire doet mee" does not say the BES islands do)."""
    if aliases is None or aliases.kind(name) is None:
        return False
    parts = REGION_PARTS.get(aliases.canonical(name).lower(), ())
    return sum(any(has_name(form, evidence) for form in part) for part in parts) >= 2


@lru_cache(maxsize=1)
def synonym_stems() -> tuple[frozenset[str], ...]:
    """COUNT_SYNONYMS as sets of stems, stemmed once."""
    return tuple(frozenset(tokenize(group, "dutch")) for group in COUNT_SYNONYMS)


def compound_of(word: str, forms: set[str]) -> bool:
    """A Dutch compound names a kind of its last part: "56 Regenboogsteden" counts steden (and so gemeenten)."""
    return any(word.endswith(f) and len(word) >= len(f) + 3 for f in forms)


# (and of what they are in: "aandeel vrouwen in topposities gemiddeld 41%" answers "hoeveel topposities")
SHARE_OF_NOUN = re.compile(r"(?<![\w-])(?:percentage|aandeel)\s+(?:van\s+(?:de|het)\s+)?([a-z-]{4,})(?:\s+(?:in|op)\s+(?:de\s+|het\s+)?([a-z-]{4,}))?")


def counts_noun(noun: str, evidence: str, window: int = COUNT_WINDOW) -> bool:
    """Whether the evidence puts a number in front of the noun ("hoeveel gemeenten" ~ "25 gemeenten")."""
    stem = (tokenize(noun, "dutch") or [noun])[0]
    # (the word itself too: the stemmer cuts some words oddly, "zwangerschap" to "zwanrschap", which "zwangeren" lacks)
    stems = {stem, fold(noun)}.union(*(g for g in synonym_stems() if stem in g))
    forms = {fold(noun)}.union(*(set(g.split()) for g in COUNT_SYNONYMS if fold(noun) in g.split()))
    words = evidence.split()
    folded = [fold(w).strip(".,;:()'\"’") for w in words]
    values = [v for v in extract_values(evidence) if v.kind in ("number", "percentage")]
    numbered = {v.start for v in values}
    shares = {v.start for v in values if v.kind == "percentage"}
    starts, pos = [], 0
    for w in words:  # character offset of each word
        pos = evidence.index(w, pos)
        starts.append(pos)
        pos += len(w)
    # "Het percentage scholieren ... is gedaald van 63% naar 43%": the share of the noun, its figures after it
    for m in SHARE_OF_NOUN.finditer(fold(evidence)):
        if (any(g and g.startswith(st[:5]) for g in m.groups() for st in stems)
                and any(v.kind == "percentage" for v in extract_values(evidence[m.end() :]))):
            return True
    # "... dan mannen (16 tegen 7%)": the noun with its shares in brackets right after it
    folded_text = fold(evidence)
    if any(re.search(rf"(?<![\w-]){re.escape(st[:5])}[\w-]*\s*\([^()]*\d\s*(?:%|procent)[^()]*\)", folded_text) for st in stems):
        return True
    # "vrouwen ... twee keer zo vaak slachtoffer ... als mannen (16 tegen 7%)": two groups compared, the first one's share
    # first in the brackets after the second
    if any(re.search(rf"(?<![\w-]){re.escape(st[:5])}[\w-]*\s[^.;()]{{0,120}}?\b(?:als|dan)\s+[^.;()]{{0,40}}?\(\s*\d[^()]*?\b{VERSUS}\b"
                     r"[^()]*?\d\s*(?:%|procent)[^()]*\)", folded_text) for st in stems):
        return True
    # "van de mannen zijn dat er maar twee op de tien": the group named first, its figure after it
    for v in values:
        before = fold(evidence[max(0, v.start - 60) : v.start])
        if any(re.search(rf"(?<![\w-])(?:van|bij|onder)\s+(?:de\s+)?{re.escape(st[:5])}[\w-]*\s+(?:is|zijn|was|waren)\s+(?:dat|dit|het)\s+"
                         r"(?:(?:er|maar|slechts|nog|ruim|bijna)\s+){0,2}$", before) for st in stems):
            return True
    for i, start in enumerate(starts):
        if LIST_MARKER.fullmatch(words[i].rstrip(",;:.")) or not any(start <= s < start + len(words[i]) for s in numbered):
            continue
        for w in folded[i + 1 : i + 1 + window]:
            if any(w.startswith(st[:5]) for st in stems) or (tokenize(w, "dutch") or [""])[0] in stems or compound_of(w, forms):
                return True
            if w in CLASSIFIERS or w in EXAMPLES_FOLLOW:
                break
        if any(start <= s < start + len(words[i]) for s in shares) and share_is(folded[i + 1 : i + 2 + SHARE_WINDOW], {stem, fold(noun)}):
            return True
    return False


def share_is(after: list[str], stems) -> bool:
    """A share whose noun is what its group is ("25 procent van de werkende ICT-specialisten vrouw is" counts women): the
    noun itself (no synonym: "vrouw" counts no girls), then "is" or "zijn", within the words after the percentage."""
    return any(any(w.startswith(st[:5]) for st in stems) and nxt in ("is", "zijn", "was", "waren")
               for w, nxt in zip(after, after[1:]))
