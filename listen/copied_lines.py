"""A copied page's lines, and what each looks like on its own.

Text copied from a page keeps no tags: all the cleaner for copied text (textdump.py) has is its
lines. Here they are made (joined where a page set a label, a dateline or a drop cap apart) and
given the evidence the line model reads (line_model.py), and here are the questions asked of a
single line: is it a sentence, a paragraph, a heading, a list's item, a byline, a date, a menu.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .furniture import (
    BOX_LABEL,
    EMAIL_FIELD,
    LABEL_LINE,
    RELATED_LABEL,
    SIGN_UP,
    SIGN_UP_HEADING,
    TRENDING_LABEL,
    VIDEO_LABEL,
    is_article_end,
    is_button,
    is_furniture,
    is_menu,
)
from .language import detect_language, stopwords
from .unwrap import BULLET, NUMBERED_MARK, unwrapped

SHORT_CHARS = 70  # jusText's length_low: shorter lines are judged by their neighbours
TITLE_CASED_WORDS = 5  # words of a cased script a line needs ...
TITLE_CASED_SHARE = 0.75  # ... this share of them opening with a capital: a headline's, not a sentence's
PROSE_CHARS = 200  # jusText's length_high ...
PROSE_STOPWORDS = 0.32  # ... and stopwords_high: such a line is article text beside the body
LIST_ROWS = 3  # a list or table the article introduces has at least this many numbered rows or bullets
PLAIN_INTRO_WORDS = 6  # a likely sentence this long that ends in a colon introduces a list even ...
PLAIN_ITEM_WORDS = 20  # ... of short lines with no mark, each at most this long (a camera's specs)
PARAGRAPH_WORDS = 15  # a likely line this long beside the body is one of its paragraphs
HEADING_ENDS = (".", ",", ":", ";", "!", "?", "…", '"', "”")  # a heading ends in none of these
LEAD_BOX_LINES = 10  # a story's dateline lead this many lines above the body (past a photo, a box) opens it
LOOSE_END_WORDS = 4  # a body's last line this short, no sentence and no list's item, is not article text
SENTENCE_WORDS = 6  # a sentence this long, of this share of common words, ...
SENTENCE_STOPWORDS = 0.25
SENTENCE_LIKELIHOOD = 0.25  # ... and not this unlikely article text, right beside the body is its first or last line
HEADLINE_REACH = 6  # a headline has a paragraph of its story within this many lines below it
TOOL_WORDS = 6  # a sharing tool's most words ("Share this on WhatsApp")
SKIP_PAST = re.compile(r"skip past (?P<what>.{1,40})", re.I)  # a link that skips a block: "... after <what>" closes it
SKIPPED_LINES = 12  # the block it skips is this many lines at most
FORM_LINES = 4  # a sign-up form's field or button stands this many lines under its heading at most
# A blog's pager under a post and its comments ("Newer Post Older Post Home"): below it stands only
# the blog's sidebar and footer, never the post.
BLOG_PAGER = re.compile(r"((newer|older) posts? ){1,2}home", re.I)
SHARING_TOOL = re.compile(r"\W*(share|tweet|e-?mail|print)", re.I)  # a button that shares, prints or e-mails the story
STEP = re.compile(r"step (\d+)\b", re.I)  # a how-to's numbered step: "Step 1", "Step 2: Dig a hole"
# A wire story's last line, its credit ("With files from the Canadian Press", "Reuters contributed
# to this report", "(Reporting by A; Editing by B)"), or a reprint's ("This article was originally
# published on The Conversation. Read the original article."): after a long story, what follows is
# the site's (after a short one, a single short line is not evidence enough to end it).
CREDIT = re.compile(
    r"with files from [^.;]{1,60}\.?|"
    r"(this (article|story|post) (was|is) (originally|first)|originally) published (on|by|at|in) [^:]{1,80}\."
    r"( (click here to )?read the original( \w+)?\.)?|"
    r"\((additional )?(reporting|writing|editing) by [^()]{1,200}\)\.?|"
    r"(additional )?reporting by [^.]{1,150}[;,] (writing|editing) by .{1,100}|"
    r"[^.]{1,80} contributed (reporting )?to (this|the) (report|story|article)\.?",
    re.I,
)
COPYRIGHT = re.compile(r"(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?\d{4}\b.*", re.I)
FORMULA_SOURCE = re.compile(r"\{\\(?:displaystyle|textstyle)\b")  # a wiki's formula's TeX source, after it
CITATION_MARK = r"(?:\[(?:\d{1,3}|[a-z])\])*"  # a reference work's marks after a sentence: "... a reservoir.[1][a]"
EMOTICON = r"(?<=[\w.!?…])\s?[:;]-?[()DP]"  # a blog's sentence that ends in a smile: "... in the opening clip :-)"
SENTENCE_END = re.compile(rf"(?:[.!?。！？…]['\"”’“‘»«)\]]*{CITATION_MARK}|{EMOTICON})$")
SENTENCE_BREAK = re.compile(rf"[.!?。！？]{CITATION_MARK}[\s'\"”’“‘»«]")
INNER_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]['\"”’“‘»«]? [A-Z]")  # "... in our classrooms. Educators who ..."
MENU_MARK = re.compile(r"\s(?:[|>·•»›/]|//)\s")  # what parts a menu's items on one line
INTERVIEW_MARK = re.compile(r"(Q|A)\s?[:.)]\s+\S")  # Q: Favorite books? A: The Hard Thing About Hard Things
FRACTION = "½⅓⅔¼¾⅛⅜⅝⅞"
AMOUNT = (
    rf"(?:\d+(?:[/.,]\d+)?(?:[-–]\d+(?:[/.,]\d+)?)?(?: \d+/\d+)?[{FRACTION}]?|[{FRACTION}])"  # 4, 1 1/2, 1-2, 1½, ½
)
UNIT = r"(?:g|kg|mg|ml|cl|dl|l|oz|lbs?)?"  # written on to the amount: 150g, 16oz
NUMBERED_ITEM = re.compile(rf"{AMOUNT}{UNIT}[.)]?\s")  # 1. Step, 4 eggs, 1 1/2 cups sugar, 150g hazelnuts
YEAR = re.compile(r"(1[5-9]|20)\d\d\s")  # "1932 Ford Custom Pedal Car": a heading's year, no amount
# Who posted the tweet a story embeds, under it: "— Ann Example (@annexample) November 18, 2019".
POST_CREDIT = re.compile(r"[—–-]+\s*[^()]{1,80}\(@\w{1,30}\)")
BARE_LINK = re.compile(r"https?://\S+|[\w-]+(?:\.[\w-]+)+/\S*")  # "pic.twitter.com/MYwRz9euaq": no heading
LABELLED = re.compile(r"[^\W\d][\w /&()-]{0,30}: \S.{0,100}$")  # a fact box's line: "Born: 12 March 1932, Oban"
LIST_ITEM = re.compile(rf"^({NUMBERED_ITEM.pattern}|[•·▪●◦‣*-]\s|https?://\S+$|{LABELLED.pattern})")
TEASER_LABEL = re.compile(
    rf"(related( \w+)?|{RELATED_LABEL}|don['’]t miss|read (next|more|also)( from [\w .&'’-]{{1,30}})?|see also|"
    rf"more(?=\s*[:.]?$)|more on this( story)?|also read|up next|"
    rf"must read|editor['’]s picks?|recommended( for you| stories| articles| reading)?|you (may|might) (also )?like|"
    rf"watch|poll|quiz|{TRENDING_LABEL}|{VIDEO_LABEL}|{BOX_LABEL})\s*([:.]|\.\.\.|…)?",
    re.I,
)
INGREDIENTS = re.compile(r"(ingredients|zutaten|ingrédients|ingredientes|ingredienti|ingrediënten)\W*", re.I)
STEPS_HEADING = re.compile(  # over a recipe's steps
    r"(instructions|directions|method|preparation|steps|zubereitung|préparation|preparación|preparazione|"
    r"modo de preparo|bereiding)\W*",
    re.I,
)
TEASER_RUN = 6  # a box of other stories' headlines under its label holds at most this many
QUESTION_WORDS = 12  # a question an explainer answers under it is at most this long
FROM_SITE = r"(?:from|un article de|aus|de|da|van|dari|origem:)"  # "From" a site, in the languages wikis are in
# A wiki's line under its headline: "From Wookieepedia, the Star Wars wiki", "Aus Wikipedia, der freien Enzyklopädie"
WIKI_TAGLINE = re.compile(
    rf"{FROM_SITE} ([^,]{{1,40}}), [^,]{{0,40}}(wiki|pedia|enzyklop|encyclop|enciclop)[^,]{{0,30}}", re.I
)
DROP_CAP = re.compile(r"[A-Z]")  # a story's first letter set large on a line of its own
# A live blog's entry opens with its time on a line of its own: "2.45pm GMT", "Posted at 15:10", "3:10 p.m. ET",
# or its age: "2h ago", "35 minutes ago".
ENTRY_TIME = re.compile(
    r"(?:(?:posted|updated|published)(?: at)?:? )?\d{1,2}[:.]\d\d ?(?:[ap]\.?m\.?)?(?: [A-Z]{2,4})?|"
    r"\d{1,2} ?(?:h|hrs?|hours?|m|mins?|minutes?) ago",
    re.I,
)
BY_WORDS = r"by|von|par|por|door|av|przez"  # "by" in the languages whose bylines listen knows
BY_WHOM = r"(?:(?:written|words|story|report|text) )?"  # "Written by", "Words by", "Report by"
# "By" then who, or "di" and "de", which open headings as often.
BYLINE = re.compile(rf"^{BY_WHOM}(?:{BY_WORDS}|di|de)\s+\S", re.I)
SIGNED = re.compile(rf"\W*(?i:{BY_WHOM}(?:{BY_WORDS})):?\s+[A-Z]")  # "By" then a name: a byline
DATED_BY = re.compile(r"\b[Bb]y [A-Z]")  # "January 9th, 2008 by Ed Kent"
# "By" then who and what they do, in a sentence: "By Ann Lee, a senior reporter covering transport."
BYLINE_WITH_BIO = re.compile(rf"{SIGNED.pattern}[^,.!?]{{0,40}}, an? [a-z][^.!?]{{0,150}}\.?")
# A byline with its handle, "Ann Example @annexample"; and a "Follow @annexample" beside it.
HANDLED_NAME = re.compile(r"[A-Z][\w'’.-]+( [A-Z][\w'’.-]+){0,3} @\w{2,30}")
WRITERS_ROLE = re.compile(  # "BuzzFeed Staff", "Senior Reporter", "Staff Writer", "Contributing Editor"
    r"([A-Z][\w&'’.-]* ){0,3}(?i:staff( writer| reporter)?|writer|reporter|editor|correspondent|contributor|columnist)"
)
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|März|Mai|Okt|Dez)[a-z]*\.?"  # and German's own
# A news story's dateline: where it was filed, perhaps the agency's name, then a dash and the lead's first word
# ("LONDON — ", "OKLAHOMA CITY (AP) — ", "BOISBRIAND, Quebec -- ", "ZURICH, Oct 31 (Reuters) - ").
DATELINE_HEAD = (  # a news story's dateline: "LONDON —", "ZURICH, Oct 31 (Reuters) -", "CNN —", "Hong Kong CNN —"
    r"(?:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}(?:, [A-Z][\w.]+(?: [A-Z][\w.]+){0,2})? (?=[A-Z]{2,}\b))?"
    r"[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.]+(?: [A-Z][\w.]+){0,2})?"
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?(?:,? \([A-Za-z. ]{2,30}\))? ?(?:--|[-–—])"
)
DATELINE = re.compile(rf"{DATELINE_HEAD} ?[A-Z\"“‘']")
DATELINE_ALONE = re.compile(DATELINE_HEAD)  # on a line of its own, over the lead
# The months as French, Spanish, German, Italian, Portuguese, Dutch, Indonesian, Russian, Polish and Czech
# dates name them, day first: "4 décembre 2026", "4 de diciembre de 2026", "4. Dezember 2026", "4 декабря
# 2026", "4 grudnia 2026".
LOCAL_MONTH = (
    r"(?i:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre|"
    r"januar|februar|märz|juni|juli|oktober|dezember|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|"
    r"januari|februari|maart|april|mei|augustus|september|november|december|maret|agustus|desember|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|"
    r"ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince)"
)
# A line that is only a date, perhaps with its weekday and time: the story's timestamp.
DATE_LINE = re.compile(
    rf"(?:[A-Z][a-z]{{2,8}},? )?(?:{MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}|\d{{1,2}}(?:st|nd|rd|th)? {MONTH},? \d{{4}}"
    rf"|(?:\w{{3,12}},? )?\d{{1,2}}\.? (?:de )?{LOCAL_MONTH}(?: de)? \d{{4}}"
    r"|\d{4}-\d\d-\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
    r"(?:,? (?:at |- |\| |à |a las |alle |às |om |um )?\d{1,2}[:.h]\d\d(?: ?[AaPp]\.?[Mm]\.?| Uhr)?(?: [A-Z]{2,4})?)?"
    r"(?: \([^()]{1,60}\d[^()]{0,20}\))?"  # when it changed: "(updated 12:15)", "(modifica il 5 dicembre 2026 | 12:15)"
)
# A reader's comment opens with who wrote it and when ("Shirley July 31, 2012 at 9:39 pm",
# "Comment #2 - Posted by: Kurt at November 10, 2012 5:55 PM"): a run of such lines, each over
# what it says, is the readers' comments, however the site labels them.
POSTED_DATE = (
    rf"(?:\b{MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}|\b\d{{1,2}}(?:st|nd|rd|th|\.)? {MONTH},? \d{{2,4}}"
    r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\b\d{4}-\d\d-\d\d)"
)
# ... the date then the time, or the time then the date ("on 8:21pm Tue 1 Jan 08"), or the weekday and
# the day without the year, then the time ("On Friday, November 2 at 12:14 pm", "on Monday July 23, @08:24PM")
POSTED_AT = re.compile(
    rf"{POSTED_DATE}\D{{0,12}}\b\d{{1,2}}[:.]\d\d(?!\d)|\b\d{{1,2}}[:.]\d\d ?(?:[AaPp]\.?[Mm]\b\.?)?,?(?: [A-Z][a-z]{{2,8}},?)? {POSTED_DATE}"
    rf"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? {MONTH} \d{{1,2}}(?:st|nd|rd|th)?\D{{0,12}}\b\d{{1,2}}[:.]\d\d(?!\d)"
)
DATE_WITHIN = re.compile(POSTED_DATE, re.I)
# When a byline says the story was posted, and all after it: "on Nov 1st 2012 8:30PM", "| Published: October
# 28, 2012", ", 18 August 2010", " - Fri, 12/28/2007 - 6:41am.".
BYLINE_DATE = re.compile(
    rf"\s*(?:\bon\b|[-|–—,;·•])?\s*(?:(?:published|posted|updated)\s*:?\s*(?:on\s+)?)?"
    rf"(?:\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s*[,|]?\s*)?{POSTED_DATE}.*",
    re.I,
)
NUMBER_CELL = re.compile(r"[-+−]?[$€£]?\d[\d,.]*%?")  # a table's figure: 83, $1,267, -2.1%
DATED = re.compile(rf"(?:[A-Z][a-z]{{2,8}},? )?{POSTED_DATE}")  # a line that opens with its date
# What says a date is when the post went up: "Posted on", "Veröffentlicht am", "Publié le", "Publicado el".
POSTED_ON = r"(?:(?i:posted|published|veröffentlicht|publié|publicado|pubblicato)(?: on| am| le| el| il)?:? )"
POSTED = re.compile(f"^{POSTED_ON}")  # "Posted on Mar 5, 2024"
# A byline that opens with the date: "January 9th, 2008 by Ed Kent", "Posted on March 5, 2024 by Ann Lee".
DATED_BYLINE = re.compile(rf"{POSTED_ON}?{DATED.pattern}.*?\b(?:[Bb]y|von|par|por|door|av|przez) (?=[A-Z])")
# What a blog sets after the writer's name in a dated byline: "... by Ann Lee in Travel", "... by
# Ann Lee 4 Comments", "| Comments", "Discuss (0)", "— Leave a Comment", "— Hinterlasse eine Antwort", "Ein
# Kommentar", "Viewed 124 times".
BYLINE_TAIL = re.compile(
    r"\s+(?:[—–-]\s+)?(in [A-Z].*|\|.*|\d+( comments?| responses?)?|(discuss|comments?) ?\(?\d*\)?|"
    r"leave a (comment|reply)|hinterlasse (einen kommentar|eine antwort)|(ein|keine|\d+) kommentare?|viewed [\d,]+ times)$",
    re.I,
)
NAME_ONLY = re.compile(r"[A-Z][\w'’.-]+( [A-Z][\w'’.-]+){1,3}")  # a writer's name alone: "Ann Lee"
# A newsroom and where it reports from, under a writer's name: "Town News, Millbrook" (a menu's "Town News" is none).
NEWSROOM = re.compile(r"([A-Z][\w&'’.-]* ){1,3}News, [A-Z][\w.'’-]*( [A-Z][\w.'’-]*){0,2}")
POSSESSIVE = re.compile(r"['’]s\b")  # not a name: "Larry’s Bio"
BYLINE_WORDS = 10  # a byline names the writer in at most this many words, less what a blog sets after the name
HEADER_WORDS = 20  # a comment's header is a short line, though a reader may sign with their stats ("ART/M/44/148 lbs")
WORD = re.compile(r"\w+", re.U)
# A line of the page's own source that came along with the text (an advert's script, a
# conditional comment, a tag with its attributes, as it is or escaped once or twice: `<a href="...">`,
# `&amp;lt;span class="..."&amp;gt;`): nothing in it is for a listener.
PAGE_SOURCE = re.compile(
    r"<(script|noscript|style|iframe)\b|<!\[if|<!--|"
    r"(<|&(amp;)*lt;)[a-z]+(\s+[\w-]+=([\"'])[^\"']*\5)+\s*/?(>|&(amp;)*gt;)",
    re.I,
)
# Lines above a story that are not its headline, however full: a menu set as words only ("Home Rugby
# Cricket Soccer Golf Motorsport Cycling Tennis Athletics Boxing", this many words or more, under
# this share of common words, no punctuation; headlines this long in title case still hold a few),
MENU_WORDS = 11
MENU_STOPWORDS = 0.1
SENTENCE_MARK = re.compile(r"[,.!?:;]")
# a line of the page's script ("var siteName = 'ITV_F1';", "});", an entity "&nbsp;" left over; not a
# list's item that ends in a semicolon), a wire byline with its time ("By ANN LEE, Associated Press
# Writer Sat Dec 29, 10:10 AM ET").
PAGE_SCRIPT = re.compile(r"\bvar\s+\w+\s*=|\bfunction(\s+\w+)?\(|\bdocument\.write\b|[{}]\s*$|[=(){}].*;\s*$|^&\w+;$")
WIRE_BYLINE = re.compile(rf"\d{{1,2}}:\d\d|\bago\b|\b(writer|reporter|correspondent|staff)s?\b|{POSTED_DATE}", re.I)
LANGUAGE_LINE_CHARS = 60  # lines longer than this tell the page's language: a menu's or a button's are shorter
WIDE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass
class Line:
    text: str
    words: int
    stopword_density: float | None  # None when the language has no stop-word list
    sentence: bool  # ends like a sentence, or holds several
    furniture: bool
    repeated: bool  # the same text stands elsewhere on the page (menus, widgets)
    label: str = ""  # "good" (article text), "short" or "bad"
    probability: float = 0.0  # of being article text (line_model.py)

    @property
    def chars(self) -> int:
        return text_length(self.text)


def text_length(text: str) -> int:
    """The text's length in characters, a character of a script written without spaces (Chinese,
    Japanese, Korean) counted twice: it carries about twice the text of a Latin letter."""
    return len(text) + len(WIDE_SCRIPT.findall(text))


def page_lines(text: str) -> tuple[list[Line], list[bool], str]:
    """The page's lines that hold a word, with their evidence, which of them are end-of-article
    markers ("Related", "Comments", a copyright line), and the page's language."""
    texts = [without_formula_source(" ".join(line.split())) for line in unwrapped(text)]
    texts = [line for line in texts if WORD.search(line) and not PAGE_SOURCE.match(line)]  # not "/", "*"
    language = detect_language(" ".join(line for line in texts if text_length(line) > LANGUAGE_LINE_CHARS) or text)
    texts = with_labels_joined(texts, stopwords(language))
    lines = make_lines(texts, language)
    return lines, [is_article_end(line.text) for line in lines], language


