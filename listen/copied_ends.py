"""What ends an article in a copied page for certain: the readers' comments, a copyright
line, an author's box, a reference list, a section's teasers.

Cutting an article short is the costliest mistake, so the body (textdump.py) stops at one of
these, never at one short line.
"""

from __future__ import annotations

import re

from .copied_lines import (
    BLOG_PAGER,
    BY_WORDS,
    COPYRIGHT,
    DATED,
    HEADER_WORDS,
    POSTED_AT,
    TEASER_RUN,
    WORD,
    Line,
    is_paragraph,
    words,
)
from .furniture import (
    ABOUT_THE_AUTHOR,
    without_edit_link,
)

# What ends an article for certain: a copyright footer, the comments (their heading, the form
# that invites them, the first one's author line), a section's teasers, an author's box.
STRONG_END = re.compile(
    r"[\[({]?\s*((©|copyright|\(c\)).{0,80}all rights reserved.*|"
    r"(.{0,80}\. ?)?this (material|article|story|content) may not be (re)?published.*|"
    r"(«|‹|<<)?\s*(previous|next|prev|older|newer)( story| article| post| entry)( ?(:|»|›|>>).*)?|"
    r"(\d+|top rated|all|latest|readers?'?|your|article|user|total)? ?comments?( on this (story|article|post|entry))?( ?\(\d+\)|: ?\d+)?|"
    r"(there (are|is) )?(\d+|no|one) (comments?|responses?|replies|thoughts)( (on|to) .{1,150}| so far| yet|"
    r"(…|\.{3})? ?read them below( or add one)?)?|"
    r"(leave|post|add|write|submit|make|share) (a |an |your |new )*(comments?|reply|response)"
    r"( here| below)?( \(.{1,30}\))?|"
    # ... as blog themes say it in German, French, Spanish, Italian, Portuguese, Dutch and Polish
    r"(schreibe|hinterlasse|verfasse|schreiben sie|hinterlassen sie|verfassen sie)( jetzt)? (einen kommentar|eine antwort)|kommentar (schreiben|verfassen|hinterlassen|abgeben)|"
    r"laisser un commentaire|(deja|dejar|escribe) (un|tu) comentario|lascia un commento|deixe (um|seu) comentário|"
    r"geef een reactie|(dodaj|napisz) komentarz|kommentar hinzufügen|ajouter un commentaire|(añadir|agregar) (un )?comentario|"
    r"aggiungi un commento|adicionar (um )?comentário|"
    # ... and head them: "Kommentare", "3 Kommentare", "Commentaires (2)", "Leserkommentare"
    r"(\d+ )?((leser)?kommentare|commentaires|comentarios|commenti|comentários|reacties|komentarze)( ?\(\d+\)|: ?\d+)?|\d+ kommentar|"
    r"(post )?(view|show|load|see)( all)?( \d+)? comments( \(\d+\))?|(have )?your say|join the (discussion|conversation)|"
    r"readers?['’]? views?( \(\d+\))?|add your view|"
    r"(your )?(name|e-?mail|mail)( address)? ?\*? ?\(required\b.*|"  # a comment form's first fields
    r"discuss(ion about)? this (story|article|post|entry)|be the first to comment.{0,40}|comment by \S.{0,80}|"
    r"(more|next up) in [\w .&'’-]{1,30}|more [\w .&'’-]{1,30} (headlines|stories|news)|"
    r"also on (?-i:[A-Z][\w.&'’-]*)( (?-i:[A-Z][\w.&'’-]*)){0,2}|"  # "Also on AOL Tech", the site's other stories
    # where and when it was printed: "A version of this article appeared in print on ...", "This
    # article was published on guardian.co.uk at ...", "... originally published on page 28 of ..."
    r"(a version of )?this (article|story|review|column|post) (was |has been )?(originally |first )?"
    r"(published|printed|appeared) .{0,250}|"
    r"(people|readers) who (read|viewed) this( story| article)? also (read|viewed|liked)|"
    rf"{ABOUT_THE_AUTHOR}|"  # an author's box under the story
    r"((today|this week)['’]?s |the )?most (read|popular|viewed|shared|commented|emailed)( stories| articles| news| now| today)?( comments)?|"
    r"les plus (lus|populaires|partagés|commentés)|lo más (leído|visto|compartido)|meistgelesen(e)?|"
    r"(i )?più lett[ei]|(as |os )?mais (lidas|lidos|vistas)|meest gelezen|terpopuler|самое (читаемое|популярное))"
    r"\s*[:.]?\s*(»|\.{3}|…)?\s*[\])}]?",
    re.I,
)
# ... or a short line that ends by counting them ("Posted by Ann on 7 May. There are 12 comments."),
# closes them ("Comments are now closed for this story") or asks for them ("Do you have comments on
# this story?", "Share your thoughts on this article"; not "Acme declined to comment on this story").
COUNTED_END = re.compile(r"(^|[.!?]\s)\s*(there (are|is) )?(\d+|no|one) (comments?|responses?|replies)[:.]?$", re.I)
CLOSED_END = re.compile(
    r"\b(comments|commenting) (are|is|has been|have been) (now )?(closed|disabled|turned off)\b", re.I
)
INVITED_END = re.compile(
    r"\W*(got something to say\? |be the first to |click here to |to |please )?"
    r"(do you have |your |(share|submit|add|post|enter|leave|send|write|make) (us )?(your |a |an |some )?)?"
    r"(comments?|thoughts|views?|feedback|opinions?) (on|about) this (story|article|post|entry)\b.*",
    re.I,
)
REFERENCES_HEADING = re.compile(
    r"(notes( and references)?|references|footnotes|sources|bibliography|works cited|citations|"
    r"références|notes et références|einzelnachweise|anmerkungen|referencias|notas|riferimenti|note|примечания)"
    r"\W*",
    re.I,
)
CITATION = re.compile(r"\W*[\^↑]|\[\d{1,3}\]\s|\d{1,3}[.)]?\s.*\(\d{4}\)")  # "^ Minchinton, W. (1979)."
COPYRIGHT_WORDS = 12
# A comment's header that says only who wrote it, as blogs' comment templates set it: "Ann said...", "Ann says:".
NAMED = re.compile(r"\S.{0,60}\b(?:said\.\.\.|said…|says:|sagt:)")  # and German's "Anna sagt:"
HEADER_KINDS = {POSTED_AT: "timed", DATED: "dated", NAMED: "named"}  # what a comment's header gives
THREAD_HEADERS = 3  # this many headers ...
THREAD_GAP = 12  # ... each at most this many lines below the one before, open the comments
FRAME_WORDS = {"by", "on", "at", "posted", "says", "said", "wrote", "writes", "comment", "reply"}  # a header's form
STORY_WORDS = 150  # under a story's own dated byline stand at least this many words
# An author's box below a post opens with "About" and the name its byline gives ("Posted by Becky",
# "by Nancy Atkinson on November 2, 2012", "Carlos Nadalim 27/09/2018"): "About Becky", "Sobre
# Carlos Nadalim". A company's "About Logitech" under a press release names no byline.
ABOUT_NAME = re.compile(
    r"(?:About|Sobre|Über|À propos de|Acerca de|Informazioni su) ([A-ZÀ-Þ][\w.'’-]*)(?: [A-ZÀ-Þ][\w.'’-]*){0,3}"
)
BY_WORD = re.compile(rf"\b(?:{BY_WORDS})\b", re.I)


