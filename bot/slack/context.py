"""What the Slack surfaces need from the rest of the app, built once by bootstrap."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from slack_bolt import Respond

from bot.ports import Clock, LeadStore
from bot.services.capture import LeadCapture
from bot.services.chat import ChatService
from bot.slack.chat_replies import ReplyPoster
from bot.slack.notifier import SlackNotifier
from bot.slack.users import UserDirectory


@dataclass(frozen=True)
class SlackDeps:
    region: str
    capture: LeadCapture
    store: LeadStore
    notifier: SlackNotifier
    users: UserDirectory
    clock: Clock
    chat: ChatService
    replies: ReplyPoster


def tell(respond: Respond, text: str) -> None:
    """An ephemeral note to the person who acted, through the response URL. A note that cannot be
    delivered is logged, never raised: it must not turn a handled request into an error."""
    try:
        respond(text=text, response_type="ephemeral", replace_original=False)
    except Exception as exc:  # urllib and slack_sdk raise several unrelated types here
        logging.getLogger(__name__).warning("could not send an ephemeral note", extra={"error": type(exc).__name__})
