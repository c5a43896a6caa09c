"""Front end for OpenAPI 3.0 and 3.1 documents (``NAME.openapi.yaml``/``.json``).

The document is validated first (``openapi_validate``); schemas become shapes in
``openapi_schemas``; this module turns the service, operations and security into IR.

Decisions:
- Service: ``info.x-apigen-service-name`` or the PascalCase ``info.title``;
  ``info.x-apigen-namespace`` or the service name's words joined by dots; protocol
  ``openapi``; ``servers[0].url`` (variables at their defaults) is the default endpoint.
- An operation is ``naming.pascal(operationId)`` (``listByokV1Keys`` → ``ListByokV1Keys``),
  bound to its method and path; its code is the lowest 2xx status. Its input
  ``<Op>Request`` holds the parameters (path → label, query, header) and the request body
  as one ``httpPayload`` member named after the body's schema (``byok.v1.Key`` → ``key``;
  ``body`` for inline schemas). Its output ``<Op>Response`` holds the success body the
  same way plus the success response's headers. Either is omitted when it would be empty.
- Parameters keep ``style``/``explode`` when they differ from the location's default; a
  style the value cannot take is reported (``openapi_params``).
- Every response is kept in ``Operation.responses``. 4xx/5xx/``default`` bodies are error
  structures listed in ``Operation.errors``; one error schema serves many statuses, so it
  has no ``http_error`` and is ``server`` only when every status using it is 5xx.
- Bodies: ``application/json`` (or ``+json``) with any schema, ``application/octet-stream``
  (a blob) and ``text/plain`` (a string). Other media types are reported.
- Pagination: query members ``page_token`` and ``page_size`` with a ``metadata.next`` in
  the success body → ``Paginated(page_token, metadata.next, page_size, items)``; the output
  paths are relative to the body (the payload member), items is its ``data`` list.
- Security: http basic → ``httpBasic``; http bearer, oauth2 and openIdConnect send a bearer
  token → ``httpBearer``; apiKey and mutualTLS are reported. ``security`` lists
  alternatives; an entry naming two schemes at once is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from generator import ir, naming
from generator.errors import SpecError, display_path
from generator.frontends.openapi_keywords import Piece, Unsupported, Use, text
from generator.frontends.openapi_params import (
    DEFAULT_STYLES,
    check_exploded_objects,
    check_style,
    value_kind,
)
from generator.frontends.openapi_schemas import Schemas
from generator.frontends.openapi_validate import (
    Path_,
    issue,
    pointer,
    read_document,
    resolve_pointer,
    validate,
)
from generator.frontends.yaml_lines import LineDict

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9]*$")
_NAMESPACE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$")


def load_openapi(path: Path) -> ir.Service:
    """Read, validate and convert one OpenAPI document; raises ``SpecError`` listing every problem."""
    file = display_path(path)
    document = read_document(path, file)
    validate(document, file)
    converter = _Converter(document, file)
    service = converter.service()
    if converter.problems:
        raise SpecError(
            issue(file, document, where, message) for where, message in converter.problems
        )
    return service


def status_key(key: str) -> tuple[int, str | None]:
    """``"201"`` → (201, None); ``"4XX"`` → (400, "4XX"); ``"default"`` → (0, "default")."""
    if key.isdigit():
        return int(key), None
    if key.lower() == "default":
        return 0, "default"
    return int(key[0]) * 100, key.upper()


class _Converter:
    def __init__(self, document: LineDict, source: str) -> None:
        self.doc = document
        self.source = source
        info = document["info"]
        self.problems: list[tuple[Path_, str]] = []
        name = info.get("x-apigen-service-name") or "".join(
            w.capitalize() for w in naming.words(str(info["title"]))
        )
        if not isinstance(name, str) or not _NAME.match(name):
            self.problems.append(
                (
                    ("info", "x-apigen-service-name"),
                    "the service name must be a PascalCase identifier",
                )
            )
            name = "Service"
        namespace = info.get("x-apigen-namespace") or ".".join(naming.words(name))
        if not isinstance(namespace, str) or not _NAMESPACE.match(namespace):
            self.problems.append(
                (("info", "x-apigen-namespace"), "the namespace must be a dotted identifier")
            )
            namespace = "service"
        self.name: str = name
        self.ns: str = namespace
        self.schemas = Schemas(document, self.ns)
        self.payloads: set[str] = set()  # shapes used as success or request bodies
        self.errors: dict[str, list[int]] = {}  # error shape id → statuses using it
        self.default_auth: tuple[str, ...] | None = None  # the document's own ``security``

    def service(self) -> ir.Service:
        info = self.doc["info"]
        if self.doc.get("webhooks"):
            self.problems.append((("webhooks",), "cannot represent webhooks"))
        self.schemas.all_named()
        auth = tuple(self.auth_schemes())
        self.default_auth = self.security(self.doc.get("security"), ("security",))
        operations = tuple(self.operations())
        self.mark_errors()
        self.problems.extend(self.schemas.problems)
        shapes = self.schemas.finish()
        operations = tuple(
            replace(
                op,
                responses=tuple(
                    replace(r, headers=tuple(self.schemas.finish_member(h) for h in r.headers))
                    for r in op.responses
                ),
            )
            for op in operations
        )
        return ir.Service(
            id=f"{self.ns}#{self.name}",
            name=self.name,
            namespace=self.ns,
            version=str(info["version"]),
            title=str(info["title"]),
            protocol="openapi",
            source=self.source,
            documentation=text(info.get("description")),
            default_endpoint=self.endpoint(),
            auth=auth,
            operations=operations,
            shapes=shapes,
        )

    def endpoint(self) -> str | None:
        servers = self.doc.get("servers") or []
        if not servers:
            return None
        server = servers[0]
        url = str(server["url"])
        for var, spec in (server.get("variables") or {}).items():
            url = url.replace("{" + var + "}", str(spec.get("default", "")))
        return url

    def resolve(self, node: Any) -> tuple[Any, Path_ | None]:
        """A ``$ref``'d object (parameter, response, header, request body...) and its path."""
        seen = 0
        path: Path_ | None = None
        while isinstance(node, Mapping) and "$ref" in node and seen < 32:
            found = resolve_pointer(self.doc, node["$ref"])
            if found is None:
                break
            path, node = found
            seen += 1
        return node, path

    # -- security --------------------------------------------------------------------------

    def auth_schemes(self) -> Iterator[ir.AuthScheme]:
        schemes = (self.doc.get("components") or {}).get("securitySchemes") or {}
        for key, raw in schemes.items():
            scheme, _ = self.resolve(raw)
            where: Path_ = ("components", "securitySchemes", key)
            kind = scheme.get("type")
            http = str(scheme.get("scheme", "")).lower()
            doc = text(scheme.get("description"))
            if kind == "http" and http == "basic":
                yield ir.AuthScheme(name=key, kind="httpBasic", documentation=doc)
            elif (kind == "http" and http == "bearer") or kind in ("oauth2", "openIdConnect"):
                yield ir.AuthScheme(name=key, kind="httpBearer", documentation=doc)
            else:
                self.problems.append(
                    (
                        where,
                        f"cannot represent security scheme type {kind!r}"
                        + (f" with scheme {http!r}" if kind == "http" else ""),
                    )
                )

    def security(self, raw: Any, where: Path_) -> tuple[str, ...] | None:
        if raw is None:
            return None
        known = (self.doc.get("components") or {}).get("securitySchemes") or {}
        names: list[str] = []
        for index, requirement in enumerate(raw):
            if len(requirement) > 1:
                self.problems.append(
                    ((*where, index), "cannot represent a requirement of several schemes at once")
                )
            for name in requirement:
                if name not in known:
                    self.problems.append(((*where, index), f"unknown security scheme {name!r}"))
                elif name not in names:
                    names.append(name)
        return tuple(names)

    # -- operations ------------------------------------------------------------------------

    def operations(self) -> Iterator[ir.Operation]:
        seen: dict[str, Path_] = {}
        for route, item in (self.doc.get("paths") or {}).items():
            for bad in ("$ref", "servers"):
                if bad in item:
                    self.problems.append(
                        (("paths", route, bad), f"cannot represent {bad} on a path item")
                    )
            for method in (key for key in item if key in METHODS):
                where: Path_ = ("paths", route, method)
                raw = item[method]
                name = naming.pascal(raw.get("operationId") or _derived_name(method, route))
                function = naming.function_name(name)
                if function in seen:
                    self.problems.append(
                        (
                            where,
                            (
                                f"operation {name!r} becomes method {function!r}, as {pointer(seen[function])} does"
                            ),
                        )
                    )
                    continue
                seen[function] = where
                try:
                    yield self.operation(name, route, method, item, raw, where)
                except Unsupported as exc:
                    self.problems.append((exc.path, exc.message))

    def operation(
        self,
        name: str,
        route: str,
        method: str,
        item: Mapping[str, Any],
        raw: Mapping[str, Any],
        where: Path_,
    ) -> ir.Operation:
        for bad in ("callbacks", "servers"):
            if bad in raw:
                raise Unsupported((*where, bad), f"cannot represent {bad} on an operation")
        input_id = self.schemas.shape_id(f"{name}Request")
        members = list(self.parameters(input_id, name, item, raw, where))
        if "requestBody" in raw:
            body, body_path = self.resolve(raw["requestBody"])
            payload = self.payload(
                input_id,
                body,
                body_path or (*where, "requestBody"),
                f"{name}RequestBody",
                {m.name for m in members},
            )
            if payload is not None:
                members.append(replace(payload, required=body.get("required") is True))
        input_shape = self.structure(input_id, members, where)

        output_id = self.schemas.shape_id(f"{name}Response")
        responses: list[ir.Response] = []
        errors: list[str] = []
        success: list[int] = []
        output_members: list[ir.Member] = []
        for key, raw_response in (raw.get("responses") or {}).items():
            response, response_path = self.resolve(raw_response)
            rpath = response_path or (*where, "responses", key)
            status, status_range = status_key(str(key))
            is_output = 200 <= status < 300 and not success
            label = f"{name}{naming.pascal(str(key))}"
            holder = output_id if is_output else self.schemas.shape_id(f"{label}Headers")
            headers = list(self.headers(holder, response, rpath))
            body = self.payload(
                holder,
                response,
                rpath,
                f"{name}ResponseBody" if is_output else f"{label}Error",
                {h.name for h in headers},
            )
            shape = body.target if body is not None else None
            if is_output:
                output_members = ([body] if body is not None else []) + headers
            if 200 <= status < 300:
                success.append(status)
                if shape is not None:
                    self.payloads.add(shape)
            elif (status >= 400 or status_range == "default") and shape is not None:
                self.errors.setdefault(shape, []).append(status)
                if shape not in errors:
                    errors.append(shape)
            responses.append(
                ir.Response(
                    status=status,
                    status_range=status_range,
                    shape=shape,
                    headers=tuple(headers),
                    documentation=text(response.get("description")),
                )
            )
        output_shape = self.structure(output_id, output_members, where)
        self.payloads.update(
            m.target
            for m in members
            if m.http is not None and m.http.location is ir.Location.PAYLOAD
        )
        auth = self.security(raw.get("security"), (*where, "security"))
        if auth is None:
            auth = self.default_auth
        verb = method.upper()
        return ir.Operation(
            id=f"{self.ns}#{name}",
            name=name,
            documentation=text(raw.get("description")) or text(raw.get("summary")),
            input=input_shape,
            output=output_shape,
            errors=tuple(errors),
            http=ir.HttpTrait(method=verb, uri=route, code=min(success) if success else 200),
            readonly=verb in ("GET", "HEAD", "OPTIONS", "TRACE"),
            idempotent=verb in ("PUT", "DELETE"),
            deprecated=raw.get("deprecated") is True,
            paginated=self.paginated(input_shape, output_members),
            responses=tuple(responses),
            auth=auth,
        )

    def structure(self, sid: str, members: list[ir.Member], where: Path_) -> str | None:
        if not members:
            return None
        problems = naming.check_unique((m.name, naming.snake(m.name)) for m in members)
        if problems:
            raise Unsupported(where, "; ".join(problems))
        name = sid.split("#", 1)[1]
        self.schemas.register(
            ir.Shape(id=sid, name=name, type=ir.ShapeType.STRUCTURE, members=tuple(members)), where
        )
        return sid

    def parameters(
        self, container: str, op: str, item: Mapping[str, Any], raw: Mapping[str, Any], where: Path_
    ) -> Iterator[ir.Member]:
        merged: dict[tuple[str, str], tuple[Mapping[str, Any], Path_]] = {}
        for owner, owner_path in ((item, where[:2]), (raw, where)):
            for index, raw_param in enumerate(owner.get("parameters") or ()):
                param, param_path = self.resolve(raw_param)
                merged[(param["name"], param["in"])] = (
                    param,
                    param_path or (*owner_path, "parameters", index),
                )
        query: list[tuple[ir.Member, Path_]] = []
        for (pname, location), (param, path) in merged.items():
            if location == "cookie":
                raise Unsupported(path, "cannot represent cookie parameters")
            if location == "header" and pname.lower() in _IGNORED_HEADERS:
                continue
            if "schema" not in param:
                raise Unsupported(
                    path, "cannot represent a parameter described by content (only by schema)"
                )
            use = self.use(param, path, f"{op}Request{naming.pascal(pname)}")
            style = param.get("style")
            explode = param.get("explode")
            value = value_kind(self.schemas.shapes, use.target, (*path, "schema"))
            check_style(location, style, explode, value, path)
            default_style = DEFAULT_STYLES[location]
            effective = style or default_style
            binding = ir.HttpBinding(
                location={
                    "path": ir.Location.LABEL,
                    "query": ir.Location.QUERY,
                    "header": ir.Location.HEADER,
                }[location],
                name=pname,
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

    def use(self, holder: Mapping[str, Any], path: Path_, hint: str) -> Use:
        """A parameter's or header's schema, with the holder's description and deprecation."""
        use = self.schemas.use(
            [Piece(holder["schema"], (*path, "schema"), hint)], (*path, "schema"), hint
        )
        return replace(
            use,
            documentation=text(holder.get("description")) or use.documentation,
            deprecated=use.deprecated or holder.get("deprecated") is True,
        )

    def headers(
        self, container: str, response: Mapping[str, Any], path: Path_
    ) -> Iterator[ir.Member]:
        for hname, raw_header in (response.get("headers") or {}).items():
            if hname.lower() == "content-type":
                continue
            header, header_path = self.resolve(raw_header)
            hpath = header_path or (*path, "headers", hname)
            if "schema" not in header:
                raise Unsupported(
                    hpath, "cannot represent a header described by content (only by schema)"
                )
            hint = container.split("#", 1)[1] + naming.pascal(hname)
            use = self.use(header, hpath, hint)
            yield use.member(
                container=container,
                name="_".join(naming.words(hname)),
                http=ir.HttpBinding(location=ir.Location.HEADER, name=hname),
                required=header.get("required") is True,
            )

    def payload(
        self, container: str, holder: Mapping[str, Any], path: Path_, hint: str, taken: set[str]
    ) -> ir.Member | None:
        """The body of a request or response as one ``httpPayload`` member (None: no body)."""
        content = holder.get("content") or {}
        if not content:
            return None
        media = next((m for m in content if _is_json(m)), None)
        if media is None:
            media = next(
                (m for m in content if m in ("application/octet-stream", "text/plain")), None
            )
        if media is None:
            raise Unsupported(
                (*path, "content"),
                f"cannot represent media types {sorted(content)} "
                "(application/json, application/octet-stream or text/plain)",
            )
        mpath = (*path, "content", media)
        schema = content[media].get("schema") or {}
        if _is_json(media):
            use = self.schemas.use(
                [Piece(schema, (*mpath, "schema"), hint)], (*mpath, "schema"), hint
            )
        else:
            prelude = "Blob" if media == "application/octet-stream" else "String"
            use = Use(target=f"smithy.api#{prelude}", documentation=text(schema.get("description")))
        name = "body"
        if use.schema_name is not None:
            name = "_".join(naming.words(use.schema_name.split(".")[-1])) or "body"
        if name in taken:
            name = "body"
        if name in taken:
            raise Unsupported(
                mpath, f"the body member {name!r} would clash with a parameter or header"
            )
        member = use.member(
            container=container, name=name, http=ir.HttpBinding(location=ir.Location.PAYLOAD)
        )
        documentation = text(holder.get("description"))
        return replace(member, documentation=documentation) if documentation else member

    def paginated(self, input_id: str | None, output: list[ir.Member]) -> ir.Paginated | None:
        if input_id is None:
            return None
        query = {
            m.name
            for m in self.schemas.shapes[input_id].members
            if m.http and m.http.location is ir.Location.QUERY
        }
        body = next((m for m in output if m.http and m.http.location is ir.Location.PAYLOAD), None)
        if not {"page_token", "page_size"} <= query or body is None:
            return None
        page = self.schemas.shapes.get(body.target)
        metadata = page.get_member("metadata") if page else None
        meta_shape = self.schemas.shapes.get(metadata.target) if metadata else None
        if page is None or meta_shape is None or meta_shape.get_member("next") is None:
            return None
        lists = [
            m
            for m in page.members
            if self.schemas.shapes.get(m.target, page).type is ir.ShapeType.LIST
        ]
        items = next(
            (m.name for m in lists if m.name == "data"), lists[0].name if len(lists) == 1 else None
        )
        return ir.Paginated(
            input_token="page_token",
            page_size="page_size",
            output_token="metadata.next",
            items=items,
        )

    def mark_errors(self) -> None:
        for sid, statuses in self.errors.items():
            shape = self.schemas.shapes.get(sid)
            origin = self.schemas.origins.get(sid, ())
            if shape is None:
                continue
            if shape.type is not ir.ShapeType.STRUCTURE:
                self.problems.append(
                    (origin, f"an error body must be an object, not a {shape.type.value}")
                )
            elif sid in self.payloads:
                self.problems.append(
                    (origin, f"{shape.name} is both a success body and an error body")
                )
            else:
                kind = "server" if all(s >= 500 for s in statuses) else "client"
                self.schemas.shapes[sid] = replace(shape, error=kind, http_error=None)


def _is_json(media: str) -> bool:
    base = media.split(";")[0].strip().lower()
    return base == "application/json" or (
        base.startswith("application/") and base.endswith("+json")
    )


def _derived_name(method: str, route: str) -> str:
    """An operation name for a path without operationId: ``get /pets/{id}`` → GetPetsById."""
    words = [method]
    for segment in route.strip("/").split("/"):
        if segment.startswith("{") and segment.endswith("}"):
            words += ["by", segment[1:-1]]
        elif segment:
            words.append(segment)
    return "".join(naming.pascal(w) for w in words)
