"""The words the free-text reader knows by heart: lead-ins, job titles, name particles, company
suffixes, and the common words that end a name or a company in a message typed in lower case."""

from __future__ import annotations

import functools
import re


class Compounding(frozenset[str]):
    """A word list that also holds the compounds ending in one of its ``endings``: German, Dutch and the
    Nordic languages write a job or a department as one word ("Einkaufsleiterin", "inkoopafdeling")."""

    endings: tuple[str, ...]

    def __new__(cls, words: set[str], endings: tuple[str, ...]) -> Compounding:
        found = super().__new__(cls, words)
        found.endings = endings
        return found

    def __contains__(self, word: object) -> bool:
        return frozenset.__contains__(self, word) or (
            isinstance(word, str) and len(word) > 6 and word.endswith(self.endings)
            and any(len(word) - len(ending) >= 3 for ending in self.endings if word.endswith(ending)))


COMPANY_SUFFIX = (
    r"\((?:Pty|Pvt|Pte)\.?\) (?:Ltd|Limited)|AB \(publ\)|UG \(haftungsbeschränkt\)|"
    # Québec and many small firms write some in lower case: "Boulangerie Tremblay inc.", "ltée"
    r"Inc|inc|Incorporated|Ltd|ltd|Ltée|ltée|Limited|LLC|llc|LLP|PLC|GmbH|AG|SA|SAS|SARL|BV|NV|Oy|AB|AS|A/S|I/S|ApS|"
    r"Pty|Co-op|Co|Corp|Corporation|Company|KG|SpA|Srl|SL|SRL|KK|Ltda\.? ME|Ltda|Lda|"
    # Mexico: "S.A. de C.V.", "S. de R.L. de C.V.", "S.A.P.I. de C.V."
    r"S\. de R\.L\. de C\.V|S\. de R\.L|S\.A\.P\.I\. de C\.V|S\.A\.B\. de C\.V|S\.A\. de C\.V|S\.A\.R\.L|"
    r"S\.A\.S|S\.A\.C|S\.A\.E|S\.L\.P|S\.R\.L|S\.p\.A|"
    r"S\.A|S\.L\.U|S\.L|S\.à r\.l|S\. ?Coop(?:\. And)?|AB \(publ\)|plc|K\.K|N\.V|B\.V|"
    # the Nordics: "Jökulsá Fiskur ehf.", "Marel hf."
    r"ehf|hf|Oyj|ASA|"
    # more of Europe and the Americas: "Pike a.s.", "spol. s r.o.", "UG (haftungsbeschränkt)", "e.K.", "Sàrl"
    r"a\.s|spol\. s r\.o|UG \(haftungsbeschränkt\)|UG|e\.K|e\.U|Sàrl|S\.n\.c|PLLC|"
    # Asia and Turkey (often after another abbreviation: "Pte. Ltd.", "Sdn. Bhd.", "Ltd. Şti.")
    r"Pte|Pvt|Sdn|Bhd|Tbk|San\. ve Tic\. (?:A\.Ş|Ltd\. Şti)|Şti|A\.Ş|"
    # central Europe, written in lower case too: "sp. z o.o.", "s.r.o.", "Kft.", "d.o.o."
    r"[Ss]p\. z o\.o|[Ss]p\. ?[jkp]|[Ss]\.r\.o|Kft|Zrt|[Dd]\.o\.o|S\.r\.l|SIA|UAB|OÜ|"
    # the same in Cyrillic: "Дунав Транс д.о.о.", "Рила АД", "ЕООД"
    r"[Дд]\.о\.о|ЕООД|ООД|АД|ЕАД|"
    r"Est|Koop|"  # the Gulf's "Establishment": "Harbi Trading Est."; a cooperative: "Ege Zeytincilik Koop."
    r"בע[\"״]מ|Α\.Ε|Ε\.Π\.Ε|Ι\.Κ\.Ε|Ο\.Ε"  # Hebrew and Greek limited companies
)
# Honorifics written after a name in Japanese, Korean and Chinese: "美咲さん", "박서연 님", "王先生".
HONORIFIC_SUFFIXES = ("さん", "様", "さま", "氏", "くん", "님", "씨", "先生", "女士", "小姐", "जी", "साहब", "साहेब")
# ... and job titles written as a word after the name: "鈴木 健太郎 部長", "김서연 과장", "王伟 经理".
TITLES_AFTER_NAME = frozenset({"部長", "課長", "社長", "係長", "主任", "専務", "常務", "取締役", "代表", "부장", "과장",
                               "차장", "대리", "사장", "대표", "이사", "팀장", "실장", "经理", "總經理", "总经理",
                               "經理", "主管", "董事长", "董事長", "总监", "總監", "课长", "部长", "负责人", "負責人",
                               "担当", "マネージャー", "매니저", "본부장", "Hanım", "Hanim", "Bey",
                               "Hanımefendi"})
# In a script without capitals, what ends a department ("採購部", "経理部", "영업팀", "खरीद विभाग") or says
# when ("来週火曜", "下午三点", "오후 2시"): such a word is no name and no company.
# Thai: "ฝ่ายบัญชี" (the accounts department), "ผู้จัดการฝ่ายจัดซื้อ" (the purchasing manager)
CASELESS_DEPARTMENT_STARTS = ("ฝ่าย", "แผนก", "ผู้จัดการ", "ผู้อำนวยการ", "หัวหน้า", "ประธาน")
CASELESS_DEPARTMENT_ENDINGS = ("部", "部门", "部門", "课", "課", "科", "室", "팀", "부서", "본부", "विभाग")
CASELESS_TIME_MARKS = ("時", "时", "点", "點", "曜", "星期", "礼拜", "禮拜", "下午", "上午", "中午", "晚上", "明天",
                       "今天", "昨天", "后天", "下周", "下週", "来週", "來週", "今週", "本周", "来月", "下个月", "明日",
                       "오후", "오전", "다음주", "요일", "시에", "내일", "오늘",
                       "会議室", "会议室", "회의실",  # ... or a meeting room
                       "นัด", "วันที่")  # Thai: an appointment, a date


_CASELESS_MARK = re.compile("|".join(CASELESS_TIME_MARKS) + r"|\d")


def is_caseless_department_or_time(token: str) -> bool:
    """``採購部``, ``영업팀``, ``来週火曜15時``: a department or a time in a script without capitals."""
    return not token.isascii() and (
        token.startswith(CASELESS_DEPARTMENT_STARTS) and len(token) > 4
        or token.endswith(CASELESS_DEPARTMENT_ENDINGS) and any(
            token.endswith(ending) and len(token) > len(ending) for ending in CASELESS_DEPARTMENT_ENDINGS)
        or _CASELESS_MARK.search(token) is not None)
