"""Block Kit views and messages: the lead modal, the rep's status message and chat replies (Home is in
bot.slack.home_view).

Pure functions of their inputs. Every message builder returns its fallback ``text`` with its blocks, both
safe to send as they are: a rep's text is escaped (see bot.slack.mrkdwn) and cut to Slack's limits. What
is cut is only what is shown; the stored lead keeps every character.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from typing import Any

from bot.domain.contact import CONTACT_FIELDS, MAX_COMPANY, MAX_EMAIL, MAX_NAME, MAX_NOTES, MAX_PHONE_INPUT
from bot.domain.conversation import Reply, ReplyKind
from bot.domain.outbox import LeadRecord, LeadStatus
from bot.services.form import OWNER_BLOCK
from bot.slack.form_hints import NO_HINTS, FormHints
from bot.slack.mrkdwn import (
    FALLBACK_TEXT_MAX,
    FIELD_TEXT_MAX,
    INPUT_MAX,
    SECTION_TEXT_MAX,
    escape,
    fit,
    mrkdwn,
    plain,
    prefix_within,
    shown,
    shown_or_ellipsis,
    slack_len,
    unescape,
)

MODAL_CALLBACK_ID = "newlead_modal"
EDIT_ACTION_ID = "lead_edit"
RETRY_ACTION_ID = "lead_retry"
VALUE_ACTION_ID = "value"
# An input's action id when a form update gives it a new initial value: Slack keeps what is in an input
# whose block and action ids are unchanged (what the rep typed), so only a changed id shows the new value.
REFILLED_ACTION_ID = "value_refilled"
FIELD_BLOCKS = CONTACT_FIELDS  # each input block is named after its field
CHAT_OPEN_FORM_ACTION = "chat_open_form"
# The summary's buttons do what typing the word would do.
CHAT_ACTIONS = {"chat_confirm": "confirm", "chat_edit": "edit", "chat_cancel": "cancel",
                "chat_create_anyway": "create anyway"}
_CLOSED_AS = {"chat_confirm": "Confirmed", "chat_edit": "Editing", "chat_cancel": "Cancelled",
              "chat_create_anyway": "Created anyway"}
# Each input holds what its contact field accepts: the limits are said once, in bot.domain.contact (the
# CRM's schema sets none), capped by the largest max_length Slack allows. The email input has no
# max_length; its limit only decides what is prefilled.
INPUT_LIMITS = {field: min(limit, INPUT_MAX) for field, limit in (
    ("name", MAX_NAME), ("email", MAX_EMAIL), ("phone", MAX_PHONE_INPUT), ("company", MAX_COMPANY),
    ("notes", MAX_NOTES))}
_SHOWN_VALUE = 300  # a name, CRM message or error as shown inside a status line
# A contact field in a status message: four of them, the headline and a dry run's JSON stay well under
# what one message may carry in all (tests.support.block_kit.MESSAGE_TEXT_TOTAL_MAX).
_SHOWN_FIELD = 1000
_SLACK_USER_ID = re.compile(r"[UW][A-Z0-9]{2,20}")


def _input(
    block_id: str, label: str, *, element_type: str = "plain_text_input", initial: str | None = None,
    placeholder: str, hint: str | None = None, multiline: bool = False, max_length: int | None = None,
    refilled: Collection[str] = (),
) -> dict[str, Any]:
    action_id = REFILLED_ACTION_ID if block_id in refilled else VALUE_ACTION_ID
    element: dict[str, Any] = {
        "type": element_type, "action_id": action_id, "placeholder": plain(placeholder),
    }
    if initial:
        element["initial_value"] = initial
    if multiline:
        element["multiline"] = True
    if max_length:
        element["max_length"] = max_length
    block: dict[str, Any] = {
        "type": "input", "block_id": block_id, "optional": True, "label": plain(label), "element": element,
    }
    if hint:
        block["hint"] = plain(hint)
    return block


def _prefill(initial: dict[str, str], problems: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """What fits in each input, and the problems plus a plain word about any value that did not fit:
    Slack refuses a whole view whose initial_value is longer than the input's max_length."""
    fitted: dict[str, str] = {}
    problems = dict(problems)
    for field, value in initial.items():
        if not isinstance(value, str) or not value or field not in INPUT_LIMITS:
            continue
        limit, size = INPUT_LIMITS[field], slack_len(value)
        if size <= limit:
            fitted[field] = value
            continue
        if field == "email":  # a cut email is a different address: leave it out
            note = f"The email has {size:,} characters, more than the form holds, so it is left out."
        else:
            fitted[field] = prefix_within(value, limit)
            note = f"Only the first {limit:,} of its {size:,} characters fit in the form."
        problems[field] = f"{note} {problems[field]}" if field in problems else note
    return fitted, problems


def _problem_lines(problems: dict[str, str]) -> str:
    """One line per field; each gets an equal share of the text's room, so one long echo of what the
    rep typed cannot push another field's problem out of sight."""
    intro = ":warning: Some of what you typed needs a look:"
    share = (SECTION_TEXT_MAX - slack_len(intro)) // len(problems) - 1
    lines = [fit(f"\u2022 *{escape(field)}*: {escape(message)}", share) for field, message in problems.items()]
    return "\n".join([intro, *lines])


