"""The general causes behind the misses of held-out v17 (read once, then studied), eighteenth round: one test per
cause, with invented messages of the same kind in other words and places. Guards beside a fix are look-alikes that
must still read as before."""

from __future__ import annotations

import pytest

from tests.support.conversations import Values
from tests.support.conversations import chat as _chat
from tests.support.conversations import read as _read


@pytest.mark.parametrize(("text", "region", "expected"), [
    # an amount, then "inc" (including); Dutch "ze" (they) is no Polish "ze" (from) before a lower-case word
    ("quote for 12 gates, $6,250 inc GST", "AU", {}),
    ("Stand 11.032, ze willen 4 vitrines", "NL", {}),
    # whose relative or colleague the lead is; a grandfather at a market, in Shona
    ("Lola Remy's nephew wants 80 chairs for the barangay hall", "PH", {}),
    ("Oren Vashti's boss from Brightwick Soap wants a demo", "US", {"company": "Brightwick Soap"}),
    ("Mbuya from Sakubva Musika wants 30 buckets", "ZW", {}),
    # openers and greetings in more languages: Turkmen, Bosnian, Kirundi, the Pacific
    ("täze müşderi geldi", "TM", {}),
    ("novi klijent, evo redom", "BA", {}),
    ("umukiriya mushasha", "BI", {}),
    ("hafa adai, got one for you", "GU", {}),
    ("malo e lelei, new lead", "TO", {}),
    # guards: a company with a number and a legal form; Polish "ze" before a capital; the lead named after a
    # relative's word
    ("Dana Kowal, 3D Print Works Inc", "US", {"name": "Dana Kowal", "company": "3D Print Works Inc"}),
    ("Anna Nowak ze Stolarnia Nowak", "PL", {"name": "Anna Nowak", "company": "Stolarnia Nowak"}),
    ("Jane Roe's assistant Tom Lee, Quillmark", "US", {"name": "Tom Lee", "company": "Quillmark"}),
])
def test_causes_of_v17s_misses(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


def test_a_name_to_be_checked_is_no_name() -> None:
    draft = _chat("EG", "new lead", "his number is 0127 440 9831, name I'll check")
    assert "name" not in draft.fields


@pytest.mark.parametrize(("text", "region", "expected"), [
    # legal forms after a comma or in other countries' spelling: Venezuela's "C.A.", the Dominican "S.R.L.",
    # Serbia's "doo", Albania's "sh.p.k.", Québec's "s.e.n.c.r.l.", Colombia's "S.A.S. BIC", Catalan "i Fills"
    ("Yusmary Chacín, Distribuidora Maracaibo Norte, C.A., 0414-612 3380", "VE",
     {"name": "Yusmary Chacín", "company": "Distribuidora Maracaibo Norte, C.A.", "phone": "+584146123380"}),
    ("Dragana Ilić, Sremska Pekara doo", "RS", {"name": "Dragana Ilić", "company": "Sremska Pekara doo"}),
    ("Erion Dervishi from Vlora Olive sh.p.k. asked for samples", "AL",
     {"name": "Erion Dervishi", "company": "Vlora Olive sh.p.k."}),
    ("Montserrat Puig i Soler, Olis Puig i Fills", "ES",
     {"name": "Montserrat Puig i Soler", "company": "Olis Puig i Fills"}),
    # lower-case "corp"; the French bare label "entreprise"; Mauritanian "ould"
    ("si rommel dizon from iloilo dried fish corp", "PH",
     {"name": "rommel dizon", "company": "iloilo dried fish corp"}),
    ("Interlocuteur : Mamadou Barry, entreprise Kindia Fruits Export", "GN",
     {"name": "Mamadou Barry", "company": "Kindia Fruits Export"}),
    ("Sidi Mohamed ould Ahmed Salem, Nouadhibou Pêche", "MR",
     {"name": "Sidi Mohamed ould Ahmed Salem", "company": "Nouadhibou Pêche"}),
    # extensions in Persian and in Austria
    ("Tel. +43 3152 4817 Kl. 31", "AT", {"phone": "+4331524817 ext. 31"}),
    ("+98 21 8870 4412 داخلی 12", "IR", {"phone": "+982188704412 ext. 12"}),
    # a name in Chinese characters after an opener whose Latin words are in lower case
    ("new lead 司马雨桐", "CN", {"name": "司马雨桐"}),
    # guard: Danish "i" (in) joins no company
    ("new contact from Agromek i Herning", "DK", {}),
])
def test_legal_forms_labels_and_names_abroad(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("messages", "region", "company"), [
    # where they work, said after a hedge; "wait no — it's …" corrects the company just given; a request about
    # someone else is no company's name
    (("Chanda Mwale, Lusaka Honey Growers, 0977 415 833, chanda@lusakahoney.zm",
      "sorry, she's with Copperbelt Apiaries Co-op, not Lusaka"), "ZM", "Copperbelt Apiaries Co-op"),
    (("Aigerim Sadykova, aigerim@atyraucement.kz, +7 701 553 2050", "Atyrau Cement Plant",
      "wait no — it's Caspian Cement Plant"), "KZ", "Caspian Cement Plant"),
    (("Faisal Al-Harbi, faisal@tabukstone.sa, 050 229 7717", "CC his colleague Saad on the quote pls",
      "Tabuk Stone Works"), "SA", "Tabuk Stone Works"),
])
def test_chat_corrections_and_requests(messages: tuple[str, ...], region: str, company: str) -> None:
    assert _chat(region, *messages).fields.get("company") == company


@pytest.mark.parametrize(("text", "region", "expected"), [
    # an elder's honorific before a full name; a Chinese surname with "boss", then the name in Latin letters
    ("Mzee Kibet arap Rotich, chairman of Nandi Hills Tea Co-operative", "KE",
     {"name": "Kibet arap Rotich", "company": "Nandi Hills Tea Co-operative"}),
    ("李总 (Mr. Li Haoran), GM of Zibo Blue Ceramics Co., Ltd.", "CN",
     {"name": "Li Haoran", "company": "Zibo Blue Ceramics Co., Ltd."}),
    ("李总, 淄博蓝瓷有限公司", "CN", {"company": "淄博蓝瓷有限公司"}),
    # guard: a given name that is also an honorific stays
    ("Anna Maria Rossi, Quillmark", "IT", {"name": "Anna Maria Rossi", "company": "Quillmark"}),
])
def test_honorifics_before_names(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a Vietnamese joint-stock company of ten words; Tajik "az" (from) and "ҶДММ" (LLC); Sinhala "aiya" after a
    # name; a business's first word after a job's words
    ("Anh Trần Quốc Bảo, Công ty Cổ phần Thủy sản Cà Mau Minh Phú Xanh, 0918 226 472", "VN",
     {"name": "Trần Quốc Bảo", "company": "Công ty Cổ phần Thủy sản Cà Mau Minh Phú Xanh", "phone": "+84918226472"}),
    ("Фарход Саидов аз ҶДММ Помир Нур", "TJ", {"name": "Фарход Саидов", "company": "ҶДММ Помир Нур"}),
    ("Nuwan aiya from the Kandy spice lane, 077 512 0938", "LK", {"name": "Nuwan", "phone": "+94775120938"}),
    ("Dott. Marco Sella, responsabile acquisti Pastificio Val Comino", "IT",
     {"name": "Marco Sella", "company": "Pastificio Val Comino"}),
    # guard: a business's word alone after a job is no company
    ("responsabile acquisti Pastificio", "IT", {}),
])
def test_companies_and_names_in_more_places(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # an honorific or a title written as a word of its own after a name ends the name (found by the property test:
    # "Jane 님이랑 Jane" read "Jane Jane", a name the rep never typed)
    ("Jane 님이랑 Jane", "KR", {"name": "Jane"}),
    ("표지안 님 한솔테크", "KR", {"name": "표지안", "company": "한솔테크"}),
    ("남궁민 부장 바다상사", "KR", {"name": "남궁민", "company": "바다상사"}),
])
def test_an_honorific_between_words_ends_the_name(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a greeting that is a business's own first words ("Kia Orana Tours", "Aloha Plumbing")
    ("Kia Orana Tours, Tevai Marsters", "CK", {"name": "Tevai Marsters", "company": "Kia Orana Tours"}),
    ("Talofa Rentals, Sina Leavasa", "WS", {"name": "Sina Leavasa", "company": "Talofa Rentals"}),
    # guards: a greeting before a name, and before a team
    ("Talofa! Sina Leavasa, Apia Rentals", "WS", {"name": "Sina Leavasa", "company": "Apia Rentals"}),
    ("Hi Team, Kai Lewin", "US", {"name": "Kai Lewin"}),
])
def test_a_greeting_that_names_a_business(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a word or a few lower-case words said with nothing marking a person: a town, a greeting, "new customer" in a
    # language LeadBot does not know (bot.domain.lone_words); nothing is guessed from them
    ("new lead - Okahandja", "NA", {}),
    ("nouveau prospect (Korhogo)", "CI", {}),
    ("Tarija", "BO", {}),
    ("naya grahak", "IN", {}),
    ("bagong kliyente", "PH", {}),
    ("új ügyfél", "HU", {}),
    # guards: a full name; words an opener or a colon introduces; an honorific, a job or an email beside the word
    ("New lead - Mele Kaufusi", "TO", {"name": "Mele Kaufusi"}),
    ("new lead: Tevita", "TO", {"name": "Tevita"}),
    ("new lead ana folau", "TO", {"name": "ana folau"}),
    ("Chị Lụa", "VN", {"name": "Lụa"}),
    ("Kalani, front desk", "US", {"name": "Kalani"}),
    ("Tevita, tevita@fonuatrading.to", "TO", {"name": "Tevita", "email": "tevita@fonuatrading.to"}),
    ("new lead 钟离子墨", "CN", {"name": "钟离子墨"}),
])
def test_words_said_alone_are_no_name(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


def test_the_chat_asks_for_the_name_after_words_said_alone() -> None:
    draft = _chat("NA", "new lead - Okahandja", "Tjipe Kazondu")
    assert draft.fields.get("name") == "Tjipe Kazondu"


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a company named alone, with no one, no email and no phone: one word, or what follows a new lead's "from", is as
    # often a town, a market or a fair as an employer (bot.domain.lone_words)
    ("spoke to the plant manager from Tauranga, wants 3 pallets", "NZ", {}),
    ("o comprador de um mercadinho na Feirinha, pedido 220", "BR", {}),
    ("nuevo lead de Villa Unión", "AR", {}),
    ("ny kunde fra Bergen Sentrum", "NO", {}),
    ("got a new one from Kigali Build", "RW", {}),
    # guards: its words say it is a business; English "at" after a job; a name beside it
    ("new lead from Karisimbi Cement Ltd", "RW", {"company": "Karisimbi Cement Ltd"}),
    ("Head of Ops at Quillfern", "US", {"company": "Quillfern"}),
    ("new lead at Lowther Cartography", "GB", {"company": "Lowther Cartography"}),
    ("CFO of Marrowdale Estates wants a call Thursday", "US", {"company": "Marrowdale Estates"}),
    ("Ana Folau from Quillfern", "TO", {"name": "Ana Folau", "company": "Quillfern"}),
])
def test_a_company_said_alone(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    # two capitalised words before an opener that ends the message are as often the lead as a greeting (held-out v18
    # had "<a full name>, new lead"): they stay the name
    ("Aigerim Sadykova, new lead", "KZ", {"name": "Aigerim Sadykova"}),
    ("Mere Tuilagi, mere@tuilagi-farms.ws, new lead", "WS",
     {"name": "Mere Tuilagi", "email": "mere@tuilagi-farms.ws"}),
    ("Ravi, new lead: Meera Pillai", "IN", {"name": "Meera Pillai"}),
])
def test_words_before_an_opener_that_ends_the_message(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected


def test_a_word_after_a_title_is_no_company() -> None:
    # (a title cuts the item: "Mr." then "Kato" read as a company of its own, when asked for the email)
    draft = _chat("UG", "Lead from Kampala: Nakato Prossy Ssemakula", "her boss is Mr. Okello, don't put him")
    assert draft.fields == {"name": "Nakato Prossy Ssemakula"}


def test_a_word_answers_the_chat_asking_for_the_company() -> None:
    # with the name known, one word said as an item of its own is where they work, even beside another
    draft = _chat("US", "Dana Whitlow", "dana@whitlowfarm.com", "+1 212 555 0187", "Whitlow, Zxcv")
    assert draft.fields.get("company") == "Whitlow"


@pytest.mark.parametrize(("text", "region", "expected"), [
    # a square, a district or a tower is where someone is, not an employer
    ("meeting w/ the owner Thursday 3pm, Mission District", "US", {}),
    ("someone from Telstra Tower", "AU", {}),
    ("Bro from Sim Lim Square wants 3 laptops", "SG", {}),
    # "Bro", "Sis" call someone unnamed; "Kuya", "Ate", "Oga", "Tío" before a name are honorifics
    ("Sis from Nyamakima wants samples", "KE", {}),
    ("Kuya Ben, ben.dizon@quiapoprints.ph", "PH", {"name": "Ben", "email": "ben.dizon@quiapoprints.ph"}),
    ("Oga Emeka, Alaba Electronics Ltd", "NG", {"name": "Emeka", "company": "Alaba Electronics Ltd"}),
    ("Tío Pepe from Mercado Central, 10 cajas", "CL", {"name": "Pepe"}),
    # guards: an organisation that is a district; a business named for a tower with its legal form; Tito is a name
    ("Head of IT at Marlow Unified School District", "US", {"company": "Marlow Unified School District"}),
    ("Jane Doe, Skyline Towers Ltd", "US", {"name": "Jane Doe", "company": "Skyline Towers Ltd"}),
    ("Tito Puente, Salsa Records", "US", {"name": "Tito Puente", "company": "Salsa Records"}),
])
def test_places_and_how_someone_is_called(text: str, region: str, expected: Values) -> None:
    assert _read(text, region) == expected
