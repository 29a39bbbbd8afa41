"""Before a lead is created: has this workspace captured the same person lately? LeadBot's own memory
of the leads it stored (the CRM offers no search), by email (any case) or E.164 phone, within
DUPLICATE_WINDOW_DAYS."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

from bot.domain.duplicates import DuplicateLead, agent_name_in, matched_by
from bot.domain.outbox import duplicate_keys
from bot.ports import Clock, LeadHistory, UserNames

SOMEONE = "a teammate"  # who captured it, when neither Slack nor the lead says


class DuplicateCheck:
    def __init__(self, history: LeadHistory, clock: Clock, *, window: timedelta,
                 names: UserNames | None = None) -> None:
        self._history = history
        self._clock = clock
        self._window = window  # zero: the check is off
        self._names = names

    def find(self, team_id: str | None, contact: Mapping[str, str], *, user_id: str, capture_key: str,
             accepted: str = "") -> DuplicateLead | None:
        """The newest earlier lead of the workspace for the same email or phone, unless it is the one
        the rep already chose to create anyway (``accepted``, its id). The capture ``capture_key``
        itself (a double submit, a Slack retry) is the same lead, never its own duplicate."""
        if not self._window:
            return None
        email_key, phone_key = duplicate_keys(dict(contact))
        if not email_key and not phone_key:
            return None
        earlier = self._history.earlier_lead(team_id, email_key=email_key, phone_key=phone_key,
                                             since=self._clock.now() - self._window,
                                             excluding_capture_key=capture_key)
        if earlier is None or earlier.id == accepted:
            return None
        return DuplicateLead(
            lead_id=earlier.id,
            lead_name=earlier.who() or "This lead",
            captured_by="you" if earlier.user_id == user_id
            else self._name_of(earlier.user_id, agent_name_in(earlier), team_id or ""),
            captured_at=earlier.created_at,
            status=earlier.status,
            same=matched_by(earlier, email_key, phone_key),
        )

    def _name_of(self, user_id: str, recorded: str | None, team: str) -> str:
        if self._names is None:
            return recorded or SOMEONE
        name = self._names.name(user_id, recorded or "", team=team)
        # UserNames falls back to the bare id; a name is friendlier, and an id is no name.
        return SOMEONE if not name or name == user_id else name
