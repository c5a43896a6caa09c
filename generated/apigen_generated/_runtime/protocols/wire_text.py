"""Values ↔ the text they travel as outside a JSON body: URI labels, query, headers.

Values become text as the AWS SDKs write them: booleans ``true``/``false``, floats
``NaN``/``Infinity``/``-Infinity`` (else ``repr``), timestamps in the member's resolved
format, blobs base64, documents in headers base64 of compact JSON, header lists joined by
``", "`` with strings quoted when they hold a comma or a quote. Text read back becomes the
value's JSON form (numbers, booleans, strings pydantic parses), so one ``model_validate_json``
checks a whole message whatever part of it each member came from; text that does not parse
is passed on unchanged for pydantic to report.
"""

from __future__ import annotations

import base64
import binascii
import enum
import json
import math
import re
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any
from urllib.parse import quote, unquote

from ..core.narrow import is_sequence
from ..core.scalars import parse_timestamp, to_date_time, to_epoch_seconds, to_http_date
from ..core.schema import MemberSpec

INTEGER_KINDS = frozenset({"integer", "long", "short", "byte", "bigInteger", "intEnum"})
FLOAT_KINDS = frozenset({"float", "double", "bigDecimal"})
STRUCTURED_KINDS = frozenset({"structure", "union"})
STRING_KINDS = frozenset({"string", "enum"})


_TIMESTAMP_WRITERS: dict[str, Callable[[datetime], str]] = {
    "date-time": to_date_time,
    "http-date": to_http_date,
    "epoch-seconds": lambda value: str(to_epoch_seconds(value)),
}
_NON_FINITE = {"NaN": "NaN", "Infinity": "Infinity", "-Infinity": "-Infinity"}


# -- values to text -------------------------------------------------------------------------


