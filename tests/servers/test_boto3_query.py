"""boto3 against a generated awsQuery server: botocore's own SNS model, both ends.

botocore's SNS model (``query``) is read by the botocore front end at test time and
generated into a temporary package whose ASGI app runs under uvicorn with a small handler.
boto3 speaks to it with its own query serializer and XML parser (parameter validation off).
Checked: the handler sees typed input (maps of structures, blobs, lists of structures) equal
to what boto3 was given; boto3 parses the handler's typed output (maps, lists, pages); a
modelled error reaches boto3 with the code, status and fault its model states; an
operation the handler does not implement is a 501 in awsQuery's ``<ErrorResponse>``; invalid
input is one of the service's own modelled 400 sender errors, never reaching the handler.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from live import serve
from peers import TALLY, need

need("boto3", "uvicorn", "defusedxml")

import boto3  # noqa: E402
from botocore.config import Config  # noqa: E402
from botocore.exceptions import ClientError  # noqa: E402
from imported import botocore_model, generated_package, part  # noqa: E402

SERVICE = "sns"
PACKAGE = "apigen_query_peer"
MODEL = botocore_model(SERVICE)
TOPIC = "arn:aws:sns:us-east-1:123456789012:orders"
PAYLOAD = b"\x00\xffbinary<&>"


def _modelled(code_of: str) -> dict[str, Any]:
    """The botocore ``error`` trait of the shape whose wire code (or name) is ``code_of``."""
    for name, shape in MODEL["shapes"].items():
        error = shape.get("error", {})
        if shape.get("exception") and code_of in (error.get("code"), name):
            return {"name": name, **error}
    raise LookupError(code_of)


class Recorder:
    def __init__(self) -> None:
        self.calls: dict[str, Any] = {}


def _handler(package: ModuleType, recorder: Recorder) -> Any:
    server, shapes, errors = (part(package, m) for m in ("server", "shapes", "errors"))

    class Handler(server.SNSHandler):  # type: ignore[misc,name-defined]
        async def create_topic(self, request: Any) -> Any:
            recorder.calls["CreateTopic"] = request
            return shapes.CreateTopicResponse(topic_arn=TOPIC)

        async def publish(self, request: Any) -> Any:
            recorder.calls["Publish"] = request
            return shapes.PublishResponse(message_id="m-1", sequence_number="10")

        async def get_topic_attributes(self, request: Any) -> Any:
            recorder.calls["GetTopicAttributes"] = request
            if request.topic_arn != TOPIC:
                message = f"Topic does not exist: {request.topic_arn}"
                raise errors.NotFoundException(
                    message, shape=shapes.NotFoundException(message=message)
                )
            return shapes.GetTopicAttributesResponse(
                attributes={"DisplayName": "Orders & <more>", "Owner": "123456789012"}
            )

        async def list_topics(self, request: Any) -> Any:
            recorder.calls["ListTopics"] = request
            if request.next_token is None:
                return shapes.ListTopicsResponse(
                    topics=[shapes.Topic(topic_arn=TOPIC)], next_token="page-2"
                )
            return shapes.ListTopicsResponse(topics=[shapes.Topic(topic_arn=TOPIC + "-2")])

    return Handler()


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with generated_package(MODEL, tmp_path_factory.mktemp("query-peer"), PACKAGE) as package:
        yield package


@pytest.fixture(scope="module")
def peer(generated: ModuleType) -> Iterator[tuple[Any, Recorder, str]]:
    recorder = Recorder()
    app = part(generated, "server").create_app(_handler(generated, recorder))
    with serve(app) as live:
        client = boto3.session.Session().client(
            SERVICE,
            endpoint_url=live.url,
            region_name="us-east-1",
            aws_access_key_id="AKID",
            aws_secret_access_key="secret",
            config=Config(retries={"total_max_attempts": 1}, parameter_validation=False),
        )
        assert client.meta.service_model.resolved_protocol == "query"
        try:
            yield client, recorder, live.url
        finally:
            client.close()


def _call(client: Any, name: str, **params: Any) -> Any:
    TALLY["boto3 → sns (awsQuery): calls"] += 1
    return getattr(client, name)(**params)


def test_create_topic_sends_maps_and_lists_typed(peer: tuple[Any, Recorder, str]) -> None:
    client, recorder, _ = peer
    response = _call(
        client,
        "create_topic",
        Name="orders",
        Attributes={"DisplayName": "Orders", "FifoTopic": "false"},
        Tags=[{"Key": "team", "Value": "a&b"}, {"Key": "env", "Value": "<prod>"}],
    )
    assert response["TopicArn"] == TOPIC
    got = recorder.calls["CreateTopic"]
    assert got.name == "orders"
    assert got.attributes == {"DisplayName": "Orders", "FifoTopic": "false"}
    assert [(t.key, t.value) for t in got.tags] == [("team", "a&b"), ("env", "<prod>")]


def test_publish_carries_message_attributes_with_blobs(peer: tuple[Any, Recorder, str]) -> None:
    client, recorder, _ = peer
    response = _call(
        client,
        "publish",
        TopicArn=TOPIC,
        Message="hello\nworld",
        MessageAttributes={
            "kind": {"DataType": "String", "StringValue": "order"},
            "raw": {"DataType": "Binary", "BinaryValue": PAYLOAD},
        },
    )
    assert (response["MessageId"], response["SequenceNumber"]) == ("m-1", "10")
    got = recorder.calls["Publish"]
    assert got.topic_arn == TOPIC and got.message == "hello\nworld"
    attributes = got.message_attributes
    assert set(attributes) == {"kind", "raw"}
    assert (attributes["kind"].data_type, attributes["kind"].string_value) == ("String", "order")
    assert attributes["raw"].binary_value == PAYLOAD


def test_map_output_and_pages_reach_boto3(peer: tuple[Any, Recorder, str]) -> None:
    client, _, _ = peer
    attributes = _call(client, "get_topic_attributes", TopicArn=TOPIC)["Attributes"]
    assert attributes == {"DisplayName": "Orders & <more>", "Owner": "123456789012"}
    pages = list(client.get_paginator("list_topics").paginate())
    TALLY["boto3 → sns (awsQuery): calls"] += len(pages)
    assert [[t["TopicArn"] for t in p["Topics"]] for p in pages] == [[TOPIC], [TOPIC + "-2"]]


def test_modelled_error_reaches_boto3_with_its_query_code(peer: tuple[Any, Recorder, str]) -> None:
    client, _, _ = peer
    with pytest.raises(ClientError) as raised:
        _call(client, "get_topic_attributes", TopicArn=TOPIC + "-missing")
    modelled = _modelled("NotFound")
    error = raised.value.response["Error"]
    assert error["Code"] == modelled["code"]
    assert error["Message"] == f"Topic does not exist: {TOPIC}-missing"
    assert error["Type"] == ("Sender" if modelled["senderFault"] else "Receiver")
    assert raised.value.response["ResponseMetadata"]["HTTPStatusCode"] == modelled["httpStatusCode"]
    # boto3 maps the code to the modelled exception class of the same shape.
    assert type(raised.value).__name__ == modelled["name"]


def test_unimplemented_operation_is_a_501_error_response(peer: tuple[Any, Recorder, str]) -> None:
    client, _, _ = peer
    with pytest.raises(ClientError) as raised:
        _call(client, "list_subscriptions")
    assert raised.value.response["ResponseMetadata"]["HTTPStatusCode"] == 501
    assert raised.value.response["Error"]["Code"] == "NotImplemented"
    assert "ListSubscriptions" in raised.value.response["Error"]["Message"]


def test_invalid_input_is_a_modelled_validation_error(peer: tuple[Any, Recorder, str]) -> None:
    client, recorder, _ = peer
    recorder.calls.pop("GetTopicAttributes", None)
    with pytest.raises(ClientError) as raised:
        _call(client, "get_topic_attributes")  # TopicArn is required: botocore checks not
    error = raised.value.response["Error"]
    modelled = _modelled(error["Code"])  # one of SNS's own error shapes
    assert modelled["httpStatusCode"] == 400 and modelled["senderFault"]
    assert raised.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    assert "TopicArn" in error["Message"] and error["Type"] == "Sender"
    assert "GetTopicAttributes" not in recorder.calls


def test_the_server_answers_query_xml(peer: tuple[Any, Recorder, str]) -> None:
    """The raw reply is awsQuery's: ``<OpResponse><OpResult>`` under SNS's namespace."""
    import httpx
    from defusedxml import ElementTree

    _, _, url = peer
    form = {"Action": "GetTopicAttributes", "Version": MODEL["metadata"]["apiVersion"]}
    reply = httpx.post(url + "/", data={**form, "TopicArn": TOPIC})
    assert reply.status_code == 200 and reply.headers["content-type"].startswith("text/xml")
    root = ElementTree.fromstring(reply.content)
    namespace = root.tag.partition("}")[0].lstrip("{")
    assert root.tag == f"{{{namespace}}}GetTopicAttributesResponse"
    assert root.find(f"{{{namespace}}}GetTopicAttributesResult") is not None
    missing = httpx.post(url + "/", data={**form, "TopicArn": TOPIC + "-x"})
    error = ElementTree.fromstring(missing.content)
    assert error.tag.rpartition("}")[2] == "ErrorResponse"
    assert [e.tag.rpartition("}")[2] for e in error] == ["Error", "RequestId"]


def test_our_own_client_reads_the_same_server(
    generated: ModuleType, peer: tuple[Any, Recorder, str], tmp_path: Path
) -> None:
    _, _, url = peer
    ours = generated.SNSClient(
        region="us-east-1", endpoint_url=url, aws_access_key_id="AKID", aws_secret_access_key="x"
    )
    with ours:
        assert ours.get_topic_attributes(topic_arn=TOPIC).attributes["Owner"] == "123456789012"
        with pytest.raises(part(generated, "errors").NotFoundException):
            ours.get_topic_attributes(topic_arn=TOPIC + "-missing")
