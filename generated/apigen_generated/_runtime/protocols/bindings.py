"""HTTP bindings shared by the codecs: members in the URI, query, headers, status and body.

A ``Plan`` describes one structure (an operation's input or output, or an error) for the
wire: which members are bound where and under which key its model dumps them. Codecs build
one per structure lazily and keep it, so a call only walks the members bound outside the
body and leaves the body to pydantic (``model_dump_json`` with the bound members excluded).
Scalars, header lists and query strings become text by the rules in ``wire_text``; members
with an OpenAPI parameter style (and OpenAPI object parameters) by those in ``styles``.
Bound members are read from the model's ``__dict__``, not as attributes: a deprecated one
would warn the client itself (DataZone's ``retainPermissionsOnRevokeFailure``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote

from pydantic_core import to_json

from ..core.directions import unsent_default
from ..core.errors import ParamValidationError
from ..core.model import ApigenModel, read_json
from ..core.narrow import is_dict, is_list
from ..core.schema import (
    BODY,
    COOKIE,
    HEADER,
    LABEL,
    PAYLOAD,
    PREFIX_HEADERS,
    QUERY,
    QUERY_PARAMS,
    STATUS,
    MemberSpec,
)
from .payloads import decode_payload, encode_payload
from .styles import Styled, cookie_pairs, needs_style
from .wire_text import (
    encode_query,
    header_map,
    header_text,
    header_value,
    items_of,
    parse_query,
    parse_query_pairs,
    percent_encode,
    plain_text,
    scalar_value,
    text_writer,
)

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

    def raw_labels(self, path: str) -> dict[str, str]:
        """The label values of ``path`` as sent, still percent-encoded ({} when it does not fit)."""
        found = self._regex.match(path)
        if found is None:
            return {}
        return {name: found.group(i + 1) for i, (name, _) in enumerate(self.labels)}


# -- plans -----------------------------------------------------------------------------------


class Bound:
    """A member, the key its model uses in by-alias dumps, and how its values become text.

    ``styled`` is set when the member travels by OpenAPI's style rules (``styles``).
    """

    __slots__ = ("key", "name", "query_key", "spec", "styled", "wire", "write")

    def __init__(self, spec: MemberSpec, key: str) -> None:
        self.spec = spec
        self.name = spec.name
        self.key = key
        self.wire = spec.wire
        self.query_key = percent_encode(spec.wire)
        scalar = spec.item_kind if spec.kind in ("list", "map") else spec.kind
        self.write = text_writer(scalar, spec.timestamp_format)
        self.styled = Styled(spec) if needs_style(spec) else None


class Plan:
    """Where each member of one structure travels; built once per structure and kept."""

    __slots__ = (
        "bound_names",
        "cookies",
        "greedy",
        "has_body",
        "headers",
        "labels",
        "model",
        "payload",
        "prefix_headers",
        "query",
        "query_claimed",
        "query_params",
        "raw_labels",
        "simple",
        "status",
        "styled_query",
    )

    def __init__(
        self,
        model: type[ApigenModel],
        members: Iterable[MemberSpec],
        query_literals: Iterable[str] = (),
        greedy: Iterable[str] = (),
    ) -> None:
        """``query_literals`` are the query keys the URI itself holds (``/things?type=x``);
        ``greedy`` the labels it writes ``{name+}`` (they keep their ``/``)."""
        fields = model.model_fields
        self.model = model
        self.greedy = frozenset(greedy)
        self.labels: dict[str, Bound] = {}
        self.query: list[Bound] = []
        self.query_params: Bound | None = None
        self.headers: list[Bound] = []
        self.cookies: list[Bound] = []
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
            elif location == COOKIE:
                self.cookies.append(item)
            elif location == PAYLOAD:
                self.payload = item
            elif location == STATUS:
                self.status = item
        self.bound_names = frozenset(bound)
        self.simple = not bound
        # Styled labels are read from the raw path; styled query members from raw pairs,
        # where an exploded form map takes every key no other member (or the URI) claims.
        self.raw_labels = any(b.styled is not None for b in self.labels.values())
        self.styled_query = any(b.styled is not None for b in self.query)
        self.query_claimed = frozenset([*(b.wire for b in self.query), *query_literals])

    # -- model → wire --

    def body(self, model: ApigenModel, empty_structure: bytes) -> tuple[bytes, str | None]:
        """The body and its default Content-Type (None: leave it out)."""
        payload = self.payload
        if payload is not None:
            value = model.__dict__.get(payload.name)
            kind = payload.spec.kind
            if value is None:
                if kind == "structure" and empty_structure:
                    return empty_structure, "application/json"
                return b"", None
            return encode_payload(value, payload.spec)
        if self.has_body:
            if self.bound_names:
                text = model.model_dump_json(
                    by_alias=True, exclude=set(self.bound_names), warnings=False
                )
            else:
                text = model.model_dump_json(by_alias=True, warnings=False)
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
            value = model.__dict__.get(item.name)
            if value is None or unsent_default(model, item.name):
                continue
            try:
                if item.styled is not None:
                    text = item.styled.header_text(value)
                else:
                    text = header_text(value, item.spec, separator, quoted, item.write)
            except (TypeError, AttributeError, ValueError):
                raise _unsendable(item, value) from None
            headers.append((item.wire, text))
        cookies: list[str] = []
        for item in self.cookies:
            value = model.__dict__.get(item.name)
            if value is None or item.styled is None or unsent_default(model, item.name):
                continue
            try:
                cookies.append(item.styled.cookie_text(value))
            except (TypeError, AttributeError, ValueError):
                raise _unsendable(item, value) from None
        if any(cookies):
            headers.append(("Cookie", "; ".join(c for c in cookies if c)))
        for item in self.prefix_headers:
            mapping = model.__dict__.get(item.name)
            if mapping:
                try:
                    for key, value in mapping.items():
                        if value is not None:
                            headers.append((item.wire + str(key), item.write(value)))
                except (TypeError, AttributeError, ValueError):
                    raise _unsendable(item, mapping) from None

    def query_string(self, model: ApigenModel) -> str:
        """The encoded query of the bound members (named members before the params map)."""
        parts: list[str] = []
        named: set[str] = set()
        for item in self.query:
            value = model.__dict__.get(item.name)
            if value is None or unsent_default(model, item.name):
                continue
            named.add(item.wire)
            write = item.write
            try:
                if item.styled is not None:
                    parts.extend(item.styled.query_parts(value))
                elif item.spec.kind == "list":
                    parts.extend(
                        f"{item.query_key}={percent_encode(write(v))}"
                        for v in items_of(value)
                        if v is not None
                    )
                else:
                    parts.append(f"{item.query_key}={percent_encode(write(value))}")
            except (TypeError, AttributeError, ValueError):
                raise _unsendable(item, value) from None
        params = self.query_params
        if params is not None:
            mapping = model.__dict__.get(params.name)
            if mapping:
                pairs: list[tuple[str, str]] = []
                try:
                    for key, value in mapping.items():
                        if key in named or value is None:
                            continue  # a named query member wins over the map
                        if is_list(value):
                            pairs.extend((key, plain_text(v)) for v in value if v is not None)
                        else:
                            pairs.append((key, plain_text(value)))
                except (TypeError, AttributeError, ValueError):
                    raise _unsendable(params, mapping) from None
                if pairs:
                    parts.append(encode_query(pairs))
        return "&".join(parts)

    def label_values(self, model: ApigenModel) -> dict[str, str]:
        encoded: dict[str, str] = {}
        for wire, item in self.labels.items():
            value = model.__dict__.get(item.name)
            try:
                if value is None:
                    text = ""
                elif item.styled is not None:
                    text = item.styled.path_text(value)  # already percent-encoded
                else:
                    greedy = item.spec.greedy or wire in self.greedy
                    text = percent_encode(item.write(value), greedy)
            except (TypeError, AttributeError, ValueError):
                raise _unsendable(item, value) from None
            if not text:
                raise ParamValidationError(
                    f"URI label {wire!r} ({item.name}) must be set and non-empty",
                    [
                        {
                            "path": item.key,
                            "type": "missing",
                            "message": "URI labels must be non-empty",
                        }
                    ],
                )
            encoded[wire] = text
        return encoded

    # -- wire → model --

    def read(
        self,
        body: bytes,
        headers: list[tuple[str, str]],
        *,
        labels: dict[str, str] | None = None,
        raw_labels: dict[str, str] | None = None,
        query: str | None = None,
        status: int | None = None,
        server: bool = False,
    ) -> ApigenModel:
        """The model from a message; raises ``ValueError`` (pydantic's or JSON's) when invalid.

        ``labels`` are decoded; styled labels are read from ``raw_labels`` (as sent) when given.
        ``server``: a request a server reads, validated strictly (``model.read_json``).
        """
        if self.simple:
            return read_json(self.model, body if body.strip() else b"{}", server=server)
        data: dict[str, Any] = {}
        payload = self.payload
        if payload is not None:
            if payload.spec.streaming:  # set from the stream itself (``streaming``)
                data[payload.key] = ""
            elif body:
                media = next((v for k, v in headers if k.lower() == "content-type"), None)
                data[payload.key] = decode_payload(body, payload.spec, media)
        elif self.has_body and body.strip():
            parsed = json.loads(body)
            if not is_dict(parsed):
                raise ValueError("the JSON body is not an object")
            data = parsed
        if self.headers or self.prefix_headers:
            lowered = header_map(headers)
            for item in self.headers:
                text = lowered.get(item.wire.lower())
                if text is None:
                    continue
                if item.styled is not None:
                    data[item.key] = item.styled.header_value(text)
                else:
                    data[item.key] = header_value(text, item.spec)
            for item in self.prefix_headers:
                prefix = item.wire.lower()
                found = {
                    name[len(prefix) :]: value
                    for name, value in headers
                    if name.lower().startswith(prefix)
                }
                # Always a map, {} when no header has the prefix (as botocore reads it).
                data[item.key] = found
        if self.cookies:
            pairs = cookie_pairs("; ".join(v for k, v in headers if k.lower() == "cookie"))
            claimed = frozenset(b.wire for b in self.cookies)
            for item in self.cookies:
                assert item.styled is not None
                found = item.styled.query_value(pairs, claimed)
                if found is not None:
                    data[item.key] = found
        if labels:
            for wire, text in labels.items():
                label = self.labels.get(wire)
                if label is None:
                    continue
                if label.styled is not None:
                    raw = (raw_labels or {}).get(wire, text)
                    data[label.key] = label.styled.path_value(raw)
                else:
                    data[label.key] = scalar_value(text, label.spec.kind)
        if query is not None and (self.query or self.query_params is not None):
            self._read_query(query, data)
        if status is not None and self.status is not None:
            data[self.status.key] = status
        return read_json(self.model, to_json(data), server=server)

    def _read_query(self, query: str, data: dict[str, Any]) -> None:
        found = parse_query(query)
        pairs = parse_query_pairs(query) if self.styled_query else []
        for item in self.query:
            if item.styled is not None:
                value = item.styled.query_value(pairs, self.query_claimed)
                if value is not None:
                    data[item.key] = value
                continue
            values = found.get(item.wire)
            if not values:
                continue
            spec = item.spec
            if spec.kind == "list":
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


def _unsendable(item: Bound, value: Any) -> ParamValidationError:
    """A bound value with no text form (``validate=False`` lets any value through).

    The message names the member, where it travels and the value's type, never the value.
    """
    spec = item.spec
    expected = f"{spec.kind} of {spec.item_kind}" if spec.item_kind else spec.kind
    where = _WHERE.get(spec.location, spec.location)
    message = (
        f"{item.name} ({where} {spec.wire!r}) cannot be sent: "
        f"a {type(value).__name__} (or a value in it) has no text form as a {expected}"
    )
    return ParamValidationError(
        message, [{"path": item.key, "type": "unsendable", "message": message}]
    )


_WHERE = {
    LABEL: "URI label",
    QUERY: "query",
    QUERY_PARAMS: "query",
    HEADER: "header",
    COOKIE: "cookie",
    PREFIX_HEADERS: "header prefix",
}
