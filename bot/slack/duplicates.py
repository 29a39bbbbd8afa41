"""The duplicate warning in the lead form: the same form, as the rep filled it, with the earlier lead
described on top and **Create anyway** / **Cancel** for buttons."""

from __future__ import annotations

from typing import Any

from bot.domain.duplicates import DuplicateLead
from bot.slack.mrkdwn import SECTION_TEXT_MAX, mrkdwn, plain, shown

DUPLICATE_BLOCK_ID = "duplicate_warning"
CREATE_ANYWAY = "Create anyway"
_CHOICE = f" Press *{CREATE_ANYWAY}* to create this lead all the same, or *Cancel*: nothing is stored until you choose."


def duplicate_form(form: dict[str, Any], duplicate: DuplicateLead) -> dict[str, Any]:
    """``form`` (a lead modal) asking whether to create its lead beside ``duplicate``."""
    sentence = shown(duplicate.sentence(), SECTION_TEXT_MAX - len(_CHOICE) - 20)
    warning = {"type": "section", "block_id": DUPLICATE_BLOCK_ID,
               "text": mrkdwn(f":warning: {sentence}.{_CHOICE}")}
    return {**form, "submit": plain(CREATE_ANYWAY), "close": plain("Cancel"), "blocks": [warning, *form["blocks"]]}
