"""The JSON type of a plain value, as JSON Schema names it (``null`` for ``None``).

One definition for the runtime (``not`` and ``if`` conditions) and the OpenAPI front end
(which type each ``enum`` value belongs to); no imports, so the generator may use it.
"""

from __future__ import annotations

from typing import Any

__all__ = ["json_type"]


def json_type(value: Any) -> str:
    """``null``, ``boolean``, ``integer``, ``number``, ``string``, ``array`` or ``object``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"
