"""How much of a claim one evidence window covers: its subject, its predicate, its values and its names.

A window is one indexed sentence, or two adjacent sentences of one passage. Every window of the
index is scored for every claim (the corpus has under a thousand sentences, so exact scoring is
cheaper than a candidate search):

- lexical: the IDF-weighted share of the claim's content stems that the window contains. Names
  are normalised with the index's alias table first, both in the claim and in the evidence, so
  "CRM" meets "College voor de Rechten van de Mens" and "Hongaarse" meets "Hongarije"; a stem
  also matches a compound or inflection that starts or ends with it ("wachtlijst" in
  "wachtlijsten"), but never its "on-" antonym ("veilig" vs "onveilig");
- semantic: the e5 similarity of the claim (encoded as a query, acronyms expanded) to the
  sentence vector computed at index time; for two sentences, to the normalised sum of both
  vectors.

The claim is split into a subject (the noun phrase before the finite verb, or after it when the
claim opens with an adverbial: "In 2026 wordt ..."), a predicate (the other content words), its
values (numbers, amounts, percentages, years, dates) and its names (organisations, ministries,
countries, persons, programmes).
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy as np

from corpus.aliases import MINISTRIES, AliasTable, key
from corpus.sentences import sentence_spans
from index.lexical import split_words, tokenize
from rag.constraints import EU_LAW, METONYMS
from rag.contradictions import (AUTHOR_WORDS, POINTS, SYNONYMS, Entity, actor_metonyms, consistent, entities, metonym_in, periods, periods_agree,
                                same_entity, span_of, spans, times_said, unit_of)
from rag.numbers import FIXED_ORDINAL_PHRASE, Value, comparable, date_month, extract_values, loosely_equal, same_value
from rag.spelling import dutch_words

# A finite verb closes the first constituent of a Dutch main clause (verb second).
FINITE = frozenset(
    "is zijn was waren wordt worden werd werden heeft hebben had hadden zal zullen zou zouden kan kunnen kon konden "
    "moet moeten moest moesten mag mogen mocht mochten wil willen wilde wilden gaat gaan ging gingen krijgt krijgen "
    "kreeg kregen blijft blijven bleef bleven komt komen kwam kwamen staat staan stond stonden doet doen deed deden "
    "laat laten liet lieten valt vallen viel vielen geldt gelden gold golden maakt maken maakte maakten neemt nemen "
    "nam namen geeft geven gaf gaven houdt houden hield hielden ligt liggen lag lagen vindt vinden vond vonden ziet "
    "zien zag zagen weet weten wist bestaat bestaan bestond leidt leiden steunt steunen biedt bieden bood zet zetten "
    "zette werkt werken werkte ondersteunt ondersteunen ondersteunde overweegt overwegen stopt stoppen stopte "
    "draagt dragen droeg loopt lopen liep vormt vormen telt tellen telde bevat bevatten noemt noemen noemde "
    "investeert investeren investeerde financiert financieren financierde coördineert coördineren coördineerde "
    "onderzoekt verwacht dringt drong pleit pleitte".split()
)
DETERMINERS = frozenset("de het een deze die dit dat alle elke ieder iedere veel weinig meer minder geen zijn haar hun ons onze".split())
NOT_VERBS = frozenset("kabinet budget recht bericht resultaat instituut effect gebrek belang toezicht product contact".split())
# A first word that opens an adverbial, not a subject ("In 2026 wordt ...", "Volgens het kabinet is ...").
ADVERBIAL_START = frozenset(
    "in volgens via bij met sinds vanaf nu mede door op onder tussen na vanwege om ook tot uit voor tijdens "
    "dankzij binnen buiten daarnaast verder inmiddels sindsdien eind begin medio dit vorig volgend komend "
    "afgelopen al per rond zonder ondanks omdat doordat als wanneer hoewel achter naast tegen namens naar".split()
)
# Fixed adverbial phrases whose words are neither the claim's subject nor what it says of it
IDIOM_ADVERBIAL = re.compile(rf"(?<![\w-]){FIXED_ORDINAL_PHRASE}(?![\w-])|(?<= jaar )(?:tijd|eerder|later|daarvoor|daarna)(?![\w-])"
                             r"|(?<![\w-])tussen(?=\s+(?:19|20)\d\d\s+en\s+(?:19|20)\d\d(?!\d))", re.I)
# ("in twee jaar tijd"; "dan een jaar eerder" says the year before, a date the claim's figures compare with; "tussen 2021
# en 2023" is the period its years say)
# A closing attribution to the documents' own authors (", stelt staatssecretaris Paul in haar slotwoord", ", zo blijkt
# uit de antwoorden op de Kamervragen", ", aldus het kabinet"): true of every claim the documents bear out, no content.
# Another source (", meldt de Europese Commissie") stays part of the claim.
AUTHOR = re.compile(r"(?:staatssecretaris\s+)?(?:Mariëlle\s+)?Paul|Mariëlle|(?:de\s+)?emancipatienota", re.I)  # no name to find (AUTHOR_WORDS)
# ... unless the claim says she holds another role ("Mariëlle Paul is de regeringscommissaris ..."): then her name is a word
# to find like any other
IDENTITY = re.compile(r"^\W*(?:(?:de\s+)?staatssecretaris\s+)?(?:Mariëlle\s+)?Paul\s+(?:is|was|wordt|werd|blijft)\s+(?:(?:sinds|vanaf|in)\s+\S+\s+)?"
                      r"(?:(?:aangesteld|benoemd)\s+(?:als|tot)\s+)?(?:de|het|een|the|a|an)?\s*"
                      r"(?:(?:nieuwe|huidige|onafhankelijke?|nationale|new|current|independent|national)\s+)?(?P<role>[a-zà-ÿ-]{5,})", re.I)
AUTHOR_ROLES = re.compile(r"staatssecretaris|bewinds\w+|coördinerend\w*|ondertekenaar|auteur|schrijver|secretary|author|signatory", re.I)


# ... also said the other way round ("Regeringscommissaris seksueel grensoverschrijdend gedrag is Mariëlle Paul zelf")
IDENTITY_LAST = re.compile(r"^\W*(?:(?:de|het|een|the|a|an)\s+)?(?:(?:nieuwe|huidige|onafhankelijke?|nationale|new|current|independent|national)\s+)?"
                           r"(?P<role>[a-zà-ÿ-]{5,})\b[^.;:?!]{0,80}?\s(?:is|was|wordt|werd)\s+(?:(?:mevrouw|staatssecretaris)\s+)?(?:Mariëlle\s+)?Paul"
                           r"(?:\s+(?:zelf|herself))?\W*$", re.I)


def another_role(claim: str) -> bool:
    """The claim says the documents' author holds a role other than her own ("Mariëlle Paul is de regeringscommissaris")."""
    m = IDENTITY.match(claim) or IDENTITY_LAST.match(claim)
    return m is not None and not AUTHOR_ROLES.match(m.group("role"))


OWN_AUTHOR = (r"(?:de\s+|het\s+|haar\s+|hun\s+)?(?:nederlandse\s+)?(?:(?:coördinerend\s+)?bewindspersoon|bewindspersonen|bewindslieden|kabinet|regering|(?:rijks)?overheid"
              r"|staatssecretarissen|staatssecretaris(?:\s+(?:van\s+OCW|(?:Mariëlle\s+)?Paul))?|ministers?|(?:Mariëlle\s+)?Paul"
              r"|(?:emancipatie)?nota|brief|antwoorden(?:\s+op\s+de\s+Kamervragen)?|Kamervragen)")
ATTRIBUTION_TAIL = re.compile(
    r",\s*(?:zo\s+)?(?:stelt|stelde|stellen|schrijft|schreef|schrijven|meldt|meldde|melden|zegt|zei|zeggen|benadrukt|benadrukken"
    r"|kondigt|kondigde|kondigen|aldus|erkent|erkennen|concludeert|constateert|verzekert|verzekeren|bevestigt|bevestigen"
    r"|onderstreept|betoogt|noemt|laat|laten|blijkt|lezen\s+we|valt\s+te\s+lezen"
    r"|geeft|gaf|geven)\s+(?:\w+\s+){0,2}?"
    rf"(?:uit\s+|in\s+|volgens\s+)?{OWN_AUTHOR}(?:\s+(?:\([^)]*\)|aan|toe|weten|in\s+(?:haar|zijn|hun|de)\s+[\w-]+))*\s*[.!]?\s*$")


# ... or an opening one ("In de antwoorden op de Kamervragen krijgen ...", "Volgens de bewindslieden is ..."). (An
# author's verb after it stays: "Volgens de nota wil het kabinet ...".)
ATTRIBUTION_LEAD = re.compile(rf"^\s*(?:volgens\s+{OWN_AUTHOR}|(?:volgens|in|uit)\s+(?:de\s+|een\s+)?voetnoot(?:\s+\d+)?|(?:in|uit)\s+(?:de\s+|het\s+)?(?:(?:emancipatie)?nota|Kamerbrief|brief|beantwoording"
                              r"|antwoorden(?:\s+op\s+de\s+(?:schriftelijke\s+)?Kamervragen)?))\s*,?\s+(?=\w)", re.I)


# A claim reported as someone's words ("De minister zei dat ...", "Een partij twittert dat ...", "In haar slotwoord
# stelt de staatssecretaris dat ..."): what is checked is the statement reported, when the speaker is the documents' own
# author or nobody in particular (a party, an MP, a newspaper, critics); another source ("De Europese Commissie stelt
# dat ...") stays part of the claim.
# (local politicians too: "Wethouder De Vries zei dat ...", "Een raadslid stelde dat ...")
LOCAL_POLITICIAN = r"(?:wethouder|raadslid|gemeenteraadslid|burgemeester|gedeputeerde|statenlid|fractievoorzitter|lijsttrekker|raadsleden|wethouders)"
# Someone of the writer's own circle, passing on what they heard ("Mijn buurvrouw zegt dat ...", "Mijn tante stuurde door
# dat ...", "Iemand in de groepsapp beweert dat ...")
CIRCLE = (r"(?:(?:mijn|m['’]n|onze|ons|een)\s+(?:[\w-]+\s+)?(?:buurvrouw|buurman|buren|tante|oom|moeder|vader|zus|broer|collega|vriendin|vriend"
          r"|oma|opa|schoonmoeder|schoonvader|nicht|neef|kennis|dochter|zoon|zwager|schoonzus|familie)"
          r"|(?:iemand|mensen)\s+(?:in|op|uit)\s+(?:de|het|onze|ons|mijn|een)\s+[\w-]+)")
SPEAKER = (rf"(?:{OWN_AUTHOR}|(?:een|de|die|deze|het)\s+(?:[\w-]+\s+)?(?:partij|oppositiepartij|coalitiepartij|kamerlid|politicus|krant"
           rf"|ngo|belangenorganisatie|actiegroep|activist|columnist|journalist|commentator|opiniemaker|influencer|woordvoerder|{LOCAL_POLITICIAN})"
           r"|critici|tegenstanders|voorstanders|activisten|sommigen|iemand|kamerleden|politici|(?:staatssecretaris|minister)\s+[A-Z][a-z]+"
           rf"|{CIRCLE}"
           r"|(?:tweede-?)?kamerlid\s+(?:(?:van|de|der|den)\s+){0,2}[A-Z][\w'’-]+"  # ("Kamerlid Westerveld zei dat ...")
           rf"|{LOCAL_POLITICIAN}\s+(?:(?:van|de|der|den|ter|ten)\s+){{0,2}}[A-Z][\w'’-]+(?:\s+\([^)]*\))?)")
