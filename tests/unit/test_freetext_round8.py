"""The general causes behind the misses of held-out v7 (folded into dev), eighth round: one test per
cause, with invented messages of the same kind in other words. Guards beside a fix are look-alikes
that must still read as before."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain import freetext
from bot.domain.conversation import corrections
from tests.support.conversations import Values
from tests.support.conversations import chat as _chat
from tests.support.conversations import read as _read


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("Buenas tardes, favor de dar de alta a Renata Ibarrola, de Cerería San Ángel Hermanos, cel 55 2214 7731", "MX",
     {"name": "Renata Ibarrola", "company": "Cerería San Ángel Hermanos", "phone": "+525522147731"}),
    ("Che, cargame a Lautaro Bianchetti de Yerbatera Los Lapachos", "AR",
     {"name": "Lautaro Bianchetti", "company": "Yerbatera Los Lapachos"}),
    ("Am vorbit ieri cu Sorina Dumitrașcu de la Bucovina Soft, 0744 210 338", "RO",
     {"name": "Sorina Dumitrașcu", "company": "Bucovina Soft", "phone": "+40744210338"}),
    ("Spoke wiht Oskar Wierzbicki, oskar@wierzba.example", "PL",
     {"name": "Oskar Wierzbicki", "email": "oskar@wierzba.example"}),
    ("rang tamsin pellow from kernow kites", "GB", {"name": "tamsin pellow", "company": "kernow kites"}),
])
def test_lead_ins_in_more_languages(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("zofia adamczyk z firmy piekarnia zbożowa, 601 220 314", "PL",
     {"name": "zofia adamczyk", "company": "piekarnia zbożowa", "phone": "+48601220314"}),
    ("tomáš beneš ze společnosti vltava dřevo", "CZ", {"name": "tomáš beneš", "company": "vltava dřevo"}),
    ("марта коваль з компанії лісова пасіка", "UA", {"name": "марта коваль", "company": "лісова пасіка"}),
    ("lucía ferrand trabaja en panadería la espiga", "ES",
     {"name": "lucía ferrand", "company": "panadería la espiga"}),
    ("met nadav peretz from arbel security", "IL", {"name": "nadav peretz", "company": "arbel security"}),
    # a name typed in lower case in a message with capitals, before a capitalised company it is from
    ("hollis varga from Tamarack Boatworks wants a call back", "US",
     {"name": "hollis varga", "company": "Tamarack Boatworks"}),
])
def test_lower_case_names_and_companies_after_from_in_more_languages(text: str, region: str,
                                                                     expected: Values) -> None:
    assert _read(text, region) == expected


def test_a_lower_case_name_before_a_capitalised_company_is_marked_as_a_guess() -> None:
    assert freetext.parse_free_text("hollis varga from Tamarack Boatworks", "US").guessed == {"name"}


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("Jan Nowak, Lasy Mazowieckie Sp. z o.o.", "PL", {"name": "Jan Nowak", "company": "Lasy Mazowieckie Sp. z o.o."}),
    ("Jan Nowak z Orlen Paliwa", "PL", {"name": "Jan Nowak", "company": "Orlen Paliwa"}),
    ("Ana de la Vega Ruiz, 654 21 88 03", "ES", {"name": "Ana de la Vega Ruiz", "phone": "+34654218803"}),
    ("Rosa María de la Vega Ruiz", "ES", {"name": "Rosa María de la Vega Ruiz"}),  # particles are no words
    ("Marco Bellini, Il Fornaio", "IT", {"name": "Marco Bellini", "company": "Il Fornaio"}),
    ("Jane Roe, Acme Co - 212 555 0187", "US", {"name": "Jane Roe", "company": "Acme Co", "phone": "+12125550187"}),
])
def test_guards_that_look_like_the_new_rules(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("D.ª Iria Castro Vilela, gerente de Conservas Ría de Arousa", "ES",
     {"name": "Iria Castro Vilela", "company": "Conservas Ría de Arousa"}),
    ("Meneer Bram Verhoeven, eigenaar van Verhoeven Kaashandel", "NL",
     {"name": "Bram Verhoeven", "company": "Verhoeven Kaashandel"}),
    ("Dato' Seri Rahim bin Osman, chairman of Teluk Intan Rubber", "MY",
     {"name": "Rahim bin Osman", "company": "Teluk Intan Rubber"}),
    ("박민재 차장님, 한빛 물산", "KR", {"name": "박민재", "company": "한빛 물산"}),
    ("Khun Pimchanok Srisuk, GM of Doi Tung Coffee", "TH",
     {"name": "Pimchanok Srisuk", "company": "Doi Tung Coffee"}),
    ("Bà Trần Thị Mai, Giám đốc, Sông Hàn Travel", "VN", {"name": "Trần Thị Mai", "company": "Sông Hàn Travel"}),
    ("Av. Mert Yalçın, ortak, Yalçın Hukuk Bürosu", "TR", {"name": "Mert Yalçın", "company": "Yalçın Hukuk Bürosu"}),
    ("пані Ірина Бойко, директорка з продажу ТОВ «Полтавський Сир»", "UA",
     {"name": "Ірина Бойко", "company": "ТОВ «Полтавський Сир»"}),
    ("Atty. Lourdes de los Reyes, counsel at Visayas Shipping Corp.", "PH",
     {"name": "Lourdes de los Reyes", "company": "Visayas Shipping Corp."}),
    # a role's word inside a business's name; a role of a university's department
    ("Dr Femi Ade, Chief Medical Officer, Lagoon Specialist Hospital", "NG",
     {"name": "Femi Ade", "company": "Lagoon Specialist Hospital"}),
    ("Prof. Ilse Brandt, Dean of Medicine, Nordmark University", "DE",
     {"name": "Ilse Brandt", "company": "Nordmark University"}),
    ("Dr. Kofi Mensah, Chair of Earth Sciences, Volta Institute", "GH",
     {"name": "Kofi Mensah", "company": "Volta Institute"}),
])
def test_titles_in_more_languages_and_roles_beside_organisations(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("윤하늘, 새벽 디자인", "KR", {"name": "윤하늘", "company": "새벽 디자인"}),  # a name written as one word
    # a foreign name in kana, with its middle dot
    ("ジェシカ・モリス, モリス商事", "JP", {"name": "ジェシカ・モリス", "company": "モリス商事"}),
    ("담당: 한지수, 회사: 바다 테크", "KR", {"name": "한지수", "company": "바다 테크"}),
])
def test_names_in_scripts_without_spaces_inside_them(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("Halima Nuru, 0712 345 678, Pwani Spices wnats samples nxt month", "KE",
     {"name": "Halima Nuru", "phone": "+254712345678", "company": "Pwani Spices"}),
    ("Cormac Doyle, Doyle & Fitch... he'll call back", "IE", {"name": "Cormac Doyle", "company": "Doyle & Fitch"}),
    ("Iker Zubiri – Bodegas de la Rioja Alta", "ES", {"name": "Iker Zubiri", "company": "Bodegas de la Rioja Alta"}),
    ("Paola Ruiz, Aceros Ruiz, S.A. de C.V.", "MX", {"name": "Paola Ruiz", "company": "Aceros Ruiz, S.A. de C.V."}),
    ("Nils Berg, Berg Marin AB (publ)", "SE", {"name": "Nils Berg", "company": "Berg Marin AB (publ)"}),
    ("Max Ott, Ott Holz UG (haftungsbeschränkt)", "DE",
     {"name": "Max Ott", "company": "Ott Holz UG (haftungsbeschränkt)"}),
    ("Petr Král, Král & syn s.r.o.", "CZ", {"name": "Petr Král", "company": "Král & syn s.r.o."}),
    ("Fahad Al-Qahtani, Qahtani Contracting Est.", "SA",
     {"name": "Fahad Al-Qahtani", "company": "Qahtani Contracting Est."}),
])
def test_companies_with_trailing_words_and_legal_forms(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region"), [
    ("Termin Freitag 9:00, Raum Watzmann, Angebot 2.300 €", "DE"),  # a meeting room has a name
    ("Tūī Room, 10am Monday, 12 boxes", "NZ"),
    ("Name: ???\nCompany: TBC\nHead of Procurement, Tamworth, call Mon", "GB"),  # said to be unknown: no guess
    ("no name, ask for whoever handles returns", "US"),
    ("the *Growth Analytics* team at the Level 3 office", "SG"),  # a team's name is no person
    ("chị trưởng phòng mua hàng, hẹn 10h thứ 3", "VN"),  # a job, an appointment
    ("経理部長の方、来週金曜 10:00 にアポ", "JP"),
    ("Dirección de Finanzas, cita el 14/05 a las 10:00", "MX"),  # a department, in words of its own
    ("ktoś z działu sprzedaży, zamówienie 2024/77", "PL"),  # "someone from sales"
])
def test_messages_that_name_nobody_and_no_company(text: str, region: str) -> None:
    found = _read(text, region)
    assert "name" not in found and "company" not in found, found


def test_a_placeholder_label_keeps_its_field_unguessed() -> None:
    parsed = freetext.parse_free_text("Company: TBC\nCFO, Tamworth", "GB")
    assert "company" not in parsed.values and parsed.pending == {"company"}


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("Contacto: Olalla Prieto. Su email es olalla@prieto.example", "ES",
     {"name": "Olalla Prieto", "email": "olalla@prieto.example"}),  # "Su" goes with the label it owns
    ("Navn - Sigrid Holm | Co. - Fjordlys Handel | Mob - 912 34 567", "NO",
     {"name": "Sigrid Holm", "company": "Fjordlys Handel", "phone": "+4791234567"}),
    ("Kontakt: Ana Kovač, tvrtka Jadranska Sol", "HR", {"name": "Ana Kovač", "company": "Jadranska Sol"}),
    ("Контакт: Денис Мороз, компанія Карпатський Мед", "UA", {"name": "Денис Мороз", "company": "Карпатський Мед"}),
    ("Reza Tan — reza@bukit.example.ph — Bukit Travel", "PH",
     {"name": "Reza Tan", "email": "reza@bukit.example.ph", "company": "Bukit Travel"}),  # ".ph" labels no phone
])
def test_labels_in_more_words_and_places(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "phone"), [
    ("Arjun Rao, +91-80-2233-4455 extn 12", "IN", "+918022334455 ext. 12"),
    ("Li Wei, +86 10 6552 8831 转 207", "CN", "+861065528831 ext. 207"),
    ("Suda Chai, 02-234-5678 ต่อ 3", "TH", "+6622345678 ext. 3"),
    ("Mateo Gil, +52 1 81 2345 6789", "MX", "+528123456789"),  # Mexico's old mobile "1"
    ("Kim Low, 1800 MY BANK", "AU", "+611800692265"),
])
def test_phone_extensions_and_prefixes_in_more_forms(text: str, region: str, phone: str) -> None:
    assert _read(text, region)["phone"] == phone


@pytest.mark.parametrize(("fix", "region", "field", "value"), [
    ("corrige: a empresa é Marr Fisk & Filhos", "BR", "company", "Marr Fisk & Filhos"),
    ("no espera, la empresa es Marr Pesca", "MX", "company", "Marr Pesca"),
    ("her name is Ilsa Marr actually", "US", "name", "Ilsa Marr"),
    ("ой, не Марр, а Мар — Ilse Mar", "UA", "name", "Ilse Mar"),
    ("nicht Marr, sondern Mahr: Ilse Mahr", "DE", "name", "Ilse Mahr"),
])
def test_corrections_in_more_words(fix: str, region: str, field: str, value: str) -> None:
    state = _chat(region, "Ilse Marr, ilse@marr.example, Marr Fisk", fix)
    assert state.fields[field] == value


@pytest.mark.parametrize(("region", "opener", "answer", "name"), [
    ("KR", "안녕하세요 리드 추가요", "배수아 님", "배수아"),  # an honorific after the name answered
    ("SA", "السلام عليكم", "اسمها نورة العتيبي", "نورة العتيبي"),  # "her name is"
    ("FR", "salut, un nouveau contact", "il s'appelle Gaspard Morel", "Gaspard Morel"),
    ("CA", "hey bot, one to add whenever you're ready", "Elodie Marchetti", "Elodie Marchetti"),
    ("IL", "ערב טוב, יש לי לקוח פוטנציאלי להכניס", "דנה כהן", "דנה כהן"),
    ("TR", "selam, yeni müşteri var", "Deniz Aksoy", "Deniz Aksoy"),
    ("VN", "chào bot, thêm khách mới", "Lê Thu Hà", "Lê Thu Hà"),
    ("EG", "صباح الخير، محتاج أضيف عميل من زيارة النهارده", "منى سامي", "منى سامي"),
])
def test_step_by_step_openers_hold_no_field_and_the_answer_is_the_name(region: str, opener: str, answer: str,
                                                                      name: str) -> None:
    state = _chat(region, opener)
    assert state.fields == {}
    assert _chat(region, opener, answer).fields == {"name": name}


@pytest.mark.parametrize(("answer", "company"), [
    ("Marr Maps 👍", "Marr Maps"),
    ("Marr Maps 🎉🎉", "Marr Maps"),
])
def test_a_picture_after_an_answer_is_no_part_of_it(answer: str, company: str) -> None:
    state = _chat("GB", "Ilse Marr", "ilse@marr.example", "020 7946 0123", answer)
    assert state.fields["company"] == company


@pytest.mark.parametrize(("region", "answer", "company"), [
    ("FR", "il bosse chez Marr Cidrerie", "Marr Cidrerie"),
    ("VN", "chị ấy làm ở Marr Pearl", "Marr Pearl"),
    ("TR", "firması Marr Otomotiv", "Marr Otomotiv"),
])
def test_where_they_work_said_when_asked_for_something_else(region: str, answer: str, company: str) -> None:
    state = _chat(region, "Ilse Marr", answer)
    assert state.fields == {"name": "Ilse Marr", "company": company}


def test_a_company_inside_a_name_is_cut_only_from_either_end() -> None:
    """Found by the property test: "Jane Roe Jane Mr. Roe" read as the name "Jane Jane"."""
    assert _read("Jane Roe Jane Mr. Roe")["name"] == "Jane Roe Jane"
    assert _read("Roesler Smith, Roe Ltd")["name"] == "Roesler Smith"


@pytest.mark.parametrize(("text", "region", "expected"), [
    # lead-ins of a call or a meeting, in lower case
    ("vu capucine ardouin chez fromagerie ardouin ce matin", "FR",
     {"name": "capucine ardouin", "company": "fromagerie ardouin"}),
    ("mit lotte brenner von weberei brenner gesprochen", "DE",
     {"name": "lotte brenner", "company": "weberei brenner"}),
    ("llamada con ainhoa etxeberria de quesos idiazabal", "ES",
     {"name": "ainhoa etxeberria", "company": "quesos idiazabal"}),
    ("kausap ko si rodel magbanua from sampaguita foods", "PH",
     {"name": "rodel magbanua", "company": "sampaguita foods"}),
    ("had a pint w/ eamon from foxglove cider co", "IE", {"name": "eamon", "company": "foxglove cider co"}),
    # a verb or a time after a lower-case company ends it
    ("emre yıldız from kavak tekstil aradı", "TR", {"name": "emre yıldız", "company": "kavak tekstil"}),
    ("träffade saga lind på fjällbo glas idag", "SE", {"name": "saga lind", "company": "fjällbo glas"}),
    # where a lower-case name works, said every way
    ("dagny at brightmoor said call friday", "US", {"name": "dagny", "company": "brightmoor"}),
    ("talked to amos reid who works for quillfen", "US", {"name": "amos reid", "company": "quillfen"}),
    ("met tova lin @ the juniper & oak stand", "SG", {"name": "tova lin", "company": "juniper & oak"}),
    ("charlé con tomás vidal de bodega los álamos", "AR", {"name": "tomás vidal", "company": "bodega los álamos"}),
])
def test_lower_case_messages_from_calls_and_meetings(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("Sig.ra Ornella Baratti c/o Pastificio Baratti", "IT",
     {"name": "Ornella Baratti", "company": "Pastificio Baratti"}),
    ("Dl. ing. Mihai Stan, director vânzări la Lemnul Verde SRL", "RO",
     {"name": "Mihai Stan", "company": "Lemnul Verde SRL"}),
    ("Pani mgr Ewa Lis, kierownik działu zakupów w Młyn Lisów Sp. z o.o.", "PL",
     {"name": "Ewa Lis", "company": "Młyn Lisów Sp. z o.o."}),
    ("κ. Νίκος Παππάς, διευθυντής στην Ελιά Παππά Α.Ε.", "GR",
     {"name": "Νίκος Παππάς", "company": "Ελιά Παππά Α.Ε."}),
    ("Elif Hanım, Zeytin Evi A.Ş.", "TR", {"name": "Elif", "company": "Zeytin Evi A.Ş."}),
    ("Tanabe-san at Kumo Kikai K.K.", "JP", {"name": "Tanabe", "company": "Kumo Kikai K.K."}),
    ("Smt. Meena Iyer ji from Kaveri Agro Exports", "IN", {"name": "Meena Iyer", "company": "Kaveri Agro Exports"}),
    ("Datuk Haji Aziz bin Omar, Pengerusi, Teras Bumbung Sdn Bhd", "MY",
     {"name": "Aziz bin Omar", "company": "Teras Bumbung Sdn Bhd"}),
    ("المهندس خالد العمري، مدير المشتريات في شركة واحة التمور", "SA",
     {"name": "خالد العمري", "company": "شركة واحة التمور"}),
    ("עו״ד דנה לוי, סמנכ״לית כספים, גליל שקד בע״מ", "IL", {"name": "דנה לוי", "company": "גליל שקד בע״מ"}),
    ("daglig leder Ragnhild Sæther, Fjordbakst AS", "NO", {"name": "Ragnhild Sæther", "company": "Fjordbakst AS"}),
    ("Mx. Ari Vale, operations lead at Kōwhai Freight", "NZ", {"name": "Ari Vale", "company": "Kōwhai Freight"}),
    ("Генеральный директор ООО «Тёплый Хлеб» — Пётр Ильин", "RU",
     {"name": "Пётр Ильин", "company": "ООО «Тёплый Хлеб»"}),
    ("Đỗ Minh Thư, Công ty CP Nước Mắm Cát Hải Xưa", "VN",
     {"name": "Đỗ Minh Thư", "company": "Công ty CP Nước Mắm Cát Hải Xưa"}),
])
def test_titles_and_roles_in_more_languages_beside_the_company(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region"), [
    ("Einkaufsleitung, Rückruf Mi 10:00, Angebot 8.200 €", "DE"),  # a department compound, a call back
    ("資材部の部長、来週木曜 11:00 に再訪問", "JP"),
    ("인사팀장님, 4월 2일 오후 3시 미팅", "KR"),
    ("gerente de TI, pedido 88120, entrega em Santos", "BR"),
    ("el de sistemas, cotización 5521, Monterrey", "MX"),  # a city alone is where, not who
    ("bagian pembelian, invoice 0071234", "ID"),
    ("Leiter Facility Management, Offerte 2024-77, CHF 12'400", "CH"),
    ("beszerzési vezető, ajánlat 980 000 Ft", "HU"),
    ("مدير المبيعات، معرض جدة الدولي، الخميس", "SA"),  # an exhibition, its noun first
    ("booth lead #7 from HIMSS", "US"),  # the event it came from
    ("nowy lead z targów w Krakowie", "PL"),  # where the fair was
    ("ახალი ლიდი", "GE"),  # "a new lead": Georgian is written without capitals
])
def test_more_messages_that_name_nobody_and_no_company(text: str, region: str) -> None:
    found = _read(text, region)
    assert "name" not in found and "company" not in found, found


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("Firma: Ege Bağ Koop.", "TR", {"company": "Ege Bağ Koop."}),
    ("contactpersoon Ilse Prins, bedrijf Prins Visserij, 06-nummer 06 12345678", "NL",
     {"name": "Ilse Prins", "company": "Prins Visserij", "phone": "+31612345678"}),
    ("POC Odile Marsh; acct Marsh Bakery", "US", {"name": "Odile Marsh", "company": "Marsh Bakery"}),
    ("acct 44120, Odile Marsh", "US", {"name": "Odile Marsh"}),  # an account number is no company
    ("Full name Tui Rangi, org Kauri Tours", "NZ", {"name": "Tui Rangi", "company": "Kauri Tours"}),
    ("Bram Aalders >> Aalders Stoves >> 020 123 4567", "NL",
     {"name": "Bram Aalders", "company": "Aalders Stoves", "phone": "+31201234567"}),
    ("Maja Holm :: Holm Surf :: 32 10 76 27", "DK",
     {"name": "Maja Holm", "company": "Holm Surf", "phone": "+4532107627"}),
    ("ნინო ბერიძე, ალაზნის ღვინო", "GE", {"name": "ნინო ბერიძე", "company": "ალაზნის ღვინო"}),
])
def test_labels_separators_and_scripts(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("answer", "company"), [
    ("Cedarwhistle I think", "Cedarwhistle"),
    ("not sure, maybe Bluegullet?", "Bluegullet"),
    ("peut-être Fourneaux Gallou ?", "Fourneaux Gallou"),
    ("chyba Wierzbownia", "Wierzbownia"),
    ("pues creo que Cafetal Sonsón", "Cafetal Sonsón"),
    ("prob Kettlewing", "Kettlewing"),
    ("not 100% but Kumara Farms", "Kumara Farms"),
])
def test_a_hedged_company_answer_is_the_company(answer: str, company: str) -> None:
    state = _chat("US", "new lead pls", "Ilse Marr", "ilse@marr.example", "212 555 0123", answer)
    assert state.fields["company"] == company


@pytest.mark.parametrize(("answer", "name"), [
    ("think it's Ostrovane", "Ostrovane"),
    ("Aubertin-Gallou je crois", "Aubertin-Gallou"),
    ("Kooyong? no sorry, Mcilwraith", "Mcilwraith"),
    ("ummm Halvorsen-Diallo?", "Halvorsen-Diallo"),
    ("Pemberthy I reckon", "Pemberthy"),
    ("la señora Xochiquetzal", "Xochiquetzal"),
    ("Dona Filomena", "Filomena"),
    ("Pak Soemodiredjo", "Soemodiredjo"),
    ("pan Szczygielski", "Szczygielski"),
    ("Ma'am Macaraeg", "Macaraeg"),
])
def test_a_hedged_or_titled_name_answer_is_the_name(answer: str, name: str) -> None:
    assert _chat("US", "new lead pls", answer).fields == {"name": name}


@pytest.mark.parametrize(("answer", "skipped"), [("idk", "email"), ("brak", "email"), ("keine Ahnung", "email")])
def test_not_knowing_skips_the_question(answer: str, skipped: str) -> None:
    state = _chat("US", "Ilse Marr", answer)
    assert skipped in state.skipped and state.fields == {"name": "Ilse Marr"}


@pytest.mark.parametrize(("fix", "field", "value"), [
    ("wait, it's Ilse Marrow not Marr", "name", "Ilse Marrow"),
    ("すみません、会社名はマール漁業ではなくマール水産です", "company", "マール水産"),
    ("corrige o nome: é Ilse Marr Bezerra", "name", "Ilse Marr Bezerra"),
    ("scusa, il nome giusto è Ilse Marri", "name", "Ilse Marri"),
    ("이름 정정: 마르일세입니다", "name", "마르일세"),
    ("zmień firmę na Marr i Synowie", "company", "Marr i Synowie"),
    ("hon heter Ilse Marr-Åberg, inte bara Marr", "name", "Ilse Marr-Åberg"),
])
def test_corrections_in_yet_more_words(fix: str, field: str, value: str) -> None:
    state = _chat("US", "Ilse Marr, ilse@marr.example, 212 555 0123, Marr Fisk", fix)
    assert state.fields[field] == value


def test_where_she_works_in_russian_after_her_name() -> None:
    state = _chat("RU", "Агафья Соболева", "она из компании Медовый Лес")
    assert state.fields == {"name": "Агафья Соболева", "company": "Медовый Лес"}


def test_x_at_y_alone_may_be_an_address_typed_out_but_beside_a_number_is_a_person() -> None:
    assert _read("jane at acme") == {}
    assert _read("jane at acme, 415-555-0169") == {"name": "jane", "company": "acme", "phone": "+14155550169"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Odile Marsh, Marsh, Pike & Co. LLP", {"name": "Odile Marsh", "company": "Marsh, Pike & Co. LLP"}),
    ("Odile Marsh — Marsh, Lowe & Hart LLP", {"name": "Odile Marsh", "company": "Marsh, Lowe & Hart LLP"}),
    ("Odile, Marsh & Co. LLC", {"name": "Odile", "company": "Marsh & Co. LLC"}),  # maybe Odile at Marsh & Co.
    ("Odile Marsh — Acme — Pike & Co. LLP", {"name": "Odile Marsh", "company": "Pike & Co. LLP"}),  # no comma
])
def test_a_partners_firm_keeps_its_first_partner_before_the_comma(text: str, expected: Values) -> None:
    assert _read(text, "GB") == expected


@pytest.mark.parametrize(("word", "field"), [
    ("firmę", "company"), ("firmy", "company"), ("Firma", "company"), ("Téléphone", "phone"), ("e-mail", "email"),
    ("nom", "name"), ("Numéro", "phone"), ("xyz", None),
])
def test_every_field_word_names_its_field_or_none_never_a_crash(word: str, field: str | None) -> None:
    assert corrections.field_of(word) == field


@given(st.sampled_from(["change", "zmień", "cambia", "ändere", "corrige", ""]),
       st.text(alphabet="firmęyaçéèntouslp-", min_size=1, max_size=9), st.sampled_from([" to ", " na ", ": ", " "]),
       st.text(max_size=20))
def test_a_correction_never_raises_whatever_its_field_word(verb: str, word: str, link: str, value: str) -> None:
    corrections.correction(f"{verb} {word}{link}{value}")
    _chat("PL", "Ilse Marr", f"{verb} {word}{link}{value}")


@pytest.mark.parametrize(("text", "region", "expected"), [
    # found reading the change again: a label word that as often labels a number or a plan
    ("Jane Roe, acct #4471, 212 555 0187", "US", {"name": "Jane Roe", "phone": "+12125550187"}),
    ("Account: 55120, Jane Roe", "US", {"name": "Jane Roe"}),
    ("poc: 3 weeks, Jane Roe", "US", {"name": "Jane Roe"}),
    # ... lead-in words of a call, in lower case only: capitalised, they are surnames
    ("Vu Thi Lan, Hoa Sen Travel", "VN", {"name": "Vu Thi Lan", "company": "Hoa Sen Travel"}),
    ("Ko Min-jun from Hanbit Tech", "KR", {"name": "Ko Min-jun", "company": "Hanbit Tech"}),
    ("met may chen from acme foods", "US", {"name": "may chen", "company": "acme foods"}),  # "may" is a name
    # ... titles that are also companies' words
    ("Canon Europe Ltd, Jane Roe", "GB", {"company": "Canon Europe Ltd", "name": "Jane Roe"}),
    ("Pak Suzuki Motor Co Ltd, Jane Roe", "PK", {"company": "Pak Suzuki Motor Co Ltd", "name": "Jane Roe"}),
    ("Pak Budi Santoso, PT Maju Jaya", "ID", {"name": "Budi Santoso", "company": "PT Maju Jaya"}),
])
def test_guards_found_on_a_second_reading(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected
