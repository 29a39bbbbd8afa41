"""A minimal check of what LeadBot sends to Slack, with slack_sdk's own Block Kit models.

Stand-in until tests/support/block_kit.py (written by another helper) lands; the three names match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

MESSAGE_BLOCKS = 50  # Slack: blocks per message
VIEW_BLOCKS = 100  # Slack: blocks per modal or Home tab
PRIVATE_METADATA = 3000
MESSAGE_TEXT = 40_000  # chat.postMessage truncates beyond this
_LIVE = re.compile(r"<(![^>]*|@[UW][A-Z0-9]+)(?:\|[^>]*)?>")


def assert_valid_view(view: dict[str, Any]) -> None:
    View(**view).validate_json()  # also each block's documented limits
    assert len(view.get("blocks", [])) <= VIEW_BLOCKS, f"{len(view['blocks'])} blocks in a view"
    assert len(view.get("private_metadata") or "") <= PRIVATE_METADATA, "private_metadata over 3000"


def assert_valid_message(text: str | None, blocks: list[dict[str, Any]] | None) -> None:
    assert text, "a message needs its fallback text (notifications, screen readers)"
    assert len(text) <= MESSAGE_TEXT
    for block in blocks or []:
        parsed = Block.parse(block)
        assert parsed is not None, f"not a Block Kit block: {block}"
        parsed.validate_json()
    assert len(blocks or []) <= MESSAGE_BLOCKS, f"{len(blocks or [])} blocks in a message"


def assert_no_live_markup(text: str, *, allowed_users: Iterable[str] = ()) -> None:
    """No broadcast (``<!channel>``, ``<!here>``…) and no mention of anyone but ``allowed_users``."""
    allowed = {f"@{user}" for user in allowed_users}
    live = [m.group(0) for m in _LIVE.finditer(text) if m.group(1) not in allowed]
    assert not live, f"live markup {live} in {text!r}"
