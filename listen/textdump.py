"""The cleaner for text copied from a web page, where no HTML is left to lean on.

It works line by line (lines broken at a fixed width joined first, unwrap.py): each line gets
the probability that it is article text from a learned model of its own evidence and its
neighbours' (line_model.py), and the article is the stretch of the page where article text
outweighs the rest (find_body). The headline is where the page title (usually the first line,
often with the site name after a separator) is repeated, or else the fullest headline-shaped
line before the body; bullet points between the headline and the body are the summary. A
story copied alone, with no line of a page around it (but its byline, a photo's caption, an ad
slot or its share box, which are not heard), is read whole.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate

from .furniture import (
    LABEL_LINE,
    RELATED_LABEL,
    SIGN_UP,
    SITE_DOMAIN,
    TEASER,
    TRENDING_LABEL,
    VIDEO_LABEL,
    is_article_end,
    is_button,
    is_furniture,
    is_link_or_filing,
    is_menu,
    is_set_in_story,
    without_edit_link,
)
from .language import detect_language, stopwords
from .line_model import probabilities
from .model import Article, Chapter
from .unwrap import BULLET, NUMBERED_MARK, unwrapped

SHORT_CHARS = 70  # jusText's length_low: shorter lines are judged by their neighbours
ARTICLE_PROBABILITY = 0.4  # a line the model finds this likely is article text
SEGMENT_PROBABILITY = 0.45  # where the article is: lines above this add to it, below take away
ARTICLE_SCORE = 30  # a stretch this strong before a copyright line or the comments is the article
TITLE_CASED_WORDS = 5  # words of a cased script a line needs ...
TITLE_CASED_SHARE = 0.75  # ... this share of them opening with a capital: a headline's, not a sentence's
CLOSING_LINES = 30  # ... when it stands no further below it than this (sharing buttons, tags, a bio)
CLOSED_OUTWEIGH = 3  # a shorter stretch closed so is the article unless one after it weighs this many times more
RESUMED_RUN = 4  # paragraphs in a row after an end marker that stands again below: the article goes on
LEAD_RESUMED_RUN = 8  # ... or this many anywhere below it, where it stands under a story's lead only
MARKER_REACH = 3  # an end marker this many lines below the body, past furniture only, closes it
REPEAT_WORDS = 8  # a lead this long, set again ...
REPEAT_LINES = 6  # ... this few lines below it, is heard once
PROSE_CHARS = 200  # jusText's length_high ...
PROSE_STOPWORDS = 0.32  # ... and stopwords_high: such a line is article text beside the body
LIST_ROWS = 3  # a list or table the article introduces has at least this many numbered rows or bullets
PLAIN_INTRO_WORDS = 6  # a likely sentence this long that ends in a colon introduces a list even ...
PLAIN_ITEM_WORDS = 20  # ... of short lines with no mark, each at most this long (a camera's specs)
PARAGRAPH_WORDS = 15  # a likely line this long beside the body is one of its paragraphs
LEAD_BOX_LINES = 10  # a story's dateline lead this many lines above the body (past a photo, a box) opens it
LOOSE_END_WORDS = 4  # a body's last line this short, no sentence and no list's item, is not article text
SENTENCE_WORDS = 6  # a sentence this long, of this share of common words, ...
SENTENCE_STOPWORDS = 0.25
SENTENCE_LIKELIHOOD = 0.25  # ... and not this unlikely article text, right beside the body is its first or last line
WEAK_MARGIN = 0.05  # the likeliest paragraph of a page is at least this far above SEGMENT_PROBABILITY
DOUBTFUL_PAGE = 0.7  # a page whose likeliest paragraph is less likely than this: the headline says where its story is
TITLE_SHARED = 0.6  # a line before the body with this share of the title's words is the headline
DECK_HEADLINE_WORDS = 5  # a line this long over the fullest line before the body is a headline over its deck
TITLE_MIN_WORDS = 4  # a page title's headline this long, standing with up to
MORE_TITLE_WORDS = 8  # this many words more on a line (a count, a date, the blog's name), is the headline
HEADLINE_REACH = 6  # ... where a paragraph stands within this many lines below it
TITLE_LINE_WORDS = 30  # a first line this short, not a sentence, is the page title
TITLE_PARTS = 6  # a page title has at most this many parts ("Headline - Section - Site")
STORY_HEAD_LINES = 4  # a story copied alone opens with at most a headline, a deck, a byline and a date
MENU_OPENING = 3  # a copy with this many lines of one or two words each above its first sentence opens with a menu
NOT_ARTICLE_COST = 0.5  # what a line below it takes away, against what one above adds: cutting an article
# short costs more than reading a little furniture
STEP_GAP = 12  # a how-to's numbered step stands at most this many lines below the one before
TOOL_WORDS = 6  # a sharing tool's most words ("Share this on WhatsApp"): where it stands right above the body ...
FOOT_TEXT = 2  # ... and again under this many of its paragraphs or rows, the story's foot is there
# A blog's pager under a post and its comments ("Newer Post Older Post Home"): below it stands only
# the blog's sidebar and footer, never the post.
BLOG_PAGER = re.compile(r"((newer|older) posts? ){1,2}home", re.I)
SHARING_TOOL = re.compile(r"\W*(share|tweet|e-?mail|print)", re.I)  # a button that shares, prints or e-mails the story
STEP = re.compile(r"step (\d+)\b", re.I)  # a how-to's numbered step: "Step 1", "Step 2: Dig a hole"
# What ends an article for certain: a copyright footer, the comments (their heading, the form
# that invites them, the first one's author line), a section's teasers.
STRONG_END = re.compile(
    r"[\[({]?\s*((©|copyright|\(c\)).{0,80}all rights reserved.*|"
    r"(.{0,80}\. ?)?this (material|article|story|content) may not be (re)?published.*|"
    r"(«|‹|<<)?\s*(previous|next|prev|older|newer)( story| article| post| entry)( ?(:|»|›|>>).*)?|"
    r"(\d+|top rated|all|latest|readers?'?|your|article|user|total)? ?comments?( on this (story|article|post|entry))?( ?\(\d+\)|: ?\d+)?|"
    r"(there (are|is) )?(\d+|no|one) (comments?|responses?|replies|thoughts)( (on|to) .{1,150}| so far| yet|"
    r"(…|\.{3})? ?read them below( or add one)?)?|"
    r"(leave|post|add|write|submit|make|share) (a |an |your |new )*(comments?|reply|response)"
    r"( here| below)?( \(.{1,30}\))?|"
    r"(post )?(view|show|load|see)( all)?( \d+)? comments( \(\d+\))?|(have )?your say|join the (discussion|conversation)|"
    r"readers?['’]? views?( \(\d+\))?|add your view|"
    r"(your )?(name|e-?mail|mail)( address)? ?\*? ?\(required\b.*|"  # a comment form's first fields
    r"discuss this (story|article|post|entry)|be the first to comment.{0,40}|comment by \S.{0,80}|"
    r"more in [\w .&'’-]{1,30}|more [\w .&'’-]{1,30} (headlines|stories|news)|"
    r"also on (?-i:[A-Z][\w.&'’-]*)( (?-i:[A-Z][\w.&'’-]*)){0,2}|"  # "Also on AOL Tech", the site's other stories
    # where and when it was printed: "A version of this article appeared in print on ...", "This
    # article was published on guardian.co.uk at ...", "... originally published on page 28 of ..."
    r"(a version of )?this (article|story|review|column|post) (was |has been )?(originally |first )?"
    r"(published|printed|appeared) .{0,250}|"
    r"(people|readers) who (read|viewed) this( story| article)? also (read|viewed|liked)|"
    r"((today|this week)['’]?s |the )?most (read|popular|viewed|shared|commented|emailed)( stories| articles| news| now| today)?( comments)?|"
    r"les plus (lus|populaires|partagés|commentés)|lo más (leído|visto|compartido)|meistgelesen(e)?|"
    r"(i )?più lett[ei]|(as |os )?mais (lidas|lidos|vistas)|meest gelezen|terpopuler|самое (читаемое|популярное))"
    r"\s*[:.]?\s*(»|\.{3}|…)?\s*[\])}]?",
    re.I,
)
# ... or a short line that ends by counting them ("Posted by Ann on 7 May. There are 12 comments."),
# closes them ("Comments are now closed for this story") or asks for them ("Do you have comments on
# this story?", "Share your thoughts on this article"; not "Acme declined to comment on this story").
COUNTED_END = re.compile(r"(^|[.!?]\s)\s*(there (are|is) )?(\d+|no|one) (comments?|responses?|replies)[:.]?$", re.I)
COMMENTS_HEADING = re.compile(r"\d+ (comments?|responses?|replies):", re.I)  # over the comments it counts
CLOSED_END = re.compile(
    r"\b(comments|commenting) (are|is|has been|have been) (now )?(closed|disabled|turned off)\b", re.I
)
INVITED_END = re.compile(
    r"\W*(got something to say\? |be the first to |click here to |to |please )?"
    r"(do you have |your |(share|submit|add|post|enter|leave|send|write|make) (us )?(your |a |an |some )?)?"
    r"(comments?|thoughts|views?|feedback|opinions?) (on|about) this (story|article|post|entry)\b.*",
    re.I,
)
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
REFERENCES_HEADING = re.compile(
    r"(notes( and references)?|references|footnotes|sources|bibliography|works cited|citations|"
    r"références|notes et références|einzelnachweise|anmerkungen|referencias|notas|riferimenti|note|примечания)"
    r"\W*",
    re.I,
)
CITATION = re.compile(r"\W*[\^↑]|\[\d{1,3}\]\s|\d{1,3}[.)]?\s.*\(\d{4}\)")  # "^ Minchinton, W. (1979)."
COPYRIGHT = re.compile(r"(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?\d{4}\b.*", re.I)
COPYRIGHT_WORDS = 12
RIGHTS_RESERVED = re.compile(r"\ball rights reserved\b", re.I)
FORMULA_SOURCE = re.compile(r"\{\\(?:displaystyle|textstyle)\b")  # a wiki's formula's TeX source, after it
COUNT = re.compile(r"\W*\d")
ABOUT_COMMENTS = re.compile(r"\bcomments?\b", re.I)
CITATION_MARK = r"(?:\[(?:\d{1,3}|[a-z])\])*"  # a reference work's marks after a sentence: "... a reservoir.[1][a]"
EMOTICON = r"(?<=[\w.!?…])\s?[:;]-?[()DP]"  # a blog's sentence that ends in a smile: "... in the opening clip :-)"
SENTENCE_END = re.compile(rf"(?:[.!?。！？…]['\"”’)\]]*{CITATION_MARK}|{EMOTICON})$")
SENTENCE_BREAK = re.compile(rf"[.!?。！？]{CITATION_MARK}[\s'\"”’]")
INNER_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]['\"”’]? [A-Z]")  # "... in our classrooms. Educators who ..."
# A page title's parts: "Headline - Site", "Headline | Site", "Headline- Site" (spaced on one side),
# and "Headline (from Site)"
TITLE_SEPARATORS = re.compile(
    r"\s+[-|–—:·•»«]\s+|(?<=\w)[-|–—·•»]\s+|\s+::\s+|\s+\((?:from|via)\s+(?=[^()]{1,60}\)\s*$)", re.I
)
MORE_WORDS = re.compile(r"\s*\w")
SEPARATOR_MARKS = " -|–—:·•»«"  # what parts a page title's pieces (and ">", "/" in breadcrumbs)
NAME_COLON = re.compile(r"(?<=\w):\s+")  # a blog's name before its post's title: "Cookistry: A Lighter Cole Slaw"
MENU_MARK = re.compile(r"\s(?:[|>·•»›/]|//)\s")  # what parts a menu's items on one line
TITLE_MARK = re.compile(rf"\s*[{re.escape(SEPARATOR_MARKS.strip())}>/]")
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
MORE_BUTTON = re.compile(r"more\W*", re.I)  # a toolbar's "More" (Share | Tweet | More), no box's label
TEASER_LABEL = re.compile(
    rf"(related( \w+)?|{RELATED_LABEL}|don['’]t miss|read (next|more|also)( from [\w .&'’-]{{1,30}})?|see also|"
    rf"more(?=\s*[:.]?$)|more on this( story)?|also read|up next|"
    rf"must read|editor['’]s picks?|recommended( for you| stories| articles| reading)?|you (may|might) (also )?like|"
    rf"watch|poll|quiz|{TRENDING_LABEL}|{VIDEO_LABEL})\s*([:.]|\.\.\.|…)?",
    re.I,
)
INGREDIENTS = re.compile(r"(ingredients|zutaten|ingrédients|ingredientes|ingredienti|ingrediënten)\W*", re.I)
STEPS_HEADING = re.compile(  # over a recipe's steps
    r"(instructions|directions|method|preparation|steps|zubereitung|préparation|preparación|preparazione|"
    r"modo de preparo|bereiding)\W*",
    re.I,
)
RECIPE_REACH = 12  # a recipe's card under a post lists its ingredients this many lines below the post's end, or fewer
MEDIA_TIME = re.compile(r"\d{1,2}:\d\d(:\d\d)?")  # a video's or a player's length or position
BLOCK_LINES = 10  # furniture set in a story (a gallery, a video, a sign-up form) runs this many lines at most
TEASER_RUN = 6  # a box of other stories' headlines under its label holds at most this many
SECTION_HEADING_WORDS = 8  # a story's last section, doubted above the share box, is headed by this many words or fewer
QUESTION_WORDS = 12  # a question an explainer answers under it is at most this long
SECTION_NUMBER = re.compile(r"(\d+)[.)]\s")  # a list article's section: "1. Ghent, Belgium"
BARE_NUMBER = re.compile(r"#?(\d{1,3})\.?")  # ... or its number alone over its heading: "10", "#10"
CONTENTS_NUMBER = re.compile(r"\d+(\.\d+)*\.?\s+")  # a table of contents' entry: "3.7.2 SpiderMonkey"
CONTENTS_LABEL = re.compile(  # what heads a table of contents: "Table of Contents", "In this article", "Sommaire"
    r"(?:(table of )?contents|in this (article|guide|post|story)|on this page|jump to( section)?|"
    r"inhalt(sverzeichnis)?|sommaire|índice|indice|contenidos|contenuti|inhoud|содержание)\s*:?",
    re.I,
)
NOT_WORD = re.compile(r"\W+")  # what parts a section's words, however its heading and its entry punctuate it
CONTENTS_WORDS = 12  # an entry of a table of contents is at most this long
CONTENTS_LABEL_WORDS = 3  # ... and the label over them ("Contents", "Table of contents", "In this article")
SITE_LINE_WORDS = 8  # a line that names the page's site, "From Wikipedia, the free encyclopedia", is this short
FROM_SITE = r"(?:from|un article de|aus|de|da|van|dari|origem:)"  # "From" a site, in the languages wikis are in
# A wiki's line under its headline: "From Wookieepedia, the Star Wars wiki", "Aus Wikipedia, der freien Enzyklopädie"
WIKI_TAGLINE = re.compile(
    rf"{FROM_SITE} ([^,]{{1,40}}), [^,]{{0,40}}(wiki|pedia|enzyklop|encyclop|enciclop)[^,]{{0,30}}", re.I
)
DEFINING = r"(?:is|was|are|were|refers|ist|war|est|était|es|era|è|é)"  # "is", as a definition says it
NAMED_IN_LEAD_WORDS = 6  # an encyclopedia's headline, which its first sentence defines, is this short
PULL_QUOTE_WORDS = 50  # a pull quote, the story's words set again large between its paragraphs, is this short
PULL_QUOTE_REACH = 4  # ... and stands this many lines from the paragraph it quotes, or fewer
QUOTED_LINE = re.compile(r"[“\"‘'«„].*[”\"’'»“]")  # a line set in quotation marks
DROP_CAP = re.compile(r"[A-Z]")  # a story's first letter set large on a line of its own
IN_QUOTES = re.compile(r"[“\"]([^“”\"]{1,200})[”\"]")  # what a line names in quotation marks
QUOTED_SENTENCE = re.compile(r"[^.!?…]+[.!?…]*")  # a sentence (or its start) of a line, its quotes left out below
PITCH_WORDS = 30  # a newsletter's box amid a story pitches it in one sentence this long at most ...
BOX_NAME_WORDS = 6  # ... under a name this long at most
CAPTION_LINES = 2  # a photo's caption inside the story, with its credit on a line of its own
BOX_STORY_PARAGRAPHS = 2  # a box amid a short story has at least this many paragraphs of it below
# A live blog's entry opens with its time on a line of its own: "2.45pm GMT", "Posted at 15:10", "3:10 p.m. ET",
# or its age: "2h ago", "35 minutes ago".
ENTRY_TIME = re.compile(
    r"(?:(?:posted|updated|published)(?: at)?:? )?\d{1,2}[:.]\d\d ?(?:[ap]\.?m\.?)?(?: [A-Z]{2,4})?|"
    r"\d{1,2} ?(?:h|hrs?|hours?|m|mins?|minutes?) ago",
    re.I,
)
ENTRY_GAP = 3  # between two entries' text stand at most this many lines: a share button, the time, a heading
BY_WORDS = r"by|von|par|por|door|av|przez"  # "by" in the languages whose bylines listen knows
BY_WHOM = r"(?:(?:written|words|story|report|text) )?"  # "Written by", "Words by", "Report by"
# "By" then who, or "di" and "de", which open headings as often.
BYLINE = re.compile(rf"^{BY_WHOM}(?:{BY_WORDS}|di|de)\s+\S", re.I)
SIGNED = re.compile(rf"\W*(?i:{BY_WHOM}(?:{BY_WORDS})):?\s+[A-Z]")  # "By" then a name: a byline
DATED_BY = re.compile(r"\b[Bb]y [A-Z]")  # "January 9th, 2008 by Ed Kent"
# A byline with its handle, "Ann Example @annexample"; and a "Follow @annexample" beside it.
HANDLED_NAME = re.compile(r"[A-Z][\w'’.-]+( [A-Z][\w'’.-]+){0,3} @\w{2,30}")
NAME_ONLY = re.compile(r"[A-Z][\w'’.-]+( [A-Z][\w'’.-]+){1,3}")  # a writer's name alone: "Ann Lee"
WRITERS_ROLE = re.compile(  # "BuzzFeed Staff", "Senior Reporter", "Staff Writer", "Contributing Editor"
    r"([A-Z][\w&'’.-]* ){0,3}(?i:staff( writer| reporter)?|writer|reporter|editor|correspondent|contributor|columnist)"
)
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A news story's dateline: where it was filed, perhaps the agency's name, then a dash and the lead's first word
# ("LONDON — ", "OKLAHOMA CITY (AP) — ", "BOISBRIAND, Quebec -- ", "ZURICH, Oct 31 (Reuters) - ").
DATELINE_HEAD = (  # a news story's dateline: "LONDON —", "ZURICH, Oct 31 (Reuters) -", "CNN —"
    r"[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.]+(?: [A-Z][\w.]+){0,2})?"
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?(?:,? \([A-Za-z. ]{2,30}\))? ?(?:--|[-–—])"
)
DATELINE = re.compile(rf"{DATELINE_HEAD} ?[A-Z\"“‘']")
DATELINE_ALONE = re.compile(DATELINE_HEAD)  # on a line of its own, over the lead
# The months as French, Spanish, German, Italian, Portuguese, Dutch, Indonesian and Russian dates name
# them, day first: "4 décembre 2026", "4 de diciembre de 2026", "4. Dezember 2026", "4 декабря 2026".
LOCAL_MONTH = (
    r"(?i:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre|"
    r"januar|februar|märz|juni|juli|oktober|dezember|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|"
    r"januari|februari|maart|april|mei|augustus|september|november|december|maret|agustus|desember|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
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
    rf"(?:\b{MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}|\b\d{{1,2}}(?:st|nd|rd|th)? {MONTH},? \d{{2,4}}"
    r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\b\d{4}-\d\d-\d\d)"
)
# ... the date then the time, or the time then the date ("on 8:21pm Tue 1 Jan 08"), or the weekday and
# the day without the year, then the time ("On Friday, November 2 at 12:14 pm", "on Monday July 23, @08:24PM")
POSTED_AT = re.compile(
    rf"{POSTED_DATE}\D{{0,12}}\b\d{{1,2}}[:.]\d\d(?!\d)|\b\d{{1,2}}[:.]\d\d ?(?:[AaPp]\.?[Mm]\b\.?)?,?(?: [A-Z][a-z]{{2,8}},?)? {POSTED_DATE}"
    rf"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? {MONTH} \d{{1,2}}(?:st|nd|rd|th)?\D{{0,12}}\b\d{{1,2}}[:.]\d\d(?!\d)"
)
# When a byline says the story was posted, and all after it: "on Nov 1st 2012 8:30PM", "| Published: October
# 28, 2012", ", 18 August 2010".
BYLINE_DATE = re.compile(
    rf"\s*(?:\bon\b|[-|–—,;·•])?\s*(?:(?:published|posted|updated)\s*:?\s*(?:on\s+)?)?"
    rf"(?:\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s*[,|]?\s*)?{POSTED_DATE}.*",
    re.I,
)
DATE_WITHIN = re.compile(POSTED_DATE, re.I)
NUMBER_CELL = re.compile(r"[-+−]?[$€£]?\d[\d,.]*%?")  # a table's figure: 83, $1,267, -2.1%
DATED = re.compile(rf"(?:[A-Z][a-z]{{2,8}},? )?{POSTED_DATE}")  # a line that opens with its date
# ... or says only who wrote it, as blogs' comment templates set it: "Ann said...", "Ann says:".
NAMED = re.compile(r"\S.{0,60}\b(?:said\.\.\.|said…|says:)")
HEADER_KINDS = {POSTED_AT: "timed", DATED: "dated", NAMED: "named"}  # what a comment's header gives
HEADER_WORDS = 20  # a comment's header is a short line, though a reader may sign with their stats ("ART/M/44/148 lbs")
THREAD_HEADERS = 3  # this many headers ...
THREAD_GAP = 12  # ... each at most this many lines below the one before, open the comments
FRAME_WORDS = {"by", "on", "at", "posted", "says", "said", "wrote", "writes", "comment", "reply"}  # a header's form
WORD = re.compile(r"\w+", re.U)
LETTER_OR_DIGIT = re.compile(r"[^\W_]")
# An author's box below a post opens with "About" and the name its byline gives ("Posted by Becky",
# "by Nancy Atkinson on November 2, 2012", "Carlos Nadalim 27/09/2018"): "About Becky", "Sobre
# Carlos Nadalim". A company's "About Logitech" under a press release names no byline.
ABOUT_NAME = re.compile(
    r"(?:About|Sobre|Über|À propos de|Acerca de|Informazioni su) ([A-ZÀ-Þ][\w.'’-]*)(?: [A-ZÀ-Þ][\w.'’-]*){0,3}"
)
BY_WORD = re.compile(rf"\b(?:{BY_WORDS})\b", re.I)
# A title's words are compared with their apostrophes dropped: a site's page title may spell
# "Saj's" as "Sajs", or set a curly apostrophe where the headline has a straight one.
TITLE_WORD = re.compile(r"\w+(?:['’]\w+)*", re.U)
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
UNSPACED = {"zh", "ja"}  # languages written without spaces, whose common words listen has no list of
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
        # Scripts written without spaces carry about twice the text per character.
        return len(self.text) + len(WIDE_SCRIPT.findall(self.text))


@dataclass(frozen=True)
class Body:
    """Where the article text stands among a page's lines: [start, end), less the lines of the boxes
    of other stories it reads past (body_stretch), which are not heard."""

    start: int
    end: int
    boxes: frozenset[int] = frozenset()


@dataclass
class CopiedPage:
    """A page's copied text as lines, each judged by the line model, and its page title's parts."""

    lines: list[Line]
    language: str
    title_at: int  # where the page title stands again as the headline (-1: nowhere)
    title: str
    source: str  # the site's name, from the page title
    alone: bool = False  # a story copied without the page around it (copied_alone)

    @cached_property
    def run_probability(self) -> dict[tuple[str, ...], float]:
        """Each run of four words on the page, with the probability of the first line holding it:
        worked out once, as another extractor's passages are judged against it several times."""
        probability: dict[tuple[str, ...], float] = {}
        for line in self.lines:
            for run in word_runs(line.text):
                probability.setdefault(run, line.probability)
        return probability

    @cached_property
    def threads(self) -> list[list[int]]:
        """The headers of each run of readers' comments (comment_threads)."""
        return comment_threads(self.lines)

    @cached_property
    def ends(self) -> list[bool]:
        """Which lines end an article for certain (end_markers)."""
        return end_markers(self.lines, self.threads)

    @cached_property
    def contents(self) -> set[int]:
        """The lines of the page's table of contents (table_of_contents)."""
        return table_of_contents(self.lines)

    @cached_property
    def sections(self) -> tuple[list[int], int]:
        """The headings of the sections the table of contents names, and where the last one ends
        (contents_sections)."""
        return contents_sections(self.lines, self.contents, self.ends)

    @cached_property
    def body(self) -> Body:
        """Where the article text stands among the lines (find_body)."""
        return find_body(self)

    @cached_property
    def plain_lists(self) -> dict[int, int]:
        """The lists whose marks were lost in the copy, by the line that introduces each, with where
        it ends (plain_lists): found on the whole page, where what closes a list may stand past the
        body."""
        return plain_lists(self.lines, introduces_plain_list)


