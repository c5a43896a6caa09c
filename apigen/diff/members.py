"""Member-level rules: what a changed member does to callers (see ``changes`` for the classes).

Members are compared by name; their targets by what the generated Python sees: two simple
shapes of the same type are the same Python type (their constraints, already merged into the
member by the front ends, are compared on their own), any other target change is a type
change. Direction matters once: a member that stops being required is harmless to whoever
sends the shape and breaking to whoever receives it (its attribute becomes optional), so it
is breaking when the shape is reached from an operation's output or errors.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

from apigen import ir
from apigen.diff.changes import Kind

Emit = Callable[[Kind, str], None]

_SIMPLE = {
    ir.ShapeType.STRING,
    ir.ShapeType.INTEGER,
    ir.ShapeType.LONG,
    ir.ShapeType.SHORT,
    ir.ShapeType.BYTE,
    ir.ShapeType.FLOAT,
    ir.ShapeType.DOUBLE,
    ir.ShapeType.BOOLEAN,
    ir.ShapeType.TIMESTAMP,
    ir.ShapeType.BLOB,
    ir.ShapeType.DOCUMENT,
    ir.ShapeType.BIG_INTEGER,
    ir.ShapeType.BIG_DECIMAL,
}


def short_name(shape_id: str) -> str:
    return shape_id.rpartition("#")[2]


def target_shape(service: ir.Service, shape_id: str) -> ir.Shape | None:
    """The shape a member targets; prelude shapes a front end did not declare are made up."""
    shape = service.shapes.get(shape_id)
    if shape is None and short_name(shape_id) in ir.PRELUDE:
        name = short_name(shape_id)
        shape = ir.Shape(id=shape_id, name=name, type=ir.PRELUDE[name])
    return shape


def python_type(service: ir.Service, shape_id: str) -> str:
    """A target as the generated Python sees it: classes by name, the rest by structure.

    Enums, structures and unions are classes (``enum WidgetState``); lists, maps and simple
    shapes are inlined in annotations, so only their element types and kinds count
    (``list[structure Widget]``, ``map[string, string]``).
    """
    shape = target_shape(service, shape_id)
    if shape is None:
        return short_name(shape_id)
    if shape.type is ir.ShapeType.LIST:
        return f"list[{python_type(service, shape.member.target)}]"
    if shape.type is ir.ShapeType.MAP:
        key, value = (
            python_type(service, shape.key.target),
            python_type(service, shape.value.target),
        )
        return f"map[{key}, {value}]"
    if shape.type in _SIMPLE:
        return shape.type.value
    return f"{shape.type.value} {shape.name}"


def _elements(service: ir.Service, member: ir.Member) -> dict[str, ir.Member]:
    """The element members of a list or map target, by name (``member``, ``key``, ``value``)."""
    shape = target_shape(service, member.target)
    if shape is None or shape.type not in (ir.ShapeType.LIST, ir.ShapeType.MAP):
        return {}
    return {m.name: m for m in shape.members}


def binding(member: ir.Member) -> str:
    """A member's place in the HTTP message, as text (``body`` when it has no binding)."""
    http = member.http
    if http is None:
        return "body"
    parts = [http.location.value]
    if http.name is not None:
        parts.append(repr(http.name))
    if http.greedy:
        parts.append("greedy")
    if http.style is not None:
        parts.append(f"style {http.style}")
    if http.explode is not None:
        parts.append(f"explode {str(http.explode).lower()}")
    return " ".join(parts)


def _timestamp_format(service: ir.Service, member: ir.Member) -> str:
    """The format a timestamp travels in: the member's, its target's, or its location's default.

    The front ends resolve it into the member already (``frontends/resolve.py``); the
    defaults here are for an IR built by hand: HTTP's in headers (``http-date``), labels and
    queries (``date-time``), the service's in a body.
    """
    if member.timestamp_format is not None:
        return member.timestamp_format.value
    shape = target_shape(service, member.target)
    if shape is not None and shape.timestamp_format is not None:
        return shape.timestamp_format.value
    location = member.http.location if member.http else ir.Location.BODY
    if location in (ir.Location.HEADER, ir.Location.PREFIX_HEADERS):
        return ir.TimestampFormat.HTTP_DATE.value
    if location in (ir.Location.LABEL, ir.Location.QUERY):
        return ir.TimestampFormat.DATE_TIME.value
    return service.body_timestamp_format.value


