"""Deliver the outbox: take the next due lead, post it to the CRM, record and show the outcome."""

from __future__ import annotations

import json
import logging
import random
from datetime import timedelta

from bot.domain.outbox import LeadRecord, LeadStatus, RetryPolicy
from bot.errors import CrmRejectedError, CrmTransientError
from bot.faults import AFTER_CRM_ACCEPTED, crash_point
from bot.ports import Clock, CrmClient, LeadStore, Metrics, Notifier, NullMetrics

log = logging.getLogger(__name__)

# A claimed lead whose worker died is claimable again after this long; longer than any CRM timeout.
DEFAULT_LEASE = timedelta(minutes=2)


class LeadDelivery:
    def __init__(
        self,
        store: LeadStore,
        crm: CrmClient,
        notifier: Notifier,
        clock: Clock,
        *,
        policy: RetryPolicy | None = None,
        lease: timedelta = DEFAULT_LEASE,
        rng: random.Random | None = None,
        metrics: Metrics | None = None,
    ) -> None:
        self._metrics = metrics or NullMetrics()
        self._store = store
        self._crm = crm
        self._notifier = notifier
        self._clock = clock
        self._policy = policy or RetryPolicy()
        self._lease = lease
        self._rng = rng or random.Random()

    def deliver_due(self, limit: int | None = None) -> int:
        """Deliver every lead that is due now (at most ``limit``); returns how many were attempted."""
        count = 0
        while limit is None or count < limit:
            if self.deliver_next() is None:
                break
            count += 1
        return count

    def deliver_next(self) -> LeadRecord | None:
        record = self._store.claim_due(self._clock.now(), self._lease)
        if record is None:
            return None
        self._notifier.lead_status_changed(record)
        outcome = self._attempt(record)
        self._store.save(outcome)
        latency = (outcome.updated_at - outcome.created_at).total_seconds()
        self._metrics.delivery_attempted(outcome.status.value,
                                         latency if outcome.status is LeadStatus.DELIVERED else None)
        self._notifier.lead_status_changed(outcome)
        return outcome

    def _attempt(self, record: LeadRecord) -> LeadRecord:
        attempts = record.attempts + 1
        try:
            receipt = self._crm.create_lead(record.body)
        except CrmTransientError as exc:
            now = self._clock.now()
            if self._policy.expired(record.queued_at, now):
                log.warning("lead failed: retries exhausted", extra={"lead_id": record.id, "attempts": attempts})
                return record.evolve(
                    status=LeadStatus.FAILED, attempts=attempts, updated_at=now,
                    last_error=f"Gave up after {attempts} attempts: {exc.message}",
                )
            delay = self._policy.delay(attempts, exc.retry_after, self._rng)
            log.info(
                "lead delivery will be retried",
                extra={"lead_id": record.id, "attempts": attempts, "delay_s": round(delay.total_seconds(), 1)},
            )
            return record.evolve(
                status=LeadStatus.RETRYING, attempts=attempts, updated_at=now,
                next_attempt_at=now + delay, last_error=exc.message,
            )
        except CrmRejectedError as exc:
            log.warning("lead rejected by the CRM", extra={"lead_id": record.id, "status_code": exc.status_code})
            return record.evolve(
                status=LeadStatus.FAILED, attempts=attempts, updated_at=self._clock.now(), last_error=exc.message
            )
        crash_point(AFTER_CRM_ACCEPTED)
        log.info("lead delivered", extra={"lead_id": record.id, "attempts": attempts, "dry_run": receipt.dry_run})
        return record.evolve(
            status=LeadStatus.DELIVERED, attempts=attempts, updated_at=self._clock.now(),
            crm_message=receipt.message, crm_response=_as_json(receipt.data), last_error=None,
        )


def _as_json(data: object) -> str | None:
    if data is None:
        return None
    try:
        return json.dumps(data, ensure_ascii=False)[:10_000]
    except (TypeError, ValueError):
        return json.dumps(str(data))[:10_000]