# What a business's name ends with in Korean, Japanese and Chinese ("한결 건설", "ホーキンス貿易", "星辰科技"):
# such a word is a company's, never a person's.
CJK_BUSINESS_ENDINGS = ("건설", "디자인", "소프트", "테크", "물산", "상사", "산업", "전자", "제약", "식품",
                        "무역", "컴퍼니", "솔루션", "시스템", "에너지", "貿易", "商事", "商店", "工業", "産業",
                        "建設", "電機", "製作所", "物産", "食品", "工房", "技研", "精工", "不動産", "贸易",
                        "集团", "集團", "實業", "实业", "科技", "电子",
                        "電子", "建筑", "物流", "酒店", "餐饮", "ソフト", "テック", "デザイン", "システム")


def is_cjk_business(token: str) -> bool:
    """``건설``, ``ホーキンス貿易``: a word of a business's name in Korean, Japanese or Chinese."""
    return not token.isascii() and token.endswith(CJK_BUSINESS_ENDINGS)


# Honorifics written before a name and joined to it: Thai "คุณธนากร".
HONORIFIC_PREFIXES = ("คุณ",)
# Thai "company": it starts a company's name, even with no separator before it ("สมชาย ใจดี บริษัท …").
THAI_COMPANY_WORD = "บริษัท"
# A legal form written before the name: "Công ty TNHH Sông Hồng", "PT Maju Jaya", "ООО Ромашка".
COMPANY_PREFIX = rf"Công ty(?: TNHH| CP| cổ phần)?|Cty(?: TNHH)?|PT|ООО|ОАО|ЗАО|ПАО|АО|ТОВ|OOO|{THAI_COMPANY_WORD}"

# Words that only lead in to the lead: greetings, requests, how the rep met them. Lower case.
LEAD_IN = frozenset({
    "hi", "hey", "hello", "hallo", "hola", "bonjour", "ciao", "salut", "hej", "moin", "ola", "olá", "oi",
    "namaste", "fyi", "ok", "okay", "so", "yo", "please", "pls", "plz", "kindly", "thanks", "could", "can",
    "would", "you", "u", "i", "i've", "ive", "i'd", "we", "we've", "just", "got", "off", "the", "a", "an",
    "this", "one", "new", "another", "quick", "great", "good", "nice", "lovely", "had", "have", "has",
    "add", "create", "log", "capture", "record", "save", "enter", "make", "put", "lead", "leads", "contact",
    "prospect", "referral", "intro", "introduction", "introduced", "met", "meet", "meeting", "spoke",
    "speak", "talked", "talk", "chatted", "chat", "call", "called", "phone", "closed", "demo", "bumped",
    "ran", "into", "with", "to", "for", "today", "yesterday", "earlier", "tonight", "also", "me", "us",
    "someone", "somebody", "w",  # "someone from marketing at …", "chat w eduardo" ("w" for "with")
    "visitor", "attendee", "guest", "delegate", "exhibitor", "caller", "walk-in", "inbound",  # a person, unnamed
    "it's", "its", "that's", "here's", "heres",  # "it's Tamara Voss from Lindgren"
    "c'est", "voici", "voilà",  # "c'est la Cidrerie de l'Odet"
    "quote", "follow-up", "followup", "catch-up", "coffee", "lunch", "dinner", "there", "here", "is", "it",
    "let's", "lets", "need", "needs", "want", "my", "our", "of", "on", "new-lead", "新しいリード", "リード",
    # Chinese: "new customer", "customer", "new lead", "lead", "contact"
    "新客户", "新客戶", "客户", "客戶", "新线索", "线索", "新联系人", "联系人",
    # how the rep came by them: "Could we get … into the CRM", "caught … after the panel", "Set up a demo w/ …"
    "get", "grab", "pop", "stick", "picked", "caught", "booked", "scheduled", "set", "follow",
    # what the lead came out of: "per conversation w/ …", "following the demo, …", "re the call with …"
    "as", "following", "regarding", "conversation", "convo", "discussion", "discussed", "visit",
    # "met" and "spoke with" in the languages reps write in: "Rencontré Solène Marquet au salon"
    "rencontré", "rencontrée", "rencontre", "parlé", "getroffen", "gesprochen", "traf", "conocí",
    "conoci", "hablé", "hable", "conheci", "falei", "incontrato", "incontrata", "sentito", "ontmoet",
    "gesproken", "spotkałem", "spotkałam", "rozmawiałem", "rozmawiałam", "träffade", "pratade", "tapasin",
    "nuevo", "nueva", "nouveau", "nouvelle", "neuer", "neue", "nuovo", "nuova", "novo",
    "새", "신규",  # Korean "new"
    # fillers: "hmm, well", "oh and …"
    "hmm", "hmmm", "um", "umm", "uh", "erm", "oh", "ah", "well", "sorry", "oops",
    "kontakt", "kunde", "kundin", "interessent", "anfrage", "contacto", "cliente", "client", "prospecto",
    "contato", "contatto",
    # requests and "met" in other languages: "peux-tu créer un lead pour …", "Añade a …", "ho conosciuto …",
    # "conheci o …", "Net gesproken met …", "habe … getroffen"
    "peux-tu", "pourrais-tu", "pouvez-vous", "créer", "crée", "créé", "ajoute", "ajouter", "un", "une", "pour",
    "añade", "añadir", "agrega", "agregar", "crea", "crear", "registra", "registrar", "aggiungi", "aggiungere",
    "creare", "abbiamo", "conosciuto", "conosciuta", "parlato", "adiciona", "adicionar", "cria", "criar",
    "conhecemos", "nieuwe", "nieuw", "graag", "toevoegen", "bitte", "anlegen", "habe", "hab", "ich",
    "bot", "leadbot",  # the bot's own name: "Hallo LeadBot"
    # "new lead/client" in scripts with spaces: Arabic, Hebrew; Polish "lead z targów" (from the fair)
    "عميل", "جديد", "جديدة", "ليد", "ליד", "חדש", "חדשה", "לקוח", "z", "targów", "targach", "عندي", "لدي",
    # "Acabo de hablar con …", "Conversei com …", "Tu peux créer le contact …", "Kun je … toevoegen?",
    # "Grad mit … gesprochen", "Novi kontakt: …", "uusi liidi messuilta"
    "acabo", "hablar", "conversei", "conversamos", "tu", "peux", "kun", "je", "grad", "gerade", "eben",
    "novi", "nova", "nowy", "nowa", "nový", "nová", "uusi", "ny", "nytt", "yeni", "новый", "новая", "новий",
    "liidi", "kontakti", "asiakas",
    # "Buenas, apunta a …", "Che, anotá a …", "mi registri …", "Kan du lägga in …", "नयाँ लिड", "the CRM"
    "apunta", "apuntá", "anota", "anotá", "registrá", "cargá", "agregá", "mi", "registri", "inserisci", "segna",
    "puoi", "kan", "du", "lägga", "lägg", "in", "registrera", "नयाँ", "नया", "नई", "लिड", "लीड", "crm",
    # "favor de dar de alta a …", "cargame a …", "Am vorbit azi cu …", "rang ophelia …", "Spoke wiht …"
    "favor", "porfa", "cargame", "cárgame", "vorbit", "azi", "astăzi", "ieri", "cunoscut", "adaugă", "adauga",
    "rang", "wiht", "whenever", "ready", "adding", "added", "howzit",
    # how a call or a meeting went, in lower case: "vu margaux …", "llamada con …", "kausap ko si …", "yarn with …",
    # "had a pint w/ …", "dzwonił …", "snakket med …", "ახალი ლიდი" (a new lead)
    "vu", "vue", "croisé", "croisée", "llamada", "llamé", "charlé", "charla", "reunión", "dzwonił", "dzwoniła",
    "kausap", "ko", "si", "kurz", "snakket", "pratet", "yarn", "pint", "beer", "drinks", "ახალი", "ლიდი", "გამარჯობა",
    "გაუმარჯოს",
    # Turkish, Vietnamese, Arabic, Hebrew: "yeni müşteri var", "thêm khách mới", "محتاج أضيف عميل", "יש לי לקוח …",
    # "اسمه عبدالله الشمري" (his name is …)
    "ktoś", "ktos", "někdo", "кто-то", "хтось", "alguien", "alguém", "qualcuno", "jemand", "iemand", "någon",
    "müşteri", "var", "ekle", "eklermisin", "thêm", "khách", "hàng", "mới", "tiềm", "năng", "giúp", "nhé",
    "محتاج", "أضيف", "اضيف", "أضف", "اضف", "إضافة", "اضافة", "ممكن", "تضيف", "اسمه", "اسمها", "זה", "יש", "לי",
    "פוטנציאלי", "פוטנציאלית", "להכניס", "להוסיף", "תוסיף", "תכניס", "בבקשה", "מהכנס", "שמו", "שמה",
}) | frozenset({
    # Greetings that open a chat, in the languages reps write in (one word each; phrases are in
    # GREETING_PHRASES). No word here is also a given name.
    "привет", "здравствуйте", "здравствуй", "привіт", "вітаю", "안녕하세요", "안녕", "merhaba", "selam",
    "buenas", "szia", "szervusz", "ahoj", "cześć", "czesc", "hei", "hallå", "terve", "sveiki", "labas",
    "tere", "zdravo", "salve", "servus", "coucou", "chào", "היי", "הי", "heya", "hiya", "hii", "sup", "right",
    "alright", "howdy", "buongiorno", "buonasera", "bonsoir", "お疲れ様です", "お疲れさまです",
    "おつかれさまです", "お世話になっております", "수고하세요", "수고하십니다", "grüezi", "hoi", "goedemorgen",
    "goedemiddag", "こんにちは", "moi", "moikka", "heippa", "hejsan", "godmorgen", "dobrý", "zdravím",
    "marhaba", "habari", "jambo", "sawubona", "molo", "dumela", "ayubowan", "vanakkam", "kumusta", "mabuhay",
    "sannu", "salaam", "salam", "shalom", "namaskar", "aloha", "ahlan", "yassou", "merhabalar", "all", "folks",
    "everyone", "fwd", "fw",
    "こんばんは", "おはよう", "おはようございます", "你好", "您好", "嗨", "哈喽", "مرحبا", "أهلا", "اهلا", "שלום",
    "नमस्ते", "नमस्कार", "สวัสดี", "สวัสดีครับ", "สวัสดีค่ะ", "γεια", "γειά", "καλημέρα", "halo", "hallo",
})
# Words that lead in only after another lead-in word: "Hablé con …", "Grad mit …", "créer le contact …",
# "caught up w …" (at a segment's start, "Con Edison", "MIT" and "Le Bihan" are names).
LEAD_IN_AFTER = frozenset({"con", "com", "mit", "avec", "med", "le", "la", "el", "il", "lo", "les", "der", "die",
                           "den", "up", "o", "the", "contacto", "contato", "kontakt", "cu", "pe", "dar", "alta"})
