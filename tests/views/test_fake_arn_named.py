"""A resource identified by a member named ``arn`` whose shape is an ``AmazonResourceName``
(Device Farm's), on a small botocore model written here and imported as ``apigen import``
imports one:

- the ``arn`` is the ARN the server makes, not the create input's ``name`` (the shape's
  name ends in ``Name``; the identifier spells its own kind), and it fits the shape's
  pattern and length;
- a list that requires an ``arn`` (the project's, the model says) lists the project's
  pools: it is no filter on the pool's own ARN, which would list at most one.

What is checked comes from the model's shapes, never from the plan.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from imported_models import metadata, operation, spec_from_model, structure

from apigen.regex_translate import to_python
from apigen.runtime.fake import plan as fp
from apigen.runtime.fake.ids import make_arn
from apigen.views.fake_plan import fake_plan

ARN = r"^arn:aws:hooks:.+"


def _model() -> dict[str, Any]:
    shapes: dict[str, Any] = {
        "AmazonResourceName": {"type": "string", "min": 32, "max": 1011, "pattern": ARN},
        "Name": {"type": "string", "min": 1, "max": 256},
        "Pool": structure(arn="AmazonResourceName", name="Name"),
        "Pools": {"type": "list", "member": {"shape": "Pool"}},
    }
    by_arn = structure("arn", arn="AmazonResourceName")
    ops = {
        "CreatePool": (
            structure("projectArn", "name", projectArn="AmazonResourceName", name="Name"),
            structure(pool="Pool"),
        ),
        "GetPool": (by_arn, structure(pool="Pool")),
        "DeletePool": (by_arn, structure()),
        "ListPools": (by_arn, structure(pools="Pools")),
    }
    operations = {}
    for name, (request, response) in ops.items():
        shapes[f"{name}Request"], shapes[f"{name}Response"] = request, response
        operations[name] = operation(name)
    return {
        "version": "2.0",
        "metadata": metadata("hooks"),
        "operations": operations,
        "shapes": shapes,
    }


def test_an_arn_named_arn_is_made_by_the_server(tmp_path: Path) -> None:
    service, _ = spec_from_model(tmp_path, "hooks", _model())
    plan = fake_plan(service)
    assert "CreatePool" in plan.operations, plan.unbound
    pool = plan.resources["Pool"]
    assert pool.identifiers[-1].made == fp.MADE_ARN, pool.identifiers
    context = {"partition": "aws", "region": "us-east-1", "account": "123456789012"}
    arn = make_arn(pool.arn or "", {**context, "name": "story0x"})
    assert re.search(to_python(ARN), arn) and 32 <= len(arn) <= 1011, (pool.arn, arn)


def test_a_required_arn_of_a_list_is_no_filter_on_the_own_arn(tmp_path: Path) -> None:
    service, _ = spec_from_model(tmp_path, "hooks", _model())
    listing = fake_plan(service).operations["ListPools"]
    assert all(f.field != "arn" for f in listing.filters), listing.filters
