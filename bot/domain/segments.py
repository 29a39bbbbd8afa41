"""A message cut into the parts that may each hold a name or a company: at separators (commas,
`` - ``, `` / ``, ``|``, brackets, ``?``, ``!``, a heading's colon, a pronoun that starts a new clause),
with titles cut out and quotes or Slack formatting around a whole part taken off.
bot.domain.segment_reading reads each part."""

from __future__ import annotations

import re

from bot.domain import wordlists as words

# A legal form's own dot before a separator ("Co., Ltd. — +86 …"), unless a sentence starts after it.
_DOTTED_SUFFIXES = ("Ltd", "Ltda", "Lda", "Inc", "Corp", "Bhd", "Şti", "Kft", "Zrt", "ehf", "Coop", "spol", "Est")
NOT_AFTER_SUFFIX = "".join(rf"(?<!\b{suffix}\.)" for suffix in _DOTTED_SUFFIXES)
# ... nor a business's abbreviated word, where its name goes on to its legal form: "Gen. Trading L.L.C.",
# "San. ve Tic. A.Ş." (but "Delta Mfg. She wants a demo" ends a sentence; the look-ahead is bounded, since it
# runs at every such dot, and reads capitalised words and joining words only)
_NAME_GOES_ON = "".join(rf"(?<!\b{word}\.)" for word in words.ABBREVIATED_BUSINESS_WORDS)
_ON_TO_A_LEGAL_FORM = (r"(?:\s+(?:[A-Z&][\w&'./-]*|ve|e|y|und|and|et|de|do|da|del)){0,5}"
                       rf",?\s+(?:{words.COMPANY_SUFFIX})(?!\w)")
_NOT_INSIDE_A_NAME = rf"(?:{_NAME_GOES_ON}|(?!{_ON_TO_A_LEGAL_FORM}))"
_AFTER_SUFFIX_DOT = "|".join(rf"(?<=\b{suffix}\.\s)" for suffix in _DOTTED_SUFFIXES)
_FORM_AFTER_A_COUNTRY = r"(?:(?:(?:Pty|Pvt|Pte)\.?\s+)?(?:Ltd|Limited|Inc)|(?:Sdn\.?\s+)?Bhd|Berhad)\b"
_BRACKETED_COUNTRY = rf"[A-Z][A-Za-z]{{0,4}}\.?\)\s+{_FORM_AFTER_A_COUNTRY}"
# An honorific or a title written as a word of its own after a name ends it: "박서연 님 한빛소프트" (Ms Park, Hanbit
# Soft), "Jane 님이랑 Jane" (not "Jane Jane") (in other scripts only: "Bey" is a surname too)
_HONORIFIC_BREAK = "|".join(sorted((re.escape(word) for word in {*words.HONORIFIC_SUFFIXES, *words.TITLES_AFTER_NAME}
                                    if not word.isascii()), key=len, reverse=True))
