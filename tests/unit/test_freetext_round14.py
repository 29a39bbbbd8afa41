"""The general causes behind the misses of held-out v13 (read once, then studied), fourteenth round: one test
per cause, with invented messages of the same kind in other words and places. Guards beside a fix are
look-alikes that must still read as before."""

from __future__ import annotations

import pytest

from tests.support.conversations import Values
from tests.support.conversations import chat as _chat
from tests.support.conversations import read as _read


@pytest.mark.parametrize(("text", "region", "expected"), [
    # where a lead came from is no one and no employer: a stand, a fair's name, what follows "from" after an opener
    ("CFO from the Agritechnica stand, card lost, wants 40 units", "DE", {}),
    ("Thandiwe Khumalo from the Decorex booth", "ZA", {"name": "Thandiwe Khumalo"}),
    ("Lagos Fashion Week expo lead, follow up Monday", "NG", {}),
    ("nouveau contact du SIAL de Paris", "FR", {}),
    # guards: a stand "at"/"@" is where they work; a person alone after "da" is who
    ("chatted w/ tomasz wierzba @ the lipowa ceramika stand", "PL",
     {"name": "tomasz wierzba", "company": "lipowa ceramika"}),
    ("nuovo contatto da Arianna Ferrucci", "IT", {"name": "Arianna Ferrucci"}),
])
def test_where_a_lead_came_from(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a weekday cut short and a local currency are no name or company
    ("Buyer from ops, 500 kg at 12,000 VNĐ/kg, call back Wed", "VN", {}),
    ("Meet on Thurs with Ingrid Solberg", "NO", {"name": "Ingrid Solberg"}),
    ("site visit Tues, budget 4 500 000 FCFA", "CI", {}),
    # guard: "Thu" is a Vietnamese name
    ("Trần Thị Thu, Gốm Bát Tràng, 0912 345 678", "VN",
     {"name": "Trần Thị Thu", "company": "Gốm Bát Tràng", "phone": "+84912345678"}),
])
def test_times_and_money_are_no_one(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("Ato Dawit Mekonnen, Adama Leather Works", "ET", {"name": "Dawit Mekonnen", "company": "Adama Leather Works"}),
    ("Mian Tariq Javed, Sialkot Surgical Exports", "PK",
     {"name": "Tariq Javed", "company": "Sialkot Surgical Exports"}),
    ("Janab Rafiqul Islam, Chittagong Jute Traders", "BD",
     {"name": "Rafiqul Islam", "company": "Chittagong Jute Traders"}),
    ("Mama Neema from stores, the usual 20 bags", "TZ", {"name": "Neema"}),
    ("Auntie Adjoa, 30 crates, Saturday", "GH", {"name": "Adjoa"}),
    ("Mnr. Jaco Steyn, Karoo Wolspinnery", "ZA", {"name": "Jaco Steyn", "company": "Karoo Wolspinnery"}),
    ("Anh Nguyễn Văn Hải, Công ty TNHH Cà Phê Đà Lạt", "VN",
     {"name": "Nguyễn Văn Hải", "company": "Công ty TNHH Cà Phê Đà Lạt"}),
    ("Pak Slamet dari bagian keuangan", "ID", {"name": "Slamet"}),
    ("ທ່ານ ບຸນມີ ສີສະຫວາດ, ບໍລິສັດ ຫຼວງພະບາງ ໄມ້", "LA",
     {"name": "ບຸນມີ ສີສະຫວາດ", "company": "ບໍລິສັດ ຫຼວງພະບາງ ໄມ້"}),
    ("លោក ចាន់ ដារ៉ា ក្រុមហ៊ុន សៀមរាប ស្រូវ", "KH", {"name": "ចាន់ ដារ៉ា", "company": "ក្រុមហ៊ុន សៀមរាប ស្រូវ"}),
    # guards: Anh and Mama alone are names; "Pak" before a company is Pakistan's
    ("Anh Tuấn, Acme", "VN", {"name": "Anh Tuấn", "company": "Acme"}),
    ("Pak Suzuki Motor Co", "PK", {"company": "Pak Suzuki Motor Co"}),
])
def test_honorifics_before_a_name(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("Gerade telefoniert mit Lennart Vosskuhl von Altmark Agrar", "DE",
     {"name": "Lennart Vosskuhl", "company": "Altmark Agrar"}),
    ("Μίλησα με την Ελένη Παππά από τη Κρητική Ελαιουργία", "GR",
     {"name": "Ελένη Παππά", "company": "Κρητική Ελαιουργία"}),
    ("kausap ko kahapon si Rowena Dimaculangan ng Laguna Buko Farms", "PH",
     {"name": "Rowena Dimaculangan", "company": "Laguna Buko Farms"}),
    ("שלום, דיברתי עם אורי לנדאו מחברת נגב אנרגיה", "IL", {"name": "אורי לנדאו", "company": "נגב אנרגיה"}),
    ("Just had tapas with Olalla Brea from Rías Conservas", "ES", {"name": "Olalla Brea", "company": "Rías Conservas"}),
    ("방금 통화한 분이요~ 한지우, 바다로 물산", "KR", {"name": "한지우", "company": "바다로 물산"}),
    ("今天在展会认识的，记一下", "CN", {}),
    ("Bestuurder van Vrystaat Graan, Jan Botha", "ZA", {"name": "Jan Botha", "company": "Vrystaat Graan"}),
    # guards: Ng is a surname; a lower-case name before "from" still reads
    ("lunch w/ wei ling ng from kopi corner", "SG", {"name": "wei ling ng", "company": "kopi corner"}),
])
def test_lead_ins_and_company_words_in_more_languages(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("region", "first", "answers", "expected"), [
    # a bare yes to the company an email suggests, with what goes with yes where the rep lives
    ("IN", "Kavya Rao, kavya@tirupurknits.in, 098450 12345", ["haan ji"],
     {"name": "Kavya Rao", "email": "kavya@tirupurknits.in", "phone": "+919845012345", "company": "Tirupurknits"}),
    ("JM", "Delroy Campbell, delroy@portlandcoffee.com, (876) 555-0142", ["yes mon"],
     {"name": "Delroy Campbell", "email": "delroy@portlandcoffee.com", "phone": "+18765550142",
      "company": "Portlandcoffee"}),
    # declined, with where they are instead
    ("AR", "Lucía Ferreyra, lucia@vinosdelsur.com.ar, 11 5555 0123", ["no, es de la Bodega Tupungato"],
     {"name": "Lucía Ferreyra", "email": "lucia@vinosdelsur.com.ar", "phone": "+541155550123",
      "company": "Bodega Tupungato"}),
    ("VN", "Trần Minh Khoa, khoa@saigonsteel.vn, 0912 345 678", ["không, chị ấy làm ở Công ty Dệt Thành Công"],
     {"name": "Trần Minh Khoa", "email": "khoa@saigonsteel.vn", "phone": "+84912345678",
      "company": "Công ty Dệt Thành Công"}),
    # "ask me later" puts the question off; the company said after it is taken
    ("US", "Ray Holt, 212-555-0143", ["no email", "ask me later", "Brooklyn Precinct Supply"],
     {"name": "Ray Holt", "phone": "+12125550143", "company": "Brooklyn Precinct Supply"}),
])
def test_answers_to_the_company_question(region: str, first: str, answers: list[str], expected: Values) -> None:
    assert _chat(region, first, *answers).fields == expected


