"""OpenAPI schema keywords → IR values: the vocabulary ``openapi_schemas`` builds shapes with.

Pure functions and records only: what a piece of schema is, which keywords only annotate,
how constraints, formats and member annotations read. Nothing here follows a ``$ref``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from apigen import ir, naming, regex_translate
from apigen.frontends.openapi_validate import Path_

ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "example",
        "examples",
        "externalDocs",
        "xml",
        "deprecated",
        "readOnly",
        "writeOnly",
        "nullable",
        "default",
        "discriminator",
        "$comment",
        "$schema",
        "$id",
        "$anchor",
        "$defs",
        "definitions",
        "contentMediaType",
    }
)
CONSTRAINTS = frozenset(
    {
        "minLength",
        "maxLength",
        "pattern",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minProperties",
        "maxProperties",
    }
)
UNSUPPORTED = frozenset(
    {
        "contains",
        "minContains",
        "maxContains",
        "multipleOf",
        "$dynamicRef",
        "$recursiveRef",
        "dependentSchemas",
        "dependentRequired",
        "unevaluatedItems",
    }
)
# String formats a validator checks (JSON Schema's format assertions as jsonschema and
# openapi-core apply them), kept as the pattern they amount to when the schema has none.
FORMAT_PATTERNS = {
    "uuid": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
    "date": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
    "email": "^[^@]+@[^@]+$",
}
NOT_SUPPORTED = 'docs/openapi-shapes.md, "Not supported"'
INTEGERS = {
    ir.ShapeType.INTEGER,
    ir.ShapeType.LONG,
    ir.ShapeType.BIG_INTEGER,
    ir.ShapeType.INT_ENUM,
}


class Unsupported(Exception):
    """Something valid OpenAPI that the IR cannot say; becomes one ``SpecIssue``."""

    def __init__(self, path: Path_, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


@dataclass(frozen=True, slots=True)
class Piece:
    """One schema object as written, where it is, and the name an inline shape from it gets."""

    schema: Mapping[str, Any]
    path: Path_
    hint: str


@dataclass(slots=True)
class Flat:
    """Pieces merged: keywords (later win), properties in first-seen order, ``required``."""

    path: Path_
    keywords: dict[str, Any] = field(default_factory=dict)
    properties: dict[str, list[Piece]] = field(default_factory=dict)
    required: list[str] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True, slots=True)
class Use:
    """What a member (property, parameter, header or body) takes from its schema."""

    target: str
    documentation: str = ""
    constraints: ir.Constraints = ir.NO_CONSTRAINTS
    timestamp_format: ir.TimestampFormat | None = None
    sensitive: bool = False
    has_default: bool = False
    default: ir.JsonValue = None
    read_only: bool = False
    write_only: bool = False
    nullable: bool = False
    deprecated: bool = False
    schema_name: str | None = None  # the components/schemas entry the target is

    def member(
        self,
        *,
        container: str,
        name: str,
        required: bool = False,
        http: ir.HttpBinding | None = None,
    ) -> ir.Member:
        return ir.Member(
            id=f"{container}${name}",
            name=name,
            target=self.target,
            documentation=self.documentation,
            required=required,
            has_default=self.has_default,
            default=self.default,
            constraints=self.constraints,
            sensitive=self.sensitive,
            http=http,
            timestamp_format=self.timestamp_format,
            deprecated=self.deprecated,
            read_only=self.read_only,
            write_only=self.write_only,
            nullable=self.nullable,
        )


def plain(value: Any) -> ir.JsonValue:
    """A YAML value as plain JSON data (line-remembering dicts and lists dropped)."""
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def is_modifier(piece: Piece) -> bool:
    """Only annotates, constrains or narrows ``required``: changes no shape."""
    schema = piece.schema
    keys = {k for k in schema if not k.startswith("x-")}
    if "$ref" in keys or not keys <= ANNOTATIONS | CONSTRAINTS | {"required", "properties", "type"}:
        return False
    if "type" in keys and schema["type"] != "object":
        return False
    props = schema.get("properties") or {}
    return all(isinstance(p, Mapping) and only_annotates(p) for p in props.values())


def only_annotates(schema: Mapping[str, Any]) -> bool:
    """A property schema beside a ``$ref`` that changes nothing but annotations, at any depth.

    Vendors put examples deep inside an ``allOf`` sibling (``data.items.properties.spec
    .properties.owner.example``); such a sibling still reuses the referenced shape.
    """
    for key, value in schema.items():
        if key in ANNOTATIONS or key.startswith("x-"):
            continue
        if key == "type" and isinstance(value, str) and value in ("object", "array"):
            continue
        if key == "items" and isinstance(value, Mapping) and only_annotates(value):
            continue
        if (
            key == "properties"
            and isinstance(value, Mapping)
            and all(isinstance(v, Mapping) and only_annotates(v) for v in value.values())
        ):
            continue
        return False
    return True


# Keywords whose value is a schema: two allOf parts that both give one must both hold.
SUBSCHEMAS = ("items", "additionalProperties", "propertyNames")


def fold(into: Flat, part: Flat, path: Path_) -> None:
    old, new = into.keywords.get("type"), part.keywords.get("type")
    if old is not None and new is not None and types_of(old) != types_of(new):
        raise Unsupported(path, f"allOf parts disagree on type ({old!r} and {new!r})")
    for key, value in part.keywords.items():
        before = into.keywords.get(key)
        if key in SUBSCHEMAS and isinstance(before, Mapping) and isinstance(value, Mapping):
            into.keywords[key] = {"allOf": [before, value]}  # both parts' subschemas apply
        else:
            into.keywords[key] = value
    for prop, pieces in part.properties.items():
        into.properties.setdefault(prop, []).extend(pieces)
    into.required.extend(r for r in part.required if r not in into.required)


PRELUDE = ir.PRELUDE
PRELUDE_NAMES = {kind: name for name, kind in PRELUDE.items()}


def types_of(value: Any) -> frozenset[str]:
    return frozenset(value if isinstance(value, list) else [value]) - {"null"}


def nullable_keywords(kw: Mapping[str, Any]) -> bool:
    types = kw.get("type")
    return (
        kw.get("nullable") is True
        or (isinstance(types, list) and "null" in types)
        or (None in (kw.get("enum") or ()))
    )


def kind_of(flat: Flat) -> str | None:
    """The JSON type: declared (``null`` aside) or implied by the keywords present."""
    kw = flat.keywords
    types = sorted(types_of(kw["type"])) if "type" in kw else []
    if len(types) > 1:
        raise Unsupported(
            (*flat.path, "type"), f"cannot represent a value of several types {types}"
        )
    if types:
        return types[0]
    if (
        flat.properties
        or flat.required
        or {"additionalProperties", "patternProperties"} & kw.keys()
    ):
        return "object"
    if "items" in kw or "prefixItems" in kw:
        return "array"
    return None


def scalar(
    kind: str, kw: Mapping[str, Any]
) -> tuple[ir.ShapeType, ir.TimestampFormat | None, bool]:
    fmt = kw.get("format")
    if kind == "string":
        if fmt == "date-time":
            return ir.ShapeType.TIMESTAMP, ir.TimestampFormat.DATE_TIME, False
        if fmt in ("byte", "binary") or kw.get("contentEncoding") == "base64":
            return ir.ShapeType.BLOB, None, False
        return ir.ShapeType.STRING, None, fmt == "password"
    if kind == "integer":
        # Only a format bounds an integer: without one the document allows any (as JSON does).
        sized = {"int32": ir.ShapeType.INTEGER, "int64": ir.ShapeType.LONG}
        return sized.get(str(fmt), ir.ShapeType.BIG_INTEGER), None, False
    if kind == "number":
        return (ir.ShapeType.FLOAT if fmt == "float" else ir.ShapeType.DOUBLE), None, False
    if kind == "boolean":
        return ir.ShapeType.BOOLEAN, None, False
    raise AssertionError(kind)  # pragma: no cover - _kind only returns JSON types


def member_notes(pieces: list[Piece]) -> dict[str, Any]:
    """Member-level annotations of a use; a later piece wins (own keywords come last)."""
    notes: dict[str, Any] = {
        "documentation": "",
        "read_only": False,
        "write_only": False,
        "nullable": False,
        "deprecated": False,
        "has_default": False,
        "default": None,
    }
    for piece in pieces:
        schema = piece.schema
        if text(schema.get("description")):
            notes["documentation"] = text(schema["description"])
        for key, flag in (
            ("readOnly", "read_only"),
            ("writeOnly", "write_only"),
            ("nullable", "nullable"),
            ("deprecated", "deprecated"),
        ):
            if schema.get(key) is True:
                notes[flag] = True
        if "default" in schema:
            notes["has_default"], notes["default"] = True, plain(schema["default"])
    return notes


def constraints(kw: Mapping[str, Any], kind: ir.ShapeType | None, path: Path_) -> ir.Constraints:
    """minLength/minItems/minProperties → length; minimum/maximum (exclusive too) → range."""
    length = None
    for low, high in (
        ("minLength", "maxLength"),
        ("minItems", "maxItems"),
        ("minProperties", "maxProperties"),
    ):
        if low in kw or high in kw:
            length = ir.Length(min=kw.get(low), max=kw.get(high))
            break
    low_bound = bound(kw, "minimum", "exclusiveMinimum", kind, path, +1)
    high_bound = bound(kw, "maximum", "exclusiveMaximum", kind, path, -1)
    rng = (
        ir.Range(min=low_bound, max=high_bound)
        if low_bound is not None or high_bound is not None
        else None
    )
    pattern = kw.get("pattern")
    if pattern is None and kind is ir.ShapeType.STRING:
        pattern = FORMAT_PATTERNS.get(str(kw.get("format")))
    if isinstance(pattern, str):
        try:
            regex_translate.to_python(pattern)
        except regex_translate.PatternError as exc:
            raise Unsupported((*path, "pattern"), f"pattern cannot be used: {exc}") from exc
    return ir.Constraints(
        length=length,
        range=rng,
        pattern=pattern,
        unique_items=kw.get("uniqueItems") is True,
    )


def bound(
    kw: Mapping[str, Any],
    inclusive: str,
    exclusive: str,
    kind: ir.ShapeType | None,
    path: Path_,
    step: int,
) -> int | float | None:
    """The inclusive bound (step +1: lower, -1: upper); exclusive ones only on integers."""
    raw = kw.get(inclusive)
    value: int | float | None = raw if isinstance(raw, (int, float)) else None
    flag = kw.get(exclusive)
    if isinstance(flag, bool):  # 3.0: exclusiveMinimum: true makes minimum itself exclusive
        flag, value = (value, None) if flag else (None, value)
    if not isinstance(flag, (int, float)):
        return value
    if kind not in INTEGERS:
        raise Unsupported(
            (*path, exclusive),
            f"cannot represent {exclusive} on a non-integer value (ranges are inclusive)",
        )
    converted = math.floor(flag) + 1 if step > 0 else math.ceil(flag) - 1
    if value is None:
        return converted
    return max(value, converted) if step > 0 else min(value, converted)


def kw_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else []


def is_null_schema(schema: Any) -> bool:
    """``{type: "null"}`` (3.1), a variant that only says the value may be null."""
    return isinstance(schema, Mapping) and schema.get("type") == "null"


def has_null_variant(keywords: Mapping[str, Any]) -> bool:
    return any(is_null_schema(v) for key in ("oneOf", "anyOf") for v in kw_list(keywords.get(key)))


def python_unique(members: list[ir.Member]) -> list[ir.Member]:
    """Members whose Python names collide (``fooBar`` and ``foo_bar``) renamed by
    ``naming.deduplicated``; a renamed member keeps its wire name as its ``json_name``."""
    renamed = naming.deduplicated((m.name for m in members), naming.snake)
    return [
        replace(
            m,
            id=f"{m.id.rsplit('$', 1)[0]}${renamed[m.name]}",
            name=renamed[m.name],
            json_name=m.wire_name,
        )
        if m.name in renamed
        else m
        for m in members
    ]
