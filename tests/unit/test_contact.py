"""Contact normalisation: emails, phones (E.164), names, companies, notes and build_contact."""

from __future__ import annotations

import re
import socket
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import jsonschema
import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.assembly import CaptureContext, Surface, build_lead
from bot.domain.contact import (
    MAX_COMPANY,
    MAX_EMAIL,
    MAX_NAME,
    MAX_NOTES,
    MAX_PHONE_INPUT,
    Contact,
    build_contact,
    normalise_company,
    normalise_email,
    normalise_name,
    normalise_notes,
    normalise_phone,
)
from bot.errors import ContactError

E164 = re.compile(r"^\+[1-9]\d{6,14}$")


def _error(call: Callable[..., object], *args: str) -> ContactError:
    with pytest.raises(ContactError) as info:
        call(*args)
    return info.value


# --- email ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "expected"), [
    ("jane.roe@Example.COM", "jane.roe@example.com"),
    ("Jane.Roe@EXAMPLE.com", "Jane.Roe@example.com"),  # the local part may be case-sensitive: kept
    ("  jane@x.io  ", "jane@x.io"),
    ("<jane@x.io>", "jane@x.io"),
    ("mailto:jane@x.io", "jane@x.io"),
    ("jane+crm@sub.Example.co.uk", "jane+crm@sub.example.co.uk"),
    ("J\u00f6hn@example.com", "J\u00f6hn@example.com"),
    ("jane@m\u00fcnchen.de", "jane@xn--mnchen-3ya.de"),
])
def test_email_normalised(raw: str, expected: str) -> None:
    assert normalise_email(raw) == expected


def test_email_check_is_syntax_only(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("normalise_email must not touch the network")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    raw = "someone@No-Such-Domain-For-Leadbot-Tests.com"
    assert normalise_email(raw) == "someone@no-such-domain-for-leadbot-tests.com"


@pytest.mark.parametrize("raw", ["", "   ", "<>", "mailto:"])
def test_blank_email_is_none(raw: str) -> None:
    assert normalise_email(raw) is None


@pytest.mark.parametrize(("raw", "message"), [
    ("jane", "That email has no @ sign."),
    ("@x.io", "That email has nothing before the @."),
    ("jane@", "That email has no domain."),
    ("jane@localhost", "That email's domain (localhost) has no dot, e.g. example.com."),
    ("a" * (MAX_EMAIL - 4) + "@x.io", f"That email is too long (at most {MAX_EMAIL} characters)."),
])
def test_email_failures_explained(raw: str, message: str) -> None:
    error = _error(normalise_email, raw)
    assert error.field == "email"
    assert error.message == message


@pytest.mark.parametrize(("raw", "message"), [
    # email-validator's reasons, in LeadBot's words (never its quoting of characters and RFC terms)
    ("jane roe@x.io", "The part before the @ has characters an email address cannot have."),
    ("jane@x..io", "That email has a dot in the wrong place (at the start or end, or two in a row)."),
    ("jane@x.io.", "That email has a dot in the wrong place (at the start or end, or two in a row)."),
    ("someone@example.invalid", "That email's domain is reserved and cannot receive mail."),
    ("jane@x_y.io", "The part after the @ has characters an email domain cannot have."),
    ("jane@-x.io", "The part after the @ cannot start or end with a hyphen."),
])
def test_email_syntax_errors_say_why(raw: str, message: str) -> None:
    error = _error(normalise_email, raw)
    assert error.field == "email"
    assert error.message == message


@given(st.emails())
def test_email_normalisation_is_idempotent(raw: str) -> None:
    try:
        once = normalise_email(raw)
    except ContactError:
        return  # hypothesis' emails include forms (e.g. dot-less domains) that we refuse on purpose
    assert once is not None
    assert normalise_email(once) == once
    local, _, domain = once.rpartition("@")
    assert domain == domain.lower()
    assert local == raw.rpartition("@")[0]  # the local part is never rewritten


# --- phone ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "region", "expected"), [
    ("(415) 555-0100", "US", "+14155550100"),
    ("415.555.0100", "US", "+14155550100"),
    ("+1 415 555 0100", "US", "+14155550100"),
    ("+1 415 555 0100", "GB", "+14155550100"),
    ("+1-415-555-0100", "GB", "+14155550100"),
    ("tel:+14155550100", "US", "+14155550100"),
    ("020 7946 0958", "GB", "+442079460958"),
    ("07911 123456", "GB", "+447911123456"),
    ("0044 20 7946 0958", "GB", "+442079460958"),
    ("+44 (0)20 7946 0958", "US", "+442079460958"),
    ("+44 20 7946 0958", "US", "+442079460958"),
])
def test_phone_to_e164(raw: str, region: str, expected: str) -> None:
    assert normalise_phone(raw, region) == expected
    assert normalise_phone("  ", region) is None