_SEPARATORS = re.compile(
    # (every separator starts with a character that is no word's: the look-ahead turns a letter or a digit away
    # at once, where the engine would try each separator in turn at every position of the text)
    r"\s*(?=\W)"
    # a comma, but not the one inside "Co., Ltd." or "Acme, Inc.", nor a number's ("$12,500")
    r"(?:,(?!(?<=\d,)\d)(?!(?<=\bCo\.,)\s*Ltd\b)(?!\s*(?:S\.A\.(?:B\.|P\.I\.)? de C\.V|S\. de R\.L\.(?: de C\.V)?|"
    r"Ltd|Inc|LLC|L\.L\.C|LLP|Limited|Corp|Lda|Ltda|GmbH|SARL|S\.A|S\.L\.U|S\.L\.P|S\.L|S\.C|S\.r\.l|S\.p\.A|B\.V|"
    # (only where the legal form ends the company: not "Rowan Pike, SARL Pike Conseil")
    # ... or where a lower-case sentence goes on: "at Acme, Inc. asked for a demo")
    # ... and central Europe's, the Nordics' and the Baltics' written after a comma: "Tatranská Bryndziareň, s.r.o."
    r"[Ss]\.[Rr]\.[Oo]|spol\. s r\.o|[Ss]p\. z o\.o|[Dd]\.o\.o|a\.s|Zrt|Oyj|Oy|ApS|A/S|SIA|UAB|OÜ|SpA|Srl|SAS|ehf|"
    r"N\.V|Kft|Pty|Pte|Sdn|A\.Ş|C\.A|S\.R\.L)\b(?![-\w])\.?\s*(?:$|[,;\n|)\u2013\u2014?!]|\s[-/]\s|(?<=\s)[a-z]))"
    r"|[;\n|!?\[\]\u3001\u3002\u060c\uff0c\uff5c\u2192\u21d2\u2022\u1362\u1363\u1364\u1366\u055d\u104a\u104b\u0964\u0965]|\s//?\s|\s(?:--?|[\u2013\u2014]|[-=]>)\s|[\u2013\u2014]"
    # brackets, but "(Pty) Ltd" is one company, and so is Korean "(주)누리별테크" ("Co., Ltd.", written first)
    # ... nor is "Padma Knitwear (BD) Ltd." (a country in brackets, then the legal form)
    rf"|[(\uff08](?!(?:(?i:Pty|Pvt|Pte)|주|publ|haftungsbeschränkt)\.?[)\uff09]|{_BRACKETED_COUNTRY})"
    # (each branch starts with the character it cuts at and looks behind it from there: the regex engine
    # skips a branch whose first character does not match, where a look-behind first would run at every position)
    r"|[)\uff09](?<![(\uff08](?i:Pty|Pvt|Pte)[)\uff09])(?<![(\uff08](?i:Pty|Pvt|Pte)\.[)\uff09])"
    r"(?<![(\uff08]주[)\uff09])(?<!\(publ[)\uff09])(?<!haftungsbeschränkt[)\uff09])"
    rf"(?!\s+{_FORM_AFTER_A_COUNTRY})"
    # a sentence's full stop, but not an abbreviated legal form's ("Sdn. Bhd.", "Pte. Ltd.", "marble co. wants …")
    # (the dot is matched first: the look-behinds run only at a dot)
    rf"|\.(?=\s)(?<=[a-z\u00e0-\u00ff]{{2}}\.)(?<!\b[Ss]p\.){_NOT_INSIDE_A_NAME}(?!(?<=\bco\.)\s+(?![A-Z])){NOT_AFTER_SUFFIX}(?!\s+(?:{words.COMPANY_SUFFIX})\b)"
    # after a legal form's own dot, a sentence that starts ends the part; the dot stays the company's (the
    # space after the dot is where it cuts: the trailing spaces are the separator's anyway)
    rf"|\s(?<=\.\s)(?:{_AFTER_SUFFIX_DOT})(?=\s*[A-Z])(?!\s*(?:ME|EPP)\b)"  # (Brazil's "Ltda. ME": one form)
    r"|\s(?i:re):(?=\s)"  # "… from Redgum Timber re: bulk order"
    # a slash between two words ("Jane Roe/Acme Corp"), not inside "she/her", "A/S" or "w/"
    r"|/(?<=[a-z\u00e0-\u00ff]{2}/)(?=[A-Z\u00c0-\u00de][a-z\u00e0-\u00ff])"
    r"|/(?<=[\w.]/)(?=\s)"  # "Gordie MacIsaac/ Cape Breton Kelp Co./ 902-555-0153"
    r"|\s(?i:but)(?=\s)"  # "no number but he's at Ortiz Metalworks"
    r"|\.\.+(?=\s)|\u2026"  # "Ashcombe & Pryce... she'll ping me tmrw"
    r"|\s(?:>>|::)\s"  # "Thaddeus Okonkwo-Leblanc >> Hearthmoor Stoves"
    # a pronoun starts a new part: "ines wexler she's with pallas optics"
    r"|\s(?=(?i:she|he|they)(?:['\u2019](?:s|re)|\s+(?:is|was|are|works))\s)"
    r"|\s\u00b7\s"
    rf"|\s(?:{_HONORIFIC_BREAK})(?=\s+\S)"
    r"|\s(?=\d{1,2}\)\s))\s*"  # a list's numbers: "1) Halima Osei 2) Quillmark Paper 3) 07911 …"
)
_TITLES = (r"Mr|Mrs|Ms|Miss|Mx|Dr\.ssa|Dr|Prof\.ssa|Prof|Sir|Dame|Mme|Mlle|M(?=\.)|Herrn|Herr|Frau|Sr|Sra|Srta|"
           r"Dott\.ssa|Dott|"
           # professional titles before a name: ingegnere, avvocato, licenciado, Magister
           r"Ing(?=\.)|Avv(?=\.)|Lic(?=\.)|Mag(?=\.)|Ir(?=\.)|Dra|Dhr|Mevr|Encik|Puan|Shri|Smt|Κος|Κα|κ(?=\.)|"
           # a degree as a title, written out ("Licenciada Amparo Trejo"), Myanmar's "Daw" in Latin letters
           r"(?-i:Licenciad[oa]|Daw)(?=\s+(?-i:[A-ZÀ-Þ]))|"
           # "Eng.ª" (engenheira), "Adv." (advocate), "Capt.", "Bapak"/"Ibu" (Indonesian), "Rev.", "Hon."
           r"Eng(?=\.)|Engr|Atty|Adv(?=\.)|Capt|Captain|Cpt(?=\.)|Col(?=\.)|Rev(?=\.)|Hon(?=\.)|Bapak|Bpk|Ibu|Sheikh|"
           # "Sgt. (ret.) Dan Miller", "Fr. Michael O'Brien", "Lady Penelope …", "Alhaji Musa …", "Geom. Luca …",
           # "Dipl.-Kfm. Thomas …", "Mr. drs. Johan …", India's and Peru's accountants: "CA Anjali …", "CPC Rosa …"
           r"Bi(?=\.)|Bw(?=\.)|Bwana|"  # Swahili "Bi." (Mrs) and "Bw." (Mr)
           # Indonesian "Bu", Tagalog "Ginang"/"Ginoong", West Africa's "Hadjia", French "Pr." (professeur), the
           # Nordic "Fru", "Hr.", Persian "آقای" (Mr) and "خانم" (Mrs)
           # ("Pak Bambang …", but "Pak Suzuki Motor Co" is a Pakistani company: no legal form after it)
           r"Hajah|Hjh|Hj(?=\.)|Perit|"  # Brunei's and Malaysia's "Hajah", Malta's "Perit" (architect)
           rf"(?-i:Bu)(?=\s+[A-Z])|(?-i:Pak)(?=\s+[A-Z])(?![^,;\n]*\b(?:{words.COMPANY_SUFFIX})\b)|Ginang|Ginoong|Gng(?=\.)|Hadjia|Hajia|Alhaja|Pr(?=\.)|Fru|Hr(?=\.)|آقای|خانم|"
           r"Sgt|Lt(?=\.)|Maj(?=\.)|Cpl(?=\.)|\(ret\.?\)|Fr(?=\.)|Lady|Alhaji|Alhaja|Geom(?=\.)|"
           r"Rag(?=\.)|Arch(?=\.)|Dipl\.-Kfm|Dipl\.-Oec|drs(?=\.)|(?-i:CA|CPC|CPA)|C\.P(?=\.)|"
           r"Datuk Seri|Datuk|Tan Sri|Puan Sri|Dr\. med|Dato['\u2019]? Seri|Dato['\u2019]? Sri|"
           # "D.ª Covadonga", "Mevrouw Lotte De Clercq", "Khun Somchai", "Ông Phạm Văn Đức", "Av. Zeynep", "пан …"
           r"D(?=\.[ªº])|Dña|Doña|Mevrouw|Mevr|Meneer|Mijnheer|Madame|Monsieur|Signora|Signor|Señora|Señor|Senhora|"
           r"Senhor|Pani|Khun|Ông|Bà|Av(?=\.)|[Пп]ан|[Пп]ані|[Гг]оспо(?:дин|жа)|Sayın|"
           # "Sig.ra", "Dl. ing.", "Pani mgr", "DI", "Dipl.-Ing.", "Datuk Haji", "Sheikha", "Rev. Canon", "المهندس",
           # "עו״ד", "Ma'am", "Pak" before a name alone (not "Pak Suzuki Motor Co"), "Dona", "la señora", and
           # Vietnamese "chị"/"anh" in lower case only (Anh is a name; "Canon" alone is a company)
           r"Sig\.ra|Sig(?=\.)|Dl(?=\.)|Dna(?=\.)|mgr|inż(?=\.)|(?-i:DI)|Dipl\.-Ing|Haji|Hajjah|Hj(?=\.)|Sheikha|"
           r"Canon(?<=Rev\. Canon)|المهندسة|المهندس|الدكتورة|الدكتور|الأستاذة|الأستاذ|"
           r"עו[\"״]ד|ד[\"״]ר|Ma['\u2019]am|"
           r"Pak(?=\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s*(?:$|[,;|\n]|(?-i:dari|from|di)\s)"
           r"|(?:\s+[A-Z][\w'-]*){3}\s+(?-i:dari|from|di)\s)|"  # (three names only before "from": not "Pak Suzuki Co")
           r"Dona|la señora|el señor|"
           r"(?-i:[Cc]hị|anh|[Cc]ô|[Bb]ác|pan)|"
           # "Frau Magister …" (Austria), "Professor Imelda …", Burmese "ဦး" (U) and "ဒေါ်" (Daw)
           r"Magister|Magistra|Professor|Professora|Profesora|Profesor|ဦး|ဒေါ်|"
           # "Madam Abena …", "Profa. Dra. Heloísa …", "م. شريف …" (Arabic م. for مهندس, engineer)
           r"Madam|Mdm|Profa|Prof\.ª|م(?=\.)|"
           r"(?<![\u0621-\u064a]\s)(?:السيدة|السيد)|"  # Mr., Mrs. (after an Arabic word, السيد is a name)
           # Spanish and Italian "Don Ramón Ezquerra" (before a full name only: Don Draper is a Don)
           r"(?-i:Don)(?=\s+(?-i:[A-ZÀ-Þ])[\w'-]*\s+(?-i:[A-ZÀ-Þ]))|"
           # Polish "Pan Tomasz Nowak", "Pani Ewa Zielińska" (Mr, Mrs; alone, Pan is a Chinese surname: "Pan Wei")
           r"(?-i:Pani|Pan)(?=\s+(?-i:[A-ZÀ-ÞŁŚŻŹĆŃ])[\w'-]*\s+(?-i:[A-ZÀ-ÞŁŚŻŹĆŃ]))|"
           r"(?-i:Dato)['\u2019]?|"  # (Dato, not "dato shengelia": in Georgia it is a name)
           # Amharic "Ato" (Mr) and "W/ro" (Mrs), Pakistan's "Mian" and "Janab", Afrikaans "Mnr."/"Mev."/"Mej.",
           # "Mama Zuhura", "Auntie Ekuwaba", "Kuya Ben", "Ate Jo", "Oga Emeka", "Tío Pepe", "Bro Kwame", Lao "ທ່ານ"
           # and Khmer "លោក"/"លោកស្រី", and Vietnamese "Anh" (elder brother) before a family name (alone, Anh is a name)
           r"(?-i:Ato|W/ro|Weizero|Mian|Janab|Jenab|Mama|Auntie|Aunty|Kuya|Ate|Oga|Tío|Tía|Bro|Sis)"
           r"(?=\s+(?-i:[A-ZÀ-Þ]))|Mnr(?=\.)|Mev(?=\.)|"
           r"(?-i:Eng)(?=\.\s+(?-i:[A-ZÀ-Þ]))|"  # Kenya's "Eng." (engineer) before a name
           # West Africa's "El Hadj" (who made the pilgrimage), Fiji's chiefly "Ratu", before the name
           r"El[- ]Hadji?(?=\s+[^\W\d_])|Ratu(?=\s+[^\W\d_]+\s+[^\W\d_])|"
           r"Mej(?=\.)|ທ່ານ|លោកស្រី|លោក|"
           # Malay "Kak", Pakistan's "Ch." (Chaudhry), "Hajj", Czech and Slovak degrees, "Dr. h.c.", Russian "г-н"
           r"(?-i:Kak|Cik|Hajj)(?=\s+(?-i:[A-ZÀ-Þ]))|Ch(?=\.)|JUDr|MUDr|PhDr|RNDr|PaedDr|MVDr|h\.c(?=\.)|г-н|г-жа|"
           r"(?-i:Anh|Chú|Cô|Bác|Em)(?=\s+(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|"
           r"Đoàn|Trương|Lương|Đinh|Mai|Cao|Lâm|Tạ|Quách|Trịnh|Đào|Hà|Tô|Vương)\s)")
