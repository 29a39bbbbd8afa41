"""App Home: what LeadBot does, and a button that opens the lead form."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.slack import web_api
from bot.slack.blocks import home_view, lead_modal
from bot.slack.context import SlackDeps
from bot.slack.newlead import FORM_DID_NOT_OPEN, open_modal
from bot.slack.payload import ModalOrigin, text_at

log = logging.getLogger(__name__)

HOME_NEW_LEAD_ACTION = "home_new_lead"


def register(app: App, deps: SlackDeps) -> None:
    @app.event("app_home_opened")
    def publish_home(event: dict[str, Any], client: WebClient) -> None:
        if text_at(event, "tab") != "home":
            return
        user_id = text_at(event, "user")
        # Best effort: an old Home tab is still useful, and the rep opens it again soon enough.
        web_api.attempt("views.publish", lambda: client.views_publish(
            user_id=user_id, view=home_view(HOME_NEW_LEAD_ACTION)), context="App Home")
        deps.users.warm(user_id)

    @app.action(HOME_NEW_LEAD_ACTION)
    def open_from_home(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        user_id = text_at(body, "user", "id")
        origin = ModalOrigin(team_id=text_at(body, "team", "id"), team_domain=text_at(body, "team", "domain"))
        view = lead_modal(private_metadata=origin.dumps(), owner=user_id)
        if not open_modal(client, text_at(body, "trigger_id"), view):
            # The Home tab has no response URL for an ephemeral note: say it in the rep's DM with LeadBot.
            web_api.attempt("chat.postMessage", lambda: client.chat_postMessage(
                channel=user_id, text=FORM_DID_NOT_OPEN), context="form did not open")
            return
        deps.users.warm(user_id)
