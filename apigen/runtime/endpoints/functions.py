"""The standard library of the Smithy rules language: what ``{"fn": ...}`` may call.

Each function takes already-evaluated arguments and returns a value, or None for "no
result" (a condition that is None or False does not hold). Arguments of the wrong kind give
None rather than raising: the rule sets guard with ``isSet`` and the engine treats None as a
failed condition, which is what the Smithy specification asks of an invalid input.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, urlsplit

from ..core.narrow import is_dict, is_list

__all__ = ["STANDARD", "get_attr", "is_valid_host_label"]

# RFC 1123 labels: letters, digits and hyphens, not starting with a hyphen, 1..63 long.
_HOST_LABEL = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,62}")
_PATH_PART = re.compile(r"([^\[\]]*)((?:\[\d+\])*)")
_INDEX = re.compile(r"\[(\d+)\]")


def is_set(value: Any) -> bool:
    return value is not None


def not_(value: Any) -> bool:
    return value is not True


def boolean_equals(left: Any, right: Any) -> bool:
    return isinstance(left, bool) and isinstance(right, bool) and left is right


def string_equals(left: Any, right: Any) -> bool:
    return isinstance(left, str) and isinstance(right, str) and left == right


def substring(value: Any, start: int, stop: int, reverse: bool) -> str | None:
    """``value[start:stop]`` (counted from the end when ``reverse``); None for a string that
    is not ASCII, shorter than ``stop``, or an empty range."""
    if not isinstance(value, str) or not value.isascii():
        return None
    if start >= stop or len(value) < stop:
        return None
    if reverse:
        start, stop = len(value) - stop, len(value) - start
    return value[start:stop]


def uri_encode(value: Any) -> str | None:
    """Percent-encodes everything but RFC 3986's unreserved characters."""
    return quote(value, safe="") if isinstance(value, str) else None


def is_valid_host_label(value: Any, allow_sub_domains: Any) -> bool:
    """An RFC 1123 host label; with ``allow_sub_domains`` dot-separated labels."""
    if not isinstance(value, str):
        return False
    labels = value.split(".") if allow_sub_domains is True else [value]
    return all(_HOST_LABEL.fullmatch(label) for label in labels)


def _is_ip(host: str) -> bool:
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def parse_url(value: Any) -> dict[str, Any] | None:
    """``{scheme, authority, path, normalizedPath, isIp}`` of an http(s) URL; None for
    anything else, or a URL with a query (endpoints never carry one)."""
    if not isinstance(value, str):
        return None
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - a bad port raises here
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or parts.query or "?" in value or not parts.netloc:
        return None
    path = parts.path
    normalized = path if path.startswith("/") else f"/{path}"
    if not normalized.endswith("/"):
        normalized += "/"
    host = parts.netloc.rsplit("@", 1)[-1]
    if host.startswith("["):
        host = host[: host.index("]") + 1] if "]" in host else host
    else:
        host = host.rsplit(":", 1)[0]
    return {
        "scheme": parts.scheme,
        "authority": parts.netloc,
        "path": path,
        "normalizedPath": normalized,
        "isIp": _is_ip(host),
    }


def get_attr(value: Any, path: str) -> Any:
    """``value`` followed along ``path`` (``a.b[0]``): record fields and list indexes; None
    when a step is missing or out of range."""
    for part in path.split("."):
        match = _PATH_PART.fullmatch(part)
        if match is None:
            return None
        name, indexes = match.groups()
        if name:
            value = value.get(name) if is_dict(value) else None
        for index in _INDEX.findall(indexes):
            position = int(index)
            value = value[position] if is_list(value) and position < len(value) else None
    return value


STANDARD: dict[str, Callable[..., Any]] = {
    "isSet": is_set,
    "not": not_,
    "booleanEquals": boolean_equals,
    "stringEquals": string_equals,
    "substring": substring,
    "uriEncode": uri_encode,
    "parseURL": parse_url,
    "isValidHostLabel": is_valid_host_label,
    "getAttr": get_attr,
}
