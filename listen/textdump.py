"""The cleaner for text copied from a web page, where no HTML is left to lean on.

It works block by block (a block is a line), in the manner of jusText's paragraph
classifier: each block is judged on its own evidence (length, sentence shape, stop-word
density, known furniture), then by its neighbours, and the article is the densest run of
good blocks. The headline is found where the page title (often the first line, with the site
name after a separator) is repeated, or else as the fullest headline-shaped line before the
body; bullet points between the headline and the body are the summary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .furniture import is_furniture
from .language import detect_language, stopwords
from .model import Article, Chapter

GOOD_CHARS = 100  # a block this long that reads as prose is article text
NEAR_GOOD_CHARS = 40  # shorter prose blocks count when their neighbours are article text
MAX_GAP = 8  # this many non-article blocks in a row end a run of article text
TITLE_SEPARATORS = re.compile(r"\s+[-|–—:·•»]\s+|\s+::\s+")
SENTENCE_END = re.compile(r"[.!?。！？…]['\"”’)\]]*$")
BULLET = re.compile(r"^[•·▪●◦‣*-]\s+")
BYLINE = re.compile(r"^(by|von|par|por|di|door|av|przez|de)\s+\S", re.I)
WORD = re.compile(r"\w+", re.U)
WIDE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass
class Block:
    text: str
    chars: int
    words: int
    prose: bool  # reads like a sentence: ends like one, or has several
    furniture: bool
    label: str = ""  # "good", "near", "short" or "bad"


def clean_text_dump(text: str, url: str = "") -> Article:
    """Find the headline, summary, byline and body paragraphs in a page's copied text."""
    lines = [re.sub(r"\s+", " ", line).strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    language = detect_language(" ".join(line for line in lines if len(line) > 60) or text)
    blocks = [make_block(line, language) for line in lines]
    body_start, body_end = find_body(blocks)
    title_at, title, source = find_title(lines, blocks, body_start)

    summary, byline = [], ""
    for block in blocks[title_at + 1 : body_start]:
        if BULLET.match(block.text) and not block.furniture and block.words >= 4:
            summary.append(BULLET.sub("", block.text))
        elif BYLINE.match(block.text) and block.words <= 10 and not byline:
            byline = re.sub(r"^\w+\s+", "", block.text)

    chapters = body_chapters(blocks[body_start:body_end])
    return Article(
        title=title,
        summary=summary,
        chapters=chapters,
        byline=byline,
        source=source,
        url=url,
        language=language,
    )


def make_block(line: str, language: str) -> Block:
    words = WORD.findall(line)
    wide = len(WIDE_SCRIPT.findall(line))
    # Scripts written without spaces: count a word every two characters.
    word_count = max(len(words), wide // 2)
    sentences = len(re.findall(r"[.!?。！？][\s'\"”’]", line + " "))
    prose = bool(SENTENCE_END.search(line)) or sentences >= 2
    stops = stopwords(language)
    if stops and len(words) >= 6:
        density = sum(word.lower() in stops for word in words) / len(words)
        prose = prose and density >= 0.15
    return Block(line, len(line), word_count, prose, is_furniture(line))


def label(block: Block) -> str:
    if block.furniture:
        return "bad"
    if block.chars >= GOOD_CHARS and block.prose:
        return "good"
    if block.chars >= NEAR_GOOD_CHARS and block.prose:
        return "near"
    if block.chars >= GOOD_CHARS * 2 and block.words >= 25:
        return "near"  # a long paragraph without end punctuation (a dump cut mid-way)
    return "short"


def find_body(blocks: list[Block]) -> tuple[int, int]:
    """The [start, end) range of the densest run of article text."""
    for block in blocks:
        block.label = label(block)
    runs: list[list[int]] = []  # [start, end, chars of good text]
    gap = MAX_GAP + 1
    for index, block in enumerate(blocks):
        if block.label == "good":
            if gap > MAX_GAP or not runs:
                runs.append([index, index + 1, 0])
            runs[-1][1] = index + 1
            runs[-1][2] += block.chars
            gap = 0
        elif block.label == "near" and runs and gap <= MAX_GAP:
            gap = 0 if index + 1 < len(blocks) else gap
        else:
            gap += 1
    if not runs:
        near = [i for i, block in enumerate(blocks) if block.label == "near"]
        return (near[0], near[-1] + 1) if near else (len(blocks), len(blocks))
    best = max(runs, key=lambda run: run[2])
    return best[0], best[1]


def find_title(lines: list[str], blocks: list[Block], body_start: int) -> tuple[int, str, str]:
    """Where the headline is, the headline, and the site name if the page title gave one."""
    first = lines[0] if lines else ""
    parts = TITLE_SEPARATORS.split(first)
    for index in range(1, min(body_start, len(lines))):
        line = lines[index]
        if line == first:
            return index, line, ""
        if len(parts) > 1 and len(line) >= 15 and first.startswith(line):
            site = first[len(line) :]
            return index, line, TITLE_SEPARATORS.sub("", site, count=1).strip()
    candidates = [
        index
        for index in range(min(body_start, len(lines)))
        if not blocks[index].furniture
        and not BULLET.match(lines[index])
        and 3 <= blocks[index].words <= 30
        and not lines[index].endswith(".")
    ]
    if candidates:
        index = max(candidates, key=lambda i: (min(blocks[i].words, 20), i))
        return index, lines[index], ""
    if lines and body_start > 0:
        return 0, TITLE_SEPARATORS.split(first)[0], ""
    return -1, "", ""


def body_chapters(blocks: list[Block]) -> list[Chapter]:
    """Keep the article text of the body; short lines that lead into prose are headings."""
    chapters = [Chapter(title="")]
    seen: set[str] = set()
    for index, block in enumerate(blocks):
        if block.text in seen:
            continue
        if block.label in ("good", "near"):
            chapters[-1].paragraphs.append(block.text)
            seen.add(block.text)
        elif block.label == "short" and is_heading(block, blocks[index + 1 : index + 3]):
            chapters.append(Chapter(title=block.text))
            seen.add(block.text)
    return [chapter for chapter in chapters if chapter.paragraphs]


def is_heading(block: Block, following: list[Block]) -> bool:
    """A heading: a few words, not a sentence, followed by article text."""
    return (
        1 <= block.words <= 15
        and not block.text.endswith((".", ",", ":", ";"))
        and not BULLET.match(block.text)
        and bool(following)
        and following[0].label == "good"
    )

