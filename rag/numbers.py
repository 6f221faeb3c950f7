"""Find and normalise the numbers in Dutch text: counts, percentages, amounts, years and dates.

    "€ 4,50" = "4,50 euro"                 -> amount 4.5
    "15,3%" = "15,3 procent"               -> percentage 15.3
    "twee op de tien" = "2 op 10"          -> percentage 20
    "bijna drieduizend"                    -> number 3000, approximate
    "tienduizenden"                        -> number 20,000 to 100,000
    "2745" = "2.745"                       -> number 2745
    "april 2025", "18 november 2024"       -> date 2025.04 / 2024.1118
    "2024"                                 -> year 2024
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

Kind = Literal["number", "percentage", "amount", "year", "date", "ordinal"]

UNITS = {
    "nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
    "zeventien": 17, "achttien": 18, "negentien": 19,
}
TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90}
UNIT_WORDS = r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)"  # the units of a compound ("vijfentwintig")
TENS_WORDS = rf"(?:{'|'.join(TENS)})"
MULTIPLIERS = {"honderd": 100, "duizend": 1000}
BIG = {"miljoen": 1e6, "mln": 1e6, "miljard": 1e9, "mld": 1e9}
MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
}
FRACTIONS = {"de helft": 50.0, "helft": 50.0, "een derde": 100 / 3, "twee derde": 200 / 3, "een kwart": 25.0, "kwart": 25.0, "driekwart": 75.0, "drie kwart": 75.0, "een vijfde": 20.0, "een zesde": round(100 / 6, 2), "een achtste": 12.5, "een tiende": 10.0,
             "derde": 100 / 3, "vijfde": 20.0, "zesde": round(100 / 6, 2), "achtste": 12.5,
             "twee vijfde": 40.0, "drie vijfde": 60.0, "vier vijfde": 80.0, "twee tiende": 20.0, "drie tiende": 30.0,
             "vier tiende": 40.0, "zes tiende": 60.0, "zeven tiende": 70.0, "acht tiende": 80.0, "negen tiende": 90.0}
BARE_FRACTIONS = ("kwart", "derde", "vijfde", "zesde", "achtste")
# ... a share also where a headline opens with it ("Kwart van vrouwelijke statushouders heeft betaald werk")
HEADLINE_SHARE = re.compile(r"^(?:kwart|derde|vijfde)\s+van\s+(?!de\s+(?:eeuw|maand|jaar)\b)", re.I)
ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7, "achtste": 8, "negende": 9, "tiende": 10}
# Ordinals that rank nothing: a fixed phrase ("op het eerste gezicht", "in eerste instantie"), a name ("Tweede Kamer")
FIXED_ORDINAL_PHRASE = r"eerste\s+(?:gezicht|plaats|instantie|oogopslag)"
ORDINAL_IDIOM = re.compile(rf"(?:eerste|tweede)\s+kamer\b|{FIXED_ORDINAL_PHRASE}\b", re.I)
DAY_BEFORE = re.compile(r"\b(?:op|tot|vanaf|sinds|per)\s+de\s+(?:\d{1,2}e\s+(?:en|of|t/m)\s+de\s+)?$", re.I)  # ("op de 6e en de 14e")
VERSUS = r"(?:versus|tegenover|tegen|vs\.?)"  # one figure against another ("16 tegen 7%", "17% ... versus 47% ...")
PARAGRAPH_NUMBER = re.compile(r"(?<![\w-])lid\s+(\d{1,2})(?![\d\w])", re.I)
ORDINAL = re.compile(rf"\b(?P<w>{'|'.join(ORDINALS)})\b|\b(?P<n>\d{{1,2}})e\b", re.I)
APPROX = r"(?:bijna|ruim|circa|ca\.|ongeveer|zo'n|zo’n|rond|nagenoeg|meer dan|minder dan|bijkans|tegen de|over de|dik|krap|nog geen|nog niet eens)"
# "een" is a number only in "een op de N"; as a word it is the article.
NUMBER_WORD = r"(?:[a-zéë]*(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|tien|tig|honderd|duizend)[a-zéë]*)"
DIGITS = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"

FRACTION = re.compile(rf"\b(?P<approx>{APPROX}\s+)?(?P<f>{'|'.join(sorted(FRACTIONS, key=len, reverse=True))})\b", re.I)
RATIO = re.compile(rf"\b(?P<approx>{APPROX}\s+)?(?P<a>{DIGITS}|{NUMBER_WORD})\s+(?:(?:op|van)\s+(?P<de>de)|op)\s+(?P<b>{DIGITS}|{NUMBER_WORD})\b", re.I)
DATE = re.compile(rf"\b(?:(?P<day>\d{{1,2}})\s+)?(?P<month>{'|'.join(MONTHS)})\s+(?P<year>(?:19|20)\d\d)\b", re.I)
AMOUNT = re.compile(
    rf"(?:€\s?(?P<a1>{DIGITS})(?:\s*(?P<big1>miljoen|miljard|mln|mld)\.?)?)"
    rf"|(?:\b(?P<a2>{DIGITS}|{NUMBER_WORD})(?P<half>\s+en\s+een\s+hal(?:f|ve))?\s*(?P<big2>miljoen|miljard|mln|mld)?\.?\s*(?:euro|EUR)\b"
    rf"(?:\s+(?P<cents>{UNIT_WORDS}(?:en|ën){TENS_WORDS}|tien|{TENS_WORDS})\b)?)",  # "vier euro vijftig" = 4.50
    re.I,
)
HALF_AMOUNT = re.compile(r"(?<![\w-])(?:een\s+)?(?P<h>half|anderhalf)\s+(?P<big>miljoen|miljard)(?P<euro>\s+euro)?(?![\w-])", re.I)
PERCENT = re.compile(rf"(?P<n>{DIGITS}|{NUMBER_WORD})\s?(?:%|procent\b|procentpunt(?:en)?\b)", re.I)
YEAR = re.compile(r"(?<![\d.,/-])(?:19|20)\d\d(?![\d.,]\d|/)")
QUANTITY_BEFORE = re.compile(r"(?<![\w-])(?:ruim|meer\s+dan|minder\s+dan|bijna|ongeveer|zo['’]n|maar\s+liefst|slechts|nog\s+geen|"
                             r"more\s+than|fewer\s+than|less\s+than|nearly|almost)\s+$", re.I)  # (not "rond 2030", "circa 2030")
NUMBER = re.compile(rf"(?<![\w.,/-])(?P<n>{DIGITS})(?:\s*(?P<big>miljoen|miljard))?(?![\w%]|,\d|\.\d)", re.I)
WORD_NUMBER = re.compile(rf"\b(?P<n>{NUMBER_WORD})(?:\s+(?P<big>miljoen|miljard))?\b", re.I)
RELATIVE_AFTER = re.compile(r"\s+(?:daarvan|hiervan|ervan|van dat|van die|van dit|van deze)\b", re.I)
RELATIVE_BEFORE = re.compile(r"\b(?:daarvan|hiervan)\s+$", re.I)
# the first day of two in one month ("op 6 en 14 november 2024"): a date of that month too
DAY_BEFORE_DATE = re.compile(r"(?<![\w.,/-])(\d{1,2})\s*(?:en|,|tot\s+en\s+met|t/m|-|–)\s*$", re.I)
APPROX_BEFORE = re.compile(rf"{APPROX}\s+$", re.I)
# An order of magnitude in the plural: "honderden" is a few hundred up to a thousand, "tienduizenden" tens of thousands.
MAGNITUDES = {"honderden": 100, "duizenden": 1000, "tienduizenden": 10_000, "honderdduizenden": 100_000, "miljoenen": 1_000_000}
MAGNITUDE = re.compile(rf"\b(?:{'|'.join(MAGNITUDES)})\b", re.I)


def magnitude_range(v: "Value") -> tuple[float, float] | None:
    """(low, high) of a plural order of magnitude ("honderden": 200 to 1000), None for other values."""
    base = MAGNITUDES.get(v.text.lower()) if v.kind == "number" else None
    return (2.0 * base, 10.0 * base) if base else None


@dataclass(frozen=True)
class Value:
    kind: Kind
    text: str
    value: float
    start: int
    end: int
    approximate: bool = False
    side: int = 0  # of an approximation, where the value lies: above it ("ruim 3000") +1, below ("bijna 80%") -1


def parse_digits(s: str) -> float:
    """Dutch digits: '.' groups thousands, ',' is the decimal mark ('2.745' = 2745, '4,50' = 4.5)."""
    s = s.strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "")
    return float(s.replace(",", "."))


def parse_word(word: str) -> float | None:
    """Dutch number words, including compounds: 'vijfentwintig', 'drieduizend', 'tweehonderdvijftig'."""
    w = word.lower().replace("één", "een")
    if not w:
        return None
    total = 0
    for mult_word, mult in (("duizend", 1000), ("honderd", 100)):
        if mult_word in w:
            head, _, tail = w.partition(mult_word)
            head_value = 1 if head == "" else parse_word(head)
            if head_value is None:
                return None
            rest = 0 if tail == "" else parse_word(tail.removeprefix("en"))
            if rest is None:
                return None
            return total + head_value * mult + rest
    if w in UNITS:
        return UNITS[w]
    if w in TENS:
        return TENS[w]
    m = re.fullmatch(rf"({UNIT_WORDS})(?:en|ën)({TENS_WORDS})", w)
    if m:
        return UNITS[m.group(1)] + TENS[m.group(2)]
    return None


def parse_number(s: str) -> float | None:
    s = s.strip()
    if re.match(r"\d", s):
        try:
            return parse_digits(s)
        except ValueError:
            return None
    return parse_word(s)


ABOVE = frozenset(("ruim", "dik", "meer dan", "over de"))
BELOW = frozenset(("bijna", "krap", "nog geen", "nog niet eens", "tegen de", "bijkans", "minder dan"))


def _approximation(text: str, start: int) -> tuple[bool, int]:
    """Whether an approximation stands before `start`, and its side: +1 when it puts the value above ("ruim 3000"), -1
    below ("bijna 80%"), else 0."""
    m = APPROX_BEFORE.search(text[max(0, start - 20) : start])
    word = re.sub(r"\s+", " ", m.group(0).strip().lower()) if m else ""
    return m is not None, 1 if word in ABOVE else -1 if word in BELOW else 0


ACHTEN = re.compile(r"\s+(?:het|de|u|zij|ze|hij|wij|we|ik|men|jij|je|dit|dat|deze|die)\b", re.I)  # "acht" as a verb ("acht het kabinet")


def extract_values(text: str) -> list[Value]:
    """All values in the text, longest match first; no two values overlap (a new list: callers may change it)."""
    return list(cached_values(text))


@lru_cache(maxsize=1 << 14)
def cached_values(text: str) -> tuple[Value, ...]:
    """`extract_values`, cached: an answer reads the values of the same index sentences for every question."""
    found: list[Value] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(kind: Kind, s: int, e: int, value: float | None, approx: bool = False) -> None:
        if value is None or not free(s, e):
            return
        taken.append((s, e))
        before, side = _approximation(text, s)
        found.append(Value(kind, text[s:e], float(value), s, e, approx or before, side))

    for m in RATIO.finditer(text):
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if a is None or not b or a > b or (not m.group("de") and (b not in (10, 100, 1000) or a == b)):
            continue  # without "de" only "6 op 10", "een op honderd" ("steeg van 2 op 5" is a change, "2023 op 2024" no share)
        add("percentage", m.start("a"), m.end(), round(100 * a / b, 2), bool(m.group("approx")))
    for m in FRACTION.finditer(text):
        if m.group("f").lower() in BARE_FRACTIONS and not m.group("approx") and not HEADLINE_SHARE.match(text, m.start()):
            continue  # a bare "kwart" is a share only after "zo'n", "ruim", ... ("het eerste kwart" is a quarter of a year,
            # "de zesde" a rank; "nog geen zesde van de bestuurders" a share)
        if RELATIVE_AFTER.match(text, m.end()) or RELATIVE_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue  # a share of another figure ("bij mannen is dat de helft daarvan, 20 procent") is no share of its own
        add("percentage", m.start("f"), m.end(), round(FRACTIONS[m.group("f").lower()], 2), bool(m.group("approx")))
    for m in DATE.finditer(text):
        month = MONTHS[m.group("month").lower()]
        day = int(m.group("day")) if m.group("day") else 0
        add("date", m.start(), m.end(), int(m.group("year")) + month / 100 + day / 10000)
        before = max(0, m.start() - 16)
        first = DAY_BEFORE_DATE.search(text[before : m.start()]) if day else None
        if first is not None and 1 <= int(first.group(1)) <= 31:
            add("date", before + first.start(1), before + first.end(1), int(m.group("year")) + month / 100 + int(first.group(1)) / 10000)
    for m in AMOUNT.finditer(text):
        raw = m.group("a1") or m.group("a2")
        big = m.group("big1") or m.group("big2")
        n = parse_number(raw)
        if n is not None:
            cents = parse_word(m.group("cents")) / 100 if m.group("cents") and not big else 0
            n += 0.5 if m.group("half") else 0  # "vier en een halve euro" = 4.50
            add("amount", m.start(), m.end(), n * BIG.get((big or "").lower(), 1) + cents)
    for m in HALF_AMOUNT.finditer(text):  # "een half miljoen euro", "anderhalf miljard"
        n = (1.5 if m.group("h").lower() == "anderhalf" else 0.5) * BIG[m.group("big").lower()]
        add("amount" if m.group("euro") else "number", m.start(), m.end(), n)
    for m in PERCENT.finditer(text):
        add("percentage", m.start(), m.end(), parse_number(m.group("n")))
    for m in ORDINAL.finditer(text):
        if ORDINAL_IDIOM.match(text, m.start()):
            continue  # "de Tweede Kamer", "op het eerste gezicht", "in de eerste plaats": no rank
        if m.group("n") and DAY_BEFORE.search(text[max(0, m.start() - 24) : m.start()]):
            continue  # "op de 6e en de 14e": days of a month
        add("ordinal", m.start(), m.end(), ORDINALS[m.group("w").lower()] if m.group("w") else int(m.group("n")))
    for m in PARAGRAPH_NUMBER.finditer(text):  # "artikel 10, lid 3" is the article's "derde lid": a rank, not a count
        add("ordinal", m.start(1), m.end(1), int(m.group(1)))
    for m in YEAR.finditer(text):
        if QUANTITY_BEFORE.search(text[max(0, m.start() - 16) : m.start()]):
            continue  # "ruim 2000 open datasets": a count (read as a number below), not a year
        add("year", m.start(), m.end(), int(m.group(0)))
    for m in NUMBER.finditer(text):
        n = parse_number(m.group("n"))
        if n is not None:
            add("number", m.start(), m.end(), n * BIG.get((m.group("big") or "").lower(), 1))
    for m in MAGNITUDE.finditer(text):
        add("number", m.start(), m.end(), 2 * MAGNITUDES[m.group(0).lower()], approx=True)
    for m in WORD_NUMBER.finditer(text):
        if m.group("n").lower() in ("een", "één") and not m.group("big"):
            continue  # the article, not the number one (but "een miljoen mensen" is a million)
        if m.group("n").lower() == "acht" and not m.group("big") and ACHTEN.match(text, m.end()):
            continue  # "In hoeverre acht het kabinet ...": the verb achten
        n = parse_word(m.group("n"))
        if n is not None:
            add("number", m.start(), m.end(), n * BIG.get((m.group("big") or "").lower(), 1))
    return tuple(sorted(found, key=lambda v: v.start))


def date_month(v: Value) -> int:
    """The month of a date value (encoded as year + month / 100 + day / 10000 by `cached_values`); 0 for a bare year."""
    return round(v.value % 1 * 100)


# A month as a headline abbreviates it before a year ("1 jan. 2025", "sept 2024")
MONTH_ABBREVIATION = re.compile(r"\b(jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)\.?(?=\s+(?:19|20)\d\d\b)", re.I)
MONTH_OF_ABBREVIATION = {"jan": "januari", "feb": "februari", "mrt": "maart", "apr": "april", "jun": "juni", "jul": "juli",
                         "aug": "augustus", "sep": "september", "sept": "september", "okt": "oktober", "nov": "november",
                         "dec": "december"}


def with_month_names(text: str) -> str:
    """The text with its abbreviated months written out ("1 jan. 2025" -> "1 januari 2025")."""
    return MONTH_ABBREVIATION.sub(lambda m: MONTH_OF_ABBREVIATION[m.group(1).lower()], text)


def same_value(a: Value, b: Value) -> bool:
    """Equal after normalisation; approximations ('bijna 3000') match within 10%."""
    if a.kind == "date" and b.kind == "date":
        # "april 2025" (no day) matches "15 april 2025"
        ya, yb = int(a.value), int(b.value)
        ma, mb = int((a.value - ya) * 100 + 1e-6), int((b.value - yb) * 100 + 1e-6)  # 2024.1118 -> 11
        return ya == yb and (ma == 0 or mb == 0 or ma == mb)
    ra, rb = magnitude_range(a), magnitude_range(b)
    if ra or rb:  # "tienduizenden" is 20,000 to 100,000: the same as any value in that range
        (la, ha), (lb, hb) = ra or (a.value, a.value), rb or (b.value, b.value)
        return la <= hb and lb <= ha
    if a.approximate or b.approximate:
        big = max(abs(a.value), abs(b.value), 1e-9)
        # (an exact value on the wrong side of a one-sided one is not it: 2745 is not "ruim drieduizend")
        one_sided = next(((x, y) for x, y in ((a, b), (b, a)) if x.side and not y.approximate), None)
        if one_sided and (one_sided[1].value - one_sided[0].value) * one_sided[0].side < -0.005 * big:
            return False
        return abs(a.value - b.value) / big <= 0.10
    return abs(a.value - b.value) < 1e-6


def comparable(a: Value, b: Value) -> bool:
    """Values of kinds that can be compared (a year and a date's year, a count and a count)."""
    kinds = {a.kind, b.kind}
    return a.kind == b.kind or kinds == {"year", "date"}


def loosely_equal(a: Value, b: Value) -> bool:
    """Equal numbers written as different kinds: "16 procent ... tegen 7 procent" vs "(16 tegen 7%)"."""
    return {a.kind, b.kind} <= {"number", "percentage"} and abs(a.value - b.value) < 1e-6


# ------------------------------------------------------------------ English values, said the Dutch way

EN_MONTHS = dict(zip("january february march april may june july august september october november december".split(), MONTHS))
# ("one" is left out: it is mostly a pronoun, "one of the ...")
EN_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
EN_NUMBERS = ({w: str(i) for i, w in enumerate(EN_UNITS.split()) if w != "one"}
              | {w: str(20 + 10 * i) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())})
