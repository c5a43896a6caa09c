"""Makes ``tests/generated/samples.py`` importable for the fake's stories."""

from __future__ import annotations

import sys
from pathlib import Path

_GENERATED_TESTS = str(Path(__file__).resolve().parents[1] / "generated")
if _GENERATED_TESTS not in sys.path:
    sys.path.insert(0, _GENERATED_TESTS)
