"""The generated Confluent BYOK package does what its OpenAPI spec says about directions.

The client never sends readOnly members; the ``allOf`` narrowings make the create body's
``key`` and a read key's ``id``, ``provider``, ``state``... required; a key kind this SDK does
not know comes back as an ``UnknownVariant``, and the generated server rejects one in a
request before its handler runs.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from pydantic import ValidationError

from apigen_generated._runtime.core.errors import ParamValidationError, ResponseParseError
from apigen_generated._runtime.core.http import HttpRequest, HttpResponse
from apigen_generated._runtime.transport.asgi import AsgiTransport
from apigen_generated.confluent_byok_v1 import (
    ConfluentByokClient,
    ConfluentByokHandler,
    Failure,
    create_app,
    shapes,
)
from apigen_generated.confluent_byok_v1.server import OperationNotImplemented

ARN = "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
STORED: dict[str, Any] = {
    "api_version": "byok/v1",
    "kind": "Key",
    "id": "cck-1",
    "metadata": {"self": "https://api.confluent.cloud/byok/v1/keys/cck-1"},
    "key": {"key_arn": ARN, "roles": ["arn:aws:iam::123456789876:role/r"], "kind": "AwsKey"},
    "display_name": "billing",
    "provider": "AWS",
    "state": "AVAILABLE",
    "validation": {"phase": "VALID", "since": "2024-03-20T15:30:00Z"},
}
CREDENTIALS = {"api_key": "KEY", "api_secret": "SECRET"}


class Canned:
    """A transport that answers every request with one JSON body, keeping the requests."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        self.status, self.body = status, body
        self.requests: list[HttpRequest] = []

    def send(self, request: HttpRequest, *, url_base: str, timeout: float | None) -> HttpResponse:
        self.requests.append(request)
        headers = [("Content-Type", "application/json")]
        return HttpResponse(self.status, headers, json.dumps(self.body).encode())

    def close(self) -> None:
        pass


def client(transport: Any) -> ConfluentByokClient:
    return ConfluentByokClient(transport=transport, retries=1, **CREDENTIALS)


def test_the_client_never_sends_read_only_members() -> None:
    canned = Canned(201, STORED)
    key = shapes.CreateByokV1KeyRequestBody.model_validate(STORED)  # a key read back, resent
    created = client(canned).create_byok_v1_key(key=key)
    [request] = canned.requests
    assert json.loads(request.body) == {
        "key": {"key_arn": ARN, "kind": "AwsKey"},  # roles is readOnly too
        "display_name": "billing",
    }
    assert created.key is not None and created.key.id_ == "cck-1"  # a response keeps them


def test_the_create_body_needs_its_key() -> None:
    with pytest.raises(ValidationError, match="key\n  Field required"):
        shapes.CreateByokV1KeyRequestBody(display_name="billing")
    with pytest.raises(ParamValidationError, match="key"):
        client(Canned(201, STORED)).create_byok_v1_key(key={"display_name": "billing"})  # type: ignore[arg-type]


def test_a_read_key_has_what_the_spec_requires() -> None:
    read = client(Canned(200, STORED)).get_byok_v1_key(id_="cck-1")
    assert read.key is not None and (read.key.id_, read.key.provider) == ("cck-1", "AWS")
    incomplete = {k: v for k, v in STORED.items() if k != "provider"}
    with pytest.raises(ResponseParseError) as raised:
        client(Canned(200, incomplete)).get_byok_v1_key(id_="cck-1")
    assert [e["loc"] for e in raised.value.errors] == [("key", "provider")]


def test_a_key_kind_this_sdk_does_not_know_is_kept() -> None:
    future = {**STORED, "key": {"kind": "OciKey", "vault": "v1", "extra": {"a": None}}}
    created = client(Canned(201, future)).create_byok_v1_key(
        key=shapes.CreateByokV1KeyRequestBody.model_validate(STORED)
    )
    assert created.key is not None and isinstance(created.key.key, shapes.UnknownVariant)
    assert (created.key.key.tag, created.key.key.data) == ("OciKey", future["key"])
    assert json.loads(created.key.model_dump_json(by_alias=True)) == future
    with pytest.raises(ValidationError, match="union_tag_not_found"):
        shapes.ByokV1Key.model_validate({"key": {"vault": "v1"}})  # a missing kind is not


