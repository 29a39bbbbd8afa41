"""parse_free_text: what a rep types after /newlead becomes normalised fields plus explained problems."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.domain.contact import CONTACT_FIELDS, normalise_field
from bot.domain.freetext import MAX_INPUT, parse_free_text
from bot.domain.parsed_text import ParsedText
from bot.errors import ContactError

Values = dict[str, str]

EXAMPLES: list[tuple[str, str, Values]] = [
    ("Jane Roe jane.roe@Example.COM +1 415 555 0100 Acme Inc", "US",
     {"name": "Jane Roe", "email": "jane.roe@example.com", "phone": "+14155550100", "company": "Acme Inc"}),
    ("Add Sam Lee, sam@lee.io, +44 20 7946 0958, Lee & Co", "US",
     {"name": "Sam Lee", "email": "sam@lee.io", "phone": "+442079460958", "company": "Lee & Co"}),
    ("Jane Roe, Acme Ltd, jane@acme.co.uk, 020 7946 0958", "GB",
     {"name": "Jane Roe", "email": "jane@acme.co.uk", "phone": "+442079460958", "company": "Acme Ltd"}),
    ("Jane Roe 020 7946 0958", "GB", {"name": "Jane Roe", "phone": "+442079460958"}),
    ("Jane 4155550100", "US", {"name": "Jane", "phone": "+14155550100"}),
    ("Jane Roe with Initech, 415-555-0100", "US", {"name": "Jane Roe", "company": "Initech", "phone": "+14155550100"}),
    # "at" / "from" / "of" / "works for" companies
    ("Jane Roe at Acme", "US", {"name": "Jane Roe", "company": "Acme"}),
    ("Jane Roe from Acme", "US", {"name": "Jane Roe", "company": "Acme"}),
    ("Jane Roe from Acme Corp, jane@acme.com", "US",
     {"name": "Jane Roe", "company": "Acme Corp", "email": "jane@acme.com"}),
    # "of" after a full name introduces the company; after one word it is part of the name
    ("Jane Roe of Globex", "US", {"name": "Jane Roe", "company": "Globex"}),
    ("Catherine of Aragon at Globex", "US", {"name": "Catherine of Aragon", "company": "Globex"}),
    ("Jane Roe at Acme and Bob", "US", {"name": "Jane Roe", "company": "Acme"}),
    ("Jane Roe works for Globex, jane@globex.com", "US",
     {"name": "Jane Roe", "company": "Globex", "email": "jane@globex.com"}),
    # company suffixes and comma lists
    ("Jane Roe, Acme GmbH", "US", {"name": "Jane Roe", "company": "Acme GmbH"}),
    ("Jane Roe - Acme Inc", "US", {"name": "Jane Roe", "company": "Acme Inc"}),
    ("Bob Smith, Acme", "US", {"name": "Bob Smith", "company": "Acme"}),
    ("Jane Roe, jane@x.io, Acme", "US", {"name": "Jane Roe", "email": "jane@x.io", "company": "Acme"}),
    ("Jane Roe\nAcme Inc\njane@x.io", "US", {"name": "Jane Roe", "company": "Acme Inc", "email": "jane@x.io"}),
    # labelled values
    ("email: x@y.io", "US", {"email": "x@y.io"}),
    ("Email = X@Y.io", "US", {"email": "X@y.io"}),
    ("E-mail: x@y.io", "US", {"email": "x@y.io"}),
    ("name: Jane Roe, email: jane@x.io, phone: 415 555 0100, company: Acme", "US",
     {"name": "Jane Roe", "email": "jane@x.io", "phone": "+14155550100", "company": "Acme"}),
    ("tel: 415 555 0100 name: Jane Roe company: Acme", "US",
     {"phone": "+14155550100", "name": "Jane Roe", "company": "Acme"}),
    ("phone: +44 20 7946 0958, Jane Roe", "US", {"phone": "+442079460958", "name": "Jane Roe"}),
    ("org: Acme, Jane", "US", {"company": "Acme", "name": "Jane"}),
    ("Jane Roe, notes: wants a demo, next week", "US", {"name": "Jane Roe", "notes": "wants a demo, next week"}),
    ("notes: likes cats, jane@x.io", "US", {"notes": "likes cats, jane@x.io"}),
    # lead-ins are not part of the name
    ("new lead: Jane Roe, jane@x.io", "US", {"name": "Jane Roe", "email": "jane@x.io"}),
    ("lead for Jane Roe", "US", {"name": "Jane Roe"}),
    ("hi, please add Jane Roe", "US", {"name": "Jane Roe"}),
    ("Please add a new lead for Jane Roe jane@x.io", "US", {"name": "Jane Roe", "email": "jane@x.io"}),
    ("hello! add the lead: Bob Smith, Initech", "US", {"name": "Bob Smith", "company": "Initech"}),
    # the first of several emails or phones wins; wrappers and trailing dots are removed
    ("Jane Roe jane@x.io jane2@y.io", "US", {"name": "Jane Roe", "email": "jane@x.io"}),
    ("Jane Roe +1 415 555 0100 +44 20 7946 0958", "GB", {"name": "Jane Roe", "phone": "+14155550100"}),
    ("Jane Roe mailto:jane@x.io.", "US", {"name": "Jane Roe", "email": "jane@x.io"}),
    ("J. R. R. Tolkien", "US", {"name": "J. R. R. Tolkien"}),
    ("  ", "US", {}),
    ("", "US", {}),
]


@pytest.mark.parametrize(("text", "region", "expected"), EXAMPLES)
def test_examples(text: str, region: str, expected: Values) -> None:
    parsed = parse_free_text(text, region)
    assert parsed.values == expected
    assert parsed.problems == {}
    for field, value in expected.items():
        assert parsed.get(field) == value


PROBLEMS: list[tuple[str, str, Values, Values]] = [
    ("Jane Roe, jane@x", "US", {"name": "Jane Roe"},
     {"email": "That email's domain (x) has no dot, e.g. example.com."}),
    ("Jane Roe jane@", "US", {"name": "Jane Roe"}, {"email": "That email has no domain."}),
    ("@ Jane Roe", "US", {"name": "Jane Roe"}, {"email": "That email has nothing before the @."}),
    ("email: jane.roe", "US", {}, {"email": "That email has no @ sign."}),
    ("phone: abc, Jane Roe", "US", {"name": "Jane Roe"}, {"phone": "That phone number has no digits."}),
    ("phone: 123", "US", {}, {"phone": "That phone number has the wrong number of digits. Include the country code, "
                                       "e.g. +44."}),
    ("Jane Roe 415 555 0100", "GB", {"name": "Jane Roe"},
     {"phone": "That is not a valid phone number for its country."}),
    ("Jane Roe 020 7946 0958", "US", {"name": "Jane Roe"},
     {"phone": "That phone number has the wrong number of digits. Include the country code, e.g. +44."}),
    ("Jane Roe 415 555 0100 12345678", "US", {"name": "Jane Roe"}, {"phone": "That phone number is too long."}),
    ("name: 1234", "US", {}, {"name": "A name needs at least one letter."}),
    ("name: jane@x.io", "US", {}, {"name": "That looks like an email address, not a name."}),
    ("company: " + "C" * 121 + ", Jane", "US", {"name": "Jane"},
     {"company": "That company name is too long (at most 120 characters)."}),
]


@pytest.mark.parametrize(("text", "region", "values", "problems"), PROBLEMS)
def test_invalid_values_are_reported_not_dropped(text: str, region: str, values: Values, problems: Values) -> None:
    parsed = parse_free_text(text, region)
    assert parsed.values == values
    assert parsed.problems == problems
    for field in problems:
        assert parsed.raw[field]  # what was typed is kept, so a form can prefill it for correction


def test_raw_keeps_what_was_typed() -> None:
    parsed = parse_free_text("Jane Roe, jane@x, +1 415 555 0100", "US")
    assert parsed.raw == {"email": "jane@x", "phone": "+1 415 555 0100", "name": "Jane Roe"}
    assert parsed.values == {"name": "Jane Roe", "phone": "+14155550100"}


def test_a_later_valid_email_replaces_an_earlier_problem() -> None:
    parsed = parse_free_text("email: bad, jane@x.io", "US")
    assert parsed.values == {"email": "jane@x.io"}
    assert parsed.problems == {}


@pytest.mark.parametrize("text", [
    "jane.roe@example.com", "<jane.roe@example.com>", "jane@x", "+1 415 555 0100", "(415) 555-0100",
    "jane@x.io, +1 415 555 0100", "4155550100 jane.roe@example.com",
])
def test_an_email_or_phone_is_never_the_name(text: str) -> None:
    parsed = parse_free_text(text, "US")
    assert "name" not in parsed.values
    assert "name" not in parsed.problems


def test_input_beyond_the_limit_is_ignored() -> None:
    text = "Jane Roe" + " " * MAX_INPUT + "jane@x.io"
    assert parse_free_text(text, "US").values == {"name": "Jane Roe"}


# --- properties ----------------------------------------------------------------------------------

_normalise = normalise_field


def _check_invariants(text: str, region: str) -> ParsedText:
    parsed = parse_free_text(text, region)
    assert isinstance(parsed, ParsedText)
    assert set(parsed.values) <= set(CONTACT_FIELDS)
    assert set(parsed.problems) <= set(CONTACT_FIELDS)
    assert not set(parsed.values) & set(parsed.problems)
    for field, value in parsed.values.items():
        assert value
        try:
            again = _normalise(field, value, region)
        except ContactError as exc:  # pragma: no cover - the assertion message is the point
            raise AssertionError(f"{field}={value!r} does not re-validate: {exc.message}") from None
        assert again == value, field
    for message in parsed.problems.values():
        assert message and message[0].isupper()
    name = parsed.values.get("name", "")
    assert "@" not in name
    return parsed


FRAGMENTS = st.sampled_from([
    "Jane", "Roe", "Sam Lee", "jane.roe@Example.COM", "x@", "@y", "@", "a@b", "+1 415 555 0100", "020 7946 0958",
    "555 0100 000 12", "+44", "(0)", "0044", "123", "Acme", "Acme Inc", "Lee & Co", "at", "from", "works at", "who",
    "Add", "please", "new lead:", "email:", "phone:", "name:", "company:", "notes:", "tel=", "mailto:", ",", ";",
    "\n", " - ", "<", ">", "\u00e9", "\x00", "\u200b", "\U0001f600",
])
MIXED_TEXT = st.lists(st.one_of(FRAGMENTS, st.text(max_size=8)), max_size=12).map(" ".join)
REGIONS = st.sampled_from(["US", "GB", "DE", "IN"])


@given(st.text(), REGIONS)
def test_any_text_parses_without_raising(text: str, region: str) -> None:
    _check_invariants(text, region)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(MIXED_TEXT, REGIONS)
def test_fragment_soup_parses_to_revalidating_values(text: str, region: str) -> None:
    _check_invariants(text, region)


NAMES = ["Jane Roe", "Sam Lee", "Zo\u00eb O'Brien", "Li Wei", "Ana Mar\u00eda Garc\u00eda", "Jean-Luc Picard"]
EMAILS = {"jane.roe@Example.COM": "jane.roe@example.com", "<li@wei.cn>": "li@wei.cn",
          "Ana.Garcia@EMPRESA.es": "Ana.Garcia@empresa.es"}
PHONES = {"+1 415 555 0100": "+14155550100", "(415) 555-0100": "+14155550100", "+44 20 7946 0958": "+442079460958"}
COMPANIES = ["Acme Inc", "Globex GmbH", "Umbrella Corp", "Initech LLC"]


@given(
    st.sampled_from(NAMES), st.sampled_from(sorted(EMAILS)), st.sampled_from(sorted(PHONES)),
    st.one_of(st.none(), st.sampled_from(COMPANIES)), st.sampled_from([", ", "; ", "\n", " , "]),
    st.sampled_from(["", "Add ", "please add ", "new lead: ", "Hi, add a new lead for "]),
    st.integers(0, 2**32),
)
def test_separated_fields_are_found_in_any_order(
    name: str, email: str, phone: str, company: str | None, separator: str, lead_in: str, seed: int
) -> None:
    parts = [email, phone] + ([company] if company else [])
    random.Random(seed).shuffle(parts)
    # With a lead-in ("Add ...") the name comes first, as a rep would type it.
    parts.insert(0 if lead_in else random.Random(seed).randint(0, len(parts)), name)
    parsed = parse_free_text(lead_in + separator.join(parts), "US")
    expected = {"name": name, "email": EMAILS[email], "phone": PHONES[phone]}
    if company:
        expected["company"] = company
    assert parsed.values == expected
    assert parsed.problems == {}
