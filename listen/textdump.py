"""The cleaner for text copied from a web page, where no HTML is left to lean on.

It works line by line (lines broken at a fixed width joined first, unwrap.py): each line gets
the probability that it is article text from a learned model of its own evidence and its
neighbours' (line_model.py), and the article is the stretch of the page where article text
outweighs the rest (find_body). The headline is where the page title (usually the first line,
often with the site name after a separator) is repeated, or else the fullest headline-shaped
line before the body; bullet points between the headline and the body are the summary. A
story copied alone, with no line of a page around it (but its byline, a photo's caption, an ad
slot or its share box, which are not heard), is read whole.

The lines and their evidence are copied_lines.py's; lists and tables copied_lists.py's, the
headline copied_headline.py's, what ends an article copied_ends.py's, and the chapters
copied_chapters.py's.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate, takewhile

from .copied_chapters import (
    body_chapters,
    contents_sections,
    counted_sections,
    is_teaser,
    live_blog,
    sign_up_boxes,
    table_of_contents,
)
from .copied_ends import THREAD_GAP, comment_threads, end_markers, ends_article
from .copied_headline import find_headline, find_title, page_title
from .copied_lines import (
    BARE_LINK,
    BLOG_PAGER,
    BY_WHOM,
    BYLINE,
    BYLINE_DATE,
    BYLINE_TAIL,
    BYLINE_WORDS,
    DATED_BYLINE,
    FROM_SITE,
    INGREDIENTS,
    LEAD_BOX_LINES,
    LIST_ITEM,
    NAME_ONLY,
    PARAGRAPH_WORDS,
    POST_CREDIT,
    POSTED,
    SHORT_CHARS,
    STEPS_HEADING,
    TEASER_LABEL,
    WIKI_TAGLINE,
    WORD,
    Line,
    is_box_label,
    is_byline,
    is_common_sentence,
    is_credit,
    is_dated_byline,
    is_dateline_lead,
    is_heading,
    is_item,
    is_label,
    is_loose_end,
    is_metadata,
    is_name_alone,
    is_navigation,
    is_paragraph,
    is_plain_paragraph,
    is_plain_sentence,
    is_posting,
    is_prose,
    is_question,
    is_section_heading,
    is_sharing_tool,
    is_signed,
    is_story_paragraph,
    is_table_row,
    is_timestamp,
    page_lines,
    paragraph_below,
    skipped_blocks,
    words,
)
from .copied_lists import doubted_rows, introduced_lists, introduces_plain_list, list_ends, plain_lists
from .furniture import (
    SITE_DOMAIN,
    TEASER,
    is_article_end,
    is_button,
    is_caption,
    is_link_or_filing,
    is_set_in_story,
)
from .language import stopwords
from .line_model import probabilities
from .model import Article
from .unwrap import BULLET, NUMBERED_MARK

ARTICLE_PROBABILITY = 0.4  # a line the model finds this likely is article text
SEGMENT_PROBABILITY = 0.45  # where the article is: lines above this add to it, below take away
ARTICLE_SCORE = 30  # a stretch this strong before a copyright line or the comments is the article
CLOSING_LINES = 30  # ... when it stands no further below it than this (sharing buttons, tags, a bio)
CLOSED_OUTWEIGH = 3  # a shorter stretch closed so is the article unless one after it weighs this many times more
RESUMED_RUN = 4  # paragraphs in a row after an end marker that stands again below: the article goes on
LEAD_RESUMED_RUN = 8  # ... or this many anywhere below it, where it stands under a story's lead only
MARKER_REACH = 3  # an end marker this many lines below the body, past furniture only, closes it
WEAK_MARGIN = 0.05  # the likeliest paragraph of a page is at least this far above SEGMENT_PROBABILITY
DOUBTFUL_PAGE = 0.7  # a page whose likeliest paragraph is less likely than this: the headline says where its story is
TITLE_LINE_WORDS = 30  # a first line this short, not a sentence, is the page title
STORY_HEAD_LINES = 4  # a story copied alone opens with at most a headline, a deck, a byline and a date
MENU_OPENING = 3  # a copy with this many lines of one or two words each above its first sentence opens with a menu
MIDDLE_INITIAL = re.compile(r"(?<=\w) (?-i:[A-Z])\.(?= \w)")  # the "B." of "Will B. Hardy"
NOT_ARTICLE_COST = 0.5  # what a line below it takes away, against what one above adds: cutting an article
# short costs more than reading a little furniture
# A sharing tool (copied_lines.TOOL_WORDS) right above the body that stands again under this many of its
# paragraphs or rows marks the story's foot.
FOOT_TEXT = 2
COMMENTS_HEADING = re.compile(r"\d+ (comments?|responses?|replies):", re.I)  # over the comments it counts
COUNT = re.compile(r"\W*\d")
ABOUT_COMMENTS = re.compile(r"\bcomments?\b", re.I)
MORE_BUTTON = re.compile(r"more\W*", re.I)  # a toolbar's "More" (Share | Tweet | More), no box's label
RECIPE_TOOL = re.compile(r"\brecipes?\b", re.I)  # a recipe's button, "Print Recipe", "Pin Recipe"
RECIPE_REACH = 12  # a recipe's card under a post lists its ingredients this many lines below the post's end, or fewer
MEDIA_TIME = re.compile(r"\d{1,2}:\d\d(:\d\d)?")  # a video's or a player's length or position
BLOCK_LINES = 10  # furniture set in a story (a gallery, a video, a sign-up form) runs this many lines at most
BYLINE_REACH = 15  # a story's byline stands this many lines above its first paragraph at most (past its tools)
BOX_LINES = 12  # a box of other stories set in a story runs this many lines at most, its label included ...
BOX_HEADLINE_WORDS = 20  # ... each of its headlines this many words at most
SECTION_HEADING_WORDS = 8  # a story's last section, doubted above the share box, is headed by this many words or fewer
SITE_LINE_WORDS = 8  # a line that names the page's site, "From Wikipedia, the free encyclopedia", is this short
CAPTION_LINES = 2  # a photo's caption inside the story, with its credit on a line of its own
CAPTION_WORDS = 30  # ... is this long at most
BOX_STORY_PARAGRAPHS = 2  # a box amid a short story has at least this many paragraphs of it below
SIGNED_ABOVE = 2  # a platform may sign a post over its headline: "Ann Lee", "Posted on Mar 5", then the headline
WRITER_BIO = re.compile(r",\s+(a|an)\s+[a-z].*")  # "Ann Lee, a senior reporter covering transport."
UNSPACED = {"zh", "ja"}  # languages written without spaces, whose common words listen has no list of


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
        """Which lines end an article for certain (end_markers), but for the label of a box of other
        stories ("Most Read") that the story goes on under (goes_on_under_box)."""
        ends = end_markers(self.lines, self.threads)
        return [end and not goes_on_under_box(self.lines, ends, index) for index, end in enumerate(ends)]

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

    unheard = (
        page.contents | site_lines(lines, page.source) | page.body.boxes | skipped_blocks([line.text for line in lines])
    )
    summary: list[str] = []
    for line in lines[title_at + 1 : body_start]:
        if BULLET.match(line.text) and not line.furniture and line.words >= 4:
            summary.append(BULLET.sub("", line.text))
        elif not byline and ((line.words <= BYLINE_WORDS and BYLINE.match(line.text)) or is_dated_byline(line)):
            byline = byline_name(line.text)
    if not byline and title_at >= 0:  # a name over when it was posted, their role or a Follow button
        # Over the headline, some platforms sign a post over when it was posted ("Posted on Mar 5,
        # 2024"); a menu's last item stands over a bare date there as often.
        posted = [at for at in range(max(0, title_at - SIGNED_ABOVE), title_at) if POSTED.match(lines[at + 1].text)]
        signed = [*posted, *range(title_at + 1, body_start - 1)]
        byline = next((lines[at].text for at in signed if is_signed(lines, at)), "")
    if not byline:  # set below the lead, as some pages do
        below = [
            line
            for line in lines[body_start:body_end]
            if is_metadata(line) and (BYLINE.match(line.text) or DATED_BYLINE.match(line.text))
        ]
        byline = byline_name(below[0].text) if below else ""

    heard = without_writer_note(
        [at for at in range(body_start, body_end) if at not in unheard], lines, byline, page.language
    )
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


def without_writer_note(heard: list[int], lines: list[Line], byline: str, language: str) -> list[int]:
    """The lines heard less the note on the writer that closes them ("Ann Lee is a reporter for
    the Town News."; "Ann is a ..."), with their name alone above it: the site's page on its
    writer, not the story. Told by a last paragraph that opens with the byline's name (with or
    without its middle initial), or with the name alone on the line above it. (A label over it,
    "About the author", already ends the story.)"""
    if len(heard) < 2:
        return heard
    note = heard[-1]
    above = lines[heard[-2]].text
    names = [name for name in (byline, above if is_name_alone(above) else "") if name]
    names += [MIDDLE_INITIAL.sub("", name) for name in names]  # "Will Hardy is ..." under "By Will B. Hardy"
    first = byline.split()[0] if is_name_alone(byline) and " " in byline else ""
    if first and first.lower() not in stopwords(language):  # "Ann is a ...", not "The ..." under "By The Town Press"
        names.append(first)
    text = lines[note].text.lower()
    cut = len(heard) - 1 - is_name_alone(above)
    if cut < 1 or not lines[note].sentence or not any(text.startswith(name.lower() + " ") for name in names):
        return heard  # no note, or one that is all the body holds
    return heard[:cut]


def under_headline_name(lines: list[Line], under: int, end: int) -> str:
    """The writer's name alone on the line under the headline, before `end` ("Ann Lee"), or ""."""
    text = lines[under].text if under < end else ""
    return text if is_name_alone(text) else ""


