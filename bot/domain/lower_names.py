"""A lead's name typed in lower case in a message that capitalises the rest: "jane baker, Acme Corp, 212-555-0187",
"bishnu thapa - Pokhara Paper Crafts". Reps type the person's name fast and paste the company from its card or
site; in a message with capitals a lower-case item is otherwise no name ("urgent", "website form")."""

from __future__ import annotations

import re

from bot.domain import wordlists as words
from bot.domain.name_run import name_run
from bot.domain.segment import Segment
from bot.domain.wordlists import plain

_GREETING = re.compile(rf"(?:{words.GREETING_PHRASES})$")
_LETTERS = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
# What such an opener is about, not who: "website form", "high priority", "family business", "brochure sent"
_ABOUT_WORDS = frozenset({"form", "order", "ads", "account", "priority", "fit", "query", "reply", "sample", "catalog",
                          "catalogue", "brochure", "sent", "received", "business", "firm", "shop", "truck", "stall",
                          "enquiry", "inquiry", "request", "quote", "visit", "visitor", "prospect", "customer",
                          "client", "buyer", "contact", "referral", "booking", "follow", "callback", "voicemail"})


def first_item_in_lower_case(read_parts: list[Segment]) -> str | None:
    """The message's first item, when it is two or three lower-case words of a name and a later item reads as a
    capitalised company (the only evidence: a guess the rep should look at)."""
    if len(read_parts) < 2:
        return None
    first = read_parts[0]
    tokens = list(first.tokens)
    # (a title too: "jane baker" reads "baker" as a job)
    if not (2 <= len(tokens) <= 3 and first.name is None and first.company is None):
        return None
    if not all(token.islower() and _LETTERS.fullmatch(token) and len(token) > 1 for token in tokens):
        return None
    if any(plain(token) in words.GREETINGS or plain(token) in words.PLACES or plain(token) in _ABOUT_WORDS
           or plain(token) in words.BUSINESS_NOUNS or plain(token) in words.ORGANISATION_ENDINGS
           or len(token) > 4 and plain(token).endswith(("ed", "ing")) for token in tokens) or _GREETING.match(
            " ".join(tokens)):
        return None
    if len(name_run(tokens, True)) != len(tokens):
        return None
    company = next((segment.company or segment.alone for segment in read_parts[1:]
                    if segment.company or segment.alone), None)
    if company is None or not company[:1].isupper() or any(token in company.lower().split() for token in tokens):
        return None
    return " ".join(tokens)
