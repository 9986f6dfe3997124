"""The cleaner for text copied from a web page, where no HTML is left to lean on.

It works line by line, in the manner of jusText's paragraph classifier: each line is first
judged on its own evidence (length, stop-word density, sentence shape, known furniture, being
repeated elsewhere on the page), then by its neighbours, and the article is the run of good
lines that follows the headline (or, without one, the fullest run). The headline is where the
page title (usually the first line, often with the site name after a separator) is repeated,
or else the fullest headline-shaped line before the body; bullet points between the headline
and the body are the summary.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .furniture import is_article_end, is_furniture
from .language import detect_language, stopwords
from .model import Article, Chapter

LONG_CHARS = 200  # jusText's length_high: a prose line this long is article text
SHORT_CHARS = 70  # jusText's length_low: shorter lines are judged by their neighbours
STOPWORDS_HIGH = 0.30  # jusText's stopwords_high
STOPWORDS_LOW = 0.20  # below this a line is not prose in the page's language
MAX_GAP = 8  # this many non-article lines in a row end a run of article text
NEAR_TITLE = 12  # the body starts within this many lines after the headline
MIN_SHARE_OF_FULLEST = 0.15  # a run after the headline smaller than this is a teaser
SENTENCE_END = re.compile(r"[.!?。！？…]['\"”’)\]]*$")
SENTENCE_BREAK = re.compile(r"[.!?。！？][\s'\"”’]")
TITLE_SEPARATORS = re.compile(r"\s+[-|–—:·•»]\s+|\s+::\s+")
BULLET = re.compile(r"^[•·▪●◦‣*-]\s+")
LIST_ITEM = re.compile(r"^(\d+[.)]?\s|[•·▪●◦‣*-]\s|https?://\S+$)")
BYLINE = re.compile(r"^(by|von|par|por|di|door|av|przez|de)\s+\S", re.I)
WORD = re.compile(r"\w+", re.U)
WIDE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass
class Line:
    text: str
    words: int
    stopword_density: float | None  # None when the language has no stop-word list
    sentence: bool  # ends like a sentence, or holds several
    furniture: bool
    repeated: bool  # the same text stands elsewhere on the page (menus, widgets)
    label: str = ""  # "good", "near", "short" or "bad"

    @property
    def chars(self) -> int:
        # Scripts written without spaces carry about twice the text per character.
        return len(self.text) + len(WIDE_SCRIPT.findall(self.text))


def clean_text_dump(text: str, url: str = "") -> Article:
    """Find the headline, summary, byline and body paragraphs in a page's copied text."""
    texts = [" ".join(line.split()) for line in text.split("\n")]
    texts = [line for line in texts if line]
    language = detect_language(" ".join(line for line in texts if len(line) > 60) or text)
    lines = make_lines(texts, language)
    classify(lines)
    title_at, title, source = find_title(lines)
    body_start, body_end = find_body(lines, title_at)
    if title_at < 0 or title_at >= body_start:
        title_at, title = find_headline(lines, body_start)

    summary, byline = [], ""
    for line in lines[title_at + 1 : body_start]:
        if BULLET.match(line.text) and not line.furniture and line.words >= 4:
            summary.append(BULLET.sub("", line.text))
        elif BYLINE.match(line.text) and line.words <= 10 and not byline:
            byline = re.sub(r"^\w+\s+", "", line.text)

    return Article(
        title=title,
        summary=summary,
        chapters=body_chapters(lines[body_start:body_end]),
        byline=byline,
        source=source,
        url=url,
        language=language,
    )