def end_markers(lines: list[Line], threads: list[list[int]]) -> list[bool]:
    """Which lines end an article for certain: an end marker (a copyright footer, the comments'
    heading, a section's teasers), the first header of a thread of readers' comments, an author's
    box, or a site's copyright line with nothing of the story under it."""
    ends = [ends_article(line.text, line.words) for line in lines]
    for index in [
        *(thread[0] for thread in threads),
        *copyright_lines(lines),
        *author_boxes(lines),
        *reference_lists(lines),
    ]:
        ends[index] = True
    return ends


def reference_lists(lines: list[Line]) -> list[int]:
    """Where a list of the works an article cites starts: its heading ("References", "Notes",
    "Einzelnachweise", with a wiki's link to edit it or without) over a citation ("^ Minchinton,
    W. (1979). ...", "[1] ...", "1. ... (2008)")."""
    return [
        index
        for index, (line, below) in enumerate(zip(lines, lines[1:]))
        if REFERENCES_HEADING.fullmatch(without_edit_link(line.text)) and CITATION.match(below.text)
    ]


def comment_threads(lines: list[Line]) -> list[list[int]]:
    """The headers of each run of readers' comments: THREAD_HEADERS or more lines of one form (the
    words that frame the name, and whether they give the time) that say who posted what stands
    below them and when, each close below the one before of its form (a template may head each
    comment with one form and foot it with another: "Ann says:", then "Posted on Nov 6 | 1:23 pm |
    Reply"). A story's own dated byline above it most often has another form: "Posted by John on
    ..." over comments headed "Shirley July 31, 2012 at 9:39 pm". Headers that give only the day
    ("October 2, 2012 | Permalink") are comments' when there are more of them than a box of other
    stories' dated headlines holds (TEASER_RUN), and at least half of them stand over a sentence
    (under a box's dates stand a label or a headline).
    Headers that give only the name ("Ann said...") are comments' as those with the time are. A run's
    first header that dates the story itself is not a comment's (dates_story)."""
    stamps = [comment_header(line) for line in lines]
    headers: list[tuple[int, tuple[str, ...]]] = []
    for index, (line, posted) in enumerate(zip(lines[:-1], stamps)):
        if posted and not stamps[index + 1]:  # a header has something under it
            frame = tuple(word for word in WORD.findall(line.text[: posted.start()].lower()) if word in FRAME_WORDS)
            headers.append((index, (*frame, HEADER_KINDS[posted.re])))
    threads: list[list[int]] = []
    for form in {form for _, form in headers}:
        closing = len(lines) + THREAD_GAP + 1  # closes the last run
        run: list[int] = []
        for index in [*(at for at, kind in headers if kind == form), closing]:
            if run and index - run[-1] > THREAD_GAP:
                said = sum(lines[header + 1].sentence for header in run) * 2 >= len(run)  # what readers wrote
                if len(run) >= THREAD_HEADERS and (form[-1] != "dated" or (len(run) > TEASER_RUN and said)):
                    if len(run) > THREAD_HEADERS and dates_story(lines, run):
                        run = run[1:]
                    # ... from the writer's name right over the first one's time ("Ann says:", then "March 11,
                    # 2023 at 11:05 am"), a header of its own
                    threads.append([run[0] - 1, *run] if run[0] > 0 and stamps[run[0] - 1] else run)
                run = []
            run.append(index)
    return sorted(threads)


