"""Score the cleaner with the article-extraction benchmark's own measure, by corpus.

usage: python benchmarks/cleaner_score.py [DATA_DIR ...] [--input text|html|both|story|story-ad] [--ids FILE]
                                          [--sample N] [--baseline]

Each DATA_DIR holds `html/ID.html`, `text/ID.txt` (the page as a reader copies it) and
`ground-truth.json`. Without one: tests/data/articles-dev (in the repo), then each corpus of
../shared/data/articles-more when it is beside the repo (the script says so when it is not).
Every page is cleaned as `listen clean` would; the body (section headings and paragraphs) is
scored with 4-word shingles, precision and recall per page, averaged, F1 of the averages (the
public benchmark's measure). Also printed: pages that lost more than half their body (recall
below 0.5), the same against a truth whose repeated paragraphs count once (some corpora's
truths repeat nested blocks), the scores against the article alone (each paragraph once, and
without the readers' comments that Dragnet's truths go on into after a marker: listen leaves
them out), pages per second (the cleaning alone), and with --baseline trafilatura alone on the
same HTML. `--input story` gives the copied-text cleaner each page's true article alone (its
paragraphs once, without the comments, a blank line between them), as a reader who copies just
the story would, and scores it against that article (some corpora's truths break a paragraph at
its links, which a copy would not). `--input story-ad` does the same with an ad slot's
"Advertisement" line amid the paragraphs, as a selection across a story often catches one.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from listen.cleaner import clean  # noqa: E402
from listen.errors import ListenError  # noqa: E402
from listen.read import read_source  # noqa: E402

DEV = ROOT / "tests" / "data" / "articles-dev"
MORE = ROOT.parent / "shared" / "data" / "articles-more"
MORE_CORPORA = ("l3s-gn1", "dragnet", "readability")
WORD = re.compile(r"\w+")
# Where Dragnet's truths go on into the comments: "!@#$%^&*()  COMMENTS", as its annotators typed
# it ("!@ $%^&*()  COMMENTS", "!@#$%^&**()  COMMNENTS", ...).
COMMENTS_MARKER = re.compile(r"^[!@#$% \t]*%\^&\*+\(?\)?[ \t]*[A-Z]*[ \t]*$", re.M)


HEADER = [
    "| corpus, input | pages | F1 | precision | recall | lost > half | lost > half, truth's paragraphs once "
    "| the article alone: F1 / P / R | lost > half of it | pages/s |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
]


@dataclass
class Score:
    f1: float
    precision: float
    recall: float
    pages: int
    half_lost: int  # pages whose recall is below 0.5
    half_lost_once: int  # the same, against a truth whose repeated paragraphs count once
    alone: tuple[float, float, float]  # F1, precision and recall against the article alone
    half_lost_article: int  # pages that lost half of it
    pages_per_second: float

    def row(self, name: str) -> str:
        return (f"| {name} | {self.pages} | {self.f1:.3f} | {self.precision:.3f} | {self.recall:.3f} "
                f"| {self.half_lost} ({self.half_lost / self.pages:.1%}) "
                f"| {self.half_lost_once} ({self.half_lost_once / self.pages:.1%}) "
                f"| {' / '.join(f'{figure:.3f}' for figure in self.alone)} "
                f"| {self.half_lost_article} ({self.half_lost_article / self.pages:.1%}) | {self.pages_per_second:.1f} |")  # fmt: skip


def shingles(text: str, size: int = 4) -> Counter:
    words = WORD.findall(text)
    return Counter(tuple(words[i : i + size]) for i in range(max(1, len(words) - size + 1)) if words[i : i + size])


def page_score(truth: str, predicted: str) -> tuple[float, float] | None:
    """Precision and recall of one page (None where neither has any text)."""
    wanted, found = shingles(truth), shingles(predicted)
    true_positive = sum((wanted & found).values())
    if not wanted and not found:
        return None
    precision = true_positive / sum(found.values()) if found else (1.0 if not wanted else 0.0)
    recall = true_positive / sum(wanted.values()) if wanted else 1.0
    return precision, recall


def body_text(location: Path, data: bytes | None = None) -> str:
    try:
        article = clean(read_source(str(location), max_bytes=50_000_000, data=data))
    except ListenError:
        return ""
    blocks = []
    for chapter in article.chapters:
        blocks += [chapter.title, *chapter.paragraphs] if chapter.title else chapter.paragraphs
    return "\n".join(blocks)


def trafilatura_alone(location: Path) -> str:
    """trafilatura as `listen` asks it (precision first, no reader comments), with nothing after it."""
    import trafilatura

    html = location.read_text(encoding="utf-8", errors="replace")
    return trafilatura.extract(html, favor_precision=True, include_comments=False) or ""


def true_bodies(data: Path) -> dict[str, str]:
    """Each page's true body. Five of Dragnet's were saved as UTF-16 read as Latin-1 ("ÿþP\x00a\x00..."):
    they are read as the text they are, or no extractor could score on them."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    bodies = {page: entry["articleBody"] for page, entry in truth.items()}
    for page, body in bodies.items():
        if body.startswith("ÿþ"):
            bodies[page] = body.encode("latin-1").decode("utf-16").replace("\r\n", "\n")
    return bodies


