"""Bedrock AgentCore's gateways, on a small rest-json botocore model written here and
imported as ``apigen import`` imports one: the read takes a ``gatewayIdentifier`` and
answers the gateway itself (``gatewayId``, ``gatewayArn``, ``name``) beside a
``policyEngineConfiguration`` structure holding another resource's ``arn``. The record is the
read's output, which holds the identifier's ``...Id`` and the ``<Resource>Arn``, not the
one structure member holding an ``arn`` (the fake kept a policy's ``arn`` and ``mode`` for
the gateway and made its ARNs in the policy engine's pattern). The create answers both too:
the new gateway is its ``gatewayId``, not the policy's ``arn``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from imported_models import fake_client, metadata, operation, spec_from_model, structure
from story import Story
from test_stories import GeneratedCaller

from apigen.views.fake_plan import fake_plan

LABEL = {"shape": "Identifier", "location": "uri", "locationName": "gatewayIdentifier"}
GATEWAY = {"gatewayId": "Identifier", "gatewayArn": "GatewayArn", "name": "S"}
MODEL: dict[str, Any] = {
    "version": "2.0",
    "metadata": metadata("gateways", "rest-json"),
    "operations": {
        "CreateGateway": operation("CreateGateway", "POST", "/gateways/"),
        "GetGateway": operation("GetGateway", "GET", "/gateways/{gatewayIdentifier}/"),
        "DeleteGateway": operation("DeleteGateway", "DELETE", "/gateways/{gatewayIdentifier}/"),
        "ListGateways": operation("ListGateways", "GET", "/gateways/"),
    },
    "shapes": {
        "S": {"type": "string"},
        "Identifier": {"type": "string", "pattern": "([0-9a-z][-]?){1,100}-[0-9a-z]{10}"},
        "GatewayArn": {
            "type": "string",
            "pattern": r"arn:aws:gateways:[a-z0-9-]{1,20}:[0-9]{12}:gateway/([0-9a-z][-]?){1,48}-[a-z0-9]{10}",
        },
        "PolicyArn": {
            "type": "string",
            "pattern": r"arn:aws:gateways:[a-z0-9-]{1,20}:[0-9]{12}:policy-engine/[a-z0-9]{10}",
        },
        "PolicyConfiguration": structure("arn", arn="PolicyArn", mode="S"),
        "Summary": structure(gatewayId="Identifier", name="S"),
        "Summaries": {"type": "list", "member": {"shape": "Summary"}},
        "CreateGatewayRequest": structure("name", name="S"),
        "CreateGatewayResponse": structure(
            **GATEWAY, policyEngineConfiguration="PolicyConfiguration"
        ),
        "GetGatewayRequest": {
            **structure("gatewayIdentifier"),
            "members": {"gatewayIdentifier": LABEL},
        },
        "GetGatewayResponse": structure(**GATEWAY, policyEngineConfiguration="PolicyConfiguration"),
        "DeleteGatewayRequest": {
            **structure("gatewayIdentifier"),
            "members": {"gatewayIdentifier": LABEL},
        },
        "DeleteGatewayResponse": structure(gatewayId="Identifier"),
        "ListGatewaysRequest": structure(),
        "ListGatewaysResponse": structure(items="Summaries"),
    },
}


def test_the_record_holds_the_identifiers_id_not_a_structure_holding_an_arn(
    tmp_path: Path, scratch_service: Any
) -> None:
    service, text = spec_from_model(tmp_path, "gateways", MODEL)
    gateway = next(r for r in service.resources if r.name == "Gateway")
    assert gateway.identifiers[-1][0] == "gatewayIdentifier", gateway.identifiers
    plan = fake_plan(service)
    fake = plan.resources["Gateway"]
    assert {"gateway_id", "gateway_arn", "name"} <= set(fake.fields), fake.fields
    assert fake.arn is not None and ":gateway/" in fake.arn, fake.arn
    assert not plan.operations["GetGateway"].record, plan.operations["GetGateway"]
    with fake_client(scratch_service, text, "gateways") as (client, error):
        Story(service, gateway, GeneratedCaller(service, client, error)).run({})