def dates_story(lines: list[Line], run: list[int]) -> bool:
    """Whether the first of a run of headers is the story's own time under its byline ("19.10.2019,
    23:38"), over the box of other stories that a news site dates as it does the story: what stands
    under it outweighs all that stands under the others."""
    under = [words(lines[header + 1 : below]) for header, below in zip(run, run[1:])]
    return under[0] >= STORY_WORDS and under[0] > sum(under[1:])


def comment_header(line: Line) -> re.Match[str] | None:
    """Where a short line says when it was posted (a date with its time anywhere in it, or a date
    it opens with), or that it is only who wrote what follows."""
    if line.words > HEADER_WORDS:
        return None
    return POSTED_AT.search(line.text) or DATED.match(line.text) or NAMED.fullmatch(line.text)


def author_boxes(lines: list[Line]) -> list[int]:
    """Where an author's box starts: "About <name>" under a byline that gives the name."""
    bylined: dict[str, int] = {}  # each word of a byline (a short line with "by" or a date), where it first stands
    boxes = []
    for index, line in enumerate(lines):
        about = ABOUT_NAME.fullmatch(line.text)
        if about and bylined.get(about.group(1), index) < index:
            boxes.append(index)
        elif line.words <= HEADER_WORDS and (BY_WORD.search(line.text) or DATED.search(line.text)):
            for word in WORD.findall(line.text):
                bylined.setdefault(word, index)
    return boxes


def copyright_lines(lines: list[Line]) -> list[int]:
    """A site's copyright line with its year ("Copyright © 2008 Radio New Zealand", "© 2007 ANI")
    where no paragraph follows it (a photo's credit inside a story has the story under it)."""
    return [
        index
        for index, line in enumerate(lines[:-1])
        if line.words <= COPYRIGHT_WORDS and COPYRIGHT.fullmatch(line.text) and not is_paragraph(lines[index + 1])
    ]


def ends_article(text: str, words: int) -> bool:
    """Whether a line of this many words is an end marker: a copyright footer, the comments'
    heading or a line that counts, closes or asks for them, a comment form's first field, a
    section's teasers, a blog's pager."""
    return bool(
        STRONG_END.fullmatch(text)
        or BLOG_PAGER.fullmatch(text)
        or (words <= 20 and (COUNTED_END.search(text) or CLOSED_END.search(text) or INVITED_END.match(text)))
    )
