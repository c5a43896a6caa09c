"""An identifier whose pattern and length contradict each other (App Runner's ``ServiceId``:
exactly 32 characters, yet its pattern a 36-character UUID) has no value the fake can make:
the operations answering its records are not derivable (``FakePlan.unbound``, the 501 and
the reason ``--list`` prints), not a 500 when the made record fails the output's check."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from imported_sample import imported_spec

from apigen.regex_translate import to_python
from apigen.views.fake_plan import fake_plan


def test_contradicting_identifier_is_not_derivable(tmp_path: Path) -> None:
    _, service = imported_spec("apprunner", tmp_path)
    shape = service.shapes[next(i for i in service.shapes if i.endswith("#ServiceId"))]
    length, pattern = shape.constraints.length, shape.constraints.pattern
    assert length is not None and length.min == length.max and pattern
    # the model itself: a UUID fits the pattern but not the length, its 32 hex digits not
    # the pattern (the hyphens are literal)
    made = uuid.uuid4()
    assert re.fullmatch(to_python(pattern), str(made)) and len(str(made)) > length.max
    assert re.search(to_python(pattern), made.hex) is None and len(made.hex) == length.max
    plan = fake_plan(service)
    res = next(r for r in service.resources if r.name == "Service")
    assert res.name not in plan.resources
    for name in (res.create, res.read, res.list):
        assert name is not None and "ServiceId" in plan.unbound[name], plan.unbound.get(name)
