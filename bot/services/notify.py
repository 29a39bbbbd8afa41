"""Several notifiers as one: the rep's status message, their App Home, the team's leads channel."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from bot.domain.outbox import LeadRecord
from bot.ports import Notifier

log = logging.getLogger(__name__)


class Notifiers:
    """Tells each notifier in turn. A notifier must not raise; one that does is logged and the rest
    are still told, since a lead's delivery never waits on who is told about it."""

    def __init__(self, notifiers: Sequence[Notifier]) -> None:
        self._notifiers = tuple(notifiers)

    def lead_stored(self, record: LeadRecord) -> None:
        for notifier in self._notifiers:
            try:
                notifier.lead_stored(record)
            except Exception:
                log.exception("a notifier failed", extra={"lead_id": record.id})

    def lead_status_changed(self, record: LeadRecord) -> None:
        for notifier in self._notifiers:
            try:
                notifier.lead_status_changed(record)
            except Exception:
                log.exception("a notifier failed", extra={"lead_id": record.id})
