"""The headline of a copied page.

The page title (usually the copy's first line, often with the site's name after a separator)
is repeated as the headline above the story; where it is not, the headline is the fullest
headline-shaped line above the body, or the name an encyclopedia's first sentence defines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .copied_lines import (
    DATE_WITHIN,
    DATED_BY,
    HEADER_WORDS,
    HEADLINE_REACH,
    LEAD_BOX_LINES,
    PARAGRAPH_WORDS,
    WIKI_TAGLINE,
    WORD,
    Line,
    is_byline,
    is_metadata,
    is_navigation,
    is_signed,
    paragraph_below,
)
from .furniture import is_button, is_caption
from .source_code import is_code
from .unwrap import BULLET

TITLE_SHARED = 0.6  # a line before the body with this share of the title's words is the headline
DECK_HEADLINE_WORDS = 5  # a line this long over the fullest line before the body is a headline over its deck
# A page title's headline this long, standing with up to this many words more on a line (a count, a date, the
# blog's name), is the headline where a paragraph stands within HEADLINE_REACH lines below it.
TITLE_MIN_WORDS = 4
MORE_TITLE_WORDS = 8
TITLE_PARTS = 6  # a page title has at most this many parts ("Headline - Section - Site")
# A page title's parts: "Headline - Site", "Headline | Site", "Headline- Site" (spaced on one side),
# and "Headline (from Site)"
TITLE_SEPARATORS = re.compile(
    r"\s+[-|–—:·•»«]\s+|(?<=\w)[-|–—·•»]\s+|\s+::\s+|\s+\((?:from|via)\s+(?=[^()]{1,60}\)\s*$)", re.I
)
MORE_WORDS = re.compile(r"\s*\w")
SEPARATOR_MARKS = " -|–—:·•»«"  # what parts a page title's pieces (and ">", "/" in breadcrumbs)
NAME_COLON = re.compile(r"(?<=\w):\s+")  # a blog's name before its post's title: "Cookistry: A Lighter Cole Slaw"
TITLE_MARK = re.compile(rf"\s*[{re.escape(SEPARATOR_MARKS.strip())}>/]")
DEFINING = r"(?:is|was|are|were|refers|ist|war|est|était|es|era|è|é)"  # "is", as a definition says it
NAMED_IN_LEAD_WORDS = 6  # an encyclopedia's headline, which its first sentence defines, is this short
IN_QUOTES = re.compile(r"[“\"]([^“”\"]{1,200})[”\"]")  # what a line names in quotation marks
# A title's words are compared with their apostrophes dropped: a site's page title may spell
# "Saj's" as "Sajs", or set a curly apostrophe where the headline has a straight one.
TITLE_WORD = re.compile(r"\w+(?:['’]\w+)*", re.U)


def find_title(lines: list[Line]) -> tuple[int, str, str]:
    """The headline where the page title (the first line) is repeated, and the site name.

    Lines are compared by their words: a page's punctuation and case may differ from its
    title's ("Stats… Impressive!" under "Stats Impressive! - Site"), and a list of recent posts
    further down may hold the title as the title has it. A line that holds the title another way,
    with a few words more ("... Revealed 40") or as its parts after the section or site name ("News
    - Headline - Site"), is the headline where article text follows it before any repeat of the
    title: not an entry of a recent-posts list ("... (7 hours ago)") nor the site's name in its
    banner over the headline ("The Rust Programming Language" over "What Is Ownership?")."""
    starts = [index for index, line in enumerate(lines) if not line.furniture or is_gallery_title(line)][:1]
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
    if repeated and not over_byline(lines, repeated[0]):
        repeated = signed_repeat(lines, title, repeated) or repeated
    if repeated and not title.has_site:
        return headline_under_site_name(lines, repeated) or repeated
    return repeated or (-1, "", "")


def signed_repeat(lines: list[Line], title: PageTitle, repeated: tuple[int, str, str]) -> tuple[int, str, str] | None:
    """Where the page title, repeated first in a list of other stories above the story ("China and
    Japan ...", then it, then "The case that ..."), stands again word for word over a byline
    ("Posted by Ann Lee on October 31, 2012"): that later line, the headline."""
    for index in range(repeated[0] + 1, len(lines)):
        if title_words(lines[index].text) == title.words and over_byline(lines, index):
            return index, lines[index].text, repeated[2]
    return None


def is_gallery_title(line: Line) -> bool:
    """Whether a line that reads as a photo's credit ("Photos: Halloween in Hong Kong looks awesome",
    as "Photo: Ann Lee/AP" does) is a gallery's page title: the page shows it again, as its headline."""
    return line.repeated and is_caption(line.text)


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
        and not is_button(line.text)  # "Skip to navigation"
        and not BULLET.match(line.text)
        and not is_metadata(line)
        and 3 <= line.words <= 30
        and not line.text.endswith(":")
        and (not line.text.endswith(".") or over_byline(lines, index))  # "I run a startup. Here's what I learned."
        and not is_navigation(line)
        and not WIKI_TAGLINE.fullmatch(line.text)
        and not is_code(line.text)  # a script leaked into the copy above the story
    ]
    named = headline_named_in_lead(lines, body_start, candidates)
    candidates = sorted({*candidates, named} - {-1})
    if candidates and candidates[-1] == body_start and candidates[:-1] and not over_byline(lines, body_start):
        candidates.pop()  # the body's first line, below a headline
    if candidates:
        # The page's first line, its title, holds most of the headline's words ("Michael Webb: Dramatic
        # video shows rescue of ... - CBS News"); furniture above it (a cookie banner) is no title, and
        # a page copied whole from its links for screen readers ("Skip to main content") has none.
        first = next((at for at, line in enumerate(lines) if not line.furniture), 0)
        title = set() if is_button(lines[first].text) else set(title_words(lines[first].text))
        shared = {i: title_words_shared(lines[i], title) if i > first else 0.0 for i in candidates}
        quoted = quoted_below(lines, body_start)
        index = max(
            candidates,
            key=lambda i: (
                lines[i].text.casefold() in quoted,
                shared[i] >= TITLE_SHARED,
                over_byline(lines, i),
                not (i > 0 and is_caption(lines[i - 1].text)),  # a photo's caption, under its credit
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
    if lines and body_start > 0 and not is_code(lines[0].text):
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
    on February 12, 2026 by Sam Ortiz", "Ann Lee" over "Contributor"), not under a blog's motto or a
    menu. (A date alone is no sign, nor a name over it: a site's banner shows the day's.)"""
    return any(
        is_byline(line)
        or (line.words <= HEADER_WORDS and bool(DATE_WITHIN.search(line.text) and DATED_BY.search(line.text)))
        for line in lines[index + 1 : index + 3]
    ) or any(is_signed(lines, at, dated=False) for at in range(index + 1, min(index + 3, len(lines) - 1)))


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


def title_words_shared(line: Line, title: set[str]) -> float:
    """The share of a line's words that the page title's words (`title`) hold."""
    own = set(title_words(line.text))
    return len(own & title) / max(1, len(own))
