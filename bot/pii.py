"""Masking personal data for operators' eyes: enough to recognise a lead, not enough to copy it."""

from __future__ import annotations

import copy
import re
from typing import Any

from bot.logs import redact


def mask_name(name: str) -> str:
    return " ".join(word[0] + "*" * (len(word) - 1) for word in name.split())


def mask_email(email: str) -> str:
    local, _, domain = email.rpartition("@")
    return f"{local[:1]}***@{domain}" if local else "***"


def mask_phone(phone: str) -> str:
    digits = sum(ch.isdigit() for ch in phone)
    return phone[:2] + "*" * max(digits - 5, 0) + phone[-3:] if digits > 5 else "***"


def mask_text(text: str, name: str | None) -> str:
    """Free text with emails, phones and tokens redacted, and every word of the lead's ``name`` (the
    rep typed it into the conversation, so it is in the notes history too) masked like the name."""
    text = redact(text)
    words = sorted({word for word in (name or "").split() if len(word) > 1}, key=len, reverse=True)
    if not words:
        return text
    # Not \b: a name may begin or end with a character that is not a word character (O'Neil, Jr.).
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.IGNORECASE)
    return pattern.sub(lambda match: mask_name(match.group(0)), text)


def mask_wire(wire: dict[str, Any]) -> dict[str, Any]:
    """A copy of a V3 request body with the contact masked and free text redacted."""
    masked = copy.deepcopy(wire)
    lead = masked.get("lead", {})
    name = lead.get("name") if isinstance(lead.get("name"), str) else None
    for field, mask in (("name", mask_name), ("email", mask_email), ("phone", mask_phone)):
        if isinstance(lead.get(field), str):
            lead[field] = mask(lead[field])
    meta = lead.get("metaData") or {}
    if isinstance(meta.get("notes"), str):
        meta["notes"] = mask_text(meta["notes"], name)
    for activity in lead.get("crmActivities") or []:
        for key in ("note", "title"):
            if isinstance(activity.get(key), str):
                activity[key] = mask_text(activity[key], name)
        for entry in activity.get("notesHistory") or []:
            if isinstance(entry.get("text"), str):
                entry["text"] = mask_text(entry["text"], name)
    return masked
