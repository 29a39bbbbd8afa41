"""The general causes behind the misses of held-out v15 (read once, then studied), sixteenth round: one test
per cause, with invented messages of the same kind in other words and places. Guards beside a fix are
look-alikes that must still read as before."""

from __future__ import annotations

import pytest

from tests.support.conversations import Values
from tests.support.conversations import chat as _chat
from tests.support.conversations import read as _read


@pytest.mark.parametrize(("text", "region", "expected"), [
    # labels in Arabic for the phone and the email are no company
    ("الاسم: ليلى الجبوري\nرقم الجوال: 0791 234 5678\nالبريد: layla@example.iq", "IQ",
     {"name": "ليلى الجبوري", "phone": "+9647912345678", "email": "layla@example.iq"}),
    # greetings and "a new client" in Haitian Creole and Bulgarian; a full-width exclamation ends a sentence
    ("Bonswa! nouvo kliyan", "HT", {}),
    ("Здравейте, нов клиент от Варна", "BG", {}),
    ("新規の問い合わせです、よろしくお願いします！", "JP", {}),
    # Uzbek "older sister" alone names no one
    ("Opa at Siyob bazaar, 200 kg, will send her number later", "UZ", {}),
])
def test_labels_greetings_and_sentences_abroad(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # legal forms: after a comma, in lower case after a country in brackets, the longer ones, "… for Trading"
    ("Karla Ibarra, Ibarra & Asociados, S.C.", "MX", {"name": "Karla Ibarra", "company": "Ibarra & Asociados, S.C."}),
    ("Iñigo Zubiri, Zubiri y Asociados, S.L.P.", "ES",
     {"name": "Iñigo Zubiri", "company": "Zubiri y Asociados, S.L.P."}),
    ("Edwin Mamani, Salar Exportaciones S.A.M.", "BO",
     {"name": "Edwin Mamani", "company": "Salar Exportaciones S.A.M."}),
    ("Rima Khoury, Khoury & Fils s.a.r.l.", "LB", {"name": "Rima Khoury", "company": "Khoury & Fils s.a.r.l."}),
    ("Ida Brenner, Brenner Chemie SE & Co. KGaA", "DE",
     {"name": "Ida Brenner", "company": "Brenner Chemie SE & Co. KGaA"}),
    ("Vojtěch Novák, Dvě Kola Cyklo v.o.s.", "CZ", {"name": "Vojtěch Novák", "company": "Dvě Kola Cyklo v.o.s."}),
    ("Omar Said, Said & Sons for Trading S.A.E.", "EG",
     {"name": "Omar Said", "company": "Said & Sons for Trading S.A.E."}),
    ("nimal perera at kandy tea traders (pvt) ltd", "LK",
     {"name": "nimal perera", "company": "kandy tea traders (pvt) ltd"}),
    ("kiran fernando at colombo spice co. — call monday", "LK",
     {"name": "kiran fernando", "company": "colombo spice co."}),
    # guards: "for" after a person is no part of a company; a longer legal form stays whole
    ("Jane Roe for Acme Ltd", "US", {"name": "Jane Roe", "company": "Acme Ltd"}),
    ("Pablo Lugones, Estancia La Tranquera S.C.A.", "AR",
     {"name": "Pablo Lugones", "company": "Estancia La Tranquera S.C.A."}),
])
def test_legal_forms_of_more_countries(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # lead-ins and "works at" in more languages; a Filipino particle inside a name; "on leave" is no company
    ("Acabei de falar com a Luana Prates Carvalho, luana@example.com.br", "BR",
     {"name": "Luana Prates Carvalho", "email": "luana@example.com.br"}),
    ("Super rdv ce matin avec Bastien Roux-Ferrand", "FR", {"name": "Bastien Roux-Ferrand"}),
    ("appelé margot vasseur de chez menuiserie lenoir sarl", "FR",
     {"name": "margot vasseur", "company": "menuiserie lenoir sarl"}),
    ("sigrid haugland jobber i fjordlaks as", "NO", {"name": "sigrid haugland", "company": "fjordlaks as"}),
    ("gadałem z tomasz wrona z wrona meble sp. z o.o.", "PL",
     {"name": "tomasz wrona", "company": "wrona meble sp. z o.o."}),
    ("Engr. Paolo dela Rosa, plant manager @ Cebu Steel Works Inc.", "PH",
     {"name": "Paolo dela Rosa", "company": "Cebu Steel Works Inc."}),
    ("Inès Giordani, Maquis Rouge SAS — rappeler après le 20, elle est en congé", "FR",
     {"name": "Inès Giordani", "company": "Maquis Rouge SAS"}),
    # guard: "Super" that begins a business's name
    ("Super Nova Ltd, Jane Roe", "GB", {"name": "Jane Roe", "company": "Super Nova Ltd"}),
])
def test_lead_ins_works_at_and_particles(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # Brunei's and Malaysia's "Hajah", Malta's "Perit" before a name
    ("Hajah Siti Aminah binti Yusof, Belait Agro Sdn Bhd", "BN",
     {"name": "Siti Aminah binti Yusof", "company": "Belait Agro Sdn Bhd"}),
    ("Perit Joseph Camilleri, Gozo Stoneworks Ltd", "MT",
     {"name": "Joseph Camilleri", "company": "Gozo Stoneworks Ltd"}),
])
def test_more_titles_before_a_name(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("messages", "region", "field", "value"), [
    # corrections: "no, the company is …" in French, "no wait, it's …" in Norwegian, Dutch "foutje: hij heet …"
    (("Imane Alaoui, 06 50 12 34 86, Tanger Logistique SA", "non, la société c'est Tanger Fret SA"), "MA",
     "company", "Tanger Fret SA"),
    (("Torunn Vik, 40 61 21 92, Nordfjord Laks AS", "nei vent, det er Nordfjord Fisk AS"), "NO",
     "company", "Nordfjord Fisk AS"),
    (("Bram Visser, 06 12345046, Drentsche Kwekerij B.V.", "foutje: hij heet Abraham Visser"), "NL",
     "name", "Abraham Visser"),
])
def test_corrections_in_more_words(messages: tuple[str, ...], region: str, field: str, value: str) -> None:
    assert _chat(region, *messages).fields.get(field) == value


