"""The ARN a fake makes for a resource whose spec gives no ``arn`` template fits the pattern
the model gives the resource's ARN member (or, when its record carries none, the create
output's; when the ARN is the own identifier the record lacks, the read input's member
carrying it: SSM's ``OpsMetadataArn``): always for the first service of the stories' order
(``imported_sample.py``) whose default ARN has a segment more than the own identifier (a
parent's identifier, as Lambda's ``runtime/<runtime>/alias/<name>``, or a record member, as
Scheduler's ``schedule/<group>/<name>``) and, run with the sample,
``network-connector:<id>`` (``:``); fresh tails and made members (Lambda's ``csc-`` Id) as
the runtime's ``make_arn`` fills them.

Run with ``APIGEN_FAKE_ARNS=N`` it checks the first N botocore services of the stories'
order (``imported_sample.py``) too; models whose ARNs carry what no record member gives
(Partner Central's catalog) do not fit yet: with N=25, 1 of 25 services (2026-12-04; it
was 3 of 21 with N=20 before ARNs were spelled as their patterns spell them)."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest
from imported_sample import imported_spec, service_order

from apigen import ir, naming
from apigen.errors import SpecError
from apigen.regex_translate import to_python
from apigen.runtime.fake.ids import fresh_id, make_arn
from apigen.views.fake_plan import fake_plan
from apigen.views.fake_records import resource_shape

FIRST = int(os.environ.get("APIGEN_FAKE_ARNS") or 0)
_ACCOUNT = ("partition", "region", "account")


def _segmented(service: ir.Service) -> bool:
    plan = fake_plan(service)
    for resource in service.resources:
        fake = plan.resources.get(resource.name)
        if fake is not None and fake.arn and not resource.arn:
            fields = [f for f in re.findall(r"\{([^}]+)\}", fake.arn) if f not in _ACCOUNT]
            if len(fields) > 1:
                return True
    return False


def first_segmented() -> str:
    with tempfile.TemporaryDirectory() as scratch:
        for name in service_order():
            try:
                _, service = imported_spec(name, Path(scratch))
            except SpecError:
                continue
            if _segmented(service):
                return name
    raise AssertionError("no botocore service's default ARN has a segment more")


SEGMENTED = first_segmented()
SERVICES = list(dict.fromkeys([SEGMENTED, *service_order()[:FIRST]]))


def _arn_member(
    service: ir.Service, resource: ir.Resource, shape: ir.Shape, field: str
) -> ir.Member:
    """The record's member holding the ARN, else (the ARN is the own identifier and the
    record lacks it: SSM's OpsMetadataArn) the read input's member carrying it."""
    found = next((m for m in shape.members if naming.snake(m.name) == field), None)
    read = next(o for o in service.operations if o.name == resource.read)
    taken = service.shape(read.input or "").members if read.input else ()
    return found or next(m for m in taken if naming.snake(m.name) == field)


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
        member = _arn_member(service, resource, shape, fake.arn_field)
        text = member.constraints.pattern or service.shape(member.target).constraints.pattern
        if not text:
            continue
        fields = re.findall(r"\{([^}]+)\}", fake.arn)
        values = {"partition": "aws", "region": "eu-west-1", "account": "210987654321"}
        values |= {f: "abc9" for f in fields if f not in values and not f.startswith("fresh_")}
        for made in fake.made:  # a made member (Lambda's csc- Id) as the runtime makes it
            values[made.name] = fresh_id(made)
        arn = make_arn(fake.arn, values)  # fresh_<format>_<n> fields as the runtime fills them
        assert re.compile(to_python(text)).fullmatch(arn), (resource.name, arn, text)
        checked += 1
    if name == SEGMENTED:
        assert checked
