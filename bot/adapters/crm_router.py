"""Which CRM client sends a lead, in many workspaces: a client per workspace built from its stored
connection (cached; closed at shutdown). A single workspace uses ``bot.services.delivery.OneCrm``.

A workspace's 401 is not a rejection of the lead: its connection is marked unauthorized, its admin is
told once, and its leads wait (CrmWaitingError) until an admin connects a new token.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from bot.domain.workspace import CrmState
from bot.errors import CrmRejectedError, CrmWaitingError
from bot.ports import Clock, CrmClient, CrmReceipt, CrmTokenAlerts, WorkspaceStore

log = logging.getLogger(__name__)

NOT_CONNECTED = ("Dry run: this workspace has not connected its CRM yet, so nothing was sent. A workspace "
                 "admin can press \u201cConnect CRM\u201d in LeadBot's App Home.")
TOKEN_REFUSED = ("The CRM refused this workspace's API token; the lead waits here and goes as soon as a "
                 "workspace admin updates the token (\u201cConnect CRM\u201d in LeadBot's App Home).")
_UNAUTHORIZED = 401


class NotConnectedCrmClient:
    """A workspace without a CRM connection: its leads are kept as a dry run, and the rep is told why."""

    def create_lead(self, body: str) -> CrmReceipt:
        log.info("dry run: the workspace has no CRM connection")
        return CrmReceipt(message=NOT_CONNECTED, dry_run=True)

    def close(self) -> None:
        pass  # holds no connection


class WaitingForTokenClient:
    """A workspace whose token the CRM refused: nothing is sent until an admin connects a new one."""

    def create_lead(self, body: str) -> CrmReceipt:
        raise CrmWaitingError(TOKEN_REFUSED, status_code=_UNAUTHORIZED)

    def close(self) -> None:
        pass  # holds no connection


class _WorkspaceClient:
    """A workspace's own CRM client; a 401 marks the connection and makes the lead wait."""

    def __init__(self, client: CrmClient, on_refused: Callable[[], None]) -> None:
        self._client = client
        self._on_refused = on_refused

    def create_lead(self, body: str) -> CrmReceipt:
        try:
            return self._client.create_lead(body)
        except CrmRejectedError as exc:
            if exc.status_code != _UNAUTHORIZED:
                raise
            self._on_refused()
            raise CrmWaitingError(TOKEN_REFUSED, status_code=_UNAUTHORIZED) from None

    def close(self) -> None:
        self._client.close()


@dataclass(frozen=True)
class _Cached:
    base_url: str
    token: str
    client: _WorkspaceClient


class WorkspaceCrms:
    """Many workspaces: each lead goes to its workspace's CRM, with that workspace's token."""

    def __init__(self, store: WorkspaceStore, build: Callable[[str, str], CrmClient], alerts: CrmTokenAlerts,
                 clock: Clock, *, team_key_of: Callable[[str], str] = lambda team_id: team_id) -> None:
        self._store = store
        self._build = build  # (base URL, token) -> a client that holds its own connections
        self._alerts = alerts
        self._clock = clock
        self._team_key_of = team_key_of  # an org install's connection is kept under its enterprise id
        self._clients: dict[str, _Cached] = {}
        self._retired: list[_WorkspaceClient] = []  # replaced while another thread may still be sending
        self._lock = threading.Lock()

    def for_team(self, team_id: str | None) -> CrmClient:
        if not team_id:
            return NotConnectedCrmClient()
        team_key = self._team_key_of(team_id)
        connection = self._store.connection(team_key)
        if connection is None:
            return NotConnectedCrmClient()
        if connection.state is CrmState.UNAUTHORIZED:
            return WaitingForTokenClient()
        with self._lock:
            cached = self._clients.get(team_key)
            if cached is not None and (cached.base_url, cached.token) == (connection.base_url, connection.token):
                return cached.client
            if cached is not None:
                self._retired.append(cached.client)
            client = _WorkspaceClient(self._build(connection.base_url, connection.token),
                                      lambda: self._token_refused(team_key))
            self._clients[team_key] = _Cached(connection.base_url, connection.token, client)
            return client

    def close(self) -> None:
        with self._lock:
            clients = [cached.client for cached in self._clients.values()] + self._retired
            self._clients, self._retired = {}, []
        for client in clients:
            client.close()

    def _token_refused(self, team_key: str) -> None:
        if not self._store.mark_crm_state(team_key, CrmState.UNAUTHORIZED, self._clock.now()):
            return  # another lead (or replica) saw the 401 first and told the admin
        log.warning("the CRM refused a workspace's token; its leads wait for a new one",
                    extra={"team_id": team_key})
        workspace = self._store.workspace(team_key)
        if workspace is not None:
            self._alerts.crm_token_refused(workspace)
