"""Listen anywhere: the podcast feed, `listen serve`, and the web player in a real Chromium."""

from __future__ import annotations

import os
import shutil
import time
from email.utils import parsedate_to_datetime
from pathlib import Path

import feedparser
import pytest
import srt

from cli import main

from .conftest import DEV_PAGES, EXAMPLE, http_get, serving

VOICE = ["--voice", "fake:tones"]  # the tests' fake voice: these tests are about files, not speech
SCREENSHOTS = Path(os.environ.get("LISTEN_SCREENSHOTS", Path(__file__).parent / "screenshots"))


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    """Three converted articles in two formats, with a feed."""
    from click.testing import CliRunner

    out = tmp_path_factory.mktemp("library")
    html = sorted((DEV_PAGES / "html").glob("*.html"))
    runner = CliRunner()
    for source, audio_format in ((EXAMPLE, "mp3"), (html[4], "mp3"), (html[9], "m4b")):
        result = runner.invoke(main, ["convert", str(source), "-o", str(out), *VOICE, "--format", audio_format, "-q"])
        assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["feed", str(out), "--base-url", "http://127.0.0.1:8000", "--title", "My reading"])
    assert result.exit_code == 0, result.output
    return out


def test_feed_lists_every_article_with_exact_enclosures(library):
    feed = feedparser.parse(str(library / "feed.xml"))
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == "My reading"
    assert len(feed.entries) == 3
    for entry in feed.entries:
        enclosure = entry.enclosures[0]
        path = library / enclosure.href.removeprefix("http://127.0.0.1:8000/")
        assert int(enclosure.length) == path.stat().st_size
        assert enclosure.type == {".mp3": "audio/mpeg", ".m4b": "audio/mp4"}[path.suffix]
        assert int(entry.itunes_duration) > 10
        chapters = entry["podcast_chapters"]["url"].removeprefix("http://127.0.0.1:8000/")
        assert (library / chapters).name == "chapters.json" and (library / chapters).exists()
        assert entry.id.startswith("listen-")
        assert parsedate_to_datetime(entry.published)


def test_feed_carries_title_link_byline_date_and_text(library):
    feed = feedparser.parse(str(library / "feed.xml"))
    example = next(e for e in feed.entries if e.title.startswith("Volunteers bring a 200"))
    assert "At a quarter past six on Saturday morning" in example.description
    cars = next(e for e in feed.entries if "VIZZION" in e.title)
    assert cars.link.startswith("https://www.slashgear.com/")
    assert cars.author == "Chris Davies"
    assert parsedate_to_datetime(cars.published).date().isoformat() == "2019-11-20"


def test_guids_are_stable_and_feed_follows_new_conversions(library, runner, tmp_path):
    folder = shutil.copytree(library, tmp_path / "library")
    before = {e.id for e in feedparser.parse(str(folder / "feed.xml")).entries}
    extra = sorted((DEV_PAGES / "html").glob("*.html"))[12]
    result = runner.invoke(main, ["convert", str(extra), "-o", str(folder), *VOICE, "-q"])
    assert result.exit_code == 0, result.output
    after = {e.id for e in feedparser.parse(str(folder / "feed.xml")).entries}
    assert before < after and len(after) == 4  # the new article; the others keep their ids


@pytest.fixture
def server(library):
    with serving(library) as address:
        yield address


def test_range_request_returns_exactly_those_bytes(server, library):
    audio = next(library.glob("tide-mill/tide-mill.mp3"))
    status, headers, body = http_get(server, "/tide-mill/tide-mill.mp3",
                                    {"Range": "bytes=1000-1999"})  # fmt: skip
    assert status == 206
    assert body == audio.read_bytes()[1000:2000]
    assert headers["Content-Range"] == f"bytes 1000-1999/{audio.stat().st_size}"
    assert headers["Content-Type"] == "audio/mpeg"


@pytest.mark.parametrize(
    "path, mime",
    [("/feed.xml", "application/rss+xml"), ("/index.html", "text/html; charset=utf-8"),
     ("/tide-mill/chapters.json", "application/json")],
)  # fmt: skip
def test_mime_types(server, path, mime):
    status, headers, _ = http_get(server, path)
    assert (status, headers["Content-Type"]) == (200, mime)


@pytest.mark.parametrize(
    "path",
    ["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "//etc/passwd",
     "/tide-mill/../../secret.txt", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd"],
)  # fmt: skip
def test_nothing_outside_the_folder_is_served(server, library, path):
    (library.parent / "secret.txt").write_text("top secret")
    status, _, body = http_get(server, path)
    assert b"top secret" not in body and b"root:" not in body
    assert status in (400, 404)


@pytest.fixture
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--autoplay-policy=no-user-gesture-required",
        "--mute-audio",
        "--window-size=1000,800",
    ):
        options.add_argument(flag)  # fmt: skip
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    yield driver
    driver.quit()


