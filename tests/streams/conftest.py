"""The Media service (``media.yaml``: streaming blobs and event streams on restJson1),
generated once per session into a scratch package, and a handler for its server."""

from __future__ import annotations

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
