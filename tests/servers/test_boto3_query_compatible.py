"""awsQueryCompatible on awsJson1_0: boto3 against a generated SQS server, both models real.

SQS moved from awsQuery to awsJson1_0 and kept its query error codes: errors carry
``x-amzn-query-error: <Code>;<Sender|Receiver>``. Two sources of the same service are used,
both read at test time: botocore's SQS model (which names SQS's errors by shape only; botocore
maps them back by the body's type) and AWS's Smithy model in ``../shared/upstream`` (whose
``awsQueryError`` traits give the query codes). Checked, for each: the trait comes through
import; boto3 (its own serializer, parser and error factory) sends ``x-amzn-query-mode``,
gets the query code as ``Code``, the shape's name as ``QueryErrorCode``, the fault as
``Type`` and the modelled exception class; our own client raises the same exception with the
same code.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from live import serve
from peers import TALLY, need

need("boto3", "uvicorn")

import boto3  # noqa: E402
from botocore.config import Config  # noqa: E402
from botocore.exceptions import ClientError  # noqa: E402
from imported import botocore_model, generated_package, part  # noqa: E402

from apigen.frontends.botocore import botocore_service  # noqa: E402
from apigen.frontends.smithy_yaml import load_smithy_yaml  # noqa: E402
from apigen.importers import import_smithy_path, yaml_writer  # noqa: E402

SERVICE = "sqs"
MODEL = botocore_model(SERVICE)
SMITHY = Path(__file__).resolve().parents[3] / "shared" / "upstream" / "smithy-models"
QUEUE = "https://sqs.us-east-1.amazonaws.com/123456789012/orders"
MISSING = "QueueDoesNotExist"  # a shape of SQS's model, looked up in both sources below


def _smithy_file() -> Path:
    found = sorted(SMITHY.glob(f"{SERVICE}-*.json")) if SMITHY.is_dir() else []
    if not found:
        pytest.skip(f"no Smithy model of {SERVICE} in {SMITHY}")
    return found[0]


def _smithy_query_error(shape: str) -> dict[str, Any]:
    model = json.loads(_smithy_file().read_text(encoding="utf-8"))
    (key,) = [k for k in model["shapes"] if k.rsplit("#", 1)[-1] == shape]
    trait: dict[str, Any] = model["shapes"][key]["traits"]["aws.protocols#awsQueryError"]
    return trait


def _smithy_service(tmp: Path) -> Any:
    path = _smithy_file()
    model = json.loads(path.read_text(encoding="utf-8"))
    (service_id,) = [k for k, v in model["shapes"].items() if v["type"] == "service"]
    imported = import_smithy_path(path, service_id)
    spec = tmp / f"{imported.stem}.yaml"
    spec.write_text(yaml_writer.dump(imported.spec, imported.header), encoding="utf-8")
    return load_smithy_yaml(spec)


@pytest.fixture(scope="module", params=["botocore", "smithy"])
def generated(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, ModuleType]]:
    root = tmp_path_factory.mktemp(f"qc-{request.param}")
    package = f"apigen_qc_{request.param}"
    if request.param == "botocore":
        with generated_package(MODEL, root, package) as module:
            yield "botocore", module
        return
    service = _smithy_service(root)
    assert service.query_compatible, "the Smithy trait did not come through import"
    with generated_package(MODEL, root, package, service=service) as module:
        yield "smithy", module


def _handler(package: ModuleType) -> Any:
    server, shapes, errors = (part(package, m) for m in ("server", "shapes", "errors"))
    seen: dict[str, Any] = {}

    class Handler(server.SQSHandler):  # type: ignore[misc,name-defined]
        async def get_queue_url(self, request: Any) -> Any:
            seen["GetQueueUrl"] = request
            if request.queue_name != "orders":
                raise getattr(errors, MISSING)(
                    "The specified queue does not exist.",
                    shape=getattr(shapes, MISSING)(message="The specified queue does not exist."),
                )
            return shapes.GetQueueUrlResult(queue_url=QUEUE)

    return Handler()


@pytest.fixture(scope="module")
def peer(generated: tuple[str, ModuleType]) -> Iterator[tuple[str, ModuleType, Any, str]]:
    source, package = generated
    app = part(package, "server").create_app(_handler(package))
    with serve(app) as live:
        client = boto3.session.Session().client(
            SERVICE,
            endpoint_url=live.url,
            region_name="us-east-1",
            aws_access_key_id="AKID",
            aws_secret_access_key="secret",
            config=Config(retries={"total_max_attempts": 1}, parameter_validation=False),
        )
        sent: list[dict[str, str]] = []
        client.meta.events.register(
            "before-send.sqs.*", lambda request, **_: sent.append(dict(request.headers))
        )
        client.sent = sent
        try:
            yield source, package, client, live.url
        finally:
            client.close()


def _expected_code(source: str) -> str:
    """The code SQS's reply carries: the Smithy model's awsQueryError code; botocore's model
    has none for the shape, so its error code is the shape's name."""
    error = MODEL["shapes"][MISSING].get("error", {})
    if source == "smithy":
        return str(_smithy_query_error(MISSING)["code"])
    return str(error.get("code", MISSING))


