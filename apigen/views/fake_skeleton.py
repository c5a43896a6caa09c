"""Values for the members of a record or output no request sets (``FakeResource.skeleton``,
``FakeOperation.skeleton``): each valid as its member's schema, drawn at generation time.

The required members of a structure (and the ones the server makes: ``readOnly``, but a
deletion time) get: an enum's first value, a number's first in its range, ``False``, a
string that fits (``fake_values.fitting_string``), ``"$now"`` for a timestamp (the
handler's time), a map of its fewest entries (none, else distinct keys that fit), a
list of its fewest items (a tuple, ``prefixItems``: one per position), a structure's own
skeleton, a union's first variant; none of them a value the member's ``not`` refuses (the
next candidate then). A value nothing fits is left out and named in ``problems``
("Shape.member: why"), which the plan reports as the reason an operation whose output
needs it answers 501.
"""

from __future__ import annotations

import math

from apigen import ir, naming
from apigen.views.fake_values import excluded_by, fitting_string

_DEPTH = 4
_INTEGERS = (
    ir.ShapeType.INTEGER,
    ir.ShapeType.LONG,
    ir.ShapeType.SHORT,
    ir.ShapeType.BYTE,
    ir.ShapeType.BIG_INTEGER,
)
_NUMBERS = (ir.ShapeType.FLOAT, ir.ShapeType.DOUBLE, ir.ShapeType.BIG_DECIMAL)


class _Unfilled(Exception):
    pass


class _Left(Exception):
    """A union a record leaves out (the create input's variant would merge into it)."""


class Skeleton:
    def __init__(self, service: ir.Service) -> None:
        self.service = service
        self.problems: list[str] = []
        self._unions = True

    def take_problems(self) -> list[str]:
        found, self.problems = self.problems, []
        return found

    def values(
        self,
        shape: ir.Shape,
        names: set[str],
        force: frozenset[str] = frozenset(),
        unions: bool = True,
    ) -> dict[str, object]:
        """Values for the wanted members of ``shape`` among ``names`` (``force``: wanted
        too); a member nothing fits is left out and noted in ``problems``. Without
        ``unions`` (a record's: a request sets them), members holding a union are left out."""
        self._unions = unions
        out: dict[str, object] = {}
        for member in shape.members:
            if member.name not in names or not self._wanted(member, force):
                continue
            try:
                out[naming.snake(member.name)] = self.value(member, 0)
            except _Unfilled as exc:
                self.problems.append(f"{shape.name}.{member.name}: {exc}")
            except _Left:
                pass
        return out

    @staticmethod
    def _wanted(member: ir.Member, force: frozenset[str] = frozenset()) -> bool:
        server_made = member.read_only and "delet" not in member.name.lower()
        return member.required or member.name in force or server_made

    def structure(self, shape: ir.Shape, depth: int) -> dict[str, object]:
        out: dict[str, object] = {}
        for member in shape.members:
            if self._wanted(member):
                try:
                    out[naming.snake(member.name)] = self.value(member, depth + 1)
                except _Unfilled as exc:
                    raise _Unfilled(f"{member.name}: {exc}") from None
                except _Left:
                    pass
        return out

    def value(self, member: ir.Member, depth: int) -> object:
        """A value valid as ``member``'s schema (``_Unfilled``: none found)."""
        if depth > _DEPTH:
            raise _Unfilled(f"required members nest deeper than {_DEPTH}")
        shape = self.service.shape(member.target)
        constraints = member.constraints.merged_over(shape.constraints)
        for value in self._candidates(member, shape, constraints, depth):
            if not excluded_by(value, constraints.excluded):
                return value
        raise _Unfilled("every candidate value is one its 'not' refuses")

    def _candidates(
        self, member: ir.Member, shape: ir.Shape, constraints: ir.Constraints, depth: int
    ) -> list[object]:
        kind = shape.type
        if kind in (ir.ShapeType.ENUM, ir.ShapeType.INT_ENUM):
            return [v.value for v in shape.enum_values]
        if kind is ir.ShapeType.STRING:
            return [fitting_string(self.service, member)]
        if kind in _INTEGERS or kind in _NUMBERS:
            return _numbers(constraints.range, kind in _INTEGERS)
        if kind is ir.ShapeType.BOOLEAN:
            return [False, True]
        if kind is ir.ShapeType.TIMESTAMP:
            return ["$now"]
        if kind is ir.ShapeType.BLOB:
            low = constraints.length.min if constraints.length and constraints.length.min else 0
            return ["a" * low]
        if kind is ir.ShapeType.DOCUMENT:
            return [""]
        if kind is ir.ShapeType.MAP:
            return [self._map(shape, constraints, depth)]
        if kind is ir.ShapeType.LIST:
            return [self._list(shape, constraints, depth)]
        if kind is ir.ShapeType.UNION or shape.untagged:
            if not self._unions:
                raise _Left
            return [self._variant(shape, depth)]
        return [self.structure(shape, depth)]

    def _list(self, shape: ir.Shape, constraints: ir.Constraints, depth: int) -> list[object]:
        """The fewest items: one per tuple position (``prefixItems``), then element values
        up to ``minItems``."""
        length = constraints.length
        low = length.min if length and length.min else 0
        items = [self.value(m, depth + 1) for m in shape.prefix]
        while len(items) < low:
            items.append(self.value(shape.member, depth + 1))
        if length and length.max is not None and len(items) > length.max:
            raise _Unfilled(f"a tuple of {len(shape.prefix)} positions has maxItems below")
        return items

    def _map(self, shape: ir.Shape, constraints: ir.Constraints, depth: int) -> dict[str, object]:
        """The fewest entries: none, else (``minProperties``, botocore's ``min``) one per
        distinct key a key's enum gives, or the one key that fits (HealthLake's
        ``ProfileMapping``, at least one entry)."""
        length = constraints.length
        low = length.min if length and length.min else 0
        if not low:
            return {}
        key_shape = self.service.shape(shape.key.target)
        keys = [str(v.value) for v in key_shape.enum_values] or [
            str(self.value(shape.key, depth + 1))
        ]
        if len(keys) < low:
            raise _Unfilled(f"a map of at least {low} entries, with {len(keys)} distinct keys")
        return {key: self.value(shape.value, depth + 1) for key in keys[:low]}

    def _variant(self, shape: ir.Shape, depth: int) -> object:
        """A union's first variant: its value alone (untagged), with the discriminator
        (OpenAPI oneOf), else as the one member set (Smithy)."""
        if not shape.members:
            raise _Unfilled("a union without variants")
        member = shape.members[0]
        value = self.value(member, depth + 1)
        if shape.untagged:
            return value
        if shape.discriminator and isinstance(value, dict):
            return {**value, naming.snake(shape.discriminator): member.name}
        return {naming.snake(member.name): value}


def _numbers(bounds: ir.Range | None, integer: bool) -> list[object]:
    """0, else the nearest bound, and the next few values inside the range."""
    low = bounds.min if bounds and bounds.min is not None else None
    high = bounds.max if bounds and bounds.max is not None else None
    start: float = 0
    if low is not None and start < low:
        start = low
    if high is not None and start > high:
        start = high
    if integer:
        start = math.ceil(start) if low is not None and start == low else math.floor(start)
    out: list[object] = []
    for step in range(4):
        value = start + step
        if high is not None and value > high:
            break
        out.append(int(value) if integer else float(value))
    return out or [int(start) if integer else float(start)]
