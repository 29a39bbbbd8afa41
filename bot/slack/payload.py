"""Safe reads from Slack payloads: a missing or mistyped key gives a default, never an exception."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields
from typing import Any

from bot.slack.mrkdwn import PRIVATE_METADATA_MAX, slack_len


def dig(data: Any, *path: str | int, default: Any = None) -> Any:
    for key in path:
        if isinstance(key, int):
            if not isinstance(data, list) or not -len(data) <= key < len(data):
                return default
            data = data[key]
        else:
            if not isinstance(data, dict) or key not in data:
                return default
            data = data[key]
    return default if data is None else data


def text_at(data: Any, *path: str | int) -> str:
    value = dig(data, *path, default="")
    return value if isinstance(value, str) else ""


@dataclass(frozen=True)
class ModalOrigin:
    """Where a modal was opened from; round-trips through the view's ``private_metadata``."""

    channel_id: str = ""
    channel_name: str = ""
    team_id: str = ""
    team_domain: str = ""
    thread_ts: str = ""
    typed: str = ""
    typed_at: float = 0.0
    lead_id: str = ""
    conversation: str = ""  # set when a chat offered the form
    duplicate_of: str = ""  # the earlier lead the rep was warned of: submitting again creates this one anyway
    # Set when the message shortcut opened the form: the message, its author and its link.
    message_ts: str = ""
    author_id: str = ""
    author_name: str = ""
    permalink: str = ""

    def dumps(self) -> str:
        """JSON within Slack's private_metadata limit. The limit applies to the JSON, where a quote or
        a backslash takes two characters and a control character six, so ``typed`` (the only long
        field) gets whatever room the rest leaves, measured after encoding."""
        # Shallow (every field is a str or a float): asdict would deep-copy, before an ack.
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "typed" and getattr(self, f.name)}
        while slack_len(_compact(data)) > PRIVATE_METADATA_MAX:
            # Slack's ids and names are far shorter; only a forged payload gets here.
            del data[max(data, key=lambda k: len(str(data[k])))]
        if not self.typed:
            return _compact(data)
        whole = _compact({**data, "typed": self.typed})
        if slack_len(whole) <= PRIVATE_METADATA_MAX:
            return whole  # the usual case: no need to look for the longest prefix that fits
        low, high = 0, len(self.typed)  # the longest prefix of typed that fits, by bisection
        while low < high:
            middle = (low + high + 1) // 2
            if slack_len(_compact({**data, "typed": self.typed[:middle]})) <= PRIVATE_METADATA_MAX:
                low = middle
            else:
                high = middle - 1
        return _compact({**data, "typed": self.typed[:low]} if low else data)

    @classmethod
    def loads(cls, raw: str) -> ModalOrigin:
        try:
            data = json.loads(raw) if raw else {}
        except json.JSONDecodeError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        fields = cls.__dataclass_fields__
        clean: dict[str, Any] = {}
        for name, value in data.items():
            if name not in fields:
                continue
            if name == "typed_at" and isinstance(value, int | float):
                clean[name] = float(value)
            elif name != "typed_at" and isinstance(value, str):
                clean[name] = value
        return cls(**clean)


def _compact(data: dict[str, Any]) -> str:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def input_value(view: Any, block_id: str) -> str:
    """What the rep left in the input block ``block_id`` of a submitted view, whatever its element's
    action id (an input's action id changes when the form is updated with a new initial value)."""
    actions = dig(view, "state", "values", block_id, default={})
    for entry in actions.values() if isinstance(actions, dict) else ():
        value = dig(entry, "value")
        if isinstance(value, str):
            return value
    return ""


_SLACK_MARKUP = re.compile(r"<([^<>|]*)(?:\|([^<>]*))?>")
# "owner: @jane" arrives as "owner: <@U123>" (or "<@U123|jane>"): the engine gets the id.
_OWNER_MENTION = re.compile(r"(\bowner\s*:\s*)<@([UW][A-Z0-9]+)(?:\|[^<>]*)?>", re.IGNORECASE)


def plain_text(text: str) -> str:
    """A message as the rep typed it: Slack wraps emails, phones, links and mentions in ``<…>``
    markup and escapes &, < and >; undo that, dropping mentions of people and the bot, except the
    person an ``owner:`` names, who is kept as their user id."""

    def unwrap(match: re.Match[str]) -> str:
        target, label = match.group(1), match.group(2)
        if target.startswith(("@", "!")):
            return ""
        if target.startswith("#"):
            return f"#{label}" if label else ""
        if label:
            return label
        return target.removeprefix("mailto:").removeprefix("tel:")

    unwrapped = _SLACK_MARKUP.sub(unwrap, _OWNER_MENTION.sub(r"\1\2", text))
    return unwrapped.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip()
