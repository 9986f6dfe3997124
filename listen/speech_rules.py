"""Speech text for languages without rules of their own: numbers read in the language.

For German, French, Spanish, Portuguese and Italian also the forms a page writes its own way:
numeric dates (`01.01.2019`, `05/10/2018`: day first), clock times (`00:13`), German ordinals
before a month (`am 12. September`), decimals with a comma (`3,50`: each digit after it), and
thousands with a dot (`40.000`). Russian numbers take the genitive after the prepositions that
govern it (`около 40 граммов`: сорока), an approximation of full agreement. Anything a rule
cannot decide is left for the voice as written.
"""

from __future__ import annotations

import re

from num2words import num2words

NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:[,.\s]\d{3})+|\d+)(?:[.,](\d+))?(?!\w)")
MARKUP = re.compile(r"<[^<>]{0,200}>|\[\[|\]\]")
NUMERIC_DATE = re.compile(r"(?<![\w.,/])(\d{1,2})([./])(\d{1,2})\2((?:1[5-9]|20)\d\d)(?![\w.,/]\d)")
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
HOUR_WORD = {"de": ("Uhr", "{h} Uhr {m}"), "fr": ("heures", "{h} heures {m}"), "es": ("", "{h} y {m}"),
             "pt": ("", "{h} e {m}"), "it": ("", "{h} e {m}")}  # fmt: skip
GERMAN_ORDINAL_DATE = re.compile(rf"(?<![\w.])(\d{{1,2}})\.\s+({'|'.join(MONTH_NAMES['de'])})\b")
# Russian prepositions after which a number takes the genitive case.
RUSSIAN_GENITIVE = re.compile(
    r"(?i)\b(около|от|до|более|менее|свыше|после|без|для|из|с|у|вокруг|кроме|против)\s+(\d+)(?!\s*[.,]\d)\b"
)


def normalize(sentence: str, language: str) -> str:
    """Markup dropped, dates, times and numbers in words where num2words knows the language."""
    text = MARKUP.sub(" ", sentence)
    if language in MONTH_NAMES:
        text = NUMERIC_DATE.sub(lambda match: say_date(match, language), text)
        text = CLOCK.sub(lambda match: say_clock(match, language), text)
    if language == "de":
        text = GERMAN_ORDINAL_DATE.sub(lambda match: f"{german_ordinal(int(match.group(1)))} {match.group(2)}", text)
    if language == "ru":
        text = RUSSIAN_GENITIVE.sub(
            lambda match: f"{match.group(1)} {in_words(int(match.group(2)), 'ru', case='genitive')}", text
        )
    text = NUMBER.sub(lambda match: number_words(match, language), text)
    return re.sub(r"\s{2,}", " ", text).strip()


def in_words(number: float, language: str, **form: str) -> str:
    """num2words, or the digits when it does not know the language or the form."""
    try:
        return num2words(number, lang=language, **form)
    except (NotImplementedError, OverflowError, ValueError, TypeError, KeyError):
        return str(number)


def german_ordinal(day: int) -> str:
    """`12.` before a month, as said after "am", "vom", "zum": zwölften."""
    return in_words(day, "de", to="ordinal") + "n"


def say_date(match: re.Match, language: str) -> str:
    day, month, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return match.group(0)
    name, year_words = MONTH_NAMES[language][month - 1], in_words(year, language)
    if language == "de":
        return f"{german_ordinal(day)} {name} {year_words}"
    if language in ("fr", "it") and day == 1:
        return f"{'premier' if language == 'fr' else 'primo'} {name} {year_words}"
    if language in ("es", "pt"):
        return f"{in_words(day, language)} de {name} de {year_words}"
    return f"{in_words(day, language)} {name} {year_words}"


def say_clock(match: re.Match, language: str) -> str:
    hours, minutes = int(match.group(1)), int(match.group(2))
    only_hours, pattern = HOUR_WORD[language]
    if minutes == 0:
        return f"{in_words(hours, language)} {only_hours}".strip()
    return pattern.format(h=in_words(hours, language), m=in_words(minutes, language))


def number_words(match: re.Match, language: str) -> str:
    digits = re.sub(r"\D", "", match.group(1))
    if len(digits) > 15:  # an identifier, not an amount: the voice reads it
        return match.group(0)
    whole = int(digits)
    try:
        words = num2words(whole, lang=language)
    except (NotImplementedError, OverflowError, ValueError):
        return match.group(0)  # the voice reads digits in its own language
    if match.group(2):
        if language in DECIMAL_WORD:  # after the comma, each digit: 3,50 is drei Komma fünf null
            digits = " ".join(in_words(int(digit), language) for digit in match.group(2))
            return f"{words} {DECIMAL_WORD[language]} {digits}"
        return in_words(float(f"{whole}.{match.group(2)}"), language)
    return words