@pytest.mark.parametrize(("raw", "region", "message"), [
    ("abc", "US", "That phone number has no digits."),
    ("phone", "GB", "That phone number has no digits."),
    ("12", "US", "That phone number has the wrong number of digits. Include the country code, e.g. +44."),
    ("555", "GB", "That phone number has the wrong number of digits. Include the country code, e.g. +44."),
    ("+44 1", "US", "That phone number is too short."),
    ("+1 415 555 0100 0000 0000", "US", "That phone number is too long."),
    # A GB national number read with the US default region: the rep is told to add the country code.
    ("020 7946 0958", "US",
     "That phone number has the wrong number of digits. Include the country code, e.g. +44."),
    # Right length, wrong country: a US-shaped number under +44.
    ("+44 415 555 0100", "US", "That is not a valid phone number for its country."),
    ("(415) 555-0100", "GB", "That is not a valid phone number for its country."),
    ("+999 123456", "GB", "Add the country code (e.g. +44): numbers without one are read as GB numbers."),
    ("1" * (MAX_PHONE_INPUT + 1), "US", f"That phone number is too long (at most {MAX_PHONE_INPUT} characters)."),
])
def test_phone_failures_explained(raw: str, region: str, message: str) -> None:
    error = _error(normalise_phone, raw, region)
    assert error.field == "phone"
    assert error.message == message


@given(st.sampled_from(sorted(phonenumbers.SUPPORTED_REGIONS)), st.sampled_from(["US", "GB", "DE", "IN"]))
def test_every_regions_example_number_normalises(region: str, other_region: str) -> None:
    number = phonenumbers.example_number(region)
    assert number is not None
    expected = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    international = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    assert normalise_phone(national, region) == expected
    assert normalise_phone(international, other_region) == expected
    assert E164.match(expected)
    assert normalise_phone(expected, other_region) == expected  # idempotent, whatever the region


@given(st.text(max_size=60), st.sampled_from(["US", "GB"]))
def test_phone_result_is_e164_or_contact_error(raw: str, region: str) -> None:
    try:
        value = normalise_phone(raw, region)
    except ContactError as exc:
        assert exc.field == "phone"
        assert exc.message
        return
    assert value is None or E164.match(value)


# --- name, company, notes ------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "expected"), [
    ("  Jane   Roe ", "Jane Roe"),
    ("Jane\tRoe\n", "Jane Roe"),
    ("Jane\u200b\x00 Roe", "Jane Roe"),  # zero-width and control characters pasted from elsewhere
    ("Zo\u00eb O'Brien-Sm\u00edth", "Zo\u00eb O'Brien-Sm\u00edth"),
    ("\u674e\u534e", "\u674e\u534e"),
    ("   ", None),
    ("", None),
])
def test_name_trimmed(raw: str, expected: str | None) -> None:
    assert normalise_name(raw) == expected


def test_name_length_limit() -> None:
    assert normalise_name("x" * MAX_NAME) == "x" * MAX_NAME
    assert normalise_name("  " + "x" * MAX_NAME + "  ") == "x" * MAX_NAME  # trimmed before counting
    error = _error(normalise_name, "x" * (MAX_NAME + 1))
    assert (error.field, error.message) == ("name", f"That name is too long (at most {MAX_NAME} characters).")


@pytest.mark.parametrize("raw", ["jane@example.com", "Jane Roe <jane@example.com>"])
def test_name_that_is_an_email_is_refused(raw: str) -> None:
    error = _error(normalise_name, raw)
    assert (error.field, error.message) == ("name", "That looks like an email address, not a name.")


@pytest.mark.parametrize("raw", ["1234", "+1 415 555 0100", "--"])
def test_name_needs_a_letter(raw: str) -> None:
    assert _error(normalise_name, raw).message == "A name needs at least one letter."


@pytest.mark.parametrize(("raw", "expected"), [
    ("  Acme\t Inc ", "Acme Inc"),
    ("Lee & Co", "Lee & Co"),
    ("3M", "3M"),
    ("  ", None),
])
def test_company_trimmed(raw: str, expected: str | None) -> None:
    assert normalise_company(raw) == expected


def test_company_length_limit() -> None:
    assert normalise_company("c" * MAX_COMPANY) == "c" * MAX_COMPANY
    error = _error(normalise_company, "c" * (MAX_COMPANY + 1))
    assert error.field == "company"
    assert error.message == f"That company name is too long (at most {MAX_COMPANY} characters)."


