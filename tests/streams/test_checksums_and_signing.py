"""Flexible checksums and the payload-signing variants, against botocore and AWS's example.

- Every algorithm gives botocore's checksum classes' value for the same bytes.
- Requests: a body in memory carries ``x-amz-checksum-<alg>``; a streamed one is sent
  ``aws-chunked`` with the checksum trailer, byte for byte what botocore's
  ``AwsChunkedWrapper`` writes for the same data and chunk size; with no algorithm named,
  botocore's default (``DEFAULT_CHECKSUM_ALGORITHM``) is used and its header set.
- Responses: a matching checksum passes, a tampered body raises ``ChecksumError`` (read
  whole, or streamed: at its end).
- S3's chunk signatures reproduce AWS's documented example ("Signature Calculations for the
  Authorization Header: Transferring Payload in Multiple Chunks"), whose seed signature is
  also botocore's ``SigV4Auth`` for that request (its S3 signer would replace the payload hash).
"""

from __future__ import annotations

import importlib
import io
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import botocore.auth
import pytest
from botocore import httpchecksum
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials as BotoCredentials
from conftest import Media, Store, checksum_of, in_process, media_handler
from hypothesis import given, settings
from hypothesis import strategies as st

from apigen.runtime.auth.chunked import SIGNED, ChunkSigner, aws_chunked, encoded_length
from apigen.runtime.auth.credentials import Credentials
from apigen.runtime.auth.sigv4 import sign, signing_key
from apigen.runtime.core import checksums
from apigen.runtime.core.http import HttpRequest, HttpResponse
from apigen.runtime.core.streams import StreamingBody

OPTIONS: dict[str, Any] = {
    "region": "us-east-1",
    "endpoint_url": "https://media.local",
    "aws_access_key_id": "AKIDEXAMPLE",
    "aws_secret_access_key": "secret",
}
DATA = bytes(range(256)) * 700


@settings(max_examples=60, deadline=None, database=None)
@given(
    st.lists(st.binary(max_size=3000), max_size=5), st.sampled_from(sorted(checksums.ALGORITHMS))
)
def test_each_algorithm_matches_botocore(pieces: list[bytes], algorithm: str) -> None:
    ours = checksums.new(algorithm)
    for piece in pieces:
        ours.update(piece)
    assert ours.b64digest() == checksum_of(algorithm, b"".join(pieces))


def test_an_unknown_algorithm_is_named() -> None:
    with pytest.raises(checksums.ChecksumError, match=r"'MD5'.*known: CRC32"):
        checksums.new("MD5")


def _vendored(media: Media) -> Any:
    """The checksums module of the runtime vendored with the Media package."""
    return importlib.import_module(media.streams.__name__.replace(".streams", ".checksums"))


def _client(media: Media, store: Store, wire: dict[str, Any] | None = None) -> Any:
    app = media.server.create_app(media_handler(media, store))
    return in_process(media, app if wire is None else _recording(app, wire), **OPTIONS)


def _recording(app: Any, wire: dict[str, Any]) -> Any:
    """``app`` behind a recorder of each request's headers and body as sent, by path (the
    server decodes aws-chunked bodies before the handler sees them)."""

    async def recorded(scope: Any, receive: Any, send: Any) -> None:
        body = bytearray()
        headers = [(k.decode(), v.decode()) for k, v in scope.get("headers", ())]
        wire[scope.get("path", "")] = (headers, body)

        async def receive_recorded() -> Any:
            message = await receive()
            body.extend(message.get("body", b""))
            return message

        await app(scope, receive_recorded, send)

    return recorded


def _header(headers: list[tuple[str, str]], name: str) -> str | None:
    return next((v for k, v in headers if k.lower() == name.lower()), None)


