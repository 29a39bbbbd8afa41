"""References and amounts: "order #4471", "PO 88213", "budget $12,500" are never a phone or a company."""

from __future__ import annotations

from bot.domain.wordlists.matching import plain

# Words that label a reference number, never a phone or a company: "order #4471", "PO 88213", "invoice
# INV-20931", and in the languages reps write in: "Angebot 12.400 €", "devis 4 200 €", "pedido 5521".
REFERENCE_LABELS = frozenset({
    "order", "orders", "invoice", "inv", "ref", "reference", "quote", "quotation", "po", "p.o", "abn", "acn",
    "vat", "gst", "ein", "tax", "acct", "ticket", "contract", "sku", "nr", "nº", "rfp", "rfq", "sow", "nda",
    "fortune",
    # a tender's number: "tender no. 2025/118/KLA", "licitación 44/2026"
    "tender", "ausschreibung", "licitación", "licitacion", "licitação", "aanbesteding", "przetarg", "тендер",
    "ihale", "gara", "upphandling", "udbud", "anbud", "tarjouspyyntö",
    "angebot", "rechnung", "bestellung", "auftrag", "devis", "facture", "commande", "presupuesto",
    "factura", "pedido", "orçamento", "fatura", "fattura", "ordine", "preventivo", "offerte", "factuur",
    "ordre", "bestilling", "beställning", "tilaus", "zamówienie", "faktura", "objednávka", "sipariş",
    "заказ", "счёт", "счет", "rekening", "offerta", "offert", "tilbud", "tarjous", "oferta", "nf", "nfe", "nf-e",
    # a serial or tracking number: "Serial SN 7730-4418-2291", "IMEI 3567…", "RMA 20931"
    "serial", "sn", "s/n", "imei", "rma", "awb", "tracking", "case", "lieferschein", "kvitto", "kundennr", "teklif",
    "teklifi", "č", "čís", "číslo",
    "lpo", "lc", "grn", "订单", "訂單", "订单号", "訂單號", "单号", "單號",  # "LPO No. 004418229", "订单号 PO-447218"
    # tax and company registration numbers: "P.IVA 01234567890" (eleven digits, like an Italian landline), "CNPJ …"
    # (not "PAN", "RUT", "TIN" or "INN": "Pan Kowalski", Rut, Tín and "Holiday Inn" are names)
    "p.iva", "piva", "cf", "nif", "nie", "cif", "cnpj", "cpf", "rfc", "gstin", "siret", "siren", "kvk", "uid",
    "ust-idnr", "ustid", "ico", "ičo", "dič", "dic", "nip", "regon", "krs", "ogrn", "bvn", "cuit", "ruc", "nit",
    "ssn", "dob", "zip", "postcode", "iban", "swift", "bic",
    # contracts and quotes: "contrato n.º 3318-2025", "ref. cotización 55-0913-2207"
    "renewal", "renovación", "renouvellement", "verlängerung", "rinnovo", "renovação",
    "contrato", "contratto", "vertrag", "kontrakt", "umowa", "smlouva", "cotización", "cotizacion", "cotação",
    "cotacao", "quotazione",
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
    "RWF", "MZN", "UGX", "TZS", "ETB", "GHS", "XOF", "XAF", "NAD", "BWP", "ZMW", "MWK", "AOA", "DZD", "TND", "JOD",
    "LBP", "IQD", "IRR", "AFN", "NPR", "MMK", "KHR", "LAK", "MNT", "KZT", "UZS", "GEL", "AMD", "AZN", "BYN", "MDL",
    "ISK", "RSD", "BAM", "MKD", "CRC", "GTQ", "HNL", "NIO", "PAB", "PYG", "BOB", "UYU", "DOP", "JMD", "TTD",
    "HTG", "FJD", "PGK", "VNĐ", "VNđ", "FCFA", "CFAF", "Birr", "Dhs", "Tk",
    "KSh", "Ksh", "USh", "TSh", "Rs", "Rs.", "R$", "S$", "A$", "NZ$", "HK$", "RM", "Rp", "GH₵", "₦", "lei",
    "DA", "XPF", "TOP", "KGS", "TJS", "TMT", "WST", "VUV", "SBD", "OMR", "BHD", "YER", "SDG", "LYD", "XCD",
    "BBD",
    "so'm", "som", "сум", "сом", "тг", "₸", "kr", "kr.", "Kr", "TT$", "RD$", "J$", "EC$", "S/", "Bs",
    # the rest of ISO 4217 (not ALL, CUP, MOP, SOS: words in capitals), and local signs: Angola's "Kz", Burundi's
    # "FBu", Congo's "FC", Guinea's "FG", Malawi's "MK", Zambia's "ZK", Honduras's "Lps", Paraguay's "Gs", the
    # Maldives' "Rf"
    "AWG", "BIF", "BMD", "BND", "BSD", "BTN", "BZD", "CDF", "CVE", "DJF", "ERN", "FKP", "GIP", "GMD", "GNF", "GYD",
    "KMF", "KPW", "KYD", "LRD", "LSL", "MGA", "MRU", "MUR", "MVR", "SCR", "SHP", "SLE", "SLL", "SRD", "SSP", "STN",
    "SVC", "SYP", "SZL", "VES", "ZWL", "ANG",
    "Kz", "FBu", "FC", "FG", "MK", "ZK", "Lps", "Gs", "Rf", "₲", "₭", "៛", "₮", "₾", "֏", "₼", "৳", "₨", "₱", "₫", "₴",
    "₺", "₹", "₽", "₩",
})
# ... and words that state an amount: "budget $12,500", "50 units", "paid $3,250.00": never a company.
REFERENCE_WORDS = REFERENCE_LABELS | frozenset({
    "оплата", "предоплата", "płatność", "zahlung", "paiement", "pago", "pagamento", "betaling", "ödeme",
    "budget", "id", "qty", "quantity", "units", "pallets", "boxes", "total", "paid", "amount", "due", "balance",
    "deposit", "cost", "fee", "discount", "licence", "license", "licenses", "licences", "approx", "around",
    "series", "seed", "pre-seed", "ipo", "arr", "mrr", "nda", "rfp", "rfq", "sow", "poc", "pilot",
    # a meeting, not a company: "RDV jeudi", "Termin Dienstag", "cita el lunes"
    "termin", "rdv", "rendez-vous", "cita", "reunión", "reunion", "reunião", "appuntamento", "meeting", "demo",
    "موعد", "اجتماع", "פגישה", "मीटिंग", "toplantı", "미팅", "회의",
    # a quote or a price in scripts without capitals: "يريد عرض سعر" (wants a quote), "कोटेशन", "报价"
    "سعر", "عرض", "كوتيشن", "कोटेशन", "दाम", "कीमत", "報價", "报价", "見積", "見積もり", "견적",
    # how many: "3 Lizenzen", "40 employees", "12 sites"
    "users", "employees", "sites", "locations", "stores", "staff", "lizenz", "lizenzen", "stück", "nutzer",
    "mitarbeiter", "licencias", "licencia", "usuarios", "empleados", "unidades", "utilisateurs", "employés",
    "unités", "postes", "licenze", "utenti", "pezzi", "dipendenti", "licenças", "usuários", "funcionários",
    # what a price is given with: "48 500 € HT", "€8.400 excl. btw", "zzgl. MwSt."
    "ht", "ttc", "tvac", "htva", "tvai", "excl", "incl", "btw", "mwst", "zzgl", "inkl", "netto", "brutto", "iva", "tva",
    "moms", "alv",
    # a delivery, not a company: "Lieferung KW 50"
    "lieferung", "delivery", "levering", "leverans", "livraison", "entrega", "consegna", "納期", "交期", "납기",
    # delivery terms and the port after them: "FOB Casablanca", "CIF Marseille", "FCA Одеса", "Incoterm DAP"
    "fob", "cif", "cfr", "exw", "fca", "dap", "ddp", "cpt", "cip", "dpu", "fas", "incoterm", "incoterms",
    "rückruf", "callback", "rappel",  # "Rückruf Do": a call to return, not a company
    # a business card, and "without": "명함 안 주심", "بدون كرت", "визитки нет", "Visitenkarte vergessen"
    "명함", "名刺", "名片", "كرت", "كارت", "بطاقة", "بدون", "بلا", "визитка", "визитки", "візитки", "visitenkarte",
    "wizytówka", "wizytówki", "kartvizit", "tarjeta", "cartão", "biglietto", "visitekaartje", "kaartje",
    "visitkort", "käyntikortti",
})
