"""Schema migrations: a new database gets exactly the schema the code uses, and a database made by
LeadBot 0.1 (no migration history) keeps its queued leads through the upgrade."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, text

from bot.adapters import migrate
from bot.adapters.db import create_store_engine, schema_metadata
from bot.adapters.store import SqlLeadStore
from bot.domain.outbox import LeadStatus
from bot.services.delivery import DEFAULT_LEASE

T0 = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, sqlite_url: str) -> str:
    if request.param == "sqlite":
        return sqlite_url
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = create_store_engine(database_url)
    yield engine
    engine.dispose()


def test_a_new_database_gets_the_schema_the_code_uses(engine: Engine) -> None:
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), schema_metadata())
    assert diffs == []


def test_upgrading_twice_changes_nothing(engine: Engine) -> None:
    migrate.upgrade(engine)
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()


def test_a_0_1_database_keeps_its_queued_leads(engine: Engine, database_url: str) -> None:
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))  # 0.1 made its tables without Alembic
        conn.execute(text(
            "INSERT INTO leads (id, capture_key, status, body, surface, user_id, attempts, created_at, "
            "updated_at, next_attempt_at, dry_run) VALUES ('lead-1', 'modal:V1', 'retrying', "
            "'{\"lead\": {\"agentId\": \"a\"}}', 'modal', 'U1', 2, :t, :t, :t, false)"), {"t": T0})
    store = SqlLeadStore.from_url(database_url)
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        lead = store.get("lead-1")
        assert lead is not None
        assert (lead.status, lead.attempts, lead.body) == (LeadStatus.RETRYING, 2, '{"lead": {"agentId": "a"}}')
        assert lead.queued_at == lead.created_at == T0
        claimed = store.claim_batch(datetime.now(UTC), DEFAULT_LEASE, 1)
        assert [record.id for record in claimed] == ["lead-1"]
    finally:
        store.close()


def test_the_head_constant_names_the_newest_migration() -> None:
    assert migrate.head_revision() == migrate.HEAD
