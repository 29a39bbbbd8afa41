"""A company in the words a rep wrote: a run of capitalised words after "at" or "from", a name with a
legal suffix ("Gaumont S.A.", "Chess & Co."), a company in Chinese or Japanese characters. The legal forms
themselves, and which dot is a company's own, are bot.domain.legal_forms's (re-exported here).

bot.domain.segment_reading and bot.domain.names decide where in a message a company may stand (after an
introducing word, a list item after the name); this module reads the company's own words there and knows
where they end: at a lower-case word in a capitalised message ("Umbrella this morning"), at a time
("at 3pm"), at a question or exclamation mark. A closing dot is the sentence's unless it is the company's
own ("Inc.", "S.A.").
"""

from __future__ import annotations

import re

from bot.domain import wordlists as words
from bot.domain.legal_forms import JOINING_WORDS, PREFIXED_COMPANY, SUFFIX_TOKEN, before_a_sentence
from bot.domain.legal_forms import LOWER_JOINERS as LOWER_JOINERS
from bot.domain.legal_forms import caseless as caseless
from bot.domain.legal_forms import has_suffix as has_suffix
from bot.domain.legal_forms import is_cjk_company as is_cjk_company
from bot.domain.legal_forms import is_cjk_legal_word as is_cjk_legal_word
from bot.domain.legal_forms import is_legal_form as is_legal_form
from bot.domain.legal_forms import prefixed as prefixed
from bot.domain.legal_forms import suffixed as suffixed
from bot.domain.legal_forms import without_end_dot as without_end_dot
from bot.domain.legal_forms import without_legal_form as without_legal_form
from bot.domain.wordlists import plain

# An amount or a currency: "12.400 €", "$3,250.00", "£4,800" is never a company's word.
# ("180,000/yr", "4.500/mes": an amount per period)
# ("15.000.000đ", "45.000tl": a currency's sign or letters right after it)
_AMOUNT = re.compile(r"[$€£¥₹₦₵₫₺₴₽]|\d{1,3}(?:[.,\u00a0 '\u2019]\d{3})+(?:[.,]\d+)?[^\W\d_]{0,3}(?:/\w{1,5})?$")
# A reference's code: digits and letters joined by a slash ("2025/118/KLA", "KLA/0441"), never a company's word.
_CODE = re.compile(r"(?=[^/]*/)(?=\S*\d)(?=\S*[^\W\d_])[\w.-]+(?:/[\w.-]+)+")
# Czech and Slovak "and son(s)", "and company" inside a capitalised company: "Řehoř a syn s.r.o."
# ... and Catalan "i Fills", "i Germans" (and sons, and brothers): "Cava Vilaró i Fills"
_SONS = frozenset({"syn", "synové", "synovia", "spol", "dcera", "dcery", "fills", "germans", "filles"})
_AND_SONS = re.compile(r"(?:a|i) (?:syn|synové|synovia|spol\.?|dcera|dcery|fills|germans|filles)")
# A day of the year: "5/20", "20.5.", "1/12/2026"
_DAY = re.compile(r"\d{1,2}[/.]\d{1,2}(?:[/.](?:\d{2}|\d{4}))?\.?[,;]?")
# A time of day: "2pm", "14h", "10:30".
_CLOCK = re.compile(r"\d{1,2}(?::\d{2})?(?:am|pm|h)|\d{1,2}:\d{2}", re.IGNORECASE)
_TIME = re.compile(r"\d{1,2}(?:[:.h]\d{2})?(?:am|pm|h)?[.,!?]?", re.IGNORECASE)


# What a business is, closing a lower-case company after a common word: "coffee lab", "surf school", "coffee mill"
_LOWER_BUSINESS_ENDS = frozenset({"lab", "labs", "mill", "school", "shop", "co", "company", "roasters", "bakery",
                                  "studio", "house", "bar", "cafe", "café", "kitchen", "works", "farm", "farms",
                                  # "bamenda highland coffee traders", "sangre de cristo log homes", "… ship chandlers"
                                  "traders", "homes", "tours", "chandlers", "mills", "imports", "exports", "outfitters",
                                  "builders", "motors", "foods", "supplies", "supply", "freight", "haulage",
                                  # "lanna craft beer", "visayas cold storage", "kilbrack marble co."
                                  "beer", "storage", "granite", "marble", "stone", "quarry", "quarries", "wines",
                                  "cannery",
                                  }) | words.BUSINESS_NOUNS  # ("drift & anchor coffee")