def _show(bound: float | None) -> str:
    return "unbounded" if bound is None else str(bound)


def _limits(
    what: str, old: tuple[float | None, float | None], new: tuple[float | None, float | None]
) -> list[tuple[Kind, str]]:
    """``what`` is ``length`` or ``range``; each tuple is (min, max), None for unbounded."""
    out: list[tuple[Kind, str]] = []
    (old_min, old_max), (new_min, new_max) = old, new
    unbounded = 0 if what == "length" else float("-inf")  # no length minimum is a minimum of 0
    floor_old = unbounded if old_min is None else old_min
    floor_new = unbounded if new_min is None else new_min
    if floor_new != floor_old:
        kind = Kind.BREAKING if floor_new > floor_old else Kind.FEATURE
        verb = "narrowed" if kind is Kind.BREAKING else "widened"
        out.append((kind, f"{what} min {verb} from {_show(old_min)} to {_show(new_min)}"))
    if old_max != new_max:
        ceiling_old = float("inf") if old_max is None else old_max
        ceiling_new = float("inf") if new_max is None else new_max
        kind = Kind.BREAKING if ceiling_new < ceiling_old else Kind.FEATURE
        verb = "narrowed" if kind is Kind.BREAKING else "widened"
        out.append((kind, f"{what} max {verb} from {_show(old_max)} to {_show(new_max)}"))
    return out


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) of each ``(``, ``)`` and ``|`` that is syntax.

    Escaped characters and characters inside ``[...]`` classes are not syntax.
    """
    depth, in_class, escaped = 0, False, False
    for index, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[char]
            yield index, char, depth


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (split at ``|`` outside groups).

    A pattern whose alternatives include the old pattern accepts everything it accepted (a
    search for ``A|B`` matches wherever ``A`` does): the one widening recognised for sure.
    """
    cuts = [i for i, char, depth in _structure(pattern) if char == "|" and depth == 0]
    bounds = [-1, *cuts, len(pattern)]
    return [pattern[a + 1 : b] for a, b in itertools.pairwise(bounds)]


def _ungrouped(pattern: str) -> str:
    """``pattern`` without one pair of parentheses around all of it (``(a)(b)`` keeps them)."""
    if not (pattern.startswith("(") and pattern.endswith(")")):
        return pattern
    closes = [i for i, char, depth in _structure(pattern) if char == ")" and depth == 0]
    return pattern[1:-1] if closes == [len(pattern) - 1] else pattern


def constraint_changes(old: ir.Constraints, new: ir.Constraints) -> list[tuple[Kind, str]]:
    """Narrowed constraints (fewer values accepted) break; widened ones are features."""
    out: list[tuple[Kind, str]] = []
    old_length = (old.length.min, old.length.max) if old.length else (None, None)
    new_length = (new.length.min, new.length.max) if new.length else (None, None)
    out += _limits("length", old_length, new_length)
    old_range = (old.range.min, old.range.max) if old.range else (None, None)
    new_range = (new.range.min, new.range.max) if new.range else (None, None)
    out += _limits("range", old_range, new_range)
    if old.pattern != new.pattern:
        if old.pattern is None:
            out.append((Kind.BREAKING, f"pattern added: {new.pattern}"))
        elif new.pattern is None:
            out.append((Kind.FEATURE, f"pattern removed (was {old.pattern})"))
        elif _ungrouped(old.pattern) in {_ungrouped(a) for a in alternatives(new.pattern)}:
            out.append((Kind.FEATURE, f"pattern widened from {old.pattern} to {new.pattern}"))
        else:  # which of two patterns accepts more is undecidable in general: assume less
            what = f"pattern changed from {old.pattern} to {new.pattern} (may accept less)"
            out.append((Kind.BREAKING, what))
    if old.unique_items != new.unique_items:
        if new.unique_items:
            out.append((Kind.BREAKING, "items must now be unique"))
        else:
            out.append((Kind.FEATURE, "items need no longer be unique"))
    return out


