"""Speech text for languages without rules of their own: numbers read in the language.

For German, French, Spanish, Portuguese and Italian also the forms a page writes its own way:
numeric dates (`01.01.2019`, `05/10/2018`: day first), clock times (`00:13`), German ordinals
before a month (`am 12. September`), decimals with a comma (`3,50`: each digit after it), and
thousands with a dot (`40.000`), money (`3,50 €`: drei Euro fünfzig), percentages, written
ordinals (`1er`, `2.ª`, `XIXe siècle`), a number's form before a noun (`1 Euro`: ein Euro;
`500 personas`: quinientas), measures (`30 km/h`, `-5 °C`), scores (`2:1`: zwei zu eins), web
addresses and the symbols a voice would read out (abbreviations: abbreviations.py). Russian
numbers take the genitive after the prepositions that govern it (`около 40 граммов`: сорока),
an approximation of full agreement. Anything a rule cannot decide is left for the voice.
"""

from __future__ import annotations

import re

from num2words import num2words

NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:[,.\s]\d{3})+|\d+)(?:[.,](\d+))?(?!\w)")
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
ROMAN_PARTS = ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
MARKUP = re.compile(r"<[/!?]?[A-Za-z][^<>]{0,200}>|\[\[|\]\]")  # a tag opens with its name
NUMERIC_DATE = re.compile(r"(?<![\w.,/-])(\d{1,2})([./-])(\d{1,2})\2((?:1[5-9]|20)\d\d)(?![\w.,/-]\d)")
# A month and year: 01/2023 (written with the month's zero, as no fraction or law's number is).
MONTH_YEAR = re.compile(r"(?<![\w.,/-])(0[1-9])/((?:1[5-9]|20)\d\d)(?![\w.,/-]\d)")
# The common fractions, as each language says them (1/2 was "un, deux").
FRACTION = re.compile(r"(?<![\w.,/-])([123])/([234])(?![\w/]|[.,]\d)")
FRACTION_WORDS = {
    "de": {"1/2": "ein halb", "1/3": "ein Drittel", "2/3": "zwei Drittel", "1/4": "ein Viertel", "3/4": "drei Viertel"},
    "fr": {"1/2": "un demi", "1/3": "un tiers", "2/3": "deux tiers", "1/4": "un quart", "3/4": "trois quarts"},
    "es": {"1/2": "medio", "1/3": "un tercio", "2/3": "dos tercios", "1/4": "un cuarto", "3/4": "tres cuartos"},
    "pt": {"1/2": "meio", "1/3": "um terço", "2/3": "dois terços", "1/4": "um quarto", "3/4": "três quartos"},
    "it": {"1/2": "mezzo", "1/3": "un terzo", "2/3": "due terzi", "1/4": "un quarto", "3/4": "tre quarti"},
}  # fmt: skip
HALF_FEMININE = {"medio": "media", "meio": "meia", "mezzo": "mezza"}
# A day and month without the year, the month in two digits: 15/03 (a fraction is 1/2).
DAY_MONTH = re.compile(r"(?<![\w.,/-])(\d{1,2})/(0[1-9]|1[0-2])(?![\w/]|[.,]\d)")
# ... and with a month of one digit where a day is named before it: dia 3/2, quinta-feira (3/2).
NAMED_DAY_MONTH = re.compile(
    r"(?:(?<=\bdia )|(?<=\bdía )|(?<=-feira \()|(?<=\bsábado \()|(?<=\bdomingo \())(\d{1,2})/([1-9]|1[0-2])(?![\w/]|[.,]\d)"
)
CLOCK = re.compile(r"(?<![\w:.])([01]?\d|2[0-3]):([0-5]\d)(?![\w:])(?:\s*(?:Uhr|h)\b)?")  # "Uhr" is said once
MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTH_NAMES = {language: names.split() for language, names in MONTHS.items()}
DECIMAL_WORD = {"de": "Komma", "fr": "virgule", "es": "coma", "pt": "vírgula", "it": "virgola"}
# These languages write a decimal with a comma: a point between numbers is a version's (OS X
# 10.10, Version 5.3), said as the point it is.
POINT_WORD = {"de": "Punkt", "fr": "point", "es": "punto", "pt": "ponto", "it": "punto"}
HOUR_WORD = {"de": ("Uhr", "{h} Uhr {m}"), "es": ("", "{h} y {m}"),
             "pt": ("", "{h} e {m}"), "it": ("", "{h} e {m}")}  # fmt: skip
