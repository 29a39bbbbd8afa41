"""What one segment of a message says (see bot.domain.names for how a message is cut and read): a
lead-in and a title dropped, then a name, a company it introduces, or a job title."""

from __future__ import annotations

import re

from bot.domain import companies, intros, job_titles, titled_names
from bot.domain import segment_cues as cues
from bot.domain import wordlists as words
from bot.domain.name_run import (
    ends_a_name,
    is_full_name,
    is_han_name,
    is_name_word,
    is_post_nominal,
    is_title_after_name,
    name_run,
    without_honorifics,
)
from bot.domain.segment import Segment
from bot.domain.segments import TITLE
from bot.domain.wordlists import plain

_LOCATIVE = re.compile(r"['\u2019](?:da|de|ta|te|nda|nde)$")
# A company's possessive before its person: "Northwind Labs' Priya Shah", "Acme's Jane Roe"
_POSSESSIVE_END = re.compile(r"(?<=s)['\u2019]$|['\u2019]s$")
# Words that name a group of people, never a person's first name: "Team Apollo", "Division North"
_UNIT_WORDS = frozenset({"team", "dept", "department", "division", "squad", "crew", "office", "unit"})
# Honorifics written as a word after a name: "Aiyappan ji", "Tanaka san"
_HONORIFICS_AFTER = frozenset({"ji", "jee", "sahib", "saab", "sahab", "san", "sama", "sensei", "bhai", "bhaiya",
                                "didi", "apa", "bhabhi", "anna", "akka", "bhaji", "paaji", "veerji",
                                "aiya", "ayya", "malli", "nangi"})  # (Sinhala: "Lasantha aiya", elder brother)
# ("Liton bhai from the dyeing unit", "Sukhwinderjit bhaji, …")
# Articles before a role ("the" is in ROLE_LEAD_IN; before a role, Dutch "de" is one too: "De inkoper van …")
_ARTICLES = words.ARTICLES | {"de"}
_FROM = frozenset({"from", "van", "von", "vom", "aus", "fra", "från", "z", "de", "du", "des", "di", "da", "do", "dal",
                   "del"})
# An event's own noun after words that looked like a name: "Dhaka BGMEA fair er ekta lead" names a fair
_EVENT_NOUNS = words.FAIR_NOUNS | {"summit", "conference", "congress", "forum", "festival", "convention", "symposium",
                                   "hackathon", "salon", "show"}
_OF = frozenset({"der", "des", "de", "du", "of", "di", "del", "della", "do", "da", "dos", "das", "van", "von"})
# Words that end a business's name and a person's too: "Danielle Steel", "Tyra Banks"
_SURNAME_LIKE_BUSINESS_NOUNS = frozenset({"steel", "marine", "bank", "co", "company", "travel", "works", "media",
                                          "design", "capital", "security", "energy", "solar", "digital", "center"})
# A lead-in that ends on "in", "à", "en": a place follows ("met someone great in Mossel Bay today")
_PLACE_PREPOSITIONS = frozenset({"in", "à", "en", "em", "im", "i", "w", "v", "в", "u"})
# ... but not a verb's own "in": "can you put in Awa Diop", "lägg in Sven Ek"
_PUT_VERBS = frozenset({"put", "pop", "stick", "key", "punch", "type", "plug", "slot", "add", "enter", "lägg", "lägga"})
# ... "de", "da", "van": a particle inside a name, never its first word in lower case (not "ben": "ben wyatt")
_NO_FIRST_WORD = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "van", "von", "der"})
# ... nor English shorthand's "w" (with): "Spoke w Kila Warupi this arvo" (Polish "w" is "in")
_WITH_BEFORE_W = frozenset({"spoke", "talked", "chatted", "chat", "met", "meeting", "call", "called", "lunch",
                            "coffee", "dinner", "demo", "convo", "conversation", "catch-up", "followup", "follow-up"})
# Words after which a name may follow late in a segment: "Invoice 4471 for Gordon Gekko".
_NAME_INTROS = frozenset({"with", "for", "met", "to",
                          # "Ordine n. 44821 per Mariagrazia Ferrigno": "for" in other languages
                          "per", "para", "pour", "für", "voor", "för", "dla"})