# The media spec's algorithm enum lists botocore's default five (checksums.PRIORITY).
@pytest.mark.parametrize("algorithm", sorted(checksums.PRIORITY))
def test_a_body_in_memory_carries_its_checksum_header(media: Media, algorithm: str) -> None:
    store = Store()
    with _client(media, store) as client:
        client.put_checked(key="k", body=DATA, checksum_algorithm=algorithm)
    headers = store.headers["k"]
    assert _header(headers, f"x-amz-checksum-{algorithm.lower()}") == checksum_of(algorithm, DATA)
    assert _header(headers, "x-amz-sdk-checksum-algorithm") == algorithm
    assert store.raw["k"] == DATA


def test_no_algorithm_named_uses_botocores_default(media: Media) -> None:
    store = Store()
    with _client(media, store) as client:
        client.put_checked(key="k", body=DATA)
    default = httpchecksum.DEFAULT_CHECKSUM_ALGORITHM
    headers = store.headers["k"]
    assert _header(headers, "x-amz-sdk-checksum-algorithm") == default
    assert _header(headers, f"x-amz-checksum-{default.lower()}") == checksum_of(default, DATA)


def _pieces(data: bytes) -> Iterator[bytes]:
    for at in range(0, len(data), 7000):
        yield data[at : at + 7000]


@pytest.mark.parametrize("algorithm", ["CRC32", "SHA256", "CRC64NVME"])
def test_a_streamed_body_gets_botocores_aws_chunked_trailer(media: Media, algorithm: str) -> None:
    store = Store()
    wire: dict[str, Any] = {}
    with _client(media, store, wire) as client:
        client.put_checked(key="k", body=_pieces(DATA), checksum_algorithm=algorithm)
    assert store.raw["k"] == DATA  # the server decoded it, trailer checked
    headers, raw = wire["/checked/k"]
    name = f"x-amz-checksum-{algorithm.lower()}"
    classes = {
        "CRC32": httpchecksum.Crc32Checksum,
        "SHA256": httpchecksum.Sha256Checksum,
        "CRC64NVME": httpchecksum.CrtCrc64NvmeChecksum,
    }
    wrapper = httpchecksum.AwsChunkedWrapper(
        io.BytesIO(DATA), checksum_cls=classes[algorithm], checksum_name=name, chunk_size=64 * 1024
    )
    assert bytes(raw) == wrapper.read()
    assert _header(headers, "content-encoding") == "aws-chunked"
    assert _header(headers, "x-amz-trailer") == name
    assert _header(headers, "x-amz-content-sha256") == "STREAMING-UNSIGNED-PAYLOAD-TRAILER"
    assert _header(headers, name) is None


def test_a_sized_stream_announces_its_decoded_and_encoded_lengths(media: Media) -> None:
    store = Store()
    with _client(media, store) as client:
        client.put_checked(key="k", body=io.BytesIO(DATA))
    headers = store.headers["k"]
    assert _header(headers, "x-amz-decoded-content-length") == str(len(DATA))
    assert _header(headers, "content-length") == str(len(store.raw["k"]))


def test_response_checksums_are_requested_and_checked(media: Media) -> None:
    store = Store()
    with _client(media, store) as client:
        good = client.get_checked(key="plain")
        assert good.body.read() == b"checked body " * 5000
        assert _header(store.headers["plain"], "x-amz-checksum-mode") == "ENABLED"
        tampered = client.get_checked(key="tampered")
        assert len(tampered.body.read(500)) == 500  # the check comes at the end of the body
        with pytest.raises(_vendored(media).ChecksumError, match="CRC32 checksum is"):
            tampered.body.read()


def test_a_body_read_whole_is_checked_before_parsing(media: Media) -> None:
    operation = media.operations.SERVICE.operations["GetChecked"]
    from apigen.runtime.client.checksums import checked_response

    body = b"whole body"
    right = HttpResponse(200, [("x-amz-checksum-crc32", checksum_of("CRC32", body))], body)
    assert checked_response(right, operation) is right
    wrong = HttpResponse(200, [("x-amz-checksum-sha1", checksum_of("SHA1", b"other"))], body)
    with pytest.raises(checksums.ChecksumError, match="SHA1"):
        checked_response(wrong, operation)
    multipart = HttpResponse(200, [("x-amz-checksum-crc32", "AAAAAA==-3")], body)
    assert checked_response(multipart, operation) is multipart


