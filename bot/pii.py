"""Masking personal data for operators' eyes: enough to recognise a lead, not enough to copy it."""

from __future__ import annotations

import copy
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


def mask_wire(wire: dict[str, Any]) -> dict[str, Any]:
    """A copy of a V3 request body with the contact masked and free text redacted."""
    masked = copy.deepcopy(wire)
    lead = masked.get("lead", {})
    for field, mask in (("name", mask_name), ("email", mask_email), ("phone", mask_phone)):
        if isinstance(lead.get(field), str):
            lead[field] = mask(lead[field])
    meta = lead.get("metaData") or {}
    if isinstance(meta.get("notes"), str):
        meta["notes"] = redact(meta["notes"])
    for activity in lead.get("crmActivities") or []:
        if isinstance(activity.get("note"), str):
            activity["note"] = redact(activity["note"])
        for entry in activity.get("notesHistory") or []:
            if isinstance(entry.get("text"), str):
                entry["text"] = redact(entry["text"])
    return masked