def company_run(tokens: list[str], lower: bool, *, listed: bool = False) -> str | None:
    """The company's words at the start of ``tokens``, up to what is not a company's word. ``listed``:
    the words are a list item of their own, where a number may start a company ("3 Rivers Brewing");
    after "at" it is a time or an address ("at 10 Downing Street")."""
    first = plain(tokens[0]) if tokens else ""
    if (not tokens or first.removesuffix("'s") in words.TRAILING and not _named_for_a_day(tokens)
            or first.startswith("o.o")  # "Sp. z o.o.": the legal form's "z" is no "from"
            or first in words.REFERENCE_WORDS or words.is_reference_label(first)
            or "-" in first and first.rsplit("-", 1)[1] in words.COMPOUND_TAILS  # "fra Roskilde-standen"
            or caseless(tokens[0]) and first in words.BUILDING_WORDS  # "من الجناح المجاور" (from the next stand)
            or _TIME.fullmatch(tokens[0]) and not (listed and _numbered_name(tokens))):
        return None  # "at 3pm", "at 10:30", "started Monday", "from today's webinar", "PO 88213"
    if listed and not lower and tokens[0][:1].islower() and tokens[0].islower() and not caseless(tokens[0]):
        return None  # "urgent", "signed NDA": a lower-case item in a capitalised message (not "easyJet")
    if lower and (first == "cty" or first == "công" and len(tokens) > 2 and plain(tokens[1]) == "ty"):
        return before_a_sentence(" ".join(tokens), lower=True)  # "ở công ty hoa lan đà lạt", all in lower case
    if not lower and first in ("công", "cty") and PREFIXED_COMPANY.match(" ".join(tokens[:3])) is not None:
        # "… bên Công ty TNHH Dệt Nam Định Xanh hẹn thứ Sáu": Vietnamese writes a company's words in lower case too
        # ("Công ty CP Thủy sản Năm Căn"), so its name runs to what it does or when
        return prefixed(" ".join(tokens))
    if not lower and len(tokens) > 2 and first in ("a", "an") and tokens[1][:1].isupper() and tokens[2].islower():
        return None  # "at a Thamel trekking shop": a kind of place, named for where it is, not a company's name
    if not lower and len(tokens) > 1 and tokens[0].islower() and first in words.ARTICLES and tokens[1][:1].isupper():
        tokens = tokens[1:]  # "directeur commercial de la Sucrerie du Walo": the article is no part of it
    # "Jane Roe at initrode": a company written in lower case is read as in a lower-case message.
    lower = lower or tokens[0][:1].islower() and not caseless(tokens[0])
    if lower and (formed := _to_a_lower_legal_form(tokens)) is not None:
        return formed
    run: list[str] = []
    word_was_z = False
    for index, token in enumerate(tokens):
        word = plain(token)
        if lower:
            fits = (any(ch.isalnum() for ch in token) and word not in words.COMMON or token == "&"
                    or bool(run) and word in words.COMPANY_NOUNS  # "wombat works"
                    # "gangneung coffee lab", "sanur surf school": a common word before what the business is
                    or bool(run) and (word in _LOWER_BUSINESS_ENDS or index + 1 < len(tokens)
                                      and plain(tokens[index + 1]) in _LOWER_BUSINESS_ENDS)
                    # "bodega los quirquinchos": an article between the company's words
                    or bool(run) and word in LOWER_JOINERS and index + 1 < len(tokens)
                    and plain(tokens[index + 1]) not in words.COMMON
                    # "nordlys havbruk as", "pokhara paper crafts pvt ltd": a legal form typed in lower case, last
                    or bool(run) and lower_legal_form_ends(tokens[index:])
                    # ... after its country in brackets: "galle harbour logistics (pvt) ltd"
                    or bool(run) and token in ("(pvt)", "(pty)", "(pte)") and index + 1 < len(tokens)
                    and plain(tokens[index + 1]) == "ltd"
                    # "great dyke granite": an adjective first, then what the business is within three words
                    or not run and word in words.NAMING_ADJECTIVES and any(
                        plain(following) in _LOWER_BUSINESS_ENDS for following in tokens[index + 2: index + 4]))
            # "acme mentioned the budget": a verb's ending ends a lower-case company
            fits = fits and not (run and word.endswith("ed") and not word.endswith("eed"))  # "feed & seed"
            if not run and word in words.DEPARTMENTS:
                fits = False
        else:
            fits = (token[:1].isupper() or token[:1].isdigit() or token == "&" or any(ch.isupper() for ch in token)
                    or caseless(token) and word not in words.KOREAN_COMMON  # ("회사 방문 예정": a visit planned)
                    # "Jökulsá Fiskur ehf.": a legal form written in lower case is still the company's
                    or (bool(run) and SUFFIX_TOKEN.fullmatch(token.rstrip(",?!")) is not None)
                    # "Bank of America", but not "Netherfield Estates on Monday"
                    or (bool(run) and word in words.COMPANY_JOINERS and _joins_a_capital(tokens, index + 1)))
            fits = fits and any(ch.isalnum() for ch in token) or token == "&" or bool(run) and (
                _AND_SONS.fullmatch(" ".join([*run[-1:], token]).lower()) is not None
                or word in ("a", "i") and index + 1 < len(tokens) and plain(tokens[index + 1]) in _SONS)
        if not fits and run and (word in _SP_LETTERS and plain(run[-1]) == "sp"
                                 or word == "sp" and index + 1 < len(tokens) and plain(tokens[index + 1]) in _SP_LETTERS
                                 or word.startswith("o.o") and word_was_z):
            fits = True  # "Kotłownia Bystrzyk Sp. z o.o.", "Hutmet-Bis sp. j.": Poland's legal forms, in lower case
        word_was_z = word == "z"
        if not fits or words.is_lead_in_morpheme(token) or run and word in _SAID_AFTER_IN_CAPITALS:
            break
        if _AMOUNT.search(token) or _CODE.fullmatch(token.rstrip(",.;:!?")) or _DAY.fullmatch(token):
            # "Angebot 12.400 €": a price; "PO 2025/118/KLA": a reference's code; "納期 5/20": a date; no company
            return None
        run.append(token)
        if token[-1:] in "?!," and not (token[-1:] == "," and _legal_form_next(tokens, index)) or len(run) == 6:
            break  # (but "at Lanna Celadon Co., Ltd. asked …": the comma inside a legal form)
    while run and run[-1] in ("&", "I"):
        run.pop()  # ("the guy from Doha I mentioned": "I" starts what the rep says next)
    if len(run) < len(tokens) and (plain(tokens[len(run)]) in words.EVENT_WORDS
                                   or not lower and plain(tokens[len(run)]) in _PLACE_NOUNS):
        # "from trade show booth 118": the event's first word, not a company; "Uncle at Owino market", "Bhai from
        # Sadar Bazar wholesale": a market or a district, where they trade
        return None
    if not run or (lower or len(run) == 1) and plain(run[0]) in words.DEPARTMENTS:  # "Inkoopafdeling"
        return None
    company = without_end_dot(" ".join(run).rstrip("?!,"))
    return company if any(ch.isalpha() for ch in company) and not _not_a_company(run, company) else None


