"""Imported waiters decide as botocore's do: for random outputs (drawn from the model, enum
members set to the acceptors' expected values where they can be), each acceptor of the
imported spec matches exactly when botocore's own acceptor (``botocore.waiter``) matches.

The sample: every waiter of the first services (by name) whose models have waiters with
path matchers, up to a few hundred acceptors.
"""

from __future__ import annotations

import random
from typing import Any

import botocore.session
import pytest
from botocore.waiter import AcceptorConfig
from botocore_models import load, service_folders
from botocore_values import Values

from apigen.importers import import_botocore_path
from apigen.runtime.client.waiters import _compare_expected, search


def _sample(limit: int = 12) -> list[str]:
    chosen = []
    for name, folder in service_folders().items():
        waiters = (load(folder, "waiters-2") or {}).get("waiters", {})
        if any(a["matcher"].startswith("path") for w in waiters.values() for a in w["acceptors"]):
            chosen.append(name)
        if len(chosen) == limit:
            break
    return chosen


def _ours(acceptor: dict[str, Any], output: Any) -> bool:
    matcher = acceptor["matcher"]["output"]
    actual = search(matcher["path"], output)
    return _compare_expected(matcher["comparator"], actual, matcher["expected"])


@pytest.mark.parametrize("service", _sample())
def test_path_acceptors_match_as_botocore(service: str) -> None:
    spec = import_botocore_path(service_folders()[service]).spec
    model = botocore.session.get_session().get_service_model(service)
    raw = load(service_folders()[service], "waiters-2")["waiters"]
    checked = agreed_true = 0
    for name, waiter in sorted(raw.items()):
        operation = model.operation_model(waiter["operation"])
        ours = spec["operations"][waiter["operation"]]["waiters"][name]["acceptors"]
        expected = frozenset(str(a["expected"]) for a in waiter["acceptors"])
        rng = random.Random(f"{service}-{name}")
        for _ in range(20):
            output = Values(rng, expected).value(operation.output_shape)
            for theirs, mine in zip(waiter["acceptors"], ours, strict=True):
                if not theirs["matcher"].startswith("path"):
                    continue
                botocore_says = bool(AcceptorConfig(theirs).matcher_func(output))
                assert _ours(mine, output) == botocore_says, (name, theirs, output)
                checked += 1
                agreed_true += botocore_says
    assert checked
    assert agreed_true, "no output matched any acceptor: the sample proves little"
