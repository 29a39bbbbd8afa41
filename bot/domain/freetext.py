"""Free text to contact fields: ``/newlead Jane Roe jane@example.com +1 415 555 0100 Acme Inc``.

The parser never raises. It returns what it recognised, normalised, plus a message for each value
it saw but could not accept (an email without a domain, say), so the caller can prefill a form and
point at the problem instead of dropping the input.

Order of work: labelled values (``email: x``, ``her email is x``, ``company Initrode``) first, then
emails and phone numbers (the most recognisable), then the name and the company from the words left
(bot.domain.names, bot.domain.companies). A value found by a weak rule is named in ``guessed``; whatever
it is not sure of stays empty. Every pass is linear in the text: it sits before Slack's ack.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from bot.domain import companies, job_titles, names, segments
from bot.domain import wordlists as words
from bot.domain.contact import (
    normalise_field,
    normalise_phone,
)
from bot.errors import ContactError

MAX_INPUT = 4000
_TITLE = segments.TITLE

_LABEL_WORDS = (r"name|e-?mail(?:\s+address)?|phone(?:\s+number)?|tel|ph|mob|mobile|cell(?:\s+phone)?|company|org|"
                r"organi[sz]ation|business|firm|employer|notes?|contact|person|"
                # "firma Lykkehus Møbler A/S": the word for company in other languages, read bare as "business" is
                r"firma|empresa|société|azienda|bedrijf|företag|şirket|unternehmen|"
                # "компанія Слобожанські Сади", "tvrtka Paška Sol", "ettevõte Pärnu Puit", "firması Demirel …"
                r"компания|компанія|tvrtka|ettevõte|společnost|firması|şirketi|firmy|"
                r"contactpersoon|poc|acct|account")  # "POC Leopold …; acct Cinderhaven Bakery"
# Labels in the languages reps write in, read only before a colon: "Empresa: Cerámicas Olmo", "tél : 01 …".
_FOREIGN_LABELS = {
    "company": ("firma", "empresa", "compañía", "compania", "société", "societe", "entreprise", "unternehmen",
                "azienda", "società", "bedrijf", "företag", "yritys", "şirket", "sirket", "spółka", "компания",
                "организация", "фирма", "εταιρεία", "会社", "公司", "회사", "שם החברה", "الشركة"),
    "name": ("nom", "nombre", "nome", "naam", "namn", "nimi", "isim", "imię", "имя", "контакт", "ansprechpartner",
             "kontakt", "contacto", "contato", "contatto", "interlocuteur", "interlocutrice", "όνομα", "名前",
             "氏名", "姓名", "이름", "담당자", "担当者", "联系人", "שם", "الاسم"),
    "email": ("correo", "courriel", "e-post", "sähköposti", "почта", "邮箱", "メール", "이메일"),
    "phone": ("tél", "téléphone", "telefone", "teléfono", "telefono", "telefon", "handy", "móvil", "movil", "celular",
              "portable", "cellulare", "telefoon", "puhelin", "телефон", "тел", "τηλ", "τηλέφωνο", "電話", "电话",
              "전화", "טלפון", "هاتف", "جوال", "手机", "手機", "携帯"),
}
_FOREIGN = "|".join(sorted((re.escape(word) for words_ in _FOREIGN_LABELS.values() for word in words_), key=len,
                           reverse=True))
_IS = r"(?:\s+(?:is|was)\b|['\u2019]s\b)"  # "company is", "company's"
_LABEL = re.compile(
    # "her email is …", "the number is …", "his name's …"
    r"(?P<said>\b(?:her|his|their|the)\s+(?P<said_word>name|e-?mail(?:\s+address)?|phone(?:\s+number)?|number|"
    rf"mobile|cell(?:\s+phone)?|company|org|lead|contact|person|guy|lady|woman|man|buyer){_IS}\s*:?\s*)"
    # "email: …", "Name - …", "company is …", "company name: …", "company first: …"
    rf"|(?P<label>(?<![.@])\b(?:{_LABEL_WORDS})\b)(?:\s+(?:name|first|too|also|btw|details)(?=\s*[:=]|\s+[-\u2013\u2014]\s))?"
    r"(?:\s*[:=#\uff1a]|\s+[-\u2013\u2014]\s|\s+is\b)\s*"
    # "Name - Mariam Al Falasi | Co. - Oasis Crest Trading": "Co." labels only at an item's start
    r"|(?:^|(?<=[,;\n|])\s*)(?P<co>[Cc]o\.?)(?:\s*[:=\uff1a]|\s+[-\u2013\u2014]\s)\s*"
    # "Empresa: …", "Tel.: …", "電話：…"
    rf"|(?P<foreign>(?<!\w)(?:{_FOREIGN}))\.?\s*[:\uff1a]\s*"
    # "name's …", "email's …"
    rf"|(?P<owned>\b(?:name|e-?mail|phone|number|mobile|cell|company)){_IS}\s*"
    # "company Initrode", "cell 646 555 0122" at the start of a segment: only kept when the value fits
    rf"|(?:^\s*|(?<=[,;\n|/])|(?<=[,;\n|/.]\s))(?:(?:lead|client|customer|prospect|contact|full)(?:'s)?\s+)?"
    rf"(?P<bare>(?:{_LABEL_WORDS}))\s+(?=\S)",
    re.IGNORECASE,
)
# "name Orlando Pruitt company Pruitt Paving email …": a message that starts with a bare label may
# string more of them along without separators; each (in lower case, as typed) starts a new value.
_BARE_FIRST = re.compile(r"^\s*(?:name|company|org|e-?mail|phone|mobile|cell|tel)\s+\S")
_BARE_NEXT = re.compile(r"(?<!\s)\s+(?=(?:name|company|org|e-?mail|phone|mobile|cell|tel)\s+[\w+(])")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
# "the company is actually Domaine Marchand": a hedge is no part of the value
_HEDGE = re.compile(r"^(?:(?:actually|really|now|in fact|instead|officially|it's|it is|its|that's|that is|"
                    r"should be|is)\s+)+", re.IGNORECASE)
_ANY_LABEL_WORD = re.compile(rf"\b(?:{_LABEL_WORDS}|number|lead|guy|lady|woman|man|buyer|co)\b", re.IGNORECASE)
# The field each label names; conversation corrections read these words too.
LABEL_FIELDS = {
    "name": "name", "email": "email", "e-mail": "email", "phone": "phone", "tel": "phone",
    "mobile": "phone", "cell": "phone", "company": "company", "org": "company",
    "organisation": "company", "organization": "company", "note": "notes", "notes": "notes",
    "contact": "name", "person": "name", "number": "phone", "ph": "phone", "mob": "phone",
    "business": "company", "firm": "company", "employer": "company", "lead": "name",
    "guy": "name", "lady": "name", "woman": "name", "man": "name", "buyer": "name", "co": "company",
    **{word: "company" for word in ("компания", "компанія", "tvrtka", "ettevõte", "společnost", "firması", "şirketi",
                                    "firmy", "acct", "account")},
    "contactpersoon": "name", "poc": "name",
    **{word: field_name for field_name, words_ in _FOREIGN_LABELS.items() for word in words_},
}


def without_accents(word: str) -> str:
    """``word`` case-folded, without accents or combining marks: "Téléphone" → "telephone", "İsim" → "isim"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(ch))


