"""The general causes behind the misses of held-out v8 (folded into dev), ninth round: one test per
cause, with invented messages of the same kind in other words. Guards beside a fix are look-alikes
that must still read as before."""

from __future__ import annotations

import pytest

from bot.domain import freetext
from tests.support.conversations import Values
from tests.support.conversations import chat as _chat
from tests.support.conversations import read as _read


@pytest.mark.parametrize(("text", "region"), [
    ("Oi, new lead", "GB"),
    ("Morena, new lead pls", "NZ"),
    ("Grüessech, neue Kontakt für dich", "CH"),
    ("siema, mam nowego klienta", "PL"),
    ("salve, ho un contatto da inserire", "IT"),
    ("Tja, ny lead på gång", "SE"),
    ("Ravi, new lead", "IN"),  # a colleague addressed, not the lead
    ("got one from Interpack", "DE"),  # the fair it came from
    ("new contact from Nor-Shipping", "NO"),
    ("תרשמי ליד חדש בבקשה", "IL"),
    ("展示会で名刺もらった、登録お願いします", "JP"),
    ("전시회에서 만난 분 등록해주세요", "KR"),
])
def test_an_opener_that_names_nobody_fills_nothing(text: str, region: str) -> None:
    assert _read(text, region) == {}


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("new lead: Ravi", "IN", {"name": "Ravi"}),  # after the opener, the word is the lead
    ("Ravi, new lead: Meera Pillai, Kochi Spice Traders", "IN",
     {"name": "Meera Pillai", "company": "Kochi Spice Traders"}),
    ("nuovo contatto da Marta Ghisleri", "IT", {"name": "Marta Ghisleri"}),
    ("new lead from Tidewater Logistics Inc", "US", {"company": "Tidewater Logistics Inc"}),  # a legal form says so
    ("new lead Ines Carvalho from Algarve", "PT", {"name": "Ines Carvalho", "company": "Algarve"}),
    ("Leontyne, reception desk", "US", {"name": "Leontyne"}),
])
def test_guards_beside_the_opener_rules(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("Spoke to someone at the Quill & Anvil stand, not sure which company", "US", {}),
    ("Met the buyer at Harrowmere Farms, didn't catch his name", "US", {"company": "Harrowmere Farms"}),
    ("Head of Logistics at Corrib Freight, no name yet, 01 555 0142", "IE", {"company": "Corrib Freight"}),
    ("Perpetua Vane, company unknown", "US", {"name": "Perpetua Vane"}),
])
def test_said_unknown_is_never_guessed(text: str, region: str, expected: Values) -> None:
    values = dict(_read(text, region))
    values.pop("phone", None)
    assert values == expected


def test_in_chat_an_unknown_company_skips_the_question() -> None:
    state = _chat("US", "Perpetua Vane, perpetua@gmail.com, 212 555 0123",
                  "met her at the Quill Fair stand, not sure which company")
    assert "company" not in state.fields
    assert state.stage.value == "confirming"


