"""boto3 against generated restXml servers: Route 53 and S3, imported from botocore's own
models at test time (``apigen import botocore`` → spec → generated package).

Each package's ASGI app runs under uvicorn on 127.0.0.1 with a small handler; boto3 talks
to it with its own serializer and parser (parameter validation off). Route 53: an XML body
with the service's namespace reaches the handler typed (nested structures, wrapped lists,
enums), the typed output comes back with its 201 status and ``Location`` header, a list
query and a modelled error (``NoSuchHostedZone``, in ``<ErrorResponse><Error>``) arrive as
boto3 expects, an unimplemented operation is a 501, invalid input the service's
``InvalidInput``. S3 (path-style addressing, SigV4 verified by the server): ``PutObject``
with a streamed body (read by the handler as it arrives) and metadata headers, routed apart
from ``CopyObject`` and ``UploadPart`` on the same URI, ``GetObject`` with a streamed body
back; boto3's ``x-amz-content-sha256`` is checked, a wrong key is a 403.
"""

from __future__ import annotations

import importlib
import io
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from live import serve
from peers import TALLY, WRONG_SIGNATURE_CODES, need

need("boto3", "uvicorn")

import boto3  # noqa: E402
from botocore.config import Config  # noqa: E402
from botocore.exceptions import ClientError  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "importers"))
from botocore_models import service_folders  # noqa: E402

from apigen.importers import import_botocore_path, yaml_writer  # noqa: E402

WHEN = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
ZONE = "/hostedzone/Z0123456789ABC"
OBJECT = b"line one\r\n<not xml>\n" * 5000


class Recorder:
    """What a handler was called with, by operation name."""

    def __init__(self) -> None:
        self.calls: dict[str, Any] = {}


def _package(service: str, build: Callable[..., ModuleType]) -> ModuleType:
    imported = import_botocore_path(service_folders()[service])
    text = yaml_writer.dump(imported.spec, imported.header)
    return build(text, imported.stem.replace("-", "_") + "_peer")


def _module(package: ModuleType, name: str) -> ModuleType:
    return importlib.import_module(f"{package.__name__}.{name}")


def _client(service: str, url: str, secret: str = "secret", **config: Any) -> Any:
    return boto3.session.Session().client(
        service,
        endpoint_url=url,
        region_name="us-east-1",
        aws_access_key_id="AKID",
        aws_secret_access_key=secret,
        config=Config(retries={"total_max_attempts": 1}, parameter_validation=False, **config),
    )


# -- Route 53 -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def route53(scratch_service: Callable[..., ModuleType]) -> Iterator[tuple[Any, Recorder]]:
    package = _package("route53", scratch_service)
    server, shapes, errors = (_module(package, n) for n in ("server", "shapes", "errors"))
    recorder = Recorder()

    class Handler(server.Route53Handler):  # type: ignore[misc,name-defined]
        async def create_hosted_zone(self, request: Any) -> Any:
            recorder.calls["CreateHostedZone"] = request
            return shapes.CreateHostedZoneResponse(
                hosted_zone=shapes.HostedZone(
                    id_=ZONE,
                    name=request.name,
                    caller_reference=request.caller_reference,
                    config=request.hosted_zone_config,
                    resource_record_set_count=2,
                ),
                change_info=shapes.ChangeInfo(
                    id_="/change/C1", status="PENDING", submitted_at=WHEN
                ),
                delegation_set=shapes.DelegationSet(
                    name_servers=["ns-1.example.net", "ns-2.example.org"]
                ),
                location=f"https://route53.amazonaws.com/2013-04-01{ZONE}",
            )

        async def list_resource_record_sets(self, request: Any) -> Any:
            recorder.calls["ListResourceRecordSets"] = request
            record = shapes.ResourceRecordSet(
                name="www.example.com.",
                type_="A",
                ttl=300,
                resource_records=[shapes.ResourceRecord(value="192.0.2.1")],
            )
            return shapes.ListResourceRecordSetsResponse(
                resource_record_sets=[record],
                is_truncated=True,
                next_record_name="xyz.example.com.",
                max_items=request.max_items,
            )

        async def get_hosted_zone(self, request: Any) -> Any:
            raise errors.NoSuchHostedZone(
                f"No hosted zone found with ID: {request.id_}",
                shape=shapes.NoSuchHostedZone(
                    message=f"No hosted zone found with ID: {request.id_}"
                ),
            )

    app = server.create_app(Handler(), verify_sigv4=True, credentials={"AKID": "secret"})
    with serve(app) as live:
        client = _client("route53", live.url)
        try:
            yield client, recorder
        finally:
            client.close()


