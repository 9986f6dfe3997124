"""The copied-text cleaner's headline: found from the page title, the byline under it or the lines
above the story, and never a menu, a caption, a site's name or a script."""

from __future__ import annotations

import pytest

from listen import clean, read_source
from listen.copied_headline import find_headline
from listen.copied_lines import make_lines

from .clean_pages import (
    BODY,
    FRENCH_STORY,
    GERMAN_STORY,
    ITALIAN_STORY,
    NEWS_MENU,
    OTHER_STORIES,
    PORTUGUESE_STORY,
    SPANISH_STORY,
    STORY_ALONE,
    WIKI_FOOT,
    WIKI_SECTIONS,
    WIKI_TOP,
    copied,
    headings_and_paragraphs,
    story,
    write,
)


@pytest.mark.parametrize(
    "posted",
    [["Posted by Ann Example on March 5, 2024 at 9:12 am"],
     ["Submitted by ann on November 12, 2012 - 3:03pm"],
     ["By Ann Example, staff writer", "March 5, 2024"]],
)  # fmt: skip
def test_a_story_copied_from_its_headline_down_is_heard_whole(tmp_path, posted):
    """A reader who copies from the headline down takes who posted it and when: still the story
    alone, its list and poem heard, and the byline not read as the story's."""
    story = [STORY_ALONE[0], *posted, *STORY_ALONE[1:]]
    article = copied(tmp_path, story)
    assert article.title == STORY_ALONE[0]
    assert headings_and_paragraphs(article) == STORY_ALONE[1:]


def test_a_photos_caption_under_its_label_is_no_headline_and_the_story_goes_on_under_it(tmp_path):
    """A page that labels each photo for screen readers on lines of their own ("Image source, ...",
    "Image caption,", then the caption): the caption over the byline is not the headline, and the
    story's last short paragraphs under a photo mid-story are heard."""
    paragraphs = story(4)
    ending = ["The council is expected to publish a plan for replacing its ageing ferries later this year.",
              "Some of its boats are more than 40 years old, and the oldest of them was built in 1981."]  # fmt: skip
    lines = [*NEWS_MENU, "Orkney ferry returns after a winter of repairs", "Published", "4 March 2026", "Share",
             "Image source, Getty Images", "Image caption,",
             "The ferry was taken out of service in November after a fault was found in its engine", "By Ruth Ewan",
             *paragraphs, "Image source, Orkney Islands Council", "Image caption,",
             "Engineers worked through the winter on the ferry's engine", *ending, "Related topics", "Orkney",
             "Ferry travel", "More on this story", "Islanders call for new ferries", "Published", "3 June 2025"]  # fmt: skip
    article = copied(tmp_path, lines)
    assert (article.title, headings_and_paragraphs(article)) == (lines[len(NEWS_MENU)], [*paragraphs, *ending])


def test_a_photos_caption_under_its_credit_is_no_headline_and_the_writers_newsroom_names_them(tmp_path):
    """A news page that sets the writer's name over their newsroom ("BBC News, Millbrook") and the
    photo's credit over its caption right above the story: the headline titles the article, not
    the caption as long as it, and the writer is its byline."""
    paragraphs = story(4)
    lines = [*NEWS_MENU, "Bridge closes for the winter after supports crack", "5 March 2024", "Share", "Save",
             "Ann Lee", "Town News, Millbrook", "Share", "Save", "Getty Images",
             "The old bridge has carried cars since 1902", *paragraphs, "Related", "Why the tunnel will close",
             "Copyright 2024 Town News. All rights reserved."]  # fmt: skip
    article = copied(tmp_path, lines)
    assert (article.title, article.byline) == ("Bridge closes for the winter after supports crack", "Ann Lee")
    assert headings_and_paragraphs(article) == paragraphs


def test_the_headline_over_the_writers_name_and_role_titles_the_page_not_a_longer_notice(tmp_path):
    """A magazine's page copied whole: a notice and other stories' headlines over the story's, whose
    writer is named over their role ("Ann Lee", "Contributor"). The line over the writer is the
    headline, though a notice above it is longer, and the writer is the byline."""
    paragraphs = story(4)
    lines = ["Subscribe To Newsletters", "Sign In", "This is a BETA experience. You may opt-out by clicking here",
             "More From Town Magazine", "Mar 4, 2024,08:00am EST", "Ferry service to end after storm damage",
             "Transportation", "Bridge closes for the winter as supports crack", "Ann Lee", "Contributor",
             "Mar 5, 2024,09:12am EST", "Share to Facebook", *paragraphs, "Editorial Standards"]  # fmt: skip
    article = copied(tmp_path, lines)
    assert (article.title, article.byline) == ("Bridge closes for the winter as supports crack", "Ann Lee")
    assert headings_and_paragraphs(article) == paragraphs


