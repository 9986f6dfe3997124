"""Lists and tables in a copied page: read to their last item with the story under them, marked or
not, a recipe's, a how-to's, a poll's or a table of figures."""

from __future__ import annotations

import pytest

from listen import clean, read_source
from listen.copied_lines import make_lines
from listen.textdump import CopiedPage, article_of

from .clean_pages import (
    BODY,
    EXPLAINER_ANSWERS,
    NEWS_MENU,
    OTHER_STORIES,
    STORY_ALONE,
    copied,
    headings_and_paragraphs,
    story,
    write,
)


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


RECIPE_INGREDIENTS = ["1 cup sugar", "2 lemons, zested and juiced", "3 eggs", "3/4 cup olive oil", "1 1/2 cups flour"]


RECIPE_STEPS = ["Heat the oven to 350°F and line a loaf pan with baking paper.",
                "Rub the zest into the sugar, then whisk in the eggs, lemon juice and olive oil.",
                "Fold in the flour and pour the batter into the pan.",
                "Bake for 45 minutes, until a skewer comes out clean."]  # fmt: skip


@pytest.mark.parametrize("buttons", [["Print Pin Rate"], ["Print Recipe", "Pin Recipe"]])
def test_a_recipe_card_under_a_food_blogs_post_is_heard_with_its_ingredients_and_steps(tmp_path, buttons):
    """A food blog sets the recipe on a card of its own under the post: the dish's name, its rating,
    its buttons (those over the post again, perhaps) and times, then "Ingredients" and
    "Instructions". The listener hears the times, each ingredient and each step, the two headings
    as chapters, and no button or rating."""
    post = ["This lemon olive oil cake is the one I bake when friends come over on short notice. It takes ten "
            "minutes to mix and keeps for days on the counter.",
            "The olive oil makes the crumb tender and a little dense, in the best way. Use a fruity oil you would "
            "happily eat on bread, because you will taste it."]  # fmt: skip
    times = ["Prep Time: 10 minutes", "Cook Time: 45 minutes", "Servings: 8"]
    lines = ["Skip to content", "Home", "Recipes", "Dinner", "Desserts", "About", "Lemon Olive Oil Cake",
             "By Hannah Reid", "Published: March 3, 2026", "Jump to Recipe", "Print Recipe", *post,
             "Lemon Olive Oil Cake", "5 from 212 votes", *buttons, *times, "Ingredients", *RECIPE_INGREDIENTS,
             "Instructions", *RECIPE_STEPS, "Nutrition", "Calories: 380kcal | Carbohydrates: 42g | Fat: 22g",
             "Leave a Comment", "Your email address will not be published. Required fields are marked *"]  # fmt: skip
    chapters = [(chapter.title, chapter.paragraphs) for chapter in copied(tmp_path, lines).chapters]
    assert chapters == [("", [*post, *times]), ("Ingredients", RECIPE_INGREDIENTS), ("Instructions", RECIPE_STEPS)]


def test_an_explainers_last_question_and_its_answer_are_heard(tmp_path):
    """An explainer's questions, each over its answer: the last answer, which the line model
    doubts above the page's tags and buttons, is heard with its question."""
    lines = ["Skip to content", "News", "Explainers", "What is a red alert, and what should you do?",
             "Explainer | By Tom Reed | 4 December 2026", *EXPLAINER_ANSWERS, "Read more about:", "Weather", "Storms",
             "Was this article helpful?", "Yes", "No"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines))[-2:] == EXPLAINER_ANSWERS[-2:]


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


def test_a_talks_notes_whose_bullets_the_copy_lost_are_heard_to_the_last(tmp_path):
    """A post's notes on three talks, each a list whose bullets the copy lost: lines in small letters
    that the line model doubts. They are heard to the post's last paragraphs, not cut at the first,
    each talk's name a chapter over its notes."""
    notes = [
        ["we start with what the town needs rather than with what the budget allows",
         "the river has shaped every street in the old town for three hundred years",
         "a bridge is a promise that the two banks will keep meeting each other",
         "people cross where the crossing feels safe, not where the map says they should"],
        ["ferries were the only way across until the first stone bridge was built",
         "the mill owners paid for the bridge because their carts needed to cross",
         "every flood since then has tested the piers and the town's patience",
         "repairs were cheaper than rebuilding until the cracks reached the arches"],
        ["a footbridge costs less than a road bridge but carries more of the town's life",
         "children walk to school over it and the market traders push their carts across",
         "closing it for a winter would cut the old town off from the station",
         "the council should ask the people who cross it every day before it decides"],
    ]  # fmt: skip
    talks = ["Planning (7 minutes; Ann Lee)", "History (6 minutes; Sam Ortiz)", "Everyday life (5 minutes; Kim Lau)"]
    post = [BODY, *[line for talk, items in zip(talks, notes) for line in (talk, *items)], *story(3)[1:]]
    lines = ["Three talks on the bridge - Harbour Notes", *NEWS_MENU, "Three talks on the bridge",
             "November 2, 2012 by Ann Lee", *post, "You might also like", *OTHER_STORIES,
             "Copyright 2012 Harbour Notes. All rights reserved."]  # fmt: skip
    article = copied(tmp_path, lines)
    assert headings_and_paragraphs(article) == post
    assert [chapter.title for chapter in article.chapters] == ["", *talks]


