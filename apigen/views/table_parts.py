"""Which part module holds each entry of a big operation table (``operations.py``'s tables).

A table of up to ``PART_ABOVE`` records stays in ``operations.py``. A bigger one (ec2: 830
operations and 3,116 XML structures, 2 MB of bytecode that every first call would load) is
cut into ``_tables/<table>_NN.py`` modules, each a ``BUILDERS`` dict, that the runtime imports
when a key of theirs is first read (``core.tables.TableParts``):

- the number of parts is the power of two that leaves at most ``PART_SIZE`` records a part
  on average, and a key's part is the CRC-32 of its text modulo that number: regenerating
  after a spec gains or loses an operation moves no other entry (until the number of parts
  doubles), so the diff of a vendored package stays the entries that changed;
- each part imports only the names its own records use (the records are built by the
  table's own builder, so the names are what that builder reports for them).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from apigen.views.imports import ImportSet
from apigen.views.records import RecordView
from apigen.views.types import Import

PART_ABOVE = 128
"""Most records a table keeps in ``operations.py`` itself."""
PART_SIZE = 64
"""Records a part holds on average, at most (the part count is a power of two)."""
PACKAGE = "_tables"
"""The service subpackage of the parts."""
PART_TEMPLATE = "{package}/{service}/_tables/{part}.py.jinja"
INIT_TEMPLATE = "{package}/{service}/_tables/__init__.py.jinja"


@dataclass(frozen=True, kw_only=True, slots=True)
class TablesInitView:
    """``_tables/__init__.py``: its docstring only."""

    doc: str


@dataclass(frozen=True, kw_only=True, slots=True)
class TablePartView:
    """One part module: its records (in table order) and the import lines they need."""

    module: str  # "operations_03", in ``PACKAGE``
    doc: str
    imports: tuple[str, ...]
    records: tuple[RecordView, ...]


def part_count(size: int) -> int:
    """How many parts a table of ``size`` records gets (1: it is not cut)."""
    if size <= PART_ABOVE:
        return 1
    count = 1
    while size > count * PART_SIZE:
        count *= 2
    return count


def part_of(key: str, count: int) -> int:
    """The part of ``key`` (the table's key text, unquoted) among ``count`` parts."""
    return zlib.crc32(key.encode("utf-8")) % count


def split(keys: Sequence[str]) -> list[list[str]]:
    """``keys`` (in table order) grouped by part, each group in table order, a part no key
    falls in empty; [] when the table is not cut."""
    count = part_count(len(keys))
    if count == 1:
        return []
    groups: list[list[str]] = [[] for _ in range(count)]
    for key in keys:
        groups[part_of(key, count)].append(key)
    return groups


def module_name(table: str, part: int, count: int) -> str:
    """``operations_03``: zero-padded to the width of the largest part number."""
    return f"{table}_{part:0{len(str(count - 1))}d}"


def parts(
    table: str,
    keys: Sequence[str],
    build: Callable[[str], tuple[RecordView, Iterable[Import]]],
    doc: Callable[[int, int], str],
) -> tuple[dict[str, str], tuple[TablePartView, ...]]:
    """``(key → part module, part views)`` of one table, or ``({}, ())`` when it stays whole.

    ``build(key)`` gives a key's record and the ``(module, name)`` imports it needs (relative
    to a part module); ``doc(n, count)`` the part's docstring."""
    groups = split(keys)
    where: dict[str, str] = {}
    views: list[TablePartView] = []
    for number, group in enumerate(groups):
        if not group:
            continue
        name = module_name(table, number, len(groups))
        records: list[RecordView] = []
        imports = ImportSet()
        imports.add("__future__", "annotations")
        for key in group:
            record, needs = build(key)
            records.append(record)
            for module, imported in needs:
                imports.add(module, imported)
            where[key] = name
        views.append(
            TablePartView(
                module=name,
                doc=doc(number, len(groups)),
                imports=imports.lines(),
                records=tuple(records),
            )
        )
    return where, tuple(views)