def _owner_picker(owner: str | None) -> dict[str, Any]:
    """Whose CRM agent gets the lead: a Slack user, the rep unless they pick a colleague."""
    element: dict[str, Any] = {"type": "users_select", "action_id": VALUE_ACTION_ID,
                               "placeholder": plain("Choose a colleague")}
    if owner and _SLACK_USER_ID.fullmatch(owner):
        element["initial_user"] = owner
    return {"type": "input", "block_id": OWNER_BLOCK, "optional": True, "label": plain("Owner"),
            "element": element, "hint": plain("The lead goes to this person's CRM agent. Leave it as you to keep it.")}


def lead_modal(
    *, private_metadata: str, initial: dict[str, str] | None = None, problems: dict[str, str] | None = None,
    resend: bool = False, owner: str | None = None, refilled: Collection[str] = (), hints: FormHints = NO_HINTS,
) -> dict[str, Any]:
    """The lead form. ``owner`` preselects the owner picker (the rep); a resend form has no picker: its
    lead keeps the owner it had. ``refilled`` names the inputs an update of the open form gives a new
    value (see REFILLED_ACTION_ID); every other input keeps what the rep typed. ``hints`` marks guessed
    values and offers the company the email suggests (bot.slack.form_hints)."""
    initial, problems = _prefill(initial or {}, problems or {})
    blocks: list[dict[str, Any]] = []
    if problems:
        blocks.append({"type": "context", "elements": [mrkdwn(_problem_lines(problems))]})
    blocks += [
        _input("name", "Name", initial=initial.get("name"), placeholder="Jane Roe", max_length=INPUT_LIMITS["name"],
               refilled=refilled, hint=hints.hint("name")),
        _input("email", "Email", element_type="email_text_input", initial=initial.get("email"),
               placeholder="jane.roe@example.com", refilled=refilled),
        _input("phone", "Phone", initial=initial.get("phone"), placeholder="+1 415 555 0100",
               hint="Include the country code for numbers outside your region.", max_length=INPUT_LIMITS["phone"],
               refilled=refilled),
        _input("company", "Company", initial=initial.get("company"), placeholder="Acme Inc",
               max_length=INPUT_LIMITS["company"], refilled=refilled,
               hint=None if initial.get("company") and "company" not in hints.guessed else hints.hint("company")),
        *([suggestion] if (suggestion := hints.suggestion_block()) and not initial.get("company") else []),
        _input("notes", "Notes", initial=initial.get("notes"), placeholder="What should the CRM know?",
               multiline=True, max_length=INPUT_LIMITS["notes"], refilled=refilled),
    ]
    if not resend:
        blocks.append(_owner_picker(owner))
    blocks.append({"type": "context", "elements": [mrkdwn("Give at least a name, an email or a phone number.")]})
    return {
        "type": "modal",
        "callback_id": MODAL_CALLBACK_ID,
        "title": plain("Resend lead" if resend else "New lead"),
        "submit": plain("Resend" if resend else "Create lead"),
        "close": plain("Cancel"),
        "private_metadata": private_metadata,
        "blocks": blocks,
    }


def _contact_fields(record: LeadRecord) -> list[dict[str, Any]]:
    contact = record.contact_fields()
    return [mrkdwn(f"*{field.capitalize()}*\n{shown(contact[field], _SHOWN_FIELD)}", FIELD_TEXT_MAX)
            for field in ("name", "email", "phone", "company") if field in contact]


def _headline(record: LeadRecord) -> str:
    who = shown(record.who() or "this lead", _SHOWN_VALUE)
    status = record.status
    if status is LeadStatus.PENDING:
        return f":hourglass_flowing_sand: Lead *{who}* is saved and queued for the CRM."
    if status is LeadStatus.SENDING:
        return f":outbox_tray: Sending lead *{who}* to the CRM\u2026"
    if status is LeadStatus.RETRYING:
        when = record.next_attempt_at.strftime("%H:%M:%S UTC")
        reason = shown(record.last_error or "no answer", _SHOWN_VALUE)
        return (f":repeat: The CRM did not take lead *{who}* yet ({reason}). "
                f"Attempt {record.attempts} failed; trying again at {when}. Nothing is lost.")
    if status is LeadStatus.DRY_RUN:
        return f":test_tube: Dry run: lead *{who}* was saved but not sent, because no CRM token is set."
    if status is LeadStatus.DELIVERED:
        message = shown(record.crm_message or "created", _SHOWN_VALUE)
        crm_id = crm_id_of(record.crm_response)
        tail = f" (CRM id {shown(crm_id, _SHOWN_VALUE)})" if crm_id else ""
        return f":white_check_mark: Lead *{who}* was created in the CRM{tail}. The CRM said: \u201c{message}\u201d"
    reason = shown(record.last_error or "no reason given", _SHOWN_VALUE)
    return f":x: The CRM did not accept lead *{who}*: \u201c{reason}\u201d"


