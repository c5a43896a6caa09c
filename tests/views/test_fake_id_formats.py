"""Fresh identifiers fit their shape's pattern every time, not only the sample the plan
checks: Amplify's ``AppId`` is ``d[a-z0-9]+`` (searched, as Smithy patterns are), 1-20
long; a hex sample holds a ``d`` followed by more, but a fresh hex value need not (a second
or later ``CreateApp`` answered 500 now and then: its record failed the output's check)."""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

from apigen import ir
from apigen.regex_translate import to_python
from apigen.runtime.fake import plan as fp
from apigen.runtime.fake.ids import fresh_id
from apigen.views.fake_values import id_format

PATTERN = "d[a-z0-9]+"
LENGTH = ir.Length(min=1, max=20)


def _service() -> Any:
    constraints = ir.Constraints(length=LENGTH, pattern=PATTERN)
    shape = ir.Shape(id="x#AppId", name="AppId", type=ir.ShapeType.STRING, constraints=constraints)
    return SimpleNamespace(shapes={shape.id: shape})


def test_every_fresh_value_fits_a_searched_pattern() -> None:
    made, length, prefix = id_format(_service(), "x#AppId")
    identifier = fp.FakeIdentifier("appId", "app_id", made, length, prefix)
    values = {fresh_id(identifier) for _ in range(300)}
    pattern = re.compile(to_python(PATTERN))
    assert all(pattern.search(v) for v in values), sorted(
        v for v in values if not pattern.search(v)
    )
    assert LENGTH.max is not None and all(1 <= len(v) <= LENGTH.max for v in values)
    assert len(values) == 300
