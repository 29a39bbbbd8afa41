"""App Home: the rep's leads and where each stands, this week's counts, their CRM agent, and a button
that opens the lead form. Refreshed on each lead change by bot.slack.home_refresh."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.errors import StoreError
from bot.services.home import HomePage
from bot.slack.blocks import lead_modal
from bot.slack.context import SlackDeps, tell_rep, workspace_key
from bot.slack.home_refresh import publish_home
from bot.slack.home_view import HOME_NEW_LEAD_ACTION
from bot.slack.newlead import FORM_DID_NOT_OPEN, open_modal
from bot.slack.payload import ModalOrigin, text_at

log = logging.getLogger(__name__)


def register(app: App, deps: SlackDeps) -> None:
    @app.event("app_home_opened")
    def publish_home_tab(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        if text_at(event, "tab") != "home":
            return
        user_id = text_at(event, "user")
        page: HomePage | None = None
        try:
            page = deps.home.opened(workspace_key(context), user_id)
        except StoreError:
            log.warning("could not read a rep's leads for App Home", exc_info=True)  # Home says so, with its buttons
        # Best effort: an old Home tab is still useful, and the rep opens it again soon enough.
        publish_home(client, user_id, page, context="App Home")
        deps.users.warm(user_id, team=workspace_key(context))

    @app.action(HOME_NEW_LEAD_ACTION)
    def open_from_home(ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond,
                       context: BoltContext) -> None:
        ack()
        user_id = text_at(body, "user", "id")
        origin = ModalOrigin(team_id=workspace_key(context), team_domain=text_at(body, "team", "domain"))
        view = lead_modal(private_metadata=origin.dumps(), owner=user_id)
        if not open_modal(client, text_at(body, "trigger_id"), view):
            tell_rep(respond, client, user_id, FORM_DID_NOT_OPEN)  # the Home tab has no response URL: a DM
            return
        deps.users.warm(user_id, team=origin.team_id)
