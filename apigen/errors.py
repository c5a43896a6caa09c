"""Errors are data: every problem in a spec is a ``SpecIssue`` naming file, line and field.

Front ends collect every issue they find and raise one ``SpecError`` carrying them all, so a
user fixes a spec in one pass instead of one error per run.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, kw_only=True, slots=True)
class SpecIssue:
    """One problem: ``file:line: path.to.field: message``."""

    file: str
    line: int | None
    path: str
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        field = f" {self.path}:" if self.path else ""
        return f"{where}:{field} {self.message}"


class SpecError(Exception):
    """One or more problems in spec files; nothing is generated when this is raised."""

    def __init__(self, issues: Iterable[SpecIssue]) -> None:
        self.issues = tuple(sorted(issues, key=lambda i: (i.file, i.line or 0, i.path)))
        super().__init__("\n".join(str(i) for i in self.issues))


def display_path(path: Path) -> str:
    """A path as users typed it: relative to the working directory when below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
