"""Lead owners: which CRM agent owns a lead, from the Slack user it is for.

Three sources, most specific first: what a rep set for themselves in App Home, a mapping an admin
imported from CSV, and ``CRM_AGENT_ID`` as the default for everyone unmapped. The CRM has no agent
list to check against, so an agent id is taken as given, trimmed and within a sane length.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.domain.contact import normalise_email
from bot.errors import ContactError, OwnerError

MAX_AGENT_ID = 200
CSV_HEADER = ("slack_user", "agent_id")
MAX_IMPORT_ROWS = 100_000
_SLACK_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,}$")
_PRINTABLE = re.compile(r"^[^\x00-\x1f\x7f]+$")


class OwnerSource(StrEnum):
    """Where a Slack user's CRM agent came from, most specific first."""

    SELF = "self"  # the rep set it in App Home
    IMPORTED = "imported"  # an admin's CSV
    DEFAULT = "default"  # CRM_AGENT_ID


SOURCE_ORDER = (OwnerSource.SELF, OwnerSource.IMPORTED, OwnerSource.DEFAULT)


@dataclass(frozen=True)
class AgentMapping:
    """A Slack user's CRM agent, and where that came from."""

    user_id: str
    agent_id: str
    source: OwnerSource


@dataclass(frozen=True)
class StoredMapping:
    """A mapping as LeadBot keeps it, for ``owners list``."""

    team_id: str
    user_id: str
    agent_id: str
    source: OwnerSource
    imported_as: str | None  # the email the CSV named the user by, if it did
    updated_at: datetime


@dataclass(frozen=True)
class ImportRow:
    """One CSV row: a Slack user id, or an email to match to one; and the agent id."""

    line: int
    slack_user: str  # ``U…``/``W…``, or a normalised email address
    agent_id: str

    @property
    def is_email(self) -> bool:
        return "@" in self.slack_user


def is_slack_user_id(value: str) -> bool:
    return bool(_SLACK_USER_ID.match(value))


def clean_agent_id(raw: str) -> str:
    """An agent id as the CRM will get it; raises OwnerError with a reason a person can act on."""
    value = raw.strip()
    if not value:
        raise OwnerError("the agent id is empty")
    if len(value) > MAX_AGENT_ID:
        raise OwnerError(f"the agent id is longer than {MAX_AGENT_ID} characters")
    if not _PRINTABLE.match(value):
        raise OwnerError("the agent id contains control characters")
    return value


def choose(mappings: dict[OwnerSource, str], default_agent: str | None, user_id: str) -> AgentMapping | None:
    """The most specific mapping of ``user_id`` (from the stored ones, then the default); None when
    there is none and no default."""
    for source in (OwnerSource.SELF, OwnerSource.IMPORTED):
        if source in mappings:
            return AgentMapping(user_id, mappings[source], source)
    if default_agent:
        return AgentMapping(user_id, default_agent, OwnerSource.DEFAULT)
    return None


def parse_owner_csv(text: str) -> list[ImportRow]:
    """Read an owners CSV (header ``slack_user,agent_id``). Every problem is reported, each with its
    line number, in one OwnerError; nothing is returned unless the whole file is good."""
    text = text.removeprefix("\ufeff")  # Excel's byte-order mark
    reader = csv.reader(io.StringIO(text, newline=""))
    problems: list[str] = []
    rows: list[ImportRow] = []
    seen: dict[str, int] = {}
    header_seen = False
    try:
        for record in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in record):
                continue  # blank lines are fine
            if not header_seen:
                header_seen = True
                if tuple(cell.strip().lower() for cell in record) != CSV_HEADER:
                    problems.append(f"line {line}: the first line must be the header "
                                    f"\u201c{','.join(CSV_HEADER)}\u201d")
                    break
                continue
            if len(rows) + len(problems) >= MAX_IMPORT_ROWS:
                problems.append(f"line {line}: more than {MAX_IMPORT_ROWS:,} rows; split the file")
                break
            row = _row(record, line, problems)
            if row is None:
                continue
            if row.slack_user in seen:
                problems.append(f"line {line}: {row.slack_user if not row.is_email else 'this email'} is "
                                f"already on line {seen[row.slack_user]}")
                continue
            seen[row.slack_user] = line
            rows.append(row)
    except csv.Error as exc:
        problems.append(f"line {reader.line_num}: not valid CSV ({exc})")
    if not header_seen and not problems:
        problems.append(f"line 1: the file is empty; it needs the header \u201c{','.join(CSV_HEADER)}\u201d")
    if problems:
        raise OwnerError("the owners file was not imported:\n" + "\n".join(f"  {p}" for p in problems))
    return rows


def _row(record: list[str], line: int, problems: list[str]) -> ImportRow | None:
    if len(record) != len(CSV_HEADER):
        problems.append(f"line {line}: expected 2 columns (slack_user,agent_id), found {len(record)}")
        return None
    user, agent = (cell.strip() for cell in record)
    try:
        agent_id = clean_agent_id(agent)
    except OwnerError as exc:
        problems.append(f"line {line}: {exc}")
        return None
    if is_slack_user_id(user):
        return ImportRow(line, user, agent_id)
    if "@" in user:
        try:
            email = normalise_email(user)
        except ContactError as exc:
            problems.append(f"line {line}: {exc.message}")
            return None
        if email:
            return ImportRow(line, email.lower(), agent_id)
    problems.append(f"line {line}: \u201cslack_user\u201d must be a Slack user id (U\u2026 or W\u2026) or an "
                    "email address")
    return None