def test_a_page_copied_from_its_skip_links_is_titled_by_its_headline(tmp_path):
    """A copy of a whole page opens with the links for screen readers ("Skip to main content",
    "Skip to navigation"), not with the page title: neither is the headline, though they share
    their words."""
    paragraphs = story(4)
    lines = ["Skip to main content", "Skip to navigation", "Print subscriptions", "Sign in", *NEWS_MENU,
             "This article is more than 1 year old", "Bridge closes for the winter as supports crack",
             "Engineers found two cracked supports, leaving drivers facing a long detour until spring",
             "Tue 5 Mar 2024 09.12 GMT", "Share", *paragraphs, "Explore more on these topics", "Transport"]  # fmt: skip
    article = copied(tmp_path, lines)
    assert (article.title, headings_and_paragraphs(article)) == (
        "Bridge closes for the winter as supports crack",
        paragraphs,
    )


def test_a_page_copied_under_its_cookie_banner_is_titled_by_its_headline_and_its_date_not_heard(tmp_path):
    """A page copied whole from its cookie banner ("Cookies on Town News"), which is no page title
    to match the headline against, sets its date under a label on a line of its own
    ("Published", then "4 March 2026"): the headline is the title and the date is not heard."""
    paragraphs = story(3)
    lines = ["Cookies on Town News", "We use some essential cookies to make this website work.",
             "Accept additional cookies", "Reject additional cookies", "View cookies", "Skip to main content",
             "Town News", "Menu", "Search Town News", "Home", "Transport", "Council closes the old bridge",
             "Published", "4 March 2026", *paragraphs, "Share this page", "Related content", "© Town News"]  # fmt: skip
    article = copied(tmp_path, lines)
    assert (article.title, headings_and_paragraphs(article)) == ("Council closes the old bridge", paragraphs)


def test_a_blogs_post_is_titled_by_the_line_over_its_byline_not_by_the_blogs_longer_motto(tmp_path):
    """A blog copied whole without its page title: its name and motto, its menu, then the post's
    title over "Posted on ... by ...". The title is the line over the byline, though the motto is
    longer."""
    paragraphs = story(3)
    lines = ["Skip to content", "Tidewater Notes", "A blog about coasts, tides and the people who live by them", "Home",
             "About", "Archive", "How I learned to read a tide table", "Posted on February 12, 2026 by Sam Ortiz",
             "Leave a comment", *paragraphs, "Share this:", "Facebook", "Leave a Reply"]  # fmt: skip
    article = copied(tmp_path, lines)
    assert (article.title, headings_and_paragraphs(article)) == ("How I learned to read a tide table", paragraphs)


def test_a_blogs_post_is_titled_by_the_line_its_comments_heading_names(tmp_path):
    """A blog copied whole without its page title: its name, then the post's title, then "Posted on
    ... by ...", and the comments below under "2 thoughts on “<title>”". The title is the line the
    comments name, not the blog's name above it; the comments are not heard."""
    paragraphs = story(4)
    headline = "How I finally beat tomato blight"
    lines = ["Home", "About", "Recipes", "Contact", "Notes from a Small Garden", headline,
             "Posted on August 22, 2025 by Ruth", *paragraphs, "Filed Under: Vegetables Tagged With: blight",
             f"2 thoughts on “{headline}”", "Margaret says:", "August 23, 2025 at 9:14 am",
             "This is so helpful, thank you.", "Reply", "Leave a Reply Cancel reply"]  # fmt: skip
    article = copied(tmp_path, lines)
    assert (article.title, headings_and_paragraphs(article)) == (headline, paragraphs)


def test_a_headline_the_line_model_takes_for_text_titles_the_article(tmp_path):
    """A page copied from its breadcrumb: the headline right over the byline, which the line model
    finds as likely as the text under it, titles the article and is not heard as its first
    paragraph."""
    paragraphs = story(4)
    headline = "Ten small towns in Portugal worth the detour"
    lines = ["Home › Travel › Europe", headline, "By Tomás Reis | Updated June 2, 2025", *paragraphs,
             "You might also like", "The best beaches in the Algarve"]  # fmt: skip
    article = copied(tmp_path, lines)
    assert (article.title, headings_and_paragraphs(article)) == (headline, paragraphs)


def test_a_newsletters_post_is_titled_by_its_headline_not_the_newsletters_name(tmp_path):
    """A newsletter's post copied whole: the newsletter's name first, then again over the post's
    headline in its share box, then the headline again over its deck, byline and the post. The
    headline titles it, the newsletter's name is the site's, and neither is heard."""
    paragraphs = story(4)
    headline = "Why I read one book a month"
    lines = ["The Slow Reader", "Subscribe", "Sign in", "Share this post", "The Slow Reader", headline, "Copy link",
             "Facebook", "Email", "Notes", "More", headline, "And why it made me a better reader.", "Elena Marsh",
             "Jan 19, 2026", "48", "12", "Share", *paragraphs, "Subscribe", "Discussion about this post"]  # fmt: skip
    article = copied(tmp_path, lines)
    assert (article.title, article.source, headings_and_paragraphs(article)) == (
        headline,
        "The Slow Reader",
        paragraphs,
    )


