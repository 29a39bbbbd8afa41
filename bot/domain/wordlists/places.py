"""Where and when: places, rooms in a building, events, and times. Beside a lead they name no company."""

from __future__ import annotations

import re
from importlib import resources

from bot.domain.wordlists.roles import CASELESS_DEPARTMENT_ENDINGS, CASELESS_DEPARTMENT_STARTS

# In a script without capitals, what says when ("来週火曜", "下午三点", "오후 2시"): such a word is no name and
# no company.
CASELESS_TIME_MARKS = ("時", "时", "点", "點", "曜", "星期", "礼拜", "禮拜", "下午", "上午", "中午", "晚上", "明天",
                       "今天", "昨天", "后天", "下周", "下週", "来週", "來週", "今週", "本周", "来月", "下个月", "明日",
                       "오후", "오전", "다음", "요일", "시에", "내일", "오늘", "미팅", "견적", "주말",
                       "会議室", "会议室", "회의실",  # ... or a meeting room
                       "นัด", "วันที่")  # Thai: an appointment, a date

_CASELESS_MARK = re.compile("|".join(CASELESS_TIME_MARKS) + r"|\d")


# Japanese surnames that end like a department (部, "department"): 長谷部 (Hasebe), 阿部 (Abe), 服部 (Hattori) …
_SURNAMES_LIKE_DEPARTMENTS = frozenset({
    "阿部", "安部", "長谷部", "服部", "岡部", "渡部", "矢部", "磯部", "日下部", "田部", "石部", "財部", "建部", "卜部",
    "占部", "物部", "苅部", "刈部", "野部", "綾部", "鬼部", "岩部", "真部", "神部",
})


def is_caseless_department_or_time(token: str) -> bool:
    """``採購部``, ``영업팀``, ``来週火曜15時``: a department or a time in a script without capitals."""
    # (a studio, "鹿港竹藝工作室", ends in 室 as a department does; it is a business)
    return not token.isascii() and token not in _SURNAMES_LIKE_DEPARTMENTS and not token.endswith("工作室") and (
        token.startswith(CASELESS_DEPARTMENT_STARTS) and len(token) > 4
        or token.endswith(CASELESS_DEPARTMENT_ENDINGS) and any(
            token.endswith(ending) and len(token) > len(ending) for ending in CASELESS_DEPARTMENT_ENDINGS)
        or _CASELESS_MARK.search(token) is not None)


# A stand's, a hall's or a pavilion's word at a fair, in the languages reps write in: before its number ("stand C48",
# "monter B:07"), or where someone was ("Pan ze stoiska obok": from the next stand)
_STANDS_ABROAD = frozenset({"stoisko", "stoiska", "stoisku", "stánek", "stánku", "стенд", "стенда", "стенде",
                            "الجناح", "جناح"})
STAND_WORDS = _STANDS_ABROAD | frozenset({
    "stand", "booth", "hall", "halle", "hal", "pad", "pad.", "padiglione", "pavilion", "pavilhão", "pabellón",
    "pavillon", "pavilionul", "monter", "osasto", "stends", "estande", "messestand", "bås", "stall", "montre",
    "standnummer", "hala", "sala", "kiosk", "kiosque", "puesto"})
# Where in a building: "Büro Berlin, 2. OG, Raum 214" names an office, not a company.
BUILDING_WORDS = _STANDS_ABROAD | frozenset({
    "büro", "office", "raum", "room", "floor", "etage", "og", "suite", "building", "gebäude", "reception", "lobby",
    "desk", "booth", "stand", "hall", "halle", "bureau", "oficina", "ufficio", "sede", "filiale", "branch", "campus",
    "site", "warehouse", "lager", "bldg", "sala", "salle", "pavilion", "padiglione", "pabellón", "stall"})
# ... and where in a building when a number or a letter follows ("Tower B", "Dock 7", "Gate 12"), words too
# common in companies' names to stop one anywhere else
PLACES_IN_BUILDINGS = BUILDING_WORDS | frozenset({"tower", "block", "level", "wing", "unit", "gate", "dock", "bay",
                                                 "zone", "table", "platform", "aisle"})
