"""Readers' comments in a copied page: where they start however they are headed, and never heard,
however long or however like the article they read."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from listen import ListenError, clean, read_source
from listen.textdump import closed_by_end_marker, judge_lines

from .clean_pages import BODY, GERMAN_STORY, copied, headings_and_paragraphs, story, write

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


def test_comments_between_a_marker_and_its_repeat_are_not_read(tmp_path):
    """A "Have your say" over the comments and again over the form after them: readers' names stand
    between their comments, so the first marker is where the article ends."""
    paragraphs = story(4)
    text = "\n\n".join(["Bridge closes for the winter", *paragraphs, "Have your say", READER_COMMENTS, "Have your say",
                        "Name:", "Email address:"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


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


SAID_EN = (
    "I have driven over that bridge every morning for {n} years, and the council should have repaired its supports "
    "long before the cracks grew as large as anyone who crossed it could see."
)
SAID_DE = (
    "Ich fahre seit {n} Jahren jeden Morgen über diese Brücke, und die Stadt hätte die Pfeiler schon lange "
    "reparieren müssen, bevor die Risse so groß wurden, wie jeder sehen konnte, der dort unterwegs war."
)


@pytest.mark.parametrize("post, named, posted, said, reply", [
    (story(4), "{name} says:", "March {day}, 2023 at 1{n}:05 am", SAID_EN, "Reply"),
    (GERMAN_STORY, "{name} sagt:", "{day}. März 2023 um 1{n}:05 Uhr", SAID_DE, "Antworten"),
    (GERMAN_STORY, "{name} sagt:", "{day}. Oktober 2023 @ 1{n}:05", SAID_DE, "Antworten"),
])  # fmt: skip
def test_a_comments_writer_over_its_time_is_not_heard(tmp_path, post, named, posted, said, reply):
    """A blog theme heads each comment with its writer, then the day and time it was posted, in the
    blog's language ("Anna sagt:", then "8. März 2023 um 11:05 Uhr"), and sets its "Reply" button under
    it: the run is the readers' comments from the first writer's name on, and none of it is heard."""
    comments = [
        line
        for n, name in enumerate(["Anna", "Jonas", "Marie", "Felix", "Lena"], start=1)
        for line in (named.format(name=name), posted.format(day=n + 10, n=n), said.format(n=n), reply)
    ]
    lines = ["Blog", "Home", "Archive", "Contact", "The old bridge", "June 14, 2023", *post, *comments]
    assert headings_and_paragraphs(copied(tmp_path, lines)) == post


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


@pytest.mark.parametrize("between", [[], ["digg this | reddit", "Trackback Pings"]])
def test_the_comments_heading_below_a_posts_buttons_closes_its_body(between):
    """A post's buttons may stand between its last paragraph and the comments' heading: the heading
    still closes its body, which tells the HTML cleaner where trafilatura read on past it."""
    comment = "I have driven over that bridge for years, and the council should have repaired it long ago."
    text = "\n".join(["Bridge closes for the winter | The Endeavour", "Bridge closes for the winter", *story(4),
                      *between, "Comments", comment, "Posted by: Ann at October 29, 2012 05:10 PM", comment])  # fmt: skip
    assert closed_by_end_marker(judge_lines(text))


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


def test_a_storys_own_time_over_it_does_not_open_a_thread_of_other_stories_bylines(tmp_path):
    """A news page dates its story under the byline ("19.10.2019, 23:38") as it dates each of the
    other stories in the box below it ("Kim Lau, London 18.10.2019, 19:33"): the story's time heads
    no comment, and all of its paragraphs are heard."""
    lead = BODY.replace("The council", "Late on Saturday the council")
    paragraphs = story(6)
    teasers = []
    for day, place in enumerate(["Harbour", "Market", "Station", "Ferry"], 14):
        teasers += [f"{place} plan goes to the vote", f"The {place.lower()} plan goes to the council next week.",
                    f"Kim Lau, Millbrook {day}.10.2019, 19:{day}"]  # fmt: skip
    lines = ["Home", "News", "World", "Sport", "Bridge closes for the winter", lead, "By Ann Example",
             "19.10.2019, 23:38", *paragraphs, *teasers, "Newsletter", "Contact", "Imprint"]  # fmt: skip
    heard = [p for chapter in copied(tmp_path, lines).chapters for p in chapter.paragraphs]
    assert heard[: len(paragraphs) + 1] == [lead, *paragraphs]
