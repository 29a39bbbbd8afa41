"""Words around the lead: greetings and lead-ins before it ("Hi, could you log …", "Spoke with …"), and
the words after a name or a company that belong to neither ("this morning")."""

from __future__ import annotations

import re

# Words that only lead in to the lead: requests, how the rep met them, and the greetings (GREETINGS). Lower case.
LEAD_IN = frozenset({
    "fyi", "ok", "okay", "so", "please", "pls", "plz", "kindly", "thanks", "could", "can",
    "would", "you", "u", "i", "i've", "ive", "i'd", "we", "we've", "just", "got", "off", "the", "a", "an",
    "this", "one", "new", "another", "quick", "great", "good", "nice", "lovely", "had", "have", "has",
    "add", "create", "log", "capture", "record", "save", "enter", "make", "put", "lead", "leads", "contact",
    "prospect", "referral", "intro", "introduction", "introduced", "met", "meet", "meeting", "spoke",
    "speak", "talked", "talk", "chatted", "chat", "call", "called", "phone", "closed", "demo", "bumped",
    "ran", "into", "with", "to", "for", "today", "yesterday", "earlier", "tonight", "also", "me", "us",
    "someone", "somebody", "w",  # "someone from marketing at …", "chat w eduardo" ("w" for "with")
    "visitor", "attendee", "guest", "delegate", "exhibitor", "caller", "walk-in", "inbound",  # a person, unnamed
    "chap", "bloke", "fella", "fellow", "gent", "gentleman", "dude",  # ... said casually ("Bloke from Leeds …")
    "left", "vm", "voicemail", "termin",  # "left vm for kevin at zenith", "termin mit frau schneider …"
    "it's", "its", "that's", "here's", "heres", "that",  # "it's Tamara Voss from Lindgren", "make that …"
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
    "hablado", "conversado", "platicado",  # ("he hablado con …": I have talked with)
    "conoci", "hablé", "hable", "conheci", "falei", "incontrato", "incontrata", "sentito", "ontmoet",
    "gesproken", "spotkałem", "spotkałam", "rozmawiałem", "rozmawiałam", "träffade", "pratade", "tapasin",
    "nuevo", "nueva", "nouveau", "nouvelle", "neuer", "neue", "nuovo", "nuova", "novo",
    "새", "신규", "리드",  # Korean "new", "lead"
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
    # "Gerade telefoniert mit …", Greek "Μίλησα με τον …" (I spoke with), "Συνάντησα την …" (I met)
    "telefoniert", "μίλησα", "συνάντησα", "γνώρισα",
    "דיברתי", "פגשתי",  # Hebrew "I spoke", "I met" (then "עם", with)
    "նոր", "հաճախորդ", "կոնտակտ",  # Armenian "new", "customer", "contact"
    "አዲስ", "ደንበኛ",  # Amharic "new", "customer"
    "gặp", "vừa", "mới", "nói", "chuyện", "với",
    # "pls help me log …", "merci d'enregistrer …", "Mittagessen mit …", Korean laughter before a name
    "help", "merci", "perdón", "perdon", "désolé", "pardon",
    "d'enregistrer", "enregistrer", "d'ajouter", "mittagessen", "abendessen",
    "frühstück", "ㅎㅎ", "ㅋㅋ", "ㅎㅎㅎ", "ㅋㅋㅋ",  # Vietnamese "met", "just", "talked", "with": "Vừa gặp anh Bình …"
    # "Buenas, apunta a …", "Che, anotá a …", "mi registri …", "Kan du lägga in …", "नयाँ लिड", "the CRM"
    "apunta", "apuntá", "anota", "anotá", "registrá", "cargá", "agregá", "mi", "registri", "inserisci", "segna",
    "puoi", "kan", "du", "lägga", "lägg", "in", "registrera", "नयाँ", "नया", "नई", "लिड", "लीड", "crm",
    # "favor de dar de alta a …", "cargame a …", "Am vorbit azi cu …", "rang ophelia …", "Spoke wiht …"
    "favor", "porfa", "cargame", "cárgame", "vorbit", "azi", "astăzi", "ieri", "cunoscut", "adaugă", "adauga",
    "rang", "wiht", "whenever", "ready", "adding", "added", "howzit",
    # "Salü, neue Kontakt für dich", "hej, mam nowego klienta", "ho un contatto da inserire", "ny lead på gång",
    # "תרשום ליד חדש", "AoA, new lead pls"
    "für", "dich", "dir", "mam", "mamy", "nowego", "nową", "nowej", "klienta", "klient", "inserire", "gång",
    "תרשום", "תרשמי", "yow", "aoa", "salü", "sali",
    # "Snakket med …", "møtte …", "rdv avec …", "Aaj … se baat hui", "Nimeongea na …", "puoi registrare …"
    "snakket", "pratet", "møtte", "mötte", "traff", "rdv", "aaj", "nimeongea", "nimekutana", "registrare",
    # "Cheers Tom, one more for the CRM", "Scanned at NRF", "Namaskaram, new enquiry", "new customer o"
    "cheers", "more", "scanned", "scan", "namaskaram", "enquiry", "inquiry", "customer", "opportunity", "oppty",
    "treffen", "ketemu", "bertemu", "jumpa", "ngobrol", "nakausap", "nakilala",  # "met" in more languages
    # "нужно добавить лида", "mam nowego klienta po wczorajszym spotkaniu", "lead 하나 추가해주세요"
    "нужно", "надо", "добавить", "добавь", "добавьте", "внести", "занести", "внеси", "лида", "лид", "клиента",
    "po", "wczorajszym", "spotkaniu", "spotkaniach", "하나", "한",
    # "Eu au tél …", "Pode registrar o …", "Ho appena sentito …", "agendame a …", "Reunião ótima hoje com a …",
    # "liguei à …", "me reuní con …", "تم التواصل مع …", "Mødte …", "the usual at …"
    "eu", "tél", "pode", "podes", "appena", "agendame", "agendá", "reunião", "ótima", "ótimo", "hoje", "liguei",
    "ligou", "reuní", "reunimos", "تم", "التواصل", "mødte", "usual",
    # "me pueden registrar a …", "Reunión buenísima hoy con …", "Hatte ein gutes Gespräch mit …", Arabic "I contacted",
    # "I met", "I spoke with" ("تواصلت مع …", "قابلت …", "تحدثت مع …")
    "pueden", "puedes", "podés", "podrías", "podrían", "reunión", "buenísima", "buenísimo", "hoy", "gutes", "nettes",
    "kurzes", "tolles", "dejo", "paso", "mando", "envío", "tengo",
    # Icelandic "met", Spanish "hey, note down", Haitian Creole "I met", and "wait" before a correction
    "hitti", "oye", "apúntame", "apuntame", "anótame", "anotame", "mwen", "rankontre", "wait",
    "foutje", "het",  # Dutch "(small) mistake, it is …"
    # "Correction: jane@…", "更正：邮箱是 …" (correction), a heading for what follows, no one's name nor a business
    "correction", "corrections", "korrektur", "corrección", "correccion", "correção", "correcao", "correzione",
    "correctie", "rettifica", "更正", "訂正", "修正", "정정",
    "warm", "hot", "cold", "solid", "promising", "fresh", "big",  # "warm lead!! Eyleen …": how good a lead it is
    # Danish "talked with", Italian "I met", French "register", Croatian "I met today"
    "snakkede", "talte", "enregistre", "upoznao", "upoznala", "danas",
    # Portuguese "register (it) there": "Cadastra aí o …", "cadastre a …", "salva aí …"
    "cadastra", "cadastrar", "cadastre", "cadastrem", "salva", "salve", "anote", "aí",
    "anyway", "anyhow", "anyways",  # "what's the company field for? anyway it's Liwa Dates Trading"
    "تواصلت", "قابلت", "التقيت", "اجتمعت", "تحدثت", "كلمت",
    # "Kindly register …", "Hatte gerade ein Gespräch mit …", "Je viens de parler avec …", "Me acabo de reunir
    # con …", "Falei agora há pouco com a …", "Snackade precis med …", "Właśnie rozmawiałem z …", "Только что
    # говорил с …", "Az önce … ile konuştum", "방금 … 통화했어요"
    "register", "registered", "hatte", "ein", "eine", "gespräch", "telefonat", "viens", "parler", "reunir",
    "agora", "há", "pouco", "snackade", "precis", "właśnie", "только", "что", "говорил", "говорила",
    "разговаривал", "встретил", "встретила", "с", "az", "önce", "방금", "오늘",
    "ახალი", "ლიდი", "გაუმარჯოს",  # Georgian "a new lead", "hello"
    # Turkish, Vietnamese, Arabic, Hebrew: "yeni müşteri var", "thêm khách mới", "محتاج أضيف عميل", "יש לי לקוח …",
    # "اسمه عبدالله الشمري" (his name is …)
    "ktoś", "ktos", "někdo", "кто-то", "хтось", "alguien", "alguém", "qualcuno", "jemand", "iemand", "någon",
    "müşteri", "var", "ekle", "eklermisin", "thêm", "khách", "hàng", "tiềm", "năng", "giúp", "nhé",
    "محتاج", "أضيف", "اضيف", "أضف", "اضف", "إضافة", "اضافة", "ممكن", "تضيف", "اسمه", "اسمها", "זה", "יש", "לי",
    "פוטנציאלי", "פוטנציאלית", "להכניס", "להוסיף", "תוסיף", "תכניס", "בבקשה", "מהכנס", "שמו", "שמה",
    # "a new customer" in Uzbek, Azerbaijani, Kazakh, Kyrgyz, Mongolian, Russian, Swahili, Malay, Hindi, Bengali,
    # Tamil: "yangi mijoz", "yeni müştəri", "жаңа клиент", "mteja mpya", "pelanggan baru", "নতুন গ্রাহক"
    "quedé", "quedamos",  # Spanish "I met up (with)": "Quedé con Pablo Iriarte …"
    # Portuguese "I just spoke with", French "great meeting this morning with", Polish "I chatted with", French
    # "called": "Acabei de falar com a …", "Super rdv ce matin avec …", "gadałem z …", "appelé … de chez …"
    "acabei", "falar", "super", "ce", "matin", "soir", "gadałem", "gadałam", "appelé", "appelée",
    # "a new contact/lead from …" in Danish, Latvian, Czech, Greek: "nyt lead fra …", "jauns kontakts no …",
    # "nový kontakt z …", "νέα επαφή από τη …"
    "nyt", "jauns", "jauna", "kontakts", "klients", "nové", "νέα", "νέος", "νέο", "επαφή", "πελάτης",
    "нов", "нова", "nouvo", "kliyan",  # Bulgarian "new", Haitian Creole "new client"
    "만난", "만났던", "만남",  # Korean "(whom I) met": "부스에서 만난 이사님"
    "ruft", "rufe", "rief", "zurück",  # German "(she) calls back": "Ruft Do. nach 14 Uhr zurück"
    "yangi", "mijoz", "müştəri", "жаңа", "жаңы", "кардар", "шинэ", "харилцагч", "клиент", "mteja", "mpya",
    "klant", "kund", "клієнт", "ügyfél", "klientas", "kliyente",  # "nieuwe klant, even invoeren": a customer
    "pelanggan", "ग्राहक", "নতুন", "গ্রাহক", "புதிய", "வாடிக்கையாளர்",
}) | (GREETINGS := frozenset({
    # Greetings that open a chat, in the languages reps write in (one word each; phrases are in
    # GREETING_PHRASES). No word here is also a given name.
    "hi", "hey", "hello", "hallo", "hola", "bonjour", "ciao", "salut", "hej", "moin", "ola", "olá", "oi", "namaste",
    "yo", "dear", "sveiki", "hei",
    "привет", "здравствуйте", "здравствуй", "привіт", "вітаю", "안녕하세요", "안녕", "merhaba", "selam",
    "buenas", "szia", "szervusz", "ahoj", "cześć", "czesc", "hallå", "terve", "labas",
    "tere", "zdravo", "salve", "servus", "coucou", "chào", "היי", "הי", "heya", "hiya", "hii", "sup", "right",
    "alright", "howdy", "buongiorno", "buonasera", "bonsoir", "お疲れ様です", "お疲れさまです",
    "おつかれさまです", "お世話になっております", "수고하세요", "수고하십니다", "grüezi", "hoi", "goedemorgen",
    "goedemiddag", "こんにちは", "moi", "moikka", "heippa", "hejsan", "godmorgen", "dobrý", "zdravím",
    "marhaba", "habari", "jambo", "sawubona", "molo", "dumela", "ayubowan", "vanakkam", "kumusta", "mabuhay",
    "sannu", "salaam", "salam", "shalom", "namaskar", "aloha", "ahlan", "yassou", "merhabalar", "all", "folks",
    "everyone", "fwd", "fw",
    # in more scripts and languages: Arabic and Persian, Tamil, Sinhala, Khmer, Lao, Burmese, Armenian, Swahili,
    # Lingala, Tsonga (not Amharic "ሰላም" nor Akan "Akwaaba": a given name, a business's name)
    "سلام", "வணக்கம்", "ආයුබෝවන්", "សួស្តី", "ສະບາຍດີ", "မင်္ဂလာပါ", "բարեւ", "mingalaba", "hujambo", "mbote",
    "avuxeni", "iaorana", "yokwe", "kaselehlie",
    # "new customer" in Turkmen, Kirundi, Bosnian ("novi klijent, evo redom": here it is, in order)
    "täze", "müşderi", "umukiriya", "mushasha", "klijent", "kupac", "evo", "redom",
    # "G'day", "Bula!", "Bună!", "¡Hola!", "Grüezi", "Moi!", "Talofa": greetings from more places
    "g'day", "gday", "g\u2019day", "bula", "bună", "buna", "¡hola", "gruezi", "talofa",
    "bonjou", "bonswa", "здравейте", "здрасти", "здраво",  # Haitian Creole, Bulgarian, Serbian
    "mālō", "malo", "bok", "pozdrav", "сәлем", "салам", "გამარჯობა", "բարև", "barev",
    "こんばんは", "おはよう", "おはようございます", "你好", "您好", "嗨", "哈喽", "مرحبا", "أهلا", "اهلا", "שלום",
    "नमस्ते", "नमस्कार", "สวัสดี", "สวัสดีครับ", "สวัสดีค่ะ", "γεια", "γειά", "καλημέρα", "halo",
}))
# How a rep signs off, before their own name at a message's end: "Cheers, Priyesh", "Ta, Gemma", "Sláinte, Dermot"
SIGN_OFFS = frozenset({
    "thanks", "thank you", "thanks a lot", "many thanks", "thx", "tks", "tnx", "ty", "tq", "ta", "cheers", "regards",
    "best", "best regards", "kind regards", "warm regards", "br", "rgds", "kr", "all the best", "sláinte", "slainte",
    "saludos", "un saludo", "gracias", "merci", "cordialement", "bien à vous", "danke", "viele grüße", "lg", "vg",
    "mfg", "grüße", "gruss", "gruß", "grazie", "saluti", "obrigado", "obrigada", "abraço", "abraços", "abrazo",
    "groetjes", "groeten", "mvh", "hilsen", "hälsningar", "terveisin", "pozdrawiam", "pozdrav", "pozdravy",
    "shukran", "terima kasih", "salamat", "arigato", "спасибо", "дякую", "с уважением", "ευχαριστώ",
})
# Adjectives that lead in ("new lead", "great meeting with …") and also begin many businesses' names ("New Horizon
# Foods", "Great Lakes Cheese", "great dyke granite").
NAMING_ADJECTIVES = frozenset({"new", "great", "good", "big", "fresh", "cold", "hot", "warm", "solid", "nice", "super"})
# Words that lead in only after another lead-in word: "Hablé con …", "Grad mit …", "créer le contact …",
# "caught up w …" (at a segment's start, "Con Edison", "MIT" and "Le Bihan" are names).
# How a call or a meeting went, leading in only as typed in lower case: "vu margaux …", "llamada con …",
# "kausap ko si …", "yarn with …", "had a pint w/ …", "dzwonił …", "snakket med …" (capitalised, Vu, Ko, Si and
# Kurz are surnames)
CALL_WORDS = frozenset({
    "vu", "vue", "croisé", "croisée", "llamada", "llamé", "charlé", "charla", "reunión", "dzwonił", "dzwoniła",
    "kausap", "ko", "si", "kurz", "yarn", "pint", "beer", "drinks",
    "kanina", "kahapon", "ngayon",  # Tagalog "earlier", "yesterday", "today": "kausap ko kanina si …"
    "ngobrol", "sama",  # Indonesian "chatted", "with": "ngobrol sama dewi …"
    # Danish and Norwegian "call", Swedish "called": "ring til mads …" (Ring is a surname too)
    "ring", "ringde", "ringte", "ringede",
})
# ... and "with" first, in lower case: "mit jörg …", "con facundo …" (MIT and Con Edison are names, and
# "ciarán mac con uladh" keeps his "con")
# ("perdón, es Rigoberto Zamarripa Lozoya", "non, c'est …": it is, typed in lower case before a name)
LOWER_CASE_LEAD_IN = CALL_WORDS | frozenset({"mit", "con", "med", "avec", "com", "es", "c'est",
                                             # "linked with …", "link up wid …" (Jamaica), "he hablado con …"
                                             "link", "linked", "up", "wid",
                                             # "met a guy named Paul", "a lady called Sue Perkins"
                                             "guy", "lady", "woman", "man", "girl", "gentleman", "person", "named"})
