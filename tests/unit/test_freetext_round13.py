"""The general causes behind the misses of held-out v12 (read once, then studied), thirteenth round: one test
per cause, with invented messages of the same kind in other words and places. Guards beside a fix are
look-alikes that must still read as before."""

from __future__ import annotations

import pytest

from bot.domain import legal_forms
from bot.domain.conversation.commands import detect_command
from tests.support.conversations import Values
from tests.support.conversations import chat as _chat
from tests.support.conversations import read as _read


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("hot lead!! Marisol Quintero, marisol@istmofreight.example", "PA",
     {"name": "Marisol Quintero", "email": "marisol@istmofreight.example"}),  # how good a lead is, no job title
    ("Name: Tariq Mehmood. Email is tariq@example.com. Landline (042) 35761234", "PK",
     {"name": "Tariq Mehmood", "email": "tariq@example.com", "phone": "+924235761234"}),
    ("Jefe de planta (no me dio su nombre), Molinos del Sur, pedido 2.000 sacos", "PE", {"company": "Molinos del Sur"}),
    ("Ingeniero de turno, Minera Cerro Alto, 80 cascos a $29.990 c/u", "CL", {"company": "Minera Cerro Alto"}),
    ("Full name: Wren Talbot | E: wren@example.com | M: 843-555-0111", "US",
     {"name": "Wren Talbot", "email": "wren@example.com", "phone": "+18435550111"}),
    ("Director financeiro da Beira Costa Logística, proposta 950.000 MT", "MZ", {"company": "Beira Costa Logística"}),
    ("Danielle Steel, Acme", "US", {"name": "Danielle Steel", "company": "Acme"}),
    ("JJ Abrams, Bad Robot", "US", {"name": "JJ Abrams", "company": "Bad Robot"}),
    ("met the head of IT at Oscorp, Norman Osborn", "US", {"name": "Norman Osborn", "company": "Oscorp"}),
])
def test_openers_labels_businesses_and_codes(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region"), [
    ("bonjour, nouveau prospect rencontré à Port-Gentil hier soir", "GA"),  # a place after "à"
    ("met someone great in Knysna today", "ZA"),
    ("met someone at Interpack today, new lead", "DE"),  # where they met, nobody named
    ("moikka, uusi liidi tulossa ihan kohta", "FI"),  # "coming right away"
    ("CFO from marketing dept asked for a quote, 2 800 000 RWF, call on 14.02", "RW"),
    ("Någon från inköpsavdelningen, ringer tillbaka v. 42, 12 000 kr/mån", "SE"),
    ("Renewal 2026-04-01, 12 licenses @ $999/yr, same as last time", "US"),
])
def test_places_sources_codes_and_amounts_name_nobody(text: str, region: str) -> None:
    assert _read(text, region) == {}


def test_a_name_with_a_particle_before_a_business_is_still_split_there() -> None:
    assert _read("Ioana Mureșan de la Carpatina Soft, 0744 318 500", "RO") == {
        "name": "Ioana Mureșan", "company": "Carpatina Soft", "phone": "+40744318500"}


@pytest.mark.parametrize(("first", "answers", "region", "expected"), [
    ("Ingeniera de seguridad, Minera Cerro Alto", ("no sé su nombre todavía",), "CL", {"company": "Minera Cerro Alto"}),
    ("Rocío Varela, rocio@olivarte.example, 612 09 73 00", ("no, trabaja por su cuenta",), "ES",
     {"name": "Rocío Varela", "email": "rocio@olivarte.example", "phone": "+34612097300"}),
    ("Chanida Phol, chanida@siamlacquer.example, 02 123 9900", ("ใช่ครับ",), "TH",
     {"name": "Chanida Phol", "email": "chanida@siamlacquer.example", "phone": "+6621239900",
      "company": "Siamlacquer"}),
    ("Tiago Cardoso, tiago@moinhoazul.example, 912 557 800", ("não, ele é consultor independente",), "PT",
     {"name": "Tiago Cardoso", "email": "tiago@moinhoazul.example", "phone": "+351912557800"}),
    ("Sofia Vidal, sofia@olaria.example, 912 340 700, Olaria de Barcelos", ("não, espera, ela é Sofia Vidal Pinheiro",),
     "PT", {"name": "Sofia Vidal Pinheiro", "email": "sofia@olaria.example", "phone": "+351912340700",
            "company": "Olaria de Barcelos"}),
    ("Antonis Kyriakou, antonis@raki.example, 694 207 3300, Cretan Raki Works",
     ("actually no company, he left them last month - leave it blank",), "GR",
     {"name": "Antonis Kyriakou", "email": "antonis@raki.example", "phone": "+306942073300"}),
])
def test_chat_answers_in_more_languages(first: str, answers: tuple[str, ...], region: str, expected: Values) -> None:
    assert _chat(region, first, *answers).fields == expected


