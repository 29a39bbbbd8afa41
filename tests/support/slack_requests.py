"""Requests shaped and signed exactly as Slack sends them.

Signing follows Slack's "Verifying requests from Slack": ``v0=`` + hex HMAC-SHA256 of
``v0:{timestamp}:{raw body}`` with the signing secret. Commands are form-encoded, interactivity is a
form with one ``payload`` field holding JSON, events are JSON envelopes.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

TEAM = {"id": "T0001", "domain": "acme"}
USER = {"id": "U0REP001", "username": "jamie", "name": "jamie", "team_id": "T0001"}


def signed_headers(body: str, secret: str, *, timestamp: int | None = None,
                   content_type: str = "application/x-www-form-urlencoded") -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": f"v0={digest}",
    }


def slash_command(text: str = "", *, channel_id: str = "C0SALES1", channel_name: str = "sales",
                  user: dict[str, str] = USER,
                  response_url: str = "https://hooks.slack.com/commands/T0001/1/abc") -> str:
    return urlencode({
        "token": "deprecated-verification-token",
        "team_id": TEAM["id"],
        "team_domain": TEAM["domain"],
        "channel_id": channel_id,
        "channel_name": channel_name,
        "user_id": user["id"],
        "user_name": user["username"],
        "command": "/newlead",
        "text": text,
        "api_app_id": "A0LEADBOT",
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": f"{uuid.uuid4().int % 10**10}.{uuid.uuid4().int % 10**10}.{uuid.uuid4().hex}",
    })


def _interactivity(payload: dict[str, Any]) -> str:
    return urlencode({"payload": json.dumps(payload)})


def view_submission(values: Mapping[str, str | None], *, private_metadata: str, view_id: str = "V0MODAL1",
                    user: dict[str, str] = USER, owner: str | None = None,
                    callback_id: str = "newlead_modal", team_id: str = TEAM["id"]) -> str:
    """``owner``: the user picked in the form's owner picker (None: as Slack sends a picker left empty);
    ``team_id``: the workspace the submission comes from."""
    state: dict[str, Any] = {
        block: {"value": {"type": "email_text_input" if block == "email" else "plain_text_input",
                          "value": value}}
        for block, value in values.items()
    }
    state["owner"] = {"value": {"type": "users_select", "selected_user": owner}}
    return _interactivity({
        "type": "view_submission",
        "team": {**TEAM, "id": team_id},
        "user": {**user, "team_id": team_id},
        "api_app_id": "A0LEADBOT",
        "token": "deprecated-verification-token",
        "trigger_id": "12345.98765.abcd",
        "view": {
            "id": view_id,
            "team_id": team_id,
            "type": "modal",
            "callback_id": callback_id,
            "private_metadata": private_metadata,
            "hash": "156772938.1827394",
            "state": {"values": state},
            "blocks": [],
            "title": {"type": "plain_text", "text": "New lead"},
            "app_id": "A0LEADBOT",
            "bot_id": "BBOT0001",
        },
        "response_urls": [],
        "is_enterprise_install": False,
    })


def block_action(action_id: str, value: str, *, channel: str = "D0REP001", message_ts: str = "1700000000.000001",
                 user: dict[str, str] = USER, message_text: str = "status",
                 response_url: str = "https://hooks.slack.com/actions/T0001/1/xyz", team_id: str = TEAM["id"]) -> str:
    return _interactivity({
        "type": "block_actions",
        "team": {**TEAM, "id": team_id},
        "user": {**user, "team_id": team_id},
        "api_app_id": "A0LEADBOT",
        "token": "deprecated-verification-token",
        "container": {"type": "message", "message_ts": message_ts, "channel_id": channel, "is_ephemeral": False},
        "trigger_id": "12345.98765.efgh",
        "channel": {"id": channel, "name": "directmessage"},
        "message": {"type": "message", "ts": message_ts, "text": message_text, "bot_id": "BBOT0001"},
        "response_url": response_url,
        "actions": [{"action_id": action_id, "block_id": "lead_failed", "value": value, "type": "button",
                     "text": {"type": "plain_text", "text": "Edit and resend"},
                     "action_ts": "1700000001.000001"}],
    })


def event_envelope(event: dict[str, Any], *, event_id: str | None = None) -> str:
    return json.dumps({
        "token": "deprecated-verification-token",
        "team_id": TEAM["id"],
        "api_app_id": "A0LEADBOT",
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev{uuid.uuid4().hex[:10].upper()}",
        "event_time": int(time.time()),
        "authorizations": [{"team_id": TEAM["id"], "user_id": "UBOT0001", "is_bot": True}],
        "event_context": "4-eyJldCI6Im1lc3NhZ2UifQ",
    })
