"""Operation tables: the data a generated service hands the runtime.

Generated ``operations.py`` modules build one ``ServiceSpec`` of these frozen records; the
codecs, the clients and the server read nothing else about a service. Member names are the
Python attribute names (``name``) and the names on the wire (``wire``: the JSON key, header,
query key or header prefix, by ``location``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .envelope import ErrorEnvelope
from .errors import UnknownServiceError
from .records import Record, field

if TYPE_CHECKING:
    from .errors import ServiceError
    from .model import ApigenModel
    from .xml_names import XmlStructure

# Member locations.
BODY = "body"
LABEL = "label"
QUERY = "query"
QUERY_PARAMS = "query_params"
HEADER = "header"
COOKIE = "cookie"
PREFIX_HEADERS = "prefix_headers"
PAYLOAD = "payload"
STATUS = "status"


class MemberSpec(Record):
    """One member of an operation's input or output structure.

    ``kind`` is the Smithy type of the target (string, enum, intEnum, integer, long, short,
    byte, float, double, bigInteger, bigDecimal, boolean, timestamp, blob, document, list,
    map, structure, union); ``item_kind`` the element kind of a list, or the value kind of a
    map, bound outside the body. ``timestamp_format`` is set for timestamps (and lists of
    them) and already resolves the protocol's default for the member's location.

    ``wire`` by location: the JSON key (body: ``jsonName`` for restJson1 and openapi, else
    the member name), the URI label name (label), the query key (query), the header name
    (header), the header prefix (prefix_headers, may be ""), the member name (payload), ""
    (query_params, status). ``style``/``explode`` are OpenAPI's parameter serialisation
    when not the location's default (label/header ``simple``; query ``form``, exploded);
    ``fields`` are the properties of a structure bound outside the body (an OpenAPI object
    parameter: Python name, wire name, kind, timestamp format), empty otherwise.
    ``media_type`` is a payload's media type when not its kind's default (JSON for
    structures, ``application/octet-stream`` for blobs, ``text/plain`` for strings); a
    ``application/x-www-form-urlencoded`` structure payload lists its ``fields``; a
    parameter's ``media_type`` (OpenAPI ``content``) says its value is JSON text, and
    ``allow_reserved`` that a query value keeps RFC 3986 reserved characters unencoded.
    ``wire`` of a cookie member is its cookie name.
    A ``document`` member bound to a header travels as base64 of its compact JSON (botocore's
    ``jsonvalue`` headers). ``streaming`` marks a payload read and sent lazily: a blob
    (``streams.StreamingBody``; ``requires_length``: its length must be known when sent) or
    an event stream (a union: ``events`` and its model ``event_union``).
    """

    name: str
    wire: str
    location: str = BODY
    kind: str = "string"
    item_kind: str | None = None
    timestamp_format: str | None = None
    greedy: bool = False
    required: bool = False
    idempotency_token: bool = False
    read_only: bool = False
    write_only: bool = False
    style: str | None = None
    explode: bool | None = None
    fields: tuple[MemberSpec, ...] = ()
    media_type: str | None = None
    allow_reserved: bool = False
    # multipart/form-data and form payloads: each property's ``encoding`` (OpenAPI).
    parts: tuple[PartSpec, ...] = ()
    streaming: bool = False
    requires_length: bool = False
    events: tuple[EventSpec, ...] = ()
    event_union: type[ApigenModel] | None = None


class EventSpec(Record):
    """One event of an event stream (a member of its union).

    ``name`` is the wire name (``:event-type``, or ``:exception-type`` for an error),
    ``attr`` the union's Python attribute, ``shape`` the event's structure and ``members``
    its members: location ``header`` for ``eventHeader`` ones (wire: the header name),
    ``payload`` for the ``eventPayload`` one, ``body`` for the rest (the payload is then
    their JSON). ``error`` is the ``ServiceSpec.errors`` code of a modelled exception event.
    """

    name: str
    attr: str
    shape: type[ApigenModel]
    members: tuple[MemberSpec, ...] = ()
    error: str | None = None


class ErrorSpec(Record):
    """A modelled error: its wire code, shape, exception class, status and fault.

    ``status`` is None when the spec gives none (OpenAPI errors: see ``ResponseSpec``);
    ``type_name`` is the shape's name when the wire code is another (an awsQuery code kept by
    a query-compatible service, which names the shape in the body's type); ``members`` describes the error structure's members like ``OperationSpec.input_members``
    (headers bound to an error travel outside the body). ``envelope`` says where the
    API's own error code, status and detail are in the body (OpenAPI errors).
    """

    code: str
    shape: type[ApigenModel]
    exception: type[ServiceError]
    status: int | None = None
    fault: str = "client"
    retryable: bool = False
    throttling: bool = False
    members: tuple[MemberSpec, ...] = ()
    type_name: str | None = None
    envelope: ErrorEnvelope | None = None


class PaginatorSpec(Record):
    """Python attribute names; output paths may be dotted (``metadata.next``)."""

    input_token: str | None = None
    output_token: str | None = None
    page_size: str | None = None
    items: str | None = None


class AcceptorSpec(Record):
    """A Smithy waiter acceptor; ``path`` is evaluated on the output's wire form.

    ``matcher`` is output, inputOutput, success, errorType or status; for errorType
    ``expected`` is the error's wire code (a key of ``ServiceSpec.errors`` when modelled),
    for status an HTTP status.
    """

    state: str
    matcher: str
    path: str | None = None
    expected: str | bool | int | None = None
    comparator: str | None = None


class WaiterSpec(Record):
    name: str
    operation: str
    min_delay: float = 2.0
    max_delay: float = 120.0
    acceptors: tuple[AcceptorSpec, ...] = ()
    max_attempts: int | None = None  # botocore's waiters: give up after this many attempts


class ResponseSpec(Record):
    """A declared response by status (OpenAPI services): its shape's error code or None.

    ``status_range`` is "4XX"-style (``status`` is then its first code) or "default" (any
    status not listed; ``status`` 0) when the spec gives no single code.
    """

    status: int
    error: str | None = None
    headers: tuple[MemberSpec, ...] = ()
    status_range: str | None = None


class OperationSpec(Record):
    """One operation: models, members by location, HTTP binding and behaviour.

    Operations without input or output use ``model.Empty``. ``method``/``uri``/``code`` are
    the HTTP binding (awsJson: POST /); ``uri`` may carry a query literal after ``?``.
    ``errors`` are wire codes (keys of ``ServiceSpec.errors``); ``idempotency_token`` is the
    Python name of the input member filled with a UUID4 when unset; ``auth`` lists the auth
    scheme kinds accepted (``sigv4``, ``httpBearer``, ``httpBasic``) in preference order,
    empty for none. Codecs cache per-operation plans by ``name``. ``accept`` is the
    ``Accept`` header a client sends (OpenAPI: the responses' media types), "" for none.
    """

    name: str
    input: type[ApigenModel]
    output: type[ApigenModel]
    input_members: tuple[MemberSpec, ...] = ()
    output_members: tuple[MemberSpec, ...] = ()
    method: str = "POST"
    uri: str = "/"
    code: int = 200
    errors: tuple[str, ...] = ()
    readonly: bool = False
    idempotent: bool = False
    idempotency_token: str | None = None
    paginator: PaginatorSpec | None = None
    auth: tuple[str, ...] = ()
    responses: tuple[ResponseSpec, ...] = ()
    accept: str = ""
    # Endpoints (docs/endpoints.md): the host prefix (``"{AccountId}."``) with its labels as
    # (label, input attribute); the rule-set parameters the operation sets, from input
    # attributes (``contextParam``), as fixed values (``staticContextParams``) and as JMESPath
    # over the input's wire form (``operationContextParams``).
    host_prefix: str | None = None
    host_labels: tuple[tuple[str, str], ...] = ()
    context_params: tuple[tuple[str, str], ...] = ()
    static_context_params: tuple[tuple[str, Any], ...] = ()
    operation_context_params: tuple[tuple[str, str], ...] = ()
    # URI labels the resolved endpoint carries (a rule-set parameter its URL names, as S3's
    # bucket): clients leave their ``/{label}`` segment out of the path, servers keep it.
    endpoint_labels: tuple[str, ...] = ()
    checksum: ChecksumSpec | None = None
    unsigned_payload: bool = False
    # ``requestCompression``: encodings the client compresses the body with (client/compression.py).
    request_compression: tuple[str, ...] = ()


class ChecksumSpec(Record):
    """AWS's ``httpChecksum``: ``algorithm_member`` is the Python name of the input member
    naming the request checksum's algorithm (and ``algorithm_header`` where it travels);
    ``required``: a checksum is sent even when none is named (CRC32, as the AWS SDKs do);
    ``validation_member`` is the input member that turns response validation on
    (``ENABLED``; ``validation_header`` where it travels); ``response_algorithms`` are the
    ones a response may carry."""

    algorithm_member: str | None = None
    algorithm_header: str | None = None
    required: bool = False
    validation_member: str | None = None
    validation_header: str | None = None
    response_algorithms: tuple[str, ...] = ()


class PartSpec(Record):
    """One property's ``encoding`` in a body of fields, by its wire ``name``: a multipart
    part's ``content_type`` (None: by kind) and fixed ``headers``; a form field's ``style``,
    ``explode`` and ``allow_reserved`` (as a query parameter's)."""

    name: str
    content_type: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    style: str | None = None
    explode: bool | None = None
    allow_reserved: bool = False


class AuthSpec(Record):
    """An auth scheme a client applies by its name in ``OperationSpec.auth`` (OpenAPI):
    ``apiKey`` (sent in ``location`` — header, query or cookie — as ``parameter``),
    ``oauth2`` (a bearer token, fetched from ``token_url`` by client credentials when the
    client has no token), ``mutualTLS`` (a client certificate on the connection) or ``all``
    (every scheme of ``parts`` at once). ``auth/schemes.py`` turns them into credentials."""

    kind: str
    location: str | None = None
    parameter: str | None = None
    token_url: str | None = None
    scopes: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()


class ServiceSpec(Record):
    """A whole service; ``errors`` is keyed by wire code, ``waiters`` by waiter name.

    ``protocol`` is a key of ``protocols.registry.CODECS``. ``query_compatible`` is AWS's
    ``awsQueryCompatible``: the service keeps the error codes of its former awsQuery protocol.
    ``unknown_error`` is the exception a client raises for an error response no ``errors``
    entry models: the generated ``Unknown<Service>Error``, under the service's root error.
    ``error_envelope`` is the error body most of an OpenAPI document's errors use: what its
    server answers its own errors in, where a client reads an unmodelled error's fields.
    """

    name: str
    protocol: str
    version: str
    operations: Mapping[str, OperationSpec]
    errors: Mapping[str, ErrorSpec] = field(default_factory=dict[str, ErrorSpec])
    waiters: Mapping[str, WaiterSpec] = field(default_factory=dict[str, WaiterSpec])
    target_prefix: str | None = None
    query_compatible: bool = False
    signing_name: str | None = None
    endpoint_prefix: str | None = None
    default_endpoint: str | None = None
    credentials_env: str | None = None
    auth: tuple[str, ...] = ()
    # Response headers whose value is seconds to wait before a retry (beside Retry-After).
    retry_after_headers: tuple[str, ...] = ()
    unknown_error: type[UnknownServiceError] = UnknownServiceError
    # Endpoints (docs/endpoints.md): AWS's SDK id (``AWS_ENDPOINT_URL_<SERVICE_ID>``), the
    # module whose ``RULE_SET`` is the endpoint rule set (imported on the first call; None:
    # ``https://{endpoint_prefix}.{region}.amazonaws.com``) and the rule-set parameters a
    # client may set (``client_context_params``).
    service_id: str | None = None
    endpoint_rules: str | None = None
    client_context_params: tuple[str, ...] = ()
    # XML bodies and query strings: each structure's XML and query names by class name
    # (``xml_names.py``), and the namespace of the service's XML documents.
    xml: Mapping[str, XmlStructure] = field(default_factory=dict[str, "XmlStructure"])
    xml_namespace: str | None = None
    error_envelope: ErrorEnvelope | None = None
    auth_schemes: Mapping[str, AuthSpec] = field(default_factory=dict[str, AuthSpec])
