"""The general causes behind the misses of held-out v5 (folded into dev), sixth round: one test per
cause, with invented messages of the same kind in other words. Guards beside a fix are look-alikes
that must still read as before."""

from __future__ import annotations

import pytest

from bot.domain.conversation.text import interpret
from bot.domain.freetext import parse_free_text
from tests.support.conversations import Values
from tests.support.conversations import chat as _chat
from tests.support.conversations import read as _read


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("Iker Zubia, iker@zubia.es, Huerta del Norte", "ES", {"name": "Iker Zubia", "email": "iker@zubia.es",
                                                           "company": "Huerta del Norte"}),
    ("Mona Krebs company Krebs Dachbau cell 0151 23456789", "DE",
     {"name": "Mona Krebs", "company": "Krebs Dachbau", "phone": "+4915123456789"}),
    ("Contact - Rhett Ballard. Mobile 0491 570 166. Company Bluegum Haulage", "AU",
     {"name": "Rhett Ballard", "phone": "+61491570166", "company": "Bluegum Haulage"}),
    ("Head of Ops at Trellico: Maren Voss, 404-555-0170", "US",
     {"company": "Trellico", "name": "Maren Voss", "phone": "+14045550170"}),
    ("ottilie brand from kestrel works, 0491 570 168", "AU",
     {"name": "ottilie brand", "company": "kestrel works", "phone": "+61491570168"}),
    ("Zofia Mazur, tel. +48 12 345 26 43 wew. 21, Mazur Meble", "PL",
     {"name": "Zofia Mazur", "phone": "+48123452643 ext. 21", "company": "Mazur Meble"}),
    ("Joost Bakker, 010 123 2846 toestel 7, Bakker Transport", "NL",
     {"name": "Joost Bakker", "phone": "+31101232846 ext. 7", "company": "Bakker Transport"}),
    ("سلمى يوسف من شركة الواحة للبرمجيات", "JO", {"name": "سلمى يوسف", "company": "شركة الواحة للبرمجيات"}),
    ("Chloé Vidal, Vidal & Fils S.A.R.L.", "FR", {"name": "Chloé Vidal", "company": "Vidal & Fils S.A.R.L."}),
    ("Hugo Roy, iNuvo Santé inc.", "CA", {"name": "Hugo Roy", "company": "iNuvo Santé inc."}),
    ("Ops manager at Flintcrest Quarries, no name yet", "US", {"company": "Flintcrest Quarries"}),
    ("Marketing lead from Sorrel Wellness, email to follow", "CA", {"company": "Sorrel Wellness"}),
    ("Brunhild aus der Buchhaltung, 0151 23458178", "DE", {"name": "Brunhild", "phone": "+4915123458178"}),
])
def test_v5_causes(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region"), [
    ("CFO, 415-555-0117, company TBD", "US"),  # a placeholder is no company
    ("Ordre 5521 3390 — salgsafdelingen ringer tilbage", "DK"),  # an order number is no phone, "Ordre" no name
    ("Lead from trade show booth 42, card lost", "FR"),  # "trade" is the show's, not a company
])
def test_v5_nothing_to_take(text: str, region: str) -> None:
    found = _read(text, region)
    assert "company" not in found and "name" not in found
    assert "phone" not in found or text.startswith("CFO")


@pytest.mark.parametrize("opener", ["مرحبا، عميل جديد", "שלום, ליד חדש", "lead z targów", "สวัสดีครับ มีลีดใหม่"])
def test_new_lead_openers_in_more_languages_hold_no_name(opener: str) -> None:
    assert "name" not in _read(opener, "US")


@pytest.mark.parametrize(("messages", "company"), [
    (("Lead: Solène Barre, 06 12 34 00 92", "elle travaille chez Barre Jardins"), "Barre Jardins"),
    (("Novo lead: Iara Campos", "ela é da Caju Digital"), "Caju Digital"),
    (("Yeni müşteri: Deniz Aksoy", "Marmara Yazılım'da çalışıyor"), "Marmara Yazılım"),
])
def test_where_they_work_in_other_languages(messages: tuple[str, ...], company: str) -> None:
    assert _chat("FR", *messages).fields.get("company") == company


