"""Endpoint resolution: our rules engine beside botocore's, cold and per call.

Two figures per service of ``../shared/conformance/endpoint-rules/`` (the rule sets and AWS's own
endpoint test cases):

- **cold**: one evaluation of the rule set for each test case that expects an endpoint, with no
  cache in front (ours: ``runtime.endpoints.rules.RuleSet.resolve``; botocore:
  ``endpoint_provider.RuleSet.evaluate`` with botocore's partitions), mean µs per case;
- **per call** (the services apigen generates): what a client spends finding the endpoint of one
  call once warm. Ours is ``Resolved.for_call`` (the client's resolution, then a lookup of the
  call's parameters: docs/endpoints.md, "Cost"); botocore's is
  ``client._ruleset_resolver.construct_endpoint`` for the same operation (its provider keeps an
  LRU cache of results, so this too is a cached path).

Run ``python bench/bench_endpoints.py [--repeat 2000]``; results go in bench/README.md.
"""

from __future__ import annotations

import argparse
import importlib
import json
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT.parent / "shared" / "conformance" / "endpoint-rules"


def _per_call_us(fn: Callable[[], object], repeat: int) -> float:
    fn()
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(repeat):
            fn()
        best = min(best, (time.perf_counter() - start) / repeat)
    return best * 1e6


def _each(resolve: Callable[[dict[str, Any]], object], cases: list[dict[str, Any]]) -> None:
    for params in cases:
        resolve(dict(params))


def _cases(folder: Path) -> list[dict[str, Any]]:
    tests = json.loads((folder / "endpoint-tests-1.json").read_text())["testCases"]
    return [c["params"] for c in tests if "endpoint" in c.get("expect", {})]


def cold(repeat: int) -> list[tuple[str, int, float, float]]:
    from botocore.endpoint_provider import RuleSet as BotoRuleSet
    from botocore.loaders import create_loader

    from apigen.runtime.endpoints.rules import RuleSet

    partitions = create_loader().load_data("partitions")
    rows = []
    for folder in sorted(p for p in RULES.iterdir() if p.is_dir()):
        document = json.loads((folder / "endpoint-rule-set-1.json").read_text())
        cases = _cases(folder)
        ours = RuleSet(document)
        theirs = BotoRuleSet(**document, partitions=partitions)
        # botocore takes string arrays as tuples (its provider hashes its arguments).
        boto_cases = [
            {k: tuple(v) if isinstance(v, list) else v for k, v in c.items()} for c in cases
        ]
        rounds = max(1, repeat // max(len(cases), 1))

        rows.append(
            (
                folder.name,
                len(cases),
                _per_call_us(partial(_each, ours.resolve, cases), rounds) / len(cases),
                _per_call_us(partial(_each, theirs.evaluate, boto_cases), rounds) / len(cases),
            )
        )
    return rows


def per_call(repeat: int) -> list[tuple[str, str, float, float]]:
    import boto3

    from apigen.runtime.core.params import build_input

    generated = importlib.import_module("apigen_generated")
    rows = []
    session = boto3.session.Session(
        aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="secret", region_name="us-east-1"
    )
    for folder in sorted(p for p in RULES.iterdir() if p.is_dir()):
        try:
            operations = importlib.import_module(
                f"{generated.__name__}.{folder.name.replace('-', '_')}.operations"
            )
        except ImportError:
            continue  # not a service apigen ships
        spec = operations.SERVICE
        client_module = importlib.import_module(
            f"{generated.__name__}.{folder.name.replace('-', '_')}.client"
        )
        client_class = next(
            v
            for k, v in vars(client_module).items()
            if k.endswith("Client")
            and isinstance(v, type)
            and v.__module__ == client_module.__name__
        )
        name, op = next(
            (n, o) for n, o in sorted(spec.operations.items()) if not o.static_context_params
        )
        client = client_class(
            region="us-east-1", aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="secret"
        )
        # An empty input, unvalidated: the operation sets no endpoint parameter from it.
        model = build_input(op, {}, False)
        state = client._resolved()

        boto = session.client(folder.name)
        operation_model = boto.meta.service_model.operation_model(name)
        resolver = boto._ruleset_resolver
        rows.append(
            (
                folder.name,
                name,
                _per_call_us(partial(state.for_call, op, model), repeat),
                _per_call_us(partial(resolver.construct_endpoint, operation_model, {}, {}), repeat),
            )
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2000)
    args = parser.parse_args()
    if not RULES.is_dir():
        raise SystemExit(f"{RULES} is missing: the endpoint rule sets live in ../shared")
    print("| service | cases | ours cold µs | botocore cold µs | ratio |")
    print("|---|---:|---:|---:|---:|")
    for service, count, ours, theirs in cold(args.repeat):
        print(f"| {service} | {count} | {ours:.1f} | {theirs:.1f} | {ours / theirs:.2f}x |")
    print()
    print("| service | operation | ours per call µs | botocore per call µs | ratio |")
    print("|---|---|---:|---:|---:|")
    for service, operation, ours, theirs in per_call(args.repeat):
        print(f"| {service} | {operation} | {ours:.2f} | {theirs:.2f} | {ours / theirs:.2f}x |")


if __name__ == "__main__":
    main()
