"""A learned judge of copied page text: how likely each line is to be article text.

The cleaner for copied text (textdump.py) sees only lines: no tags, no links, no layout. Each
line is described by evidence that holds on any site (its length, how much of it is the
language's common words, whether it reads as sentences, whether it is known furniture or
repeated on the page, its capitals, digits and punctuation, where it stands) and by the same
evidence about its neighbours, as boilerpipe and Dragnet did for HTML blocks. A logistic
regression over those features gives each line a probability; its weights are in
`line_model.json`, trained by `benchmarks/train_line_model.py` on pages whose licences allow
it (articles-dev, MIT; Mozilla Readability's test pages, Apache-2.0).

Pure Python: the text stages load no numeric library.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol

MODEL = Path(__file__).with_name("line_model.json")
URL_LIKE = re.compile(r"https?://|www\.|[»›]|\.(com|org|net)\b", re.I)
LIST_LIKE = re.compile(r"^(\d+[.)]?\s|[•·▪●◦‣*-]\s)")
CAPITALISED = re.compile(r"^[A-ZÀ-ÖØ-ÞА-Я]")
NEIGHBOURS = (-2, -1, 1, 2)


class LineFacts(Protocol):
    """What the model reads of a line (copied_lines.Line has it)."""

    text: str
    words: int
    stopword_density: float | None
    sentence: bool
    furniture: bool
    repeated: bool

    @property
    def chars(self) -> int: ...


@dataclass(frozen=True)
class Weights:
    names: list[str]
    coefficients: list[float]
    intercept: float
    means: list[float]  # features are standardised with the training set's means and scales
    scales: list[float]


def own_features(line: LineFacts, end_marker: bool) -> dict[str, float]:
    words = line.text.split()
    count = max(1, len(words))
    return {
        "log_chars": math.log1p(line.chars),
        "stopwords": line.stopword_density or 0.0,
        "has_stoplist": float(line.stopword_density is not None),
        "sentence": float(line.sentence),
        "sentence_breaks": min(5, len(re.findall(r"[.!?。！？][\s\"”’]", line.text))) / 5,
        "furniture": float(line.furniture),
        "repeated": float(line.repeated),
        "capitalised": sum(bool(CAPITALISED.match(word)) for word in words) / count,
        "digits": sum(char.isdigit() for char in line.text) / max(1, len(line.text)),
        "link_like": float(bool(URL_LIKE.search(line.text))),
        "list_item": float(bool(LIST_LIKE.match(line.text))),
        "colon_end": float(line.text.endswith(":")),
        "commas": line.text.count(",") / count,
        "end_marker": float(end_marker),
        "teaser_end": float(line.text.endswith(("…", "...", "»", "›", "?", "[...]", "[…]"))),
        # jusText's thresholds, which a linear model cannot draw by itself.
        "few_stopwords": float(line.stopword_density is not None and line.stopword_density < 0.2),
        "many_stopwords": float(line.stopword_density is not None and line.stopword_density >= 0.3),
        "long": float(line.chars >= 200),
        "short": float(line.chars < 70),
    }


def features(lines: Sequence[LineFacts], end_markers: Sequence[bool], title_at: int) -> list[dict[str, float]]:
    """Every line's own evidence, its neighbours', how much prose stands around it, and where
    it stands: before or after the headline (`title_at`, -1 if unknown), and in the page's prose."""
    own = [own_features(line, marker) for line, marker in zip(lines, end_markers)]
    prose = [float(line.sentence and line.chars >= 70) for line in lines]
    prose_chars = [line.chars * flag for line, flag in zip(lines, prose)]
    total_prose = sum(prose_chars) or 1
    numeric = [float(facts["digits"] > 0.2) for facts in own]
    rows: list[dict[str, float]] = []
    prose_before = 0.0
    for index, facts in enumerate(own):
        row = dict(facts)
        row["position"] = index / max(1, len(lines) - 1)
        row["prose_before"] = prose_before / total_prose  # 0 above the article, 1 below it
        prose_before += prose_chars[index]
        row["before_title"] = float(0 <= index < title_at)
        row["near_title"] = float(title_at >= 0 and 0 < index - title_at <= 5)
        nearby = range(max(0, index - 3), min(len(lines), index + 4))
        # A table or a list: lines of the same shape around this one.
        row["numeric_within_3"] = sum(numeric[i] for i in nearby) / len(nearby)
        row["same_length_within_3"] = sum(abs(lines[i].words - lines[index].words) <= 1 for i in nearby) / len(nearby)
        for offset in NEIGHBOURS:
            other = own[index + offset] if 0 <= index + offset < len(own) else None
            for name in ("log_chars", "stopwords", "sentence", "furniture"):
                row[f"{name}_{offset:+d}"] = other[name] if other else 0.0
        for width in (3, 10):
            around = prose[max(0, index - width) : index + width + 1]
            row[f"prose_within_{width}"] = sum(around) / len(around)
        rows.append(row)
    return rows


@cache
def weights() -> Weights:
    return Weights(**json.loads(MODEL.read_text(encoding="utf-8")))


def probabilities(
    lines: Sequence[LineFacts], end_markers: Sequence[bool], title_at: int, common_words_known: bool
) -> list[float]:
    """For each line, the probability that it is article text. On a page in a language written
    without spaces or capitals (Chinese, Japanese), whose common words listen has no list of, the
    evidence of common words and capitals is unknown and weighs nothing: the model learned "no
    list" from lines without words, and would take every line of such a page, its menu too, for
    article text."""
    model = weights()
    unknown = set() if common_words_known else {name for name in model.names if "stop" in name or name == "capitalised"}
    found = []
    for row in features(lines, end_markers, title_at):
        score = model.intercept
        for name, coefficient, mean, scale in zip(model.names, model.coefficients, model.means, model.scales):
            if name not in unknown:
                score += coefficient * (row.get(name, 0.0) - mean) / scale
        found.append(1 / (1 + math.exp(-max(-30.0, min(30.0, score)))))
    return found