@pytest.mark.parametrize(("text", "region"), [
    ("Salgsleder fra Aarhus-standen, Vinter-pakken, ordre 5521-77, 9.900 kr.", "DK"),
    ("Kontakt: inköpschef, Stockholm-mässan, angående Premium-paketet", "SE"),
    ("Satın alma sorumlusu, İzmir Fuarı'nda tanıştık, teklif gönderilecek", "TR"),
    ("영업팀 팀장님 명함 받음 (Vexcon 부스), 다음주 미팅", "KR"),
    ("采购部的负责人，订单号 PO-55120", "CN"),
    ("Please add: Stores Officer from the Kisumu branch, LPO No. 00551207", "KE"),
    ("devis n° 2027-00418, 3 400 €", "FR"),
    ("ordine n. 0551207 per la fiera", "IT"),
])
def test_stands_fairs_packages_and_numbered_references_are_no_field(text: str, region: str) -> None:
    assert _read(text, region) == {}


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("Contatto: responsabile acquisti di Pastificio Varesano", "IT", {"company": "Pastificio Varesano"}),
    ("Шолпан из бухгалтерии", "KZ", {"name": "Шолпан"}),
    ("Madam Efua Boateng-Asare, Kumasi Timber Works", "GH", {"name": "Efua Boateng-Asare",
                                                             "company": "Kumasi Timber Works"}),
    ("م. كريم الشاذلي، مدير المبيعات في شركة النيل", "EG", {"name": "كريم الشاذلي", "company": "شركة النيل"}),
    ("VD Henrik Ålund, Norrlands Kvarn AB", "SE", {"name": "Henrik Ålund", "company": "Norrlands Kvarn AB"}),
    ("Sra. Núria Casals i Vidal, Cellers Montsant", "ES", {"name": "Núria Casals i Vidal",
                                                           "company": "Cellers Montsant"}),
    ("Dr. Noam ben Ezra, CTO of Galil Sensors", "IL", {"name": "Noam ben Ezra", "company": "Galil Sensors"}),
    ("営業部長の早乙女 健さん, 株式会社ミナト計測", "JP", {"name": "早乙女 健", "company": "株式会社ミナト計測"}),
    ("Snakket med Sigrid Aasen fra Lofoten Tare i dag", "NO", {"name": "Sigrid Aasen", "company": "Lofoten Tare"}),
    ("møtte eirik sande fra voss bakeri", "NO", {"name": "eirik sande", "company": "voss bakeri"}),
    ("rdv avec léonie garrec de chez cidrerie ker avel", "FR", {"name": "léonie garrec",
                                                               "company": "cidrerie ker avel"}),
    ("Nimeongea na Baraka Mwangosi wa Uhuru Coffee Ltd", "TZ", {"name": "Baraka Mwangosi",
                                                               "company": "Uhuru Coffee Ltd"}),
    ("Aaj Devika Raghunathan se baat hui, company Kaveri Looms", "IN", {"name": "Devika Raghunathan",
                                                                       "company": "Kaveri Looms"}),
    ("ji-ho park at namsan robotics lol", "KR", {"name": "ji-ho park", "company": "namsan robotics"}),
])
def test_titles_lead_ins_and_particles_in_more_languages(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "company"), [
    ("Zsófia Kerekes, Balatoni Halászat Bt.", "HU", "Balatoni Halászat Bt."),
    ("Kanya Srisuk, Chanthaburi Gems Co., Ltd.?", "TH", "Chanthaburi Gems Co., Ltd."),
    ("बिनिता थापा, गण्डकी ऊन प्रा.लि.", "NP", "गण्डकी ऊन प्रा.लि."),
])
def test_legal_forms_keep_their_dots(text: str, region: str, company: str) -> None:
    assert _read(text, region)["company"] == company


@pytest.mark.parametrize(("text", "region", "phone"), [
    ("Joel Santos, (02) 8551 2207 loc. 14", "PH", "+63285512207 ext. 14"),
    ("Dana Levi, 03-555-1207 שלוחה 5", "IL", "+97235551207 ext. 5"),
    ("Олена Гай, (044) 551-22-07, дод. 12", "UA", "+380445512207 ext. 12"),
    ("Urs Kälin, 041 551 22 07 intern 8", "CH", "+41415512207 ext. 8"),
    ("Huda Saleh, 011 551 2207 تحويلة 31", "SA", "+966115512207 ext. 31"),
    ("Femke Aalders, wil een offerte!! 06 12345678", "NL", "+31612345678"),
])
def test_extensions_in_more_words_and_a_number_after_an_exclamation(text: str, region: str, phone: str) -> None:
    assert _read(text, region)["phone"] == phone


def test_a_number_labelled_as_a_reference_through_no_is_no_phone() -> None:
    assert "phone" not in _read("facture n° 2026-04418 pour Yann Le Goff", "FR")
    assert _read("Tel No. 212 555 0187", "US")["phone"] == "+12125550187"  # (a phone label's No. is the phone's)


@pytest.mark.parametrize(("fix", "region", "field", "value"), [
    ("sửa lại: tên là Trần Bảo Ngọc", "VN", "name", "Trần Bảo Ngọc"),
    ("fel namn, det är Ilse Marrgren", "SE", "name", "Ilse Marrgren"),
    ("rettelse: hun hedder Ilse Marrbæk", "DK", "name", "Ilse Marrbæk"),
    ("oeps, haar naam is Ilse van Marle", "NL", "name", "Ilse van Marle"),
    ("wrong company, should be Marr Fiskeri (Pty) Ltd", "ZA", "company", "Marr Fiskeri (Pty) Ltd"),
    ("sorry, company name is Marr Halászat Kft.", "HU", "company", "Marr Halászat Kft."),
    ("아 회사명 마르피스크 아니고 마르수산이에요", "KR", "company", "마르수산"),
])
def test_corrections_in_more_languages(fix: str, region: str, field: str, value: str) -> None:
    state = _chat(region, "Ilse Marr, ilse@marr.example, Marr Fisk", fix)
    assert state.fields[field] == value


