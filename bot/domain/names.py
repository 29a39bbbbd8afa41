"""The person and the company in the words a rep wrote, once labels, emails and phones are gone.

A message is cut into segments at separators (commas, `` - ``, `` / ``, ``|``, brackets, ``?``, ``!``,
a heading's colon). In each segment a lead-in ("Could you log", "Spoke with", "I met") and a title
("Dr.", "Ms.") are dropped; then comes a run of name words, maybe a word that introduces a company
("at", "from", "works for", "of" after a full name) and the company's words, and trailing words that
are neither ("this morning", "wants a trial"). Anything it is not sure of stays out: a field left
empty is better than a wrong one the rep trusts. Every step is a scan over the words, so the work
grows linearly with the text.

Case is evidence: in a message with capitals, names and companies are capitalised and lower-case
words end them. A message typed all in lower case ("met ada park at initrode") is read with a list
of common words instead, and what it yields is marked as guessed.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from bot.domain import companies
from bot.domain import wordlists as words
from bot.domain.contact import without_controls
from bot.domain.name_run import (
    MAX_NAME_WORDS,
    ends_a_name,
    is_cjk_sentence,
    is_full_name,
    is_name_word,
    name_run,
    without_honorifics,
)
from bot.domain.segments import HAS_ALNUM as _HAS_ALNUM
from bot.domain.segments import TITLE, segments
from bot.domain.wordlists import plain

_LOCATIVE = re.compile(r"['\u2019](?:da|de|ta|te|nda|nde)$")
# A company's possessive before its person: "Northwind Labs' Priya Shah", "Acme's Jane Roe"
_POSSESSIVE_END = re.compile(r"(?<=s)['\u2019]$|['\u2019]s$")
# Words that name a group of people, never a person's first name: "Team Apollo", "Division North"
_UNIT_WORDS = frozenset({"team", "dept", "department", "division", "squad", "crew", "office", "unit"})
# Honorifics written as a word after a name: "Aiyappan ji", "Tanaka san"
_HONORIFICS_AFTER = frozenset({"ji", "jee", "sahib", "saab", "san", "sama", "sensei"})
# Words after which a name may follow late in a segment: "Invoice 4471 for Gordon Gekko".
_NAME_INTROS = frozenset({"with", "for", "met", "to"})


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
    guessed: bool = False  # the name came from a weak rule

    @functools.cached_property
    def alone(self) -> str | None:
        """The whole segment, when it reads as a company name (worked out only when asked: most
        messages never need it)."""
        tokens = list(self.tokens)
        while tokens and (not _HAS_ALNUM.search(tokens[-1]) or len(tokens) > 1 and plain(tokens[-1]) in words.TRAILING):
            tokens.pop()  # "Cascabel Foods 🎉", "Brackenridge Foods this morning"
        if self.title or not tokens or plain(tokens[0]) in words.LEAD_IN or (
                len(tokens) == 1 and is_cjk_sentence(tokens[0])):
            return None  # (... or a sentence in a script without spaces: "来週月曜日に折り返し電話")
        if len(tokens) <= (3 if self.lower else 6):
            company = companies.company_run(tokens, self.lower, listed=True)
            if company is not None and company.count(" ") == len(tokens) - 1:
                return company
        # "Quayside Ceramics wants a demo next week": a company of two words or more, then what it did
        does = next((i for i, token in enumerate(tokens[:7]) if plain(token) in words.COMPANY_DOES
                     or _says_what_it_does(tokens, i)), 0)
        if self.lower or does < 2:
            return None
        company = companies.company_run(tokens[:does], self.lower, listed=True)
        return company if company is not None and company.count(" ") == does - 1 else None


def _says_what_it_does(tokens: list[str], index: int) -> bool:
    """``Peppergrove Foods wnats a demo``: after two capitalised words or more, a lower-case verb in the
    third person (however it is typed) starts what the company did."""
    word = plain(tokens[index])
    return (index >= 2 and tokens[index].islower() and len(word) > 3 and word.endswith("s")
            and word not in words.COMPANY_NOUNS and word not in words.SUFFIXED_JOINERS
            and all(token[:1].isupper() or token == "&" for token in tokens[:index]))


@dataclass
class People:
    name: str | None = None
    company: str | None = None
    name_guessed: bool = False
    company_guessed: bool = False


def is_lower_case(text: str) -> bool:
    """Typed all in lower case; a script without case (Chinese, Arabic, Georgian…) is not."""
    if _GEORGIAN.search(text) is not None:
        text = _GEORGIAN.sub("", text)
    return text == text.lower() and text != text.upper()


_GEORGIAN = re.compile("[\u10d0-\u10ff]+")


def strip_lead_in(tokens: list[str]) -> list[str]:
    """``Could you log Priya Nair`` → ``Priya Nair``: leading words that only introduce the lead, and
    when it happened ("this afternoon", "on 2026-12-04")."""
    start = 0
    while start < len(tokens) and (plain(tokens[start]) in words.LEAD_IN or plain(tokens[start]) in words.TRAILING
                                   or not _HAS_ALNUM.search(tokens[start])  # "Morning all ☕ Can you add …"
                                   or _is_date_or_bare_number(tokens, start)
                                   # "per conversation w/ …": "per" leads in only before another lead-in
                                   # word (Per is also a name)
                                   or plain(tokens[start]) in ("per", "ho", "am") and start + 1 < len(tokens)
                                   and plain(tokens[start + 1]) in words.LEAD_IN
                                   # "Hablé con …", "créer le contact …": only after another lead-in word
                                   # ("Con Edison", "MIT", "Le Bihan" start names and companies)
                                   or start > 0 and plain(tokens[start]) in words.LEAD_IN_AFTER
                                   # "mit jörg …", "con facundo …" in lower case (not "MIT", "Con Edison")
                                   or tokens[start] in ("mit", "con", "med", "avec", "com")
                                   or plain(tokens[start]) == "de" and start > 0
                                   and plain(tokens[start - 1]) in ("acabo", "acabamos", "vengo", "favor", "dar")):
        start += 1
    if 1 < start < len(tokens) and plain(tokens[start - 1]) in ("w", "in", "v", "в", "na", "en", "à", "på") and (
            plain(tokens[start - 2]) in words.EVENT_WORDS):
        return []  # "nowy lead z targów w Poznaniu": after the fair, where it was
    if 0 < start < len(tokens) and _names_the_sender(tokens, start):
        start += 1  # "Call from Jane Roe": she called; "from" here introduces no company
    return tokens[start:]


def _names_the_sender(tokens: list[str] | tuple[str, ...], index: int) -> bool:
    """``card from``, ``voicemail from``: the "from" at ``index`` says who sent it, not where they work."""
    return plain(tokens[index]) == "from" and plain(tokens[index - 1]) in words.MESSAGE_NOUNS


def read(text: str, *, want_name: bool = True) -> People:
    """The name and company in ``text`` (labels, emails and phones already taken out). Without
    ``want_name`` (the name is known) no segment is held back as the name."""
    text = without_controls(text, keep_format=True)  # as the stored value will be: no control characters
    lower = is_lower_case(text)
    parts = segments(text)
    read_parts = [_read_segment(part, lower) for part in parts]
    people = People()
    taken: int | None = None  # the segment the company came from as a whole
    # Where they work ("she runs Ruiz Foods") beats where the rep met them ("Met Ines at SaaStr Annual").
    company = next((s.company for s in read_parts if s.company and not s.met_at), None) or next(
        (s.company for s in read_parts if s.company), None)
    if company is None:
        company, taken = _suffixed_or_after_title(parts, read_parts)
    # A full name wins over a one-word one in an earlier segment ("Signed! Phoebe Buffay at Central Perk").
    named = [i for i, s in enumerate(read_parts) if s.name and i != taken and want_name]
    name_at = next((i for i in named if is_full_name(read_parts[i].name or "")), named[0] if named else None)
    if name_at is not None:
        people.name = read_parts[name_at].name
        people.name_guessed = lower or not is_full_name(people.name or "") or read_parts[name_at].guessed
    # "Met Aiko Fujimura at booth A-1024 (Tokyo Big Sight)": after where they met, an item names the venue
    at_a_venue = name_at is not None and read_parts[name_at].met_at and any(
        plain(token) in words.PLACES_IN_BUILDINGS or plain(token) in words.EVENT_WORDS
        for token in read_parts[name_at].tokens)
    if company is None and (not lower or name_at is not None) and not at_a_venue:
        # The weakest rule: a list item after the name that reads as a company ("Bob Smith, Acme").
        after = -1 if name_at is None else name_at
        # With no name to stand beside, an item with lower-case words ("Order 5521 for Acme") is a sentence.
        company = next((s.alone for i, s in enumerate(read_parts) if i > after and s.alone
                        and (name_at is not None or s.lower or not _has_lower_word(s.tokens))), None)
        people.company_guessed = company is not None
    if (company is not None and people.name is not None and people.company_guessed and " " in company
            and _ends_like_a_business(people.name) and not _ends_like_a_business(company)
            and all(is_name_word(word, lower) for word in company.split())):
        people.name, company = company, people.name  # "Kline Freight - Dana Kline - VP Ops": the company first
    if company is None and people.name is not None:
        split = _company_after_particle(people.name, lower)
        if split is not None:
            (people.name, company), people.company_guessed = split, True
    core = None if company is None else company.rstrip(".")  # (the name's run may have left the form's last dot)
    if core and people.name is not None and company != people.name:
        people.name = _without_company(people.name, core)
    if people.name is not None and sum(plain(word) not in words.PARTICLES for word in people.name.split()) > (
            MAX_NAME_WORDS):
        people.name = None  # a run that long and not split at "da", "von" … is a sentence, not a name
    if company is not None and company == people.name:
        if companies.has_suffix(company):  # "actually Donauglas Handels GmbH": a legal form says which
            people.name, people.name_guessed = None, False
        else:
            company = None
    people.company = company
    # A company in lower case had no capital to go by: the rep should look at it.
    people.company_guessed = people.company_guessed or (company is not None and is_lower_case(company))
    return people


def _without_company(name: str, company: str) -> str | None:
    """``株式会社サクラテック 田中太郎``: the company written before the name in the same words; ``Wiebke Tammling
    von Nordlicht Akustik GmbH``: after it, with the particle that meant "from". Only at either end, as whole
    words ("Jane Roe Jane" is no "Jane Jane", "Roesler" no "sler")."""
    spaced = not companies.caseless(company[:1])  # (Chinese and Japanese write no space between the two)
    if name.startswith(company) and (not spaced or name[len(company): len(company) + 1] in ("", " ")):
        kept = name[len(company):].split()
    elif name.endswith(company) and (not spaced or name[-len(company) - 1: -len(company)] in ("", " ")):
        kept = name[: -len(company)].split()
    else:
        return name
    while kept and plain(kept[-1]) in words.PARTICLES:
        kept.pop()
    return " ".join(kept) or None


def _ends_like_a_business(value: str) -> bool:
    return plain(value.rsplit(" ", 1)[-1]) in words.BUSINESS_NOUNS


def is_job_word(token: str) -> bool:
    """``Einkaufsleiter``, ``VP``, ``Sales``: a word of a job title or a department."""
    word = plain(token)
    return word in words.ROLES or word in words.TITLE_WORDS or word in words.DEPARTMENTS


def _after_department(tokens: list[str]) -> str | None:
    """``Follow up with procurement at Glenmorrow Foods``, ``demo with the ops team at Quillmarsh``: the
    company a department or a team is at."""
    at = next((i for i in range(1, len(tokens) - 1) if plain(tokens[i]) in ("at", "@")
               and plain(tokens[i - 1]) in words.DEPARTMENTS and tokens[i + 1][:1].isupper()), None)
    return None if at is None else companies.company_run(tokens[at + 1:], False)


def _company_after_particle(name: str, lower: bool) -> tuple[str, str] | None:
    """``Till Vossberg von Nordlicht Kältetechnik``, ``mateo villaseñor de bodegas almenara``: after a full
    name, "von", "van", "de", "di" or "da" is "from" when two words or more follow it (a surname after
    a particle is one word: "Fernanda Lima da Silva") and the message names no company otherwise."""
    tokens = name.split()
    at = next((i for i in range(2, len(tokens) - 2) if plain(tokens[i]) in words.FROM_PARTICLES
               and (plain(tokens[i + 1]) not in words.PARTICLES or _business_after(tokens[i + 2:]))), None)
    if at is None:
        return None
    # ("Ioana Mureșan de la Carpatina Soft": Romanian "de la" is "from" too, where a business's name follows)
    start = at + 1 if plain(tokens[at + 1]) not in words.PARTICLES else at + 2
    company = companies.company_run(tokens[start:], lower, listed=True)
    return (" ".join(tokens[:at]), company) if company is not None and " " in company else None


def _business_after(tokens: list[str]) -> bool:
    """Two words or more that end like a business ("Carpatina Soft"), not a surname ("de la Vega Ruiz")."""
    return len(tokens) >= 2 and _ends_like_a_business(" ".join(tokens))


def has_company_intro(text: str) -> bool:
    """``Jane Roe from Acme``: the text names a company with a connecting word, so it is more than a name."""
    lower = is_lower_case(text)
    return any(_read_segment(part, lower).company for part in segments(text))


def _suffixed_or_after_title(parts: list[str], read_parts: list[Segment]) -> tuple[str | None, int | None]:
    has_suffixes = companies.has_suffix(" ".join(parts))
    for index, part in enumerate(parts):
        company = companies.suffixed(part, has_suffixes=has_suffixes)
        if company is not None and not read_parts[index].title:
            return company, index if company == part else None
    for index in range(1, len(parts)):
        # "Director of Finance, Initech": the item after a job title is where they work, unless it is the
        # message's name ("Head of Procurement, Ingrid Solvang — Fjordline Seafood Imports").
        if read_parts[index - 1].title and read_parts[index].alone and not _the_first_full_name(read_parts, index):
            return read_parts[index].alone, index
    return None, None


def _the_first_full_name(read_parts: list[Segment], index: int) -> bool:
    """The item at ``index`` is the message's first full name and a later item may be the company."""
    name = read_parts[index].name
    return (name is not None and " " in name and not any(s.name and " " in s.name for s in read_parts[:index])
            and any(s.alone for s in read_parts[index + 1:]))


