"""Builds the Bolt app and registers every surface on it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from slack_bolt import App, BoltContext, BoltRequest, BoltResponse
from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped
from slack_bolt.oauth import OAuthFlow
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from bot.slack import (
    chat,
    crm_connect,
    home,
    leads_channel_setting,
    newlead,
    owner_setting,
    shortcut,
    web_api,
    workflow,
)
from bot.slack.chat_replies import ReplyPoster
from bot.slack.clients import SlackClients
from bot.slack.context import SlackDeps
from bot.slack.fast_path import DirectMessages
from bot.slack.pooled_client import PooledWebClient


def build_web_client(token: str | None, base_url: str, timeout: float = 10) -> WebClient:
    # slack_sdk types the timeout as int, but httpx (and urllib) take fractions of a second too.
    client = PooledWebClient(token=token, base_url=base_url, timeout=timeout,  # type: ignore[arg-type]
                       logger=web_api.sdk_logger())
    # Status updates come in bursts when the CRM recovers; wait out Slack's rate limit, briefly.
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=2))
    return client


def _pooled_request_client(context: BoltContext, next: Callable[[], BoltResponse]) -> BoltResponse:  # noqa: A002
    """Bolt gives each request a fresh plain ``WebClient`` (with the token authorisation found);
    listeners get a pooled one with the same settings instead, so their calls reuse connections."""
    plain = context.client
    if plain is not None and not isinstance(plain, PooledWebClient):
        context["client"] = PooledWebClient(
            token=plain.token, base_url=plain.base_url, timeout=plain.timeout, ssl=plain.ssl, proxy=plain.proxy,
            headers=plain.headers, team_id=context.team_id, logger=plain.logger, retry_handlers=plain.retry_handlers)
    return next()


class LeadBotApp(App):
    """Bolt's App, and the lean path a rep's plain DM takes before Bolt's dispatch (fast_path.py), when
    there is one (HTTP mode with one workspace's token)."""

    pre_dispatch: Callable[[BoltRequest], BoltResponse | None] | None = None


class _SameTokenNote(logging.Filter):
    """Bolt reads SLACK_BOT_TOKEN from the environment by itself and, given our client too, warns at
    every start that the token "will be unused". The client holds that very token: not worth a warning."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != warning_client_prioritized_and_token_skipped()


class _NoRefusedBodies(logging.Filter):
    """Bolt's RequestVerification logs a request it refused whole, body included, at INFO: a forged or
    stale DM would put a rep's words (names, emails, the payload's token) in the log. The line keeps
    what it says without the body."""

    PREFIX = "Invalid request signature detected"

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str) and record.msg.startswith(self.PREFIX):
            record.msg, record.args = f"{self.PREFIX}: the request was refused with 401", ()
        return True


def _add_filter(logger: logging.Logger, kind: type[logging.Filter]) -> None:
    if not any(isinstance(f, kind) for f in logger.filters):
        logger.addFilter(kind())


def build_bolt_app(
    client: WebClient, *, signing_secret: str | None, deps: SlackDeps, replies: ReplyPoster, clients: SlackClients,
    listener_threads: int, oauth_flow: OAuthFlow | None = None,
) -> LeadBotApp:
    """``listener_threads`` bounds how many listeners run at once. Each request's HTTP thread waits
    only for ``ack()``; the listener may go on after it (views.open, posting the status), so the
    pool is sized above the HTTP server's threads to keep a slow Slack call from delaying acks.
    With ``oauth_flow`` (many workspaces), ``client`` holds no token: each request is authorised with
    its workspace's bot token from the flow's installation store."""
    logger = logging.getLogger("bot.slack.bolt")
    _add_filter(logger, _SameTokenNote)
    # Bolt's middleware loggers take the base logger's filters only when they have none of their own.
    for each in (logger, logging.getLogger("slack_bolt.RequestVerification")):
        _add_filter(each, _NoRefusedBodies)
    app = LeadBotApp(
        client=client,
        signing_secret=signing_secret,
        # Socket Mode has no signatures to check; HTTP mode always does.
        request_verification_enabled=signing_secret is not None,
        listener_executor=ThreadPoolExecutor(max_workers=listener_threads, thread_name_prefix="leadbot-listener"),
        logger=logger,
        oauth_flow=oauth_flow,
    )
    app.use(_pooled_request_client)
    # Bolt tries listeners in the order they were registered: chat's message event, the most frequent
    # request by far, first.
    app.pre_dispatch = DirectMessages.for_app(app, chat.register(app, deps, replies, clients))
    newlead.register(app, deps)
    newlead.register_retry(app, deps)
    home.register(app, deps)
    owner_setting.register(app, deps)
    crm_connect.register(app, deps)
    leads_channel_setting.register(app, deps)
    shortcut.register(app, deps)
    workflow.register(app, deps)
    return app
