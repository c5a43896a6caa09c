"""Behaviour of the generated pydantic shapes.

The committed MSK Connect package (``apigen_generated.kafkaconnect``) shows names, aliases,
required and optional members, open enums, "exactly one of" structures, constraints with
wire paths, sensitive members, timestamps and docstrings. ``kitchen_sink.yaml`` adds what the
AWS specs do not have: recursion, unions, blobs, patterns, documents, int enums, defaults.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import itertools
import json
import textwrap
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from apigen_generated.glue import shapes as glue
from apigen_generated.kafkaconnect import shapes as kc

SECRET = "hunter2-very-secret"
SINK = Path(__file__).resolve().parent / "kitchen_sink.yaml"


def create_request(**changes: Any) -> dict[str, Any]:
    """A valid CreateConnector request in wire form, with ``changes`` applied."""
    request: dict[str, Any] = {
        "capacity": {"provisionedCapacity": {"mcuCount": 2, "workerCount": 4}},
        "connectorConfiguration": {"connector.class": "io.example.Sink", "aws.secret": SECRET},
        "connectorName": "my-connector",
        "kafkaCluster": {
            "apacheKafkaCluster": {
                "bootstrapServers": "b-1.example:9098",
                "vpc": {"subnets": ["subnet-1"], "securityGroups": ["sg-1"]},
            }
        },
        "kafkaClusterClientAuthentication": {"authenticationType": "IAM"},
        "kafkaClusterEncryptionInTransit": {"encryptionType": "TLS"},
        "kafkaConnectVersion": "2.7.1",
        "plugins": [
            {
                "customPlugin": {
                    "customPluginArn": "arn:aws:kafkaconnect:::custom-plugin/p",
                    "revision": 1,
                }
            }
        ],
        "serviceExecutionRoleArn": "arn:aws:iam::111122223333:role/connect",
    }
    request.update(changes)
    return request


def errors_of(model: type[BaseModel], data: Any) -> list[tuple[str, str]]:
    """(dotted wire path, error type) of every validation error."""
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    return [(".".join(map(str, e["loc"])), e["type"]) for e in caught.value.errors()]


@pytest.fixture(scope="module")
def sink(scratch_service: Any) -> ModuleType:
    package = scratch_service(SINK.read_text(encoding="utf-8"), stem="kitchen_sink")
    return importlib.import_module(f"{package.__name__}.shapes")


# -- names -----------------------------------------------------------------------------------


def test_snake_case_attributes_with_wire_aliases() -> None:
    request = kc.CreateConnectorRequest.model_validate(create_request())
    assert request.connector_name == "my-connector"
    assert request.capacity.provisioned_capacity is not None
    assert request.capacity.provisioned_capacity.worker_count == 4
    field = kc.CreateConnectorRequest.model_fields["service_execution_role_arn"]
    assert field.serialization_alias == "serviceExecutionRoleArn"


def test_wire_and_python_names_are_both_accepted() -> None:
    wire = kc.ProvisionedCapacity.model_validate({"mcuCount": 2, "workerCount": 4})
    python = kc.ProvisionedCapacity.model_validate({"mcu_count": 2, "worker_count": 4})
    keyword = kc.ProvisionedCapacity(mcu_count=2, worker_count=4)
    assert wire == python == keyword


def test_dump_by_alias_is_the_wire_form() -> None:
    request = kc.CreateConnectorRequest.model_validate(create_request())
    assert request.model_dump(by_alias=True, mode="json") == create_request()
    assert json.loads(request.model_dump_json(by_alias=True)) == create_request()
    assert "connector_name" in request.model_dump()


# -- required and optional ---------------------------------------------------------------------


def test_required_members_are_required() -> None:
    data = create_request()
    del data["connectorName"], data["plugins"]
    assert errors_of(kc.CreateConnectorRequest, data) == [
        ("connectorName", "missing"),
        ("plugins", "missing"),
    ]


def test_optional_members_default_to_none_and_are_left_out() -> None:
    request = kc.CreateConnectorRequest.model_validate(create_request())
    assert request.connector_description is None
    assert request.log_delivery is None
    dumped = request.model_dump(by_alias=True)
    assert "connectorDescription" not in dumped and "logDelivery" not in dumped
    assert "connector_description" not in request.model_dump()
    assert "connectorDescription" not in request.model_dump_json(by_alias=True)
    assert kc.ListConnectorsRequest().model_dump(by_alias=True) == {}


# -- enums -----------------------------------------------------------------------------------


def test_enums_are_open() -> None:
    assert kc.ConnectorState("RUNNING") is kc.ConnectorState.RUNNING
    assert isinstance(kc.ConnectorState.RUNNING, str)
    new = kc.ConnectorState("HIBERNATING")
    assert new.value == "HIBERNATING" and str(new) == "HIBERNATING"
    assert new not in list(kc.ConnectorState)


def test_an_unknown_enum_value_from_a_server_survives_a_round_trip() -> None:
    wire = {"connectorState": "HIBERNATING", "connectorName": "c"}
    response = kc.DescribeConnectorResponse.model_validate_json(json.dumps(wire))
    assert response.connector_state == "HIBERNATING"
    assert isinstance(response.connector_state, kc.ConnectorState)
    assert json.loads(response.model_dump_json(by_alias=True)) == wire
    known = kc.DescribeConnectorResponse.model_validate({"connectorState": "RUNNING"})
    assert known.connector_state is kc.ConnectorState.RUNNING


# -- exactly one of ----------------------------------------------------------------------------


def test_exactly_one_of_accepts_one() -> None:
    auto = {"autoScaling": {"maxWorkerCount": 4, "minWorkerCount": 1, "mcuCount": 1}}
    capacity = kc.Capacity.model_validate(auto)
    assert capacity.auto_scaling is not None and capacity.provisioned_capacity is None
    assert capacity.model_dump(by_alias=True) == auto


@pytest.mark.parametrize(
    ("data", "count"),
    [
        ({}, 0),
        (
            {
                "autoScaling": {"maxWorkerCount": 4, "minWorkerCount": 1, "mcuCount": 1},
                "provisionedCapacity": {"mcuCount": 1, "workerCount": 1},
            },
            2,
        ),
    ],
)
def test_exactly_one_of_rejects_none_or_several(data: dict[str, Any], count: int) -> None:
    with pytest.raises(ValidationError) as caught:
        kc.CreateConnectorRequest.model_validate(create_request(capacity=data))
    (error,) = caught.value.errors()
    assert error["loc"] == ("capacity",)
    assert error["msg"] == (
        f"exactly one of autoScaling, provisionedCapacity must be set, got {count}"
    )


# -- constraints -----------------------------------------------------------------------------


def test_constraint_errors_name_the_wire_path() -> None:
    capacity = {"autoScaling": {"minWorkerCount": 1, "mcuCount": 9}}
    assert errors_of(kc.CreateConnectorRequest, create_request(capacity=capacity)) == [
        ("capacity.autoScaling.maxWorkerCount", "missing"),
        ("capacity.autoScaling.mcuCount", "less_than_equal"),
    ]


def test_length_and_range() -> None:
    assert errors_of(kc.CreateConnectorRequest, create_request(connectorName="")) == [
        ("connectorName", "string_too_short")
    ]
    too_long = create_request(connectorName="x" * 129)
    assert errors_of(kc.CreateConnectorRequest, too_long) == [("connectorName", "string_too_long")]
    assert errors_of(kc.ListConnectorsRequest, {"maxResults": 0}) == [
        ("maxResults", "greater_than_equal")
    ]
    assert kc.ListConnectorsRequest.model_validate({"maxResults": 100}).max_results == 100


def test_list_and_map_sizes_and_map_keys() -> None:
    arn = "arn:aws:kafkaconnect:::connector/c"
    many = {"resourceArn": arn, "tagKeys": [f"k{i}" for i in range(201)]}
    assert errors_of(kc.UntagResourceRequest, many) == [("tagKeys", "too_long")]
    tags = {f"k{i}": "v" for i in range(201)}
    assert errors_of(kc.TagResourceRequest, {"resourceArn": arn, "tags": tags}) == [
        ("tags", "too_long")
    ]
    bad_key = {"resourceArn": arn, "tags": {"": "v", "ok": "x" * 257}}
    assert errors_of(kc.TagResourceRequest, bad_key) == [
        ("tags..[key]", "string_too_short"),  # the key "" itself is too short
        ("tags.ok", "string_too_long"),
    ]


def test_pattern_uniqueness_and_nested_paths(sink: ModuleType) -> None:
    assert errors_of(sink.Node, {"name": "abc"}) == [("name", "string_pattern_mismatch")]
    # Smithy patterns are searched, not anchored: "[0-9]" accepts any text with a digit.
    assert sink.Node.model_validate({"name": "ABC", "serial": "sn-42-x"}).serial == "sn-42-x"
    assert errors_of(sink.Node, {"name": "ABC", "serial": "none"}) == [
        ("serial", "string_pattern_mismatch")
    ]
    assert errors_of(sink.Node, {"name": "ABC", "labels": ["a", "a"]}) == [
        ("labels", "unique_items")
    ]
    scores = {"name": "ABC", "scores": {"BAD": 1, "ok": -1}}
    assert errors_of(sink.Node, scores) == [
        ("scores.BAD.[key]", "string_pattern_mismatch"),
        ("scores.ok", "greater_than_equal"),
    ]
    deep = {"name": "ABC", "children": [{"name": "DEF", "parent": {"name": "nope"}}]}
    assert errors_of(sink.Node, deep) == [("children.0.parent.name", "string_pattern_mismatch")]
    assert errors_of(sink.Node, {"name": "ABC", "children": [{"name": "ABC"}] * 4}) == [
        ("children", "too_long")
    ]


# -- sensitive members ---------------------------------------------------------------------------


def test_sensitive_members_stay_out_of_repr_and_str() -> None:
    request = kc.CreateConnectorRequest.model_validate(create_request())
    assert request.connector_configuration["aws.secret"] == SECRET
    assert SECRET not in repr(request) and SECRET not in str(request)
    assert "connector_configuration" not in repr(request)


def test_sensitive_values_stay_out_of_validation_errors(sink: ModuleType) -> None:
    wrong = create_request(connectorConfiguration={"aws.secret": [SECRET]}, connectorName="")
    with pytest.raises(ValidationError) as caught:
        kc.CreateConnectorRequest.model_validate(wrong)
    assert SECRET not in str(caught.value) and SECRET not in repr(caught.value)
    assert SECRET not in json.dumps(caught.value.errors(include_input=False))
    short = "s3cR"
    with pytest.raises(ValidationError) as short_error:
        sink.Node.model_validate({"name": "ABC", "password": short})
    assert short not in str(short_error.value)
    node = sink.Node.model_validate({"name": "ABC", "password": SECRET})
    assert SECRET not in repr(node) and SECRET not in str(node)


@pytest.mark.parametrize(
    "properties",
    [
        {"PASSWORD": SECRET},  # next to missing members: their input is the whole object
        {"PASSWORD": SECRET * 60},  # longer than 1024
        {"PASSWORD": [SECRET]},  # not a string
    ],
)
def test_sensitive_values_stay_out_of_structured_validation_errors(
    properties: dict[str, Any],
) -> None:
    connection = {"ConnectionProperties": properties}
    for validate in (
        lambda: glue.ConnectionInput.model_validate(connection),
        lambda: glue.ConnectionInput.model_validate_json(json.dumps(connection)),
        lambda: glue.CreateConnectionRequest.model_validate({"ConnectionInput": connection}),
        lambda: glue.CreateConnectionRequest(ConnectionInput=connection),
    ):
        with pytest.raises(ValidationError) as caught:
            validate()
        error = caught.value
        for text in (str(error), repr(error), error.json(), repr(error.errors())):
            assert SECRET not in text


# -- timestamps, blobs, documents ------------------------------------------------------------


def test_timestamps_are_datetimes_and_epoch_seconds_on_the_aws_json_wire() -> None:
    wire = {"Name": "c", "CreationTime": 1700000000.5}
    connection = glue.Connection.model_validate_json(json.dumps(wire))
    assert connection.creation_time == datetime(2023, 11, 14, 22, 13, 20, 500000, tzinfo=UTC)
    assert json.loads(connection.model_dump_json(by_alias=True)) == wire
    given = glue.Connection(creation_time=datetime(2024, 1, 2, tzinfo=UTC))
    assert given.model_dump(by_alias=True, mode="json") == {"CreationTime": 1704153600}


def test_a_timestamp_format_from_the_spec_wins() -> None:
    # MSK Connect's document shows its timestamps as strings: timestampFormat date-time.
    wire = {"connectorName": "c", "creationTime": "2023-11-14T22:13:20.500Z"}
    response = kc.DescribeConnectorResponse.model_validate_json(json.dumps(wire))
    assert response.creation_time == datetime(2023, 11, 14, 22, 13, 20, 500000, tzinfo=UTC)
    assert json.loads(response.model_dump_json(by_alias=True)) == wire


def test_timestamp_formats_blobs_and_documents(sink: ModuleType) -> None:
    moment = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    node = sink.Node(
        name="ABC",
        created=moment,
        updated=moment,
        expires=moment,
        payload=b"\x00\xffbinary",
        extra={"any": ["json", 1, None, {"x": True}]},
    )
    assert isinstance(node.payload, bytes)
    wire = json.loads(node.model_dump_json(by_alias=True))
    assert wire == {
        "name": "ABC",
        "created": 1704164645,
        "updated": "2024-01-02T03:04:05Z",
        "expires": "Tue, 02 Jan 2024 03:04:05 GMT",
        "payload": "AP9iaW5hcnk=",
        "extra": {"any": ["json", 1, None, {"x": True}]},
        "retries": 3,
    }
    back = sink.Node.model_validate_json(json.dumps(wire))
    assert back == node
    # The length bound holds (a blob's plain validator reads file objects too, so pydantic
    # reports its generic length error rather than the bytes one).
    [(where, kind)] = errors_of(sink.Node, {"name": "ABC", "payload": b""})
    assert where == "payload" and kind.endswith("too_short")


def test_int_enums_defaults_and_ranges(sink: ModuleType) -> None:
    node = sink.Node.model_validate({"name": "ABC", "priority": 10, "colour": "dark-blue"})
    assert node.priority is sink.Priority.HIGH and node.colour is sink.Colour.DARK_BLUE
    assert node.retries == 3
    unknown = sink.Node.model_validate({"name": "ABC", "priority": 5, "colour": "green"})
    assert unknown.priority == 5 and unknown.colour == "green"
    assert json.loads(unknown.model_dump_json(by_alias=True))["priority"] == 5
    assert errors_of(sink.Node, {"name": "ABC", "retries": 11, "ratio": 1.5}) == [
        ("retries", "less_than_equal"),
        ("ratio", "less_than_equal"),
    ]


# -- recursion and unions --------------------------------------------------------------------


def test_recursive_shapes(sink: ModuleType) -> None:
    tree = {
        "name": "ROO",
        "children": [{"name": "KID", "children": [{"name": "GRA"}]}],
        "value": {"node": {"name": "VAL", "value": {"text": "leaf"}}},
    }
    node = sink.Node.model_validate(tree)
    assert node.children[0].children[0].name == "GRA"
    assert node.value.node.value.text == "leaf"
    assert node.model_dump(by_alias=True, exclude={"retries"}, mode="json")["children"][0][
        "children"
    ] == [{"name": "GRA", "retries": 3}]


def test_union_takes_exactly_one_variant(sink: ModuleType) -> None:
    assert sink.Value.model_validate({"number": 3}).number == 3
    for data, count in (({}, 0), ({"text": "a", "number": 1}, 2)):
        with pytest.raises(ValidationError) as caught:
            sink.Value.model_validate(data)
        assert f"exactly one of text, number, node must be set, got {count}" in str(caught.value)


def test_union_keeps_an_unknown_variant_from_a_server(sink: ModuleType) -> None:
    value = sink.Value.model_validate_json('{"colour": {"r": 1}}')
    assert value.unknown_variant == ("colour", {"r": 1})
    assert json.loads(value.model_dump_json(by_alias=True)) == {"colour": {"r": 1}}
    assert sink.Value.model_validate({"__type": "Value", "text": "t"}).text == "t"


# -- documentation ---------------------------------------------------------------------------


def attribute_doc(cls: type, name: str) -> str | None:
    """The docstring written under a class attribute (what IDEs and ``help`` show)."""
    body = ast.parse(textwrap.dedent(inspect.getsource(cls))).body[0]
    assert isinstance(body, ast.ClassDef)
    for stmt, after in itertools.pairwise(body.body):
        if (
            isinstance(stmt, ast.AnnAssign)
            and isinstance(stmt.target, ast.Name)
            and stmt.target.id == name
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
        ):
            return " ".join(str(after.value.value).split())
    return None


def test_docstrings_on_classes_and_fields(sink: ModuleType) -> None:
    assert kc.Capacity.__doc__ is not None
    assert "capacity of the connector" in " ".join(kc.Capacity.__doc__.split())
    assert attribute_doc(kc.CreateConnectorRequest, "connector_name") == (
        "The name of the connector."
    )
    assert sink.Node.__doc__ == "A node of a tree; nodes hold nodes."
    assert attribute_doc(sink.Value, "text") == "A text value."
    assert kc.ConnectorState.__doc__
