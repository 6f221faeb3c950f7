"""Names that mean the same entity: acronyms a document defines, countries and their adjectives, ministries.

    build_alias_table(texts) finds definitions such as
        "College voor de Rechten van de Mens (CRM)"      -> CRM = College voor de Rechten van de Mens
        "CRM (College voor de Rechten van de Mens)"      -> the reverse form
    and checks the acronym against the initials of the long form (function words such as
    "voor", "de", "van" and "en" may be skipped or supply a lowercase letter: "JenV", "CRvB").

    A fixed table adds countries with their adjective and inhabitant forms
    (Hongarije = Hongaarse = Hongaar) and the ministries with their long and short names
    (OCW = Onderwijs, Cultuur en Wetenschap).

    table.canonical("CRM") == table.canonical("het College voor de Rechten van de Mens")
    table.same("Hongaarse", "Hongarije") is True
    table.expand("Het CRM ziet toe") == "Het CRM (College voor de Rechten van de Mens) ziet toe"
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Literal

EntityClass = Literal["country", "region", "ministry", "organisation", "other"]

# Words a long form may skip between the words that give the acronym its letters.
FUNCTION_WORDS = frozenset(
    "de het een van voor en in op of der den te aan met tot bij uit over the of and for &".split()
)
ARTICLES = ("de ", "het ", "een ", "the ")
# Words in a long form that make it the name of an organisation (matched as word endings: "expertisecentrum").
ORGANISATION_WORDS = (
    "college", "autoriteit", "raad", "stichting", "platform", "organisatie", "bureau", "instituut", "centrum",
    "comite", "komitee", "commissie", "inspectie", "politie", "ministerie", "naties", "coordinator", "dienst",
    "agentschap", "afdeling", "academie", "vereniging", "federatie", "bond", "netwerk", "ombudsman", "rechtbank",
    "hof", "bank", "kamer", "unie", "fonds", "statistiek", "veiligheid", "beroep", "ministerie", "alliantie",
)

# Dutch public bodies a text may name by acronym without defining it (like the other fixed names, a document's own
# definition of the acronym does not replace them).
NATIONAL_BODIES: tuple[tuple[str, ...], ...] = (
    ("Centraal Bureau voor de Statistiek", "CBS"),
    ("Sociaal en Cultureel Planbureau", "SCP"),
    ("Centraal Planbureau", "CPB"),
    ("Wetenschappelijk Onderzoek- en Documentatiecentrum", "WODC"),
    ("Rijksinstituut voor Volksgezondheid en Milieu", "RIVM"),
    ("Openbaar Ministerie", "OM"),
    ("Sociaal-Economische Raad", "SER"),
    ("Autoriteit Persoonsgegevens", "AP"),
    ("College voor de Rechten van de Mens", "CRM"),
    ("Uitvoeringsinstituut Werknemersverzekeringen", "UWV"),
    ("Immigratie- en Naturalisatiedienst", "IND"),
    ("Dienst Uitvoering Onderwijs", "DUO"),
    ("Nederlandse Spoorwegen", "NS"),  # state-owned, named in full by the documents (transition leave)
)

# The letters write to the Tweede Kamer ("met uw Kamer gedeeld"): a claim names it.
PARLIAMENT: tuple[str, ...] = ("Tweede Kamer", "uw Kamer")

# Laws and rules users name by their usual abbreviation ("de WHW") where the documents write them out.
LAWS: tuple[tuple[str, ...], ...] = (
    ("Wet op het hoger onderwijs en wetenschappelijk onderzoek", "WHW"),
    ("Algemene wet gelijke behandeling", "AWGB"),
    ("Wet gelijke behandeling van mannen en vrouwen", "WGBMV"),
    ("Algemene verordening gegevensbescherming", "AVG", "GDPR"),
    ("Digital Services Act", "DSA", "digitaledienstenverordening", "Digitaledienstenverordening"),
    ("Wetboek van Strafrecht", "WvSr"),
)

# The Dutch and English abbreviations for the same groups (an English question says LGBTIQ+, the documents lhbtiq+).
LHBTIQ: tuple[str, ...] = (
    "lhbtiq+", "LGBTIQ+", "lhbtiqa+", "LGBTIQA+", "lhbti", "LGBTI", "lhbti+", "LGBTI+", "lhbt", "LGBT", "LGBTQ", "LGBTQ+",
    "LGBTQIA+", "lhb", "LGB",
    "lhbtiq", "LGBTIQ", "lhbtiqa", "LGBTIQA", "LGBTQIA", "lhbtq", "lhbtq+", "LGBTQI", "LGBTQI+",
    "holebi", "holebi's",  # (Flemish)
)

# Country (or region) first, then its adjective, inflected and inhabitant forms.
COUNTRIES: tuple[tuple[str, ...], ...] = (
    ("Nederland", "Netherlands", "NL", "Nederlandse", "Nederlands", "Nederlander", "Nederlanders", "noorderburen"),  # (from Belgium)
    ("Hongarije", "Hungary", "Hongaarse", "Hongaars", "Hongaar", "Hongaren"),
    ("Duitsland", "Germany", "Duitse", "Duits", "Duitser", "Duitsers"),
    ("Frankrijk", "France", "Franse", "Frans", "Fransman", "Fransen"),
    ("België", "Belgium", "Belgische", "Belgisch", "Belg", "Belgen"),
    ("Polen", "Poland", "Poolse", "Pools", "Pool"),
    ("Italië", "Italy", "Italiaanse", "Italiaans", "Italiaan", "Italianen"),
    ("Spanje", "Spain", "Spaanse", "Spaans", "Spanjaard", "Spanjaarden"),
    ("Verenigde Staten", "United States", "VS", "Amerikaanse", "Amerikaans", "Amerikaan", "Amerikanen"),
    ("Rusland", "Russia", "Russische", "Russisch", "Rus", "Russen"),
    ("Oekraïne", "Ukraine", "Oekraïense", "Oekraïens", "Oekraïner", "Oekraïners"),
    ("Turkije", "Turkey", "Turkse", "Turks", "Turk", "Turken"),
    ("Marokko", "Morocco", "Marokkaanse", "Marokkaans", "Marokkaan", "Marokkanen"),
    ("Suriname", "Surinaamse", "Surinaams", "Surinamer", "Surinamers"),
    ("Verenigd Koninkrijk", "United Kingdom", "Groot-Brittannië", "Britse", "Brits", "Brit", "Britten", "Engeland", "Engelse"),
    ("Oostenrijk", "Austria", "Oostenrijkse", "Oostenrijks", "Oostenrijker", "Oostenrijkers"),
    ("Zweden", "Sweden", "Zweedse", "Zweeds", "Zweed"),
    ("Denemarken", "Denmark", "Deense", "Deens", "Deen", "Denen"),
    ("Noorwegen", "Norway", "Noorse", "Noors", "Noor", "Noren"),
    ("Finland", "Finse", "Fins", "Fin", "Finnen"),
    ("Ierland", "Ireland", "Ierse", "Iers", "Ier", "Ieren"),
    ("Portugal", "Portugese", "Portugees", "Portugezen"),
    ("Griekenland", "Greece", "Griekse", "Grieks", "Griek", "Grieken"),
    ("Roemenië", "Romania", "Roemeense", "Roemeens", "Roemeen", "Roemenen"),
    ("Bulgarije", "Bulgaria", "Bulgaarse", "Bulgaars", "Bulgaar", "Bulgaren"),
    ("Tsjechië", "Czechia", "Tsjechische", "Tsjechisch", "Tsjech", "Tsjechen"),
    ("Slowakije", "Slovakia", "Slowaakse", "Slowaaks", "Slowaak", "Slowaken"),
    ("Kroatië", "Croatia", "Kroatische", "Kroatisch", "Kroaat", "Kroaten"),
    ("Zwitserland", "Switzerland", "Zwitserse", "Zwitsers", "Zwitser"),
    ("Luxemburg", "Luxembourg", "Luxemburgse", "Luxemburgs", "Luxemburger"),
    ("China", "Chinese", "Chinees", "Chinezen"),
    ("India", "Indiase", "Indiaas", "Indiër", "Indiërs"),
    ("Indonesië", "Indonesische", "Indonesisch", "Indonesiër", "Indonesiërs"),
    ("Syrië", "Syrische", "Syrisch", "Syriër", "Syriërs"),
    ("Afghanistan", "Afghaanse", "Afghaans", "Afghaan", "Afghanen"),
    ("Eritrea", "Eritrese", "Eritrees", "Eritreeërs"),
    ("Iran", "Iraanse", "Iraans", "Iraniër", "Iraniërs"),
    ("Canada", "Canadese", "Canadees", "Canadezen"),
    ("Japan", "Japanse", "Japans", "Japanner", "Japanners"),
)
REGIONS: tuple[tuple[str, ...], ...] = (
    ("Europese Unie", "EU", "Europa", "Europese", "Europees", "Europeaan", "Europeanen", "Unie"),
    # the three islands together, as the documents write them and as users say it (not one island alone)
    ("Caribisch Nederland", "BES-eilanden", "BES", "Bonaire, Sint Eustatius en Saba", "Bonaire, Sint-Eustatius en Saba",
     "Bonaire, Statia en Saba", "Caribbean Netherlands", "Caribisch", "Caribische", "Caribbean"),  # ("de eilanden in het Caribisch gebied")
    # one island by its other names (users write "Statia"; the documents "Sint Eustatius", "St. Eustatius")
    ("Sint Eustatius", "Sint-Eustatius", "St. Eustatius", "St Eustatius", "Statia"),
)
MINISTRIES: tuple[tuple[str, ...], ...] = (
    # the compounds journalists write ("het onderwijsministerie") name the ministry as well
    ("Onderwijs, Cultuur en Wetenschap", "OCW", "ministerie van Onderwijs", "onderwijsministerie"),
    ("Sociale Zaken en Werkgelegenheid", "SZW", "Sociale Zaken"),
    ("Binnenlandse Zaken en Koninkrijksrelaties", "BZK", "Binnenlandse Zaken"),
    ("Justitie en Veiligheid", "JenV", "J&V", "JenV", "JusVe", "ministerie van Justitie", "justitieministerie"),
    ("Volksgezondheid, Welzijn en Sport", "VWS", "ministerie van Volksgezondheid", "Volksgezondheid", "volksgezondheidsministerie",
     "gezondheidsministerie"),
    ("Economische Zaken", "EZ"),
    ("Buitenlandse Zaken", "BZ", "BuZa"),
    ("Defensie", "ministerie van Defensie", "defensieministerie"),
    ("Financiën", "ministerie van Financiën"),
    ("Infrastructuur en Waterstaat", "IenW", "I&W"),
    ("Landbouw, Visserij, Voedselzekerheid en Natuur", "LVVN", "LNV", "Landbouw, Natuur en Voedselkwaliteit"),
    ("Klimaat en Groene Groei", "KGG"),
    ("Volkshuisvesting en Ruimtelijke Ordening", "VRO"),
    ("Asiel en Migratie", "AenM"),
    ("Algemene Zaken", "AZ"),
    ("Economische Zaken en Klimaat", "EZK"),
)


def fold(text: str) -> str:
    """Lowercase, accents stripped, whitespace collapsed ("Oekraïense" -> "oekraiense")."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip()