def test_a_reviews_shopping_buttons_over_the_byline_are_no_headline(tmp_path):
    """A review sets its verdict and its shopping buttons ("$399 at Amazon") between its headline
    and its byline: the headline is the title, not the button over the byline, and no button is
    heard."""
    paragraphs = story(4)
    headline = "Harbour 7 headphones review: the quiet king returns"
    lines = ["Home", "Reviews", "Headphones", headline, "Today's best deals", "$399 at Amazon", "View at Best Buy",
             "By Kim Osei", "published 9 March 2026", *paragraphs, "Price comparison", "$399 at Amazon"]  # fmt: skip
    article = copied(tmp_path, lines)
    assert (article.title, headings_and_paragraphs(article)) == (headline, paragraphs)


def test_a_gallerys_counter_over_the_byline_is_no_headline(tmp_path):
    """A photo gallery between the headline and the byline, its counter on a line of its own ("1 of
    3"): the headline is the title, not the counter that stands over the byline."""
    paragraphs = story(3)
    caption = "A worker walks past the turbine hall of the power plant on Tuesday. (AP Photo/Lee Jin-man)"
    lines = [*NEWS_MENU, "Tide power plant opens after years of delay", f"1 of 3 | {caption}", "1 of 3", caption,
             "By KIM TONG-HYUNG", "Updated 4:12 AM GMT, March 4, 2026", "Share", *paragraphs, "Most read"]  # fmt: skip
    article = copied(tmp_path, lines)
    assert (article.title, headings_and_paragraphs(article)) == (
        "Tide power plant opens after years of delay",
        paragraphs,
    )


@pytest.mark.parametrize("headline, paragraphs, menus, head, teaser, most_read", [
    ("Le vieux pont fermé tout l'hiver", FRENCH_STORY,
     ["Aller au contenu principal", "Le Journal", "Se connecter", "S'abonner", "International", "Politique"],
     ["Par Ann Lee", "Écouter cet article"], "Lire aussi | Les bus changent d'itinéraire", "Les plus lus"),
    ("El viejo puente, cerrado todo el invierno", SPANISH_STORY,
     ["Saltar al contenido principal", "El Diario", "Iniciar sesión", "Suscríbete", "Internacional", "Política"],
     ["Por Ann Lee"], "Lee también | Los autobuses cambian de ruta", "Lo más leído"),
    ("Alte Brücke den ganzen Winter gesperrt", GERMAN_STORY,
     ["Zum Inhalt springen", "Die Zeitung", "Anmelden", "Abonnieren", "International", "Politik"],
     ["Von Ann Lee", "Artikel anhören"], "Lesen Sie auch | Busse fahren neue Wege", "Meistgelesen"),
    ("Il vecchio ponte chiuso per tutto l'inverno", ITALIAN_STORY,
     ["Vai al contenuto principale", "Il Giornale", "Accedi", "Abbonati", "Cronaca", "Politica"],
     ["di Ann Lee", "05 dicembre 2026 (modifica il 05 dicembre 2026 | 12:15)", "Condividi", "Ascolta l'articolo"],
     "Leggi anche | Gli autobus cambiano percorso", "I più letti"),
    ("Ponte velha fechada durante todo o inverno", PORTUGUESE_STORY,
     ["Pular para o conteúdo principal", "O Jornal", "Entrar", "Assine", "Brasil", "Mundo"],
     ["Por Ann Lee", "Compartilhar", "Ouvir o texto"], "Leia também | Ônibus mudam de itinerário", "Mais lidas"),
])  # fmt: skip
def test_a_whole_page_copied_in_its_language_is_heard_from_its_headline(
    tmp_path, headline, paragraphs, menus, head, teaser, most_read
):
    """A page copied whole, from its skip link and its sign-in and subscribe buttons, in French,
    Spanish, German, Italian or Portuguese: its menus are the page's, so the story is found in it,
    not taken as a story copied alone and heard from the first menu on; its date, listen button,
    teasers and most read list are not heard."""
    lines = [*menus, headline, *head, *paragraphs[:2], teaser, *paragraphs[2:], most_read,
             "1 Les bus changent d'itinéraire", "2 Le maire répond aux commerçants"]  # fmt: skip
    article = copied(tmp_path, lines)
    assert (article.title, headings_and_paragraphs(article)) == (headline, paragraphs)


CHINESE_STORY = [
    "市政府星期二决定，整个冬天禁止汽车通过老桥，因为工程师发现两个桥墩因寒冷而开裂。",
    "行人和骑自行车的人仍然可以通过，但公交车将改走港口大桥，路程大约多出十分钟。",
    "附近的商家担心在工程期间失去一部分顾客，工程预计要持续到明年四月。",
    "市长承诺，在工程结束之前，每周都会在市政府网站和本地报纸上公布工程的进展情况和交通安排。",
]


