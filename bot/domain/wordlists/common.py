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
                          "미정", "미상", "未定", "待定",  # (Korean, Japanese, Chinese: "undecided")
                          "i'll check", "ill check", "will check", "to check", "checking", "tba later",
                          "later", "unclear", "not sure", "idk", "folgt", "kommt", "später", "à suivre",
                          "to follow", "tbf", "?.", "n.n.", "nn", "k.a.", "keine angabe", "s/d", "s.d.",
                          # "Name weiß ich noch nicht", "nombre: no sé": the rep does not know it
                          "weiß ich nicht", "weiß ich noch nicht", "weiss ich nicht", "keine ahnung", "unbekannt",
                          "no sé", "no se", "não sei", "nao sei", "je sais pas", "je ne sais pas", "inconnu",
                          "desconocido", "don't know", "dont know", "no idea", "non lo so", "bilinmiyor",
                          # "Company: didn't say", "Empresa: no lo dijo", "Name: skip", "氏名：未確認" (unconfirmed)
                          "didn't say", "did not say", "not said", "not given", "not provided", "no lo dijo",
                          "no dijo", "não disse", "nao disse", "skip", "未確認", "未确认", "n.a.",
                          # "I don't know" in more languages: "weet ik nog niet", "henüz bilmiyorum", "不知道"
                          "weet ik niet", "weet niet", "geen idee", "bilmiyorum", "bilmem", "vet inte", "ved ikke",
                          "vet ikke", "en tiedä", "nie wiem", "не знаю", "не знаємо", "non so", "no lo sé", "no lo se",
                          "わからない", "分からない", "不知道", "不清楚", "모르겠어요", "모르겠음", "belum tahu",
                          "hindi ko alam", "sijui", "not yet", "pas encore", "todavía no", "noch nicht", "ainda não",
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
                          "will follow", "coming later", "to come", "später nachreichen",
                          # "no name" as reps write it: "sans nom", "sin nombre", "senza nome", "ohne Namen"
                          "blank", "empty", "left blank", "not filled", "not filled in", "none given",
                          "no name", "no name given", "nameless", "sans nom", "pas de nom", "sin nombre", "sem nome",
                          "senza nome", "kein name", "ohne namen", "ohne name", "geen naam", "bez imienia",
                          "ingen namn", "uten navn", "uden navn", "без имени", "без імені"})
# Common lower-case words: never a name or company in a message typed all in lower case.
COMMON = LEAD_IN | TRAILING | NAME_ENDERS | DEPARTMENTS | ROLES | MESSAGE_NOUNS | COMPANY_VERBS | BUILDING_WORDS | (
    WORKS | COMPANY_INTROS | LOWER_CASE_VERBS | EVENT_WORDS | CALL_WORDS) | frozenset({
    "en", "na", "no", "à", "au", "в", "der", "die", "dem", "het", "il", "los", "las", "les", "greetings", "regards",
    "cheers", "update", "news", "feedback", "follow-up", "followup",
    # "for me" in the languages reps ask in: "cadastra um lead pra mim?", "tolong catat untuk saya"
    "pra", "para", "mim", "mí", "untuk", "saya", "aku", "mich", "mir", "dla", "mnie", "tôi", "cho", "benim", "için",
    "minä", "minulle", "mij", "mig", "meg"}) | frozenset({
    "at", "from", "by", "as", "and", "or", "but", "not", "no", "yes", "yet", "if", "then", "than", "that",
    "these", "those", "what", "when", "where", "why", "how", "which", "someone", "somebody", "anyone",
    "guy", "lady", "person", "people", "name", "email", "number", "company", "usual", "thing", "stuff",
    "be", "been", "being", "are", "were", "am", "do", "does", "did", "done", "get", "gets", "go", "goes",
    "going", "went", "come", "came", "coming", "see", "saw", "seen", "know", "known", "think", "thought",
    "hang", "wait", "hold", "sorry", "oops", "actually", "hmm", "um", "uh", "let", "check", "checking",
    "sec", "secs", "second", "moment", "min", "minute", "brb", "gimme",  # "sorry one sec", "just a moment"
    "back", "up", "down", "out", "over", "under", "very", "really", "super", "keen", "about", "some",
    "any", "all", "more", "most", "much", "many", "few", "lot", "lots", "pricing", "price", "trial",
    "deal", "seats", "plan", "pro", "renewal", "conference", "expo", "event", "booth", "webinar", "she",
    "he", "they", "them", "him", "her", "his", "its", "their", "we're", "she's", "he's", "they're",
    "it's", "that's", "don't", "doesn't", "didn't", "won't", "can't", "no-one", "nobody", "none",
    "independent", "freelance", "freelancer", "self-employed", "retired", "student", "whoever", "whomever",
    # on leave: "elle est en congé", "está de vacaciones", "ist im Urlaub"
    "congé", "conge", "vacances", "vacaciones", "férias", "ferie", "urlaub", "leave", "holiday", "holidays",
    "handles", "handling",
    # what a meeting was: "caught yuki tanaka from mercari after the panel"
    "after", "before", "during", "since", "until", "re", "panel", "keynote", "talk", "session", "meetup",
    "summit", "workshop", "fair", "show",
}) | (KOREAN_COMMON := frozenset({
    # Korean words of a rep's message that are never a name or a company: a label's word, "unknown", what and
    # when ("회사 방문 예정": a visit to the company planned; "사장님 내일 오전 10시 미팅": a meeting tomorrow morning)
    "회사", "회사명", "성함", "담당자", "이름", "연락처", "미정", "미상", "모름",
    "방문", "예정", "미팅", "내일", "오늘", "오전", "오후", "다음주", "이번주", "견적", "주문", "단가"}))
