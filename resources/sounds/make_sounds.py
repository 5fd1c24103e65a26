"""Writes the bench's sounds: short 16-bit mono WAV files, each its own pattern and pitch, so a
packer tells without looking what a scan did. Run it again after changing a sound:

    python resources/sounds/make_sounds.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
# name: the notes (frequency in Hz, milliseconds; 0 Hz is a pause), loudness 0-1
SOUNDS = {
    "accepted": ([(1760, 45)], 0.35),  # a short high tick
    "next": ([(988, 70), (0, 40), (1319, 70)], 0.35),  # rising: your turn
    "order_complete": ([(1047, 90), (1319, 90), (1568, 160)], 0.45),  # C-E-G
    "shipped": ([(1568, 90), (0, 30), (2093, 220)], 0.45),  # a bright two-note chime
    "refused": ([(330, 280)], 0.6),  # a low buzz
    "wrong_item": ([(294, 150), (0, 60), (294, 150), (0, 60), (294, 150)], 0.65),  # buzz ×3
    "one_too_many": ([(440, 120), (0, 50), (220, 300)], 0.65),  # falling
    "unknown_code": ([(200, 450)], 0.6),  # one long low tone
}


def samples(notes: list[tuple[int, int]], loudness: float) -> bytes:
    frames = bytearray()
    for frequency, ms in notes:
        count = RATE * ms // 1000
        fade = min(count // 2, RATE // 200)  # 5 ms in and out: no click
        for i in range(count):
            edge = min(1.0, i / fade, (count - 1 - i) / fade) if fade else 1.0
            value = math.sin(2 * math.pi * frequency * i / RATE) if frequency else 0.0
            # a square-ish tone carries over a warehouse's noise better than a pure sine
            shaped = math.copysign(abs(value) ** 0.5, value) if frequency < 600 else value
            frames += struct.pack("<h", int(32_000 * loudness * edge * shaped))
    return bytes(frames)


def main(folder: Path = Path(__file__).parent) -> None:
    for name, (notes, loudness) in SOUNDS.items():
        with wave.open(str(folder / f"{name}.wav"), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(samples(notes, loudness))


if __name__ == "__main__":
    main()
