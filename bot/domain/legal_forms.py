"""A company's legal form, and the name before it: "Gaumont S.A.", "Chess & Co.", "Goldleaf Trading Co., Ltd.",
"PT Maju Jaya", "株式会社ミドリ物産". bot.domain.companies reads a company's other words (a run of capitalised
words after "at" or "from") and asks this module where a legal form stands and which of its dots is the company's
own ("Inc.", "S.A.") rather than a sentence's.
"""

from __future__ import annotations

import re

from bot.domain import wordlists as words
from bot.domain.segments import HAS_ALNUM
from bot.domain.wordlists import plain

_SUFFIXED_COMPANY = re.compile(
    # Words are joined by spaces or tabs only: a company never runs across a separator. Any letter may
    # start a word here ("Öztürk", "Ødegaard"); the words before the capitalised ones are cut off after.
    rf"(?:[^\W_][\w&'./-]*[ \t]+(?:&[ \t]+)?){{0,4}}"
    rf"[^\W_][\w&'./-]*,?[ \t]+(?:&[ \t]+)?(?:{words.COMPANY_SUFFIX})(?!\w)\.?"
    # a second legal form after the first: "Pte. Ltd.", "Co., Ltd.", "Ltd. Şti."
    rf"(?:,?[ \t]+(?:{words.COMPANY_SUFFIX})(?!\w)\.?)?"
)
_SUFFIX_TAIL = re.compile(rf"(?:,?[ \t]+(?:&[ \t]+)?(?:{words.COMPANY_SUFFIX})(?!\w)\.?){{1,2}}$")
PREFIXED_COMPANY = re.compile(rf"(?:{words.COMPANY_PREFIX})[ \t]+(?P<name>\S)")
SUFFIX_TOKEN = re.compile(rf"(?:{words.COMPANY_SUFFIX})\.?")
_INNER_PREFIX = re.compile(r"(?<=\s)(?:PT|CV)\.?\s+(?=[A-Z])")  # (Indonesia's, inside a run of capitalised words)
# (every legal form starts with a letter or a bracket: the look-ahead turns away a word's end at once)
_SUFFIX_WORD = re.compile(rf"\b(?=[^\W\d_]|\()(?:{words.COMPANY_SUFFIX})\b")
_SUFFIX_TOKEN_ANY_CASE = re.compile(rf"(?:{words.COMPANY_SUFFIX})\.?", re.IGNORECASE)
# ... and Korean: "(주)누리별테크", "㈜", "주식회사" (a company limited by shares)
_CJK_LEGAL_WORDS = frozenset({"株式会社", "有限会社", "合同会社", "有限公司", "주식회사", "유한회사", "(주)", "（주）",
                              "㈜"})
_LOWER_LATIN = re.compile(r"[a-z]")
_LOWER_PREFIXED = re.compile(r"(?:công ty|cty)(?: tnhh| cp| cổ phần)?[ \t]+(?P<name>\S)")
# "她在宁波澜庭家居有限公司上班": Chinese says "works at" around the company ("在 … 上班")
# ... and Japanese says "the company is …" around it ("会社は森フーズ株式会社です"), Chinese "公司是 …"
_WORKS_THERE = re.compile(r"^(?:他|她|他们|她们)?在(?=\S{4,})|(?<=公司)(?:上班|工作|任职)$"
                          r"|^(?:会社名?|社名|勤務先)[はが](?=\S{4,})|(?<=会社)(?:です|でした|だよ|だ)$"
                          r"|^(?:公司名?|公司名称)(?:是|叫)(?=\S{4,})")
_CJK_COMPANY = re.compile(r"\S*(?:株式会社|有限会社|合同会社|有限公司|公司|주식회사|유한회사|\(주\)|（주）|㈜)\S*")
# A company's closing dot that belongs to it: "S.A.", "K.K.", "Inc.".
# ("Anagnostou Bros.", "Nnewi Auto Parts Market Assoc.", "kilbrack marble co.": a business's abbreviated word)
_ABBREVIATED_END = re.compile(rf"(?:\b\w\.){{2,}}$|\b(?:{words.COMPANY_SUFFIX})\.$|(?:^|\s)\S{{1,4}}\.\s\S{{1,4}}\.$"
                              r"|\s(?i:co|bros|assoc|mfg|intl|int'l|inds?|svcs|spol)\.$")
