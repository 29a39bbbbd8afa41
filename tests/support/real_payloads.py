"""Slack payloads in Slack's real shapes (tests/data/slack_payloads), filled in and ready to sign.

A payload file marks with ``${name}`` what a test decides (ids, text, ts, the view, its state); the
rest is Slack's own shape with the fields Slack adds. ``fill`` returns the payload as a dict and
``request`` returns the body and content type to sign and post (``BotHarness.replay``).
"""

from __future__ import annotations

import itertools
import json
import re
import time
import uuid
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from tests.support.fake_slack import BOT_USER_ID, TEAM_ID, SlackCall

PAYLOADS = Path(__file__).resolve().parents[1] / "data" / "slack_payloads"
KINDS = sorted(p.stem for p in PAYLOADS.glob("*.json"))

_PLACEHOLDER = re.compile(r"\$\{(\w+)\}")
_WHOLE = re.compile(r"^\$\{(\w+)\}$")
_MARKUP = re.compile(r"<([^<>|]*)(?:\|([^<>]*))?>")
_serial = itertools.count(1)

REP = "U0REP001"
DM_CHANNEL = "D0REP001"
SALES_CHANNEL = "C0SALES1"
WORKFLOW_TOKEN = "xwfp-1111-2222-workflowstep"  # the just-in-time token of a workflow step's execution


def new_ts() -> str:
    """A message timestamp no other payload of this run has."""
    return f"{int(time.time())}.{next(_serial):06d}"


def _defaults() -> dict[str, Any]:
    """Fresh ids for one payload: every ts, event id and trigger differs, as Slack's do."""
    n = next(_serial)
    ts = f"{int(time.time())}.{n:06d}"
    return {
        "team": TEAM_ID, "enterprise": "E0GRID01", "app": "A0LEADBOT", "bot_user": BOT_USER_ID,
        "bot_id": "BBOT0001", "user": REP, "user_name": "jamie", "channel": DM_CHANNEL, "channel_type": "im",
        "ts": ts, "original_ts": ts, "thread_ts": ts, "text": "", "previous_text": "", "root_text": "",
        "event_id": f"Ev{uuid.uuid4().hex[:10].upper()}", "event_time": int(time.time()),
        "client_msg_id": str(uuid.uuid4()),
        "trigger_id": f"{n}.{uuid.uuid4().int % 10**12}.{uuid.uuid4().hex}",
        "response_url": f"https://hooks.slack.com/actions/{TEAM_ID}/{n}/{uuid.uuid4().hex[:24]}",
        "view_id": f"V0VIEW{n:05d}", "hash": f"{int(time.time())}.{uuid.uuid4().hex[:8]}",
        "private_metadata": "", "callback_id": "", "state_values": {}, "view_blocks": [],
        "view_title": {"type": "plain_text", "text": "LeadBot", "emoji": True},
        "view_close": {"type": "plain_text", "text": "Cancel", "emoji": True},
        "view_submit": {"type": "plain_text", "text": "Submit", "emoji": True},
        "message_ts": ts, "message_text": "", "message_blocks": [],
        "action_id": "", "action_value": "", "action_text": "Button", "block_id": "b",
        "action_ts": f"{int(time.time())}.{n + 1:06d}",
        "channel_name": "directmessage", "author": REP, "author_team": TEAM_ID,
        "inputs": {}, "function_execution_id": f"Fx0{uuid.uuid4().hex[:9].upper()}",
        "workflow_execution_id": f"Wx0{uuid.uuid4().hex[:9].upper()}", "bot_access_token": WORKFLOW_TOKEN,
    }


@cache
def _template(kind: str) -> Any:
    return json.loads((PAYLOADS / f"{kind}.json").read_text())


