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
WORKFLOW_STEP_TITLE = "Create CRM lead"  # the custom step's title in Workflow Builder (and the manifest)

_HOW = {
    Surface.MODAL: f"the {NEWLEAD_COMMAND} form",
    Surface.CHAT: "a chat with LeadBot",
    Surface.SHORTCUT: "the \u201cCreate lead from message\u201d shortcut",
    Surface.WORKFLOW: f"the \u201c{WORKFLOW_STEP_TITLE}\u201d step of a Workflow Builder workflow",
    Surface.SHELL: "the LeadBot terminal",
}
_TITLE = {
    Surface.MODAL: f"Lead captured in Slack via {NEWLEAD_COMMAND}",
    Surface.CHAT: "Lead captured in a Slack chat with LeadBot",
    Surface.SHORTCUT: "Lead captured in Slack from a message",
    Surface.WORKFLOW: "Lead captured in Slack by a Workflow Builder workflow",
    Surface.SHELL: "Lead captured in the LeadBot terminal",
}


@dataclass(frozen=True)
class TypedNote:
    """One thing the rep typed, kept verbatim for the activity's notes history."""

    text: str
    at: datetime


@dataclass(frozen=True)
class SourceMessage:
    """The Slack message a lead was captured from (the message shortcut): kept so the CRM links back."""

    ts: str
    author_id: str | None = None
    author_name: str | None = None
    permalink: str | None = None


@dataclass(frozen=True)
class SourceWorkflow:
    """The workflow run a lead came from (the custom step): Slack's function_executed event names the run
    and the step's execution, not the workflow's name, so the ids are what the CRM can be given."""

    workflow_run: str  # workflow_execution_id: one run of the workflow
    step_run: str  # function_execution_id: this step in that run
    earlier_lead: str | None = None  # a duplicate the workflow created anyway (nobody to ask): said in the note


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
    message: SourceMessage | None = None
    owner_id: str | None = None  # the Slack user the lead is for, when not the rep who captured it
    workflow: SourceWorkflow | None = None

    @property
    def owner(self) -> str:
        """The Slack user whose CRM agent owns the lead: the chosen owner, else the rep."""
        return self.owner_id or self.user_id

    def where(self) -> str:
        """``in #sales in the Acme workspace``, ``in a direct message``, or ``outside Slack``."""
        place = None
        if self.channel_name and self.channel_name.startswith("mpdm-"):
            place = "a group direct message"  # Slack names a group DM after its members
        elif self.channel_name and self.channel_name not in ("directmessage", "privategroup"):
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
    typed: str = ""  # after the command, or the text of the message a shortcut was used on
    typed_at: datetime | None = None
    message: SourceMessage | None = None  # set when the form came from the message shortcut


def form_context(origin: FormOrigin, *, user_id: str, user_name: str, notes: str | None,
                 now: datetime, owner_id: str | None = None) -> CaptureContext:
    """The capture context of a submitted form: the command line the rep typed (or the original text
    of the message the shortcut was used on), then the form's notes, each kept verbatim for the notes
    history."""
    surface = Surface.MODAL if origin.message is None else Surface.SHORTCUT
    typed: list[TypedNote] = []
    if origin.typed.strip():
        text = origin.typed.strip() if origin.message else f"{NEWLEAD_COMMAND} {origin.typed.strip()}"
        typed.append(TypedNote(text, origin.typed_at or now))
    if notes:
        typed.append(TypedNote(notes, now))
    return CaptureContext(
        surface=surface, user_id=user_id, user_name=user_name, team_id=origin.team_id,
        team_name=origin.team_name, channel_id=origin.channel_id, channel_name=origin.channel_name,
        thread_ts=origin.thread_ts, typed=tuple(typed), owner_id=owner_id if owner_id != user_id else None,
        message=origin.message,
    )


def how_captured(surface: Surface) -> str:
    """How a lead of ``surface`` was captured, in words: "the /newlead form"."""
    return _HOW[surface]


def activity_note(context: CaptureContext) -> str:
    note = f"Captured by {context.user_name} {context.where()} via {_HOW[context.surface]}"
    if context.workflow is not None:
        return _workflow_note(note, context.workflow)
    message = context.message
    if message is None:
        return note + "."
    author = message.author_name or message.author_id
    source = f", from a message by {author}" if author else ", from a message"
    link = f": {message.permalink}" if message.permalink else ""
    return f"{note}{source}{link}."


def _workflow_note(note: str, workflow: SourceWorkflow) -> str:
    run = f"{note} (workflow run {workflow.workflow_run})."
    return f"{run} {workflow.earlier_lead}." if workflow.earlier_lead else run


def _workflow_metadata(workflow: SourceWorkflow | None) -> list[tuple[str, str | None]]:
    if workflow is None:
        return []
    return [("slackWorkflowExecutionId", workflow.workflow_run), ("slackFunctionExecutionId", workflow.step_run)]


def _message_metadata(message: SourceMessage | None) -> list[tuple[str, str | None]]:
    if message is None:
        return []
    return [("slackMessageTs", message.ts), ("slackMessageAuthorId", message.author_id),
            ("slackMessageAuthorName", message.author_name), ("slackMessagePermalink", message.permalink)]


def build_lead(
    contact: Contact,
    context: CaptureContext,
    *,
    agent_id: str,
    rep_agent_id: str | None = None,
    activity_id: str,
    now: datetime,
    note: str | None = None,
) -> CreateLeadRequest:
    """Build the request body. ``agent_id`` is the owner's CRM agent (the lead's), ``rep_agent_id`` the
    capturing rep's own (their notes'; the owner's when the rep has none). ``activity_id`` is made once
    per lead and never changes, so a retried or re-sent delivery is recognisable as the same lead."""
    stamp = iso_utc(now)
    metadata: dict[str, object] = {"surface": context.surface.value}
    if context.surface is Surface.SHELL:
        metadata["capturedBy"] = context.user_id  # a local user name, not a Slack id
    for key, value in (
        ("slackTeamId", context.team_id),
        ("slackChannelId", context.channel_id),
        ("slackUserId", None if context.surface is Surface.SHELL else context.user_id),
        ("slackThreadTs", context.thread_ts),
        ("slackOwnerId", None if context.surface is Surface.SHELL else context.owner_id),
        *_message_metadata(context.message),
        *_workflow_metadata(context.workflow),
    ):
        if value:
            metadata[key] = value
    history = [
        NoteEntry(text=typed.text, agent_id=rep_agent_id or agent_id, agent_name=context.user_name,
                  timestamp=iso_utc(typed.at))
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
