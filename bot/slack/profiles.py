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
from bot.slack.payload import dig, text_at

log = logging.getLogger(__name__)

LOOKUP_TIMEOUT_SECONDS = 2.0


class SlackMessageSources:
    def __init__(self, client: WebClient, *, timeout: float = LOOKUP_TIMEOUT_SECONDS) -> None:
        # Its own client: the listener's has the general Slack timeout, far longer than a form may wait.
        self._client = WebClient(token=client.token, base_url=client.base_url, timeout=timeout,  # type: ignore[arg-type]
                                 logger=web_api.sdk_logger())

    def author(self, user_id: str, *, our_team: str, their_team: str = "") -> PersonProfile | None:
        user = self._ask("users.info", lambda: self._client.users_info(user=user_id), "user")
        if user is None:
            return None
        profile = dig(user, "profile", default={})
        team = their_team or text_at(user, "team_id") or text_at(profile, "team")
        organisation = ""
        # Someone whose workspace is not ours wrote in a shared (Slack Connect) channel: their company.
        if team and our_team and team != our_team:
            found = self._ask("team.info", lambda: self._client.team_info(team=team), "team")
            organisation = text_at(found, "name").strip()
        return PersonProfile(
            name=(text_at(profile, "real_name") or text_at(user, "real_name")).strip(),
            email=text_at(profile, "email").strip(),
            phone=text_at(profile, "phone").strip(),
            organisation=organisation,
        )

    def permalink(self, channel_id: str, ts: str) -> str | None:
        answer = self._ask("chat.getPermalink",
                           lambda: self._client.chat_getPermalink(channel=channel_id, message_ts=ts), "permalink")
        return answer if isinstance(answer, str) and answer else None

    def _ask(self, method: str, request: Callable[[], SlackResponse], key: str) -> Any:
        try:
            answer = web_api.call(method, request)
        except SlackError as exc:
            log.info("a lookup for the message shortcut failed; the form keeps what it has",
                     extra={"method": exc.method, "error": exc.error})
            return None
        return dig(answer.data, key)
