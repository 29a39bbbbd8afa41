"""``python -m bot doctor``: is this installation ready? One line per check, with a fix for each failure.

Checks only look: the database is neither created nor migrated, Slack gets one ``auth.test``, and the
CRM gets one plain ``GET`` of its base URL (any HTTP answer means it is reachable; no lead is posted).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.client import HTTPException

import httpx
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy.exc import SQLAlchemyError

from bot import database_url as db_url
from bot.adapters import migrate
from bot.adapters.db import create_store_engine, explain_failure, sqlite_unwritable
from bot.adapters.installations import SealedInstallationStore
from bot.adapters.secrets import SecretBox
from bot.adapters.team_store import SqlOwnerStore
from bot.config import Mode, Settings, hint_for, load_settings
from bot.domain.workspace import CrmState
from bot.errors import ConfigError, StoreError
from bot.slack.web_api import error_name


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""
    warning: bool = False  # not broken, but worth knowing (dry run, a mode that cannot start)


def _load() -> Settings:
    return load_settings(server=False)


def run_checks(settings_loader: Callable[[], Settings] = _load) -> Iterator[Check]:
    try:
        settings = settings_loader()
    except ConfigError as exc:
        yield Check("config", False, "; ".join(exc.problems), "fix the variables named above (.env.example)")
        return
    for problem in settings.ignored_problems:
        yield Check("config", False, problem, "serve and socket refuse to start until it is fixed")
    yield from _config(settings)
    yield _database(settings)
    note = db_url.legacy_note(settings.database_url)
    if note:
        yield Check("database", True, note, warning=True)
    owners = _owners(settings)
    if owners is not None:
        yield owners
    yield _team(settings)
    yield _installations(settings) if settings.multi_workspace else _slack(settings)
    if settings.slack_bot_token is not None and settings.leads_channel:
        yield _leads_channel(settings, settings.slack_bot_token.get_secret_value(), settings.leads_channel)
    yield _crm(settings)
    if settings.multi_workspace:
        yield _workspaces(settings)


def _config(settings: Settings) -> Iterator[Check]:
    usable = [mode.value for mode in (Mode.SOCKET, Mode.HTTP) if not settings.missing_for(mode)]
    if usable:
        yield Check("config", True, f"settings load; Slack modes ready: {', '.join(usable)}")
    else:
        problems = settings.missing_for(Mode.SOCKET)
        yield Check("config", True, "settings load; no Slack mode can start (the terminal shell can)",
                    "; ".join(problems), warning=True)


def _database(settings: Settings) -> Check:
    url = settings.database_url
    where = db_url.describe(url)
    path = db_url.sqlite_path(url)
    if path is not None and not path.exists():
        # Looking must not create it (nor its directory): say where it will be, and whether it can be.
        parent = next(p for p in path.parents if p.exists())
        if not os.access(parent, os.W_OK):
            return Check("database", False, f"{where} does not exist and {parent} is not writable",
                         "make the directory writable, or set DATABASE_URL to a writable place")
        return Check("database", True, f"{where} does not exist yet", "LeadBot creates it when it first "
                     "starts (serve, socket, shell or outbox)", warning=True)
    try:
        engine = create_store_engine(url)
    except StoreError as exc:
        return Check("database", False, str(exc), "see .env.example for DATABASE_URL")
    try:
        current = migrate.current_revision(engine)
        unwritable = sqlite_unwritable(url)
    except SQLAlchemyError as exc:
        return Check("database", False, explain_failure(url, exc), "fix the cause named above")
    finally:
        engine.dispose()
    if unwritable:
        return Check("database", False, f"{where}: {unwritable} is not writable by this user",
                     "fix its permissions (chmod/chown), or set DATABASE_URL to a writable place")
    if current == migrate.HEAD:
        return Check("database", True, f"{where}, schema at revision {current} (current)")
    return Check("database", True, f"{where}, schema at revision {current or 'none'}, code wants {migrate.HEAD}",
                 "start LeadBot (serve, socket, shell or outbox) once: it migrates at start-up", warning=True)


def _team(settings: Settings) -> Check:
    """What the team features will do, so a surprising setting is seen before a rep meets it."""
    days = settings.duplicate_window_days
    duplicates = (f"duplicates warned within {days} days (DUPLICATE_WINDOW_DAYS)" if days
                  else "no duplicate warnings (DUPLICATE_WINDOW_DAYS=0)")
    if settings.leads_channel:
        contact = "with" if settings.leads_channel_show_contact else "without"
        feed = f"delivered leads posted to {settings.leads_channel} {contact} email and phone " \
               "(LEADS_CHANNEL, LEADS_CHANNEL_SHOW_CONTACT)"
    else:
        feed = "no team feed (LEADS_CHANNEL is not set)"
    return Check("team", True, f"{duplicates}; {feed}")


def _owners(settings: Settings) -> Check | None:
    """Without CRM_AGENT_ID, only reps with a mapping can capture leads: warn when there is none at all."""
    if settings.default_agent is not None:
        return None
    path = db_url.sqlite_path(settings.database_url)
    count = 0
    if path is None or path.exists():  # looking must not create the database
        try:
            engine = create_store_engine(settings.database_url)
        except StoreError:
            return None  # the database check has said why
        try:
            count = len(SqlOwnerStore(engine).entries())
        except StoreError:
            return None  # not migrated yet, or unreachable: the database check says so
        finally:
            engine.dispose()
    if count:
        return Check("owners", True, f"{count} lead owner mapping(s); CRM_AGENT_ID is not set, so reps "
                     "without one cannot capture leads")
    return Check("owners", True, "CRM_AGENT_ID is not set and no rep has a CRM agent, so no lead can be "
                 "captured", "set CRM_AGENT_ID (the default), or import owners: python -m bot owners import "
                 "FILE.csv", warning=True)


def _workspaces(settings: Settings) -> Check:
    """Many workspaces: the secret key, and each workspace's CRM connection (its token opens with the key)."""
    if settings.leadbot_secret_key is None:
        return Check("workspaces", False, "LEADBOT_SECRET_KEY is not set, so CRM tokens cannot be stored",
                     "python -m bot secret-key, and put the key in LEADBOT_SECRET_KEY")
    path = db_url.sqlite_path(settings.database_url)
    if path is not None and not path.exists():
        return Check("workspaces", True, "no workspace yet", "install LeadBot in a workspace (Add to Slack)",
                     warning=True)
    from bot.adapters.secrets import SecretBox
    from bot.adapters.workspace_store import SqlWorkspaceStore

    try:
        engine = create_store_engine(settings.database_url)
    except StoreError:
        return Check("workspaces", False, "the database cannot be read", "see the database check")
    try:
        store = SqlWorkspaceStore(engine, SecretBox(settings.leadbot_secret_key.get_secret_value()))
        workspaces = store.list()
        for workspace in workspaces:
            store.connection(workspace.team_key)  # raises ConfigError when no key opens its token
    except StoreError:
        return Check("workspaces", False, "the workspaces cannot be read", "see the database check")
    except ConfigError as exc:
        return Check("workspaces", False, "; ".join(exc.problems), "put the old key back in LEADBOT_SECRET_KEY")
    finally:
        engine.dispose()
    unconnected = [w.team_key for w in workspaces if not w.connected]
    refused = [w.team_key for w in workspaces if w.connected and w.crm_state is CrmState.UNAUTHORIZED]
    detail = f"{len(workspaces)} workspace(s); CRM tokens open with LEADBOT_SECRET_KEY"
    if refused:
        return Check("workspaces", False, f"{detail}; the CRM refused the token of {', '.join(refused)}",
                     "a workspace admin presses Update CRM token in App Home, or: python -m bot workspaces crm")
    if unconnected:
        return Check("workspaces", True, f"{detail}; not connected (dry run): {', '.join(unconnected)}",
                     "Connect CRM in App Home, or: python -m bot workspaces crm TEAM_ID --agent-id A", warning=True)
    return Check("workspaces", True, detail)


