"""Job titles and departments: a run that holds one is a title, neither a name nor a company."""

from __future__ import annotations

from bot.domain.wordlists.matching import Compounding

# In a script without capitals, what ends a department ("採購部", "経理部", "영업팀", "खरीद विभाग"): such a
# word is no name and no company (see places.is_caseless_department_or_time).
# Thai: "ฝ่ายบัญชี" (the accounts department), "ผู้จัดการฝ่ายจัดซื้อ" (the purchasing manager)
CASELESS_DEPARTMENT_STARTS = ("ฝ่าย", "แผนก", "ผู้จัดการ", "ผู้อำนวยการ", "หัวหน้า", "ประธาน")
CASELESS_DEPARTMENT_ENDINGS = ("部", "部门", "部門", "课", "課", "科", "室", "팀", "부서", "본부", "विभाग")

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
    "fd", "drh", "daf", "dsi", "rrh", "ciso", "cdo", "bestuurder", "besturende", "voorsitter",
    "konateľ", "konateľka", "jednatel", "jednatelka", "ředitel", "ředitelka", "riaditeľ", "riaditeľka",
    "müdür", "müdürü", "müdiresi", "المدير", "مدير", "المديرة", "مديرة", "رئيس", "رئيسة", "مسؤول",
    "مسؤولة", "ראש", "מנהל", "מנהלת", "trưởng", "giám", "đốc", "phó",
    "מנכ\"ל", "סמנכ\"לית", "מנכ\"לית", "סמנכ״לית", "מנכ״לית", "סמנכ\"ל", "מנכ״ל", "סמנכ״ל", "प्रबंधक", "निदेशक", "engr",
    "vd", "salgschef", "dg", "pdg", "dga", "advocaat", "responsável", "notaris", "notário", "avocat", "avocate",
    # universities, churches, partnerships: "Vice-Chancellor", "pastor at …", "Managing Partner"
    "vice-chancellor", "chancellor", "vice-president", "vice-chair", "rector", "provost", "registrar", "bursar",
    "pastor", "priest", "rabbi", "imam", "vicar", "chairperson",
    "receptionist", "switchboard", "concierge", "cashier", "storekeeper", "non-exec", "non-executive", "nonexec",
    # owners, founders and heads in more languages: Turkish "Kurucu Ortak" (co-founder), "başhekim" (chief physician),
    # Polish "prezes", "właściciel", Czech "majitel", Croatian "vlasnik", Finnish "omistaja", Danish "ejer"
    "kurucu", "yönetici", "sahibi", "başhekim", "prezes", "prezeska", "właściciel", "właścicielka", "majitel",
    "majitelka", "vlasnik", "vlasnica", "omistaja", "ejer", "ägare", "eier", "chef", "chefin",  # ("der Chef vom …")
    "encargado", "encargada",  # Spanish "the one in charge": "Nombre: la encargada"
    "bdm", "bde", "bdr", "sdr", "kam", "merchandiser",  # business development, key account, a shop's merchandiser
}, endings=(
    # "Einkaufsleiterin", "Vertriebschef", "inkoopmanager", "salgsleder", "inköpschef", "myyntipäällikkö"
    "leiter", "leiterin", "führer", "führerin", "manager", "managerin", "direktor", "direktorin", "chefin",
    "chef", "referent", "referentin", "einkäufer", "einkäuferin", "berater", "beraterin", "koordinator",
    "koordinatorin", "sachbearbeiter", "sachbearbeiterin", "assistent", "assistentin", "directeur", "leider",
    "leder", "ansvarig", "johtaja", "päällikkö", "direktør", "beauftragter", "beauftragte",
    # the Nordic definite form: "indkøbschefen", "salgssjefen", "daglig lederen"
    "chefen", "sjefen", "lederen", "direktøren", "direktören", "ansvarlige",
    "arzt", "ärztin",  # "Chefarzt", "Oberärztin": a physician's rank
))
# Jobs that are also surnames (Partner, Foreman, Baker): a role only when written in lower case, as in
# "partner at Mokoena van Wyk Attorneys".
LOWER_CASE_ROLES = frozenset({
    "partner", "captain", "skipper", "foreman", "attorney", "lawyer", "solicitor", "barrister", "advocate",
    "accountant", "nurse", "doctor", "physician", "surgeon", "dentist", "pharmacist", "teacher", "professor",
    "lecturer", "researcher", "scientist", "broker", "agent", "realtor", "planner", "editor", "producer",
    "baker", "farmer", "pilot", "principal", "dean", "auditor", "controller", "paralegal", "clerk", "trader",
    "banker", "advisor", "adviser", "recruiter", "estimator", "surveyor", "inspector", "technician", "mechanic",
    "electrician", "plumber", "contractor", "builder", "carpenter", "steward", "purser", "lead", "operator",
    "temp", "freelancer", "volunteer", "trainee", "apprentice",
    # people in trades and professions (not the words that end a shop's name too: "Tamarack Physio", "… Florist")
    "veterinarian", "optometrist", "physiotherapist", "therapist", "psychologist", "midwife", "paramedic",
    "headmaster", "headteacher", "librarian", "shopkeeper", "landlord", "vendor", "supplier", "distributor",
    "wholesaler", "retailer", "courier", "rancher", "fisherman", "janitor", "caretaker", "merchant", "dealer",
    "agronomist", "hotelier", "publican", "bartender", "sommelier", "notary", "bookkeeper", "gardener",
    "landscaper", "roofer", "locksmith", "photographer", "journalist", "translator", "interpreter", "tutor",
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
    "commercial", "comercial", "commerciale", "business", "development", "financial", "sales", "marketing",
    "procurement", "purchasing", "finance",
    "accounting", "hr", "legal", "it", "ops", "operations", "engineering", "support", "product", "design",
    "logistics", "compliance", "security", "research", "partnerships", "growth", "strategy", "training",
    "facilities", "communications", "people", "customer", "success", "account", "accounts", "supply", "chain",
    "achats", "ventes", "compras", "ventas", "einkauf", "vertrieb", "utama",  # "Direktur Utama" (president director)
    "operasional", "keuangan", "pemasaran",  # Indonesian "Direktur Operasional"
    "data", "science", "analytics", "digital", "innovation", "technology", "infrastructure", "platform",
    "facility", "management", "experience", "revenue", "brand", "content", "events", "community", "risk", "audit",
    "investor", "relations", "managing", "founding", "equity", "purchase",
    "public", "affairs", "government", "sustainability", "photography", "fleet", "field", "client", "clinical",
    # a region or a market a title covers: "VP Northeast Sales", "Director of Emerging Regions", "Head of EMEA"
    "northeast", "northwest", "southeast", "southwest", "midwest", "emea", "apac", "latam", "americas", "dach",
    "nordics", "benelux", "mena", "anz", "emerging", "regions", "markets", "territories", "key",
    "daglig", "generalny", "генеральный", "генеральний", "коммерческий", "комерційний", "исполнительный",
    "финансовый", "фінансовий", "технический", "технічний", "beszerzési", "vânzări", "vanzari",
})
ROLE_LEAD_IN = frozenset({"the", "their", "our", "her", "his", "a", "an"})
# Articles in the other languages reps write in (not Dutch "de", which starts surnames: "de Vries"): before a role
# ("Die Einkaufsleitung der …", "Le DG de la …") and, in lower case, before a company ("de la Sucrerie du Walo")
ARTICLES = frozenset({"la", "le", "les", "l'", "el", "los", "las", "il", "lo", "o", "a", "os", "as", "die", "der",
                      "das", "het", "den", "det"})
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
    "facilities", "treasury", "payroll", "desk", "customer",
    "payable", "payables", "receivable", "receivables",  # "Accounts Payable"
    "front", "helpdesk",  # "Front Desk"
    "dpto", "depto",  # "Dpto. de Compras"
    "customers", "services", "service", "team", "office",
    "financeiro", "financiero", "vendas", "jurídico", "juridico", "contabilidade", "tesouraria",
    "département", "dipartimento", "отдел",
    # a project's: "Chef de projet", "jefe de proyecto"
    "projet", "projets", "proyecto", "proyectos", "projeto", "projetos", "progetto", "progetti", "projekt",
    "headquarters", "hq", "corporate", "dev", "devops", "qa", "r&d", "strategy", "training",
    "compras", "ventas", "achats", "ventes", "einkauf", "vertrieb", "acquisti", "vendite", "inkoop", "verkoop",
    "finanzas", "finances", "finanze", "buchhaltung", "contabilidad", "comptabilité", "recursos", "humanos",
    "personal", "personalabteilung", "marketingabteilung", "ufficio", "planta", "fábrica", "fabrica", "producción",
    "produção", "produktion", "production", "manufacturing", "quality", "calidad", "qualidade",
    "qualität", "dept", "department", "dirección", "direccion", "departamento", "gerencia", "área", "direção",
    "direzione", "abteilung", "nákupu", "nákup", "dział", "działu", "oddział", "oddziału", "prodeje", "zakupów",
    "zakupy", "sprzedaży", "закупівель", "ti", "sistemas", "facility", "bagian", "keuangan", "pembelian",
    "penjualan", "pemasaran", "총무", "기획", "개발", "회계", "법무", "홍보", "생산", "품질", "einkaufsleitung",
    "закупок", "продажу", "продаж", "phòng", "kinh", "doanh",
    "kế", "toán", "kho", "logística", "logistica", "mantenimiento",
    "operaciones", "administración", "tesorería", "afdeling", "avdelning", "avdeling", "osasto", "infra",
    "operasi", "satın", "alma", "営業", "営業部", "経理", "総務", "人事", "销售", "采购", "採購",
    "購買", "財務", "财务", "市场", "市場", "技術", "技术", "研发", "企画", "法務", "広報", "영업",
    "구매", "재무", "인사", "마케팅", "المالي", "المالية", "المشتريات", "المبيعات",
    "التسويق", "قسم", "إدارة", "צוות", "רכש", "כספים", "שיווק", "מכירות",
    "מחלקת", "विभाग", "खरीद",
    # "Шолпанай из бухгалтерии", "jefa de operaciones", "diretora de operações", "diretora de P&D"
    "бухгалтерия", "бухгалтерии", "бухгалтерію", "бухгалтерії", "бухгалтерія", "snabbing", "operações", "p&d", "i+d",
    "i&d", "tecnico", "técnico", "técnica", "tecnica", "admissions", "reception",
    "lehrstuhl", "fakultät", "fachbereich",  # a university's chair: "Lehrstuhl Werkstoffe"
} | FIELDS_OF_STUDY, endings=("abteilung", "afdeling", "avdelning", "avdeling", "osasto", "einkauf", "vertrieb",
                              "avdelningen", "avdelingen", "afdelingen",  # the Nordic definite form
                              "leitung"))
