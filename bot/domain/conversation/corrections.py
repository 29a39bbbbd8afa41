"""What a chat message says when it corrects the draft: "actually the phone is …", "change company to
Initech", "Name falsch geschrieben, richtig ist …", "会社名は … でした", "her last name is Whitfeld", "she goes by
Winnie …". bot.domain.conversation.text reads every message and asks this module first."""

from __future__ import annotations

import re

from bot.domain import companies, labels, parsed_text
from bot.domain import wordlists as words
from bot.domain.name_run import ends_a_sentence
from bot.domain.parsed_text import ParsedText
from bot.domain.wordlists import PRONOUNS as _PRONOUNS

_FIELD_WORDS = (
    r"(?P<field>name|e-?mail(?:\s+address)?|phone(?:\s+number)?|number|mobile|cell|tel|company|org|"
    r"organi[sz]ation|notes?|spelling|spelt|spelled|"
    # "le numéro est …", "cambia l'azienda in …", "Firma bitte ändern auf …"
    r"num[ée]ro|n[úu]mero|nummer|t[ée]l[ée]phone|tel[ée]fono|telefon|handy|portable|m[óo]vil|cellulare|courriel|"
    r"correo|nom|nombre|nome|soci[ée]t[ée]|entreprise|empresa|azienda|firm[aęy]|"
    # "ändra företaget till …", "wijzig het bedrijf naar …"
    r"f[öo]retag(?:et)?|bedrijf|firman|firmaet|firmanavnet|selskapet|virksomheden|yritys|[şs]irket|spole[čc]nost|"
    # "fel namn, det är …", "oeps, haar naam is …", "sửa lại: tên là …", "công ty là …"
    r"namn(?:et)?|navn(?:et)?|naam|tên|c[ôo]ng\s+ty|"  # (not "ten": "sorry, ten units")
    # Hungarian "a cég neve …" (the company's name), Indonesian "perusahaannya …", "namanya …", "nomornya …"
    r"c[ée]g(?:\s+neve)?|perusahaan(?:nya)?|namanya|nomor(?:nya)?|įmonė|imone|vardas|nimi|"
    # Uzbek "kompaniya", Chinese "公司" (company), "名字" (name), "电话" (phone), "邮箱" (email)
    r"kompaniya(?:si)?|公司(?:名称|名稱)?|名字|姓名|电话|電話|邮箱|郵箱)"
)


