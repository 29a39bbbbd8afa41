"""A full name the email spells, when nothing else read one: "J'ai vu ce matin Imen Ben Slimane-Gharbi,
imen.bsg@…", "te paso los datos de Daniela Mutis Restrepo: dmutis@…", "¿puedes registrar a Remedios Tlacotzin
Aguirre? remedios@…". Lead-ins come in more wordings than any list holds; a run of capitalised words one of which
the address's own part before the @ spells is the person the address belongs to. Only a run of two to four
capitalised words, none a business's, and a word of at least three letters found in that part counts.
"""

from __future__ import annotations

import re

from bot.domain import companies
from bot.domain import wordlists as words
from bot.domain.email_company import compact, email_origin
from bot.domain.wordlists import plain

# Capitalised words, joined by spaces, hyphens or apostrophes inside them ("Slimane-Gharbi", "O'Neill")
_CAPITALISED_RUN = re.compile(r"(?<![\w@.])(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'\u2019-]*(?:[ \t]+|(?=[^\w'\u2019-])|$)){2,4}")


def spelled_by_email(text: str, email: str, company: str | None) -> str | None:
    """The first run of two to four capitalised words in ``text`` that ``email``'s local part spells a word of."""
    local = compact(email.split("@", 1)[0])
    if len(local) < 3:
        return None
    for match in _CAPITALISED_RUN.finditer(text):
        run = match.group(0).strip(" \t-'\u2019")
        found = run.split()
        if not 2 <= len(found) <= 4 or company is not None and (run in company or company in run):
            continue
        if companies.ends_like_a_business(run) or companies.has_suffix(run) or any(
                plain(word) in _NOT_NAMES or plain(word) in words.ROLES or plain(word) in words.DEPARTMENTS
                or plain(word) in words.TITLE_WORDS or plain(word) in words.EVENT_WORDS
                or plain(word) in words.VENUE_ENDINGS for word in found):
            continue  # (nor a job's or an event's words: "Chief Revenue Officer, revenue@…", "Harbour Summit Cork")
        if any(len(part) >= 3 and part in local for word in found for part in map(compact, word.split("-"))):
            return run
    return None


_NOT_NAMES = frozenset({"new", "lead", "hi", "hello", "dear", "the", "re", "fw", "fwd", "mr", "mrs", "ms", "dr"})


def names_the_domain(name: str, email: str) -> bool:
    """``Jacmel Kafe Ekspò, wilnise@jacmelkafe.ht``, ``tepaeru@murilagoon.ck, Muri Lagoon Paddle``: two or more of the
    words read as a name make up the email's company domain, and none of them is in the address's own part before
    the @ (which "Jane Doe, jane@janedoe.com" has): the words are the business the address belongs to."""
    origin = email_origin(email)
    if origin is None or origin.company is None:
        return False
    label, local = compact(origin.company), compact(email.split("@", 1)[0])
    if local in _SHARED_MAILBOXES:
        return False  # ("Jane Doe, info@janedoe.com": a shared mailbox says nothing of whose the address is)
    found = [word for word in map(compact, name.split()) if len(word) >= 3]
    return (len(label) >= 6 and sum(word in label for word in found) >= 2
            and not any(word in local for word in found))


_SHARED_MAILBOXES = frozenset({"info", "contact", "contacto", "contato", "kontakt", "hello", "hi", "office", "sales",
                               "admin", "mail", "email", "enquiries", "inquiries", "team", "support", "biuro",
                               "bureau", "post", "ventas", "vendas", "verkauf", "hola", "ola", "bonjour"})
