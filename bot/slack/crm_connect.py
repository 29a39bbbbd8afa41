"""Many workspaces: "Connect CRM" in App Home. A workspace admin or owner (Slack's ``users.info``), or the
user who installed LeadBot, sets the workspace's CRM API token, base URL and default agent id; others are
told who to ask. When the CRM refuses a workspace's token, its admin hears of it here (a DM; App Home
shows it too, see ``home_view.crm_panel_blocks``)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.domain.owners import MAX_AGENT_ID, is_slack_user_id
from bot.domain.workspace import MAX_BASE_URL, MAX_CRM_TOKEN, Workspace
from bot.errors import SlackError, StoreError, WorkspaceError
from bot.services.workspaces import CrmConnections
from bot.slack import web_api
from bot.slack.context import SlackDeps, workspace_key
from bot.slack.home_refresh import republish_home
from bot.slack.home_view import CONNECT_CRM_ACTION
from bot.slack.mrkdwn import mrkdwn, plain
from bot.slack.newlead import FORM_DID_NOT_OPEN, open_modal
from bot.slack.payload import dig, text_at
from bot.slack.pooled_client import PooledWebClient

log = logging.getLogger(__name__)

CONNECT_CRM_CALLBACK = "crm_connection"
FIELD_BLOCKS = {"token": "crm_token", "base_url": "crm_base_url", "agent_id": "crm_agent_id"}
_VALUE = "value"
NOT_ALLOWED = ("Only this workspace's admins and owners{installer} can connect LeadBot to the CRM: ask one of "
               "them to press \u201cConnect CRM\u201d in LeadBot's App Home.")
SAVE_FAILED = "LeadBot could not save this just now. Press Save again in a moment."
TOKEN_REFUSED_DM = ("The CRM refused this workspace's API token, so LeadBot is holding its leads (none are lost)."
                    " Press \u201cUpdate CRM token\u201d in LeadBot's App Home and paste a new token: the waiting "
                    "leads go at once.")


def connect_modal(*, base_url: str, agent_id: str | None) -> dict[str, Any]:
    """The form; the token is never prefilled (it is not shown back once stored)."""
    def field(block: str, label: str, max_length: int, hint: str, initial: str | None = None) -> dict[str, Any]:
        element: dict[str, Any] = {"type": "plain_text_input", "action_id": _VALUE, "max_length": max_length}
        if initial:
            element["initial_value"] = initial
        return {"type": "input", "block_id": block, "label": plain(label), "element": element, "hint": plain(hint)}

    return {
        "type": "modal", "callback_id": CONNECT_CRM_CALLBACK, "title": plain("Connect CRM"),
        "submit": plain("Save"), "close": plain("Cancel"),
        "blocks": [
            {"type": "section", "text": mrkdwn("Leads captured in this workspace go to this CRM account.")},
            field(FIELD_BLOCKS["token"], "CRM API token", MAX_CRM_TOKEN,
                  "Stored encrypted; nobody can read it back. Paste a new one to replace it."),
            field(FIELD_BLOCKS["base_url"], "CRM base URL", MAX_BASE_URL, "Leave it as it is unless your CRM "
                  "account lives elsewhere.", base_url),
            field(FIELD_BLOCKS["agent_id"], "Default CRM agent ID", MAX_AGENT_ID,
                  "Leads of reps without their own agent go to this agent.", agent_id),
        ],
    }

ADMIN_CHECK_SECONDS = 1  # see is_workspace_admin


def is_workspace_admin(client: WebClient, user_id: str) -> bool:
    """Slack says the user is an admin or owner of the workspace; False when Slack cannot say in time.
    Asked before the form opens (a trigger lasts 3 s) and before a submission is acked, so with a short
    timeout of its own rather than the request client's SLACK_TIMEOUT_SECONDS."""
    quick = PooledWebClient(token=client.token, base_url=client.base_url, timeout=ADMIN_CHECK_SECONDS,
                      logger=web_api.sdk_logger())
    try:
        answer = web_api.call("users.info", lambda: quick.users_info(user=user_id))
    except SlackError as exc:
        log.warning("could not ask Slack whether a user is an admin", extra={"method": exc.method, "error": exc.error})
        return False
    return any(dig(answer.data, "user", flag) is True for flag in ("is_admin", "is_owner", "is_primary_owner"))


