"""Bad input and faults: one clear line, nothing lost, nothing half-written."""

from __future__ import annotations

import io
import os
import random
import re
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cli import main
from listen import ListenError, clean, read_source
from listen.output import write_atomically
from listen.read import decode
from listen.segment import MAX_PIECE_CHARS, segment
from listen.speech import spoken_sentences
from voices.registry import find_voice, load_voice

from .conftest import EXAMPLE, decoded_seconds

LISTEN = str(Path(sys.executable).parent / "listen")
VOICE = ["--voice", "fake:tones"]  # the tests' fake voice: these tests are about files, not speech
BODY = ("The council voted on Tuesday to close the old bridge to cars for the whole winter, "
        "after engineers found that two of its supports had cracked in the cold last year.")  # fmt: skip
ARTICLE = f"Bridge closes for the winter\n\n{BODY}\n\nDrivers were told to use the ring road.\n"


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda t: t.encode("utf-8"), id="utf-8"),
        pytest.param(lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), id="utf-8-bom"),
        pytest.param(lambda t: t.encode("utf-16"), id="utf-16-bom"),
        pytest.param(lambda t: b"\xfe\xff" + t.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(lambda t: b"\xff\xfe" + t.encode("utf-16-le"), id="utf-16-le-bom"),
        pytest.param(lambda t: t.replace("cars", "caf\u00e9 cars \u201cquoted\u201d").encode("cp1252"), id="windows-1252"),
        pytest.param(lambda t: t.replace("cars", "caf\u00e9 na\u00efve cars").encode("latin-1"), id="latin-1"),
        pytest.param(lambda t: t.replace("\n", "\r\n").encode(), id="crlf"),
        pytest.param(lambda t: t.replace("\n", "\r").encode(), id="cr"),
        pytest.param(lambda t: t.replace("council", "coun\x00cil\x07").encode(), id="nul-and-controls"),
        pytest.param(lambda t: t.replace("council", "coun\u200bcil\u200d\ufeff").encode(), id="zero-width"),
    ],
)  # fmt: skip
def test_encodings_and_line_ends_read_the_same_words(tmp_path, encode):
    page = tmp_path / "page.txt"
    page.write_bytes(encode(ARTICLE))
    article = clean(read_source(str(page), 10**6))
    assert article.title == "Bridge closes for the winter"
    body = " ".join(article.chapters[0].paragraphs)
    assert "The council voted on Tuesday" in body and "supports had cracked" in body


def test_legacy_encodings_are_decoded_right():
    text = "Le caf\u00e9 na\u00eff a ferm\u00e9 \u00e0 l'\u00e9t\u00e9, dit le ma\u00eetre d'h\u00f4tel. " * 5
    assert decode(text.encode("cp1252"), "page.txt") == text
    assert decode(text.encode("latin-1"), "page.txt") == text


def mojibake(text: str) -> str:
    """The text as a browser shows it after reading its UTF-8 as Windows-1252 (the five bytes that
    code leaves unassigned shown as the control characters of the same number)."""
    return "".join(bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in text.encode("utf-8"))


MOJIBAKE_STORY = (
    "NEW YORK \u2014 The writers\u2019 strike will cost the studios \u00a3200m, the union said on "
    "Sunday. \u201cThere are only a few people who know how tough this job is,\u201d Leno said."
)
ESCAPED_STORY = ("The writers&#8217; strike &amp; the studios&#x2019; reply were the talk of the town "
                 "&#133; said Ann &quot;Annie&quot; Example, who has followed it for a year.")  # fmt: skip
HEADLINE = "Leno and Kimmel swap shows"


def each_kind(story: str, in_html: str) -> list:
    """A page with this story as copied text, as HTML (the story as `in_html`) and as Markdown."""
    return [
        pytest.param("page.txt", f"{HEADLINE}\n\n{story}\n\n{BODY}\n", id="copied-text"),
        pytest.param("page.html", f"<html><head><meta charset='utf-8'><title>{HEADLINE}</title></head><body><article>"
                     f"<h1>{HEADLINE}</h1><p>{in_html}</p><p>{BODY}</p></article></body></html>", id="html"),
        pytest.param("page.md", f"# {HEADLINE}\n\n{story}\n\n{BODY}\n", id="markdown"),
    ]  # fmt: skip


def spoken_from(path: Path, page: str) -> str:
    """What the voice is given of the page written to `path`."""
    path.write_text(page, encoding="utf-8")
    return " ".join(section.text for section in segment(clean(read_source(str(path), 10**6))))


