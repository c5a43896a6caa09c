"""boto3 against a generated ec2Query server: botocore's own EC2 model, both ends.

botocore's EC2 model (``ec2``) is cut at test time to a few operations and the shapes they
reach (``imported.trimmed``: the whole model takes minutes to generate), generated into a
temporary package and served by uvicorn with a small handler; boto3 keeps its full model and
speaks with its own ec2 serializer and parser (parameter validation off). Checked: the
handler sees typed input (EC2's capitalised ``Filter.1.Value.1`` lists, nested structures,
timestamps) equal to what boto3 was given; boto3 parses the typed output (EC2's unwrapped
``<item>`` lists under ``locationName``s); an error (EC2 models none: its codes are
``Code`` strings like ``InvalidInstanceID.NotFound``) reaches boto3 with its code and status
in ``<Response><Errors>``; an operation the handler does not implement is a 501; invalid
input is refused with a 400 before the handler.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from datetime import UTC, datetime
from types import ModuleType
from typing import Any

import pytest
from live import serve
from peers import TALLY, need

need("boto3", "uvicorn", "defusedxml")

import boto3  # noqa: E402
from botocore.config import Config  # noqa: E402
from botocore.exceptions import ClientError  # noqa: E402
from imported import botocore_model, generated_package, part, trimmed  # noqa: E402

SERVICE = "ec2"
PACKAGE = "apigen_ec2_peer"
OPERATIONS = ("DescribeInstances", "RunInstances", "StopInstances", "CreateTags", "DescribeVpcs")
MODEL = botocore_model(SERVICE)
LAUNCHED = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)


class Recorder:
    def __init__(self) -> None:
        self.calls: dict[str, Any] = {}


def _handler(package: ModuleType, recorder: Recorder) -> Any:
    server, shapes, errors = (part(package, m) for m in ("server", "shapes", "errors"))

    def instance(instance_id: str) -> Any:
        return shapes.Instance(
            instance_id=instance_id,
            instance_type="t3.micro",
            launch_time=LAUNCHED,
            state=shapes.InstanceState(code=16, name="running"),
            tags=[shapes.Tag_(key="Name", value="web & <1>")],
        )

    class Handler(server.EC2Handler):  # type: ignore[misc,name-defined]
        async def describe_instances(self, request: Any) -> Any:
            recorder.calls["DescribeInstances"] = request
            ids = request.instance_ids or []
            if "i-missing" in ids:
                raise errors.EC2Error(
                    "The instance ID 'i-missing' does not exist",
                    code="InvalidInstanceID.NotFound",
                    status=400,
                )
            return shapes.DescribeInstancesResult(
                reservations=[
                    shapes.Reservation(
                        reservation_id="r-1",
                        owner_id="123456789012",
                        instances=[instance(i) for i in ids or ["i-1"]],
                    )
                ]
            )

        async def run_instances(self, request: Any) -> Any:
            recorder.calls["RunInstances"] = request
            return shapes.Reservation(reservation_id="r-2", instances=[instance("i-new")])

        async def stop_instances(self, request: Any) -> Any:
            recorder.calls["StopInstances"] = request
            return shapes.StopInstancesResult(
                stopping_instances=[
                    shapes.InstanceStateChange(
                        instance_id=i,
                        current_state=shapes.InstanceState(code=64, name="stopping"),
                        previous_state=shapes.InstanceState(code=16, name="running"),
                    )
                    for i in request.instance_ids
                ]
            )

        async def create_tags(self, request: Any) -> Any:
            recorder.calls["CreateTags"] = request
            return importlib.import_module(f"{PACKAGE}._runtime.core.model").Empty()

    return Handler()


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    model = trimmed(MODEL, OPERATIONS)
    with generated_package(model, tmp_path_factory.mktemp("ec2-peer"), PACKAGE) as package:
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
        assert client.meta.service_model.resolved_protocol == "ec2"
        try:
            yield client, recorder, live.url
        finally:
            client.close()


def _call(client: Any, name: str, **params: Any) -> Any:
    TALLY["boto3 → ec2 (ec2Query): calls"] += 1
    return getattr(client, name)(**params)


def test_filters_reach_the_handler_and_reservations_reach_boto3(
    peer: tuple[Any, Recorder, str],
) -> None:
    client, recorder, _ = peer
    response = _call(
        client,
        "describe_instances",
        InstanceIds=["i-1", "i-2"],
        Filters=[
            {"Name": "instance-state-name", "Values": ["running", "pending"]},
            {"Name": "tag:team", "Values": ["a&b"]},
        ],
        MaxResults=5,
    )
    got = recorder.calls["DescribeInstances"]
    assert got.instance_ids == ["i-1", "i-2"] and got.max_results == 5
    assert [(f.name, f.values) for f in got.filters] == [
        ("instance-state-name", ["running", "pending"]),
        ("tag:team", ["a&b"]),
    ]
    (reservation,) = response["Reservations"]
    assert reservation["ReservationId"] == "r-1" and reservation["OwnerId"] == "123456789012"
    assert [i["InstanceId"] for i in reservation["Instances"]] == ["i-1", "i-2"]
    first = reservation["Instances"][0]
    assert first["LaunchTime"] == LAUNCHED and first["InstanceType"] == "t3.micro"
    assert first["State"] == {"Code": 16, "Name": "running"}
    assert first["Tags"] == [{"Key": "Name", "Value": "web & <1>"}]


def test_nested_input_of_run_instances_is_typed(peer: tuple[Any, Recorder, str]) -> None:
    client, recorder, _ = peer
    response = _call(
        client,
        "run_instances",
        ImageId="ami-1",
        MinCount=1,
        MaxCount=2,
        InstanceType="t3.micro",
        BlockDeviceMappings=[
            {"DeviceName": "/dev/sda1", "Ebs": {"VolumeSize": 20, "DeleteOnTermination": True}}
        ],
        TagSpecifications=[{"ResourceType": "instance", "Tags": [{"Key": "k", "Value": "v"}]}],
        DisableApiTermination=False,
    )
    got = recorder.calls["RunInstances"]
    assert (got.image_id, got.min_count, got.max_count) == ("ami-1", 1, 2)
    assert got.instance_type.value == "t3.micro"
    (mapping,) = got.block_device_mappings
    assert mapping.device_name == "/dev/sda1"
    assert mapping.ebs.volume_size == 20 and mapping.ebs.delete_on_termination is True
    (spec,) = got.tag_specifications
    assert spec.resource_type.value == "instance"
    assert [(t.key, t.value) for t in spec.tags] == [("k", "v")]
    assert got.disable_api_termination is False
    assert response["ReservationId"] == "r-2"
    assert [i["InstanceId"] for i in response["Instances"]] == ["i-new"]


def test_state_changes_and_empty_outputs(peer: tuple[Any, Recorder, str]) -> None:
    client, recorder, _ = peer
    changes = _call(client, "stop_instances", InstanceIds=["i-1"])["StoppingInstances"]
    assert changes == [
        {
            "InstanceId": "i-1",
            "CurrentState": {"Code": 64, "Name": "stopping"},
            "PreviousState": {"Code": 16, "Name": "running"},
        }
    ]
    response = _call(client, "create_tags", Resources=["i-1"], Tags=[{"Key": "a", "Value": ""}])
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 200
    got = recorder.calls["CreateTags"]
    assert got.resources == ["i-1"] and [(t.key, t.value) for t in got.tags] == [("a", "")]


def test_an_error_reaches_boto3_with_its_code(peer: tuple[Any, Recorder, str]) -> None:
    client, _, _ = peer
    with pytest.raises(ClientError) as raised:
        _call(client, "describe_instances", InstanceIds=["i-missing"])
    error = raised.value.response["Error"]
    assert error["Code"] == "InvalidInstanceID.NotFound"
    assert error["Message"] == "The instance ID 'i-missing' does not exist"
    assert raised.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    # ec2Query's error document carries the request id boto3 reports.
    assert raised.value.response["ResponseMetadata"]["RequestId"]


def test_unimplemented_operation_is_a_501(peer: tuple[Any, Recorder, str]) -> None:
    client, _, _ = peer
    with pytest.raises(ClientError) as raised:
        _call(client, "describe_vpcs")
    assert raised.value.response["ResponseMetadata"]["HTTPStatusCode"] == 501
    assert raised.value.response["Error"]["Code"] == "NotImplemented"


def test_invalid_input_is_refused_before_the_handler(peer: tuple[Any, Recorder, str]) -> None:
    client, recorder, _ = peer
    recorder.calls.pop("StopInstances", None)
    with pytest.raises(ClientError) as raised:
        _call(client, "stop_instances")  # InstanceIds is required: botocore checks not
    assert raised.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    assert "InstanceIds" in raised.value.response["Error"]["Message"]
    assert "StopInstances" not in recorder.calls


def test_the_server_answers_ec2_xml(peer: tuple[Any, Recorder, str]) -> None:
    """ec2Query's own documents: no result wrapper, ``<Response><Errors><Error>``."""
    import httpx
    from defusedxml import ElementTree

    _, _, url = peer
    form = {"Action": "StopInstances", "Version": MODEL["metadata"]["apiVersion"]}
    reply = httpx.post(url + "/", data={**form, "InstanceId.1": "i-9"})
    root = ElementTree.fromstring(reply.content)
    names = [child.tag.rpartition("}")[2] for child in root]
    assert root.tag.rpartition("}")[2] == "StopInstancesResponse"
    assert "instancesSet" in names and "StopInstancesResult" not in names
    failed = ElementTree.fromstring(httpx.post(url + "/", data=form).content)
    assert failed.tag == "Response"
    assert [e.tag for e in failed] == ["Errors", "RequestID"]
