"""The "Create lead from message" shortcut: the lead form, prefilled from a message and its author.

Slack's trigger id expires three seconds after the click, so the form opens first, prefilled from the
message's text (the same reader as /newlead). Only then does LeadBot look up the message's permalink
and its author's Slack profile, and update the open form with them. Slack keeps what is in an input
whose block and action ids are unchanged, so the update leaves every input the text filled (and
anything the rep typed there) as it is; the inputs the profile fills were empty when the form opened
and get a new action id, which is what makes Slack show the new value (blocks.REFILLED_ACTION_ID).
The form is submitted like /newlead's (newlead.submit_lead_modal); its private metadata says which
message it came from, for the CRM activity.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.domain.contact import normalise_field
from bot.domain.freetext import parse_free_text
from bot.errors import ContactError
from bot.ports import PersonProfile
from bot.slack import web_api
from bot.slack.blocks import lead_modal
from bot.slack.context import SlackDeps, tell, workspace_key
from bot.slack.form_hints import NO_HINTS, FormHints
from bot.slack.manifest import SHORTCUT_CALLBACK_ID
from bot.slack.newlead import FORM_DID_NOT_OPEN, open_view, prefill
from bot.slack.payload import ModalOrigin, dig, plain_text, text_at

log = logging.getLogger(__name__)


def register(app: App, deps: SlackDeps) -> None:
    @app.shortcut(SHORTCUT_CALLBACK_ID)
    def open_from_message(ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond,
                          context: BoltContext) -> None:
        ack()
        message = dig(body, "message", default={})
        text = plain_text(text_at(message, "text"))
        parsed = parse_free_text(text, deps.region)
        origin = _origin(body, message, text, workspace_key(context))
        initial = prefill(parsed)
        rep = text_at(body, "user", "id")
        opened = open_view(client, text_at(body, "trigger_id"), lead_modal(
            private_metadata=origin.dumps(), initial=initial, problems=parsed.problems, owner=rep,
            hints=FormHints.of(parsed)))
        if opened is None:
            tell(respond, FORM_DID_NOT_OPEN)
            return
        deps.users.warm(rep, team=origin.team_id)  # the rep's name, cached before they submit
        author = text_at(message, "user")
        profile = None
        if author and author != rep:
            profile = deps.sources.author(author, workspace=origin.team_id, our_team=str(context.team_id or ""),
                                          their_team=_author_team(message))
        permalink = deps.sources.permalink(origin.channel_id, origin.message_ts, workspace=origin.team_id) \
            if origin.channel_id else None
        completed = replace(origin, permalink=permalink or "",
                            author_name=(profile.name if profile else "") or origin.author_name)
        # Text wins: the profile fills only what the message's text did not say.
        said = set(parsed.values) | set(parsed.raw)
        from_profile = {f: v for f, v in _profile_fields(profile, deps.region).items() if f not in said}
        if from_profile or completed != origin:
            view = lead_modal(private_metadata=completed.dumps(), initial={**initial, **from_profile},
                              problems=parsed.problems, owner=rep, refilled=from_profile,
                              hints=FormHints.of(parsed) if "company" not in from_profile else NO_HINTS)
            _update(client, opened, view)


def _update(client: WebClient, opened: dict[str, Any], view: dict[str, Any]) -> None:
    # The hash makes Slack refuse the update if the view changed since it opened (it was submitted and
    # answered with another view, say): the rep's newer form wins.
    web_api.attempt("views.update", lambda: client.views_update(
        view_id=text_at(opened, "id"), hash=text_at(opened, "hash") or None, view=view),
        context="completing the form from a message")


def _origin(body: dict[str, Any], message: Any, text: str, workspace: str) -> ModalOrigin:
    ts = text_at(message, "ts") or text_at(body, "message_ts")
    try:
        typed_at = float(ts)
    except ValueError:
        typed_at = 0.0
    profile_name = text_at(message, "user_profile", "real_name") or text_at(message, "user_profile", "display_name")
    return ModalOrigin(
        channel_id=text_at(body, "channel", "id"), channel_name=text_at(body, "channel", "name"),
        team_id=workspace,
        team_domain=text_at(body, "team", "domain"), typed=text, typed_at=typed_at if text else 0.0,
        message_ts=ts, author_id=text_at(message, "user"), author_name=profile_name.strip(),
    )


def _author_team(message: Any) -> str:
    """The author's workspace as the message says it (Slack Connect messages carry it)."""
    return text_at(message, "user_team") or text_at(message, "user_profile", "team")


def _profile_fields(profile: PersonProfile | None, region: str) -> dict[str, str]:
    """The form fields a profile fills: each value as the form would store it; one that would not
    validate (an odd phone in a profile, say) is left out rather than shown as a problem."""
    if profile is None:
        return {}
    fields: dict[str, str] = {}
    for field, raw in (("name", profile.name), ("email", profile.email), ("phone", profile.phone),
                       ("company", profile.organisation)):
        try:
            value = normalise_field(field, raw, region) if raw else None
        except ContactError:
            continue
        if value:
            fields[field] = value
    return fields
