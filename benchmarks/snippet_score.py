"""The cleaner on pages nobody here tuned on: trafilatura's own evaluation pages, scored by their snippets.

usage: python benchmarks/snippet_score.py TRAFILATURA_TESTS [--copies DIR]

trafilatura's repository (github.com/adbar/trafilatura) keeps, under tests/, about a thousand saved
pages of news sites, blogs and company pages in a dozen languages (eval/ and cache/), and for each
page a few snippets of its main text that an extractor must give and a few of its furniture that it
must not (evaldata.json). Its pages are not in ../shared and no rule here was written for them, so
they show how the cleaner does on the open web. This opens each page in headless Chromium, as
browser_copy.py does, to take what a reader copies (cached in --copies), cleans the copy and the HTML
as `listen` does, and counts, by the page's language, the snippets heard (title, summary, headings
and paragraphs; soft hyphens and runs of white space ignored): of the wanted ones and of the
unwanted ones, and the pages that lost more than half of theirs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from browser_copy import browser, copied  # noqa: E402

from listen import clean, read_source  # noqa: E402
from listen.errors import ListenError  # noqa: E402
from listen.textdump import judge_lines  # noqa: E402

LANGUAGES = ("en", "de")  # each counted alone; the rest together


def spaced(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xad", "")).strip()


def heard(location: Path) -> str:
    """Everything `listen` would read aloud of a page, on one line."""
    try:
        article = clean(read_source(str(location), 50_000_000))
    except ListenError:
        return ""
    texts = [article.title, *article.summary]
    for chapter in article.chapters:
        texts += [chapter.title, *chapter.paragraphs]
    return spaced(" ".join(texts))


def make_copies(pages: dict[str, Path], copies: Path) -> None:
    """A browser's copy of each page not copied yet."""
    missing = {name: page for name, page in pages.items() if not (copies / f"{name}.txt").exists()}
    if not missing:
        return
    driver = browser()
    try:
        for name, page in missing.items():
            (copies / f"{name}.txt").write_text(copied(driver, page), encoding="utf-8")
    finally:
        driver.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tests", type=Path, help="trafilatura's tests/ folder")
    parser.add_argument("--copies", type=Path, default=Path("snippet-copies"), help="where the copies are cached")
    args = parser.parse_args()
    cases = json.loads((args.tests / "evaldata.json").read_text(encoding="utf-8")).values()
    pages = {}
    for case in cases:
        found = [args.tests / folder / case["file"] for folder in ("eval", "cache")]
        pages[case["file"]] = next(page for page in found if page.exists())
    args.copies.mkdir(parents=True, exist_ok=True)
    make_copies(pages, args.copies)
    print(
        "| input | language | pages | wanted snippets heard | unwanted snippets heard | pages with less than half heard |"
    )
    print("|---|---|---:|---:|---:|---:|")
    copies = {case["file"]: args.copies / f"{case['file']}.txt" for case in cases}
    languages = {name: judge_lines(copy.read_text(encoding="utf-8")).language for name, copy in copies.items()}
    for kind in ("copied text", "HTML"):
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
        for case in cases:
            language = languages[case["file"]]
            group = language if language in LANGUAGES else "other"
            text = heard(copies[case["file"]] if kind == "copied text" else pages[case["file"]])
            wanted = [spaced(snippet) in text for snippet in case["with"]]
            unwanted = [spaced(snippet) in text for snippet in case["without"]]
            for key in (group, "all"):
                row = counts[key]
                row[0] += 1
                row[1] += sum(wanted)
                row[2] += len(wanted)
                row[3] += sum(unwanted)
                row[4] += len(unwanted)
                row[5] += bool(wanted) and sum(wanted) * 2 < len(wanted)
        for group in (*LANGUAGES, "other", "all"):
            pages_, heard_, wanted_, unheard, unwanted, lost = counts[group]
            print(
                f"| {kind} | {group} | {pages_} | {heard_ / wanted_:.3f} ({heard_} of {wanted_}) | "
                f"{unheard / unwanted:.3f} ({unheard} of {unwanted}) | {lost} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