JAPANESE_STORY = [
    "市は火曜日、寒さで橋脚2本にひびが見つかったため、冬の間は古い橋を車が通れないようにすると発表しました。",
    "歩行者と自転車は引き続き渡ることができますが、バスは港の橋を通るため、所要時間が10分ほど長くなります。",
    "近くの商店では、工事の間に客が減るのではないかと心配する声が上がっています。",
    "市長は、工事の進み具合を毎週、市のホームページと新聞で知らせると約束しました。",
]


@pytest.mark.parametrize("menus, headline, paragraphs, date, related", [
    (["首页", "新闻", "财经", "科技", "体育"], "老桥整个冬天禁止汽车通行", CHINESE_STORY,
     "2026年12月05日 10:21 来源：本地新闻", ["相关新闻", "公交车改线路", "市长回应商家"]),
    (["メインコンテンツへスキップ", "ニュース", "経済", "国際", "スポーツ"], "古い橋、冬の間は車の通行止めに",
     JAPANESE_STORY, "2026年12月5日 10時21分", ["関連ニュース", "バスの路線変更へ", "市長が商店に説明"]),
])  # fmt: skip
def test_a_chinese_or_japanese_page_copied_whole_is_heard_from_its_headline(tmp_path, menus, headline, paragraphs,
                                                                            date, related):  # fmt: skip
    """A Chinese or Japanese page copied whole, its menu one item a line: the language has no list
    of common words for the line model to weigh, and its menu is not heard, nor its date or its
    related stories; the headline titles the story."""
    article = copied(tmp_path, [*menus, headline, date, *paragraphs, *related])
    assert (article.title, headings_and_paragraphs(article)) == (headline, paragraphs)


@pytest.mark.parametrize("headline, paragraphs, language", [
    ("老桥整个冬天禁止汽车通行", CHINESE_STORY, "zh"), ("古い橋、冬の間は車の通行止めに", JAPANESE_STORY, "ja"),
])  # fmt: skip
def test_a_chinese_or_japanese_post_is_read_in_its_language_under_an_english_footer(
    tmp_path, headline, paragraphs, language
):
    """A post in Chinese or Japanese, whose every paragraph is shorter in characters than an
    English footer's line (a character of those scripts carries about two of a Latin one), is
    read in its own language, not in the footer's."""
    footer = "Copyright © 2026 The Town Letter. All rights reserved. Powered by WordPress."
    article = copied(tmp_path, [headline, *paragraphs, footer])
    assert (article.language, headings_and_paragraphs(article)) == (language, paragraphs)


def test_a_headline_of_two_sentences_over_the_byline_is_the_headline(tmp_path):
    """An as-told-to essay's headline is two sentences ("I run a startup. Here's what I learned."),
    over its byline under the site's long menu: it is the headline, not a menu's item."""
    headline = "I run a tidal energy startup. Here's what I learned raising money in a downturn."
    lines = [*NEWS_MENU, "The Better Work Project", "Personal Finance", "Energy", headline,
             "By Maya Lind, as told to Ann Lee", "Mar 4, 2026, 5:00 AM ET", *story(4), "Climate"]  # fmt: skip
    assert copied(tmp_path, lines).title == headline


def test_a_blog_posts_headline_under_its_reading_time_and_tag_is_the_headline(tmp_path):
    """A blog sets its name on top, then the post's date, reading time and tag over its headline
    ("8 min read", "Engineering"): the headline is the post's, and neither the tag nor the reading
    time is heard."""
    paragraphs = story(4)
    lines = ["The Slow Engineer", "Home", "Archive", "About", "Sign in", "Subscribe", "Feb 20, 2026", "8 min read",
             "Engineering", "What a tide mill taught me about queues", *paragraphs, "Subscribe to The Slow Engineer",
             "Share", "Previous", "Why we stopped using cron", "The Slow Engineer © 2026"]  # fmt: skip
    article = copied(tmp_path, lines)
    assert (article.title, headings_and_paragraphs(article)) == ("What a tide mill taught me about queues", paragraphs)


@pytest.mark.parametrize("reading_time", [["3–4 minutes"], []])
def test_a_reader_views_copy_is_titled_by_its_headline_and_named_by_its_domain(tmp_path, reading_time):
    """A browser's reader view copies the site's domain, the headline, the author's name and the
    reading time above the text: the domain names the site (the album a player shows), the
    headline titles the article, the name is its writer's, and none of them nor the reading time
    is heard."""
    paragraphs = story(4)
    lines = ["townnews.example.com", "Bridge closes for the winter", "Ann Lee", *reading_time, *paragraphs]
    article = copied(tmp_path, lines)
    assert (article.title, article.source, article.byline, headings_and_paragraphs(article)) == (
        "Bridge closes for the winter",
        "townnews.example.com",
        "Ann Lee",
        paragraphs,
    )