# "actually the phone is …", "change company to Initech", "her email should be …", "set notes to …"
_CORRECTION = re.compile(
    # an opening clause: "actually", "scratch that,", "my bad,", "btw"
    r"^\s*(?:(?:actually|sorry|oops|correction|no|non|nee|nei|nej|nein|não|wait|scratch that|my bad|my mistake|"
    r"(?:typo|mistake) in|typo|foutje|vent|vänta|"
    r"hold on|hang on|btw|by the way|oh|ah|and|also|plus|one more thing|before i forget|en fait|en realidad|"
    r"eigentlich|in realtà|na verdade|désolé|perdón|scusa|entschuldigung|"
    # "poprawka: firma to …", "rättelse: …", "correctie: …"
    r"poprawka|korekta|rättelse|correctie|korjaus|correção|corrección|correzione|korrektur|düzeltme|oprava|"
    r"исправление|поправка|corrige|corrija|corrigir|espera|espere|aguarda|attends|warte|aspetta|wacht|czekaj|"
    r"perdona|perdão|desculpa|ой|ой-ой|oeps|rettelse|sửa lại|sửa|wrong|fel|forkert|verkeerde?|falsche?[rsn]?|ops|opa|"
    # "me equivoqué, el nombre es …", "bocs, a cég neve …", "eh salah, perusahaannya …", "oups"
    r"me\s+equivoqu[ée]|me\s+confund[íi]|errei|oups|ups|bocs|bocsi|bocsánat|eh|salah|maaf|pardon|"
    # "à nhầm, công ty là …", "ojo, la empresa es …", "sori, nimi on …", "pataisymas: įmonė …"
    r"à\s+nhầm|nhầm|xin\s+lỗi|ojo|sori|anteeksi|pataisymas|scratch\s+that|"
    r"to['\u2018\u2019\u02bb]g['\u2018\u2019\u02bb]rilang|tuzatish)"  # Uzbek "correct it", "correction"
    r"[\s,:!.\u2013\u2014-]*)*"
    r"(?:(?:please\s+)?(?:change|set|update|fix|make|correct|cambia|cambiar|changer|change|corrige|corriger|"
    r"corregir|ändere|ändern|korrigiere|aggiorna|correggi|ändra|zmień|popraw|wijzig|verander|muuta|cambiá|"
    r"cambie|corregí|mude|muda|troca|troque|altere|změň|değiştir)\s+)?"
    r"(?:(?:the|her|his|their|its|le|la|les|el|il|lo|die|der|das|o|a|de|het|haar|zijn|az)\s+|l['\u2019])?"
    + _FIELD_WORDS +
    # "company first: …", "company name: …"
    r"(?:\s+(?:first|too|also|btw|name|details|dulu)(?=\s*[:=]|\s+[-\u2013\u2014]\s|\s+(?:is|was)\s))?"
    # "il nome giusto è …", "the right name is …"
    r"(?:\s+(?:giusto|corretto|correcto|correto|correct|right|richtige?|juste|exacto|certo|poprawn[aey]|real|"
    r"completo|completa|full))?"
    # (after a comma: "typo in the name, it's Tamsin Voss")
    r"(?:\s+(?:ist|is|was|to|should\s+be|est|es|è|é|in|en|auf|a|zu|para|c['\u2019]est|till|naar|na|är|er|je|olarak|là|"
    r"adalah|heißt|heisst|heet|heter|hedder|se\s+llama|si\s+chiama|chama-se|s['\u2019]appelle|on|"
    # "bedrijf moet zijn: …", "Firma sollte … sein", "la empresa debería ser …"
    r"moet\s+zijn|muss\s+sein|sollte\s+sein|devrait\s+être|debería\s+ser|dovrebbe\s+essere|deve\s+ser)\s*:?\s+|\s*(?:=|->|:|,|[-\u2013\u2014])\s*|"
    r"\s*(?:is|was|to)(?=\S)|"  # "company is:Acme", "email to: …"
    r"\s*(?:改成|改为|改為|应该是|應該是|应为|應為)\s*|"  # "公司改成 云岭晓冬茶业有限公司" (change the company to …)
    r"\s+(?:bitte\s+)?(?:ändern|korrigieren)\s+(?:auf|in|zu)\s+|['\u2019]s\s+|\s+)(?P<value>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_SAID_WRONG = re.compile(
    r"^(?:name\s+)?(?:(?:is|was|ist|est|es|è|é)\s+)?(?:wrong|incorrect|misspelt|misspelled|a typo|not right|"
    r"falsch(?:\s+geschrieben)?|mal\s+(?:escrito|orthographi[ée]|[ée]crit)|errado|sbagliato|fout|fel)\b"
    r"[\s,;:.\u2013\u2014-]*(?:(?:it\s+)?should\s+be|richtig\s+ist|correct\s+is|the\s+right\s+one\s+is|"
    r"it['\u2019]?s|it\s+is|c['\u2019]est|es|è|é|is|ist)?\s*", re.IGNORECASE)
_USE = re.compile(r"^(?:(?:use|make\s+it|try|it['\u2019]?s|it\s+is|é|è|es|est|ist|(?:it\s+)?should\s+be|"
                  r"det\s+(?:är|er)|het\s+is|es\s+ist|c['\u2019]est|"
                  # "his name is spelled Moath …", "l'email c'est plutôt …", "el nombre es más bien …"
                  r"spelled|spelt|spelled\s+as|spelt\s+as|written|written\s+as|plut[ôo]t|rather|instead|m[áa]s\s+bien|"
                  r"eher|piuttosto|"
                  # "Name ist falsch, sie heißt Lena Voigt", "il s'appelle …", "she's called …": she is called
                  r"(?:sie|er|she|he|they)\s+(?:heißt|heisst|is\s+called)|(?:she|he)['\u2019]s\s+called|"
                  r"(?:il|elle)\s+s['\u2019]appelle|se\s+llama|se\s+chama|chama-se|si\s+chiama|(?:hij|zij)\s+heet)"
                  r"\s+)+(?=\S)", re.IGNORECASE)
# "会社名は月見窯ではなく月見陶房です": "not A but B"
_CJK_NOT_THE_OLD = re.compile(r"^.*?(?:ではなく|じゃなくて|じゃなく|이\s?아니라|가\s?아니라|아니고|"
                              r"不是.*?而是|不是.*?是)\s*")
_NOT_THE_OLD = re.compile(r"(?:\s*[,;(]\s*|\s+)(?:not|instead of|rather than)\s+\S.*$", re.IGNORECASE | re.DOTALL)