# Greetings of more than one word, at the start of a message.
GREETING_PHRASES = (
    r"buen[oa]s (?:d[ií]as|tardes|noches)|bom dia|boa (?:tarde|noite)|guten (?:tag|morgen|abend)|"
    r"добр(?:ый|ое|ой) (?:день|утро|вечер)|γει[αά] σ(?:ας|ου)|xin chào|dzień dobry|dobry den|god (?:morgon|dag)|"
    r"kia ora|good (?:day|morning|afternoon|evening)|buen d[ií]a|ערב טוב|בוקר טוב|צהריים טובים|"
    r"(?:hi|hello|hey) there|assalamu? ?alaikum|السلام عليكم|"
    r"早上好|下午好|晚上好|selamat (?:pagi|siang|sore)|chào (?:anh|chị|bạn)|(?:مساء|صباح) (?:الخير|النور)|"
    r"dobr[ýé] (?:den|ráno|večer)|god (?:eftermiddag|kväll|aften)|hyvää (?:huomenta|päivää|iltaa)|che(?=\s*,)"
)
# "Got a business card from Nadia Petrova": after one of these, "from" names the person, not a company.
MESSAGE_NOUNS = frozenset({"card", "voicemail", "email", "e-mail", "message", "call", "text", "note", "enquiry",
                           "inquiry", "request", "dm", "callback", "referral", "intro", "introduction",
                           "recommendation", "tip", "ping", "shout"})

