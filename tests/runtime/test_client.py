"""The client runtime: configuration, auth, the call flow and errors, over in-memory servers."""

from __future__ import annotations

import asyncio
import base64
import sys
import uuid
from pathlib import Path

import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials as BotoCredentials
from client_fakes import (
    AWS_KEYS,
    CREATE_THING,
    GET_KEY,
    GET_THING,
    KEYS,
    THINGS,
    AsyncFakeServer,
    AsyncKeysClient,
    AsyncThingsClient,
    BusyError,
    FakeServer,
    GetKeyOutput,
    GetThingOutput,
    Key,
    KeysClient,
    ListThingsOutput,
    NotFoundError,
    Thing,
    ThingsClient,
)

from apigen.runtime.auth.credentials import NoCredentialsError
from apigen.runtime.client import config
from apigen.runtime.client.base import BaseClient, ClientConfigError, LazyService, NoRegionError
from apigen.runtime.client.retries import RetryConfig
from apigen.runtime.core.errors import (
    ParamValidationError,
    ServiceError,
    UnknownServiceError,
    WaiterError,
)
from apigen.runtime.core.http import HttpRequest, HttpResponse
from apigen.runtime.core.model import ApigenModel, Empty
from apigen.runtime.core.schema import OperationSpec
from apigen.runtime.transport.http_client import HttpClientTransport

_ENV = [*config._ENVIRONMENT]


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in _ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))  # no real ~/.aws files
    config.clear_cache()


def ready(operation: OperationSpec, model: ApigenModel) -> ApigenModel:
    if operation.name == "CreateThing":
        return GetThingOutput(thing=Thing(id="t-1", state="PENDING"))
    return GetThingOutput(thing=Thing(id="t-1", state="READY"))


def things(handler=ready, **options: object) -> tuple[ThingsClient, FakeServer]:
    server = FakeServer(THINGS, handler, headers=[("x-amzn-RequestId", "req-1")])
    return ThingsClient(transport=server, **{**AWS_KEYS, **options}), server  # type: ignore[arg-type]


# -- construction and resolution ---------------------------------------------------------------


def test_construction_resolves_nothing() -> None:
    client = ThingsClient()  # no region, no credentials: fine until the first call
    assert client._state is None
    with pytest.raises(NoRegionError):
        client._call(GET_THING, {"thing_id": "a"})


def test_endpoint_from_region_and_signing_scope() -> None:
    client, server = things(region="eu-west-3")
    client._call(GET_THING, {"thing_id": "a"})
    assert server.url_bases == ["https://things.eu-west-3.amazonaws.com"]
    request = server.requests[0]
    assert request.header("Host") == "things.eu-west-3.amazonaws.com"
    assert "/eu-west-3/things/aws4_request" in (request.header("Authorization") or "")


def test_china_regions_use_the_cn_domain() -> None:
    client, server = things(region="cn-north-1")
    client._call(GET_THING, {"thing_id": "a"})
    assert server.url_bases == ["https://things.cn-north-1.amazonaws.com.cn"]


def test_endpoint_url_overrides_and_sets_host_with_port() -> None:
    client, server = things(endpoint_url="http://127.0.0.1:8123/")
    client._call(GET_THING, {"thing_id": "a"})
    assert server.url_bases == ["http://127.0.0.1:8123"]
    assert server.requests[0].header("Host") == "127.0.0.1:8123"


def test_endpoint_path_prefix_is_part_of_the_signed_path() -> None:
    server = FakeServer(THINGS, ready, prefix="/aws/things")
    endpoint = "https://proxy.example.com/aws/things/"
    client = ThingsClient(transport=server, endpoint_url=endpoint, **AWS_KEYS)  # type: ignore[arg-type]
    client._call(GET_THING, {"thing_id": "a"})
    request = server.requests[0]
    assert server.url_bases == ["https://proxy.example.com"]
    assert request.path == "/aws/things/things/a"
    authorization = request.header("Authorization") or ""
    assert authorization.endswith(
        "Signature=" + _botocore_signature(request, "https://proxy.example.com")
    )
    with pytest.raises(ClientConfigError):
        things(endpoint_url="proxy.example.com")[0]._call(GET_THING, {"thing_id": "a"})


