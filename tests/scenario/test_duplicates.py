"""Duplicate warnings end to end: an earlier lead of the workspace with the same email or phone stops the
form (a view update) and the chat (a question) until the rep chooses Create anyway or Cancel."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest

from bot.services.form import OWNER_BLOCK
from bot.slack.payload import ModalOrigin
from tests.support import slack_requests as sr
from tests.support.block_kit import assert_no_live_markup, assert_valid_message, assert_valid_view
from tests.support.chat_events import OTHER, dm, press
from tests.support.fake_crm import FakeCrm
from tests.support.fake_slack import FakeSlack
from tests.support.harness import BotHarness, make_settings
from tests.support.newlead_form import VALID, open_modal
from tests.support.waiting import wait_until

_ALEX_VIEWS = (f"V0ALEX{n:03d}" for n in itertools.count())  # each of Alex's forms is a new one
EARLIER = {"name": "Sam Lee", "email": "sam@lee.io", "phone": "+44 20 7946 0958", "company": "Lee & Co", "notes": ""}


def _stored(bot: BotHarness) -> int:
    return sum(bot.runtime.store.count_by_status().values())


def _earlier_lead_by_alex(bot: BotHarness, fake_slack: FakeSlack, values: dict[str, str] = EARLIER, *,
                          team_id: str = "T0001") -> None:
    """Another rep (Alex Kim) captures a lead with the form, and it is stored."""
    fake_slack.users[OTHER["id"]] = {"id": OTHER["id"], "name": "alex", "real_name": "Alex Kim",
                                     "profile": {"display_name": "Alex Kim", "real_name": "Alex Kim"}}
    before = _stored(bot)
    bot.command("", user=OTHER)
    wait_until(lambda: bot.runtime.users.cached(OTHER["id"]) is not None, expected="Alex's name")
    origin = ModalOrigin(channel_id="C0SALES1", team_id=team_id).dumps()
    answer = bot.post(sr.view_submission(values, private_metadata=origin, view_id=next(_ALEX_VIEWS), user=OTHER,
                                         team_id=team_id))
    assert answer.text == ""
    wait_until(lambda: _stored(bot) == before + 1, expected="Alex's lead stored")


def _submit(bot: BotHarness, values: dict[str, str], metadata: str, view_id: str = "V0MODAL1") -> httpx.Response:
    response = bot.submit(values, private_metadata=metadata, view_id=view_id)
    assert response.status_code == 200
    return response


def _warning(response: httpx.Response) -> dict[str, Any]:
    answer = response.json()
    assert answer["response_action"] == "update"
    view: dict[str, Any] = answer["view"]
    assert_valid_view(view)
    assert_no_live_markup(view)
    return view


def _typed(view: dict[str, Any]) -> dict[str, str | None]:
    """The contact inputs' values; the owner picker is checked on its own (``_owner``)."""
    return {b["block_id"]: b["element"].get("initial_value") for b in view["blocks"]
            if b["type"] == "input" and b["block_id"] != OWNER_BLOCK}


def _owner(view: dict[str, Any]) -> str | None:
    picker = [b for b in view["blocks"] if b.get("block_id") == OWNER_BLOCK]
    return picker[0]["element"].get("initial_user") if picker else None


# --- the form -------------------------------------------------------------------------------------


def test_the_same_email_in_the_form_is_warned_and_create_anyway_creates_it_once(
        bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm, lead_schema: dict[str, Any]) -> None:
    _earlier_lead_by_alex(bot, fake_slack)
    view = open_modal(bot, fake_slack)
    typed = {"name": "Samuel Lee", "email": "SAM@Lee.IO", "phone": "", "company": "Lee and Co", "notes": "Met at expo"}
    warned = _warning(_submit(bot, typed, view["private_metadata"]))
    assert _stored(bot) == 1  # nothing stored yet
    warning = warned["blocks"][0]["text"]["text"]
    assert "Samuel Lee" not in warning and "Sam Lee looks like a lead Alex Kim captured on " in warning
    assert "(queued for the CRM)" in warning or "(delivered to the CRM)" in warning or "(being sent" in warning
    assert "same email" in warning
    assert warned["submit"]["text"] == "Create anyway" and warned["close"]["text"] == "Cancel"
    assert _typed(warned) == {"name": "Samuel Lee", "email": "SAM@Lee.IO", "phone": None, "company": "Lee and Co",
                              "notes": "Met at expo"}
    assert _owner(warned) is not None  # the owner picker keeps its choice

    created = _submit(bot, typed, warned["private_metadata"])  # Create anyway
    assert created.text == ""  # the form closes
    again = _submit(bot, typed, warned["private_metadata"])  # a double click, or Slack's retry
    assert again.text == ""
    sent = fake_crm.wait_for(2)
    jsonschema.validate(sent[1].json(), lead_schema)
    assert sent[1].json()["lead"]["name"] == "Samuel Lee"
    assert _stored(bot) == 2


