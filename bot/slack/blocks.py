"""Block Kit views: the lead modal and the rep's status message. Pure functions of their inputs."""

from __future__ import annotations

import json
from typing import Any

from bot.domain.conversation import Reply, ReplyKind
from bot.domain.outbox import LeadRecord, LeadStatus

MODAL_CALLBACK_ID = "newlead_modal"
EDIT_ACTION_ID = "lead_edit"
RETRY_ACTION_ID = "lead_retry"
VALUE_ACTION_ID = "value"
FIELD_BLOCKS = ("name", "email", "phone", "company", "notes")
CHAT_OPEN_FORM_ACTION = "chat_open_form"
# The summary's buttons do what typing the word would do.
CHAT_ACTIONS = {"chat_confirm": "confirm", "chat_edit": "edit", "chat_cancel": "cancel"}
_CLOSED_AS = {"chat_confirm": "Confirmed", "chat_edit": "Editing", "chat_cancel": "Cancelled"}
_MAX_SHOWN_JSON = 2800  # a section's text is limited to 3000 characters


def escape(text: str) -> str:
    """Slack's mrkdwn needs &, < and > escaped in user text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text, "emoji": True}


def _input(
    block_id: str, label: str, *, element_type: str = "plain_text_input", initial: str | None = None,
    placeholder: str, hint: str | None = None, multiline: bool = False, max_length: int | None = None,
) -> dict[str, Any]:
    element: dict[str, Any] = {
        "type": element_type, "action_id": VALUE_ACTION_ID, "placeholder": _plain(placeholder),
    }
    if initial:
        element["initial_value"] = initial
    if multiline:
        element["multiline"] = True
    if max_length:
        element["max_length"] = max_length
    block: dict[str, Any] = {
        "type": "input", "block_id": block_id, "optional": True, "label": _plain(label), "element": element,
    }
    if hint:
        block["hint"] = _plain(hint)
    return block


def lead_modal(
    *, private_metadata: str, initial: dict[str, str] | None = None, problems: dict[str, str] | None = None,
    resend: bool = False,
) -> dict[str, Any]:
    initial = initial or {}
    blocks: list[dict[str, Any]] = []
    if problems:
        lines = "\n".join(f"\u2022 *{field}*: {escape(message)}" for field, message in problems.items())
        blocks.append({"type": "context", "elements": [
            {"type": "mrkdwn", "text": f":warning: Some of what you typed needs a look:\n{lines}"}]})
    blocks += [
        _input("name", "Name", initial=initial.get("name"), placeholder="Jane Roe", max_length=120),
        _input("email", "Email", element_type="email_text_input", initial=initial.get("email"),
               placeholder="jane.roe@example.com"),
        _input("phone", "Phone", initial=initial.get("phone"), placeholder="+1 415 555 0100",
               hint="Include the country code for numbers outside your region.", max_length=40),
        _input("company", "Company", initial=initial.get("company"), placeholder="Acme Inc", max_length=120),
        _input("notes", "Notes", initial=initial.get("notes"), placeholder="What should the CRM know?",
               multiline=True, max_length=3000),
        {"type": "context", "elements": [
            {"type": "mrkdwn", "text": "Give at least a name, an email or a phone number."}]},
    ]
    return {
        "type": "modal",
        "callback_id": MODAL_CALLBACK_ID,
        "title": _plain("Resend lead" if resend else "New lead"),
        "submit": _plain("Resend" if resend else "Create lead"),
        "close": _plain("Cancel"),
        "private_metadata": private_metadata,
        "blocks": blocks,
    }


def _contact_fields(lead: dict[str, Any]) -> list[dict[str, Any]]:
    meta = lead.get("metaData") or {}
    shown = (
        ("Name", lead.get("name")), ("Email", lead.get("email")), ("Phone", lead.get("phone")),
        ("Company", meta.get("company")),
    )
    return [{"type": "mrkdwn", "text": f"*{label}*\n{escape(value)}"} for label, value in shown if value]


def _headline(record: LeadRecord) -> str:
    who = escape(record.lead.get("name") or record.lead.get("email") or record.lead.get("phone") or "this lead")
    status = record.status
    if status is LeadStatus.PENDING:
        return f":hourglass_flowing_sand: Lead *{who}* is saved and queued for the CRM."
    if status is LeadStatus.SENDING:
        return f":outbox_tray: Sending lead *{who}* to the CRM\u2026"
    if status is LeadStatus.RETRYING:
        when = record.next_attempt_at.strftime("%H:%M:%S UTC")
        reason = escape(record.last_error or "no answer")
        return (f":repeat: The CRM did not take lead *{who}* yet ({reason}). "
                f"Attempt {record.attempts} failed; trying again at {when}. Nothing is lost.")
    if status is LeadStatus.DRY_RUN:
        return f":test_tube: Dry run: lead *{who}* was saved but not sent, because no CRM token is set."
    if status is LeadStatus.DELIVERED:
        message = escape(record.crm_message or "created")
        crm_id = _crm_id(record.crm_response)
        tail = f" (CRM id {escape(crm_id)})" if crm_id else ""
        return f":white_check_mark: Lead *{who}* was created in the CRM{tail}. The CRM said: \u201c{message}\u201d"
    reason = escape(record.last_error or "no reason given")
    return f":x: The CRM did not accept lead *{who}*: \u201c{reason}\u201d"


def _crm_id(response: str | None) -> str | None:
    """The CRM's id for the new lead, when its ``data`` carries one."""
    try:
        data = json.loads(response) if response else None
    except json.JSONDecodeError:
        return None
    if isinstance(data, dict):
        for key in ("id", "_id", "leadId", "lead_id"):
            if isinstance(data.get(key), str | int):
                return str(data[key])
    return None


