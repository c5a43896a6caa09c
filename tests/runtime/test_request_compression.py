"""Request compression against botocore's own ``botocore.compress.maybe_compress_request`` and its config
resolution, and the server's decoding of a gzip body."""

from __future__ import annotations

import gzip
from typing import Any

import pytest
from botocore.compress import maybe_compress_request
from botocore.config import Config
from botocore.exceptions import InvalidConfigError
from botocore.model import ServiceModel
from botocore.session import Session

from apigen.runtime.client.compression import (
    Compression,
    compress_request,
    compression_settings,
)
from apigen.runtime.core.http import HttpRequest
from apigen.runtime.server.encodings import BodyDecodeError, decode_body

_MODEL = {
    "metadata": {"protocol": "json", "apiVersion": "2020-01-01", "jsonVersion": "1.1"},
    "operations": {
        "Put": {
            "name": "Put",
            "http": {"method": "POST", "requestUri": "/"},
            "input": {"shape": "PutInput"},
            "requestcompression": {"encodings": ["gzip"]},
        }
    },
    "shapes": {
        "PutInput": {"type": "structure", "members": {"data": {"shape": "S"}}},
        "S": {"type": "string"},
    },
}
_OPERATION = ServiceModel(_MODEL).operation_model("Put")
_ENCODINGS = tuple(_OPERATION.request_compression["encodings"])


def _botocore(body: bytes, headers: dict[str, str], config: Config) -> dict[str, Any]:
    request = {"body": body, "headers": dict(headers)}
    maybe_compress_request(config, request, _OPERATION)
    return request


def _tokens(value: str | None) -> list[str]:
    return [t.strip() for t in (value or "").split(",") if t.strip()]


