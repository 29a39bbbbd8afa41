"""The one place where real adapters are built and wired to the services.

``build_core`` is what every mode shares (database, CRM client, capture, chat, delivery);
``build_runtime`` adds Slack (Web API client, notifier, background threads) for ``serve`` and
``socket``; the terminal shell builds the core with a console notifier instead.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from slack_bolt.error import BoltError
from slack_bolt.oauth import OAuthFlow
from slack_sdk import WebClient

from bot.adapters.chat_inbox import DROP_EVERY, SqlChatInbox, inbox_path
from bot.adapters.clock import SystemClock
from bot.adapters.conversation_store import SqlConversationStore
from bot.adapters.crm_http import DryRunCrmClient, HttpCrmClient, build_http_client
from bot.adapters.crm_router import WorkspaceCrms
from bot.adapters.installations import SealedInstallationStore, build_state_store
from bot.adapters.prometheus import PrometheusMetrics
from bot.adapters.secrets import SecretBox
from bot.adapters.store import SqlLeadStore
from bot.adapters.team_store import SqlLeadHistory, SqlOwnerStore
from bot.adapters.turn_process import TurnProcess
from bot.adapters.workspace_store import SqlWorkspaceStore
from bot.config import Settings, TurnsIn, hint_for
from bot.database_url import sqlite_path
from bot.domain.conversation import ConversationEngine
from bot.domain.outbox import LeadStatus
from bot.errors import ConfigError, LeadBotError, SlackUnavailableError
from bot.ports import (
    Clock,
    ConversationStore,
    CrmClient,
    CrmClients,
    CrmTokenAlerts,
    LeadHistory,
    LeadStore,
    Metrics,
    Notifier,
    NullCrmTokenAlerts,
    NullNotifier,
    OwnerStore,
    UserNames,
)
from bot.services.capture import LeadCapture
from bot.services.chat import ChatService
from bot.services.chat_turns import ChatTurns
from bot.services.conversation_queue import AckFirst, ConversationQueue
from bot.services.delivery import LeadDelivery, OneCrm
from bot.services.duplicates import DuplicateCheck
from bot.services.form import LeadForm
from bot.services.home import HomeService
from bot.services.notify import Notifiers
from bot.services.owners import LeadOwners
from bot.services.uninstall import WorkspaceRemoval
from bot.services.worker import DeliveryWorker, PeriodicTask
from bot.services.workflow import WorkflowCapture
from bot.services.workspaces import CrmConnections
from bot.slack import web_api
from bot.slack.app import LeadBotApp, build_bolt_app, build_web_client
from bot.slack.chat import attach_turns
from bot.slack.chat_replies import ReplyPoster
from bot.slack.clients import SlackClients
from bot.slack.context import SlackDeps
from bot.slack.crm_connect import SlackCrmTokenAlerts
from bot.slack.feed import LeadsChannelFeed
from bot.slack.home_refresh import HomeRefresher
from bot.slack.notifier import SlackNotifier
from bot.slack.oauth import build_oauth_flow, register_uninstall
from bot.slack.profiles import SlackMessageSources
from bot.slack.users import UserDirectory

log = logging.getLogger(__name__)

HOUSEKEEPING_INTERVAL = timedelta(seconds=60)
_BACKLOG = frozenset(status.value for status in LeadStatus if not status.is_final)


@dataclass
class Core:
    """What every mode shares: the services, and the ports they were given."""

    settings: Settings
    store: LeadStore
    conversations: ConversationStore
    crm: CrmClients
    clock: Clock
    capture: LeadCapture
    chat: ChatService
    form: LeadForm
    delivery: LeadDelivery
    metrics: Metrics
    exposition: Callable[[], bytes]  # the metrics in Prometheus' text format
    history: LeadHistory
    owner_store: OwnerStore
    owners: LeadOwners
    home: HomeService
    workflow: WorkflowCapture
    connections: CrmConnections | None = None  # many workspaces: each one's CRM connection

    def close(self) -> None:
        for part in (self.delivery, self.crm, self.store):  # deliveries in flight first, then connections
            part.close()


def build_crm(settings: Settings) -> CrmClient:
    if settings.crm_api_token is None:
        return DryRunCrmClient()
    http = build_http_client(settings.crm_base_url, settings.crm_api_token.get_secret_value(),
                             settings.crm_timeout_seconds)
    return HttpCrmClient(http)


def build_workspace_store(settings: Settings, store: SqlLeadStore) -> SqlWorkspaceStore:
    """Each workspace's CRM connection (many workspaces), its token sealed with LEADBOT_SECRET_KEY."""
    if settings.leadbot_secret_key is None:
        raise ConfigError([f"LEADBOT_SECRET_KEY is not set: {hint_for('LEADBOT_SECRET_KEY')}"])
    return SqlWorkspaceStore(store.engine, SecretBox(settings.leadbot_secret_key.get_secret_value()))


