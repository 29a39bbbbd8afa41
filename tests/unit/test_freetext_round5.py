"""The general causes behind the misses of held-out v4 (folded into dev), fifth round: one test per
cause, with invented messages of the same kind in other words, so a fix is for the kind and not for
one message. Each guard beside a fix is a look-alike that must still read as before."""

from __future__ import annotations

import pytest

from bot.domain.conversation import Stage
from bot.domain.freetext import parse_free_text
from tests.support.conversations import Values
from tests.support.conversations import chat as _chat
from tests.support.conversations import read as _read


@pytest.mark.parametrize(("text", "region", "expected"), [
    # the word that labels an email or a phone number goes with it, never into the name or company
    ("Frau Mag. Edda Steiner, Mail e.steiner@steinerbau.at, Handy 0664 5550199", "AT",
     {"name": "Edda Steiner", "email": "e.steiner@steinerbau.at", "phone": "+436645550199"}),
    ("Kowit Saengdao โทร 089 555 0177", "TH", {"name": "Kowit Saengdao", "phone": "+66895550177"}),
    ("Tomás Irala, Móvil 612 555 031, Correo tomas@iralavinos.es", "ES",
     {"name": "Tomás Irala", "phone": "+34612555031", "email": "tomas@iralavinos.es"}),
    # ... but a company may still end in a word that is also a label
    ("Nadia Ferrer, Quill Mobile, 212 555 0164", "US",
     {"company": "Quill Mobile", "name": "Nadia Ferrer", "phone": "+12125550164"}),
])
def test_a_label_before_an_email_or_phone_goes_with_it(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "phone"), [
    ("Sylvie Ouimet 514.555.0162 poste 310", "CA", "+15145550162 ext. 310"),
    ("Jonas Pabst, +49 (0)30 55501888, Durchwahl 42", "DE", "+493055501888 ext. 42"),
    ("Lia Conti 02 5555 0199 interno 7", "IT", "+390255550199 ext. 7"),
    ("Royce Dane, 212-555-0130, ext. 9", "US", "+12125550130 ext. 9"),  # after a comma, spelled out
    ("call 1-888-PET-MEDS x12", "US", "+18887386337 ext. 12"),  # on a vanity number
])
def test_extensions_in_the_words_reps_use(text: str, region: str, phone: str) -> None:
    assert _read(text, region)["phone"] == phone


def test_a_number_after_a_comma_without_an_extension_word_stays_apart() -> None:
    assert _read("Royce Dane, 212-555-0130, 9 seats")["phone"] == "+12125550130"


@pytest.mark.parametrize(("text", "region", "company"), [
    ("Signe Holm, Holm & Krag A/S", "DK", "Holm & Krag A/S"),
    ("Ruben Sousa, Lisboa Têxteis Lda.", "PT", "Lisboa Têxteis Lda."),
    ("Gunnar Ólafsson, founder of Hekla Fjarskipti hf.", "IS", "Hekla Fjarskipti hf."),
    ("Anouk Weber, Moselle Digital S.à r.l.", "LU", "Moselle Digital S.à r.l."),
    ("Karim Naguib, Delta Cotton S.A.E.", "EG", "Delta Cotton S.A.E."),
    ("Bram Coetzee, Karoo Wind (Pty) Ltd", "ZA", "Karoo Wind (Pty) Ltd"),
    ("Hollis Grange, Maple Valley Co-op", "US", "Maple Valley Co-op"),
    ("이도윤, (주)한빛로보틱스", "KR", "(주)한빛로보틱스"),
    # a joining word between capitalised words before a legal form
    ("Lucía Ferrán, Vinos del Priorat S.L.", "ES", "Vinos del Priorat S.L."),
    ("Hale Winter, Bank of Pellham Corp", "US", "Bank of Pellham Corp"),
])
def test_more_legal_forms_and_joined_names(text: str, region: str, company: str) -> None:
    assert _read(text, region).get("company") == company