LOWER_JOINERS = frozenset({"los", "las", "la", "el", "les", "le", "des", "de", "del", "do", "da", "dos", "das", "di",
                            "du"})


# Finnish inflects an abbreviation after a colon: "Lahtinen Sauna Oy:stä" (from), "Oy:n" (of), "Oyj:lle" (to)
_CASE_AFTER_A_FORM = re.compile(r"\b(Oy|Oyj|Ab|Ky|Tmi|Ry|Ltd|GmbH|AB|AS|Inc)"
                                r":(?:n|s[tsl][äa]|ss[äa]|ll[ea]|lt[äa]|hon|ksi)\b")


def without_case_endings(text: str) -> str:
    """``Lahtinen Sauna Oy:stä`` → ``Lahtinen Sauna Oy``: the legal form as written, without its case."""
    return _CASE_AFTER_A_FORM.sub(r"\1", text) if ":" in text else text


def is_legal_form(token: str) -> bool:
    """``GmbH``, ``gmbh``, ``Ltd.``: a legal form, however it is cased."""
    return _SUFFIX_TOKEN_ANY_CASE.fullmatch(token.rstrip(",?!")) is not None


def has_suffix(text: str) -> bool:
    """Whether a legal suffix occurs anywhere: most messages have none, which spares a search per segment."""
    return _SUFFIX_WORD.search(text) is not None


def suffixed(part: str, *, has_suffixes: bool) -> str | None:
    """The company with a legal suffix (or in CJK characters with 公司/会社) in one segment."""
    hit = _SUFFIX_WORD.search(part) if has_suffixes else None
    # (searched from a few words before the first legal form: a company holds at most six words before its
    # form, and the full pattern tried at every word of a long message cost a quarter of its parse)
    match = None if hit is None else _SUFFIXED_COMPANY.search(part, _words_before(part, hit.start(), 8))
    if match is not None:
        # (read with the capitalised words just before the match: "Wara Mamani Condori de Quinua Real Uyuni SRL"
        # is Wara Mamani Condori of Quinua Real Uyuni SRL, not "Condori de …")
        found = _from_capital(part[_words_before(part, match.start(), 3): match.end()].strip(" ,"))
        inner = None if found is None else _INNER_PREFIX.search(found)
        if inner is not None and found is not None:
            found = found[inner.start():]  # "Direktur Utama PT Rempah Banda Naira Tbk": the form before it starts it
        whole = _after_a_role(part.strip(" ,"))
        # "Bohuslänsk stenhuggeri AB", "Cerâmica artesanal do Minho, Lda.": many languages write a company's name in
        # sentence case; an item that is all of it, from a capital to its legal form, is the company
        return whole if found != whole and _in_sentence_case(whole) else found
    match = None if part.isascii() else _CJK_COMPANY.search(part)
    if match is None:
        return prefixed(part)
    if match.group(0) in _CJK_LEGAL_WORDS:
        # "삼성물산 주식회사", "株式会社 ヤマト": the legal form as a word of its own, after or before the name
        # (a separator standing alone, such as the " , " a cut-out title leaves, ends the name on its side)
        # (nor a lower-case word in Latin letters: "w/ 株式会社" read "with 株式会社" names no company)
        before = [w for w in part[: match.start()].split()[-1:] if HAS_ALNUM.search(w) and not _LOWER_LATIN.match(w)]
        after = [w for w in part[match.end():].split()[:1] if HAS_ALNUM.search(w) and not _LOWER_LATIN.match(w)]
        if before and not after:
            return f"{before[-1]} {match.group(0)}"
        return f"{match.group(0)} {after[0]}" if after and not before else None
    return _WORKS_THERE.sub("", match.group(0).strip(" ,"))


def before_a_sentence(company: str, *, lower: bool = False) -> str:
    """``Công ty TNHH Dệt Nam Định Xanh hẹn thứ Sáu`` → ``Công ty TNHH Dệt Nam Định Xanh``: a prefixed company's
    words up to what it does or when ("wants", "hẹn", an appointment). Its own words may be in lower case
    ("Công ty CP Thủy sản Năm Căn")."""
    match = PREFIXED_COMPANY.match(company)
    if match is None and lower:
        match = _LOWER_PREFIXED.match(company)
    if match is None:
        return company
    tail = company[match.start("name"):].split()
    end = next((i for i, token in enumerate(tail) if i and token[:1].islower() and (
        plain(token) in words.COMPANY_DOES or plain(token) in words.TIME_WORDS or plain(token) in words.TRAILING)),
                len(tail))
    return (company[: match.start("name")] + " ".join(tail[:end])).strip()