def build_crm_routing(settings: Settings, workspaces: SqlWorkspaceStore | None, clock: Clock,
                      alerts: CrmTokenAlerts) -> CrmClients:
    """Where leads go: one CRM (a single workspace), or each workspace's own (``workspaces`` given)."""
    if workspaces is None:
        return OneCrm(build_crm(settings))

    def client_for(base_url: str, token: str) -> CrmClient:
        return HttpCrmClient(build_http_client(base_url, token, settings.crm_timeout_seconds))

    return WorkspaceCrms(workspaces, client_for, alerts, clock)


def build_core(settings: Settings, store: SqlLeadStore, notifier: Notifier,
               on_queued: Callable[[], None] = lambda: None, names: UserNames | None = None,
               alerts: CrmTokenAlerts | None = None, inbox: SqlChatInbox | None = None) -> Core:
    """``store`` comes from ``SqlLeadStore.from_url(settings.database_url)``; the notifier needs it too.
    ``names`` (Slack's) name who captured an earlier lead; without them, the lead's own record does.
    ``alerts`` tell a workspace's admin that its CRM refused its token (many workspaces)."""
    clock = SystemClock()
    conversations = SqlConversationStore(store.engine, inbox)
    workspaces = build_workspace_store(settings, store) if settings.multi_workspace else None
    crm = build_crm_routing(settings, workspaces, clock, alerts or NullCrmTokenAlerts())
    metrics = PrometheusMetrics(store.count_by_status)
    owner_store = SqlOwnerStore(store.engine)
    owners = LeadOwners(owner_store, clock, default_agent=settings.default_agent, workspaces=workspaces)
    # Many workspaces: whether a lead is a dry run is its workspace's CRM connection's to say, at delivery.
    single_dry_run = settings.crm_dry_run and not settings.multi_workspace
    capture = LeadCapture(store, clock, notifier, owners=owners, dry_run=single_dry_run,
                          on_queued=on_queued, metrics=metrics)
    engine = ConversationEngine(settings.default_phone_region,
                                idle_timeout=timedelta(minutes=settings.conversation_timeout_minutes))
    history = SqlLeadHistory(store.engine)
    duplicates = DuplicateCheck(history, clock, window=timedelta(days=settings.duplicate_window_days), names=names)
    chat = ChatService(engine, conversations, capture, clock, duplicates)
    form = LeadForm(capture, chat, clock, region=settings.default_phone_region, duplicates=duplicates)
    delivery = LeadDelivery(store, crm, notifier, clock, policy=settings.retry_policy,
                            lease=settings.delivery_lease, metrics=metrics,
                            concurrency=settings.delivery_concurrency,
                            attempt_timeout=settings.crm_timeout_seconds)
    connections = CrmConnections(workspaces, clock, default_base_url=settings.crm_base_url,
                                 on_queued=on_queued) if workspaces is not None else None
    home = HomeService(history, owners, clock, connections=connections)
    workflow = WorkflowCapture(capture, clock, region=settings.default_phone_region, duplicates=duplicates)
    return Core(settings, store, conversations, crm, clock, capture, chat, form, delivery, metrics,
                metrics.exposition, history, owner_store, owners, home, workflow, connections)


def build_drain_core(settings: Settings, store: SqlLeadStore) -> tuple[Core, SlackNotifier | None]:
    """The core for a one-off delivery run (``outbox drain``). With SLACK_BOT_TOKEN, reps' status
    messages keep up with deliveries made there too: flush and close the notifier it returns."""
    if settings.slack_bot_token is None:
        return build_core(settings, store, NullNotifier()), None
    client = build_web_client(settings.slack_bot_token.get_secret_value(), settings.slack_api_base_url,
                              settings.slack_timeout_seconds)
    notifier = SlackNotifier(client, store)
    return build_core(settings, store, notifier), notifier


@dataclass
class Workspaces:
    """Many workspaces (OAuth): their installations (tokens sealed), Bolt's OAuth flow, a client per
    workspace, and what forgets a workspace that uninstalls."""

    installations: SealedInstallationStore
    oauth_flow: OAuthFlow
    clients: SlackClients
    removal: WorkspaceRemoval


