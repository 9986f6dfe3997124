"""Chapters in a copied page: headings a listener can skip between, and lines that look like
headings and are not (a byline, a date, a credit, a drop cap)."""

from __future__ import annotations

import pytest

from listen import clean, read_source
from listen.copied_lines import make_lines
from listen.textdump import CopiedPage, article_of

from .clean_pages import (
    BODY,
    EXPLAINER_ANSWERS,
    FRENCH_STORY,
    GERMAN_STORY,
    NEWS_MENU,
    OTHER_STORIES,
    PORTUGUESE_STORY,
    SPANISH_STORY,
    WIKI_FOOT,
    WIKI_SECTIONS,
    WIKI_TOP,
    copied,
    headings_and_paragraphs,
    story,
    write,
)


@pytest.mark.parametrize("heading", ["What drivers should do", "5 things drivers should know"])
def test_plain_text_headings_become_chapters(tmp_path, heading):
    second = BODY.replace("council", "mayor").replace("winter", "summer")
    text = f"Bridge closes for the winter\n\n{BODY}\n\n{heading}\n\n{second}\n"
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert article.title == "Bridge closes for the winter"
    assert [chapter.title for chapter in article.chapters] == ["", heading]


@pytest.mark.parametrize(
    "byline",
    ["By JEFF KAROUB, AP Business Writer 47 minutes ago", "January 9th, 2008 by Ed Kent",
     "By: Murray Brewster, THE CANADIAN PRESS"],
)  # fmt: skip
def test_a_byline_set_where_a_heading_stands_names_no_chapter(tmp_path, byline):
    """A wire story's byline below its lead, where a heading would stand: it names no chapter in a
    player and is not heard ("47 minutes ago" is wrong by the time anyone listens). A heading that
    opens with "By" still names one."""
    paragraphs = story(3)
    lines = ["Bridge closes for the winter", paragraphs[0], byline, paragraphs[1], "By the numbers", paragraphs[2]]
    article = clean(read_source(str(write(tmp_path / "a.txt", "\n\n".join(lines))), 10**6))
    assert [chapter.title for chapter in article.chapters] == ["", "By the numbers"]
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


def test_a_date_under_its_label_between_paragraphs_is_neither_heard_nor_a_chapter(tmp_path):
    """ "Updated" on a line of its own over "5 March 2026" is when the story changed, not a heading."""
    paragraphs = story(2)
    lines = ["Council closes the old bridge", paragraphs[0], "Updated", "5 March 2026", paragraphs[1]]
    assert [(chapter.title, chapter.paragraphs) for chapter in copied(tmp_path, lines).chapters] == [("", paragraphs)]


@pytest.mark.parametrize(
    "dateline", ["CNN —", "LONDON --", "NEW YORK (AP) —", "Hong Kong CNN —", "Millbrook, Maine CNN —"]
)
def test_a_dateline_on_a_line_of_its_own_is_heard_with_the_lead_not_as_a_heading(tmp_path, dateline):
    """A page that sets the dateline apart from the lead ("CNN —", then "Archaeologists digging ..."):
    the listener hears it with the lead, as printed, not as a chapter's title."""
    paragraphs = story(3)
    lines = [*NEWS_MENU, "Council closes the old bridge", "By Ann Lee", dateline, *paragraphs, "© 2026 Town News"]
    article = copied(tmp_path, lines)
    assert [(chapter.title, chapter.paragraphs) for chapter in article.chapters] == [
        ("", [f"{dateline} {paragraphs[0]}", *paragraphs[1:]])
    ]


def test_a_rule_of_underscores_between_a_wire_storys_sections_is_no_chapter(tmp_path):
    """Wire stories set "___" between their sections: a player lists no chapter for it."""
    paragraphs = story(4)
    lines = ["Bridge news - Example Presse", "Home", "News", "Bridge news", *paragraphs[:2], "___", *paragraphs[2:],
             "© 2026 Example Presse"]  # fmt: skip
    article = copied(tmp_path, lines)
    assert ([chapter.title for chapter in article.chapters], headings_and_paragraphs(article)) == ([""], paragraphs)


