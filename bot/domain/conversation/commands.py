"""Commands in a chat message: ``cancel``, ``skip``, ``yes``, ``start over``… said alone, or (for a
cancel, a yes or "I don't know") with the words reps put around them."""

from __future__ import annotations

import re
from enum import StrEnum


class Command(StrEnum):
    CANCEL = "cancel"
    START_OVER = "start_over"
    HELP = "help"
    BACK = "back"
    SKIP = "skip"
    CONFIRM = "confirm"
    EDIT = "edit"
    GREETING = "greeting"


# "cancel" and "forget it" in the languages reps write in, alone or as a clause ("no, perdón: cancela todo, …")
_CANCELS_ABROAD = ("cancela", "cancela todo", "cancelar", "cancela eso", "olvídalo", "olvidalo", "olvida eso",
                   "annule", "annuler", "annule tout", "laisse tomber", "oublie", "abbrechen", "vergiss es",
                   "vergiss das", "lass es", "annulla", "annulla tutto", "lascia perdere", "lascia stare",
                   "cancela tudo", "esquece", "esquece isso", "deixa pra lá", "deixa para lá", "anuluj", "zrušit",
                   "zrus to", "avbryt", "glem det", "glöm det", "peruuta", "unohda", "iptal", "vazgeç", "annuleer",
                   "laat maar", "vergeet het", "отмена", "отменить", "забудь", "скасувати", "キャンセル", "取消",
                   "취소", "ยกเลิก", "batal", "batalkan", "hủy", "ألغ", "إلغاء", "בטל", "ביטול")