def _call(client: Any, name: str, **params: Any) -> Any:
    TALLY[f"boto3 → {client.meta.service_model.service_name} (restXml): calls"] += 1
    return getattr(client, name)(**params)


def test_route53_xml_body_reaches_the_handler_typed(route53: tuple[Any, Recorder]) -> None:
    client, recorder = route53
    response = _call(
        client,
        "create_hosted_zone",
        Name="example.com.",
        CallerReference="ref-1",
        HostedZoneConfig={"Comment": "a <zone> & more", "PrivateZone": False},
        VPC={"VPCRegion": "eu-west-1", "VPCId": "vpc-1"},
    )
    got = recorder.calls["CreateHostedZone"]
    assert got.name == "example.com." and got.caller_reference == "ref-1"
    assert got.hosted_zone_config.comment == "a <zone> & more"
    assert got.hosted_zone_config.private_zone is False
    assert got.vpc.vpc_region.value == "eu-west-1" and got.vpc.vpc_id == "vpc-1"
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 201
    assert response["Location"].endswith(ZONE)
    zone = response["HostedZone"]
    assert zone["Id"] == ZONE and zone["Name"] == "example.com."
    assert zone["Config"] == {"Comment": "a <zone> & more", "PrivateZone": False}
    assert zone["ResourceRecordSetCount"] == 2
    assert response["ChangeInfo"]["SubmittedAt"] == WHEN
    assert response["ChangeInfo"]["Status"] == "PENDING"
    assert response["DelegationSet"]["NameServers"] == ["ns-1.example.net", "ns-2.example.org"]


def test_route53_query_and_label_reach_the_handler(route53: tuple[Any, Recorder]) -> None:
    client, recorder = route53
    response = _call(
        client,
        "list_resource_record_sets",
        HostedZoneId="Z0123456789ABC",
        StartRecordName="www.example.com.",
        StartRecordType="A",
        MaxItems="1",
    )
    got = recorder.calls["ListResourceRecordSets"]
    assert got.hosted_zone_id == "Z0123456789ABC"
    assert got.start_record_name == "www.example.com." and got.start_record_type.value == "A"
    assert got.max_items == "1"  # Route 53 models MaxItems as a string
    (record,) = response["ResourceRecordSets"]
    assert record == {
        "Name": "www.example.com.",
        "Type": "A",
        "TTL": 300,
        "ResourceRecords": [{"Value": "192.0.2.1"}],
    }
    assert response["IsTruncated"] is True and response["NextRecordName"] == "xyz.example.com."


def test_route53_modelled_error_reaches_boto3(route53: tuple[Any, Recorder]) -> None:
    client, _ = route53
    with pytest.raises(client.exceptions.NoSuchHostedZone) as raised:
        _call(client, "get_hosted_zone", Id="Z404")
    error = raised.value.response
    assert error["Error"]["Code"] == "NoSuchHostedZone"
    assert error["Error"]["Message"] == "No hosted zone found with ID: Z404"
    assert error["Error"]["Type"] == "Sender"
    assert error["ResponseMetadata"]["HTTPStatusCode"] == 404


def test_route53_unimplemented_operation_is_a_501(route53: tuple[Any, Recorder]) -> None:
    client, _ = route53
    with pytest.raises(ClientError) as raised:
        _call(client, "get_hosted_zone_count")
    assert raised.value.response["ResponseMetadata"]["HTTPStatusCode"] == 501
    assert raised.value.response["Error"]["Code"] == "NotImplemented"


def test_route53_invalid_input_is_its_invalid_input(route53: tuple[Any, Recorder]) -> None:
    client, recorder = route53
    recorder.calls.pop("CreateHostedZone", None)
    with pytest.raises(ClientError) as raised:
        _call(client, "create_hosted_zone", Name="example.com.")  # no CallerReference
    assert raised.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    assert raised.value.response["Error"]["Code"] == "InvalidInput"
    assert "CallerReference" in raised.value.response["Error"]["Message"]
    assert "CreateHostedZone" not in recorder.calls


