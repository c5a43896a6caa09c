"""boto3 against generated servers of botocore's own streaming models: event streams and a
streaming blob read by botocore's parser and written by its serializer, not ours.

Bedrock runtime (``ConverseStream``: JSON events, a modelled exception event) and Lambda
(``InvokeWithResponseStream``: blob ``eventpayload`` events and response headers;
``InvokeAsync``: a streaming blob upload) are imported from the installed botocore with
``apigen import``'s importer, generated into a scratch package and served by uvicorn. boto3
calls them; what it parses is compared with what the handler sent, and what the handler
read with what boto3 was given.
"""

from __future__ import annotations

import contextlib
import glob
import importlib
import io
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from live import serve
from peers import need

need("boto3", "uvicorn")

import boto3  # noqa: E402
import botocore  # noqa: E402
from botocore.exceptions import EventStreamError  # noqa: E402

from apigen.importers import import_botocore_path  # noqa: E402
from apigen.importers.yaml_writer import dump  # noqa: E402

CREDENTIALS = {
    "region_name": "us-east-1",
    "aws_access_key_id": "AKIDEXAMPLE",
    "aws_secret_access_key": "secret",
}


@contextlib.contextmanager
def _boto3(service: str, url: str) -> Iterator[Any]:
    """A boto3 client of ``service`` at ``url``, closed at the end (its sockets too)."""
    client = boto3.client(service, endpoint_url=url, **CREDENTIALS)
    try:
        yield client
    finally:
        client.close()


def _package(scratch_service: Any, service: str, stem: str) -> dict[str, ModuleType]:
    folder = sorted(
        glob.glob(os.path.join(os.path.dirname(botocore.__file__), "data", service, "*", ""))
    )[-1]
    imported = import_botocore_path(Path(folder))
    package = scratch_service(dump(imported.spec, imported.header), stem=stem)
    runtime = package.__name__.rsplit(".", 1)[0] + "._runtime"
    modules = {
        m: importlib.import_module(f"{package.__name__}.{m}")
        for m in ("shapes", "server", "errors", "client")
    }
    modules["events"] = importlib.import_module(f"{runtime}.core.events")
    modules["asgi"] = importlib.import_module(f"{runtime}.transport.asgi")
    return modules


@pytest.fixture(scope="module")
def bedrock(scratch_service: Any) -> dict[str, ModuleType]:
    return _package(scratch_service, "bedrock-runtime", "bedrock-runtime")


@pytest.fixture(scope="module")
def lambda_(scratch_service: Any) -> dict[str, ModuleType]:
    return _package(scratch_service, "lambda", "lambda")


def _bedrock_app(bedrock: dict[str, ModuleType], seen: dict[str, Any]) -> Any:
    shapes, errors = bedrock["shapes"], bedrock["errors"]
    stream_type = bedrock["events"].EventStream

    class Handler(bedrock["server"].BedrockRuntimeHandler):  # type: ignore[misc,name-defined]
        async def converse_stream(self, request: Any) -> Any:
            seen["request"] = request

            async def events() -> AsyncIterator[Any]:
                event = shapes.ConverseStreamOutput
                yield event(message_start=shapes.MessageStartEvent(role="assistant"))
                for index, text in enumerate(("Hel", "lo")):
                    delta = shapes.ContentBlockDelta(text=text)
                    yield event(
                        content_block_delta=shapes.ContentBlockDeltaEvent(
                            delta=delta, content_block_index=index
                        )
                    )
                yield event(message_stop=shapes.MessageStopEvent(stop_reason="end_turn"))
                yield event(
                    metadata=shapes.ConverseStreamMetadataEvent(
                        usage=shapes.TokenUsage(input_tokens=3, output_tokens=2, total_tokens=5),
                        metrics=shapes.ConverseStreamMetrics(latency_ms=42),
                    )
                )
                if request.model_id_ == "failing":
                    raise errors.ModelStreamErrorException(
                        "the model broke",
                        shape=shapes.ModelStreamErrorException(
                            message="the model broke", original_status_code=503
                        ),
                    )

            return shapes.ConverseStreamResponse(stream=stream_type(events()))

    return bedrock["server"].create_app(Handler())


EXPECTED_EVENTS = [
    {"messageStart": {"role": "assistant"}},
    {"contentBlockDelta": {"delta": {"text": "Hel"}, "contentBlockIndex": 0}},
    {"contentBlockDelta": {"delta": {"text": "lo"}, "contentBlockIndex": 1}},
    {"messageStop": {"stopReason": "end_turn"}},
    {
        "metadata": {
            "usage": {"inputTokens": 3, "outputTokens": 2, "totalTokens": 5},
            "metrics": {"latencyMs": 42},
        }
    },
]


