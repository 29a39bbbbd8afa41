"""Each workspace's CRM connection in the ``workspaces`` table (migration 0007). The token is sealed with
SecretBox (LEADBOT_SECRET_KEY) before it is written and opened only for the client that sends leads."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, RowMapping, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from bot.adapters.db import as_utc, leads, workspaces
from bot.adapters.secrets import SecretBox
from bot.domain.outbox import LeadStatus
from bot.domain.workspace import ConnectRequest, CrmConnection, CrmState, Workspace
from bot.errors import StoreError


class SqlWorkspaceStore:
    def __init__(self, engine: Engine, box: SecretBox) -> None:
        self._engine = engine
        self._box = box

    def workspace(self, team_key: str) -> Workspace | None:
        row = self._row(team_key)
        return _workspace(row) if row is not None else None

    def connection(self, team_key: str) -> CrmConnection | None:
        row = self._row(team_key)
        if row is None or row["uninstalled_at"] is not None or not row["crm_token"] or not row["crm_base_url"]:
            return None
        return CrmConnection(team_key, row["crm_base_url"], self._box.open(row["crm_token"]), row["agent_id"],
                             CrmState(row["crm_state"] or CrmState.OK))

    def connect_crm(self, team_key: str, request: ConnectRequest, now: datetime) -> None:
        values = {"crm_base_url": request.base_url, "crm_token": self._box.seal(request.token),
                  "agent_id": request.agent_id, "crm_state": CrmState.OK.value, "uninstalled_at": None,
                  "updated_at": now}
        with self._writing("store the CRM connection") as conn:
            self._upsert(conn, team_key, values)
            # Leads that waited for a working token go now, not at their next retry, in a new delivery
            # round: the wait does not count against the retry policy's age.
            conn.execute(update(leads).where(leads.c.team_id == team_key,
                                             leads.c.status == LeadStatus.RETRYING.value)
                         .values(next_attempt_at=now, queued_at=now))

    def mark_crm_state(self, team_key: str, state: CrmState, now: datetime) -> bool:
        with self._writing("mark the CRM connection") as conn:
            changed = conn.execute(update(workspaces)
                                   .where(workspaces.c.team_key == team_key,
                                          workspaces.c.crm_state.is_distinct_from(state.value))
                                   .values(crm_state=state.value, updated_at=now))
            return changed.rowcount == 1

    def set_installer(self, team_key: str, user_id: str, now: datetime) -> None:
        with self._writing("store the installer") as conn:
            self._upsert(conn, team_key, {"installer_id": user_id, "updated_at": now})

    def set_leads_channel(self, team_key: str, channel: str | None, now: datetime) -> None:
        with self._writing("store the leads channel") as conn:
            self._upsert(conn, team_key, {"leads_channel": channel, "updated_at": now})

    def list(self) -> list[Workspace]:
        try:
            with self._engine.connect() as conn:
                rows = conn.execute(select(workspaces).order_by(workspaces.c.team_key)).mappings().all()
        except SQLAlchemyError as exc:
            raise StoreError(f"could not read the workspaces: {type(exc).__name__}") from exc
        return [_workspace(row) for row in rows]

    def reseal_all(self) -> int:
        """Encrypt every stored CRM token again under the newest key (``workspaces rotate-key``), in one
        transaction; returns how many were resealed."""
        count = 0
        with self._writing("reseal the CRM tokens") as conn:
            rows = conn.execute(select(workspaces.c.team_key, workspaces.c.crm_token)
                                .where(workspaces.c.crm_token.is_not(None))).all()
            for team_key, sealed in rows:
                conn.execute(update(workspaces).where(workspaces.c.team_key == team_key)
                             .values(crm_token=self._box.reseal(sealed)))
                count += 1
        return count

    def _row(self, team_key: str) -> RowMapping | None:
        try:
            with self._engine.connect() as conn:
                return conn.execute(select(workspaces).where(workspaces.c.team_key == team_key)).mappings().first()
        except SQLAlchemyError as exc:
            raise StoreError(f"could not read a workspace: {type(exc).__name__}") from exc

    @staticmethod
    def _upsert(conn: Connection, team_key: str, values: dict[str, Any]) -> None:
        # Portable between SQLite and PostgreSQL; two admins saving at once: the last one wins, and
        # a lost insert race (IntegrityError) is reported as a StoreError they can retry.
        if conn.execute(update(workspaces).where(workspaces.c.team_key == team_key).values(**values)).rowcount == 0:
            conn.execute(insert(workspaces).values(team_key=team_key, **values))

    @contextmanager
    def _writing(self, what: str) -> Iterator[Connection]:
        try:
            with self._engine.begin() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"could not {what}: {type(exc).__name__}") from exc


def _workspace(row: RowMapping) -> Workspace:
    updated_at = as_utc(row["updated_at"])
    assert updated_at is not None  # the column is NOT NULL
    return Workspace(row["team_key"], row["crm_base_url"], row["agent_id"],
                     CrmState(row["crm_state"]) if row["crm_state"] else None, row["installer_id"],
                     bool(row["crm_token"]), updated_at, row["leads_channel"])