def may_manage(connections: CrmConnections, client: WebClient, team_id: str, user_id: str) -> bool:
    """May the user change where the workspace's leads go (its CRM, its leads channel)."""
    return connections.may_manage(team_id, user_id, is_admin=lambda: is_workspace_admin(client, user_id))


def open_admin_form(connections: CrmConnections, client: WebClient, body: dict[str, Any], context: BoltContext,
                    view_of: Callable[[Workspace | None], dict[str, Any]]) -> None:
    """Open the form ``view_of`` makes from the workspace's settings, for one who may change them; anyone
    else, and anyone whose form could not be opened, hears why by DM (an App Home click has no response URL)."""
    team_id, user_id = workspace_key(context), text_at(body, "user", "id")
    try:
        workspace = connections.workspace(team_id)
        may = may_manage(connections, client, team_id, user_id)
    except StoreError:
        log.warning("could not read a workspace's settings", exc_info=True)
        dm_user(client, user_id, SAVE_FAILED)
        return
    if not may:
        dm_user(client, user_id, not_allowed(workspace))
        return
    if not open_modal(client, text_at(body, "trigger_id"), view_of(workspace)):
        dm_user(client, user_id, FORM_DID_NOT_OPEN)


def register(app: App, deps: SlackDeps) -> None:
    connections = deps.connections
    if connections is None:
        return  # a single workspace: its CRM is CRM_API_TOKEN's

    @app.action(CONNECT_CRM_ACTION)
    def open_connect_form(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        ack()
        open_admin_form(connections, client, body, context, lambda workspace: connect_modal(
            base_url=workspace.crm_base_url if workspace and workspace.crm_base_url
            else connections.default_base_url, agent_id=workspace.agent_id if workspace else None))

    @app.view(CONNECT_CRM_CALLBACK)
    def save_connection(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient,
                        context: BoltContext) -> None:
        team_id, user_id = workspace_key(context), text_at(body, "user", "id")
        values = {name: text_at(view, "state", "values", block, _VALUE, "value")
                  for name, block in FIELD_BLOCKS.items()}
        try:
            # Asked again: a submission can be crafted without the button's check.
            if not may_manage(connections, client, team_id, user_id):
                refusal = not_allowed(connections.workspace(team_id))
                ack(response_action="errors", errors={FIELD_BLOCKS["token"]: refusal})
                return
            connections.connect(team_id, **values)
        except WorkspaceError as exc:
            ack(response_action="errors", errors={FIELD_BLOCKS[exc.field]: exc.message})
            return
        except StoreError:
            log.warning("could not save a workspace's CRM connection", exc_info=True)
            ack(response_action="errors", errors={FIELD_BLOCKS["token"]: SAVE_FAILED})
            return
        ack()
        republish_home(deps.home, client, team_id, user_id, after="connecting the CRM")


def not_allowed(workspace: Workspace | None) -> str:
    installer = workspace.installer_id if workspace is not None else None
    return NOT_ALLOWED.format(installer=f" (and <@{installer}>, who installed LeadBot)"
                              if installer and is_slack_user_id(installer) else "")


class SlackCrmTokenAlerts:
    """Tells a workspace's installer, by DM, that its CRM refused the token (App Home says it too)."""

    def __init__(self, client_for: Callable[[str], WebClient | None]) -> None:
        self._client_for = client_for  # the team's bot client (many workspaces: its own token)

    def crm_token_refused(self, workspace: Workspace) -> None:
        client = self._client_for(workspace.team_key)
        if client is None or not workspace.installer_id:
            log.warning("nobody to tell that the CRM refused a workspace's token",
                        extra={"team_id": workspace.team_key})
            return
        dm_user(client, workspace.installer_id, TOKEN_REFUSED_DM)


def dm_user(client: WebClient, user_id: str, text: str) -> None:
    web_api.attempt("chat.postMessage", lambda: client.chat_postMessage(channel=user_id, text=text),
                    context="a note about the CRM connection")