def score(data: Path, ids: list[str], kind: str, extract=body_text) -> Score:
    truth = true_bodies(data)
    suffix = "html" if kind == "html" else "txt"
    rows, recalls_once, alone_rows, seconds = [], [], [], 0.0
    for page in ids:
        wanted = truth[page]
        started = time.perf_counter()
        if kind.startswith("story"):
            wanted = article_alone(wanted)
            found = extract(Path(f"{page}.txt"), story_copy(wanted, advertisement=kind == "story-ad"))
        else:
            found = extract(data / kind / f"{page}.{suffix}")
        seconds += time.perf_counter() - started
        row = page_score(wanted, found)
        if row is not None:
            rows.append(row)
            recalls_once.append((page_score(once(wanted), found) or row)[1])
            alone_rows.append(page_score(article_alone(wanted), found) or row)
    lost, lost_once = sum(r < 0.5 for _, r in rows), sum(r < 0.5 for r in recalls_once)
    lost_article = sum(r < 0.5 for _, r in alone_rows)
    return Score(*averages(rows), len(rows), lost, lost_once, averages(alone_rows), lost_article, len(ids) / seconds)


def story_copy(article: str, advertisement: bool) -> bytes:
    """The article alone as a reader copies it, a blank line between its paragraphs; with
    `advertisement`, an ad slot's line amid them."""
    paragraphs = article.split("\n")
    if advertisement:
        middle = len(paragraphs) // 2
        paragraphs[middle:middle] = ["Advertisement"]
    return "\n\n".join(paragraphs).encode()


def averages(rows: list[tuple[float, float]]) -> tuple[float, float, float]:
    """F1 of the mean precision and the mean recall, with them."""
    precision = statistics.mean(p for p, _ in rows)
    recall = statistics.mean(r for _, r in rows)
    return (2 * precision * recall / (precision + recall) if precision + recall else 0.0), precision, recall


def once(truth: str) -> str:
    """A true body with each paragraph once: some corpora's conversions repeat nested blocks,
    and no reader would hear a paragraph twice."""
    return "\n".join(dict.fromkeys(truth.split("\n")))


def article_alone(truth: str) -> str:
    """A true body with each paragraph once and without the readers' comments after it."""
    return once(COMMENTS_MARKER.split(truth)[0])


def corpora(arguments: list[Path], ids_file: Path | None) -> list[tuple[str, Path, list[str]]]:
    """(name, folder, page ids) for each corpus to score."""
    if arguments:
        found = []
        for data in arguments:
            ids = (
                ids_file.read_text().split()
                if ids_file
                else sorted(json.loads((data / "ground-truth.json").read_text()))
            )
            found.append((data.name, data, ids))
        return found
    found = [("articles-dev", DEV, sorted(json.loads((DEV / "ground-truth.json").read_text())))]
    if MORE.is_dir():
        found += [(name, MORE, (MORE / f"ids-{name}.txt").read_text().split()) for name in MORE_CORPORA]
    else:
        print(f"({MORE} is not beside the repo: articles-more's corpora are not scored)", file=sys.stderr)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="*", type=Path)
    parser.add_argument("--input", choices=["text", "html", "both", "story", "story-ad"], default="both")
    parser.add_argument("--ids", type=Path, help="score only the pages listed in this file")
    parser.add_argument("--sample", type=int, help="score a fixed random sample of N pages per corpus")
    parser.add_argument("--baseline", action="store_true", help="also score trafilatura alone on the HTML")
    args = parser.parse_args()
    print("\n".join(HEADER))
    for name, data, ids in corpora(args.data, args.ids):
        if args.sample and len(ids) > args.sample:
            ids = sorted(random.Random(0).sample(ids, args.sample))
        for kind in ("text", "html") if args.input == "both" else (args.input,):
            print(score(data, ids, kind).row(f"{name}, {kind}"), flush=True)
        if args.baseline and args.input in ("html", "both"):
            print(score(data, ids, "html", trafilatura_alone).row(f"{name}, trafilatura alone"), flush=True)


if __name__ == "__main__":
    main()