def clean_text_dump(text: str, url: str = "") -> Article:
    """Find the headline, summary, byline and body paragraphs in a page's copied text."""
    return article_of(judge_lines(text), url)


def judge_lines(text: str) -> CopiedPage:
    """The page's lines, each with the probability that it is article text and its label."""
    lines, markers, language = page_lines(text)
    title_at, title, source = find_title(lines)
    if not source and lines and re.fullmatch(SITE_DOMAIN, lines[0].text, re.I):
        source = lines[0].text  # a reader view's copy opens with the site's domain
    if not source:  # a wiki names itself under the headline
        source = next((match[1] for line in lines if (match := WIKI_TAGLINE.fullmatch(line.text))), "")
    # With nothing of a page around it, every line is the story's.
    alone = copied_alone(lines)
    likely = [1.0] * len(lines) if alone else probabilities(lines, markers, title_at, language not in UNSPACED)
    lift = weak_page_lift(lines, likely)
    set_probabilities(lines, likely, lift)
    page = CopiedPage(lines, language, title_at, title, source, alone)
    # Readers' comments can read more like prose to the model than the short post above them:
    # when the body found holds a comment's header, or the page counts its comments in a heading
    # over them ("2 comments:"), the page is judged again by the lines above its comments, so
    # that a post the model doubts is lifted as on any doubtful page.
    start, end = page.body.start, page.body.end
    if any(start < header < end for thread in page.threads for header in thread):
        above = page.threads[0][0]
    else:
        above = next((index for index, line in enumerate(lines) if COMMENTS_HEADING.fullmatch(line.text)), 0)
    if above:
        lift_above = weak_page_lift(lines[:above], likely[:above])
        if lift_above > lift:
            set_probabilities(lines, likely, lift_above)
            page = CopiedPage(lines, language, title_at, title, source, alone)
    return page


