"""Count what a voice will likely mis-say in listen's speech text, per 1,000 spoken words.

usage: python benchmarks/speech_suspects.py [--limit N] [--examples K] [--speed]

Each page's true article body (tests/data/articles-dev, and ../shared/data/articles-more when
it is beside the repo) goes through the speech-text stage exactly as in a conversion
(`listen.speech.spoken_sentences`, sentence by sentence). What comes out is searched for the
shapes no newsreader would say, by category:

  digits        a digit left for the voice to guess
  symbols       a symbol left ($ % & @ # / + = < > and the like)
  spelled       a run of four or more single capital letters: a shouted word, or an initialism
                (H T M L, which a newsreader spells too)
  spelled words such a run whose letters make a word: a lower-case word of the bodies (3 times or
                more), such as "G O V E R N M E N T"; the category the issue names
  year as count a year said as a count (one thousand nine hundred and ninety, two thousand and
                twelve); right only for a count of 1,900 to 1,999 or 2,010 to 2,039, which is rare
  stray period  a period followed by a small letter: an abbreviation read as a sentence end, or
                a comment's sentence that opens in a small letter
  abbreviation period  such a period after an abbreviation listen knows, left as written
                (`of Okla. was`) or said in full (`eight ounces. cheese` for `8 oz. cheese`): the
                category the issue names
  deleted       a <bracketed title> or 《title》 in the written text that did not reach the voice
  cjk           Chinese, Japanese or Korean characters in a page the voice reads as English

Counts are per 1,000 spoken words, for English pages and for each other language; --examples
prints some of each, to see what a rule should handle (never to write a rule for one page).
--speed instead times one 30,000-word English article (pages joined) through speech text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from listen.language import detect_language  # noqa: E402
from listen.speech import spoken_sentences  # noqa: E402
from listen.speech_en import ABBREVIATIONS, AP_STATES, NUMBERED, UNITS  # noqa: E402
from listen.speech_en_periods import NAME_TITLES  # noqa: E402

CORPORA = [ROOT / "tests" / "data" / "articles-dev", ROOT.parent / "shared" / "data" / "articles-more"]
SUSPECTS = {
    "digits": re.compile(r"\S*\d\S*"),
    "symbols": re.compile(r"[$€£¥%&@#/+=<>{}\[\]|~^*_\\]"),
    "spelled": re.compile(r"\b(?:[A-Z] ){3,}[A-Z]\b"),
    "year as count": re.compile(
        r"(?<![\w-])(?:one thousand nine hundred|two thousand and (?:ten|eleven|twelve|[a-z]+teen|twenty|thirty))\b"
    ),
    "stray period": re.compile(r"\w\. [a-z]"),
    "cjk": re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+"),
}
# The abbreviations listen knows (of two letters or more: one is a name's initial), as written,
# and the words it says for them.
TABLES = (ABBREVIATIONS, NAME_TITLES, NUMBERED, AP_STATES, UNITS)
ABBREVIATED = {written.lower() for table in TABLES for written in table if len(written) > 1}
SAID_FOR: dict[str, set[str]] = defaultdict(set)
for table in TABLES:
    for written, said in table.items():
        for word in [said] if isinstance(said, str) else said:
            SAID_FOR[word.split()[-1].lower()].add(written.lower())
WORD_BEFORE = re.compile(r"[A-Za-z]+$")
BRACKETED_TITLE = re.compile(r"<([A-Z][^<>]{1,80})>|《([^》]{1,80})》|〈([^〉]{1,80})〉")


def bodies(limit: int | None) -> list[tuple[str, str]]:
    """(page id, true body) of every page available."""
    found = []
    for folder in CORPORA:
        if not (folder / "ground-truth.json").exists():
            print(f"({folder} is not there: its pages are not counted)", file=sys.stderr)
            continue
        truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
        found += [(page, truth[page]["articleBody"]) for page in sorted(truth)[:limit]]
    return found


def lower_case_words(texts: list[str]) -> set[str]:
    """The words of four letters or more the bodies write in small letters, 3 times or more."""
    seen = Counter(word for text in texts for word in re.findall(r"(?<![\w./@-])[a-z]{4,}(?![\w./@-])", text))
    return {word for word, times in seen.items() if times >= 3}


def period_after_abbreviation(spoken: str, match: re.Match, written: str) -> bool:
    """Whether the period of a stray-period match follows an abbreviation: one left as written,
    or one said in full whose written form stands before the same next word (`oz. cheese`)."""
    before = WORD_BEFORE.search(spoken, 0, match.start() + 1)
    word = before.group(0).lower() if before else ""
    if word in ABBREVIATED:
        return True
    following = re.match(r"[a-z]+", spoken[match.end() - 1 :])
    return bool(following) and any(
        re.search(rf"\b{re.escape(abbreviation)}\. {following.group(0)}\b", written, re.I)
        for abbreviation in SAID_FOR.get(word, ())
    )


def count(body: str, language: str, examples: dict[str, list[str]], words: set[str]) -> tuple[Counter, int]:
    """The suspects in one body's speech text, and how many words were spoken."""
    found: Counter = Counter()
    spoken_words = 0
    for paragraph in body.split("\n"):
        if not paragraph.strip():
            continue
        spoken = " ".join(spoken_sentences(paragraph, language))
        spoken_words += len(spoken.split())
        for category, pattern in SUSPECTS.items():
            if category == "cjk" and language in ("zh", "ja", "ko"):
                continue
            for match in pattern.finditer(spoken):
                found[category] += 1
                examples[category].append(spoken[max(0, match.start() - 30) : match.end() + 30])
                if category == "spelled" and match.group(0).replace(" ", "").lower() in words:
                    found["spelled words"] += 1
                    examples["spelled words"].append(match.group(0))
                if category == "stray period" and period_after_abbreviation(spoken, match, paragraph):
                    found["abbreviation period"] += 1
                    examples["abbreviation period"].append(spoken[max(0, match.start() - 30) : match.end() + 30])
        for match in BRACKETED_TITLE.finditer(paragraph):
            title = next(group for group in match.groups() if group)
            if title.split()[0] not in spoken:
                found["deleted"] += 1
                examples["deleted"].append(match.group(0))
    return found, spoken_words


