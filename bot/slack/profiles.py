"""What Slack knows of a message a lead is captured from: its permalink, and its author's profile (and,
for an author from another organisation in a Slack Connect channel, that organisation's name).

The message shortcut asks after its form is open, to fill in what the message's text did not say. A
lookup is a nicety: it has its own short timeout so an open form is completed within moments or not at
all, and a failure is logged and answered with None, never raised.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient
from slack_sdk.web import SlackResponse

from bot.errors import SlackError
from bot.ports import PersonProfile
from bot.slack import web_api
from bot.slack.clients import SlackClients
from bot.slack.payload import dig, text_at

log = logging.getLogger(__name__)

LOOKUP_TIMEOUT_SECONDS = 2.0


class SlackMessageSources:
    def __init__(self, clients: SlackClients, *, timeout: float = LOOKUP_TIMEOUT_SECONDS) -> None:
        self._clients = clients
        # A short timeout of its own: the general Slack timeout is far longer than a form may wait.
        self._timeout = timeout

    def author(self, user_id: str, *, workspace: str, our_team: str, their_team: str = "") -> PersonProfile | None:
        client = self._client(workspace)
        if client is None:
            return None
        user = self._ask("users.info", lambda: client.users_info(user=user_id), "user")
        if user is None:
            return None
        profile = dig(user, "profile", default={})
        team = their_team or text_at(user, "team_id") or text_at(profile, "team")
        organisation = ""
        # Someone whose workspace is not ours wrote in a shared (Slack Connect) channel: their company.
        if team and our_team and team != our_team:
            found = self._ask("team.info", lambda: client.team_info(team=team), "team")
            organisation = text_at(found, "name").strip()
        return PersonProfile(
            name=(text_at(profile, "real_name") or text_at(user, "real_name")).strip(),
            email=text_at(profile, "email").strip(),
            phone=text_at(profile, "phone").strip(),
            organisation=organisation,
        )

    def permalink(self, channel_id: str, ts: str, *, workspace: str) -> str | None:
        client = self._client(workspace)
        if client is None:
            return None
        answer = self._ask("chat.getPermalink",
                           lambda: client.chat_getPermalink(channel=channel_id, message_ts=ts), "permalink")
        return answer if isinstance(answer, str) and answer else None

    def _client(self, workspace: str) -> WebClient | None:
        client = self._clients.brief(workspace, self._timeout)
        if client is None:
            log.info("no Slack installation to look a message up with", extra={"team_id": workspace})
        return client

    def _ask(self, method: str, request: Callable[[], SlackResponse], key: str) -> Any:
        try:
            answer = web_api.call(method, request)
        except SlackError as exc:
            log.info("a lookup for the message shortcut failed; the form keeps what it has",
                     extra={"method": exc.method, "error": exc.error})
            return None
        return dig(answer.data, key)