def test_no_phone_then_remove_it_takes_the_phone_away() -> None:
    state = _chat("AU", "Mia Kelly, mia@outbackbees.com.au, 0491 570 156, Outback Bees",
                  "actually no phone, that's the warehouse line, delete it")
    assert state.fields == {"name": "Mia Kelly", "email": "mia@outbackbees.com.au", "company": "Outback Bees"}


def test_a_surname_said_alone_replaces_the_one_held() -> None:
    state = _chat("ZA", "Lerato Mokoena-Smith, lerato@soweto.example, 082 555 0199, Soweto Threads",
                  "sorry, her surname is Mokoena only")
    assert state.fields["name"] == "Lerato Mokoena"


@pytest.mark.parametrize(("text", "region", "expected"), [
    # Ethiopic and Armenian punctuation separate, and their words for a new customer lead in
    ("አዲስ ደንበኛ፦ ብርሃኑ ተስፋዬ፣ አዋሳ ቡና ኃ.የተ.የግ.ማ፣ 091 123 4567", "ET",
     {"name": "ብርሃኑ ተስፋዬ", "company": "አዋሳ ቡና ኃ.የተ.የግ.ማ", "phone": "+251911234567"}),
    ("Նոր հաճախորդ՝ Արամ Սարգսյան, 077 123456", "AM", {"name": "Արամ Սարգսյան", "phone": "+37477123456"}),
    # the word that labels an email or a phone in Hebrew and Arabic goes with the value
    ("ליד חדש: דנה כהן, מייל dana@example.co.il, טל' 050-234-5678, כרמל יינות", "IL",
     {"name": "דנה כהן", "email": "dana@example.co.il", "phone": "+972502345678", "company": "כרמל יינות"}),
    ("سامي الحداد، الإيميل sami@example.com، شركة النيل للتجارة", "EG",
     {"name": "سامي الحداد", "email": "sami@example.com", "company": "شركة النيل للتجارة"}),
    # an honorific after a first name; Italian particles; what a company wants, in German
    ("Rafiq bhai from the cutting unit, 2,000 pcs", "BD", {"name": "Rafiq"}),
    ("Ing. Beatrice dei Conti, Vetreria Muranese", "IT",
     {"name": "Beatrice dei Conti", "company": "Vetreria Muranese"}),
    ("Jonas Wendt, Havelland Obsthof möchte ein Angebot", "DE",
     {"name": "Jonas Wendt", "company": "Havelland Obsthof"}),
    # Vietnamese "bên" (at), a department after it, a legal form first, and Hội in a company's name
    ("chị trần thu hà bên gốm sứ minh long, 0912 345 678", "VN",
     {"name": "trần thu hà", "company": "gốm sứ minh long", "phone": "+84912345678"}),
    ("Chị Hạnh bên kho, đơn hàng 1.500 thùng", "VN", {"name": "Hạnh"}),
    ("Trưởng phòng bên Công ty TNHH Hải Phòng Xanh hẹn gọi lại", "VN", {"company": "Công ty TNHH Hải Phòng Xanh"}),
    ("Gặp anh Khôi bên Công ty CP Biển Đông, 0912 345 678", "VN",
     {"name": "Khôi", "company": "Công ty CP Biển Đông", "phone": "+84912345678"}),
    ("Phan Thị Hoa, Gốm Hội An Xanh", "VN", {"name": "Phan Thị Hoa", "company": "Gốm Hội An Xanh"}),
    # joining words back to a company's one first word; a job's words before them are no part of it
    ("Lorena Páez, Cafés de la Montaña S.A.S.", "CO", {"name": "Lorena Páez", "company": "Cafés de la Montaña S.A.S."}),
    ("Gerente Comercial de Lácteos del Valle S.A.", "CO", {"company": "Lácteos del Valle S.A."}),
])
def test_scripts_labels_particles_and_legal_forms(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # met somewhere, with an email at another company: where they met is no employer
    ("just met Sigrun Dahl at Aqua Nor, sigrun@fjellbryggeri.no", "NO",
     {"name": "Sigrun Dahl", "email": "sigrun@fjellbryggeri.no"}),
    # ... but an email at the same company (its words' starts, its initials) or a personal one says nothing against
    ("met Étienne Lavoie at Lumière Cartographie, etienne@lumcarto.fr", "FR",
     {"name": "Étienne Lavoie", "email": "etienne@lumcarto.fr", "company": "Lumière Cartographie"}),
    ("met Jane Roe at International Business Machines, jane@ibm.com", "US",
     {"name": "Jane Roe", "email": "jane@ibm.com", "company": "International Business Machines"}),
    ("met Jane Roe at Acme, jane.roe@gmail.com", "US", {"name": "Jane Roe", "email": "jane.roe@gmail.com",
                                                          "company": "Acme"}),
    # Turkish: "met at the fair" names no one
    ("yeni müşteri var, fuarda tanıştık", "TR", {}),
])
def test_where_they_met_and_where_they_work(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a bare label chain: whose email it is goes with the next label, not the company before it
    ("name Oskar Lind company Fjällräven Outfitters his email is oskar@example.se", "SE",
     {"name": "Oskar Lind", "company": "Fjällräven Outfitters", "email": "oskar@example.se"}),
    # "Who:" labels a name; a heading after it, set apart or naming no field, ends it
    ("Who: Aoife Brennan  Where: Burren Smokehouse", "IE", {"name": "Aoife Brennan", "company": "Burren Smokehouse"}),
    # guard: a name before a colon is no heading
    ("email from Perpetua Langridge: p.langridge@example.com", "GB",
     {"name": "Perpetua Langridge", "email": "p.langridge@example.com"}),
])
def test_label_chains_and_headings(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "phone"), [
    ("Ana Vidal, 212-555-0187 (x204), Vidal Imports", "US", "+12125550187 ext. 204"),
    ("+995 32 212 34 86 (ext 9)", "GE", "+995322123486 ext. 9"),
    ("Jörg Brandt, 089 / 5432 1098, Brandt Bau", "DE", "+498954321098"),
    ("(212) 555-0187 (mobile)", "US", "+12125550187"),  # a word in brackets after it is no extension
])
def test_extensions_in_brackets_and_a_spaced_area_code_slash(text: str, region: str, phone: str) -> None:
    assert _read(text, region)["phone"] == phone


