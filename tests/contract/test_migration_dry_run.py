"""Migration 0005: leads stored in a dry run (``delivered`` with ``dry_run`` set) become ``dry_run``;
really delivered leads stay ``delivered``; and the way down restores what LeadBot before 0005 showed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, text

from bot.adapters import migrate
from bot.adapters.db import create_store_engine

T0 = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, sqlite_url: str) -> Iterator[Engine]:
    url = sqlite_url if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    engine = create_store_engine(url)
    yield engine
    engine.dispose()


def _statuses(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        return {lead_id: status for lead_id, status in conn.execute(text("SELECT id, status FROM leads"))}


def test_dry_run_leads_get_their_own_status_and_back(engine: Engine) -> None:
    migrate.upgrade(engine, "0004")
    with engine.begin() as conn:
        for lead_id, status, dry_run in (("dry", "delivered", True), ("sent", "delivered", False),
                                         ("queued-dry", "pending", True), ("failed", "failed", False)):
            conn.execute(text(
                "INSERT INTO leads (id, capture_key, status, body, surface, user_id, attempts, created_at, "
                "updated_at, next_attempt_at, queued_at, dry_run) VALUES (:id, :id, :status, '{}', 'modal', "
                "'U1', 1, :t, :t, :t, :t, :dry)"), {"id": lead_id, "status": status, "dry": dry_run, "t": T0})
    migrate.upgrade(engine)
    assert _statuses(engine) == {"dry": "dry_run", "sent": "delivered", "queued-dry": "pending", "failed": "failed"}
    migrate.upgrade(engine)  # at head: nothing changes
    assert _statuses(engine)["dry"] == "dry_run"

    migrate.downgrade(engine, "0004")
    assert _statuses(engine) == {"dry": "delivered", "sent": "delivered", "queued-dry": "pending",
                                 "failed": "failed"}