# The words a page's symbols stand for, language by language.
SYMBOL_WORDS = {
    "de": {"dot": "Punkt", "at": "at", "and": "und", "plus": "plus", "section": ("Paragraf", "Paragrafen")},
    "fr": {"dot": "point", "at": "arobase", "and": "et", "plus": "plus", "section": ("paragraphe", "paragraphes")},
    "es": {"dot": "punto", "at": "arroba", "and": "y", "plus": "más", "section": ("párrafo", "párrafos")},
    "pt": {"dot": "ponto", "at": "arroba", "and": "e", "plus": "mais", "section": ("parágrafo", "parágrafos")},
    "it": {"dot": "punto", "at": "chiocciola", "and": "e", "plus": "più", "section": ("paragrafo", "paragrafi")},
    "ru": {"dot": "точка", "at": "собака", "and": "и", "plus": "плюс", "section": ("параграф", "параграфы")},
}
PERCENT_WORDS = {
    "de": ("Prozent", "Prozent"), "fr": ("pour cent", "pour cent"), "es": ("por ciento", "por ciento"),
    "pt": ("por cento", "por cento"), "it": ("per cento", "per cento"), "ru": ("процент", "процента", "процентов"),
}  # fmt: skip
# Currency: (one, many) in each language; Russian: (one, few, many).
CURRENCY_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "€": {"de": ("Euro", "Euro"), "fr": ("euro", "euros"), "es": ("euro", "euros"), "pt": ("euro", "euros"),
          "it": ("euro", "euro"), "ru": ("евро", "евро", "евро")},
    "$": {"de": ("Dollar", "Dollar"), "fr": ("dollar", "dollars"), "es": ("dólar", "dólares"),
          "pt": ("dólar", "dólares"), "it": ("dollaro", "dollari"), "ru": ("доллар", "доллара", "долларов")},
    "£": {"de": ("Pfund", "Pfund"), "fr": ("livre", "livres"), "es": ("libra", "libras"), "pt": ("libra", "libras"),
          "it": ("sterlina", "sterline"), "ru": ("фунт", "фунта", "фунтов")},
    "R$": {"pt": ("real", "reais"), "es": ("real", "reales")},
    "₽": {"ru": ("рубль", "рубля", "рублей")},
}  # fmt: skip
CURRENCY_NAMES = {"Euro": "€", "euros": "€", "euro": "€", "евро": "€"}  # "3,50 Euro" is said like "3,50 €"
CENTS_JOINER = {"de": "", "fr": "", "es": "con", "pt": "e", "it": "e", "ru": ""}
AMOUNT = r"\d{1,3}(?:[.\s]\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?"
MONEY = re.compile(
    rf"(?P<before>R\$|[€$£₽])\s?(?P<amount>{AMOUNT})(?![\d,.]\d)"
    rf"|(?<![\d.,])(?P<amount2>{AMOUNT})\s?(?P<after>[€$£₽]|(?:Euro|euros?|евро)\b)"
)
# An amount with its magnitude after a currency sign: R$ 1,2 bilhão -> um vírgula dois bilhão de
# reais (the number rule reads the number).
MAGNITUDE_WORDS = (
    r"mil(?:h(?:ão|ões))?|bilh(?:ão|ões)|mill(?:ón|ones)|millions?|milliards?|milion[ei]|miliard[io]"
    r"|Million(?:en)?|Milliarden?"
)
MONEY_MAGNITUDE = re.compile(
    rf"(?:(?P<before>R\$|US\$|[€$£])\s?(?P<amount>\d+(?:,\d+)?)\s(?P<magnitude>{MAGNITUDE_WORDS})\b"
    rf"|(?<![\d.,])(?P<amount2>\d+(?:,\d+)?)\s(?P<magnitude2>{MAGNITUDE_WORDS})\s?(?P<after>[€$£]))"
)
MAGNITUDE_JOINER = {"de": "", "fr": "de", "es": "de", "pt": "de", "it": "di"}
PERCENT = re.compile(r"(?<![\d,])(\d+(?:,\d+)?)\s?%")  # from a run's first digit: linear time
WRITTEN_ORDINAL = re.compile(r"(?<![\w.])(\d{1,3})(?:(er|re|e|ème)|\.?([ºª°]))(?!\w)")
ROMAN_CENTURY = re.compile(r"\b([IVX]{1,5})(?:e|ème)(?= siècle)")
# siglo XXI, século XXI (said as a number), XXI secolo, secolo XXI (as an ordinal).
CENTURY = re.compile(r"\b(?:(siglo|século|secolo) ([IVXL]{1,6})|([IVXL]{1,6}) (secolo))\b")
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,;:!?)]")
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")  # from an address's start: linear time
SYMBOLS = re.compile(r"[*_~^|\\{}\[\]<>•·▪●◦‣§¶†‡=#]")
# A face typed in punctuation (:-D ;) :P =/) is a tone of voice, not words; it stands apart
# from words (C:/ and http:// do not).
EMOTICON = re.compile(
    r"\s?(?<![\w:;=/])(?:[:;]['’]?[-o^]?[)(\]\[DPpOo3/\\|*]{1,3}|=[-^]?[)(DPp/]{1,3})(?![\w(/])"
)  # not "=3": n =3 is a number
# Measures: (one, many) in each language (Russian's are RUSSIAN_UNITS).
UNIT_WORDS = {
    "de": {"°C": ("Grad Celsius", "Grad Celsius"), "km/h": ("Kilometer pro Stunde", "Kilometer pro Stunde"),
           "km": ("Kilometer", "Kilometer"), "kg": ("Kilogramm", "Kilogramm"), "cm": ("Zentimeter", "Zentimeter"),
           "m": ("Meter", "Meter")},
    "fr": {"°C": ("degré Celsius", "degrés Celsius"), "km/h": ("kilomètre par heure", "kilomètres par heure"),
           "km": ("kilomètre", "kilomètres"), "kg": ("kilogramme", "kilogrammes"), "cm": ("centimètre", "centimètres"),
           "m": ("mètre", "mètres")},
    "es": {"°C": ("grado", "grados"), "km/h": ("kilómetro por hora", "kilómetros por hora"),
           "km": ("kilómetro", "kilómetros"), "kg": ("kilo", "kilos"), "cm": ("centímetro", "centímetros"), "m": ("metro", "metros")},
    "pt": {"°C": ("grau", "graus"), "km/h": ("quilômetro por hora", "quilômetros por hora"),
           "km": ("quilômetro", "quilômetros"), "kg": ("quilo", "quilos"), "cm": ("centímetro", "centímetros"), "m": ("metro", "metros")},
    "it": {"°C": ("grado", "gradi"), "km/h": ("chilometro orario", "chilometri orari"), "km": ("chilometro", "chilometri"),
           "kg": ("chilo", "chili"), "cm": ("centimetro", "centimetri"), "m": ("metro", "metri")},
}  # fmt: skip
MEASURE = re.compile(
    r"(?<![\w.,])(\d+)(?:,(\d+))?\s?([°º]\s?C|km/h|km|kg|cm|m)(?![\w/])"
)  # º: a degree typed as an ordinal
MINUS = re.compile(r"(?<![\w.,-])[-−](?=\d)")  # -5 °C; a range's dash (5-10) follows a digit
MINUS_WORD = {"de": "minus", "fr": "moins", "es": "menos", "pt": "menos", "it": "meno", "ru": "минус"}
# A telephone number as a country writes it: 030 12345, 0171-1234567, 01 23 45 67 89 (not a
# date, 05-10-2018, nor a decimal).
PHONE = re.compile(
    r"(?<![\w.,+-])(?:0\d{1,4}(?: \d{2,8}){1,4}|0\d{2,4}(?:-\d{2,8}){1,3}|0\d{1,4}/ ?(?:\d{5,8}|\d{2,4}(?:[ -]\d{2,4}){1,3}))"
    r"(?![\w.,/-]?\d)"
)  # 030 1234567, 0800-123-456, 089/123456, 02/12345678 (not 01/2023)
# ... and the mobile and city numbers a country writes with no leading zero: Spain's nine digits
# (600 123 456, 91 123 45 67; a Spanish count has periods), Brazil's area code in brackets.
LOCAL_PHONE = {
    "es": re.compile(r"(?<![\w.,+-])(?=(?:\d ?){9}(?!\d))[6-9]\d{1,2}(?: \d{2,3}){2,3}(?![\w.,-]?\d)"),
    "pt": re.compile(r"(?<![\w.,+-])\(\d{2}\) ?\d{4,5}-\d{4}(?![\w-]|[.,]\d)"),
}
# A Russian number: 8 495 123-45-67, +7 (495) 123-45-67.
RUSSIAN_PHONE = re.compile(r"(?<![\w.,+-])(?:\+7|8)[ -]?\(?\d{3}\)?[ -]?\d{3}-\d{2}-\d{2}(?![\w-]|[.,]\d)")
# Italian thousands written onto the number: 60mila spettatori -> sessantamila.
ITALIAN_THOUSANDS = re.compile(r"(?<![\w.,])(\d{1,3})mila\b")
# A law's or a decree's number and year: la ley 12/2023, a Lei 13.709/2018 -> doce de dos mil veintitrés.
NUMBER_OF_YEAR = re.compile(r"(?<![\w/.,])(\d{1,3}(?:\.\d{3})?)/((?:19|20)\d\d)(?![\w/])")
# A postal code before its town: 80331 München, 75001 Paris, 28013 Madrid (these languages write a
# count of five digits with a separator, 80.331 or 75 001, so a bare one is a code).
POSTAL_CODE = re.compile(r"(?<![\w.,:/-])(\d{5})(?= [A-ZÀ-Ý][a-zà-ÿ])")
# A time written with a period, as the word before or after it says: a las 9.30 horas, alle
# 18.45, 14.30 Uhr -> 9:30, 18:45, 14:30 (then said as a time, not a decimal).
DOTTED_CLOCK = re.compile(
    r"(?:(?<=\blas )|(?<=\balle )|(?<=\bàs )|(?<=\bore ))([01]?\d|2[0-3])\.([0-5]\d)(?!\d|[.,]\d)"
    r"|(?<![\w.,])([01]?\d|2[0-3])\.([0-5]\d)(?=\s?(?:h|horas|hrs|Uhr|uhr|heures)\b)"
)
SCORE = re.compile(r"(?<![\d:])(\d{1,2}):(\d)(?![\d:])")  # a score, 2:1; 14:30 is a time of day
# A score with a dash, the winner's first: (3-1), 2-2; an ascending pair (10-12) is a range.
RANGE_WORD = {"de": "bis", "fr": "à", "es": "a", "pt": "a", "it": "a"}
DASH_SCORE = re.compile(r"(?<![\w.,-])(\d{1,2})-(\d{1,2})(?![\w-]|[.,]\d)")
SCORE_WORD = {"de": "zu", "fr": "à", "es": "a", "pt": "a", "it": "a", "ru": ""}
# The word after a number, when it is a noun the number agrees with: personas, horas (a plural
# in -as is mostly feminine; problemas, sistemas in -mas are not), a German noun, an euro.
NEXT_WORD = re.compile(r"\s(?:mil\s)?(\w+)")  # 300 mil pessoas: the noun after "mil" decides
NOT_NOUNS = {  # the words after a number that are no noun it counts (3 a 1 contro il Milan)
    "de", "del", "y", "o", "a", "al", "en", "por", "con", "e", "di", "da", "per", "su", "ou", "em", "no", "na",
    "contro", "contra", "tra", "fra", "in", "nel", "nella", "alle", "ai", "ed", "entre", "para", "sin", "sem", "com",
    "el", "la", "los", "las", "il", "lo", "le", "gli", "os", "as", "que", "che", "ante", "sobre", "nos", "nas",
    "all", "dall", "nell", "sull", "dell", "alla", "allo", "dalla", "dallo", "nello", "sulla", "sullo", "della",
    "dello", "agli", "dagli", "negli", "sugli", "degli", "col", "ao", "aos", "do", "dos", "das", "pelo", "pela",
}  # fmt: skip
GERMAN_ORDINAL_DATE = re.compile(rf"(?<![\w.])(\d{{1,2}})\.\s+({'|'.join(MONTH_NAMES['de'])})\b")
# The first day of a range before its month: vom 1. bis 15. Juli -> vom ersten bis fünfzehnten Juli.
GERMAN_FIRST_DAY = re.compile(
    rf"(?<![\w.])(\d{{1,2}})\.\s*(bis|und|[-–])\s*(?=\d{{1,2}}\.\s+(?:{'|'.join(MONTH_NAMES['de'])})\b)"
)
# A German ordinal before a noun (die 2. Liga, im 3. Quartal); after these words it ends in -en.
GERMAN_ORDINAL = re.compile(r"(?<![\w.])(\d{1,3})\.\s+(?=[A-ZÄÖÜ]\w|(?:und|oder|bis) \d{1,3}\.\s+[A-ZÄÖÜ]\w)")
ORDINAL_AND = {"und", "oder", "bis"}  # in der 45. und 90. Minute: both ordinals of the noun
# A year in German words is said in hundreds: 1985 -> neunzehnhundertfünfundachtzig (a count
# before its noun, 1500 Euro, is not a year).
GERMAN_YEAR = re.compile(r"(?<![\w.,])(1[1-9]\d\d)(?![\w.,]\d|\s+[A-ZÄÖÜ][a-zäöüß])")
# A German compound of a number and a word, written with a hyphen: der 65-Jährige, 3-mal, 2-fach
# -> der Fünfundsechzigjährige, dreimal, zweifach (one word, a noun's capital first).
GERMAN_NUMBER_COMPOUND = re.compile(
    r"(?<![\w.,])(\d{1,3})-((?i:jährig|mal|fach|malig|stündig|tägig|wöchig|monatig|köpfig|prozentig|teilig)\w*)"
)
GERMAN_DATIVE = {"den", "dem", "des", "im", "am", "vom", "zum", "zur", "beim", "einem", "einen", "eines", "seit"}
# ... and "der" after a preposition (in der 89. Minute); "der 2. Weltkrieg" is nominative.
GERMAN_PREPOSITIONS = {"in", "an", "auf", "bei", "mit", "nach", "von", "zu", "aus", "vor", "seit", "während", "wegen"}
# The words a German sentence opens with: after "5 vor 12." one of them starts the next sentence,
# so the number before is no ordinal (die 2. Liga is one).
GERMAN_OPENERS = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "er", "sie", "es", "wir", "ich", "ihr", "man",
    "um", "am", "im", "in", "an", "auf", "mit", "nach", "bei", "von", "zu", "für", "aus", "vor", "seit", "dann", "doch",
    "aber", "und", "auch", "so", "wie", "was", "wer", "wo", "als", "wenn", "dass", "dies", "diese", "dieser", "damit",
    "denn", "nur", "noch", "schon", "jetzt", "heute", "gestern", "nicht", "kein", "keine", "hier", "da", "dort",
}  # fmt: skip
# A decade: die 90er-Jahre, in den 2000ern -> neunziger, zweitausender.
GERMAN_DECADE = re.compile(r"(?<![\w.,])(\d{2,4})er(?=n?\b|-)")
# A number with a leading zero is its digits: Schalke 04, Bayer 04 -> null vier.
LEADING_ZERO = re.compile(r"(?<![\w.,:/-])0(\d)(?![\w,:/]|[.,:/-]\d)")
# A French time of day: 14h30, 8h.
FRENCH_CLOCK = re.compile(r"(?<![\w:.])([01]?\d|2[0-3])\s?h\s?([0-5]\d)?(?![\w:])")
# A ruler's or a war's numeral after a name: Louis XIV, Felipe VI, Vittorio Emanuele II.
REGNAL = re.compile(r"\b([A-ZÀ-Ý][a-zà-ÿ]+) ([IVXL]{2,6})\b(?![\w'’])")
# Russian dates and years: 1 января 2020 года, в 2019 году, 5 км.
RUSSIAN_MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
RUSSIAN_DAY = re.compile(rf"(?<![\w.])(\d{{1,2}})(?=\s+(?:{RUSSIAN_MONTHS})\b)")
RUSSIAN_DAY_CASES = {  # the day's case after these words; genitive after any other
    "к": "dative", "ко": "dative", "на": "accusative", "по": "accusative", "в": "accusative", "про": "accusative",
    "сегодня": "nominative", "завтра": "nominative", "вчера": "nominative", "—": "nominative", "–": "nominative",
}  # fmt: skip
NAMED_DAY = re.compile(r"\s+\w+(?:\s+\d{4}(?:\s+(?:года?|г\.))?)?\s+[—–:]")  # 12 апреля — День космонавтики
RUSSIAN_YEAR = re.compile(r"(?<![\w.])(\d{3,4})\s+(год(?:а|у|ом)?\b|г\.)")
YEAR_CASES = {"год": "nominative", "года": "genitive", "году": "prepositional", "годом": "instrumental"}
RUSSIAN_UNITS = {  # (one, few, many)
    "км": ("километр", "километра", "километров"), "м": ("метр", "метра", "метров"),
    "см": ("сантиметр", "сантиметра", "сантиметров"), "мм": ("миллиметр", "миллиметра", "миллиметров"), "кг": ("килограмм", "килограмма", "килограммов"),
    "т": ("тонна", "тонны", "тонн"), "млн": ("миллион", "миллиона", "миллионов"),
    "млрд": ("миллиард", "миллиарда", "миллиардов"), "тыс.": ("тысяча", "тысячи", "тысяч"),
    "руб.": ("рубль", "рубля", "рублей"), "°C": ("градус Цельсия", "градуса Цельсия", "градусов Цельсия"),
    "°": ("градус", "градуса", "градусов"), "г": ("грамм", "грамма", "граммов"),
    "л": ("литр", "литра", "литров"), "мл": ("миллилитр", "миллилитра", "миллилитров"),
    "га": ("гектар", "гектара", "гектаров"), "трлн": ("триллион", "триллиона", "триллионов"),
    "км/ч": ("километр в час", "километра в час", "километров в час"),
    "м/с": ("метр в секунду", "метра в секунду", "метров в секунду"),
    "коп.": ("копейка", "копейки", "копеек"), "чел.": ("человек", "человека", "человек"),
}  # fmt: skip
RUSSIAN_UNIT = re.compile(
    rf"(?<![\w.,])(\d{{1,3}}(?:\s\d{{3}})+|\d+)(?:,(\d+))?\s?({'|'.join(re.escape(unit) for unit in sorted(RUSSIAN_UNITS, key=len, reverse=True))})"
    r"(?=[\s,;:!?)]|\.?$)"
)
# A Russian ordinal written with its ending: на 3-м этаже, 2-го места, 5-я глава, 3-е место.
RUSSIAN_ORDINAL = re.compile(r"(?<![\w.,])(\d{1,4})-(ого|го|ому|му|ым|им|ом|м|ый|ий|ой|й|ая|я|ую|ю|ое|е)(?!\w)")
RUSSIAN_ORDINAL_FORMS = {  # ending -> (case, gender)
    "ого": ("genitive", "m"), "го": ("genitive", "m"), "ому": ("dative", "m"), "му": ("dative", "m"),
    "ым": ("instrumental", "m"), "им": ("instrumental", "m"), "ом": ("prepositional", "m"), "м": ("prepositional", "m"),
    "ый": ("nominative", "m"), "ий": ("nominative", "m"), "ой": ("nominative", "m"), "й": ("nominative", "m"),
    "ая": ("nominative", "f"), "я": ("nominative", "f"), "ую": ("accusative", "f"), "ю": ("accusative", "f"),
    "ое": ("nominative", "n"), "е": ("nominative", "n"),
}  # fmt: skip
INSTRUMENTAL_BEFORE = re.compile(r"(?i)\b(?:с|со|за|под|над|перед|между)\s+$")  # с 3-м местом: третьим
# A century in Roman numerals, in the case of its noun: XXI век, XIX века, в XX веке.
RUSSIAN_CENTURY = re.compile(r"\b([IVX]{1,5})(?=\s+(век|века|веку|веком|веке|веков|векам|веках)\b)")
CENTURY_CASES = {
    "век": "nominative",
    "века": "genitive",
    "веку": "dative",
    "веком": "instrumental",
    "веке": "prepositional",
}
# A ruler's numeral after a name in the nominative (Пётр I, Николай II): Пётр Первый.
RUSSIAN_REGNAL = re.compile(r"\b([А-ЯЁ][а-яё]*[бвгджзйклмнпрстфхцчшщ]) ([IVX]{1,5})\b(?![\w'’])")
RUSSIAN_DECADE = re.compile(r"(?<![\w.,])(\d{0,2}\d0)-(?:х|е)\b")  # 1990-х годах, 90-е
# Russian prepositions after which a number takes the genitive case.
GENITIVE_PREPOSITIONS = "около|от|до|более|менее|больше|меньше|свыше|после|без|для|из|с|у|вокруг|кроме|против"
RUSSIAN_GENITIVE = re.compile(rf"(?i)\b({GENITIVE_PREPOSITIONS})\s+(\d+)(?!\s*[.,]\d|\s\d{{3}}(?!\d))\b")
GENITIVE_BEFORE = re.compile(rf"(?i)\b(?:{GENITIVE_PREPOSITIONS})\s+(?:минус\s+)?$")
FEMININE_UNITS = {"т", "тыс."}
DECIMAL_PLACES = {1: ("десятой", "десятых"), 2: ("сотой", "сотых"), 3: ("тысячной", "тысячных")}


def normalize(sentence: str, language: str) -> str:
    """Markup dropped, dates, times and numbers in words where num2words knows the language."""
    text = MARKUP.sub(" ", sentence)
    if language in MINUS_WORD:
        text = MINUS.sub(f"{MINUS_WORD[language]} ", text)
        text = SCORE.sub(lambda match: say_score(match, language), text)
    if language in UNIT_WORDS:
        text = DASH_SCORE.sub(lambda match: say_score(match, language), text)
        text = PHONE.sub(lambda match: say_phone(match.group(0), language), text)
        if language in LOCAL_PHONE:
            text = LOCAL_PHONE[language].sub(lambda match: say_phone(match.group(0), language), text)
        text = POSTAL_CODE.sub(lambda match: digits(match.group(1), language), text)
        text = MEASURE.sub(lambda match: say_measure(match, UNIT_WORDS[language]), text)
    if language in FRACTION_WORDS:
        text = FRACTION.sub(lambda match: say_fraction(match, language), text)
    if language in MONTH_NAMES:
        text = NUMERIC_DATE.sub(lambda match: say_date(match, language), text)
        text = MONTH_YEAR.sub(lambda match: say_month_year(match, language), text)
        if language in ("fr", "es", "pt", "it"):
            text = DAY_MONTH.sub(lambda match: say_day_month(match, language), text)
            text = NAMED_DAY_MONTH.sub(lambda match: say_day_month(match, language), text)
        text = DOTTED_CLOCK.sub(lambda match: ":".join(group for group in match.groups() if group), text)
        text = CLOCK.sub(lambda match: say_clock(match, language), text)
    if language in ("es", "pt"):
        text = NUMBER_OF_YEAR.sub(r"\1 de \2", text)
    if language == "ru":  # before a unit's slash (км/ч) is read as a pause
        text = RUSSIAN_PHONE.sub(lambda match: say_phone(match.group(0), language), text)
        text = RUSSIAN_UNIT.sub(say_russian_unit, text)
    if language in SYMBOL_WORDS:
        text = say_web_and_symbols(text, SYMBOL_WORDS[language])
        text = MONEY_MAGNITUDE.sub(lambda match: say_money_magnitude(match, language), text)
        text = MONEY.sub(lambda match: say_money(match, language), text)
        text = PERCENT.sub(lambda match: say_percent(match, language), text).replace("%", " ")
    if language in ("fr", "es", "pt", "it"):
        text = ROMAN_CENTURY.sub(lambda match: say_roman_century(match.group(1)), text)
        text = CENTURY.sub(lambda match: say_century(match, language), text)
        text = WRITTEN_ORDINAL.sub(lambda match: say_written_ordinal(match, language), text)
        text = REGNAL.sub(lambda match: say_regnal(match, language), text)
    if language == "fr":
        text = FRENCH_CLOCK.sub(say_french_clock, text)
        text = re.sub(r"(?<![\w.])2n?de\b", "seconde", text)  # la 2de guerre mondiale
    if language == "it":
        text = ITALIAN_THOUSANDS.sub(lambda match: in_words(int(match.group(1)) * 1000, "it"), text)
    if language == "pt":
        text = FRENCH_CLOCK.sub(say_portuguese_clock, text)  # the same shape: 9h, 14h30
    if language == "de":
        text = GERMAN_NUMBER_COMPOUND.sub(say_german_compound, text)
        text = GERMAN_FIRST_DAY.sub(
            lambda match: (
                f"{german_ordinal(int(match.group(1)))} {'bis' if match.group(2) in '-–' else match.group(2)} "
            ),
            text,
        )
        text = GERMAN_ORDINAL_DATE.sub(lambda match: f"{german_ordinal(int(match.group(1)))} {match.group(2)}", text)
        text = GERMAN_ORDINAL.sub(say_german_ordinal, text)
        text = GERMAN_DECADE.sub(
            lambda match: (
                in_words(int(match.group(1)), "de", to="year" if len(match.group(1)) == 4 else "cardinal") + "er"
            ),
            text,
        )
        text = LEADING_ZERO.sub(lambda match: f"null {in_words(int(match.group(1)), 'de')}", text)
        text = GERMAN_YEAR.sub(lambda match: in_words(int(match.group(1)), "de", to="year"), text)
    if language == "ru":
        text = NUMERIC_DATE.sub(say_russian_date, text)
        text = CLOCK.sub(say_russian_clock, text)
        text = RUSSIAN_DECADE.sub(say_russian_decade, text)  # before ordinals: 90-е are the nineties
        text = RUSSIAN_ORDINAL.sub(say_russian_ordinal, text)
        text = RUSSIAN_CENTURY.sub(say_russian_century, text)
        text = RUSSIAN_REGNAL.sub(say_russian_regnal, text)
        text = RUSSIAN_DAY.sub(say_russian_day, text)
        text = RUSSIAN_YEAR.sub(say_russian_year, text)
        text = RUSSIAN_GENITIVE.sub(
            lambda match: f"{match.group(1)} {in_words(int(match.group(2)), 'ru', case='genitive')}", text
        )
    text = NUMBER.sub(lambda match: number_words(match, language), text)
    return re.sub(r"\s{2,}", " ", text).strip()


def say_fraction(match: re.Match, language: str) -> str:
    """`1/2` -> un demi, medio; a half before a feminine noun is feminine: media taza, meia
    xícara, mezza tazza."""
    words = FRACTION_WORDS[language].get(match.group(0), match.group(0))
    following = NEXT_WORD.match(match.string, match.end())
    if words in HALF_FEMININE and following and following.group(1).endswith("a"):
        return HALF_FEMININE[words]
    return words


def say_german_compound(match: re.Match) -> str:
    word = in_words(int(match.group(1)), "de") + match.group(2).lower()
    return word.capitalize() if match.group(2)[0].isupper() else word


def say_web_and_symbols(text: str, words: dict) -> str:
    """A web address by its host, an e-mail address with the language's "at", symbols as words
    or, when they are only typography, not at all."""
    text = URL.sub(lambda match: say_host(match.group(0), words["dot"]), text)
    text = EMAIL.sub(
        lambda match: match.group(0).replace("@", f" {words['at']} ").replace(".", f" {words['dot']} "), text
    )
    text = re.sub(r"(?<!\w)@(?=\w)", "", text)  # a handle is read as its name
    text = re.sub(r"\s*&\s*", f" {words['and']} ", text)
    text = re.sub(r"(?<=\w)\s?\+\s?(?=\w)|\s\+\s", f" {words['plus']} ", text)
    text = re.sub(r"(?<![\w+])\+(?=\d)", f"{words['plus']} ", text)  # a rise: (+0,8 %)
    text = re.sub(r"(?<=\w)/(?=\w)|\s/\s", ", ", text)
    text = re.sub(r"§§\s?", f"{words['section'][1]} ", text)  # the law's sections: § 15 BGB, §§ 2-4
    text = re.sub(r"§\s?", f"{words['section'][0]} ", text)
    return SYMBOLS.sub(" ", text)


