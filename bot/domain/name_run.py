"""The run of words that is a person's name at the start of a segment: capitalised words (or, in a
message typed in lower case, words that are not common ones), with particles ("da", "van der") and
joined ones ("al-Khatib"), without honorifics written after it ("さん", "님", "部長").
bot.domain.segment_reading decides what the rest of the segment says."""

from __future__ import annotations

import re
import unicodedata

from bot.domain import companies
from bot.domain import wordlists as words
from bot.domain.wordlists import plain

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
MAX_NAME_WORDS = 5
_TITLE_ENDINGS = tuple(words.TITLES_AFTER_NAME)
_HONORIFIC_OR_TITLE_ENDINGS = (*words.HONORIFIC_SUFFIXES, *_TITLE_ENDINGS)
# ("部長から電話": a call from the manager; から, まで, より are "from", "until", "than")
_CJK_PARTICLE = re.compile(r"[\u3400-\u9fff](?:[はをにでがへ]|から|まで|より)[\u3400-\u9fff\u3040-\u30ff]")
_PARTICLES_FIRST = frozenset("はをにでがへのとも")
# Chinese words that start a verb's phrase and no name (none is a common surname)
_CHINESE_VERBS_FIRST = frozenset("来去到在给跟要想请把被已会")
_PARTICLE_JOINED = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|ed|ud|ul|bin|ibn|abu|d|l|dell)['\u2019-][^\W\d_]")


def is_title_after_name(token: str) -> bool:
    """``部長``, ``営業部長``, ``구매본부장``: a job title written after a name (alone, or ending a word)."""
    return token in words.TITLES_AFTER_NAME or token.endswith(_TITLE_ENDINGS)


def without_honorifics(tokens: list[str]) -> list[str]:
    """``佐々木 美咲さん``, ``박서연 님``: an honorific after a name (its own word or joined to it) is no part of it."""
    kept = []
    for token in tokens:
        if token in words.ADDRESS_WORDS and token.startswith(words.HONORIFIC_PREFIXES):
            continue  # Burmese "ဦးလေး" (uncle): how someone is called, not "ဦး" before a name
        if token in words.TITLES_BEFORE_NAME:
            continue  # "አቶ ዳዊት ተሰማ", "श्री राजेन्द्र पटवारी जी": Mr, before the name
        if "の" in token[1:-1] and not token.isascii():
            role, _, after = token.partition("の")  # "営業部長の樫木": the sales manager, Kashiki
            if (role.endswith(_TITLE_ENDINGS) or role.endswith(words.CASELESS_DEPARTMENT_ENDINGS)) and not (
                    after.startswith("方")):  # ("営業部長の方": the sales manager, unnamed)
                token = after
        if token.isascii() or not (token.endswith(_HONORIFIC_OR_TITLE_ENDINGS)
                                   or token.startswith(words.HONORIFIC_PREFIXES)):
            kept.append(token)  # (most words: every honorific and title here is in another script)
            continue
        suffix = next((suffix for suffix in words.HONORIFIC_SUFFIXES if token.endswith(suffix)), "")
        if suffix and len(token) > len(suffix):
            token = token[: -len(suffix)]  # "부장님", "총무팀장님": a title with its honorific, then as a title
            if token in words.TITLES_AFTER_NAME:
                continue
        if token in words.HONORIFIC_SUFFIXES or token in words.TITLES_AFTER_NAME:
            continue
        # "鷲見部長", "陈经理": a title joined to the name it follows
        # (the longest title it ends with: "구매본부장" ends with "본부장" and with "부장"; the set's own order differs
        # from one process to the next, so the first found would make the reading differ too)
        title = max((title for title in words.TITLES_AFTER_NAME if token.endswith(title) and len(token) > len(title)),
                    key=len, default="") if not token.isascii() and token.endswith(_TITLE_ENDINGS) else ""
        token = token[: -len(title)] if title else token
        if token.startswith(words.HONORIFIC_PREFIXES):
            prefix = next(prefix for prefix in words.HONORIFIC_PREFIXES if token.startswith(prefix))
            token = token[len(prefix):] or token
        suffix = next((suffix for suffix in words.HONORIFIC_SUFFIXES if token.endswith(suffix)), "")
        kept.append(token[: -len(suffix)] if suffix and len(token) > len(suffix) else token)
    return kept


def name_run(tokens: list[str], lower: bool) -> list[str]:
    run: list[str] = []
    for index, token in enumerate(tokens):
        if lower and run and plain(token) in words.FROM_PARTICLES and len(tokens) - index > 2 and (
                len(run) >= 2 and plain(tokens[index + 1]) not in words.PARTICLES
                or words.starts_a_business(plain(tokens[index + 2]))  # ("… de la boulangerie du port")
                # ("frau schneider von schneider logistik"; not Dutch "jan de vries bouw": de Vries is his name)
                or plain(token) not in ("de", "van") and plain(tokens[index + 1]) not in words.PARTICLES
                and (companies.ends_like_a_business(tokens[-1]) or companies.is_legal_form(tokens[-1]))
                # ("pieter de vries van de vries bouw bv": after a full name, "van" before a company's legal form)
                or len(run) >= 2 and len(tokens) - index > 3 and companies.is_legal_form(tokens[-1])):
            break  # "rocío benavente de aceites sierra alta": "de" is "from" before two words or more
        if not run and (not lower and plain(token) in _DEPARTMENT_FIRST or plain(token) in _ACTIVITIES):
            break
        if is_name_word(token, lower) or (run and not lower and _PARTICLE_JOINED.match(token) is not None):
            run.append(token)  # ... and "al-Khatib", "el-Sayed", "d'Alembert" after a name's first word
        elif (not lower and run and plain(token) in words.PARTICLES and _particles_then_name(tokens, index)
              and (plain(token) != "of" or len(run) == 1)):
            run.append(token)  # "Leonardo da Vinci", "Catherine of Aragon", "Jan van der Berg"
        elif (lower and run and plain(token) in words.PARTICLES and plain(run[-1]) in words.PARTICLES
              and index + 1 < len(tokens) and is_name_word(tokens[index + 1], True)):
            run.append(token)  # "joost van der haegen": a particle's second word, a common word too ("der")
        else:
            break
        # "Iolanda Figueiredo Sarmento da Cerâmica Tapajós": a run past a name's length goes on while a
        # particle that may mean "from" is in it (bot.domain.names splits there)
        # ("Yanelis Ferrer Olazábal de la Cooperativa Tabacalera Los Palacios Norte": further when a business's
        # first word follows the particle)
        if len(run) >= MAX_NAME_WORDS and (len(run) >= MAX_NAME_WORDS + (8 if _business_after_a_particle(run) else 3)
                                           or not any(plain(word) in words.FROM_PARTICLES for word in run[2:])):
            break
    if len(run) == 1 and plain(run[0]) in words.COMPASS_WORDS:
        return []  # "Regional Sales Head (North)": the region a job covers, no one's name
    following = tokens[len(run)] if len(run) < len(tokens) else ""
    if len(run) > 2 and run[-1].islower() and plain(run[-1]) in words.PARTICLES and plain(following) == "chez":
        run.pop()  # "capucine delorme de chez atelier grisaille": "de" goes with "chez"
    return run


def _business_after_a_particle(run: list[str]) -> bool:
    """After the name's first two words, a particle and then a business's first word ("… de la Cooperativa …")."""
    for index in range(2, len(run) - 1):
        if plain(run[index]) in words.FROM_PARTICLES:
            after = next((word for word in run[index + 1:] if plain(word) not in words.PARTICLES), "")
            if words.starts_a_business(plain(after)):
                return True
    return False


def _particles_then_name(tokens: list[str], index: int) -> bool:
    """Particles from ``index`` on ("van der", "de la") and then a capitalised name word."""
    while index < len(tokens) and plain(tokens[index]) in words.PARTICLES and plain(tokens[index]) != "st.":
        index += 1
    # "Marcelino Ugarte de Compras": a department after "de" is no surname
    return index < len(tokens) and is_name_word(tokens[index], False) and plain(tokens[index]) not in words.DEPARTMENTS


def is_name_word(token: str, lower: bool) -> bool:
    if not token or not token[0].isalpha():
        return False
    first = token[0]
    if first.islower() and not lower and not companies.caseless(token):
        return False  # (most words: in a message with capitals, a name starts with one)
    in_ascii = token.isascii()
    if not in_ascii and (words.is_lead_in_morpheme(token) or companies.is_cjk_legal_word(token)
                         or token.startswith(("公司", "会社"))):  # ("公司是杭州绿叶茶业有限公司": the company is …)
        return False  # "新規リードです": "a new lead", in a script without spaces between words
    # (letters, marks, the joiners Persian writes inside a name, "توکلی\u200cنژاد", and Uzbek's o‘ and gʻ,
    # "Yo‘ldosheva", typed with a turned comma or a left quote)
    if not token.isalpha() and not all(ch.isalpha() or ch in "'.-\u2019\u2018\u02bb\u200c\u200d\u30fb"
                                       or unicodedata.category(ch)[0] == "M" for ch in token):
        return False
    word = plain(token)
    if not in_ascii and is_cjk_sentence(token):
        return False  # ("lead 하나 추가해주세요": a sentence, in a message typed in lower case too)
    if "-" in word and word.rsplit("-", 1)[1] in words.COMPOUND_TAILS:
        return False  # "Roskilde-standen", "Elmia-mässan": a stand, a fair, a package
    if word.startswith("expo") or word.endswith(_FAIR_ENDINGS):
        return False  # "Expoferia Guayaquil", Finnish "Asuntomessuilta" (from the housing fair)
    if ("'" in word or "\u2019" in word) and words.TURKISH_CASE.search(word) is not None:
        return False  # "Antalya Yat Fuarı'nda" (at the Antalya boat fair): a place, with its case ending
    if lower:
        return word not in words.COMMON
    if (word in words.REFERENCE_WORDS or word in words.EVENT_WORDS or words.is_reference_label(token)
            or word in words.WORKS or token in words.CURRENCY_CODES or word in _HOW_IT_CAME
            or word in words.WEEKDAYS or word in _WEEKDAY_SHORT_NO_NAME or word in _NEVER_A_NAME):
        # "Invoice INV-2026", "Re: RFP 2026-04", "Mutual NDA", "Fiera di Verona", "Werkt bij …", "145.000 TL",
        # "call Fri"
        return False
    if not in_ascii and token.startswith(_KOREAN_FIELD_WORDS):
        return False  # "회사는 …", "성함이랑 회사는 나중에": a field's word, with its particle, is no name
    if not in_ascii and (is_cjk_sentence(token) or words.is_caseless_department_or_time(token)
                         # "צוות רכש" (the procurement team): without capitals, a department's words say it
                         or (word in words.DEPARTMENTS or word in words.TIME_WORDS) and companies.caseless(token)
                         or token in words.COMPANY_INTROS):  # "ليلى الخطيب من شركة …": "from"
        return False  # (... or "採購部", "来週火曜15時")
    # A script without case (Arabic, Thai, Chinese, Georgian…) gives no capital to go by.
    return first.isupper() or not first.islower() or companies.caseless(token)


# "talked on the phone", "met", "chatted", in Chinese (traditional and simplified)
_CHINESE_CALLS = ("通過電話", "通过电话", "打過電話", "打过电话", "見過面", "见过面", "見了面", "见了面",
                  "聊過", "聊过")
# What may close a sentence in a script without spaces, full-width marks included
_SENTENCE_MARKS = "~!?.\uff5e\uff01\uff1f\u3002"


def is_cjk_sentence(token: str) -> bool:
    """``来週月曜日に折り返し電話``, ``納期は来月``: a sentence in a script without spaces (long, or with a
    particle between ideographs), not a name or a company (nor "マイケル・ホーキンス", a foreign name in kana)."""
    return (_CJK_PARTICLE.search(token) is not None or token.rstrip(_SENTENCE_MARKS).endswith(_CJK_SENTENCE_ENDINGS)
            or _JAMO.fullmatch(token) is not None  # "ㅎㅎ", "ㅋㅋ": laughter, in letters without a syllable
            or token.startswith(_CJK_WEEKDAY_STARTS) and len(token) > 2  # "周五再联系" (call again on Friday)
            or len(token) > 2 and token.endswith("요") and _HANGUL.match(token) is not None  # "알려드릴게요"
            or token[:1] in _PARTICLES_FIRST and len(token) > 1  # "にアポ": a particle starts no name
            or token[:1] in _CHINESE_VERBS_FIRST and len(token) > 2  # "来厂参观" (coming to visit the plant)
            # "剛剛跟 賴品澄 通過電話" (just now with … on the phone): "with" ends what comes before the name
            or len(token) > 2 and token.endswith("跟") or token.endswith(_CHINESE_CALLS)
            # "新的名單" (the new list), "電話之後給" (the phone later), "没留名片" (left no card)
            or len(token) > 2 and _ANY_CJK_SENTENCE_MARK.search(token) is not None
            or len(token) > 7 and CJK.search(token) is not None and not companies.is_cjk_company(token)
            and "\u30fb" not in token)


def ends_a_sentence(token: str) -> bool:
    """``後で送ります``, ``나중에 알려드릴게요``: a word that ends as a sentence does (not merely a long one:
    "遠軽ハッカ蒸留所" is a company)."""
    token = token.rstrip(_SENTENCE_MARKS)
    return token.endswith(_CJK_SENTENCE_ENDINGS) or len(token) > 2 and token.endswith("요") and (
        _HANGUL.match(token) is not None)


# How a sentence ends, never a name: "営業部長の方", "購買部の" (of), "名刺もらった" (got a card), "登録お願い"
# (please register), "등록해주세요" (please add), "부스에서" (at the booth), "명함 받음" (card received), "采购部的"
_CJK_SENTENCE_ENDINGS = ("の方", "の", "った", "って", "ます", "ました", "ません", "ください", "下さい", "お願い",
                         "おねがい", "します", "です", "でした", "주세요", "해요", "니다", "에서", "받음", "잡음",
                         "했음", "어요", "았어요", "했어요", "的", "이요", "예요", "에요", "없음", "없어요", "없습니다",
                         "문의", "요청", "상담",  # (Korean "enquiry", "request", "consultation")
                         # Japanese "none", "wanted", "planned", "done", "waiting": "名刺なし", "見積もり希望"
                         "なし", "無し", "希望", "予定", "済み", "待ち")
# ... and what a sentence holds inside it: "of" (的), "later" (之後, 以后), "did not" (没, 沒), "will (again)" (再)
_CJK_SENTENCE_MARKS = ("的", "之後", "之后", "以後", "以后", "稍後", "稍后", "没", "沒", "再聯絡", "再联系", "說", "说",
                       # a business card, a fair: "展示会の名刺" (a card from the exhibition)
                       "名刺", "名片", "展示会", "展会", "展覧会", "博览会", "交易会", "박람회", "전시회")
# ... any of them inside a word, in one search (asked of every word not in ASCII, "José" and "Müller" too: a loop
# over the marks cost more)
_ANY_CJK_SENTENCE_MARK = re.compile("|".join(map(re.escape, _CJK_SENTENCE_MARKS)))
# How a lead came in, never a name: "Card from Expo West", "Voicemail from …", "Referral via …"
_HOW_IT_CAME = frozenset({"card", "voicemail", "email", "e-mail", "message", "enquiry", "inquiry", "request", "dm",
                          "callback", "referral", "intro", "introduction", "recommendation", "scan", "scanned"})
_CJK_WEEKDAY_STARTS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日", "周末", "星期", "礼拜", "禮拜", "下周",
                       "下週", "明天", "后天", "後天")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
