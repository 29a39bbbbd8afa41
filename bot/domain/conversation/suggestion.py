"""The company an email suggests, offered in a chat: "Their email is at initrode.com, so maybe
“Initrode”: say `yes` to take it." The rep takes it with `yes`, turns it down with `no`, or answers
with the company. It is never filled in unasked; a personal address (gmail.com…) gets no suggestion,
and the question says why.
"""

from __future__ import annotations

import re

from bot.domain.conversation.answers import says_no_company
from bot.domain.conversation.commands import Command, detect_command, is_negative
from bot.domain.email_company import email_origin

# "no, es Larkspur Biotecnología S.L.", "nein, das ist …": "it's" in the languages reps write in
_IT_IS = re.compile(r"^(?:(?:it['\u2019]?s\s+)?(?:spelled|spelt|written)|"
                    r"it['\u2019]?s|it\s+is|es\s+de(?:\s+la)?|es|c['\u2019]est|é\s+d[ao]|é|è|ist|das\s+ist|est|"
                    r"är|er|to\s+je|je\s+to|je|het\s+is|dat\s+is|это|это\s+компания|"
                    # "không, anh ấy làm cho …" (no, he works for …)
                    r"(?:anh|chị|em|cô|ông|bà)\s+ấy\s+làm\s+(?:cho|ở|tại)|"
                    r"det\s+är|det\s+er|dat\s+is|se\s+on|"
                    # "nee, ze werkt voor …", "no, she works at …", "non, elle travaille chez …"
                    r"(?:ze|zij|hij|she|he|they|elle|il|sie|er|ella|él|ela|ele)\s+(?:werkt\s+(?:voor|bij)|works?\s+(?:for|at)|"
                    r"travaille\s+(?:pour|chez)|arbeitet\s+(?:für|bei)|trabaja\s+(?:para|en)|trabalha\s+(?:para|na|no))|"
                    # "ei, hän on Kolin Kivityö", "nee, zij is bij …": she is
                    r"(?:hän|hon|han|hun|zij|hij|sie|er|elle|il|ela|ele|ella|él)\s+(?:on|är|er|is|ist|est|é|es)|"
                    # Polish "is", Russian "she", "he", Vietnamese "works", Indonesian "she/he"
                    r"jest|она|он|làm|dia)\s+(?=\S)",
                    re.IGNORECASE)
# "no", in the languages reps write in, before what it says instead
_DECLINE = re.compile(r"^\s*(?:no|nope|nah|not quite|wrong|nein|nee|nej|nei|non|não|nao|nie|ne|ei|hayır|hapana|"
                      # "close - Brightwater Laboratories", "yes but spelled Brightwater Labs": nearly, and then
                      # what it is
                      r"(?:close|almost|nearly)(?=\s*[,:;\u2013\u2014-])|(?:yes|yeah|yep|sort\s+of|kind\s+of)[\s,]+but|"
                      r"tidak|bukan|không|아니요|아니오|아뇨|아니|ㄴㄴ|いいえ|違います|不是|不对|不對|нет|ні|لا|όχι|לא|nahi|"
                      r"hindi(?:\s+po)?)(?:\b|(?<=[^\x00-\x7f]))"
                      r"[\s,.!:;\u060c\u2013\u2014\u3001\u3002\uff0c\uff1a-]*", re.IGNORECASE)  # (and "、", "，")


def company_question(fields: dict[str, str], question: str) -> tuple[str, str]:
    """The question for the company given what the draft has, and the company suggested ("" for none)."""
    email = fields.get("email")
    origin = email_origin(email) if email else None
    if origin is None:
        return question, ""
    if origin.personal:
        return (f"Their email is a personal address ({origin.domain}), so it doesn't say where they work. "
                f"{question}"), ""
    if origin.company is None:
        return question, ""
    return (f"Their email is at {origin.domain}, so maybe \u201c{origin.company}\u201d: say `yes` to take it. "
            f"{question}"), origin.company


# "same as the email", "the one in his email", "use the domain", "that one": the rep takes the suggestion in words
_TAKES_IT = re.compile(r"^\W*(?:(?:yes|yeah|yep|ok|okay|right|sure)[\s,.!]+)?(?:it['\u2019]?s\s+|just\s+)?"
                       r"(?:(?:the\s+)?same\s+as\s+(?:the|his|her|their|in\s+the)\s+(?:e-?mail|domain|address)|"
                       r"(?:the\s+one|what(?:['\u2019]s|\s+is)?)\s+in\s+(?:the|his|her|their)\s+(?:e-?mail|address)|"
                       r"(?:use|take)\s+(?:that|it|the\s+(?:domain|suggestion|e-?mail(?:\s+one)?))|that\s+one|"
                       r"(?:as|like)\s+(?:the|his|her|their)\s+(?:e-?mail|domain)(?:\s+says)?)[\s.!]*$", re.IGNORECASE)


def takes_it(text: str) -> bool:
    """Whether ``text`` takes the suggested company in words ("same as his email")."""
    return _TAKES_IT.match(text) is not None


def declined(text: str) -> str | None:
    """None when ``text`` does not turn the suggestion down; else what it says besides ("" for a plain
    "no", or "no, she's independent"; "it's Adler Consulting" for "no, it's Adler Consulting")."""
    if is_negative(text) or detect_command(text, confirming=False) is Command.SKIP:
        return ""  # ("não sei ainda", "no idea yet": nothing to take, and no company called "sei ainda")
    match = _DECLINE.match(text)
    if match is None:
        return None
    rest = _IT_IS.sub("", text[match.end():].strip())
    return "" if says_no_company(rest) else rest
