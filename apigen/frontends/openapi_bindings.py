"""OpenAPI parameters, response headers and bodies → IR members bound to HTTP.

``Bindings`` reads what an operation sends and receives besides its name: each becomes a
member of the operation's input, output or error-headers structure, its schema a shape
built by ``openapi_schemas``.

Decisions:
- Parameters (path-item ones first, then the operation's, which replace them by name and
  location) bind path → label, query, header and cookie; ``Accept``, ``Content-Type`` and
  ``Authorization`` headers (and a ``Cookie`` header parameter) are the runtime's, so they
  are skipped. Header members are the header's words joined by ``_``; cookie members are
  the cookie's name as it is (``naming`` escapes it like any member name).
- Parameters keep ``style``/``explode`` when they differ from the location's default; a
  style the value cannot take is reported (``openapi_params``). ``allowReserved`` is kept
  on query parameters (elsewhere it means nothing and is dropped).
- A parameter (or response header) described by ``content`` takes its one media type's
  schema; JSON types are kept as the binding's ``media_type`` (the value travels as compact
  JSON text), any other type is reported, as is a ``content`` with several types.
- A body is one ``httpPayload`` member named after its schema (``byok.v1.Key`` → ``key``;
  ``body`` for inline schemas, or when the name is taken by a parameter or header; the first
  free ``body_2``, ``body_3``... when that is taken too). Which
  media type it speaks, and as what shape, is ``openapi_media``'s rule.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any

from apigen import ir, naming
from apigen.frontends.openapi_keywords import Piece, Unsupported, Use, text
from apigen.frontends.openapi_media import Carried, base_type, choose, is_json, kept_media_type
from apigen.frontends.openapi_params import (
    DEFAULT_STYLES,
    check_exploded_objects,
    check_style,
    value_kind,
)
from apigen.frontends.openapi_schemas import Schemas
from apigen.frontends.openapi_validate import Path_, resolve_ref

_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization", "cookie"})
_LOCATIONS = {
    "path": ir.Location.LABEL,
    "query": ir.Location.QUERY,
    "header": ir.Location.HEADER,
    "cookie": ir.Location.COOKIE,
}


def content_schema(holder: Mapping[str, Any], path: Path_) -> tuple[Any, Path_, str | None]:
    """A parameter's or header's schema, its path and its ``content`` media type (None: by
    ``schema``); reports a ``content`` that is not one JSON type."""
    if "schema" in holder or "content" not in holder:
        return holder.get("schema") or {}, (*path, "schema"), None
    content = holder["content"] or {}
    if len(content) != 1:
        raise Unsupported(
            (*path, "content"), "a parameter's content must have exactly one media type"
        )
    ((media, entry),) = content.items()
    if not is_json(media):
        raise Unsupported(
            (*path, "content", media),
            f"cannot represent a parameter in {media!r} (only JSON media types)",
        )
    return (entry or {}).get("schema") or {}, (*path, "content", media, "schema"), base_type(media)


class Bindings:
    """Members for an operation's parameters, headers and bodies; shapes go to ``schemas``."""

    def __init__(self, document: Mapping[str, Any], schemas: Schemas) -> None:
        self.doc = document
        self.schemas = schemas

    def parameters(
        self, container: str, op: str, item: Mapping[str, Any], raw: Mapping[str, Any], where: Path_
    ) -> Iterator[ir.Member]:
        """The input members of an operation's parameters, path-item ones first."""
        merged: dict[tuple[str, str], tuple[Mapping[str, Any], Path_]] = {}
        for owner, owner_path in ((item, where[:2]), (raw, where)):
            for index, raw_param in enumerate(owner.get("parameters") or ()):
                param, param_path = resolve_ref(self.doc, raw_param)
                merged[(param["name"], param["in"])] = (
                    param,
                    param_path or (*owner_path, "parameters", index),
                )
        query: list[tuple[ir.Member, Path_]] = []
        for (pname, location), (param, path) in merged.items():
            if location == "header" and pname.lower() in _IGNORED_HEADERS:
                continue
            use, media = self.use(param, path, f"{op}Request{naming.pascal(pname)}")
            style = param.get("style")
            explode = param.get("explode")
            if media is None:
                value = value_kind(self.schemas.shapes, use.target, (*path, "schema"))
                check_style(location, style, explode, value, path)
            elif style is not None or explode is not None:
                raise Unsupported(
                    (*path, "style" if style is not None else "explode"),
                    "a parameter described by content takes no style or explode",
                )
            default_style = DEFAULT_STYLES[location]
            effective = style or default_style
            binding = ir.HttpBinding(
                location=_LOCATIONS[location],
                name=pname,
                media_type=media,
                allow_reserved=location == "query" and param.get("allowReserved") is True,
                style=style if style not in (None, default_style) else None,
                explode=explode
                if explode is not None and explode != (effective == "form")
                else None,
            )
            member_name = "_".join(naming.words(pname)) if location == "header" else pname
            member = use.member(
                container=container,
                name=member_name,
                http=binding,
                required=location == "path" or param.get("required") is True,
            )
            if location == "query":
                query.append((member, path))
            yield member
        check_exploded_objects(self.schemas.shapes, query)

    def use(self, holder: Mapping[str, Any], path: Path_, hint: str) -> tuple[Use, str | None]:
        """A parameter's or header's schema, with the holder's description and deprecation,
        and the ``content`` media type it is described by (None: by ``schema``)."""
        schema, schema_path, media = content_schema(holder, path)
        use = self.schemas.use([Piece(schema, schema_path, hint)], schema_path, hint)
        use = replace(
            use,
            documentation=text(holder.get("description")) or use.documentation,
            deprecated=use.deprecated or holder.get("deprecated") is True,
        )
        return use, media

    def headers(
        self, container: str, response: Mapping[str, Any], path: Path_
    ) -> Iterator[ir.Member]:
        """The members of a response's headers (``Content-Type`` is the runtime's)."""
        for hname, raw_header in (response.get("headers") or {}).items():
            if hname.lower() == "content-type":
                continue
            header, header_path = resolve_ref(self.doc, raw_header)
            hpath = header_path or (*path, "headers", hname)
            hint = container.split("#", 1)[1] + naming.pascal(hname)
            use, media = self.use(header, hpath, hint)
            yield use.member(
                container=container,
                name="_".join(naming.words(hname)),
                http=ir.HttpBinding(location=ir.Location.HEADER, name=hname, media_type=media),
                required=header.get("required") is True,
            )

    def part_encodings(
        self, media: Mapping[str, Any], path: Path_, target: str, how: Carried
    ) -> tuple[ir.PartEncoding, ...]:
        """A multipart or form body's ``encoding``: each part's Content-Type and its fixed
        headers (a header whose schema has a ``const`` or ``default``; others have no value
        to send and are left out), each form field's style, explode and allowReserved (a
        style its value cannot take is reported, as for a query parameter)."""
        found: list[ir.PartEncoding] = []
        structure = self.schemas.shapes.get(target)
        members = {m.wire_name: m for m in structure.members} if structure is not None else {}
        for name, raw in sorted((media.get("encoding") or {}).items()):
            encoding, _ = resolve_ref(self.doc, raw)
            where = (*path, "encoding", name)
            headers: list[tuple[str, str]] = []
            for hname, raw_header in sorted((encoding.get("headers") or {}).items()):
                header, _ = resolve_ref(self.doc, raw_header)
                schema, _ = resolve_ref(self.doc, header.get("schema") or {})
                value = schema.get("const", schema.get("default"))
                if hname.lower() != "content-type" and value is not None:
                    text_value = str(value).lower() if isinstance(value, bool) else str(value)
                    headers.append((hname, text_value))
            content_type = encoding.get("contentType")
            if content_type is not None and not isinstance(content_type, str):
                raise Unsupported((*where, "contentType"), "contentType must be a string")
            style, explode = encoding.get("style"), encoding.get("explode")
            reserved = encoding.get("allowReserved") is True
            if how is not Carried.FORM:
                style, explode, reserved = None, None, False  # not for multipart (3.1)
            elif (style is not None or explode is not None) and name in members:
                kind = value_kind(self.schemas.shapes, members[name].target, where)
                check_style("query", style, explode, kind, where)
            if content_type or headers or style or explode is not None or reserved:
                found.append(
                    ir.PartEncoding(
                        name=name,
                        content_type=content_type,
                        headers=tuple(headers),
                        style=style,
                        explode=explode,
                        allow_reserved=reserved,
                    )
                )
        return tuple(found)

    def payload(
        self, container: str, holder: Mapping[str, Any], path: Path_, hint: str, taken: set[str]
    ) -> ir.Member | None:
        """The body of a request or response as one ``httpPayload`` member (None: no body)."""
        content = holder.get("content") or {}
        if not content:
            return None
        chosen = choose(content)
        if chosen is None:
            raise Unsupported(
                (*path, "content"),
                f"cannot represent media types {sorted(content)} (of multipart types only "
                "multipart/form-data is; see docs/openapi-shapes.md)",
            )
        media, how = chosen
        mpath = (*path, "content", media)
        schema = content[media].get("schema") or {}
        fields = how in (Carried.FORM, Carried.MULTIPART)
        if how is Carried.JSON or fields:
            use = self.schemas.use(
                [Piece(schema, (*mpath, "schema"), hint)], (*mpath, "schema"), hint
            )
            if fields and self.schemas.shapes[use.target].type is not (ir.ShapeType.STRUCTURE):
                raise Unsupported((*mpath, "schema"), "a form body must be an object schema")
        else:
            prelude = "Blob" if how is Carried.BINARY else "String"
            use = Use(target=f"smithy.api#{prelude}", documentation=text(schema.get("description")))
        name = "body"
        if use.schema_name is not None:
            name = "_".join(naming.words(use.schema_name.split(".")[-1])) or "body"
        if name in taken:
            name = "body"
        n = 1
        while name in taken:  # parameters named body, body_2...: the first free body_<n>
            n += 1
            name = f"body_{n}"
        binding = ir.HttpBinding(
            location=ir.Location.PAYLOAD,
            media_type=kept_media_type(media, how),
            parts=self.part_encodings(content[media], mpath, use.target, how) if fields else (),
        )
        member = use.member(container=container, name=name, http=binding)
        documentation = text(holder.get("description"))
        return replace(member, documentation=documentation) if documentation else member
