"""Python type expressions for IR members: the one place that maps shapes to annotations.

A ``TypeMapper`` belongs to one service (one protocol) and records which runtime and
library names its expressions use, so the module that prints them imports exactly those.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from apigen import ir, naming, regex_translate

_INTEGERS = {
    ir.ShapeType.INTEGER,
    ir.ShapeType.LONG,
    ir.ShapeType.SHORT,
    ir.ShapeType.BYTE,
    ir.ShapeType.BIG_INTEGER,
}
_FLOATS = {ir.ShapeType.FLOAT, ir.ShapeType.DOUBLE, ir.ShapeType.BIG_DECIMAL}
# Model annotations of numbers: the runtime's range-checked ints (bigInteger stays ``int``)
# and its float that reads "NaN"/"Infinity" strings. Client signatures keep int and float.
_NUMBER_ALIASES = {
    ir.ShapeType.BYTE: "Int8",
    ir.ShapeType.SHORT: "Int16",
    ir.ShapeType.INTEGER: "Int32",
    ir.ShapeType.LONG: "Int64",
    ir.ShapeType.FLOAT: "Float",
    ir.ShapeType.DOUBLE: "Float",
    ir.ShapeType.BIG_DECIMAL: "Float",
}
_CLASS_TYPES = {
    ir.ShapeType.STRUCTURE,
    ir.ShapeType.UNION,
    ir.ShapeType.ENUM,
    ir.ShapeType.INT_ENUM,
}

_TIMESTAMP_ALIASES = {
    ir.TimestampFormat.EPOCH_SECONDS: "EpochSeconds",
    ir.TimestampFormat.DATE_TIME: "DateTime",
    ir.TimestampFormat.HTTP_DATE: "HttpDate",
}


def timestamp_format(service: ir.Service, member: ir.Member) -> ir.TimestampFormat:
    """The format a timestamp member travels in: resolved by the front end for structure
    members; a list or map element's own trait, its target's, else the body's."""
    return (
        member.timestamp_format
        or service.shapes[member.target].timestamp_format
        or service.body_timestamp_format
    )


