"""The station the kill test kills: `fulfil-desk bench` in a subprocess, its replies read on
a thread, each reply parsed into a Verdict (kill_harness.py feeds and kills it)."""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Verdict:
    ok: bool
    page: str
    order_id: int | None
    message: str

    @staticmethod
    def parse(line: str) -> Verdict:
        word, page, order, *rest = line.split(" ", 3)
        assert word in ("ok", "refused"), line
        return Verdict(word == "ok", page, None if order == "-" else int(order), " ".join(rest))


class Station:
    """`python -m fulfil_desk --db FILE|URL bench` with pipes; replies read on a thread."""

    def __init__(self, db: Path | str, *, station: str, label_dir: Path):
        command = [sys.executable, "-m", "fulfil_desk", "--db", str(db), "bench"]
        command += ["--station", station, "--labels", str(label_dir)]
        self.proc = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            if line.endswith("\n"):  # a line cut by a kill was never acknowledged
                self._lines.put(line[:-1])
        self._lines.put(None)

    def send(self, text: str) -> None:
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def reply(self, timeout: float = 60) -> Verdict | None:
        line = self._lines.get(timeout=timeout)
        return None if line is None else Verdict.parse(line)

    def scan(self, text: str) -> Verdict:
        self.send(text)
        verdict = self.reply()
        assert verdict is not None, f"the station died on {text!r}: {self.stderr()}"
        return verdict

    def kill(self) -> list[Verdict]:
        """SIGKILL; returns the replies that got out before it."""
        self.proc.kill()
        self.proc.wait()
        got = []
        while (verdict := self.reply(timeout=10)) is not None:
            got.append(verdict)
        return got

    def close(self) -> int:
        self.proc.stdin.close()
        code = self.proc.wait(timeout=60)
        self.proc.stdout.close()
        self.proc.stderr.close()
        return code

    def stderr(self) -> str:
        """What the process said on stderr, once it has ended (its stdout closes first)."""
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            return "(still running)"
        return self.proc.stderr.read()
