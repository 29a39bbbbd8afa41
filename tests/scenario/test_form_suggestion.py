"""The /newlead form's company suggestion end to end: the form opens with a **Use “Initrode”** button (the
company input empty), and pressing it updates the open form with that company, keeping what the rep
typed elsewhere; then a submission creates the lead with it."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from bot.slack.form_hints import SUGGEST_COMPANY_ACTION, SUGGESTION_BLOCK
from tests.support import slack_requests as sr
from tests.support.fake_slack import FakeSlack
from tests.support.harness import BotHarness
from tests.support.newlead_form import open_modal


def _press_in_form(view: dict[str, Any], value: str, typed: dict[str, str]) -> str:
    """The block_actions payload of a button pressed inside an open modal, with what the rep typed."""
    state = {block: {"value": {"type": "plain_text_input", "value": text}} for block, text in typed.items()}
    return urlencode({"payload": json.dumps({
        "type": "block_actions", "team": sr.TEAM, "user": {**sr.USER, "team_id": sr.TEAM["id"]},
        "api_app_id": "A0LEADBOT", "token": "deprecated-verification-token", "trigger_id": "1.2.abc",
        "container": {"type": "view", "view_id": "V0MODAL1"},
        "view": {**view, "id": "V0MODAL1", "hash": "1700000000.abc", "state": {"values": state}},
        "actions": [{"action_id": SUGGEST_COMPANY_ACTION, "block_id": SUGGESTION_BLOCK, "value": value,
                     "type": "button", "action_ts": "1700000001.000001"}],
    })})


def _block(view: dict[str, Any], block_id: str) -> dict[str, Any] | None:
    return next((b for b in view["blocks"] if b.get("block_id") == block_id), None)


def test_the_suggested_company_is_a_button_that_fills_the_open_form(bot: BotHarness, fake_slack: FakeSlack) -> None:
    view = open_modal(bot, fake_slack, "Sam Lowry, sam@initrode.com")
    company = _block(view, "company")
    assert company is not None and "initial_value" not in company["element"]
    button = _block(view, SUGGESTION_BLOCK)
    assert button is not None and button["elements"][0]["value"] == "Initrode"

    response = bot.post(_press_in_form(view, "Initrode", {"name": "Sam Lowry (edited)"}))
    assert response.status_code == 200
    update = fake_slack.wait_for("views.update")[-1].args
    assert update["view_id"] == "V0MODAL1" and update["hash"] == "1700000000.abc"
    updated = update["view"]
    filled = _block(updated, "company")
    assert filled is not None and filled["element"]["initial_value"] == "Initrode"
    assert _block(updated, SUGGESTION_BLOCK) is None  # taken: no button any more
    name = _block(updated, "name")
    assert name is not None and name["element"]["initial_value"] == "Sam Lowry (edited)"


def test_a_personal_address_gets_a_note_and_no_button(bot: BotHarness, fake_slack: FakeSlack) -> None:
    view = open_modal(bot, fake_slack, "Omar Little, omar@gmail.com")
    company = _block(view, "company")
    assert company is not None and "personal address (gmail.com)" in company["hint"]["text"]
    assert _block(view, SUGGESTION_BLOCK) is None
