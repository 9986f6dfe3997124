"""Abbreviations of German, French, Spanish, Portuguese and Italian pages, said in full.

A newsreader says "Millionen" for `Mio.` and "señor" for `Sr.`; a voice would spell them or
stop at their period as at a sentence's end. They are expanded before a paragraph is split
into sentences (speech.spoken_sentences), so that their periods end no sentence, and only
where they stand as words of their own (`Dr.` in `Dr. Müller`, not inside `Fahrradr.`).
English has its own, decided from the words around them (speech_en).
"""

from __future__ import annotations

import re
from functools import cache

from .speech_rules import MONTH_NAMES, in_words, roman_value

SPOKEN = {
    "de": {
        "Mio.": "Millionen", "Mrd.": "Milliarden", "Tsd.": "Tausend", "ca.": "circa", "Ca.": "Circa",
        "z.B.": "zum Beispiel", "Z.B.": "Zum Beispiel",
        "z. B.": "zum Beispiel", "bzw.": "beziehungsweise", "Dr.": "Doktor", "Prof.": "Professor",
        "Nr.": "Nummer", "Tel.": "Telefon", "usw.": "und so weiter", "u.a.": "unter anderem",
        "u. a.": "unter anderem", "d.h.": "das heißt", "d. h.": "das heißt", "v.a.": "vor allem",
        "Jh.": "Jahrhundert", "inkl.": "inklusive", "evtl.": "eventuell", "ggf.": "gegebenenfalls",
        "bzgl.": "bezüglich", "vgl.": "vergleiche", "sog.": "sogenannte", "Str.": "Straße", "St.": "Sankt",
        "Abs.": "Absatz", "Hbf.": "Hauptbahnhof", "v. Chr.": "vor Christus", "n. Chr.": "nach Christus",
        "Art.": "Artikel", "bspw.": "beispielsweise", "z.T.": "zum Teil", "z. T.": "zum Teil",
        "i.d.R.": "in der Regel", "i. d. R.": "in der Regel", "u.U.": "unter Umständen", "u. U.": "unter Umständen",
        "zzgl.": "zuzüglich", "MwSt.": "Mehrwertsteuer", "geb.": "geboren", "gest.": "gestorben", "Std.": "Stunden",
    },
    "fr": {
        "MM.": "Messieurs", "Mme": "Madame", "Mmes": "Mesdames", "Mlle": "Mademoiselle", "p. ex.": "par exemple",
        "c.-à-d.": "c'est-à-dire", "env.": "environ", "etc.": "et cetera", "av. J.-C.": "avant Jésus-Christ",
        "apr. J.-C.": "après Jésus-Christ", "n°": "numéro", "M€": "millions d'euros", "Md€": "milliards d'euros",
        "tél.": "téléphone", "Tél.": "Téléphone", "art.": "article", "Mgr": "Monseigneur", "hab.": "habitants",
    },
    "es": {
        "Sr.": "señor", "Sra.": "señora", "Srta.": "señorita", "Dr.": "doctor", "Dra.": "doctora",
        "EE.UU.": "Estados Unidos", "EE. UU.": "Estados Unidos", "p. ej.": "por ejemplo", "núm.": "número",
        "aprox.": "aproximadamente", "etc.": "etcétera", "Ud.": "usted", "Uds.": "ustedes", "a. C.": "antes de Cristo",
        "d. C.": "después de Cristo", "C/": "calle", "Avda.": "avenida", "Av.": "avenida", "mill.": "millones",
        "min": "minutos", "art.": "artículo", "tel.": "teléfono", "Tel.": "Teléfono", "pág.": "página",
        "Gral.": "general", "Lic.": "licenciado", "Ing.": "ingeniero",
    },
    "pt": {
        "Sr.": "senhor", "Sra.": "senhora", "Dr.": "doutor", "Dra.": "doutora", "p. ex.": "por exemplo",
        "etc.": "et cetera", "n.º": "número", "nº": "número", "aprox.": "aproximadamente", "a.C.": "antes de Cristo",
        "d.C.": "depois de Cristo", "EUA": "Estados Unidos", "séc.": "século", "Av.": "Avenida", "min": "minutos",
        "art.": "artigo", "tel.": "telefone", "Tel.": "Telefone", "pág.": "página", "Prof.": "professor",
        "Profa.": "professora", "Dep.": "deputado", "Sen.": "senador",
    },
    "it": {
        "Sig.": "signor", "Sig.ra": "signora", "Dott.": "dottor", "Dott.ssa": "dottoressa", "Prof.": "professor",
        "ecc.": "eccetera", "p. es.": "per esempio", "on.": "onorevole", "a.C.": "avanti Cristo",
        "d.C.": "dopo Cristo", "mln": "milioni", "mld": "miliardi", "sec.": "secolo", "min": "minuti",
        "art.": "articolo", "tel.": "telefono", "Tel.": "Telefono", "pag.": "pagina", "Avv.": "avvocato",
        "Ing.": "ingegner", "Mons.": "monsignor",
    },
    "ru": {
        "т.е.": "то есть", "т. е.": "то есть", "т.ч.": "том числе", "т. ч.": "том числе", "т.к.": "так как",
        "т. к.": "так как", "т.д.": "так далее", "т. д.": "так далее", "т.п.": "тому подобное",
        "т. п.": "тому подобное", "и др.": "и другие", "тел.": "телефон", "ул.": "улица", "им.": "имени",
        "напр.": "например", "проф.": "профессор", "обл.": "область", "ген.": "генерал",
        "млн руб.": "млн рублей", "млрд руб.": "млрд рублей", "трлн руб.": "трлн рублей", "тыс. руб.": "тыс. рублей",
        "млн долл.": "млн долларов", "млрд долл.": "млрд долларов",
    },
}  # fmt: skip
# A magnitude after exactly one is singular: 1 Mio. -> 1 Million, 1 M€ -> 1 million d'euros.
ONE_OF = {
    "de": {"Millionen": "Million", "Milliarden": "Milliarde"},
    "fr": {"millions": "million", "milliards": "milliard"},
    "es": {"millones": "millón"},
    "it": {"milioni": "milione", "miliardi": "miliardo"},
}
# French `M.` before a name (M. Macron: Monsieur), not an initial after a first name (Jean M.
# Dupont); German `S.` before a number (S. 45: Seite).
FRENCH_MISTER = re.compile(r"(?<![\w.])M\.(?= [A-ZÀ-Ý][a-zà-ÿ])")
GERMAN_PAGE = re.compile(r"\bS\.(?= \d)")
GERMAN_STREET = re.compile(r"(?<=[a-zäöüß])str\.(?=\s)")  # Hauptstr. 5 -> Hauptstraße 5
# A German day and month without the year: am 3.10. -> am 3. Oktober (then said dritten).
GERMAN_DAY_MONTH = re.compile(r"(?<![\w.])(\d{1,2})\.(\d{1,2})\.(?![\d\w])")
# A German weekday shortened before its date: am Mo., 12.03. / Fr. 5. Mai -> Montag, Freitag.
GERMAN_WEEKDAY = re.compile(r"\b(Mo|Di|Mi|Do|Fr|Sa|So)\.(?=,? \d)")
GERMAN_WEEKDAYS = {
    day[:2]: day for day in ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
}
# A Spanish ordinal's periods (el 1.er premio, el 3er. puesto) end no sentence: el 1er premio.
SPANISH_ORDINAL = re.compile(r"(?<![\w.])(\d{1,3})\.?er\.?(?=\s)")
# A German ruler's numeral, written with the ordinal's period: Karl V., Papst Benedikt XVI.
GERMAN_REGNAL = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+) ([IVXL]{1,6})\.(?=\s|$)")