# Job titles: a run holding one is a title ("VP Sales", "Head of Marketing"), neither name nor company.
ROLES = Compounding({
    "ceo", "cfo", "cto", "coo", "cmo", "cio", "cro", "cpo", "cso", "vp", "svp", "evp", "avp", "director",
    "head", "manager", "president", "founder", "co-founder", "cofounder", "chief", "officer", "engineer",
    "buyer", "intern", "assistant", "consultant", "analyst", "chair", "chairman", "chairwoman", "md", "gm",
    "coordinator", "specialist", "representative", "rep", "secretary", "treasurer", "administrator",
    "architect", "developer", "designer", "executive", "supervisor", "associate", "owner", "proprietor",
    # other languages: "diretora comercial", "directeur commercial", "gerente de compras", "Geschäftsführer"
    "diretor", "diretora", "directeur", "directrice", "directora", "gerente", "jefe", "jefa", "responsable",
    "geschäftsführer", "geschäftsführerin", "leiter", "leiterin", "vertriebsleiter", "einkaufsleiter",
    "presidente", "président", "présidente", "fondateur", "fondatrice", "fundador", "fundadora", "sócio",
    "sócia", "socio", "socia", "propriétaire", "inhaber", "inhaberin", "direttore", "direttrice",
    "responsabile", "titolare", "amministratore", "gérant", "gérante", "dueño", "dueña",
    "директор", "директорка", "менеджер", "менеджерка", "керівник", "керівниця",
    "руководитель", "начальник", "διευθυντής", "διευθύντρια", "pengurus", "inkoper",
    "inkoopmanager", "bedrijfsleider", "eigenaar", "einkäufer", "einkäuferin", "comprador", "compradora",
    "acheteur", "acheteuse", "prokurist", "prokuristin", "counsel", "zaakvoerder", "zaakvoerster", "direktur",
    "direktør", "direktor", "direktorin", "superintendent", "administrador", "administradora", "kierownik",
    "kierowniczka", "leder", "vezető", "igazgató", "pengerusi", "ผู้จัดการ",
    "fd", "drh", "daf", "dsi", "rrh", "ciso", "cdo",
    "müdür", "müdürü", "müdiresi", "المدير", "مدير", "المديرة", "مديرة", "رئيس", "رئيسة", "مسؤول",
    "مسؤولة", "ראש", "מנהל", "מנהלת", "trưởng", "giám", "đốc", "phó",
    "מנכ\"ל", "סמנכ\"לית", "מנכ\"לית", "סמנכ״לית", "מנכ״לית", "סמנכ\"ל", "מנכ״ל", "סמנכ״ל", "प्रबंधक", "निदेशक", "engr",
}, endings=(
    # "Einkaufsleiterin", "Vertriebschef", "inkoopmanager", "salgsleder", "inköpschef", "myyntipäällikkö"
    "leiter", "leiterin", "führer", "führerin", "manager", "managerin", "direktor", "direktorin", "chefin",
    "chef", "referent", "referentin", "einkäufer", "einkäuferin", "berater", "beraterin", "koordinator",
    "koordinatorin", "sachbearbeiter", "sachbearbeiterin", "assistent", "assistentin", "directeur", "leider",
    "leder", "ansvarig", "johtaja", "päällikkö", "direktør", "beauftragter", "beauftragte",
))
# Jobs that are also surnames (Partner, Foreman, Baker): a role only when written in lower case, as in
# "partner at Mokoena van Wyk Attorneys".
LOWER_CASE_ROLES = frozenset({
    "partner", "captain", "skipper", "foreman", "attorney", "lawyer", "solicitor", "barrister", "advocate",
    "accountant", "nurse", "doctor", "physician", "surgeon", "dentist", "pharmacist", "teacher", "professor",
    "lecturer", "researcher", "scientist", "broker", "agent", "realtor", "planner", "editor", "producer", "chef",
    "baker", "farmer", "pilot", "principal", "dean", "auditor", "controller", "paralegal", "clerk", "trader",
    "banker", "advisor", "adviser", "recruiter", "estimator", "surveyor", "inspector", "technician", "mechanic",
    "electrician", "plumber", "contractor", "builder", "carpenter", "steward", "purser", "lead",
})
# Roles at the head of an organisation: their "of" names it ("chairman of Pryde Shipping"), where a
# functional title's does not ("Head of Procurement", "Director of Business Development").
HEAD_ROLES = frozenset({"ceo", "founder", "co-founder", "cofounder", "president", "chair", "chairman",
                        "chairwoman", "owner", "proprietor", "md", "gm", "chief",
                        # the other chief officers run the whole organisation's function: "COO of X"
                        "coo", "cfo", "cto", "cmo", "cio", "cro", "cpo", "cso"})
# Words of a job title besides its role: "VP of Operations", "Senior Sales Director", "Head of R&D".
TITLE_WORDS = frozenset({
    "of", "and", "&", "senior", "sr", "junior", "jr", "deputy", "vice", "assistant", "associate", "regional",
    "global", "general", "national", "international", "lead", "principal", "acting", "interim", "technical",
    "commercial", "business", "development", "sales", "marketing", "procurement", "purchasing", "finance",
    "accounting", "hr", "legal", "it", "ops", "operations", "engineering", "support", "product", "design",
    "logistics", "compliance", "security", "research", "partnerships", "growth", "strategy", "training",
    "facilities", "communications", "people", "customer", "success", "account", "accounts", "supply", "chain",
    "achats", "ventes", "compras", "ventas", "einkauf", "vertrieb", "utama",  # "Direktur Utama" (president director)
    "data", "science", "analytics", "digital", "innovation", "technology", "infrastructure", "platform",
    "facility", "management", "experience", "revenue", "brand", "content", "events", "community", "risk", "audit",
    "investor", "relations",
    "public", "affairs", "government", "sustainability", "photography", "fleet", "field", "client", "clinical",
    "daglig", "generalny", "генеральный", "генеральний", "коммерческий", "комерційний", "исполнительный",
    "финансовый", "фінансовий", "технический", "технічний", "beszerzési", "vânzări", "vanzari",
})
# Words that label a reference number, never a phone or a company: "order #4471", "PO 88213", "invoice
# INV-20931", and in the languages reps write in: "Angebot 12.400 €", "devis 4 200 €", "pedido 5521".
REFERENCE_LABELS = frozenset({
    "order", "orders", "invoice", "inv", "ref", "reference", "quote", "quotation", "po", "p.o", "abn", "acn",
    "vat", "gst", "ein", "tax", "acct", "ticket", "contract", "sku", "nr", "nº", "rfp", "rfq", "sow", "nda",
    "fortune",
    "angebot", "rechnung", "bestellung", "auftrag", "devis", "facture", "commande", "presupuesto",
    "factura", "pedido", "orçamento", "fatura", "fattura", "ordine", "preventivo", "offerte", "factuur",
    "ordre", "bestilling", "beställning", "tilaus", "zamówienie", "faktura", "objednávka", "sipariş",
    "заказ", "счёт", "счет", "rekening", "offerta", "offert", "tilbud", "tarjous", "oferta", "nf", "nfe", "nf-e",
    # a serial or tracking number: "Serial SN 7730-4418-2291", "IMEI 3567…", "RMA 20931"
    "serial", "sn", "s/n", "imei", "rma", "awb", "tracking", "case", "lieferschein", "kvitto", "kundennr", "teklif",
    "teklifi", "č", "čís", "číslo",
})
# A compound that ends in a word for "number" labels a reference too ("Auftragsnr.", "Bestellnummer",
# "Kundennummer", "見積番号"), unless it is a phone's ("Telefonnummer", "Handynr.", "電話番号").
_NUMBER_ENDINGS = ("nr", "nummer", "numéro", "numero", "número", "番号", "号码", "號碼", "번호")
# (Dutch "06-nummer" is a mobile's)
_PHONE_STEMS = ("telefon", "tel", "handy", "mobil", "ruf", "fax", "faks", "gsm", "06", "電話", "携帯", "电话", "手机",
                "電話", "手機", "전화", "휴대폰")


