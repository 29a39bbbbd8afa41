"""The /newlead form as a rep uses it: open it, wait as a rep would, and a valid set of answers."""

from __future__ import annotations

from typing import Any

from tests.support import slack_requests as sr
from tests.support.fake_slack import FakeSlack
from tests.support.harness import BotHarness
from tests.support.waiting import wait_until

VALID = {"name": "Jane Roe", "email": "jane.roe@Example.COM", "phone": "+1 415 555 0100",
         "company": "Acme Inc", "notes": "Wants a demo next week"}


def open_modal(bot: BotHarness, slack: FakeSlack, text: str = "") -> dict[str, Any]:
    """Type /newlead ``text`` and return the form Slack was asked to open."""
    response = bot.command(text)
    assert response.status_code == 200
    view: dict[str, Any] = slack.wait_for("views.open")[-1].args["view"]
    # The rep's name is looked up in the background once the form is open; a rep takes longer to
    # fill the form than that lookup takes, so wait for it as they would.
    wait_until(lambda: bot.runtime.users.cached(sr.USER["id"]) is not None, expected="the rep's name")
    return view
