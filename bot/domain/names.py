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

import re
from dataclasses import dataclass

from bot.domain import companies
from bot.domain import wordlists as words
from bot.domain.contact import without_controls
from bot.domain.item_companies import suffixed_or_after_title, whole_item, with_whole_legal_form
from bot.domain.lone_words import after_a_colon, after_a_title, company_said_alone, named_as_a_business, said_alone
from bot.domain.lower_names import first_item_in_lower_case
from bot.domain.name_run import MAX_NAME_WORDS, is_full_name, is_name_word, only_how_someone_is_called
from bot.domain.not_the_lead import (
    SOURCE_WORDS,
    a_marketplace,
    drop_greeted_and_signed,
    drop_referrers,
    drop_sources,
    last_opener,
    names_a_stand,
    someone_elses,
)
from bot.domain.segment import Segment
from bot.domain.segment_reading import read_segment
from bot.domain.segments import segments
from bot.domain.wordlists import plain


@dataclass
class People:
    name: str | None = None
    company: str | None = None
    name_guessed: bool = False
    company_guessed: bool = False
    company_where_met: bool = False  # from "met … at X" alone: maybe where they met, not where they work
    name_alone: bool = False  # a word or two said with nothing marking a person (bot.domain.lone_words)
    company_alone: bool = False  # a word or a source said with no one named and nothing marking a business


def is_lower_case(text: str) -> bool:
    """Typed all in lower case; a script without case (Chinese, Arabic, Georgian…) is not."""
    if not text.isascii() and _GEORGIAN.search(text) is not None:
        text = _GEORGIAN.sub("", text)
    return text == text.lower() and text != text.upper()


_GEORGIAN = re.compile("[\u10d0-\u10ff]+")


