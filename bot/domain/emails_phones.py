"""Emails and phone numbers in free text: the most recognisable values, taken out before the words are
read for a name and a company. A phone is the first candidate that is a valid number for the rep's
region (or carries its own +country); a word that labels either goes with it."""

from __future__ import annotations

import re

from bot.domain import wordlists as words
from bot.domain.contact import normalise_phone
from bot.domain.parsed_text import ParsedText, accept
from bot.domain.wordlists import plain
from bot.errors import ContactError

# A candidate starts where a word starts (the look-behind), so a long run without an @ costs linear time.
_EMAIL_STOP = "\\s<>,;()\\[\\]\"'|\u060c\u3001\u3002\uff0c\uff08\uff09\u300c\u300d\u3010\u3011"
_EMAIL_CANDIDATE = re.compile(f"(?<![^{_EMAIL_STOP}])[^{_EMAIL_STOP}]*@[^{_EMAIL_STOP}]*")
# A plausible phone number: optional +, optional bracket, then digits with the usual separators, and an
# extension ("x204", "ext. 12"). Cheap to find; phonenumbers then decides (its own matcher is far
# slower, and this sits before an ack).
# A slash only between digits: "089/54321098" (German area code), never " / " between two values.
# An extension in the words reps use: "x204", "ext. 12", "poste 22" (Québec), "Durchwahl 31", "interno 4";
# a spelled-out one may follow a comma ("+49 89 55501423, ext. 27").
_EXTENSION_WORD = (r"ext\.?|extn\.?|extension|extensão|extensao|extensión|poste|durchwahl|dw\.?|interno|int\.|anexo|"
                   r"ramal|доб\.?|"
                   r"内線|内线|分機|내선|"
                   r"wew\.?|toestel|tst\.?|lokal|anknytning|klapka|mellék|dahili|转|轉|ต่อ|"
                   # the Philippines' "loc. 305", Hebrew שלוחה, Ukrainian "дод.", Swiss "intern 12"
                   r"loc\.?|local|שלוחה|дод\.?|intern|تحويلة|داخلي|ankn\.?|"
                   # Sweden's short "ank. 14", Russian and Kazakh "вн. 12" (внутренний, internal)
                   r"ank\.?|вн\.?|"
                   r"داخلی|kl\.|klappe")  # (Persian "extension"; Austria's "Kl. 22")
# ... and RFC 3966's ";ext=7" ("tel +1-720-555-0135;ext=7")
# ... or in brackets: "212-555-0187 (x204)", "00995 32 212 34 86 (ext 9)"
_EXTENSION = (rf"(?:(?:[ \t]*(?:x|#|{_EXTENSION_WORD})|[ \t]*[,/][ \t]*(?:{_EXTENSION_WORD})|;ext=)[ \t]*\d{{1,6}}\b"
              rf"|[ \t]*\([ \t]*(?:x|{_EXTENSION_WORD})[ \t]*\d{{1,6}}[ \t]*\))")
_EXTENSION_AS_WORD = re.compile(rf"(?<=[\d\s,;(])(?:{_EXTENSION_WORD})(?=[ \t]*\d)", re.IGNORECASE)
# Not inside a word: "INV-2026-00871" is a reference, not a phone (nor is its tail, "026-00871").
# (the look-ahead first: the three look-behinds run only where a number can start; nor a list's "3) ")
PHONE_CANDIDATE = re.compile(rf"(?=[+(\d])(?<![^\W_])(?<![^\W_]-)(?<!\d[/.])(?!\d{{1,2}}\)\s)"
                             # (a dot inside a number, never an ellipsis after it: "691 234 5711... 3rd time")
                             rf"\+?\(?\d(?:[\d \t()-]|\.(?!\.)|/(?=\d)){{5,}}\d(?:{_EXTENSION})?", re.IGNORECASE)
