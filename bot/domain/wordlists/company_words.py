"""Words of companies: legal forms before and after the name, the words a business's name ends with or
is joined by, and the words that introduce where someone works ("at", "works for", "chez")."""

from __future__ import annotations

from bot.domain.wordlists.matching import plain

COMPANY_SUFFIX = (
    # a country in brackets before the form: "(Pty) Ltd", "Thika Growers (K) Ltd", "Mulga Bill (Aust.) Pty. Ltd.",
    # Malaysia's "Tenaga Hijau (M) Sdn. Bhd."
    r"\([A-Z][A-Za-z]{0,4}\.?\) (?:(?:(?:Pty|Pvt|Pte)\.? )?(?:Ltd|Limited|Inc)|(?:Sdn\.? )?Bhd|Berhad)|"
    r"AB \(publ\)|UG \(haftungsbeschränkt\)|"
    # ... typed in lower case too: "silverleaf citrus (pty) ltd", "galle harbour logistics (pvt) ltd"
    r"\((?:pty|pvt|pte)\) ltd|"
    # Bolivia's "S.A.M.", Egypt's "S.A.E.", Mexico's "S.C.", Spain's "S.L.P.", Lebanon's "s.a.r.l." and "s.a.l.",
    # Czechia's "v.o.s.", "k.s.", Germany's "SE & Co. KGaA"
    r"S\.A\.M|S\.L\.P|S\.C(?=\.(?![A-Z]))|s\.a\.r\.l|s\.a\.l|S\.A\.L|v\.o\.s|k\.s|SE & Co\. KGaA|KGaA|"
    # Belgium's two-language form, Morocco's one-partner SARL, Colombia's "S. en C.", Ireland's "Teo.", "S.a.s."
    r"SA/NV|NV/SA|S\.A\.R\.L\. AU|SARL AU|S\. en C|Teo(?=\.)|S\.a\.s|s\.r\.l|s\.p\.a|"
    # Argentina's "S.A.I.C.", "S.A.C.I.F.", Croatia's simple "j.d.o.o."
    r"S\.A\.I\.C|S\.A\.C\.I\.F|S\.A\.C\.I|j\.d\.o\.o|"
    # Colombia's benefit company, Bahrain's closed company, Albania's, Serbia's (without dots), Québec's partnership,
    # Venezuela's "C.A."
    r"S\.A\.S\. BIC|B\.S\.C\. \([cC]\)|B\.S\.C|sh\.p\.k|sh\.a|doo|s\.e\.n\.c\.r\.l|S\.E\.N\.C\.R\.L|s\.e\.n\.c|"
    r"C\.A(?=\.)|"
    # Mexico's without dots ("SA de CV", "S de RL de CV"), Spain's and Argentina's one-partner "S.A.U." (before "SA")
    r"SA de CV|S de RL de CV|SAPI de CV|S\.A\.U|SAU|"
    # Québec and many small firms write some in lower case: "Boulangerie Tremblay inc.", "ltée"
    r"Inc|inc|Incorporated|Ltd|ltd|Ltée|ltée|Limited|LLC|llc|L\.L\.C|LLP|PLC|GmbH|AG|SA|SAS|SARL|BVBA|CVBA|BV|NV|"
    r"Oy Ab|Oy|AB|AS|A/S|I/S|ApS|"
    r"Pty|Co-op|Co|Corp|Corporation|Company|KG|SpA|Srl|SL|SRL|KK|Ltda\.? (?:ME|EPP)|Ltda|Lda|"
    # Mexico: "S.A. de C.V.", "S. de R.L. de C.V.", "S.A.P.I. de C.V."
    r"S\. de R\.L\. de C\.V|S\. de R\.L|S\.A\.P\.I\. de C\.V|S\.A\.B\. de C\.V|S\.A\. de C\.V|S\.A\.R\.L|"
    r"S\.A\.S|S\.A\.C|S\.A\.E|S\.L\.P|S\.R\.L|S\.p\.A|"
    r"S\.A|S\.L\.U|S\.L|S\.à r\.l|S\. ?Coop(?:\. And)?|AB \(publ\)|plc|K\.K|N\.V|B\.V|"
    # the Nordics: "Jökulsá Fiskur ehf.", "Marel hf."
    r"ehf|hf|Oyj|ASA|"
    # more of Europe and the Americas: "Pike a.s.", "spol. s r.o.", "UG (haftungsbeschränkt)", "e.K.", "Sàrl"
    r"a\.s|spol\. s r\.o|[Ss]\. r\. o|UG \(haftungsbeschränkt\)|UG|e\.K|e\.U|Sàrl|S\.n\.c|PLLC|"
    # Asia and Turkey (often after another abbreviation: "Pte. Ltd.", "Sdn. Bhd.", "Ltd. Şti.")
    r"Pte|Pvt|Sdn|Bhd|Tbk|San\. ve Tic\. (?:A\.Ş|Ltd\. Şti)|Şti|A\.Ş|"
    # central Europe, written in lower case too: "sp. z o.o.", "s.r.o.", "Kft.", "d.o.o."
    r"[Ss]p\. z o\.o|[Ss]p\. ?[jkp]|[Ss]\.r\.o|Kft|Zrt|Nyrt|Bt|Kkt|[Dd]\.o\.o|S\.r\.l|SIA|UAB|OÜ|"
    # the same in Cyrillic: "Дунав Транс д.о.о.", "Рила АД", "ЕООД"
    # ... Armenia's LLC and closed joint-stock company, Ethiopia's PLC
    r"[Дд]\.о\.о|ЕООД|ООД|АД|ЕАД|ՍՊԸ|ՓԲԸ|ኃ\.የተ\.የግ\.ማ|"
    # ... Poland's civil partnership, Croatia's joint-stock company, Liechtenstein's "Anstalt", Khmer and
    # Palestinian forms
    r"s\.c|d\.d|Anstalt|ឯ\.ក|م\.خ\.م|"
    r"Est|Koop|"  # the Gulf's "Establishment": "Harbi Trading Est."; a cooperative: "Ege Zeytincilik Koop."
    r"בע[\"״]מ|Α\.Ε|Ε\.Π\.Ε|Ι\.Κ\.Ε|Ο\.Ε|O\.E|E\.E|E\.P\.E|I\.K\.E|"  # (Greece's, in Greek and Latin letters)
    r"प्रा\. ?लि"  # Nepal's and India's "Pvt. Ltd." in Devanagari  # Hebrew and Greek limited companies
)
# What a business's name ends with in Korean, Japanese and Chinese ("한결 건설", "ホーキンス貿易", "星辰科技"):
# such a word is a company's, never a person's.
CJK_BUSINESS_ENDINGS = ("건설", "디자인", "소프트", "테크", "물산", "상사", "산업", "전자", "제약", "식품",
                        "무역", "컴퍼니", "솔루션", "시스템", "에너지", "貿易", "商事", "商店", "工業", "産業",
                        "建設", "電機", "製作所", "物産", "食品", "工房", "技研", "精工", "不動産", "贸易",
                        "集团", "集團", "實業", "实业", "科技", "电子",
                        "電子", "建筑", "物流", "酒店", "餐饮", "ソフト", "テック", "デザイン", "システム",
                        # a studio, a workshop, a firm, machinery, a factory (Chinese in both scripts)
                        "工作室", "工作坊", "工坊", "商行", "企業", "企业", "機械", "机械", "工業", "工业", "機械廠",
                        "机械厂", "製造", "制造", "織物", "織物店",
                        "ကုမ္ပဏီ", "လီမိတက်", "လုပ်ငန်း")  # (Burmese "company", "limited", written as a word after the name)


