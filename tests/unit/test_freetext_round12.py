"""The general causes behind the misses of held-out v11 (read once, then studied), twelfth round: one test
per cause, with invented messages of the same kind in other words and places. Guards beside a fix are
look-alikes that must still read as before."""

from __future__ import annotations

import pytest

from tests.support.conversations import Values
from tests.support.conversations import chat as _chat
from tests.support.conversations import read as _read


@pytest.mark.parametrize(("text", "region"), [
    ("Hoa bên kế toán, hoá đơn số 0007731, 12.500.000đ", "VN"),  # an amount with its currency after it
    ("reunião com o jurídico em 03.02.2026, contrato n.º 4471-2026", "PT"),
    ("Alguien de la feria de Puebla, sin datos, ref. cotización 44-1182-3307", "MX"),
    ("ensimmäinen liidi messuilta, kysy mitä ikinä tarvitset", "FI"),  # a sentence of four words, no name
    ("יש לי ליד חדש מהתערוכה בחיפה", "IL"),  # one word in a script without capitals after a new lead
])
def test_amounts_references_and_sentences_name_nobody(text: str, region: str) -> None:
    values = dict(_read(text, region))
    values.pop("name", None) if text.startswith("Hoa") else None  # (Hoa from accounts: a first name)
    assert values == {}


@pytest.mark.parametrize(("text", "region", "company"), [
    ("lead novo, Cooperativa Agrícola Serra Verde", "BR", "Cooperativa Agrícola Serra Verde"),
    ("Neuer Lead: Bäckerei Sonnenhof", "DE", "Bäckerei Sonnenhof"),
    ("nieuwe lead: Brouwerij De Klok", "NL", "Brouwerij De Klok"),
])
def test_a_business_word_first_is_a_company_not_a_name(text: str, region: str, company: str) -> None:
    assert _read(text, region) == {"company": company}


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("Valeria Montes, Montes Diseño", "MX", {"name": "Valeria Montes", "company": "Montes Diseño"}),
    ("Valérie Girard, Girard Conseil", "FR", {"name": "Valérie Girard", "company": "Girard Conseil"}),
    ("talked to lim wei ming kok from harbour lane, lim@harbourlane.example", "SG",
     {"name": "lim wei ming kok", "company": "harbour lane", "email": "lim@harbourlane.example"}),
])
def test_guards_names_that_end_like_a_workshop_and_long_lower_case_names(text: str, region: str,
                                                                        expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("Stavros Lekkas works for Aegean Tiles, 694 123 4567... 2nd call this week", "GR",
     {"name": "Stavros Lekkas", "company": "Aegean Tiles", "phone": "+306941234567"}),
    ("POC: Huda Al Marri. email huda@dunecrest.example. office 02 234 5600", "AE",
     {"name": "Huda Al Marri", "email": "huda@dunecrest.example", "phone": "+97122345600"}),
    ("Lead - name Tane Ruru, mob 021 123 4500", "NZ", {"name": "Tane Ruru", "phone": "+64211234500"}),
    ("Julián Ortega, 81 2947 3600, de Aceros del Norte, quiere cotización", "MX",
     {"name": "Julián Ortega", "phone": "+528129473600", "company": "Aceros del Norte"}),
    ("Hitti Jón Sigurðsson í gær, jon@fjord.example", "IS", {"name": "Jón Sigurðsson", "email": "jon@fjord.example"}),
    ("Oye, apúntame a Inés Carrasco, de Conservas del Cantábrico", "ES",
     {"name": "Inés Carrasco", "company": "Conservas del Cantábrico"}),
    ("Nimekutana na Bi. Rehema Mollel wa Ushirika wa Chai Arusha", "TZ",
     {"name": "Rehema Mollel", "company": "Ushirika wa Chai Arusha"}),
    ("Mwen te rankontre Nadège Pierre, Kafe Lakay", "HT", {"name": "Nadège Pierre", "company": "Kafe Lakay"}),
    ("Tel: 06 1 234 5600 / mellék 12", "HU", {"phone": "+3612345600 ext. 12"}),
    ("toll free 0120-KAGI-22", "JP", {"phone": "+81120524422"}),
    ("freephone 0800 TRUCK 2", "NZ", {"phone": "+64800878252"}),
    ("1300-77-BAKE", "MY", {"phone": "+601300772253"}),
])
def test_more_lead_ins_labels_joiners_and_numbers(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


def test_a_label_heading_before_a_label_is_no_value() -> None:
    assert _read("Contact - name Lena Fox, cell 646 555 0122", "US") == {"name": "Lena Fox", "phone": "+16465550122"}


@pytest.mark.parametrize(("cancel", "region"), [("no, perdón: cancela todo, ya estaba registrada", "MX"),
                                                ("vergiss es", "DE"), ("laisse tomber", "FR"),
                                                ("annulla tutto", "IT"), ("キャンセル", "JP")])
def test_cancel_in_the_reps_language(cancel: str, region: str) -> None:
    state = _chat(region, "Casimira Ledesma, casimira@example.com, +52 222 418 3960", cancel)
    assert state.stage.value == "cancelled"


@pytest.mark.parametrize("answer", ["no, she's consulting independently now", "no, he works for himself these days"])
def test_working_independently_is_no_company(answer: str) -> None:
    state = _chat("KE", "Mumbi Gitau, mumbi@nyotapay.example, 0713 284 905", answer)
    assert "company" not in state.fields


def test_wait_before_a_respelt_name() -> None:
    state = _chat("US", "Mari Coutinho, mari@example.com, 212 555 0150, Pelican Ferry",
                  "oh wait it's Mari Coutinho-Reyes, hyphenated")
    assert state.fields["name"] == "Mari Coutinho-Reyes"


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("Vardas - Rūta Petraitytė; Įmonė - Kauno Duona; tel +370 612 34400", "LT",
     {"name": "Rūta Petraitytė", "company": "Kauno Duona", "phone": "+37061234400"}),
    ("jmeno Petr Dvořák, firma Šumavská Pila", "CZ", {"name": "Petr Dvořák", "company": "Šumavská Pila"}),
    ("Kontaktperson: Ola Nordahl. Firma: Nordahl Fisk AS. Epost ola@nordahlfisk.example", "NO",
     {"name": "Ola Nordahl", "company": "Nordahl Fisk AS.", "email": "ola@nordahlfisk.example"}),
    ("Persona de contacto Núria Puig, empresa Puig i Fills", "ES", {"name": "Núria Puig", "company": "Puig i Fills"}),
    ("hinta 2 900 € + alv, yhteyshenkilö Aino Laine", "FI", {"name": "Aino Laine"}),
])
def test_labels_in_more_languages_and_a_label_after_a_legal_forms_dot(text: str, region: str,
                                                                      expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("first", "answers", "region", "field", "value"), [
    ("new lead from the Gdańsk fair", ("his email is t.nowak@example.com", "sorry — Tomasz Nowak"), "PL", "name",
     "Tomasz Nowak"),
    ("Sanna Ylönen, sanna@kivi.example, 041 2345 944", ("ei, hän on Kolin Kivityö",), "FI", "company",
     "Kolin Kivityö"),
    ("Baraka Mwamba, baraka@kilimanjarofresh.example, 0784 213 560", ("ndiyo",), "TZ", "company",
     "Kilimanjarofresh"),
    ("Torsten Quabeck, t.quabeck@saar.example, Saar Guss",
     ("0681 947 3812", "Korrektur: Firma heißt Quabeck Guss GmbH"), "DE", "company", "Quabeck Guss GmbH"),
    ("Mpho Lekgothoane, 082 418 7730, Limpopo Growers",
     ("mpho@limpopo.example", "actually not Limpopo Growers — Tzaneen Nut Processors"), "ZA", "company",
     "Tzaneen Nut Processors"),
    ("Valdemar Cunha, valdemar@cordoaria.example, 258 814 327, Cordoaria Ponte",
     ("muda a empresa para Cordoaria do Lima, S.A.",), "PT", "company", "Cordoaria do Lima, S.A."),
    ("Linnea Berg, linnea@granskog.example, 070 123 5290", ("nej, det är Granskog Fastigheter AB",), "SE", "company",
     "Granskog Fastigheter AB"),
])
def test_answers_and_corrections_in_more_languages(first: str, answers: tuple[str, ...], region: str, field: str,
                                                   value: str) -> None:
    state = _chat(region, first, *answers)
    assert state.fields[field] == value
    assert state.fields.get("name") != value or field == "name"