def test_a_tweets_credit_is_heard_under_it_and_is_no_chapter(tmp_path):
    """A tweet a story quotes, with its credit and its picture's link under it: the credit says
    who wrote it, as the tweet's last line, not a chapter a player lists; the link is no chapter either."""
    paragraphs = story(4)
    tweet = "Just got a flood warning and I live on the fourth floor. Thanks for the fright."
    credit = "— Sam Ortiz (@samortiz) December 3, 2026"
    lines = ["Bridge news - Example Presse", "Home", "News", "Bridge news", *paragraphs[:2], tweet, credit,
             *paragraphs[2:3], "pic.twitter.com/abc123XYZ", *paragraphs[3:], "© 2026 Example Presse"]  # fmt: skip
    article = copied(tmp_path, lines)
    assert [chapter.title for chapter in article.chapters] == [""]
    assert headings_and_paragraphs(article) == [*paragraphs[:2], tweet, credit, *paragraphs[2:3],
                                                "pic.twitter.com/abc123XYZ", *paragraphs[3:]]  # fmt: skip


@pytest.mark.parametrize("heading", ["Trending up", "Also on the ballot"])
def test_a_storys_own_heading_like_a_boxs_label_is_heard(tmp_path, heading):
    """A market report's "Trending up" section, an election story's "Also on the ballot", are the
    story's, not a box of other stories ("Also on Town News")."""
    paragraphs = story(4)
    text = "\n\n".join(["Bridge closes for the winter", *paragraphs[:2], heading, *paragraphs[2:]])
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [(chapter.title, chapter.paragraphs) for chapter in article.chapters] == [
        ("", paragraphs[:2]),
        (heading, paragraphs[2:]),
    ]


def test_a_fact_boxs_lines_are_heard_in_its_chapter_and_name_none(tmp_path):
    """An obituary's "Born: ..." over "Died: ...": two lines that each name a fact, set together,
    are heard where they stand and name no chapter; a "Label: words" line alone over prose stays a
    heading."""
    paragraphs = story(4)
    facts = ["Born: 12 March 1932, Oban", "Died: 1 December 2026, Fort William"]
    heading = "Analysis: what the keepers knew"
    lines = ["Obituaries", "Margaret Hale, lighthouse keeper, dies at 94", *paragraphs[:2], *facts,
             *paragraphs[2:3], heading, *paragraphs[3:], "© 2026 Highland Courier"]  # fmt: skip
    chapters = [(chapter.title, chapter.paragraphs) for chapter in copied(tmp_path, lines).chapters]
    assert chapters == [("", [*paragraphs[:2], *facts, *paragraphs[2:3]]), (heading, paragraphs[3:])]


def test_the_last_of_a_summarys_key_points_is_no_chapter(tmp_path):
    """An explainer's "Key points:" over points with no marks, then its questions and answers: the
    last point stands over a question as a heading would, but it is the list's, and the player
    lists no chapter for it."""
    points = ["Red alerts are the highest level of weather warning", "They mean danger to life is likely",
              "Stay indoors and avoid travel"]  # fmt: skip
    answers = EXPLAINER_ANSWERS[:6]
    lines = ["Skip to content", "News", "Explainers", "What is a red alert, and what should you do?",
             "Explainer | By Tom Reed | 4 December 2026", "Key points:", *points, *answers, "Read more about:",
             "Weather", "Storms", "Was this article helpful?", "Yes", "No"]  # fmt: skip
    article = copied(tmp_path, lines)
    assert [chapter.title for chapter in article.chapters] == [""]
    assert headings_and_paragraphs(article) == ["Key points:", *points, *answers]