_COMMANDS: dict[Command, frozenset[str]] = {
    Command.CANCEL: frozenset({"cancel", "stop", "abort", "quit", "never mind", "nevermind", "nvm", "forget it",
                               "cancel that", "cancel it", "cancel lead", *_CANCELS_ABROAD}),
    Command.START_OVER: frozenset({"start over", "restart", "reset", "start again", "begin again",
                                   "from the top", "start from scratch"}),
    Command.HELP: frozenset({"help", "?", "what can you do", "how does this work", "what do i do", "commands"}),
    Command.BACK: frozenset({"back", "undo", "go back", "previous"}),
    Command.SKIP: frozenset({"skip", "skip it", "skip that", "none", "n/a", "na", "don't know", "dont know",
                             "unknown", "pass", "-", "no email", "no phone", "no company", "no number",
                             "not sure", "no idea"}),
    Command.CONFIRM: frozenset({"yes", "y", "yep", "yeah", "yup", "confirm", "ok", "okay", "looks good", "lgtm",
                                "correct", "send", "send it", "submit", "save", "save it", "go", "do it", "sure",
                                "create", "create it", "create lead", "create anyway", "perfect", "that's right",
                                "thats right"}),
    Command.EDIT: frozenset({"edit", "change", "change it", "modify", "fix", "fix it", "wait"}),
    Command.GREETING: frozenset({"hi", "hello", "hey", "hiya", "yo", "howdy", "hi there", "hello there",
                                 "hey there", "good morning", "good afternoon", "good evening", "morning"}),
}
# "hmm not sure, will ask", "no idea tbh": the rep does not know, which skips the question as `skip` does.
_UNKNOWN = re.compile(
    r"(?:(?:hmm+|um+|uh+|erm?|well|oh|ah|sorry|honestly)[\s,.!]+)*"
    r"(?:not sure|(?:i )?don'?t know|dunno|no idea|unknown|tbd|tbc|not given|forgot to ask|idk|no clue|"
    r"ask (?:me )?(?:again )?later|(?:i'?ll )?get back to you(?: on (?:that|it))?|"  # "ask me later"
    # ... in the languages reps write in: "brak" (none), "nie wiem", "keine Ahnung", "no sé", "je sais pas" …
    r"brak|nie wiem|keine ahnung|wei(?:ß|ss) (?:ich )?nicht|no s[ée]|n[ãa]o sei|je (?:ne )?sais pas|"
    r"aucune id[ée]e|non (?:lo )?so|weet ik niet|geen idee|vet inte|ingen aning|en tiedä|bilmiyorum|"
    r"(?:i )?don'?t have (?:it|one|that|them)|(?:i )?haven'?t got (?:it|one)|"
    r"(?:i )?didn'?t (?:get|catch|ask for)(?: (?:it|one|that|(?:his|her|their|the) (?:number|e-?mail|name)))?|"
    # "she didn't give one", "he wouldn't share it", "they don't have one", "none given"
    r"(?:(?:she|he|they) )?(?:didn'?t|did not|wouldn'?t|would not|won'?t|refused to|doesn'?t want to) "
    r"(?:give|share|leave|tell)(?: (?:me|us))?(?: (?:it|one|that|any|(?:his|her|their|a|the) number|an? e-?mail))?|"
    r"(?:(?:she|he|they) )?(?:doesn'?t|does not|don'?t|do not) have (?:one|it|any)|none given|not provided|"
    r"(?:i'?ll|will|let me|i need to|need to|gotta|have to) (?:ask|check|find out|confirm)"
    r"(?: (?:her|him|them|with (?:her|him|them)))?(?: (?:tomorrow|later|today|first|next week))?"
    r"(?: and get back to you)?|"
    # ... "I don't have it" and "I don't know" in the languages reps write in, maybe naming the field after
    r"(?:(?:forgot to ask|(?:i )?can'?t remember|(?:i )?don'?t remember|no s[ée]|não sei|je ne sais pas|"
    r"weiß ich (?:noch )?nicht|weiss ich (?:noch )?nicht|je ne (?:sais|me souviens) (?:pas|plus)|no me acuerdo|"
    r"não (?:me )?lembro|non (?:me lo )?ricordo|non mi ricordo|weet ik niet meer)"
    # ... of the name: "can't remember her name", "je ne sais plus son nom", "não lembro o nome dela"
    r"(?: (?:(?:her|his|their|the|son|sa|su|del|de|o|a|il|der|den|ihren|seinen) )?"
    r"(?:name|nom|nombre|nome|namen|naam)(?: (?:dela|dele|di lei|di lui))?)?"
    r"(?: (?:todav[íi]a|a[úu]n|ainda|encore|noch|yet))?)|"
    r"(?:(?:no|non|nee|nej|nie|não|nein)\s+)?(?:non ce l'ho|non l'ho|heb ik niet|weet ik niet|har (?:det )?inte|"
    r"har (?:det )?ikke|ved ikke|vet ikke|nie mam|nie wiem|não (?:sei|tenho)|no (?:lo |la )?tengo|"
    r"je (?:ne )?l'ai pas|hab(?:e)? ich nicht|hab(?:e)? (?:ich )?keine?n?|yok|ei ole|"
    r"не знаю|нет|немає|не маю|nu (?:știu|stiu|am)|nem tudom|nincs|nevím|nemám|nie viem|"
    r"tidak tahu|tidak ada|gak tau|nggak tahu|không biết|không có|分かりません|わかりません|知らない|ないです|"
    r"不知道|没有|沒有|모르겠어요|모름|없어요|없음|ไม่ทราบ|ไม่มี|לא יודע|לא יודעת|אין|لا أعرف|ما عندي|ليس لدي|"
    # "forgot, later", "I'll tell you later", "(it'll be) sent later": Arabic, Russian, Indonesian
    r"نسيت|بعدين|ما أعرف|ما اعرف|потом скажу|потом|скажу позже|nanti dikirim|nanti(?: saya| aku)? kirim|nanti)"
    r"(?: \S+){0,2}?|"
    # (written without spaces: "電話番号は分かりません", "전화번호는 모르겠어요")
    r"\S{0,12}(?:分かりません|わかりません|知りません|知らない|不知道|不清楚|没有|沒有|모르겠어요|모르겠습니다|모릅니다|없어요|"
    r"없습니다|ไม่ทราบ|ไม่มี)\S{0,6})"
    r"(?:[\s,.!;-]+(?:(?:i'?ll|will) (?:ask|check|find out)(?: later)?|later|sorry|yet|for now|tbh|lol|haha|oops|"
    r"skip(?: it)?|(?:i'?ll|will) (?:add|send) it later))*"
)
# Said as a clause of a longer message, these cancel it ("stop" and "quit" are too often something else).
_CANCEL_CLAUSES = frozenset({"cancel", "cancel that", "cancel it", "cancel lead", "cancel this", "cancel this one",
                             "forget it", "forget that", "forget this", "forget this one", "forget this lead",
                             "forget about it", "never mind", "nevermind", "nvm", "scrap it", "scrap that",
                             "scratch it", "drop it", "don't bother", "dont bother", "abort", *_CANCELS_ABROAD})
