"""The story takes a create's own identifier, when no member carries it, from the record's
own ARN, not the first ARN the output holds: Bedrock Agent's ``CreateFlow`` answers its
``executionRoleArn`` before its ``arn``; the story read the flow by the role's ARN (a 404).
The ARNs come from botocore's model: the value picked is the one its ``FlowArn`` pattern
takes, not its ``FlowExecutionRoleArn``'s."""

from __future__ import annotations

import re
from pathlib import Path

import botocore.session
from imported_sample import imported_spec
from spec_facts import Facts


def test_own_identifier_is_the_records_own_arn(tmp_path: Path) -> None:
    service, create = "bedrock-agent", "CreateFlow"
    model = botocore.session.get_session().get_service_model(service)
    output = model.operation_model(create).output_shape
    arns = {m: s for m, s in output.members.items() if m.lower().endswith("arn")}
    own = next(m for m, s in arns.items() if s.name == "FlowArn")
    other = next(m for m in arns if list(arns).index(m) < list(arns).index(own))
    _, loaded = imported_spec(service, tmp_path)
    resource = next(r for r in loaded.resources if r.create == create)
    facts = Facts(loaded, resource)
    op = next(o for o in loaded.operations if o.name == create)
    values = {
        "execution_role_arn": "arn:aws:iam::123456789012:role/r",
        "arn": "arn:aws:bedrock:us-east-1:123456789012:flow/ABCDEFGHIJ",
    }
    assert {other, own} == {"executionRoleArn", "arn"}  # the model's order: the role's first
    picked = facts.own_id(op, {"name": "f", **values})
    assert re.fullmatch(arns[own].metadata["pattern"], picked), picked
