"""The Markdown cleaner: heard as its rendered page reads."""

from __future__ import annotations

import textwrap
import time

import pytest

from listen import clean, read_source
from listen.model import Article, Chapter

from .clean_pages import BODY, write


def test_the_markdown_listen_clean_prints_reads_back_as_the_same_article(tmp_path):
    """`listen clean page.html > story.md`, a fix by hand, then `listen convert story.md`: text that
    Markdown would take for its own marks (a heading's `#`, a list's `-` or `1.`, a tag, emphasis, an
    ampersand) is heard as it was, not as a heading, a list or a hidden tag."""
    paragraphs = [
        "#1 on the council's list is the old bridge, which closes on Tuesday.",
        "- 5 degrees is how cold it was when the supports cracked, said the engineer.",
        "1. Close the bridge. That was the first of the engineers' three steps.",
        "> Quoted from the minutes: the vote was *seven* to two, with snake_case_names and 2*3*4.",
        "The page's <script> tag and its & sign are words in this story about web pages.",
        "[Updated] A link's [text](like this) and `backticks` stay as they were written!",
        "==========",
        "    Four spaces open this paragraph | and a pipe | stands in it.",
    ]
    article = Article(
        title="Bridge #2: the *real* story", chapters=[Chapter(title="## Why <b>", paragraphs=paragraphs)]
    )
    markdown = write(tmp_path / "story.md", article.to_markdown())
    again = clean(read_source(str(markdown), 10**6))
    assert again.title == article.title
    assert [(chapter.title, chapter.paragraphs) for chapter in again.chapters] == [
        ("## Why <b>", [paragraph.strip() for paragraph in paragraphs])
    ]


def test_markdown_headings_become_chapters_and_bullets_the_summary(tmp_path):
    markdown = (
        f"# Bridge closes\n\n- Cars banned all winter\n- Supports cracked\n\n{BODY}\n\n"
        f"## What drivers should do\n\nTake the [ring road](https://example.com) instead, "
        f"which adds ten minutes to most trips.\n"
    )
    article = clean(read_source(str(write(tmp_path / "saved.md", markdown)), 10**6))
    assert article.title == "Bridge closes"
    assert article.summary == ["Cars banned all winter", "Supports cracked"]
    assert article.chapters[1].title == "What drivers should do"
    assert article.chapters[1].paragraphs[0].startswith("Take the ring road instead")


def test_a_markdown_note_that_is_a_list_alone_is_heard(tmp_path):
    """A list under a headline is a summary above the story; with no story under it, it is the note."""
    items = ["A tent that sleeps two", "The small gas stove and a spare canister", "Two litres of water each"]
    markdown = "# Packing for the coast walk\n\n" + "".join(f"- {item}\n" for item in items)
    article = clean(read_source(str(write(tmp_path / "packing.md", markdown)), 10**6))
    assert article.title == "Packing for the coast walk"
    assert article.summary == []
    assert [paragraph for chapter in article.chapters for paragraph in chapter.paragraphs] == items


def test_markdown_is_heard_as_its_rendered_page_reads(tmp_path):
    """Markdown a notes app saved: its front matter, a code block (blank lines and all), an image,
    a script, inline tags and a hidden block of HTML are not heard, HTML's visible text is; an underlined heading is a chapter; a table's rows and
    a label a hard line break ends pause as they do on a web page."""
    markdown = textwrap.dedent(f"""\
        ---
        title: Bridge closes
        saved: 2024-03-05
        ---

        # Bridge closes

        {BODY}

        ```
        $ curl https://example.com/closures

        {{"bridge": "closed"}}
        ```

        ![The bridge](bridge.jpg) <script>track()</script>

        <aside hidden><p>A ferry will carry cyclists across the river at rush hour.</p></aside>
        <p>Buses will run every ten minutes.</p>

        What drivers should do
        ----------------------

        Ring road:\\
        Take it <b>instead</b>, which adds ten minutes to most trips.

        | Route | Minutes |
        |---|---|
        | Ring road | 25 |
        """)
    article = clean(read_source(str(write(tmp_path / "saved.md", markdown)), 10**6))
    assert article.title == "Bridge closes"
    assert [(chapter.title, chapter.paragraphs) for chapter in article.chapters] == [
        ("", [BODY, "Buses will run every ten minutes."]),
        ("What drivers should do", ["Ring road: Take it instead, which adds ten minutes to most trips.",
                                    "Route, Minutes", "Ring road, 25"]),
    ]  # fmt: skip


