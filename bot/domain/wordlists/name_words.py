"""Words in and around a person's name: honorifics, titles written after it, particles, the pronouns
that stand for it, and the words that end it."""

from __future__ import annotations

# Honorifics written after a name in Japanese, Korean and Chinese: "美咲さん", "박서연 님", "王先生".
# (with its particle first: "이수진 님과", with Lee Su-jin)
HONORIFIC_SUFFIXES = ("님과", "님이랑", "님께", "씨와", "씨랑", "さん", "様", "さま", "氏", "くん", "님", "씨", "先生",
                      "女士", "小姐", "जी", "साहब", "साहेब",
                      "صاحب", "صاحبہ", "මහත්මිය", "මහතා", "මිය")  # Urdu "sahib", Sinhala "Mrs", "Mr"
# Honorifics written as a word before a name in scripts whose titles the title pattern cannot bound (their
# last letter is a vowel sign): Amharic "አቶ" (Mr), Hindi "श्री", Bengali "জনাব", Urdu "جناب", Tamil "திரு." …
TITLES_BEFORE_NAME = frozenset({
    "አቶ", "ኣቶ", "ወ/ሮ", "ወይዘሮ", "ወ/ሪት", "ዶ/ር", "श्री", "श्रीमान्", "श्रीमान", "श्रीमती", "सुश्री", "डॉ.", "डॉ", "জনাব",
    "জনাবা", "শ্রী", "শ্রীমতী", "ডাঃ", "جناب", "مهندس", "دکتر", "الحاج", "الحاجة", "الشيخ", "الشيخة", "أ.", "د.", "திரு.",
    "திரு", "திருமதி", "செல்வி", "ஸ்ரீ",
})
# ... and job titles written as a word after the name: "鈴木 健太郎 部長", "김서연 과장", "王伟 经理".
TITLES_AFTER_NAME = frozenset({"部長", "課長", "社長", "係長", "主任", "専務", "常務", "取締役", "代表", "부장", "과장",
                               "차장", "대리", "사장", "대표", "이사", "팀장", "실장", "经理", "總經理", "总经理",
                               "經理", "主管", "董事长", "董事長", "总监", "總監", "课长", "部长", "负责人", "負責人",
                               "担当", "マネージャー", "매니저", "본부장", "상무", "전무", "Hanım", "Hanim", "Bey",
                               "Hanımefendi"})

# How reps call someone whose name they do not give: a kinship word, an honorific or a title alone ("Oga at the
# trade fair booth", "Bhai from Sadar Bazar", "Uncle at Owino market", "Herr Doktor vom Einkauf"). A name made only
# of these is no name.
ADDRESS_WORDS = frozenset({
    "oga", "ato", "mama", "mami", "baba", "papa", "uncle", "auntie", "aunty", "aunt", "hajji", "haji", "hajjah",
    "hajia", "alhaji", "alhaja", "mallam", "malam", "bhai", "bhaiya", "bhaiyya", "didi", "dada", "dai", "bhauju",
    "aiyya", "akka",
    "anna", "amma", "appa", "thambi", "bhabhi", "sahab", "sahib", "saab", "ji", "pak", "bapak", "bu", "ibu", "mas",
    "mbak", "kak", "kakak", "abang", "bang", "adik", "kuya", "ate", "tita", "tito", "manong", "manang", "don", "doña",
    "dona", "señor", "señora", "senhor", "senhora", "seu", "sr", "sra", "ma'am", "madam", "madame", "mdm", "sir",
    "boss", "chief", "sheikh", "sheikha", "pasha", "basha", "bey", "hanım", "ustaz", "ustad", "mzee", "bwana", "bibi",
    "herr", "frau", "doktor", "doctor", "dr", "prof", "professor", "mister", "mr", "mrs", "ms", "miss", "monsieur",
    "mademoiselle", "signore", "signora", "khun", "anh", "chị", "em", "ông", "bà", "cô", "chú", "bác", "lola", "lolo",
    "pan", "pani", "gospodin", "gospozha", "hr", "fru", "mevrouw", "meneer", "guy", "lady", "gentleman", "gent",
    "ဦးလေး", "ဦး", "ဒေါ်", "الحاج", "الحاجة", "حاج", "حاجة", "باشا", "الباشا", "أستاذ", "الأستاذ", "استاذ", "أخي", "اخي",
    "عمو", "خالة", "ابو", "أبو", "ام", "أم", "דוד", "אדון", "गुरुजी", "भाई", "भैया", "दीदी", "जी", "साहब", "大哥", "大姐",
    "阿姨", "叔叔", "老板", "先生", "女士", "小姐", "사장님", "선생님", "형님", "언니", "오빠", "누나",
    "dottore", "dottoressa", "ingegnere", "avvocato", "direktorin", "direktor",
    "اللي", "الي", "يلي",  # ("الحاج اللي في معرض …": the hajji who was at the fair)
    # more kinship words, honorifics and nicknames reps use for someone they did not name: "the Hagga at Khan
    # el-Khalili", "Sethji at Anarkali Bazaar", "Апа from Barakholka", "Domla", "Tantie", "Boro Bhai", "Hacı Abi",
    # "La Tata", "Weyzero", "Jjajja", "Le Patron", "الحجي", "Towkay", "Bong Srey", "El Tano", "Veci", "Seño",
    # "the Mudeer", "the Khal", "Эже", "the Sensei", "Bossman", "Faifekau", "Hofrat", "Someone's PA"
    "hagga", "hagg", "hajj", "hadj", "hadja", "hajja", "sethji", "seth", "setji", "apa", "апа", "ака", "aka", "эже",
    "eje", "domla", "домла", "tantie", "tanti", "tatie", "tata", "abi", "abla", "hacı", "teyze", "amca", "dayı",
    "patron", "patronne", "weyzero", "woizero", "weizero", "jjajja", "towkay", "taukeh", "tauke", "bong", "srey",
    "pros", "tano", "flaco", "flaca", "gordo", "gorda", "veci", "vecina", "vecino", "seño", "mudeer", "mudir", "khal",
    "khala", "ammo", "aga", "agha", "آقای", "آقا", "خانم", "مهندس", "الحجي", "الحجية", "عمي", "sensei", "senpai",
    "lad", "bossman", "faifekau", "hofrat", "oom", "tannie", "ouma", "oupa", "boro", "apu", "bhaijan", "mboga", "pa",
    "someone's",
    "somebody's", "พี่", "น้อง", "ป้า", "ลุง", "เจ๊", "เฮีย",
    # "the guy", "the lady" in other languages: "Der Typ vom Stand nebenan", "el tipo de …", "le mec du …"
    "الأخ", "الاخ", "أخ", "الأخت", "الاخت",  # Arabic "the brother", "the sister"
    "opa", "oma",  # Uzbek "older sister", German "grandpa", "grandma"
    # a degree or a profession said as a title: "Herr Ingenieur aus dem Einkauf", "Frau Magister", "el ingeniero"
    "ingenieur", "ingénieur", "ingeniero", "ingeniera", "engenheiro", "engenheira", "magister", "magistra",
    "typ", "kerl", "dame", "tipo", "tipa", "chico", "chica", "mec", "gars", "tizio", "tizia", "cara", "moça",
    "sekuru", "mbuya", "ambuya", "babamukuru", "mainini",  # Shona "grandfather", "grandmother", "uncle", "aunt"
    "bro", "sis", "bruv", "tío", "tía",  # ("Bro from Sim Lim Square", "Sis from Nyamakima", "el Tío del puesto")
})
# Honorifics written before a name and joined to it: Thai "คุณธนากร".
HONORIFIC_PREFIXES = ("คุณ", "ดร.", "ဦး", "ဒေါ်")  # (and Burmese U and Daw: "ဦးအောင်ကျော်မင်း")
PRONOUNS = frozenset({"he", "she", "they", "he's", "she's", "they're", "who", "who's", "hes", "shes",
                      # "elle travaille chez …", "ela é da …", "sie arbeitet bei …"
                      "elle", "ela", "ele", "ella", "él", "sie", "er", "lei", "lui", "hij", "zij", "hon", "han",
                      "ấy", "она", "он", "они", "вона", "він", "вони", "hän",
                      "hun", "ea", "ona", "ő"})  # (Danish and Norwegian, Romanian, Polish and Czech, Hungarian "she")
