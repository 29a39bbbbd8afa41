"""The end of a phone number, retyped in a chat: "last 4 digits are 0143 not 0134", "it ends in 0143"."""

from __future__ import annotations

import re

from bot.domain import parsed_text
from bot.domain.parsed_text import ParsedText

# "last 4 digits are 0143 not 0134", "it ends in 0143", "number ends with 43, not 34": the phone's end, retyped
_TAIL_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_PHONE_TAIL = re.compile(
    r"^\W*(?:(?:actually|sorry|oops|no|wait|correction|typo|hmm+)[\s,:!.-]+)*"
    r"(?:(?:the|his|her|their)\s+)?(?:(?:phone|number|mobile|cell|phone\s+number)\s+)?"
    r"(?:(?:the\s+)?last\s+(?P<count>\d|two|three|four|five|six)\s+digits?(?:\s+(?:are|is|should\s+be))?\s*[:=]?|"
    r"(?:it\s+|it['\u2019]s\s+|that\s+)?ends?\s+(?:in|with)|ending\s+(?:in|with))\s*"
    r"(?P<new>\d(?:[\s-]?\d){0,5})(?:[\s,;(]+(?:not|instead\s+of)\s+(?P<old>\d(?:[\s-]?\d){0,5}))?[\s.!)]*$",
    re.IGNORECASE)


def retyped(text: str, phone: str | None, region: str) -> ParsedText | None:
    """"last 4 digits are 0143 not 0134": the draft's phone with its last digits retyped (None: not that, or the
    old digits said are not the phone's)."""
    match = _PHONE_TAIL.match(text)
    if match is None or not phone:
        return None
    number, ext_mark, extension = phone.partition(" ext")
    new = re.sub(r"\D", "", match.group("new"))
    count = match.group("count")
    if count is not None and _TAIL_COUNT.get(count.lower(), int(count) if count.isdigit() else 0) != len(new):
        return None  # ("last 4 digits are 43": the count and the digits disagree)
    old = re.sub(r"\D", "", match.group("old") or "")
    digits = re.sub(r"\D", "", number)
    if len(new) >= len(digits) - 3 or old and (len(old) != len(new) or not digits.endswith(old)):
        return None
    result = ParsedText()
    parsed_text.accept(result, "phone", f"+{digits[: -len(new)]}{new}{ext_mark}{extension}", region)
    return result
