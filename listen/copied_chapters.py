"""The chapters of a copied article: its section headings, a live blog's entries, a list
article's counted sections, the sections a table of contents names.

Also what the body holds but a listener should not hear: a quote set again large, a box of
other stories' teasers, a sign-up form, a lead printed twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .copied_lines import (
    HEADING_ENDS,
    INGREDIENTS,
    LIST_ROWS,
    POST_CREDIT,
    QUESTION_WORDS,
    SENTENCE_BREAK,
    SHORT_CHARS,
    STEP,
    STEPS_HEADING,
    TEASER_RUN,
    Line,
    is_box_label,
    is_byline,
    is_common_sentence,
    is_entry_time,
    is_heading,
    is_item,
    is_metadata,
    is_paragraph,
    is_plain_paragraph,
    is_plain_sentence,
    is_prose,
    is_question,
    is_sharing_tool,
    is_timestamp,
)
from .copied_lists import among_items, doubted_rows, entry_label, guide_entries, list_ends, lowercase_notes, plain_lists
from .furniture import (
    SIGN_UP,
    TEASER,
    is_article_end,
    without_edit_link,
)
from .model import Chapter
from .unwrap import BULLET, NUMBERED_MARK

REPEAT_WORDS = 8  # a lead this long, set again ...
REPEAT_LINES = 6  # ... this few lines below it, is heard once
SECTION_NUMBER = re.compile(r"(\d+)[.)]\s")  # a list article's section: "1. Ghent, Belgium"
BARE_NUMBER = re.compile(r"#?(\d{1,3})\.?")  # ... or its number alone over its heading: "10", "#10"
PHOTO_LINES = 2  # between a section's heading and its paragraph stand a photo's credit and caption at most
CONTENTS_NUMBER = re.compile(r"\d+(\.\d+)*\.?\s+")  # a table of contents' entry: "3.7.2 SpiderMonkey"
CONTENTS_LABEL = re.compile(  # what heads a table of contents: "Table of Contents", "In this article", "Sommaire"
    r"(?:(table of )?contents|in this (article|guide|post|story)|on this page|jump to( section)?|"
    r"inhalt(sverzeichnis)?|sommaire|índice|indice|contenidos|contenuti|inhoud|содержание)\s*:?",
    re.I,
)
NOT_WORD = re.compile(r"\W+")  # what parts a section's words, however its heading and its entry punctuate it
CONTENTS_WORDS = 12  # an entry of a table of contents is at most this long
CONTENTS_LABEL_WORDS = 3  # ... and the label over them ("Contents", "Table of contents", "In this article")
PULL_QUOTE_WORDS = 50  # a pull quote, the story's words set again large between its paragraphs, is this short
PULL_QUOTE_REACH = 4  # ... and stands this many lines from the paragraph it quotes, or fewer
QUOTED_LINE = re.compile(r"[“\"‘'«„].*[”\"’'»“]")  # a line set in quotation marks
QUOTED_SENTENCE = re.compile(r"[^.!?…]+[.!?…]*")  # a sentence (or its start) of a line, its quotes left out below
PITCH_WORDS = 30  # a newsletter's box amid a story pitches it in one sentence this long at most ...
BOX_NAME_WORDS = 6  # ... under a name this long at most
ENTRY_GAP = 3  # between two entries' text stand at most this many lines: a share button, the time, a heading
LETTER_OR_DIGIT = re.compile(r"[^\W_]")
LETTER = re.compile(r"[^\W\d_]")


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
    closing, rows, notes = closing_sentences(lines), doubted_rows(lines), lowercase_notes(lines)
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
    # A guide's entries, each under its name ("Mill Street Market" over "What: ...", "Where: ..."): the
    # name, or the kind above it ("EAT"), opens the entry's chapter. Unlike a table's rows, the entries
    # may hold headings of their own (an interview's, whose speakers' names are its labels).
    guides = guide_entries(lines)
    names = [(entry, name) for entry in guides if (name := entry_name(lines, entry)) >= 0]
    entry_heads = {name for _, name in names}
    # ... and the name under its kind ("Your Time" under "GIVE") opens none.
    under_kinds = {index for entry, name in names for index in range(name + 1, first_fact(lines, entry))}
    not_headings = (rows - {index for entry in guides for index in entry}) | under_kinds
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
        opens_guide_entry = index in entry_heads
        if (
            index >= list_until
            and line.chars < SHORT_CHARS
            and (
                opens_step
                or opens_section
                or index - 1 in counted
                or opens_entry
                or opens_recipe_part
                or opens_guide_entry
                or index in named
                or (
                    is_heading(line, heading_over(lines, index, notes))
                    and index not in listed
                    and index not in not_headings
                )
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
            or (article_lines == 0 and is_plain_sentence(line))  # the story's first, doubted under the page's menus
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


def entry_name(lines: list[Line], entry: range) -> int:
    """Where the name of a guide's entry stands above its first fact: the first line there with a
    letter and no sentence's or question's end ("Mill Street Market", not "<1>" above it, nor an
    interview's question); -1 where there is none."""
    above = range(entry.start, first_fact(lines, entry))
    return next((at for at in above if LETTER.search(lines[at].text) and not lines[at].text.endswith(HEADING_ENDS)), -1)


def first_fact(lines: list[Line], entry: range) -> int:
    """Where a guide's entry gives its first labelled fact ("What: ...")."""
    return next(index for index in entry if entry_label(lines[index]))


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


def closing_sentences(lines: list[Line]) -> int:
    """Where the body's closing run of plain sentences (and the questions they answer) starts
    (len(lines) where it ends otherwise). Its sentences are the story's however the line model
    doubts them, but for a question on its own (another story's headline)."""
    start = len(lines)
    while start > 0 and (
        is_plain_sentence(lines[start - 1])
        or (is_common_sentence(lines[start - 1]) and not is_lone_question(lines[start - 1].text))  # no teaser
        or is_plain_paragraph(lines[start - 1])
        or (start < len(lines) and is_question(lines[start - 1]))  # not a button's "What's this?" that ends the body
    ):
        start -= 1
    return start


def is_lone_question(text: str) -> bool:
    """A line that is one question only, as another story's headline may be; not the post's last
    paragraph that ends on one ("... Which trend is your favourite?")."""
    return text.endswith("?") and not SENTENCE_BREAK.search(text)


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


def section_name(text: str) -> str:
    """A section's name as its heading and its entry in a table of contents both give it."""
    return NOT_WORD.sub(" ", without_edit_link(CONTENTS_NUMBER.sub("", text, count=1))).strip().casefold()


def heading_over(lines: list[Line], index: int, notes: set[int]) -> list[Line]:
    """What a heading at `index` would stand over: the line under it (past_teaser), taken as the
    article's where it opens a list of notes (lowercase_notes), which the line model doubts, and the
    line over it is a sentence or a note (not another short line: a figure's name over its first
    step, "Cubanita" over "Enchufla")."""
    under_text = index > 0 and (index - 1 in notes or lines[index - 1].sentence)
    if index + 1 in notes and index not in notes and under_text:
        return [replace(lines[index + 1], label="good")]
    return past_teaser(lines, index + 1)


def past_teaser(lines: list[Line], index: int) -> list[Line]:
    """The line at `index`, or the one under it where that is a teaser: what a heading stands over
    past a wiki's "Main article: ..." note."""
    if index < len(lines) and TEASER.fullmatch(lines[index].text):
        index += 1
    return lines[index : index + 1]


def numbered_sections(lines: list[Line]) -> set[int]:
    """The headings of a list article's sections ("1. Ghent, Belgium", "2. Ljubljana, Slovenia"):
    LIST_ROWS or more short numbered lines, numbered in order, each over a paragraph (past its
    photo's credit, perhaps). A numbered list's last item over the prose below it is none."""
    numbers = {
        index: int(mark.group(1))
        for index, line in enumerate(lines[:-1])
        if (mark := SECTION_NUMBER.match(line.text))
        and line.chars < SHORT_CHARS
        and not line.sentence
        and (is_paragraph(text := paragraph_past_photo(lines, index)) or is_plain_paragraph(text))
    }
    steps = {later - earlier for earlier, later in zip(numbers.values(), list(numbers.values())[1:])}
    return set(numbers) if len(numbers) >= LIST_ROWS and steps in ({1}, {-1}) else set()


def paragraph_past_photo(lines: list[Line], index: int) -> Line:
    """The line under the one at `index`, past a photo's credit and caption (furniture) at most."""
    below = index + 1
    while below + 1 < len(lines) and below - index <= PHOTO_LINES and lines[below].furniture:
        below += 1
    return lines[below]


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


def is_lead_again(lines: list[Line], index: int, paragraphs: list[str]) -> bool:
    """The one paragraph kept so far (a short line or a button under it aside: "Choose text size",
    "Caption"), set again a few lines below it; not right below it (a page that prints a paragraph
    twice in a row is left as it is written)."""
    lead = paragraphs[0] if len(paragraphs) == 1 else ""
    near = lines[max(0, index - REPEAT_LINES) : index - 1]
    return (
        lines[index].text == lead and lines[index].words >= REPEAT_WORDS and any(other.text == lead for other in near)
    )


def neighbour(lines: list[Line], index: int, step: int) -> str:
    """The label of the nearest good or bad line in the direction `step`."""
    index += step
    while 0 <= index < len(lines):
        if lines[index].label in ("good", "bad"):
            return lines[index].label
        index += step
    return "bad"


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
