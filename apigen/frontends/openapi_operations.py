"""OpenAPI paths → IR operations, with their input, output and error structures.

Decisions:
- An operation is ``naming.pascal(operationId)`` (``listByokV1Keys`` → ``ListByokV1Keys``;
  without one, method and path: ``get /pets/{id}`` → ``GetPetsById``), bound to its method
  and path; its code is the lowest 2xx status. Its input ``<Op>Request`` holds the
  parameters and the request body (``openapi_bindings``). Its output ``<Op>Response`` holds
  the first success response's body and headers. Either is omitted when it would be empty.
  Two operations that would share a Python method name are reported.
- Every response is kept in ``Operation.responses``. 4xx/5xx/``default`` bodies are error
  structures listed in ``Operation.errors``; one error schema serves many statuses, so it
  has no ``http_error`` and is ``server`` only when every status using it is 5xx
  (``mark_errors``, once every operation is read). A schema that is both a success body
  and an error body, or a JSON error body that is not an object, is reported. An error
  body in a text or binary media type (``text/html`` from a proxy) has no shape: the
  runtime keeps its text as the raised error's message. ``Operation.accept`` lists the
  media type each response speaks (``openapi_media``), success ones first: the ``Accept``
  a client sends. Each error structure gets its envelope, the service the one most error
  responses use (``openapi_errors``).
- Pagination: query members ``page_token`` and ``page_size`` with a ``metadata.next`` in
  the success body → ``Paginated(page_token, metadata.next, page_size, items)``; the output
  paths are relative to the body (the payload member), items is its ``data`` list.
- ``$ref`` and ``servers`` on a path item, and ``callbacks`` and ``servers`` on an
  operation, are reported; an operation without ``security`` takes the document's.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any

from apigen import ir, naming
from apigen.frontends.openapi_bindings import Bindings
from apigen.frontends.openapi_errors import envelope, service_envelope
from apigen.frontends.openapi_keywords import Unsupported, python_unique, text
from apigen.frontends.openapi_media import base_type, choose
from apigen.frontends.openapi_schemas import Schemas
from apigen.frontends.openapi_security import required_schemes
from apigen.frontends.openapi_validate import Path_, pointer, resolve_ref

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


_TEXT_BODIES = frozenset({"smithy.api#String", "smithy.api#Blob"})


def status_key(key: str) -> tuple[int, str | None]:
    """``"201"`` → (201, None); ``"4XX"`` → (400, "4XX"); ``"default"`` → (0, "default")."""
    if key.isdigit():
        return int(key), None
    if key.lower() == "default":
        return 0, "default"
    return int(key[0]) * 100, key.upper()


class Operations:
    """Reads every operation; shapes go to ``schemas``, problems to the shared ``problems``."""

    def __init__(
        self,
        document: Mapping[str, Any],
        schemas: Schemas,
        namespace: str,
        default_auth: tuple[str, ...] | None,
        problems: list[tuple[Path_, str]],
    ) -> None:
        self.doc = document
        self.schemas = schemas
        self.ns = namespace
        self.default_auth = default_auth  # the document's own ``security``
        self.problems = problems
        self.bindings = Bindings(document, schemas)
        self.payloads: set[str] = set()  # shapes used as success or request bodies
        self.errors: dict[str, list[int]] = {}  # error shape id → statuses using it
        self.error_media: dict[str, str] = {}  # error shape id → the media type it is sent in
        self.error_uses: list[str] = []  # the error shape of every error response, in order
        self.envelope: ir.ErrorEnvelope | None = None  # the service's (``mark_errors``)

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
        input_id = self.schemas.shape_id(self.schemas.free_name(f"{name}Request", where))
        members = list(self.bindings.parameters(input_id, name, item, raw, where))
        if "requestBody" in raw:
            body, body_path = resolve_ref(self.doc, raw["requestBody"])
            payload = self.bindings.payload(
                input_id,
                body,
                body_path or (*where, "requestBody"),
                f"{name}RequestBody",
                {m.name for m in members},
            )
            if payload is not None:
                members.append(replace(payload, required=body.get("required") is True))
        input_shape = self.structure(input_id, members, where)

        output_id = self.schemas.shape_id(self.schemas.free_name(f"{name}Response", where))
        responses: list[ir.Response] = []
        errors: list[str] = []
        success: list[int] = []
        output_members: list[ir.Member] = []
        accept: dict[str, None] = {}
        for key, raw_response in (raw.get("responses") or {}).items():
            response, response_path = resolve_ref(self.doc, raw_response)
            chosen = choose(response.get("content") or {})
            if chosen is not None:
                accept[base_type(chosen[0])] = None
            rpath = response_path or (*where, "responses", key)
            status, status_range = status_key(str(key))
            is_output = 200 <= status < 300 and not success
            label = f"{name}{naming.pascal(str(key))}"
            holder = (
                output_id
                if is_output
                else self.schemas.shape_id(self.schemas.free_name(f"{label}Headers", rpath))
            )
            headers = list(self.bindings.headers(holder, response, rpath))
            body = self.bindings.payload(
                holder,
                response,
                rpath,
                f"{name}ResponseBody" if is_output else f"{label}Error",
                {h.name for h in headers},
            )
            if body is not None and not is_output and body.target in _TEXT_BODIES:
                body = None  # a non-JSON error body: its text is the raised error's message
            shape = body.target if body is not None else None
            if is_output:
                output_members = ([body] if body is not None else []) + headers
            if 200 <= status < 300:
                success.append(status)
                if shape is not None:
                    self.payloads.add(shape)
            elif (status >= 400 or status_range == "default") and shape is not None:
                self.errors.setdefault(shape, []).append(status)
                self.error_uses.append(shape)
                if chosen is not None:
                    self.error_media.setdefault(shape, base_type(chosen[0]))
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
        success_media = {
            base_type(chosen[0])
            for key, raw_response in (raw.get("responses") or {}).items()
            if str(key).startswith("2")
            and (chosen := choose(resolve_ref(self.doc, raw_response)[0].get("content") or {}))
        }
        self.payloads.update(
            m.target
            for m in members
            if m.http is not None and m.http.location is ir.Location.PAYLOAD
        )
        auth = required_schemes(self.doc, raw.get("security"), (*where, "security"), self.problems)
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
            accept=tuple(sorted(accept, key=lambda m: m not in success_media)),
        )

    def structure(self, sid: str, members: list[ir.Member], where: Path_) -> str | None:
        if not members:
            return None
        name = sid.split("#", 1)[1]
        unique = tuple(python_unique(members))
        self.schemas.register(
            ir.Shape(id=sid, name=name, type=ir.ShapeType.STRUCTURE, members=unique), where
        )
        return sid

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
                media = self.error_media.get(sid, "application/json")
                found = envelope(shape, self.schemas.shapes, media)
                self.schemas.shapes[sid] = replace(
                    shape, error=kind, http_error=None, envelope=found
                )
        enveloped = {sid: s.envelope for sid, s in self.schemas.shapes.items() if s.envelope}
        self.envelope = service_envelope(
            [enveloped[sid] for sid in self.error_uses if sid in enveloped]
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
