"""Deliver the outbox: claim due leads, post them to the CRM, record and show the outcomes.

Leads are claimed in batches (one statement) and, while the CRM is slow to answer, posted by a small
pool of threads, so a batch is not held back by one round trip at a time; outcomes of a batch are
written in one transaction. ``concurrency=1`` gives strictly one request at a time.
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from bot.domain.outbox import LeadRecord, LeadStatus, RetryPolicy
from bot.errors import CrmRejectedError, CrmTransientError, CrmWaitingError
from bot.faults import AFTER_CRM_ACCEPTED, crash_point
from bot.ports import Clock, CrmClient, CrmClients, LeadStore, Metrics, Notifier, NullMetrics

log = logging.getLogger(__name__)

# A claimed lead whose worker died is claimable again after this long; longer than any CRM timeout.
DEFAULT_LEASE = timedelta(minutes=5)
# Threads pay off only when the CRM keeps us waiting; for answers faster than this (a CRM next
# door), switching between sender threads costs more than it saves, so a batch goes out in order.
_PARALLEL_ABOVE = 0.005
# The most leads one claim takes: enough to keep the sender threads busy for a round trip or two, few
# enough that a worker stopped mid-batch leaves little waiting to go back to the queue.
_MAX_BATCH = 64
# How much the latest attempt moves the typical attempt time (an exponential moving average): a few
# slow answers in a row are enough to switch a batch to parallel sending, one is not.
_LATEST_ATTEMPT_WEIGHT = 0.2
# The most of the CRM's answer (as JSON text) kept with a delivered lead: room for any id and message
# the CRM sends, and a bound on what one odd answer can put in the database.
MAX_CRM_RESPONSE = 10_000
# How often a lead that waits for a workspace's new CRM token looks again (no CRM request is made while
# the token is known to be refused); connecting a new token sends the waiting leads at once anyway.
TOKEN_WAIT = timedelta(minutes=1)


class OneCrm:
    """A single workspace: every lead goes to the same CRM client (or dry run)."""

    def __init__(self, client: CrmClient) -> None:
        self._client = client

    def for_team(self, team_id: str | None) -> CrmClient:
        return self._client

    def close(self) -> None:
        self._client.close()


class LeadDelivery:
    def __init__(
        self,
        store: LeadStore,
        crms: CrmClients,
        notifier: Notifier,
        clock: Clock,
        *,
        policy: RetryPolicy | None = None,
        lease: timedelta = DEFAULT_LEASE,
        rng: random.Random | None = None,
        metrics: Metrics | None = None,
        concurrency: int = 4,
        attempt_timeout: float = 10.0,
    ) -> None:
        self._metrics = metrics or NullMetrics()
        self._concurrency = max(1, concurrency)
        # A batch must finish well inside its lease even if every attempt hits the CRM timeout,
        # or another worker could claim leads this one is still sending.
        worst_case_rounds = lease.total_seconds() / (2 * max(attempt_timeout, 0.001))
        self._batch = max(1, min(_MAX_BATCH, int(self._concurrency * worst_case_rounds)))
        self._pool = ThreadPoolExecutor(self._concurrency, thread_name_prefix="leadbot-send") \
            if self._concurrency > 1 else None
        self._typical_attempt = 1.0  # seconds; start by assuming a slow CRM, so parallel
        self._stopping = threading.Event()
        self._store = store
        self._crms = crms
        self._notifier = notifier
        self._clock = clock
        self._policy = policy or RetryPolicy()
        self._lease = lease
        self._rng = rng or random.Random()

    def deliver_due(self, limit: int | None = None) -> int:
        """Deliver every lead that is due now (at most ``limit``); returns how many were attempted."""
        count = 0
        while (limit is None or count < limit) and not self._stopping.is_set():
            size = self._batch if limit is None else min(self._batch, limit - count)
            outcomes = self._deliver_batch(size)
            if not outcomes:
                break
            count += len(outcomes)
        return count

    def stop(self) -> None:
        """Finish the requests already on the wire, send nothing new: a batch's unsent leads go back
        to the queue at once instead of waiting out their lease."""
        self._stopping.set()

    def close(self) -> None:
        self.stop()
        if self._pool is not None:
            self._pool.shutdown(wait=True)

    def _deliver_batch(self, size: int) -> list[LeadRecord]:
        claimed = self._store.claim_batch(self._clock.now(), self._lease, size)
        for record in claimed:
            self._notifier.lead_status_changed(record)
        if self._pool is not None and len(claimed) > 1 and self._typical_attempt > _PARALLEL_ABOVE:
            outcomes = list(self._pool.map(self._attempt, claimed))
        else:
            outcomes = [self._attempt(record) for record in claimed]
        self._store.save_many(outcomes)
        for outcome in outcomes:
            latency = (outcome.updated_at - outcome.created_at).total_seconds()
            self._metrics.delivery_attempted(outcome.status.value,
                                             latency if outcome.status is LeadStatus.DELIVERED else None)
            self._notifier.lead_status_changed(outcome)
        return outcomes

    def _attempt(self, record: LeadRecord) -> LeadRecord:
        if self._stopping.is_set():
            return record.evolve(status=LeadStatus.PENDING, updated_at=self._clock.now())
        started = time.perf_counter()
        try:
            return self._attempt_once(record)
        finally:
            # A moving average of how long the CRM takes; races between sender threads only blur it.
            took = time.perf_counter() - started
            self._typical_attempt += _LATEST_ATTEMPT_WEIGHT * (took - self._typical_attempt)

    def _attempt_once(self, record: LeadRecord) -> LeadRecord:
        attempts = record.attempts + 1
        try:
            receipt = self._crms.for_team(record.team_id).create_lead(record.body)
        except CrmWaitingError as exc:
            # Not a failure of the lead: it waits, however long, for the workspace's new token (the
            # retry policy's age is not checked); connecting one starts a new delivery round.
            now = self._clock.now()
            log.info("lead waits for the workspace's CRM token", extra={"lead_id": record.id})
            return record.evolve(status=LeadStatus.RETRYING, attempts=attempts, updated_at=now,
                                 next_attempt_at=now + TOKEN_WAIT, last_error=exc.message)
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
        log.info("lead kept as a dry run" if receipt.dry_run else "lead delivered",
                 extra={"lead_id": record.id, "attempts": attempts})
        return record.evolve(
            # A dry run sent nothing: its own status, so the lead can still be sent once the CRM is set.
            status=LeadStatus.DRY_RUN if receipt.dry_run else LeadStatus.DELIVERED,
            attempts=attempts, updated_at=self._clock.now(),
            crm_message=receipt.message, crm_response=crm_response_json(receipt.data), last_error=None,
        )


def crm_response_json(data: object) -> str | None:
    """The CRM's ``data`` as the lead keeps it: JSON that always parses, at most ``MAX_CRM_RESPONSE``
    characters. An answer too long to keep whole becomes ``{"truncated": true, "start": "…"}``, the start
    of its JSON text as a string, rather than a cut that no JSON reader would take."""
    if data is None:
        return None
    try:
        whole = json.dumps(data, ensure_ascii=False)
    except (TypeError, ValueError):  # not JSON-shaped (the CRM client hands over parsed JSON, but still)
        whole = json.dumps(str(data), ensure_ascii=False)
    if len(whole) <= MAX_CRM_RESPONSE:
        return whole

    def cut(kept: int) -> str:
        return json.dumps({"truncated": True, "start": whole[:kept]}, ensure_ascii=False)

    # The longest start that fits once escaped again (a quote or backslash doubles, a control character
    # grows sixfold), found by halving: a longer start never escapes shorter.
    low, high = 0, MAX_CRM_RESPONSE
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if len(cut(middle)) <= MAX_CRM_RESPONSE else (low, middle - 1)
    return cut(low)
