"""The /newlead surface: the slash command opens the modal, its submission captures the lead, and
the "Edit and resend" button on a rejected lead reopens it."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.domain.assembly import CaptureContext, Surface, TypedNote
from bot.domain.contact import build_contact
from bot.domain.freetext import parse_free_text
from bot.domain.outbox import LeadStatus
from bot.errors import SlackError, StoreError
from bot.faults import AFTER_STORE, BEFORE_STORE, crash_point
from bot.ports import ConversationKey
from bot.slack import web_api
from bot.slack.blocks import (
    EDIT_ACTION_ID,
    FIELD_BLOCKS,
    MODAL_CALLBACK_ID,
    RETRY_ACTION_ID,
    VALUE_ACTION_ID,
    lead_modal,
)
from bot.slack.context import SlackDeps, tell
from bot.slack.mrkdwn import shown
from bot.slack.payload import ModalOrigin, text_at

log = logging.getLogger(__name__)

COMMAND = "/newlead"
_STORE_DOWN = "LeadBot could not save this lead just now, so nothing was sent. Press Create lead again."
FORM_DID_NOT_OPEN = "Slack did not open the form in time, so nothing was saved. Please try again."


def register(app: App, deps: SlackDeps) -> None:
    @app.command(COMMAND)
    def open_lead_modal(ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond) -> None:
        ack()
        text = text_at(body, "text")
        parsed = parse_free_text(text, deps.region)
        origin = ModalOrigin(
            channel_id=text_at(body, "channel_id"), channel_name=text_at(body, "channel_name"),
            team_id=text_at(body, "team_id"), team_domain=text_at(body, "team_domain"),
            typed=text, typed_at=time.time() if text else 0.0,
        )
        initial = dict(parsed.values)
        for field, raw in parsed.raw.items():
            # Show what was typed even when it did not validate, except where Slack's email input
            # would refuse an invalid initial value.
            if field not in initial and field != "email":
                initial[field] = raw
        view = lead_modal(private_metadata=origin.dumps(), initial=initial, problems=parsed.problems)
        if not open_modal(client, text_at(body, "trigger_id"), view):
            tell(respond, "Slack did not open the form in time, so nothing was saved. Please run /newlead again"
                 " (what you typed is kept here): /newlead " + shown(text, 2500))
            return
        # After the form is open: look the rep's name up, so the submission finds it cached.
        deps.users.warm(text_at(body, "user_id"))

    @app.view(MODAL_CALLBACK_ID)
    def submit_lead_modal(ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
        values = {field: text_at(view, "state", "values", field, VALUE_ACTION_ID, "value") for field in FIELD_BLOCKS}
        contact, problems = build_contact(region=deps.region, **values)
        if contact is None:
            ack(response_action="errors", errors=problems)
            return
        origin = ModalOrigin.loads(text_at(view, "private_metadata"))
        user_id = text_at(body, "user", "id")
        fallback_name = text_at(body, "user", "name") or text_at(body, "user", "username")
        # Cached since the form opened; never looked up here, before the ack.
        name = deps.users.name(user_id, fallback_name)
        context = _context(origin, body, user_id, name, notes=contact.notes, now=deps.clock.now())
        crash_point(BEFORE_STORE)
        try:
            if origin.lead_id:
                record = deps.capture.resubmit(origin.lead_id, contact, context)
            else:
                record = deps.capture.capture(contact, context, capture_key=f"modal:{text_at(view, 'id')}")
        except StoreError:
            log.exception("could not store a lead from the modal")
            ack(response_action="errors", errors={"name": _STORE_DOWN})
            return
        crash_point(AFTER_STORE)
        ack()
        if record is None:
            return  # a resend of a lead that is no longer failed: a double click; nothing to do
        conversation = ConversationKey.parse(origin.conversation)
        if origin.lead_id:
            deps.notifier.lead_status_changed(record)
        else:
            if conversation is not None:
                deps.chat.end_via_form(conversation)  # the chat offered this form: it is done
            deps.notifier.lead_captured(record)
        deps.capture.queued()

    @app.action(EDIT_ACTION_ID)
    def edit_rejected_lead(ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond) -> None:
        ack()
        lead_id = text_at(body, "actions", 0, "value")
        record = deps.store.get(lead_id) if lead_id else None
        if record is None or record.status is not LeadStatus.FAILED:
            tell(respond, "That lead is no longer waiting for an edit.")
            return
        lead = record.lead
        meta = lead.get("metaData") or {}
        initial = {
            "name": lead.get("name"), "email": lead.get("email"), "phone": lead.get("phone"),
            "company": meta.get("company"), "notes": meta.get("notes"),
        }
        origin = ModalOrigin(channel_id=record.channel_id or "", team_id=record.team_id or "", lead_id=record.id)
        view = lead_modal(private_metadata=origin.dumps(), resend=True,
                          initial={k: v for k, v in initial.items() if isinstance(v, str)})
        if not open_modal(client, text_at(body, "trigger_id"), view):
            tell(respond, FORM_DID_NOT_OPEN)


def register_retry(app: App, deps: SlackDeps) -> None:
    @app.action(RETRY_ACTION_ID)
    def retry_rejected_lead(ack: Ack, body: dict[str, Any], respond: Respond) -> None:
        ack()
        lead_id = text_at(body, "actions", 0, "value")
        try:
            record = deps.capture.retry(lead_id) if lead_id else None
        except StoreError:
            log.warning("could not queue a lead again", exc_info=True)
            tell(respond, "LeadBot could not reach its database just now. Press Retry again in a moment.")
            return
        if record is None:
            tell(respond, "That lead is no longer waiting for a retry.")
            return
        deps.notifier.lead_status_changed(record)
        deps.capture.queued()


def open_modal(client: WebClient, trigger_id: str, view: dict[str, Any]) -> bool:
    """Open a modal; False (logged) when Slack did not, so the caller can tell the rep."""
    if not trigger_id:
        return False
    try:
        web_api.call("views.open", lambda: client.views_open(trigger_id=trigger_id, view=view))
    except SlackError as exc:
        log.warning("the form did not open", extra={"method": exc.method, "error": exc.error})
        return False
    return True



def _context(
    origin: ModalOrigin, body: dict[str, Any], user_id: str, user_name: str, *, notes: str | None,
    now: datetime,
) -> CaptureContext:
    typed: list[TypedNote] = []
    if origin.typed.strip():
        typed.append(TypedNote(f"/newlead {origin.typed.strip()}", datetime.fromtimestamp(origin.typed_at, UTC)
                               if origin.typed_at else now))
    if notes:
        typed.append(TypedNote(notes, now))
    return CaptureContext(
        surface=Surface.MODAL,
        user_id=user_id,
        user_name=user_name,
        team_id=origin.team_id or text_at(body, "team", "id") or None,
        team_name=origin.team_domain or text_at(body, "team", "domain") or None,
        channel_id=origin.channel_id or None,
        channel_name=origin.channel_name or None,
        thread_ts=origin.thread_ts or None,
        typed=tuple(typed),
    )
