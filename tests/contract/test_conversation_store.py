"""Conversation state with optimistic versions, and Slack event ids recorded in the same transaction."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.adapters.chat_inbox import SqlChatInbox, inbox_path
from bot.adapters.conversation_store import SqlConversationStore
from bot.adapters.store import SqlLeadStore
from bot.bootstrap import open_chat_inbox
from bot.config import Settings, TurnsIn
from bot.errors import StoreError
from bot.ports import ConversationKey, ConversationWrite, InboxItem, SaveResult, StoredConversation

T0 = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
KEY = ConversationKey("T1", "D1", "", "U1")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def conversations(request: pytest.FixtureRequest, sqlite_url: str) -> SqlConversationStore:
    url = sqlite_url if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    store = SqlLeadStore.from_url(url)
    request.addfinalizer(store.close)
    return SqlConversationStore(store.engine)


def test_versions_event_ids_and_duplicates(conversations: SqlConversationStore) -> None:
    assert conversations.save(KEY, '{"a":1}', active=True, last_activity=T0, expected_version=None,
                              event_id="Ev1") is SaveResult.SAVED
    assert conversations.save(KEY, '{"a":2}', active=True, last_activity=T0, expected_version=None,
                              event_id="Ev2") is SaveResult.CONFLICT  # it exists already
    assert conversations.save(KEY, '{"a":2}', active=True, last_activity=T0, expected_version=7,
                              event_id="Ev2") is SaveResult.CONFLICT  # stale version
    assert conversations.save(KEY, '{"a":2}', active=True, last_activity=T0, expected_version=1,
                              event_id="Ev1") is SaveResult.DUPLICATE
    stored = conversations.load(KEY)
    assert stored is not None and (stored.state, stored.version) == ('{"a":1}', 1)
    # Ev2 lost twice to a conflict, so it was never recorded: it can still be handled.
    assert conversations.save(KEY, '{"a":2}', active=False, last_activity=T0, expected_version=1,
                              event_id="Ev2") is SaveResult.SAVED
    stored = conversations.load(KEY)
    assert stored is not None and (stored.state, stored.version, stored.active) == ('{"a":2}', 2, False)
    assert conversations.forget_events(datetime(2030, 1, 1, tzinfo=UTC)) == 2


def test_a_database_that_fails_is_a_store_error(sqlite_url: str) -> None:
    store = SqlLeadStore.from_url(sqlite_url)
    failing = SqlConversationStore(store.engine)
    with store.engine.begin() as conn:
        conn.execute(text("DROP TABLE conversations"))
    with pytest.raises(StoreError):
        failing.load(KEY)
    with pytest.raises(StoreError):
        failing.save(KEY, "{}", active=True, last_activity=datetime.now(UTC), expected_version=None)
    store.close()


def _inbox_item(store: SqlConversationStore, item_id: str) -> InboxItem:
    item = InboxItem(id=item_id, key=KEY, text="hi", reply_thread=None, user_name="", received_at=T0)
    assert SqlChatInbox(store._engine).put(item)
    return item


def _waiting(store: SqlConversationStore) -> list[str]:
    return [item.id for item in SqlChatInbox(store._engine).waiting(datetime(2030, 1, 1, tzinfo=UTC))]


def test_a_turn_reads_writes_and_drops_its_inbox_item_together(conversations: SqlConversationStore) -> None:
    seen: list[StoredConversation | None] = []

    def step(stored: StoredConversation | None) -> ConversationWrite:
        seen.append(stored)
        return ConversationWrite(f'{{"n":{len(seen)}}}', True, T0)

    for item_id in ("Ev1", "Ev2"):
        _inbox_item(conversations, item_id)
    assert conversations.turn(KEY, step, event_id="Ev1", inbox_id="Ev1") is SaveResult.SAVED
    assert _waiting(conversations) == ["Ev2"]
    assert conversations.turn(KEY, step, event_id="Ev2", inbox_id="Ev2") is SaveResult.SAVED
    assert seen[0] is None and seen[1] is not None and seen[1].version == 1
    stored = conversations.load(KEY)
    assert stored is not None and (stored.state, stored.version) == ('{"n":2}', 2)
    assert _waiting(conversations) == []
    # Slack retries Ev1 after its turn: nothing is written, and the retry's inbox item goes.
    _inbox_item(conversations, "Ev1")
    assert conversations.turn(KEY, step, event_id="Ev1", inbox_id="Ev1") is SaveResult.DUPLICATE
    assert _waiting(conversations) == []
    assert conversations.load(KEY) == stored


def test_a_turn_that_fails_keeps_its_inbox_item(conversations: SqlConversationStore) -> None:
    _inbox_item(conversations, "Ev1")

    def step(stored: StoredConversation | None) -> ConversationWrite:
        raise RuntimeError("the engine broke")

    with pytest.raises(RuntimeError):
        conversations.turn(KEY, step, event_id="Ev1", inbox_id="Ev1")
    assert _waiting(conversations) == ["Ev1"]
    assert conversations.load(KEY) is None
    assert not SqlChatInbox(conversations._engine).put(InboxItem("Ev1", KEY, "again", None, ""))  # same event


def test_with_the_inbox_in_a_file_of_its_own_a_turn_drops_its_item_with_the_next_batch(tmp_path: Path) -> None:
    """CHAT_TURNS=process on SQLite: the inbox is a file beside the database, written by the serving
    process; the worker's turns drop their items in batches, and the event id recorded with the turn
    makes an item applied but not dropped yet (a crash in between) change nothing when replayed."""
    database = tmp_path / "leads.sqlite3"
    store = SqlLeadStore.from_url(f"sqlite:///{database}")
    inbox = SqlChatInbox.beside(database)
    assert inbox_path(database) == tmp_path / "leads.chat-inbox.sqlite3" and inbox_path(database).exists()
    conversations = SqlConversationStore(store.engine, inbox)
    steps: list[StoredConversation | None] = []

    def step(stored: StoredConversation | None) -> ConversationWrite:
        steps.append(stored)
        return ConversationWrite(f'{{"n":{len(steps)}}}', True, T0)

    item = InboxItem(id="Ev1", key=KEY, text="hi", reply_thread="1.2", user_name="Rep", received_at=T0)
    assert inbox.put(item) and inbox.get("Ev1") == item
    assert conversations.turn(KEY, step, event_id="Ev1", inbox_id="Ev1") is SaveResult.SAVED
    assert inbox.get("Ev1") == item  # applied, its drop gathered for the next batch
    assert conversations.turn(KEY, step, event_id="Ev1", inbox_id="Ev1") is SaveResult.DUPLICATE  # a replay
    stored = conversations.load(KEY)
    assert stored is not None and stored.version == 1
    inbox.flush_drops()
    assert inbox.get("Ev1") is None and inbox.waiting(datetime(2030, 1, 1, tzinfo=UTC)) == []
    with store.engine.connect() as conn:  # the main database's own inbox table was never written
        assert conn.execute(text("SELECT count(*) FROM chat_inbox")).scalar() == 0
    store.close()


def test_drops_that_fail_are_kept_for_the_next_batch(tmp_path: Path) -> None:
    inbox = SqlChatInbox.beside(tmp_path / "leads.sqlite3")
    assert inbox.put(InboxItem(id="Ev1", key=KEY, text="hi", reply_thread=None, user_name="", received_at=T0))
    with inbox.engine.begin() as conn:
        conn.execute(text("ALTER TABLE chat_inbox RENAME TO away"))
    inbox.drop_later("Ev1")
    inbox.flush_drops()  # fails, and says so in the log, without raising
    with inbox.engine.begin() as conn:
        conn.execute(text("ALTER TABLE away RENAME TO chat_inbox"))
    inbox.flush_drops()
    assert inbox.get("Ev1") is None


@pytest.mark.parametrize(("before", "after"), [("threads", "process"), ("process", "threads")])
def test_messages_waiting_in_one_inbox_move_to_the_other_when_chat_turns_changes(
        tmp_path: Path, before: str, after: str) -> None:
    url = f"sqlite:///{tmp_path / 'leads.sqlite3'}"
    store = SqlLeadStore.from_url(url)
    first = open_chat_inbox(Settings(_env_file=None, database_url=url, chat_turns=TurnsIn(before)), store)
    for n in range(3):
        assert first.put(InboxItem(id=f"Ev{n}", key=KEY, text=f"message {n}", reply_thread=None, user_name="",
                                   received_at=T0))
    second = open_chat_inbox(Settings(_env_file=None, database_url=url, chat_turns=TurnsIn(after)), store)
    assert (second.engine is store.engine) is (after == "threads")
    assert [item.text for item in second.waiting(datetime(2030, 1, 1, tzinfo=UTC))] == [
        "message 0", "message 1", "message 2"]
    assert first.waiting(datetime(2030, 1, 1, tzinfo=UTC)) == []
    store.close()
