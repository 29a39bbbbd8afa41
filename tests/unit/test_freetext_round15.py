"""The general causes behind the misses of held-out v14 (read once, then studied), fifteenth round: one test
per cause, with invented messages of the same kind in other words and places. Guards beside a fix are
look-alikes that must still read as before."""

from __future__ import annotations

import pytest

from tests.support.conversations import Values
from tests.support.conversations import chat as _chat
from tests.support.conversations import read as _read


@pytest.mark.parametrize(("text", "region", "expected"), [
    # "unknown" and "it comes later", in the languages reps write in, are said instead of a value
    ("Navn: ukjent. Firma: ukjent. Mobil: kommer senere", "NO", {}),
    ("Nimi: tuntematon, yritys: Kaarnakallio Oy", "FI", {"company": "Kaarnakallio Oy"}),
    ("Nazwisko: nieznane. Firma: Bursztynowy Gród Sp. z o.o.", "PL", {"company": "Bursztynowy Gród Sp. z o.o."}),
    # guard: a real value beside a label still reads
    ("Kontakt: Sigrid Holmgaard. Firma: ukendt", "DK", {"name": "Sigrid Holmgaard"}),
])
def test_unknown_and_later_fill_nothing(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a number, then a lower-case word, is an amount: never a company after a job title or a name
    ("начальник склада, 80 мешков, оплата до пятницы", "RU", {}),
    ("nadia berkane, 300 cartons", "DZ", {"name": "nadia berkane"}),
    # a code of digits and letters joined by slashes is a reference: no phone, no company
    ("Supplies officer from the county, bid ref 2026/044/MSA, closes 14 March", "KE", {}),
    ("Wanjiru Kamau, LPO 7781/NRB", "KE", {"name": "Wanjiru Kamau"}),
    # a day of the year is no company's word, in any script
    ("資材課の課長から連絡、単価 1,200円、納期 6/15", "JP", {}),
    ("王建国，交期 7/30", "CN", {"name": "王建国"}),
    # guards: a Danish legal form has a slash; a phone before a company after a slash stays a phone
    ("Mette Kjærsgaard, Vadehav Fisk A/S", "DK", {"name": "Mette Kjærsgaard", "company": "Vadehav Fisk A/S"}),
    ("Okello Brian, 0772 123456/Gulu Agro Mills", "UG",
     {"name": "Okello Brian", "phone": "+256772123456", "company": "Gulu Agro Mills"}),
    # guard: a weekday that is also a surname stays a name
    ("Ewa Piątek, Sobota Meble", "PL", {"name": "Ewa Piątek", "company": "Sobota Meble"}),
])
def test_amounts_codes_and_days_are_no_one(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # "a new customer" in more languages opens a message and names no one
    ("yeni müştəri", "AZ", {}),
    ("pelanggan baru: Siti Rahmawati, Batik Lestari", "ID", {"name": "Siti Rahmawati", "company": "Batik Lestari"}),
    # a verb's own "in" is no place: who follows is the name
    ("Could you pop in Kwabena Asante pls, 024 412 3658", "GH", {"name": "Kwabena Asante", "phone": "+233244123658"}),
    # guard: a place after "in" is still no one
    ("met a nice buyer in Port Louis today", "MU", {}),
    # "I met up with" and "call" lead in, in lower case (Danish "Ring" is a surname too) and in capitals
    ("ring til freja lindholm hos nordkap fiskeri", "DK", {"name": "freja lindholm", "company": "nordkap fiskeri"}),
    ("Quedamos con Lucía Ferrán, Conservas del Cantábrico", "ES",
     {"name": "Lucía Ferrán", "company": "Conservas del Cantábrico"}),
])
def test_new_customer_and_put_in(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a physician's rank and a Turkish founder's title are jobs, not where they work
    ("Dr. Lena Haubrich, Oberärztin, Praxisklinik Bodensee", "DE",
     {"name": "Lena Haubrich", "company": "Praxisklinik Bodensee"}),
    ("Emre Yalçınkaya, Kurucu, Toros Lojistik", "TR", {"name": "Emre Yalçınkaya", "company": "Toros Lojistik"}),
    # a business's abbreviated word keeps its dot, in capitals or not, and Greece's legal forms in Latin letters
    ("Dimitra Kalogeropoulou, Kalogeropoulos Bros. E.E.", "GR",
     {"name": "Dimitra Kalogeropoulou", "company": "Kalogeropoulos Bros. E.E."}),
    ("aoife brennan from connemara stone co. wants samples", "IE",
     {"name": "aoife brennan", "company": "connemara stone co."}),
    ("Chidi Okafor, Onitsha Traders Assoc.", "NG", {"name": "Chidi Okafor", "company": "Onitsha Traders Assoc."}),
    # lower-case companies: an adjective first, a common word before what the business is
    ("spoke to lindiwe dube from great zambezi quarries", "ZW",
     {"name": "lindiwe dube", "company": "great zambezi quarries"}),
    ("met arjun rao from deccan cold storage", "IN", {"name": "arjun rao", "company": "deccan cold storage"}),
    # guards: "co." as a label, and "great" opening a message
    ("name - Tan Wei Ling; co. Merlion Bay Analytics", "SG",
     {"name": "Tan Wei Ling", "company": "Merlion Bay Analytics"}),
    ("great meeting today with ana lima from natura", "BR", {"name": "ana lima", "company": "natura"}),
])
def test_job_words_abbreviations_and_lower_case_businesses(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("answer", "region"), [
    ("he's between jobs right now", "JM"),
    ("she's out of work at the moment", "GB"),
    ("está desempleada", "ES"),
])
def test_no_company_when_between_jobs(answer: str, region: str) -> None:
    state = _chat(region, "Dana Whitlock", "dana@example.org", "+44 20 7946 0321", answer)
    assert "company" not in state.fields