def wait_for(driver, script, timeout=20.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for: {script}")


def test_player_plays_jumps_changes_speed_and_remembers(browser, server):
    from selenium.webdriver.common.by import By

    browser.get(f"http://{server[0]}:{server[1]}/index.html")
    titles = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "#articles li strong")]
    assert len(titles) == 3
    browser.find_element(By.XPATH, "//li[strong[starts-with(., 'Volunteers bring')]]").click()
    wait_for(browser, "return !document.getElementById('audio').paused")
    chapters = browser.find_elements(By.CSS_SELECTOR, "#chapters li")
    assert len(chapters) == 5
    start = browser.execute_script("return library.find(a => a.title.startsWith('Volunteers')).chapters[1].start")
    chapters[1].click()
    wait_for(browser, f"return document.getElementById('audio').currentTime >= {start}")
    wait_for(
        browser,
        "return document.querySelector('#chapters li.current') === document.querySelectorAll('#chapters li')[1]",
    )
    browser.execute_script("document.getElementById('speed').value = 1.5;"
                           "document.getElementById('speed').dispatchEvent(new Event('input'))")  # fmt: skip
    assert browser.execute_script("return document.getElementById('audio').playbackRate") == 1.5
    assert browser.find_element(By.ID, "speed-label").text.startswith("1.5x - ")
    position = wait_for(
        browser, f"return (a => a.currentTime > {start} + 1 && a.currentTime)(document.getElementById('audio'))"
    )
    browser.execute_script("document.getElementById('audio').pause()")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / "player.png"))
    browser.refresh()
    remembered = wait_for(
        browser,
        "return document.getElementById('audio').readyState >= 1 && document.getElementById('audio').currentTime",
    )
    assert remembered == pytest.approx(position, abs=1.5)
    assert browser.execute_script("return document.getElementById('audio').playbackRate") == 1.5


def test_feed_lists_each_articles_transcripts(library):
    from lxml import etree

    podcast = "{https://podcastindex.org/namespace/1.0}"
    items = list(etree.parse(str(library / "feed.xml")).getroot().iter("item"))
    assert len(items) == 3
    for item in items:
        transcripts = {t.get("type"): t for t in item.iter(f"{podcast}transcript")}
        assert set(transcripts) == {"text/vtt", "application/x-subrip", "application/json"}
        assert transcripts["text/vtt"].get("rel") == "captions"
        for transcript in transcripts.values():
            assert (library / transcript.get("url").removeprefix("http://127.0.0.1:8000/")).is_file()


def test_player_reads_along_and_a_sentence_click_seeks(browser, server):
    from selenium.webdriver.common.by import By

    browser.get(f"http://{server[0]}:{server[1]}/index.html")
    browser.find_element(By.XPATH, "//li[strong[starts-with(., 'Volunteers bring')]]").click()
    wait_for(browser, "return !document.getElementById('audio').paused")
    cues = browser.execute_script("return article.transcript")
    assert len(cues) == len(browser.find_elements(By.CSS_SELECTOR, "#transcript p")) > 10
    for moment in range(3):  # while it plays: the highlighted sentence is the one being heard
        browser.execute_script(f"document.getElementById('audio').currentTime = {cues[4 + moment * 5][0] + 0.2}")
        time.sleep(0.6)
        now, shown = browser.execute_script(
            "return [document.getElementById('audio').currentTime,"
            " document.querySelector('#transcript p.current').textContent]"
        )
        playing = [cue for cue in cues if cue[0] <= now + 0.05][-1]
        assert shown == playing[2]
    target = browser.find_elements(By.CSS_SELECTOR, "#transcript p")[12]
    target.click()
    wait_for(browser, f"return Math.abs(document.getElementById('audio').currentTime - {cues[12][0]}) < 0.5")
    wait_for(
        browser,
        "return document.querySelector('#transcript p.current') === document.querySelectorAll('#transcript p')[12]",
    )


def test_feed_without_a_base_url_warns_and_remembers_what_it_was_given(runner, tmp_path):
    out = tmp_path / "out"
    assert runner.invoke(main, ["convert", str(EXAMPLE), "-o", str(out), *VOICE, "-q"]).exit_code == 0
    first = runner.invoke(main, ["feed", str(out)])
    assert first.exit_code == 0 and "Warning: without --base-url a podcast app cannot fetch the audio" in first.output
    assert feedparser.parse(str(out / "feed.xml")).feed.title == "Articles, read aloud"
    runner.invoke(main, ["feed", str(out), "--base-url", "http://192.168.1.5:8000", "--title", "For the walk"])
    again = runner.invoke(main, ["feed", str(out)])  # nothing given: what was given last time
    assert again.exit_code == 0 and "Warning" not in again.output
    feed = feedparser.parse(str(out / "feed.xml"))
    assert feed.feed.title == "For the walk"
    assert feed.entries[0].enclosures[0].href.startswith("http://192.168.1.5:8000/tide-mill/")


