"""The intermediate model every front end produces and every view reads.

Invariants:
- Everything is frozen, keyword-only and slotted; nothing mutates the IR (use
  ``dataclasses.replace``).
- Every shape has a stable id ``namespace#Name``; every member ``namespace#Name$member``.
- Members keep declaration order; ``Service.shapes`` is keyed by shape id and sorted by id.
- Constraints are resolved: a member's ``constraints`` already merge its target's
  constraints with its own (the member's win), so views never chase targets for them
  (``ir_constraints``, re-exported here).
- Protocol names are Smithy's (``restJson1``, ``awsJson1_0``, ``awsJson1_1``, ``rpcv2Cbor``) plus
  ``openapi`` for plain REST/JSON services described by OpenAPI (``Protocol``).
- Wire facts are resolved (``frontends/resolve.py``, the last step of every front end): a
  member's ``json_name`` is set only where its protocol honours it, every structure member
  that is (or holds) a timestamp carries the format it travels in at its location, and
  ``Service.body_timestamp_format`` is the format of a timestamp in a body otherwise.
  Views read these facts; none of them asks which protocol a service speaks.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

from apigen.ir_constraints import NO_CONSTRAINTS as NO_CONSTRAINTS
from apigen.ir_constraints import Constraints as Constraints
from apigen.ir_constraints import Excluded as Excluded
from apigen.ir_constraints import JsonValue as JsonValue
from apigen.ir_constraints import Length as Length
from apigen.ir_constraints import Range as Range
from apigen.ir_resources import Lifecycle as Lifecycle
from apigen.ir_resources import Resource as Resource
from apigen.ir_waiters import Acceptor as Acceptor
from apigen.ir_waiters import Matcher as Matcher
from apigen.ir_waiters import Paginated as Paginated
from apigen.ir_waiters import Waiter as Waiter


class ShapeType(enum.StrEnum):
    STRUCTURE = "structure"
    UNION = "union"
    ENUM = "enum"
    INT_ENUM = "intEnum"
    LIST = "list"
    MAP = "map"
    STRING = "string"
    INTEGER = "integer"
    LONG = "long"
    SHORT = "short"
    BYTE = "byte"
    FLOAT = "float"
    DOUBLE = "double"
    BOOLEAN = "boolean"
    TIMESTAMP = "timestamp"
    BLOB = "blob"
    DOCUMENT = "document"
    BIG_INTEGER = "bigInteger"
    BIG_DECIMAL = "bigDecimal"


# Smithy's prelude: the simple shapes every spec may target without declaring them.
PRELUDE: dict[str, ShapeType] = {
    "String": ShapeType.STRING,
    "Integer": ShapeType.INTEGER,
    "Long": ShapeType.LONG,
    "Short": ShapeType.SHORT,
    "Byte": ShapeType.BYTE,
    "Float": ShapeType.FLOAT,
    "Double": ShapeType.DOUBLE,
    "Boolean": ShapeType.BOOLEAN,
    "Timestamp": ShapeType.TIMESTAMP,
    "Blob": ShapeType.BLOB,
    "Document": ShapeType.DOCUMENT,
    "BigInteger": ShapeType.BIG_INTEGER,
    "BigDecimal": ShapeType.BIG_DECIMAL,
}


class Protocol(enum.StrEnum):
    """A wire protocol; its facts at generation time are in ``frontends/resolve.py``, its
    runtime in ``runtime/protocols/`` (one codec module each, picked by this value)."""

    REST_JSON_1 = "restJson1"
    AWS_JSON_1_0 = "awsJson1_0"
    AWS_JSON_1_1 = "awsJson1_1"
    RPC_V2_CBOR = "rpcv2Cbor"
    OPENAPI = "openapi"
    REST_XML = "restXml"
    AWS_QUERY = "awsQuery"
    EC2_QUERY = "ec2Query"


# Protocols a spec may declare whose codecs are not written yet: validated, not generated.
PLANNED_PROTOCOLS: tuple[str, ...] = ()
PROTOCOLS = tuple(p.value for p in Protocol if p.value not in PLANNED_PROTOCOLS)


class Location(enum.StrEnum):
    """Where a member travels in an HTTP message."""

    BODY = "body"
    LABEL = "label"
    QUERY = "query"
    QUERY_PARAMS = "query_params"
    HEADER = "header"
    COOKIE = "cookie"  # OpenAPI ``in: cookie``: a ``name=value`` pair of the Cookie header
    PREFIX_HEADERS = "prefix_headers"
    PAYLOAD = "payload"
    STATUS = "status"


class TimestampFormat(enum.StrEnum):
    DATE_TIME = "date-time"
    EPOCH_SECONDS = "epoch-seconds"
    HTTP_DATE = "http-date"


@dataclass(frozen=True, kw_only=True, slots=True)
class HttpBinding:
    """A member's place in the HTTP message; ``name`` is the header, query key or prefix.

    ``style``/``explode`` are OpenAPI's parameter serialisation, set only when they differ
    from OpenAPI's defaults for the location (label/header ``simple``, query ``form``;
    explode true for ``form`` only); None means the default. ``media_type`` is a payload's
    media type when the document gives one other than ``application/json`` (a ``+json``
    type, ``application/x-www-form-urlencoded``, ``text/html``, ``image/png``...); on a
    parameter it is the ``content`` media type its value is written in (JSON text).
    ``allow_reserved``: a query value keeps RFC 3986 reserved characters unencoded.
    """

    location: Location
    name: str | None = None
    greedy: bool = False
    style: str | None = None
    explode: bool | None = None
    media_type: str | None = None
    allow_reserved: bool = False
    # A multipart or form payload's per-property ``encoding`` (OpenAPI).
    parts: tuple[PartEncoding, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class PartEncoding:
    """One property's ``encoding`` in a multipart or form body: its Content-Type (None: by
    its kind), the fixed headers the document gives it (a header schema's ``const`` or
    ``default``; multipart), and its style, explode and allowReserved (form bodies)."""

    name: str
    content_type: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    style: str | None = None
    explode: bool | None = None
    allow_reserved: bool = False


@dataclass(frozen=True, kw_only=True, slots=True)
class XmlNamespace:
    """An ``xmlNamespace`` trait: the ``xmlns`` (or ``xmlns:prefix``) an element declares."""

    uri: str
    prefix: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Member:
    id: str
    name: str
    target: str
    documentation: str = ""
    required: bool = False
    has_default: bool = False
    default: JsonValue = None
    constraints: Constraints = NO_CONSTRAINTS
    sensitive: bool = False
    idempotency_token: bool = False
    http: HttpBinding | None = None
    json_name: str | None = None
    timestamp_format: TimestampFormat | None = None
    deprecated: bool = False
    read_only: bool = False
    write_only: bool = False
    nullable: bool = False
    # Endpoint rules: the rule-set parameter this member fills (Smithy ``contextParam``), and
    # whether it fills a ``{Label}`` of its operation's ``host_prefix`` (``hostLabel``).
    context_param: str | None = None
    host_label: bool = False
    # A member of an event structure bound to an event's header, or to its whole payload.
    event_header: bool = False
    event_payload: bool = False
    # Smithy's ``resourceIdentifier``: the resource identifier this member carries when its
    # name is another (``ConnectionName`` carrying ``Name``).
    resource_identifier: str | None = None
    # XML and query names (Smithy's xmlName, xmlAttribute, xmlFlattened, xmlNamespace,
    # ec2QueryName): read by the XML-body and query-string codecs only.
    xml_name: str | None = None
    xml_attribute: bool = False
    xml_flattened: bool = False
    xml_namespace: XmlNamespace | None = None
    query_name: str | None = None

    @property
    def wire_name(self) -> str:
        """The key in a JSON body (``jsonName``: resolved, so set only where it counts)."""
        return self.json_name or self.name


@dataclass(frozen=True, kw_only=True, slots=True)
class EnumValue:
    name: str
    value: str | int
    documentation: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class ErrorEnvelope:
    """Where an error body carries the API's own error fields (OpenAPI documents).

    ``container`` is the wire key of the member that holds the error object (``errors`` in a
    JSON:API document, ``error`` in ``{"error": {...}}``), None when the fields are the
    body's own (``{code, message}``, RFC 7807); ``many``: that member is a list whose first
    item is read. The other fields are wire keys inside the error object (None: not
    carried); ``integers`` lists those whose value is a JSON integer. ``media_type`` is the
    type the document declares the body in (``application/problem+json``).
    """

    container: str | None = None
    many: bool = False
    code: str | None = None
    status: str | None = None
    detail: str | None = None
    title: str | None = None
    id: str | None = None
    source: str | None = None
    integers: tuple[str, ...] = ()
    media_type: str = "application/json"


@dataclass(frozen=True, kw_only=True, slots=True)
class Shape:
    id: str
    name: str
    type: ShapeType
    documentation: str = ""
    members: tuple[Member, ...] = ()
    enum_values: tuple[EnumValue, ...] = ()
    constraints: Constraints = NO_CONSTRAINTS
    sensitive: bool = False
    timestamp_format: TimestampFormat | None = None
    error: str | None = None
    http_error: int | None = None
    error_code: str | None = None
    retryable: bool = False
    throttling: bool = False
    exactly_one_of: bool = False
    discriminator: str | None = None
    # An OpenAPI ``oneOf``/``anyOf`` without a discriminator: the value is one of the
    # members' targets (in document order), told apart only by which one it validates as.
    untagged: bool = False
    deprecated: bool = False
    # A structure that narrows another (OpenAPI ``allOf`` of a ``$ref`` and a ``required``
    # list): the id of that structure. It has the same members in the same order, with more
    # of them required; views may make it a subclass.
    narrows: str | None = None
    # Smithy's ``streaming``: a blob read and sent lazily, or (on a union) an event stream;
    # ``requires_length``: a streaming blob that must be sent with a known length.
    streaming: bool = False
    requires_length: bool = False
    # XML traits of the shape itself (a member's own win): its element name as a root,
    # whether a list or map is flattened, its namespace.
    xml_name: str | None = None
    xml_flattened: bool = False
    xml_namespace: XmlNamespace | None = None
    # An OpenAPI error body: where its API error code, status and detail are (None elsewhere).
    envelope: ErrorEnvelope | None = None
    # A structure's other keys (OpenAPI ``additionalProperties`` schema beside
    # ``properties``): any key not a member's, each value of this member's target.
    additional: Member | None = None
    # OpenAPI 3.1 ``patternProperties`` of a structure: (pattern as written, member) each; a
    # key matching a pattern has a value of every matching member's target, and
    # ``additional``/``closed`` hold for the keys matching none.
    patterns: tuple[tuple[str, Member], ...] = ()
    # OpenAPI ``if``/``then``/``else`` of a structure: a value meeting ``if`` must meet
    # ``then``, any other ``else`` (None: nothing asked).
    conditional: tuple[Excluded, Excluded | None, Excluded | None] | None = None
    # OpenAPI ``additionalProperties: false``: a server refuses keys no member declares;
    # on a list with ``prefix`` (``items: false``): no items after the prefix.
    closed: bool = False

    @property
    def member(self) -> Member:
        """The element member of a list."""
        return self.members[0]

    @property
    def prefix(self) -> tuple[Member, ...]:
        """A list's first items, one member each (OpenAPI ``prefixItems``: a tuple); the
        element member is then the items after them."""
        return self.members[1:] if self.type is ShapeType.LIST else ()

    @property
    def key(self) -> Member:
        return self.members[0]

    @property
    def value(self) -> Member:
        return self.members[1]

    def get_member(self, name: str) -> Member | None:
        for member in self.members:
            if member.name == name:
                return member
        return None


@dataclass(frozen=True, kw_only=True, slots=True)
class HttpTrait:
    method: str
    uri: str
    code: int = 200


@dataclass(frozen=True, kw_only=True, slots=True)
class HttpChecksum:
    """AWS's ``httpChecksum`` trait (``httpChecksumRequired`` sets ``request_required``):
    the input member naming the request checksum's algorithm, whether a checksum must be
    sent, the input member that asks for response validation, the algorithms a response
    may carry (in the trait's order)."""

    request_algorithm_member: str | None = None
    request_required: bool = False
    validation_mode_member: str | None = None
    response_algorithms: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class Response:
    """A declared response of an OpenAPI-style operation (AWS errors use shapes instead).

    ``shape`` is the body's shape (None: no body). ``status_range`` is set when the spec
    gives no single code: ``"4XX"`` (``status`` is then 400) or ``"default"`` (any status not
    listed; ``status`` is then 0).
    """

    status: int
    shape: str | None = None
    headers: tuple[Member, ...] = ()
    documentation: str = ""
    status_range: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Operation:
    id: str
    name: str
    documentation: str = ""
    input: str | None = None
    output: str | None = None
    errors: tuple[str, ...] = ()
    http: HttpTrait | None = None
    readonly: bool = False
    idempotent: bool = False
    deprecated: bool = False
    paginated: Paginated | None = None
    waiters: tuple[Waiter, ...] = ()
    responses: tuple[Response, ...] = ()
    auth: tuple[str, ...] | None = None
    # The media types the responses speak (OpenAPI), success first: a client's ``Accept``.
    accept: tuple[str, ...] = ()
    # Smithy ``endpoint`` trait: put before the endpoint's host (``"{AccountId}."``).
    host_prefix: str | None = None
    # Endpoint-rule parameters this operation sets: fixed values (``staticContextParams``)
    # and JMESPath expressions over its input's wire form (``operationContextParams``).
    static_context_params: tuple[tuple[str, JsonValue], ...] = ()
    operation_context_params: tuple[tuple[str, str], ...] = ()
    http_checksum: HttpChecksum | None = None
    # SigV4 signs ``UNSIGNED-PAYLOAD`` instead of the body's hash (``unsignedPayload``).
    unsigned_payload: bool = False
    # ``requestCompression``: the encodings a client may compress the request body with
    # (``gzip``), in the order it prefers them.
    request_compression: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class AuthScheme:
    """``kind`` is sigv4, httpBasic, httpBearer, apiKey, oauth2 (a bearer token, fetched by
    client credentials when ``token_url`` is set), mutualTLS, noAuth, or ``all`` (a
    requirement of several schemes at once: ``parts``); ``name`` is the scheme's key in the
    spec. An apiKey travels in ``location`` (header, query, cookie) under ``parameter``."""

    name: str
    kind: str
    documentation: str = ""
    location: str | None = None
    parameter: str | None = None
    token_url: str | None = None
    scopes: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class ContextParam:
    """An endpoint-rule parameter a client takes (Smithy ``clientContextParams``);
    ``type`` is ``string`` or ``boolean``."""

    name: str
    type: str
    documentation: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class Service:
    id: str
    name: str
    namespace: str
    version: str
    title: str
    protocol: Protocol
    source: str  # the spec file, as the user named it
    documentation: str = ""
    endpoint_prefix: str | None = None
    sigv4_name: str | None = None
    target_prefix: str | None = None
    # AWS's ``awsQueryCompatible``: a service moved off awsQuery that keeps its query error
    # codes (``x-amzn-query-mode`` on requests, ``x-amzn-query-error`` on errors).
    query_compatible: bool = False
    default_endpoint: str | None = None
    # API-key credentials from the environment: ``{credentials_env}_API_KEY`` / ``_API_SECRET``.
    credentials_env: str | None = None
    # Response headers that give seconds to wait before retrying, beside HTTP's Retry-After
    # (``X-RateLimit-Reset``): the document's rate-limit headers.
    retry_after_headers: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()
    auth: tuple[AuthScheme, ...] = ()
    operations: tuple[Operation, ...] = ()
    shapes: Mapping[str, Shape] = field(default_factory=dict)
    # Smithy resources, declared or inferred (``frontends/resource_infer.py``), by name.
    resources: tuple[Resource, ...] = ()
    # Resolved: how a timestamp travels in a body when nothing else says (list elements).
    body_timestamp_format: TimestampFormat = TimestampFormat.EPOCH_SECONDS
    # Resolved: whether a JSON null is a value only where the spec says ``nullable`` (OpenAPI)
    # rather than the same as absent (AWS protocols).
    explicit_nullability: bool = False
    # Resolved: how an operation without an HTTP binding is called (RPC protocols; Markdown
    # with ``{operation}`` to fill), None otherwise.
    rpc_call: str | None = None
    # AWS's SDK id (``AWS_ENDPOINT_URL_<SERVICE_ID>``); the Smithy endpoint rule set as JSON
    # data (None: the endpoint is ``https://{endpointPrefix}.{region}.amazonaws.com``) and the
    # rule-set parameters a client takes. docs/endpoints.md.
    service_id: str | None = None
    endpoint_rules: Mapping[str, JsonValue] | None = None
    client_context_params: tuple[ContextParam, ...] = ()
    # The namespace of the service's XML documents (awsQuery responses, restXml bodies).
    xml_namespace: str | None = None
    # Resolved: whether the codecs read the shapes' XML and query names at run time
    # (``ServiceSpec.xml``: XML bodies, query-string inputs).
    xml_names: bool = False
    # The error body most of an OpenAPI document's errors use: what a server answers its own
    # errors in, and where a client reads an unmodelled error's code (None elsewhere).
    error_envelope: ErrorEnvelope | None = None

    def shape(self, shape_id: str) -> Shape:
        return self.shapes[shape_id]
