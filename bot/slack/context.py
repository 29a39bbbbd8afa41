"""What the Slack surfaces need from the rest of the app, built once by bootstrap."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from slack_bolt import Respond

from bot.ports import MessageSources, UserNames
from bot.services.capture import LeadCapture
from bot.services.chat import ChatService
from bot.services.form import LeadForm
from bot.services.owners import LeadOwners


@dataclass(frozen=True)
class SlackDeps:
    """The services the listeners call and the ports they read; nothing that reaches a database or a
    CRM directly."""

    region: str  # the default phone region, for prefilling the form
    capture: LeadCapture
    form: LeadForm
    chat: ChatService
    users: UserNames
    owners: LeadOwners
    sources: MessageSources  # what the message shortcut looks up about a message and its author


def tell(respond: Respond, text: str) -> None:
    """An ephemeral note to the person who acted, through the response URL. A note that cannot be
    delivered is logged, never raised: it must not turn a handled request into an error."""
    try:
        respond(text=text, response_type="ephemeral", replace_original=False)
    except Exception as exc:  # urllib and slack_sdk raise several unrelated types here
        logging.getLogger(__name__).warning("could not send an ephemeral note", extra={"error": type(exc).__name__})
