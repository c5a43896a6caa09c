"""A tiny hand-built service and in-memory servers for the client runtime's tests.

``Things`` (restJson1, SigV4) and ``Keys`` (openapi, basic/bearer) are small but cover what
the client runtime reads: labels, queries, bodies, idempotency tokens, paginators, waiters,
modelled errors. ``FakeServer`` answers requests through the service's own codec (server
side), so the responses are wire-correct; a test supplies the behaviour as a function.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from annotated_types import Len
from pydantic import AliasChoices, Field

from apigen.runtime.client.async_base import AsyncBaseClient
from apigen.runtime.client.base import BaseClient
from apigen.runtime.core.errors import ServiceError
from apigen.runtime.core.http import HttpRequest, HttpResponse
from apigen.runtime.core.model import ApigenModel, Empty, OpenEnum
from apigen.runtime.core.schema import (
    AcceptorSpec,
    ErrorSpec,
    MemberSpec,
    OperationSpec,
    PaginatorSpec,
    ServiceSpec,
    WaiterSpec,
)
from apigen.runtime.protocols.registry import codec_for


class State(OpenEnum):
    READY = "READY"
    PENDING = "PENDING"
    FAILED = "FAILED"


class Thing(ApigenModel):
    id: str
    state: State | None = None


class GetThingInput(ApigenModel):
    thing_id: Annotated[str, Len(1, 8)] = Field(
        validation_alias=AliasChoices("thingId", "thing_id"), serialization_alias="thingId"
    )


class GetThingOutput(ApigenModel):
    thing: Thing | None = None


class ListThingsInput(ApigenModel):
    max_results: int | None = Field(
        default=None,
        validation_alias=AliasChoices("maxResults", "max_results"),
        serialization_alias="maxResults",
    )
    next_token: str | None = Field(
        default=None,
        validation_alias=AliasChoices("nextToken", "next_token"),
        serialization_alias="nextToken",
    )


class ListThingsOutput(ApigenModel):
    things: list[Thing] | None = None
    next_token: str | None = Field(
        default=None,
        validation_alias=AliasChoices("nextToken", "next_token"),
        serialization_alias="nextToken",
    )


class CreateThingInput(ApigenModel):
    name: Annotated[str, Len(1, 4)]
    secret: Annotated[str, Len(1, 4)] | None = Field(default=None, repr=False)
    tags: (
        Annotated[dict[Annotated[str, Len(1, 3)], Annotated[str, Len(1, 3)]], Len(0, 2)] | None
    ) = None
    client_token: str = Field(
        validation_alias=AliasChoices("clientToken", "client_token"),
        serialization_alias="clientToken",
    )


class DeleteThingInput(ApigenModel):
    thing_id: str = Field(
        validation_alias=AliasChoices("thingId", "thing_id"), serialization_alias="thingId"
    )


class NotFound(ApigenModel):
    message: str | None = None


class NotFoundError(ServiceError):
    code = "NotFound"


class Busy(ApigenModel):
    message: str | None = None


class BusyError(ServiceError):
    code = "Busy"
    retryable = True


GET_THING = OperationSpec(
    name="GetThing",
    input=GetThingInput,
    output=GetThingOutput,
    input_members=(MemberSpec("thing_id", "thingId", location="label", required=True),),
    output_members=(MemberSpec("thing", "thing", kind="structure"),),
    method="GET",
    uri="/things/{thingId}",
    errors=("NotFound",),
    readonly=True,
    auth=("sigv4",),
)
LIST_THINGS = OperationSpec(
    name="ListThings",
    input=ListThingsInput,
    output=ListThingsOutput,
    input_members=(
        MemberSpec("max_results", "maxResults", location="query", kind="integer"),
        MemberSpec("next_token", "nextToken", location="query"),
    ),
    output_members=(
        MemberSpec("things", "things", kind="list"),
        MemberSpec("next_token", "nextToken"),
    ),
    method="GET",
    uri="/things",
    readonly=True,
    paginator=PaginatorSpec(
        input_token="next_token", output_token="next_token", page_size="max_results", items="things"
    ),
    auth=("sigv4",),
)
CREATE_THING = OperationSpec(
    name="CreateThing",
    input=CreateThingInput,
    output=GetThingOutput,
    input_members=(
        MemberSpec("name", "name", required=True),
        MemberSpec("secret", "secret"),
        MemberSpec("tags", "tags", kind="map"),
        MemberSpec("client_token", "clientToken", required=True, idempotency_token=True),
    ),
    output_members=(MemberSpec("thing", "thing", kind="structure"),),
    method="POST",
    uri="/things",
    idempotency_token="client_token",
    auth=("sigv4",),
)
DELETE_THING = OperationSpec(
    name="DeleteThing",
    input=DeleteThingInput,
    output=Empty,
    input_members=(MemberSpec("thing_id", "thingId", location="label", required=True),),
    method="POST",
    uri="/things/{thingId}/delete",
    errors=("NotFound", "Busy"),
    auth=("sigv4",),
)

THINGS = ServiceSpec(
    name="Things",
    protocol="restJson1",
    version="2024-01-01",
    operations={op.name: op for op in (GET_THING, LIST_THINGS, CREATE_THING, DELETE_THING)},
    errors={
        "NotFound": ErrorSpec("NotFound", NotFound, NotFoundError, status=404),
        "Busy": ErrorSpec("Busy", Busy, BusyError, status=409, retryable=True),
    },
    waiters={
        "ThingReady": WaiterSpec(
            "ThingReady",
            "GetThing",
            min_delay=1.0,
            max_delay=4.0,
            acceptors=(
                AcceptorSpec(
                    "success",
                    "output",
                    path="thing.state",
                    expected="READY",
                    comparator="stringEquals",
                ),
                AcceptorSpec(
                    "failure",
                    "output",
                    path="thing.state",
                    expected="FAILED",
                    comparator="stringEquals",
                ),
                AcceptorSpec("retry", "errorType", expected="NotFound"),
            ),
        )
    },
    signing_name="things",
    endpoint_prefix="things",
    auth=("sigv4",),
)


class ThingsClient(BaseClient):
    _service = THINGS


class AsyncThingsClient(AsyncBaseClient):
    _service = THINGS


# -- an OpenAPI service with basic and bearer auth ---------------------------------------------


class GetKeyInput(ApigenModel):
    id: str


class Key(ApigenModel):
    id: str | None = None


class GetKeyOutput(ApigenModel):
    key: Key | None = None


class Failure(ApigenModel):
    errors: list[dict[str, Any]] | None = None


class FailureError(ServiceError):
    code = "Failure"


GET_KEY = OperationSpec(
    name="GetKey",
    input=GetKeyInput,
    output=GetKeyOutput,
    input_members=(MemberSpec("id", "id", location="label", required=True),),
    output_members=(MemberSpec("key", "key", location="payload", kind="structure"),),
    method="GET",
    uri="/keys/{id}",
    errors=("Failure",),
    readonly=True,
    auth=("httpBasic", "httpBearer"),
)
BEARER_ONLY = OperationSpec(
    name="BearerOnly",
    input=Empty,
    output=Empty,
    method="GET",
    uri="/bearer",
    auth=("httpBearer",),
)
PUBLIC = OperationSpec(
    name="Public", input=Empty, output=Empty, method="GET", uri="/public", auth=()
)

KEYS = ServiceSpec(
    name="Keys",
    protocol="openapi",
    version="1",
    operations={op.name: op for op in (GET_KEY, BEARER_ONLY, PUBLIC)},
    errors={"Failure": ErrorSpec("Failure", Failure, FailureError)},
    default_endpoint="https://api.example.com",
    credentials_env="KEYS_CLOUD",
    auth=("httpBasic", "httpBearer"),
)


class KeysClient(BaseClient):
    _service = KEYS


class AsyncKeysClient(AsyncBaseClient):
    _service = KEYS


# -- servers -------------------------------------------------------------------------------------

Handler = Callable[[OperationSpec, ApigenModel], "ApigenModel | HttpResponse"]


class FakeServer:
    """A sync ``Transport`` that answers through the service's codec.

    ``handler(operation, input)`` returns the output model, an ``HttpResponse`` to send as is,
    or raises a ``ServiceError`` (sent as the codec's error response) or a ``TransportError``.
    ``requests`` records every request as sent (headers included).
    """

    def __init__(
        self,
        service: ServiceSpec,
        handler: Handler,
        headers: list[tuple[str, str]] | None = None,
        prefix: str = "",
    ) -> None:
        self.prefix = prefix  # an endpoint path the server sits behind
        self.service = service
        self.codec = codec_for(service)
        self.handler = handler
        self.headers = headers or []
        self.requests: list[HttpRequest] = []
        self.url_bases: list[str] = []
        self.closed = False

    def answer(self, request: HttpRequest, url_base: str) -> HttpResponse:
        self.requests.append(
            HttpRequest(
                request.method, request.path, request.query, list(request.headers), request.body
            )
        )
        self.url_bases.append(url_base)
        if self.prefix:
            assert request.path.startswith(self.prefix)
            path = request.path[len(self.prefix) :]
            request = HttpRequest(
                request.method, path, request.query, request.headers, request.body
            )
        routed = self.codec.route(request)
        assert routed is not None, f"no route for {request.method} {request.path}"
        operation, labels = routed
        model = self.codec.parse_request(operation, request, labels)
        try:
            result = self.handler(operation, model)
        except ServiceError as exc:
            response = self.codec.serialize_error(operation, exc)
        else:
            if isinstance(result, HttpResponse):
                return result
            response = self.codec.serialize_response(operation, result)
        response.headers.extend(self.headers)
        return response

    def send(self, request: HttpRequest, *, url_base: str, timeout: float | None) -> HttpResponse:
        return self.answer(request, url_base)

    def close(self) -> None:
        self.closed = True


class AsyncFakeServer(FakeServer):
    """``FakeServer`` as an ``AsyncTransport``."""

    async def send(
        self, request: HttpRequest, *, url_base: str, timeout: float | None
    ) -> HttpResponse:  # type: ignore[override]
        return self.answer(request, url_base)

    async def aclose(self) -> None:
        self.closed = True


AWS_KEYS = {
    "region": "us-east-1",
    "aws_access_key_id": "AKIDEXAMPLE",
    "aws_secret_access_key": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
}
