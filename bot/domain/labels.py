"""Labelled values in free text: ``name: Jane Roe``, ``her email is …``, ``Empresa: Cerámicas Olmo``,
``company Initrode``. A label's value runs to the next label or separator; a label without a colon counts
only where its value fits the field. Conversation corrections read the same label words."""

from __future__ import annotations

import re
import unicodedata

from bot.domain import companies, form_names, job_titles, segments
from bot.domain import wordlists as words
from bot.domain.emails_phones import PHONE_CANDIDATE, extension_words_read
from bot.domain.name_run import ends_a_sentence, only_how_someone_is_called, without_post_nominals
from bot.domain.parsed_text import ParsedText, accept

_TITLE = segments.TITLE

_LABEL_WORDS = (r"(?:full\s+)?name|e-?mail(?:\s+address)?|phone(?:\s+number)?|tel|ph|mob|mobile|cell(?:\s+phone)?|"
                r"company|org|attn|attention|"
                r"organi[sz]ation|business|firm|employer|notes?|contact|person|"
                # "firma Lykkehus Møbler A/S": the word for company in other languages, read bare as "business" is
                r"firma\s+adı|şirket\s+adı|firma|empresa|société|entreprise|azienda|bedrijf|företag|şirket|unternehmen|"
                # "компанія Слобожанські Сади", "tvrtka Paška Sol", "ettevõte Pärnu Puit", "firması Demirel …"
                r"компания|компанія|tvrtka|ettevõte|společnost|firması|şirketi|firmy|"
                # "POC Leopold …; acct Cinderhaven Bakery"; Malay "syarikat", Vietnamese "cty" (company)
                r"contactpersoon|poc|acct|account|syarikat|cty|"
                # "nombre Ana Lucía Xicará, empresa Café Atitlán", "nome Giulia Rossi, ditta Serramenti …"
                r"nombre|nome|ditta|"
                # Dutch "naam Femke Doornbosch, mobiel 06 …", French "interlocuteur Rachid Amzil"
                r"naam|mobiel|interlocut(?:eur|rice)|"
                # Lithuanian "Vardas - …; Įmonė - …", Czech "jméno …", "Kontaktperson: …", "Persona de contacto …"
                r"vardas|įmonė|jm[eé]no|kontaktperson|persona\s+de\s+contacto|yhteyshenkilö|"
                # Indonesian, Albanian, Romanian, Latvian "company": "perusahaan Rotan Cirebon", "kompania Vlora …"
                r"perusahaan|kompania|companie|uzņēmums|"
                # Afrikaans, Slovenian, Croatian, Serbian, Slovak, Hungarian, Finnish "company"; "GSM" for a mobile
                # (Belgium, the Balkans, Turkey): "maatskappy Karoo Klip", "podjetje Bohinjska Sirarna", "GSM 031 …"
                r"maatskappy|podjetje|poduzeće|preduzeće|spoločnosť|cég|yritys|gsm|"
                # Korean "name" (polite), "person in charge", "company", "contact number": "성함 구나래, 연락처 …"
                r"성함|담당자|회사|연락처")
