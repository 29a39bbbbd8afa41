"""The App Home tab: the rep's recent leads with where each stands, this week's counts, their CRM agent,
and buttons to capture a lead, set their agent, and edit or retry a lead the CRM refused.

A pure function of a ``HomePage``. Names, companies and the CRM's reasons are data: escaped and cut
(bot.slack.mrkdwn). A Home view holds at most 100 blocks; each lead takes one, two when it has buttons.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bot.domain.outbox import LeadRecord, LeadStatus
from bot.domain.owners import AgentMapping, OwnerSource, is_slack_user_id
from bot.domain.workspace import CrmState
from bot.services.home import CrmPanel, HomePage
from bot.slack.blocks import crm_id_of, failed_lead_actions
from bot.slack.mrkdwn import VIEW_BLOCKS_MAX, mrkdwn, plain, shown

SET_AGENT_ACTION = "home_set_agent"  # the Home button that opens the CRM agent setting (owner_setting.py)

HOME_NEW_LEAD_ACTION = "home_new_lead"
CONNECT_CRM_ACTION = "home_connect_crm"  # many workspaces: opens the CRM connection form (crm_connect.py)
LEADS_CHANNEL_ACTION = "home_leads_channel"  # many workspaces: the leads channel form (leads_channel_setting.py)
# The owner setting's modal and listener live in bot.slack.owner_setting; Home only shows its button.
HELP_TEXT = (
    "I turn conversations into CRM leads. Send me a message about the lead, like "
    "`Jane Roe, jane.roe@example.com, +1 415 555 0100, Acme Inc`, and press *Confirm*; or type `/newlead` "
    "for a form; or @mention me in a channel to capture one in a thread. I'll tell you when the CRM has it."
)
NOT_READ = ("LeadBot could not read your leads just now (its database did not answer). Open this tab again "
            "in a moment; every lead is still saved and delivered.")
_SHOWN_NAME = 300
_SHOWN_REASON = 500
_SHOWN_AGENT = 250
# Where a rep's CRM agent came from, as both the Home tab and the setting's form say it.
AGENT_SOURCE_WORDS = {
    OwnerSource.SELF: "you set it",
    OwnerSource.IMPORTED: "from your admin's owners file",
    OwnerSource.DEFAULT: "the workspace's default",
}
_FOOTER_BLOCKS = 1  # the "more leads" note


def home_view(page: HomePage | None) -> dict[str, Any]:
    """The Home tab for ``page``; None when the rep's leads could not be read (the buttons still work)."""
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": plain("LeadBot")},
        {"type": "section", "text": mrkdwn(HELP_TEXT)},
        {"type": "actions", "block_id": "home_actions", "elements": [
            _button(HOME_NEW_LEAD_ACTION, "New lead", "primary"),
            _button(SET_AGENT_ACTION, "Set my CRM agent ID"),
        ]},
    ]
    if page is None:
        blocks.append({"type": "section", "text": mrkdwn(f":warning: {NOT_READ}")})
        return {"type": "home", "blocks": blocks}
    blocks.append({"type": "context", "elements": [mrkdwn(_agent_line(page.agent))]})
    if page.crm is not None:
        blocks += crm_panel_blocks(page.crm)
    if page.week is not None:
        week = page.week
        blocks.append({"type": "section", "text": mrkdwn(f"*This week* (since {_when(week.since)})"), "fields": [
            mrkdwn(f"*Captured*\n{week.captured:,}"), mrkdwn(f"*Delivered*\n{week.delivered:,}"),
            mrkdwn(f"*Failed*\n{week.failed:,}")]})
    blocks += [{"type": "divider"}, {"type": "header", "text": plain("Your recent leads")}]
    if not page.leads:
        blocks.append({"type": "section", "text": mrkdwn("No leads yet. Press *New lead* or send me one.")})
    for index, record in enumerate(page.leads):
        lead_blocks = _lead_blocks(record, page.user_id)
        if len(blocks) + len(lead_blocks) + _FOOTER_BLOCKS > VIEW_BLOCKS_MAX:
            left = len(page.leads) - index
            blocks.append({"type": "context", "elements": [mrkdwn(f"{left:,} older lead(s) not shown.")]})
            break
        blocks += lead_blocks
    return {"type": "home", "blocks": blocks}