def key(name: str) -> str:
    """Lookup key of a name: folded, without a leading article, plural 's and surrounding punctuation."""
    if re.fullmatch(r"[A-Z]{2,}s", name.strip()):  # an acronym's plural: "SDGs" is "SDG's"
        name = name.strip()[:-1]
    k = fold(name).strip(" .,;:()‘'\"")
    for article in ARTICLES:
        if k.startswith(article):
            k = k[len(article) :]
    k = re.sub(r"^(?:ministerie|minister|staatssecretaris|staatssecretarissen) (?:van|voor) ", "", k)
    return re.sub(r"(?<=[a-z0-9])'s$", "", k)


def is_acronym(token: str) -> bool:
    """An acronym: 2-10 characters, starting with a capital, with at least two capitals ("CRM", "JenV", "ECAD-P")."""
    return bool(re.fullmatch(r"[A-Z][A-Za-z&-]{1,9}", token)) and sum(c.isupper() for c in token) >= 2


def _words(long_form: str) -> list[str]:
    return [w for w in re.split(r"[\s/-]+", long_form) if re.search(r"\w", w)]


def _word_letters(word: str, letters: str) -> list[int]:
    """How many acronym letters (from the start of `letters`) this word can supply: 1 (its initial) or more
    when the rest follow inside the word in order (Planbureau -> P, B; RijksAcademie -> R, A)."""
    w = fold(word)
    if not letters or not w or w[0] != letters[0]:
        return []
    options = [1]
    pos = 1
    for n in range(1, len(letters)):
        i = w.find(letters[n], pos)
        if i < 0:
            break
        options.append(n + 1)
        pos = i + 1
    return options