def test_boto3_reads_a_converse_stream_and_its_modelled_exception_event(
    bedrock: dict[str, ModuleType],
) -> None:
    seen: dict[str, Any] = {}
    with (
        serve(_bedrock_app(bedrock, seen)) as server,
        _boto3("bedrock-runtime", server.url) as client,
    ):
        messages = [{"role": "user", "content": [{"text": "Hi"}]}]
        response = client.converse_stream(modelId="model-1", messages=messages)
        with contextlib.closing(response["stream"]) as stream:
            assert list(stream) == EXPECTED_EVENTS
        assert seen["request"].messages[0].content[0].text == "Hi"
        failing = client.converse_stream(modelId="failing", messages=messages)
        received = []
        # An exception event leaves botocore's response open: closed here, not by the GC.
        with (
            contextlib.closing(failing["stream"]) as stream,
            pytest.raises(EventStreamError) as caught,
        ):
            received.extend(stream)
        assert received == EXPECTED_EVENTS
        assert caught.value.response["Error"]["Code"] == "modelStreamErrorException"
        assert caught.value.response["Error"]["Message"] == "the model broke"


def test_our_client_reads_the_same_stream_and_raises_the_modelled_error(
    bedrock: dict[str, ModuleType],
) -> None:
    transport = bedrock["asgi"].AsgiTransport(_bedrock_app(bedrock, {}))
    client = bedrock["client"].BedrockRuntimeClient(
        transport=transport,
        endpoint_url="http://bedrock.local",
        **{"region": "us-east-1", "aws_access_key_id": "A", "aws_secret_access_key": "B"},
    )
    with transport, client:
        events = list(client.converse_stream(model_id_="model-1").stream)
        assert [
            e.model_dump(mode="json", by_alias=True, exclude_none=True) for e in events
        ] == EXPECTED_EVENTS
        output = client.converse_stream(model_id_="failing")
        got = []
        with pytest.raises(bedrock["errors"].ModelStreamErrorException) as caught:
            got.extend(output.stream)
        assert len(got) == len(EXPECTED_EVENTS)
        assert caught.value.shape.original_status_code == 503


def test_boto3_reads_lambda_response_streaming_and_streams_an_upload(
    lambda_: dict[str, ModuleType],
) -> None:
    shapes = lambda_["shapes"]
    stream_type = lambda_["events"].EventStream
    uploads: dict[str, bytes] = {}
    chunks = [b"first chunk ", bytes(range(256)), b"\x00last"]

    class Handler(lambda_["server"].LambdaHandler):  # type: ignore[misc,name-defined]
        async def invoke_with_response_stream(self, request: Any) -> Any:
            def events() -> Iterator[Any]:
                event = shapes.InvokeWithResponseStreamResponseEvent
                for chunk in chunks:
                    yield event(payload_chunk=shapes.InvokeResponseStreamUpdate(payload=chunk))
                yield event(
                    invoke_complete=shapes.InvokeWithResponseStreamCompleteEvent(log_result="bG9n")
                )

            return shapes.InvokeWithResponseStreamResponse(
                status_code=200,
                executed_version="7",
                response_stream_content_type="application/octet-stream",
                event_stream=stream_type(events()),
            )

        async def invoke_async(self, request: Any) -> Any:
            uploads[request.function_name] = await request.invoke_args.aread()
            return shapes.InvokeAsyncResponse(status=202)

    app = lambda_["server"].create_app(Handler())
    with serve(app) as server, _boto3("lambda", server.url) as client:
        response = client.invoke_with_response_stream(FunctionName="f", Payload=b"{}")
        assert response["ExecutedVersion"] == "7"
        assert response["ResponseStreamContentType"] == "application/octet-stream"
        events = list(response["EventStream"])
        assert events == [{"PayloadChunk": {"Payload": c}} for c in chunks] + [
            {"InvokeComplete": {"LogResult": "bG9n"}}
        ]
        body = bytes(range(256)) * 400
        assert client.invoke_async(FunctionName="up", InvokeArgs=io.BytesIO(body))["Status"] == 202
        assert uploads["up"] == body


# -- an RPC protocol's event stream: the whole body is the stream (Kinesis, awsJson1_1) --


@pytest.fixture(scope="module")
def kinesis(scratch_service: Any) -> dict[str, ModuleType]:
    return _package(scratch_service, "kinesis", "kinesis")


SHARD_RECORDS = [(b"\x00first", "pk-1"), (bytes(range(200)), "pk-2")]


