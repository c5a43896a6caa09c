"""Typed event streams on the Media service: output and input streams, sync and async,
modelled exception events, unmodelled error messages, unknown events, corrupt frames and
initial-response messages.

Frames sent by hand here are built with botocore's reading of the format in mind (the
framing itself is checked against botocore in ``test_event_frames.py``); expectations are the
events put in.
"""

from __future__ import annotations

import asyncio
import importlib
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
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


def _client(media: Media, transport: Any) -> Any:
    return media.client.MediaClient(transport=transport, **OPTIONS)


def _in_process(media: Media) -> Any:
    return in_process(media, media.server.create_app(media_handler(media, Store())), **OPTIONS)


def test_output_events_arrive_typed_and_a_modelled_exception_event_raises(media: Media) -> None:
    with _in_process(media) as client:
        output = client.subscribe(topic="news", count=3)
        assert output.topic == "news"
        events = list(output.events)
        assert [e.tick.seq for e in events[:3]] == [0, 1, 2]
        assert [e.tick.label for e in events[:3]] == ["t0", "t1", "t2"]
        assert events[3].chunk.data == b"\x00raw\xff" and output.events.closed
        failing = client.subscribe(topic="failing", count=1)
        seen = []
        with pytest.raises(media.errors.FeedFailure) as caught:
            seen.extend(failing.events)
        assert len(seen) == 2
        assert caught.value.shape.reason == "r" and caught.value.message == "feed broke"


def test_async_output_and_input_streams(media: Media) -> None:
    app = media.server.create_app(media_handler(media, Store()))
    shapes = media.shapes

    async def outgoing() -> AsyncIterator[Any]:
        for label in ("a", "b"):
            yield shapes.Feed(tick=shapes.Tick(label=label))
        yield shapes.Feed(chunk=shapes.Chunk(data=b"bytes"))

    async def main() -> tuple[list[Any], Any]:
        async with media.async_client.AsyncMediaClient(
            transport=media.asgi.AsyncAsgiTransport(app), **OPTIONS
        ) as client:
            output = await client.subscribe(topic="news", count=2)
            async with output.events as events:
                got = [event async for event in events]
            return got, await client.publish(topic="t", events=outgoing())

    got, published = asyncio.run(main())
    assert [e.tick.seq if e.tick else "chunk" for e in got] == [0, 1, "chunk"]
    assert (published.received, published.last) == (3, "chunk")


def test_a_sync_input_stream_and_every_header_type_round_trip(media: Media) -> None:
    shapes = media.shapes
    sent = shapes.Tick(
        seq=-7,
        label="ünïcode",
        sent=datetime(2024, 2, 3, 4, 5, 6, 789000, tzinfo=UTC),
        urgent=False,
        tag=b"\x00\xff",
        note="body member",
        score=2.5,
    )
    codec = media.operations.SERVICE  # the frames of one event, decoded by the service's codec
    EventCodec = _event_codec(media)  # noqa: N806
    member = next(m for m in codec.operations["Publish"].input_members if m.streaming)
    events = EventCodec(codec, member)
    frame = events.message(shapes.Feed(tick=sent))
    message = media.frames.decode_messages(frame)[0]
    assert message.headers[":event-type"] == "tick"
    assert message.headers[":content-type"] == "application/json"
    assert message.headers["seq"] == -7 and message.headers["urgent"] is False
    assert message.headers["tag"] == b"\x00\xff"
    assert json.loads(message.payload) == {"note": "body member", "score": 2.5}
    assert events.event(message).tick == sent
    with _in_process(media) as client:
        published = client.publish(topic="t", events=[shapes.Feed(tick=sent)] * 4)
    assert (published.received, published.last) == (4, "ünïcode")


def _event_codec(media: Media) -> Any:
    """The ``EventCodec`` of the runtime vendored with the Media package."""
    return importlib.import_module(
        media.frames.__name__.replace("event_frames", "event_stream")
    ).EventCodec


def _answer(media: Media, body: bytes) -> Any:
    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"content-type": "application/vnd.amazon.eventstream"}, content=body
        )

    return _client(media, httpx.MockTransport(reply))


def test_error_messages_unknown_events_and_corrupt_frames(media: Media) -> None:
    encode = media.frames.encode_message
    tick = encode(
        {":message-type": "event", ":event-type": "tick", ":content-type": "application/json"},
        b'{"note":"x"}',
    )
    newer = encode({":message-type": "event", ":event-type": "fromTheFuture"}, b"{}")
    failure = encode(
        {":message-type": "error", ":error-code": "InternalFailure", ":error-message": "down"}
    )
    with _answer(media, newer + tick + failure) as client:
        got = []
        with pytest.raises(media.errors.UnknownMediaError) as caught:
            got.extend(client.subscribe(topic="t").events)
        assert [e.tick.note for e in got] == ["x"]  # the unknown event was skipped
        assert caught.value.code == "InternalFailure" and caught.value.message == "down"
    corrupt = bytearray(tick)
    corrupt[-6] ^= 0x20
    with _answer(media, tick + bytes(corrupt)) as client:
        got = []
        with pytest.raises(media.events.EventStreamError, match="message 2: message CRC32"):
            got.extend(client.subscribe(topic="t").events)
        assert len(got) == 1
    with (
        _answer(media, tick + tick[:10]) as client,
        pytest.raises(media.events.EventStreamError, match="ended inside message 2"),
    ):
        list(client.subscribe(topic="t").events)


def test_initial_response_messages_go_to_the_callback(media: Media) -> None:
    StreamingBody = media.streams.StreamingBody  # noqa: N806
    EventCodec = _event_codec(media)  # noqa: N806
    member = next(
        m for m in media.operations.SERVICE.operations["Subscribe"].output_members if m.streaming
    )
    events = EventCodec(media.operations.SERVICE, member)
    shapes = media.shapes
    body = events.frames(
        media.events.EventStream([shapes.Feed(tick=shapes.Tick(seq=1))]), initial=b'{"topic":"t"}'
    )
    initial: list[bytes] = []
    decoded = list(events.read(StreamingBody(b"".join(body.iter_chunks())), initial.append))
    assert initial == [b'{"topic":"t"}'] and decoded[0].tick.seq == 1
