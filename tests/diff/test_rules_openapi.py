"""The rules of ``apigen diff`` that OpenAPI specs reach differently: declared responses (by
status, with their headers), parameters and schema keywords. The base is the parity
contract's OpenAPI document (``tests/parity/service.openapi.yaml``); see ``test_rules.py``
for the rules themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from apigen.diff.changes import Kind
from apigen.diff.services import diff_services
from apigen.frontends import load_service

BASE = Path(__file__).resolve().parents[1] / "parity" / "service.openapi.yaml"
B, F = Kind.BREAKING, Kind.FEATURE
CREATE = ("paths", "/pets", "post", "responses")
PET = ("components", "schemas", "Pet", "properties")


def _edit(path: tuple[str, ...], value: Any = None) -> Callable[[dict[str, Any]], None]:
    def edit(spec: dict[str, Any]) -> None:
        node = spec
        for key in path[:-1]:
            node = node[key]
        if value is None:
            del node[path[-1]]
        else:
            node[path[-1]] = value

    return edit


CASES = [
    # Conflict is an error only while a response declares it: its exception class comes and goes
    (
        "response removed",
        _edit((*CREATE, "409")),
        False,
        {(B, "operation CreatePet"), (B, "Conflict")},
    ),
    (
        "response added",
        _edit((*CREATE, "409")),
        True,
        {(F, "operation CreatePet"), (F, "Conflict")},
    ),
    (
        "response header removed",
        _edit((*CREATE, "201", "headers")),
        False,
        {(B, "operation CreatePet"), (B, "CreatePetResponse.location")},  # the output's member
    ),
    (
        "enum value removed",
        _edit(("components", "schemas", "PetStatus", "enum"), ["available", "pending"]),
        False,
        {(B, "PetStatus")},
    ),
    (
        "maximum length narrowed",
        _edit((*PET, "name", "maxLength"), 32),
        False,
        {(B, "Pet.name")},
    ),
    ("property added", _edit((*PET, "nickname"), {"type": "string"}), False, {(F, "Pet.nickname")}),
]


@pytest.mark.parametrize(("name", "edit", "swap", "expected"), CASES, ids=[c[0] for c in CASES])
def test_openapi_rule(
    name: str,
    edit: Callable[[dict[str, Any]], None],
    swap: bool,
    expected: set[tuple[Kind, str]],
    tmp_path: Path,
) -> None:
    sides = []
    for side in ("old", "new"):
        spec = yaml.safe_load(BASE.read_text(encoding="utf-8"))
        if (side == "old") == swap:
            edit(spec)
        folder = tmp_path / side
        folder.mkdir()
        path = folder / "pets.openapi.yaml"
        path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
        sides.append(load_service(path))
    report = diff_services([sides[0]], [sides[1]])
    assert {(c.kind, c.subject) for c in report.changes} == expected, [
        str(c) for c in report.changes
    ]
