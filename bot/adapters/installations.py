"""Slack installations (many workspaces): slack_sdk's SQLAlchemy installation and OAuth state stores on
LeadBot's database, with every token sealed by SecretBox before it is written and opened when read.

The tables come from migration 0007 (``bot.adapters.db.schema_metadata``); nothing here creates tables.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

from slack_sdk.oauth.installation_store import Bot, Installation, InstallationStore
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import Engine, and_, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from bot.adapters.db import BOTS_TABLE, INSTALLATIONS_TABLE, OAUTH_STATES_TABLE, workspaces
from bot.adapters.secrets import SecretBox

log = logging.getLogger(__name__)

# How long an "Add to Slack" click may take to come back to /slack/oauth_redirect.
OAUTH_STATE_SECONDS = 600
# The token fields of slack_sdk's Installation and Bot that are sealed at rest.
_TOKEN_FIELDS = ("bot_token", "bot_refresh_token", "user_token", "user_refresh_token")

_Record = TypeVar("_Record", Installation, Bot)


def _with_tokens(record: _Record, change: Callable[[str], str]) -> _Record:
    """A copy of ``record`` with each of its tokens passed through ``change`` (seal or open)."""
    changed = copy.copy(record)
    for name in _TOKEN_FIELDS:
        value = getattr(record, name, None)
        if value:
            setattr(changed, name, change(value))
    return changed


class SealedInstallationStore(InstallationStore):
    """slack_sdk's SQLAlchemy installation store, with tokens encrypted at rest. Bolt authorises each
    request through ``find_installation``/``find_bot``; the OAuth flow saves through ``save``."""

    def __init__(self, client_id: str, engine: Engine, box: SecretBox) -> None:
        self._sql = SQLAlchemyInstallationStore(client_id, engine, bots_table_name=BOTS_TABLE,
                                                installations_table_name=INSTALLATIONS_TABLE, logger=log)
        self._box = box
        self._engine = engine

    @property
    def logger(self) -> logging.Logger:
        return log

    def save(self, installation: Installation) -> None:
        # slack_sdk's save also writes the bot row from the (sealed) installation.
        self._sql.save(_with_tokens(installation, self._box.seal))
        self._reinstalled(installation)

    def save_bot(self, bot: Bot) -> None:
        self._sql.save_bot(_with_tokens(bot, self._box.seal))

    def find_bot(self, *, enterprise_id: str | None, team_id: str | None,
                 is_enterprise_install: bool | None = False) -> Bot | None:
        found = self._sql.find_bot(enterprise_id=enterprise_id, team_id=team_id,
                                   is_enterprise_install=is_enterprise_install)
        return _with_tokens(found, self._box.open) if found is not None else None

    def find_installation(self, *, enterprise_id: str | None, team_id: str | None, user_id: str | None = None,
                          is_enterprise_install: bool | None = False) -> Installation | None:
        found = self._sql.find_installation(enterprise_id=enterprise_id, team_id=team_id, user_id=user_id,
                                            is_enterprise_install=is_enterprise_install)
        return _with_tokens(found, self._box.open) if found is not None else None

    def delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        self._sql.delete_bot(enterprise_id=enterprise_id, team_id=team_id)

    def delete_installation(self, *, enterprise_id: str | None, team_id: str | None,
                            user_id: str | None = None) -> None:
        self._sql.delete_installation(enterprise_id=enterprise_id, team_id=team_id, user_id=user_id)

    def bot_for(self, team_key: str) -> Bot | None:
        """The newest bot of the workspace ``team_key``: a team id (also one inside an Enterprise Grid
        org), or an org's enterprise id for an org-wide install."""
        bots = self._sql.bots
        c = bots.c
        query = (select(bots)
                 .where(c.client_id == self._sql.client_id, c.bot_token.is_not(None),
                        or_(c.team_id == team_key, and_(c.enterprise_id == team_key, c.is_enterprise_install)))
                 .order_by(c.installed_at.desc()).limit(1))
        with self._engine.connect() as conn:
            row = conn.execute(query).mappings().first()
        if row is None:
            return None
        return _with_tokens(SQLAlchemyInstallationStore.build_bot_entity(row), self._box.open)

    def count(self) -> int:
        """How many workspaces (and orgs) have a bot installed."""
        c = self._sql.bots.c
        key = func.coalesce(c.team_id, c.enterprise_id)
        with self._engine.connect() as conn:
            return int(conn.execute(select(func.count(func.distinct(key)))
                                    .where(c.client_id == self._sql.client_id, c.bot_token.is_not(None)))
                       .scalar_one())

    def remove(self, team_key: str, now: datetime) -> None:
        """Forget a workspace at once, in one transaction: its installations and bots (every token) and
        its CRM secret (the ``workspaces`` row keeps who and when, with ``uninstalled_at`` set)."""
        installations, bots = self._sql.installations, self._sql.bots
        with self._engine.begin() as conn:
            for table in (installations, bots):
                c = table.c
                conn.execute(table.delete().where(
                    c.client_id == self._sql.client_id,
                    or_(c.team_id == team_key, and_(c.enterprise_id == team_key, c.is_enterprise_install))))
            conn.execute(update(workspaces).where(workspaces.c.team_key == team_key)
                         .values(crm_token=None, uninstalled_at=now, updated_at=now))

    def _reinstalled(self, installation: Installation) -> None:
        """The workspace's row records who installed LeadBot (they may connect its CRM, and hear when the
        CRM refuses its token); a workspace that installs again is no longer marked uninstalled."""
        key = installation.enterprise_id if installation.is_enterprise_install else installation.team_id
        if not key:
            return
        now = datetime.now(UTC)
        values = {"installer_id": installation.user_id, "uninstalled_at": None, "updated_at": now}
        with self._engine.begin() as conn:
            if conn.execute(update(workspaces).where(workspaces.c.team_key == key).values(**values)).rowcount:
                return
            try:
                with conn.begin_nested():
                    conn.execute(insert(workspaces).values(team_key=key, **values))
            except IntegrityError:  # another replica recorded the same install meanwhile
                conn.execute(update(workspaces).where(workspaces.c.team_key == key).values(**values))


def build_state_store(engine: Engine) -> SQLAlchemyOAuthStateStore:
    """The OAuth ``state`` values, in the database so that any replica can finish an install."""
    return SQLAlchemyOAuthStateStore(OAUTH_STATE_SECONDS, engine, logger=log, table_name=OAUTH_STATES_TABLE)