# A street's word in an address, before or after its number
_STREET_WORDS = frozenset({"av", "avenida", "avenue", "ave", "calle", "rua", "street", "st", "rd", "road", "blvd",
                           "boulevard", "jl", "jalan", "straße", "strasse", "str", "viale", "rue", "ul", "ulica",
                           "ул", "улица", "carrera", "cra", "cl", "piso", "andar", "etage", "suite", "sector", "plot"})
# Said after a company, in capitals too: "Brightwater Labs ASAP", "Brightwater Labs HQ"
_SAID_AFTER_IN_CAPITALS = frozenset({"asap", "hq", "fyi", "btw", "eod", "eow", "tbd", "tbc", "pls", "thx"})
# What follows a place's name and no company's: "Owino market", "Pettah wholesale", "Mubarakiya souk"
_PLACE_NOUNS = words.MARKET_LAST_WORDS | frozenset({"wholesale", "showroom", "stall", "pavilion", "district", "area",
                                                    "neighbourhood", "neighborhood", "branch", "side"})
# Legal forms as typed in a lower-case message (where "as" and "ab" are common words too, so only last)
_LOWER_LEGAL_FORMS = frozenset({"as", "asa", "ab", "oy", "oyj", "aps", "a/s", "gmbh", "ag", "bv", "nv", "sa", "srl",
                                "sl", "ltd", "llc", "inc", "kft", "sas", "sarl", "spa", "s.r.o", "d.o.o", "s.a", "b.v",
                                "pty", "bhd", "plc", "lda", "ltda", "corp", "limited", "co"})