def build_workspaces(settings: Settings, store: SqlLeadStore, base_client: WebClient) -> Workspaces:
    """``base_client`` (no token, at SLACK_API_BASE_URL) exchanges OAuth codes; clients for each
    workspace's bot token are made like it."""
    assert settings.slack_client_id and settings.slack_client_secret
    installations = open_installations(settings, store)
    flow = build_oauth_flow(client_id=settings.slack_client_id,
                            client_secret=settings.slack_client_secret.get_secret_value(),
                            installations=installations, states=build_state_store(store.engine), client=base_client)
    clients = SlackClients(bots=installations, build=lambda token: build_web_client(
        token, settings.slack_api_base_url, settings.slack_timeout_seconds))
    removal = WorkspaceRemoval(installations, store, SystemClock(), on_removed=clients.forget)
    return Workspaces(installations, flow, clients, removal)


def open_installations(settings: Settings, store: SqlLeadStore) -> SealedInstallationStore:
    """The workspaces' Slack installations (many workspaces), their tokens opened with LEADBOT_SECRET_KEY."""
    assert settings.slack_client_id and settings.leadbot_secret_key
    return SealedInstallationStore(settings.slack_client_id, store.engine,
                                   SecretBox(settings.leadbot_secret_key.get_secret_value()))


@dataclass
class Runtime:
    """A Slack-connected LeadBot: the core, Slack's Web API client and the background threads."""

    core: Core
    store: SqlLeadStore  # the core's store, as built: operator tools and tests read it directly
    slack_client: WebClient
    clients: SlackClients  # a workspace's client: the one client, or each installation's own token
    notifier: SlackNotifier
    worker: DeliveryWorker
    housekeeper: PeriodicTask
    status_catch_up: PeriodicTask
    users: UserDirectory
    replies: ReplyPoster
    home_refresher: HomeRefresher
    turns: ChatTurns  # chat messages acked and not applied yet, and the queue that applies them
    feed: LeadsChannelFeed | None = None  # leads channels: LEADS_CHANNEL, or each workspace's own
    workspaces: Workspaces | None = None  # many workspaces through OAuth (no SLACK_BOT_TOKEN)
    acks: AckFirst | None = None  # requests being answered: the chat queue's turns step aside for them
    turn_process: TurnProcess | None = None  # where the chat turns run when not in this process
    inbox_drops: PeriodicTask | None = None  # applied messages dropped from a chat inbox file of its own

    @property
    def settings(self) -> Settings:
        return self.core.settings

    def start(self) -> None:
        if self.turn_process is not None:
            # It replays what waits in the chat inbox, expires idle drafts and drops applied messages.
            self.turn_process.start()
        else:
            self._start_turns()
        self.worker.start()
        self.status_catch_up.start()

    def start_turn_worker(self) -> None:
        """In the turn worker process: the turns and what goes with them, no delivery (the serving
        process delivers, woken by the worker when a confirmed chat queues a lead)."""
        self._start_turns()

    def _start_turns(self) -> None:
        try:  # messages acked before a crash (or by a replica that died) are applied now
            self.turns.replay(received_before=None)
        except LeadBotError:
            log.warning("could not read the chat inbox at start; trying again at the next housekeeping",
                        exc_info=True)
        if self.inbox_drops is not None:
            self.inbox_drops.start()
        self.housekeeper.start()

    def health(self) -> dict[str, object]:
        try:
            backlog = sum(n for status, n in self.store.count_by_status().items()
                          if status in _BACKLOG)
        except Exception:
            log.exception("health check could not read the database")
            return {"ok": False, "database": "unreachable"}
        crm = "dry-run" if self.settings.crm_dry_run else "configured"
        health: dict[str, object] = {"ok": True, "database": "ok", "backlog": backlog, "crm": crm}
        if self.turn_process is not None:
            health["turn_worker"] = self.turn_process.state
        return health

    def close(self) -> None:
        for thread in (self.status_catch_up, self.housekeeper, self.worker):
            thread.stop()
        self.turns.queue.close()  # turns under way finish; the rest wait in the inbox for the next start
        if self.inbox_drops is not None:
            self.inbox_drops.stop(run_last=True)
        if self.turn_process is not None:
            self.turn_process.close()
        for part in (self.replies, self.notifier, self.home_refresher, self.feed, self.users, self.core):
            if part is not None:
                part.close()