def is_reference_label(token: str) -> bool:
    """``order``, ``PO``, ``Auftragsnr.``, ``Bestellnummer``, ``見積番号``: a word that labels a reference number."""
    word = plain(token)
    if word in REFERENCE_LABELS:
        return True
    if not word.endswith(_NUMBER_ENDINGS):
        return False  # (most words: one test in C before the loop below)
    # (a stem of three letters or more, or two characters in a script without spaces: "見積番号")
    ending = next((ending for ending in _NUMBER_ENDINGS if word.endswith(ending)
                   and len(word) - len(ending) >= (3 if ending.isascii() else 2)), "")
    return bool(ending) and not word[: -len(ending)].rstrip("-").endswith(_PHONE_STEMS)
# Currencies as codes, after an amount: "145.000 TL", "¥380,000 JPY" (in capitals: "Ron" is a name, "RON" money).
CURRENCY_CODES = frozenset({
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "AUD", "NZD", "CAD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK",
    "HUF", "RON", "BGN", "RUB", "UAH", "TRY", "TL", "BRL", "MXN", "ARS", "CLP", "COP", "PEN", "ZAR", "KES", "NGN",
    "EGP", "MAD", "AED", "SAR", "QAR", "KWD", "ILS", "KRW", "THB", "VND", "IDR", "MYR", "PHP", "SGD", "HKD", "TWD",
    "PKR", "BDT", "LKR", "Ft", "Kč", "zł",
})
# ... and words that state an amount: "budget $12,500", "50 units", "paid $3,250.00": never a company.
REFERENCE_WORDS = REFERENCE_LABELS | frozenset({
    "budget", "id", "qty", "quantity", "units", "pallets", "boxes", "total", "paid", "amount", "due", "balance",
    "deposit", "cost", "fee", "discount", "licence", "license", "licenses", "licences", "approx", "around",
    "series", "seed", "pre-seed", "ipo", "arr", "mrr", "nda", "rfp", "rfq", "sow", "poc", "pilot",
    # a meeting, not a company: "RDV jeudi", "Termin Dienstag", "cita el lunes"
    "termin", "rdv", "rendez-vous", "cita", "reunión", "reunion", "reunião", "appuntamento", "meeting", "demo",
    "موعد", "اجتماع", "פגישה", "मीटिंग", "toplantı", "미팅", "회의",
    # how many: "3 Lizenzen", "40 employees", "12 sites"
    "users", "employees", "sites", "locations", "stores", "staff", "lizenz", "lizenzen", "stück", "nutzer",
    "mitarbeiter", "licencias", "licencia", "usuarios", "empleados", "unidades", "utilisateurs", "employés",
    "unités", "postes", "licenze", "utenti", "pezzi", "dipendenti", "licenças", "usuários", "funcionários",
    # what a price is given with: "48 500 € HT", "€8.400 excl. btw", "zzgl. MwSt."
    "ht", "ttc", "tvac", "htva", "tvai", "excl", "incl", "btw", "mwst", "zzgl", "inkl", "netto", "brutto", "iva", "tva",
    "moms", "alv",
    # a delivery, not a company: "Lieferung KW 50"
    "lieferung", "delivery", "levering", "leverans", "livraison", "entrega", "consegna",
    "rückruf", "callback", "rappel",  # "Rückruf Do": a call to return, not a company
})
PRONOUNS = frozenset({"he", "she", "they", "he's", "she's", "they're", "who", "who's", "hes", "shes",
                      # "elle travaille chez …", "ela é da …", "sie arbeitet bei …"
                      "elle", "ela", "ele", "ella", "él", "sie", "er", "lei", "lui", "hij", "zij", "hon", "han",
                      "ấy", "она", "он", "они", "вона", "він", "вони"})
# Words between a pronoun and what it says: "she's actually at Ortiz Metalworks", "he's now with …".
HEDGES = frozenset({"actually", "really", "now", "still", "also", "currently", "oh", "ah", "oops", "and"})
ROLE_LEAD_IN = frozenset({"the", "their", "our", "her", "his", "a", "an"})

# Lower-case words inside a capitalised name: "Leonardo da Vinci", "Ana de Armas", "Catherine of Aragon".
PARTICLES = frozenset({
    "da", "de", "del", "della", "di", "do", "dos", "das", "du", "van", "von", "der", "den", "ter", "ten",
    "la", "le", "al", "el", "bin", "bint", "binti", "bte", "ibn", "y", "e", "of", "zu", "st.", "a/l", "a/p",
    "los", "las",  # "Ramon de los Santos"
})
# Particles that also mean "from" ("Till Vossberg von Nordlicht Kältetechnik").
FROM_PARTICLES = frozenset({"van", "von", "de", "di", "da", "do", "du", "dal", "dalla"})
# Lower-case words inside a capitalised company: "Bank of America", "Ramírez y Asociados".
COMPANY_JOINERS = frozenset({"of", "de", "y", "e", "du", "des", "der", "für", "la", "le", "el", "the", "und",
                             "et", "for", "on", "del", "della", "di", "do", "dos", "das", "da", "van", "von", "zum",
                             "zur", "am", "sur", "al"})

# Words after a name or a company that belong to neither: when, how keen. Lower case.
TRAILING = frozenset({
    "today", "yesterday", "tomorrow", "earlier", "later", "tonight", "now", "again", "too", "this", "morning",
    "afternoon", "evening", "week", "last", "next", "night", "recently", "just", "asap", "btw", "fyi", "noon",
    "midnight", "breakfast", "brunch", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "stp", "svp", "pls", "please", "bitte", "thx", "thanks", "ty",  # "… 06 12 34 10 88 stp"
    # ... in other languages: "… ce midi", "… idag", "kommt nächste Woche"
    "idag", "igår", "imorgon", "heute", "gestern", "ce", "midi", "matin", "soir", "hoy", "ayer", "oggi",
    "ieri", "vandaag", "gisteren", "dzisiaj", "wczoraj", "dnes", "včera", "bugün", "dün",
})
# Verbs after a company in a message typed in lower case: "boğaziçi halatçılık aradı", "… telefoniert",
# "pekárna vrbičky chce nabídku", "hjördis at tidewickly said …": they end it.
LOWER_CASE_VERBS = frozenset({
    "said", "says", "asked", "asks", "called", "rang", "emailed", "wrote", "telefoniert", "gesprochen", "angerufen",
    "aradı", "arıyor", "istiyor", "chce", "chtějí", "prosi", "chcą", "quiere", "quieren", "veut", "veulent",
    "vuole", "wil", "wilde", "vill", "ville", "vil", "will", "möchte", "llamó", "ligou", "appelé",
})
# Words that end a name and start something else ("Jane Roe who works at Acme").
NAME_ENDERS = frozenset({
    "who", "is", "was", "on", "and", "in", "for", "via", "wants", "wanted", "needs", "called", "asked",
    "asking", "said", "says", "interested", "re", "about", "has", "had", "will", "would", "can", "could",
    "works", "work", "working",
})
# A university's departments: "Chair of Marine Science", "Dean of Engineering" name no organisation.
FIELDS_OF_STUDY = frozenset({"science", "sciences", "studies", "medicine", "physics", "chemistry", "biology",
                             "mathematics", "economics", "humanities", "engineering", "law", "linguistics",
                             "psychology", "philosophy", "history", "nursing", "architecture"})