def test_cancel_please_cancels() -> None:
    state = _chat("CZ", "Zdeňka Holubová, 601 123 045, Holub Sklo s.r.o.", "cancel pls, it's a duplicate")
    assert state.stage.is_over


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a currency's letter before groups of digits is an amount, not a company
    ("Auntie at the front desk says the MD is away, invoice INV-4471, R 18 250, will get her cell later", "ZA", {}),
    ("Head of Procurement of Kutaisi Grain Terminal LLC", "GE", {"company": "Kutaisi Grain Terminal LLC"}),
    # guards: a number in a company's name
    ("Jane Roe, Route 66 Diner", "US", {"name": "Jane Roe", "company": "Route 66 Diner"}),
    ("Jane Roe, Bank of America Corp", "US", {"name": "Jane Roe", "company": "Bank of America Corp"}),
])
def test_amounts_after_a_currency_letter_and_a_departments_of(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a city named in Greek or Cyrillic letters is where, not who
    ("Ο υπεύθυνος αγορών, Θεσσαλονίκη, Τρίτη 10:00", "GR", {}),
    ("Директор по закупкам, Новосибирск, звонить в среду", "RU", {}),
    # guard: a first name that is also a city's stays a name
    ("Владимир Соколов, Сибирь Агро", "RU", {"name": "Владимир Соколов", "company": "Сибирь Агро"}),
])
def test_cities_in_greek_and_cyrillic_letters(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a title whose first word says what of ("Store Manager", "Key Account Manager"), or whose role is also a
    # surname ("Financial Controller", "Partner"), before a full name: the name is who
    ("Store Manager Wendy Pike, Quillfeather Office Supply", "US",
     {"name": "Wendy Pike", "company": "Quillfeather Office Supply"}),
    ("Key Account Manager Ilse Vermeulen, Vermeulen Tuinbouw BV", "NL",
     {"name": "Ilse Vermeulen", "company": "Vermeulen Tuinbouw BV"}),
    ("Financial Controller Priya Raman, Coral Reef Logistics", "SG",
     {"name": "Priya Raman", "company": "Coral Reef Logistics"}),
    ("Partner Tomás Ferreira, Ferreira Advogados", "PT", {"name": "Tomás Ferreira", "company": "Ferreira Advogados"}),
    # ... and a title between the name and the company is neither
    ("Wendy Pike, Account Manager, Quillfeather Office Supply", "US",
     {"name": "Wendy Pike", "company": "Quillfeather Office Supply"}),
    ("Kofi Mensah | Account Executive | Ashanti Freight Ltd", "GH",
     {"name": "Kofi Mensah", "company": "Ashanti Freight Ltd"}),
    ("Lena Brandt - Partner - Brandt Steuerberatung", "DE",
     {"name": "Lena Brandt", "company": "Brandt Steuerberatung"}),
    ("Noor Hassan, Leasing Agent, Marina Gate Properties", "AE",
     {"name": "Noor Hassan", "company": "Marina Gate Properties"}),
    ("Femi Ade, BDM, Lekki Solar", "NG", {"name": "Femi Ade", "company": "Lekki Solar"}),
    ("Ana Ruiz, Accounts Payable, Ruiz Hermanos", "ES", {"name": "Ana Ruiz", "company": "Ruiz Hermanos"}),
    # guards: a firm named for its partners; a first name that is a role too; a label without a colon
    ("Jonas Weber, Weber & Partner", "DE", {"name": "Jonas Weber", "company": "Weber & Partner"}),
    ("Dean Michael Smith, Acme Corp", "US", {"name": "Dean Michael Smith", "company": "Acme Corp"}),
    ("account Quillfeather Office Supply, Wendy Pike", "US",
     {"name": "Wendy Pike", "company": "Quillfeather Office Supply"}),
])
def test_job_titles_before_between_and_after(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a month and a day is a date, a department with a town is an office, and the rep who signs off is the rep
    # all through the message
    ("FW: lead\nFrom: Marta Quiroga\nSent: Tuesday, March 3\n\nsomeone from the Austin office wants a demo",
     "US", {"name": "Marta Quiroga"}),
    ("Met Bo Lind, Sent: June 14", "SE", {"name": "Bo Lind"}),
    ("From: Emeka (Sales Enugu)\nthe buyer wants 300 bags, will call Monday.\nRegards, Emeka", "NG", {}),
    # greetings that are given names too: bare before a surname, the name
    ("Ola Nordmann fra Fjordkraft", "NO", {"name": "Ola Nordmann", "company": "Fjordkraft"}),
    ("Shalom Levi, shalom@levi-optics.co.il", "IL", {"name": "Shalom Levi", "email": "shalom@levi-optics.co.il"}),
    # guards: the greeting before a full name, or with its comma
    ("Ola João Silva da Granja Boa", "PT", {"name": "João Silva", "company": "Granja Boa"}),
    ("Ola, novo contacto: João Silva", "PT", {"name": "João Silva"}),
    ("Marie Sales, marie@sales-atelier.fr", "FR", {"name": "Marie Sales", "email": "marie@sales-atelier.fr"}),
])
def test_dates_offices_sign_offs_and_greetings_that_are_names(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a shop named for its owner, a salon named last, a market with an owner: a business
    ("Kevin Tran - Owner - Tran's Auto Body - 714-555-0112", "US",
     {"name": "Kevin Tran", "company": "Tran's Auto Body", "phone": "+17145550112"}),
    ("Rosa Diaz, Lee's Market", "US", {"name": "Rosa Diaz", "company": "Lee's Market"}),
    ("Kim Lee from Kim's Hair Salon", "US", {"name": "Kim Lee", "company": "Kim's Hair Salon"}),
    ("Eli Cohen, Owner/Operator, Cohen Trucking", "US", {"name": "Eli Cohen", "company": "Cohen Trucking"}),
    ("Leo Martin, Front Desk, Martin Dental", "US", {"name": "Leo Martin", "company": "Martin Dental"}),
    ("Samantha Lee, Regional Manager, Northeast, Crestview Senior Living", "US",
     {"name": "Samantha Lee", "company": "Crestview Senior Living"}),
    # pronouns that are names too, before a surname
    ("Ella Cruz, Assistant Principal, Cruz Middle School", "US",
     {"name": "Ella Cruz", "company": "Cruz Middle School"}),
    ("Lei Zhang, Zhang Trading", "CN", {"name": "Lei Zhang", "company": "Zhang Trading"}),
    # guards: a company's person, a marketplace, a fair's "Salon", the pronoun before a verb
    ("Acme's Jane Roe wants a demo", "US", {"name": "Jane Roe", "company": "Acme"}),
    ("Mama at Balogun Market wants 40 bolts", "NG", {}),
    ("Ella trabaja en Cruz Middle School", "MX", {"company": "Cruz Middle School"}),
])
def test_shops_named_for_owners_and_names_that_are_pronouns(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("messages", "region", "expected"), [
    # "she didn't give one" when asked for the phone skips it, as "skip" would
    (("new lead", "Maria Gonzalez", "maria@sunsetpeds.com", "she didn't give one", "Sunset Pediatrics"), "US",
     {"name": "Maria Gonzalez", "email": "maria@sunsetpeds.com", "company": "Sunset Pediatrics"}),
    (("new lead", "Jonas Berg", "none given", "he wouldn't share it", "Berg Marine AS"), "NO",
     {"name": "Jonas Berg", "company": "Berg Marine AS"}),
    # "last name Gonzalez" after a first name alone completes it
    (("new lead", "it's Maria, from Sunset Pediatrics", "last name Gonzalez", "maria@sunsetpeds.com", "skip"), "US",
     {"name": "Maria Gonzalez", "company": "Sunset Pediatrics", "email": "maria@sunsetpeds.com"}),
    # "it's Blakely not Blake": one word of the name spelled anew
    (("Jordan Blake, jordan@brightline.com, 617-555-0144, Brightline Dental", "it's Blakely not Blake"), "US",
     {"name": "Jordan Blakely", "email": "jordan@brightline.com", "phone": "+16175550144",
      "company": "Brightline Dental"}),
    # "same as his email" takes the company the email suggests
    (("Tom Becker", "tom@harborfl.com", "617-555-0134", "Same as his email"), "US",
     {"name": "Tom Becker", "email": "tom@harborfl.com", "phone": "+16175550134", "company": "Harborfl"}),
    # guards: an unknown last name changes nothing; a word the name does not hold is no respelling
    (("Maria Gonzalez, Sunset Pediatrics", "her last name is unknown"), "US",
     {"name": "Maria Gonzalez", "company": "Sunset Pediatrics"}),
    (("Jordan Blake, Brightline Dental", "Katharina not Katarina"), "US",
     {"name": "Jordan Blake", "company": "Brightline Dental"}),
])
def test_chat_skips_completes_and_respells(messages: tuple[str, ...], region: str, expected: Values) -> None:
    assert dict(_chat(region, *messages).fields) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # what happened starts no name; a race meeting is an event
    ("Presentation at Harvard Business School went well, professor wants pilot", "US",
     {"company": "Harvard Business School"}),
    ("Onboarding at Kestrel Foods is done, they want a second site", "GB", {"company": "Kestrel Foods"}),
    ("Bloke at Cheltenham Races hospitality tent wants 30 hampers, sort it Monday", "GB", {}),
    # guards: the same word later in a name, a role that is a surname too before a full name
    ("Tina Review, tina@reviewhouse.co.uk", "GB", {"name": "Tina Review", "email": "tina@reviewhouse.co.uk"}),
    ("Pilot Jane Roe, Skyline Air", "US", {"name": "Jane Roe", "company": "Skyline Air"}),
])
def test_what_happened_is_no_name(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # Polish "Pan"/"Pani" before a full name; a region in a title; a temp is a job
    ("Pan Tomasz Nowak, kierownik zakupów, Nowak Transport Sp. z o.o.", "PL",
     {"name": "Tomasz Nowak", "company": "Nowak Transport Sp. z o.o."}),
    ("Jan Levinson, VP Northeast Sales, Dunder Mifflin", "US", {"name": "Jan Levinson", "company": "Dunder Mifflin"}),
    ("Ryan Howard, Temp, Dunder Mifflin", "US", {"name": "Ryan Howard", "company": "Dunder Mifflin"}),
    # "de la société …" introduces the company; "no name" and "the company" in other languages name nothing
    ("Rdv avec Mme Isabelle Garnier (DAF) de la société Garnier Frères", "FR",
     {"name": "Isabelle Garnier", "company": "Garnier Frères"}),
    ("Lucía Pérez de la empresa Pérez Hermanos", "ES", {"name": "Lucía Pérez", "company": "Pérez Hermanos"}),
    ("pas de nom", "FR", {}),
    ("senza nome", "IT", {}),
    ("le directeur de la société", "FR", {}),
    ("der Chef der Firma", "DE", {}),
    # guards: Pan as a surname; a particle in a name
    ("Pan Wei, Pan Trading", "CN", {"name": "Pan Wei", "company": "Pan Trading"}),
    ("Ana de la Vega, Vega Foods", "ES", {"name": "Ana de la Vega", "company": "Vega Foods"}),
])
def test_honorifics_regions_and_the_word_company(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # typed in lower case: a full name, a job's title, then where
    ("jane doe cfo at globex", "US", {"name": "jane doe", "company": "globex"}),
    ("ann perkins nurse at pawnee general", "US", {"name": "ann perkins", "company": "pawnee general"}),
    ("jane doe sales manager from acme", "US", {"name": "jane doe", "company": "acme"}),
    # "a guy named Paul", "a lady called Sue Perkins": who, after what kind of person
    ("met a guy named Paul at the expo, works for Zenith", "US", {"name": "Paul", "company": "Zenith"}),
    ("talked to a lady called Sue Perkins from Perkins Dairy", "US",
     {"name": "Sue Perkins", "company": "Perkins Dairy"}),
    # German "Herrn" (Mr, after "mit"); a legal form typed in lower case ends the name before "von"
    ("termin mit herrn becker von becker bau gmbh", "DE", {"name": "becker", "company": "becker bau gmbh"}),
    # guards: "lead" is the lead; Guy is a name
    ("Guy Ritchie, Toff Films", "GB", {"name": "Guy Ritchie", "company": "Toff Films"}),
    ("bhai ek lead add karna hai", "IN", {}),
])
def test_titles_in_lower_case_and_people_named(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("messages", "region", "field", "value"), [
    # the phone's last digits, retyped
    (("Tom Becker, 617-555-0134 x22, Harbor Freight Lines", "last 4 digits are 0143 not 0134"), "US", "phone",
     "+16175550143 ext. 22"),
    (("Tom Becker, 617-555-0134, Harbor Freight Lines", "actually the number ends with 43, not 34"), "US", "phone",
     "+16175550143"),
    # guards: digits the count does not match, old digits the phone does not end with
    (("Tom Becker, 617-555-0134, Harbor Freight Lines", "last 4 digits are 43"), "US", "phone", "+16175550134"),
    (("Tom Becker, 617-555-0134, Harbor Freight Lines", "ends in 0143 not 9999"), "US", "phone", "+16175550134"),
    # a surname or a first name named in the rep's language; "she is called …" before the name
    (("Marco Bianchi, marco@bianchi.it, Bianchi Srl", "scusa, il cognome è Bianco"), "IT", "name", "Marco Bianco"),
    (("Lena Vogt, lena@vogt-maschinen.de, Vogt Maschinen GmbH", "Nachname ist Voigt"), "DE", "name", "Lena Voigt"),
    (("Lena Vogt, lena@vogt-maschinen.de, Vogt Maschinen GmbH", "Name ist falsch, sie heißt Lena Voigt"), "DE",
     "name", "Lena Voigt"),
])
def test_chat_retypes_a_phones_end_and_names_parts(messages: tuple[str, ...], region: str, field: str,
                                                   value: str) -> None:
    assert _chat(region, *messages).fields.get(field) == value


