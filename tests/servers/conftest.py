"""Makes ``tests/generated/samples.py`` importable; prints what the real peers did.

Hypothesis (under schemathesis, which builds its tests while collecting) keeps caches in a
storage folder, ``.hypothesis/`` in the working directory by default: it is moved to a
temporary folder for the run, removed at the end, so the clone stays clean.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import pytest

_GENERATED_TESTS = str(Path(__file__).resolve().parents[1] / "generated")
if _GENERATED_TESTS not in sys.path:
    sys.path.insert(0, _GENERATED_TESTS)

from peers import TALLY, UNPAIRED  # noqa: E402

_HYPOTHESIS_HOME = tempfile.mkdtemp(prefix="apigen-hypothesis-")
try:
    from hypothesis.configuration import set_hypothesis_home_dir
except ImportError:  # no hypothesis, no schemathesis: test_schemathesis.py skips
    pass
else:
    set_hypothesis_home_dir(_HYPOTHESIS_HOME)


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_HYPOTHESIS_HOME, ignore_errors=True)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not TALLY and not UNPAIRED:
        return
    write = terminalreporter.write_line
    write("real peers against the generated servers:")
    for key, count in sorted(TALLY.items()):
        write(f"  {key}: {count}")
    if UNPAIRED:
        write("members only one of botocore's model and our spec has (not sent, not compared):")
        for line in sorted(UNPAIRED):
            write(f"  {line}")
