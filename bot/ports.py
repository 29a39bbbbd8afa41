"""The services' view of the outside world. Adapters implement these; tests can too."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol

from bot.domain.outbox import LeadRecord, SlackMessageRef
from bot.domain.owners import OwnerSource, StoredMapping
from bot.domain.workspace import ConnectRequest, CrmConnection, CrmState, Workspace


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware."""
        ...


@dataclass(frozen=True)
class CrmReceipt:
    """The CRM created the lead. ``message`` and ``data`` are what it answered."""

    message: str
    data: Any = None
    dry_run: bool = False


class CrmClient(Protocol):
    def create_lead(self, body: str) -> CrmReceipt:
        """POST the exact JSON ``body``. Raises CrmTransientError or CrmRejectedError."""
        ...

    def close(self) -> None: ...


class CrmClients(Protocol):
    """Which CRM a lead goes to: its workspace's (many workspaces), or the one CRM of a single workspace."""

    def for_team(self, team_id: str | None) -> CrmClient:
        """The client for a lead of ``team_id``. A workspace without a CRM connection gets a client that
        keeps its leads as a dry run; one whose token the CRM refused, a client that raises
        CrmWaitingError until an admin connects a new token."""
        ...

    def close(self) -> None: ...


class WorkspaceStore(Protocol):
    """Each workspace's CRM connection, by team key (team id, or enterprise id for an org install).
    Tokens are sealed at rest; only ``connection`` opens one."""

    def workspace(self, team_key: str) -> Workspace | None: ...

    def connection(self, team_key: str) -> CrmConnection | None:
        """The workspace's CRM connection with its token opened; None when it has none (or was
        uninstalled). Raises ConfigError when no key in LEADBOT_SECRET_KEY opens the token."""
        ...

    def connect_crm(self, team_key: str, request: ConnectRequest, now: datetime) -> None:
        """Store (or replace) the workspace's connection, state ok; in the same transaction, its leads
        waiting for a token become due now."""
        ...

    def mark_crm_state(self, team_key: str, state: CrmState, now: datetime) -> bool:
        """Set the connection's state; True when this changed it (so its admin is told once)."""
        ...

    def set_installer(self, team_key: str, user_id: str, now: datetime) -> None:
        """Who installed LeadBot in the workspace: they may connect its CRM, and hear when it fails."""
        ...

    def set_leads_channel(self, team_key: str, channel: str | None, now: datetime) -> None:
        """The channel the workspace's delivered leads are posted in; None: none."""
        ...

    def list(self) -> list[Workspace]: ...


class CrmTokenAlerts(Protocol):
    def crm_token_refused(self, workspace: Workspace) -> None:
        """Tell the workspace's admin that the CRM refused its token (a DM; App Home shows it too);
        must not raise."""
        ...


class NullCrmTokenAlerts:
    """Tells nobody (tools without Slack); the router's log line still says it."""

    def crm_token_refused(self, workspace: Workspace) -> None:
        pass


class LeadStore(Protocol):
    def add(self, record: LeadRecord) -> LeadRecord:
        """Store a new lead. A second add with the same ``capture_key`` returns the first lead."""
        ...

    def get(self, lead_id: str) -> LeadRecord | None: ...

    def claim_batch(self, now: datetime, lease: timedelta, size: int) -> list[LeadRecord]:
        """Mark up to ``size`` of the oldest due leads as sending (for ``lease``) and return them,
        oldest first; an empty list when none is due."""
        ...

    def save_many(self, records: list[LeadRecord]) -> None:
        """``save`` for several leads, in one transaction."""
        ...

    def next_due_at(self) -> datetime | None:
        """When the earliest undelivered lead becomes due, or None if the outbox is empty."""
        ...

    def save(self, record: LeadRecord) -> None:
        """Write a record's status fields back."""
        ...

    def set_status_message(self, lead_id: str, ref: SlackMessageRef) -> None: ...

    def mark_status_shown(self, lead_id: str, shown_at: datetime) -> None:
        """The rep's status message now shows the lead as it was at ``updated_at == shown_at``."""
        ...

    def claim_status_post(self, lead_id: str, now: datetime, until: datetime, replacing: str | None = None) -> bool:
        """Take the right to post a lead's first status message until ``until``; False when it has one
        (other than the gone message ``replacing``, by its ts), or another process holds the right."""
        ...

    def release_status_post(self, lead_id: str) -> None:
        """Give the right back (the post failed), so the next catch-up may try at once."""
        ...

    def status_behind(self, *, since: datetime, before: datetime, limit: int) -> list[LeadRecord]:
        """Leads changed between ``since`` and ``before`` whose status message is behind (or was never
        posted), oldest change first; terminal-only leads are left out."""
        ...

    def resubmit(self, lead_id: str, body: str | None, now: datetime) -> LeadRecord | None:
        """Queue a failed lead again, with a new body or (None) the same; None if it is not failed."""
        ...

    def count_by_status(self) -> dict[str, int]:
        """How many leads are in each status, for health checks and metrics."""
        ...

    def fail_workspace(self, team_key: str, reason: str, now: datetime) -> int:
        """Mark every undelivered lead of the workspace ``team_key`` failed with ``reason``; how many."""
        ...

    def close(self) -> None: ...


