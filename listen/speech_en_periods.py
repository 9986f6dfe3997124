"""English periods that end no sentence, made plain before a paragraph is split into sentences.

The sentence splitter (speech.py) takes a period before a space for a sentence end. An
abbreviation's period is not one ("2 tbsp. sugar", "vs. the", "Gov.-elect", "Tues.-Sun.", "mid-Oct.
and"): each is said in full or loses its period here, so that the sentence goes on, and the
rules of speech_en.py read it after.
"""

from __future__ import annotations

import re

from .speech_en import (
    ABBREVIATIONS,
    AMOUNT_UNITS,
    AP_STATES,
    CIRCA,
    MONTH,
    MONTHS,
    NUMBERED_REFERENCE,
    SENTENCE_OPENERS,
    TIME_ZONES,
    WEEKDAY_NAMES,
    range_joiner,
    say_reference,
)

# Titles that are only ever titles before a name (Pfc. Jose Diaz, Ald. Ed Burke, Fr. Michael
# Pfleger, Sr. Mary Jones, V.P. Harris; and Pt. Reyes, a point's name): said in full, their
# period no sentence end. Del. after a town's comma is Delaware, Sr. after a name its Senior.
NAME_TITLE = re.compile(r"\b(Pfc|Spc|Ald|Comm|Treas|Fr|Messrs|Mmes|Del|Sr|Drs|Pt|V\.P)\. (?=[A-Z][a-z])")
NAME_TITLES = {
    "Pfc": "Private First Class", "Spc": "Specialist", "Ald": "Alderman", "Comm": "Commissioner",
    "Treas": "Treasurer", "Fr": "Father", "Messrs": "Messrs", "Mmes": "Mesdames", "Del": "Delegate", "Sr": "Sister",
    "Drs": "Doctors", "Pt": "Point", "V.P": "Vice President",
}  # fmt: skip
# Titles the sentence splitter does not know: their dot before a name is not a sentence's end.
TITLE_DOT = re.compile(r"\b(Atty|Supt|Det|Pres|Sec|Cpl|Pvt|Adm|Maj|Amb|Asst|Insp|Msgr|Ft|Brig|Cllr|Hon)\.(?= [A-Z])")
# Titles the splitter would cut: Gov.-elect Jones, the Rt. Hon. Theresa May.
ELECT_TITLE = re.compile(r"\b(Gov|Sen|Rep|Pres)\.-(elect|designate)\b")
RIGHT_HONOURABLE = re.compile(r"\bRt\.? Hon\.?(?= [A-Z])")
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|tomorrow"  # after "p.m.": it goes on
# A dot that ends an abbreviation, not a sentence, where the splitter would take it for one:
# before a small letter or a number ("2 tbsp. sugar", "vs. the"), and a result's "d." (beat).
NOT_SENTENCE_ENDS = AMOUNT_UNITS | {
    "yr",
    "yrs",
    "yd",
    "yds",
    "hr",
    "hrs",
    "min",
    "mins",
    "sec",
    "secs",
    "ft",
    "mi",
    "mos",
    "sq",
    "approx",
    "Approx",
    "vs",
    "etc",
    "pt",
    "pts",
    "doz",
    "govt",
    "cal",
    "wk",
    "wks",
    "reb",
    "rebs",
    "ast",
    "asts",
    "qtr",
    "qtrs",
    "Ed",
    "esp",
    "incl",
    "al",
    "Utd",
    "ext",
    "Apt",
    "Ste",
}
STREET_SUFFIXES = {"Ave", "Rd", "Blvd", "Pkwy", "Ln", "Ct", "Ctr"}  # after a street's name: 100 E. Main Blvd. Suite 200
SENTENCE_GOES_ON = re.compile(r"\s+[a-z0-9]|\s*[;,)]")  # after a period: a small letter, a number, a comma
ABBREVIATION_DOT = re.compile(
    rf"\b({'|'.join(sorted(NOT_SENTENCE_ENDS | STREET_SUFFIXES, key=len, reverse=True))})\."
    rf"(?={SENTENCE_GOES_ON.pattern}|[?!]|\s+(?:Suite|Ste|Apt|Unit|Room|Floor)\b|\s+\(\d)"  # 1 pkg. (8 oz.), etc.?
)
RESULT = re.compile(r"(?<=[a-z]) (?:d|def)\. (?=[A-Z])")  # Palm Bay d. Rockledge, Westfield def. Northview
COUNTY = re.compile(r"\b([a-z]+,? )Co\. (?=[A-Z][a-z])")  # "born in Co. Cork", not "Ford Motor Co."
# A market data code with a leading dot, as wire stories leave it in the text (`gauge of stocks
# .MIWD00000PUS rose`): not read, and its dot is no sentence end. Short ones (.NET) are words.
DOTTED_MARKET_CODE = re.compile(  # <.DXY>, .MIWD00000PUS, .N225, the S&P 500 .SPX rose
    r"\s?<\.[A-Z0-9][A-Z0-9.^=]{1,15}>"
    r"|\s?(?<![\w.(])\.(?:[A-Z][A-Z0-9]{4,}|[A-Z]{1,3}\d{2,4}|(?!NET|COM|ORG|GOV|EDU)[A-Z]{3}(?= [a-z]))\b"
)
DOT_NET = re.compile(r"(?<![\w.])\.NET\b")  # Microsoft's platform: "dot net", not a sentence end
# A recipe's cup: 2 c. milk -> 2 cups of milk (a "c." anywhere else is not one).
RECIPE_CUP = re.compile(r"(?<![\w/])(\d+(?:/\d+)?) c\.(?= [a-z])")
# A month's abbreviation before a year (in Feb. 2006): its period is no sentence end.
MID_MONTH_DOT = re.compile(rf"\b(mid-(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec))\.(?={SENTENCE_GOES_ON.pattern})")
MONTH_BEFORE_YEAR = re.compile(r"\b(Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.(?=\s(?:1[5-9]|20)\d\d\b)")
# p.m. before a time zone, a weekday or a small letter (9p.m. announcing): no sentence end.
TIME_ZONE_DOT = re.compile(rf"(?<=(?<![A-Za-z])[aApP]\.[mM])\.(?=\s+(?:(?:{TIME_ZONES}|{WEEKDAYS})\b|[a-z]))")
# A weekday shortened (Tues., on Wed. and Thurs.): said in full, its period no sentence end
# unless a capital follows. Mon., Sat. and Sun. ("told the Sun.") only after a preposition or a
# time, or where the sentence goes on (spoke Sat. in Austin).
SHORT_WEEKDAY = re.compile(
    r"(\b(?:(?i:on|by|until|since|from|through|last|next|this|before|after|and|or)|\d{1,2}(?::\d\d)?\s?[ap]\.?m\.?)"
    r" )?\b(Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun)\."
)
ONLY_WEEKDAYS = {"Tue", "Tues", "Thu", "Thurs", "Fri"}
# A measure of area as a modifier: a 3,400-sq.-ft. home -> a 3,400-square-foot home.
SQUARE_MODIFIER = re.compile(r"(?<=\d)-sq\.?-(ft|m|mi|km)\b(?:\.(?=\s+[a-z]))?")
SQUARE_UNITS = {"ft": "foot", "m": "metre", "mi": "mile", "km": "kilometre"}
# A period after capitals before a small word is part of a name, not a sentence end: all ID. models.
CAPITALS_DOT = re.compile(r"\b([A-Z]{2,5})\.(?= [a-z])")
# An abbreviation's period before an owner's 's (Microsoft Corp.'s Zune): neither said nor an end.
POSSESSIVE_DOT = re.compile(r"\b([A-Z][a-z]{1,4})\.(?=['’]s\b)")
# An apostrophe the page's encoding turned into a question mark (won?t, American?s -> won't), or that
# the page set as a prime (I′ve, the B-2′s engines), before what follows an apostrophe.
LOST_APOSTROPHE = re.compile(r"(?:(?<=[A-Za-z])\?|(?<=[A-Za-z0-9])′)(?=(?:s|t|re|ve|ll|d|m)\b)")
# A title after the quotation mark that opens a paragraph ("Mr. Granger removed ...): the
# splitter takes its period for a sentence end there, and the name is cut from its title.
QUOTED_TITLE = re.compile(r"^([\"“‘'(]\s?(?:Mr|Mrs|Ms|Dr|St|Prof|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Rev))\.(?= [A-Z])")
SATURATED_FAT = re.compile(r"\b[Ss]at\. fat\b")  # a nutrition panel's: not Saturday, no sentence end
# ... and its other shortenings after an amount: 12g fat (3g sat.), 35mg chol., 30g carb., 5g pro.
NUTRIENT = re.compile(r"(\d ?m?g) (sat|chol|carbs?|prot?|fib|sod)\.(?=[\s,;)]|$)")
NUTRIENTS = {"sat": "saturated fat", "chol": "cholesterol", "carb": "carbohydrates", "carbs": "carbohydrates",
             "pro": "protein", "prot": "protein", "fib": "fiber", "sod": "sodium"}  # fmt: skip