@dataclass
class TypeMapper:
    service: ir.Service
    runtime_names: set[str] = field(default_factory=set)
    typing_names: set[str] = field(default_factory=set)
    annotated_types: set[str] = field(default_factory=set)
    pydantic_names: set[str] = field(default_factory=set)

    def class_name(self, shape: ir.Shape) -> str:
        return naming.pascal(shape.name)

    def annotated(self, base: str, metadata: list[str]) -> str:
        if not metadata:
            return base
        self.typing_names.add("Annotated")
        return f"Annotated[{base}, {', '.join(metadata)}]"

    def constraint_metadata(self, shape: ir.Shape, constraints: ir.Constraints) -> list[str]:
        meta: list[str] = []
        length = constraints.length
        if length and shape.type in (
            ir.ShapeType.STRING,
            ir.ShapeType.LIST,
            ir.ShapeType.MAP,
            ir.ShapeType.BLOB,
        ):
            self.annotated_types.add("Len")
            meta.append(
                f"Len({length.min or 0}, {length.max})"
                if length.max is not None
                else f"Len({length.min or 0})"
            )
        rng = constraints.range
        if rng and (shape.type in _INTEGERS or shape.type in _FLOATS):
            bounds = []
            if rng.min is not None:
                bounds.append(f"ge={_number(rng.min, shape.type)}")
            if rng.max is not None:
                bounds.append(f"le={_number(rng.max, shape.type)}")
            self.annotated_types.add("Interval")
            meta.append(f"Interval({', '.join(bounds)})")
        if constraints.pattern and shape.type is ir.ShapeType.STRING:
            self.runtime_names.add("Pattern")
            python = regex_translate.to_python(constraints.pattern)
            if python == constraints.pattern:
                meta.append(f"Pattern({_raw_string(python)})")
            else:  # errors show the service's pattern, as written in the spec
                written = _raw_string(constraints.pattern)
                meta.append(f"Pattern({_raw_string(python)}, spec={written})")
        if constraints.unique_items and shape.type is ir.ShapeType.LIST:
            self.runtime_names.add("UniqueItems")
            meta.append("UniqueItems")
        return meta

    def member_type(self, member: ir.Member) -> str:
        """The annotation of a member, constraints included, without ``| None``."""
        shape = self.service.shapes[member.target]
        base = _NUMBER_ALIASES.get(shape.type)
        if base is not None:
            self.runtime_names.add(base)
        else:
            base = self.base_type(shape, member)
        return self.annotated(base, self.constraint_metadata(shape, member.constraints))

    def base_type(self, shape: ir.Shape, member: ir.Member) -> str:
        kind = shape.type
        if shape.streaming and kind is ir.ShapeType.UNION:
            self.runtime_names.add("EventStream")
            return f"EventStream[{self.class_name(shape)}]"
        if is_tagged_union(shape):
            return self.tagged_union(shape)
        if shape.type is ir.ShapeType.UNION and shape.untagged:
            return " | ".join(dict.fromkeys(self.member_type(m) for m in shape.members))
        if kind in _CLASS_TYPES:
            return self.class_name(shape)
        if kind is ir.ShapeType.STRING:
            return "str"
        if kind in _INTEGERS:
            return "int"
        if kind in _FLOATS:
            return "float"
        if kind is ir.ShapeType.BOOLEAN:
            return "bool"
        if shape.streaming and kind is ir.ShapeType.BLOB:
            self.runtime_names.add("StreamingBlob")
            return "StreamingBlob"
        if kind is ir.ShapeType.BLOB:
            self.runtime_names.add("Blob")
            return "Blob"
        if kind is ir.ShapeType.DOCUMENT:
            self.pydantic_names.add("JsonValue")
            return "JsonValue"
        if kind is ir.ShapeType.TIMESTAMP:
            alias = _TIMESTAMP_ALIASES[timestamp_format(self.service, member)]
            self.runtime_names.add(alias)
            return alias
        if kind is ir.ShapeType.LIST:
            return f"list[{self.member_type(shape.member)}]"
        if kind is ir.ShapeType.MAP:
            return f"dict[{self.member_type(shape.key)}, {self.member_type(shape.value)}]"
        raise AssertionError(f"unhandled shape type {kind}")  # pragma: no cover

    def stream_factory(self, member: ir.Member) -> str:
        """What makes the empty value of a streaming member (its default)."""
        shape = self.service.shapes[member.target]
        name = "EventStream" if shape.type is ir.ShapeType.UNION else "StreamingBlob"
        self.runtime_names.add(name)
        return name

    def tagged_union(self, shape: ir.Shape) -> str:
        """An OpenAPI discriminated union: its variants, told apart by one property's value.

        ``UnknownVariant`` comes last: a variant a newer peer added is kept, not an error.
        """
        self.typing_names.add("Annotated")
        self.pydantic_names.add("Tag")
        self.runtime_names.update(("Discriminated", "UnknownVariant"))
        variants = " | ".join(
            [
                *(
                    f"Annotated[{self.class_name(self.service.shapes[m.target])}, Tag({m.name!r})]"
                    for m in shape.members
                ),
                "UnknownVariant",
            ]
        )
        wire = shape.discriminator or ""
        attribute = naming.snake(wire)
        args = repr(wire) if attribute == wire else f"{wire!r}, {attribute!r}"
        return f"Annotated[{variants}, Discriminated({args})]"


def is_tagged_union(shape: ir.Shape) -> bool:
    """A union told apart by a discriminator property: a type expression, not a class."""
    return shape.type is ir.ShapeType.UNION and shape.discriminator is not None


def is_inline_union(shape: ir.Shape) -> bool:
    """An OpenAPI union, tagged or not: a type expression (``A | B``), not a class."""
    return shape.type is ir.ShapeType.UNION and (shape.discriminator is not None or shape.untagged)


def untagged_note(service: ir.Service, member: ir.Member) -> str:
    """How an untagged union a member holds (or holds a list or map of) is told apart."""
    shape = service.shapes[member.target]
    while shape.type in (ir.ShapeType.LIST, ir.ShapeType.MAP):
        shape = service.shapes[shape.members[-1].target]
    if not (shape.type is ir.ShapeType.UNION and shape.untagged):
        return ""
    names = [
        service.shapes[m.target].name if m.target.startswith("smithy.api#") else m.name
        for m in shape.members
    ]
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
    return (
        f"One of {listed}, with no discriminator: a value is read as the variant that "
        "validates with the most fields set, the first listed on a tie (pydantic's smart "
        "union), so a value valid as several variants may be read as another than meant; "
        "pass an instance of the variant to send exactly it."
    )


def _number(value: int | float, kind: ir.ShapeType) -> str:
    if kind in _INTEGERS and float(value).is_integer():
        return str(int(value))
    return repr(float(value))


def _raw_string(text: str) -> str:
    """A Python literal for a regex: raw when that is exact, else an escaped literal."""
    if "'" not in text and not text.endswith("\\") and "\n" not in text:
        return f"r'{text}'"
    return repr(text)
