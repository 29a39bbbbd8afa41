"""In-memory LeadStore and ConversationStore, in the manner of cosmicpython's FakeRepository.

They keep the promises of the SQL adapters (bot/adapters/store.py, conversation_store.py) that the
services rely on; tests/contract/test_fake_stores.py runs the same checks against both, so the fakes
cannot drift. Either store can be told to fail, as a database that is down would.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.domain.assembly import Surface
from bot.domain.outbox import LeadRecord, LeadStatus, SlackMessageRef
from bot.domain.owners import OwnerSource, StoredMapping
from bot.errors import StoreError
from bot.ports import ConversationKey, ConversationWrite, InboxItem, SaveResult, StoredConversation

_DUE = (LeadStatus.PENDING, LeadStatus.RETRYING)
_EVENT_ID_LENGTH = 64  # the column's width: longer ids are cut, as the SQL store does


class FailureSwitch:
    """Makes chosen methods raise (StoreError unless told otherwise), always or the next ``times`` calls."""

    def __init__(self) -> None:
        self._failing: dict[str, tuple[Exception, int | None]] = {}
        self._lock = threading.Lock()

    def fail(self, method: str, *, times: int | None = None, error: Exception | None = None) -> None:
        self._failing[method] = (error or StoreError(f"the store is down ({method})"), times)

    def recover(self) -> None:
        self._failing.clear()

    def check(self, method: str) -> None:
        with self._lock:
            failing = self._failing.get(method)
            if failing is None:
                return
            error, times = failing
            if times is not None:
                if times <= 1:
                    del self._failing[method]
                else:
                    self._failing[method] = (error, times - 1)
        raise error


@dataclass
class _LeadRow:
    """A stored lead and the columns LeadRecord does not carry."""

    record: LeadRecord
    lease_until: datetime | None = None
    status_shown_at: datetime | None = None
    status_post_until: datetime | None = None


class InMemoryLeadStore:
    def __init__(self) -> None:
        self.failures = FailureSwitch()
        self.closed = False
        self._rows: dict[str, _LeadRow] = {}
        self._lock = threading.RLock()  # the delivery worker and the test's thread share the store

    def add(self, record: LeadRecord) -> LeadRecord:
        self.failures.check("add")
        with self._lock:
            if not self.insert_new(record):
                existing = self._by_capture_key(record.capture_key)
                if existing is None:
                    raise StoreError(f"lead id {record.id} is taken")  # the SQL store's primary key
                return existing
        return record

    def insert_new(self, record: LeadRecord) -> bool:
        """Insert unless the id or the capture key is taken (the table's unique columns)."""
        with self._lock:
            if record.id in self._rows or self._by_capture_key(record.capture_key) is not None:
                return False
            self._rows[record.id] = _LeadRow(record)
            return True

    def get(self, lead_id: str) -> LeadRecord | None:
        self.failures.check("get")
        with self._lock:
            row = self._rows.get(lead_id)
            return row.record if row else None

    def claim_batch(self, now: datetime, lease: timedelta, size: int) -> list[LeadRecord]:
        self.failures.check("claim_batch")
        with self._lock:
            due = sorted((row for row in self._rows.values() if _is_due(row, now)),
                         key=lambda row: row.record.next_attempt_at)[:size]
            for row in due:
                row.record = row.record.evolve(status=LeadStatus.SENDING, updated_at=now)
                row.lease_until = now + lease
            return [row.record for row in due]

    def save(self, record: LeadRecord) -> None:
        self.save_many([record])

    def save_many(self, records: list[LeadRecord]) -> None:
        """Only the status fields are written, and the lease ends: the body, the status message and the
        capture's facts stay as stored."""
        self.failures.check("save_many")
        with self._lock:
            for record in records:
                row = self._rows.get(record.id)
                if row is None:
                    continue
                row.record = row.record.evolve(
                    status=record.status, attempts=record.attempts, updated_at=record.updated_at,
                    next_attempt_at=record.next_attempt_at, crm_message=record.crm_message,
                    crm_response=record.crm_response, last_error=record.last_error)
                row.lease_until = None

    def next_due_at(self) -> datetime | None:
        self.failures.check("next_due_at")
        with self._lock:
            moments = [row.record.next_attempt_at for row in self._rows.values() if row.record.status in _DUE]
            moments += [row.lease_until for row in self._rows.values()
                        if row.record.status is LeadStatus.SENDING and row.lease_until is not None]
            return min(moments, default=None)

    def set_status_message(self, lead_id: str, ref: SlackMessageRef) -> None:
        self.failures.check("set_status_message")
        with self._lock:
            if (row := self._rows.get(lead_id)) is not None:
                row.record = row.record.evolve(status_message=ref)
                row.status_post_until = None

    def mark_status_shown(self, lead_id: str, shown_at: datetime) -> None:
        self.failures.check("mark_status_shown")
        with self._lock:
            row = self._rows.get(lead_id)
            if row is not None and (row.status_shown_at is None or row.status_shown_at < shown_at):
                row.status_shown_at = shown_at

    def claim_status_post(self, lead_id: str, now: datetime, until: datetime, replacing: str | None = None) -> bool:
        self.failures.check("claim_status_post")
        with self._lock:
            row = self._rows.get(lead_id)
            if row is None:
                return False
            message = row.record.status_message
            unposted = message is None or (replacing is not None and message.ts == replacing)
            free = row.status_post_until is None or row.status_post_until < now
            if not (unposted and free):
                return False
            row.status_post_until = until
            return True

    def release_status_post(self, lead_id: str) -> None:
        self.failures.check("release_status_post")
        with self._lock:
            if (row := self._rows.get(lead_id)) is not None:
                row.status_post_until = None

    def status_behind(self, *, since: datetime, before: datetime, limit: int) -> list[LeadRecord]:
        self.failures.check("status_behind")
        with self._lock:
            behind = [row.record for row in self._rows.values()
                      if since <= row.record.updated_at < before and row.record.surface != Surface.SHELL.value
                      and (row.status_shown_at is None or row.status_shown_at < row.record.updated_at)]
        return sorted(behind, key=lambda record: record.updated_at)[:limit]

    def resubmit(self, lead_id: str, body: str | None, now: datetime) -> LeadRecord | None:
        self.failures.check("resubmit")
        with self._lock:
            row = self._rows.get(lead_id)
            if row is None or row.record.status is not LeadStatus.FAILED:
                return None
            row.record = row.record.evolve(
                body=row.record.body if body is None else body, status=LeadStatus.PENDING, attempts=0,
                queued_at=now, updated_at=now, next_attempt_at=now, last_error=None, crm_message=None,
                crm_response=None)
            return row.record

    def count_by_status(self) -> dict[str, int]:
        self.failures.check("count_by_status")
        with self._lock:
            return dict(Counter(row.record.status.value for row in self._rows.values()))

    def fail_workspace(self, team_key: str, reason: str, now: datetime) -> int:
        self.failures.check("fail_workspace")
        with self._lock:
            rows = [row for row in self._rows.values()
                    if row.record.team_id == team_key and not row.record.status.is_final]
            for row in rows:
                row.record = row.record.evolve(status=LeadStatus.FAILED, last_error=reason, updated_at=now)
                row.lease_until = None
            return len(rows)

    def close(self) -> None:
        self.closed = True

    def _by_capture_key(self, key: str) -> LeadRecord | None:
        return next((row.record for row in self._rows.values() if row.record.capture_key == key), None)


def _is_due(row: _LeadRow, now: datetime) -> bool:
    if row.record.status in _DUE:
        return row.record.next_attempt_at <= now
    return row.record.status is LeadStatus.SENDING and row.lease_until is not None and row.lease_until < now


class InMemoryChatInbox:
    """The chat inbox, as SqlChatInbox keeps it: one item per event id, oldest first."""

    def __init__(self) -> None:
        self.failures = FailureSwitch()
        self.items: dict[str, InboxItem] = {}
        self._lock = threading.Lock()

    def put(self, item: InboxItem) -> bool:
        self.failures.check("put")
        with self._lock:
            if item.id in self.items:
                return False
            self.items[item.id] = item
            return True

    def drop(self, item_id: str) -> None:
        self.failures.check("drop")
        with self._lock:
            self.items.pop(item_id, None)

    def get(self, item_id: str) -> InboxItem | None:
        self.failures.check("get")
        with self._lock:
            return self.items.get(item_id)

    def waiting(self, received_before: datetime, limit: int = 500) -> list[InboxItem]:
        self.failures.check("waiting")
        with self._lock:
            found = [i for i in self.items.values() if i.received_at is None or i.received_at < received_before]
        return sorted(found, key=lambda i: (i.received_at or received_before, i.id))[:limit]


@dataclass(frozen=True)
class ConversationSave:
    """One ``save`` call as the service made it, whatever it returned."""

    key: ConversationKey
    state: str
    active: bool
    expected_version: int | None
    lead: LeadRecord | None
    event_id: str | None
    result: SaveResult


class InMemoryConversationStore:
    """Conversations with optimistic versions; a confirmed lead goes into ``leads`` with its state,
    as the SQL store writes both in one transaction."""

    def __init__(self, leads: InMemoryLeadStore) -> None:
        self.failures = FailureSwitch()
        self.saves: list[ConversationSave] = []
        self.loads = 0
        self._leads = leads
        self._rows: dict[ConversationKey, StoredConversation] = {}
        self._seen: dict[str, datetime] = {}
        self._forced: list[SaveResult] = []
        self._lock = threading.RLock()
        self.inbox: InMemoryChatInbox | None = None  # the chat inbox whose items a turn drops


    def answer_next_saves(self, result: SaveResult, times: int) -> None:
        """The next ``times`` saves write nothing and answer ``result`` (another replica got there first)."""
        self._forced.extend([result] * times)

    def has_seen(self, event_id: str) -> bool:
        with self._lock:
            return event_id[:_EVENT_ID_LENGTH] in self._seen

    def load(self, key: ConversationKey) -> StoredConversation | None:
        self.failures.check("load")
        with self._lock:
            self.loads += 1
            return self._rows.get(key)

    def save(self, key: ConversationKey, state: str, *, active: bool, last_activity: datetime,
             expected_version: int | None, lead: LeadRecord | None = None,
             event_id: str | None = None) -> SaveResult:
        self.failures.check("save")
        with self._lock:
            result = self._save(key, state, active, last_activity, expected_version, lead, event_id)
            self.saves.append(ConversationSave(key, state, active, expected_version, lead, event_id, result))
            return result

    def turn(self, key: ConversationKey, step: Callable[[StoredConversation | None], ConversationWrite], *,
             event_id: str | None = None, inbox_id: str | None = None) -> SaveResult:
        """Like the SQL store: the read and the write happen together (here, under the lock)."""
        self.failures.check("load")
        with self._lock:
            self.loads += 1
            stored = self._rows.get(key)
            write = step(stored)
            result = self.save(key, write.state, active=write.active, last_activity=write.last_activity,
                               expected_version=stored.version if stored else None, lead=write.lead,
                               event_id=event_id)
            if inbox_id and result is not SaveResult.CONFLICT and self.inbox is not None:
                self.inbox.drop(inbox_id)
            return result

    def _save(self, key: ConversationKey, state: str, active: bool, last_activity: datetime,
              expected_version: int | None, lead: LeadRecord | None, event_id: str | None) -> SaveResult:
        if self._forced:
            return self._forced.pop(0)
        seen_id = event_id[:_EVENT_ID_LENGTH] if event_id else None
        if seen_id is not None and seen_id in self._seen:
            return SaveResult.DUPLICATE
        current = self._rows.get(key)
        if (current.version if current else None) != expected_version:
            return SaveResult.CONFLICT
        if lead is not None and not self._leads.insert_new(lead):
            return SaveResult.CONFLICT  # the SQL store rolls the state back with the lead
        if seen_id is not None:
            self._seen[seen_id] = last_activity
        self._rows[key] = StoredConversation(key=key, state=state, version=(expected_version or 0) + 1,
                                             active=active, last_activity=last_activity)
        return SaveResult.SAVED

    def idle_since(self, before: datetime, limit: int = 100) -> list[StoredConversation]:
        self.failures.check("idle_since")
        with self._lock:
            idle = [row for row in self._rows.values() if row.active and row.last_activity < before]
        return sorted(idle, key=lambda row: row.last_activity)[:limit]

    def forget_events(self, before: datetime) -> int:
        self.failures.check("forget_events")
        with self._lock:
            old = [event_id for event_id, seen_at in self._seen.items() if seen_at < before]
            for event_id in old:
                del self._seen[event_id]
            return len(old)


class InMemoryOwnerStore:
    """Each Slack user's CRM agent, per workspace and source, as SqlOwnerStore keeps it."""

    def __init__(self) -> None:
        self.failures = FailureSwitch()
        self._rows: dict[tuple[str, str, OwnerSource], StoredMapping] = {}

    def agents_of(self, team_id: str, user_id: str) -> dict[OwnerSource, str]:
        self.failures.check("agents_of")
        return {source: row.agent_id for (team, user, source), row in self._rows.items()
                if team == team_id and user == user_id}

    def set_own(self, team_id: str, user_id: str, agent_id: str | None, now: datetime) -> None:
        self.failures.check("set_own")
        self._rows.pop((team_id, user_id, OwnerSource.SELF), None)
        if agent_id is not None:
            self._rows[(team_id, user_id, OwnerSource.SELF)] = StoredMapping(
                team_id, user_id, agent_id, OwnerSource.SELF, None, now)

    def replace_imported(self, team_id: str, rows: list[tuple[str, str, str | None]], now: datetime) -> int:
        self.failures.check("replace_imported")
        for key in [key for key in self._rows if key[0] == team_id and key[2] is OwnerSource.IMPORTED]:
            del self._rows[key]
        for user_id, agent_id, imported_as in rows:
            self._rows[(team_id, user_id, OwnerSource.IMPORTED)] = StoredMapping(
                team_id, user_id, agent_id, OwnerSource.IMPORTED, imported_as, now)
        return len(rows)

    def entries(self, team_id: str | None = None) -> list[StoredMapping]:
        return [row for key, row in sorted(self._rows.items()) if team_id is None or key[0] == team_id]