@cache
def pattern(language: str) -> re.Pattern[str]:
    """The language's abbreviations, longest first, each standing as a word of its own."""
    written = sorted(SPOKEN[language], key=len, reverse=True)
    return re.compile(rf"(?<![\w.])({'|'.join(re.escape(word) for word in written)})(?![\w])")


def expand(paragraph: str, language: str) -> str:
    """`paragraph` with the language's abbreviations in full; one that ends the paragraph keeps
    a period, as the sentence's end."""
    if language not in SPOKEN:
        return paragraph
    spoken = SPOKEN[language]

    def say(match: re.Match) -> str:
        ends = match.group(1).endswith(".") and not match.string[match.end() :].strip()
        return spoken[match.group(1)] + ("." if ends else "")

    paragraph = pattern(language).sub(say, paragraph)
    if language in ONE_OF:
        singular = ONE_OF[language]
        paragraph = re.sub(
            rf"(?<![\d.,])1 ({'|'.join(singular)})\b", lambda match: f"1 {singular[match.group(1)]}", paragraph
        )
    if language == "es":
        paragraph = SPANISH_ORDINAL.sub(r"\1er", paragraph)
    if language == "fr":
        paragraph = FRENCH_MISTER.sub(french_mister, paragraph)
    if language == "de":
        paragraph = GERMAN_PAGE.sub("Seite", GERMAN_STREET.sub("straße", paragraph))
        paragraph = GERMAN_WEEKDAY.sub(lambda match: GERMAN_WEEKDAYS[match.group(1)], paragraph)
        paragraph = GERMAN_DAY_MONTH.sub(german_day_month, paragraph)
        paragraph = GERMAN_REGNAL.sub(german_regnal, paragraph)
    return paragraph


def french_mister(match: re.Match) -> str:
    """Monsieur, unless a first name stands before it: a capital word that does not open its
    sentence (`Selon M. Dupont` opens one)."""
    before = match.string[: match.start()].split()
    opens = len(before) < 2 or before[-2].endswith((".", ":", "!", "?", "»"))
    return match.group(0) if before and before[-1][:1].isupper() and not opens else "Monsieur"


def german_day_month(match: re.Match) -> str:
    day, month = int(match.group(1)), int(match.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return match.group(0)
    return f"{day}. {MONTH_NAMES['de'][month - 1]}"


def german_regnal(match: re.Match) -> str:
    """`Karl V.` -> Karl der Fünfte; the period stays where it ends the paragraph."""
    value = roman_value(match.group(2))
    if not value or value > 40:
        return match.group(0)
    ends = not match.string[match.end() :].strip()
    return f"{match.group(1)} der {in_words(value, 'de', to='ordinal').capitalize()}" + ("." if ends else "")