def test_a_pull_quote_is_not_heard_again(tmp_path):
    """A column's pull quote, two of its sentences set again large between its paragraphs, in
    quotation marks: a listener hears them once, where the column says them; a paragraph the
    page sets twice is no pull quote of itself."""
    paragraphs = [
        "Except the library. Every weekday, from nine until seven, anyone can walk in, sit at a table and stay as "
        "long as they like. Nobody asks what you are buying.",
        "That is the most radical thing left on the high street. And it is why the plan to cut opening hours to "
        "three days a week should worry anyone who cares about what a town is for.",
        "The council says the savings are small but necessary. I believe them. But the cost of losing a warm, free "
        "room is not measured in the budget.",
    ]
    quote = "“Nobody asks what you are buying. That is the most radical thing left on the high street.”"
    lines = ["The library is the last free room in town - Example News", "Home", "Opinion",
             "The library is the last free room in town", *story(2), paragraphs[0], quote, *paragraphs[1:],
             "© 2026 Example News"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == [*story(2), *paragraphs]


def test_a_columns_call_for_letters_is_not_heard_and_its_writers_line_is_no_chapter(tmp_path):
    """Under a column: who wrote it, then the paper's call for readers' letters ("Do you have an
    opinion on the issues raised in this article? ... please click here."), then its topics. The
    call is not heard; the writer's line closes the column, and names no chapter."""
    paragraphs = story(4)
    writer = "Ruth Adeyemi is a writer and former librarian"
    call = ("Do you have an opinion on the issues raised in this article? If you would like to submit a response of "
            "up to 300 words by email to be considered for publication in our letters section, please click here.")  # fmt: skip
    lines = ["Skip to main content", "Opinion", "The library is the last free room in town", "By Ruth Adeyemi",
             "Share", *paragraphs, writer, call, "Explore more on these topics", "Libraries", "Local government",
             "Most viewed"]  # fmt: skip
    chapters = [(chapter.title, chapter.paragraphs) for chapter in copied(tmp_path, lines).chapters]
    assert chapters == [("", [*paragraphs, writer])]


def test_the_sections_a_guides_table_of_contents_names_are_heard_as_chapters(tmp_path):
    """A how-to guide lists its sections under "Table of Contents" and sets each over a few short
    steps or one paragraph, which the line model doubts: every section the table names is heard,
    its name a chapter's title, down to the page's "Was this article helpful?"; the table is not."""
    lead = "Backing up your phone to a computer keeps a full copy of your data that does not depend on the cloud."
    sections = [
        ("Back up with Finder", ["On a Mac running a recent system, you use Finder.",
                                 "Connect your phone to your Mac with a cable.",
                                 "Open a Finder window and select your phone in the sidebar.", "Click Back Up Now."]),
        ("Back up with iTunes", ["On Windows, or on an older Mac, you use iTunes instead. The steps are almost the "
                                 "same: connect your phone, click its icon, then click Back Up Now."]),
        ("What gets backed up", ["A computer backup includes almost everything on your phone: settings, messages, "
                                 "photos and app data. It does not include music you bought."]),
    ]  # fmt: skip
    lines = ["Home", "Tech", "How-To", "How to back up your phone to your computer", "Written by Ann Lee",
             "Updated Mar 12, 2026", "Table of Contents", *(name for name, _ in sections), lead,
             *(line for name, text in sections for line in [name, *text]), "Was this article helpful?", "Yes", "No",
             "Related Articles", "How to free up space on your phone"]  # fmt: skip
    chapters = [(chapter.title, chapter.paragraphs) for chapter in copied(tmp_path, lines).chapters]
    assert chapters == [("", [lead]), *sections]


def test_a_box_scores_last_row_over_the_story_is_no_chapter(tmp_path):
    """A game story sets its box score between paragraphs, a header row and a row for each team:
    the rows are the story's table, and the last, over the next paragraph, is no chapter's title."""
    paragraphs = story(4)
    rows = ["Team 1 2 3 4 T", "New York 30 31 24 20 105", "Boston 25 24 31 32 112"]
    lines = [*NEWS_MENU, "Celtics rally past Knicks", "By Ann Lee", *paragraphs[:2], *rows, *paragraphs[2:],
             "Copyright 2026 Town News. All Rights Reserved."]  # fmt: skip
    chapters = [(chapter.title, chapter.paragraphs) for chapter in copied(tmp_path, lines).chapters]
    assert chapters == [("", [*paragraphs[:2], *rows, *paragraphs[2:]])]


@pytest.mark.parametrize("letter, rest, lead", [
    ("T", "he lighthouse stands on a rock a mile off the coast.", "The lighthouse stands on a rock a mile off the coast."),
    ("A", "fter the storm the lighthouse stood alone.", "After the storm the lighthouse stood alone."),
    ("A", "man has kept the lighthouse for thirty years.", "A man has kept the lighthouse for thirty years."),
])  # fmt: skip
def test_a_drop_cap_on_a_line_of_its_own_is_heard_with_its_word(tmp_path, letter, rest, lead):
    """A long read sets its first letter large, and a browser copies it on a line of its own ("T",
    then "he lighthouse stands ..."): the listener hears the word whole, and the letter is no
    chapter's title."""
    paragraphs = story(4)
    lines = [*NEWS_MENU, "The last lighthouse keeper", "By Ann Lee", "March 12, 2026", letter,
             f"{rest} {paragraphs[0]}", *paragraphs[1:], "More:", "Maine"]  # fmt: skip
    chapters = [(chapter.title, chapter.paragraphs) for chapter in copied(tmp_path, lines).chapters]
    assert chapters == [("", [f"{lead} {paragraphs[0]}", *paragraphs[1:]])]


def test_an_encyclopedias_paragraphs_are_heard_whole_with_their_citation_marks_but_not_its_references(tmp_path):
    """Copied from a wiki, every paragraph ends in its citation marks ("... a reservoir.[1]"),
    which hid its sentences from the cleaner: each section is heard, and the list of references
    under them is not."""
    lines = [*WIKI_TOP, *(line for title, texts in WIKI_SECTIONS for line in [title, *texts] if line), *WIKI_FOOT]
    chapters = [(chapter.title, chapter.paragraphs) for chapter in copied(tmp_path, lines).chapters]
    assert chapters == [(title, texts) for title, texts in WIKI_SECTIONS]


def test_an_encyclopedias_sections_under_edit_links_are_heard_without_their_formulas_source_or_references(tmp_path):
    """Copied from a wiki whose headings carry a link to edit them ("History [ edit ]"), under its
    table of contents, which names the references too: each section is heard under its heading,
    the references are not, and a formula is read as shown without the TeX source the copy holds
    after it ("ω = 2 {\\displaystyle \\omega =2}")."""
    formula = "At full flow the wheel turns at ω = 2 {\\displaystyle \\omega =2} turns a second.[10]"
    carew = (
        "Carew tide mill in Pembrokeshire is the only one in Wales to survive intact, and it is open to visitors.[9]"
    )
    sections = [*WIKI_SECTIONS, ("Mills today", ["Carew mill in 2009"]), ("Carew", [carew, formula])]
    contents = ["Contents", "1 History", "2 Decline", "3 Mills today", "3.1 Carew", "4 References"]
    foot = ["References [ edit ]", *WIKI_FOOT[WIKI_FOOT.index("References") + 1 :]]
    lines = [*WIKI_TOP, *sections[0][1], *contents,
             *(line for title, texts in sections[1:] for line in [f"{title} [ edit ]", *texts]), *foot]  # fmt: skip
    chapters = [(chapter.title, chapter.paragraphs) for chapter in copied(tmp_path, lines).chapters]
    heard_formula = "At full flow the wheel turns at ω = 2 turns a second.[10]"
    assert chapters == [*WIKI_SECTIONS, ("Mills today", ["Carew mill in 2009"]), ("Carew", [carew, heard_formula])]


LIVE_ENTRIES = [
    ("Rivers still rising in Monmouth", ["The River Monnow is expected to peak this evening, the Environment Agency "
                                         "says, and residents in low-lying streets have been told to move valuables."]),
    ("Rail disruption continues", ["Network Rail says lines between Cardiff and Newport will stay closed until at "
                                   "least tomorrow morning while engineers inspect a damaged bridge.",
                                   "Passengers are being told not to travel."]),
    ("More than 20,000 homes still without power", ["Engineers are working to reconnect homes in the south west, "
                                                    "where fallen trees brought down power lines overnight."]),
    ("Welcome to our live coverage", ["Good afternoon and welcome to our coverage of Storm Bert, which has brought "
                                      "heavy rain and gales to much of the country."]),
]  # fmt: skip


@pytest.mark.parametrize("times, share, share_above", [
    (["Posted at 15:10", "Posted at 14:52", "Posted at 14:30", "Posted at 14:05"], [], []),
    (["1h ago\n15.10 GMT", "2h ago\n14.52 GMT", "3h ago\n14.30 GMT", "4h ago\n14.05 GMT"], [], []),
    (["3.10pm GMT", "2.52pm GMT", "2.30pm GMT", "2.05pm GMT"], ["Share"], []),
    (["Posted at 15:10", "Posted at 14:52", "Posted at 14:30", "Posted at 14:05"], [], ["Share"]),
])  # fmt: skip
def test_every_entry_of_a_live_blog_is_heard_under_its_heading(tmp_path, times, share, share_above):
    """A live page's entries, newest first, each under its time (or its age and time) and heading,
    with a share button below it (or between its heading and its text): the line model doubts each
    short entry between them, and every one is heard, its heading a chapter; the times are not
    read."""
    entries = [
        line
        for time, (heading, text) in zip(times, LIVE_ENTRIES)
        for line in [time, heading, *share_above, *text, *share]
    ]
    lines = ["Skip to content", "News", "Storm Bert: Flood warnings across Wales and England", "Live Reporting",
             "Edited by Anna Clarke", *entries, "Top Stories", "Ceasefire talks resume in Cairo",
             "Why are house prices falling?"]  # fmt: skip
    chapters = [(chapter.title, chapter.paragraphs) for chapter in copied(tmp_path, lines).chapters]
    assert chapters == LIVE_ENTRIES


@pytest.mark.parametrize("photo", [[], ["Photograph: Ann Lee"], ["Getty Images"]])
def test_a_list_articles_numbered_sections_are_chapters(tmp_path, photo):
    """ "7 quiet cities to visit": each numbered place over its paragraph (and its photo's credit,
    perhaps) is a chapter a listener can skip to; a numbered list's last item over the prose below
    it is none."""
    places = ["Ghent, Belgium", "Ljubljana, Slovenia", "Porto, Portugal"]
    sections = [
        (f"{number}. {place}", [paragraph]) for number, (place, paragraph) in enumerate(zip(places, story(3)), 1)
    ]
    steps = ["1. Book early", "2. Pack light", "3. Travel midweek"]
    headline = "Three quiet cities to visit this winter"
    lines = [f"{headline} - Example Travel", "Home", "Travel", headline, "By Maya Lund", *story(4)[3:], *steps,
             *[line for title, text in sections for line in [title, *photo, *text]], "© 2026 Example Travel"]  # fmt: skip
    chapters = [(chapter.title, chapter.paragraphs) for chapter in copied(tmp_path, lines).chapters]
    assert chapters == [("", [*story(4)[3:], *steps]), *sections]


def test_a_wire_credit_under_the_photo_of_a_copied_news_page_is_no_chapter(tmp_path):
    """A news page's copied text as a reader selects it: the headline, its bullet points, the
    photo's caption and the agency's name on a line of its own above the story. The story is heard
    whole in one chapter, with no chapter named "Bloomberg"."""
    paragraphs = story(4)
    points = ["The council closes the old bridge to cars until spring after engineers found cracks",
              "Drivers face a detour of twenty minutes through the town centre"]  # fmt: skip
    text = "\n".join(["Advertisement", "World", "Bridge closes for the winter", *(f"  • {point}" for point in points),
                      "Reading Time:2 minutes", "The old bridge on Tuesday, after the council's vote. Photo: Town News",
                      "Bloomberg", *paragraphs, "Advertisement"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "story.txt", text)), 10**6))
    assert [chapter.title for chapter in article.chapters] == [""]
    assert article.chapters[0].paragraphs[-len(paragraphs) :] == paragraphs


