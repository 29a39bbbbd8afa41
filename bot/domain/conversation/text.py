"""Reading one chat message's contact details: a correction (``actually the phone is …``), a value
taken back (``remove the phone``), or contact details, and which? (Commands are in ``commands``.)

Contact details reuse the free-text parser, with one rule on top: the field the bot just asked for
takes a plain answer ("Initech" when asked for the company), and a guess from unlabelled words never
overwrites a value the rep already gave. Emails and phone numbers are unmistakable, so a new one
replaces the old one, and the engine tells the rep it did.
"""

from __future__ import annotations

import re
import unicodedata

from bot.domain import companies, emails_phones, freetext, labels, names, parsed_text
from bot.domain.contact import clip_notes, normalise_email, normalise_phone
from bot.domain.conversation import answers, corrections, phone_tail
from bot.domain.conversation.commands import NEGATIVE, plain_words
from bot.domain.name_run import without_honorifics
from bot.domain.parsed_text import ParsedText
from bot.domain.segments import TITLE
from bot.domain.wordlists import COMMON, PLACES, PRONOUNS, ROLES, WORKS, WORKS_AT, plain
from bot.errors import ContactError

# A value as repeated back to the rep: notes can run to thousands of characters, and a reply that echoes
# them whole (twice, in "Got it" and in the summary) is too long to read and too long for a Slack section.
MAX_SHOWN = 300


def shown_value(value: str) -> str:
    """``value`` as a reply repeats it: whole when short, else its start and how long it is."""
    if len(value) <= MAX_SHOWN:
        return value
    return f"{value[:MAX_SHOWN].rstrip()}… ({len(value):,} characters in all)"


# "Hartigan Saddlery is the company", "jo@x.io is her email": the value first, then what it is
_VALUE_THEN_FIELD = re.compile(r"^\s*(?P<value>[^,;\n]{1,120}?)\s+(?:is|was)\s+(?:the|her|his|their)\s+"
                               r"(?P<field>company|name|e-?mail|phone|number|cell|mobile)(?:\s+name)?\s*[.!]?\s*$",
                               re.IGNORECASE)
# "she's at Sandpiper Travel": an answer introduced as a workplace, never read as a name
_AT_COMPANY = re.compile(r"^\s*(?:(?:it's|it is|its|they're|they are|he's|he is|she's|she is|they)\s+)?"
                         r"(?:(?:actually|now)\s+)?(?:at|from|with|works at|works for|work at|work for)\s",
                         re.IGNORECASE)
# "oh it's for Pemberton Cider", "this one's for …": who the lead is for, when no company is known yet
_FOR_COMPANY = re.compile(r"^\s*(?:(?:oh|ah|so|ok|okay|right)[\s,]+)?(?:it's|it is|its|this one's|this one is|"
                          r"this is|that's|the lead's|the lead is|lead's)\s+for\s+(?=[^\W\d_])", re.IGNORECASE)
# "remove the phone number", "delete her email", "drop the company": a value the rep takes back
# "… leave it blank", "…, remove it", "delete that": the value the draft holds for a field said to be none goes
_LEAVE_BLANK = re.compile(r"\b(?:(?:leave|keep)\s+(?:it|that|the\s+\w+)\s+(?:blank|empty)|"
                          r"(?:remove|delete|drop|clear|ignore|scrap)\s+(?:it|that|this)|take\s+(?:it|that)\s+out)\b",
                          re.IGNORECASE)  # ("ignore that, no company, he's a farmer")
_REMOVE = re.compile(r"^\W*(?:(?:oh|ah|actually|and|also|wait|sorry|please|pls|can you|could you|never mind|"
                     r"nevermind|no)[\s,]+)*"
                     r"(?:remove|delete|clear|drop|erase|take out|get rid of|lose|cancel|scrap|scratch|ignore|"
                     r"forget)\s+"
                     r"(?:the\s+|her\s+|his\s+|their\s+)?"
                     r"(?P<field>e-?mail(?:\s+address)?|phone(?:\s+number)?|number|mobile|cell|company|notes?)\b",
                     re.IGNORECASE)
