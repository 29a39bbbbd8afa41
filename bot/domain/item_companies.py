"""Which item of a message holds the company, and all of it: an item with a legal form ("Vinăria Codrii de Nord
SRL"), a partners' firm ("Greenhalgh, Pike & Co. LLP"), or the item after a job title ("Director of Finance,
Initech"). bot.domain.names asks this once it has cut the message into items and read each.
"""

from __future__ import annotations

from bot.domain import companies
from bot.domain import wordlists as words
from bot.domain.job_titles import is_job_word
from bot.domain.legal_forms import JOINING_WORDS
from bot.domain.name_run import is_full_name
from bot.domain.segment import Segment
from bot.domain.wordlists import plain


def suffixed_or_after_title(parts: list[str], read_parts: list[Segment],
                             text: str) -> tuple[str | None, int | None]:
    has_suffixes = companies.has_suffix(" ".join(parts))
    for index, part in enumerate(parts):
        company = companies.suffixed(part, has_suffixes=has_suffixes)
        # (in a job's item, the company its words end with: "konateľka Tatranská advokátska kancelária s.r.o.")
        if company is not None and (not read_parts[index].title or company != part and part.endswith(company)):
            firm = _partners_firm(parts, read_parts, index, company, text)
            if firm is not None:
                return firm, index - 1
            return company, index if company == part else None
    for index in range(1, len(parts)):
        # "Director of Finance, Initech": the item after a job title is where they work, unless it is the
        # message's name ("Head of Procurement, Ingrid Solvang — Fjordline Seafood Imports").
        if read_parts[index - 1].title and read_parts[index].alone and not _the_first_full_name(read_parts, index):
            return read_parts[index].alone, index
    return None, None


def _partners_firm(parts: list[str], read_parts: list[Segment], index: int, company: str, text: str) -> str | None:
    """``Tabitha Greenhalgh, Greenhalgh, Pike & Co. LLP``: a partners' firm names its first partner before a
    comma; after the person's full name, that word alone between separators is the firm's ("Jane, Roe & Co.
    LLC" may be Jane at Roe & Co.)."""
    words_ = company.split()
    if company != parts[index] or index < 2 or len(words_) < 3 or words_[1] != "&" or not any(
            is_full_name(segment.name or "") for segment in read_parts[: index - 1]):
        return None  # (the partners' names first: "Pike & Co. LLP", not "Dietzsch Maschinenbau GmbH & Co. KG")
    first = parts[index - 1]
    if is_job_word(first):
        return None  # "Geschäftsführer, …": a job title
    firm = f"{first}, {company}"
    return firm if first.isalpha() and first[:1].isupper() and firm in text else None


def _the_first_full_name(read_parts: list[Segment], index: int) -> bool:
    """The item at ``index`` is the message's first full name and a later item may be the company."""
    name = read_parts[index].name
    return (name is not None and " " in name and not any(s.name and " " in s.name for s in read_parts[:index])
            and any(s.alone for s in read_parts[index + 1:]))


def with_whole_legal_form(company: str, parts: list[str], read_parts: list[Segment]) -> str:
    """``gerente de compras de Forjas Zubiría del Bajío S.A. de C.V.``: a run of words that stopped inside a legal
    form of several words ("S.A. de") is the whole company its item holds."""
    at = next(i for i, segment in enumerate(read_parts) if segment.company == company)
    whole = companies.suffixed(parts[at], has_suffixes=True)
    return whole if whole is not None and len(whole) > len(company) and whole.startswith(company) else company


def whole_item(parts: list[str], company: str, name_at: int) -> tuple[str, int | None]:
    """``Ion Căpățînă-Rusu, 0691 44 821, Vinăria Codrii de Nord SRL``: with the name in an item of its own, an item
    of capitalised words joined by "de" that ends in the company is the company, all of it (alone, "Juan Pérez de
    Acme SA" would be Juan, of Acme SA)."""
    for index, part in enumerate(parts):
        item = part.strip(" ,")
        if index == name_at or item == company or not item.endswith(company):
            continue
        before = item[: -len(company)].split()
        if (before and before[0][:1].isupper() and any(word in JOINING_WORDS for word in before)
                and all(word[:1].isupper() or word in JOINING_WORDS for word in before)
                and not any(plain(word) in words.ROLES or plain(word) in words.TITLE_WORDS for word in before)):
            return item, index
    return company, None