REPORTING = (r"(?:zegt|zei|zeggen|zeiden|twittert|twitterde|tweet|tweette|stelt|stelde|stellen|beweert|beweerde|beweren|meldt|meldde"
             r"|schrijft|schreef|schrijven|claimt|claimde|benadrukt|benadrukte|verklaart|verklaarde|suggereert|suggereerde|postte"
             r"|kopt|kopte|laat\s+weten|liet\s+weten|wijst\s+erop|wees\s+erop|geeft\s+aan|gaf\s+aan|merkt\s+op|merkte\s+op"
             # acknowledging is reporting too ("Het kabinet erkent eindelijk dat ...")
             r"|erkent|erkende|erkennen|onderkent|onderkende|geeft\s+toe|gaf\s+toe|geven\s+toe|constateert|constateerde|concludeert"
             r"|concludeerde|stuurt\s+door|stuurde\s+door|stuurden\s+door|appt|appte|appten|deelt|deelde|deelden"
             # a promise or an announcement reports what is promised ("De staatssecretaris zegde toe dat ...")
             r"|zegt\s+toe|zegde\s+toe|zeggen\s+toe|zegden\s+toe|(?:heeft|hebben)\s+toegezegd|vertelt|vertelde|vertellen|vertelden"
             r"|kondigt\s+aan|kondigde\s+aan|kondigen\s+aan|kondigden\s+aan|(?:heeft|hebben)\s+aangekondigd"
             # ... also in the perfect ("De overheid heeft aangegeven dat ...", "... heeft beloofd dat ...")
             r"|belooft|beloofde|beloven|beloofden|(?:heeft|hebben)\s+(?:aangegeven|gezegd|verklaard|beloofd|gemeld|laten\s+weten|benadrukt"
             r"|erkend|toegegeven|geschreven|gesteld))")
REPORTED = re.compile(rf"^\s*(?:(?:in|op)\s+(?:haar|zijn|hun|de|het|een)\s+[\w-]+\s+{REPORTING}\s+{SPEAKER}|{SPEAKER}\s+{REPORTING})"
                      r"(?:\s+(?:vast|(?:in|tijdens)\s+(?:(?:de|het|haar|zijn|een)\s+)?[\w-]+|op\s+[\w-]+|nog|ook|zelfs|zelf|al|eindelijk|nu|openlijk|inmiddels"
                      r"|terecht|gewoon))*\s+dat\s+(?=\w)"
                      # what the speaker read there: "ik lees in de nota dat ...", "we lezen in de antwoorden dat ..."
                      r"|^\s*(?:ik|we|wij|(?:[\w-]+\s+)?[\w-]+(?:en|s))\s+(?:lees|lezen|las|lazen)\s+(?:in|uit)\s+(?:de|het|haar|zijn)\s+[\w-]+(?:\s+[\w-]+)?\s+dat\s+(?=\w)"
                      # ("Werkgevers lezen in de nota dat ...", "Uit de nota blijkt dat ...", "In de antwoorden staat dat ...")
                      r"|^\s*(?:uit|in)\s+(?:de|het)\s+(?:(?:emancipatie)?nota|brief|kamerbrief|antwoorden|beantwoording)\s+(?:blijkt|staat|lezen\s+we|lees\s+je"
                      r"|valt\s+(?:op\s+)?te\s+(?:lezen|maken|concluderen))\s+(?:ook\s+|wel\s+|duidelijk\s+|nu\s+)?dat\s+(?=\w)"
                      # what any reader sees there: "Wie de antwoorden leest, ziet dat ...", "wie de nota goed leest, merkt dat ..."
                      r"|^\s*wie\s+(?:de|het|haar|deze)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:\w+\s+)?(?:leest|naleest|doorleest|bekijkt|doorneemt),?\s+"
                      r"(?:ziet|merkt|leest|ontdekt|concludeert)\s+(?:\w+\s+)?dat\s+(?=\w)"
                      # what the writer believes ("Ik meen dat ...", "Volgens mij staat erin dat ..."; what they read: HEARSAY_LEAD)
                      r"|^\s*(?:ik\s+(?:meen|denk|geloof|dacht)|volgens\s+mij\s+(?:staat|stond)\s+(?:er\s*in|erin))\s+dat\s+(?=\w)", re.I)
# What the writer heard or read ("Lees net in de nota dat ...", "Las in de krant dat ...", "Hoorde op de radio dat ...", "Saw
# this in an expat group: ...", "Read in a Facebook group that ...", "Someone in our expat group says ..."): the statement
# after it is checked
HEARSAY_LEAD = re.compile(
    r"^\s*(?:(?:ik\s+)?(?:las|lees|hoorde|hoor|zag)\s+(?:net\s+|zojuist\s+|vandaag\s+|gisteren\s+|laatst\s+)?(?:in|uit|op|bij)\s+(?:de|het|een|mijn|onze)\s+"
    r"[\w.-]+(?:\s+[\w.-]+)?\s+dat"
    r"|(?:i\s+)?(?:read|saw|heard|seen)\s+(?:this\s+|it\s+)?(?:in|on)\s+(?:a|an|the|my|our)\s+[\w' -]{1,30}?(?:\s+that|\s*:)"
    r"|(?:in|on)\s+(?:our|my|an?|the)\s+[\w' -]{1,30}?\s+(?:group|chat|forum|thread)\s*:"
    r"|(?:someone|somebody|people|a\s+(?:friend|neighbou?r|colleague|member))\s+(?:(?:in|on|from)\s+(?:our|my|the|an?)\s+[\w' -]{1,30}?\s+)?"
    r"(?:says?|said|claims?|claimed|posted|wrote|writes|shared)(?:\s+that)?)\s+(?=\w)", re.I)
# ... or said after it by someone other than the documents' authors ("..., aldus een raadslid.", "..., zei de wethouder.")
REPORTED_TAIL = re.compile(rf",\s*(?:zo\s+)?(?:{REPORTING}|aldus)\s+(?P<speaker>{SPEAKER})"
                           # (where: "..., aldus een Kamerlid in het debat.")
                           r"(?:\s+(?:in|op|tijdens|bij)\s+(?:(?:de|het|een)\s+)?[\w-]+)?\s*[.!]?\s*$", re.I)
# A speaker's role before a colon and a quotation ("Kamerlid op radio: 'Vier op de vijf ...'", "Raadslid Amsterdam: '...'"):
# the quotation is checked
# (a politician in no particular office: who a post or a quote is from, SPEAKER_LABEL too)
POLITICIAN = rf"(?:tweede-?)?kamerlid|kamerleden|politicus|{LOCAL_POLITICIAN}"
ROLE_QUOTE = re.compile(rf"^\s*(?:(?:een|de|het)\s+)?(?:[\w-]+\s+)?(?:{POLITICIAN}|minister|staatssecretaris|woordvoerder)"
                        rf"\b[^:'‘’\"“”]{{0,40}}:\s*(?=['‘\"“])", re.I)
QUOTATION = re.compile(r"^\s*['‘\"“](?P<said>[^'‘’\"“”]{10,})['’\"”]\s*[.!]?\s*$")
# The writer's own verdict after the claim ("... als mannen. Klopt volgens de nota."): no part of the statement
# The speaker's remark after the statement, about it or its source ("..., dus dat is krap.", "... Dat staat gewoon in een
# voetnoot.", "..., dat is in ieder geval het plan."): no figure, nothing checked
REMARK_TAIL = re.compile(r"(?:,|(?<=[.!])\s)\s*(?:(?:en|dus|maar)\s+)?(?:dat|dit)\s+(?:is|was|staat|stond|klinkt|lijkt|blijft)\b[^\d,.;:!?]*[.!]?\s*$", re.I)
AGREED_TAIL = re.compile(r"(?<=[.!])\s+(?:en\s+)?(?:dat\s+)?klopt(?:\s+(?:ook|gewoon|helemaal|inderdaad|volgens\s+(?:de|het)\s+[\w-]+))*\s*[.!]?\s*$", re.I)
# The chair addressed in a debate ("Voorzitter, ...", "Mevrouw de voorzitter, ...", "Madam Speaker, ...")
VOCATIVE = re.compile(r"^\s*(?:(?:(?:mevrouw|meneer|mijnheer|geachte)\s+)?(?:de\s+)?voorzitter|(?:madam|mister|mr\.?)\s+(?:speaker|chair\w*|president))"
                      r"\s*[,:!]\s*(?=\S)", re.I)
# A rhetorical lead before a colon that names nothing ("laten we niet vergeten waar dit vandaan komt: ...", "de cijfers
# liegen er niet om: ..."): a clause without a figure or a name, so nothing the statement after it depends on
# ("Amsterdam: ...", "Kabinet: ..." stay)
RHETORICAL_LEAD = re.compile(r"^\s*([^:;\d]{8,100}?):\s+(?=\S)")
# ... the speaker's own voice in it (not "Een tweede speerpunt van de mannenalliantie: ...", which names the subject)
RHETORIC = re.compile(r"\b(?:we|wij|ik|u|je|jullie|laten|let|us|liegen\s+er\s+niet\s+om"
                      r"|voor\s+(?:iedereen|wie|al\s+die|alle\s+\w+)\s+die|for\s+(?:anyone|everyone|those|all\s+\w+)\s+(?:who|that)"  # the audience ("Voor iedereen die met open data wil bouwen: ...")
                      r"|eindelijk|typisch|trots|verbaz\w*|verrass\w*)\b", re.I)  # (a post's cheer or sneer: "Dit kabinet doet eindelijk iets: ...")
# A writer's verdict before the statement ("Positief is dat ...", "Het is zorgelijk dat ...", "Wij zijn blij dat ...",
# "Goed nieuws: ...", "Terecht dat ..."): the verdict is the writer's own, what is checked is the statement after it
VERDICT = (r"(?:positief|goed|mooi|terecht|zorgelijk|zorgwekkend|opvallend|teleurstellend|jammer|verheugend|winst|belangrijk"
           r"|pijnlijk|hoopgevend|schrijnend|veelzeggend|goed\s+nieuws|slecht\s+nieuws|een\s+goede\s+zaak|een\s+gemiste\s+kans"
           r"|schandalig|schokkend|onthutsend|alarmerend|stuitend|triest|eindelijk)")
