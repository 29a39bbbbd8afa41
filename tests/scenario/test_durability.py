"""A lead outlives the CRM being down and the process going away; without a CRM token it runs dry."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema

from bot.domain.outbox import LeadStatus
from tests.support.fake_crm import Answer, FakeCrm
from tests.support.fake_slack import FakeSlack
from tests.support.harness import BotHarness, make_settings
from tests.support.newlead_form import VALID, open_modal
from tests.support.waiting import wait_until


def test_lead_stored_while_crm_is_down_is_delivered_after_a_restart(
    fake_slack: FakeSlack, fake_crm: FakeCrm, tmp_path: Path, lead_schema: dict[str, Any]
) -> None:
    settings = make_settings(slack_api_base_url=fake_slack.api_url, crm_base_url=fake_crm.url,
                             database_url=f"sqlite:///{tmp_path / 'bot.sqlite3'}")
    fake_crm.default = Answer(503, {"success": False, "message": "Service Unavailable"})
    first = BotHarness(settings).start()
    try:
        view = open_modal(first, fake_slack)
        assert first.submit(VALID, private_metadata=view["private_metadata"]).status_code == 200
        fake_crm.wait_for(1)
        fake_slack.wait_for_message("did not take lead")
    finally:
        first.close()
    lead_id = fake_crm.received[0].json()["lead"]["crmActivities"][0]["id"]

    fake_crm.default = Answer()  # the CRM is back
    second = BotHarness(settings).start()
    try:
        wait_until(lambda: second.runtime.store.get(lead_id).status is LeadStatus.DELIVERED,  # type: ignore[union-attr]
                    timeout=15)
        delivered = [r for r in fake_crm.received if r.json()["lead"]["crmActivities"][0]["id"] == lead_id]
        assert len(delivered) >= 2
        assert delivered[-1].body == delivered[0].body  # the same bytes on every attempt
        jsonschema.validate(delivered[-1].json(), lead_schema)
        fake_slack.wait_for_message("was created in the CRM")
        assert len(fake_slack.calls_to("chat.postMessage")) == 1
    finally:
        second.close()


def test_dry_run_stores_the_lead_and_shows_the_json(fake_slack: FakeSlack, fake_crm: FakeCrm,
                                                     tmp_path: Path, lead_schema: dict[str, Any]) -> None:
    settings = make_settings(slack_api_base_url=fake_slack.api_url, crm_base_url=fake_crm.url,
                             crm_api_token=None, crm_agent_id=None,
                             database_url=f"sqlite:///{tmp_path / 'bot.sqlite3'}")
    bot = BotHarness(settings).start()
    try:
        assert bot.http.get("/healthz").json()["crm"] == "dry-run"
        view = open_modal(bot, fake_slack)
        bot.submit(VALID, private_metadata=view["private_metadata"])
        blocks = fake_slack.wait_for_message("Dry run").args["blocks"]
        shown = next(b["text"]["text"] for b in blocks if "would send" in b.get("text", {}).get("text", ""))
        body = json.loads(shown.split("```")[1])
        jsonschema.validate(body, lead_schema)
        assert body["lead"]["agentId"] == "dry-run-agent"
        assert body["lead"]["email"] == "jane.roe@example.com"
        assert fake_crm.received == []
        assert bot.runtime.store.count_by_status() == {"dry_run": 1}
    finally:
        bot.close()
