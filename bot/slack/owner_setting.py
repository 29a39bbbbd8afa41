"""App Home's "My CRM agent ID": a rep sets (or clears) the CRM agent their leads go to.

The Home tab renders a button with ``SET_AGENT_ACTION``; it opens a small form, and its submission is
stored through the owners service. What applies now is shown with ``LeadOwners.mapping_of``.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.domain.owners import MAX_AGENT_ID, AgentMapping
from bot.errors import OwnerError, StoreError
from bot.slack import web_api
from bot.slack.context import SlackDeps, workspace_key
from bot.slack.home_refresh import republish_home
from bot.slack.home_view import AGENT_SOURCE_WORDS, SET_AGENT_ACTION
from bot.slack.mrkdwn import mrkdwn, plain, shown
from bot.slack.newlead import FORM_DID_NOT_OPEN, open_modal
from bot.slack.payload import text_at

log = logging.getLogger(__name__)

SET_AGENT_CALLBACK = "owner_setting"
AGENT_BLOCK = "agent_id"
_VALUE = "value"
SAVE_FAILED = "LeadBot could not save this just now. Press Save again in a moment."


def describe(mapping: AgentMapping | None) -> str:
    """What a rep's leads go to now, in mrkdwn, for this form and the Home tab."""
    if mapping is None:
        return "You have no CRM agent yet, so LeadBot cannot save leads you own. Set yours here."
    return f"Your leads go to CRM agent *{shown(mapping.agent_id, 200)}* ({AGENT_SOURCE_WORDS[mapping.source]})."


def agent_modal(*, own: str | None, mapping: AgentMapping | None) -> dict[str, Any]:
    element: dict[str, Any] = {"type": "plain_text_input", "action_id": _VALUE, "max_length": MAX_AGENT_ID,
                               "placeholder": plain("agent-123")}
    if own:
        element["initial_value"] = own
    return {
        "type": "modal",
        "callback_id": SET_AGENT_CALLBACK,
        "title": plain("My CRM agent ID"),
        "submit": plain("Save"),
        "close": plain("Cancel"),
        "blocks": [
            {"type": "section", "text": mrkdwn(describe(mapping))},
            {"type": "input", "block_id": AGENT_BLOCK, "optional": True, "label": plain("My CRM agent ID"),
             "element": element,
             "hint": plain("Ask your CRM admin for it. Leave it empty to use your team's mapping.")},
        ],
    }


def register(app: App, deps: SlackDeps) -> None:
    @app.action(SET_AGENT_ACTION)
    def open_agent_setting(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        ack()
        team_id, user_id = workspace_key(context), text_at(body, "user", "id")
        try:
            own, mapping = deps.owners.own_agent(team_id, user_id), deps.owners.mapping_of(team_id, user_id)
        except StoreError:
            log.warning("could not read a rep's CRM agent", exc_info=True)
            own, mapping = None, None
        if not open_modal(client, text_at(body, "trigger_id"), agent_modal(own=own, mapping=mapping)):
            web_api.attempt("chat.postMessage", lambda: client.chat_postMessage(
                channel=user_id, text=FORM_DID_NOT_OPEN), context="form did not open")

    @app.view(SET_AGENT_CALLBACK)
    def save_agent_setting(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient,
                           context: BoltContext) -> None:
        team_id = workspace_key(context)
        user_id = text_at(body, "user", "id")
        raw = text_at(view, "state", "values", AGENT_BLOCK, _VALUE, "value")
        try:
            deps.owners.set_own(team_id, user_id, raw)
        except OwnerError as exc:
            ack(response_action="errors", errors={AGENT_BLOCK: str(exc)})
            return
        except StoreError:
            log.warning("could not save a rep's CRM agent", exc_info=True)
            ack(response_action="errors", errors={AGENT_BLOCK: SAVE_FAILED})
            return
        ack()
        republish_home(deps.home, client, team_id, user_id, after="the CRM agent setting")
