"""``application/x-www-form-urlencoded`` bodies: a structure's properties as form fields.

The OpenAPI default encoding of a form body: each property is one ``name=value`` pair
(``+`` for spaces, as HTML forms write them), a list is the name repeated, scalars are
their JSON value as text (booleans ``true``/``false``, timestamps as the model writes
them) and an object or map property is its compact JSON. Reading reverses it by each field's kind;
text that is not a valid value is left as text for validation to reject.

A property's ``encoding`` (``PartSpec``) changes that: a ``style``/``explode``/
``allowReserved`` makes it travel as a query parameter of that style would (``styles``:
``color=R,100,G,200`` for form not exploded, ``color%5BR%5D=100`` for deepObject); a JSON
``contentType`` makes a property of any kind its compact JSON.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs, urlencode

from ..core.narrow import is_list
from ..core.records import replace
from ..core.schema import QUERY, MemberSpec, PartSpec
from .styles import Styled
from .wire_text import compact_json, parse_query_pairs, scalar_text, scalar_value

FORM = "application/x-www-form-urlencoded"
_STRUCTURED = frozenset({"structure", "union", "map", "document"})


def _text(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return compact_json(value)
    return scalar_text(value)


def _styled(spec: MemberSpec, part: PartSpec | None) -> Styled | None:
    if part is None or (part.style is None and part.explode is None and not part.allow_reserved):
        return None
    query = replace(
        spec,
        location=QUERY,
        style=part.style,
        explode=part.explode,
        allow_reserved=part.allow_reserved,
    )
    return Styled(query)


def _json_typed(part: PartSpec | None) -> bool:
    media = (part.content_type or "") if part is not None else ""
    return media.split(";")[0].strip().endswith("json")


def encode_form(
    value: Any, fields: tuple[MemberSpec, ...], parts: tuple[PartSpec, ...] = ()
) -> bytes:
    """A structure payload's properties as a form body, in ``fields`` order.

    The structure is dumped as JSON data first, so what it leaves out in this direction
    (readOnly members in a request, defaults never set) is left out of the form too.
    """
    data = value.model_dump(mode="json", by_alias=True, exclude_none=True, warnings=False)
    encodings = {part.name: part for part in parts}
    written: list[str] = []
    for spec in fields:
        item = data.get(spec.wire)
        if item is None:
            continue
        part = encodings.get(spec.wire)
        styled = _styled(spec, part)
        if styled is not None:
            written.extend(styled.query_parts(getattr(value, spec.name)))
        elif _json_typed(part):
            written.append(urlencode([(spec.wire, compact_json(item))]))
        elif spec.kind == "list" and is_list(item):
            written.append(urlencode([(spec.wire, _text(v)) for v in item]))
        else:
            written.append(urlencode([(spec.wire, _text(item))]))
    return "&".join(w for w in written if w).encode("ascii")


def _value(text: str, kind: str | None) -> Any:
    if kind in _STRUCTURED:
        try:
            return json.loads(text)
        except ValueError:
            return text
    return scalar_value(text, kind)


def decode_form(
    body: bytes, fields: tuple[MemberSpec, ...], parts: tuple[PartSpec, ...] = ()
) -> dict[str, Any]:
    """A form body as the JSON-like data of its structure (wire names as keys)."""
    text = body.decode("utf-8")
    found = parse_qs(text, keep_blank_values=True)
    encodings = {part.name: part for part in parts}
    raw_pairs = parse_query_pairs(text.replace("+", "%20")) if parts else []
    claimed = frozenset(spec.wire for spec in fields)
    data: dict[str, Any] = {}
    for spec in fields:
        part = encodings.get(spec.wire)
        styled = _styled(spec, part)
        if styled is not None:
            value = styled.query_value(raw_pairs, claimed)
            if value is not None:
                data[spec.wire] = value
            continue
        values = found.get(spec.wire)
        if not values:
            continue
        if _json_typed(part):
            data[spec.wire] = _value(values[0], "document")
        elif spec.kind == "list":
            data[spec.wire] = [_value(v, spec.item_kind) for v in values]
        else:
            data[spec.wire] = _value(values[0], spec.kind)
    return data