def acronym_matches(acronym: str, long_form: str) -> bool:
    """The acronym's letters are the initials of the long form's words, in order; function words may be
    skipped, content words may not, and a word may supply more letters from inside it (a compound)."""
    letters = fold(re.sub(r"[^A-Za-z]", "", acronym))
    words = _words(long_form)
    if len(letters) < 2 or not words or len(words) > 2 * len(letters) + 3:
        return False
    if len(words) == 1 and not re.search(r"[a-z][A-Z]", words[0]):
        return False  # one plain word: any long word would match
    return _match(letters, tuple(words), 0, 0)


@lru_cache(maxsize=4096)
def _match(letters: str, words: tuple[str, ...], li: int, wi: int) -> bool:
    if wi == len(words):
        return li == len(letters)
    word = words[wi]
    skippable = fold(word) in FUNCTION_WORDS and wi > 0
    if skippable and _match(letters, words, li, wi + 1):
        return True
    return any(_match(letters, words, li + n, wi + 1) for n in _word_letters(word, letters[li:]))


def long_form_before(acronym: str, preceding: str) -> str | None:
    """The shortest run of words at the end of `preceding` whose initials spell the acronym."""
    words = preceding.split()
    for n in range(1, min(len(words), 2 * len(acronym) + 4) + 1):
        candidate = " ".join(words[-n:])
        first = fold(words[-n])
        if first in FUNCTION_WORDS and not fold(acronym).startswith(first[0]):
            continue
        if acronym_matches(acronym, candidate):
            return candidate.strip(" ,;:‘'\"“”")
    return None


