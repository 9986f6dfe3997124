"""Lists and tables in a copied page: where each ends, and which rows the line model doubts.

A list's items, a table's rows and a how-to's steps are short lines the line model finds unlike
prose; where a sentence introduces them or marks number them, they are the article's, and the
body runs past them (textdump.py) to the paragraph under them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from .copied_lines import (
    COPYRIGHT,
    LIST_ITEM,
    LIST_ROWS,
    NUMBERED_ITEM,
    PLAIN_INTRO_WORDS,
    PLAIN_ITEM_WORDS,
    STEP,
    TEASER_LABEL,
    Line,
    is_amount,
    is_bullet,
    is_heading,
    is_labelled,
    is_navigation,
    is_paragraph,
    is_plain_paragraph,
    is_table_row,
)
from .furniture import (
    is_article_end,
    is_link_or_filing,
    is_set_in_story,
)

NOTE_WORDS = 5  # a note in a list whose bullets the copy lost has at least this many words
STEP_GAP = 12  # a how-to's numbered step stands at most this many lines below the one before
RIGHTS_RESERVED = re.compile(r"\ball rights reserved\b", re.I)
ENTRY_LABEL = re.compile(r"([^\W\d][\w /&()-]{0,30}): \S")  # "What: ...", "Where: ..." in each entry of a guide


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
    """The lines of tables of figures, of a how-to's numbered steps, of lists of notes whose bullets
    the copy lost and of a guide's labelled entries, which the line model doubts and the article
    holds."""
    return table_rows(lines) | numbered_steps(lines) | lowercase_notes(lines) | labelled_entries(lines)


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


def lowercase_notes(lines: list[Line]) -> set[int]:
    """The lines of each list of notes whose bullets the copy lost: LIST_ROWS or more lines in a
    row, each opening with a small letter and of NOTE_WORDS words or more ("we are fundamentally
    starting with the wrong questions"). A menu's lowercase items are shorter ("frequently asked
    questions."), and the line model doubts such notes, which would end the reading at the first."""
    found: set[int] = set()
    start = 0
    for index, line in enumerate([*lines, None]):
        if line is None or not is_lowercase_note(line):
            if index - start >= LIST_ROWS:
                found.update(range(start, index))
            start = index + 1
    return found


def is_lowercase_note(line: Line) -> bool:
    """A line of the page's own that opens with a word in small letters (not "iPhone", nor a link
    alone) and is long enough to say something."""
    words = line.text.split()
    return (
        len(words) >= NOTE_WORDS
        and words[0].islower()
        and not line.furniture
        and not line.repeated
        and not is_navigation(line)
        and not is_link_or_filing(line.text)
    )


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


def labelled_entries(lines: list[Line]) -> set[int]:
    """The lines of a guide's entries (guide_entries), which the line model doubts more the further
    down the page they stand: a guide would end at its second."""
    return {index for entry in guide_entries(lines) for index in entry}


def guide_entries(lines: list[Line]) -> list[range]:
    """The entries of a guide that give the same facts under the same labels ("What: ...", "Why:
    ...", "Where: ..." under each gift's name), each from its name (entry_head) to its last fact:
    LIST_ROWS or more entries in a run (entry_runs), whose first label gives NOTE_WORDS words on
    average and another recurs as often."""
    labels = [entry_label(line) for line in lines]
    entries: list[range] = []
    for label in set(labels) - {""}:
        for run in entry_runs([index for index, own in enumerate(labels) if own == label]):
            end = run[-1] + 1
            while end < len(lines) and labels[end] not in ("", label):
                end += 1  # the other facts of the last entry
            others = Counter(labels[index] for index in range(run[0], end) if labels[index] not in ("", label))
            facts = [len(lines[index].text.split(": ", 1)[1].split()) for index in run]
            if (
                len(run) >= LIST_ROWS
                and sum(facts) >= NOTE_WORDS * len(run)
                and max(others.values(), default=0) >= LIST_ROWS
            ):
                heads = [entry_head(lines, labels, index) for index in run]
                entries += [range(head, below) for head, below in zip(heads, [*heads[1:], end])]
    return entries


def entry_head(lines: list[Line], labels: list[str], first_fact: int) -> int:
    """Where an entry whose first fact stands at `first_fact` opens: at its name, and the kind above
    it ("GIVE", then "Your Time"), short lines of no label and no sentence; at its first fact where
    it has no name."""
    head = first_fact
    while head > max(0, first_fact - 2) and not labels[head - 1] and is_table_label(lines[head - 1]):
        head -= 1
    return head


def entry_runs(positions: list[int]) -> list[list[int]]:
    """The positions of a label, in runs of entries: each more than one line (an entry gives more
    than one fact) and at most STEP_GAP lines below the one before."""
    runs: list[list[int]] = []
    for position in positions:
        if runs and 1 < position - runs[-1][-1] <= STEP_GAP:
            runs[-1].append(position)
        else:
            runs.append([position])
    return runs


def entry_label(line: Line) -> str:
    """The label a line of the page's own opens with ("where" for "Where: Available at ..."), or ""."""
    label = ENTRY_LABEL.match(line.text)
    if not label or line.furniture or line.repeated or is_link_or_filing(line.text):
        return ""
    return label.group(1).casefold()


def is_table_label(line: Line) -> bool:
    """A table's header row or caption: a short line, no sentence; or the question a poll's table
    answers ("Do you approve of the job Doug Melvin is doing as General Manager?")."""
    return not line.furniture and ((line.words <= PLAIN_ITEM_WORDS and not line.sentence) or line.text.endswith("?"))


def heads_list(lines: list[Line], index: int) -> bool:
    """A heading over a numbered list: Ingredients, then 1 cup butter."""
    following = lines[index + 1 : index + 2]
    return bool(following) and bool(NUMBERED_ITEM.match(following[0].text)) and is_heading(lines[index], following)


def among_items(lines: list[Line], index: int) -> bool:
    """An item beside another of its kind, not a heading: a recipe's ingredient ("2 large red
    capsicum" over "150g hazelnuts"), or a fact box's line ("Born: 12 March 1932" over "Died: 1
    December 2026")."""
    beside = lines[index + 1 : index + 2] + (lines[index - 1 : index] if index > 0 else [])
    return any(kind(lines[index]) and any(kind(line) for line in beside) for kind in (is_amount, is_labelled))