# ... in English, before a colon ("Alarming: ...", "Good news: ...")
VERDICT_EN = r"(?:alarming|shocking|scandalous|worrying|disturbing|troubling|good\s+news|bad\s+news|great\s+news|finally|sad|telling)"
DEGREE = r"(?:(?:erg|zeer|heel|wel|vooral|ook|verder|bijzonder)\s+)?"
VERDICT_LEAD = re.compile(
    rf"^\s*(?:{DEGREE}{VERDICT}\s+(?:is|vinden\s+(?:wij|we))\s+{DEGREE}(?:het\s+feit\s+)?dat|het\s+is\s+{DEGREE}{VERDICT}\s+dat"
    rf"|{DEGREE}{VERDICT}(?:\s+[a-zà-ÿ]+)?\s*:|{VERDICT_EN}\s*:|{DEGREE}{VERDICT}\s+dat|(?:wij|we)\s+(?:zijn|vinden\s+het)\s+{DEGREE}(?:blij|verheugd|teleurgesteld|bezorgd|tevreden|positief)"
    r"\s+(?:\w+\s+)?dat|(?:wij|we)\s+(?:verwelkomen|waarderen|betreuren)\s+(?:het\s+)?dat)\s+(?=\w)", re.I)


def after_lead(claim: str, lead: re.Match[str] | None, min_words: int = 4) -> str:
    """The claim after `lead`, when that leaves a statement of `min_words` words or more; else the claim as it is."""
    rest = claim[lead.end():] if lead else ""
    return rest if len(rest.split()) >= min_words else claim


# A motion's recital ("Constaterende dat ...;", "Overwegende dat ...;", "Whereas ...;"): the statement after it is checked,
# its closing semicolon a full stop
MOTION_RECITAL = re.compile(r"^\s*(?:(?:(?:en|voorts|tevens|verder)\s+)?(?:constaterende|overwegende|vaststellende|menende|van\s+mening\s+zijnde"
                            r"|gelet\s+op\s+het\s+feit)\s*,?\s+dat|(?:and\s+)?(?:whereas|considering\s+that|noting\s+that|observing\s+that"
                            r"|recogni[sz]ing\s+that))\s*,?\s+(?=\w)", re.I)
RECITAL_END = re.compile(r"\s*;\s*$")


# A statement that needs its speaker starts with a pronoun of the speaker's ("Paul schrijft dat haar nota ...")
SPEAKERS_OWN = re.compile(r"(?:haar|zijn|hun|zij|hij|ze)\s", re.I)
# A label before the claim says where it was found ("Krantenkop: ...", "Tweet van een Kamerlid: ...")
SOURCE_LABEL = re.compile(r"^\s*(?:krantenkop|kop|koptekst|tweet|post|persbericht|stelling|bewering|claim|headline|quote|citaat"
                          # ... or that it sums up ("Kort samengevat: ...", "Kortom: ...", "In a nutshell: ...")
                          r"|(?:kort\s+)?samengevat|kortom|in\s+het\s+kort|samenvatting|in\s+a\s+nutshell|summary|bottom\s+line|tl;?dr"
                          # ... or the writer's own bulletin ("Teamupdate: ...", "Nieuwsbrief: ...", "Weetje: ...")
                          r"|[\w-]*(?:update|brief|memo|mededeling|weetje|flits|pamflet|folder|flyer|leaflet|newsletter)"
                          # ... or a fact sheet's or a quiz's label ("Feit: ...", "Fact: ...", "Bijschrift: ...")
                          r"|feit(?:je)?|fact|quizvraag|quiz|infographic|bijschrift|caption|(?:voetnoot|footnote|fn)\s*\d+"
                          # ... or the speech or paper it is from ("In de conceptspeech: ...", "In het pws van Daan: ...",
                          # "Press line: ...", "Talking point: ...")
                          r"|(?:(?:in|uit|op)\s+(?:de|het|een|mijn|m['’]n|haar|zijn|onze|ons)\s+)?[\w-]*(?:presentatie|speech|toespraak|spreektekst"
                          r"|pws|werkstuk|betoog|essay|verslag|slide|dia)|press\s+line|talking\s+point|(?:in|from)\s+(?:the|my|our|her|his)\s+"
                          r"(?:draft\s+)?(?:speech|presentation|paper|essay|slides?))"
                          r"(?:\s+(?:van|uit|in|op)\s+[^:]{1,40})?\s*:\s*(?=\S)", re.I)
# ... or who posted it, by role ("Raadslid: ...", "Kamerlid op FB: ...", "Wethouder van D66 schrijft: ..."), as a reported
# statement of nobody in particular is (SPEAKER)
SPEAKER_LABEL = re.compile(rf"^\s*(?:(?:een|de|het)\s+)?(?:{POLITICIAN})"
                           rf"(?:\s+(?:van|uit|in|op)\s+[^:'‘’\"“”]{{1,40}}?)?(?:\s+{REPORTING})?\s*:\s*(?=[^\s'‘\"“])", re.I)

# The writer's frame that the government admits what follows ("Het kabinet moet toegeven: ...", "The cabinet admits:"):
# its "moet" is the writer's, what is checked is the statement after the colon
ADMISSION_LEAD = re.compile(r"^\s*(?:het\s+kabinet|de\s+regering|de\s+staatssecretaris|de\s+minister|den\s+haag|the\s+(?:government|cabinet))"
                            r"\s+(?:\w+\s+){0,2}?(?:moet\s+(?:\w+\s+)?toegeven|geeft\s+(?:\w+\s+)?toe|erkent|moet\s+erkennen"
                            r"|admits|concedes|has\s+to\s+admit)\s*:\s*(?=\S)", re.I)


# A social-media post around the claim: emoji, hashtags after it, a label before it ("Breaking:", "Fact check:", "Let
# op!!", "Wist je dat?"), a verdict after it ("TRUE ✅") or before it ("'Vrouwen dubbel zo vaak slachtoffer!' KLOPT: ...")
POST_LEAD = re.compile(r"^\s*(?:breaking(?:\s+news)?|fact\s*-?\s*check|factcheck|viral(?:\s+(?:claim|post|tweet))?|viraal(?:\s+bericht)?"
                       r"|let\s+op|wist\s+je\s+dat|did\s+you\s+know|update|draadje|thread|psa|nieuws|news"
                       # a creator's exclamation ("Fun fact:", "Niet fun, wel een fact:", "Big win:", "Balen:", "Schrik van dit cijfer:")
                       r"|(?:niet\s+fun,?\s+wel\s+(?:een\s+)?)?(?:fun\s+)?fact|big\s+win|win|balen|helaas|yes|plot\s*twist|hot\s+take|reminder|spoiler"
                       r"|(?:goed|slecht|mooi|triest)\s+nieuws|good\s+news|bad\s+news|(?:schrik|schrok)\s+(?:\w+\s+){0,3}?(?:cijfer|nieuws|feit)"
                       # a judgement of what follows ("Schandalig:", "Alarmerend!", "Wrang cijfer, weggestopt in een voetnoot:")
                       r"|[a-zà-ÿ]+(?:end|lijk|ig|isch)|bizar|eindelijk|wow"
                       r"|[a-zà-ÿ]+e?\s+(?:cijfers?|feitje|feit)(?:,\s*[^:!?.]{0,80})?)\s*[:!?.]+\s*", re.I)
POST_VERDICT_FIRST = re.compile(r"^.{0,160}?(?<![\w-])(?:KLOPT|WAAR|TRUE|CORRECT|FEIT|FACT)\s*:\s*(?=\S)")
POST_VERDICT_LAST = re.compile(r"[\s.!,:-]*(?<![\w-])(?:KLOPT|WAAR|NIET\s+WAAR|TRUE|FALSE|CORRECT|FAKE|NEP)[\s.!]*$")
# "Wist je dat ...?" asks the reader whether they knew the statement it holds: the statement is what is checked
DID_YOU_KNOW = re.compile(r"^\s*(?:wist\s+(?:je|jij|u)|did\s+you\s+know)\s+(?:dat|that\s+)?\s*(?P<statement>[^?]+?)\s*\?\s*$", re.I)
# ... and so does a question whether the statement is true, or whether the reader heard it too ("Heb je gehoord dat
# ...?", "Lees ik nou goed dat ...?", "Klopt het dat ...?", "Is it true that ...?")
ASKED_STATEMENT = re.compile(r"^\s*(?:(?:heb|hebben)\s+(?:je|jij|jullie|u)\s+(?:\w+\s+)?(?:gehoord|gelezen|gezien)|lees\s+ik\s+(?:dat\s+)?(?:nou|nu|het)\s+goed"
                             r"|klopt\s+het(?:\s+(?:echt|nou|nu|wel))?|is\s+het\s+(?:echt\s+|nou\s+)?waar|(?:have|did)\s+you\s+(?:\w+\s+)?(?:heard|hear|read|seen|see)"
                             r"|is\s+it\s+(?:really\s+)?true)\s*,?\s+(?:dat|that)\s+(?P<statement>[^?]+?)\s*[!?]*\?[!?]*\s*$", re.I)
TRAILING_TAGS = re.compile(r"(?:\s*#[\w-]+)+[\s.!]*$")
SHOUTED = re.compile(r"(?<![\w-])[A-ZÀ-Þ]{4,}(?![\w-])")


def shouted(word: str, lowercase: frozenset[str], posted: bool) -> bool:
    """A word in capitals that is no acronym: one the documents write in lower case, or in a post a long one with vowels."""
    low = word.lower()
    return low in lowercase or (posted and len(low) >= 6 and sum(c in "aeiouy" for c in low) >= 2)


LOWER_WORD = re.compile(r"(?<![\w./-])[a-z&]+(?:-[a-z&]+)*(?![\w./-])")  # a word written in lower case, whole
INNER_CAPITAL = re.compile(r"(?<![\w-])[A-Za-z]*[a-z][A-Z][A-Za-z]*(?![\w-])")  # "ReDirect", "ZonMw", "JenV"
PLATFORM_SPELLING = ("TikTok", "Instagram", "Facebook", "Snapchat", "YouTube", "WhatsApp", "Telegram", "Discord", "Reddit", "Twitch")


def with_acronyms(claim: str, typed: dict[str, str]) -> str:
    """A claim with the acronyms and platforms typed in lower case written as names ("ocw" -> "OCW", "tiktok" -> "TikTok";
    `typed`: the ClaimIndex's typed_names); a claim without any is returned as it is."""
    return re.sub(r"(?<![\w./-])[a-z&]{3,}(?![\w./-])", lambda m: typed.get(m.group(0), m.group(0)), claim)


# A campaign line around a post's statement: the reader addressed, the writers' "we", a call ("Tijd voor meer meiden in de
# techniek!", "Meiden, de tech-wereld heeft jullie nodig!", "We zijn ermee bezig!", "Iedereen moet op school zichzelf kunnen zijn!")
SLOGAN = re.compile(r"(?<![\w-])(?:je|jij|jullie|jouw|we|wij)(?![\w-])|^\s*(?:tijd\s+voor|laten\s+we|kom\s+op|doe\s+mee"
                    r"|(?:meiden|dames|jongens|mannen|vrouwen|ouders|mensen)\s*,)|^\s*iedereen\s+(?:moet|mag|verdient|hoort)", re.I)
