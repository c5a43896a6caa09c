"""A record that is a choice of structures, each carrying the own identifier by its name and
the record none itself (Route 53 Recovery Control's safety rules: an ``AssertionRule`` or a
``GatingRule``, each with its ``SafetyRuleArn`` and ``Name``): the fake makes the identifier
in whichever structure the create set, answers and reads it there, and refuses a second of
one name in either."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from imported_models import fake_client, spec_from_model, structure
from test_fake_identifiers import _model

RULES = _model(
    ["CreateRule", "DescribeRule", "DeleteRule"],
    {
        "NewAlpha": structure("Name", Name="S", Size="S"),
        "NewBeta": structure("Name", Name="S", Color="S"),
        "Alpha": structure("RuleArn", "Name", RuleArn="S", Name="S", Size="S"),
        "Beta": structure("RuleArn", "Name", RuleArn="S", Name="S", Color="S"),
        "CreateRuleRequest": structure(Alpha="NewAlpha", Beta="NewBeta"),
        "CreateRuleResponse": structure(Alpha="Alpha", Beta="Beta"),
        "DescribeRuleRequest": structure("RuleArn", RuleArn="S"),
        "DescribeRuleResponse": structure(Alpha="Alpha", Beta="Beta"),
        "DeleteRuleRequest": structure("RuleArn", RuleArn="S"),
        "DeleteRuleResponse": structure(),
    },
)


def test_the_own_identifier_is_made_in_the_structure_the_create_chose(
    tmp_path: Path, scratch_service: Any
) -> None:
    service, text = spec_from_model(tmp_path, "things", RULES)
    (resource,) = service.resources
    assert [name for name, _ in resource.identifiers] == ["RuleArn"]
    with fake_client(scratch_service, text, "things") as (client, service_error):
        alpha = client.create_rule(alpha={"name": "a1", "size": "big"})
        beta = client.create_rule(beta={"name": "b1", "color": "red"})
        assert alpha.beta is None and beta.alpha is None, (alpha, beta)
        arns = [alpha.alpha.rule_arn, beta.beta.rule_arn]
        assert all(a and a.startswith("arn:") for a in arns) and len(set(arns)) == 2, arns
        got = client.describe_rule(rule_arn=arns[0]).alpha
        assert got.rule_arn == arns[0] and got.name == "a1" and got.size == "big", got
        assert client.describe_rule(rule_arn=arns[1]).beta.color == "red"
        with pytest.raises(service_error) as taken:  # the name is the chosen structure's
            client.create_rule(alpha={"name": "a1"})
        assert taken.value.status == 409, taken.value
        client.delete_rule(rule_arn=arns[0])
        with pytest.raises(service_error) as gone:
            client.describe_rule(rule_arn=arns[0])
        assert gone.value.status == 404, gone.value