# Labels in the languages reps write in, read only before a colon: "Empresa: Cerámicas Olmo", "tél : 01 …".
_FOREIGN_LABELS = {
    "company": ("firma", "empresa", "compañía", "compania", "société", "societe", "entreprise", "unternehmen",
                "syarikat", "cty", "công ty", "cong ty", "ድርጅት", "ኩባንያ", "ditta", "perusahaan", "kompania", "companie",
                "uzņēmums", "kompani",
                "azienda", "società", "bedrijf", "företag", "yritys", "şirket", "sirket", "spółka", "компания",
                "организация", "фирма", "εταιρεία", "会社", "公司", "회사", "שם החברה", "الشركة"),
    "name": ("nom", "nombre", "nome", "naam", "namn", "nimi", "isim", "imię", "имя", "контакт", "ansprechpartner",
             "kontakt", "contacto", "contato", "contatto", "interlocuteur", "interlocutrice", "όνομα", "名前",
             "氏名", "姓名", "名字", "이름", "담당자", "担当者", "联系人", "שם", "الاسم", "nama", "tên", "họ tên",
             "họ và tên",
             "ho ten", "ስም", "emri", "vārds", "nama kontak", "persoană de contact", "persoana de contact",
             "referente", "interlocutor", "interlocutora",
             "who"),  # ("Who: Siobhán Ní Mhurchú", with its colon)
    "email": ("correo", "courriel", "e-post", "sähköposti", "почта", "邮箱", "メール", "이메일", "e-pasts",
              "البريد", "البريد الإلكتروني", "الإيميل", "الايميل"),
    "phone": ("tél", "téléphone", "telefone", "teléfono", "telefono", "telefon", "handy", "móvil", "movil", "celular",
              "telemóvel", "telemovel", "tlm", "tlf", "mobiltelefon", "mobilnummer", "hp", "celulari", "tālr",
              "portable", "cellulare", "telefoon", "puhelin", "телефон", "тел", "τηλ", "τηλέφωνο", "電話", "电话",
              "전화", "טלפון", "هاتف", "جوال", "手机", "手機", "携帯", "sđt", "sdt", "đt", "điện thoại", "ስልክ",
              "رقم الهاتف", "رقم الجوال", "رقم الموبايل", "الهاتف", "الجوال", "mobiel",
              # Brazil's "Fone:", "Zap:", "Cel:", "Celu:", Indonesia's "Telp:", "No HP:", "WA:", Spain's "Tfno:"
              "전화번호", "휴대폰", "핸드폰",
              "fone", "cel", "celu", "zap", "wpp", "whatsapp", "whats", "wa", "telp", "no hp", "handphone", "tfno",
              "tlfn", "móvel", "movel", "mobil", "موبايل", "واتساب"),
}
_FOREIGN = "|".join(sorted((re.escape(word) for words_ in _FOREIGN_LABELS.values() for word in words_), key=len,
                           reverse=True))