# After "from", a department is not a company ("Priya from procurement").
DEPARTMENTS = Compounding({
    "marketing", "sales", "procurement", "purchasing", "finance", "accounting", "hr", "legal", "it", "ops",
    "operations", "engineering", "support", "product", "design", "the", "a", "an", "my", "our", "your",
    "their", "his", "her", "home", "work", "school", "church", "there", "here", "accounts",
    "billing", "admin", "administration", "logistics", "compliance", "security", "research", "management",
    "communications", "pr", "partnerships", "growth", "recruiting", "recruitment", "talent", "people",
    "facilities", "treasury", "payroll", "customer", "customers", "services", "service", "team", "office",
    "headquarters", "hq", "corporate", "dev", "devops", "qa", "r&d", "strategy", "training",
    "compras", "ventas", "achats", "ventes", "einkauf", "vertrieb", "acquisti", "vendite", "inkoop", "verkoop",
    "finanzas", "finances", "finanze", "buchhaltung", "contabilidad", "comptabilité", "recursos", "humanos",
    "personal", "personalabteilung", "marketingabteilung", "ufficio", "planta", "fábrica", "fabrica", "producción",
    "produção", "produktion", "production", "manufacturing", "quality", "calidad", "qualidade",
    "qualität", "dept", "department", "dirección", "direccion", "departamento", "gerencia", "área", "direção",
    "direzione", "abteilung", "nákupu", "nákup", "dział", "działu", "oddział", "oddziału", "prodeje", "zakupów",
    "zakupy", "sprzedaży", "закупівель", "ti", "sistemas", "facility", "bagian", "keuangan", "pembelian",
    "penjualan", "pemasaran", "총무", "기획", "개발", "회계", "법무", "홍보", "생산", "품질", "einkaufsleitung",
    "закупок", "продажу", "продаж", "phòng", "kinh", "doanh", "afdeling", "avdelning", "avdeling", "osasto", "infra",
    "operasi", "satın", "alma", "営業", "営業部", "経理", "総務", "人事", "销售", "采购", "採購",
    "購買", "財務", "财务", "市场", "市場", "技術", "技术", "研发", "企画", "法務", "広報", "영업",
    "구매", "재무", "인사", "마케팅", "المالي", "المالية", "المشتريات", "المبيعات",
    "التسويق", "قسم", "إدارة", "צוות", "רכש", "כספים", "שיווק", "מכירות",
    "מחלקת", "विभाग", "खरीद",
} | FIELDS_OF_STUDY, endings=("abteilung", "afdeling", "avdelning", "avdeling", "osasto", "einkauf", "vertrieb",
                              "leitung"))
# After a pronoun, a verb that says where someone works: "he runs Alexandria Supply".
COMPANY_VERBS = frozenset({"runs", "owns", "founded", "manages", "heads", "leads", "started", "co-founded"})
# Words that introduce where someone works, in the languages reps write in: "at", "chez", "bei".
# What a company does in a list item after its name: "…, Quayside Ceramics wants a demo next week".
COMPANY_DOES = frozenset({"wants", "wanted", "needs", "needed", "asked", "asks", "is", "are", "was", "were", "will",
                          "would", "requested", "requests", "interested", "looking", "signed", "said", "says", "plans",
                          "might", "may", "has", "have", "had", "called", "emailed", "reached", "sent", "agreed",
                          "liked", "loved", "likes", "loves", "keen", "considering", "evaluating"})
COMPANY_INTROS = frozenset({"at", "from", "with", "@", "chez", "bei", "presso", "bij", "fra", "hos", "från", "aus",
                            "på",  # Swedish, Norwegian, Danish "at"
                            "z", "ze", "з", "із",  # Polish, Czech, Ukrainian "from"
                            "ở",  # Vietnamese "at"
                            "c/o", "στην", "στη", "στο", "στον", "في",  # "care of"; Greek, Arabic "at"
                            "frm",  # typed in a hurry
                            # "from" in scripts with spaces: Arabic, Russian, Greek, Hindi, Thai
                            "من", "из", "από", "से", "จาก"})
# "z firmy …", "з компанії …", "ze společnosti …": the word for company after "from", in the case it takes there
COMPANY_AFTER_FROM = frozenset({"firmy", "firma", "společnosti", "spółki", "компании", "компанії", "фирмы", "фірми",
                                "tvrtke", "firme", "firmei", "firmă", "compania", "empresa", "société", "azienda"})
# After a job title, where the job is: "gerente de ventas en Cafetalera Monteverde", "diretora na Natura".
TITLE_COMPANY_INTROS = COMPANY_INTROS | frozenset({"en", "na", "no", "à", "au", "в", "for", "da", "do", "di", "de",
                                                   "del", "della", "du", "des", "der", "von", "van", "für", "per",
                                                   "para", "la", "w"})  # Romanian "la", Polish "w"
# Said after where someone works: Turkish "… 'da çalışıyor".
WORKS_AT_END = frozenset({"çalışıyor", "çalışır", "çalışıyormuş"})
# "is", in the languages reps write in (for "ela é da …", "elle est chez …")
IS = frozenset({"é", "es", "est", "ist", "è", "is", "är", "er", "jest", "je"})
# "works at", "trabaja en", "travaille chez", "arbeitet bei", "lavora presso", "trabalha na", "werkt bij"
WORKS = frozenset({"works", "work", "working", "trabaja", "trabajo", "travaille", "bosse", "làm", "arbeitet", "lavora",
                   "trabalha",
                   "werkt", "jobbar", "arbejder", "pracuje"})
WORKS_AT = frozenset({"at", "for", "with", "en", "para", "chez", "pour", "bei", "für", "presso", "per", "da", "na",
                      "no", "em", "bij", "voor", "på", "hos", "w", "dla"})