def byline_name(text: str) -> str:
    """Who wrote the story, as a player shows it: the byline without its "By", without when it
    was posted ("By Barry van Wyk on November 5, 2012", "Food52 | November 8, 2012", "Posted on
    March 5, 2024 by Ann Lee") and without the writer's description ("By Ann Lee, a reporter
    covering transport.")."""
    dated = DATED_BYLINE.match(text)
    unsigned = BYLINE_TAIL.sub("", text[dated.end() :]) if dated else re.sub(rf"^(?i:{BY_WHOM})\w+\s+", "", text)
    name = WRITER_BIO.sub("", BYLINE_DATE.sub("", unsigned))
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
    # A body that opens right under a table of contents opens with the introduction above it ("In
    # this article, I'll explain how ..."), and a label over the table ("It covers these topics:");
    # the table itself is not heard (article_of).
    contents = body.start
    while contents - 1 in page.contents:
        contents -= 1
    if contents < body.start:
        opening = contents - (contents > 0 and page.lines[contents - 1].text.endswith(":"))
        start = opening
        while start - 1 > page.title_at and is_story_opening(page.lines, page.ends, start - 1):
            start -= 1
        if start < opening:
            body = Body(start, body.end, body.boxes)
    return body


def is_story_opening(lines: list[Line], ends: list[bool], index: int) -> bool:
    """Article text the body grows up over: a paragraph the model finds likely, a long line of prose,
    or a plain sentence (the story's first, which the line model doubts under the page's menus)."""
    line = lines[index]
    return is_paragraph(line) or is_prose(line) or (is_plain_sentence(line) and not ends[index])