# ... unless a new one follows: "scratch the phone, that was his assistant. real one is 604-555-0182"
_A_NEW_VALUE = re.compile(r"@|\d[\d \t().-]{5,}\d")
# "not Donauglas GmbH, it's Donauglas Handels GmbH", "not Acme but Apex": the old value, then the new one
# ... in the languages reps write in: "ой, не Петрук, а Петрик", "nicht Huber, sondern Hubert", "no X sino Y"
_NOT_BUT = re.compile(r"^\W*(?:(?:no|nope|sorry|oops|wait|actually|ой|ups|perdón)[\s,.!]+)?"
                      r"(?:not|не|nicht|nie|niet|pas)\s+"
                      r"(?P<old>[^,;]{1,80}?)(?:(?:\s*[,;]\s*|\s+[\u2013\u2014-]\s+|\s+)"
                      r"(?:(?:it's|it is|its|it should be|should be|rather|but|а|sondern|ale|maar|mais|sino|mas)\s+)+"
                      r"|\s+[\u2013\u2014-]\s+)",  # ("actually not Limpopo Growers — Tzaneen Nut Processors")
                      re.IGNORECASE)
_DETERMINERS = frozenset({"some", "a", "an", "the", "that", "this", "one", "their", "his", "her", "its", "another"})
_FIRST_PERSON = frozenset({"i", "i'm", "im", "i've", "ive", "i'll", "i'd", "we", "we're", "we've", "we'll", "my", "me",
                           "our", "us"})
_PRONOUNS_AND_FIRST_PERSON = PRONOUNS | _FIRST_PERSON
# "oh, she's actually at Thistle Robotics Ltd": words that say a message corrects what was said before,
# so a name or company read from it may replace the one given (a plain guess never does).
# "she works at …", "he's from … Corp.", "she's the CFO at …", "works for …": where they work, said outright
_SAYS_WHERE_THEY_WORK = re.compile(
    # (after a hedge too: "sorry, she's with Northern Province Groundnut Co-op")
    r"^\W*(?:(?:sorry|oops|oh|ah|actually|wait|no|btw|and|also|correction)[\s,!.:]+)*"
    r"(?:(?:she|he|they)(?:['\u2019](?:s|re)|\s+(?:is|are|was|works?|worked))?|works?|working)\b"
    r"[^,.;:!?]{0,40}?\b(?:at|for|with|from)\s+(?=\S)"
    r"|^\W*(?:elle|il|ela|ele|ella|él|sie|er)\s+(?:travaille|trabalha|trabaja|arbeitet)\s+(?:chez|na|no|em|en|bei)\s"
    r"|^\W*kantornya\s", re.IGNORECASE)
_CORRECTS = re.compile(r"^\W*(?:[\w'\u2019]+\W+){0,4}?(?:actually|correction|oops|my bad|my mistake|scratch that|"
                       r"not\s+\S+\s+but|sorry,?\s+(?:it's|its|it is|wrong)|ой|упс|ups|perdón|perdão|désolé|"
                       r"entschuldigung|scusa|korjaus|poprawka|wait,?\s+(?:it's|its|it is)|make\s+(?:that|it)|"
                       r"oups|me\s+equivoqu[ée]|bocs|salah|"
                       # "更正：公司是…", "訂正：会社は…です": "correction" in Chinese and Japanese
                       r"更正|訂正|修正|"
                       # "non, c'est Cacao Sanaga Export SA", "nee, het is …", "não, é …": no, it is
                       r"(?:no|non|nee|nein|não|nej|nei)(?:,|\s*[\u2013\u2014-])?"  # ("wait no — it's …")
                       # ("nei vent, det er …", "non attends, c'est …": no, wait, it is)
                       r"(?:\s+(?:wait|attends|warte|vent|vänta|espera|aspetta|wacht|espere),?)?"
                       r"\s+(?:c['\u2019]est|es|het\s+is|es\s+ist|é|det\s+är|det\s+er|"
                       r"it['\u2019]?s|it\s+is))(?!\w)", re.IGNORECASE)


_ITEM_BREAK = re.compile(r"[,;\n]")
_REQUEST_WORDS = frozenset({"his", "her", "their", "my", "pls", "please", "plz"})


def _works_at(answer: str) -> bool:
    """``working for Rangitoto Seeds now``: "works" and its "at" in any of the languages reps write in."""
    said = answer.split(None, 2)
    return len(said) == 3 and plain(said[0]) in WORKS and plain(said[1]) in WORKS_AT


