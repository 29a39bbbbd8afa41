"""Capture a lead: assemble its body and store it as pending, before Slack is answered; once Slack
has been answered, show the rep its status and wake the delivery worker (``announce``).

The order is this module's to keep: ``prepare`` (the row), storing it (here by ``capture``, or by the
chat service in the transaction that confirms the conversation), ``stored`` (counted once), and
``announce`` after the surface has answered. Surfaces call services that do all of it.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from bot.domain.assembly import CaptureContext, build_lead
from bot.domain.contact import Contact
from bot.domain.lead import CreateLeadRequest
from bot.domain.outbox import LeadRecord, LeadStatus
from bot.ports import Clock, LeadStore, Metrics, Notifier, NullMetrics
from bot.services.owners import LeadOwners

log = logging.getLogger(__name__)


class LeadCapture:
    def __init__(
        self,
        store: LeadStore,
        clock: Clock,
        notifier: Notifier,
        *,
        owners: LeadOwners,
        dry_run: bool,
        new_id: Callable[[], str] = lambda: str(uuid.uuid4()),
        on_queued: Callable[[], None] = lambda: None,
        metrics: Metrics | None = None,
    ) -> None:
        self._metrics = metrics or NullMetrics()
        self._store = store
        self._clock = clock
        self._notifier = notifier
        self._owners = owners
        self._dry_run = dry_run
        self._new_id = new_id
        self._on_queued = on_queued

    def capture(self, contact: Contact, context: CaptureContext, *, capture_key: str,
                note: str | None = None) -> LeadRecord:
        """Store the lead. The same ``capture_key`` (a double submit) gives back the first lead."""
        record = self.prepare(contact, context, capture_key=capture_key, note=note)
        stored = self._store.add(record)
        self.stored(stored, fresh=stored.id == record.id)
        return stored

    def stored(self, record: LeadRecord, *, fresh: bool = True) -> None:
        """Record that a prepared lead reached the outbox (by ``capture`` or with a conversation)."""
        if fresh:
            self._metrics.lead_captured(record.surface)
            log.info("lead captured", extra={"lead_id": record.id, "surface": record.surface})
        else:
            log.info("duplicate capture ignored", extra={"lead_id": record.id})

    def prepare(self, contact: Contact, context: CaptureContext, *, capture_key: str,
                note: str | None = None) -> LeadRecord:
        """The outbox row for a new lead, not yet stored: its body, with a fresh stable activity id.
        Raises OwnerError, before anything is stored, when the lead's owner has no CRM agent."""
        now = self._clock.now()
        lead_id = self._new_id()
        body = self._body(contact, context, activity_id=lead_id, now=now, note=note)
        record = LeadRecord(
            id=lead_id,
            capture_key=capture_key,
            status=LeadStatus.PENDING,
            body=body.to_json(),
            surface=context.surface,
            user_id=context.user_id,
            team_id=context.team_id,
            channel_id=context.channel_id,
            thread_ts=context.thread_ts,
            created_at=now,
            updated_at=now,
            next_attempt_at=now,
            queued_at=now,
            dry_run=self._dry_run,
            owner_id=context.owner_id,
        )
        return record

    def _body(self, contact: Contact, context: CaptureContext, *, activity_id: str, now: datetime,
              note: str | None = None) -> CreateLeadRequest:
        """The request body, owned by the owner's agent; the rep's notes carry the rep's own agent."""
        agent_id = self._owners.agent_for(context.team_id, context.owner, rep_id=context.user_id)
        rep = self._owners.mapping_of(context.team_id, context.user_id)
        return build_lead(contact, context, agent_id=agent_id, rep_agent_id=rep.agent_id if rep else None,
                          activity_id=activity_id, now=now, note=note)

    def resubmit(self, lead_id: str, contact: Contact, context: CaptureContext) -> LeadRecord | None:
        """An edited lead after a rejection: same lead, activity id and owner, new body, queued again.
        Raises OwnerError when the owner has no CRM agent any more. None when the lead is not failed, or
        is another workspace's than the form's (a crafted payload)."""
        stored = self._of_team(lead_id, context.team_id)
        if stored is None:
            return None
        context = replace(context, owner_id=stored.owner_id)
        now = self._clock.now()
        body = self._body(contact, context, activity_id=lead_id, now=now)
        record = self._store.resubmit(lead_id, body.to_json(), now)
        if record is not None:
            log.info("lead resubmitted", extra={"lead_id": lead_id})
        return record

    def retry(self, lead_id: str, team_id: str | None) -> LeadRecord | None:
        """Queue a failed lead of workspace ``team_id`` again exactly as it was (say, after the CRM's token
        was fixed), show the rep, and wake the worker; None when the lead is not failed (a double click)
        or is another workspace's."""
        if self._of_team(lead_id, team_id) is None:
            return None
        record = self._store.resubmit(lead_id, None, self._clock.now())
        if record is not None:
            log.info("lead queued again", extra={"lead_id": lead_id})
            self.announce(record, fresh=False)
        return record

    def failed_lead(self, lead_id: str, team_id: str | None) -> LeadRecord | None:
        """The lead, if it is workspace ``team_id``'s and failed, and so may be edited and sent again."""
        record = self._of_team(lead_id, team_id)
        return record if record is not None and record.status is LeadStatus.FAILED else None

    def _of_team(self, lead_id: str, team_id: str | None) -> LeadRecord | None:
        """The lead, if it is workspace ``team_id``'s: a payload naming another workspace's lead id gets
        nothing, as if there were no such lead."""
        record = self._store.get(lead_id)
        if record is not None and record.team_id != team_id:
            log.warning("refused a lead of another workspace", extra={"lead_id": lead_id, "team_id": team_id})
            return None
        return record

    def announce(self, record: LeadRecord, *, fresh: bool = True) -> None:
        """After Slack has been answered: show the rep the lead's status (a first message for a
        ``fresh`` lead, else an update) and tell the delivery worker there is work."""
        if fresh:
            self._notifier.lead_stored(record)
        else:
            self._notifier.lead_status_changed(record)
        self._on_queued()
