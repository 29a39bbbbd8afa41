"""A workspace's CRM connection (issue 11): where its leads go, with which token and default agent, and
whether the CRM still accepts that token. Keyed by ``team_key``: the team id, or the enterprise id of an
org-wide install."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from bot.domain.owners import clean_agent_id
from bot.errors import OwnerError, WorkspaceError

MAX_CRM_TOKEN = 4000  # far beyond any bearer token; a bound on what a form can put in the database
MAX_BASE_URL = 500  # the column's width
_PRINTABLE = re.compile(r"^[\x21-\x7e]+$")  # a token or URL has no spaces or control characters


class CrmState(StrEnum):
    OK = "ok"
    UNAUTHORIZED = "unauthorized"  # the CRM answered 401 to the token: its leads wait for a new one


@dataclass(frozen=True)
class Workspace:
    """What LeadBot keeps of a workspace, without its secret (for listings and App Home)."""

    team_key: str
    crm_base_url: str | None
    agent_id: str | None
    crm_state: CrmState | None
    installer_id: str | None
    has_token: bool
    updated_at: datetime
    leads_channel: str | None = None  # the channel its delivered leads are posted in

    @property
    def connected(self) -> bool:
        return self.has_token and bool(self.crm_base_url)


@dataclass(frozen=True)
class CrmConnection:
    """A workspace's CRM connection with its token opened, for the client that sends its leads."""

    team_key: str
    base_url: str
    token: str = field(repr=False)  # never in a log line or a traceback's repr
    agent_id: str | None
    state: CrmState


@dataclass(frozen=True)
class ConnectRequest:
    """What an admin typed to connect (or update) their workspace's CRM, checked by ``clean_connection``."""

    token: str = field(repr=False)
    base_url: str
    agent_id: str


_CHANNEL_ID = re.compile(r"^[CG][A-Z0-9]{6,20}$")  # a public (C) or private (G, older) channel's id


def clean_leads_channel(channel: str) -> str | None:
    """A leads channel as it will be stored: a Slack channel id, or None (no leads channel). Raises
    WorkspaceError (field ``channel``) for anything else: a name or a DM is not a channel LeadBot can use."""
    channel = channel.strip()
    if not channel:
        return None
    if not _CHANNEL_ID.match(channel):
        raise WorkspaceError("channel", "Pick a channel: its id starts with C (find it in the channel's details).")
    return channel


def clean_connection(token: str, base_url: str, agent_id: str) -> ConnectRequest:
    """The connection as it will be stored; raises WorkspaceError naming the field (``token``,
    ``base_url`` or ``agent_id``) and what is wrong, in words for the admin who typed it."""
    token = token.strip()
    if not token:
        raise WorkspaceError("token", "Paste the CRM API token.")
    if len(token) > MAX_CRM_TOKEN or not _PRINTABLE.match(token):
        raise WorkspaceError("token", "This does not look like an API token: no spaces, at most "
                                      f"{MAX_CRM_TOKEN:,} characters.")
    base_url = base_url.strip().rstrip("/")
    if not base_url.startswith(("http://", "https://")) or not _PRINTABLE.match(base_url) \
            or len(base_url) > MAX_BASE_URL:
        raise WorkspaceError("base_url", "The CRM base URL must be an http:// or https:// URL.")
    try:
        agent = clean_agent_id(agent_id)
    except OwnerError as exc:
        raise WorkspaceError("agent_id", f"The default agent id: {exc}.") from None
    return ConnectRequest(token, base_url, agent)
