"""awsQueryCompatible error codes (``protocols/query_compat.py``) read as botocore reads them.

The same error responses, with well-formed and malformed ``x-amzn-query-error`` headers, go
through botocore's own JSON and CBOR response parsers and through our awsJson1_0 and
rpcv2Cbor codecs: the error code must agree. What our servers send is read back by
botocore's parser too.
"""

from __future__ import annotations

import json

import botocore.model
import botocore.parsers
import cbor2
import pytest
from pydantic import AliasChoices, Field

from apigen.runtime.core.errors import ServiceError
from apigen.runtime.core.http import HttpResponse
from apigen.runtime.core.model import ApigenModel, Empty
from apigen.runtime.core.schema import ErrorSpec, OperationSpec, ServiceSpec
from apigen.runtime.protocols.registry import codec_for

# The header values botocore's suite and parser code tell apart: well formed, extra ";",
# no ";", an empty code, an empty fault.
HEADERS = ["Customized;Sender", "Customized;Receiver", "A;B;C", "Customized", ";Sender", "X;"]
# Wire protocol as botocore names it → ours (the keys of protocols.registry.CODECS).
PROTOCOLS = {"json": "awsJson1_0", "smithy-rpc-v2-cbor": "rpcv2Cbor"}


class Problem(ApigenModel):
    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("message", "Message"),
        serialization_alias="message",
    )


class ProblemError(ServiceError):
    code = "Customized"
    fault = "client"


class BrokenError(ServiceError):
    code = "Broken"
    fault = "server"


OPERATION = OperationSpec(name="Operate", input=Empty, output=Empty, errors=("Customized",))


def _service(protocol: str) -> ServiceSpec:
    return ServiceSpec(
        name="QueryCompatible",
        protocol=PROTOCOLS[protocol],
        version="2020-07-14",
        operations={"Operate": OPERATION},
        errors={
            "Customized": ErrorSpec(
                code="Customized",
                shape=Problem,
                exception=ProblemError,
                status=400,
                type_name="CustomCodeError",
            ),
            "Broken": ErrorSpec(
                code="Broken", shape=Problem, exception=BrokenError, status=500, fault="server"
            ),
        },
        target_prefix="QueryCompatible",
        query_compatible=True,
    )


def _botocore_code(protocol: str, headers: dict[str, str], body: bytes, status: int) -> str:
    parser = botocore.parsers.create_parser(protocol)
    shape = botocore.model.StructureShape("Output", {"type": "structure", "members": {}})
    parsed = parser.parse({"status_code": status, "headers": headers, "body": body}, shape)
    return str(parsed["Error"]["Code"])


def _body(protocol: str, data: dict[str, str]) -> bytes:
    return json.dumps(data).encode() if protocol == "json" else cbor2.dumps(data)


@pytest.mark.parametrize("protocol", sorted(PROTOCOLS))
@pytest.mark.parametrize("header", HEADERS)
def test_the_code_is_read_as_botocore_reads_it(protocol: str, header: str) -> None:
    body = _body(protocol, {"__type": "aws.protocoltests#CustomCodeError", "message": "Hi"})
    headers = {"x-amzn-query-error": header}
    wanted = _botocore_code(protocol, headers, body, 400)
    response = HttpResponse(400, list(headers.items()), body)
    with pytest.raises(ServiceError) as raised:
        codec_for(_service(protocol)).parse_response(OPERATION, response)
    assert raised.value.code == wanted
    assert raised.value.message == "Hi"


@pytest.mark.parametrize("protocol", sorted(PROTOCOLS))
@pytest.mark.parametrize(
    ("error", "fault"),
    [
        (ProblemError("Hi", shape=Problem(message="Hi")), "Sender"),
        (BrokenError("down"), "Receiver"),
    ],
)
def test_servers_send_what_botocore_reads(protocol: str, error: ServiceError, fault: str) -> None:
    reply = codec_for(_service(protocol)).serialize_error(OPERATION, error)
    headers = {k.lower(): v for k, v in reply.headers}
    assert headers["x-amzn-query-error"] == f"{error.code};{fault}"
    parser = botocore.parsers.create_parser(protocol)
    shape = botocore.model.StructureShape("Output", {"type": "structure", "members": {}})
    parsed = parser.parse(
        {"status_code": reply.status, "headers": headers, "body": reply.body}, shape
    )["Error"]
    assert (parsed["Code"], parsed["Type"]) == (error.code, fault)
    # The body's type stays the shape's name (botocore keeps it as QueryErrorCode).
    shape_name = _service(protocol).errors[str(error.code)].type_name or error.code
    assert parsed["QueryErrorCode"] == shape_name


@pytest.mark.parametrize("protocol", sorted(PROTOCOLS))
def test_an_unmodelled_query_code_falls_back_to_the_body_type(protocol: str) -> None:
    """A model that names errors by shape only (botocore's SQS): the body's type picks the
    exception, the header's code is its code, as botocore reports it."""
    body = _body(protocol, {"__type": "Broken", "message": "down"})
    headers = [("x-amzn-query-error", "AWS.Service.Down;Receiver")]
    with pytest.raises(BrokenError) as raised:
        codec_for(_service(protocol)).parse_response(OPERATION, HttpResponse(500, headers, body))
    assert raised.value.code == "AWS.Service.Down"
