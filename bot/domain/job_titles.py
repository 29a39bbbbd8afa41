"""Job titles in a segment's words: where a title starts ("Senior Sales Director", "Dean of Engineering"),
and the company it names ("CEO of Nordlys Energi", "директор ТОВ «Галицький Хліб»")."""

from __future__ import annotations

from bot.domain import companies
from bot.domain import wordlists as words
from bot.domain.wordlists import plain


def is_job_word(token: str) -> bool:
    """``Einkaufsleiter``, ``VP``, ``Sales``: a word of a job title or a department."""
    word = plain(token)
    return word in words.ROLES or word in words.TITLE_WORDS or word in words.DEPARTMENTS


# "at" and the "of" a department belongs to: "o pessoal do financeiro da Granja Boa Esperança"
_AT_OR_OF = frozenset({"at", "@", "da", "do", "de", "del", "della", "du", "des", "der", "bei", "chez"})


def after_department(tokens: list[str]) -> str | None:
    """``Follow up with procurement at Glenmorrow Foods``, ``demo with the ops team at Quillmarsh``: the
    company a department or a team is at."""
    at = next((i for i in range(1, len(tokens) - 1) if plain(tokens[i]) in _AT_OR_OF
               and plain(tokens[i - 1]) in words.DEPARTMENTS and plain(tokens[i - 1]) not in words.ARTICLES
               and tokens[i + 1][:1].isupper()), None)
    return None if at is None else companies.company_run(tokens[at + 1:], False)


def prefixed_inside(tokens: list[str]) -> str | None:
    """A company whose legal form is written first ("ТОВ «Галицький Хліб»", "Công ty TNHH …") after other
    words of the item. (Not "PT", which after a time is Pacific Time.)"""
    return next((company for i in range(1, len(tokens) - 1) if tokens[i] != "PT"
                 and (company := companies.prefixed(" ".join(tokens[i:]))) is not None), None)


def role_of_department(tokens: list[str]) -> bool:
    """``Dean of Engineering``, ``Chair of Marine Science``: a role (in any case) of a department or a field."""
    return (len(tokens) >= 3 and plain(tokens[1]) == "of" and (plain(tokens[0]) in words.ROLES
                                                                or plain(tokens[0]) in words.LOWER_CASE_ROLES)
            and any(plain(token) in words.DEPARTMENTS for token in tokens[2:4]))


def opens_with_role(tokens: list[str]) -> bool:
    """``manager …``, ``harbour manager of …``, ``Senior Sales Director …``: a role, maybe after words of a
    title or lower-case words that say what kind."""
    for index, token in enumerate(tokens[:4]):
        word = plain(token)
        # ("Managing Partner", "Senior Counsel": after a title's word, a job that is also a surname is the job)
        if word in words.ROLES or word in words.LOWER_CASE_ROLES and (token.islower() or index > 0):
            return True
        if word not in words.TITLE_WORDS and word not in words.DEPARTMENTS and not token.islower():
            return False
    return False


def heads_company(tokens: list[str], index: int, lower: bool) -> bool:
    """``CEO of Nordlys Energi``, ``founder of Marsh Botanics``: a head's "of" names the organisation
    (a functional title's, "Head of Procurement", names a department). So does any role's "of" before two
    capitalised words or more that name no department ("fleet manager of Salt Run Charters", not
    "Director of Business Development")."""
    if not (0 < index < len(tokens) - 1 and plain(tokens[index]) == "of" and plain(tokens[index + 1]) not in
            words.DEPARTMENTS and (lower or not tokens[index + 1][:1].islower())):
        return False  # ("chief of cardiology": in a capitalised message, a lower-case word is a department)
    if any(plain(token) in words.FIELDS_OF_STUDY for token in tokens[index + 1: index + 4]):
        return False  # "Chair of Marine Science": a university's department
    if plain(tokens[index - 1]) in words.HEAD_ROLES:
        return True
    after = tokens[index + 1: index + 4]
    return (not lower and plain(tokens[index - 1]) in words.ROLES and len(after) >= 2
            and all(token[:1].isupper() and plain(token) not in words.DEPARTMENTS
                    and plain(token) not in words.TITLE_WORDS for token in after[:2]))