@pytest.mark.parametrize(("text", "region", "expected"), [
    # an adjective that leads in ("new lead", "great meeting") also begins businesses' names
    ("Ana Costa, New Harbour Seafoods, 212 555 0142", "US",
     {"name": "Ana Costa", "company": "New Harbour Seafoods", "phone": "+12125550142"}),
    ("Tomás Reyes - Great Plains Grain", "US", {"name": "Tomás Reyes", "company": "Great Plains Grain"}),
    # guards: as a lead-in it still goes
    ("New Lead: Ana Costa, Harbourline", "US", {"name": "Ana Costa", "company": "Harbourline"}),
    ("Great meeting today with Ana Costa", "US", {"name": "Ana Costa"}),
])
def test_an_adjective_that_begins_a_business(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # Uzbek's o‘ and g‘ typed with a left quote or a turned comma; a name in curly or angle quotes
    ("Dilfuza Qo‘chqorova, Namangan Ipak, +998 90 123 45 67", "UZ",
     {"name": "Dilfuza Qo‘chqorova", "company": "Namangan Ipak", "phone": "+998901234567"}),
    ("„Jörg Reinholt“, Kaltenbach Mühle GmbH", "DE", {"name": "Jörg Reinholt", "company": "Kaltenbach Mühle GmbH"}),
    # labels without a colon in Afrikaans, Slovenian, Finnish and Turkish, and "GSM" for a mobile
    ("Naam: Riaan Botha, sel 082 555 0143, maatskappy Swartberg Vrugte", "ZA",
     {"name": "Riaan Botha", "phone": "+27825550143", "company": "Swartberg Vrugte"}),
    ("Ime: Nejc Kralj, GSM 041 555 123, podjetje Soška Postrv", "SI",
     {"name": "Nejc Kralj", "phone": "+38641555123", "company": "Soška Postrv"}),
    ("Deniz Aksoy, firma adı Ege Zeytin Evi", "TR", {"name": "Deniz Aksoy", "company": "Ege Zeytin Evi"}),
    # guard: GSM in a company's name stays the company's
    ("Nejc Kralj, GSM Servis d.o.o.", "SI", {"name": "Nejc Kralj", "company": "GSM Servis d.o.o."}),
    # a legal form after a comma belongs to the company before it
    ("Marek Dvořák, Pivovar Zlatý Klas, s.r.o., 601 555 123", "CZ",
     {"name": "Marek Dvořák", "company": "Pivovar Zlatý Klas, s.r.o.", "phone": "+420601555123"}),
    # an extension word in brackets, in any script
    ("Kenji Arai, 03-5555-0143 (内線 12), Arai Shoten", "JP",
     {"name": "Kenji Arai", "phone": "+81355550143 ext. 12", "company": "Arai Shoten"}),
    # a department at a company, "Kontakt bei …:" before the name
    ("ext. 220 is the front desk at Marina Bay Dental, ask for the practice manager", "SG",
     {"company": "Marina Bay Dental"}),
    ("ligar para o pessoal do jurídico da Cerâmica Vale Verde, pedido 7731", "BR", {"company": "Cerâmica Vale Verde"}),
    ("Ansprechpartner bei Lindenhof Käserei: Korbinian Stadler", "DE",
     {"company": "Lindenhof Käserei", "name": "Korbinian Stadler"}),
    # a first name in lower case before "works at" a capitalised company
    ("ximena trabaja en Viñedos Colchagua", "CL", {"name": "ximena", "company": "Viñedos Colchagua"}),
])
def test_quotes_labels_legal_forms_extensions_and_where_they_work(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


def test_a_vietnamese_particle_is_no_part_of_the_company() -> None:
    state = _chat("VN", "Phạm Thu Hà, ha@example.vn", "cty Gốm Biên Hòa nhé")
    assert state.fields.get("company") == "Gốm Biên Hòa"


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a stand's number with a colon in it is no heading: the item before it names the fair
    ("Träffade inköpschefen på Formex i Stockholm, monter C:14, ringer fre", "SE", {}),
    # guard: a heading's colon still drops its heading
    ("Call at 10:30: Jane Roe, Acme", "US", {"name": "Jane Roe", "company": "Acme"}),
    # someone known only by a title, and who works for them
    ("Datuk's PA, Encik Faizal Rahman", "MY", {"name": "Faizal Rahman"}),
    # "calls back" in German names no one
    ("Frau Doktor aus der Buchhaltung, ruft Mi. nach 10 Uhr zurück", "DE", {}),
])
def test_stands_titles_and_call_backs(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


def test_a_greeting_to_a_colleague_gives_way_to_the_leads_full_name() -> None:
    assert _read("مساء الخير يا باشا، سجل العميل ده: مروان الشريف، 010 01234567", "EG") == {
        "name": "مروان الشريف", "phone": "+201001234567"}


@pytest.mark.parametrize(("text", "region", "expected"), [
    # "forgot / don't know the name" in more languages keeps the name empty
    ("lupa namanya, WA aja 0812-3456-7890", "ID", {"phone": "+6281234567890"}),
    ("olvidé su nombre, es de Textiles Andinos", "PE", {"company": "Textiles Andinos"}),
    # an Arabic business word first makes a company, not a name
    ("شركة الواحة الخضراء للتمور", "SA", {"company": "شركة الواحة الخضراء للتمور"}),
])
def test_forgotten_names_and_business_words(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("region", "answer"), [
    ("FI", "ei, se on hänen miehensä firma"),
    ("US", "no, it's her husband's company"),
    ("SA", "ما عنده"),
])
def test_someone_elses_or_no_company_answers_none(region: str, answer: str) -> None:
    state = _chat(region, "Leena Koskinen, leena@example.org", "+358 40 123 4567", answer)
    assert "company" not in state.fields


def test_an_arabic_mobile_label_is_no_company() -> None:
    state = _chat("SA", "معرض الرياض", "ما أعرف اسمه، جواله 051 234 5678")
    assert state.fields == {"phone": "+966512345678"}


@pytest.mark.parametrize(("text", "region", "expected"), [
    # the colleague a message greets and the rep who signs it off are no lead
    ("Hi Sanjay, visitor at the Pragati Maidan stall asked for a quote, no card. Thanks, Meera", "IN", {}),
    ("Hallo Jens, Einkäufer vom Großmarkt, will 40 Kisten. Grüße, Anke", "DE", {}),
    # guards: a full name after a greeting is the lead; a sign-off before a name and a company is no signature
    ("Hi Sanjay, Kavya Iyer from Nilgiri Teas", "IN", {"name": "Kavya Iyer", "company": "Nilgiri Teas"}),
    ("Thanks, Kavya Iyer, Nilgiri Teas", "IN", {"name": "Kavya Iyer", "company": "Nilgiri Teas"}),
    # kinship words, honorifics and nicknames alone name no one, even with an article or "de" a place after them
    ("The Hajja at Souk Waqif wants 40 boxes, will call Thursday", "QA", {}),
    ("El Gordo del mercado de Abasto pidió 30 cajas", "AR", {}),
    ("Le Patron de Treichville veut 12 palettes", "CI", {}),
    ("Bossman wants 50 bags, he'll call again", "PG", {}),
    # guard: a name after a kinship word is a name
    ("Mama Wanjiku Kamau, Limuru Dairy", "KE", {"name": "Wanjiku Kamau", "company": "Limuru Dairy"}),
    # money with a currency beside it is no phone, even in groups of digits that look like one
    ("Directeur des achats, 45 000 000 DA, livraison mars", "DZ", {}),
    ("Acheteur, 920 000 XPF, rappel après la foire", "NC", {}),
    ("devis 18 750 TND pour 400 unités", "TN", {}),
])
def test_greetings_sign_offs_kinship_words_and_money(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a venue's name is neither a name nor an employer, and nor is a fair before its hall and stand
    ("Hola, contacto nuevo de Expocomer, Atlapa Plaza, el viernes", "PA", {}),
    ("Log this one — Saudi Agriculture, Riyadh Front hall 2, stand B14", "SA", {}),
    # delivery terms and the port after them
    ("Acheteur, 30 palettes, FOB Casablanca", "MA", {}),
    # labelled values that name nothing: a title's dot ends no name, a job with its article, how someone is
    # called, a department, no company, a description, a stand, "didn't say"
    ("Contacto: Lic. Marisol Peñaloza Ibarra\nEmpresa: Conservas del Golfo S.A. de C.V.", "MX",
     {"name": "Marisol Peñaloza Ibarra", "company": "Conservas del Golfo S.A. de C.V."}),
    ("Nombre: la encargada\nEmpresa: autónoma", "ES", {}),
    ("Contact person: Kuya\nCell: 0905 555 0143", "PH", {"phone": "+639055550143"}),
    ("Referente: Ufficio Tecnico\nAzienda: Molino Ferraresi", "IT", {"company": "Molino Ferraresi"}),
    ("Company: el puesto de la esquina", "CO", {}),
    ("Company: Karachi Expo stall 118", "PK", {}),
    ("Name: Okonjo Adeyemi\nCompany: didn't say", "NG", {"name": "Okonjo Adeyemi"}),
    # guards: an article before a capitalised company is the company's
    ("Company: The Ritz Group", "GB", {"company": "The Ritz Group"}),
    ("company: la fromagerie Berthaut SARL", "FR", {"company": "la fromagerie Berthaut SARL"}),
])
def test_venues_delivery_terms_and_labelled_values_that_name_nothing(
        text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # "a new contact from <a fair>" in Danish and Greek: where it came from
    ("hej, nyt lead fra Foodexpo i Herning", "DK", {}),
    ("Γεια, νέα επαφή από τη Zootechnia", "GR", {}),
    # sentences in scripts without spaces: "of", "later", "did not"; Korean "(whom I) met", "none"
    ("食品展的采购经理，FOB 青岛，没留电话", "CN", {}),
    ("攤位的經理，說週五再聯絡，名片之後給", "TW", {}),
    ("전시회에서 만난 부장님, 샘플 문의, 명함 없음", "KR", {}),
    # guard: a company after a name in Chinese
    ("王建国，青岛海润食品有限公司", "CN", {"name": "王建国", "company": "青岛海润食品有限公司"}),
])
def test_openers_abroad_and_sentences_without_spaces(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("messages", "region", "company"), [
    # where they work, said outright later, replaces a company guessed from a bare item
    (("Chiamaka Obi, Balogun Market, Lagos", "she works at Lekki Solar Systems Ltd"), "NG", "Lekki Solar Systems Ltd"),
    (("Log: Ramon Dizon, Divisoria", "he's from Tondo Hardware Corp."), "PH", "Tondo Hardware Corp."),
    (("Tambah lead: Pak Agus Salim", "kantornya PT Sinar Baru Abadi"), "ID", "PT Sinar Baru Abadi"),
    # guard: a town said outright is no employer
    (("Jane Roe, Acme", "she's from Boston"), "US", "Acme"),
])
def test_where_they_work_said_outright_replaces_a_guess(messages: tuple[str, ...], region: str, company: str) -> None:
    assert _chat(region, *messages).fields.get("company") == company


