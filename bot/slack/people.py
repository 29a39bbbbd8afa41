"""Slack's users by email, and the workspace of the bot token: what ``owners import`` asks of Slack."""

from __future__ import annotations

from slack_sdk import WebClient

from bot.errors import SlackRefusedError
from bot.slack import web_api
from bot.slack.payload import text_at


class SlackUsersByEmail:
    """``users.lookupByEmail`` (scope ``users:read.email``), one email at a time."""

    def __init__(self, client: WebClient) -> None:
        self._client = client

    def user_by_email(self, email: str) -> str | None:
        try:
            answer = web_api.call("users.lookupByEmail", lambda: self._client.users_lookupByEmail(email=email))
        except SlackRefusedError as exc:
            if exc.error == "users_not_found":
                return None
            raise
        return text_at(answer.data, "user", "id") or None

    def team_id(self) -> str:
        """The workspace the bot token belongs to (``auth.test``)."""
        answer = web_api.call("auth.test", self._client.auth_test)
        return text_at(answer.data, "team_id")
