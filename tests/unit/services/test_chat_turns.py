"""The chat queue: one conversation's turns one at a time and in arrival order, other conversations
side by side; the chat inbox keeps what was acked until its turn is applied."""

from __future__ import annotations

import functools
import threading
from datetime import timedelta

from bot.errors import StoreError
from bot.ports import ConversationKey, InboxItem
from bot.services.chat_turns import REPLAY_AFTER, ChatTurns
from bot.services.conversation_queue import AckFirst, ConversationQueue
from tests.support.fake_stores import InMemoryChatInbox
from tests.support.fakes import T0, FixedClock
from tests.support.waiting import wait_until

A = ConversationKey("T1", "D1", "", "U1")
B = ConversationKey("T1", "D2", "", "U2")


def test_one_conversations_jobs_run_in_order_and_never_together() -> None:
    queue = ConversationQueue(workers=4)
    ran: list[tuple[str, int]] = []
    running: set[ConversationKey] = set()
    overlaps: list[ConversationKey] = []
    lock = threading.Lock()

    def job(key: ConversationKey, n: int) -> None:
        with lock:
            if key in running:
                overlaps.append(key)
            running.add(key)
        with lock:
            ran.append((key.channel_id, n))
            running.discard(key)

    for n in range(200):
        key = A if n % 3 else B
        queue.submit(key, functools.partial(job, key, n))
    assert queue.wait_idle(10)
    assert overlaps == []
    assert [n for channel, n in ran if channel == "D1"] == [n for n in range(200) if n % 3]
    assert [n for channel, n in ran if channel == "D2"] == [n for n in range(200) if not n % 3]
    queue.close()


def test_other_conversations_go_on_while_one_waits() -> None:
    queue = ConversationQueue(workers=2)
    release = threading.Event()
    done: list[str] = []
    def first() -> None:
        release.wait(10)
        done.append("A1")

    queue.submit(A, first)
    queue.submit(A, lambda: done.append("A2"))
    queue.submit(B, lambda: done.append("B1"))
    wait_until(lambda: done == ["B1"])  # A's second job waits behind its first; B does not
    release.set()
    assert queue.wait_idle(10)
    assert done == ["B1", "A1", "A2"]
    queue.close()


def test_a_failing_job_does_not_stop_the_conversations_next_one() -> None:
    queue = ConversationQueue(workers=1)
    done: list[str] = []

    def broken() -> None:
        raise RuntimeError("boom")

    queue.submit(A, broken)
    queue.submit(A, lambda: done.append("next"))
    assert queue.wait_idle(10)
    assert done == ["next"]
    queue.close()
    assert not queue.submit(A, lambda: done.append("late"))  # closed: nothing more is taken


def _item(item_id: str, key: ConversationKey = A, age: timedelta = timedelta(0)) -> InboxItem:
    return InboxItem(id=item_id, key=key, text=f"text of {item_id}", reply_thread=None, user_name="",
                     received_at=T0 - age)


def _turns(inbox: InMemoryChatInbox, applied: list[str], failed: list[str] | None = None) -> ChatTurns:
    turns = ChatTurns(inbox, ConversationQueue(workers=2), FixedClock(T0))

    def apply(item: InboxItem) -> None:
        applied.append(item.id)
        inbox.drop(item.id)  # as the conversation store does, in the turn's transaction

    turns.attach(apply, lambda item: None if failed is None else failed.append(item.id))
    return turns


def test_an_accepted_message_is_stored_then_applied_and_a_retry_is_not_queued_twice() -> None:
    inbox, applied = InMemoryChatInbox(), list[str]()
    turns = _turns(inbox, applied)
    release = threading.Event()
    turns.later(_item("x"), lambda: None if release.wait(10) else None)  # the retry meets a waiting item
    turns.accept(_item("Ev1"))
    assert "Ev1" in inbox.items
    turns.accept(_item("Ev1"))  # Slack's retry, while the first waits
    release.set()
    assert turns.queue.wait_idle(10)
    assert applied == ["Ev1"] and inbox.items == {}


def test_replay_queues_what_the_inbox_holds_and_this_process_does_not() -> None:
    inbox, applied = InMemoryChatInbox(), list[str]()
    for item in (_item("old1", age=REPLAY_AFTER * 2), _item("old2", B, age=REPLAY_AFTER * 2), _item("new")):
        inbox.put(item)
    turns = _turns(inbox, applied)
    assert turns.replay() == 2  # the new one may belong to a live replica: left for now
    assert turns.queue.wait_idle(10)
    assert sorted(applied) == ["old1", "old2"]
    assert turns.replay(received_before=None) == 1  # at start, everything acked before
    assert turns.queue.wait_idle(10)
    assert sorted(applied) == ["new", "old1", "old2"]


