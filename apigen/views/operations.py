"""View of a service's operations module: the ``ServiceSpec`` the runtime reads (``SERVICE``).

Everything the codecs, clients and server need about an operation is resolved here, once,
at generation time: Python and wire names of every member, locations, kinds, timestamp
formats (as the front end resolved them for the protocol), the properties of object parameters, errors by wire code, paginators as
Python attribute paths, waiters (paths stay wire-name JMESPath), auth scheme kinds. The
view prints each record as a constructor call; the template only lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass

from apigen import ir, naming
from apigen.views.docs import docstring
from apigen.views.endpoints import ENDPOINTS_MODULE, url_parameters
from apigen.views.errors import error_code, error_shapes, unknown_error_name
from apigen.views.imports import ImportSet
from apigen.views.layout import layout, parse
from apigen.views.literals import literal
from apigen.views.member_specs import MemberSpecs, call, member_named, tuple_of
from apigen.views.operation_tables import Tables
from apigen.views.records import RecordView
from apigen.views.xml_names import xml_records

_MODEL_TYPES = (ir.ShapeType.STRUCTURE, ir.ShapeType.UNION)


@dataclass(frozen=True, kw_only=True, slots=True)
class OperationsView:
    doc: str
    imports: tuple[str, ...]
    service_args: tuple[str, ...]

    @property
    def service_lines(self) -> tuple[str, ...]:
        """``service_args`` laid out as black does, one level in."""
        return tuple(layout(parse(arg), 1, 1) for arg in self.service_args)

    operations: tuple[RecordView, ...]
    errors: tuple[RecordView, ...]
    waiters: tuple[RecordView, ...]
    exports: tuple[str, ...]
    xml: tuple[RecordView, ...] = ()
    # A big table is in part modules (views/table_parts.py): (key, part module) pairs here,
    # and the parts' views in ``companions`` (path in the service package, template, view).
    operations_where: tuple[tuple[str, str], ...] = ()
    errors_where: tuple[tuple[str, str], ...] = ()
    xml_where: tuple[tuple[str, str], ...] = ()
    companions: tuple[tuple[str, str, object], ...] = ()


# Kinds a client holds one credential of: an operation lists them by kind, not by name.
_KIND_KEYS = frozenset({"sigv4", "sigv4a", "httpBasic", "httpBearer", "httpBearerAuth", "noAuth"})


class _Builder(MemberSpecs):
    def __init__(self, service: ir.Service) -> None:
        super().__init__(service)
        self.uses_envelope = False
        self.uses_errors = False

    # -- paths, auth, errors --

    def python_path(self, shape_id: str | None, path: str) -> str:
        """A dotted member path (wire names) as Python attribute names."""
        current = self.service.shapes.get(shape_id) if shape_id else None
        parts = path.split(".")
        if current is not None and current.get_member(parts[0]) is None:
            payload = next(
                (m for m in current.members if m.http and m.http.location is ir.Location.PAYLOAD),
                None,
            )
            if payload is not None:  # OpenAPI paths are relative to the body
                parts = [payload.name, *parts]
        names: list[str] = []
        for part in parts:
            member = (
                member_named(current, part)
                if current is not None and current.type in _MODEL_TYPES
                else None
            )
            names.append(naming.snake(member.name if member is not None else part))
            current = self.service.shapes.get(member.target) if member is not None else None
        return ".".join(names)

    def auth_key(self, name: str) -> str:
        """A scheme's key in ``OperationSpec.auth``: its kind for the kinds a client holds
        one credential of (sigv4, Basic, Bearer, noAuth), else its name in the spec (a key
        of ``ServiceSpec.auth_schemes``)."""
        scheme = next((s for s in self.service.auth if s.name == name), None)
        if scheme is None:
            return name
        return scheme.kind if scheme.kind in _KIND_KEYS else scheme.name

    def auth_kinds(self, names: tuple[str, ...] | None) -> str:
        if names is None:  # the service's default: its own schemes, not requirement combinations
            names = tuple(s.name for s in self.service.auth if s.kind not in ("all", "noAuth"))
        keys = [self.auth_key(n) for n in names]
        return tuple_of([literal(k) for k in dict.fromkeys(keys)])

    def auth_schemes(self) -> str | None:
        """``ServiceSpec.auth_schemes``: the schemes keyed by name (None: there are none)."""
        records: list[str] = []
        for scheme in self.service.auth:
            if scheme.kind in _KIND_KEYS:
                continue
            args = [f"kind={literal(scheme.kind)}"]
            for field, value in (
                ("location", scheme.location),
                ("parameter", scheme.parameter),
                ("token_url", scheme.token_url),
            ):
                if value is not None:
                    args.append(f"{field}={literal(value)}")
            if scheme.scopes:
                args.append(f"scopes={literal(scheme.scopes)}")
            if scheme.parts:
                parts = tuple(self.auth_key(p) for p in scheme.parts)
                args.append(f"parts={literal(parts)}")
            records.append(f"{literal(scheme.name)}: AuthSpec({', '.join(args)})")
        if not records:
            return None
        self.schema_names.add("AuthSpec")
        return "{" + ", ".join(records) + "}"

    def code_of(self, shape_id: str) -> str:
        shape = self.service.shapes.get(shape_id)
        return error_code(shape) if shape is not None else shape_id.rsplit("#", 1)[-1]

    def code_by_name(self, name: str) -> str:
        for shape in self.service.shapes.values():
            if shape.name == name or shape.id == name:
                return error_code(shape) if shape.error else shape.name
        return name

    # -- records --

    def operation(self, op: ir.Operation) -> RecordView:
        self.schema_names.add("OperationSpec")
        args = [
            f"name={literal(op.name)}",
            f"input={self.model(op.input)}",
            f"output={self.model(op.output)}",
        ]
        if op.input is not None:
            args.append(f"input_members={self.members(op.input)}")
        if op.output is not None:
            args.append(f"output_members={self.members(op.output)}")
        if op.http is not None:
            args += [
                f"method={literal(op.http.method.upper())}",
                f"uri={literal(op.http.uri)}",
                f"code={literal(op.http.code)}",
            ]
        if op.errors:
            args.append(f"errors={tuple_of([literal(self.code_of(e)) for e in op.errors])}")
        if op.readonly:
            args.append("readonly=True")
        if op.idempotent:
            args.append("idempotent=True")
        token = (
            next((m for m in self.shape(op.input).members if m.idempotency_token), None)
            if op.input
            else None
        )
        if token is not None:
            args.append(f"idempotency_token={literal(naming.snake(token.name))}")
        if op.paginated is not None:
            args.append(f"paginator={self.paginator(op)}")
        args.append(f"auth={self.auth_kinds(op.auth)}")
        if op.responses:
            args.append(f"responses={tuple_of([self.response(r) for r in op.responses])}")
        if op.accept:
            args.append(f"accept={literal(', '.join(op.accept))}")
        args += self.endpoint_args(op)
        if op.http_checksum is not None:
            args.append(f"checksum={self.checksum(op)}")
        if op.unsigned_payload:
            args.append("unsigned_payload=True")
        if op.request_compression:
            encodings = tuple_of([literal(e) for e in op.request_compression])
            args.append(f"request_compression={encodings}")
        return RecordView(key=literal(op.name), call="OperationSpec", args=tuple(args))

    def endpoint_args(self, op: ir.Operation) -> list[str]:
        """The host prefix and the endpoint-rule parameters of ``op`` (docs/endpoints.md)."""
        members = self.shape(op.input).members if op.input else ()
        args = []
        if op.host_prefix is not None:
            args.append(f"host_prefix={literal(op.host_prefix)}")
            labels = [(m.name, naming.snake(m.name)) for m in members if m.host_label]
            if labels:
                args.append(f"host_labels={tuple_of([literal(pair) for pair in labels])}")
        if self.service.endpoint_rules is None:
            return args
        context = [(m.context_param, naming.snake(m.name)) for m in members if m.context_param]
        if context:
            args.append(f"context_params={tuple_of([literal(pair) for pair in context])}")
        in_url = url_parameters(self.service)
        carried = [
            m.http.name or m.name
            for m in members
            if m.http is not None
            and m.http.location is ir.Location.LABEL
            and m.context_param in in_url
        ]
        if carried:
            args.append(f"endpoint_labels={tuple_of([literal(label) for label in carried])}")
        if op.static_context_params:
            pairs = [literal(pair) for pair in op.static_context_params]
            args.append(f"static_context_params={tuple_of(pairs)}")
        if op.operation_context_params:
            pairs = [literal(pair) for pair in op.operation_context_params]
            args.append(f"operation_context_params={tuple_of(pairs)}")
        return args

    def checksum(self, op: ir.Operation) -> str:
        """``httpChecksum`` with member names as Python names (and the algorithm's header)."""
        self.schema_names.add("ChecksumSpec")
        trait = op.http_checksum
        assert trait is not None
        members = self.shape(op.input).members if op.input else ()
        args = []
        algorithm = next((m for m in members if m.name == trait.request_algorithm_member), None)
        if algorithm is not None:
            args.append(f"algorithm_member={literal(naming.snake(algorithm.name))}")
            if algorithm.http is not None and algorithm.http.location is ir.Location.HEADER:
                args.append(f"algorithm_header={literal(algorithm.http.name)}")
        if trait.request_required:
            args.append("required=True")
        mode = next((m for m in members if m.name == trait.validation_mode_member), None)
        if mode is not None:
            args.append(f"validation_member={literal(naming.snake(mode.name))}")
            if mode.http is not None and mode.http.location is ir.Location.HEADER:
                args.append(f"validation_header={literal(mode.http.name)}")
        if trait.response_algorithms:
            args.append(f"response_algorithms={literal(trait.response_algorithms)}")
        return call("ChecksumSpec", args)

    def paginator(self, op: ir.Operation) -> str:
        self.schema_names.add("PaginatorSpec")
        pag = op.paginated
        assert pag is not None
        args = []
        if pag.input_token:
            args.append(f"input_token={literal(self.python_path(op.input, pag.input_token))}")
        if pag.output_token:
            args.append(f"output_token={literal(self.python_path(op.output, pag.output_token))}")
        if pag.page_size:
            args.append(f"page_size={literal(self.python_path(op.input, pag.page_size))}")
        if pag.items:
            args.append(f"items={literal(self.python_path(op.output, pag.items))}")
        return call("PaginatorSpec", args)

    def response(self, response: ir.Response) -> str:
        self.schema_names.add("ResponseSpec")
        args = [literal(response.status)]
        shape = self.service.shapes.get(response.shape) if response.shape else None
        if shape is not None and shape.error:
            args.append(f"error={literal(error_code(shape))}")
        if response.headers:
            args.append(f"headers={tuple_of([self.member_spec(h) for h in response.headers])}")
        if response.status_range is not None:
            args.append(f"status_range={literal(response.status_range)}")
        return call("ResponseSpec", args)

    def error(self, shape: ir.Shape) -> RecordView:
        self.schema_names.add("ErrorSpec")
        self.uses_shapes = self.uses_errors = True
        name = naming.pascal(shape.name)
        args = [
            f"code={literal(error_code(shape))}",
            f"shape=shapes.{name}",
            f"exception=errors.{name}",
        ]
        if shape.http_error is not None:
            args.append(f"status={literal(shape.http_error)}")
        args.append(f"fault={literal(shape.error or 'client')}")
        if shape.retryable:
            args.append("retryable=True")
        if shape.throttling:
            args.append("throttling=True")
        if shape.members:
            args.append(f"members={self.members(shape.id)}")
        if error_code(shape) != shape.name:
            args.append(f"type_name={literal(shape.name)}")
        if shape.envelope is not None:
            args.append(f"envelope={self.envelope(shape.envelope)}")
        return RecordView(key=literal(error_code(shape)), call="ErrorSpec", args=tuple(args))

    def envelope(self, envelope: ir.ErrorEnvelope) -> str:
        """An ``ErrorEnvelope(...)`` call naming only the fields it carries."""
        self.uses_envelope = True
        args = [f"container={literal(envelope.container)}"] if envelope.container else []
        if envelope.many:
            args.append("many=True")
        for field in ("code", "status", "detail", "title", "id", "source"):
            value = getattr(envelope, field)
            if value is not None:
                args.append(f"{field}={literal(value)}")
        if envelope.integers:
            args.append(f"integers={literal(envelope.integers)}")
        if envelope.media_type != "application/json":
            args.append(f"media_type={literal(envelope.media_type)}")
        return call("ErrorEnvelope", args)

    def waiter(self, op: ir.Operation, waiter: ir.Waiter) -> RecordView:
        self.schema_names.update({"WaiterSpec", "AcceptorSpec"})
        acceptors = []
        for acceptor in waiter.acceptors:
            matcher = acceptor.matcher
            args = [literal(acceptor.state), literal(matcher.kind)]
            if matcher.path is not None:
                args.append(f"path={literal(matcher.path)}")
            expected = matcher.expected
            if matcher.kind == "errorType" and isinstance(expected, str):
                expected = self.code_by_name(expected)
            if expected is not None:
                args.append(f"expected={literal(expected)}")
            if matcher.comparator is not None:
                args.append(f"comparator={literal(matcher.comparator)}")
            acceptors.append(call("AcceptorSpec", args))
        args = [
            f"name={literal(waiter.name)}",
            f"operation={literal(op.name)}",
            f"min_delay={literal(float(waiter.min_delay))}",
            f"max_delay={literal(float(waiter.max_delay))}",
            f"acceptors={tuple_of(acceptors)}",
        ]
        if waiter.max_attempts is not None:
            args.append(f"max_attempts={literal(waiter.max_attempts)}")
        return RecordView(key=literal(waiter.name), call="WaiterSpec", args=tuple(args))


def operations_view(service: ir.Service) -> OperationsView:
    builder = _Builder(service)
    tables = Tables(service, builder, _Builder)
    by_name = {op.name: op for op in service.operations}
    operations, operations_where = tables.table(
        "operations", sorted(by_name), lambda b, name: b.operation(by_name[name])
    )
    by_code = {error_code(shape): shape for shape in error_shapes(service)}
    errors, errors_where = tables.table(
        "errors", list(by_code), lambda b, code: b.error(by_code[code])
    )
    xml_by_key = xml_records(service)
    xml, xml_where = tables.table("xml", list(xml_by_key), lambda _, key: xml_by_key[key])
    waiters = tuple(
        builder.waiter(op, waiter)
        for op in sorted(service.operations, key=lambda o: o.name)
        for waiter in op.waiters
    )
    service_args = [
        f"name={literal(service.name)}",
        f"protocol={literal(service.protocol.value)}",
        f"version={literal(service.version)}",
    ]
    for field, value in (
        ("target_prefix", service.target_prefix),
        ("signing_name", service.sigv4_name),
        ("endpoint_prefix", service.endpoint_prefix),
        ("default_endpoint", service.default_endpoint),
        ("credentials_env", service.credentials_env),
    ):
        if value is not None:
            service_args.append(f"{field}={literal(value)}")
    if service.query_compatible:
        service_args.append("query_compatible=True")
    has_rules = service.endpoint_rules is not None
    if service.service_id is not None:
        service_args.append(f"service_id={literal(service.service_id)}")
    if has_rules:
        # Named from this module's own package, so a vendored copy finds its own rules.
        service_args.append(f'endpoint_rules=__name__.rpartition(".")[0] + ".{ENDPOINTS_MODULE}"')
    if has_rules and service.client_context_params:
        names = [literal(p.name) for p in service.client_context_params]
        service_args.append(f"client_context_params={tuple_of(names)}")
    service_args.append(f"auth={builder.auth_kinds(None)}")
    auth_schemes = builder.auth_schemes()
    if auth_schemes is not None:
        service_args.append(f"auth_schemes={auth_schemes}")
    if service.retry_after_headers:
        service_args.append(f"retry_after_headers={literal(service.retry_after_headers)}")
    service_args.append(f"unknown_error=errors.{unknown_error_name(service)}")
    if service.xml_namespace is not None:
        service_args.append(f"xml_namespace={literal(service.xml_namespace)}")
    if service.error_envelope is not None:
        service_args.append(f"error_envelope={builder.envelope(service.error_envelope)}")
    imports = ImportSet()
    imports.add("__future__", "annotations")
    # Records are built on first lookup, so importing this module creates no shape class.
    imports.add(".._runtime.core.tables", "LazyTable")
    for name in builder.schema_names:
        imports.add(".._runtime.core.schema", name)
    if xml:
        imports.add(".._runtime.core.xml_names", "XmlNode")
        imports.add(".._runtime.core.xml_names", "XmlStructure")
    # A table in parts names its record type (``TableParts[OperationSpec]``), not its records.
    for where, module, name in (
        (operations_where, ".._runtime.core.schema", "OperationSpec"),
        (errors_where, ".._runtime.core.schema", "ErrorSpec"),
        (xml_where, ".._runtime.core.xml_names", "XmlStructure"),
    ):
        if where:
            imports.add(".._runtime.core.tables", "TableParts")
            imports.add(module, name)
    if builder.uses_empty:
        imports.add(".._runtime.core.model", "Empty")
    if builder.uses_envelope:
        imports.add(".._runtime.core.envelope", "ErrorEnvelope")
    if builder.uses_shapes:
        imports.add(".", "shapes")
    imports.add(".", "errors")
    return OperationsView(
        doc=docstring(
            f"Operation tables of {service.title}: the ServiceSpec its client, server and codec read.",
            indent=0,
        ),
        imports=imports.lines(),
        service_args=tuple(service_args),
        operations=operations,
        errors=errors,
        waiters=waiters,
        exports=("SERVICE",),
        xml=xml,
        operations_where=operations_where,
        errors_where=errors_where,
        xml_where=xml_where,
        companions=tuple(tables.companions),
    )