def time_long_article(words: int = 30_000) -> None:
    """Seconds for one long English article, paragraph by paragraph as a conversion goes."""
    paragraphs: list[str] = []
    for _, body in bodies(None):
        if detect_language(body) == "en":
            paragraphs += [line for line in body.split("\n") if line.strip()]
        if sum(len(paragraph.split()) for paragraph in paragraphs) >= words:
            break
    started = time.perf_counter()
    spoken = sum(len(" ".join(spoken_sentences(paragraph, "en")).split()) for paragraph in paragraphs)
    seconds = time.perf_counter() - started
    written = sum(len(paragraph.split()) for paragraph in paragraphs)
    print(f"{written:,} written words ({spoken:,} spoken) through speech text in {seconds:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="at most this many pages of each corpus")
    parser.add_argument("--examples", type=int, default=0, help="print this many examples of each category")
    parser.add_argument("--speed", action="store_true", help="time a 30,000-word article instead")
    args = parser.parse_args()
    if args.speed:
        time_long_article()
        return
    totals: dict[str, Counter] = defaultdict(Counter)
    words: Counter = Counter()
    pages: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    found_bodies = bodies(args.limit)
    lexicon = lower_case_words([body for _, body in found_bodies])
    for _, body in found_bodies:
        language = detect_language(body)
        group = "en" if language == "en" else language
        found, spoken = count(body, language, examples if group == "en" else defaultdict(list), lexicon)
        totals[group].update(found)
        words[group] += spoken
        pages[group] += 1
    categories = [*SUSPECTS, "deleted"]
    parts = ["spelled words", "abbreviation period"]  # parts of "spelled" and "stray period": not added to all
    print("| language | pages | spoken words | " + " | ".join([*categories, "all", *parts]) + " |")
    print("|---|---:|---:|" + "---:|" * (len(categories) + 1 + len(parts)))
    for group in sorted(words, key=lambda g: (g != "en", -words[g])):
        per_thousand = [totals[group][c] * 1000 / max(1, words[group]) for c in categories]
        cells = " | ".join(f"{value:.2f}" for value in per_thousand)
        part_cells = " | ".join(f"{totals[group][part] * 1000 / max(1, words[group]):.2f}" for part in parts)
        print(f"| {group} | {pages[group]} | {words[group]:,} | {cells} | {sum(per_thousand):.2f} | {part_cells} |")
    for category in [*categories, *parts] if args.examples else []:
        print(f"\n{category}:")
        for example in examples[category][:: max(1, len(examples[category]) // args.examples)][: args.examples]:
            print(f"  {example!r}")


if __name__ == "__main__":
    main()