def test_region_from_environment_then_config_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("AWS_DEFAULT_REGION", "ap-south-1")
    keys = {"aws_access_key_id": "AK", "aws_secret_access_key": "SK"}
    server = FakeServer(THINGS, ready)
    ThingsClient(transport=server, **keys)._call(GET_THING, {"thing_id": "a"})
    monkeypatch.setenv("AWS_REGION", "sa-east-1")
    ThingsClient(transport=server, **keys)._call(GET_THING, {"thing_id": "a"})
    monkeypatch.delenv("AWS_REGION")
    monkeypatch.delenv("AWS_DEFAULT_REGION")
    config = tmp_path / "config"
    config.write_text("[profile dev]\nregion = eu-north-1\n")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(config))
    ThingsClient(transport=server, profile="dev", **keys)._call(GET_THING, {"thing_id": "a"})
    assert server.url_bases == [
        "https://things.ap-south-1.amazonaws.com",
        "https://things.sa-east-1.amazonaws.com",
        "https://things.eu-north-1.amazonaws.com",
    ]


def test_credentials_from_environment_are_resolved_lazily(monkeypatch: pytest.MonkeyPatch) -> None:
    server = FakeServer(THINGS, ready)
    client = ThingsClient(region="us-east-1", transport=server)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "ENVKEY")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "ENVSECRET")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "ENVTOKEN")
    client._call(GET_THING, {"thing_id": "a"})
    request = server.requests[0]
    assert "Credential=ENVKEY/" in (request.header("Authorization") or "")
    assert request.header("X-Amz-Security-Token") == "ENVTOKEN"
    assert "x-amz-security-token" in (request.header("Authorization") or "")


def test_credentials_from_shared_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    creds = tmp_path / "credentials"
    creds.write_text("[work]\naws_access_key_id = FILEKEY\naws_secret_access_key = FILESECRET\n")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(creds))
    server = FakeServer(THINGS, ready)
    ThingsClient(region="us-east-1", profile="work", transport=server)._call(
        GET_THING, {"thing_id": "a"}
    )
    assert "Credential=FILEKEY/" in (server.requests[0].header("Authorization") or "")


def test_missing_credentials_raise_on_first_call() -> None:
    client = ThingsClient(region="us-east-1", transport=FakeServer(THINGS, ready))
    with pytest.raises(NoCredentialsError):
        client._call(GET_THING, {"thing_id": "a"})


def test_resolution_is_cached_per_options_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    first, _ = things()
    second, _ = things()
    first._call(GET_THING, {"thing_id": "a"})
    second._call(GET_THING, {"thing_id": "a"})
    assert first._state is second._state
    monkeypatch.setenv("AWS_PROFILE", "other")
    third, _ = things()
    third._call(GET_THING, {"thing_id": "a"})
    assert third._state is not first._state


def test_construction_resolves_and_connects_nothing() -> None:
    """What keeps construction cheap (bench/bench_clients.py times it): no resolution, no
    transport, no request until the first call."""
    server = FakeServer(THINGS, ready)
    client = ThingsClient(transport=server, **AWS_KEYS)  # type: ignore[arg-type]
    assert client._state is None and client._transport is None and server.requests == []
    client._call(GET_THING, {"thing_id": "a"})
    assert client._state is not None and client._transport is not None


# -- SigV4 -------------------------------------------------------------------------------------


def _botocore_signature(request: HttpRequest, url_base: str, token: str | None = None) -> str:
    """The Authorization header botocore computes for the same request at the same time."""
    url = url_base + request.path + (f"?{request.query}" if request.query else "")
    signed_names = (
        request.header("Authorization").split("SignedHeaders=")[1].split(",")[0].split(";")
    )  # type: ignore[union-attr]
    headers = {name: value for name, value in request.headers if name.lower() in signed_names}
    aws_request = AWSRequest(method=request.method, url=url, data=request.body, headers=headers)
    credentials = BotoCredentials(
        AWS_KEYS["aws_access_key_id"], AWS_KEYS["aws_secret_access_key"], token
    )
    signer = SigV4Auth(credentials, "things", "us-east-1")
    amz_date = request.header("X-Amz-Date")
    assert amz_date is not None
    aws_request.context["timestamp"] = amz_date
    canonical = signer.canonical_request(aws_request)
    string_to_sign = signer.string_to_sign(aws_request, canonical)
    signature = signer.signature(string_to_sign, aws_request)
    return signature


