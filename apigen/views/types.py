"""Python type expressions for IR members: the one place that maps shapes to annotations.

A ``TypeMapper`` belongs to one service; its type expressions are ``TypeExpr`` values that
carry the imports they need, so the module that prints them imports exactly those.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from apigen import ir, naming, regex_translate
from apigen.views.literals import literal, raw_string

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


Import = tuple[str, str]  # (module, name): ``from module import name``

# Where the runtime names a generated service module (one level below the package's
# ``_runtime``) imports come from: scalars (timestamps, sized numbers, constraint
# validators), streams, events, nulls; every other one lives in ``core/model.py``.
_RUNTIME_MODULES = {
    **dict.fromkeys(
        (
            "Blob",
            "DateTime",
            "EpochSeconds",
            "Float",
            "HttpDate",
            "Int8",
            "Int16",
            "Int32",
            "Int64",
            "Pattern",
            "UniqueItems",
        ),
        ".._runtime.core.scalars",
    ),
    "OpenTuple": ".._runtime.core.tuples",
    "PatternKeyed": ".._runtime.core.patterns",
    **dict.fromkeys(("Conditional", "Excludes", "Not"), ".._runtime.core.excluded"),
    "StreamingBlob": ".._runtime.core.streams",
    "StreamInput": ".._runtime.core.streams",
    "EventStream": ".._runtime.core.events",
    "RefusesNull": ".._runtime.core.nulls",
    **dict.fromkeys(("OnlyBoolean", "RefusesOtherKeys"), ".._runtime.core.closed"),
}


def runtime_module(name: str) -> str:
    """The runtime module a service module imports ``name`` from."""
    return _RUNTIME_MODULES.get(name, ".._runtime.core.model")


@dataclass(frozen=True, slots=True)
class TypeExpr:
    """A Python type expression (or annotation metadata) and the imports it needs."""

    text: str
    imports: frozenset[Import] = frozenset()

    def __str__(self) -> str:
        return self.text


def builtin(text: str) -> TypeExpr:
    return TypeExpr(text)


def named(name: str, module: str) -> TypeExpr:
    """``name``, imported from ``module``."""
    return TypeExpr(name, frozenset({(module, name)}))


def runtime(name: str) -> TypeExpr:
    """A name of the generated package's runtime."""
    return named(name, runtime_module(name))


def _joined(
    text: str, parts: Iterable[TypeExpr], extra: frozenset[Import] = frozenset()
) -> TypeExpr:
    return TypeExpr(text, extra.union(*(p.imports for p in parts)))


def call(callee: TypeExpr, args: str, *parts: TypeExpr) -> TypeExpr:
    """``callee[args]`` or ``callee(args)``: ``args`` already printed from ``parts``."""
    return _joined(f"{callee.text}{args}", parts, callee.imports)


def list_of(item: TypeExpr) -> TypeExpr:
    return _joined(f"list[{item.text}]", (item,))


def dict_of(key: TypeExpr, value: TypeExpr) -> TypeExpr:
    return _joined(f"dict[{key.text}, {value.text}]", (key, value))


def optional(expr: TypeExpr) -> TypeExpr:
    return _joined(f"{expr.text} | None", (expr,))


def union(items: Iterable[TypeExpr]) -> TypeExpr:
    """``A | B``, each alternative once, in order."""
    unique = list(dict.fromkeys(items))
    return _joined(" | ".join(dict.fromkeys(i.text for i in unique)), unique)


def annotated(base: TypeExpr, metadata: Sequence[TypeExpr]) -> TypeExpr:
    if not metadata:
        return base
    text = f"Annotated[{base.text}, {', '.join(m.text for m in metadata)}]"
    return _joined(text, (base, *metadata), frozenset({("typing", "Annotated")}))


def imports_of(exprs: Iterable[TypeExpr]) -> frozenset[Import]:
    return frozenset().union(*(e.imports for e in exprs))


_SHAPES = (".", "shapes")