def _after_a_role(part: str) -> str:
    """``konateľka Tatranská advokátska kancelária s.r.o.``: the item without the job before the company."""
    tokens = part.split()
    start = 0
    while start < len(tokens) - 1 and tokens[start][:1].islower() and any(
            plain(tokens[start]) in found for found in (words.ROLES, words.TITLE_WORDS, words.DEPARTMENTS)):
        start += 1
    return " ".join(tokens[start:]) if start else part


def _in_sentence_case(whole: str) -> bool:
    """``whole`` is a capitalised word, then lower-case words of a name (no common word, no lead-in or intro), then
    its legal form, last."""
    tail = _SUFFIX_TAIL.search(whole)
    if tail is None:
        return False
    head = whole[: tail.start()].split()
    joiners = words.COMPANY_JOINERS | LOWER_JOINERS
    # (a capital after the first word only after a joining word, "… do Minho": else "Stefan Dimitrov от Rozova …"
    # is a person's name before the company)
    if not (1 < len(head) <= 6 and (head[0][:1].isupper() or head[0][:1].isdigit())
            and any(word[:1].islower() and word not in joiners for word in head[1:])):
        return False
    lower_words_fit = all(word[:1].isupper() or word in joiners
                          or word[:1].islower() and word.replace("-", "").isalpha() and plain(word) not in words.COMMON
                          and plain(word) not in words.COMPANY_INTROS for word in head[1:])
    return lower_words_fit and (
        all(not word[:1].isupper() or head[i] in joiners for i, word in enumerate(head[1:]))
        # ... or its last word in lower case and no "from" among them: "Podtatranská Advokátska kancelária s.r.o."
        or head[-1][:1].islower() and head[-1] not in joiners
        and not any(plain(word) in words.FROM_PARTICLES or plain(word) in words.COMPANY_INTROS for word in head))


def _words_before(text: str, end: int, count: int) -> int:
    """Where the ``count`` whitespace-separated words before ``end`` start (0 if there are fewer)."""
    start = end
    for _ in range(count):
        if start <= 0:
            return 0
        start = max(text.rfind(" ", 0, start - 1), text.rfind("\t", 0, start - 1))
    return max(start, 0)


def is_cjk_legal_word(token: str) -> bool:
    """``株式会社``, ``주식회사``: a legal form alone, neither a name nor a company."""
    return token in _CJK_LEGAL_WORDS


def is_cjk_company(token: str) -> bool:
    """``北京星辰科技有限公司``: a word that holds a Chinese, Japanese or Korean legal form."""
    return _CJK_COMPANY.search(token) is not None


def prefixed(part: str) -> str | None:
    """``PT Maju Jaya``, ``Công ty TNHH Sông Hồng``: a segment that starts with a legal form and then a
    capitalised name is a company, whole (to a lower-case word after its name: "PT Maju Jaya wants a demo")."""
    match = PREFIXED_COMPANY.match(part)
    if match is None:
        return None
    name = match.group("name")
    if not (name[:1].isupper() or caseless(name) or name[:1] in "«\"\u201c\u201e"):
        return None
    company = before_a_sentence(part)
    # ("Công ty Cổ phần Nước mắm Phan Thiết Hải Âu": a Vietnamese joint-stock company runs to ten words)
    return company if company.count(" ") <= 10 else None