def is_cjk_business(token: str) -> bool:
    """``건설``, ``ホーキンス貿易``: a word of a business's name in Korean, Japanese or Chinese."""
    return not token.isascii() and token.endswith(CJK_BUSINESS_ENDINGS)


# "Company" in Thai, Khmer and Lao: it starts a company's name, even with no separator before it
# ("สมชาย ใจดี บริษัท …", "លោក ហេង វណ្ណារិទ្ធ ក្រុមហ៊ុន កំពត ម្រេច"). A regular expression's alternatives.
CASELESS_COMPANY_WORDS = "บริษัท|ក្រុមហ៊ុន|ບໍລິສັດ"
# A legal form written before the name: "Công ty TNHH Sông Hồng", "PT Maju Jaya", "ООО Ромашка".
# (and the Baltics', Kazakhstan's and Russia's sole traders, written first: "UAB „Kairių linai“", "ТОО «Алтын Дән»")
# (and Central Asia's limited companies: Tajik "ҶДММ", Uzbek "MChJ"/"МЧЖ", Kyrgyz "ЖЧК")
COMPANY_PREFIX = (r"Công ty(?: TNHH| CP| [cC]ổ [pP]hần)?|Cty(?: TNHH)?|PT|ООО|ОАО|ЗАО|ПАО|АО|ТОВ|OOO|შპს|სს|UAB|"
                  r"ТОО|ИП|ҶДММ|МЧЖ|MChJ|ЖЧК|"
                  rf"{CASELESS_COMPANY_WORDS}")