@pytest.mark.parametrize("token", [None, "SESSION"])
def test_sigv4_authorization_verifies_with_botocore(token: str | None) -> None:
    client, server = things(aws_session_token=token)
    client._call(CREATE_THING, {"name": "ab", "tags": {"k": "v"}})
    client._call(GET_THING, {"thing_id": "a b"})
    for request in server.requests:
        authorization = request.header("Authorization")
        assert authorization is not None and authorization.startswith(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"
        )
        assert authorization.endswith(
            "Signature="
            + _botocore_signature(request, "https://things.us-east-1.amazonaws.com", token)
        )


def test_user_agent_is_set_and_unsigned() -> None:
    client, server = things()
    client._call(GET_THING, {"thing_id": "a"})
    request = server.requests[0]
    assert (request.header("User-Agent") or "").startswith("apigen-runtime/")
    assert "user-agent" not in (request.header("Authorization") or "")


# -- basic and bearer auth ---------------------------------------------------------------------


def key_handler(operation: OperationSpec, model: ApigenModel) -> ApigenModel:
    if operation.name == "GetKey":
        return GetKeyOutput(key=Key(id="k-1"))
    return Empty()


def keys(**options: object) -> tuple[KeysClient, FakeServer]:
    server = FakeServer(KEYS, key_handler)
    return KeysClient(transport=server, **options), server  # type: ignore[arg-type]


def test_basic_auth_from_api_key_and_secret() -> None:
    client, server = keys(api_key="KEY", api_secret="SECRET")
    assert client._call(GET_KEY, {"id": "k-1"}).key == Key(id="k-1")
    expected = "Basic " + base64.b64encode(b"KEY:SECRET").decode()
    assert server.requests[0].header("Authorization") == expected
    assert server.url_bases == ["https://api.example.com"]
    assert server.requests[0].header("Host") == "api.example.com"


def test_bearer_auth_from_token() -> None:
    client, server = keys(token="TOKEN")
    client._call(GET_KEY, {"id": "k-1"})
    assert server.requests[0].header("Authorization") == "Bearer TOKEN"


def test_each_operation_takes_the_first_scheme_it_lists_with_credentials() -> None:
    client, server = keys(api_key="KEY", api_secret="SECRET", token="TOKEN")
    client._call(GET_KEY, {"id": "k-1"})
    client._call(KEYS.operations["BearerOnly"], {})
    client._call(KEYS.operations["Public"], {})
    assert [(r.header("Authorization") or "").split(" ")[0] for r in server.requests] == [
        "Basic",
        "Bearer",
        "",
    ]


def test_basic_auth_from_the_environment_the_spec_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEYS_CLOUD_API_KEY", "EK")
    monkeypatch.setenv("KEYS_CLOUD_API_SECRET", "ES")
    client, server = keys()
    client._call(GET_KEY, {"id": "k-1"})
    assert (
        server.requests[0].header("Authorization") == "Basic " + base64.b64encode(b"EK:ES").decode()
    )


def test_missing_auth_credentials_are_reported_per_operation() -> None:
    client, _ = keys(api_key="KEY", api_secret="SECRET")
    with pytest.raises(NoCredentialsError, match="BearerOnly needs httpBearer"):
        client._call(KEYS.operations["BearerOnly"], {})
    with pytest.raises(ClientConfigError):
        keys(api_key="only")[0]._call(GET_KEY, {"id": "k"})