# Legal forms that are no common word too (not "as", "ab", "sa", "ag"): they end a company inside a sentence
_PLAIN_LOWER_FORMS = _LOWER_LEGAL_FORMS - {"as", "ab", "sa", "ag", "sl", "nv", "spa", "co"}
_WORD = re.compile(r"[^\W\d_][\w'&.-]*|&")


def _to_a_lower_legal_form(tokens: list[str]) -> str | None:
    """``lagos cold chain ltd``: in lower case, up to four words and then a legal form are a company, common
    words among them too ("cold" alone would end it)."""
    for end in range(2, min(len(tokens), 6) + 1):
        last = tokens[end - 1].rstrip(",.?!")
        if end < len(tokens) and lower_legal_form_ends(tokens[end - 1: end + 1]):
            continue  # "bunyip pumps pty ltd": the form goes on
        if last in _PLAIN_LOWER_FORMS or end == len(tokens) and lower_legal_form_ends(tokens[end - 1:end]):
            # (its words are words, none that joins or introduces: "at 3 ltd", "and co ltd", "rocha from … ltda")
            named = tokens[: end - 1 - (end > 2 and lower_legal_form_ends(tokens[end - 2: end]))]
            if named and all(_WORD.fullmatch(token) and plain(token) not in _NO_WORD_OF_A_COMPANY for token in named) \
                    and plain(named[0]) not in words.COMPANY_JOINERS and plain(named[0]) not in words.LEAD_IN \
                    and named[0] != "&":
                return " ".join(tokens[:end]).rstrip(",?!")
            return None
    return None


_NO_WORD_OF_A_COMPANY = words.COMPANY_INTROS | words.COMPANY_DOES | words.WORKS


def lower_legal_form_ends(tokens: list[str]) -> bool:
    """``as``, ``pvt ltd``, ``co., ltd.``: ``tokens`` are a legal form typed in lower case, in one word or two."""
    return 0 < len(tokens) <= 2 and tokens[-1].rstrip(",.?!") in _LOWER_LEGAL_FORMS and all(
        is_legal_form(token) for token in tokens[:-1])


# The letter after Poland's "sp." in its legal forms: "sp. z o.o.", "sp. j.", "sp. k.", "sp. p."
_SP_LETTERS = frozenset({"z", "j", "k", "p"})


def _legal_form_next(tokens: list[str], index: int) -> bool:
    return index + 1 < len(tokens) and SUFFIX_TOKEN.fullmatch(tokens[index + 1].rstrip(",?!")) is not None


