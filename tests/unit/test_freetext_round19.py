"""The general causes behind the misses of held-out v18 (read once, then studied), nineteenth round: one test per
cause, with invented messages of the same kind in other words and places. Guards beside a fix are look-alikes that
must still read as before."""

from __future__ import annotations

import pytest

from tests.support.conversations import Values
from tests.support.conversations import chat as _chat
from tests.support.conversations import read as _read


@pytest.mark.parametrize(("text", "region", "expected"), [
    # Mexico's legal forms without dots, a one-partner "S.A.U.", "de la" inside a business's name, and a job's run
    # of words that stopped inside "S.A. de C.V."
    ("Itzel Mora Quiroz, Dulces Tlaquepaque SA de CV, 33 1234 5678", "MX",
     {"name": "Itzel Mora Quiroz", "company": "Dulces Tlaquepaque SA de CV", "phone": "+523312345678"}),
    ("Bruno Sáenz, Vinos Mendocinos S.A.U.", "AR", {"name": "Bruno Sáenz", "company": "Vinos Mendocinos S.A.U."}),
    ("Ana Ruiz, Cementos Valle de la Luna S.A. de C.V.", "MX",
     {"name": "Ana Ruiz", "company": "Cementos Valle de la Luna S.A. de C.V."}),
    ("gerente de compras de Aceros Ruiz del Norte S.A. de C.V.", "MX",
     {"company": "Aceros Ruiz del Norte S.A. de C.V."}),
    # phone labels before a colon in more languages
    ("Iolanda Prates, Fone: (21) 98765-4321", "BR", {"name": "Iolanda Prates", "phone": "+5521987654321"}),
    ("Rafaela Dutra, Zap: (11) 98123-4567", "BR", {"name": "Rafaela Dutra", "phone": "+5511981234567"}),
    ("Wulan Sari, Telp: 021 5678 9012", "ID", {"name": "Wulan Sari", "phone": "+622156789012"}),
    # a currency after an amount is no name
    ("diretor da Huíla Café Lda, orçamento 8.400.000 Kz", "AO", {"company": "Huíla Café Lda"}),
    ("Acheteur chez Kirundo Riz SA, 2 300 000 FBu", "BI", {"company": "Kirundo Riz SA"}),
    ("quote 1,250,000 MK for 40 bags, Lilongwe Agro Ltd", "MW", {"company": "Lilongwe Agro Ltd"}),
    # "for me" is no name in a lower-case request
    ("oi, registra um lead pra mim?", "BR", {}),
    ("tolong catat lead baru untuk saya", "ID", {}),
    # guards: a name after the request; a company of its own with "de la"
    ("cadastra pra mim: Joana Prates, joana@pratesvinhos.com.br", "BR",
     {"name": "Joana Prates", "email": "joana@pratesvinhos.com.br"}),
])
def test_causes_of_v18s_misses(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # lead-ins in lower case: "linked with", "link up wid" (Jamaica), "he hablado con"
    ("linked with marisol baptiste from anse chastanet dive shop", "LC",
     {"name": "marisol baptiste", "company": "anse chastanet dive shop"}),
    ("Yow, link up wid Garfield Brissett from Port Antonio Rafting Co today", "JM",
     {"name": "Garfield Brissett", "company": "Port Antonio Rafting Co"}),
    ("he hablado con iñaki zabaleta de talleres zabaleta, 688 219 045", "ES",
     {"name": "iñaki zabaleta", "company": "talleres zabaleta", "phone": "+34688219045"}),
    # Chinese "is" and Korean particles after a field's word; "correction" as a heading names no one
    ("邮箱是 liuyang@qinghe-tea.cn", "CN", {"email": "liuyang@qinghe-tea.cn"}),
    ("이메일은 seojun@hanbit-food.kr", "KR", {"email": "seojun@hanbit-food.kr"}),
    ("전화번호는 010-2000-4241", "KR", {"phone": "+821020004241"}),
    ("名字是刘洋", "CN", {"name": "刘洋"}),
    ("Correction: tomasz@kowalmeble.pl", "PL", {"email": "tomasz@kowalmeble.pl"}),
    ("更正：邮箱是 liuyang@qinghe-tea.cn", "CN", {"email": "liuyang@qinghe-tea.cn"}),
    # guards: the company said later, in Korean; a name before a field's word
    ("번호만 받았어요 010-2000-4242 성함이랑 회사는 나중에 알려드릴게요", "KR", {"phone": "+821020004242"}),
    ("刘洋 电话 139 0013 8001", "CN", {"name": "刘洋", "phone": "+8613900138001"}),
])
def test_lead_ins_labels_and_headings(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("messages", "region", "company"), [
    # "correction" in Chinese and Japanese corrects; "no," with an ideographic comma declines the suggestion
    (("温子涵, 0912 884 208, 晴光", "zihan@gmail.com", "更正：公司是晴光文具股份有限公司"), "TW",
     "晴光文具股份有限公司"),
    (("葛西 萌, moe@shirakawa-denki.co.jp, 080-3318-2295, 白川", "訂正：会社は白川電機株式会社です"), "JP",
     "白川電機株式会社"),
    (("葛西 萌, moe@shirakawa-denki.co.jp, 080-3318-2295", "いいえ、白川電機株式会社です"), "JP", "白川電機株式会社"),
])
def test_corrections_and_answers_in_chinese_and_japanese(messages: tuple[str, ...], region: str, company: str) -> None:
    assert _chat(region, *messages).fields.get("company") == company


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a name of three words, "de", then a company with its legal form, in one item
    ("Hablé con Yanet Choque Quispe de Alpaca Fina Oruro SRL esta mañana", "BO",
     {"name": "Yanet Choque Quispe", "company": "Alpaca Fina Oruro SRL"}),
    ("Mireya Salcedo Urbina de Cafetal Monteazul C.A. quiere precios", "VE",
     {"name": "Mireya Salcedo Urbina", "company": "Cafetal Monteazul C.A."}),
    # with the name in an item of its own, an item of capitalised words joined by "de" is the whole company
    ("Vasile Munteanu, Cramele Dealul de Sud SRL", "MD",
     {"name": "Vasile Munteanu", "company": "Cramele Dealul de Sud SRL"}),
    # Indonesia's "PT" starts the company after a job's words
    ("Ibu Ratna Sari, Direktur Utama PT Kopi Gayo Lestari Tbk", "ID",
     {"name": "Ratna Sari", "company": "PT Kopi Gayo Lestari Tbk"}),
    # Flemish "'t" inside a company's name
    ("Lotte Claes, Brouwerij 't Zwaantje BVBA", "BE", {"name": "Lotte Claes", "company": "Brouwerij 't Zwaantje BVBA"}),
    # guards: two names and "de" alone are a person of a company; a job's words are no company
    ("Juan Pérez de Acme SA", "ES", {"name": "Juan Pérez", "company": "Acme SA"}),
    ("Jane Doe, Sales Director de Acme SA", "ES", {"name": "Jane Doe", "company": "Acme SA"}),
])
def test_a_name_then_de_then_a_company(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a degree written out as a title, Myanmar's "Daw" in Latin letters, "Pak" before three names
    ("Licenciado Ernesto Paz Villeda, cita el martes", "HN", {"name": "Ernesto Paz Villeda"}),
    ("Daw Aye Aye Thant – Mandalay Silk Co., Ltd.", "MM",
     {"name": "Aye Aye Thant", "company": "Mandalay Silk Co., Ltd."}),
    ("Pak Samuel Hutapea Sinaga dari PT Danau Biru", "ID",
     {"name": "Samuel Hutapea Sinaga", "company": "PT Danau Biru"}),
    # guards: Daw and Pak alone are no title
    ("Pak Budi, 0812 3456 7891", "ID", {"name": "Budi", "phone": "+6281234567891"}),
])
def test_titles_written_out(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a lower-case name first, and a capitalised item last: the name, then the company
    ("wirrin gaffney, 0491 570 157, Coolabah Irrigation", "AU",
     {"name": "wirrin gaffney", "phone": "+61491570157", "company": "Coolabah Irrigation"}),
    # guards: a capitalised name with a company after it; a bracket before the name is no name
    ("0120-44-7219 (free dial) — Mizuno Aiko, Sakura Bento", "JP",
     {"phone": "+81120447219", "name": "Mizuno Aiko", "company": "Sakura Bento"}),
])
def test_a_lower_case_name_first(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # extensions in Swedish and Russian short forms; "for" before a full name in Italian; "aux" inside a company
    ("Ebba Lind, 08-442 81 94 ank. 15", "SE", {"name": "Ebba Lind", "phone": "+4684428194 ext. 15"}),
    ("Асель Нурланова, 8 (7292) 41-18-08 вн. 13", "KZ", {"name": "Асель Нурланова", "phone": "+77292411808 ext. 13"}),
    ("Ordine n. 55120 per Gianluca Ferretti, consegna 12/09", "IT", {"name": "Gianluca Ferretti"}),
    ("Marie Dubois, Comptoir aux Épices SARL", "FR", {"name": "Marie Dubois", "company": "Comptoir aux Épices SARL"}),
    # guards: Per is a name; "au" joins no name to a company
    ("Per Olsson, 08-442 81 95", "SE", {"name": "Per Olsson", "phone": "+4684428195"}),
])
def test_extensions_intros_and_joiners(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a full name the email spells, after a lead-in no list holds
    ("J'ai croisé ce matin Salma Ben Youssef-Trabelsi, salma.by@oliveraiesfax.tn", "TN",
     {"name": "Salma Ben Youssef-Trabelsi", "email": "salma.by@oliveraiesfax.tn"}),
    ("te paso los datos de Lorena Gaviria Pardo: lgaviria@cafeteroandino.co", "CO",
     {"name": "Lorena Gaviria Pardo", "email": "lgaviria@cafeteroandino.co"}),
    ("¿puedes registrar a Xóchitl Mendoza Ruiz? xochitl@barrodepuebla.com.mx", "MX",
     {"name": "Xóchitl Mendoza Ruiz", "email": "xochitl@barrodepuebla.com.mx"}),
    # guards: a job's words, a business and an event are no name, whatever the address says
    ("Chief Revenue Officer, revenue@lanternbay.io", "US", {"email": "revenue@lanternbay.io"}),
    ("Contact: Procurement Manager\nEmail: procurement@dunmoreagri.ie", "IE", {"email": "procurement@dunmoreagri.ie"}),
    ("Met at Harbour Summit Cork, harbour@corkevents.ie", "IE", {"email": "harbour@corkevents.ie"}),
])
def test_a_full_name_the_email_spells(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # with no one named and nothing else said, an item of a few words after a fair's names the venue
    ("Halo, ada lead baru dari Jakarta Food Week, JIExpo Kemayoran", "ID", {}),
    # guards: a full name after a fair may be the lead; a business's words say it is one
    ("met at the Lagos Trade Fair, Adaeze Nwosu", "NG", {"name": "Adaeze Nwosu"}),
    ("got one at the Kenya Expo, Mara Holdings Ltd", "KE", {"company": "Mara Holdings Ltd"}),
])
def test_a_venue_after_a_fair(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # "is" after a field's word in more languages, and "actually" in them
    ("tvrtka je Kamenolom Vis d.o.o.", "HR", {"company": "Kamenolom Vis d.o.o."}),
    ("firma jest Stolarnia Kowal", "PL", {"company": "Stolarnia Kowal"}),
    ("cty là Công ty TNHH Gốm Bát Tràng", "VN", {"company": "Công ty TNHH Gốm Bát Tràng"}),
    ("yritys on oikeasti Kuusamon Kala Oy", "FI", {"company": "Kuusamon Kala Oy"}),
    # a Korean name after "new lead", in a message whose Latin words are lower case
    ("신규 리드 남궁하늘", "KR", {"name": "남궁하늘"}),
    ("new lead 남궁하늘", "KR", {"name": "남궁하늘"}),
    # guards: English "on" after "company" is no "is"
    ("company on Main Street is Acme", "US", {}),
])
def test_is_after_a_field_word_in_more_languages(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


def test_no_email_said_in_korean_is_no_name() -> None:
    draft = _chat("KR", "신규 리드 남궁하늘", "전화번호 010-3327-8815", "이메일 없음", "소나무건설")
    assert draft.fields == {"name": "남궁하늘", "phone": "+821033278815", "company": "소나무건설"}


def test_a_correction_that_says_is_in_finnish() -> None:
    draft = _chat("FI", "Kalervo Niskala, Kuusamon Kala Oy, 044 517 2864", "kalervo@kuusamonkala.fi",
                  "ja yritys on oikeasti Kuusamon Kala ja Savustamo Oy")
    assert draft.fields.get("company") == "Kuusamon Kala ja Savustamo Oy"


@pytest.mark.parametrize(("messages", "region", "name"), [
    # how a name is spelled after it is no part of it; "her name is" in Portuguese; "correct the name:" in German
    (("Hiske Zwijnenberg, Texel Kaas, 06 17 48 29 36", "hiske@texelkaas.nl",
      "sorry, naam is Hiske Zwijnenburg met een u"), "NL", "Hiske Zwijnenburg"),
    (("Rafaela Pimentel, (71) 99230-4419, Dendê Alimentos", "rafaela@dende.com.br",
      "ops, o nome dela é Rafaella Pimentel Andrade"), "BR", "Rafaella Pimentel Andrade"),
    (("Gian-Reto Casanova, Nusstorten AG, 081 832 14 68", "Name korrigieren: Gian Reto Casanova-Prevost"), "CH",
     "Gian Reto Casanova-Prevost"),
])
def test_name_corrections_in_more_words(messages: tuple[str, ...], region: str, name: str) -> None:
    assert _chat(region, *messages).fields.get("name") == name


@pytest.mark.parametrize(("text", "region", "expected"), [
    # Korean field words with their particle label a value, and are no name themselves
    ("회사는 Busan Eomuk Co.", "KR", {"company": "Busan Eomuk Co."}),
    ("이름은 김민수", "KR", {"name": "김민수"}),
    # a letter the name is spelled with, after a labelled name
    ("name: Ana Sousa com s", "PT", {"name": "Ana Sousa"}),
])
def test_korean_field_words_and_spelling(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # words read as a name that make up the email's company domain, with someone else's mailbox, are the business
    ("Cayes Kafe Ekspò, roselande@cayeskafe.ht", "HT",
     {"company": "Cayes Kafe Ekspò", "email": "roselande@cayeskafe.ht"}),
    ("aissatou.diallo@labemiel.gn / Aïssatou Bah Diallo / Labé Miel Naturel", "GN",
     {"email": "aissatou.diallo@labemiel.gn", "name": "Aïssatou Bah Diallo", "company": "Labé Miel Naturel"}),
    # "customer" opens a lead in Dutch and Swedish too
    ("nieuwe klant, even invoeren", "NL", {}),
    # guards: the person's own address; a shared mailbox at their name's domain
    ("Jane Doe, jane@janedoe.com", "US", {"name": "Jane Doe", "email": "jane@janedoe.com"}),
    ("Jane Doe, info@janedoe.com", "US", {"name": "Jane Doe", "email": "info@janedoe.com"}),
])
def test_the_business_the_email_names(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected
