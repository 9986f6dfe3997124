"""The copied-text cleaner: where a page's article starts and ends among its lines, and what
amid it is not heard, in English and the other languages listen knows."""

from __future__ import annotations

import calendar
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from listen import ListenError, clean, read_source
from listen.cleaner import (
    took_another_block,
    took_menus_above,
    took_much_around_it,
    within_copied_span,
)
from listen.copied_headline import find_headline
from listen.copied_lines import make_lines
from listen.model import Chapter
from listen.textdump import CopiedPage, article_of, closed_by_end_marker, judge_lines, word_runs
from listen.unwrap import unwrapped

from .clean_pages import BODY, copied, example_paragraphs, headings_and_paragraphs, story, write


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


WRAPPED = [
    "The harbour town of Saltmere woke slowly on the morning of the storm, its fishing boats tied "
    "twice over and its shutters nailed against the wind that had been rising since midnight.",
    "By nine o'clock the harbour master had closed the quay to everyone but the lifeboat crew, who "
    "stood in their oilskins watching the breakers climb the sea-wall and fall back onto the cobbles.",
    "Nobody could remember a storm like it, though the oldest fishermen said their fathers had "
    "spoken of one in the winter of 1903, when the mill on the point lost its roof and its wheel.",
]


@pytest.mark.parametrize("width", [64, 72, 78])
def test_a_text_wrapped_at_a_width_is_heard_in_its_paragraphs(tmp_path, width):
    """A plain-text file or an e-mail breaks its lines where the next word would not fit: the
    voice hears whole paragraphs, not a pause in the middle of every sentence."""
    text = "A storm over Saltmere\n\n" + "\n\n".join(textwrap.fill(p, width) for p in WRAPPED) + "\n"
    article = clean(read_source(str(write(tmp_path / "storm.txt", text)), 10**6))
    assert article.title == "A storm over Saltmere"
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == WRAPPED


def test_only_a_pages_wrapped_block_is_joined(tmp_path):
    """A copied page with a press release in a preformatted block: its broken lines are joined,
    the menu and the list around it keep theirs."""
    menu = ["Home", "World news and analysis from our own reporters", "Business", "Sport"]
    items = ["- a full-colour touch screen that shows every device in the room", "- a battery that lasts a week"]
    release = textwrap.indent("\n\n".join(textwrap.fill(p, 70) for p in WRAPPED), "    ")
    page = "\n".join([*menu, "", release, "", "What the remote offers:", *items])
    lines = [" ".join(line.split()) for line in unwrapped(page) if line.strip()]
    assert lines == [*menu, *WRAPPED, "What the remote offers:", *items]


TEASERS = (
    "Why farmers may want to paint their cows with zebra stripes\n\n"
    "Some people thought the stripy cattle in a pasture were a joke, but the science behind "
    "them could save farmers a great deal of money every single year.\n\n"
    "Woman risks her life to save a koala\n\n"
    "At least six people have died and hundreds of homes have been destroyed by the fires.\n"
)


@pytest.mark.parametrize("footer", [
    "© 2019 CBS Interactive Inc. All Rights Reserved.",
    "Copyright 2024 Town News Ltd. All rights reserved.",
    "More in World",
    "MORE MANITOBA HEADLINES »",
    "MORE NFLD. & LABRADOR HEADLINES »",
    "More in Arts & Entertainment",
    "Most Popular",
    "Most read stories",
    "Today's Most Read",
    "Next post: Why the ferry is late",
    "PREVIOUS POST",
    "« Older Entry",
    "More games news:",
    "People who read this also read:",
    "Also on Town News",
    "Also on HuffPost:",
    "A version of this article appeared in print on July 24, 2012, on page A1 of the New York edition.",
    "This article was published on townnews.example at 14.00 EDT on Monday 29 October 2012.",
    "Distributed by Town Wire. This material may not be published, broadcast, rewritten or redistributed.",
])  # fmt: skip
def test_teasers_after_the_footer_are_not_read(tmp_path, footer):
    second = BODY.replace("council", "mayor").replace("winter", "summer")
    text = f"Bridge closes for the winter\n\n{BODY}\n\n{second}\n\n{footer}\n\n{TEASERS}"
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == [BODY, second]