def make_lines(texts: list[str], language: str) -> list[Line]:
    stops = stopwords(language)
    counts = Counter(texts)
    lines = []
    for text in texts:
        words = WORD.findall(text)
        density = None
        if stops and words:
            density = sum(word.lower() in stops for word in words) / len(words)
        sentence = bool(SENTENCE_END.search(text)) or len(SENTENCE_BREAK.findall(text)) >= 2
        word_count = max(len(words), len(WIDE_SCRIPT.findall(text)) // 2)
        lines.append(Line(text, word_count, density, sentence, is_furniture(text), counts[text] > 1))
    return lines


def classify(lines: list[Line]) -> None:
    """jusText's two passes: each line on its own, then short lines by their neighbours."""
    for line in lines:
        line.label = own_label(line)
    revised = []
    for index, line in enumerate(lines):
        sides = (neighbour(lines, index, -1), neighbour(lines, index, 1))
        revised.append("bad" if line.label == "near" and sides == ("bad", "bad") else line.label)
    for line, label in zip(lines, revised):
        line.label = label


def own_label(line: Line) -> str:
    if line.furniture or (line.repeated and line.chars < LONG_CHARS * 2):
        return "bad"
    if line.chars < SHORT_CHARS:
        return "short"
    prose = line.sentence
    if line.stopword_density is not None:  # the language's common words say it is prose
        if line.stopword_density < STOPWORDS_LOW:
            return "bad"
        prose = prose or line.stopword_density >= STOPWORDS_HIGH
    if not prose:
        return "bad"
    return "good" if line.chars >= LONG_CHARS or line.sentence else "near"


def neighbour(lines: list[Line], index: int, step: int) -> str:
    """The label of the nearest good or bad line in the direction `step`."""
    index += step
    while 0 <= index < len(lines):
        if lines[index].label in ("good", "bad"):
            return lines[index].label
        index += step
    return "bad"


def find_body(lines: list[Line], title_at: int) -> tuple[int, int]:
    """The [start, end) of the article text.

    A run is a stretch of good lines with no more than MAX_GAP other lines between them. The
    article is the run that starts right after the headline (comments and cookie notices
    further down can be longer), unless that run is tiny beside the fullest run on the page.
    """
    runs: list[list[int]] = []  # [start, end, characters]
    gap = MAX_GAP + 1
    for index, line in enumerate(lines):
        if is_article_end(line.text):
            gap = MAX_GAP + 1  # "Tags:", "Related", "Comments": the article is over
        elif line.label in ("good", "near"):
            if gap > MAX_GAP:
                runs.append([index, index + 1, 0])
            runs[-1][1] = index + 1
            runs[-1][2] += line.chars
            gap = 0
        else:
            gap += 1
    if not runs:
        return len(lines), len(lines)
    best = max(runs, key=lambda run: run[2])
    following = [run for run in runs if title_at >= 0 and run[1] > title_at + 1]
    if following and following[0][0] - title_at <= NEAR_TITLE and following[0][2] >= best[2] * MIN_SHARE_OF_FULLEST:
        best = following[0]
    start, end = best[0], best[1]
    if start <= title_at < end:  # the headline and what stands above it are not body
        start = title_at + 1
    for index in range(start, end):  # a list introduced at the end may run past the prose
        end = max(end, list_end(lines, index))
    return start, end


def list_end(lines: list[Line], index: int) -> int:
    """Where the list that line `index` introduces with a colon ends (index + 1 if none).

    A list (or table) is the short lines that follow, each a numbered item, a bullet point
    or a bare link; the first may be a table's header row.
    """
    end = index + 1
    if not lines[index].text.endswith(":"):
        return end
    while end < len(lines) and not lines[end].furniture and not lines[end].repeated:
        if not (LIST_ITEM.match(lines[end].text) or end == index + 1):
            break
        end += 1
    return end


def find_title(lines: list[Line]) -> tuple[int, str, str]:
    """The headline where the page title (the first line) is repeated, and the site name."""
    starts = [index for index, line in enumerate(lines) if not line.furniture][:1]
    if not starts or lines[starts[0]].words < 3:
        return -1, "", ""
    first = lines[starts[0]].text
    has_site = len(TITLE_SEPARATORS.split(first)) > 1
    for index, line in enumerate(lines[starts[0] + 1 :], start=starts[0] + 1):
        if line.text == first:
            return index, line.text, ""
        if has_site and len(line.text) >= 15 and first.startswith(line.text):
            site = TITLE_SEPARATORS.sub("", first[len(line.text) :], count=1).strip()
            return index, line.text, site
    return -1, "", ""


def find_headline(lines: list[Line], body_start: int) -> tuple[int, str]:
    """Without a repeated page title: the fullest headline-shaped line before the body."""
    candidates = [
        index
        for index, line in enumerate(lines[:body_start])
        if not line.furniture and not BULLET.match(line.text) and 3 <= line.words <= 30 and not line.text.endswith(".")
    ]
    if candidates:
        index = max(candidates, key=lambda i: (min(lines[i].words, 20), i))
        return index, lines[index].text
    if lines and body_start > 0:
        return 0, TITLE_SEPARATORS.split(lines[0].text)[0]
    return -1, ""


def body_chapters(lines: list[Line]) -> list[Chapter]:
    """Keep the article text of the body; short lines that lead into prose are headings."""
    chapters = [Chapter(title="")]
    list_until = 0
    for index, line in enumerate(lines):
        if line.label in ("good", "near") or index < list_until:
            chapters[-1].paragraphs.append(line.text)
            list_until = max(list_until, list_end(lines, index))
        elif line.label == "short" and is_heading(line, lines[index + 1 : index + 2]):
            chapters.append(Chapter(title=line.text))
        elif line.label == "short" and between_good(lines, index):
            chapters[-1].paragraphs.append(line.text)
    return [chapter for chapter in chapters if chapter.paragraphs]


def between_good(lines: list[Line], index: int) -> bool:
    """jusText's rule for a short line: article text when article text stands on both sides."""
    sides = (neighbour(lines, index, -1), neighbour(lines, index, 1))
    return sides == ("good", "good") and not lines[index].furniture


def is_heading(line: Line, following: list[Line]) -> bool:
    """A heading: a few words, not a sentence, followed by article text."""
    return (
        1 <= line.words <= 15
        and not line.furniture
        and not line.text.endswith((".", ",", ":", ";"))
        and not BULLET.match(line.text)
        and bool(following)
        and following[0].label in ("good", "near")
    )
