"""The general causes behind the misses of held-out v2 (folded into dev), third round: one test per
cause, each with invented messages of the same kind in other words, so a fix is for the kind and not
for one message."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.domain.conversation import ConversationEngine, ConversationState
from bot.domain.freetext import parse_free_text

Values = dict[str, str]


def _read(text: str, region: str = "US") -> Values:
    return parse_free_text(text, region).values


@pytest.mark.parametrize(("text", "company"), [
    # a legal form of two abbreviated words, each with its dot: the dots are no full stops
    ("Wei Ling Goh, Harbourfront Optics Pte. Ltd., +65 6123 4567", "Harbourfront Optics Pte. Ltd."),
    ("Farid Ismail, Tanjung Logistik Sdn. Bhd.", "Tanjung Logistik Sdn. Bhd."),
    ("Rafael Couto, Couto & Filhos Cia. Ltda.", "Couto & Filhos Cia. Ltda."),
    # "Co., Ltd.": the comma inside the legal form separates nothing
    ("Zhou Min, Goldleaf Trading Co., Ltd., zhou@goldleaf.cn", "Goldleaf Trading Co., Ltd."),
    # legal forms in lower case (Polish, Czech, Slovak)
    ("Piotr Nowak, Nowak Meble sp. z o.o.", "Nowak Meble sp. z o.o."),
    ("Jana Dvořák, Dvořák Pivovar s.r.o.", "Dvořák Pivovar s.r.o."),
    ("Ola Kowalska, Kowalska Studio Sp. z o.o.", "Kowalska Studio Sp. z o.o."),
    # a first word with a letter outside ASCII
    ("Ayşe Yılmaz, Çelik Makine Ltd. Şti.", "Çelik Makine Ltd. Şti."),
    ("Lars Øberg, Ødegaard Fisk AS", "Ødegaard Fisk AS"),
    # a legal form before the name (Vietnamese, Indonesian)
    ("Nguyễn Văn An, Công ty TNHH Sông Hồng", "Công ty TNHH Sông Hồng"),
    # a company whose name starts with a number
    ("Maya Lin, 3 Rivers Brewing, maya@3rivers.beer", "3 Rivers Brewing"),
    ("Sunil Rao, Rao Textiles Pvt. Ltd.", "Rao Textiles Pvt. Ltd."),
    ("Budi Santoso, PT Maju Jaya", "PT Maju Jaya"),
    # a legal form's own dot stays when a sentence follows it
    ("Tom Hardy works at Brightside Inc. She wants 20 seats", "Brightside Inc."),
])
def test_company_legal_forms(text: str, company: str) -> None:
    assert _read(text).get("company") == company


@pytest.mark.parametrize("text", [
    "meeting at 10 Downing Street with Jane Roe",  # after "at", a number starts an address, not a company
    "PT session with Jane Roe",  # a legal form before a lower-case word is no company
    "the company's CFO Jane Roe",  # a possessive before a job title is no label
])
def test_no_company_from_a_look_alike(text: str) -> None:
    assert "company" not in _read(text, "GB")


def test_a_possessive_name_loses_its_s() -> None:
    assert _read("Jane Roe's company is Acme") == {"name": "Jane Roe", "company": "Acme"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Can we get Oskar Lind into Salesforce? oskar@lindbygg.se", {"name": "Oskar Lind", "email": "oskar@lindbygg.se"}),
    ("Picked up a business card from Nadia Petrova - Volga Tech",
     {"name": "Nadia Petrova", "company": "Volga Tech"}),
    ("Got a voicemail from Tobias Meyer, 212 555 0148", {"name": "Tobias Meyer", "phone": "+12125550148"}),
    ("Set up a demo w/ Ines Duarte at Lusitania Foods", {"name": "Ines Duarte", "company": "Lusitania Foods"}),
    ("coffee w/ tom reyes from brightpath", {"name": "tom reyes", "company": "brightpath"}),
    ("bumped into lena fox from crowdwise after the keynote", {"name": "lena fox", "company": "crowdwise"}),
])
def test_lead_in_verbs_and_w_slash(text: str, expected: Values) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Piers Hale from Quayside Marine re: fleet insurance", {"name": "Piers Hale", "company": "Quayside Marine"}),
    ("Mina Cho at Lotus Labs re pricing tiers", {"name": "Mina Cho", "company": "Lotus Labs"}),
])
def test_a_re_clause_ends_the_company(text: str, expected: Values) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # labels one after another without separators, when the message starts with one
    ("name Hugo Brandt company Brandt Glas email hugo@brandtglas.de",
     {"name": "Hugo Brandt", "company": "Brandt Glas", "email": "hugo@brandtglas.de"}),
    # " / " right before a label word
    ("Person: Kofi Mensah / phone 646 555 0132 / company Akan Cocoa",
     {"name": "Kofi Mensah", "phone": "+16465550132", "company": "Akan Cocoa"}),
    # "name's", "email's", "company's"
    ("His name's Bruno Costa, email's bruno@costavinhos.pt",
     {"name": "Bruno Costa", "email": "bruno@costavinhos.pt"}),
    # "company name:", "contact name:"
    ("Contact name: Lea Roth, company name: Roth Optik", {"name": "Lea Roth", "company": "Roth Optik"}),
])
def test_more_label_forms(text: str, expected: Values) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Dame Olivia Marsh, founder of Marsh Botanics", {"name": "Olivia Marsh", "company": "Marsh Botanics"}),
    ("Jens Holm, CEO of Nordlys Energi", {"name": "Jens Holm", "company": "Nordlys Energi"}),
    # a functional title's "of" names no company
    ("Jens Holm, Head of Procurement", {"name": "Jens Holm"}),
    ("Jens Holm, Director of Business Development", {"name": "Jens Holm"}),
    # job titles in other languages
    ("Lucas Moreau, directeur commercial, Moreau Vins", {"name": "Lucas Moreau", "company": "Moreau Vins"}),
    ("Carla Ruiz, gerente de compras, Ruiz Hermanos", {"name": "Carla Ruiz", "company": "Ruiz Hermanos"}),
])
def test_job_titles(text: str, expected: Values) -> None:
    assert _read(text) == expected


def test_a_slash_inside_a_german_number() -> None:
    assert _read("Kurt Weber, 030/12345678, Weber Bau", "DE").get("phone") == "+493012345678"


@pytest.mark.parametrize("text", [
    "lead from yesterday's expo",
    "new lead from tonight's meetup",
])
def test_a_time_word_s_possessive_is_no_company(text: str) -> None:
    assert _read(text).get("company") is None


T0 = datetime(2026, 11, 28, 9, tzinfo=UTC)


def _chat(*messages: str, region: str = "US") -> ConversationState:
    engine = ConversationEngine(region)
    state: ConversationState | None = None
    for index, text in enumerate(messages):
        state, _ = engine.handle(state, text, T0 + timedelta(seconds=20 * index))
    assert state is not None
    return state


@pytest.mark.parametrize("greeting", ["Hola", "Buenos días", "Здравствуйте", "こんにちは", "Bom dia", "Hej hej",
                                      "Selam", "Szia", "Γεια σας", "Xin chào"])
def test_a_greeting_in_any_language_is_no_name(greeting: str) -> None:
    state = _chat(greeting, "Irena Kovač")
    assert state.fields.get("name") == "Irena Kovač"
    assert "name" not in _read(greeting)


@pytest.mark.parametrize(("message", "company"), [
    ("oh and company is Tidewater Boats", "Tidewater Boats"),
    ("company first: Kessler Maschinen GmbH", "Kessler Maschinen GmbH"),
    ("company's Brightwater Analytics", "Brightwater Analytics"),
    ("btw the company is actually Harrow Digital", "Harrow Digital"),
])
def test_a_labelled_company_off_the_question(message: str, company: str) -> None:
    state = _chat("Nell Harrow, nell@harrowdigital.com", message)
    assert state.fields.get("company") == company


@pytest.mark.parametrize("message", ["scratch that, name is Nils Berg", "my bad, his name is Nils Berg",
                                     "correction: name is Nils Berg"])
def test_a_correction_after_an_opening_clause(message: str) -> None:
    state = _chat("Nils Borg, nils@bergfrakt.se, +46 8 123 456 78, Berg Frakt", message, region="SE")
    assert state.fields.get("name") == "Nils Berg"


def test_no_email_in_a_longer_answer_skips_the_email() -> None:
    state = _chat("Odile Brun", "no email, just her cell 415 555 0161", "Brun Atelier")
    assert state.fields.get("company") == "Brun Atelier"
    assert "email" not in state.fields


@pytest.mark.parametrize("messages", [
    ("Vera Lind", "vera@lindtrav.com", "she doesn't have a phone", "Lind Travel"),
    ("Vera Lind, vera@lindtrav.com", "no number but she's at Lind Travel"),
    ("Vera Lind, vera@lindtrav.com", "oh, company first - Lind Travel", "skip"),
])
def test_declining_or_naming_another_field_when_asked_for_the_phone(messages: tuple[str, ...]) -> None:
    state = _chat(*messages)
    assert state.fields.get("company") == "Lind Travel"
    assert "phone" not in state.fields


def test_a_skip_right_after_declining_skips_nothing_more() -> None:
    """The rep may not have seen that "no email" already skipped it: the "skip" that follows still means
    the email, so the company is asked again rather than skipped."""
    state = _chat("Odile Brun", "no email, just her cell 415 555 0161", "skip", "Brun Atelier")
    assert state.fields.get("company") == "Brun Atelier"