def test_an_encyclopedias_headline_is_what_its_first_sentence_defines_not_the_wikis_tagline(tmp_path):
    """A wiki's headline is short ("Tide mill") and stands over its tabs and its tagline ("From
    Wikipedia, the free encyclopedia"); the first sentence defines it ("A tide mill is ...")."""
    lines = [*WIKI_TOP, *(line for title, texts in WIKI_SECTIONS for line in [title, *texts] if line), *WIKI_FOOT]
    article = copied(tmp_path, lines)
    assert (article.title, article.source) == ("Tide mill", "Wikipedia")


def test_a_page_title_that_names_its_paper_in_brackets_finds_the_headline(tmp_path):
    """A paper's page titled "Headline (from Paper)", in title case, over its most-read list and
    the headline as the story sets it: the headline titles the article, the paper is its source,
    and the list above the headline is not heard."""
    paragraphs = story(4)
    most_read = [f"{n} {headline}" for n, headline in enumerate(["Art work on display", "Firm builds on budget deal",
                 "Pupils cut it fine on fire visit!", "Driver crashes £126,000 supercar", "Three in court on murder charge",
                 "Take a charity hike!", "Boss fined £50,000 for pollution"], 1)]  # fmt: skip
    article = copied(tmp_path, ["Town Could Be 15m Olympic Loser (from The Harbour Argus)", "Home", "News", "Sport",
                                "Most read", *most_read, "<< Back to index", "Town could be £15m Olympic loser",
                                "By Ann Lee", *paragraphs, "Add your comment"])  # fmt: skip
    assert (article.title, article.source) == ("Town could be £15m Olympic loser", "The Harbour Argus")
    assert headings_and_paragraphs(article) == paragraphs
    counted = copied(tmp_path, ["Town Could Be 15m Olympic Loser (from The Harbour Argus)", "Home", "News",
                                "Town could be £15m Olympic loser 12", "By Ann Lee", *paragraphs])  # fmt: skip
    assert (counted.title, counted.source) == ("Town could be £15m Olympic loser", "The Harbour Argus")


@pytest.mark.parametrize("separator", [" « ", " - ", "- ", " | ", "| "])
def test_the_page_title_is_found_with_its_sites_name_after_any_separator(tmp_path, separator):
    """A page title whose site name follows a separator spaced on one side only ("...toward
    Auburn- al.com") is still repeated as the headline: the headlines of other stories above
    it, bullet points the model finds likely, are not read as the article's summary."""
    headline = "Council closes the old bridge for the whole winter"
    teasers = [f"• {name} says the harbour will open late again this spring" for name in ("Mayor", "Captain", "Pilot")]
    paragraphs = [BODY, BODY.replace("council", "mayor"), BODY.replace("bridge", "tunnel")]
    text = "\n".join([f"{headline}{separator}example.com", "News Sports Weather", "TOP STORIES", *teasers,
                      "More Headlines", headline, "Friday, December 28, 2007", *paragraphs])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "page.txt", text)), 10**6))
    assert article.title == headline
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


def test_a_wiki_page_copied_whole_is_heard_from_its_short_title_without_its_contents(tmp_path):
    """A Wikipedia article as a browser copies it: its two-word title under the page title, then
    the site's tagline, its skip links and a note on other uses, a table of contents, and a
    section that opens with a "Main article: ..." note. The listener hears the title, the lead and
    each section under its heading; not the tagline, the links, the note nor the contents (the
    chapters are there to skip with)."""
    paragraphs = story(6)
    lines = ["Tide mill - Wikipedia", "Tide mill", "From Wikipedia, the free encyclopedia", "Jump to navigation Jump to search",
             "This article is about mills driven by the tide. For other uses, see Tide mill (disambiguation).",
             *paragraphs[:2], "Contents", "1 History", "2 Operation", "2.1 Wheels", "3 See also", "History[edit]",
             "Main article: History of tide mills", *paragraphs[2:4], "Operation[edit]", paragraphs[4], "Wheels[edit]",
             paragraphs[5], "See also[edit]", "Watermill", "Tidal power", "Privacy policy", "About Wikipedia"]  # fmt: skip
    article = copied(tmp_path, lines)
    chapters = [(chapter.title, chapter.paragraphs) for chapter in article.chapters]
    assert (article.title, chapters) == (
        "Tide mill",
        [
            ("", paragraphs[:2]),
            ("History", paragraphs[2:4]),
            ("Operation", paragraphs[4:5]),
            ("Wheels", paragraphs[5:]),
        ],
    )