def test_the_same_phone_in_the_form_is_warned(bot: BotHarness, fake_slack: FakeSlack) -> None:
    _earlier_lead_by_alex(bot, fake_slack)
    view = open_modal(bot, fake_slack)
    warned = _warning(_submit(bot, {**VALID, "email": "", "phone": "+44 (0)20-7946-0958"}, view["private_metadata"]))
    assert "same phone" in warned["blocks"][0]["text"]["text"]
    assert _typed(warned)["phone"] == "+44 (0)20-7946-0958"  # as the rep typed it
    assert _stored(bot) == 1


def test_the_earlier_leads_name_is_shown_as_data(bot: BotHarness, fake_slack: FakeSlack) -> None:
    _earlier_lead_by_alex(bot, fake_slack, {**EARLIER, "name": "<!channel> Sam Lee"})
    view = open_modal(bot, fake_slack)
    warned = _warning(_submit(bot, {**VALID, "email": "sam@lee.io"}, view["private_metadata"]))  # no live markup
    assert "&lt;!channel&gt; Sam Lee looks like a lead" in warned["blocks"][0]["text"]["text"]


def test_a_warning_left_with_cancel_stores_nothing(bot: BotHarness, fake_slack: FakeSlack) -> None:
    # Cancel is the modal's close button: Slack closes the form and tells LeadBot nothing.
    _earlier_lead_by_alex(bot, fake_slack)
    view = open_modal(bot, fake_slack)
    warned = _warning(_submit(bot, {**VALID, "email": "sam@lee.io"}, view["private_metadata"]))
    assert warned["close"]["text"] == "Cancel"
    bot.drain()
    assert _stored(bot) == 1


def test_accepting_one_earlier_lead_does_not_accept_another(bot: BotHarness, fake_slack: FakeSlack) -> None:
    _earlier_lead_by_alex(bot, fake_slack)
    view = open_modal(bot, fake_slack)
    warned = _warning(_submit(bot, {**VALID, "email": "sam@lee.io"}, view["private_metadata"]))
    # Meanwhile the rep changed the email to one a later lead has: that one is asked about in turn.
    _earlier_lead_by_alex(bot, fake_slack, {**EARLIER, "email": "other@lee.io", "phone": ""})
    again = _warning(_submit(bot, {**VALID, "email": "other@lee.io"}, warned["private_metadata"]))
    assert json.loads(again["private_metadata"])["duplicate_of"] != json.loads(warned["private_metadata"])[
        "duplicate_of"]
    assert _stored(bot) == 2


def test_a_double_submit_is_the_same_lead_not_a_duplicate(bot: BotHarness, fake_slack: FakeSlack,
                                                          fake_crm: FakeCrm) -> None:
    view = open_modal(bot, fake_slack)
    assert _submit(bot, VALID, view["private_metadata"]).text == ""
    assert _submit(bot, VALID, view["private_metadata"]).text == ""  # the same view: not warned
    fake_crm.wait_for(1)
    bot.drain()
    assert _stored(bot) == 1


def test_another_workspaces_lead_is_never_a_duplicate(bot: BotHarness, fake_slack: FakeSlack) -> None:
    _earlier_lead_by_alex(bot, fake_slack, team_id="T0OTHER")
    view = open_modal(bot, fake_slack)
    assert _submit(bot, {**VALID, "email": "sam@lee.io"}, view["private_metadata"]).text == ""
    wait_until(lambda: _stored(bot) == 2, expected="the lead stored")


@pytest.fixture
def bot_without_warnings(fake_slack: FakeSlack, fake_crm: FakeCrm, tmp_path: Path) -> Iterator[BotHarness]:
    harness = BotHarness(make_settings(slack_api_base_url=fake_slack.api_url, crm_base_url=fake_crm.url,
                                       database_url=f"sqlite:///{tmp_path / 'bot.sqlite3'}",
                                       duplicate_window_days=0)).start()
    yield harness
    harness.close()


def test_a_window_of_zero_days_turns_warnings_off(bot_without_warnings: BotHarness, fake_slack: FakeSlack) -> None:
    bot = bot_without_warnings
    _earlier_lead_by_alex(bot, fake_slack)
    view = open_modal(bot, fake_slack)
    assert _submit(bot, {**VALID, "email": "sam@lee.io"}, view["private_metadata"]).text == ""
    press(bot, _say(bot, fake_slack, "Sam Lee, sam@lee.io, +44 20 7946 0958, Lee & Co", 1), "chat_confirm")
    wait_until(lambda: _stored(bot) == 3, expected="both leads stored")


# --- the chat -------------------------------------------------------------------------------------


