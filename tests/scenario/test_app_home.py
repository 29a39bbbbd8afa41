"""App Home end to end: signed requests into the real server, a fake Slack and a fake CRM. The Home tab
lists the rep's leads with live statuses, is refreshed (rate-limited) as they change, and its Edit and
Retry buttons work without a response URL."""

from __future__ import annotations

import json

from bot.domain.contact import MAX_NAME
from bot.domain.outbox import LeadStatus
from bot.slack.blocks import EDIT_ACTION_ID, RETRY_ACTION_ID
from bot.slack.home_refresh import REFRESH_INTERVAL
from bot.slack.home_view import SET_AGENT_ACTION
from tests.support import real_payloads as rp
from tests.support.app_home import home_showing, homes, open_home, press, view_text
from tests.support.block_kit import assert_no_live_markup, assert_valid_view
from tests.support.fake_crm import FakeCrm, rejected, success
from tests.support.fake_slack import FakeSlack
from tests.support.harness import BotHarness
from tests.support.newlead_form import VALID, open_modal
from tests.support.waiting import wait_until

HOSTILE = "<!channel> *Jo* `x` &amp; <@U0BOSS01> <https://evil.example|click> \U0001f600 ~~"
HOSTILE_NAME = HOSTILE.replace("@", "#")  # an @ would make it an email, not a name


def _submit(bot: BotHarness, metadata: str, view_id: str, **values: str) -> None:
    # Each form is its own person, so no lead is held back as a duplicate of another.
    unique = {"email": f"{view_id.lower()}@example.org", "phone": ""}
    response = bot.submit({**VALID, **unique, **values}, private_metadata=metadata, view_id=view_id)
    assert (response.status_code, response.text) == (200, "")  # stored: the form closes


def _statuses(bot: BotHarness) -> dict[str, int]:
    return bot.runtime.store.count_by_status()


def test_home_lists_the_reps_leads_with_statuses_counts_and_owner_setting(
        bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm) -> None:
    fake_crm.then(success("Lead created", {"id": "crm-77"}), rejected(422, "Email <!channel> is blocked"))
    metadata = open_modal(bot, fake_slack)["private_metadata"]
    _submit(bot, metadata, "V0MODAL1", name="Ada Delivered")
    wait_until(lambda: _statuses(bot) == {"delivered": 1}, expected="the first lead delivered")
    _submit(bot, metadata, "V0MODAL2", name="Bo Refused", company="Refusing Ltd")
    wait_until(lambda: _statuses(bot) == {"delivered": 1, "failed": 1}, expected="the second lead refused")

    view = open_home(bot, fake_slack)
    text = view_text(view)
    assert "*Ada Delivered* \u2022 Acme Inc" in text and "In the CRM, id crm-77" in text
    assert "*Bo Refused* \u2022 Refusing Ltd" in text
    assert "The CRM refused it: \u201cEmail &lt;!channel&gt; is blocked\u201d" in text
    assert text.index("Bo Refused") < text.index("Ada Delivered")  # newest first
    assert "*Captured*\n2" in text and "*Delivered*\n1" in text and "*Failed*\n1" in text
    assert "since Mon " in text and "00:00 UTC" in text
    assert "Your CRM agent ID: *agent-42* (the workspace's default)" in text
    assert "Owner: you" in text
    failed = bot.runtime.store.get(press_value(view, RETRY_ACTION_ID))
    assert failed is not None and failed.status is LeadStatus.FAILED  # the buttons carry the failed lead
    assert press_value(view, EDIT_ACTION_ID) == failed.id
    assert press_value(view, SET_AGENT_ACTION) == ""
    assert_valid_view(view)
    assert_no_live_markup(view)


def press_value(view: dict[str, object], action_id: str) -> str:
    return str(rp.button(view, action_id).get("value", ""))


def test_a_status_change_republishes_home(bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm) -> None:
    assert "No leads yet" in view_text(open_home(bot, fake_slack))
    fake_crm.then(success("Lead created", {"id": "crm-501"}))
    metadata = open_modal(bot, fake_slack)["private_metadata"]
    _submit(bot, metadata, "V0MODAL1", name="Cy Fresh")
    view = home_showing(fake_slack, "*Cy Fresh*", "In the CRM, id crm-501")
    assert_valid_view(view)


