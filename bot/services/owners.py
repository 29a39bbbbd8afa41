"""Lead owners: which CRM agent a Slack user's leads go to, and how reps and admins set it.

Most specific first (``bot.domain.owners.choose``): what a rep set for themselves in App Home, what an
admin imported from CSV, then the default: in many workspaces, the default agent of the workspace's CRM
connection when it has one; else ``CRM_AGENT_ID`` (in a dry run, the placeholder agent).
"""

from __future__ import annotations

import logging

from bot.domain.owners import AgentMapping, ImportRow, OwnerSource, StoredMapping, choose, clean_agent_id
from bot.errors import OwnerError
from bot.ports import Clock, OwnerStore, UsersByEmail, WorkspaceStore

log = logging.getLogger(__name__)

NO_TEAM = ""  # the terminal shell has no workspace: only the default applies there


def no_agent_message(owner_id: str, *, is_rep: bool) -> str:
    """What a rep is told when a lead's owner has no CRM agent: said once, for every surface."""
    who = "You have" if is_rep else "The owner you chose has"
    fix = ("set \u201cMy CRM agent ID\u201d in LeadBot's App Home" if is_rep
           else "pick another owner, or ask them to set \u201cMy CRM agent ID\u201d in LeadBot's App Home")
    return (f"{who} no CRM agent yet, so this lead has nowhere to go and was not saved: {fix}, or ask your "
            "LeadBot admin to import an owners file or set CRM_AGENT_ID.")


class LeadOwners:
    def __init__(self, store: OwnerStore, clock: Clock, *, default_agent: str | None,
                 workspaces: WorkspaceStore | None = None) -> None:
        self._store = store
        self._clock = clock
        self._default = default_agent
        self._workspaces = workspaces  # many workspaces: each connection's default agent

    @property
    def default_agent(self) -> str | None:
        """The agent of everyone unmapped (``CRM_AGENT_ID``), if there is one."""
        return self._default

    def mapping_of(self, team_id: str | None, user_id: str) -> AgentMapping | None:
        """``user_id``'s CRM agent and where it came from; None when there is none and no default."""
        stored = self._store.agents_of(team_id, user_id) if team_id else {}
        return choose(stored, self.default_for(team_id), user_id)

    def default_for(self, team_id: str | None) -> str | None:
        """The agent of the workspace's unmapped reps: its CRM connection's default agent, when it is
        connected and has one; else ``CRM_AGENT_ID`` (or the dry run's placeholder)."""
        if self._workspaces is not None and team_id:
            workspace = self._workspaces.workspace(team_id)
            if workspace is not None and workspace.connected and workspace.agent_id:
                return workspace.agent_id
        return self._default

    def agent_for(self, team_id: str | None, owner_id: str, *, rep_id: str) -> str:
        """The owner's agent id; raises OwnerError (with what the rep can do) when there is none."""
        mapping = self.mapping_of(team_id, owner_id)
        if mapping is None:
            raise OwnerError(no_agent_message(owner_id, is_rep=owner_id == rep_id))
        return mapping.agent_id

    def set_own(self, team_id: str, user_id: str, raw: str) -> AgentMapping | None:
        """What a rep set for themselves in App Home; an empty value removes it. Returns the mapping that
        applies now. Raises OwnerError for an agent id that cannot be used."""
        agent_id = clean_agent_id(raw) if raw.strip() else None
        self._store.set_own(team_id, user_id, agent_id, self._clock.now())
        log.info("a rep set their own CRM agent" if agent_id else "a rep removed their own CRM agent")
        return self.mapping_of(team_id, user_id)

    def import_rows(self, team_id: str, rows: list[ImportRow], people: UsersByEmail | None) -> int:
        """Replace the workspace's imported mapping with ``rows``, all or nothing. Rows that name a
        person by email are matched with ``people``; every row that cannot be used is reported, by line,
        in one OwnerError, and then nothing is stored."""
        problems: list[str] = []
        resolved: list[tuple[str, str, str | None]] = []
        first_line: dict[str, int] = {}
        for row in rows:
            user_id, imported_as = row.slack_user, None
            if row.is_email:
                if people is None:
                    problems.append(f"line {row.line}: an email needs a bot token (SLACK_BOT_TOKEN, or LeadBot "
                                    "installed in this workspace) to be matched to a Slack user; use the "
                                    "user id (U\u2026) instead")
                    continue
                found = people.user_by_email(row.slack_user)
                if found is None:
                    problems.append(f"line {row.line}: Slack has no user with this email in the workspace")
                    continue
                user_id, imported_as = found, row.slack_user
            if user_id in first_line:
                problems.append(f"line {row.line}: {user_id} is already on line {first_line[user_id]}")
                continue
            first_line[user_id] = row.line
            resolved.append((user_id, row.agent_id, imported_as))
        if problems:
            raise OwnerError("the owners file was not imported:\n" + "\n".join(f"  {p}" for p in problems))
        stored = self._store.replace_imported(team_id, resolved, self._clock.now())
        log.info("lead owners imported", extra={"rows": stored})
        return stored

    def entries(self, team_id: str | None = None) -> list[StoredMapping]:
        """Every stored mapping (self and imported), by workspace, user and source."""
        return self._store.entries(team_id)

    def own_agent(self, team_id: str, user_id: str) -> str | None:
        """What the rep set for themselves, if anything (for the App Home setting's form)."""
        return self._store.agents_of(team_id, user_id).get(OwnerSource.SELF)
