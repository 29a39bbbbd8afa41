"""The ``owner:`` clause of a chat message: the rep captures the lead for a colleague ("owner: @jane",
as Slack hands the mention on, "U123") or takes it back ("owner: me")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.domain.owners import is_slack_user_id

# "owner: U123" (Slack's mention of @jane, as the listener hands it on) or "owner: me", anywhere in a message.
_OWNER = re.compile(r"(?:^|(?<=[\s,;]))owner\s*:\s*(?P<who>[^\s,;]+)", re.IGNORECASE)
_ME = frozenset({"me", "myself", "mine", "@me"})
OWNER_HOW = "Say `owner: @name` (mention them) to capture the lead for a colleague, or `owner: me`."


@dataclass(frozen=True)
class OwnerChoice:
    """An ``owner:`` clause read from a message, and the rest of the message."""

    rest: str
    user_id: str | None  # None: the rep themselves
    problem: str | None = None


def take_owner(text: str) -> OwnerChoice | None:
    """The ``owner:`` clause of a message, if it has one."""
    match = _OWNER.search(text)
    if match is None:
        return None
    who = match.group("who").strip(".")
    rest = f"{text[:match.start()]} {text[match.end():]}".strip(" ,;")
    if who.lower() in _ME:
        return OwnerChoice(rest, None)
    if is_slack_user_id(who):
        return OwnerChoice(rest, who)
    return OwnerChoice(rest, None, problem=f"I couldn't tell who \u201c{who[:80]}\u201d is. {OWNER_HOW}")
