"""What free text said, field by field (``ParsedText``), and how a value read from it is taken in
(``accept``): normalised, or kept with the problem that stops it."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.domain import wordlists as words
from bot.domain.contact import normalise_field
from bot.errors import ContactError


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


def accept(result: ParsedText, name: str, raw: str, region: str) -> None:
    if name in result.values:
        return
    if words.is_placeholder(raw) or not raw.strip(" .!?"):
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