def body_stretch(page: CopiedPage, trust_headline: bool) -> Body:
    """The stretch of the page where the most article text stands, net of what is not (max-sum
    segment over the lines' probabilities, weighed by their words).

    A short line or a few of furniture cost little, so reading never stops at "Related" or a
    list in the middle of the article; only strong evidence ends it: a copyright line, the
    start of the comments, a section's teasers, or a wire credit after a long story.

    Found in three steps: the strongest stretch (strongest_stretch), then the line it opens on
    (body_opening), then the line it closes on (body_closing).
    """
    lines = page.lines
    # On a page where the line model is sure of no paragraph (or `trust_headline`), the headline is
    # the best witness of where the story is: the paragraph under it is as likely as any (the model
    # may find a teaser's summary far below likelier than a short post).
    likeliest = likeliest_paragraph(lines, [line.probability for line in lines])
    trusted = page.title_at >= 0 and (trust_headline or likeliest < DOUBTFUL_PAGE)
    lead = paragraph_below(lines, page.title_at) if trusted else -1
    lists = list_ends(lines, page.plain_lists)
    rows = doubted_rows(lines)
    listed = introduced_lists(lines, lists, page.plain_lists) | rows  # lists and tables the story reads through
    (start, end), read_past = strongest_stretch(page, trust_headline, lead, likeliest, listed)
    start, above = body_opening(page, start, end, lead)
    start, end = body_closing(page, start, end, above, lists, rows, listed)
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