_LABEL_FIELDS_PLAIN = {without_accents(word): field_name for word, field_name in LABEL_FIELDS.items()}


def label_field(word: str) -> str | None:
    """The field a label names, however it is cased or accented ("İsim" lower-cases to "i̇sim")."""
    return LABEL_FIELDS.get(word.lower()) or _LABEL_FIELDS_PLAIN.get(without_accents(word))


# Words that are a label only before a capitalised value: "business Banksia Landscaping", never
# "business development manager".
_CAPITAL_ONLY_LABELS = frozenset({"business", "firm", "employer", "firma", "empresa", "société", "azienda", "bedrijf",
                                  "företag", "şirket", "unternehmen", "компания", "компанія", "tvrtka", "ettevõte",
                                  "společnost", "firması", "şirketi", "firmy", "acct", "account", "poc"})
# A value ends at the next separator; the rest of the text stays for the other passes.
_VALUE_END = re.compile(r"\s*(?:[,;\n|\uff0c\u3001\u060c\u1363]|\s/\s|\s(?:--?|[\u2013\u2014])\s"
                        r"|\s+and\s+(?=(?:her|his|their|the|she|he|they)\b)"
                        # a sentence's full stop: "Point of contact: Evander Mabuza. Phone # …"
                        rf"|\.(?=\s+[A-Z])(?<=[a-z\u00e0-\u00ff]{{2}}\.){segments.NOT_AFTER_SUFFIX})")