# What a meeting happened at: "met at Web Summit Lisbon" names an event, not where they work.
EVENT_WORDS = frozenset({
    "summit", "conference", "conf", "expo", "fair", "webinar", "meetup", "congress", "forum", "festival",
    "convention", "symposium", "hackathon", "gala", "mixer", "tradeshow", "messe", "salon", "booth", "keynote",
    "exhibition", "foire", "fuar", "fuarda", "fuardan", "fuarı", "fuarında",  # Turkish "fair", "at/from the fair"
    "გამოფენა", "გამოფენაზე", "გამოფენიდან",  # Georgian "exhibition", "at/from the exhibition"
    "ярмарка", "ярмарке", "ярмарки", "ярмарку", "ярмарок",  # Russian, Ukrainian "fair"
    "roadshow", "offsite", "workshop", "bootcamp", "annual", "world", "week", "live", "days", "races", "regatta",
    "rodeo", "marathon",
    "fiera", "feria", "feira", "salone", "congresso", "congreso", "kongress", "beurs", "targi", "mässa", "show",
    "messuilta", "messut", "messen", "messa", "mässan", "targach", "targów", "veletrh", "veletrhu", "vásár",
    "المعرض", "معرض", "выставка", "выставке", "выставки", "виставки", "έκθεση", "תערוכה", "מהתערוכה", "בתערוכה",
    "展会", "展示会", "박람회", "전시회", "부스", "ブース", "展位", "pameran", "chợ", "งานแฟร์", "प्रदर्शनी", "मेले",
    "मेला",
})

# A fair's own noun, in the languages reps write in: "Fiera di Rimini", "Dhaka BGMEA fair" name a fair, not a
# company or a person (bot.domain.companies, bot.domain.segment_reading)
FAIR_NOUNS = frozenset({"fair", "expo", "fiera", "feria", "feira", "foire", "messe", "fuar", "salone", "beurs",
                        "targi", "mässa", "tradeshow", "exhibition", "exposición", "exposição", "exposition",
                        "congreso", "congresso", "kongress"})

# What a Nordic compound ends with when it names a stand, a fair, a package or a deal, never a person:
# "Roskilde-standen", "Elmia-mässan", "Skrøbelev-pakken", "Grävlingsholm-paketet"
COMPOUND_TAILS = frozenset({
    "stand", "standen", "standet", "montern", "monter", "båsen", "bås", "mässan", "messen", "messa", "messe",
    "messut", "pakken", "pakke", "paketet", "paket", "paketti", "avtalen", "avtalet", "aftalen", "projektet",
    "prosjektet", "projekt", "tilbudet", "offerten", "kampanjen", "kampagnen", "stande", "stands",
})