def test_and_before_a_suffixed_company_joins_a_person_to_it() -> None:
    assert _read("Jane Roe and Brightwell Ltd") == {"name": "Jane Roe", "company": "Brightwell Ltd"}


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("Eline Maes bij vanTricht BV", "BE", {"name": "Eline Maes", "company": "vanTricht BV"}),
    ("Mads Kirk fra Nordhavn Rederi", "DK", {"name": "Mads Kirk", "company": "Nordhavn Rederi"}),
    ("Ingrid Lie hos Fjellvind Energi", "NO", {"name": "Ingrid Lie", "company": "Fjellvind Energi"}),
    ("directora de compras en Textiles Arandela", "ES", {"company": "Textiles Arandela"}),
    ("firma Brückner Stahlbau, Kontakt: Lena Brückner", "DE",
     {"company": "Brückner Stahlbau", "name": "Lena Brückner"}),
])
def test_foreign_intros_and_bare_labels(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


def test_a_bare_foreign_company_label_needs_a_capital() -> None:
    assert "company" not in _read("Lena Brückner, firma klein", "DE")


@pytest.mark.parametrize(("text", "expected"), [
    ("dagny works at birchwood mills, 212 555 0190", {"name": "dagny", "company": "birchwood mills"}),
    ("otto from kessel brothers", {"name": "otto", "company": "kessel brothers"}),
    ("marisol at tejada ceramics, marisol@tejada.mx", {"name": "marisol", "company": "tejada ceramics"}),
    ("corin lyle, she runs lyle & daughters", {"name": "corin lyle", "company": "lyle & daughters"}),
])
def test_lower_case_first_names_before_a_company(text: str, expected: Values) -> None:
    found = parse_free_text(text, "US")
    assert {key: found.values[key] for key in expected} == expected
    assert found.guessed >= set(expected)  # no capital to go by: the rep is asked to look


@pytest.mark.parametrize("text", [
    "jane at acme",  # maybe a mistyped jane@acme: no guess (beside a phone or an email it is a person at a company)
    "jane at acme dot com",
    "greetings from lindqvist corp",  # a greeting, not a name
])
def test_one_lower_case_word_is_no_name_without_a_company_that_cannot_be_a_domain(text: str) -> None:
    assert "name" not in _read(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("voicemail from Odile Brassac: odile@brassac.fr", {"name": "Odile Brassac", "email": "odile@brassac.fr"}),
    ("New referral: Odile Brassac", {"name": "Odile Brassac"}),  # a heading before a value still goes
    ("Add this ⇒ Thorne Ibsen, Ibsen Marine", {"name": "Thorne Ibsen", "company": "Ibsen Marine"}),
    ("log it -> Thorne Ibsen -> Ibsen Marine", {"name": "Thorne Ibsen", "company": "Ibsen Marine"}),
    ("somebody from procurement at Vantor Labs called", {"company": "Vantor Labs"}),
])
def test_headings_arrows_and_nobody_in_particular(text: str, expected: Values) -> None:
    assert _read(text, "FR") == expected


@pytest.mark.parametrize(("text", "region", "name"), [
    ("山田 花子さん、青空物産株式会社", "JP", "山田 花子"),
    ("김민준 님, (주)푸른바다", "KR", "김민준"),
    ("Prof. Yusuf el-Amin, Cairo Labs", "EG", "Yusuf el-Amin"),
    ("Ms Aoife Ní Bhriain, Corrib Tech", "IE", "Aoife Ní Bhriain"),
])
def test_honorifics_and_joined_particles(text: str, region: str, name: str) -> None:
    assert _read(text, region).get("name") == name


def test_an_email_glued_to_text_in_brackets_of_another_script() -> None:
    found = _read("田中 一郎さん（緑川商事株式会社）ichiro@midorikawa.jp", "JP")
    assert found == {"name": "田中 一郎", "company": "緑川商事株式会社", "email": "ichiro@midorikawa.jp"}