def say_host(address: str, dot: str) -> str:
    """A web address by its host, as it is read out: `https://www.bbc.co.uk/x` -> bbc dot co dot uk."""
    host = re.sub(r"^(https?://)?(www\.)?", "", address, flags=re.I).split("/")[0]
    return f" {dot} ".join(host.split("."))


def plural_form(number: int, forms: tuple[str, ...]) -> str:
    """The noun after a number: (one, many), or Russian's (one, few, many)."""
    if len(forms) == 2:
        return forms[0] if number == 1 else forms[1]
    if ends_in_one(number):
        return forms[0]
    return forms[1] if 2 <= number % 10 <= 4 and not 12 <= number % 100 <= 14 else forms[2]


def ends_in_one(number: int) -> bool:
    """A Russian number whose noun is singular: 1, 21, 101 (not 11)."""
    return number % 10 == 1 and number % 100 != 11


def agree(words: str, noun: str, language: str) -> str:
    """A whole number's words before the word that follows it, when that word is a noun."""
    if language == "de" and noun[:1].isupper():
        return before_noun(words, language, feminine=noun in ("Million", "Milliarde"))
    if language in ("es", "pt", "it") and noun.lower() not in NOT_NOUNS and noun.isalpha():
        if language == "it":  # una casa (plurals end in -e or -i: ventun persone)
            feminine = noun.endswith("a") and not noun.endswith("ma")
        else:
            feminine = noun.endswith("as") and not noun.endswith(("mas", "días"))
        return before_noun(words, language, feminine)
    if language == "ru" and noun.isalpha():  # одна книга, две книги: a noun after one in -а/-я, after two in -ы/-и
        if words.endswith("один") and noun.endswith(("а", "я")):
            return words.removesuffix("один") + "одна"
        if words.endswith("один") and noun.endswith(("у", "ю")) and len(noun) > 2:  # купил 21 книгу
            return words.removesuffix("один") + "одну"
        if words.endswith("два") and noun.endswith(("ы", "и")):
            return words.removesuffix("два") + "две"
    return words


