"""The "Create lead from message" shortcut end to end: a real-shaped message_action payload, signed, into
the real server; the form opens at once from the message's text, is completed from the author's profile
and the message's permalink, and its submission reaches the CRM linked to the message."""

from __future__ import annotations

import json
from typing import Any

import jsonschema

from bot.slack.blocks import FIELD_BLOCKS, REFILLED_ACTION_ID, VALUE_ACTION_ID
from bot.slack.manifest import SHORTCUT_CALLBACK_ID
from tests.support import real_payloads as rp
from tests.support.block_kit import assert_valid_call
from tests.support.fake_crm import FakeCrm, success
from tests.support.fake_slack import TEAM_ID, FakeSlack, SlackCall
from tests.support.harness import BotHarness

AUTHOR = "U0JANE001"
EXTERNAL_TEAM = "T0GLOBEX1"
JANE = {"id": AUTHOR, "name": "jane", "real_name": "Jane Roe", "team_id": TEAM_ID,
        "profile": {"real_name": "Jane Roe", "display_name": "jane", "email": "jane.roe@example.com",
                    "phone": "+1 415 555 0100", "team": TEAM_ID}}


def _shortcut(bot: BotHarness, text: str, *, author: str = rp.REP, author_team: str = TEAM_ID,
              channel: str = rp.SALES_CHANNEL, channel_name: str = "sales") -> str:
    """Use the shortcut on a message; returns the message's ts."""
    ts = rp.new_ts()
    response = bot.replay("message_action", callback_id=SHORTCUT_CALLBACK_ID, message_text=text, author=author,
                          author_team=author_team, channel=channel, channel_name=channel_name, message_ts=ts)
    assert response.status_code == 200
    return ts


def _inputs(view: dict[str, Any]) -> dict[str, tuple[str | None, str]]:
    """Each contact input's initial value and action id, by block id."""
    return {b["block_id"]: (b["element"].get("initial_value"), b["element"]["action_id"])
            for b in view["blocks"] if b["type"] == "input" and b["block_id"] in FIELD_BLOCKS}


def _opened_and_completed(slack: FakeSlack) -> tuple[SlackCall, SlackCall]:
    opened = slack.wait_for("views.open", answered=True)[0]
    updated = slack.wait_for("views.update", answered=True)[0]
    for call in (opened, updated):
        assert_valid_call(call.method, call.args)
    assert updated.args["view_id"] == opened.answer["view"]["id"]  # type: ignore[index]
    assert updated.args["hash"] == opened.answer["view"]["hash"]  # type: ignore[index]
    return opened, updated


def test_the_form_opens_from_the_text_and_the_lead_links_the_message(
    bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm, lead_schema: dict[str, Any]
) -> None:
    fake_crm.then(success("Lead created", {"id": "crm-7"}))
    text = "Jane Roe <mailto:jane.roe@example.com|jane.roe@example.com> +1 415 555 0100 at Acme Inc"
    ts = _shortcut(bot, text)
    opened, updated = _opened_and_completed(fake_slack)
    # views.open is the first Web API call for the click: the trigger id expires in 3 seconds.
    assert [c.method for c in fake_slack.calls if c.method != "auth.test"][0] == "views.open"
    assert _inputs(opened.args["view"]) == {
        "name": ("Jane Roe", VALUE_ACTION_ID), "email": ("jane.roe@example.com", VALUE_ACTION_ID),
        "phone": ("+14155550100", VALUE_ACTION_ID), "company": ("Acme Inc", VALUE_ACTION_ID),
        "notes": (None, VALUE_ACTION_ID)}
    # The rep's own message: no profile to read, and the text's inputs keep their ids (and what is in them).
    assert [c for c in fake_slack.calls_to("users.info") if c.args.get("user") != rp.REP] == []
    assert _inputs(updated.args["view"]) == _inputs(opened.args["view"])
    # The owner picker starts at the rep, in the form as opened and as completed.
    for view in (opened.args["view"], updated.args["view"]):
        assert [b["element"].get("initial_user") for b in view["blocks"] if b.get("block_id") == "owner"] == [rp.REP]

    view = updated.args["view"]
    submitted = bot.send(rp.submission(view, {"name": "Jane Roe", "email": "jane.roe@example.com",
                                              "phone": "+14155550100", "company": "Acme Inc", "notes": ""}))
    assert submitted.status_code == 200 and submitted.text == ""
    body = json.loads(fake_crm.wait_for(1)[0].body)
    jsonschema.validate(body, lead_schema)
    activity = body["lead"]["crmActivities"][0]
    permalink = f"https://acme.slack.com/archives/{rp.SALES_CHANNEL}/p{ts.replace('.', '')}"
    assert activity["title"] == "Lead captured in Slack from a message"
    assert activity["metadata"] == {
        "surface": "shortcut", "slackTeamId": TEAM_ID, "slackChannelId": rp.SALES_CHANNEL,
        "slackUserId": rp.REP, "slackMessageTs": ts, "slackMessageAuthorId": rp.REP,
        "slackMessagePermalink": permalink}
    assert permalink in activity["note"] and "#sales" in activity["note"]
    # The original text, as the rep reads it in Slack, is the first entry of the notes history.
    assert activity["notesHistory"][0]["text"] == (
        "Jane Roe jane.roe@example.com +1 415 555 0100 at Acme Inc")
    # The status goes to the rep's DM, never into the channel the message was in.
    assert fake_slack.wait_for("chat.postMessage")[0].args["channel"] == rp.REP