def interpret(text: str, region: str, *, asking: str | None, filled: frozenset[str],
              name: str | None = None, company: str | None = None, phone: str | None = None) -> ParsedText:
    """What a message says about the contact. ``values`` are normalised; ``problems`` explain refusals.
    ``name``: the name the draft holds, so "her last name is …" or "sorry, Jane Whitfield" can amend it;
    ``phone``: the phone it holds, so "last 4 digits are 0143" can."""
    part = (corrections.name_part(text, name, region) or corrections.goes_by(text, region)
            or phone_tail.retyped(text, phone, region))
    if part is not None:
        return part
    held = {field: value for field, value in (("name", name), ("company", company)) if value}
    result = _interpret(text, region, asking=asking, filled=filled, held=held)
    if name is not None and _renames(result.values.get("company"), name) and not _labels_a_company(text):
        # "Jane", then "sorry, Jane Whitfield"; "Nadia Berrada", then "oups, c'est Nadia Berrada-Kettani": the name
        # made fuller or respelt, not a company called that
        result.values["name"] = result.values.pop("company")
        result.guessed.discard("company")
    elif name is not None and company is not None and (_like(result.values.get("name"), company, name)
                                                       or _replaces(text, company) and "company" not in result.values):
        # "Bankole Studios", then "sorry, it's Bankole Creative Studios"; "actually not Limpopo Growers — Tzaneen
        # Nut Processors": the company, renamed
        result.values["company"] = result.values.pop("name")
    _refuse_number_name(result)  # (after the moves: "AA", then "AA 100" is no fuller name)
    said_none = answers.said_none(text)
    for field in ("name", "company"):
        value = result.values.get(field, "")
        if field in said_none and field in result.guessed or value and any(
                said in value for said in said_none.values()):
            # "non ho il nome, solo la mail: …", "şirketi yok", "pas d'email" (asked for the name): no name or company,
            # so none read into it
            result.values.pop(field, None)
    if _LEAVE_BLANK.search(text):
        # "actually no company, he left them last month - leave it blank", "actually no phone, that was the front
        # desk, remove it": the value the draft holds goes
        result.removed |= set(said_none) & filled
    result.declined |= set(said_none) - set(result.values)
    return result


