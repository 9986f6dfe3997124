"""The espeak-ng backend: every language espeak-ng has; fast and robotic.

It drives espeak-ng through pyttsx3's ctypes bindings to libespeak-ng
(`pyttsx3.drivers._espeak`) in synchronous mode, collecting the samples in memory. pyttsx3's
engine layer on top of them is left out: it sleeps 10 ms per utterance, writes only one file
per `runAndWait`, and prints a line for every file, which for an article of a thousand
pieces costs more than the synthesis.
"""

from __future__ import annotations

import ctypes
from functools import cache
from typing import Any

import numpy as np

from listen.errors import ListenError

from .base import VoiceInfo

NORMAL_WPM = 175  # espeak-ng's own default pace
# Variants (`en-us+f3`) change the voice's character; f* are female, m* male.
VARIANTS = {**{f"f{n}": "female" for n in range(1, 6)}, **{f"m{n}": "male" for n in range(1, 8)}}
GENDERS = {1: "male", 2: "female"}


class EspeakBackend:
    name = "espeak"
    install_hint = "apt-get install espeak-ng"
    speed_class = "instant"  # over 100x real time on a 2-core CPU (BENCHMARKS.md)

    def voices(self) -> list[VoiceInfo]:
        try:
            espeak, sample_rate = _library()
        except ListenError:
            return []
        found, taken = [], set()
        for voice in espeak.ListVoices(None):
            language = voice.languages[1:].decode("utf-8", "replace") if voice.languages else ""
            name = voice.name.decode("utf-8", "replace")
            gender = GENDERS.get(voice.gender, "")
            # Most voices are named by their language; a second voice of one language by its file.
            identifier = voice.identifier.decode()  # what espeak-ng loads: "gmw/en-US"
            voice_id = identifier.lower() if language in taken else language
            taken.add(language)
            found.append(self._info(voice_id, name, language, gender, sample_rate, identifier))
            if language.startswith("en"):  # the common variants, listed for English
                for variant, variant_gender in VARIANTS.items():
                    found.append(
                        self._info(f"{voice_id}+{variant}", f"{name} ({variant})", language,
                                   variant_gender, sample_rate, f"{identifier}+{variant}")
                    )  # fmt: skip
        return found

    def _info(
        self, voice_id: str, name: str, language: str, gender: str, sample_rate: int, identifier: str
    ) -> VoiceInfo:
        return VoiceInfo(
            id=voice_id,
            name=name,
            language=language,
            backend=self.name,
            gender=gender,
            quality="robotic",
            sample_rate=sample_rate,
            path=identifier,
        )

    def load(self, info: VoiceInfo) -> EspeakVoice:
        return EspeakVoice(info)


class EspeakVoice:
    # espeak-ng's own rate, up to 2x, sounds clearer than any time-stretch of its 1x speech
    # (a speech recognizer's word error rate, benchmarks/speed_table.py).
    max_engine_rate = 2.0

    def __init__(self, info: VoiceInfo) -> None:
        self.info = info
        self._espeak, _rate = _library()
        self._chunks: list[bytes] = []
        self._words: list[tuple[int, int]] = []  # (sample, character) where each word starts
        # Keep the callback object alive as long as the voice: ctypes does not.
        self._espeak.SetSynthCallback(self._collect)

    def _collect(self, wav: int, samples: int, events: Any) -> int:
        if samples > 0:
            self._chunks.append(ctypes.string_at(wav, samples * 2))
        index = 0
        while events and events[index].type != self._espeak.EVENT_LIST_TERMINATED:
            event = events[index]
            if event.type == self._espeak.EVENT_WORD:  # text_position counts characters from 1
                self._words.append((event.sample, event.text_position - 1))
            index += 1
        return 0

    def synthesize_words(self, text: str, rate: float = 1.0) -> tuple[np.ndarray, list[tuple[int, str]]]:
        """The speech, and each word with the sample it starts at (espeak-ng's word events). A
        word runs to where the next begins, so "Twenty-one," is one word with its comma."""
        samples = self.synthesize(text, rate)
        # The events that start a word, in the text's order: espeak-ng also sends a word event at
        # position 0 mid-sentence, and one inside "most".
        events: list[tuple[int, int]] = []
        for sample, position in self._words:
            at_word_start = position == 0 or (0 < position < len(text) and not text[position - 1].isalnum())
            if at_word_start and (not events or position > events[-1][1]):
                events.append((sample, position))
        starts = [0] + [position for _, position in events[1:]] + [len(text)]  # the first word keeps an opening quote
        words = [(sample, text[start:end].strip()) for (sample, _), start, end in zip(events, starts, starts[1:])]
        return samples, [(sample, word) for sample, word in words if word]

    def synthesize(self, text: str, rate: float = 1.0) -> np.ndarray:
        espeak = self._espeak
        espeak.SetSynthCallback(self._collect)
        if espeak.SetVoiceByName(self.info.path.encode()) != espeak.EE_OK:
            raise ListenError(f"espeak-ng cannot load voice {self.info.id!r}")
        espeak.SetParameter(espeak.RATE, round(NORMAL_WPM * rate), 0)
        self._chunks, self._words = [], []
        # Plain UTF-8 text: no SSML and no [[phoneme]] input, so markup in articles is read.
        if espeak.Synth(text, flags=espeak.CHARS_UTF8) != espeak.EE_OK:
            raise ListenError(f"espeak-ng failed on: {text[:60]!r}")
        espeak.Synchronize()
        return np.frombuffer(b"".join(self._chunks), np.int16)


@cache
def _library() -> tuple[Any, int]:
    """pyttsx3's bindings to libespeak-ng, initialised once per process, and the sample rate."""
    try:
        from pyttsx3.drivers import _espeak
    except (ImportError, OSError, RuntimeError):
        raise ListenError("espeak-ng is not installed (apt-get install espeak-ng)") from None
    sample_rate = _espeak.Initialize(_espeak.AUDIO_OUTPUT_SYNCHRONOUS, 1000)
    if sample_rate <= 0:
        raise ListenError("espeak-ng failed to start (reinstall: apt-get install espeak-ng)")
    return _espeak, sample_rate