def test_the_trait_comes_through_the_botocore_front_end() -> None:
    assert "awsQueryCompatible" in MODEL["metadata"]
    assert botocore_service(MODEL, "sqs.json").query_compatible is True
    plain = {
        **MODEL,
        "metadata": {k: v for k, v in MODEL["metadata"].items() if k != "awsQueryCompatible"},
    }
    assert botocore_service(plain, "sqs.json").query_compatible is False


def test_the_generated_service_keys_errors_by_query_code(
    generated: tuple[str, ModuleType],
) -> None:
    source, package = generated
    spec = part(package, "operations").SERVICE
    assert spec.query_compatible is True
    found = spec.errors[_expected_code(source)]
    assert found.exception is getattr(part(package, "errors"), MISSING)
    assert (found.type_name or found.code) == MISSING


def test_boto3_sends_query_mode_and_reads_the_query_code(
    peer: tuple[str, ModuleType, Any, str],
) -> None:
    source, _, client, _ = peer
    TALLY["boto3 → sqs (awsJson1_0, query-compatible): calls"] += 2
    assert client.get_queue_url(QueueName="orders")["QueueUrl"] == QUEUE
    with pytest.raises(ClientError) as raised:
        client.get_queue_url(QueueName="gone")
    error = raised.value.response["Error"]
    assert error["Code"] == _expected_code(source)
    assert error["QueryErrorCode"] == MISSING  # the body's __type: the shape's name
    assert error["Type"] == "Sender"
    assert error["Message"] == "The specified queue does not exist."
    assert type(raised.value).__name__ == MISSING  # boto3's modelled exception class
    assert raised.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400


def test_our_client_takes_the_code_from_the_header(peer: tuple[str, ModuleType, Any, str]) -> None:
    source, package, _, url = peer
    ours = package.SQSClient(
        region="us-east-1", endpoint_url=url, aws_access_key_id="AKID", aws_secret_access_key="x"
    )
    with ours, pytest.raises(getattr(part(package, "errors"), MISSING)) as raised:
        ours.get_queue_url(queue_name="gone")
    assert raised.value.code == _expected_code(source)
    assert raised.value.message == "The specified queue does not exist."


def test_our_client_sends_query_mode_as_boto3_does(peer: tuple[str, ModuleType, Any, str]) -> None:
    _, package, client, _ = peer
    TALLY["boto3 → sqs (awsJson1_0, query-compatible): calls"] += 1
    client.get_queue_url(QueueName="orders")
    theirs = {
        k.lower(): v.decode() if isinstance(v, bytes) else v for k, v in client.sent[-1].items()
    }
    spec = part(package, "operations").SERVICE
    codec = importlib.import_module(f"{package.__name__.split('.')[0]}._runtime.protocols.registry")
    operation = spec.operations["GetQueueUrl"]
    ours = codec.codec_for(spec).serialize_request(operation, operation.input(queue_name="orders"))
    assert theirs["x-amzn-query-mode"] == ours.header("x-amzn-query-mode")
