"""Free text to contact fields: ``/newlead Jane Roe jane@example.com +1 415 555 0100 Acme Inc``.

The parser never raises. It returns what it recognised, normalised, plus a message for each value
it saw but could not accept (an email without a domain, say), so the caller can prefill a form and
point at the problem instead of dropping the input.

Order of work: labelled values (``email: x``, ``her email is x``, ``company Initrode``: bot.domain.labels)
first, then emails and phone numbers (the most recognisable: bot.domain.emails_phones), then the name and
the company from the words left (bot.domain.names, bot.domain.companies). A value found by a weak rule is
named in ``guessed``; whatever it is not sure of stays empty. Every pass is linear in the text: it sits
before Slack's ack.
"""

from __future__ import annotations

import re

from bot.domain import email_company, names
from bot.domain.email_names import names_the_domain, spelled_by_email
from bot.domain.emails_phones import take_emails, take_phones
from bot.domain.labels import take_labelled
from bot.domain.legal_forms import without_case_endings
from bot.domain.parsed_text import ParsedText, accept

MAX_INPUT = 4000


def parse_free_text(text: str, region: str) -> ParsedText:
    result = ParsedText()
    text = normalised_input((text or "")[:MAX_INPUT])
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


# A long run of spaces or blank lines ("Name: a", 4,000 spaces, "b"): the separators' patterns start with
# optional spaces, which cost time cubic in a run's length (0.6 s for 400 spaces, before an ack). A run says no
# more than whether it breaks a line (or two) or, as a form's columns do, puts two spaces between words.
# (written as a space and then more, not \s{4,}: a pattern that starts with a character class lets the engine skip
# to the next space, where one that starts with a repeat is tried at every position)
_LONG_SPACE = re.compile(r"\s\s\s\s+")


def _shortened(run: re.Match[str]) -> str:
    lines = run.group(0).count("\n")
    return "\n" * min(lines, 2) if lines else "  "


def normalised_input(text: str) -> str:
    """``text`` without Slack's formatting marks, struck-through words and emoji codes, with long runs of spaces
    shortened and a legal form's Finnish case ending dropped. (Its ``<…>`` markup is the Slack layer's to read,
    bot.slack.payload.plain_text: what reaches here is what the rep typed, and a literal "<details>" in it is
    data.)"""
    text = without_case_endings(_LONG_SPACE.sub(_shortened, text))
    if "~" in text:
        text = _STRUCK.sub(" , ", text)  # (what stood on either side of it stays apart: "Jane ~0 ~/A")
    if text.count(":") > 1:
        text = _EMOJI_CODE.sub(" ", text)
    return _FORMATTING.sub("", text) if ("*" in text or "_" in text or "~" in text or "`" in text) else text


# (every phrase starts with a letter: the look-ahead turns away a word's end before the phrases are tried)
_UNKNOWN = re.compile(
    r"\b(?=[^\W\d_])(?:(?:not sure|unsure|no idea|(?:do|did)(?:n['\u2019]?t| not) (?:know|catch|get)|forgot|missed)"
    r"\s+(?:of\s+)?(?:which|what|the|her|his|their)\s+(?:(?P<company>company|firm|employer)|name)"
    r"|(?:no|without)\s+name(?:\s+yet)?\b|name\s+(?:unknown|tbc|tbd|to follow)"
    r"|(?P<company2>company)\s+(?:unknown|tbc|tbd|to follow)"
    # ... and "forgot / don't know the name" in the languages reps write in: "lupa namanya", "نسيت اسمه",
    # "ما أعرف اسمه", "olvidé su nombre", "esqueci o nome", "Namen vergessen", "adını unuttum", "забыл имя"
    r"|lupa\s+nama(?:nya)?|(?:olvid[ée]|no\s+s[ée])\s+(?:su|el)\s+nombre|(?:esqueci|n[ãa]o\s+sei)\s+o\s+nome"
    r"|(?:j['\u2019]ai\s+)?oubli[ée]\s+(?:son|le)\s+nom|namen\s+vergessen|naam\s+vergeten|ad[ıi]n[ıi]\s+unuttum"
    r"|ismini\s+bilmiyorum|забыл[аи]?\s+(?:его\s+|её\s+|ее\s+)?имя|не\s+знаю\s+(?:его\s+|её\s+|ее\s+)?имени"
    r"|نسيت\s+اسمه|نسيت\s+اسمها|ما\s+أعرف\s+اسمه|ما\s+أعرف\s+اسمها|ما\s+اعرف\s+اسمه|ما\s+اعرف\s+اسمها)\b",
    re.IGNORECASE)