def read_segment(part: str, lower: bool) -> Segment:
    tokens = TITLE.sub("", part + " ").split()  # (an item that is a title alone, "(Mrs)", says nothing)
    if not part.isascii():
        tokens = without_honorifics(tokens)
    kept = intros.strip_lead_in(tokens)
    lead_in = tokens[: len(tokens) - len(kept)]
    if lead_in and kept[:1] and kept[0][:1].isupper() and plain(kept[0]) not in words.LEAD_IN and all(
            token[:1].isupper() and plain(token) in words.NAMING_ADJECTIVES for token in lead_in):
        kept, lead_in = tokens, []  # "New Horizon Foods", "Great Lakes Cheese": the adjective is the name's
    if lead_in and kept and TITLE.match(kept[0] + " "):
        kept = TITLE.sub("", " ".join(kept) + " ").split()  # "termin mit frau schneider …": a title after it
    segment = _read_tokens(kept, lower)
    segment.opens = bool(lead_in) and cues.opens_a_lead(lead_in)
    segment.counted = bool(lead_in) and lead_in[-1].isdigit() and kept[:1] != [] and kept[0].islower()
    segment.greets = len(kept) == 1 and bool(lead_in) and all(plain(token) in words.GREETINGS for token in lead_in)
    if segment.company is not None and segment.name is None and segment.opens and cues.a_source(segment.company):
        segment.company = None  # "new contact from Posidonia", "got one from Gulfood": where it came from
    if (segment.name is not None and lead_in and plain(lead_in[-1]) in _PLACE_PREPOSITIONS and not segment.company
            and not (len(lead_in) > 1 and plain(lead_in[-2]) in _PUT_VERBS)
            and not (len(lead_in) > 1 and plain(lead_in[-1]) == "w" and plain(lead_in[-2]) in _WITH_BEFORE_W)):
        # "met someone great in Mossel Bay today", "nouveau prospect rencontré à Libreville": a place, nobody and
        # no company
        segment.name, segment.tokens = None, ()
    # (but "nuovo contatto da Marta Ghisleri": a first name and a surname alone after it are who)
    from_where = plain(lead_in[-1]) in _FROM and not intros.full_name_at(kept, 0) if lead_in else False
    if segment.opens and segment.name is not None and (from_where or " " not in segment.name and (
            cues.finnish_from(segment.name, tokens)
            or companies.caseless(segment.name[:1]) and not is_full_name(segment.name)
            # (but a name in Chinese characters is one word: "new lead 钟离子墨")
            and not is_han_name(segment.name))):
        # "Nowy lead z Krakowa", "un prospect du SIAM de Meknès": after a new lead, what follows "from" is where it
        # came from; "uusi liidi Slushista" (Finnish says "from" with an ending); in a script without capitals one
        # word there is no name ("יש לי ליד חדש מהכנס באילת": a new lead from the conference in Eilat)
        segment.name = None
    # ("met her at the GITEX stand, she's with …": where they work, said elsewhere, wins over a stand's name)
    # ("Met Halima Osei from Quillmark Paper at the Printing Expo": "from" says where they work)
    segment.met_at = (bool(tokens) and plain(tokens[0]) in words.MEETING_WORDS and not segment.works_from
                      or segment.at_a_stand)
    # ("just met …", "hey, met …": the meeting's word may come second)
    segment.after_meeting = segment.met_at or any(plain(token) in words.MEETING_WORDS for token in tokens[:3])
    if segment.at_a_stand and segment.opens:
        segment.company = None  # "new lead from the Calgary Stampede booth": where the lead came from
    if segment.met_at and len(tokens) > 1 and plain(tokens[1]) in ("at", "@"):
        segment.company = None  # "Met at CES, booth 12": where, with no one named
    elif (segment.met_at and segment.name is None and not segment.title and segment.company is not None
          and cues.a_source(segment.company)):
        segment.company = None  # "met someone at Computex today": one word, where they met, nobody named
    if segment.name is None and segment.company is None and not segment.title and len(segment.tokens) > 2:
        # "Invoice 4471 for Gordon Gekko", "demo on Friday with Femi Adebayo": a name after the segment's
        # last "with" or "for", when nothing before it read as one. Only a full name counts.
        at = max((i for i, token in enumerate(segment.tokens[:-2])
                  if plain(token) in _NAME_INTROS or i and intros.names_the_sender(segment.tokens, i)), default=-1)
        if at > 0:
            later = _read_tokens(list(segment.tokens[at + 1:]), lower)
            if later.name is not None and " " in later.name:
                segment.name, segment.company = later.name, later.company
    if segment.name is None and segment.company is None and not segment.title and not lower:
        # "order #55-20931 from Muskoka Pinewood Cabins", "Invoice 100482 for Dunmore Creek Vineyards still open":
        # a business named late in a sentence about it, when its own words say it is one
        segment.company = cues.business_named_late(list(segment.tokens))
    if segment.company is None and not lower and not segment.title:
        segment.company = job_titles.after_department(list(segment.tokens))
    return segment


