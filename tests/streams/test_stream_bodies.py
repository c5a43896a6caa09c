"""Streaming blobs end to end: the Media client and its generated server, in-process and over
a real socket, sync and async.

Expectations come from the data sent (its length and SHA-256, computed here) and from what
the server's handler saw arrive; "lazy" is shown by counting the chunks the server's body
had produced when the client had read only a few bytes (a transport that buffered would
have drained it).
"""

from __future__ import annotations

import asyncio
import hashlib
import io
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from conftest import Media, Store, in_process, media_handler

OPTIONS: dict[str, Any] = {
    "region": "us-east-1",
    "endpoint_url": "http://media.local",
    "aws_access_key_id": "AKIDEXAMPLE",
    "aws_secret_access_key": "secret",
}
DATA = bytes(range(256)) * 1500  # 384000 bytes: several transport chunks


def _app(media: Media, store: Store, **options: Any) -> Any:
    return media.server.create_app(media_handler(media, store), **options)


def _chunks(data: bytes, size: int = 10_000) -> Iterator[bytes]:
    for at in range(0, len(data), size):
        yield data[at : at + size]


def _header(headers: list[tuple[str, str]], name: str) -> str | None:
    return next((v for k, v in headers if k.lower() == name), None)


# -- the stream type ---------------------------------------------------------------------------


def test_a_body_reads_its_source_lazily_and_knows_its_length(media: Media, tmp_path: Any) -> None:
    body_type = media.streams.StreamingBody
    assert body_type(b"abc").content_length == 3
    path = tmp_path / "f.bin"
    path.write_bytes(DATA)
    with path.open("rb") as file:
        file.seek(100)
        body = body_type(file)
        assert body.content_length == len(DATA) - 100
        assert body.read(5) == DATA[100:105]
        assert body.rewind() and body.read() == DATA[100:]
    pulled: list[int] = []

    def source() -> Iterator[bytes]:
        for index, chunk in enumerate(_chunks(DATA)):
            pulled.append(index)
            yield chunk

    lazy = body_type(source())
    assert lazy.content_length is None
    assert lazy.read(3) == DATA[:3] and pulled == [0]
    assert b"".join(lazy.iter_chunks(7000)) == DATA[3:] and lazy.closed
    assert not lazy.rewind()  # an iterator cannot be read again
    with pytest.raises(TypeError, match="not str"):
        body_type("text")


def test_closing_runs_the_release_once_and_async_sources_refuse_sync_reads(media: Media) -> None:
    released: list[str] = []
    body = media.streams.StreamingBody(iter([b"a", b"b"]), on_close=lambda: released.append("x"))
    with body:
        assert body.read(1) == b"a"
    body.close()
    assert released == ["x"]

    async def source() -> AsyncIterator[bytes]:
        yield b"one"
        yield b"two"

    async_body = media.streams.StreamingBody(source())
    with pytest.raises(TypeError, match="async source"):
        async_body.read()

    async def main() -> bytes:
        async with async_body:
            return await async_body.aread(4) + await async_body.aread()

    assert asyncio.run(main()) == b"onetwo"


# -- uploads -----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["bytes", "file", "iterator"])
def test_sync_uploads_arrive_whole_with_content_length_when_known(media: Media, kind: str) -> None:
    store = Store()
    source: Any = {"bytes": DATA, "file": io.BytesIO(DATA), "iterator": _chunks(DATA)}[kind]
    with in_process(media, _app(media, store), **OPTIONS) as client:
        output = client.put_object(key=kind, body=source)
    assert (output.size, output.sha256) == (len(DATA), hashlib.sha256(DATA).hexdigest())
    assert store.body_types[kind] == "StreamingBody"
    headers = store.headers[kind]
    if kind == "iterator":
        assert _header(headers, "transfer-encoding") == "chunked"
        assert _header(headers, "content-length") is None
    else:
        assert _header(headers, "content-length") == str(len(DATA))
    assert _header(headers, "content-type") == "application/octet-stream"


def test_async_upload_from_an_async_iterator(media: Media) -> None:
    store = Store()

    async def source() -> AsyncIterator[bytes]:
        for chunk in _chunks(DATA):
            yield chunk

    async def main() -> Any:
        async with media.async_client.AsyncMediaClient(
            transport=media.asgi.AsyncAsgiTransport(_app(media, store)), **OPTIONS
        ) as client:
            return await client.put_object(key="async", body=source(), content_type="video/mp4")

    output = asyncio.run(main())
    assert output.sha256 == hashlib.sha256(DATA).hexdigest()
    assert store.chunks["async"] > 1  # it arrived in pieces, as it was sent
    assert _header(store.headers["async"], "content-type") == "video/mp4"


