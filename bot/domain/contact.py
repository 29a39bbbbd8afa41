"""Contact fields: validation and normalisation shared by every surface (modal, chat, shell).

Each ``normalise_*`` function returns the canonical value or raises :class:`ContactError` with a
sentence a sales rep understands. Emails go through email-validator (syntax only, no DNS), phones
through phonenumbers to E.164.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Callable

import phonenumbers
from email_validator import SPECIAL_USE_DOMAIN_NAMES, EmailNotValidError, validate_email
from email_validator.rfc_constants import CASE_INSENSITIVE_MAILBOX_NAMES
from pydantic import BaseModel, ConfigDict

from bot.errors import ContactError

# phonenumbers compiles its metadata's patterns on every check through re.compile, whose cache holds 512;
# a workspace whose reps write numbers from many countries evicts them in turn and recompiles (a fifth of a
# parse's time in bench.understanding). This keeps each compiled pattern, a bounded set (the metadata's).
phonenumbers.enable_pattern_cache()

# LeadBot's own limits, said once here: the CRM's schema sets no maximum length, and the form's inputs
# (bot.slack.blocks) use these, so whatever one surface accepts another can show and resend.
MAX_NAME = 120
MAX_COMPANY = 120
MAX_EMAIL = 254  # RFC 5321's longest address
MAX_PHONE_INPUT = 40
MAX_NOTES = 3000  # also the most a Slack text input can hold


class Contact(BaseModel):
    """A validated, normalised contact. Empty fields are ``None``."""

    model_config = ConfigDict(frozen=True)

    name: str | None = None
    email: str | None = None
    phone: str | None = None
    company: str | None = None
    notes: str | None = None

    def has_identity(self) -> bool:
        """The CRM wants at least one way to recognise the person."""
        return any((self.name, self.email, self.phone))


CONTACT_FIELDS: tuple[str, ...] = tuple(Contact.model_fields)  # name, email, phone, company, notes


# C0 and C1 control characters but the tab (\x09) and the line break (\x0a).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def without_controls(value: str, *, keep_format: bool = False) -> str:
    """``value`` without control characters; line breaks and tabs stay. Unless ``keep_format``, the
    rest of Unicode's "other" characters go too (format, private-use, unassigned): pasted text carries
    them and a stored contact should not. Text only shown keeps them: emoji sequences are made with them."""
    if value.isprintable():
        return value  # (most values: no character of category C at all, so no control character to drop either)
    value = _CONTROLS.sub("", value)
    if keep_format or value.isprintable():  # printable: no character of category C to drop (the fast path)
        return value
    # A zero-width (non-)joiner between two letters is spelling in Persian and Indic scripts ("توکلی\u200cنژاد").
    return "".join(ch for index, ch in enumerate(value) if unicodedata.category(ch)[0] != "C" or ch in "\n\t"
                   or ch in "\u200c\u200d" and 0 < index < len(value) - 1 and value[index - 1].isalpha()
                   and value[index + 1].isalpha())


def _clean_text(value: str) -> str:
    # (one space for each run of spaces, none at either end: what re.sub(r"\s+", " ", …).strip() makes, as str.split
    # and the pattern's \s know the same 29 characters as spaces; without a pattern to run)
    return " ".join(without_controls(value).split())


def normalise_name(value: str) -> str | None:
    name = _clean_text(value)
    if not name:
        return None
    if len(name) > MAX_NAME:
        raise ContactError("name", f"That name is too long (at most {MAX_NAME} characters).")
    if "@" in name:
        raise ContactError("name", "That looks like an email address, not a name.")
    if not any(ch.isalpha() for ch in name):
        raise ContactError("name", "A name needs at least one letter.")
    return name


def normalise_company(value: str) -> str | None:
    company = _clean_text(value)
    if not company:
        return None
    if len(company) > MAX_COMPANY:
        raise ContactError("company", f"That company name is too long (at most {MAX_COMPANY} characters).")
    return company


def normalise_notes(value: str) -> str | None:
    # Notes keep their line breaks; only surrounding space and control characters go.
    notes = without_controls(value).strip()
    if not notes:
        return None
    if len(notes) > MAX_NOTES:
        raise ContactError("notes", f"Those notes are too long (at most {MAX_NOTES} characters).")
    return notes


def clip_notes(value: str) -> tuple[str | None, int]:
    """Notes cut to :data:`MAX_NOTES`, for a chat message that carries more: the notes kept, and how
    many characters were left out (0 when all of it fits)."""
    notes = without_controls(value).strip()
    kept = notes[:MAX_NOTES].rstrip()
    return kept or None, max(0, len(notes) - MAX_NOTES)


def normalise_email(value: str) -> str | None:
    raw = value.strip().strip("<>").removeprefix("mailto:")
    if not raw:
        return None
    email, error = _EMAILS.answer(raw, lambda: _checked_email(raw))
    if error is not None:
        raise ContactError("email", error)
    return email


# A check's answer: the normalised value and None, or None and the reason in LeadBot's words.
Answer = tuple[str | None, str | None]
CHECK_CACHE_SIZE = 2048


class _Answers:
    """A bounded cache of checks' answers (least recently used goes first). Answers are immutable strings,
    and a chat turn re-checks the values of earlier turns, which normalisation leaves as they are
    (tests/unit/test_contact.py's idempotence tests): a normalised value is remembered as its own answer."""

    def __init__(self, size: int = CHECK_CACHE_SIZE) -> None:
        self.size = size
        self._answers: OrderedDict[object, Answer] = OrderedDict()
        # Web threads and chat workers share the caches: a look-up and its move to the end, or an insert
        # and its eviction, must not interleave with another thread's (a key evicted in between is a
        # KeyError). The check itself runs outside: two threads working out one answer is harmless.
        self._lock = threading.Lock()

    def answer(self, key: object, check: Callable[[], Answer], normalised_key: Callable[[str], object]
               = lambda value: value) -> Answer:
        with self._lock:
            found = self._answers.get(key)
            if found is not None:
                self._answers.move_to_end(key)
                return found
        found = check()
        with self._lock:
            self._remember(key, found)
            if found[0] is not None:
                self._remember(normalised_key(found[0]), found)
        return found

    def _remember(self, key: object, answer: Answer) -> None:
        self._answers[key] = answer
        self._answers.move_to_end(key)
        if len(self._answers) > self.size:
            self._answers.popitem(last=False)

    def __len__(self) -> int:
        return len(self._answers)

    def clear(self) -> None:
        with self._lock:
            self._answers.clear()


_EMAILS = _Answers()
_PHONES = _Answers()


def clear_check_caches() -> None:
    """Forget every cached answer: benchmarks time a message as if it were the first one seen."""
    _EMAILS.clear()
    _PHONES.clear()


def _checked_email(raw: str) -> Answer:
    if len(raw) > MAX_EMAIL:
        return None, f"That email is too long (at most {MAX_EMAIL} characters)."
    if "@" not in raw:
        return None, "That email has no @ sign."
    local, _, domain = raw.rpartition("@")
    if not local:
        return None, "That email has nothing before the @."
    if not domain:
        return None, "That email has no domain."
    if "." not in domain:
        return None, f"That email's domain ({domain}) has no dot, e.g. example.com."
    plain = _plain_ascii_email(local, domain)
    if plain is not None:
        return plain, None
    try:
        result = validate_email(raw, check_deliverability=False)
    except EmailNotValidError as exc:
        return None, _email_message(str(exc))
    # email-validator lower-cases nothing in the local part (it may be case-sensitive); the
    # domain is case-insensitive, so we store it lower-cased.
    return f"{result.local_part}@{result.ascii_domain.lower()}", None


# The common address, checked without email-validator's per-character Unicode checks: an unquoted ASCII
# local part (RFC 5322 dot-atom, at most 64 characters) and an ASCII domain of LDH labels (1-63 characters,
# no hyphen at either end) ending in a letter, at most 254 characters in all. Anything else (IDN, Punycode
# or any "--", quoted local parts, special-use domains, RFC 2142 mailbox names that email-validator
# lower-cases) goes to email-validator.
# tests/unit/test_email_fast_path.py checks that this path answers exactly as email-validator does.
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9_!#$%&'*+\-/=?^`{|}~]+(?:\.[A-Za-z0-9_!#$%&'*+\-/=?^`{|}~]+)*\Z")
_PLAIN_DOMAIN = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z0-9][a-z0-9-]{0,61})?[a-z]\Z")
_SPECIAL_USE = frozenset(SPECIAL_USE_DOMAIN_NAMES)