# Lower-case words that may join the capitalised words before a legal form ("Aceros del Bajío S.A. de C.V.");
# not "de", "da" or "van", which as often end a person's name ("Ana de Souza"), nor English "and", which
# as often joins a person to a company ("Jane Roe and Acme Ltd"); the other languages' "and" is how a
# family firm is named ("… et Fils", "… y Cía.").
SUFFIXED_JOINERS = frozenset({"del", "della", "dello", "degli", "do", "dos", "das", "of", "für", "the",
                              # "Dubois et Fils SARL", "Rojas y Cía. Ltda.", "Nagy és Társa Kft.", "Wiśniewski i Syn"
                              "et", "y", "e", "és", "i", "und", "og", "och", "en",
                              # ... and the family: "Vlasák & syn a.s.", "Rojas e hijos S.A."
                              "syn", "synové", "synowie", "fils", "hijos", "hijas", "filhos", "figli", "sons", "söhne",
                              "zonen", "cía", "cia", "társa", "társai"})
# Parts of a word in a script without spaces that say it is no name: "新規リードです" (a new lead).
LEAD_IN_MORPHEMES = ("ลีด", "ลูกค้าใหม่", "リード", "리드", "线索", "線索", "客户", "客戶", "顧客", "고객", "연락처",
                     "联系人")


def is_lead_in_morpheme(token: str) -> bool:
    """A word in a script without spaces that holds "lead" or "customer": "新規リードです", "리드입니다"."""
    return not token.isascii() and any(part in token for part in LEAD_IN_MORPHEMES)

# Common lower-case words: never a name or company in a message typed all in lower case.
# Said instead of a value: "company TBD", "email: n/a" fill nothing.
PLACEHOLDERS = frozenset({"tbd", "tbc", "n/a", "na", "unknown", "none", "?", "??", "-", "--", "tba", "pending",
                          "later", "unclear", "not sure", "idk", "folgt", "kommt", "später", "à suivre",
                          "to follow", "tbf", "?.", "n.n.", "nn", "k.a.", "keine angabe", "s/d", "s.d."})
# Words that end a company's name, even where they are common words: "wombat works", "Harbour Group".
COMPANY_NOUNS = frozenset({"works", "group", "labs", "lab", "studio", "studios", "solutions", "services", "partners",
                           "systems", "logistics", "foods", "media", "design", "consulting", "trading", "holdings",
                           "ventures", "capital", "supply", "supplies", "co", "company", "brothers", "bros",
                           "security"})
# Words a business's name ends with, never a surname one would meet: "Kline Freight - Dana Kline" has the
# company first.
BUSINESS_NOUNS = COMPANY_NOUNS | frozenset({
    "freight", "transport", "haulage", "construction", "builders", "bakery", "brewing", "brewery", "dental",
    "clinic", "pharma", "motors", "energy", "solar", "insurance", "realty", "properties", "bank", "software",
    "technologies", "tech", "digital", "analytics", "robotics", "industries", "electric", "plumbing", "roofing",
    "landscaping", "cafe", "café", "coffee", "farms", "vineyards", "winery", "distillery", "distillers", "agency",
    "publishing", "hotels", "resorts", "travel", "tours", "shipping", "marine", "mining", "steel", "chemicals",
    "textiles", "apparel", "architects", "engineering", "associates", "networks", "telecom", "healthcare",
    "medical", "pharmacy", "beverages", "imports", "exports", "foundation", "institute", "university", "academy",
    "restaurant", "kitchens", "outfitters", "interiors", "printing", "packaging", "cosmetics", "fitness",
    "soft", "hospital", "school", "college", "centre", "center", "museum", "council", "seafood",
})
# Where in a building: "Büro Berlin, 2. OG, Raum 214" names an office, not a company.
BUILDING_WORDS = frozenset({"büro", "office", "raum", "room", "floor", "etage", "og", "suite", "building", "gebäude",
                            "reception", "lobby", "desk", "booth", "stand", "hall", "halle", "bureau", "oficina",
                            "ufficio", "sede", "filiale", "branch", "campus", "site", "warehouse", "lager", "bldg",
                            "sala", "salle", "pavilion", "padiglione", "pabellón", "stall"})
# ... and where in a building when a number or a letter follows ("Tower B", "Dock 7", "Gate 12"), words too
# common in companies' names to stop one anywhere else
PLACES_IN_BUILDINGS = BUILDING_WORDS | frozenset({"tower", "block", "level", "wing", "unit", "gate", "dock", "bay",
                                                 "zone", "table", "platform", "aisle"})
