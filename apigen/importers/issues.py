"""Problems an importer meets, collected with the JSON path of each and raised together."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from apigen.errors import SpecError, SpecIssue


class Issues:
    """Every problem of one model, each at a JSON path (``$.shapes.Foo.members.bar``)."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.found: list[tuple[str, str, str]] = []

    def add(self, path: Iterable[str | int], message: str, file: str | None = None) -> None:
        """A problem at ``path`` of the model (or of ``file``, a file beside it)."""
        self.found.append((file or self.file, json_path(path), message))

    def unknown_keys(
        self,
        path: tuple[str | int, ...],
        raw: Mapping[str, Any],
        known: Iterable[str],
        file: str | None = None,
    ) -> None:
        """Report every key of ``raw`` the importer does not know: never drop a fact."""
        allowed = set(known)
        for key in raw:
            if key not in allowed:
                self.add((*path, key), f"the spec format cannot carry {key!r}", file)

    def raise_if_any(self) -> None:
        if self.found:
            raise SpecError(
                SpecIssue(file=file, line=None, path=path, message=message)
                for file, path, message in self.found
            )


def json_path(path: Iterable[str | int]) -> str:
    out = "$"
    for step in path:
        if isinstance(step, int):
            out += f"[{step}]"
        elif step.replace("_", "a").isalnum():
            out += f".{step}"
        else:
            out += f"[{step!r}]"
    return out
