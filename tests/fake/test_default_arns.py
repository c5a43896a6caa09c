"""The ARN a fake makes for a resource whose spec gives no ``arn`` template fits the pattern
the model gives the resource's ARN member: Scheduler's ``schedule/<group>/<name>`` (a
segment more) and, run with the sample, Lambda's ``network-connector:<id>`` (``:``).

Run with ``APIGEN_FAKE_ARNS=N`` it checks the first N botocore services of the stories'
order (``imported_sample.py``) too; models whose ARNs carry what no record member gives
(RDS's UUID integrations, Partner Central's catalog, Lambda's runtime aliases) do not fit
yet: with N=20, 3 of 21 services."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from imported_sample import imported_spec, service_order

from apigen import naming
from apigen.errors import SpecError
from apigen.regex_translate import to_python
from apigen.views.fake_plan import fake_plan
from apigen.views.fake_records import resource_shape

FIRST = int(os.environ.get("APIGEN_FAKE_ARNS") or 0)
SERVICES = ["scheduler", *service_order()[:FIRST]]


@pytest.mark.parametrize("name", SERVICES)
def test_default_arns_fit_the_models_pattern(name: str, tmp_path: Path) -> None:
    try:
        _, service = imported_spec(name, tmp_path)
    except SpecError:
        pytest.skip(f"{name}: the import does not validate")
    plan = fake_plan(service)
    checked = 0
    for resource in service.resources:
        fake = plan.resources.get(resource.name)
        shape = resource_shape(service, resource)
        if fake is None or shape is None or resource.arn or not fake.arn or not fake.arn_field:
            continue
        member = next(m for m in shape.members if naming.snake(m.name) == fake.arn_field)
        text = member.constraints.pattern or service.shape(member.target).constraints.pattern
        if not text:
            continue
        fields = re.findall(r"\{([^}]+)\}", fake.arn)
        values = {"partition": "aws", "region": "eu-west-1", "account": "210987654321"}
        arn = fake.arn.format(**{f: values.get(f, "abc9") for f in fields})
        assert re.compile(to_python(text)).fullmatch(arn), (resource.name, arn, text)
        checked += 1
    if name == "scheduler":
        assert checked
