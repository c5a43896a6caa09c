"""Per suite, direction and side counts of the botocore protocol cases, printed at the end."""

from __future__ import annotations

from collections import Counter

import pytest
from botocore_cases import SUITES

_TESTS = {
    "test_input_client": ("input", "client"),
    "test_input_server": ("input", "server"),
    "test_output_client": ("output", "client"),
    "test_output_server": ("output", "server"),
}
_TALLY: Counter[tuple[str, str, str, str]] = Counter()


def _key(nodeid: str) -> tuple[str, str, str] | None:
    if "test_botocore_protocols.py::" not in nodeid or "[" not in nodeid:
        return None
    function, _, param = nodeid.split("::", 1)[1].partition("[")
    where = _TESTS.get(function)
    if where is None:
        return None
    return (param.split(":", 1)[0], *where)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    key = _key(report.nodeid)
    if key is None:
        return
    if report.when == "call" or (report.when == "setup" and not report.passed):
        outcome = "pass" if report.passed else "skip" if report.skipped else "fail"
        _TALLY[(*key, outcome)] += 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _TALLY:
        return
    write = terminalreporter.write_line
    write("")
    write("botocore protocol conformance: pass / skip / fail")
    width = max(len(s) for s in SUITES)
    for suite in SUITES:
        for direction in ("input", "output"):
            cells = []
            for side in ("client", "server"):
                counts = [_TALLY[(suite, direction, side, o)] for o in ("pass", "skip", "fail")]
                total = sum(counts)
                cells.append(f"{side} {counts[0]:>3}/{counts[1]}/{counts[2]} of {total:>3}")
            write(f"  {suite:<{width}} {direction:<6}  " + "   ".join(cells))
    for side in ("client", "server"):
        counts = [
            sum(v for k, v in _TALLY.items() if k[2] == side and k[3] == o)
            for o in ("pass", "skip", "fail")
        ]
        total = sum(counts)
        rate = 100.0 * counts[0] / total if total else 0.0
        write(f"  all {side}: {counts[0]}/{counts[1]}/{counts[2]} of {total} ({rate:.1f}% pass)")
