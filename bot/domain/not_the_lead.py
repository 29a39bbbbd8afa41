"""Items of a message about someone or something other than the lead: where it came from (a source, a fair's
stand), where they trade (a market, a mall, a district), the colleague it greets and the rep who signs it, whoever
referred the lead, and where they worked before. bot.domain.names forgets what these items say before it picks the
lead's name and company."""

from __future__ import annotations

import re

from bot.domain import companies
from bot.domain import wordlists as words
from bot.domain.segment import Segment
from bot.domain.segment_cues import a_source
from bot.domain.segments import HAS_ALNUM as _HAS_ALNUM
from bot.domain.wordlists import plain

_SOURCE_INTROS = frozenset({"from", "via", "thru", "through", "de", "von", "aus", "z", "van", "da", "dal", "du"})


def drop_sources(read_parts: list[Segment]) -> None:
    """``Another one for the pipeline, from LinkedIn``: after an item that opens a lead, an item that only
    says "from" a word or an event is where the lead came from, as it is in the opener's own item. And
    ``Horeca Beirut, stand B7``, ``an der Swissbau, Stand C48``: the item before a stand's or a hall's number names
    the fair (a company with its legal form stays: an exhibitor's)."""
    opened = False
    for index, segment in enumerate(read_parts):
        if (opened and segment.company is not None and segment.name is None and segment.tokens
                and plain(segment.tokens[0]) in _SOURCE_INTROS and a_source(segment.company)):
            segment.company = None
        opened = opened or segment.opens
        # ("Another one from Big 5 Saudi, Riyadh Front, booth 4C12": the fair, then its venue, then the stand)
        stands_at = (index + 1,) if segment.name is not None else (index + 1, index + 2)
        if any(j < len(read_parts) and _a_stand_follows(read_parts, j) and all(
                not companies.has_suffix(read_parts[k].company or "") for k in range(index + 1, j))
               for j in stands_at):
            segment.names_the_fair = True
            if segment.company is not None and not companies.has_suffix(segment.company):
                segment.company = None
            if segment.name is not None and not segment.lower:
                segment.name = None


def drop_greeted_and_signed(parts: list[str], read_parts: list[Segment]) -> None:
    """``Hi Tom, caller from the NEC …``: the colleague a message greets is no lead; nor is the rep signing it off,
    ``… Cheers, Priyesh``, ``Ta, Gemma``: a sign-off, then one word, last."""
    greeted = [segment for segment in read_parts if segment.greets and segment.name and " " not in segment.name]
    signed = read_parts[-2:] if len(parts) >= 3 and " " not in parts[-1].strip() and _signs_off(parts[-2]) else []
    if signed:  # ("From: Chinedu (Sales Kano) … Regards, Chinedu": the rep who signs is the rep all through)
        signer = parts[-1].strip(" .!").casefold()
        signed += [segment for segment in read_parts if segment.name and segment.name.casefold() == signer]
    for segment in (*greeted, *signed):
        segment.forget()


def _signs_off(part: str) -> bool:
    """``Cheers``, ``Kind regards``, ``… no number. Thanks``: the item ends in a sign-off."""
    said = part.strip(" .!").lower()
    return said in words.SIGN_OFFS or any(said.endswith(f". {word}") or said.endswith(f"! {word}")
                                          for word in words.SIGN_OFFS if word in said)


# Words of an item that says where a lead came from: a referral in more languages, a market ("lead from Aba shoe
# market, Ariaria": the town or the market's name after it is no one)
SOURCE_WORDS = frozenset({"referido", "referida", "indicação", "indicado", "recommandé", "empfohlen", "market"})


def _a_stand_follows(read_parts: list[Segment], index: int) -> bool:
    """A stand's item follows, maybe after the hall's (``Gulfood, Za'abeel hall 3, stand Z3-B40``)."""
    if names_a_stand(read_parts[index].tokens):
        return True
    tokens = read_parts[index].tokens
    if len(tokens) < 2 or words.STAND_WORDS.isdisjoint(map(plain, tokens)):
        return False
    in_a_hall = any(plain(token) in words.STAND_WORDS and any(ch.isdigit() for ch in following)
                    for token, following in zip(tokens, tokens[1:], strict=False))
    return in_a_hall and index + 1 < len(read_parts) and _a_stand_follows(read_parts, index + 1)


