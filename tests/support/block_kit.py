"""Is what LeadBot sends to Slack valid Block Kit, and free of live markup? One place to ask.

    assert_valid_view(view)                     a modal or Home view (views.open / publish / update / push)
    assert_valid_message(text, blocks)          a message (chat.postMessage / chat.update): fallback + blocks
    assert_no_live_markup(payload, allowed=())  nothing in ``payload`` pings anyone or becomes a link
    assert_valid_call(method, args, allowed=()) all of the above for one recorded Web API call
                                                (tests.support.fake_slack.SlackCall's method and args)

Each raises AssertionError naming the path of what is wrong. Validity is checked twice: by slack_sdk's
own models (every block, element and text object, and the view), and by :func:`limit_problems`, which
checks the documented limits the models leave out (section fields of 2,000, an initial_value within its
max_length, blocks per message, ...) and counts length in UTF-16 units as Slack's clients do.

"Live markup" is what Slack turns into a mention or a link: any ``<…>`` sequence in mrkdwn or in a
message's fallback text (``<!channel>``, ``<@U1>``, ``<#C1>``, ``<!subteam^S1>``, ``<https://x|y>``,
``<mailto:a@b>``), a mrkdwn object without ``verbatim: true`` (Slack then links bare URLs and channel
names and parses some mentions itself), and a call that asks Slack to parse (``parse=full``,
``link_names``). ``allowed`` lists the sequences a test expects, e.g. ``("<@U0REP001>",)``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from slack_sdk.models.basic_objects import JsonObject
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

from bot.slack import mrkdwn as limits
from bot.slack.mrkdwn import slack_len

# Not documented: Slack answers msg_blocks_too_long past about 13,000 characters of blocks in one message
# (slackapi/bolt-js#2509), whatever the per-block limits say. Staying under 12,000 leaves a margin.
MESSAGE_TEXT_TOTAL_MAX = 12_000

_MARKUP = re.compile(r"<[^<>]*>")
_VIEW_METHODS = ("views.open", "views.publish", "views.update", "views.push")
_MESSAGE_METHODS = ("chat.postMessage", "chat.update", "chat.postEphemeral")


def assert_valid_view(view: dict[str, Any]) -> None:
    _assert_models(View(**view), "view")
    for index, block in enumerate(view.get("blocks") or []):
        _assert_models(Block.parse(block), f"view.blocks[{index}]")
    _assert_no_problems(limit_problems(view, surface="view"))


def assert_valid_message(text: str, blocks: list[dict[str, Any]] | None) -> None:
    for index, block in enumerate(blocks or []):
        _assert_models(Block.parse(block), f"blocks[{index}]")
    _assert_no_problems(limit_problems({"text": text, "blocks": blocks or []}, surface="message"))


def assert_no_live_markup(payload: Any, *, allowed: Iterable[str] = ()) -> None:
    found = live_markup(payload, allowed=allowed)
    assert not found, "live markup: " + "; ".join(f"{path}: {what!r}" for path, what in found)


def assert_valid_call(method: str, args: dict[str, Any], *, allowed: Iterable[str] = ()) -> None:
    if method in _VIEW_METHODS:
        assert_valid_view(args["view"])
    elif method in _MESSAGE_METHODS:
        assert_valid_message(str(args.get("text") or ""), args.get("blocks"))
    assert_no_live_markup(args, allowed=allowed)


def live_markup(payload: Any, *, allowed: Iterable[str] = ()) -> list[tuple[str, str]]:
    """(path, what) for each live mention, link or parsing request in ``payload``: a call's args, a
    view, blocks, or a message text (a bare string is read as a fallback text)."""
    allowed = set(allowed)
    found: list[tuple[str, str]] = []
    if isinstance(payload, str):
        payload = {"text": payload}
    for path, value in _walk(payload, "$"):
        if not isinstance(value, dict):
            continue
        if value.get("type") == "mrkdwn":
            if value.get("verbatim") is not True:
                found.append((path, "mrkdwn without verbatim: true"))
            texts = [value.get("text")]
        elif "type" not in value:  # a call's args or a message: its text is mrkdwn
            texts = [value.get("text")]
            if value.get("parse") == "full" or value.get("link_names") in (True, 1, "1", "true"):
                found.append((path, "asks Slack to parse names"))
        else:
            continue
        for text in texts:
            if isinstance(text, str):
                found += [(f"{path}.text", m) for m in _MARKUP.findall(text) if m not in allowed]
    return found


def limit_problems(payload: dict[str, Any], *, surface: str) -> list[str]:
    """Documented Block Kit limits that slack_sdk's models do not check (or count in code points)."""
    problems: list[str] = []

    def over(path: str, text: Any, limit: int) -> None:
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{path}: empty or not a string")
        elif slack_len(text) > limit:
            problems.append(f"{path}: {slack_len(text)} > {limit}")

    blocks = payload.get("blocks") or []
    if surface == "view":
        if len(blocks) > limits.VIEW_BLOCKS_MAX:
            problems.append(f"blocks: {len(blocks)} > {limits.VIEW_BLOCKS_MAX}")
        for key in ("title", "submit", "close"):
            if key in payload:
                over(key, payload[key].get("text"), limits.VIEW_TITLE_MAX)
        metadata = payload.get("private_metadata") or ""
        if slack_len(metadata) > limits.PRIVATE_METADATA_MAX:
            problems.append(f"private_metadata: {slack_len(metadata)} > {limits.PRIVATE_METADATA_MAX}")
    else:
        if len(blocks) > limits.MESSAGE_BLOCKS_MAX:
            problems.append(f"blocks: {len(blocks)} > {limits.MESSAGE_BLOCKS_MAX}")
        over("text", payload.get("text"), limits.FALLBACK_TEXT_MAX)
        total = sum(slack_len(v["text"]) for _, v in _walk(blocks, "")
                    if isinstance(v, dict) and isinstance(v.get("text"), str))
        if total > MESSAGE_TEXT_TOTAL_MAX:
            problems.append(f"blocks: {total} characters of text > {MESSAGE_TEXT_TOTAL_MAX}")
    for index, block in enumerate(blocks):
        problems += _block_problems(block, f"blocks[{index}]", over)
    return problems