def _slack(settings: Settings) -> Check:
    if settings.slack_bot_token is None:
        return Check("slack", True, "SLACK_BOT_TOKEN is not set; skipped", "set it to run in Slack", warning=True)
    client = WebClient(token=settings.slack_bot_token.get_secret_value(), base_url=settings.slack_api_base_url,
                       timeout=10)
    try:
        answer = client.auth_test()
    except SlackApiError as exc:
        return Check("slack", False, f"auth.test refused the bot token: {error_name(exc)}",
                     "copy the Bot User OAuth Token (xoxb-) of the installed app into SLACK_BOT_TOKEN")
    except (SlackClientError, OSError, HTTPException) as exc:
        return Check("slack", False, f"cannot reach Slack at {settings.slack_api_base_url}: {type(exc).__name__}",
                     "check the network, any proxy (HTTPS_PROXY) and SLACK_API_BASE_URL")
    return Check("slack", True, f"bot @{answer.get('user')} in workspace {answer.get('team')}")


def _installations(settings: Settings) -> Check:
    """Many workspaces: the key that seals their tokens, and how many have installed LeadBot."""
    if settings.leadbot_secret_key is None or not settings.slack_client_id:
        missing = "LEADBOT_SECRET_KEY" if settings.leadbot_secret_key is None else "SLACK_CLIENT_ID"
        return Check("slack", False, f"many workspaces (OAuth), but {missing} is not set", hint_for(missing))
    box = SecretBox(settings.leadbot_secret_key.get_secret_value())  # the settings validated its keys
    try:
        engine = create_store_engine(settings.database_url)
    except StoreError as exc:
        return Check("slack", False, str(exc), "see .env.example for DATABASE_URL")
    try:
        installed = SealedInstallationStore(settings.slack_client_id, engine, box).count()
    except SQLAlchemyError as exc:
        return Check("slack", False, f"cannot count installations: {explain_failure(settings.database_url, exc)}",
                     "run serve once (it migrates the database), or fix the cause named above")
    finally:
        engine.dispose()
    if installed == 0:
        return Check("slack", True, "many workspaces (OAuth), LEADBOT_SECRET_KEY set; no workspace has installed "
                     "LeadBot yet", "open https://YOUR-HOST/slack/install", warning=True)
    return Check("slack", True, f"many workspaces (OAuth), LEADBOT_SECRET_KEY set; installed in {installed} "
                 "workspace(s)")


