"""The copied-text cleaner: where a page's article starts and ends among its lines (past boxes of
other stories, ads and toolbars), and what amid it is not heard, in English and the other
languages listen knows."""

from __future__ import annotations

import calendar
import textwrap
from pathlib import Path

import pytest

from listen import clean, read_source
from listen.cleaner import (
    took_another_block,
    took_menus_above,
    took_much_around_it,
    within_copied_span,
)
from listen.copied_lines import make_lines
from listen.model import Chapter
from listen.textdump import CopiedPage, article_of, judge_lines, word_runs
from listen.unwrap import unwrapped

from .clean_pages import (
    BODY,
    FRENCH_STORY,
    GERMAN_STORY,
    ITALIAN_STORY,
    NEWS_MENU,
    OTHER_STORIES,
    POLISH_STORY,
    PORTUGUESE_STORY,
    SPANISH_STORY,
    STORY_ALONE,
    copied,
    example_paragraphs,
    headings_and_paragraphs,
    story,
    write,
)

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
    "3 Kommentare",
    "Kommentare (2)",
    "Leserkommentare",
    "6 commentaires",
    "Kommentar hinzufügen",
    "HINTERLASSEN SIE EINE ANTWORT",
    "Distributed by Town Wire. This material may not be published, broadcast, rewritten or redistributed.",
    "Next Up In Science & Health",
    "Discussion about this post",
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