def test_openapi_errors_carry_x_request_id() -> None:
    def fail(operation: OperationSpec, model: ApigenModel) -> HttpResponse:
        body = b'{"errors":[{"status":"404","code":"not_found","detail":"no such key"}]}'
        return HttpResponse(
            404, [("Content-Type", "application/json"), ("X-Request-Id", "rq-9")], body
        )

    server = FakeServer(KEYS, fail)
    client = KeysClient(transport=server, token="T")
    with pytest.raises(ServiceError) as info:
        client._call(GET_KEY, {"id": "k"})
    assert info.value.status == 404 and info.value.request_id == "rq-9"
    assert "no such key" in str(info.value)


# -- the call: input, idempotency, validation, errors ------------------------------------------


def test_idempotency_token_is_filled_once_and_kept_over_retries() -> None:
    calls: list[str] = []

    def flaky(operation: OperationSpec, model: ApigenModel) -> ApigenModel | HttpResponse:
        calls.append(model.client_token)  # type: ignore[attr-defined]
        if len(calls) == 1:
            return HttpResponse(503, [], b"")
        return ready(operation, model)

    client, _ = things(flaky, retries=RetryConfig(max_backoff=0.0))
    client._call(CREATE_THING, {"name": "ab"})
    assert len(calls) == 2 and calls[0] == calls[1]
    assert uuid.UUID(calls[0]).version == 4
    client._call(CREATE_THING, {"name": "ab", "client_token": "mine"})
    assert calls[-1] == "mine"


def test_validation_reports_every_violation_with_wire_paths_and_no_values() -> None:
    client, server = things()
    with pytest.raises(ParamValidationError) as info:
        client._call(
            CREATE_THING,
            {"name": "toolong", "secret": "hunter2", "tags": {"ok": "v", "bad-key": "x"}},
        )
    error = info.value
    assert [e["path"] for e in error.errors] == ["name", "secret", "tags[#1].key"]
    assert "3 invalid parameters for CreateThing" in str(error)
    for value in ("toolong", "hunter2", "bad-key"):
        assert value not in str(error)
    assert server.requests == []


def test_validation_off_sends_what_it_was_given() -> None:
    client, server = things(validate=False)
    with pytest.raises(ParamValidationError, match="invalid request"):  # the fake server validates
        client._call(GET_THING, {"thing_id": "waytoolongforit"})
    assert len(server.requests) == 1 and server.requests[0].path == "/things/waytoolongforit"


def test_modelled_error_has_class_shape_status_and_request_id() -> None:
    def missing(operation: OperationSpec, model: ApigenModel) -> ApigenModel:
        raise NotFoundError("no thing", shape=None)

    client, _ = things(missing)
    with pytest.raises(NotFoundError) as info:
        client._call(GET_THING, {"thing_id": "a"})
    error = info.value
    assert error.status == 404 and error.request_id == "req-1" and error.code == "NotFound"
    assert error.shape is not None and error.shape.message == "no thing"
    assert not error.retryable


def test_unknown_error_code_is_unknown_service_error() -> None:
    def odd(operation: OperationSpec, model: ApigenModel) -> HttpResponse:
        return HttpResponse(400, [("X-Amzn-ErrorType", "Weird"), ("x-amzn-RequestId", "r2")], b"{}")

    client, _ = things(odd)
    with pytest.raises(UnknownServiceError) as info:
        client._call(GET_THING, {"thing_id": "a"})
    assert info.value.code == "Weird" and info.value.request_id == "r2"


def test_context_manager_closes_only_transports_it_made() -> None:
    server = FakeServer(THINGS, ready)
    with ThingsClient(transport=server, **AWS_KEYS) as client:  # type: ignore[arg-type]
        client._call(GET_THING, {"thing_id": "a"})
    assert not server.closed
    with ThingsClient(**AWS_KEYS) as own:  # type: ignore[arg-type]
        assert own._transport is None  # made on first use
        assert isinstance(own._sync_transport(), HttpClientTransport)


# -- async ---------------------------------------------------------------------------------------