def test_a_renamed_company_said_without_a_label_corrects_the_company() -> None:
    state = _chat("NG", "Tobi Adeyemi, tobi@adeyemistudio.com, 0802 123 9987", "Adeyemi Studio",
                  "sorry, it's Adeyemi Creative Studio")
    assert state.fields["company"] == "Adeyemi Creative Studio"
    assert state.fields["name"] == "Tobi Adeyemi"


@pytest.mark.parametrize(("fix", "field", "value"), [
    ("scratch that — name should be Iain Lockett", "name", "Iain Lockett"),
    ("en fait la société c'est Lockett Survey Paris", "company", "Lockett Survey Paris"),
])
def test_corrections_after_a_dash_or_in_french(fix: str, field: str, value: str) -> None:
    state = _chat("GB", "Ian Lockett, ian@lockett.co.uk, 0131 496 0124", "Lockett Survey", fix)
    assert state.fields[field] == value


@pytest.mark.parametrize(("text", "region"), [
    ("来週月曜日に折り返し電話", "JP"),  # a sentence in a script without spaces
    ("Met at CES, booth 12, wants Enterprise tier", "US"),  # where, with no one named
    ("Re: RFP 2026-04, due Friday", "US"),
    ("Reminder: Zoom at 3pm EST", "US"),  # "at" a time introduces no one
    ("Mutual NDA sent via DocuSign", "US"),
    ("VP Marketing, Fortune 500, budget approved", "US"),
])
def test_empty_field_messages_fill_nothing(text: str, region: str) -> None:
    found = parse_free_text(text, region)
    assert found.values == {}
    assert "phone" not in found.problems


def test_a_cjk_company_written_after_the_name_in_one_run() -> None:
    assert _read("王芳 北京星辰科技有限公司", "CN") == {"name": "王芳", "company": "北京星辰科技有限公司"}


def test_a_yes_with_words_around_it_accepts_the_suggestion() -> None:
    state = _chat("US", "Tamsin Hale", "tamsin@corvinalabs.io", "617 555 0142", "yep that's right")
    assert state.fields.get("company") == "Corvinalabs"


@pytest.mark.parametrize(("opener", "decline", "region"), [
    ("neuer Lead", "keine E-Mail", "DE"),
    ("nouveau prospect", "pas d'email", "FR"),
    ("nuevo contacto", "no tiene correo", "ES"),
])
def test_no_email_said_in_other_languages_skips_it(opener: str, decline: str, region: str) -> None:
    state = _chat(region, opener, "Ilse Brandt", decline)
    assert state.asking == "phone"


@pytest.mark.parametrize("opener", ["Right, next one", "Coucou ! Un nouveau contact", "Chào, khách hàng mới",
                                    "היי, לקוח חדש"])
def test_more_greetings_hold_no_name(opener: str) -> None:
    assert "name" not in _read(opener)


def test_not_having_it_skips_the_question() -> None:
    state = _chat("US", "Tamsin Hale", "hmm I don't have it")
    assert state.asking == "phone"


@pytest.mark.parametrize(("text", "region", "company"), [
    ("Rowan Pike, SARL Pike Conseil", "FR", "SARL Pike Conseil"),  # a legal form first is no comma's company
    ("Rowan Pike, Pike a.s.", "CZ", "Pike a.s."),
    ("Rowan Pike, Pike spol. s r.o.", "SK", "Pike spol. s r.o."),
    ("Rowan Pike, Pike Comércio Ltda ME", "BR", "Pike Comércio Ltda ME"),
    ("Rowan Pike, Pike Oyj", "FI", "Pike Oyj"),
])
def test_more_legal_forms(text: str, region: str, company: str) -> None:
    assert _read(text, region).get("company") == company


@pytest.mark.parametrize(("message", "field"), [
    ("la sociéte est Maison Ferrand SARL", "company"),  # an accent misplaced: still the company
    ("le télephone est 06 12 34 56 78", "phone"),
    ("la societé: Maison Ferrand SARL", "company"),
    ("el número es 612 345 678", "phone"),
    ("remove the e-mail address", "email"),
])
def test_every_spelling_a_field_word_pattern_accepts_names_a_field(message: str, field: str) -> None:
    found = interpret(message, "FR", asking=None, filled=frozenset({"name", "email", "phone", "company"}))
    assert field in found.values or field in found.removed
