"""Chat capture in Slack: a DM to LeadBot, or an @mention that starts a conversation in its thread.

Listeners only translate: a Slack message becomes (conversation key, text, rep), the chat service
does the work, and the replies are rendered back into the same DM or thread. Every event the manifest
subscribes to lands here or in home.py, so Slack never gets a 404. Slack's retries of an event are
recognised by ``event_id`` (recorded with the conversation's new state, in one transaction) and
change nothing; edits, deletions, joins and bot messages get no reply.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.domain.conversation import Reply
from bot.ports import ConversationKey
from bot.services.chat import ChatOutcome, Rep
from bot.slack.blocks import (
    CHAT_ACTIONS,
    CHAT_OPEN_FORM_ACTION,
    chat_reply_message,
    closed_summary_message,
    lead_modal,
)
from bot.slack.context import SlackDeps, tell
from bot.slack.payload import ModalOrigin, plain_text, text_at

log = logging.getLogger(__name__)

# Message subtypes that carry something a person typed; every other subtype is ignored on purpose.
_TYPED_SUBTYPES = {"", "file_share", "thread_broadcast"}


def _typed_by_a_person(event: dict[str, Any]) -> bool:
    return (text_at(event, "subtype") in _TYPED_SUBTYPES and not event.get("bot_id")
            and bool(text_at(event, "user")))


def register(app: App, deps: SlackDeps) -> None:
    chat = deps.chat

    def converse(key: ConversationKey, text: str, client: WebClient, event_id: str) -> None:
        rep = Rep(user_name=deps.users.name(key.user_id, ""))
        outcome = chat.handle(key, text, rep, event_id=event_id)
        render(client, key, outcome)

    def render(client: WebClient, key: ConversationKey, outcome: ChatOutcome) -> None:
        thread = key.thread_ts or None
        for reply in outcome.replies:
            _post(client, key.channel_id, thread, reply, key)
        if outcome.lead is not None:
            deps.notifier.lead_captured(outcome.lead)
            deps.capture.queued()

    @app.event("message")
    def on_message(event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        if not _typed_by_a_person(event):
            return
        channel_type = text_at(event, "channel_type")
        thread_ts = text_at(event, "thread_ts")
        key = ConversationKey(text_at(body, "team_id") or text_at(event, "team"), text_at(event, "channel"),
                              thread_ts, text_at(event, "user"))
        if channel_type != "im":
            # In channels LeadBot only follows threads it was @mentioned in; the mention itself
            # arrives as app_mention too, and is answered there.
            if not thread_ts or f"<@{context.bot_user_id}>" in text_at(event, "text"):
                return
            if not chat.is_active(key):
                return
        converse(key, plain_text(text_at(event, "text")), client, text_at(body, "event_id"))

    @app.event("app_mention")
    def on_mention(event: dict[str, Any], body: dict[str, Any], client: WebClient) -> None:
        if not _typed_by_a_person(event):
            return
        thread = text_at(event, "thread_ts") or text_at(event, "ts")
        key = ConversationKey(text_at(body, "team_id") or text_at(event, "team"), text_at(event, "channel"),
                              thread, text_at(event, "user"))
        converse(key, plain_text(text_at(event, "text")), client, text_at(body, "event_id"))

    @app.action(re.compile(r"^chat_(confirm|edit|cancel)$"))
    def on_summary_button(ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond) -> None:
        action = text_at(body, "actions", 0, "action_id")
        key = _key_for_clicker(body)
        if key is None:
            ack()
            _not_yours(body, respond)
            return
        # Confirm stores the lead before Slack is answered: if this fails, Slack shows the rep an
        # error on the button and pressing it again is safe (one lead per conversation).
        outcome = chat.handle(key, CHAT_ACTIONS[action], Rep(user_name=deps.users.name(key.user_id, "")))
        ack()
        _close_summary(client, body, action)
        render(client, key, outcome)

    @app.action(CHAT_OPEN_FORM_ACTION)
    def on_open_form(ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond) -> None:
        ack()
        key = _key_for_clicker(body)
        if key is None:
            _not_yours(body, respond)
            return
        state = chat.state_of(key)
        origin = ModalOrigin(channel_id=key.channel_id, team_id=key.team_id, thread_ts=key.thread_ts,
                             conversation=str(key))
        view = lead_modal(private_metadata=origin.dumps(), initial=dict(state.fields) if state else {})
        try:
            client.views_open(trigger_id=text_at(body, "trigger_id"), view=view)
        except (SlackApiError, SlackClientError) as exc:
            log.warning("views.open failed", extra={"error": type(exc).__name__})


def _key_for_clicker(body: dict[str, Any]) -> ConversationKey | None:
    """The conversation a button belongs to, if the person who pressed it is its rep."""
    key = ConversationKey.parse(text_at(body, "actions", 0, "value"))
    if key is None or key.user_id != text_at(body, "user", "id"):
        return None
    return key


def _not_yours(body: dict[str, Any], respond: Respond) -> None:
    key = ConversationKey.parse(text_at(body, "actions", 0, "value"))
    if key is not None:
        tell(respond, f"Only <@{key.user_id}> can change this lead.")


def _close_summary(client: WebClient, body: dict[str, Any], action: str) -> None:
    """Take the buttons off the summary that was clicked, so it cannot be clicked twice."""
    channel, ts = text_at(body, "container", "channel_id"), text_at(body, "container", "message_ts")
    if not channel or not ts:
        return
    text, blocks = closed_summary_message(text_at(body, "message", "text"), action, text_at(body, "user", "id"))
    try:
        client.chat_update(channel=channel, ts=ts, text=text, blocks=blocks)
    except (SlackApiError, SlackClientError) as exc:
        log.info("could not close the summary", extra={"error": type(exc).__name__})


def _post(client: WebClient, channel: str, thread: str | None, reply: Reply, key: ConversationKey) -> None:
    text, blocks = chat_reply_message(reply, str(key))
    try:
        client.chat_postMessage(channel=channel, thread_ts=thread, text=text, blocks=blocks,
                                unfurl_links=False, unfurl_media=False)
    except (SlackApiError, SlackClientError) as exc:
        error = exc.response.get("error") if isinstance(exc, SlackApiError) else type(exc).__name__
        log.warning("could not post a chat reply", extra={"error": error, "kind": reply.kind.value})