# Lower-case words inside a capitalised company: "Bank of America", "Ramírez y Asociados".
COMPANY_JOINERS = frozenset({"of", "de", "y", "e", "du", "des", "der", "für", "la", "le", "el", "the", "und",
                             "et", "for", "on", "del", "della", "di", "do", "dos", "das", "da", "van", "von", "zum",
                             "zur", "am", "sur", "al",
                             # "and": "Aksoylu Gıda San. ve Tic. A.Ş.", "Hareid Tauverk og Not"
                             "ve", "og", "och",
                             "wa", "ya", "za", "cha"})  # Swahili "of": "Ushirika wa Kahawa Mbeya"
# Verbs after a company in a message typed in lower case: "boğaziçi halatçılık aradı", "… telefoniert",
# "pekárna vrbičky chce nabídku", "hjördis at tidewickly said …": they end it.
LOWER_CASE_VERBS = frozenset({
    "said", "says", "asked", "asks", "called", "rang", "emailed", "wrote", "telefoniert", "gesprochen", "angerufen",
    "aradı", "arıyor", "istiyor", "chce", "chtějí", "prosi", "chcą", "quiere", "quieren", "veut", "veulent",
    "vuole", "wil", "wilde", "vill", "ville", "vil", "will", "möchte", "llamó", "ligou", "appelé",
})
# After a pronoun, a verb that says where someone works: "he runs Alexandria Supply".
COMPANY_VERBS = frozenset({"runs", "owns", "founded", "manages", "heads", "leads", "started", "co-founded"})
# What a company does in a list item after its name: "…, Quayside Ceramics wants a demo next week".
COMPANY_DOES = frozenset({"wants", "wanted", "needs", "needed", "asked", "asks", "is", "are", "was", "were", "will",
                          "would", "requested", "requests", "interested", "looking", "signed", "said", "says", "plans",
                          "might", "may", "has", "have", "had", "called", "emailed", "reached", "sent", "agreed",
                          "liked", "loved", "likes", "loves", "keen", "considering", "evaluating",
                          # "Rügen Fischkutter wollen ein Angebot", "… möchte eine Demo", "… quiere una demo"
                          "wollen", "möchte", "möchten", "brauchen", "braucht", "fragt", "fragen",
                          "quiere", "quieren", "necesita", "veut", "veulent", "vuole", "vogliono", "quer", "querem",
                          "wil", "willen", "vill",
                          "hẹn", "muốn", "cần", "hỏi", "gọi", "đã", "sẽ", "đang"})  # Vietnamese: an appointment, wants
# Words that introduce where someone works, in the languages reps write in: "at", "chez", "bei".
COMPANY_INTROS = frozenset({"at", "from", "with", "@", "chez", "bei", "presso", "bij", "fra", "hos", "från", "aus",
                            "på",  # Swedish, Norwegian, Danish "at"
                            "z", "ze", "з", "із", "od", "от", "iz",  # Polish, Czech, Ukrainian, Bulgarian, Croatian
                            "ở", "bên",  # Vietnamese "at", "on the side of": "chị oanh bên cần thơ thủy sản"
                            "c/o", "στην", "στη", "στο", "στον", "في",  # "care of"; Greek, Arabic "at"
                            "frm",  # typed in a hurry
                            # "from" in scripts with spaces: Arabic, Russian, Greek, Hindi, Thai
                            "من", "از", "аз", "из", "από", "से", "จาก",  # (and Persian and Tajik "az")
                            "dari",  # Indonesian and Malay "from": "ketemu budi santoso dari pt maju jaya"
                            "kantornya",  # Indonesian "his/her office": "kantornya PT Jati Kencana Furnitama"
                            "来自", "來自",  # Chinese "comes from": "簡郁翔 來自 郁翔精密機械股份有限公司"
                            "מחברת"})  # Hebrew "from the company": "נועה שטיינמץ-גולן מחברת גליל מערכות השקיה"
