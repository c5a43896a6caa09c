"""Paths and the optional real peers (boto3, uvicorn, schemathesis) of the server tests.

They are dev dependencies, so CI always has them: there a missing one fails the run; elsewhere
it skips the test module with the install command.
"""

from __future__ import annotations

import importlib
import os
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

SPECS = Path(__file__).resolve().parents[2] / "specs"
IN_CI = bool(os.environ.get("CI"))
# The codes AWS answers a request with a wrong signature, or none, with (always 403).
WRONG_SIGNATURE_CODES = frozenset({"InvalidSignatureException", "SignatureDoesNotMatch"})
UNSIGNED_CODES = frozenset({"MissingAuthenticationTokenException", "MissingAuthenticationToken"})
# Printed at the end of the run (conftest.py): calls made per peer, and the members botocore's
# model and our specs do not share (never sent, never compared).
TALLY: Counter[str] = Counter()
UNPAIRED: set[str] = set()


def need(*modules: str) -> list[ModuleType]:
    """Import each module, or skip the calling test module (fail in CI) when one is absent."""
    loaded = []
    for name in modules:
        try:
            loaded.append(importlib.import_module(name))
        except ImportError as exc:
            if IN_CI:
                raise
            pytest.skip(
                f"{name} cannot be imported (pip install -e '.[dev]'): {exc}",
                allow_module_level=True,
            )
    return loaded