# "company is Nelson, Murdock & Page LLP": a suffixed company runs over its own commas.
_COMMA_COMPANY = re.compile(rf"(?:[^\W\d_][\w&'.-]*,?[ \t]+(?:(?:&|and)[ \t]+)?){{1,5}}(?:{words.COMPANY_SUFFIX})\b\.?")
_TRAILING_AND = re.compile(r"\s+and\s*$")
# A candidate starts where a word starts (the look-behind), so a long run without an @ costs linear time.
_EMAIL_STOP = "\\s<>,;()\\[\\]\"'|\u060c\u3001\u3002\uff0c\uff08\uff09\u300c\u300d\u3010\u3011"
_EMAIL_CANDIDATE = re.compile(f"(?<![^{_EMAIL_STOP}])[^{_EMAIL_STOP}]*@[^{_EMAIL_STOP}]*")
# A plausible phone number: optional +, optional bracket, then digits with the usual separators, and an
# extension ("x204", "ext. 12"). Cheap to find; phonenumbers then decides (its own matcher is far
# slower, and this sits before an ack).
# A slash only between digits: "089/54321098" (German area code), never " / " between two values.
# An extension in the words reps use: "x204", "ext. 12", "poste 22" (Québec), "Durchwahl 31", "interno 4";
# a spelled-out one may follow a comma ("+49 89 55501423, ext. 27").
_EXTENSION_WORD = (r"ext\.?|extn\.?|extension|poste|durchwahl|dw\.?|interno|int\.|anexo|ramal|доб\.?|"
                   r"内線|内线|分機|내선|"
                   r"wew\.?|toestel|tst\.?|lokal|anknytning|klapka|mellék|dahili|转|轉|ต่อ")
# ... and RFC 3966's ";ext=7" ("tel +1-720-555-0135;ext=7")
_EXTENSION = rf"(?:[ \t]*(?:x|#|{_EXTENSION_WORD})|,[ \t]*(?:{_EXTENSION_WORD})|;ext=)[ \t]*\d{{1,6}}\b"
_EXTENSION_AS_WORD = re.compile(rf"(?<=[\d\s,;])(?:{_EXTENSION_WORD})(?=[ \t]*\d)", re.IGNORECASE)
# Not inside a word: "INV-2026-00871" is a reference, not a phone (nor is its tail, "026-00871").
_PHONE_CANDIDATE = re.compile(rf"(?<![^\W_])(?<![^\W_]-)(?<!\d[/.])"
                              rf"\+?\(?\d(?:[\d \t().-]|/(?=\d)){{5,}}\d(?:{_EXTENSION})?", re.IGNORECASE)
# A vanity number: "1-800-GO-FEDEX", "800-FLOWERS" (capital letters stand for keypad digits).
_VANITY = re.compile(r"(?<![\w+])(?:1[-. ])?\(?\d{3}\)?[-. ](?=(?:[A-Z0-9]*-?){1,3}\b)(?=[\dA-Z-]*[A-Z]{3})"
                     rf"[A-Z0-9]{{2,}}(?:-[A-Z0-9]{{2,}}){{0,2}}\b(?i:{_EXTENSION})?"
                     # Australia's "1300 GO PEST", "1800 FLOWERS": words after a 13/1300/1800 number
                     r"|(?<![\w+])1[38]00 [A-Z]{2,}(?: [A-Z]{2,}){0,2}\b")
_EMAIL_LABELS = ("e-?mail", "mail", "courriel", "correo", "e-post", "sähköposti", "почта", "email-?adresse",
                 "mailadresse", "メール", "이메일", "邮箱")
_PHONE_LABELS = ("phone", "ph", "tel", "tél", "mob", "mobile", "cell", "handy", "mobil", "móvil", "movil", "celular",
                 "전화번호", "번호", "핸드폰", "휴대전화", "رقمه", "رقمها", "رقم", "الرقم", "เบอร์", "เบอร์โทร",
                 "मोबाइल", "फ़ोन", "फोन", "नंबर",
                 "cel", "portable", "telefon", "telefone", "teléfono", "telefono", "telefoon", "puhelin", "телефон",
                 "тел", "моб", "τηλ", "τηλέφωνο", "whatsapp", "電話", "电话", "手机", "手機", "携帯", "전화", "휴대폰",
                 "טלפון", "هاتف", "جوال", "โทร", "โทรศัพท์", "มือถือ")
_WHOSE = "her|his|their|su|sua|seu|son|sa|ses|ihre|ihr|seine|sein|zijn|haar|jej|jego"
_VALUE_LABEL = {
    # (after a space or a separator in any script; "o celular é …": the label may say "is"; "Su email es …":
    # whose it is goes with it)
    field_name: re.compile(rf"(?:^|(?<=[\s,;(\uff0c\u3001\u060c]))(?:(?:{_WHOSE})[ \t]+)?"
                           rf"(?:{'|'.join(labels)})\.?[ \t]*[:#\uff1a]?"
                           rf"(?:[ \t]+(?:is|é|es|est|ist|är|er|jest|è))?[ \t]*$", re.IGNORECASE)
    for field_name, labels in (("email", _EMAIL_LABELS), ("phone", _PHONE_LABELS))
}
_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")


@dataclass
class ParsedText:
    """What free text said. ``values`` are normalised; ``problems`` maps a field to a message;
    ``guessed`` names the values that came from a weak rule (a list's item, a lower-case name), so a
    form can ask the rep to check them. ``declined`` names the fields the text says there is none of
    ("no email, only a mobile: …"); ``removed`` those a chat message takes back ("remove the phone")."""

    values: dict[str, str] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)
    raw: dict[str, str] = field(default_factory=dict)
    guessed: set[str] = field(default_factory=set)
    declined: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)  # chat: "remove the phone number"
    pending: set[str] = field(default_factory=set)  # "Company: TBC", "Name: ???": said to be unknown yet

    def get(self, name: str) -> str | None:
        return self.values.get(name)


def parse_free_text(text: str, region: str) -> ParsedText:
    result = ParsedText()
    text = without_formatting((text or "")[:MAX_INPUT])
    rest = take_labelled(text, result, region)
    rest = take_emails(rest, result)
    rest = take_phones(rest, result, region)
    take_people(rest, result)
    return result


# Slack's *bold*, _italic_, ~strike~ and `code` around words ("*Name:* Cosima Bright"): the marks at a
# word's edge go, those inside one stay ("john_doe@x.com").
_FORMATTING = re.compile(r"(?<![^\W_])[*_~`]+|[*_~`]+(?![^\W_])")
# What a rep struck through is taken back: "~Jane Doe~ Jane Roe"
_STRUCK = re.compile(r"(?<![^\W_])~[^~\n]+~(?![^\W_])")
# Emoji as Slack sends them: "new lead :tada: Jane Roe :rocket:", ":flag-de:", ":+1::skin-tone-2:"
_EMOJI_CODE = re.compile(r"(?<![\w:]):[a-z0-9_+'-]{2,40}:(?::skin-tone-\d:)?(?![\w])")


def without_formatting(text: str) -> str:
    """``text`` without Slack's formatting marks, struck-through words and emoji codes. (Its ``<…>`` markup
    is the Slack layer's to read, bot.slack.payload.plain_text: what reaches here is what the rep typed,
    and a literal "<details>" in it is data.)"""
    if "~" in text:
        text = _STRUCK.sub(" ", text)
    if text.count(":") > 1:
        text = _EMOJI_CODE.sub(" ", text)
    return _FORMATTING.sub("", text) if ("*" in text or "_" in text or "~" in text or "`" in text) else text


def accept(result: ParsedText, name: str, raw: str, region: str) -> None:
    if name in result.values:
        return
    if raw.strip(" .!").lower() in words.PLACEHOLDERS or not raw.strip(" .!?"):
        result.pending.add(name)  # "company TBD", "Name: ???" fill nothing, and no guess fills them either
        return
    result.raw.setdefault(name, raw.strip())
    try:
        value = normalise_field(name, raw, region)
    except ContactError as exc:
        result.problems.setdefault(name, exc.message)
        return
    if value:
        result.values[name] = value
        result.problems.pop(name, None)


_TRAILING_HEDGE = re.compile(r"[\s,]+(?:actually|instead|then|sorry|btw|lol|thanks|thx|pls|please|not the other "
                             r"one|en fait|plutôt|mejor dicho|eigentlich)[\s.!]*$", re.IGNORECASE)