# "z firmy …", "з компанії …", "ze společnosti …": the word for company after "from", in the case it takes there
# (and Greek's article: "από τη Ναυτιλιακή Αιγαίου Α.Ε.")
COMPANY_AFTER_FROM = frozenset({"firmy", "firma", "společnosti", "spółki", "компании", "компанії", "фирмы", "фірми",
                                "tvrtke", "firme", "firmei", "firmă", "compania", "empresa", "société", "azienda",
                                "società", "entreprise", "l'entreprise", "compañía", "companhia",
                                "τη", "την", "το", "τον", "της", "του"})
# After a job title, where the job is: "gerente de ventas en Cafetalera Monteverde", "diretora na Natura".
TITLE_COMPANY_INTROS = COMPANY_INTROS | frozenset({"en", "na", "no", "à", "au", "в", "for", "da", "do", "di", "de",
                                                   "del", "della", "du", "des", "der", "von", "van", "für", "per",
                                                   "para", "la", "w"})  # Romanian "la", Polish "w"
# Said after where someone works: Turkish "… 'da çalışıyor".
WORKS_AT_END = frozenset({"çalışıyor", "çalışır", "çalışıyormuş"})
# "is", in the languages reps write in (for "ela é da …", "elle est chez …")
IS = frozenset({"é", "es", "est", "ist", "è", "is", "är", "er", "jest", "je", "on"})  # (Finnish "hän on …")
# "works at", "trabaja en", "travaille chez", "arbeitet bei", "lavora presso", "trabalha na", "werkt bij"
WORKS = frozenset({"works", "work", "working", "trabaja", "trabajo", "travaille", "bosse", "làm", "arbeitet", "lavora",
                   "trabalha",
                   "werkt", "jobbar", "arbejder", "pracuje", "jobber",  # (Norwegian "jobber i …")
                   "kerja", "bekerja",  # Indonesian and Malay: "dia kerja di PT …"
                   "contracting", "consulting", "freelancing", "contracts", "consults"})  # "she's contracting for …"
WORKS_AT = frozenset({"at", "for", "with", "en", "para", "chez", "pour", "bei", "für", "presso", "per", "da", "na",
                      "no", "em", "bij", "voor", "på", "hos", "w", "dla", "i", "alla", "di"})
# Lower-case words that may join the capitalised words before a legal form ("Aceros del Bajío S.A. de C.V.");
# not "de", "da" or "van", which as often end a person's name ("Ana de Souza"), nor English "and", which
# as often joins a person to a company ("Jane Roe and Acme Ltd"); the other languages' "and" is how a
# family firm is named ("… et Fils", "… y Cía.").
SUFFIXED_JOINERS = frozenset({"del", "della", "dello", "degli", "do", "dos", "das", "of", "für", "the",
                              # "Dubois et Fils SARL", "Rojas y Cía. Ltda.", "Nagy és Társa Kft.", "Wiśniewski i Syn"
                              "et", "y", "e", "és", "i", "und", "og", "och", "en", "ve",
                              # ... and the family: "Vlasák & syn a.s.", "Rojas e hijos S.A."
                              "syn", "synové", "synowie", "fils", "hijos", "hijas", "filhos", "figli", "sons", "söhne",
                              "zonen", "cía", "cia", "társa", "társai", "fills", "germans",  # (Catalan)
                              "a",  # Czech and Slovak "and": "Řehoř a syn s.r.o."
                              "aux",  # French "at the" (plural): "Comptoir aux Épices SARL"
                              })
# A business's word written short inside its name, whose dot ends no sentence when the name goes on after it:
# "Bin Dhaher Gen. Trading L.L.C.", "Aksoylu Gıda San. ve Tic. A.Ş.", "Gulf Intl. Trading LLC", "Ind. e Com. Ltda."
ABBREVIATED_BUSINESS_WORDS = ("Gen", "Intl", "Mfg", "Ind", "Inds", "Tic", "San", "Bros", "Assoc", "Svcs", "Dist",
                              "Distr", "Hnos", "Com", "Natl", "Hldgs", "Mgmt", "Grp", "Trdg", "Engg", "Mktg", "Cía",
                              "Cia", "Imp", "Exp", "Prod", "Serv")