# "her last name is Whitfeld", "actually the surname's Whitfeld", "first name is Jo"
_NAME_PART = re.compile(r"^\W*(?:(?:actually|sorry|oops|wait|no|and|also|correction|hmm+|i think|i believe|so|ok|"
                        r"scusa|scusi|perdón|perdon|pardon|désolé|desolé|entschuldigung|oeps|desculpa|"
                        r"korrektur|correctie|corrección|correção|correzione|rettelse|rättelse|ach|oh|ah)"
                        r"[\s,:!.-]+)*"
                        r"(?:(?:her|his|their|the|il|el|o|le|der|die|sein|ihr|su|son|het)\s+)?"
                        r"(?:(?P<part>last|family|sur|first|given)\s*-?\s*name|(?P<surname>cognome|apellido|apellidos|"
                        r"sobrenome|nachname|familienname|achternaam|efternamn|etternavn|efternavn|sukunimi|nazwisko|"
                        r"nom\s+de\s+famille)|(?P<given>prénom|prenom|vorname|voornaam|förnamn|fornavn|etunimi|imię))"
                        r"(?:\s+(?:is|was|should be|è|es|é|ist|est|är|er|on|to)\s+|['\u2019]s\s+|\s*[:=]\s*|"
                        r"\s+(?=(?-i:[A-Z])))"
                        r"(?:(?:spelled|spelt|written)\s+)?"
                        # "… Swanepoel only", "… Vashti-Kaur actually"
                        r"(?P<value>\S+)(?:\s+(?:only|just|alone|now|actually|btw|then|sorry|thanks|thx|pls|please))?"
                        r"[\s.!]*$", re.IGNORECASE)


# "actually she goes by Winnie Castellanos-Ruiz", "he likes to be called Bob"
_GOES_BY = re.compile(r"^\W*(?:(?:actually|oh|and|also|btw|fyi|fwiw|note|sorry|rettelse|rättelse|correction|oeps|"
                      r"foutje|korrektur|correctie|scusa|scusate|perdón|perdona|pardon|désolé|desculpa|entschuldigung|"
                      r"scratch\s+that|"
                      r"oops|oups|ops)[\s,:]+)*"
                      r"(?:(?:she|he|they|hon|han|hen|hun|sie|er|elle|il|ella|él|ela|ele|zij|hij)\s+"
                      r"(?:goes\s+by|go\s+by|prefers\s+to\s+be\s+called|likes\s+to\s+be\s+called|is\s+called|"
                      r"spells\s+it|spells\s+(?:her|his|their)\s+name|writes\s+it|"
                      r"uses\s+the\s+name|heter|hedder|heet)|"
                      # (the languages that drop the pronoun: "scusa, si chiama Tommaso Rinaldini, non Rinaldelli")
                      r"(?:(?:sie|er)\s+)?heißt|(?:(?:elle|il)\s+)?s['\u2019]appelle|(?:(?:ella|él)\s+)?se\s+llama|"
                      r"(?:(?:ela|ele)\s+)?chama-se|(?:(?:lei|lui)\s+)?si\s+chiama)\s+"
                      r"(?P<value>[^\W\d_][^,;.!?\n]{0,80}?)\s*(?:[,;.!?\n].*)?$", re.IGNORECASE | re.DOTALL)


def field_of(words_: str) -> str | None:
    """The field a matched field word names: "e-mail address" → email, "Téléphone" → phone. None for a
    spelling a pattern accepts and the map lacks: a word that names no field, never a crash (a chat turn
    raising KeyError on "zmień firmę na …" was caught by the understanding bench before it shipped)."""
    return _FIELD_OF_PLAIN.get(labels.without_accents(words_.split()[0].replace("-", "")))


# A correction names its field as a label does, or as "number" ("change the number to …"): in a
# correction that word can only mean the phone, though as a label it may be anything's (an order number).
_FIELD_OF_WORD = {**labels.LABEL_FIELDS, "number": "phone", "imone": "company", "nimi": "name",
                  "kompaniya": "company", "kompaniyasi": "company", "公司": "company", "公司名称": "company",
                  "公司名稱": "company", "名字": "name", "姓名": "name", "电话": "phone", "電話": "phone",
                  "邮箱": "email", "郵箱": "email",
                  "spelling": "name", "spelt": "name", "spelled": "name",
                  "mail": "email", "navnet": "name", "namnet": "name", "namanya": "name", "nomor": "phone",
                  "nomornya": "phone", "perusahaan": "company", "perusahaannya": "company", "cég": "company",
                  "ceg": "company", "số": "phone", "компании": "company", "компанії": "company", "телефона": "phone",
                  "телефону": "phone", "номера": "phone", "почты": "email", "numeru": "phone", "telefonu": "phone",
                  "emaila": "email", "e-maila": "email", "şirketi": "company", "firması": "company",
                  "numarası": "phone", "maili": "email", "e-postası": "email", "epostası": "email",
                  # (the labels in other languages are in LABEL_FIELDS; these are words only a correction uses)
                  **{word: "phone" for word in ("numéro", "numero", "número", "nummer", "telephone")},
                  **{word: "name" for word in ("namn", "navn", "naam", "tên")},
                  "công": "company", "cong": "company",
                  **{word: "company" for word in ("foretag", "foretaget", "företag", "företaget", "firman", "yritys",
                                                  "şirket", "sirket", "společnost", "spolecnost", "firmę", "firmy")}}