def test_a_wikis_section_heading_over_its_first_subsection_is_heard_without_its_edit_link(tmp_path):
    """A section whose text begins with a subsection ("History[edit]" right over
    "Construction[edit]") is heard by its name, "History", not "History edit"; the subsections are
    chapters."""
    paragraphs = story(6)
    lines = ["Tide mill - Wikipedia", "Jump to content", "Main menu", "Search", "Create account", "Log in", "Tide mill",
             "Article", "Talk", "Read", "Edit", "View history", *paragraphs[:2], "History[edit]",
             "Construction[edit]", *paragraphs[2:4], "Operation[edit]", *paragraphs[4:], "References[edit]",
             "Categories: Watermills", "Privacy policy", "About Wikipedia"]  # fmt: skip
    chapters = [(chapter.title, chapter.paragraphs) for chapter in copied(tmp_path, lines).chapters]
    assert chapters == [
        ("", [*paragraphs[:2], "History"]),
        ("Construction", paragraphs[2:4]),
        ("Operation", paragraphs[4:]),
    ]


@pytest.mark.parametrize("paragraphs, title, tagline, skip_links, section, main_article", [
    (FRENCH_STORY, "Pont de la Rance — Wikipédia", "Un article de Wikipédia, l'encyclopédie libre.",
     "Aller à la navigation Aller à la recherche", "Histoire[modifier | modifier le code]",
     "Article détaillé : Histoire des ponts de Bretagne."),
    (GERMAN_STORY, "Rance-Brücke – Wikipedia", "Aus Wikipedia, der freien Enzyklopädie",
     "Zur Navigation springen Zur Suche springen", "Geschichte[Bearbeiten | Quelltext bearbeiten]",
     "Hauptartikel: Geschichte der Brücken in der Bretagne"),
    (SPANISH_STORY, "Puente del Rance - Wikipedia, la enciclopedia libre", "De Wikipedia, la enciclopedia libre",
     "Ir a la navegación Ir a la búsqueda", "Historia[editar]", "Artículo principal: Historia de los puentes de Bretaña"),
    (PORTUGUESE_STORY, "Ponte do Rance – Wikipédia, a enciclopédia livre", "Origem: Wikipédia, a enciclopédia livre.",
     "Saltar para a navegação Saltar para a pesquisa", "História[editar | editar código-fonte]",
     "Artigo principal: História das pontes da Bretanha"),
])  # fmt: skip
def test_a_wiki_page_in_its_language_is_heard_without_its_tagline_skip_links_or_main_article_note(
    tmp_path, paragraphs, title, tagline, skip_links, section, main_article
):
    """A French, German or Spanish Wikipedia article as a browser copies it: the tagline under the
    title, the skip links and a section's "Main article" note, in the page's language, are not
    heard; the section's name is its chapter."""
    headline = title.split(" –")[0].split(" —")[0].split(" -")[0]
    lines = [title, headline, tagline, skip_links, *paragraphs[:2], section, main_article, *paragraphs[2:]]
    article = copied(tmp_path, lines)
    chapters = [(chapter.title, chapter.paragraphs) for chapter in article.chapters]
    assert (article.title, chapters) == (headline, [("", paragraphs[:2]), (section.split("[")[0], paragraphs[2:])])


