"""The general causes behind the misses of held-out v3 (folded into dev), fourth round: one test per
cause, with invented messages of the same kind in other words, so a fix is for the kind and not for
one message. Precision first: most of these say what must stay empty."""

from __future__ import annotations

import pytest

from bot.domain.freetext import parse_free_text
from tests.support.conversations import Values
from tests.support.conversations import chat as _chat
from tests.support.conversations import read as _read


@pytest.mark.parametrize(("text", "region"), [
    # an amount or a reference number beside a name is no company, in any language
    ("Moira Tansy, budget $18,000, call next week", "US"),
    ("Orla Brennan, order #7781-0042", "IE"),
    ("Cedric Amato, quote ref 2025-0417, £2,900 + VAT", "GB"),
    ("Hedda Lund, invoice INV-55102 paid", "SE"),
    ("Frau Kessler, Angebot 8.750 €", "DE"),
    ("Mme Roussel, devis 3 400 €, facture F-2291", "FR"),
    ("Rufus Penn, PO 44017, 12 pallets", "US"),
    ("Tiago Lobo, Series A, 35 employees", "PT"),
    ("Kalani Akana, 3 Lizenzen, 2 sites", "US"),
    # a place, an event or a time beside a name is no company
    ("Darius Vale, Chicago, keen on the Pro plan", "US"),
    ("Ines Carvalho - São Paulo - enterprise tier", "BR"),
    ("Yuto Mori, Osaka, via LinkedIn", "JP"),
    ("Selma Ngata, met at Cloud Summit Auckland", "NZ"),
    ("Greta Holm, Zoom Thurs, 2pm", "SE"),
    ("Herr Vogt, Termin Mittwoch 10 Uhr", "DE"),
    # a lower-case item in a capitalised message is a remark, not a company
    ("Reuben Cole, signed the NDA, urgent", "US"),
    ("Priya Das - onboarding - asap", "IN"),
])
def test_no_company_from_amounts_places_events_or_remarks(text: str, region: str) -> None:
    assert "company" not in _read(text, region)


@pytest.mark.parametrize(("text", "company"), [
    ("Maren Holt, easyJet, maren@easyjet.com", "easyJet"),  # a brand with a capital inside
    ("Corin Lake, Summit Ridge Partners", "Summit Ridge Partners"),  # an event's word first is a name's
    ("Tobias Wren, 7 Hills Roasters", "7 Hills Roasters"),
])
def test_companies_that_look_like_those_still_count(text: str, company: str) -> None:
    assert _read(text).get("company") == company


@pytest.mark.parametrize(("text", "region", "number"), [
    ("Marcus Oyelaran wants a callback re: invoice 2024-118", "US", False),
    ("PO 88213 for Wanda Fisk", "US", False),
    ("Wren Ashby from Tallow & Co, keen on a quote, 0491 570 159", "AU", True),  # a quote, then the number
])
def test_a_number_after_a_reference_word_is_no_phone(text: str, region: str, number: bool) -> None:
    parsed = parse_free_text(text, region)
    assert ("phone" in parsed.values) is number
    assert "phone" not in parsed.problems


@pytest.mark.parametrize(("text", "expected"), [
    ("Firma: Lindqvist Kälte GmbH, Ansprechpartner: Sven Lindqvist, Tel.: 030 901821",
     {"company": "Lindqvist Kälte GmbH", "name": "Sven Lindqvist", "phone": "+4930901821"}),
    ("Empresa: Bodegas Arriaga, contacto: Nerea Arriaga", {"company": "Bodegas Arriaga", "name": "Nerea Arriaga"}),
    ("Société : Verrerie Castel, nom : Odile Castel", {"company": "Verrerie Castel", "name": "Odile Castel"}),
    ("business Kestrel Joinery, name Ivo Marsh", {"company": "Kestrel Joinery", "name": "Ivo Marsh"}),
    ("Point of contact: Anouk Visser. Phone # 312-555-0148.", {"name": "Anouk Visser", "phone": "+13125550148"}),
])
def test_labels_in_other_languages_and_shapes(text: str, expected: Values) -> None:
    region = {"Firma": "DE", "Empresa": "ES", "Société": "FR"}.get(text.split(":")[0].strip(), "US")
    assert _read(text, region) == expected


def test_a_bare_business_label_needs_a_capital() -> None:
    assert "company" not in _read("business development manager Ivo Marsh")


