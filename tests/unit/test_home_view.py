"""The Home tab's view: every status said as the issue asks, rep and CRM text kept as data, and the
view within Slack's limits however many leads and however long their text."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

from bot.domain.contact import MAX_COMPANY, MAX_NAME
from bot.domain.outbox import LeadRecord, LeadStatus
from bot.domain.owners import AgentMapping, OwnerSource
from bot.domain.surface import Surface
from bot.services.home import HomePage, WeekCounts
from bot.slack.blocks import EDIT_ACTION_ID, RETRY_ACTION_ID
from bot.slack.home_view import HOME_NEW_LEAD_ACTION, NOT_READ, SET_AGENT_ACTION, home_view, status_line
from bot.slack.mrkdwn import VIEW_BLOCKS_MAX
from tests.support.app_home import view_text
from tests.support.block_kit import assert_no_live_markup, assert_valid_view

T0 = datetime(2024, 5, 8, 14, 3, tzinfo=UTC)  # a Wednesday
REP = "U0REP001"
HOSTILE = "<!channel> *x* `y` &amp; <@U0BOSS01> <https://evil.example|click> \U0001f600\u0000"


def _lead(status: LeadStatus, name: str = "Jane Roe", company: str = "Acme", **changes: object) -> LeadRecord:
    lead = {"agentId": "a", "name": name, "email": "jane@example.com", "metaData": {"company": company}}
    return LeadRecord(id=str(uuid.uuid4()), capture_key=str(uuid.uuid4()), status=status,
                      body=json.dumps({"lead": lead}), surface=Surface.MODAL, user_id=REP, team_id="T0001",
                      created_at=T0, updated_at=T0, next_attempt_at=T0 + timedelta(minutes=2), queued_at=T0,
                      ).evolve(**changes)


def _page(leads: list[LeadRecord], agent: AgentMapping | None = None) -> HomePage:
    return HomePage(REP, leads, WeekCounts(datetime(2024, 5, 6, tzinfo=UTC), 5, 3, 1), agent)


def _buttons(view: dict[str, object]) -> list[tuple[str, str]]:
    return [(element["action_id"], element.get("value", "")) for block in view["blocks"]  # type: ignore[attr-defined]
            if block["type"] == "actions" for element in block["elements"]]


def test_each_status_is_said_with_what_the_rep_needs() -> None:
    assert "Queued" in status_line(_lead(LeadStatus.PENDING))
    assert "Sending" in status_line(_lead(LeadStatus.SENDING))
    retrying = status_line(_lead(LeadStatus.RETRYING, attempts=2, last_error="HTTP 503"))
    assert "Retrying at Wed 08 May 2024, 14:05 UTC" in retrying and "attempt 2 failed: HTTP 503" in retrying
    assert status_line(_lead(LeadStatus.DELIVERED, crm_response='{"id": "crm-9"}')).endswith("In the CRM, id crm-9")
    assert status_line(_lead(LeadStatus.DELIVERED, crm_response=None)).endswith("In the CRM")
    assert "\u201cPhone taken\u201d" in status_line(_lead(LeadStatus.FAILED, last_error="Phone taken"))
    assert "Dry run" in status_line(_lead(LeadStatus.DRY_RUN))


def test_the_home_shows_counts_owner_setting_and_buttons() -> None:
    failed = _lead(LeadStatus.FAILED, last_error="no")
    view = home_view(_page([_lead(LeadStatus.DELIVERED), failed],
                           AgentMapping(REP, "agent-7", OwnerSource.IMPORTED)))
    text = view_text(view)
    assert "*This week* (since Mon 06 May 2024, 00:00 UTC)" in text
    assert "*Captured*\n5" in text and "*Delivered*\n3" in text and "*Failed*\n1" in text
    assert "Your CRM agent ID: *agent-7* (from your admin's owners file)" in text
    assert _buttons(view) == [(HOME_NEW_LEAD_ACTION, ""), (SET_AGENT_ACTION, ""),
                              (EDIT_ACTION_ID, failed.id), (RETRY_ACTION_ID, failed.id)]
    assert "No CRM agent ID" in view_text(home_view(_page([])))


def test_another_owner_or_capturer_is_named_by_mention() -> None:
    for_jane = _lead(LeadStatus.PENDING, owner_id="U0JANE01")
    from_jane = _lead(LeadStatus.PENDING, user_id="U0JANE01", owner_id=REP)
    view = home_view(_page([for_jane, from_jane]))
    text = view_text(view)
    assert "Owner: <@U0JANE01>" in text and "Owner: you \u2022 captured by <@U0JANE01>" in text
    assert_no_live_markup(view, allowed=["<@U0JANE01>"])
    odd = home_view(_page([_lead(LeadStatus.PENDING, owner_id="U1>|<!channel")]))
    assert_no_live_markup(odd)


def test_many_leads_with_hostile_text_fit_a_home_view() -> None:
    long_name, long_company = (HOSTILE * 200)[:MAX_NAME], (HOSTILE * 200)[:MAX_COMPANY]
    leads = [_lead(status, long_name, long_company, last_error=HOSTILE * 100, attempts=9,
                   crm_response=json.dumps({"id": HOSTILE * 10}))
             for status in [*LeadStatus, *[LeadStatus.FAILED] * 50]]  # a failed lead takes two blocks
    view = home_view(_page(leads, AgentMapping(REP, HOSTILE * 20, OwnerSource.SELF)))
    assert_valid_view(view)
    assert_no_live_markup(view)
    assert len(view["blocks"]) <= VIEW_BLOCKS_MAX
    shown = sum(1 for block in view["blocks"] if block.get("block_id", "").startswith("home_lead_"))
    assert shown >= 20
    assert f"{len(leads) - shown} older lead(s) not shown." in view_text(view)


def test_a_home_without_its_leads_says_so_and_keeps_its_buttons() -> None:
    view = home_view(None)
    assert_valid_view(view)
    assert NOT_READ in view_text(view)
    assert _buttons(view) == [(HOME_NEW_LEAD_ACTION, ""), (SET_AGENT_ACTION, "")]
