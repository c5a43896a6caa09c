"""The Media service (``media.yaml``: streaming blobs and event streams on restJson1),
generated once per session into a scratch package, and a handler for its server."""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import sys
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

MEDIA = Path(__file__).resolve().parent / "media.yaml"
_SERVERS_TESTS = str(Path(__file__).resolve().parents[1] / "servers")
if _SERVERS_TESTS not in sys.path:
    sys.path.insert(0, _SERVERS_TESTS)  # live.serve: uvicorn on 127.0.0.1


@dataclass(frozen=True)
class Media:
    """The generated ``media`` package's modules and the runtime modules vendored with it."""

    client: ModuleType
    async_client: ModuleType
    shapes: ModuleType
    server: ModuleType
    errors: ModuleType
    operations: ModuleType
    streams: ModuleType
    events: ModuleType
    asgi: ModuleType
    frames: ModuleType
    app: ModuleType
    core_errors: ModuleType


@pytest.fixture(scope="session")
def media(scratch_service: Any) -> Media:
    package = scratch_service(MEDIA.read_text(encoding="utf-8"), stem="media")
    name = package.__name__
    runtime = name.rsplit(".", 1)[0] + "._runtime"
    load = importlib.import_module
    return Media(
        *(
            load(f"{name}.{m}")
            for m in ("client", "async_client", "shapes", "server", "errors", "operations")
        ),
        load(f"{runtime}.core.streams"),
        load(f"{runtime}.core.events"),
        load(f"{runtime}.transport.asgi"),
        load(f"{runtime}.protocols.event_frames"),
        load(f"{runtime}.server.app"),
        load(f"{runtime}.core.errors"),
    )


class Store:
    """What the handler saw: per key, the size and SHA-256 of the body as it arrived, the
    chunks it arrived in, the request headers; and how many chunks a download produced."""

    def __init__(self) -> None:
        self.sizes: dict[str, int] = {}
        self.chunks: dict[str, int] = {}
        self.headers: dict[str, list[tuple[str, str]]] = {}
        self.body_types: dict[str, str] = {}
        self.produced = 0
        self.raw: dict[str, bytes] = {}


@contextlib.contextmanager
def in_process(media: Media, app: Any, **options: Any) -> Iterator[Any]:
    """A sync Media client calling ``app`` in-process; the transport's thread is stopped
    at the end (a client leaves a transport it was given open)."""
    transport = media.asgi.AsgiTransport(app)
    try:
        with media.client.MediaClient(transport=transport, **options) as client:
            yield client
    finally:
        transport.close()


def checksum_of(algorithm: str, data: bytes) -> str:
    """A flexible checksum as botocore computes it (its own checksum classes)."""
    from botocore import httpchecksum

    classes = {
        "CRC32": httpchecksum.Crc32Checksum,
        "CRC32C": httpchecksum.CrtCrc32cChecksum,
        "CRC64NVME": httpchecksum.CrtCrc64NvmeChecksum,
        "SHA1": httpchecksum.Sha1Checksum,
        "SHA256": httpchecksum.Sha256Checksum,
        "SHA512": httpchecksum.Sha512Checksum,
        "XXHASH64": httpchecksum.CrtXxhash64Checksum,
        "XXHASH3": httpchecksum.CrtXxhash3Checksum,
        "XXHASH128": httpchecksum.CrtXxhash128Checksum,
    }
    checksum = classes[algorithm]()
    checksum.update(data)
    return str(checksum.b64digest())


def media_handler(package: Media, store: Store, *, download_size: int = 1 << 20) -> Any:
    """A handler that hashes uploads as they arrive and serves generated downloads."""
    shapes = package.shapes
    errors = package.errors
    server = package.server

    class Handler(server.MediaHandler):  # type: ignore[misc,name-defined]
        async def put_object(self, request: Any) -> Any:
            digest = hashlib.sha256()
            size = count = 0
            store.body_types[request.key] = type(request.body).__name__
            async for chunk in request.body:
                digest.update(chunk)
                size += len(chunk)
                count += 1
            store.sizes[request.key] = size
            store.chunks[request.key] = count
            store.headers[request.key] = package.app.current_request().http.headers
            return shapes.PutObjectOutput(size=size, sha256=digest.hexdigest())

        async def put_checked(self, request: Any) -> Any:
            store.raw[request.key] = await request.body.aread()
            store.headers[request.key] = package.app.current_request().http.headers
            return shapes.PutObjectOutput(size=len(store.raw[request.key]))

        async def get_checked(self, request: Any) -> Any:
            data = store.raw.get(request.key, b"checked body " * 5000)
            store.headers[request.key] = package.app.current_request().http.headers
            crc32 = checksum_of("CRC32", data if request.key != "tampered" else data + b"!")
            return shapes.GetCheckedOutput(
                checksum_crc32=crc32 if request.checksum_mode else None,
                checksum_sha256=checksum_of("SHA256", data) if request.checksum_mode else None,
                body=package.streams.StreamingBody(iter([data[:1000], data[1000:]])),
            )

        async def put_sized(self, request: Any) -> Any:
            data = await request.body.aread()
            return shapes.PutObjectOutput(size=len(data))

        async def get_object(self, request: Any) -> Any:
            if request.key == "missing":
                raise errors.NoSuchKey("no such key", shape=shapes.NoSuchKey(message="no such key"))
            size = int(request.key) if request.key.isdigit() else download_size

            def produce() -> Iterator[bytes]:
                left = size
                while left:
                    step = min(left, 64 * 1024)
                    left -= step
                    store.produced += 1
                    yield bytes([store.produced % 256]) * step

            return shapes.GetObjectOutput(
                content_type="application/x-media",
                body=package.streams.StreamingBody(produce(), length=size),
            )

        async def subscribe(self, request: Any) -> Any:
            async def events() -> AsyncIterator[Any]:
                for seq in range(request.count or 0):
                    yield shapes.Feed(tick=shapes.Tick(seq=seq, label=f"t{seq}", note="n"))
                yield shapes.Feed(chunk=shapes.Chunk(data=b"\x00raw\xff"))
                if request.topic == "failing":
                    raise errors.FeedFailure(
                        "feed broke", shape=shapes.FeedFailure(message="feed broke", reason="r")
                    )

            return shapes.SubscribeOutput(
                topic=request.topic, events=package.events.EventStream(events())
            )

        async def publish(self, request: Any) -> Any:
            received = 0
            last = None
            async for event in request.events:
                received += 1
                last = event.tick.label if event.tick is not None else "chunk"
            return shapes.PublishOutput(received=received, last=last)

    return Handler()