# Whose relative or colleague the lead is: "Tita Baby's cousin", "Jane Roe's boss"
_RELATIVES = frozenset({"cousin", "brother", "sister", "wife", "husband", "son", "daughter", "mother", "mom", "mum",
                        "father", "dad", "uncle", "aunt", "auntie", "nephew", "niece", "friend", "boss", "colleague",
                        "neighbour", "neighbor", "assistant", "secretary", "brother-in-law", "sister-in-law",
                        "son-in-law", "daughter-in-law", "cousins", "friends", "kids", "son's", "daughter's"})
# Slavic "from" as short as a word of another language ("ze", "od", "iz"): a company only with a capital after it
_SHORT_FROM = frozenset({"z", "ze", "od", "iz"})
# Indonesian and Malay "he" or "she", only as typed in lower case ("dia kerja di PT …"; "Dia Mirza" is a name)
_LOWER_CASE_PRONOUNS = frozenset({"dia", "beliau"})


def _read_tokens(tokens: list[str], lower: bool) -> Segment:
    card = _as_on_a_card(tokens)
    if card is not None:
        return card
    if tokens and plain(tokens[0]) in words.ROLE_LEAD_IN:  # "the CFO", "our VP"
        tokens = tokens[1:]
    elif len(tokens) > 2 and plain(tokens[0]) in _ARTICLES and job_titles.is_job_word(tokens[1]):
        tokens = tokens[1:]  # "Die Einkaufsleitung der Moselkelterei …", "Le DG de la Minoterie …"
        if len(tokens) > 2 and plain(tokens[1]) in _OF:
            # ... a role or a department of an organisation: the organisation, and no one named
            start = 2 + (len(tokens) > 3 and plain(tokens[2]) in _ARTICLES)
            # (but "Il titolare della ferramenta": in a message with capitals, a lower-case noun is no company)
            of = companies.company_run(tokens[start:], lower) if lower or not tokens[start].islower() else None
            if of is not None:
                return Segment(tokens=tuple(tokens), lower=lower, title=True, company=of)
    if len(tokens) > 2 and (plain(tokens[1]) == "ấy" or plain(tokens[0]) == "il" and (
            plain(tokens[1]) in words.WORKS or plain(tokens[1]) in words.IS)):
        tokens = tokens[1:]  # "anh ấy làm ở …" (he works at), "il bosse chez …": "Il Fornaio" is a company
    about_them = bool(tokens) and (plain(tokens[0]) in words.PRONOUNS or tokens[0] in _LOWER_CASE_PRONOUNS)
    said = ""  # the last word taken off ("er" is German "he" and Norwegian "is")
    while tokens and (plain(tokens[0]) in words.PRONOUNS or plain(tokens[0]) in words.HEDGES
                      or tokens[0] in _LOWER_CASE_PRONOUNS) and not intros.surname_first(tokens, 0):
        said, tokens = plain(tokens[0]), tokens[1:]  # "he's with Meridian Health", "she's actually at …"
    if about_them and len(tokens) > 1 and plain(tokens[0]) in words.IS and tokens[1][:1].isupper():
        tokens = tokens[1:]  # "ela é Sofia Quaresma Vidal Pinheiro", "elle est Claire …": she is
    if len(tokens) > 1 and plain(tokens[0]) in words.ROLE_LEAD_IN and plain(tokens[1]) in words.ROLES:
        tokens = tokens[1:]  # "She's the COO of …", but not "she's an OB/GYN"
    segment = Segment(tokens=tuple(tokens), lower=lower)
    if not tokens:
        return segment
    if about_them and not is_name_word(tokens[0], lower):
        # "she's the procurement lead at Northwind Traders": what she does, then where
        # (or "is in", "is at" in a language whose "in" joins no company otherwise: "hun er i Hareid Tauverk")
        at = next((i for i, token in enumerate(tokens[:6]) if plain(token) in words.COMPANY_INTROS
                   or plain(tokens[i - 1] if i else said) in words.IS and plain(token) in words.WORKS_AT
                   and i + 1 < len(tokens) and tokens[i + 1][:1].isupper()), None)
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
    if run == tokens[: len(run)] and len(run) >= 2 and tokens[len(run): len(run) + 1] in (["&"], ["and"]):
        other = name_run(tokens[len(run) + 1:], lower)
        both = " ".join(run + other)
        if (len(other) >= 2 and not companies.ends_like_a_business(both) and not companies.has_suffix(both)
                and not words.starts_a_business(plain(run[0]))
                and not any(plain(word) in words.SUFFIXED_JOINERS for word in other)):
            # "Oren Vashti & Dev Shah (from Tallowmere Candles)": two people, the first named first
            later = _read_tokens(tokens[len(run) + 1:], lower)
            segment.name, segment.company = " ".join(run), later.company
            return segment
    while len(run) > 2 and is_post_nominal(run[-1]):
        run.pop()  # "Wanjiru Mwangi MP", "Pieter Botha SC"
    if lower:
        titled_after = titled_names.after_a_lower_case_name(tokens, run)
        if titled_after is not None:
            return titled_after
    if not run and not lower and len(tokens) > 3 and tokens[0].islower():
        typed_lower = _lower_name_at_a_company(tokens)
        if typed_lower is not None:
            return typed_lower
    owner = next((i for i, token in enumerate(run[:-2]) if _POSSESSIVE_END.search(token)), None)
    if owner is not None and not lower and not companies.ends_like_a_business(" ".join(run)):
        # "Northwind Labs' Priya Shah", "Acme's Jane Roe": the company's person
        segment.company = " ".join([*run[:owner], _POSSESSIVE_END.sub("", run[owner])])
        segment.name = " ".join(run[owner + 1:])
        return segment
    rest = tokens[len(run):]
    if run and rest and (plain(rest[0]) in _HONORIFICS_AFTER or is_post_nominal(rest[0])):
        rest = rest[1:]  # "Lalithambika Aiyappan ji from …", "Ana Ruiz PhD from …"
    if len(run) == 1 and not rest and plain(run[0]) in words.PLACES:
        return segment  # "…, Monterrey": a city on its own is where, not who
    # (a role's word in a business's name is no title: "Ebonyi Specialist Hospital")
    segment.title = (any(plain(token) in words.ROLES for token in run)
                     and not companies.ends_like_a_business(" ".join(run))
                     or job_titles.opens_with_role(tokens) or job_titles.role_of_department(tokens)
                     # "Ops manager at …", "Marketing lead from …": a department, then a role
                     or bool(run) and bool(rest) and (plain(rest[0]) in words.ROLES or plain(rest[0]) == "lead")
                     and all(plain(token) in words.DEPARTMENTS or plain(token) in words.TITLE_WORDS for token in run))
    intro = intros.intro_length(rest, len(run), lower)
    if intro == 1 and plain(rest[0]) == "of" and plain(run[-1]) in words.ORGANISATION_ENDINGS:
        # "Galil Institute of Technology", "Bank of …": the organisation's own "of", no person before it
        segment.company = companies.company_run([*run, *rest], lower)
        return segment
    if intro and len(rest) > intro and companies.is_time(rest[intro]):
        intro = 0  # "Zoom at 3pm EST": a time, so no one was introduced
    stand, intro_word = len(rest), plain(rest[intro - 1]) if intro else ""
    if intro and len(rest) > intro + 1 and plain(rest[intro]) == "the":
        # "priyanka dholakiya @ the larkspur & vine stand": the company whose stand it was
        stand = next((i for i in range(intro + 2, min(len(rest), intro + 6)) if plain(rest[i]) in ("stand", "booth")),
                     len(rest))
        intro += stand < len(rest)
    if intro and not run and cues.after_an_event(tokens[: len(tokens) - len(rest) + intro]):
        intro = 0  # "booth lead #14 from HIMSS": the event it came from
    if intro:
        segment.at_a_stand = stand < len(rest)
        # "GM from the Fieldays stand", "Kaede from the Osaka FoodEx booth": the stand a lead came from is the
        # event's or an exhibitor's, no employer ("@ the larkspur & vine stand" is where they work)
        from_a_stand = segment.at_a_stand and intro_word in _FROM
        segment.company = None if from_a_stand else companies.company_run(rest[intro:stand], lower)
        segment.works_from = intro_word in _FROM
        if not lower and intro_word in _SHORT_FROM and rest[intro:intro + 1] and rest[intro][:1].islower():
            segment.company = None  # Dutch "ze wilden 2 koelwanden" (they wanted …): no Polish "ze" (from) there
        if (lower and len(run) == 1 and plain(rest[intro - 1]) in ("at", "@")
                and any(plain(token) == "dot" for token in rest[intro + 1: intro + 4])):
            segment.company = None  # "jane at acme dot com" is a mistyped email
        if segment.company is None and plain(rest[intro - 1]) in _FROM and (not lower or any(
                plain(token) in words.DEPARTMENTS for token in rest[intro: intro + 2])):
            # "Priya from finance at Corvell Systems": a department first, then where it is (in lower case, only
            # after a department's word: "priya from procurement at zenith pharma")
            then = next((i for i in range(intro, min(len(rest), intro + 4))
                         if plain(rest[i]) in words.COMPANY_INTROS), 0)
            segment.company = companies.company_run(rest[then + 1:], lower) if then else None
    elif segment.title and not lower and (prefixed := job_titles.prefixed_inside(tokens)) is not None:
        segment.company = prefixed  # "директор з продажу ТОВ «Галицький Хліб»": the legal form says where
    elif segment.title:
        # "the head of IT at Oscorp": where the job is
        # ("gerente de ventas en Cafetalera", "director of ops for Redbarrow Health": the first that gives one)
        # (in a message with capitals, a lower-case word after "della", "de", "en" is what the job is over, not a
        # company's name: "Il titolare della ferramenta", the owner of the hardware shop)
        segment.company = next((company for i, token in enumerate(tokens)
                                if (plain(token) in words.TITLE_COMPANY_INTROS
                                    or job_titles.heads_company(tokens, i, lower))
                                and not cues.after_an_event(tokens[:i])
                                # ("Jefe de Logística de Quinua Puno …": the department's "de", then the company's)
                                and not (i + 2 < len(tokens) and plain(tokens[i + 1]) in words.DEPARTMENTS
                                         and plain(tokens[i + 2]) in _OF)
                                and (lower or plain(token) in words.COMPANY_INTROS or i + 1 >= len(tokens)
                                     or not tokens[i + 1].islower())
                                and (company := companies.company_run(tokens[i + 1:], lower)) is not None), None)
        if segment.company is None and not lower:
            # "responsabile acquisti Pastificio Monti Lepini": after the job's words, a business's first word starts
            # where it is
            at = next((i for i, token in enumerate(tokens) if i and token[:1].isupper()
                       and words.starts_a_business(plain(token))), None)
            found = None if at is None else companies.company_run(tokens[at:], lower)
            segment.company = found if found is not None and " " in found else None  # (not "Brauerei" alone)
    # "olumide works at yellowfin couriers": one lower-case word is a name only when a company follows it
    if run and not segment.title and ends_a_name(run, rest, bool(intro), lower and segment.company is None):
        owner = next((i for i, token in enumerate(run) if token.endswith(("'s", "\u2019s"))), None)
        if owner is not None and TITLE.fullmatch(" ".join([*run[:owner], run[owner][:-2]]) + " "):
            return segment  # "Tan Sri's assistant", "Datuk's PA": someone known only by a title, and who works for them
        if run[-1].endswith(("'s", "\u2019s")) and rest and plain(rest[0]) in _RELATIVES:
            # "Tita Baby's cousin wants 200 pcs": the lead is the cousin, named after it or not at all
            later = _read_tokens(rest[1:], lower) if len(rest) > 1 else Segment(tokens=(), lower=lower)
            segment.name, segment.company = later.name, later.company
            return segment
        if run[-1].endswith(("'s", "\u2019s")) and len(run) > 1:
            run[-1] = run[-1][:-2]  # "Jane Roe's company is Acme"
        # "Inkoopafdeling, bestelling 88213", "Team Apollo wants …" (but "Dev Patel")
        # ("the Data Platform team at …": a team's name)
        # ("한결 건설", "ホーキンス貿易": a business's word ends it)
        if (not all(plain(token) in words.DEPARTMENTS for token in run) and plain(run[0]) not in _UNIT_WORDS
                and " ".join(map(plain, run)) not in words.GENERIC_BUSINESSES  # ("Geschäftsführer, Familienbetrieb")
                and not words.is_cjk_business(run[-1])
                # "Nanyuki Hill Academy", "Dunmore Creek Vineyards" (not "Danielle Steel"; and "Ioana Mureșan de la
                # Carpatina Soft" is split at its "de" later: bot.domain.names)
                and not (len(run) > 1 and plain(run[-1]) in words.VENUE_ENDINGS)  # "Jockey Plaza", "Palace Grounds"
                and not (len(run) > 1 and (plain(run[-1]) in words.ORGANISATION_ENDINGS
                                           or plain(run[-1]) in words.BUSINESS_NOUNS
                                           and plain(run[-1]) not in _SURNAME_LIKE_BUSINESS_NOUNS)
                         and not any(plain(token) in words.FROM_PARTICLES for token in run[1:]))
                and not words.starts_a_business(plain(run[0]))  # "Brauerei Kesselgrund", "Cooperativa Vale do …"
                # in lower case, a particle or an article first ("de la rueda de negocios", "o pessoal"), or an amount's
                # word ("total rp", "budget ca"), says the words are no name
                and not (lower and (plain(run[0]) in _NO_FIRST_WORD or plain(run[0]) in words.ARTICLES
                                    or any(plain(token) in words.REFERENCE_WORDS for token in run)))
                # "proposta 1.250.000 MT", "IT", "HR": a short word in capitals alone is a code, not a name
                and not (len(run) == 1 and run[0].isupper() and len(run[0]) <= 3 and run[0].isalpha())
                # "kysy vaan mitä tarvitset": four lower-case words or more, with neither a particle nor where they
                # work after them, are a sentence ("talked to darren goh kah wei from marina crestline" is a name)
                and not (lower and len(run) > 3 and not intro
                         and not any(plain(token) in words.PARTICLES for token in run))
                and not (rest and plain(rest[0]) in _UNIT_WORDS) and not companies.in_a_building([*run, *rest[:1]])
                # ("Dhaka BGMEA fair", "SMX Manila trade show", "Durban Indaba lead": an event, where the lead came
                # from)
                and not (rest and plain(rest[0]) in _EVENT_NOUNS)
                and not (len(rest) > 1 and plain(rest[0]) == "trade" and plain(rest[1]) in _EVENT_NOUNS)
                and not (rest and plain(rest[0]) in ("lead", "leads"))
                # "Pharmacist at the corner pharmacy …", "Farmer from Eldoret …": a job alone, capitalised first
                # (not "Dean": a given name too)
                and not (len(run) == 1 and plain(run[0]) in words.LOWER_CASE_ROLES and plain(run[0]) != "dean")):
            # (a sentence's dot goes; "Jr." keeps its own)
            segment.name = " ".join(run) if len(run[-1]) <= 2 or run[-1].lower() in ("jr.", "sr.") else (
                " ".join(run).rstrip("."))
    return segment