def test_a_guides_entries_under_the_same_labels_are_heard_to_the_last(tmp_path):
    """A guide's short lead, then its entries: a kind and a name over the same labelled facts
    ("What:", "Why:", "Where:"), which the line model doubts more the further down the page they
    stand. Every entry is heard, not only the first two, each a chapter."""
    lead = "Stormy weeks call for something to look forward to. Here is where to spend your weekend in town."
    picks = [
        ("SEE", "The Harbour Lights", "A walk of lanterns along the old quay, lit by the schools of the town and "
         "the sailing club.", "The whole family can come.", "The quay, from six until ten."),
        ("EAT", "Mill Street Market", "Twenty stalls of food from the farms around the town, with a brass band "
         "playing under the granary roof.", "The cakes sell out by noon.", "Mill Street, Saturday morning."),
        ("HEAR", "The Tide Singers", "The town's choir sings the old sea songs of the river in the church by the "
         "bridge.", "Tickets go to the lifeboat.", "St Mary's, Sunday at four."),
        ("MAKE", "Lantern Workshop", "Children build a paper lantern of their own with the artists who made the "
         "ones on the quay.", "It is free.", "The library, Saturday afternoon."),
        ("WALK", "The River Trail", "A guided walk along the river to the tide mill, with stories of the floods "
         "and of the millers.", "The views are best at low tide.", "From the bridge, Sunday at ten."),
    ]  # fmt: skip
    entries = [line for kind, name, what, why, where in picks
               for line in (kind, name, f"What: {what}", f"Why: {why}", f"Where: {where}")]  # fmt: skip
    lines = ["The Weekend Guide - Town News", *NEWS_MENU, "Share", "Comments", "The Weekend Guide", lead, *entries,
             "Photo: Courtesy of the Harbour Trust", "Related Stories", *OTHER_STORIES,
             "Copyright 2012 Town News. All rights reserved."]  # fmt: skip
    article = copied(tmp_path, lines)
    heard = " ".join(headings_and_paragraphs(article))
    assert all(f"{label}: {fact}" in heard for *_, what, why, where in picks
               for label, fact in (("What", what), ("Why", why), ("Where", where)))  # fmt: skip
    assert "Harbour festival" not in heard
    assert [chapter.title for chapter in article.chapters] == ["", *(kind for kind, *_ in picks)]


def test_a_columns_entries_under_their_names_are_heard_from_the_first_name(tmp_path):
    """A column's paragraphs, then its entries: a name over short facts under the same labels
    ("Roots:", "Role:"). The entries are heard from the first name to the last fact, each name a
    chapter's title."""
    people = [("Singer Ann Lee", "Daughter of the harbour master and the town's first mayor", "The Tide Mill Song"),
              ("Painter Sam Ortiz", "Son of the ferryman who rowed the river for forty years", "Bridge at Dawn"),
              ("Actor Kim Lau", "Granddaughter of the miller and niece of the baker", "The Lock Keeper"),
              ("Writer Tom Reed", "Nephew of the lighthouse keeper on the point", "Salt and Stone"),
              ("Dancer Eve Hart", "Daughter of the schoolteacher and the harbour pilot", "Low Tide")]  # fmt: skip
    entries = [line for name, roots, role in people for line in (name, f"Roots: {roots}", f"Role: {role}")]
    lines = ["Screen Play: Harbour Lights - Town News", *NEWS_MENU, "Share", "Comments", "Screen Play: Harbour Lights",
             *story(3), "Which other townsfolk have famous families? We looked.", *entries,
             "Photo: Courtesy of the Harbour Trust", "Related Stories", *OTHER_STORIES,
             "Copyright 2012 Town News. All rights reserved."]  # fmt: skip
    article = copied(tmp_path, lines)
    assert headings_and_paragraphs(article)[-len(entries) :] == entries
    assert [chapter.title for chapter in article.chapters] == ["", *(name for name, *_ in people)]