RESOLUTION_DOT = re.compile(r"(?<=\.)Res\.(?= \d)")  # H.Res. 757: no sentence end
# The wire's "the co." and "est." before an amount: the co. reported ... vs. est. $3.2B.
THE_COMPANY = re.compile(r"\b([Tt]he) co\.(?= [a-z])")
ESTIMATED = re.compile(r"\best\.\s?(?=[$£€]\d)")
POINT_MODIFIER = re.compile(r"(?<=\d)-pt\.?(?=\s)")  # a 3-pt. shot: three-point
# A recipe's sizes after a number: 1 lg. onion, 2 med. carrots.
RECIPE_SIZE = re.compile(r"(?<=\d )(lg|lrg|med|sm)\.?(?= [a-z])")
RECIPE_SIZES = {"lg": "large", "lrg": "large", "med": "medium", "sm": "small"}
# A height's inches (5 ft. 4 in. tall): the period ends no sentence when the sentence goes on.
HEIGHT_INCHES_DOT = re.compile(r"(\b\d ?ft\.? \d{1,2} ?in)\.(?=\s+[a-z])")
# ... nor after a number's inches (12-18 in. of snow, 6 in. deep), which are said in full.
INCHES_DOT = re.compile(rf"(?<![\w.])(\d+(?:\.\d+)?(?:[-–]\d+(?:\.\d+)?)?)( ?|-)in\.(?={SENTENCE_GOES_ON.pattern})")
# ... and dimensions before what they measure: a 13x9-in. pan -> thirteen by nine-inch.
DIMENSIONS_MODIFIER = re.compile(r"\b(\d{1,3}) ?[x×] ?(\d{1,3})-(in|inch|ft|foot)\.?(?=\s+[a-z])")
# A range of months: Jan.-Feb., March-April -> January to February.
MONTH_RANGE = re.compile(
    rf"\b({MONTH.replace('(?P<month>', '(?:')})\s?[-–]\s?({MONTH.replace('(?P<month>', '(?:')})(?=[\s,;:.!?)]|$)"
)
# A weekday range (Tues.-Sun., Mon-Fri): Tuesday to Sunday.
WEEKDAY_RANGE = re.compile(
    r"\b(Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun)\.?\s?[-–]\s?(Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun)(\.?)(?!\w)"
)
PARTY_STATE_DOT = re.compile(rf"\b([DRI]-(?:{'|'.join(re.escape(state) for state in AP_STATES)}))\.(?=[,)])")