@pytest.mark.parametrize("size", [0, 1, 10239, 10240, 10241, 50000])
@pytest.mark.parametrize("min_size", [None, 1, 10241])
@pytest.mark.parametrize("disabled", [False, True])
@pytest.mark.parametrize("given", [None, "custom", "gzip"])
def test_as_botocore_compresses(
    size: int, min_size: int | None, disabled: bool, given: str | None
) -> None:
    body = (b"0123456789abcdef" * (size // 16 + 1))[:size]
    headers = {"Content-Encoding": given} if given else {}
    config = Config(
        disable_request_compression=disabled,
        request_min_compression_size_bytes=10240 if min_size is None else min_size,
    )
    theirs = _botocore(body, headers, config)
    settings = compression_settings(disabled, min_size, None, {})
    ours = HttpRequest("POST", "/", "", list(headers.items()), body)
    compress_request(ours, _ENCODINGS, settings)
    their_body = bytes(theirs["body"])
    assert (ours.body != body) == (their_body != body)
    if their_body != body:
        assert gzip.decompress(ours.body) == gzip.decompress(their_body) == body
    assert _tokens(ours.header("content-encoding")) == _tokens(
        theirs["headers"].get("Content-Encoding")
    )


def test_streaming_bodies_are_never_compressed() -> None:
    from apigen.runtime.core.streams import StreamingBody

    request = HttpRequest("PUT", "/", "", [], b"", stream=StreamingBody(iter([b"x" * 20000])))
    compress_request(request, ("gzip",), Compression(min_size=1))
    assert request.header("content-encoding") is None


def test_unknown_encodings_are_left_alone() -> None:
    request = HttpRequest("POST", "/", "", [], b"x" * 20000)
    compress_request(request, ("br",), Compression(min_size=1))
    assert request.body == b"x" * 20000 and request.header("content-encoding") is None


def _botocore_config(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> Any:
    for name in ("AWS_DISABLE_REQUEST_COMPRESSION", "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("AWS_CONFIG_FILE", "/nonexistent")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent")
    client = Session().create_client(
        "cloudwatch", region_name="us-east-1", aws_access_key_id="a", aws_secret_access_key="b"
    )
    return client.meta.config


@pytest.mark.parametrize(
    "env",
    [
        {},
        {"AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES": "100"},
        {"AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES": "1048576"},
        {"AWS_DISABLE_REQUEST_COMPRESSION": "true"},
        {"AWS_DISABLE_REQUEST_COMPRESSION": "false"},
    ],
)
def test_environment_as_botocore_reads_it(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str]
) -> None:
    theirs = _botocore_config(monkeypatch, env)
    import os

    ours = compression_settings(None, None, None, os.environ)
    assert ours.min_size == theirs.request_min_compression_size_bytes
    assert ours.disabled == bool(theirs.disable_request_compression)


@pytest.mark.parametrize("value", ["0", "1048577", "ten"])
def test_out_of_range_minimum_fails_as_in_botocore(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    with pytest.raises(InvalidConfigError):
        _botocore_config(monkeypatch, {"AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES": value})
    environ = {"AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES": value}
    with pytest.raises(ValueError, match="AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES"):
        compression_settings(None, None, None, environ)


# -- servers ----------------------------------------------------------------------------------


def test_server_decodes_what_the_client_compressed() -> None:
    body = b'{"data": "' + b"y" * 20000 + b'"}'
    request = HttpRequest("POST", "/", "", [("Content-Encoding", "custom")], body)
    compress_request(request, ("gzip",), Compression())
    request.headers.append(("Content-Length", str(len(request.body))))
    decode_body(request, 1 << 20)
    assert request.body == body
    assert request.header("content-encoding") == "custom"
    assert request.header("content-length") == str(len(body))


def test_server_bounds_and_rejects_bodies() -> None:
    bomb = HttpRequest("POST", "/", "", [("Content-Encoding", "gzip")], gzip.compress(b"0" * 10**6))
    with pytest.raises(BodyDecodeError) as raised:
        decode_body(bomb, 1000)
    assert raised.value.too_large
    broken = HttpRequest("POST", "/", "", [("Content-Encoding", "gzip")], b"not gzip")
    with pytest.raises(BodyDecodeError, match="does not decode"):
        decode_body(broken, 1000)
    truncated = gzip.compress(b"z" * 100)[:-8]
    cut = HttpRequest("POST", "/", "", [("Content-Encoding", "gzip")], truncated)
    with pytest.raises(BodyDecodeError, match="truncated"):
        decode_body(cut, 1000)


# -- a client and a server, end to end --------------------------------------------------------


class _Recording:
    """A transport that keeps each request as sent (its Content-Encoding and body)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.sent: list[tuple[str | None, bytes]] = []

    def send(self, request: HttpRequest, *, url_base: str, timeout: Any) -> Any:
        self.sent.append((request.header("content-encoding"), request.body))
        return self.inner.send(request, url_base=url_base, timeout=timeout)

    def close(self) -> None:
        self.inner.close()


def _compressing_client(transport: Any, **options: Any) -> Any:
    from client_fakes import CREATE_THING, THINGS, ThingsClient

    from apigen.runtime.core.records import replace

    create = replace(CREATE_THING, request_compression=("gzip",))
    service = replace(THINGS, operations={**THINGS.operations, create.name: create})

    class Client(ThingsClient):
        _service = service

    keys = {"region": "us-east-1", "aws_access_key_id": "AKID", "aws_secret_access_key": "S"}
    return Client(transport=transport, **keys, **options), service


@pytest.mark.parametrize(
    ("options", "compressed"),
    [
        ({"request_min_compression_size_bytes": 1}, True),
        ({}, False),  # the body is far below 10240 bytes
        ({"request_min_compression_size_bytes": 1, "disable_request_compression": True}, False),
    ],
)
def test_client_compresses_and_the_server_reads_it(
    monkeypatch: pytest.MonkeyPatch, options: dict[str, Any], compressed: bool
) -> None:
    from test_server import app_for

    from apigen.runtime.client import config
    from apigen.runtime.transport.asgi import AsgiTransport

    for name in config._ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", "/nonexistent")
    config.clear_cache()
    _, service = _compressing_client(None)
    with AsgiTransport(app_for(service, verify_sigv4=True, credentials={"AKID": "S"})) as inner:
        recording = _Recording(inner)
        client, _ = _compressing_client(recording, **options)
        assert client._call("CreateThing", {"name": "ab"}).thing.id == "ab"
    encoding, body = recording.sent[0]
    assert (encoding == "gzip") is compressed
    assert b'"name"' in (gzip.decompress(body) if compressed else body)


def test_client_refuses_a_bad_minimum(monkeypatch: pytest.MonkeyPatch) -> None:
    from apigen.runtime.client import config

    monkeypatch.setenv("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", "big")
    config.clear_cache()
    client, _ = _compressing_client(None)
    with pytest.raises(config.ClientConfigError, match="AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES"):
        client._call("CreateThing", {"name": "ab"})
