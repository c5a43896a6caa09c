"""boto3 against a generated rpcv2Cbor server: botocore's own CloudWatch model, both ends.

botocore's CloudWatch model (``smithy-rpc-v2-cbor``, awsQueryCompatible) is read by the
botocore front end and generated into a temporary package whose ASGI app runs under uvicorn
with a small handler. boto3 is given the same model with ``protocols`` cut to
``smithy-rpc-v2-cbor`` (botocore's priority list would pick JSON from CloudWatch's
``["smithy-rpc-v2-cbor", "json", "query"]``), so it speaks CBOR: its own serializer and
parser, not ours. Checked: the handler sees typed input (datetimes, floats, enums, nested
models) equal to what boto3 was given; boto3 parses the handler's typed output; a modelled
error reaches boto3 with its query-compatible code and fields; an operation the handler
does not implement is a 501 in the service's error format; invalid input is the service's
validation error. Wire equality per operation is ``test_botocore_cbor_wire.py``.
"""

from __future__ import annotations

import copy
import importlib
import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from live import serve
from peers import TALLY, need

need("boto3", "uvicorn", "cbor2")

import boto3  # noqa: E402
import botocore.loaders  # noqa: E402
import botocore.session  # noqa: E402
from botocore.config import Config  # noqa: E402
from botocore.exceptions import ClientError  # noqa: E402

from apigen.frontends.botocore import botocore_service  # noqa: E402
from apigen.output.formatting import Unformatted  # noqa: E402
from apigen.pipeline import generate  # noqa: E402

SERVICE = "cloudwatch"
PACKAGE = "apigen_cbor_peer"
WHEN = datetime(2024, 5, 6, 7, 8, 9, 250000, tzinfo=UTC)
# An image whose bytes are full of JSON brackets: CBOR carries them as data, never as nesting.
IMAGE = b"\x89PNG\r\n" + b"[{" * 4096


def _model() -> tuple[dict[str, Any], str]:
    loader = botocore.loaders.Loader()
    version = loader.determine_latest_version(SERVICE, "service-2")
    return loader.load_service_model(SERVICE, "service-2", version), version


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The generated ``cloudwatch`` package, imported from a temporary root."""
    model, _ = _model()
    root = tmp_path_factory.mktemp("cbor-peer")
    for path, text in generate([botocore_service(model, "cloudwatch.json")], Unformatted()).items():
        if path.startswith("apigen_generated/"):
            target = root / PACKAGE / path.split("/", 1)[1]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    sys.path.insert(0, str(root))
    importlib.invalidate_caches()
    try:
        yield importlib.import_module(f"{PACKAGE}.cloudwatch")
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m.split(".")[0] == PACKAGE]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def boto_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A botocore data folder holding CloudWatch's model with CBOR as its only protocol."""
    model, version = _model()
    model = copy.deepcopy(model)
    assert "smithy-rpc-v2-cbor" in model["metadata"]["protocols"]
    model["metadata"]["protocols"] = ["smithy-rpc-v2-cbor"]
    root = tmp_path_factory.mktemp("boto-data")
    folder = root / SERVICE / version
    folder.mkdir(parents=True)
    (folder / "service-2.json").write_text(json.dumps(model), encoding="utf-8")
    return root


class Recorder:
    """What the handler was called with, by operation name."""

    def __init__(self) -> None:
        self.calls: dict[str, Any] = {}


def _handler(package: ModuleType, recorder: Recorder) -> Any:
    server = importlib.import_module(f"{package.__name__}.server")
    shapes = importlib.import_module(f"{package.__name__}.shapes")
    errors = importlib.import_module(f"{package.__name__}.errors")

    class Handler(server.CloudWatchHandler):  # type: ignore[misc,name-defined]
        async def put_metric_data(self, request: Any) -> Any:
            recorder.calls["PutMetricData"] = request
            return _empty(package)

        async def get_metric_data(self, request: Any) -> Any:
            recorder.calls["GetMetricData"] = request
            return shapes.GetMetricDataOutput(
                metric_data_results=[
                    shapes.MetricDataResult(
                        id_=request.metric_data_queries[0].id_,
                        label="latency",
                        timestamps=[WHEN, request.start_time],
                        values=[1.5, float("inf")],
                        status_code="Complete",
                    )
                ],
                next_token="page-2",
            )

        async def get_metric_widget_image(self, request: Any) -> Any:
            recorder.calls["GetMetricWidgetImage"] = request
            return shapes.GetMetricWidgetImageOutput(metric_widget_image=IMAGE)

        async def get_dashboard(self, request: Any) -> Any:
            recorder.calls["GetDashboard"] = request
            raise errors.DashboardNotFoundError(
                f"no dashboard {request.dashboard_name}",
                shape=shapes.DashboardNotFoundError(
                    message=f"no dashboard {request.dashboard_name}"
                ),
            )

    return Handler()


def _empty(package: ModuleType) -> Any:
    return importlib.import_module(f"{PACKAGE}._runtime.core.model").Empty()