def _interpret(text: str, region: str, *, asking: str | None, filled: frozenset[str],
               held: dict[str, str]) -> ParsedText:
    text = freetext.normalised_input(text[: freetext.MAX_INPUT])
    removal = _REMOVE.match(text)
    if removal is not None and _A_NEW_VALUE.search(text, removal.end()) is None:
        # "remove the phone number, it's her old one": the field goes, and nothing else is read
        result = ParsedText()
        field = corrections.field_of(removal.group("field"))
        if field is not None:
            result.removed.add(field)
        return result
    if plain_words(text) in NEGATIVE:
        # "no" answers a question; it is never a name or a company. Asked for the company, an email or a
        # phone, it says there is none, as it does after the company an email suggested.
        refused = ParsedText()
        if asking in ("company", "email", "phone"):
            refused.declined.add(asking)
        return refused
    # "name Orlando Pruitt company Pruitt Paving" is a list of labels, not a correction of the name
    # nor is "no number but …" a correction of the phone to "but …"
    text = _NOT_BUT.sub("actually ", text)  # "not Donauglas GmbH, it's Donauglas Handels GmbH"
    said = _VALUE_THEN_FIELD.match(text)
    if said is not None:
        text = f"{said.group('field')}: {said.group('value')}"
    plain_list = labels.is_label_chain(text) or answers.starts_by_declining(text)
    correction = None if plain_list else corrections.correction(text)
    if correction is not None:
        field, value = correction
        # Only the first field is a correction; anything after a separator is read as usual.
        result = freetext.parse_free_text(f"{field}: {value}", region)
        if field in result.values or field in result.problems:
            # "sorry number is … and company is Chinar Crafts LLP": every field the correction labels
            return _keep_sure_values(result, filled, labelled={field} | labels.labelled_fields(value, region),
                                     held=held)

    # Every field is read first; the question asked only decides what a plain answer is. A reply that
    # gave something else ("hang on, the number is …" when asked for the company) is not that answer.
    result = ParsedText()
    rest = labels.take_labelled(text, result, region)
    labelled = set(result.values) | set(result.problems)
    rest = emails_phones.take_emails(rest, result)
    rest = emails_phones.take_phones(rest, result, region)
    if "company" not in filled:
        rest = _FOR_COMPANY.sub("at ", rest)  # "oh it's for Pemberton Cider": the lead is for a company
    answer = companies.without_end_dot(answers.answer_text(rest, strip=False).strip(" ,;"))
    if asking in ("name", "company") and asking not in labelled:
        # "think it's Ostrovane", "Cedarwhistle I think", "Kooyong? no sorry, …"
        answer = answers.without_hedges(answer)
    if asking == "company" and "company" not in labelled and not result.values and answers.says_no_company(answer):
        result.declined.add("company")  # "elle est indépendante", "não, ele é autônomo": no company to record
        return result
    # A plain answer has a letter or a digit: "???" or "🙂" is not a company.
    # (split at the separators alone, then trimmed: spaces in the pattern cost quadratic time over a long run of them)
    segments = [s.strip() for s in _ITEM_BREAK.split(answer) if any(ch.isalnum() for ch in s)]
    # Beside an email or a phone, only a capitalised rest is an answer ("Initech, jane@x.io", not "hang on"); in a
    # script without capitals, only one with a legal form ("แก้เบอร์เป็น 081 …" is "change the number to …")
    beside = bool(result.values or result.problems) and (
        bool(labelled) or names.is_lower_case(answer)
        or _uncased(answer) and companies.suffixed(answer, has_suffixes=companies.has_suffix(answer)) is None)
    plain_answer = (len(segments) == 1 and not beside
                    and not (asking == "name" and (names.has_company_intro(answer) or _AT_COMPANY.match(rest)))
                    # "working for Rangitoto Seeds now" (asked for the company): where, said in a sentence
                    and not (asking == "company" and _works_at(answer))
                    and not is_job_title(segments[0])
                    # "can you add a lead" (asked for the name), "yep that's right": no value at all
                    and (not all(word.strip(".,!?").lower() in COMMON for word in segments[0].split())
                         or asking == "company" and answers.says_no_company(segments[0]))
                    # "she runs marketing there", "I swapped two digits": a sentence about them or the rep
                    and segments[0].split(" ", 1)[0].lower() not in _PRONOUNS_AND_FIRST_PERSON
                    # "some startup in Austin", "the one on 5th street": a description, not a name
                    and not (asking == "company" and segments[0].split(" ", 1)[0] in _DETERMINERS
                             and " " in segments[0])
                    # "CC his colleague Khalid on the quote pls": a request about someone, not a company's name
                    and not (asking == "company" and any(word.strip(".,!?").lower() in _REQUEST_WORDS
                                                         for word in segments[0].split()[1:]))
                    # "on the card in my car", "same as last time": a sentence in lower case, not a name
                    and not (asking == "name" and segments[0][:1].islower() and sum(
                        word.strip(".,!?").lower() in COMMON for word in segments[0].split()) >= 2))
    if asking in ("name", "company", "notes") and asking not in labelled and plain_answer:
        if asking == "company" and answers.says_no_company(segments[0]):
            result.declined.add("company")  # "she's independent": no company, and no company called that
            return result
        # "Heathcote Maps 👍", "Initech Labs actually"
        value = _without_pictures(labels.without_trailing_hedge(labels.without_time_words(segments[0])))
        if asking == "name" and not value.isascii():
            value = " ".join(without_honorifics(value.split())) or value  # "오세린 님"
        parsed_text.accept(result, asking, TITLE.sub("", value) if asking == "name" else value, region)
        if asking == "name" and "name" in result.problems:
            # Not a name after all ("sam@" was caught above): let the heuristics have it.
            result.problems.pop("name")
        else:
            return _keep_sure_values(result, filled, labelled=labelled | {asking}, held=held)
    # With the name known, a capitalised item on its own is where they work ("Villalobos Farms" when
    # asked for the phone): read ahead of the question, and said back so the rep can see it.
    # ... but in a script without capitals, words beside a number or an address when something else was
    # asked are no sure company ("전화번호 먼저요 010-…": "the phone number first")
    uncased = not any(ch.isupper() or ch.islower() for ch in rest)
    freetext.take_people(rest, result, name="name" not in filled or "company" in filled,
                         company=not (uncased and asking in ("email", "phone") and bool(result.values)))
    if asking in result.pending:
        result.declined.add(asking)  # "not sure which company" (asked for it): unknown, so on to the next
    if _CORRECTS.search(text):
        # (only what was read with some certainty: "correction : le numéro est …" names nobody)
        labelled |= ({"name", "company"} & set(result.values)) - result.guessed
    company = result.values.get("company")
    if (company is not None and "company" not in result.guessed and _SAYS_WHERE_THEY_WORK.search(text)
            and company.casefold() not in PLACES):
        labelled.add("company")  # "she works at Ikeja Gadget Hub Ltd": said outright, it replaces a guess
    return _keep_sure_values(result, filled, labelled=labelled, held=held)


def _uncased(text: str) -> bool:
    return any(ch.isalpha() for ch in text) and not any(ch.isupper() or ch.islower() for ch in text)


