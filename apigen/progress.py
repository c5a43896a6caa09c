"""Progress of a long run: a line redrawn in place on a terminal, nothing otherwise.

``apigen generate`` reports each phase (read, render, format, write) with a count and the
spec at hand; on a terminal (stderr is a TTY) that is one status line redrawn in place and
erased at the end, elsewhere (CI logs, pipes) nothing, since the command prints one summary
line when it is done. ``--quiet`` silences both. The phases are reported by the pipeline
through the ``Progress`` protocol, so the pipeline never knows where the text goes.
"""

from __future__ import annotations

import sys
from typing import Protocol, TextIO


class Progress(Protocol):
    def step(self, phase: str, done: int, total: int, item: str = "") -> None:
        """``done`` of ``total`` items of ``phase`` are finished; ``item`` is the next one."""

    def close(self) -> None:
        """The run is over: leave the terminal as it was."""


class NoProgress:
    """Reports nothing (not a terminal, or ``--quiet``)."""

    def step(self, phase: str, done: int, total: int, item: str = "") -> None:
        return

    def close(self) -> None:
        return


class TerminalProgress:
    """One status line, ``generate: render 2/5 glue.yaml [#####.....]``, redrawn in place."""

    WIDTH = 20

    def __init__(self, stream: TextIO, command: str = "generate") -> None:
        self.stream = stream
        self.command = command
        self.drawn = False

    def step(self, phase: str, done: int, total: int, item: str = "") -> None:
        filled = self.WIDTH * done // total if total else self.WIDTH
        bar = "#" * filled + "." * (self.WIDTH - filled)
        text = f"{self.command}: {phase} {done}/{total} [{bar}] {item}".rstrip()
        self.stream.write(f"\r\x1b[K{text}")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.drawn = False


def progress_for(quiet: bool, stream: TextIO | None = None) -> Progress:
    """A terminal's progress line, or nothing when quiet or not writing to a terminal."""
    stream = stream if stream is not None else sys.stderr
    if quiet or not stream.isatty():
        return NoProgress()
    return TerminalProgress(stream)
