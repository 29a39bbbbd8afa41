"""What the Slack surfaces need from the rest of the app, built once by bootstrap."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from slack_bolt import BoltContext, Respond
from slack_sdk import WebClient

from bot.ports import MessageSources, UserNames
from bot.services.capture import LeadCapture
from bot.services.chat import ChatService
from bot.services.chat_turns import ChatTurns
from bot.services.form import LeadForm
from bot.services.home import HomeService
from bot.services.owners import LeadOwners
from bot.services.workflow import WorkflowCapture
from bot.services.workspaces import CrmConnections
from bot.slack import web_api


@dataclass(frozen=True)
class SlackDeps:
    """The services the listeners call and the ports they read; nothing that reaches a database or a
    CRM directly."""

    region: str  # the default phone region, for prefilling the form
    capture: LeadCapture
    form: LeadForm
    chat: ChatService
    turns: ChatTurns  # a rep's chat message, stored before the ack and applied on the chat queue
    users: UserNames
    owners: LeadOwners
    home: HomeService
    sources: MessageSources  # what the message shortcut looks up about a message and its author
    workflow: WorkflowCapture  # the Workflow Builder step
    connections: CrmConnections | None = None  # many workspaces: each one's CRM connection


def workspace_key(context: BoltContext) -> str:
    """The workspace a request belongs to, which scopes every lead, conversation, owner mapping and CRM
    connection: its team, or its org's enterprise id for an org-wide (Enterprise Grid) install, where one
    installation and one CRM connection serve every workspace of the org. Bolt reads both from the signed
    payload, whatever its shape (a top-level ``team_id``, ``team.id``, ``user.team_id``, an event's
    ``authorizations``); "" when the payload names none."""
    key = context.enterprise_id if context.is_enterprise_install else context.team_id
    return str(key or "")


def tell(respond: Respond, text: str) -> None:
    """An ephemeral note to the person who acted, through the response URL. A note that cannot be
    delivered is logged, never raised: it must not turn a handled request into an error."""
    try:
        respond(text=text, response_type="ephemeral", replace_original=False)
    except Exception as exc:  # urllib and slack_sdk raise several unrelated types here
        logging.getLogger(__name__).warning("could not send an ephemeral note", extra={"error": type(exc).__name__})


def tell_rep(respond: Respond, client: WebClient, user_id: str, text: str) -> None:
    """Like :func:`tell`; from App Home, where a click has no response URL, a DM from LeadBot instead."""
    if respond.response_url:
        tell(respond, text)
        return
    web_api.attempt("chat.postMessage", lambda: client.chat_postMessage(channel=user_id, text=text),
                    context="a note to the rep")
