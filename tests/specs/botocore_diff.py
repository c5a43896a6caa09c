"""Our spec's IR beside botocore's model of the same service: every wire-relevant difference.

Both sides are IR (``apigen.frontends.botocore`` reads botocore's model), walked together
from each operation's input, output and errors. Shape *names* are never compared: a member is
paired with botocore's by its place on the wire (a URI label, query key or header by location
and name, headers case-blind; a body member by its JSON key), and a member left unpaired is
paired by member name when the other side has it somewhere else (a ``location`` difference).
Aggregate targets are then walked in step: kafkaconnect's ``Vpc.subnets`` is botocore's
``__listOf__string`` and our ``StringList``, compared because the member holding them is paired.

A difference is ``(service, path, spec, botocore)``. The path says where, in our spec's terms,
and ends with the aspect compared:

* ``service.version``; ``service.errors`` (errors common to every operation, which botocore
  does not model);
* ``operation X`` (on one side only: ``present`` there, ``None`` on the other),
  ``operation X.http.method|uri|code``, ``operation X.errors`` (the error codes only the spec
  lists, those only botocore lists), ``operation X.paginated`` (``in -> out, pageSize p,
  items i`` in wire names);
* ``error Code.httpError`` (Smithy's default when unset: 400 client, 500 server); the error
  structures' members are compared like any other;
* ``Shape.member`` (on one side only, as for operations) and ``Shape.member.required|type|
  length|range|pattern|sensitive|idempotencyToken|location|timestampFormat``, where ``Shape``
  is our structure, or our list or map with ``member``, ``key`` or ``value``; constraints are
  the member's resolved ones (its target's merged in);
* ``Enum.enum``: the values only the spec has, those only botocore has.

Timestamp formats are compared as they travel: an unset format is the protocol's default for
the member's location. A length minimum of 0 constrains nothing, so it equals no minimum.
Values are strings, numbers, bools, tuples or ``None``, so differences hash and compare with
the allowlist's entries (whose YAML lists become tuples).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, TypeAlias

from apigen import ir

Value: TypeAlias = "str | int | float | bool | tuple[str, ...] | None"
Key: TypeAlias = tuple[str, str]

_STRUCTURES = (ir.ShapeType.STRUCTURE, ir.ShapeType.UNION)
_BOUND = (ir.Location.LABEL, ir.Location.QUERY, ir.Location.HEADER, ir.Location.PREFIX_HEADERS)


@dataclass(frozen=True, slots=True)
class Difference:
    service: str
    path: str
    spec: Value
    botocore: Value

    def sort_key(self) -> tuple[str, str, str, str]:
        return self.service, self.path, repr(self.spec), repr(self.botocore)

    def __str__(self) -> str:
        return f"{self.service}: {self.path}: spec {self.spec!r}, botocore {self.botocore!r}"


def wire_key(member: ir.Member) -> Key:
    """Where a member travels: its location and its name there."""
    http = member.http
    if http is None:
        return "body", member.wire_name
    if http.location in _BOUND:
        name = http.name or member.name
        case_blind = http.location in (ir.Location.HEADER, ir.Location.PREFIX_HEADERS)
        return http.location.value, name.lower() if case_blind else name
    return http.location.value, ""


def _location(member: ir.Member) -> str:
    where, name = wire_key(member)
    return f"{where} {name}".strip()


def _bounds(low: float | None, high: float | None) -> str | None:
    if low is None and high is None:
        return None
    return f"{'' if low is None else low}..{'' if high is None else high}"


def _length(length: ir.Length | None) -> str | None:
    """``min..max``; a minimum of 0 says nothing (botocore writes it, documents often not)."""
    if length is None:
        return None
    return _bounds(length.min or None, length.max)


def _range(bounds: ir.Range | None) -> str | None:
    return None if bounds is None else _bounds(bounds.min, bounds.max)


def _present(thing: object) -> str | None:
    return None if thing is None else "present"


def _http(op: ir.Operation) -> tuple[str | None, str | None, int | None]:
    """Method, URI and success code (all None for a protocol without HTTP bindings)."""
    http = op.http
    return (None, None, None) if http is None else (http.method, http.uri, http.code)


def _error_code(shape: ir.Shape) -> str:
    return shape.error_code or shape.name


def _error_status(shape: ir.Shape) -> int:
    if shape.http_error is not None:
        return shape.http_error
    return 500 if shape.error == "server" else 400


class _Side:
    """One model: shapes by id, and the wire-name and timestamp rules of its protocol."""

    def __init__(self, service: ir.Service) -> None:
        self.service = service
        self.rest = service.protocol == "restJson1"

    def shape(self, shape_id: str | None) -> ir.Shape | None:
        return None if shape_id is None else self.service.shapes[shape_id]

    def target(self, member: ir.Member) -> ir.Shape:
        return self.service.shapes[member.target]

    def timestamp_format(self, member: ir.Member) -> str:
        fmt = member.timestamp_format or self.target(member).timestamp_format
        if fmt is not None:
            return fmt.value
        location = member.http.location if member.http else ir.Location.BODY
        if self.rest and location is ir.Location.HEADER:
            return ir.TimestampFormat.HTTP_DATE.value
        if self.rest and location in (ir.Location.LABEL, ir.Location.QUERY):
            return ir.TimestampFormat.DATE_TIME.value
        return ir.TimestampFormat.EPOCH_SECONDS.value

    def wire_name(self, shape: ir.Shape | None, path: str | None) -> str | None:
        """A member path (``a`` or ``a.b``) of ``shape`` with its first step in wire terms."""
        if path is None or shape is None:
            return path
        head, dot, rest = path.partition(".")
        member = shape.get_member(head)
        if member is None:
            return path
        return wire_key(member)[1] + dot + rest

    def paginated(self, op: ir.Operation) -> str | None:
        """``in -> out, pageSize p, items i`` in wire names."""
        pages = op.paginated
        if pages is None:
            return None
        inp, out = self.shape(op.input), self.shape(op.output)
        return (
            f"{self.wire_name(inp, pages.input_token)} -> "
            f"{self.wire_name(out, pages.output_token)}, "
            f"pageSize {self.wire_name(inp, pages.page_size)}, "
            f"items {self.wire_name(out, pages.items)}"
        )

    def errors(self, op: ir.Operation) -> dict[str, ir.Shape]:
        """An operation's errors by wire code."""
        shapes = (self.service.shapes[e] for e in op.errors)
        return {_error_code(shape): shape for shape in shapes}

    def common_errors(self) -> tuple[str, ...]:
        shapes = self.service.shapes
        return tuple(sorted(_error_code(shapes[e]) for e in self.service.errors))