def _as_on_a_card(tokens: list[str]) -> Segment | None:
    """``株式会社ハマナス物産 営業部長 北條 颯真``, ``(주)청람에너지 구매본부장 제갈민서``: as a business card reads in
    Japanese and Korean, the company, the job, then the name (one word or two)."""
    if not 3 <= len(tokens) <= 4 or tokens[0].isascii() or not companies.is_cjk_company(tokens[0]):
        return None
    title, name = tokens[1], tokens[2:]
    # (its title may be cut to the department already: "営業部長" → "営業")
    if not (is_title_after_name(title) or plain(title) in words.DEPARTMENTS
            or words.is_caseless_department_or_time(title)):
        return None
    if not all(is_name_word(token, False) and not companies.is_cjk_company(token) for token in name):
        return None
    return Segment(tokens=tuple(tokens), company=tokens[0], name=" ".join(name))



def _lower_name_at_a_company(tokens: list[str]) -> Segment | None:
    """``wendell brightwater from Cobaltline Marine``: in a message with capitals, a name typed in lower case
    is one when a capitalised company follows its "from" or "at" (a guess: the rep should look)."""
    run = name_run(tokens, True)
    rest = tokens[len(run):]
    # (a first name alone only before "works": "javiera trabaja en Frutícola Curicó")
    if not (2 <= len(run) <= 3 or len(run) == 1 and plain(rest[0]) in words.WORKS) or not all(
            token.islower() for token in run):
        return None
    intro = intros.intro_length(rest, len(run))
    if not intro or len(rest) <= intro or not rest[intro][:1].isupper() or plain(rest[0]) in ("with", "w/"):
        return None  # ("had dim sum with Winnie Kwok-Lamb": with whom, not where)
    company = companies.company_run(rest[intro:], False)
    if company is None:
        return None
    return Segment(name=" ".join(run), company=company, tokens=tuple(tokens), guessed=True)


