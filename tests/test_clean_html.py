"""The HTML cleaner: trafilatura's article, and what the page's copied text puts back or takes away."""

from __future__ import annotations

import pytest

from listen import clean, read_source
from listen.cleaner import (
    adds_comments,
    holds_more_of_it,
    reads_copied_instead,
)
from listen.copied_lines import make_lines
from listen.language import page_language
from listen.speech import split_sentences
from listen.textdump import CopiedPage, word_runs

from .clean_pages import (
    BODY,
    HTML_PAGE,
    example_paragraphs,
    headings_and_paragraphs,
    html_story,
    story,
    write,
)


def test_html_gives_title_metadata_and_chapters_from_headings(tmp_path):
    article = clean(read_source(str(write(tmp_path / "page.txt", HTML_PAGE)), 10**6))
    assert article.title == "Bridge closes for the winter"
    assert article.byline == "Ann Example"
    assert article.date == "2024-03-05"
    assert article.language == "en"
    assert [chapter.title for chapter in article.chapters] == ["", "What drivers should do"]
    assert article.chapters[0].paragraphs == [BODY]
    assert "All rights reserved" not in article.to_markdown()


def test_a_gallerys_named_pictures_are_heard_as_a_list(tmp_path):
    """A post shows its designs, each a heading over its picture and no text: the names are the
    list the article reads, not empty chapters dropped."""
    names = ["Season's Greetings", "Christmas Ribbon", "Present Time!", "Retro Santa", "Snowy Tree", "Warm Hands"]
    gallery = "".join(f'<h3>{name}</h3><p><img src="/design{n}.jpg" alt=""></p>' for n, name in enumerate(names))
    closing = BODY.replace("council", "mayor")
    page = (HTML_PAGE.split("<article>")[0] + f"<article><h1>Bridge closes for the winter</h1><p>{BODY}</p>"
            f"{gallery}<h2>What drivers should do</h2><p>{closing}</p></article></body></html>")  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "a.html", page)), 10**6))
    assert headings_and_paragraphs(article) == [BODY, *names, "What drivers should do", closing]


def test_headings_over_icons_above_the_articles_first_text_are_not_heard(tmp_path):
    """A site's toolbar can be headings each over an icon, like a gallery's: above the story's
    first paragraph they are the page's, not the article's list."""
    toolbar = "".join(
        f'<h3>{name}</h3><p><img src="/{name}.png" alt=""></p>' for name in ["Search", "Archive", "Contact"]
    )
    page = (
        HTML_PAGE.split("<article>")[0] + f"<article>{toolbar}<h2>Bridge news</h2><p>{BODY}</p></article></body></html>"
    )
    article = clean(read_source(str(write(tmp_path / "a.html", page)), 10**6))
    assert headings_and_paragraphs(article) == ["Bridge news", BODY]


@pytest.mark.parametrize("bridge", [
    'the <span id="more-36977"></span>bridge',  # a blog's "read more" anchor
    'the bridge <span data-widget="ticker" data-ticker-name="BRDG"></span>',  # a stock ticker's empty widget
    "the <em></em>bridge",
    'the <span class="icon"><img src="/pin.png" alt=""></span>bridge',
    'the <span class="link"><a href="/topics/bridges">bridge</a></span>',  # a link in a box of its own
    'the <span style="border-bottom: 1px dotted">bridge</span>',  # a term's dotted underline
])  # fmt: skip
def test_a_sentence_is_heard_whole_around_an_inline_element(tmp_path, bridge):
    """An inline element in the middle of a paragraph, empty or holding one of its words: the
    paragraph is heard whole (trafilatura's precision mode drops such an element and, after an
    empty one, the rest of the paragraph with it)."""
    sentence = "Engineers found two cracked supports last year, and {} could not carry cars again this winter."
    paragraphs = [BODY, sentence.format(bridge), BODY.replace("council", "mayor")]
    article = clean(read_source(str(write(tmp_path / "a.html", html_story(paragraphs))), 10**6))
    heard = [p for chapter in article.chapters for p in chapter.paragraphs]
    assert heard == [BODY, sentence.format("the bridge"), paragraphs[2]]


@pytest.mark.parametrize("lines, sentences", [
    (["The Maximalist", "If she insists on every feature, this is the one for her."],  # a heading set as a line
     ["The Maximalist.", "If she insists on every feature, this is the one for her."]),
    (["Pricing: $45", "Requirements: WordPress 6 or later"], ["Pricing: $45.", "Requirements: WordPress 6 or later"]),
    (["By ANN EXAMPLE", "Associated Press"], ["By ANN EXAMPLE.", "Associated Press"]),
    (["The council met on Monday and agreed that", "the bridge will close."],  # a line broken mid-sentence
     ["The council met on Monday and agreed that the bridge will close."]),
    (["Photographs by", "Ann Example"], ["Photographs by Ann Example"]),
    (["Engineers found two cracked supports last year under the bridge over the", "River Test in the cold."],
     ["Engineers found two cracked supports last year under the bridge over the River Test in the cold."]),
])  # fmt: skip
def test_a_line_a_line_break_ends_is_heard_as_a_label_only_where_it_is_one(tmp_path, lines, sentences):
    """Lines of a paragraph that `<br>` breaks: a short one that ends with no mark, over a line
    that opens with a capital, is a heading or a label set as a line, and the voice ends it there
    rather than run it into the next sentence; a sentence the break cuts, or a long line, is
    heard as one sentence."""
    page = html_story([BODY, "<br>".join(lines), BODY.replace("council", "mayor")])
    article = clean(read_source(str(write(tmp_path / "a.html", page)), 10**6))
    heard = [p for chapter in article.chapters for p in chapter.paragraphs]
    assert len(heard) == 3
    assert split_sentences(heard[1]) == sentences


