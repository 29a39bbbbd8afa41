"""Chat capture in Slack: a DM to LeadBot, or an @mention that starts a conversation in its thread.

Listeners only translate: a Slack message becomes (conversation key, text, rep), stored in the chat
inbox before Slack gets its ack and queued (services/chat_turns.py); on the chat queue's thread the
chat service applies it and the replies are rendered back into the same DM or thread. Every event the
manifest subscribes to lands here or in home.py, so Slack never gets a 404. Slack's retries of an
event are recognised by ``event_id`` (the inbox item's id, and recorded with the conversation's new
state, in one transaction) and change nothing; deletions, joins and bot messages get no reply.

Where a conversation lives: a DM is one conversation per rep, whether they answer at the top level
or in a thread under LeadBot's question (the reply goes where they wrote); in a channel, each thread
LeadBot was @mentioned in is one conversation per rep.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, BoltContext, BoltResponse, Respond
from slack_sdk import WebClient

from bot.errors import LeadBotError
from bot.ports import ConversationKey, InboxItem
from bot.services.chat import ChatOutcome, Rep
from bot.slack.blocks import CHAT_ACTIONS, CHAT_OPEN_FORM_ACTION, closed_summary_message, lead_modal
from bot.slack.chat_replies import ReplyPoster
from bot.slack.clients import SlackClients
from bot.slack.context import SlackDeps, tell, workspace_key
from bot.slack.newlead import FORM_DID_NOT_OPEN, open_modal
from bot.slack.payload import ModalOrigin, dig, plain_text, text_at
from bot.slack.users import name_in_profile

log = logging.getLogger(__name__)

# Message subtypes that carry something a person typed; every other subtype is ignored on purpose.
_TYPED_SUBTYPES = {"", "file_share", "thread_broadcast"}
EDITED = "message_changed"
_EventHandler = Callable[[dict[str, Any], dict[str, Any], BoltContext], None]
COULD_NOT_SAVE = "I couldn't save that just now, so nothing changed. Please send it again in a moment."


def _by_a_person(message: dict[str, Any]) -> bool:
    return not message.get("bot_id") and bool(text_at(message, "user"))


def _mentions(text: str, bot_user_id: str | None) -> bool:
    """Whether ``text`` @mentions the bot, in the modern ``<@U…>`` or the legacy ``<@U…|name>`` form."""
    return bool(bot_user_id) and re.search(rf"<@{re.escape(bot_user_id or '')}(?:\|[^>]*)?>", text) is not None


def attach_turns(deps: SlackDeps, poster: ReplyPoster, clients: SlackClients) -> None:
    """Gives the chat turns their work: a stored message applied and its replies posted in Slack. In the
    serving process with its listeners (register), or alone in the turn worker process."""
    chat = deps.chat

    def apply(item: InboxItem) -> None:
        """One turn, on the chat queue's thread (never before an ack). Raises LeadBotError."""
        # The key's team is the request's workspace: an org-wide install's enterprise id, whose bot answers.
        client = clients.for_team(item.key.team_id)
        if client is None:  # uninstalled since the message came: nobody to answer
            return
        key = item.key
        rep = Rep(user_name=deps.users.name(key.user_id, item.user_name, team=key.team_id),
                  name_of=lambda user_id: deps.users.name_now(user_id, team=key.team_id))
        chat.handle(key, item.text, rep, event_id=item.id, show=_render(poster, client, key, item.reply_thread),
                    inbox_id=item.id)

    deps.turns.attach(apply, lambda item: _say_not_saved(poster, clients, item))


def _say_not_saved(poster: ReplyPoster, clients: SlackClients, item: InboxItem) -> None:
    client = clients.for_team(item.key.team_id)
    if client is not None:
        poster.say(client, item.key.channel_id, item.reply_thread, COULD_NOT_SAVE)


def _render(poster: ReplyPoster, client: WebClient, key: ConversationKey,
            reply_thread: str | None) -> Callable[[ChatOutcome], None]:
    return lambda outcome: poster.post(client, key, reply_thread, outcome.replies)