class Installations(Protocol):
    """The Slack installations of a multi-workspace LeadBot."""

    def remove(self, team_key: str, now: datetime) -> None:
        """Forget the workspace's Slack tokens and its CRM secret, at once."""
        ...


class LeadHistory(Protocol):
    """What a workspace's earlier leads tell: duplicates, a rep's recent leads, the week's counts."""

    def earlier_lead(self, team_id: str | None, *, email_key: str | None, phone_key: str | None,
                     since: datetime, excluding_capture_key: str | None = None) -> LeadRecord | None:
        """The newest lead of the workspace created since ``since`` with the same email key or phone
        key (see ``LeadRecord.duplicate_keys``), other than the capture ``excluding_capture_key``."""
        ...

    def recent_for(self, team_id: str | None, user_id: str, limit: int) -> list[LeadRecord]:
        """A rep's newest leads in the workspace, captured by them or owned by them, newest first."""
        ...

    def counts_for(self, team_id: str | None, user_id: str, since: datetime) -> dict[str, int]:
        """Of the leads a rep captured since ``since``: ``captured``, ``delivered`` and ``failed``."""
        ...

    def claim_feed_post(self, lead_id: str, now: datetime) -> bool:
        """Take the one right to post a delivered lead to the team's leads channel; False if taken."""
        ...


class OwnerStore(Protocol):
    """Each Slack user's CRM agent, per workspace and source (see ``bot.domain.owners``)."""

    def agents_of(self, team_id: str, user_id: str) -> dict[OwnerSource, str]: ...

    def set_own(self, team_id: str, user_id: str, agent_id: str | None, now: datetime) -> None:
        """What the rep set for themselves; None removes it."""
        ...

    def replace_imported(self, team_id: str, rows: list[tuple[str, str, str | None]], now: datetime) -> int:
        """Replace the workspace's imported mapping with ``rows`` (user id, agent id, imported as), all
        or nothing; returns how many rows were stored."""
        ...

    def entries(self, team_id: str | None = None) -> list[StoredMapping]:
        """Every stored mapping (of one workspace, or all), by workspace, user and source."""
        ...


class UsersByEmail(Protocol):
    """Slack's users, found by email (``users.lookupByEmail``), for an owners file that names people so."""

    def user_by_email(self, email: str) -> str | None:
        """The user id Slack has for ``email``, None when it knows none; raises SlackError when Slack
        cannot answer."""
        ...


class Notifier(Protocol):
    def lead_stored(self, record: LeadRecord) -> None:
        """A new lead is in the outbox: show the rep its status where it was captured; must not raise."""
        ...

    def lead_status_changed(self, record: LeadRecord) -> None:
        """Show the rep where the lead stands now; must not raise."""
        ...


class NullNotifier:
    """Tells nobody: for tools that deliver leads without Slack (the outbox commands, benchmarks)."""

    def lead_stored(self, record: LeadRecord) -> None:
        pass

    def lead_status_changed(self, record: LeadRecord) -> None:
        pass


class UserNames(Protocol):
    """People's display names, for the activity's notes history. ``team`` is the workspace (team key)
    the person is seen in: a lookup asks Slack with that workspace's token."""

    def name(self, user_id: str, fallback: str = "", *, team: str) -> str:
        """The name known for ``user_id`` now, else ``fallback``; never waits for a lookup."""
        ...

    def warm(self, user_id: str, *, team: str) -> None:
        """Look the name up in the background, so a later ``name`` finds it."""
        ...

    def name_now(self, user_id: str, *, team: str) -> str:
        """The name known for ``user_id``, asked of Slack now (briefly) when it is not known; the user id
        when there is none. Only for work done after Slack has been answered."""
        ...


@dataclass(frozen=True)
class PersonProfile:
    """What Slack's profile says of a message's author, to prefill a lead with."""

    name: str = ""
    email: str = ""
    phone: str = ""
    organisation: str = ""  # the name of their organisation, when they are outside the workspace