def status_message(record: LeadRecord) -> tuple[str, list[dict[str, Any]]]:
    """The fallback text and blocks of the rep's status message for a lead."""
    headline = _headline(record)
    blocks: list[dict[str, Any]] = [{"type": "section", "text": {"type": "mrkdwn", "text": headline}}]
    fields = _contact_fields(record.lead)
    if fields:
        blocks.append({"type": "section", "fields": fields})
    if record.status is LeadStatus.DRY_RUN:
        shown = json.dumps(record.wire, indent=2, ensure_ascii=False)
        if len(shown) > _MAX_SHOWN_JSON:
            shown = shown[:_MAX_SHOWN_JSON] + "\n\u2026"
        blocks.append({"type": "section", "text": {
            "type": "mrkdwn", "text": f"This is the JSON LeadBot would send:\n```{escape(shown)}```"}})
    if record.status is LeadStatus.FAILED:
        blocks.append({"type": "actions", "block_id": "lead_failed", "elements": [
            _button(EDIT_ACTION_ID, "Edit and resend", record.id, "primary"),
            _button(RETRY_ACTION_ID, "Retry as is", record.id),
        ]})
    blocks.append({"type": "context", "elements": [
        {"type": "mrkdwn", "text": f"Lead {record.id[:8]} \u2022 {record.status.value}"}]})
    return headline, blocks


HELP_TEXT = (
    "I turn conversations into CRM leads. Send me a message about the lead, like "
    "`Jane Roe, jane.roe@example.com, +1 415 555 0100, Acme Inc`, and press *Confirm*; or type `/newlead` "
    "for a form; or @mention me in a channel to capture one in a thread. I'll tell you when the CRM has it."
)


def home_view(new_lead_action_id: str) -> dict[str, Any]:
    return {
        "type": "home",
        "blocks": [
            {"type": "header", "text": _plain("LeadBot")},
            {"type": "section", "text": {"type": "mrkdwn", "text": HELP_TEXT}},
            {"type": "actions", "elements": [{
                "type": "button", "action_id": new_lead_action_id, "style": "primary",
                "text": _plain("New lead"),
            }]},
            {"type": "context", "elements": [{"type": "mrkdwn", "text":
                "Every lead is saved before the form closes and delivered with retries, so none is lost "
                "when the CRM is slow or down."}]},
        ],
    }


def _button(action_id: str, text: str, value: str, style: str | None = None) -> dict[str, Any]:
    button: dict[str, Any] = {"type": "button", "action_id": action_id, "text": _plain(text), "value": value}
    if style:
        button["style"] = style
    return button


def chat_reply_blocks(reply: Reply, conversation: str) -> list[dict[str, Any]]:
    """A chat reply; a summary gets Confirm / Edit / Cancel, a form offer gets its button."""
    blocks: list[dict[str, Any]] = [{"type": "section", "text": {"type": "mrkdwn", "text": escape(reply.text)}}]
    if reply.kind is ReplyKind.SUMMARY:
        blocks.append({"type": "actions", "block_id": "chat_summary", "elements": [
            _button("chat_confirm", "Confirm", conversation, "primary"),
            _button("chat_edit", "Edit", conversation),
            _button("chat_cancel", "Cancel", conversation, "danger"),
        ]})
    elif reply.kind is ReplyKind.OFFER_FORM:
        blocks.append({"type": "actions", "block_id": "chat_form", "elements": [
            _button(CHAT_OPEN_FORM_ACTION, "Open the form", conversation, "primary")]})
    return blocks


def closed_summary_blocks(text: str, action_id: str, user_id: str) -> list[dict[str, Any]]:
    return [
        {"type": "section", "text": {"type": "mrkdwn", "text": text or "Lead summary"}},
        {"type": "context", "elements": [
            {"type": "mrkdwn", "text": f"{_CLOSED_AS.get(action_id, 'Answered')} by <@{user_id}>"}]},
    ]