def test_a_company_answer_in_another_word_order() -> None:
    state = _chat("MY", "Farah Aziz", "company dulu: Kapas Dive Sdn Bhd")
    assert state.fields["company"] == "Kapas Dive Sdn Bhd"
    state = _chat("NZ", "Kiri Tane, kiri@gmail.com, 027 555 0123", "she's contracting for Rangitoto Seeds now")
    assert state.fields["company"] == "Rangitoto Seeds"


def test_the_unknown_phrase_reads_in_linear_time() -> None:
    # (the pattern has no nested repetition: a long run of its own words is read in one pass)
    assert freetext.parse_free_text("not sure which " * 300 + "company", "US").values == {}


@pytest.mark.parametrize(("text", "region"), [
    ("Hiya Sam, new lead inbound", "US"),  # the colleague greeted
    ("Cheers Tom, one more for the CRM", "GB"),
    ("Namaskaram, new enquiry", "IN"),
    ("Oga, new customer o", "NG"),
    ("Goeiedag, nieuwe lead van de Vakbeurs", "NL"),
    ("Coucou, nouveau prospect du Salon Batimat", "FR"),
    ("Card from Expo West", "US"),
    ("Scanned at NRF Big Show", "US"),
    ("Product: Widget Pro X200, qty 50, ship by 12/15", "US"),
    ("下周三 10:00 来厂参观", "CN"),
])
def test_openers_sources_and_other_headings_name_nobody(text: str, region: str) -> None:
    assert _read(text, region) == {}


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("Card from Jane Roe at Acme Corp", "US", {"name": "Jane Roe", "company": "Acme Corp"}),
    ("Ravi, new lead Meera Pillai", "IN", {"name": "Meera Pillai"}),
    ("Name: Jane Roe\nCompany: Acme Corp\nSource: Web Summit", "US", {"name": "Jane Roe", "company": "Acme Corp"}),
    ("Event: Dreamforce, Jane Roe", "US", {"name": "Jane Roe"}),
    ("Don Draper from Sterling Cooper", "US", {"name": "Don Draper", "company": "Sterling Cooper"}),
    ("Don Ramón Ezquerra, gerente de Bodegas Ezquerra S.L.", "ES",
     {"name": "Ramón Ezquerra", "company": "Bodegas Ezquerra S.L."}),
    ("Chief (Mrs) Folake Adeyemi, Chairperson, Adeyemi Holdings", "NG",
     {"name": "Folake Adeyemi", "company": "Adeyemi Holdings"}),
    ("Mdm Tan Siew Ling, Director, Tan & Sons Pte Ltd", "SG",
     {"name": "Tan Siew Ling", "company": "Tan & Sons Pte Ltd"}),
    ("Prof. Sir Alan Whitcombe, Vice-Chancellor, University of Eastmoor", "GB",
     {"name": "Alan Whitcombe", "company": "University of Eastmoor"}),
    ("Atty. Maria Santos-Reyes, Managing Partner, Santos Reyes Law Office", "PH",
     {"name": "Maria Santos-Reyes", "company": "Santos Reyes Law Office"}),
    ("Rev. Dr. Thomas Greene, pastor at Grace Fellowship", "US",
     {"name": "Thomas Greene", "company": "Grace Fellowship"}),
])
def test_titles_and_roles_around_the_new_rules(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("treffen mit jonas weber von weber holzbau", "DE", {"name": "jonas weber", "company": "weber holzbau"}),
    ("vu camille martin chez boulangerie martin hier", "FR",
     {"name": "camille martin", "company": "boulangerie martin"}),
    ("ahmet yılmaz ile görüştüm, yılmaz inşaat", "TR", {"name": "ahmet yılmaz", "company": "yılmaz inşaat"}),
    ("ketemu budi santoso dari pt maju jaya", "ID", {"name": "budi santoso", "company": "pt maju jaya"}),
    ("nakausap ko si maria cruz, cruz bakery", "PH", {"name": "maria cruz", "company": "cruz bakery"}),
    ("new lead: sam ortiz, ortiz & sons plumbing", "US", {"name": "sam ortiz", "company": "ortiz & sons plumbing"}),
    ("Jana Hier, Acme GmbH", "DE", {"name": "Jana Hier", "company": "Acme GmbH"}),  # "hier" ends only lower case
])
def test_lower_case_meetings_in_more_languages(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # (round 10: the general causes behind held-out v9's misses, with messages invented here)
    ("Die Vertriebsleitung der Rheinauen Mühle meldet sich", "DE", {"company": "Rheinauen Mühle"}),
    ("Le DG de la Biscuiterie de Thiès, RDV le 5 mai", "SN", {"company": "Biscuiterie de Thiès"}),
    ("La directora de ventas quiere una demo el 3 de junio", "ES", {}),
    ("Eu au tél Maëlys Roustan, DRH chez Filatures du Tarn", "FR",
     {"name": "Maëlys Roustan", "company": "Filatures du Tarn"}),
    ("Pode registrar o Davi Tabajara, da Doces Serra Azul", "BR",
     {"name": "Davi Tabajara", "company": "Doces Serra Azul"}),
    ("Ho appena sentito Ottone Ferraris di Torrefazione Langhe", "IT",
     {"name": "Ottone Ferraris", "company": "Torrefazione Langhe"}),
    ("Acabo de hablar con Rocío Pumacahua, de Cerámicas Cusqueñas", "PE",
     {"name": "Rocío Pumacahua", "company": "Cerámicas Cusqueñas"}),
    ("liguei à joana pires da padaria pão dourado", "PT", {"name": "joana pires", "company": "padaria pão dourado"}),
    ("تم التواصل مع ليلى حداد من مطاحن الأطلس", "MA", {"name": "ليلى حداد", "company": "مطاحن الأطلس"}),
    ("السيد فؤاد بن سالم، مخابز الواحة", "DZ", {"name": "فؤاد بن سالم", "company": "مخابز الواحة"}),
    ("محمد السيد عبد الرحمن، شركة الدلتا", "EG", {"name": "محمد السيد عبد الرحمن", "company": "شركة الدلتا"}),
    ("Oh Ji-woo, Hanbit Lighting", "KR", {"name": "Oh Ji-woo", "company": "Hanbit Lighting"}),
    ("dato kapanadze from kakheti wine cellar", "GE", {"name": "dato kapanadze", "company": "kakheti wine cellar"}),
    ("M. Ousmane Ba, directeur commercial de la Conserverie du Fleuve", "SN",
     {"name": "Ousmane Ba", "company": "Conserverie du Fleuve"}),
    ("Gus Fring, Los Pollos Hermanos", "US", {"name": "Gus Fring", "company": "Los Pollos Hermanos"}),
    ("min-seo yoon at busan coffee lab", "KR", {"name": "min-seo yoon", "company": "busan coffee lab"}),
    ("vu louise carré de chez fromagerie du haut-jura", "FR",
     {"name": "louise carré", "company": "fromagerie du haut-jura"}),
    ("Mødte salgschefen fra Aalborg Tømmerhandel", "DK", {"company": "Aalborg Tømmerhandel"}),
    ("Purchase head from Pune Grain Traders", "IN", {"company": "Pune Grain Traders"}),
    ("the usual at Cedar Point Marine", "CA", {"company": "Cedar Point Marine"}),
    ("長谷部 凛、鎌倉工房株式会社", "JP", {"name": "長谷部 凛", "company": "鎌倉工房株式会社"}),
    ("Ten: Vo Minh Tri, Cty: Delta Rice Co", "VN", {"name": "Vo Minh Tri", "company": "Delta Rice Co"}),
    ("Nama: Aisyah Rahman, syarikat Kuantan Batik", "MY", {"name": "Aisyah Rahman", "company": "Kuantan Batik"}),
    ("Syarikat Bumbung Jaya Sdn Bhd, Ahmad Zaki", "MY",
     {"name": "Ahmad Zaki", "company": "Syarikat Bumbung Jaya Sdn Bhd"}),
    ("ስም፡ አበበ ከበደ፣ ድርጅት፡ ሐዋሳ ቡና", "ET", {"name": "አበበ ከበደ", "company": "ሐዋሳ ቡና"}),
    ("her office is Borneo Circuitworks", "MY", {"company": "Borneo Circuitworks"}),
    ("the office is closed Friday", "US", {}),
    ("Ten: that's how many units", "US", {}),
])
def test_the_general_causes_of_held_out_v9s_misses(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "phone"), [
    ("Elsa Berg, 08-506 551 20 ankn. 12", "SE", "+46850655120 ext. 12"),
    ("Hemi Parata, 0800 KORERO", "NZ", "+64800567376"),
])
def test_more_extensions_and_vanity_numbers(text: str, region: str, phone: str) -> None:
    assert _read(text, region)["phone"] == phone


