"""The payload corpus fills completely and Bolt reads each file as the kind its name says."""

from __future__ import annotations

import json
from collections.abc import Sequence
from urllib.parse import parse_qs

import pytest
from slack_bolt.request import BoltRequest
from slack_bolt.request.payload_utils import (
    is_block_actions,
    is_event,
    is_message_shortcut,
    is_slash_command,
    is_view_submission,
    to_event,
)

from bot.slack.blocks import lead_modal
from tests.support import real_payloads as rp
from tests.support.harness import SIGNING_SECRET
from tests.support.slack_requests import signed_headers


def _bolt(kind: str, **values: object) -> BoltRequest:
    body, content_type = rp.request(kind, **values)
    assert "${" not in body and "%24%7B" not in body, f"{kind}: a placeholder was left unfilled"
    headers: dict[str, str | Sequence[str]] = {**signed_headers(body, SIGNING_SECRET, content_type=content_type)}
    return BoltRequest(body=body, headers=headers)


@pytest.mark.parametrize("kind", rp.KINDS)
def test_bolt_reads_each_payload_as_its_kind(kind: str) -> None:
    body = _bolt(kind, text="Add Ida Li, <mailto:ida@li.io|ida@li.io>").body
    if kind.startswith("command_"):
        assert is_slash_command(body) and body["command"] == "/newlead"
    elif kind == "view_submission":
        assert is_view_submission(body)
    elif kind.startswith("block_actions"):
        assert is_block_actions(body)
    elif kind == "message_action":
        assert is_message_shortcut(body) and body["message"]["ts"] == body["message_ts"]
    else:
        assert is_event(body)
        event = to_event(body)
        assert event is not None and event["type"] in ("message", "app_mention", "app_home_opened",
                                                       "function_executed")


def test_text_becomes_slacks_rich_text_elements() -> None:
    assert rp.text_elements("<@UBOT0001|leadbot> add <mailto:ida@li.io|ida@li.io> &amp; <!here>") == [
        {"type": "user", "user_id": "UBOT0001"}, {"type": "text", "text": " add "},
        {"type": "link", "url": "mailto:ida@li.io", "text": "ida@li.io"}, {"type": "text", "text": " & "},
        {"type": "broadcast", "range": "here"}]


def test_a_submission_carries_the_opened_view_and_typed_state() -> None:
    view = lead_modal(private_metadata='{"channel_id":"C0SALES1"}')
    body, _ = rp.submission(view, {"name": "Ida Li", "email": "ida@li.io"})
    payload = json.loads(parse_qs(body)["payload"][0])
    sent = payload["view"]
    assert sent["private_metadata"] == view["private_metadata"] and sent["blocks"] == view["blocks"]
    assert sent["state"]["values"]["email"]["value"] == {"type": "email_text_input", "value": "ida@li.io"}
    assert sent["state"]["values"]["name"]["value"]["value"] == "Ida Li"
    assert sent["state"]["values"]["phone"]["value"]["value"] is None
    assert sent["root_view_id"] == sent["id"] and payload["enterprise"]["id"]
