"""Properties of the free-text reader: it never invents a value (each one occurs in what was typed,
modulo normalisation), and its work grows linearly with the text, whatever the text."""

from __future__ import annotations

import sys
import time
import unicodedata
from collections.abc import Callable
from datetime import timedelta
from types import FrameType
from typing import Any

import phonenumbers
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.domain.contact import without_controls
from bot.domain.freetext import MAX_INPUT, parse_free_text

FRAGMENTS = st.sampled_from([
    "Jane", "Roe", "ada park", "Mr.", "Dr", "Prof.", "of", "da", "at", "from", "works at", "with", "VP Sales",
    "the CFO", "Could you log", "New referral:", "Spoke with", "I met", "today", "this morning", "wants a trial",
    "Acme", "Acme Inc.", "S.A.", "(Pty) Ltd", "Lee & Co", "initrode", "eBay", "Contact:", "Person:", "company",
    "her email is", "his number is", "cell", "name -", "jane@acme.com", "x@", "@y", "+1 415 555 0100",
    "0044 20 7946 0321", "1-800-GO-FEDEX", "x204", "ext. 12", "2026-11-28", "12/03/2026", ",", ";", "\n", " - ",
    " \u2013 ", " / ", " | ",
    "(", ")", "?", "!", ":", ".", "\u060c", "\u3001", "\u738b\u5c0f\u660e", "\u682a\u5f0f\u4f1a\u793e", "\U0001f389",
    "\u00e9", "\u0301", "\x00", "\u200b",
])
SOUP = st.lists(st.one_of(FRAGMENTS, st.text(max_size=6)), max_size=16).map(" ".join)
REGIONS = st.sampled_from(["US", "GB", "DE", "BR", "JP"])
_KEYPAD = {ch: str(2 + min(index // 3, 7) - (1 if ch in "SVYZ" else 0))
           for index, ch in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}


def _plain(text: str) -> str:
    # Slack's formatting marks (*bold*, _italic_, ~strike~, `code`) are markup, not what the rep wrote
    text = text.translate(_MARKS)
    return " ".join(unicodedata.normalize("NFKC", without_controls(text)).casefold().split())


_MARKS = str.maketrans("", "", "*_~`")


def _digits(text: str) -> str:
    return "".join(_KEYPAD.get(ch, ch) for ch in text.upper() if ch.isdigit() or ch in _KEYPAD)


def _is_subsequence(needle: str, haystack: str) -> bool:
    rest = iter(haystack)
    return all(ch in rest for ch in needle)


def occurs_in(field_name: str, value: str, typed: str) -> bool:
    """``value`` was typed: words as they were (titles and separators aside), a phone's digits in order."""
    if field_name == "phone":
        number = phonenumbers.parse(value, None)
        wanted = str(number.national_number) + (number.extension or "")
        return _is_subsequence(wanted, _digits(typed))
    if field_name == "email":
        # the domain is stored as the CRM takes it, in Punycode ("a@王a.ab" as "a@xn--a-6c2c.ab")
        local, _, domain = value.rpartition("@")
        value = f"{local}@{'.'.join(label.encode('ascii').decode('idna') for label in domain.split('.'))}"
    return _plain(value) in _plain(typed)


def _check(text: str, region: str) -> None:
    parsed = parse_free_text(text, region)
    for field_name, value in parsed.values.items():
        assert occurs_in(field_name, value, text), (field_name, value, text)
    assert parsed.guessed <= set(parsed.values)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SOUP, REGIONS)
def test_every_value_occurs_in_the_text(text: str, region: str) -> None:
    _check(text, region)


@settings(deadline=None)
@given(st.text(), REGIONS)
def test_any_text_gives_only_values_it_holds(text: str, region: str) -> None:
    _check(text, region)


# --- work grows linearly --------------------------------------------------------------------------

# Repeated units that have made readers backtrack or rescan: many separators, many labels, runs of
# name words, of digits, of @, of titles, of brackets.
UNITS = ["Ab ", "ab ", "a@", "@", "1-", "1 ", "Mr. ", "of ", "( ", ", ", " - ", "name: ", "her email is ", "x",
         "Jane Roe at Acme, ", "\u738b", "A.", "1-800-", "ext. 1 ",
         # (a list of one-word items: each was asked whether a later item only opens a lead)
         "(Ab", "(\u540d", ",Ab"]


def _calls(fn: Callable[[], object]) -> int:
    """Python function calls made by ``fn``: a measure of work that does not depend on the machine."""
    count = 0

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        fn()
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("unit", UNITS)
def test_ten_times_the_text_is_at_most_about_ten_times_the_work(unit: str) -> None:
    short = (unit * (MAX_INPUT // 10 // len(unit) + 1))[: MAX_INPUT // 10]
    long = (unit * (MAX_INPUT // len(unit) + 1))[:MAX_INPUT]
    small = _calls(lambda: parse_free_text(short, "US"))
    large = _calls(lambda: parse_free_text(long, "US"))
    assert large <= 15 * small + 2000, (unit, small, large)


@pytest.mark.parametrize("text", ["Name: a" + " " * 4000, "Name: a" + " " * 4000 + "b",
                                  "Company: a" + " " * 4000 + "(x)", "email: x " + " " * 4000 + "y"])
def test_a_label_before_a_long_run_of_spaces_is_read_at_once(text: str) -> None:
    # (where its value ends was searched from every space of the run, with every split of the run among the
    # pattern's quantifiers: three minutes for 4,000 spaces; a call count does not show it)
    started = time.perf_counter()
    parse_free_text(text, "US")
    assert time.perf_counter() - started < 1.0


@settings(max_examples=25, deadline=timedelta(seconds=2), suppress_health_check=[HealthCheck.too_slow,
                                                                                  HealthCheck.data_too_large])
@given(st.lists(st.sampled_from(UNITS), min_size=1, max_size=8), REGIONS)
def test_the_longest_input_is_read_without_blowing_up(units: list[str], region: str) -> None:
    # A regex that backtracks does not show in the call count: a deadline far above the normal time (a
    # few milliseconds for MAX_INPUT characters) catches it.
    unit = "".join(units)
    text = (unit * (MAX_INPUT // len(unit) + 1))[:MAX_INPUT]
    _check(text, region)


WHITESPACE = [" ", "\n", "\t", " \n", "\u00a0", "\u3000"]


@settings(max_examples=25, deadline=timedelta(seconds=2), suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["name: a", "Name: Jane Roe", "Jane Roe", "email:", "Acme Ltd.", "-", ","]),
       st.sampled_from(WHITESPACE), st.sampled_from(["b", "Acme", "Company: Acme", ""]), REGIONS)
def test_a_long_run_of_spaces_is_read_without_blowing_up(before: str, space: str, after: str, region: str) -> None:
    # A separator's pattern starts with optional spaces: in a run of n spaces that is n³ work (a form pasted with
    # its padding, "Name: a", 500 spaces, "b", took 1.2 s; 4,000 took minutes), unless runs are shortened first.
    run = space * ((MAX_INPUT - len(before) - len(after)) // len(space))
    _check(before + run + after, region)


@pytest.mark.parametrize("space", WHITESPACE)
def test_a_long_run_of_spaces_reads_as_a_short_one(space: str) -> None:
    padded = parse_free_text(f"Name: Jane Roe{space * (3000 // len(space))}Company: Acme Ltd", "US").values
    assert padded == {"name": "Jane Roe", "company": "Acme Ltd"}
