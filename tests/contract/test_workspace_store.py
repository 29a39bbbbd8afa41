"""The workspaces store (each workspace's CRM connection) on SQLite and PostgreSQL: tokens sealed at rest,
states, listing without secrets, key rotation, and waiting leads released by a new token."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text

from bot.adapters.db import workspaces
from bot.adapters.secrets import SecretBox, new_secret_key
from bot.adapters.store import SqlLeadStore
from bot.adapters.workspace_store import SqlWorkspaceStore
from bot.domain.outbox import LeadStatus
from bot.domain.workspace import ConnectRequest, CrmState
from bot.errors import ConfigError
from tests.support.lead_records import lead_record

T0 = datetime(2026, 11, 2, 15, 0, tzinfo=UTC)
TOKEN = "crm-token-of-acme-0001"
KEY = new_secret_key()
ACME = ConnectRequest(TOKEN, "https://crm.acme.example", "agent-acme")


@pytest.fixture
def leads(store_url: str) -> Iterator[SqlLeadStore]:
    store = SqlLeadStore.from_url(store_url)
    yield store
    store.close()


@pytest.fixture
def store(leads: SqlLeadStore) -> SqlWorkspaceStore:
    return SqlWorkspaceStore(leads.engine, SecretBox(KEY))


def _raw_rows(leads: SqlLeadStore) -> str:
    with leads.engine.connect() as conn:
        return repr(conn.execute(text("select * from workspaces")).all())


def test_a_connection_is_stored_sealed_and_opened_for_the_client(store: SqlWorkspaceStore,
                                                                  leads: SqlLeadStore) -> None:
    store.connect_crm("T1", ACME, T0)

    assert TOKEN not in _raw_rows(leads)  # the database never holds the raw token
    connection = store.connection("T1")
    assert connection is not None
    assert (connection.base_url, connection.token, connection.agent_id, connection.state) == (
        ACME.base_url, TOKEN, ACME.agent_id, CrmState.OK)
    assert TOKEN not in repr(connection)


def test_a_workspace_without_a_token_has_no_connection(store: SqlWorkspaceStore) -> None:
    assert store.connection("T1") is None
    store.set_installer("T1", "U0INSTALL", T0)
    assert store.connection("T1") is None
    workspace = store.workspace("T1")
    assert workspace is not None and (workspace.installer_id, workspace.connected) == ("U0INSTALL", False)


def test_connecting_keeps_the_installer_and_replaces_the_old_connection(store: SqlWorkspaceStore) -> None:
    store.set_installer("T1", "U0INSTALL", T0)
    store.connect_crm("T1", ACME, T0)
    store.connect_crm("T1", ConnectRequest("new-token", "https://crm2.example", "agent-2"), T0 + timedelta(1))

    workspace = store.workspace("T1")
    connection = store.connection("T1")
    assert workspace is not None and connection is not None
    assert (workspace.installer_id, workspace.agent_id, connection.token) == ("U0INSTALL", "agent-2", "new-token")


def test_a_state_change_is_reported_once(store: SqlWorkspaceStore) -> None:
    store.connect_crm("T1", ACME, T0)

    assert store.mark_crm_state("T1", CrmState.UNAUTHORIZED, T0) is True
    assert store.mark_crm_state("T1", CrmState.UNAUTHORIZED, T0) is False  # already told
    connection = store.connection("T1")
    assert connection is not None and connection.state is CrmState.UNAUTHORIZED
    assert store.mark_crm_state("T9", CrmState.UNAUTHORIZED, T0) is False  # no such workspace

    store.connect_crm("T1", ACME, T0)  # a new token: ok again
    connection = store.connection("T1")
    assert connection is not None and connection.state is CrmState.OK


def test_the_list_has_every_workspace_and_no_token(store: SqlWorkspaceStore) -> None:
    store.connect_crm("T2", ACME, T0)
    store.set_installer("T1", "U0INSTALL", T0)

    listed = store.list()

    assert [(w.team_key, w.connected) for w in listed] == [("T1", False), ("T2", True)]
    assert TOKEN not in repr(listed)


def test_connecting_makes_the_workspaces_waiting_leads_due_now(store: SqlWorkspaceStore,
                                                              leads: SqlLeadStore) -> None:
    later = T0 + timedelta(hours=1)
    waiting = leads.add(lead_record(T0 - timedelta(days=3), team_id="T1", status=LeadStatus.RETRYING,
                                    next_attempt_at=later))
    other = leads.add(lead_record(T0, team_id="T2", status=LeadStatus.RETRYING, next_attempt_at=later))

    store.connect_crm("T1", ACME, T0)

    [claimed] = leads.claim_batch(T0, timedelta(minutes=5), 10)
    assert (claimed.id, claimed.queued_at) == (waiting.id, T0)  # a new delivery round
    assert other.id not in [r.id for r in leads.claim_batch(T0, timedelta(minutes=5), 10)]


def test_rotating_the_key_reseals_every_token(store: SqlWorkspaceStore, leads: SqlLeadStore) -> None:
    store.connect_crm("T1", ACME, T0)
    store.connect_crm("T2", ConnectRequest("token-two", "https://crm.two.example", "agent-2"), T0)
    newest = new_secret_key()

    rotated = SqlWorkspaceStore(leads.engine, SecretBox(f"{newest},{KEY}"))
    assert rotated.reseal_all() == 2

    only_new = SqlWorkspaceStore(leads.engine, SecretBox(newest))
    assert [c.token for c in (only_new.connection("T1"), only_new.connection("T2")) if c] == [TOKEN, "token-two"]
    with pytest.raises(ConfigError):
        store.connection("T1")  # the old key alone no longer opens it


def test_a_token_sealed_under_a_dropped_key_says_which_setting_to_fix(store: SqlWorkspaceStore,
                                                                     leads: SqlLeadStore) -> None:
    store.connect_crm("T1", ACME, T0)
    with pytest.raises(ConfigError, match="LEADBOT_SECRET_KEY"):
        SqlWorkspaceStore(leads.engine, SecretBox(new_secret_key())).connection("T1")
    with leads.engine.connect() as conn:
        assert conn.execute(select(workspaces.c.crm_state)).scalar_one() == "ok"
