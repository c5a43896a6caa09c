"""The REST half both HTTP-binding protocols share (restJson1 and plain OpenAPI JSON).

``RestCodec`` implements the six ``Codec`` methods over ``bindings.Plan``s; subclasses say
how errors travel (``_parse_error``/``serialize_error``) and the few wire choices that differ
(the body of an unset structure payload, how header lists are joined). Plans and URI
templates are built on first use per operation and kept for the codec's life. A streaming
payload (a streaming blob or an event stream) travels as the message's ``stream``
(``streaming.Streams``), never read whole.
"""

from __future__ import annotations

from ..core.errors import ParamValidationError, ServiceError
from ..core.http import HttpRequest, HttpResponse
from ..core.model import ApigenModel
from ..core.schema import ErrorSpec, OperationSpec, ServiceSpec
from ..core.streams import StreamingBody
from .bindings import Plan, UriTemplate
from .faults import unfit_response, validation_errors
from .streaming import Streams, body_of, streamed
from .wire_text import parse_query


def _without_labels(uri: str, labels: tuple[str, ...]) -> str:
    """``uri`` without the ``/{label}`` segments the endpoint carries (``/{Bucket}/{Key+}``
    → ``/{Key+}``, ``/{Bucket}?tagging`` → ``/?tagging``), as botocore strips S3's bucket."""
    path, mark, query = uri.partition("?")
    for label in labels:
        path = path.replace("/{" + label + "}", "", 1)
    return (path or "/") + mark + query


class _OperationWire:
    """Everything about one operation a codec needs on each call, computed once."""

    __slots__ = ("client_uri", "input", "method", "output", "uri")

    def __init__(self, operation: OperationSpec) -> None:
        self.uri = UriTemplate(operation.uri)
        self.client_uri = self.uri
        if operation.endpoint_labels:
            self.client_uri = UriTemplate(_without_labels(operation.uri, operation.endpoint_labels))
        literals = [key for key, _ in self.uri.query_literals]
        greedy = [name for name, is_greedy in self.uri.labels if is_greedy]
        self.input = Plan(operation.input, operation.input_members, literals, greedy)
        self.output = Plan(operation.output, operation.output_members)
        self.method = operation.method.upper()