def build_runtime(settings: Settings, turn_worker: list[str] | None = None,
                  lead_queued: Callable[[], None] | None = None) -> Runtime:
    """Everything ``serve`` and ``socket`` need: SLACK_BOT_TOKEN, or many workspaces (OAuth). With
    ``turn_worker`` (its command line), the chat turns run in that process, not in this one. In that
    process, ``lead_queued`` tells the serving process's delivery worker of a lead a chat queued."""
    workspaces = None
    if settings.multi_workspace:
        slack_client = build_web_client(None, settings.slack_api_base_url, settings.slack_timeout_seconds)
        store = SqlLeadStore.from_url(settings.database_url)
        workspaces = build_workspaces(settings, store, slack_client)
        clients = workspaces.clients
    else:
        if settings.slack_bot_token is None:
            raise ConfigError([f"SLACK_BOT_TOKEN is not set: {hint_for('SLACK_BOT_TOKEN')}"])
        slack_client = build_web_client(settings.slack_bot_token.get_secret_value(), settings.slack_api_base_url,
                                        settings.slack_timeout_seconds)
        store = SqlLeadStore.from_url(settings.database_url)
        clients = SlackClients(single=slack_client)
    notifier = SlackNotifier(clients, store, catch_up_interval=settings.status_catch_up_interval)
    wake = threading.Event()
    home_refresher = HomeRefresher(clients)
    # Who hears of a lead's progress: the rep's status message first, then their App Home, then the
    # team's leads channel when there is one.
    told: list[Notifier] = [notifier, home_refresher]
    feed = None
    if settings.multi_workspace:
        if settings.leads_channel:
            # A channel id belongs to one workspace: each workspace's admins pick their own in App Home.
            log.warning("LEADS_CHANNEL is ignored when LeadBot serves many workspaces: each workspace sets its "
                        "own leads channel in App Home")
        feed = LeadsChannelFeed(clients, SqlLeadHistory(store.engine),
                                CrmConnections(build_workspace_store(settings, store), SystemClock(),
                                               default_base_url=settings.crm_base_url).leads_channel,
                                show_contact=settings.leads_channel_show_contact)
    elif settings.leads_channel:
        channel = settings.leads_channel
        feed = LeadsChannelFeed(clients, SqlLeadHistory(store.engine), lambda _team: channel,
                                show_contact=settings.leads_channel_show_contact)
    if feed is not None:
        told.append(feed)
    users = UserDirectory(clients)
    inbox = open_chat_inbox(settings, store)
    core = build_core(settings, store, Notifiers(told), on_queued=lead_queued or wake.set, names=users,
                      alerts=build_crm_alerts(clients), inbox=inbox)
    home_refresher.attach(core.home)  # its pages come from the core it is a notifier of
    worker = DeliveryWorker(core.delivery, core.store, core.clock, wake=wake)
    acks = AckFirst()
    turn_process = TurnProcess(turn_worker, on_lead_queued=wake.set) if turn_worker else None
    turns = ChatTurns(inbox, ConversationQueue(settings.chat_workers, ahead=acks), core.clock,
                      handoff=turn_process.handoff if turn_process else None)

    def housekeeping() -> None:  # where the turns are applied: see Runtime.start
        core.chat.expire_idle(notifier)
        turns.replay()

    housekeeper = PeriodicTask("leadbot-housekeeping", HOUSEKEEPING_INTERVAL, housekeeping)
    status_catch_up = PeriodicTask("leadbot-status-catch-up", settings.status_catch_up_interval,
                                   notifier.catch_up)
    return Runtime(core, store, slack_client, clients, notifier, worker, housekeeper, status_catch_up, users,
                   ReplyPoster(), home_refresher, turns, feed, workspaces, acks, turn_process,
                   PeriodicTask("leadbot-inbox-drops", timedelta(seconds=DROP_EVERY), inbox.flush_drops)
                   if inbox.engine is not store.engine else None)


def open_chat_inbox(settings: Settings, store: SqlLeadStore) -> SqlChatInbox:
    """The chat inbox: in a SQLite file of its own when a turn worker process shares a SQLite database
    (see adapters/chat_inbox.py), else in the main database. Messages that waited in the other place
    (CHAT_TURNS was changed) move over first."""
    main = SqlChatInbox(store.engine)
    path = sqlite_path(settings.database_url)
    if path is None:
        return main
    if settings.chat_turns is TurnsIn.PROCESS:
        apart = SqlChatInbox.beside(path)
        _move_waiting(main, apart)
        return apart
    if inbox_path(path).exists():
        _move_waiting(SqlChatInbox.beside(path), main)
    return main


