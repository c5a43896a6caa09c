"""A record whose ARN member takes fewer characters than any ARN the fake can make (Clean
Rooms' configured table associations: two UUIDs in an ARN of 100 at most): no record of it
can be answered (every create was a 500, the output failing its own validation), so its
operations answer 501 with the reason, which the stories tell as not derivable. On the
bridges model of ``test_arn_taken_pattern`` with the record's ARN so bounded."""

from __future__ import annotations

import copy
import re
from pathlib import Path

from imported_models import spec_from_model
from test_arn_taken_pattern import MODEL
from test_wrapped_shapes import _struct

from apigen.views.fake_plan import fake_plan

LONGEST = 50
UUID = "00000000-0000-0000-0000-000000000000"


def test_a_record_no_made_arn_fits_is_not_served(tmp_path: Path) -> None:
    model = copy.deepcopy(MODEL)
    model["shapes"]["ShortArn"] = {"type": "string", "max": LONGEST}
    model["shapes"]["Bridge"] = _struct(["BridgeArn", "Name"], BridgeArn="ShortArn", Name="S")
    service, _ = spec_from_model(tmp_path, "bridges", model)
    bridge = next(r for r in service.resources if r.name == "Bridge")
    # the shortest ARN the read's pattern takes around a fresh UUID (as the fake makes it) is
    # longer: no record fits
    pattern = model["shapes"]["BridgeArnString"]["pattern"]
    shortest = re.sub(r"\.\+", "a", pattern).replace(":bridge:a", f":bridge:{UUID}")
    assert len(shortest) > LONGEST
    plan = fake_plan(service)
    assert "Bridge" not in plan.resources
    for name in (bridge.create, bridge.read, bridge.list, bridge.delete):
        assert name in plan.unbound and "no ARN the fake can make fits" in plan.unbound[name]
    assert f"at most {LONGEST}" in plan.unbound[bridge.create or ""]


def test_an_arn_that_fits_is_served(tmp_path: Path) -> None:
    service, _ = spec_from_model(tmp_path, "bridges", MODEL)
    assert "Bridge" in fake_plan(service).resources