@pytest.mark.parametrize(("text", "company"), [
    ("Mirela Dobre, mirela@lumen.ro, Lumen Print Works wants a quote", "Lumen Print Works"),
    ("Pavel Hrubý, Brno Optics is evaluating us", "Brno Optics"),
])
def test_a_listed_company_followed_by_what_it_does(text: str, company: str) -> None:
    assert _read(text, "CZ").get("company") == company


@pytest.mark.parametrize("text", [
    "Mirela Dobre, Mirela wants a quote",  # one word then a verb: a name as likely as a company
    "Mirela Dobre, we are evaluating",
])
def test_what_someone_does_makes_no_company_of_a_name(text: str) -> None:
    assert "company" not in _read(text, "RO")


def test_a_bare_note_word_is_a_heading_not_notes() -> None:
    found = _read("Note for Friday: Head of Sales, Corvane Freight")
    assert found == {"company": "Corvane Freight"}
    assert _read("notes: call after the 5th") == {"notes": "call after the 5th"}


# --- chat --------------------------------------------------------------------------------------


@pytest.mark.parametrize("last", [
    "ugh, forget it, she's an existing customer 🙄 cancel",
    "never mind - duplicate",
    "actually scrap that, wrong person",
])
def test_a_cancel_clause_in_a_longer_message_cancels(last: str) -> None:
    state = _chat("US", "Vera Lusk, vera@luskfarms.com, 646 555 0181, Lusk Farms", last)
    assert state.stage is Stage.CANCELLED


@pytest.mark.parametrize("last", [
    "don't cancel, her email is vera@lusk.farm",  # a value: not a cancel
    "she wants to cancel her current vendor",  # "cancel" inside a clause, not a clause of its own
])
def test_cancel_inside_a_message_with_a_value_or_a_clause_does_not(last: str) -> None:
    state = _chat("US", "Vera Lusk, vera@luskfarms.com, 646 555 0181, Lusk Farms", last)
    assert state.stage is not Stage.CANCELLED


@pytest.mark.parametrize("fix", [
    "not Orrin Tools, it's Orrin Tooling Ltd",
    "no, not Orrin Tools but Orrin Tooling Ltd",
])
def test_not_x_it_is_y_corrects_the_company_and_nothing_else(fix: str) -> None:
    state = _chat("GB", "Wren Ashby, wren@orrin.co.uk, 020 7946 0144, Orrin Tools", fix)
    assert state.fields["company"] == "Orrin Tooling Ltd"
    assert state.fields["name"] == "Wren Ashby"


def test_a_workplace_given_when_asked_the_name_is_the_company() -> None:
    state = _chat("AU", "new one from the expo", "he's at Kestrel Freight, 0491 570 159", "Ned Harlow")
    assert state.fields == {"company": "Kestrel Freight", "phone": "+61491570159", "name": "Ned Harlow"}


def test_who_the_lead_is_for_names_the_company() -> None:
    state = _chat("GB", "another one", "so it's for Brackenridge Ales, the contact is Tamsin Oake")
    assert state.fields == {"company": "Brackenridge Ales", "name": "Tamsin Oake"}


@pytest.mark.parametrize("answer", ["email from the expo list", "Note for later: call Friday"])
def test_a_field_word_without_a_colon_corrects_nothing_unless_its_value_fits(answer: str) -> None:
    state = _chat("US", "Petra Vossberg, petra@vossberg.de", answer)
    assert state.fields["email"] == "petra@vossberg.de"
    assert "notes" not in state.fields


