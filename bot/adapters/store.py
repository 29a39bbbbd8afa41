"""The lead store on SQLAlchemy 2 Core: SQLite by default, PostgreSQL through ``DATABASE_URL``."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, bindparam, func, or_, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from bot.adapters import migrate
from bot.adapters.db import (
    UtcDateTime,
    as_utc,
    create_store_engine,
    explain_failure,
    leads,
    not_writable,
    sqlite_unwritable,
)
from bot.domain.outbox import LeadRecord, LeadStatus, SlackMessageRef, contact_in, duplicate_keys
from bot.domain.surface import Surface
from bot.errors import StoreError

_DUE = (LeadStatus.PENDING.value, LeadStatus.RETRYING.value)
_UNDELIVERED = (*_DUE, LeadStatus.SENDING.value)
_STATUS_FIELDS = ("status", "attempts", "updated_at", "next_attempt_at", "lease_until", "crm_message",
                  "crm_response", "last_error")


def _due(now: Any) -> Any:
    return or_(
        (leads.c.status.in_(_DUE)) & (leads.c.next_attempt_at <= now),
        (leads.c.status == LeadStatus.SENDING.value) & (leads.c.lease_until < now),
    )


def _claim_statement() -> Any:
    """Built once, with bound parameters, so the hot path does no statement construction."""
    now = bindparam("now", type_=UtcDateTime())
    # A CTE, not "WHERE id IN (subquery)": PostgreSQL may run such a subquery more than once, and
    # each run would lock and claim further rows past the LIMIT.
    due = (
        select(leads.c.id)
        .where(_due(now))
        .order_by(leads.c.next_attempt_at)
        .limit(bindparam("size"))
        .with_for_update(skip_locked=True)
        .cte("due")
    )
    return (
        update(leads)
        .where(leads.c.id == due.c.id, _due(now))
        .values(status=LeadStatus.SENDING.value, lease_until=bindparam("lease_until", type_=UtcDateTime()),
                updated_at=now)
        .returning(*leads.c)
    )


_CLAIM = _claim_statement()


class SqlLeadStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        # Claims from this process's threads go one at a time, whatever the database: SQLite has one
        # writer, so a second claimer would only wait out a busy timeout; PostgreSQL needs no lock
        # (SKIP LOCKED keeps claimers apart), and a claim is one short statement, so it costs nothing there.
        self._claim_lock = threading.Lock()

    @classmethod
    def from_url(cls, url: str, *, writable: bool = True) -> SqlLeadStore:
        """Open (creating a SQLite file if need be) and migrate; ``writable=False`` for commands that
        only read, which a read-only SQLite file does not stop."""
        unwritable = sqlite_unwritable(url) if writable else None
        if unwritable is not None:
            raise StoreError(not_writable(unwritable, "LeadBot writes every lead it captures"))
        store = cls(create_store_engine(url))
        try:
            migrate.upgrade(store.engine)
        except SQLAlchemyError as exc:
            store.close()
            raise StoreError(explain_failure(url, exc)) from None
        return store

    @property
    def engine(self) -> Engine:
        return self._engine

    def close(self) -> None:
        self._engine.dispose()

    def add(self, record: LeadRecord) -> LeadRecord:
        try:
            with self._engine.begin() as conn:
                conn.execute(leads.insert().values(**lead_row(record)))
        except IntegrityError:
            existing = self._by_capture_key(record.capture_key)
            if existing is None:
                raise
            return existing
        except SQLAlchemyError as exc:
            raise StoreError(f"Could not save lead {record.id}: {type(exc).__name__}") from exc
        return record

    def get(self, lead_id: str) -> LeadRecord | None:
        try:
            with self._engine.connect() as conn:
                row = conn.execute(select(leads).where(leads.c.id == lead_id)).mappings().first()
        except SQLAlchemyError as exc:  # the Edit and Retry buttons tell the rep on StoreError
            raise StoreError(f"Could not read lead {lead_id}: {type(exc).__name__}") from exc
        return record_from_row(row) if row else None

    def _by_capture_key(self, key: str) -> LeadRecord | None:
        with self._engine.connect() as conn:
            row = conn.execute(select(leads).where(leads.c.capture_key == key)).mappings().first()
        return record_from_row(row) if row else None

    def claim_batch(self, now: datetime, lease: timedelta, size: int) -> list[LeadRecord]:
        """Mark up to ``size`` of the oldest due leads as sending, in one statement, and return them.

        PostgreSQL skips rows other workers hold (``FOR UPDATE SKIP LOCKED``); the outer condition
        repeats the due check, so a row another process claimed meanwhile is never taken twice."""
        params = {"now": now, "lease_until": now + lease, "size": size}
        with self._claim_lock, self._engine.begin() as conn:
            rows = conn.execute(_CLAIM, params).mappings().all()
        return sorted((record_from_row(row) for row in rows), key=lambda record: record.next_attempt_at)

    def next_due_at(self) -> datetime | None:
        """When the next lead falls due (or a lease runs out); read by the idle worker every second.

        One round trip, each part a single probe of the (status, next_attempt_at) index: a
        ``status IN (…)`` inside one MIN would let PostgreSQL walk past every delivered lead."""
        def earliest(column: Any, status: LeadStatus) -> Any:
            return select(func.min(column)).where(leads.c.status == status.value).scalar_subquery()

        with self._engine.connect() as conn:
            row = conn.execute(select(
                earliest(leads.c.next_attempt_at, LeadStatus.PENDING),
                earliest(leads.c.next_attempt_at, LeadStatus.RETRYING),
                earliest(leads.c.lease_until, LeadStatus.SENDING),
            )).one()
        moments = [moment for moment in map(as_utc, row) if moment is not None]
        return min(moments) if moments else None

    def save(self, record: LeadRecord) -> None:
        self.save_many([record])

    def save_many(self, records: list[LeadRecord]) -> None:
        """Write the status fields of several leads in one transaction."""
        if not records:
            return
        statement = (
            update(leads)
            .where(leads.c.id == bindparam("lead_id"))
            .values({name: bindparam(name) for name in _STATUS_FIELDS})
        )  # built per call: cheap next to the network, and bindparam names stay local
        rows = [{"lead_id": r.id, "status": r.status.value, "attempts": r.attempts, "updated_at": r.updated_at,
                 "next_attempt_at": r.next_attempt_at, "lease_until": None, "crm_message": r.crm_message,
                 "crm_response": r.crm_response, "last_error": r.last_error} for r in records]
        with self._engine.begin() as conn:
            conn.execute(statement, rows)

    def set_status_message(self, lead_id: str, ref: SlackMessageRef) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                update(leads).where(leads.c.id == lead_id)
                .values(status_channel=ref.channel, status_ts=ref.ts, status_post_until=None)  # posted: claim done
            )

    def mark_status_shown(self, lead_id: str, shown_at: datetime) -> None:
        shown = leads.c.status_shown_at
        with self._engine.begin() as conn:
            conn.execute(update(leads).where(leads.c.id == lead_id, or_(shown.is_(None), shown < shown_at))
                         .values(status_shown_at=shown_at))

    def claim_status_post(self, lead_id: str, now: datetime, until: datetime, replacing: str | None = None) -> bool:
        held = leads.c.status_post_until
        unposted = leads.c.status_ts.is_(None) if replacing is None else or_(
            leads.c.status_ts.is_(None), leads.c.status_ts == replacing)
        with self._engine.begin() as conn:
            changed = conn.execute(
                update(leads)
                .where(leads.c.id == lead_id, unposted, or_(held.is_(None), held < now))
                .values(status_post_until=until))
        return changed.rowcount == 1

    def release_status_post(self, lead_id: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(update(leads).where(leads.c.id == lead_id).values(status_post_until=None))

    def status_behind(self, *, since: datetime, before: datetime, limit: int) -> list[LeadRecord]:
        shown = leads.c.status_shown_at
        query = (
            select(leads)
            .where(leads.c.updated_at >= since, leads.c.updated_at < before,
                   leads.c.surface != Surface.SHELL.value, or_(shown.is_(None), shown < leads.c.updated_at))
            .order_by(leads.c.updated_at)
            .limit(limit)
        )
        with self._engine.connect() as conn:
            return [record_from_row(row) for row in conn.execute(query).mappings().all()]

    def resubmit(self, lead_id: str, body: str | None, now: datetime) -> LeadRecord | None:
        """Queue a failed lead again, with a new body (edited) or the same one (retried)."""
        values: dict[str, Any] = {}
        if body is not None:
            email_key, phone_key = duplicate_keys(contact_in(body))
            values = {"body": body, "email_key": email_key, "phone_key": phone_key}
        try:
            with self._engine.begin() as conn:
                changed = conn.execute(
                    update(leads)
                    .where(leads.c.id == lead_id, leads.c.status == LeadStatus.FAILED.value)
                    .values(**values, **self._requeued(now))
                )
        except SQLAlchemyError as exc:  # the lead form keeps a resend open on StoreError
            raise StoreError(f"Could not queue lead {lead_id} again: {type(exc).__name__}") from exc
        if changed.rowcount != 1:
            return None
        return self.get(lead_id)

    def fail_workspace(self, team_key: str, reason: str, now: datetime) -> int:
        """Mark the workspace's undelivered leads failed with ``reason`` (it was uninstalled)."""
        with self._engine.begin() as conn:
            return conn.execute(
                update(leads)
                .where(leads.c.team_id == team_key, leads.c.status.in_(_UNDELIVERED))
                .values(status=LeadStatus.FAILED.value, last_error=reason, updated_at=now, lease_until=None)
            ).rowcount

    def send_dry_run(self, lead_id: str, body: str, now: datetime) -> bool:
        """Queue a lead stored in a dry run for real delivery, with ``body`` (the configured agent's)."""
        with self._engine.begin() as conn:
            return conn.execute(
                update(leads)
                .where(leads.c.id == lead_id, leads.c.status == LeadStatus.DRY_RUN.value)
                .values(body=body, dry_run=False, **self._requeued(now))
            ).rowcount == 1

    def retry_failed(self, now: datetime) -> int:
        with self._engine.begin() as conn:
            return conn.execute(
                update(leads).where(leads.c.status == LeadStatus.FAILED.value).values(**self._requeued(now))
            ).rowcount

    @staticmethod
    def _requeued(now: datetime) -> dict[str, Any]:
        return {"status": LeadStatus.PENDING.value, "attempts": 0, "queued_at": now, "updated_at": now,
                "next_attempt_at": now, "last_error": None, "crm_message": None, "crm_response": None}

    def list(self, status: LeadStatus | None = None, limit: int = 50) -> list[LeadRecord]:
        query = select(leads).order_by(leads.c.created_at.desc()).limit(limit)
        if status is not None:
            query = query.where(leads.c.status == status.value)
        with self._engine.connect() as conn:
            return [record_from_row(row) for row in conn.execute(query).mappings().all()]

    def count_by_status(self) -> dict[str, int]:
        with self._engine.connect() as conn:
            rows = conn.execute(select(leads.c.status, func.count()).group_by(leads.c.status)).all()
        return {status: count for status, count in rows}