@pytest.fixture(scope="module")
def peer(generated: ModuleType, boto_data: Path) -> Iterator[tuple[Any, Recorder, str]]:
    recorder = Recorder()
    server = importlib.import_module(f"{generated.__name__}.server")
    app = server.create_app(_handler(generated, recorder))
    with serve(app) as live:
        session = botocore.session.Session()
        session.get_component("data_loader").search_paths.insert(0, str(boto_data))
        client = boto3.session.Session(botocore_session=session).client(
            SERVICE,
            endpoint_url=live.url,
            region_name="us-east-1",
            aws_access_key_id="AKID",
            aws_secret_access_key="secret",
            config=Config(retries={"total_max_attempts": 1}, parameter_validation=False),
        )
        assert client.meta.service_model.resolved_protocol == "smithy-rpc-v2-cbor"
        try:
            yield client, recorder, live.url
        finally:
            client.close()


def _call(client: Any, name: str, **params: Any) -> Any:
    TALLY["boto3 → cloudwatch (rpcv2Cbor): calls"] += 1
    return getattr(client, name)(**params)


def test_put_metric_data_reaches_the_handler_typed(peer: tuple[Any, Recorder, str]) -> None:
    client, recorder, _ = peer
    response = _call(
        client,
        "put_metric_data",
        Namespace="App/Web",
        MetricData=[
            {
                "MetricName": "Latency",
                "Dimensions": [{"Name": "Host", "Value": "web-1"}],
                "Timestamp": WHEN,
                "Value": 12.25,
                "Unit": "Milliseconds",
                "Values": [1.0, 2.5],
                "Counts": [3.0, 4.0],
            }
        ],
    )
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 200
    got = recorder.calls["PutMetricData"]
    assert got.namespace == "App/Web"
    (datum,) = got.metric_data
    assert datum.metric_name == "Latency"
    assert [(d.name, d.value) for d in datum.dimensions] == [("Host", "web-1")]
    assert isinstance(datum.timestamp, datetime) and datum.timestamp == WHEN
    assert datum.value == 12.25 and datum.values == [1.0, 2.5] and datum.counts == [3.0, 4.0]
    assert datum.unit.value == "Milliseconds"


def test_get_metric_data_round_trips_typed_output(peer: tuple[Any, Recorder, str]) -> None:
    client, recorder, _ = peer
    start = datetime(2024, 5, 6, tzinfo=UTC)
    query = {
        "Id": "q1",
        "MetricStat": {
            "Metric": {"Namespace": "App/Web", "MetricName": "Latency"},
            "Period": 60,
            "Stat": "Average",
        },
        "ReturnData": True,
    }
    response = _call(
        client, "get_metric_data", MetricDataQueries=[query], StartTime=start, EndTime=WHEN
    )
    got = recorder.calls["GetMetricData"]
    assert got.start_time == start and got.end_time == WHEN
    (sent,) = got.metric_data_queries
    assert sent.id_ == "q1" and sent.return_data is True
    assert sent.metric_stat.period == 60 and sent.metric_stat.metric.metric_name == "Latency"
    (result,) = response["MetricDataResults"]
    assert result["Id"] == "q1" and result["Label"] == "latency"
    assert result["Timestamps"] == [WHEN, start]
    assert result["Values"] == [1.5, float("inf")]
    assert result["StatusCode"] == "Complete"
    assert response["NextToken"] == "page-2"


def test_modelled_error_reaches_boto3_with_its_query_code(peer: tuple[Any, Recorder, str]) -> None:
    client, _, _ = peer
    with pytest.raises(ClientError) as raised:
        _call(client, "get_dashboard", DashboardName="ops")
    error = raised.value.response
    assert error["Error"]["Code"] == "ResourceNotFound"  # the awsQuery code, from the header
    assert error["Error"]["Message"] == "no dashboard ops"
    assert error["ResponseMetadata"]["HTTPStatusCode"] == 404
    # botocore keeps the body's type as the query error's original code: the shape's name.
    assert error["Error"]["QueryErrorCode"] == "DashboardNotFoundError"
    assert error["Error"]["Type"] == "Sender"


def test_unimplemented_operation_is_a_501(peer: tuple[Any, Recorder, str]) -> None:
    client, _, _ = peer
    with pytest.raises(ClientError) as raised:
        _call(client, "list_dashboards")
    assert raised.value.response["ResponseMetadata"]["HTTPStatusCode"] == 501
    assert raised.value.response["Error"]["Code"] == "NotImplemented"


def test_invalid_input_is_the_services_validation_error(peer: tuple[Any, Recorder, str]) -> None:
    client, recorder, _ = peer
    recorder.calls.pop("GetDashboard", None)
    with pytest.raises(ClientError) as raised:
        _call(client, "get_dashboard")  # the required name left out: botocore validates not
    assert raised.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    assert raised.value.response["Error"]["Code"] == "ValidationError"
    assert "DashboardName" in raised.value.response["Error"]["Message"]
    assert raised.value.response["Error"]["Type"] == "Sender"
    assert "GetDashboard" not in recorder.calls


def test_blob_output_reaches_boto3_and_our_own_client(
    generated: ModuleType, peer: tuple[Any, Recorder, str]
) -> None:
    client, recorder, url = peer
    widget = '{"metrics": [["App/Web", "Latency"]]}'
    response = _call(client, "get_metric_widget_image", MetricWidget=widget)
    assert response["MetricWidgetImage"] == IMAGE
    assert recorder.calls["GetMetricWidgetImage"].metric_widget == widget
    ours = generated.CloudWatchClient(
        region="us-east-1", endpoint_url=url, aws_access_key_id="AKID", aws_secret_access_key="x"
    )
    with ours:
        assert ours.get_metric_widget_image(metric_widget=widget).metric_widget_image == IMAGE
