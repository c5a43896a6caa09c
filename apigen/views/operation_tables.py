"""The tables of an operations module (operations, errors, XML names), inline or in parts.

A table small enough stays in ``operations.py``, its records printed by the module's
builder. A big one goes into part modules (``views/table_parts.py``): each record is then
printed by a builder of its own, so a part imports what its records use, and no more.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Generic, Protocol, TypeVar

from apigen import ir
from apigen.views.docs import docstring
from apigen.views.literals import literal
from apigen.views.records import RecordView
from apigen.views.table_parts import (
    INIT_TEMPLATE,
    PACKAGE,
    PART_TEMPLATE,
    TablesInitView,
    part_count,
    parts,
)
from apigen.views.types import Import


class Uses(Protocol):
    """What a builder's printed records use (``operations.py``'s builder records it)."""

    schema_names: set[str]
    uses_empty: bool
    uses_envelope: bool
    uses_shapes: bool
    uses_errors: bool


B = TypeVar("B", bound=Uses)


def _part_needs(builder: Uses) -> list[Import]:
    """The imports of the records ``builder`` printed, from a part module (``_tables/``, one
    level below ``operations.py``)."""
    needs: list[Import] = [
        ("..._runtime.core.schema", name) for name in builder.schema_names - {"ServiceSpec"}
    ]
    if builder.uses_empty:
        needs.append(("..._runtime.core.model", "Empty"))
    if builder.uses_envelope:
        needs.append(("..._runtime.core.envelope", "ErrorEnvelope"))
    if builder.uses_shapes:
        needs.append(("..", "shapes"))
    if builder.uses_errors:
        needs.append(("..", "errors"))
    return needs


def _xml_needs(record: RecordView) -> list[Import]:
    needs: list[Import] = [("..._runtime.core.xml_names", "XmlStructure")]
    if any(arg.startswith("members=") for arg in record.args):
        needs.append(("..._runtime.core.xml_names", "XmlNode"))
    return needs


class Tables(Generic[B]):
    """Each table inline (records built by the module's builder) or in parts (each part's
    records by a builder of its own, made by ``make``, whose uses give the part's imports)."""

    def __init__(self, service: ir.Service, builder: B, make: Callable[[ir.Service], B]) -> None:
        self.service = service
        self.builder = builder
        self.make = make
        self.companions: list[tuple[str, str, object]] = []

    def table(
        self, table: str, keys: list[str], build: Callable[[B, str], RecordView]
    ) -> tuple[tuple[RecordView, ...], tuple[tuple[str, str], ...]]:
        """(inline records, ()) or ((), (key literal, part module) pairs)."""
        if part_count(len(keys)) == 1:
            return tuple(build(self.builder, key) for key in keys), ()

        def one(key: str) -> tuple[RecordView, list[Import]]:
            own = self.make(self.service)
            record = replace(build(own, key), depth=2)
            return record, _xml_needs(record) if table == "xml" else _part_needs(own)

        where, views = parts(table, keys, one, self.part_doc(table))
        if not self.companions:
            doc = docstring(
                f"The big operation tables of {self.service.title}, in parts that ``operations.py`` "
                "imports on the first lookup of one of their keys.",
                indent=0,
            )
            init = TablesInitView(doc=doc)
            self.companions.append((f"{PACKAGE}/__init__.py", INIT_TEMPLATE, init))
        for view in views:
            self.companions.append((f"{PACKAGE}/{view.module}.py", PART_TEMPLATE, view))
        return (), tuple((literal(key), where[key]) for key in keys)

    def part_doc(self, table: str) -> Callable[[int, int], str]:
        def doc(number: int, count: int) -> str:
            return docstring(
                f"Part {number} (of 0-{count - 1}) of the {table} table of {self.service.title}: the "
                "builders ``operations.py`` imports on the first lookup of one of their keys.",
                indent=0,
            )

        return doc