LEAD_IN_AFTER = frozenset({"con", "com", "mit", "avec", "med", "le", "la", "el", "il", "lo", "les", "der", "die",
                           "den", "up", "o", "the", "contacto", "contato", "kontakt", "cu", "pe", "dar", "alta",
                           "på", "na", "à", "au", "مع", "με", "τον", "την", "τη", "עם", "את", "til", "till"})
# What a message is about when it opens a lead without naming it: "new lead", "neue Kontakt für dich". A
# segment of lead-in words with one of these says nothing of the person, and a word alone before it is a
# greeting or the colleague it is addressed to ("Yow, new lead", "Priya, new lead pls"), not the lead.
OPENER_NOUNS = frozenset({
    "lead", "leads", "contact", "prospect", "referral", "kontakt", "kontakti", "contatto", "contacto", "contato",
    "cliente", "client", "kunde", "kundin", "klient", "klienta", "asiakas", "liidi", "interessent", "ליד", "לקוח",
    "ليد", "عميل", "müşteri", "khách", "лид", "клиент", "клієнт", "new-lead", "リード", "线索", "客户", "客戶",
    "one", "enquiry", "inquiry", "customer", "klant", "kund", "opportunity", "oppty", "prospecto",
    "επαφή", "πελάτης", "kontakts", "klients", "mijoz", "müştəri", "pelanggan", "mteja",
})
# Greetings of more than one word, at the start of a message.
GREETING_PHRASES = (
    r"buen[oa]s (?:d[ií]as|tardes|noches)|bom dia|boa (?:tarde|noite)|guten (?:tag|morgen|abend)|"
    r"добр(?:ый|ое|ой) (?:день|утро|вечер)|γει[αά] σ(?:ας|ου)|xin chào|dzień dobry|dobry den|god (?:morgon|dag)|"
    r"kia ora|good (?:day|morning|afternoon|evening)|buen d[ií]a|ערב טוב|בוקר טוב|צהריים טובים|"
    r"(?:hi|hello|hey) there|assalamu? ?alaikum|السلام عليكم|"
    r"早上好|下午好|晚上好|selamat (?:pagi|siang|sore)|chào (?:anh|chị|bạn)|(?:مساء|صباح) (?:الخير|النور)|"
    r"dobr[ýé] (?:den|ráno|večer)|god (?:eftermiddag|kväll|aften)|hyvää (?:huomenta|päivää|iltaa)|che(?=\s*,)|"
    r"gr[üu](?:ß|ss) (?:gott|dich|euch)|"
    # the Pacific: Cook Islands Māori, Chamorro, Niuean, Tongan, Tahitian
    r"kia orana|hafa adai|fakaalofa lahi atu|malo e lelei|ia ora na"
)
# "Got a business card from Nadia Petrova": after one of these, "from" names the person, not a company.
MESSAGE_NOUNS = frozenset({"card", "voicemail", "email", "e-mail", "message", "call", "text", "note", "enquiry",
                           "inquiry", "request", "dm", "callback", "referral", "intro", "introduction",
                           "recommendation", "tip", "ping", "shout",
                           # "Contact details below", "contact info attached": what follows, not who
                           "details", "info", "information", "below", "above", "attached"})