def _read_segment(part: str, lower: bool) -> Segment:
    tokens = TITLE.sub("", part).split()
    if not part.isascii():
        tokens = without_honorifics(tokens)
    segment = _read_tokens(strip_lead_in(tokens), lower)
    segment.met_at = bool(tokens) and plain(tokens[0]) in words.MEETING_WORDS
    if segment.met_at and len(tokens) > 1 and plain(tokens[1]) in ("at", "@"):
        segment.company = None  # "Met at CES, booth 12": where, with no one named
    if segment.name is None and segment.company is None and not segment.title and len(segment.tokens) > 2:
        # "Invoice 4471 for Gordon Gekko", "demo on Friday with Femi Adebayo": a name after the segment's
        # last "with" or "for", when nothing before it read as one. Only a full name counts.
        at = max((i for i, token in enumerate(segment.tokens[:-2])
                  if plain(token) in _NAME_INTROS or i and _names_the_sender(segment.tokens, i)), default=-1)
        if at > 0:
            later = _read_tokens(list(segment.tokens[at + 1:]), lower)
            if later.name is not None and " " in later.name:
                segment.name, segment.company = later.name, later.company
    if segment.company is None and not lower and not segment.title:
        segment.company = _after_department(list(segment.tokens))
    return segment


def _read_tokens(tokens: list[str], lower: bool) -> Segment:
    if tokens and plain(tokens[0]) in words.ROLE_LEAD_IN:  # "the CFO", "our VP"
        tokens = tokens[1:]
    if len(tokens) > 2 and (plain(tokens[1]) == "ấy" or plain(tokens[0]) == "il" and (
            plain(tokens[1]) in words.WORKS or plain(tokens[1]) in words.IS)):
        tokens = tokens[1:]  # "anh ấy làm ở …" (he works at), "il bosse chez …": "Il Fornaio" is a company
    about_them = bool(tokens) and plain(tokens[0]) in words.PRONOUNS
    while tokens and (plain(tokens[0]) in words.PRONOUNS or plain(tokens[0]) in words.HEDGES):
        tokens = tokens[1:]  # "he's with Meridian Health", "she's actually at …"
    if len(tokens) > 1 and plain(tokens[0]) in words.ROLE_LEAD_IN and plain(tokens[1]) in words.ROLES:
        tokens = tokens[1:]  # "She's the COO of …", but not "she's an OB/GYN"
    segment = Segment(tokens=tuple(tokens), lower=lower)
    if not tokens:
        return segment
    if about_them and not is_name_word(tokens[0], lower):
        # "she's the procurement lead at Northwind Traders": what she does, then where
        at = next((i for i, token in enumerate(tokens[:6]) if plain(token) in words.COMPANY_INTROS), None)
        if at is not None:
            at += at + 1 < len(tokens) and plain(tokens[at + 1]) in words.COMPANY_AFTER_FROM  # "она из компании …"
            segment.company = companies.company_run(tokens[at + 1:], lower)
            return segment
    titled = _after_job_title(tokens, lower)
    if titled is not None:
        return titled
    if len(tokens) > 1 and plain(tokens[-1]) in words.WORKS_AT_END:
        # Turkish "Boğaz Yazılım'da çalışıyor": the place, with its locative ending, before "works"
        segment.company = companies.company_run(tokens[:-2] + [_LOCATIVE.sub("", tokens[-2])], lower)
        return segment
    run = name_run(tokens, lower)
    if not run and not lower and len(tokens) > 3 and tokens[0].islower():
        typed_lower = _lower_name_at_a_company(tokens)
        if typed_lower is not None:
            return typed_lower
    owner = next((i for i, token in enumerate(run[:-2]) if _POSSESSIVE_END.search(token)), None)
    if owner is not None and not lower:
        # "Northwind Labs' Priya Shah", "Acme's Jane Roe": the company's person
        segment.company = " ".join([*run[:owner], _POSSESSIVE_END.sub("", run[owner])])
        segment.name = " ".join(run[owner + 1:])
        return segment
    rest = tokens[len(run):]
    if run and rest and plain(rest[0]) in _HONORIFICS_AFTER:
        rest = rest[1:]  # "Lalithambika Aiyappan ji from …"
    if len(run) == 1 and not rest and plain(run[0]) in words.PLACES:
        return segment  # "…, Monterrey": a city on its own is where, not who
    # (a role's word in a business's name is no title: "Ebonyi Specialist Hospital")
    segment.title = (any(plain(token) in words.ROLES for token in run) and not _ends_like_a_business(" ".join(run))
                     or _opens_with_role(tokens) or _role_of_department(tokens)
                     # "Ops manager at …", "Marketing lead from …": a department, then a role
                     or bool(run) and bool(rest) and (plain(rest[0]) in words.ROLES or plain(rest[0]) == "lead")
                     and all(plain(token) in words.DEPARTMENTS or plain(token) in words.TITLE_WORDS for token in run))
    intro = _intro_length(rest, len(run), lower)
    if intro and len(rest) > intro and companies.is_time(rest[intro]):
        intro = 0  # "Zoom at 3pm EST": a time, so no one was introduced
    stand = len(rest)
    if intro and len(rest) > intro + 1 and plain(rest[intro]) == "the":
        # "priyanka dholakiya @ the larkspur & vine stand": the company whose stand it was
        stand = next((i for i in range(intro + 2, min(len(rest), intro + 6)) if plain(rest[i]) in ("stand", "booth")),
                     len(rest))
        intro += stand < len(rest)
    if intro and not run and _after_an_event(tokens[: len(tokens) - len(rest) + intro]):
        intro = 0  # "booth lead #14 from HIMSS": the event it came from
    if intro:
        segment.company = companies.company_run(rest[intro:stand], lower)
        if (lower and len(run) == 1 and plain(rest[intro - 1]) in ("at", "@")
                and any(plain(token) == "dot" for token in rest[intro + 1: intro + 4])):
            segment.company = None  # "jane at acme dot com" is a mistyped email
        if segment.company is None and not lower and plain(rest[intro - 1]) == "from":
            # "Priya from finance at Corvell Systems": a department first, then where it is
            then = next((i for i in range(intro, min(len(rest), intro + 4))
                         if plain(rest[i]) in words.COMPANY_INTROS), 0)
            segment.company = companies.company_run(rest[then + 1:], lower) if then else None
    elif segment.title and not lower and (prefixed := _prefixed_inside(tokens)) is not None:
        segment.company = prefixed  # "директор з продажу ТОВ «Галицький Хліб»": the legal form says where
    elif segment.title:
        # "the head of IT at Oscorp": where the job is
        # ("gerente de ventas en Cafetalera", "director of ops for Redbarrow Health": the first that gives one)
        segment.company = next((company for i, token in enumerate(tokens)
                                if (plain(token) in words.TITLE_COMPANY_INTROS or _heads_company(tokens, i, lower))
                                and not _after_an_event(tokens[:i])
                                and (company := companies.company_run(tokens[i + 1:], lower)) is not None), None)
    # "olumide works at yellowfin couriers": one lower-case word is a name only when a company follows it
    if run and not segment.title and ends_a_name(run, rest, bool(intro), lower and segment.company is None):
        if run[-1].endswith(("'s", "\u2019s")) and len(run) > 1:
            run[-1] = run[-1][:-2]  # "Jane Roe's company is Acme"
        # "Inkoopafdeling, bestelling 88213", "Team Apollo wants …" (but "Dev Patel")
        # ("the Data Platform team at …": a team's name)
        # ("한결 건설", "ホーキンス貿易": a business's word ends it)
        if ((len(run) > 1 or plain(run[0]) not in words.DEPARTMENTS) and plain(run[0]) not in _UNIT_WORDS
                and not words.is_cjk_business(run[-1])
                and not (rest and plain(rest[0]) in _UNIT_WORDS) and not companies.in_a_building([*run, *rest[:1]])):
            segment.name = " ".join(run).rstrip(".") if len(run[-1]) > 2 else " ".join(run)
    return segment