def with_paginators(service: ir.Service, paginators: Mapping[str, Any]) -> ir.Service:
    """``service`` with botocore's ``paginators-1.json`` entries as ``paginated`` traits."""

    def trait(raw: Mapping[str, Any]) -> ir.Paginated:
        items = raw.get("result_key")
        if isinstance(items, list):
            items = ", ".join(items)
        return ir.Paginated(
            input_token=raw.get("input_token"),
            output_token=raw.get("output_token"),
            page_size=raw.get("limit_key"),
            items=items,
        )

    pages = paginators.get("pagination", {})
    return replace(
        service,
        operations=tuple(
            replace(op, paginated=trait(pages[op.name])) if op.name in pages else op
            for op in service.operations
        ),
    )


class Comparison:
    """Walks one spec and one botocore model together; ``differences()`` lists what differs.

    ``subset``: the spec transcribes part of the API, so botocore operations it lacks are out
    of scope (glue); otherwise they are differences.
    """

    def __init__(self, name: str, spec: ir.Service, boto: ir.Service, *, subset: bool) -> None:
        self.name = name
        self.ours = _Side(spec)
        self.theirs = _Side(boto)
        self.subset = subset
        self.found: set[Difference] = set()
        self.seen: set[tuple[str | None, str | None]] = set()
        self.errors: dict[str, tuple[ir.Shape, ir.Shape]] = {}  # errors both sides list

    def differ(self, path: str, spec: Value, botocore: Value) -> None:
        if spec != botocore:
            self.found.add(Difference(self.name, path, spec, botocore))

    def differences(self) -> list[Difference]:
        ours = {op.name: op for op in self.ours.service.operations}
        theirs = {op.name: op for op in self.theirs.service.operations}
        self.differ("service.version", self.ours.service.version, self.theirs.service.version)
        names = sorted(ours if self.subset else ours.keys() | theirs.keys())
        for name in names:
            self.operation(name, ours.get(name), theirs.get(name))
        for code, (spec, boto) in sorted(self.errors.items()):
            self.differ(f"error {code}.httpError", _error_status(spec), _error_status(boto))
            self.structure(spec, boto)
        self.differ("service.errors", self.ours.common_errors(), self.theirs.common_errors())
        return sorted(self.found, key=Difference.sort_key)

    def operation(self, name: str, spec: ir.Operation | None, boto: ir.Operation | None) -> None:
        where = f"operation {name}"
        if spec is None or boto is None:
            self.differ(where, _present(spec), _present(boto))
            return
        for aspect, ours, theirs in zip(
            ("method", "uri", "code"), _http(spec), _http(boto), strict=True
        ):
            self.differ(f"{where}.http.{aspect}", ours, theirs)
        self.differ(f"{where}.paginated", self.ours.paginated(spec), self.theirs.paginated(boto))
        our_errors, their_errors = self.ours.errors(spec), self.theirs.errors(boto)
        self.differ(
            f"{where}.errors",
            tuple(sorted(our_errors.keys() - their_errors.keys())),
            tuple(sorted(their_errors.keys() - our_errors.keys())),
        )
        self.errors.update(
            {
                code: (our_errors[code], their_errors[code])
                for code in our_errors.keys() & their_errors
            }
        )
        for s_id, b_id in ((spec.input, boto.input), (spec.output, boto.output)):
            self.structure(self.ours.shape(s_id), self.theirs.shape(b_id))

    def structure(self, spec: ir.Shape | None, boto: ir.Shape | None) -> None:
        """Pair the members of two structures (either may be missing: no input, say)."""
        if not self.first_visit(spec, boto):
            return
        owner = spec.name if spec is not None else boto.name if boto is not None else ""
        ours = list(spec.members if spec is not None else ())
        theirs = {wire_key(m): m for m in (boto.members if boto is not None else ())}
        unpaired: list[ir.Member] = []
        for member in ours:
            other = theirs.pop(wire_key(member), None)
            if other is None:
                unpaired.append(member)
            else:
                self.member(f"{owner}.{member.name}", member, other)
        by_name = {m.name: key for key, m in theirs.items()}
        for member in unpaired:
            key = by_name.get(member.name)
            if key is None:
                self.differ(f"{owner}.{member.name}", "present", None)
            else:
                other = theirs.pop(key)
                self.differ(f"{owner}.{member.name}.location", _location(member), _location(other))
                self.member(f"{owner}.{member.name}", member, other)
        for other in theirs.values():
            self.differ(f"{owner}.{other.name}", None, "present")

    def first_visit(self, spec: ir.Shape | None, boto: ir.Shape | None) -> bool:
        pair = (None if spec is None else spec.id, None if boto is None else boto.id)
        if pair in self.seen:
            return False
        self.seen.add(pair)
        return True

    def member(self, path: str, spec: ir.Member, boto: ir.Member) -> None:
        s_target, b_target = self.ours.target(spec), self.theirs.target(boto)
        self.differ(f"{path}.required", spec.required, boto.required)
        self.differ(f"{path}.type", s_target.type.value, b_target.type.value)
        s_con, b_con = spec.constraints, boto.constraints
        self.differ(f"{path}.length", _length(s_con.length), _length(b_con.length))
        self.differ(f"{path}.range", _range(s_con.range), _range(b_con.range))
        self.differ(f"{path}.pattern", s_con.pattern, b_con.pattern)
        self.differ(f"{path}.sensitive", spec.sensitive, boto.sensitive)
        self.differ(f"{path}.idempotencyToken", spec.idempotency_token, boto.idempotency_token)
        if s_target.type is b_target.type is ir.ShapeType.TIMESTAMP:
            self.differ(
                f"{path}.timestampFormat",
                self.ours.timestamp_format(spec),
                self.theirs.timestamp_format(boto),
            )
        self.target(s_target, b_target)

    def target(self, spec: ir.Shape, boto: ir.Shape) -> None:
        if spec.type in _STRUCTURES and boto.type in _STRUCTURES:
            self.structure(spec, boto)
        elif spec.type is not boto.type or not self.first_visit(spec, boto):
            return
        elif spec.type is ir.ShapeType.LIST:
            self.member(f"{spec.name}.member", spec.member, boto.member)
        elif spec.type is ir.ShapeType.MAP:
            self.member(f"{spec.name}.key", spec.key, boto.key)
            self.member(f"{spec.name}.value", spec.value, boto.value)
        elif spec.type is ir.ShapeType.ENUM:
            ours = {str(v.value) for v in spec.enum_values}
            theirs = {str(v.value) for v in boto.enum_values}
            self.differ(
                f"{spec.name}.enum", tuple(sorted(ours - theirs)), tuple(sorted(theirs - ours))
            )
