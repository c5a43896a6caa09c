"""The plan a generated ``fake.py`` prints is the plan: read back, it equals what
``fake_plan`` derives for each seed, and no record prints a field at its default."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from apigen.pipeline import load_services
from apigen.runtime.fake import plan as fp
from apigen.views.fake_plan import fake_plan, plan_source

SEEDS = sorted((Path(__file__).resolve().parents[2] / "specs").glob("*.yaml"))


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_printed_plan_reads_back_without_defaults(path: Path) -> None:
    (service,) = load_services([path])
    plan = fake_plan(service)
    source = plan_source(plan)
    assert eval(source, vars(fp)) == plan
    for record in (fp.FakeIdentifier, fp.FakeFilter, fp.FakeResource, fp.FakeOperation):
        for field in dataclasses.fields(record):
            if field.default is dataclasses.MISSING:
                continue
            printed = re.findall(rf"\b{field.name}=({re.escape(repr(field.default))})[,)]", source)
            assert not printed, (record.__name__, field.name)
