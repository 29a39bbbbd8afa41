"""App Home's CRM connection panel (many workspaces): what each state says, its Connect CRM button, and the
workspace's leads channel with its button; a single workspace's Home has none."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.domain.workspace import CrmState, Workspace, clean_leads_channel
from bot.errors import WorkspaceError
from bot.services.home import CrmPanel, HomePage
from bot.slack.home_view import CONNECT_CRM_ACTION, LEADS_CHANNEL_ACTION, home_view
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


@pytest.mark.parametrize(("channel", "says", "button"), [
    (None, "are not posted in a channel", "Set leads channel"),
    ("C0LEADS01", "is posted in <#C0LEADS01>", "Change leads channel"),
])
def test_the_panel_shows_the_leads_channel(channel: str | None, says: str, button: str) -> None:
    view = home_view(HomePage("U0REP", crm=CrmPanel(replace(_workspace(), leads_channel=channel))))

    assert_valid_view(view)
    [section] = [b for b in view["blocks"] if b.get("block_id") == "home_leads_channel"]
    assert says in section["text"]["text"]
    assert (section["accessory"]["action_id"], section["accessory"]["text"]["text"]) == (LEADS_CHANNEL_ACTION, button)


@pytest.mark.parametrize("typed", ["#sales", "sales", "D0DM00001", "U0REP0001", "C0<!here>", "C" + "1" * 30])
def test_a_leads_channel_must_be_a_channel_id(typed: str) -> None:
    with pytest.raises(WorkspaceError) as raised:
        clean_leads_channel(typed)
    assert raised.value.field == "channel"


def test_a_channel_id_is_kept_and_nothing_means_no_channel() -> None:
    assert clean_leads_channel(" C0LEADS01 ") == "C0LEADS01"
    assert clean_leads_channel("G0PRIVATE1") == "G0PRIVATE1"
    assert clean_leads_channel("") is None