def test_retry_from_home_sends_again_and_home_shows_it(bot: BotHarness, fake_slack: FakeSlack,
                                                      fake_crm: FakeCrm) -> None:
    fake_crm.then(rejected(422, "Unknown agent"), success("Lead created", {"id": "crm-retried"}))
    _submit(bot, open_modal(bot, fake_slack)["private_metadata"], "V0MODAL1")
    wait_until(lambda: _statuses(bot) == {"failed": 1}, expected="the lead refused")
    view = open_home(bot, fake_slack)

    assert press(bot, view, RETRY_ACTION_ID).status_code == 200
    assert fake_crm.wait_for(2)[1].json() == fake_crm.received[0].json()  # sent again as it was
    home_showing(fake_slack, "In the CRM, id crm-retried")
    # Pressed again on the old Home: there is no response URL, so the rep hears it in their DM.
    assert press(bot, view, RETRY_ACTION_ID).status_code == 200
    fake_slack.wait_for("chat.postMessage", channel=rp.REP, text="That lead is no longer waiting for a retry.")
    assert len(fake_crm.received) == 2


def test_edit_from_home_opens_the_form_and_resends(bot: BotHarness, fake_slack: FakeSlack,
                                                  fake_crm: FakeCrm) -> None:
    fake_crm.then(rejected(422, "Phone number already belongs to another lead"),
                  success("Created after edit", {"id": "crm-edited"}))
    _submit(bot, open_modal(bot, fake_slack)["private_metadata"], "V0MODAL1")
    wait_until(lambda: _statuses(bot) == {"failed": 1}, expected="the lead refused")
    view = open_home(bot, fake_slack)

    assert press(bot, view, EDIT_ACTION_ID).status_code == 200
    form = fake_slack.wait_for("views.open", count=2)[-1].args["view"]
    assert form["title"]["text"] == "Resend lead"
    _submit(bot, form["private_metadata"], "V0MODAL2", phone="+44 20 7946 0958")
    assert json.loads(fake_crm.wait_for(2)[1].body)["lead"]["phone"] == "+442079460958"
    home_showing(fake_slack, "In the CRM, id crm-edited")


def test_a_rep_who_never_opened_home_is_not_published_to(bot: BotHarness, fake_slack: FakeSlack) -> None:
    _submit(bot, open_modal(bot, fake_slack)["private_metadata"], "V0MODAL1")
    fake_slack.wait_for_message("was created in the CRM")  # the lead's every change was told...
    bot.drain()
    assert homes(fake_slack) == []  # ...and nobody's Home was published


def test_a_burst_of_changes_gives_a_bounded_number_of_publishes(bot: BotHarness, fake_slack: FakeSlack,
                                                               fake_crm: FakeCrm) -> None:
    open_home(bot, fake_slack)
    metadata = open_modal(bot, fake_slack)["private_metadata"]
    since = len(homes(fake_slack))
    leads = 6  # each is stored, sent and delivered: three changes, eighteen in all
    for index in range(leads):
        _submit(bot, metadata, f"V0BURST{index}", name=f"Burst {index}")
    home_showing(fake_slack, "In the CRM", times=leads)  # the trailing publish shows the last status
    refreshes = homes(fake_slack)[since:]
    span = refreshes[-1].at - refreshes[0].at
    # One publish at once, then at most one per interval: however slow this machine, never one per change.
    assert len(refreshes) <= 2 + span / REFRESH_INTERVAL.total_seconds(), [c.at for c in refreshes]


def test_home_with_many_leads_and_hostile_text_is_valid(bot: BotHarness, fake_slack: FakeSlack,
                                                       fake_crm: FakeCrm) -> None:
    leads = 22
    fake_crm.then(*[rejected(422, HOSTILE * 20) if index % 3 == 0 else success("ok", {"id": HOSTILE})
                    for index in range(leads)])
    metadata = open_modal(bot, fake_slack)["private_metadata"]
    for index in range(leads):
        _submit(bot, metadata, f"V0MANY{index:02d}", name=(f"{index:02d} " + HOSTILE_NAME * 20)[:MAX_NAME],
                company=HOSTILE)
        wait_until(lambda done=index + 1: sum(_statuses(bot).values()) == done  # type: ignore[misc]
                   and not {"pending", "sending", "retrying"} & set(_statuses(bot)), expected="the lead settled")
    view = open_home(bot, fake_slack)
    assert_valid_view(view)
    assert_no_live_markup(view)
    text = view_text(view)
    assert all(f"*{index:02d} &lt;!channel&gt;" in text for index in range(leads - 20, leads))  # at least 20
    assert len(view["blocks"]) <= 100