def crm_id_of(response: str | None) -> str | None:
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


def _section(markup: str) -> dict[str, Any]:
    return {"type": "section", "text": mrkdwn(markup)}


def _would_send(record: LeadRecord) -> dict[str, Any]:
    """The dry run's request body, cut to what a section can show (the stored body is whole)."""
    intro, fence = "This is the JSON LeadBot would send:\n```", "```"
    body = shown(json.dumps(record.wire, indent=2, ensure_ascii=False),
                 SECTION_TEXT_MAX - slack_len(intro) - len(fence))
    return _section(f"{intro}{body}{fence}")


def status_message(record: LeadRecord) -> tuple[str, list[dict[str, Any]]]:
    """The fallback text and blocks of the rep's status message for a lead."""
    headline = fit(_headline(record), FALLBACK_TEXT_MAX)
    blocks: list[dict[str, Any]] = [_section(headline)]
    fields = _contact_fields(record)
    if fields:
        blocks.append({"type": "section", "fields": fields})
    if record.status is LeadStatus.DRY_RUN:
        blocks.append(_would_send(record))
    if record.status is LeadStatus.FAILED:
        blocks.append(failed_lead_actions(record.id))
    blocks.append({"type": "context", "elements": [
        mrkdwn(f"Lead {shown(record.id[:8], 8)} \u2022 {record.status.value}")]})
    return headline, blocks


def failed_lead_actions(lead_id: str, block_id: str = "lead_failed") -> dict[str, Any]:
    """What a rep can do about a lead the CRM refused: edit it and send it again, or send it as it is."""
    return {"type": "actions", "block_id": block_id, "elements": [
        _button(EDIT_ACTION_ID, "Edit and resend", lead_id, "primary"),
        _button(RETRY_ACTION_ID, "Retry as is", lead_id),
    ]}


def _button(action_id: str, text: str, value: str, style: str | None = None) -> dict[str, Any]:
    button: dict[str, Any] = {"type": "button", "action_id": action_id, "text": plain(text), "value": value}
    if style:
        button["style"] = style
    return button


def chat_reply_message(reply: Reply, conversation: str) -> tuple[str, list[dict[str, Any]]]:
    """A chat reply's fallback text and blocks; a summary gets Confirm / Edit / Cancel, a duplicate
    question Create anyway / Cancel, a form offer its button."""
    text = shown_or_ellipsis(reply.text, min(SECTION_TEXT_MAX, FALLBACK_TEXT_MAX))
    blocks: list[dict[str, Any]] = [_section(text)]
    if reply.kind is ReplyKind.SUMMARY and slack_len(escape(reply.text)) > SECTION_TEXT_MAX:
        # Too long to show whole: cut the lead's details, never the closing line that says what to do.
        details, _, closing = reply.text.rpartition("\n")
        blocks = [_section(shown_or_ellipsis(details, SECTION_TEXT_MAX)), _section(shown_or_ellipsis(closing, 500))]
    if reply.kind is ReplyKind.SUMMARY:
        blocks.append({"type": "actions", "block_id": "chat_summary", "elements": [
            _button("chat_confirm", "Confirm", conversation, "primary"),
            _button("chat_edit", "Edit", conversation),
            _button("chat_cancel", "Cancel", conversation, "danger"),
        ]})
    elif reply.kind is ReplyKind.DUPLICATE:
        blocks.append({"type": "actions", "block_id": "chat_duplicate", "elements": [
            _button("chat_create_anyway", "Create anyway", conversation, "primary"),
            _button("chat_cancel", "Cancel", conversation, "danger"),
        ]})
    elif reply.kind is ReplyKind.OFFER_FORM:
        blocks.append({"type": "actions", "block_id": "chat_form", "elements": [
            _button(CHAT_OPEN_FORM_ACTION, "Open the form", conversation, "primary")]})
    return text, blocks


def text_message(text: str) -> tuple[str, list[dict[str, Any]]]:
    """A message that is only words (a draft that timed out, say), as data like every other."""
    shown_text = shown_or_ellipsis(text, min(SECTION_TEXT_MAX, FALLBACK_TEXT_MAX))
    return shown_text, [_section(shown_text)]


def closed_summary_message(echoed_text: str, action_id: str, user_id: str) -> tuple[str, list[dict[str, Any]]]:
    """The clicked summary without its buttons. ``echoed_text`` is the message's text as Slack echoes it
    in the click's payload: it is read as data (unescaped once, escaped again), never re-sent as markup."""
    text = shown(unescape(echoed_text), min(SECTION_TEXT_MAX, FALLBACK_TEXT_MAX)).strip() or "Lead summary"
    who = f"<@{user_id}>" if _SLACK_USER_ID.fullmatch(user_id) else "the rep"
    return text, [
        _section(text),
        {"type": "context", "elements": [mrkdwn(f"{_CLOSED_AS.get(action_id, 'Answered')} by {who}")]},
    ]
