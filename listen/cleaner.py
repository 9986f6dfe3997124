"""Stage 2, clean: from a page's text to the Article a listener should hear.

Each kind of input has its own cleaner (HTML: trafilatura; Markdown: its structure; copied
text: a line classifier); all of them then pass through the same residual cleaning, which
decodes the HTML entities a page shows as text and drops the page furniture the first pass let
through.

An HTML page is also read as its copied text: where trafilatura loses part of an article (a
body split across containers, paragraphs it takes for boilerplate), the copied-text cleaner
finds the rest, and its body is taken when it holds nearly all of trafilatura's and much more,
unless what it adds is much less likely article text than trafilatura's (a blog's sidebar and
other posts) or is the readers' comments, and only where the line model is sure of what it adds
or trafilatura's recall mode takes that in too (a short post's author box reads like prose).
Where trafilatura takes the wrong block (other stories' teasers, a scores table, adverts), the
copied text's line model finds that block unlikely article text, or much less likely than the
copied text's body, and the copied text's body is taken; so it is where trafilatura takes part of
the article and furniture beside it (a news list, an advert's box), and the fuller copied body
holds the rest of the article, not that furniture. Where trafilatura takes the article
with much around it (menus, a news list, other stories' teasers that an old table layout sets
beside it) and the line model is sure of the copied text's body and not of the rest,
trafilatura's article is narrowed to the stretch the copied text's body spans; where it takes a
block of lines above the copied text's body that the line model finds unlikely article text (a
site's menus, a list of the most read stories), the article is read from that body's first
paragraph; where an end marker closes the copied text's body (the comments' heading, a
copyright line) and trafilatura reads on below it for a block of paragraphs, that block goes.
Then trafilatura's article ends where the copied text's end markers say an article ends (a
copyright footer, the comments' heading), which trafilatura on some pages reads past. A
paragraph of prose that trafilatura's precision mode leaves out above or between the paragraphs
it took (a lead set apart, a paragraph beside a photo) is put back from the copied text's body,
where trafilatura's recall mode finds it too or the page's description is its beginning.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable

from ftfy.fixes import unescape_html

from .copied_ends import ends_article
from .copied_lines import COPYRIGHT, SENTENCE_END, WORD
from .errors import ListenError
from .furniture import (
    is_agency_credit,
    is_article_end,
    is_button,
    is_caption,
    is_furniture,
    is_link_or_filing,
    is_menu,
    is_post_filing,
    without_edit_link,
)
from .markdown import clean_markdown
from .model import Article, Chapter
from .read import Source
from .source_code import code_paragraphs, is_code
from .textdump import CopiedPage, article_of, clean_text_dump, closed_by_end_marker, judge_lines, likelihood, word_runs
from .webpage import (
    SITE_NAME_CHARS,
    clean_html,
    page_description,
    page_text,
    readers_comments,
    recall_mode_text,
    site_of,
    squeezed,
)

MAX_FURNITURE_WORDS = 20
FULLER = 2.0  # the copied text's body is taken when it has this many times trafilatura's words
CONTAINED = 0.9  # ... and holds this share of trafilatura's 4-word runs (the same article, more of it)
FURNITURE_LIKELIHOOD = 0.25  # ... or trafilatura's lines are this unlikely article text to the line model,
MORE_LIKELY = 0.2  # ... or the copied text's body's lines are this much likelier (and its additions no less)
JUDGED_RUNS = 10  # ... judged when trafilatura's body has this many 4-word runs
PART_HELD = 0.8  # or, the copied text's body fuller but holding less than this share of trafilatura's runs,
ADDED_LIKELY = 0.75  # when what it adds is this likely article text and what it lacks FURNITURE_LIKELIHOOD or less
COMMENTS_SHARE = 0.5  # ... and not when this share of what it adds is the readers' comments
RECALLED = 0.5  # ... and what it adds, where the line model is not sure of it, this much in the recall mode
SURE_LIKELIHOOD = 0.9  # a copied-text body this likely article text to the line model ...
WIDER = 1.2  # ... inside a trafilatura body this many times its 4-word runs, the rest MORE_LIKELY less likely:
# trafilatura's paragraphs before and after the copied body's go
HELD = 0.5  # a paragraph of trafilatura's with this share of its 4-word runs in the copied body is in it
TAIL_PARAGRAPHS = 3  # trafilatura's paragraphs below the copied body's end marker, this many, are not article
TOP_PARAGRAPHS = 4  # trafilatura's paragraphs above the copied body, this many and unlikely, are the page's menus
PROSE_WORDS = 20  # a paragraph of the copied body that trafilatura lacks, this long, may be article it lost
NEAREST = 20  # a restored paragraph's place is looked for among this many places of each 4-word run
DESCRIBED_WORDS = 8  # a page's description that opens with a paragraph's first words, this many, describes it
ARTICLE_WORDS = 100  # trafilatura's article ends at an end marker after this many of its words
# A note on a link for screen readers: Reuters' ", opens new tab", "(opens in a new window)", Drupal's
# "(link is external)"; not prose that "opens new windows".
LINK_NOTE = re.compile(
    r", opens (in )?(a )?new (browser )?(tab|window)(?=[\s,.;:!?)]|$)|"
    r"\s?[(\[](opens|open) (in )?(a )?new (browser )?(tab|window)[)\]]|"
    r"\s?[(\[](this )?(link is external|external link|external website)[)\]]",
    re.I,
)
TITLE_SEPARATOR = re.compile(r"\s+[-|–—·»«]\s+|\s+::\s+")
SITE_WORDS = 4  # a site's name after a headline is a few words ("BBC News", "IGN Entertainment")
GALLERY_CAPTIONS = 3  # an article whose paragraphs are mostly photos' captions, this many or more, is a gallery
COPY_WORDS = 15  # paragraphs this long, two in a row, said again further down are a copy of the article
TITLE_CHARS = 120  # an article with no headline is titled by its first sentence, cut at a word before this


def clean_html_page(html: str, url: str = "") -> Article:
    """trafilatura's article up to its end, narrowed to the copied-text cleaner's where it took
    that with much around it, read from that body's first paragraph where it took the site's menus
    above it, or cut where the copied text's body closes on an end marker; or the
    copied-text cleaner's where that is much fuller and is the same article, or where trafilatura
    took what the line model finds is not article."""
    article = clean_html(html, url)
    page = judge_lines(page_text(html))
    copied = article_of(page, url)
    extracted, copied_runs = shingles(article), shingles(copied)
    if reads_copied_instead(page, extracted, copied_runs, html, url):
        article.chapters = copied.chapters
        return article
    if took_much_around_it(page, extracted, copied_runs):
        article.chapters = within_copied_span(article.chapters, copied_runs, ends_sentence(copied))
    else:
        if took_menus_above(page, article.chapters, copied_runs):
            article.chapters = within_copied_span(article.chapters, copied_runs, closes=False)
        if closed_by_end_marker(page) and ends_sentence(copied):
            article.chapters = up_to_copied_end(article.chapters, copied_runs, last_paragraph(copied))
    article.chapters = with_lost_paragraphs(article.chapters, copied, html, url)
    article.chapters = cut_at_end(article.chapters)
    return article


def reads_copied_instead(
    page: CopiedPage, extracted: set[tuple[str, ...]], fuller: set[tuple[str, ...]], html: str, url: str
) -> bool:
    """Whether the copied text's body is to be read instead of trafilatura's article."""
    much_fuller = len(fuller) >= FULLER * len(extracted) and (
        holds_more_of_it(page, extracted, fuller, html, url) or took_another_block(page, extracted, fuller)
    )
    chosen = much_fuller or took_part_and_furniture(page, extracted, fuller)
    return chosen and not adds_comments(html, url, fuller - extracted)


def took_part_and_furniture(page: CopiedPage, extracted: set[tuple[str, ...]], copied: set[tuple[str, ...]]) -> bool:
    """Whether trafilatura took part of the article and furniture beside it (a news list, an
    advert's box), where the copied text's body is the article: that body is fuller and does not
    hold most of trafilatura's text, what trafilatura has beyond it the line model finds is not
    article, and what it has beyond trafilatura's the line model finds likely article text."""
    taken_only, copied_only = extracted - copied, copied - extracted
    if len(copied) <= len(extracted) or held_in(extracted, copied, PART_HELD):
        return False
    if len(taken_only) < JUDGED_RUNS or len(copied_only) < JUDGED_RUNS:
        return False
    furniture, article = likelihood(page, taken_only), likelihood(page, copied_only)
    return (
        furniture is not None and article is not None and furniture <= FURNITURE_LIKELIHOOD and article >= ADDED_LIKELY
    )


def took_much_around_it(page: CopiedPage, extracted: set[tuple[str, ...]], copied: set[tuple[str, ...]]) -> bool:
    """Whether trafilatura's body is the copied text's body with much more around it that the line
    model finds much less likely article text, where the line model is sure of the copied body."""
    if len(extracted) < WIDER * len(copied) or len(copied) < JUDGED_RUNS:
        return False
    sure, rest = likelihood(page, copied), likelihood(page, extracted - copied)
    return sure is not None and rest is not None and sure >= SURE_LIKELIHOOD and rest <= sure - MORE_LIKELY


def took_menus_above(page: CopiedPage, chapters: list[Chapter], copied: set[tuple[str, ...]]) -> bool:
    """Whether trafilatura took TOP_PARAGRAPHS or more paragraphs above the first one the copied
    text's body holds, which the line model finds unlikely article text and much less likely than
    that body: the site's menus, other stories' headlines, a notice. Fewer lines there are as
    often the story's byline, date and standfirst."""
    held = held_places(chapters, copied)
    if not held:
        return False
    first_chapter, first = held[0]
    above = [paragraph for chapter in chapters[:first_chapter] for paragraph in chapter.paragraphs]
    above += chapters[first_chapter].paragraphs[:first]
    if len(above) < TOP_PARAGRAPHS:
        return False
    top, body = likelihood(page, set(word_runs(" ".join(above))) - copied), likelihood(page, copied)
    return top is not None and body is not None and top <= FURNITURE_LIKELIHOOD and body - top >= MORE_LIKELY


def within_copied_span(chapters: list[Chapter], copied: set[tuple[str, ...]], closes: bool) -> list[Chapter]:
    """trafilatura's paragraphs from the first to the last that the copied text's body (its
    4-word runs) holds; what stands between them stays (a table or a list the copied text's
    cleaner left out). What follows the last goes only where the copied body `closes` on a
    sentence: one that stops at a list's item, a table's row or a heading may have stopped short
    of the article's end."""
    held = held_places(chapters, copied)
    if not held:
        return chapters
    (first_chapter, first), (last_chapter, last) = held[0], held[-1]
    if not closes:
        last_chapter, last = len(chapters) - 1, len(chapters[-1].paragraphs) - 1
    kept = []
    for at, chapter in enumerate(chapters[first_chapter : last_chapter + 1], first_chapter):
        start = first if at == first_chapter else 0
        end = last + 1 if at == last_chapter else len(chapter.paragraphs)
        title = chapter.title if start == 0 else ""  # a heading over what goes, goes with it
        kept.append(Chapter(title=title, paragraphs=chapter.paragraphs[start:end]))
    return kept


def ends_sentence(article: Article) -> bool:
    """Whether the article's last paragraph ends a sentence (not a list's item or a heading)."""
    return bool(SENTENCE_END.search(last_paragraph(article)))


def last_paragraph(article: Article) -> str:
    """The article's last paragraph ("" when it has none)."""
    return next((chapter.paragraphs[-1] for chapter in reversed(article.chapters) if chapter.paragraphs), "")


def up_to_copied_end(chapters: list[Chapter], copied: set[tuple[str, ...]], last_copied: str) -> list[Chapter]:
    """trafilatura's chapters up to the last paragraph that holds the copied text's body's last
    one (`last_copied`), or else the last paragraph that the copied body (its 4-word runs) holds or
    that opens with its words (a last paragraph that trafilatura ran into a link to the next
    story), where trafilatura goes on below it for a block of TAIL_PARAGRAPHS or more and an end
    marker closes the copied body (the readers' comments, a page's footer). A reader who quotes
    another of its paragraphs further down does not move its end; a line or two below it is as
    often the post's closing question, which the line model doubted."""
    held = held_places(chapters, copied, opening=True)
    if not held:
        return chapters
    closing_runs = set(word_runs(last_copied))
    closes = [(at, index) for at, index in held if holds(closing_runs, chapters[at].paragraphs[index])]
    last_chapter, last = (closes or held)[-1]
    closing = chapters[last_chapter]
    below = sum(len(chapter.paragraphs) for chapter in chapters[last_chapter:]) - last - 1
    if below < TAIL_PARAGRAPHS:
        return chapters
    return [*chapters[:last_chapter], Chapter(title=closing.title, paragraphs=closing.paragraphs[: last + 1])]


def held_places(chapters: list[Chapter], copied: set[tuple[str, ...]], opening: bool = False) -> list[tuple[int, int]]:
    """(chapter, paragraph) of each of trafilatura's paragraphs that the copied text's body holds,
    and with `opening` each that opens with its words."""
    return [
        (at, index)
        for at, chapter in enumerate(chapters)
        for index, paragraph in enumerate(chapter.paragraphs)
        if holds(copied, paragraph) or (opening and opens_with(copied, paragraph))
    ]


def opens_with(runs: set[tuple[str, ...]], paragraph: str) -> bool:
    """Whether the paragraph's first 4-word run is among `runs`."""
    opening = word_runs(paragraph)[:1]
    return bool(opening) and opening[0] in runs


def with_lost_paragraphs(chapters: list[Chapter], copied: Article, html: str, url: str) -> list[Chapter]:
    """trafilatura's chapters with the paragraphs of prose they lack that the copied body holds
    above or between the ones both hold, where trafilatura's recall mode finds them too or the
    page's description is one's start cut short: its precision mode loses some news stories'
    leads, set apart from the rest ("KABUL, Afghanistan—A roadside bomb ..."), and paragraphs
    beside a photo or an advert. The copied body alone would bring back the photo captions above
    the story too; what follows the last paragraph both hold is as often the readers' comments."""
    extracted = set(word_runs(" ".join(text for chapter in chapters for text in [chapter.title, *chapter.paragraphs])))
    paragraphs = [paragraph for chapter in copied.chapters for paragraph in chapter.paragraphs]
    held = [holds(extracted, paragraph) for paragraph in paragraphs]
    if True not in held:
        return chapters  # trafilatura's article is not the copied body's
    last_held = len(held) - 1 - held[::-1].index(True)
    lost = [k for k in range(last_held) if not held[k] and len(paragraphs[k].split()) >= PROSE_WORDS]
    if not lost:
        return chapters
    recalled, description = set(word_runs(recall_mode_text(html, url))), page_description(html)
    found = {k for k in lost if holds(recalled, paragraphs[k]) or is_cut_short(description, paragraphs[k])}
    return put_in_place(chapters, paragraphs, held, found) if found else chapters


def put_in_place(chapters: list[Chapter], paragraphs: list[str], held: list[bool], found: set[int]) -> list[Chapter]:
    """trafilatura's chapters with the copied body's `found` paragraphs put where they stand in it:
    each after the paragraph of trafilatura's that holds the one before it (a `held` one), or
    above the first such paragraph."""
    places = [(at, paragraph) for at, chapter in enumerate(chapters) for paragraph in chapter.paragraphs]
    spots: dict[tuple[str, ...], list[int]] = {}  # the places of trafilatura's paragraphs that hold each 4-word run
    for place, (_, paragraph) in enumerate(places):
        for run in set(word_runs(paragraph)):
            spots.setdefault(run, []).append(place)
    opening: list[str] = []  # the found paragraphs above the first held one
    after: dict[int, list[str]] = {}  # the found paragraphs to put after the paragraph at each place
    first: int | None = None
    last: int | None = None  # the place of the last held paragraph, so far
    for k, paragraph in enumerate(paragraphs):
        if k in found:
            (opening if last is None else after.setdefault(last, [])).append(paragraph)
        elif held[k] and (match := holding_place(spots, paragraph, last or 0)) is not None:
            first, last = match if first is None else first, match
    if first is None:
        return chapters
    rebuilt = [Chapter(title=chapter.title) for chapter in chapters]
    for place, (at, paragraph) in enumerate(places):
        rebuilt[at].paragraphs += [*(opening if place == first else []), paragraph, *after.get(place, [])]
    return rebuilt


def holding_place(spots: dict[tuple[str, ...], list[int]], paragraph: str, start: int) -> int | None:
    """The place, from `start` on, of trafilatura's paragraph that holds the most of this
    paragraph's 4-word runs (the earliest of equals); each run counts at its NEAREST places after
    `start` only, so that a page that repeats itself costs no more."""
    counts: Counter[int] = Counter()
    for run in set(word_runs(paragraph)):
        places = spots.get(run, [])
        first = bisect_left(places, start)
        counts.update(places[first : first + NEAREST])
    return max(counts, key=lambda place: (counts[place], -place)) if counts else None


def is_cut_short(description: str, paragraph: str) -> bool:
    """Whether the page's description is the paragraph's beginning, cut short ("Following the
    16-inch MacBook Pro, Apple plans ... in the first half of 2020,..."): as many sites describe
    a story by its lead. (A description that is a whole paragraph is as often the summary under
    the headline, which some pages set apart from the story.)"""
    described, words = WORD.findall(description.lower()), WORD.findall(paragraph.lower())
    return (
        len(described) >= DESCRIBED_WORDS
        and described[:DESCRIBED_WORDS] == words[:DESCRIBED_WORDS]
        and len(described) < len(words) - 1
    )


def holds(runs: set[tuple[str, ...]], paragraph: str) -> bool:
    """Whether `runs` hold the paragraph: HELD of its 4-word runs."""
    return held_in(set(word_runs(paragraph)), runs, HELD)


def held_in(runs: set[tuple[str, ...]], within: set[tuple[str, ...]], share: float) -> bool:
    """Whether `within` holds this share of `runs` (never where there are none)."""
    return bool(runs) and len(runs & within) >= share * len(runs)


def cut_at_end(chapters: list[Chapter]) -> list[Chapter]:
    """trafilatura's chapters up to the first end marker the copied-text cleaner trusts (a
    copyright footer, the comments' heading, other stories' teasers) that follows an article's
    worth of words: on some pages trafilatura reads on past it into teaser lists. A marker of one
    word ("Comment") is as often a heading of the article's own."""
    kept: list[Chapter] = []
    words = 0
    for chapter in chapters:
        if is_end(chapter.title, words):
            break
        paragraphs: list[str] = []
        for paragraph in chapter.paragraphs:
            if is_end(paragraph, words):
                return [*kept, Chapter(title=chapter.title, paragraphs=paragraphs)] if paragraphs else kept
            paragraphs.append(paragraph)
            words += len(paragraph.split())
        kept.append(Chapter(title=chapter.title, paragraphs=paragraphs))
    return kept


def is_end(line: str, words_before: int) -> bool:
    words = len(line.split())
    return words_before >= ARTICLE_WORDS and words > 1 and ends_article(line, words)


def adds_comments(html: str, url: str, added: set[tuple[str, ...]]) -> bool:
    """Whether what the copied text's body adds to trafilatura's is mostly the readers' comments,
    as trafilatura's comment finder sees them: comments read like prose to the line model."""
    return held_in(added, set(word_runs(readers_comments(html, url))), COMMENTS_SHARE)


def holds_more_of_it(
    page: CopiedPage, extracted: set[tuple[str, ...]], fuller: set[tuple[str, ...]], html: str, url: str
) -> bool:
    """Whether the copied text's body is trafilatura's article with more of it: it holds
    trafilatura's text, and what it adds is not much less likely article text to the line model
    than that (a blog's other posts, its sidebar, the readers' comments around a short post), and
    has a second witness: the line model is sure of it, or trafilatura's recall mode takes it in.
    A short post's author box and the blog's other posts read like prose to the line model too."""
    if extracted and not held_in(extracted, fuller, CONTAINED):
        return False
    if len(extracted) < JUDGED_RUNS:
        return True
    added = fuller - extracted
    likely, added_likely = likelihood(page, extracted), likelihood(page, added)
    if likely is None or added_likely is None:
        return True
    if added_likely <= likely - MORE_LIKELY:
        return False
    if added_likely >= SURE_LIKELIHOOD:
        return True
    return held_in(added, set(word_runs(recall_mode_text(html, url))), RECALLED)


def took_another_block(page: CopiedPage, extracted: set[tuple[str, ...]], fuller: set[tuple[str, ...]]) -> bool:
    """Whether trafilatura's body is what the copied text's line model finds is not article
    (other stories' teasers, a scores table, the site's menus), or much less likely article text
    than the copied text's body (adverts that read like prose), where a body of its own gives
    enough to judge by."""
    likely = likelihood(page, extracted) if len(extracted) >= JUDGED_RUNS else None
    if likely is None:
        return False
    return likely < FURNITURE_LIKELIHOOD or (likelihood(page, fuller) or 0.0) - likely >= MORE_LIKELY


def shingles(article: Article) -> set[tuple[str, ...]]:
    """The article's runs of four words, lower-cased."""
    return set(word_runs(" ".join(p for chapter in article.chapters for p in chapter.paragraphs)))


CLEANERS = {"html": clean_html_page, "markdown": clean_markdown, "text": clean_text_dump}


def clean(source: Source) -> Article:
    """The Article in `source`; ListenError when no article text is left."""
    article = CLEANERS[source.kind](source.text, source.url)
    article = drop_furniture(each_text(article, unescape_html))
    article = each_text(article, without_link_notes)
    article.chapters = without_copies(without_code(article.chapters))
    if not article.chapters:
        raise ListenError(f"no article text found in {source.name}")
    if not article.title:
        article.title = opening_sentence(article.chapters[0].paragraphs[0])
    article.title = without_site(article.title, article.source, article.url)
    return article


def opening_sentence(paragraph: str) -> str:
    """A title for an article that has no headline (its body copied alone): its first
    sentence, cut at a word, with "…", where it is long."""
    sentence = paragraph.split(". ")[0]
    if len(sentence) <= TITLE_CHARS:
        return sentence
    return sentence[:TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def without_site(title: str, site: str, url: str = "") -> str:
    """The headline without the site's name that pages put before or after it ("... - IGN",
    "The Paradigm | ..."): the part a separator sets apart, when it is the site's name or its
    web address's."""
    names = {name for name in (squeezed(site), site_of(url)) if len(name) >= SITE_NAME_CHARS}
    separators = list(TITLE_SEPARATOR.finditer(title))
    if not separators or not names:
        return title
    last, first = separators[-1], separators[0]
    tail = title[last.end() :]
    if len(tail.split()) <= SITE_WORDS and any(squeezed(tail).startswith(name) for name in names):
        return title[: last.start()].strip()
    if squeezed(title[: first.start()]) in names:
        return title[first.end() :].strip()
    return title


def each_text(article: Article, mend: Callable[[str], str]) -> Article:
    """The article with `mend` applied to each of its texts: its title, byline, summary, headings
    and paragraphs (a paragraph left empty goes). Used to decode the HTML entities a page shows as
    text ("Tom &amp; Jerry", "the writers&#8217; strike", from a site that escapes its text twice,
    or a copy of its source; only whole entities, ended by their semicolon: "AT&T" stays), which a
    voice would say sign by sign, and to drop the notes on links (without_link_notes)."""
    article.title, article.byline = mend(article.title), mend(article.byline)
    article.summary = [mend(point) for point in article.summary]
    for chapter in article.chapters:
        chapter.title = mend(chapter.title)
        chapter.paragraphs = [text for text in map(mend, chapter.paragraphs) if text.strip()]
    return article


def without_link_notes(text: str) -> str:
    """The text without the note a site sets after a link for screen readers (", opens new tab",
    "(opens in a new window)", "(link is external)"): hidden on the page, it is in a copy of it and
    in trafilatura's text, and a voice would say it in the middle of a sentence. After the residual
    cleaning, whose patterns know a sharing button by its note ("Click to share on X (Opens in new
    window)")."""
    return LINK_NOTE.sub("", text)


def drop_furniture(article: Article) -> Article:
    """Residual cleaning: furniture lines, and labels that end an article ("Share this:",
    "Related posts"), left in any part of the article go. Only short ones:
    a paragraph of article text can hold a phrase that furniture is made of ("image: ...",
    "all rights reserved"), and removing it costs more than hearing a footer.
    A heading that is a button, a menu, furniture, a link, a news agency's name or a line of code
    ("View Larger Image", "Advertise | AdChoices", "See more video »", "The Associated Press",
    "fetch(url).then((r) => {") marks no chapter:
    what stands under it goes on the chapter before. (A label that ends an article, "Related posts", stays a chapter a listener can skip.)
    A wiki's heading is heard without its link to edit the section ("History[edit]")."""
    chapters: list[Chapter] = []
    gallery = is_gallery([p for chapter in article.chapters for p in chapter.paragraphs])
    for chapter in article.chapters:
        paragraphs = [p for p in chapter.paragraphs if (gallery and is_caption(p)) or not is_residual_furniture(p)]
        title = without_edit_link(chapter.title)
        no_heading = bool(title) and (is_page_furniture(title) or is_agency_credit(title) or is_code(title))
        if paragraphs and no_heading and chapters:
            chapters[-1].paragraphs += paragraphs
        elif paragraphs:
            chapters.append(Chapter(title="" if no_heading else title, paragraphs=paragraphs))
    article.chapters = chapters
    article.summary = [point for point in article.summary if not is_residual_furniture(point)]
    return article


def is_gallery(paragraphs: list[str]) -> bool:
    """Whether the article is a gallery of photos: most of its paragraphs, GALLERY_CAPTIONS or more,
    are captions with their credits, and they are what it says."""
    captions = sum(is_caption(paragraph) for paragraph in paragraphs)
    return captions >= GALLERY_CAPTIONS and 2 * captions > len(paragraphs)


def without_code(chapters: list[Chapter]) -> list[Chapter]:
    """The chapters without the paragraphs that are computer code (source_code.py), as a page's
    marked code blocks are left out; a chapter of code alone goes with its heading."""
    kept = []
    for chapter in chapters:
        code = code_paragraphs(chapter.paragraphs)
        paragraphs = [paragraph for index, paragraph in enumerate(chapter.paragraphs) if index not in code]
        if paragraphs:
            kept.append(Chapter(title=chapter.title, paragraphs=paragraphs))
    return kept


def without_copies(chapters: list[Chapter]) -> list[Chapter]:
    """The chapters without the paragraphs that copy a run of paragraphs further up: a page that
    sets its article twice (a copy for print or for phones, the story again under its byline) is
    heard once. A single paragraph said again (an interview's question to each guest) or right
    after itself is the article's own; one block that holds a long passage twice over, back to
    back, is a copy merged into one paragraph by the extractor."""
    chapters = [
        Chapter(title=chapter.title, paragraphs=[said_once(paragraph) for paragraph in chapter.paragraphs])
        for chapter in chapters
    ]
    places = [
        (at, index)
        for at, chapter in enumerate(chapters)
        for index, paragraph in enumerate(chapter.paragraphs)
        if len(paragraph.split()) >= COPY_WORDS
    ]
    texts = [chapters[at].paragraphs[index] for at, index in places]
    seen: set[str] = set()
    copies = []
    for previous, text in zip(["", *texts], texts):
        copies.append(text in seen and text != previous)
        seen.add(text)
    in_runs = {
        places[k]
        for k, copy in enumerate(copies)
        if copy and ((k > 0 and copies[k - 1]) or (k + 1 < len(copies) and copies[k + 1]))
    }
    kept = [
        Chapter(
            title=chapter.title,
            paragraphs=[p for index, p in enumerate(chapter.paragraphs) if (at, index) not in in_runs],
        )
        for at, chapter in enumerate(chapters)
    ]
    return [chapter for chapter in kept if chapter.paragraphs]


def said_once(paragraph: str) -> str:
    """The paragraph with the passage it opens with said once, where the passage (COPY_WORDS or
    more) comes again right after itself; what follows the copy stays (the headline and credit
    a page sets after its story's copy)."""
    words = paragraph.split()
    opening = words[:COPY_WORDS]
    last = len(words) - COPY_WORDS
    again = next((at for at in range(COPY_WORDS, last + 1) if words[at : at + COPY_WORDS] == opening), 0)
    if again and words[again : 2 * again] == words[:again]:
        return " ".join(words[:again] + words[2 * again :])
    return paragraph


def is_residual_furniture(paragraph: str) -> bool:
    return is_page_furniture(paragraph) or (len(paragraph.split()) <= MAX_FURNITURE_WORDS and is_article_end(paragraph))


def is_page_furniture(line: str) -> bool:
    """A line of the page's own, not the article's: a menu (a site's list of its sections or of its
    sister sites), a blog theme's line of where the post is filed (with the post's categories), a
    copyright line with its year (with the site's terms) or a button's or a notice's whole line
    ("If you enjoyed this post, please consider ...", "By signing up, you agree to ...", an embed's
    "This article contains content provided by ..."), however long; or a short line of furniture,
    a link out or a filing."""
    return (
        is_menu(line)
        or is_post_filing(line)
        or bool(COPYRIGHT.fullmatch(line.strip()))
        or is_button(line)
        or (len(line.split()) <= MAX_FURNITURE_WORDS and (is_furniture(line) or is_link_or_filing(line)))
    )