@pytest.mark.parametrize("label", [
    "Share this:", "Tags:", "Topics:", "Related posts", "Read More Stories About:", "Schlagwörter", "Teilen:",
    "Etiquetas:", "Podziel się", "Artikel teilen", "Teilen Sie dies mit:", "Teile diesen Beitrag", "Über den Autor",
    "Das könnte Sie auch interessieren!", "Das könnte dich auch interessieren …", "More ...", "Explore further",
    "Mehr lesen über:", "Diese Artikel könnten dich ebenfalls interessieren:", "Weitere Artikel zu diesem Thema",
])  # fmt: skip
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
    ("Town News values your feedback", False),
    ("1. How relevant is this ad to you?", False),
    ("12 Likes", False),
    ("3 Restacks", False),
    ("Type your email...", False),
    ("Follow Transportation", False),
    ("Enter email address", False),
    ("This post is for paid subscribers", False),
    ("Keep reading with a 7-day free trial", False),
    ("Subscribe to Town Letter to keep reading this post and get 7 days of free access to the full post archives.",
     False),
    ("Already a paid subscriber? Sign in", False),
    ("Upgrade to paid", False),
    ("Give a gift subscription", False),
    ("Listen to more stories on Town Audio", False),
    ("Produced by Town Audio using AI narration.", False),
    ("The big picture: the council has closed three of the town's bridges in five years, and has the money to "
     "rebuild only one of them.", True),
    ("Sign Me Up", False),
    ("You may occasionally receive promotional content from the Town News.", False),
    ("Follow on Twitter", False),
    ("Follow Ann on Twitter.", True),
    ("Sponsor Message", False),
    ("Become a Town Radio sponsor", False),
    ("A car crosses the old bridge on Monday. (Ann Lee for The Town News)", False),
    ("The council voted for the plan on Monday (by nine votes to four).", True),
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
    ("Advertising disclosure: We may receive compensation for some of the links in our stories.", False),
    ("Town Living may receive compensation when you click through and purchase from links on this site.", False),
    ("Advertiser Disclosure", False),
    ("Advertisement:", False),
    ("Todos los derechos reservados Editora Town News S.A. - Millbrook 2022.", False),
    ("Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone.", False),
    ("Imagen: Ann Lee / Town News", False),
    ("(crédito: Ann Lee/Town News)", False),
    ("Quelle: Statistisches Landesamt", False),
    ("Fuente: Instituto Nacional de Estadística", False),
    ("Diese Website benutzt Cookies. Wenn du die Website weiter nutzt, gehen wir von deinem Einverständnis aus.", False),
    ("Notwendige Cookies", False),
    ("Cookie-Einstellungen", False),
    ("Ce site utilise des cookies pour mesurer son audience.", False),
    ("Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", False),
    ("Ta strona używa plików cookie.", False),
    ("This site uses Akismet to reduce spam. Learn how your comment data is processed.", False),
    ("Never miss the latest news by signing up to our newsletter today!", False),
    ("To view the full story, please subscribe to Town News. You can choose an annual subscription or a weekly pass.",
     False),
    ("Subscribe now to our e-edition for the full story.", False),
    ("Immediate online access to all issues from 2019. Subscription will auto renew annually.", False),
    ("Readers who subscribe to the paper were the first to see the full story of the bridge on Sunday.", True),
    ("For the latest stories and breaking news updates download the Town News apps for iOS and Android.", False),
    ("Mehr erfahren", False),
    ("Weiterlesen", False),
    ("Leia Mais", False),
    ("En savoir plus", False),
    ("Leer más", False),
    ("Mehr erfahren wollten die Anwohner an diesem Abend nicht, sagte der Bürgermeister.", True),
    ("Sieh dir diesen Beitrag auf Instagram an", False),
    ("Gefällt mir:", False),
    ("Liken Lade …", False),
    ("Antworten", False),
    ("Twittern", False),
    ("Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie deine Kommentardaten "
     "verarbeitet werden.", False),
    ("The bakery by the bridge sold 2,000 cookies on the day the crossing reopened.", True),
    ("Passengers may receive compensation of up to 600 euros if the ferry is more than three hours late.", True),
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
    ("Listen · 5:32 min", False),
    ("0:00 / 5:32", False),
    ("Audio is AI-generated and may contain errors.", False),
    ("Updated 3 hours ago", False),
    ("This article is more than 2 years old", False),
    ("Gift this article", False),
    ("Open in the app", False),
    ("Supported by", False),
    ("Jump to comments", False),
    ("A- A+", False),
    ("[+] Enlarge", False),
    ("Advertisement - Scroll to continue", False),
    ("Paid Post", False),
    ("Promoted Stories", False),
    ("Play video", False),
    ("Video duration 2:31", False),
    ("Follow Town News on Google News", False),
    ("Bluesky", False),
    ("Copy link to clipboard", False),
    ("Subscribe to continue reading", False),
    ("Read 12 comments", False),
    ("Read the full story", False),
    ("Share Tweet Share", False),
    ("tweet share Reddit Pocket Flipboard Email", False),
    ("E-mail | Print", False),
    ("Read Later", False),
    ("View PDF/Print Mode", False),
    ("Buy Photo", False),
    ("Wait 1 second to continue.", False),
    ("Continue reading the main story Share This Page", False),
    ("Check out more articles on TownNews.com!", False),
    ("[Offensive? Unsuitable? Report this comment. ]", False),
    ("Quote | Report this post", False),
    ("[1/2]Crowds wait for the ferry on Monday. (Ann Example/Reuters)", False),
    ("Item 1 of 3 Crowds wait for the ferry on the first morning of the closure", False),
    ("Gift Article", False),
    ("Send any friend a story", False),
    ("As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.", False),
    ("Add to your saved stories", False),
    ("Share or comment on this article:", False),
    ("Have a confidential tip for our reporters? Get in Touch", False),
    ("Story continues below this ad", False),
    ("This story is available exclusively to subscribers.", False),
    ("Already a subscriber? Log in", False),
    ("Our journalism needs your support. Please donate today.", False),
    ("Support independent journalism", False),
    ("Become a member", False),
    ("Trending on Town News", False),
    ("Hide comments", False),
    ("Loading comments...", False),
    ("By signing up, you agree to our Terms of Use and Privacy Policy.", False),
    ("Advertisement · Scroll to continue", False),
    ("Getty Images/iStockphoto", False),
    ("News Tags: Technology, Patent, Starbucks, Order Processing, Apple", False),
    ("Article Tags : Fashionblogger aus Köln, Flauschjacke, Rucksack", False),
    ("🔊 Listen to this article", False),
    ("✉️ Email this story", False),
    ("🌊 The tide turned the wheel twice a day, as it had for 800 years.", True),
    ("Explore more on these topics", False),
    ("Reuse this content", False),
    ("See more on: Town Council", False),
    ("Link Copied!", False),
    ("Suggested Topics:", False),
    ("Member-only story", False),
    ("Recommended from Town Letter", False),
    ("Ready for more?", False),
    ("Restack", False),
    ("Enlarge / The mill at high tide, when the wheel turns.", False),
    ("Go deeper", False),
    ("Editorial Standards", False),
    ("Our Standards: The Town News Trust Principles.", False),
    ("Featured Video", False),
    ("Keep reading", False),
    ("Latest stories", False),
    ("Watch:", False),
    ("Manage preferences", False),
    ("You have 3 free articles left this month.", False),
    ("Subscribe for unlimited access", False),
    ("Continue reading your article with a subscription", False),
    ("Get the latest news from the town delivered to your inbox every morning.", False),
    ("[Read more: Ferry service to end after storm damage]", False),
    ("(Story continues below)", False),
    ("Media playback is unsupported on your device", False),
    ("This video can not be played", False),
    ("Download the Town News app for the latest news.", False),
    ("Partner content", False),
    ("Copied!", False),
    ("Suche nach:", False),
    ("Search for:", False),
    ("Zurück zur Übersicht", False),
    ("12 Bilder", False),
    ("Bildergalerie", False),
    ("Artikel drucken", False),
    ("4 grudnia 2026, 10:30", False),
    ("5. května 2021", False),
    ("Empfohlener redaktioneller Inhalt", False),
    ("Klicken Sie auf den unteren Button, um den Inhalt von www.karte.example zu laden.", False),
    ("Inhalt laden", False),
    ("Dieser Artikel enthält Affiliate-Links. Wenn ihr darüber etwas kauft, erhalten wir eine kleine Provision.", False),
    ("Fans wait outside the stadium before the final. © AFP / Ann Lee", False),
    ("Cyber attacks on the town's firms are rising. – © Ann Lee – stock.example.com", False),
    ("Warehouse work, an illustrative photo / Source: Pixabay", False),
    ("Traffic © Ann Lee / Stockphotos", False),
    ("The picket line in the university's hall / (C) Ann Lee", False),
    ("Penguins on the ice in Antarctica on 11 February. EFE", False),
    ("The Town side lined up with Lee – Kim (c) – Park up front, and won 2-0", True),  # a captain, no credit
    ("The council said the logo © 2019 was its own, and that it would defend the mark in court.", True),
    ("Schon registriert? Hier einloggen", False),
    ("Kostenlos registrieren und weiterlesen", False),
    ("4 Wochen kostenlos testen", False),
    ("Déjà abonné ? Connectez-vous.", False),
    ("I agree to the Terms of Service and the Privacy Policy of Town News.", False),
    ("Ich bin mit der Verarbeitung meiner Daten nach Datenschutzerklärung einverstanden. Nach Anmeldung erhalte ich "
     "eine E-Mail.", False),
    ("Ich willige ein, dass mir Town News regelmäßig Informationen per E-Mail sendet (Datenschutzhinweise).", False),
    ("I agree with the council, the keeper said, and the mill will close for the winter.", True),
    ("Bild anzeigen Bild schließen", False),
    ("Mit Freunden teilen", False),
    ("Kommentieren Sie hier", False),
    ("Ausgabe kaufen", False),
    ("Infórmate más", False),
    ("Jetzt registrieren", False),
    ("Buch bestellen", False),
    ("Den Artikel mit anderen teilen/diskutieren:", False),
    ("PDF version", False),
    ("Télécharger au format EPUB", False),
    ("Aktuelle Stories und die wichtigsten News für Leser direkt in dein Postfach!", False),
    ("Ihnen hat der Artikel gefallen? Dann abonnieren Sie unseren Newsletter!", False),
    ("Jetzt für den Town-News-Newsletter anmelden", False),
    ("Die Stadt schickt die Rechnung für die Brücke jedes Jahr in Ihr Postfach, sagt der Bürgermeister.", True),
    ("Keep reading the tide tables, the keeper says, and the river will never catch you out.", True),
    ("Follow the river path on foot to reach the mill, which opened 3 years ago.", True),
    ("The tide mill was supported by a grant from the town, and it opened 3 years ago.", True),
])  # fmt: skip
def test_furniture_between_paragraphs_is_not_read(tmp_path, line, heard):
    second = BODY.replace("council", "mayor").replace("winter", "summer")
    text = f"Bridge closes for the winter\n\n{BODY}\n\n{line}\n\n{second}\n"
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    expected = [BODY, line, second] if heard else [BODY, second]
    assert [(chapter.title, chapter.paragraphs) for chapter in article.chapters] == [("", expected)]  # nor a heading


