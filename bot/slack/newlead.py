"""The /newlead surface: the slash command opens the modal, its submission captures the lead, and
the "Edit and resend" button on a rejected lead reopens it."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.domain.assembly import NEWLEAD_COMMAND, FormOrigin, SourceMessage
from bot.domain.freetext import parse_free_text
from bot.domain.outbox import LeadRecord
from bot.domain.parsed_text import ParsedText
from bot.errors import SlackError, StoreError
from bot.ports import ConversationKey
from bot.services.form import OWNER_BLOCK, FormResult, FormSubmission
from bot.slack import web_api
from bot.slack.blocks import (
    EDIT_ACTION_ID,
    FIELD_BLOCKS,
    MODAL_CALLBACK_ID,
    RETRY_ACTION_ID,
    VALUE_ACTION_ID,
    lead_modal,
)
from bot.slack.context import SlackDeps, tell, tell_rep, workspace_key
from bot.slack.duplicates import duplicate_form
from bot.slack.form_hints import SUGGEST_COMPANY_ACTION, FormHints
from bot.slack.mrkdwn import shown
from bot.slack.payload import ModalOrigin, dig, input_value, plain_text, text_at

log = logging.getLogger(__name__)

COMMAND = NEWLEAD_COMMAND
_DATABASE_DOWN = "LeadBot could not reach its database just now. Press {button} again in a moment."
FORM_DID_NOT_OPEN = "Slack did not open the form in time, so nothing was saved. Please try again."


def register(app: App, deps: SlackDeps) -> None:
    @app.command(COMMAND)
    def open_lead_modal(ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond,
                        context: BoltContext) -> None:
        ack()
        # (Slack escapes &, < and > in a command's text, and may wrap links: read what the rep typed)
        text = plain_text(text_at(body, "text"))
        parsed = parse_free_text(text, deps.region)
        origin = ModalOrigin(
            channel_id=text_at(body, "channel_id"), channel_name=text_at(body, "channel_name"),
            team_id=workspace_key(context), team_domain=text_at(body, "team_domain"),
            typed=text, typed_at=time.time() if text else 0.0,
        )
        view = lead_modal(private_metadata=origin.dumps(), initial=prefill(parsed), problems=parsed.problems,
                          owner=text_at(body, "user_id"), hints=FormHints.of(parsed))
        if not open_modal(client, text_at(body, "trigger_id"), view):
            tell(respond, f"Slack did not open the form in time, so nothing was saved. Please run {COMMAND} again"
                 f" (what you typed is kept here): {COMMAND} " + shown(text, 2500))
            return
        # After the form is open: look the rep's name up, so the submission finds it cached.
        deps.users.warm(text_at(body, "user_id"), team=origin.team_id)

    @app.view(MODAL_CALLBACK_ID)
    def submit_lead_modal(ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext) -> None:
        origin = ModalOrigin.loads(text_at(view, "private_metadata"))
        user_id, workspace = text_at(body, "user", "id"), workspace_key(context)
        fallback_name = text_at(body, "user", "name") or text_at(body, "user", "username")
        form = FormSubmission(
            values={field: input_value(view, field) for field in FIELD_BLOCKS},
            user_id=user_id,
            # Cached since the form opened; never looked up here.
            user_name=deps.users.name(user_id, fallback_name, team=workspace),
            origin=_form_origin(origin, body, workspace),
            capture_key=f"modal:{text_at(view, 'id')}",
            resend_of=origin.lead_id,
            conversation=ConversationKey.parse(origin.conversation),
            owner_id=text_at(view, "state", "values", OWNER_BLOCK, VALUE_ACTION_ID, "selected_user"),
            accepted_duplicate=origin.duplicate_of,
        )

        def answer(result: FormResult) -> None:
            if result.problems:
                ack(response_action="errors", errors=result.problems)
            elif result.duplicate is not None:
                # Nothing stored: the same form, as typed, asks Create anyway (a submit that accepts
                # this earlier lead) or Cancel (closes it).
                accepting = replace(origin, duplicate_of=result.duplicate.lead_id)
                form_again = lead_modal(private_metadata=accepting.dumps(), initial=dict(form.values),
                                        owner=form.owner_id or user_id)
                ack(response_action="update", view=duplicate_form(form_again, result.duplicate))
            else:
                ack()

        deps.form.submit(form, answer)

    @app.action(SUGGEST_COMPANY_ACTION)
    def use_suggested_company(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        """The rep pressed "Use “Initrode”": the open form gets that company; the rest stays as they left it."""
        ack()
        view = dig(body, "view", default={})
        values = {field: value for field in FIELD_BLOCKS if (value := input_value(view, field))}
        values["company"] = text_at(body, "actions", 0, "value")
        typed = ModalOrigin.loads(text_at(view, "private_metadata")).typed
        guessed = parse_free_text(typed, deps.region).guessed - {"company"}
        owner = text_at(view, "state", "values", OWNER_BLOCK, VALUE_ACTION_ID, "selected_user")
        form = lead_modal(private_metadata=text_at(view, "private_metadata"), initial=values,
                          owner=owner or text_at(body, "user", "id"), refilled={"company"},
                          hints=FormHints(frozenset(guessed)))
        web_api.attempt("views.update", lambda: client.views_update(
            view_id=text_at(view, "id"), hash=text_at(view, "hash") or None, view=form),
            context="taking the company the email suggests")

    @app.action(EDIT_ACTION_ID)
    def edit_rejected_lead(ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond,
                           context: BoltContext) -> None:
        # Pressed on the rep's status message, or in App Home (no response URL: notes go to the DM).
        ack()
        record = _on_failed_lead(body, workspace_key(context), client, respond, deps.capture.failed_lead,
                                 button="Edit and resend", gone="That lead is no longer waiting for an edit.")
        if record is None:
            return
        origin = ModalOrigin(channel_id=record.channel_id or "", team_id=record.team_id or "", lead_id=record.id)
        view = lead_modal(private_metadata=origin.dumps(), resend=True, initial=record.contact_fields())
        if not open_modal(client, text_at(body, "trigger_id"), view):
            tell_rep(respond, client, text_at(body, "user", "id"), FORM_DID_NOT_OPEN)


def register_retry(app: App, deps: SlackDeps) -> None:
    @app.action(RETRY_ACTION_ID)
    def retry_rejected_lead(ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond,
                            context: BoltContext) -> None:
        # From App Home too: the lead's new status then shows there (and in its status message).
        ack()
        _on_failed_lead(body, workspace_key(context), client, respond, deps.capture.retry, button="Retry",
                        gone="That lead is no longer waiting for a retry.")


def _on_failed_lead(body: dict[str, Any], workspace: str, client: WebClient, respond: Respond,
                    act: Callable[[str, str | None], LeadRecord | None], *, button: str,
                    gone: str) -> LeadRecord | None:
    """Run ``act`` on the failed lead a button names, in the payload's workspace; the rep is told (by the
    response URL, or by DM from App Home) when the database is down or the lead no longer waits."""
    lead_id = text_at(body, "actions", 0, "value")
    user_id = text_at(body, "user", "id")
    try:
        record = act(lead_id, workspace or None) if lead_id else None
    except StoreError:
        log.warning("could not act on a failed lead", extra={"button": button}, exc_info=True)
        tell_rep(respond, client, user_id, _DATABASE_DOWN.format(button=button))
        return None
    if record is None:
        tell_rep(respond, client, user_id, gone)
    return record


def prefill(parsed: ParsedText) -> dict[str, str]:
    """The form's initial values from free text: what validated, and what was typed even when it did
    not, except where Slack's email input would refuse an invalid initial value."""
    initial = dict(parsed.values)
    for field, raw in parsed.raw.items():
        if field not in initial and field != "email":
            initial[field] = raw
    return initial