def test_a_countdown_lists_sections_under_their_numbers_are_heard_to_the_last():
    """A list article counts down its sections, each under its number on a line of its own and its
    heading ("10", "Maori Warrior Masks", then a paragraph), and the line model doubts the last ones:
    all are heard, each under its number and heading, and the site's other lists are not."""
    places = ["Harbour Bridge", "Old Tide Mill", "Salt Marsh", "Lock Keeper's Cottage", "Ferry Pier"]
    paragraphs = [f"Walkers say they hear the {place.lower()} creak on windless nights. {BODY}" for place in places]
    sections = [text for at, place in enumerate(places) for text in (str(5 - at), place, paragraphs[at])]
    texts = ["Top 5 Haunted Places - Mill News", "Top 5 Haunted Places", BODY, *sections,
             "Similar lists", *OTHER_STORIES]  # fmt: skip
    lines = make_lines(texts, "en")
    for at, line in enumerate(lines):
        line.probability, line.label = (0.9, "good") if at in (2, 5, 8) else (0.2, "short")
    article = article_of(CopiedPage(lines, "en", 1, texts[1], "Mill News"), "")
    headings = [f"{5 - at}. {place}" for at, place in enumerate(places)]
    assert headings_and_paragraphs(article) == [BODY, *[text for pair in zip(headings, paragraphs) for text in pair]]