def _without_pictures(value: str) -> str:
    """A value without the emoji or signs after it ("Heathcote Maps 👍")."""
    end = len(value)
    while end > 0 and (unicodedata.category(value[end - 1]) in ("So", "Sk", "Cf") or value[end - 1] in " \ufe0f"):
        end -= 1
    return value[:end] if end else value


def _fuller(value: str | None, old: str | None) -> bool:
    """``value`` holds every word of ``old`` and more ("Riseria Feraresi" → "Riseria Feraresi S.p.A.")."""
    if value is None or old is None or len(value) <= len(old):
        return False
    return set(old.casefold().split()) <= set(value.casefold().split())


def _like(value: str | None, company: str, name: str) -> bool:
    """``value`` shares more words with the company the draft holds than with its name."""
    if value is None:
        return False
    words_ = {word for word in value.casefold().split() if len(word) > 2}
    return len(words_ & set(company.casefold().split())) > len(words_ & set(name.casefold().split()))


def _renames(value: str | None, name: str | None) -> bool:
    """``value`` is ``name`` made fuller ("Jane" → "Jane Whitfield") or respelt with the same first name ("Nadia
    Berrada" → "Nadia Berrada-Kettani", "Padraig Ó Loingsigh" → "Pádraig Ó Loingsigh"), and reads as a person's."""
    if value is None or name is None or " " not in value or value == name or companies.has_suffix(value) or (
            companies.ends_like_a_business(value)):
        return False
    new = [labels.without_accents(word) for word in value.split()]
    old = [labels.without_accents(word) for word in name.split()]
    return new[: len(old)] == old or len(old) > 1 and new[0] == old[0] and len(new) <= len(old) + 1


def _replaces(text: str, old: str) -> bool:
    """``not Limpopo Growers — …``: the message takes back ``old``, so what it gives instead is of that field."""
    said = _NOT_BUT.match(text)
    return said is not None and said.group("old").strip().casefold() == old.casefold()


def _labels_a_company(text: str) -> bool:
    """The message calls its value the company ("company: Jane Whitfield Ltd")."""
    return re.search(r"\b(?:company|org|firm|business|employer)\b", text, re.IGNORECASE) is not None


def is_job_title(text: str) -> bool:
    """"the CTO", "VP Marketing": a job title answers no question LeadBot asks."""
    return any(word.strip(".,!?").lower() in ROLES for word in text.split())


def keep_notes_that_fit(found: ParsedText, text: str) -> int:
    """Notes longer than a lead holds are cut to fit rather than refused: a chat message cannot be
    edited like a form field. Returns how many characters of ``text`` were left out (0 if none)."""
    raw = found.raw.get("notes")
    if "notes" not in found.problems or raw is None:
        return 0
    kept, left_out = clip_notes(raw)
    if kept is None or not left_out:
        return 0
    found.values["notes"] = kept
    found.problems.pop("notes")
    # Only the first MAX_INPUT characters were read; notes run to the end, so the rest was theirs too.
    return left_out + max(0, len(text) - freetext.MAX_INPUT)


def explain_miss(text: str, asking: str, region: str) -> str:
    """Why a message gave nothing for the field that was asked: the validator's reason if the message
    was meant as that value, else a plain "didn't catch"."""
    if asking in ("email", "phone"):
        try:
            if asking == "phone" and any(ch.isdigit() for ch in text):
                normalise_phone(text.strip(), region)
            elif asking == "email" and "@" in text:
                normalise_email(text.strip())
        except ContactError as exc:
            return exc.message
    article = "an" if asking == "email" else "a"
    return f"I didn't catch {article} {asking} there."


def _refuse_number_name(result: ParsedText) -> ParsedText:
    """A name that is mostly digits ("a 123456") is a mistyped phone number or junk, never a name."""
    name = result.values.get("name")
    if name is not None:
        chars = [ch for ch in name if not ch.isspace()]
        if 2 * sum(ch.isdigit() for ch in chars) > len(chars):
            del result.values["name"]
            result.problems["name"] = "That looks like a number, not a name."
    return result


def _keep_sure_values(result: ParsedText, filled: frozenset[str], *, labelled: set[str],
                      held: dict[str, str]) -> ParsedText:
    """A name or company guessed from unlabelled words never replaces one the rep already gave, unless
    it is that one made fuller ("Bursztynpol" → "korjaus: Bursztynpol Sp. z o.o.")."""
    for field in ("name", "company"):
        value = result.values.get(field)
        if field in filled and field not in labelled and not _fuller(value, held.get(field)) and not (
                field == "name" and _renames(value, held.get(field))):
            result.values.pop(field, None)
            result.problems.pop(field, None)
    return result