def _after_job_title(tokens: list[str], lower: bool) -> Segment | None:
    """``VP of Operations Marisela Arreguín``, ``Sales Director Jane Roe at Acme``: a job title before a
    full name is neither; the name (and a company it introduces) is what follows the title's words."""
    qualified = plain(tokens[0]) not in words.ROLES and plain(tokens[0]) not in words.TITLE_WORDS and not (
        titled_names.surname_role_first(tokens))
    if lower or qualified and not tokens[0][:1].isupper():
        return None
    # ("Store Manager", "Key Account Manager", "Financial Controller", "Head Teacher": a word that says what of,
    # then the title's words, the last a role; a job that is also a surname, "Controller", only after another word)
    end = int(qualified)
    while end < len(tokens) and (plain(tokens[end]) in words.ROLES or plain(tokens[end]) in words.TITLE_WORDS
                                 or plain(tokens[end]) in words.LOWER_CASE_ROLES and (end or not qualified)):
        end += 1
    roles = [plain(token) in words.ROLES or plain(token) in words.LOWER_CASE_ROLES and (i or not qualified)
             for i, token in enumerate(tokens[:end])]
    if end == len(tokens) or not any(roles) or (
            plain(tokens[end - 1]) == "of"):  # "COO of Kumasi Cocoa Imports": after "of", the organisation
        return None
    if qualified and not roles[end - 1]:
        return None  # (a word of its own is a title's only before the role: "Store Manager", not "Lina Sales")
    rest = _read_tokens(tokens[end:], lower)
    return rest if rest.name is not None and " " in rest.name else None
