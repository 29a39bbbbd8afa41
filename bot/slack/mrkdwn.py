"""A rep's text inside Block Kit: escaped so it stays data, and cut to fit Slack's limits.

Slack reads ``&``, ``<`` and ``>`` in mrkdwn (and in a message's fallback ``text``) as control characters:
``<!channel>``, ``<@U123>`` and ``<https://x|label>`` are live mentions and links. Escaping them is not
enough on its own: a mrkdwn object without ``verbatim`` also links bare URLs and channel names and parses
some mentions, so every mrkdwn object LeadBot builds is verbatim.

Limits are Slack's documented ones (docs.slack.dev Block Kit reference; slack_sdk.models checks some).
Lengths are counted in UTF-16 code units, as Slack's JavaScript clients count them: an emoji outside
the Basic Multilingual Plane counts twice. That is never less than Python's ``len``, so a text that
fits here fits however Slack counts.
"""

from __future__ import annotations

from typing import Any

from bot.domain.contact import without_controls

# Slack's limits, in the units above.
SECTION_TEXT_MAX = 3000  # a section's text; also any text object's
FIELD_TEXT_MAX = 2000  # each of a section's fields
SECTION_FIELDS_MAX = 10
CONTEXT_ELEMENTS_MAX = 10
HEADER_MAX = 150
BUTTON_TEXT_MAX = 75
BUTTON_VALUE_MAX = 2000
ID_MAX = 255  # action_id, block_id, callback_id
LABEL_MAX = 2000  # an input's label and hint
PLACEHOLDER_MAX = 150
INPUT_MAX = 3000  # the largest max_length a plain_text_input may have
VIEW_TITLE_MAX = 24  # a modal's title, submit and close
PRIVATE_METADATA_MAX = 3000
MESSAGE_BLOCKS_MAX = 50
VIEW_BLOCKS_MAX = 100
# Slack truncates a message's text at 40,000 characters; the fallback is a notification line, not the
# message, so LeadBot keeps it to a section's worth.
FALLBACK_TEXT_MAX = 3000

ELLIPSIS = "\u2026"
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def slack_len(text: str) -> int:
    """The length of ``text`` in UTF-16 code units (counted in C: views measure every field, before an ack)."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def prefix_within(text: str, units: int) -> str:
    """The longest prefix of ``text`` that is at most ``units`` long (UTF-16)."""
    if len(text) <= units and slack_len(text) <= units:
        return text
    used = 0
    for index, ch in enumerate(text):
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > units:
            return text[:index]
    return text


def escape(text: str) -> str:
    """Rep text as mrkdwn data: ``&``, ``<`` and ``>`` become entities, so nothing in it is markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    """The inverse of :func:`escape`, one level deep (``&amp;lt;`` becomes ``&lt;``, not ``<``)."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def clip(text: str, limit: int) -> str:
    """Plain text cut to at most ``limit`` units, ending in an ellipsis when it was cut."""
    if slack_len(text) <= limit:
        return text
    return prefix_within(text, limit - 1).rstrip() + ELLIPSIS


def fit(markup: str, limit: int) -> str:
    """Escaped mrkdwn cut to at most ``limit`` units without splitting an ``&…;`` entity."""
    if slack_len(markup) <= limit:
        return markup
    cut = prefix_within(markup, limit - 1)
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut.rstrip() + ELLIPSIS


def shown(text: str, limit: int) -> str:
    """Rep text escaped for mrkdwn and cut so the escaped form is at most ``limit`` units. Control
    characters other than line breaks and tabs are dropped: they show as nothing, and Slack may refuse
    a NUL. (Format characters stay: emoji sequences are made with them.)"""
    return fit(escape(without_controls(text, keep_format=True)), limit)


def shown_or_ellipsis(text: str, limit: int) -> str:
    """Like :func:`shown`, for a text Slack needs non-blank (a fallback, a section)."""
    return shown(text, limit).strip() or ELLIPSIS


def mrkdwn(markup: str, limit: int = SECTION_TEXT_MAX) -> dict[str, Any]:
    """A verbatim mrkdwn text object; ``markup`` must already have its rep text escaped."""
    return {"type": "mrkdwn", "text": fit(markup, limit) if markup.strip() else ELLIPSIS, "verbatim": True}


def plain(text: str, limit: int = SECTION_TEXT_MAX) -> dict[str, Any]:
    """A plain_text object: Slack never reads markup in it, so only its length needs care."""
    return {"type": "plain_text", "text": clip(text, limit) if text.strip() else ELLIPSIS, "emoji": True}
