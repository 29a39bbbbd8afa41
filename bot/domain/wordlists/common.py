"""Words that are never a value: the common words of a message typed in lower case, and what is said
instead of a value ("TBD")."""

from __future__ import annotations

from bot.domain.wordlists.company_words import COMPANY_INTROS, COMPANY_VERBS, LOWER_CASE_VERBS, WORKS
from bot.domain.wordlists.lead_ins import CALL_WORDS, LEAD_IN, MESSAGE_NOUNS, TRAILING
from bot.domain.wordlists.name_words import NAME_ENDERS
from bot.domain.wordlists.places import BUILDING_WORDS, EVENT_WORDS
from bot.domain.wordlists.roles import DEPARTMENTS, ROLES

# Said instead of a value: "company TBD", "email: n/a" fill nothing.
PLACEHOLDERS = frozenset({"tbd", "tbc", "n/a", "na", "unknown", "none", "?", "??", "-", "--", "tba", "pending",
                          "later", "unclear", "not sure", "idk", "folgt", "kommt", "später", "à suivre",
                          "to follow", "tbf", "?.", "n.n.", "nn", "k.a.", "keine angabe", "s/d", "s.d.",
                          # "Name weiß ich noch nicht", "nombre: no sé": the rep does not know it
                          "weiß ich nicht", "weiß ich noch nicht", "weiss ich nicht", "keine ahnung", "unbekannt",
                          "no sé", "no se", "não sei", "nao sei", "je sais pas", "je ne sais pas", "inconnu",
                          "desconocido", "don't know", "dont know", "no idea", "non lo so", "bilinmiyor",
                          # "unknown" across the regions reps write from: "Firma: ukendt" names nothing
                          "ukendt", "ukjent", "okänd", "okänt", "onbekend", "tuntematon", "nieznany", "nieznane",
                          "neznámý", "neznámé", "neznámy", "ismeretlen", "necunoscut", "sconosciuto",
                          "desconhecido", "άγνωστο", "άγνωστος", "неизвестно", "неизвестен", "невідомо",
                          "nepoznato", "neznano", "bilinmeyen", "belli değil", "tidak diketahui", "tidak tahu",
                          "không rõ", "chưa rõ", "不明", "未知", "모름", "غير معروف", "לא ידוע", "अज्ञात",
                          "ไม่ทราบ", "უცნობია", "անհայտ",
                          # "Telefon: følger senere": it comes later
                          "følger senere", "kommer senere", "följer senare", "kommer senare", "volgt later",
                          "folgt später", "kommt später", "plus tard", "más tarde", "mais tarde", "più tardi",
                          "will follow", "coming later", "to come", "später nachreichen"})
# Common lower-case words: never a name or company in a message typed all in lower case.
COMMON = LEAD_IN | TRAILING | NAME_ENDERS | DEPARTMENTS | ROLES | MESSAGE_NOUNS | COMPANY_VERBS | BUILDING_WORDS | (
    WORKS | COMPANY_INTROS | LOWER_CASE_VERBS | EVENT_WORDS | CALL_WORDS) | frozenset({
    "en", "na", "no", "à", "au", "в", "der", "die", "dem", "het", "il", "los", "las", "les", "greetings", "regards",
    "cheers", "update", "news", "feedback", "follow-up", "followup"}) | frozenset({
    "at", "from", "by", "as", "and", "or", "but", "not", "no", "yes", "yet", "if", "then", "than", "that",
    "these", "those", "what", "when", "where", "why", "how", "which", "someone", "somebody", "anyone",
    "guy", "lady", "person", "people", "name", "email", "number", "company", "usual", "thing", "stuff",
    "be", "been", "being", "are", "were", "am", "do", "does", "did", "done", "get", "gets", "go", "goes",
    "going", "went", "come", "came", "coming", "see", "saw", "seen", "know", "known", "think", "thought",
    "hang", "wait", "hold", "sorry", "oops", "actually", "hmm", "um", "uh", "let", "check", "checking",
    "back", "up", "down", "out", "over", "under", "very", "really", "super", "keen", "about", "some",
    "any", "all", "more", "most", "much", "many", "few", "lot", "lots", "pricing", "price", "trial",
    "deal", "seats", "plan", "pro", "renewal", "conference", "expo", "event", "booth", "webinar", "she",
    "he", "they", "them", "him", "her", "his", "its", "their", "we're", "she's", "he's", "they're",
    "it's", "that's", "don't", "doesn't", "didn't", "won't", "can't", "no-one", "nobody", "none",
    "independent", "freelance", "freelancer", "self-employed", "retired", "student", "whoever", "whomever",
    "handles", "handling",
    # what a meeting was: "caught yuki tanaka from mercari after the panel"
    "after", "before", "during", "since", "until", "re", "panel", "keynote", "talk", "session", "meetup",
    "summit", "workshop", "fair", "show",
})
