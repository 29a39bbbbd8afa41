"""A name beside a job title: "jane doe cfo at globex" typed in lower case, "Partner Wendy Pike" with a job that is
a surname too. bot.domain.segment_reading reads the rest of a segment."""

from __future__ import annotations

from bot.domain import companies, intros
from bot.domain import wordlists as words
from bot.domain.segment import Segment
from bot.domain.wordlists import plain


def is_role(token: str) -> bool:
    # (not "lead": "bhai ek lead add karna hai" is a lead to add, not a team lead)
    return (plain(token) in words.ROLES or plain(token) in words.LOWER_CASE_ROLES) and plain(token) != "lead"


def after_a_lower_case_name(tokens: list[str], run: list[str]) -> Segment | None:
    """``jane doe cfo at globex``, ``ann perkins nurse at pawnee general``, ``jane doe cfo globex``: in a message
    typed in lower case, a full name, then a job's title, then where the job is (a role that is a surname too,
    "baker", ends a name only after two words of it)."""
    if len(run) > 2 and plain(run[-1]) in words.LOWER_CASE_ROLES:
        run = run[:-1]
    rest = tokens[len(run):]
    # (the role may come after words of its title: "jane doe sales manager from acme")
    role = next((i for i, token in enumerate(rest[:4]) if is_role(token)), None)
    if len(run) < 2 or role is None or not all(plain(token) in words.TITLE_WORDS and plain(token) != "of"
                                               for token in rest[:role]):
        return None
    end = role + 1
    while end < len(rest) and (is_role(rest[end]) or plain(rest[end]) in words.TITLE_WORDS):
        end += 1
    after = rest[end:]
    intro = intros.intro_length(after, len(run), True)
    company = companies.company_run(after[intro:], True) if len(after) > intro else None
    return Segment(tokens=tuple(tokens), lower=True, name=" ".join(run), company=company)


def surname_role_first(tokens: list[str]) -> bool:
    """``Partner Wendy Pike``, ``Broker Aziz Rahimi``: a job that is also a surname, then a first name and a surname
    (not "Dean Michael Smith": Dean is a first name too)."""
    return (plain(tokens[0]) in words.LOWER_CASE_ROLES and plain(tokens[0]) not in ("dean", "lead")
            and len(tokens) > 2 and all(token[:1].isupper() for token in tokens[1:3]))
