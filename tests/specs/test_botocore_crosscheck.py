"""Our AWS specs against botocore's model of the same service: every difference is explained.

The specs are transcriptions of AWS documents (``shared/seeds/``); botocore ships AWS's own,
newer model of each service. ``botocore_diff.py`` walks both from every operation and lists
what differs on the wire (members, required flags, types, enum values, constraints, sensitive,
idempotency tokens, HTTP bindings, errors, pagination). Each difference must be listed, with a
reason, in ``botocore_differences.yaml``, and each listed difference must still occur, so the
list cannot rot. Glue's spec is a subset of the API (the Connection operations): botocore's
other operations are out of scope, and only shapes those operations reach are compared.

Before listing a new difference, check the seed document: where the document agrees with
botocore the spec has a transcription error to fix (``docs/transcription/<service>.md``);
where the document itself differs, the spec keeps the document's version and the entry says so.

Without botocore the test is skipped, except under CI (``CI`` set), where it fails.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from botocore_diff import Comparison, Difference, Value, with_paginators

from apigen.frontends import load_service
from apigen.frontends.botocore import botocore_service

try:
    import botocore
    from botocore.loaders import Loader
except ImportError:
    if os.environ.get("CI"):
        pytest.fail(
            "botocore is not installed; CI installs apigen[dev], which has it", pytrace=False
        )
    pytest.skip(
        "botocore is not installed (pip install -e '.[dev]'): no AWS models to cross-check",
        allow_module_level=True,
    )

SPECS = Path(__file__).resolve().parents[2] / "specs"
ALLOWLIST = Path(__file__).with_name("botocore_differences.yaml")
# botocore service name (also the spec's file stem) → the spec covers only part of the API
SERVICES = {"kafkaconnect": False, "emr-containers": False, "glue": True}


@dataclass(frozen=True)
class Entry:
    """One allowlist entry: the same difference (values, reason) at one or more paths."""

    service: str
    paths: tuple[str, ...]
    spec: Value
    botocore: Value
    reason: str

    def differences(self) -> Iterator[Difference]:
        for path in self.paths:
            yield Difference(self.service, path, self.spec, self.botocore)


def _value(raw: Any) -> Value:
    return tuple(str(v) for v in raw) if isinstance(raw, list) else raw


def _plain(value: Value) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _allowlist() -> tuple[str, list[Entry]]:
    """The botocore release the entries were recorded against, and the entries."""
    document = yaml.safe_load(ALLOWLIST.read_text(encoding="utf-8"))
    entries = []
    for raw in document["differences"]:
        paths = raw["path"]
        entries.append(
            Entry(
                service=raw["service"],
                paths=tuple(paths) if isinstance(paths, list) else (paths,),
                spec=_value(raw["spec"]),
                botocore=_value(raw["botocore"]),
                reason=raw["reason"],
            )
        )
    return str(document["botocore"]), entries


RECORDED_WITH, ENTRIES = _allowlist()


def _as_yaml(differences: list[Difference]) -> str:
    """Entries to paste into the allowlist once the reason is written."""
    return yaml.safe_dump(
        [
            {
                "service": d.service,
                "path": d.path,
                "spec": _plain(d.spec),
                "botocore": _plain(d.botocore),
                "reason": "<why: check the seed document first>",
            }
            for d in differences
        ],
        sort_keys=False,
        width=100,
        allow_unicode=True,
    )


def _version_note() -> str:
    if botocore.__version__ == RECORDED_WITH:
        return ""
    return (
        f"\n(the allowlist was recorded with botocore {RECORDED_WITH}; "
        f"{botocore.__version__} is installed, and its models may have moved on)"
    )


@pytest.fixture(scope="module")
def found() -> dict[str, set[Difference]]:
    """Every difference, per service (computed once: about 0.3 s for the three)."""
    loader = Loader()
    out = {}
    for name, subset in SERVICES.items():
        spec = load_service(SPECS / f"{name}.yaml")
        boto = with_paginators(
            botocore_service(loader.load_service_model(name, "service-2"), f"botocore {name}"),
            loader.load_service_model(name, "paginators-1"),
        )
        out[name] = set(Comparison(name, spec, boto, subset=subset).differences())
    return out


def _listed(service: str) -> set[Difference]:
    return {d for e in ENTRIES if e.service == service for d in e.differences()}


@pytest.mark.parametrize("service", SERVICES)
def test_every_difference_is_explained(service: str, found: dict[str, set[Difference]]) -> None:
    unexplained = sorted(found[service] - _listed(service), key=Difference.sort_key)
    assert not unexplained, (
        f"{len(unexplained)} difference(s) from botocore not in {ALLOWLIST.name}:\n"
        + "\n".join(f"  {d}" for d in unexplained)
        + "\nCheck each against the seed document: fix the spec where the document agrees "
        + f"with botocore, otherwise add an entry:\n{_as_yaml(unexplained)}"
        + _version_note()
    )


@pytest.mark.parametrize("service", SERVICES)
def test_no_stale_entries(service: str, found: dict[str, set[Difference]]) -> None:
    stale = sorted(_listed(service) - found[service], key=Difference.sort_key)
    assert not stale, (
        f"{len(stale)} difference(s) in {ALLOWLIST.name} no longer occur; remove them:\n"
        + "\n".join(f"  {d}" for d in stale)
        + _version_note()
    )


def test_allowlist_is_well_formed() -> None:
    problems = []
    seen: set[Difference] = set()
    for entry in ENTRIES:
        where = f"{entry.service} {entry.paths[0] if entry.paths else '(no path)'}"
        if entry.service not in SERVICES:
            problems.append(f"{where}: unknown service (known: {', '.join(SERVICES)})")
        if not entry.paths or not all(isinstance(p, str) and p for p in entry.paths):
            problems.append(f"{where}: path must be a name or a list of names")
        if not isinstance(entry.reason, str) or not entry.reason.strip() or "\n" in entry.reason:
            problems.append(f"{where}: the reason must be one non-empty line")
        for difference in entry.differences():
            if difference in seen:
                problems.append(f"{difference}: listed twice")
            seen.add(difference)
    assert not problems, "\n".join(problems)
