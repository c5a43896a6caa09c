"""emr-containers against AWS's official Smithy model (shared/upstream/smithy-models/).

The document is silent on timestamp formats, so the wire must follow the official model: every
timestamp member the spec shares with the model travels in the model's format. The error
shapes' ``message`` carries the model's length and a pattern accepting exactly what the model's
accepts (under Smithy's search semantics, on probes).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from apigen import ir
from apigen.frontends import load_service
from apigen.regex_translate import to_python

SPEC = Path(__file__).resolve().parents[2] / "specs" / "emr-containers.yaml"
PROBES = ("", " ", "x", " x ", "\t\n", "a b", "\U0001f600", "\u00a0")


def _model(shared_dir: Path) -> dict[str, Any]:
    path = shared_dir / "upstream" / "smithy-models" / "emr-containers-2020-10-01.json"
    shapes: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))["shapes"]
    return {name.split("#", 1)[1]: shape for name, shape in shapes.items()}


def _format(model: dict[str, Any], target: str) -> str:
    traits = model.get(target.split("#", 1)[-1], {}).get("traits", {})
    return str(traits.get("smithy.api#timestampFormat", "epoch-seconds"))


def test_timestamps_travel_as_the_official_model_says(shared_dir: Path) -> None:
    model = _model(shared_dir)
    service = load_service(SPEC)
    compared = 0
    for shape in service.shapes.values():
        upstream = model.get(shape.name, {}).get("members", {})
        for member in shape.members:
            target = service.shapes[member.target]
            if target.type is not ir.ShapeType.TIMESTAMP or member.name not in upstream:
                continue
            if member.http is not None:
                continue  # labels, queries and headers have their own defaults (both sides)
            ours = (
                member.timestamp_format
                or target.timestamp_format
                or ir.TimestampFormat.EPOCH_SECONDS
            ).value
            assert ours == _format(model, upstream[member.name]["target"]), member.id
            compared += 1
    assert compared >= 4  # createdAt (3 shapes) and finishedAt at least


def test_error_messages_carry_the_official_constraints(shared_dir: Path) -> None:
    model = _model(shared_dir)
    service = load_service(SPEC)
    for name in ("InternalServerException", "ResourceNotFoundException", "ValidationException"):
        target = model[model[name]["members"]["message"]["target"].split("#", 1)[1]]["traits"]
        shape = next(s for s in service.shapes.values() if s.name == name)
        message = shape.get_member("message")
        assert message is not None
        length = message.constraints.length
        assert length is not None
        assert (length.min, length.max) == (
            target["smithy.api#length"]["min"],
            target["smithy.api#length"]["max"],
        )
        assert message.constraints.pattern is not None
        ours = re.compile(to_python(message.constraints.pattern))
        theirs = re.compile(to_python(target["smithy.api#pattern"]))
        for probe in PROBES:
            assert bool(ours.search(probe)) == bool(theirs.search(probe)), (name, probe)
