"""A read-only mapping whose values are built on first lookup: a service's operation table.

A generated ``operations.py`` gives ``ServiceSpec.operations`` and ``ServiceSpec.errors`` as
``LazyTable``s of zero-argument builders, so importing it names no shape class: a record
(and the shape classes it holds, imported from the ``shapes`` package on that first
lookup) is built when a call, a parse or a server first asks for it, then kept. Keys,
``len`` and ``in`` need no build; iterating values or items builds each record once.
``ServiceSpec.xml`` is one too (ec2's 3,116 ``XmlStructure`` records, of which a call
reads the few its input and output reach).

A big table's builders are not in ``operations.py`` at all but in part modules beside it
(``_tables/operations_03.py``: a ``BUILDERS`` dict each), given as ``TableParts``: the key's
part is imported on the first lookup of a key of its, so a call loads the builders of a
few dozen records, not ec2's 4,000 (2 MB of bytecode, ~15 ms).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from importlib import import_module
from typing import TypeVar

V = TypeVar("V")

__all__ = ["LazyTable", "TableParts"]


class TableParts(Mapping[str, Callable[[], V]]):
    """``key → builder`` where each key's builder is in a part module: ``where`` maps a key
    to its module's name in ``package``, whose ``BUILDERS`` dict holds the builder. Keys,
    ``len`` and ``in`` import nothing; a part is imported when one of its keys is read."""

    __slots__ = ("_package", "_where")

    def __init__(self, package: str, where: Mapping[str, str]) -> None:
        self._package = package
        self._where = where

    def __getitem__(self, key: str) -> Callable[[], V]:
        part = import_module(f"{self._package}.{self._where[key]}")
        builders: Mapping[str, Callable[[], V]] = part.BUILDERS
        return builders[key]

    def __contains__(self, key: object) -> bool:
        return key in self._where

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)


class LazyTable(Mapping[str, V]):
    """``key → builder()``, each builder called at most once per key that is read; the
    builders are the mapping given (a dict, or ``TableParts``), not a copy of it.

    Two threads reading a key for the first time may both build it; the first value stored
    is the one every reader gets (``dict.setdefault`` is atomic)."""

    __slots__ = ("_builders", "_built")

    def __init__(self, builders: Mapping[str, Callable[[], V]]) -> None:
        self._builders = builders
        self._built: dict[str, V] = {}

    def __getitem__(self, key: str) -> V:
        try:
            return self._built[key]
        except KeyError:
            pass
        value = self._builders[key]()  # an unknown key raises KeyError, as a dict does
        return self._built.setdefault(key, value)

    def __contains__(self, key: object) -> bool:
        return key in self._builders

    def __iter__(self) -> Iterator[str]:
        return iter(self._builders)

    def __len__(self) -> int:
        return len(self._builders)

    def __repr__(self) -> str:
        return f"LazyTable({len(self._builders)} entries, {len(self._built)} built)"
