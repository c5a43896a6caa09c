"""MediaConnect's bridges, on a small REST botocore model written here and imported as
``apigen import`` imports one: the record's ``BridgeArn`` (the own identifier, made by the
server) is a plain ``String``, the read and delete take it in a member whose pattern wants
``:`` before the id (``arn:.+:mediaconnect.+:bridge:.+``). The fake's ARNs fit the
pattern of the member they are taken in (a ``bridge/<id>`` was refused by the client), and
the story runs through."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from imported_models import fake_client, metadata, spec_from_model
from story import Story
from test_stories import GeneratedCaller
from test_wrapped_shapes import _op, _struct

from apigen.regex_translate import to_python
from apigen.runtime.fake.ids import make_arn
from apigen.views.fake_plan import fake_plan

TAKEN = {"shape": "BridgeArnString", "location": "uri", "locationName": "BridgeArn"}
MODEL: dict[str, Any] = {
    "version": "2.0",
    "metadata": metadata("bridges", "rest-json"),
    "operations": {
        "CreateBridge": _op("CreateBridge", "POST", "/v1/bridges"),
        "DescribeBridge": _op("DescribeBridge", "GET", "/v1/bridges/{BridgeArn}"),
        "DeleteBridge": _op("DeleteBridge", "DELETE", "/v1/bridges/{BridgeArn}"),
        "ListBridges": _op("ListBridges", "GET", "/v1/bridges"),
    },
    "shapes": {
        "S": {"type": "string"},
        "BridgeArnString": {"type": "string", "pattern": "arn:.+:bridges.+:bridge:.+"},
        "Bridge": _struct(["BridgeArn", "Name"], BridgeArn="S", Name="S"),
        "Bridges": {"type": "list", "member": {"shape": "Bridge"}},
        "CreateBridgeRequest": _struct(["Name"], Name="S"),
        "CreateBridgeResponse": _struct(Bridge="Bridge"),
        "DescribeBridgeRequest": _struct(["BridgeArn"], BridgeArn=TAKEN),
        "DescribeBridgeResponse": _struct(Bridge="Bridge"),
        "DeleteBridgeRequest": _struct(["BridgeArn"], BridgeArn=TAKEN),
        "DeleteBridgeResponse": _struct(BridgeArn="S"),
        "ListBridgesRequest": _struct(),
        "ListBridgesResponse": _struct(Bridges="Bridges"),
        "NoSuchPolicy": {
            **_struct(Message="S"),
            "error": {"httpStatusCode": 404},
            "exception": True,
        },
        "PolicyAlreadyExists": {
            **_struct(Message="S"),
            "error": {"httpStatusCode": 409},
            "exception": True,
        },
    },
}


def test_arns_fit_the_pattern_of_the_member_they_are_taken_in(
    tmp_path: Path, scratch_service: Any
) -> None:
    service, text = spec_from_model(tmp_path, "bridges", MODEL)
    bridge = next(r for r in service.resources if r.name == "Bridge")
    assert bridge.identifiers[-1][0] == "BridgeArn" and bridge.read == "DescribeBridge"
    fake = fake_plan(service).resources["Bridge"]
    assert fake.arn is not None
    fields = re.findall(r"\{([^}]+)\}", fake.arn)
    values = {"partition": "aws", "region": "eu-west-1", "account": "210987654321"}
    arn = make_arn(fake.arn, values | {f: "abc9" for f in fields if f not in values})
    pattern = MODEL["shapes"]["BridgeArnString"]["pattern"]
    assert re.fullmatch(to_python(pattern), arn), (fake.arn, pattern)
    with fake_client(scratch_service, text, "bridges") as (client, error):
        Story(service, bridge, GeneratedCaller(service, client, error)).run({})