def status_line(record: LeadRecord) -> str:
    """Where a lead stands, in a few words (mrkdwn; the CRM's words escaped)."""
    status = record.status
    if status is LeadStatus.PENDING:
        return ":hourglass_flowing_sand: Queued for the CRM"
    if status is LeadStatus.SENDING:
        return ":outbox_tray: Sending to the CRM\u2026"
    if status is LeadStatus.RETRYING:
        reason = shown(record.last_error or "no answer", _SHOWN_REASON)
        return (f":repeat: Retrying at {_when(record.next_attempt_at)} "
                f"(attempt {record.attempts} failed: {reason})")
    if status is LeadStatus.DELIVERED:
        crm_id = crm_id_of(record.crm_response)
        return ":white_check_mark: In the CRM" + (f", id {shown(crm_id, _SHOWN_NAME)}" if crm_id else "")
    if status is LeadStatus.DRY_RUN:
        return ":test_tube: Dry run: saved, not sent (no CRM token was set)"
    return f":x: The CRM refused it: \u201c{shown(record.last_error or 'no reason given', _SHOWN_REASON)}\u201d"


def _lead_blocks(record: LeadRecord, viewer: str) -> list[dict[str, Any]]:
    fields = record.contact_fields()
    title = f"*{shown(record.who() or 'A lead', _SHOWN_NAME)}*"
    if fields.get("company"):
        title += f" \u2022 {shown(fields['company'], _SHOWN_NAME)}"
    owner = record.owner_id or record.user_id
    about = [f"Owner: {_person(owner, viewer)}"]
    if record.user_id != owner:
        about.append(f"captured by {_person(record.user_id, viewer)}")
    about.append(_when(record.created_at))
    text = "\n".join((title, status_line(record), " \u2022 ".join(about)))
    blocks: list[dict[str, Any]] = [{"type": "section", "block_id": f"home_lead_{record.id}", "text": mrkdwn(text)}]
    if record.status is LeadStatus.FAILED:
        blocks.append(failed_lead_actions(record.id, block_id=f"home_retry_{record.id}"))
    return blocks


def crm_panel_blocks(panel: CrmPanel) -> list[dict[str, Any]]:
    """Many workspaces: where the workspace's leads go (its CRM, its leads channel), and the buttons its
    admins set them with."""
    workspace = panel.workspace
    if workspace is None or not workspace.connected:
        line, button = (":electric_plug: *This workspace has not connected its CRM yet*: its leads are saved "
                        "as dry runs, not sent."), "Connect CRM"
    elif workspace.crm_state is CrmState.UNAUTHORIZED:
        line, button = (":warning: *The CRM refused this workspace's API token.* Leads wait in LeadBot and go "
                        "as soon as a workspace admin updates the token."), "Update CRM token"
    else:
        agent = f", default agent *{shown(workspace.agent_id, _SHOWN_AGENT)}*" if workspace.agent_id else ""
        line = f":link: Leads go to the CRM at *{shown(workspace.crm_base_url or '', _SHOWN_NAME)}*{agent}."
        button = "Change CRM connection"
    installer = workspace.installer_id if workspace is not None else None
    who = "Workspace admins and owners" + (f", and <@{installer}>," if installer and is_slack_user_id(installer)
                                           else "")
    channel = workspace.leads_channel if workspace is not None else None
    # A channel link in a view names the channel and notifies nobody.
    posted = (f":loudspeaker: Each lead the CRM accepts is posted in <#{channel}>." if channel
              else ":loudspeaker: Leads the CRM accepts are not posted in a channel.")
    return [
        {"type": "section", "block_id": "home_crm", "text": mrkdwn(line),
         "accessory": _button(CONNECT_CRM_ACTION, button)},
        {"type": "section", "block_id": "home_leads_channel", "text": mrkdwn(posted),
         "accessory": _button(LEADS_CHANNEL_ACTION, "Change leads channel" if channel else "Set leads channel")},
        {"type": "context", "elements": [mrkdwn(f"{who} can change these; ask one of them.")]},
    ]


def _agent_line(agent: AgentMapping | None) -> str:
    if agent is None:
        return (":warning: *No CRM agent ID* is set for you and there is no default, so leads you own cannot "
                "be sent. Press *Set my CRM agent ID*.")
    return f"Your CRM agent ID: *{shown(agent.agent_id, _SHOWN_AGENT)}* ({AGENT_SOURCE_WORDS[agent.source]})"


def _person(user_id: str, viewer: str) -> str:
    if user_id == viewer:
        return "you"
    # A mention in a view names the person and notifies nobody; anything else is shown as data.
    return f"<@{user_id}>" if is_slack_user_id(user_id) else shown(user_id, 40)


def _when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%a %d %b %Y, %H:%M UTC")


def _button(action_id: str, text: str, style: str | None = None) -> dict[str, Any]:
    button: dict[str, Any] = {"type": "button", "action_id": action_id, "text": plain(text)}
    if style:
        button["style"] = style
    return button
