"""The understanding corpus (bench/corpus/*.jsonl) and the rules that score a reading of it.

A case is one rep message (plus, for the chat path, the messages that followed it) and the contact
fields a careful person would put in the CRM form from it. Each field of each reading is one of four
outcomes: right, missed (expected a value, got none), wrong (got another value that the rep did
type), or invented (got a value where none was expected, or one the rep never typed).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import phonenumbers

CORPUS = Path(__file__).resolve().parent / "corpus"
SETS = ("dev", "heldout")
FIELDS = ("name", "email", "phone", "company")
KINDS = (
    "plain", "lead-in", "trailing", "separator", "label", "title", "lowercase", "phone-format",
    "international", "company-form", "empty-field", "email-domain", "off-answer", "correction", "step-by-step",
)
_KEYS = frozenset({"id", "kind", "region", "text", "expect", "chat", "chat_expect"})
_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\D")


@dataclass(frozen=True)
class Case:
    id: str
    kind: str
    region: str
    text: str
    expect: dict[str, str]
    chat: tuple[str, ...] = ()
    chat_expect: dict[str, str] | None = None

    @property
    def conversation(self) -> tuple[str, ...]:
        return (self.text, *self.chat)

    def expected(self, path: str) -> dict[str, str]:
        """``chat_expect``, when given, is the whole expectation for the chat path."""
        return self.chat_expect if path == "chat" and self.chat_expect is not None else self.expect


def _fields(raw: object, where: str) -> dict[str, str]:
    if not isinstance(raw, dict) or not set(raw) <= set(FIELDS):
        raise ValueError(f"{where}: expected an object with keys among {FIELDS}, got {raw!r}")
    values: dict[str, str] = {}
    for key, value in raw.items():
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{where}: {key} must be a non-empty string or null, got {value!r}")
        values[key] = value
    return values


def parse_case(line: str) -> Case:
    """One corpus line, checked: a malformed line raises ValueError naming what is wrong."""
    raw = json.loads(line)
    if not isinstance(raw, dict) or not set(raw) <= _KEYS:
        raise ValueError(f"unexpected keys in {line[:80]!r}")
    ident, kind, region, text = (raw.get(key) for key in ("id", "kind", "region", "text"))
    if not (isinstance(ident, str) and isinstance(text, str) and isinstance(region, str)):
        raise ValueError(f"id, region and text must be strings in {line[:80]!r}")
    if kind not in KINDS:
        raise ValueError(f"{ident}: unknown kind {kind!r}")
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise ValueError(f"{ident}: unknown region {region!r}")
    chat = raw.get("chat", [])
    if not isinstance(chat, list) or not all(isinstance(message, str) and message.strip() for message in chat):
        raise ValueError(f"{ident}: chat must be a list of messages")
    chat_expect = raw.get("chat_expect")
    return Case(ident, kind, region, text, _fields(raw.get("expect", {}), f"{ident} expect"), tuple(chat),
                None if chat_expect is None else _fields(chat_expect, f"{ident} chat_expect"))


def load(name: str) -> list[Case]:
    lines = (CORPUS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [parse_case(line) for line in lines if line.strip()]


# --- comparing values ---------------------------------------------------------------------------

def plain_text(value: str) -> str:
    """Names and companies compare casefolded, with Unicode compatibility forms and spaces unified."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", value).casefold()).strip()


def _phone(value: str, region: str) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return None


def same_value(field_name: str, expected: str, got: str, region: str) -> bool:
    if field_name == "email":
        return expected.strip().lower() == got.strip().lower()
    if field_name == "phone":
        want, have = _phone(expected, region), _phone(got, region)
        return (want is not None and have is not None and want.country_code == have.country_code
                and want.national_number == have.national_number
                and (want.extension or "") == (have.extension or ""))
    return plain_text(expected) == plain_text(got)


def occurs_in(field_name: str, value: str, said: str, region: str) -> bool:
    """Whether ``value`` is something the rep typed in ``said`` (modulo case, spacing, phone format)."""
    if field_name == "email":
        return value.strip().lower() in said.lower()
    if field_name != "phone":
        return plain_text(value) in plain_text(said)
    number = _phone(value, region)
    if number is None:
        return False
    typed = (_DIGITS.sub("", said), _DIGITS.sub("", phonenumbers.convert_alpha_characters_in_number(said)))
    wanted = (str(number.national_number), number.extension or "")
    return any(all(part in digits for part in wanted) for digits in typed)


class Outcome(StrEnum):
    RIGHT = "right"
    MISSED = "missed"
    WRONG = "wrong"
    INVENTED = "invented"


def judge(field_name: str, expected: str | None, got: str | None, said: str, region: str) -> Outcome:
    if not got:
        return Outcome.MISSED if expected else Outcome.RIGHT
    if expected and same_value(field_name, expected, got, region):
        return Outcome.RIGHT
    if not expected or not occurs_in(field_name, got, said, region):
        return Outcome.INVENTED
    return Outcome.WRONG


# --- totals -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Miss:
    case: Case
    field: str
    outcome: Outcome
    expected: str | None
    got: str | None


@dataclass
class Tally:
    """Outcomes over a group of cases: field accuracy, whole-message exactness, invented values."""

    messages: int = 0
    exact: int = 0
    outcomes: Counter[Outcome] = field(default_factory=Counter)

    def add(self, outcomes: list[Outcome]) -> None:
        self.messages += 1
        self.exact += all(outcome is Outcome.RIGHT for outcome in outcomes)
        self.outcomes.update(outcomes)

    @property
    def field_accuracy(self) -> float:
        total = sum(self.outcomes.values())
        return 100 * self.outcomes[Outcome.RIGHT] / total if total else 0.0

    @property
    def exactness(self) -> float:
        return 100 * self.exact / self.messages if self.messages else 0.0

    @property
    def invented(self) -> int:
        return self.outcomes[Outcome.INVENTED]


def score(case: Case, path: str, got: dict[str, str]) -> tuple[list[Outcome], list[Miss]]:
    """Each field's outcome for one reading of ``case`` on ``path`` (``prefill`` or ``chat``)."""
    expected = case.expected(path)
    said = case.text if path == "prefill" else "\n".join(case.conversation)
    outcomes: list[Outcome] = []
    misses: list[Miss] = []
    for name in FIELDS:
        outcome = judge(name, expected.get(name), got.get(name), said, case.region)
        outcomes.append(outcome)
        if outcome is not Outcome.RIGHT:
            misses.append(Miss(case, name, outcome, expected.get(name), got.get(name)))
    return outcomes, misses