def _after_an_event(tokens: list[str]) -> bool:
    """``booth lead #14 from …``: words about an event before a "from" say where the lead came from."""
    return any(plain(token) in words.EVENT_WORDS for token in tokens)


def _lower_name_at_a_company(tokens: list[str]) -> Segment | None:
    """``wendell brightwater from Cobaltline Marine``: in a message with capitals, a name typed in lower case
    is one when a capitalised company follows its "from" or "at" (a guess: the rep should look)."""
    run = name_run(tokens, True)
    if not 2 <= len(run) <= 3 or not all(token.islower() for token in run):
        return None
    rest = tokens[len(run):]
    intro = _intro_length(rest, len(run))
    if not intro or len(rest) <= intro or not rest[intro][:1].isupper():
        return None
    company = companies.company_run(rest[intro:], False)
    if company is None:
        return None
    return Segment(name=" ".join(run), company=company, tokens=tuple(tokens), guessed=True)


def _prefixed_inside(tokens: list[str]) -> str | None:
    """A company whose legal form is written first ("ТОВ «Галицький Хліб»", "Công ty TNHH …") after other
    words of the item. (Not "PT", which after a time is Pacific Time.)"""
    return next((company for i in range(1, len(tokens) - 1) if tokens[i] != "PT"
                 and (company := companies.prefixed(" ".join(tokens[i:]))) is not None), None)


