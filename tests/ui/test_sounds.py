"""The bench's sounds: one file per cue, each a short WAV of its own, as shipped."""

from __future__ import annotations

import wave

from fulfil_desk.core.bench.outcome import Cue
from fulfil_desk.core.kernel.resources import resource_path
from fulfil_desk.ui.sounds import RecordingSpeaker, sound_of


def test_every_cue_has_a_short_wav_of_its_own():
    seen = {}
    for cue in Cue:
        path = resource_path(sound_of(cue))
        with wave.open(str(path)) as sound:
            seconds = sound.getnframes() / sound.getframerate()
            frames = sound.readframes(sound.getnframes())
        assert 0.03 < seconds < 0.8, (cue, seconds)  # felt at once, over before the next scan
        assert frames not in seen.values(), f"{cue} sounds like {seen}"
        seen[cue] = frames


def test_the_refusals_each_sound_different_from_an_accepted_scan():
    files = {cue: sound_of(cue) for cue in (Cue.WRONG_ITEM, Cue.ONE_TOO_MANY, Cue.UNKNOWN_CODE)}
    assert len(set(files.values())) == 3 and sound_of(Cue.ACCEPTED) not in files.values()


def test_a_recording_speaker_keeps_the_cues_in_order():
    speaker = RecordingSpeaker()
    speaker.play("shipped")
    speaker.play(Cue.WRONG_ITEM)
    assert speaker.played == [Cue.SHIPPED, Cue.WRONG_ITEM]