@pytest.mark.parametrize(("text", "name", "company"), [
    ("VP of Operations Maelle Dufort, Brisa Pumps", "Maelle Dufort", "Brisa Pumps"),  # a title before a name
    ("Senior Sales Director Kofi Boateng at Volta Grid", "Kofi Boateng", "Volta Grid"),
    ("Head of Procurement, Ilse Brandt — Nordwind Foods", "Ilse Brandt", "Nordwind Foods"),
    ("M. Armand Delorme, directeur commercial chez Cartonnerie Moreau", "Armand Delorme", "Cartonnerie Moreau"),
    ("Priyanka from finance at Holloway Systems", "Priyanka", "Holloway Systems"),
    ("Rencontré Bastien Lemaire au salon, Lemaire Frères", "Bastien Lemaire", "Lemaire Frères"),
    ("Alder Quinn -- Fernhill Mutual -- 901-555-0131", "Alder Quinn", "Fernhill Mutual"),
])
def test_titles_intros_and_separators(text: str, name: str, company: str) -> None:
    values = _read(text)
    assert (values.get("name"), values.get("company")) == (name, company)


def test_a_c_level_of_names_the_organisation() -> None:
    assert _read("She's the CFO of Tamarind Cocoa Traders").get("company") == "Tamarind Cocoa Traders"


@pytest.mark.parametrize(("text", "company"), [
    ("Emre Kaya, Kaya Gıda San. ve Tic. A.Ş.", "Kaya Gıda San. ve Tic. A.Ş."),
    ("Милан Јовић, Сава Логистика д.о.о.", "Сава Логистика д.о.о."),
    ("hattie moss at pine & seed feed co", "pine & seed feed co"),
    ("สมศรี ทองดี บริษัท ไทยเฟรช จำกัด", "บริษัท ไทยเฟรช จำกัด"),
])
def test_more_company_forms(text: str, company: str) -> None:
    assert _read(text, "TR").get("company") == company


@pytest.mark.parametrize("text", ["新規のリードです", "새 리드입니다", "Hallo, neuer Kontakt", "Novo contato"])
def test_an_opener_that_says_new_lead_holds_no_field(text: str) -> None:
    assert _read(text) == {}


def test_a_hedge_after_an_email_label() -> None:
    assert _read("his email's actually n.ferro@ferroglass.it")["email"] == "n.ferro@ferroglass.it"
    assert _read("sorry, wrong email - it's l.ota@otamill.jp")["email"] == "l.ota@otamill.jp"


# --- chat --------------------------------------------------------------------------------------


@pytest.mark.parametrize("answer", ["she didn't give me an email", "don't have an email", "he never got her email"])
def test_saying_there_is_no_email_moves_on(answer: str) -> None:
    state = _chat("US", "Rosa Pike", answer, "646 555 0143", "Pike Stationers")
    assert state.fields == {"name": "Rosa Pike", "phone": "+16465550143", "company": "Pike Stationers"}


@pytest.mark.parametrize("answer", ["hmm not sure, will ask", "no idea tbh", "dunno", "didn't get it, sorry"])
def test_not_knowing_skips_the_question(answer: str) -> None:
    state = _chat("US", "Jordi Vila", "jordi@vilafarms.com", answer, "Vila Farms")
    assert state.fields.get("company") == "Vila Farms"
    assert "phone" not in state.fields


def test_a_rep_who_says_freelance_gets_no_company_and_no_retry() -> None:
    state = _chat("US", "Hattie Okafor", "hattie.okafor@gmail.com", "skip", "she's freelance")
    assert "company" not in state.fields
    assert state.asking is None


def test_a_capitalised_item_is_the_company_once_the_name_is_known() -> None:
    state = _chat("US", "Jorge Villa", "jorge@villa.farm", "Villa Farms")
    assert state.fields.get("company") == "Villa Farms"


def test_actually_at_corrects_the_company() -> None:
    state = _chat("GB", "Callum Reid from Thistle Bots", "oh and he's actually at Thistle Bots Ltd, not Thistle Bots")
    assert state.fields["company"] == "Thistle Bots Ltd"


def test_a_plain_guess_still_never_replaces_a_company() -> None:
    state = _chat("GB", "Callum Reid from Thistle Bots", "Moss Lane")
    assert state.fields["company"] == "Thistle Bots"


@pytest.mark.parametrize(("text", "name"), [
    ("per conversation w/ mateo quiroga, he works for lindell granite", "mateo quiroga"),
    ("Per Andersson, Volvo Lastvagnar", "Per Andersson"),  # "per" leads in only before another lead-in
])
def test_per_leads_in_only_before_a_lead_in_word(text: str, name: str) -> None:
    assert _read(text, "SE").get("name") == name