def strongest_stretch(
    page: CopiedPage, trust_headline: bool, lead: int, likeliest: float, listed: set[int]
) -> tuple[tuple[int, int], list[tuple[int, int]]]:
    """The [start, end) of the lines whose probabilities, weighed by their words, sum highest (the
    lead under a trusted headline as likely as the likeliest paragraph, a list the story introduces
    as likely as article text needs), stopped by an end marker only where it closes the article; and
    each end marker read past, with where the story resumes below its box."""
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
    long_runs = paragraph_runs(lines, LEAD_RESUMED_RUN)
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
        # ... or, where it stands once only, right under the lead and over the story's run.
        if not ending:
            resumed = -1
        elif last_at == index:
            resumed = run_right_under_lead(lines, best, index, long_runs) if under_lead else -1
        else:
            resumed = resumed_past_box(lines, index, last_at, long_runs, above)
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
    return best, read_past


def body_opening(page: CopiedPage, start: int, end: int, lead: int) -> tuple[int, int]:
    """The line the body opens on, from the strongest stretch's first: past a box of other stories,
    the title, the headline and furniture, back over paragraphs beside it and up to a story's dateline
    lead; and the line it does not grow above (the title, the headline or the box)."""
    lines, title_at, ends = page.lines, page.title_at, page.ends
    # A box of other stories the stretch opens with: all above the story's first paragraph under it is the box's.
    box = teaser_box_label(lines, start, end)
    if box >= 0:
        start = next((at for at in range(max(box + 1, start), end) if is_story_paragraph(lines[at])), start)
        box = start - 1
    # The page's first line is its title, when it reads as one: the headline, not the body.
    title_line = 0 if lines and not lines[0].sentence and lines[0].words <= TITLE_LINE_WORDS else -1
    start = min(max(start, title_line + 1), end)
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
    if (
        start <= title_at < end
        and (words(lines[start:title_at]) < words(lines[title_at:end]) or 0 <= paragraph_below(lines, title_at) < end)
        and not signed_above(lines, start, title_at)
    ):
        start = title_at + 1
    # The body does not grow up into the title, the headline above it or a box; a headline found below
    # the body's first line is one of the story's headings or a share box's repeat of the title, no bound.
    above = max(title_line, title_at if title_at < start else -1, box)
    # A paragraph the model finds likely, or a long line of prose, right beside the body is body too;
    # so is the story's first short sentence, which the line model doubts under the page's menus.
    while start - 1 > above and is_story_opening(lines, ends, start - 1):
        start -= 1
    start = story_above_box(lines, ends, start, above)
    start = story_above_furniture(lines, ends, start, above)
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
    return start, above


def signed_above(lines: list[Line], start: int, title_at: int) -> bool:
    """Whether the story's byline stands a little above `start` and none under the headline found at
    `title_at` below it: that "headline" is one of the story's headings that repeats the page title
    ("How to Care for Hydrangeas in Vases"), and the paragraphs above it are the story's opening."""
    lead = paragraph_below(lines, title_at)
    above = lines[max(0, start - BYLINE_REACH) : start]
    under = lines[title_at + 1 : max(lead, title_at + 1)]
    return any(map(is_byline, above)) and not any(map(is_byline, under))