# --- messages written for this round's probe, not taken from any corpus ---------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Ines Lark @Pellow Foods", {"name": "Ines Lark", "company": "Pellow Foods"}),  # "@" glued to a company
    ("Ines Lark // Pellow Foods // 212.555.0143", {"name": "Ines Lark", "company": "Pellow Foods",
                                                    "phone": "+12125550143"}),
    ('"Ines Lark" <ines@pellow.com>, Pellow Foods', {"name": "Ines Lark", "email": "ines@pellow.com",
                                                      "company": "Pellow Foods"}),
    ("*Ines Lark* - Pellow Foods", {"name": "Ines Lark", "company": "Pellow Foods"}),  # Slack's bold
    ("Ines Lark is the owner of Pellow Foods", {"name": "Ines Lark", "company": "Pellow Foods"}),
    ("Met Ines Lark at SaaStr Annual, she runs Pellow Foods", {"name": "Ines Lark", "company": "Pellow Foods"}),
    ("Please add Mia Sorn - she's the procurement lead at Quillon Traders",
     {"name": "Mia Sorn", "company": "Quillon Traders"}),
    ("Ines Lark. Company: Pellow Foods. Phone: 212 555 0143.",
     {"name": "Ines Lark", "company": "Pellow Foods", "phone": "+12125550143"}),
])
def test_formatting_and_sentences_around_the_fields(text: str, expected: Values) -> None:
    assert _read(text) == expected


def test_a_head_of_a_lower_case_department_names_no_company() -> None:
    assert _read("Dr. Priya Raman, chief of cardiology, St. Brendan's Hospital") == {
        "name": "Priya Raman", "company": "St. Brendan's Hospital"}


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("株式会社ミナトテック 鈴木一郎 090-1234-5678", "JP",
     {"company": "株式会社ミナトテック", "name": "鈴木一郎", "phone": "+819012345678"}),
    ("dott.ssa Giulia Ferro, Ferro & Figli S.r.l.", "IT", {"name": "Giulia Ferro", "company": "Ferro & Figli S.r.l."}),
    ("Chloé Gagnon, Boulangerie Gagnon inc., 418 555 0167", "CA",
     {"name": "Chloé Gagnon", "company": "Boulangerie Gagnon inc.", "phone": "+14185550167"}),
])
def test_company_before_the_name_and_more_titles(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("messages", "field", "value"), [
    (("Tamara Voss, tamara@lindgren.com", "oops, her email is tvoss@lindgren.com not tamara@"),
     "email", "tvoss@lindgren.com"),
    (("Tamara Voss, Lindgren Outfitters", "typo in the name, it's Tamsin Voss"), "name", "Tamsin Voss"),
    (("Tamara Voss", "scratch that - the lead is Tamsin Voss"), "name", "Tamsin Voss"),
    (("hey", "it's Tamara Voss from Lindgren"), "company", "Lindgren"),
])
def test_more_corrections_and_answers(messages: tuple[str, ...], field: str, value: str) -> None:
    state = _chat("US", *messages)
    assert state.fields.get(field) == value
    assert "Tamsin Voss" not in (state.fields.get("company") or "")


@pytest.mark.parametrize("last", ["actually, don't log this one", "no need to add her after all"])
def test_taking_the_lead_back_cancels(last: str) -> None:
    assert _chat("US", "Tamara Voss, Lindgren Outfitters", last).stage is Stage.CANCELLED