# ... or the writer's own comment after the statement: a first-person remark, a judgement, a question, a short
# exclamation ("Daar mogen we trots op zijn.", "Ik geloof het pas als ik het zie.", "Dat duurt mij veel te lang.",
# "Geen wonder dat algoritmes scheef zijn.", "Waarom zo laat?", "Veel te kort!"), with no figure of its own
COMMENT = re.compile(r"(?<![\w-])(?:ik|mij|me|mijn|m['’]n|ons(?!\s+land)|onze(?!\s+(?:land|samenleving)))(?![\w-])"
                     r"|^\s*(?:daar|dat|dit|wat|zo)\b.*\b(?:te\s+(?:lang|laat|kort|weinig|traag)|trots|mag\s+best|moet\s+(?:echt\s+)?(?:meer|iets|verandering|beter))\b"
                     r"|^\s*(?:geen\s+wonder|mooi|prima|terecht|knap|chapeau|jammer|schandalig|schande|eindelijk|hopelijk|ongelooflijk"
                     r"|onvoorstelbaar|bizar|triest|treurig)\b|\?\s*$", re.I)


def comment(sentence: str) -> bool:
    """A sentence after the statement that only comments on it (SLOGAN, COMMENT, no digit and no figure `extract_values`
    reads), or a short exclamation ("In 2025! Ongelooflijk.")."""
    if sentence.rstrip().endswith("!") and len(sentence.split()) <= 3:
        return True
    return bool((SLOGAN.search(sentence) or COMMENT.search(sentence)) and not re.search(r"\d", sentence) and not extract_values(sentence))


# ... or a slogan before the statement, up to a colon: words in lower case after the first, no figure ("Open data voor
# iedereen: op data.overheid.nl ...", "Deepnudes zijn geen grap: in België ...") (not a name, "Veilige Steden: ...",
# nor the term of a definition put after its verb, "Dus eigenlijk is doxing: ...")
SLOGAN_LEAD = re.compile(r"^\s*[A-ZÀ-Þa-zà-ÿ][\w'’-]*(?:\s+[a-zà-ÿ][\w'’-]*){1,5}\s*:\s+(?=\S)")
DEFINED = re.compile(r"^\s*(?:(?:dus|eigenlijk|kortom|oftewel|simpel\s+gezegd)\s+)*(?:is|zijn|betekent|betekenen|heet|heten)\s+[\w'’-]+\s*:", re.I)


def without_slogans(text: str, posted: bool) -> str:
    """A statement without the campaign lines and comments after it (`comment`) and, in a post (`posted`: it had an
    emoji, a hashtag or an exclamation mark), before it (SLOGAN_LEAD), when a statement of six words or more remains;
    else the text as it is."""
    spans = sentence_spans(text)
    kept = [text[s:e] for i, (s, e) in enumerate(spans) if i == 0 or not comment(text[s:e])]
    rest = " ".join(x.strip() for x in kept)
    if len(rest.split()) >= 6 and not rest.rstrip().endswith("?"):
        text = rest
    lead = SLOGAN_LEAD.match(text) if posted else None
    if lead and not DEFINED.search(lead.group(0)):
        text = after_lead(text, lead, min_words=6)
    return text


def plain_post(claim: str, lowercase: frozenset[str] = frozenset()) -> str:
    """The claim of a social-media post: without emoji, its trailing hashtags, a label or verdict around it, the "#" of a
    hashtag inside it, a leading "Dus", its campaign lines (`without_slogans`), and with its shouted words in lower case: a word the documents write in lower case
    (`lowercase`: "NIET strafbaar" is "niet strafbaar"), or in a post (a hashtag, an emoji, a label) a long word with
    vowels ("VIJFENTWINTIG"); never an acronym ("RIVM", "NCTV"). A claim without any of these is returned as it is."""
    text = "".join("\x00" if unicodedata.category(c) in ("So", "Sk", "Cf", "Cs", "Co")
                   or (unicodedata.category(c) == "Mn" and ord(c) in range(0xFE00, 0xFE10)) else c for c in claim)
    # an emoji between a slogan and the statement stands for a colon ("Zorg op maat voor iedereen 🩺 Women Inc., ...")
    text = re.sub(r"(?<=\w)\s*\x00+\s+(?=[A-ZÀ-Þ])", ": ", text).replace("\x00", "")
    text = TRAILING_TAGS.sub("", text)
    text = after_lead(text, POST_VERDICT_FIRST.match(text))
    without_verdict = POST_VERDICT_LAST.sub("", text)
    text = without_verdict if len(without_verdict.split()) >= 4 else text
    text = after_lead(text, POST_LEAD.match(text))
    if (asked := DID_YOU_KNOW.match(text) or ASKED_STATEMENT.match(text)) and len(asked.group("statement").split()) >= 4:
        text = asked.group("statement") + "."
    text = re.sub(r"(?<![\w&])#(?=\w)", "", text)
    text = re.sub(r"^\s*dus,?\s+(?=\w)", "", text, flags=re.I)
    text = without_slogans(text, posted=text != claim or "!" in claim)
    posted = text != claim
    text = SHOUTED.sub(lambda m: m.group(0).lower() if shouted(m.group(0), lowercase, posted) else m.group(0), text)
    text = re.sub(r"([!?])[!?]+", r"\1", text).strip()
    if text == claim.strip():
        return claim
    return (text[0].upper() + text[1:]) if text else claim


# A speaker quoting or pointing at the documents before a colon ("Kamerlid Westerveld haalde een voetnoot uit de nota aan:
# ...", "Een Kamerlid citeerde de nota: ..."): the statement after the colon is checked
QUOTED_BY = re.compile(rf"^\s*{SPEAKER}\s+(?:citeert|citeerde|haalt|haalde|wijst|wees|verwijst|verwees|leest|las|noemt|noemde)\b[^:\d]{{0,60}}:\s+(?=\S)", re.I)
# An organisation's own lead before a colon: how it takes the news ("Transgender Netwerk Nederland is trots: ...", "Atria
# schrikt van het onderzoek dat de nota aanhaalt: ...", "Goed nieuws van Rutgers, Atria en COC: ...", "Helaas, stelt
# FNV: ...", "FNV: ..."): the statement after the colon is checked
ORGANISATION_LEAD = re.compile(
    r"^\s*(?:(?:goed|slecht|mooi)\s+nieuws\s+(?:van|uit|voor)\s+[^:\d]{2,60}"
    r"|(?:helaas|gelukkig|jammer\s+genoeg)\s*,\s*(?:stelt|stellen|zegt|zeggen|meldt|melden|aldus|schrijft|schrijven)\s+[^:\d]{2,40}"
    r"|(?:[A-Z][\w'’+-]*)(?:\s+(?:[A-Z][\w'’+-]*|en))*\s+(?:(?:is|zijn)\s+(?:trots|blij|verheugd|teleurgesteld|bezorgd|kritisch)"
    r"|schrikt|schrikken|legt\s+uit|leggen\s+uit|wijst\s+op|wijzen\s+op|reageert|reageren|waarschuwt|waarschuwen|juicht\s+toe"
    r"|verwelkomt|verwelkomen|vat\s+samen|concludeert)\b[^:\d]{0,60}"
    r"|(?-i:[A-Z]{2,6}))\s*:\s+(?=\S)", re.I)
# The writer's hedge, with the speaker put in between ("Als ik het goed heb, zo stelde het Kamerlid, begint ...",
# "Volgens mij, zo zei het Kamerlid, wil ..."): no content of the claim (blanked like an attribution, `own_attribution`)
HEDGE_LEAD = re.compile(rf"^\s*(?:als\s+ik\s+het\s+goed\s+heb|volgens\s+mij|als\s+ik\s+me\s+niet\s+vergis|als\s+ik\s+me\s+goed\s+herinner|naar\s+ik\s+meen)"
                        rf"\s*,\s*(?:zo\s+{REPORTING}\s+{SPEAKER}\s*,\s*)?(?=\w)", re.I)
# An MP as the source ("Volgens Kamerlid Dobbe moet de campagne ..."): blanked like an attribution, the word order stays
MP_SOURCE_LEAD = re.compile(r"^\s*volgens\s+(?:het\s+|een\s+)?(?:tweede-?)?kamerlid(?:\s+(?:(?:van|de|der|den)\s+){0,2}[A-Z][\w'’-]+)?\s*,?\s+(?=\w)", re.I)


# The writer's denial of a label before the statement ("Het Netwerk Mediawijsheid is geen clubje: er zijn ruim
# twaalfhonderd partners ...", "Paarse Vrijdag is allang geen randverschijnsel meer: ..."): its "geen" is rhetoric, the
# subject stays with the statement after the colon
LABEL_DENIED = re.compile(r"^\s*(?P<subject>[^:;,.!?]{3,60}?)\s+(?:is|zijn)\s+(?:allang\s+|echt\s+|heus\s+|zeker\s+|bepaald\s+)?geen\s+"
                          r"[\w'’-]+(?:\s+meer)?\s*:\s+(?=\S)", re.I)


def reported_statement(claim: str) -> str:
    """The statement a claim reports (see VOCATIVE, MOTION_RECITAL, RHETORICAL_LEAD, SOURCE_LABEL, ADMISSION_LEAD, VERDICT_LEAD and REPORTED, taken off in
    that order, then REPORTED_TAIL), or the claim itself."""
    claim = after_lead(claim, VOCATIVE.match(claim))
    if (stated := after_lead(claim, MOTION_RECITAL.match(claim))) is not claim:
        claim = RECITAL_END.sub(".", stated)
    lead = RHETORICAL_LEAD.match(claim)
    if lead and RHETORIC.search(lead.group(1)) and not re.search(r"(?<=\s)[A-ZÀ-Þ]", lead.group(1)):
        claim = after_lead(claim, lead, min_words=6)
    claim = after_lead(claim, SOURCE_LABEL.match(claim))
    claim = after_lead(claim, SPEAKER_LABEL.match(claim), min_words=6)
    claim = after_lead(claim, ADMISSION_LEAD.match(claim))
    claim = after_lead(claim, VERDICT_LEAD.match(claim))
    claim = after_lead(claim, QUOTED_BY.match(claim))
    claim = after_lead(claim, ORGANISATION_LEAD.match(claim), min_words=6)
    claim = after_lead(claim, HEDGE_LEAD.match(claim))  # "Als ik het goed heb, zo stelde het Kamerlid, begint ...": "Begint ..."
    claim = after_lead(claim, HEARSAY_LEAD.match(claim))
    if (denied := LABEL_DENIED.match(claim)) and len(claim[denied.end():].split()) >= 5:
        claim = f"{denied.group('subject')}: {claim[denied.end():]}"
    # (a quotation after a role, or a post quoted whole after its label: "Post: '40 procent ... niet ...'")
    role = ROLE_QUOTE.match(claim)
    if (quoted := QUOTATION.match(claim[role.end():] if role else claim)) and len(quoted.group("said").split()) >= 4:
        claim = quoted.group("said").strip()
    if (agreed := AGREED_TAIL.search(claim)) and len(claim[: agreed.start()].split()) >= 4:
        claim = claim[: agreed.start()]
    if (remark := REMARK_TAIL.search(claim)) and len(claim[: remark.start()].split()) >= 6:
        claim = claim[: remark.start()].rstrip(" ,.") + "."
    m = REPORTED.match(claim)
    if m and not SPEAKERS_OWN.match(claim[m.end():]):
        claim = after_lead(claim, m)
    tail = REPORTED_TAIL.search(claim)
    if tail and not re.fullmatch(OWN_AUTHOR, tail.group("speaker"), re.I) and len(claim[: tail.start()].split()) >= 4:
        claim = claim[: tail.start()] + "."
    return claim[0].upper() + claim[1:] if claim else claim