def set_probabilities(lines: list[Line], likely: list[float], lift: float) -> None:
    """Give each line its probability, raised by `lift` on a doubtful page, and its label."""
    for line, probability in zip(lines, likely):
        line.probability = probability + lift
        if is_dateline_lead(line):  # the line model doubts one under a page's menus and a photo's credit
            line.probability = max(line.probability, SEGMENT_PROBABILITY)
        line.label = (
            "good" if line.probability >= ARTICLE_PROBABILITY else ("short" if line.chars < SHORT_CHARS else "bad")
        )


def copied_alone(lines: list[Line]) -> bool:
    """Whether a story was copied without the page around it: no page title parted from a
    site's name, no line of furniture, none the page repeats, no menu, timestamp, link out or
    filing, and no end marker; but for who wrote it and when, under its headline (a reader copies
    from the headline down), and the furniture a selection of the story takes with it: a photo's
    caption or an ad slot anywhere, other furniture between its sentences, its share box at the
    end. Its short lines (a poem's, a list's, a one-line paragraph) are the story's, however
    unlike prose. (A copy that opens with a button, "Skip to content", is a page's.)"""
    if not lines or page_title(lines[0].text).has_site or opens_with_menu(lines) or is_button(lines[0].text):
        return False
    allowed = story_furniture(lines)
    pages = (
        (
            line.repeated
            or is_navigation(line)
            or is_link_or_filing(line.text)
            or (line.furniture and not is_set_in_story(line.text) and index not in allowed)
        )
        and not (index < STORY_HEAD_LINES and is_posting(line))
        for index, line in enumerate(lines)
    )
    return not any(pages) and not any(end_markers(lines, comment_threads(lines)))


def opens_with_menu(lines: list[Line]) -> bool:
    """Whether the copy opens with a site's menu, one item a line ("Podcasts", "Episodes", "About",
    "Support us") above its first sentence, perhaps under a skip link or a logo, which no story's
    head has: its headline, deck and byline are longer, and a list it opens with ("2 eggs", "1 cup
    milk") has its items marked."""
    run = 0
    for line in lines[:-1]:
        if line.sentence:
            break
        run = run + 1 if line.words <= 2 and not LIST_ITEM.match(line.text) else 0
        if run == MENU_OPENING:
            return True
    return False


def story_furniture(lines: list[Line]) -> set[int]:
    """Where a story copied alone may hold any furniture: between its first and last sentence, and
    in the run of furniture and buttons that ends the copy (its share box). Furniture above the
    story, or amid lines of other stories below it, is a page's, unless sites set it inside stories
    (furniture.is_set_in_story)."""
    sentences = [index for index, line in enumerate(lines) if line.sentence]
    if not sentences:
        return set()
    first, last = sentences[0], sentences[-1]
    box = len(lines)  # where the run of furniture and buttons at the end starts
    while box > first + 1 and (
        lines[box - 1].furniture or is_button(lines[box - 1].text) or is_article_end(lines[box - 1].text)
    ):
        box -= 1
    return {*range(first + 1, last), *range(box, len(lines))}


def is_posting(line: Line) -> bool:
    """Who posted the story or when, on a short line of its own: "By Ann Example | March 5, 2024",
    "Submitted by ann on November 12, 2012 - 3:03pm"."""
    text = line.text
    return line.words <= HEADER_WORDS and bool(BYLINE.match(text) or POSTED_AT.search(text) or DATED.match(text))


def likelihood(page: CopiedPage, runs: set[tuple[str, ...]]) -> float | None:
    """How likely the line model finds a passage another extractor took for the article: the
    mean probability of the lines that hold its runs of four words (lower-cased); None when no
    line holds one."""
    found = [page.run_probability[run] for run in runs if run in page.run_probability]
    return sum(found) / len(found) if found else None


def word_runs(text: str) -> list[tuple[str, ...]]:
    """The text's runs of four words, lower-cased: how two extractions of a page are compared."""
    words = WORD.findall(text.lower())
    return [tuple(words[index : index + 4]) for index in range(len(words) - 3)]


def article_of(page: CopiedPage, url: str) -> Article:
    """The headline, summary, byline and body paragraphs of a page whose lines are judged."""
    lines, title_at, title = page.lines, page.title_at, page.title
    body_start, body_end = page.body.start, page.body.end
    if title_at < 0 or title_at >= body_start:
        title_at, title = find_headline(lines, body_start)
        if title_at >= body_start:  # the headline the body opened with, and the writer's name under it
            body_start = title_at + 1 + bool(under_headline_name(lines, title_at + 1, body_end))
    # A writer's name alone right under the headline is the byline: "Ann Lee".
    byline = under_headline_name(lines, title_at + 1, body_start) if title_at >= 0 else ""

    unheard = page.contents | site_lines(lines, page.source) | page.body.boxes
    summary: list[str] = []
    for line in lines[title_at + 1 : body_start]:
        if BULLET.match(line.text) and not line.furniture and line.words >= 4:
            summary.append(BULLET.sub("", line.text))
        elif BYLINE.match(line.text) and line.words <= 10 and not byline:
            byline = byline_name(line.text)
    if not byline:  # set below the lead, as some pages do
        below = [line for line in lines[body_start:body_end] if is_metadata(line) and BYLINE.match(line.text)]
        byline = byline_name(below[0].text) if below else ""

    heard = [at for at in range(body_start, body_end) if at not in unheard]
    headings, sections_end = page.sections
    named = {index for index, at in enumerate(heard) if at in headings}
    in_sections = {index for index, at in enumerate(heard) if headings and headings[0] <= at < sections_end}
    # Each plain list the body holds, by its place among the lines heard.
    position = {at: index for index, at in enumerate(heard)}
    plain = {position[intro]: bisect_left(heard, end) for intro, end in page.plain_lists.items() if intro in position}
    return Article(
        title=title,
        summary=summary,
        chapters=body_chapters([lines[at] for at in heard], named, in_sections, plain),
        byline=byline,
        source=page.source,
        url=url,
        language=page.language,
    )


def under_headline_name(lines: list[Line], under: int, end: int) -> str:
    """The writer's name alone on the line under the headline, before `end` ("Ann Lee"), or ""."""
    text = lines[under].text if under < end else ""
    return text if NAME_ONLY.fullmatch(text) and not BYLINE.match(text) else ""


def byline_name(text: str) -> str:
    """Who wrote the story, as a player shows it: the byline without its "By" and without when it
    was posted ("By Barry van Wyk on November 5, 2012", "Food52 | November 8, 2012")."""
    name = BYLINE_DATE.sub("", re.sub(rf"^(?i:{BY_WHOM})\w+\s+", "", text))
    return name.strip(" |/-–—,;·•")


def weak_page_lift(lines: list[Line], likely: list[float]) -> float:
    """How much to raise every line's probability on a page where the model doubts even its
    likeliest paragraph: a short article among much furniture (one or two paragraphs on a
    busy page) would otherwise not be found at all."""
    return max(0.0, SEGMENT_PROBABILITY + WEAK_MARGIN - likeliest_paragraph(lines, likely))


def likeliest_paragraph(lines: list[Line], likely: list[float]) -> float:
    """How likely the line model finds the page's likeliest paragraph (1.0 where it has none). A
    line about the comments (a comment policy under the comment form) is no witness of an
    article, however much it reads like one."""
    paragraphs = [
        probability
        for line, probability in zip(lines, likely)
        if line.words >= PARAGRAPH_WORDS and not line.furniture and not ABOUT_COMMENTS.search(line.text)
    ]
    return max(paragraphs, default=1.0)