# Words between a pronoun and what it says: "she's actually at Ortiz Metalworks", "he's now with …".
HEDGES = frozenset({"actually", "really", "now", "still", "also", "currently", "oh", "ah", "oops", "and"})

# Lower-case words inside a capitalised name: "Leonardo da Vinci", "Ana de Armas", "Catherine of Aragon".
PARTICLES = frozenset({
    "da", "de", "del", "della", "di", "do", "dos", "das", "du", "van", "von", "der", "den", "ter", "ten",
    "la", "le", "al", "el", "bin", "bint", "binti", "bte", "ibn", "y", "e", "of", "zu", "st.", "a/l", "a/p",
    "los", "las",  # "Ramon de los Santos"
    "dela", "delos",  # Filipino "Rodel dela Cruz"
    "i", "ben", "bat",  # Catalan "Montserrat Pujolràs i Ferrer"; Hebrew "Amitai ben Shoham"
    "af",  # Swedish "Cecilia af Trolleholm"
    "arap",  # Kalenjin "son of": "Kiprono arap Sang"
    "ould", "mint",  # Mauritanian "son of", "daughter of": "Mohamed Lemine ould Cheikh Sidiya"
    "degli", "dei", "delle", "dello", "dalla", "dal",  # Italian "Ludovica degli Esposti"
})
# Particles that also mean "from" ("Till Vossberg von Nordlicht Kältetechnik").
FROM_PARTICLES = frozenset({"van", "von", "de", "di", "da", "do", "du", "dal", "dalla", "della", "del", "dello"})
# Letters after a name that say an office or a degree: "Wanjiru Mwangi MP", "Pieter Botha SC", "Ana Ruiz, PhD"
POST_NOMINALS = frozenset({"MP", "QC", "KC", "SC", "PhD", "Ph.D", "CPA", "Esq", "MBA", "OBE", "MBE", "CBE", "FRCS",
                           "MSc", "BSc", "CFA", "PE", "RN", "DDS", "JD", "LLB", "LLM", "MLA", "MPP", "SAN"})
# Words that end a name and start something else ("Jane Roe who works at Acme").
NAME_ENDERS = frozenset({
    "who", "is", "was", "on", "and", "in", "for", "via", "wants", "wanted", "needs", "called", "asked",
    "asking", "said", "says", "interested", "re", "about", "has", "had", "will", "would", "can", "could",
    "works", "work", "working",
})