@pytest.mark.parametrize(("text", "region", "expected"), [
    # someone called by a kinship word or an honorific alone trades where a bare word names: no employer
    ("Auntie at Makola wants 12 cartons of tomato paste, she'll call Monday", "GH", {}),
    ("Hajji from Suq al-Hamidiyah wants 40 rolls, no number yet", "SY", {}),
    # ... and a fair named before its venue and a stand is no company either
    ("Another one from Agritech Expo Lusaka, Mulungushi Centre, booth 17", "ZM", {}),
    # guards: a company's own words say it is one; a named person beside a fair keeps their name
    ("Uncle from Zenith Bank wants a loan", "NG", {"company": "Zenith Bank"}),
    ("Oga at Dangote Cement Ltd wants a quote", "NG", {"company": "Dangote Cement Ltd"}),
    ("Oga at Aba Shoe Cluster, 200 pairs", "NG", {"company": "Aba Shoe Cluster"}),
    ("Thandeka Dube from Ukhozi Grain Co-op, met at Nampo, stand 512", "ZA",
     {"name": "Thandeka Dube", "company": "Ukhozi Grain Co-op"}),
])
def test_markets_of_people_called_by_a_word_and_fairs_before_stands(text: str, region: str,
                                                                    expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("messages", "region", "company"), [
    # answering the email's suggestion: nearly, and then what it is
    (("Dana Park, dana@brightwaterlabs.com, 212-555-0143", "close - Brightwater Laboratories"), "US",
     "Brightwater Laboratories"),
    (("Dana Park, dana@brightwaterlabs.com, 212-555-0143", "yes but spelled Brightwater Labs"), "US",
     "Brightwater Labs"),
    # guards: a company whose first word is "Close"; a plain yes
    (("Dana Park, dana@brightwater.co.uk, 020 7946 0143", "Close Brothers"), "GB", "Close Brothers"),
    (("Dana Park, dana@brightwaterlabs.com, 212-555-0143", "yep"), "US", "Brightwaterlabs"),
])
def test_answers_to_the_emails_suggestion(messages: tuple[str, ...], region: str, company: str) -> None:
    assert _chat(region, *messages).fields.get("company") == company