def without_trailing_hedge(value: str) -> str:
    """"Alexis Petridis actually" → "Alexis Petridis": a word said after a value is no part of it."""
    return _TRAILING_HEDGE.sub("", value)


def without_time_words(text: str) -> str:
    """"Maison Lambert now" → "Maison Lambert": when it was said is no part of a name or a company."""
    kept = text.split()
    while len(kept) > 1 and kept[-1].lower().strip(".,!") in words.TRAILING:
        kept.pop()
    return " ".join(kept) if len(kept) < len(text.split()) else text


def fits_bare_label(field_name: str, value: str, word: str) -> bool:
    """A label without a colon ("company Initrode", "email from …") counts only when its value looks like the
    field's: a name or a company in lower case is no common word ("no name or company yet")."""
    first = value[:1]
    if field_name == "notes":
        return False  # "Note for the CRM: …" is a heading; notes run to the end, so only "notes:" starts them
    if word in _CAPITAL_ONLY_LABELS:
        return first.isalpha() and not first.islower()
    if field_name == "email":
        return "@" in value.split(" ", 1)[0]
    if field_name == "phone":
        return first.isdigit() or first in "+("
    if field_name in ("name", "company") and first.islower() and (
            words.plain(value.split(" ", 1)[0]) in words.COMMON or field_name == "name" and not value.islower()):
        return False
    return first.isalnum()


def _fits_owned(field_name: str, value: str) -> bool:
    """"the company's CFO Jane Roe" is no label: after "'s" a name or company starts with a capital (or
    in a script without case) and is no job title."""
    first_word = value.split(" ", 1)[0].strip(".,").lower()
    return field_name not in ("name", "company") or (
        value[:1].isalnum() and not value[:1].islower() and first_word not in words.ROLES)


def take_labelled(text: str, result: ParsedText, region: str) -> str:
    """``name: Jane Roe, email: jane@x.io``, ``her email is …``, ``company Initrode``: a label's value runs
    to the next label or separator."""
    # Most messages have no label: one scan for the words spares the full pattern's alternatives.
    if is_label_chain(text):
        text = _BARE_NEXT.sub(" , ", text)
    # (a label in another language needs its colon)
    maybe = ":" in text or "\uff1a" in text or _ANY_LABEL_WORD.search(text) is not None
    matches = list(_LABEL.finditer(text)) if maybe else []
    if not matches:
        return text
    kept = [text[: matches[0].start()]]
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        foreign = match.group("foreign")
        word = (match.group("said_word") or match.group("label") or match.group("owned") or match.group("bare")
                or match.group("co") or "").lower().rstrip(".")
        field_name = label_field(foreign or word.split()[0])
        if field_name is None:
            kept.append(match.group(0))  # (a spelling the pattern accepts and the map lacks: no label after all)
            continue
        value, rest = text[match.end(): end], ""
        comma_company = _COMMA_COMPANY.match(value.strip()) if field_name == "company" and "," in value else None
        # "Tel:2125550187 Jane", "tel +1-720-555-0135;ext=7": a phone label's value is the number it starts with
        number = _PHONE_CANDIDATE.match(value.strip()) if field_name == "phone" else None
        if comma_company is not None or number is not None:
            whole = comma_company or number
            assert whole is not None
            start = len(value) - len(value.lstrip())
            rest = " , " + value[start + whole.end():]
            value = whole.group(0)
        elif field_name != "notes":
            # Everything but notes ends at the first separator; the rest stays for the other passes.
            cut = _VALUE_END.search(value)
            if cut is not None:
                rest = " , " + value[cut.end():]
                value = value[: cut.start()]
        said = value
        value = _TRAILING_AND.sub("", value.strip(" ,;/|\u2013\u2014"))
        value = without_trailing_hedge(_HEDGE.sub("", value))  # "his email's actually g@x.com", "… Acme, sorry"
        if field_name in ("email", "phone", "name") and value.endswith(".") and not value[-3:-2].isspace():
            value = value.rstrip(".")  # "Email: pam@dundermifflin.com. Company: …"
        elif field_name == "company":
            # "Company: Ruiz Foods. Phone: …" (but "Acme Inc."), "company is Breakwater Boardworks now"
            value = without_time_words(companies.without_end_dot(value))
        if (match.group("bare") and not fits_bare_label(field_name, value, word)) or (_POSSESSIVE.search(match.group(0))
                                                                       and not _fits_owned(field_name, value)):
            kept += [match.group(0) + said, rest]  # not a label after all: the words stay as they were
            continue
        if field_name == "name":
            value = _TITLE.sub("", value)
            if value and all(job_titles.is_job_word(word) for word in value.split()):
                kept += [" , " + value, rest]  # "neuer Kontakt: Einkaufsleiter": a job, not a name
                continue
        accept(result, field_name, value, region)
        kept.append(rest)
    return " ".join(kept)


