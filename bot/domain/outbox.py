"""The outbox's vocabulary: a stored lead, its delivery status, and when to try again."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from bot.domain.surface import Surface


class LeadStatus(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    RETRYING = "retrying"
    DELIVERED = "delivered"
    FAILED = "failed"
    # Stored while CRM_API_TOKEN was unset: never sent; ``outbox send-dry-run`` queues it for real.
    DRY_RUN = "dry_run"

    @property
    def is_final(self) -> bool:
        return self in (LeadStatus.DELIVERED, LeadStatus.FAILED, LeadStatus.DRY_RUN)


@dataclass(frozen=True)
class SlackMessageRef:
    """Where the rep's status message lives, so it can be updated in place."""

    channel: str
    ts: str


@dataclass(frozen=True)
class LeadRecord:
    """A captured lead as the outbox keeps it. ``body`` is the exact JSON that is sent."""

    id: str
    capture_key: str
    status: LeadStatus
    body: str
    surface: Surface
    user_id: str
    created_at: datetime
    updated_at: datetime
    next_attempt_at: datetime
    queued_at: datetime  # start of the current delivery round: capture, or the last manual retry
    team_id: str | None = None
    channel_id: str | None = None
    thread_ts: str | None = None
    attempts: int = 0
    crm_message: str | None = None
    crm_response: str | None = None  # the CRM's "data" when it created the lead, as JSON
    last_error: str | None = None
    dry_run: bool = False
    status_message: SlackMessageRef | None = None
    owner_id: str | None = None  # the Slack user whose CRM agent owns the lead; None: the rep who captured it

    @property
    def wire(self) -> dict[str, Any]:
        parsed: dict[str, Any] = json.loads(self.body)
        return parsed

    @property
    def lead(self) -> dict[str, Any]:
        lead: dict[str, Any] = self.wire["lead"]
        return lead

    def contact_fields(self) -> dict[str, str]:
        """The contact as it was stored (name, email, phone, company, notes), fields that have a value."""
        return contact_in(self.body)

    def duplicate_keys(self) -> tuple[str | None, str | None]:
        """What an earlier lead for the same person is found by: the email in lower case, the phone
        (E.164, as stored)."""
        return duplicate_keys(self.contact_fields())

    def who(self) -> str | None:
        """What to call the lead: its name, else its email, else its phone."""
        fields = self.contact_fields()
        return fields.get("name") or fields.get("email") or fields.get("phone")

    def with_agent(self, agent_id: str) -> str:
        """The body again, owned by ``agent_id``: a dry run put a placeholder agent on the lead and on
        each note of its history, and the CRM would refuse or misfile that."""
        wire = self.wire
        lead = wire["lead"]
        placeholder = lead.get("agentId")
        lead["agentId"] = agent_id
        for activity in lead.get("crmActivities") or []:
            for note in activity.get("notesHistory") or []:
                if note.get("agentId") == placeholder:
                    note["agentId"] = agent_id
        return json.dumps(wire, ensure_ascii=False, separators=(",", ":"))

    def evolve(self, **changes: Any) -> LeadRecord:
        return replace(self, **changes)


@dataclass(frozen=True)
class RetryPolicy:
    """When to try a transient failure again: exponential backoff with full jitter, capped, and
    never sooner than the CRM's ``Retry-After``. After ``max_age`` a lead stops being retried."""

    base: timedelta = timedelta(seconds=2)
    cap: timedelta = timedelta(hours=1)
    max_age: timedelta = timedelta(hours=24)

    def delay(self, attempts: int, retry_after: float | None, rng: random.Random) -> timedelta:
        # The exponent is bounded so a very high attempt count cannot overflow the float: 2**100 times
        # the smallest timedelta (1 µs) is already far beyond the largest timedelta a cap can be.
        exponent = min(max(attempts - 1, 0), 100)
        ceiling = min(self.cap.total_seconds(), self.base.total_seconds() * 2**exponent)
        seconds = rng.uniform(0, ceiling)
        if retry_after is not None:
            seconds = max(seconds, min(retry_after, self.cap.total_seconds()))
        return timedelta(seconds=seconds)

    def expired(self, created_at: datetime, now: datetime) -> bool:
        return now - created_at >= self.max_age


def duplicate_keys(contact: dict[str, str]) -> tuple[str | None, str | None]:
    """The email (lower case) and phone (as normalised) of a contact's fields, for finding duplicates."""
    email, phone = contact.get("email"), contact.get("phone")
    return (email.lower() if email else None, phone or None)


def contact_in(body: str) -> dict[str, str]:
    """The contact fields (name, email, phone, company, notes) of a stored body, those with a value."""
    lead = json.loads(body).get("lead") or {}
    meta = lead.get("metaData") or {}
    values = {"name": lead.get("name"), "email": lead.get("email"), "phone": lead.get("phone"),
              "company": meta.get("company"), "notes": meta.get("notes")}
    return {field: value for field, value in values.items() if isinstance(value, str) and value}