def names_a_stand(tokens: tuple[str, ...]) -> bool:
    """``stand C48``, ``Halle 5``, ``monter B:07`` (its number may be cut at the colon: "monter B")."""
    return len(tokens) >= 2 and plain(tokens[0]) in words.STAND_WORDS and (
        any(ch.isdigit() for ch in tokens[1]) or len(tokens) == 2 and len(tokens[1]) == 1 and tokens[1].isupper())


_REFERRED = frozenset({"referred", "introduced", "recommended", "referral", "intro", "introduction", "reference"})
_BEFORE = frozenset({"formerly", "previously", "former", "ex", "earlier", "anymore", "longer"})  # ("no longer")


def drop_referrers(read_parts: list[Segment]) -> None:
    """``She was referred by Jake at Brightline``: the company of whoever referred the lead is theirs; ``she used to
    be at Brightline``, ``formerly with …``, ``not with Brightline anymore``: where they worked before is no longer
    theirs."""
    for segment in read_parts:
        if segment.company is None:
            continue
        said = [plain(token) for token in segment.tokens]
        if any(word in _REFERRED and said[i + 1: i + 2] in (["by"], ["from"]) or word in _BEFORE
               or word == "used" and said[i + 1: i + 2] == ["to"] for i, word in enumerate(said)):
            segment.company = None


def someone_elses(read_parts: list[Segment], company: str, name_at: int) -> bool:
    """The company came from a later item that names another person, and an item after the lead's name reads as a
    company of its own: that one is the lead's."""
    source = next((i for i, segment in enumerate(read_parts) if segment.company == company), None)
    if source is None or source <= name_at or read_parts[source].name is None:
        return False
    return any(segment.alone for segment in read_parts[name_at + 1: source])


def last_opener(parts: list[str]) -> int:
    """``Yow, new lead``, ``Priya, new lead pls``: where the last item that only opens a lead ("new lead", "neue
    Kontakt für dich") stands (-1: none), so that a word alone before it greets or addresses a colleague and names no
    lead. (Found once, from the end: asked again for every item, a long list cost time quadratic in its length.)"""
    for index in range(len(parts) - 1, -1, -1):
        # (its first words: "nieuwe lead van de Vakbeurs" opens a lead too, and says where from)
        said = []
        for token in parts[index].split():
            word = plain(token)
            if _HAS_ALNUM.search(token) and not (word in words.LEAD_IN or word in words.TRAILING
                                                  or word in words.LEAD_IN_AFTER):
                break
            said.append(word)
        if any(word in words.OPENER_NOUNS for word in said):
            return index
    return -1


_OWNED = re.compile(r"\w['\u2019]s$")


def a_marketplace(company: str) -> bool:
    """``Souk Waqif``, ``SM Megamall``, ``Owino market``, ``Mercado Central de Quito``: a market's or a mall's name,
    or a venue's or a district's ("Jockey Plaza", "Sim Lim Square", "Mission District") (a company with its legal form
    stays one: "Owino Market Traders Ltd")."""
    found = company.split()
    if _OWNED.search(found[0]) is not None:
        return False  # "Lee's Market", "Dunne's Stores": a shop named for its owner
    last = plain(found[-1])
    return len(found) > 1 and (plain(found[0]) in words.MARKET_FIRST_WORDS or last in words.MARKET_LAST_WORDS
                               or found[-1].lower().endswith("mall")
                               or last in words.VENUE_ENDINGS and plain(found[-2]) not in _SERVICES) and not (
        companies.has_suffix(company))


# What a district that is an organisation serves: "Pinecrest Unified School District", "Chicago Park District"
_SERVICES = frozenset({"school", "water", "fire", "irrigation", "sanitation", "utility", "hospital", "health", "park",
                       "transit", "library", "sewer", "conservation"})