# -- S3's chunk signatures: AWS's documented example ------------------------------------------

EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
EXAMPLE_SEED = "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9"
EXAMPLE_CHUNKS = (
    "ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648",
    "0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497",
    "b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9",
)
EXAMPLE_HEADERS = [
    ("Host", "s3.amazonaws.com"),
    ("x-amz-date", "20130524T000000Z"),
    ("x-amz-storage-class", "REDUCED_REDUNDANCY"),
    ("x-amz-content-sha256", SIGNED),
    ("Content-Encoding", "aws-chunked"),
    ("x-amz-decoded-content-length", "66560"),
    ("Content-Length", "66824"),
]


def test_the_seed_signature_is_botocores_and_awss(monkeypatch: pytest.MonkeyPatch) -> None:
    request = HttpRequest("PUT", "/examplebucket/chunkObject.txt", "", list(EXAMPLE_HEADERS[2:]))
    sign(
        request,
        host="s3.amazonaws.com",
        credentials=Credentials("AKIAIOSFODNN7EXAMPLE", EXAMPLE_SECRET),
        region="us-east-1",
        service="s3",
        now=datetime(2013, 5, 24, tzinfo=UTC),
        normalize_path=False,
        double_encode=False,
    )
    ours = dict(request.headers)["Authorization"]
    assert ours.endswith(f"Signature={EXAMPLE_SEED}")
    # botocore's S3 signer, on the same request at the same (mocked) time
    monkeypatch.setattr(botocore.auth, "get_current_datetime", lambda: datetime(2013, 5, 24))
    boto_headers = {k: v for k, v in EXAMPLE_HEADERS if k.lower() != "x-amz-date"}
    boto = AWSRequest(
        "PUT", "https://s3.amazonaws.com/examplebucket/chunkObject.txt", headers=boto_headers
    )
    auth = SigV4Auth(BotoCredentials("AKIAIOSFODNN7EXAMPLE", EXAMPLE_SECRET), "s3", "us-east-1")
    auth.add_auth(boto)
    assert boto.headers["Authorization"].endswith(f"Signature={EXAMPLE_SEED}")


def test_chunk_signatures_follow_awss_example() -> None:
    key = signing_key(EXAMPLE_SECRET, "20130524", "us-east-1", "s3")
    signer = ChunkSigner(
        key, "20130524T000000Z", "20130524/us-east-1/s3/aws4_request", EXAMPLE_SEED
    )
    body = aws_chunked(StreamingBody(b"a" * 66560), signer=signer)
    encoded = body.read()
    assert body.content_length == len(encoded) == 66824
    lines = [line for line in encoded.split(b"\r\n") if b"chunk-signature=" in line]
    assert lines == [
        f"{size};chunk-signature={sig}".encode()
        for size, sig in zip(("10000", "400", "0"), EXAMPLE_CHUNKS, strict=True)
    ]
    assert encoded.endswith(b"\r\n\r\n")


@pytest.mark.parametrize("signed", [False, True])
@pytest.mark.parametrize("length", [0, 1, 65535, 65536, 200_001])
def test_encoded_lengths_are_exact(signed: bool, length: int) -> None:
    signer = ChunkSigner(b"k" * 32, "20200101T000000Z", "scope", "0" * 64) if signed else None
    for checksum in (None, checksums.new("CRC32")):
        body = aws_chunked(StreamingBody(b"x" * length), checksum=checksum, signer=signer)
        expected = encoded_length(
            length, checksum=checksums.new("CRC32") if checksum else None, signed=signed
        )
        assert body.content_length == expected == len(body.read())
