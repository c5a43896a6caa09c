"""Random valid values for botocore shapes (every member), for tests that compare with botocore."""

from __future__ import annotations

import datetime
import random
import string
from typing import Any

from botocore.model import Shape


class Values:
    """Random values for botocore shapes: every member of a structure, bounded sizes."""

    def __init__(self, rng: random.Random, prefer: frozenset[str] = frozenset()) -> None:
        self.rng = rng
        self.prefer = prefer  # enum values to pick when a shape has one (waiter tests)

    def value(self, shape: Shape, depth: int = 0) -> Any:
        kind = shape.type_name
        if kind == "structure":
            if shape.is_document_type:
                return {"k": "v"}
            members = list(shape.members.items())
            if shape.is_tagged_union:
                return dict([self.member(*self.rng.choice(members), depth)])
            if depth > 4:
                required = set(shape.required_members)
                members = [(n, m) for n, m in members if n in required]
            return dict(self.member(n, m, depth) for n, m in members if not streaming(m))
        if kind == "list":
            return [self.value(shape.member, depth + 1) for _ in range(self.size(shape, 1, 2))]
        if kind == "map":
            count = self.size(shape, 1, 2)
            keys = {self.text(shape.key) for _ in range(count)}
            return {k: self.value(shape.value, depth + 1) for k in keys}
        if kind == "string":
            if shape.enum:
                liked = [v for v in shape.enum if v in self.prefer]
                return self.rng.choice(liked or shape.enum)
            if shape.serialization.get("jsonvalue"):
                return '{"k": "v"}'  # JSON text: what botocore checks a body jsonvalue for
            return self.text(shape)
        if kind in ("integer", "long", "short", "byte"):
            low = int(shape.metadata.get("min", 0))
            high = int(shape.metadata.get("max", max(low, 0) + 100))
            return self.rng.randint(low, max(low, min(high, low + 1000)))
        if kind in ("float", "double"):
            return float(self.rng.randint(int(shape.metadata.get("min", 0)), 100)) + 0.5
        if kind == "boolean":
            return self.rng.choice([True, False])
        if kind == "timestamp":
            seconds = self.rng.randint(0, 2_000_000_000)
            return datetime.datetime.fromtimestamp(seconds, tz=datetime.UTC)
        if kind == "blob":
            return bytes(self.rng.randrange(256) for _ in range(self.size(shape, 1, 8)))
        raise AssertionError(f"no value for {kind}")

    def member(self, name: str, shape: Shape, depth: int) -> tuple[str, Any]:
        return name, self.value(shape, depth + 1)

    def size(self, shape: Shape, low: int, high: int) -> int:
        least = int(shape.metadata.get("min", low))
        most = int(shape.metadata.get("max", max(least, high)))
        return self.rng.randint(least, max(least, min(most, least + high)))

    def text(self, shape: Shape) -> str:
        if shape.enum:
            return str(self.rng.choice(shape.enum))
        # Never empty: a URI label must have a value (Smithy), whatever a bare ``min: 0`` says.
        length = max(self.size(shape, 3, 8), 1)
        return "".join(self.rng.choice(string.ascii_letters) for _ in range(length))


def streaming(shape: Shape) -> bool:
    return bool(shape.serialization.get("eventstream") or shape.metadata.get("streaming"))