def test_a_tables_rows_are_heard_with_a_pause_between_cells(tmp_path):
    """A table in a story: each row is heard as one paragraph whose cells the voice parts with
    a comma, unless a cell ends with a mark of its own or holds no word (a dash for "none")."""
    rows = [["Quarter", "Revenue", "Change"], ["First", "$4.2 billion", "up 12%"], ["Second", "—", "down 7%."]]
    table = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    page = HTML_PAGE.split("<article>")[0] + "<article><h1>Bridge closes for the winter</h1>"
    page += f"<p>{BODY}</p><table>{table}</table><p>{BODY.replace('council', 'mayor')}</p></article></body></html>"
    article = clean(read_source(str(write(tmp_path / "a.html", page)), 10**6))
    heard = [p for chapter in article.chapters for p in chapter.paragraphs]
    assert heard[1:4] == ["Quarter, Revenue, Change", "First, $4.2 billion, up 12%", "Second — down 7%."]


def test_a_story_that_trafilatura_passes_on_as_one_container_keeps_its_paragraphs_and_headings(tmp_path):
    """A story whose paragraphs, heading and photos stand in one `<div>`, which trafilatura passes
    on whole: each paragraph is heard as one, the heading marks a chapter, and the headline is not
    read into the first paragraph."""
    paragraphs = story(4)
    photos = "".join(
        f'<div class="photo"><img src="/p{n}.jpg" alt=""><cite>The bridge on day {n}, seen from the bank.</cite></div>'
        for n in range(24)
    )
    page = (
        "<html><head><title>Bridge closes for the winter - Town News</title></head><body><div class='story'>"
        f"<h1>Bridge closes for the winter</h1><p>{paragraphs[0]}</p><p>{paragraphs[1]}</p>"
        f"<div class='gallery'>{photos}</div><h2>What drivers should do</h2><p>{paragraphs[2]}</p><p>{paragraphs[3]}</p>"
        "</div></body></html>"
    )
    article = clean(read_source(str(write(tmp_path / "story.html", page)), 10**6))
    assert article.chapters[0].paragraphs[:2] == paragraphs[:2]
    assert (article.chapters[-1].title, article.chapters[-1].paragraphs) == ("What drivers should do", paragraphs[2:])