# A title before a capitalised name, anywhere: "met Dr. Aisha Khan". (Every title starts with a letter or a
# bracket: the look-ahead turns away a word's end at once, where the engine would try each title in turn.)
_TITLE_BEFORE_NAME = re.compile(
    rf"\b(?=[^\W\d_]|\()(?:{_TITLES})(?:\b\.?[ªº]?|(?<=['\u2019\u1038\u103a)]))\s+(?=[^\W\d_])")
TITLE = re.compile(rf"^(?:(?:{_TITLES})(?:\b\.?[ªº]?|(?<=['\u2019\u1038\u103a)]))\s+)+", re.IGNORECASE)
HAS_ALNUM = re.compile(r"[^\W_]")
_AT_A_COMPANY = re.compile(r"\s(?:at|@|bei|chez|hos|presso)\s+[A-Z]")  # ("Kontakt bei Rabenhorst Mühle: …")
_CJK_COMPANY_OF = re.compile(r"((?:株式会社|有限会社|合同会社)[^\sの、,]+|[^\sの、,]+(?:株式会社|有限会社|合同会社|"
                             + "|".join(words.CJK_BUSINESS_ENDINGS) + r"))の")
_CASELESS_COMPANY = re.compile(rf"(?<=\S)\s+(?=(?:{words.CASELESS_COMPANY_WORDS}))")
_GREETING = re.compile(rf"\s*(?:{words.GREETING_PHRASES})\b[\s,!.]*", re.IGNORECASE)
# "w/ Annika Strand", "lunch w/ priscilla": the shorthand for "with"
_WITH = re.compile(r"(?<!\S)w/(?=\s)", re.IGNORECASE)