# Said for the company when there is none to record: "independent", "Company: self-employed".
NO_COMPANY = frozenset({"independent", "freelance", "freelancer", "self-employed", "self employed", "retired",
                        "student", "sole trader", "none", "no company", "between jobs", "unemployed",
                        # ... in the languages reps write in: "elle est indépendante", "ele é autônomo"
                        "indépendant", "indépendante", "independiente", "autónomo", "autónoma", "autônomo",
                        "autônoma", "autonomo", "freiberuflich", "selbstständig", "selbständig", "zzp", "zzp'er",
                        "frilans", "frilansare", "libero professionista", "particulier", "particular",
                        # "no, she's consulting independently now", "works for herself"
                        "consulting independently", "independent consultant", "independently", "on her own",
                        "on his own", "works for herself", "works for himself", "own business", "sole proprietor",
                        "trabaja por su cuenta", "por su cuenta", "por cuenta propia", "por conta própria",
                        "consultor independente", "consultora independente", "consultor independiente",
                        "consultora independiente", "consultant indépendant", "consultante indépendante",
                        "à son compte", "a son compte", "selbstständiger berater", "zelfstandig",
                        "himself", "herself", "themselves",  # ("no, he works for himself": after "works for")
                        # Korean, Japanese, Chinese: a freelancer, a sole trader
                        "프리랜서", "개인사업자", "자영업", "자영업자", "フリーランス", "個人事業主",
                        "自由职业", "自由職業", "个体户", "個體戶",
                        # Czech "OSVČ"/"živnostník" (self-employed), "žádná firma", "keine Firma", "ingen firma"
                        "osvč", "živnostník", "živnostnice", "žádná firma", "keine firma", "ingen firma", "sin empresa",
                        "sem empresa", "pas de société", "nessuna azienda", "geen bedrijf", "ei yritystä",
                        # "he's between jobs right now", "she's out of work", "au chômage"
                        "between roles", "between positions", "out of work", "looking for work", "job hunting",
                        "job-hunting", "on sabbatical", "desempleado", "desempleada", "sin trabajo", "arbeitslos",
                        "sans emploi", "au chômage", "desempregado", "desempregada", "disoccupato", "disoccupata",
                        "werkloos", "arbetslös", "työtön", "bezrobotny", "bezrobotna", "безработный",
                        "безработная", "işsiz",
                        # Arabic "he/she has none", "no company", "independent"
                        "ما عنده", "ما عندها", "ماعنده", "ماعندها", "ما عنده شركة", "ما عندها شركة", "ما في شركة",
                        "مافي شركة", "بدون شركة", "لا يوجد", "مستقل", "مستقلة",
                        # Vietnamese, Turkish, Swahili, Italian, Polish, Swedish, Russian, Indonesian and Malay, Hindi
                        # "freelance", "self-employed", "works for themselves", "sole trader"
                        "tự do", "làm tự do", "làm việc tự do", "serbest", "serbest çalışıyor", "serbest çalışan",
                        "kendi işi", "anajitegemea", "kujiajiri", "amejiajiri", "libera professionista",
                        "freelancerka", "freelancerką", "samozatrudniony", "samozatrudniona", "egen företagare",
                        "egenföretagare", "ип", "самозанятый", "самозанятая", "фрилансер", "wiraswasta",
                        "usaha sendiri", "bekerja sendiri", "sendiri", "apna kaam", "apna business"})


# "yet", "still" around what is said instead of a value: "todavía no sé", "don't know yet", "noch unbekannt"
_YET = frozenset({"yet", "still", "todavía", "todavia", "aún", "aun", "ainda", "noch", "encore", "ancora", "nog",
                  "jeszcze", "ещё", "еще", "henüz", "vielä", "ännu", "endnu", "enda"})


def is_placeholder(raw: str) -> bool:
    """Said instead of a value ("TBD", "n/a", "(blank)", "todavía no sé", "don't know yet"): it fills nothing."""
    said = raw.strip(" .!").lower()
    if said[:1] in "([<" and said[-1:] in ")]>":
        said = said[1:-1].strip()  # "(blank)", "[none]", "<empty>": a form's empty field, pasted
    if said in PLACEHOLDERS:
        return True
    typed = said.split()
    return len(typed) > 1 and not _YET.isdisjoint(typed) and " ".join(
        word for word in typed if word not in _YET) in PLACEHOLDERS