@pytest.mark.parametrize(("text", "region"), [
    ("cześć, mam nowego klienta po wczorajszym spotkaniu", "PL"),
    ("lead 하나 추가해주세요", "KR"),
    ("нужно добавить лида", "RU"),
])
def test_more_openers_typed_in_lower_case(text: str, region: str) -> None:
    assert _read(text, region) == {}


@pytest.mark.parametrize(("messages", "field", "value"), [
    (("Ilse Marr, ilse@marr.example, 212 555 0123, Marr Fisk", "ops, o nome certo é Ilse Marr Neto"), "name",
     "Ilse Marr Neto"),
    (("Ilse Marr, ilse@marr.example, 212 555 0123, Marr Fisk", "sorry wrong company, she's at Marr Starch Co., Ltd."),
     "company", "Marr Starch Co., Ltd."),
])
def test_corrections_said_another_way(messages: tuple[str, ...], field: str, value: str) -> None:
    assert _chat("US", *messages).fields[field] == value


def test_a_sentence_about_a_missing_name_is_no_name() -> None:
    state = _chat("US", "someone from the booth, wants pricing", "no name, they didn't leave one")
    assert "name" not in state.fields


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("Kindly register Achieng Otieno - Kisumu Greens Ltd", "KE",
     {"name": "Achieng Otieno", "company": "Kisumu Greens Ltd"}),
    ("Hatte gerade ein Gespräch mit Lena Vogt von Vogt Logistik", "DE",
     {"name": "Lena Vogt", "company": "Vogt Logistik"}),
    ("Me acabo de reunir con Tomás Ibáñez de Ibáñez Hermanos", "ES",
     {"name": "Tomás Ibáñez", "company": "Ibáñez Hermanos"}),
    ("Ho incontrato oggi Sara Conti della Conti Vini", "IT", {"name": "Sara Conti", "company": "Conti Vini"}),
    ("Falei agora há pouco com a Rita Lobo da Lobo Têxtil", "BR", {"name": "Rita Lobo", "company": "Lobo Têxtil"}),
    ("Snackade precis med Ebba Lind på Lind Design", "SE", {"name": "Ebba Lind", "company": "Lind Design"}),
    ("Właśnie rozmawiałem z Adamem Wójcikiem z Wójcik Meble", "PL",
     {"name": "Adamem Wójcikiem", "company": "Wójcik Meble"}),
    ("Только что говорил с Олегом Соколовым из СтройМаш", "RU", {"name": "Олегом Соколовым", "company": "СтройМаш"}),
    ("Az önce Elif Demir ile konuştum, Demir Tekstil", "TR", {"name": "Elif Demir", "company": "Demir Tekstil"}),
    ("Je viens de parler avec Chloé Marty, Marty Conseil", "FR", {"name": "Chloé Marty", "company": "Marty Conseil"}),
    ("Maria della Valle, Valle Vini", "IT", {"name": "Maria della Valle", "company": "Valle Vini"}),
])
def test_lead_ins_that_say_just_now_in_more_languages(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "company"), [
    ("Lotte Peeters, Peeters & Co BVBA", "BE", "Peeters & Co BVBA"),
    ("Pablo Gil, Construcciones Gil, S.L.U.", "ES", "Construcciones Gil, S.L.U."),
    ("Dan Cole, Cole Ventures, L.L.C.", "US", "Cole Ventures, L.L.C."),
    ("Mikko Laine, Laine Oy Ab", "FI", "Laine Oy Ab"),
])
def test_more_legal_forms(text: str, region: str, company: str) -> None:
    assert _read(text, region)["company"] == company


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("Encik Faizal bin Omar, Pengurus Jualan, Shah Alam", "MY", {"name": "Faizal bin Omar"}),
    ("Ifeoma Obi, Procurement Lead, Port Harcourt", "NG", {"name": "Ifeoma Obi"}),
    ("Jane Roe, Austin", "US", {"name": "Jane Roe"}),
    # (cities that are as often a name, a word or a particle are not places)
    ("Victoria Santos, Acme Corp", "US", {"name": "Victoria Santos", "company": "Acme Corp"}),
    ("Jan van der Berg, Berg BV", "NL", {"name": "Jan van der Berg", "company": "Berg BV"}),
    ("Jane Roe, Lincoln Electric", "US", {"name": "Jane Roe", "company": "Lincoln Electric"}),
])
def test_a_large_city_beside_a_lead_is_where_they_are(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("region", "answer"), [
    ("US", "no"),
    ("FR", "elle est indépendante"),
    ("BR", "não, ele é autônomo"),
    ("DE", "sie ist selbstständig"),
])
def test_asked_for_the_company_a_no_or_self_employed_moves_on(region: str, answer: str) -> None:
    state = _chat(region, "Ilse Marr, ilse@gmail.com", "skip", answer)
    assert "company" not in state.fields
    assert state.stage.value == "confirming"


def test_a_bare_no_asked_for_the_email_skips_it_and_never_names_anyone() -> None:
    state = _chat("US", "Ilse Marr", "no")
    assert state.fields == {"name": "Ilse Marr"}
    assert state.asking == "phone"