def lead_row(record: LeadRecord) -> dict[str, Any]:
    email_key, phone_key = record.duplicate_keys()
    return {
        "id": record.id,
        "capture_key": record.capture_key,
        "status": record.status.value,
        "body": record.body,
        "surface": record.surface.value,
        "team_id": record.team_id,
        "channel_id": record.channel_id,
        "thread_ts": record.thread_ts,
        "user_id": record.user_id,
        "attempts": record.attempts,
        "created_at": record.created_at,
        "queued_at": record.queued_at,
        "updated_at": record.updated_at,
        "next_attempt_at": record.next_attempt_at,
        "crm_message": record.crm_message,
        "crm_response": record.crm_response,
        "last_error": record.last_error,
        "dry_run": record.dry_run,
        "status_channel": record.status_message.channel if record.status_message else None,
        "status_ts": record.status_message.ts if record.status_message else None,
        "owner_id": record.owner_id,
        "email_key": email_key,
        "phone_key": phone_key,
    }


def _surface(stored: str) -> Surface:
    """A surface this version does not know (written by a newer one, say) reads as the form's: its
    status then goes to the rep's DM, where any Slack lead's may go, and reading never fails on it."""
    try:
        return Surface(stored)
    except ValueError:
        return Surface.MODAL


def record_from_row(row: Any) -> LeadRecord:
    ref = SlackMessageRef(row["status_channel"], row["status_ts"]) if row["status_ts"] else None
    return LeadRecord(
        id=row["id"],
        capture_key=row["capture_key"],
        status=LeadStatus(row["status"]),
        body=row["body"],
        surface=_surface(row["surface"]),
        team_id=row["team_id"],
        channel_id=row["channel_id"],
        thread_ts=row["thread_ts"],
        user_id=row["user_id"],
        attempts=row["attempts"],
        created_at=as_utc(row["created_at"]) or datetime.now(UTC),
        queued_at=as_utc(row["queued_at"]) or datetime.now(UTC),
        updated_at=as_utc(row["updated_at"]) or datetime.now(UTC),
        next_attempt_at=as_utc(row["next_attempt_at"]) or datetime.now(UTC),
        crm_message=row["crm_message"],
        crm_response=row["crm_response"],
        last_error=row["last_error"],
        dry_run=bool(row["dry_run"]),
        status_message=ref,
        owner_id=row["owner_id"],
    )