def _move_waiting(source: SqlChatInbox, target: SqlChatInbox) -> None:
    moved = 0
    while items := source.waiting(datetime.now(UTC) + timedelta(days=1)):
        for item in items:
            target.put(item)  # False: already there
            source.drop(item.id)
        moved += len(items)
    if moved:
        log.info("chat messages waiting in the other chat inbox moved over", extra={"count": moved})


def build_crm_alerts(clients: SlackClients) -> CrmTokenAlerts:
    """Who hears that a workspace's CRM refused its token: its installer, by DM from LeadBot, with the
    workspace's own bot token."""
    return SlackCrmTokenAlerts(clients.for_team)


def _slack_deps(runtime: Runtime) -> SlackDeps:
    settings = runtime.settings
    return SlackDeps(
        region=settings.default_phone_region,
        capture=runtime.core.capture,
        form=runtime.core.form,
        chat=runtime.core.chat,
        turns=runtime.turns,
        users=runtime.users,
        owners=runtime.core.owners,
        home=runtime.core.home,
        sources=SlackMessageSources(runtime.clients),
        workflow=runtime.core.workflow,
        connections=runtime.core.connections,
    )


def attach_turn_worker(runtime: Runtime) -> None:
    """The turn worker process's one Slack part: each chat turn applied, its replies posted."""
    attach_turns(_slack_deps(runtime), runtime.replies, runtime.clients)


def build_slack_app(runtime: Runtime, *, http_mode: bool) -> LeadBotApp:
    settings = runtime.settings
    deps = _slack_deps(runtime)
    secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else None
    if runtime.workspaces is not None:
        return _build_oauth_slack_app(runtime, runtime.workspaces, deps, secret)
    try:
        with _slack_client_log_muted():
            # Bolt's App() calls auth.test: its failures are mapped like every other Slack call's.
            return web_api.call("auth.test", lambda: build_bolt_app(
                runtime.slack_client,
                signing_secret=secret if http_mode else None,
                deps=deps,
                replies=runtime.replies,
                clients=runtime.clients,
                listener_threads=settings.web_threads * 2,
            ))
    except BoltError as exc:
        raise ConfigError([f"SLACK_BOT_TOKEN was not accepted by Slack ({_slack_reason(exc)}): check that "
                           "it is the Bot User OAuth Token of an installed app"]) from None
    except SlackUnavailableError as exc:
        raise slack_unreachable(settings.slack_api_base_url, exc) from None


def _build_oauth_slack_app(runtime: Runtime, workspaces: Workspaces, deps: SlackDeps,
                           secret: str | None) -> LeadBotApp:
    """Many workspaces: nothing to check at start-up (each request is authorised with its own
    workspace's token), and a workspace that uninstalls is forgotten at once."""
    app = build_bolt_app(runtime.slack_client, signing_secret=secret, deps=deps, replies=runtime.replies,
                         clients=runtime.clients, listener_threads=runtime.settings.web_threads * 2,
                         oauth_flow=workspaces.oauth_flow)
    register_uninstall(app, workspaces.removal.remove)
    return app


@contextmanager
def _slack_client_log_muted() -> Iterator[None]:
    """While Bolt's App() calls auth.test at start-up, slack_sdk would log each failed attempt at ERROR;
    the failure is then said once, with its fix, by whoever catches it. No other thread runs yet."""
    client_log = web_api.sdk_logger()  # the logger LeadBot's WebClients are given
    level = client_log.level
    client_log.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        client_log.setLevel(level)


def slack_unreachable(base_url: str, exc: SlackUnavailableError) -> SlackUnavailableError:
    """A start-up call to Slack got no answer: one line with the cause and what to check."""
    cause = exc.__cause__ or exc
    reason = getattr(cause, "reason", None) or cause
    detail = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return SlackUnavailableError(exc.method, f"Slack could not be reached at {base_url} ({detail}). Check the "
                                 "network and any proxy (HTTPS_PROXY), and SLACK_API_BASE_URL (normally "
                                 "https://slack.com/api/)")


def _slack_reason(exc: BoltError) -> str:
    text = str(exc)
    for marker in ("invalid_auth", "not_authed", "account_inactive", "token_revoked"):
        if marker in text:
            return marker
    return "auth.test failed"