# "call Fri": a weekday cut short (not "Thu" or "Mon": Vietnamese and Burmese names)
_WEEKDAY_SHORT_NO_NAME = words.WEEKDAY_SHORT - {"thu", "mon"}
_FAIR_ENDINGS = ("messuilta", "messuilla", "messuille", "messut", "messuja", "mässan", "messen", "expo")
# Capitalised at a sentence's start, never a name: "From GITEX, hall 7"
# ("Fra Nor-Shipping", "Dal Vinitaly", Latvian "No Rīgas": from, in the languages reps write in)
_NEVER_A_NAME = frozenset({"from", "at", "with", "via", "lead", "leads", "fra", "från", "dal", "dalla", "vom", "aus",
                           "desde", "depuis", "no", "iz", "из", "з",
                           # "王芳 电话 139 …": a field's word in Chinese or Japanese is no name
                           "邮箱", "郵箱", "电话", "電話", "手机", "手機", "名字", "姓名", "地址", "备注", "備註"}) | (
    words.KOREAN_COMMON)
_KOREAN_FIELD_WORDS = ("회사", "성함", "이름", "연락처", "전화", "번호", "이메일", "메일", "주소", "직함")
# What happened starts no name: "Presentation at Harvard Business School went well", "Kickoff w/ …"
_ACTIVITIES = frozenset({
    "presentation", "session", "pitch", "interview", "appointment", "tour", "proposal", "kickoff", "kick-off",
    "onboarding", "audit", "inspection", "tasting", "review", "walkthrough", "walk-through", "discovery",
    "negotiation", "signing", "install", "installation", "survey", "consultation", "fitting", "viewing", "showing",
    "breakfast", "brunch", "drinks", "training", "seminar", "workshop", "briefing", "debrief", "screening",
    "demonstration", "trial", "pilot", "renewal", "tender", "bid", "quotation", "estimate", "order", "delivery",
})
# A department starts no name: "Chinedu (Sales Kano)" is Chinedu of the Kano sales office (but "Marie Sales": a
# surname too)
_DEPARTMENT_FIRST = frozenset({"sales", "marketing", "procurement", "purchasing", "accounting", "payroll",
                               "dpto", "depto", "dept", "departamento", "département"})  # "Dpto. de Compras"
