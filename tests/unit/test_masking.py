"""Masking for operators' eyes and logs: a lead's name wherever the rep typed it, phones in any format,
and Slack timestamps, which are not phone numbers."""

from __future__ import annotations

import phonenumbers
from hypothesis import assume, given
from hypothesis import strategies as st

from bot.logs import redact
from bot.pii import mask_text, mask_wire
from tests.support.log_scan import violations

# Slack timestamps of the years 2017 to 2033.
SLACK_TS = st.builds(lambda s, us: f"{s}.{us:06d}", st.integers(1_500_000_000, 1_999_999_999),
                     st.integers(0, 999_999))
REGIONS = sorted(r for r in phonenumbers.SUPPORTED_REGIONS if phonenumbers.example_number(r) is not None)
FORMATS = (phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.E164,
           phonenumbers.PhoneNumberFormat.NATIONAL)


@st.composite
def phones(draw: st.DrawFn) -> str:
    """Example numbers of every region, as people write them. Numbers of fewer than seven digits (a
    few islands' local format) cannot be told from other numbers, and are not drawn."""
    number = phonenumbers.example_number(draw(st.sampled_from(REGIONS)))
    assert number is not None
    text = phonenumbers.format_number(number, draw(st.sampled_from(FORMATS)))
    assume(sum(ch.isdigit() for ch in text) >= 7)
    return text


def test_a_slack_timestamp_is_kept_and_a_phone_beside_it_masked() -> None:
    line = redact("status message 1700000000.000001 in thread 1700000000.123456 for +1 415 555 0100")
    assert line == "status message 1700000000.000001 in thread 1700000000.123456 for [phone]"


@given(SLACK_TS, phones(), st.sampled_from([" ", ", ", " ts=", " / "]))
def test_phones_are_masked_and_slack_timestamps_kept(ts: str, phone: str, glue: str) -> None:
    line = redact(f"thread_ts={ts}{glue}call {phone}{glue}{ts}")
    assert line.count(ts) == 2
    assert "[phone]" in line
    assert violations([line]) == []
    digits = "".join(ch for ch in phone if ch.isdigit())
    assert digits[-7:] not in "".join(ch for ch in line.replace(ts, "") if ch.isdigit())


@given(phones())
def test_a_phone_that_is_not_a_timestamp_is_never_kept_whole(phone: str) -> None:
    assert violations([redact(f"lead phone {phone}")]) == []


@given(st.lists(st.integers(0, 255), min_size=4, max_size=4), st.one_of(st.none(), st.integers(1, 65535)),
       phones())
def test_ip_addresses_are_kept_and_a_phone_beside_them_masked(octets: list[int], port: int | None,
                                                               phone: str) -> None:
    address = ".".join(map(str, octets)) + (f":{port}" if port else "")
    line = redact(f"cannot reach {address} for {phone}")
    assert line.startswith(f"cannot reach {address} for ") and "[phone]" in line
    assert phone not in line


def test_the_leads_name_is_masked_in_every_free_text_field() -> None:
    wire = {"lead": {
        "name": "Sam O'Neil", "email": "sam@oneil.io", "phone": "+442079460958",
        "metaData": {"notes": "sam o'neil wants a demo", "company": "Acme Inc"},
        "crmActivities": [{"title": "Lead captured", "note": "Sam asked twice", "notesHistory": [
            {"text": "Sam O'Neil, sam@oneil.io"}, {"text": "samples are fine"}, {"text": "yes"}]}],
    }}
    masked = mask_wire(wire)["lead"]
    shown = str(masked)
    assert "Sam" not in shown and "sam " not in shown and "O'Neil" not in shown.replace("O*****", "")
    assert masked["name"] == "S** O*****"
    assert masked["metaData"] == {"notes": "s** o***** wants a demo", "company": "Acme Inc"}
    assert [n["text"] for n in masked["crmActivities"][0]["notesHistory"]] == [
        "S** O*****, s***@oneil.io", "samples are fine", "yes"]
    assert masked["crmActivities"][0]["note"] == "S** asked twice"
    assert wire["lead"]["name"] == "Sam O'Neil"  # the stored body is untouched


@given(st.text(alphabet=st.characters(categories=["L"]), min_size=2, max_size=12),
       st.text(alphabet=st.characters(categories=["L"]), min_size=2, max_size=12), st.text(max_size=40))
def test_any_name_is_gone_from_text_that_mentions_it(first: str, last: str, around: str) -> None:
    masked = mask_text(f"{around} {first} {last}, {last.upper()} {around}", f"{first} {last}")
    for word in (first, last):
        assert f" {word} " not in f" {masked} ".replace(",", " ")