def test_an_interviews_sub_headings_are_chapters_among_its_speakers_answers(tmp_path):
    """An interview whose lines open with its speakers' names ("Ann Lee: ...", "Sam Ortiz: ..."),
    the same labels over and over as a guide's entries have, with a sub-heading of its own amid an
    answer that runs on for paragraphs: the sub-heading is a chapter, as in any story."""
    exchanges = [(f"Ann Lee: {question}", f"Sam Ortiz: {answer}") for question, answer in [
        ("When did you first notice the cracks in the old bridge?", "Two winters ago, after the coldest week "
         "anyone in the town could remember, when the ice sat on the piers for days."),
        ("What did the engineers tell the council about them?", "That two of the supports would not last another "
         "winter of heavy lorries, and that the bridge should close until it is mended."),
        ("How long will the repairs take once they begin?", "Most of the winter, if the weather lets the crews work "
         "on the river, and a little longer if the floods come early again."),
        ("What will the ferry do while the bridge is closed?", "It will run every half hour from the quay, and the "
         "council will pay for an extra boat on market days and at the weekend."),
    ]]  # fmt: skip
    heading = "What the town does next"
    went_on = ("The council has promised to publish every week how far the work has come, in the paper and on its "
               "website, so that nobody has to guess when the bridge will open again.")  # fmt: skip
    interview = [*exchanges[0], *exchanges[1], heading, went_on, *exchanges[2], *exchanges[3]]
    lines = ["Ten minutes with the bridge engineer - Town News", *NEWS_MENU, "Ten minutes with the bridge engineer",
             "By Ann Lee", BODY, *interview, "Share this:", "Facebook", "Copyright 2012 Town News. All rights reserved."]  # fmt: skip
    article = copied(tmp_path, lines)
    assert [chapter.title for chapter in article.chapters] == ["", heading]
    assert headings_and_paragraphs(article) == [BODY, *interview]
