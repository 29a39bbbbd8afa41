"""Long and hostile input through the real server: every Web API call LeadBot makes (recorded by the fake
Slack) is valid Block Kit, and a rep's markup never becomes a live mention or link."""

from __future__ import annotations

import json

from tests.support.block_kit import assert_no_live_markup, assert_valid_call
from tests.support.chat_events import REP, dm, press, replies
from tests.support.fake_crm import FakeCrm
from tests.support.fake_slack import FakeSlack
from tests.support.harness import BotHarness
from tests.support.waiting import wait_until

HOSTILE = ("<!here> <!everyone> <@U0OTHER1> <#C0SALES1|sales> <!subteam^S0SALES|@sales> "
           "<https://evil.example/pay|your invoice> <mailto:x@evil.example|mail> &lt;!channel&gt;")


def _every_call_is_valid_and_inert(slack: FakeSlack) -> None:
    calls = [c for c in slack.calls if c.method != "auth.test"]
    assert calls
    for call in calls:
        # The only mention LeadBot makes itself: who pressed a summary's button.
        assert_valid_call(call.method, call.args, allowed=[f"<@{REP}>"])


def test_newlead_with_3000_quote_heavy_characters_opens_the_form(bot: BotHarness, fake_slack: FakeSlack,
                                                                  fake_crm: FakeCrm) -> None:
    typed = ('Jane Roe jane@roe.io "VIP" \\ ' + '"' * 3000)[:3000]
    assert bot.command(typed).status_code == 200
    view = fake_slack.wait_for("views.open")[0].args["view"]
    kept = json.loads(view["private_metadata"])["typed"]
    assert typed.startswith(kept) and len(kept) > 1400  # as much as fits once JSON-encoded
    assert bot.submit({"name": "Jane Roe", "email": "jane@roe.io"}, private_metadata=view["private_metadata"]
                      ).status_code == 200
    history = fake_crm.wait_for(1)[0].json()["lead"]["crmActivities"][0]["notesHistory"]
    assert history[0]["text"] == f"/newlead {kept.strip()}"
    _every_call_is_valid_and_inert(fake_slack)


def test_a_4000_character_note_in_chat_gets_a_summary_and_is_saved_as_far_as_it_fits(
        bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm) -> None:
    bot.event(dm("Add Sam Lee, sam@lee.io, +44 20 7946 0958, Lee & Co"))
    replies(fake_slack, 1)
    notes = "".join(f"line {i} of the call notes & <details>\n" for i in range(200))[:4000]
    bot.event(dm(f"notes: {notes.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')}"))
    summary = replies(fake_slack, 2)[1]
    assert "Here's the lead" in summary["text"] and "left out the last 1,000" in summary["text"]
    bot.event(dm("yes"))
    lead = fake_crm.wait_for(1)[0].json()["lead"]
    assert lead["metaData"]["notes"] == notes[:3000].strip()
    fake_slack.wait_for_message("was created in the CRM")
    _every_call_is_valid_and_inert(fake_slack)


def test_markup_typed_as_a_name_never_pings_or_links(bot: BotHarness, fake_slack: FakeSlack,
                                                     fake_crm: FakeCrm) -> None:
    # In the form: the values arrive exactly as typed.
    assert bot.command("<!channel> Roe").status_code == 200
    view = fake_slack.wait_for("views.open")[0].args["view"]
    bot.submit({"name": "<!channel> Roe", "company": "<https://evil.example|Acme>", "notes": HOSTILE,
                "email": "jane@roe.io"}, private_metadata=view["private_metadata"])
    fake_crm.wait_for(1)
    # In a DM: Slack escapes what the rep typed, and LeadBot reads it back as plain text.
    bot.event(dm("name: &lt;!channel&gt; Lee, sam@lee.io, +44 20 7946 0958, company: &lt;!here&gt; &amp; Co"))
    summary = replies(fake_slack, 2)[-1]
    assert "&lt;!channel&gt; Lee" in summary["text"]
    press(bot, summary, "chat_confirm")
    leads = [r.json()["lead"] for r in fake_crm.wait_for(2)]
    assert {lead["name"] for lead in leads} == {"<!channel> Roe", "<!channel> Lee"}  # stored as typed
    # Each lead's status message shows it created (posted so, if delivery won the race, else updated).
    wait_until(lambda: len([c for c in fake_slack.calls if c.method in ("chat.postMessage", "chat.update")
                             and "was created in the CRM" in str(c.args.get("text"))]) >= 2)
    closed = next(c.args for c in fake_slack.calls_to("chat.update") if "Confirmed by" in json.dumps(c.args))
    assert "&lt;!channel&gt; Lee" in closed["text"]
    _every_call_is_valid_and_inert(fake_slack)


def test_newlead_notes_longer_than_the_form_holds_are_prefilled_as_far_as_they_fit(
        bot: BotHarness, fake_slack: FakeSlack) -> None:
    assert bot.command("Jane Roe notes: " + "n" * 3500).status_code == 200
    view = fake_slack.wait_for("views.open")[0].args["view"]
    notes = next(b["element"] for b in view["blocks"] if b.get("block_id") == "notes")
    assert notes["initial_value"] == "n" * 3000
    assert "Only the first 3,000 of its 3,500 characters fit in the form." in view["blocks"][0]["elements"][0]["text"]
    _every_call_is_valid_and_inert(fake_slack)


def test_a_form_that_did_not_open_keeps_hostile_typed_text_as_inert_bounded_text(
        bot: BotHarness, fake_slack: FakeSlack) -> None:
    fake_slack.refuse("views.open", "expired_trigger_id")
    typed = "<!channel> <https://evil.example|x> " + "&" * 2900  # long, and five times longer escaped
    assert bot.command(typed, response_url=fake_slack.hooks_url()).status_code == 200
    told = fake_slack.wait_for("response_url")[0].args
    assert "did not open the form" in told["text"] and len(told["text"]) <= 3000
    assert_no_live_markup(told)