_EN_MONTH = "|".join(EN_MONTHS)
# a month with a day or a year ("5 June 2023", "June 5, 2023", "in May 2025"; not the verb "may")
EN_DATE = re.compile(rf"\b(?:(?P<d1>\d{{1,2}})\s+)?(?P<m>{_EN_MONTH})(?:\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?)?(?P<y>\s+(?:19|20)\d\d)?\b", re.I)
_EN_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
EN_NUMBER = re.compile(rf"\b(?P<n>(?:(?:{_EN_TENS})[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)|{'|'.join(EN_NUMBERS)})"
                       rf"(?:\s+(?P<big>hundred|thousand))?\b", re.I)
# parts of a year and spans, as the documents write them ("eind 2026", "rond de zomer van 2025", "van 2024 tot en met 2030")
EN_PERIODS = tuple((re.compile(english, re.I), dutch) for english, dutch in (
    (r"\b(?:by |at |towards )?(?:the )?end of (?=(?:19|20)\d\d\b)|\blate (?=(?:19|20)\d\d\b)", "eind "),
    (r"\b(?:the )?(?:start|beginning) of (?=(?:19|20)\d\d\b)|\bearly (?=(?:19|20)\d\d\b)", "begin "),
    (r"\b(?:the )?middle of (?=(?:19|20)\d\d\b)|\bmid-?(?=(?:19|20)\d\d\b)", "medio "),
    (r"\b(?:the )?summer(?: of)? (?=(?:19|20)\d\d\b)", "de zomer van "),
    (r"\b(?:the )?(?:autumn|fall)(?: of)? (?=(?:19|20)\d\d\b)", "het najaar van "),
    (r"\b(?:the )?spring(?: of)? (?=(?:19|20)\d\d\b)", "het voorjaar van "),
    (r"\bfrom ((?:19|20)\d\d) (?:until|till|to|through) ((?:19|20)\d\d)\b", r"van \1 tot en met \2"),
    (r"\bbetween ((?:19|20)\d\d) and ((?:19|20)\d\d)\b", r"tussen \1 en \2"),
    (r"\b(\d+)(?:\s+|-)years?\b", r"\1 jaar"),  # a duration ("three years" is "36 maanden")
    (r"\b(\d+)(?:\s+|-)months?\b", r"\1 maanden"),
    (r"\b(\d+)(?:\s+|-)weeks?\b", r"\1 weken"),
))
EN_BIG = {"million": "miljoen", "billion": "miljard", "euros": "euro", "euro": "euro"}


