"""In-memory fakes of the ports in bot/ports.py, for unit tests of the services.

The stores live in tests/support/fake_stores.py and are re-exported here, so a test imports every
fake from one place. Each fake records what it was asked; a test of a background thread waits for a
positive signal (``FakeCrmClient.called``, ``RecordingNotifier.wait_for``) instead of sleeping.
"""

from __future__ import annotations

import threading
from collections import deque
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from bot.domain.outbox import LeadRecord, LeadStatus
from bot.ports import CrmReceipt
from tests.support.fake_stores import (
    ConversationSave,
    FailureSwitch,
    InMemoryConversationStore,
    InMemoryLeadStore,
    InMemoryOwnerStore,
)

__all__ = [
    "CREATED", "T0", "ConversationSave", "FailureSwitch", "FakeCrmClient", "FixedClock", "InMemoryConversationStore",
    "InMemoryLeadStore", "InMemoryOwnerStore", "RecordingMetrics", "RecordingNotifier", "RecordingPoster",
]

T0 = datetime(2025, 3, 14, 9, 26, 53, tzinfo=UTC)
CREATED = CrmReceipt("Lead created", data={"id": "crm-lead-1"})


class FixedClock:
    """Time stands still until a test moves it."""

    def __init__(self, now: datetime = T0) -> None:
        self._now = now

    def now(self) -> datetime:
        return self._now

    def set(self, moment: datetime) -> None:
        self._now = moment

    def advance(self, delta: timedelta) -> datetime:
        self._now += delta
        return self._now


class FakeCrmClient:
    """Answers each ``create_lead`` with the next scripted receipt or exception, then ``default``."""

    def __init__(self, *answers: CrmReceipt | Exception,
                 default: CrmReceipt | Exception = CREATED) -> None:
        self.bodies: list[str] = []
        self.closed = False
        self.called = threading.Event()  # set on every call: a test's positive signal
        self._answers: deque[CrmReceipt | Exception] = deque(answers)
        self._default = default
        self._lock = threading.Lock()  # the delivery service posts from a pool of threads

    def script(self, *answers: CrmReceipt | Exception) -> None:
        with self._lock:
            self._answers.extend(answers)

    def create_lead(self, body: str) -> CrmReceipt:
        with self._lock:
            self.bodies.append(body)
            answer = self._answers.popleft() if self._answers else self._default
        self.called.set()
        if isinstance(answer, Exception):
            raise answer
        return answer

    def close(self) -> None:
        self.closed = True


class RecordingNotifier:
    """Records what the services told it, in order: ("stored" | "changed", the lead as told)."""

    def __init__(self) -> None:
        self.events: list[tuple[str, LeadRecord]] = []
        self._told = threading.Condition()

    def lead_stored(self, record: LeadRecord) -> None:
        self._record("stored", record)

    def lead_status_changed(self, record: LeadRecord) -> None:
        self._record("changed", record)

    def statuses(self) -> list[tuple[str, str]]:
        """The events as (kind, the lead's status value)."""
        with self._told:
            return [(kind, record.status.value) for kind, record in self.events]

    def wait_for(self, status: LeadStatus, timeout: float = 10.0) -> bool:
        """Wait until some lead was shown with ``status`` (a worker thread's positive signal)."""
        with self._told:
            return self._told.wait_for(lambda: any(r.status is status for _, r in self.events), timeout)

    def _record(self, kind: str, record: LeadRecord) -> None:
        with self._told:
            self.events.append((kind, record))
            self._told.notify_all()


class RecordingMetrics:
    def __init__(self) -> None:
        self.captured: list[str] = []
        self.attempts: list[tuple[str, float | None]] = []

    def lead_captured(self, surface: str) -> None:
        self.captured.append(surface)

    def delivery_attempted(self, outcome: str, latency_seconds: float | None = None) -> None:
        self.attempts.append((outcome, latency_seconds))


class RecordingPoster:
    """A ChatPoster that keeps (channel, thread_ts, text) of every note."""

    def __init__(self) -> None:
        self.posts: list[tuple[str, str | None, str]] = []

    def post_text(self, channel: str, thread_ts: str | None, text: str, *, team_id: str | None = None) -> None:
        self.posts.append((channel, thread_ts, text))


if TYPE_CHECKING:  # mypy --strict checks each fake against its port
    from bot.ports import ChatPoster, Clock, ConversationStore, CrmClient, LeadStore, Metrics, Notifier, OwnerStore

    _clock: Clock = FixedClock()
    _crm: CrmClient = FakeCrmClient()
    _notifier: Notifier = RecordingNotifier()
    _metrics: Metrics = RecordingMetrics()
    _poster: ChatPoster = RecordingPoster()
    _leads: LeadStore = InMemoryLeadStore()
    _conversations: ConversationStore = InMemoryConversationStore(InMemoryLeadStore())
    _owners: OwnerStore = InMemoryOwnerStore()
