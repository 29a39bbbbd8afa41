"""The company an email address suggests: ``sam@initrode.com`` → "Initrode", never for a personal
address (gmail.com, outlook.com, yahoo.co.uk… the free-mail list in bot/domain/data).

Only ever a suggestion: the chat asks "Initrode?" and the form offers a button; the rep accepts it.
The registrable part of the domain comes from the Public Suffix List bundled with publicsuffixlist
(no network at run time), so ``mail.initrode.co.uk`` suggests Initrode too.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from importlib import resources

from publicsuffixlist import PublicSuffixList

FREE_MAIL_LIST = "free_email_domains.txt"


@dataclass(frozen=True)
class EmailOrigin:
    """What an email's domain says: the company it suggests, or that it is a personal address."""

    domain: str
    company: str | None = None
    personal: bool = False


@functools.cache
def _free_mail_domains() -> frozenset[str]:
    text = resources.files("bot.domain.data").joinpath(FREE_MAIL_LIST).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@functools.cache
def _suffixes() -> PublicSuffixList:
    return PublicSuffixList(only_icann=True)


def is_free_mail(domain: str) -> bool:
    """``gmail.com``, ``mail.yahoo.co.uk``: the domain, or the registrable domain it belongs to, is on
    the free-mail list."""
    domain = domain.lower().strip(".")
    return _on_free_mail_list(domain, _suffixes().privatesuffix(domain))


def _on_free_mail_list(domain: str, registrable: str | None) -> bool:
    """``domain`` (lower case), or ``registrable``, the registrable domain it belongs to, is a free-mail one."""
    free = _free_mail_domains()
    return domain in free or (registrable or domain) in free


def email_origin(email: str) -> EmailOrigin | None:
    """What ``email`` says about where the person works; None when it has no domain to read."""
    _, at, domain = email.rpartition("@")
    domain = domain.lower().strip(".")
    if not at or "." not in domain:
        return None
    # (the Public Suffix List read once: the free-mail test and the company's label want the same answer)
    registrable = _suffixes().privatesuffix(domain)
    if _on_free_mail_list(domain, registrable):
        return EmailOrigin(domain, personal=True)
    if not registrable:
        return EmailOrigin(domain)
    label = registrable.split(".", 1)[0]
    if label.startswith("xn--") or not any(ch.isalpha() for ch in label):
        return EmailOrigin(domain)  # a punycode or all-digit label is no company name to show
    return EmailOrigin(domain, company="-".join(part.capitalize() for part in label.split("-")))


def works_at(email: str | None, company: str) -> bool:
    """Whether ``company`` may be where ``email`` works: no email, a personal one or one without a company name
    says nothing against it; a company address must resemble it ("jane@acmecorp.com" and "Acme Corp",
    "etienne@lumcarto.fr" and "Lumière Cartographie S.A.S.", "ibm.com" and "International Business Machines"),
    else the address names another company."""
    origin = email_origin(email) if email else None
    if origin is None or origin.company is None:
        return True
    label = compact(origin.company)
    words = tuple(word for word in map(compact, company.split()) if word)[:8]
    whole = "".join(words)
    return bool(label) and (label in whole or whole in label or any(len(word) >= 4 and word in label for word in words)
                            or _of_word_starts(label[:32], words))


def _of_word_starts(label: str, words: tuple[str, ...]) -> bool:
    """``lumcarto`` from "lumiere cartographie sas": the label is the starts of some of the words, in order."""
    @functools.cache
    def formed(at: int, first_word: int) -> bool:
        if at == len(label):
            return True
        return any(label.startswith(word[:length], at) and formed(at + length, index + 1)
                   for index in range(first_word, len(words)) for word in (words[index],)
                   for length in range(min(len(word), len(label) - at), 0, -1))
    return formed(0, 0)


def compact(text: str) -> str:
    """Letters and digits only, without case or accents: "Lumière" → "lumiere"."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if ch.isalnum())