def body_closing(
    page: CopiedPage, start: int, end: int, above: int, lists: list[int], rows: set[int], listed: set[int]
) -> tuple[int, int]:
    """The line after the body's last, from the strongest stretch's end: on past what a story sets
    between its paragraphs, to the ends of the live blog, the list article and the lists it holds,
    back off a label or a loose line; with the line it opens on, where a live blog's run or a list
    it begins inside starts above it."""
    lines, ends = page.lines, page.ends
    boxes = sign_up_boxes(lines)
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
    return start, end


def is_last_sentence(lines: list[Line], ends: list[bool], index: int) -> bool:
    """A sentence of common words right over the page's foot (furniture, a button or an end
    marker), however the line model doubts it there: the story's last."""
    below = index + 1
    return is_common_sentence(lines[index]) and (
        below == len(lines) or ends[below] or lines[below].furniture or is_button(lines[below].text)
    )


def paragraph_past_caption(lines: list[Line], ends: list[bool], boxes: set[int], index: int) -> int:
    """Where the story's next paragraph ends, under a photo's caption (its credit on it or on a
    line of its own under it), an ad slot, a teaser ("Lire aussi | ..."), a question an explainer
    answers or a box that asks the reader to sign up (`boxes`) at `index`; `index` where none is
    there. That paragraph may be the story's last, which the line model doubts above the page's
    furniture: a paragraph of plain sentences counts there, however unlikely."""
    following = index + 1 if is_question(lines[index]) or is_over_credit(lines, index) else index
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


def is_over_credit(lines: list[Line], index: int) -> bool:
    """A photo's caption over its credit on a line of its own: "The old bridge in February", then
    "Photo: Ann Lee / Town News"."""
    return (
        index + 1 < len(lines)
        and is_caption(lines[index + 1].text)
        and not is_caption(lines[index].text)
        and lines[index].words <= CAPTION_WORDS
    )


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


def story_above_furniture(lines: list[Line], ends: list[bool], start: int, above: int) -> int:
    """Where the story starts whose first paragraphs stand over a block set inside it right above
    `start` (a newsletter's box: its label, pitch, field and button; all furniture and buttons, of
    BLOCK_LINES at most), which costs the stretch more than they weigh: two paragraphs of plain
    sentences or more; `start` where none do."""
    block = start
    while (
        block - 1 > above
        and start - block < BLOCK_LINES
        and not ends[block - 1]
        and is_set_aside(lines, block - 1, above)
    ):
        block -= 1
    first = block
    while first - 1 > above and not ends[first - 1] and is_plain_paragraph(lines[first - 1]):
        first -= 1
    return first if block < start and block - first >= BOX_STORY_PARAGRAPHS else start


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
    below = under_box(lines, ends, index)
    return story_past_furniture(lines, ends, below, index) if below > index else index


def under_box(lines: list[Line], ends: list[bool], index: int, headlines: int = 1) -> int:
    """The line under the headlines of a box of other stories at `index` (an ad slot or a button,
    its label, `headlines` or more headlines); `index` when no such box stands there."""
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
    return below if below > at + headlines else index


def goes_on_under_box(lines: list[Line], ends: list[bool], index: int) -> bool:
    """Whether the story goes on under a box of other stories whose label ends articles ("Most
    Read") at `index`: it resumes right under the box (story_past_box), or a paragraph of it
    stands right under the box's headlines (two at least: one headline and its summary are a
    teaser after the story) and another a few lines below, before the page's next end marker,
    however many more boxes stand between them (a newsletter's, an embedded post's)."""
    if story_past_box(lines, ends, index) > index:
        return True
    below = under_box(lines, ends, index, headlines=2)
    if below == index:
        return False
    while below < len(lines) and not ends[below] and is_set_aside(lines, below, below):
        below += 1
    below = past_box_headlines(lines, ends, below, index)
    if below == len(lines) or ends[below] or not is_plain_paragraph(lines[below]):
        return False
    further = range(below + 1, min(len(lines), below + 1 + BLOCK_LINES))
    return any(is_plain_paragraph(lines[at]) for at in takewhile(lambda at: not ends[at], further))