def float_text(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return repr(value)


def compact_json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def scalar_text(value: Any, timestamp_format: str | None = None) -> str:
    """One value as URI, query or header text (a document as compact JSON)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, str):
        return value
    if isinstance(value, float):
        return float_text(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        return _TIMESTAMP_WRITERS[timestamp_format or "date-time"](value)
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(value).decode("ascii")
    return compact_json(value)


def plain_text(value: Any) -> str:
    """A scalar validation never saw (a client with ``validate=False``) as text, as given.

    ``scalar_text`` without its JSON fallback: strings as they are, booleans, numbers, enums,
    timestamps (RFC 3339) and blobs; anything else raises ``TypeError`` (naming no value).
    """
    if isinstance(value, (str, bool, int, float, enum.Enum, datetime, bytes, bytearray)):
        return scalar_text(value)
    raise TypeError(f"a {type(value).__name__} has no text form")


def items_of(value: Any) -> list[Any] | tuple[Any, ...]:
    """A list member's value; ``TypeError`` for anything else (a string is not a list)."""
    if is_sequence(value):
        return value
    raise TypeError(f"a {type(value).__name__} is not a list")


def _quote_header_item(text: str) -> str:
    if '"' in text or "," in text:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text


def header_text(
    value: Any,
    spec: MemberSpec,
    separator: str = ", ",
    quoted: bool = True,
    write: Callable[[Any], str] | None = None,
) -> str:
    """A header member's value as header text (``write`` formats one scalar, when known)."""
    if spec.kind == "document":
        return base64.b64encode(compact_json(value).encode("utf-8")).decode("ascii")
    if write is None:
        fmt = spec.timestamp_format
        write = lambda item: scalar_text(item, fmt)  # noqa: E731 - a one-line default
    if spec.kind == "list":
        items = [write(item) for item in items_of(value) if item is not None]
        if quoted and spec.item_kind in STRING_KINDS:
            items = [_quote_header_item(item) for item in items]
        return separator.join(items)
    return write(value)


_UNRESERVED = re.compile(r"[A-Za-z0-9._~-]*").fullmatch
_UNRESERVED_PATH = re.compile(r"[A-Za-z0-9._~/-]*").fullmatch


def percent_encode(text: str, greedy: bool = False) -> str:
    """RFC 3986 encoding as botocore does it: only ``A-Za-z0-9-._~`` (and ``/`` when greedy)."""
    if greedy:
        return text if _UNRESERVED_PATH(text) else quote(text, safe="/~")
    return text if _UNRESERVED(text) else quote(text, safe="~")


def encode_query(pairs: Iterable[tuple[str, str]]) -> str:
    return "&".join(f"{percent_encode(k)}={percent_encode(v)}" for k, v in pairs)


# -- text to values --------------------------------------------------------------------------


def scalar_value(text: str, kind: str | None) -> Any:
    """Wire text as the JSON form of a ``kind`` value; unparsable text is returned as is."""
    if kind in INTEGER_KINDS:
        try:
            return int(text)
        except ValueError:
            return text
    if kind in FLOAT_KINDS:
        if text in _NON_FINITE:
            return text
        try:
            number = float(text)
        except ValueError:
            return text
        return number if math.isfinite(number) else text
    if kind == "boolean":
        lowered = text.strip().lower()
        if lowered == "true":
            return True
        if lowered == "false":
            return False
        return text
    if kind == "document":
        try:
            return json.loads(text)
        except ValueError:
            return text
    return text


def split_header_list(text: str, http_dates: bool = False) -> list[str]:
    """A comma-separated header list; quoted items may hold commas and escaped quotes."""
    if not text.strip():
        return []
    if http_dates:
        # An IMF-fixdate holds exactly one comma: "Mon, 16 Dec 2019 23:48:18 GMT".
        parts = [p.strip() for p in text.split(",")]
        return [f"{parts[i]}, {parts[i + 1]}" for i in range(0, len(parts) - 1, 2)]
    items: list[str] = []
    i, n = 0, len(text)
    while i < n:
        while i < n and text[i] in " \t":
            i += 1
        if i < n and text[i] == '"':
            i += 1
            chars: list[str] = []
            while i < n and text[i] != '"':
                if text[i] == "\\" and i + 1 < n:
                    i += 1
                chars.append(text[i])
                i += 1
            items.append("".join(chars))
            comma = text.find(",", i)
            i = n if comma < 0 else comma + 1
        else:
            comma = text.find(",", i)
            end = n if comma < 0 else comma
            items.append(text[i:end].strip())
            i = end + 1
    return items


def header_value(text: str, spec: MemberSpec) -> Any:
    """A header's text as the JSON form of its member's value."""
    if spec.kind == "document":
        try:
            return json.loads(base64.b64decode(text, validate=True))
        except (ValueError, binascii.Error):
            return text
    if spec.kind == "list":
        dates = spec.item_kind == "timestamp" and spec.timestamp_format == "http-date"
        items = split_header_list(text, dates)
        if spec.item_kind == "timestamp":
            return [header_timestamp(item) for item in items]
        return [scalar_value(item, spec.item_kind) for item in items]
    if spec.kind == "timestamp":
        return header_timestamp(text)
    return scalar_value(text, spec.kind)


def header_timestamp(text: str) -> str:
    """A header's timestamp (an HTTP date by default, whatever the body's format) as RFC 3339,
    the text every timestamp type reads on both sides; unparsable text is left as it is."""
    try:
        value = parse_timestamp(text)
    except ValueError:  # an epoch outside years 1-9999
        return text
    return to_date_time(value) if isinstance(value, datetime) else text


def parse_query(query: str) -> dict[str, list[str]]:
    """``a=1&a=2&b`` → {"a": ["1", "2"], "b": [""]}; ``+`` is a plus, not a space."""
    found: dict[str, list[str]] = {}
    if not query:
        return found
    for part in query.split("&"):
        if not part:
            continue
        key, _, value = part.partition("=")
        found.setdefault(unquote(key), []).append(unquote(value))
    return found


def parse_query_pairs(query: str) -> list[tuple[str, str]]:
    """``a=1%2C2&b`` → [("a", "1%2C2"), ("b", "")]: keys decoded, values left encoded."""
    pairs: list[tuple[str, str]] = []
    for part in query.split("&") if query else ():
        if part:
            key, _, value = part.partition("=")
            pairs.append((unquote(key), value))
    return pairs


def header_map(headers: list[tuple[str, str]]) -> dict[str, str]:
    """Lower-cased names → values; repeated headers are joined with ``", "``."""
    found: dict[str, str] = {}
    for name, value in headers:
        key = name.lower()
        found[key] = f"{found[key]}, {value}" if key in found else value
    return found


# -- writers by kind ------------------------------------------------------------------------
# Each writes the values validation lets through exactly, and anything else (input a client
# with ``validate=False`` never validated) by ``plain_text``: as given, or ``TypeError``.


def _enum_or_str(value: Any) -> str:
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, str):
        return value
    if type(value) is int:
        return str(value)
    return plain_text(value)


def _bool_text(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return plain_text(value)


def _float_text(value: Any) -> str:
    return float_text(value) if isinstance(value, float) else plain_text(value)


def _timestamp_writer(write: Callable[[datetime], str]) -> Callable[[Any], str]:
    def timestamp_text(value: Any) -> str:
        return write(value) if isinstance(value, datetime) else plain_text(value)

    return timestamp_text


_TIMESTAMP_TEXT = {fmt: _timestamp_writer(write) for fmt, write in _TIMESTAMP_WRITERS.items()}


def text_writer(kind: str | None, timestamp_format: str | None) -> Callable[[Any], str]:
    """The fastest exact ``scalar_text`` for values of one kind."""
    if kind in STRING_KINDS or kind in INTEGER_KINDS:
        return _enum_or_str
    if kind == "timestamp":
        return _TIMESTAMP_TEXT[timestamp_format or "date-time"]
    if kind == "boolean":
        return _bool_text
    if kind in FLOAT_KINDS:
        return _float_text
    return lambda value: scalar_text(value, timestamp_format)
