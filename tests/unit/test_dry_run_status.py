"""The dry_run status: final, counted in the metrics, the outcome of a dry-run delivery, and a body
that can be handed to the configured agent."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from bot.adapters.clock import SystemClock
from bot.adapters.crm_http import DryRunCrmClient
from bot.adapters.prometheus import PrometheusMetrics
from bot.adapters.store import SqlLeadStore
from bot.config import DRY_RUN_AGENT_ID
from bot.domain.outbox import LeadRecord, LeadStatus
from bot.domain.surface import Surface
from bot.ports import NullNotifier
from bot.services.delivery import LeadDelivery, OneCrm

T0 = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
BODY = {"lead": {"agentId": DRY_RUN_AGENT_ID, "name": "Sam Lee", "crmActivities": [{"id": "a1", "notesHistory": [
    {"text": "Sam Lee", "agentId": DRY_RUN_AGENT_ID}, {"text": "from a colleague", "agentId": "agent-2"}]}]}}


def _record(status: LeadStatus = LeadStatus.PENDING, *, dry_run: bool = True) -> LeadRecord:
    return LeadRecord(id="lead-1", capture_key="k1", status=status, body=json.dumps(BODY), surface=Surface.SHELL,
                      user_id="U1", created_at=T0, updated_at=T0, next_attempt_at=T0, queued_at=T0, dry_run=dry_run)


def test_dry_run_is_final_and_not_delivered() -> None:
    assert LeadStatus.DRY_RUN.is_final and LeadStatus.DRY_RUN.value == "dry_run"
    assert LeadStatus.DRY_RUN not in (LeadStatus.DELIVERED, LeadStatus.FAILED)


def test_the_configured_agent_replaces_the_placeholder_everywhere_and_only_it() -> None:
    lead = json.loads(_record().with_agent("agent-9"))["lead"]
    assert lead["agentId"] == "agent-9"
    assert [n["agentId"] for n in lead["crmActivities"][0]["notesHistory"]] == ["agent-9", "agent-2"]
    assert lead["name"] == "Sam Lee"


def test_a_dry_run_delivery_ends_in_dry_run_and_can_then_be_queued(sqlite_url: str) -> None:
    store = SqlLeadStore.from_url(sqlite_url)
    try:
        store.add(_record())
        delivery = LeadDelivery(store, OneCrm(DryRunCrmClient()), NullNotifier(), SystemClock(), concurrency=1)
        assert delivery.deliver_due() == 1
        assert store.count_by_status() == {LeadStatus.DRY_RUN: 1}
        metrics = PrometheusMetrics(store.count_by_status).exposition().decode()
        assert 'leadbot_outbox_leads{status="dry_run"} 1.0' in metrics

        stored = store.get("lead-1")
        assert stored is not None
        assert store.send_dry_run("lead-1", stored.with_agent("agent-9"), datetime.now(UTC)) is True
        assert store.send_dry_run("lead-1", stored.with_agent("agent-9"), datetime.now(UTC)) is False  # once
        queued = store.get("lead-1")
        assert queued is not None
        assert (queued.status, queued.dry_run, queued.attempts) == (LeadStatus.PENDING, False, 0)
        assert queued.lead["agentId"] == "agent-9"
        delivery.close()
    finally:
        store.close()