def test_no_in_the_reps_language_still_turns_down_a_suggestion() -> None:
    state = _chat("TZ", "Baraka Mwamba, baraka@kilimanjarofresh.example, 0784 213 560", "hapana")
    assert "company" not in state.fields


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("Prof. Dana Levi, Dean of Science, Negev Institute of Technology", "IL",
     {"name": "Dana Levi", "company": "Negev Institute of Technology"}),
    ("Dame Agnes Pollard, non-exec at Tamar Oysters", "GB", {"name": "Agnes Pollard", "company": "Tamar Oysters"}),
    ("Hamish Boyd/ Skye Kelp Co./ 902-555-0140", "CA",
     {"name": "Hamish Boyd", "company": "Skye Kelp Co.", "phone": "+19025550140"}),
    ("Can you log the guy from Doha I mentioned — Khalid Al Thani, 3312 0100", "QA",
     {"name": "Khalid Al Thani", "phone": "+97433120100"}),
    ("Mr. Ron Swanson of Very Good Building Co", "US", {"name": "Ron Swanson", "company": "Very Good Building Co"}),
])
def test_an_organisations_own_of_a_non_exec_and_a_slash_before_a_space(text: str, region: str,
                                                                       expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("fix", "name"), [
    ("hmm, I think her last name is spelled Rowe", "Jane Rowe"),
    ("her name is spelled Jayne Roe", "Jayne Roe"),
])
def test_a_name_said_as_spelled(fix: str, name: str) -> None:
    assert _chat("US", "Jane Roe, jane@acme.com, 212 555 0187, Acme", fix).fields["name"] == name


def test_a_dutch_small_mistake_respells_the_name() -> None:
    state = _chat("NL", "Pieter de Vries, pieter@example.com, 06 12345678, De Vries Bouw",
                  "klein foutje, het is Pieter de Vries-Jansen")
    assert state.fields["name"] == "Pieter de Vries-Jansen"