def _role_of_department(tokens: list[str]) -> bool:
    """``Dean of Engineering``, ``Chair of Marine Science``: a role (in any case) of a department or a field."""
    return (len(tokens) >= 3 and plain(tokens[1]) == "of" and (plain(tokens[0]) in words.ROLES
                                                                or plain(tokens[0]) in words.LOWER_CASE_ROLES)
            and any(plain(token) in words.DEPARTMENTS for token in tokens[2:4]))


def _opens_with_role(tokens: list[str]) -> bool:
    """``manager …``, ``harbour manager of …``, ``Senior Sales Director …``: a role, maybe after words of a
    title or lower-case words that say what kind."""
    for token in tokens[:4]:
        word = plain(token)
        if word in words.ROLES or word in words.LOWER_CASE_ROLES and token.islower():
            return True
        if word not in words.TITLE_WORDS and word not in words.DEPARTMENTS and not token.islower():
            return False
    return False


def _after_job_title(tokens: list[str], lower: bool) -> Segment | None:
    """``VP of Operations Marisela Arreguín``, ``Sales Director Jane Roe at Acme``: a job title before a
    full name is neither; the name (and a company it introduces) is what follows the title's words."""
    if lower or plain(tokens[0]) not in words.ROLES and plain(tokens[0]) not in words.TITLE_WORDS:
        return None
    end = 0
    while end < len(tokens) and (plain(tokens[end]) in words.ROLES or plain(tokens[end]) in words.TITLE_WORDS):
        end += 1
    if end == len(tokens) or not any(plain(token) in words.ROLES for token in tokens[:end]) or (
            plain(tokens[end - 1]) == "of"):  # "COO of Kumasi Cocoa Imports": after "of", the organisation
        return None
    rest = _read_tokens(tokens[end:], lower)
    return rest if rest.name is not None and " " in rest.name else None


