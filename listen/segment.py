"""Stage 4, segment: the article as sections (the chapters a player shows) of spoken pieces.

The opening section is the headline and the summary; every heading starts a section, its
title spoken first. A piece is what one synthesis call gets: one sentence (a sentence longer
than MAX_PIECE_CHARS is cut at its commas, then at its spaces), so that the transcript knows
from the samples written when each sentence starts and ends. Each piece carries the pause
that follows it, at 1x.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import Lexicon
from .model import Article, Chapter
from .speech import spoken_sentences

MAX_PIECE_CHARS = 400
# Seconds of silence after a piece, at 1x.
SENTENCE_PAUSE = 0.35
PARAGRAPH_PAUSE = 0.75
TITLE_PAUSE = 0.9
SECTION_PAUSE = 1.6
LEAD_TITLE_WORDS = 6


@dataclass
class Piece:
    text: str
    pause_after: float


@dataclass
class Section:
    """One chapter as heard: the title players show, and the pieces spoken."""

    title: str
    pieces: list[Piece] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(piece.text for piece in self.pieces)


def segment(article: Article, lexicon: Lexicon = Lexicon()) -> list[Section]:
    """The article's sections, in order, with their spoken pieces."""
    speak = Speaker(article.language, lexicon)
    chapters = list(article.chapters)
    opening = Section(title=article.title)
    # With no summary, the lead opens; a headline made of its first words is heard once, in it.
    lead = chapters.pop(0).paragraphs if not article.summary and chapters and not chapters[0].title else []
    if not (lead and opens_with(lead[0], article.title)):
        speak.add(opening, article.title, TITLE_PAUSE)
    for paragraph in [*article.summary, *lead]:
        speak.add(opening, paragraph, PARAGRAPH_PAUSE)
    sections = [opening] + [chapter_section(chapter, speak) for chapter in chapters]
    sections = [section for section in sections if section.pieces]
    for section in sections:
        section.pieces[-1].pause_after = SECTION_PAUSE
    if sections:
        sections[-1].pieces[-1].pause_after = PARAGRAPH_PAUSE
    return sections


def opens_with(paragraph: str, title: str) -> bool:
    """Whether the paragraph begins with the title's words: an article copied without its
    headline is titled by its first sentence (cut short with "…" when long)."""
    start = title.removesuffix("…").strip()
    return bool(start) and paragraph.startswith(start) and not paragraph[len(start) : len(start) + 1].isalnum()


def chapter_section(chapter: Chapter, speak: Speaker) -> Section:
    if chapter.title:
        section = Section(title=chapter.title)
        speak.add(section, chapter.title, TITLE_PAUSE)
    else:  # the lead after a summary: shown by its first words, not spoken twice
        words = chapter.paragraphs[0].split()
        more = "…" if len(words) > LEAD_TITLE_WORDS else ""
        section = Section(title=" ".join(words[:LEAD_TITLE_WORDS]).rstrip(",;:") + more)
    for paragraph in chapter.paragraphs:
        speak.add(section, paragraph, PARAGRAPH_PAUSE)
    return section


@dataclass
class Speaker:
    """Turns written paragraphs into pieces, in one language with one lexicon."""

    language: str
    lexicon: Lexicon

    def add(self, section: Section, paragraph: str, pause: float) -> None:
        """Append a paragraph's pieces: a sentence each."""
        sentences = spoken_sentences(paragraph, self.language, self.lexicon)
        pieces = [part for sentence in sentences for part in split_long(sentence)]
        for text in pieces:
            section.pieces.append(Piece(text, SENTENCE_PAUSE))
        if pieces:
            section.pieces[-1].pause_after = pause


def split_long(sentence: str, limit: int = MAX_PIECE_CHARS) -> list[str]:
    """Cut a sentence longer than `limit` at clause breaks, then spaces, then anywhere."""
    if len(sentence) <= limit:
        return [sentence]
    for breaks in (r"(?<=[,;:—–])\s+", r"\s+"):
        parts = re.split(breaks, sentence)
        if len(parts) > 1:
            return pack(parts, limit)
    return [sentence[i : i + limit] for i in range(0, len(sentence), limit)]


def pack(parts: list[str], limit: int) -> list[str]:
    """Join consecutive parts back together as long as they fit in `limit`."""
    packed: list[str] = []
    for part in parts:
        if packed and len(packed[-1]) + 1 + len(part) <= limit:
            packed[-1] += " " + part
        else:
            packed.extend(split_long(part, limit))
    return packed