def without_formula_source(line: str) -> str:
    """The line without the TeX source a wiki copies after each formula it shows ("A H
    {\\displaystyle A^{\\mathsf {H}}}"): the formula is read as shown, its source is not."""
    shown = []
    while (at := FORMULA_SOURCE.search(line)) is not None:
        depth, end = 0, at.start()
        for end in range(at.start(), len(line)):  # to the brace that closes the source's first
            depth += {"{": 1, "}": -1}.get(line[end], 0)
            if depth == 0:
                break
        shown.append(line[: at.start()])
        line = line[end + 1 :]
    return " ".join(" ".join([*shown, line]).split()) if shown else line


def with_labels_joined(texts: list[str], common_words: frozenset[str]) -> list[str]:
    """The lines, each photo's label ("Image caption,") joined to the caption under it, which a
    page sets apart for screen readers, each date's ("Published") to the date, and a dateline
    ("CNN —") to the lead: together they are a caption, a date line and a dateline lead; apart the
    caption reads as a headline or the story's own line, the date and the dateline as headings.
    A story's drop cap ("T", then "he lighthouse stands ...") is joined to the rest of its word."""
    joined: list[str] = []
    for text in texts:
        if joined and (LABEL_LINE.fullmatch(joined[-1]) or DATELINE_ALONE.fullmatch(joined[-1])):
            joined[-1] = f"{joined[-1]} {text}"
        elif joined and DROP_CAP.fullmatch(joined[-1]) and text[:1].islower():
            joined[-1] = with_drop_cap(joined[-1], text, common_words)
        else:
            joined.append(text)
    return joined


