"""``application/x-www-form-urlencoded`` bodies: a structure's properties as form fields.

The OpenAPI default encoding of a form body: each property is one ``name=value`` pair
(``+`` for spaces, as HTML forms write them), a list is the name repeated, scalars are
their JSON value as text (booleans ``true``/``false``, timestamps as the model writes
them) and an object or map property is its compact JSON. Reading reverses it by each field's kind;
text that is not a valid value is left as text for validation to reject.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs, urlencode

from ..core.narrow import is_list
from ..core.schema import MemberSpec
from .wire_text import compact_json, scalar_text, scalar_value

FORM = "application/x-www-form-urlencoded"
_STRUCTURED = frozenset({"structure", "union", "map", "document"})


def _text(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return compact_json(value)
    return scalar_text(value)


def encode_form(value: Any, fields: tuple[MemberSpec, ...]) -> bytes:
    """A structure payload's properties as a form body, in ``fields`` order.

    The structure is dumped as JSON data first, so what it leaves out in this direction
    (readOnly members in a request, defaults never set) is left out of the form too.
    """
    data = value.model_dump(mode="json", by_alias=True, exclude_none=True, warnings=False)
    pairs: list[tuple[str, str]] = []
    for spec in fields:
        item = data.get(spec.wire)
        if item is None:
            continue
        if spec.kind == "list" and is_list(item):
            pairs.extend((spec.wire, _text(v)) for v in item)
        else:
            pairs.append((spec.wire, _text(item)))
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