def test_the_line_that_names_the_pages_site_under_its_title_is_not_heard(tmp_path):
    """ "From Wikipedia, the free encyclopedia" over the lead: the site's name, as the page title has
    it, is no heading and no part of the article."""
    paragraphs = story(2)
    article = copied(
        tmp_path, ["Tide mill - Wikipedia", "Tide mill", "From Wikipedia, the free encyclopedia", *paragraphs]
    )
    assert (article.title, headings_and_paragraphs(article)) == ("Tide mill", paragraphs)


def test_a_script_leaked_into_a_copy_is_neither_headline_nor_heard(tmp_path):
    """A page's script that a copy caught above the story (`var ie=document.all; ...`) is not taken
    for its headline, nor read."""
    leaked = "var ie=document.all; var ns6=document.getElementById && !document.all"
    paragraphs = story(4)
    article = clean(read_source(str(write(tmp_path / "mill.txt", "\n\n".join([leaked, *paragraphs]))), 10**6))
    heard = [article.title, *(p for chapter in article.chapters for p in chapter.paragraphs)]
    assert not any("document" in text for text in heard)
    assert heard[1:] == paragraphs


def test_a_blogs_name_before_its_posts_title_is_not_the_headline(tmp_path):
    """A blog titles its pages "Blog Name: Post title" and sets its name, its description and the
    day above each post's title: the post's title is the headline, the blog's name is the source
    (the album a player shows), and none of those is heard."""
    paragraphs = story(4)
    article = copied(tmp_path, ["Life as a Harbour Master: The Golden Spike at the Ferry Slip", "Life as a Harbour Master",
                                "Musings on boats, tides and the people who keep them running.", "Tuesday, October 16, 2012",
                                "The Golden Spike at the Ferry Slip", *paragraphs, "Posted by John Hale at 3:00 AM",
                                "2 comments:", "Newer Post Older Post Home"])  # fmt: skip
    assert (article.title, article.source) == ("The Golden Spike at the Ferry Slip", "Life as a Harbour Master")
    assert headings_and_paragraphs(article) == paragraphs


def test_a_sites_name_over_the_headline_is_not_the_headline(tmp_path):
    """A book's or a blog's page titled "Headline - Site Name" sets the site's name in its banner and
    the headline right above the text: the line that repeats the page title's first part, nearer
    the article, is the headline, not the site's name above it."""
    paragraphs = story(4)
    article = copied(tmp_path, ["Grinding by the tide - The Tide Mill Handbook", "Keyboard shortcuts",
                                "Press ? to show this help", "The Tide Mill Handbook", "Grinding by the tide",
                                *paragraphs, "Previous chapter", "Next chapter"])  # fmt: skip
    assert article.title == "Grinding by the tide"
    assert headings_and_paragraphs(article) == paragraphs


RESCUE = "Police video shows rescue of kidnapped girl, 8, from hotel"


CELTICS = "Celtics rally past Knicks in overtime"


HARBOUR = "Harbour master steps down after thirty years at the port"


@pytest.mark.parametrize(
    "first_line, above, below, headline",
    [
        ("Kidnapped girl, 8, rescued from hotel, police video shows - Metro News", RESCUE,
         "Officers followed a tip from a clerk", RESCUE),  # the title reworded
        ("Menu", CELTICS, "Tatum scores 41 as Boston erases 18-point deficit", CELTICS),  # over its deck
        ("Menu", "Larger text Smaller text", HARBOUR, HARBOUR),  # the page's text-size buttons above it
    ],
)  # fmt: skip
def test_the_headline_is_the_line_the_title_rewords_or_the_one_above_its_deck(tmp_path, first_line, above, below,
                                                                                headline):  # fmt: skip
    """Without the page title repeated on the page, the headline is the line before the body
    that shares most of the title's words, or else a headline standing over its longer deck,
    not the deck, not the page's first line, and not a short label over the headline."""
    menu = ["News", "Sports", "Weather", "Watch Live", "Subscribe", "Log in"]
    teasers = [f"{name} Says The Harbour Will Open Late, Again" for name in ("Mayor", "Council", "Captain")]
    text = "\n".join([first_line, *menu, *teasers, above, below, "Updated on: March 3, 2024 / 10:07 AM",
                      BODY, BODY.replace("council", "mayor"), "About", "Privacy"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "page.txt", text)), 10**6))
    assert article.title == headline


@pytest.mark.parametrize("footer", ["Copyright 2024 Town News. All rights reserved.", "Contact us"])
def test_a_headline_taken_from_the_page_title_is_heard_without_the_sites_name(tmp_path, footer):
    """Where no line of the page holds the headline, it is the page title, without the site's name
    after it when the page names the site elsewhere (here its copyright line); where the page does
    not, the last part may be the headline's own ("... - Real Pics and Stories") and stays."""
    text = "\n".join(
        [f"{HARBOUR} - Town News", "Menu", "News", "Sports", BODY, BODY.replace("council", "mayor"), footer]
    )
    article = clean(read_source(str(write(tmp_path / "page.txt", text)), 10**6))
    assert article.title == (HARBOUR if "Town News" in footer else f"{HARBOUR} - Town News")