# What a meeting happened at: "met at Web Summit Lisbon" names an event, not where they work.
EVENT_WORDS = frozenset({
    "summit", "conference", "conf", "expo", "fair", "webinar", "meetup", "congress", "forum", "festival",
    "convention", "symposium", "hackathon", "gala", "mixer", "tradeshow", "messe", "salon", "booth", "keynote",
    "exhibition",
    "roadshow", "offsite", "workshop", "bootcamp", "annual", "world", "week", "live", "days",
    "fiera", "feria", "feira", "salone", "congresso", "congreso", "kongress", "beurs", "targi", "mässa", "show",
    "messuilta", "messut", "messen", "messa", "mässan", "targach", "targów", "veletrh", "veletrhu", "vásár",
    "المعرض", "معرض", "выставка", "выставке", "выставки", "виставки", "έκθεση", "תערוכה", "מהתערוכה", "בתערוכה",
    "展会", "展示会", "박람회", "전시회", "pameran", "hội", "chợ", "งานแฟร์",
})
COMMON = LEAD_IN | TRAILING | NAME_ENDERS | DEPARTMENTS | ROLES | MESSAGE_NOUNS | COMPANY_VERBS | BUILDING_WORDS | (
    WORKS | COMPANY_INTROS | LOWER_CASE_VERBS | COMPANY_DOES | EVENT_WORDS) | frozenset({
        "en", "na", "no", "à", "au", "в", "der", "die", "dem", "het", "il", "los",
                                         "las", "les", "greetings", "regards", "cheers", "update", "news",
                                "feedback", "follow-up", "followup"}) | frozenset({
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


# Places a rep names beside a lead ("Darnell Hayes, Chicago", "Grace from Toronto"): never a company on
# their own. Countries, the regions sales teams use, US states and Canadian provinces, large business cities.
PLACES = frozenset(word.lower() for word in """
Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|
Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|
Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|
Czechia|Czech Republic|Denmark|Djibouti|Dominican Republic|Ecuador|Egypt|El Salvador|Estonia|Eswatini|Ethiopia|
Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Guatemala|Guinea|Guyana|Haiti|Honduras|
Hong Kong|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|
Kazakhstan|Kenya|Korea|South Korea|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|
Liechtenstein|Lithuania|Luxembourg|Macau|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritius|Mexico|
Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|Holland|New Zealand|
Nicaragua|Niger|Nigeria|North Macedonia|Norway|Oman|Pakistan|Palestine|Panama|Papua New Guinea|Paraguay|Peru|
Philippines|Poland|Portugal|Puerto Rico|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|Seychelles|
Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|Spain|Sri Lanka|Sudan|Suriname|Sweden|
Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Trinidad|Tunisia|Turkey|Türkiye|Turkmenistan|
Uganda|Ukraine|UAE|United Arab Emirates|UK|United Kingdom|Britain|Great Britain|England|Scotland|Wales|
Northern Ireland|USA|US|United States|America|Uruguay|Uzbekistan|Venezuela|Vietnam|Viet Nam|Yemen|Zambia|
Zimbabwe|Europe|Asia|Africa|Latin America|North America|South America|Middle East|Scandinavia|Nordics|
EMEA|APAC|LATAM|DACH|Benelux|ANZ|MENA|Bay Area|Silicon Valley|Midwest|East Coast|West Coast|
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|
Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|
Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|
Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|
Washington|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|Québec|British Columbia|Alberta|Manitoba|
Saskatchewan|Nova Scotia|New Brunswick|
NYC|New York City|Manhattan|Brooklyn|Los Angeles|LA|San Francisco|SF|Chicago|Houston|Phoenix|Philadelphia|
San Antonio|San Diego|Dallas|San Jose|Austin|Jacksonville|Columbus|Charlotte|Indianapolis|Seattle|Denver|
Boston|Nashville|Detroit|Portland|Las Vegas|Memphis|Louisville|Baltimore|Milwaukee|Albuquerque|Tucson|
Sacramento|Kansas City|Atlanta|Miami|Raleigh|Minneapolis|Tampa|Orlando|Pittsburgh|Cincinnati|Cleveland|
St. Louis|Salt Lake City|New Orleans|Honolulu|Anchorage|Toronto|Montreal|Montréal|Vancouver|Calgary|Ottawa|
Edmonton|Winnipeg|Mexico City|Guadalajara|Monterrey|London|Manchester|Birmingham|Leeds|Glasgow|Edinburgh|
Liverpool|Bristol|Cardiff|Belfast|Dublin|Cork|Paris|Lyon|Marseille|Toulouse|Nice|Lille|Bordeaux|Berlin|
Hamburg|Munich|München|Cologne|Köln|Frankfurt|Stuttgart|Düsseldorf|Dusseldorf|Leipzig|Dresden|Vienna|Wien|
Zurich|Zürich|Geneva|Genève|Basel|Bern|Amsterdam|Rotterdam|The Hague|Utrecht|Eindhoven|Brussels|Antwerp|
Madrid|Barcelona|Valencia|Seville|Sevilla|Bilbao|Lisbon|Lisboa|Porto|Rome|Roma|Milan|Milano|Naples|Turin|
Torino|Florence|Bologna|Athens|Thessaloniki|Istanbul|Ankara|Izmir|Warsaw|Warszawa|Kraków|Krakow|Wrocław|
Gdańsk|Prague|Praha|Brno|Budapest|Bratislava|Bucharest|Sofia|Belgrade|Zagreb|Ljubljana|Kyiv|Kiev|Lviv|
Moscow|St Petersburg|Saint Petersburg|Minsk|Riga|Tallinn|Vilnius|Helsinki|Stockholm|Gothenburg|Göteborg|
Malmö|Oslo|Bergen|Copenhagen|København|Aarhus|Reykjavik|Reykjavík|Tel Aviv|Jerusalem|Haifa|Dubai|Abu Dhabi|
Doha|Riyadh|Jeddah|Kuwait City|Muscat|Manama|Beirut|Amman|Cairo|Alexandria|Casablanca|Rabat|Tunis|Algiers|
Lagos|Abuja|Accra|Nairobi|Mombasa|Addis Ababa|Kampala|Kigali|Dar es Salaam|Johannesburg|Joburg|Cape Town|
Durban|Pretoria|Dakar|Kinshasa|Luanda|Mumbai|Bombay|Delhi|New Delhi|Bangalore|Bengaluru|Hyderabad|Chennai|
Kolkata|Pune|Ahmedabad|Jaipur|Gurgaon|Gurugram|Noida|Karachi|Lahore|Islamabad|Dhaka|Colombo|Kathmandu|
Beijing|Shanghai|Shenzhen|Guangzhou|Chengdu|Hangzhou|Wuhan|Nanjing|Tianjin|Xi'an|Taipei|Kaohsiung|Tokyo|
Osaka|Kyoto|Yokohama|Nagoya|Fukuoka|Sapporo|Kobe|Seoul|Busan|Incheon|Singapore|Kuala Lumpur|KL|Penang|
Jakarta|Surabaya|Bali|Bangkok|Chiang Mai|Phuket|Manila|Cebu|Hanoi|Ho Chi Minh City|Saigon|Da Nang|
Phnom Penh|Yangon|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart|Darwin|Gold Coast|Auckland|
Wellington|Christchurch|São Paulo|Sao Paulo|Rio de Janeiro|Rio|Brasília|Brasilia|Belo Horizonte|
Porto Alegre|Curitiba|Recife|Salvador|Fortaleza|Buenos Aires|Córdoba|Rosario|Santiago|Lima|Bogotá|Bogota|
Medellín|Medellin|Cali|Quito|Guayaquil|Caracas|Montevideo|Asunción|La Paz|San Juan|Havana|Panama City|
San José|Guatemala City|Almaty|Astana|Tashkent|Baku|Tbilisi|Yerevan
""".replace("\n", "").split("|"))
# How a rep met someone: "Met Ines Ruiz at SaaStr Annual" may name where they met, not where they work.
MEETING_WORDS = frozenset({"met", "meet", "saw", "caught", "bumped", "ran", "spoke", "chatted", "talked"})
# Whole weekdays, in the languages reps write in: "Dienstag 14 Uhr" is when, never a company.
WEEKDAYS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag",
    "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
    "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "lunedì",
    "martedì", "mercoledì", "giovedì", "venerdì",
})
# When something happens: "Zoom Tues", "Termin Dienstag 14 Uhr", "by March".
TIME_WORDS = WEEKDAYS | frozenset({
    "today", "tomorrow", "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun", "eod",
    "eow", "eom", "q1", "q2", "q3", "q4", "h1", "h2", "fy", "january", "february", "march", "july", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "uhr", "segunda", "terça", "quarta", "quinta", "sexta", "heute", "morgen", "demain", "aujourd'hui",
    "mañana", "hoy", "amanhã", "hoje", "domani", "oggi",
    "kw", "wk", "cw",  # a calendar week: "KW 50"
    "जनवरी", "फ़रवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर",
    "النهارده", "النهاردة", "اليوم", "أمس", "امس", "امبارح", "بكرة", "غدا", "غداً", "زيارة", "الزيارة",
    "يوم", "الساعة", "ساعة", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "ביום", "בשעה",
})


@functools.lru_cache(maxsize=8192)
def plain(token: str) -> str:
    """A word as these lists hold it: lower case, without the punctuation around it."""
    return token.strip(".,;:!?\"'()").lower().replace("\u2019", "'")
