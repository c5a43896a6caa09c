"""ARNs the fake makes where the pattern fixes the text around the fresh part, on a small
botocore model written here and imported as ``apigen import`` imports one:

- the own segment has a literal head before its fresh rest (CloudHSM's
  ``hapg-[0-9a-f]{8}``): the head is kept, the rest made in a format the pattern takes;
- an ARN without region and account (IAM Identity Center's ``sso:::instance/ins-<16>``);
- a child whose parent's identifier is such an ARN is still made: the request names the
  parent's ARN, the fake never makes it (``InstanceArn`` of a ``PermissionSet``);
- the tagging operations name the resource by the ARN member the input requires, not an
  optional scope's ARN beside it (``InstanceArn`` beside ``ResourceArn``).

Each made value is checked against the model's own patterns, never against the plan.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from imported_models import metadata, operation, spec_from_model, structure

from apigen.regex_translate import to_python
from apigen.runtime.fake import plan as fp
from apigen.runtime.fake.ids import fresh_id, make_arn
from apigen.views.fake_plan import fake_plan

PATTERNS = {
    "GroupArn": r"arn:aws(-iso)?:hooks:[a-zA-Z0-9\-]*:[0-9]{12}:hapg-[0-9a-f]{8}",
    "InstanceArn": r"arn:aws(-[a-z]{1,5}){0,3}:hooks:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}",
    "PermissionSetArn": r"arn:aws(-[a-z]{1,5}){0,3}:hooks:::permissionSet/(sso)?ins-"
    r"[a-zA-Z0-9-.]{16}/ps-[a-zA-Z0-9-./]{16}",
    "ResourceArn": r"arn:aws(-[a-z]{1,5}){0,3}:hooks:.*",
    "Label": r"[a-zA-Z0-9_.-]{1,32}",
}


def _model() -> dict[str, Any]:
    shapes: dict[str, Any] = {n: {"type": "string", "pattern": p} for n, p in PATTERNS.items()}
    shapes["Tag"] = structure("Key", "Value", Key="Label", Value="Label")
    shapes["TagList"] = {"type": "list", "member": {"shape": "Tag"}}
    group = {"GroupArn": "GroupArn", "Label": "Label"}
    instance = {"InstanceArn": "InstanceArn", "Name": "Label"}
    permission_set = {"PermissionSetArn": "PermissionSetArn", "Name": "Label"}
    in_instance = {"InstanceArn": "InstanceArn", "PermissionSetArn": "PermissionSetArn"}
    ops = {
        "CreateGroup": (structure("Label", Label="Label"), structure(GroupArn="GroupArn")),
        "DescribeGroup": (structure("GroupArn", GroupArn="GroupArn"), structure(**group)),
        "DeleteGroup": (structure("GroupArn", GroupArn="GroupArn"), structure()),
        "CreateInstance": (structure("Name", Name="Label"), structure(InstanceArn="InstanceArn")),
        "DescribeInstance": (
            structure("InstanceArn", InstanceArn="InstanceArn"),
            structure(**instance),
        ),
        "CreatePermissionSet": (
            structure("InstanceArn", "Name", InstanceArn="InstanceArn", Name="Label"),
            structure(PermissionSet="PermissionSet"),
        ),
        "DescribePermissionSet": (
            structure("InstanceArn", "PermissionSetArn", **in_instance),
            structure(PermissionSet="PermissionSet"),
        ),
        "TagResource": (
            structure(
                "ResourceArn",
                "Tags",
                InstanceArn="InstanceArn",
                ResourceArn="ResourceArn",
                Tags="TagList",
            ),
            structure(),
        ),
    }
    shapes["PermissionSet"] = structure(**permission_set)
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


def _arn(resource: fp.FakeResource, given: dict[str, str]) -> str:
    """The ARN a create makes, ``given`` the input's and the parents' values."""
    values = dict(given)
    for ident in (*resource.identifiers[resource.parents :], *resource.made):
        if ident.made not in (fp.MADE_ARN, fp.MADE_INPUT):
            values[ident.name] = fresh_id(ident)
    context = {"partition": "aws", "region": "us-east-1", "account": "123456789012", **values}
    return make_arn(resource.arn or "", context)


def _fits(shape: str, value: str) -> bool:
    return re.fullmatch(to_python(PATTERNS[shape]), value) is not None


def test_made_arns_keep_the_patterns_fixed_text(tmp_path: Path) -> None:
    service, _ = spec_from_model(tmp_path, "hooks", _model())
    plan = fake_plan(service)
    assert {"CreateGroup", "CreateInstance", "CreatePermissionSet"} <= plan.operations.keys(), (
        plan.unbound
    )
    permission_set = plan.resources["PermissionSet"]
    assert permission_set.parent == "Instance", permission_set
    for _ in range(20):  # fresh values are random: each draw must fit
        arn = _arn(plan.resources["Group"], {"Label": "story0x"})
        assert _fits("GroupArn", arn), (plan.resources["Group"].arn, arn)
        instance = _arn(plan.resources["Instance"], {"Name": "story0x"})
        assert _fits("InstanceArn", instance), (plan.resources["Instance"].arn, instance)
        arn = _arn(permission_set, {"InstanceArn": instance, "Name": "story0x"})
        assert _fits("PermissionSetArn", arn), (permission_set.arn, arn)


def test_tagging_names_the_resource_by_the_required_arn(tmp_path: Path) -> None:
    service, _ = spec_from_model(tmp_path, "hooks", _model())
    assert fake_plan(service).operations["TagResource"].arn == "resource_arn"