def test_requires_length_refuses_an_unknown_length_before_sending(media: Media) -> None:
    store = Store()
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200)

    with media.client.MediaClient(transport=httpx.MockTransport(record), **OPTIONS) as client:
        with pytest.raises(media.core_errors.ParamValidationError, match="known length") as caught:
            client.put_sized(key="k", body=_chunks(DATA))
        assert caught.value.errors[0]["path"] == "body"
        assert not sent
        assert client.put_sized(key="k", body=io.BytesIO(b"12345")) is not None
    assert sent[0].headers["content-length"] == "5" and store.sizes == {}


def test_a_streamed_upload_is_signed_and_the_server_checks_the_signature(media: Media) -> None:
    store = Store()
    app = _app(media, store, verify_sigv4=True, credentials={"AKIDEXAMPLE": "secret"})
    with in_process(media, app, **OPTIONS) as client:
        assert client.put_object(key="memory", body=DATA).size == len(DATA)
        assert client.put_object(key="file", body=io.BytesIO(DATA)).size == len(DATA)
    memory = _header(store.headers["memory"], "x-amz-content-sha256")
    assert memory == hashlib.sha256(DATA).hexdigest()
    assert _header(store.headers["file"], "x-amz-content-sha256") == "UNSIGNED-PAYLOAD"
    wrong = dict(OPTIONS, aws_secret_access_key="not-the-secret")
    with (
        in_process(media, app, **wrong) as client,
        pytest.raises(media.errors.MediaError) as caught,
    ):
        client.put_object(key="bad", body=io.BytesIO(DATA))
    assert caught.value.status == 403 and "bad" not in store.sizes


# -- downloads ---------------------------------------------------------------------------------


def test_a_download_is_read_lazily_in_process(media: Media) -> None:
    store = Store()
    size = 4 << 20  # 64 chunks of 64 KiB on the server side
    with in_process(media, _app(media, store), **OPTIONS) as client:
        output = client.get_object(key=str(size))
        assert output.content_type == "application/x-media"
        assert output.body.content_length == size
        first = output.body.read(10)
        assert len(first) == 10
        assert store.produced < 16  # the server was held back: nothing was buffered whole
        rest = b"".join(output.body.iter_chunks())
        assert len(first + rest) == size and store.produced == size // (64 * 1024)
        assert output.body.closed
        with pytest.raises(media.errors.NoSuchKey):
            client.get_object(key="missing")


def test_async_download_and_early_close(media: Media) -> None:
    store = Store()

    async def main() -> tuple[int, int]:
        async with media.async_client.AsyncMediaClient(
            transport=media.asgi.AsyncAsgiTransport(_app(media, store)), **OPTIONS
        ) as client:
            whole = await client.get_object(key=str(len(DATA)))
            total = 0
            async for chunk in whole.body:
                total += len(chunk)
            store.produced = 0
            partial = await client.get_object(key=str(8 << 20))
            async with partial.body as body:
                await body.aread(100)
            return total, store.produced

    total, produced = asyncio.run(main())
    assert total == len(DATA)
    assert produced < 16  # closing early stopped the server's body


@pytest.mark.parametrize("transport", ["http.client", "httpx"])
def test_over_a_socket_uploads_stream_and_downloads_stay_lazy(media: Media, transport: str) -> None:
    from live import serve

    store = Store()
    size = 16 << 20
    with serve(_app(media, store)) as server:
        chosen = None if transport == "http.client" else httpx.Client()
        options = dict(OPTIONS, endpoint_url=server.url)
        with media.client.MediaClient(transport=chosen, **options) as client:
            output = client.put_object(key="live", body=_chunks(DATA, 50_000))
            assert output.sha256 == hashlib.sha256(DATA).hexdigest()
            assert _header(store.headers["live"], "transfer-encoding") == "chunked"
            download = client.get_object(key=str(size))
            first = download.body.read(1000)
            assert len(first) == 1000
            assert store.produced < size // (64 * 1024)  # socket buffers hold a few MB at most
            digest = hashlib.sha256(first)
            for chunk in download.body:
                digest.update(chunk)
            expected = hashlib.sha256(
                b"".join(bytes([n % 256]) * (64 * 1024) for n in range(1, size // (64 * 1024) + 1))
            )
            assert digest.hexdigest() == expected.hexdigest()
            # the connection went back to the pool: the next call works on it
            assert client.get_object(key="10").body.read() == bytes([(store.produced) % 256]) * 10
        if chosen is not None:
            chosen.close()