def _not_a_company(run: list[str], company: str) -> bool:
    """A place ("Chicago", "São Paulo"), an event ("Web Summit Lisbon") or a time ("Zoom Tues",
    "Dienstag 14 Uhr") is where or when they met, not where they work."""
    return (sum(ch.isalnum() for ch in company) < 2  # "E: o.remsberg@…": a label's letter, left over
            or company.casefold() in words.PLACES
            # "R 12 400", "K 85", "Q 24 000": a currency's letter, then an amount in groups of digits
            or len(run) > 1 and len(run[0]) <= 3 and run[0].isalpha() and all(
                token.strip(".,").replace(",", "").replace(".", "").isdigit() for token in run[1:])
            # "Sacramento CA", "Halifax, NS": a city and its state or province
            or len(run) > 1 and run[-1].strip(",.") in words.REGION_CODES
            and " ".join(run[:-1]).strip(",").casefold() in words.PLACES
            # "Büro Berlin", "Office Madrid": an office, not a company
            or all(plain(token) in words.PLACES or plain(token) in words.BUILDING_WORDS for token in run)
            # "(North)", "Central": a region of a job's, no company; "Av. Corrientes 1234", "Jl. Sudirman 45": where
            or len(run) == 1 and plain(run[0]) in words.COMPASS_WORDS
            or any(plain(token) in _STREET_WORDS for token in run) and any(
                token.strip(",.").isdigit() for token in run)
            # "(Av.) Libertador 2250": a street's name and its house number, its word cut off before (not
            # "Entertainment 720": a number of three digits names companies too)
            or len(run) == 2 and run[1].strip(",.").isdigit() and len(run[1].strip(",.")) >= 4
            # "Sales Kano", "Marketing Berlin": a department's office in a town
            or len(run) > 1 and plain(run[-1]) in words.PLACES and all(
                plain(token) in words.DEPARTMENTS and plain(token) not in words.ARTICLES for token in run[:-1])
            # an event's word after its name ("Web Summit"), not a company's first ("Summit Ridge Capital")
            # (Turkish says "from" and "at" with an ending: "CNR Expo'dan")
            # ("Hair Salon", "Beauty Salon": a salon named last is a shop; a fair's "Salon" comes first)
            or any(plain(words.TURKISH_CASE.sub("", token)) in words.EVENT_WORDS and plain(token) != "salon"
                   for token in run[1:])
            # "من المعرض", "Q3" (two look-ups: the union of the two lists was built anew for each company, 3.6 µs)
            or len(run) == 1 and (plain(run[0]) in words.EVENT_WORDS or plain(run[0]) in words.TIME_WORDS)
            or len(run) == 1 and run[0].strip(".,") in words.POST_NOMINALS  # "Ana Ruiz, PhD"
            # "le directeur de la société", "der Chef der Firma": the word "company" names none
            or plain(run[-1]) in words.COMPANY_AFTER_FROM and all(plain(token) in words.ARTICLES for token in run[:-1])
            # "Ana Ruiz, Partner, …", "Leasing Agent", "Financial Controller": a job's title, ending on its role (not
            # "Müller & Partner", a firm's name)
            or len(run) <= 3 and (plain(run[-1]) in words.ROLES or plain(run[-1]) in words.LOWER_CASE_ROLES)
            and not any(plain(token) in ("&", "and", "und", "et", "y", "e") for token in run)
            and not ends_like_a_business(company)
            or plain(run[0]) in words.EVENT_WORDS and plain(run[-1]) in words.PLACES  # "Salon Vinexpo Paris"
            # a time after the first word ("Zoom Thurs"), or a whole weekday first (not "Sun Power")
            or any(plain(token) in words.TIME_WORDS or _CLOCK.fullmatch(token) for token in run[1:])
            # a whole weekday first: "Tuesday", "Dienstag 14" (but "Sunday Bakehouse" is a company)
            or (plain(run[0]) in words.WEEKDAYS or plain(run[0]) in words.WEEKDAY_SHORT) and (
                len(run) == 1 or _HAS_DIGIT.search(run[1]) is not None)  # ("Tue 14th")
            # "October 14", "June 3rd", "Sept 2026": a month and a day or a year is a date
            or len(run) == 2 and plain(run[0]) in words.MONTHS_BEFORE_A_DAY
            and _DAY_OR_YEAR.fullmatch(run[1]) is not None
            # "Colón Free Zone", "Zona Franca de Iquique": a free-trade zone, where many companies are
            or len(run) > 1 and (" ".join(plain(token) for token in run[-2:]) in ("free zone", "freezone", "trade zone")
                                 or " ".join(plain(token) for token in run[:2]) == "zona franca")
            # "Fiera di Rimini", "Feria de Sevilla", "Foire de Paris": a fair, named for its town (not "Salon de …")
            or len(run) > 2 and plain(run[0]) in words.FAIR_NOUNS and plain(run[1]) in JOINING_WORDS | {"of"}
            # "Expoalimentaria Lima": a fair's compound name
            or plain(run[0]).startswith("expo") and len(plain(run[0])) > 4
            # "PO-7731", "#PH-5530": a reference's code, letters and digits in one word
            or len(run) == 1 and _REFERENCE_CODE.fullmatch(run[0]) is not None
            or _CLOCK.fullmatch(run[0]) is not None
            or in_a_building(run)
            # "Sales Marketing", "खरीद विभाग": departments only; "145.000 TL": a currency
            or all(plain(token) in words.DEPARTMENTS or i and plain(token) in words.COMPANY_JOINERS
                   for i, token in enumerate(run)) or run[-1] in words.CURRENCY_CODES or run[0] in words.CURRENCY_CODES
            # "معرض الرياض": an exhibition, its noun first in a script without capitals
            or plain(run[0]) in words.EVENT_WORDS and caseless(run[0])
            # "経理部", "다음주 월요일 오후 2시 미팅", "موعد يوم الأحد الساعة 11": a department or a time
            or any(caseless(token) for token in run) and any(
                words.is_caseless_department_or_time(token) or token.isdigit() or plain(token) in words.REFERENCE_WORDS
                or plain(token) in words.TIME_WORDS for token in run)
            # "NF 004512", "Serial 77304418": a long number or one with a leading zero is a reference's
            or any(token.isdigit() and (len(token) >= 5 or len(token) >= 3 and token[0] == "0") for token in run))


