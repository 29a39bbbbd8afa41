"""A rep's chat message, from the ack to its conversation turn.

Slack wants its ack within 3 seconds and retries otherwise; a conversation turn (a transaction, the
engine, the replies posted to Slack) costs several milliseconds of the process's one interpreter lock.
So the request thread does only what makes the ack true: it stores the message in the chat inbox
(one insert, committed before the ack) and queues it. A small pool applies the turns, one at a time
per conversation and in arrival order (:class:`ConversationQueue`). The turn drops the inbox item in
the transaction that saves the conversation, so an item still in the inbox has not been applied:
:meth:`ChatTurns.replay` queues those again, at start (after a crash) and now and then (items a dead
replica had acked). Slack's retries of an event carry its ``event_id``, the item's id: a retry of a
waiting item is not stored twice, and one that comes after the turn is recognised by the
conversation store and changes nothing.

Where the turns run: in this process (the pool above), or, when a ``handoff`` is given, in a turn
worker process of their own (``python -m bot chat-worker``, see adapters/turn_process.py). Then this
process only stores the message and hands it over; the worker, whose own ChatTurns has no handoff,
``take``s it and applies it, and is the one that replays.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable
from datetime import timedelta

from bot.errors import LeadBotError
from bot.faults import BEFORE_TURN, crash_point
from bot.ports import ChatInbox, Clock, InboxItem
from bot.services.conversation_queue import ConversationQueue

log = logging.getLogger(__name__)

# Items older than this that this process does not hold are another (dead) replica's: apply them.
REPLAY_AFTER = timedelta(seconds=60)


class ChatTurns:
    def __init__(self, inbox: ChatInbox, queue: ConversationQueue, clock: Clock,
                 handoff: Callable[[InboxItem], None] | None = None) -> None:
        self._inbox = inbox
        self._handoff = handoff  # tells the turn worker process of a stored item; never raises
        self._queue = queue
        self._clock = clock
        self._held: Counter[str] = Counter()  # ids queued here and not finished yet
        self._lock = threading.Lock()
        self._apply: Callable[[InboxItem], None] | None = None
        self._failed: Callable[[InboxItem], None] = lambda item: None

    @property
    def queue(self) -> ConversationQueue:
        return self._queue

    @property
    def local(self) -> bool:
        """Whether this process applies the turns (False: a turn worker process does)."""
        return self._handoff is None

    def attach(self, apply: Callable[[InboxItem], None], failed: Callable[[InboxItem], None]) -> None:
        """``apply`` runs one turn (raising LeadBotError when the store cannot take it); ``failed`` tells
        the rep a message could not be applied. The surface that renders the replies attaches them."""
        self._apply, self._failed = apply, failed

    def accept(self, item: InboxItem) -> None:
        """Store ``item`` and queue its turn; returns once it is durable. Raises StoreError."""
        if self._inbox.put(item):
            if self._handoff is not None:
                self._handoff(item)
                return
            # Always queued, even when this process still holds an earlier delivery of the same event
            # (applied, its replies being posted): this row must be dropped too, by its own turn.
            self._enqueue(item, replaying=False)
        else:
            log.info("repeated Slack event ignored")  # still waiting for its turn

    def take(self, item: InboxItem | str) -> bool:
        """In the turn worker process: queue a stored item (or the one with this id, read from the inbox
        unless its turn has dropped it), unless this process holds it already (queued by a replay). An
        item applied already is recognised by its event id and changes nothing. Raises StoreError."""
        found = self._inbox.get(item) if isinstance(item, str) else item
        return found is not None and self._enqueue(found, replaying=True)

    def later(self, item: InboxItem, job: Callable[[], None]) -> None:
        """Run ``job`` in ``item``'s conversation order, without storing anything (a note to the rep)."""
        self._queue.submit(item.key, job)

    def replay(self, received_before: timedelta | None = REPLAY_AFTER) -> int:
        """Queue the inbox items received longer ago than ``received_before`` (None: all of them) that
        this process does not hold already; how many were queued. Nothing where a turn worker
        process applies the turns: it replays them."""
        if self._handoff is not None:
            return 0
        now = self._clock.now()
        items = self._inbox.waiting(now - received_before if received_before is not None else now + timedelta(1))
        queued = sum(self._enqueue(item, replaying=True) for item in items)
        if queued:
            log.info("chat messages acked earlier queued again", extra={"count": queued})
        return queued

    def _enqueue(self, item: InboxItem, *, replaying: bool) -> bool:
        with self._lock:
            if replaying and self._held[item.id]:
                return False
            self._held[item.id] += 1
        if not self._queue.submit(item.key, lambda: self._run(item)):
            self._release(item)  # stopping: the item stays in the inbox for the next start
            return False
        return True

    def _run(self, item: InboxItem) -> None:
        assert self._apply is not None, "ChatTurns.attach was not called"
        crash_point(BEFORE_TURN)
        try:
            self._apply(item)
        except LeadBotError:
            log.warning("a chat message could not be applied", exc_info=True)
            self._failed(item)
            try:  # the rep was told to send it again: it must not be applied later as well
                self._inbox.drop(item.id)
            except LeadBotError:
                log.warning("a chat message that could not be applied stays in the inbox", exc_info=True)
        finally:
            self._release(item)

    def _release(self, item: InboxItem) -> None:
        with self._lock:
            self._held[item.id] -= 1
            if not self._held[item.id]:
                del self._held[item.id]