# Words that end a company's name, even where they are common words: "wombat works", "Harbour Group".
COMPANY_NOUNS = frozenset({"works", "group", "labs", "lab", "studio", "studios", "solutions", "services", "partners",
                           "systems", "logistics", "foods", "media", "design", "consulting", "trading", "holdings",
                           "ventures", "capital", "supply", "supplies", "co", "company", "brothers", "bros",
                           "security"})
# What an organisation's name ends with and no one's name does: "Nanyuki Hill Academy" is never a person
# (not "Steel", "Banks" or "Marine": those are surnames too).
ORGANISATION_ENDINGS = frozenset({
    "academy", "university", "school", "college", "hospital", "institute", "foundation", "museum", "council",
    "clinic", "bakery", "brewery", "winery", "distillery", "pharmacy", "restaurant", "hotels", "resorts",
    "industries", "technologies", "solutions", "services", "logistics", "holdings", "enterprises", "associates",
    "laboratories", "ministry", "municipality", "cooperative", "sacco", "polytechnic", "seminary", "hotel",
    "partners", "group", "capital", "ventures", "labs", "systems", "consulting", "consultants", "advisors",
    "cluster", "association", "collective", "consortium", "federation", "guild",
})
# What a business's name starts with in French, Spanish, Portuguese and Italian, before "de", "du", "da", "di"
# and the place or the family it is named for: "Tissages de Dakar SARL", "Société Chérifienne du Safran SA".
BUSINESS_FIRST_WORDS = frozenset({
    "société", "societe", "compagnie", "compañía", "companhia", "compagnia", "groupe", "grupo", "gruppo", "atelier",
    "ateliers", "maison", "domaine", "château", "cave", "caves", "bodega", "bodegas", "tissages", "tissage",
    "laboratoire", "laboratoires", "laboratorio", "laboratório", "pharmacie", "farmacia", "farmácia", "clinique",
    "clínica", "clinica", "transportes", "transports", "transportadora", "distribuidora",
    "comercializadora", "constructora", "construtora", "importadora", "exportadora", "industrias", "indústrias",
    "industrie", "cantine", "cantina", "cerâmica", "cerámica", "ceramiche", "helados", "éditions", "editions",
    "ediciones", "edizioni", "hôtel", "hostellerie", "établissements", "ets", "cabinet", "agence", "agencia",
    "agência", "agenzia", "azienda", "fattoria", "masseria", "taller", "talleres", "serramenti", "vignobles",
    "vinhos", "vinos", "vini", "confecciones", "confecções", "textiles", "têxteis", "tessiture", "oficina",
    # shops: "a carla da padaria bom pão", "josé de la ferretería el martillo"
    "padaria", "livraria", "papelaria", "marcenaria", "drogaria", "mercearia", "loja", "empório", "restaurante",
    "tienda", "almacén", "trattoria", "osteria", "macelleria", "pasticceria", "librairie", "épicerie",
    "pizzeria", "gelateria", "salumeria", "cartoleria", "birreria", "cooperativa", "coopérative", "cooperative",
    "molinos", "molino", "minera", "mineração", "agrícola", "agricola", "inmobiliaria", "imobiliária", "ganadera",
    # what a Spanish or Portuguese firm makes, named first: "Aceros de La Laguna S.A. de C.V."
    "aceros", "maderas", "plásticos", "alimentos", "productos", "produtos", "servicios", "serviços", "tejidos",
    "hilados", "conservas", "azulejos", "cerámicas", "muebles", "móveis", "materiales", "cementos", "harinas",
    "lácteos", "frutas", "pinturas", "papeles", "vidrios", "metales", "metais", "brasseries", "brasserie",
    "pesquera", "naviera", "aseguradora", "seguros", "laboratorios", "viña", "viñedos",
    "poterie", "scierie", "weingut", "autohaus", "gasthof", "apotheke", "bryggeri", "bageri", "trykkeri", "snedkeri",
    "gartneri",
    # Arabic "company", "establishment", "factory", "office", "group"; Hebrew "company (of)"
    "شركة", "شركه", "مؤسسة", "مؤسسه", "مصنع", "مكتب", "مجموعة", "חברת",
})
# ... and the endings of a trade's workshop: "Chocolaterie", "Panadería", "Pastificio", German "Brauerei", Dutch
# "Brouwerij" (not "-eria", "-erie" in words of seven letters: Valeria and Valérie are names)
_BUSINESS_ENDINGS = ("erie", "ería", "ificio", "erei", "erij", "eries", "erías")


