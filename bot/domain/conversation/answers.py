"""How reps answer around a value in a chat: the words that introduce an answer ("it's", "she's with"), that
say how sure they are ("think it's …", "… I guess"), and that say there is none to give ("no phone", "she's
freelance", "tidak ada perusahaan", "şirketi yok"). bot.domain.conversation.text reads a message with these."""

from __future__ import annotations

import re

from bot.domain import wordlists as words
from bot.domain.conversation import corrections
from bot.domain.conversation.commands import plain_words

# "non, elle est …", "não, ele é …", "nein, sie ist …": a "no" and "she is" in other languages before what she is
_SHE_IS = re.compile(r"^(?:(?:no|non|não|nao|nein|nee|nej|nie|ei)\W+)?"
                     r"(?:(?:elle|il|ele|ela|er|sie|die|der|ella|él|hij|zij|hon|han|hän|she|he)\s+)?"
                     r"(?:(?:est|é|e|ist|es|está|esta|is|är|er|jest|on)\s+)?"
                     r"(?:(?:un|une|uma|um|ein|eine|a|an|una)\s+)?", re.IGNORECASE)

_ANSWER_FILLER = re.compile(
    # "sure, it's Marcus Delaney", "yep Marcus Delaney" (not "oh" or "so": Oh and So are names too)
    r"^\s*(?:(?:sure|ok|okay|yes|yeah|yep|yup|um+|uh+|hmm+|but|sorry|oops|"
    # ... "non, c'est …", "perdón, es …", "nee, het is …"
    r"non|nein|nee|não|perdón|perdon|désolé|pardon|scusa|perdona|disculpa|oups|ups|úps)[\s,!.:\u2013\u2014-]+(?=\S)"
    r"|(?:it's|it is|its|that's|that is|they're|they are|he's|he is|she's|she is|c['\u2019]est(?: la| le)?|es|"
    r"het is|det er|det är|"
    r"they work at|works at|works for|at|from|with|the company is|company's|name's|her name is|his name is|"
    r"their name is|اسمه|اسمها|שמו|שמה|(?:его|её|ее) зовут|il s['\u2019]appelle|elle s['\u2019]appelle|se llama|"
    r"chama-se|si chiama|(?:er|sie) heißt|(?:hij|zij) heet)\s+)+",
    re.IGNORECASE,
)

# "no email, only a mobile: …", "she has no phone", "don't have an email": a field there is none of
# (no leading spaces in the pattern: tried at every position of a long run of spaces they cost quadratic time)
_DECLINED = re.compile(r"\b(?:no|without(?: an?| any)?|(?:(?:doesn'?t|does not|don'?t|do not|didn'?t|did not)\s+"
                       r"(?:have|give|share|leave)|(?:hasn'?t|has not|haven'?t|have not|never)\s+got)"
                       r"(?:\s+(?:me|us))?(?:\s+(?:an?|any|her|his|their))?)\s+"
                       r"(?P<field>e-?mail|phone|number|mobile|cell|company|name)\b(?!\s*(?:is|was|[:=]))",
                       re.IGNORECASE)