def test_a_storys_short_closing_sentence_above_the_pages_furniture_is_read(tmp_path):
    """The last line of a story is often one short sentence, and the page's photo credit, share
    box and tags stand right under it: cutting it is cutting the story short."""
    paragraphs = [*story(3), "Work on the tunnel starts in May."]
    text = "\n\n".join(["Bridge closes for the winter", *paragraphs, "Main image credit: Getty", "Share",
                        "Tags: Bridges", "Related articles", "Harbour master steps down after 30 years"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


@pytest.mark.parametrize("opening", [
    "Will the town find another way across the river this year?",
    "Who will pay for the repairs to the old bridge this time?",
])  # fmt: skip
def test_a_storys_short_opening_sentence_under_the_pages_menus_is_read(tmp_path, opening):
    """A blog post often opens with one short sentence, a question, right under its byline and
    the blog's links, where the line model doubts it: losing it loses how the story begins."""
    paragraphs = [opening, *story(3)]
    above = ["Bridge closes for the winter - Town News", "Home", "About", "Our Staff", "FAQs", "search",
             "Home / Blog / Bridge closes for the winter", "Bridge closes for the winter",
             "by Ann Lee | November 6, 2012", "Subscribe to...", "All Blog Posts"]  # fmt: skip
    text = "\n\n".join([*above, *paragraphs, "Tweet", "Email", "Print", "Harbour master steps down after 30 years"])
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


@pytest.mark.parametrize("label", ["Share this:", "Tags:", "Topics:", "Related posts"])
def test_a_label_for_what_follows_the_story_is_not_read(tmp_path, label):
    """A share box's or a tag list's label right under the story's last paragraph, which the line
    model may take for the story's last line: it labels what follows, and is not read."""
    paragraphs = story(3)
    text = "\n\n".join(["Bridge closes for the winter", *paragraphs, label, "Twitter", "Facebook"])
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


@pytest.mark.parametrize("label", ["see also", "Related Articles"])
def test_a_box_of_other_stories_above_the_story_is_not_heard(tmp_path, label):
    """Other stories' headlines above the story's first paragraph, with a box's label among them and
    a teaser under it ("... have been diagnosed with the plague,..."): the line model finds them
    likely beside the story, but the story opens under the box."""
    paragraphs = story(4)
    box = ["Ferry service to end after storm damage to the pier", "Harbour master steps down after 30 years",
           label, "Tunnel repairs to close the east road for a month", "Repairs to the tunnel under the river will,..."]  # fmt: skip
    text = "\n\n".join(["Bridge closes for the winter | Town News", "Home", "News", "Bridge closes for the winter",
                        "By Ann Lee", *box, *paragraphs, "Share this article"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


@pytest.mark.parametrize("credit, heard", [
    ("With files from the Canadian Press", True),
    ("Associated Press writer Ann Lee contributed to this report.", True),
    ("(Reporting by Ann Lee; Editing by Bob Smith)", False),  # a wire's desk credit: furniture
    ("This article was originally published on The Conversation. Read the original article.", True),
    ("Originally published on Town News.", True),
])  # fmt: skip
def test_other_stories_after_a_wire_credit_are_not_read(tmp_path, credit, heard):
    """The credit is a wire story's or a reprint's last line: after a story of some length, the
    headlines and teasers after it are the site's (in a short one it is furniture, above)."""
    story = [BODY.replace("winter", season).replace("council", who) for season in ("winter", "spring")
             for who in ("council", "mayor", "board")]  # fmt: skip
    text = "Bridge closes for the winter\n\n" + "\n\n".join([*story, credit, TEASERS])
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == story + [credit] * heard


def test_a_sentence_that_opens_like_a_credit_does_not_end_a_story(tmp_path):
    story = [BODY.replace("winter", season).replace("council", who) for season in ("winter", "spring")
             for who in ("council", "mayor", "board")]  # fmt: skip
    sentence = "Reporting by the Guardian found the cracks a year ago."
    text = "Bridge closes for the winter\n\n" + "\n\n".join([*story[:3], sentence, *story[3:]])
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == [*story[:3], sentence, *story[3:]]


@pytest.mark.parametrize("line, heard", [
    ("(Reporting by Greg Roumeliotis and Joshua Franklin; editing by Martin Howell.)", False),
    ("Reporting by Jane Doe in London; Editing by Bob Smith", False),
    ("(Additional reporting by Ann Lee)", False),
    ("5 min read", False),
    ("Story continues below advertisement", False),
    ("Article continues", False),
    ("Video Ad Feedback", False),
    ("Photo 2 of 6", False),
    ("1 of 3", False),
    ("01:12 - Source: WXYZ", False),
    ("Loading...", False),
    ("Get the latest updates right in your inbox. Subscribe to Town News's newsletters.", False),
    ("Like this story? Share it with a friend!", False),
    ("Thanks for reading Town Notes! Subscribe for free to receive new posts and support my work.", False),
    ("Residents who subscribe to the council's alerts will receive new posts about the works.", True),
    ("Pick Six Newsletter", False),
    ("Keep up to date with the news. Receive our free E-Newsletters", False),
    ("Have a tip? Ann Lee may be reached at alee@townnews.example.", False),
    ("Media requires JavaScript and Adobe Flash to play.", False),
    ("[ Reply ]", False),
    ("Trending News", False),
    ("Share this on WhatsApp", False),
    ("Share: 40 percent of the town voted against the plan.", True),
    ("Top | Back | E-mail a friend | Printable version", False),
    ("Reporting by the Guardian showed that the council had known about the cracks for a year.", True),
    ("The council said residents could sign up for its newsletter to hear when the bridge reopens.", True),
    ("If you want to know more, just sign up for my newsletter, which is free.", True),
    ("Sites that ask every reader to enable JavaScript before a line of text shows have made the web slower, the study found.",
     True),
    ("This post may contain affiliate links. Please read our disclosure policy.", False),
    ("If you buy something from a Town News link, we may earn a commission. See our ethics statement.", False),
    ("As an Amazon Associate I earn from qualifying purchases.", False),
    ("Jump to navigation Jump to search", False),
    ("SKIP ADVERTISEMENT", False),
    ("Share full article", False),
    ("Listen to this article · 6:12 min Learn more", False),
    ("The bridge in January, after the first frost.Credit...Ann Lee for Town News", False),
    ("Image source, Town Council", False),
    ("[1/2] The old bridge on Tuesday, after the council's vote. Ann Lee/Town News Acquire Licensing Rights", False),
    ("Acquire Licensing Rights, opens new tab", False),
    ("This article was featured in the One Story to Read Today newsletter. Sign up for it here.", False),
    ("The old bridge near the harbour, in 2024. ANN LEE / AFP", False),
    ("Follow the Town News Opinion section on Facebook, Instagram, TikTok, WhatsApp, X and Threads.", False),
    ("Sign up for Town News's science newsletter. Explore the universe with news on fascinating discoveries, "
     "scientific advancements and more.", False),
    ("The shop said affiliate links brought in most of its sales, and that it may earn a commission on each.", True),
    ("Follow me on Twitter or LinkedIn. Check out my website.", False),
    ("“We’d love to hear from you,” the mayor told residents who came to the meeting on Tuesday.", True),
    ("$399 at Amazon", False),
    ("Orcas near the harbour on Sunday morning. (Submitted by Ann Example)", False),
    ("Social Sharing", False),
    ("Journal information: Nature Ecology & Evolution", False),
    ("You are receiving this because you subscribed to The Weekly Tide. Unsubscribe | Update your preferences", False),
    ("Unsubscribe", False),
    ("NEWYou can now listen to Town News articles!", False),
    ("Published in the print edition of the March 16, 2026, issue, with the headline “Keeper.”", False),
    ("Provided by University of Example", False),
    ("More information: Ann Example et al, Fish protection speeds coral recovery, Nature Ecology & Evolution (2026). "
     "DOI: 10.1038/s41559-026-01234-5", False),
    ("Figures provided by the council show that 40 percent of the bridge's supports need repair.", True),
    ("View at Best Buy", False),
    ("The old bridge seen from the harbour on Tuesday. [File: Ann Lee/Reuters]", False),
    ("Residents gather at the bridge before its closure. [Ann Lee/Town News]", False),
    ("The mayor said the toll [for cars/vans] would rise in January, and that bikes would still cross free.", True),
    ("toggle caption", False),
    ("The harbour at dusk, before the storm reached the townImage: Ann Lee/dpa/picture alliance", False),
    ("Skip next section Explore more", False),
    ("I would like to be emailed about offers, events and updates from Town News. Read our privacy notice", False),
    ("To comment on this video or anything else you have seen, head over to our Facebook page.", False),
    ("Did you make this recipe? Tag @townbakes on Instagram and hashtag it #townbakes!", False),
    ("Image taken from Ann Lee's book Tides of Suffolk (2010) p113.", False),
    ("list 2 of 3", False),
    ("Enter your email", False),
    ("Thank you for signing up!", False),
    ("View this post on Instagram", False),
    ("A post shared by Woodbridge Tide Mill (@tidemill)", False),
    ("Photos (from left to right): Courtesy of Town Mills, Harbour Bakery, Ann Lee.", False),
    ("Powered by Audio Reader", False),
    ("Powered by tides, it ran for 800 years.", True),
    ("Email This BlogThis! Share to Twitter Share to Facebook", False),
    ("Email ThisBlogThis!Share to TwitterShare to Facebook", False),
])  # fmt: skip
def test_furniture_between_paragraphs_is_not_read(tmp_path, line, heard):
    second = BODY.replace("council", "mayor").replace("winter", "summer")
    text = f"Bridge closes for the winter\n\n{BODY}\n\n{line}\n\n{second}\n"
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    expected = [BODY, line, second] if heard else [BODY, second]
    assert [(chapter.title, chapter.paragraphs) for chapter in article.chapters] == [("", expected)]  # nor a heading


STORY_ALONE = [
    "The town asks readers which bridge to rebuild first",
    BODY,
    "Three crossings are on the council's list, and readers can vote for one of them until Friday",
    "Mill Lane footbridge", "Harbour Road bridge", "Old railway viaduct",
    "A winter on the river",
    "The ice came early,", "and the ferry stayed moored,", "so the town walked the long way round.",
    "Engineers will survey the winner in spring.",
    "So which would you choose?",
]  # fmt: skip


def test_a_story_copied_alone_is_heard_whole(tmp_path):
    """Copied without the page around it (no menu, furniture or footer), its short lines are the
    story's own: a list, a poem's lines, a closing question, which the line model doubts beside prose."""
    article = copied(tmp_path, STORY_ALONE)
    heard = headings_and_paragraphs(article)
    assert article.title == STORY_ALONE[0]
    assert heard == STORY_ALONE[1:]


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


@pytest.mark.parametrize(
    "byline, name",
    [("By Ann Example", "Ann Example"), ("By Ann Example on March 5, 2024", "Ann Example"),
     ("By Ann Example | Published: March 5, 2024 9:12 am", "Ann Example"),
     ("By Ann Example, Staff Writer, 5 March 2024", "Ann Example, Staff Writer"),
     ("By Ann Example // March 5th, 2024 // 9:41 am", "Ann Example"),
     ("By Ann Lee Tuesday, March 5, 2024", "Ann Lee"), ("By ANN SOLOMON JULY 29, 2016", "ANN SOLOMON"),
     ("Written by Ann Example", "Ann Example"), ("Words by Ann Example | 5 March 2024", "Ann Example")],
)  # fmt: skip
def test_the_byline_names_who_wrote_the_story_not_when(tmp_path, byline, name):
    """A player shows the byline as the artist: the date it was posted goes. The byline is not
    heard."""
    story = [STORY_ALONE[0], byline, *STORY_ALONE[1:]]
    article = copied(tmp_path, story)
    assert (article.byline, headings_and_paragraphs(article)) == (name, STORY_ALONE[1:])


@pytest.mark.parametrize(
    "above, inside, after",
    [([], ["Advertisement"], []), ([], ["Story continues below advertisement"], []),
     ([], ["Photo: Ann Example/Getty Images", "ADVERTISEMENT"], []), ([], ["Courtesy of the Example family"], []),
     ([], ["Prev", "Next"], []), ([], ["LEARN MORE"], []), ([], ["(Ann Example/The Town News)"], []),
     (["Crowds wait for the ferry on Monday. (Ann Example/Reuters)"], [], []), (["ADVERTISEMENT"], [], []),
     ([], [], ["Share this:", "Facebook", "Twitter", "Email"])],
)  # fmt: skip
def test_a_story_copied_with_ads_captions_or_its_share_box_is_heard_whole_without_them(tmp_path, above, inside, after):
    """A photo's caption or an ad slot anywhere, other furniture between the story's sentences, its
    share buttons after them: a copy of the story alone takes them with it. Still no page around
    it: its list and poem heard, those lines not."""
    story = [STORY_ALONE[0], *above, STORY_ALONE[1], *inside, *STORY_ALONE[2:], *after]
    article = copied(tmp_path, story)
    assert headings_and_paragraphs(article) == STORY_ALONE[1:]


def test_a_story_that_ends_in_a_list_is_heard_to_its_end_before_its_share_box(tmp_path):
    """The share box after a story whose last lines are no sentences (a list, a signature) is still
    the story's box, not a page's footer."""
    story = [*STORY_ALONE[:2], "Three crossings are on the list:", "Mill Lane footbridge", "Harbour Road bridge",
             "Old railway viaduct", "Share this:", "Facebook", "Twitter"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, story)) == story[1:6]


@pytest.mark.parametrize("numbered", [True, False])
def test_a_list_is_heard_to_its_end_past_an_ad_slot_between_its_items(tmp_path, numbered):
    """A list's items, numbered or with their marks lost in the copy (and the story going on under
    them, which tells they were a list), with an ad slot set between two of them, on a page with
    its menus and footer: the items under the ad are the list's too."""
    games = ["Tide Mill Racer", "Harbour Pinball", "Ferry Frenzy", "Lighthouse Keeper", "Quay Runner", "Granary Golf",
             "Sluice Gate Escape", "Bridge Builder", "Millstone Mania", "Creek Kart"]  # fmt: skip
    items = [f"{f'{n}) ' if numbered else ''}{game} (boxed, for the Retro 64)" for n, game in enumerate(games, start=1)]
    intro = "Here are the ten old games we would buy this Friday, and where to find them:"
    above, below = story(2), [] if numbered else story(3)[2:]
    texts = ["Ten old games to buy this Friday - Retro News", "Home", "Games", "Reviews", "Ten old games to buy this Friday",
             *above, intro, *items[:5], "Advertisement", *items[5:], *below, "Share", "Facebook", "Twitter",
             "© 2024 Retro News"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, texts)) == [*above, intro, *items, *below]


def test_a_story_whose_lines_end_in_semicolons_is_not_taken_for_a_page_script(tmp_path):
    """A list's item that ends in a semicolon ("at the ferry steps;") is not a line of script ("var area = 'News';")."""
    story = [*STORY_ALONE[:2], "The money goes to three things:", "new lights on the bridge;",
             "a ramp at the ferry steps;", "and a bench by the mill.", "Work starts in May, the council says."]  # fmt: skip
    article = copied(tmp_path, story)
    assert headings_and_paragraphs(article) == story[1:]


OTHER_STORIES = ["Harbour festival returns after a four-year break", "Schools set new term dates for the autumn",
                 "Police appeal for witnesses after a crash on the ring road", "Library opens on Sundays from May"]  # fmt: skip


def test_a_story_with_a_page_around_it_is_not_read_as_copied_alone(tmp_path):
    """One menu is enough to judge the lines as a page's: other stories' headlines below it go."""
    page = ["Home | News | Sport | Weather", *STORY_ALONE, *OTHER_STORIES]
    article = copied(tmp_path, page)
    heard = headings_and_paragraphs(article)
    assert BODY in heard
    assert not set(heard) & {page[0], *OTHER_STORIES}


def test_a_page_that_opens_with_a_menu_one_item_a_line_is_not_read_as_copied_alone(tmp_path):
    """A podcast's page copied whole opens with its menu, one item a line, in words no list of
    furniture holds ("Episodes", "Support us"): the menu and the buttons under the headline are the
    page's, so they are not heard."""
    page = ["Podcasts", "Episodes", "About", "Support us", STORY_ALONE[0], "Transcript", "Listen on Apple Podcasts",
            "Listen on Spotify", *story(3), "Support the show on Patreon", "Subscribe to our newsletter"]  # fmt: skip
    article = copied(tmp_path, page)
    assert (article.title, headings_and_paragraphs(article)) == (STORY_ALONE[0], story(3))


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


def test_a_date_under_its_label_between_paragraphs_is_neither_heard_nor_a_chapter(tmp_path):
    """ "Updated" on a line of its own over "5 March 2026" is when the story changed, not a heading."""
    paragraphs = story(2)
    lines = ["Council closes the old bridge", paragraphs[0], "Updated", "5 March 2026", paragraphs[1]]
    assert [(chapter.title, chapter.paragraphs) for chapter in copied(tmp_path, lines).chapters] == [("", paragraphs)]


@pytest.mark.parametrize("dateline", ["CNN —", "LONDON --", "NEW YORK (AP) —"])
def test_a_dateline_on_a_line_of_its_own_is_heard_with_the_lead_not_as_a_heading(tmp_path, dateline):
    """A page that sets the dateline apart from the lead ("CNN —", then "Archaeologists digging ..."):
    the listener hears it with the lead, as printed, not as a chapter's title."""
    paragraphs = story(3)
    lines = [*NEWS_MENU, "Council closes the old bridge", "By Ann Lee", dateline, *paragraphs, "© 2026 Town News"]
    article = copied(tmp_path, lines)
    assert [(chapter.title, chapter.paragraphs) for chapter in article.chapters] == [
        ("", [f"{dateline} {paragraphs[0]}", *paragraphs[1:]])
    ]


def test_a_photos_caption_the_line_model_takes_for_text_over_a_dateline_lead_is_not_heard(tmp_path):
    """A photo's caption and its credit between the byline and the lead ("Archaeologists work on the
    remains of the ship.", "Ola Nordmann/University of Bergen", "BERGEN, Norway — ..."): the story
    opens with its dateline, so the caption over it is not heard, however likely the line model finds it."""
    paragraphs = story(3)
    lead = f"BERGEN, Norway — {paragraphs[0]}"
    lines = [*NEWS_MENU, "Ancient ship found under a city parking lot", "By Ana Ruiz", "Link Copied!",
             "Archaeologists work on the remains of the ship in Bergen, Norway.", "Ola Nordmann/University of Bergen",
             lead, *paragraphs[1:], "© 2026 Town News"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == [lead, *paragraphs[1:]]


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


@pytest.mark.parametrize("role", ["Town News Staff", "Senior Reporter", "Contributor"])
def test_the_writers_role_under_the_byline_is_not_heard(tmp_path, role):
    """The writer's role on its own line under the byline ("by Ann Lee", "Town News Staff"),
    between a list article's deck and its first tip, is neither heard nor a chapter's title."""
    deck = "Because nobody has time to scrub a pan for twenty minutes."
    tips = [
        "1. Put a wooden spoon across a boiling pot to stop it from boiling over.",
        "It breaks the bubbles before they can spill over the side. It works almost every time.",
        "2. Freeze leftover herbs in olive oil in an ice cube tray.",
        "Pop out a cube whenever you need to start a sauce, and nothing goes to waste.",
    ]
    lines = ["Town News", "Quizzes", "Shopping", "News", "Videos", "Tiny kitchen tricks that actually work", deck,
             "by Ann Lee", role, *tips, "TOPICS IN THIS ARTICLE", "Cooking"]  # fmt: skip
    article = copied(tmp_path, lines)
    heard = headings_and_paragraphs(article)
    assert (article.byline, heard[-len(tips) :], role in heard) == ("Ann Lee", tips, False)


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


def test_copied_page_keeps_dateline_lead_short_lines_and_the_end(tmp_path):
    """The failure shapes of unseen pages (#17): a wire dateline opening the lead, a short line and a "Related"
    teaser in the middle, a copyright line at the end."""
    article = clean(read_source(str(Path(__file__).parent / "data" / "copied-dateline.txt"), 10**6))
    paragraphs = [p for chapter in article.chapters for p in chapter.paragraphs]
    assert article.title == "Fans celebrate as the old stadium opens again"
    assert paragraphs[0].startswith("LOS ANGELES (AP) — To many fans")
    assert "Now get prepping!" in paragraphs
    assert paragraphs[-1].startswith("The stadium will host its first full game")
    assert not [p for p in paragraphs if p.startswith(("Related", "Copyright", "More stories"))]
    assert len(paragraphs) == 6


NEWS_MENU = ["Home", "World", "U.S.", "Politics", "Business", "Sports", "Opinion", "Arts", "Travel", "Jobs", "Autos"]


@pytest.mark.parametrize(
    "dateline",
    ["LONDON — ", "OKLAHOMA CITY (AP) — ", "BOISBRIAND, Quebec -- ", "ZURICH, Oct 31 (Reuters) - ", "EDMONTON, Alberta—"],
)  # fmt: skip
def test_a_storys_dateline_lead_over_a_photo_and_a_related_box_is_heard_first(tmp_path, dateline):
    """A news page sets a photo and a box of related stories under its lead: the line model doubts the
    lead (a dateline's capitals, furniture all round), and the story goes on below the box."""
    lead = f"{dateline}Engineers found cracks in two supports of the old bridge, and the council voted to close it for the winter."
    rest = story(5)
    page = [*NEWS_MENU, "Bridge closes for the winter", "By ANN EXAMPLE", "Published: July 24, 2012", lead,
            "Enlarge This Image", "Ann Example/Getty Images", "Related", "Harbour festival returns (July 23, 2012)",
            "Connect With Us on Twitter", *rest, "Copyright 2012 The Example Times", *OTHER_STORIES]  # fmt: skip
    heard = headings_and_paragraphs(copied(tmp_path, page))
    assert heard == [lead, *rest]


def test_an_article_the_page_prints_twice_is_heard_whole_and_once(tmp_path):
    """A page that sets its story again for print repeats each paragraph: they are the story's, not a
    widget's repeated lines, and a listener hears each once."""
    paragraphs = [
        "Factory output in the region fell in July at a slower pace than in June, according to an early gauge "
        "released on Tuesday, a sign that the slowdown may be easing.",
        "The HSBC China Manufacturing PMI, a gauge of nationwide activity, rose to 49.5 in July from 48.2 in June, "
        "its highest in five months (HSBC, Markit).",
    ]
    headline = ["Data Hint Economy Is Better Off", "BY ANN EXAMPLE"]
    page = [*NEWS_MENU, *headline, *paragraphs, "Print this", *headline, *paragraphs, "Copyright 2012 The Example Times",
            *OTHER_STORIES]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, page)) == paragraphs


def test_a_lead_whose_last_sentence_was_cut_off_in_the_copy_is_heard():
    """A page cut its lead's last sentence short (no full stop), and the line model doubts it under
    the byline and the sharing buttons: a long line of prose that holds a sentence's end is the
    story's all the same."""
    lead = (
        "Today the trust announced a plan to rebuild the old tide mill on the quay, which will bring back "
        "the sound of its wheel to the harbour for the first time in a hundred years. Volunteers who join "
        "the work will learn the old trades of the millwright and the carpenter from the craftsmen, and will "
        "be given the tools they need to help the town restore its"
    )
    rest = [BODY, BODY.replace("council", "mayor")]
    texts = ["By the Numbers: 100 - Mill News", *NEWS_MENU, "By the Numbers: 100", "Ann Example", "July 18, 2012",
             "Share This Post", lead, *rest, "Related Topics: Heritage", "PREVIOUS POST", "Harbour festival returns"]  # fmt: skip
    lines = make_lines(texts, "en")
    for line in lines:  # as the line model judged such a page
        line.probability, line.label = (0.9, "good") if line.text in rest else (0.1, "short")
    lines[texts.index(lead)].probability, lines[texts.index(lead)].label = 0.37, "bad"
    article = article_of(CopiedPage(lines, "en", texts.index("By the Numbers: 100"), texts[0], "Mill News"), "")
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == [lead, *rest]


READER_COMMENTS = "".join(
    f"reader{n}\n\n{n + 1} days ago at 07:5{n} am\n\n"
    f"I have driven over that {thing} every morning for {n + 3} years, and I think the council should have "
    f"repaired it long before the cracks appeared in the supports. It is a shame that it took this long.\n\n"
    f"Rating: {n} Votes\n\n"
    for n, thing in enumerate(["bridge", "old bridge", "crossing", "river bridge", "span", "road", "deck", "way"])
)


SHARING = "\n".join(f"Click to share on {site} (Opens in new window)" for site in ["Facebook", "X", "Reddit"] * 7)


@pytest.mark.parametrize("marker", ["[ 167 comments ]", "Comments", "(12 Comments)", "Top Rated Comments",
                                    "There are 13 comments", "2 Responses", "13 thoughts on “Bridge closes”",
                                    "Seen by Ann Example on 7 May 2012. There are 12 comments.", "Have your say",
                                    "Post a comment (150 word limit) »", "Your Comments", "Add your comment:", "Reader views (5)",
                                    "Comments are now closed for this story", "Join the discussion",
                                    "Comment by Ann — January 7, 2008 @ 9:39 pm", "5 comments so far...",
                                    "View All Comments (48)", "See all 88 Comments", "Post Load All Comments"])  # fmt: skip
@pytest.mark.parametrize("between", ["", SHARING], ids=["right after", "after sharing buttons"])
def test_reader_comments_after_the_article_are_not_read_even_when_longer(tmp_path, marker, between):
    paragraphs = [
        BODY,
        BODY.replace("council", "mayor").replace("winter", "summer"),
        BODY.replace("bridge", "tunnel").replace("Tuesday", "Friday"),
        BODY.replace("engineers", "inspectors").replace("cars", "lorries"),
    ]
    text = (
        "Bridge closes for the winter\n\n" + "\n\n".join(paragraphs) + f"\n\n{between}\n\n{marker}\n\n{READER_COMMENTS}"
    )
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


def test_a_tumblr_posts_notes_are_not_heard(tmp_path):
    """A Tumblr post's notes under it, who reblogged it from whom and who liked it, are not heard."""
    paragraphs = story(3)
    names = ["tidewatcher", "ferry-fan", "old-harbour", "quayside", "bridge-spotter", "rivermouth"]
    notes = [f"{name} reblogged this from harbourwatch" for name in names[:3]]
    notes += [f"{name} likes this" for name in names[3:]]
    notes += ["quayside reblogged this from tidewatcher and added:", "harbourwatch posted this"]
    text = "\n\n".join(["Bridge closes for the winter", *paragraphs, "12 notes", *notes])
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


@pytest.mark.parametrize("field", ["Name (required)", "Email (required) (Address never made public)"])
def test_a_comment_forms_fields_end_the_story(tmp_path, field):
    """A blog's comment form under the story, with no heading above it, and the site's other
    stories below it, whose summaries read like prose: the form's first field ends the story."""
    paragraphs = story(4)
    teasers = [
        "Ferry timetable changes again when the clocks go back next month, and the last boat leaves earlier.",
        "The market moves to the corn exchange while the square is dug up for the new drains this spring.",
        "The choir's summer concert raised enough money to mend the organ, and a second one is planned.",
    ]
    text = "\n".join(["Bridge closes for the winter", *paragraphs, field, "Website", "Submit", "More On:", *teasers])
    article = clean(read_source(str(write(tmp_path / "story.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


def test_a_link_to_the_comments_inside_the_story_does_not_end_it(tmp_path):
    """A news page's toolbar ("Comments", "Print") between its second and third paragraphs: the same
    marker stands again below the story, where the comments really begin."""
    paragraphs = story(7)
    text = "\n\n".join(["Bridge closes for the winter", *paragraphs[:2], "Loading...", "Comments", "Print",
                        *paragraphs[2:], "Email", "Reddit", "Comments", READER_COMMENTS])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


def test_a_link_to_the_comments_under_the_lead_and_a_gallery_does_not_end_the_story(tmp_path):
    """Under a news story's lead, a toolbar with a "Comments" link and a gallery of other stories'
    teasers, then the rest of the story; the same marker stands again below it, over the comments:
    the lead is heard with the story, and the comments are not."""
    lead, rest = [BODY.replace("council", "mayor"), BODY.replace("council", "governor")], story(8)
    gallery = ["Photo gallery", "Harbour lights: the best photographs of this winter's storms, sent in to us by our "
               "readers from all over the town.", "Sam Writer", "Ferry timetable: the last boat of the day leaves an "
               "hour earlier when the clocks go back next month.", "Jo Reporter"]  # fmt: skip
    text = "\n\n".join(["Bridge closes for the winter", "By Ann Example", *lead, "Loading...", "Comments",
                        "Weigh In", "Corrections?", *gallery, *rest, "Email", "Reddit", "Comments", READER_COMMENTS])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    heard = [p for chapter in article.chapters for p in chapter.paragraphs]
    assert heard[:2] == lead and heard[-8:] == rest


def test_a_story_section_headed_comment_does_not_end_it(tmp_path):
    """A story in sections under short headings, one of them "Comment" (what to offer a journalist:
    comment, a briefing, access, data); the same word stands again below, in the comment form. The
    story is heard to its end, and the readers' comments are not."""
    paragraphs = story(7)
    sections = [line for heading, paragraph in zip(["Comment", "Briefing", "Access", "Data"], paragraphs[3:])
                for line in (heading, paragraph)]  # fmt: skip
    text = "\n\n".join(["Bridge closes for the winter", *paragraphs[:3], *sections,
                        "Posted by Ann Lee on Tue, Oct 30, 2012", "Comments", READER_COMMENTS, "Post Comment", "Name",
                        "Email", "Comment"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


@pytest.mark.parametrize(
    "invitation",
    ["Do you have comments on this story?", "Share your thoughts on this article.",
     "Click here to comment on this article"],
)  # fmt: skip
def test_an_invitation_to_comment_ends_the_story(tmp_path, invitation):
    """A line that asks the reader for their comments on the story ends it, though what follows it
    reads like paragraphs: a note on how to comment, then a box of white papers, each a title over a
    sentence or two of blurb. A line of the story that says who would not comment goes on."""
    first, second, *rest = story(4)
    paragraphs = [first, second, "The ferry company declined to comment on this story.", *rest]
    papers = [line for title, blurb in [
        ("7 Advantages of Disk Backup", "For decades, tape has been the backup medium of choice. But now disk backup "
                                        "is gaining in favour. Learn why you should make the move in this white paper."),
        ("Load Testing for the Web", "There are many unknowns in stress testing web applications. Find out how to test "
                                     "their performance under real load in this free white paper."),
        ("Is Your Desktop a Security Threat?", "The new wave of crime software not only targets companies, but also "
                                               "targets desktops and laptops as back doors into those businesses."),
    ] for line in (title, blurb)]  # fmt: skip
    note = ("NOTE: Please post your comments regarding our articles using the above link. Be sure to use this "
            "article's title as the subject of your post, and read our rules before you write.")  # fmt: skip
    text = "\n\n".join(["Bridge closes for the winter", *paragraphs, "-- Ann Lee", invitation, "Talkback here", note,
                        *papers, "Most popular recent stories:", "• Ferry times change", "• Tunnel reopens"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


@pytest.mark.parametrize("caption", [
    ["Photo: The old bridge on Monday. (Ann Lee/Town News)"],
    ["View image in fullscreen", "The old bridge on Monday. Photograph: Ann Lee/Town News"],
])  # fmt: skip
def test_the_paragraph_after_a_photos_caption_closes_the_story(tmp_path, caption):
    """A photo's caption with its credit (and its button, "View image in fullscreen") stands
    between the story's last two paragraphs: reading goes on past it to the last one, then stops
    at the site's box of other stories."""
    last = "For now, the town waits, and the mayor says the bells are saving themselves for the day it opens again."
    paragraphs = [*story(4), last]
    lines = ["Sections", "News", "Log in", "Bridge closes for the winter", "By Ann Lee", *paragraphs[:4], *caption,
             last, "More from News", "Ferry times change", "Tunnel reopens next week", "Sign up for our newsletter",
             "© 2026 Town News. All rights reserved."]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == paragraphs


def test_a_byline_and_date_under_a_summarys_key_points_are_not_heard(tmp_path):
    """A story that opens with its key points, then its byline and date: the points are heard, the
    byline and the date are not (nor is the date a chapter)."""
    points = ["Key points:", "• Two supports of the old bridge cracked last winter",
              "• It closes to cars from Monday", "• A ferry runs every half hour instead"]  # fmt: skip
    paragraphs = story(4)
    lines = ["News", "Local", "Log in", "Bridge closes for the winter", *points, "By Ann Lee", "5 December 2026",
             *paragraphs, "More from News", "Ferry times change", "© 2026 Town News. All rights reserved."]  # fmt: skip
    heard = headings_and_paragraphs(copied(tmp_path, lines))
    assert heard == [points[0], *(point.removeprefix("• ") for point in points[1:]), *paragraphs]


FRENCH_STORY = [
    "La mairie a décidé mardi de fermer le vieux pont aux voitures pendant tout l'hiver, après que des ingénieurs "
    "ont trouvé deux piliers fissurés par le froid de l'an dernier.",
    "Les piétons et les cyclistes pourront toujours traverser, mais les bus passeront par le pont du port, ce qui "
    "allongera le trajet de dix minutes environ.",
    "Les commerçants du quartier craignent de perdre une partie de leurs clients pendant les travaux, qui doivent "
    "durer jusqu'au mois d'avril.",
    "Le maire a promis de publier chaque semaine l'avancement du chantier sur le site de la ville et dans le journal.",
]


PORTUGUESE_STORY = [
    "A prefeitura decidiu na terça-feira fechar a velha ponte para os carros durante todo o inverno, depois que "
    "engenheiros encontraram dois pilares rachados pelo frio do ano passado.",
    "Pedestres e ciclistas ainda poderão atravessar, mas os ônibus passarão pela ponte do porto, o que deve "
    "aumentar a viagem em cerca de dez minutos.",
    "Os comerciantes do bairro temem perder parte dos clientes durante as obras, que devem durar até o mês de abril.",
    "O prefeito prometeu publicar toda semana o andamento das obras no site da cidade e no jornal local.",
]


GERMAN_STORY = [
    "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke den ganzen Winter über für Autos zu sperren, weil "
    "Ingenieure zwei gerissene Pfeiler gefunden haben.",
    "Fußgänger und Radfahrer können die Brücke weiter benutzen, aber die Busse fahren über die Hafenbrücke, was die "
    "Fahrt um etwa zehn Minuten verlängert.",
    "Die Geschäftsleute im Viertel fürchten, während der Bauarbeiten einen Teil ihrer Kunden zu verlieren, die bis "
    "in den April dauern sollen.",
    "Der Bürgermeister hat versprochen, jede Woche auf der Seite der Stadt und in der Zeitung über den Stand der "
    "Arbeiten zu berichten.",
]


ITALIAN_STORY = [
    "Il consiglio comunale ha deciso martedì di chiudere il vecchio ponte alle auto per tutto l'inverno, dopo che "
    "gli ingegneri hanno trovato due piloni incrinati dal freddo.",
    "Pedoni e ciclisti potranno ancora attraversarlo, ma gli autobus passeranno dal ponte del porto, e il viaggio "
    "durerà circa dieci minuti in più.",
    "I commercianti del quartiere temono di perdere una parte dei clienti durante i lavori, che dovrebbero durare "
    "fino ad aprile.",
    "Il sindaco ha promesso di pubblicare ogni settimana lo stato dei lavori sul sito del comune e sul giornale.",
]


SPANISH_STORY = [
    "El ayuntamiento decidió el martes cerrar el viejo puente a los coches durante todo el invierno, después de que "
    "los ingenieros encontraran dos pilares agrietados por el frío.",
    "Los peatones y los ciclistas podrán seguir cruzando, pero los autobuses pasarán por el puente del puerto, y el "
    "viaje durará unos diez minutos más.",
    "Los comerciantes del barrio temen perder parte de sus clientes durante las obras, que deberían durar hasta abril.",
    "El alcalde prometió publicar cada semana el estado de las obras en la web del ayuntamiento y en el periódico.",
]


@pytest.mark.parametrize("headline, paragraphs, published, teaser", [
    ("Le vieux pont fermé tout l'hiver", FRENCH_STORY, "Publié le 4 décembre 2026 à 10h30",
     "Lire aussi : Le prix des tickets de bus augmente en janvier"),
    ("Alte Brücke den ganzen Winter gesperrt", GERMAN_STORY, "Aktualisiert am 4. Dezember 2026, 10:30 Uhr",
     "Lesen Sie auch: Die Busse werden im Januar teurer"),
    ("Ponte velha fechada durante todo o inverno", PORTUGUESE_STORY, "Publicado em 4 de dezembro de 2026, 10h30",
     "Leia também: Passagem de ônibus fica mais cara em janeiro"),
    ("El viejo puente, cerrado todo el invierno", SPANISH_STORY, "Actualizado: 04/12/2026 13:45",
     "Te puede interesar: El billete de autobús sube en enero"),
])  # fmt: skip
def test_a_pages_date_and_teasers_are_not_heard_in_its_own_language(tmp_path, headline, paragraphs, published, teaser):
    """When the page was published and a teaser for another of its stories set between the
    paragraphs are furniture in French, German and Portuguese as in English: neither is heard."""
    lines = [f"{headline} - Example Presse", "Home", "Region", "Sport", headline, published, *paragraphs[:2], teaser,
             *paragraphs[2:], "Newsletter", "© 2026 Example Presse"]  # fmt: skip
    article = copied(tmp_path, lines)
    assert (article.title, headings_and_paragraphs(article)) == (headline, paragraphs)


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


def test_the_story_goes_on_under_a_teaser_set_before_its_last_paragraph(tmp_path):
    """ "Lire aussi | ..." between a story's paragraphs, its last one under it, then the agency's
    credit and the page's footer: the last paragraph is heard, the teaser is not."""
    last = "« C'est un pont unique, qui a prouvé qu'on pouvait traverser la rivière sans abîmer l'estuaire », a déclaré le maire."
    lines = ["Aller au contenu", "Le Journal", "Se connecter", "S'abonner", "Le vieux pont fermé tout l'hiver",
             "Par Ann Lee", *FRENCH_STORY[:3], "Lire aussi | Les bus changent d'itinéraire", last,
             "Le Journal avec AFP", "Contribuer", "Réutiliser ce contenu", "Les plus lus"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == [*FRENCH_STORY[:3], last]


@pytest.mark.parametrize("top, story, box, last, foot", [
    (["Zum Inhalt springen", "Startseite", "Anmelden", "Abonnieren", "Alte Brücke den ganzen Winter gesperrt",
      "Von Ann Lee"], GERMAN_STORY, ["Mehr zum Thema", "Busse fahren neue Wege"],
     "Die Kosten des Projekts werden auf rund 400 Millionen Euro geschätzt.",
     ["Mehr lesen über", "Verkehr", "Impressum", "Datenschutz"]),
    (["Ir al contenido", "Suscríbete", "Iniciar sesión", "El viejo puente, cerrado todo el invierno", "María López",
      "Compartir en Whatsapp"], SPANISH_STORY, ["Más información", "Los autobuses cambian de ruta"],
     "Las obras costarán unos 400 millones de euros.", ["Archivado En", "Tráfico", "Más información", "Lo más visto"]),
])  # fmt: skip
def test_the_story_goes_on_under_a_box_of_other_stories_to_its_short_last_sentence(tmp_path, top, story, box, last,
                                                                                   foot):  # fmt: skip
    """A box of other stories ("Mehr zum Thema" or "Más información", and a headline) between a
    story's paragraphs, and under it a paragraph and a short last sentence, which the line model
    doubts: both are heard."""
    lines = [*top, *story[:3], *box, story[3], last, *foot]
    assert headings_and_paragraphs(copied(tmp_path, lines)) == [*story, last]


@pytest.mark.parametrize("headline, paragraphs, box, share", [
    ("Le vieux pont fermé tout l'hiver", FRENCH_STORY,
     ["Le maire a visité jeudi matin le chantier du vieux pont avec les ingénieurs de la ville.", "Sur le même sujet",
      "Reportage", "Les bus changent d'itinéraire", "Par Ann Lee", "Interview", "Le maire répond aux commerçants"],
     "Partager"),
    ("Ponte velha fechada durante todo o inverno", PORTUGUESE_STORY,
     ["O prefeito visitou na quinta-feira de manhã as obras da ponte velha com os engenheiros da cidade.",
      "Notícias relacionadas", "Reportagem", "Ônibus mudam de itinerário", "Por Ann Lee", "Entrevista",
      "O prefeito responde aos comerciantes"],
     "Compartilhe"),
])  # fmt: skip
def test_a_box_of_related_stories_and_a_share_button_are_not_heard_in_the_pages_language(
    tmp_path, headline, paragraphs, box, share
):
    """A box of the site's related stories under a photo's caption above the story, and a share
    button between its paragraphs, labelled in the page's language: neither is heard."""
    lines = [f"{headline} - Example Presse", "Home", "Region", "Sport", headline, *box, *paragraphs[:2], share,
             *paragraphs[2:], "Newsletter", "© 2026 Example Presse"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == paragraphs


@pytest.mark.parametrize("headline, paragraphs, byline, date, reading_time", [
    ("Vecchio ponte chiuso per tutto l'inverno", ITALIAN_STORY, "di Marco Rossi", "05 dicembre 2026",
     "Tempo di lettura: 2 minuti"),
    ("Alte Brücke den ganzen Winter gesperrt", GERMAN_STORY, "Von Anna Berg", "5. Dezember 2026, 10:30 Uhr",
     "Lesezeit: 2 Minuten"),
    ("Le vieux pont fermé tout l'hiver", FRENCH_STORY, "Par Anne Leroy", "5 décembre 2026 à 10h30",
     "Temps de lecture : 2 min"),
])  # fmt: skip
def test_a_date_under_the_byline_is_not_heard_in_the_pages_language(
    tmp_path, headline, paragraphs, byline, date, reading_time
):
    """A date on a line of its own, with its month in the page's language, is the story's
    timestamp, as "5 December 2026" is: not its first words."""
    lines = [f"{headline} - Example Presse", "Home", "Region", headline, byline, date, reading_time, *paragraphs,
             "© 2026 Example Presse"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == paragraphs


@pytest.mark.parametrize("paragraphs, ad_slot, below", [
    (story(4), "Advertisement", ["Comments (4)", "Share", "Related articles", "Ferry fares rise in January",
                                 "Snow closes the mountain pass"]),
    (ITALIAN_STORY, "Pubblicità", ["Commenti (4)", "Condividi", "Articoli correlati", "Traghetti più cari a gennaio",
                                   "Neve sul passo di montagna"]),
])  # fmt: skip
def test_a_short_storys_last_paragraph_after_an_ad_slot_is_heard(tmp_path, paragraphs, ad_slot, below):
    """An ad slot above a story's last paragraph, with the page's buttons and boxes under it: the
    line model doubts that paragraph between them, but reading goes on past the ad to it."""
    lines = ["Bridge news - Example Presse", "Home", "News", "Bridge news", "By Ann Lee", *paragraphs[:-1], ad_slot,
             paragraphs[-1], *below, "© 2026 Example Presse"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == paragraphs


@pytest.mark.parametrize("paragraphs, ad_slot, box, below", [
    (story(4), "Advertisement", ["More on this story", "New trains from December", "Ticket prices rise in January"],
     ["Comments (23)", "Share", "You may also like", "Airport reports record", "Strike ends"]),
    (story(4), "Advertisement", ["Further Reading", "New trains from December"],
     ["Comments (23)", "Share", "You may also like", "Airport reports record", "Strike ends"]),
    (story(4), "Advertisement", ["VIDEO2:1502:15", "Why the bridge is closing", "Morning Show"],
     ["Comments (23)", "Share", "You may also like", "Airport reports record", "Strike ends"]),
    (story(4), "Advertisement", ["RELATED ARTICLES", "Previous", "1", "Next",
                                 "Mystery of the Roman road that vanished under a Norfolk...",
                                 "The medieval village found under a car park", "Share this article", "Share"],
     ["Share or comment on this article:", "e-mail", "12", "shares", "Comments 4", "Share what you think"]),
    (story(4), "Advertisement", ["You might also like", "Ferry fares rise in January", "3 hours ago",
                                 "Snow closes the mountain pass", "5 hours ago"],
     ["Comments (23)", "Share"]),
    (story(4), "Advertisement", ["Poll", "Should the bridge be rebuilt?", "Yes", "No", "Vote"],
     ["Comments (23)", "Share"]),
    (story(4), "Advertisement", ["Recommended Stories", "list of 3 items", "list 1 of 3", "Ferry fares rise in January",
                                 "list 2 of 3", "Snow closes the mountain pass", "list 3 of 3", "Airport reports record",
                                 "end of list"],
     ["Comments (23)", "Share"]),
    (story(4), "Advertisement", ["Skip next section Related topics", "Related topics", "Renewable energy",
                                 "Skip next section Top Story"],
     ["Edited by: Ann Lee", "Send us your feedback", "Advertisement"]),
    (GERMAN_STORY, "Anzeige", ["Mehr zum Thema", "Neue Fernzüge ab Dezember", "Ticketpreise steigen im Januar"],
     ["Kommentare (23)", "Teilen", "Das könnte Sie auch interessieren", "Flughafen meldet Rekord", "Streik beendet"]),
])  # fmt: skip
def test_a_box_of_other_stories_amid_a_short_story_does_not_end_it(tmp_path, paragraphs, ad_slot, box, below):
    """An ad and a box of other stories' headlines (or a video's; with its pager, headlines cut short
    and the story's share buttons) after a short story's second paragraph, and its last two below them, which the line model doubts between the box and the
    page's buttons: all four paragraphs are heard, the box's headlines are not."""
    lines = ["Bridge news - Example Presse", "Home", "News", "Bridge news", "By Ann Lee", *paragraphs[:2], ad_slot,
             *box, *paragraphs[2:], *below, "© 2026 Example Presse"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == paragraphs


SHORT_PARAGRAPHS = [  # a news site's paragraphs of a sentence each
    "A tide mill in Suffolk will grind flour again this summer for the first time in almost 70 years.",
    "Volunteers have spent six years rebuilding its wheel, which broke in 1957.",
    "The trust that owns the mill said it had raised the last £50,000 it needed last week.",
    'Its chair, Mary Fox, said: "Hearing the wheel turn again will be extraordinary."',
    "Visitors will be able to buy the flour in the mill's shop.",
]


@pytest.mark.parametrize("box, below, foot", [
    (["Read more from Town News:", "Town plans to power itself with the tide", "Record year for wind power"], 2,
     ["Related Topics", "Suffolk"]),
    (["RELATED...", "Maine Approves First Tidal Power Plant", "The Tide Is Turning For Ocean Energy"], 2,
     ["Support Town News", "Go to Homepage"]),
    (["Related News", "by Lifestyle Reporter", "Here's why everyone is talking about this new water bottle",
      "Sponsored | Brand"], 1,
     ["Copyright 2026 Town Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, "
      "or redistributed."]),
])  # fmt: skip
def test_a_storys_short_paragraphs_under_a_box_of_other_stories_are_heard(tmp_path, box, below, foot):
    """A box of other stories' headlines near a story's end, under its label ("Read more from Town
    News:", "RELATED...") and over its last paragraphs of a sentence each, which the line model
    doubts between the box and the page's foot: they are heard, the box is not."""
    lines = [*NEWS_MENU, "Tide mill to produce flour again after 70 years", "Ann Lee", "Wednesday 4 March 2026",
             *SHORT_PARAGRAPHS[:-below], *box, *SHORT_PARAGRAPHS[-below:], *foot]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == SHORT_PARAGRAPHS


SHORTER_PARAGRAPHS = [
    *SHORT_PARAGRAPHS,
    "The shop will also sell bread baked in the town.",
    "Tickets go on sale in May.",
]


@pytest.mark.parametrize("box", [
    ["Watch: How a tide mill works", "02:15", "Video"],
    ["Listen to this article", "00:00", "03:12", "Powered by Audio Reader"],
    ["Recommended Stories", "list of 2 items", "list 1 of 2", "Town plans to power itself with the tide",
     "list 2 of 2", "Record year for wind power", "end of list"],
])  # fmt: skip
def test_a_storys_sentences_past_a_box_are_heard_to_the_last(tmp_path, box):
    """A story of one short sentence a paragraph, with a player or a box of other
    stories set before its last two: the line model doubts each of those sentences between the box
    and the page's foot, but a plain sentence beside the story is the story's, so all are heard."""
    lines = [*NEWS_MENU, "Tide mill to produce flour again after 70 years", "By Ann Lee", *SHORTER_PARAGRAPHS[:-2],
             *box, *SHORTER_PARAGRAPHS[-2:], "Share this article", "Facebook", "Twitter", "Most read",
             "Town votes on new bridge", "© 2026 Town News"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == SHORTER_PARAGRAPHS


def test_other_stories_headlines_in_title_case_under_a_story_are_not_heard(tmp_path):
    """Other stories' headlines under a story of short sentences, the first of them sentences in
    title case ("Tide Power Is A Bust! No, It's Not! Let's Talk This Out."): nearly all words
    opening with a capital make a headline, not the story's last sentence."""
    lines = [*NEWS_MENU, "Tide mill to produce flour again after 70 years", "By Ann Lee", *SHORTER_PARAGRAPHS,
             "Tide Power Is A Bust! No, It's Not! Let's Talk This Out.", "A Rebuttal Of The Case For Wind Farms",
             "How The Town Ditched Its Ferry And Followed The Bridge", "Why Small Harbours Can't Afford To Wait",
             "© 2026 Town News"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == SHORTER_PARAGRAPHS


@pytest.mark.parametrize(
    "slot",
    [
        ["Advertisement", "Story continues below advertisement"],
        ["READ MORE: Town plans to power itself with the tide"],
        ["Article continues below"],
    ],
)
def test_a_storys_short_last_sentence_over_its_share_buttons_is_heard(tmp_path, slot):
    """An ad slot or a link above a story's last two paragraphs, the last a short quotation
    ("'We want visitors to see it grinding flour again,' said a spokesman."), then the share buttons:
    the line model doubts that sentence between them, but it is the story's last and is heard."""
    paragraphs = [*story(4), "'We want visitors to see it grinding flour again,' said a spokesman."]
    lines = [*NEWS_MENU, "Tide mill to produce flour again after 70 years", "By Ann Lee", *paragraphs[:-2], *slot,
             *paragraphs[-2:], "Share this article", "Facebook", "Twitter", "Most read", "Town votes on new bridge",
             "© 2026 Town News"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == paragraphs


MILL_STORY = [
    "Engineers have finally worked out how a medieval tide mill in Suffolk kept turning for almost 900 years.",
    "The mill at Woodbridge, on the River Deben, ground grain almost continuously from 1170 until 1957, making it "
    "one of the longest-running tide mills in the world.",
    "A survey using ground-penetrating radar found a second pond buried under a car park, which fed the wheel "
    "when the main pond ran low.",
    "'It explains why the miller could work such long hours,' said Dr Sarah Cole, who led the survey.",
    "The trust that owns the mill now hopes to restore the wheel to working order by next summer.",
    "It has raised £400,000 of the £650,000 it needs, and has applied to the National Lottery for the rest.",
    "'We want visitors to see it grinding flour again,' said a spokesman.",
]


@pytest.mark.parametrize("box, above", [
    (["Trending", "1", "Town votes on new bridge", "2", "Football club sold", "3", "Storm warning for coast"], 2),
    (["RELATED COVERAGE", "• Town plans to power itself with the tide", "• Record year for wind power"], 5),
    (["1 of 12", "The mill at high tide. (Photo: Ann Lee)", "Next"], 4),
    (["Sign up to our newsletter", "Get the best of Town News in your inbox every morning.", "Enter your email",
      "Sign up", "Thank you for signing up!"], 5),
    (["View this post on Instagram", "A post shared by Woodbridge Tide Mill (@tidemill)"], 5),
    (["Watch: How a tide mill works", "02:15", "Video"], 4),
    (["Listen to this article", "00:00", "03:12", "Powered by Audio Reader"], 5),
])  # fmt: skip
def test_a_storys_paragraphs_round_a_box_of_other_stories_are_heard(tmp_path, box, above):
    """A box of the site's trending or related stories, numbered or bulleted, a gallery, a sign-up
    form, a social post, a video or an audio player, set under a story's first paragraphs (which the line model doubts over
    it) or over its last ones: every paragraph is heard, and no line of the box."""
    lines = ["Home", "News", "World", "Business", "Sport", "Culture", "Search",
             "Suffolk tide mill mystery solved after 900 years", "By Ann Lee", "4 March 2026", *MILL_STORY[:above],
             *box, *MILL_STORY[above:], "Share this article", "Facebook", "Twitter", "Most read",
             "Town votes on new bridge", "© 2026 Town News"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == MILL_STORY


def test_a_box_of_related_posts_over_the_comments_does_not_carry_reading_into_them(tmp_path):
    """A blog's box of related posts, then its tag and the comments' heading ("{ 2 comments… read
    them below or add one }"), then two readers' comments: the comments are not heard."""
    paragraphs = story(4)
    lines = ["Home", "About", "Archive", "Binomial coefficient trick", "by John on July 21, 2012", *paragraphs,
             "Related posts:", "How to calculate general binomial coefficients",
             "When do binomial coefficients have integer roots?", "Tagged as: Math",
             "{ 2 comments… read them below or add one }", "1", "DKB @ NYU 07.21.12 at 17:46",
             "You might like Wilf’s book, generating function for all kinds of things like this.", "2",
             "John 07.21.12 at 18:35", "Thanks. I really like Wilf’s book.", "Leave a Comment", "Name", "E-mail"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == paragraphs


def test_a_storys_last_paragraph_under_a_box_of_other_stories_is_heard(tmp_path):
    """A box of other stories' headlines over a story's last paragraph, with only the page's tags
    below: the paragraph is the story's, though no second one follows it."""
    paragraphs = story(4)
    lines = [*NEWS_MENU, "Bridge closes for the winter", "By Ann Lee", *paragraphs[:-1], "Read next",
             "Ferry fares rise in January", paragraphs[-1], "Read next", "Climate", "Transport"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == paragraphs


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


def test_a_posts_hashtags_are_not_heard(tmp_path):
    """A developer blog lists the post's tags as hashtags, one a line, between its headline and its
    text: none is heard, nor is the last one a chapter's title."""
    paragraphs = story(4)
    lines = ["Skip to content", "Log in", "Create account", "Priya Natarajan", "Posted on Feb 11",
             "How I cut our CI time in half with caching", "#ci", "#devops", "#github", "#productivity", *paragraphs,
             "Top comments (4)", "Code of Conduct", "Report abuse"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == paragraphs


RECIPE_INGREDIENTS = ["1 cup sugar", "2 lemons, zested and juiced", "3 eggs", "3/4 cup olive oil", "1 1/2 cups flour"]


RECIPE_STEPS = ["Heat the oven to 350°F and line a loaf pan with baking paper.",
                "Rub the zest into the sugar, then whisk in the eggs, lemon juice and olive oil.",
                "Fold in the flour and pour the batter into the pan.",
                "Bake for 45 minutes, until a skewer comes out clean."]  # fmt: skip


def test_a_recipe_card_under_a_food_blogs_post_is_heard_with_its_ingredients_and_steps(tmp_path):
    """A food blog sets the recipe on a card of its own under the post: the dish's name, its rating,
    its buttons and times, then "Ingredients" and "Instructions". The listener hears the times,
    each ingredient and each step, the two headings as chapters, and no button or rating."""
    post = ["This lemon olive oil cake is the one I bake when friends come over on short notice. It takes ten "
            "minutes to mix and keeps for days on the counter.",
            "The olive oil makes the crumb tender and a little dense, in the best way. Use a fruity oil you would "
            "happily eat on bread, because you will taste it."]  # fmt: skip
    times = ["Prep Time: 10 minutes", "Cook Time: 45 minutes", "Servings: 8"]
    lines = ["Skip to content", "Home", "Recipes", "Dinner", "Desserts", "About", "Lemon Olive Oil Cake",
             "By Hannah Reid", "Published: March 3, 2026", "Jump to Recipe", "Print Recipe", *post,
             "Lemon Olive Oil Cake", "5 from 212 votes", "Print Pin Rate", *times, "Ingredients", *RECIPE_INGREDIENTS,
             "Instructions", *RECIPE_STEPS, "Nutrition", "Calories: 380kcal | Carbohydrates: 42g | Fat: 22g",
             "Leave a Comment", "Your email address will not be published. Required fields are marked *"]  # fmt: skip
    chapters = [(chapter.title, chapter.paragraphs) for chapter in copied(tmp_path, lines).chapters]
    assert chapters == [("", [*post, *times]), ("Ingredients", RECIPE_INGREDIENTS), ("Instructions", RECIPE_STEPS)]


EXPLAINER_ANSWERS = [  # an explainer's questions, each over its answer
    "What is a red alert?",
    "A red alert is the most serious weather warning the Met Office issues. It means dangerous weather is "
    "expected and people should act now to protect themselves.",
    "How often are they issued?",
    "Rarely. There have been only a handful since the current system began in 2011, most of them for wind or snow.",
    "What should I do?",
    "Stay indoors if you can, and avoid travelling unless it is essential. Keep a torch and a charged phone to "
    "hand in case the power fails.",
    "When will it end?",
    "Forecasters expect the worst of the weather to pass by Saturday morning, but warnings may be extended.",
]


def test_an_explainers_last_question_and_its_answer_are_heard(tmp_path):
    """An explainer's questions, each over its answer: the last answer, which the line model
    doubts above the page's tags and buttons, is heard with its question."""
    lines = ["Skip to content", "News", "Explainers", "What is a red alert, and what should you do?",
             "Explainer | By Tom Reed | 4 December 2026", *EXPLAINER_ANSWERS, "Read more about:", "Weather", "Storms",
             "Was this article helpful?", "Yes", "No"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines))[-2:] == EXPLAINER_ANSWERS[-2:]


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


def test_a_reading_time_and_an_ad_slot_are_not_heard_in_the_pages_language(tmp_path):
    """A Portuguese page's reading time and comment count over the story and its ad slot between
    the paragraphs are furniture, as "2 min read" and "Advertisement" are."""
    headline = "Ponte velha fechada durante todo o inverno"
    lines = [f"{headline} - Jornal Exemplo", "Início", "Cidades", headline, "Tempo de leitura: 2 minutos",
             "5 comentários", *PORTUGUESE_STORY[:2], "Publicidade", *PORTUGUESE_STORY[2:], "© 2026 Jornal Exemplo"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == PORTUGUESE_STORY


def test_comments_between_a_marker_and_its_repeat_are_not_read(tmp_path):
    """A "Have your say" over the comments and again over the form after them: readers' names stand
    between their comments, so the first marker is where the article ends."""
    paragraphs = story(4)
    text = "\n\n".join(["Bridge closes for the winter", *paragraphs, "Have your say", READER_COMMENTS, "Have your say",
                        "Name:", "Email address:"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


def test_a_your_say_box_of_readers_quotes_after_the_story_is_not_read(tmp_path):
    """A news site's "Your Say" box below a story and its sidebar: a question, and readers' words
    quoted under it with no name or date, which read like the story's own sentences."""
    paragraphs = story(4)
    quotes = [f'"{opinion}, and I think the council should have told us about the {thing} much sooner..."'
              for opinion, thing in [("I drive over it every day", "cracks"), ("It was never safe", "supports"),
                                     ("My family has lived here for forty years", "closure")]]  # fmt: skip
    text = "\n\n".join(["Bridge closes for the winter", *paragraphs, "Source: Town News", "SEE ALSO",
                        "FERRY TIMES CHANGE FOR ...", "16 January 2008", "Your Say",
                        "Should the council have closed the bridge sooner?", *quotes])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


def test_the_lead_set_again_below_the_byline_is_heard_once_and_the_byline_not_at_all(tmp_path):
    """A news page's standfirst is its lead, and the lead stands again under the byline and the
    date; a question an interview asks each guest is asked each time."""
    lead, *rest = story(4)
    question = "What did you think when you first heard that the old bridge would close for the winter?"
    text = "\n\n".join(["Bridge closes for the winter - Town News", "Home", "Bridge closes for the winter", lead,
                        "By Ann Example", "March 5, 2024, 9:12 am", lead, rest[0], question, rest[1], question, rest[2],
                        "Copyright 2024 Town News. All rights reserved."])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == [
        lead,
        rest[0],
        question,
        rest[1],
        question,
        rest[2],
    ]
    assert [chapter.title for chapter in article.chapters] == [""]
    assert article.byline == "Ann Example"


@pytest.mark.parametrize(
    "between",
    [["Choose text size", "March 5, 2024, 9:12 am", "THE CANADIAN PRESS"], ["Caption", "Buy Photo"],
     ["Font Scale: A A A"]],
)  # fmt: skip
def test_the_lead_set_again_below_a_button_or_a_credit_is_heard_once(tmp_path, between):
    """A short line between the lead and its copy (a button, a photo's label, the agency's name) is
    no paragraph of the story's: the copy is still the lead set again."""
    lead, *rest = story(4)
    page = ["Bridge closes for the winter - Town News", "Home", "Bridge closes for the winter", lead, *between, lead,
            *rest, "Copyright 2024 Town News. All rights reserved."]  # fmt: skip
    heard = headings_and_paragraphs(copied(tmp_path, page))
    assert heard.count(lead) == 1
    assert heard[-3:] == rest


def test_a_byline_set_in_pieces_under_the_standfirst_is_not_read(tmp_path):
    """A business paper sets "By", the writer's name, address and handle, and the date, each on a
    line of its own, between the standfirst and the story."""
    standfirst, *paragraphs = story(4)
    text = "\n\n".join(["Bridge closes for the winter", standfirst, "By", "Ann Example", "ann.example@example.com",
                        "@annexample", "Nov. 19, 2019 8:03 am ET", *paragraphs])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert article.title == "Bridge closes for the winter"
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs
    assert [chapter.title for chapter in article.chapters] == [""]


@pytest.mark.parametrize("label", ["Don't Miss:", "Read next:", "Related:", "Related article"])
def test_another_storys_teaser_in_a_labelled_box_is_not_read(tmp_path, label):
    paragraphs = story(4)
    text = "\n\n".join(["Bridge closes for the winter", *paragraphs[:2], label,
                        "Downtown parking garage to close for repairs", *paragraphs[2:]])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


@pytest.mark.parametrize("label", ["Trending News", "Trending Topics", "Related:"])
def test_a_box_of_other_stories_headlines_between_paragraphs_is_not_read(tmp_path, label):
    """A labelled box of several headlines, one ending as a quote does; the numbered point of the
    story's own list right after it ("5. Mind the hairdryer") is read."""
    paragraphs = story(4)
    box = [label, 'Video shows rescue of kidnapped girl: "We got her!"', "Man arrested after seven found in car",
           "Jail guards charged with falsifying records", "Why did the old ferry sink?"]  # fmt: skip
    point = "5. Mind the wall-mounted hairdryer"
    text = "\n\n".join(["Bridge closes for the winter", *paragraphs[:2], *box, point, *paragraphs[2:]])
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    heard = [p for chapter in article.chapters for p in chapter.paragraphs]
    assert [p for p in heard if p in paragraphs] == paragraphs
    assert not set(box) & set(heard) and not {c.title for c in article.chapters} & set(box)
    assert point in heard or point in [c.title for c in article.chapters]


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


def test_a_recipes_ingredients_are_a_chapter_and_its_rating_widget_is_not_read(tmp_path):
    intro = [BODY, BODY.replace("council", "mayor").replace("winter", "summer")]
    ingredients = ["1 cup butter, softened", "1/2 cup sugar", "2 cups flour", "4 eggs", "2 lemons, juiced"]
    steps = [
        "Preheat the oven to 350 degrees F and grease a 9x13 inch baking pan.",
        "Mix the butter, sugar and flour and press the dough into the pan. Bake for 15 to 20 minutes, until golden.",
        "Whisk the eggs, sugar, flour and lemon juice, pour over the warm crust, and bake for 20 minutes more.",
        "Let the bars cool completely before cutting them into squares and dusting them with powdered sugar.",
    ]
    text = "\n\n".join(["Easy Lemon Bars", "Jump to Recipe", "Print Recipe", *intro, "Ingredients", *ingredients,
                        "Instructions", *steps, "Rate this recipe", "5 from 12 votes", "Leave a Comment"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [(chapter.title, chapter.paragraphs) for chapter in article.chapters] == [
        ("", intro),
        ("Ingredients", ingredients),
        ("Instructions", steps),
    ]


@pytest.mark.parametrize("heading", ["Ingredients", ""])
def test_ingredients_in_grams_ranges_and_fractions_are_a_list_not_headings(tmp_path, heading):
    """A recipe's ingredients in any kitchen's measures (250g, 1.2 litres, 1-2 teaspoons, ½ cup) are
    the list's items, under its heading or straight under the introduction: none is a chapter."""
    intro = [BODY, BODY.replace("council", "mayor").replace("winter", "summer")]
    ingredients = ["2 large red peppers", "150g (5oz) roasted hazelnuts", "1.2 litres vegetable stock",
                   "1-2 teaspoons smoked paprika", "½ cup olive oil", "1½ tsp salt"]  # fmt: skip
    steps = [
        "1. Grill the peppers until blackened on every side, then let them steam in a covered bowl.",
        "2. Peel the peppers and blend them with the hazelnuts, the paprika, the oil and the salt.",
        "3. Warm the stock, stir in the sauce, and simmer it for ten minutes before serving it hot.",
    ]
    text = "\n\n".join(["Romesco soup", *intro, *([heading] if heading else []), *ingredients, "Method", *steps])
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    chapters = [(chapter.title, chapter.paragraphs) for chapter in article.chapters]
    listed = [(heading, ingredients)] if heading else []
    assert chapters == [("", intro if heading else intro + ingredients), *listed, ("Method", steps)]


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


def test_a_lists_last_point_over_short_paragraphs_is_no_heading(tmp_path):
    """ "Key points:" and three points without marks under the lead, then the story in paragraphs
    as short as the points: the last point is heard as a point, not as a chapter's title."""
    lead = ("Camel farming is on the rise in outback Queensland as graziers look for animals that can survive "
            "long droughts.")  # fmt: skip
    points = ["Key points:", "Camels need far less water than cattle", "Demand for camel milk is growing in cities",
              "Farmers say the animals are easier on fragile soils"]  # fmt: skip
    paragraphs = [
        "Grazier Tom Reyes bought his first camels three years ago and now runs a herd of two hundred.",
        "\"They'll eat plants the cattle won't touch, and they can go a week without water,\" he said.",
        "Camel milk sells for about fifteen dollars a litre, several times the price of cow's milk.",
    ]
    lines = [*NEWS_MENU, "Drought-hit farmers turn to camels", "By Ann Lee", lead, *points, *paragraphs,
             "Share options", "Copy link", "Top Stories"]  # fmt: skip
    chapters = [(chapter.title, chapter.paragraphs) for chapter in copied(tmp_path, lines).chapters]
    assert chapters == [("", [lead, *points, *paragraphs])]


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


def test_the_story_goes_on_under_a_list_it_introduces_near_its_end(tmp_path):
    """ "By the numbers:" and its rows near a short story's end, then a paragraph that the line
    model doubts between the list and the page's foot: the paragraph is heard."""
    paragraphs = story(3)
    rows = ["By the numbers:", "Phoenix: 30,000 trees", "Houston: 50,000 trees", "Atlanta: 25,000 trees"]
    last = ("Yes, but: young trees need years of watering before they give much shade, and many of them die in "
            "their first summer.")  # fmt: skip
    lines = [*NEWS_MENU, "Cities race to plant shade trees", "Ann Lee", "Mar 12, 2026", "Share on facebook",
             "Share on twitter", *paragraphs, *rows, last, "Go deeper: The hottest cities in America"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == [*paragraphs, *rows, last]


def test_a_posts_last_short_section_above_its_share_box_is_heard(tmp_path):
    """A post in sections ends on a short one ("What we learned" and two sentences), which the line
    model doubts above the share box: its text is heard."""
    intro = "Last month our builds took twenty minutes. Today they take seven. Here is what we changed in between."
    first = ["The biggest win was caching. We were downloading every one of our dependencies on every single run.",
             "That one step saved eight minutes on every build we ran."]  # fmt: skip
    second = ("We split the test suite into four shards that run in parallel. Each shard takes about the same time, "
              "because we balance them by last week's timings.")  # fmt: skip
    last = "Measure before you optimise. We assumed the compiler was slow; it was the network."
    lines = ["Blog", "Docs", "Pricing", "Why our builds got three times faster", "March 12, 2026", intro,
             "Caching dependencies", *first, "Splitting the tests", second, "What we learned", last,
             "Share this post", "Subscribe to our blog"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines))[-1] == last


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


WIKI_TOP = ["Jump to content", "Main menu", "Search", "Create account", "Log in", "Tide mill", "Article", "Talk", "Read",
            "Edit", "View history", "From Wikipedia, the free encyclopedia"]  # fmt: skip


WIKI_SECTIONS = [
    ("", ["A tide mill is a water mill driven by tidal rise and fall. A dam with a sluice is built across a suitable "
          "tidal inlet, or a section of an estuary is made into a reservoir.[1]",
          "As the tide comes in, it enters the mill pond through a one-way gate, which closes when the tide begins to "
          "fall.[2] At low tide the stored water is let out to turn a water wheel.[3]"]),
    ("History", ["The earliest excavated tide mill, dating from 787, stands on an island in Strangford Lough in "
                 "Northern Ireland.[4] Its millstones are 830 mm across.[5]",
                 "Tide mills became common in the Middle Ages along the coasts of western Europe, where the tidal "
                 "range is large. Many were built by monasteries, which held the rights to the foreshore.[6]"]),
    ("Decline", ["Steam engines and roller mills ended the trade in the nineteenth century.[7] A few mills survive "
                 "as museums, and one in Portugal still grinds flour for visitors.[8][a]"]),
]  # fmt: skip


WIKI_FOOT = ["See also", "Tidal power", "Watermill", "References", "^ Ordnance Survey (1998). Tide mills.",
             "^ Minchinton, W. (1979). \"Early tide mills: some problems\". Technology and Culture. 20 (4): 777–786.",
             "Categories: Watermills", "Privacy policy", "About Wikipedia"]  # fmt: skip


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


def test_an_encyclopedias_headline_is_what_its_first_sentence_defines_not_the_wikis_tagline(tmp_path):
    """A wiki's headline is short ("Tide mill") and stands over its tabs and its tagline ("From
    Wikipedia, the free encyclopedia"); the first sentence defines it ("A tide mill is ...")."""
    lines = [*WIKI_TOP, *(line for title, texts in WIKI_SECTIONS for line in [title, *texts] if line), *WIKI_FOOT]
    article = copied(tmp_path, lines)
    assert (article.title, article.source) == ("Tide mill", "Wikipedia")


def test_a_columns_closing_call_to_write_in_is_not_heard(tmp_path):
    """An opinion page closes on its call for letters, which reads like prose to the line model,
    then its social links and share button: the column ends on its own last paragraph."""
    paragraphs = story(4)
    call = ("Town News is committed to publishing a diversity of letters to the editor. We’d like to hear what you "
            "think about this or any of our articles. And here’s our email: letters@townnews.example.")  # fmt: skip
    lines = [*NEWS_MENU, "Guest Essay", "The case for boring cities", "By Tom Reyes", *paragraphs, call,
             "Follow the Town News Opinion section on Facebook, Instagram, TikTok, WhatsApp, X and Threads.",
             "Share full article", "Related Content"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == paragraphs


@pytest.mark.parametrize("box, below", [
    (["Opinion Today", "Get expert analysis of the news and a guide to the big ideas every weekday morning.",
      "Sign up"], 2),
    (["Town News Summit 2026", "Get your pass now and save up to $600.", "Register Now"], 1),
])  # fmt: skip
def test_a_newsletters_box_amid_the_story_is_not_heard(tmp_path, box, below):
    """A box that asks the reader to sign up, set between a column's paragraphs (or above its last,
    over the writer's bio): its name, its one sentence of pitch and its button ("Opinion Today",
    "Get expert analysis ...", "Sign up") are not heard, nor is the name a chapter; the story goes
    on under it."""
    paragraphs = story(4)
    lines = [*NEWS_MENU, "We stopped listening to the sea", "By Maren Holt", *paragraphs[:-below], *box,
             *paragraphs[-below:], "Topics", "Climate, Fundraising", "Maren Holt", "Senior Reporter, Climate",
             "Maren Holt is a senior reporter at Town News.", "View Bio", "Most Popular"]  # fmt: skip
    chapters = [(chapter.title, chapter.paragraphs) for chapter in copied(tmp_path, lines).chapters]
    assert chapters == [("", paragraphs)]


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


def test_a_list_articles_numbered_sections_are_chapters(tmp_path):
    """ "7 quiet cities to visit": each numbered place over its paragraph is a chapter a listener
    can skip to; a numbered list's last item over the prose below it is none."""
    places = ["Ghent, Belgium", "Ljubljana, Slovenia", "Porto, Portugal"]
    sections = [
        (f"{number}. {place}", [paragraph]) for number, (place, paragraph) in enumerate(zip(places, story(3)), 1)
    ]
    steps = ["1. Book early", "2. Pack light", "3. Travel midweek"]
    headline = "Three quiet cities to visit this winter"
    lines = [f"{headline} - Example Travel", "Home", "Travel", headline, "By Maya Lund", *story(4)[3:], *steps,
             *[line for title, text in sections for line in [title, *text]], "© 2026 Example Travel"]  # fmt: skip
    chapters = [(chapter.title, chapter.paragraphs) for chapter in copied(tmp_path, lines).chapters]
    assert chapters == [("", [*story(4)[3:], *steps]), *sections]


COMMENT_FORM = "\n\n".join([
    "Your comment could not be posted because the letters and numbers you entered did not match the image below.",
    "Your comment has been saved. Comments are moderated and will not appear until they are approved by the author.",
    "As a final step before posting your comment, enter the letters and numbers you see in the image below this form.",
    "This keeps automated programs from posting comments, so please try again if you have trouble reading the image.",
])  # fmt: skip


@pytest.mark.parametrize("count", [1, 2])
def test_a_short_article_is_read_not_the_comment_form_after_its_comments_heading(tmp_path, count):
    """A paragraph or two, then "Comments" and a form's longer sentences: the form is not the article."""
    paragraphs = [BODY, BODY.replace("council", "mayor").replace("winter", "summer")][:count]
    text = "\n\n".join(["Bridge closes for the winter", *paragraphs, "Posted at 11:09 AM | Permalink", "Comments",
                        COMMENT_FORM, "Name:", "Email address:"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


def test_a_short_post_is_heard_not_the_comments_its_count_heads(tmp_path):
    """A blog's short invitation, which the line model doubts, then the heading that counts its
    comments ("2 comments:") and a reader's longer comment, which it finds likelier: the post is
    heard whole, judged by the lines above its comments, and not the comment."""
    post = [
        "Dear all,",
        "Come along to The Harbour Library for the Sea Monsters and Friends book event this up-coming Sat, Oct 28, 11 am.",
        "Location:",
        "The Harbour Library",
        "12 Quay Street,",
    ]
    comment = (
        "It was a great evening. The room was full, the children sat on the floor, and the author read three "
        "chapters. Afterwards she signed books for more than an hour, and the librarians served tea and cake to "
        "everyone who stayed. My son asked her how long it takes to draw one of the sea monsters, and she said that "
        "the big green one on the cover took her almost three weeks, because she drew it again and again until its "
        "face looked friendly enough for the youngest readers."
    )
    article = clean(read_source(str(write(tmp_path / "a.txt", commented_post(post, comment))), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == post


def commented_post(post: list[str], comment: str) -> str:
    """A blog's post copied with the two comments its count heads, as Blogger sets them."""
    return "\n\n".join(["Ann's Sketchbook: Little gifts for friends", "Monday, October 22, 2012", "Little gifts for friends",
                        *post, "Posted by Ann Lee at 9:22 AM", "2 comments:", "martine said...", comment, "7:28 PM",
                        "Colette said...", "I love the octopus!", "12:43 PM", "Post a Comment", "Older Post Home"])  # fmt: skip


def test_a_post_of_no_text_is_not_its_readers_comments(tmp_path):
    """A video's post holds only its title: the comments under their count are not its article."""
    comment = (
        "Looks amazing! My family always makes this with pumpkin from a can, and I cannot wait to try this version."
    )
    with pytest.raises(ListenError, match="no article text found"):
        clean(read_source(str(write(tmp_path / "a.txt", commented_post([], comment))), 10**6))


def test_an_excerpt_cut_with_brackets_is_a_teaser_to_the_line_model():
    """Another post's excerpt, as WordPress cuts it ("... took only [...]"), is as doubtful as one
    cut with "...": a teaser, far less likely article text than the same sentence told whole."""

    def likelihood(blurb_end: str) -> float:
        blurb = "The harbour's new ferry carries twice as many cars as the old one, and its first crossing took only "
        lines = ["The bridge closes - Town Blog", "Home", "Recent Posts", "Why the ferry matters", blurb + blurb_end,
                 "The bridge closes", *story(3), "Privacy Policy"]  # fmt: skip
        return judge_lines("\n\n".join(lines)).lines[4].probability

    assert likelihood("[...]") == pytest.approx(likelihood("..."), abs=0.01)
    assert likelihood("[...]") < likelihood("an hour.") / 2


def test_a_long_bio_above_the_headline_is_not_heard_before_the_post(tmp_path):
    """A blog's sidebar holds its author's long bio, on one line above the post's headline, which
    has more words than the short post under it: the post opens under its headline and byline."""
    bio = ("About Ann Lee Ann Lee is the author of The Small Harbour Guide, hosts the Harbour Podcast and founded "
           "a school for sailors. " + " ".join(story(4)))  # fmt: skip
    post = story(9)[5:7]
    article = copied(tmp_path, ["Ferries for Sailors - The Harbour Blog", "Podcast", "Blog", "Ask Ann", bio,
                                "Home / Ferries for Sailors", "Ferries for Sailors",
                                "Posted on: 08-17-2012 With: 1 Comment Posted by: Ann Lee", *post,
                                "Categories: Harbours", "Share this:"])  # fmt: skip
    assert headings_and_paragraphs(article) == post


def test_a_sidebar_copied_above_the_post_is_not_heard_instead_of_it(tmp_path):
    """A blog whose sidebar comes first in the page, as a browser copies it: the author's welcome,
    the blog's topics and archive and its copyright line, then the post's date, its headline (the
    page title's), one paragraph and the readers' comments. The post is heard, not the welcome."""
    welcome = ("Welcome. I'm Ann Lee, a sailor and harbour pilot. When I'm not blogging, I'm sailing. Visit my "
               "school's site for more information about my day job. Or check out some more work:")  # fmt: skip
    post = ("Need a last-minute guide to the harbour before the winter? A pilot I sailed with has drawn free charts "
            "you can download, print and fold. There are three of them to choose from, with one more coming soon, "
            "and each marks the new ferry lanes, the tide gauges and the moorings that the council opened last year, "
            "so you can plan a trip around the whole harbour in an afternoon.")  # fmt: skip
    topics = ["ferries", "tides", "charts", "moorings", "pilots", "boats", "sailing", "school", "winter", "events"]
    archive = [f"{month} 2012 ({n})" for n, month in enumerate(["October", "September", "August", "July", "June",
               "May", "April", "March", "February", "January"], 12)]  # fmt: skip
    comments = ["Ben Hale said...", "Lovely charts, thank you for sharing them with us!", "October 26, 2012 5:36 PM",
                "Cara Moss said...", "Printed mine already.", "October 26, 2012 6:10 PM",
                "Dan Roe said...", "The ferry lanes are just what I needed.", "October 27, 2012 9:08 AM"]  # fmt: skip
    article = copied(tmp_path, ["Free harbour charts | The Harbour Blog", "Tutorials Downloads Resources FAQ Contact",
                                welcome, "Search this site", "Browse by topic", *topics, "Browse by date", *archive,
                                "© 2006–2012 Ann Lee.", "October 26, 2012", "Free harbour charts", post,
                                "Have a fun weekend, everyone!", "3 comments:", *comments, "Post a Comment"])  # fmt: skip
    heard = " ".join(headings_and_paragraphs(article))
    assert post in heard
    assert "Welcome" not in heard and "Lovely charts" not in heard


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


def test_a_how_tos_numbered_steps_are_heard_to_the_last(tmp_path):
    """A how-to's lead, then its steps: "Step 1" over a short instruction and its photo's caption,
    which the line model doubts. Every step is heard, in order, with what stands under it."""
    lead = ("Glass cloche terrariums are not only pretty to look at, they also keep a bit of nature in your home, and "
            "they make a simple and lovely centrepiece for a table. You can build one in an afternoon with a few "
            "small plants, some moss and a glass cloche from a garden shop.")  # fmt: skip
    steps = []
    for number, (instruction, caption) in enumerate([
        ("Measure the circumference of your cloche and cut the foam about an inch smaller. Place the foam in a bowl "
         "of water and let it soak until it sinks, then dig a small hole in the middle of it with a spoon.",
         "Dig a hole in the foam. (Lucy Akins)"),
        ("Insert your plant into the hole.", "Orchid in foam (Lucy Akins)"),
        ("You can add various plants if you wish, as long as they all fit under the glass.", "Various plants (Lucy Akins)"),
        ("Using floral pins, attach enough moss around the foam to cover it.", "Attach moss. (Lucy Akins)"),
        ("Gently place the cloche over the plants. The glass may push some of the moss upward, so pull it back down "
         "with tweezers or add more moss to fill in the empty spaces.", "Place the cloche. (Lucy Akins)"),
    ], 1):  # fmt: skip
        steps += [f"Step {number}", instruction, caption]
    article = copied(tmp_path, ["How to Make a Cloche Terrarium | Garden Hints", "Home", "Garden", "Crafts",
                                "How to Make a Cloche Terrarium", "Tweet", "Share", lead, "Glass cloche terrariums (Lucy Akins)",
                                "Other People Are Reading", "Plant Terrarium Ideas", *steps, "Related Searches",
                                "Terrarium kits", "Moss gardens", "Privacy Policy", "Copyright © 2012 Garden Hints"])  # fmt: skip
    heard = headings_and_paragraphs(article)
    assert lead in heard and heard[-len(steps) :] == steps
    assert [chapter.title for chapter in article.chapters][-5:] == [f"Step {number}" for number in range(1, 6)]


def test_the_story_ends_at_its_sharing_toolbar_where_the_sites_boxes_follow(tmp_path):
    """A story with its sharing toolbar above it and again at its foot, then the site's boxes:
    a notice to commenters and other columns, each a label over a blurb the line model finds
    as likely as the story. The story is heard to its toolbar, and none of the boxes."""
    paragraphs = story(3)
    boxes = ["NOTICE: Comments with unreadable text or that lack respect for other readers will not be approved by the moderator.",
             "» Column by Ann Silva",
             "Click on the photo of Ann and read the columns on Formula 1, MotoGP and the other series that she writes for us!",
             "Latest column: Verstappen is an animal", "» Advertising", "» Power Ranking",
             "Click on the image above and see how the drivers stand this season in the ranking of the race and of the year.",
             "» Preview of the Brazilian Grand Prix",
             "Click and find the times of the television broadcasts of the race, the track, its statistics, the tyres that "
             "will be used and the weather forecast for the whole weekend.",
             "Users Online", "5603 users online", "Privacy Policy", "About Us", "Contact",
             "Copyright © 2010 Racing News. All rights reserved."]  # fmt: skip
    article = copied(tmp_path, ["Racing News - The standings", "Home", "News", "Columns", "Forum", "The standings",
                                "Friday, 22 October 2010 at 20:13", "Share this on WhatsApp", *paragraphs,
                                "Share this on WhatsApp", *boxes])  # fmt: skip
    assert headings_and_paragraphs(article) == paragraphs


def test_a_sharing_toolbar_in_the_middle_of_the_story_does_not_end_it(tmp_path):
    """The same toolbar above the story and again under its first two paragraphs, where the story
    goes on in a run of paragraphs: all of it is heard."""
    paragraphs = story(7)
    article = copied(tmp_path, ["Racing News - The standings", "Home", "News", "Columns", "Forum", "The standings",
                                "Share this on WhatsApp", *paragraphs[:2], "Share this on WhatsApp", *paragraphs[2:],
                                "Privacy Policy", "Copyright © 2010 Racing News. All rights reserved."])  # fmt: skip
    assert headings_and_paragraphs(article) == paragraphs


def test_a_sharing_toolbar_under_the_deck_and_byline_opens_the_story(tmp_path):
    """The toolbar above the headline and again under its deck and byline, then the story with a
    photo's credit in it: the repeat under one paragraph (the deck) is the head's, not the foot's,
    and the story is heard."""
    deck = "Under the new plan, the bridge would close for two years while the ferries carry its traffic."
    paragraphs = story(4)
    article = copied(tmp_path, ["The Harbour Bridge - Future Tense - Daily News", "Home", "News", "Share this story",
                                "HOME / Future Tense: What's to come?", "The Harbour Bridge", deck,
                                "By Ann Lee | Posted Tuesday, Nov. 13, 2012, at 2:50 PM ET", "Share this story",
                                paragraphs[0], "KIMIHIRO HOSHINO/AFP/Getty Images", *paragraphs[1:], "Share this story",
                                "Privacy Policy", "Copyright © 2010 Daily News. All rights reserved."])  # fmt: skip
    assert headings_and_paragraphs(article) == [deck, *paragraphs]


READERS_WORKOUTS = [
    "I do not have a pull-up bar outside that is high enough for the burpee pull-ups, and it was pouring with rain "
    "this morning, so I decided to row instead and to do the pull-ups at home later in the day.",
    "I have to admit that this was not so bad at all. I actually quite enjoyed the run and was able to go faster "
    "towards the end of it, and the blisters on my fingers will remind me of this workout for days.",
    "My wife and I did this one together in the park, and we talked about what it means to give your life for "
    "others. It took us almost three hours, but we finished every single rep, and we were proud of it.",
    "Anything for this hero. Come on, people, think of the reason why you are doing it. For a man who gave "
    "everything, the least we can do is to run ten miles without complaining about how hard it is.",
]


def test_a_comments_header_with_a_long_name_does_not_end_the_thread(tmp_path):
    """A gym's short post under its readers' comments, each signed "Comment #5 - Posted by: NAME at
    DATE", where one reader's name is a long string of stats ("ART/M/44/5'5"/148 lbs/..."): the
    comments go on through it, and the long ones below it are not heard as the article."""
    story = (
        "Today we remember Lieutenant Clara Diaz, who was killed in Afghanistan this summer while she was leading her "
        "platoon on a patrol near the river. She loved to run, and her friends say that she never once gave up on a "
        "workout, however hard it was. We will run ten miles in her honour this weekend, and we hope that you will "
        "all join us, wherever you are."
    )
    lines = ["Gym Notes: Sunday 121111", "November 11, 2012", "For time:", "Run 10 miles", "150 Burpee pull-ups", story,
             "Posted by Pukie at November 11, 2012 5:00 PM", "Comments"]  # fmt: skip
    signed = "Comment #{} - Posted by: {} at November 10, 2012 6:{:02d} PM"
    for number, comment in enumerate(["This is going to hurt.", "RIP Lieutenant Diaz.", "Challenge accepted!"], 1):
        lines += [comment, signed.format(number, f"Reader{number}", number)]
    lines += ["Thank you for your service.", signed.format(4, "ART/M/44/5'5\"/148 lbs/Berlin/Germany", 4)]
    lines += [
        f"{comment} Day {day} of the challenge is done." for day, comment in enumerate((READERS_WORKOUTS * 3)[:11], 1)
    ]
    for number, comment in enumerate(["Done in two hours.", "Scaled to five miles.", "Hard but good."], 5):
        lines += [signed.format(number, f"Reader{number}", number), comment]
    article = copied(tmp_path, [*lines, "Post a comment"])
    assert [p for chapter in article.chapters for p in chapter.paragraphs][-1] == story


def test_a_line_that_only_begins_the_page_title_does_not_cut_the_article(tmp_path):
    """A recipe card after the article repeats the start of the page title ("Spiced Honey Pear Jam" of "Spiced Honey Pear Jam
    Recipe | ..."): that line is not the headline, and reading starts at the article."""
    paragraphs = [BODY, BODY.replace("council", "mayor"), BODY.replace("bridge", "tunnel")]
    text = "\n\n".join(["Spiced Honey Pear Jam Recipe | The Kitchen Blog", "Home Recipes", "Spiced Honey Pear Jam for Winter",
                        *paragraphs, "Spiced Honey Pear Jam", "Ingredients", "8 ripe pears", "1 lemon", "Instructions",
                        "Core and peel the pears, then boil them with the honey until the jam is thick enough."])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "jam.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs][:3] == paragraphs


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


@pytest.mark.parametrize("article_probability, narrowed", [(0.95, True), (0.8, False)])
def test_trafilaturas_article_is_narrowed_only_where_the_line_model_is_sure_of_the_copied_one(
    article_probability, narrowed
):
    """trafilatura took the article with a news list around it, which the line model finds
    unlikely article text: where it is sure of the copied text's article, trafilatura's is
    narrowed to it; where it is less sure, nothing is taken away."""
    paragraphs = story(3)
    headlines = ["Ferry fares rise by a fifth from March as the operator's costs grow", "School roof mended"]
    lines = make_lines(["Bridge closes for the winter", *paragraphs, "News List", *headlines], "en")
    for line in lines:
        line.probability = article_probability if line.text in paragraphs else 0.2
    page = CopiedPage(lines, "en", 0, "Bridge closes for the winter", "")
    extracted, copied = (set(word_runs(" ".join(texts))) for texts in ([*paragraphs, *headlines], paragraphs))
    assert took_much_around_it(page, extracted, copied) is narrowed


@pytest.mark.parametrize("kept_after", [False, True])
def test_narrowing_keeps_what_stands_between_and_what_follows_a_body_cut_short(kept_after):
    """Narrowed to the copied text's article, trafilatura's keeps a table the copied text left out
    between its paragraphs; what follows the last goes, unless the copied text's article ends on
    a list's heading rather than a sentence (it may have stopped short of the article's end)."""
    paragraphs = story(4)
    table_row = "1990-1994 Motherwell 112 (15)"
    after = ["Graeme Smith (captain), Jacques Kallis", "Most Popular in Sport"]
    trafilaturas = [
        Chapter(title="", paragraphs=["Home News Sport", paragraphs[0], paragraphs[1], table_row]),
        Chapter(title="Results", paragraphs=[*paragraphs[2:], *after]),
    ]
    narrowed = within_copied_span(trafilaturas, set(word_runs(" ".join(paragraphs))), closes=not kept_after)
    assert [p for chapter in narrowed for p in chapter.paragraphs] == [
        *paragraphs[:2], table_row, *paragraphs[2:], *(after if kept_after else [])
    ]  # fmt: skip
    assert [chapter.title for chapter in narrowed] == ["", "Results"]


def test_the_title_repeated_below_the_article_does_not_cut_it(tmp_path):
    """The headline on the page has typographic quotes ("It’s") where the page title has plain
    ones, and a share box below the article repeats the title exactly: the headline is still the
    one above the article, and the article is read."""
    paragraphs = [BODY, BODY.replace("council", "mayor"), BODY.replace("bridge", "tunnel")]
    text = "\n\n".join(["It's Not Over: The Bridge Closes Again", "Home", "News", "It’s Not Over: The Bridge Closes Again",
                        "By Ann Lee", *paragraphs, "It's Not Over: The Bridge Closes Again", "Share", "Tweet",
                        "More stories", "Why the ferry is late", "About", "Privacy"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "bridge.txt", text)), 10**6))
    assert article.title == "It’s Not Over: The Bridge Closes Again"
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


def test_a_short_article_on_a_busy_page_is_found(tmp_path):
    """One paragraph among menus, a byline, a source line, tags and teasers: the model doubts
    every line of such a page, and the article is still the likeliest stretch of it, not "no
    article text found"."""
    paragraph = (
        "Monday was a better day than usual on Wall Street for Harbour Ferries Inc. The company’s shares rose more "
        "than 8 percent to $4.21 after it said its new boats, the Kestrel and the Osprey, would sail from March 1, "
        "2013, on the Dover-Calais route (NASDAQ: HFRY)."
    )
    menu = ["Home", "News", "Video", "Jobs", "View by Writer", "RSS", "Follow @ferrynews", "Tweet", "Share", "Print"]
    teasers = [f"{name} Says The Harbour Will Open Late, Again" for name in ("Mayor", "Council", "Captain", "Union")]
    text = "\n\n".join(["Ferry Shares Rise | Ferry News", *menu, "Ferry Shares Rise", "by Ann Lee on Nov 12th 2012 10:30AM",
                        "0", paragraph, "Via: Reuters", "Source: Harbour Ferries", "Tagged with ferry, harbour, shares",
                        *teasers, "About", "Privacy"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "ferry.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == [paragraph]


def test_a_comment_policy_is_not_heard_instead_of_a_short_post(tmp_path):
    """A blog's one-paragraph post, which the line model doubts, over a comment form whose policy
    reads like prose to it: the policy is no witness of an article, and the post is heard."""
    post = (
        "Here’s an autumn party cake you could make at home. Its just a simple tiered cake covered with buttercream "
        "and then decorated with rows of sliced pears. We used pears without the skins to keep it more toward white "
        "and subtle but we also think it would be pretty to use the ones with the skins still on them for more "
        "texture. And then, just for fun, I made a little board of our favourite autumn parties to give you more ideas…"
    )
    policy = (
        "Flour Days reserves the right to delete comments which contain profanity, personal attacks or seek to "
        "promote a business unrelated to the post. We understand you might not agree with every recipe we share, but "
        "the bakers who share their cakes with us are real people, so please remember to be nice."
    )
    menu = ["home", "about", "contact", "search:", "Flour Days RSS Feed", "Flour Days Twitter", "Flour Days on Facebook",
            "REAL BAKES", "CAKE IDEAS", "SHOP", "Home Baking"]  # fmt: skip
    form = ["Tweet", "no comments – permalink", "Leave a Comment", "Name (required)", "Email (won't be published) (required)",
            "Website", policy]  # fmt: skip
    boxes = ["Popular Posts:", "The Cake Stand Giveaway", "Plan Your Party With Us", "Bakes By Color:", "Pink Cake",
             "Blue Cake", "Privacy Policy • © 2008-2010 Flour Days, all rights reserved. • RSS"]  # fmt: skip
    article = copied(tmp_path, ["Autumn Cakes | Autumn Colors | Home Baking Blog | Flour Days", *menu,
                                "Almond Autumn Cake", post, "Photography: Ann Lee // Cake: Sarah Dodd // Styling: Joy Tam",
                                *form, *boxes])  # fmt: skip
    assert headings_and_paragraphs(article) == [post]


def test_the_post_under_the_headline_is_heard_on_a_page_the_model_doubts_throughout(tmp_path):
    """A blog's short post under its headline and byline, on a page of other stories' headlines,
    where the line model doubts every line and finds one teaser's summary far below likelier than
    the post: the headline says where the story is, and the post is heard, not the summary."""
    headline = "Stormcam Brings Us Sepia Photos of the Great Storm"
    post = (
        "It's getting to a point where before you can claim the name for a brilliant website or app idea, the online "
        "hive mind has already beaten you to it. Stormcam is the story of the storm, as told through phone photos. "
        "It's pretty mesmerizing; I've been clicking refresh every minute to find out the latest. Internet, what will "
        "you think of next?"
    )
    teasers = ["Why the Ferry Is Late Again This Winter", "The Storm Is Here", "How to Fix Your Laptop's Biggest Annoyances",
               "Welcome to the Town Where Your Friends Are Pirates", "This Week's Must-Watch Event: a Comedy Spectacular!",
               "Seven Easily Avoidable Ways To Get Lost In A Storm", "Latest Storm Satellite Photos (Updating Live)"]  # fmt: skip
    stories = [("weather", headline), ("squee", "This Cat’s Costume is Way Better Than Your Costume"),
               ("weather", "The Storm Gives the Mayor a Fright"), ("snap judgment", "Photo of a Singer Looking at a Baby"),
               ("twins", "Twins Get Perfect Scores, Share Stick of Gum to Celebrate"),
               ("open thread", "Sunday Sign-Off: Why Do People Sing in the Rain?")]  # fmt: skip
    latest = [f"{tag} {hour}:30 PM 0 {title}" for hour, (tag, title) in enumerate(stories, start=1)]
    summary = "A singer prepares for the storm by buying enough water to fill an aquarium for her costume."
    article = copied(tmp_path, [f"{headline} | Jezebel", "Top Stories", "Share", "Facebook", "Twitter", "Email this post",
                                "Tweet", headline, "Laura Beck", "View Profile", "Email", "Twitter", "RSS", post, *teasers,
                                "Profile", "Sign in", "Latest Stories", "Most Popular", "Newer Stories…", *latest,
                                summary, "More Stories…", "About", "Help", "Privacy"])  # fmt: skip
    assert headings_and_paragraphs(article) == [post]


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


def test_a_short_post_is_heard_not_the_blogs_sidebar_under_its_pager(tmp_path):
    """A blog's pager ("Newer Post Older Post Home") closes a short post: the blog's sidebar below
    it (its author's welcome, its advertising policy, its code of ethics), however much prose it
    holds, is not the post."""
    post = story(1)
    sidebar = [
        BODY.replace("The council", f"My {part}") for part in ("welcome", "advertising policy", "code of ethics")
    ]
    sidebar = [line for part in sidebar for line in (part, part.replace("Tuesday", "Friday"))]
    article = copied(tmp_path, ["Harbour Notes: Bridge closes for the winter", "Harbour Notes", "Monday, November 5, 2012",
                                "Bridge closes for the winter", *post, "Posted by John Hale at 2:30 PM",
                                "Newer Post Older Post Home", "Subscribe to: Post Comments (Atom)", "About Me",
                                *sidebar])  # fmt: skip
    assert headings_and_paragraphs(article) == post


def test_the_pages_own_script_lines_are_not_read(tmp_path):
    """An advert's script, its link, a conditional comment or an editor's tag escaped into the text
    is not read."""
    second = BODY.replace("council", "mayor")
    script = (
        "<SCRIPT LANGUAGE='JavaScript1.1'>if (document.layers) {document.write('<SCR' + 'IPT "
        "SRC=/Global/ad.asp?type=single&cls1=News />'); document.close();}</SCRIPT>"
    )
    link = '<a href="http://ad.example.net/jump/news/;sz=120x600;ord=123?" target="_blank"><img src="/ad.gif" /></a>'
    escaped = (
        '&amp;lt;span data-mce-type="bookmark" style="display: inline-block; width: 0px;"&amp;gt;&amp;lt;/span&amp;gt;'
    )
    text = "\n\n".join(["Bridge closes", BODY, script, "<!--[if IE]> <img src=/ad.gif> <![endif]-->", link, escaped,
                        second])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "copied.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == [BODY, second]


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


def test_an_interviews_short_questions_and_answers_are_read_to_its_end(tmp_path):
    """After a few long answers, the interview turns to quick questions with answers of a few
    words: they are the article's, read to its last answer, not cut where the answers get short."""
    opening = [f"A: {paragraph}" for paragraph in story(2)]
    quick = ["Q: Favorite childhood memory?", "A: A trip to the seaside", "Q: Favorite books?",
             "A: A Fistful of Rice", "Q: Favorite athlete?", "A: Lebron James", "Q: What are your hobbies?",
             "A: Reading, travel, and time with my family."]  # fmt: skip
    text = "\n".join(["Ten questions for our harbour master | Town Post", "Home", "News",
                      "Ten questions for our harbour master", "Q: Where did you grow up?", opening[0],
                      "Q: What does the job ask of you?", opening[1], *quick, "« Previous Post Next Post »",
                      "Categories:", "Press", "Pro Tips"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "page.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs][-len(quick) :] == quick


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


def test_a_line_without_words_is_not_a_paragraph(tmp_path):
    """A section break ("* * *") or a menu's separator ("/") between paragraphs says nothing and
    is not set as one."""
    paragraphs = [BODY, BODY.replace("council", "mayor"), BODY.replace("bridge", "tunnel")]
    text = "\n\n".join(["The Bridge Closes Again | Example News", "Home", "/", "News", "The Bridge Closes Again",
                        paragraphs[0], "* * *", paragraphs[1], "/", paragraphs[2], "About", "Privacy"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "bridge.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


@pytest.mark.parametrize("header", ["{name} July {day}, 2012 at 9:3{day} pm", "Comment #{day} - Posted by: {name} at Nov 10, 2012 5:5{day} PM",
                                    "{name} | 07.{day}.12 at 21:3{day}", "{name} On Friday, November {day} at 9:3{day} pm"])  # fmt: skip
def test_reader_comments_with_no_heading_are_not_read(tmp_path, header):
    """No "Comments" heading, only who wrote each comment and when, over it: a run of such lines
    is the readers' comments, and the post above them is the article (its own dated byline is not
    taken for a comment's)."""
    paragraphs = story(3)
    comments = [
        line
        for day, name in enumerate(["Shirley", "Nathan", "Margherita", "Mike", "Alicia"], start=1)
        for line in (
            header.format(name=name, day=day),
            f"I have driven over that bridge for {day + 2} years, and the "
            "council should have repaired it long before the cracks appeared in its supports.",
            "Reply",
        )
    ]
    text = "\n\n".join(["Bridge closes for the winter | The Endeavour", "Home", "About", "Bridge closes for the winter",
                        "Posted by John on July 23, 2012 at 8:00 am", *paragraphs, *comments, "Leave a reply"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "post.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


def test_a_short_post_is_read_not_the_longer_comments_under_it(tmp_path):
    """A short post, then a long thread of readers' comments, each under who wrote it and when: a
    stretch of long comments between their headers is still a comment, not the article."""
    post = [
        "The new camera will use the same sensor as last year's model, with a faster processor.",
        "It should be announced in the next few weeks, together with a wireless remote control.",
    ]
    reply = (
        "I have waited for this camera for {n} years, and I will buy it the day it comes out. The old one still "
        "works, but its sensor shows its age in low light, and the new processor should help with fast action "
        "at the football games I shoot every weekend, where the old camera struggles to keep up with the players."
    )
    comments = [
        line
        for n, name in enumerate(["Shirley", "Nathan", "Margherita", "Mike", "Alicia", "Tom", "Rosa", "Ken"], start=1)
        for line in (f"{name} October 29, 2012 at 9:{n}5 am", reply.format(n=n), reply.format(n=n + 10), "Reply")
    ]
    text = "\n\n".join(["Camera to be announced next | Camera Rumors", "Home", "Reviews",
                        "Camera to be announced next", "By admin | Published: October 29, 2012", *post,
                        "74 Comments", *comments, "Leave a reply"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "post.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == post


def test_a_comments_heading_far_below_the_article_still_closes_it(tmp_path):
    """A news page's links stand between the story and its comments' heading (more lines than a
    story's sharing buttons take); the thread under the heading ("rusticred", then "1 November 2012
    9:37PM", a time set close to its PM) weighs more than the story, but is comments."""
    paragraphs = story(4)
    towns = ["Ashby", "Bexley", "Corby", "Dover", "Epsom", "Filey", "Goole", "Hythe", "Ilkley", "Jarrow", "Kendal",
             "Leek", "Malton", "Nelson", "Oakham", "Penrith", "Ripon", "Selby", "Thirsk", "Ulverston", "Wigan", "Yarm",
             "Alston", "Brigg", "Cromer", "Diss", "Eye", "Frome", "Glossop", "Hull", "Ince", "Jaywick", "Keld", "Louth",
             "March", "Needham", "Olney", "Pershore", "Ramsey", "Stroud"]  # fmt: skip
    reply = (
        "Who needs small government when a storm like this one comes, the {n} of us on this street were left "
        "without power for days, and only the city and its crews came to help, not the companies or charities."
    )
    names = ["rusticred", "IanCW", "Alishia Mason", "Tom", "rosa_k", "Ken", "mb2012", "Ann", "Bob", "Cy", "Di", "Ed"]
    comments = [
        line
        for n, name in enumerate(names, start=1)
        for line in (name, f"1 November 2012 9:{n:02}PM", reply.format(n=n), reply.format(n=n + 100), "Recommend? (3)")
    ]
    text = "\n\n".join(["Bridge closes for the winter | Town News", "Bridge closes for the winter", *paragraphs,
                        *(f"{town} news" for town in towns), "Comments", *comments])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    heard = [p for chapter in article.chapters for p in chapter.paragraphs]
    assert heard[: len(paragraphs)] == paragraphs  # (the line model takes a link or two right below for the story's)
    assert not [p for p in heard if p.startswith("Who needs")]


@pytest.mark.parametrize("stamp", ["Thursday, January 17, 2008; 8:43 AM", "Associated Press - January 10, 2008 3:23 PM ET",
                                   "By Ann Lee - Nov 9, 2012 5:05 pm UTC", "www.example.cn 2008-01-13 21:17:46 Print"])  # fmt: skip
def test_a_timestamp_line_in_the_story_is_not_heard(tmp_path, stamp):
    """When the story was posted, on a line of its own above the lead or between paragraphs, is not
    something a listener follows it by; a sentence that gives a date and a time is heard."""
    paragraphs = [*story(3), "The bridge closes on January 17, 2008 at 8:43 AM, and reopens in March."]
    updated = stamp.replace("20", "21", 1)  # another time: a line repeated on the page is judged otherwise
    text = "\n\n".join(["Bridge closes for the winter", stamp, *paragraphs[:2], updated, *paragraphs[2:],
                        "About", "Privacy"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    heard = headings_and_paragraphs(article)
    assert heard == paragraphs


def test_reader_comments_headed_with_the_time_before_the_date_are_not_read(tmp_path):
    """Each comment's header gives the time, then the day ("Posted by: Ann, Bolton on 8:21pm Tue
    1 Jan 08"): a run of them is the readers' comments, as with the date first."""
    paragraphs = story(3)
    comments = [
        line
        for day, name in enumerate(["Shirley", "Nathan", "Margherita", "Mike"], start=1)
        for line in (
            f"Posted by: {name}, Bolton on 8:2{day}pm Tue {day} Jan 08",
            f"I have driven over that bridge for {day + 2} years, and the council should have repaired it long ago.",
            "Quote | Report this post",
        )  # fmt: skip
    ]
    text = "\n".join(["Bridge closes for the winter | The Bolton News", "Home", "Bridge closes for the winter",
                      "By Graham Hardcastle", *paragraphs, *comments, "Privacy"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "post.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


def day_headed_comments(names: list[str], said: Callable[[int], str]) -> list[str]:
    """Readers' comments, each under its writer's name and the day it was posted, with no time."""
    return [
        line
        for day, name in enumerate(names, start=1)
        for line in (name, f"October {day}, 2012 | Permalink", said(day))
    ]


def test_reader_comments_headed_with_the_day_alone_are_not_read(tmp_path):
    """Each comment stands under its writer's name and the day it was posted, with no time
    ("October 2, 2012 | Permalink"): a run of them, longer than a box of other stories' dated
    headlines, is the readers' comments."""
    paragraphs = story(3)
    names = ["Shirley", "Nathan", "Margherita", "Mike", "Alicia", "Tom", "Rosa", "Ken"]
    comments = day_headed_comments(
        names,
        lambda day: f"I have driven over that bridge for {day + 2} years, and the council should have repaired it.",
    )
    text = "\n".join(["Bridge closes for the winter | Town Post", "Home", "Bridge closes for the winter",
                      *paragraphs, *comments, "Privacy"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "post.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


@pytest.mark.parametrize("header", ["{name} said...", "{name} says:"])
def test_reader_comments_headed_only_with_who_wrote_them_are_not_read(tmp_path, header):
    """A blog's comment template heads each comment with its writer alone ("Ann said...", then the
    time below it): a run of such lines is the readers' comments, however like prose they read."""
    paragraphs = story(2)
    said = (
        "I have driven over that bridge for {n} years, and the council should have repaired it long before the "
        "cracks appeared in its supports, as anyone who crossed it every day could see for themselves."
    )
    names = ["Shirley", "Nathan", "Margherita", "Mike", "Alicia"]
    comments = [
        line
        for n, name in enumerate(names, start=1)
        for line in (header.format(name=name), said.format(n=n), said.format(n=n + 10), f"7:2{n} PM")
    ]
    text = "\n".join(["Ann's Cafe: Bridge closes for the winter", "Monday, October 22, 2012", "Bridge closes for the winter",
                      *paragraphs, "Posted by Ann at 9:22 AM", "5 comments:", *comments, "Post a Comment"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "post.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


def test_comments_headed_with_the_name_and_footed_with_the_time_are_not_read(tmp_path):
    """Each comment under "Ann says:" and over "Posted on Nov 06 2012 | 1:23 pm | Reply" (two
    forms of header in turn): the run is still the readers' comments, and the short post above
    them is heard, not the longest comment."""
    post = story(1)
    said = (
        "I have driven over that bridge for {n} years, and the council should have repaired it long before the "
        "cracks appeared in its supports, as anyone who crossed it every day could see for themselves. The "
        "engineers warned the council about those supports years ago, and nothing was done until the cold did "
        "the damage that everyone in town had been expecting since the first report came out."
    )
    comments = [
        line
        for n, name in enumerate(["Shirley", "Nathan", "Margherita", "Mike", "Alicia"], start=1)
        for line in (f"{name} says:", said.format(n=n), f"Posted on Nov 06 2012 | 1:2{n} pm - 3 hours ago", "Reply")
    ]
    text = "\n".join(["Bridge closes for the winter | The Endeavour", "Home", "About", "Bridge closes for the winter",
                      "By Ann Lee | Nov 06 2012 | 1:13 pm", *post, *comments])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "post.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == post


@pytest.mark.parametrize("signed", ["above", "below"])
def test_a_short_posts_comments_are_not_read_however_they_are_signed(tmp_path, signed):
    """A one-paragraph post, then its readers' comments, longer than it: each under a header that
    opens with its date ("07.14.12 at 21:31", no count of comments), or under a "Comments" heading
    with each signed below it ("Posted by: Ryan at November 13, 2012 6:33 AM")."""
    post = story(1)
    said = [
        "I have driven over that bridge for {n} years, and the council should have repaired it long before the "
        "cracks appeared in its supports, as anyone who crossed it every day could see for themselves.",
        "The engineers warned the council about those supports {n} years ago, and nothing was done until the "
        "cold did the damage that everyone in town had been expecting since the first report came out.",
        "So now we all drive the long way round for {n} months, and the shops by the river lose the trade "
        "they have counted on every winter since the bridge was built, which nobody at the council mentions.",
    ]
    names = ["Shirley", "Nathan", "Margherita", "Mike", "Alicia"]
    comments = []
    for n, name in enumerate(names, start=1):
        paragraphs = [paragraph.format(n=n) for paragraph in said]
        if signed == "above":
            comments += [f"07.1{n}.12 at 21:3{n}", *paragraphs]
        else:
            comments += [*paragraphs, f"Posted by: {name} at November 1{n}, 2012 6:3{n} AM"]
    heading = ["Comments"] if signed == "below" else []
    text = "\n".join(["Bridge closes for the winter | The Endeavour", "Home", "About", "Bridge closes for the winter",
                      *post, *heading, *comments, "Leave a Comment"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "post.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == post


def test_a_short_post_the_model_doubts_is_read_not_the_comments_under_it(tmp_path):
    """A fashion blog's post is one line of names and brands, which the line model doubts, and its
    readers' comments, each under a name and a day, read like prose: the post is heard, not them."""
    post = "Lisbon AW12 look: vintage wool coat and silk scarf, Clarks leather boots, Radley bag, all from the Feira da Ladra."
    said = [
        "I love how you wear the coat with the scarf, it makes the whole look {so} much more relaxed and it is "
        "something I would never have thought of doing myself.",
        "This is one of the best outfits you have posted this year, and the colours are just right for the season "
        "that is coming to all of us now.",
        "You always know how to put together things that should not work at all, and then it looks like it was the "
        "only way it could ever have been done.",
        "I have been looking for boots like these for a very long time, and now I know where to find them, {so} "
        "thank you {so} much for sharing this with us.",
    ]
    names = ["Shirley", "Nathan", "Margherita", "Mike", "Alicia", "Tom", "Rosa", "Ken", "Ann", "Bob", "Cy", "Di"]
    comments = day_headed_comments(names, lambda day: said[day % 4].format(so=["so", "very", "really"][day % 3]))
    text = "\n".join(["Autumn in Lisbon - Anna Example", "anna.example.com About / Contact", "Autumn in Lisbon", post,
                      "119 Comments", *comments, "Post a Comment", "Privacy"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "post.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == [post]


@pytest.mark.parametrize("teasers", [3, 8])
def test_a_box_of_dated_headlines_inside_the_story_does_not_end_it(tmp_path, teasers):
    """A "More stories like this one" box between paragraphs lists other stories, each under its
    section's label and over the day it was posted: the story goes on below it, however many
    stories the box holds."""
    paragraphs = story(6)
    box = [
        line
        for day in range(1, teasers + 1)
        for line in ("AUTO NEWS" if day % 2 else "FEATURES", f"The new bridge, part {day}", f"Jul {day}, 2014")
    ]
    text = "\n".join(["Bridge closes for the winter | Town Post", "Home", "Bridge closes for the winter",
                      *paragraphs[:3], "More stories like this one", *box, *paragraphs[3:], "Privacy"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "post.txt", text)), 10**6))
    heard = [p for chapter in article.chapters for p in chapter.paragraphs]
    assert heard[:3] == paragraphs[:3]
    assert heard[-3:] == paragraphs[3:]


def test_a_paragraph_of_prose_under_the_lead_is_read_though_menus_follow_it(tmp_path):
    """A paywalled story shows its lead and one more paragraph, then the site's menus: the second
    paragraph, long and made of the language's common words, is read with the lead however
    unlikely its neighbours make it."""
    lead = (
        "PARIS -- Clashes between youths and riot police in a suburb north of Paris, a reminder of the street "
        "violence that hit France two years ago, are testing the government's focus on the economy."
    )
    second = (
        "On Wednesday, the people who live in the town, which is halfway between Paris and the airport, awoke "
        "yet again to the sight of burned cars, after a night that was calmer than the two before it but still "
        "saw more than a dozen officers hurt, and the minister said that 39 ..."
    )
    menus = ["MSN Money Homepage", "MORE FROM TODAY'S JOURNAL", "$ Subscription may be required | Subscribe Now",
             "WHAT'S NEWS", *[f"• {name} Rides to Wall Street's Rescue" for name in ("World", "Asia", "Europe")],
             "WHAT'S POPULAR", *[f"{n}. Trader Made Billions on Subprime" for n in range(1, 6)], "Return To Top",
             "Customer Service: |", "News Licensing Advertising About Dow Jones"]  # fmt: skip
    text = "\n".join(["Markets Main Today's Markets Markets Data", "Opinion Main Forums Letters Columnists",
                      "Latest French Riots Test Sarkozy's Focus", "By David Gauthier-Villars", "Word Count: 676", lead,
                      second, *menus])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "story.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == [lead, second]


@pytest.mark.parametrize("line", ["© 2007 ANI", "Copyright © 2008 Radio New Zealand", "(c) 2007 - 2008 - eFluxMedia"])
def test_a_copyright_line_ends_the_story_but_a_photos_credit_does_not(tmp_path, line):
    """The site's copyright line after a story, with the other stories' teasers under it, ends it;
    the same line inside the story, a photo's credit with the story going on under it, does not."""
    paragraphs = story(6)
    teasers = [
        item
        for place in ("Delhi", "Chennai", "Mumbai")
        for item in (f"Army Day reception held in {place}",
                     f"New Delhi, Jan 15 (ANI): In her first public appearance after a brief illness in {place}, the "
                     "Congress President attended the reception held at the Army House on the occasion of the day.")
    ]  # fmt: skip
    text = "\n".join(["Bridge closes for the winter | News", "More in South Asia news", "Bridge closes for the winter",
                      *paragraphs[:3], line, *paragraphs[3:], line, "TAGS: bridge, winter", "More", *teasers,
                      "Most popular news"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "story.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


def test_a_bulleted_list_that_the_body_stands_in_is_read_whole():
    """A changelog under its headline, all short items but one, which is all the line model
    finds likely: the list that item stands in is read whole (its marks change midway, as such
    lists' do), and the site's links after it are not."""
    things = ["Granite Millstones", "Oak Sluice Gate", "Flour Store", "Guided Tours", "Granary Cafe", "Quay Lights"]
    long_item = (
        "The sluice gate can now be opened by one volunteer instead of three, because the new gearing that the "
        "trust paid for last winter turns it with a single handle"
    )
    items = [*(f"+ Added {thing}" for thing in things), f"+ {long_item}", *(f"* Rebuilt {thing}" for thing in things)]
    texts = ["Tide Mill 2.0 - The Summer Update - Mill News", "Powered by Tumblr", "Tide Mill 2.0 - The Summer Update",
             *items, "Newer Older", "Official links:", "Elm Quay Trust", "Gift shop"]  # fmt: skip
    lines = make_lines(texts, "en")
    for line in lines:
        line.probability, line.label = (0.9, "good") if line.text.endswith("handle") else (0.1, "short")
    article = article_of(CopiedPage(lines, "en", 2, texts[2], "Mill News"), "")
    assert article.title == texts[2]
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == [item[2:] for item in items]


@pytest.mark.parametrize(
    "intro, heard, doubted",
    [("The trust's plan for the mill sets out eight jobs for the volunteers:", True, False),
     ("The trust's plan for the mill sets out eight jobs for the volunteers:", True, True),
     ("Moreover, the trust's plan sets out eight jobs for the volunteers:", True, False),
     ("Which of these eight jobs would you take on for the trust this spring?", True, False),
     ("Read more about tide mills from our other writers:", False, False)],
)  # fmt: skip
def test_a_list_without_marks_that_a_sentence_introduces_is_read_with_the_story_under_it(intro, heard, doubted):
    """A sentence ending in a colon or a question, then short lines with no bullet or number (a
    plan's jobs, a camera's specs), which the line model doubts, then the story goes on (in a
    paragraph of plain sentences, however the model doubts it too, `doubted`): the list is read
    with it. Under a teaser's label the lines are other stories' headlines, and are not."""
    items = [f"Rebuild the {thing} before the spring tides come up the creek again"
             for thing in ("sluice gate", "millstones", "flour store", "quay wall", "granary roof", "water wheel",
                           "footbridge", "tea room")]  # fmt: skip
    story = [BODY, BODY.replace("council", "mayor"), BODY.replace("bridge", "tunnel")]
    texts = ["Tide mill plan - Mill News", "Tide mill plan", intro, *items, *story, "Official links:", "Gift shop"]
    lines = make_lines(texts, "en")
    likely = (intro, *(story[1:] if doubted else story))
    for line in lines:
        line.probability, line.label = (0.9, "good") if line.text in likely else (0.1, "short")
    article = article_of(CopiedPage(lines, "en", 1, texts[1], "Mill News"), "")
    listed = [intro, *items] if heard else []
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == [*listed, *story]


@pytest.mark.parametrize("label", ["Related posts:", "Related Posts"])
def test_a_list_without_marks_that_ends_the_story_over_its_related_posts_is_read(label):
    """A story that ends on a list with no marks that a sentence introduces with a colon (a
    camera's specs), which the line model doubts, right over its "Related posts:": the label
    closes the list as a paragraph would, so the whole list is read; the related posts are not.
    A label set as the page's furniture ("Related Posts"), which the body does not hold, closes it
    as well."""
    intro = "The new mill will have slightly different gearing than the old one:"
    items = [f"The {thing} turns on the same oak shaft as before" for thing in ("sluice gate", "millstone", "hoist")]
    story = [BODY, BODY.replace("council", "mayor"), BODY.replace("bridge", "tunnel")]
    texts = ["Tide mill plan - Mill News", "Tide mill plan", *story, intro, *items, label, *OTHER_STORIES]
    lines = make_lines(texts, "en")
    for line in lines:
        line.probability, line.label = (0.9, "good") if line.text in (intro, *story) else (0.1, "short")
    article = article_of(CopiedPage(lines, "en", 1, texts[1], "Mill News"), "")
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == [*story, intro, *items]


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


def test_a_story_resumed_under_a_toolbars_comments_link_and_a_box_of_other_stories_is_heard_whole():
    """A story's lead, then its toolbar ("Comments", a link that stands again over the readers'
    comments), a box of other stories with their summaries, then the rest of the story, longer than
    its lead: the rest is heard; the readers' comments are not, nor the box's label, headlines and
    writers' names."""
    paragraphs = [*story(9), *(text.replace("council", "mayor") for text in story(3))]
    summary = ("Thousands are left without homes after the storm, and food aid is running low in the camps along the "
               "coast, where the roads are still closed, officials said.")  # fmt: skip
    box = [
        line
        for n in range(3)
        for line in (f"Other story {n + 1}", "Max Fisher", summary.replace("storm", f"storm {n}"))
    ]
    texts = ["Leaders tighten their grip - Mill News", "Leaders tighten their grip", *paragraphs[:3], "Comments",
             "Weigh In", "WorldViews", *box, *paragraphs[3:], "Comments", "Ann Lee wrote:",
             "What a story, and what a council.", "Tom Reyes wrote:", "I disagree with every word of it."]  # fmt: skip
    lines = make_lines(texts, "en")
    for line in lines:  # the line model's doubts, as on the page that needed this
        line.probability, line.label = (
            (0.95, "good") if line.text in paragraphs else (0.7, "good") if line.text in box else (0.1, "short")
        )
    heard = headings_and_paragraphs(article_of(CopiedPage(lines, "en", 1, texts[1], "Mill News"), ""))
    assert [text for text in heard if text in paragraphs] == paragraphs
    assert not {"What a story, and what a council.", "I disagree with every word of it."} & set(heard)
    assert not {"Comments", "Weigh In", "WorldViews", "Other story 1", "Max Fisher"} & set(heard)  # the box's labels


@pytest.mark.parametrize(
    "footnote",
    [[], ["* Players now with the national under-23 team. They will join the winter camp on Sunday, January 13."]],
)
def test_a_list_without_marks_that_ends_the_story_over_the_pages_copyright_is_read(footnote):
    """A story that ends on a long list with no marks (the players a camp invites), introduced by a
    sentence ending in a colon, which the line model doubts, right over the page's copyright line
    ("All rights reserved. ...", or over a footnote to the list, then that line): the whole list is
    read."""
    intro = "Below is the list of the players who have been invited to the winter camp:"
    players = ["Ann Lee (Millbrook)", "Tom Reyes (Saltmarsh)", "Maya Lind (Heron Point)", "Joe Park (Tidewater)",
               "Eve Stone (Oakhurst)", "Sam Hale (Fenwick)"]  # fmt: skip
    story = [BODY, BODY.replace("council", "mayor"), BODY.replace("bridge", "tunnel")]
    texts = ["Camp invites players - Mill News", "Camp invites players", *story, intro, *players, *footnote,
             "All rights reserved. This material may not be published, broadcast or redistributed.", "Advertisements",
             *OTHER_STORIES]  # fmt: skip
    lines = make_lines(texts, "en")
    for line in lines:
        line.probability, line.label = (0.9, "good") if line.text in (intro, *story) else (0.1, "short")
    article = article_of(CopiedPage(lines, "en", 1, texts[1], "Mill News"), "")
    heard = [p for chapter in article.chapters for p in chapter.paragraphs]
    assert heard[: len(story) + 1 + len(players)] == [*story, intro, *players]  # the footnote may follow
    assert not set(OTHER_STORIES) & set(heard)


@pytest.mark.parametrize(
    "row, heard",
    [("{town} {boats} {share}% {change}% ${boats}0 {day}.5", True),
     ("Lock gates in {town} open for {boats} boats - Nov {day}, 2012", False)],
)  # fmt: skip
def test_a_table_of_figures_in_the_story_is_read_with_the_story_under_it(row, heard):
    """A market report's table (a caption, a header row, then a row of figures for each town),
    which the line model doubts, stands between the story's paragraphs: the table is read and so
    is the story under it. Dated lines are other stories' headlines, and are not."""
    towns = ["Elm Quay", "Millbrook", "Saltmarsh", "Heron Point", "Tidewater", "Oakhurst", "Fenwick",
             "Ashby", "Marlow", "Ketch Harbour", "Brambleford", "Westmere", "Dunmore", "Pike End"]  # fmt: skip
    rows = [row.format(town=town, boats=40 + 7 * at, share=3 + at, change=at - 5, day=at + 1)
            for at, town in enumerate(towns)]  # fmt: skip
    story = [BODY, BODY.replace("council", "mayor"), BODY.replace("bridge", "tunnel")]
    after = BODY.replace("bridge", "quay wall")
    table = ["Boats through the locks in August", "Town Boats Share Change Tolls Hours"] if heard else []
    texts = ["Lock report - Mill News", "Lock report", *story, *table, *rows, after, "Official links:", "Gift shop"]
    lines = make_lines(texts, "en")
    for line in lines:
        line.probability, line.label = (0.9, "good") if line.text in (*story, after) else (0.15, "short")
    lines[len(story) + 3].label = "bad"  # the header row, as the line model labels it
    article = article_of(CopiedPage(lines, "en", 1, texts[1], "Mill News"), "")
    heard_text = [paragraph for chapter in article.chapters for paragraph in [chapter.title, *chapter.paragraphs]]
    assert heard_text[: len(story) + 1] == ["", *story]
    assert (after in heard_text) is heard
    assert all((line in heard_text) is heard for line in rows)


def test_the_poll_results_a_story_ends_on_are_read():
    """A weekly poll's story ends on its results: each question, then a header row and a row of
    figures for each answer, which the line model doubts. The questions and their tables are read;
    the other stories' headlines under them are not."""
    story = [BODY, BODY.replace("council", "mayor"), BODY.replace("bridge", "tunnel")]
    questions = ["Should the old bridge stay closed to cars all winter?", "Do you approve of the job the mayor is doing?",
                 "Should the council build a new ferry landing before the spring?"]  # fmt: skip
    results = []
    for at, question in enumerate(questions):
        results += [question, "Response Votes %", f"Yes {140 + at} {70 + at}%", f"No {30 - at} {15 - at}%",
                    f"Undecided {25 + at} {12 + at}%"]  # fmt: skip
    teasers = ["More from Mill News", "Tide mill opens for the summer", "Ferry timetable changes in June"]
    texts = ["Weekly poll - Mill News", "Weekly poll", *story, *results, *teasers]
    lines = make_lines(texts, "en")
    for line in lines:
        line.probability, line.label = (0.9, "good") if line.text in story else (0.1, "bad")
    article = article_of(CopiedPage(lines, "en", 1, texts[1], "Mill News"), "")
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == [*story, *results]


@pytest.mark.parametrize("article_probability, taken", [(0.95, True), (0.75, False)])
def test_the_copied_texts_article_is_read_where_trafilaturas_is_much_less_likely(article_probability, taken):
    """trafilatura took an advert box whose lines read like prose: where the line model finds the
    copied text's article much likelier article text than that box, the article is read; where
    only a little likelier, trafilatura's choice stands."""
    adverts = [
        "Are you paying on a high-interest mortgage? Enter a few facts about your home and see what you could save.",
        "You can get a free credit report online right now by giving your address and a few details about you.",
    ]
    paragraphs = [BODY, BODY.replace("council", "mayor"), BODY.replace("bridge", "tunnel")]
    lines = make_lines(["Bridge closes for the winter", *paragraphs, "Links We Like", *adverts], "en")
    for line in lines:
        line.probability = article_probability if line.text in paragraphs else 0.6
    page = CopiedPage(lines, "en", 0, "Bridge closes for the winter", "")
    extracted, fuller = (set(word_runs(" ".join(texts))) for texts in (adverts, paragraphs))
    assert took_another_block(page, extracted, fuller) is taken


@pytest.mark.parametrize("between", [[], ["digg this | reddit", "Trackback Pings"]])
def test_the_comments_heading_below_a_posts_buttons_closes_its_body(between):
    """A post's buttons may stand between its last paragraph and the comments' heading: the heading
    still closes its body, which tells the HTML cleaner where trafilatura read on past it."""
    comment = "I have driven over that bridge for years, and the council should have repaired it long ago."
    text = "\n".join(["Bridge closes for the winter | The Endeavour", "Bridge closes for the winter", *story(4),
                      *between, "Comments", comment, "Posted by: Ann at October 29, 2012 05:10 PM", comment])  # fmt: skip
    assert closed_by_end_marker(judge_lines(text))


@pytest.mark.parametrize(
    "above, probability, cut",
    [
        (["Most read stories", "Town Hall:", "Council votes to close the old library on Saturdays", "Schools:",
          "New head teacher named at St Anne's primary", "Sport:", "Rovers held to a draw in the rain"], 0.05, True),
        (["By Ann Lee, Town News", "Published 9 March 2024, 06:15", "A mill that last ground flour in 1958 turns again."],
         0.05, False),
        (["Home", "News", "Sport", "The mill's restoration took eleven years and most of the village's weekends."],
         0.6, False),
    ],
)  # fmt: skip
def test_the_sites_menus_that_trafilatura_takes_above_the_story_are_not_heard(above, probability, cut):
    """trafilatura takes a block of lines above the story for part of it: where they are four or
    more and the line model finds them unlikely article text (a site's menus, other stories'
    headlines), the story is read from the first paragraph the copied text's body holds. A
    byline, a date and a standfirst are as often above a story, and lines as likely as the story
    may be its lead, which the copy left out."""
    paragraphs = example_paragraphs()[:4]
    lines = make_lines([*above, *paragraphs], "en")
    for line in lines:
        line.probability = 0.9 if line.text in paragraphs else probability
    page = CopiedPage(lines, "en", -1, "", "")
    chapters = [Chapter(title="", paragraphs=[*above, *paragraphs])]
    copied = set(word_runs(" ".join(paragraphs)))
    assert took_menus_above(page, chapters, copied) is cut
    if cut:
        assert within_copied_span(chapters, copied, closes=False) == [Chapter(title="", paragraphs=paragraphs)]


def test_reading_goes_on_through_a_table_the_article_introduces_though_the_model_doubts_its_rows():
    """A story that sets out a league table ("The final table after 34 games:") and goes on below
    it: thirty rows the line model doubts weigh more than the story on either side, but they are
    the article's own, so neither half is lost."""
    paragraphs = story(4)
    table = ["The final table after 34 games:", "Pos Team Pld W Pts"]
    table += [f"{n} Team {n} {34 - n} {n // 2} {70 - 2 * n}" for n in range(1, 31)]
    lines = make_lines(["Rovers take the title", *paragraphs[:2], *table, *paragraphs[2:], "Home"], "en")
    for line in lines:
        line.probability = 0.8 if line.text in paragraphs or line.text == table[0] else 0.2
        line.label = "good" if line.probability > 0.5 else "short"
    article = article_of(CopiedPage(lines, "en", 0, "Rovers take the title", ""), "")
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == [*paragraphs[:2], *table, *paragraphs[2:]]


@pytest.mark.parametrize(
    "byline, about, heard",
    [
        ("Posted by Ann Lee on March 5, 2024", "About Ann Lee", False),
        ("Ann Lee 05/03/2024 2 comments", "Sobre Ann Lee", False),
        ("", "About Northfield Bridges", True),  # a press release's "About" the company: no byline names it
    ],
)
def test_an_authors_box_below_the_post_is_not_read(tmp_path, byline, about, heard):
    """A line "About <name>" under a post whose byline gives the name is the author's box, not the post."""
    paragraphs = story(4)
    bio = "Ann Lee writes about roads and bridges for the paper, and before that she built them for twenty years."
    company = "Northfield Bridges builds and mends bridges across the county, and has done so since 1952."
    box = [about, bio if byline else company]
    text = "\n\n".join(["Bridge closes for the winter", byline, *paragraphs, *box, "Share this:", "Facebook", "X"])
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs + (box[1:] if heard else [])


def test_other_stories_headlines_under_a_label_amid_the_story_are_not_read(tmp_path):
    """A news site sets a box of links to other stories amid the story's paragraphs, under "More:" or
    "Related on HuffPost:"."""
    paragraphs = story(6)
    headlines = ["The New Space Race", "Spacewalking into 'her-story'", "A landing test for the first Mars mission"]
    for label in ("More:", "Related on HuffPost:"):
        text = "\n\n".join(
            ["Bridge closes for the winter - Town News", *paragraphs[:3], label, *headlines, *paragraphs[3:]]
        )
        article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
        assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs
        assert [chapter.title for chapter in article.chapters] == [""]


def test_a_video_players_own_words_amid_the_story_are_not_read(tmp_path):
    """A video set amid a story brings its player's menus and dialogs into the page's text (video.js)."""
    paragraphs = story(4)
    player = ["Chapters", "descriptions off, selected", "captions and subtitles off, selected", "default, selected",
              "This is a modal window.", "Beginning of dialog window. Escape will cancel and close the window.",
              "Current Time 0:00", "Loaded: 0%", "Remaining Time -0:00",
              "This is a modal window. This modal can be closed by pressing the Escape key or activating the close button."]  # fmt: skip
    text = "\n\n".join(["Bridge closes for the winter - Town News", *paragraphs[:2], *player, *paragraphs[2:]])
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


def test_a_byline_with_the_writers_handle_is_not_read(tmp_path):
    """A business site sets the writer's name with their handle under the headline and the date,
    above the story's first heading."""
    paragraphs = story(4)
    text = "\n\n".join(["Bridge closes for the winter - Town News", "Bridge closes for the winter",
                        "Published Wed, Nov 20 2019 4:29 AM EST", "Ann Example @annexample", "Key Points",
                        *paragraphs])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


@pytest.mark.parametrize("closing", ["1 2 3 Next >", "POPULAR STORIES TODAY:", "You may like to read:",
                                     "Click to share this via:"])  # fmt: skip
def test_a_pager_or_a_label_under_the_story_is_not_read(tmp_path, closing):
    """Under a story's last paragraph, a pager over the pages it goes on to (which the copy does
    not hold), or a label whose box the copy does not hold (a short line that ends in a colon), is
    not the story's close; nor is a pager between its paragraphs part of it."""
    paragraphs = story(4)
    text = "\n\n".join(["Bridge closes for the winter - Town News", "Bridge closes for the winter",
                        *paragraphs[:2], "Pages: 1 2", *paragraphs[2:], closing])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


@pytest.mark.parametrize("heading", ["Reader Comments (4)", "Comments (4)", "Comments: 4"])
def test_a_short_posts_comments_under_a_heading_that_counts_them_are_not_read(tmp_path, heading):
    """A blog's comments under a heading that counts them in brackets or after a colon ("Reader
    Comments (4)"), each footed with the day and its writer: too few for a thread by their
    headers alone, they are the readers' all the same, not the post's last paragraphs."""
    post = ["Our time in the harbour town this October was too short.", BODY, "Hope to be back next spring."]
    comments = [
        line
        for day, name in enumerate(["Maggie", "Ashli", "Eve", "Jennifer"], start=22)
        for line in (f"We loved the photos of the mill, and the bridge shot makes me wistful. Come back soon, {name} says.",
                     f"October {day}, 2012 | {name}")
    ]  # fmt: skip
    text = "\n".join(["Tiny harbour | Blue Lily Blog", "Home", "Tiny harbour", *post, "Blue Lily | 4 Comments | Share",
                      heading, *comments, "Post a New Comment"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "post.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == post


def test_a_posts_paragraphs_that_end_in_a_smile_are_heard(tmp_path):
    """A blog's sentences that end in a smile (":-)", ";)") instead of a full stop are sentences
    all the same: the post goes on through them to its last line."""
    post = [
        BODY,
        "Another behind the scenes moment - I think I laughed the whole way through the opening clip :-)",
        "Great to have the miller from the harbour town join us (hey, check out the flour sacks in the "
        "episode!), and the ferryman, who has been a great sport to come back as a repeat guest ;)",
        "Check it out by clicking on the video below!",
    ]
    text = "\n".join(["Mill World 15 - Flour, Flour, FLOUR! - Harbour Geek", "Home", "Archives", "October 19, 2012",
                      "Mill World 15 - Flour, Flour, FLOUR!", *post, "Posted at 12:24 PM | Permalink", "TrackBack",
                      "Comments", "Post a comment"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "post.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == post


def test_a_short_post_is_heard_not_the_longer_list_in_the_sidebar_above_its_headline():
    """A blog's sidebar, which the copy takes first, holds a long list of sentences ("12 Things I
    Believe") the line model finds likelier than the post; the post under the headline the page's
    title names is a paragraph and a postscript. The headline says where the story is: nothing
    above it is heard, however likely its lines read."""
    beliefs = [f"{n}. {BODY.split(',')[0]}, number {n} of the things I believe." for n in range(1, 13)]
    lead = ("The miller is one of the most influential writers on tide mills of our time, and he is credited with "
            "first using the word sluicecraft in a story he wrote in 1982.")  # fmt: skip
    postscript = "P.S. A big thanks to Caroline for sending this to me!"
    headline = "The miller on mills and the damage done"
    archive = [f"{month} {year}" for year in range(2008, 2013) for month in calendar.month_name[1:]]
    texts = [f"{headline} - Bob Mill", "Bob Mill", "12 Things I Believe", *beliefs, *archive, headline, lead,
             postscript, "October 07, 2012 in Mills | Permalink", "TrackBack", "Comments"]  # fmt: skip
    likely = {**dict.fromkeys(beliefs, 0.9), lead: 0.85, postscript: 0.51}
    lines = make_lines(texts, "en")
    for line in lines:
        line.probability = likely.get(line.text, 0.05)
        line.label = "good" if line.text in likely else "short"
    article = article_of(CopiedPage(lines, "en", texts.index(headline, 1), headline, "Bob Mill"), "")
    assert article.title == headline
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == [lead, postscript]