def greets_as_a_business(tokens: list[str]) -> bool:
    """``Talofa Tours``, ``Kia Orana Tours``, ``Aloha Plumbing``: capitalised words after a greeting, the last what a
    business is, make the greeting the business's own first word (``tokens`` are the words after it)."""
    return 0 < len(tokens) <= 4 and all(token[:1].isupper() for token in tokens) and (
        plain(tokens[-1]) in BUSINESS_NOUNS or plain(tokens[-1]) in ORGANISATION_ENDINGS)


def starts_a_business(word: str) -> bool:
    """``Chocolaterie``, ``Société``, ``Pastificio``, ``Brauerei`` (``word`` in lower case): a business's own first
    word (Romance languages mostly, and the workshops of German and Dutch)."""
    return word in BUSINESS_FIRST_WORDS or len(word) > 7 and word.endswith(_BUSINESS_ENDINGS)


# What kind of business, said instead of its name: "Geschäftsführer, Familienbetrieb", "CEO, a startup"
GENERIC_BUSINESSES = frozenset({
    "familienbetrieb", "mittelständler", "mittelstand", "konzern", "startup", "start-up", "scaleup", "scale-up",
    "multinational", "sme", "smb", "kmu", "pme", "pyme", "pymes", "mpmi", "msme", "conglomerate", "family business",
    "small business", "empresa familiar", "entreprise familiale", "azienda familiare", "familiebedrijf",
    "familjeföretag",
})
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
    # German and Dutch: "schneider logistik", "Vossberg Kältetechnik", "de vries bouw"
    "logistik", "technik", "bau", "bouw", "handel", "transporte", "spedition", "elektro",
    # shops and trades: "Tran's Auto Body", "Lee's Market", "Rosa's Hair Salon"
    "shop", "store", "market", "salon", "garage", "repair", "repairs", "body", "pizza", "pizzeria", "diner", "deli",
    "bistro", "tavern", "barbershop", "nails", "boutique", "florist", "cleaners", "laundry", "tires", "tyres",
    "hardware", "furniture", "flooring", "lumber", "nursery", "trucking", "towing", "movers", "storage", "cleaning",
    "grooming", "veterinary", "chiropractic", "dentistry", "optical", "optometry", "pediatrics", "catering", "shack",
    # who trades, in the plural: "Kumasi Cocoa Traders", "Rift Valley Growers"
    "traders", "enterprises", "suppliers", "distributors", "merchants", "wholesalers", "exporters", "importers",
    "growers", "producers", "manufacturers", "contractors", "dealers",
    # what they make or sell, in the plural: "Tallowmere Candles", "Bunyip Pumps", "Kestrel Tiles"
    "candles", "blinds", "tiles", "pumps", "tools", "parts", "paints", "fabrics", "wines", "spirits", "toys",
    "shoes", "bags", "cakes", "pastries", "meats", "plastics", "metals", "crafts", "prints", "signs", "lighting",
    "doors", "windows", "floors", "rugs", "carpets", "curtains", "mattresses", "cabinets", "fixtures", "fittings",
    "goods", "products", "brands", "essentials", "organics", "botanicals", "jewellery", "jewelry", "eyewear",
    "optics", "electronics", "appliances", "batteries", "cables", "machines", "machinery", "equipment",
    "instruments", "bikes", "cycles", "boats", "yachts", "automotive", "rentals", "events", "weddings", "gardens",
    "nurseries", "seeds", "plants", "timber", "bricks", "concrete", "paving", "fencing", "decking", "glazing",
    "scaffolding", "drilling", "welding", "fabrication", "coatings", "adhesives", "polymers", "garments",
    "uniforms", "linens", "ceramics", "pottery",
})