# "Product: Widget Pro X200", "Source: Web Summit", "Next steps: demo": a heading that names no field of the
# lead, and its value (to the line's or the item's end), which is no name or company either.
_OTHER_HEADING = re.compile(
    r"(?:^|(?<=[\n,;|]))[^\S\n]*(?:products?|produ[ci]t[oa]?s?|produkte?|items?|sku|model[lo]?|budget|presupuesto|"
    r"deal|source|fuente|quelle|event|evento|veranstaltung|topic|subject|betreff|interest(?:ed in)?|next steps?|"
    r"timeline|qty|quantity|cantidad|menge|price|pricing|preis|precio|prix|amount|date|datum|fecha|location|"
    r"website|web|url|linkedin|address|adresse|dirección|direccion|use case|needs?|requirements?|"
    r"plan|tier|seats|licen[cs]es|status)[^\S\n]*[:\uff1a][^\n,;|]*", re.IGNORECASE)
# "spoke w/ dr. amy chen re: lab supplies": what a call was about, to the item's end, names no one
_RE_TOPIC = re.compile(r"(?<=\s)re:\s[^\n,;|]*", re.IGNORECASE)
_TYPED_OUT_EMAIL = re.compile(r"[a-z][\w.-]*\s+(?:at|@)\s+[a-z][\w-]*(?:\s+dot\s+[a-z]+)*")


def take_people(text: str, result: ParsedText, *, name: bool = True, company: bool = True) -> None:
    """The name and the company from the words left once labels, emails and phones are out."""
    if _UNKNOWN.search(text) is not None:
        # "didn't catch her name", "not sure which company": the rep says it is not known, so nothing in
        # the message is guessed into it (a stand or a fair named beside it is no company)
        result.pending |= {field for match in _UNKNOWN.finditer(text)
                           if (field := "company" if match.group("company") or match.group("company2") else "name")
                           not in result.values}
    if not (name and "name" not in result.values) and not (company and "company" not in result.values):
        return
    if not result.values and _TYPED_OUT_EMAIL.fullmatch(text.strip()) is not None:
        return  # "jane at acme" and nothing else: maybe an address typed out ("…, 415-555-0169" is a person)
    if ":" in text:
        text = _RE_TOPIC.sub(" , ", _OTHER_HEADING.sub(" , ", text))
    people = names.read(text, want_name=name and "name" not in result.values)
    if people.company_where_met and people.company and not email_company.works_at(result.values.get("email"),
                                                                                 people.company):
        # "just met Torbjørn at Nor-Shipping, torbjorn@fjordvinde.no": an email at another company says where they
        # work, so where the rep met them is no employer
        people.company = None
    if (people.name is not None and people.company is None and company and "email" in result.values
            and names_the_domain(people.name, result.values["email"])):
        people.company, people.name = people.name, None  # "Jacmel Kafe Ekspò, wilnise@jacmelkafe.ht": the business
    if (people.name is None and name and "email" in result.values and "name" not in result.pending
            and (spelled := spelled_by_email(text, result.values["email"], people.company)) is not None):
        people.name, people.name_guessed = spelled, True  # "J'ai vu ce matin Imen Ben Slimane-Gharbi, imen.bsg@…"
    if people.name_alone and not result.values and not result.problems:
        people.name = None  # "new lead - Basseterre", "naya grahak": nothing says these words are a person
    if people.company_alone and not result.values and not result.problems:
        people.company = None  # "the GM from Hastings", "new lead from Cairo ICT": maybe a town or a fair
    for field_name, value, guessed, wanted in (("company", people.company, people.company_guessed, company),
                                               ("name", people.name, people.name_guessed, name)):
        if (wanted and value and field_name not in result.values and field_name not in result.problems
                and field_name not in result.pending):
            accept(result, field_name, value, "")
            if guessed and field_name in result.values:
                result.guessed.add(field_name)