def test_pak_is_an_honorific_before_a_name() -> None:
    assert _read("Tambah lead: Pak Agus Salim Wibowo", "ID") == {"name": "Agus Salim Wibowo"}


@pytest.mark.parametrize(("messages", "region", "fields"), [
    # "cancel the email" drops the email, never the lead; "ignore that, no company" drops the company
    (("Imogen Vale, Vale Orchards, 617-555-0142", "imogen@valeorchards.com", "never mind, cancel the email"), "US",
     {"name": "Imogen Vale", "company": "Vale Orchards", "phone": "+16175550142"}),
    (("Marko Perić, marko@example.hr, 091 555 0143", "OPG Perić", "ignore that, no company, he's a farmer"), "HR",
     {"name": "Marko Perić", "email": "marko@example.hr", "phone": "+385915550143"}),
    (("Dana Whitlock, 415 555 0143, Whitlock Farms", "scratch the company, she left them"), "US",
     {"name": "Dana Whitlock", "phone": "+14155550143"}),
    # corrections in Chinese and Uzbek, and "she spells it …"
    (("鄢晓冬，晓冬茶业有限公司，139 2417 6680", "公司改成 云岭晓冬茶业有限公司"), "CN",
     {"name": "鄢晓冬", "company": "云岭晓冬茶业有限公司", "phone": "+8613924176680"}),
    (("Jasur Normurodov, 91 234 10 62, Bukhara Silk Road", "to'g'rilang: kompaniya Samarqand Ipak MChJ"), "UZ",
     {"name": "Jasur Normurodov", "company": "Samarqand Ipak MChJ", "phone": "+998912341062"}),
    (("Mehwish Abbasi, 0301 2340153, Chaunsa Growers", "actually she spells it Mahwish Abbasi"), "PK",
     {"name": "Mahwish Abbasi", "company": "Chaunsa Growers", "phone": "+923012340153"}),
])
def test_corrections_that_drop_or_respell(messages: tuple[str, ...], region: str, fields: Values) -> None:
    state = _chat(region, *messages)
    assert state.fields == fields
    assert not state.stage.is_over


