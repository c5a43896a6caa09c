"""HTTP bindings shared by the codecs: members in the URI, query, headers, status and body.

A ``Plan`` describes one structure (an operation's input or output, or an error) for the
wire: which members are bound where and under which key its model dumps them. Codecs build
one per structure lazily and keep it, so a call only walks the members bound outside the
body and leaves the body to pydantic (``model_dump_json`` with the bound members excluded).

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
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, unquote

from pydantic_core import to_json

from .errors import ParamValidationError
from .model import ApigenModel, to_date_time, to_epoch_seconds, to_http_date
from .schema import (
    BODY,
    HEADER,
    LABEL,
    PAYLOAD,
    PREFIX_HEADERS,
    QUERY,
    QUERY_PARAMS,
    STATUS,
    MemberSpec,
)

INTEGER_KINDS = frozenset({"integer", "long", "short", "byte", "bigInteger", "intEnum"})
FLOAT_KINDS = frozenset({"float", "double", "bigDecimal"})
STRUCTURED_KINDS = frozenset({"structure", "union"})
STRING_KINDS = frozenset({"string", "enum"})


def _date_time(value: datetime) -> str:
    """``to_date_time`` without strftime (the common UTC case is formatted directly)."""
    if value.tzinfo is not UTC or value.microsecond:
        return to_date_time(value)
    return (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
        f"T{value.hour:02d}:{value.minute:02d}:{value.second:02d}Z"
    )


_TIMESTAMP_WRITERS: dict[str, Callable[[datetime], str]] = {
    "date-time": _date_time,
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
        items = [write(item) for item in value if item is not None]
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
        return [scalar_value(item, spec.item_kind) for item in split_header_list(text, dates)]
    return scalar_value(text, spec.kind)


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


def header_map(headers: list[tuple[str, str]]) -> dict[str, str]:
    """Lower-cased names → values; repeated headers are joined with ``", "``."""
    found: dict[str, str] = {}
    for name, value in headers:
        key = name.lower()
        found[key] = f"{found[key]}, {value}" if key in found else value
    return found


# -- URI templates ---------------------------------------------------------------------------

_LABEL = re.compile(r"\{([^}+]+)(\+?)\}")


class UriTemplate:
    """An operation's URI (``/things/{id}/{rest+}?type=x``): rendered and matched.

    ``specificity`` orders routes: more literal segments first, then fewer greedy labels,
    then more query literals, so ``/a/b`` wins over ``/a/{x}`` and ``/{x+}``.
    """

    __slots__ = (
        "_parts",
        "_regex",
        "labels",
        "path",
        "query",
        "query_literals",
        "specificity",
        "template",
    )

    def __init__(self, template: str) -> None:
        self.template = template
        self.path, _, self.query = template.partition("?")
        self.labels: list[tuple[str, bool]] = []
        self._parts: list[str | tuple[str, bool]] = []
        pattern = ["^"]
        position = 0
        for match in _LABEL.finditer(self.path):
            literal = self.path[position : match.start()]
            self._parts.append(literal)
            pattern.append(re.escape(literal))
            label, greedy = match.group(1), bool(match.group(2))
            self.labels.append((label, greedy))
            self._parts.append((label, greedy))
            pattern.append("(.+)" if greedy else "([^/]+)")
            position = match.end()
        self._parts.append(self.path[position:])
        pattern.append(re.escape(self.path[position:]) + "$")
        self._regex = re.compile("".join(pattern))
        self.query_literals = [
            (unquote(k), unquote(v) if sep else None)
            for k, sep, v in (p.partition("=") for p in self.query.split("&") if p)
        ]
        literal_segments = sum(1 for s in self.path.split("/") if s and "{" not in s)
        greedy_labels = sum(1 for _, g in self.labels if g)
        self.specificity = (-literal_segments, greedy_labels, -len(self.query_literals))

    def render(self, encoded: dict[str, str]) -> str:
        """The path with each label replaced by its already percent-encoded value."""
        return "".join(p if isinstance(p, str) else encoded[p[0]] for p in self._parts)

    def match(self, path: str, query: dict[str, list[str]] | None) -> dict[str, str] | None:
        """The decoded label values when ``path`` (percent-encoded) and query fit, else None."""
        found = self._regex.match(path)
        if found is None:
            return None
        for key, value in self.query_literals:
            values = (query or {}).get(key)
            if values is None or (value is not None and value not in values):
                return None
        return {name: unquote(found.group(i + 1)) for i, (name, _) in enumerate(self.labels)}


# -- plans -----------------------------------------------------------------------------------


def _enum_or_str(value: Any) -> str:
    return str(value.value) if isinstance(value, enum.Enum) else str(value)


def _bool_text(value: Any) -> str:
    return "true" if value else "false"


def text_writer(kind: str | None, timestamp_format: str | None) -> Callable[[Any], str]:
    """The fastest exact ``scalar_text`` for values of one kind."""
    if kind in STRING_KINDS or kind in INTEGER_KINDS:
        return _enum_or_str
    if kind == "timestamp":
        return _TIMESTAMP_WRITERS[timestamp_format or "date-time"]
    if kind == "boolean":
        return _bool_text
    if kind in FLOAT_KINDS:
        return float_text
    return lambda value: scalar_text(value, timestamp_format)


class Bound:
    """A member, the key its model uses in by-alias dumps, and how its values become text."""

    __slots__ = ("key", "name", "query_key", "spec", "wire", "write")

    def __init__(self, spec: MemberSpec, key: str) -> None:
        self.spec = spec
        self.name = spec.name
        self.key = key
        self.wire = spec.wire
        self.query_key = percent_encode(spec.wire)
        scalar = spec.item_kind if spec.kind in ("list", "map") else spec.kind
        self.write = text_writer(scalar, spec.timestamp_format)


class Plan:
    """Where each member of one structure travels; built once per structure and kept."""

    __slots__ = (
        "bound_names",
        "has_body",
        "headers",
        "labels",
        "model",
        "payload",
        "prefix_headers",
        "query",
        "query_params",
        "simple",
        "status",
    )

    def __init__(self, model: type[ApigenModel], members: Iterable[MemberSpec]) -> None:
        fields = model.model_fields
        self.model = model
        self.labels: dict[str, Bound] = {}
        self.query: list[Bound] = []
        self.query_params: Bound | None = None
        self.headers: list[Bound] = []
        self.prefix_headers: list[Bound] = []
        self.payload: Bound | None = None
        self.status: Bound | None = None
        self.has_body = False
        bound: set[str] = set()
        for spec in members:
            field = fields.get(spec.name)
            if field is None:
                raise KeyError(f"{model.__name__} has no member {spec.name!r}")
            item = Bound(spec, field.serialization_alias or spec.name)
            location = spec.location
            if location == BODY:
                self.has_body = True
                continue
            bound.add(spec.name)
            if location == LABEL:
                self.labels[spec.wire] = item
            elif location == QUERY:
                self.query.append(item)
            elif location == QUERY_PARAMS:
                self.query_params = item
            elif location == HEADER:
                self.headers.append(item)
            elif location == PREFIX_HEADERS:
                self.prefix_headers.append(item)
            elif location == PAYLOAD:
                self.payload = item
            elif location == STATUS:
                self.status = item
        self.bound_names = frozenset(bound)
        self.simple = not bound

    # -- model → wire --

    def body(self, model: ApigenModel, empty_structure: bytes) -> tuple[bytes, str | None]:
        """The body and its default Content-Type (None: leave it out)."""
        payload = self.payload
        if payload is not None:
            value = getattr(model, payload.name)
            kind = payload.spec.kind
            if value is None:
                if kind == "structure" and empty_structure:
                    return empty_structure, "application/json"
                return b"", None
            if kind in STRUCTURED_KINDS:
                return value.model_dump_json(by_alias=True).encode("utf-8"), "application/json"
            if kind == "blob":
                return bytes(value), "application/octet-stream"
            if kind in STRING_KINDS:
                return scalar_text(value).encode("utf-8"), "text/plain"
            return compact_json(value).encode("utf-8"), "application/json"
        if self.has_body:
            if self.bound_names:
                text = model.model_dump_json(by_alias=True, exclude=set(self.bound_names))
            else:
                text = model.model_dump_json(by_alias=True)
            return text.encode("utf-8"), "application/json"
        return b"", None

    def write_headers(
        self,
        model: ApigenModel,
        headers: list[tuple[str, str]],
        separator: str = ", ",
        quoted: bool = True,
    ) -> None:
        for item in self.headers:
            value = getattr(model, item.name)
            if value is not None:
                headers.append(
                    (item.wire, header_text(value, item.spec, separator, quoted, item.write))
                )
        for item in self.prefix_headers:
            mapping = getattr(model, item.name)
            if mapping:
                fmt = item.spec.timestamp_format
                for key, value in mapping.items():
                    if value is not None:
                        headers.append((item.wire + key, scalar_text(value, fmt)))

    def query_string(self, model: ApigenModel) -> str:
        """The encoded query of the bound members (named members before the params map)."""
        parts: list[str] = []
        named: set[str] = set()
        for item in self.query:
            value = getattr(model, item.name)
            if value is None:
                continue
            named.add(item.wire)
            write = item.write
            if item.spec.kind == "list":
                texts = [write(v) for v in value if v is not None]
                delimiter = _query_delimiter(item.spec)
                if delimiter is None:
                    parts.extend(f"{item.query_key}={percent_encode(text)}" for text in texts)
                elif texts:
                    parts.append(f"{item.query_key}={percent_encode(delimiter.join(texts))}")
            else:
                parts.append(f"{item.query_key}={percent_encode(write(value))}")
        params = self.query_params
        if params is not None:
            mapping = getattr(model, params.name)
            if mapping:
                pairs: list[tuple[str, str]] = []
                for key, value in mapping.items():
                    if key in named or value is None:
                        continue  # a named query member wins over the map
                    if isinstance(value, list):
                        pairs.extend((key, scalar_text(v)) for v in value if v is not None)
                    else:
                        pairs.append((key, scalar_text(value)))
                if pairs:
                    parts.append(encode_query(pairs))
        return "&".join(parts)

    def label_values(self, model: ApigenModel) -> dict[str, str]:
        encoded: dict[str, str] = {}
        for wire, item in self.labels.items():
            value = getattr(model, item.name)
            text = "" if value is None else _label_text(value, item.spec)
            if not text:
                raise ParamValidationError(
                    f"URI label {wire!r} ({item.name}) must be set and non-empty",
                    [
                        {
                            "type": "missing",
                            "loc": (item.name,),
                            "msg": "URI labels must be non-empty",
                        }
                    ],
                )
            encoded[wire] = percent_encode(text, item.spec.greedy)
        return encoded

    # -- wire → model --

    def read(
        self,
        body: bytes,
        headers: list[tuple[str, str]],
        *,
        labels: dict[str, str] | None = None,
        query: str | None = None,
        status: int | None = None,
    ) -> ApigenModel:
        """The model from a message; raises ``ValueError`` (pydantic's or JSON's) when invalid."""
        if self.simple:
            return self.model.model_validate_json(body if body.strip() else b"{}")
        data: dict[str, Any] = {}
        payload = self.payload
        if payload is not None:
            if body:
                data[payload.key] = _payload_value(body, payload.spec.kind)
        elif self.has_body and body.strip():
            parsed = json.loads(body)
            if not isinstance(parsed, dict):
                raise ValueError("the JSON body is not an object")
            data = parsed
        if self.headers or self.prefix_headers:
            lowered = header_map(headers)
            for item in self.headers:
                text = lowered.get(item.wire.lower())
                if text is not None:
                    data[item.key] = header_value(text, item.spec)
            for item in self.prefix_headers:
                prefix = item.wire.lower()
                found = {
                    name[len(prefix) :]: value
                    for name, value in headers
                    if name.lower().startswith(prefix)
                }
                if found:
                    data[item.key] = found
        if labels:
            for wire, text in labels.items():
                label = self.labels.get(wire)
                if label is not None:
                    data[label.key] = _label_value(text, label.spec)
        if query is not None and (self.query or self.query_params is not None):
            self._read_query(parse_query(query), data)
        if status is not None and self.status is not None:
            data[self.status.key] = status
        return self.model.model_validate_json(to_json(data))

    def _read_query(self, found: dict[str, list[str]], data: dict[str, Any]) -> None:
        for item in self.query:
            values = found.get(item.wire)
            if not values:
                continue
            spec = item.spec
            if spec.kind == "list":
                delimiter = _query_delimiter(spec)
                if delimiter is not None:
                    values = [v for text in values for v in text.split(delimiter)]
                data[item.key] = [scalar_value(v, spec.item_kind) for v in values]
            else:
                data[item.key] = scalar_value(values[0], spec.kind)
        params = self.query_params
        if params is not None and found:
            # Servers put every query parameter in the map, named ones too (as Smithy says).
            as_list = params.spec.item_kind == "list"
            data[params.key] = {
                key: (values if as_list else values[0]) for key, values in found.items()
            }


def _query_delimiter(spec: MemberSpec) -> str | None:
    """None when a list query member repeats its key (the default), else its delimiter."""
    if spec.explode is False or spec.style in ("spaceDelimited", "pipeDelimited"):
        return {"spaceDelimited": " ", "pipeDelimited": "|"}.get(spec.style or "", ",")
    return None


def _label_text(value: Any, spec: MemberSpec) -> str:
    if spec.kind == "list":
        return ",".join(scalar_text(v, spec.timestamp_format) for v in value if v is not None)
    return scalar_text(value, spec.timestamp_format)


def _label_value(text: str, spec: MemberSpec) -> Any:
    if spec.kind == "list":
        return [scalar_value(v, spec.item_kind) for v in text.split(",")] if text else []
    return scalar_value(text, spec.kind)


def _payload_value(body: bytes, kind: str) -> Any:
    if kind == "blob":
        return base64.b64encode(body).decode("ascii")
    if kind in STRING_KINDS:
        return body.decode("utf-8")
    return json.loads(body)