def read(text: str, *, want_name: bool = True) -> People:
    """The name and company in ``text`` (labels, emails and phones already taken out). Without
    ``want_name`` (the name is known) no segment is held back as the name."""
    text = without_controls(text, keep_format=True)  # as the stored value will be: no control characters
    lower = is_lower_case(text)
    parts = segments(text)
    read_parts = [read_segment(part, lower) for part in parts]
    drop_sources(read_parts)
    drop_referrers(read_parts)
    drop_greeted_and_signed(parts, read_parts)
    people = People()
    taken: int | None = None  # the segment the company came from as a whole
    # Where they work ("she runs Ruiz Foods") beats where the rep met them ("Met Ines at SaaStr Annual").
    company = next((s.company for s in read_parts if s.company and not s.met_at), None) or next(
        (s.company for s in read_parts if s.company), None)
    people.company_where_met = company is not None and all(s.after_meeting for s in read_parts if s.company)
    if company is not None and companies.has_suffix(company):
        company = with_whole_legal_form(company, parts, read_parts)
    if company is None:
        company, taken = suffixed_or_after_title(parts, read_parts, text)
    # A full name wins over a one-word one in an earlier segment ("Signed! Phoebe Buffay at Central Perk").
    named = [i for i, s in enumerate(read_parts) if s.name and i != taken and want_name]
    alone = [i for i in named if " " not in (read_parts[i].name or "").strip()]
    opener_at = last_opener(parts) if alone else -1
    addressed = {i for i in alone if i < opener_at}
    if addressed:
        named = [i for i in named if i not in addressed]
    name_at = next((i for i in named if is_full_name(read_parts[i].name or "")), named[0] if named else None)
    if name_at is not None and only_how_someone_is_called(read_parts[name_at].name or ""):
        # ("صباح الخير يا باشا, سجل لي …: وليد السنباطي": how the rep greets a colleague, then the lead's full name)
        name_at = next((i for i in named if i > name_at and is_full_name(read_parts[i].name or "")
                        and not only_how_someone_is_called(read_parts[i].name or "")), name_at)
    if name_at is not None and _a_place_by_an_event(read_parts, name_at) and not after_a_colon(text, parts[name_at]):
        name_at = None  # "contacto de la feria Espacio Minero, Calama", "Алматы, выставка KIOGE": the fair's town
    # "jane baker, Acme Corp"; "tamsin boatwright, 0491 …, Yarrabee Irrigation": a capitalised item after it is no
    # name of its own, with the lower-case one first
    listed = (company is None and not lower and name_at is not None and name_at > 0
              and all(not later.tokens for later in read_parts[name_at + 1:])
              and read_parts[name_at].name == read_parts[name_at].alone)
    if (name_at is None or listed) and (
            not lower and want_name and (typed := first_item_in_lower_case(read_parts)) is not None):
        read_parts[0].name, read_parts[0].guessed, name_at = typed, True, 0
    if name_at is not None:
        people.name = read_parts[name_at].name
        people.name_guessed = lower or not is_full_name(people.name or "") or read_parts[name_at].guessed
    if company is not None and name_at is not None and taken is None:
        company, taken = whole_item(parts, company, name_at)
    if company is not None and name_at is not None and taken is None and someone_elses(read_parts, company, name_at):
        company = None  # "… Halima Osei (Quillmark Paper). She was referred by Jake at Brightline": Jake's, not hers
    # "Met Aiko Fujimura at booth A-1024 (Tokyo Big Sight)": after where they met, an item names the venue
    at_a_venue = name_at is not None and read_parts[name_at].met_at and any(
        plain(token) in words.PLACES_IN_BUILDINGS or plain(token) in words.EVENT_WORDS
        for token in read_parts[name_at].tokens)
    if company is None and (not lower or name_at is not None) and not at_a_venue:
        # The weakest rule: a list item after the name that reads as a company ("Bob Smith, Acme").
        after = -1 if name_at is None else name_at
        # With no name to stand beside, an item with lower-case words ("Order 5521 for Acme") is a sentence.
        company = next((s.alone for i, s in enumerate(read_parts) if i > after and i not in addressed and s.alone
                        and not _a_place_by_an_event(read_parts, i)
                        and (name_at is not None or s.lower or not _has_lower_word(s.tokens))), None)
        if company is None and name_at is not None:
            # "Tallowmere Candles (Oren Vashti)", "Tallowmere Candles: Oren Vashti": before the name, only an item
            # whose own words say it is a business
            company = next((s.alone for i, s in enumerate(read_parts[:name_at]) if i not in addressed and s.alone
                            and companies.ends_like_a_business(s.alone) and not _a_place_by_an_event(read_parts, i)),
                           None)
        people.company_guessed = company is not None
    if (company is not None and people.name is not None and people.company_guessed and " " in company
            and companies.ends_like_a_business(people.name) and not companies.ends_like_a_business(company)
            and all(is_name_word(word, lower) for word in company.split())):
        people.name, company = company, people.name  # "Kline Freight - Dana Kline - VP Ops": the company first
    if company is None and people.name is not None:
        split = _company_after_particle(people.name, lower)
        if split is not None:
            (people.name, company), people.company_guessed = split, True
    core = None if company is None else company.rstrip(".")  # (the name's run may have left the form's last dot)
    if core and people.name is not None and company != people.name:
        people.name = _without_company(people.name, core)
        own = companies.without_legal_form(core)
        before_own = people.name[: -len(own)].split()[-1:] if people.name is not None else []
        if people.name is not None and own != core and people.name.endswith(own) and before_own and (
                plain(before_own[0]) in words.FROM_PARTICLES or before_own[0] == "of"):
            # "Isabelle Tremblay de Boulangerie Tremblay inc.": the run of the name stopped at the legal form, and
            # "de" said "from" (not "Sam Lee, Lee & Co": a company named for them)
            people.name = _without_company(people.name, own)
    if people.name is not None:
        if "'" in people.name or "\u2019" in people.name:  # (the ending follows an apostrophe)
            people.name = _TURKISH_GENITIVE.sub("", people.name)  # "Deniz Köroğlu'nun maili": Köroğlu's email
        honorific, _, rest = people.name.partition(" ")
        if plain(honorific) in _HONORIFICS_BEFORE and is_full_name(rest):
            people.name = rest  # "Mzee Kiprono arap Chepkwony": an elder's honorific before a full name
    if people.name is not None and only_how_someone_is_called(people.name):
        people.name = None  # "Oga at the fair booth", "Bhai from Sadar Bazar", "يا باشا": how they were called
        if company is not None and not named_as_a_business(company):
            # "Mama Mboga at Gikomba", "Mzee from Kariakoo": someone called so trades at a market or a stall that
            # bare word names, not at an employer ("Uncle from Zenith Bank", "Oga at Dangote Cement Ltd" stay)
            company = None
    if people.name is not None and sum(plain(word) not in words.PARTICLES for word in people.name.split()) > (
            MAX_NAME_WORDS):
        people.name = None  # a run that long and not split at "da", "von" … is a sentence, not a name
    if company is not None and company == people.name:
        if companies.has_suffix(company):  # "actually Donauglas Handels GmbH": a legal form says which
            people.name, people.name_guessed = None, False
        else:
            company = None
    if company is not None and a_marketplace(company):
        company = None  # "the Hajja at Souk Waqif", "Jjajja at Owino market": where they trade, not an employer
    if company is not None and people.company_guessed and after_a_title(text, company):
        company = None  # "her boss is Mr. Kato, don't put him": a person, whose item the title cut off
    people.company = company
    people.name_alone = (people.name is not None and company is None and name_at is not None
                         and said_alone(text, parts, read_parts, name_at, people.name, lower))
    people.company_alone = company is not None and people.name is None and (
        taken is None and company_said_alone(company, read_parts, answers=not want_name)  # ("CFO, Initech" stays)
        or want_name and not named_as_a_business(company) and any(
            segment.alone == company and _a_place_by_an_event(read_parts, i, alone=True)
            for i, segment in enumerate(read_parts)))
    # A company in lower case had no capital to go by: the rep should look at it.
    people.company_guessed = people.company_guessed or (company is not None and is_lower_case(company))
    return people