_IS = r"(?:\s+(?:is|was|es|é|est|ist|è)\b|['\u2019]s\b)"  # "company is", "company's", "email es"
_LABEL = re.compile(
    # (every label starts where no word goes on before it: that test first turns away the middle of each word at
    # once, where the engine would try the six kinds of label at every position)
    r"(?<!\w)(?:"
    # "her email is …", "the number is …", "his name's …"
    # ("su email es …", "seu telefone é …", "son email est …", "ihre Nummer ist …")
    r"(?P<said>\b(?:her|his|their|the|su|sua|seu|son|sa|ihre?|seine?)\s+(?P<said_word>name|e-?mail(?:\s+address)?|phone(?:\s+number)?|number|"
    rf"mobile|cell(?:\s+phone)?|company|org|lead|contact|person|guy|lady|woman|man|buyer|office|employer){_IS}\s*:?\s*)"
    # "email: …", "Name - …", "company is …", "company name: …", "company first: …"
    rf"|(?P<label>(?<![.@])\b(?:{_LABEL_WORDS})\b)(?:\s+(?:name|first|too|also|btw|details|dulu|"
    # "Name korrigieren: …", "company updated: …"; "o nome dela é …" (her name is)
    r"korrigieren|ändern|corrected|correct|updated|update|fix|corrigido|corregido|corrigé)(?=\s*[:=]|\s+[-\u2013\u2014]\s)"
    r"|\s+(?:dela|dele)(?=\s+é\b))?"
    # ("o nome é …", "el nombre es …", "le nom est …", "der Name ist …": "is" in the languages reps write in)
    # ("tvrtka je …", "firma jest …", "cty là …", "firmaet er …", "yritys on …": "is" in more languages)
    r"(?:\s*[:=#\uff1a]|\s+[-\u2013\u2014]\s|\s+(?:is|é|es|est|è|ist|är|je|jest|là|er|ir|yra)\b"
    r"|(?:(?<=yritys)|(?<=nimi)|(?<=puhelin))\s+on\b)\s*"
    # "Name - Mariam Al Falasi | Co. - Oasis Crest Trading": "Co." labels only at an item's start
    r"|(?:^|(?<=[,;\n|])\s*)(?P<co>[Cc]o\.?)(?:\s*[:=\uff1a]|\s+[-\u2013\u2014]\s)\s*"
    # "Empresa: …", "Tel.: …", "電話：…"; Chinese says "is" right after the word ("邮箱是 …"), and Korean marks an
    # email's or a number's word ("이메일은 …"; not "회사는 나중에", the company, later)
    rf"|(?P<foreign>(?<!\w)(?:{_FOREIGN}))(?:\.?\s*[:\uff1a\u1361\u1365\u1366]|(?<=[^\x00-\u2fff])(?:是|为|為)"
    r"|(?:(?<=이메일)|(?<=메일)|(?<=전화)|(?<=번호)|(?<=연락처)|(?<=이름)|(?<=성함))[은는]"
    r"|(?:(?<=회사)|(?<=회사명))[은는](?=\s*[A-Z(（㈜]))\s*"
    # "name's …", "email's …"
    rf"|(?P<owned>\b(?:name|e-?mail|phone|number|mobile|cell|company)){_IS}\s*"
    # "company Initrode", "cell 646 555 0122" at the start of a segment: only kept when the value fits
    # (after an article too: "la empresa Cerámicas Olmo", "a cég Tokaji Hordókészítő Műhely", "het bedrijf …")
    rf"|(?:^\s*|(?<=[,;\n|/])|(?<=[,;\n|/.\u2013\u2014-]\s))(?:(?:lead|client|customer|prospect|contact|full)(?:'s)?\s+"
    r"|(?:the|a|la|le|el|il|die|das|het)\s+|l['\u2019])?"
    rf"(?P<bare>(?:{_LABEL_WORDS}))(?:\s+(?:is|é|es|est|è|ist|är|je|jest|là|er|ir|yra)(?=\s))?\s+(?=\S))",
    re.IGNORECASE,
)
_CJK_IS = re.compile("[是为為은는]")
# "name Orlando Pruitt company Pruitt Paving email …": a message that starts with a bare label may
# string more of them along without separators; each (in lower case, as typed) starts a new value.
# ("nome Gianmarco Fiorucci azienda Tessiture Fiorucci cell 347 …": the same in Italian or Spanish)
_BARE_WORDS = r"(?:name|lead|company|org|e-?mail|phone|mobile|cell|tel|nome|nombre|azienda|ditta|empresa)"
_BARE_FIRST = re.compile(rf"^\s*{_BARE_WORDS}\s+\S")
# ("… company Kimberley Pearl Diving her email is …": whose it is goes with the next label)
_BARE_NEXT = re.compile(rf"(?<!\s)\s+(?=(?:(?:her|his|their)\s+)?{_BARE_WORDS}\s+[\w+(])")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
# "the company is actually Domaine Marchand": a hedge is no part of the value
_HEDGE = re.compile(r"^(?:(?:actually|really|now|in fact|instead|officially|it's|it is|its|that's|that is|"
                    r"should be|is|spelled|spelt|spelled as|spelt as|written|"
                    # ... in the languages reps correct in: "yritys on oikeasti …", "die Firma ist eigentlich …"
                    r"oikeasti|eigentlich|en realidad|na verdade|en fait|in realtà|faktiskt|faktisk|eigenlijk|"
                    r"właściwie|zapravo|thật ra|sebenarnya)\s+)+", re.IGNORECASE)
# (searched in the lower-cased text: a case-insensitive search costs three times as much, before every ack;
# and only where a word starts: at a word's end the look-ahead fails before each word is tried)
_ANY_LABEL_WORD = re.compile(rf"\b(?=[^\W\d_])(?:{_LABEL_WORDS}|number|lead|guy|lady|woman|man|buyer|co|office)\b")
# The label pattern as it runs over the lower-cased text (it holds no capital of its own)
_LABEL_IN_LOWER_CASE = re.compile(_LABEL.pattern, _LABEL.flags & ~re.IGNORECASE)


def _labels_in(text: str, lowered: str) -> list[re.Match[str]]:
    """The labels in ``text``, found in its lower-cased copy (half the time of a case-insensitive search) and
    each matched again where it starts, so its groups are the rep's own words."""
    if len(lowered) != len(text):
        return list(_LABEL.finditer(text))  # ("İ" lower-cases to two characters: positions would shift)
    found = []
    for match in _LABEL_IN_LOWER_CASE.finditer(lowered):
        again = _LABEL.match(text, match.start())
        if again is None or again.end() != match.end():
            return list(_LABEL.finditer(text))
        found.append(again)
    return found