def _from_capital(company: str) -> str | None:
    """``met Jane at Acme Corp`` → ``Acme Corp``: the company's words are the capitalised (or numbered)
    ones right before its legal form."""
    tail = _SUFFIX_TAIL.search(company)
    if tail is None:
        return None
    head = company[: tail.start()].split()
    start = len(head)
    while start > 0 and (head[start - 1][:1].isupper() or head[start - 1][:1].isdigit() or head[start - 1] == "&"
                         # "eVolta Mobilité inc.", "'t Kuipershuys B.V."
                         or any(ch.isupper() for ch in head[start - 1]) or head[start - 1] in ("'t", "\u2019t")
                         # "Yerbal del Sur S.R.L.", "Bank of America Corp": a joining word between capitalised ones
                         or start > 1 and (head[start - 2][:1].isupper() or head[start - 2] == "&")
                         and (head[start - 1] in words.SUFFIXED_JOINERS
                              # "Tissages de Dakar SARL", "Chocolaterie du Jorat SA": "de" after a business's
                              # words, not after a person's ("Juan Pérez de Acme SA" is Juan from Acme SA)
                              or head[start - 1] in _OF_AFTER_A_BUSINESS and _a_business_before(head, start - 2)
                              # "Fawzy & Sons for Trading S.A.E.": Egypt's and the Gulf's "… for <trade>"
                              or head[start - 1] == "for" and plain(head[start - 2]) in _FOR_AFTER)
                         # "Cementos Cerro de la Silla S.A. de C.V.": "de la" after a business's words
                         or start > 2 and head[start - 1] in _ARTICLES and head[start - 2] in _OF_AFTER_A_BUSINESS
                         and _a_business_before(head, start - 3)):
        start -= 1
    start = _from_the_first_word(head, start)
    while start < len(head) and head[start] == "&":
        start += 1
    if all(not any(ch.isalpha() for ch in word) for word in head[start:]):
        return None  # "$4,380 inc GST": an amount, then "including"
    while start + 2 < len(head) and head[start + 1] == "of" and (
            plain(head[start]) in words.DEPARTMENTS or plain(head[start]) in words.ROLES):
        start += 2  # "Head of Procurement of Batumi Port Services LLC": a department's "of", then the company
    return " ".join(head[start:]) + tail.group(0) if start < len(head) else None


def _from_the_first_word(head: list[str], start: int) -> int:
    """``Flores de la Sabana S.A.S.``, ``Camaronera del Golfo de Fonseca S. de R.L.``: where the joining words
    between capitalised ones go back to the part's first word, a single capitalised word, the company is all of
    it (two capitalised words before a "de" are a person's name: "Juan Pérez de Acme SA")."""
    at = start
    while 0 < at < len(head):
        joined = at
        while joined > 0 and head[joined - 1] in JOINING_WORDS:
            joined -= 1
        if joined == at or joined == 0 or not head[joined - 1][:1].isupper():
            return start
        if any(plain(head[joined - 1]) in found for found in (words.DEPARTMENTS, words.ROLES, words.TITLE_WORDS)):
            return start  # "(VP) Comercial de Carbones del Cesar S.A.": what the job is over, no company's word
        at = joined - 1
        if at == 0:
            return 0
    return start


JOINING_WORDS = frozenset({"de", "del", "la", "las", "los", "el", "da", "do", "dos", "das", "di", "della", "du",
                            "des"})


_OF_AFTER_A_BUSINESS = frozenset({"de", "du", "des", "da", "di", "do"})
_ARTICLES = frozenset({"la", "las", "los", "le", "les", "l'"})
_FOR_AFTER = frozenset({"sons", "brothers", "bros", "partners", "group", "co", "company", "est", "establishment"})


def _a_business_before(head: list[str], end: int) -> bool:
    """The capitalised words up to ``end`` hold a business's first word ("Société Chérifienne")."""
    while end >= 0 and head[end][:1].isupper():
        if words.starts_a_business(plain(head[end])):
            return True
        end -= 1
    return False


def without_legal_form(company: str) -> str:
    """``Boulangerie Tremblay inc.`` → ``Boulangerie Tremblay``: the company's own words."""
    tail = _SUFFIX_TAIL.search(company)
    return company[: tail.start()] if tail is not None and tail.start() > 0 else company


def without_end_dot(value: str) -> str:
    """A sentence's closing dot goes; a company's own stays ("S.L.", "Inc.")."""
    return value.rstrip(".") if value.endswith(".") and not _ABBREVIATED_END.search(value) else value


def caseless(token: str) -> bool:
    """A word in a script without case (Arabic, Chinese…): no capital to go by."""
    first = token[:1]
    # (Georgian's letters have had capitals in Unicode since 2018, but Georgian is written without them)
    return first.isalpha() and (not (first.islower() or first.isupper()) or "\u10d0" <= first <= "\u10ff")
