"""What the bench sounds like: one short WAV per cue (resources/sounds), so a packer hears
what a scan did without looking: a wrong item, one too many, an unknown code, the order
complete, shipped.

`Speaker` plays them through QtMultimedia's QSoundEffect, loaded with the first sound (not at
start); where there is no audio output it falls back to the system beep for refusals. Tests
give the window a `RecordingSpeaker` instead: the choice of sound is what they check.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

from fulfil_desk.core.bench.outcome import REFUSALS, Cue
from fulfil_desk.core.kernel.resources import resource_path

if TYPE_CHECKING:  # QtMultimedia is imported with the first sound: it may be missing
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger("fulfil_desk")
SOUND_FILES = {cue: f"sounds/{cue.value}.wav" for cue in Cue}


def sound_of(cue: Cue) -> str:
    """The resource file played for `cue`."""
    return SOUND_FILES[Cue(cue)]


class Speaks(Protocol):
    def play(self, cue: Cue) -> None: ...


class Speaker:
    """QSoundEffect per sound, made when first played; muted: nothing at all."""

    def __init__(self, *, muted: bool = False):
        self.muted = muted
        self._effects: dict[Cue, QSoundEffect] = {}
        self._broken = False

    def play(self, cue: Cue) -> None:
        if self.muted:
            return
        if self._broken:
            if cue in REFUSALS:
                QApplication.beep()
            return
        try:
            effect = self._effects.get(cue) or self._load(cue)
            effect.play()
        except (ImportError, RuntimeError, OSError) as exc:  # no QtMultimedia, no device
            log.warning("sound off, beeping instead: %s", exc)
            self._broken = True
            self.play(cue)

    def _load(self, cue: Cue) -> QSoundEffect:
        from PySide6.QtMultimedia import QSoundEffect

        effect = QSoundEffect()
        effect.statusChanged.connect(lambda: self._check(effect))
        effect.setSource(QUrl.fromLocalFile(str(resource_path(sound_of(cue)))))
        effect.setVolume(0.9)
        self._effects[cue] = effect
        return effect

    def _check(self, effect: QSoundEffect) -> None:
        """A sound the audio device cannot play (no device, no sound server): beeps from now."""
        if effect.status() == effect.Status.Error and not self._broken:
            log.warning("sound off, beeping instead: %s cannot be played", effect.source())
            self._broken = True


class RecordingSpeaker:
    """Plays nothing; remembers which cue each verdict chose (for tests and benchmarks)."""

    def __init__(self):
        self.played: list[Cue] = []

    def play(self, cue: Cue) -> None:
        self.played.append(Cue(cue))
