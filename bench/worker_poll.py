"""What the delivery worker's idle poll costs: ``python -m bench.worker_poll [postgres-url]``.

An idle worker reads ``next_due_at`` once per WAKE_POLL (services/worker.py) to notice leads other
processes queued. This times that read on an outbox of 100,000 delivered leads and 10 retrying ones,
on SQLite and (given a URL) PostgreSQL. Figures go into the comment beside WAKE_POLL.
"""

from __future__ import annotations

import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.adapters.db import leads
from bot.adapters.store import SqlLeadStore
from bot.domain.outbox import LeadStatus
from bot.domain.surface import Surface

ROWS = 100_000
READS = 2_000


def _fill(store: SqlLeadStore) -> None:
    now = datetime.now(UTC)
    rows = []
    for n in range(ROWS + 10):
        status = LeadStatus.DELIVERED if n < ROWS else LeadStatus.RETRYING
        # Delivered leads fell due in the past; retrying ones are due soon.
        due = now - timedelta(seconds=ROWS - n) if n < ROWS else now + timedelta(minutes=n % 50)
        rows.append({"id": str(uuid.uuid4()), "capture_key": f"bench:{n}", "status": status.value, "body": "{}",
                     "surface": Surface.MODAL.value, "user_id": "U1", "attempts": 1, "created_at": now,
                     "updated_at": now, "next_attempt_at": due, "queued_at": now, "dry_run": False})
    with store.engine.begin() as conn:
        conn.execute(leads.insert(), rows)
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("ANALYZE")  # as autovacuum would soon after a bulk load


def measure(url: str) -> float:
    store = SqlLeadStore.from_url(url)
    try:
        _fill(store)
        store.next_due_at()
        started = time.perf_counter()
        for _ in range(READS):
            store.next_due_at()
        return (time.perf_counter() - started) / READS
    finally:
        with store.engine.begin() as conn:
            conn.execute(leads.delete().where(leads.c.capture_key.like("bench:%")))
        store.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        urls = [f"sqlite:///{Path(tmp) / 'poll.sqlite3'}", *sys.argv[1:]]
        for url in urls:
            print(f"{url.split(':')[0]}: next_due_at takes {measure(url) * 1e6:.0f} µs "
                  f"with {ROWS:,} delivered leads")


if __name__ == "__main__":
    main()