@pytest.mark.parametrize("fields, expected", [
    # Obsidian's web clipper: the title quoted, authors as a list of links to notes.
    ('title: "Bridge closes: what drivers should know"\nsource: "https://example.com/bridge"\n'
     'author:\n  - "[[Ann Example]]"\n  - "[[Bo Writer]]"\npublished: 2024-03-05\ntags:\n  - clippings',
     ("Bridge closes: what drivers should know", "Ann Example, Bo Writer", "2024-03-05", "https://example.com/bridge")),
    # A static site's post: a date with its time, the address under another key.
    ("title: Bridge closes\nauthor: Ann Example\ndate: 2024-03-05T09:30:00+01:00\nurl: https://example.com/b",
     ("Bridge closes", "Ann Example", "2024-03-05", "https://example.com/b")),
    # What no player may be handed: a script for an address, a date that is none.
    ("title: Bridge closes\nurl: javascript:alert(1)\ndate: last week", ("Bridge closes", "", "", "")),
    ("title: Bridge closes\nsource: https://example.com/a b", ("Bridge closes", "", "", "")),
    # Not fields at all: brackets nested past the parser's depth, or aliases that expand a billion times.
    ("title: " + "[" * 20_000, (None, "", "", "")),
    ("a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n" for p, c in zip("abcdefgh", "bcdefghi")
     ) + "title: [*i]", (None, "", "", "")),
])  # fmt: skip
def test_markdowns_front_matter_names_the_article_and_is_not_heard(tmp_path, fields, expected):
    """The YAML a notes or read-it-later app writes above a saved article gives its title, authors,
    date and address (where the text has no `#` headline), and is not read aloud; what no player
    should be given, or a block that is no fields, gives nothing (the title is then found as for
    any article, None here) and stops nothing."""
    markdown = f"---\n{fields}\n---\n- Cars banned all winter\n- Supports cracked\n\n{BODY}\n"
    started = time.monotonic()
    article = clean(read_source(str(write(tmp_path / "clipped.md", markdown)), 10**6))
    assert time.monotonic() - started < 10
    title, byline, date, url = expected
    assert (article.byline, article.date, article.url) == (byline, date, url)
    heard = [p for chapter in article.chapters for p in chapter.paragraphs]
    assert heard[-1] == BODY and not any("title" in p or "[[" in p for p in heard)
    if title is not None:
        assert (article.title, article.summary) == (title, ["Cars banned all winter", "Supports cracked"])


def test_markdown_that_opens_with_a_rule_is_read_whole_and_soon(tmp_path):
    """A rule at the top of an article, over a list and paragraphs with no front matter's closing
    line below (a rule under a blank line is none): nothing under it is lost, and looking for
    that closing line costs no time however many lines it passes."""
    stops = [f"Stop {n} on the ring road, by the garage at the corner" for n in range(40)]
    paragraphs = [BODY.replace("Tuesday", f"day {n}") for n in range(200)]
    markdown = "---\n" + "\n".join(f"- {stop}" for stop in stops) + "\n\n" + "\n\n---\n\n".join(paragraphs)
    started = time.monotonic()
    article = clean(read_source(str(write(tmp_path / "ruled.md", markdown)), 10**7))
    assert time.monotonic() - started < 10
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == stops + paragraphs