# A bound or a hedge before an English figure, the Dutch way (rag.contradictions reads "minder dan 25 procent" as a bound)
EN_BOUND_WORDS = {"fewer than": "minder dan", "less than": "minder dan", "more than": "meer dan", "greater than": "meer dan",
                  "almost": "bijna", "nearly": "bijna", "at least": "ten minste", "at most": "hooguit", "about": "ongeveer",
                  "around": "ongeveer", "roughly": "ongeveer", "approximately": "ongeveer"}


def spaced(phrase: str) -> str:
    """A phrase as a regex with any whitespace between its words."""
    return r"\s+".join(phrase.split())


EN_BOUNDS = tuple((re.compile(rf"\b{spaced(english)}\s+(?=[€\d])", re.I), dutch + " ") for english, dutch in EN_BOUND_WORDS.items())


# English fractions the Dutch way ("roughly a third" -> "ongeveer een derde", "nearly a quarter" -> "bijna een kwart"), with
# the bound before them; "half" only as a share ("half of all women", not "the first half of 2025")
# (the bounds of a figure, and "over"/"under"; not "at least", "at most", "greater than", which no claim put before one)
FRACTION_BOUNDS = {**{english: dutch for english, dutch in EN_BOUND_WORDS.items() if english not in ("at least", "at most", "greater than")},
                   "over": "meer dan", "under": "minder dan"}