def test_a_turn_the_store_cannot_take_tells_the_rep_and_is_not_applied_later() -> None:
    inbox, failed = InMemoryChatInbox(), list[str]()
    turns = ChatTurns(inbox, ConversationQueue(workers=1), FixedClock(T0))

    def apply(item: InboxItem) -> None:
        raise StoreError("database down")

    turns.attach(apply, lambda item: failed.append(item.id))
    turns.accept(_item("Ev1"))
    assert turns.queue.wait_idle(10)
    assert failed == ["Ev1"]
    assert inbox.items == {}  # the rep was told to send it again


def test_with_a_turn_worker_a_message_is_stored_and_handed_over_not_applied_here() -> None:
    inbox, applied, handed = InMemoryChatInbox(), list[str](), list[InboxItem]()
    turns = ChatTurns(inbox, ConversationQueue(workers=1), FixedClock(T0), handoff=handed.append)
    turns.attach(lambda item: applied.append(item.id), lambda item: None)
    assert not turns.local
    turns.accept(_item("Ev1"))
    turns.accept(_item("Ev1"))  # Slack's retry while it waits: stored once, handed over once
    inbox.put(_item("old", age=REPLAY_AFTER * 2))
    assert turns.replay() == 0 and turns.replay(received_before=None) == 0  # the worker replays
    assert turns.queue.wait_idle(10)
    assert [item.id for item in handed] == ["Ev1"] and applied == []
    assert set(inbox.items) == {"Ev1", "old"}


def test_the_worker_takes_an_item_once_whether_handed_over_replayed_or_named_by_its_id() -> None:
    inbox, applied = InMemoryChatInbox(), list[str]()
    turns = _turns(inbox, applied)
    release = threading.Event()
    turns.later(_item("x"), lambda: None if release.wait(10) else None)  # holds conversation A's queue
    for item_id in ("Ev1", "Ev2"):
        inbox.put(_item(item_id))
    assert turns.replay(received_before=None) == 2
    assert not turns.take(_item("Ev1"))  # replayed already and still held: not queued twice
    assert not turns.take("Ev3")  # no such item waits (its turn dropped it): nothing to do
    release.set()
    assert turns.queue.wait_idle(10)
    inbox.put(_item("Ev3"))
    assert turns.take("Ev3")  # only its id came (too long for one line): read from the inbox
    assert turns.queue.wait_idle(10)
    assert applied == ["Ev1", "Ev2", "Ev3"]


def _burst(acks: AckFirst, requests: int = 5) -> None:
    for _ in range(requests):
        acks.enter()
        acks.leave()


def test_a_job_waits_while_requests_come_in_a_burst_then_runs() -> None:
    acks = AckFirst(burst=5, window=0.5)
    queue = ConversationQueue(workers=2, ahead=acks, max_hold=10)
    ran = threading.Event()
    _burst(acks)
    acks.enter()  # and one more being answered
    queue.submit(A, ran.set)
    assert not ran.wait(0.25)  # held while the burst goes on
    acks.leave()
    assert ran.wait(2)  # the burst over (nothing answered for the window): it runs
    queue.close()


def test_at_a_reps_pace_a_job_does_not_wait() -> None:
    acks = AckFirst(burst=5, window=5)
    queue = ConversationQueue(workers=1, ahead=acks, max_hold=10)
    _burst(acks, 3)
    acks.enter()  # a request being answered, but no burst
    ran = threading.Event()
    queue.submit(A, ran.set)
    assert ran.wait(0.5)
    acks.leave()
    queue.close()


def test_a_job_is_held_back_no_longer_than_its_limit_and_keeps_its_order() -> None:
    acks = AckFirst(burst=5, window=60)
    queue = ConversationQueue(workers=2, ahead=acks, max_hold=0.2)
    ran: list[int] = []
    _burst(acks)  # a burst that does not end: only the limit lets the jobs run
    for n in range(3):
        queue.submit(A, functools.partial(ran.append, n))
    wait_until(lambda: ran == [0, 1, 2], timeout=3)
    queue.close()