_HONORIFIC_IN_ROMAJI = re.compile(r"(?<=[a-z])-(?:san|sama|sensei|kun|chan)\b")
_SPACE_RUN = re.compile(r"[^\S\n]{2,}")
_PICTURES = re.compile("(?<!\\S)[\u00a6\u00a9\u00ae\u2190-\u21ff\u2300-\u23ff\u2460-\u27bf\u2900-\u2bff\u3297\u3299"
                       "\U0001f000-\U0001faff\ufe0f\u200d]+(?!\\S)")


def segments(text: str) -> list[str]:
    """The text cut at separators; what stands before a heading's colon ("New referral:") is dropped."""
    parts: list[str] = []
    # One space for a run of them: the separators' look-arounds scan spaces, and a long run (a pasted
    # form, a message padded to the limit) would cost cubic time at every position of it.
    text = _SPACE_RUN.sub(" ", text)
    if not text.isascii():
        # "Marguerite-Anne ✨ from the marketing team", "Morning all ☕ Can you add …", "Jane ¦ Jane": a
        # picture standing alone between words separates them
        text = _PICTURES.sub(" , ", text)
    # A title is cut out as a separator would be: words on either side of it never join into one value.
    text = _TITLE_BEFORE_NAME.sub(" , ", text)
    if "の" in text:  # "株式会社ミナモト精工の佐伯透さん": the company's person
        text = _CJK_COMPANY_OF.sub(r"\1 , ", text)
    if not text.isascii():  # Thai "บริษัท", Khmer "ក្រុមហ៊ុន" (company) start a company's name
        text = _CASELESS_COMPANY.sub(" , ", text)
    if "/" in text:
        text = _WITH.sub("with", text)
    if "-" in text:
        text = _HONORIFIC_IN_ROMAJI.sub("", text)  # "Kuzuhara-san (CTO)": the name without its honorific
    greeting = _GREETING.match(text)
    if greeting is not None and greeting.group(0).lstrip()[:1].isupper() and words.greets_as_a_business(
            re.split(r"[,;\n|]", text[greeting.end():], maxsplit=1)[0].split()):
        greeting = None  # "Kia Orana Tours, Mere Tapu": the greeting is the business's own first words
    for part in _SEPARATORS.split(text if greeting is None else text[greeting.end():]):
        if "\uff1a" in part:
            part = part.replace("\uff1a", ":")  # "新規リード：樋渡 恭平": a full-width colon ends a heading too
        heading = None if ":" not in part else _last_heading_colon(part)
        if heading is not None:
            # "New referral: Jane Roe" drops its heading, but "email from Perpetua Langridge: p@x.com" (the
            # address already taken out) is all heading
            head, tail = part[:heading], part[heading + 1:]
            if HAS_ALNUM.search(tail) and _AT_A_COMPANY.search(head):
                parts.append(_without_wrapping(head.strip(" \t/-\u2013\u2014<>")))  # "VP Sales at Quantaloop: …"
            part = tail if HAS_ALNUM.search(tail) else head
        part = _without_wrapping(part.strip(" \t/-\u2013\u2014<>"))
        if HAS_ALNUM.search(part):
            parts.append(part)
    return parts


def _last_heading_colon(part: str) -> int | None:
    """Where the last colon that ends a heading is: not one inside a stand's or a time's number ("monter B:07",
    "10:30"), which is no heading."""
    at = part.rfind(":")
    while at > 0 and at + 1 < len(part) and part[at + 1].isdigit() and part[at - 1].isalnum():
        at = part.rfind(":", 0, at)
    return at if at >= 0 else None


_WRAPPERS = {'"': '"', "\u201c": "\u201d", "\u2018": "\u2019", "\u201e": "\u201c", "\u00ab": "\u00bb", "'": "'",
             "*": "*", "_": "_", "~": "~", "`": "`"}


def _without_wrapping(part: str) -> str:
    """``"Ines Ruiz"``, ``*Ines Ruiz*`` (Slack's bold): quotes or formatting around a whole value go."""
    while len(part) > 2 and _WRAPPERS.get(part[0]) == part[-1]:
        part = part[1:-1].strip()
    return part