def _kinesis_app(kinesis: dict[str, ModuleType], seen: dict[str, Any]) -> Any:
    shapes, errors = kinesis["shapes"], kinesis["errors"]

    class Handler(kinesis["server"].KinesisHandler):  # type: ignore[misc,name-defined]
        async def subscribe_to_shard(self, request: Any) -> Any:
            seen["request"] = request

            def events() -> Iterator[Any]:
                for number, (data, key) in enumerate(SHARD_RECORDS):
                    record = shapes.Record(
                        sequence_number=str(number), data=data, partition_key=key
                    )
                    yield shapes.SubscribeToShardEventStream(
                        subscribe_to_shard_event=shapes.SubscribeToShardEvent(
                            records=[record],
                            continuation_sequence_number=str(number),
                            millis_behind_latest=number,
                        )
                    )
                if request.shard_id == "gone":
                    raise errors.ResourceNotFoundException(
                        "the shard is gone",
                        shape=shapes.ResourceNotFoundException(message="the shard is gone"),
                    )

            return shapes.SubscribeToShardOutput(event_stream=events())

    return kinesis["server"].create_app(Handler())


SUBSCRIBE = {
    "ConsumerARN": "arn:aws:kinesis:us-east-1:123456789012:stream/s/consumer/c:1",
    "StartingPosition": {"Type": "LATEST"},
}


def test_boto3_reads_an_rpc_event_stream_and_its_modelled_exception_event(
    kinesis: dict[str, ModuleType],
) -> None:
    """botocore requires the ``initial-response`` message first on the JSON protocols, then
    decodes every event and raises the exception event with its code and message."""
    seen: dict[str, Any] = {}
    with serve(_kinesis_app(kinesis, seen)) as server, _boto3("kinesis", server.url) as client:
        response = client.subscribe_to_shard(ShardId="shard-1", **SUBSCRIBE)
        with contextlib.closing(response["EventStream"]) as stream:
            events = [e["SubscribeToShardEvent"] for e in stream]
        assert [(r["Data"], r["PartitionKey"]) for e in events for r in e["Records"]] == (
            SHARD_RECORDS
        )
        assert [e["MillisBehindLatest"] for e in events] == [0, 1]
        assert seen["request"].shard_id == "shard-1"
        assert seen["request"].starting_position.type_ == "LATEST"
        failing = client.subscribe_to_shard(ShardId="gone", **SUBSCRIBE)
        # An exception event leaves botocore's response open: closed here, not by the GC.
        with (
            contextlib.closing(failing["EventStream"]) as stream,
            pytest.raises(EventStreamError) as caught,
        ):
            list(stream)
        assert caught.value.response["Error"]["Code"] == "ResourceNotFoundException"
        assert caught.value.response["Error"]["Message"] == "the shard is gone"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_our_client_reads_the_rpc_event_stream_as_it_arrives(
    kinesis: dict[str, ModuleType], mode: str
) -> None:
    import asyncio

    import httpx

    app = _kinesis_app(kinesis, {})
    settings = {"region": "us-east-1", "aws_access_key_id": "A", "aws_secret_access_key": "B"}
    arguments = {
        "consumer_arn": SUBSCRIBE["ConsumerARN"],
        "starting_position": kinesis["shapes"].StartingPosition(type_="LATEST"),
    }

    def records(events: list[Any]) -> list[tuple[bytes, str]]:
        return [
            (r.data, r.partition_key) for e in events for r in e.subscribe_to_shard_event.records
        ]

    if mode == "sync":
        transport = kinesis["asgi"].AsgiTransport(app)
        client = kinesis["client"].KinesisClient(
            transport=transport, endpoint_url="http://kinesis.local", **settings
        )
        with transport, client:
            output = client.subscribe_to_shard(shard_id="shard-1", **arguments)
            assert records(list(output.event_stream)) == SHARD_RECORDS
            failing = client.subscribe_to_shard(shard_id="gone", **arguments)
            got: list[Any] = []
            with pytest.raises(kinesis["errors"].ResourceNotFoundException) as caught:
                got.extend(failing.event_stream)
            assert records(got) == SHARD_RECORDS
            assert caught.value.shape.message == "the shard is gone"
        return

    async_client = importlib.import_module(
        kinesis["client"].__name__.rsplit(".", 1)[0] + ".async_client"
    )

    async def main() -> list[Any]:
        async with async_client.AsyncKinesisClient(
            transport=httpx.ASGITransport(app=app), endpoint_url="http://kinesis.local", **settings
        ) as client:
            output = await client.subscribe_to_shard(shard_id="shard-1", **arguments)
            return [event async for event in output.event_stream]

    assert records(asyncio.run(main())) == SHARD_RECORDS