# --- causes found by a probe set from a separate author (tuned on, never scored as held-out) -------


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("*Name:* Odette Vane\n*Company:* Vanecrest\n*Email:* `odette@vanecrest.io`", "US",
     {"name": "Odette Vane", "company": "Vanecrest", "email": "odette@vanecrest.io"}),
    ("Lorenz Aigner von Alpenblick Holzbau, 0664 5550123", "AT",
     {"name": "Lorenz Aigner", "company": "Alpenblick Holzbau", "phone": "+436645550123"}),
    ("conocí a rocío benavente de aceites sierra alta", "ES",
     {"name": "rocío benavente", "company": "aceites sierra alta"}),
    ("Fernanda Lima da Silva, (11) 98765-4321", "BR", {"name": "Fernanda Lima da Silva", "phone": "+5511987654321"}),
    ("bram olthof he's with zilverdijk tuinen", "NL", {"name": "bram olthof", "company": "zilverdijk tuinen"}),
    ("Ms. Ada Quist, director of ops for Marrowfield Health", "US",
     {"name": "Ada Quist", "company": "Marrowfield Health"}),
    ("Chase the buyers with procurement at Dunmore Textiles on Friday", "US", {"company": "Dunmore Textiles"}),
    ("Hilde Sæther, Büro Oslo, 3. etasje", "NO", {"name": "Hilde Sæther"}),
    ("Pedro Alves trabalha na Cobre Azul Tintas", "BR", {"name": "Pedro Alves", "company": "Cobre Azul Tintas"}),
    ("株式会社アオバ精機の中村 翔さん、03-1234-5670", "JP",
     {"company": "株式会社アオバ精機", "name": "中村 翔", "phone": "+81312345670"}),
    ("박지훈 부장, (주)새벽물산", "KR", {"name": "박지훈", "company": "(주)새벽물산"}),
    ("Nils Ek, tel +46 8 555 012 34;ext=12", "SE", {"name": "Nils Ek", "phone": "+46855501234 ext. 12"}),
    ("Ref INV-2026-00412 settled. Contact Petra Lind, petra@lindquay.com", "US",
     {"name": "Petra Lind", "email": "petra@lindquay.com"}),
    ("Tel:2125550187 Jorah Mell", "US", {"phone": "+12125550187", "name": "Jorah Mell"}),
])
def test_probe_causes(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("messages", "expected"), [
    (("Adrien Roux, adrien@roux.fr, 06 44 55 66 77, Roux SA", "correction : le numéro est 06 44 55 66 78"),
     {"name": "Adrien Roux", "phone": "+33644556678"}),
    (("Vale Ortiz, vale@ortiz.it, 333 123 4567, Ortiz", "cambia l'azienda in Ortiz Arredi S.r.l."),
     {"company": "Ortiz Arredi S.r.l."}),
    (("Tova Engstrom, tova@lumen.se", "spelling: Tova Engström"), {"name": "Tova Engström"}),
    (("Neha Rao, neha@sahya.in, 98220 12345, Sahya Soft", "remove the phone number, it's her old one"),
     {"name": "Neha Rao", "email": "neha@sahya.in", "company": "Sahya Soft"}),
])
def test_probe_chat_corrections(messages: tuple[str, ...], expected: Values) -> None:
    fields = _chat("FR", *messages).fields
    assert {key: fields.get(key) for key in expected} == expected
    if "remove" in messages[-1]:
        assert "phone" not in fields


@pytest.mark.parametrize("last", ["nvm, forget this lead, he's already in Salesforce", "cancel 🙏"])
def test_probe_cancellations(last: str) -> None:
    assert _chat("US", "Desmond Fair, desmond@kite.com", last).stage is Stage.CANCELLED


def test_yes_with_an_emoji_takes_the_suggested_company() -> None:
    state = _chat("US", "Hester Blay — hester@quorrant.io — 202 555 0155", "yes 👍")
    assert state.fields.get("company") == "Quorrant"


def test_a_fuller_name_after_a_first_name_is_the_name_not_a_company() -> None:
    state = _chat("US", "new lead from the expo", "Jane", "sorry, Jane Whitmore", "jane@whitmore.co")
    assert state.fields.get("name") == "Jane Whitmore"
    assert "company" not in state.fields


@pytest.mark.parametrize(("fix", "name"), [
    ("actually her last name is Whitfeld", "Jane Whitfeld"),
    ("first name's Joan", "Joan Whitfield"),
])
def test_one_part_of_the_name_corrected(fix: str, name: str) -> None:
    assert _chat("US", "Jane Whitfield, Whitfield & Moss", fix).fields["name"] == name


def test_a_lead_in_sentence_is_no_answer_to_the_name() -> None:
    state = _chat("US", "hi", "can you add a lead", "Jane Whitfield")
    assert state.fields.get("name") == "Jane Whitfield"
    assert "company" not in state.fields


def test_and_she_ends_a_labelled_name() -> None:
    assert _read("her name is Dana Pruitt and she's at Pruitt Paving") == {"name": "Dana Pruitt",
                                                                         "company": "Pruitt Paving"}
