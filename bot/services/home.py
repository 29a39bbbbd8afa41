"""App Home's use case: what a rep's Home tab shows (their recent leads, this week's counts, their CRM
agent and where it comes from), and which reps have their Home open, so a lead's progress refreshes it.

The week is the calendar week in UTC: since Monday 00:00 UTC. A rep in another time zone sees the same
week as everyone else in the workspace, which is what a team comparing numbers wants.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from bot.domain.outbox import LeadRecord
from bot.domain.owners import AgentMapping
from bot.domain.workspace import Workspace
from bot.ports import Clock, LeadHistory
from bot.services.owners import LeadOwners
from bot.services.workspaces import CrmConnections

# Enough for the "at least the last 20", and few enough that each lead's section and buttons
# stay well inside a Home view's 100 blocks.
RECENT_LEADS = 25
# Reps whose Home this process refreshes when their leads change; the least recently seen are forgotten
# first (they see fresh data when they open Home again, whatever this process remembers).
_WATCHERS_MAX = 10_000


@dataclass(frozen=True)
class WeekCounts:
    """Of the leads a rep captured since ``since``: how many, how many the CRM has, how many it refused."""

    since: datetime
    captured: int = 0
    delivered: int = 0
    failed: int = 0


@dataclass(frozen=True)
class CrmPanel:
    """Many workspaces: the workspace's CRM connection as App Home shows it (None: never connected)."""

    workspace: Workspace | None


@dataclass(frozen=True)
class HomePage:
    """What one rep's Home tab shows. ``agent`` is None when they have no CRM agent and there is no
    default (their own leads cannot be sent until one is set)."""

    user_id: str
    leads: list[LeadRecord] = field(default_factory=list)
    week: WeekCounts | None = None
    agent: AgentMapping | None = None
    crm: CrmPanel | None = None  # only in many workspaces



def week_start(now: datetime) -> datetime:
    """Monday 00:00 UTC of ``now``'s week."""
    day = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return day - timedelta(days=day.weekday())


class HomeService:
    def __init__(self, history: LeadHistory, owners: LeadOwners, clock: Clock, *, recent: int = RECENT_LEADS,
                 connections: CrmConnections | None = None) -> None:
        self._connections = connections
        self._history = history
        self._owners = owners
        self._clock = clock
        self._recent = recent
        self._watchers: OrderedDict[tuple[str, str], None] = OrderedDict()
        self._lock = threading.Lock()

    def opened(self, team_id: str, user_id: str) -> HomePage:
        """The rep opened their Home tab: remember to refresh it, and give what it shows now. Raises
        StoreError when the database cannot be read."""
        with self._lock:
            self._watchers[(team_id, user_id)] = None
            self._watchers.move_to_end((team_id, user_id))
            while len(self._watchers) > _WATCHERS_MAX:
                self._watchers.popitem(last=False)
        return self.page(team_id, user_id)

    def watching(self, team_id: str, user_id: str) -> bool:
        """Has this rep opened their Home tab since this process started?"""
        with self._lock:
            return (team_id, user_id) in self._watchers

    def page(self, team_id: str, user_id: str) -> HomePage:
        """What the rep's Home tab shows now. Raises StoreError when the database cannot be read."""
        since = week_start(self._clock.now())
        counts = self._history.counts_for(team_id, user_id, since)
        week = WeekCounts(since, counts.get("captured", 0), counts.get("delivered", 0), counts.get("failed", 0))
        agent = self._owners.mapping_of(team_id, user_id)
        crm = CrmPanel(self._connections.workspace(team_id)) if self._connections is not None else None
        return HomePage(user_id, self._history.recent_for(team_id, user_id, self._recent), week, agent, crm)

    def readers_of(self, record: LeadRecord) -> list[tuple[str, str]]:
        """The reps (team, user) with their Home open whose list shows this lead: who captured it, and
        its owner."""
        if record.team_id is None:
            return []  # a lead from the terminal shell: nobody's Home lists it
        people = dict.fromkeys(user for user in (record.user_id, record.owner_id) if user)
        return [(record.team_id, user) for user in people if self.watching(record.team_id, user)]