def register(app: App, deps: SlackDeps, poster: ReplyPoster, clients: SlackClients) -> _EventHandler:
    """Registers the chat listeners; returns the message listener's work (``on_message``), which the
    lean path for a rep's DM (fast_path.py) runs without Bolt's listener machinery."""
    chat, turns = deps.chat, deps.turns
    attach_turns(deps, poster, clients)

    def take(key: ConversationKey, text: str, event: dict[str, Any], event_id: str, reply_thread: str | None,
             *, only_if_active: bool = False) -> None:
        """In the request thread, before the ack: store the message and queue its turn. With
        ``only_if_active``, only a draft in progress takes it (a channel thread LeadBot follows, or an
        edit). A store that cannot answer whether there is one is logged, not answered: the message
        may well not be for LeadBot."""
        try:
            if only_if_active and not chat.is_active(key):
                return
        except LeadBotError:
            log.warning("could not tell whether LeadBot follows a message's thread", exc_info=True)
            return
        item = InboxItem(id=event_id or f"local-{uuid.uuid4().hex}", key=key, text=text, reply_thread=reply_thread,
                         user_name=name_in_profile(event.get("user_profile")) or "")
        try:
            turns.accept(item)
        except LeadBotError:
            log.warning("a chat message could not be stored", exc_info=True)
            turns.later(item, lambda: _say_not_saved(poster, clients, item))

    def key_for(context: BoltContext, event: dict[str, Any], message: dict[str, Any]) -> ConversationKey:
        # In a DM every thread belongs to the one conversation with the rep.
        thread = "" if text_at(event, "channel_type") == "im" else text_at(message, "thread_ts")
        return ConversationKey(workspace_key(context), text_at(event, "channel"), thread, text_at(message, "user"))

    def on_message(event: dict[str, Any], body: dict[str, Any], context: BoltContext) -> None:
        subtype = text_at(event, "subtype")
        if subtype == EDITED:
            on_edit(event, body, context)
            return
        if subtype not in _TYPED_SUBTYPES or not _by_a_person(event):
            return
        raw = text_at(event, "text")
        text = plain_text(raw)
        key = key_for(context, event, event)
        in_dm = text_at(event, "channel_type") == "im"
        # In channels LeadBot only follows threads it was @mentioned in; the mention itself arrives as
        # app_mention too, and is answered there. Every DM is followed.
        if not text or not in_dm and (not key.thread_ts or _mentions(raw, context.bot_user_id)):
            return  # a file with no words, channel chatter, or a mention answered as app_mention
        take(key, text, event, text_at(body, "event_id"), text_at(event, "thread_ts") or None,
             only_if_active=not in_dm)

    def on_edit(event: dict[str, Any], body: dict[str, Any], context: BoltContext) -> None:
        """An edited message in an active draft is applied as a correction (the engine reads the new
        text like any message, so changed details replace the old ones)."""
        message = dig(event, "message", default={})
        raw = text_at(message, "text")
        text = plain_text(raw)
        if not isinstance(message, dict) or not _by_a_person(message) or not text \
                or raw == text_at(event, "previous_message", "text"):
            return  # our own edits, unfurls (same text), or an edit that removed the words
        key = key_for(context, event, message)
        if text_at(event, "channel_type") != "im" and not key.thread_ts:
            # A thread's first message (the @mention that started a draft) has no thread_ts of its own.
            key = ConversationKey(key.team_id, key.channel_id, text_at(message, "ts"), key.user_id)
        # Only a draft in progress takes the edit; anywhere else it changes nothing LeadBot holds.
        take(key, text, message, text_at(body, "event_id"), text_at(message, "thread_ts") or key.thread_ts or None,
             only_if_active=True)

    def on_mention(event: dict[str, Any], body: dict[str, Any], context: BoltContext) -> None:
        if text_at(event, "subtype") not in _TYPED_SUBTYPES or not _by_a_person(event):
            return
        thread = text_at(event, "thread_ts") or text_at(event, "ts")
        key = ConversationKey(workspace_key(context), text_at(event, "channel"), thread, text_at(event, "user"))
        take(key, plain_text(text_at(event, "text")), event, text_at(body, "event_id"), thread)

    def before_ack(handler: _EventHandler) -> Callable[..., BoltResponse]:
        """``handler`` as listener middleware: Bolt runs it in the request thread, before its auto-ack
        of the event, so a message is stored before Slack hears back."""
        def middleware(event: dict[str, Any], body: dict[str, Any], context: BoltContext,
                       next: Callable[[], BoltResponse]) -> BoltResponse:  # noqa: A002 - Bolt's name
            handler(event, body, context)
            return next()
        return middleware

    # The listeners themselves have nothing left to do: the turn runs on the chat queue.
    app.event("message", middleware=[before_ack(on_message)])(_acked)
    app.event("app_mention", middleware=[before_ack(on_mention)])(_acked)

    @app.action(re.compile("^(" + "|".join(map(re.escape, CHAT_ACTIONS)) + ")$"))
    def on_summary_button(ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond,
                          context: BoltContext) -> None:
        action = text_at(body, "actions", 0, "action_id")
        key = _key_for_clicker(body, context)
        if key is None:
            ack()
            _not_yours(body, respond)
            return
        in_thread = text_at(body, "message", "thread_ts") or text_at(body, "container", "thread_ts")
        post_replies = _render(poster, client, key, key.thread_ts or in_thread or None)

        def show(outcome: ChatOutcome) -> None:
            # Confirm has stored the lead by now, so an answered click is a saved lead.
            ack()
            _close_summary(poster, client, body, action)
            post_replies(outcome)

        try:
            chat.handle(key, CHAT_ACTIONS[action],
                        # Not answered yet: names come from the cache only (an owner named earlier is in it).
                        Rep(user_name=deps.users.name(key.user_id, text_at(body, "user", "name"), team=key.team_id),
                            name_of=lambda user_id: deps.users.name(user_id, team=key.team_id)), show=show)
        except LeadBotError:  # raised before anything was shown: the click is not answered yet
            log.warning("a summary button could not be applied", exc_info=True)
            ack()
            tell(respond, COULD_NOT_SAVE.replace("send it again", "press the button again"))

    @app.action(CHAT_OPEN_FORM_ACTION)
    def on_open_form(ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond,
                     context: BoltContext) -> None:
        ack()
        key = _key_for_clicker(body, context)
        if key is None:
            _not_yours(body, respond)
            return
        try:
            state = chat.state_of(key)
        except LeadBotError:  # the draft is still stored; the form just opens without it
            log.warning("could not read the draft for the form", exc_info=True)
            state = None
        origin = ModalOrigin(channel_id=key.channel_id, team_id=key.team_id, thread_ts=key.thread_ts,
                             conversation=str(key))
        view = lead_modal(private_metadata=origin.dumps(), initial=dict(state.fields) if state else {},
                          owner=(state.owner if state else None) or key.user_id)
        if not open_modal(client, text_at(body, "trigger_id"), view):
            tell(respond, FORM_DID_NOT_OPEN + " Your draft is kept: press the button again, or go on here.")

    return on_message


def _acked() -> None:
    """The event's listener: Bolt acks it; the work was queued by its middleware."""


def _key_for_clicker(body: dict[str, Any], context: BoltContext) -> ConversationKey | None:
    """The conversation a button belongs to, if the person who pressed it is its rep, in its workspace."""
    key = ConversationKey.parse(text_at(body, "actions", 0, "value"))
    if key is None or key.user_id != text_at(body, "user", "id") or key.team_id != workspace_key(context):
        return None
    return key


def _not_yours(body: dict[str, Any], respond: Respond) -> None:
    key = ConversationKey.parse(text_at(body, "actions", 0, "value"))
    if key is not None:
        tell(respond, f"Only <@{key.user_id}> can change this lead.")


def _close_summary(poster: ReplyPoster, client: WebClient, body: dict[str, Any], action: str) -> None:
    """Take the buttons off the summary that was clicked, so it cannot be clicked twice."""
    channel, ts = text_at(body, "container", "channel_id"), text_at(body, "container", "message_ts")
    if channel and ts:
        text, blocks = closed_summary_message(text_at(body, "message", "text"), action, text_at(body, "user", "id"))
        poster.update(client, channel, ts, text, blocks)
