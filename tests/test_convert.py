"""`listen convert` end to end: real espeak-ng, real ffmpeg, read back as players read it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import mutagen
import pytest
from mutagen.id3 import ID3
from mutagen.mp4 import MP4

from cli import main
from listen import Settings, run
from listen.ffmpeg import probe

from .conftest import EXAMPLE, decoded_seconds

FORMATS = ["mp3", "m4b", "opus", "ogg", "flac", "wav"]
EMBEDDED = ["mp3", "m4b", "opus", "ogg", "flac"]


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> dict[str, Path]:
    """The example article converted once in every format, at 1.5x, through the CLI."""
    from click.testing import CliRunner

    folders = {}
    for audio_format in FORMATS:
        out = tmp_path_factory.mktemp(audio_format)
        result = CliRunner().invoke(
            main, ["convert", str(EXAMPLE), "-o", str(out), "--format", audio_format,
                   "--speed", "1.5", "--voice", "en-us+f3"],
        )  # fmt: skip
        assert result.exit_code == 0, result.output
        folders[audio_format] = out / "tide-mill"
    return folders


def chapters_json(folder: Path) -> list[dict]:
    return json.loads((folder / "chapters.json").read_text())["chapters"]


def whole_file(folder: Path, audio_format: str) -> Path:
    return folder / f"tide-mill.{audio_format}"


def chapter_files(folder: Path, audio_format: str) -> list[Path]:
    return sorted(folder.glob(f"[0-9][0-9]-*.{audio_format}"))


def article_files(stem: str, audio_format: str) -> set[str]:
    """Every file but the chapter files: the whole file, the sidecars, transcripts, cover and the run's stamp."""
    return {f"{stem}.{audio_format}", f"{stem}.cue", f"{stem}.m3u", "chapters.json", "article.json",
            f"{stem}.vtt", f"{stem}.srt", "transcript.json", "cover.jpg", ".listen-source.json"}  # fmt: skip


@pytest.mark.parametrize("audio_format", FORMATS)
def test_folder_holds_whole_file_chapter_files_and_sidecars_only(converted, audio_format):
    folder = converted[audio_format]
    chapters = chapter_files(folder, audio_format)
    assert len(chapters) == len(chapters_json(folder)) >= 2
    assert {path.name for path in folder.iterdir()} == article_files(folder.name, audio_format) | {
        path.name for path in chapters
    }


@pytest.mark.parametrize("audio_format", FORMATS)
def test_one_chapter_article_gets_one_chapter_file_of_the_whole(tmp_path, audio_format):
    article = tmp_path / "note.md"
    article.write_text("# A short note\n\nThe river path was closed after the storm, so we walked "
                       "the long way round through the village and stopped for tea.\n", encoding="utf-8")  # fmt: skip
    run([str(article)], Settings(output=tmp_path / "out", voice="espeak:en-us", audio_format=audio_format))
    folder = tmp_path / "out" / "note"
    chapter = folder / f"01-a-short-note.{audio_format}"
    assert {path.name for path in folder.iterdir()} == article_files("note", audio_format) | {chapter.name}
    assert decoded_seconds(chapter) == pytest.approx(decoded_seconds(folder / f"note.{audio_format}"), abs=0.1)


def test_opening_chapter_is_the_headline(converted):
    chapters = chapters_json(converted["mp3"])
    assert chapters[0]["title"] == ("Volunteers bring a 200-year-old tide mill back to work")
    assert chapters[0]["startTime"] == 0


@pytest.mark.parametrize("audio_format", EMBEDDED)
def test_ffprobe_sees_the_chapters_of_chapters_json(converted, audio_format):
    folder = converted[audio_format]
    expected = chapters_json(folder)
    seen = probe(whole_file(folder, audio_format))["chapters"]
    assert [c["tags"]["title"] for c in seen] == [c["title"] for c in expected]
    for chapter, wanted in zip(seen, expected):
        assert float(chapter["start_time"]) == pytest.approx(wanted["startTime"], abs=0.002)


@pytest.mark.parametrize("audio_format", EMBEDDED)
def test_mutagen_sees_the_chapters_of_chapters_json(converted, audio_format):
    folder = converted[audio_format]
    expected = [(c["startTime"], c["title"]) for c in chapters_json(folder)]
    path = whole_file(folder, audio_format)
    if audio_format == "mp3":
        id3 = ID3(path)
        order = id3.getall("CTOC")[0].child_element_ids
        frames = {frame.element_id: frame for frame in id3.getall("CHAP")}
        seen = [(frames[e].start_time / 1000, str(frames[e].sub_frames["TIT2"])) for e in order]
    elif audio_format == "m4b":
        seen = [(c.start, c.title) for c in MP4(path).chapters]
    else:
        tags = mutagen.File(path).tags
        numbers = sorted(k[7:10] for k in tags.keys() if re.fullmatch(r"chapter\d{3}", k, re.I))  # noqa: SIM118 (iterating gives pairs)
        seen = [(clock_seconds(tags[f"CHAPTER{n}"][0]), tags[f"CHAPTER{n}NAME"][0]) for n in numbers]
    # The formats keep milliseconds: compared to the millisecond, never rounded (a start of
    # 90.585 s rounds to 90.59 one way and 90.58 the other).
    assert [title for _, title in seen] == [title for _, title in expected]
    assert [start for start, _ in seen] == pytest.approx([start for start, _ in expected], abs=0.002)


