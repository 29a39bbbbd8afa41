"""The general causes behind the misses of held-out v10 (read once, then studied), eleventh round: one test
per cause, with invented messages of the same kind in other words and places. Guards beside a fix are
look-alikes that must still read as before."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain import labels
from tests.support.conversations import Values
from tests.support.conversations import chat as _chat
from tests.support.conversations import read as _read


@pytest.mark.parametrize(("text", "region", "company"), [
    # a country in brackets before the legal form
    ("Odhiambo Were, Kisumu Fish Processors (K) Ltd, 0712 345678", "KE", "Kisumu Fish Processors (K) Ltd"),
    ("Farzana Akter, Meghna Jute Mills (BD) Ltd.", "BD", "Meghna Jute Mills (BD) Ltd."),
    ("Wes Duroy at Bunyip Saddlery (Aust.) Pty. Ltd.", "AU", "Bunyip Saddlery (Aust.) Pty. Ltd."),
    ("Priya Rao, Harbourline Robotics (UK) Ltd", "GB", "Harbourline Robotics (UK) Ltd"),
    ("Sipho Dube, Umhlanga Glass (Pty) Ltd", "ZA", "Umhlanga Glass (Pty) Ltd"),
    # "Co., Ltd." and ", Inc." inside a sentence that goes on
    ("Somchai Rattana at Chiang Rai Lacquer Co., Ltd. wants samples", "TH", "Chiang Rai Lacquer Co., Ltd."),
    ("Dana Pike at Corvel, Inc. asked for a demo", "US", "Corvel, Inc."),
    # more legal forms
    ("Lieve Peeters, Schelde Staal SA/NV", "BE", "Schelde Staal SA/NV"),
    ("Karim Bennani, Atlas Cuirs S.A.R.L. AU, 05 22 12 34 56", "MA", "Atlas Cuirs S.A.R.L. AU"),
    ("Julián Ortega, Panadería El Trigal & Cía. S. en C.", "CO", "Panadería El Trigal & Cía. S. en C."),
    ("Aoife Nic Dhonncha, Cniotáil Árann Teo., 091 520 111", "IE", "Cniotáil Árann Teo."),
    ("Oleificio Manfredi & Figli S.a.s. — Bruna Manfredi", "IT", "Oleificio Manfredi & Figli S.a.s."),
    ("Bogdan Wróbel z firmy Stolbud sp. k. — pyta o rabat", "PL", "Stolbud sp. k."),
    ("Jerzy Nowicki, Kotłownia Lipa Sp. z o.o.", "PL", "Kotłownia Lipa Sp. z o.o."),
    # a business's first word before "de", "du", "da"
    ("Fatou Sall, Savonnerie de Thiès SARL", "SN", "Savonnerie de Thiès SARL"),
    ("Anouk Reymond / Fromagerie du Gros-de-Vaud SA", "CH", "Fromagerie du Gros-de-Vaud SA"),
    ("Leila Amrani, Société Nouvelle des Huiles SA", "MA", "Société Nouvelle des Huiles SA"),
])
def test_legal_forms_around_brackets_commas_and_de(text: str, region: str, company: str) -> None:
    assert _read(text, region)["company"] == company


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("Juan Pérez de Acme SA", "MX", {"name": "Juan Pérez", "company": "Acme SA"}),  # a person's "de" is "from"
    ("Sr. Tomás Vidal, VP Comercial de Minera del Norte S.A.", "CL",
     {"name": "Tomás Vidal", "company": "Minera del Norte S.A."}),  # a title's word, not a business's
    ("Ansprechpartner: Herr Udo Kranz, Firma Rheinlicht AG", "DE", {"name": "Udo Kranz", "company": "Rheinlicht AG"}),
    ("Priscilla Teo, Katong Kopi Pte. Ltd.", "SG", {"name": "Priscilla Teo", "company": "Katong Kopi Pte. Ltd."}),
    ("Ana Lima (Natura) and Acme Ltd", "BR", {"name": "Ana Lima", "company": "Acme Ltd"}),
])
def test_guards_beside_the_legal_form_rules(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region"), [
    ("Receptionist at Wattle Creek Tannery gave me the main line", "AU"),
    ("Frau Magistra aus dem Einkauf, wegen Angebot 2024/77", "AT"),
    ("다음 주 화요일 미팅, 견적 200만원", "KR"),
    ("New lead from the Royal Easter Show booth 🐑", "AU"),
    ("les dejo un lead de Cochabamba", "BO"),
    ("Moi, uusi liidi messuilta", "FI"),
    ("Terve, uusi asiakas Kalastusmessuilta", "FI"),
])
def test_roles_titles_times_and_sources_name_nobody(text: str, region: str) -> None:
    values = dict(_read(text, region))
    if text.startswith("Receptionist"):
        assert values.pop("company") == "Wattle Creek Tannery"  # (the tannery is the company)
    assert values == {}


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("New lead: head of admissions, Kilifi Ridge Academy. Wants 20 seats, KSh 90,000/yr", "KE",
     {"company": "Kilifi Ridge Academy"}),
    ("Hey, met Hind Al Marri at the ADIPEC stand, she's with Sarab Pearl Trading", "AE",
     {"name": "Hind Al Marri", "company": "Sarab Pearl Trading"}),
    ("Met Lars Eng at the Northwind Robotics booth", "SE", {"name": "Lars Eng", "company": "Northwind Robotics"}),
    ("Professor Alwyn Price of Tregaron College Enterprises Ltd", "GB",
     {"name": "Alwyn Price", "company": "Tregaron College Enterprises Ltd"}),
    ("Chị Nguyễn Thu Hà, Công ty CP Gốm Bát Tràng", "VN",
     {"name": "Nguyễn Thu Hà", "company": "Công ty CP Gốm Bát Tràng"}),
    ("ဒေါ် ခင်မြင့်၊ မန္တလေး ငွေ ကုမ္ပဏီ", "MM", {"name": "ခင်မြင့်", "company": "မန္တလေး ငွေ ကုမ္ပဏီ"}),
    ("تواصلت مع الأستاذ فهد القحطاني من شركة نخيل الأحساء", "SA",
     {"name": "فهد القحطاني", "company": "شركة نخيل الأحساء"}),
    ("Buenas, me pueden registrar a Lucía Bermúdez Ortiz", "CO", {"name": "Lucía Bermúdez Ortiz"}),
    ("Reunión buenísima hoy con Josefa Errázuriz, gerenta en Viña Los Boldos SpA", "CL",
     {"name": "Josefa Errázuriz", "company": "Viña Los Boldos SpA"}),
    ("Hatte gerade ein gutes Gespräch mit Wiebke Oltmanns von Ostfriesen Tee GmbH", "DE",
     {"name": "Wiebke Oltmanns", "company": "Ostfriesen Tee GmbH"}),
    ("nombre Rosa Quispe, empresa Textiles Andinos", "PE", {"name": "Rosa Quispe", "company": "Textiles Andinos"}),
    ("nome Giulio Brambilla azienda Mobili Brianza", "IT", {"name": "Giulio Brambilla", "company": "Mobili Brianza"}),
    ("Referente: Paola Sironi — ditta Vetreria Comasca", "IT", {"name": "Paola Sironi", "company": "Vetreria Comasca"}),
    ("Engr. Dante Villar Jr., Cebu Steel Works Inc.", "PH",
     {"name": "Dante Villar Jr.", "company": "Cebu Steel Works Inc."}),
])
def test_lead_ins_titles_labels_and_stands_in_more_languages(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "phone"), [
    ("Kim Do-yun 0082-10-3000-1234", "KR", "+821030001234"),  # Korea's 008 is a carrier's prefix, not country 2
    ("Kim Do-yun 0082 10 3000 1234", "KR", "+821030001234"),
    ("Lena Berg 0046 8 123 456 78", "SE", "+46812345678"),
])
def test_the_00_prefix_where_the_region_dials_out_otherwise(text: str, region: str, phone: str) -> None:
    assert _read(text, region)["phone"] == phone


@pytest.mark.parametrize(("answer", "region"), [("sì", "IT"), ("ja", "DE"), ("oui", "FR"), ("sim", "BR")])
def test_a_yes_in_the_reps_language_takes_the_suggested_company(answer: str, region: str) -> None:
    state = _chat(region, "Bea Conti, bea@lagunaverde.example, +39 347 812 0000", answer)
    assert state.fields.get("company") == "Lagunaverde"


@pytest.mark.parametrize(("answer", "region"), [("nei", "NO"), ("nein", "DE"), ("nie", "PL"), ("não", "BR"),
                                                ("いいえ", "JP")])
def test_a_no_in_the_reps_language_declines_it(answer: str, region: str) -> None:
    state = _chat(region, "Bea Conti, bea@lagunaverde.example, +39 347 812 0000", answer)
    assert "company" not in state.fields


@pytest.mark.parametrize(("first", "fix", "region", "field", "value"), [
    ("Musa Bello, musa@kanoleather.example, 0803 123 4567", "sorry his name is spelled Mousa Bello", "NG",
     "name", "Mousa Bello"),
    ("Awa Koné, awa@bamakocoton.example", "l'email c'est plutôt awa.kone@bamakocoton.example", "ML",
     "email", "awa.kone@bamakocoton.example"),
    ("Rocío Baeza, rocio@vinasur.example", "me equivoqué, el nombre es Rocío Baeza Lira", "CL", "name",
     "Rocío Baeza Lira"),
    ("Ingrid Lunde, ingrid@fjordkaffe.example", "rettelse: navnet er Ingrid Lunde-Berg", "NO", "name",
     "Ingrid Lunde-Berg"),
    ("Zsófia Kiss, Balaton Bor Kft.", "bocs, a cég neve Balatoni Borház Kft.", "HU", "company", "Balatoni Borház Kft."),
    ("Agus Santoso, PT Kopi Gayo", "eh salah, perusahaannya PT Kopi Gayo Lestari", "ID", "company",
     "PT Kopi Gayo Lestari"),
    ("Sinead Kelly, sinead@achillwool.example", "make that Sinéad Kelly, with the fada", "IE", "name", "Sinéad Kelly"),
    ("Marco Bellini, marco@vetrimurano.example", "scusa, si chiama Marco Bellucci, non Bellini", "IT", "name",
     "Marco Bellucci"),
    ("Salma Idrissi, salma@fesdinanderie.example", "oups, c'est Salma Idrissi-Alami", "MA", "name",
     "Salma Idrissi-Alami"),
])
def test_corrections_in_more_languages_and_shapes(first: str, fix: str, region: str, field: str, value: str) -> None:
    state = _chat(region, first, fix)
    assert state.fields[field] == value
    if field != "company":
        assert state.fields.get("company") != value


def test_a_renamed_person_is_not_a_company_but_a_company_like_answer_still_is() -> None:
    state = _chat("US", "Dana Pike, dana@example.com, 212 555 0187", "Dana Pike Consulting LLC")
    assert state.fields["name"] == "Dana Pike"
    assert state.fields["company"] == "Dana Pike Consulting LLC"


def test_a_sentence_of_the_reps_own_beside_a_new_phone_is_no_company() -> None:
    state = _chat("US", "Ravi Menon, 212 555 0187", "ravi@example.com", "212 555 0178 actually, I swapped two digits")
    assert state.fields["phone"] == "+12125550178"
    assert "company" not in state.fields


def test_a_thai_correction_beside_a_number_is_no_company() -> None:
    state = _chat("TH", "Sirilak Thongdee, sirilak@example.com, 081 234 9624", "แก้เบอร์เป็น 081 234 5957 ครับ")
    assert state.fields["phone"] == "+66812345957"
    assert "company" not in state.fields


@pytest.mark.parametrize(("first", "answer", "region"), [
    ("Someone from the expo, didn't catch the name", "no name, no card. skip", "GH"),
    ("Responsabile acquisti, fiera di Bologna", "non ho il nome, solo la mail: acquisti@ferramenta.example", "IT"),
    ("Jefe de compras, feria de Lima", "no tengo el nombre, solo el correo: compras@ferreteria.example", "PE"),
])
def test_no_name_said_in_a_sentence_fills_no_name(first: str, answer: str, region: str) -> None:
    state = _chat(region, first, answer)
    assert "name" not in state.fields


@pytest.mark.parametrize(("text", "region"), [
    ("Chap from accounts rang about invoice 4471", "GB"),
    ("Bloke from Leeds wants a quote", "GB"),
    ("Il titolare della ferramenta, preventivo entro venerdì", "IT"),
    ("مدير المشتريات من المعرض، يريد عرض سعر", "SA"),
    ("प्रदर्शनी में मिले खरीद प्रबंधक, अगले हफ्ते कोटेशन", "IN"),
    ("Yeni lead CNR Expo'dan", "TR"),
])
def test_people_jobs_quotes_and_fairs_in_more_words_name_nobody(text: str, region: str) -> None:
    assert _read(text, region) == {}


def test_a_capitalised_business_after_a_role_is_still_its_company() -> None:
    assert _read("Il titolare della Ferramenta Rossi, preventivo", "IT") == {"company": "Ferramenta Rossi"}
    assert _read("Jane Okafor, Ebonyi Specialist Hospital", "NG") == {
        "name": "Jane Okafor", "company": "Ebonyi Specialist Hospital"}


@pytest.mark.parametrize(("first", "answer", "region", "declined"), [
    ("Budi Santoso, budi@gmail.com, 0812 3456 7890", "tidak ada perusahaan", "ID", "company"),
    ("Nguyễn Văn An, an@gmail.com, 0912 345 678", "không có công ty", "VN", "company"),
    ("Иван Петров, ivan@gmail.com, +7 912 345 67 89", "нет компании", "RU", "company"),
    ("Mehmet Yılmaz, mehmet@gmail.com, 0532 123 45 67", "şirketi yok", "TR", "company"),
    ("Jonas Weber, jonas@gmail.com, 0151 23456789", "nee, ist selbstständig", "DE", "company"),
    ("Jane Roe, jane@gmail.com, 212 555 0187", "will ask her tomorrow", "US", "company"),
    ("Anna Nowak, anna@gmail.com", "nie mam numeru", "PL", "phone"),
    ("Erik Lund, erik@gmail.com", "har inget nummer", "SE", "phone"),
    ("Marco Rossi, marco@gmail.com", "non ce l'ho", "IT", "phone"),
    ("田中太郎, tanaka@gmail.com", "電話番号は分かりません", "JP", "phone"),
])
def test_there_is_none_said_in_the_reps_language_moves_on(first: str, answer: str, region: str,
                                                          declined: str) -> None:
    state = _chat(region, first, answer)
    assert declined not in state.fields
    assert state.asking != declined


def test_skip_after_a_declined_field_skips_the_question_asked_since() -> None:
    """"she has no phone" moves on to the company; a `skip` then is for the company (it looped, asking
    for the company again and again)."""
    state = _chat("US", "Jane Roe, jane@gmail.com", "she has no phone", "skip")
    assert state.stage.value == "confirming"
    assert state.fields == {"name": "Jane Roe", "email": "jane@gmail.com"}


@pytest.mark.parametrize(("text", "region"), [
    ("Another one for the pipeline, from LinkedIn", "US"),
    ("New prospect via referral from Maple Partners", "US"),  # who referred the lead, not the lead
    ("Nowy lead z Krakowa, szczegóły za chwilę", "PL"),
    ("Neuer Lead aus Graz, Details folgen", "AT"),
])
def test_where_a_new_lead_came_from_names_nobody(text: str, region: str) -> None:
    assert _read(text, region) == {}


@pytest.mark.parametrize(("text", "expected"), [
    ("new lead: Ravi", {"name": "Ravi"}),
    ("Jane Roe, from LinkedIn", {"name": "Jane Roe", "company": "LinkedIn"}),  # no opener: where she works
    ("New lead, Jane Roe from Initech", {"name": "Jane Roe", "company": "Initech"}),
])
def test_guards_beside_the_source_rules(text: str, expected: Values) -> None:
    assert _read(text, "US") == expected


@pytest.mark.parametrize("answer", ["some startup in Austin", "the one on 5th street"])
def test_a_description_is_no_company(answer: str) -> None:
    state = _chat("US", "Jane Roe, jane@gmail.com, 212 555 0187", answer)
    assert "company" not in state.fields


def test_a_yes_but_answer_gives_the_company_it_names() -> None:
    state = _chat("US", "Jane Roe, jane@initech.com, 212 555 0187", "yes but it's Initech Labs actually")
    assert state.fields["company"] == "Initech Labs"


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("spoke w/ dr. amy chen re: lab supplies, amy.chen@uclabs.example", "US",
     {"name": "amy chen", "email": "amy.chen@uclabs.example"}),  # what the call was about names no company
    ("left vm for kevin at zenith, no answer", "US", {"name": "kevin", "company": "zenith"}),
    ("falei com a carla da padaria bom pão", "BR", {"name": "carla", "company": "padaria bom pão"}),
    ("vu m. lefèvre de la boulangerie du port", "FR", {"name": "lefèvre", "company": "boulangerie du port"}),
    ("bastien morvan de la brasserie des landes", "FR", {"name": "bastien morvan", "company": "brasserie des landes"}),
    ("Fernanda Lima da Silva", "BR", {"name": "Fernanda Lima da Silva"}),
    ("Jane Roe from Redgum Timber re: bulk order", "AU", {"name": "Jane Roe", "company": "Redgum Timber"}),
])
def test_lower_case_shops_topics_and_voicemails(text: str, region: str, expected: Values) -> None:
    values = dict(_read(text, region))
    assert values == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("POC - Sgt. (ret.) Dan Miller, Miller Security Services", "US",
     {"name": "Dan Miller", "company": "Miller Security Services"}),
    ("Lady Penelope Ashford-Grey, Ashford Estates Ltd", "GB",
     {"name": "Penelope Ashford-Grey", "company": "Ashford Estates Ltd"}),
    ("Fr. Michael O'Brien, St. Kevin's Parish", "IE", {"name": "Michael O'Brien", "company": "St. Kevin's Parish"}),
    ("Alhaji Musa Danjuma, Danjuma Holdings Ltd", "NG", {"name": "Musa Danjuma", "company": "Danjuma Holdings Ltd"}),
    ("CA Anjali Mehta, Mehta & Associates", "IN", {"name": "Anjali Mehta", "company": "Mehta & Associates"}),
    ("C.P. Jorge Ramírez, Despacho Ramírez S.C.", "MX", {"name": "Jorge Ramírez", "company": "Despacho Ramírez S.C."}),
    ("Geom. Luca Bianchi, Bianchi Costruzioni s.r.l.", "IT",
     {"name": "Luca Bianchi", "company": "Bianchi Costruzioni s.r.l."}),
    ("Hon. Wanjiru Mwangi MP, Mwangi Farms", "KE", {"name": "Wanjiru Mwangi", "company": "Mwangi Farms"}),
    ("Person: Luis Ortega (Ops Director) - Ortega Freight LLC", "US",
     {"name": "Luis Ortega", "company": "Ortega Freight LLC"}),
    ("Name: Ana Ruiz, PhD", "US", {"name": "Ana Ruiz"}),
    ("Ana Ruiz PhD from Acme", "US", {"name": "Ana Ruiz", "company": "Acme"}),
    ("Jane Roe, Sacramento CA", "US", {"name": "Jane Roe"}),  # a city and its state
])
def test_more_titles_before_and_letters_after_a_name(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region"), [
    ("P.IVA 01234567890, Marco Rossi", "IT"),  # eleven digits, like an Italian landline: a VAT number
    ("CNPJ 12.345.678/0001-90, Ana Souza", "BR"),
    ("NIF 123456789, Lucía Gómez", "ES"),
    ("SIRET 123 456 789 00012, Claire Dubois", "FR"),
])
def test_a_tax_or_registration_number_is_no_phone(text: str, region: str) -> None:
    assert "phone" not in _read(text, region)


_LABELLED = st.lists(st.sampled_from(["Name:", "EMAIL", "e-mail", "Company", "cell", "Tel.", "her Email is", "Firma:",
                                      "İsim:", "co -", "CO.", "Ansprechpartner:", "Jane", "Roe", "ACME", ",", ";", "\n",
                                      "jane@x.io", "212 555 0187", "ß", "Straße", "ǅ", "K"]), max_size=12)


@given(_LABELLED.map(" ".join))
def test_labels_found_in_the_lower_cased_text_are_the_labels_a_case_insensitive_search_finds(text: str) -> None:
    expected = [(m.span(), m.groupdict()) for m in labels._LABEL.finditer(text)]
    found = [(m.span(), m.groupdict()) for m in labels._labels_in(text, text.lower())]
    assert found == expected
    assert (labels._ANY_LABEL_WORD.search(text.lower()) is None) == (
        re.search(labels._ANY_LABEL_WORD.pattern, text, re.IGNORECASE) is None)


@pytest.mark.parametrize(("answer", "region"), [
    ("forgot to ask lol", "US"),
    ("can't remember her name", "US"),
    ("weiß ich noch nicht", "DE"),
    ("je ne sais plus son nom", "FR"),
    ("no me acuerdo del nombre", "ES"),
    ("não lembro o nome dela", "BR"),
])
def test_i_dont_remember_is_no_name(answer: str, region: str) -> None:
    state = _chat(region, "new lead", answer)
    assert "name" not in state.fields


@pytest.mark.parametrize("answer", ["it's on the card in my car", "check the photo I sent", "same as last time"])
def test_a_lower_case_sentence_is_no_name(answer: str) -> None:
    assert "name" not in _chat("US", "new lead", answer).fields


@pytest.mark.parametrize(("answer", "name"), [("ada park", "ada park"), ("will smith", "will smith"),
                                              ("maria de souza", "maria de souza"), ("Rose May", "Rose May")])
def test_a_name_typed_in_lower_case_is_still_one(answer: str, name: str) -> None:
    assert _chat("US", "new lead", answer).fields.get("name") == name