_JAMO = re.compile(r"[\u3131-\u318e]+[~!.]*")
_FULL_NAME_SCRIPT = re.compile(r"[\u3400-\u9fff\uac00-\ud7af]{2,4}")


def is_full_name(name: str) -> bool:
    """A first name and a surname: two words, or a Korean, Chinese or Japanese name written as one ("최윤아",
    "王伟"), or a foreign name in kana with its middle dot ("マイケル・ホーキンス")."""
    return " " in name or "\u30fb" in name or _FULL_NAME_SCRIPT.fullmatch(name) is not None


def ends_a_name(run: list[str], rest: list[str], introduced: bool, lower: bool) -> bool:
    """The run is a name when nothing is left, or only words about time, or what follows starts a
    company; after a one-word run, anything else ("Wants 500 seats", "Budget around") says it is not."""
    if lower and len(run) < 2 and not is_full_name(run[0]):
        return False  # (a name in Chinese or Korean is one word, in a message whose Latin words are lower case too)
    if not rest or introduced or all(ignorable(token) for token in rest):
        return True
    if len(run) >= 2 and words.is_caseless_department_or_time(rest[0]):
        return True  # "คุณศิริวรรณ ทองประเสริฐกุลชัย ผู้จัดการฝ่ายจัดซื้อ": a job after the name
    if len(run) == 1 and is_han_name(run[0]) and is_cjk_sentence(rest[0]):
        return True  # "賴品澄 通過電話": a name in Chinese characters, then what happened
    return len(run) >= 2 and (plain(rest[0]) in words.NAME_ENDERS or (not lower and rest[0][:1].islower()))


