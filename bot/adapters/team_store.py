"""What a sales team's features read and write beside the outbox: earlier leads (duplicates, a rep's
recent leads and counts, the leads channel's one post per lead) and each Slack user's CRM agent."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Engine, and_, delete, func, insert, or_, select, update
from sqlalchemy.exc import SQLAlchemyError

from bot.adapters.db import as_utc, leads, owner_agents
from bot.adapters.store import record_from_row
from bot.domain.outbox import LeadRecord, LeadStatus
from bot.domain.owners import OwnerSource, StoredMapping
from bot.errors import StoreError


def _in_team(team_id: str | None) -> ColumnElement[bool]:
    return leads.c.team_id.is_(None) if team_id is None else leads.c.team_id == team_id


class SqlLeadHistory:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def earlier_lead(self, team_id: str | None, *, email_key: str | None, phone_key: str | None,
                     since: datetime, excluding_capture_key: str | None = None) -> LeadRecord | None:
        matches = [column == key for column, key in ((leads.c.email_key, email_key), (leads.c.phone_key, phone_key))
                   if key]
        if not matches:
            return None
        query = (select(leads).where(_in_team(team_id), or_(*matches), leads.c.created_at >= since)
                 .order_by(leads.c.created_at.desc()).limit(1))
        if excluding_capture_key:
            query = query.where(leads.c.capture_key != excluding_capture_key)
        row = self._one(query)
        return record_from_row(row) if row is not None else None

    def recent_for(self, team_id: str | None, user_id: str, limit: int) -> list[LeadRecord]:
        query = (select(leads).where(_in_team(team_id), or_(leads.c.user_id == user_id, leads.c.owner_id == user_id))
                 .order_by(leads.c.created_at.desc()).limit(limit))
        try:
            with self._engine.connect() as conn:
                return [record_from_row(row) for row in conn.execute(query).mappings().all()]
        except SQLAlchemyError as exc:
            raise StoreError(f"could not read recent leads: {type(exc).__name__}") from exc

    def counts_for(self, team_id: str | None, user_id: str, since: datetime) -> dict[str, int]:
        mine = and_(_in_team(team_id), leads.c.user_id == user_id, leads.c.created_at >= since)
        query = select(leads.c.status, func.count()).where(mine).group_by(leads.c.status)
        try:
            with self._engine.connect() as conn:
                by_status = {status: count for status, count in conn.execute(query).all()}
        except SQLAlchemyError as exc:
            raise StoreError(f"could not count leads: {type(exc).__name__}") from exc
        return {"captured": sum(by_status.values()), "delivered": by_status.get(LeadStatus.DELIVERED.value, 0),
                "failed": by_status.get(LeadStatus.FAILED.value, 0)}

    def claim_feed_post(self, lead_id: str, now: datetime) -> bool:
        try:
            with self._engine.begin() as conn:
                return conn.execute(update(leads).where(leads.c.id == lead_id, leads.c.feed_posted_at.is_(None))
                                    .values(feed_posted_at=now)).rowcount == 1
        except SQLAlchemyError as exc:
            raise StoreError(f"could not mark a lead as posted: {type(exc).__name__}") from exc

    def _one(self, query: Any) -> Any:
        try:
            with self._engine.connect() as conn:
                return conn.execute(query).mappings().first()
        except SQLAlchemyError as exc:
            raise StoreError(f"could not look for earlier leads: {type(exc).__name__}") from exc


class SqlOwnerStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def agents_of(self, team_id: str, user_id: str) -> dict[OwnerSource, str]:
        query = select(owner_agents.c.source, owner_agents.c.agent_id).where(
            owner_agents.c.team_id == team_id, owner_agents.c.user_id == user_id)
        try:
            with self._engine.connect() as conn:
                rows = conn.execute(query).all()
        except SQLAlchemyError as exc:
            raise StoreError(f"could not read lead owners: {type(exc).__name__}") from exc
        return {OwnerSource(source): agent for source, agent in rows if source in OwnerSource.__members__.values()}

    def set_own(self, team_id: str, user_id: str, agent_id: str | None, now: datetime) -> None:
        mine = (owner_agents.c.team_id == team_id, owner_agents.c.user_id == user_id,
                owner_agents.c.source == OwnerSource.SELF.value)
        try:
            with self._engine.begin() as conn:
                conn.execute(delete(owner_agents).where(*mine))
                if agent_id is not None:
                    conn.execute(insert(owner_agents).values(
                        team_id=team_id, user_id=user_id, source=OwnerSource.SELF.value, agent_id=agent_id,
                        imported_as=None, updated_at=now))
        except SQLAlchemyError as exc:
            raise StoreError(f"could not save a lead owner: {type(exc).__name__}") from exc

    def replace_imported(self, team_id: str, rows: list[tuple[str, str, str | None]], now: datetime) -> int:
        values = [{"team_id": team_id, "user_id": user_id, "source": OwnerSource.IMPORTED.value,
                   "agent_id": agent_id, "imported_as": imported_as, "updated_at": now}
                  for user_id, agent_id, imported_as in rows]
        try:
            with self._engine.begin() as conn:  # one transaction: nothing is half-imported
                conn.execute(delete(owner_agents).where(owner_agents.c.team_id == team_id,
                                                        owner_agents.c.source == OwnerSource.IMPORTED.value))
                if values:
                    conn.execute(insert(owner_agents), values)
        except SQLAlchemyError as exc:
            raise StoreError(f"could not import lead owners: {type(exc).__name__}") from exc
        return len(values)

    def entries(self, team_id: str | None = None) -> list[StoredMapping]:
        query = select(owner_agents).order_by(owner_agents.c.team_id, owner_agents.c.user_id, owner_agents.c.source)
        if team_id is not None:
            query = query.where(owner_agents.c.team_id == team_id)
        try:
            with self._engine.connect() as conn:
                rows = conn.execute(query).mappings().all()
        except SQLAlchemyError as exc:
            raise StoreError(f"could not read lead owners: {type(exc).__name__}") from exc
        return [StoredMapping(row["team_id"], row["user_id"], row["agent_id"], OwnerSource(row["source"]),
                              row["imported_as"], as_utc(row["updated_at"]) or row["updated_at"])
                for row in rows if row["source"] in OwnerSource.__members__.values()]
