"""The Kokoro backend: the real Kokoro-82M model and voices the `kokoro` extra installs, heard
by a real speech recognizer; voice archives of the user's own, good and hostile."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from cli import main
from listen import Settings
from listen.pipeline import prepare_article
from tests.recognizer import word_error_rate

from .conftest import decoded_seconds, kokoro_style

LISTEN = str(Path(sys.executable).with_name("listen"))
PACKAGED = ["jf_alpha", "jf_gongitsune", "jf_nezumi", "jf_tebukuro", "jm_kumo"]
ARTICLE = """# The ferry runs again

The river ferry carried its first passengers in three years on Monday morning.

Twelve people crossed in the fog, and the captain rang the bell twice when they landed.
"""


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "ferry.md"
    path.write_text(ARTICLE)
    return path


def test_kokoro_speaks_an_article_a_listener_understands_at_1x_and_2x(runner, tmp_path, article):
    heard, seconds = {}, {}
    for speed in ("1", "2"):
        out = tmp_path / speed
        result = runner.invoke(main, ["convert", str(article), "-o", str(out), "--voice", "kokoro:jm_kumo",
                                      "--speed", speed, "--format", "wav"])  # fmt: skip
        assert result.exit_code == 0, result.output
        audio = out / "ferry" / "ferry.wav"
        heard[speed] = word_error_rate(ARTICLE.replace("#", ""), audio)
        seconds[speed] = decoded_seconds(audio, 24000)
    assert heard["1"] <= 0.15 and heard["2"] <= heard["1"] + 0.10, heard
    assert seconds["1"] / seconds["2"] == pytest.approx(2.0, rel=0.03)


def test_a_long_sentence_takes_bounded_memory_and_does_not_leave_kokoro_holding_it():
    """The model's working memory grows with its input: this 75-word sentence took 721 MB in one
    pass, so two batch workers speaking long sentences at once made a batch's peak grow with its
    articles; it is spoken in parts now (voices/kokoro.py). And ONNX Runtime kept the working
    memory of the longest sentence spoken so far, for the rest of a worker's life (608 MB for 64
    words; voices/onnx.py)."""
    import threading
    import time

    import psutil

    from voices.registry import find_voice, load_voice

    voice = load_voice(find_voice("kokoro:jm_kumo"))
    process = psutil.Process()
    voice.synthesize("The ferry runs again.")
    before = process.memory_info().rss
    peak, speaking = before, True

    def sample() -> None:
        nonlocal peak
        while speaking:
            peak = max(peak, process.memory_info().rss)
            time.sleep(0.005)

    sampler = threading.Thread(target=sample)
    sampler.start()
    clause = "the river ferry carried its first passengers in three years on Monday morning, in the fog"
    try:
        assert len(voice.synthesize(" ".join([clause] * 5) + ".")) > 0
    finally:
        speaking = False
        sampler.join()
    assert peak - before < 450e6
    voice.synthesize("The ferry runs again.")
    assert process.memory_info().rss - before < 100e6


def test_a_clause_too_long_for_one_part_is_cut_where_a_phrase_starts():
    """The words the model gets are all the sentence's, in order, in parts it can take; a cut
    inside a clause falls before a word that opens a phrase ("and", "because"), not wherever
    the parts come out even."""
    from kokoro_onnx.chunker import split_phonemes

    from voices import kokoro
    from voices.registry import find_voice, load_voice

    model = load_voice(find_voice("kokoro:jm_kumo"))._model  # type: ignore[attr-defined]
    openers = kokoro.phrase_openers(model, "en-us")
    sentence = (
        "The council voted on Tuesday morning to close the old bridge to all cars and heavy lorries for the whole "
        "of the winter because engineers who looked at it last month found deep cracks in two of its stone piers"
    )
    phonemes = " ".join(model.tokenizer.phonemize(sentence, "en-us").split())
    parts = kokoro.split_into_parts(phonemes, kokoro.MAX_PHONEMES, openers)
    assert " ".join(parts).split() == phonemes.split()
    assert len(parts) > 1 and all(len(part) <= kokoro.MAX_PHONEMES for part in parts)
    assert all(part.split()[0] in openers for part in parts[1:]), parts
    even = split_phonemes(phonemes, kokoro.MAX_PHONEMES)  # where the parts come out even: not all so
    assert not all(part.split()[0] in openers for part in even[1:]), even


def test_kokoro_voices_are_listed_and_a_voice_of_the_articles_language_stays_the_default(runner):
    voices = json.loads(runner.invoke(main, ["voices", "--backend", "kokoro", "--json"]).stdout)
    assert [voice["id"] for voice in voices] == PACKAGED
    kumo = voices[-1]
    assert (kumo["language"], kumo["quality"], kumo["gender"], kumo["sample_rate"]) == (
        "en-us",
        "accented",
        "male",
        24000,
    )
    assert "es" in kumo["reads"] and "pt-br" in kumo["reads"]
    table = runner.invoke(main, ["voices"]).stdout.splitlines()
    assert table[1].split()[:2] == ["*", "piper:en_US-joe-medium"]  # Piper's own English voice, not an accent
    assert next(line for line in table if "kokoro:jm_kumo" in line).split()[-1] == "slow"
    assert "voices: kokoro: 5 voices, on the CPU" in runner.invoke(main, ["doctor"]).stdout


def test_an_archive_of_ones_own_is_listed_and_a_hostile_one_is_ignored(runner, tmp_path):
    np.savez(tmp_path / "mine.npz", af_tester=kokoro_style(), bf_other=kokoro_style())
    np.savez(tmp_path / "pickled.npz", af_evil=np.array([{"code": "os.system"}], dtype=object))
    np.savez(tmp_path / "shapes.npz", af_flat=np.zeros(10, np.float32))
    (tmp_path / "junk.npz").write_bytes(b"PK\x03\x04 not really a zip")
    with zipfile.ZipFile(tmp_path / "text.npz", "w") as archive:
        archive.writestr("af_text.npy", "hello")
    result = runner.invoke(main, ["voices", "--backend", "kokoro", "--json", "--voice-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    listed = {voice["id"]: voice for voice in json.loads(result.stdout)}
    assert sorted(listed) == sorted(["af_tester", "bf_other", *PACKAGED])
    assert (listed["af_tester"]["language"], listed["af_tester"]["quality"]) == ("en-us", "high")
    assert listed["bf_other"]["language"] == "en-gb"
    table = runner.invoke(main, ["voices", "--voice-dir", str(tmp_path)]).stdout.splitlines()
    [default] = [line.split()[1] for line in table if line.startswith("* ") and ":" in line.split()[1]]
    assert default == "kokoro:af_tester"  # an American English Kokoro voice beats Piper's medium one


def test_a_kokoro_voice_reads_the_articles_language_when_the_model_speaks_it(tmp_path):
    spanish = tmp_path / "noticia.md"
    spanish.write_text("# El transbordador vuelve\n\nEl transbordador del río llevó a sus primeros pasajeros "
                       "en tres años el lunes por la mañana, y el capitán tocó la campana dos veces.\n")  # fmt: skip
    warnings = []
    prepared = prepare_article(str(spanish), Settings(voice="kokoro:jm_kumo"), warnings.append)
    assert prepared.voice.address == "kokoro:jm_kumo" and prepared.voice.language == "es"
    assert not [event for event in warnings if "speaks" in str(event)]


def test_a_model_that_will_not_load_is_one_line_naming_it(tmp_path, article):
    (tmp_path / "kokoro-mine.onnx").write_bytes(b"not a model")
    result = subprocess.run([LISTEN, "convert", str(article), "-o", str(tmp_path / "out"), "--voice", "kokoro:jm_kumo",
                             "--voice-dir", str(tmp_path)], capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("Error: ") and f"model {tmp_path / 'kokoro-mine.onnx'}" in result.stderr
    assert not (tmp_path / "out" / "ferry").exists()