HEAD_NAME_WORDS = 14  # at most this many words in a name whose capitalised head spells the acronym


def head_long_form(acronym: str, preceding: str) -> str | None:
    """A name whose capitalised head gives the acronym and whose lowercase rest does not: "Nationaal Actieprogramma
    Aanpak seksueel grensoverschrijdend gedrag en seksueel geweld (NAP)". The whole name is the long form."""
    words = preceding.split()
    for n in range(2, min(len(words), HEAD_NAME_WORDS) + 1):
        candidate = words[-n:]
        if not candidate[0][:1].isupper():
            continue
        capitalised = next((i for i, w in enumerate(candidate) if not w[:1].isupper()), len(candidate))
        if capitalised < len(candidate) and any(acronym_matches(acronym, " ".join(candidate[:h])) for h in range(capitalised, 0, -1)):
            return " ".join(candidate).strip(" ,;:‘'\"“”")
    return None


DEFINITION = re.compile(r"\((?:hierna:?\s*)?(?P<acr>[A-Z][A-Za-z&-]{1,9})(?:[’']s)?\)")
REVERSE = re.compile(r"\b(?P<acr>[A-Z][A-Za-z&-]{1,9})\s+\((?P<long>[^()]{4,120})\)")
FIND_LIMIT = 200


def find_definitions(text: str) -> list[tuple[str, str]]:
    """(acronym, long form) pairs defined in the text, in both directions."""
    flat = re.sub(r"\s+", " ", text)
    found: list[tuple[str, str]] = []
    for m in DEFINITION.finditer(flat):
        acr = m.group("acr")
        if not is_acronym(acr):
            continue
        preceding = re.split(r"[.;:!?()]\s", flat[max(0, m.start() - FIND_LIMIT) : m.start()])[-1]
        long = long_form_before(acr, preceding) or head_long_form(acr, preceding)
        if long:
            found.append((acr, long))
    for m in REVERSE.finditer(flat):
        acr, long = m.group("acr"), m.group("long").strip()
        if is_acronym(acr) and acronym_matches(acr, long):
            found.append((acr, long))
    return found


def classify(long_form: str) -> EntityClass:
    """Organisation when a word of the long form names a body ("College", "Autoriteit", "Expertisecentrum")."""
    words = [fold(w) for w in _words(long_form)]
    return "organisation" if any(w.endswith(ORGANISATION_WORDS) for w in words) else "other"