# -- S3 -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def s3(
    scratch_service: Callable[..., ModuleType],
) -> Iterator[tuple[Any, Recorder, str, ModuleType]]:
    package = _package("s3", scratch_service)
    server, shapes = _module(package, "server"), _module(package, "shapes")
    streams = importlib.import_module(f"{package.__name__.rsplit('.', 1)[0]}._runtime.core.streams")
    recorder = Recorder()
    stored: dict[tuple[str, str], tuple[bytes, dict[str, str]]] = {}

    class Handler(server.S3Handler):  # type: ignore[misc,name-defined]
        async def put_object(self, request: Any) -> Any:
            recorder.calls["PutObject"] = request
            assert isinstance(request.body, streams.StreamingBody)  # read as it arrives
            data = await request.body.aread()
            stored[(request.bucket, request.key)] = (data, dict(request.metadata or {}))
            return shapes.PutObjectOutput(e_tag='"etag-1"', version_id="v1")

        async def get_object(self, request: Any) -> Any:
            recorder.calls["GetObject"] = request
            data, metadata = stored[(request.bucket, request.key)]
            return shapes.GetObjectOutput(
                body=streams.StreamingBody(io.BytesIO(data), length=len(data)),
                content_length=len(data),
                content_type="text/plain",
                metadata=metadata,
                e_tag='"etag-1"',
                last_modified=WHEN,
            )

        async def select_object_content(self, request: Any) -> Any:
            recorder.calls["SelectObjectContent"] = request
            event = shapes.SelectObjectContentEventStream

            def events() -> Iterator[Any]:
                for chunk in SELECTED:
                    yield event(records=shapes.RecordsEvent(payload=chunk))
                stats = shapes.Stats(bytes_scanned=100, bytes_processed=90, bytes_returned=12)
                yield event(stats=shapes.StatsEvent(details=stats))
                yield event(end=shapes.EndEvent())

            return shapes.SelectObjectContentOutput(payload=events())

    app = server.create_app(Handler(), verify_sigv4=True, credentials={"AKID": "secret"})
    with serve(app) as live:
        client = _client("s3", live.url, s3={"addressing_style": "path"})
        try:
            yield client, recorder, live.url, package
        finally:
            client.close()


def test_s3_streamed_put_and_get(s3: tuple[Any, Recorder, str, ModuleType]) -> None:
    client, recorder, _, _ = s3
    response = _call(
        client,
        "put_object",
        Bucket="my-bucket",
        Key="dir/a file.txt",
        Body=io.BytesIO(OBJECT),
        Metadata={"colour": "blue"},
        ContentType="text/plain",
    )
    assert response["ETag"] == '"etag-1"' and response["VersionId"] == "v1"
    got = recorder.calls["PutObject"]
    assert got.bucket == "my-bucket" and got.key == "dir/a file.txt"
    assert got.content_type == "text/plain" and got.metadata == {"colour": "blue"}
    fetched = _call(client, "get_object", Bucket="my-bucket", Key="dir/a file.txt")
    with fetched["Body"] as body:
        assert body.read() == OBJECT
    assert fetched["ContentLength"] == len(OBJECT)
    assert fetched["Metadata"] == {"colour": "blue"}
    assert fetched["LastModified"] == WHEN


SELECTED = [b"a,1\n", b"b,2\n"]


def test_boto3_reads_an_s3_select_event_stream_with_xml_event_payloads(
    s3: tuple[Any, Recorder, str, ModuleType],
) -> None:
    """restXml event streams: blob payloads (Records) and XML document payloads (Stats),
    decoded by botocore's own event-stream XML parser."""
    client, recorder, _, _ = s3
    response = _call(
        client,
        "select_object_content",
        Bucket="my-bucket",
        Key="data.csv",
        Expression="SELECT * FROM S3Object",
        ExpressionType="SQL",
        InputSerialization={"CSV": {}},
        OutputSerialization={"CSV": {}},
    )
    events = list(response["Payload"])
    assert [e["Records"]["Payload"] for e in events if "Records" in e] == SELECTED
    [stats] = [e["Stats"]["Details"] for e in events if "Stats" in e]
    assert stats == {"BytesScanned": 100, "BytesProcessed": 90, "BytesReturned": 12}
    assert "End" in events[-1]
    got = recorder.calls["SelectObjectContent"]
    assert got.expression == "SELECT * FROM S3Object" and got.expression_type == "SQL"


def test_our_client_reads_the_same_select_stream(
    s3: tuple[Any, Recorder, str, ModuleType],
) -> None:
    _, _, url, package = s3
    shapes = _module(package, "shapes")
    ours = package.S3Client(
        region="us-east-1",
        endpoint_url=url,
        aws_access_key_id="AKID",
        aws_secret_access_key="secret",
        client_context_params={"ForcePathStyle": True},
    )
    with ours:
        output = ours.select_object_content(
            bucket="my-bucket",
            key="data.csv",
            expression="SELECT * FROM S3Object",
            expression_type="SQL",
            input_serialization=shapes.InputSerialization(csv=shapes.CSVInput()),
            output_serialization=shapes.OutputSerialization(csv=shapes.CSVOutput()),
        )
        events = list(output.payload)
    assert [e.records.payload for e in events if e.records is not None] == SELECTED
    [stats] = [e.stats.details for e in events if e.stats is not None]
    assert (stats.bytes_scanned, stats.bytes_processed, stats.bytes_returned) == (100, 90, 12)
    assert events[-1].end is not None