def _block_problems(block: dict[str, Any], path: str, over: Any) -> list[str]:
    problems: list[str] = []
    if len(block.get("block_id", "")) > limits.ID_MAX:
        problems.append(f"{path}.block_id too long")
    kind = block.get("type")
    if kind == "section":
        if "text" in block:
            over(f"{path}.text", block["text"].get("text"), limits.SECTION_TEXT_MAX)
        fields = block.get("fields") or []
        if len(fields) > limits.SECTION_FIELDS_MAX:
            problems.append(f"{path}.fields: {len(fields)} > {limits.SECTION_FIELDS_MAX}")
        for i, field in enumerate(fields):
            over(f"{path}.fields[{i}]", field.get("text"), limits.FIELD_TEXT_MAX)
    elif kind == "header":
        over(f"{path}.text", block["text"].get("text"), limits.HEADER_MAX)
    elif kind == "context":
        elements = block.get("elements") or []
        if len(elements) > limits.CONTEXT_ELEMENTS_MAX:
            problems.append(f"{path}.elements: {len(elements)} > {limits.CONTEXT_ELEMENTS_MAX}")
        for i, element in enumerate(elements):
            if "text" in element:
                over(f"{path}.elements[{i}]", element["text"], limits.SECTION_TEXT_MAX)
    elif kind == "actions":
        for i, element in enumerate(block.get("elements") or []):
            problems += _element_problems(element, f"{path}.elements[{i}]", over)
    elif kind == "input":
        over(f"{path}.label", block["label"].get("text"), limits.LABEL_MAX)
        if "hint" in block:
            over(f"{path}.hint", block["hint"].get("text"), limits.LABEL_MAX)
        problems += _element_problems(block["element"], f"{path}.element", over)
    return problems


def _element_problems(element: dict[str, Any], path: str, over: Any) -> list[str]:
    problems: list[str] = []
    if len(element.get("action_id", "")) > limits.ID_MAX:
        problems.append(f"{path}.action_id too long")
    if "placeholder" in element:
        over(f"{path}.placeholder", element["placeholder"].get("text"), limits.PLACEHOLDER_MAX)
    if element.get("type") == "button":
        over(f"{path}.text", element["text"].get("text"), limits.BUTTON_TEXT_MAX)
        if slack_len(str(element.get("value", ""))) > limits.BUTTON_VALUE_MAX:
            problems.append(f"{path}.value too long")
    if element.get("type") == "plain_text_input":
        max_length = element.get("max_length", limits.INPUT_MAX)
        if not 1 <= max_length <= limits.INPUT_MAX:
            problems.append(f"{path}.max_length {max_length} outside 1..{limits.INPUT_MAX}")
        initial = element.get("initial_value")
        if initial is not None and slack_len(initial) > min(max_length, limits.INPUT_MAX):
            problems.append(f"{path}.initial_value: {slack_len(initial)} > max_length {max_length}")
    return problems


def _assert_models(model: JsonObject | None, path: str) -> None:
    """slack_sdk's validators for ``model`` and every object inside it (its validate_json is shallow)."""
    assert model is not None, f"{path}: slack_sdk does not know this block type"
    for where, obj in _models(model, path):
        try:
            obj.validate_json()
        except Exception as exc:  # SlackObjectFormationError, or a validator tripping on a bad shape
            raise AssertionError(f"{where}: {exc}") from exc


def _models(obj: JsonObject, path: str) -> Iterator[tuple[str, JsonObject]]:
    yield path, obj
    for name, value in vars(obj).items():
        for i, item in enumerate(value if isinstance(value, list | tuple) else [value]):
            if isinstance(item, JsonObject):
                yield from _models(item, f"{path}.{name}[{i}]" if isinstance(value, list | tuple) else
                                   f"{path}.{name}")


def _walk(value: Any, path: str) -> Iterator[tuple[str, Any]]:
    if isinstance(value, str) and path.endswith(("blocks", "view")) and value.startswith(("[", "{")):
        value = json.loads(value)  # a form-encoded call carries its blocks or view as JSON text
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in ("private_metadata", "state"):  # never rendered
                yield from _walk(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, f"{path}[{index}]")


def _assert_no_problems(problems: list[str]) -> None:
    assert not problems, "outside Block Kit limits: " + "; ".join(problems)