# Chinese "boss", "engineer", "manager", "teacher" after a surname: how someone is called
_CHINESE_BOSS = ("总", "總", "工", "经", "經", "老师", "師")


def is_han_name(token: str) -> bool:
    """``钟离子墨``, ``王芳``: two to four Chinese characters, as a Chinese name is written (one word)."""
    return 2 <= len(token) <= 4 and all("\u3400" <= ch <= "\u9fff" for ch in token)


def ignorable(token: str) -> bool:
    return not any(ch.isalnum() for ch in token) or plain(token) in words.TRAILING or is_post_nominal(token)


def is_post_nominal(token: str) -> bool:
    """``MP``, ``QC``, ``PhD``: letters after a name that say an office or a degree (as written, in capitals)."""
    return token.strip(".,") in words.POST_NOMINALS


# "Luis Ortega (Ops Director)", "Ana Ruiz, PhD": a role in brackets or letters after a labelled name
_POST_NOMINAL = "|".join(sorted(map(re.escape, words.POST_NOMINALS)))
_AFTER_A_NAME = re.compile(rf"\s*(?:\([^()]*\)|,?\s+(?:{_POST_NOMINAL})\.?)\s*$")


def without_post_nominals(name: str) -> str:
    """A labelled name without what follows it in brackets or its letters after: "Luis Ortega (Ops Director)"."""
    while (shorter := _AFTER_A_NAME.sub("", name)) != name and " " in shorter.strip():
        name = shorter
    return name