def open_modal(client: WebClient, trigger_id: str, view: dict[str, Any]) -> bool:
    """Open a modal; False (logged) when Slack did not, so the caller can tell the rep."""
    return open_view(client, trigger_id, view) is not None


def open_view(client: WebClient, trigger_id: str, view: dict[str, Any]) -> dict[str, Any] | None:
    """Open a modal and return the view Slack opened (its id and hash); None (logged) when it did not."""
    if not trigger_id:
        return None
    try:
        answer = web_api.call("views.open", lambda: client.views_open(trigger_id=trigger_id, view=view))
    except SlackError as exc:
        log.warning("the form did not open", extra={"method": exc.method, "error": exc.error})
        return None
    opened = dig(answer.data, "view", default={})
    return opened if isinstance(opened, dict) else {}


def _form_origin(origin: ModalOrigin, body: dict[str, Any], workspace: str) -> FormOrigin:
    """Where the form came from, as the private metadata kept it, in ``workspace``."""
    # The workspace is always the signed payload's, never the form's private metadata: a lead (and a
    # resend of one) belongs to the workspace whose rep submitted it.
    return FormOrigin(
        team_id=workspace or None,
        team_name=origin.team_domain or text_at(body, "team", "domain") or None,
        channel_id=origin.channel_id or None,
        channel_name=origin.channel_name or None,
        thread_ts=origin.thread_ts or None,
        typed=origin.typed,
        typed_at=datetime.fromtimestamp(origin.typed_at, UTC) if origin.typed_at else None,
        message=SourceMessage(ts=origin.message_ts, author_id=origin.author_id or None,
                              author_name=origin.author_name or None,
                              permalink=origin.permalink or None) if origin.message_ts else None,
    )