def test_the_headline_is_found_when_its_punctuation_differs_from_the_page_titles(tmp_path):
    """The page title drops the headline's ellipsis ("Stats Impressive!" for "Stats… Impressive!"),
    and a list of recent posts further down holds the title as the title has it: the headline is
    the line above the post, and the post is read."""
    title = "Storage Stats Impressive!"
    paragraphs = [BODY, BODY.replace("council", "mayor")]
    recent = ["Recent Posts", "Thinking of stretching your cluster? Now twice as far", title, "Backstage Pass!"]
    text = "\n".join([f"{title} - Virtual Geek", "Virtual Geek", "Home", "Archives", "November 01, 2012",
                      "Storage Stats… Impressive!", *paragraphs, "Posted at 11:09 AM | Permalink", "Comments",
                      "Post a comment", *recent, "About", "Privacy"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "post.txt", text)), 10**6))
    assert article.title == "Storage Stats… Impressive!"
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


def test_the_page_title_on_the_first_line_is_the_headline_not_the_first_paragraph(tmp_path):
    """A news agency's page: its title, a link, then the story, with no menu between. The title
    is heard as the headline, once, and not again as the story's first paragraph."""
    title = "AP: Mayor says the old bridge will close for the whole winter"
    paragraphs = [f"{first} Traffic will be sent through the town centre, which residents fear will double the time "
                  f"it takes to reach the hospital, and buses will run every ten minutes instead." for first in story(3)]  # fmt: skip
    text = "\n".join(
        [title, "Go to Google News", *paragraphs, "Hosted by", "Copyright © 2008 AFP. All rights reserved."]
    )
    article = clean(read_source(str(write(tmp_path / "page.txt", text)), 10**6))
    assert article.title == title
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


def test_the_headline_is_found_when_the_page_title_drops_its_apostrophes(tmp_path):
    """The page title spells "Saj's" as "Sajs" and "won't" with a curly apostrophe: the line that
    says it otherwise is still the headline, and the list of most-read stories above it is not read."""
    headline = "Pace star Saj's Bollywood adventure won't stop"
    most_read = [f"{rank} {story}" for rank, story in enumerate(["Fred Dibnah: Do yer like that!", "Reward in hunt for "
                 "post office raiders", "Megson wants Anelka to stay", "Why we sold him, says the chairman"], start=1)]  # fmt: skip
    paragraphs = story(3)
    text = "\n".join(["Pace Star Sajs Bollywood Adventure Won’t Stop - The Bolton News", "Home", "News", "Most read",
                      *most_read, "<< Back to index", headline, "By Graham Hardcastle", *paragraphs, "About", "Privacy"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "page.txt", text)), 10**6))
    assert article.title == headline
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


@pytest.mark.parametrize(
    "title, line, headline",
    [
        ("Ferry Shares Rise Again - Harbour Blog", "Ferry Shares Rise Again 45", "Ferry Shares Rise Again"),
        (
            "Ferry Shares Rise Again | Harbour Blog",
            "Ferry Shares Rise Again Harbour Blog Jul 26",
            "Ferry Shares Rise Again",
        ),
        (
            "Ferry Shares Rise Again On - Harbour Blog",
            "Ferry Shares Rise Again On Dover Route",
            "Ferry Shares Rise Again On Dover Route",
        ),
    ],
)
def test_the_headline_is_found_where_more_words_stand_beside_it(tmp_path, title, line, headline):
    """The headline stands with a comment count, the blog's name and a date, or the words the page
    title cut off, and the title itself stands only in the archive's list at the foot: the one post
    under the headline is read, not the readers' comments under it, and the headline is said
    without the count."""
    post = BODY.replace("The council", "I am told the council")
    comments = [f"{BODY.replace('council', name)} Thanks for the post." for name in ("mayor", "union")]
    archive = ["Archive", "July", title.split(" | ")[0].split(" - ")[0], "Why the ferry is late", "June", "Fares"]
    text = "\n".join([title, "Home", "About", "Contact", "Subscribe", "« Why the ferry is late", line, "By Ann Lee",
                      post, "Print This Post", "Tags:", "ferries", "shares", "Comments",
                      "Miles 12 days ago", comments[0], "Harbour Blog 11 days ago", comments[1],
                      "Leave a Reply", "Name (required)", *archive, "Privacy"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "post.txt", text)), 10**6))
    assert article.title == headline
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == [post]