@pytest.mark.parametrize("disclosure", [
    "We are a participant in the Amazon Services LLC Associates Program, an affiliate advertising program designed to "
    "provide a means for us to earn fees by linking to Amazon.com and affiliated sites.",
    "Für Links auf dieser Seite erhält Town News ggf. eine Provision vom Händler, z.B. für solche mit Warenkorb-Symbol.",
])  # fmt: skip
def test_a_sites_disclosure_of_its_shop_links_under_the_story_is_not_heard(tmp_path, disclosure):
    """What a site earns from its shop links, as Amazon's programme words it or a German site
    does, under the story's last paragraph: the story is heard, the disclosure is not."""
    paragraphs = story(4)
    lines = ["Bridge closes for the winter - Town News", "Home", "News", "Sport", "Bridge closes for the winter",
             "By Ann Lee", *paragraphs, disclosure, "Share this:", "Facebook", "© 2026 Town News"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == paragraphs


EMAIL_FORM = [
    "Email this story", "To (email address):", "To Email: To Email is Required. A valid email address is required.",
    "Your Name: Your Name is Required.", "Your e-mail address: *",
    "Your email Friend's email Subject Message", "Message:", "Send a copy to my email", "Send",
]  # fmt: skip
EMAIL_FORM_NOTES = [
    "You can send this story to several people by separating the email addresses with commas.",
    "This site will not store your email address or use it in any other way.",
]


def test_a_form_to_mail_the_story_is_not_read(tmp_path):
    """Copied with the page, a form's fields, what it says of them and its buttons stand under the
    story and its wire credit; a sentence that speaks of a name or an address that is required stays."""
    second = BODY.replace("council", "mayor").replace("winter", "summer")
    prose = "A licence is required for the market, and your name must be on the list."
    form = "\n".join(["Copyright Town News Network", *EMAIL_FORM])
    text = "\n\n".join(
        ["Bridge closes for the winter", BODY, prose, second, form, *EMAIL_FORM_NOTES, "Save/Share Story"]
    )
    article = clean(read_source(str(write(tmp_path / "a.txt", text)), 10**6))
    assert [(chapter.title, chapter.paragraphs) for chapter in article.chapters] == [("", [BODY, prose, second])]


def test_a_story_copied_alone_is_heard_whole(tmp_path):
    """Copied without the page around it (no menu, furniture or footer), its short lines are the
    story's own: a list, a poem's lines, a closing question, which the line model doubts beside prose."""
    article = copied(tmp_path, STORY_ALONE)
    heard = headings_and_paragraphs(article)
    assert article.title == STORY_ALONE[0]
    assert heard == STORY_ALONE[1:]


@pytest.mark.parametrize(
    "byline, name",
    [("By Ann Example", "Ann Example"), ("By Ann Example on March 5, 2024", "Ann Example"),
     ("By Ann Example | Published: March 5, 2024 9:12 am", "Ann Example"),
     ("By Ann Example, Staff Writer, 5 March 2024", "Ann Example, Staff Writer"),
     ("By Ann Example // March 5th, 2024 // 9:41 am", "Ann Example"),
     ("By Ann Lee Tuesday, March 5, 2024", "Ann Lee"), ("By ANN SOLOMON JULY 29, 2016", "ANN SOLOMON"),
     ("Written by Ann Example", "Ann Example"), ("Words by Ann Example | 5 March 2024", "Ann Example"),
     ("By Ann Example, a senior reporter covering towns and transport.", "Ann Example"),
     ("Posted on March 5, 2024 by Ann Example", "Ann Example"), ("January 9th, 2008 by Ed Kent", "Ed Kent"),
     ("November 6, 2012 by Ann Example 0 Comments", "Ann Example"), ("06 November 2012 by Ed Kent Discuss (0)", "Ed Kent"),
     ("November 12th, 2012 by Ann Example in Travel, Food", "Ann Example"),
     ("Veröffentlicht am 13. März 2019 von Ann Example", "Ann Example"),
     ("Publié le 13/03/2019 par Ann Example", "Ann Example"),
     ("By Ann Example - Fri, 12/28/2007 - 6:41am.", "Ann Example"),
     ("Posted on July 6, 2015 by Ann Example — Leave a comment", "Ann Example"),
     ("Veröffentlicht am 6. Juli 2015 von Ann Example — Hinterlasse eine Antwort", "Ann Example"),
     ("1. Januar 2016 von Ann Example Ein Kommentar", "Ann Example")],
)  # fmt: skip
def test_the_byline_names_who_wrote_the_story_not_when(tmp_path, byline, name):
    """A player shows the byline as the artist: the date it was posted goes. The byline is not
    heard."""
    story = [STORY_ALONE[0], byline, *STORY_ALONE[1:]]
    article = copied(tmp_path, story)
    assert (article.byline, headings_and_paragraphs(article)) == (name, STORY_ALONE[1:])


def test_a_menus_last_item_over_the_date_above_the_headline_is_no_byline(tmp_path):
    """A blog's menu ends over the day's date, above the post's headline ("Recipe Index", "Sunday,
    August 5, 2012"): no writer is named there."""
    paragraphs = story(4)
    lines = ["Home", "About", "Recipe Index", "Sunday, August 5, 2012", "Bacon and cheese quiche for Sunday",
             *paragraphs, "Leave a Reply"]  # fmt: skip
    article = copied(tmp_path, lines)
    assert (article.title, article.byline) == ("Bacon and cheese quiche for Sunday", "")


def test_a_writer_signed_over_the_headline_is_the_byline(tmp_path):
    """A developers' platform signs a post over its headline: the writer's name, then when it was
    posted ("Posted on Mar 5, 2024"), then the headline and its tags. The name is the byline, and
    none of it is heard."""
    paragraphs = story(4)
    lines = ["Skip to content", "Search", "Log in", "Create account", "Ann Lee", "Posted on Mar 5, 2024",
             "How we cut our build time in half", "#webdev", "#devops", *paragraphs, "Top comments (3)",
             "Bob Smith", "Great post, thanks for sharing!", "Code of Conduct"]  # fmt: skip
    article = copied(tmp_path, lines)
    assert (article.title, article.byline) == ("How we cut our build time in half", "Ann Lee")
    assert headings_and_paragraphs(article) == paragraphs


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


def test_a_story_whose_lines_end_in_semicolons_is_not_taken_for_a_page_script(tmp_path):
    """A list's item that ends in a semicolon ("at the ferry steps;") is not a line of script ("var area = 'News';")."""
    story = [*STORY_ALONE[:2], "The money goes to three things:", "new lights on the bridge;",
             "a ramp at the ferry steps;", "and a bench by the mill.", "Work starts in May, the council says."]  # fmt: skip
    article = copied(tmp_path, story)
    assert headings_and_paragraphs(article) == story[1:]


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


@pytest.mark.parametrize("headline, paragraphs, published, teaser", [
    ("Le vieux pont fermé tout l'hiver", FRENCH_STORY, "Publié le 4 décembre 2026 à 10h30",
     "Lire aussi : Le prix des tickets de bus augmente en janvier"),
    ("Alte Brücke den ganzen Winter gesperrt", GERMAN_STORY, "Aktualisiert am 4. Dezember 2026, 10:30 Uhr",
     "Lesen Sie auch: Die Busse werden im Januar teurer"),
    ("Ponte velha fechada durante todo o inverno", PORTUGUESE_STORY, "Publicado em 4 de dezembro de 2026, 10h30",
     "Leia também: Passagem de ônibus fica mais cara em janeiro"),
    ("El viejo puente, cerrado todo el invierno", SPANISH_STORY, "Actualizado: 04/12/2026 13:45",
     "Te puede interesar: El billete de autobús sube en enero"),
    ("El viejo puente, cerrado todo el invierno", SPANISH_STORY, "Actualizado: 04/12/2026 13:45",
     "Lea más: El billete de autobús sube en enero"),
    ("El viejo puente, cerrado todo el invierno", SPANISH_STORY, "Actualizado: 04/12/2026 13:45",
     "MIRA | El billete de autobús sube en enero"),
    ("Stary most zamknięty na całą zimę", POLISH_STORY, "Opublikowano: 4 grudnia 2026",
     "Czytaj także: Bilety autobusowe zdrożeją w styczniu"),
])  # fmt: skip
def test_a_pages_date_and_teasers_are_not_heard_in_its_own_language(tmp_path, headline, paragraphs, published, teaser):
    """When the page was published and a teaser for another of its stories set between the
    paragraphs are furniture in French, German and Portuguese as in English: neither is heard."""
    lines = [f"{headline} - Example Presse", "Home", "Region", "Sport", headline, published, *paragraphs[:2], teaser,
             *paragraphs[2:], "Newsletter", "© 2026 Example Presse"]  # fmt: skip
    article = copied(tmp_path, lines)
    assert (article.title, headings_and_paragraphs(article)) == (headline, paragraphs)


@pytest.mark.parametrize("paragraphs, label, headlines", [
    (GERMAN_STORY, "Ähnliche Beiträge", ["Busse fahren ab Januar neue Wege", "Neue Fähre für den Hafen"]),
    (GERMAN_STORY, "Weitere Artikel", ["Busse fahren ab Januar neue Wege", "Neue Fähre für den Hafen"]),
    (GERMAN_STORY, "Beliebte Beiträge zum Thema:", ["Busse fahren ab Januar neue Wege", "Neue Fähre für den Hafen"]),
    (GERMAN_STORY, "Weitere Beiträge aus der Kolumne:", ["Busse fahren ab Januar neue Wege", "Neue Fähre für den Hafen"]),
    (GERMAN_STORY, "Weiterlesen:", ["Busse fahren ab Januar neue Wege: Ein Gespräch mit dem Verkehrsplaner"]),
    (SPANISH_STORY, "Otras noticias", ["Los autobuses cambian de ruta en enero", "Un nuevo ferry para el puerto"]),
    (PORTUGUESE_STORY, "Veja também", ["Ônibus mudam de rota em janeiro", "Nova balsa para o porto"]),
    (SPANISH_STORY, "Le puede interesar", ["Los autobuses cambian de ruta en enero", "Un nuevo ferry para el puerto"]),
])  # fmt: skip
def test_a_box_of_other_stories_amid_the_story_is_not_heard_in_its_own_language(tmp_path, paragraphs, label, headlines):
    """A box of the site's other stories set between a story's paragraphs, under its label in the
    page's language ("Ähnliche Beiträge", "Weitere Artikel", "Otras noticias", "Veja também"), as
    "Related posts" and "More stories" label it in English: neither the label nor the headlines
    are heard, and the story goes on under the box."""
    lines = ["Die alte Brücke - Example Presse", "Home", "Region", "Sport", "Die alte Brücke", "4. Dezember 2026",
             *paragraphs[:2], label, *headlines, *paragraphs[2:], "© 2026 Example Presse"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == paragraphs


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
    (story(4), "Advertisement", ["Most Read", "1", "New trains from December", "2", "Ticket prices rise in January",
                                 "3", "Snow closes the mountain pass"],
     ["Comments (23)", "Share"]),
    (story(4), "Advertisement", ["MOST VIEWED", "New trains from December", "Ticket prices rise in January"],
     ["Share", "Most viewed", "Airport reports record", "Strike ends"]),
    (story(4), "Advertisement", ["Latest news", "New trains from December", "Ticket prices rise in January",
                                 "Snow closes the mountain pass"],
     ["Comments (23)", "Share"]),
    (story(4), "Advertisement", ["In other news", "New trains from December", "Ticket prices rise in January",
                                 "Snow closes the mountain pass", "Airport reports record number of travellers"],
     ["Comments (23)", "Share"]),
    (story(4), "Advertisement", ["More from Town News", "New trains from December", "Ticket prices rise in January"],
     ["Comments (23)", "Share"]),
    (story(4), "Advertisement", ["Editors’ Picks", "The Ferry’s Last Summer", "How to Cross a River in Winter"],
     ["Comments (23)", "Share"]),
    (GERMAN_STORY, "Anzeige", ["Mehr zum Thema", "Neue Fernzüge ab Dezember", "Ticketpreise steigen im Januar"],
     ["Kommentare (23)", "Teilen", "Das könnte Sie auch interessieren", "Flughafen meldet Rekord", "Streik beendet"]),
])  # fmt: skip
def test_a_box_of_other_stories_amid_a_short_story_does_not_end_it(tmp_path, paragraphs, ad_slot, box, below):
    """An ad and a box of other stories' headlines (or a video's; with its pager, headlines cut short
    and the story's share buttons; the most read stories, whose label ends a story where none goes
    on under it) after a short story's second paragraph, and its last two below them, which the line
    model doubts between the box and the page's buttons: all four paragraphs are heard, the box's
    headlines are not."""
    lines = ["Bridge news - Example Presse", "Home", "News", "Bridge news", "By Ann Lee", *paragraphs[:2], ad_slot,
             *box, *paragraphs[2:], *below, "© 2026 Example Presse"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == paragraphs


def test_a_story_goes_on_under_a_most_read_box_and_a_newsletters_block(tmp_path):
    """A long-form page sets the most read stories in the story, then one paragraph, then a
    newsletter's block the screen reader skips, then the rest: "Most Read" ends a story where
    none goes on under it, but here paragraphs do, so all of the story is heard."""
    paragraphs = story(5)
    box = ["Most Read", "Ferry service to end after storm damage", "Mayor answers shop owners on parking plans",
           "Tide mill reopens for the summer season"]  # fmt: skip
    newsletter = ["Skip past newsletter promotion", "Sign up to The Town Letter", "Free weekly newsletter",
                  "Our editors pick the week's best stories and send them to you every Friday.", "Sign up",
                  "after newsletter promotion"]  # fmt: skip
    lines = ["Bridge closes for the winter", "By Ann Lee", *paragraphs[:2], *box, paragraphs[2], *newsletter,
             *paragraphs[3:], "Related", "Why the tunnel will close for a month", "© 2026 Town News"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == paragraphs


def test_a_story_goes_on_under_a_most_read_box_of_long_headlines_at_its_next_section(tmp_path):
    """An online magazine sets its most read stories in the story, each headline over its writers'
    names, some headlines too long for a box's run; the story goes on under the box with its next
    section's heading. All of the story is heard, with that heading, and nothing of the box."""
    paragraphs = story(6)
    box = ["Most Read", "Ferry service to end after storm damage", "Ann Lee, Carl Jones",
           "How a town that lost its only bridge learned to cross the river again — and kept the ferry running",
           "Dana White", "Mayor answers shop owners on parking plans", "Bob Smith"]  # fmt: skip
    lines = ["Bridge closes for the winter", "By Ann Lee", *paragraphs[:3], *box, "Winter Repairs", *paragraphs[3:],
             "Related", "Why the tunnel will close for a month", "© 2026 Town News"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == [*paragraphs[:3], "Winter Repairs", *paragraphs[3:]]


def test_the_storys_first_sentence_under_a_toolbar_is_heard(tmp_path):
    """A tabloid sets its story's first sentence under the toolbar's counts of shares and comments,
    where the line model doubts it, and its headline only in the page title and again in a share
    box at the story's foot: the story is heard from its first sentence (the share box's headline
    below the story is no bound for where it opens)."""
    paragraphs = story(4)
    first = "A town's shop owners today urge the council to keep the old bridge open to cars for one more winter."
    lines = ["Shop owners ask council to keep bridge open | Town News", "Home", "News", "Sport", "Most read",
             "Town's war on the bridge closure: shop owners and the mayor lead a plea to the council to keep the "
             "old bridge open to cars", "By Ann Lee For The Town News", "Published: 22:00 GMT, 26 September 2020",
             "e-mail", "845 shares", "560", "View", "comments", first, *paragraphs[:2], "What happens next",
             *paragraphs[2:], "Share or comment on this article:", "Shop owners ask council to keep bridge open",
             "e-mail", "845", "shares", "© 2020 Town News"]  # fmt: skip
    heard = [first, *paragraphs[:2], "What happens next", *paragraphs[2:]]
    assert headings_and_paragraphs(copied(tmp_path, lines)) == heard


ABOUT_ME_DE = [
    "Ich schreibe hier seit vielen Jahren über die Stadt, ihre Brücken und ihre Leute, und ich freue mich über jeden "
    "Besuch und jede Nachricht von euch, ob mit Lob, mit Kritik oder mit einer Geschichte, die ich noch nicht kenne.",
    "Wenn ich nicht schreibe, bin ich mit dem Fahrrad am Fluss unterwegs, fotografiere alte Mühlen und Schleusen und "
    "sammle Postkarten aus der Zeit, als die Brücke noch neu war und die Fähre jeden Morgen um sechs Uhr fuhr.",
    "Alle Texte und Bilder auf dieser Seite sind von mir, wenn nicht anders angegeben, und ihr dürft sie gern mit "
    "einem Link auf diese Seite teilen, solange ihr sagt, woher sie kommen, und sie nicht für Werbung benutzt.",
]
ABOUT_ME_FR = [
    "J'écris ici depuis de nombreuses années sur la ville, ses ponts et ses habitants, et je suis toujours heureuse "
    "de lire vos messages, vos critiques et les histoires que je ne connais pas encore, alors n'hésitez pas.",
    "Quand je n'écris pas, je longe la rivière à vélo, je photographie les vieux moulins et les écluses, et je "
    "collectionne les cartes postales du temps où le pont était neuf et où le bac partait chaque matin à six heures.",
    "Tous les textes et toutes les photos de ce site sont de moi, sauf mention contraire, et vous pouvez les partager "
    "avec un lien vers cette page, à condition de dire d'où ils viennent et de ne pas les utiliser pour la publicité.",
]


@pytest.mark.parametrize("story_lines, form", [
    (GERMAN_STORY, ["Schreibe einen Kommentar", "Deine E-Mail-Adresse wird nicht veröffentlicht.", "Kommentar",
                    "Name *", "E-Mail *", "Website", "Über mich", *ABOUT_ME_DE]),
    (FRENCH_STORY, ["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée.", "Commentaire",
                    "Nom *", "E-mail *", "Site web", "À propos", *ABOUT_ME_FR]),
    (GERMAN_STORY, ["Hinterlasse eine Antwort", "Deine E-Mail-Adresse wird nicht veröffentlicht.", "Kommentar",
                    "Name *", "E-Mail *", "Website", "Über mich", *ABOUT_ME_DE]),
])  # fmt: skip
def test_a_blogs_comment_form_in_other_languages_ends_the_post(tmp_path, story_lines, form):
    """A blog theme heads its comment form "Leave a comment" or "Leave a reply" in the blog's
    language: the post ends there, and the blogger's "About me" in the sidebar under the form is
    not heard. (Its share buttons stand between, with no label: a label would end the post.)"""
    lines = ["Blog", "Start", "Archiv", "Kontakt", "Die alte Brücke", "14. Juni 2023", *story_lines, "Facebook", "X",
             *form]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == story_lines


def test_a_guides_opening_above_a_heading_that_repeats_the_page_title_is_heard(tmp_path):
    """A guide's page title ("How to Care for Hydrangeas") is held more closely by one of its
    headings ("How to Care for Hydrangeas in Vases") than by its long headline; the guide's opening
    paragraphs stand under its byline and over that heading, and are heard with the rest."""
    opening, sections = story(2), story(5)[2:]
    lines = ["How to Care for Hydrangeas | Town Living", "Home", "Gardening", "Outdoor Gardening",
             "How to Care for Hydrangeas to Get the Most Beautiful Blooms on the Block",
             "Follow these tips for hydrangeas in a vase, in a pot or in the ground.", "By Ann Lee",
             "Updated May 06, 2019", "Save", "Tweet", "Pinterest", "Email", "Print", "Credit: Getty Images",
             *opening, "How to Care for Hydrangeas in Vases", "1. Examine the Blooms", sections[0],
             "2. Use Your Garden", sections[1], "3. Change the Water", sections[2], "Share", "© 2019 Town Living"]  # fmt: skip
    heard = [*opening, "How to Care for Hydrangeas in Vases", "1. Examine the Blooms", sections[0],
             "2. Use Your Garden", sections[1], "3. Change the Water", sections[2]]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == heard


def test_a_tutorials_introduction_above_its_table_of_contents_is_heard(tmp_path):
    """A tutorial opens with a sentence of what it explains, a label and the table of its sections,
    then the sections; the line model doubts the introduction over the table, and the body found
    opens under the table. The introduction opens the body, with the label; the table is not heard."""
    intro = "In this guide, I'll explain which of the town's bridges close in winter and why."
    sections = ["Example Data", "Example 1: Close the Old Bridge", "Example 2: Close the Tunnel",
                "Example 3: Close the Ferry Road", "Example 4: Close the Crossing", "Example 5: Close the Station Road",
                "What Comes Next"]  # fmt: skip
    paragraphs = story(8)
    body = [line for section, paragraph in zip(sections, paragraphs) for line in (section, paragraph)] + paragraphs[7:]
    lines = ["Which Bridges Close in Winter (5 Examples) | Town Guides", "Town Guides", "Methods", "Programming",
             "About", "Which Bridges Close in Winter (5 Examples)", intro, "The guide consists of these parts:",
             *sections, "Let's do this:", *body, "Share this:", "Facebook", "© 2026 Town Guides"]  # fmt: skip
    heard = [intro, "The guide consists of these parts:", "Let's do this:", *body]
    assert headings_and_paragraphs(copied(tmp_path, lines)) == heard


def test_a_german_storys_last_paragraph_closing_a_quotation_is_heard(tmp_path):
    """German closes a quotation with „...“: a story's last paragraph ending so ends a sentence and is
    heard, however the line model doubts it over the story's source and the share buttons."""
    last = ("„Die Brücke ist nicht mehr sicher, und wir wollen kein Risiko eingehen“, sagte der Bürgermeister. "
            "„Im Frühjahr sehen wir weiter.“")  # fmt: skip
    lines = ["Die alte Brücke - Example Presse", "Home", "Region", "Sport", "Die alte Brücke", "4. Dezember 2026",
             *GERMAN_STORY, last, "Quelle: Stadtverwaltung", "Teilen:", "Facebook", "© 2026 Example Presse"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == [*GERMAN_STORY, last]


def test_a_sign_up_form_amid_a_post_and_its_counts_of_likes_are_not_heard(tmp_path):
    """A newsletter's post sets its sign-up form between paragraphs (its heading, its tagline, the
    field for an e-mail address, the button) and counts likes and reposts under the post: the post
    is heard whole, the form and the counts are not."""
    paragraphs = story(5)
    form = ["Subscribe to Town Letter", "Local news for the river towns", "Type your email...", "Subscribe"]
    lines = ["Town Letter", "Subscribe", "Sign in", "Bridge closes for the winter", "Ann Lee", "Mar 05, 2024", "Share",
             *paragraphs[:3], *form, *paragraphs[3:], "12 Likes", "3 Restacks", "Discussion about this post",
             "Comments", "Write a comment...", "© 2024 Ann Lee"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == paragraphs


def test_a_newspapers_newsletter_box_amid_the_story_is_not_heard(tmp_path):
    """A newspaper sets its newsletter's box between a story's paragraphs: its label, its pitch, the
    field for an e-mail address, the button and a note on what else the reader may receive. None of
    it is heard, and the story goes on under it."""
    paragraphs = story(4)
    box = ["Newsletter", "Get the day’s top stories in your inbox",
           "Subscribe to our free newsletter for the day’s biggest stories and the ideas behind them.",
           "Enter email address", "Sign Me Up", "You may occasionally receive promotional content from the Town News."]  # fmt: skip
    tools = ["Share via", "Email", "Facebook", "LinkedIn", "Copy Link URL", "Copied!", "Print"]
    lines = [*NEWS_MENU, "Bridge closes for the winter", "By Ann Lee", "Staff Writer", "March 5, 2024 9:12 AM PT",
             *tools, *paragraphs[:2], *box, *paragraphs[2:], "More to Read", "Ferry service to end after storm damage",
             "March 4, 2024", "Copyright © 2024, Town News | Terms of Service | Privacy Policy"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == paragraphs


@pytest.mark.parametrize("paragraphs, caption, credit", [
    (story(4), "The old bridge in February", "Photograph: Ann Lee/Town News"),
    (GERMAN_STORY, "Die alte Brücke im Februar", "Foto: Ann Lee / Example Presse"),
])  # fmt: skip
def test_a_photos_caption_over_its_credit_amid_the_story_does_not_end_it(tmp_path, paragraphs, caption, credit):
    """A photo set between a story's paragraphs, its caption over its credit on a line of its own:
    the credit is not heard, and the story goes on under them. (The caption is: a heading over a
    photo's credit reads the same, and a listener would miss it more.)"""
    lines = [*NEWS_MENU, "Bridge news", "By Ann Lee", *paragraphs[:2], caption, credit, *paragraphs[2:],
             "More on this story", "Ferry service ends", "Feedback"]  # fmt: skip
    heard = headings_and_paragraphs(copied(tmp_path, lines))
    assert [text for text in heard if text != caption] == paragraphs


def test_an_embedded_posts_frame_and_consent_prompt_are_not_heard(tmp_path):
    """A post embedded in the story, as a screen reader hears its frame ("Skip twitter post by ...",
    "End of twitter post by ...") and as the page asks leave to load it ("Allow Twitter content?",
    a long notice of cookies, "Accept and continue"): none of that is heard, the post itself is, and
    the story goes on under it."""
    paragraphs = story(4)
    post = "The bridge closes to cars on Monday. Buses will use the harbour bridge until April."
    consent = ("This article contains content provided by Twitter. We ask for your permission before anything is "
               "loaded, as they may be using cookies and other technologies. To view this content choose "
               "'accept and continue'.")  # fmt: skip
    lines = ["Bridge closes for the winter", *paragraphs[:2], "Skip twitter post by Town Council",
             "Allow Twitter content?", consent, "Accept and continue", post, "End of twitter post by Town Council",
             *paragraphs[2:]]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == [*paragraphs[:2], post, *paragraphs[2:]]


def test_a_block_that_a_link_for_screen_readers_skips_is_not_heard(tmp_path):
    """A newsletter's box set inside the story between "Skip past newsletter promotion" and "after
    newsletter promotion": its name, its pitch and its privacy notice, sentences as the story's own,
    are not heard; the story goes on under it."""
    paragraphs = story(4)
    box = ["Skip past newsletter promotion", "Sign up to The Town Letter", "Free weekly newsletter",
           "Our editors pick the week's best stories and send them to you every Friday, with a map of the tides.",
           "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside "
           "parties. For more information see our Privacy Policy.", "after newsletter promotion"]  # fmt: skip
    lines = ["Bridge closes for the winter", *paragraphs[:2], *box, *paragraphs[2:]]
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


def test_a_posts_hashtags_are_not_heard(tmp_path):
    """A developer blog lists the post's tags as hashtags, one a line, between its headline and its
    text: none is heard, nor is the last one a chapter's title."""
    paragraphs = story(4)
    lines = ["Skip to content", "Log in", "Create account", "Priya Natarajan", "Posted on Feb 11",
             "How I cut our CI time in half with caching", "#ci", "#devops", "#github", "#productivity", *paragraphs,
             "Top comments (4)", "Code of Conduct", "Report abuse"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == paragraphs


def test_a_reading_time_and_an_ad_slot_are_not_heard_in_the_pages_language(tmp_path):
    """A Portuguese page's reading time and comment count over the story and its ad slot between
    the paragraphs are furniture, as "2 min read" and "Advertisement" are."""
    headline = "Ponte velha fechada durante todo o inverno"
    lines = [f"{headline} - Jornal Exemplo", "Início", "Cidades", headline, "Tempo de leitura: 2 minutos",
             "5 comentários", *PORTUGUESE_STORY[:2], "Publicidade", *PORTUGUESE_STORY[2:], "© 2026 Jornal Exemplo"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == PORTUGUESE_STORY


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


def test_a_line_that_only_begins_the_page_title_does_not_cut_the_article(tmp_path):
    """A recipe card after the article repeats the start of the page title ("Spiced Honey Pear Jam" of "Spiced Honey Pear Jam
    Recipe | ..."): that line is not the headline, and reading starts at the article."""
    paragraphs = [BODY, BODY.replace("council", "mayor"), BODY.replace("bridge", "tunnel")]
    text = "\n\n".join(["Spiced Honey Pear Jam Recipe | The Kitchen Blog", "Home Recipes", "Spiced Honey Pear Jam for Winter",
                        *paragraphs, "Spiced Honey Pear Jam", "Ingredients", "8 ripe pears", "1 lemon", "Instructions",
                        "Core and peel the pears, then boil them with the honey until the jam is thick enough."])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "jam.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs][:3] == paragraphs


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


def test_a_line_without_words_is_not_a_paragraph(tmp_path):
    """A section break ("* * *") or a menu's separator ("/") between paragraphs says nothing and
    is not set as one."""
    paragraphs = [BODY, BODY.replace("council", "mayor"), BODY.replace("bridge", "tunnel")]
    text = "\n\n".join(["The Bridge Closes Again | Example News", "Home", "/", "News", "The Bridge Closes Again",
                        paragraphs[0], "* * *", paragraphs[1], "/", paragraphs[2], "About", "Privacy"])  # fmt: skip
    article = clean(read_source(str(write(tmp_path / "bridge.txt", text)), 10**6))
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs


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


@pytest.mark.parametrize("link", ["Comments", "Kommentare", "Comentarios"])
def test_a_story_under_its_toolbars_comments_link_right_below_the_lead_is_heard_whole(tmp_path, link):
    """A story's lead under its headline, then its toolbar ("Share", "Comments": a link to the
    readers' comments that the page does not repeat over them), then the rest of the story: the
    lead is heard with the rest, not lost above the link."""
    paragraphs = [*story(9), *(text.replace("council", "mayor") for text in story(3))]
    lines = ["Leaders tighten their grip - Mill News", "World", "Politics", "Leaders tighten their grip", "By Ann Lee",
             "3 hours ago", paragraphs[0], "Share", link, *paragraphs[1:], "© 2026 Mill News"]  # fmt: skip
    assert headings_and_paragraphs(copied(tmp_path, lines)) == paragraphs


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


def test_a_newsletter_post_copied_whole_is_heard_without_its_subscribe_box(tmp_path):
    """A newsletter platform's post copied whole: its counts and buttons above and below, and the
    box in the middle that asks the reader to subscribe, are not heard; the name over the date,
    under the subtitle, is the byline."""
    paragraphs = story(4)
    lines = ["The Town Letter", "Subscribe", "Sign in", "Bridge closes for the winter",
             "What the council's vote means for the river crossing", "Ann Example", "Mar 05, 2024", "42", "7", "Share",
             *paragraphs[:2], "Subscribe to The Town Letter", "Thousands of paid subscribers", "Subscribe",
             *paragraphs[2:], "42 Likes", "·", "3 Restacks", "Share", "Discussion about this post", "Comments",
             "Bob Reader", "Mar 5", "Great piece, thanks for covering this.", "Reply", "Ready for more?", "Subscribe",
             "© 2024 Ann Example", "Privacy ∙ Terms ∙ Collection notice"]  # fmt: skip
    article = copied(tmp_path, lines)
    assert (article.title, article.byline, headings_and_paragraphs(article)) == (
        "Bridge closes for the winter",
        "Ann Example",
        paragraphs,
    )


@pytest.mark.parametrize("under_name", ["Follow", "Transport Correspondent"])
def test_a_blog_platforms_post_is_signed_by_the_name_over_its_follow_button_or_role(tmp_path, under_name):
    paragraphs = story(3)
    lines = ["Sign up", "Sign in", "Write", "Bridge closes for the winter",
             "What the council's vote means for the river crossing", "Ann Example", under_name, "Published in",
             "Town Notes", "·", "4 min read", "·", "Mar 5, 2024", "312", "5", "Listen", "Share", *paragraphs,
             "312", "5", "Follow", "Written by Ann Example", "1.2K Followers", "Help", "Status", "About", "Privacy"]  # fmt: skip
    article = copied(tmp_path, lines)
    assert (article.title, article.byline, headings_and_paragraphs(article)) == (
        "Bridge closes for the winter",
        "Ann Example",
        paragraphs,
    )


def test_a_posts_closing_paragraph_that_ends_on_a_question_is_heard(tmp_path):
    """A blog post's last paragraph asks its readers something ("Which trend is your favourite?")
    over a box of the blog's other posts, where the line model doubts it: it is the post's, unlike
    another post's headline that is one question only."""
    sections = [
        ("Mäntel", "Im Winter darf ein warmer Mantel nicht fehlen. Dieses Jahr sind lange Schnitte in Camel und Grau "
         "besonders gefragt, und sie passen zu Jeans genauso gut wie zu einem Kleid."),
        ("Strick", "Dicke Pullover aus Wolle sind zurück, am liebsten mit Zopfmuster. Ich trage sie gern etwas zu groß "
         "und kombiniere sie mit einem schmalen Rock und Stiefeln."),
        ("Stiefel", "Ob flach oder mit Absatz: Stiefel bis zum Knie sehen zu fast allem gut aus. Achtet beim Kauf auf "
         "gutes Leder, dann halten sie viele Winter lang."),
    ]  # fmt: skip
    closing = (
        "Ich hoffe ihr freut euch genauso wie ich auf die kalte Jahreszeit. Was ist euer liebster Trend? Schaut ihr "
        "auf neue Farben oder wählt ihr lieber Klassiker aus, die ihr jedes Jahr tragen könnt?"
    )
    lines = ["Startseite", "Mode", "Beauty", "Reisen", "Über mich", "Meine Winter Must Haves"]
    for heading, text in sections:
        lines += [heading, text]
    lines += [closing, "Das könnte dich auch interessieren …", "Valentinstag ohne Kitsch [Werbung]",
              "Kleidermädchen im Winter, Tipps und Tricks [Werbung]", "Mein Outfit für den Herbst [Werbung]",
              "Impressum", "Datenschutz"]  # fmt: skip
    heard = [p for chapter in copied(tmp_path, lines).chapters for p in chapter.paragraphs]
    assert heard == [text for _, text in sections] + [closing]


@pytest.mark.parametrize(
    "byline, above, note, heard",
    [
        ("By Ann Lee", [], "Ann Lee is a reporter for the Town News and has covered its roads since 2015.", False),
        (
            "By Ann Lee",
            ["About the author"],
            "Ann writes about roads and bridges, and before that she built them.",
            False,
        ),
        ("By Ann Lee", [], "Ann writes about roads and bridges, and before that she built them for years.", False),
        ("", ["Ann Lee"], "Ann Lee writes about roads and bridges, and before that she built them for years.", False),
        (
            "By Will B. Hardy - Fri, 12/28/2007 - 6:41am.",
            ["About the author:"],
            "Will Hardy is a staff writer for the Town News. Follow him on Twitter.",
            False,
        ),
        ("By Ann Lee", [], "Tom Baker, who runs the ferry, said he would be glad of the work until April.", True),
        ("By The Town Press", [], "The bridge is to open again in April, when the repairs are done.", True),
    ],
)
def test_a_note_on_the_writer_under_the_story_is_not_heard(tmp_path, byline, above, note, heard):
    """A note on who wrote the story closes many sites' stories ("Ann Lee is a reporter for ..."),
    under the writer's name or "About the author": the site's page on its writer, not the story.
    It opens with the byline's name (with or without its middle initial), or the one over it; a last
    paragraph that opens with another name, or with the byline's first word where that is no name,
    is the story's. A byline dated on its line is no paragraph of the story either."""
    paragraphs = story(4)
    lines = ["Home", "News", "Sport", "Bridge closes for the winter", byline, *paragraphs, *above, note]
    lines += ["Share this:", "Facebook", "X"]
    article = copied(tmp_path, [line for line in lines if line])
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs + ([note] if heard else [])


@pytest.mark.parametrize("label", ["About the author", "Über den Autor/ die Autorin"])
def test_the_authors_box_under_the_story_ends_it_with_the_reading_tips_below(tmp_path, label):
    """A site's box on the writer under the story (its label, their name, a note on them), then the
    site's reading tips, teasers as long as its paragraphs: the story ends at the box."""
    paragraphs, teasers = story(4), story(7)[4:]
    lines = ["Home", "News", "Bridge closes for the winter", "By Ann Lee", *paragraphs, label, "Ann Lee",
             "Ann Lee writes about roads, bridges and the people who build them.", "Published 23.06.2016 at 16:14",
             "Our reading tips", "Ferry returns after a winter of repairs", *teasers, "Read this article"]  # fmt: skip
    article = copied(tmp_path, lines)
    assert [p for chapter in article.chapters for p in chapter.paragraphs] == paragraphs