EN_FRACTION = re.compile(rf"\b(?:(?P<bound>{'|'.join(spaced(b) for b in FRACTION_BOUNDS)})\s+)?"
                         r"(?P<fraction>(?:a|one)\s+third|two[\s-]+thirds|(?:a|one)\s+quarter|three[\s-]+quarters|(?<!first\s)(?<!second\s)half(?=\s+of\b))"
                         # (not one the claim gives exactly right after: "about a quarter (25.3%)", "More than half ..., 53 percent")
                         r"(?![^.;]{0,40}?\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent))", re.I)
EN_FRACTIONS = {"third": "een derde", "thirds": "twee derde", "quarter": "een kwart", "quarters": "driekwart", "half": "de helft"}


def dutch_fraction(m: re.Match[str]) -> str:
    """An EN_FRACTION match the Dutch way."""
    bound = FRACTION_BOUNDS[re.sub(r"\s+", " ", m.group("bound").lower())] + " " if m.group("bound") else ""
    return bound + EN_FRACTIONS[re.split(r"[\s-]+", m.group("fraction").lower())[-1]]


ONE_IN = re.compile(r"\bone(?=\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)\b)", re.I)


def as_dutch_values(text: str) -> str:
    """An English text with its figures written as the Dutch documents write them, so that `extract_values` reads them:
    "five years" -> "5 years", "5 June 2023" -> "5 juni 2023", "14 per cent" -> "14%", "four in five" -> "4 op de 5",
    "€2 million" -> "€2 miljoen", "fewer than 15%" -> "minder dan 15%" (a bound, `EN_BOUNDS`), "nearly a quarter" ->
    "bijna een kwart" (`EN_FRACTION`). "one" stays a word (it is mostly a pronoun), and so does "may" without a day or
    year."""
    def date(m: re.Match[str]) -> str:
        day, year = m.group("d1") or m.group("d2"), m.group("y")
        if not day and not year:
            return m.group(0)
        month = EN_MONTHS[m.group("m").lower()]
        return " ".join(x for x in (day, month, year.strip() if year else None) if x)

    def number(m: re.Match[str]) -> str:
        tens, _, unit = m.group("n").lower().replace("-", " ").partition(" ")
        n = int(EN_NUMBERS[tens]) + (1 if unit == "one" else int(EN_NUMBERS.get(unit, 0)))
        big = (m.group("big") or "").lower()
        return str(n * (100 if big == "hundred" else 1000 if big == "thousand" else 1))

    text = re.sub(r"(?<![\d.,])(\d{1,3}),(\d{3})(?![\d,])", r"\1\2", text)  # "1,200" is 1200 in English (1,2 in Dutch)
    text = re.sub(r"(?<![\d.,])(\d+)\.(\d{1,2})(?![\d.])", r"\1,\2", text)  # "2.5" is "2,5"
    text = EN_DATE.sub(date, text)
    text = EN_FRACTION.sub(dutch_fraction, text)
    text = ONE_IN.sub("1", text)  # ("one in ten" is a ratio, no pronoun)
    text = EN_NUMBER.sub(number, text)
    for english, dutch in EN_PERIODS:
        text = english.sub(dutch, text)
    text = re.sub(r"(\d)\s*(?:per\s*cent|percent)\b", r"\1%", text, flags=re.I)
    text = re.sub(r"\b(\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?(\d+)\b", r"\1 op de \2", text, flags=re.I)
    for english, dutch in EN_BOUNDS:  # "fewer than 15%" is "minder dan 15%", a bound like the documents'
        text = english.sub(dutch, text)
    return re.sub(r"\b(million|billion|euros?)\b", lambda m: EN_BIG[m.group(1).lower()], text, flags=re.I)