# ... of which these name who passed the lead on, not the lead: "referral from Maple Partners"
REFERRAL_NOUNS = frozenset({"referral", "intro", "introduction", "recommendation", "tip", "shout"})

# Laughter at a message's end, as a regular expression: Korean letters without a syllable ("ㅋㅋ"), Japanese "www",
# Chinese "哈哈" (bot.domain.conversation reads answers and corrections without it)
LAUGHTER = r"[\u3131-\u318e]+|[wｗ]{2,}|哈哈+"
# Words after a name or a company that belong to neither: when, how keen. Lower case.
TRAILING = frozenset({
    "nha", "nhé", "nhe", "nhá", "ạ", "nhỉ",  # Vietnamese particles that soften a sentence: "cty Hoa Đà Lạt Xanh nha"
    "today", "yesterday", "tomorrow", "earlier", "later", "tonight", "now", "again", "too", "this", "morning",
    "afternoon", "evening", "week", "last", "next", "night", "recently", "just", "asap", "btw", "fyi", "noon",
    # "runs sunrise bakery downtown": where, not the name; Australian "this arvo": this afternoon
    "downtown", "uptown", "midtown", "arvo",
    "midnight", "breakfast", "brunch", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "stp", "svp", "pls", "please", "bitte", "thx", "thanks", "ty",  # "… 06 12 34 10 88 stp"
    # ... in other languages: "… ce midi", "… idag", "kommt nächste Woche"
    "idag", "igår", "imorgon", "heute", "gestern", "ce", "midi", "matin", "soir", "hoy", "ayer", "oggi",
    "ieri", "vandaag", "gisteren", "dzisiaj", "wczoraj", "dnes", "včera", "bugün", "dün",
    "lol", "haha", "lmao", "rofl",  # "… at dalmoru robotics lol"
    "hahaha", "jaja", "jajaja", "jeje", "kkk", "kkkk", "wkwk", "wkwkwk", "555", "5555", "www", "哈哈", "呵呵", "嘻嘻",
    "ㅋㅋ", "ㅋㅋㅋ", "ㅋㅋㅋㅋ", "ㅎㅎ", "ㅎㅎㅎ",
    "hier", "ile", "görüştüm", "görüştük", "konuştum", "tanıştık", "tanıştım",  # "… chez boulangerie martin hier"
    "tmrw", "tmr", "2moro",
    "ครับ", "ค่ะ", "คะ", "นะครับ", "นะคะ", "ครับผม", "จ้า",  # Thai's polite particles, closing a sentence
    "tulossa", "ihan", "kohta", "pian", "myöhemmin",  # Finnish "coming right away", "soon", "later"
    "اليوم", "امبارح", "أمس",  # Arabic "today", "yesterday"
})
# Parts of a word in a script without spaces that say it is no name: "新規リードです" (a new lead).
LEAD_IN_MORPHEMES = ("ลีด", "ลูกค้าใหม่", "リード", "리드", "线索", "線索", "客户", "客戶", "顧客", "고객", "연락처",
                     "联系人",
                     # "记一下" (note this down), "登记" (register), Korean "통화" (a call): "방금 통화한 분이요"
                     "记一下", "記一下", "记录一下", "記錄一下", "登记", "登記", "통화",
                     # ... or names a field: Thai "เบอร์" (number), "อีเมล" (email), "แก้ไข" (correct): "แก้เบอร์เป็น …"
                     "เบอร์", "อีเมล", "แก้ไข")


def is_lead_in_morpheme(token: str) -> bool:
    """A word in a script without spaces that holds "lead" or "customer": "新規リードです", "리드입니다"."""
    return not token.isascii() and _ANY_LEAD_IN_MORPHEME.search(token) is not None


# (one search for all of them: asked of every word not in ASCII, "José" and "Müller" too, a loop over the parts cost
# more)
_ANY_LEAD_IN_MORPHEME = re.compile("|".join(map(re.escape, LEAD_IN_MORPHEMES)))
