"""Slack app manifests for Socket Mode and HTTP mode. ``manifests/*.json`` are generated from here
(``python -m bot manifest``) and a test keeps them in step."""

from __future__ import annotations

import json
from typing import Any

from bot.domain.assembly import WORKFLOW_STEP_TITLE

# The message shortcut, declared here and listened for in shortcut.py. Kept here so that rendering the
# manifest (``leadbot manifest``, every CLI start) does not import Bolt.
SHORTCUT_CALLBACK_ID = "create_lead_from_message"
SHORTCUT_NAME = "Create lead from message"

# The Workflow Builder custom step, declared here and listened for in workflow.py (function_executed).
WORKFLOW_STEP_CALLBACK_ID = "create_crm_lead"
STEP_OWNER_INPUT = "owner"
STEP_SUBMITTER_INPUT = "submitted_by"


def _param(kind: str, title: str, description: str, *, required: bool = False, hint: str = "") -> dict[str, Any]:
    param: dict[str, Any] = {"type": kind, "title": title, "description": description, "is_required": required}
    if hint:
        param["hint"] = hint
    return param


def _named(params: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Slack's own manifests repeat each parameter's key as its ``name``."""
    return {name: {**param, "name": name} for name, param in params.items()}


# Every contact input is optional, as in the form: the step fails, with the form's message, when none of
# name, email and phone is given.
WORKFLOW_STEP = {
    "title": WORKFLOW_STEP_TITLE,
    "description": "Send a lead to the CRM through LeadBot: checked like the lead form, stored, then delivered",
    "input_parameters": _named({
        "name": _param("string", "Name", "The lead's name"),
        "email": _param("string", "Email", "The lead's email address"),
        "phone": _param("string", "Phone", "The lead's phone number",
                        hint="Include the country code for numbers outside LeadBot's region"),
        "company": _param("string", "Company", "The lead's company"),
        "notes": _param("string", "Notes", "What the CRM should know"),
        STEP_SUBMITTER_INPUT: _param(
            "slack#/types/user_id", "Submitted by", "The rep: told the lead's status by DM", required=True,
            hint="Choose \u201cPerson who used this workflow\u201d"),
        STEP_OWNER_INPUT: _param("slack#/types/user_id", "Owner", "Whose CRM agent gets the lead",
                                 hint="Leave empty for the person who submitted it"),
    }),
    "output_parameters": _named({
        "lead_id": _param("string", "Lead ID", "LeadBot's id of the lead (the CRM activity's id)", required=True),
        "status": _param("string", "Status", "The lead's status when it was stored: pending or dry_run",
                         required=True),
    }),
}

PLACEHOLDER_URL = "https://leadbot.example.com/slack/events"

BOT_SCOPES = [
    "app_mentions:read",  # @LeadBot in a channel
    "channels:history",  # replies in a thread the bot was mentioned in (public channels)
    "groups:history",  # the same in private channels
    "chat:write",  # status messages and replies
    "commands",  # /newlead
    "im:history",  # DMs to the bot
    "im:write",  # open the rep's DM for status messages
    "users:read",  # the rep's display name for the CRM activity
    "users:read.email",  # owners import: match emails to Slack users; the shortcut: an author's email
    "team:read",  # the organisation of a Slack Connect author, as the lead's company
    "channels:read",  # doctor: is LeadBot in the leads channel (public)
    "groups:read",  # the same for a private leads channel
]

BOT_EVENTS = ["app_home_opened", "app_mention", "function_executed", "message.channels", "message.groups",
              "message.im"]


def build_manifest(mode: str, url: str | None = None) -> dict[str, Any]:
    if mode not in ("http", "socket"):
        raise ValueError("mode must be http or socket")
    http = mode == "http"
    request_url = url or PLACEHOLDER_URL
    command: dict[str, Any] = {
        "command": "/newlead",
        "description": "Capture a sales lead for the CRM",
        "usage_hint": "[name] [email] [phone] [company]",
        "should_escape": False,
    }
    events: dict[str, Any] = {"bot_events": BOT_EVENTS}
    interactivity: dict[str, Any] = {"is_enabled": True}
    if http:
        command["url"] = request_url
        events["request_url"] = request_url
        interactivity["request_url"] = request_url
    return {
        "_metadata": {"major_version": 1, "minor_version": 1},
        "display_information": {
            "name": "LeadBot",
            "description": "Turns Slack conversations into CRM leads",
            "long_description": (
                "LeadBot captures sales leads without leaving Slack. Type /newlead with whatever you know "
                "about a prospect, check the form and press Create lead. LeadBot stores the lead at once, "
                "delivers it to your CRM with retries, and keeps you posted in a direct message: sending, "
                "created, or rejected with the CRM's reason and a button to fix it."
            ),
            "background_color": "#1d3557",
        },
        "features": {
            "app_home": {
                "home_tab_enabled": True,
                "messages_tab_enabled": True,
                "messages_tab_read_only_enabled": False,
            },
            "bot_user": {"display_name": "LeadBot", "always_online": True},
            "slash_commands": [command],
            "shortcuts": [{
                "name": SHORTCUT_NAME,
                "type": "message",
                "callback_id": SHORTCUT_CALLBACK_ID,
                "description": "Open the lead form filled in from this message and its author",
            }],
        },
        "oauth_config": {"scopes": {"bot": BOT_SCOPES}},
        "settings": {
            "event_subscriptions": events,
            "interactivity": interactivity,
            # A custom step needs an org-ready app on Slack's remote function runtime (the app runs
            # it itself, on function_executed); on a single workspace it installs as before.
            "org_deploy_enabled": True,
            "socket_mode_enabled": not http,
            "token_rotation_enabled": False,
            "hermes_app_type": "remote",
            "function_runtime": "remote",
        },
        "functions": {WORKFLOW_STEP_CALLBACK_ID: WORKFLOW_STEP},
    }


def render(mode: str, url: str | None = None) -> str:
    return json.dumps(build_manifest(mode, url), indent=2) + "\n"
