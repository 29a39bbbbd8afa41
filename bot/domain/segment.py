"""One segment of a message as read (see bot.domain.segment_reading for how it is read, bot.domain.names for how
a message is cut): the name and company found in it, what it says about where the lead came from, and the whole
segment read as a company's name when nothing introduced one (``alone``)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from bot.domain import companies
from bot.domain import segment_cues as cues
from bot.domain import wordlists as words
from bot.domain.name_run import is_cjk_sentence
from bot.domain.segments import HAS_ALNUM as _HAS_ALNUM
from bot.domain.wordlists import plain


@dataclass(eq=False)
class Segment:
    """What one segment said: a name, a company it introduced, or that it is a job title or could be
    a company on its own (a list item)."""

    name: str | None = None
    company: str | None = None
    title: bool = False
    tokens: tuple[str, ...] = ()
    lower: bool = False
    met_at: bool = False  # the company came from "met … at X": maybe where they met, not where they work
    after_meeting: bool = False  # ... with the meeting's word among the first three
    guessed: bool = False  # the name came from a weak rule
    opens: bool = False  # its lead-in said a lead came in ("new contact from …"): a bare word after it is the source
    at_a_stand: bool = False  # the company came from "at the … stand": an exhibitor's, or the fair's own
    names_the_fair: bool = False  # the item before a stand's number: "Horeca Beirut, stand B7"
    counted: bool = False  # a number, then a lower-case word: "120 тонн", "40 sacks" is an amount
    greets: bool = False  # a greeting and one word: "Hi Tom", "Grüezi Reto" greets a colleague, no lead
    works_from: bool = False  # the company came after "from" (where they come from, not where they were met)

    def forget(self) -> None:
        """Read nothing from this item: it greets a colleague or signs the message off."""
        self.name = self.company = None
        self.tokens = ()
        self.__dict__.pop("alone", None)

    @functools.cached_property
    def alone(self) -> str | None:
        """The whole segment, when it reads as a company name (worked out only when asked: most
        messages never need it)."""
        tokens = list(self.tokens)
        while tokens and (not _HAS_ALNUM.search(tokens[-1]) or len(tokens) > 1 and plain(tokens[-1]) in words.TRAILING):
            tokens.pop()  # "Cascabel Foods 🎉", "Brackenridge Foods this morning"
        # "青岚机械厂 下周去看样品", "누리솔 물산 다음주에 견적 요청함": in a script without capitals, a business's
        # word, then when or what (the business's words are the company)
        then = next((i for i in range(1, min(len(tokens), 4)) if not tokens[i].isascii()
                     and words.is_cjk_business(tokens[i - 1])
                     and (words.is_caseless_department_or_time(tokens[i]) or is_cjk_sentence(tokens[i]))), 0)
        if then and not self.title:
            tokens = tokens[:then]
        # (... nor a sentence in a script without spaces, "来週月曜日に折り返し電話", nor a job, "… खरीद प्रबंधक")
        if self.title or self.names_the_fair or self.counted or not tokens or _leads_in(tokens) or (
                len(tokens) > 1 and plain(tokens[-1]) in words.VENUE_ENDINGS) or (
                " ".join(map(plain, tokens[-2:] if len(tokens) == 2 else tokens[-1:])) in words.GENERIC_BUSINESSES
                and len(tokens) <= 2) or (
                any(not token.isascii() and is_cjk_sentence(token) for token in tokens)) or (
                any(plain(token) in words.ROLES for token in tokens)
                and not companies.ends_like_a_business(" ".join(tokens))):
            return None
        # (a legal form typed last in lower case is no word of the name: "pokhara paper crafts pvt ltd")
        legal = next((n for n in (2, 1) if len(tokens) > n and companies.lower_legal_form_ends(tokens[-n:])), 0)
        # (nor a joining word: "herrera café de altura")
        joiners = sum(token in companies.LOWER_JOINERS for token in tokens[1:-1])
        if len(tokens) - legal - joiners <= (3 if self.lower and "&" not in tokens else 6):  # ("ortiz & sons plumbing")
            company = companies.company_run(tokens, self.lower, listed=True)
            if company is not None and company.count(" ") == len(tokens) - 1:
                return None if self.opens and cues.a_source(company) else company
        # "Quayside Ceramics wants a demo next week": a company of two words or more, then what it did
        does = next((i for i, token in enumerate(tokens[:7]) if plain(token) in words.COMPANY_DOES
                     or _says_what_it_does(tokens, i) or _a_clause_starts(tokens, i)), 0)
        if self.lower or does < 2:
            return None
        company = companies.company_run(tokens[:does], self.lower, listed=True)
        return company if company is not None and company.count(" ") == does - 1 else None


def _leads_in(tokens: list[str]) -> bool:
    """A lead-in's word first ("new lead", "quick one"), but not an adjective that begins a business's
    capitalised name ("New Horizon Foods", "Great Lakes Cheese")."""
    return plain(tokens[0]) in words.LEAD_IN and not (
        tokens[0][:1].isupper() and plain(tokens[0]) in words.NAMING_ADJECTIVES and len(tokens) > 1
        and tokens[1][:1].isupper() and plain(tokens[1]) not in words.LEAD_IN) and not (
        tokens[0][:1].isupper() and words.greets_as_a_business(tokens[1:]))  # ("Talofa Tours", "Aloha Plumbing")


def _a_clause_starts(tokens: list[str], index: int) -> bool:
    """``Brightwater Labs for the Q3 rollout``, ``… via LinkedIn``, ``… #hot``: after two capitalised words or more,
    a lower-case word that joins no company's name (nor is its legal form) starts what is said about it."""
    token = tokens[index]
    return (index >= 2 and (token[:1].islower() or token[:1] in "#@(")
            and plain(token) not in words.COMPANY_JOINERS and plain(token) not in words.SUFFIXED_JOINERS
            and not companies.is_legal_form(token)
            # ("Mid Valley expo booth 12A", "Pragati Maidan trade fair se": a fair's or a stand's word names where)
            and not any(plain(later) in words.EVENT_WORDS or plain(later) in words.STAND_WORDS
                        for later in tokens[index: index + 2])
            and all(earlier[:1].isupper() or earlier == "&" for earlier in tokens[:index]))


def _says_what_it_does(tokens: list[str], index: int) -> bool:
    """``Peppergrove Foods wnats a demo``: after two capitalised words or more, a lower-case verb in the
    third person (however it is typed) starts what the company did."""
    word = plain(tokens[index])
    return (index >= 2 and tokens[index].islower() and len(word) > 3 and word.endswith("s")
            and word not in words.COMPANY_NOUNS and word not in words.SUFFIXED_JOINERS
            and all(token[:1].isupper() or token == "&" for token in tokens[:index]))