def test_serve_says_where_the_player_and_feed_are_and_writes_a_missing_feed(tmp_path):
    import subprocess
    import sys

    out = tmp_path / "out"
    listen = str(Path(sys.executable).with_name("listen"))
    subprocess.run([listen, "convert", str(EXAMPLE), "-o", str(out), *VOICE, "-q"], check=True)
    assert not (out / "feed.xml").exists()
    server = subprocess.Popen([listen, "serve", str(out), "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        lines = [server.stdout.readline().strip() for _ in range(3)]
        player, feed = lines[1].removeprefix("player: "), lines[2].removeprefix("feed:   ")
        assert lines[0] == f"Serving {out} at {player} (Ctrl-C stops)"
        assert player.startswith("http://127.0.0.1:") and feed == player + "feed.xml"
        address = ("127.0.0.1", int(player.rsplit(":", 1)[1].strip("/")))
        status, _, page = http_get(address, "/")
        assert status == 200 and b"Volunteers bring a 200-year-old tide mill back to work" in page
        status, _, xml = http_get(address, "/feed.xml")
        assert status == 200 and feedparser.parse(xml).entries[0].enclosures[0].href.startswith(player)
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.parametrize("width, height", [(390, 844), (1280, 800)], ids=["phone", "desktop"])
def test_player_keeps_one_set_of_controls_in_view_and_marks_what_was_heard(browser, server, width, height):
    from selenium.webdriver.common.by import By

    browser.set_window_size(width, height)
    browser.get(f"http://{server[0]}:{server[1]}/index.html")
    assert browser.execute_script("return document.querySelectorAll('audio[controls]').length") == 0
    assert len(browser.find_elements(By.CSS_SELECTOR, "button#play")) == 1  # one play control
    last = browser.find_elements(By.CSS_SELECTOR, "#articles li")[-1]
    title = last.find_element(By.TAG_NAME, "strong").text
    last.click()  # the article lowest in the list
    wait_for(browser, "return !document.getElementById('audio').paused")
    in_view = "return (r => r.top >= 0 && r.bottom <= innerHeight)(document.getElementById(arguments[0]).getBoundingClientRect())"
    assert browser.execute_script(in_view, "play") and browser.execute_script(in_view, "seek")
    assert browser.find_element(By.ID, "now-title").text == title
    if width < 700:  # a phone: the tapped article's page comes into view, below no list
        assert browser.execute_script(in_view, "title")
    wait_for(browser, "return document.getElementById('audio').currentTime > 1.5")
    browser.execute_script("document.getElementById('audio').pause()")
    assert wait_for(browser, "return document.querySelector('#articles li.current .state').textContent").endswith(
        " left"
    )
    browser.execute_script("(a => { a.currentTime = a.duration - 0.5; a.play(); })(document.getElementById('audio'))")
    wait_for(browser, "return document.querySelector('#articles li.current').classList.contains('played')")
    assert browser.find_element(By.CSS_SELECTOR, "#articles li.current .state").text == "· played"
    browser.execute_script("document.getElementById('audio').currentTime = 20")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / f"player-{'phone' if width < 700 else 'desktop'}.png"))


@pytest.fixture(scope="module")
def timed_words(tmp_path_factory) -> Path:
    """The example in espeak-ng with each word timed (`--words`), with a feed."""
    from click.testing import CliRunner

    out = tmp_path_factory.mktemp("words")
    runner = CliRunner()
    result = runner.invoke(main, ["convert", str(EXAMPLE), "-o", str(out), "--voice", "espeak:en-us", "--words", "-q"])
    assert result.exit_code == 0, result.output
    assert runner.invoke(main, ["feed", str(out)]).exit_code == 0
    return out


def test_player_shows_sentences_and_underlines_the_word_being_spoken(browser, timed_words):
    """With `--words` the JSON transcript is a segment a word; the player still shows a line a
    sentence, and the word being heard is the one underlined."""
    from selenium.webdriver.common.by import By

    sentences = list(srt.parse(next(timed_words.glob("*/*.srt")).read_text()))
    with serving(timed_words) as address:
        browser.get(f"http://{address[0]}:{address[1]}/index.html")
        browser.find_element(By.XPATH, "//li[strong[starts-with(., 'Volunteers bring')]]").click()
        wait_for(browser, "return !document.getElementById('audio').paused")
        lines = browser.find_elements(By.CSS_SELECTOR, "#transcript p")
        assert [line.text for line in lines] == [sentence.content for sentence in sentences]
        cues = browser.execute_script("return article.transcript")
        browser.execute_script("document.getElementById('audio').pause()")
        for sentence, word in ((3, 2), (7, 5), (12, 1)):  # three moments: the word heard is underlined
            start, spoken = cues[sentence][3][word]
            browser.execute_script(f"document.getElementById('audio').currentTime = {start + 0.03}")
            wait_for(browser, f"const s = document.querySelector('#transcript span.now'); return s && s.textContent === {spoken!r}"
                              f" && s.parentElement === document.querySelectorAll('#transcript p')[{sentence}]")  # fmt: skip