def test_a_gallerys_captions_inside_a_story_are_not_heard(tmp_path):
    """A story with a gallery of 30 photos between its first paragraph and the rest, each photo
    with a caption that reads like prose: the story is heard whole and no caption is."""
    paragraphs = [
        BODY,
        "Drivers will have to take the ring road instead, which adds about twenty minutes to a morning "
        "trip from the villages north of the river into the town centre.",
        "Shopkeepers on the high street said they feared losing customers during the busiest weeks of the "
        "year, and asked for free parking near the market square.",
        "The mayor promised that buses would run every ten minutes over the winter and that a ferry would "
        "carry people on foot across the water at rush hour.",
        "Engineers plan to replace both supports with steel frames sunk into the riverbed, work they expect "
        "to finish before the first warm days of April.",
    ]
    gallery = "".join(
        f'<div class="slide"><img src="/p{n}.jpg" alt=""><p class="slideCaption">Walkers cross the old bridge '
        f"on a bright morning, {n} days before it closed to cars for repairs to its cracked supports.</p></div>"
        for n in range(30)
    )
    page = (
        "<html><head><title>Bridge closes - Town News</title></head><body><div class='nav'><a href='/'>Home</a></div>"
        f"<h1>Bridge closes for the winter</h1><div class='intro'><p>{paragraphs[0]}</p></div>"
        f"<div class='gallery'>{gallery}</div><div class='more'>"
        + "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs[1:])
        + "</div><div class='footer'>Copyright 2024 Town News. All rights reserved.</div></body></html>"
    )
    article = clean(read_source(str(write(tmp_path / "gallery.html", page)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


def test_a_hidden_span_in_a_sentence_stays_unheard(tmp_path):
    middle = (
        'Engineers found two cracked supports last year. <span class="link" style="display: none">Click '
        "here</span>They said it could not carry cars again until the supports were replaced this winter."
    )
    paragraphs = [BODY, middle, BODY.replace("council", "mayor")]
    article = clean(read_source(str(write(tmp_path / "a.html", html_story(paragraphs))), 10**6))
    assert "Click here" not in article.to_markdown()


@pytest.mark.parametrize(
    "menu",
    [
        "Home | News Archives | Feedback | About Us",
        # however long (a site's sections, its sister sites), and with its label on the first item
        "Home | News | Opinion | Today | Sports | Business | Classifieds | Place an Ad | Subscribe | "
        "Become a Carrier | Your Newspaper",
        "Sections: Top Stories | National | International | Business | Sport",
    ],
)
def test_a_menu_on_one_line_is_not_heard_but_a_recipes_facts_are(tmp_path, menu):
    facts = "Prep Time: 2 Hours | Cook Time: 10 Minutes | Servings: 16"
    second = BODY.replace("council", "mayor").replace("winter", "summer")
    page = html_story([BODY, menu, facts, second])
    article = clean(read_source(str(write(tmp_path / "a.html", page)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == [BODY, facts, second]


EMBED_CONSENT = (
    "This article contains content provided by Twitter. We ask for your permission before anything is loaded, as "
    "they may be using cookies and other technologies. You may want to read Twitter's cookie policy and privacy "
    "policy before accepting. To view this content choose 'accept and continue'."
)


@pytest.mark.parametrize("prompt", [
    "Show comments", "View 12 comments", "Join the conversation", "Comment on this story", "Gift Article",
    "Allow Twitter content?", EMBED_CONSENT, "Accept and continue",
])  # fmt: skip
def test_a_prompt_to_comment_or_a_button_inside_the_story_is_not_heard(tmp_path, prompt):
    """The page's own prompts inside its article element, which trafilatura keeps: not heard, and
    the story goes on past them."""
    second = BODY.replace("council", "mayor").replace("winter", "summer")
    article = clean(read_source(str(write(tmp_path / "a.html", html_story([BODY, prompt, second]))), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == [BODY, second]


def test_a_heading_that_is_a_pages_button_or_menu_marks_no_chapter(tmp_path):
    """A photo's "View Larger Image" and an advert's "Advertise | AdChoices" set as headings in the
    story: a listener gets no chapter named after them, and the paragraphs under them are heard in
    the chapter before; the story's own heading stays a chapter."""
    paragraphs = [
        BODY,
        BODY.replace("council", "mayor"),
        BODY.replace("bridge", "tunnel"),
        BODY.replace("winter", "spring"),
    ]
    page = (
        "<html><head><title>Bridge closes - Town News</title></head><body><article><h1>Bridge closes for the winter</h1>"
        f"<p>{paragraphs[0]}</p><h2>View Larger Image</h2><p>{paragraphs[1]}</p><h2>What drivers should do</h2>"
        f"<p>{paragraphs[2]}</p><h2>Advertise | AdChoices</h2><p>{paragraphs[3]}</p></article></body></html>"
    )
    article = clean(read_source(str(write(tmp_path / "story.html", page)), 10**6))
    assert [(chapter.title, chapter.paragraphs) for chapter in article.chapters] == [
        ("", paragraphs[:2]),
        ("What drivers should do", paragraphs[2:]),
    ]


def test_links_out_and_where_a_post_is_filed_are_not_heard(tmp_path):
    """A link set as a heading ("See more video »"), and below the story where it is filed, its
    permalink and a link to more stories, and above it a link to the post before: a listener hears
    none of them, and the paragraphs under the link are heard in the chapter before. A quotation in
    guillemets stays, and so does one that opens a paragraph and runs on into the next."""
    paragraphs = [
        BODY,
        BODY.replace("council", "mayor"),
        "« Nous resterons ouverts »",
        "« Nous ne fermerons pas, dit le maire.",
        BODY.replace("bridge", "tunnel"),
    ]
    filing = ["Posted by annexample in Town News.", "Tags: bridges, council, winter", "Posted in: News | comments |",
              "October 2, 2012 | Permalink", "More Articles in News »", "‹ Back to Story"]  # fmt: skip
    page = (
        "<html><head><title>Bridge closes - Town News</title></head><body><article>"
        "<p>« Snow came early to the valley | Main</p><h1>Bridge closes for the winter</h1>"
        f"<p>{paragraphs[0]}</p><h2>See more video »</h2><p>{paragraphs[1]}</p><h2>What drivers should do</h2>"
        + "".join(f"<p>{line}</p>" for line in [*paragraphs[2:], *filing])
        + "</article></body></html>"
    )
    article = clean(read_source(str(write(tmp_path / "story.html", page)), 10**6))
    assert [(chapter.title, chapter.paragraphs) for chapter in article.chapters] == [
        ("", paragraphs[:2]),
        ("What drivers should do", paragraphs[2:]),
    ]


def book_page(headline: str, site: str, headings: list[str], paragraphs: list[str]) -> str:
    """A page as mdBook writes it (Hugo and many blog themes alike): the site's name in the menu
    bar's `<h1>`, then in `<div id="content">` the headline, an `<h1>`, and each section's `<h2>`,
    each a link to itself (there trafilatura drops such headings, and keeps plain ones)."""
    sections = [headline, *headings]
    per_section = len(paragraphs) // len(sections)
    body = "".join(
        f"<{tag} id='s{n}'><a class='header' href='#s{n}'>{heading}</a></{tag}>"
        + "".join(f"<p>{p}</p>" for p in paragraphs[n * per_section : (n + 1) * per_section])
        for n, (tag, heading) in enumerate(zip(["h1"] + ["h2"] * len(headings), sections))
    )
    return (
        f"<html><head><title>{headline} - {site}</title></head><body><div class='menu-bar'>"
        f"<h1 class='menu-title'>{site}</h1></div><div id='content' class='content'><main>{body}</main></div></body></html>"
    )


def test_a_heading_that_links_to_itself_is_heard_and_titles_the_article(tmp_path):
    """trafilatura drops a heading whose words are a link, and takes the menu bar's <h1> for its
    title: a book's chapter was titled with the book's name and its sections played unlabelled."""
    paragraphs = story(6)
    page = book_page("What the tide mill grinds", "Tide Notes", ["History", "The mill today"], paragraphs)
    article = clean(read_source(str(write(tmp_path / "mill.html", page)), 10**6))
    assert article.title == "What the tide mill grinds"
    assert [chapter.title for chapter in article.chapters] == ["", "History", "The mill today"]
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


@pytest.mark.parametrize("mark", [
    "<a class='headerlink' href='#history' title='Link to this heading'>¶</a>",  # Sphinx
    "<a class='headerlink' href='#history'>&para;</a>",
    "<span><a class='mark' href='#history' id='history'>#</a></span>",  # Node.js
    " <a href='#history' aria-label='Permalink'>§</a>",
])  # fmt: skip
def test_the_mark_that_links_to_a_section_is_not_heard_with_its_heading(tmp_path, mark):
    """Sphinx, Node's and many blogs' documentation set a link to the section beside its heading
    ("History¶", "History#"): a listener hears and sees "History", not "History pilcrow"."""
    paragraphs = story(6)
    page = (
        "<html><head><title>Tide mill</title></head><body><article><h1>Tide mill</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs[:3])
        + f"<h2 id='history'>History{mark}</h2>"
        + "".join(f"<p>{p}</p>" for p in paragraphs[3:])
        + "</article></body></html>"
    )
    article = clean(read_source(str(write(tmp_path / "mill.html", page)), 10**6))
    assert [chapter.title for chapter in article.chapters] == ["", "History"]
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


def test_a_pages_code_blocks_are_not_heard_and_its_preformatted_prose_is(tmp_path):
    """A tutorial's code (`<pre><code>`, as Markdown renderers and highlighters write it) is left out,
    as the Markdown reader leaves a fenced block out: heard, it is noise ("fn main let s equals").
    Text set in a bare `<pre>` (a wire story, a press release) is the article, and is read."""
    paragraphs = story(6)
    code = "<pre><code class='language-python'>def tide(hour):\n    return hour % 12.4\n</code></pre>"
    wire = "<pre>The council met on Monday to discuss\nthe repairs to the old mill, which\nreopened in spring.</pre>"
    page = (
        "<html><head><title>Tide mill</title></head><body><article><h1>Tide mill</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs[:3])
        + code
        + "".join(f"<p>{p}</p>" for p in paragraphs[3:])
        + wire
        + "</article></body></html>"
    )
    article = clean(read_source(str(write(tmp_path / "mill.html", page)), 10**6))
    heard = [p for chapter in article.chapters for p in chapter.paragraphs]
    assert heard == [
        *paragraphs,
        "The council met on Monday to discuss the repairs to the old mill, which reopened in spring.",
    ]


def test_a_plain_pages_section_headings_are_heard(tmp_path):
    """A page whose headings and paragraphs stand straight in its body (a project's documentation,
    a static page): trafilatura keeps the paragraphs and drops every heading; they are put back,
    each over the paragraph that follows it on the page, and a date set as a heading is not."""
    paragraphs = story(6)
    page = (
        "<html><head><title>Tide mill</title></head><body><h1>Tide mill</h1><h3>Tuesday 8th January 2008</h3>"
        + "".join(f"<p>{p}</p>" for p in paragraphs[:2])
        + "<h2 id='history'>History</h2>"
        + "".join(f"<p>{p}</p>" for p in paragraphs[2:4])
        + "<h2 id='today'>The mill today</h2>"
        + "".join(f"<p>{p}</p>" for p in paragraphs[4:])
        + "</body></html>"
    )
    article = clean(read_source(str(write(tmp_path / "mill.html", page)), 10**6))
    assert [chapter.title for chapter in article.chapters] == ["", "History", "The mill today"]
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


def test_a_headline_the_title_holds_is_not_heard_again_as_a_chapter(tmp_path):
    """A blog titles its page "Blog Name: Post title" and sets the post's title over its first
    paragraph: the listener hears it once, in the title, not again as the first chapter's."""
    paragraphs = story(4)
    page = (
        "<html><head><title>Tide Notes: What the mill grinds</title></head><body>"
        "<h2>What the mill grinds</h2>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"
    )
    article = clean(read_source(str(write(tmp_path / "mill.html", page)), 10**6))
    assert article.title == "Tide Notes: What the mill grinds"
    assert [chapter.title for chapter in article.chapters] == [""]
    assert article.chapters[0].paragraphs == paragraphs


def test_a_site_name_set_as_the_first_heading_does_not_title_the_article(tmp_path):
    """A page titled "Headline | Site" whose first heading is the site's name keeps its headline."""
    paragraphs = story(4)
    page = (
        "<html><head><title>When the tide turns | Ann Example</title>"
        "<meta property='og:site_name' content='annexample.com'></head><body><article>"
        "<h2>Ann Example</h2><h1>When the tide turns</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )
    article = clean(read_source(str(write(tmp_path / "tide.html", page)), 10**6))
    assert article.title == "When the tide turns"


def test_an_html_article_split_across_containers_is_read_whole(tmp_path):
    """trafilatura keeps the first container and drops the rest as a sidebar; the page's copied
    text holds the whole article, and the cleaner reads that."""
    paragraphs = example_paragraphs()
    page = (
        "<html><head><title>The tide mill</title></head><body><nav><a href='/'>Home</a></nav>"
        "<article><h1>Volunteers bring a tide mill back to work</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs[:2])
        + "</article><div class='related-posts sidebar'>"
        + "".join(f"<p>{p}</p>" for p in paragraphs[2:])
        + "</div><footer>Copyright 2025 Elm News. All rights reserved.</footer></body></html>"
    )
    article = clean(read_source(str(write(tmp_path / "mill.html", page)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


@pytest.mark.parametrize("damage, lines", [('("font");\n}', True), ('</titlevalue="true">', False)])
def test_an_html_page_that_leaves_its_title_open_is_read(tmp_path, damage, lines):
    """A damaged head: the title's closing tag lost (a script's tail after it), or garbled on a
    page written on one line. Left open, the parser takes the whole page for the title and reads
    no article."""
    page = HTML_PAGE.replace("<title>Bridge closes - Town News</title>", f"<title>Bridge closes - Town News{damage}")
    page = page if lines else page.replace("\n", " ")
    article = clean(read_source(str(write(tmp_path / "page.html", page)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == [
        BODY, BODY.replace("council", "mayor"), BODY.replace("bridge", "tunnel")
    ]  # fmt: skip


def test_an_html_page_whose_root_tag_closes_on_itself_is_read(tmp_path):
    """A damaged page whose head was cut off mid-tag ("<html xmogo.jpg" alt="..." />"): a browser
    ignores the slash; the parser took the page to end there and read nothing."""
    page = HTML_PAGE.replace('<html lang="en">', '<html xmogo.jpg" alt="Town News" width="145" />')
    article = clean(read_source(str(write(tmp_path / "page.html", page)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == [
        BODY, BODY.replace("council", "mayor"), BODY.replace("bridge", "tunnel")
    ]  # fmt: skip


def test_an_html_article_ends_at_its_copyright_line_though_trafilatura_reads_on(tmp_path):
    """trafilatura keeps the site's headline list that follows the story's copyright line in the
    same container; the end markers the copied text trusts end it there too."""
    last = BODY.replace("winter", "spring")
    paragraphs = [BODY, BODY.replace("council", "mayor"), BODY.replace("bridge", "tunnel"), last]
    headlines = [
        "Ferry fares rise by a fifth from March, the operator says Wed, Jan 16 2008, 07:50 GMT",
        "School roof mended after the winter storms, the head says Wed, Jan 16 2008, 07:42 GMT",
        "Market moves into the corn exchange until May, traders told Wed, Jan 16 2008, 07:40 GMT",
    ]
    page = HTML_PAGE.replace(
        "</article>",
        f"<p>{last}</p><p>Copyright 2024 Town Wire. All rights reserved. This material may not be published, broadcast, "
        "rewritten or redistributed.</p><h3>Breaking News</h3>"
        + "".join(f"<p>{headline}</p>" for headline in headlines)
        + "</article>",
    )
    article = clean(read_source(str(write(tmp_path / "page.html", page)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


def test_an_html_articles_calls_to_action_are_not_read(tmp_path):
    """A newsletter's, a share's and a tip line's calls to action, and a share box's label, that
    trafilatura keeps as the article's last paragraphs."""
    paragraphs = [BODY, BODY.replace("council", "mayor"), BODY.replace("bridge", "tunnel")]
    calls = [
        "Like this story? Share it with a friend!",
        "Have a tip? Ann Lee may be reached at alee@townnews.example.",
        "Get the latest updates right in your inbox. Subscribe to Town News's newsletters.",
        "Share this article:",
    ]
    page = HTML_PAGE.replace("</article>", "".join(f"<p>{call}</p>" for call in calls) + "</article>")
    article = clean(read_source(str(write(tmp_path / "page.html", page)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


def test_an_html_article_is_read_where_trafilatura_takes_other_stories_teasers(tmp_path):
    """trafilatura drops the article's container and takes the teaser list below it; the copied
    text's line model finds those teasers unlikely article text, and its body is read."""
    paragraphs = example_paragraphs()
    teasers = [
        ("Ferry fares rise", "Fares across the estuary will rise by a fifth from March."),
        ("School roof repaired", "The village school's roof is mended after the winter storms."),
        ("Market moves indoors", "The weekly market moves into the corn exchange until May."),
        ("Harbour wall closed", "Walkers are kept off the harbour wall while it is surveyed."),
        ("Choir wins prize", "The town choir took second place at the county festival."),
    ]
    page = (
        "<html><head><title>Volunteers bring a tide mill back to work</title></head><body>"
        "<h1>Volunteers bring a tide mill back to work</h1><div class='related-posts sidebar'>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</div><main><h3>More Town News</h3><ul>"
        + "".join(
            f"<li><h4><a href='/{n}.htm'>{title}</a></h4>{summary} <a href='/{n}.htm'>Full&nbsp;Story</a></li>"
            for n, (title, summary) in enumerate(teasers)
        )
        + "</ul></main></body></html>"
    )
    article = clean(read_source(str(write(tmp_path / "mill.html", page)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


LEAD = (
    "KABUL, Afghanistan - A roadside bomb killed a soldier and wounded four others in the south of the "
    "country on Sunday, officials said, the third such attack this week."
)


def news_page(body: str, head: str = "") -> str:
    """A news page with this story under its headline, between a menu and a copyright footer."""
    return (
        f"<html><head><title>Bomb kills soldier</title>{head}</head><body><div id='nav'><a href='/'>Home</a> "
        f"<a href='/world'>World</a></div><div class='main'><h1>Bomb kills soldier</h1>{body}</div>"
        "<div class='footer'><p>Copyright 2008 News Co.</p></div></body></html>"
    )


def test_a_news_storys_lead_that_trafilatura_drops_is_heard_first(tmp_path):
    """The lead set as bare text before the story's paragraphs: trafilatura's precision mode
    drops it, its recall mode and the copied text's body hold it."""
    paragraphs = story(4)
    page = news_page(
        f"<div class='story'><span class='photo'></span>{LEAD}{''.join(f'<p>{p}</p>' for p in paragraphs)}</div>"
    )
    article = clean(read_source(str(write(tmp_path / "page.html", page)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == [LEAD, *paragraphs]


@pytest.mark.parametrize("description, heard", [(" ".join(LEAD.split()[:14]) + "...", True), (LEAD, False)])
def test_a_lead_set_apart_is_heard_where_the_pages_description_is_its_start(tmp_path, description, heard):
    """The lead in a box of its own above the story's: trafilatura drops it in both modes. The
    page's description, the lead's first words, says it is the story's; a description that is
    the whole box is as often a summary set apart from the story, and it stays out."""
    paragraphs = story(4)
    page = news_page(
        f"<div class='intro'>{LEAD}</div><div class='story-body'>{''.join(f'<p>{p}</p>' for p in paragraphs)}</div>",
        f"<meta name='description' content='{description}'>",
    )
    article = clean(read_source(str(write(tmp_path / "page.html", page)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == [LEAD] * heard + paragraphs


MIDDLE = (
    "Engineers from the county will inspect the remaining supports in the spring, and the council "
    "expects their report before the summer holidays begin in July."
)


@pytest.mark.parametrize(
    "block, heard",
    [
        (f"<div class='photo'><img src='bridge.jpg'></div>{MIDDLE}", True),
        (f"<div class='related'><p>{MIDDLE}</p></div>", False),
    ],
)
def test_a_paragraph_trafilatura_drops_beside_a_photo_is_heard_where_it_stands(tmp_path, block, heard):
    """A paragraph set as bare text after a photo's box: trafilatura's precision mode drops it,
    its recall mode and the copied text's body hold it. A box of other stories that its recall
    mode drops too stays out, though the copied body holds it."""
    paragraphs = story(6)
    page = news_page(
        "<div class='story'>"
        + "".join(f"<p>{p}</p>" for p in paragraphs[:3])
        + block
        + "".join(f"<p>{p}</p>" for p in paragraphs[3:])
        + "</div>"
    )
    article = clean(read_source(str(write(tmp_path / "page.html", page)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == [
        *paragraphs[:3], *[MIDDLE] * heard, *paragraphs[3:]
    ]  # fmt: skip


def test_a_page_laid_out_in_a_table_is_read_as_its_paragraphs_without_its_menus_and_news_list(tmp_path):
    """An old page laid out in one table cell: the site's menu, the article and a list of the
    day's headlines. trafilatura takes the whole cell; its paragraphs are read as paragraphs, and
    only the article's, where the line model is sure of the copied text's article and not of the
    rest."""
    paragraphs = example_paragraphs()
    menu = ["Home", "News", "Sport", "Weather", "Business", "Opinion", "Photos", "Classifieds"]
    headlines = [
        "Ferry fares rise by a fifth from March", "School roof mended after the winter storms",
        "Market moves into the corn exchange until May", "Harbour wall closed while it is surveyed",
        "Town choir takes second place at the county festival", "New bus route avoids the bridge",
        "Library opens on Sundays from April", "Flood defences tested on the river",
    ]  # fmt: skip
    page = (
        "<html><head><title>Volunteers bring a tide mill back to work</title></head><body><table><tr><td>"
        + "".join(f"<p><a href='/{name}'>{name}</a></p>" for name in menu)
        + "<b>Volunteers bring a tide mill back to work</b>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "<p><b>News List</b></p>"
        + "".join(f"<p>15.01.08 19:{50 - n} <a href='/{n}.htm'>{text}</a></p>" for n, text in enumerate(headlines))
        + "</td></tr></table></body></html>"
    )
    article = clean(read_source(str(write(tmp_path / "mill.html", page)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


def test_posts_a_news_page_quotes_from_twitter_are_read_where_they_stand(tmp_path):
    """Embedded tweets in a social-media box, which trafilatura drops with the box: each is read
    after the paragraph before it, with its author and without its links; two in a row keep
    their order."""
    paragraphs = story(4)
    tweet = ("<div class='social-media-embed'><blockquote class='twitter-tweet'><p lang='en'>{text} "
             "<a href='https://t.co/x1'>pic.twitter.com/x1</a></p>&mdash; {name} (@{handle}) "
             "<a href='https://twitter.com/{handle}/status/1'>November 18, 2019</a></blockquote></div>")  # fmt: skip
    first = tweet.format(text="The bridge was closed before dawn today.", name="Ann Example", handle="annexample")
    second = tweet.format(text="Engineers are on site now.", name="Town Council", handle="towncouncil")
    page = (
        "<html><head><title>Bridge closes for the winter</title></head><body><article>"
        "<h1>Bridge closes for the winter</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs[:2])
        + first
        + second
        + "".join(f"<p>{p}</p>" for p in paragraphs[2:])
        + "</article></body></html>"
    )
    article = clean(read_source(str(write(tmp_path / "bridge.html", page)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == [
        *paragraphs[:2],
        "Ann Example: The bridge was closed before dawn today.",
        "Town Council: Engineers are on site now.",
        *paragraphs[2:],
    ]


def test_a_page_is_read_in_the_language_its_text_is_in_when_its_template_says_another(tmp_path):
    """A site's template that says lang="en" over a German article: the article is German (its
    dates and numbers said in German); a page too short to tell keeps what it declares."""
    german = (
        "Am 12. September 2020 wurde die neue Brücke über den Rhein eröffnet. Rund 40.000 Besucher kamen "
        "zur Feier, die um 14:30 Uhr begann. Der Bau hatte drei Jahre gedauert, und die Stadt hofft, dass "
        "der Verkehr in der Innenstadt nun deutlich abnimmt."
    )
    page = HTML_PAGE
    for paragraph in (BODY, BODY.replace("council", "mayor"), BODY.replace("bridge", "tunnel")):
        page = page.replace(paragraph, german, 1)
    article = clean(read_source(str(write(tmp_path / "de.html", page)), 10**6))
    assert article.language == "de"
    assert page_language("fr", "The council voted on Tuesday.") == "fr"
    assert page_language("fr", BODY * 2) == "en"


@pytest.mark.parametrize("kind", ["txt", "html", "one block"])
def test_an_article_the_page_sets_twice_is_heard_once(tmp_path, kind):
    """The page holds the story twice (its text, then a copy of it), as copied text or as HTML,
    or twice over in one block of its HTML: a paragraph is read once."""
    paragraphs = [BODY, BODY.replace("council", "mayor"), BODY.replace("bridge", "tunnel")]
    if kind == "one block":  # the story, its copy, then the headline and credit set after the copy
        story_text, credit = " ".join(paragraphs), "Bridge closes for the winter. Staff and agencies"
        text = html_story([f"{story_text} {story_text} {credit}"])
        paragraphs, kind = [f"{story_text} {credit}"], "html"
    elif kind == "txt":
        dateline = "Fri Dec 28, 7:05 AM ET"
        text = "\n".join(["Bridge closes for the winter - Town Post", "Home", "News", "Bridge closes for the winter",
                          dateline, *paragraphs, dateline, *paragraphs, "About", "Privacy"])  # fmt: skip
    else:
        text = html_story(paragraphs + paragraphs)
    article = clean(read_source(str(write(tmp_path / f"page.{kind}", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


@pytest.mark.parametrize("stories", [0, 4], ids=["a gallery", "a story with photos"])
def test_captions_are_heard_where_they_are_a_gallerys_words(tmp_path, stories):
    """A gallery of photos says what it says in their captions, credits and all: most of its
    paragraphs are captions, and they are heard. In a story, a caption interrupts it and is not."""
    captions = [f"Crowds wait for the {place} to open on a cold morning. (Ann Example/Reuters)"
                for place in ["bridge", "ferry", "market", "station"]]  # fmt: skip
    paragraphs = [BODY, *story(stories)[1:]]
    article = clean(read_source(str(write(tmp_path / "page.html", html_story([*paragraphs, *captions]))), 10**6))
    heard = [p for chapter in article.chapters for p in chapter.paragraphs]
    assert heard == (paragraphs if stories else [*paragraphs, *captions])


@pytest.mark.parametrize(
    "news_probability, rest_probability, taken", [(0.1, 0.9, True), (0.6, 0.9, False), (0.1, 0.6, False)]
)
def test_the_copied_texts_article_is_read_where_trafilatura_took_part_of_it_and_a_news_list(
    news_probability, rest_probability, taken
):
    """trafilatura took the story's first paragraph and the news list beside it; the copied text's
    body is the whole story. Where the line model finds that list is not article text and the
    rest of the story is, the story is read; where it doubts either, trafilatura's choice stands."""
    story = example_paragraphs()[:3]
    news = [
        "Ferry fares across the estuary will rise by a fifth from March",
        "The village school's roof is mended after the winter storms",
        "The weekly market moves into the corn exchange until May",
        "Walkers are kept off the harbour wall while it is surveyed",
    ]
    lines = make_lines(["Volunteers bring a tide mill back to work", *story, "Latest news", *news], "en")
    for line in lines:
        line.probability = (
            0.9 if line.text == story[0] else rest_probability if line.text in story else news_probability
        )
    page = CopiedPage(lines, "en", 0, "Volunteers bring a tide mill back to work", "")
    extracted, copied = (set(word_runs(" ".join(texts))) for texts in ([story[0], *news], story))
    assert reads_copied_instead(page, extracted, copied, HTML_PAGE, "") is taken


@pytest.mark.parametrize(
    "heading, between, quoted, views_heard",
    [("Reader views (5)", [], False, False), ("Reader views (5)", [], True, False),
     ("Reader views (5)", ["Digg This | Save to del.icio.us", "Trackback Pings"], False, False), ("", [], False, True)],
)  # fmt: skip
def test_readers_views_that_trafilatura_reads_past_the_comments_heading_are_not_heard(
    tmp_path, heading, between, quoted, views_heard
):
    """trafilatura takes the readers' views under a story for more of it; the page's copied text
    shows the comments' heading between them, which ends the article there, even past the post's
    buttons and where a reader quotes one of its paragraphs. With no heading there is no such
    evidence, and trafilatura's reading stands."""
    paragraphs = example_paragraphs()[:4]
    intro = "Here's a sample of the latest views published. You can click view all to read all that readers sent in."
    views = [
        "I have watched the restoration from the start, and it has been a joy to see so many people from the "
        "village give their time to it. The mill is part of who we are here, and my children will grow up "
        "hearing the wheel turn.",
        "Obviously it was going to take years, but the volunteers never gave up, and now the whole county can "
        "see what they have done. It is a shame the council did not help more when they asked for it.",
        "I have walked past that mill every week for thirty years and never once thought it would grind again. "
        "Well done to everyone who gave up their weekends for it.",
        "Lovely to read some good news for a change. I hope the flour is sold in the village shop and not only "
        "to visitors from the city.",
    ]
    if quoted:
        views.insert(2, paragraphs[1])
    html = f"""<!doctype html><html lang="en"><head><title>Volunteers bring a tide mill back to work - Town News</title>
    </head><body><div class="nav"><a href="/">Home</a> | <a href="/news">News</a></div>
    <div class="article"><h1>Volunteers bring a tide mill back to work</h1>{"".join(f"<p>{p}</p>" for p in paragraphs)}
    {"".join(f"<p>{line}</p>" for line in between)}<div id="readerComments"><h1>{heading}</h1><p>{intro}</p>{"".join(f"<p>{view}<br/><b>- Reader {n}, Elm Quay</b></p>" for n, view in enumerate(views))}
    </div></div><p>Copyright 2024 Town News. All rights reserved.</p></body></html>"""  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "page.html", html)), 10**6))
    heard = [p for chapter in article.chapters for p in chapter.paragraphs]
    assert heard[: len(paragraphs)] == paragraphs
    assert any(views[0] in paragraph for paragraph in heard) is views_heard
    assert any(views[-1] in paragraph for paragraph in heard) is views_heard


@pytest.mark.parametrize(
    "added_probability, box, taken",
    [(0.95, "aside class='sidebar'", True), (0.8, "div class='more'", True), (0.8, "aside class='sidebar'", False),
     (0.6, "div class='more'", False)],
)  # fmt: skip
def test_the_copied_texts_body_is_read_only_where_what_it_adds_has_a_second_witness(added_probability, box, taken):
    """A short post on a busy blog: the copied text's body holds trafilatura's post and, around it,
    the blog's other posts. Where the line model finds what it adds much less likely article text
    than the post, trafilatura's post stands; where only a little less, the copied body is the
    fuller article if the line model is sure of what it adds or trafilatura's recall mode takes
    that in too (not a sidebar's)."""
    post = [BODY, BODY.replace("council", "mayor")]
    around = [
        "Last week we wrote about the ferry timetable, which changes again when the clocks go back next month.",
        "Readers asked where the market will stand while the square is dug up; the answer is the corn exchange.",
        "The choir's summer concert raised enough money to mend the organ, and a second one is planned for May.",
    ]
    lines = make_lines(["Bridge closes for the winter", *around[:1], *post, *around[1:]], "en")
    for line in lines:
        line.probability = 0.9 if line.text in post else added_probability
    page = CopiedPage(lines, "en", 0, "Bridge closes for the winter", "")
    html = HTML_PAGE.replace(
        "</article>", f"</article><{box}>" + "".join(f"<p>{text}</p>" for text in around) + f"</{box.split()[0]}>"
    )
    extracted, fuller = (set(word_runs(" ".join(texts))) for texts in (post, [around[0], *post, *around[1:]]))
    assert holds_more_of_it(page, extracted, fuller, html, "") is taken


def test_readers_comments_are_not_what_makes_the_copied_text_fuller():
    """A short post and a long thread of comments under it, which read like prose to the line
    model: what the copied text's body would add from the thread is the readers' comments
    (trafilatura's comment finder sees them), not more of the article; paragraphs of the
    article trafilatura left out are not."""
    comments = [
        "I walked past the bridge on Sunday and the cracks are plain to see from the towpath, so this is overdue.",
        "My daughter's school bus goes over that bridge every morning, and nobody has told us the new route yet.",
        "Engineers said the same thing five years ago and the council did nothing until the cold made it worse.",
    ]
    left_out = "The mayor said a temporary footbridge beside it would open before Christmas, paid for by the county."
    page = HTML_PAGE.replace(
        "</article>",
        "</article><div id='comments' class='comments'><h3>3 Responses</h3><ol class='commentlist'>"
        + "".join(
            f"<li class='comment' id='comment-{n}'><div class='comment-author'>Reader {n} says:</div>"
            f"<div class='comment-body'><p>{text}</p></div></li>"
            for n, text in enumerate(comments)
        )
        + "</ol></div>",
    )
    assert adds_comments(page, "", set(word_runs(" ".join(comments))))
    assert not adds_comments(page, "", set(word_runs(left_out)))


def test_what_trafilatura_takes_above_the_headline_is_not_read_but_a_lead_set_there_is(tmp_path):
    """Some pages' markup puts a date line and a menu above the headline, inside what trafilatura
    takes for the article; some put the lead there ("LONDON — ...")."""
    lead, *paragraphs = story(4)
    lead = f"LONDON — {lead}"
    html = "".join(
        [
            "<html><head><title>Bridge closes for the winter</title></head><body><div class='story'>",
            "<p>Monday, March 4, 2024 - Page updated at 12:00 AM</p><p>Sports World Business</p>",
            f"<p>{lead}</p><h1>Bridge closes for the winter</h1>",
            *(f"<p>{p}</p>" for p in paragraphs),
            "</div></body></html>",
        ]
    )
    article = clean(read_source(str(write(tmp_path / "a.html", html)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == [lead, *paragraphs]