# A vanity number: "1-800-GO-FEDEX", "800-FLOWERS" (capital letters stand for keypad digits).
_VANITY = re.compile(r"(?<![\w+])(?:1[-. ])?\(?\d{3}\)?[-. ](?=(?:[A-Z0-9]*-?){1,3}\b)(?=[\dA-Z-]*[A-Z]{3})"
                     rf"[A-Z0-9]{{2,}}(?:-[A-Z0-9]{{1,}}){{0,2}}\b(?i:{_EXTENSION})?"
                     # toll-free numbers spelt in words: Australia's "1300 GO PEST", "1800 FLOWERS", New Zealand's
                     # "0800 FERRY 1", "0508 …", Japan's "0120-SOBA-11", Malaysia's "1300-88-CHEF", the UK's 0800/0808
                     r"|(?<![\w+])(?:1[38]00|0(?:800|808|508|120))[-. ](?=[\dA-Z -]*[A-Z]{3})"
                     r"[A-Z0-9]{1,8}(?:[-. ][A-Z0-9]{1,8}){0,3}\b")
_EMAIL_LABELS = ("e-?mail", "mail", "courriel", "correo", "e-?post", "sähköposti", "почта", "email-?adresse",
                 "mailadresse", "メール", "이메일", "邮箱",
                 # Hebrew and Arabic: "מייל ortal@…", "الإيميل sherif@…"
                 "מייל", "אימייל", "الإيميل", "الايميل", "ايميل", "إيميل", "البريد")
_PHONE_LABELS = ("phone", "ph", "tel", "tél", "mob", "mobile", "cell", "handy", "mobil", "móvil", "movil", "celular",
                 "toll[ -]?free", "freephone", "free phone", "freecall", "landline", "land line", "موبايل", "موبايله",
                 "טל['\u05f3]?", "טלפון", "נייד",  # Hebrew "tel.", "phone", "mobile"
                 "namba", "simu", "ስልክ",  # Swahili "number", "phone"; Amharic "phone"
                 "telemóvel", "telemovel", "tlm", "tlf",
                 "전화번호", "번호", "핸드폰", "휴대전화", "رقمه", "رقمها", "رقم", "الرقم", "เบอร์", "เบอร์โทร",
                 "मोबाइल", "फ़ोन", "फोन", "नंबर",
                 "cel", "portable", "telefon", "telefone", "teléfono", "telefono", "telefoon", "puhelin", "телефон",
                 "тел", "моб", "τηλ", "τηλέφωνο", "whatsapp", "電話", "电话", "手机", "手機", "携帯", "전화", "휴대폰",
                 "טלפון", "هاتف", "جوال", "โทร", "โทรศัพท์", "มือถือ",
                 "جواله", "جوالها", "هاتفه", "هاتفها", "تليفونه", "تليفونها", "موبايلها")  # Arabic "his/her mobile"
_WHOSE = "her|his|their|su|sua|seu|son|sa|ses|ihre|ihr|seine|sein|zijn|haar|jej|jego"
_VALUE_LABEL = {
    # (after a space, a separator or Japanese "の" in any script; "o celular é …": the label may say "is"; "Su email
    # es …": whose it is goes with it)
    field_name: re.compile(rf"(?:^|(?<=[\s,;(\uff0c\u3001\u060c\u306e]))(?:(?:{_WHOSE})[ \t]+)?"
                           rf"(?:{'|'.join(labels)})\.?[ \t]*[:#\uff1a\u1361\u1365\u1366]?"
                           rf"(?:[ \t]+(?:is|é|es|est|ist|är|er|jest|è))?[ \t]*$", re.IGNORECASE)
    for field_name, labels in (("email", _EMAIL_LABELS), ("phone", _PHONE_LABELS))
}
_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|(?P<a>\d{1,2})[./-](?P<b>\d{1,2})[./-]\d{2,4}")


def _is_date(candidate: str) -> bool:
    """``2026-11-28``, ``28.11.2026``, ``11/28/26``: a date; ``75.18.05`` (a New Caledonian number) is none, as no
    day and month read so."""
    match = _DATE.fullmatch(candidate)
    if match is None or match.group("a") is None:
        return match is not None
    first, second = int(match.group("a")), int(match.group("b"))
    return 1 <= first <= 31 and 1 <= second <= 12 or 1 <= first <= 12 and 1 <= second <= 31


