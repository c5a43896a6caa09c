"""The spec checks of endpoint rule sets accept AWS's real ones and know the engine's library."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from apigen.frontends.endpoint_checks import FUNCTIONS
from apigen.frontends.smithy_checks import check_meaning
from apigen.runtime.endpoints import rules

SUITE = Path(__file__).resolve().parents[2].parent / "shared" / "conformance" / "endpoint-rules"
SERVICES = sorted(p.name for p in SUITE.iterdir() if p.is_dir()) if SUITE.is_dir() else []


def test_the_checks_know_the_functions_the_engine_has() -> None:
    assert frozenset(rules.FUNCTIONS) == FUNCTIONS


@pytest.mark.parametrize("service", SERVICES)
def test_aws_rule_sets_pass_the_checks(service: str, shared_dir: Path) -> None:
    folder = shared_dir / "conformance" / "endpoint-rules" / service
    document = json.loads((folder / "endpoint-rule-set-1.json").read_text(encoding="utf-8"))
    spec = {
        "smithy": "2.0",
        "service": {"name": "S", "namespace": "n", "version": "1", "protocol": "restJson1"},
        "operations": {},
        "shapes": {},
        "endpointRules": document,
    }
    assert check_meaning(spec) == []
