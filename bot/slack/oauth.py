"""Installing LeadBot in many workspaces with Bolt's own OAuth flow: ``GET /slack/install`` and
``GET /slack/oauth_redirect``, pages a person can read, and forgetting a workspace that uninstalls."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltContext
from slack_bolt.oauth import OAuthFlow
from slack_bolt.oauth.callback_options import CallbackOptions, FailureArgs, SuccessArgs
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_bolt.response import BoltResponse
from slack_sdk import WebClient
from slack_sdk.oauth.installation_store import InstallationStore
from slack_sdk.oauth.state_store import OAuthStateStore

from bot.slack.context import workspace_key
from bot.slack.manifest import BOT_SCOPES, OAUTH_REDIRECT_SUFFIX

log = logging.getLogger(__name__)

INSTALL_PATH = "/slack/install"
REDIRECT_PATH = OAUTH_REDIRECT_SUFFIX

# What a failed install's reason (Bolt's) means to the person who tried.
_FAILURES = {
    "access_denied": "The install was cancelled in Slack.",
    "invalid_browser": "This browser did not start the install (or its cookie expired). Start again here.",
    "invalid_state": "The install link expired or was used already. Start again here.",
    "missing_code": "Slack sent no authorisation code. Start again here.",
    "invalid_code": "Slack did not accept the authorisation code. Start again here.",
    "storage_error": "LeadBot could not save the installation. Try again in a minute, or ask its operator.",
}


def _page(status: int, title: str, text: str, extra_headers: dict[str, str] | None = None) -> BoltResponse:
    body = (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head>"
            f"<body><h1>{html.escape(title)}</h1><p>{text}</p></body></html>")
    return BoltResponse(status=status, body=body,
                        headers={"Content-Type": "text/html; charset=utf-8", **(extra_headers or {})})


def _installed(args: SuccessArgs) -> BoltResponse:
    installation = args.installation
    where = installation.enterprise_name if installation.is_enterprise_install else installation.team_name
    log.info("LeadBot installed", extra={"team_id": installation.enterprise_id if installation.is_enterprise_install
                                         else installation.team_id})
    cookie = args.settings.state_utils.build_set_cookie_for_deletion()
    return _page(200, "LeadBot is installed",
                 f"LeadBot is installed in {html.escape(where or 'your workspace')}. Type <code>/newlead</code> "
                 "in Slack, or open LeadBot's Home tab, to capture your first lead.", {"Set-Cookie": cookie})


def _failed(args: FailureArgs) -> BoltResponse:
    log.warning("a LeadBot install failed", extra={"reason": args.reason[:40]})
    reason = _FAILURES.get(args.reason, "The install did not finish. Start again here.")
    text = html.escape(reason).replace("here", f"<a href=\"{INSTALL_PATH}\">here</a>")
    return _page(args.suggested_status_code, "LeadBot was not installed", text)


def build_oauth_flow(*, client_id: str, client_secret: str, installations: InstallationStore,
                     states: OAuthStateStore, client: WebClient) -> OAuthFlow:
    """Bolt's OAuth flow on LeadBot's stores; ``client`` (at SLACK_API_BASE_URL) calls oauth.v2.access."""
    settings = OAuthSettings(
        client_id=client_id, client_secret=client_secret, scopes=BOT_SCOPES,
        install_path=INSTALL_PATH, redirect_uri_path=REDIRECT_PATH,
        installation_store=installations, installation_store_bot_only=True, state_store=states,
        callback_options=CallbackOptions(success=_installed, failure=_failed), logger=log,
    )
    return OAuthFlow(client=client, logger=log, settings=settings)


def register_uninstall(app: App, remove: Callable[[str], Any]) -> None:
    """``app_uninstalled``, and ``tokens_revoked`` naming a bot token: ``remove(team_key)`` at once."""

    @app.event("app_uninstalled")
    def on_uninstalled(context: BoltContext) -> None:
        key = workspace_key(context)
        if key:
            remove(key)

    @app.event("tokens_revoked")
    def on_tokens_revoked(event: dict[str, Any], context: BoltContext) -> None:
        tokens = event.get("tokens") if isinstance(event.get("tokens"), dict) else {}
        key = workspace_key(context)
        if key and tokens.get("bot"):  # type: ignore[union-attr]
            remove(key)