def _intro_length(rest: list[str], run_length: int, lower: bool = False) -> int:
    """How many words introduce a company at the start of ``rest`` ("at", "works for"), or 0."""
    if not rest:
        return 0
    first = plain(rest[0])
    second = plain(rest[1]) if len(rest) > 1 else ""
    if first == "z" and second.startswith("o.o"):
        return 0  # "Sp. z o.o.": Poland's legal form, not "from"
    if first in words.WORKS and second in words.WORKS_AT:
        return 2  # "works at", "trabaja en", "arbeitet bei", "werkt bij"
    if first == "de" and second == "chez" or first in words.COMPANY_INTROS and second in words.COMPANY_AFTER_FROM:
        return 2  # "de chez …", "z firmy …"
    if lower and run_length >= 2 and first in words.FROM_PARTICLES:
        return 1  # (the name's run stopped there: see _name_run)
    if not lower and run_length == 0 and first in ("de", "da", "von", "van") and len(rest) > 3 and all(
            token[:1].isupper() for token in rest[1:4]):
        return 1  # "Ximena Saldívar, de Mezcales Tierra Roja": an item of its own that says "from"
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
    if first in words.COMPANY_INTROS or (first == "of" and run_length >= 2) or first in words.COMPANY_VERBS:
        return 1
    if first in ("na", "no", "nas", "nos") and run_length >= 2 and not lower and rest[1:2] and rest[1][:1].isupper():
        return 1  # "Conheci a Marisa Piancó na Cerâmica Jequitinhonha": Portuguese "at the"
    return 0


def _has_lower_word(tokens: tuple[str, ...]) -> bool:
    """A lower-case word other than a name's or a company's particle ("Cidrerie de l'Odet" has none)."""
    return any(token[:1].islower() and plain(token) not in words.PARTICLES and not companies.elided_capital(token)
               and not companies.caseless(token)
               for token in tokens)


def _is_date_or_bare_number(tokens: list[str], index: int) -> bool:
    """A date, or a number that starts no name ("99 Degrees Studio" is a company's own number)."""
    token = tokens[index]
    if not (token[:1].isdigit() and all(ch.isdigit() or ch in "/-." for ch in token)):
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    return not token.isdigit() or not following[:1].isupper()


def _heads_company(tokens: list[str], index: int, lower: bool) -> bool:
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