def before_noun(words: str, language: str, feminine: bool = False) -> str:
    """A number's form before a noun: ein Euro, un euro, una libra, quinientas personas."""
    if language == "de":
        return re.sub(r"eins$", "eine" if feminine else "ein", words)
    if language in ("es", "it"):
        words = re.sub(r"(?<=veinti)uno$", "una" if feminine else "ún", words)  # veintiún días
        words = re.sub(r"uno$", "una" if feminine else "un", words)
    if feminine and language == "es":
        return re.sub(r"ientos\b", "ientas", words)
    if feminine and language == "pt":
        words = re.sub(r"\bum$", "uma", re.sub(r"\bdois$", "duas", words))
        return re.sub(r"(?<=[tn])os\b", "as", words)  # duzentos, quinhentos -> duzentas, quinhentas
    return words


def say_money(match: re.Match, language: str) -> str:
    """`3,50 €` -> drei Euro fünfzig; `$5` -> cinq dollars; `R$ 4,99` -> quatro reais e noventa e nove."""
    symbol = match.group("before") or CURRENCY_NAMES.get(match.group("after"), match.group("after"))
    forms = CURRENCY_WORDS.get(symbol, {}).get(language)
    if forms is None:
        return match.group(0)
    whole_text, _, cents_text = (match.group("amount") or match.group("amount2")).partition(",")
    whole = int(re.sub(r"\D", "", whole_text))
    feminine = forms[0].endswith("a")  # una libra, duas libras
    said = f"{before_noun(in_words(whole, language), language, feminine)} {plural_form(whole, forms)}"
    cents = int(cents_text.ljust(2, "0")) if cents_text else 0
    if cents:
        said += f" {CENTS_JOINER[language]} {in_words(cents, language)}".replace("  ", " ")
    return said


def say_money_magnitude(match: re.Match, language: str) -> str:
    """`R$ 1,2 bilhão` -> 1,2 bilhão de reais; `3 milliards €` -> 3 milliards d'euros."""
    symbol = (match.group("before") or match.group("after")).removeprefix("US")
    forms = CURRENCY_WORDS.get(symbol, {}).get(language)
    if forms is None:
        return match.group(0)
    joiner = MAGNITUDE_JOINER.get(language, "")
    elided = language == "fr" and forms[1][0] in "aeiou"  # d'euros, de dollars
    currency = f"d'{forms[1]}" if elided else f"{joiner} {forms[1]}".strip()
    amount = match.group("amount") or match.group("amount2")
    return f"{amount} {match.group('magnitude') or match.group('magnitude2')} {currency}"


def say_phone(number: str, language: str) -> str:
    """Digit by digit, group by group; French in pairs (zéro un, vingt-trois, quarante-cinq),
    Russian group by group (восемь, четыреста девяносто пять, сто двадцать три)."""
    groups = re.findall(r"\d+", number)
    paired = (language == "fr" and all(len(group) == 2 for group in groups)) or language == "ru"
    plus = f"{SYMBOL_WORDS[language]['plus']} " if number.startswith("+") else ""
    return plus + ", ".join(
        in_words(int(group), language) if paired and group[0] != "0" else digits(group, language) for group in groups
    )


def digits(group: str, language: str) -> str:
    return " ".join(in_words(int(digit), language) for digit in group)


def say_score(match: re.Match, language: str) -> str:
    """`2:1` -> 2 zu 1, `(3-1)` -> (3 a 1); a dash from a smaller to a larger number is a range
    (`6-10 Jahren` -> 6 bis 10)."""
    first, second = match.group(1), match.group(2)
    if match.group(0)[len(first)] == "-" and int(first) < int(second):
        return f"{first} {RANGE_WORD[language]} {second}"
    return f"{first} {SCORE_WORD[language]} {second}".replace("  ", " ")


def say_measure(match: re.Match, units: dict[str, tuple[str, str]]) -> str:
    """`30 km/h` -> 30 Kilometer pro Stunde, `2,5 km` -> 2,5 kilomètres: the unit's word in its
    form for the number (which the number rule then reads)."""
    whole, fraction, unit = match.group(1), match.group(2), match.group(3).replace(" ", "").replace("º", "°")
    forms = units[unit]
    number = f"{whole},{fraction}" if fraction else whole
    return f"{number} {forms[1] if fraction else plural_form(int(whole), forms)}"


def say_percent(match: re.Match, language: str) -> str:
    """`12 %` -> 12 Prozent: the word for percent, in its form for the number (which the
    number rule then reads)."""
    whole, _, fraction = match.group(1).partition(",")
    forms = PERCENT_WORDS[language]  # after a fraction, Russian says the genitive singular
    return f"{match.group(1)} {forms[1] if fraction else plural_form(int(whole), forms)}"


def say_written_ordinal(match: re.Match, language: str) -> str:
    """`1er` -> premier, `2e` -> deuxième, `1.º` -> primero, `2.ª` -> segunda."""
    number, mark = int(match.group(1)), match.group(3)
    words = in_words(number, language, to="ordinal")
    if language == "fr" and number == 1 and match.group(2) == "re":
        return "première"
    if mark == "ª" and language in ("es", "pt"):
        return re.sub(r"o\b", "a", words)
    following = NEXT_WORD.match(match.string, match.end())
    if language == "es" and following and following.group(1).lower() not in NOT_NOUNS:
        return re.sub(r"(?<=prim|terc)ero$", "er", words)  # el primer lugar, el tercer día
    return words