def take_emails(text: str, result: ParsedText) -> str:
    if "@" not in text:
        return text  # (every candidate holds an @)
    pieces: list[str] = []
    end = 0
    for match in _EMAIL_CANDIDATE.finditer(text):
        candidate = match.group(0).strip(".")
        if candidate == "@" and text[: match.start()].rstrip()[-1:].isalnum():
            continue  # "Head of Ops @ Brightkeel", "45 units @ $20": "at", not an email
        if candidate[:1] == "@" and candidate[1:2].isupper() and "." not in candidate:
            # "Ines Ruiz @Ruiz Foods": "at" (spaced on both sides: a control character before it is no space once
            # removed, "0\x1f@A" read "0@ A")
            pieces += [text[end: match.start()], " @ " + match.group(0)[1:]]
        else:
            if "email" not in result.values:
                accept(result, "email", candidate, "")
            # a removed value separates what stood on either side of it
            pieces += [without_value_label(text[end: match.start()], "email"), " , "]
        end = match.end()
    return "".join([*pieces, text[end:]]) if pieces else text


def without_value_label(before: str, field_name: str) -> str:
    """``Mail u.roe@x.at``, ``Handy 0664 555 0142``, ``โทร 081 …``: the word that labels an email or a phone
    number right before it (in any language reps write in) goes with the value, never into a name or a
    company."""
    # Only the last characters can hold it: the search stays cheap however long the text.
    label = _VALUE_LABEL[field_name].search(before, max(0, len(before) - 32))
    return before if label is None else before[: label.start()]


def take_phones(text: str, result: ParsedText, region: str) -> str:
    """The first run of digits that is a valid number for ``region`` (or carries its own +country)
    becomes the phone, then a vanity number; if none is valid, the first candidate is reported with its
    problem. A date ("2026-11-28") is not a phone number."""
    if "phone" in result.values or _DIGIT.search(text) is None:
        return text  # (every candidate, a vanity number's too, holds a digit: a message of words has none to check)
    # "０９０－１２３４－５６７８": full-width and typographic hyphens and plus read as ASCII ones (one for one, so
    # positions in ``scan`` are positions in ``text``)
    scan = text if text.isascii() else text.translate(_PHONE_PUNCTUATION)
    if " / " in scan:
        scan = _AREA_CODE_SLASH.sub(r"\1  /", scan)  # "030 / 8765 4321": an area code (the same length, for positions)
    candidates = [m for m in PHONE_CANDIDATE.finditer(scan)
                  if not _is_date(m.group(0).strip()) and not _after_reference_word(text, m.start())
                  and not ("/" in m.group(0) and _CODE_GOES_ON.match(scan, m.end()))
                  and not _an_amount(text, m.start(), m.end())]
    taken = _first_valid(candidates, region)
    if taken is None and text != text.lower():  # a capital letter: maybe a vanity number (looked for only now)
        vanity = [m for m in _VANITY.finditer(text) if not _an_amount(text, m.start(), m.end())
                  and m.group(0).rsplit(None, 1)[-1] not in words.CURRENCY_CODES]  # (not "12 400 TND")
        candidates += vanity
        taken = _first_valid(vanity, region)
    if taken is not None:
        match, value = taken
        result.raw.setdefault("phone", match.group(0).strip())
        result.values["phone"] = value
        result.problems.pop("phone", None)
        return without_value_label(text[: match.start()], "phone") + " , " + text[match.end():]
    if candidates:
        # Meant as a phone, but not a valid one: say what is wrong rather than drop it.
        first = candidates[0]
        accept(result, "phone", first.group(0), region)
        return text[: first.start()] + " , " + text[first.end():]
    return text


def _first_valid(candidates: list[re.Match[str]], region: str) -> tuple[re.Match[str], str] | None:
    """The first candidate that is a valid number, with its normalised value."""
    for match in candidates:
        value = _valid_value(match, region)
        if value:
            return match, value
        shorter = _without_last_group(match)  # (looked for only when the whole is no valid number)
        value = None if shorter is None else _valid_value(shorter, region)
        if shorter is not None and value:
            return shorter, value
    return None


def _valid_value(candidate: re.Match[str], region: str) -> str | None:
    """The candidate's normalised number, or None when it is no valid one."""
    try:
        return normalise_phone(extension_words_read(candidate.group(0)), region)
    except ContactError:
        return None


