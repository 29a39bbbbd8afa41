"""Two workspaces, each connected to its own (loopback) CRM, wired as ``build_core`` wires a
multi-workspace LeadBot: each lead reaches its own workspace's CRM with that workspace's token and default
agent; a workspace without a connection gets a dry run; a 401 makes that workspace's leads wait (its
admin told once) until a new token is connected, and then they go at once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from bot.adapters.secrets import new_secret_key
from bot.adapters.store import SqlLeadStore
from bot.bootstrap import Core, build_core
from bot.domain.assembly import CaptureContext
from bot.domain.outbox import LeadRecord, LeadStatus
from bot.domain.surface import Surface
from bot.domain.workspace import Workspace
from bot.ports import NullNotifier
from bot.services.workspaces import CrmConnections
from tests.support.fake_crm import FakeCrm, rejected
from tests.support.harness import make_settings
from tests.support.service_kit import SAM_CONTACT

ACME, GLOBEX, INITECH = "T0ACME", "T0GLOBEX", "T0INITECH"


@dataclass
class RecordingAlerts:
    told: list[str] = field(default_factory=list)

    def crm_token_refused(self, workspace: Workspace) -> None:
        self.told.append(workspace.team_key)


@dataclass
class Deployment:
    core: Core
    alerts: RecordingAlerts

    @property
    def connections(self) -> CrmConnections:
        assert self.core.connections is not None  # many workspaces
        return self.core.connections

    def capture(self, team_id: str, key: str) -> LeadRecord:
        context = CaptureContext(surface=Surface.MODAL, user_id="U0REP", user_name="Rita Rep", team_id=team_id)
        return self.core.capture.capture(SAM_CONTACT, context, capture_key=key)

    def deliver(self) -> None:
        self.core.delivery.deliver_due()

    def status(self, lead: LeadRecord) -> LeadRecord:
        stored = self.core.store.get(lead.id)
        assert stored is not None
        return stored


@pytest.fixture
def crms() -> Iterator[tuple[FakeCrm, FakeCrm]]:
    acme, globex = FakeCrm().start(), FakeCrm().start()
    yield acme, globex
    acme.stop()
    globex.stop()


@pytest.fixture
def deployment(sqlite_url: str) -> Iterator[Deployment]:
    settings = make_settings(slack_bot_token=None, slack_client_id="1111.2222", slack_client_secret="app-secret",
                             leadbot_secret_key=new_secret_key(), crm_api_token=None, crm_agent_id=None,
                             database_url=sqlite_url)
    assert settings.multi_workspace
    alerts = RecordingAlerts()
    core = build_core(settings, SqlLeadStore.from_url(sqlite_url), NullNotifier(), alerts=alerts)
    yield Deployment(core, alerts)
    core.close()


def test_each_workspaces_leads_reach_its_own_crm_with_its_token_and_agent(
        deployment: Deployment, crms: tuple[FakeCrm, FakeCrm]) -> None:
    acme_crm, globex_crm = crms
    deployment.connections.connect(ACME, token="acme-token", base_url=acme_crm.url, agent_id="agent-acme")
    deployment.connections.connect(GLOBEX, token="globex-token", base_url=globex_crm.url, agent_id="agent-globex")

    acme_lead, globex_lead = deployment.capture(ACME, "a1"), deployment.capture(GLOBEX, "g1")
    deployment.deliver()

    [to_acme], [to_globex] = acme_crm.wait_for(1), globex_crm.wait_for(1)
    assert to_acme.headers["Authorization"] == "Bearer acme-token"
    assert to_globex.headers["Authorization"] == "Bearer globex-token"
    assert to_acme.json()["lead"]["agentId"] == "agent-acme"
    assert to_globex.json()["lead"]["agentId"] == "agent-globex"
    assert to_acme.json()["lead"]["crmActivities"][0]["id"] == acme_lead.id
    assert to_globex.json()["lead"]["crmActivities"][0]["id"] == globex_lead.id
    assert {deployment.status(acme_lead).status, deployment.status(globex_lead).status} == {LeadStatus.DELIVERED}


def test_a_workspace_without_a_crm_connection_gets_a_dry_run_with_a_note(
        deployment: Deployment, crms: tuple[FakeCrm, FakeCrm]) -> None:
    acme_crm, _ = crms
    deployment.connections.connect(ACME, token="acme-token", base_url=acme_crm.url, agent_id="agent-acme")

    lead = deployment.capture(INITECH, "i1")
    deployment.deliver()

    kept = deployment.status(lead)
    assert kept.status is LeadStatus.DRY_RUN
    assert kept.crm_message is not None and "Connect CRM" in kept.crm_message
    assert acme_crm.total == 0  # nothing went to another workspace's CRM


def test_a_refused_token_makes_its_leads_wait_tells_the_admin_once_and_a_new_token_sends_them(
        deployment: Deployment, crms: tuple[FakeCrm, FakeCrm]) -> None:
    acme_crm, globex_crm = crms
    deployment.connections.connect(ACME, token="old-token", base_url=acme_crm.url, agent_id="agent-acme")
    deployment.connections.connect(GLOBEX, token="globex-token", base_url=globex_crm.url, agent_id="agent-globex")
    acme_crm.then(rejected(401, "Invalid API token"))

    first = deployment.capture(ACME, "a1")
    deployment.deliver()
    second = deployment.capture(ACME, "a2")
    globex_lead = deployment.capture(GLOBEX, "g1")
    deployment.deliver()

    assert acme_crm.total == 1  # once refused, the workspace's CRM is not asked again with that token
    assert [deployment.status(lead).status for lead in (first, second)] == [LeadStatus.RETRYING] * 2
    assert deployment.alerts.told == [ACME]
    assert deployment.status(globex_lead).status is LeadStatus.DELIVERED  # the other workspace is untouched
    workspace = deployment.connections.workspace(ACME)
    assert workspace is not None and workspace.crm_state == "unauthorized"

    deployment.connections.connect(ACME, token="new-token", base_url=acme_crm.url, agent_id="agent-acme")
    deployment.deliver()  # at once: not at the waiting leads' next look

    received = acme_crm.wait_for(3)
    assert [r.headers["Authorization"] for r in received[1:]] == ["Bearer new-token"] * 2
    assert [deployment.status(lead).status for lead in (first, second)] == [LeadStatus.DELIVERED] * 2
    assert deployment.alerts.told == [ACME]
