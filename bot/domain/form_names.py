"""A name a form asks for in two fields ("First name: Phyllis / Last name: Vance", "Nom : Dupont / Prénom : Jean"),
pasted into a message: one name, for bot.domain.labels to read as labelled."""

from __future__ import annotations

import re

# A form's name in two fields: "First name: Phyllis / Last name: Vance", "Nom : Dupont / Prénom : Jean"
_PART_LABEL = r"(?:^|(?<=[\n,;|]))[^\S\n]*[-*\u2022]?[^\S\n]*(?:{})[^\S\n]*(?:[:=\uff1a]|[-\u2013\u2014](?=\s))[^\S\n]*"
# (greedy, and trimmed afterwards: a lazy run before trailing spaces costs quadratic time over a long run of them)
_PART_VALUE = r"(?P<value>[^\W\d_][^\n,;|:]*)(?=$|[\n,;|])"
_FIRST_NAME = re.compile(_PART_LABEL.format(
    r"(?:first|given)[^\S\n]*-?[^\S\n]*name|forename|pr[ée]nom|vorname|voornaam|f[öo]rnamn|fornavn|etunimi|imi[ęe]|"
    r"nombre\s+de\s+pila") + _PART_VALUE, re.IGNORECASE | re.MULTILINE)
_LAST_NAME = re.compile(_PART_LABEL.format(
    r"(?:last|family|sur)[^\S\n]*-?[^\S\n]*name|surname|nachname|familienname|achternaam|efternamn|etternavn|"
    r"efternavn|sukunimi|nazwisko|apellidos?|sobrenome|cognome|nom\s+de\s+famille") + _PART_VALUE,
    re.IGNORECASE | re.MULTILINE)
# ... and beside one of them, the form's plain "Name" is the other ("Nombre / Apellidos", "Nom / Prénom")
_NAME_BESIDE_A_PART = re.compile(_PART_LABEL.format(r"name|nom|nombre|nome|navn|namn|naam|imię|jméno|isim")
                                    + _PART_VALUE, re.IGNORECASE | re.MULTILINE)


# A colon or an equals sign, or a dash before a space (one character class first, the dash's space checked after it:
# the engine then skips to the next such character, where two alternatives were tried at every position)
_A_LABELS_MARK = re.compile(r"[-:=\uff1a\u2013\u2014](?:(?<=[:=\uff1a])|(?=\s))")


def joined_name_parts(text: str) -> str:
    """``First name: Phyllis`` and ``Last name: Vance`` (in any order, on their own lines or items) become one
    ``Name: Phyllis Vance``: the name a form asked for in two fields."""
    if not _A_LABELS_MARK.search(text):
        return text  # (most messages: no colon or dash after a word, so no form; spares four searches per message)
    last, first = _LAST_NAME.search(text), _FIRST_NAME.search(text)
    if last is None and first is None:
        return text
    if last is None:
        last = _NAME_BESIDE_A_PART.search(text)
    elif first is None:
        first = _NAME_BESIDE_A_PART.search(text)
    if first is None or last is None or first.start() == last.start():
        found = first or last  # "First name: Ana" alone: a name, and "First" no company
        return text if found is None else (
            f"{text[:found.start()]} Name: {found.group('value').strip()}{text[found.end():]}")
    name = f"Name: {first.group('value').strip()} {last.group('value').strip()}"
    spans = sorted([(first.start(), first.end(), name), (last.start(), last.end(), "")], reverse=True)
    for start, end, said in spans:
        text = text[:start] + said + text[end:]
    return text