def test_async_client_call_retry_and_errors() -> None:
    attempts: list[int] = []

    def handler(operation: OperationSpec, model: ApigenModel) -> ApigenModel | HttpResponse:
        attempts.append(1)
        if operation.name == "GetThing" and len(attempts) == 1:
            return HttpResponse(503, [], b"")
        if operation.name == "DeleteThing":
            raise BusyError("busy")
        return ready(operation, model)

    async def main() -> None:
        server = AsyncFakeServer(THINGS, handler, headers=[("x-amzn-RequestId", "req-a")])
        async with AsyncThingsClient(
            transport=server, retries=RetryConfig(max_attempts=2, max_backoff=0.0), **AWS_KEYS
        ) as client:  # type: ignore[arg-type]
            output = await client._call(GET_THING, {"thing_id": "a"})
            assert output.thing is not None and output.thing.state == "READY"
            with pytest.raises(BusyError) as info:
                await client._call(THINGS.operations["DeleteThing"], {"thing_id": "a"})
            assert info.value.request_id == "req-a"
        assert not server.closed
        assert len(server.requests) == 4  # 503 + success, Busy twice (retryable 4xx)
        assert server.requests[0].header("X-Amz-Date") is not None

    asyncio.run(main())


def test_async_bearer_auth() -> None:
    async def main() -> None:
        server = AsyncFakeServer(KEYS, key_handler)
        client = AsyncKeysClient(transport=server, token="TOK")
        await client._call(GET_KEY, {"id": "k"})
        assert server.requests[0].header("Authorization") == "Bearer TOK"
        await client.close()

    asyncio.run(main())


# -- by name, paginators, waiters, the lazy service --------------------------------------------


def test_operations_and_waiters_by_name_paginate_and_wait() -> None:
    states = iter(["PENDING", "READY"])

    def handler(operation: OperationSpec, model: ApigenModel) -> ApigenModel:
        if operation.name == "ListThings":
            token = model.next_token  # type: ignore[attr-defined]
            following = {None: "2", "2": "3", "3": None}[token]
            return ListThingsOutput(things=[Thing(id=f"t{token}")], next_token=following)
        return GetThingOutput(thing=Thing(id="t", state=next(states)))

    client, server = things(handler)
    pages = client._paginate("ListThings", {"max_results": 1})
    assert server.requests == []
    assert [t.id for t in pages.items()] == ["tNone", "t2", "t3"]
    assert [r.query for r in server.requests] == [
        "maxResults=1",
        "maxResults=1&nextToken=2",
        "maxResults=1&nextToken=3",
    ]
    done = client._wait(
        "ThingReady", {"thing_id": "a"}, max_wait=5, min_delay=0.001, max_delay=0.002
    )
    assert (
        isinstance(done, GetThingOutput) and done.thing is not None and done.thing.state == "READY"
    )


def test_async_paginate_and_wait() -> None:
    def handler(operation: OperationSpec, model: ApigenModel) -> ApigenModel:
        if operation.name == "ListThings":
            token = model.next_token  # type: ignore[attr-defined]
            return ListThingsOutput(
                things=[Thing(id="x")], next_token={None: "2", "2": None}[token]
            )
        return GetThingOutput(thing=Thing(id="t", state="FAILED"))

    async def main() -> None:
        server = AsyncFakeServer(THINGS, handler)
        async with AsyncThingsClient(transport=server, **AWS_KEYS) as client:  # type: ignore[arg-type]
            assert len([t async for t in client._paginate("ListThings", {}).items()]) == 2
            with pytest.raises(WaiterError, match="failure state"):
                await client._wait(
                    "ThingReady", {"thing_id": "a"}, max_wait=1, min_delay=0.001, max_delay=0.002
                )

    asyncio.run(main())


def test_lazy_service_imports_its_module_on_first_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "lazy_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "operations.py").write_text(
        "import client_fakes\nSERVICE = client_fakes.THINGS\nLOADED = True\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))

    class Lazy(BaseClient):
        _service = LazyService(".operations", "lazy_pkg")

    Lazy(**AWS_KEYS)  # type: ignore[arg-type]
    assert "lazy_pkg.operations" not in sys.modules
    assert Lazy._service is THINGS
    assert "lazy_pkg.operations" in sys.modules
