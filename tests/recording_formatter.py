"""Test support: a formatter that leaves modules as rendered and keeps each text handed to it,
so a test can give the same texts to black (``output.formatting.Formatter``) itself."""

from __future__ import annotations

from apigen.output.formatting import Formatted, Unformatted


class Recording(Unformatted):
    """Leaves modules as rendered; ``sources``: every text submitted, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.sources: list[str] = []

    def submit(self, source: str) -> Formatted:
        self.sources.append(source)
        return super().submit(source)
