"""AWS's own endpoint test cases (``endpoint-tests-1.json``) against our rules engine.

``../shared/conformance/endpoint-rules/<service>/`` holds a service's rule set beside its
tests; every folder there is a service (none is named here). Each case gives the parameters
and expects either an endpoint (URL, headers, properties) or the rule set's error message;
all of them must pass.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from apigen.runtime.endpoints.rules import EndpointResolutionError, RuleSet

SUITE = Path(__file__).resolve().parents[2].parent / "shared" / "conformance" / "endpoint-rules"
SERVICES = sorted(p.name for p in SUITE.iterdir() if p.is_dir()) if SUITE.is_dir() else []


def _load(service: Path, name: str) -> Any:
    return json.loads((service / name).read_text(encoding="utf-8"))


def _outcome(rules: RuleSet, params: dict[str, Any]) -> dict[str, Any]:
    """The case's ``expect`` as our engine answers it."""
    try:
        endpoint = rules.resolve(params)
    except EndpointResolutionError as exc:
        return {"error": str(exc)}
    found: dict[str, Any] = {"url": endpoint.url}
    if endpoint.properties:
        found["properties"] = endpoint.properties
    if endpoint.headers:
        found["headers"] = {name: list(values) for name, values in endpoint.headers.items()}
    return {"endpoint": found}


def test_the_suite_is_there(shared_dir: Path) -> None:
    folder = shared_dir / "conformance" / "endpoint-rules"
    assert sorted(p.name for p in folder.iterdir() if p.is_dir()) == SERVICES
    assert SERVICES, f"{folder} holds no service"


@pytest.mark.parametrize("service", SERVICES)
def test_every_case_of_the_service(service: str, shared_dir: Path) -> None:
    folder = shared_dir / "conformance" / "endpoint-rules" / service
    rules = RuleSet(_load(folder, "endpoint-rule-set-1.json"))
    cases = _load(folder, "endpoint-tests-1.json")["testCases"]
    failures = []
    for number, case in enumerate(cases):
        expected = case["expect"]
        found = _outcome(rules, case.get("params", {}))
        if found != expected:
            failures.append(f"#{number} {case.get('documentation')}: {expected} != {found}")
    assert cases
    assert not failures, f"{len(failures)} of {len(cases)} cases fail:\n" + "\n".join(failures)