@pytest.mark.parametrize(
    "title", ["News - Bridge closes for the winter - Town Post", "Town Post | Bridge closes for the winter"]
)
def test_the_headline_is_found_after_the_section_or_site_that_opens_the_page_title(tmp_path, title):
    """The page title opens with the section or the site's name: the headline is its part after
    them, and the site's blurb above the menus is not read as the article's start."""
    blurb = (
        "The Town Post has covered the county since 1850, and its reporters still walk the high street every "
        "morning to hear what the people who live here want the council to know. We print six days a week, we "
        "answer every letter, and we have never missed an election night, a flood or a county fair in all that time."
    )
    paragraphs = [BODY, BODY.replace("council", "mayor")]
    menu = ["Home", "News"]
    text = "\n".join([title, "Town Post", blurb, *menu, "Bridge closes for the winter", "By Ann Lee", *paragraphs,
                      "About", "Privacy"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "page.txt", text)), 10**6))
    assert article.title == "Bridge closes for the winter"
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


@pytest.mark.parametrize("navigation", [
    "Town News | Town Sport | Town Business | Town Jobs | Town Entertainment | Town Travel",
    "Home > News > Local > Bridge repairs: what we know about the cracks so far",
    "Home › Travel › Europe › Portugal: ten small towns worth the detour",
    "Wednesday, 16 January 2008: 1:51am | Town News staff",
    "Home Rugby Cricket Soccer Golf Motorsport Cycling Tennis Athletics Boxing Climbing",
    "NEWS BIZ SPORTS FORUMS BLOGS VIDEO ENTERTAINMENT LIVING JOBS AUTOS REAL ESTATE",
    "var siteName = 'Town_News'; var areaName = 'NEWS.STORY';",
    "function sendSearch(searchURL, formId) { redirect(searchURL, 'target', formId); }",
    "By ANN LEE and BOB KING, Associated Press Writers 1 hour, 32 minutes ago",
    "By ANN LEE, Associated Press Writer Sat Dec 29, 10:10 AM ET",
    "As a registered user of Town News Online, you will be able to:",
])  # fmt: skip
def test_a_menu_a_breadcrumb_or_a_timestamp_is_not_taken_for_the_headline(navigation):
    """Where the page title is not set again on the page, the headline is guessed among the lines
    above the story; the fullest of them is often the site's menu on one line, a line of its
    script, a wire byline or a sign-up box's list."""
    lines = make_lines(["Star", navigation, "Bridge closes for the winter", *story(3)], "en")
    assert find_headline(lines, body_start=3) == (2, "Bridge closes for the winter")


@pytest.mark.parametrize("headline", [
    "Ukraine Bill Proposes Prison for Positive Gay Depictions in Schools and Media",
    "RIM Rolls Out Interactive BlackBerry 7 Promo Videos For Feature Phone Users",
])  # fmt: skip
def test_a_long_headline_in_title_case_is_not_taken_for_a_menu(headline):
    lines = make_lines(["Star", "Home News", headline, *story(3)], "en")
    assert find_headline(lines, body_start=3) == (2, headline)


def test_the_headline_is_not_its_entry_in_a_list_of_recent_posts_above_it(tmp_path):
    """A list of recent posts above the post holds its title with a date ("... (7 hours ago)"):
    the headline is the title standing again over the post, and the list is not read."""
    title = "Ferry Shares Rise Again On Dover Route"
    recent = [f"{post} ({when} ago)" for post, when in [(title, "7 hours"), ("Why The Ferry Is Late", "6 days"),
              ("Fares Go Up In Spring", "3 weeks"), ("Seven Things To Know About The Harbour", "1 month")]]  # fmt: skip
    paragraphs = [BODY, BODY.replace("council", "mayor")]
    text = "\n".join([title, "Home", "Blog", "Recent Posts", *recent, "Current Articles | RSS Feed", title, "Tweet",
                      *paragraphs, "Comments", "About", "Privacy"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "post.txt", text)), 10**6))
    assert article.title == title
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


@pytest.mark.parametrize(
    "headline", ["The harbour wall will be rebuilt in stone", "Photos: The harbour wall rebuilt in stone"]
)
def test_the_headline_over_its_byline_not_the_same_title_in_a_list_of_stories_above(tmp_path, headline):
    """A blog's page lists its latest posts above the post, the post's own title among them: the
    headline is where the title stands again over the byline, and the blog's blurb between the
    list and the post (likelier to the line model than a short post) is not heard. So too where the
    title is a gallery's, which reads as a photo's credit ("Photos: ...", as "Photo: Ann Lee/AP")."""
    blurb = ("About this blog: Harbour Notes is the Town News blog about the river, the harbour and the people who "
             "work on them, written by our reporters and updated several times a week.")  # fmt: skip
    lines = [headline, *NEWS_MENU, "Latest posts", OTHER_STORIES[0], headline, OTHER_STORIES[1], OTHER_STORIES[2],
             blurb, "Archives", "Comments", headline, "Posted by Ann Lee on October 31, 2012 at 5:27 pm",
             "Share", BODY, "Copyright 2012 Town News. All rights reserved."]  # fmt: skip
    article = copied(tmp_path, lines)
    assert (article.title, headings_and_paragraphs(article)) == (headline, [BODY])
