"""Which protocol the botocore front end reads a model as, and what it keeps for rpcv2Cbor."""

from __future__ import annotations

from typing import Any

import pytest

from apigen import ir
from apigen.errors import SpecError
from apigen.frontends.botocore import botocore_service


def _model(**metadata: Any) -> dict[str, Any]:
    return {
        "metadata": {"apiVersion": "2024-01-01", "targetPrefix": "Granite", **metadata},
        "operations": {"Ping": {"name": "Ping", "http": {"method": "POST", "requestUri": "/"}}},
        "shapes": {},
    }


def test_protocol_comes_first_then_the_first_of_protocols_apigen_speaks() -> None:
    cbor = botocore_service(
        _model(protocol="smithy-rpc-v2-cbor", protocols=["smithy-rpc-v2-cbor", "json"]), "m"
    )
    assert cbor.protocol is ir.Protocol.RPC_V2_CBOR
    # A protocol botocore may one day list that apigen does not read: the next one is taken.
    fallback = _model(protocol="smoke-signals", protocols=["smoke-signals", "smithy-rpc-v2-cbor"])
    assert botocore_service(fallback, "m").protocol is ir.Protocol.RPC_V2_CBOR
    with pytest.raises(SpecError, match="unsupported botocore protocol 'smoke-signals'"):
        botocore_service(_model(protocol="smoke-signals", protocols=["smoke-signals"]), "m")


def test_rpcv2cbor_keeps_its_service_name_and_query_compatibility() -> None:
    service = botocore_service(_model(protocol="smithy-rpc-v2-cbor", awsQueryCompatible={}), "m")
    assert service.target_prefix == "Granite"  # the <ServiceName> of its request paths
    assert service.query_compatible is True
    (op,) = service.operations
    assert op.http is None
    plain = botocore_service(_model(protocol="smithy-rpc-v2-cbor"), "m")
    assert plain.query_compatible is False


def test_reference_docs_say_how_an_rpc_operation_is_called() -> None:
    """A resolved fact (``Service.rpc_call``): the Smithy RPC v2 path, or awsJson's target."""
    cbor = botocore_service(_model(protocol="smithy-rpc-v2-cbor"), "m")
    assert cbor.rpc_call is not None
    assert cbor.rpc_call.replace("{operation}", "Ping").startswith(
        "`POST /service/Granite/operation/Ping`"
    )
    json = botocore_service(_model(protocol="json"), "m")
    assert json.rpc_call == "`POST /` with `X-Amz-Target: Granite.{operation}`"
    rest = botocore_service(_model(protocol="rest-json"), "m")
    assert rest.rpc_call is None
