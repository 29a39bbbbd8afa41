"""The general causes behind the misses of held-out v16 (read once, then studied), seventeenth round: one test
per cause, with invented messages of the same kind in other words and places. Guards beside a fix are
look-alikes that must still read as before."""

from __future__ import annotations

import pytest

from tests.support.conversations import Values
from tests.support.conversations import chat as _chat
from tests.support.conversations import read as _read


@pytest.mark.parametrize(("text", "region", "expected"), [
    # v16's misses (now dev), each cause in other words: a greeting, a grandmother, an address, a region of a job,
    # a department's abbreviation, an honorific, a genitive, bare labels in Dutch and French, "w" for "with"
    ("Grüß Gott! Herr Ingenieur aus dem Einkauf, Rechnung Nr. 2025/2231", "AT", {}),
    ("Spoke to Oupa at the Paarl market, order #ZA-55120", "ZA", {}),
    ("Dpto. de Ventas — Av. Libertador 2250, piso 3", "AR", {}),
    ("Jl. Sudirman 45, lantai 8, minta brosur", "ID", {}),
    ("Zonal Sales Manager (East), ph 033 4012 7781", "IN", {"phone": "+913340127781"}),
    ("El Hadj Ousmane Diop, DG de Thiès Arachides SA", "SN", {"name": "Ousmane Diop", "company": "Thiès Arachides SA"}),
    ("Murat Aksoy'un maili murat@egeseramik.com.tr", "TR", {"name": "Murat Aksoy", "email": "murat@egeseramik.com.tr"}),
    ("naam Joost Verhagen, bedrijf Verhagen Kaas BV", "NL", {"name": "Joost Verhagen", "company": "Verhagen Kaas BV"}),
    ("naam onbekend, bedrijf De Vries BV", "NL", {"company": "De Vries BV"}),
    ("interlocutrice Nadia Berrada, société Atlas Cuir SARL", "MA",
     {"name": "Nadia Berrada", "company": "Atlas Cuir SARL"}),
    ("Spoke w Tavita Leota this arvo, Apia Cocoa Growers", "WS",
     {"name": "Tavita Leota", "company": "Apia Cocoa Growers"}),
    ("阿姨說下週再來,每箱 NT$900", "TW", {}),
    # guards: Polish "w" is "in"; a name with an apostrophe
    ("spotkałem w Krakowie nowego klienta", "PL", {}),
    ("Seán O'Neill, Cork Harbour Marine", "IE", {"name": "Seán O'Neill", "company": "Cork Harbour Marine"}),
])
def test_causes_of_v16s_misses(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("messages", "region", "company"), [
    # declining the email's suggestion: "she's self-employed" in German; "no" in Korean; a freelancer in Korean
    (("Kunibert Hahn – kunibert.hahn@rhoenholz.de – 0175 482 1234", "nein, der ist selbstständig"), "DE", None),
    (("위하늘 haneul@noeulsoft.kr", "010-4172-1234", "ㄴㄴ 아니요"), "KR", None),
    (("위하늘 haneul@noeulsoft.kr", "010-4172-1234", "아니요, 프리랜서예요"), "KR", None),
])
def test_declining_the_suggestion_abroad(messages: tuple[str, ...], region: str, company: str | None) -> None:
    assert _chat(region, *messages).fields.get("company") == company


