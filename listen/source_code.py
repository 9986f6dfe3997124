"""Computer code among an article's paragraphs: what no listener wants read sign by sign.

A page that marks its code (HTML's `<pre><code>`, Markdown's fences) has it left out where it is
read (webpage.py, markdown.py). A copied page, or an extractor's text of a page that marks it
otherwise, holds it as plain paragraphs: a tutorial's listing (`console.log(res.bodyUsed);`), or
a script that leaked into the copy (`var ie=document.all`), which a voice would read out as
"var ie equals document dot all". Code is known by the marks it is written with and prose is
not: braces, a statement's semicolon, a call's parentheses, an operator. One kind of them
alone is prose's too (a wiki's formula is all equals signs, an aside stands in braces, a list's
items end in semicolons); two kinds, one for every four words or more, are code, and so are short
lines that hold two kinds together, one at least on every other line, each too short to tell.
"""

from __future__ import annotations

import re

CODE_MARKS = (
    re.compile(r"[{}]"),  # a block
    re.compile(r";\s*$|;\s*(?://|[})]|(?:\w+\s+)?\w+\s*(?:[(=]|\.(?=\w)))"),  # a statement's end, before another
    re.compile(r"\(\s*\)|\w\s?\.\s?[a-z_]\w*\s?\("),  # a call: `init()`, `console.log(`, a copy's `res. text (`
    re.compile(r"=>|&&|\|\||[!=]==?|(?<![:/])//|\w\s?=\s?[\w\"'(\[{]"),  # an operator, a comment, `x=1`
)
WEB_ADDRESS = re.compile(r"\b(?:https?|ftp)://\S+")  # its query's `=` and `&` are no code's
MARKS_PER_WORD = 0.25  # code is dense with its marks; a sentence about code is not
AROUND_WORDS = 6  # a line of a listing by a line of code (`}`, `return 0;`) is at most this long
LISTING_WORDS = 8  # ... and a line of a listing whose lines are each too short to tell at most this


def is_code(paragraph: str) -> bool:
    """Whether a paragraph is code: two kinds of code's marks or more, dense among its words."""
    counts = mark_counts(paragraph)
    return kinds(counts) >= 2 and sum(counts) >= MARKS_PER_WORD * max(1, len(paragraph.split()))


def is_listing(lines: list[str]) -> bool:
    """Whether short lines are a listing together: two kinds of code's marks or more among them,
    and one at least on half of them (`int add(int x, int y) {`, `return x + y;`)."""
    counts = [mark_counts(line) for line in lines]
    marked = sum(any(line) for line in counts)
    return kinds([sum(column) for column in zip(*counts)]) >= 2 and 2 * marked >= len(lines)


def mark_counts(text: str) -> list[int]:
    """How many of each kind of code's marks the text holds, outside its web addresses."""
    text = WEB_ADDRESS.sub("", text)
    return [len(mark.findall(text)) for mark in CODE_MARKS]


def kinds(counts: list[int]) -> int:
    """How many kinds of code's marks there are, from each kind's count."""
    return sum(count > 0 for count in counts)


def code_paragraphs(paragraphs: list[str]) -> set[int]:
    """The places of the paragraphs that are code: each that is code alone, each run of short lines
    that is a listing together, and the short lines around them that hold any of code's marks (a
    closing brace, `return 0;`, `// hello.cpp`)."""
    code = {index for index, paragraph in enumerate(paragraphs) if is_code(paragraph)}
    for start, end in short_runs(paragraphs):
        if end - start >= 2 and is_listing(paragraphs[start:end]):
            code.update(range(start, end))
    for step in (1, -1):
        for index in sorted(code, reverse=step < 0):
            near = index + step
            while 0 <= near < len(paragraphs) and near not in code and is_listing_line(paragraphs[near]):
                code.add(near)
                near += step
    return code


def is_listing_line(paragraph: str) -> bool:
    """A short line with a mark of code: a listing's, when it stands by a line of code."""
    return len(paragraph.split()) <= AROUND_WORDS and any(mark_counts(paragraph))


def short_runs(paragraphs: list[str]) -> list[tuple[int, int]]:
    """The [start, end) of each run of short lines that end no sentence: a listing's, or a list's."""
    runs, start = [], 0
    for index, paragraph in enumerate([*paragraphs, "."]):
        if len(paragraph.split()) > LISTING_WORDS or paragraph.rstrip().endswith((".", "!", "?")):
            if index > start:
                runs.append((start, index))
            start = index + 1
    return runs
