"""App Home: what LeadBot does, and a button that opens the lead form."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.slack.blocks import home_view, lead_modal
from bot.slack.context import SlackDeps
from bot.slack.payload import ModalOrigin, text_at

log = logging.getLogger(__name__)

HOME_NEW_LEAD_ACTION = "home_new_lead"


def register(app: App, deps: SlackDeps) -> None:
    @app.event("app_home_opened")
    def publish_home(event: dict[str, Any], client: WebClient) -> None:
        if text_at(event, "tab") != "home":
            return
        try:
            client.views_publish(user_id=text_at(event, "user"), view=home_view(HOME_NEW_LEAD_ACTION))
        except (SlackApiError, SlackClientError) as exc:
            log.warning("views.publish failed", extra={"error": type(exc).__name__})

    @app.action(HOME_NEW_LEAD_ACTION)
    def open_from_home(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        origin = ModalOrigin(team_id=text_at(body, "team", "id"), team_domain=text_at(body, "team", "domain"))
        try:
            client.views_open(trigger_id=text_at(body, "trigger_id"), view=lead_modal(
                private_metadata=origin.dumps()))
        except (SlackApiError, SlackClientError) as exc:
            log.warning("views.open failed", extra={"error": type(exc).__name__})
        deps.users.name(text_at(body, "user", "id"), text_at(body, "user", "name"))
