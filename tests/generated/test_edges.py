"""The generated packages at their edges: Glue (awsJson1_1), EMR on EKS (restJson1), Confluent.

Servers read requests strictly (JSON types must match, enums are closed, integers stay in
their domain, timestamps in ``datetime``'s) and answer with the service's own validation
error naming every path (inside discriminated unions too) and no value; awsJson servers
answer only ``POST /`` with their Content-Type. Clients stay lenient towards servers, raise
an error the service did not model as ``Unknown<Service>Error`` (under the service's root),
and with validation off send what they were given, nested dicts too.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from pydantic import ValidationError

from apigen_generated._runtime.client.retries import RetryConfig
from apigen_generated._runtime.core.errors import (
    ParamValidationError,
    ResponseParseError,
    UnknownServiceError,
)
from apigen_generated.confluent_byok_v1 import ConfluentByokClient, ConfluentByokHandler
from apigen_generated.confluent_byok_v1 import create_app as confluent_app
from apigen_generated.emr_containers import EMRContainersHandler
from apigen_generated.emr_containers import create_app as emr_app
from apigen_generated.emr_containers import shapes as emr
from apigen_generated.glue import (
    GlueClient,
    GlueError,
    GlueHandler,
    UnknownGlueError,
    create_app,
    shapes,
)

JSON_11 = {"Content-Type": "application/x-amz-json-1.1"}
AWS = {"region": "us-east-1", "aws_access_key_id": "AK", "aws_secret_access_key": "SK"}


class Glue(GlueHandler):
    def __init__(self) -> None:
        self.requests: list[Any] = []

    async def get_connections(
        self, request: shapes.GetConnectionsRequest
    ) -> shapes.GetConnectionsResponse:
        self.requests.append(request)
        return shapes.GetConnectionsResponse()


class Emr(EMRContainersHandler):
    async def list_virtual_clusters(
        self, request: emr.ListVirtualClustersRequest
    ) -> emr.ListVirtualClustersResponse:
        return emr.ListVirtualClustersResponse()


def _send(app: Any, method: str, path: str, **options: Any) -> httpx.Response:
    async def main() -> httpx.Response:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://server"
        ) as client:
            return await client.request(method, path, **options)

    return asyncio.run(main())


def _glue(body: bytes, headers: dict[str, str] | None = None, path: str = "/") -> httpx.Response:
    handler = Glue()
    target = {"X-Amz-Target": "AWSGlue.GetConnections"}
    response = _send(
        create_app(handler), "POST", path, headers={**target, **(headers or JSON_11)}, content=body
    )
    if response.status_code != 200:
        assert handler.requests == []
    return response


# -- servers ----------------------------------------------------------------------------------


def test_a_server_takes_no_coerced_json() -> None:
    body = b'{"MaxResults": true, "HidePassword": "yes", "Filter": {"ConnectionType": "BOGUS"}}'
    response = _glue(body)
    assert response.status_code == 400
    assert response.headers["x-amzn-errortype"] == "InvalidInputException"
    message = response.json()["Message"]
    assert message.startswith("3 validation errors detected: ")
    for path in ("Filter.ConnectionType", "HidePassword", "MaxResults"):
        assert f"Value at '{path}'" in message
    assert "yes" not in message and "BOGUS" not in message
    for body in (b'{"MaxResults": "10"}', b'{"MaxResults": 99999999999}', b'{"MaxResults": 1.0}'):
        assert _glue(body).status_code == 400, body


def test_a_server_takes_valid_json() -> None:
    response = _glue(b'{"MaxResults": 10, "Filter": {"ConnectionType": "JDBC"}}')
    assert response.status_code == 200


@pytest.mark.parametrize(
    "query, path, text",
    [
        ("states=RUNNING&states=BOGUS", "states[1]", "Input should be 'RUNNING', "),
        ("maxResults=99999999999999999999999", "maxResults", "less than or equal to 2147483647"),
        # A query timestamp is a date-time (RFC 3339): an epoch or a bare date is refused.
        ("createdAfter=1e400", "createdAfter", "Input should be an RFC 3339 date-time string"),
        ("createdAfter=2024-01-02", "createdAfter", "Input should be an RFC 3339 date-time string"),
        ("createdAfter=notatime", "createdAfter", "Input should be an RFC 3339 date-time string"),
        ("createdAfter=2024-13-02T00:00:00Z", "createdAfter", "Input should be a valid datetime"),
    ],
)
def test_a_rest_server_checks_query_values(query: str, path: str, text: str) -> None:
    response = _send(emr_app(Emr()), "GET", f"/virtualclusters?{query}")
    assert response.status_code == 400
    assert response.headers["x-amzn-errortype"] == "ValidationException"
    message = response.json()["message"]
    assert message.startswith(f"1 validation error detected: Value at '{path}' failed to")
    assert text in message and "BOGUS" not in message


@pytest.mark.parametrize(
    "method, path, headers, status, code",
    [
        ("POST", "/x/y", JSON_11, 404, "UnknownOperationException"),
        ("GET", "/", JSON_11, 404, "UnknownOperationException"),
        ("POST", "/", {"Content-Type": "text/plain"}, 415, "UnsupportedMediaTypeException"),
        ("POST", "/", {"Content-Type": "application/json"}, 415, "UnsupportedMediaTypeException"),
    ],
)
def test_an_aws_json_server_answers_only_post_slash_in_its_content_type(
    method: str, path: str, headers: dict[str, str], status: int, code: str
) -> None:
    target = {"X-Amz-Target": "AWSGlue.GetConnections"}
    response = _send(create_app(Glue()), method, path, headers={**target, **headers}, content=b"{}")
    assert response.status_code == status and response.headers["x-amzn-errortype"] == code


def test_violations_inside_a_discriminated_union_point_into_it() -> None:
    app = confluent_app(ConfluentByokHandler())
    body = {"key": {"kind": "AwsKey", "key_arn": 5, "roles": "x"}, "display_name": 7}
    basic = httpx.BasicAuth("key", "secret")  # the document's security: checked before the body
    response = _send(app, "POST", "/byok/v1/keys", json=body, auth=basic)
    assert response.status_code == 422
    errors = response.json()["errors"]
    assert [(e["source"]["pointer"], e["detail"]) for e in errors] == [
        ("/key/key_arn", "key.key.key_arn: Input should be a valid string"),
        ("/key/roles", "key.key.roles: Input should be a valid array"),
        ("/display_name", "key.display_name: Input should be a valid string"),
    ]
    secret = {"key": {"kind": "TOPSECRET-VALUE"}}
    [error] = _send(app, "POST", "/byok/v1/keys", json=secret, auth=basic).json()["errors"]
    assert error["source"]["pointer"] == "/key" and "TOPSECRET" not in json.dumps(error)


def test_client_paths_inside_a_discriminated_union() -> None:
    client = ConfluentByokClient(
        api_key="k", api_secret="s", transport=httpx.MockTransport(lambda _: httpx.Response(500))
    )
    with pytest.raises(ParamValidationError) as raised:
        client.create_byok_v1_key(key={"key": {"kind": "AwsKey", "key_arn": 5, "roles": "x"}})
    assert [e["path"] for e in raised.value.errors] == ["key.key.key_arn", "key.key.roles"]


# -- clients ----------------------------------------------------------------------------------


def _client(respond: Any, **options: Any) -> GlueClient:
    return GlueClient(transport=httpx.MockTransport(respond), **{**AWS, **options})


@pytest.mark.parametrize(
    "status, body, code, throttling",
    [
        (503, b"", "503", False),
        (500, b"<html>oops</html>", "500", False),
        (
            400,
            b'{"__type": "ThrottlingException", "message": "slow down"}',
            "ThrottlingException",
            True,
        ),
        (400, b'{"__type": "SomethingNewException"}', "SomethingNewException", False),
    ],
)
def test_an_unmodelled_error_is_a_glue_error(
    status: int, body: bytes, code: str, throttling: bool
) -> None:
    client = _client(
        lambda _: httpx.Response(status, content=body), retries=RetryConfig(max_attempts=1)
    )
    with pytest.raises(GlueError) as raised:
        client.get_connection(name="n")
    error = raised.value
    assert type(error) is UnknownGlueError and isinstance(error, UnknownServiceError)
    assert (error.code, error.status, error.throttling) == (code, status, throttling)


def test_a_timestamp_out_of_range_is_a_response_parse_error() -> None:
    body = b'{"Connection": {"Name": "x", "CreationTime": 1e20}}'
    client = _client(lambda _: httpx.Response(200, content=body))
    with pytest.raises(ResponseParseError) as raised:
        client.get_connection(name="x")
    [error] = raised.value.errors
    assert error["loc"] == ("Connection", "CreationTime") and error["type"] == "timestamp_range"


def test_a_client_keeps_enum_values_it_does_not_know() -> None:
    body = b'{"Connection": {"Name": "x", "ConnectionType": "QUANTUM"}}'
    client = _client(lambda _: httpx.Response(200, content=body))
    connection = client.get_connection(name="x").connection
    assert connection is not None and str(connection.connection_type) == "QUANTUM"


def test_validation_off_sends_nested_dicts() -> None:
    sent: list[httpx.Request] = []

    def respond(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    client = _client(respond, validate=False)
    connection = {"Name": "n", "ConnectionType": "JDBC", "ConnectionProperties": {"a": "b"}}
    client.create_connection(connection_input=connection, catalog_id="x" * 1000)
    assert json.loads(sent[0].content) == {
        "CatalogId": "x" * 1000,
        "ConnectionInput": {
            "Name": "n",
            "ConnectionType": "JDBC",
            "ConnectionProperties": {"a": "b"},
        },  # ValidateCredentials' default is the server's: not sent (as botocore)
    }


def test_a_pattern_error_shows_the_services_pattern() -> None:
    """opsworkscm's NodeName pattern, kept as AWS writes it (Java's ``\\p{Alnum}``): the
    translation is what validates, the error names AWS's pattern."""
    from apigen_generated.opsworkscm import shapes as opsworkscm

    written = "^[\\-\\p{Alnum}_:.]+$"
    fields = {"server_name": "s", "engine_attributes": []}
    with pytest.raises(ValidationError) as caught:
        opsworkscm.AssociateNodeRequest(node_name="bad name!", **fields)
    [error] = caught.value.errors()
    assert error["type"] == "string_pattern_mismatch" and error["ctx"] == {"pattern": written}
    assert opsworkscm.AssociateNodeRequest(node_name="node-1:a.b_c", **fields).node_name
