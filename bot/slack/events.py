"""Message events. Every event the manifest subscribes to has a listener here or in home.py, so
Slack never gets a 404. Until chat capture exists, a DM or a mention gets a short how-to; other
channel messages, edits, deletions and other bots' messages are acknowledged and ignored."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, Say

from bot.slack.blocks import HELP_TEXT
from bot.slack.payload import text_at

log = logging.getLogger(__name__)


def _from_a_person(event: dict[str, Any]) -> bool:
    return not event.get("subtype") and not event.get("bot_id") and bool(text_at(event, "user"))


def register(app: App) -> None:
    @app.event("app_mention")
    def answer_mention(event: dict[str, Any], say: Say) -> None:
        if _from_a_person(event):
            say(text=HELP_TEXT, thread_ts=text_at(event, "thread_ts") or text_at(event, "ts"))

    @app.event("message")
    def answer_message(event: dict[str, Any], say: Say) -> None:
        if text_at(event, "channel_type") == "im" and _from_a_person(event):
            say(text=HELP_TEXT)
