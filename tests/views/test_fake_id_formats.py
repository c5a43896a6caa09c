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
from apigen.runtime.fake.ids import free_arn, fresh_free, fresh_id
from apigen.views.fake_values import id_format

PATTERN = "d[a-z0-9]+"
LENGTH = ir.Length(min=1, max=20)


def _service(pattern: str = PATTERN, length: ir.Length = LENGTH) -> Any:
    constraints = ir.Constraints(length=length, pattern=pattern)
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


def test_fresh_values_of_a_built_head_do_not_collide() -> None:
    """Fraud Detector's version ``^([1-9][0-9]*)$``, 1-5 long: no sample fits it as it is
    (``00000`` does not), so the value is built from the pattern (a ``1`` and digits); three
    versions of one detector must not share a number, as one digit after the ``1`` made
    them one time in four (a create answered ConflictException)."""
    pattern, length = "^([1-9][0-9]*)$", ir.Length(min=1, max=5)
    made, size, prefix = id_format(_service(pattern, length), "x#AppId")
    identifier = fp.FakeIdentifier("detectorVersionId", "detector_version_id", made, size, prefix)
    values = [fresh_id(identifier) for _ in range(100)]
    compiled = re.compile(to_python(pattern))
    assert all(compiled.search(v) and 1 <= len(v) <= 5 for v in values), values
    assert len(set(values)) > 90, sorted(values)


def test_a_fresh_own_identifier_is_one_no_record_holds() -> None:
    """With five of ten one-digit values live, every value the fake makes is a free one
    (a made-up value colliding with a live record answered the create's conflict error)."""
    identifier = fp.FakeIdentifier("versionId", "version_id", "digits", 1, "")
    live = {str(n): {"ids": [str(n)]} for n in range(0, 10, 2)}
    made = [fresh_free(identifier, live.get) for _ in range(50)]
    assert not set(made) & set(live), sorted(made)
    assert set(made) <= {str(n) for n in range(1, 10, 2)}


def _botocore_shape(service: str, name: str) -> Any:
    """The string shape ``name`` of the pinned botocore model of ``service``, as ``_service``."""
    import botocore.session

    model = botocore.session.get_session().get_service_model(service).shape_for(name)
    length = ir.Length(min=model.metadata.get("min"), max=model.metadata.get("max"))
    return _service(model.metadata["pattern"], length), model.metadata["pattern"]


def test_fresh_values_match_the_pattern_whole() -> None:
    """A value the server makes is the whole of what its pattern describes, not a string
    the pattern only finds inside: DSQL's ``ClusterId`` ``[a-z0-9]{26}`` is found in a
    32-digit hex value, which an ARN of ``cluster/[a-z0-9]{26}`` then refuses; CloudWatch
    Omni's ``DomainId`` ``d-[0-9a-z]{1,25}`` is found in the UUID sample (``...1b2d-4f6a...``)
    but seldom in a fresh UUID. Both patterns are the botocore models'."""
    for service, name in (("dsql", "ClusterId"), ("cloudwatchomni", "DomainId")):
        spec, pattern = _botocore_shape(service, name)
        made, size, prefix = id_format(spec, "x#AppId")
        identifier = fp.FakeIdentifier("id", "id_", made, size, prefix)
        values = {fresh_id(identifier) for _ in range(200)}
        compiled = re.compile(to_python(pattern))
        assert all(compiled.fullmatch(v) for v in values), (service, sorted(values)[:5])
        assert len(values) == 200, service


def test_a_made_arn_is_one_no_record_holds() -> None:
    """Rekognition's project ARN ends ``/[0-9]+`` (its shortest: one digit, ten values): with
    nine of them live, every ARN the fake makes is the free one (three projects shared an
    ARN one time in four: the third create answered ResourceInUseException)."""
    template = "arn:aws:rekognition:us-east-1:123456789012:project/a/{fresh_digits_1}"
    live = {template.replace("{fresh_digits_1}", str(n)): ["Project", "k"] for n in range(9)}
    made = {free_arn(template, {}, live.get) for _ in range(30)}
    assert made == {template.replace("{fresh_digits_1}", "9")}, sorted(made)
    # one draw only: the ten values are then tried in turn (random draws alone missed the
    # free one in one run of thirty now and then)
    assert free_arn(template, {}, live.get, tries=1) == template.replace("{fresh_digits_1}", "9")


def test_the_last_free_value_is_found_when_draws_miss_it() -> None:
    """Ninety-nine of a hundred two-digit values live, and a single random draw: the one
    free value is still the one made."""
    identifier = fp.FakeIdentifier("versionId", "version_id", "digits", 2, "v")
    live = {f"v{n:02d}": {"ids": [n]} for n in range(100) if n != 57}
    assert {fresh_free(identifier, live.get, tries=1) for _ in range(5)} == {"v57"}


def test_an_arn_with_nothing_made_up_is_drawn_once() -> None:
    """An ARN of the caller's name only is the same each time: a live one is its conflict."""
    calls: list[str] = []
    arn = free_arn("arn:aws:x:::thing/{Name}", {"Name": "n"}, lambda a: calls.append(a) or 1)
    assert arn == "arn:aws:x:::thing/n" and len(calls) <= 1, calls