def own_attribution(claim: str) -> list[tuple[int, int]]:
    """The spans of an opening and a closing attribution to the documents' own authors, if any."""
    return [(m.start(), m.end()) for m in (ATTRIBUTION_LEAD.match(claim) or MP_SOURCE_LEAD.match(claim), ATTRIBUTION_TAIL.search(claim)) if m]


def without_own_attribution(claim: str) -> str:
    """The claim with its closing attribution to the documents' own authors blanked out (same length)."""
    for s, e in own_attribution(claim):
        claim = claim[:s] + " " * (e - s) + claim[e:]
    return claim


MIN_FUZZY = 5  # shortest stem that may match inside a compound
W_SEMANTIC_DISTANCE = 2.0  # rank a claim window down by this times its e5 distance to the closest window (tuned on dev)
DOUBLED_VOWEL = re.compile(r"([aeiou])\1")


def undouble(stem: str) -> str:
    """A stem with its doubled vowels single (the Dutch stemmer spells one verb's forms "evaluer" and "evalueer")."""
    return DOUBLED_VOWEL.sub(r"\1", stem)
# Words that carry no content of their own in a claim: light and modal verbs (modality is the detectors' job),
# attribution ("volgens"), focus and degree adverbs, and the words of values ("procent", "euro").
LIGHT = frozenset(
    "volgens slechts vrijwel nagenoeg ongeveer circa ruim bijna zo'n inmiddels intussen wegens vanwege straks nu al ook nog extra verder daarnaast weleens "
    "tevens bovendien echter wel zelfs juist vooral steeds alsmaar ondermeer onder meer andere waaronder zoals daarom daarbij daarmee "
    "ervoor erop ermee erin eraan erbij ertoe ernaar erom ervan er hierbij hiervoor daarvoor daarvan waarvoor waarbij "
    "hoe wie wat welke zorgt zorgen zorgde zorgden onze "
    "doet doen deed gaat gaan ging krijgt krijgen kreeg kregen staat staan stond maakt maken maakte komt komen kwam "
    "laat laten liet zien ziet zag geeft geven gaf houdt houden hield moet moeten mag mogen kan kunnen wil willen "
    "zal zullen zou zouden heeft hebben had wordt worden werd is zijn was waren blijft blijven bleef "
    "procent procentpunt procentpunten euro miljoen miljard duizend honderd keer maal jaar jaren "
    "nota kabinet rijksoverheid overheid rijk regering staatssecretaris minister bewindspersoon "
    # a journalist's attribution ("..., stelt het kabinet", "De staatssecretaris benadrukt dat ...")
    "stelt stelde constateert constateerde schrijft schreef zegt zei meldt meldde benadrukt benadrukte erkent erkende "
    "concludeert concludeerde aldus onderstreept onderstreepte zeggen staatssecretarissen ministers bewindspersonen "
    # what a study shows ("Uit de monitor blijkt ...", "Onderzoek wijst uit ..."), relative adverbs, and "eigen"
    "blijkt blijken bleek toont tonen toonde wijst wijzen wees dankzij waarin waarmee waarop waardoor eigen "
    # ... and split ("een project waar OCW subsidie aan geeft"); running a project says only that it is there
    "waar waaraan waarover waarvan draait draaien draaide draaiden "
    # prepositions that only link ("via een integrale aanpak", "per 1 augustus", "samen met")
    "via per samen vanwege zowel boven ter tijdens "
    # a separable verb's particle ("maakt ... mee")
    "mee "
    # a quantity word says nothing of what is counted ("een groeiend aantal scholieren")
    "aantal "
    # a count said as a verb ("het programma telt 25 gemeenten")
    "telt tellen telde telden "
    # "door toedoen van" is "door"
    "toedoen "
    # "zodat" joins a purpose (CAUSAL reads it), and the passage cited is no content ("die in de nota wordt aangehaald")
    "zodat aangehaald aangehaalde "
    # a speaker's fillers ("is echt groot geworden", "dat zit gewoon in ...", "ergens begin 2026")
    "gewoon echt ergens "
    # figures set side by side ("17 tegenover 47 procent")
    "tegenover versus".split()
) | AUTHOR_WORDS  # the documents' own author and her nota ("Volgens de emancipatienota ...", "Staatssecretaris Paul hoopt ...")

# A listed example ("tien grote werkgevers, waaronder ook de Rijksoverheid"): what it names is content, even a word that
# elsewhere only attributes (LIGHT)
LISTED = re.compile(r"\b(?:waaronder|zoals)\s+(?:ook\s+|zelfs\s+)?(?:(?:de|het|een)\s+)?$", re.I)

CLAUSE_OPENERS = frozenset("terwijl omdat doordat zodat want maar hoewel waardoor".split())  # a new clause after a verb


@dataclass
class ClaimWord:
    surface: str
    stems: list[str]
    part: str  # "subject" or "predicate"


@dataclass
class ClaimParts:
    text: str
    words: list[ClaimWord]
    subject_text: str
    predicate_text: str
    subject: set[str]
    predicate: set[str]
    alias_terms: set[str]  # canonical-name stems added for the names in the claim
    values: list[Value]
    names: list[Entity]
    verb: str | None = None  # the claim's own finite verb ("schrapt"), not an auxiliary: what it says happens
    # the stems of an apposition ("Doxing, iemands adresgegevens rondsturen ..., geldt"): what the subject is, in the
    # claim's words; its support needs them, a figure or date said otherwise of the subject does not
    aside: frozenset[str] = frozenset()

    @property
    def terms(self) -> set[str]:
        return self.subject | self.predicate | self.alias_terms

    @property
    def own_subject(self) -> bool:
        """The claim names a subject before its verb; when it does not ("Het kabinet wil ..."), its first content words
        stand in for one (`subject`) while they keep their place in the predicate (`words`)."""
        return any(w.part == "subject" for w in self.words)


@dataclass
class Window:
    """One sentence (`second` None) or two adjacent sentences of one passage."""

    first: int  # sentence row
    second: int | None
    row: int  # passage row
    start: int  # offsets inside the passage text
    end: int
    lexical: float = 0.0
    lexical_context: float = 0.0
    semantic: float = 0.0
    score: float = 0.0
    covered: set[str] = field(default_factory=set)


# A letter's signatory: a line with only a member of government's title ("De staatssecretaris van Onderwijs, Cultuur en
# Wetenschap,"). When a document has one, its "ik" and "mijn ministerie" are that ministry's.
SIGNATORY = re.compile(r"^\s*De\s+(?:staatssecretaris|minister)\s+(?:van|voor)\s+(?P<ministry>[^\n]+?)\s*,?\s*$", re.M)
FIRST_PERSON = re.compile(r"(?<![\w-])(?:ik|mijn|me)(?![\w-])", re.I)


def sole_signatory(text: str) -> str:
    """The title of a document's only signatory, a member of government of a ministry in `MINISTRIES` by its long name
    ("" when it has none or several: the "wij" of a joint answer is no one ministry)."""
    long_names = [m[0] for m in MINISTRIES]
    # (the title may go on with a portfolio: "van Binnenlandse Zaken en Koninkrijksrelaties Herstel Groningen, ...")
    found = {m.group(0).strip().rstrip(",") for m in SIGNATORY.finditer(text)
             if "." not in m.group("ministry") and any(m.group("ministry").startswith(n) for n in long_names)}
    return found.pop() if len(found) == 1 else ""


# A sentence that names with a definite article the noun the sentence before introduced ("Het project begeleidt ..."
# after "... een project van Single Super Mom en Movisie"): the names of that sentence are what it speaks of (not a
# noun every sentence may have: "het kabinet")
DEFINITE_BACK = re.compile(r"(?<![\w-])(?:het|de|dit|deze)\s+([a-zà-ÿ-]{5,})\b", re.I)
EVERYWHERE_NOUNS = frozenset("kabinet overheid regering ministerie staatssecretaris minister kamer nota brief".split())
CAPITALISED = re.compile(r"(?<=\s)[A-ZÀ-Þ][\w’'+&-]+")


def names_referred_back(sentence: str, before: str, had: set[str], terms) -> set[str]:
    """The terms of the names in `before` (whose terms are `had`) when `sentence` names a noun of `before` with a definite
    article (DEFINITE_BACK)."""
    if not any((t := terms(m.group(1))) and t <= had and m.group(1).lower() not in EVERYWHERE_NOUNS
               for m in DEFINITE_BACK.finditer(sentence)):
        return set()
    return terms(" ".join(CAPITALISED.findall(before)))