@pytest.mark.parametrize(("text", "region", "company"), [
    # a lower-case company runs over a common word before (or as) what the business is, and to its legal form
    ("talked to ruth okafor at lagos pepper traders, 0803 123 4567", "NG", "lagos pepper traders"),
    ("ivan from pine ridge log homes, ivan@example.com", "US", "pine ridge log homes"),
    ("nina at harbour & hill coffee, 808-555-0143", "US", "harbour & hill coffee"),
    ("kari nordby fra fjord fisk as, kari@example.no", "NO", "fjord fisk as"),
])
def test_lower_case_companies_run_to_what_they_are(text: str, region: str, company: str) -> None:
    assert _read(text, region).get("company") == company


@pytest.mark.parametrize(("text", "region", "expected"), [
    # how a rep calls someone whose name they do not give is no name
    ("Oga at the Kano trade fair, 20 cartons, 0803 123 4567", "NG", {"phone": "+2348031234567"}),
    ("Bhai from Chandni Chowk wholesale, 500 pcs, 98765 43210", "IN", {"phone": "+919876543210"}),
    ("Uncle at Nakasero market, 0772 123456", "UG", {"phone": "+256772123456"}),
    ("Hajji at the Souq Waqif shop, QAR 3,000", "QA", {}),
    # greetings, "from" in other languages, an event named by its compound or by "trade show" / "lead" after it
    ("G'day! Met the buyer at the show, call Fri arvo", "AU", {}),
    ("Bula! the GM of a resort, 30 pax, FJD 9,000", "FJ", {}),
    ("Fra Aqua Nor i Trondheim, stand C12", "NO", {}),
    ("Expoalimentaria Lima, 40 cajas, USD 3.200", "PE", {}),
    ("Cebu Business Month trade show booth 14, PO #PH-2231", "PH", {}),
    ("Kigali Expo lead, hall 2", "RW", {}),
    # "Namba", "ስልክ፦": a phone's label in Swahili and Amharic
    ("Mama wa duka, Namba 0621 233 774", "TZ", {"phone": "+255621233774"}),
    ("ስልክ፦ 091 123 0270", "ET", {"phone": "+251911230270"}),
    # a name the rep says they do not know
    ("Name: weiß ich noch nicht, Tel. 0151 2345 6789", "DE", {"phone": "+4915123456789"}),
    # laughter is no name
    ("上海展会认识的采购经理 哈哈", "CN", {}),
])
def test_no_one_named(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a fair's town in an item of its own, before or after the fair's item, is no one
    ("contacto de la feria Expominera, Antofagasta", "CL", {}),
    ("Астана, выставка AgriTek, стенд 12", "KZ", {}),
    # ... but a first name a heading's colon introduces is who
    ("Fiera di Bologna, stand 3A: Ludovica, ufficio acquisti", "IT", {"name": "Ludovica"}),
    # "at a … shop": a kind of place, named for where it is
    ("Dai at a Pokhara trekking shop, 984-1234567", "NP", {"phone": "+9779841234567"}),
    # a label's value that is a sentence: "the company's name, I'll send later"
    ("部長の携帯 090-1234-2071 です。会社名は後で送ります", "JP", {"phone": "+819012342071"}),
    # a weekday in Georgian, in Chinese at a word's start
    ("თბილისის გამოფენაზე, ხუთშაბათს დავურეკავ", "GE", {}),
    ("广州展会认识的，周五再联系", "CN", {}),
])
def test_fairs_places_and_sentences(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("region", "first", "answers", "company"), [
    ("BR", "Tiago Lobo, tiago@cafezalmineiro.com.br, (31) 98765-4321", ["não sei ainda"], None),
    ("MY", "Aishah Karim, aishah@batikterengganu.my, 012-345 6789", ["no, she's freelance lah"], None),
    ("CZ", "Jan Novák, jan@brdskyles.cz, 601 123 456", ["ne, je to OSVČ, žádná firma"], None),
])
def test_declining_a_suggested_company_names_none(region: str, first: str, answers: list[str],
                                                   company: str | None) -> None:
    assert _chat(region, first, *answers).fields.get("company") == company


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("Ош, ярмарка в субботу", "KG", {}),  # a fair's town before a fair's item (Russian "fair")
    ("Träffade inköparen på Nordbygg i Stockholm, monter C:12", "SE", {}),  # a stand's number cut at its colon
    ("Mirela Duarte from Zona Franca de Manaus", "BR", {"name": "Mirela Duarte"}),  # a free-trade zone
    ("Buongiorno! La Dottoressa dell'ufficio tecnico, Fiera di Rimini", "IT", {}),  # called, with an article
    ("anna ozoliņa works for rīgas maiznīca", "LV",
     {"name": "anna ozoliņa", "company": "rīgas maiznīca"}),  # guard: in lower case every word of the name counts
])
def test_more_places_and_ways_of_calling(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("region", "first", "answers", "fields"), [
    ("ID", "Budi Santoso, 0812-3456-7890", ["nanti dikirim", "Kopi Toraja Jaya"],
     {"name": "Budi Santoso", "phone": "+6281234567890", "company": "Kopi Toraja Jaya"}),
    ("KR", "대표님 번호만 받았어요 010-2000-4241 성함이랑 회사는 나중에 알려드릴게요", [], {"phone": "+821020004241"}),
])
def test_later_is_no_value(region: str, first: str, answers: list[str], fields: Values) -> None:
    assert _chat(region, first, *answers).fields == fields