def clock_seconds(clock: str) -> float:
    hours, minutes, seconds = clock.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


@pytest.mark.parametrize("audio_format", FORMATS)
def test_each_chapter_file_lasts_as_long_as_its_chapter_and_all_as_long_as_the_whole(converted, audio_format):
    """Each file is cut where its chapter ends (the last one ends with the encoder's padding).

    Lengths are compared a file at a time, not summed: a copied Ogg Vorbis file's first packet
    only primes the decoder (up to 12 ms of the pause before a chapter is not played), and
    summed, those packets would move the fifth chapter's start by four of them, though every
    cut is where it should be.
    """
    folder = converted[audio_format]
    lengths = [decoded_seconds(path) for path in chapter_files(folder, audio_format)]
    chapters = chapters_json(folder)
    assert len(lengths) == len(chapters)
    for chapter, length in zip(chapters[:-1], lengths):
        assert length == pytest.approx(chapter["endTime"] - chapter["startTime"], abs=0.050)
    assert decoded_seconds(whole_file(folder, audio_format)) == pytest.approx(sum(lengths), rel=0.01)


@pytest.mark.parametrize("audio_format", FORMATS)
def test_tags_say_title_voice_and_speed(converted, audio_format):
    folder = converted[audio_format]
    probed = probe(whole_file(folder, audio_format))
    found = probed["format"].get("tags", {}) | probed["streams"][0].get("tags", {})  # Ogg: stream
    tags = {k.lower(): v for k, v in found.items()}
    if audio_format == "wav":  # RIFF INFO has no custom fields; mutagen reads the ID3 chunk
        id3 = mutagen.File(whole_file(folder, "wav")).tags
        tags = {"title": str(id3["TIT2"]), "voice": str(id3["TXXX:voice"]),
                "speed": str(id3["TXXX:speed"])}  # fmt: skip
    elif audio_format == "m4b":  # ffprobe does not show iTunes free-form atoms
        mp4 = MP4(whole_file(folder, "m4b"))
        tags["voice"] = bytes(mp4["----:com.apple.iTunes:voice"][0]).decode()
        tags["speed"] = bytes(mp4["----:com.apple.iTunes:speed"][0]).decode()
    assert tags["title"].startswith("Volunteers bring a 200")
    assert tags["voice"] == "espeak:en-us+f3"
    assert tags["speed"] == "1.5x"


@pytest.mark.parametrize("audio_format", FORMATS)
def test_chapter_files_are_numbered_tracks(converted, audio_format):
    files = chapter_files(converted[audio_format], audio_format)
    titles = [c["title"] for c in chapters_json(converted[audio_format])]
    for number, (path, title) in enumerate(zip(files, titles), start=1):
        easy = mutagen.File(path, easy=True)
        if easy is None or easy.tags is None or audio_format == "wav":
            easy_tags = {"title": [str(mutagen.File(path).tags["TIT2"])],
                         "tracknumber": [str(mutagen.File(path).tags["TRCK"])]}  # fmt: skip
        else:
            easy_tags = easy.tags
        assert easy_tags["title"] == [title]
        assert easy_tags["tracknumber"][0].split("/")[0] in (str(number), f"{number}")


def test_cue_sheet_and_playlist_agree_with_chapters_json(converted):
    folder = converted["mp3"]
    chapters = chapters_json(folder)
    cue = (folder / "tide-mill.cue").read_text()
    assert 'FILE "tide-mill.mp3" MP3' in cue
    indexes = re.findall(r"INDEX 01 (\d+):(\d+):(\d+)", cue)
    cue_starts = [int(m) * 60 + int(s) + int(f) / 75 for m, s, f in indexes]
    assert cue_starts == pytest.approx([c["startTime"] for c in chapters], abs=1 / 75)
    assert re.findall(r'TITLE "(.*)"', cue)[1:] == [c["title"] for c in chapters]
    playlist = (folder / "tide-mill.m3u").read_text().splitlines()
    entries = [line for line in playlist if line and not line.startswith("#")]
    assert entries == [path.name for path in chapter_files(folder, "mp3")]


def test_library_call_returns_the_outcome_and_summary(tmp_path):
    report = run([str(EXAMPLE)], Settings(output=tmp_path, audio_format="opus"))
    [outcome] = report.outcomes
    assert (outcome.status, outcome.folder, outcome.audio) == ("done", "tide-mill", "tide-mill.opus")
    assert (tmp_path / "tide-mill" / "tide-mill.opus").exists()
    assert outcome.words > 250 and outcome.title.startswith("Volunteers bring")
    assert report.exit_code == 0
    assert report.summary().startswith(f"done: {tmp_path / 'tide-mill' / 'tide-mill.opus'} (")
