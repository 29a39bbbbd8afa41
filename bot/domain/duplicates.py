"""An earlier lead that looks like the one being created: what the rep is told before choosing
**Create anyway** or **Cancel**. Pure: the service finds the lead and names who captured it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from bot.domain.outbox import LeadRecord, LeadStatus

# How each status reads inside "(…)" after "captured <when>".
_STATUS_WORDS = {
    LeadStatus.PENDING: "queued for the CRM",
    LeadStatus.SENDING: "being sent to the CRM",
    LeadStatus.RETRYING: "being retried",
    LeadStatus.DELIVERED: "delivered to the CRM",
    LeadStatus.FAILED: "the CRM refused it",
    LeadStatus.DRY_RUN: "dry run, not sent",
}


@dataclass(frozen=True)
class DuplicateLead:
    """The earlier lead, as the rep is shown it."""

    lead_id: str  # what "Create anyway" accepts, so a second look finding the same lead lets it through
    lead_name: str  # the earlier lead's name, email or phone
    captured_by: str  # a person's name, or "you"
    captured_at: datetime
    status: LeadStatus
    same: str  # "email", "phone" or "email and phone"

    def sentence(self) -> str:
        """``<lead> looks like a lead <who> captured <when> (<status>)``, without a final stop."""
        return (f"{self.lead_name} looks like a lead {self.captured_by} captured {captured_when(self.captured_at)} "
                f"({_STATUS_WORDS[self.status]}): same {self.same}")


def captured_when(moment: datetime) -> str:
    """A moment as a rep reads it in any time zone: the date and the time in UTC."""
    return moment.astimezone(UTC).strftime("on %d %b %Y at %H:%M UTC")


def matched_by(earlier: LeadRecord, email_key: str | None, phone_key: str | None) -> str:
    """Which of the new lead's keys the earlier lead shares."""
    earlier_email, earlier_phone = earlier.duplicate_keys()
    same = [word for word, mine, theirs in (("email", email_key, earlier_email), ("phone", phone_key, earlier_phone))
            if mine and mine == theirs]
    return " and ".join(same) or "contact details"


def agent_name_in(earlier: LeadRecord) -> str | None:
    """The capturing rep's name as the earlier lead's activity recorded it (its notes history)."""
    for activity in earlier.lead.get("crmActivities") or []:
        for note in activity.get("notesHistory") or []:
            name = note.get("agentName")
            if isinstance(name, str) and name.strip():
                return name.strip()
    return None
