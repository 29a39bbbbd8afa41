"""The words in a segment that introduce: the lead ("Could you log", "Spoke with", "Call from") and a
company ("at", "works for", "is the owner of", "z firmy")."""

from __future__ import annotations

import re

from bot.domain import wordlists as words
from bot.domain.name_run import is_cjk_sentence
from bot.domain.segments import HAS_ALNUM as _HAS_ALNUM
from bot.domain.wordlists import plain


def strip_lead_in(tokens: list[str]) -> list[str]:
    """``Could you log Priya Nair`` → ``Priya Nair``: leading words that only introduce the lead, and
    when it happened ("this afternoon", "on 2026-12-04")."""
    start = _after_korean_sentence(tokens)
    while start < len(tokens) and not surname_first(tokens, start) and not _greeting_is_a_name(tokens, start) and not (
            tokens[start][:1].isupper() and words.greets_as_a_business([t.rstrip(",") for t in tokens[start + 1:]])
    ) and (
            plain(tokens[start]) in words.LEAD_IN or plain(tokens[start]) in words.TRAILING
                                   or not _HAS_ALNUM.search(tokens[start])  # "Morning all ☕ Can you add …"
                                   or _is_date_or_bare_number(tokens, start)
                                   # "per conversation w/ …": "per" leads in only before another lead-in
                                   # word (Per is also a name)
                                   # ("les dejo un lead …", "te paso un contacto": "Les" and "Te" start names too)
                                   # (Croatian "upoznao sam danas …": Sam is a name too)
                                   or plain(tokens[start]) in ("per", "ho", "am", "les", "te", "os", "le", "sam", "he")
                                   and start + 1 < len(tokens)
                                   and plain(tokens[start + 1]) in words.LEAD_IN
                                   # "Hablé con …", "créer le contact …": only after another lead-in word
                                   # ("Con Edison", "MIT", "Le Bihan" start names and companies)
                                   or start > 0 and plain(tokens[start]) in words.LEAD_IN_AFTER
                                   or tokens[start].islower() and plain(tokens[start]) in words.LOWER_CASE_LEAD_IN
                                   or plain(tokens[start]) == "de" and start > 0
                                   and plain(tokens[start - 1]) in ("acabo", "acabamos", "vengo", "favor", "dar",
                                                                    "viens", "venons", "acabei")
                                   # "nuovo contatto da Marta Ghisleri": from a person (not "lead novo da
                                   # Agrishow", from a fair)
                                   or plain(tokens[start]) == "da" and start > 0 and full_name_at(tokens, start + 1)
                                   # Chinese "just now with …": "剛剛跟 賴品澄 通過電話"
                                   or len(tokens[start]) > 1 and tokens[start].endswith("跟")):
        start += 1
    if 1 < start < len(tokens) and plain(tokens[start - 1]) in ("w", "in", "v", "в", "na", "en", "à", "på") and (
            plain(tokens[start - 2]) in words.EVENT_WORDS):
        return []  # "nowy lead z targów w Poznaniu": after the fair, where it was
    if 0 < start < len(tokens) and names_the_sender(tokens, start):
        if plain(tokens[start - 1]) in words.REFERRAL_NOUNS:
            return []  # "referral from Maple Partners": who referred the lead, neither its name nor its company
        start += 1  # "Call from Jane Roe": she called; "from" here introduces no company
    return tokens[start:]


_HANGUL = re.compile(r"[\uac00-\ud7af]")
# Greetings that are given names too: "Ola Nordmann fra Fjordkraft" (Ola is his name), "Olá, novo contacto" (hello)
_GREETINGS_THAT_ARE_NAMES = frozenset({"ola", "salam", "salaam", "shalom"})


def _greeting_is_a_name(tokens: list[str], start: int) -> bool:
    """A greeting that is a given name too, capitalised and bare before one more capitalised word and then no
    other ("Ola Nordmann fra …"), is the name's first word (not "Ola João Silva": hello, João Silva)."""
    if (tokens[start].lower() not in _GREETINGS_THAT_ARE_NAMES or not tokens[start][:1].isupper()
            or start + 1 >= len(tokens)):
        return False
    surname = tokens[start + 1].rstrip(",")
    after = tokens[start + 2] if start + 2 < len(tokens) and not tokens[start + 1].endswith(",") else ""
    return (surname.isalpha() and plain(surname) not in words.LEAD_IN and plain(surname) not in words.TRAILING
            and surname[:1].isupper() and not after[:1].isupper())


def _after_korean_sentence(tokens: list[str]) -> int:
    """``방금 통화한 분이요~ 조은비``: Korean puts spaces between words, so a sentence ending among the first words
    ("…분이요", the person I just called) leads in to what follows it."""
    if " ".join(tokens[:4]).isascii():
        return 0  # (most items: no Hangul among the first words)
    return max((i + 1 for i, token in enumerate(tokens[:4]) if _HANGUL.match(token) is not None
                and is_cjk_sentence(token) and i + 1 < len(tokens)), default=0)


def full_name_at(tokens: list[str], index: int) -> bool:
    return len(tokens) == index + 2 and all(token[:1].isupper() and token[1:2].islower() for token in tokens[index:])


