"""Outbox rows for tests that start from a stored lead rather than a captured one."""

from __future__ import annotations

import json
import uuid
from datetime import datetime

from bot.domain.outbox import LeadRecord, LeadStatus
from bot.domain.surface import Surface
from tests.support.fakes import T0


def lead_record(at: datetime = T0, *, key: str | None = None, status: LeadStatus = LeadStatus.PENDING,
                **changes: object) -> LeadRecord:
    """A lead captured (and due) at ``at``, with a fresh id and capture key unless told otherwise."""
    lead_id = str(uuid.uuid4())
    body = json.dumps({"lead": {"agentId": "agent-1", "name": "Sam Lee", "crmActivities": [{"id": lead_id}]}})
    record = LeadRecord(
        id=lead_id, capture_key=key or f"key-{uuid.uuid4().hex}", status=status, body=body, surface=Surface.MODAL,
        user_id="U0REP", created_at=at, updated_at=at, next_attempt_at=at, queued_at=at, team_id="T0001",
        channel_id="C0SALES1", thread_ts="1700000000.000100",
    )
    return record.evolve(**changes)