@pytest.mark.parametrize(("text", "region", "expected"), [
    # Czech "and son", "and company" inside a company; the Baltics' and Kazakhstan's legal forms written first
    ("Bohumila Krejčí, Krejčí a syn s.r.o., 604 555 123", "CZ",
     {"name": "Bohumila Krejčí", "company": "Krejčí a syn s.r.o.", "phone": "+420604555123"}),
    ("Jan Novák, Novák a spol.", "CZ", {"name": "Jan Novák", "company": "Novák a spol."}),
    ("Rasa Jonaitienė, UAB „Baltų medis“", "LT", {"name": "Rasa Jonaitienė", "company": "UAB „Baltų medis“"}),
    # Chinese "comes from" introduces the company
    ("林志明 來自 台中精密五金股份有限公司", "TW", {"name": "林志明", "company": "台中精密五金股份有限公司"}),
])
def test_legal_forms_and_intros_abroad(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # "the guy" in German, Spanish, French; what kind of business said instead of its name
    ("Der Typ vom Stand nebenan, Visitenkarte vergessen", "DE", {}),
    ("El tipo de la feria, sin tarjeta", "ES", {}),
    ("Geschäftsführer, Familienbetrieb, meldet sich nach Ostern", "DE", {}),
    ("CEO, a startup, wants a demo", "US", {}),
    # Japanese "none", "wanted": sentences, not names
    ("展示会で会った課長さん、名刺なし、来週電話", "JP", {}),
    ("購買担当の方、サンプル希望、連絡は月曜", "JP", {}),
    # guard: a business with such a word in its name
    ("Jane Roe, Startup Labs", "US", {"name": "Jane Roe", "company": "Startup Labs"}),
])
def test_the_guy_and_kinds_of_business_name_nothing(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a stand next door, a business card not given, "the brother": no one and no employer, in more languages
    ("Pani ze stoiska obok, bez wizytówki", "PL", {}),
    ("الأخ من الجناح المجاور، بدون كرت", "SA", {}),
    ("옆 부스 사장님, 명함 안 주심", "KR", {}),
    # guard: an Arabic company after "from"
    ("أحمد العتيبي من شركة الواحة", "SA", {"name": "أحمد العتيبي", "company": "شركة الواحة"}),
])
def test_stands_cards_and_brothers_abroad(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("region", "answer"), [
    # "I don't know (yet)" in more languages answers the company question with nothing
    ("ES", "todavía no sé"),
    ("NL", "weet ik nog niet"),
    ("TR", "henüz bilmiyorum"),
    ("US", "don't know yet"),
])
def test_dont_know_yet_fills_nothing(region: str, answer: str) -> None:
    state = _chat(region, "Lucía Ferrán", "no email", "+34 612 345 678", answer)
    assert "company" not in state.fields


def test_a_card_from_a_fair_is_no_name_in_japanese() -> None:
    state = _chat("JP", "展示会の名刺", "佐藤 健")
    assert state.fields == {"name": "佐藤 健"}
