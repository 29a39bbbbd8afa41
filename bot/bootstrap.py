"""The one place where real adapters are built and wired to the services."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from slack_bolt import App
from slack_bolt.error import BoltError
from slack_sdk import WebClient

from bot.adapters.clock import SystemClock
from bot.adapters.crm_http import DryRunCrmClient, HttpCrmClient, build_http_client
from bot.adapters.slack_notifier import SlackNotifier
from bot.adapters.store import SqlLeadStore
from bot.config import Settings, hint_for
from bot.errors import ConfigError
from bot.ports import CrmClient
from bot.services.capture import LeadCapture
from bot.services.delivery import LeadDelivery
from bot.services.worker import DeliveryWorker
from bot.slack.app import build_bolt_app, build_web_client
from bot.slack.context import SlackDeps
from bot.slack.users import UserDirectory
from bot.web import LeadBotWsgi

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    """Everything a running LeadBot holds; ``close()`` releases it in the right order."""

    settings: Settings
    store: SqlLeadStore
    crm: CrmClient
    clock: SystemClock
    slack_client: WebClient
    notifier: SlackNotifier
    delivery: LeadDelivery
    worker: DeliveryWorker
    capture: LeadCapture
    closers: list[object] = field(default_factory=list)

    def health(self) -> dict[str, object]:
        try:
            backlog = sum(n for status, n in self.store.count_by_status().items()
                          if status in ("pending", "sending", "retrying"))
        except Exception:
            log.exception("health check could not read the database")
            return {"ok": False, "database": "unreachable"}
        return {"ok": True, "database": "ok", "backlog": backlog, "crm": "dry-run" if self.settings.crm_dry_run
                else "configured"}

    def close(self) -> None:
        self.worker.stop()
        if isinstance(self.crm, HttpCrmClient):
            self.crm.close()
        self.store.close()


def build_crm(settings: Settings) -> CrmClient:
    if settings.crm_api_token is None:
        return DryRunCrmClient()
    http = build_http_client(settings.crm_base_url, settings.crm_api_token.get_secret_value(),
                             settings.crm_timeout_seconds)
    return HttpCrmClient(http)


def build_runtime(settings: Settings) -> Runtime:
    """Store, CRM client, Slack Web API client, notifier and delivery. Needs SLACK_BOT_TOKEN."""
    if settings.slack_bot_token is None:
        raise ConfigError([f"SLACK_BOT_TOKEN is not set: {hint_for('SLACK_BOT_TOKEN')}"])
    clock = SystemClock()
    store = SqlLeadStore.from_url(settings.database_url)
    crm = build_crm(settings)
    slack_client = build_web_client(settings.slack_bot_token.get_secret_value(), settings.slack_api_base_url)
    notifier = SlackNotifier(slack_client, store)
    delivery = LeadDelivery(store, crm, notifier, clock)
    worker = DeliveryWorker(delivery, store, clock)
    capture = LeadCapture(store, clock, agent_id=settings.agent_id, dry_run=settings.crm_dry_run,
                          on_queued=worker.wake)
    return Runtime(settings, store, crm, clock, slack_client, notifier, delivery, worker, capture)


def build_slack_app(runtime: Runtime, *, http_mode: bool) -> App:
    settings = runtime.settings
    deps = SlackDeps(
        region=settings.default_phone_region,
        capture=runtime.capture,
        store=runtime.store,
        notifier=runtime.notifier,
        users=UserDirectory(runtime.slack_client),
        clock=runtime.clock,
    )
    secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else None
    try:
        return build_bolt_app(
            runtime.slack_client,
            signing_secret=secret if http_mode else None,
            deps=deps,
            listener_threads=settings.web_threads * 2,
        )
    except BoltError as exc:
        raise ConfigError([f"SLACK_BOT_TOKEN was not accepted by Slack ({_slack_reason(exc)}): check that "
                           "it is the Bot User OAuth Token of an installed app"]) from None


def build_wsgi(runtime: Runtime, app: App) -> LeadBotWsgi:
    return LeadBotWsgi(app, runtime.health)


def _slack_reason(exc: BoltError) -> str:
    text = str(exc)
    for marker in ("invalid_auth", "not_authed", "account_inactive", "token_revoked"):
        if marker in text:
            return marker
    return "auth.test failed"