# "don't log this one", "do not add him": the rep takes the lead back
_DO_NOT_LOG = re.compile(r"(?:(?:actually|no|oh|ok|so|wait|sorry)\s+)*(?:don'?t|do not|no need to)\s+"
                         r"(?:log|add|create|save|send|submit|enter|record)\s+(?:it|this|that|him|her|them)"
                         r"(?:\s+(?:one|lead|contact))?(?:\s+after all)?")
_CANCEL_WORDS = ("cancel", "forget", "never", "nvm", "scrap", "scratch", "drop", "bother", "abort", "don't", "dont",
                 "do not", "no need", *_CANCELS_ABROAD)
# ... any of them inside the message, in one search (every turn asks: a loop over the words cost more)
_ANY_CANCEL_WORD = re.compile("|".join(map(re.escape, _CANCEL_WORDS)))
# Clauses end at punctuation, a dash, or a symbol such as an emoji.
_CLAUSE_BREAK = re.compile(r"[,.;:!?()]+|\s[-\u2013\u2014]+\s|[^\w\s'\u2019-]+")
_CLAUSE_OPENER = re.compile(r"^(?:(?:actually|ok|okay|hmm+|no|nah|oh|ugh|sorry|wait|so|just|please|pls|oops)\s+)+")
_CLAUSE_CLOSER = re.compile(r"(?:\s+(?:please|pls|plz|thanks|thx|then))+$")  # "cancel pls, it's a duplicate"
# ... nor one that drops a field alone: "never mind, cancel the email, he wants calls only"
_GIVES_A_VALUE = re.compile(r"[@\d]|\b(?:name|e-?mail|phone|number|company)\s*(?:is|:|=)"
                            r"|\b(?:cancel|scrap|drop|forget|ignore)\s+(?:the|her|his|their)\s+"
                            r"(?:e-?mail|phone|number|mobile|company|notes?)\b", re.IGNORECASE)
_YES_WORDS = frozenset({"yes", "yep", "yeah", "yup", "ya", "yea", "sure", "ok", "okay", "correct", "right", "exactly",
                        "perfect", "absolutely", "definitely", "indeed", "confirm", "confirmed", "lgtm", "great",
                        # in the languages reps write in: "ja", "oui c'est ça", "はい" (not "jo": a name)
                        "ja", "jep", "genau", "richtig", "stimmt", "oui", "ouais", "exact", "exactement", "sí", "si",
                        "sì", "claro", "correcto", "exacto", "vale", "sim", "certo", "isso", "exato", "esatto",
                        "giusto",
                        "klopt", "tak", "dokładnie", "kyllä", "joo", "evet", "да", "верно", "так", "ναι", "כן", "نعم",
                        "はい", "ええ", "네", "예", "是", "对", "對", "好", "ใช่", "haan", "हाँ", "हां", "ano", "igen",
                        "ndiyo", "yebo", "naam", "ndio", "ใช่ครับ", "ใช่ค่ะ", "ใช่คะ", "oo", "opo", "japp", "jepp", "jup",
                        # Korean "right", Indonesian and Malay "yes", "right", Vietnamese "right", "yes", Turkish
                        # "right", "ok", Swahili "fine", Arabic "right", "fine", Hebrew "right", Greek "right"
                        "맞아요", "맞아", "맞습니다", "그래요", "iya", "betul", "benar", "đúng", "vâng", "dạ", "doğru",
                        "tamam", "sawa", "صح", "تمام", "נכון", "σωστά", "точно", "ага", "是的", "对的", "没错",
                        "そうです"})
_YES_FILLER = frozenset({"that's", "thats", "that", "is", "it", "it's", "its", "please", "pls", "thanks", "thank",
                         "you", "go", "ahead", "sounds", "good", "looks", "do", "all", "fine", "spot", "on", "of",
                         "course", "the", "one", "cool", "nice", "thing", "c'est", "ça", "ca", "es", "das", "ist",
                         "é", "è", "isso", "mesmo", "bitte", "por", "favor", "merci", "danke", "gracias", "grazie",
                         # (Filipino "yes po"; not "so": "ok so …" opens a sentence)
                         "obrigado", "obrigada", "dank", "je", "wel", "po",
                         # "ji haan" (Hindi, Urdu), "yeah mon" (Jamaica), "yes lah" (Singapore, Malaysia)
                         "ji", "mon", "man", "lah", "la", "bro", "mate",
                         # Vietnamese "đúng rồi", Indonesian "betul kak"
                         "rồi", "ạ", "sekali", "kak", "abang", "ndugu"})