# Places a rep names beside a lead ("Darnell Hayes, Chicago", "Grace from Toronto"): never a company on
# their own. Countries, the regions sales teams use, US states and Canadian provinces, large business cities.
PLACES = frozenset(word.lower() for word in """
Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|
Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|
Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|
Czechia|Czech Republic|Denmark|Djibouti|Dominican Republic|Ecuador|Egypt|El Salvador|Estonia|Eswatini|Ethiopia|
Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Guatemala|Guinea|Guyana|Haiti|Honduras|
Hong Kong|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|
Kazakhstan|Kenya|Korea|South Korea|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|
Liechtenstein|Lithuania|Luxembourg|Macau|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritius|Mexico|
Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|Holland|New Zealand|
Nicaragua|Niger|Nigeria|North Macedonia|Norway|Oman|Pakistan|Palestine|Panama|Papua New Guinea|Paraguay|Peru|
Philippines|Poland|Portugal|Puerto Rico|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|Seychelles|
Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|Spain|Sri Lanka|Sudan|Suriname|Sweden|
Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Trinidad|Tunisia|Turkey|Türkiye|Turkmenistan|
Uganda|Ukraine|UAE|United Arab Emirates|UK|United Kingdom|Britain|Great Britain|England|Scotland|Wales|
Northern Ireland|USA|US|United States|America|Uruguay|Uzbekistan|Venezuela|Vietnam|Viet Nam|Yemen|Zambia|
Zimbabwe|Europe|Asia|Africa|Latin America|North America|South America|Middle East|Scandinavia|Nordics|
EMEA|APAC|LATAM|DACH|Benelux|ANZ|MENA|Bay Area|Silicon Valley|Midwest|East Coast|West Coast|Northeast|Northwest|
Southeast|Southwest|Pacific Northwest|Mid-Atlantic|New England|Sub-Saharan Africa|East Africa|West Africa|
Southern Africa|North Africa|Central Asia|Southeast Asia|South Asia|Gulf|GCC|Caribbean|Central America|
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|
Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|
Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|
Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|
Washington|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|Québec|British Columbia|Alberta|Manitoba|
Saskatchewan|Nova Scotia|New Brunswick|
NYC|New York City|Manhattan|Brooklyn|Los Angeles|LA|San Francisco|SF|Chicago|Houston|Phoenix|Philadelphia|
San Antonio|San Diego|Dallas|San Jose|Austin|Jacksonville|Columbus|Charlotte|Indianapolis|Seattle|Denver|
Boston|Nashville|Detroit|Portland|Las Vegas|Memphis|Louisville|Baltimore|Milwaukee|Albuquerque|Tucson|
Sacramento|Kansas City|Atlanta|Miami|Raleigh|Minneapolis|Tampa|Orlando|Pittsburgh|Cincinnati|Cleveland|
St. Louis|Salt Lake City|New Orleans|Honolulu|Anchorage|Toronto|Montreal|Montréal|Vancouver|Calgary|Ottawa|
Edmonton|Winnipeg|Mexico City|Guadalajara|Monterrey|London|Manchester|Birmingham|Leeds|Glasgow|Edinburgh|
Liverpool|Bristol|Cardiff|Belfast|Dublin|Cork|Paris|Lyon|Marseille|Toulouse|Nice|Lille|Bordeaux|Berlin|
Hamburg|Munich|München|Cologne|Köln|Frankfurt|Stuttgart|Düsseldorf|Dusseldorf|Leipzig|Dresden|Vienna|Wien|
Zurich|Zürich|Geneva|Genève|Basel|Bern|Amsterdam|Rotterdam|The Hague|Utrecht|Eindhoven|Brussels|Antwerp|
Madrid|Barcelona|Valencia|Seville|Sevilla|Bilbao|Lisbon|Lisboa|Porto|Rome|Roma|Milan|Milano|Naples|Turin|
Torino|Florence|Bologna|Athens|Thessaloniki|Istanbul|Ankara|Izmir|Warsaw|Warszawa|Kraków|Krakow|Wrocław|
Gdańsk|Prague|Praha|Brno|Budapest|Bratislava|Bucharest|Sofia|Belgrade|Zagreb|Ljubljana|Kyiv|Kiev|Lviv|
Moscow|St Petersburg|Saint Petersburg|Minsk|Riga|Tallinn|Vilnius|Helsinki|Stockholm|Gothenburg|Göteborg|
Malmö|Oslo|Bergen|Copenhagen|København|Aarhus|Reykjavik|Reykjavík|Tel Aviv|Jerusalem|Haifa|Dubai|Abu Dhabi|
Doha|Riyadh|Jeddah|Kuwait City|Muscat|Manama|Beirut|Amman|Cairo|Alexandria|Casablanca|Rabat|Tunis|Algiers|
Lagos|Abuja|Accra|Nairobi|Mombasa|Addis Ababa|Kampala|Kigali|Dar es Salaam|Johannesburg|Joburg|Cape Town|
Durban|Pretoria|Dakar|Kinshasa|Luanda|Mumbai|Bombay|Delhi|New Delhi|Bangalore|Bengaluru|Hyderabad|Chennai|
Kolkata|Pune|Ahmedabad|Jaipur|Gurgaon|Gurugram|Noida|Karachi|Lahore|Islamabad|Dhaka|Colombo|Kathmandu|
Beijing|Shanghai|Shenzhen|Guangzhou|Chengdu|Hangzhou|Wuhan|Nanjing|Tianjin|Xi'an|Taipei|Kaohsiung|Tokyo|
Osaka|Kyoto|Yokohama|Nagoya|Fukuoka|Sapporo|Kobe|Seoul|Busan|Incheon|Singapore|Kuala Lumpur|KL|Penang|
Jakarta|Surabaya|Bali|Bangkok|Chiang Mai|Phuket|Manila|Cebu|Hanoi|Ho Chi Minh City|Saigon|Da Nang|
Phnom Penh|Yangon|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart|Darwin|Gold Coast|Auckland|
Wellington|Christchurch|São Paulo|Sao Paulo|Rio de Janeiro|Rio|Brasília|Brasilia|Belo Horizonte|
Porto Alegre|Curitiba|Recife|Salvador|Fortaleza|Buenos Aires|Córdoba|Rosario|Santiago|Lima|Bogotá|Bogota|
Medellín|Medellin|Cali|Quito|Guayaquil|Caracas|Montevideo|Asunción|La Paz|San Juan|Havana|Panama City|
San José|Guatemala City|Almaty|Astana|Tashkent|Baku|Tbilisi|Yerevan
""".replace("\n", "").split("|")) | frozenset()  # (and the world's large cities: below)
# Cities that are as often a person's name, a word or a name's particle ("Victoria", "Reading", Turkey's Van):
# left out of PLACES, so "Victoria Santos" and "van der Berg" read as before.
_NOT_ONLY_CITIES = frozenset({
    "van", "reading", "sale", "salé", "nice", "oral", "pest", "perm", "kira", "gaya", "kota", "hue", "huế", "tete",
    "florence", "victoria", "aurora", "salvador", "santiago", "columbus", "mesa", "kita", "lima", "cali", "orel",
    "orël", "arak", "buda", "maua", "mauá", "safi", "palu", "miri", "ota", "ōta", "kobe", "lyon", "daye", "teni",
    "loni", "guli", "gumi", "imus", "jos", "essen", "aba", "ede", "bida", "yola", "oyo", "osh", "ondo", "muar",
    "tula", "xico",
    # first names and surnames: "Sofia, Acme" is someone; and the Soviet-era names in the Cyrillic list
    "sofia", "софия", "charlotte", "austin", "adelaide", "alexandria", "orlando", "hamilton", "raleigh",
    "владимир", "николаев", "киров", "калинин", "горький", "куйбышев", "тольятти", "орджоникидзе", "чкалов",
    "молотов", "брежнев",
})