# ... looked up without accents, so every spelling the patterns accept ("sociéte", "télephone") has its field
_FIELD_OF_PLAIN = {labels.without_accents(word): field for word, field in _FIELD_OF_WORD.items()}


# "すみません、会社名は Kawabata Washi Kobo でした", "公司是 …", "회사는 …입니다": a field word, its particle, the value
_CJK_FIELDS = {"company": ("会社名", "社名", "会社", "公司名称", "公司名", "公司", "회사명", "회사"),
               "name": ("お名前", "名前", "氏名", "名字", "姓名", "이름"),
               "email": ("メールアドレス", "メール", "邮箱", "이메일"),
               "phone": ("電話番号", "電話", "携帯", "电话", "手机", "手機", "전화번호", "전화")}


_CJK_FIELD_OF = {word: field for field, words_ in _CJK_FIELDS.items() for word in words_}


_CJK_FIELD_WORDS = "|".join(sorted(_CJK_FIELD_OF, key=len, reverse=True))
_CJK_CORRECTION = re.compile(
    rf"(?:^|[\s、，,。])(?P<field>{_CJK_FIELD_WORDS})\s*(?:수정|정정|訂正|修正|更正)?\s*(?:は|是|은|는|이|가|[:：])"
    r"\s*(?P<value>\S.*?)\s*(?:でした|です|だよ|だ|입니다|이에요|예요|이요)?[。.!！]?\s*$", re.DOTALL)


# "아 회사명 바람길가구 아니고 바람길리빙이에요", "会社名 月見窯じゃなくて月見陶房": the field word, the old value,
# "not", the new one
_CJK_NOT_BUT = re.compile(
    rf"(?:^|[\s、，,。])(?P<field>{_CJK_FIELD_WORDS})\s+\S+?\s*(?:아니고|아니라|ではなく|じゃなくて|じゃなく|不是)\s*"
    r"(?P<value>\S.*?)\s*(?:でした|です|입니다|이에요|예요|이요)?[。.!！]?\s*$", re.DOTALL)


# Laughter and pictures at a message's end: "… 대양마린(주)이에요 ㅋㅋ", "… でした、失礼しました 🙏"
_LAUGHTER_END = re.compile(rf"[\s、，,。.!！]*(?:{words.LAUGHTER}|[^\w\s]+)[\s.!！]*$")


_LIST_SEPARATOR = re.compile(r"[，,、]")


def _cjk_said(text: str) -> re.Match[str] | None:
    """The clause that gives a field's value ("メールは後で送ります、会社は有限会社ムトウ醸造です": the second;
    the first says the email comes later)."""
    # (looked for in the last characters only: over a long run of spaces the search would cost quadratic time)
    text = text[:-40] + _LAUGHTER_END.sub("", text[-40:])
    if ":" in text or "\uff1a" in text:
        # (labels in a list correct nothing: "담당자: 정하은, 회사: 청솔 테크", "陈美玲小姐，…公司，电话：8123 6509")
        said = _CJK_CORRECTION.search(text)
        return None if said is None or _LIST_SEPARATOR.search(text, 0, said.start()) else said
    for clause in re.split(r"[、，,]\s*", text):
        said = _CJK_CORRECTION.search(clause)
        if said is not None and not ends_a_sentence(said.group("value").split()[-1]):
            return said
    return None


_NO_BEFORE = re.compile(r"\bno\s+(?:(?:the|her|his|their)\s+)?$", re.IGNORECASE)
_GIVES_VALUE = re.compile(r"[\d@]")
_PRONOUN_AT = re.compile(r"\S+\s+(?:(?:is|works)\s+)?(?:now\s+|actually\s+)?(?:at|with|from|for)\s+(?=\S)",
                         re.IGNORECASE)


