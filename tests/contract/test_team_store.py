"""The team stores (earlier leads, owner mappings) on SQLite and on PostgreSQL, and the 0006 migration's
backfill of duplicate keys for leads stored before it."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import create_engine, text

from bot.adapters import migrate
from bot.adapters.store import SqlLeadStore
from bot.adapters.team_store import SqlLeadHistory, SqlOwnerStore
from bot.domain.outbox import LeadRecord, LeadStatus
from bot.domain.owners import OwnerSource
from bot.domain.surface import Surface

T0 = datetime(2026, 11, 2, 15, 0, tzinfo=UTC)


def _body(email: str | None = None, phone: str | None = None, name: str = "Sam Lee") -> str:
    lead: dict[str, object] = {"agentId": "a1", "name": name}
    if email:
        lead["email"] = email
    if phone:
        lead["phone"] = phone
    return json.dumps({"lead": lead})


def _lead(*, team: str | None = "T1", user: str = "U1", at: datetime = T0, email: str | None = None,
          phone: str | None = None, status: LeadStatus = LeadStatus.PENDING, owner: str | None = None,
          key: str | None = None) -> LeadRecord:
    return LeadRecord(id=str(uuid.uuid4()), capture_key=key or uuid.uuid4().hex, status=status,
                      body=_body(email, phone), surface=Surface.MODAL, user_id=user, created_at=at, updated_at=at,
                      next_attempt_at=at, queued_at=at, team_id=team, owner_id=owner)


@pytest.fixture
def leads(store_url: str) -> Iterator[SqlLeadStore]:
    opened = SqlLeadStore.from_url(store_url)
    yield opened
    opened.close()


def test_an_earlier_lead_is_found_by_email_in_any_case_or_by_phone_within_the_workspace(
        leads: SqlLeadStore) -> None:
    history = SqlLeadHistory(leads.engine)
    first = leads.add(_lead(email="Sam@Initech.com", phone="+14155550100"))
    leads.add(_lead(team="T2", email="other@initech.com", at=T0 + timedelta(days=1)))
    since = T0 - timedelta(days=90)
    by_email = history.earlier_lead("T1", email_key="sam@initech.com", phone_key=None, since=since)
    by_phone = history.earlier_lead("T1", email_key="x@y.com", phone_key="+14155550100", since=since)
    assert by_email is not None and by_email.id == first.id
    assert by_phone is not None and by_phone.id == first.id
    # Another workspace's lead, one outside the window, the same capture, and no keys find nothing.
    assert history.earlier_lead("T2", email_key="sam@initech.com", phone_key=None, since=since) is None
    assert history.earlier_lead("T1", email_key="sam@initech.com", phone_key=None,
                                since=T0 + timedelta(seconds=1)) is None
    assert history.earlier_lead("T1", email_key="sam@initech.com", phone_key=None, since=since,
                                excluding_capture_key=first.capture_key) is None
    assert history.earlier_lead("T1", email_key=None, phone_key=None, since=since) is None


def test_an_edited_body_moves_the_duplicate_keys(leads: SqlLeadStore) -> None:
    history = SqlLeadHistory(leads.engine)
    lead = leads.add(_lead(email="old@initech.com", status=LeadStatus.FAILED))
    assert leads.resubmit(lead.id, _body("new@initech.com"), T0) is not None
    since = T0 - timedelta(days=1)
    assert history.earlier_lead("T1", email_key="old@initech.com", phone_key=None, since=since) is None
    assert history.earlier_lead("T1", email_key="new@initech.com", phone_key=None, since=since) is not None


def test_a_reps_recent_leads_and_counts_are_their_own(leads: SqlLeadStore) -> None:
    history = SqlLeadHistory(leads.engine)
    mine = [leads.add(_lead(at=T0 + timedelta(minutes=i), status=status))
            for i, status in enumerate((LeadStatus.DELIVERED, LeadStatus.FAILED, LeadStatus.PENDING))]
    owned = leads.add(_lead(user="U2", owner="U1", at=T0 + timedelta(minutes=5)))
    leads.add(_lead(user="U2", at=T0 + timedelta(minutes=6)))
    leads.add(_lead(team="T2", at=T0 + timedelta(minutes=7)))
    recent = history.recent_for("T1", "U1", limit=3)
    assert [r.id for r in recent] == [owned.id, mine[2].id, mine[1].id]
    assert history.counts_for("T1", "U1", since=T0) == {"captured": 3, "delivered": 1, "failed": 1}
    assert history.counts_for("T1", "U1", since=T0 + timedelta(minutes=1)) == {
        "captured": 2, "delivered": 0, "failed": 1}


def test_a_lead_is_posted_to_the_feed_once(leads: SqlLeadStore) -> None:
    history = SqlLeadHistory(leads.engine)
    lead = leads.add(_lead(status=LeadStatus.DELIVERED))
    assert history.claim_feed_post(lead.id, T0)
    assert not history.claim_feed_post(lead.id, T0)


def test_owner_mappings_by_source_and_an_import_replaces_the_last(leads: SqlLeadStore) -> None:
    owners = SqlOwnerStore(leads.engine)
    owners.replace_imported("T1", [("U1", "agent-imported", None), ("U2", "agent-2", "jo@acme.com")], T0)
    owners.set_own("T1", "U1", "agent-self", T0)
    assert owners.agents_of("T1", "U1") == {OwnerSource.SELF: "agent-self", OwnerSource.IMPORTED: "agent-imported"}
    assert owners.agents_of("T2", "U1") == {}
    assert owners.replace_imported("T1", [("U3", "agent-3", None)], T0) == 1
    assert owners.agents_of("T1", "U2") == {}
    owners.set_own("T1", "U1", None, T0)
    assert owners.agents_of("T1", "U1") == {}
    assert [(e.user_id, e.source, e.agent_id) for e in owners.entries("T1")] == [
        ("U3", OwnerSource.IMPORTED, "agent-3")]


def test_the_0006_migration_gives_earlier_leads_their_duplicate_keys(sqlite_url: str) -> None:
    engine = create_engine(sqlite_url)
    migrate.upgrade(engine, "0005")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO leads (id, capture_key, status, body, surface, user_id, attempts, created_at,"
            " updated_at, next_attempt_at, queued_at, dry_run, team_id) VALUES ('l1', 'k1', 'delivered', :body,"
            " 'modal', 'U1', 0, :at, :at, :at, :at, 0, 'T1'), ('l2', 'k2', 'delivered', 'not json',"
            " 'modal', 'U1', 0, :at, :at, :at, :at, 0, 'T1')"),
            {"body": _body("Sam@Initech.com", "+14155550100"), "at": T0})
    migrate.upgrade(engine, "head")
    with engine.connect() as conn:
        found = conn.execute(text("SELECT id, email_key || '|' || phone_key FROM leads")).all()
    rows: dict[str, str | None] = dict(found)
    engine.dispose()
    assert rows == {"l1": "sam@initech.com|+14155550100", "l2": None}
