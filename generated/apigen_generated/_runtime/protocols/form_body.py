"""``application/x-www-form-urlencoded`` bodies: a structure's properties as form fields.

The OpenAPI default encoding of a form body: each property is one ``name=value`` pair
(``+`` for spaces, as HTML forms write them), a list is the name repeated, scalars are
written as in a query (booleans ``true``/``false``, timestamps in the member's format) and
an object or map property is its compact JSON. Reading reverses it by each field's kind;
text that is not a valid value is left as text for validation to reject.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs, urlencode

from pydantic_core import to_json

from ..core.schema import MemberSpec
from .wire_text import scalar_text, scalar_value

FORM = "application/x-www-form-urlencoded"
_STRUCTURED = frozenset({"structure", "union", "map", "document"})


def _text(value: Any, spec: MemberSpec, kind: str | None) -> str:
    if kind in _STRUCTURED:
        return to_json(value, by_alias=True).decode("utf-8")
    return scalar_text(value, spec.timestamp_format)


def encode_form(value: Any, fields: tuple[MemberSpec, ...]) -> bytes:
    """A structure payload's set properties as a form body."""
    pairs: list[tuple[str, str]] = []
    for spec in fields:
        item = getattr(value, spec.name, None)
        if item is None:
            continue
        if spec.kind == "list":
            pairs.extend((spec.wire, _text(v, spec, spec.item_kind)) for v in item)
        else:
            pairs.append((spec.wire, _text(item, spec, spec.kind)))
    return urlencode(pairs).encode("ascii")


def _value(text: str, kind: str | None) -> Any:
    if kind in _STRUCTURED:
        try:
            return json.loads(text)
        except ValueError:
            return text
    return scalar_value(text, kind)


def decode_form(body: bytes, fields: tuple[MemberSpec, ...]) -> dict[str, Any]:
    """A form body as the JSON-like data of its structure (wire names as keys)."""
    found = parse_qs(body.decode("utf-8"), keep_blank_values=True)
    data: dict[str, Any] = {}
    for spec in fields:
        values = found.get(spec.wire)
        if not values:
            continue
        if spec.kind == "list":
            data[spec.wire] = [_value(v, spec.item_kind) for v in values]
        else:
            data[spec.wire] = _value(values[0], spec.kind)
    return data