def correction(text: str) -> tuple[str, str] | None:
    match = _CORRECTION.match(text)
    if not match:
        said = _cjk_said(text) if not text.isascii() else None
        if said is None and not text.isascii():
            said = _CJK_NOT_BUT.search(text)
        if said is not None and (":" in text[: said.start()] or "\uff1a" in text[: said.start()]):
            return None  # "담당자: 정하은, 회사: 청솔 테크, …": one label of a list, not a correction
        return None if said is None else (_CJK_FIELD_OF[said.group("field")],
                                          _CJK_NOT_THE_OLD.sub("", said.group("value")) or said.group("value"))
    word = re.split(r"\s+", match.group("field").lower())[0]
    # "her email is tvoss@x.com not tamara@": the old value said after the new one is no part of it
    field, value = field_of(word), _NOT_THE_OLD.sub("", match.group("value").strip())
    if field is None:
        return None
    if field == "company" and companies.prefixed(text[match.start("field"):].strip()) is not None:
        return None  # "Công ty Dệt Thành Công": the legal form the company's name starts with, no label
    if _NO_BEFORE.search(text, 0, match.start("field")) is not None and not _GIVES_VALUE.search(value):
        return None  # "actually no phone, that was the front desk, remove it": there is none (answers.said_none)
    if value.split(" ", 1)[0].lower() in _PRONOUNS:
        # "wrong company, he's at Korat Starch Co., Ltd.": where they are; "no name, they didn't leave one": a
        # sentence about it, not a value
        at = _PRONOUN_AT.match(value)
        if at is None:
            return None
        value = value[at.end():]
    # "the company name is wrong, it should be …", "Name falsch geschrieben, richtig ist …", "…, use x@y.io"
    value = _SAID_WRONG.sub("", value, count=1)
    value = _USE.sub("", value, count=1)
    value = labels.without_trailing_hedge(value)  # "his name is Alexis Petridis actually"
    if not text[match.end("field"): match.start("value")].strip() and not labels.fits_bare_label(field, value, word):
        return None  # "Note for the CRM: …", "email from Perpetua Langridge: p@x.com": the word labels nothing
    return field, value


# "it's Blakely not Blake", "Katharina, not Katarina": one word of the name, spelled anew
_WORD_NOT_WORD = re.compile(r"^\W*(?:(?:actually|sorry|oops|no|nope|wait|typo)[\s,:!.-]+)*"
                            r"(?:it['\u2019]?s\s+|it\s+is\s+|spelled\s+|spelt\s+)?(?P<new>[^\W\d_][\w'\u2019-]*)"
                            r"[\s,;]+(?:not|instead\s+of|rather\s+than)\s+(?P<old>[^\W\d_][\w'\u2019-]*)[\s.!]*$",
                            re.IGNORECASE)


def _respelled(text: str, name: str, region: str) -> ParsedText | None:
    """"it's Blakely not Blake": the word of the name after "not" is replaced by the one before it."""
    match = _WORD_NOT_WORD.match(text)
    if match is None:
        return None
    words_ = name.split()
    old = match.group("old").casefold()
    at = next((i for i, word in enumerate(words_) if word.casefold() == old), None)
    if at is None:
        return None
    words_[at] = match.group("new")
    result = ParsedText()
    parsed_text.accept(result, "name", " ".join(words_), region)
    return result


def name_part(text: str, name: str | None, region: str) -> ParsedText | None:
    """"her last name is Whitfeld", "first name's Jo", "it's Blakely not Blake": one part of the name the
    draft holds."""
    if name is not None and (respelled := _respelled(text, name, region)) is not None:
        return respelled
    match = _NAME_PART.match(text)
    if match is None or name is None or not name.strip():
        return None
    words_ = name.split()
    new = match.group("value").strip(" .!")
    if not new or " " in new or not new[:1].isalpha() or words.is_placeholder(new):
        return None  # ("her last name is unknown")
    first = match.group("given") is not None or (match.group("part") or "").lower() in ("first", "given")
    if len(words_) == 1:  # "Maria", then "last name Gonzalez": the name gains its other part
        words_ = [new, *words_] if first else [*words_, new]
    elif first:
        words_[0] = new
    else:
        words_[-1] = new
    result = ParsedText()
    parsed_text.accept(result, "name", " ".join(words_), region)
    return result


def goes_by(text: str, region: str) -> ParsedText | None:
    """"actually she goes by Winnie Castellanos-Ruiz, use that": the name the lead uses."""
    match = _GOES_BY.match(text)
    if match is None or match.group("value")[:1].islower():
        return None
    result = ParsedText()
    parsed_text.accept(result, "name", match.group("value"), region)
    return result if "name" in result.values else None
