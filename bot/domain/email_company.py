"""The company an email address suggests: ``sam@initrode.com`` → "Initrode", never for a personal
address (gmail.com, outlook.com, yahoo.co.uk… the free-mail list in bot/domain/data).

Only ever a suggestion: the chat asks "Initrode?" and the form offers a button; the rep accepts it.
The registrable part of the domain comes from the Public Suffix List bundled with publicsuffixlist
(no network at run time), so ``mail.initrode.co.uk`` suggests Initrode too.
"""

from __future__ import annotations

import functools
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
    registrable = _suffixes().privatesuffix(domain) or domain
    free = _free_mail_domains()
    return domain in free or registrable in free


def email_origin(email: str) -> EmailOrigin | None:
    """What ``email`` says about where the person works; None when it has no domain to read."""
    _, at, domain = email.rpartition("@")
    domain = domain.lower().strip(".")
    if not at or "." not in domain:
        return None
    if is_free_mail(domain):
        return EmailOrigin(domain, personal=True)
    registrable = _suffixes().privatesuffix(domain)
    if not registrable:
        return EmailOrigin(domain)
    label = registrable.split(".", 1)[0]
    if label.startswith("xn--") or not any(ch.isalpha() for ch in label):
        return EmailOrigin(domain)  # a punycode or all-digit label is no company name to show
    return EmailOrigin(domain, company="-".join(part.capitalize() for part in label.split("-")))
