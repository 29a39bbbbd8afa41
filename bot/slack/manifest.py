"""Slack app manifests for Socket Mode and HTTP mode. ``manifests/*.json`` are generated from here
(``python -m bot manifest``) and a test keeps them in step."""

from __future__ import annotations

import json
from typing import Any

# The message shortcut, declared here and listened for in shortcut.py. Kept here so that rendering the
# manifest (``leadbot manifest``, every CLI start) does not import Bolt.
SHORTCUT_CALLBACK_ID = "create_lead_from_message"
SHORTCUT_NAME = "Create lead from message"

PLACEHOLDER_URL = "https://leadbot.example.com/slack/events"
EVENTS_SUFFIX, OAUTH_REDIRECT_SUFFIX = "/slack/events", "/slack/oauth_redirect"  # as bot/slack/oauth.py serves

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

BOT_EVENTS = ["app_home_opened", "app_mention", "message.channels", "message.groups", "message.im"]


def build_manifest(mode: str, url: str | None = None, *, oauth: bool = False) -> dict[str, Any]:
    """``oauth``: ready to install in many workspaces (HTTP mode): Slack sends installers back to
    /slack/oauth_redirect beside the request URL."""
    if mode not in ("http", "socket"):
        raise ValueError("mode must be http or socket")
    if oauth and mode != "http":
        raise ValueError("installing in many workspaces needs HTTP mode")
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
        "oauth_config": {"scopes": {"bot": BOT_SCOPES}, **({"redirect_urls": [oauth_redirect_url(request_url)]}
                                                            if oauth else {})},
        "settings": {
            "event_subscriptions": events,
            "interactivity": interactivity,
            "org_deploy_enabled": oauth,  # org-wide installs on Enterprise Grid, with OAuth
            "socket_mode_enabled": not http,
            "token_rotation_enabled": False,
        },
    }


def oauth_redirect_url(events_url: str) -> str:
    base = events_url.removesuffix(EVENTS_SUFFIX) if events_url.endswith(EVENTS_SUFFIX) else events_url.rstrip("/")
    return base + OAUTH_REDIRECT_SUFFIX


def render(mode: str, url: str | None = None, *, oauth: bool = False) -> str:
    return json.dumps(build_manifest(mode, url, oauth=oauth), indent=2) + "\n"
