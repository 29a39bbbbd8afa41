"""A name or a company read from words said with nothing around them.

A name: one capitalised word ("new lead - Basseterre", "New lead (Pohnpei)") or a few lower-case words ("naya
grahak", "bagong kliyente") that make up the whole message, or all of it after an opener. Nothing says they are a
person: no honorific, no job or department beside them, no verb of meeting, no company, email or phone. Such words
are as often a town, a greeting or "new customer" in a language LeadBot does not know, so they fill no field: a field
left empty is better than a guess the rep trusts. A full name ("New lead - Ada Park", "new lead 钟离子墨") is no
guess, nor are words an opener or a colon introduces ("new lead maria lopez", "new lead: Ravi"); the chat asks for
the name and takes the answer.

A company named alone: one word ("the GM from Hastings", "um atacadista na Ceasa") or what follows a new lead's
"from" ("new lead from Cairo ICT", "ny kontakt fra Aqua Nor") is as often a town, a market or a fair as an employer,
unless its own words say it is a business ("Tabuk Marble Est.", "Brauerei Kesselgrund") or an English "at" says it
is where they work ("VP Sales at Hooli").
"""

from __future__ import annotations

from bot.domain import companies
from bot.domain import wordlists as words
from bot.domain.name_run import is_full_name
from bot.domain.segment import Segment
from bot.domain.segments import TITLE
from bot.domain.wordlists import plain


def said_alone(text: str, parts: list[str], read_parts: list[Segment], name_at: int, name: str, lower: bool) -> bool:
    """Whether ``name`` (read from ``read_parts[name_at]``) is all the message says, with nothing marking a person.
    The caller still checks there is no email, phone or company."""
    if any(index != name_at and (segment.tokens or segment.title or segment.company)
           for index, segment in enumerate(read_parts)):
        return False  # "Dorotea, reception desk", "Eliav, head of ops": something else is said about them
    segment = read_parts[name_at]
    if tuple(name.split()) != segment.tokens:
        return False  # "Priya from procurement", "Tuấn bên kế toán"
    if len(parts[name_at].split()) > len(segment.tokens) or after_a_colon(text, parts[name_at]):
        # "follow up mit Margarethe", "spoke to Ignatz", "new lead maria lopez", "new lead: Ravi": the words
        # before them, or a heading's colon, say who
        return False
    if is_full_name(name) and (not lower or " " not in name):
        # (in lower case, two words are no surer a name than one; "钟离子墨" is a whole name; and before an opener
        # that ends the message, two capitalised words are as often the lead as a greeting: "Жанар Есимова, new lead")
        return False
    return not after_an_honorific(text, name)


def after_an_honorific(text: str, said: str) -> bool:
    """``Chị Hạnh``, ``Ms. Ketteridge-Vale``: an honorific the segments took away before the words says they are a
    person."""
    before = text[: max(text.find(said), 0)].split()[-1:]
    return bool(before) and (plain(before[0]) in words.ADDRESS_WORDS or TITLE.match(before[0] + " ") is not None)


def after_a_title(text: str, said: str) -> bool:
    """``her boss is Mr. Kato, don't put him``: a title just before the words (no comma between) says a person. (Not
    every honorific: "पटवारी जी, मालवा एग्रो …" ends a name, and "Sir Baniyas Marine" is a business's own word.)"""
    before = text[: max(text.find(said), 0)].split()[-1:]
    return bool(before) and before[0].casefold().rstrip(".") in _PERSONS_TITLES


_PERSONS_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "herr", "frau", "sr", "sra", "srta",
                             "m", "mme", "mlle", "sig", "sig.ra", "pan", "pani"})


def after_a_colon(text: str, part: str) -> bool:
    """``Fiera di Verona, stand 7C: Ludovico``: the word a heading's colon introduces is who."""
    at = text.find(part)
    return at > 0 and text[:at].rstrip().endswith((":", "\uff1a"))


def company_said_alone(company: str, read_parts: list[Segment], *, answers: bool) -> bool:
    """Whether ``company``, read with no name beside it (the caller checks there is no email or phone), is one word
    or a new lead's source, with nothing in its words marking a business. With ``answers`` (a chat that knows the
    lead's name), one word said as an item of its own answers where they work ("Qwerty, Zxcv" asked for the
    company); in a sentence it does not ("her boss is Mr. Kato, don't put him")."""
    if not company.split() or named_as_a_business(company):
        return False
    said_in = next((segment for segment in read_parts if segment.company == company), None)
    tokens = said_in.tokens if said_in is not None else ()
    if answers and len(tokens) <= len(company.split()):
        return False
    first = company.split()[0]
    # ... but "VP Sales at Hooli", "new lead at Featherstone Cartography": English "at" says where they work
    if any(plain(before) in _AT for before, token in zip(tokens, tokens[1:], strict=False) if token == first):
        return False
    return " " not in company.strip() or said_in is not None and said_in.opens


_AT = frozenset({"at", "@"})


def named_as_a_business(company: str) -> bool:
    """``Zenith Bank``, ``Dangote Cement Ltd``, ``Tata Motors``: a company's own words say it is one."""
    last = plain(company.split()[-1]) if company.split() else ""
    return (companies.has_suffix(company) or companies.ends_like_a_business(company)
            or companies.is_cjk_company(company)  # ("王总, 佛山陶瓷有限公司": Boss Wang, of a company limited)
            or last in words.ORGANISATION_ENDINGS or words.starts_a_business(plain(company.split()[0])))
