"""Valid sample values for a service's members, built from its IR (constraints included)."""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime
from typing import Any

from apigen import ir, naming
from apigen.regex_sample import strings
from apigen.regex_translate import to_python

_CANDIDATES = (
    "a",
    "abc",
    "ab-1",
    "A1",
    "name1",
    "VALUE",
    "10:30",
    "Mon:10:30",
    "https://example.com/x",
    "arn:aws:iam::123456789012:role/r",
    "arn:aws:iam::123456789012:instance-profile/p",
    "arn:aws:secretsmanager:us-east-1:123456789012:secret:s",
    "arn:aws:acm:us-east-1:123456789012:certificate/c",
    "arn:aws:emr-containers:us-east-1:123456789012:/virtualclusters/abc",
    "arn:aws:emr-containers:us-east-1:123456789012:/virtualclusters/abc/jobruns/def",
    "arn:aws:emr-containers:us-east-1:123456789012:/virtualclusters/abc/endpoints/def",
    "arn:aws:kafkaconnect:us-east-1:123456789012:connector/c/1",
    "s3://bucket/key",
    "123456789012",
    "default",
    "Average",
    "arn:aws:kms:us-east-1:123456789012:key/abc-123",
    "arn:aws:cloudwatch:us-east-1:123456789012:dataset/default",
    "10.0.0.0/16",
    "arn:aws:sqs:us-east-1:123456789012:queue1",
    "123e4567-e89b-12d3-a456-426614174000",
    "2024-01-02",
    "user@example.com",
)
WHEN = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)


def _in_region(text: str) -> tuple[str, ...]:
    """A built ARN with a region, where the pattern lets it have one: an ARN whose region a
    ``.*`` left empty is no ARN to endpoint rules (Kinesis' ``StreamARN``: "Invalid ARN")."""
    parts = text.split(":", 5)
    if len(parts) < 6 or parts[0] != "arn" or parts[3] == "us-east-1":
        return ()
    return (":".join([*parts[:3], "us-east-1", *parts[4:]]),)


def sample_string(constraints: ir.Constraints, where: str, skip: int = 0) -> str:
    """The first candidate that fits (``skip``: the one after that many fitting ones).

    Hand-picked candidates first (readable), then strings built from the pattern itself."""
    low = constraints.length.min if constraints.length and constraints.length.min else 0
    high = (
        constraints.length.max
        if constraints.length and constraints.length.max is not None
        else 10_000
    )
    python = to_python(constraints.pattern) if constraints.pattern else None
    pattern = re.compile(python) if python else None
    built = strings(python, (0, 1, 4, 16, 64, low)) if python else iter(())
    last: str | None = None
    for text in (*_CANDIDATES, *built):
        for candidate in dict.fromkeys((*_in_region(text), text, text.ljust(low, "a"))):
            if low <= len(candidate) <= high and (pattern is None or pattern.search(candidate)):
                if skip == 0:
                    return candidate
                skip, last = skip - 1, candidate
    if last is not None:  # fewer fitting candidates than asked: the last one
        return last
    if low == 0 and (pattern is None or pattern.search("")):  # nothing but the empty string
        return ""  # (Image Builder's ``noDevice``: at most 0 characters)
    raise AssertionError(f"no sample string for {where} ({constraints})")