class MessageSources(Protocol):
    """What Slack knows of a message a lead is captured from. Each lookup has a short deadline and
    answers None (logged) instead of raising: a lead is captured without it."""

    def author(self, user_id: str, *, workspace: str, our_team: str, their_team: str = "") -> PersonProfile | None:
        """The author's profile, asked with ``workspace``'s token; ``their_team`` (from the message) marks an
        author from another organisation than ``our_team``, whose organisation's name is looked up too."""
        ...

    def permalink(self, channel_id: str, ts: str, *, workspace: str) -> str | None: ...


class Closeable(Protocol):
    def close(self) -> None:
        """Release what it holds (connections, threads); safe to call once at shutdown."""
        ...


@dataclass(frozen=True)
class ConversationKey:
    """One rep's conversation in one place: a DM, or a thread in a channel."""

    team_id: str
    channel_id: str
    thread_ts: str
    user_id: str

    def __str__(self) -> str:
        return f"{self.team_id}:{self.channel_id}:{self.thread_ts}:{self.user_id}"

    @classmethod
    def parse(cls, raw: str) -> ConversationKey | None:
        parts = raw.split(":")
        if len(parts) != 4 or not parts[1] or not parts[3]:
            return None
        return cls(*parts)


class SaveResult(StrEnum):
    SAVED = "saved"
    CONFLICT = "conflict"
    DUPLICATE = "duplicate"


@dataclass(frozen=True)
class StoredConversation:
    key: ConversationKey
    state: str  # the engine's JSON
    version: int
    active: bool
    last_activity: datetime


@dataclass(frozen=True)
class ConversationWrite:
    """What one conversation turn writes: the new state, and the lead it confirmed, if any."""

    state: str
    active: bool
    last_activity: datetime
    lead: LeadRecord | None = None


class ConversationStore(Protocol):
    def load(self, key: ConversationKey) -> StoredConversation | None: ...

    def turn(self, key: ConversationKey, step: Callable[[StoredConversation | None], ConversationWrite], *,
             event_id: str | None = None, inbox_id: str | None = None) -> SaveResult:
        """One turn in one database round trip (one transaction): read ``key``'s conversation, hand it to
        ``step``, and write what ``step`` returns as :meth:`save` would, expecting the version read; the
        chat inbox's ``inbox_id`` is dropped in the same transaction. CONFLICT: nothing was written
        (another replica wrote first), call again. DUPLICATE: ``event_id`` was handled before (the inbox
        item is dropped all the same). An exception from ``step`` rolls everything back."""
        ...

    def save(self, key: ConversationKey, state: str, *, active: bool, last_activity: datetime,
             expected_version: int | None, lead: LeadRecord | None = None,
             event_id: str | None = None) -> SaveResult:
        """In one transaction: record ``event_id`` as handled, write the state if nobody else wrote
        since ``expected_version`` (None: a new conversation), and put ``lead`` in the outbox.
        CONFLICT: nothing was written, reload and try again. DUPLICATE: the event was handled before."""
        ...

    def idle_since(self, before: datetime, limit: int = 100) -> list[StoredConversation]:
        """Active conversations whose last activity is older than ``before``."""
        ...

    def forget_events(self, before: datetime) -> int: ...


@dataclass(frozen=True)
class InboxItem:
    """A rep's message as it was acked: kept until its conversation turn is applied."""

    id: str  # Slack's event_id (a retry of the event has the same one)
    key: ConversationKey
    text: str
    reply_thread: str | None  # where the replies go
    user_name: str  # the rep's name as the event's profile had it ("" when it had none)
    received_at: datetime | None = None


class ChatInbox(Protocol):
    """Messages acked to Slack whose turn has not been applied yet (the durable half of the chat queue)."""

    def put(self, item: InboxItem) -> bool:
        """Store ``item`` (committed on return); False when an item with its id is already waiting."""
        ...

    def drop(self, item_id: str) -> None: ...

    def get(self, item_id: str) -> InboxItem | None:
        """The item with this id while it waits; None once its turn dropped it."""
        ...

    def waiting(self, received_before: datetime, limit: int = 500) -> list[InboxItem]:
        """Items received before then, oldest first."""
        ...


class ChatPoster(Protocol):
    def post_text(self, channel: str, thread_ts: str | None, text: str, *, team_id: str | None = None) -> None:
        """Say something in a channel or thread of the workspace ``team_id``; must not raise."""
        ...


class Metrics(Protocol):
    """What the services count; the Prometheus adapter exposes it at /metrics."""

    def lead_captured(self, surface: str) -> None: ...

    def delivery_attempted(self, outcome: str, latency_seconds: float | None = None) -> None:
        """``outcome``: delivered, retrying or failed; latency from capture to delivery when delivered."""
        ...


class NullMetrics:
    def lead_captured(self, surface: str) -> None:
        pass

    def delivery_attempted(self, outcome: str, latency_seconds: float | None = None) -> None:
        pass
