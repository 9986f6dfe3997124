"""English speech text: numbers, money, dates, units and abbreviations as a newsreader says them.

`normalize(sentence)` applies the rules below in order; each rule is a pattern and what it
becomes. Earlier rules handle the more specific forms (money before plain numbers, dates
before ranges), so a later rule never sees a form an earlier one should have read.
"""

from __future__ import annotations

import re

from num2words import num2words

from .language import stopwords
from .pronounceable import pronounceable
from .rewrite_rules import Replacement, RewriteRules
from .speech_rules import EMAIL, URL, roman_value, say_host

# --- tables -------------------------------------------------------------------------------

CURRENCIES = {  # symbol or code -> (singular, plural)
    "US$": ("US dollar", "US dollars"), "HK$": ("Hong Kong dollar", "Hong Kong dollars"),
    "A$": ("Australian dollar", "Australian dollars"), "C$": ("Canadian dollar", "Canadian dollars"),
    "NZ$": ("New Zealand dollar", "New Zealand dollars"), "S$": ("Singapore dollar", "Singapore dollars"),
    "$": ("dollar", "dollars"), "£": ("pound", "pounds"), "€": ("euro", "euros"),
    "¥": ("yen", "yen"), "₹": ("rupee", "rupees"), "₩": ("won", "won"), "₽": ("rouble", "roubles"),
    "RM": ("ringgit", "ringgit"),
    "USD": ("US dollar", "US dollars"), "EUR": ("euro", "euros"), "GBP": ("pound", "pounds"),
    "Rs.": ("rupee", "rupees"), "Rs": ("rupee", "rupees"), "INR": ("rupee", "rupees"),
}  # fmt: skip
MAGNITUDES = {
    "k": "thousand", "thousand": "thousand", "m": "million", "mn": "million", "mln": "million",
    "million": "million", "b": "billion", "bn": "billion", "bln": "billion", "billion": "billion",
    "t": "trillion", "tn": "trillion", "trln": "trillion", "trillion": "trillion", "lakh": "lakh", "crore": "crore",
}  # fmt: skip
# What is counted in millions after a bare "m" ("7m people"), and what follows a length ("1.9m tall").
MILLIONS_OF = frozenset({
    "people", "viewers", "users", "customers", "subscribers", "residents", "voters", "households", "homes", "jobs",
    "children", "adults", "patients", "deaths", "cases", "visitors", "tourists", "passengers", "workers", "copies",
    "downloads", "views", "followers", "members", "votes", "doses", "refugees", "readers", "listeners", "fans",
    "barrels", "tonnes", "tons", "acres", "hectares", "years", "shares", "vehicles", "cars", "devices", "accounts",
    "students", "pupils", "streams",
})  # fmt: skip
METRES_BEFORE = frozenset({"tall", "high", "long", "wide", "deep", "away", "apart", "ahead", "behind", "clear", "back", "per", "each"})  # fmt: skip
MONEY_MAGNITUDES = {**MAGNITUDES, "mm": "million"}  # finance writes $1.25mm; 35mm alone is millimetres
UNITS = {  # unit as written (case matters: 5G is not five grams) -> (singular, plural)
    "km/h": ("kilometre per hour", "kilometres per hour"), "kph": ("kilometre per hour", "kilometres per hour"),
    "ppg": ("point per game", "points per game"), "rpg": ("rebound per game", "rebounds per game"),
    "apg": ("assist per game", "assists per game"),
    "mph": ("mile per hour", "miles per hour"), "MPH": ("mile per hour", "miles per hour"),
    "m/s": ("metre per second", "metres per second"), "km": ("kilometre", "kilometres"),
    "cm": ("centimetre", "centimetres"), "mm": ("millimetre", "millimetres"), "m": ("metre", "metres"),
    "mi": ("mile", "miles"), "ft": ("foot", "feet"), "kg": ("kilogram", "kilograms"), "kgs": ("kilogram", "kilograms"),
    "g": ("gram", "grams"), "mg": ("milligram", "milligrams"), "lb": ("pound", "pounds"),
    "lbs": ("pound", "pounds"), "oz": ("ounce", "ounces"), "lb-ft": ("pound-foot", "pound-feet"),
    "t": ("tonne", "tonnes"), "l": ("litre", "litres"), "ml": ("millilitre", "millilitres"),
    "kWh": ("kilowatt hour", "kilowatt hours"), "kW": ("kilowatt", "kilowatts"),
    "MW": ("megawatt", "megawatts"), "GW": ("gigawatt", "gigawatts"), "W": ("watt", "watts"),
    "hp": ("horsepower", "horsepower"), "V": ("volt", "volts"), "Hz": ("hertz", "hertz"),
    "kHz": ("kilohertz", "kilohertz"), "MHz": ("megahertz", "megahertz"),
    "GHz": ("gigahertz", "gigahertz"), "Mhz": ("megahertz", "megahertz"), "Ghz": ("gigahertz", "gigahertz"),
    "Khz": ("kilohertz", "kilohertz"), "mhz": ("megahertz", "megahertz"), "ghz": ("gigahertz", "gigahertz"),
    "KB": ("kilobyte", "kilobytes"), "MB": ("megabyte", "megabytes"),
    "GB": ("gigabyte", "gigabytes"), "TB": ("terabyte", "terabytes"), "ms": ("millisecond", "milliseconds"),
    "msec": ("millisecond", "milliseconds"), "msecs": ("millisecond", "milliseconds"),
    "sec": ("second", "seconds"), "secs": ("second", "seconds"), "min": ("minute", "minutes"),
    "mins": ("minute", "minutes"), "hr": ("hour", "hours"), "hrs": ("hour", "hours"),
    "wpm": ("word per minute", "words per minute"), "WPM": ("word per minute", "words per minute"),
    "fps": ("frame per second", "frames per second"), "MP": ("megapixel", "megapixels"),
    "L": ("litre", "litres"), "mAh": ("milliamp hour", "milliamp hours"), "mA": ("milliamp", "milliamps"),
    "mpg": ("mile per gallon", "miles per gallon"),
    "tbsp": ("tablespoon", "tablespoons"), "Tbsp": ("tablespoon", "tablespoons"),
    "tsp": ("teaspoon", "teaspoons"), "qt": ("quart", "quarts"), "gal": ("gallon", "gallons"),
    "tbs": ("tablespoon", "tablespoons"), "Tbs": ("tablespoon", "tablespoons"),
    "pts": ("point", "points"), "tbsps": ("tablespoon", "tablespoons"), "tsps": ("teaspoon", "teaspoons"),
    "yr": ("year", "years"), "yrs": ("year", "years"), "kcal": ("calorie", "calories"),
    "reb": ("rebound", "rebounds"), "rebs": ("rebound", "rebounds"), "ast": ("assist", "assists"),
    "asts": ("assist", "assists"), "inn": ("inning", "innings"), "cal": ("calorie", "calories"),
    "pkg": ("package", "packages"), "pkgs": ("package", "packages"), "doz": ("dozen", "dozen"),
    "dL": ("decilitre", "decilitres"), "mcg": ("microgram", "micrograms"), "wk": ("week", "weeks"),
    "wks": ("week", "weeks"), "ppm": ("part per million", "parts per million"),
    "ppb": ("part per billion", "parts per billion"),
    "bp": ("basis point", "basis points"), "bps": ("basis point", "basis points"),
    "kbps": ("kilobit per second", "kilobits per second"), "Mbps": ("megabit per second", "megabits per second"),
    "Gbps": ("gigabit per second", "gigabits per second"), "yd": ("yard", "yards"), "yds": ("yard", "yards"),
    "mos": ("month", "months"), "sq ft": ("square foot", "square feet"), "sq. ft": ("square foot", "square feet"),
    "sq m": ("square metre", "square metres"), "sq. m": ("square metre", "square metres"),
    "sq km": ("square kilometre", "square kilometres"), "sq. km": ("square kilometre", "square kilometres"),
    "sq mi": ("square mile", "square miles"), "sq. mi": ("square mile", "square miles"),
}  # fmt: skip
# Units of an amount of stuff: "8 oz. cheese" is said "eight ounces of cheese".
AMOUNT_UNITS = {"g", "kg", "kgs", "mg", "lb", "lbs", "oz", "l", "ml", "tbsp", "Tbsp", "tbs", "Tbs", "tsp", "tbsps", "tsps", "qt",
                "gal", "t", "pkg", "pkgs"}  # fmt: skip
# Words after a number and unit that are not the thing measured ("5km to school", "5 oz. each",
# "60 lbs lost", "125 lbs later"), nor, after a second day, a thing counted (Nov. 7 & 8 in Austin).
FUNCTION_WORDS = {
    "of", "and", "or", "to", "in", "into", "per", "a", "an", "the", "each", "more", "less", "for", "at",
    "on", "with", "is", "are", "was", "were", "from", "by", "than", "as", "away", "long", "wide",
    "high", "deep", "tall", "old", "up", "down", "off", "over", "under", "ago", "before", "after",
    "this", "that", "these", "those", "which", "since", "even", "just", "last", "later", "earlier", "lost", "gained",
    "lighter", "heavier", "overweight", "underweight", "so", "then", "now", "yet", "still", "too", "total", "overall",
    "apiece", "when", "while", "if", "but", "because", "until", "next",
}  # fmt: skip
# A slash between two times is a choice: day/night, not "day per night".
SLASH_TIMES = {"day", "night", "week", "month", "year", "hour", "morning", "evening", "weekday", "weekend"}
WORD_BEFORE = re.compile(r"(\w+)$")
PER_UNIT = {  # what a price is per, after a slash: $3.49/gallon
    word: word for word in ("gallon", "litre", "liter", "hour", "day", "week", "month", "year", "night", "person",
                            "share", "barrel", "ton", "tonne", "pound", "ounce", "mile", "kg", "kWh", "head", "user")
} | {"hr": "hour", "mo": "month", "yr": "year", "bbl": "barrel", "lb": "pound", "oz": "ounce", "kwh": "kWh",
     "gal": "gallon", "shr": "share"}  # fmt: skip
DETERMINERS = r"(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our|[Ee]very|[Ee]ach)"
# Words that may stand between a determiner and an amount that is still a noun's modifier: "a new
# 48MP camera", "a whopping 5,000mAh battery" (a verb there, "that is 5km away", is a quantity).
BEFORE_AMOUNT = r"(?:new|same|even|whopping|massive|huge|big|bigger|large|larger|small|smaller|decent|hefty|modest|solid|impressive|respectable|further|additional|extra|estimated|mere|full|standard|typical|roughly|nearly|almost|about|around|some)"
# What follows a multiplier in capitals, "10X better", "a 3X increase" (the HTC 8X is a phone, "the 8X as a whole").
MULTIPLIED = r"(?:more|less|fewer|better|worse|faster|slower|bigger|larger|smaller|higher|lower|cheaper|easier|harder|stronger|longer|shorter|increase|growth)"
RANKS = r"(?:first|second|third|last|next|only|other|final|initial|latest)"  # the first 100 days
DETERMINER_JUST_BEFORE = re.compile(rf"\b{DETERMINERS} $")  # searched in the few characters before a match
# Verbs an amount is the subject of, where a noun would follow an amount it names: the $5 went.
VERBS_AFTER_AMOUNT = {
    "went", "came", "spent", "cost", "costs", "paid", "left", "goes", "comes", "buys", "bought", "gets", "got",
    "helps", "will",
}  # fmt: skip
# Nouns an amount of money often qualifies: "a 10-year, $700M deal" is a seven hundred million dollar deal.
MONEY_NOUN_AFTER = re.compile(
    r" (?:deal|contract|budget|fund|loan|project|package|bond|settlement|investment|plan|program|programme|lawsuit"
    r"|fine|acquisition|offer|bid|grant|expansion|renovation|stadium|facility|valuation|salary|bonus|tax|gift"
    r"|donation|prize|jackpot|mansion|payout|bailout|merger|buyout|deficit|surplus|judgment|verdict|loss|profit"
    r"|purchase|order|fee|penalty|award|shortfall|hike|increase|cut|scheme|scandal|industry|business|house|home"
    r"|apartment|flat|property|yacht|painting|bridge|tunnel|plant|factory|hospital|campus|upgrade|refit|overhaul"
    r"|bill|measure|stimulus|aid|agreement|proposal|payment|ransom|claim|debt|mortgage|sale|IPO)(?:s|es)?\b"
)
PAIR_NAMES = {  # a currency in an exchange-rate pair: EUR/USD is "euro-dollar"
    "EUR": "euro", "USD": "dollar", "GBP": "sterling", "JPY": "yen", "CHF": "Swiss franc", "AUD": "Australian dollar",
    "CAD": "Canadian dollar", "NZD": "New Zealand dollar", "CNY": "yuan", "CNH": "yuan",
}  # fmt: skip
HUNDREDS_OF = {"1000": "thousands", "10000": "tens of thousands", "100000": "hundreds of thousands",
               "1000000": "millions"}  # fmt: skip