def say_roman_century(numeral: str) -> str:
    """`XIXe siècle` -> dix-neuvième siècle."""
    total = roman_value(numeral) or 0
    return "premier" if total == 1 else in_words(total, "fr", to="ordinal")


def say_century(match: re.Match, language: str) -> str:
    """`siglo XXI` -> siglo veintiuno; `século XXI` -> século vinte e um; `XXI secolo` -> ventunesimo secolo."""
    noun, numeral = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
    value = roman_value(numeral)
    if not value or value > 40:
        return match.group(0)
    if language == "it":
        return f"{in_words(value, 'it', to='ordinal')} {noun}"
    return f"{noun} {in_words(value, language)}"


def roman_value(numeral: str) -> int | None:
    """The value of a numeral written as Romans wrote it (XIV, CXC), None for other letters
    (ICC, IIII: initials, not numbers)."""
    total, previous = 0, 0
    for letter in reversed(numeral):
        value = ROMAN.get(letter)
        if value is None:
            return None
        total += -value if value < previous else value
        previous = max(previous, value)
    return total if roman_numeral(total) == numeral else None


def roman_numeral(number: int) -> str:
    written = ""
    for value, letters in ROMAN_PARTS:
        count, number = divmod(number, value)
        written += letters * count
    return written


def in_words(number: float, language: str, **form: str | bool) -> str:
    """num2words, or the digits when it does not know the language or the form."""
    try:
        return num2words(number, lang=language, **form)
    except (NotImplementedError, OverflowError, ValueError, TypeError, KeyError):
        return str(number)


def german_ordinal(day: int) -> str:
    """`12.` before a month, as said after "am", "vom", "zum": zwölften."""
    return in_words(day, "de", to="ordinal") + "n"


def say_german_ordinal(match: re.Match) -> str:
    """`die 2. Liga` -> die zweite Liga; `im 3. Quartal` -> im dritten Quartal."""
    following = match.string[match.end() :].split(maxsplit=1)
    if following and following[0].lower() in GERMAN_OPENERS and following[0] not in ORDINAL_AND:
        return match.group(0)  # the sentence ends after the number
    before = match.string[: match.start()].split()
    while len(before) > 1 and before[-1] in ORDINAL_AND and re.fullmatch(r"\d{1,3}\.", before[-2]):
        before = before[:-2]  # the words before the first ordinal of a pair decide the second's ending
    dative = before and (
        before[-1].lower() in GERMAN_DATIVE
        or (before[-1] == "der" and len(before) > 1 and before[-2].lower() in GERMAN_PREPOSITIONS)
    )
    return f"{in_words(int(match.group(1)), 'de', to='ordinal')}{'n' if dative else ''} "


def say_french_clock(match: re.Match) -> str:
    """`14h30` -> quatorze heures trente; `1h` -> une heure."""
    minutes = int(match.group(2)) if match.group(2) else 0
    return french_time(int(match.group(1)), minutes)


def french_time(hours: int, minutes: int) -> str:
    """quatorze heures trente; une heure, zéro heure (a single hour, or none, is singular)."""
    words = {0: "zéro heure", 1: "une heure"}.get(hours) or re.sub(r"\bun$", "une", in_words(hours, "fr")) + " heures"
    return f"{words} {in_words(minutes, 'fr')}" if minutes else words


def say_portuguese_clock(match: re.Match) -> str:
    """`9h` -> nove horas, `1h` -> uma hora, `14h30` -> catorze e trinta."""
    hours = int(match.group(1))
    words = before_noun(in_words(hours, "pt"), "pt", feminine=True)
    if match.group(2) and int(match.group(2)):
        return f"{words} e {in_words(int(match.group(2)), 'pt')}"
    return f"{words} {'hora' if hours == 1 else 'horas'}"


def say_russian_clock(match: re.Match) -> str:
    """`15:30` -> пятнадцать тридцать; `9:05` -> девять ноль пять; `15:00` -> пятнадцать ноль-ноль,
    as a Russian newsreader gives the time."""
    hours, minutes = int(match.group(1)), int(match.group(2))
    said = {0: "ноль-ноль"}.get(minutes) or f"{'ноль ' if minutes < 10 else ''}{in_words(minutes, 'ru')}"
    return f"{in_words(hours, 'ru')} {said}"


def say_russian_day(match: re.Match) -> str:
    """A day of the month in the case the words around it ask: a date something happens on is
    genitive (`1 мая` -> первого мая), `к 1 мая` dative, `на`/`по 1 мая` accusative; a day
    named (`Сегодня 1 мая`, `12 апреля — День космонавтики`) is nominative."""
    before = match.string[: match.start()].split()
    case = RUSSIAN_DAY_CASES.get(before[-1].lower() if before else "", "genitive")
    if NAMED_DAY.match(match.string, match.end()):
        case = "nominative"
    return in_words(int(match.group(1)), "ru", to="ordinal", gender="n", case=case)


def say_russian_date(match: re.Match) -> str:
    """`05.10.2018` -> 5 октября 2018 года, for the day and year rules to say in their forms."""
    day, month, year = int(match.group(1)), int(match.group(3)), match.group(4)
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return match.group(0)
    following = match.string[match.end() :].lstrip()
    noun = "" if following.startswith(("г.", "год")) else " года"  # `05.10.2018 г.` says it once
    return f"{day} {RUSSIAN_MONTHS.split('|')[month - 1]} {year}{noun}"


def say_regnal(match: re.Match, language: str) -> str:
    """`Louis XIV` -> Louis quatorze (premier for I); `Felipe VI` -> Felipe sexto (ordinals
    to ten, then cardinals, as Spanish, Portuguese and Italian say them)."""
    value = roman_value(match.group(2))
    if not value or value > 40:
        return match.group(0)
    if language == "fr":
        return f"{match.group(1)} {'premier' if value == 1 else in_words(value, 'fr')}"
    return f"{match.group(1)} {in_words(value, language, to='ordinal') if value <= 10 else in_words(value, language)}"


def say_russian_year(match: re.Match) -> str:
    """`в 2019 году` -> в две тысячи девятнадцатом году; `в 1998 г.` is read `году` too."""
    noun = match.group(2)
    if noun == "г.":
        before = match.string[: match.start()].split()
        noun = "году" if before and before[-1].lower() == "в" else "года"
    return f"{in_words(int(match.group(1)), 'ru', to='ordinal', case=YEAR_CASES[noun])} {noun}"


