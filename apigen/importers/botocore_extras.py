"""botocore ``paginators-1`` and ``waiters-2`` as the operations' ``paginated`` and
``waiters`` (``docs/spec-format.md``).

Paginators: ``input_token``/``output_token``/``result_key`` → ``inputToken``/
``outputToken``/``items`` (a string, or a list when botocore gives several; output tokens
and result keys may be JMESPath expressions such as ``NextMarker || Contents[-1].Key``),
``limit_key`` → ``pageSize``, ``more_results`` → ``moreResults``, ``non_aggregate_keys`` →
``nonAggregateKeys``.

Waiters (botocore's fixed schedule: ``delay`` seconds between at most ``maxAttempts``
attempts) → ``minDelay`` = ``maxDelay`` = ``delay`` (Smithy's schedule with equal bounds is
that fixed delay) and ``maxAttempts``. Matchers become Smithy's where botocore's meaning
is the same: ``path`` → ``output`` with ``stringEquals`` (``booleanEquals`` for a boolean
expected), ``pathAll`` → ``allStringEquals``, ``pathAny`` → ``anyStringEquals``, ``error``
with a code → ``errorType`` (a wire code, not always a modelled shape), ``error: true`` →
``success: false`` (any error), ``error: false`` → ``success: true``; ``status`` (an HTTP
status, which Smithy has no matcher for) → the extension ``status``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from apigen.importers.html_markdown import html_to_markdown
from apigen.importers.issues import Issues

PAGINATORS_FILE = "paginators-1.json"
WAITERS_FILE = "waiters-2.json"
_PAGINATOR_KEYS = {
    "input_token": "inputToken",
    "output_token": "outputToken",
    "limit_key": "pageSize",
    "result_key": "items",
    "more_results": "moreResults",
    "non_aggregate_keys": "nonAggregateKeys",
}
_COMPARATORS = {"path": "stringEquals", "pathAll": "allStringEquals", "pathAny": "anyStringEquals"}


def _one_or_many(value: Any) -> Any:
    if isinstance(value, list):
        return [str(v) for v in value] if len(value) != 1 else str(value[0])
    return str(value)


def attach_paginators(
    operations: dict[str, dict[str, Any]],
    document: Mapping[str, Any] | None,
    issues: Issues,
    file: str = PAGINATORS_FILE,
) -> None:
    if document is None:
        return
    pagination = document.get("pagination") if isinstance(document, Mapping) else None
    if not isinstance(pagination, Mapping):
        issues.add(("pagination",), "a paginators file has a `pagination` object", file)
        return
    for name, raw in sorted(pagination.items()):
        where = ("pagination", name)
        if name not in operations:
            issues.add(where, f"no operation {name!r} in the service model", file)
            continue
        if not isinstance(raw, Mapping):
            issues.add(where, "a paginator is a JSON object", file)
            continue
        issues.unknown_keys(where, raw, _PAGINATOR_KEYS, file)
        out: dict[str, Any] = {}
        for key, spec_key in _PAGINATOR_KEYS.items():
            if key in raw:
                value = _one_or_many(raw[key])
                many = key == "non_aggregate_keys" and isinstance(value, str)
                out[spec_key] = [value] if many else value
        operations[name]["paginated"] = out


def attach_waiters(
    operations: dict[str, dict[str, Any]],
    document: Mapping[str, Any] | None,
    issues: Issues,
    file: str = WAITERS_FILE,
) -> None:
    if document is None:
        return
    waiters = document.get("waiters") if isinstance(document, Mapping) else None
    if not isinstance(waiters, Mapping):
        issues.add(("waiters",), "a waiters file has a `waiters` object", file)
        return
    for name, raw in sorted(waiters.items()):
        where: tuple[str | int, ...] = ("waiters", name)
        if not isinstance(raw, Mapping):
            issues.add(where, "a waiter is a JSON object", file)
            continue
        known = {"operation", "delay", "maxAttempts", "acceptors", "description"}
        issues.unknown_keys(where, raw, known, file)
        operation = raw.get("operation")
        if operation not in operations:
            issues.add((*where, "operation"), f"no operation {operation!r} in the model", file)
            continue
        out: dict[str, Any] = {}
        if raw.get("description"):
            out["documentation"] = html_to_markdown(str(raw["description"]))
        delay = raw.get("delay")
        if isinstance(delay, int | float) and not isinstance(delay, bool):
            out["minDelay"] = out["maxDelay"] = int(delay) if float(delay).is_integer() else delay
        if "maxAttempts" in raw:
            out["maxAttempts"] = int(raw["maxAttempts"])
        acceptors = []
        for i, acceptor in enumerate(raw.get("acceptors") or ()):
            converted = _acceptor((*where, "acceptors", i), acceptor, issues, file)
            if converted is not None:
                acceptors.append(converted)
        out["acceptors"] = acceptors
        operations[str(operation)].setdefault("waiters", {})[name] = out


def _acceptor(
    where: tuple[str | int, ...], raw: Any, issues: Issues, file: str
) -> dict[str, Any] | None:
    if not isinstance(raw, Mapping):
        issues.add(where, "an acceptor is a JSON object", file)
        return None
    issues.unknown_keys(where, raw, {"matcher", "expected", "argument", "state"}, file)
    kind, expected, state = raw.get("matcher"), raw.get("expected"), raw.get("state")
    if state not in ("success", "failure", "retry"):
        issues.add((*where, "state"), f"unknown acceptor state {state!r}", file)
        return None
    matcher: dict[str, Any] | None = None
    if kind in _COMPARATORS and isinstance(raw.get("argument"), str):
        comparator = _COMPARATORS[str(kind)]
        if isinstance(expected, bool) and kind == "path":
            comparator = "booleanEquals"
        elif not isinstance(expected, str):
            comparator = ""
        if comparator:
            path = raw["argument"]
            matcher = {"output": {"path": path, "expected": expected, "comparator": comparator}}
    elif kind == "error" and isinstance(expected, str):
        matcher = {"errorType": expected}
    elif kind == "error" and isinstance(expected, bool):
        matcher = {"success": not expected}
    elif kind == "status" and isinstance(expected, int) and not isinstance(expected, bool):
        matcher = {"status": expected}
    if matcher is None:
        issues.add(where, f"cannot carry matcher {kind!r} with expected {expected!r}", file)
        return None
    return {"state": state, "matcher": matcher}