def _flag(emit: Emit, old: bool, new: bool, on: tuple[Kind, str], off: tuple[Kind, str]) -> None:
    if old != new:
        emit(*(on if new else off))


def member_changes(
    old_service: ir.Service,
    new_service: ir.Service,
    old: ir.Member,
    new: ir.Member,
    *,
    received: bool,
) -> list[tuple[Kind, str]]:
    """Every change between two versions of one member; ``received``: on the output side."""
    found: list[tuple[Kind, str]] = []
    _compare(old_service, new_service, old, new, received, lambda k, w: found.append((k, w)))
    if python_type(old_service, old.target) == python_type(new_service, new.target):
        # Inlined lists and maps: their elements' constraints and formats are this member's.
        old_elements = _elements(old_service, old)
        for name, element in _elements(new_service, new).items():
            inner = member_changes(
                old_service, new_service, old_elements[name], element, received=received
            )
            found += [(k, f"{name}: {w}") for k, w in inner if k is not Kind.FIX]
    return found


def _compare(
    old_service: ir.Service,
    new_service: ir.Service,
    old: ir.Member,
    new: ir.Member,
    received: bool,
    emit: Emit,
) -> None:
    old_type = python_type(old_service, old.target)
    new_type = python_type(new_service, new.target)
    if old_type != new_type:
        emit(Kind.BREAKING, f"type changed from {old_type} to {new_type}")
    if old.required != new.required:
        if new.required:
            emit(Kind.BREAKING, "now required")
        elif received:
            emit(Kind.BREAKING, "no longer required (received values may now be absent)")
        else:
            emit(Kind.FEATURE, "no longer required")
    if (old.has_default, old.default) != (new.has_default, new.default):
        if not old.has_default:
            emit(Kind.FEATURE, f"default added: {new.default!r}")
        elif not new.has_default:
            emit(Kind.BREAKING, f"default removed (was {old.default!r})")
        else:
            emit(Kind.BREAKING, f"default changed from {old.default!r} to {new.default!r}")
    for kind, what in constraint_changes(old.constraints, new.constraints):
        emit(kind, what)
    if old.http is None and new.http is None and old.wire_name != new.wire_name:
        emit(Kind.BREAKING, f"wire name changed from {old.wire_name!r} to {new.wire_name!r}")
    if binding(old) != binding(new):
        emit(Kind.BREAKING, f"HTTP binding changed from {binding(old)} to {binding(new)}")
    old_format = _timestamp_format(old_service, old)
    new_format = _timestamp_format(new_service, new)
    if old_type == new_type == "timestamp" and old_format != new_format:
        emit(Kind.BREAKING, f"timestamp format changed from {old_format} to {new_format}")
    _flag(
        emit,
        old.nullable,
        new.nullable,
        (Kind.FEATURE, "now nullable"),
        (Kind.BREAKING, "no longer nullable"),
    )
    _flag(
        emit,
        old.read_only,
        new.read_only,
        (Kind.BREAKING, "now read-only (no longer sent in requests)"),
        (Kind.FEATURE, "no longer read-only"),
    )
    _flag(
        emit,
        old.write_only,
        new.write_only,
        (Kind.BREAKING, "now write-only (no longer in responses)"),
        (Kind.FEATURE, "no longer write-only"),
    )
    _flag(
        emit,
        old.sensitive,
        new.sensitive,
        (Kind.FEATURE, "now sensitive"),
        (Kind.FEATURE, "no longer sensitive"),
    )
    _flag(
        emit,
        old.idempotency_token,
        new.idempotency_token,
        (Kind.FEATURE, "now an idempotency token (filled in when omitted)"),
        (Kind.FEATURE, "no longer an idempotency token"),
    )
    _flag(
        emit,
        old.deprecated,
        new.deprecated,
        (Kind.FEATURE, "deprecated"),
        (Kind.FEATURE, "no longer deprecated"),
    )
    if old.documentation != new.documentation:
        emit(Kind.FIX, "documentation changed")