@pytest.mark.parametrize(("text", "region", "expected"), [
    # sentence-case companies with their legal form, a whole item of their own
    ("Kari Berg, Nordisk fjellutstyr AS, 40 61 41 48", "NO",
     {"name": "Kari Berg", "company": "Nordisk fjellutstyr AS", "phone": "+4740614148"}),
    ("Ana Lopes, Conservas artesanais do Algarve, Lda.", "PT",
     {"name": "Ana Lopes", "company": "Conservas artesanais do Algarve, Lda."}),
    # ... but a person's name before "от"/"von" and a company is no sentence-case company
    ("Стефан Петров от Тракия Вино ЕООД", "BG", {"name": "Стефан Петров", "company": "Тракия Вино ЕООД"}),
    # titles in scripts the title pattern cannot bound, and after the name
    ("አቶ ዳዊት ተሰማ፣ ሸገር ቡና ኃ.የተ.የግ.ማ", "ET", {"name": "ዳዊት ተሰማ", "company": "ሸገር ቡና ኃ.የተ.የግ.ማ"}),
    ("श्री राजेश वर्मा जी, 98765 43210", "IN",
                                      {"name": "राजेश वर्मा", "phone": "+919876543210"}),
    ("جناب فرحان قریشی صاحب، 0301 2345678", "PK", {"name": "فرحان قریشی", "phone": "+923012345678"}),
    ("JUDr. Eva Horváthová, konateľka Tatranská advokátska kancelária s.r.o.", "SK",
     {"name": "Eva Horváthová", "company": "Tatranská advokátska kancelária s.r.o."}),
    # a business card in Japanese and Korean: the company, the job, the name
    ("株式会社ミドリ物産 営業部長 佐藤 健太様", "JP", {"company": "株式会社ミドリ物産", "name": "佐藤 健太"}),
    ("(주)한빛에너지 구매본부장 김민서 상무님", "KR", {"company": "(주)한빛에너지", "name": "김민서"}),
    # lead-ins: "pls help me log", "merci d'enregistrer", "Mittagessen mit"
    ("pls help me log Chidi Okeke of Aba Plastics Ltd", "NG", {"name": "Chidi Okeke", "company": "Aba Plastics Ltd"}),
    ("Bonjour, merci d'enregistrer Awa Sarr, Société Dakar Sel SA", "SN",
     {"name": "Awa Sarr", "company": "Société Dakar Sel SA"}),
    ("Mittagessen mit Klara Huber im Hotel Post", "AT", {"name": "Klara Huber"}),
])
def test_legal_forms_titles_and_cards(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("region", "first", "answers", "field", "value"), [
    # answers with their copula, and Chinese "she works at …"
    ("JP", "幕張メッセの展示会のリードです", ["小野寺 美咲です"], "name", "小野寺 美咲"),
    ("KR", "박람회에서 받은 명함이에요", ["장민혁이요"], "name", "장민혁"),
    ("CN", "邓梓萱 131 2345 9695", ["她在宁波澜庭家居有限公司上班"], "company", "宁波澜庭家居有限公司"),
    # the clause that gives the value, laughter after it
    ("JP", "武藤 莉子、090-1234-9131", ["メールは後で送ります、会社は有限会社ムトウ醸造です"], "company",
     "有限会社ムトウ醸造"),
    ("KR", "문지호 jiho.moon@example.kr", ["아 회사는 대양마린(주)이에요 ㅋㅋ"], "company", "대양마린(주)"),
    # "no, it is …" in other languages corrects what the draft holds
    ("CM", "Clarisse Ngo, 6 71 23 19 90",
     ["pas d'email", "Cacao Sanaga SARL", "non, c'est Cacao Sanaga Export SA, désolé"], "company",
     "Cacao Sanaga Export SA"),
    ("MX", "Rigoberto Zamarripa, 222 123 3322", ["r@example.mx", "Aceros La Laguna S.A. de C.V.",
                                                  "perdón, es Rigoberto Zamarripa Lozoya"], "name",
     "Rigoberto Zamarripa Lozoya"),
    ("NL", "Sjoerd Wijnen, sjoerd@dijkmeester.nl", ["06 12340537", "nee, het is Dijkmeester Waterbouw B.V."],
     "company", "Dijkmeester Waterbouw B.V."),
])
def test_answers_and_corrections_in_more_languages(region: str, first: str, answers: list[str], field: str,
                                                   value: str) -> None:
    assert _chat(region, first, *answers).fields.get(field) == value


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a New Caledonian number with dots is no date (no day and month read so); 12.05.2026 still is one
    ("Mélanie Wamytan, Récifs de Nouméa SARL, 75.18.05", "NC",
     {"name": "Mélanie Wamytan", "company": "Récifs de Nouméa SARL", "phone": "+687751805"}),
    ("Termin 12.05.2026, Jana Roe", "DE", {"name": "Jana Roe"}),
    # Thai laughter after a number; the danda ends a sentence
    ("Somchai, 081 234 7626 555", "TH", {"name": "Somchai", "phone": "+66812347626"}),
    ("विकास शर्मा, हिमाली कफी प्रा.लि.। 984-1232295", "NP",
     {"name": "विकास शर्मा", "company": "हिमाली कफी प्रा.लि.", "phone": "+9779841232295"}),
    # a company's label typed in lower case, with its legal form; "công ty" in lower case
    ("kontakt: ewa nowak, firma stolarnia pod dębem sp. z o.o.", "PL",
     {"name": "ewa nowak", "company": "stolarnia pod dębem sp. z o.o."}),
    ("gặp chị lan ở công ty hoa sen đà lạt, 0912 341 110", "VN",
     {"name": "lan", "company": "công ty hoa sen đà lạt", "phone": "+84912341110"}),
])
def test_dates_laughter_and_lower_case_forms(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


def test_a_label_last_in_a_list_is_no_correction_in_chat() -> None:
    state = _chat("SG", "陈美玲小姐，狮城冷链物流私人有限公司，电话：8123 6509")
    assert state.fields == {"name": "陈美玲", "company": "狮城冷链物流私人有限公司", "phone": "+6581236509"}


def test_a_departments_of_is_not_the_companys() -> None:
    assert _read("Jefe de Logística de Quinua Andina E.I.R.L.", "PE") == {"company": "Quinua Andina E.I.R.L."}


@pytest.mark.parametrize(("text", "region", "company"), [
    ("konateľka Tatranská Stavebná spoločnosť s.r.o.", "SK", "Tatranská Stavebná spoločnosť s.r.o."),
    ("Стефан Петров от Тракия Вино ЕООД", "BG", "Тракия Вино ЕООД"),  # guard: a person "from" a company
])
def test_a_company_whose_last_word_is_in_lower_case(text: str, region: str, company: str) -> None:
    assert _read(text, region).get("company") == company


def test_words_either_side_of_struck_out_text_stay_apart() -> None:
    # (found by hypothesis: "Jane ~0 ~/A" read the company "Jane /A", which the rep never typed)
    # (and "Jane" alone, with nothing else said, is no sure name: bot.domain.lone_words)
    assert _read("Jane ~0 ~/A", "US") == {}


def test_an_at_sign_after_a_control_character_joins_nothing() -> None:
    # (found by hypothesis: "0\x1f@A" read the company "0@ A": \x1f is whitespace to the email reader, and
    # gone once control characters are removed)
    assert _read("0\x1f@A", "US") == _read("0 @A", "US") == {}