def test_s3_payload_hash_is_verified(s3: tuple[Any, Recorder, str, ModuleType]) -> None:
    """The server verifies SigV4 with boto3's ``x-amz-content-sha256``: a wrong key is a 403."""
    _, recorder, url, _ = s3
    recorder.calls.pop("PutObject", None)
    wrong = _client("s3", url, secret="not-the-secret", s3={"addressing_style": "path"})
    try:
        with pytest.raises(ClientError) as raised:
            _call(wrong, "put_object", Bucket="my-bucket", Key="k", Body=b"data")
    finally:
        wrong.close()
    assert raised.value.response["ResponseMetadata"]["HTTPStatusCode"] == 403
    assert raised.value.response["Error"]["Code"] in WRONG_SIGNATURE_CODES
    assert "PutObject" not in recorder.calls


def test_our_client_streams_an_upload_of_unknown_length_aws_chunked(
    s3: tuple[Any, Recorder, str, ModuleType],
) -> None:
    """Our own S3 client sends an iterator aws-chunked with a checksum trailer; the server
    decodes it as it arrives and the handler reads the data; boto3 reads it back."""
    client, recorder, url, package = s3
    ours = package.S3Client(
        region="us-east-1",
        endpoint_url=url,
        aws_access_key_id="AKID",
        aws_secret_access_key="secret",
        client_context_params={"ForcePathStyle": True},
    )
    pieces = (OBJECT[at : at + 10_000] for at in range(0, len(OBJECT), 10_000))
    with ours:
        ours.put_object(bucket="my-bucket", key="chunked", body=pieces)
    got = recorder.calls["PutObject"]
    assert got.key == "chunked" and got.content_encoding is None
    fetched = _call(client, "get_object", Bucket="my-bucket", Key="chunked")
    with fetched["Body"] as body:
        assert body.read() == OBJECT


def _signed_chunked_put(url: str, key: str, data: bytes, tamper: bool = False) -> httpx.Response:
    """A PUT whose body is S3's signed aws-chunked form (AWS's "Transferring Payload in
    Multiple Chunks"), framed by the runtime's encoder with the request's seed signature."""
    from apigen.runtime.auth.chunked import SIGNED, ChunkSigner, aws_chunked
    from apigen.runtime.auth.credentials import Credentials
    from apigen.runtime.auth.sigv4 import sign, signing_key
    from apigen.runtime.core.http import HttpRequest
    from apigen.runtime.core.streams import StreamingBody

    host = url.split("://", 1)[1]
    request = HttpRequest(
        "PUT",
        f"/my-bucket/{key}",
        "",
        [
            ("Content-Encoding", "aws-chunked"),
            ("X-Amz-Decoded-Content-Length", str(len(data))),
            ("X-Amz-Content-SHA256", SIGNED),
        ],
        b"",
    )
    sign(
        request,
        host=host,
        credentials=Credentials("AKID", "secret"),
        region="us-east-1",
        service="s3",
        payload_hash=SIGNED,
        double_encode=False,
    )
    authorization = request.header("authorization") or ""
    seed = authorization.rsplit("Signature=", 1)[1]
    amz_date = request.header("x-amz-date") or ""
    scope = f"{amz_date[:8]}/us-east-1/s3/aws4_request"
    signer = ChunkSigner(
        signing_key("secret", amz_date[:8], "us-east-1", "s3"), amz_date, scope, seed
    )
    body = bytearray(aws_chunked(StreamingBody(data), signer=signer, chunk_size=8192).read())
    if tamper:
        body[-200] ^= 1  # a byte of the last data chunk: its signature no longer fits
    headers = [(k, v) for k, v in request.headers if k.lower() != "host"]
    return httpx.put(url + request.path, headers=headers, content=bytes(body))


def test_s3_signed_chunks_are_verified(s3: tuple[Any, Recorder, str, ModuleType]) -> None:
    client, recorder, url, _ = s3
    data = OBJECT[:50_000]
    assert _signed_chunked_put(url, "signed", data).status_code == 200
    fetched = _call(client, "get_object", Bucket="my-bucket", Key="signed")
    with fetched["Body"] as body:
        assert body.read() == data
    recorder.calls.pop("PutObject", None)
    refused = _signed_chunked_put(url, "tampered", data, tamper=True)
    assert refused.status_code >= 400
    with pytest.raises(ClientError):
        _call(client, "get_object", Bucket="my-bucket", Key="tampered")