def test_a_colleagues_profile_fills_what_the_text_did_not_say(
    bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm, lead_schema: dict[str, Any]
) -> None:
    fake_slack.users[AUTHOR] = JANE
    _shortcut(bot, "Please call +44 20 7946 0958.", author=AUTHOR)
    opened, updated = _opened_and_completed(fake_slack)
    assert fake_slack.calls_to("team.info") == []  # same workspace: no organisation to look up
    assert _inputs(opened.args["view"])["phone"] == ("+442079460958", VALUE_ACTION_ID)
    assert _inputs(updated.args["view"]) == {
        "name": ("Jane Roe", REFILLED_ACTION_ID), "email": ("jane.roe@example.com", REFILLED_ACTION_ID),
        "phone": ("+442079460958", VALUE_ACTION_ID),  # the text's phone wins over the profile's
        "company": (None, VALUE_ACTION_ID), "notes": (None, VALUE_ACTION_ID)}

    fake_crm.then(success("Lead created", {"id": "crm-8"}))
    bot.send(rp.submission(updated.args["view"], {"name": "Jane Roe", "email": "jane.roe@example.com",
                                                  "phone": "+442079460958", "company": "", "notes": ""}))
    body = json.loads(fake_crm.wait_for(1)[0].body)
    jsonschema.validate(body, lead_schema)
    assert {k: body["lead"][k] for k in ("name", "email", "phone")} == {
        "name": "Jane Roe", "email": "jane.roe@example.com", "phone": "+442079460958"}
    activity = body["lead"]["crmActivities"][0]
    assert activity["metadata"]["slackMessageAuthorId"] == AUTHOR
    assert activity["metadata"]["slackMessageAuthorName"] == "Jane Roe"
    assert "from a message by Jane Roe" in activity["note"]


def test_an_external_authors_organisation_becomes_the_company(bot: BotHarness, fake_slack: FakeSlack) -> None:
    fake_slack.users[AUTHOR] = {**JANE, "team_id": EXTERNAL_TEAM,
                                "profile": {**JANE["profile"], "team": EXTERNAL_TEAM}}  # type: ignore[dict-item]
    fake_slack.teams[EXTERNAL_TEAM] = {"id": EXTERNAL_TEAM, "name": "Globex <Corp> & Sons", "domain": "globex"}
    _shortcut(bot, "We'd like a quote for 40 seats", author=AUTHOR, author_team=EXTERNAL_TEAM,
              channel="C0SHARED1", channel_name="acme-globex")
    _, updated = _opened_and_completed(fake_slack)
    assert fake_slack.wait_for("team.info")[0].args["team"] == EXTERNAL_TEAM
    assert _inputs(updated.args["view"])["company"] == ("Globex <Corp> & Sons", REFILLED_ACTION_ID)


def test_the_form_opens_and_keeps_the_text_when_the_profile_lookup_fails(
    bot: BotHarness, fake_slack: FakeSlack
) -> None:
    fake_slack.refuse("users.info", "user_not_found")
    fake_slack.slow("chat.getPermalink", 5)  # longer than a lookup may take
    _shortcut(bot, "Ida Li, ida@li.io", author=AUTHOR, channel="D0REP001", channel_name="directmessage")
    opened = fake_slack.wait_for("views.open", answered=True)[0]
    assert _inputs(opened.args["view"])["name"] == ("Ida Li", VALUE_ACTION_ID)
    fake_slack.wait_for("users.info", user=AUTHOR)
    bot.drain()  # the listener gave up on both lookups and finished
    # Nothing new to show, so the open form (and whatever the rep typed) is left alone.
    assert fake_slack.calls_to("views.update") == []


def test_a_slow_profile_does_not_hold_the_form(bot: BotHarness, fake_slack: FakeSlack) -> None:
    fake_slack.slow("users.info", 5)
    _shortcut(bot, "Ida Li, ida@li.io", author=AUTHOR)
    opened = fake_slack.wait_for("views.open", answered=True)[0]
    slow_lookup = fake_slack.wait_for("users.info", user=AUTHOR)[0]
    assert opened.at < slow_lookup.at  # the form was open before the profile was asked for
    updated = fake_slack.wait_for("views.update", answered=True)[0]  # the permalink, without the profile
    assert json.loads(updated.args["view"]["private_metadata"])["permalink"].startswith("https://")
    assert _inputs(updated.args["view"])["company"] == (None, VALUE_ACTION_ID)


def test_a_form_that_did_not_open_is_said_to_the_rep(bot: BotHarness, fake_slack: FakeSlack) -> None:
    fake_slack.refuse("views.open", "expired_trigger_id")
    response = bot.replay("message_action", callback_id=SHORTCUT_CALLBACK_ID, message_text="Ida Li, ida@li.io",
                          channel=rp.SALES_CHANNEL, channel_name="sales", response_url=fake_slack.hooks_url())
    assert response.status_code == 200
    note = fake_slack.wait_for("response_url")[0].args
    assert note["response_type"] == "ephemeral" and "did not open" in note["text"]
    bot.drain()
    assert fake_slack.calls_to("views.update") == [] and fake_slack.calls_to("chat.getPermalink") == []