def surname_first(tokens: list[str] | tuple[str, ...], index: int) -> bool:
    """``Oh Se-rin``, ``Ah Kow Tan``: "Oh" and "Ah" before a capitalised word are a surname, not a filler; so are
    pronouns that are names too ("Ella Cruz", "Lei Zhang", "Han Ji-woo"; but "Ella trabaja en …": she works at)."""
    return tokens[index] in _NAMES_NOT_FILLERS and index + 1 < len(tokens) and tokens[index + 1][:1].isupper()


_NAMES_NOT_FILLERS = frozenset({"Oh", "Ah", "Ella", "Elle", "Ela", "Lei", "Han"})


def names_the_sender(tokens: list[str] | tuple[str, ...], index: int) -> bool:
    """``card from``, ``voicemail from``: the "from" at ``index`` says who sent it, not where they work."""
    return plain(tokens[index]) == "from" and plain(tokens[index - 1]) in words.MESSAGE_NOUNS


_MOVED = frozenset({"moved", "switched", "left", "jumped"})  # (not "transferred to Maria": a colleague)
_FROM_WITH_ARTICLE = frozenset({"de", "da", "di", "del", "della", "do", "du"})


def intro_length(rest: list[str], run_length: int, lower: bool = False) -> int:
    """How many words introduce a company at the start of ``rest`` ("at", "works for"), or 0."""
    if not rest:
        return 0
    first = plain(rest[0])
    second = plain(rest[1]) if len(rest) > 1 else ""
    if first == "z" and second.startswith("o.o"):
        return 0  # "Sp. z o.o.": Poland's legal form, not "from"
    if first in words.WORKS and second in words.WORKS_AT:
        return 2  # "works at", "trabaja en", "arbeitet bei", "werkt bij"
    moved_to = rest[2] if first in _MOVED and second in ("to", "for") and len(rest) > 2 else ""
    if (moved_to[:1].isupper() and not moved_to.endswith(("'s", "\u2019s"))  # (not "moved to Maria's team")
            or first == "joined" and rest[1:2] and rest[1][:1].isupper()):
        return 1 + (first != "joined")  # "he moved to Atlas Van Lines", "she joined Kestrel Foods last month"
    if first == "de" and second == "chez" or first in words.COMPANY_INTROS and second in words.COMPANY_AFTER_FROM:
        return 2  # "de chez …", "z firmy …"
    if (first in _FROM_WITH_ARTICLE and second in words.ARTICLES and len(rest) > 3
            and plain(rest[2]) in words.COMPANY_AFTER_FROM):
        return 3  # "Isabelle Garnier (DAF) de la société Garnier Frères", "da empresa …", "della società …"
    if lower and run_length >= 1 and first in words.FROM_PARTICLES:
        # (the name's run stopped there: see bot.domain.name_run), with its article: "… de la brasserie des abers"
        return 2 if second in words.ARTICLES and len(rest) > 2 else 1
    if not lower and run_length == 0 and first in ("de", "da", "do", "di", "von", "van") and len(rest) > 2 and all(
            token[:1].isupper() or i and plain(token) in words.COMPANY_JOINERS for i, token in enumerate(rest[1:4])):
        return 1  # "Ximena Saldívar, de Mezcales Tierra Roja": an item of its own that says "from"
    if not lower and rest[0] == "ng" and run_length >= 2 and rest[1:2] and rest[1][:1].isupper():
        return 1  # Tagalog "of": "si Jerico Panganiban ng Batangas Coffee Roasters" (but "priscilla ng" is Ng)
    if first in ("is", "was") and second in ("at", "from", "with") or first in ("'s",) and second == "at":
        return 2
    if first in ("who", "that") and second in words.WORKS and len(rest) > 2 and plain(rest[2]) in words.WORKS_AT:
        return 3  # "… who works for glimmerdown"
    if first in words.IS and second in words.TITLE_COMPANY_INTROS and second not in ("for", "of"):
        return 2  # "ela é da Jabuticaba Digital", "il est chez …", "sie ist bei …"
    if first in ("is", "was") and second in words.ROLE_LEAD_IN:
        # "is the owner of Ruiz Foods", "is a buyer at …": a role, then where
        for index in range(2, min(len(rest) - 1, 6)):
            word = plain(rest[index])
            if index > 2 and word in ("of", "at", "with", "for"):
                return index + 1
            if word not in words.ROLES and word not in words.DEPARTMENTS and word not in words.TITLE_WORDS:
                break
        return 0
    # "of" after a full name: "Mr. Ron Swanson of Very Good Building Co", Swahili "Neema Mwakasege wa Kilimo …"
    if first in words.COMPANY_INTROS or (first in ("of", "wa") and run_length >= 2) or first in words.COMPANY_VERBS:
        return 1
    if first in ("na", "no", "nas", "nos") and run_length >= 2 and not lower and rest[1:2] and rest[1][:1].isupper():
        return 1  # "Conheci a Marisa Piancó na Cerâmica Jequitinhonha": Portuguese "at the"
    return 0


def _is_date_or_bare_number(tokens: list[str], index: int) -> bool:
    """A date, or a number that starts no name ("99 Degrees Studio" is a company's own number)."""
    token = tokens[index]
    if not (token[:1].isdigit() and all(ch.isdigit() or ch in "/-." for ch in token)):
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    return not token.isdigit() or not following[:1].isupper()
