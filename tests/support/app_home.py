"""App Home as a rep sees it in tests: open the tab, wait for a published Home that says something, and
press a button on it (a block_actions payload from a Home view, which has no response URL)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx

from tests.support import real_payloads as rp
from tests.support.fake_slack import FakeSlack, SlackCall
from tests.support.harness import BotHarness


def view_text(node: Any) -> str:
    """Every text in a view or block, one a line: what the rep reads."""
    return "\n".join(_texts(node))


def _texts(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "text" and isinstance(value, str):
                yield value
            else:
                yield from _texts(value)
    elif isinstance(node, list):
        for item in node:
            yield from _texts(item)


def open_home(bot: BotHarness, fake_slack: FakeSlack, user: str = rp.REP) -> dict[str, Any]:
    """The rep opens the Home tab; returns the Home published for it."""
    before = len(homes(fake_slack, user))
    assert bot.replay("event_app_home_opened_home", channel=rp.DM_CHANNEL, user=user).status_code == 200
    calls = fake_slack.wait_until(lambda _: len(homes(fake_slack, user)) > before and homes(fake_slack, user),
                                  expected="Home published")
    view: dict[str, Any] = calls[before].args["view"]
    return view


def homes(fake_slack: FakeSlack, user: str = rp.REP) -> list[SlackCall]:
    """The Homes published (and answered) for ``user``, oldest first."""
    return [call for call in fake_slack.calls_to("views.publish", answered=True) if call.args.get("user_id") == user]


def home_showing(fake_slack: FakeSlack, *phrases: str, times: int = 1, user: str = rp.REP,
                 timeout: float = 15.0) -> dict[str, Any]:
    """The latest Home published for ``user`` that shows each phrase (``times`` times or more), waiting
    for one."""
    def shows(_: list[SlackCall]) -> dict[str, Any] | None:
        for call in reversed(homes(fake_slack, user)):
            text = view_text(call.args["view"])
            if all(text.count(phrase) >= times for phrase in phrases):
                view: dict[str, Any] = call.args["view"]
                return view
        return None

    found: dict[str, Any] = fake_slack.wait_until(shows, timeout, f"a Home showing {phrases} x{times}")
    return found


def press(bot: BotHarness, view: dict[str, Any], action_id: str, value: str | None = None) -> httpx.Response:
    """Press the button ``action_id`` (with ``value``, when given) on a published Home view."""
    for block in view["blocks"]:
        for element in block.get("elements", []) if block["type"] == "actions" else []:
            if element["action_id"] == action_id and value in (None, element.get("value")):
                return bot.replay("block_actions_home", action_id=action_id, block_id=block["block_id"],
                                  view_blocks=view["blocks"], action_text=element["text"]["text"],
                                  action_value=element.get("value", ""))
    raise AssertionError(f"no {action_id} button{f' for {value}' if value else ''} on this Home")