# ... and in the languages reps write in: "keine E-Mail", "pas d'email", "no tiene correo", "senza telefono"
# (each phrase starts with a letter: the look-ahead turns away a word's end before the phrases are tried)
_DECLINED_ABROAD = re.compile(
    r"\b(?=[^\W\d_])(?:keine?n?|kein|pas\s+d['\u2019]|pas\s+de|sans|sin|no\s+tiene|no\s+hay|senza|nessuna?|sem|não\s+tem|geen|"
    r"ingen|brak|"
    # "non ho il nome", "no tengo el número", "não tenho o telefone", "je n'ai pas son nom"
    r"non\s+ho\s+(?:il\s+|l['\u2019]\s*|la\s+)?|no\s+tengo\s+(?:el\s+|su\s+)?|não\s+tenho\s+(?:o\s+|a\s+)?|"
    r"je\s+n['\u2019]ai\s+pas\s+(?:son\s+|sa\s+|le\s+|de\s+|d['\u2019])?|"
    # "tidak ada perusahaan", "không có công ty", "нет компании", "nie ma numeru", "har inget nummer"
    r"tidak\s+ada|tak\s+ada|không\s+có|нет|немає|nie\s+ma|nie\s+mam|har\s+(?:inget|ingen|ikke|inte)|"
    r"heeft\s+geen|hat\s+keine?n?)"
    r"\s*(?P<field>e-?mail|mail|courriel|correo|telefon|téléphone|teléfono|telefono|telefone|handy|"
    r"num[ée]ro|n[úu]mero|nummer|firma|société|empresa|azienda|nome|nombre|nom|perusahaan|nomor|công\s+ty|"
    r"số|компании|компанії|телефона|телефону|номера|почты|numeru|telefonu|firmy|e-?maila|bedrijf|företag|firma)"
    r"(?!\w)", re.IGNORECASE)
# Turkish says it after the field: "şirketi yok" (no company), "numarası yok", "maili yok"; so do Korean ("이메일
#없음", "회사는 없어요") and Japanese ("メールなし", "会社はありません"); Chinese says "没有" before it ("没有邮箱")
_DECLINED_AFTER = re.compile(r"\b(?P<field>şirketi|şirket|firması|numarası|telefonu|maili|e-?postası)\s+yok\b"
                             r"|(?P<field_ko>이메일|전화번호|전화|연락처|회사)[은는이가]?\s*없(?:음|어요|습니다|어|다)"
                             r"|(?P<field_ja>メール|電話|会社)(?:は)?\s*(?:なし|無し|ない|ありません)"
                             r"|没有\s*(?P<field_zh>邮箱|电话|公司)", re.IGNORECASE)


def said_none(text: str) -> dict[str, str]:
    """The fields ``text`` says there is none of, each with the words that say it ("no phone", "şirketi yok")."""
    return {field: match.group(0) for declining in (_DECLINED, _DECLINED_ABROAD, _DECLINED_AFTER)
            for match in declining.finditer(text) if (field := corrections.field_of(_field_word(match))) is not None}


def _field_word(match: re.Match[str]) -> str:
    return next(word for name in ("field", "field_ko", "field_ja", "field_zh")
                if name in match.re.groupindex and (word := match.group(name)))


def starts_by_declining(text: str) -> bool:
    """"no number but …": a message that opens by saying a field has no value corrects nothing."""
    return _DECLINED.match(text) is not None

def answer_text(text: str, *, strip: bool = True) -> str:
    """``text`` without the words that introduce an answer ("it's", "she's", "works at"), and in Japanese, Korean
    and Chinese the words around it ("小野寺 美咲です", "장민혁이요", "她在宁波澜庭家居有限公司上班")."""
    answer = _ANSWER_FILLER.sub("", text)
    if not answer.isascii():
        answer = _CJK_AROUND.sub("", _CJK_COPULA.sub("", answer.rstrip()))
    return answer.strip(" ,;.!") if strip else answer


# A copula after the answer (Japanese "です", Korean "이에요"), and laughter after that
_CJK_COPULA = re.compile(r"(?<=\S)(?:です|でした|と申します|이에요|예요|이요|입니다)"
                         rf"(?:\s*(?:{words.LAUGHTER}))?"
                         r"[\s。.!！]*$")
# "她在 … 上班" (she works at …): Chinese says where someone works around it
_CJK_AROUND = re.compile(r"^(?:他|她|他们|她们)?在(?=\S{2,}(?:上班|工作|任职)$)|(?<=\S)(?:上班|工作|任职)$")
# "… now", "… these days": when, no part of what they are
_LATELY = re.compile(r"(?:\s+(?:now|right now|these days|at the moment|currently|nowadays|lately|for now|agora|ahora|"
                     r"maintenant|"
                     r"jetzt|lah|la|leh|lor|yaar|na|po|ah))+$")  # ("no, he's freelance lah")