def page_lines(text: str) -> tuple[list[Line], list[bool], str]:
    """The page's lines that hold a word, with their evidence, which of them are end-of-article
    markers ("Related", "Comments", a copyright line), and the page's language."""
    texts = [without_formula_source(" ".join(line.split())) for line in unwrapped(text)]
    texts = [line for line in texts if WORD.search(line) and not PAGE_SOURCE.match(line)]  # not "/", "*"
    language = detect_language(" ".join(line for line in texts if len(line) > 60) or text)
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
    lines = []
    for text in texts:
        words = WORD.findall(text)
        density = None
        if stops and words:
            density = sum(word.lower() in stops for word in words) / len(words)
        sentence = bool(SENTENCE_END.search(text)) or len(SENTENCE_BREAK.findall(text)) >= 2
        word_count = max(len(words), len(WIDE_SCRIPT.findall(text)) // 2)
        lines.append(Line(text, word_count, density, sentence, is_furniture(text), counts[text] > 1))
    printed_twice = article_printed_twice(lines)
    for line in lines:
        line.repeated = line.repeated and line.text not in printed_twice
    return lines


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


def neighbour(lines: list[Line], index: int, step: int) -> str:
    """The label of the nearest good or bad line in the direction `step`."""
    index += step
    while 0 <= index < len(lines):
        if lines[index].label in ("good", "bad"):
            return lines[index].label
        index += step
    return "bad"


def find_body(page: CopiedPage) -> Body:
    """The [start, end) of the article text. A stretch found wholly above the story's headline,
    where a paragraph stands under it, is a sidebar's (a blog's bio, which a browser copies first
    when the sidebar comes first in the page): the headline says where the story is then, as on a
    doubtful page."""
    body = body_stretch(page, trust_headline=False)
    if body.end <= page.title_at and paragraph_below(page.lines, page.title_at) >= 0:
        body = body_stretch(page, trust_headline=True)
    # A body that reaches into the sections its table of contents names holds them all, however
    # short and doubted (a how-to's steps, a guide's last section above the page's feedback box).
    headings, sections_end = page.sections
    if headings and body.start < sections_end and body.end > headings[0]:
        body = Body(body.start, max(body.end, sections_end), body.boxes)
    return body


def body_stretch(page: CopiedPage, trust_headline: bool) -> Body:
    """The stretch of the page where the most article text stands, net of what is not (max-sum
    segment over the lines' probabilities, weighed by their words).

    A short line or a few of furniture cost little, so reading never stops at "Related" or a
    list in the middle of the article; only strong evidence ends it: a copyright line, the
    start of the comments, a section's teasers, or a wire credit after a long story.
    """
    lines, title_at, threads, ends = page.lines, page.title_at, page.threads, page.ends
    best, best_score = (len(lines), len(lines)), 0.0
    start, score = 0, 0.0
    to_beat = 0.0  # what a stretch after the comments must outweigh to be the article instead
    in_comments = False  # an end marker closed a short article: what follows is its comments
    closed_paragraph = False  # ... and that article held a paragraph's words
    counted_comments = False  # ... or under the heading that counts them ("2 comments:"): all below is theirs
    last_end = {line.text.casefold(): index for index, line in enumerate(lines) if ends[index]}
    # A comments heading right above a thread of them closes the article however far below it stands.
    comments_headings = {
        index
        for thread in threads
        for index in range(max(0, thread[0] - THREAD_GAP), thread[0])
        if ends_article(lines[index].text, lines[index].words)
    }
    # The lines of each run of readers' comments, from its heading (or else its first header) to the
    # last one's comment: a site that signs each comment below it has one above its first header.
    openings = [
        min([at for at in comments_headings if 0 < thread[0] - at <= THREAD_GAP], default=thread[0])
        for thread in threads
    ]
    in_thread = {
        index for opening, thread in zip(openings, threads) for index in range(opening, thread[-1] + THREAD_GAP)
    }
    thread_starts = {thread[0] for thread in threads}
    # On a page where the line model is sure of no paragraph (or `trust_headline`), the headline is
    # the best witness of where the story is: the paragraph under it is as likely as any (the model
    # may find a teaser's summary far below likelier than a short post).
    likeliest = likeliest_paragraph(lines, [line.probability for line in lines])
    trusted = title_at >= 0 and (trust_headline or likeliest < DOUBTFUL_PAGE)
    lead = paragraph_below(lines, title_at) if trusted else -1
    long_runs = paragraph_runs(lines, LEAD_RESUMED_RUN)
    plain = page.plain_lists
    lists = list_ends(lines, plain)
    rows = doubted_rows(lines)
    listed = introduced_lists(lines, lists, plain) | rows
    boxes = sign_up_boxes(lines)
    read_past: list[tuple[int, int]] = []  # each end marker read past, and where the story resumes below its box
    for index, line in enumerate(lines):
        if is_credit(line) and best_score >= ARTICLE_SCORE and index - best[1] <= CLOSING_LINES:
            break  # a wire story's credit after a long story: a single short line that ends one
        under_lead = best_score < ARTICLE_SCORE
        last_at = last_end.get(line.text.casefold(), index)  # where an end marker stands last
        ending = ends[index] and not resumes(lines, index, last_at)
        # ... unless the story resumes past a box of other stories under it (a toolbar's link under
        # the lead): any long run below will do under the lead, under more of it a longer one.
        above = -1 if under_lead else words(lines[best[0] : best[1]])
        resumed = resumed_past_box(lines, index, last_at, long_runs, above) if ending else -1
        if resumed >= 0:
            read_past.append((index, resumed))
        elif ending:
            closes = index - best[1] <= CLOSING_LINES or index in comments_headings
            if closes and (best_score >= ARTICLE_SCORE or (best_score > 0 and BLOG_PAGER.fullmatch(line.text))):
                break  # it closes the article
            if best_score > 0 and closes and not (is_byline_count(line.text) and index not in thread_starts):
                # It closes a short article: what follows is the comments, their form and its rules
                # (a line about comments is not article there, nor, below a paragraph's words, a comment
                # between its readers' names and dates), and only a much stronger stretch is the
                # article. (A count, "0 comments", stands in bylines above articles as often; a comment's
                # header that opens with its date, "07.14.12 at 15:54", is no count.)
                to_beat, in_comments = max(to_beat, CLOSED_OUTWEIGH * best_score), True
                closed_paragraph = closed_paragraph or words(lines[best[0] : best[1]]) >= PARAGRAPH_WORDS
            if closes and COMMENTS_HEADING.fullmatch(line.text):
                in_comments = counted_comments = True  # below it all is theirs, even under a post of no text
            start, score = index + 1, 0.0
            continue
        if score <= 0:
            start, score = index, 0.0
        is_comment = in_comments and (
            counted_comments or (closed_paragraph and index in in_thread) or bool(ABOUT_COMMENTS.search(line.text))
        )
        probability = line.probability
        if trust_headline and index < title_at:  # a sidebar's, above the story's headline
            probability = 0.0
        if index == lead:
            probability = max(probability, likeliest)
        if index in listed:  # a list the article introduces, a table of figures: reading goes on through it
            probability = max(probability, SEGMENT_PROBABILITY)
        if is_comment:  # however it reads, and though it stands where a lead would
            probability = 0.0
        gain = (probability - SEGMENT_PROBABILITY) * max(1, line.words)
        score += gain if gain > 0 else gain * NOT_ARTICLE_COST
        if score > max(best_score, to_beat):
            best, best_score = (start, index + 1), score
    start, end = best
    # A box of other stories the stretch opens with: all above the story's first paragraph under it is the box's.
    box = teaser_box_label(lines, start, end)
    if box >= 0:
        start = next((at for at in range(max(box + 1, start), end) if is_story_paragraph(lines[at])), start)
        box = start - 1
    # The page's first line is its title, when it reads as one: the headline, not the body.
    title_line = 0 if lines and not lines[0].sentence and lines[0].words <= TITLE_LINE_WORDS else -1
    start = min(max(start, title_line + 1), end)
    above = max(title_line, title_at, box)  # the body does not grow up into the title, the headline or a box
    # The body opens with article text, not with furniture, the headline, a heading or a bare link above it.
    while (
        start < end
        and (
            (lines[start].label != "good" and start != lead)  # the lead under a trusted headline, however doubted
            or (lines[start].furniture and lines[start].words < PARAGRAPH_WORDS)  # "8 min read", not a caption's lead
            or is_heading(lines[start], lines[start + 1 : start + 2])
            or BARE_LINK.fullmatch(lines[start].text)
        )
    ):
        start += 1
    # The headline and what stands above it are not body: a sidebar's long bio above a short post
    # is not its article. (The title repeated below most of the article, with no paragraph under
    # it, is a share box's or a list's.)
    if start <= title_at < end and (
        words(lines[start:title_at]) < words(lines[title_at:end]) or 0 <= paragraph_below(lines, title_at) < end
    ):
        start = title_at + 1
    # A paragraph the model finds likely, or a long line of prose, right beside the body is body too;
    # so is the story's first short sentence, which the line model doubts under the page's menus.
    while start - 1 > above and (
        is_paragraph(lines[start - 1])
        or is_prose(lines[start - 1])
        or (is_plain_sentence(lines[start - 1]) and not ends[start - 1])
    ):
        start -= 1
    start = story_above_box(lines, ends, start, above)
    # A story's dateline lead a few lines above, past only a photo's credit and caption or a box of
    # links under it, opens the body: the body found begins where the story goes on below that box.
    for index in range(start - 1, max(above, start - 1 - LEAD_BOX_LINES), -1):
        if is_dateline_lead(lines[index]):
            start = index
            break
        if ends[index] or is_paragraph(lines[index]):
            break
    # ... and one a few lines into the body opens it too: what the body found above it, short of a
    # paragraph, is a photo's caption and credit.
    for index in range(start, min(end, start + LEAD_BOX_LINES)):
        if is_dateline_lead(lines[index]):
            start = index
            break
        if is_paragraph(lines[index]):
            break
    # The story's next paragraphs, past a photo's caption, an ad slot, a question it answers or a box
    # of other stories set between them.
    while end < len(lines) and not ends[end]:
        if is_paragraph(lines[end]) or is_prose(lines[end]):
            end += 1
        elif (past_caption := paragraph_past_caption(lines, ends, boxes, end)) > end:
            end = past_caption  # the caption and the paragraph under it
        elif (past_box := story_past_box(lines, ends, end)) > end:
            end = past_box
        elif (past_furniture := story_past_furniture(lines, ends, end, end)) > end:
            end = past_furniture
        elif (past_list := paragraph_past_list(lines, ends, lists, end)) > end:
            end = past_list
        elif (past_section := last_section_below(lines, ends, start, end)) > end:
            end = past_section
        elif (past_recipe := recipe_below(lines, ends, end)) > end:
            end = past_recipe
        elif is_plain_sentence(lines[end]):
            end += 1  # the story's short sentence between its paragraphs
        else:
            break
    if end < len(lines) and not ends[end] and is_last_sentence(lines, ends, end):
        end += 1  # the story's last sentence, however unlike one, right over the page's foot
    # A live blog's entries, each under its time, which the line model doubts between their share
    # buttons: a body that holds one holds all those of its run.
    for first, last in live_blog(lines, ends):
        if first > above and start < last and end > first:
            start, end = min(start, first), max(end, last)
    # A list article's sections, each under its number alone, which the model doubts further down
    # the page: a body that holds two of them runs on to the end of the last.
    for run in counted_sections(lines, ends):
        if sum(start <= number < end for number in run.numbers) >= 2:
            end = max(end, run.end)
    while end < len(lines) and end in listed and not ends[end]:
        end += 1  # the list or table the story ends on (a camera's specs, a poll's results), which the model doubts
    # A bulleted list or an interview's questions and answers that the body begins or ends inside
    # is read whole (a changelog, a list of tips, "Q: Favorite books?" then "A: ...").
    while start - 1 > above and start < end and is_item(lines[start]) and is_item(lines[start - 1]):
        start -= 1
    while 0 < end < len(lines) and is_item(lines[end - 1]) and is_item(lines[end]) and not ends[end]:
        end += 1
    if end < len(lines) and is_credit(lines[end]):
        end += 1
    end = max([end, *lists[start:end]])  # a list introduced at the end may run past the prose
    end = toolbar_foot(lines, start, end)
    # What a page's body closes on is article text, not a label ("POPULAR STORIES TODAY:") or a
    # pager, unless a list it introduces runs to it or it is a table's row or a step's; a story copied alone
    # closes where its copy does (a list's last item, a signature). A label as the last line ("You may
    # like to read:", "See more photos:") introduces what the body does not hold, whatever comes under it.
    reach = list(accumulate(lists[start:end], max))  # where the lists introduced from the start end
    while (
        not page.alone
        and end - 1 > start
        and (
            is_label(lines[end - 1])
            or (is_loose_end(lines[end - 1]) and reach[end - 2 - start] < end and end - 1 not in rows)
        )
    ):
        end -= 1
    # The box under each end marker read past, to where the story's run of paragraphs resumes: its
    # label, headlines and writers' names are not heard; its summaries are sentences, as the story's
    # own lines between may be, and are.
    passed_boxes = frozenset(
        at
        for marker, resumed in read_past
        if start <= marker < end
        for at in range(marker, resumed)
        if not lines[at].sentence
    )
    return Body(start, end, passed_boxes)


def is_last_sentence(lines: list[Line], ends: list[bool], index: int) -> bool:
    """A sentence of common words right over the page's foot (furniture, a button or an end
    marker), however the line model doubts it there: the story's last."""
    below = index + 1
    return is_common_sentence(lines[index]) and (
        below == len(lines) or ends[below] or lines[below].furniture or is_button(lines[below].text)
    )


def paragraph_past_caption(lines: list[Line], ends: list[bool], boxes: set[int], index: int) -> int:
    """Where the story's next paragraph ends, under a photo's caption (and its credit on a line of
    its own), an ad slot, a teaser ("Lire aussi | ..."), a question an explainer answers or a box
    that asks the reader to sign up (`boxes`) at `index`; `index` where none is there. That
    paragraph may be the story's last, which the line model doubts above the page's furniture: a
    paragraph of plain sentences counts there, however unlikely."""
    following = index + 1 if is_question(lines[index]) else index
    reach = index + CAPTION_LINES
    while following < min(len(lines), reach) and (
        is_set_in_story(lines[following].text) or TEASER.fullmatch(lines[following].text) or following in boxes
    ):
        reach += following in boxes  # a box's name, pitch and button take no caption's place
        following += 1
    if (
        index < following < len(lines)
        and not ends[following]
        and (is_story_paragraph(lines[following]) or is_plain_paragraph(lines[following]))
    ):
        return following + 1
    return index


def paragraph_past_list(lines: list[Line], ends: list[bool], lists: list[int], index: int) -> int:
    """Where the story's next paragraph ends, under a list the line above `index` introduces ("By
    the numbers:", then its rows), which the line model doubts between the list and the page's
    foot: a paragraph of plain sentences counts there. `index` where none is there."""
    below = lists[index - 1] if index > 0 else index
    if index < below < len(lines) and not any(ends[index : below + 1]) and is_plain_paragraph(lines[below]):
        return below + 1
    return index


def last_section_below(lines: list[Line], ends: list[bool], start: int, index: int) -> int:
    """Where a story in sections ends whose last section stands at `index`: its heading ("What we
    learned") and the plain sentences under it, which the line model doubts above the page's
    share box, down to that furniture or an end marker. Only below a heading of the story's own:
    under a story without any, a heading and a paragraph are as often a writer's bio or a comment.
    `index` where no such section stands there."""
    heading = lines[index] if index + 1 < len(lines) else None
    if (
        heading is None
        or heading.sentence
        or heading.furniture
        or heading.repeated
        or heading.words > SECTION_HEADING_WORDS
        or NAME_ONLY.fullmatch(heading.text)
        or is_metadata(heading)
        or is_timestamp(heading)
        or not any(is_heading(lines[at], lines[at + 1 : at + 2]) for at in range(start, index))
    ):
        return index
    end = index + 1
    while end < len(lines) and not ends[end] and (is_common_sentence(lines[end]) or is_plain_paragraph(lines[end])):
        end += 1
    closed = end == len(lines) or ends[end] or lines[end].furniture
    return end if end > index + 1 and closed else index


def recipe_below(lines: list[Line], ends: list[bool], index: int) -> int:
    """Where the recipe ends that a food blog sets under its post, on a card of its own: the
    dish's name, its rating and times, then "Ingredients" over at least two of them and
    "Instructions" over its steps; `index` where none stands within RECIPE_REACH lines."""
    ingredients = next(
        (at for at in range(index, min(len(lines), index + RECIPE_REACH)) if INGREDIENTS.fullmatch(lines[at].text)), -1
    )
    if ingredients < 0 or any(ends[index : ingredients + 1]):
        return index
    steps = next(
        (
            at
            for at in range(ingredients + 1, min(len(lines), ingredients + 1 + RECIPE_REACH * 3))
            if STEPS_HEADING.fullmatch(lines[at].text)
        ),
        -1,
    )
    if steps - ingredients <= 2:
        return index
    end = steps + 1
    while end < len(lines) and not ends[end] and (lines[end].sentence or NUMBERED_MARK.match(lines[end].text)):
        end += 1
    return end if end > steps + 1 else index


def is_box_label(line: Line) -> bool:
    """The label over a box of other stories' headlines: "Related", "Trending", "Read more from ..."."""
    return line.furniture and bool(TEASER_LABEL.fullmatch(line.text))


def story_above_box(lines: list[Line], ends: list[bool], start: int, above: int) -> int:
    """Where the story starts whose first paragraphs stand over a box of other stories set inside
    it (its label, "Trending", and a few headlines) right above `start`, which the line model doubts
    beside the box: two paragraphs of plain sentences or more; `start` where none do."""
    label = start - 1
    while label > above and not is_box_label(lines[label]) and (lines[label].furniture or is_teaser(lines, label)):
        label -= 1
    if label <= above or not is_box_label(lines[label]):
        return start
    first = label
    while (
        first - 1 > above
        and not ends[first - 1]
        and (is_plain_paragraph(lines[first - 1]) or is_common_sentence(lines[first - 1]))
    ):
        first -= 1
    return first if label - first >= BOX_STORY_PARAGRAPHS else start


def story_past_box(lines: list[Line], ends: list[bool], index: int) -> int:
    """Where the story ends that goes on under a box of other stories set inside it (an ad slot or a
    button, a label, "More on this story", a few headlines, then its pager's or the story's
    buttons) to its next paragraphs (story_resumed); `index` when no such box stands there."""
    at = index
    while at < len(lines) and (is_set_in_story(lines[at].text) or is_button(lines[at].text)):
        at += 1
    if at < len(lines) and (is_teaser(lines, at) or is_teaser(lines, at - 1)):  # among or under the box's headlines
        at = next(above for above in range(at - 1, -1, -1) if is_box_label(lines[above]))
    if at == len(lines) or not is_box_label(lines[at]):
        return index
    below = at + 1
    while below < len(lines) and not ends[below] and is_teaser(lines, below):
        below += 1
    if below == at + 1:
        return index
    return story_past_furniture(lines, ends, below, index)


def story_past_furniture(lines: list[Line], ends: list[bool], index: int, otherwise: int) -> int:
    """Where the story ends that goes on past furniture and buttons at `index` (a gallery's counter,
    a video's or a player's label and length, a sign-up form, a box's pager, a post it quotes) to
    its next paragraphs (story_resumed); `otherwise` where it does not."""
    at = index
    while at < len(lines) and at - index < BLOCK_LINES and not ends[at] and is_set_aside(lines, at, index):
        at += 1
    return story_resumed(lines, ends, at) or otherwise


def is_set_aside(lines: list[Line], index: int, block: int) -> bool:
    """A line of a block set inside the story from `block` on: furniture, a button, a player's
    time under its label ("03:12"), or a post the story quotes and its author ("— Ann Lee (@ann)")."""
    text = lines[index].text
    return (
        lines[index].furniture
        or is_button(text)
        or (index > block and bool(MEDIA_TIME.fullmatch(text)))
        or bool(POST_CREDIT.match(text))
        or (index + 1 < len(lines) and bool(POST_CREDIT.match(lines[index + 1].text)))
    )


def story_resumed(lines: list[Line], ends: list[bool], index: int) -> int:
    """Where the story ends that resumes at `index`, under something set inside it: two paragraphs
    of plain sentences or more (short ones of a sentence count), or its one last paragraph, with no
    other in the page's foot below it and either a paragraph's length or the page's end marker (a
    copyright line) under it; 0 where it does not resume there."""
    end = index
    while (
        end < len(lines)
        and not ends[end]
        and (is_plain_paragraph(lines[end]) or is_common_sentence(lines[end]))
        and not lines[end].text.endswith(("...", "…"))  # a teaser's summary, cut short
    ):
        end += 1
    heard = end - index
    last = (
        heard == 1
        and (is_plain_paragraph(lines[index]) or (end < len(lines) and ends[end]))
        and not any(is_plain_paragraph(line) for line in lines[end : end + LEAD_BOX_LINES])
    )
    return end if heard >= BOX_STORY_PARAGRAPHS or last else 0


def live_blog(lines: list[Line], ends: list[bool]) -> list[tuple[int, int]]:
    """The runs of a live blog's entries, [the first one's time, the last one's end): each entry is
    its time on a line of its own, a heading or a share button at most, then paragraphs of plain
    sentences; a run is two entries or more, one under the other, a share button or a time at most
    between."""
    runs: list[list[tuple[int, int]]] = []
    for time, line in enumerate(lines):
        if not is_entry_time(line):
            continue
        text = next(
            (at for at in range(time + 1, min(time + ENTRY_GAP + 1, len(lines))) if is_plain_paragraph(lines[at])), 0
        )
        if not text or not is_entry_head(lines[time:text]) or any(ends[time:text]):
            continue
        entry = (time, entry_end(lines, ends, text))
        between = lines[runs[-1][-1][1] : time] if runs else []
        if runs and len(between) < ENTRY_GAP and all(is_sharing_tool(tool) or is_entry_time(tool) for tool in between):
            runs[-1].append(entry)
        else:
            runs.append([entry])
    return [(run[0][0], run[-1][1]) for run in runs if len(run) >= 2]


@dataclass
class CountedRun:
    """A run of a list article's sections, each under its number on a line of its own."""

    numbers: list[int]  # the lines of their numbers
    last: int  # the last section's number
    end: int  # where the last section ends


def counted_sections(lines: list[Line], ends: list[bool]) -> list[CountedRun]:
    """The runs of a list article's sections, each under its number on a line of its own ("10",
    then its heading, "Maori Warrior Masks", then paragraphs of plain sentences), one right under
    the other and counted down or up by one. A run is LIST_ROWS sections or more."""
    runs: list[CountedRun] = []
    for at, line in enumerate(lines):
        if not (mark := BARE_NUMBER.fullmatch(line.text)):
            continue
        text = next(
            (below for below in range(at + 1, min(at + ENTRY_GAP + 1, len(lines))) if is_plain_paragraph(lines[below])),
            0,
        )
        if not text or any(ends[at:text]):
            continue
        number, section_end = int(mark[1]), entry_end(lines, ends, text)
        if runs and runs[-1].end == at and abs(number - runs[-1].last) == 1:
            runs[-1].numbers.append(at)
            runs[-1].last, runs[-1].end = number, section_end
        else:
            runs.append(CountedRun([at], number, section_end))
    return [run for run in runs if len(run.numbers) >= LIST_ROWS]


def entry_end(lines: list[Line], ends: list[bool], text: int) -> int:
    """Where an entry ends whose text begins at `text`: its paragraphs and short sentences."""
    end = text + 1
    while end < len(lines) and not ends[end] and (is_plain_paragraph(lines[end]) or is_plain_sentence(lines[end])):
        end += 1
    return end


def is_entry_head(head: list[Line]) -> bool:
    """Whether these lines open an entry of a live blog: its time, with a heading and a share
    button at most beside it."""
    return len(head) <= ENTRY_GAP and all(
        is_entry_time(line)
        or is_sharing_tool(line)
        or (line.words <= QUESTION_WORDS and not line.sentence and not line.furniture)
        for line in head
    )


def heads_entry(lines: list[Line], index: int, entries: set[int]) -> bool:
    """Whether the line at `index` is the heading of a live blog's entry: over the entry's text
    (`entries`), a share button at most between them."""
    line = lines[index]
    if index in entries or is_entry_time(line) or is_sharing_tool(line) or not is_entry_head([line]):
        return False
    below = index + 1
    while below < len(lines) and is_sharing_tool(lines[below]):
        below += 1
    return below in entries


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


def teaser_box_label(lines: list[Line], start: int, end: int) -> int:
    """Where the label of a box of other stories stands when the stretch found opens with the box
    or right under its label (-1: none): a teaser label ("Related Articles", "See also"; not a
    toolbar's "More") under short lines only (a date, a headline or two); the story opens at its
    first paragraph of sentences below the box's headlines and teasers."""
    for index in range(max(0, start - 1), min(end, start + LEAD_BOX_LINES)):
        if lines[index].words >= PARAGRAPH_WORDS:
            break
        if TEASER_LABEL.fullmatch(lines[index].text) and not MORE_BUTTON.fullmatch(lines[index].text):
            return index
    return -1


def is_story_paragraph(line: Line) -> bool:
    """A paragraph of sentences, not a teaser's ("Two people in China have been diagnosed ...")."""
    return (
        is_paragraph(line) and line.sentence and not line.text.endswith(("...", "…")) and not is_title_cased(line.text)
    )


def toolbar_foot(lines: list[Line], start: int, end: int) -> int:
    """Where the body ends at its sharing toolbar ("Share this on WhatsApp", "Print |", "Email"):
    a toolbar that stands right above the body stands again at the story's foot, under its text
    (a paragraph, a table's row), and what follows it there is the site's boxes, unless a run of
    paragraphs goes on (`resumes`). Under a headline, a deck and a byline, its repeat opens the
    story instead."""
    above = {line.text for line in lines[max(0, start - MARKER_REACH) : start] if is_sharing_tool(line)}
    text_above = 0  # paragraphs and table rows above each line: a deck is one
    for index in range(start, end):
        if text_above >= FOOT_TEXT and lines[index].text in above and not resumes(lines, index, end):
            return index
        text_above += is_paragraph(lines[index]) or is_table_row(lines[index])
    return end


def is_sharing_tool(line: Line) -> bool:
    """A short button of the story's toolbar: "Share this on WhatsApp", "Print |", "Tweet"."""
    return line.words <= TOOL_WORDS and bool(SHARING_TOOL.match(line.text)) and (line.furniture or is_button(line.text))


def is_byline_count(text: str) -> bool:
    """A count ("0 comments", "12 Responses") as it stands in bylines above articles as often as
    below them; not the heading over the comments it counts ("2 comments:")."""
    return bool(COUNT.match(text)) and not COMMENTS_HEADING.fullmatch(text)


def paragraph_below(lines: list[Line], index: int) -> int:
    """Where the first paragraph of sentences within HEADLINE_REACH lines below the line stands (-1:
    none): under a headline, its lead, past its byline, date and sharing buttons."""
    for below in range(index + 1, min(len(lines), index + 1 + HEADLINE_REACH)):
        line = lines[below]
        if line.sentence and line.words >= PARAGRAPH_WORDS and not line.furniture:
            return below
    return -1


def closed_by_end_marker(page: CopiedPage) -> bool:
    """Whether an end marker (the comments' heading, a copyright line) stands right below the
    page's body, past furniture and buttons only: what follows it is not the article."""
    lines, ends = page.lines, page.ends
    start, end = page.body.start, page.body.end
    if end <= start:
        return False
    for line, is_end in zip(lines[end : end + MARKER_REACH], ends[end : end + MARKER_REACH]):
        if is_end or not (line.furniture or is_button(line.text)):
            return is_end
    return False


def end_markers(lines: list[Line], threads: list[list[int]]) -> list[bool]:
    """Which lines end an article for certain: an end marker (a copyright footer, the comments'
    heading, a section's teasers), the first header of a thread of readers' comments, an author's
    box, or a site's copyright line with nothing of the story under it."""
    ends = [ends_article(line.text, line.words) for line in lines]
    for index in [
        *(thread[0] for thread in threads),
        *copyright_lines(lines),
        *author_boxes(lines),
        *reference_lists(lines),
    ]:
        ends[index] = True
    return ends


def reference_lists(lines: list[Line]) -> list[int]:
    """Where a list of the works an article cites starts: its heading ("References", "Notes",
    "Einzelnachweise", with a wiki's link to edit it or without) over a citation ("^ Minchinton,
    W. (1979). ...", "[1] ...", "1. ... (2008)")."""
    return [
        index
        for index, (line, below) in enumerate(zip(lines, lines[1:]))
        if REFERENCES_HEADING.fullmatch(without_edit_link(line.text)) and CITATION.match(below.text)
    ]


def comment_threads(lines: list[Line]) -> list[list[int]]:
    """The headers of each run of readers' comments: THREAD_HEADERS or more lines of one form (the
    words that frame the name, and whether they give the time) that say who posted what stands
    below them and when, each close below the one before of its form (a template may head each
    comment with one form and foot it with another: "Ann says:", then "Posted on Nov 6 | 1:23 pm |
    Reply"). A story's own dated byline above it most often has another form: "Posted by John on
    ..." over comments headed "Shirley July 31, 2012 at 9:39 pm". Headers that give only the day
    ("October 2, 2012 | Permalink") are comments' when there are more of them than a box of other
    stories' dated headlines holds (TEASER_RUN), and at least half of them stand over a sentence
    (under a box's dates stand a label or a headline).
    Headers that give only the name ("Ann said...") are comments' as those with the time are."""
    stamps = [comment_header(line) for line in lines]
    headers: list[tuple[int, tuple[str, ...]]] = []
    for index, (line, posted) in enumerate(zip(lines[:-1], stamps)):
        if posted and not stamps[index + 1]:  # a header has something under it
            frame = tuple(word for word in WORD.findall(line.text[: posted.start()].lower()) if word in FRAME_WORDS)
            headers.append((index, (*frame, HEADER_KINDS[posted.re])))
    threads: list[list[int]] = []
    for form in {form for _, form in headers}:
        closing = len(lines) + THREAD_GAP + 1  # closes the last run
        run: list[int] = []
        for index in [*(at for at, kind in headers if kind == form), closing]:
            if run and index - run[-1] > THREAD_GAP:
                said = sum(lines[header + 1].sentence for header in run) * 2 >= len(run)  # what readers wrote
                if len(run) >= THREAD_HEADERS and (form[-1] != "dated" or (len(run) > TEASER_RUN and said)):
                    threads.append(run)
                run = []
            run.append(index)
    return sorted(threads)


def comment_header(line: Line) -> re.Match[str] | None:
    """Where a short line says when it was posted (a date with its time anywhere in it, or a date
    it opens with), or that it is only who wrote what follows."""
    if line.words > HEADER_WORDS:
        return None
    return POSTED_AT.search(line.text) or DATED.match(line.text) or NAMED.fullmatch(line.text)


def author_boxes(lines: list[Line]) -> list[int]:
    """Where an author's box starts: "About <name>" under a byline that gives the name."""
    bylined: dict[str, int] = {}  # each word of a byline (a short line with "by" or a date), where it first stands
    boxes = []
    for index, line in enumerate(lines):
        about = ABOUT_NAME.fullmatch(line.text)
        if about and bylined.get(about.group(1), index) < index:
            boxes.append(index)
        elif line.words <= HEADER_WORDS and (BY_WORD.search(line.text) or DATED.search(line.text)):
            for word in WORD.findall(line.text):
                bylined.setdefault(word, index)
    return boxes


def copyright_lines(lines: list[Line]) -> list[int]:
    """A site's copyright line with its year ("Copyright © 2008 Radio New Zealand", "© 2007 ANI")
    where no paragraph follows it (a photo's credit inside a story has the story under it)."""
    return [
        index
        for index, line in enumerate(lines[:-1])
        if line.words <= COPYRIGHT_WORDS and COPYRIGHT.fullmatch(line.text) and not is_paragraph(lines[index + 1])
    ]


def resumes(lines: list[Line], index: int, last: int) -> bool:
    """Whether the article goes on right after an end marker that stands again further down (a
    link to the comments in the middle of a story, not their start): its first paragraph after the
    marker opens a run of them, where readers' names and dates would stand between comments."""
    following = lines[index + 1 : last]
    # A marker between two paragraphs is one of the story's headings ("Comment", then "Briefing",
    # "Access": what to offer a journalist), and its other short headings do not break the run.
    if index > 0 and is_paragraph(lines[index - 1]) and following and is_paragraph(following[0]):
        following = [line for line in following if not is_section_heading(line)]
    first = next((at for at, line in enumerate(following) if is_paragraph(line)), len(following))
    run = following[first : first + RESUMED_RUN]
    return len(run) == RESUMED_RUN and all(is_paragraph(line) for line in run)


def resumed_past_box(lines: list[Line], index: int, last: int, long_runs: list[int], above: int) -> int:
    """Where the story resumes past a box under an end marker that stands again further down (a
    toolbar's "Comments" link under the lead, a gallery's teasers or other stories, then the
    story), or -1: the first run of LEAD_RESUMED_RUN paragraphs (`long_runs`: where each starts)
    below the marker and before its repeat, if its paragraphs hold more than `above` words (the
    story found above it: one reader's long comment under a whole story is such a run too, but
    readers' comments seldom run longer than the story with no name or date between them)."""
    after = bisect_right(long_runs, index)
    if after == len(long_runs) or long_runs[after] + LEAD_RESUMED_RUN > last:
        return -1
    run_end = long_runs[after]
    while run_end < last and is_paragraph(lines[run_end]):
        run_end += 1
    return long_runs[after] if words(lines[long_runs[after] : run_end]) > above else -1


def is_section_heading(line: Line) -> bool:
    """A story's short heading between its paragraphs ("Briefing", "Insights into the business"); a
    reader's name and town over a comment ("Ann Lee, Leeds") has a comma."""
    return line.words <= 4 and not line.sentence and not line.furniture and "," not in line.text


def paragraph_runs(lines: list[Line], length: int) -> list[int]:
    """Where each run of `length` paragraphs in a row starts, in order."""
    starts, run = [], 0
    for index, line in enumerate(lines):
        run = run + 1 if is_paragraph(line) else 0
        if run >= length:
            starts.append(index - length + 1)
    return starts


def words(lines: list[Line]) -> int:
    return sum(line.words for line in lines)


def ends_article(text: str, words: int) -> bool:
    """Whether a line of this many words is an end marker: a copyright footer, the comments'
    heading or a line that counts, closes or asks for them, a comment form's first field, a
    section's teasers, a blog's pager."""
    return bool(
        STRONG_END.fullmatch(text)
        or BLOG_PAGER.fullmatch(text)
        or (words <= 20 and (COUNTED_END.search(text) or CLOSED_END.search(text) or INVITED_END.match(text)))
    )


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


def closing_sentences(lines: list[Line]) -> int:
    """Where the body's closing run of plain sentences (and the questions they answer) starts
    (len(lines) where it ends otherwise). Its sentences are the story's however the line model
    doubts them, but for a question on its own (another story's headline)."""
    start = len(lines)
    while start > 0 and (
        is_plain_sentence(lines[start - 1])
        or (is_common_sentence(lines[start - 1]) and not lines[start - 1].text.endswith("?"))  # no teaser
        or is_plain_paragraph(lines[start - 1])
        or (start < len(lines) and is_question(lines[start - 1]))  # not a button's "What's this?" that ends the body
    ):
        start -= 1
    return start


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


def list_ends(lines: list[Line], plain: dict[int, int]) -> list[int]:
    """For each line, where the list it introduces with a colon ends (its own index + 1 if none).

    A list (or table) is the short lines that follow, each a numbered item, a bullet point
    or a bare link (an ad slot or a photo's caption between two of them goes with them); the
    first may be a table's header row; or one of `plain` (plain_lists). Worked out in one pass
    from the page's end: a hostile page may hold thousands of lines that end in a colon.
    """
    run_end = run_ends(lines, is_marked_item)  # where the run of list items from each line ends
    ends = []
    for index, line in enumerate(lines):
        end = index + 1
        introduces = line.text.endswith(":") or heads_list(lines, index)
        if introduces and end < len(lines) and not lines[end].furniture and not lines[end].repeated:
            end = run_end[end + 1]
        ends.append(max(end, plain.get(index, end)))
    return ends


def run_ends(lines: list[Line], is_member: Callable[[Line], bool]) -> list[int]:
    """For each line, where the run of lines that are `is_member` from it ends (its own index if it
    is none); an ad slot or a photo's caption between two of them goes with them. One pass from
    the page's end."""
    run_end = list(range(len(lines) + 1))
    for index in range(len(lines) - 1, -1, -1):
        if is_member(lines[index]) or (run_end[index + 1] > index + 1 and is_set_in_story(lines[index].text)):
            run_end[index] = run_end[index + 1]
    return run_end


def is_marked_item(line: Line) -> bool:
    """A list's numbered item, bullet point or bare link, of the page's own."""
    return not line.furniture and not line.repeated and bool(LIST_ITEM.match(line.text))


def plain_lists(lines: list[Line], introduces: Callable[[Line], bool]) -> dict[int, int]:
    """Lists whose marks were lost in the copy, by the line that introduces them, with where each
    ends: a line that `introduces` one (introduces_plain_list: a likely sentence that ends in a
    colon or a question mark), then LIST_ROWS or more short lines (an ad slot between two of them
    goes with them), then the story goes on in a paragraph, however the line model doubts its
    plain sentences there (short lines at the story's end are more often other stories'
    headlines), or, under a colon, a label that ends the article stands right below them ("Related
    posts:"), or the page's copyright line (copyright_below). One pass from the page's end, as
    list_ends."""
    run_end = run_ends(lines, is_plain_item)  # where the run of short lines from each line ends
    found = {}
    for index, line in enumerate(lines[:-1]):
        end = run_end[index + 1]
        closed = end < len(lines) and (
            is_paragraph(lines[end])
            or is_plain_paragraph(lines[end])
            or (line.text.endswith(":") and (is_article_end(lines[end].text) or copyright_below(lines, end)))
        )
        if introduces(line) and end - index - 1 >= LIST_ROWS and closed:
            found[index] = end
    return found


def copyright_below(lines: list[Line], index: int) -> bool:
    """Whether the page's copyright line stands at the line or right under it (a list's footnote
    between: "* Players with the U-23 team")."""
    return any(COPYRIGHT.match(line.text) or RIGHTS_RESERVED.search(line.text) for line in lines[index : index + 2])


def introduces_plain_list(line: Line) -> bool:
    """A likely sentence that ends in a colon or asks a question: "The new camera will have slightly
    different specs:", "Would you dare to read any of these titles?"; not "Read more about running
    from other authors:" over other stories' headlines."""
    return (
        line.text.endswith((":", "?"))
        and not TEASER_LABEL.match(line.text)
        and line.label == "good"
        and line.words >= PLAIN_INTRO_WORDS
        and not line.furniture
        and not line.repeated
    )


def is_plain_item(line: Line) -> bool:
    """A short line of the page's own that could be a list's item without a mark ("EXPEED 3
    processor"): none that introduces another list, or is a menu, a link out, a filing or a
    paragraph of sentences (the story going on below the list)."""
    return (
        line.words <= PLAIN_ITEM_WORDS
        and not (line.sentence and is_paragraph(line))
        and not line.text.endswith(":")
        and not line.furniture
        and not line.repeated
        and not is_navigation(line)
        and not is_link_or_filing(line.text)
    )


def introduced_lists(lines: list[Line], ends: list[int], plain: dict[int, int]) -> set[int]:
    """The lines of each list or table that a likely line of the article introduces ("The final
    standings after 36 races:", then a row a driver), and the lists in `plain`: the line model
    doubts such short lines, and a long one would end the reading there."""
    rows_before = [0]  # how many numbered rows or bullet points stand before each line
    for line in lines:
        rows_before.append(rows_before[-1] + bool(NUMBERED_ITEM.match(line.text) or is_bullet(line)))
    listed: set[int] = set()
    reach = 0  # where the lists found so far end: each line is added once
    for index, line in enumerate(lines):
        rows = rows_before[ends[index]] - rows_before[index + 1]  # not a few "Part 2: ..." links
        if line.label == "good" and not line.furniture and (rows >= LIST_ROWS or index in plain):
            listed.update(range(max(index + 1, reach), ends[index]))
            reach = max(reach, ends[index])
    return listed


def doubted_rows(lines: list[Line]) -> set[int]:
    """The lines of tables of figures and of a how-to's numbered steps, which the line model doubts
    and the article holds."""
    return table_rows(lines) | numbered_steps(lines)


def table_rows(lines: list[Line]) -> set[int]:
    """The lines of each table of figures, with its header row and caption: LIST_ROWS or more short
    lines in a row, each with two or more numbers standing alone ("Phoenix $83 28.7% -2.1%",
    "Yes 149 74%"). The line model doubts such rows, and a long table would end the reading there
    though the story goes on under it (a market report's tables, a box score)."""
    rows = [is_table_row(line) for line in lines]
    found: set[int] = set()
    start = 0
    for index, is_row in enumerate([*rows, False]):
        if not is_row:
            if index - start >= LIST_ROWS:
                top = start
                while top > max(0, start - 2) and is_table_label(lines[top - 1]):
                    top -= 1  # its header row and its caption
                found.update(range(top, index))
            start = index + 1
    return found


def numbered_steps(lines: list[Line]) -> set[int]:
    """The lines of a how-to's numbered steps ("Step 1", "Step 2: Dig a hole"): LIST_ROWS or more
    steps in order, each at most STEP_GAP lines below the one before, with what stands under each
    (its instruction, its photo's caption); the last step holds as many lines as the one before
    it. The line model doubts a step's short instruction, and a how-to would end at its first."""
    steps = [
        (index, int(step.group(1)))
        for index, line in enumerate(lines)
        if line.words <= PLAIN_ITEM_WORDS and (step := STEP.match(line.text))
    ]
    found: set[int] = set()
    run: list[int] = []  # where each step of the current run stands
    last = -1  # the number of its last step
    for index, number in [*steps, (len(lines) + STEP_GAP + 1, -1)]:  # the last closes the last run
        if run and number == last + 1 and index - run[-1] <= STEP_GAP:
            run.append(index)
        else:
            if len(run) >= LIST_ROWS:
                found.update(range(run[0], min(len(lines), 2 * run[-1] - run[-2])))
            run = [index]
        last = number
    return found


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


def is_table_label(line: Line) -> bool:
    """A table's header row or caption: a short line, no sentence; or the question a poll's table
    answers ("Do you approve of the job Doug Melvin is doing as General Manager?")."""
    return not line.furniture and ((line.words <= PLAIN_ITEM_WORDS and not line.sentence) or line.text.endswith("?"))


def heads_list(lines: list[Line], index: int) -> bool:
    """A heading over a numbered list: Ingredients, then 1 cup butter."""
    following = lines[index + 1 : index + 2]
    return bool(following) and bool(NUMBERED_ITEM.match(following[0].text)) and is_heading(lines[index], following)


def find_title(lines: list[Line]) -> tuple[int, str, str]:
    """The headline where the page title (the first line) is repeated, and the site name.

    Lines are compared by their words: a page's punctuation and case may differ from its
    title's ("Stats… Impressive!" under "Stats Impressive! - Site"), and a list of recent posts
    further down may hold the title as the title has it. A line that holds the title another way,
    with a few words more ("... Revealed 40") or as its parts after the section or site name ("News
    - Headline - Site"), is the headline where article text follows it before any repeat of the
    title: not an entry of a recent-posts list ("... (7 hours ago)") nor the site's name in its
    banner over the headline ("The Rust Programming Language" over "What Is Ownership?")."""
    starts = [index for index, line in enumerate(lines) if not line.furniture][:1]
    if not starts or lines[starts[0]].words < 2:
        return -1, "", ""
    title = page_title(lines[starts[0]].text)
    if len(title.words) < 3 and not title.has_site:  # "Mozilla - Wikipedia", not a lone "Latest news"
        return -1, "", ""
    repeated = within = part = None
    for index in range(starts[0] + 1, len(lines)):
        line, own = lines[index], title_words(lines[index].text)
        within = within or title_within(title, own, line, index)
        part = part or title_part(title, own, line, index)
        repeated = title_repeated(title, own, line, index, next_to_title=index == starts[0] + 1)
        if repeated:
            break
    for held in (within, part):  # the title held another way: the headline where article text follows it
        if held and 0 <= paragraph_below(lines, held[0]) < (repeated[0] if repeated else len(lines)):
            return held
    if repeated and not title.has_site:
        return headline_under_site_name(lines, repeated) or repeated
    return repeated or (-1, "", "")


def headline_under_site_name(lines: list[Line], repeated: tuple[int, str, str]) -> tuple[int, str, str] | None:
    """Where the page title, repeated, is the site's name alone ("The Slow Reader") over a headline
    that stands again a few lines below, over the story (a newsletter's post, its share box between):
    that headline, the site's name beside it."""
    below = repeated[0] + 1
    if below >= len(lines) or lines[below].furniture or lines[below].sentence or lines[below].words < TITLE_MIN_WORDS:
        return None
    reach = range(below + 1, min(len(lines), below + HEADLINE_REACH + 1))
    again = next((at for at in reach if lines[at].text == lines[below].text), -1)
    if again < 0:
        return None
    over_story = any(
        line.sentence and line.words >= PARAGRAPH_WORDS and not line.furniture
        for line in lines[again + 1 : again + 1 + LEAD_BOX_LINES]
    )
    return (again, lines[again].text, repeated[1]) if over_story else None


def title_words(text: str) -> tuple[str, ...]:
    """A line's words as a title is compared with it: case folded, apostrophes dropped."""
    return tuple(re.sub("['’]", "", word.casefold()) for word in TITLE_WORD.findall(text))


@dataclass
class PageTitle:
    """A page title's words and the pieces of it a headline may be."""

    text: str
    words: tuple[str, ...]
    word_ends: list[int]  # where each word ends in the text
    has_site: bool  # parted by a separator: "Headline - Site"
    # Its words up to each separator and to its end, shortest first, each with the site after them.
    prefixes: list[tuple[tuple[str, ...], str]]
    # The words of each run of its parts after the first, or of all after a blog's name and a colon, with the
    # site beside them.
    later_parts: dict[tuple[str, ...], str]


def page_title(text: str) -> PageTitle:
    """The title's words and pieces, worked out once for all the page's lines."""
    spans = list(TITLE_WORD.finditer(text))
    bounds = [0, *(point for match in TITLE_SEPARATORS.finditer(text) for point in match.span()), len(text)]
    parts = list(zip(bounds[::2], bounds[1::2]))  # each part's [start, end)
    pieces = parts if len(parts) <= TITLE_PARTS else parts[:1]  # a line of many parts is a menu, no title

    def words(start: int, end: int) -> tuple[str, ...]:
        return title_words(text[start:end])

    later_parts = {
        words(start, end): text[end:].strip(SEPARATOR_MARKS) or text[:start].strip(SEPARATOR_MARKS)
        for start, _ in pieces[1:]
        for _, end in pieces
        if end > start
    }
    if named := NAME_COLON.search(text):  # "Blog Name: Headline"
        later_parts.setdefault(words(named.end(), len(text)), text[: named.start()].strip())
    prefixes = [
        (words(0, end), unbracketed(text[site_start:])) for (_, end), (site_start, _) in zip(pieces, pieces[1:])
    ]
    return PageTitle(
        text=text,
        words=words(0, len(text)),
        word_ends=[span.end() for span in spans],
        has_site=len(parts) > 1,
        prefixes=[*prefixes, (words(0, len(text)), "")],
        later_parts=later_parts,
    )


def title_repeated(
    title: PageTitle, own: tuple[str, ...], line: Line, index: int, next_to_title: bool
) -> tuple[int, str, str] | None:
    """The line as headline and the site's name, where it holds the page title's words or their
    start: a short start ("Mozilla" of "Mozilla - Wikipedia") only right under the title and at
    least half as long as the site's name after it, not a menu's item further down nor the site's
    name before the headline ("TED Blog" of "TED Blog | UPDATE: Parkinson's Voice Initiative ...")."""
    if own == title.words:
        return index, line.text, ""
    short_start = next_to_title and 2 * len(own) >= len(title.words) - len(own)  # the site after it is no headline
    if title.has_site and own and (len(line.text) >= 15 or short_start) and title.words[: len(own)] == own:
        rest = title.text[title.word_ends[len(own) - 1] :]  # the site's name or a year after it
        if not MORE_WORDS.match(rest):  # not the title's next word
            return index, line.text, unbracketed(TITLE_SEPARATORS.sub("", rest, count=1))
    return None


def unbracketed(name: str) -> str:
    """A site's name without the closing bracket that a page title's "(from The Herald)" leaves."""
    name = name.strip()
    return name.removesuffix(")").strip() if name.endswith(")") and "(" not in name else name


def title_part(title: PageTitle, own: tuple[str, ...], line: Line, index: int) -> tuple[int, str, str] | None:
    """The line as headline and the site's name, where it holds the words of the page title's
    parts after its first ("News - Headline - Site", "Site | Headline")."""
    if len(own) >= TITLE_MIN_WORDS and own in title.later_parts:
        return index, line.text, title.later_parts[own]
    return None


def title_within(title: PageTitle, own: tuple[str, ...], line: Line, index: int) -> tuple[int, str, str] | None:
    """The line as headline and the site's name, where it starts with the page title's words up to
    one of its separators and goes on for a few words more: a comment count, a date, the blog's
    name ("Steve Jobs' Yacht Revealed 40" under "Steve Jobs' Yacht Revealed - Slashdot"), or the
    rest of a headline the title cut short. Not a line parted as a title is ("Site • 14 December 2009")."""
    for words, site in title.prefixes:
        if (
            len(words) >= TITLE_MIN_WORDS
            and 0 < len(own) - len(words) <= MORE_TITLE_WORDS
            and own[: len(words)] == words
        ):
            cut = list(TITLE_WORD.finditer(line.text))[len(words) - 1].end()
            rest = line.text[cut:]
            # A line that goes on with a separator is a title of its own, or a site's name over its sections.
            if not TITLE_MARK.match(rest):
                return index, (line.text[:cut] if re.search(r"\d", rest) else line.text), site
    return None


def find_headline(lines: list[Line], body_start: int) -> tuple[int, str]:
    """Without a repeated page title: the fullest headline-shaped line before the body (not a
    sentence, not a list's introduction ending in a colon, not the page's navigation), or the
    body's first line where a byline stands under it or no such line stands above it (the line
    model took the headline for text)."""
    candidates = [
        index
        for index, line in enumerate(lines[: body_start + 1])
        if not line.furniture
        and not BULLET.match(line.text)
        and not is_metadata(line)
        and 3 <= line.words <= 30
        and not line.text.endswith(":")
        and (not line.text.endswith(".") or over_byline(lines, index))  # "I run a startup. Here's what I learned."
        and not is_navigation(line)
        and not WIKI_TAGLINE.fullmatch(line.text)
    ]
    named = headline_named_in_lead(lines, body_start, candidates)
    candidates = sorted({*candidates, named} - {-1})
    if candidates and candidates[-1] == body_start and candidates[:-1] and not over_byline(lines, body_start):
        candidates.pop()  # the body's first line, below a headline
    if candidates:
        # The page's first line, its title, holds most of the headline's words ("Michael Webb: Dramatic
        # video shows rescue of ... - CBS News"); furniture above it (a cookie banner) is no title.
        first = next((at for at, line in enumerate(lines) if not line.furniture), 0)
        title = set(title_words(lines[first].text))
        shared = {i: title_words_shared(lines[i], title) if i > first else 0.0 for i in candidates}
        quoted = quoted_below(lines, body_start)
        index = max(
            candidates,
            key=lambda i: (
                lines[i].text.casefold() in quoted,
                shared[i] >= TITLE_SHARED,
                over_byline(lines, i),
                i == named,
                min(lines[i].words, 20),
                i,
            ),
        )
        above = index - 1
        if (
            above in candidates
            and lines[above].words >= DECK_HEADLINE_WORDS
            and shared[index] < TITLE_SHARED
            and lines[index].text.casefold() not in quoted
        ):
            index = above  # a headline and its deck, not a label over the headline ("Larger text Smaller text")
        if index == 0:  # the page title itself
            return 0, without_site_name(lines) or lines[0].text
        return index, lines[index].text
    if lines and body_start > 0:
        return 0, TITLE_SEPARATORS.split(lines[0].text)[0]
    return -1, ""


def headline_named_in_lead(lines: list[Line], body_start: int, candidates: list[int]) -> int:
    """The short line below every other headline-shaped one above the body that the body's first
    line names word for word, as an encyclopedia's first sentence names its headline ("Tide mill":
    "A tide mill is a water mill ..."); -1 where none does."""
    if body_start >= len(lines):
        return -1
    last = max((index for index in candidates if index < body_start), default=-1)
    for index in range(body_start - 1, max(last, 0) - 1, -1):
        line = lines[index]
        if 2 <= line.words <= NAMED_IN_LEAD_WORDS and not line.furniture and defines(lines[body_start].text, line.text):
            return index
    return -1


def defines(lead: str, name: str) -> bool:
    """Whether a lead opens by defining what `name` names, as an encyclopedia's does: "A tide mill
    is a water mill ...", "Mozilla (stylized as moz://a) is ...", "Le moulin à marée est ..."."""
    named = r"\W+".join(re.escape(word) for word in WORD.findall(name))
    return bool(re.search(rf"\b{named}(\s*\(|,|\s+{DEFINING}\b)", lead, re.I))


def quoted_below(lines: list[Line], body_start: int) -> set[str]:
    """What the lines from the body on name in quotation marks, as the heading over a blog's
    comments names its post ("23 thoughts on “How I Beat Tomato Blight”"), casefolded."""
    quotes = (quote.strip() for line in lines[body_start:] for quote in IN_QUOTES.findall(line.text))
    return {quote.casefold() for quote in quotes if quote}


def over_byline(lines: list[Line], index: int) -> bool:
    """Whether a byline stands right under the line, as under a headline ("By Ann Lee", "Posted
    on February 12, 2026 by Sam Ortiz"), not under a blog's motto or a menu. (A date alone is no
    sign: a site's banner shows the day's.)"""
    return any(
        is_byline(line)
        or (line.words <= HEADER_WORDS and bool(DATE_WITHIN.search(line.text) and DATED_BY.search(line.text)))
        for line in lines[index + 1 : index + 3]
    )


def without_site_name(lines: list[Line]) -> str:
    """The page title (the first line) without the site's name and section after its separators
    ("... - Politics - IBNLive", "... | Los Angeles Times"): each last part that is the shorter and
    that another line of the page names without the rest of the title (its banner, its copyright
    line) goes; "" where none does."""
    title = rest = lines[0].text
    others = [title_words(line.text) for line in lines[1:]]
    while separators := list(TITLE_SEPARATORS.finditer(rest)):
        site, before = rest[separators[-1].end() :], rest[: separators[-1].start()]
        site_words, rest_words = title_words(site), title_words(before)
        if not site_words or len(site_words) >= len(rest_words):
            break
        if not any(contains(own, site_words) and not contains(own, rest_words[:3]) for own in others):
            break
        rest = before
    return rest.strip() if rest != title else ""


def contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether `part` stands in `words`, word for word."""
    return any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))


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


def title_words_shared(line: Line, title: set[str]) -> float:
    """The share of a line's words that the page title's words (`title`) hold."""
    own = set(title_words(line.text))
    return len(own & title) / max(1, len(own))


def body_chapters(
    lines: list[Line], named: set[int], contents_sections: set[int], plain: dict[int, int]
) -> list[Chapter]:
    """Keep the article text of the body, not another story's teaser; short lines that lead
    into prose are headings, and so are those a table of contents names (`named`), over sections
    whose every line but furniture is the article's (`contents_sections`). `plain` holds the lists
    without marks found on the whole page (CopiedPage.plain_lists), by their places among `lines`.

    Before the second line of article text, or under another (a summary's key points, then "By Ann
    Lee", "5 December 2026"), a byline or a date line is the story's, not article text, and the lead
    set again below them is heard once."""
    chapters = [Chapter(title="")]
    list_until, article_lines = 0, 0
    paragraphs: list[str] = []  # the lines of REPEAT_WORDS or more kept so far
    closing, rows = closing_sentences(lines), doubted_rows(lines)
    lists = list_ends(lines, plain)
    # The last of a list's points under any label ("Key points:") stands over prose, as a heading does.
    labelled = plain_lists(lines, lambda line: line.text.endswith(":"))
    listed = {item for start, end in labelled.items() for item in range(start + 1, end)}
    sections = numbered_sections(lines)
    # A list article's numbers alone over their sections' headings: "10", then "Maori Warrior Masks".
    counted = {
        number: lines[number].text.strip("#.")
        for run in counted_sections(lines, [False] * len(lines))
        for number in run.numbers
        if not is_plain_paragraph(lines[number + 1])
    }
    pull_quotes = quoted_again(lines)
    boxes = sign_up_boxes(lines)
    entries = {  # the text of a live blog's entries, within the body
        at
        for first, last in live_blog(lines, [False] * len(lines))
        for at in range(first, last)
        if is_plain_paragraph(lines[at]) or is_plain_sentence(lines[at])
    }
    for index, line in enumerate(lines):
        if is_article_end(line.text):  # "Share this:", "Tags:": a label for what follows
            continue
        if is_timestamp(line):  # "Thursday, January 17, 2008; 8:43 AM", "By Ann Lee - Nov 9, 2012 5:05 pm UTC"
            continue
        if not LETTER_OR_DIGIT.search(line.text):  # a rule drawn with underscores ("___") between sections
            continue
        if is_metadata(line) and (article_lines < 2 or (index > 0 and is_metadata(lines[index - 1]))):
            continue  # the story's byline and date, under its lead or a summary of its key points
        if is_lead_again(lines, index, paragraphs):
            paragraphs.append(line.text)  # set again once: a third time is the page's own
            continue
        if is_teaser(lines, index):
            continue
        if index in pull_quotes:  # the story's own sentences, set again large between its paragraphs
            continue
        if index in boxes:  # a newsletter's box amid the story: its name, its pitch, its button
            continue
        if index in counted:  # heard with the heading under it
            continue
        opens_step = index in rows and bool(STEP.match(line.text))  # "Step 2" over a short instruction
        opens_section = index in sections  # "1. Ghent, Belgium" over a paragraph, "2. Ljubljana" over the next
        opens_entry = heads_entry(lines, index, entries)  # "Fuel duty frozen again"
        opens_recipe_part = bool(INGREDIENTS.fullmatch(line.text) or STEPS_HEADING.fullmatch(line.text))
        if (
            index >= list_until
            and line.chars < SHORT_CHARS
            and (
                opens_step
                or opens_section
                or index - 1 in counted
                or opens_entry
                or opens_recipe_part
                or index in named
                or (is_heading(line, past_teaser(lines, index + 1)) and index not in listed and index not in rows)
            )
            and not among_items(lines, index)
        ):
            if index - 1 in counted:  # "10. Maori Warrior Masks"
                chapters.append(Chapter(title=f"{counted[index - 1]}. {line.text}"))
            elif not is_byline(line):  # a byline where a heading stands: no chapter, and not heard
                chapters.append(Chapter(title=line.text))
            list_until = max(list_until, lists[index])
            continue
        kept = (
            line.label == "good"
            or index < list_until
            or index in rows
            or is_prose(line)
            or (is_plain_paragraph(line) and over_box_label(lines, index))
            or is_item(line)
            or index >= closing
            or bool(POST_CREDIT.match(line.text))  # under the tweet the story quotes
            or index in entries
            or (index in contents_sections and not line.furniture)
        )
        if kept or (line.label == "short" and between_good(lines, index)):
            # A list's marks are not read, nor a wiki's link to edit the section whose name stands over its first subsection.
            chapters[-1].paragraphs.append(without_edit_link(BULLET.sub("", line.text)))
            if line.words >= REPEAT_WORDS:
                paragraphs.append(line.text)
        if kept:
            article_lines += line.label == "good"
            list_until = max(list_until, lists[index])
    return [chapter for chapter in chapters if chapter.paragraphs]


def over_box_label(lines: list[Line], index: int) -> bool:
    """Whether a box of other stories opens right under the line, its label ("Trending") past
    furniture only: the line model doubts the story's paragraph over it."""
    below = index + 1
    while below < len(lines) and lines[below].furniture and not is_box_label(lines[below]):
        below += 1
    return below < len(lines) and is_box_label(lines[below])


def sign_up_boxes(lines: list[Line]) -> set[int]:
    """The lines of each box that asks the reader to sign up, set amid a story: a short name, one
    sentence of pitch and the button ("Opinion Today", "Get expert analysis of the news every
    weekday morning.", "Sign up"). A story's last paragraph over a button is none: a paragraph,
    not a name, stands over it."""
    return {
        at
        for index, line in enumerate(lines)
        if index >= 2
        and SIGN_UP.fullmatch(line.text)
        and lines[index - 1].sentence
        and lines[index - 1].words <= PITCH_WORDS
        and not lines[index - 2].sentence
        and lines[index - 2].words <= BOX_NAME_WORDS
        for at in range(index - 2, index + 1)
    }


def table_of_contents(lines: list[Line]) -> set[int]:
    """The lines of a table of contents, which a listener skips with the chapters: LIST_ROWS or
    more short lines in a row, none a sentence, each the name of a section (its number left out)
    whose heading stands on its own line further down ("1 History", "1.1 Eich CEO promotion
    controversy" over "History[edit]"), and the short label over them ("Contents"). Not a list
    set again further down as it is, its lines together (a post's list of headlines, again in a
    box below)."""
    # Entries and headings alike are short lines, no sentences: only theirs are named.
    names = [section_name(line.text) if line.words <= CONTENTS_WORDS and not line.sentence else "" for line in lines]
    last_at = {name: index for index, name in enumerate(names)}
    entries = [bool(name) and last_at[name] > index for index, name in enumerate(names)]
    contents: set[int] = set()
    start, listed = 0, set()
    for index in range(len(lines) + 1):
        if index < len(lines) and entries[index] and names[index] not in listed:
            listed.add(names[index])  # each section once: a name listed again is its heading, below the table
            continue
        headings = [last_at[names[entry]] for entry in range(start, index)]
        apart = sum(abs(later - earlier) > 1 for earlier, later in zip(headings, headings[1:]))
        if index - start >= LIST_ROWS and 2 * apart > len(headings) - 1:  # each section has text of its own
            label = start - 1
            if label >= 0 and lines[label].words <= CONTENTS_LABEL_WORDS and not lines[label].sentence:
                contents.add(label)
            contents.update(range(start, index))
        start, listed = index + 1, set()
    return contents


def contents_sections(lines: list[Line], contents: set[int], ends: list[bool]) -> tuple[list[int], int]:
    """The headings of the sections a labelled table of contents names ("Table of Contents", "In
    this article"), below it, in its order and with no end marker between them (those it names from
    one on, the article's references, are not its sections; the article ends there), and where the
    last section ends: its lines of article text, its sentences and its paragraphs, down to furniture,
    an end marker or a line of neither ("Was this article helpful?"). None for a menu the page sets
    again in its footer, which no such label heads."""
    label = min(contents, default=-1)
    if label < 0 or not CONTENTS_LABEL.fullmatch(lines[label].text):
        return [], 0
    entries = [section_name(lines[at].text) for at in sorted(contents - {label})]
    headings: list[int] = []
    at = max(contents) + 1
    for name in entries:
        while at < len(lines) and not ends[at] and section_name(lines[at].text) != name:
            at += 1
        if at < len(lines) and ends[at] and headings:
            return headings, at  # the article ends where the sections of its references begin
        if at == len(lines) or ends[at]:
            return [], 0
        headings.append(at)
    end = headings[-1] + 1
    while (
        end < len(lines)
        and not ends[end]
        and not lines[end].furniture
        and (lines[end].label == "good" or is_common_sentence(lines[end]) or is_prose(lines[end]))
    ):
        end += 1
    return headings, end


def site_lines(lines: list[Line], site: str) -> set[int]:
    """The lines that say which site the page is from, as a wiki says it under the headline ("From
    Wikipedia, the free encyclopedia", "Un article de Wikipédia, l'encyclopédie libre.", "Aus
    Wikipedia, der freien Enzyklopädie")."""
    if not site:
        return set()
    from_site = re.compile(rf"{FROM_SITE} {re.escape(site)}\b", re.I)
    return {at for at, line in enumerate(lines) if line.words <= SITE_LINE_WORDS and from_site.match(line.text)}


def section_name(text: str) -> str:
    """A section's name as its heading and its entry in a table of contents both give it."""
    return NOT_WORD.sub(" ", without_edit_link(CONTENTS_NUMBER.sub("", text, count=1))).strip().casefold()


def past_teaser(lines: list[Line], index: int) -> list[Line]:
    """The line at `index`, or the one under it where that is a teaser: what a heading stands over
    past a wiki's "Main article: ..." note."""
    if index < len(lines) and TEASER.fullmatch(lines[index].text):
        index += 1
    return lines[index : index + 1]


def numbered_sections(lines: list[Line]) -> set[int]:
    """The headings of a list article's sections ("1. Ghent, Belgium", "2. Ljubljana, Slovenia"):
    LIST_ROWS or more short numbered lines, numbered in order, each over a paragraph. A numbered
    list's last item over the prose below it is none."""
    numbers = {
        index: int(mark.group(1))
        for index, line in enumerate(lines[:-1])
        if (mark := SECTION_NUMBER.match(line.text))
        and line.chars < SHORT_CHARS
        and not line.sentence
        and (is_paragraph(lines[index + 1]) or is_plain_paragraph(lines[index + 1]))
    }
    steps = {later - earlier for earlier, later in zip(numbers.values(), list(numbers.values())[1:])}
    return set(numbers) if len(numbers) >= LIST_ROWS and steps in ({1}, {-1}) else set()


def quoted_again(lines: list[Line]) -> set[int]:
    """The pull quotes among these lines: a short line in quotation marks whose every sentence (of
    four words or more) a longer line close by also holds ("“Nobody asks what you are buying. That
    is the most radical thing left.”" between the paragraphs it quotes)."""
    holders: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        for sentence in sentences_of(line.text):
            holders.setdefault(sentence, []).append(index)
    return {index for index, line in enumerate(lines) if is_quoted_again(lines, index, holders)}


def is_quoted_again(lines: list[Line], index: int, holders: dict[str, list[int]]) -> bool:
    """Whether the line at `index` is a pull quote (`holders`: the lines that hold each sentence)."""
    line = lines[index]
    said = sentences_of(line.text)
    return (
        0 < line.words <= PULL_QUOTE_WORDS
        and bool(QUOTED_LINE.fullmatch(line.text))
        and bool(said)
        and all(
            len(sentence.split()) >= 4
            and any(
                abs(other - index) <= PULL_QUOTE_REACH and len(lines[other].text) > len(line.text)
                for other in holders[sentence]
            )
            for sentence in said
        )
    )


def sentences_of(text: str) -> list[str]:
    """A line's sentences as a pull quote may set them again: without quotation marks, case folded."""
    bare = re.sub(r"[“”\"‘’'«»„]", "", text).casefold()
    return [sentence.strip() for sentence in QUOTED_SENTENCE.findall(bare) if sentence.strip()]


def among_items(lines: list[Line], index: int) -> bool:
    """An item beside another of its kind, not a heading: a recipe's ingredient ("2 large red
    capsicum" over "150g hazelnuts"), or a fact box's line ("Born: 12 March 1932" over "Died: 1
    December 2026")."""
    beside = lines[index + 1 : index + 2] + (lines[index - 1 : index] if index > 0 else [])
    return any(kind(lines[index]) and any(kind(line) for line in beside) for kind in (is_amount, is_labelled))


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


def is_lead_again(lines: list[Line], index: int, paragraphs: list[str]) -> bool:
    """The one paragraph kept so far (a short line or a button under it aside: "Choose text size",
    "Caption"), set again a few lines below it; not right below it (a page that prints a paragraph
    twice in a row is left as it is written)."""
    lead = paragraphs[0] if len(paragraphs) == 1 else ""
    near = lines[max(0, index - REPEAT_LINES) : index - 1]
    return (
        lines[index].text == lead and lines[index].words >= REPEAT_WORDS and any(other.text == lead for other in near)
    )


def is_metadata(line: Line) -> bool:
    """A byline ("By Ann Example", "Ann Example @annexample"), the writer's role under it ("BuzzFeed
    Staff", "Senior Reporter") or a date line ("March 5, 2024, 9:12 am"), as news pages set them
    between the headline, the lead and the rest."""
    byline = (BYLINE.match(line.text) and line.words <= 8 and not line.sentence) or HANDLED_NAME.fullmatch(line.text)
    return bool(byline or WRITERS_ROLE.fullmatch(line.text) or DATE_LINE.fullmatch(line.text))


def is_byline(line: Line) -> bool:
    """Who wrote the story, on a short line of its own: "By JEFF KAROUB, AP Business Writer 47
    minutes ago", "January 9th, 2008 by Ed Kent"; not a heading that opens with the word ("By the
    numbers")."""
    text = line.text
    return (
        line.words <= HEADER_WORDS
        and not line.sentence
        and bool(SIGNED.match(text) or (DATED.match(text) and DATED_BY.search(text)))
    )


def is_timestamp(line: Line) -> bool:
    """When the story, a comment or another story's teaser was posted, on a short line of its own
    that is not a sentence: nothing a listener follows the story by."""
    return (
        line.words <= HEADER_WORDS and not line.sentence and (bool(POSTED_AT.search(line.text)) or is_entry_time(line))
    )


def between_good(lines: list[Line], index: int) -> bool:
    """jusText's rule for a short line: article text when article text stands on both sides."""
    sides = (neighbour(lines, index, -1), neighbour(lines, index, 1))
    return sides == ("good", "good") and not lines[index].furniture and not lines[index].repeated


def is_teaser(lines: list[Line], index: int) -> bool:
    """A headline in a box under its label ("Don't Miss:", "Related article", "Trending News"):
    another story's. The box holds up to TEASER_RUN headlines, each short and not ending in a full
    stop, as a sentence does (a headline may end in "!", "?" or, cut short, "...": "Video shows
    rescue: "We got her!""); its furniture (numbers, a screen reader's "list 1 of 3") does not count."""
    headlines = 0
    for above in range(index - 1, -1, -1):
        line = lines[above + 1]
        text = line.text.rstrip("'\"”’)")
        if line.chars >= SHORT_CHARS or (text.endswith(".") and not text.endswith("...")):
            return False  # a sentence, not a headline cut short ("Mystery of the road that vanished under a...")
        if NUMBERED_MARK.match(line.text):  # "5. Beware the hairdryer": the article's list goes on
            return False
        headlines += not line.furniture
        if headlines > TEASER_RUN:
            return False
        if is_box_label(lines[above]):
            return True
    return False


def is_heading(line: Line, following: list[Line]) -> bool:
    """A heading: a few words, not a sentence, followed by article text (prose, or a numbered
    list: Ingredients, then 1 cup butter)."""
    return (
        1 <= line.words <= 15
        and not line.furniture
        and not is_menu(line.text)
        and not line.text.endswith((".", ",", ":", ";", "!", "?", "…", '"', "”"))
        and not BULLET.match(line.text)
        and not NUMBERED_MARK.match(line.text)  # 1. In the Dirt: a list's item (10 things to know is a heading)
        and not POST_CREDIT.match(line.text)
        and not BARE_LINK.fullmatch(line.text)
        and bool(following)
        and following[0].label == "good"
        and (following[0].chars >= SHORT_CHARS or following[0].sentence or bool(NUMBERED_ITEM.match(following[0].text)))
    )