def _cities() -> frozenset[str]:
    """Cities of 300,000 people or more (bot/domain/data/cities.txt, from GeoNames): "Shah Alam" after a job
    title is where they are, not where they work."""
    text = resources.files("bot.domain.data").joinpath("cities.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#")) - _NOT_ONLY_CITIES


PLACES = PLACES | _cities()
# Turkish case endings after an apostrophe: at, from ("Fuarı'nda", "İzmir'den"); a person's name takes
# them too, but then as "with" or "to" ("Ahmet'le", "Ayşe'ye"), never as a place.
TURKISH_CASE = re.compile(r"['\u2019](?:n?d[ae]n?|n?t[ae]n?)$")  # (and no event's word: "CNR Expo'dan")
# US states and Canadian provinces as written after a city: "Sacramento CA", "Halifax NS"
REGION_CODES = frozenset({
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
    "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR",
    "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
})
# Where traders are, not who employs them: "the Hajja at Souk Waqif", "Tita at SM Megamall", "Jjajja at Owino market"
# (a market's word first or last in what would be the company, which has no legal form)
MARKET_FIRST_WORDS = frozenset({"souk", "souq", "mercado", "marché", "pasar", "phsar", "shopping", "bazar", "bazaar",
                                "talaat", "ตลาด", "سوق"})
MARKET_LAST_WORDS = frozenset({
    "market", "markets", "marketplace", "bazaar", "bazar", "souk", "souq", "suq", "mall", "megamall", "mercado",
    "çarşı", "çarşısı", "pazarı", "rynek", "базар", "рынок", "bazari", "sokoni", "marknad", "markt", "markkinat",
    "pasar", "feira", "marché", "chợ", "haat", "mandi", "musika",  # (Shona "market": "Mbare Musika")
})
# What a venue's name ends with: "Jockey Plaza", "Palace Grounds", "Fieldays showgrounds", "Riyadh Front" is where
# a fair was, no one's name and no employer ("Park" is a surname too, so it is not here); and where someone is, a
# square, a district or a tower ("Sim Lim Square", "Mission District", "Telstra Tower")
VENUE_ENDINGS = frozenset({"plaza", "grounds", "showground", "showgrounds", "fairground", "fairgrounds", "arena",
                           "stadium", "front", "dome", "expocenter", "expocentre", "messegelände", "recinto", "feria",
                           "square", "district", "tower", "towers"})
