"""A lean path for the most frequent request LeadBot gets: a rep's plain DM.

Bolt answers every request through its whole dispatch: a fresh ``WebClient`` for the request, each
global middleware, then each listener's matchers and middleware with their arguments built by
inspection, and the listener itself on the listener pool. For a DM all of that ends in the same
place, the chat listener's ``on_message`` storing the message in the chat inbox, and an empty
listener whose only effect is Bolt's ack. This path gives such a request that same treatment with
less around it: Bolt's own middleware objects (the app's ``RequestVerification``,
``SingleTeamAuthorization`` and ``IgnoringSelfEvents``, in the app's order, so the signature, the
token's identity and the bot's own messages are checked exactly as Bolt checks them), then
``on_message``, then the answer Bolt's ack gives (200, empty body). Anything else goes to Bolt; a request a
middleware stops is answered as Bolt's dispatch answers it (a bad signature: 401).

It is only there in HTTP mode with one workspace's token; with OAuth (many workspaces) every request
still goes through Bolt, whose authorization looks the installation up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from slack_bolt import App, BoltContext, BoltRequest, BoltResponse
from slack_bolt.middleware import IgnoringSelfEvents, RequestVerification, SingleTeamAuthorization
from slack_bolt.middleware.middleware import Middleware

MessageHandler = Callable[[dict[str, Any], dict[str, Any], BoltContext], None]

# The global middleware the path runs, by class, in the app's order; every other one Bolt has (SSL
# check, URL verification, function tokens) does nothing for an event callback.
_CHECKS = (RequestVerification, SingleTeamAuthorization, IgnoringSelfEvents)


class DirectMessages:
    """Takes a signed ``event_callback`` whose event is a plain message (no subtype) in a DM."""

    def __init__(self, app: App, checks: Sequence[Middleware], on_message: MessageHandler) -> None:
        self._client = app.client
        self._checks = checks
        self._on_message = on_message

    @classmethod
    def for_app(cls, app: App, on_message: MessageHandler) -> DirectMessages | None:
        """The path for ``app``, or None when the app does not check signatures and authorise with
        one token (Socket Mode, OAuth) or has none of its auth.test answer yet."""
        found = [m for m in getattr(app, "_middleware_list", []) if isinstance(m, _CHECKS)]
        kinds = [type(m) for m in found]
        if app.oauth_flow is not None or kinds != list(_CHECKS):
            return None
        auth = found[1]
        assert isinstance(auth, SingleTeamAuthorization)
        if not auth.auth_test_result:
            return None
        return cls(app, found, on_message)

    def __call__(self, req: BoltRequest) -> BoltResponse | None:
        """Bolt's answer to ``req`` if this path took it; None: dispatch it through Bolt."""
        body = req.body
        if body.get("type") != "event_callback":
            return None
        event = body.get("event")
        if not isinstance(event, dict) or event.get("type") != "message" or "subtype" in event \
                or event.get("channel_type") != "im":
            return None
        # What Bolt's dispatch sets before its middleware runs, less the per-request WebClient: the
        # app's own client carries the same token, and nothing on this path calls Slack.
        req.context["token"] = self._client.token
        req.context["client"] = self._client
        for check in self._checks:
            passed = False

            def next_() -> BoltResponse:
                nonlocal passed
                passed = True
                return BoltResponse(status=200, body="")

            answer = check.process(req=req, resp=BoltResponse(status=200, body=""), next=next_)
            if not passed:
                # Stopped, as Bolt's dispatch stops: its answer is the request's (a bad signature:
                # 401; the bot's own message: acked and ignored).
                return answer
        self._on_message(event, body, req.context)
        return BoltResponse(status=200, body="")  # what Bolt's ack of an event answers
