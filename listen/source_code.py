"""Computer code among an article's paragraphs: what no listener wants read sign by sign.

A page that marks its code (HTML's `<pre><code>`, Markdown's fences) has it left out where it is
read (webpage.py, markdown.py). A copied page, or an extractor's text of a page that marks it
otherwise, holds it as plain paragraphs: a tutorial's listing (`console.log(res.bodyUsed);`), or
a script that leaked into the copy (`var ie=document.all`), which a voice would read out as
"var ie equals document dot all". Code is known by the marks it is written with and prose is
not: braces, a statement's semicolon, a call's parentheses, an operator. One kind of them
alone is prose's too (a wiki's formula is all equals signs, an aside stands in braces, a list's
items end in semicolons); two kinds, one for every four words or more, are code.
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


def is_code(paragraph: str) -> bool:
    """Whether a paragraph is code: two kinds of code's marks or more, dense among its words."""
    text = WEB_ADDRESS.sub("", paragraph)
    counts = [len(mark.findall(text)) for mark in CODE_MARKS]
    kinds = sum(count > 0 for count in counts)
    return kinds >= 2 and sum(counts) >= MARKS_PER_WORD * max(1, len(text.split()))


def code_paragraphs(paragraphs: list[str]) -> set[int]:
    """The places of the paragraphs that are code, with the short lines of a listing around them
    that hold any of its marks (a closing brace, `return 0;`, `// hello.cpp`)."""
    code = {index for index, paragraph in enumerate(paragraphs) if is_code(paragraph)}
    for step in (1, -1):
        for index in sorted(code, reverse=step < 0):
            near = index + step
            while 0 <= near < len(paragraphs) and near not in code and is_listing_line(paragraphs[near]):
                code.add(near)
                near += step
    return code


def is_listing_line(paragraph: str) -> bool:
    """A short line with a mark of code: a listing's, when it stands by a line of code."""
    text = WEB_ADDRESS.sub("", paragraph)
    return len(text.split()) <= AROUND_WORDS and any(mark.search(text) for mark in CODE_MARKS)
