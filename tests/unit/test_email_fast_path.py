"""The contact checks' fast path and caches: the ASCII email path answers exactly as email-validator does,
and the caches stay bounded."""

from __future__ import annotations

import contextlib

import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.domain import contact
from bot.domain.contact import CHECK_CACHE_SIZE, normalise_email, normalise_phone
from bot.errors import ContactError

ATEXT = "abcXYZ019_!#$%&'*+-/=?^`{|}~"
# Label characters: the plain ones, plus what must fall back or be refused (upper case, IDN, a Kelvin sign
# that lower-cases to "k", a full-width dot, an underscore, a space).
LABEL_CHARS = "abkz09-" + "AZ" + "éü\u212a\uff0e_ "
TLDS = ["com", "io", "com", "io", "de", "Org", "co.uk", "xn--p1ai", "рф", "test", "local", "localhost", "arpa",
        "onion", "invalid", "example", "c0m", "123", "a-b", "b-", "q"]

PLAIN_LABEL = st.from_regex(r"[a-zA-Z0-9]([a-zA-Z0-9-]{0,6}[a-zA-Z0-9])?", fullmatch=True)
labels = st.one_of(
    PLAIN_LABEL,  # first, and so drawn most: most addresses are plain ones
    st.text(LABEL_CHARS, min_size=0, max_size=8),
    st.sampled_from(["xn--bcher-kva", "ab--cd", "-a", "a-", "a" * 63, "a" * 64, "b" * 70]),
)
local_parts = st.one_of(
    st.from_regex(r"[a-zA-Z0-9][a-zA-Z0-9._+'-]{0,10}", fullmatch=True),
    st.text(ATEXT + ".", min_size=0, max_size=12),
    st.sampled_from(['"quoted"', '"a b"', "postmaster", "Sales", "é", "a" * 64, "a" * 65, "a..b", ".a", "a."]),
)


@st.composite
def addresses(draw: st.DrawFn) -> str:
    domain = ".".join(draw(st.lists(labels, min_size=0, max_size=4)) + [draw(st.sampled_from(TLDS))])
    if draw(st.booleans()):
        domain = ".".join([draw(labels)] * draw(st.integers(1, 60)) + [domain])  # long domains
    return f"{draw(local_parts)}@{domain}"


def _by_email_validator(raw: str) -> str | None:
    """What email-validator alone answers: the normalised address, or None for a refusal."""
    try:
        result = validate_email(raw, check_deliverability=False)
    except EmailNotValidError:
        return None
    return f"{result.local_part}@{result.ascii_domain.lower()}"


@settings(max_examples=3000, deadline=None)
@given(addresses())
@example("Sam.Lee+crm@Lee.IO")
@example("sam@" + ".".join(["a" * 63] * 4))  # 255 characters: too long
@example("sam@" + ".".join(["a" * 63] * 3 + ["b" * 61]))  # the longest domain, but too long an address
@example("s@" + ".".join(["a" * 63] * 3 + ["b" * 59]))  # 254: the longest address
@example("sam@ab--cd.com")
@example("POSTMASTER@lee.io")
@example("sam@lee.local")
@example("sam@x.123")
def test_fast_path_answers_as_email_validator(raw: str) -> None:
    local, _, domain = raw.rpartition("@")
    fast = contact._plain_ascii_email(local, domain)
    if fast is not None:  # the fast path only accepts; anything it does not take goes to email-validator
        assert fast == _by_email_validator(raw)


@settings(max_examples=1000, deadline=None)
@given(addresses())
def test_normalise_email_answers_as_before(raw: str) -> None:
    """normalise_email, fast path and cache included, accepts exactly what email-validator accepts (once
    LeadBot's own checks for length, @ and a dot in the domain have passed)."""
    try:
        mine: str | None = normalise_email(raw)
    except ContactError:
        mine = None
    if mine is not None or (len(raw) <= contact.MAX_EMAIL and "." in raw.rpartition("@")[2]):
        assert mine == _by_email_validator(raw)


@pytest.mark.parametrize(("raw", "expected"), [
    ("sam@lee.io", "sam@lee.io"),
    ("Sam.Lee+crm@Lee.IO", "Sam.Lee+crm@lee.io"),
    ("o'brien@sub.my-firm.co.uk", "o'brien@sub.my-firm.co.uk"),
])
def test_common_addresses_take_the_fast_path(raw: str, expected: str) -> None:
    local, _, domain = raw.rpartition("@")
    assert contact._plain_ascii_email(local, domain) == expected


@pytest.mark.parametrize("raw", ["jörg@lee.io", "sam@bücher.de", "sam@xn--bcher-kva.de", '"a b"@lee.io',
                                 "sam@lee.test", "abuse@lee.io", "sam@-lee.io", "sam@lee.123"])
def test_unusual_addresses_go_to_email_validator(raw: str) -> None:
    local, _, domain = raw.rpartition("@")
    assert contact._plain_ascii_email(local, domain) is None


def test_caches_are_bounded() -> None:
    for index in range(CHECK_CACHE_SIZE + 50):
        normalise_email(f"user{index}@lee.io")
        with contextlib.suppress(ContactError):
            normalise_phone(f"+1 415 555 {index:04d}", "US")
    for answers in (contact._EMAILS, contact._PHONES):
        assert len(answers) == CHECK_CACHE_SIZE


def test_a_normalised_value_is_its_own_cached_answer() -> None:
    contact.clear_check_caches()
    assert normalise_phone("+44 20 7946 0958", "US") == "+442079460958"
    assert normalise_email("Sam@Lee.IO") == "Sam@lee.io"
    assert contact._PHONES.answer(("+442079460958", "US"), _not_called) == ("+442079460958", None)
    assert contact._EMAILS.answer("Sam@lee.io", _not_called) == ("Sam@lee.io", None)


def _not_called() -> tuple[str | None, str | None]:
    raise AssertionError("a cached answer was checked again")


def test_a_cached_refusal_is_raised_every_time() -> None:
    for _ in range(2):
        with pytest.raises(ContactError) as raised:
            normalise_phone("12", "US")
        assert raised.value.field == "phone"