def with_drop_cap(letter: str, text: str, common_words: frozenset[str]) -> str:
    """The story's first line with its drop cap: "T" and "he lighthouse" make "The lighthouse";
    "A" or "I" and a whole word make two ("A man", "I was"), but "A" and "fter" make "After", one
    of the language's common words."""
    word = letter + text.split()[0]
    whole = letter not in "AI" or word.casefold() in common_words
    return f"{letter}{text}" if whole else f"{letter} {text}"


def make_lines(texts: list[str], language: str) -> list[Line]:
    stops = stopwords(language)
    counts = Counter(texts)
    set_apart = skipped_blocks(texts) | sign_up_forms(texts)
    lines = []
    for index, text in enumerate(texts):
        words = WORD.findall(text)
        density = None
        if stops and words:
            density = sum(word.lower() in stops for word in words) / len(words)
        sentence = bool(SENTENCE_END.search(text)) or len(SENTENCE_BREAK.findall(text)) >= 2
        word_count = max(len(words), len(WIDE_SCRIPT.findall(text)) // 2)
        furniture = is_furniture(text) or index in set_apart
        lines.append(Line(text, word_count, density, sentence, furniture, counts[text] > 1))
    printed_twice = article_printed_twice(lines)
    for line in lines:
        line.repeated = line.repeated and line.text not in printed_twice
    return lines


def skipped_blocks(texts: list[str]) -> set[int]:
    """The lines of each block that a link for screen readers skips, with the link and the line
    that closes the block: "Skip past newsletter promotion", a newsletter's name, pitch and privacy
    notice, "after newsletter promotion". The page sets them apart from the story it stands in:
    they are its furniture, however much they read like its sentences."""
    blocks: set[int] = set()
    for index, text in enumerate(texts):
        if skip := SKIP_PAST.fullmatch(text):
            closing = f"after {skip['what']}".casefold()
            below = range(index + 1, min(len(texts), index + SKIPPED_LINES + 1))
            end = next((at for at in below if texts[at].casefold() == closing), None)
            blocks.update(range(index, end + 1) if end is not None else ())
    return blocks


def sign_up_forms(texts: list[str]) -> set[int]:
    """The lines of each sign-up form, from its heading to its field or button, with no sentence
    between them: "Subscribe to The Town Letter", the newsletter's tagline ("Local news for the
    river towns"), "Type your email...". Set amid a story, its tagline reads as the story's line."""
    forms: set[int] = set()
    for index, text in enumerate(texts):
        if not SIGN_UP_HEADING.fullmatch(text):
            continue
        for at in range(index + 1, min(len(texts), index + FORM_LINES + 1)):
            if EMAIL_FIELD.fullmatch(texts[at]) or SIGN_UP.fullmatch(texts[at]):
                forms.update(range(index, at + 1))
                break
            if SENTENCE_END.search(texts[at]):
                break
    return forms


def article_printed_twice(lines: list[Line]) -> set[str]:
    """Paragraphs that stand again further down two in a row, in the same order: a page that prints
    its article twice (for print, for phones), not a menu's or a widget's repeated line, which the
    line model rightly doubts."""
    pairs = Counter(
        (line.text, after.text)
        for line, after in zip(lines, lines[1:])
        if line.repeated and after.repeated and is_long_sentence(line) and is_long_sentence(after)
    )
    return {text for pair, count in pairs.items() if count > 1 for text in pair}


def is_long_sentence(line: Line) -> bool:
    """A line a paragraph of sentences, not a menu's item or a headline."""
    return line.sentence and line.words >= PARAGRAPH_WORDS


def is_box_label(line: Line) -> bool:
    """The label over a box of other stories' headlines: "Related", "Trending", "Read more from ..."."""
    return line.furniture and bool(TEASER_LABEL.fullmatch(line.text))


def is_entry_time(line: Line) -> bool:
    """A live blog entry's time, on a line of its own."""
    return bool(ENTRY_TIME.fullmatch(line.text))


def is_question(line: Line) -> bool:
    """A short question on a line of its own: "When will it end?" over its answer."""
    return line.words <= QUESTION_WORDS and line.text.endswith("?") and not line.furniture


def is_plain_paragraph(line: Line) -> bool:
    """A paragraph of plain sentences of the language's common words, whatever the line model
    makes of it."""
    return (
        line.sentence
        and line.words >= PARAGRAPH_WORDS
        and common_words_at_least(line, SENTENCE_STOPWORDS)
        and not line.furniture
        and not line.repeated
        and not line.text.endswith(("...", "…", "?"))  # no teaser, no poll's question
        and not is_title_cased(line.text)
    )


def is_story_paragraph(line: Line) -> bool:
    """A paragraph of sentences, not a teaser's ("Two people in China have been diagnosed ...")."""
    return (
        is_paragraph(line) and line.sentence and not line.text.endswith(("...", "…")) and not is_title_cased(line.text)
    )


def is_sharing_tool(line: Line) -> bool:
    """A short button of the story's toolbar: "Share this on WhatsApp", "Print |", "Tweet"."""
    return line.words <= TOOL_WORDS and bool(SHARING_TOOL.match(line.text)) and (line.furniture or is_button(line.text))


def paragraph_below(lines: list[Line], index: int) -> int:
    """Where the first paragraph of sentences within HEADLINE_REACH lines below the line stands (-1:
    none): under a headline, its lead, past its byline, date and sharing buttons."""
    for below in range(index + 1, min(len(lines), index + 1 + HEADLINE_REACH)):
        line = lines[below]
        if line.sentence and line.words >= PARAGRAPH_WORDS and not line.furniture:
            return below
    return -1


def is_section_heading(line: Line) -> bool:
    """A story's short heading between its paragraphs ("Briefing", "Insights into the business"); a
    reader's name and town over a comment ("Ann Lee, Leeds") has a comma."""
    return line.words <= 4 and not line.sentence and not line.furniture and "," not in line.text


def words(lines: list[Line]) -> int:
    return sum(line.words for line in lines)


def is_credit(line: Line) -> bool:
    return line.words <= 40 and bool(CREDIT.fullmatch(line.text))


def is_dateline_lead(line: Line) -> bool:
    """A paragraph that opens with a dateline: a news story's first, not a teaser of one ("...")."""
    return (
        line.words >= PARAGRAPH_WORDS
        and line.sentence
        and not line.furniture
        and not line.text.endswith(("...", "…"))
        and bool(DATELINE.match(line.text))
    )


def is_prose(line: Line) -> bool:
    """jusText's sure sign of article text, whatever its neighbours: a long line of sentences
    that is mostly the language's common words (its last one may be cut short in the copy)."""
    return (
        line.chars >= PROSE_CHARS
        and (line.sentence or bool(INNER_SENTENCE_END.search(line.text)))
        and common_words_at_least(line, PROSE_STOPWORDS)
        and not line.furniture
        and not line.repeated
    )


def common_words_at_least(line: Line, share: float) -> bool:
    """Whether this share of the line's words or more are the language's common words; where the
    language has no list of them (Chinese, Japanese, the few others jusText lacks), a line's
    sentences speak for it alone."""
    return line.stopword_density is None or line.stopword_density >= share


def is_plain_sentence(line: Line) -> bool:
    """A plain sentence of the language's common words ("Colombia had lost to Belgium on
    Monday."): beside the body, the story's own opening or closing line, which the line model
    doubts where the page's furniture stands right above or below it."""
    return is_common_sentence(line) and line.probability >= SENTENCE_LIKELIHOOD


def is_title_cased(text: str) -> bool:
    """Whether nearly all the words open with a capital, as in a headline ("Assassin's Creed III Is
    A Bummer!") and seldom in a sentence of a story (the share is set to leave German's capitalised
    nouns below it; words of scripts without capitals do not count)."""
    initials = [word[0] for word in text.split() if word[0].isupper() or word[0].islower()]
    capitals = sum(initial.isupper() for initial in initials)
    return len(initials) >= TITLE_CASED_WORDS and capitals >= TITLE_CASED_SHARE * len(initials)


def is_common_sentence(line: Line) -> bool:
    """A sentence of the language's common words, whatever the line model makes of it."""
    return (
        bool(SENTENCE_END.search(line.text))
        and line.words >= SENTENCE_WORDS
        and common_words_at_least(line, SENTENCE_STOPWORDS)
        and not line.furniture
        and not line.repeated
        and not is_title_cased(line.text)
    )


def is_loose_end(line: Line) -> bool:
    """A short line that is no sentence and no list's item, a button, or sentences of furniture:
    as a body's last line it is a pager ("1 2 Next >"), a box's label ("POPULAR STORIES TODAY:"),
    a button ("Share Email Print", "Digg This | Save to del.icio.us"), a tag or the site's call to
    write in, not the article's close."""
    short = line.words <= LOOSE_END_WORDS and not line.sentence and not LIST_ITEM.match(line.text)
    return short or (line.furniture and line.sentence) or is_button(line.text)


def is_label(line: Line) -> bool:
    """A line that ends in a colon, too short to be a sentence that introduces a list: "Tags:"."""
    return line.text.endswith(":") and line.words < PLAIN_INTRO_WORDS


def is_item(line: Line) -> bool:
    """A list's item: a bullet point, or an interview's question or answer."""
    return is_bullet(line) or (bool(INTERVIEW_MARK.match(line.text)) and not line.furniture)


def is_bullet(line: Line) -> bool:
    return bool(BULLET.match(line.text)) and not line.furniture and not line.repeated


def is_paragraph(line: Line) -> bool:
    return line.label == "good" and line.words >= PARAGRAPH_WORDS and not line.furniture


def is_table_row(line: Line) -> bool:
    """A short line with two numbers or more standing alone, not a date ("Pedestrians Get New Focus
    - Nov 05, 2012" is a list of other stories)."""
    numbers = sum(bool(NUMBER_CELL.fullmatch(word)) for word in line.text.split())
    return (
        line.words <= PLAIN_ITEM_WORDS
        and numbers >= 2
        and not DATE_WITHIN.search(line.text)
        and not line.furniture
        and not line.repeated
    )


def is_navigation(line: Line) -> bool:
    """A menu, a breadcrumb, a timestamp, a line of script or a wire byline, which a page may set
    above its story where the headline is looked for: "Local | Sports | Opinion", "Digital Lifestyle
    > News", "16 January 2008: 1:51am |", "Home Rugby Cricket Soccer Golf ...", "var area = 'News';"."""
    text = line.text
    words_only_menu = (
        line.words >= MENU_WORDS
        and line.stopword_density is not None
        and line.stopword_density < MENU_STOPWORDS
        and not SENTENCE_MARK.search(text)
    )
    return (
        len(MENU_MARK.findall(text)) >= 2
        or " > " in text
        or bool(POSTED_AT.search(text) or DATED.match(text))
        or words_only_menu
        or bool(PAGE_SCRIPT.search(text))
        or bool(BYLINE.match(text) and WIRE_BYLINE.search(text))
    )


def is_labelled(line: Line) -> bool:
    """A short line that names a fact and gives it ("Died: 1 December 2026, Fort William"), with
    no sentence."""
    return line.chars < SHORT_CHARS and not line.sentence and bool(LABELLED.match(line.text))


def is_amount(line: Line) -> bool:
    """A short line that opens with an amount, with no list's mark ("10 things to know" over "1.
    Spend less" is a heading), no year and no sentence."""
    text = line.text
    return (
        line.chars < SHORT_CHARS
        and not line.sentence
        and bool(NUMBERED_ITEM.match(text))
        and not NUMBERED_MARK.match(text)
        and not YEAR.match(text)
    )


def is_metadata(line: Line) -> bool:
    """A byline ("By Ann Example", "Ann Example @annexample"), the writer's role under it ("BuzzFeed
    Staff", "Senior Reporter") or a date line ("March 5, 2024, 9:12 am"), as news pages set them
    between the headline, the lead and the rest."""
    undated = BYLINE_DATE.sub("", line.text)  # "By Ann Lee" of "By Ann Lee - Fri, 12/28/2007 - 6:41am."
    byline = (
        (BYLINE.match(line.text) and line.words <= 8 and not line.sentence)
        or (
            undated != line.text
            and SIGNED.match(undated)
            and len(undated.split()) <= 8
            and not SENTENCE_END.search(undated)
        )
        or (is_dated_byline(line) and not line.sentence)
        or HANDLED_NAME.fullmatch(line.text)
        or BYLINE_WITH_BIO.fullmatch(line.text)
    )
    return bool(byline or WRITERS_ROLE.fullmatch(line.text) or DATE_LINE.fullmatch(line.text))


def is_dated_byline(line: Line) -> bool:
    """A byline that opens with its date ("Posted on March 5, 2024 by Ann Lee"), of BYLINE_WORDS
    words at most without what a blog sets after the name ("— Leave a comment", BYLINE_TAIL)."""
    return bool(DATED_BYLINE.match(line.text)) and len(WORD.findall(BYLINE_TAIL.sub("", line.text))) <= BYLINE_WORDS


def is_byline(line: Line) -> bool:
    """Who wrote the story, on a short line of its own: "By JEFF KAROUB, AP Business Writer 47
    minutes ago", "January 9th, 2008 by Ed Kent"; not a heading that opens with the word ("By the
    numbers")."""
    text = line.text
    return line.words <= HEADER_WORDS and not line.sentence and bool(SIGNED.match(text) or DATED_BYLINE.match(text))


def is_signed(lines: list[Line], at: int, dated: bool = True) -> bool:
    """A writer's name alone over the date the story was posted (where `dated`), their role, their
    newsroom or a button to follow them, as newsletter, blog and news platforms set it: "Ann Lee",
    "Mar 05, 2024" ("Posted on Mar 5, 2024"), "Political correspondent", "Town News, Millbrook" or
    "Follow". (A section's label over the date, "ASIA BUSINESS", is as much a name.)"""
    below = POSTED.sub("", lines[at + 1].text)  # "Posted on Mar 5, 2024"
    return is_name_alone(lines[at].text) and (
        bool((dated and DATE_LINE.fullmatch(below)) or WRITERS_ROLE.fullmatch(below) or NEWSROOM.fullmatch(below))
        or below.lower() == "follow"
    )


def is_name_alone(text: str) -> bool:
    """A writer's name alone on its line ("Ann Lee"): not a byline's "By ...", nor what one owns."""
    return bool(NAME_ONLY.fullmatch(text) and not BYLINE.match(text) and not POSSESSIVE.search(text))


def is_timestamp(line: Line) -> bool:
    """When the story, a comment or another story's teaser was posted, on a short line of its own
    that is not a sentence: nothing a listener follows the story by."""
    return (
        line.words <= HEADER_WORDS and not line.sentence and (bool(POSTED_AT.search(line.text)) or is_entry_time(line))
    )


def is_posting(line: Line) -> bool:
    """Who posted the story or when, on a short line of its own: "By Ann Example | March 5, 2024",
    "Submitted by ann on November 12, 2012 - 3:03pm"."""
    text = line.text
    return line.words <= HEADER_WORDS and bool(
        BYLINE.match(text) or POSTED_AT.search(text) or DATED.match(text) or DATED_BYLINE.match(text)
    )


def is_heading(line: Line, following: list[Line]) -> bool:
    """A heading: a few words, not a sentence, followed by article text (prose, or a numbered
    list: Ingredients, then 1 cup butter)."""
    return (
        1 <= line.words <= 15
        and not line.furniture
        and not is_menu(line.text)
        and not line.text.endswith(HEADING_ENDS)
        and not BULLET.match(line.text)
        and not NUMBERED_MARK.match(line.text)  # 1. In the Dirt: a list's item (10 things to know is a heading)
        and not POST_CREDIT.match(line.text)
        and not BARE_LINK.fullmatch(line.text)
        and bool(following)
        and following[0].label == "good"
        and (following[0].chars >= SHORT_CHARS or following[0].sentence or bool(NUMBERED_ITEM.match(following[0].text)))
    )