# The field each label names; conversation corrections read these words too.
LABEL_FIELDS = {
    "name": "name", "email": "email", "e-mail": "email", "phone": "phone", "tel": "phone",
    "mobile": "phone", "cell": "phone", "company": "company", "org": "company",
    "organisation": "company", "organization": "company", "note": "notes", "notes": "notes",
    "contact": "name", "person": "name", "number": "phone", "ph": "phone", "mob": "phone",
    "business": "company", "firm": "company", "employer": "company", "lead": "name",
    "guy": "name", "lady": "name", "woman": "name", "man": "name", "buyer": "name", "co": "company",
    "office": "company", "syarikat": "company", "cty": "company", "attn": "name", "attention": "name",
    **{word: "company" for word in ("компания", "компанія", "tvrtka", "ettevõte", "společnost", "firması", "şirketi",
                                    "firmy", "acct", "account")},
    "full": "name", "contactpersoon": "name", "poc": "name", "vardas": "name", "įmonė": "company", "jmeno": "name",
    "jméno": "name",
    "kontaktperson": "name", "persona": "name", "yhteyshenkilö": "name", "gsm": "phone",
    "firma adı": "company", "şirket adı": "company",  # Turkish "company name"
    "entreprise": "company",
    **{word: "company" for word in ("maatskappy", "podjetje", "poduzeće", "preduzeće", "spoločnosť", "cég", "yritys")},
    "성함": "name", "연락처": "phone",
    **{word: field_name for field_name, words_ in _FOREIGN_LABELS.items() for word in words_},
}


