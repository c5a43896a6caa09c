"""Which side validates: the pydantic context a server reads a request with (``AS_SERVER``).

A client validates without a context (it reads servers leniently); a server passes
``AS_SERVER``, which the side-dependent checks (``enums``, ``unions``, ``model.ApigenUnion``)
ask ``is_server`` about.
"""

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final, cast

__all__ = ["AS_SERVER", "is_server"]

#: The pydantic validation context of a request a server reads (``read_json``).
AS_SERVER: Final[Mapping[str, str]] = MappingProxyType({"apigen": "server"})


def is_server(context: Any) -> bool:
    """Whether a pydantic validation context is a server reading a request."""
    return (
        isinstance(context, Mapping)
        and cast("Mapping[str, Any]", context).get("apigen") == "server"
    )