def test_slovakias_legal_form_with_spaces() -> None:
    assert _read("Dana Park, Park Lee s. r. o.", "SK") == {"name": "Dana Park", "company": "Park Lee s. r. o."}


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a form's name in two fields, in any order and language
    ("First name: Phyllis\nLast name: Vance\nCompany: Vance Refrigeration\nPhone: (570) 555-0188", "US",
     {"name": "Phyllis Vance", "company": "Vance Refrigeration", "phone": "+15705550188"}),
    ("Last Name: Okafor, First Name: Ada, Company: Okafor Foods", "NG",
     {"name": "Ada Okafor", "company": "Okafor Foods"}),
    ("Nom : Dupont\nPrénom : Jean\nSociété : Dupont SA", "FR", {"name": "Jean Dupont", "company": "Dupont SA"}),
    ("Nombre: Juan\nApellidos: García López\nEmpresa: García SL", "ES",
     {"name": "Juan García López", "company": "García SL"}),
    ("First name: Ana", "US", {"name": "Ana"}),
    # a pasted form's empty field; "contact details" labels nothing
    ("Name: Toby Flenderson\nCompany: (blank)\nEmail: toby.f@gmail.com", "US",
     {"name": "Toby Flenderson", "email": "toby.f@gmail.com"}),
    ("Contact details below\n• Name – Creed Bratton\n• Company – Dunder Mifflin", "US",
     {"name": "Creed Bratton", "company": "Dunder Mifflin"}),
    # guards: one name label; a company named Info
    ("Surname: Hill, Hill Farms", "GB", {"name": "Hill", "company": "Hill Farms"}),
    ("Ana Lima, Info Systems Ltd", "BR", {"name": "Ana Lima", "company": "Info Systems Ltd"}),
])
def test_forms_pasted_in(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize("stall", ["sorry one sec", "just a moment", "brb", "gimme a sec"])
def test_a_rep_who_stalls_names_no_one(stall: str) -> None:
    state = _chat("US", "new lead", stall, "Dana Park")
    assert dict(state.fields) == {"name": "Dana Park"}


@pytest.mark.parametrize(("text", "region", "expected"), [
    # typed in lower case: labels strung along after "lead"; "van" before a company's legal form; "downtown"
    ("lead maria lopez company sunrise bakery", "US", {"name": "maria lopez", "company": "sunrise bakery"}),
    ("gesproken met pieter de vries van de vries bouw bv", "NL",
     {"name": "pieter de vries", "company": "de vries bouw bv"}),
    ("maria lopez runs sunrise bakery downtown", "US", {"name": "maria lopez", "company": "sunrise bakery"}),
    # guards: a lead-in "lead"; Dutch "van Dijk" is his name
    ("new lead maria lopez", "US", {"name": "maria lopez"}),
    ("gesproken met jan van dijk", "NL", {"name": "jan van dijk"}),
])
def test_lower_case_chains_and_particles(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # after a company's capitalised words, a lower-case word that joins no name starts what is said about it
    ("Dana Park, Brightwater Labs via LinkedIn", "US", {"name": "Dana Park", "company": "Brightwater Labs"}),
    ("Dana Park, Brightwater Labs that we met at SaaStr", "US", {"name": "Dana Park", "company": "Brightwater Labs"}),
    ("Dana Park, Brightwater Labs #hot", "US", {"name": "Dana Park", "company": "Brightwater Labs"}),
    ("Dana Park at Brightwater Labs for the Q3 rollout", "US", {"name": "Dana Park", "company": "Brightwater Labs"}),
    ("Dana Park from Brightwater Labs ASAP", "US", {"name": "Dana Park", "company": "Brightwater Labs"}),
    # guards: joiners and legal forms stay; a fair's words after a place; a colleague one was transferred to
    ("Dana Park, Bank of Kigali", "RW", {"name": "Dana Park", "company": "Bank of Kigali"}),
    ("Dana Park, Pinecrest Urgent Care", "US", {"name": "Dana Park", "company": "Pinecrest Urgent Care"}),
    ("Kak Nurhidayati from HR, Mid Valley expo booth 12A", "MY", {"name": "Nurhidayati"}),
    ("Inbound call, transferred to Maria on our team", "US", {}),
])
def test_what_follows_a_company_in_an_item(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


def test_a_form_fields_spaces_are_no_part_of_its_name() -> None:
    """The value of a form's field is trimmed after it is read (read lazily up to trailing spaces, a long run of
    them cost quadratic time before an ack)."""
    assert _read("First name: Ana" + " " * 300 + "\nLast name: Lima   \nCompany: Lima Foods", "BR") == {
        "name": "Ana Lima", "company": "Lima Foods"}
    assert _read("First name: Ana     , Company: Lima Foods", "BR") == {"name": "Ana", "company": "Lima Foods"}