def _plain_ascii_email(local: str, domain: str) -> str | None:
    """The normalised address when it is a plain ASCII one that email-validator accepts; None: ask it."""
    if not domain.isascii():  # before lower(): some non-ASCII letters lower-case to ASCII ones
        return None
    domain = domain.lower()
    if (len(local) > 64 or len(domain) > 253 or len(local) + 1 + len(domain) > MAX_EMAIL or "--" in domain
            or not _PLAIN_LOCAL.match(local) or not _PLAIN_DOMAIN.match(domain)
            or local.lower() in CASE_INSENSITIVE_MAILBOX_NAMES):
        return None
    labels = domain.split(".")
    if any(".".join(labels[i:]) in _SPECIAL_USE for i in range(len(labels))):
        return None
    return f"{local}@{domain}"


# email-validator's reasons, in LeadBot's words: its own sentences quote characters and RFCs at a rep.
_EMAIL_REASONS = (  # the first that applies; the order matters
    ("special-use", "That email's domain is reserved and cannot receive mail."),
    ("too many", "Part of that email's domain is too long."),
    ("too long", "Part of that email is too long."),
    ("period", "That email has a dot in the wrong place (at the start or end, or two in a row)."),
    ("hyphen", "The part after the @ cannot start or end with a hyphen."),
    ("after the @", "The part after the @ has characters an email domain cannot have."),
    ("before the @", "The part before the @ has characters an email address cannot have."),
)