@pytest.mark.parametrize(("said", "command"), [("ใช่ครับ", "confirm"), ("हाँ", "confirm"), ("नहीं", "edit"),
                                               ("yes 👍", "confirm"), ("cancel 🙏", "cancel")])
def test_a_words_combining_marks_are_its_own(said: str, command: str) -> None:
    detected = detect_command(said, confirming=True)
    assert detected is not None and detected.value == command


def test_there_is_none_said_after_declining_the_name_is_no_name() -> None:
    state = _chat("MA", "Chef de projet, RDV le 18/11", "je n'ai pas son nom, désolé", "pas d'email")
    assert "name" not in state.fields


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("قابلت اليوم سامي عبد الرحمن من شركة طنطا للنسيج، موبايل 010 0458 2200", "EG",
     {"name": "سامي عبد الرحمن", "company": "شركة طنطا للنسيج", "phone": "+201004582200"}),
    ("آقای بهرام کریمی، شرکت فرش تبریز، 0912 345 7700", "IR",
     {"name": "بهرام کریمی", "company": "شرکت فرش تبریز", "phone": "+989123457700"}),
    ("Bu Sari Wulandari dari CV Batik Solo Indah", "ID", {"name": "Sari Wulandari", "company": "CV Batik Solo Indah"}),
    ("ဦးမောင်မောင်၊ ရွှေမြစ် ကုမ္ပဏီ", "MM", {"name": "မောင်မောင်", "company": "ရွှေမြစ် ကုမ္ပဏီ"}),
    ("Bapak Agus Salim, Direktur Operasional PT Baja Timur", "ID",
     {"name": "Agus Salim", "company": "PT Baja Timur"}),
    ("Pr. Paul Biya Mbarga, doyen, Institut Supérieur de Douala", "CM",
     {"name": "Paul Biya Mbarga", "company": "Institut Supérieur de Douala"}),
    ("Hadjia Aïssa Moussa, présidente de la Coopérative Maradi Arachides", "NE",
     {"name": "Aïssa Moussa", "company": "Coopérative Maradi Arachides"}),
    ("Fru Ebba af Ulfsax, vd på Ulfsax Kapital", "SE", {"name": "Ebba af Ulfsax", "company": "Ulfsax Kapital"}),
    ("Ginang Rosa Dimaculangan, rosa@example.com", "PH", {"name": "Rosa Dimaculangan", "email": "rosa@example.com"}),
])
def test_honorifics_and_particles_in_more_languages(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("first", "answers", "region", "field", "value"), [
    ("Lê Văn Tâm, tam@example.com, 0918 305 200", ("Dâu Tây Farm", "à nhầm, công ty là Langbiang Farm"), "VN",
     "company", "Langbiang Farm"),
    ("Milagros Quispe, 984 221 300, Alpacas Colca", ("milagros@example.com", "ojo, la empresa es Colca Hilados S.A.C."),
     "PE", "company", "Colca Hilados S.A.C."),
    ("Siebe Smit, siebe@example.com, 06 42 71 83 00, Wad Charters", ("bedrijf moet zijn: Wad Zeiltochten",), "NL",
     "company", "Wad Zeiltochten"),
    ("Thurston Abbot-Kaur, 919-555-0100, Longleaf Bio", ("t@example.com", "scratch that, he goes by Thurston Abbot"),
     "US", "name", "Thurston Abbot"),
    ("Ronja Niemi, ronja@example.com, Aava Matkat", ("040 318 5200", "sori, nimi on Ronja Niemelä"), "FI", "name",
     "Ronja Niemelä"),
    ("Mantas Petrauskas, mantas@example.com, +370 686 24 100, Baltas Vėjas",
     ("pataisymas: įmonė UAB Baltas Vėjas",), "LT", "company", "UAB Baltas Vėjas"),
    ("Femke de Boer femke@zoutkamp.example 06 37 84 19 00", ("nee, ze werkt voor Lauwersoog Visserij",), "NL",
     "company", "Lauwersoog Visserij"),
    ("Edvin Lund edvin@ljungskog.example", ("070-482 16 00", "japp"), "SE", "company", "Ljungskog"),
])
def test_corrections_and_answers_in_still_more_languages(first: str, answers: tuple[str, ...], region: str,
                                                         field: str, value: str) -> None:
    assert _chat(region, first, *answers).fields[field] == value


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("Nama: Dewi Lestari, HP: 0812-3304-7700, perusahaan Kopi Gayo Jaya", "ID",
     {"name": "Dewi Lestari", "phone": "+6281233047700", "company": "Kopi Gayo Jaya"}),
    ("Client name: Arnel Cruz // office (02) 3234 7700 // company Davao Fruit Exporters", "PH",
     {"name": "Arnel Cruz", "phone": "+63232347700", "company": "Davao Fruit Exporters"}),
    ("Emri: Arta Hoxha, celulari 067 480 2200, kompania Vlora Agrume", "AL",
     {"name": "Arta Hoxha", "phone": "+355674802200", "company": "Vlora Agrume"}),
    ("Persoană de contact: Ana Popa, companie Carpatina Lemn", "RO", {"name": "Ana Popa", "company": "Carpatina Lemn"}),
    ("Vārds: Jānis Ozols; e-pasts: janis@example.com; uzņēmums Vējš", "LV",
     {"name": "Jānis Ozols", "email": "janis@example.com", "company": "Vējš"}),
    ("Nilda Ortiz of Flores Boricua, 1-800-FLORES-1 ext. 204", "PR",
     {"name": "Nilda Ortiz", "company": "Flores Boricua", "phone": "+18003567371 ext. 204"}),
    ("Inês Mota, 00351 21 234 8800 extensão 305, Tipografia Alfama", "PT",
     {"name": "Inês Mota", "phone": "+351212348800 ext. 305", "company": "Tipografia Alfama"}),
    ("Ernesto Iturbide, Aceros de La Laguna S.A. de C.V.", "MX",
     {"name": "Ernesto Iturbide", "company": "Aceros de La Laguna S.A. de C.V."}),
    ("Fotso Arnaud, Brasseries du Noun S.A.", "CM", {"name": "Fotso Arnaud", "company": "Brasseries du Noun S.A."}),
    ("Micaela Sturla, Vinos del Uco S.A.I.C.", "AR", {"name": "Micaela Sturla", "company": "Vinos del Uco S.A.I.C."}),
    ("Vesna Bilić, Dalmacija Sol j.d.o.o.", "HR", {"name": "Vesna Bilić", "company": "Dalmacija Sol j.d.o.o."}),
])
def test_labels_legal_forms_and_numbers_from_more_countries(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("snakkede med asger holm fra klitrose energi", "DK", {"name": "asger holm", "company": "klitrose energi"}),
    ("Upoznao sam danas Ivan Horvat, Jadran Brodovi d.o.o.", "HR",
     {"name": "Ivan Horvat", "company": "Jadran Brodovi d.o.o."}),
    ("Bonjour, peux-tu enregistrer Mbarga Théodore, Douala Bois, 6 77 20 41 00 ?", "CM",
     {"name": "Mbarga Théodore", "company": "Douala Bois", "phone": "+237677204100"}),
    ("Sam Jones, Acme", "US", {"name": "Sam Jones", "company": "Acme"}),  # Sam is a name, not Croatian "am"
])
def test_lead_ins_in_danish_croatian_and_french(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


def test_anyway_before_the_answer() -> None:
    state = _chat("AE", "Zayed Saeed, +971 50 227 8400", "what's the company field for? anyway it's Liwa Dates Trading")
    assert state.fields["company"] == "Liwa Dates Trading"


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("the usual - Wattle Street Pharmacy again, reorder of 200 units", "AU", {"company": "Wattle Street Pharmacy"}),
    ("Invoice 100517 for Riverbend Creek Winery still open, $3,450.00 due 11/30", "US",
     {"company": "Riverbend Creek Winery"}),
    ("met someone great in Knysna today", "ZA", {}),
    ("booth lead #14 from HIMSS Global Health Conference", "US", {}),
])
def test_a_business_named_late_in_a_sentence_about_it(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region"), [
    ("lead novo da agroshow", "BR"),
    ("buenas tardes, un cliente nuevo de la rueda de negocios", "AR"),
    ("o pessoal do financeiro pediu proposta até 30/09", "BR"),
    ("bagian gudang minta penawaran ulang, total rp 12.500.000", "ID"),
])
def test_lower_case_words_led_by_a_particle_article_or_amount_are_no_name(text: str, region: str) -> None:
    assert "name" not in _read(text, region)


def test_a_lower_case_name_may_start_with_ben() -> None:
    assert _read("ben wyatt from ice town games", "US") == {"name": "ben wyatt", "company": "ice town games"}


@pytest.mark.parametrize(("text", "end", "count", "start"), [
    ("SA Kumalo Acme SA", 0, 2, 0),  # a legal form first: the search starts at the text's start, not its last space
    ("Jane Roe at Acme Holdings Ltd", 26, 2, 11),
    ("Acme Ltd", 5, 8, 0),
])
def test_the_suffixed_company_search_starts_a_few_words_before_the_form(text: str, end: int, count: int,
                                                                       start: int) -> None:
    assert legal_forms._words_before(text, end, count) == start


@pytest.mark.parametrize(("text", "expected"), [
    ("株式会社 Mr. S.A.", {}),  # hypothesis found "株式会社 ," here: the separator a cut-out title leaves
    ("ヤマト 株式会社 , 田中", {"company": "ヤマト 株式会社"}),
    ("株式会社 ヤマト", {"company": "株式会社 ヤマト"}),
])
def test_a_cjk_legal_form_never_joins_a_separator(text: str, expected: dict[str, str]) -> None:
    assert {k: v for k, v in _read(text, "JP").items() if k == "company"} == expected