@dataclass(frozen=True)
class TypeMapper:
    """The one type mapper of a service: model annotations (constraints included, for the
    shapes module) and signature types (the clients' parameters: no constraint metadata,
    enums also as literals, classes as ``shapes.X``). Every method returns ``TypeExpr``s;
    the module that prints them imports what they carry."""

    service: ir.Service

    def class_name(self, shape: ir.Shape) -> str:
        return naming.pascal(shape.name)

    def constraint_metadata(self, shape: ir.Shape, constraints: ir.Constraints) -> list[TypeExpr]:
        meta: list[TypeExpr] = []
        length = constraints.length
        if (
            length
            and not shape.prefix
            and shape.type
            in (  # a tuple's: in its type
                ir.ShapeType.STRING,
                ir.ShapeType.LIST,
                ir.ShapeType.MAP,
                ir.ShapeType.BLOB,
            )
        ):
            args = (
                f"({length.min or 0}, {length.max})"
                if length.max is not None
                else f"({length.min or 0})"
            )
            meta.append(call(named("Len", "annotated_types"), args))
        rng = constraints.range
        if rng and (shape.type in _INTEGERS or shape.type in _FLOATS):
            bounds = []
            if rng.min is not None:
                bounds.append(f"ge={_number(rng.min, shape.type)}")
            if rng.max is not None:
                bounds.append(f"le={_number(rng.max, shape.type)}")
            meta.append(call(named("Interval", "annotated_types"), f"({', '.join(bounds)})"))
        if constraints.pattern and shape.type is ir.ShapeType.STRING:
            python = regex_translate.to_python(constraints.pattern)
            if python == constraints.pattern:
                meta.append(call(runtime("Pattern"), f"({_raw_string(python)})"))
            else:  # errors show the service's pattern, as written in the spec
                written = _raw_string(constraints.pattern)
                meta.append(call(runtime("Pattern"), f"({_raw_string(python)}, spec={written})"))
        if constraints.unique_items and shape.type is ir.ShapeType.LIST:
            meta.append(runtime("UniqueItems"))
        own = shape.type is ir.ShapeType.STRUCTURE and shape.constraints.excluded
        if constraints.excluded is not None and constraints.excluded != own:  # OpenAPI not
            meta.append(self.excluded(constraints.excluded))  # (a class checks its own)
        if shape.type is ir.ShapeType.BOOLEAN and shape.enum_values:  # enum: [true]
            meta.append(call(runtime("OnlyBoolean"), f"({literal(shape.enum_values[0].value)})"))
        return meta

    def excluded_conditions(self, found: ir.Excluded) -> dict[str, object]:
        """The conditions of a ``not`` as ``Not``/``Excludes`` take them."""
        conditions: dict[str, object] = {
            k: v
            for k, v in (
                ("types", found.types),
                ("values", found.values),
                ("required", found.required),
            )
            if v
        }
        if found.shape is not None:
            conditions["model"] = self.class_name(self.service.shapes[found.shape])
        if found.properties:
            conditions["properties"] = {k: self.excluded_conditions(v) for k, v in found.properties}
        return conditions

    def excluded(self, found: ir.Excluded) -> TypeExpr:
        """``Not(...)``: the runtime check of an OpenAPI ``not``."""
        args = [
            f"{k}={literal(v)}"
            for k, v in (
                ("types", found.types),
                ("values", found.values),
                ("required", found.required),
            )
            if v
        ]
        if found.properties:
            properties = {k: self.excluded_conditions(v) for k, v in found.properties}
            args.append(f"properties={literal(properties)}")
        parts = []
        if found.shape is not None:
            model = builtin(self.class_name(self.service.shapes[found.shape]))
            args.append(f"model={model.text}")
            parts.append(model)
        return call(runtime("Not"), f"({', '.join(args)})", *parts)

    def member_type(self, member: ir.Member) -> TypeExpr:
        """The model annotation of a member, constraints included, without ``| None``."""
        shape = self.service.shapes[member.target]
        alias = _NUMBER_ALIASES.get(shape.type)
        base = runtime(alias) if alias is not None else self.base_type(shape, member)
        return annotated(base, self.constraint_metadata(shape, member.constraints))

    def base_type(self, shape: ir.Shape, member: ir.Member) -> TypeExpr:
        kind = shape.type
        if shape.streaming and kind is ir.ShapeType.UNION:
            return call(runtime("EventStream"), f"[{self.class_name(shape)}]")
        if is_tagged_union(shape):
            return self.tagged_union(shape)
        if shape.type is ir.ShapeType.UNION and shape.untagged:
            return union(self.member_type(m) for m in shape.members)
        if kind in _CLASS_TYPES:
            return builtin(self.class_name(shape))
        if kind is ir.ShapeType.STRING:
            return builtin("str")
        if kind in _INTEGERS:
            return builtin("int")
        if kind in _FLOATS:
            return builtin("float")
        if kind is ir.ShapeType.BOOLEAN:
            return builtin("bool")
        if shape.streaming and kind is ir.ShapeType.BLOB:
            return runtime("StreamingBlob")
        if kind is ir.ShapeType.BLOB:
            return runtime("Blob")
        if kind is ir.ShapeType.DOCUMENT:
            return named("JsonValue", "pydantic")
        if kind is ir.ShapeType.TIMESTAMP:
            return runtime(_TIMESTAMP_ALIASES[timestamp_format(self.service, member)])
        if kind is ir.ShapeType.LIST and shape.prefix:
            return self.tuple_type(shape)
        if kind is ir.ShapeType.LIST:
            return list_of(self.member_type(shape.member))
        if kind is ir.ShapeType.MAP:
            return dict_of(self.member_type(shape.key), self.member_type(shape.value))
        raise AssertionError(f"unhandled shape type {kind}")  # pragma: no cover

    def tuple_type(self, shape: ir.Shape) -> TypeExpr:
        """A ``prefixItems`` list: one tuple per length ``minItems``/``maxItems`` allow, the
        longest with the items after the prefix unless ``items: false`` (runtime ``tuples``)."""
        positions = [self.member_type(m) for m in shape.prefix]
        length = shape.constraints.length or ir.Length()
        low, high, count = length.min or 0, length.max, len(positions)

        def fixed(k: int) -> TypeExpr:
            return _joined(f"tuple[{', '.join(p.text for p in positions[:k]) or '()'}]", positions)

        shorter = [fixed(k) for k in range(low, count) if high is None or k <= high]
        if shape.closed or (high is not None and high <= count):
            full = [fixed(count)] if low <= count and (high is None or count <= high) else []
            return union([*shorter, *full] or [fixed(count)])
        rest = self.member_type(shape.member)
        unpack = named("Unpack", "typing")
        text = (
            f"tuple[{', '.join(p.text for p in positions)}, {unpack.text}[tuple[{rest.text}, ...]]]"
        )
        meta = [call(runtime("OpenTuple"), "()")]
        if low > count or high is not None:
            bounds = f"({low}, {high})" if high is not None else f"({low})"
            meta.append(call(named("Len", "annotated_types"), bounds))
        open_ = annotated(_joined(text, (*positions, rest, unpack)), meta)
        return union([*shorter, open_])

    def stream_factory(self, member: ir.Member) -> TypeExpr:
        """What makes the empty value of a streaming member (its default)."""
        shape = self.service.shapes[member.target]
        return runtime("EventStream" if shape.type is ir.ShapeType.UNION else "StreamingBlob")

    def tagged_union(self, shape: ir.Shape) -> TypeExpr:
        """An OpenAPI discriminated union: its variants, told apart by one property's value.

        ``UnknownVariant`` comes last: a variant a newer peer added is kept, not an error.
        """
        tag = named("Tag", "pydantic")
        variants = [
            annotated(
                builtin(self.class_name(self.service.shapes[m.target])),
                [call(tag, f"({literal(m.name)})")],
            )
            for m in shape.members
        ]
        alternatives = _joined(
            " | ".join([*(v.text for v in variants), "UnknownVariant"]),
            variants,
            runtime("UnknownVariant").imports,
        )
        wire = shape.discriminator or ""
        attribute = naming.snake(wire)
        args = literal(wire) if attribute == wire else f"{literal(wire)}, {literal(attribute)}"
        return annotated(alternatives, [call(runtime("Discriminated"), f"({args})")])

    # -- signature types (the clients' parameters and results) --

    def class_ref(self, shape: ir.Shape) -> TypeExpr:
        return TypeExpr(f"shapes.{self.class_name(shape)}", frozenset({_SHAPES}))

    def model_ref(self, shape_id: str | None) -> TypeExpr:
        """An operation's input or output model (``Empty`` when it has none)."""
        if shape_id is None:
            return runtime("Empty")
        return self.class_ref(self.service.shapes[shape_id])

    def signature_type(self, member: ir.Member) -> TypeExpr:
        """A member's Python type without constraint metadata."""
        shape = self.service.shapes[member.target]
        kind = shape.type
        if kind in (ir.ShapeType.ENUM, ir.ShapeType.INT_ENUM) and shape.enum_values:
            # The enum or its values as literals: `states=["RUNNING"]` type-checks too.
            values = ", ".join(literal(v.value) for v in shape.enum_values)
            values_type = call(named("Literal", "typing"), f"[{values}]")
            return _joined(
                f"{self.class_ref(shape).text} | {values_type.text}",
                (self.class_ref(shape), values_type),
            )
        if shape.streaming and kind is ir.ShapeType.BLOB:  # bytes, a file, (async) chunks
            return runtime("StreamInput")
        if shape.streaming and kind is ir.ShapeType.UNION:  # the events to send
            event = self.class_ref(shape)
            sync = call(named("Iterable", "collections.abc"), f"[{event.text}]", event)
            async_ = call(named("AsyncIterable", "collections.abc"), f"[{event.text}]", event)
            return union((sync, async_))
        if is_inline_union(shape):  # OpenAPI oneOf/anyOf: no class, any of its variants
            return union(self.signature_type(m) for m in shape.members)
        if kind in _CLASS_TYPES:
            return self.class_ref(shape)
        if kind is ir.ShapeType.LIST and shape.prefix:
            return self.base_type(shape, member)
        if kind is ir.ShapeType.LIST:
            return list_of(self.signature_type(shape.member))
        if kind is ir.ShapeType.MAP:
            return dict_of(self.signature_type(shape.key), self.signature_type(shape.value))
        if kind is ir.ShapeType.TIMESTAMP:
            return named("datetime", "datetime")
        return self.base_type(shape, member)


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
    return literal(float(value))


def _raw_string(text: str) -> str:
    """A Python literal for a regex: raw when that is exact, else an escaped literal."""
    if "'" not in text and not text.endswith("\\") and "\n" not in text:
        return raw_string(text)
    return literal(text)
