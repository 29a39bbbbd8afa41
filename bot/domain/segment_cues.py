"""Cues in a segment's words that say what it is about besides a person: that a lead came in ("new contact",
"uusi liidi") and where from ("from Gulfood", "Slushista"), an event before a "from", and a business named late
in a sentence about it ("Invoice 100482 for Dunmore Creek Vineyards still open"). bot.domain.segment_reading
reads each segment with these."""

from __future__ import annotations

from bot.domain import companies
from bot.domain import wordlists as words
from bot.domain.wordlists import plain


def a_source(company: str) -> bool:
    """After "new lead from": one bare word, an event's name ("Salon Batimat") or a name with its city, is where it
    came from; a legal form says a company ("new lead from Tidewater Logistics Inc")."""
    return (" " not in company or plain(company.split(" ", 1)[0]) in words.EVENT_WORDS
            # "nouveau contact du SIAL de Paris", "new lead from Gitex Dubai": an event, named with its city
            or company.rsplit(" ", 1)[-1].casefold() in words.PLACES) and not companies.has_suffix(company)


# Finnish says "from" with an ending ("Slushista", "messuilta"), after its words for a new lead or customer
_FINNISH_FROM = ("sta", "stä", "lta", "ltä")
_FINNISH_OPENERS = frozenset({"uusi", "liidi", "asiakas", "kontakti", "uusia", "liidejä"})


def finnish_from(name: str, tokens: list[str]) -> bool:
    return (" " not in name and name.endswith(_FINNISH_FROM)
            and any(plain(token) in _FINNISH_OPENERS for token in tokens))


def opens_a_lead(lead_in: list[str]) -> bool:
    """``new contact``, ``got one``: the words before say a lead came in, so a word alone after "from" is
    more likely the fair or the campaign it came from than the lead's employer."""
    return any(plain(token) in words.OPENER_NOUNS for token in lead_in)  # (OPENER_NOUNS holds "one")


_LATE_INTROS = frozenset({"for", "from", "of", "at", "with"})


def business_named_late(tokens: list[str]) -> str | None:
    # (not who sent or referred it: "referral from Maple Partners", "card from …")
    # (nor a capitalised word's own "of": "Port of Spain Foods", "Isle of Man Candles")
    at = next((i for i, token in enumerate(tokens[:-1]) if i and plain(token) in _LATE_INTROS
               and tokens[i + 1][:1].isupper() and plain(tokens[i - 1]) not in words.MESSAGE_NOUNS
               and not (plain(token) == "of" and tokens[i - 1][:1].isupper()
                        and not any(role in words.ROLES for role in plain(tokens[i - 1]).split("/")))), None)
    if at is None or after_an_event(tokens[:at]):
        return None
    company = companies.company_run(tokens[at + 1:], False)
    if company is None or " " not in company:
        return None
    return company if companies.ends_like_a_business(company) or companies.has_suffix(company) else None


def after_an_event(tokens: list[str]) -> bool:
    """``booth lead #14 from …``: words about an event before a "from" say where the lead came from."""
    return any(plain(token) in words.EVENT_WORDS for token in tokens)