_FROM_A_PLACE = frozenset({"de", "du", "del", "from", "of", "at", "da", "do", "vom", "von", "aus", "z", "из"})


def only_how_someone_is_called(name: str) -> bool:
    """``Oga``, ``Herr Doktor``, ``Il Dottore dell'ufficio``, ``يا باشا``: the name's words are words for addressing
    someone (with an article, a vocative or lower-case words between them), not a name."""
    typed = [word for word in name.split() if word != "يا"]
    said = [plain(word) for word in typed]
    if len(typed) == 1 and len(typed[0]) == 2 and is_han_name(typed[0]) and typed[0].endswith(_CHINESE_BOSS):
        return True  # "王总" (Boss Wang), "李工" (Engineer Li): a surname and how the rep calls them
    if words.ADDRESS_WORDS.isdisjoint(said):
        return False  # (most names: no word for addressing someone at all)
    # ("Le Hajj de Derb Ghallef", "El Flaco de la Vega Central": how someone is called, then where they are)
    at = next((i for i, word in enumerate(typed) if i and word in _FROM_A_PLACE
               and said[i - 1] in words.ADDRESS_WORDS), None)
    typed = typed if at is None else typed[:at]
    capitalised = any(word[:1].isupper() for word in typed)  # (in a name typed in lower case, every word counts)
    called = [plain(word) for word in typed if not (capitalised and word[:1].islower())
              or plain(word) in words.ADDRESS_WORDS]
    return any(word in words.ADDRESS_WORDS for word in called) and all(
        word in words.ADDRESS_WORDS or word in words.ARTICLES for word in called)