def _email_message(reason: str) -> str:
    lowered = reason.lower()
    return next((mine for theirs, mine in _EMAIL_REASONS if theirs in lowered),
                "That does not look like an email address.")


def normalise_phone(value: str, region: str) -> str | None:
    raw = value.strip()
    if not raw:
        return None
    phone, error = _PHONES.answer((raw, region), lambda: _checked_phone(raw, region), lambda value: (value, region))
    if error is not None:
        raise ContactError("phone", error)
    return phone


def _checked_phone(raw: str, region: str) -> Answer:
    if len(raw) > MAX_PHONE_INPUT:
        return None, f"That phone number is too long (at most {MAX_PHONE_INPUT} characters)."
    if not any(ch.isdigit() for ch in raw):
        return None, "That phone number has no digits."
    try:
        try:
            number = _parse_phone(raw, region)
            # (the rep's own region first: for +1, is_valid_number would try each of NANPA's 25 regions)
            valid = phonenumbers.is_valid_number_for_region(number, region) or phonenumbers.is_valid_number(number)
        except ContactError:
            if not raw.startswith("00"):
                raise
            valid = False  # ("0082 …" in Korea, whose 008 is a carrier's international prefix: no country 2)
        if not valid and raw.startswith("00"):
            # "0044 20 7946 0321": 00 is the international prefix in most of the world, if not the region's.
            number = _parse_phone("+" + raw[2:], region)
            valid = phonenumbers.is_valid_number(number)
        national = str(number.national_number)
        if not valid and number.country_code == 52 and len(national) == 11 and national.startswith("1"):
            # "+52 1 55 4218 3390": Mexico's mobile "1" went in 2019, but reps still write it
            number.national_number = int(national[1:])
            valid = phonenumbers.is_valid_number(number)
    except ContactError as exc:
        return None, exc.message
    if not valid:
        if not phonenumbers.is_possible_number(number):
            return None, "That phone number has the wrong number of digits. Include the country code, e.g. +44."
        return None, "That is not a valid phone number for its country."
    e164: str = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    # An extension is kept apart from the number: E.164 has no place for it, and its digits are not the
    # number's. The CRM's phone is a free string; this form reads back to the same value.
    return (f"{e164} ext. {number.extension}" if number.extension else e164), None


def _parse_phone(raw: str, region: str) -> phonenumbers.PhoneNumber:
    try:
        return phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException as exc:
        raise ContactError("phone", _phone_parse_message(exc, region)) from None


def _phone_parse_message(exc: phonenumbers.NumberParseException, region: str) -> str:
    kind = exc.error_type
    if kind == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE:
        return f"Add the country code (e.g. +44): numbers without one are read as {region} numbers."
    if kind == phonenumbers.NumberParseException.TOO_SHORT_NSN:
        return "That phone number is too short."
    if kind == phonenumbers.NumberParseException.TOO_LONG:
        return "That phone number is too long."
    return "That does not look like a phone number."


def normalise_field(field: str, raw: str, region: str) -> str | None:
    """Normalise one field by name (``name``, ``email``, ``phone``, ``company``, ``notes``)."""
    if field == "phone":
        return normalise_phone(raw, region)
    checks = {"name": normalise_name, "email": normalise_email, "company": normalise_company,
              "notes": normalise_notes}
    return checks[field](raw)


def build_contact(
    *,
    name: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    company: str | None = None,
    notes: str | None = None,
    region: str,
) -> tuple[Contact | None, dict[str, str]]:
    """Validate every field at once, so a form can show all its errors together.

    Returns the contact, or ``None`` and a map of field name to message.
    """
    errors: dict[str, str] = {}
    values: dict[str, str | None] = {}
    checks = (
        ("name", name, normalise_name),
        ("email", email, normalise_email),
        ("company", company, normalise_company),
        ("notes", notes, normalise_notes),
    )
    for field, raw, check in checks:
        try:
            values[field] = check(raw or "")
        except ContactError as exc:
            errors[field] = exc.message
    try:
        values["phone"] = normalise_phone(phone or "", region)
    except ContactError as exc:
        errors["phone"] = exc.message
    if errors:
        return None, errors
    contact = Contact(**values)
    if not contact.has_identity():
        return None, {"name": "Give at least a name, an email or a phone number."}
    return contact, {}