def say_russian_ordinal(match: re.Match) -> str:
    """`на 3-м этаже` -> на третьем этаже; `с 3-м местом` -> с третьим местом; `5-я глава` -> пятая."""
    case, gender = RUSSIAN_ORDINAL_FORMS[match.group(2)]
    if case == "prepositional" and INSTRUMENTAL_BEFORE.search(match.string[: match.start()]):
        case = "instrumental"
    return in_words(int(match.group(1)), "ru", to="ordinal", case=case, gender=gender)


def say_russian_century(match: re.Match) -> str:
    """`XXI век` -> двадцать первый век; `в XX веке` -> в двадцатом веке."""
    value = roman_value(match.group(1))
    if value is None:
        return match.group(0)
    case = CENTURY_CASES.get(match.group(2))
    if case is None:  # веков, веках: the centuries, plural
        return in_words(value, "ru", to="ordinal", case="genitive", plural=True)
    return in_words(value, "ru", to="ordinal", case=case)


def say_russian_regnal(match: re.Match) -> str:
    """`Пётр I` -> Пётр Первый (the name in the nominative: a case this rule can tell)."""
    value = roman_value(match.group(2))
    if value is None:
        return match.group(0)
    return f"{match.group(1)} {in_words(value, 'ru', to='ordinal').capitalize()}"


def say_russian_unit(match: re.Match) -> str:
    """`5 км` -> пять километров: the unit in the form the number asks for; after a fraction,
    `2,5 млрд` -> две целых пять десятых миллиарда, the form after two. After a preposition that
    asks the genitive, both are genitive: `до 2,5 млрд` -> до двух целых пяти десятых миллиарда,
    `до -15 °C` -> до минус пятнадцати градусов Цельсия. A shortened unit's period that also
    ends the sentence (`пришли 25 чел.`) still ends it."""
    whole, fraction, unit = re.sub(r"\s", "", match.group(1)), match.group(2), match.group(3)
    if unit == "г" and len(match.group(1)) == 4:  # в 2019 г: a year, not grams
        return match.group(0)
    forms = RUSSIAN_UNITS[unit]
    genitive = GENITIVE_BEFORE.search(match.string[: match.start()])
    if fraction and genitive and len(fraction) in DECIMAL_PLACES:
        words = f"{genitive_decimal(int(whole), fraction)} {forms[1]}"
    elif fraction:
        words = f"{in_words(float(f'{whole}.{fraction}'), 'ru')} {forms[1]}"
    elif not genitive:
        words = f"{in_words(int(whole), 'ru')} {plural_form(int(whole), forms)}"
    else:
        number, gender = int(whole), "f" if unit in FEMININE_UNITS else "m"
        words = (
            f"{in_words(number, 'ru', case='genitive', gender=gender)} {forms[1] if ends_in_one(number) else forms[2]}"
        )
    ends = unit.endswith(".") and not match.string[match.end() :].strip()
    return words + ("." if ends else "")


def genitive_decimal(whole: int, fraction: str) -> str:
    """`2,5` in the genitive: двух целых пяти десятых (a fraction's parts are feminine)."""

    def part(number: int, forms: tuple[str, str]) -> str:
        return f"{in_words(number, 'ru', case='genitive', gender='f')} {forms[0] if ends_in_one(number) else forms[1]}"

    return f"{part(whole, ('целой', 'целых'))} {part(int(fraction), DECIMAL_PLACES[len(fraction)])}"


def say_russian_decade(match: re.Match) -> str:
    """`в 1990-х годах` -> в тысяча девятьсот девяностых годах; `90-е` -> девяностые."""
    form = "genitive" if match.group(0).endswith("х") else "nominative"
    return in_words(int(match.group(1)), "ru", to="ordinal", case=form, plural=True)


def say_date(match: re.Match, language: str) -> str:
    day, month, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return match.group(0)
    name, year_words = (
        MONTH_NAMES[language][month - 1],
        in_words(year, language, to="year" if language == "de" else "cardinal"),
    )
    if language == "de":
        return f"{german_ordinal(day)} {name} {year_words}"
    return f"{day_and_month(day, name, language)}{' de' if language in ('es', 'pt') else ''} {year_words}"


def say_month_year(match: re.Match, language: str) -> str:
    """`01/2023` -> Januar zweitausenddreiundzwanzig, enero de dos mil veintitrés."""
    name = MONTH_NAMES[language][int(match.group(1)) - 1]
    year_words = in_words(int(match.group(2)), language, to="year" if language == "de" else "cardinal")
    return f"{name}{' de' if language in ('es', 'pt') else ''} {year_words}"


def say_day_month(match: re.Match, language: str) -> str:
    """`15/03` -> quinze de março, le premier mai (01/05): a date without its year."""
    day, month = int(match.group(1)), int(match.group(2))
    if not 1 <= day <= 31:
        return match.group(0)
    return day_and_month(day, MONTH_NAMES[language][month - 1], language)


def day_and_month(day: int, name: str, language: str) -> str:
    """The day and the month's name as French, Spanish, Portuguese and Italian say them."""
    if language in ("fr", "it") and day == 1:
        return f"{'premier' if language == 'fr' else 'primo'} {name}"
    return f"{in_words(day, language)}{' de' if language in ('es', 'pt') else ''} {name}"


def say_clock(match: re.Match, language: str) -> str:
    hours, minutes = int(match.group(1)), int(match.group(2))
    if language == "fr":
        return french_time(hours, minutes)
    only_hours, pattern = HOUR_WORD[language]
    hour = before_noun(in_words(hours, language), language, feminine=language != "de")  # ein Uhr, la una, duas
    if minutes == 0:
        return f"{hour} {only_hours}".strip()
    return pattern.format(h=hour, m=in_words(minutes, language))


def number_words(match: re.Match, language: str) -> str:
    written = re.sub(r"\D", "", match.group(1))
    if len(written) > 15:  # an identifier, not an amount: the voice reads it
        return match.group(0)
    whole = int(written)
    try:
        words = num2words(whole, lang=language)
    except (NotImplementedError, OverflowError, ValueError):
        return match.group(0)  # the voice reads digits in its own language
    following = NEXT_WORD.match(match.string, match.end())
    if following and not match.group(2):
        words = agree(words, following.group(1), language)
    if match.group(2):
        fraction = match.group(2)
        if language in POINT_WORD and match.group(0)[len(match.group(1))] == ".":
            said = in_words(int(fraction), language) if fraction[0] != "0" else digits(fraction, language)
            return f"{words} {POINT_WORD[language]} {said}"
        if language in DECIMAL_WORD:  # after the comma, each digit: 3,50 is drei Komma fünf null
            if language != "de" and len(fraction) == 2 and fraction[0] != "0":  # 10,75: dez vírgula setenta e cinco
                return f"{words} {DECIMAL_WORD[language]} {in_words(int(fraction), language)}"
            return f"{words} {DECIMAL_WORD[language]} {digits(fraction, language)}"
        return in_words(float(f"{whole}.{match.group(2)}"), language)
    return words
