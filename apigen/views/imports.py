"""Imports as records: collected per file, deduplicated and sorted here, never by a linter."""

from __future__ import annotations

from collections import defaultdict

_SECTIONS = ("future", "stdlib", "third_party", "local")
_STDLIB = frozenset(
    {"typing", "datetime", "enum", "collections", "collections.abc", "uuid", "dataclasses"}
)


def _section(module: str) -> str:
    if module == "__future__":
        return "future"
    if module.startswith("."):
        return "local"
    if module.split(".")[0] in _STDLIB or module in _STDLIB:
        return "stdlib"
    return "third_party"


class ImportSet:
    """``from module import name`` records, printed isort-style (sections, sorted)."""

    def __init__(self) -> None:
        self._names: dict[str, set[str]] = defaultdict(set)

    def add(self, module: str, name: str) -> None:
        self._names[module].add(name)

    def lines(self) -> tuple[str, ...]:
        out: list[str] = []
        for section in _SECTIONS:
            modules = sorted(m for m in self._names if _section(m) == section)
            if not modules:
                continue
            if out:
                out.append("")
            for module in modules:
                names = ", ".join(sorted(self._names[module]))
                out.append(f"from {module} import {names}")
        return tuple(out)
