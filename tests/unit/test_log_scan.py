"""The end-of-run log scan can fail, and LeadBot's formatters give it nothing to find."""

from __future__ import annotations

import json
import logging

from bot.logs import JsonFormatter, RedactingFormatter, redact
from tests.support.log_scan import violations

LEAKY = [
    "auth with xoxb-1111-2222-abc",
    "sending Authorization: Bearer abc.def",
    "app token xapp-1-A1-2-xyz",
    "lead for jane.roe@example.com",
    "call +1 415 555 0100 now",
]


def test_the_scan_finds_every_kind_of_leak() -> None:
    assert len(violations(LEAKY)) == len(LEAKY)
    assert violations(["lead 3f2a9c10-1234-5678-9abc-def012345678 delivered, j***@example.com"]) == []


def _record(message: str) -> logging.LogRecord:
    record = logging.makeLogRecord({"msg": message, "levelname": "INFO", "name": "bot.test"})
    record.email = "sam@lee.io"  # an extra field, as a careless log call might pass
    return record


def test_both_formatters_leave_nothing_to_find() -> None:
    for message in LEAKY:
        text = RedactingFormatter().format(_record(message))
        as_json = JsonFormatter().format(_record(message))
        assert violations([text, as_json]) == [], (message, text, as_json)
        json.loads(as_json)


def test_redact_keeps_lead_ids_and_masks_the_rest() -> None:
    line = redact("lead 3f2a9c10-1234-5678-9abc-def012345678 for jane.roe@example.com at +44 20 7946 0958")
    assert line == "lead 3f2a9c10-1234-5678-9abc-def012345678 for j***@example.com at [phone]"
