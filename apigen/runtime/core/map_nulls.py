"""A ``null`` value in a map of a response, dropped by the client that reads it.

Smithy's protocol tests ask clients to tolerate a null value in a dense map and drop the
key-value pair (``RestJsonDeserializesDenseSetMapAndSkipsNull``); botocore's parser fails
on it. Checking every map on every read would cost each response a walk, so this runs only
when validation has failed: the pairs whose null value pydantic refused (its error locations
point at them) are dropped and the document is validated once more (``model.read_json``).
A null that is not a map value (a list item, a required member) is not dropped, and when the
second validation fails too the first error stands.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from .narrow import is_dict, is_list

__all__ = ["without_null_entries"]


def without_null_entries(data: str | bytes, error: ValidationError) -> bytes | None:
    """``data`` (JSON) without the null-valued object entries ``error`` refused, or None
    when it has none (or is not JSON)."""
    try:
        document: Any = json.loads(data)
    except ValueError:
        return None
    dropped = False
    for item in error.errors(include_url=False, include_input=False):
        location = item["loc"]
        if not location or not isinstance(location[-1], str):
            continue
        parent = _at(document, location[:-1])
        key = location[-1]
        if isinstance(parent, dict) and key in parent and parent[key] is None:
            del parent[key]
            dropped = True
    return json.dumps(document).encode("utf-8") if dropped else None


def _at(document: Any, path: tuple[int | str, ...]) -> Any:
    """The value at ``path`` (pydantic's location) in ``document``, or None when the
    location names something that is not data (a union variant's tag)."""
    node: Any = document
    for step in path:
        if is_dict(node) and isinstance(step, str) and step in node:
            node = node[step]
        elif is_list(node) and isinstance(step, int) and 0 <= step < len(node):
            node = node[step]
        else:
            return None
    return node
