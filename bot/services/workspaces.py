"""Each workspace's CRM connection, as its admins (App Home) and operators (``workspaces crm``) set it.

Who may set it: the workspace's admins and owners, and the user who installed LeadBot there. Connecting
a token makes the workspace's leads that waited for one due at once, and wakes the delivery worker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from bot.domain.workspace import Workspace, clean_connection, clean_leads_channel
from bot.ports import Clock, WorkspaceStore

log = logging.getLogger(__name__)


class CrmConnections:
    def __init__(self, store: WorkspaceStore, clock: Clock, *, default_base_url: str,
                 on_queued: Callable[[], None] = lambda: None) -> None:
        self._store = store
        self._clock = clock
        self._default_base_url = default_base_url  # CRM_BASE_URL
        self._on_queued = on_queued

    @property
    def default_base_url(self) -> str:
        return self._default_base_url

    def workspace(self, team_key: str) -> Workspace | None:
        return self._store.workspace(team_key)

    def list(self) -> list[Workspace]:
        return self._store.list()

    def may_manage(self, team_key: str, user_id: str, *, is_admin: Callable[[], bool]) -> bool:
        """May ``user_id`` connect the workspace's CRM: the user who installed LeadBot there, or an admin
        or owner. ``is_admin`` asks Slack, so it is asked only when the installer check does not settle it."""
        workspace = self._store.workspace(team_key)
        if workspace is not None and workspace.installer_id == user_id:
            return True
        return is_admin()

    def set_leads_channel(self, team_key: str, channel: str) -> Workspace:
        """Post the workspace's delivered leads in ``channel`` (a channel id; empty: nowhere); raises
        WorkspaceError when it is not a channel."""
        cleaned = clean_leads_channel(channel)
        self._store.set_leads_channel(team_key, cleaned, self._clock.now())
        log.info("a workspace's leads channel was %s", "set" if cleaned else "turned off", extra={"team_id": team_key})
        workspace = self._store.workspace(team_key)
        assert workspace is not None  # just stored
        return workspace

    def leads_channel(self, team_key: str | None) -> str | None:
        """Where the workspace's delivered leads are posted; None when nowhere."""
        workspace = self._store.workspace(team_key) if team_key else None
        return workspace.leads_channel if workspace is not None else None

    def connect(self, team_key: str, *, token: str, base_url: str, agent_id: str) -> Workspace:
        """Store the workspace's connection (an empty base URL: CRM_BASE_URL); raises WorkspaceError naming
        the field that cannot be used. Its waiting leads go now."""
        request = clean_connection(token, base_url or self._default_base_url, agent_id)
        self._store.connect_crm(team_key, request, self._clock.now())
        log.info("a workspace's CRM connection was set", extra={"team_id": team_key})
        self._on_queued()
        workspace = self._store.workspace(team_key)
        assert workspace is not None  # just stored
        return workspace