class ClaimIndex:
    """Per-sentence term sets (alias-normalised) and pair vectors, computed once per loaded engine."""

    def __init__(self, engine):
        index = engine.index
        self.table: AliasTable = engine.aliases
        self.authors = engine.signatories
        self.stemmer = index.manifest.stemmer
        self.sidx = engine.sentence_index
        self.passages = index.passages
        self.rows = [(int(r), int(s), int(e)) for r, s, e in index.sentences]
        self.texts = [self.passages[r].text[s:e] for r, s, e in self.rows]
        self.terms = [self.normalised_terms(t) for t in self.texts]
        context: dict[int, set[str]] = {}
        headings: dict[int, set[str]] = {}
        for r, p in enumerate(self.passages):
            heading = p.section.split(" > ")[-1] if p.section else ""
            context[r] = self.normalised_terms(" ".join(x for x in (heading, p.context) if x))
            headings[r] = self.normalised_terms(heading)
        self.context = [context[r] for r, _s, _e in self.rows]  # the heading and, in answers to questions, the question
        self.headings = [headings[r] for r, _s, _e in self.rows]
        inherited: list[set[str]] = [set() for _ in self.rows]  # the names a sentence speaks of by referring back
        for i in range(1, len(self.rows)):
            if self.rows[i][0] == self.rows[i - 1][0] and (names := names_referred_back(self.texts[i], self.texts[i - 1], self.terms[i - 1], self.normalised_terms)):
                # "Het project begeleidt ..." after "een project van Single Super Mom"; "Het ministerie van VWS coördineert
                # het samenwerkingsverband" after "Het samenwerkingsverband heeft als doel ..." after "No Mas, No More, het
                # samenwerkingsverband met ..."
                inherited[i] = names | inherited[i - 1]
                self.context[i] = self.context[i] | inherited[i]
        vectors = index.sentence_vectors.astype(np.float32)
        self.vectors = vectors
        self.pairs = [(i, i + 1) for i in range(len(self.rows) - 1) if self.rows[i][0] == self.rows[i + 1][0]]
        if self.pairs:
            summed = vectors[[a for a, _ in self.pairs]] + vectors[[b for _, b in self.pairs]]
            norms = np.linalg.norm(summed, axis=1, keepdims=True)
            self.pair_vectors = summed / np.maximum(norms, 1e-9)
        else:
            self.pair_vectors = np.zeros((0, vectors.shape[1]), np.float32)
        df: dict[str, int] = {}
        for ts in self.terms:
            for t in ts:
                df[t] = df.get(t, 0) + 1
        n = len(self.terms)
        self.idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}
        self.default_idf = math.log(1 + (n + 0.5) / 0.5)
        self.vocabulary = sorted(set().union(*self.terms, *context.values()))
        self.known = frozenset(self.vocabulary)
        self.undoubled: dict[str, set[str]] = {}  # stems by their spelling with single vowels ("evalueer" -> "evaluer")
        for v in self.vocabulary:
            self.undoubled.setdefault(undouble(v), set()).add(v)
            if v.endswith("t") and len(v) >= 7:  # (a verb's kept -t: "subsidieert" is "subsidiëren", "subsidier")
                self.undoubled.setdefault(undouble(v[:-1]), set()).add(v)
        # the documents' own country as an adjective, one term found in every window, weighing what its name weighs
        self.idf[HOME_TERM] = self.idf.get("§" + key(self.table.canonical(HOME_COUNTRY_NAME)), self.default_idf)
        # the words the documents write in lower case: a post's "NIET" is their "niet" (see `plain_post`)
        # (not a name's: "www.wodc.nl" does not make "WODC" a shouted word)
        self.lowercase = frozenset(w for p in self.passages for w in re.findall(r"(?<![\w./-])[a-zà-ÿ]{4,}(?![\w./-])", p.text)
                                   if key(w) not in self.table.canon)
        # the acronyms and platforms a claim typed in lower case names ("in opdracht van ocw en de nctv"): acronyms the
        # documents never write in lower case as a word of their own ("om", "via"), nor a Dutch word with a vowel ("radio")
        text = " ".join(p.text for p in self.passages)
        words = dutch_words()
        written_lower = set(LOWER_WORD.findall(text))
        self.typed_names = {a.lower(): a for a in self.table.acronyms if len(a) >= 3 and a.lower() != a
                            and a.lower() not in written_lower and not (a.lower() in words and re.search(r"[aeiouy]", a.lower()))}
        self.typed_names.update({name.lower(): name for name in PLATFORM_SPELLING})  # ("draait op tiktok": TikTok)
        # ... and the documents' names with a capital inside ("die redirect pilot": ReDirect, "zonmw": ZonMw)
        self.typed_names.update({n.lower(): n for n in set(INNER_CAPITAL.findall(text)) if n.lower() not in words
                                 and n.lower() not in written_lower})
        self._matches: dict[str, set[str]] = {}  # grows with the claims seen (bounded by the vocabulary's size in practice)
        self._compounds: dict[str, list[tuple[str, str]]] = {}  # (`compound_parts`, likewise)

    # ---------------------------------------------------------------- terms

    def weight(self, terms) -> float:
        """Sum of the terms' IDF over the indexed sentences (a name counts once, as its canonical token)."""
        return sum(self.idf.get(t, self.default_idf) for t in terms)

    def stem_words(self, text: str) -> list[str]:
        return [t for t in tokenize(text, self.stemmer, query=True) if not t.isdigit()]

    def alias_terms(self, text: str) -> set[str]:
        """Stems of the canonical name and every form of each known name in the text (CRM -> college, recht, mens, crm)."""
        from rag.contradictions import _table_regex

        out: set[str] = set()
        for m in _table_regex(self.table).finditer(text):
            canonical = self.table.canonical(m.group(0))
            forms = self.table.forms.get(canonical, [canonical])
            out.update(self.stem_words(" ".join([canonical, *forms])))
            out.add("§" + key(canonical))
        return out

    def normalised_terms(self, text: str) -> set[str]:
        return set(self.stem_words(text)) | self.alias_terms(text)

    def matches(self, term: str) -> set[str]:
        """Vocabulary stems that count as the claim stem: itself, its inflections and compounds (not its on- antonym)."""
        cached = self._matches.get(term)
        if cached is None:
            if len(self._matches) > 100_000:
                self._matches.clear()
            cached = self._matches[term] = self._compute_matches(term)
        return cached

    @cached_property
    def synonyms(self) -> dict[str, frozenset[str]]:
        """Each stem of a SYNONYMS group -> the stems of its group."""
        out: dict[str, frozenset[str]] = {}
        for group in SYNONYMS:
            stems = frozenset(t for w in group.split() for t in self.stem_words(w))
            for t in stems:
                out[t] = out.get(t, frozenset()) | stems
        return out

    def _compute_matches(self, term: str) -> set[str]:
        if term == HOME_TERM:  # (found anyway, and by the windows that name the country: they rank as before)
            return {term, "§" + key(self.table.canonical(HOME_COUNTRY_NAME))}
        if term.startswith("§"):  # a name; a place that stands for an institution ("Den Haag") also by its words
            return {term, *(t for form in METONYMS.get(term[1:], ()) for t in self.stem_words(form))}
        return set().union(*(self._fuzzy(t) for t in {term} | self.synonyms.get(term, frozenset())))

    def _fuzzy(self, term: str) -> set[str]:
        out = {term}
        if term.endswith("t") and len(term) >= 4 and term[:-1] in self.known:
            out.add(term[:-1])  # the stemmer keeps a verb's -t: "deelt" is "delen" ("deel"), "evalueert" "evalueren"
        if term.endswith("bar") and len(term) >= 8 and term[:-3] in self.known:
            out.add(term[:-3])  # what can be done is said by the verb: "downloadbare" data are data "te downloaden"
        if len(term) >= 4:  # nor does it always double a vowel alike: "geëvalueerd" stems to "evalueer", "evalueren" to "evaluer"
            out |= self.undoubled.get(undouble(term), set())
        if len(term) < MIN_FUZZY:
            return out
        # a verb's stem without its -t is found at the end of a word too: "bereidt ... voor" is "voorbereid"
        verb = term[:-1] if term.endswith("t") and len(term) > MIN_FUZZY and term[:-1] in self.known else None
        for v in self.vocabulary:
            if len(v) < MIN_FUZZY or v == term:
                continue
            if v == "on" + term or term == "on" + v:
                continue
            if (v.startswith(term) or term.startswith(v) and len(v) >= len(term) - 2 or v.endswith(term) or term.endswith(v) and len(v) >= 6
                    or verb is not None and v.endswith(verb)):
                out.add(v)
        return out

    @cached_property
    def lowered_text(self) -> str:
        """Every passage's text, lower case, in one string (what a word's first letters are looked up in)."""
        return " ".join(p.text.lower() for p in self.passages)

    # ---------------------------------------------------------------- the claim

    def parse(self, claim: str) -> ClaimParts:
        tokens = list(re.finditer(r"[\w’'+-]+", claim))
        finite = next((i for i, m in enumerate(tokens) if i > 0 and m.group(0).lower() in FINITE), None)
        guess = next((i for i, m in enumerate(tokens[:6]) if i > 0 and looks_finite(m.group(0), tokens[i - 1].group(0))), None)
        if guess is not None and (finite is None or guess < finite):
            finite = guess
        first = tokens[0].group(0).lower() if tokens else ""
        second = tokens[1].group(0).lower() if len(tokens) > 1 else ""
        every_period = first in ("elk", "elke", "ieder", "iedere") and second in ("jaar", "maand", "week", "dag", "kwartaal")
        adverbial = first in ADVERBIAL_START or first.isdigit() or every_period or "," in claim[: tokens[finite].start()] if finite else False
        aside_idx: set[int] = set()
        if (apposed := appositive_verb(claim, tokens, first)) is not None:  # "Doxing, iemands adres rondsturen ..., geldt sinds ..."
            finite, adverbial = apposed, False  # (the subject comes first)
            subj_idx = {i for i, m in enumerate(tokens) if m.start() < claim.index(",")}
            aside_idx = set(range(len(subj_idx), finite))
        elif finite is None:
            subj_idx = set(range(0, max(1, len(tokens) // 2)))
        elif not adverbial:
            subj_idx = set(range(0, finite))
        else:
            subj_idx = set()
            for i in range(finite + 1, len(tokens)):
                w = tokens[i].group(0).lower()
                if w in CLAUSE_OPENERS:
                    break  # a verb-final clause ended at the verb ("Volgens ... maar 17% een baan had, terwijl dat ...")
                if subj_idx and (w in FINITE or w in ADVERBIAL_START or re.match(r"ge\w+[dt]$", w)):
                    break
                subj_idx.add(i)
                if len(subj_idx) >= 6:
                    break
        values = extract_values(claim)
        bounds = bound_words(claim, values)
        from rag.contradictions import _table_regex

        named = [(m.start(), m.end(), "§" + key(self.table.canonical(m.group(0))), m.group(0)) for m in _table_regex(self.table).finditer(claim)]
        named += [(m.start(), m.end(), "§" + place, m.group(0)) for place, m in actor_metonyms(claim)
                  if not any(n[0] <= m.start() < n[1] for n in named)]
        words: list[ClaimWord] = []
        done: set[int] = set()
        idioms = [(x.start(), x.end()) for x in IDIOM_ADVERBIAL.finditer(claim)] + own_attribution(claim)
        own_role = another_role(claim)  # (her name is a word to find)
        for i, m in enumerate(tokens):
            part = "subject" if i in subj_idx else "predicate"
            name = next((n for n in named if n[0] <= m.start() < n[1]), None)
            if name is not None:  # a known name is one term, whatever form it has
                if name[3].lower() in HOME_ADJECTIVES:
                    words.append(ClaimWord(name[3], [HOME_TERM], part))
                    continue
                if part == "subject" and name[3].lower() in SEAT_OF_GOVERNMENT:
                    continue  # "Den Haag bereidt een wet voor" is "het kabinet ...", whose words are LIGHT
                if name[0] not in done:
                    done.add(name[0])
                    words.append(ClaimWord(name[3], [name[2]], part))
                continue
            if (m.group(0).lower() in LIGHT and not (own_role and m.group(0).lower() in AUTHOR_WORDS)
                    and not LISTED.search(claim, max(0, m.start() - 40), m.start())
                    or any(v.start <= m.start() < v.end for v in values) or any(s <= m.start() < e for s, e in bounds)):
                continue
            if any(s <= m.start() < e for s, e in idioms):
                continue  # "in de eerste plaats" says how, not who or what
            stems = self.stem_words(m.group(0))
            if stems:
                words.append(ClaimWord(m.group(0), stems, part))
        subject = {s for w in words if w.part == "subject" for s in w.stems}
        predicate = {s for w in words if w.part == "predicate" for s in w.stems} - subject
        verb = tokens[finite].group(0) if finite is not None and tokens[finite].group(0).lower() not in FINITE else None
        if verb is None and finite is not None and tokens[finite].group(0).lower() in PERFECT_AUXILIARIES and ALREADY.search(claim):
            verb = closing_participle(claim)  # "De SER heeft zijn advies ... inmiddels uitgebracht": what is done by now
        if not subject:  # nothing nominal before the verb ("Er zijn ..."): the first content words, not the verb itself
            subject = {s for w in [w for w in words if w.surface != verb][:2] for s in w.stems}
            predicate -= subject
        subj_words = [m.group(0) for i, m in enumerate(tokens) if i in subj_idx]
        pred_words = [m.group(0) for i, m in enumerate(tokens) if i not in subj_idx]
        names = entities(claim, self.table)
        names += programme_names(claim, names)
        names = [n for n in names if not any(s <= n.start < e for s, e in idioms) and not AUTHOR.fullmatch(n.name)]
        return ClaimParts(
            text=claim,
            words=words,
            subject_text=" ".join(subj_words),
            predicate_text=" ".join(pred_words),
            subject=subject,
            predicate=predicate,
            alias_terms=set(),
            values=values,
            names=names,
            verb=verb,
            aside=frozenset(s for i in aside_idx for s in self.stem_words(tokens[i].group(0))) - subject,
        )

    # ---------------------------------------------------------------- scoring

    def score(self, parts: ClaimParts, qv: np.ndarray, w_semantic: float) -> list[Window]:
        """Every window, scored; best first."""
        terms = sorted(parts.terms)
        if not terms:
            terms = ["§none"]
        weights = np.array([self.weight({t}) for t in terms], dtype=np.float32)
        weights /= max(float(weights.sum()), 1e-9)
        matchers = [self.matches(t) for t in terms]
        n = len(self.rows)
        have = np.zeros((n, len(terms)), dtype=bool)
        ctx = np.zeros((n, len(terms)), dtype=bool)
        for j, m in enumerate(matchers):
            have[:, j] = [not m.isdisjoint(ts) for ts in self.terms]
            ctx[:, j] = [not m.isdisjoint(ts) for ts in self.context]
        sem_single = self.vectors @ qv
        windows: list[Window] = []
        lex = have @ weights
        lex_ctx = (have | ctx) @ weights
        for i, (r, s, e) in enumerate(self.rows):
            windows.append(Window(i, None, r, s, e, float(lex[i]), float(lex_ctx[i]), float(sem_single[i])))
        if self.pairs:
            a = np.array([x for x, _ in self.pairs])
            b = np.array([y for _, y in self.pairs])
            pair_have = have[a] | have[b]
            pair_lex = pair_have @ weights
            pair_ctx = (pair_have | ctx[a]) @ weights
            pair_sem = self.pair_vectors @ qv
            figures = [cv for cv in parts.values if cv.kind in ("number", "percentage", "amount")]
            clauses = spans(parts.text) if len(figures) > 1 else []
            held: dict[int, set[tuple[int, int]]] = {}  # row -> the claim clauses whose figure it has (a row is in two pairs)

            def clauses_held(i: int) -> set[tuple[int, int]]:
                if i not in held:
                    held[i] = self.figure_clauses(parts, figures, clauses, i)
                return held[i]

            for k, (x, y) in enumerate(self.pairs):
                # a pair must need both sentences: each adds a claim term the other lacks, or each has a figure of
                # another clause of the claim than the other has ("15,3 procent van de bestuurders ..., en in bijna zes
                # op de tien besturen ..."; not one statement whose second figure the next sentence happens to have:
                # "sprak namens twintig lidstaten" against "namens achttien lidstaten. ... door twintig lidstaten")
                if not ((have[x] & ~have[y]).any() and (have[y] & ~have[x]).any()) and not (
                        clauses and lex[x] > 0 and lex[y] > 0 and clauses_held(x) - clauses_held(y) and clauses_held(y) - clauses_held(x)):
                    continue
                r = self.rows[x][0]
                windows.append(Window(x, y, r, self.rows[x][1], self.rows[y][2], float(pair_lex[k]), float(pair_ctx[k]), float(pair_sem[k])))
        for w in windows:
            w.score = (1 - w_semantic) * (0.8 * w.lexical + 0.2 * w.lexical_context) + w_semantic * w.semantic
        # e5 similarities of windows lie close together (0.80-0.92) and the lexical shares far apart, so a window with
        # many of the claim's words but far from its meaning could outrank the one that says it: the order also
        # takes off each window's distance to the closest one (the score itself, which the thresholds read, stays)
        top_semantic = max((w.semantic for w in windows), default=0.0)
        windows.sort(key=lambda w: -(w.score - W_SEMANTIC_DISTANCE * (top_semantic - w.semantic)))
        return windows

    def figure_clauses(self, parts: ClaimParts, figures: list[Value], clauses: list[tuple[int, int]], i: int) -> set[tuple[int, int]]:
        """The clauses (of `clauses`, the claim's) whose figure row i has."""
        text = self.texts[i]
        values = extract_values(text)
        return {span_of(cv.start, clauses) for cv in figures if values and value_found(cv, parts.text, text, values)[0]}

    def window_terms(self, w: Window) -> set[str]:
        return self.terms[w.first] | (self.terms[w.second] if w.second is not None else set())

    def window_text(self, w: Window) -> str:
        return self.passages[w.row].text[w.start : w.end]

    def covered(self, parts: ClaimParts, w: Window, terms: set[str], with_context: bool = False,
                with_heading: bool = False) -> tuple[float, set[str]]:
        """IDF-weighted share of `terms` the window has (plus its heading and question with `with_context`, its heading
        alone with `with_heading`), and the missing ones."""
        have = self.window_terms(w)
        if with_context:
            have = have | self.context[w.first]
        elif with_heading:
            have = have | self.headings[w.first]
        missing = {t for t in terms if self.matches(t).isdisjoint(have) and not self.parts_in(t, have)} - {HOME_TERM}
        total = self.weight(terms)
        return (1.0 - self.weight(missing) / total if total else 1.0), missing


    def compound_parts(self, term: str) -> list[tuple[str, str]]:
        """The ways a claim's compound that the documents never write splits into two of their stems ("politiemeld":
        politie + meld, "partnerorganisatie", "groeifondsprogramma" with its linking s); none for a word they write."""
        if term in self.known or len(term) < 2 * MIN_COMPOUND_PART:
            return []
        if (cached := self._compounds.get(term)) is not None:
            return cached
        splits = []
        for i in range(MIN_COMPOUND_PART, len(term) - MIN_COMPOUND_PART + 1):
            head, tail = term[:i], term[i:]
            head = head if head in self.known else head[:-1] if head.endswith("s") and head[:-1] in self.known else None
            if head is not None and tail in self.known:
                splits.append((head, tail))
        if len(self._compounds) > 100_000:
            self._compounds.clear()
        self._compounds[term] = splits
        return splits

    def parts_in(self, term: str, have: set[str]) -> bool:
        """Both parts of a compound the documents write apart are there ("politiemeldingen": "meldingen ... bij de politie")."""
        return any(not self.matches(head).isdisjoint(have) and not self.matches(tail).isdisjoint(have)
                   for head, tail in self.compound_parts(term))


MIN_COMPOUND_PART = 4  # the shortest part a compound is split into (`ClaimIndex.compound_parts`)


BOUND_BEFORE = re.compile(r"(?<![\w-])(minder|meer)\s+dan\s+$", re.I)


def bound_words(claim: str, values: list[Value]) -> list[tuple[int, int]]:
    """The spans of a value's bound ("minder dan een vijfde", "meer dan 20%"): part of the value, which the values check
    against the evidence's figures, no comparative the evidence must have."""
    return [m.span() for v in values if (m := BOUND_BEFORE.search(claim[: v.start]))]


# The auxiliaries of a perfect ("heeft ... uitgebracht", "is ... afgeschaft"): in a claim that something is done by now
# (ALREADY) the participle that closes the clause is the claim's own verb
PERFECT_AUXILIARIES = frozenset("heeft hebben had hadden is zijn was waren".split())
ALREADY = re.compile(r"(?<![\w-])(?:inmiddels|al|reeds|intussen)(?![\w-])", re.I)  # (a claim that something is done by now)
# (not `rag.contradictions.PARTICIPLE`, the clause-final participle of the modality checks: it lacks "bereikt",
# "geholpen", "gebleken" and would read 73 gold claims otherwise)
CLOSING_PARTICIPLE = re.compile(r"(?<![\w’'+-])((?:[a-zà-ÿ]{2,6})?ge[a-zà-ÿ]{3,}[dtn]|(?:be|ver|ont|her)[a-zà-ÿ]{3,}[dt])\s*[.!]?\s*$")


def closing_participle(claim: str) -> str | None:
    """The past participle that ends the claim (CLOSING_PARTICIPLE), or None."""
    m = CLOSING_PARTICIPLE.search(claim)
    return m.group(1) if m else None


# A subject, a phrase between commas that says what it is, and the verb: "Doxing, iemands adresgegevens rondsturen om diegene
# bang te maken, geldt sinds 1 juli 2023 als strafbaar feit", "Het ECAD-P, het expertisecentrum van de politie, bestaat sinds 2021"
# (a relative clause alike: "Het Netwerk Mediawijsheid, dat OCW inzet ..., heeft meer dan 1200 partners")
APPOSITION = re.compile(r"^\s*[^,]{2,60}?,\s*[^,]{3,120}?,\s*(?=[\w’'+-])")


def appositive_verb(claim: str, tokens: list[re.Match[str]], first: str) -> int | None:
    """The index of the finite verb after an apposition, or None when the claim opens otherwise (an adverbial "Volgens het
    kabinet, ...", no verb right after the second comma)."""
    m = APPOSITION.match(claim)
    if m is None or first in ADVERBIAL_START or first in CLAUSE_OPENERS:
        return None
    at = next((i for i, t in enumerate(tokens) if t.start() >= m.end()), None)
    if at is None or at == 0:
        return None
    word = tokens[at].group(0)
    return at if word.lower() in FINITE or looks_finite(word, tokens[at - 1].group(0)) else None


def looks_finite(word: str, previous: str) -> bool:
    """A present-tense verb after a noun ("De regeringscommissaris adviseert", "Het kabinet streeft")."""
    w = word.lower()
    return (word.islower() and len(w) > 3 and w.endswith("t") and not w.endswith(("heid", "tijd", "ist", "ant", "ent"))
            and w not in NOT_VERBS and previous.lower() not in DETERMINERS and previous.lower() not in ADVERBIAL_START
            and not previous.isdigit())


PROGRAMME = re.compile(r"(?<![\w-])(?:[A-Z][\w’'+&-]*\d*[\w+-]*)(?:\s+(?:van\s+|voor\s+|en\s+)?[A-Z][\w’'+&-]+)+")


# The documents' own country as an adjective: the documents are the Dutch government's, so "de Nederlandse politie",
# "het Nederlandse leger" are their "de politie", "Defensie"; its term counts as found (a claim about another country is
# caught by its names: the passage must name no other country, claims.home_country). Not the noun: "in Nederland" is
# a place the window may lack.
HOME_ADJECTIVES = frozenset({"nederlandse"})
HOME_TERM = "§home"
HOME_COUNTRY_NAME = "Nederland"
# The seat of government as the claim's subject stands for the government ("Den Haag wil ..."), like "het kabinet"
SEAT_OF_GOVERNMENT = frozenset({"den haag"})


NO_NAME_START = ADVERBIAL_START | DETERMINERS | LIGHT  # a sentence's first word that starts no name ("Dankzij", "Volgens")


def programme_names(claim: str, known: list[Entity]) -> list[Entity]:
    """Capitalised multi-word names the entity finder does not class ("Veilige Steden", "Act4Respect Unlimited")."""
    out = []
    for m in PROGRAMME.finditer(claim):
        name, start = m.group(0), m.start()
        if start == 0:
            first, _, rest = name.partition(" ")
            if first.lower() in NO_NAME_START:
                # the sentence's first word is no name word: "Dankzij Kleurrijk en Vrij ...", "Volgens Veilige Steden ..."
                rest = rest.lstrip()
                if len(rest.split()) < 2:
                    continue
                name, start = rest, m.end() - len(rest)
            elif len(name.split()) < 3:
                continue  # a capitalised first word plus one name word is usually "De Politie"-like
        if any(not (m.end() <= e.start or start >= e.end) for e in known):
            continue
        if re.search(r"\w-\s", name):
            continue  # an elliptic compound ("Sinti- en Romakinderen"), no name
        out.append(Entity("name", name, start, m.end()))
    return out


ENUMERATOR = re.compile(r"\(\s*$")


def enumerator(v: Value, text: str) -> bool:
    """"(3)" in "(1) plezier, (2) ..." numbers a list item; it is no count."""
    return v.kind == "number" and text[max(0, v.start - 1) : v.start] == "(" and text[v.end : v.end + 1] == ")"


def points_change(cv: Value, shares: list[Value]) -> Value | None:
    """The later of two shares next to each other that differ by the claim's percentage points, if any."""
    pairs = zip(shares, shares[1:])
    return next((b for a, b in pairs if abs(abs(a.value - b.value) - cv.value) < 1e-6), None)


# a change by an amount ("went up by roughly 200", "steeg met zo'n 200"): the difference of two figures of the evidence
CHANGE_BY = re.compile(r"(?<![\w-])(?:by|met)\s+(?:(?:about|around|roughly|some|nearly|almost|over|ongeveer|zo'n|zo’n|ruim|bijna|circa)\s+)?$", re.I)


def value_found(cv: Value, claim: str, evidence: str, ev_values: list[Value]) -> tuple[bool | None, Value | None]:
    """(True, the equal value) / (False, the nearest comparable one) / (None, None) when the evidence has no value of the kind."""
    ev_values = [v for v in ev_values if not enumerator(v, evidence)]
    if cv.kind in ("year", "date"):
        if (ended := end_year_differs(cv, claim, ev_values, evidence)) is not None:
            return False, ended
        cps = periods(claim[cv.start : cv.end]) or periods(claim)
        eps = periods(evidence)
        same_kind = [v for v in ev_values if v.kind in ("year", "date")]
        if cv.kind == "date":  # "juni 2023" against "... Monitor 2023 ... op 5 juni 2024": the month's own year decides
            other = next((v for v in same_kind if v.kind == "date" and date_month(v) == date_month(cv)
                          and int(v.value) != int(cv.value)), None)
            if other is not None and not any(v.kind == "date" and same_value(cv, v) for v in same_kind):
                return False, other
        match = next((v for v in same_kind if same_value(cv, v) or loosely_equal(cv, v)), None)
        if match:
            return True, match
        agreeing = next((ep for cp in cps for ep in eps if periods_agree(cp, ep)), None)
        if agreeing is not None:
            if same_kind:
                return True, same_kind[0]
            t = agreeing.start or agreeing.end or (0, 0, 0)
            return True, Value("year", agreeing.text, float(t[0]), 0, 0)
        return (False, same_kind[0]) if same_kind else (None, None)
    same_kind = [v for v in ev_values if comparable(cv, v)]
    match = next((v for v in ev_values if (comparable(cv, v) or loosely_equal(cv, v)) and (same_value(cv, v) or loosely_equal(cv, v))
                  and consistent(cv, claim, v, evidence)), None)  # (not bounded the other way: "ruim een kwart", "minder dan 25 procent")
    if match:
        return True, match
    match = next((v for v in same_kind if consistent(cv, claim, v, evidence)), None)
    if match:
        return True, match
    if cv.kind == "percentage" and POINTS.search(cv.text) and (change := points_change(cv, same_kind)) is not None:
        return True, change  # "met twintig procentpunt gezakt" is "gedaald van 63% (2021) naar 43% (2023)"
    if CHANGE_BY.search(claim[: cv.start]) and (change := next((a for a in same_kind for b in same_kind if a.value > b.value and same_value(
            cv, replace(a, value=a.value - b.value))), None)) is not None:
        return True, change  # "went up by roughly 200" is "van 2545 ... naar 2745"
    if (ratio := times_said(cv, claim, ev_values, ev_values)) is not None:
        return True, ratio  # "ruim twee keer zoveel meldingen" is "steeg met 141%" (as `detect_number` reads it)
    months = duration_months(cv, claim)
    match = next((v for v in same_kind if months is not None and duration_months(v, evidence) == months), None)
    if match:  # "drie jaar" is "36 maanden"
        return True, match
    if months is not None and months in spans_in_months(evidence):
        return True, cv  # "twaalf maanden" is "een jaar"; "een convenant dat vier jaar beslaat" is "2024-2027"
    count = next((v for v in ev_values if v.kind == "number" and v.value == cv.value), None) if cv.kind == "ordinal" else None
    if count is not None:
        return True, count  # "de tweede klas" is "klas twee"
    if cv.kind == "number" and enumerated(cv, claim) == cv.value:
        return True, cv  # "Vier organisaties vormen de alliantie: A, B, C en D": the claim counts what it lists
    if not same_kind:
        return None, None
    # (the count of the claim's thing, not the first number: "25 lidstaten" against "27 mei ..., door twintig lidstaten")
    unit = unit_of(cv, claim)
    return False, next((v for v in same_kind if unit & unit_of(v, evidence)), same_kind[0])


# A claim that something ends ("draait de geldkraan ... na 2025 dicht", "stopt in 2026") names its last year; evidence that
# runs it to another ("financiert ... tot en met 2027") says otherwise (a year after it is the same end: "stopt in 2028")
END_VERB = re.compile(r"(?<![\w-])(?:dicht\w*|stopt|stoppen|stopte|stopten|eindigt|eindigen|eindigde|afgelopen|loopt\s+(?:\w+\s+){0,4}?af"
                      r"|beëindig\w*|houdt\s+(?:\w+\s+){0,4}?op|ophoudt|afgebouwd|afbouw\w*|stops|ends|ended|halts|cuts?\s+off)(?![\w-])", re.I)
EVIDENCE_END = re.compile(r"(?<![\w-])(?:tot\s+en\s+met|t/m|tot|uiterlijk)\s+(?:eind\s+|begin\s+|medio\s+|halverwege\s+)?((?:19|20)\d\d)(?![\w-])", re.I)


def end_year_differs(cv: Value, claim: str, ev_values: list[Value], evidence: str) -> Value | None:
    """The evidence's last year (EVIDENCE_END) when the claim says the thing ends (END_VERB) in another year, else None."""
    if cv.kind != "year" or END_VERB.search(claim) is None:
        return None
    ends = [int(m.group(1)) for m in EVIDENCE_END.finditer(evidence)]
    if not ends or any(int(cv.value) in (end, end + 1) for end in ends):
        return None
    return next((v for v in ev_values if v.kind in ("year", "date") and int(v.value) == ends[0]), None)


A_YEAR = {"een jaar": 12, "één jaar": 12, "een half jaar": 6, "half jaar": 6, "halfjaar": 6, "anderhalf jaar": 18}
A_YEAR_RE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(A_YEAR, key=len, reverse=True)) + r")(?![\w-])", re.I)


def spans_in_months(evidence: str) -> set[float]:
    """Durations the evidence gives in words ("ongeveer een jaar": 12) or as a period of whole years ("2024-2027": 48)."""
    out = {float(A_YEAR[m.group(0).lower()]) for m in A_YEAR_RE.finditer(evidence)}
    for p in periods(evidence):
        if p.start and p.end and p.start[0] != p.end[0] and not p.start[1] and not p.end[1] and not p.end_exclusive:
            out.add(12.0 * (p.end[0] - p.start[0] + 1))
    return out


LIST_AFTER = re.compile(r":\s*([^.;:]+)")


# ... or names before "zijn de" and the count ("Rotterdam en Nijmegen zijn de twee proeftuinen")
LIST_BEFORE = re.compile(r"^\W*((?:[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*)(?:\s*,\s*[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*)*"
                         r"\s+en\s+[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*)\s+(?:zijn|waren|vormen)\s+(?:de|samen\s+de)\s+$")


def enumerated(cv: Value, claim: str) -> int | None:
    """How many items the claim lists after a colon that follows its count ("Vier organisaties ...: A, B, C en D"), or
    names before it ("Rotterdam en Nijmegen zijn de twee proeftuinen")."""
    m = LIST_AFTER.search(claim, cv.end)
    before = LIST_BEFORE.match(claim[: cv.start])
    if m is None and before is None:
        return None
    listed = m.group(1) if m is not None else before.group(1)  # type: ignore[union-attr]
    items = [x for x in re.split(r",\s*|\s+en\s+", listed.strip()) if x.strip()]
    return len(items) if len(items) >= 2 else None


DURATION_UNIT = re.compile(r"\s+(jaar|jaren|maand|maanden)\b", re.I)


def duration_months(v: Value, text: str) -> float | None:
    """A count followed by "jaar" or "maanden", in months ("drie jaar": 36); None for any other value."""
    m = DURATION_UNIT.match(text, v.end)
    if v.kind != "number" or m is None:
        return None
    return v.value * (12 if m.group(1).lower().startswith("jaar") else 1)


def name_found(name: Entity, evidence: str, table: AliasTable, ev_entities: list[Entity]) -> bool:
    """The name (or an alias of it, or the institution it stands for: "Brussel") occurs in the evidence."""
    if any(same_entity(name, e, table) for e in ev_entities if e.cls == name.cls or name.cls == "name"):
        return True
    folded = key(evidence)
    if metonym_in(name.name, folded):
        return True
    if table.canonical(name.name) == table.canonical("EU") and EU_LAW.search(folded):
        return True  # "de Europese AI-wet" is the AI-verordening: a law is the EU's
    forms = table.forms.get(table.canonical(name.name), []) + [name.name]
    for f in forms:
        k = key(f)
        if k and re.search(rf"(?<![\w]){re.escape(k)}", folded):
            return True
    words = [key(w) for w in split_words(name.name) if len(w) > 2 and w not in ("van", "voor", "het", "de", "en")]
    return bool(words) and all(re.search(rf"(?<![\w]){re.escape(w[: max(4, len(w) - 2)])}", folded) for w in words)


_LOCK = threading.Lock()


def claim_index(engine) -> ClaimIndex:
    """The engine's ClaimIndex, built on first use (a few hundred ms) and kept with the engine."""
    ci = engine.__dict__.get("_claim_index")
    if ci is None:
        with _LOCK:
            ci = engine.__dict__.get("_claim_index")
            if ci is None:
                ci = ClaimIndex(engine)
                engine.__dict__["_claim_index"] = ci
    return ci