def test_notes_keep_line_breaks_and_are_limited() -> None:
    assert normalise_notes("  Wants a demo\n\nnext week\x07  ") == "Wants a demo\n\nnext week"
    assert normalise_notes(" \n ") is None
    assert normalise_notes("n" * MAX_NOTES) == "n" * MAX_NOTES
    error = _error(normalise_notes, "n" * (MAX_NOTES + 1))
    assert (error.field, error.message) == ("notes", f"Those notes are too long (at most {MAX_NOTES} characters).")


@given(st.text(max_size=200))
def test_name_and_company_normalisation_is_idempotent(raw: str) -> None:
    for check in (normalise_name, normalise_company, normalise_notes):
        try:
            once = check(raw)
        except ContactError:
            continue
        if once is not None:
            assert once == once.strip()
            assert check(once) == once


# --- build_contact -------------------------------------------------------------------------------

def test_build_contact_normalises_every_field() -> None:
    contact, errors = build_contact(name=" Jane  Roe ", email="jane.roe@Example.COM", phone="020 7946 0958",
                                    company=" Acme Inc ", notes=" Wants a demo ", region="GB")
    assert errors == {}
    assert contact == Contact(name="Jane Roe", email="jane.roe@example.com", phone="+442079460958",
                              company="Acme Inc", notes="Wants a demo")


def test_build_contact_uses_the_region_for_national_numbers() -> None:
    contact, errors = build_contact(phone="(415) 555-0100", region="US")
    assert errors == {}
    assert contact is not None
    assert contact.phone == "+14155550100"
    assert (contact.name, contact.email, contact.company, contact.notes) == (None, None, None, None)


def test_build_contact_reports_all_errors_at_once() -> None:
    contact, errors = build_contact(name="jane@x.io", email="jane@", phone="abc", company="c" * (MAX_COMPANY + 1),
                                    notes="n" * (MAX_NOTES + 1), region="US")
    assert contact is None
    assert errors == {
        "name": "That looks like an email address, not a name.",
        "email": "That email has no domain.",
        "phone": "That phone number has no digits.",
        "company": f"That company name is too long (at most {MAX_COMPANY} characters).",
        "notes": f"Those notes are too long (at most {MAX_NOTES} characters).",
    }


def test_build_contact_reports_only_the_bad_fields() -> None:
    contact, errors = build_contact(name="Jane Roe", email="jane@x.io", phone="12", region="US")
    assert contact is None
    assert set(errors) == {"phone"}


@pytest.mark.parametrize("fields", [
    {},
    {"company": "Acme Inc"},
    {"notes": "Met at the conference"},
    {"name": "  ", "email": " ", "phone": "", "company": "Acme"},
])
def test_build_contact_needs_name_email_or_phone(fields: dict[str, str]) -> None:
    contact, errors = build_contact(region="US", **fields)
    assert contact is None
    assert errors == {"name": "Give at least a name, an email or a phone number."}


@pytest.mark.parametrize("fields", [{"name": "Jane"}, {"email": "j@x.io"}, {"phone": "+44 20 7946 0958"}])
def test_any_one_identity_field_is_enough(fields: dict[str, str]) -> None:
    contact, errors = build_contact(region="US", **fields)
    assert errors == {}
    assert contact is not None
    assert contact.has_identity()


@pytest.mark.parametrize(("raw", "stored"), [
    ("212-555-0187 x204", "+12125550187 ext. 204"), ("(312) 555-0144 ext. 12", "+13125550144 ext. 12"),
    ("+1 646 555 0107 extension 33", "+16465550107 ext. 33"), ("0044 20 7946 0321", "+442079460321"),
    ("1-800-GO-FEDEX", "+18004633339"),
])
def test_extensions_00_and_vanity_numbers_are_stored_as_e164_plus_extension(raw: str, stored: str) -> None:
    assert normalise_phone(raw, "US") == stored
    assert normalise_phone(stored, "US") == stored  # what is stored reads back the same (form, resend)


def test_a_phone_with_an_extension_is_a_valid_crm_phone(lead_schema: dict[str, Any]) -> None:
    contact, errors = build_contact(name="Noah Kim", phone="212-555-0187 x204", region="US")
    assert errors == {} and contact is not None
    context = CaptureContext(surface=Surface.MODAL, user_id="U1", user_name="rep")
    body = build_lead(contact, context, agent_id="agent-1", activity_id="a1", now=datetime(2026, 11, 28, tzinfo=UTC))
    payload = body.to_wire()
    jsonschema.validate(payload, lead_schema)  # the CRM's phone is a free string
    assert payload["lead"]["phone"] == "+12125550187 ext. 204"
