"""The copied-text cleaner on pages copied by a real browser, against the corpus's own copies.

usage: python benchmarks/browser_copy.py [--pages N]

The corpora's copied text was made one way (html-text's layout of each page); a listener
selects a page in a browser and copies it, and pages nobody tuned on come that way. This
opens each page in headless Chromium (JavaScript off, no network: what the saved HTML itself
shows), takes what select-all would copy (`document.body.innerText`, the page title on the
first line as the corpora have it), and scores the copied-text cleaner on it as
cleaner_score.py does, beside the same pages' own copies: articles-dev, then the first N pages
of each articles-more corpus when it is beside the repo. Needs Chromium and its driver (the
web player's tests install them).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleaner_score import DEV, MORE, MORE_CORPORA, averages, body_text, page_score, true_bodies  # noqa: E402

CHROMIUM_FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
    "--disable-background-networking", "--disable-component-update", "--window-size=1280,900",
    "--host-resolver-rules=MAP * ~NOTFOUND", "--blink-settings=imagesEnabled=false",
)  # fmt: skip


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.page_load_strategy = "eager"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(20)
    return driver


def copied(driver, page: Path) -> str:
    """The page as select-all and copy in the browser gives it, under its title."""
    driver.get(page.resolve().as_uri())
    text = driver.execute_script("return document.body ? document.body.innerText : ''")
    return f"{driver.title}\n{text}" if driver.title else text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200, help="pages of each articles-more corpus")
    args = parser.parse_args()
    corpora = [("articles-dev", DEV, sorted(json.loads((DEV / "ground-truth.json").read_text())))]
    if MORE.is_dir():
        corpora += [(name, MORE, (MORE / f"ids-{name}.txt").read_text().split()[: args.pages]) for name in MORE_CORPORA]
    print("| corpus | pages | browser's copy: F1 / P / R | lost > half | the corpus's copy: F1 / P / R | lost > half |")
    print("|---|---:|---|---:|---|---:|")
    driver = browser()
    try:
        with tempfile.TemporaryDirectory() as scratch:
            for name, data, ids in corpora:
                truth = true_bodies(data)
                ours, theirs = [], []
                for page in ids:
                    location = Path(scratch) / f"{page}.txt"
                    location.write_text(copied(driver, data / "html" / f"{page}.html"), encoding="utf-8")
                    mine = page_score(truth[page], body_text(location))
                    own = page_score(truth[page], body_text(data / "text" / f"{page}.txt"))
                    if mine and own:
                        ours.append(mine)
                        theirs.append(own)
                cells = []
                for rows in (ours, theirs):
                    lost = sum(recall < 0.5 for _, recall in rows)
                    cells += ["{:.3f} / {:.3f} / {:.3f}".format(*averages(rows)), str(lost)]
                print(f"| {name} | {len(ours)} | " + " | ".join(cells) + " |", flush=True)
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
