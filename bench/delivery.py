"""Benchmark 3: drain 2,000 queued leads to a loopback fake CRM, on SQLite and on PostgreSQL.

Baseline: a plain ``httpx.Client`` keep-alive loop posting the same bodies to the same server.
Goals: at least 0.7x the baseline and at least 300 leads/s.
"""

from __future__ import annotations

import tempfile
import time
from datetime import UTC, datetime

import httpx
from sqlalchemy import create_engine, text

from bench.common import Row, fake
from bot.adapters.clock import SystemClock
from bot.adapters.crm_http import HttpCrmClient, build_http_client
from bot.adapters.store import SqlLeadStore
from bot.adapters.team_store import SqlOwnerStore
from bot.domain.assembly import CaptureContext, TypedNote
from bot.domain.contact import Contact
from bot.domain.outbox import LeadStatus
from bot.domain.surface import Surface
from bot.ports import NullNotifier
from bot.services.capture import LeadCapture
from bot.services.delivery import LeadDelivery, OneCrm
from bot.services.owners import LeadOwners

LEADS = 2000
PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _queue(store: SqlLeadStore) -> list[str]:
    owners = LeadOwners(SqlOwnerStore(store.engine), SystemClock(), default_agent="agent-42")
    capture = LeadCapture(store, SystemClock(), NullNotifier(), owners=owners, dry_run=False)
    now = datetime.now(UTC)
    bodies = []
    for index in range(LEADS):
        contact = Contact(name=f"Jane Roe {index}", email=f"jane{index}@example.com", phone="+14155550100",
                          company="Acme Inc", notes="Wants a demo next week")
        context = CaptureContext(surface=Surface.MODAL, user_id="U0REP001", user_name="Jamie Doe", team_id="T1",
                                 channel_id="C1", channel_name="sales",
                                 typed=(TypedNote("/newlead Jane Roe", now),))
        bodies.append(capture.capture(contact, context, capture_key=f"bench:{index}").body)
    return bodies


def _drain(store: SqlLeadStore, crm_url: str) -> float:
    crm = HttpCrmClient(build_http_client(crm_url, "bench-token", 10))
    delivery = LeadDelivery(store, OneCrm(crm), NullNotifier(), SystemClock())
    started = time.perf_counter()
    delivered = delivery.deliver_due()
    elapsed = time.perf_counter() - started
    crm.close()
    assert delivered == LEADS, delivered
    assert store.count_by_status() == {LeadStatus.DELIVERED: LEADS}
    return LEADS / elapsed


def _baseline(bodies: list[str], crm_url: str) -> float:
    with httpx.Client(base_url=crm_url, headers={"Authorization": "Bearer bench-token"}) as client:
        started = time.perf_counter()
        for body in bodies:
            client.post("/v3/leads", content=body.encode(), headers={"Content-Type": "application/json"})
        return len(bodies) / (time.perf_counter() - started)


def _postgres_url() -> str | None:
    engine = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("DROP DATABASE IF EXISTS leadbot_bench WITH (FORCE)"))
            conn.execute(text("CREATE DATABASE leadbot_bench"))
    except Exception:
        return None
    finally:
        engine.dispose()
    return PG_ADMIN.rsplit("/", 1)[0] + "/leadbot_bench"


def run() -> list[Row]:
    rows = []
    with fake("crm") as crm_url:
        targets = [("SQLite", f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"), ("PostgreSQL", _postgres_url())]
        for label, url in targets:
            if url is None:
                rows.append(Row(f"delivery, {label}", 0, None, "leads/s", ">= 300/s, >= 0.7x", None,
                                "PostgreSQL not reachable; skipped"))
                continue
            store = SqlLeadStore.from_url(url)
            bodies = _queue(store)
            ours = _drain(store, crm_url)
            store.close()
            baseline = _baseline(bodies, crm_url)
            rows.append(Row(f"delivery of {LEADS} leads, {label}", ours, baseline, "leads/s", ">= 300/s, >= 0.7x",
                            ours >= 300 and ours >= 0.7 * baseline))
    return rows


if __name__ == "__main__":
    for row in run():
        print(row, row.ratio)