class Samples:
    """Valid values of a service's members, as Python-named dicts pydantic validates."""

    def __init__(self, service: ir.Service) -> None:
        self.service = service
        self._depths: dict[str, float] = {}

    def value(self, member: ir.Member, depth: int = 0, nth: int = 0) -> Any:
        """``nth``: a value different from the first ``nth`` ones (for ``uniqueItems``)."""
        shape = self.service.shapes[member.target]
        kind = shape.type
        constraints = member.constraints
        if kind is ir.ShapeType.STRING:
            excluded = constraints.excluded.values if constraints.excluded else ()
            text = sample_string(constraints, member.id, nth)
            while text in excluded:  # a `not: {enum: ...}` value: the next sample
                nth += 1
                text = sample_string(constraints, member.id, nth)
            return text
        if kind in (ir.ShapeType.ENUM, ir.ShapeType.INT_ENUM):
            return shape.enum_values[0].value
        if kind in (
            ir.ShapeType.INTEGER,
            ir.ShapeType.LONG,
            ir.ShapeType.SHORT,
            ir.ShapeType.BYTE,
            ir.ShapeType.BIG_INTEGER,
        ):
            low = (
                constraints.range.min
                if constraints.range and constraints.range.min is not None
                else 1
            )
            return int(
                max(low, 1)
                if not constraints.range or constraints.range.max is None
                else min(max(low, 1), constraints.range.max)
            )
        if kind in (ir.ShapeType.FLOAT, ir.ShapeType.DOUBLE, ir.ShapeType.BIG_DECIMAL):
            low = (
                constraints.range.min
                if constraints.range and constraints.range.min is not None
                else 1.5
            )
            return float(low)
        if kind is ir.ShapeType.BOOLEAN:
            return True
        if kind is ir.ShapeType.TIMESTAMP:
            return WHEN
        if kind is ir.ShapeType.BLOB:
            low = constraints.length.min if constraints.length and constraints.length.min else 4
            return b"b" * max(low, 1)
        if kind is ir.ShapeType.DOCUMENT:
            return {"k": "v"}
        if kind is ir.ShapeType.LIST and shape.prefix:  # prefixItems: one value per position
            items = [self.value(m, depth + 1) for m in shape.prefix]
            low = constraints.length.min if constraints.length and constraints.length.min else 0
            return items + [self.value(shape.member, depth + 1) for _ in range(low - len(items))]
        if kind is ir.ShapeType.LIST:
            count = max(
                1, constraints.length.min if constraints.length and constraints.length.min else 1
            )
            if constraints.length and constraints.length.max == 0:
                return []
            items = [
                self.value(shape.member, depth + 1, n if constraints.unique_items else 0)
                for n in range(count)
            ]
            return items
        if kind is ir.ShapeType.MAP:
            return {self.value(shape.key, depth + 1): self.value(shape.value, depth + 1)}
        if shape.untagged:  # OpenAPI oneOf without a discriminator: the first variant's value
            return self.value(shape.members[0], depth + 1)
        out = self.structure(shape, depth + 1, nth=nth)
        refused = constraints.excluded.required if constraints.excluded else ()
        if refused and all(naming.snake(k) in out for k in refused):  # `not: {required: [...]}`
            optional = {naming.snake(m.name) for m in shape.members if not m.required}
            out.pop(
                next((naming.snake(k) for k in refused if naming.snake(k) in optional), ""), None
            )
        return out

    def structure(
        self, shape: ir.Shape, depth: int = 0, everything: bool | None = None, nth: int = 0
    ) -> dict[str, Any]:
        """Required members always; every member near the top; one member of a union."""
        include_all = (depth <= 2 or (nth > 0 and depth <= 4)) if everything is None else everything
        if shape.type is ir.ShapeType.UNION or shape.exactly_one_of:
            settable = [m for m in shape.members if self._settable(m)] or list(shape.members)
            ending = [m for m in settable if self._depth(m.target) < math.inf] or settable
            member = ending[0] if depth <= 2 else min(ending, key=lambda m: self._depth(m.target))
            if shape.discriminator:  # OpenAPI oneOf: the variant itself, tagged
                variant = dict(self.value(member, depth))
                variant[naming.snake(shape.discriminator)] = member.name
                return variant
            return {naming.snake(member.name): self.value(member, depth)}
        out: dict[str, Any] = {}
        for member in shape.members:
            if not self._settable(member):
                continue
            if member.required or include_all:
                out[naming.snake(member.name)] = self.value(member, depth, nth)
        return out

    def _depth(self, target: str) -> float:
        """How deep a value of ``target`` made of required members nests at the least
        (``inf``: it never ends). A recursive union (Connect's evaluation form item: a
        section of items, or a question) takes, deep down, the variant that ends soonest."""
        if target not in self._depths:
            self._depths[target] = math.inf  # on the way: a cycle through here does not end
            shape = self.service.shapes[target]
            if shape.type is ir.ShapeType.LIST:
                depth = 1 + self._depth(shape.member.target)
            elif shape.type is ir.ShapeType.MAP:
                depth = 1 + self._depth(shape.value.target)
            elif shape.type is ir.ShapeType.UNION or shape.exactly_one_of:
                depth = 1 + min((self._depth(m.target) for m in shape.members), default=0)
            elif shape.type is ir.ShapeType.STRUCTURE:
                depth = 1 + max(
                    (self._depth(m.target) for m in shape.members if m.required), default=0
                )
            else:
                depth = 0
            self._depths[target] = depth
        return self._depths[target]

    def _settable(self, member: ir.Member) -> bool:
        http = member.http
        return http is None or http.location is not ir.Location.STATUS

    def shape(self, shape_id: str | None) -> ir.Shape | None:
        return self.service.shapes[shape_id] if shape_id else None
