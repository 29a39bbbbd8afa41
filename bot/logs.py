"""Logging set-up. Every record passes through a redacting formatter: Slack and CRM tokens never
reach a log, and emails and phone numbers are masked wherever they appear, in messages, extras and
tracebacks alike. Output is JSON lines when stderr is not a terminal (``LOG_FORMAT`` overrides)."""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime

_TOKEN = re.compile(r"\b(xox[abposr]|xapp)-[A-Za-z0-9-]+|(?i:bearer)\s+[A-Za-z0-9._~+/=-]+")
_EMAIL = re.compile(r"([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
_PHONE = re.compile(r"\+?\d[\d ().-]{6,}\d")
_STANDARD = set(vars(logging.makeLogRecord({})).keys()) | {"message", "asctime"}


_UUID = re.compile(r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")


def _mask_phone(match: re.Match[str]) -> str:
    return "[phone]" if sum(ch.isdigit() for ch in match.group(0)) >= 7 else match.group(0)


def redact(text: str) -> str:
    text = _TOKEN.sub("[redacted-token]", text)
    text = _EMAIL.sub(lambda m: f"{m.group(1)}***@{m.group(2)}", text)
    # Lead ids are UUIDs whose digit runs can look like phone numbers: keep them whole.
    pieces = _UUID.split(text)
    ids = _UUID.findall(text)
    out = [_PHONE.sub(_mask_phone, pieces[0])]
    for lead_id, piece in zip(ids, pieces[1:], strict=True):
        out += [lead_id, _PHONE.sub(_mask_phone, piece)]
    return "".join(out)


class RedactingFormatter(logging.Formatter):
    """``time LEVEL logger: message key=value ...``, with the message, extras and traceback redacted."""

    def format(self, record: logging.LogRecord) -> str:
        body = record.getMessage()
        extras = {k: v for k, v in vars(record).items() if k not in _STANDARD and not k.startswith("_")}
        if extras:
            body += " " + " ".join(f"{key}={value}" for key, value in extras.items())
        if record.exc_info:
            body += "\n" + self.formatException(record.exc_info)
        return f"{self.formatTime(record)} {record.levelname} {record.name}: {redact(body)}"


class JsonFormatter(logging.Formatter):
    """One JSON object per line, for log collectors: ts, level, logger, msg, extras, exc; redacted."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": redact(record.getMessage()),
        }
        for key, value in vars(record).items():
            if key in _STANDARD or key.startswith("_"):
                continue
            entry[key] = value if isinstance(value, int | float | bool) or value is None else redact(str(value))
        if record.exc_info:
            entry["exc"] = redact(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(level: str = "INFO", fmt: str = "auto") -> None:
    """``fmt``: ``json``, ``text``, or ``auto`` (JSON unless stderr is a terminal)."""
    as_json = fmt == "json" or (fmt == "auto" and not sys.stderr.isatty())
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if as_json else RedactingFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # slack_sdk logs request bodies at DEBUG; keep it quiet unless we are debugging ourselves.
    for noisy in ("slack_sdk", "slack_bolt", "httpx", "httpcore", "waitress.queue", "alembic"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if level == "DEBUG" else logging.WARNING)