def text_elements(text: str) -> list[dict[str, Any]]:
    """The rich_text_section elements Slack sends with a message's ``text`` (mentions, links, words)."""
    elements: list[dict[str, Any]] = []
    at = 0
    for match in _MARKUP.finditer(text):
        if match.start() > at:
            elements.append({"type": "text", "text": _unescape(text[at:match.start()])})
        target, label = match.group(1), match.group(2)
        if target.startswith("@"):
            elements.append({"type": "user", "user_id": target[1:]})
        elif target.startswith("!"):
            elements.append({"type": "broadcast", "range": target[1:]})
        elif target.startswith("#"):
            elements.append({"type": "channel", "channel_id": target[1:]})
        else:
            link: dict[str, Any] = {"type": "link", "url": target}
            if label:
                link["text"] = label
            elements.append(link)
        at = match.end()
    if at < len(text):
        elements.append({"type": "text", "text": _unescape(text[at:])})
    return elements


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _substitute(node: Any, values: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        return {key: _substitute(value, values) for key, value in node.items()}
    if isinstance(node, list):
        return [_substitute(item, values) for item in node]
    if isinstance(node, str):
        whole = _WHOLE.match(node)
        if whole:
            return values[whole.group(1)]
        return _PLACEHOLDER.sub(lambda m: str(values[m.group(1)]), node)
    return node


def fill(kind: str, **values: Any) -> dict[str, Any]:
    """The payload ``kind`` (a file name without .json) with ``values`` and fresh ids filled in."""
    merged = _defaults()
    merged.update(values)
    if "text_elements" not in values:
        merged["text_elements"] = text_elements(str(merged["message_text" if kind == "message_action" else "text"]))
    payload: dict[str, Any] = _substitute(_template(kind), merged)
    return payload


def encode(kind: str, payload: dict[str, Any]) -> tuple[str, str]:
    """The body and Content-Type Slack would send ``payload`` of ``kind`` with."""
    if kind.startswith("command_"):
        return urlencode(payload), "application/x-www-form-urlencoded"
    if kind.startswith(("view_", "block_actions", "message_action")):
        return urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded"
    return json.dumps(payload), "application/json"


def request(kind: str, **values: Any) -> tuple[str, str]:
    return encode(kind, fill(kind, **values))


_VALUE_ELEMENTS = {"plain_text_input", "email_text_input", "url_text_input", "number_input"}


def state_values(view: dict[str, Any], values: Mapping[str, str | None]) -> dict[str, Any]:
    """``view.state.values`` as Slack sends it when the rep fills the input blocks of ``view``:
    ``values`` by block_id; each element's value key follows its type."""
    state: dict[str, Any] = {}
    for block in view.get("blocks", []):
        element = block.get("element") or {}
        kind, block_id, action_id = element.get("type"), block.get("block_id"), element.get("action_id")
        if block.get("type") != "input" or block_id is None or action_id is None:
            continue
        typed = values.get(block_id)
        if kind in _VALUE_ELEMENTS:
            entry: dict[str, Any] = {"type": kind, "value": typed}
        elif kind in ("static_select", "external_select"):
            chosen = [o for o in element.get("options", []) if o.get("value") == typed]
            entry = {"type": kind, "selected_option": chosen[0] if chosen else None}
        elif kind == "datepicker":
            entry = {"type": kind, "selected_date": typed}
        elif kind == "users_select":
            entry = {"type": kind, "selected_user": typed}
        elif kind == "conversations_select":
            entry = {"type": kind, "selected_conversation": typed}
        elif kind == "checkboxes":
            chosen = [o for o in element.get("options", []) if o.get("value") == typed]
            entry = {"type": kind, "selected_options": chosen}
        else:
            raise ValueError(f"no state shape for {kind} yet: add it from Slack's view_submission reference")
        state[block_id] = {action_id: entry}
    return state


def submission(opened: dict[str, Any], values: Mapping[str, str | None], **fill_values: Any) -> tuple[str, str]:
    """A view_submission of the modal LeadBot opened (the ``view`` it sent to views.open), filled in."""
    return request(
        "view_submission", view_blocks=opened.get("blocks", []), private_metadata=opened.get("private_metadata", ""),
        callback_id=opened.get("callback_id", ""), state_values=state_values(opened, values),
        view_title=opened.get("title"), view_close=opened.get("close"), view_submit=opened.get("submit"),
        **fill_values)


def button(message: dict[str, Any], action_id: str) -> dict[str, Any]:
    """The button ``action_id`` in a message or view LeadBot sent, with its block id."""
    for block in message.get("blocks", []):
        for element in block.get("elements", []) if block.get("type") == "actions" else []:
            if element.get("action_id") == action_id:
                return {"block_id": block.get("block_id", "b"), **element}
    raise AssertionError(f"no {action_id} button in {message.get('blocks')}")


def click(posted: SlackCall, action_id: str, **fill_values: Any) -> tuple[str, str]:
    """A block_actions payload for pressing ``action_id`` on the message LeadBot posted (its
    chat.postMessage call, answered by the fake with the message's channel and ts)."""
    sent, answer = posted.args, posted.answer or {}
    pressed = button(sent, action_id)
    return request(
        "block_actions_message", action_id=action_id, action_value=pressed.get("value", ""),
        block_id=pressed["block_id"], action_text=pressed["text"]["text"],
        channel=answer.get("channel", sent["channel"]), message_ts=answer.get("ts", ""),
        message_text=sent.get("text", ""), message_blocks=sent.get("blocks", []), **fill_values)