# How a rep met someone: "Met Ines Ruiz at SaaStr Annual" may name where they met, not where they work.
MEETING_WORDS = frozenset({"met", "meet", "saw", "caught", "bumped", "ran", "spoke", "chatted", "talked"})
# Whole weekdays, in the languages reps write in: "Dienstag 14 Uhr" is when, never a company.
WEEKDAYS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag",
    "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
    "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "lunedì",
    "martedì", "mercoledì", "giovedì", "venerdì",
    # and as they are written after "by", "on", "until" in Russian, Ukrainian, Polish, Dutch, the Nordic languages:
    # "оплата до пятницы", "w środę", "op vrijdag", "på fredag"
    "понедельник", "понедельника", "вторник", "вторника", "среда", "среду", "среды", "четверг", "четверга",
    "пятница", "пятницу", "пятницы", "суббота", "субботу", "субботы", "воскресенье", "воскресенья",
    "понеділок", "вівторок", "середа", "середу", "четвер", "пʼятниця", "п'ятницю", "п'ятниці", "субота", "суботу",
    "неділя", "неділю", "poniedziałek", "środę", "sobotę", "niedzielę",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "måndag", "tisdag", "lördag", "söndag",
    # (not Poland's "Piątek", "Sobota", "Środa" nor Turkey's "Cuma", "Pazar": surnames too)
})
# Weekdays cut short: "call Fri" is when, and no one is called Fri (but "Sat" and "Sun" are names too).
WEEKDAY_SHORT = frozenset({"mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri"})
# A region a job covers, alone: "Regional Sales Head (North)" names neither a person nor a company
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "central", "northeast", "northwest", "southeast",
                           "southwest"})
# Months, in the languages reps write in: "el 3 de junio", "le 5 mai", "am 12. März" (not "may", "june", "april",
# "august", "maja": names; nor "mars", "marca": a company, a brand)
MONTHS = frozenset({
    "january", "february", "march", "july", "september", "october", "november", "december", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre",
    "noviembre", "diciembre", "janvier", "février", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember",
    "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
    "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
    "januari", "februari", "maart", "mei", "augustus", "stycznia", "lutego", "kwietnia", "czerwca",
    "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
    "जनवरी", "फ़रवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर",
})
# ... and those that are names too, which a day's number beside them makes a date: "Sent: Wednesday, June 14"
MONTHS_BEFORE_A_DAY = MONTHS | frozenset({"april", "may", "june", "august"})
# When something happens: "Zoom Tues", "Termin Dienstag 14 Uhr", "by March".
TIME_WORDS = WEEKDAYS | WEEKDAY_SHORT | MONTHS | frozenset({
    "today", "tomorrow", "sat", "sun", "eod",
    "eow", "eom", "q1", "q2", "q3", "q4", "h1", "h2", "fy", "uhr", "segunda", "terça", "quarta", "quinta", "sexta",
    "heute", "morgen", "demain", "aujourd'hui",
    "mañana", "hoy", "amanhã", "hoje", "domani", "oggi",
    "kw", "wk", "cw",  # a calendar week: "KW 50"
    "النهارده", "النهاردة", "اليوم", "أمس", "امس", "امبارح", "بكرة", "غدا", "غداً", "زيارة", "الزيارة",
    "يوم", "الساعة", "ساعة", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "ביום", "בשעה",
    # Hindi "next week", "today", "tomorrow", the weekdays, "o'clock"
    "अगले", "अगला", "अगली", "हफ्ते", "हफ़्ते", "हफ्ता", "सप्ताह", "आज", "कल", "परसों", "महीने", "सोमवार", "मंगलवार",
    "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार", "बजे",
    # Georgian weekdays, and "on" them: "ხუთშაბათს დავურეკავ" (I'll call on Thursday)
    # Korean "today", "tomorrow", "yesterday", "the day after", "morning", "afternoon", "next week": "내일 오전 10시"
    "오늘", "내일", "어제", "모레", "오전", "오후", "아침", "저녁", "다음주", "이번주",
    "ორშაბათი", "სამშაბათი", "ოთხშაბათი", "ხუთშაბათი", "პარასკევი", "შაბათი", "კვირა", "ორშაბათს", "სამშაბათს",
    "ოთხშაბათს", "ხუთშაბათს", "პარასკევს", "შაბათს", "კვირას",
})
