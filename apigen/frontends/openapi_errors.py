"""Where an OpenAPI document's error bodies carry the API's error code, status and detail.

A document states its error format only as schemas, so the envelope (``ir.ErrorEnvelope``)
is read from the error structure's properties by their wire names (case and ``_``/``-``
ignored), the first match of each list winning:

- code: ``code``, ``error_code``, ``errorCode``, ``type`` (RFC 7807's problem type), or
  ``error`` when it is a string (OAuth 2's ``{error, error_description}``);
- status: ``status``, ``status_code``, ``http_status``;
- detail: ``detail``, ``message``, ``error_description``, ``error_message``,
  ``description``, ``msg``; title: ``title``; id: ``id``, ``instance``, ``request_id``,
  ``trace_id``; source: ``source`` when it is an object.

Only scalar properties count (a string or a number; numbers are listed in ``integers``).
An error object is a structure with a code or a detail. The body is one (fields at the
top), else the body has exactly one property holding one (``{"error": {...}}``) or a list of
them (JSON:API's ``{"errors": [...]}``); a body that is neither has no envelope, and the
runtime's default serves it. The service's envelope is the one most error responses use
(ties: the first in document order).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from apigen import ir

_FIELDS: dict[str, tuple[str, ...]] = {
    "code": ("code", "errorcode", "type"),
    "status": ("status", "statuscode", "httpstatus"),
    "detail": ("detail", "message", "errordescription", "errormessage", "description", "msg"),
    "title": ("title",),
    "id": ("id", "instance", "requestid", "traceid"),
}
_TEXT = frozenset({ir.ShapeType.STRING, ir.ShapeType.ENUM})
_NUMBERS = frozenset(
    {
        ir.ShapeType.INTEGER,
        ir.ShapeType.LONG,
        ir.ShapeType.SHORT,
        ir.ShapeType.BYTE,
        ir.ShapeType.BIG_INTEGER,
        ir.ShapeType.INT_ENUM,
    }
)


def _key(name: str) -> str:
    return name.lower().replace("_", "").replace("-", "")


def _fields(
    shape: ir.Shape, shapes: Mapping[str, ir.Shape]
) -> tuple[dict[str, str], tuple[str, ...], str | None] | None:
    """(field → wire key, integer keys, source key) of an error object, None if it is none."""
    scalars: dict[str, str] = {}
    numbers: set[str] = set()
    source = None
    for member in shape.members:
        target = shapes.get(member.target)
        kind = target.type if target is not None else None
        key = _key(member.wire_name)
        if kind in _TEXT or kind in _NUMBERS:
            scalars.setdefault(key, member.wire_name)
            if kind in _NUMBERS:
                numbers.add(member.wire_name)
        elif key == "source" and kind is ir.ShapeType.STRUCTURE:
            source = member.wire_name
    found: dict[str, str] = {}
    for field, candidates in _FIELDS.items():
        wire = next((scalars[c] for c in candidates if c in scalars), None)
        if wire is not None and wire not in found.values():
            found[field] = wire
    if "code" not in found and "error" in scalars and scalars["error"] not in numbers:
        found["code"] = scalars["error"]
    if "code" not in found and "detail" not in found:
        return None
    return found, tuple(sorted(numbers & set(found.values()))), source


def envelope(
    shape: ir.Shape, shapes: Mapping[str, ir.Shape], media_type: str
) -> ir.ErrorEnvelope | None:
    """The envelope of one error body (see the module docstring), None when it has none."""
    container: str | None = None
    many = False
    found = _fields(shape, shapes)
    if found is None and len(shape.members) == 1:
        [member] = shape.members
        target = shapes.get(member.target)
        if target is not None and target.type is ir.ShapeType.LIST:
            target, many = shapes.get(target.member.target), True
        if target is not None and target.type is ir.ShapeType.STRUCTURE:
            found = _fields(target, shapes)
            container = member.wire_name
    if found is None:
        return None
    keys, integers, source = found
    return ir.ErrorEnvelope(
        container=container,
        many=many,
        integers=integers,
        source=source,
        media_type=media_type,
        **keys,
    )


def service_envelope(uses: Sequence[ir.ErrorEnvelope]) -> ir.ErrorEnvelope | None:
    """The envelope most error responses use (``uses``: one per response, in document
    order); ties go to the first seen."""
    if not uses:
        return None
    counts = Counter(uses)
    best = max(counts.values())
    return next(e for e in uses if counts[e] == best)