def before_split(paragraph: str) -> str:
    """What the sentence splitter must not take for a sentence end."""
    paragraph = DOT_NET.sub("dot net", DOTTED_MARKET_CODE.sub("", LOST_APOSTROPHE.sub("'", paragraph)))
    paragraph = POSSESSIVE_DOT.sub(r"\1", QUOTED_TITLE.sub(r"\1", paragraph))
    paragraph = ELECT_TITLE.sub(lambda match: f"{ABBREVIATIONS[match.group(1)]}-{match.group(2)}", paragraph)
    paragraph = RIGHT_HONOURABLE.sub("Right Honourable", paragraph)
    paragraph = RECIPE_CUP.sub(
        lambda match: f"{match.group(1)} {'cup' if match.group(1) == '1' else 'cups'} of", paragraph
    )
    paragraph = MONTH_BEFORE_YEAR.sub(lambda match: MONTHS[match.group(1)[:3].lower()], paragraph)
    paragraph = MID_MONTH_DOT.sub(r"\1", paragraph)  # mid-Oct. and: no sentence end
    paragraph = NUMBERED_REFERENCE.sub(say_reference, CIRCA.sub("circa ", ABBREVIATION_DOT.sub(r"\1", paragraph)))
    paragraph = SQUARE_MODIFIER.sub(lambda match: f"-square-{SQUARE_UNITS[match.group(1)]}", paragraph)
    paragraph = HEIGHT_INCHES_DOT.sub(r"\1", paragraph)
    paragraph = SATURATED_FAT.sub("saturated fat", paragraph)
    paragraph = NUTRIENT.sub(lambda match: f"{match.group(1)} {NUTRIENTS[match.group(2)]}", paragraph)
    paragraph = ESTIMATED.sub("estimated ", THE_COMPANY.sub(r"\1 company", paragraph))
    paragraph = POINT_MODIFIER.sub("-point", paragraph)
    paragraph = RECIPE_SIZE.sub(lambda match: RECIPE_SIZES[match.group(1)], paragraph)
    paragraph = INCHES_DOT.sub(say_inches, paragraph)
    paragraph = DIMENSIONS_MODIFIER.sub(
        lambda match: f"{match.group(1)} by {match.group(2)}-{'inch' if match.group(3)[0] == 'i' else 'foot'}",
        paragraph,
    )
    paragraph = WEEKDAY_RANGE.sub(say_weekday_range, paragraph)
    paragraph = MONTH_RANGE.sub(say_month_range, paragraph)
    paragraph = SHORT_WEEKDAY.sub(say_short_weekday, paragraph)
    paragraph = NAME_TITLE.sub(say_name_title, RESOLUTION_DOT.sub("Res", paragraph))
    paragraph = CAPITALS_DOT.sub(r"\1", paragraph)
    paragraph = TIME_ZONE_DOT.sub("", TITLE_DOT.sub(r"\1", PARTY_STATE_DOT.sub(r"\1", paragraph)))
    return COUNTY.sub(r"\1County ", RESULT.sub(" beat ", paragraph))


