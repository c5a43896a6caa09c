"""Imports as records: collected per file, deduplicated and sorted here, never by a linter."""

from __future__ import annotations

from collections import defaultdict

from apigen.views.layout import from_import

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
    """``import module`` and ``from module import name`` records, printed isort-style:
    sections in order, in each the ``import`` lines first, then the ``from`` lines, sorted."""

    def __init__(self) -> None:
        self._names: dict[str, set[str]] = defaultdict(set)
        self._modules: set[str] = set()

    def add(self, module: str, name: str) -> None:
        self._names[module].add(name)

    def add_module(self, module: str) -> None:
        """``import module`` (an absolute module: its name is what the code uses)."""
        self._modules.add(module)

    def lines(self, indent: int = 0) -> tuple[str, ...]:
        """The import lines, laid out as black does at ``indent`` levels."""
        out: list[str] = []
        for section in _SECTIONS:
            plain = sorted(m for m in self._modules if _section(m) == section)
            modules = sorted(m for m in self._names if _section(m) == section)
            if not modules and not plain:
                continue
            if out:
                out.append("")
            out.extend(f"import {module}" for module in plain)
            for module in modules:
                out.append(from_import(module, sorted(self._names[module]), indent))
        return tuple(out)
