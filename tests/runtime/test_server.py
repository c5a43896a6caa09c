"""The ASGI server runtime on small hand-built services: restJson1 (``Things``), awsJson1_1
(the same operations) and OpenAPI (``Keys`` plus a payload operation).

Each situation the server answers by itself is checked per protocol: unknown operation,
unreadable and invalid input (never a 500), 501, a handler crash (500 without leaking), the
request id, the body limit, lifespan, and the handler checks ``create_app`` runs.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Annotated, Any

import httpx
import pytest
from annotated_types import Len
from client_fakes import (
    CREATE_THING,
    KEYS,
    THINGS,
    GetThingOutput,
    NotFound,
    NotFoundError,
    Thing,
)
from pydantic import Field

from apigen.runtime.core.errors import ServiceError
from apigen.runtime.core.http import HttpRequest, HttpResponse
from apigen.runtime.core.model import ApigenModel, Empty
from apigen.runtime.core.records import replace
from apigen.runtime.core.schema import ErrorSpec, MemberSpec, OperationSpec, ResponseSpec
from apigen.runtime.server.app import (
    HandlerError,
    OperationNotImplemented,
    ServerApp,
    check_handler,
    current_request,
)

THINGS_METHODS = {
    "GetThing": "get_thing",
    "ListThings": "list_things",
    "CreateThing": "create_thing",
    "DeleteThing": "delete_thing",
}
GLUEY = replace(THINGS, protocol="awsJson1_1", target_prefix="Things")
SECRET = "hunter2"


class ThingsHandler:
    """What a generated handler looks like: every operation raises OperationNotImplemented."""

    async def get_thing(self, request: Any) -> Any:
        raise OperationNotImplemented("GetThing")

    async def list_things(self, request: Any) -> Any:
        raise OperationNotImplemented("ListThings")

    async def create_thing(self, request: Any) -> Any:
        raise OperationNotImplemented("CreateThing")

    async def delete_thing(self, request: Any) -> Any:
        raise OperationNotImplemented("DeleteThing")


class Impl(ThingsHandler):
    async def get_thing(self, request: Any) -> Any:
        if request.thing_id == "gone":
            raise NotFoundError("no such thing", shape=NotFound(message="no such thing"))
        if request.thing_id == "boom":
            raise RuntimeError(f"database password {SECRET} rejected")
        if request.thing_id == "odd":
            return {"thing": None}
        if request.thing_id == "todo":
            raise NotImplementedError
        context = current_request()
        return GetThingOutput(thing=Thing(id=f"{request.thing_id}/{context.request_id}"))

    async def delete_thing(self, request: Any) -> Any:
        return None

    async def create_thing(self, request: Any) -> Any:
        return GetThingOutput(thing=Thing(id=request.name))


def app_for(service: Any = THINGS, handler: object | None = None, **options: Any) -> ServerApp:
    return ServerApp(
        service,
        Impl() if handler is None else handler,
        methods=THINGS_METHODS,
        base=ThingsHandler,
        **options,
    )


def call(app: ServerApp, request: HttpRequest) -> HttpResponse:
    return asyncio.run(app.handle(request))


def body(response: HttpResponse) -> Any:
    return json.loads(response.body)


def target(name: str, data: Any = None) -> HttpRequest:
    return HttpRequest(
        "POST",
        "/",
        "",
        [("X-Amz-Target", f"Things.{name}"), ("Content-Type", "application/x-amz-json-1.1")],
        json.dumps(data or {}).encode(),
    )


# -- AWS --------------------------------------------------------------------------------------


def test_rest_json_round_trip_and_request_id() -> None:
    response = call(app_for(), HttpRequest("GET", "/things/abc", "", []))
    assert response.status == 200
    request_id = response.header("x-amzn-RequestId")
    assert request_id and body(response) == {"thing": {"id": f"abc/{request_id}"}}


def test_unknown_operation_per_protocol() -> None:
    rest = call(app_for(), HttpRequest("GET", "/nowhere", "", []))
    assert rest.status == 404 and rest.header("X-Amzn-ErrorType") == "UnknownOperationException"
    assert "GET /nowhere" in body(rest)["message"] and rest.header("x-amzn-RequestId")
    aws = call(app_for(GLUEY), target("Nope"))
    assert aws.status == 400 and body(aws)["__type"] == "UnknownOperationException"
    assert "Things.Nope" in body(aws)["message"]


@pytest.mark.parametrize("method", ["PUT", "OPTIONS", "TRACE", "DELETE", "HEAD"])
def test_a_known_path_with_an_unknown_method_is_a_405(method: str) -> None:
    response = call(app_for(), HttpRequest(method, "/things", "", []))
    assert response.status == 405 and response.header("Allow") == "GET, POST"
    assert response.header("X-Amzn-ErrorType") == "UnknownOperationException"
    assert body(response)["message"] == (
        f"{method} is not allowed on /things; it takes GET, POST"
    ) and response.header("x-amzn-RequestId")
    by_label = call(app_for(), HttpRequest("PATCH", "/things/abc", "", []))
    assert by_label.status == 405 and by_label.header("Allow") == "GET"
    # An unknown path stays a 404, and awsJson answers only POST / (404 for anything else).
    nowhere = call(app_for(), HttpRequest(method, "/nowhere", "", []))
    assert nowhere.status == 404 and nowhere.header("Allow") is None
    aws = call(app_for(GLUEY), HttpRequest("PUT", "/", "", []))
    assert aws.status == 404 and aws.header("Allow") is None


_NOT_POST_SLASH = "Things operations are called as POST / with X-Amz-Target: Things.<Operation>"


@pytest.mark.parametrize(
    "method, path, headers, status, message",
    [
        ("GET", "/", [("X-Amz-Target", "Things.GetThing")], 404, f"{_NOT_POST_SLASH} (got GET /)"),
        (
            "POST",
            "/x",
            [("X-Amz-Target", "Things.GetThing")],
            404,
            f"{_NOT_POST_SLASH} (got POST /x)",
        ),
        (
            "POST",
            "/",
            [],
            400,
            "No X-Amz-Target header: it names the operation (Things.<Operation>)",
        ),
        (
            "POST",
            "/",
            [("X-Amz-Target", "Other.GetThing")],
            400,
            "No operation matches Other.GetThing",
        ),
    ],
)
def test_aws_json_routes_only_post_slash_with_its_target(
    method: str, path: str, headers: list[tuple[str, str]], status: int, message: str
) -> None:
    headers = [*headers, ("Content-Type", "application/x-amz-json-1.1")]
    response = call(app_for(GLUEY), HttpRequest(method, path, "", headers, b'{"thingId": "a"}'))
    assert response.status == status
    assert body(response) == {"__type": "UnknownOperationException", "message": message}


def test_aws_json_wants_its_content_type() -> None:
    request = target("GetThing", {"thingId": "a"})
    assert call(app_for(GLUEY), request).status == 200
    for headers in ([], [("Content-Type", "application/json")]):
        request.headers = [("X-Amz-Target", "Things.GetThing"), *headers]
        response = call(app_for(GLUEY), request)
        assert response.status == 415
        assert body(response) == {
            "__type": "UnsupportedMediaTypeException",
            "message": "Things requests must carry Content-Type: application/x-amz-json-1.1",
        }


def test_invalid_input_is_a_400_listing_every_violation_without_values() -> None:
    data = {"name": "far too long", "secret": SECRET + "-too-long", "clientToken": "t"}
    for app, request in (
        (app_for(), HttpRequest("POST", "/things", "", [], json.dumps(data).encode())),
        (app_for(GLUEY), target("CreateThing", data)),
    ):
        response = call(app, request)
        assert response.status == 400, response.body
        error = body(response)
        assert response.header("X-Amzn-ErrorType") == "ValidationException"
        assert error["message"].startswith("2 validation errors detected: Value at 'name' ")
        assert "'secret'" in error["message"] and SECRET not in response.body.decode()


def test_unreadable_body_is_a_serialization_error() -> None:
    for app, request in (
        (app_for(), HttpRequest("POST", "/things", "", [], b"{not json")),
        (app_for(GLUEY), replace(target("CreateThing"), body=b"[1, ")),
    ):
        response = call(app, request)
        assert response.status == 400
        assert response.header("X-Amzn-ErrorType") == "SerializationException"


def test_modelled_bad_request_error_is_preferred() -> None:
    class BadRequest(ApigenModel):
        message: str | None = None

    class BadRequestError(ServiceError):
        code = "BadRequestException"

    spec = ErrorSpec("BadRequestException", BadRequest, BadRequestError, status=400)
    create = replace(CREATE_THING, errors=("BadRequestException",))
    service = replace(
        THINGS,
        operations={**THINGS.operations, "CreateThing": create},
        errors={**THINGS.errors, "BadRequestException": spec},
    )
    response = call(
        app_for(service), HttpRequest("POST", "/things", "", [], b'{"clientToken": "t"}')
    )
    assert (response.status, response.header("X-Amzn-ErrorType")) == (400, "BadRequestException")
    assert (
        "Value at 'name' failed to satisfy constraint: Field required" in body(response)["message"]
    )


def test_unimplemented_operations_answer_501() -> None:
    for app, request in (
        (app_for(), HttpRequest("GET", "/things", "", [])),
        (app_for(handler=ThingsHandler()), HttpRequest("GET", "/things/x", "", [])),
        (app_for(), HttpRequest("GET", "/things/todo", "", [])),
        (app_for(GLUEY), target("ListThings")),
    ):
        response = call(app, request)
        assert response.status == 501
        assert response.header("X-Amzn-ErrorType") == "NotImplemented"
        assert "is not implemented" in body(response)["message"]


def test_duck_typed_handler_without_a_method_answers_501() -> None:
    class Partial:
        async def get_thing(self, request: Any) -> Any:
            return GetThingOutput()

    app = ServerApp(THINGS, Partial(), methods=THINGS_METHODS)
    assert call(app, HttpRequest("GET", "/things/a", "", [])).status == 200
    assert call(app, HttpRequest("GET", "/things", "", [])).status == 501


def test_a_modelled_error_travels_with_its_status(caplog: pytest.LogCaptureFixture) -> None:
    response = call(app_for(), HttpRequest("GET", "/things/gone", "", []))
    assert response.status == 404 and response.header("X-Amzn-ErrorType") == "NotFound"
    assert body(response) == {"message": "no such thing"}
    assert not caplog.records


def test_a_handler_crash_is_a_500_that_leaks_nothing(caplog: pytest.LogCaptureFixture) -> None:
    for app, request in (
        (app_for(), HttpRequest("GET", "/things/boom", "", [])),
        (app_for(), HttpRequest("GET", "/things/odd", "", [])),  # returned a dict
    ):
        with caplog.at_level(logging.ERROR, logger="apigen.server"):
            response = call(app, request)
        assert response.status == 500 and response.header("X-Amzn-ErrorType") == "InternalFailure"
        request_id = response.header("x-amzn-RequestId")
        assert body(response) == {
            "message": f"The server could not handle the request (request id {request_id})"
        }
        assert SECRET not in response.body.decode()
        record = caplog.records[-1]
        assert record.name == "apigen.server" and request_id in record.getMessage()
    assert "RuntimeError" in caplog.text  # the traceback is logged server-side


def test_none_is_an_empty_output() -> None:
    response = call(app_for(), HttpRequest("POST", "/things/a/delete", "", []))
    assert response.status == 200 and response.body in (b"", b"{}")


# -- OpenAPI ----------------------------------------------------------------------------------


class KeySpec(ApigenModel):
    id: str | None = None
    display_name: Annotated[str, Len(1, 4)] | None = None
    tags: list[Annotated[str, Len(1, 2)]] | None = None


class CreateKeyInput(ApigenModel):
    key: KeySpec | None = None
    dry_run: Annotated[str, Len(1, 3)] | None = Field(default=None, serialization_alias="dry_run")


class ErrorSource(ApigenModel):
    pointer: str | None = None
    parameter: str | None = None


class ErrorItem(ApigenModel):
    id: str | None = None
    status: str | None = None
    code: str | None = None
    title: str | None = None
    detail: str | None = None
    source: ErrorSource | None = None


class StrictFailure(ApigenModel):
    errors: list[ErrorItem]


class StrictFailureError(ServiceError):
    code = "Failure"


CREATE_KEY = OperationSpec(
    name="CreateKey",
    input=CreateKeyInput,
    output=Empty,
    input_members=(
        MemberSpec("key", "key", location="payload", kind="structure"),
        MemberSpec("dry_run", "dry_run", location="query"),
    ),
    method="POST",
    uri="/keys",
    code=201,
    errors=("Failure",),
    responses=(ResponseSpec(201), ResponseSpec(400, error="Failure"), ResponseSpec(422, "Failure")),
)


class ListKeysInput(ApigenModel):
    page_size: Annotated[int, Field(le=100)] | None = None


LIST_KEYS = OperationSpec(
    name="ListKeys",
    input=ListKeysInput,
    output=Empty,
    input_members=(MemberSpec("page_size", "page_size", location="query", kind="integer"),),
    method="GET",
    uri="/keys",
    errors=("Failure",),
    responses=(ResponseSpec(200), ResponseSpec(400, error="Failure")),
)
CONFLUENTISH = replace(
    KEYS,
    operations={**KEYS.operations, "CreateKey": CREATE_KEY, "ListKeys": LIST_KEYS},
    errors={"Failure": ErrorSpec("Failure", StrictFailure, StrictFailureError)},
)
KEYS_METHODS = {
    "GetKey": "get_key",
    "BearerOnly": "bearer_only",
    "CreateKey": "create_key",
    "ListKeys": "list_keys",
}


class KeysImpl:
    async def get_key(self, request: Any) -> Any:
        if request.id == "boom":
            raise ValueError(SECRET)
        raise NotImplementedError

    async def create_key(self, request: Any) -> Any:
        return Empty()


def keys_app() -> ServerApp:
    return ServerApp(CONFLUENTISH, KeysImpl(), methods=KEYS_METHODS)


def test_openapi_failures_carry_the_request_id_and_status() -> None:
    app = keys_app()
    unknown = call(app, HttpRequest("GET", "/nowhere", "", [("X-Request-Id", "abc-123")]))
    assert unknown.status == 404 and unknown.header("X-Request-Id") == "abc-123"
    [error] = body(unknown)["errors"]
    assert error["id"] == "abc-123" and error["status"] == "404" and error["code"] == "not_found"
    missing = call(app, HttpRequest("GET", "/public", "", [("X-Request-Id", "bad id\twith tab")]))
    assert missing.status == 501 and missing.header("X-Request-Id") != "bad id\twith tab"
    assert body(missing)["errors"][0]["status"] == "501"
    # With credentials (the operation asks for Basic or Bearer), so the handler runs and fails.
    crash = call(app, HttpRequest("GET", "/keys/boom", "", [("Authorization", "Bearer t-1")]))
    assert crash.status == 500 and SECRET not in crash.body.decode()
    assert body(crash)["errors"][0]["code"] == "internal_error"


def test_openapi_known_path_unknown_method_is_a_405_failure() -> None:
    response = call(keys_app(), HttpRequest("DELETE", "/keys", "", [("X-Request-Id", "r-1")]))
    assert response.status == 405 and response.header("Allow") == "GET, POST"
    [error] = body(response)["errors"]
    assert error == {
        "id": "r-1",
        "status": "405",
        "code": "method_not_allowed",
        "title": "method not allowed",
        "detail": "DELETE is not allowed on /keys; it takes GET, POST",
    }


def test_openapi_validation_is_a_422_with_a_pointer_per_violation() -> None:
    payload = {"display_name": "too long", "tags": ["ok", "long"]}
    request = HttpRequest("POST", "/keys", "dry_run=abcdef", [], json.dumps(payload).encode())
    response = call(keys_app(), request)
    assert response.status == 422, response.body
    errors = body(response)["errors"]
    assert [e.get("source") for e in errors] == [
        {"pointer": "/display_name"},
        {"pointer": "/tags/1"},
        {"parameter": "dry_run"},
    ]
    assert all(e["status"] == "422" and e["id"] == response.header("X-Request-Id") for e in errors)
    malformed = call(keys_app(), HttpRequest("POST", "/keys", "", [], b"{oops"))
    assert malformed.status == 400 and body(malformed)["errors"][0]["code"] == "bad_request"
    assert call(keys_app(), HttpRequest("POST", "/keys", "", [], b"{}")).status == 201
    documented = call(keys_app(), HttpRequest("GET", "/keys", "page_size=101", []))
    assert documented.status == 400  # ListKeys documents 400, not 422
    [error] = body(documented)["errors"]
    assert error["status"] == "400" and error["source"] == {"parameter": "page_size"}


# -- ASGI -------------------------------------------------------------------------------------


def test_asgi_http_body_limit_and_lifespan() -> None:
    app = app_for(max_body=10)

    async def main() -> None:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://test"
        ) as client:
            ok = await client.get("/things/a%2Fb")
            assert ok.status_code == 200 and ok.json()["thing"]["id"].startswith("a/b/")
            assert int(ok.headers["content-length"]) == len(ok.content)
            big = await client.post("/things", content=b"x" * 11)
            assert big.status_code == 413
            assert big.headers["x-amzn-errortype"] == "RequestEntityTooLargeException"
        sent: list[dict[str, Any]] = []
        messages = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])

        async def receive() -> dict[str, Any]:
            return next(messages)

        async def send(message: Any) -> None:
            sent.append(message)

        await app({"type": "lifespan"}, receive, send)
        assert [m["type"] for m in sent] == [
            "lifespan.startup.complete",
            "lifespan.shutdown.complete",
        ]

    asyncio.run(main())


def test_a_mounted_app_routes_below_its_root_path() -> None:
    from starlette.applications import Starlette
    from starlette.routing import Mount

    outer = Starlette(routes=[Mount("/rest", app=app_for()), Mount("/json", app=app_for(GLUEY))])

    async def main() -> None:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=outer), base_url="http://test"
        ) as client:
            rest = await client.get("/rest/things/abc")
            assert rest.status_code == 200 and rest.json()["thing"]["id"].startswith("abc/")
            request = target("GetThing", {"thingId": "abc"})
            aws = await client.post("/json/", headers=request.headers, content=request.body)
            assert aws.status_code == 200 and aws.json()["thing"]["id"].startswith("abc/")

    asyncio.run(main())


# -- handler checks ---------------------------------------------------------------------------


def test_stray_methods_are_reported_with_a_hint() -> None:
    class Renamed(ThingsHandler):
        async def get_thingy(self, request: Any) -> Any: ...

        async def frobnicate(self, request: Any) -> Any: ...

        async def _helper(self, request: Any) -> Any: ...

        async def refresh(self) -> None: ...

        def sync_helper(self, request: Any) -> None: ...

    with pytest.raises(HandlerError) as info:
        app_for(handler=Renamed())
    assert info.value.problems == [
        "Renamed.get_thingy matches no Things operation (did you mean get_thing?)",
        "Renamed.frobnicate matches no Things operation",
    ]
    assert "Rename or remove" in str(info.value)


def test_handler_methods_must_be_async_and_handlers_instances() -> None:
    class Sync(ThingsHandler):
        def get_thing(self, request: Any) -> Any:  # type: ignore[override]
            return None

    with pytest.raises(HandlerError, match=r"Sync.get_thing must be `async def get_thing"):
        app_for(handler=Sync())
    with pytest.raises(HandlerError, match="is a class: pass an instance"):
        check_handler(Impl, ThingsHandler, THINGS_METHODS, "Things")


def test_duck_typed_handlers_are_checked_too() -> None:
    class Duck:
        async def get_thing(self, request: Any) -> Any: ...

        async def list_thing(self, request: Any) -> Any: ...

    with pytest.raises(
        HandlerError, match=r"Duck.list_thing matches no .*did you mean list_things"
    ):
        check_handler(Duck(), ThingsHandler, THINGS_METHODS, "Things")
    with pytest.raises(HandlerError, match="has no method of any Things operation"):
        check_handler(object(), ThingsHandler, THINGS_METHODS, "Things")


def test_sigv4_options_are_checked() -> None:
    with pytest.raises(ValueError, match="needs credentials"):
        app_for(verify_sigv4=True)
    with pytest.raises(ValueError, match="does not use SigV4"):
        ServerApp(CONFLUENTISH, KeysImpl(), methods=KEYS_METHODS, verify_sigv4=True)


def test_create_input_reaches_the_handler() -> None:
    request = HttpRequest("POST", "/things", "", [], b'{"name": "ab", "clientToken": "t"}')
    response = call(app_for(), request)
    assert response.status == 200 and body(response) == {"thing": {"id": "ab"}}