# "ei, se on hänen miehensä firma", "no, it's her husband's company": someone else's, and unnamed
_SOMEONE_ELSES_COMPANY = re.compile(
    r"(?:(?:it['\u2019]?s|it is|that['\u2019]?s|that is|se on|es ist|das ist|c['\u2019]est|det är|det er|het is)\s+)?"
    r"(?:her|his|their|hänen|heidän|sein|seine|seiner|ihr|ihre|ihrer|su|son|sa|hans|hennes|deras|zijn|haar)\s+"
    r"(?:\S+\s+){0,2}(?:company|firm|business|firma|empresa|yritys|företag|société|entreprise|azienda|bedrijf|"
    r"familienbetrieb|family business)", re.IGNORECASE)


# "프리랜서예요", "フリーランスです", "freelancer hai", "freelancer siya": "(she) is", said after the word
_CJK_IS = re.compile(r"(?:이에요|예요|입니다|이요|です|だよ|だ|是|\s+(?:hai|hain|siya|po))$")


def says_no_company(text: str) -> bool:
    """"independent", "she's a freelancer", "não, ele é autônomo", "her husband's company": there is no company
    to record."""
    if "," in text and any(says_no_company(clause) for clause in text.split(",")[1:] if clause.strip()):
        return True  # "je to OSVČ, žádná firma" (a self-employed trader, no company)
    plain = _LATELY.sub("", plain_words(_SHE_IS.sub("", answer_text(_CJK_IS.sub("", text.strip(" .!。"))))))
    article, _, kind = plain.partition(" ")
    return (plain in words.NO_COMPANY or kind in words.NO_COMPANY and article in ("a", "an")
            or _SOMEONE_ELSES_COMPANY.fullmatch(plain) is not None)


# How unsure a rep is of an answer, said around it: no part of the value.
_LEADING_HEDGE = re.compile(
    r"^\s*(?:(?:not sure|no idea|unsure|dunno|not 100%(?: sure)?)[\s,.!]+(?:but\s+)?)?"
    r"(?:(?:i\s+)?think(?:\s+it['\u2019]?s|\s+it\s+is)?|maybe|probably|prob|perhaps|possibly|i believe|"
    r"(?:pues\s+)?creo\s+que|je crois que|peut-[êe]tre|chyba|vielleicht|ich glaube|acho que|penso che|forse|"
    r"misschien|kanske|um+|hm+|actually|pues)(?:[\s,:]+|$)", re.IGNORECASE)
_TRAILING_HEDGE = re.compile(r"[\s,]+(?:je crois|i think(?: so)?|i reckon|i guess|i believe|probably|maybe|creo|"
                             r"glaube ich|acho|penso|chyba)[\s.!]*$", re.IGNORECASE)
# "Kooyong? no sorry, Mcilwraith": the rep takes back a first try in the same answer
_SELF_CORRECTED = re.compile(r"^[^,;?]{1,80}\?\s*(?:no|nope|nah)\b[\s,]*(?:(?:sorry|wait|my bad)\b[\s,]*)?(?=\S)",
                             re.IGNORECASE)


def without_hedges(answer: str) -> str:
    """``think it's Ostrovane`` → ``Ostrovane``, ``Cedarwhistle I think`` → ``Cedarwhistle``, ``maybe Bluegullet?``
    → ``Bluegullet``: the answer without what says how sure the rep is."""
    answer = _SELF_CORRECTED.sub("", answer)
    for _ in range(3):
        shorter = _LEADING_HEDGE.sub("", answer, count=1)
        if shorter == answer:
            break
        answer = shorter
    answer = answer.rstrip(" \t?")  # "Halvorsen-Diallo?"
    # (looked for in the last characters only: over a long run of spaces the search would cost quadratic time)
    hedge = _TRAILING_HEDGE.search(answer, max(0, len(answer) - 30))
    return (answer if hedge is None else answer[: hedge.start()]) or answer