def without_accents(word: str) -> str:
    """``word`` case-folded, without accents or combining marks: "Téléphone" → "telephone", "İsim" → "isim"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(ch))


_LABEL_FIELDS_PLAIN = {without_accents(word): field_name for word, field_name in LABEL_FIELDS.items()}


def label_field(word: str) -> str | None:
    """The field a label names, however it is cased or accented ("İsim" lower-cases to "i̇sim")."""
    return LABEL_FIELDS.get(word.lower()) or _LABEL_FIELDS_PLAIN.get(without_accents(word))


# Words that are a label only before a capitalised value: "business Banksia Landscaping", never
# "business development manager".
_CAPITAL_ONLY_LABELS = frozenset({"business", "firm", "employer", "firma", "empresa", "société", "entreprise",
                                  "azienda", "bedrijf",
                                  "företag", "şirket", "unternehmen", "компания", "компанія", "tvrtka", "ettevõte",
                                  "společnost", "firması", "şirketi", "firmy", "acct", "account", "poc", "syarikat",
                                  "cty", "nombre", "nome", "ditta", "naam", "interlocuteur", "interlocutrice",
                                  "vardas", "įmonė", "jmeno", "jméno",
                                  "kontaktperson", "persona", "yhteyshenkilö", "perusahaan", "kompania", "companie",
                                  "uzņēmums", "firma adı", "şirket adı", "maatskappy", "podjetje", "poduzeće",
                                  "preduzeće", "spoločnosť", "cég", "yritys"})
# ... and, colon or not, words that as often label a number or a plan ("acct #4471", "POC: 3 weeks")
_REFERENCE_LIKE_LABELS = frozenset({"acct", "account", "poc"})
# A value ends at the next separator; the rest of the text stays for the other passes.
_AFTER_FORM_DOT = "|".join(rf"(?<=\b{form}\.)" for form in (
    "AS", "AB", "SA", "AG", "BV", "NV", "Oy", "ApS", "Ltd", "Inc", "LLC", "GmbH", "Kft", "Bhd", "Srl", "SpA", "Co"))
# (Tried only where no space stands before: a match that starts inside a run of spaces starts at the run's first too,
# and the engine tried each of the run's positions in turn, each with each split of the run among the quantifiers
# below: 4,000 spaces after a label cost three minutes. The runs inside run to their end and give nothing back
# ('++'): what follows them is no space. Every separator starts with a character that is no word's.)
_VALUE_END = re.compile(r"(?<!\s)\s*(?=\W)"
                        r"(?:[,;\n|\uff0c\u3001\u060c\u1363]|\s//?\s|\s(?:--?|[\u2013\u2014\u00b7\u2022])\s"
                        # another heading, set apart as a form is or one that names no field: "Who: Siobhán Ní Mhurchú
                        # Where: …" (not a name before a colon: "email from Perpetua Langridge: p.l@…")
                        r"|\s{2,}+(?=[A-Z][a-z]{1,15}:\s)|\s(?=(?:Where|When|What|Why|Venue|Location|Event|Source|Met)"
                        r":\s)"
                        r"|\s++and\s+(?=(?:her|his|their|the|she|he|they)\b)"
                        # a sentence's full stop: "Point of contact: Evander Mabuza. Phone # …", "… Suwaidi. email …"
                        rf"|\.(?=\s+(?:[A-Z]|{_BARE_WORDS}\b|office\b))(?<=[a-z\u00e0-\u00ff]{{2}}\.)"
                        rf"{segments.NOT_AFTER_SUFFIX}"
                        # ... and after a legal form's own dot, when a label follows: "Firma: Lofotfisk AS. Epost …"
                        rf"|(?:{_AFTER_FORM_DOT})(?=\s+(?i:{_BARE_WORDS}|epost|e-post|mail|tel|tlf|phone|office)\b))")
_ADDRESS_FIRST = re.compile(r"[^\s@,;]+@[^\s@,;]*\w(?=\s+\S)")
_BRACKETS_LAST = re.compile(r"(?<!\s)\s*(?=\([^()\n]*\)\s*(?:$|[,;\n|]))")  # (one try per run of spaces)
# "company is Nelson, Murdock & Page LLP": a suffixed company runs over its own commas.
_COMMA_COMPANY = re.compile(rf"(?:[^\W\d_][\w&'.-]*,?[ \t]+(?:(?:&|and)[ \t]+)?){{1,5}}(?:{words.COMPANY_SUFFIX})\b\.?")
_TRAILING_AND = re.compile(r"\s+and\s*$")

_TRAILING_HEDGE = re.compile(r"[\s,]+(?:actually|instead|then|sorry|désolé|perdón|perdon|btw|lol|thanks|thx|pls|please|"
                             r"not the other "
                             r"one|en fait|plutôt|mejor dicho|eigentlich"
                             # how it is spelled: "Hiske Zwijnenburg met een u", "… with two t's", "… con b"
                             r"|(?:with|met|mit|con|avec|com)\s+(?:(?:a|an|een|ein|eine|un|una|uma|one|two|double|"
                             r"twee|zwei|dos|deux|duas)\s+\S{1,3}|\w))[\s.!]*$", re.IGNORECASE)


def without_trailing_hedge(value: str) -> str:
    """"Alexis Petridis actually" → "Alexis Petridis": a word said after a value is no part of it. (Looked
    for in the value's last characters only: over a long run of spaces the search would cost quadratic time.)"""
    hedge = _TRAILING_HEDGE.search(value, max(0, len(value) - _HEDGE_REACH))
    return value if hedge is None else value[: hedge.start()]


_HEDGE_REACH = 40


def without_time_words(text: str) -> str:
    """"Maison Lambert now" → "Maison Lambert": when it was said is no part of a name or a company."""
    kept = text.split()
    while len(kept) > 1 and kept[-1].lower().strip(".,!") in words.TRAILING:
        kept.pop()
    return " ".join(kept) if len(kept) < len(text.split()) else text


def fits_bare_label(field_name: str, value: str, word: str) -> bool:
    """A label without a colon ("company Initrode", "email from …") counts only when its value looks like the
    field's: a name or a company in lower case is no common word ("no name or company yet")."""
    first = value[:1]
    if any(word in words.KOREAN_COMMON for word in value.split()):
        return False  # "회사 방문 예정" (a visit to the company planned), "담당자 미팅": no label's value
    if field_name == "notes":
        return False  # "Note for the CRM: …" is a heading; notes run to the end, so only "notes:" starts them
    if word in _CAPITAL_ONLY_LABELS:
        if words.is_placeholder(value):
            return True  # "naam onbekend", "empresa n/a": the label says there is none
        if field_name in ("name", "company") and job_titles.opens_with_role(value.split()):
            return False  # "Account Manager", "business Development Manager": a job title, no label
        # (or with its legal form, in a message typed in lower case: "firma młyn pod lipą sp. z o.o.")
        return first.isalpha() and (not first.islower() or field_name == "company" and value == value.lower()
                                    and companies.has_suffix(value))
    if field_name == "email":
        return "@" in value.split(" ", 1)[0]
    if field_name == "phone":
        return first.isdigit() or first in "+("
    if field_name in ("name", "company") and first.islower() and (
            words.plain(value.split(" ", 1)[0]) in words.COMMON or field_name == "name" and not value.islower()):
        return False
    return first.isalnum()


def _fits_owned(field_name: str, value: str) -> bool:
    """"the company's CFO Jane Roe" is no label: after "'s" a name or company starts with a capital (or
    in a script without case) and is no job title."""
    first_word = value.split(" ", 1)[0].strip(".,").lower()
    return field_name not in ("name", "company") or (
        value[:1].isalnum() and not value[:1].islower() and first_word not in words.ROLES)


# A labelled company that names none: there is none ("self-employed"), a description in lower case after an article
# ("la tienda de la esquina"), or a stand at a fair ("Lahore Expo stall 212")
_NO_EMPLOYER = re.compile(
    "^(?i:" + "|".join(sorted(map(re.escape, words.NO_COMPANY), key=len, reverse=True)) + r")[.!]?$"
    r"|^(?:la|el|los|las|le|les|the|a|an|o|um|uma|der|die|das|een|de|het)\s+[^A-Z\d]*$"
    r"|(?<!\w)(?i:" + "|".join(sorted(map(re.escape, words.STAND_WORDS), key=len, reverse=True)) + r")\s+\S*\d")


def take_labelled(text: str, result: ParsedText, region: str) -> str:
    """``name: Jane Roe, email: jane@x.io``, ``her email is …``, ``company Initrode``: a label's value runs
    to the next label or separator."""
    text = form_names.joined_name_parts(text)
    # Most messages have no label: one scan for the words spares the full pattern's alternatives.
    if is_label_chain(text):
        text = _BARE_NEXT.sub(" , ", text)
    # (a label in another language needs its colon)
    lowered = text.lower()
    maybe = (":" in text or "\uff1a" in text or "\u1361" in text or _ANY_LABEL_WORD.search(lowered) is not None
             or not text.isascii() and _CJK_IS.search(text) is not None)
    matches = _labels_in(text, lowered) if maybe else []
    if not matches:
        return text
    kept = [text[: matches[0].start()]]
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        foreign = match.group("foreign")
        word = (match.group("said_word") or match.group("label") or match.group("owned") or match.group("bare")
                or match.group("co") or "").lower().rstrip(".")
        field_name = label_field(foreign or word.split()[0])
        if field_name is None:
            kept.append(match.group(0))  # (a spelling the pattern accepts and the map lacks: no label after all)
            continue
        value, rest = text[match.end(): end], ""
        comma_company = _COMMA_COMPANY.match(value.strip()) if field_name == "company" and "," in value else None
        # "Tel:2125550187 Jane", "tel +1-720-555-0135;ext=7": a phone label's value is the number it starts with
        # (and an email label's the address: "her email is dana.kowal@quillmark.com not dana@")
        number = (PHONE_CANDIDATE.match(value.strip()) if field_name == "phone"
                  else _address_first(value.strip()) if field_name == "email" else None)
        if comma_company is not None or number is not None:
            whole = comma_company or number
            assert whole is not None
            start = len(value) - len(value.lstrip())
            rest = " , " + value[start + whole.end():]
            value = extension_words_read(whole.group(0)) if field_name == "phone" else whole.group(0)
        elif field_name != "notes":
            if field_name == "name":
                value = _TITLE.sub("", value.lstrip() + " ")  # "Contacto: Ing. Refugio …": a title's dot ends nothing
            # Everything but notes ends at the first separator; the rest stays for the other passes (and a name
            # at the brackets that end its item: "Contact: Pierre Lemaire (Lemaire & Fils SARL)")
            ends = [_VALUE_END.search(value), _BRACKETS_LAST.search(value) if field_name == "name" else None]
            cut = min((end for end in ends if end is not None), key=lambda end: end.start(), default=None)
            if cut is not None:
                rest = " , " + value[cut.end():]
                value = value[: cut.start()]
        said = value
        value = _TRAILING_AND.sub("", value.strip(" ,;/|\u2013\u2014"))
        value = without_trailing_hedge(_HEDGE.sub("", value))  # "his email's actually g@x.com", "… Acme, sorry"
        if field_name in ("email", "phone", "name") and value.endswith(".") and not value[-3:-2].isspace():
            value = value.rstrip(".")  # "Email: pam@dundermifflin.com. Company: …"
        elif field_name == "company":
            # "Company: Ruiz Foods. Phone: …" (but "Acme Inc."), "company is Breakwater Boardworks now"
            value = without_time_words(companies.without_end_dot(value))
        if ((match.group("bare") or word in _REFERENCE_LIKE_LABELS) and not fits_bare_label(field_name, value, word)
                or _POSSESSIVE.search(match.group(0)) and not _fits_owned(field_name, value)
                # "her office is Penang Circuitworks", not "the office is closed Friday"
                or word == "office" and not value[:1].isupper()
                # "Syarikat Bumbung Sungkai Sdn Bhd" is the company's own name; "syarikat Klang Palm Oleo" labels it
                or word in ("syarikat", "cty") and not match.group(0).lstrip(" ,;/|").islower()
                # ... as is "Société Chérifienne du Safran SA" (but "Firma Schwabenlicht AG" labels it): a business's
                # own first word, capitalised, before a name with a legal form
                or words.starts_a_business(word) and bool(match.group("bare"))
                and match.group("bare")[:1].isupper() and companies.has_suffix(value)):
            kept += [match.group(0) + said, rest]  # not a label after all: the words stay as they were
            continue
        if field_name == "name":
            value = without_post_nominals(_TITLE.sub("", value))
            unarticled = value.split()
            if value[:1].islower() and unarticled[0] in words.ARTICLES:
                unarticled = unarticled[1:]  # ("Nombre: el dueño")
            if value and (all(job_titles.is_job_word(word) for word in unarticled)
                          or value[:1].islower() and job_titles.is_job_word(unarticled[0] if unarticled else "")
                          or only_how_someone_is_called(value)):
                # "neuer Kontakt: Einkaufsleiter", "Contatto: responsabile ufficio tecnico di …", "Nombre: el dueño":
                # a job, not a name; "Contact person: Manang": how someone is called
                kept += [" , " + value, rest]
                continue
        if field_name == "company" and _NO_EMPLOYER.search(value) is not None:
            # "Company: self-employed", "Empresa: la tienda de la esquina", "Company: Lahore Expo stall 212"
            kept.append(rest)
            continue
        if not value:
            kept.append(rest)  # "Lead - name Aroha …": a heading, the label after it gives the value
            continue
        if field_name in ("name", "company") and not value.isascii() and any(map(ends_a_sentence, value.split())):
            kept.append(rest)  # "会社名は後で送ります" (the company's name, I'll send later): a sentence, no value
            continue
        accept(result, field_name, value, region)
        kept.append(rest)
    return " ".join(kept)


def _address_first(value: str) -> re.Match[str] | None:
    """The email address a labelled value starts with, when more words follow it."""
    match = _ADDRESS_FIRST.match(value)
    return match if match is not None and "." in match.group(0).split("@", 1)[1] else None


def labelled_fields(text: str, region: str) -> set[str]:
    """The fields ``text`` gives with a label ("… and company is Chinar Crafts LLP")."""
    found = ParsedText()
    take_labelled(text, found, region)
    return set(found.values) | set(found.problems)


def is_label_chain(text: str) -> bool:
    """``name Orlando Pruitt company Pruitt Paving``: bare labels strung along, read as a list."""
    if "note" in text:
        return False
    if _BARE_FIRST.match(text) is not None:
        return _BARE_NEXT.search(text) is not None
    # "Lena Hartwig company Hartwig Elektrotechnik cell 0151 …": two or more, with no separators at all
    return "," not in text and len(_BARE_NEXT.findall(text, 0, 2000)) >= 2
