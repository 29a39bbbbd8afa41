"""Free text to contact fields: ``/newlead Jane Roe jane@example.com +1 415 555 0100 Acme Inc``.

The parser never raises. It returns what it recognised, normalised, plus a message for each value
it saw but could not accept (an email without a domain, say), so the caller can prefill a form and
point at the problem instead of dropping the input.

Order of work: labelled values (``email: x``) first, then emails and phone numbers (which are the
most recognisable), then the company (``at Acme``, ``Acme Inc``, the last part of a comma list), and
the name from what is left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.domain.contact import (
    normalise_field,
    normalise_phone,
)
from bot.errors import ContactError

MAX_INPUT = 4000

_LABEL = re.compile(
    r"(?P<label>\b(?:name|e-?mail|phone|tel|mobile|cell|company|org|organi[sz]ation|notes?)\b)\s*[:=]\s*",
    re.IGNORECASE,
)
# The field each label names; conversation corrections read these words too.
LABEL_FIELDS = {
    "name": "name", "email": "email", "e-mail": "email", "phone": "phone", "tel": "phone",
    "mobile": "phone", "cell": "phone", "company": "company", "org": "company",
    "organisation": "company", "organization": "company", "note": "notes", "notes": "notes",
}
# A candidate starts where a word starts (the look-behind), so a long run without an @ costs linear time.
_EMAIL_CANDIDATE = re.compile(r"(?<![^\s<>,;()\[\]\"'])[^\s<>,;()\[\]\"']*@[^\s<>,;()\[\]\"']*")
_COMPANY_SUFFIX = (
    r"Inc|Incorporated|Ltd|Limited|LLC|LLP|PLC|GmbH|AG|SA|SAS|SARL|BV|NV|Oy|AB|AS|ApS|Pty|Co|Corp|"
    r"Corporation|Company|KG|SpA|Srl|SL|SRL|KK"
)
_SUFFIXED_COMPANY = re.compile(
    # Words are joined by spaces or tabs only: a company never runs across a line break.
    rf"(?P<company>(?:[A-Z0-9][\w&'.-]*[ \t]+(?:&[ \t]+)?){{0,2}}"
    rf"[A-Z0-9][\w&'.-]*,?[ \t]+(?:&[ \t]+)?(?:{_COMPANY_SUFFIX})\b\.?)"
)
_AT_COMPANY = re.compile(
    # Not "of": it belongs to names and titles ("Catherine of Aragon", "VP of Sales") more than companies.
    r"\b(?:at|from|with|works? (?:at|for))\s+(?P<company>[A-Z0-9][^,;\n]*?)\s*(?=$|[,;\n]|\s+(?:and|who)\b)"
)
_FILLER = re.compile(
    r"^\s*(?:(?:please|pls|hi|hey|hello)\b[\s,!]*)*(?:(?:add|create|new|capture|log|save|record)\s+)?"
    r"(?:(?:a|the|new)\s+)*(?:lead|contact|prospect)?\s*(?:for|:|-)?\s*",
    re.IGNORECASE,
)
# A plausible phone number: optional +, optional bracket, then digits with the usual separators. Cheap
# to find; phonenumbers then decides (its own matcher is far slower, and this sits before an ack).
_PHONE_CANDIDATE = re.compile(r"\+?\(?\d[\d \t().-]{5,}\d")
_NAME_WORD = re.compile(r"^[^\W\d_][\w'.-]*$")
# Words that end a name ("Jane Roe who works at Acme", "Jane Roe on +44 ...") or come before one.
_NOT_NAME = frozenset({
    "who", "works", "work", "is", "was", "at", "from", "with", "and", "on", "in", "for", "via",
    "call", "email", "phone", "tel", "mobile", "ring", "contact", "lead", "met", "meet", "spoke", "talked",
})


@dataclass
class ParsedText:
    """What free text said. ``values`` are normalised; ``problems`` maps a field to a message."""

    values: dict[str, str] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)
    raw: dict[str, str] = field(default_factory=dict)

    def get(self, name: str) -> str | None:
        return self.values.get(name)


def parse_free_text(text: str, region: str) -> ParsedText:
    result = ParsedText()
    text = (text or "")[:MAX_INPUT]
    rest = take_labelled(text, result, region)
    rest = take_emails(rest, result)
    rest = take_phones(rest, result, region)
    rest = take_company(rest, result)
    take_name(rest, result)
    return result


def accept(result: ParsedText, name: str, raw: str, region: str) -> None:
    if name in result.values:
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


def take_labelled(text: str, result: ParsedText, region: str) -> str:
    """``name: Jane Roe, email: jane@x.io`` — a label's value runs to the next label or separator."""
    matches = list(_LABEL.finditer(text))
    if not matches:
        return text
    kept = [text[: matches[0].start()]]
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        field_name = LABEL_FIELDS[match.group("label").lower()]
        value = text[match.end(): end]
        if field_name != "notes":
            # Everything but notes ends at the first separator; the rest stays for the other passes.
            parts = re.split(r"([,;\n])", value, maxsplit=1)
            if len(parts) == 3:
                value = parts[0]
                kept.append(parts[1] + parts[2])
        accept(result, field_name, value.strip(" ,;"), region)
    return " ".join(kept)