def _dm_replies(fake_slack: FakeSlack, count: int) -> list[dict[str, Any]]:
    """LeadBot's first ``count`` replies in the rep's DM (status messages go to the user id instead)."""
    def found(calls: list[Any]) -> list[dict[str, Any]] | None:
        posted = [c.args for c in calls if c.method == "chat.postMessage" and c.args.get("channel") == "D0REP001"]
        return posted if len(posted) >= count else None

    posted: list[dict[str, Any]] = fake_slack.wait_until(found, expected=f"{count} replies in the DM")
    return posted[:count]


def _say(bot: BotHarness, fake_slack: FakeSlack, text: str, count: int) -> dict[str, Any]:
    """The rep types ``text`` in the DM; LeadBot's ``count``-th reply there, once posted."""
    bot.event(dm(text))
    reply = _dm_replies(fake_slack, count)[-1]
    assert_valid_message(reply["text"], reply["blocks"])
    assert_no_live_markup(reply)
    return reply


def _buttons(reply: dict[str, Any]) -> list[str]:
    return [e["action_id"] for b in reply["blocks"] if b["type"] == "actions" for e in b["elements"]]


def test_the_same_email_in_chat_is_asked_about_and_create_anyway_creates_it(
        bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm) -> None:
    _earlier_lead_by_alex(bot, fake_slack)
    _say(bot, fake_slack, "Samuel Lee, SAM@lee.io, Lee & Co", 1)
    summary = _say(bot, fake_slack, "skip", 2)  # no phone
    press(bot, summary, "chat_confirm")
    asked = _dm_replies(fake_slack, 3)[-1]
    assert "Sam Lee looks like a lead Alex Kim captured on " in asked["text"]
    assert "same email" in asked["text"] and asked["text"].endswith("Create anyway?")
    assert _buttons(asked) == ["chat_create_anyway", "chat_cancel"]
    assert_valid_message(asked["text"], asked["blocks"])
    bot.drain()
    assert _stored(bot) == 1

    press(bot, asked, "chat_create_anyway")
    press(bot, asked, "chat_create_anyway")  # a double click: the same lead
    lead = fake_crm.wait_for(2)[1].json()["lead"]
    assert lead["name"] == "Samuel Lee"
    bot.drain()
    assert _stored(bot) == 2


def test_the_same_phone_in_chat_and_no_cancels(bot: BotHarness, fake_slack: FakeSlack) -> None:
    _earlier_lead_by_alex(bot, fake_slack)
    _say(bot, fake_slack, "Ida Li, ida@li.io, +442079460958, Li Ltd", 1)
    asked = _say(bot, fake_slack, "yes", 2)
    assert "same phone" in asked["text"]
    assert "Cancelled" in _say(bot, fake_slack, "no", 3)["text"]
    bot.drain()
    assert _stored(bot) == 1


def _asked_about_alexs_lead(bot: BotHarness, fake_slack: FakeSlack) -> None:
    """Alex captured Sam Lee; the rep's chat lead Ida Li has Sam's email, and is asked about (3 replies)."""
    _earlier_lead_by_alex(bot, fake_slack)
    _say(bot, fake_slack, "Ida Li, sam@lee.io, Li Ltd", 1)
    _say(bot, fake_slack, "skip", 2)
    assert "Create anyway?" in _say(bot, fake_slack, "yes", 3)["text"]


def test_typing_create_anyway_in_chat_creates_the_lead(bot: BotHarness, fake_slack: FakeSlack,
                                                      fake_crm: FakeCrm) -> None:
    _asked_about_alexs_lead(bot, fake_slack)
    bot.event(dm("create anyway"))
    assert fake_crm.wait_for(2)[1].json()["lead"]["name"] == "Ida Li"


def test_a_correction_after_the_question_goes_back_to_the_summary(bot: BotHarness, fake_slack: FakeSlack,
                                                                  fake_crm: FakeCrm) -> None:
    _asked_about_alexs_lead(bot, fake_slack)
    summary = _say(bot, fake_slack, "actually the email is ida@li.io", 4)
    assert "Here's the lead" in summary["text"] and "ida@li.io" in summary["text"]
    press(bot, summary, "chat_confirm")  # no longer like the earlier lead: created without a question
    assert fake_crm.wait_for(2)[1].json()["lead"]["email"] == "ida@li.io"


def test_a_lead_in_another_workspace_is_not_asked_about_in_chat(bot: BotHarness, fake_slack: FakeSlack,
                                                                fake_crm: FakeCrm) -> None:
    _earlier_lead_by_alex(bot, fake_slack, team_id="T0OTHER")
    summary = _say(bot, fake_slack, "Sam Lee, sam@lee.io, +44 20 7946 0958, Lee & Co", 1)
    press(bot, summary, "chat_confirm")
    assert fake_crm.wait_for(2)[1].json()["lead"]["email"] == "sam@lee.io"
