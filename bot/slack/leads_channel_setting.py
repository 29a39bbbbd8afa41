"""Many workspaces: "Set leads channel" in App Home. The same people who may connect the workspace's CRM
(its admins and owners, and the user who installed LeadBot) pick the channel each lead the CRM accepts is
posted in (bot/slack/feed.py), or turn the posts off. LEADS_CHANNEL does this for a single workspace.

The form is answered at once; LeadBot then says hello in the channel, so the admin learns straight away
(by DM) when it was not invited there, rather than when the first lead goes missing from the channel.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.errors import SlackError, SlackRefusedError, StoreError, WorkspaceError
from bot.slack import web_api
from bot.slack.context import SlackDeps, workspace_key
from bot.slack.crm_connect import SAVE_FAILED, dm_user, may_manage, not_allowed, open_admin_form
from bot.slack.feed import CHANNEL_UNUSABLE
from bot.slack.home_refresh import republish_home
from bot.slack.home_view import LEADS_CHANNEL_ACTION
from bot.slack.mrkdwn import mrkdwn, plain
from bot.slack.payload import dig, text_at

log = logging.getLogger(__name__)

LEADS_CHANNEL_CALLBACK = "leads_channel"
CHANNEL_BLOCK = "leads_channel"
OFF_BLOCK = "leads_channel_off"
_VALUE = "value"
_OFF = "off"
HELLO = ("Hello! A workspace admin chose this channel in LeadBot's App Home: each new lead the CRM accepts will "
         "be posted here.")
NOT_INVITED = ("LeadBot will post each lead the CRM accepts in <#{channel}>, but it cannot post there yet ({error})."
               " Invite it in that channel with `/invite @LeadBot`.")


def leads_channel_modal(channel: str | None) -> dict[str, Any]:
    select: dict[str, Any] = {"type": "conversations_select", "action_id": _VALUE,
                              "placeholder": plain("Pick a channel"),
                              "filter": {"include": ["public", "private"], "exclude_bot_users": True}}
    if channel:
        select["initial_conversation"] = channel
    return {
        "type": "modal", "callback_id": LEADS_CHANNEL_CALLBACK, "title": plain("Leads channel"),
        "submit": plain("Save"), "close": plain("Cancel"),
        "blocks": [
            {"type": "section", "text": mrkdwn("Each lead the CRM accepts is posted in this channel: who, for "
                                               "whom, who captured it and how.")},
            {"type": "input", "block_id": CHANNEL_BLOCK, "optional": True, "label": plain("Channel"),
             "element": select, "hint": plain("Invite @LeadBot to a private channel first.")},
            {"type": "input", "block_id": OFF_BLOCK, "optional": True, "label": plain("No channel"),
             "element": {"type": "checkboxes", "action_id": _VALUE, "options": [
                 {"text": plain("Don't post leads in a channel"), "value": _OFF}]}},
        ],
    }


def chosen_channel(view: dict[str, Any]) -> str:
    """The channel the form names; "" when it was turned off (or none was picked)."""
    values = dig(view, "state", "values", default={})
    options = dig(values, OFF_BLOCK, _VALUE, "selected_options", default=[])
    if isinstance(options, list) and any(isinstance(o, dict) and o.get("value") == _OFF for o in options):
        return ""
    return text_at(values, CHANNEL_BLOCK, _VALUE, "selected_conversation")


def register(app: App, deps: SlackDeps) -> None:
    connections = deps.connections
    if connections is None:
        return  # a single workspace: its leads channel is LEADS_CHANNEL

    @app.action(LEADS_CHANNEL_ACTION)
    def open_leads_channel_form(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        ack()
        open_admin_form(connections, client, body, context,
                        lambda workspace: leads_channel_modal(workspace.leads_channel if workspace else None))

    @app.view(LEADS_CHANNEL_CALLBACK)
    def save_leads_channel(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient,
                           context: BoltContext) -> None:
        team_id, user_id = workspace_key(context), text_at(body, "user", "id")
        try:
            # Asked again: a submission can be crafted without the button's check.
            if not may_manage(connections, client, team_id, user_id):
                ack(response_action="errors", errors={CHANNEL_BLOCK: not_allowed(connections.workspace(team_id))})
                return
            workspace = connections.set_leads_channel(team_id, chosen_channel(view))
        except WorkspaceError as exc:
            ack(response_action="errors", errors={CHANNEL_BLOCK: exc.message})
            return
        except StoreError:
            log.warning("could not save a workspace's leads channel", exc_info=True)
            ack(response_action="errors", errors={CHANNEL_BLOCK: SAVE_FAILED})
            return
        ack()
        if workspace.leads_channel:
            _say_hello(client, workspace.leads_channel, user_id)
        republish_home(deps.home, client, team_id, user_id, after="setting the leads channel")


def _say_hello(client: WebClient, channel: str, admin: str) -> None:
    """Post in the new channel; an admin whose channel LeadBot cannot post in hears how to fix it."""
    try:
        web_api.call("chat.postMessage", lambda: client.chat_postMessage(channel=channel, text=HELLO))
    except SlackRefusedError as exc:
        if exc.error in CHANNEL_UNUSABLE:
            dm_user(client, admin, NOT_INVITED.format(channel=channel, error=exc.error))
        else:
            log.warning("could not say hello in the new leads channel", extra={"error": exc.error})
    except SlackError as exc:
        log.warning("could not say hello in the new leads channel", extra={"error": exc.error})
