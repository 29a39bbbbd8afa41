"""Conversation state with optimistic versions, and Slack event ids recorded in the same transaction."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from bot.adapters.conversation_store import SqlConversationStore
from bot.adapters.store import SqlLeadStore
from bot.errors import StoreError
from bot.ports import ConversationKey, SaveResult

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