_HAS_DIGIT = re.compile(r"\d")
_DAY_OR_YEAR = re.compile(r"(?:[0-3]?\d(?:st|nd|rd|th|\.)?|(?:19|20)\d\d)[,.]?")
_REFERENCE_CODE = re.compile(r"#?[A-Za-z]{1,4}[-#/]\d[\d/-]*|#[A-Za-z]{1,4}\d[\d/-]*")
# A meeting room, named: "Raum Zugspitze", "Sala Tejo", "Salle Rodin"
_ROOMS = frozenset({"raum", "room", "sala", "salle", "saal", "zaal", "boardroom", "besprechungsraum", "konferenzraum"})
# "Cidrerie de l'Odet", "Fromagerie d'Aravis": an elided article before a capitalised word
_ELIDED_CAPITAL = re.compile(r"[lLdD]['\u2019][^\W\d_]*[A-Z\u00c0-\u00de]")


def _joins_a_capital(tokens: list[str], index: int) -> bool:
    """After a joining word, maybe one more ("Almendros de la Vega"), a capitalised word that says no time."""
    if index < len(tokens) and plain(tokens[index]) in words.COMPANY_JOINERS and tokens[index].islower():
        index += 1
    following = tokens[index] if index < len(tokens) else ""
    return ((following[:1].isupper() or elided_capital(following)) and plain(following) not in words.TRAILING
            and plain(following) not in words.TIME_WORDS)  # ("Brightwater Labs for the Q3 rollout")


def in_a_building(run: list[str]) -> bool:
    """``Halle 9 Stand B14``, ``Booth 118``, ``Room 2.14``, ``Tower B``, ``Raum Zugspitze``, ``Kōtuku Room``: a
    place in a building."""
    if len(run) >= 2 and (plain(run[0]) in _ROOMS or plain(run[-1]) in ("room", "boardroom")):
        return True
    return any(plain(token) in words.PLACES_IN_BUILDINGS
               and (_HAS_DIGIT.search(following) is not None or len(following) == 1 and following.isupper())
               for token, following in zip(run, run[1:], strict=False))


def elided_capital(token: str) -> bool:
    """``l'Odet``, ``d'Aravis``: an elided article before a capitalised word."""
    return _ELIDED_CAPITAL.match(token) is not None


def _named_for_a_day(tokens: list[str]) -> bool:
    """``Sunday Bakehouse``, ``Friday Labs``: a weekday before a capitalised word that says no time."""
    following = tokens[1] if len(tokens) > 1 else ""
    return (plain(tokens[0]) in words.WEEKDAYS and following[:1].isupper() and plain(following) not in words.TRAILING
            and plain(following) not in words.TIME_WORDS)


def is_time(token: str) -> bool:
    """``3pm``, ``10:30``, ``14h``: a time of day."""
    return _TIME.fullmatch(token) is not None and any(ch.isdigit() for ch in token)


def _numbered_name(tokens: list[str]) -> bool:
    """``3 Rivers Brewing``: a number before a capitalised word (not a day) starts a company's name."""
    following = tokens[1] if len(tokens) > 1 else ""
    return (tokens[0].isdigit() and following[:1].isupper() and plain(following) not in words.TRAILING
            and plain(following) not in words.REFERENCE_WORDS)


def ends_like_a_business(value: str) -> bool:
    return plain(value.rsplit(" ", 1)[-1]) in words.BUSINESS_NOUNS