SUBUNITS = {"£": ("penny", "pence"), "GBP": ("penny", "pence")}  # the rest: cents
US_STATES = {  # postal code -> name; AP style abbreviations below
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
    "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "DC": "D C",
}  # fmt: skip
AP_STATES = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
    "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois",
    "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland",
    "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi",
    "Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada", "N.H": "New Hampshire",
    "N.J": "New Jersey", "N.M": "New Mexico", "N.Y": "New York", "N.C": "North Carolina",
    "N.D": "North Dakota", "Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania",
    "R.I": "Rhode Island", "S.C": "South Carolina", "S.D": "South Dakota", "Tenn": "Tennessee",
    "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington", "W.Va": "West Virginia",
    "Wis": "Wisconsin", "Wyo": "Wyoming",
}  # fmt: skip
ENGLISH_STOPWORDS = stopwords("en")
# The small words a sentence opens with: after "the U.S." one of them starts a new sentence, a
# name ("the U.S. National Guard") goes on with this one.
SENTENCE_OPENERS = {
    "the", "a", "an", "he", "she", "it", "we", "they", "i", "you", "this", "that", "these", "those", "there", "but",
    "and", "so", "yet", "or", "if", "when", "while", "as", "after", "before", "since", "then", "now", "in", "on", "at",
    "for", "by", "with", "from", "his", "her", "its", "their", "our", "my", "your", "no", "not", "one", "some", "many",
    "most", "all", "both", "each", "what", "who", "how", "why", "where",
}  # fmt: skip
COMPASS = {"N": "North", "S": "South", "E": "East", "W": "West"}
CARDINAL_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen"
    r"|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|a hundred)"
)
ORDINAL_WORD = r"(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth)"
STREET_WORDS = (
    r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Way|Lane|Ln|Pl|Place|Ct|Court|Hwy|Highway|Pkwy|Parkway)"
)
# A year between "the" and a name: the 2024 Paris Olympics, the 2016 Rio Games.
DETERMINER_BEFORE = re.compile(r"\b[Tt]he\s$")
# ... or between "the", a word or two that describe one thing, and a name (the larger 2012 Honda
# Pilot, the legendary 1932 Ford Roadster; not the other 2000 Britons, the remaining 1500 Syrian refugees).
# Words that say how many, not what kind: the other 2000, an estimated 1850.
QUANTITY_WORDS = (
    r"(?:other|estimated|remaining|additional|extra|further|whopping|nearly|almost|about|around|roughly|some|"
    r"over|under|fewer|more than|first|last|next|top|only|total|combined|average|mere|reported)"
)
DESCRIBED_BEFORE = re.compile(rf"\b[Tt]he (?:(?!{QUANTITY_WORDS}\b)[a-z][a-z-]+ ){{1,2}}$")
# the 2012 U.S. election, the 2012 MLB season (its letters spelled by then); not the 2000 US troops
NAME_AFTER = re.compile(r" (?:[A-Z][a-z]|(?!U [SK]\b)[A-Z] [A-Z]\b|U\.? ?S\.? [a-z])")
# A year opening a title or what follows its colon, before a name that is no plural (2019 Audi e-tron
# Review, Price Drop: 2019 Apple AirPods; not 2018 Americans died).
MODEL_YEAR = re.compile(r"19\d\d|20[0-3]\d")
# The books of the Bible a verse is cited from (Matthew 24:6, 1 Corinthians 13:4).
BIBLE_BOOKS = {
    "Genesis", "Exodus", "Leviticus", "Numbers", "Deuteronomy", "Joshua", "Judges", "Ruth", "Samuel", "Kings",
    "Chronicles", "Ezra", "Nehemiah", "Esther", "Job", "Psalm", "Psalms", "Proverbs", "Ecclesiastes", "Isaiah",
    "Jeremiah", "Lamentations", "Ezekiel", "Daniel", "Hosea", "Joel", "Amos", "Obadiah", "Jonah", "Micah", "Nahum",
    "Habakkuk", "Zephaniah", "Haggai", "Zechariah", "Malachi", "Matthew", "Mark", "Luke", "John", "Acts", "Romans",
    "Corinthians", "Galatians", "Ephesians", "Philippians", "Colossians", "Thessalonians", "Timothy", "Titus",
    "Philemon", "Hebrews", "James", "Peter", "Jude", "Revelation",
}  # fmt: skip
# A house number (and a compass point) before a street's name: 400 N. Ohio St.
HOUSE_NUMBER_BEFORE = re.compile(r"\b\d+ (?:[NSEW]\.? )?$")
# A year between a name's words: the Desiring God 2013 Conference, Beijing 2008 Olympics.
AIRCRAFT = re.compile(
    r"\b(?:Boeing|(?:jet|jetliner|airliner|airline|plane|freighter|tanker|Dreamliner|jumbo)s?|aircraft)\b"
)
# Small words a writer puts in capitals to stress them (there IS a bar), not initials.
STRESSED_WORDS = (
    "IS|WAS|ARE|NOT|NO|DO|DID|CAN|MAY|HAS|HAD|BE|ALL|ANY|YES|AND|BUT|FOR|THE|ONE|HOW|WHY|NOW|TOO|SO|HE|SHE|WE|YOU|LOW|HOT|"
    "WAY|TOP|TO|MY"
)
COMPARISONS = {"<": "less than", ">": "more than", "=": "equals"}
SHOOTING = {"FG": "field goal", "FT": "free throw", "3P": "three-point", "3PT": "three-point"}
# A year between "the", "this" or an owner and one thing of it: the 2011 first round, Iraq's 1990
# invasion, this 1949 cartoon
# (2000 employees are many things, a count).
OWNER_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our)|\w['’]s) $"
)
THING_AFTER = re.compile(r" [a-z]+(?:[a-rt-z]|sis|ss|us)\b(?!['’])")
# "a" and a word that describes it, then a year and a thing (a crewed 2024 moon mission; not an
# estimated 1850 people).
DESCRIBED_THING_BEFORE = re.compile(rf"\b[Aa]n? (?:(?!{QUANTITY_WORDS}\b)[a-z]+ )?$")
# A year in a list of them: © 1973, 1978, 1984 by ...; the 1992, 1996 and 2008 campaigns.
YEAR_LIST_BEFORE = re.compile(r"\b(?:19\d\d|20[0-3]\d),\s+$")
YEAR_LIST_AFTER = re.compile(r"(?:,|\s+(?:and|by)\b|\)|\.?$)")
YEAR_LIST_NEXT = re.compile(r",\s+(?:19\d\d|20[0-3]\d)\b")
# A year after another one and "and": the 1973 oil and 1979 energy crises.
YEAR_THEN_ANOTHER = re.compile(r"\b(?:19|20)\d\d\b[^.;\d]{0,30}\b(?:and|or) $")
# A name and then a year that ends a clause (London 2012: the Games), or anywhere inside a sentence
# (at VMworld 2012 in San Francisco); not a sentence's first word (About 2000 people came) or a
# headline's word for a count (Police Say Nearly 1950 Arrested).
COUNT_WORDS = (
    r"(?!(?:About|Over|Nearly|Almost|Around|Some|Only|Just|Than|More|Fewer|Less|Under|Roughly|Approximately|Top)\b)"
)
EVENT_BEFORE = re.compile(rf"\b{COUNT_WORDS}[A-Z][A-Za-z]*[a-z] $")
EVENT_INSIDE = re.compile(rf"\S \b{COUNT_WORDS}[A-Z][A-Za-z]*[a-z] $")
# ... "for" and a year that ends the clause: scheduled for 2014.
FOR_BEFORE = re.compile(r"\bfor $")
CLAUSE_END = re.compile(r"\s*(?:[,.;:!?()\"”’]|$)")
# A year standing alone: a title's or a line's (2012 - YouTube), or in brackets after a title (Up (2009)).
ALONE_BEFORE = re.compile(r"(?:^|[(\[,])\s*$")  # (1966), [1966], 1999., (Sasquatch Books, 2011)
ALONE_AFTER = re.compile(r"\s*(?:[)\]]|[-–—|:]\s|\.?$)")
# ... or opening a citation in brackets: (1905, quoted from the 1953 edition), (2011, Knopf).
CITATION_AFTER = re.compile(r", ")
# A year opening a sentence or a clause that it is the subject of: 2011 was the year, that 2012 saw
SUBJECT_BEFORE = re.compile(r"(?:[\"“(]|\b(?:that|and|but|because|when|until)\s)\s*$")
YEAR_VERBS = re.compile(
    r" (?:is|was|has|had|will|saw|sees|brought|brings|marks|marked|began|begins|started|starts|ended|ends|happens)\b"
)
MODEL_AFTER = re.compile(r" (?!(?:People|Men|Women|Children)\b)[A-Z][a-z]*[a-rt-z]\b")
# Words after a number that make it a year: "the 2022 tour", "his 1998 debut".
YEAR_NOUNS = re.compile(
    r"\s(?:season|debut|tour|elections?|budget|model|edition|census|Olympics|World Cup|campaign|"
    r"vintage|version|film|album|midterms?|Games|championship|draft|crisis|survey|report|class|"
    r"final|finals|playoffs|series|rookie|law|act|novel|book|movie|release|launch|merger|deal|"
    r"trip|visit|summit|protests?|uprising|war|attack|attacks|storm|flood|earthquake|"
    r"analysis|study|poll|paper|interview|review|award|winner|nominee|graduate)\b|'s\b"
)
MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
MONTHS = {name[:3].lower(): name for name in MONTH_NAMES}  # "Sept." reads as "sep" too
MONTH = (
    r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![a-z])"  # not Mark
)
ABBREVIATIONS = {  # always the same, wherever they stand
    "Mr": "Mister", "Mrs": "Missus", "Ms": "Miz", "Ltd": "Limited", "Prof": "Professor",
    "Gov": "Governor", "Sen": "Senator", "Rep": "Representative", "Sgt": "Sergeant",
    "Capt": "Captain", "Lt": "Lieutenant", "Col": "Colonel", "Cmdr": "Commander",
    "Jr": "Junior", "Sr": "Senior", "Rev": "Reverend", "Hon": "Honourable",
    "vs": "versus", "v": "versus", "etc": "et cetera", "approx": "approximately",
    "Nos": "numbers", "Dept": "Department", "Utd": "United", "Univ": "University", "Ave": "Avenue",
    "Rd": "Road", "Blvd": "Boulevard", "Mt": "Mount", "Ft": "Fort", "Pkwy": "Parkway", "Ln": "Lane", "Ct": "Court",
    "Apt": "Apartment", "Ste": "Suite", "ext": "extension", "Ctr": "Center", "govt": "government",
    "Corp": "Corporation", "Bros": "Brothers", "Inc": "Inc", "esp": "especially", "incl": "including",
    "Atty": "Attorney", "Supt": "Superintendent", "Det": "Detective", "Pres": "President", "Sec": "Secretary",
    "Cpl": "Corporal", "Pvt": "Private", "Adm": "Admiral", "Maj": "Major", "Amb": "Ambassador",
    "Asst": "Assistant", "Insp": "Inspector", "Msgr": "Monsignor", "Brig": "Brigadier", "Cllr": "Councillor",
    "qtr": "quarter", "qtrs": "quarters",
}  # fmt: skip
# Abbreviations before a number in a reference: Ch. 4, vol. 3, fig. 2, Sec. 5, est. 1885.
NUMBERED = {
    "ch": "chapter", "chap": "chapter", "vol": "volume", "fig": "figure", "figs": "figures",
    "sec": "section", "art": "article", "para": "paragraph", "ex": "example", "eq": "equation",
    "est": "established", "rt": "route", "rte": "route", "hwy": "highway", "bldg": "building",
}  # fmt: skip
TIME_ZONES = "GMT|BST|UTC|EST|EDT|CST|CDT|PST|PDT|CET|CEST|HKT|JST|AEST|IST|ET|PT|CT|MT"
NUMBERED_REFERENCE = re.compile(rf"\b(?i:({'|'.join(sorted(NUMBERED, key=len, reverse=True))}))\.\s?(?=\d)")
CIRCA = re.compile(r"\bca?\.\s?(?=\d)")  # c. 1769, ca. 1850
SCALES = {"C": "Celsius", "F": "Fahrenheit"}
US_TIME_ZONES = {"E": "Eastern", "P": "Pacific", "C": "Central", "M": "Mountain"}
WEEKDAY_NAMES = {day[:3]: day for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")}
# Words before a team's win-loss record: "the Broncos are 3-7", "improved to 6-2".
RECORD_BEFORE = (
    r"(?:are|were|(?:has |have )?gone|went|(?:improved|fell|dropped|moved|slipped|climbed|rose) to"
    r"|(?:sit|sits|stand|stands|sat|stood) at)"
)
VARIANT = r"-(?P<variant>\d{1,4})(?P<suffix>ER|LR|XWB|F)?\b"  # an airliner's: 747-400, 777-300ER
MONTH_PREPOSITIONS = r"(?i:in|since|until|by|through|of|last|next|early|late|mid-|from|to|before|after|and|or)"
PARTIES = {"D": "Democrat", "R": "Republican", "I": "Independent"}
# A part of a whole before a unit, and how it is said: half a cup, three quarters of a pound.
FRACTION_WORDS = {(1, 2): "a half", (1, 3): "a third", (2, 3): "two thirds", (1, 4): "a quarter",
                  (3, 4): "three quarters", (1, 8): "an eighth", (3, 8): "three eighths"}  # fmt: skip
DOTTED = {"e.g.": "for example", "i.e.": "that is", "a.m.": "a m", "p.m.": "p m",
          "et al.": "et al", "p.a.": "a year"}  # fmt: skip
# Acronyms said as words; every other all-capital word of two to five letters is spelled out.
WORD_ACRONYMS = {
    "NATO", "NASA", "UNESCO", "UNICEF", "OPEC", "AIDS", "COVID", "FIFA", "UEFA", "NAFTA",
    "SARS", "MERS", "LASER", "RADAR", "SCUBA", "ASEAN", "OSHA", "FEMA", "NOAA", "DARPA",
    "ISIS", "GIF", "JPEG", "PIN", "SIM", "RAM", "ROM", "LAN", "WAN", "ASAP", "NIMBY", "POTUS", "RAV",
    "SCOTUS", "FLOTUS", "IKEA", "LEGO", "SWAT", "TASER", "WASP", "YOLO", "CERN",
    "OK", "TED", "NAND", "CAD", "SPAC", "AWOL", "INTERPOL", "EFTA", "BRICS", "ANZAC",
}  # fmt: skip
SPELLED_PREFIXES = ("US", "NY", "UK", "EU", "UN", "LA", "DC")
# Initialisms a shouted headline keeps in capitals (spelled): FBI RAIDS HOME OF CEO IN NYC.
SHOUTED_INITIALISMS = {
    "FBI", "CIA", "CEO", "CFO", "NYC", "USA", "GOP", "NHS", "BBC", "CNN", "NBC", "CBS", "ABC",
    "NFL", "NBA", "MLB", "NHL", "CDC", "FDA", "IRS", "DOJ", "EPA", "FTC", "IMF", "NYPD", "LAPD", "DHS", "TV", "PM",
    "MP", "MPS", "DNA", "HIV", "GDP", "CPI", "IPO", "ETF", "EV", "AI", "LGBT", "LGBTQ", "UAE", *SPELLED_PREFIXES,
}  # fmt: skip
# The closed-class words a shouted sentence cannot do without (THE COUNCIL SAID NO TO THE BRIDGE);
# a run of capitals without one is names and initialisms (EMC SAN Copy, US ARMY).
SHOUTED_FUNCTION_WORDS = {
    "i", "the", "an", "of", "to", "in", "on", "at", "for", "from", "by", "with", "and", "or", "but", "nor", "as",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would",
    "can", "could", "should", "may", "might", "must", "not", "no", "he", "she", "they", "we", "you",
    "his", "her", "their", "our", "your", "my", "this", "that", "these", "those", "what", "how", "why",
    "when", "where", "if", "than", "then", "so", "into", "over", "after", "about", "all",
}  # fmt: skip
# Common words that in capitals are as often initialisms: RGB LED, EMC SAN, HP IT, US IT.
INITIALISM_HOMOGRAPHS = {"LED", "SAN", "WHO", "US", "IT", "DE"}
COUNTED_BY_ROMAN = {  # "World War II" says two, "Henry VIII" says the eighth
    "War", "Part", "Chapter", "Act", "Phase", "Episode", "Volume", "Vol", "Round", "Title",
    "Stage", "Level", "Bowl", "Class", "Type", "Apollo", "Rocky", "Section", "Article",
    "Schedule", "Grade", "Category", "Division", "Book", "Amendment", "Tier", "Mark", "Season",
    "Vatican", "Council", "Fantasy", "Fighter", "Civilization", "Kombat", "Souls", "Diablo",
}  # fmt: skip
# Things known by their number, whose number takes an owner's 's: Week 10's, Route 66's.
NUMBERED_THING = re.compile(
    rf"\b(?:{'|'.join(COUNTED_BY_ROMAN)}|Week|Day|Game|Page|Room|Route|Highway|Flight|Issue|Gate|Exit|"
    r"Platform|Channel|Studio|Hole|Lap|Mile) $"
)
YEAR_CUES = re.compile(
    r"(?:\b(?:in|since|by|from|until|till|through|thru|throughout|to|into|beyond|regarding|of|year|early|late|mid|"
    r"before|after|during|"
    r"between|circa|around|spring|summer|autumn|fall|winter|season|class|vintage|fiscal|FY|quarter|half|night|eve|"
    r"Christmas|Easter|Halloween|Thanksgiving|"
    r"established|founded|built|born|died|opened|"
    r"Euro|Expo|Olympics|Cup|Act|Census|Treaty|Accord|Convention|Protocol|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Q[1-4]|H[12])\.?,?\s+|"
    rf"(?:\d(?:st|nd|rd|th)|\b{ORDINAL_WORD}),\s+|\bet al\.?,?\s+|\bbetween (?:1[1-9]|20)\d\d and\s+|(?:mid|pre|post|early|late)-|"
    r"\bcopyright\s*)$",  # (© is said "copyright" by now)
    re.I,
)
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
MAX_NUMBER_DIGITS = 15  # a longer number is an identifier: said digit by digit
# An abbreviation's own dot, unless it also ends the sentence ("... at 8 p.m.").
KEEP_FINAL_DOT = r"(?:\.(?!\s*$))?"
ASIDE_END = r")\]"  # the brackets that close an aside


# --- number words ---------------------------------------------------------------------------


def cardinal(text: str) -> str:
    """`400,000` -> four hundred thousand; `112` -> a hundred and twelve; `2.5` -> two point five;
    `007` -> oh oh seven."""
    text = text.replace(",", "")
    whole_digits = text.partition(".")[0]
    if (len(text) > 1 and text.startswith("0") and "." not in text) or len(whole_digits) > MAX_NUMBER_DIGITS:
        return " ".join("oh" if digit == "0" else num2words(int(digit)) for digit in text if digit.isdigit())
    whole, _, fraction = text.partition(".")
    words = re.sub(r"^one hundred\b", "a hundred", num2words(int(whole)).replace(",", ""))  # as newsreaders say it
    if fraction:
        words += " point " + " ".join(num2words(int(digit)) for digit in fraction)
    return words


def year(text: str) -> str:
    """`2024` -> twenty twenty-four; `2005` -> two thousand and five; `1905` -> nineteen oh-five."""
    number = int(text)
    if 2000 <= number <= 2009:
        return cardinal(text)
    return num2words(number, to="year").replace("oh-", "oh ")


def ordinal(number: int) -> str:
    return num2words(number, to="ordinal")


def plural(number_text: str, forms: tuple[str, str]) -> str:
    return forms[0] if number_text.replace(",", "") in ("1", "1.0") else forms[1]


# --- rules ------------------------------------------------------------------------------------


def say_reference(match: re.Match) -> str:
    spoken = NUMBERED[match.group(1).lower()]
    return (spoken.capitalize() if match.group(1)[0].isupper() else spoken) + " "


def say_url(match: re.Match) -> str:
    return say_host(match.group(0), "dot")


def say_email(match: re.Match) -> str:
    user, _, host = match.group(0).partition("@")
    return f"{user.replace('.', ' dot ')} at {' dot '.join(host.split('.'))}"


def say_hashtag(match: re.Match) -> str:
    words = re.sub(r"(?<=[a-z])(?=[A-Z0-9])", " ", match.group(1))
    return f"hashtag {words}"


def say_money(match: re.Match) -> str:
    """`$5.50` -> five dollars fifty; `$0.31` -> thirty-one cents; `$12 Million` -> twelve
    million dollars; `a $40 discount` -> a forty-dollar discount."""
    amount, magnitude = match.group("amount"), (match.group("magnitude") or "").lower()
    symbol = match.group("currency")
    currency, article = CURRENCIES[symbol], match.group("article") or ""
    if magnitude:  # a twelve million dollar deal, a $5-million fund, $700M contract: before a noun, one dollar
        before_noun = article or match.group("joiner") == "-" or MONEY_NOUN_AFTER.match(match.string, match.end())
        forms = (currency[0], currency[0]) if before_noun else currency
        return f"{article}{cardinal(amount)} {MONEY_MAGNITUDES[magnitude]} {forms[1]}"
    whole, _, cents = amount.replace(",", "").partition(".")
    if len(cents) > 2:  # an exchange rate's or a unit price's decimals: $1.1075
        return f"{article}{cardinal(amount)} {currency[1]}"
    cents = cents.ljust(2, "0")[:2] if cents else ""
    before_noun = article or re.match(r"-(?:an?|per)-", match.string[match.end() :]) or names_a_thing(match)
    if before_noun and not (cents and int(cents)):  # an amount before a noun: a hundred-dollar bill
        return f"{article}{re.sub(r'^(?:one|a) (?=hundred|thousand)', '', cardinal(whole))}-{currency[0]}"
    return article + dollars_and_cents(whole, cents, symbol)


def names_a_thing(match: re.Match) -> bool:
    """An amount between a determiner and a noun says what the noun costs: the $40 discount, its
    $2 fee, the $26,000 Escape (not: the $40 he paid, every $1 spent, the $5 went)."""
    following = re.match(r" ([A-Za-z][a-z]+)\b", match.string[match.end() :])
    if not (following and DETERMINER_JUST_BEFORE.search(match.string, max(0, match.start() - 8), match.start())):
        return False
    word = following.group(1).lower()
    return word not in ENGLISH_STOPWORDS and word not in VERBS_AFTER_AMOUNT and not word.endswith("ed")


def dollars_and_cents(whole: str, cents: str, symbol: str) -> str:
    """`5`, `50` -> five dollars fifty; `0`, `31` -> thirty-one cents."""
    if whole == "0" and cents and int(cents):
        return f"{cardinal(str(int(cents)))} {plural(str(int(cents)), SUBUNITS.get(symbol, ('cent', 'cents')))}"
    words = f"{cardinal(whole)} {plural(whole, CURRENCIES[symbol])}"
    return words + (f" {cardinal(cents)}" if cents and int(cents) else "")


def say_24_hour_time(match: re.Match) -> str:
    hour, minutes = match.group(1), int(match.group(2))
    said = f"{'oh ' if hour[0] == '0' else ''}{cardinal(str(int(hour)))}"
    return f"{said} {two_digits(minutes) if minutes else 'hundred'}"


def say_verse(match: re.Match) -> str:
    book_number, book, chapter, verse, last = match.groups()
    if book not in BIBLE_BOOKS:
        return match.group(0)
    said = f"{ordinal(int(book_number)).capitalize()} " if book_number else ""
    said += f"{book} {cardinal(chapter)}, {'verses' if last else 'verse'} {cardinal(verse)}"
    return said + (f" to {cardinal(last)}" if last else "")


def say_short_month(match: re.Match) -> str:
    """`in Oct.` -> in October, `mid-Oct.` -> mid-October; `to Jan.` stays: Jan is a name as
    often as a month there."""
    if match.group(2) == "Jan" and match.group(1).strip().lower() in ("to", "and", "or", "of", "from"):
        return match.group(0)
    return f"{match.group(1)}{MONTHS[match.group(2)[:3].lower()]}"


def say_half_year(match: re.Match) -> str:
    """`in H1` -> in the first half; `for H2 2023` -> for the second half of twenty twenty-three."""
    half = "first" if match.group(2) == "1" else "second"
    return f"{match.group(1)} the {half} half" + (f" of {year(match.group(3))}" if match.group(3) else "")


def say_inch_mark(match: re.Match) -> str:
    """`a 9" pie plate` -> a 9-inch pie plate; a quotation's closing mark stays (`"I have 9" and`)."""
    if match.group(0).endswith('"') and match.string.count('"', 0, match.start()) % 2:
        return match.group(0)
    return f"{match.group(1)}-inch"


def say_numbered_quarter(match: re.Match) -> str:
    """`in 3Q 2023` -> in the third quarter of twenty twenty-three; `4Q23` -> the fourth quarter of
    twenty-three (no second "the" after one: `the 2Q results`); `1H23` -> the first half of ..."""
    number, part, of_year = match.group(1), match.group(2), match.group(3) or match.group(4)
    if part == "H" and not (of_year and number in "12"):  # a 2H pencil
        return match.group(0)
    the = "" if re.search(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat) $", match.string[: match.start()]) else "the "
    quarter = f"{the}{ordinal(int(number))} {'quarter' if part == 'Q' else 'half'}"
    return quarter + (f" of {year(of_year) if len(of_year) == 4 else cardinal(of_year)}" if of_year else "")


def say_magnitude(match: re.Match) -> str:
    """`9.5bn`, `1.2M`, and a range before its magnitude: `3-4 billion` -> three to four billion."""
    *low, number, magnitude = match.groups()
    said = f"{cardinal(number)} {MAGNITUDES[magnitude.lower()]}"
    return f"{cardinal(low[0])} to {said}" if low and low[0] else said


def say_percent(match: re.Match) -> str:
    sign = {"+": "plus ", "-": "minus ", "−": "minus "}.get(match.group(1) or "", "")
    return f"{sign}{cardinal(match.group(2))} percent"


def say_signed_change(match: re.Match) -> str:
    sign = "plus" if match.group(1) == "+" else "minus"
    cents = int(match.group(3))
    return f"{sign} {cardinal(match.group(2))}" + (f" {two_digits(cents)}" if cents else "")


def say_temperature(match: re.Match) -> str:
    sign = "minus " if match.group(1) else ""
    point = match.group(3) or ""
    scale = SCALES.get(point) or COMPASS.get(point, "").lower()  # a coordinate: 42°S 174°E
    return f"{sign}{cardinal(match.group(2))} degrees {scale}".strip()


def say_unit(match: re.Match) -> str:
    """`5km` -> five kilometres; `0-60 mph` -> zero to sixty miles per hour; `a 48MP camera` ->
    a forty-eight megapixel camera; `8 oz. cheese` -> eight ounces of cheese."""
    determiner, low, high, unit = match.group("det") or "", match.group("low"), match.group("high"), match.group("unit")
    following = match.group("next") or ""
    noun_follows = bool(following) and following.lower() not in FUNCTION_WORDS  # a 24MP CMOS sensor
    # 8 oz. cheese; not 35 lbs consistently kept off
    of_follows = noun_follows and following[0].islower() and unit in AMOUNT_UNITS and not following.endswith("ly")
    # 7m people, 2.5m: million; 100m, 1.9m tall: metres
    if unit == "m" and (following in MILLIONS_OF or ("." in (high or low) and following not in METRES_BEFORE)):
        return f"{determiner}{cardinal(low)}{' to ' + cardinal(high) if high else ''} million"
    if high:
        words = f"{determiner}{cardinal(low)} to {cardinal(high)} {UNITS[unit][1]}"
        return words + " of" if of_follows else words
    # A unit before a noun is singular (a 48MP camera); an amount's unit only after "a" (a 5kg
    # bag, where "the 200g flour" is two hundred grams of it).
    modifier = unit not in AMOUNT_UNITS or determiner.lower().startswith(("a ", "an ", "every ", "each "))
    if determiner and noun_follows and modifier:
        return f"{determiner}{cardinal(low)} {UNITS[unit][0]}"
    words = f"{determiner}{cardinal(low)} {plural(low, UNITS[unit])}"
    return words + " of" if of_follows else words


def say_per_unit(match: re.Match) -> str:
    number, unit, per = match.groups()
    per_word = {"d": "day", "day": "day", "h": "hour", "hr": "hour"}.get(per) or UNITS[per][0]
    return f"{cardinal(number)} {plural(number, UNITS[unit])} per {per_word}"


def say_resolution(match: re.Match) -> str:
    chamber, joint, number = match.groups()
    return f"{chamber} {joint + ' ' if joint else ''}Res {in_pairs(number) if len(number) == 4 else cardinal(number)}"


def say_times(match: re.Match) -> str:
    return f"{cardinal(match.group(1))} times"


def plural_number(number: str) -> str:
    """`65` -> sixty-fives, `6` -> sixes, `18` -> eighteens: numbers as a group of people or things."""
    return plural_words(cardinal(number))


def plural_words(words: str) -> str:
    """A number's words made plural: sixty-five -> sixty-fives, twenty -> twenties, six -> sixes."""
    return words[:-1] + "ies" if words.endswith("y") else words + ("es" if words.endswith("x") else "s")


def say_ordinal(match: re.Match) -> str:
    return ordinal(int(match.group(1).replace(",", "")))


def say_decade(match: re.Match) -> str:
    century, decade = match.group(1), match.group(2)
    if match.group(0)[-2] in "'’′" and NUMBERED_THING.search(match.string, max(0, match.start() - 12), match.start()):
        number = (century or "") + decade  # Week 10's injuries, Visual Studio 2010's designer: not a decade
        return f"{year(number) if century else cardinal(number)}'s"
    tens = {"00": "hundreds", "10": "tens"}.get(decade)
    if tens is None:
        tens = num2words(int(decade)).replace("y", "ies") if decade != "00" else "hundreds"
    if century == "20" and decade == "00":
        return "two thousands"
    return f"{num2words(int(century))} {tens}" if century else tens


def say_month_day(match: re.Match) -> str:
    words = f"{MONTHS[match.group('month')[:3].lower()]} {ordinal(int(match.group('day')))}"
    if match.group("end") and not is_second_day(match):
        return words + match.string[match.start("joiner") : match.end()]  # Nov. 30th to 2nd, 4 to 12 people
    if match.group("end"):  # Oct. 12-14, Nov 7 & 8, Sept. 21 through 23
        joiner = match.group("joiner").strip(" -–").replace("&", "and") or "to"
        words += f" {joiner} {ordinal(int(match.group('end')))}"
    if match.group("year"):
        words += f", {year(match.group('year'))}"
    return words


def is_second_day(match: re.Match) -> bool:
    """Whether the number after a month's day is a day too: a later one, and after a word (July 4
    and 5) only when what follows it is not a thing counted (not July 4 and 5 people), by the
    words that are not the thing a number measures."""
    if not int(match.group("day")) < int(match.group("end")) <= 31:
        return False
    following = re.match(r"\s([a-z]+)\b", match.string[match.end("end") :])
    return match.group("joiner").strip() in "-–" or not following or following.group(1) in FUNCTION_WORDS


def the_unless_written(match: re.Match) -> str:
    """ "the " before a day said as "the thirteenth of", unless the page wrote it (on the 13th of)."""
    return "" if re.search(r"\b[Tt]he $", match.string[: match.start()]) else "the "


def say_day_month(match: re.Match) -> str:
    month = MONTHS[match.group("month")[:3].lower()]
    words = f"{the_unless_written(match)}{ordinal(int(match.group('day')))} of {month}"
    if match.group("year"):
        words += f" {year(match.group('year'))}"
    return words


def say_iso_date(match: re.Match) -> str:
    y, m, d = match.groups()
    if not (1 <= int(m) <= 12 and 1 <= int(d) <= 31):
        return match.group(0)
    return f"{MONTH_NAMES[int(m) - 1]} {ordinal(int(d))}, {year(y)}"


def say_slash_date(match: re.Match) -> str:
    """A date with slashes is month first, as English pages write it (135 of the 139 such dates
    in articles-more that only one order makes a date), unless only day first makes a date
    (25/12/2024); with periods (12.05.2019) it is day first, as Europe writes it."""
    first, second, y = (int(part) for part in match.groups())
    month_first = "/" in match.group(0) and first <= 12 or second > 12 >= first
    month, day = (first, second) if month_first else (second, first)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return match.group(0)
    said_year = year(str(y + (1900 if y >= 69 else 2000) if y < 100 else y))  # 99 is 1999, as POSIX reads it
    if month_first:
        return f"{MONTH_NAMES[month - 1]} {ordinal(day)}, {said_year}"
    return f"{the_unless_written(match)}{ordinal(day)} of {MONTH_NAMES[month - 1]} {said_year}"


def say_clock(match: re.Match) -> str:
    hours, minutes, meridiem = int(match.group(1)), int(match.group(2)), match.group(3)
    if hours == minutes == 0 and not meridiem:
        return "midnight"  # 00:00 UTC
    words = num2words(hours)
    if minutes == 0:
        words += "" if meridiem else " o'clock"
    elif minutes < 10:
        words += f" oh {num2words(minutes)}"
    else:
        words += f" {num2words(minutes)}"
    if meridiem:
        words += " " + " ".join(meridiem.lower().replace(".", ""))
    return words


def say_race_time(match: re.Match) -> str:
    """`2:03:23` -> two hours three minutes twenty-three seconds; `1:32:07.986` -> ... seven
    point nine eight six seconds."""
    parts = [str(int(part)) for part in match.groups()[:3]]
    if match.group(4):
        parts[2] += "." + match.group(4)
    names = [("hour", "hours"), ("minute", "minutes"), ("second", "seconds")]
    return " ".join(f"{cardinal(part)} {plural(part, name)}" for part, name in zip(parts, names) if part != "0")


def say_rounds(match: re.Match) -> str:
    return ", ".join(num2words(int(score)) for score in match.groups() if score)


def say_hour_meridiem(match: re.Match) -> str:
    return f"{num2words(int(match.group(1)))} {' '.join(match.group(2).lower().replace('.', ''))}"


def say_house_number(match: re.Match) -> str:
    return in_pairs(match.group(1)) + " "


def in_pairs(number: str) -> str:
    """A number said as people say house, model and route numbers: 150 -> one fifty, 105 -> one
    oh five, 2150 -> twenty-one fifty."""
    if len(number) == 3:
        rest = int(number[1:])
        return f"{num2words(int(number[0]))} {two_digits(rest) if rest else 'hundred'}"
    return year(number)


def model_number(number: str) -> str:
    """A model's number: Boeing's jets digit by digit (787 -> seven eight seven, as the issue's
    newsreaders and Boeing say them), any other in pairs (A320 -> A three twenty)."""
    if re.fullmatch(r"7[0-8]7", number):
        return " ".join(num2words(int(digit)) for digit in number)
    return in_pairs(number)


def two_digits(number: int) -> str:
    """The second half of a number said in pairs: 50 -> fifty, 5 -> oh five."""
    return num2words(number) if number >= 10 else f"oh {num2words(number)}"


def say_airliner(match: re.Match) -> str:
    """`Boeing 747-400` -> Boeing seven four seven four hundred; `A350-1000` -> A three fifty one
    thousand; `777-300ER` -> seven seven seven three hundred E R."""
    variant = match.group("variant")
    words = [
        match.groupdict().get("maker") or "",
        match.group("letter") or "",
        model_number(match.group("model")),
        in_pairs(variant) if len(variant) == 3 else cardinal(variant),
        " ".join(match.group("suffix") or ""),
    ]
    return " ".join(word for word in words if word)


def say_maker_model(match: re.Match) -> str:
    """`Boeing 737` -> Boeing seven three seven; `Airbus A320s` -> Airbus A three twenties."""
    maker, letter, number, plural = match.groups()
    words = plural_words(model_number(number)) if plural else model_number(number)
    return f"{maker} {letter} {words}".replace("  ", " ")


def say_jet_model(match: re.Match) -> str:
    if not AIRCRAFT.search(match.string):
        return match.group(0)
    number, plural = match.groups()
    return plural_words(model_number(number)) if plural else model_number(number)


def say_model_number(match: re.Match) -> str:
    name, number = match.group("name"), match.group("number")
    if name.lower() in ENGLISH_STOPWORDS:
        return match.group(0)
    return f"{name} {in_pairs(number)}"


def say_record(match: re.Match) -> str:
    """A win-loss-tie record, `11-2-1` -> eleven, two and one."""
    return f"{cardinal(match.group(1))}, {cardinal(match.group(2))} and {cardinal(match.group(3))}"


def say_standing(match: re.Match) -> str:
    """`are 3-7` -> are three and seven; `a 10-4 record` -> a ten and four record."""
    if match.group(1):
        return f"{match.group(1)} {cardinal(match.group(2))} and {cardinal(match.group(3))}"
    return f"{cardinal(match.group(4))} and {cardinal(match.group(5))}"


def say_team_record(match: re.Match) -> str:
    """A team's record after its name, `the Bulls (6-5)` -> the Bulls (six and five); with its
    conference's, `Tigers (6-5, 3-2 SEC)` -> (six and five, three and two S E C)."""
    records = re.sub(
        r"(\d{1,2})-(\d{1,2})", lambda m: f"{cardinal(m.group(1))} and {cardinal(m.group(2))}", match.group(2)
    )
    return f"{match.group(1)}({records})"


def say_digits(match: re.Match) -> str:
    """A telephone number: its digits one by one, group by group."""
    return digit_groups(match.group(0))


def digit_groups(text: str) -> str:
    groups = re.findall(r"\d+", text)
    return ", ".join(" ".join("oh" if digit == "0" else num2words(int(digit)) for digit in group) for group in groups)


def say_team_number(match: re.Match) -> str:
    """`49ers` -> forty-niners, `76ers` -> seventy-sixers."""
    return re.sub(r"(nin|fiv)e$", r"\1", cardinal(match.group(1))) + "ers"


def say_shouting(match: re.Match) -> str:
    """A run of capitals is a shouted sentence, said as words, when it holds an English function
    word, or a common word among words that read as English (NEW YORK TIMES, I LOVE IT). Otherwise
    it is names and initialisms, and only its common words are words (HTC ONE: H T C One; EMC SAN
    and RGB LED stay spelled)."""
    run = match.group(0)
    words = re.findall(r"[A-Z'’]+", run)
    common = {word for word in words if word.lower() in ENGLISH_STOPWORDS and len(word) > 1}
    english = all(
        word in common or word in SHOUTED_INITIALISMS or word in ("A", "I") or len(word) > 4 or pronounceable(word)
        for word in words
    )
    homographs_only = all(word in INITIALISM_HOMOGRAPHS for word in words)  # US IT
    shouted = any(word.lower() in SHOUTED_FUNCTION_WORDS for word in words) or (
        common and english and not homographs_only
    )
    return re.sub(
        r"[A-Z][A-Z'’]*",
        lambda m: (
            m.group(0)
            if m.group(0) in SHOUTED_INITIALISMS or not (shouted or m.group(0) in common - INITIALISM_HOMOGRAPHS)
            else m.group(0).capitalize()
        ),
        run,
    )


def say_shouted_byline(match: re.Match) -> str:
    return re.sub(r"\b[A-Z][A-Z'’-]+\b", lambda name: name.group(0).title(), match.group(0)).replace(" And ", " and ")


BROADCASTER = re.compile(r"[B-DF-HJ-NP-TV-Z]{2,4}")  # a dateline's letters without a vowel: CNN, BBC, NPR (no place)


def say_dateline(match: re.Match) -> str:
    """`NEW YORK (Reuters)` -> New York (Reuters): a place in capitals opening a wire story; a
    broadcaster's letters (`CNN —`) stay letters."""
    places = match.group(1).replace("/", " and ")  # SAN FRANCISCO/NEW YORK: two places
    said = (word if word == "and" or BROADCASTER.fullmatch(word) else word.capitalize() for word in places.split())
    return " ".join(said) + match.group(2)


def say_city_state(match: re.Match) -> str:
    state = match.group("state").rstrip(".")
    said = f"{match.group('city')}, {US_STATES.get(state) or AP_STATES[state]}"
    if match.group("zip"):
        said += f" {digit_groups(match.group('zip'))}"
    return said


def say_per_slash(match: re.Match) -> str:
    """`visits/day` -> visits per day; not between two times (day/night): that slash is an "or",
    said as other slashes are."""
    before = WORD_BEFORE.search(match.string, max(0, match.start() - 12), match.start())
    return match.group(0) if before and before.group(1).lower() in SLASH_TIMES else " per "


def range_joiner(match: re.Match) -> str:
    """How a range is said: "between 2017 and 2020", "from 2017 to 2020"."""
    return "and" if match.string.endswith("between ", 0, match.start()) else "to"


def say_range(match: re.Match) -> str:
    first, second = match.group(1), match.group(2)
    joiner = range_joiner(match)
    if re.fullmatch(r"(1[1-9]|20)\d\d", first) and re.fullmatch(r"\d\d", second):
        second_said = f"oh {num2words(int(second))}" if second[0] == "0" != second[1] else num2words(int(second))
        return f"{year(first)} {joiner} {second_said}"  # 2019-20, 2004-05 (to oh five)
    if re.fullmatch(r"(1[1-9]|20)\d\d", first) and re.fullmatch(r"(1[1-9]|20)\d\d", second):
        return f"{year(first)} {joiner} {year(second)}"
    shares = first.isdigit() and second.isdigit() and int(first) + int(second) == 100
    if shares and (first == second or re.search(r"\b(?:[Tt]he|[Aa]n?) $", match.string[: match.start()])):
        return f"{cardinal(first)}-{cardinal(second)}"  # a 50-50 tie, the 80-20 rule, a 60-40 split
    return f"{cardinal(first)} {joiner} {cardinal(second)}"


def say_measured_fraction(match: re.Match) -> str:
    """`1 1/2 cups` -> one and a half cups; `1/2 cup` -> half a cup; `3/4 lb.` -> three quarters
    of a pound."""
    top, bottom = match.group("fraction").split("/")
    whole, part, unit = match.group("whole"), FRACTION_WORDS[int(top), int(bottom)], match.group("unit")
    following = re.match(r"\s+([a-z]+)\b", match.string[match.end() :])
    amount_of = bool(unit and following and following.group(1) not in FUNCTION_WORDS)
    of = " of" if amount_of and (unit in AMOUNT_UNITS or unit.startswith(("cup", "stick", "pint"))) else ""
    if whole:
        said = f"{cardinal(whole)} and {part}"
        return f"{said} {UNITS[unit][1] if unit in UNITS else unit}{of}" if unit else said
    if not unit:
        return part
    noun = UNITS[unit][0] if unit in UNITS else re.sub(r"(?<=ch)es$|s$", "", unit)
    article = "an" if noun[0] in "aeiou" else "a"
    return (f"half {article} {noun}" if part == "a half" else f"{part} of {article} {noun}") + of


def say_dimensions(match: re.Match) -> str:
    """`10 x 12 in.` -> ten by twelve inches; `1920 x 1080` -> nineteen twenty by ten eighty."""
    groups = match.groups()
    sizes = " by ".join(in_pairs(size) if len(size) == 4 else cardinal(size) for size in groups[:3] if size)
    unit = groups[3] if len(groups) > 3 else ""
    unit = "inches" if unit == "in" else UNITS[unit][1] if unit in UNITS else unit
    return f"{sizes} {unit}".strip()


def say_vulgar_fraction(match: re.Match) -> str:
    """`2½` -> two and a half; `½ price` -> half price; `¾` -> three quarters."""
    part = {"½": "a half", "¼": "a quarter", "¾": "three quarters", "⅓": "a third", "⅔": "two thirds"}[match.group(2)]
    if match.group(1):
        return f"{cardinal(match.group(1))} and {part}"
    return "half" if part == "a half" else part


def say_party_state(match: re.Match) -> str:
    """`R-Texas` -> Republican of Texas; `(D-N.Y.)` -> (Democrat of New York)."""
    state = match.group("state").rstrip(".")
    return f"{PARTIES[match.group('party')]} of {US_STATES.get(state) or AP_STATES.get(state, state)}"


def say_money_range(match: re.Match) -> str:
    """`$3-4 million` -> three to four million dollars; `$25-$40` -> twenty-five to forty dollars."""
    symbol = match.group("currency")
    magnitude = (match.group("magnitude") or match.group("low_magnitude") or "").lower()
    priced = [match.group(side).replace(",", "").partition(".") for side in ("low", "high")]
    if not magnitude and any(len(cents) == 2 for _, _, cents in priced):  # $5.10-$5.30: dollars and cents each
        return " to ".join(dollars_and_cents(whole, cents.ljust(2, "0"), symbol) for whole, _, cents in priced)
    low, high = cardinal(match.group("low")), cardinal(match.group("high"))
    if match.group("low_magnitude") and match.group("low_magnitude").lower() != magnitude:
        low += " " + MAGNITUDES[match.group("low_magnitude").lower()]
    amount = f"{low} to {high}" + (f" {MAGNITUDES[magnitude]}" if magnitude else "")
    return f"{amount} {CURRENCIES[symbol][1]}"


def say_fraction(match: re.Match) -> str:
    top, bottom = int(match.group(1)), int(match.group(2))
    if (top, bottom) == (24, 7):
        return "twenty-four seven"
    if (top, bottom) == (9, 11):  # the day's name
        return "nine eleven"
    if top + bottom == 100 or top == bottom == 20:  # a 60/40 split, 50/50, 20/20 vision
        return f"{cardinal(str(top))}-{cardinal(str(bottom))}"
    if bottom == 1:  # no fraction: odds, 9/1
        return f"{cardinal(str(top))} to one"
    if bottom == 2:
        return "one half" if top == 1 else f"{num2words(top)} halves"
    if bottom == 4:
        return f"{num2words(top)} {'quarter' if top == 1 else 'quarters'}"
    if (2 < bottom <= 20 or bottom in (32, 64)) and bottom != 10 and top < bottom:  # 8/10: out of ten; a bond's 4/32
        denominator = ordinal(bottom)
        return f"{num2words(top)} {denominator if top == 1 else denominator + 's'}"
    return f"{cardinal(str(top))} out of {cardinal(str(bottom))}"


def say_number_sign(match: re.Match) -> str:
    return f"number {cardinal(match.group(1))}"


def say_regnal(match: re.Match) -> str:
    name, numeral = match.group(1), match.group(2)
    value = roman_value(numeral)
    if value is None or value == 0:
        return match.group(0)
    if numeral == "I" and name.lower() in ENGLISH_STOPWORDS and name not in COUNTED_BY_ROMAN:  # "Then I, ..."
        return match.group(0)
    if name.lower() in SENTENCE_OPENERS:  # "The XL range", "In XV": no ruler
        return match.group(0)
    if name in COUNTED_BY_ROMAN:
        return f"{name} {num2words(value)}"
    return f"{name} the {ordinal(value)}"


def abbreviation_pattern(short: str) -> str:
    """A small-letter abbreviation also opens a sentence with a capital (Approx. 3,000, Incl. tax);
    not a single letter (V is a numeral)."""
    return f"(?:{short}|{short.capitalize()})" if short.islower() and len(short) > 1 else short


def say_abbreviation(match: re.Match) -> str:
    written = match.group(0).rstrip(".")
    return ABBREVIATIONS.get(written) or ABBREVIATIONS[written.lower()].capitalize()


def say_state_university(match: re.Match) -> str:
    if HOUSE_NUMBER_BEFORE.search(match.string, 0, match.start()):
        return match.group(0)
    return f"{match.group(1)} State"


def say_saint_or_street(match: re.Match) -> str:
    before, word, after = match.group(1) or "", match.group(2), match.group(3)
    saint, street = {"St": ("Saint", "Street"), "Dr": ("Doctor", "Drive")}[word]
    # Before a name: Saint, Doctor. After one (Baker St, Mulholland Dr) or a number (5th St.,
    # said "fifth" by now): Street, Drive.
    numbered = bool(re.fullmatch(ORDINAL_WORD, before.strip()))
    chosen = street if numbered else saint if after and after[0].isupper() else street if before else saint
    return f"{before}{chosen}{'' if after is None else ' ' + after}"


def say_initials(match: re.Match) -> str:
    """Dotted initials as letters; the dot after them stays only where a sentence may end
    there (a common word follows: "a B.A. He left"), not before a name (J.R.R. Tolkien)."""
    letters = " ".join(re.findall(r"[A-Za-z]", match.group(1))).upper()
    following = re.split(r"['’]", (match.group(3) or "").strip())[0]  # We're -> We
    rest = match.string[match.end(2) :]
    ends_sentence = match.group(2) and (
        not rest.strip() or (rest[0].isspace() and following[:1].isupper() and following.lower() in SENTENCE_OPENERS)
    )
    return letters + ("." if ends_sentence else "")


def say_counted_one(match: re.Match) -> str:
    """`World War I` -> World War one; `the war I fought`, written `the War I fought`, keeps its
    pronoun: after "the" and before a small word, I is the speaker."""
    before, after = match.string[: match.start()], match.string[match.end() :]
    if re.search(r"\b[Tt]he $", before) and re.match(r" [a-z]", after):
        return match.group(0)
    return f"{match.group(1)} one"


def say_acronym(match: re.Match) -> str:
    word, tail = match.group(1), match.group(2) or ""
    if word in WORD_ACRONYMS or is_shouted_word(word):
        return word.capitalize() + tail  # NATO -> Nato: every voice reads a word
    return " ".join(word) + ("'s" if tail else "")  # FBI -> F B I; MPs -> M P's (RBIs: not "R B Is")


def say_shouted_contraction(match: re.Match) -> str:
    word, ending = match.group(1), match.group(2)
    if word.lower() in ENGLISH_STOPWORDS or word.endswith("N") and ending == "T":  # IT'S, THEY'RE, DON'T, CAN'T
        return f"{word.capitalize()}'{ending.lower()}"
    return match.group(0)


def is_shouted_word(word: str) -> bool:
    """A capital word of four or five letters that reads as English (DOES, WRONG, POSIX, USER),
    not a country's or city's initials (USDA, NYSE): those go on with a consonant."""
    initials = word.startswith(SPELLED_PREFIXES) and word[2:3] not in ("A", "E", "I", "O", "U")
    return len(word) >= 4 and pronounceable(word) and not initials


def opens_title(before: str) -> bool:
    """Nothing before but space, or a colon or a dash just before: where a title or its second part opens."""
    return not before.strip() or before[-3:].rstrip().endswith((":", " -", "–", "—", "|"))


def say_number(match: re.Match) -> str:
    before, number = match.string[: match.start()], match.group(0)
    sign = ""
    if number.startswith(("-", "−")):
        sign, number = "minus ", number[1:]
    if re.fullmatch(r"(1[1-9]|20)\d\d", number) and (
        YEAR_CUES.search(before[-20:])
        or YEAR_NOUNS.match(match.string, match.end())
        or (DETERMINER_BEFORE.search(before[-6:]) and NAME_AFTER.match(match.string, match.end()))
        or (
            (opens_title(before) or DESCRIBED_BEFORE.search(before[-30:]))
            and MODEL_YEAR.fullmatch(number)
            and MODEL_AFTER.match(match.string, match.end())
        )
        or (ALONE_BEFORE.search(before) and ALONE_AFTER.match(match.string, match.end()))
        or (before.endswith("(") and MODEL_YEAR.fullmatch(number) and CITATION_AFTER.match(match.string, match.end()))
        or (
            (opens_title(before) or SUBJECT_BEFORE.search(before[-10:])) and YEAR_VERBS.match(match.string, match.end())
        )
        or (
            EVENT_BEFORE.search(before[-30:])
            and (
                NAME_AFTER.match(match.string, match.end())
                or (MODEL_YEAR.fullmatch(number) and CLAUSE_END.match(match.string, match.end()))
            )
        )
        or (
            OWNER_BEFORE.search(before[-20:])
            and MODEL_YEAR.fullmatch(number)
            and (THING_AFTER.match(match.string, match.end()) or MODEL_AFTER.match(match.string, match.end()))
        )
        or (
            DESCRIBED_THING_BEFORE.search(before[-20:])
            and MODEL_YEAR.fullmatch(number)
            and THING_AFTER.match(match.string, match.end())
        )
        or (
            MODEL_YEAR.fullmatch(number)
            and (
                (YEAR_LIST_BEFORE.search(before[-8:]) and YEAR_LIST_AFTER.match(match.string, match.end()))
                or YEAR_LIST_NEXT.match(match.string, match.end())
            )
        )
        or (MODEL_YEAR.fullmatch(number) and YEAR_THEN_ANOTHER.search(before[-40:]))
        or (MODEL_YEAR.fullmatch(number) and EVENT_INSIDE.search(before[-30:]))
        or (
            MODEL_YEAR.fullmatch(number)
            and FOR_BEFORE.search(before[-4:])
            and CLAUSE_END.match(match.string, match.end())
        )
    ):
        return sign + year(number)
    return sign + cardinal(number)


CJK = r"[\u3005-\u3007\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]+"


def rules() -> list[tuple[re.Pattern, Replacement]]:
    units = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
    currencies = "|".join(sorted((re.escape(c) for c in CURRENCIES), key=len, reverse=True))
    magnitudes = "|".join(sorted(MAGNITUDES, key=len, reverse=True))
    states = "|".join(US_STATES)
    state_names = "|".join(US_STATES.values())
    fractions = "|".join(f"{top}/{bottom}" for top, bottom in FRACTION_WORDS)
    ap_states = "|".join(re.escape(state) for state in sorted(AP_STATES, key=len, reverse=True))
    rules: list[tuple[str, Replacement]] = [
        # A date a comment's header glues to its author's name: SusanAugust 6, 2012 -> Susan August 6, 2012.
        (rf"(?<=[a-z])(?=(?:{'|'.join(MONTH_NAMES)}) \d{{1,2}}(?:st|nd|rd|th)?, \d{{4}}\b)", " "),
        # A wire story's desk tag before its headline is not read: UPDATE 2-Oil prices rise.
        (r"^(?:UPDATE \d+|WRAPUP \d+|REFILE|CORRECTED|EXCLUSIVE|RPT|ANALYSIS|FACTBOX|INSIGHT)-(?=[A-Z])", ""),
        # A state's university, as its teams are named: Ohio St., Penn St. -> Ohio State (not an
        # address: 400 N. Ohio St. has a house number before it).
        (
            rf"\b({state_names}|Penn|Boise|Fresno|San Diego|San Jose|Wichita|Ball) St{KEEP_FINAL_DOT}(?=[\s,;:.)]|$)",
            say_state_university,
        ),
        # A title in angle brackets (the Korean and Chinese press style) is read; markup is not.
        (r"<\s?([A-Z][^<>=/]{0,80}\s[^<>=/]{1,80}?)\s?>", r"\1"),
        (r"<([A-Z][a-z][^<>=/\s]{0,40})>", r"\1"),  # <Minari>; an upper-case <P> or <SCRIPT> is a tag
        (r"[《〈「『]([^》〉」』]{1,80})[》〉」』]", r"\1"),
        # Chinese, Japanese or Korean in an English article (a name's characters, a gloss in
        # brackets) is not read: an English voice says "Chinese letter" for each character.
        (rf"\s?[(（]?{CJK}(?:[\d\s、，。・]*{CJK})*[)）]?", ""),
        # Typographic signs: ™ and ® are not read, → is "to", № is "number"; ½, ¼, ¾, ⅓, ⅔ in words.
        (r"[™®]", ""),
        (r"(?<=\w)©", ""),  # a name's mark, as ™ is
        (r"(?i)(?:\bcopyright\s*)?©\s*", "copyright "),
        (r"\s?→\s?", " to "),
        (r"№\s?", "number "),
        (r"(?<!\d)(?:(\d++) ?)?([½¼¾⅓⅔])", say_vulgar_fraction),  # from a run's first digit: linear time
        # A run of symbols standing for a swear word (or a form's leftovers) is not read.
        (r"(?<!\w)[!@#$%^&*]{3,}(?!\w)", " "),
        (r"(?<=[a-z]):(?=\d)", ": "),  # a label glued to its count: Comments:87
        # A reference work's citation marks ([143], [a], [citation needed]) are not read.
        # An editor's letters opening a word of a quotation ("[t]he council", "(W)e") are read; a
        # footnote's are not.
        (r"(?<!\w)(?:\[([A-Za-z]{1,3})\]|\(([A-Za-z]{1,3})\))(?=[a-z])", lambda m: m.group(1) or m.group(2)),
        (r"\s?\[(?:\d{1,3}(?:[,–-]\d{1,3})*|[a-z]|\s?(?:citation|clarification) needed\s?|note \d+)\]", ""),
        # Programming languages and a measure's margin: C++, C#, +/- 3.
        (r"\b([CF])\+\+", r"\1 plus plus"),
        (r"\b([CF])#(?!\w)", r"\1 sharp"),
        (r"\s?(?:\+/[-−]|±)\s?", " plus or minus "),
        # Web leftovers: embedded-picture links, market data codes (the ones with a leading dot go
        # before the split: DOTTED_MARKET_CODE).
        (r"\bpic\.twitter\.com/\S+|\b[A-Z]{1,4}\d[A-Z0-9]*=[A-Z]{1,3}\b", " "),
        (r"(?<![\w$])\$(?=[A-Z]{1,5}\b)", ""),  # a cashtag, $AAPL: the ticker's letters
        # A quote's code in brackets, as wire stories print it: (AAPL.O), (.SPX), (NYSE: IBM).
        (
            r"\s?\((?:\.[A-Z][A-Z0-9]{1,11}|[A-Z0-9]{1,6}\.[A-Z]{1,2}|(?:NYSE|NASDAQ|Nasdaq|AMEX|LSE|LON|TSX|TSXV|ASX|OTC"
            r"|HKEX|SGX|TYO|FRA|ETR|EPA|BME|NYSEARCA):\s?[A-Z0-9.]{1,8}|[A-Z]{3,6}=[A-Z]{0,3}|[A-Z]{1,4}c\d)\)",
            "",
        ),
        (r"\s?\b[A-Z]{3,6}=(?![\w=])", ""),  # ... and out of them: Gold XAU= rose
        # Markup is not text: tags, SSML and espeak's phoneme brackets are dropped (a tag opens
        # with its name: x < 5 and y > 3 is a comparison, said in words).
        (r"<[/!?]?[A-Za-z][^<>]{0,200}>", " "),
        (r"(?<=\s)([<>])=?\s?(?=[-−$€£]?\d)", lambda m: "less than " if m.group(1) == "<" else "more than "),
        (r"\[\[|\]\]", " "),
        # Web addresses, e-mail, hashtags and handles.
        (EMAIL.pattern, say_email),
        # A web address written without its scheme, with a path: read by its host.
        (
            r"(?<![\w.-])((?:[\w-]+\.)+(?:com|org|net|gov|edu|io|co\.uk|org\.uk|com\.au))/\S*[^\s.,;:!?)]",
            lambda m: say_host(m.group(1), "dot"),
        ),
        (URL.pattern, say_url),
        # ... and a site's name alone: TMZ.com, Amazon.co.uk -> Amazon dot co dot uk.
        (
            r"(?<![\w.@/-])((?:[A-Za-z0-9][\w-]*\.)+(?:com|org|net|gov|edu|io|co\.uk|org\.uk|ac\.uk|com\.au|ca|tv|fm|info))"
            r"\b(?![.\w-]*\w)",
            lambda m: say_host(m.group(1), "dot"),
        ),
        (r"(?<![\w&])#([A-Za-z]\w*)", say_hashtag),
        (r"(?<![\w.])@([A-Za-z_]\w*)", r"at \1"),
        (
            r"(?<=[A-Za-z]{2})@(?=[A-Za-z_]\w+\b(?![.@]\w))",
            " at ",
        ),  # a commenter's name and handle: Katie@Cozydelicious
        # A lawmaker's party and state: R-Texas, (D-N.Y.).
        (
            rf"\b(?P<party>[DRI])-(?P<state>(?:{ap_states})\.?|(?:{states}|{state_names})\b)(?=[\s,;:.)]|$)",
            say_party_state,
        ),
        # Abbreviations written with dots.
        *[  # as written, and opening a sentence: e.g. and E.g.
            (rf"(?<!\w){re.escape(dotted[:-1])}{KEEP_FINAL_DOT}(?!\w)", spoken)
            for written, said in DOTTED.items()
            for dotted, spoken in ((written, said), (written.capitalize(), said.capitalize()))
        ],
        (r"(?<=\()[Ee]x\.(?= [a-z])", "for example"),  # (ex. accelerator, gyro): an example, as e.g. is
        # Other dotted initials are letters: B.A., I.D., J.R.R. (Tolkien), Ph.D.
        # A US state after its city, and its ZIP code: Austin, TX 78701; Macon, Ga.; Brooklyn, N.Y.
        # (before dotted initials would spell it).
        (
            rf"(?P<city>\b[A-Z][a-z]+(?: [A-Z][a-z]+)?|^[A-Z]+(?: [A-Z]+)?), (?P<state>(?:{states})\b|(?:{ap_states})(?=\.){KEEP_FINAL_DOT})"
            rf"(?: (?P<zip>\d{{5}})(?:-\d{{4}})?\b)?(?=[\s,;:.)]|$)",
            say_city_state,
        ),
        # The law's sections, in pairs: 18 U.S.C. § 1030, 42 U.S.C. 1983, § 230 -> section ten thirty.
        (r"(\bU\.?S\.?C\.?(?:A\.?)?\s?)(\d{3,4})\b(?![.,]\d)", lambda m: f"{m.group(1)}{in_pairs(m.group(2))}"),
        (
            r"§(§?)\s?(\d{3,4})\b(?![.,]\d|\s?[-–]\s?\d)",
            lambda m: f"section{'s' if m.group(1) else ''} {in_pairs(m.group(2))}",
        ),
        # A resolution's number: H.Res. 757, S.J.Res. 11 (its period went before the split).
        (r"\b([HS])\.(?:(J|Con)\.)?Res (\d{1,4})\b", say_resolution),
        # A model's four digits after its capitals, in pairs: RTX 4090 -> forty ninety (CES 2024 is a year).
        (r"\b([A-Z]{2,5}) (?!(?:19|20)\d\d)([1-9]\d{3})\b(?![.,]\d)", lambda m: f"{m.group(1)} {in_pairs(m.group(2))}"),
        # A state after "of", "in", "from"..., as the wire writes it: Sen. Dick Durbin of Ill., agreed;
        # a woman of Okla. was (not before a capital: Miss. Smith).
        (
            rf"\b(of|in|from|to|near|outside) ({ap_states})(?:\.(?=[,;)]|\s+[a-z])|(?=\.\s*$))",
            lambda m: f"{m.group(1)} {AP_STATES[m.group(2)]}",
        ),
        # A shooting percentage: FG% -> field goal percentage.
        (r"\b(FG|FT|3P|3PT)%", lambda m: SHOOTING[m.group(1)] + " percentage"),
        # A bill's number, in pairs: H.R. 1234 -> H R twelve thirty-four; SB 54.
        (
            r"\b(H\.R\.|H\.B\.|S\.B\.|A\.B\.|HR|HB|SB|AB) ?([1-9]\d{0,3})\b(?![.,]\d)",
            lambda m: (
                f"{' '.join(m.group(1).replace('.', ''))} {in_pairs(m.group(2)) if len(m.group(2)) == 4 else m.group(2)}"
            ),
        ),
        (r"(?<![\w.])((?:[A-Z]\.){1,3}[A-Z]|Ph\.D)(\.?)(?=(\s+\S+)?)", say_initials),
        # A press release's wire credit after its dateline goes: "March 4, 2026 /PRNewswire/ -- Harbor
        # Grid ...", "(BUSINESS WIRE)--".
        (r"\s*(?:/ ?[A-Z][\w.&' -]{1,40}? ?/|\((?:BUSINESS WIRE|[A-Z][\w ]{0,30}NEWSWIRE)\))\s*(?:--|[-–—])\s*", " — "),
        # Shouting and datelines in capitals: words, not letters.
        (r"^([A-Z][A-Z.'’]+(?:[ /][A-Z][A-Z.'’]+){0,5})(,? \(| [-–—]|, (?=[A-Z][a-z]))", say_dateline),
        # A wire byline in capitals is a name: By JOHN F. BURNS and ALAN COWELL -> By John F. Burns ...
        (r"^(?:By|BY)(?:,? (?:(?:[A-Z]\.)+|[A-Z][A-Z'’-]*|and|AND))+(?=\s*$|, [A-Z][a-z])", say_shouted_byline),
        (r"\b[A-Z][A-Z'’]*[A-Z](?:[ ,/]+[A-Z][A-Z'’]*[A-Z]|[ ,]+[AI]\b)+\b", say_shouting),
        # The London index and its number, as the City says them: the FTSE 100 -> Footsie one hundred.
        (r"\bFTSE(?: (\d{3}))?\b", lambda m: "Footsie" + (f" {in_pairs(m.group(1))}" if m.group(1) else "")),
        # A season written with a slash is one with a dash: 2020/21 -> twenty twenty to twenty-one.
        (r"\b((?:19|20)\d\d)/(\d\d)\b(?![/-]\d)", r"\1-\2"),
        # A toll-free number: 1-800-555-0199 -> one eight hundred, five five five, oh one nine nine.
        (
            r"\b1-(8[0-8]{2})-(\d{3}-\d{4})\b",
            lambda m: (
                f"one {'eight hundred' if m.group(1) == '800' else digit_groups(m.group(1))}, {digit_groups(m.group(2))}"
            ),
        ),
        # An airliner's variant: Boeing 747-400, Airbus A340-600, and without the maker's name the
        # 787-9, the A350-1000, the 777-300ER (not a score: Lakers 110-100).
        (
            rf"\b(?P<maker>Boeing|Airbus|Embraer|Tupolev|Ilyushin|Antonov) (?P<letter>[A-Z]?)(?P<model>\d{{3}}){VARIANT}",
            say_airliner,
        ),
        (rf"\b(?P<letter>A)?(?P<model>(?<=A)3[0-8]0|7[0-8]7){VARIANT}", say_airliner),
        # A section of the US tax code: 401(k), 501(c)(3) -> four oh one k, five oh one c three.
        (
            r"\b([1-9]\d{2})\(([a-z])\)(?:\((\d{1,2})\))?",
            lambda m: f"{digit_groups(m.group(1))} {m.group(2)}" + (f" {cardinal(m.group(3))}" if m.group(3) else ""),
        ),
        (r"(?<=\b737 )MAX\b", "Max"),  # the 737 MAX: a name, not letters
        # ... and its model alone, wherever it stands: 171 Boeing 737 jets, a Porsche 911.
        (
            r"\b(Boeing|Airbus|Embraer|Cessna|Porsche|Peugeot|Ferrari) (A?)([1-9]\d{2})(s?)\b(?![.,-]\d)",
            say_maker_model,
        ),
        # ... and Boeing's jets without the maker's name just before them, in a sentence about
        # aircraft: the 767 tanker, 12 777 freighters, three 747s.
        (r"\b(7[0-8]7)(s?)\b(?![.,:/-]?\d)", say_jet_model),
        # The Wi-Fi standard: 802.11n -> eight oh two dot eleven n.
        (r"\b802\.11([a-z]{0,2})\b", lambda m: " ".join(["eight oh two dot eleven", *m.group(1)]).strip()),
        # A lens's aperture: f/2.8, ƒ/1.8G -> f two point eight, f one point eight G.
        (
            r"(?<![\w/])[fƒ]/(\d{1,2}(?:\.\d{1,2})?)([A-Z]?)\b",
            lambda m: f"f {cardinal(m.group(1))}" + (f" {m.group(2)}" if m.group(2) else ""),
        ),
        # A file's type: a .m4r file, part1.pdf -> dot m four r, part one dot pdf.
        (r"(?<![\w.])\.([a-z][a-z0-9]{1,4})\b(?=\s+(?:files?|formats?|extensions?)\b)", r"dot \1"),
        (r"(?<=\w)\.(pdf|docx?|xlsx?|pptx?|jpe?g|png|gif|mp3|mp4|m4a|m4b|zip|txt|csv|html?|exe)\b", r" dot \1"),
        # A percentage with no digit before its point: .3% -> point three percent.
        (r"(?<![\w.])\.(\d+)\s?%", lambda m: f"point {' '.join(map(cardinal, m.group(1)))} percent"),
        # A tenth with no whole part: only .1 second off (a .22 rifle, a .300 hitter are said whole).
        (r"(?<![\w.,])\.(\d)(?![\d.,]?\d)", lambda m: f"point {cardinal(m.group(1))}"),
        # A statistic's p-value: P<.001 -> p less than point zero zero one.
        (
            r"\b[Pp] ?([<>=]) ?0?\.(\d{1,4})\b",
            lambda m: f"p {COMPARISONS[m.group(1)]} point {' '.join(num2words(int(d)) for d in m.group(2))}",
        ),
        # A number with no digit before its point: a batting average (.300 -> three hundred, .412
        # -> four twelve), a calibre (.22 -> twenty-two); a hitter's slash line, .218/.295/.329,
        # is three of them in a row, not a choice.
        (r"(?<=\d)/(?=\.\d)", ", "),
        (
            r"(?<![\w.])\.(\d{2,3})\b(?!\.\d)",
            lambda m: in_pairs(m.group(1)) if len(m.group(1)) == 3 else cardinal(m.group(1)),
        ),
        # Two years joined: in 1939 and 1945, between 1939 and 1945 (not counts of a plural: between
        # 1500 and 2000 people).
        (
            r"\b((?:1\d|20)\d\d) (and|or|to) ((?:1\d|20)\d\d)\b(?!,?\d| (?:[a-z]+s|people|children|men|women)\b)",
            lambda m: f"{year(m.group(1))} {m.group(2)} {year(m.group(3))}",
        ),
        (r"\bH\.(26\d)\b", lambda m: f"H {in_pairs(m.group(1))}"),  # a video codec: H.264 -> H two sixty-four
        # Hits of tries, a deal: 41-for-112, 3-for-4, 2-for-1 -> forty-one-for-one hundred and twelve.
        (r"\b(\d{1,3})-for-(\d{1,3})\b", lambda m: "-for-".join(num2words(int(n)) for n in m.groups())),
        # A telephone extension, digit by digit: ext. 4512.
        (r"\bext\.? ?(\d{2,6})\b", lambda m: f"extension {digit_groups(m.group(1))}"),
        # Dimensions: 10 x 12 in. -> ten by twelve inches; a relay, 4x100m.
        (
            r"\b(\d+(?:\.\d+)?) ?[x×] ?(\d+(?:\.\d+)?)(?: ?[x×] ?(\d+(?:\.\d+)?))? ?"
            rf"(in|ft|cm|mm|m|inches|feet|meters|metres)\b{KEEP_FINAL_DOT}",
            say_dimensions,
        ),
        # ... and without a unit: a 2x2 grid, a 1920 x 1080 screen (not a sum: 3 x 4 = 12).
        (r"(?<![\w.])(\d{1,4}) ?[x×] ?(\d{1,4})\b(?! ?=)(?!\s?m\b)", say_dimensions),
        # A price per unit: $3.49/gallon, $50/mo -> per gallon, per month.
        (rf"(?<=[\dKMB])/({'|'.join(PER_UNIT)})\b(?:\.(?= [a-z]))?", lambda m: f" per {PER_UNIT[m.group(1)]}"),
        # A currency pair: EUR/USD -> euro-dollar.
        (
            rf"\b({'|'.join(PAIR_NAMES)})/({'|'.join(PAIR_NAMES)})\b",
            lambda m: f"{PAIR_NAMES[m.group(1)]}-{PAIR_NAMES[m.group(2)]}",
        ),
        # Cents after a comma, as much of Europe writes them: €4,50.
        (r"(?<=[€£$])(\d+),(\d{2})(?!\d|,\d)", r"\1.\2"),
        # Telephone numbers: 0800 123 4567, (555) 123-4567, 555-123-4567.
        (
            r"(?<![\w.,])(?:\(\d{3,5}\) ?\d{3}[ -]\d{4}|0\d{2,4} \d{3,4} \d{3,4}|\d{3}-\d{3}-\d{4})(?![\w.,]\d)",
            say_digits,
        ),
        # A record's number, digit by digit: Bug 1679133, ticket #48213, case no. 20193.
        (
            r"\b(?:([Bb]ug|[Ii]ssue|[Tt]icket) ?#?|([Cc]ase|[Oo]rder|[Ii]nvoice|[Pp]art|[Ss]erial) ?(?:#|[Nn]o\.|[Nn]umber))"
            r" ?(\d{5,})\b",
            lambda m: f"{m.group(1) or m.group(2)} number {digit_groups(m.group(3))}",
        ),
        # A book's or paper's number, digit by digit: ISBN 978-1-4843-4971-7, PMID 21187404.
        (
            r"\b(ISBN|ISSN|PMID|PMC|OCLC|LCCN)(?:-1[03])?:? ?(\d[\d -]{5,20}[\dX])\b",
            lambda m: f"{m.group(1)} {digit_groups(m.group(2))}" + (" X" if m.group(2).endswith("X") else ""),
        ),
        # A paper's DOI is a link for the eye (doi:10.1016/0169-5347(93)90009-E): its name is said, not its path.
        (r"\b(?:doi|DOI):? ?10\.\d{4,9}/\S*[^\s.,;:]", "D O I"),
        (r"(?<![\w+])(\+\d{1,3}) ?\(0\) ?(?=\d)", r"\1 "),  # +49 (0)40 890: the zero is dialled only at home
        (
            r"(?<![\w+])\+(\d{1,3})((?:[ -]\d{1,5}){2,4})(?![\w.,]?\d)",  # +971 50 55 23215
            lambda m: (
                f"plus {digit_groups(m.group(1)) if len(m.group(1)) == 3 else cardinal(m.group(1))}, "
                f"{digit_groups(m.group(2))}"
            ),  # +44 is "plus forty-four", +971 "plus nine seven one"
        ),
        (r"(?<=\d)(?<!\b(?:1[89]|20)\d\d) est(?=\.\s*(?:$|[),;]))", " estimate"),  # EPS of $1.23 vs. $1.10 est.
        (r"(?<![\d.,])(\d{1,3})\s?¢", lambda m: f"{cardinal(m.group(1))} {'cent' if m.group(1) == '1' else 'cents'}"),
        (r"\$(\d{1,4}) bucks\b", r"\1 bucks"),  # $20 bucks: the sign is said once, as bucks
        # An amount with its cents before the currency's name is said as money: 49.95 euros.
        (
            r"(?<![\w.,$£€])(\d{1,3}(?:,\d{3})*|\d+)\.(\d\d) ([Dd]ollars|[Ee]uros?|[Pp]ounds)\b",
            lambda m: f"{ {'d': '$', 'e': '€', 'p': '£'}[m.group(3)[0].lower()] }{m.group(1)}.{m.group(2)}",
        ),
        (r"(\$\d{1,4}\.\d\d)-(an?|per)-", r"\1 \2 "),  # a $6.99-a-month service: six dollars ninety-nine a month
        # A dollar sign written after the amount (35$, 9-10$) is read as if before it.
        (rf"(?<![\w$.,])((?:{NUMBER})(?:\s?[-–]\s?(?:{NUMBER}))?)\s?\$(?![\w$])", r"$\1"),
        # A range of money: $54 million-$78 million, $3-4 million, $10K-$20K, $25-$40.
        (
            rf"((?:{currencies})\s?(?:{NUMBER})\s?(?i:million|billion|trillion))\s?[-–]\s?(?=(?:{currencies})\d)",
            r"\1 to ",
        ),
        (
            rf"(?P<currency>{currencies})\s?(?P<low>{NUMBER})(?P<low_magnitude>(?i:k|m|bn|b))?\s?[-–]\s?(?:{currencies})?"
            rf"(?P<high>{NUMBER})(?:\s?(?P<magnitude>(?i:{magnitudes}))\b)?",
            say_money_range,
        ),
        # Money: US$1.2bn, $5.50, £40m, 245p; 3 million euros stays as it is.
        (
            rf"(?P<article>\b[Aa]n? )?(?P<currency>{currencies})\s?(?P<amount>{NUMBER})(?:(?P<joiner>[\s-]?)(?P<magnitude>(?i:mm|{magnitudes}))\b)?",
            say_money,
        ),
        (r"\b(480|720|1080|1440|2160)p\b", lambda m: f"{in_pairs(m.group(1))} p"),  # a screen's 1080p: ten eighty p
        (
            rf"(?<![\d.,])({NUMBER})p\b(?!\.[mM]\b)",
            lambda m: f"{cardinal(m.group(1))} {'penny' if m.group(1) == '1' else 'pence'}",
        ),
        # A reference before its number (Ch. 4, fig. 2, est. 1885); a year's estimate (2020 est.).
        (NUMBERED_REFERENCE.pattern, say_reference),
        (r"\b((?:1[89]|20)\d\d) est\.", lambda m: f"{year(m.group(1))} estimate"),
        (CIRCA.pattern, "circa "),
        # The emergency number is said digit by digit: call 911, a 911 dispatcher.
        (
            r"\b((?:[Cc]all|[Dd]ial)(?:s|ed|ing|led|ling)? )?911\b(?(1)|(?= (?:calls?|callers?|dispatch\w*|operators?|centers?)\b))",
            lambda m: f"{m.group(1) or ''}nine one one",
        ),
        # ... and the other short service numbers after a verb of calling: text 988, call 999, dial 311.
        (
            r"\b((?:[Cc]all|[Dd]ial|[Tt]ext)(?:s|ed|ing|led|ling)? )([2-9]11|988|999|112)\b(?![.,]\d)",
            lambda m: f"{m.group(1)}{' '.join(num2words(int(digit)) for digit in m.group(2))}",
        ),
        # A height in feet and inches: 5 ft. 4 in. -> five feet four inches.
        (
            r"\b(\d) ?ft\.? (\d{1,2}) ?in\b(?:\.(?!\s*$))?",
            lambda m: f"{num2words(int(m.group(1)))} feet {num2words(int(m.group(2)))} inches",
        ),
        # About, and more than: ~60%, 250,000+ homes.
        (r"(?<![\w~])~\s?(?=[$€£]?\d)", "about "),
        (rf"(?<![\w.,])({NUMBER})\+(?=\s+[a-z])", r"more than \1"),
        # A quotation's closing mark that a blog's typography set as a double prime after a number
        # (“Dial 123″, “Web2.0″, as WordPress does), where nothing else closes the quotation before
        # the next opens: it closes it, it is no inches (“a 9″ pan,” she said: inches).
        (r"(“[^“”″\n]{0,200}?\d)″(?=[^“”]*(?:“|$))", r"\1”"),
        # A height: 6' 2" -> six foot two (and with curly marks: 6’5”).
        (
            r"\b(\d)['′’]\s?(\d{1,2})(?:[\"″”]|''|’’)",
            lambda m: f"{num2words(int(m.group(1)))} foot {num2words(int(m.group(2)))}",
        ),
        # Inches as a mark before what they measure: a 9" pie plate, 1/2" thick, our 32″ TV -> nine-inch,
        # half-inch, thirty-two-inch (a straight mark before a capital or a number as often closes a quotation).
        (r"(?<![\d'′/])(\d{1,3}(?:\.\d+)?|1/2|1/4|3/4)(?:[\"″](?=\s+[a-z])|″(?=\s+[A-Z\d]))", say_inch_mark),
        (  # 1/2-inch, 3/4-inch: half-inch, three quarter-inch
            r"(?<![\w/])(?<!\d-)(1/2|1/4|3/4)-(?=[a-z])",
            lambda m: FRACTION_WORDS[int(m.group(1)[0]), int(m.group(1)[2])].removeprefix("a ").removesuffix("s") + "-",
        ),
        # A version: GRUB v2, v1.4.2 -> version two, version one point four point two.
        (r"(?<![\w.-])v(?=\d+(?:\.\d+)*\b(?![.,]\d)(?! engines?\b))", "version "),
        # A page or pages cited: p. 22, pp. 3-8.
        (r"\bp(p?)\.\s?(?=\d)", lambda m: "pages " if m.group(1) else "page "),
        # A weekday shortened before its date: Thu, 08/09/2012; Sat, Nov. 3; Tue Jul 24.
        (
            rf"\b(Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun)(,?)(?=\s(?:\d|{MONTH.replace('?P<month>', '')}))",
            lambda m: WEEKDAY_NAMES[m.group(1)[:3]] + m.group(2),
        ),
        # Dates and times, before numbers and ranges read them. A range across months: Nov. 23-Jan. 5.
        (rf"(\b{MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?)\s?[-–]\s?(?={MONTH.replace('?P<month>', '')}\s\d)", r"\1 to "),
        (
            rf"\b{MONTH}\s(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:(?P<joiner>\s?[-–]\s?|\s(?:to|through|until|and|&)\s)"
            rf"(?P<end>\d{{1,2}})(?:st|nd|rd|th)?\b)?(?:(?:,?\s|,)(?P<year>(1[1-9]|20)\d\d)\b)?",
            say_month_day,
        ),
        (rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s(?:of\s)?{MONTH}(?:,?\s(?P<year>(1[1-9]|20)\d\d)\b)?", say_day_month),
        # ... and as Europe writes it with a year: 27. Jun, 2012.
        (rf"\b(?P<day>\d{{1,2}})\.\s{MONTH},?\s(?P<year>(1[1-9]|20)\d\d)\b", say_day_month),
        (r"\b((?:1[1-9]|20)\d\d)-(\d\d)-(\d\d)\b", say_iso_date),
        (r"(?<![\d/])((?:1[1-9]|20)\d\d)/(\d\d)/(\d\d)(?![\d/])", say_iso_date),  # 2012/11/07, as Japan writes it
        (r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b", say_slash_date),
        (r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:1[5-9]|20)\d\d)(?!\d|\.\d)", say_slash_date),  # 12.05.2019
        # ... and with two digits each, as a comment's stamp gives it: 07.07.12 (not a version's number).
        (r"(?<![\w.])(?<![Vv]ersion )(\d\d)\.(\d\d)\.(\d\d)(?!\d|\.\d)", say_slash_date),
        # ... and month and day alone after a word that asks for a date or a weekday: the sale ends
        # 11/30, due 3/15, on Friday (10/26).
        (
            r"\b((?i:on|by|until|till|through|thru|ends?|ending|starting|from|before|after|since|due|effective) |"
            r"(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?,? \(?)"
            r"(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])\b(?![/.,]?\d)",
            lambda m: f"{m.group(1)}{MONTH_NAMES[int(m.group(2)) - 1]} {ordinal(int(m.group(3)))}",
        ),
        # A post's time stamp to the second: 11:39:16 PM -> eleven thirty-nine p m.
        (r"\b(\d{1,2}:[0-5]\d):[0-5]\d(?=\s?[AaPp]\.?[Mm]\b)", r"\1"),
        # A race time, hours:minutes:seconds: 2:03:23.
        (r"\b(\d{1,2}):([0-5]\d):([0-5]\d)(?:\.(\d{1,3}))?\b(?!:)", say_race_time),
        # A golfer's rounds: 68-70-66-69 -> sixty-eight, seventy, sixty-six, sixty-nine.
        (r"(?<![\d-])([5-8]\d)-([5-8]\d)-([5-8]\d)(?:-([5-8]\d))?(?![\d-])", say_rounds),
        # A Bible verse: Matthew 24:6 -> Matthew twenty-four, verse six (not a time or a score).
        (
            r"\b(?:([123]) )?([A-Z][a-z]+) (\d{1,3}):(\d{1,3})(?:[-–](\d{1,3}))?\b(?!\s?[aApP]\.?[mM]\b)",
            say_verse,
        ),
        # A time in minutes, seconds and tenths: a 3:59.4 mile -> three fifty-nine point four (a lap
        # time is written 1'32.7 too).
        (r"\b(\d{1,2})['′](?=[0-5]\d\.\d{1,3}\b(?![\"″]))", r"\1:"),
        (
            r"(?<![\d:])(\d{1,2}):([0-5]\d)\.(\d{1,2})\b(?![.:]\d)",
            lambda m: (
                f"{cardinal(m.group(1))} {two_digits(int(m.group(2)))} point {' '.join(map(cardinal, m.group(3)))}"
            ),
        ),
        (r"\b(\d{1,2})\.([0-5]\d)(?=\s?(?:[aApP]\.?[mM]|[ap] m)\b)", r"\1:\2"),  # 8.15pm, as Britain writes it
        (rf"\b(\d{{1,2}}):(\d{{2}})(?:\s?([aApP]\.?[mM]{KEEP_FINAL_DOT})(?![a-z]))?", say_clock),
        # A wire's 24-hour time before its zone: 0300 GMT -> oh three hundred, 1430 GMT -> fourteen thirty.
        (r"(?<![\d.,:])([01]\d|2[0-3])([0-5]\d)(?= ?(?:GMT|UTC|BST|CET|CEST)\b)", say_24_hour_time),
        (rf"\b(\d{{1,2}})\s?([aApP]\.?[mM]{KEEP_FINAL_DOT})(?![a-zA-Z])", say_hour_meridiem),
        (r"(?<=[ap] m)\s?[-–]\s?(?=\w)", " to "),  # 9 a.m.-5 p.m.
        # The American zones after a time are said as their names: 7:30 p.m. ET -> Eastern.
        (r"(?:(?<=[ap] m )|(?<=noon ))([EPCM])T\b", lambda m: US_TIME_ZONES[m.group(1)]),
        (rf"\b({TIME_ZONES})\b", lambda m: " ".join(m.group(1))),
        # A month shortened after a preposition: in Oct. (a weekday is said in full before the split).
        (
            rf"\b({MONTH_PREPOSITIONS} |mid-)(Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec){KEEP_FINAL_DOT}(?=[\s,;:)]|\.?$)",
            say_short_month,
        ),
        # Streets before measures read their letters: 100 W. Elm Ave. (not watts), I-95.
        (
            rf"\b([NSEW])\. (?=(?:(?:[A-Z][a-z]+ ){{1,3}}|\d+(?:st|nd|rd|th) ){STREET_WORDS}\b)",
            lambda m: COMPASS[m.group(1)] + " ",
        ),
        (r"\bI-(\d{1,3})\b", lambda m: f"I {cardinal(m.group(1))}"),
        # A part of a whole, alone or with a unit: 1 1/2 cups, 1/2 cup, 3/4 lb.
        (
            rf"(?<![\d/.,])(?:(?P<whole>\d{{1,2}})[ -])?(?P<fraction>{fractions})(?![\d/])"
            rf"(?(whole)|(?=\s?(?:{units}|cups?|sticks?|pints?|inch(?:es)?)\b))(?:\s?(?P<unit>{units}|cups?|sticks?|pints?|inch(?:es)?)\b{KEEP_FINAL_DOT})?",
            say_measured_fraction,
        ),
        (
            r"\bFY ?((?:20)?\d\d)\b",
            lambda m: f"fiscal {year(m.group(1)) if len(m.group(1)) == 4 else cardinal(m.group(1))}",
        ),
        (r"\b(16|21):(9|10)\b", r"\1 by \2"),  # a screen's shape, 16:9
        (r"\b(\d{1,2}):(\d)(?!\d)", lambda m: f"{cardinal(m.group(1))} to {cardinal(m.group(2))}"),  # a ratio, 3:1
        (r"\bYoY\b", "year on year"),
        (r"\bover/under\b", "over-under"),
        (r"\bbasis pts\b", "basis points"),
        (r"(?<=\d(?:st|nd|rd|th) )min(?:\.(?= ))?(?=[ .]|$)", "minute"),  # in the 89th min.
        (r"\b(in|to|into|forced|during) (double |triple )?OT\b", r"\1 \2overtime"),  # a game's overtime
        (r"\((2|3)?OT\)", lambda m: f"({ {'2': 'double ', '3': 'triple '}.get(m.group(1) or '', '') }overtime)"),
        (r"\bQoQ\b", "quarter on quarter"),
        # A half year after a preposition: profit rose in H1 -> in the first half.
        (r"\b(in|for|of|during|over) H([12])(?: ((?:19|20)\d\d))?\b", say_half_year),
        # A quarter or half written the analysts' way: 2Q, 3Q 2023, 4Q23, 1H23 -> the second quarter (of ...).
        (r"\b([1-4])([QH])(?: ((?:19|20)\d\d)|(\d\d))?\b", say_numbered_quarter),
        # Two names in capitals joined by a slash: S&P/TSX, CBS/AP -> S and P, T S X; C B S, A P.
        (r"(?<=[A-Z&])/(?=[A-Z]{2})", ", "),
        # A golfer's total after the score against par, in pairs: 14-under 266 -> two sixty-six.
        (r"(?<=-under )(\d{3})\b|(?<=-over )(\d{3})\b", lambda m: in_pairs(m.group(1) or m.group(2))),
        # An earthquake's magnitude: M6.4.
        (r"(?<![\w.-])M([1-9]\.\d)\b", r"magnitude \1"),
        (
            r"\b(?i:([wmqy])/\1)\b",  # y/y, Y/Y
            lambda m: {"w": "week on week", "m": "month on month", "q": "quarter on quarter", "y": "year on year"}[
                m.group(1).lower()
            ],
        ),
        (r"(?<![\w'])'(\d\d)\b(?!s)", lambda m: cardinal(m.group(1))),  # the summer of '69
        (r"\(((?:1[5-9]|20)\d\d)\)", lambda m: f"({year(m.group(1))})"),  # a year in brackets: Oldboy (2003)
        # Measures: 2.5%, -3°C, 5km, 82 kWh, 1.25x, 9.5bn.
        # (A number starts where a run of digits starts: tried inside one, a pattern takes time
        # that grows with the square of the run.)
        (rf"(?<=\d)%\s?[-–]\s?(?=(?:{NUMBER})\s?%)", "-"),  # 5.25%-5.5%: a range, its sign said once
        (
            rf"(?<![\d.,])({NUMBER})\s?[-–]\s?(?=(?:{NUMBER})\s?(?:%|per ?cent\b|pct\b))",
            lambda m: f"{cardinal(m.group(1))} to ",
        ),
        (rf"(?<![\d.,])(?:(?<![\w-])([-−+]))?({NUMBER})\s?(%(?:\s?per ?cent\b)?|per ?cent\b|pct\b)", say_percent),
        # A signed change with cents, as market reports give it: -12.99 -> minus twelve ninety-nine.
        (r"(?<![\w.,])([-−+])([1-9]\d{0,3})\.(\d\d)(?!\d|\.\d|\s?(?:%|per))", say_signed_change),
        (r"(-|−|minus\s)?(?<![\d.])(\d+(?:\.\d+)?)\s?°(?:\s?([CFNSEW])\b)?", say_temperature),
        (r"\b(degrees?) ([CF])\b", lambda m: f"{m.group(1)} {SCALES[m.group(2)]}"),  # 165 degrees F
        # ... and without the degree sign after a common word: highs of 30C, lows of -5C (an iPhone 5C stays).
        (
            r"\b((?:of|to|at|around|about|near|above|below|than|from|between|and|or|by|hit|hits|reach\w*|high|highs|low|lows"
            r"|top\w*|peak\w*|rose|rise|rising|fell|fall|falling|drop\w*|plunge\w*|soar\w*|climb\w*) )([-−])?(\d{1,3}(?:\.\d)?)([CF])\b",
            lambda m: (
                f"{m.group(1)}{'minus ' if m.group(2) else ''}{cardinal(m.group(3))} degrees {SCALES[m.group(4)]}"
            ),
        ),
        # A power: 2^28 -> two to the power of twenty-eight.
        (r"\b(\d{1,4})\^(\d{1,3})\b", lambda m: f"{cardinal(m.group(1))} to the power of {cardinal(m.group(2))}"),
        # A model's capitals glued to its three or four digits, in pairs, and the letter after them:
        # SR388 -> S R three eighty-eight; VT1708A -> V T seventeen oh eight A.
        (
            r"\b([A-Z]{1,4})(\d{3,4})([A-Z]?)\b(?![.,]\d)",
            lambda m: " ".join(filter(None, [" ".join(m.group(1)), in_pairs(m.group(2)), m.group(3)])),
        ),
        # A unit per unit: 10 mg/kg, 100 mg/dL -> ten milligrams per kilogram.
        (rf"(?<![\w.,])({NUMBER})\s?({units})/(kg|g|L|l|dL|ml|m|km|day|d|h|hr)\b", say_per_unit),
        # Blood pressure: 140/90 mm Hg -> a hundred and forty over ninety millimetres of mercury.
        (r"(?<![\w./])(\d{2,3})/(\d{2,3})(?= (?:to|and|or) \d{2,3}/\d{2,3} ?mm ?Hg)", r"\1 over \2"),
        (
            r"(?<![\w./])(\d{2,3})/(\d{2,3}) ?(mm ?Hg|mmHg)\b",
            lambda m: f"{cardinal(m.group(1))} over {cardinal(m.group(2))} millimetres of mercury",
        ),
        (r"\b(n) ?= ?(?=\d)", r"\1 equals "),  # a study's n=30,000
        # A variant's name: BA.2.86, XBB.1.5 -> B A two point eight six.
        (
            r"\b([A-Z]{1,4})\.(\d{1,2})\.(\d{1,3})\b(?![.,]\d)",
            lambda m: (
                f"{' '.join(m.group(1))} {cardinal(m.group(2))} point {' '.join(num2words(int(d)) for d in m.group(3))}"
            ),
        ),
        # A time in seconds with its decimals: 9.58s.
        (r"(?<![\d.,])(\d{1,3}\.\d{1,3})s\b", lambda m: f"{cardinal(m.group(1))} seconds"),
        (
            rf"(?P<det>\b{DETERMINERS} (?:{BEFORE_AMOUNT} )?)?\b(?P<low>{NUMBER})(?:\s?[-–]\s?(?P<high>{NUMBER}))?\s?(?P<unit>{units})(?![\w/-])(?:\.(?= [a-z]))?(?= (?P<next>[A-Za-z]+(?:-[A-Za-z]+)*)\b)?",
            say_unit,
        ),
        (rf"\b({NUMBER})(?:x|X(?= {MULTIPLIED}\b))\b", say_times),
        (
            rf"(?<![\w.,])({NUMBER})-({units})\b(?!-)",
            lambda m: f"{cardinal(m.group(1))}-{UNITS[m.group(2)][0]}",
        ),  # 130-mph winds
        # A race's distance in kilometres is a K: a 5k race, ran 6k (6k followers are thousands).
        (r"\b(\d{1,3})[kK](?=[ -](?:races?|runs?|walks?|course|trail)\b)", lambda m: f"{cardinal(m.group(1))} K"),
        (
            r"\b((?:run|ran|runs|running|walk|walked|walking|race|raced|racing)(?: an?| the| my| another)?) (\d{1,3})[kK]\b",
            lambda m: f"{m.group(1)} {cardinal(m.group(2))} K",
        ),
        (rf"(?:(?<![\w.,])({NUMBER})\s?[-–]\s?)?\b({NUMBER})\s?({magnitudes})\b", say_magnitude),
        # ... and in capitals: 1.2M, 3.5B; a whole number only before a plural (20M users, not 3M).
        (r"(?<![\w.,])(\d+\.\d+|\d{2,3}(?=[KMB] (?:[a-z]+s|people)\b))([KMB])\b(?![-'’])", say_magnitude),
        # Ordinals and decades: 21st, 1990s, '90s.
        (r"\b(\d{1,3}(?:,\d{3})*)(?:st|nd|rd|th|ST|ND|RD|TH)\b", say_ordinal),
        (r"(?:(?<!\w)['’]|\b)(1[1-9]|20)?(\d0)['’′]?s\b", say_decade),  # a prime for an apostrophe: 20′s
        (r"(?<![\w.,'])(?<![A-Z]-)(\d{1,3})s\b", lambda m: plural_number(m.group(1))),  # over-65s, not F-16s
        (  # 1,000s of people, 100,000s
            r"(?<![\w.,'])(1(?:0{1,2})?(?:,?000)+)s\b",
            lambda m: HUNDREDS_OF.get(m.group(1).replace(",", ""), plural_number(m.group(1))),
        ),
        # Records and results: 11-2-1, Palm Bay d. Rockledge, the 49ers.
        (r"\b(\d{1,3})-(\d{1,3})-(\d{1,2})\b(?!-)", say_record),
        (
            r"(\b[A-Z][\w.'’]* )\((\d{1,2}-\d{1,2}(?: [A-Z][\w-]*){0,2}(?:, ?\d{1,2}-\d{1,2}(?: [A-Z][\w-]*){0,2})*)\)",
            say_team_record,
        ),
        (r"\b(\d{1,2})ers\b", say_team_number),
        # ... and a record in the sentence: the Broncos are 3-7, improved to 6-2, a 10-4 (road) record.
        (
            rf"\b({RECORD_BEFORE}) (\d{{1,2}})-(\d{{1,2}})\b(?![-–]?\d)"
            r"|\b(\d{1,2})-(\d{1,2})(?= (?:(?:home|road|away|overall|conference|league|division|career) )?record\b)",
            say_standing,
        ),
        # A numbered table or figure of a chapter: Table 6-1 -> Table six one (not a range).
        (
            r"\b(Table|Figure|Fig\.|Exhibit|Chart|Listing|Appendix) (\d{1,2})-(\d{1,2})\b(?!-)",
            lambda m: f"{m.group(1)} {cardinal(m.group(2))} {cardinal(m.group(3))}",
        ),
        # A name and its three-digit number, said in pairs: Blink-182, NASDAQ-100; a tax form's: Form 1040.
        (r"\b([A-Za-z][A-Za-z&]*)-(\d{3})\b(?![-.,]\d)", lambda m: f"{m.group(1)} {in_pairs(m.group(2))}"),
        (
            r"\b(Forms?) (\d{3,4})\b|\b(\d{4})(?= forms?\b)",
            lambda m: f"{m.group(1) or ''} {in_pairs(m.group(2) or m.group(3))}".strip(),
        ),
        # Thousands as a K after three digits or a decimal: 435K deliveries (a 10K run, a 4K screen stay).
        (r"(?<![\w.])(\d{3}|\d{1,3}\.\d{1,2})K\b", lambda m: f"{cardinal(m.group(1))} thousand"),
        # A rating with a decimal: 4.5/5 stars -> four point five out of five.
        (r"(?<![\d.])(\d{1,2}\.\d)/(5|10)\b", lambda m: f"{cardinal(m.group(1))} out of {cardinal(m.group(2))}"),
        # Ranges and scores (3-5, 2019-20), fractions, "No. 10", "#1".
        (rf"\b(?<![\d.,])({NUMBER})\s?[-–—]\s?({NUMBER})\b(?!\s?[-–—/]\d|[.,]\d)", say_range),
        (r"\b(\d{1,2})/(\d{1,2})\b", say_fraction),
        (r"\b[Nn]o\.\s?(\d+)\b", say_number_sign),
        (r"(?:#|(?<!\w)#\s)(\d+)\b", say_number_sign),  # #2, and # 1 standing apart
        # Names with numerals: Henry VIII, World War II (and WWII, WW2).
        (r"\bWW ?(II|2|I|1)\b(?![.,]\d)", lambda m: f"World War {'Two' if m.group(1) in ('II', '2') else 'One'}"),
        (
            r"\b((?:King|Queen|Pope|Emperor|Empress|Tsar|Czar|Sultan|Prince|Princess|Duke|Shah) [A-Z][a-z]+) I\b",
            r"\1 the first",
        ),
        (rf"\b({'|'.join(COUNTED_BY_ROMAN)}) I\b(?![.'’]\w)", say_counted_one),  # World War I, Part I
        (  # Article V, Class X: a single V or X counts after these words (Malcolm X, Generation X stay)
            rf"\b({'|'.join(COUNTED_BY_ROMAN)}) ([VX])\b(?![.'’-]\w)",
            lambda m: f"{m.group(1)} {'five' if m.group(2) == 'V' else 'ten'}",
        ),
        (r"\b([A-Z][a-z]+)\s([IVXLC]{2,}|I(?=\s+(?:and|was|who|of|in)\b|[,.;]))\b", say_regnal),
        # A side counted by its players, after a determiner and a word or two: an unchanged XII, the
        # starting XI, England's first XV -> twelve, eleven, fifteen (not the XV Corps).
        (
            r"\b(an|the|his|its|our|their|unchanged|starting|first|second|strongest) (XI|XII|XIII|XV)\b(?! [A-Z]| century)",
            lambda m: f"{m.group(1)} {num2words(roman_value(m.group(2)) or 0)}",
        ),
        # A house number is said in pairs: 2150 Main St. -> twenty-one fifty.
        (
            rf"\b([1-9]\d{{2,3}}) (?=(?:[NSEW]\. |North |South |East |West )?(?:(?:[A-Z][A-Za-z'’]+ ){{1,3}}|{ORDINAL_WORD} ){STREET_WORDS}\b"
            r"|block of\b)",
            say_house_number,
        ),
        # A model number before its name, in pairs: the 787 Dreamliner, a 911 Turbo; not a count
        # of a plural (the 300 Spartans) or in a headline's capitals (The 150 Greatest Songs).
        (
            r"\b([Tt]he|[Aa]n?) ([1-9]\d[1-9]|[1-9][1-9]0) (?=[A-Z][a-z]*[a-rt-z]\b(?! [A-Z]))",
            lambda m: f"{m.group(1)} {model_number(m.group(2))} ",
        ),
        # A model or route number after a name, in pairs as people say it: Xbox 360, Boeing 777,
        # Route 133, Writing 101, Nokia 6300, Flight 3407; not a score or a count in a table
        # (Minnesota 101, Miami 91) or after a headline's word for one (Nearly 1950).
        (
            rf"(?:(?<=[a-z,;:] )(?<!\d, )|^){COUNT_WORDS}(?P<name>[A-Z][A-Za-z]+) (?P<number>[1-9]\d[1-9]|[1-9][1-9]0|[1-9]\d{{3}})\b(?![.,:/-]?\d)"
            rf"(?!,? [A-Z][a-z]+ \d|\s+\(?\d|\s+{CARDINAL_WORD}\b)",  # (a percent after it is said by now)
            say_model_number,
        ),
        # A version: 2.1.3 -> two point one point three.
        (
            r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){2,3}(?!\d|\.\d)",  # (the last may end the sentence)
            lambda m: " point ".join(cardinal(part) for part in m.group(0).split(".")),
        ),
        # A letter and a model number: Airbus A320, the F-35.
        (r"\b([A-Z])-?([1-9]\d[1-9]|[1-9][1-9]0)\b(?![.,:/-]?\d)", lambda m: f"{m.group(1)} {in_pairs(m.group(2))}"),
        # A shouted word too long for initials is a word: BREAKING, NASDAQ.
        (r"\b[A-Z]{6,}\b", lambda m: m.group(0).capitalize() if pronounceable(m.group(0)) else m.group(0)),
        # A company's "Co." after its name (Ford Motor Co., Johnson & Co.); an editor's note; pages.
        (rf"(\b[A-Z][\w'’]*|&) Co{KEEP_FINAL_DOT}(?=[\s,;:.)]|['’]s\b|$)", r"\1 Company"),
        (r"\bEd\.?(?= [Nn]ote\b)", "Editor's"),
        # St and Dr: Saint/Doctor before a name, Street/Drive after one.
        (
            rf"(\b(?:[A-Z][a-z]+|{ORDINAL_WORD})\s)?\b(St|Dr){KEEP_FINAL_DOT}(?:\s([A-Z][\w']*))?(?=\W|$)",
            say_saint_or_street,
        ),
        (r"\b(Mrs?|Ms)\.?(?= [A-Z])", lambda m: ABBREVIATIONS[m.group(1)]),  # before a name, not M&Ms
        (r"\b([Ee])tc\.(?=\s+[A-Z])", r"\1t cetera."),  # a list's end that ends the sentence too: etc. I think
        *[  # the others, and before a bracket that closes an aside: "(cables, etc.)", not a list's "(v)"
            (
                rf"\b{abbreviation_pattern(short)}{KEEP_FINAL_DOT}(?=[\s,.?!{ASIDE_END * (len(short) > 1)}]|['’]s\b|$)",
                say_abbreviation,
            )
            for short in ABBREVIATIONS
            if short not in ("Mr", "Mrs", "Ms")
        ],
        # A general before a name (Gen. Smith, Gen Milley); Gen Z, Gen X and Gen Alpha are generations.
        (r"\bGen\.?(?= (?!Alpha\b)[A-Z][a-z])", "General"),
        # Acronyms: NATO is a word, FBI is letters.
        (r"\b(\d{1,2})([A-Z]{2,4})\b", lambda m: f"{cardinal(m.group(1))} {' '.join(m.group(2))}"),  # 2FA, 4WD
        # A small word in capitals between small words is stressed, not initials: there IS an oxygen bar.
        (rf"(?:(?<=[a-z,] )|(?<=\bI ))({STRESSED_WORDS})(?= [a-z]|[!?]|\.?$)", lambda m: m.group(1).lower()),
        (r"\bTL;DR\b", "T L D R"),
        # A shouted contraction (IT'S, DON'T, WE'RE) is a word; an initialism's possessive (FBI'S) is not.
        (r"\b([A-Z]{1,5})['’](S|T|RE|LL|VE|D|M)\b", say_shouted_contraction),
        (r"\b([A-Z]{2,5})(s?)\b", say_acronym),
        (r"\b([A-Z]{2,5})()(?=\d)", say_acronym),  # ... and before a model's number: HTML5, PS4, USB3
        # Whatever numbers are left.
        (rf"(?<![\w.])(?<!\d,)[-−]?(?:{NUMBER})(?![\w]|\.\d)", say_number),
        # A model's name in the plural, said as its singular is: RAV4s, F-150s -> RAV fours, F one fifties.
        (r"\b([A-Z][A-Za-z]*)-?(\d{1,3})s\b", lambda m: f"{m.group(1)} {plural_words(in_pairs(m.group(2)))}"),
        (r"(?<=\d)(?=[A-Za-z])|(?<=[A-Za-z])(?=\d)", " "),
        (NUMBER, lambda m: cardinal(m.group(0))),
        # the one hundred metres, a new one hundred and forty-five million dollar stadium
        (
            rf"\b({DETERMINERS}(?: {BEFORE_AMOUNT}| {RANKS})?|[Aa]nother|[Tt]op|per|by|estimated|[Ss]ome|Nasdaq|NASDAQ|Hot) a hundred\b",
            r"\1 one hundred",
        ),
        (r"\b(?<=one )a (?=hundred\b)", ""),  # just one 100-yard rusher: one hundred-yard
        # Symbols and punctuation that voices misread.
        (r"\s*&\s*", " and "),
        (r"(?<!\S)%(?=[\s,.;:!?)]|$)", "percent"),  # a percent sign with no number: a small % of, Body Fat %
        (r"^\+\s+(?=[A-Z])", ""),  # a list's "+" bullet
        (r"(?<=[\w\"'])\+|(?:^|\s)\+(?=[\s\w,.;:!?]|$)", " plus "),
        (r"\s=\s", " equals "),
        (r"\s?/\s?(?=(?i:month|year|week|day|night|hour|person|head|mo|yr)\b)", say_per_slash),
        (r"\band/or\b", "and or"),
        (r"(?<![\w/])w/o(?=\s)", "without"),
        (r"(?<![\w/])w/(?=\s?[A-Za-z])\s?", "with "),  # w/ Ford: with
        (r"\b([A-Z])/([A-Z])\b", r"\1 \2"),  # A/C, I/O, N/A: letters, not a choice
        (r"(?<=\w)/(?=\w)", " or "),
        # A slash or two standing apart separates: a pause, not "slash".
        (r"\s*//+\s*|\s+/\s*|(?<=\w)/\s+", ", "),
        (r"(?<![\w@])@\s*(?=\w)", "at "),
        (r"\s*(?:[—–]+|-{2,})\s*|\s+-\s+", ", "),  # a run of dashes is one pause
        (r"\.{3,}|…", "... "),
        (r"[“”„«»]", '"'),
        (r"[‘’‚‛`´]", "'"),
        (r"§§\s?", "sections "),
        (r"§\s?", "section "),
        (r"[*_~^|\\{}\[\]<>•·▪●◦‣¶†‡]", " "),
        (r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]", " "),
        (r"\s+([,.;:!?])", r"\1"),
        (r"\s{2,}", " "),
    ]
    return [(re.compile(pattern), replacement) for pattern, replacement in rules]


RULES = RewriteRules(rules())


def normalize(sentence: str) -> str:
    """One English sentence as it should be spoken."""
    return RULES.apply(sentence).strip()