class Keys(ConfluentByokHandler):
    """Keeps one ``ByokV1Key`` per key and returns it where operations narrow it."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: dict[str, shapes.ByokV1Key] = {}
        self.calls = 0

    async def create_byok_v1_key(
        self, request: shapes.CreateByokV1KeyRequest
    ) -> shapes.CreateByokV1KeyResponse:
        self.calls += 1
        assert request.key is not None
        stored = shapes.ByokV1Key.model_validate({**STORED, "key": request.key.key})
        self.keys["cck-1"] = stored
        return shapes.CreateByokV1KeyResponse(
            key=shapes.CreateByokV1KeyResponseBody.model_validate(stored)
        )

    async def get_byok_v1_key(
        self, request: shapes.GetByokV1KeyRequest
    ) -> shapes.GetByokV1KeyResponse:
        return shapes.GetByokV1KeyResponse(key=self.keys[request.id_])  # type: ignore[arg-type]


def test_a_server_rejects_a_key_kind_the_spec_does_not_list() -> None:
    handler = Keys()
    with AsgiTransport(create_app(handler)) as transport:
        keys = client(transport)
        with pytest.raises(Failure) as raised:
            keys.create_byok_v1_key(key={"key": {"kind": "OciKey", "vault": "v1"}})  # type: ignore[arg-type]
        assert raised.value.status == 422 and handler.calls == 0
        assert raised.value.shape is not None
        [error] = raised.value.shape.errors
        assert error.source is not None and error.source.pointer == "/key"
        created = keys.create_byok_v1_key(key={"key": {"kind": "AwsKey", "key_arn": ARN}})  # type: ignore[arg-type]
        assert created.key is not None and created.key.id_ == "cck-1"
        read = keys.get_byok_v1_key(id_="cck-1")
        assert isinstance(read.key, shapes.GetByokV1KeyResponseBody)
        assert read.key.validation.phase == "VALID"


# -- exactly what the document says: no more (null), no less (bounds) -------------------------

DOCUMENT = Path(__file__).resolve().parents[2] / "specs" / "confluent-byok-v1.openapi.yaml"


def _document() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
    return loaded


def _raw(method: str, path: str, body: Any = None, handler: Any = None) -> httpx.Response:
    app = create_app(handler or ConfluentByokHandler())

    async def main() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://x") as http:
            content = None if body is None else json.dumps(body).encode()
            headers = {"Content-Type": "application/json"}
            # the document's security: HTTP Basic or a bearer token (an absent one is a 401)
            auth = httpx.BasicAuth(CREDENTIALS["api_key"], CREDENTIALS["api_secret"])
            return await http.request(method, path, content=content, headers=headers, auth=auth)

    return asyncio.run(main())


@pytest.mark.parametrize(
    ("method", "path", "schema", "body"),
    [
        ("POST", "/byok/v1/keys", "byok.v1.Key", {"key": {"kind": "AwsKey", "key_arn": ARN}}),
        ("PATCH", "/byok/v1/keys/cck-1", "byok.v1.KeyUpdate", {}),
    ],
)
def test_a_null_the_document_does_not_allow_is_refused(
    method: str, path: str, schema: str, body: dict[str, Any]
) -> None:
    display_name = _document()["components"]["schemas"][schema]["properties"]["display_name"]
    assert not display_name.get("nullable") and display_name["type"] == "string"
    refused = _raw(method, path, {**body, "display_name": None})
    assert refused.status_code == 422, refused.text
    assert "display_name may be left out but not null" in refused.json()["errors"][0]["detail"]
    absent = _raw(method, path, body)
    assert absent.status_code == 501, absent.text  # valid: it reached the (default) handler


def test_page_size_has_only_the_bounds_the_document_gives() -> None:
    schema = _document()["components"]["parameters"]["PageSize"]["schema"]
    assert "minimum" not in schema and "format" not in schema and schema["maximum"] == 100
    seen: list[int] = []

    class Listing(ConfluentByokHandler):
        async def list_byok_v1_keys(
            self, request: shapes.ListByokV1KeysRequest
        ) -> shapes.ListByokV1KeysResponse:
            seen.append(request.page_size)
            raise OperationNotImplemented("ListByokV1Keys")

    for size in (-(2**31) - 1, 0, 100):
        _raw("GET", f"/byok/v1/keys?page_size={size}", handler=Listing())
    assert seen == [-(2**31) - 1, 0, 100]
    assert _raw("GET", "/byok/v1/keys?page_size=101").status_code == 400  # a bad parameter