def say_name_title(match: re.Match) -> str:
    title, before = match.group(1), match.string[: match.start()]
    following = match.string[match.end() :].split(maxsplit=1)[0].lower()
    if (
        (title == "Del" and before.endswith(", "))
        or (title == "Sr" and re.search(r"[A-Z][a-z]+ $", before))
        or following in SENTENCE_OPENERS  # a sentence ends after it: ... of Del. The end.
    ):
        return match.group(0)
    return NAME_TITLES[title] + " "


def say_inches(match: re.Match) -> str:
    """`12-18 in. of snow` -> 12-18 inches; `1-in. cubes` -> 1-inch cubes (a modifier)."""
    if match.group(2) == "-":
        return f"{match.group(1)}-inch"
    return f"{match.group(1)} {'inch' if match.group(1) == '1' else 'inches'}"


def say_short_weekday(match: re.Match) -> str:
    before, day = match.group(1) or "", match.group(2)
    goes_on = SENTENCE_GOES_ON.match(match.string, match.end())
    if not (goes_on or before or day in ONLY_WEEKDAYS):
        return match.group(0)
    return before + WEEKDAY_NAMES[day[:3]] + ("" if goes_on else ".")


def say_month_range(match: re.Match) -> str:
    """`Jan.-Feb.` -> January to February (between January and February); its last period ends
    no sentence unless one would."""
    first, last = (MONTHS[match.group(month)[:3].lower()] for month in (1, 2))
    ends = match.group(2).endswith(".") and not SENTENCE_GOES_ON.match(match.string, match.end())
    return f"{first} {range_joiner(match)} {last}" + ("." if ends else "")


def say_weekday_range(match: re.Match) -> str:
    """`Tues.-Sun.` -> Tuesday to Sunday; its last period ends no sentence unless one would."""
    first, last = (WEEKDAY_NAMES[match.group(day)[:3]] for day in (1, 2))
    goes_on = not match.group(3) or SENTENCE_GOES_ON.match(match.string, match.end())
    return f"{first} {range_joiner(match)} {last}" + ("" if goes_on else ".")
