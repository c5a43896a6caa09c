"""Meaning checks for a Smithy-like YAML spec: what the JSON Schema cannot say.

Each check yields ``(path, message)`` pairs; ``path`` is a tuple into the document so the
caller can name the line. Every check runs, also on a spec the schema pass found problems
in (``smithy_doc`` says how that stays safe), so a user sees every problem at once.
HTTP bindings are checked in ``smithy_http_checks``; ``docs/spec-format.md`` lists it all.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from apigen import naming, regex_translate
from apigen.frontends import smithy_http_checks as http
from apigen.frontends.endpoint_checks import check_endpoints
from apigen.frontends.jmespath_refs import DOTTED, root_fields, syntax_error
from apigen.frontends.resources import check_resources
from apigen.frontends.smithy_doc import (
    NUMBERS,
    PRELUDE,
    STRINGS,
    Problem,
    SpecDoc,
    Where,
    is_number,
    mapping,
    sequence,
)

# The shape types each constraint trait applies to, and how a message names them.
_CONSTRAINTS = (
    ("length", STRINGS | {"blob", "list", "map"}, "strings, blobs, lists and maps"),
    ("range", NUMBERS, "numbers"),
    ("pattern", STRINGS, "strings"),
    ("uniqueItems", {"list"}, "lists"),
    ("timestampFormat", {"timestamp"}, "timestamps"),
)
_PARTS = {
    "structure": {"members"},
    "union": {"members"},
    "list": {"member"},
    "map": {"key", "value"},
    "enum": {"values"},
    "intEnum": {"values"},
}
# paginated: which side each key names a member of, and what that member must target.
_PAGINATED = (
    ("inputToken", "input", {"string"}, "a string"),
    ("pageSize", "input", {"integer"}, "an integer"),
    ("outputToken", "output", {"string"}, "a string"),
    ("items", "output", {"list", "map"}, "a list or map"),
)


def check_meaning(doc: Mapping[str, Any], broken: Iterable[Where] = ()) -> list[Problem]:
    """Every meaning problem of ``doc``, once each; ``broken`` are the paths the schema pass
    reported, which are not checked again."""
    spec = SpecDoc(doc, broken)
    return list(
        dict.fromkeys(
            [*_Checker(spec).run(), *check_endpoints(doc, spec), *check_resources(spec, doc)]
        )
    )


class _Checker:
    def __init__(self, spec: SpecDoc) -> None:
        self.spec = spec

    def run(self) -> Iterator[Problem]:
        yield from self.check_service()
        yield from self.check_shapes()
        yield from self.check_operations()
        if self.spec.rest:
            yield from http.check_routes(self.spec)
        yield from self.check_names()

    def target(self, where: Where, name: Any, what: str = "target") -> Iterator[Problem]:
        if isinstance(name, str) and not self.spec.exists(name):
            close = difflib.get_close_matches(name, [*self.spec.names, *PRELUDE], n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            yield where, f"{what} {name!r} is not a shape in this spec or the prelude{hint}"

    def error_ref(self, where: Where, name: Any) -> Iterator[Problem]:
        shape = self.spec.shapes.get(name)
        if not self.spec.shapes_known or not self.spec.shape_clean(name):
            return
        if not self.spec.exists(name):
            yield where, f"error {name!r} is not a shape in this spec"
        elif name not in self.spec.names or (shape is not None and "error" not in shape):
            yield where, f"{name!r} is listed as an error but has no `error` trait"

    def check_service(self) -> Iterator[Problem]:
        svc, spec = self.spec.service, self.spec
        if (
            spec.aws_json
            and not svc.get("targetPrefix")
            and spec.own_clean(("service",))
            and spec.clean(("service", "targetPrefix"))
        ):
            yield ("service", "protocol"), f"{spec.protocol} needs service.targetPrefix"
        for i, err in enumerate(sequence(svc.get("errors"))):
            if spec.clean(("service", "errors", i)):
                yield from self.error_ref(("service", "errors", i), err)

    def check_constraints(
        self, where: Where, traits: Mapping[str, Any], kind: str | None
    ) -> Iterator[Problem]:
        """Constraint traits of a member or a shape of type ``kind`` (None: unknown)."""
        for trait in ("length", "range"):
            bounds = mapping(traits.get(trait))
            low, high = bounds.get("min"), bounds.get("max")
            if is_number(low) and is_number(high) and low > high:
                yield (*where, trait), f"min {low} is greater than max {high}"
        pattern = traits.get("pattern")
        if isinstance(pattern, str) and not http.suppressed(traits, "PatternTrait"):
            try:
                regex_translate.to_python(pattern)
            except regex_translate.PatternError as exc:
                yield (*where, "pattern"), f"pattern cannot be used: {exc}"
        for trait, kinds, noun in _CONSTRAINTS:
            applied = traits.get(trait) is True if trait == "uniqueItems" else trait in traits
            if applied and kind is not None and kind not in kinds:
                yield (*where, trait), f"{trait} applies to {noun}, not {kind}"

    def check_merged_bounds(self, where: Where, member: Mapping[str, Any]) -> Iterator[Problem]:
        """A member's bounds over its target's (each side may give one end) admit nothing."""
        target = self.spec.shapes.get(member.get("target"))  # type: ignore[arg-type]
        if target is None:
            return
        for trait in ("length", "range"):
            own, inherited = mapping(member.get(trait)), mapping(target.get(trait))
            if not own or not inherited:
                continue  # one side alone is check_constraints' to judge
            low, high = own.get("min", inherited.get("min")), own.get("max", inherited.get("max"))
            if (
                is_number(low)
                and is_number(high)
                and low > high
                and not ("min" in own and "max" in own)
            ):
                yield (
                    (*where, trait),
                    f"min {low} is greater than max {high} (with {member.get('target')}'s {trait})",
                )

    def check_member(
        self, where: Where, member: Mapping[str, Any], owner_kind: str | None
    ) -> Iterator[Problem]:
        yield from self.target((*where, "target"), member.get("target"))
        kind = self.spec.kind(member.get("target"))
        yield from http.check_member(self.spec, where, member, owner_kind)
        yield from self.check_constraints(where, member, kind)
        yield from self.check_merged_bounds(where, member)
        if member.get("idempotencyToken") and kind not in (None, "string"):
            yield (*where, "idempotencyToken"), "idempotencyToken applies to strings"
        if owner_kind == "union" and member.get("required"):
            yield (*where, "required"), "union members cannot be required"

    def check_shapes(self) -> Iterator[Problem]:
        spec = self.spec
        for name, shape in spec.shapes.items():
            where: Where = ("shapes", name)
            kind = spec.kind(name)
            if kind is not None and spec.shape_clean(name):
                yield from self.check_shape(where, shape, kind)
            for part in ("member", "key", "value"):
                member = shape.get(part)
                wanted = kind is None or part in _PARTS.get(kind, ())
                if wanted and isinstance(member, dict) and spec.clean((*where, part)):
                    yield from self.check_member((*where, part), member, kind)
            for mname, member in spec.clean_members(name).items():
                yield from self.check_member((*where, "members", mname), member, kind)
            if kind == "structure":
                yield from self.check_structure(name)
            if kind in ("structure", "union") and spec.rest:
                yield from http.check_json_names(spec, name)

    def check_shape(self, where: Where, shape: Mapping[str, Any], kind: str) -> Iterator[Problem]:
        """A shape's own fields, which passed the schema."""
        allowed = _PARTS.get(kind, set())
        for part in ("members", "member", "key", "value", "values"):
            if part in shape and part not in allowed:
                yield (*where, part), f"a {kind} shape has no {part!r}"
        for part in sorted(allowed - {"members"}):
            if part not in shape:
                yield where, f"a {kind} shape needs {part!r}"
        key = shape.get("key")
        if (
            kind == "map"
            and isinstance(key, dict)
            and self.spec.clean((*where, "key"))
            and self.spec.kind(key.get("target")) not in (None, *STRINGS)
        ):
            yield (*where, "key"), "map keys must target a string or enum shape"
        if kind == "union" and not shape.get("members"):
            yield where, "a union needs at least one member"
        values = shape.get("values")
        if kind == "intEnum" and isinstance(values, dict):
            for vname, value in values.items():
                number = value.get("value") if isinstance(value, dict) else value
                if not isinstance(number, int):
                    yield (*where, "values", vname), "intEnum values must be integers"
        if kind == "intEnum" and isinstance(values, list):
            yield (*where, "values"), "intEnum values are a mapping of names to integers"
        if kind == "enum" and values:
            names = values if isinstance(values, list) else list(values)
            for problem in naming.check_unique((v, naming.constant(v)) for v in names):
                yield (*where, "values"), problem
        if kind in ("enum", "intEnum") and values:
            yield from _duplicate_values(where, values)
        yield from self.check_error(where, shape, kind)
        if shape.get("exactlyOneOf") and kind != "structure":
            yield (
                (*where, "exactlyOneOf"),
                "exactlyOneOf applies to structures (a union already is one)",
            )
        yield from self.check_constraints(where, shape, kind)

    def check_error(self, where: Where, shape: Mapping[str, Any], kind: str) -> Iterator[Problem]:
        error, status = shape.get("error"), shape.get("httpError")
        if ("httpError" in shape or "retryable" in shape or "errorCode" in shape) and not error:
            yield where, "httpError, retryable and errorCode need the `error` trait"
        if error and kind != "structure":
            yield (*where, "error"), "only structures can be errors"
        low = {"client": 400, "server": 500}.get(error) if isinstance(error, str) else None
        if http.suppressed(shape, "HttpErrorTrait"):
            low = None
        if low is not None and is_number(status) and not low <= status < low + 100:
            yield (
                (*where, "httpError"),
                f"a {error} error's httpError is {low}-{low + 99}, not {status}",
            )

    def check_structure(self, name: str) -> Iterator[Problem]:
        """Rules across the members of one structure."""
        tokens = [m for m, v in self.spec.clean_members(name).items() if v.get("idempotencyToken")]
        for extra in tokens[1:]:
            yield (
                ("shapes", name, "members", extra, "idempotencyToken"),
                f"only one member may be the idempotencyToken; {tokens[0]!r} is",
            )
        if self.spec.rest:
            yield from http.check_structure(self.spec, name)

    def check_operations(self) -> Iterator[Problem]:
        spec = self.spec
        for name, op in spec.operations.items():
            where: Where = ("operations", name)
            for part in ("input", "output"):
                if part in op and spec.clean((*where, part)):
                    yield from self.target((*where, part), op[part], part)
                    if spec.kind(op[part]) not in (None, "structure"):
                        yield (*where, part), f"{part} {op[part]!r} must be a structure"
            for i, err in enumerate(sequence(op.get("errors"))):
                if spec.clean((*where, "errors", i)):
                    yield from self.error_ref((*where, "errors", i), err)
            if spec.rest and "http" not in op and spec.own_clean(where):
                yield where, f"{spec.protocol} operations need `http: {{method, uri}}`"
            if spec.rpc and "http" in op:
                yield (*where, "http"), f"{spec.protocol} operations take no `http` binding"
            if spec.rest and isinstance(op.get("http"), dict) and spec.clean((*where, "http")):
                yield from http.check_operation(spec, where, op)
            if spec.rest:
                yield from http.check_roles(spec, op)
            if op.get("readonly") is True and op.get("idempotent") is True:
                yield (
                    (*where, "idempotent"),
                    "readonly and idempotent conflict (a readonly operation is already idempotent)",
                )
            if isinstance(op.get("paginated"), dict) and spec.clean((*where, "paginated")):
                yield from self.check_paginated(where, op)
            yield from self.check_waiters(name, op)

    def check_paginated(self, where: Where, op: Mapping[str, Any]) -> Iterator[Problem]:
        """Smithy's paginated rules: the tokens are optional strings, ``pageSize`` an integer
        and ``items`` a list or map; only output references may be paths (``a.b``).
        botocore's paginators also give several tokens or result keys (lists) and output
        references that are JMESPath expressions: those must parse and start at an output
        member."""
        pag = op["paginated"]
        for key in ("inputToken", "outputToken"):
            if key not in pag:
                yield (*where, "paginated"), f"paginated needs {key}"
        for key, side, kinds, noun in _PAGINATED:
            ref = pag.get(key)
            if ref is None:
                continue
            if not (self.spec.own_clean(where) and self.spec.clean((*where, side))):
                continue
            many = isinstance(ref, list)
            for i, one in enumerate(ref if many else [ref]):
                kwhere: Where = (*where, "paginated", key, *((i,) if many else ()))
                if side == "output" and not DOTTED.match(one):
                    yield from self.check_path(kwhere, one, op, "output")
                    continue
                yield from self.check_reference(kwhere, key, one, op, side, kinds, noun)
        for key in ("moreResults", "nonAggregateKeys"):
            refs = pag.get(key)
            if refs is not None and self.spec.clean((*where, "output")):
                many = isinstance(refs, list)
                for i, one in enumerate(refs if many else [refs]):
                    kwhere = (*where, "paginated", key, *((i,) if many else ()))
                    yield from self.check_path(kwhere, one, op, "output")

    def check_reference(
        self,
        kwhere: Where,
        key: str,
        ref: str,
        op: Mapping[str, Any],
        side: str,
        kinds: set[str],
        noun: str,
    ) -> Iterator[Problem]:
        known, member = self.resolve(op.get(side), ref if side == "output" else [ref])
        if known and member is None:
            yield kwhere, f"{ref!r} is not a member of the operation's {side}"
        if member is None or http.suppressed(op, "PaginatedTrait"):
            return
        kind = self.spec.kind(member.get("target"))
        if kind is not None and kind not in kinds:
            yield kwhere, f"{key} {ref!r} must target {noun}, not {kind}"
        if key.endswith("Token") and member.get("required") is True:
            yield kwhere, f"{key} {ref!r} must not be required"

    def resolve(self, shape: Any, path: str | list[str]) -> tuple[bool, Mapping[str, Any] | None]:
        """The member a dotted path names from the structure ``shape`` (None: there is none),
        and whether that is known (not when a shape on the way failed the schema)."""
        member: Mapping[str, Any] | None = None
        for step in path.split(".") if isinstance(path, str) else path:
            if shape is None or not self.spec.members_known(shape):
                return shape is None, None
            if step not in self.spec.member_names(shape):
                return True, None
            member = self.spec.clean_members(shape).get(step)
            if member is None:  # malformed: the schema pass reported it
                return False, None
            shape = member.get("target")
        return True, member

    def check_waiters(self, name: str, op: Mapping[str, Any]) -> Iterator[Problem]:
        spec = self.spec
        errors = [*sequence(op.get("errors")), *sequence(spec.service.get("errors"))]
        errors_known = (
            spec.service_known
            and spec.own_clean(("service",))
            and spec.own_clean(("operations", name))
            and spec.clean(("operations", name, "errors"))
            and spec.clean(("service", "errors"))
        )
        for wname, waiter in mapping(op.get("waiters")).items():
            wwhere: Where = ("operations", name, "waiters", wname)
            if not isinstance(waiter, dict) or not spec.clean(wwhere):
                continue
            for i, acceptor in enumerate(waiter["acceptors"]):
                awhere: Where = (*wwhere, "acceptors", i, "matcher")
                matcher = acceptor["matcher"]
                if (
                    errors_known
                    and "errorType" in matcher
                    and matcher["errorType"] not in errors
                    and spec.exists(matcher["errorType"])
                ):
                    yield (
                        awhere,
                        f"errorType {matcher['errorType']!r} is not an error of {name}",
                    )
                if "output" in matcher and spec.io_known(("operations", name), op, "output"):
                    yield from self.check_path(awhere, matcher["output"]["path"], op, "output")
            if waiter.get("minDelay", 2) > waiter.get("maxDelay", 120):
                yield wwhere, "minDelay is greater than maxDelay"

    def check_path(
        self, where: Where, path: Any, op: Mapping[str, Any], side: str
    ) -> Iterator[Problem]:
        """A JMESPath expression on the operation's ``side``: it parses, and the fields it
        reads first are members there (when the members are known)."""
        if not isinstance(path, str):
            return
        problem = syntax_error(path)
        if problem is not None:
            yield where, f"path {path!r} is not JMESPath: {problem}"
            return
        if not self.spec.io_known(where[:2], op, side):
            return
        members = self.spec.member_names(op.get(side))
        for field in root_fields(path):
            if field not in members:
                yield where, f"path {path!r}: {field!r} is not an {side} member"
                return

    def check_names(self) -> Iterator[Problem]:
        """Spec names that Python naming maps together; the later one is reported."""
        spec = self.spec
        for shape, problem in naming.collisions((n, naming.pascal(n)) for n in spec.names):
            yield ("shapes", shape), problem
        operations = ((n, naming.function_name(n)) for n in spec.operations)
        for operation, problem in naming.collisions(operations):
            yield ("operations", operation), problem
        for name in spec.shapes:
            members = ((m, naming.snake(m)) for m in spec.member_names(name))
            for member, problem in naming.collisions(members):
                yield ("shapes", name, "members", member), problem


def _duplicate_values(where: Where, values: Any) -> Iterator[Problem]:
    """Smithy: enum values are unique (a repeated one would alias or break the Python enum)."""
    if isinstance(values, list):
        pairs = [(i, v) for i, v in enumerate(values)]
    elif isinstance(values, Mapping):
        pairs = [
            (name, v.get("value", name) if isinstance(v, Mapping) else v)
            for name, v in values.items()
        ]
    else:
        return
    seen: dict[Any, Any] = {}
    for key, value in pairs:
        if not isinstance(value, str | int) or isinstance(value, bool):
            continue
        if value in seen:
            first = seen[value]
            earlier = f"values[{first}]" if isinstance(first, int) else repr(first)
            yield (*where, "values", key), f"enum value {value!r} is already used by {earlier}"
        else:
            seen[value] = key
