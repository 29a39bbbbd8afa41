"""A workspace uninstalls LeadBot (or revokes its bot token): forget its secrets at once, and fail its
undelivered leads with the reason, so an operator sees them in ``outbox list`` instead of losing them."""

from __future__ import annotations

import logging
from collections.abc import Callable

from bot.ports import Clock, Installations, LeadStore

log = logging.getLogger(__name__)

UNINSTALLED_REASON = "LeadBot was uninstalled from this workspace"


class WorkspaceRemoval:
    def __init__(self, installations: Installations, store: LeadStore, clock: Clock,
                 on_removed: Callable[[str], None] = lambda team_key: None) -> None:
        """``on_removed(team_key)`` lets go of what was held for the workspace (its cached Slack client)."""
        self._installations = installations
        self._store = store
        self._clock = clock
        self._on_removed = on_removed

    def remove(self, team_key: str) -> int:
        """Forget the workspace; returns how many of its leads were failed."""
        now = self._clock.now()
        self._installations.remove(team_key, now)  # tokens and CRM secret first: nothing may use them now
        self._on_removed(team_key)
        failed = self._store.fail_workspace(team_key, UNINSTALLED_REASON, now)
        log.warning("workspace uninstalled: its tokens are removed", extra={"team_id": team_key,
                                                                            "failed_leads": failed})
        return failed