@pytest.mark.parametrize("name, page", each_kind(mojibake(MOJIBAKE_STORY), mojibake(MOJIBAKE_STORY)))
def test_mojibake_is_repaired_before_a_voice_says_it(tmp_path, name, page):
    """A page whose UTF-8 was once read as Windows-1252 ("writersâ€™ strike") is heard as written."""
    spoken = spoken_from(tmp_path / name, page)
    assert "writers' strike" in spoken and "two hundred million pounds" in spoken
    assert "only a few people who know how tough this job is" in spoken
    assert not any(mark in spoken for mark in ("â", "Â", "€", "\ufffd"))


@pytest.mark.parametrize("name, page", each_kind(ESCAPED_STORY, ESCAPED_STORY.replace("&", "&amp;")))
def test_entities_a_site_escaped_twice_are_heard_as_written(tmp_path, name, page):
    """HTML entities that a page shows as text ("Tom &amp; Jerry", "&#8217;", in HTML escaped twice)
    are read as the characters they stand for, not sign by sign ("and number eight thousand ...")."""
    spoken = spoken_from(tmp_path / name, page)
    assert "The writers' strike and the studios' reply were the talk of the town" in spoken
    assert "Ann Annie Example" in spoken.replace('"', "")
    assert not re.search(r"#|\b(amp|quot|number)\b", spoken)


LINK_NOTES_STORY = ("The council said in a statement, opens new tab on Tuesday that the bridge would reopen in "
                    "spring (opens in a new window), and that the ferry (link is external) would run until then, "
                    "as the harbour master's new timetable opens new windows for late crossings.")  # fmt: skip
LINK_NOTES_HTML = ('The council said in a <a href="https://example.com/s">statement<span class="sr-only">, opens new '
                   'tab</span></a> on Tuesday that the bridge would reopen in <a href="https://example.com/b">spring'
                   '</a> (opens in a new window), and that the <a href="https://example.com/f">ferry<span> (link is '
                   "external)</span></a> would run until then, as the harbour master's new timetable opens new "
                   "windows for late crossings.")  # fmt: skip


@pytest.mark.parametrize("name, page", each_kind(LINK_NOTES_STORY, LINK_NOTES_HTML))
def test_a_links_note_for_screen_readers_is_not_heard(tmp_path, name, page):
    """What a site sets after a link for screen readers (", opens new tab", "(opens in a new
    window)", "(link is external)") is hidden on the page but kept by a copy of it and by
    trafilatura: the voice does not say it in the middle of the sentence; prose that opens new
    windows stays."""
    spoken = spoken_from(tmp_path / name, page)
    assert "said in a statement on Tuesday that the bridge would reopen in spring, and that the ferry would" in spoken
    assert "new timetable opens new windows for late crossings" in spoken
    assert not re.search(r"new tab|new window\b|external", spoken)


