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
_PHONE = re.compile(r"\+?\d[\d ().-]{5,}\d")  # seven digits or more: see _mask_phone
_STANDARD = set(vars(logging.makeLogRecord({})).keys()) | {"message", "asctime"}


# Kept whole before phones are looked for: lead ids (UUIDs, whose digit runs can look like phone
# numbers), Slack timestamps such as 1700000000.000001 (ten digits, a dot, six digits) and IPv4
# addresses with an optional port (no phone number is written as four groups of one to three digits).
_KEEP = re.compile(r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b"
                   r"|(?<![\d.])\d{10}\.\d{6}(?![\d.])"
                   r"|(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?(?![\d.])")
# These log whole request and response bodies (names, emails, phones in free text) at DEBUG; no
# redaction can find a name in free text, so they stay at INFO even when LOG_LEVEL=DEBUG.
_BODY_LOGGERS = ("slack_sdk", "slack_bolt", "bot.slack.bolt", "bot.slack.sdk")


def _mask_phone(match: re.Match[str]) -> str:
    return "[phone]" if sum(ch.isdigit() for ch in match.group(0)) >= 7 else match.group(0)


def redact(text: str) -> str:
    text = _TOKEN.sub("[redacted-token]", text)
    text = _EMAIL.sub(lambda m: f"{m.group(1)}***@{m.group(2)}", text)
    out: list[str] = []
    start = 0
    for kept in _KEEP.finditer(text):
        out += [_PHONE.sub(_mask_phone, text[start:kept.start()]), kept.group(0)]
        start = kept.end()
    out.append(_PHONE.sub(_mask_phone, text[start:]))
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
    debugging = level == "DEBUG"
    for noisy in ("httpx", "httpcore", "waitress.queue", "alembic"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if debugging else logging.WARNING)
    for name in _BODY_LOGGERS:
        # Ours follow LOG_LEVEL but never go below INFO, and say so with a level of their own: slack_sdk
        # formats every request and response body into a DEBUG line whenever its logger's own level is
        # NOTSET (it reads ``logger.level``, not the effective level), which cost each /newlead 0.33 M
        # instructions (14 % of its overhead over a bare Bolt app, by callgrind) for lines never written.
        quiet = max(logging.INFO, root.level) if name.startswith("bot.") else logging.WARNING
        logging.getLogger(name).setLevel(logging.INFO if debugging else quiet)