# A thumbs-up or a tick alone says yes too (skin tones and variation selectors aside)
_YES_SIGNS = frozenset({"\U0001f44d", "\U0001f44c", "\u2705", "\u2714", "\u2611", "\U0001f197", "\U0001f64c"})
_SIGN_MODIFIERS = re.compile(r"[\U0001f3fb-\U0001f3ff\ufe0f\s]")
NEGATIVE = frozenset({"no", "nope", "not quite", "not yet", "no thanks", "no thank you", "nah", "wrong",
                      # in the languages reps write in, said alone: "nei", "nein", "não", "nie", "いいえ"
                      "nein", "nee", "nej", "nei", "non", "não", "nao", "nie", "ne", "nem", "ei", "hayır", "hayir",
                      "όχι", "нет", "ні", "nu", "ez", "tidak", "bukan", "không", "hindi", "לא", "لا", "नहीं",
                      "nahi", "いいえ", "아니요", "아뇨", "아니", "不", "不是", "ไม่", "ไม่ใช่", "no grazie", "non merci",
                      "hapana", "cha", "aowa",
                      "nein danke", "nee dank je", "nej tack", "nei takk", "não obrigado", "não obrigada",
                      "no gracias", "nie dziękuję"})

def plain_words(text: str) -> str:
    """``text`` lower-cased, its spaces collapsed, without symbols and end punctuation."""
    # "yes 👍", "cancel 🙏": a symbol is no part of a command ("?" is: it asks for help)
    return _SPACES.sub(" ", _SYMBOLS.sub(" ", text).strip().lower()).strip(" .!,-\u2013\u2014")


# (a dash stays: it ends a clause, "oops, wrong person — cancel")
# (combining marks are a word's own, though no word characters: Thai "ใช่ครับ", Hindi "हाँ", Arabic vowels)
_SYMBOLS = re.compile(r"[^\w\s'\u2019?/&.,!:\u2013\u2014\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a"
                      r"\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0dff\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f"
                      r"\u1780-\u17ff\u1ab0-\u1aff\u3099\u309a-]+")
# (compiled once: re.sub and re.findall with a pattern's text look it up in re's cache at each call, which
# cost more than the short answers they run over; every turn reads its message here twice)
_SPACES = re.compile(r"\s+")
_WORDS = re.compile(r"[\w'\u2019]+")


def is_negative(text: str) -> bool:
    """"no", "nope", "no thanks": a refusal and nothing else."""
    return plain_words(text) in NEGATIVE


def detect_command(text: str, *, confirming: bool, deciding: bool = False) -> Command | None:
    """``confirming``: the summary was shown ("no" means edit); ``deciding``: asked whether to create
    a lead like an earlier one ("no" means cancel)."""
    plain = plain_words(text)
    if plain in NEGATIVE and (confirming or deciding):
        return Command.CANCEL if deciding else Command.EDIT
    for command, phrases in _COMMANDS.items():
        if plain in phrases:
            return command
    if _UNKNOWN.fullmatch(plain):
        return Command.SKIP
    if _affirms(plain) or (not plain and _SIGN_MODIFIERS.sub("", text) in _YES_SIGNS):
        return Command.CONFIRM  # "yep that's right", "yes please, go ahead", "👍"
    return Command.CANCEL if _cancels(plain) else None


def _affirms(plain: str) -> bool:
    """Every word says yes, and one of them is a yes ("yep that's right", "sure, sounds good")."""
    if plain in _YES_WORDS:
        return True  # (Thai "ใช่ครับ": its tone mark is no word character, so the word would split)
    tokens = _WORDS.findall(plain)
    return (bool(tokens) and len(tokens) <= 8 and any(token in _YES_WORDS for token in tokens)
            and all(token in _YES_WORDS or token in _YES_FILLER for token in tokens))


def _cancels(plain: str) -> bool:
    """"hmm no, forget it, he already has an account 🤦 cancel": a clause of its own that cancels, in a
    message that gives nothing to record (no address, number or label)."""
    if _ANY_CANCEL_WORD.search(plain) is None or _GIVES_A_VALUE.search(plain):
        return False
    return any(_CLAUSE_CLOSER.sub("", _CLAUSE_OPENER.sub("", clause.strip())) in _CANCEL_CLAUSES
               or _DO_NOT_LOG.fullmatch(clause.strip()) for clause in _CLAUSE_BREAK.split(plain))