def past_box_headlines(lines: list[Line], ends: list[bool], at: int, box: int) -> int:
    """The first line at or after `at` that is not one of the headlines of the box of other stories
    at `box`: the box's run (under_box) stops at a headline too long for a teaser ("Cruise Knew Its
    Cars Had Problems Recognizing Children — and Kept Them on the Streets"), and more headlines, their
    writers' names and the story's next heading may stand under it."""
    while (
        at < min(len(lines), box + BOX_LINES)
        and not ends[at]
        and not lines[at].sentence
        and lines[at].words <= BOX_HEADLINE_WORDS
    ):
        at += 1
    return at


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


def toolbar_foot(lines: list[Line], start: int, end: int) -> int:
    """Where the body ends at its sharing toolbar ("Share this on WhatsApp", "Print |", "Email"):
    a toolbar that stands right above the body stands again at the story's foot, under its text
    (a paragraph, a table's row), and what follows it there is the site's boxes, unless a run of
    paragraphs goes on (`resumes`). Under a headline, a deck and a byline, its repeat opens the
    story instead. A recipe's ("Print Recipe") stands again on the recipe's card, which is heard."""
    above = {line.text for line in lines[max(0, start - MARKER_REACH) : start] if is_sharing_tool(line)}
    text_above = 0  # paragraphs and table rows above each line: a deck is one
    for index in range(start, end):
        if (
            text_above >= FOOT_TEXT
            and lines[index].text in above
            and not RECIPE_TOOL.search(lines[index].text)
            and not resumes(lines, index, end)
        ):
            return index
        text_above += is_paragraph(lines[index]) or is_table_row(lines[index])
    return end


def is_byline_count(text: str) -> bool:
    """A count ("0 comments", "12 Responses") as it stands in bylines above articles as often as
    below them; not the heading over the comments it counts ("2 comments:")."""
    return bool(COUNT.match(text)) and not COMMENTS_HEADING.fullmatch(text)


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


def run_right_under_lead(lines: list[Line], best: tuple[int, int], index: int, long_runs: list[int]) -> int:
    """Where a run of LEAD_RESUMED_RUN paragraphs opens right under an end marker that stands once
    only (at most a button between), or -1: a marker that is no sentence ("Comments", not "This
    article first appeared on ..."), right under the stretch found so far whose last line is a
    paragraph, is a toolbar's link between the lead and the story; readers' comments have their
    names and dates between them."""
    last = best[1] - 1
    if lines[index].sentence or last < 0 or index - last > 2 or not is_paragraph(lines[last]):
        return -1
    after = bisect_right(long_runs, index)
    return long_runs[after] if after < len(long_runs) and long_runs[after] <= index + 2 else -1


def paragraph_runs(lines: list[Line], length: int) -> list[int]:
    """Where each run of `length` paragraphs in a row starts, in order."""
    starts, run = [], 0
    for index, line in enumerate(lines):
        run = run + 1 if is_paragraph(line) else 0
        if run >= length:
            starts.append(index - length + 1)
    return starts


def site_lines(lines: list[Line], site: str) -> set[int]:
    """The lines that say which site the page is from, as a wiki says it under the headline ("From
    Wikipedia, the free encyclopedia", "Un article de Wikipédia, l'encyclopédie libre.", "Aus
    Wikipedia, der freien Enzyklopädie")."""
    if not site:
        return set()
    from_site = re.compile(rf"{FROM_SITE} {re.escape(site)}\b", re.I)
    return {at for at, line in enumerate(lines) if line.words <= SITE_LINE_WORDS and from_site.match(line.text)}
