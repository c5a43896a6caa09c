"""Identifiers and ARNs the fake makes where the model's patterns offer choices, on a small
botocore model written here and imported as ``apigen import`` imports one:

- an ARN whose pattern has a segment of alternatives and a name segment (EventBridge V2's
  ``event-sourcev2/(aws.service|aws.partner|webhook)/<name>/<id>``): the fake's ARNs match it;
- an ARN with a scope segment and a prefixed id (Partner Central's
  ``catalog/<catalog>/customer-account/cust-acc-<13>``), the record's ``Id`` made so, and the
  own ``Identifier`` an ARN-or-identifier (``(arn:.*|cust-acc-[0-9a-z]{13})``);
- an ARN-or-identifier record ``Id`` (``(arn:.*|engi-[0-9a-z]{13})``) is made as the
  identifier alternative, and a read that returns a plain ``String`` ARN follows the create
  output's ARN pattern;
- an ``O[0-9]{1,19}`` identifier is made of digits, as long as allowed (not one hex
  character: ten values, half of them refused).

Each made value is checked against the model's own patterns, never against the plan.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from imported_models import metadata, operation, spec_from_model, structure

from apigen import ir
from apigen.regex_translate import to_python
from apigen.runtime.fake import plan as fp
from apigen.runtime.fake.ids import fresh_id, make_arn
from apigen.views.fake_plan import fake_plan

PATTERNS = {
    "SourceArn": r"arn:aws(-[a-z0-9]+)*:hooks:[a-z][a-z0-9]*(-[a-z0-9]+)*:([0-9]{12}):"
    r"sourcev2\/(aws\.service|aws\.partner|webhook)\/[A-Za-z0-9][\.\-_A-Za-z0-9]{0,255}"
    r"\/[a-z0-9]{25}",
    "SourceName": r"[A-Za-z0-9][\.\-_A-Za-z0-9]{0,255}",
    "Catalog": r"[a-zA-Z]+",
    "AccountArn": r"arn:[a-z\-]*:hooks:[a-z0-9\-]*:[0-9]{12}:catalog/[a-zA-Z]+/account/"
    r"acc-[0-9a-z]{13}",
    "AccountId": r"acc-[0-9a-z]{13}",
    "AccountArnOrIdentifier": r"(arn:.*|acc-[0-9a-z]{13})",
    "InviteArn": r"arn:aws:hooks::[0-9]{12}:[a-zA-Z]+/invite/inv-[0-9,a-z]{13}",
    "InviteIdentifier": r"inv-[0-9,a-z]{13}",
    "InviteArnOrIdentifier": r"(?=.{1,255}$)(arn:.*|inv-[0-9a-z]{13})",
    "DealIdentifier": r"O[0-9]{1,19}",
}


def _model() -> dict[str, Any]:
    shapes: dict[str, Any] = {n: {"type": "string", "pattern": p} for n, p in PATTERNS.items()}
    shapes["Text"] = {"type": "string"}
    source = {"SourceArn": "SourceArn", "Name": "SourceName"}
    account = {"Id": "AccountId", "Arn": "AccountArn", "Catalog": "Catalog"}
    invite = {"Id": "InviteArnOrIdentifier", "Arn": "Text", "Catalog": "Catalog"}
    deal = {"Id": "DealIdentifier", "Catalog": "Catalog"}
    account_id = {"Catalog": "Catalog", "Identifier": "AccountArnOrIdentifier"}
    ops = {
        "CreateSource": (structure("Name", Name="SourceName"), structure(**source)),
        "DescribeSource": (structure("SourceArn", SourceArn="SourceArn"), structure(**source)),
        "DeleteSource": (structure("SourceArn", SourceArn="SourceArn"), structure()),
        "CreateAccount": (structure("Catalog", Catalog="Catalog"), structure(**account)),
        "GetAccount": (structure("Catalog", "Identifier", **account_id), structure(**account)),
        "CreateInvite": (
            structure("Catalog", Catalog="Catalog"),
            structure(Id="InviteIdentifier", Arn="InviteArn"),
        ),
        "GetInvite": (
            structure(
                "Catalog", "Identifier", Catalog="Catalog", Identifier="InviteArnOrIdentifier"
            ),
            structure(**invite),
        ),
        "CreateDeal": (structure("Catalog", Catalog="Catalog"), structure(**deal)),
        "GetDeal": (
            structure("Catalog", "Identifier", Catalog="Catalog", Identifier="DealIdentifier"),
            structure(**deal),
        ),
    }
    operations = {}
    for name, (request, response) in ops.items():
        shapes[f"{name}Request"], shapes[f"{name}Response"] = request, response
        operations[name] = operation(name)
    return {
        "version": "2.0",
        "metadata": metadata("hooks", jsonVersion="1.0"),
        "operations": operations,
        "shapes": shapes,
    }


def _service(tmp_path: Path) -> ir.Service:
    return spec_from_model(tmp_path, "hooks", _model())[0]


def _fits(shape: str, value: str) -> bool:
    return re.fullmatch(to_python(PATTERNS[shape]), value) is not None


def _made(resource: fp.FakeResource, given: dict[str, str]) -> tuple[dict[str, str], str]:
    """(identifier and ``made`` values, ARN) as a create makes them, ``given`` by the input."""
    values = dict(given)
    for ident in (*resource.identifiers, *resource.made):
        if ident.made not in (fp.MADE_ARN, fp.MADE_INPUT):
            values[ident.name] = fresh_id(ident)
    context = {"partition": "aws", "region": "us-east-1", "account": "123456789012", **values}
    return values, make_arn(resource.arn or "", context)


def test_made_values_fit_patterns_with_choices(tmp_path: Path) -> None:
    plan = fake_plan(_service(tmp_path))
    for _ in range(20):  # fresh values are random: each draw must fit
        _, arn = _made(plan.resources["Source"], {"Name": "story0x"})
        assert _fits("SourceArn", arn), (plan.resources["Source"].arn, arn)
        values, arn = _made(plan.resources["Account"], {"Catalog": "Sandbox"})
        assert _fits("AccountArn", arn), (plan.resources["Account"].arn, arn)
        assert _fits("AccountId", values["Id"]), values
        values, arn = _made(plan.resources["Invite"], {"Catalog": "Sandbox"})
        assert _fits("InviteArn", arn), (plan.resources["Invite"].arn, arn)
        assert _fits("InviteIdentifier", values["Id"]), values
        values, _ = _made(plan.resources["Deal"], {"Catalog": "Sandbox"})
        assert _fits("DealIdentifier", values["Identifier"]), values
    deal = plan.resources["Deal"].identifiers[-1]
    assert deal.length + len(deal.prefix) == 20, deal  # ``O`` and 19 digits: the longest