@pytest.mark.parametrize(
    "text, language, voice_language",
    [
        pytest.param("مرحبا بكم في هذا المقال الطويل عن الطقس والسياسة في المدينة القديمة. " * 3, "ar", "ar", id="right-to-left"),
        pytest.param("这是一篇关于城市天气和政治的长文章。我们今天讨论新的桥梁和道路。" * 3, "zh", "cmn", id="cjk"),
        pytest.param(f"{BODY} Это предложение на русском языке о мосте. 🙂 🎉", "en", "en", id="mixed-scripts-emoji"),
    ],
)  # fmt: skip
def test_other_scripts_convert(runner, tmp_path, text, language, voice_language):
    page = tmp_path / "note.txt"
    page.write_text(f"Title of the page here\n\n{text}\n", encoding="utf-8")
    assert clean(read_source(str(page), 10**6)).language == language
    result = runner.invoke(main, ["convert", str(page), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0, result.output
    assert f"espeak:{voice_language}" in result.stdout or "piper:" in result.stdout
    assert decoded_seconds(tmp_path / "out" / "note" / "note.mp3") > 2


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "hello")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "name, content, reason",
    [
        pytest.param("doc.pdf", b"%PDF-1.7\n...", "a PDF document", id="pdf"),
        pytest.param("pic.png", b"\x89PNG\r\n\x1a\nxx", "a PNG image", id="image"),
        pytest.param("a.zip", zip_bytes(), "a zip archive", id="zip"),
        pytest.param("song.mp3", b"ID3\x04\x00xxxx", "an MP3 audio file", id="audio"),
        pytest.param("empty.txt", b"", "no article text found", id="empty"),
        pytest.param("blank.txt", b"  \n\t \n", "no article text found", id="whitespace"),
        pytest.param("menu.txt", b"Home\nNews\nSport\nAdvertisement\nShare\nSubscribe\n", "no article text found", id="all-furniture"),
    ],
)  # fmt: skip
def test_not_an_article_is_one_line_and_a_non_zero_exit(runner, tmp_path, name, content, reason):
    page = tmp_path / name
    page.write_bytes(content)
    result = runner.invoke(main, ["convert", str(page), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and result.output.startswith("Error: ")
    assert reason in result.output


def test_a_huge_file_is_refused_with_the_limit_and_the_option(runner, tmp_path):
    page = tmp_path / "huge.txt"
    with page.open("wb") as file:
        file.truncate(50_000_000)  # 50 MB (of NULs: it is the size that counts)
    result = runner.invoke(main, ["convert", str(page), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output == f"Error: {page} is larger than the 10 MB limit (raise it with --max-size)\n"


def test_a_100000_character_line_never_reaches_the_voice_whole():
    words = " ".join(random.Random(1).choice(["alpha", "beta", "gamma", "delta"]) for _ in range(20000))
    from listen.model import Article, Chapter

    started = time.perf_counter()
    sections = segment(Article(title="Long", chapters=[Chapter("", [words[:100_000]])]))
    assert time.perf_counter() - started < 10
    pieces = [piece.text for section in sections for piece in section.pieces]
    assert max(map(len, pieces)) <= MAX_PIECE_CHARS
    assert " ".join(pieces).split() == ["Long", *words[:100_000].split()]


@pytest.mark.parametrize(
    "markup",
    ['<speak>Hello there.</speak>', 'Wait <break time="10s"/> now.', "Say [[h@l@U]] now.",
     r"A back\slash and \\ two.", '<prosody rate="x-slow">Slow</prosody> words.'],
)  # fmt: skip
def test_markup_is_never_obeyed(markup):
    spoken = " ".join(spoken_sentences(markup, "en"))
    assert "<" not in spoken and "[[" not in spoken and "\\" not in spoken
    # And a voice handed the markup itself reads it as text: no ten-second pause, no phonemes.
    voice = load_voice(find_voice("espeak:en-us"))
    samples = voice.synthesize(markup)
    assert len(samples) / voice.info.sample_rate < 6


@pytest.mark.parametrize("name", ["my article.txt", 'it\'s "quoted".txt', "-dash.txt", "статья.txt", "記事.txt"])
def test_awkward_file_names(tmp_path, name):
    page = tmp_path / name
    page.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run([LISTEN, "convert", *VOICE, "-o", str(out), "-q", "--", str(page)],
                            capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 0, result.stderr
    folders = [p for p in out.iterdir() if not p.name.startswith(".")]
    assert len(folders) == 1 and list(folders[0].glob("*.mp3"))


def test_full_disk_removes_the_partial_output_and_keeps_earlier_results(tmp_path):
    out = tmp_path / "out"
    first = subprocess.run([LISTEN, "convert", *VOICE, str(EXAMPLE), "-o", str(out), "-q"])
    assert first.returncode == 0
    earlier = sorted((out / EXAMPLE.stem).iterdir())
    bigger = tmp_path / "bigger.txt"
    bigger.write_text(EXAMPLE.read_text() * 3, encoding="utf-8")
    command = f"ulimit -f 3000; exec {LISTEN} convert --voice espeak:en-us {bigger} -o {out} --format wav"
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("Error: ")
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [EXAMPLE.stem]
    assert sorted((out / EXAMPLE.stem).iterdir()) == earlier


@pytest.mark.parametrize("step", ["writing", "renaming"])
def test_ctrl_c_while_a_file_is_written_leaves_the_old_file_and_no_partial(tmp_path, monkeypatch, step):
    """A batch's manifest is rewritten after each article: Ctrl-C in the middle of that leaves the
    manifest as it was and nothing half-written beside it."""
    manifest = tmp_path / ".listen-manifest.json"
    manifest.write_text("old", encoding="utf-8")

    def half_written(self: Path, data: bytes) -> None:
        with self.open("wb") as file:
            file.write(data[:1])
        raise KeyboardInterrupt

    def not_renamed(*arguments: object) -> None:
        raise KeyboardInterrupt

    if step == "writing":
        monkeypatch.setattr(Path, "write_bytes", half_written)
    else:
        monkeypatch.setattr(os, "replace", not_renamed)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(manifest, "new")
    monkeypatch.undo()
    assert [p.name for p in tmp_path.iterdir()] == [manifest.name]
    assert manifest.read_text(encoding="utf-8") == "old"


def test_doctor_says_what_works(runner):
    result = runner.invoke(main, ["doctor"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any(line.startswith("ok    ffmpeg: ffmpeg version") for line in lines)
    assert any(line.startswith("ok    voices: espeak:") for line in lines)


def test_doctor_names_the_fix_when_ffmpeg_is_missing(tmp_path):
    result = subprocess.run([LISTEN, "doctor"], capture_output=True, text=True,
                            env=os.environ | {"PATH": str(tmp_path)})  # fmt: skip
    assert result.returncode == 1
    assert "FAIL  ffmpeg: not found  -> apt-get install ffmpeg" in result.stdout


def complete(path: Path) -> bool:
    """ffmpeg decodes the file to its end without an error."""
    check = subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-f", "null", "-"],
                           capture_output=True, text=True)  # fmt: skip
    return check.returncode == 0 and not check.stderr.strip()


def kill_loop(tmp_path: Path, kills: int, seed: int) -> tuple[int, int]:
    """Start a conversion, kill it at a random moment, check what has its final name; repeat.
    Returns (files checked, files corrupt)."""
    chance = random.Random(seed)
    out = tmp_path / "out"
    command = [LISTEN, "convert", *VOICE, str(EXAMPLE), "-o", str(out), "--format", "mp3", "--force", "-q"]
    checked = corrupt = 0
    for _ in range(kills):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   start_new_session=True)  # fmt: skip
        time.sleep(chance.uniform(0.0, 2.5))
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        for file in (out / EXAMPLE.stem).glob("*.mp3") if (out / EXAMPLE.stem).exists() else []:
            checked += 1
            corrupt += not complete(file)
    return checked, corrupt


def test_killed_at_random_moments_never_leaves_a_corrupt_file(tmp_path):
    checked, corrupt = kill_loop(tmp_path, kills=8, seed=7)
    assert corrupt == 0
    rerun = subprocess.run([LISTEN, "convert", *VOICE, str(EXAMPLE), "-o", str(tmp_path / "out"),
                            "--force", "-q"], capture_output=True, text=True)  # fmt: skip
    assert rerun.returncode == 0, rerun.stderr
    names = [p.name for p in (tmp_path / "out").iterdir()]
    assert [n for n in names if not n.startswith(".")] == [EXAMPLE.stem]
    assert not [n for n in names if ".partial-" in n or ".old-" in n]


# Property tests: hostile text through every stage that reads it.
hostile_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=3000
) | st.lists(st.sampled_from(["<speak>", "[[", "]]", "\\", "$1.2bn", "5km", "Mr", "...", "—",
                              "\u200b", "\x00", "🙂", "1990s", "No.", "\n", " ", "a", "the", "9"]),
             max_size=200).map("".join)  # fmt: skip


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_readers_and_cleaner_raise_only_the_tools_own_error(data):
    try:
        text = decode(data, "fuzz")
        from listen.cleaner import CLEANERS
        from listen.read import detect_kind

        CLEANERS[detect_kind(text, "fuzz")](text, "")
    except ListenError:
        pass


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text)
def test_speech_text_and_segmenter_never_fail_and_keep_pieces_small(text):
    from listen.model import Article, Chapter

    started = time.perf_counter()
    sections = segment(Article(title="T", chapters=[Chapter("", [text])]))
    assert time.perf_counter() - started < 10
    assert all(len(piece.text) <= MAX_PIECE_CHARS for s in sections for piece in s.pieces)


def test_leftovers_of_killed_runs_are_tidied(tmp_path):
    from listen.output import remove_stale_partials

    dead = 2**22 + 12345  # above the kernel's pid limit: no such process
    (tmp_path / f".kept.old-{dead}").mkdir()  # killed while replacing "kept": it comes back
    (tmp_path / f".half.partial-{dead}").mkdir()  # killed while building "half": it goes
    (tmp_path / "both").mkdir()
    (tmp_path / f".both.old-{dead}").mkdir()  # replaced already: the old one goes
    (tmp_path / f".live.partial-{os.getpid()}").mkdir()  # a running process's: left alone
    (tmp_path / f"..listen-manifest.json.partial-{dead}").write_text("{")  # killed while writing it
    remove_stale_partials(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [f".live.partial-{os.getpid()}", "both", "kept"]


def without_espeak(command: str) -> subprocess.CompletedProcess:
    """Run a shell command where libespeak-ng is not installed: in a mount namespace of its own,
    with the library's file covered by an empty one (the real loader then fails to load it)."""
    library = next(Path("/usr/lib").glob("*/libespeak-ng.so.1"), None)
    if library is None or os.geteuid() != 0:
        pytest.skip("needs root and Debian's libespeak-ng to hide it")
    hide = f"mount --bind /dev/null {library.resolve()} && {command}"
    return subprocess.run(["unshare", "-m", "bash", "-c", hide], capture_output=True, text=True)


def test_missing_espeak_ng_names_the_package(tmp_path):
    result = without_espeak(f"{LISTEN} convert --voice espeak:en-us {EXAMPLE} -o {tmp_path / 'out'}")
    assert result.returncode == 1
    assert result.stderr.strip() == ("Error: unknown voice 'espeak:en-us': "
                                     "espeak has no voices (apt-get install espeak-ng)")  # fmt: skip
    doctor = without_espeak(f"{LISTEN} doctor")
    assert doctor.returncode == 1
    assert "FAIL  voices: espeak: no voices found  -> apt-get install espeak-ng" in doctor.stdout