@dataclass
class AliasTable:
    """Maps every form of a name (folded) to one canonical form and a class."""

    canon: dict[str, str] = field(default_factory=dict)  # key(form) -> canonical name
    kinds: dict[str, EntityClass] = field(default_factory=dict)  # canonical name -> class
    acronyms: dict[str, str] = field(default_factory=dict)  # acronym as written -> canonical long form
    forms: dict[str, list[str]] = field(default_factory=dict)  # canonical -> forms as written

    def add(self, forms: Iterable[str], kind: EntityClass) -> str:
        """Register forms of one entity; a form that is already known keeps its canonical name, and the
        new forms join it. Returns the canonical name."""
        forms = [f.strip() for f in forms if f.strip()]
        known = next((self.canon[key(f)] for f in forms if key(f) in self.canon), None)
        canonical = known or max(forms, key=lambda f: (not is_acronym(f), len(f)))
        self.kinds.setdefault(canonical, kind)
        for f in forms:
            self.canon.setdefault(key(f), canonical)
            if f not in self.forms.setdefault(canonical, []):
                self.forms[canonical].append(f)
            if is_acronym(f) and f not in self.acronyms and key(canonical) != key(f):
                self.acronyms[f] = canonical
        return canonical

    def canonical(self, name: str) -> str:
        """The same value for every form of a name; an unknown name gives its own key."""
        return self.canon.get(key(name), key(name))

    def kind(self, name: str) -> EntityClass | None:
        """Class of a known name ("country", "ministry", ...), None when unknown."""
        k = key(name)
        return self.kinds.get(self.canon[k]) if k in self.canon else None

    def same(self, a: str, b: str) -> bool:
        """True when a and b name the same entity: one canonical form, or one is the acronym of the other."""
        if key(self.canonical(a)) == key(self.canonical(b)):
            return True
        short, long = sorted((a.strip(), b.strip()), key=len)
        return is_acronym(short) and acronym_matches(short, re.sub(r"^(?:de|het)\s+", "", long, flags=re.I))

    def names(self) -> list[str]:
        """Every known form as written, longest first (for matching in text)."""
        return sorted({f for forms in self.forms.values() for f in forms}, key=len, reverse=True)

    def expand(self, text: str) -> str:
        """The text with each known acronym followed by its long form ("CRM" -> "CRM (College voor ...)"),
        unless the long form is already next to it."""

        def repl(m: re.Match[str]) -> str:
            acr = m.group(0)
            long = self.acronyms[acr]
            around = fold(text[max(0, m.start() - len(long) - 4) : m.end() + len(long) + 4])
            return acr if fold(long) in around else f"{acr} ({long})"

        if not self.acronyms:
            return text
        pattern = r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in sorted(self.acronyms, key=len, reverse=True)) + r")(?![\w-])"
        return re.sub(pattern, repl, text)

    def to_dict(self) -> dict:
        """Plain JSON-ready data (for storing in the index)."""
        return {"canon": self.canon, "kinds": self.kinds, "acronyms": self.acronyms, "forms": self.forms}

    @classmethod
    def from_dict(cls, data: dict) -> "AliasTable":
        return cls(dict(data["canon"]), dict(data["kinds"]), dict(data["acronyms"]), {k: list(v) for k, v in data["forms"].items()})

    @classmethod
    def fixed(cls) -> "AliasTable":
        """Countries, regions and ministries only (no document needed)."""
        table = cls()
        for group in COUNTRIES:
            table.add(group, "country")
        for group in REGIONS:
            table.add(group, "region")
        for group in (("Verenigde Naties", "VN", "UN", "United Nations"), ("Raad van Europa",), *NATIONAL_BODIES):
            table.add(group, "organisation")
        table.add(LHBTIQ, "other")
        table.add(PARLIAMENT, "other")  # (not an organisation: the letters' addressee is no actor to compare)
        for group in LAWS:
            table.add(group, "other")
        for long, *short in MINISTRIES:
            table.add([long, f"ministerie van {long}", *short], "ministry")
        return table


def build_alias_table(texts: Iterable[str]) -> AliasTable:
    """The fixed table plus every acronym the texts define; an acronym defined with different long forms
    keeps the one used most often."""
    table = AliasTable.fixed()
    counts: Counter[tuple[str, str]] = Counter()
    for text in texts:
        counts.update(find_definitions(text))
    best: dict[str, str] = {}
    for (acr, long), _n in counts.most_common():
        best.setdefault(acr, long)
    for acr, long in best.items():
        if key(acr) in table.canon and key(long) not in table.canon:
            continue  # a fixed name ("EU", "OCW") is not redefined by a document
        table.add([long, acr], classify(long))
    # a long name shortened to its first capitalised words ("het Nationaal Actieprogramma" for the NAP), when no other
    # definition starts so
    heads = Counter(h for long in best.values() for h in name_heads(long))
    for acr, long in best.items():
        for head in name_heads(long):
            if heads[head] == 1 and key(head) not in table.canon and key(long) in table.canon:
                table.add([table.canonical(long), head], classify(long))
    return table


def name_heads(long: str) -> list[str]:
    """The shorter forms of a long name made of its first capitalised words, two or more ("Nationaal Actieprogramma",
    "Nationaal Actieprogramma Aanpak" of "Nationaal Actieprogramma Aanpak seksueel grensoverschrijdend gedrag ...")."""
    words = long.split()
    run = 0
    while run < len(words) and words[run][:1].isupper():
        run += 1
    return [" ".join(words[:i]) for i in range(2, min(run, len(words) - 1) + 1)]


@lru_cache(maxsize=1)
def default_table() -> AliasTable:
    """The fixed table, shared (do not modify)."""
    return AliasTable.fixed()