def _without_last_group(match: re.Match[str]) -> re.Match[str] | None:
    """``081 234 6785 555`` (Thai laughter, "hahaha", after the number): the candidate without a last group of one
    digit repeated, tried when the whole is no valid number (a mistyped number stays one, to be reported)."""
    found = _LAST_GROUP.search(match.group(0))
    if found is None:
        return None
    return PHONE_CANDIDATE.match(match.string, match.start(), match.start() + found.start())


_LAST_GROUP = re.compile(r"\s+(\d)\1{2,5}$")
# (what PHONE_CANDIDATE and _VANITY need in a message before either can find a number)
_DIGIT = re.compile(r"\d")


def extension_words_read(number: str) -> str:
    """``514 555 0162 poste 310`` → ``… ext. 310``: phonenumbers knows "ext." and "x", not "poste" or "mellék";
    and a slash before the extension goes ("06 1 234 5600 / mellék 12")."""
    if number.isascii() and number.upper() == number.lower():
        return number  # (no letter: no word for "extension")
    number = _SLASH_BEFORE_EXTENSION.sub(" ", _EXTENSION_AS_WORD.sub("ext. ", number))
    return _BRACKETED_EXTENSION.sub(r" \1", number) if "(" in number else number


# A trunk-prefixed area code, a spaced slash, then the number: "030 / 8765 4321" (Germany, Austria, Switzerland)
_AREA_CODE_SLASH = re.compile(r"(?<![\d+])(0\d{1,4}) / (?=\d)")
_SLASH_BEFORE_EXTENSION = re.compile(r"\s*/\s*(?=ext\. )")
_BRACKETED_EXTENSION = re.compile(r"\s*\(\s*((?:x|ext\.)\s*\d{1,6})\s*\)", re.IGNORECASE)
_PHONE_PUNCTUATION = str.maketrans({"\uff0d": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-", "\uff0b": "+",
                                    "\uff08": "(", "\uff09": ")"})


def _after_reference_word(text: str, start: int) -> bool:
    """``invoice 2024-118``, ``PO 88213``, ``order #4471-2209``: a number labelled as a reference is no phone."""
    before = text[max(0, start - 32): start].rstrip(" #:.\t").rsplit(None, 2)
    if len(before) > 1 and plain(before[-1]) in _NUMBER_SIGNS:
        before.pop()  # "facture n° 2026-04418", "LPO No. 004418229", "ordine n. 0441822": the label before "No."
    # "keen on a quote, 0491 570 006": after a separator the number is on its own
    if not before or before[-1][-1] in ",;|/!?":
        return False
    # ("ref. cotización 55-0913-2207": "ref." labels the words that name the reference too)
    return words.is_reference_label(before[-1]) or len(before) > 1 and plain(before[-2]) in ("ref", "ref.", "reference")


def _an_amount(text: str, start: int, end: int) -> bool:
    """``12 400 TND``, ``850 000 XPF``, ``CLP 980.000``, ``$ 2,450``: digits with a currency beside them are money."""
    following = text[end: end + 2].lstrip(" \t")[:1]
    if following and (following.isalpha() or following in _CURRENCY_SIGNS) and _CURRENCY_AFTER.match(text, end):
        return True
    before = text[max(0, start - 6): start].rstrip()
    return bool(before) and (before[-1] in _CURRENCY_SIGNS or before.rsplit(None, 1)[-1] in words.CURRENCY_CODES)


_CURRENCY_SIGNS = frozenset("€$£¥₹₦₵₫₺₴₽₸₱₩")
_CURRENCY_AFTER = re.compile(r"[ \t]?(?:[€$£¥₹₦₵₫₺₴₽₸₱₩]|(?:"
                             + "|".join(re.escape(code) for code in sorted(words.CURRENCY_CODES, key=len, reverse=True))
                             + r")(?![\w$]))")
# "2025/118/KLA": digits with a slash in them that go on into letters are a code's, not a phone number
_CODE_GOES_ON = re.compile(r"[/-][^\W\d_]")
_NUMBER_SIGNS = frozenset({"n°", "nº", "n.º", "n.o", "no", "n", "№", "nr", "num", "#"})