class RestCodec:
    """Shared REST/JSON logic; see ``rest_json.RestJsonCodec`` and ``openapi_json``."""

    #: Body sent for an unset structure ``httpPayload`` (restJson1 follows botocore: ``{}``).
    empty_structure_payload = b"{}"
    #: How list headers are written: joined by this, strings quoted when needed.
    header_separator = ", "
    quote_header_strings = True

    def __init__(self, service: ServiceSpec) -> None:
        self.service = service
        self._wires: dict[str, _OperationWire] = {}
        self._error_plans: dict[str, Plan] = {}
        self._routes: dict[str, list[tuple[UriTemplate, OperationSpec]]] | None = None
        self.streams = Streams(service)

    def _wire(self, operation: OperationSpec) -> _OperationWire:
        wire = self._wires.get(operation.name)
        if wire is None:
            wire = self._wires[operation.name] = _OperationWire(operation)
        return wire

    def _error_plan(self, spec: ErrorSpec) -> Plan:
        plan = self._error_plans.get(spec.code)
        if plan is None:
            plan = self._error_plans[spec.code] = Plan(spec.shape, spec.members)
        return plan

    def _write(
        self, plan: Plan, model: ApigenModel, headers: list[tuple[str, str]]
    ) -> tuple[bytes, StreamingBody | None]:
        """Bound headers into ``headers`` (plus a Content-Type for a body); returns the body,
        or the stream of a streaming payload."""
        plan.write_headers(model, headers, self.header_separator, self.quote_header_strings)
        bound = streamed(plan)
        if bound is not None:
            return b"", self.streams.outgoing(bound, model, headers)
        body, content_type = plan.body(model, self.empty_structure_payload)
        if (
            body
            and content_type is not None
            and not any(k.lower() == "content-type" for k, _ in headers)
        ):
            headers.append(("Content-Type", content_type))
        return body, None

    # -- client --

    def serialize_request(self, operation: OperationSpec, params: ApigenModel) -> HttpRequest:
        wire = self._wire(operation)
        plan = wire.input
        uri = wire.client_uri
        path = uri.render(plan.label_values(params)) if plan.labels else uri.path
        query = uri.query
        if plan.query or plan.query_params is not None:
            encoded = plan.query_string(params)
            if encoded:
                query = f"{query}&{encoded}" if query else encoded
        headers: list[tuple[str, str]] = []
        body, stream = self._write(plan, params, headers)
        request = HttpRequest(wire.method, path, query, headers, body, stream)
        request.stream_response = streamed(wire.output) is not None
        return request

    def parse_response(self, operation: OperationSpec, response: HttpResponse) -> ApigenModel:
        if not 200 <= response.status < 300:
            raise self._parse_error(operation, response)
        plan = self._wire(operation).output
        try:
            model = plan.read(
                self._body_json(plan, response.body), response.headers, status=response.status
            )
        except ValueError as exc:
            raise unfit_response(operation, exc, response) from None
        bound = streamed(plan)
        if bound is not None:
            return self.streams.incoming(bound, model, body_of(response))
        return model

    def _body_json(self, plan: Plan, body: bytes) -> bytes:
        """A message's body as ``Plan.read`` takes it (JSON); a codec whose bodies are in
        another format converts them here (``ValueError`` when they cannot be read)."""
        return body

    def _parse_error(self, operation: OperationSpec | None, response: HttpResponse) -> ServiceError:
        raise NotImplementedError

    def _read_error_shape(self, spec: ErrorSpec, response: HttpResponse) -> ApigenModel | None:
        try:
            plan = self._error_plan(spec)
            return plan.read(
                self._body_json(plan, response.body), response.headers, status=response.status
            )
        except ValueError:
            return None

    # -- server --

    def _by_method(self) -> dict[str, list[tuple[UriTemplate, OperationSpec]]]:
        """Each method's routes, most specific first."""
        if self._routes is None:
            routes: dict[str, list[tuple[UriTemplate, OperationSpec]]] = {}
            for operation in self.service.operations.values():
                wire = self._wire(operation)
                routes.setdefault(wire.method, []).append((wire.uri, operation))
            for candidates in routes.values():
                candidates.sort(key=lambda c: (c[0].specificity, c[0].template))
            self._routes = routes
        return self._routes

    def route(self, request: HttpRequest) -> tuple[OperationSpec, dict[str, str]] | None:
        found = self._by_method().get(request.method.upper())
        if not found:
            return None
        query = parse_query(request.query) if request.query else {}
        matches: list[tuple[OperationSpec, dict[str, str]]] = []
        for template, operation in found:
            if matches and template.template != self._wire(matches[0][0]).uri.template:
                break
            labels = template.match(request.path, query)
            if labels is not None:
                matches.append((operation, labels))
        if len(matches) < 2:
            return matches[0] if matches else None
        # Operations sharing one URI (S3's PutObject, CopyObject, UploadPart): the one whose
        # required headers and query members the request carries, the most of them first.
        headers = {name.lower() for name, _ in request.headers}
        best: tuple[int, tuple[OperationSpec, dict[str, str]]] | None = None
        for match in matches:
            needed = self._required_keys(match[0])
            present = all(k in headers if h else k in query for h, k in needed)
            if present and (best is None or len(needed) > best[0]):
                best = (len(needed), match)
        return best[1] if best is not None else matches[0]

    def _required_keys(self, operation: OperationSpec) -> list[tuple[bool, str]]:
        """The required header (True, lowered name) and query (False, key) members."""
        plan = self._wire(operation).input
        keys = [(True, b.wire.lower()) for b in plan.headers if b.spec.required]
        return keys + [(False, b.wire) for b in plan.query if b.spec.required]

    def allowed_methods(self, request: HttpRequest) -> list[str]:
        """The methods some operation takes at the request's path and query, sorted."""
        query = parse_query(request.query) if request.query else {}
        return sorted(
            method
            for method, candidates in self._by_method().items()
            if any(t.match(request.path, query) is not None for t, _ in candidates)
        )

    def parse_request(
        self, operation: OperationSpec, request: HttpRequest, labels: dict[str, str]
    ) -> ApigenModel:
        wire = self._wire(operation)
        plan = wire.input
        raw = wire.uri.raw_labels(request.path) if plan.raw_labels else None
        try:
            model = plan.read(
                self._body_json(plan, request.body),
                request.headers,
                labels=labels,
                raw_labels=raw,
                query=request.query,
                server=True,
            )
        except ValueError as exc:
            raise ParamValidationError(
                f"{operation.name}: invalid request", validation_errors(exc)
            ) from None
        bound = streamed(plan)
        if bound is not None:
            return self.streams.incoming(bound, model, body_of(request))
        return model

    def serialize_response(
        self, operation: OperationSpec, output: ApigenModel, request_id: str | None = None
    ) -> HttpResponse:
        plan = self._wire(operation).output
        status = operation.code
        if plan.status is not None:
            value = getattr(output, plan.status.name)
            if value is not None:
                status = int(value)
        headers: list[tuple[str, str]] = []
        body, stream = self._write(plan, output, headers)
        return HttpResponse(status, headers, body, stream)

    def serialize_error(
        self, operation: OperationSpec | None, error: ServiceError, request_id: str | None = None
    ) -> HttpResponse:
        raise NotImplementedError

    def _error_headers(
        self, spec: ErrorSpec | None, error: ServiceError, headers: list[tuple[str, str]]
    ) -> frozenset[str]:
        """Headers bound to the error's shape; returns the member names they took."""
        if spec is None or error.shape is None or not spec.members:
            return frozenset()
        plan = self._error_plan(spec)
        if isinstance(error.shape, plan.model):
            plan.write_headers(
                error.shape, headers, self.header_separator, self.quote_header_strings
            )
        return plan.bound_names
