"""The end-of-run log scan: no token, no unmasked email or phone number, and none of the test leads'
names, in anything LeadBot logged during the whole test run (in-process logs through LeadBot's own
formatter, and every subprocess's stderr). No pattern finds a name in free text, so the scan knows
the names the tests use; a log line carrying one is a leak. ``LogRecords`` keeps one test's records,
for tests that assert nothing went wrong where only the log can tell (a listener runs after the ack)."""

from __future__ import annotations

import logging
import re

import phonenumbers

from bot.logs import RedactingFormatter

_SECRET = re.compile(r"\b(?:xox[abposr]|xapp)-[A-Za-z0-9-]+|Bearer\s+(?!\[redacted)\S+|crm-[a-z-]*(?:secret|token)")
NAMES = ("Jane Roe", "Sam Lee", "Jamie Doe", "Bob Smith", "Samantha Lee", "Ann Smith", "Li Wei", "Janet Roe",
         "Ida Li")
_NAME = re.compile(r"\b(?:" + "|".join(NAMES) + r")\b")
_EMAIL = re.compile(r"\b([A-Za-z0-9._%+-]+)@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")


class LogCollector(logging.Handler):
    """Formats every record as LeadBot's log handler would and keeps the text."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(RedactingFormatter())
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


def violations(texts: list[str]) -> list[str]:
    found: list[str] = []
    for text in texts:
        for line in text.splitlines():
            if _SECRET.search(line):
                found.append(f"secret: {line[:200]}")
            if _NAME.search(line):
                found.append(f"name: {line[:200]}")
            for match in _EMAIL.finditer(line):
                if not match.group(1).endswith("***"):
                    found.append(f"email: {line[:200]}")
            for number in phonenumbers.PhoneNumberMatcher(line, "US", leniency=phonenumbers.Leniency.VALID):
                found.append(f"phone {number.raw_string!r}: {line[:200]}")
    return found


class LogRecords(logging.Handler):
    """Every log record of one test, from every thread."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def problems(self) -> list[str]:
        """Records at ERROR and above, and any record that carries a traceback."""
        return [f"{r.levelname} {r.name}: {r.getMessage()}" + (f" [{r.exc_info[0].__name__}]" if r.exc_info
                                                                and r.exc_info[0] else "")
                for r in self.records
                if r.levelno >= logging.ERROR or r.exc_info or r.exc_text or "Traceback" in r.getMessage()]
