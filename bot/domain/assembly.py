"""Lead assembly: a validated contact plus where and how it was captured becomes a V3 request body."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot.domain.contact import Contact
from bot.domain.lead import CreateLeadRequest, CrmActivity, Lead, LeadMetaData, NoteEntry
from bot.domain.surface import Surface as Surface  # re-exported: callers build a CaptureContext with it
from bot.domain.timefmt import iso_utc

LEAD_SOURCE = "chat"
NEWLEAD_COMMAND = "/newlead"

_HOW = {
    Surface.MODAL: f"the {NEWLEAD_COMMAND} form",
    Surface.CHAT: "a chat with LeadBot",
    Surface.SHELL: "the LeadBot terminal",
}
_TITLE = {
    Surface.MODAL: f"Lead captured in Slack via {NEWLEAD_COMMAND}",
    Surface.CHAT: "Lead captured in a Slack chat with LeadBot",
    Surface.SHELL: "Lead captured in the LeadBot terminal",
}


@dataclass(frozen=True)
class TypedNote:
    """One thing the rep typed, kept verbatim for the activity's notes history."""

    text: str
    at: datetime


@dataclass(frozen=True)
class CaptureContext:
    """Who captured a lead, where, and how. Slack ids are kept for the activity's metadata."""

    surface: Surface
    user_id: str
    user_name: str
    team_id: str | None = None
    team_name: str | None = None
    channel_id: str | None = None
    channel_name: str | None = None
    thread_ts: str | None = None
    typed: tuple[TypedNote, ...] = field(default_factory=tuple)

    def where(self) -> str:
        """``in #sales in the Acme workspace``, ``in a direct message``, or ``outside Slack``."""
        place = None
        if self.channel_name and self.channel_name not in ("directmessage", "privategroup"):
            place = f"#{self.channel_name}"
        elif self.channel_id and self.channel_id.startswith("D"):
            place = "a direct message"
        elif self.channel_id:
            place = f"channel {self.channel_id}"
        workspace = f"the {self.team_name or self.team_id} workspace" if self.team_name or self.team_id else None
        parts = [f"in {part}" for part in (place, workspace) if part]
        return " ".join(parts) if parts else "outside Slack"


@dataclass(frozen=True)
class FormOrigin:
    """Where the lead form was opened: the place, and what the rep typed after the command (if any)."""

    team_id: str | None = None
    team_name: str | None = None
    channel_id: str | None = None
    channel_name: str | None = None
    thread_ts: str | None = None
    typed: str = ""
    typed_at: datetime | None = None


def form_context(origin: FormOrigin, *, user_id: str, user_name: str, notes: str | None,
                 now: datetime) -> CaptureContext:
    """The capture context of a submitted form: the command line the rep typed, then the form's notes,
    each kept verbatim for the notes history."""
    typed: list[TypedNote] = []
    if origin.typed.strip():
        typed.append(TypedNote(f"{NEWLEAD_COMMAND} {origin.typed.strip()}", origin.typed_at or now))
    if notes:
        typed.append(TypedNote(notes, now))
    return CaptureContext(
        surface=Surface.MODAL, user_id=user_id, user_name=user_name, team_id=origin.team_id,
        team_name=origin.team_name, channel_id=origin.channel_id, channel_name=origin.channel_name,
        thread_ts=origin.thread_ts, typed=tuple(typed),
    )


def activity_note(context: CaptureContext) -> str:
    return f"Captured by {context.user_name} {context.where()} via {_HOW[context.surface]}."


def build_lead(
    contact: Contact,
    context: CaptureContext,
    *,
    agent_id: str,
    activity_id: str,
    now: datetime,
    note: str | None = None,
) -> CreateLeadRequest:
    """Build the request body. ``activity_id`` is made once per lead and never changes, so a
    retried or re-sent delivery is recognisable as the same lead."""
    stamp = iso_utc(now)
    metadata: dict[str, object] = {"surface": context.surface.value}
    if context.surface is Surface.SHELL:
        metadata["capturedBy"] = context.user_id  # a local user name, not a Slack id
    for key, value in (
        ("slackTeamId", context.team_id),
        ("slackChannelId", context.channel_id),
        ("slackUserId", None if context.surface is Surface.SHELL else context.user_id),
        ("slackThreadTs", context.thread_ts),
    ):
        if value:
            metadata[key] = value
    history = [
        NoteEntry(text=typed.text, agent_id=agent_id, agent_name=context.user_name, timestamp=iso_utc(typed.at))
        for typed in context.typed
        if typed.text.strip()
    ]
    activity = CrmActivity(
        id=activity_id,
        title=_TITLE[context.surface],
        date=stamp,
        completed=True,
        responded=True,
        note=note or activity_note(context),
        notes_history=history,
        metadata=metadata,
    )
    return CreateLeadRequest(
        lead=Lead(
            agent_id=agent_id,
            name=contact.name,
            email=contact.email,
            phone=contact.phone,
            meta_data=LeadMetaData(company=contact.company, notes=contact.notes, source=LEAD_SOURCE),
            last_activity_date=stamp,
            crm_activities=[activity],
        )
    )