# Honorifics that are never a given name, before a full name (not "Anna", "Don", "Mama": names too)
_HONORIFICS_BEFORE = frozenset({"mzee", "bwana", "oga", "sekuru", "mbuya", "bhai", "bhaiya", "didi", "sahab", "ustaz",
                                "ustad", "sensei", "hajji", "haji", "alhaji", "alhaja", "hajia", "mallam", "malam"})
_TURKISH_GENITIVE = re.compile(r"(?<=\w)['\u2019]n?[ıiuü]n$")


def _a_place_by_an_event(read_parts: list[Segment], index: int, *, alone: bool = False) -> bool:
    """A one-word name in an item of its own, right after an item about a fair or a lead's source, or right before
    one that starts with a fair's word, is where the fair was ("Calama", "Quetzaltenango", "Sat"). With nothing else
    said (``alone``: no one named, no email or phone, the caller checks), so is an item of two or three words read
    as a company ("…, Jamhuri Park", "…, Espacio Riesco"; a full name there may be the lead: "met at the fair, Jane
    Doe")."""
    segment = read_parts[index]
    if alone:
        if not 1 <= len(segment.tokens) <= 3:
            return False
    elif len(segment.tokens) != 1 or segment.name is not None and is_full_name(segment.name):
        return False
    # (an item that names someone met at a fair is no fair's item: "met Calloway Brisk at the booth, …, Tinderbeam")
    before = read_parts[index - 1].tokens if index and read_parts[index - 1].name is None else ()
    after = read_parts[index + 1].tokens if index + 1 < len(read_parts) else ()
    return (any(plain(token) in words.EVENT_WORDS or plain(token) in words.REFERRAL_NOUNS
                or plain(token) in SOURCE_WORDS for token in before)
            or bool(after) and (plain(after[0]) in words.EVENT_WORDS or names_a_stand(after)))


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


def _company_after_particle(name: str, lower: bool) -> tuple[str, str] | None:
    """``Till Vossberg von Nordlicht Kältetechnik``, ``mateo villaseñor de bodegas almenara``: after a full
    name, "von", "van", "de", "di" or "da" is "from" when two words or more follow it (a surname after
    a particle is one word: "Fernanda Lima da Silva") and the message names no company otherwise."""
    tokens = name.split()
    # (after a first name alone only before a shop's word: "a carla da padaria bom pão")
    at = next((i for i in range(1, len(tokens) - 2) if plain(tokens[i]) in words.FROM_PARTICLES and (
        i >= 2 and (plain(tokens[i + 1]) not in words.PARTICLES or _business_after(tokens[i + 2:]))
        or _shop_after(tokens, i))), None)
    if at is None or only_how_someone_is_called(" ".join(tokens[:at])):
        return None  # ("Le Hajj de Derb Ghallef": how someone is called, then the place they are from)
    # ("Ioana Mureșan de la Carpatina Soft": Romanian "de la" is "from" too, where a business's name follows)
    start = at + 1 if plain(tokens[at + 1]) not in words.PARTICLES else at + 2
    company = companies.company_run(tokens[start:], lower, listed=True)
    return (" ".join(tokens[:at]), company) if company is not None and " " in company else None


def _shop_after(tokens: list[str], at: int) -> bool:
    """After the particle at ``at`` (and maybe an article), a business's first word: "da padaria", "de la
    ferretería"."""
    first = at + 1 + (plain(tokens[at + 1]) in words.PARTICLES)
    return first < len(tokens) - 1 and words.starts_a_business(plain(tokens[first]))


def _business_after(tokens: list[str]) -> bool:
    """Two words or more that end like a business ("Carpatina Soft") or start like one ("Bodegas Ruiz"), not a
    surname ("de la Vega Ruiz")."""
    return len(tokens) >= 2 and (companies.ends_like_a_business(" ".join(tokens))
                                 or words.starts_a_business(plain(tokens[0])))


def has_company_intro(text: str) -> bool:
    """``Jane Roe from Acme``: the text names a company with a connecting word, so it is more than a name."""
    lower = is_lower_case(text)
    return any(read_segment(part, lower).company for part in segments(text))


def _has_lower_word(tokens: tuple[str, ...]) -> bool:
    """A lower-case word other than a name's or a company's particle ("Cidrerie de l'Odet" has none)."""
    return any(token[:1].islower() and plain(token) not in words.PARTICLES and not companies.elided_capital(token)
               and plain(token) not in words.TRAILING  # ("Grevillea Crescent Pharmacy again")
               and not companies.caseless(token)
               for token in tokens)
