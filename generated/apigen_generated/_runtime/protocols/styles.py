"""OpenAPI parameter styles: path, query and header values of any shape ↔ wire text.

OpenAPI 3 serialises a parameter by its ``style`` and ``explode`` (RFC 6570 expansions).
With the parameter ``color`` and the values ``"blue"``, ``["blue", "black", "brown"]`` and
``{"R": 100, "G": 200, "B": 150}``:

==============  =======  =======================================  ============================
style           explode  array                                    object
==============  =======  =======================================  ============================
simple          false    ``blue,black,brown``                     ``R,100,G,200,B,150``
simple          true     ``blue,black,brown``                     ``R=100,G=200,B=150``
label           false    ``.blue,black,brown``                    ``.R,100,G,200,B,150``
label           true     ``.blue.black.brown``                    ``.R=100.G=200.B=150``
matrix          false    ``;color=blue,black,brown``              ``;color=R,100,G,200,B,150``
matrix          true     ``;color=blue;color=black;color=brown``  ``;R=100;G=200;B=150``
form            false    ``color=blue,black,brown``               ``color=R,100,G,200,B,150``
form            true     ``color=blue&color=black&color=brown``   ``R=100&G=200&B=150``
spaceDelimited  false    ``color=blue%20black%20brown``           ``color=R%20100%20G…``
pipeDelimited   false    ``color=blue%7Cblack%7Cbrown``           ``color=R%7C100%7CG…``
deepObject      any      n/a                                      ``color%5BR%5D=100&…``
==============  =======  =======================================  ============================

A string is ``blue``, ``.blue``, ``;color=blue`` or ``color=blue``; an empty one ``""``,
``.``, ``;color`` or ``color=``. Path styles are simple, label and matrix; query styles
form, spaceDelimited, pipeDelimited and deepObject; headers are simple (never encoded).

``bindings.Plan`` hands a bound member here when it has a style or explode flag of its own,
when its value is an object (a structure or a map: the location's default style applies)
or when it is an array in the path; every other member (all of restJson1's) keeps the rules
of ``wire_text``.

Decisions:
- Data is percent-encoded (RFC 3986 unreserved characters kept), delimiters are not: the
  ``,``, ``;``, ``=``, ``.`` and ``&`` of an expansion stay literal, so a value holding a
  comma survives the trip. The space and pipe of spaceDelimited/pipeDelimited and the
  brackets of deepObject are not URI characters, so they travel encoded. In label style the
  dots in data are encoded too (``%2E``), so an exploded label array of decimals splits
  right. Header values are never encoded, so a comma (or, exploded, an ``=``) in header
  data cannot be told from the syntax.
- label with explode false joins with commas (``.blue,black,brown``) as RFC 6570 and OpenAPI
  3.0.4 say; the 3.0.3 table's ``.blue.black.brown`` is an erratum.
- Readers split raw text on literal delimiters, then decode. Text split on commas that holds
  no literal comma is decoded first and split then, so clients that encode the commas they
  join with (many do) are understood; the cost is that a one-item array (or a one-property
  object) whose text holds a comma reads as several items.
- deepObject ignores explode (specs often leave it unset). What the table leaves undefined
  (deepObject on non-objects, spaceDelimited/pipeDelimited on primitives or exploded) and
  objects or arrays holding anything but scalars are rejected by the generator.
- Absent members write nothing. An empty array or object writes nothing in the query and
  as an empty value in the path (``;color``, ``.``; the simple style's ``""`` is refused
  like any empty label).
- Cookies take the form style (the only one OpenAPI 3.0/3.1 gives them) and are written as
  the query would be, each ``name=value`` part one pair of the ``Cookie`` header, joined
  with ``; `` (``color=blue,black,brown``; exploded: ``color=blue; color=black``).
- A parameter described by ``content`` (``media_type`` set: JSON) is a primitive whose text
  is the value's compact JSON, percent-encoded where its location encodes
  (``filter=%7B%22a%22%3A1%7D``); its reader parses the JSON back (text that is not JSON is
  kept for validation to reject).
- ``allowReserved`` keeps RFC 3986 reserved characters of query data literal, except the
  four that would change what the query says: ``&`` and ``=`` (pair and key syntax), ``#``
  (the fragment) and ``+`` (a space to form decoders).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import Any
from urllib.parse import quote, unquote

from pydantic_core import to_json

from ..core.schema import COOKIE, HEADER, LABEL, QUERY, MemberSpec
from .wire_text import items_of, percent_encode, scalar_value, text_writer

DEFAULT_STYLES = {LABEL: "simple", QUERY: "form", HEADER: "simple", COOKIE: "form"}
_RESERVED_KEPT = ":/?[]@!$'()*,;"  # allowReserved: RFC 3986 reserved, less & = # +
_OBJECT_KINDS = frozenset({"structure", "map"})
# Between a query array's (or flattened object's) items, by style; spaces and pipes encoded.
_QUERY_DELIMITERS = {"form": ",", "spaceDelimited": "%20", "pipeDelimited": "%7C"}
_DECODED = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}

Pairs = list[tuple[str, str]]


def needs_style(spec: MemberSpec) -> bool:
    """Whether a bound member travels by these rules (else by ``wire_text``'s)."""
    if spec.location not in DEFAULT_STYLES:
        return False
    return (
        spec.style is not None
        or spec.explode is not None
        or spec.kind in _OBJECT_KINDS
        or (spec.location == LABEL and spec.kind == "list")
        or spec.location == COOKIE
        or spec.media_type is not None
        or spec.allow_reserved
    )


def _json_text(value: Any) -> str:
    return to_json(value, by_alias=True, exclude_none=True).decode("utf-8")


def _reserved_kept(text: str) -> str:
    return quote(text, safe="~" + _RESERVED_KEPT)


def cookie_pairs(header: str) -> list[tuple[str, str]]:
    """A ``Cookie`` header as (decoded name, raw value) pairs, in order."""
    pairs: list[tuple[str, str]] = []
    for part in header.split(";"):
        name, _, value = part.strip().partition("=")
        if name:
            pairs.append((unquote(name), value))
    return pairs


def _label_data(text: str) -> str:
    return percent_encode(text).replace(".", "%2E")


def _split(raw: str, delimiter: str) -> list[str]:
    """Raw text split on a literal delimiter, each piece decoded (commas: see the notes)."""
    if not raw:
        return []
    if delimiter == "," and delimiter not in raw:
        return unquote(raw).split(delimiter)
    return [unquote(piece) for piece in raw.split(delimiter)]


def _flat(pairs: Pairs) -> list[str]:
    return [text for pair in pairs for text in pair]


def _pair(text: str) -> tuple[str, str]:
    key, _, value = text.partition("=")
    return key, value


def _assignment(raw: str) -> tuple[str, str]:
    """``k=v`` (raw) → decoded key and value; a bare ``k`` has the value ""."""
    key, value = _pair(raw)
    return unquote(key), unquote(value)


class Styled:
    """One bound member's style and the writers and readers of its values."""

    __slots__ = (
        "encode",
        "explode",
        "fields",
        "item_kind",
        "kinds",
        "name",
        "shape",
        "style",
        "write",
    )

    def __init__(self, spec: MemberSpec) -> None:
        self.name = spec.wire
        self.style = spec.style or DEFAULT_STYLES[spec.location]
        self.explode = spec.explode if spec.explode is not None else self.style == "form"
        kind = spec.kind
        self.shape = "array" if kind == "list" else "object" if kind in _OBJECT_KINDS else "scalar"
        self.item_kind = spec.item_kind if kind in ("list", "map") else kind
        self.write = text_writer(self.item_kind, spec.timestamp_format)
        self.encode = _reserved_kept if spec.allow_reserved else percent_encode
        if spec.media_type is not None:  # ``content``: one JSON text, whatever the value
            kind = "document"
            self.shape, self.item_kind, self.write = "scalar", kind, _json_text
        # A structure's properties: Python name, wire name, writer; ``kinds`` reads them back.
        self.fields: tuple[tuple[str, str, Callable[[Any], str]], ...] | None = None
        self.kinds: dict[str, str] | None = None
        if kind == "structure":
            self.fields = tuple(
                (f.name, f.wire, text_writer(f.kind, f.timestamp_format)) for f in spec.fields
            )
            self.kinds = {f.wire: f.kind for f in spec.fields}

    # -- values → texts --

    def _texts(self, value: Any) -> Any:
        """A scalar's text, an array's item texts, or an object's (key, text) pairs."""
        if self.shape == "array":
            return [self.write(item) for item in items_of(value) if item is not None]
        if self.shape == "scalar":
            return self.write(value)
        if self.fields is None:
            return [(str(k), self.write(v)) for k, v in value.items() if v is not None]
        kind = type(value).__name__  # read before isinstance narrows ``value``
        if isinstance(value, (str, bytes, int, float, list, tuple, dict)):
            raise TypeError(f"a {kind} is not a structure")
        pairs: Pairs = []
        for name, wire, write in self.fields:
            item = getattr(value, name, None)
            if item is not None:
                pairs.append((wire, write(item)))
        return pairs

    def _object(self, pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
        """Decoded (key, text) pairs as the object's JSON form (the first of a key wins)."""
        kinds = self.kinds
        found: dict[str, Any] = {}
        for key, text in pairs:
            if key not in found:
                kind = kinds.get(key) if kinds is not None else self.item_kind
                found[key] = scalar_value(text, kind)
        return found

    def _items(self, texts: list[str]) -> Any:
        """Decoded item texts as the array's, or the flattened object's, JSON form."""
        if self.shape == "array":
            return [scalar_value(text, self.item_kind) for text in texts]
        if len(texts) % 2:
            return ",".join(texts)  # not key, value pairs: left for validation to report
        return self._object(zip(texts[::2], texts[1::2], strict=True))

    # -- path --

    def path_text(self, value: Any) -> str:
        """The percent-encoded text in place of the label ("" when there is nothing)."""
        texts = self._texts(value)
        if self.style == "matrix":
            return self._matrix_text(texts)
        label = self.style == "label"
        encode = _label_data if label else percent_encode
        if self.shape == "scalar":
            body = encode(texts)
        elif self.shape == "array":
            body = ("." if label and self.explode else ",").join(encode(t) for t in texts)
        elif self.explode:
            body = ("." if label else ",").join(f"{encode(k)}={encode(v)}" for k, v in texts)
        else:
            body = ",".join(encode(t) for t in _flat(texts))
        return "." + body if label else body

    def _matrix_text(self, texts: Any) -> str:
        name = percent_encode(self.name)
        if self.shape == "scalar":
            return f";{name}={percent_encode(texts)}" if texts else f";{name}"
        if not texts:
            return f";{name}"
        if self.explode:
            pairs = texts if self.shape == "object" else [(self.name, t) for t in texts]
            return "".join(
                f";{percent_encode(k)}={percent_encode(v)}" if v else f";{percent_encode(k)}"
                for k, v in pairs
            )
        items = texts if self.shape == "array" else _flat(texts)
        return f";{name}=" + ",".join(percent_encode(t) for t in items)

    def path_value(self, raw: str) -> Any:
        """A label's raw (still percent-encoded) text as the value's JSON form."""
        if self.style == "matrix":
            return self._matrix_value(raw)
        delimiter = ","
        if self.style == "label":
            raw = raw[1:] if raw.startswith(".") else raw
            delimiter = "." if self.explode else ","
        if self.shape == "scalar":
            return scalar_value(unquote(raw), self.item_kind)
        if self.shape == "object" and self.explode:
            return self._object(_assignment(p) for p in raw.split(delimiter) if p)
        return self._items(_split(raw, delimiter))

    def _matrix_value(self, raw: str) -> Any:
        entries: list[tuple[str, str | None]] = []  # decoded names, raw values (None: bare)
        for segment in raw.split(";")[1:]:
            key, equals, value = segment.partition("=")
            entries.append((unquote(key), value if equals else None))
        if self.shape != "scalar" and entries == [(self.name, None)]:
            return [] if self.shape == "array" else {}
        if self.shape == "object" and self.explode:
            return self._object((key, unquote(value or "")) for key, value in entries)
        named = [value or "" for key, value in entries if key == self.name]
        if not named:
            return None
        if self.shape == "scalar":
            return scalar_value(unquote(named[0]), self.item_kind)
        if self.explode:
            return self._items([unquote(value) for value in named])
        return self._items(_split(named[0], ","))

    # -- query --

    def query_parts(self, value: Any) -> list[str]:
        """The value's ``key=value`` parts of the query string, percent-encoded."""
        texts = self._texts(value)
        name = percent_encode(self.name)
        style = self.style
        encode = self.encode
        if style == "deepObject":
            return [f"{name}%5B{percent_encode(k)}%5D={encode(v)}" for k, v in texts]
        if self.shape == "scalar":
            return [f"{name}={encode(texts)}"]
        if style == "form" and self.explode:
            if self.shape == "array":
                return [f"{name}={encode(t)}" for t in texts]
            return [f"{percent_encode(k)}={encode(v)}" for k, v in texts]
        items = texts if self.shape == "array" else _flat(texts)
        if not items:
            return []
        return [f"{name}=" + _QUERY_DELIMITERS[style].join(encode(t) for t in items)]

    def query_value(self, pairs: Pairs, claimed: Collection[str]) -> Any:
        """The value from the query's (decoded key, raw value) pairs; None when absent.

        ``claimed`` are the keys other members and the URI take: an exploded form map gets
        every other key.
        """
        style = self.style
        if style == "deepObject":
            prefix = self.name + "["
            return (
                self._object(
                    (key[len(prefix) : -1], unquote(value))
                    for key, value in pairs
                    if key.startswith(prefix) and key.endswith("]")
                )
                or None
            )
        if self.shape == "object" and style == "form" and self.explode:
            kinds = self.kinds
            return (
                self._object(
                    (key, unquote(value))
                    for key, value in pairs
                    if (key in kinds if kinds is not None else key not in claimed)
                )
                or None
            )
        values = [value for key, value in pairs if key == self.name]
        if not values:
            return None
        if self.shape == "scalar":
            return scalar_value(unquote(values[0]), self.item_kind)
        if style == "form" and self.explode:
            return self._items([unquote(value) for value in values])
        if style == "form":
            texts = [t for value in values for t in _split(value, ",")]
        else:
            texts = [t for value in values for t in unquote(value).split(_DECODED[style])]
        return self._items(texts)

    # -- cookies --

    def cookie_text(self, value: Any) -> str:
        """The value's ``name=value`` pairs for the ``Cookie`` header ("" when none)."""
        return "; ".join(self.query_parts(value))

    # -- headers --

    def header_text(self, value: Any) -> str:
        texts = self._texts(value)
        if self.shape == "scalar":
            return str(texts)
        if self.shape == "array":
            return ",".join(texts)
        if self.explode:
            return ",".join(f"{k}={v}" for k, v in texts)
        return ",".join(_flat(texts))

    def header_value(self, text: str) -> Any:
        if self.shape == "scalar":
            return scalar_value(text, self.item_kind)
        items = [item.strip() for item in text.split(",")] if text.strip() else []
        if self.shape == "object" and self.explode:
            return self._object(_pair(item) for item in items if item)
        return self._items(items)