def test_a_company_named_with_a_number_of_three_digits_stays() -> None:
    assert _read("Tom Haverford from Entertainment 720, tom@ent720.com", "US") == {
        "name": "Tom Haverford", "company": "Entertainment 720", "email": "tom@ent720.com"}


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a middle dot between labelled values ends each; Kenya's "Eng." is a title and "arap" a particle
    ("Nom : Maëlle Le Goff · Portable : 06 47 21 83 95 · Société : Crêperie de Locronan", "FR",
     {"name": "Maëlle Le Goff", "phone": "+33647218395", "company": "Crêperie de Locronan"}),
    ("Eng. Kipchumba arap Koech, CTO of Nandi Hills Tea, 0711 827 451", "KE",
     {"name": "Kipchumba arap Koech", "company": "Nandi Hills Tea", "phone": "+254711827451"}),
    # guards: Eng as a surname; a middle dot between items
    ("Eng Wei Ming, Eng Trading", "SG", {"name": "Eng Wei Ming", "company": "Eng Trading"}),
    ("Anouk Lefebvre · Cimes & Vallées", "FR", {"name": "Anouk Lefebvre", "company": "Cimes & Vallées"}),
])
def test_middle_dots_engineers_and_arap(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a business's abbreviated word inside its name, when its legal form follows: "Gen.", "Intl.", "San. ve Tic."
    ("Sara Quraishi from Gulf Intl. Trading LLC", "AE", {"name": "Sara Quraishi", "company": "Gulf Intl. Trading LLC"}),
    ("Okan Yılmazer, Yılmazer Tekstil San. ve Tic. Ltd. Şti., 0216 412 88 30", "TR",
     {"name": "Okan Yılmazer", "company": "Yılmazer Tekstil San. ve Tic. Ltd. Şti.", "phone": "+902164128830"}),
    ("Okan Yılmazer from Yılmazer Tekstil San. ve Tic. A.Ş. called back", "TR",
     {"name": "Okan Yılmazer", "company": "Yılmazer Tekstil San. ve Tic. A.Ş."}),
    ("Hamad Al Suwaidi\nAl Suwaidi Gen. Contracting L.L.C.", "AE",
     {"name": "Hamad Al Suwaidi", "company": "Al Suwaidi Gen. Contracting L.L.C."}),
    # Malaysia's country in brackets before "Sdn. Bhd.", Brazil's "Ltda. ME" and "Ltda. EPP"
    ("Tan Mei Ling from Kayu Jati (M) Sdn. Bhd.", "MY", {"name": "Tan Mei Ling", "company": "Kayu Jati (M) Sdn. Bhd."}),
    ("Kayu Jati (M) Berhad — contact Tan Mei Ling", "MY", {"name": "Tan Mei Ling", "company": "Kayu Jati (M) Berhad"}),
    ("Rafaela Antunes, Antunes Calçados Ltda. EPP", "BR",
     {"name": "Rafaela Antunes", "company": "Antunes Calçados Ltda. EPP"}),
    # a legal form typed in lower case, in two words, after a lower-case company's name
    ("suman gurung, himal paper works pvt ltd", "NP", {"name": "suman gurung", "company": "himal paper works pvt ltd"}),
    # guards: an abbreviation's dot still ends a sentence when no legal form follows
    ("Met Dana Kowal at Delta Mfg. She wants a demo", "US", {"name": "Dana Kowal", "company": "Delta Mfg"}),
    ("Dana Kowal from Mehta Bros. Call her at 212-555-0143", "US",
     {"name": "Dana Kowal", "company": "Mehta Bros", "phone": "+12125550143"}),
])
def test_abbreviated_words_and_legal_forms_inside_a_company(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a name typed in lower case first, then a capitalised company (a guess, marked for the rep)
    ("dana kowal, Brightwater Freight Ltd, 212-555-0143", "US",
     {"name": "dana kowal", "company": "Brightwater Freight Ltd", "phone": "+12125550143"}),
    ("ama owusu-ansah - Kumasi Cocoa Traders", "GH", {"name": "ama owusu-ansah", "company": "Kumasi Cocoa Traders"}),
    # guards: what such an opener is about, a greeting, a place
    ("website form, Brightwater Freight Ltd", "US", {"company": "Brightwater Freight Ltd"}),
    ("high priority, Brightwater Freight Ltd", "US", {"company": "Brightwater Freight Ltd"}),
    ("brochure sent, Brightwater Freight Ltd", "US", {"company": "Brightwater Freight Ltd"}),
    ("guten tag, Brunnhuber Holzbau GmbH", "DE", {"company": "Brunnhuber Holzbau GmbH"}),
])
def test_a_lower_case_name_before_a_capitalised_company(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # "she is in/at X" in Danish and Norwegian (their "she" is "hun", their "is" the German "er"), Swedish
    ("hun er i Fjordkyst Reb og Net", "NO", {"company": "Fjordkyst Reb og Net"}),
    ("hon är på Vätterns Rökeri AB", "SE", {"company": "Vätterns Rökeri AB"}),
    # a bare label after its article: Hungarian, Spanish, Italian, Dutch
    ("a cég Balatoni Vitorlás Műhely", "HU", {"company": "Balatoni Vitorlás Műhely"}),
    ("la empresa Conservas Ribadeo", "ES", {"company": "Conservas Ribadeo"}),
    ("l'azienda Vetreria Murano Blu", "IT", {"company": "Vetreria Murano Blu"}),
    ("het bedrijf Zeeuwse Mosselhandel", "NL", {"company": "Zeeuwse Mosselhandel"}),
    # guards: a town after "is in"; "a firm" that labels nothing; German "er" (he) before a name
    ("hun er i Bergen", "NO", {}),
    ("a firm handshake, Dana Kowal from Quillmark", "US", {"name": "Dana Kowal", "company": "Quillmark"}),
    ("er ist bei Brunnhuber Holzbau GmbH", "DE", {"company": "Brunnhuber Holzbau GmbH"}),
])
def test_she_is_at_and_labels_after_an_article(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # Korean bare labels ("name" politely, "person in charge", "contact number"), "undecided", and when
    ("성함 석도윤, 회사 물안개공방, 연락처 031-718-2290", "KR",
     {"name": "석도윤", "company": "물안개공방", "phone": "+82317182290"}),
    ("담당자 미정, 다음주 방문 예정", "KR", {}),
    ("사장님 오늘 오후 3시 미팅", "KR", {}),
    # a job alone, capitalised first, is no name (but "Dean" is)
    ("Optometrist from Eldoret wants 12 frames", "KE", {}),
    ("Dean from Quillmark wants a demo", "US", {"name": "Dean", "company": "Quillmark"}),
    # the Gulf's "Est." keeps its dot before a dash; Lebanon's "s.a.l."; "de" before a company named with its legal
    # form after a full name
    ("Khalid Al Nuaimi - Al Nuaimi Trading Est. - 050 418 2266", "AE",
     {"name": "Khalid Al Nuaimi", "company": "Al Nuaimi Trading Est.", "phone": "+971504182266"}),
    ("Rami Khoury, Khoury Textiles s.a.l.", "LB", {"name": "Rami Khoury", "company": "Khoury Textiles s.a.l."}),
    ("Mathilde Gagnon de Fromagerie Gagnon inc.", "CA",
     {"name": "Mathilde Gagnon", "company": "Fromagerie Gagnon inc."}),
    # guards: a company named for the person stays theirs
    ("Mathilde Gagnon, Gagnon inc.", "CA", {"name": "Mathilde Gagnon", "company": "Gagnon inc."}),
    # a name labelled, then the company in brackets
    ("Contact: Mathilde Gagnon (Fromagerie Gagnon inc.)", "CA",
     {"name": "Mathilde Gagnon", "company": "Fromagerie Gagnon inc."}),
])
def test_korean_labels_jobs_alone_and_legal_forms(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # Portuguese "register it there"
    ("Oi! Cadastra aí o Caio Brandão da Brandão Pneus", "BR", {"name": "Caio Brandão", "company": "Brandão Pneus"}),
    # in lower case: a department, then where it is; a common word inside a company before its legal form; a joining
    # word that makes a company of four words
    ("meera from procurement at lotus pharma", "IN", {"name": "meera", "company": "lotus pharma"}),
    ("femi adeyemi works at ikeja cold chain ltd", "NG", {"name": "femi adeyemi", "company": "ikeja cold chain ltd"}),
    ("femi adeyemi, ikeja cold storage pty ltd", "NG",
     {"name": "femi adeyemi", "company": "ikeja cold storage pty ltd"}),
    ("lucía barrios, barrios café de montaña", "CO", {"name": "lucía barrios", "company": "barrios café de montaña"}),
    # guard: "as" is a word before a sentence goes on
    ("femi adeyemi from quillmark as usual", "NG", {"name": "femi adeyemi", "company": "quillmark"}),
])
def test_lead_ins_and_companies_in_lower_case(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # where they work, in other words: Italian "alla", Indonesian "kerja di" after a lower-case "dia" (she), Finnish
    # case endings after a legal form, Japanese and Chinese "the company is …"
    ("lavora alla Vetreria Murano Blu", "IT", {"company": "Vetreria Murano Blu"}),
    ("dia kerja di PT Rotan Cirebon Jaya", "ID", {"company": "PT Rotan Cirebon Jaya"}),
    ("Aino Heikkilä, Heikkilän Puutyö Oy:stä", "FI", {"name": "Aino Heikkilä", "company": "Heikkilän Puutyö Oy"}),
    ("会社は青葉精機株式会社です", "JP", {"company": "青葉精機株式会社"}),
    ("公司是宁波澜庭家居有限公司", "CN", {"company": "宁波澜庭家居有限公司"}),
    # guards: "Dia" capitalised is a name; a time's colon keeps its digits
    ("Dia Wirawan, PT Rotan Cirebon Jaya", "ID", {"name": "Dia Wirawan", "company": "PT Rotan Cirebon Jaya"}),
])
def test_where_they_work_in_other_words(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


def test_an_email_label_takes_the_address_and_leaves_the_words_after_it() -> None:
    draft = _chat("US", "Dana Kowal, dana@quillmark.com, 212-555-0143, Quillmark",
                  "oh and her email is dana.kowal@quillmark.com not dana@")
    assert draft.fields.get("email") == "dana.kowal@quillmark.com"


@pytest.mark.parametrize(("region", "yes"), [
    ("KR", "네 맞아요"), ("ID", "iya betul"), ("VN", "đúng rồi"), ("TR", "evet doğru"), ("KE", "sawa"),
])
def test_accepting_the_suggestion_abroad(region: str, yes: str) -> None:
    draft = _chat(region, "Halima Osei, halima@quillmarkpaper.com, +44 20 7946 0321", yes)
    assert draft.fields.get("company") == "Quillmarkpaper"


@pytest.mark.parametrize(("region", "no"), [
    ("VN", "không, làm tự do"), ("TR", "hayır, serbest çalışıyor"), ("AR", "لا، مستقل"), ("KE", "hapana, anajitegemea"),
    ("IT", "no, è libera professionista"), ("PL", "nie, jest freelancerką"), ("SE", "nej, egen företagare"),
    ("RU", "нет, она ИП"), ("IN", "nahi, freelancer hai"), ("PH", "hindi po, freelancer siya"),
])
def test_declining_the_suggestion_in_more_languages(region: str, no: str) -> None:
    draft = _chat(region, "Halima Osei, halima@quillmarkpaper.com, +44 20 7946 0321", no)
    assert "company" not in draft.fields


def test_declining_with_the_company_still_gives_it() -> None:
    draft = _chat("RU", "Halima Osei, halima@quillmarkpaper.com, +44 20 7946 0321", "нет, это ООО «Бумажный Мир»")
    assert draft.fields.get("company") == "ООО «Бумажный Мир»"


@pytest.mark.parametrize(("text", "region", "expected"), [
    # in lower case, a name's two particles ("van der", "von der": "der" is a common word too)
    ("wouter van der meulen, meulen tuinen bv", "NL", {"name": "wouter van der meulen", "company": "meulen tuinen bv"}),
    ("lotte von der heide at heide holzbau gmbh", "DE",
     {"name": "lotte von der heide", "company": "heide holzbau gmbh"}),
    # guard: "von" alone before a company's name and its business word is "from"
    ("frau brandl von brandl logistik", "DE", {"name": "brandl", "company": "brandl logistik"}),
])
def test_two_particles_in_a_lower_case_name(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # where they work is said after "from" even in a sentence that starts with "met"; the company of whoever referred
    # them, or where they worked before, is not theirs; a list numbered "1) … 2) …"
    ("Met Oren Vashti from Tallowmere Candles at the Gift Fair, she knows Ben from Acme", "GB",
     {"name": "Oren Vashti", "company": "Tallowmere Candles"}),
    ("add Oren Vashti (Tallowmere Candles). She was referred by Jake at Brightline.", "GB",
     {"name": "Oren Vashti", "company": "Tallowmere Candles"}),
    ("Oren Vashti, referred by Jake at Brightline", "GB", {"name": "Oren Vashti"}),
    ("Oren Vashti — she used to be at Brightline, now at Tallowmere Candles", "GB",
     {"name": "Oren Vashti", "company": "Tallowmere Candles"}),
    ("Oren Vashti, Tallowmere Candles, her boss is Dev Shah at Brightline", "GB",
     {"name": "Oren Vashti", "company": "Tallowmere Candles"}),
    ("1) Oren Vashti 2) Tallowmere Candles 3) 07911 123456", "GB",
     {"name": "Oren Vashti", "company": "Tallowmere Candles", "phone": "+447911123456"}),
    # guards: met at a company; a phone in brackets
    ("met Oren at Tallowmere Candles", "GB", {"name": "Oren", "company": "Tallowmere Candles"}),
    ("Oren Vashti (212) 555-0187", "US", {"name": "Oren Vashti", "phone": "+12125550187"}),
])
def test_whose_company_it_is(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a company named for what it makes, in the plural; a place's own "of" in a company's name; "attn:"
    ("Oren Vashti & Dev Shah, Tallowmere Candles", "GB", {"name": "Oren Vashti", "company": "Tallowmere Candles"}),
    ("Oren Vashti and Dev Shah from Tallowmere Candles", "GB",
     {"name": "Oren Vashti", "company": "Tallowmere Candles"}),
    ("Verrerie Bleuet & Fils SAS, Oren Vashti", "FR", {"name": "Oren Vashti", "company": "Verrerie Bleuet & Fils SAS"}),
    ("Ama Boateng, Isle of Wight Pumps", "GB", {"name": "Ama Boateng", "company": "Isle of Wight Pumps"}),
    ("Tallowmere Candles, attn: Oren Vashti, 020 7946 0321", "GB",
     {"name": "Oren Vashti", "company": "Tallowmere Candles", "phone": "+442079460321"}),
    # a business's item before the name
    ("Tallowmere Candles (Oren Vashti)", "GB", {"name": "Oren Vashti", "company": "Tallowmere Candles"}),
    # guards: a role's "of"; "attention" as a word; what they do, in lower case
    ("Ama Boateng, MD/CEO of Ileya Agro Processing Ltd", "NG",
     {"name": "Ama Boateng", "company": "Ileya Agro Processing Ltd"}),
    ("Oren Vashti, needs attention asap", "GB", {"name": "Oren Vashti"}),
    ("Oren Vashti, sells candles", "GB", {"name": "Oren Vashti"}),
])
def test_what_they_make_a_places_of_and_attn(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # in Chinese, Japanese and Korean: a studio's 工作室 is no department; a business's word, then when or what;
    # "just now with … on the phone"
    ("汪柏翰 / 淡水陶藝工作室 / 02 2621 3345", "TW",
     {"name": "汪柏翰", "company": "淡水陶藝工作室", "phone": "+886226213345"}),
    ("蒋雨桐,139 2874 5611,远帆机械厂 下周去看样品", "CN",
     {"name": "蒋雨桐", "company": "远帆机械厂", "phone": "+8613928745611"}),
    ("편서율, 010-6284-3918, 한솔 물산 다음주에 견적 요청함", "KR",
     {"name": "편서율", "company": "한솔 물산", "phone": "+821062843918"}),
    ("剛剛跟 汪柏翰 通過電話,淡水陶藝", "TW", {"name": "汪柏翰", "company": "淡水陶藝"}),
    # guard: a department's 室 stays a department
    ("山田さん、企画室", "JP", {"name": "山田"}),
])
def test_businesses_and_calls_in_cjk(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


def test_a_long_company_after_a_particle_and_a_business_word() -> None:
    assert _read("Mayelín Ortega Rubalcaba de la Cooperativa Cafetalera Sierra Maestra Oriente", "CU") == {
        "name": "Mayelín Ortega Rubalcaba", "company": "Cooperativa Cafetalera Sierra Maestra Oriente"}


@pytest.mark.parametrize(("text", "region", "expected"), [
    # greetings in more scripts, and Persian "az" (from)
    ("سلام، مهسا کریمی از شرکت کریمی صنعت", "IR", {"name": "مهسا کریمی", "company": "شرکت کریمی صنعت"}),
    ("வணக்கம், Kavin Selvam from Selvam Textiles", "IN", {"name": "Kavin Selvam", "company": "Selvam Textiles"}),
    # guards: Selam is an Ethiopian given name; Akwaaba names a business
    ("ሰላም ተስፋዬ፣ አቢሲኒያ ቡና፣ 0911 428 837", "ET",
     {"name": "ሰላም ተስፋዬ", "company": "አቢሲኒያ ቡና", "phone": "+251911428837"}),
    ("Kofi Ofori, Akwaaba Print House", "GH", {"name": "Kofi Ofori", "company": "Akwaaba Print House"}),
])
def test_greetings_in_more_scripts(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a label, then "is" in the languages reps write in, after an article or a possessive
    ("o nome é Iara Siqueira Prado", "BR", {"name": "Iara Siqueira Prado"}),
    ("la empresa es Conservas Ribadeo", "ES", {"company": "Conservas Ribadeo"}),
    ("Contacto: Nerea Ulloa. Su email es nerea@ulloavinos.es", "ES",
     {"name": "Nerea Ulloa", "email": "nerea@ulloavinos.es"}),
    # no longer with a company
    ("Oren Vashti, no longer at Tallowmere, now with Brightwick Soap", "US",
     {"name": "Oren Vashti", "company": "Brightwick Soap"}),
])
def test_labels_with_is_and_a_former_employer(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


def test_a_surname_corrected_with_a_word_after_it() -> None:
    draft = _chat("US", "Oren Vashti, oren@tallowmere.com, 212-555-0143, Tallowmere Candles",
                  "her surname is Vashti-Kaur actually")
    assert draft.fields.get("name") == "Oren Vashti-Kaur"
