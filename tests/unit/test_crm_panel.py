"""App Home's CRM connection panel (many workspaces): what each state says, and its Connect CRM button;
a single workspace's Home has none."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.domain.workspace import CrmState, Workspace
from bot.services.home import CrmPanel, HomePage
from bot.slack.home_view import CONNECT_CRM_ACTION, home_view
from tests.support.block_kit import assert_valid_view

AT = datetime(2026, 11, 2, tzinfo=UTC)


def _workspace(*, token: bool = True, state: CrmState | None = CrmState.OK, installer: str | None = "U0INSTALL",
               base_url: str | None = "https://crm.acme.example") -> Workspace:
    return Workspace("T0ACME", base_url, "agent-acme", state, installer, token, AT)


def _text(view: dict[str, object]) -> str:
    return repr(view)


@pytest.mark.parametrize(("panel", "says", "button"), [
    (CrmPanel(None), "has not connected its CRM yet", "Connect CRM"),
    (CrmPanel(_workspace(token=False)), "has not connected its CRM yet", "Connect CRM"),
    (CrmPanel(_workspace(state=CrmState.UNAUTHORIZED)), "refused this workspace's API token", "Update CRM token"),
    (CrmPanel(_workspace()), "Leads go to the CRM at *https://crm.acme.example*", "Change CRM connection"),
])
def test_the_panel_says_where_leads_go_and_offers_the_button(panel: CrmPanel, says: str, button: str) -> None:
    view = home_view(HomePage("U0REP", crm=panel))

    assert_valid_view(view)
    [section] = [b for b in view["blocks"] if b.get("block_id") == "home_crm"]
    assert says in section["text"]["text"]
    assert (section["accessory"]["action_id"], section["accessory"]["text"]["text"]) == (CONNECT_CRM_ACTION, button)


def test_the_panel_names_the_installer_to_ask() -> None:
    text = _text(home_view(HomePage("U0REP", crm=CrmPanel(_workspace()))))
    assert "<@U0INSTALL>" in text and "ask one of them" in text
    assert "<@" not in _text(home_view(HomePage("U0REP", crm=CrmPanel(_workspace(installer="not-a-user")))))


def test_a_single_workspace_home_has_no_crm_panel() -> None:
    assert CONNECT_CRM_ACTION not in _text(home_view(HomePage("U0REP")))
