"""Speed: 1x to 2x means what it says, keeps the voice's pitch, and stays understandable."""

from __future__ import annotations

import json

import pytest

from listen import ListenError, Settings, clean, read_source
from listen.speed import parse_speed

from .articles import write_article
from .conftest import EXAMPLE, convert_one, decoded_seconds
from .pitch import median_pitch
from .recognizer import word_error_rate, written_text

VOICES = ["espeak:en-us", "piper:en_US-joe-medium"]
SPEEDS = [1.0, 1.5, 2.0]


@pytest.mark.parametrize(
    "written, speed",
    [("1", 1.0), ("1.5", 1.5), ("1.5x", 1.5), ("2X", 2.0), (" 1.25 x ", 1.25),
     ("slow", 1.0), ("average", 1.25), ("Fast", 1.5)],
)  # fmt: skip
def test_speed_forms(written, speed):
    assert parse_speed(written) == speed


@pytest.mark.parametrize("written", ["0.9", "2.01", "3x", "quick", "", "-1.5"])
def test_speed_outside_the_range_is_refused(written):
    with pytest.raises(ListenError):
        parse_speed(written)


@pytest.fixture(scope="module")
def audio(tmp_path_factory) -> dict[tuple[str, float], object]:
    """The example article in each voice at each speed, as WAV."""
    results = {}
    for voice in VOICES:
        for speed in SPEEDS:
            out = tmp_path_factory.mktemp("speed")
            settings = Settings(voice=voice, speed=speed, audio_format="wav", output=out)
            results[voice, speed] = convert_one(EXAMPLE, settings)
    return results


@pytest.mark.parametrize("voice", VOICES)
@pytest.mark.parametrize("speed", SPEEDS[1:])
def test_duration_is_the_1x_duration_divided_by_the_speed(audio, voice, speed):
    normal = decoded_seconds(audio[voice, 1.0])
    faster = decoded_seconds(audio[voice, speed])
    assert normal / faster == pytest.approx(speed, rel=0.03)


def silent_seconds(path) -> float:
    """How long the audio is silent between sounds (stretches of 150 ms or more), as decoded."""
    from pydub import AudioSegment
    from pydub.silence import detect_silence

    spans = detect_silence(AudioSegment.from_file(path), min_silence_len=150, silence_thresh=-50)
    return sum(end - start for start, end in spans) / 1000


def test_at_2x_the_pauses_are_shortened_more_than_the_speech(audio):
    """As a podcast player's smart speed does: at 2x the silence between Piper's sentences lasts
    well under half its 1x length, so the speech is stretched less than 2x, and the whole still
    lasts half its 1x time."""
    normal, faster = audio["piper:en_US-joe-medium", 1.0], audio["piper:en_US-joe-medium", 2.0]
    pauses = silent_seconds(normal), silent_seconds(faster)
    speech = decoded_seconds(normal) - pauses[0], decoded_seconds(faster) - pauses[1]
    assert pauses[1] < pauses[0] / 2.25
    assert speech[1] > speech[0] / 1.97


@pytest.mark.parametrize("voice", VOICES)
def test_pitch_at_2x_stays_the_voices_own(audio, voice):
    normal, faster = median_pitch(audio[voice, 1.0]), median_pitch(audio[voice, 2.0])
    assert faster == pytest.approx(normal, rel=0.10)


@pytest.mark.slow
@pytest.mark.parametrize("voice", ["piper:en_US-joe-medium"])
def test_2x_is_still_understood(tmp_path, voice):
    """On 1,600 words of real articles. Piper's voice varies from one rendering to the next (its
    noise inputs): on 800 words one misheard stretch moved the 2x error rate from 0.19 to 0.30 once
    in five runs, and on 1,600 words a fresh-clone run once measured +0.135 where four runs here
    gave +0.046 to +0.076. So a 2x rendering that misses is rendered once more; two that miss fail.

        espeak-ng at 2x is not understood by Whisper tiny.en whatever the method (engine rate,
        atempo, rubberband, sonic): that is the engine, measured by benchmarks/speed_table.py and
        said in the README, not gated here."""
    article = write_article(tmp_path / "long.md", 1600)
    text = written_text(clean(read_source(str(article), 10**7)))

    def error_rate(speed: float, attempt: int = 0) -> float:
        settings = Settings(voice=voice, speed=speed, audio_format="wav", output=tmp_path / f"{speed}-{attempt}")
        return word_error_rate(text, convert_one(article, settings))

    normal = error_rate(1.0)
    fast = error_rate(2.0)
    if fast > normal + 0.10:
        fast = min(fast, error_rate(2.0, attempt=1))
    assert fast <= normal + 0.10


def test_summary_and_tags_state_speed_and_words_per_minute(audio):
    path = audio["espeak:en-us", 1.5]
    article = json.loads((path.parent / "article.json").read_text())
    wpm = round(article["words"] / article["duration"] * 60)
    assert (article["voice"], article["speed"]) == ("espeak:en-us", "1.5x")
    assert 250 < wpm < 270  # 175 words a minute at 1x
    import mutagen

    tags = mutagen.File(path).tags
    assert str(tags["TXXX:speed"]) == "1.5x"
    assert str(tags["TXXX:words_per_minute"]) == str(wpm)
