"""Every seed service's resources through their stories (``story.py``) with the generated
sync client, in-process (``AsgiTransport``), against the service's generated fake."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

import pytest
from story import Failed, Story
from story_names import names_allowed, unique

from apigen import ir, naming
from apigen.pipeline import load_services
from apigen.regex_translate import to_python
from apigen.views.client_methods import operation_method_name

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "specs").glob("*.yaml"))
ACCESS_KEY, SECRET_KEY = "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"


def load(path: Path) -> ir.Service:
    (service,) = load_services([path])
    return service


def in_order(service: ir.Service) -> list[tuple[ir.Resource, ir.Resource | None]]:
    """(resource, parent) with every parent before its children."""
    parent_of = {c: r for r in service.resources for c in r.resources}
    by_name = {r.name: r for r in service.resources}
    done: list[tuple[ir.Resource, ir.Resource | None]] = []
    pending = list(service.resources)
    while pending:
        waiting = len(pending)
        for res in list(pending):
            parent = by_name.get(parent_of[res.name].name) if res.name in parent_of else None
            if parent is None or parent in [d for d, _ in done]:
                done.append((res, parent))
                pending.remove(res)
        # resources bound in a cycle (validation refuses them) would wait forever
        assert len(pending) < waiting, f"no parent comes before {[r.name for r in pending]}"
    return done


class GeneratedCaller:
    def __init__(self, service: ir.Service, client: Any, error: Any) -> None:
        """``error``: the generated package's ``ServiceError`` (what a failed call raises)."""
        self.service, self.client, self.error = service, client, error

    def __call__(self, op: ir.Operation, params: dict[str, Any]) -> dict[str, Any]:
        method = getattr(self.client, operation_method_name(op))
        try:
            out = method(**params)
        except self.error as exc:
            raise Failed(exc.code, exc.status or 0) from None
        return out.model_dump(exclude_none=True) if out is not None else {}


def client_for(service: ir.Service, spec_stem: str, **fake_options: Any) -> Any:
    package = f"apigen_generated.{naming.package(spec_stem.removesuffix('.openapi'))}"
    fake = importlib.import_module(f"{package}.fake")
    client_module = importlib.import_module(f"{package}.client")
    asgi = importlib.import_module("apigen_generated._runtime.transport.asgi")
    retries = importlib.import_module("apigen_generated._runtime.client.retries")
    handler = getattr(fake, fake.__all__[0])(**fake_options)
    transport = asgi.AsgiTransport(fake.create_fake_app(handler))
    if service.sigv4_name:
        options: dict[str, Any] = {
            "region": "eu-west-1",
            "aws_access_key_id": ACCESS_KEY,
            "aws_secret_access_key": SECRET_KEY,
        }
    else:
        options = {"api_key": "KEY", "api_secret": "SECRET"}
    client_class = getattr(client_module, f"{naming.pascal(service.name)}Client")
    client = client_class(
        transport=transport, retries=retries.RetryConfig(max_backoff=0.0), **options
    )
    return client, transport, handler


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_every_resource_story_with_the_generated_client(path: Path) -> None:
    service = load(path)
    if not any(r.create is not None for r in service.resources):
        pytest.skip(f"{path.name} has no resource with a create operation: nothing to keep")
    errors = importlib.import_module("apigen_generated._runtime.core.errors")
    client, transport, _ = client_for(service, path.stem, delay=0)
    with transport:
        call = GeneratedCaller(service, client, errors.ServiceError)
        live: dict[str, dict[str, Any]] = {}
        told = []
        for resource, parent in in_order(service):
            if resource.create is None:
                continue
            parents = live[parent.name] if parent is not None else {}
            story = Story(service, resource, call)
            live[resource.name] = story.run(parents)
            told.append((resource.name, story.log))
    assert told, f"{path.name}: no resource has a story"
    # A list the fake filters by a member of a filter structure (its plan, derived from the
    # spec: Glue's Filter.ConnectionType) was filtered so.
    plan = importlib.import_module(type(client).__module__.rsplit(".", 1)[0] + ".fake").PLAN
    for name, log in told:
        lists = [o for o in plan.operations.values() if o.role == "list" and o.resource == name]
        if any("." in f.input for o in lists for f in o.filters):
            assert any(step.startswith("filter") and "." in step for step in log), (name, log)
    steps = {step.split()[0] for _, log in told for step in log}
    assert "delete" in steps  # every seed deletes something
    ops = {o.name for o in service.operations}
    if {"TagResource", "UntagResource", "ListTagsForResource"} <= ops:
        assert "tags" in steps


def test_a_unique_name_is_as_long_as_its_minimum() -> None:
    """FIS's ``TargetAccountId``: at least 12 characters, at most 48, no spaces."""
    shape = ir.Constraints(length=ir.Length(min=12, max=48), pattern=r"[\S]+")
    member = ir.Member(id="fis#R$accountId", name="accountId", target="fis#Id", constraints=shape)
    made = [unique(member, n) for n in range(3)]
    assert len(set(made)) == 3, made
    for value in made:
        assert value is not None and 12 <= len(value) <= 48, made
        assert re.fullmatch(to_python(r"[\S]+"), value), value


def test_a_unique_name_comes_from_the_pattern_when_no_readable_one_fits() -> None:
    """Connect's ``Page``: its class holds a backslash, ``p``, braces and punctuation, no
    digit, so neither ``story0x`` nor the sample with a number fits; each value still
    differs and fits."""
    pattern = r"^[\\p{L}\\-_.:=@'|]+$"
    shape = ir.Constraints(length=ir.Length(min=1, max=25), pattern=pattern)
    member = ir.Member(id="connect#R$Page", name="Page", target="connect#Page", constraints=shape)
    made = [unique(member, n, "_") for n in range(3)]
    assert len(set(made)) == 3, made
    for value in made:
        assert value is not None and 1 <= len(value) <= 25, made
        assert re.search(to_python(pattern), value), value


def test_a_unique_name_no_story_name_fits_differs_per_resource() -> None:
    """Cognito's ``RestoreId`` (a UUID, which ``story0x`` does not fit) differs for each
    resource made (one sample for all: the second create was the conflict); its
    ``TermsName``, ``^(terms-of-use|privacy-policy)$``, allows two: a story makes two."""
    uuid = r"^[0-9a-f]{8}\b-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-\b[0-9a-f]{12}$"
    shape = ir.Constraints(length=ir.Length(min=36, max=36), pattern=uuid)
    member = ir.Member(id="c#R$RestoreId", name="RestoreId", target="c#Id", constraints=shape)
    sample = "123e4567-e89b-12d3-a456-426614174000"
    made = [unique(member, n, sample) for n in range(3)]
    assert len(set(made)) == 3 and all(re.search(to_python(uuid), str(v)) for v in made), made
    terms = ir.Constraints(pattern="^(terms-of-use|privacy-policy)$")
    member = ir.Member(id="c#R$TermsName", name="TermsName", target="c#T", constraints=terms)
    made = [unique(member, n, "terms-of-use") for n in range(2)]
    assert sorted(map(str, made)) == ["privacy-policy", "terms-of-use"], made
    assert names_allowed(member, 3) == 2
