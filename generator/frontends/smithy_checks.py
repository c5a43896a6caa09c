"""Meaning checks for a Smithy-like YAML spec that already passed the JSON Schema.

Each check returns ``(path, message)`` pairs; ``path`` is a tuple into the document so the
caller can name the line. Every check runs, so a user sees every problem at once.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from typing import Any

from generator import naming

Where = tuple[str | int, ...]
Problem = tuple[Where, str]

_PRELUDE = {
    "String",
    "Integer",
    "Long",
    "Short",
    "Byte",
    "Float",
    "Double",
    "Boolean",
    "Timestamp",
    "Blob",
    "Document",
    "BigInteger",
    "BigDecimal",
}
_LABEL = re.compile(r"\{([^}]+)\}")
_HTTP_TRAITS = (
    "httpLabel",
    "httpQuery",
    "httpQueryParams",
    "httpHeader",
    "httpPrefixHeaders",
    "httpPayload",
    "httpResponseCode",
)
_PATH_SEGMENT = re.compile(r"^(length\()?([A-Za-z_][A-Za-z0-9_]*)(\[\])?(\))?$")
_STRINGISH = {"string", "enum"}
_NUMERIC = {
    "integer",
    "long",
    "short",
    "byte",
    "float",
    "double",
    "bigInteger",
    "bigDecimal",
    "intEnum",
}


def check_meaning(doc: dict[str, Any]) -> list[Problem]:
    checker = _Checker(doc)
    return list(checker.run())


class _Checker:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.shapes: dict[str, Any] = doc["shapes"]
        self.protocol: str = doc["service"]["protocol"]

    def type_of(self, name: str) -> str | None:
        if name in self.shapes:
            return str(self.shapes[name]["type"])
        if name in _PRELUDE:
            return name[0].lower() + name[1:]
        return None

    def run(self) -> Iterator[Problem]:
        yield from self.check_service()
        yield from self.check_shapes()
        yield from self.check_operations()
        yield from self.check_names()

    def target(self, where: Where, name: str, what: str = "target") -> Iterator[Problem]:
        if self.type_of(name) is None:
            close = difflib.get_close_matches(name, [*self.shapes, *_PRELUDE], n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            yield where, f"{what} {name!r} is not a shape in this spec or the prelude{hint}"

    def error_ref(self, where: Where, name: str) -> Iterator[Problem]:
        if self.type_of(name) is None:
            yield where, f"error {name!r} is not a shape in this spec"
        elif name not in self.shapes or "error" not in self.shapes[name]:
            yield where, f"{name!r} is listed as an error but has no `error` trait"

    def check_service(self) -> Iterator[Problem]:
        svc = self.doc["service"]
        if self.protocol.startswith("awsJson") and not svc.get("targetPrefix"):
            yield ("service", "protocol"), f"{self.protocol} needs service.targetPrefix"
        for i, err in enumerate(svc.get("errors", [])):
            yield from self.error_ref(("service", "errors", i), err)

    def check_member(
        self, where: Where, member: dict[str, Any], owner_kind: str
    ) -> Iterator[Problem]:
        yield from self.target((*where, "target"), member["target"])
        kind = self.type_of(member["target"])
        bound = [t for t in _HTTP_TRAITS if member.get(t) not in (None, False)]
        if bound and owner_kind != "structure":
            yield where, f"HTTP binding {bound[0]} is only allowed on structure members"
        if len(bound) > 1:
            yield where, f"a member takes one HTTP binding, not {', '.join(bound)}"
        if bound and self.protocol.startswith("awsJson"):
            yield where, f"{bound[0]} has no meaning in {self.protocol}"
        for trait in ("length", "range"):
            bounds = member.get(trait)
            if bounds and "min" in bounds and "max" in bounds and bounds["min"] > bounds["max"]:
                yield (*where, trait), f"min {bounds['min']} is greater than max {bounds['max']}"
        if "pattern" in member:
            yield from self.pattern((*where, "pattern"), member["pattern"])
            if kind is not None and kind not in _STRINGISH:
                yield (*where, "pattern"), f"pattern applies to strings, not {kind}"
        if "range" in member and kind is not None and kind not in _NUMERIC:
            yield (*where, "range"), f"range applies to numbers, not {kind}"
        if "timestampFormat" in member and kind is not None and kind != "timestamp":
            yield (*where, "timestampFormat"), f"timestampFormat applies to timestamps, not {kind}"
        if member.get("idempotencyToken") and kind not in (None, "string"):
            yield (*where, "idempotencyToken"), "idempotencyToken applies to strings"

    def pattern(self, where: Where, pattern: str) -> Iterator[Problem]:
        try:
            re.compile(pattern)
        except re.error as exc:
            yield where, f"pattern does not compile: {exc}"

    def check_shapes(self) -> Iterator[Problem]:
        for name, shape in self.shapes.items():
            where: Where = ("shapes", name)
            kind = shape["type"]
            allowed = {
                "structure": {"members"},
                "union": {"members"},
                "list": {"member"},
                "map": {"key", "value"},
                "enum": {"values"},
                "intEnum": {"values"},
            }.get(kind, set())
            for part in ("members", "member", "key", "value", "values"):
                if part in shape and part not in allowed:
                    yield (*where, part), f"a {kind} shape has no {part!r}"
            for part in sorted(allowed - {"members"}):
                if part not in shape:
                    yield where, f"a {kind} shape needs {part!r}"
            for part in ("member", "key", "value"):
                if part in shape and part in allowed:
                    yield from self.check_member((*where, part), shape[part], kind)
            if (
                kind == "map"
                and "key" in shape
                and self.type_of(shape["key"]["target"]) not in (None, "string", "enum")
            ):
                yield (*where, "key"), "map keys must target a string or enum shape"
            for mname, member in shape.get("members", {}).items():
                yield from self.check_member((*where, "members", mname), member, kind)
            if kind == "union":
                for mname, member in shape.get("members", {}).items():
                    if member.get("required"):
                        yield (
                            (*where, "members", mname, "required"),
                            "union members cannot be required",
                        )
                if not shape.get("members"):
                    yield where, "a union needs at least one member"
            if kind == "intEnum" and isinstance(shape.get("values"), dict):
                for vname, value in shape["values"].items():
                    number = value.get("value") if isinstance(value, dict) else value
                    if not isinstance(number, int):
                        yield (*where, "values", vname), "intEnum values must be integers"
            if kind == "intEnum" and isinstance(shape.get("values"), list):
                yield (*where, "values"), "intEnum values are a mapping of names to integers"
            if (
                "httpError" in shape or "retryable" in shape or "errorCode" in shape
            ) and "error" not in shape:
                yield where, "httpError, retryable and errorCode need the `error` trait"
            if "error" in shape and kind != "structure":
                yield (*where, "error"), "only structures can be errors"
            if shape.get("exactlyOneOf") and kind != "structure":
                yield (
                    (*where, "exactlyOneOf"),
                    "exactlyOneOf applies to structures (a union already is one)",
                )
            if "pattern" in shape:
                yield from self.pattern((*where, "pattern"), shape["pattern"])
            if "values" in shape and kind == "enum":
                values = shape["values"]
                names = values if isinstance(values, list) else list(values)
                for problem in naming.check_unique((v, naming.constant(v)) for v in names):
                    yield (*where, "values"), problem

    def check_operations(self) -> Iterator[Problem]:
        for name, op in self.doc["operations"].items():
            where: Where = ("operations", name)
            for part in ("input", "output"):
                if part in op:
                    yield from self.target((*where, part), op[part], part)
                    if op[part] in self.shapes and self.shapes[op[part]]["type"] != "structure":
                        yield (*where, part), f"{part} {op[part]!r} must be a structure"
            for i, err in enumerate(op.get("errors", [])):
                yield from self.error_ref((*where, "errors", i), err)
            if self.protocol == "restJson1" and "http" not in op:
                yield where, "restJson1 operations need `http: {method, uri}`"
            if self.protocol.startswith("awsJson") and "http" in op:
                yield (*where, "http"), f"{self.protocol} operations take no `http` binding"
            input_members = self.members_of(op.get("input"))
            output_members = self.members_of(op.get("output"))
            if "http" in op:
                yield from self.check_uri(where, op["http"]["uri"], input_members)
            for mname, member in input_members.items():
                if member.get("httpResponseCode"):
                    yield (
                        ("shapes", op["input"], "members", mname),
                        "httpResponseCode belongs in an output",
                    )
            for mname, member in output_members.items():
                if (
                    member.get("httpLabel")
                    or "httpQuery" in member
                    or member.get("httpQueryParams")
                ):
                    yield (
                        ("shapes", op["output"], "members", mname),
                        "labels and query parameters belong in an input",
                    )
            pag = op.get("paginated")
            if pag:
                for key, members in (
                    ("inputToken", input_members),
                    ("pageSize", input_members),
                    ("outputToken", output_members),
                    ("items", output_members),
                ):
                    ref = pag.get(key)
                    if ref is not None and ref.split(".")[0] not in members:
                        yield (
                            (*where, "paginated", key),
                            f"{ref!r} is not a member of the operation's {'input' if members is input_members else 'output'}",
                        )
            for wname, waiter in op.get("waiters", {}).items():
                for i, acceptor in enumerate(waiter["acceptors"]):
                    awhere: Where = (*where, "waiters", wname, "acceptors", i, "matcher")
                    matcher = acceptor["matcher"]
                    if "errorType" in matcher and matcher["errorType"] not in op.get(
                        "errors", []
                    ) + self.doc["service"].get("errors", []):
                        yield (
                            awhere,
                            f"errorType {matcher['errorType']!r} is not an error of {name}",
                        )
                    if "output" in matcher:
                        yield from self.check_path(
                            awhere, matcher["output"]["path"], output_members
                        )
                if waiter.get("minDelay", 2) > waiter.get("maxDelay", 120):
                    yield (*where, "waiters", wname), "minDelay is greater than maxDelay"

    def check_path(self, where: Where, path: str, members: dict[str, Any]) -> Iterator[Problem]:
        first = path.split(".")[0]
        match = _PATH_SEGMENT.match(first)
        if not match:
            yield (
                where,
                f"path {path!r} is outside the supported JMESPath subset (a.b, a[].b, length(a))",
            )
        elif match.group(2) not in members:
            yield where, f"path {path!r}: {match.group(2)!r} is not an output member"

    def members_of(self, name: str | None) -> dict[str, Any]:
        shape = self.shapes.get(name or "")
        return dict(shape.get("members", {})) if isinstance(shape, dict) else {}

    def check_uri(self, where: Where, uri: str, members: dict[str, Any]) -> Iterator[Problem]:
        labels = {}
        for label in _LABEL.findall(uri.split("?")[0]):
            labels[label.rstrip("+")] = label.endswith("+")
        for label in labels:
            member = members.get(label)
            if member is None or not member.get("httpLabel"):
                yield (
                    (*where, "http", "uri"),
                    f"URI label {{{label}}} has no input member with httpLabel",
                )
        for mname, member in members.items():
            if member.get("httpLabel"):
                if mname not in labels:
                    yield (
                        (*where, "http", "uri"),
                        f"httpLabel member {mname!r} is not in the URI {uri}",
                    )
                if not member.get("required"):
                    yield (*where, "http", "uri"), f"httpLabel member {mname!r} must be required"

    def check_names(self) -> Iterator[Problem]:
        """Spec names that Python naming maps together; the later one is reported."""
        for shape, problem in naming.collisions((n, naming.pascal(n)) for n in self.shapes):
            yield ("shapes", shape), problem
        operations = ((n, naming.function_name(n)) for n in self.doc["operations"])
        for operation, problem in naming.collisions(operations):
            yield ("operations", operation), problem
        for name, shape in self.shapes.items():
            members = ((m, naming.snake(m)) for m in shape.get("members", {}))
            for member, problem in naming.collisions(members):
                yield ("shapes", name, "members", member), problem