_CHANNEL_ID = re.compile(r"[CG][A-Z0-9]{6,20}")


def _leads_channel(settings: Settings, token: str, channel: str) -> Check:
    """LEADS_CHANNEL exists and LeadBot is in it, else each delivered lead's post is refused."""
    if not _CHANNEL_ID.fullmatch(channel):
        return Check("leads", True, f"LEADS_CHANNEL is {channel!r}, a name: only a channel id can be "
                     "checked", "set LEADS_CHANNEL to the channel's id (channel details > About, C…)", warning=True)
    client = WebClient(token=token, base_url=settings.slack_api_base_url, timeout=10)
    try:
        answer = client.conversations_info(channel=channel)
    except SlackApiError as exc:
        error = exc.response.get("error", "unknown_error")
        fix = ("reinstall the app from manifests/*.json (it needs channels:read and groups:read)"
               if error == "missing_scope" else "check LEADS_CHANNEL, and invite @LeadBot to that channel")
        return Check("leads", False, f"conversations.info for LEADS_CHANNEL {channel}: {error}", fix)
    except (SlackClientError, OSError, HTTPException) as exc:
        return Check("leads", False, f"cannot reach Slack to check LEADS_CHANNEL: {type(exc).__name__}",
                     "check the network, any proxy (HTTPS_PROXY) and SLACK_API_BASE_URL")
    info = answer.get("channel") or {}
    name = f"#{info.get('name')}" if info.get("name") else channel
    if info.get("is_archived"):
        return Check("leads", False, f"LEADS_CHANNEL {name} is archived",
                     "set LEADS_CHANNEL to a channel in use")
    if not info.get("is_member"):
        return Check("leads", False, f"LeadBot is not in LEADS_CHANNEL {name}, so it cannot post there",
                     f"type /invite @LeadBot in {name}")
    return Check("leads", True, f"LeadBot is in LEADS_CHANNEL {name}; delivered leads are posted there")


def _crm(settings: Settings) -> Check:
    if settings.crm_dry_run:
        return Check("crm", True, "CRM_API_TOKEN is not set: dry run, leads are stored but not sent",
                     "set CRM_API_TOKEN and CRM_AGENT_ID to send leads", warning=True)
    try:
        response = httpx.get(settings.crm_base_url, timeout=settings.crm_timeout_seconds)
    except httpx.HTTPError as exc:
        return Check("crm", False, f"cannot reach {settings.crm_base_url}: {type(exc).__name__}",
                     "check CRM_BASE_URL and the network; leads wait in the outbox meanwhile")
    return Check("crm", True, f"{settings.crm_base_url} answers (HTTP {response.status_code}); "
                 f"leads go to {settings.leads_url}" + (f" (default agent {settings.crm_agent_id})"
                                                          if settings.crm_agent_id else ""))