def labelled_fields(text: str, region: str) -> set[str]:
    """The fields ``text`` gives with a label ("… and company is Chinar Crafts LLP")."""
    found = ParsedText()
    take_labelled(text, found, region)
    return set(found.values) | set(found.problems)


def is_label_chain(text: str) -> bool:
    """``name Orlando Pruitt company Pruitt Paving``: bare labels strung along, read as a list."""
    if "note" in text:
        return False
    if _BARE_FIRST.match(text) is not None:
        return _BARE_NEXT.search(text) is not None
    # "Lena Hartwig company Hartwig Elektrotechnik cell 0151 …": two or more, with no separators at all
    return "," not in text and len(_BARE_NEXT.findall(text, 0, 2000)) >= 2


def take_emails(text: str, result: ParsedText) -> str:
    pieces: list[str] = []
    end = 0
    for match in _EMAIL_CANDIDATE.finditer(text):
        candidate = match.group(0).strip(".")
        if candidate == "@" and text[: match.start()].rstrip()[-1:].isalnum():
            continue  # "Head of Ops @ Brightkeel", "45 units @ $20": "at", not an email
        if candidate[:1] == "@" and candidate[1:2].isupper() and "." not in candidate:
            pieces += [text[end: match.start()], "@ " + match.group(0)[1:]]  # "Ines Ruiz @Ruiz Foods": "at"
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
    if "phone" in result.values:
        return text
    # "０９０－１２３４－５６７８": full-width and typographic hyphens and plus read as ASCII ones (one for one, so
    # positions in ``scan`` are positions in ``text``)
    scan = text if text.isascii() else text.translate(_PHONE_PUNCTUATION)
    candidates = [m for m in _PHONE_CANDIDATE.finditer(scan)
                  if not _DATE.fullmatch(m.group(0).strip()) and not _after_reference_word(text, m.start())]
    if text != text.lower():  # a capital letter: maybe a vanity number
        candidates += list(_VANITY.finditer(text))
    for match in candidates:
        try:
            # phonenumbers knows "ext." and "x", not "poste" or "Durchwahl"
            value = normalise_phone(_EXTENSION_AS_WORD.sub("ext. ", match.group(0)), region)
        except ContactError:
            continue
        if value:
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


_PHONE_PUNCTUATION = str.maketrans({"\uff0d": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-", "\uff0b": "+",
                                    "\uff08": "(", "\uff09": ")"})


def _after_reference_word(text: str, start: int) -> bool:
    """``invoice 2024-118``, ``PO 88213``, ``order #4471-2209``: a number labelled as a reference is no phone."""
    before = text[max(0, start - 24): start].rstrip(" #:.\t").rsplit(None, 1)
    # "keen on a quote, 0491 570 006": after a separator the number is on its own
    return bool(before) and before[-1][-1] not in ",;|/" and words.is_reference_label(before[-1])


def has_at_company(text: str) -> bool:
    """``Jane Roe from Acme``: the text names a company with a connecting word, so it is more than a name."""
    return names.has_company_intro(text)


def take_people(text: str, result: ParsedText, *, name: bool = True, company: bool = True) -> None:
    """The name and the company from the words left once labels, emails and phones are out."""
    if not (name and "name" not in result.values) and not (company and "company" not in result.values):
        return
    people = names.read(text, want_name=name and "name" not in result.values)
    for field_name, value, guessed, wanted in (("company", people.company, people.company_guessed, company),
                                               ("name", people.name, people.name_guessed, name)):
        if (wanted and value and field_name not in result.values and field_name not in result.problems
                and field_name not in result.pending):
            accept(result, field_name, value, "")
            if guessed and field_name in result.values:
                result.guessed.add(field_name)
