"""Operation tables: the data a generated service hands the runtime.

Generated ``operations.py`` modules build one ``ServiceSpec`` of these frozen records; the
codecs, the clients and the server read nothing else about a service. Member names are the
Python attribute names (``name``) and the names on the wire (``wire``: the JSON key, header,
query key or header prefix, by ``location``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .errors import ServiceError
    from .model import ApigenModel

# Member locations.
BODY = "body"
LABEL = "label"
QUERY = "query"
QUERY_PARAMS = "query_params"
HEADER = "header"
PREFIX_HEADERS = "prefix_headers"
PAYLOAD = "payload"
STATUS = "status"


@dataclass(frozen=True, slots=True)
class MemberSpec:
    """One member of an operation's input or output structure.

    ``kind`` is the Smithy type of the target (string, enum, intEnum, integer, long, short,
    byte, float, double, bigInteger, bigDecimal, boolean, timestamp, blob, document, list,
    map, structure, union); ``item_kind`` the element kind of a list, or the value kind of a
    map, bound outside the body. ``timestamp_format`` is set for timestamps (and lists of
    them) and already resolves the protocol's default for the member's location.
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


@dataclass(frozen=True, slots=True)
class ErrorSpec:
    """A modelled error: its wire code, shape, exception class, status and fault."""

    code: str
    shape: type[ApigenModel]
    exception: type[ServiceError]
    status: int | None = None
    fault: str = "client"
    retryable: bool = False
    throttling: bool = False


@dataclass(frozen=True, slots=True)
class PaginatorSpec:
    """Python attribute names; output paths may be dotted (``metadata.next``)."""

    input_token: str | None = None
    output_token: str | None = None
    page_size: str | None = None
    items: str | None = None


@dataclass(frozen=True, slots=True)
class AcceptorSpec:
    """A Smithy waiter acceptor; ``path`` is evaluated on the output's wire form."""

    state: str
    matcher: str
    path: str | None = None
    expected: str | bool | None = None
    comparator: str | None = None


@dataclass(frozen=True, slots=True)
class WaiterSpec:
    name: str
    operation: str
    min_delay: float = 2.0
    max_delay: float = 120.0
    acceptors: tuple[AcceptorSpec, ...] = ()


@dataclass(frozen=True, slots=True)
class ResponseSpec:
    """A declared response by status (OpenAPI services): its shape's error code or None."""

    status: int
    error: str | None = None
    headers: tuple[MemberSpec, ...] = ()


@dataclass(frozen=True, slots=True)
class OperationSpec:
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


@dataclass(frozen=True, slots=True)
class ServiceSpec:
    name: str
    protocol: str
    version: str
    operations: Mapping[str, OperationSpec]
    errors: Mapping[str, ErrorSpec] = field(default_factory=dict)
    waiters: Mapping[str, WaiterSpec] = field(default_factory=dict)
    target_prefix: str | None = None
    signing_name: str | None = None
    endpoint_prefix: str | None = None
    default_endpoint: str | None = None
    auth: tuple[str, ...] = ()