def take_emails(text: str, result: ParsedText) -> str:
    def replace(match: re.Match[str]) -> str:
        candidate = match.group(0).strip(".")
        if "email" not in result.values:
            accept(result, "email", candidate, "")
        return " , "  # a removed value separates what stood on either side of it

    return _EMAIL_CANDIDATE.sub(replace, text)


def take_phones(text: str, result: ParsedText, region: str) -> str:
    """The first run of digits that is a valid number for ``region`` (or carries its own +country)
    becomes the phone; if none is valid, the first candidate is reported with its problem."""
    if "phone" in result.values:
        return text
    candidates = list(_PHONE_CANDIDATE.finditer(text))
    for match in candidates:
        try:
            value = normalise_phone(match.group(0), region)
        except ContactError:
            continue
        if value:
            result.raw.setdefault("phone", match.group(0).strip())
            result.values["phone"] = value
            result.problems.pop("phone", None)
            return text[: match.start()] + " , " + text[match.end():]
    if candidates:
        # Meant as a phone, but not a valid one: say what is wrong rather than drop it.
        first = candidates[0]
        accept(result, "phone", first.group(0), region)
        return text[: first.start()] + " , " + text[first.end():]
    return text


def has_at_company(text: str) -> bool:
    """``Jane Roe from Acme``: the text names a company with a connecting word, so it is more than a name."""
    return _AT_COMPANY.search(text) is not None


def take_company(text: str, result: ParsedText) -> str:
    if "company" in result.values:
        return text
    for pattern in (_AT_COMPANY, _SUFFIXED_COMPANY):
        match = pattern.search(text)
        if match:
            accept(result, "company", match.group("company").strip(" ,"), "")
            return text[: match.start()] + " , " + text[match.end():]
    # "hi, please add Jane Roe": the greeting is not a list item, so it cannot make "Jane Roe" a company.
    parts = [p.strip() for p in re.split(r"[,;\n]", _FILLER.sub("", text, count=1))]
    parts = [p for p in parts if p and any(ch.isalpha() for ch in p)]
    if len(parts) >= 2:
        accept(result, "company", parts[-1], "")
        head, _, _ = text.rpartition(parts[-1])
        return head
    return text


def take_name(text: str, result: ParsedText) -> None:
    if "name" in result.values:
        return
    text = _FILLER.sub("", text, count=1)
    for part in re.split(r"[,;\n]|\s-\s", text):
        words = part.split()
        name_words: list[str] = []
        for word in words:
            if word.lower() in _NOT_NAME:
                if name_words:
                    break
                continue
            if not _NAME_WORD.match(word):
                break
            name_words.append(word)
            if len(name_words) == 5:
                break
        if name_words:
            accept(result, "name", " ".join(name_words), "")
            return
