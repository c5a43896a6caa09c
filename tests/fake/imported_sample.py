"""Which botocore services the imported-service stories run against, chosen from the data.

A service qualifies when ``apigen import`` infers (nothing written by hand) a resource with a
create, a record-shaped read (its output holds the resource's members: the identifier or its
ARN), a list and a delete: what a story needs. The pinned botocore has a few hundred such
services; the stories take a deterministic sample of them: services in the order of the
SHA-256 of their names, the first ``APIGEN_FAKE_SAMPLE`` that qualify (unset: no sampled run;
it takes minutes per handful of services). ``APIGEN_FAKE_SAMPLE=all`` takes every one;
``APIGEN_FAKE_SAMPLE=ses,iam`` those of the named that qualify (to rerun a failure quickly).

The default run (``regression``) takes, in the same order, each qualifying service that adds
what the services before it lack: a story feature an import can give (``FEATURES``: tags by
ARN, a paginated list, a conflict error, a child resource; imports infer no lifecycle, the
seed specs' stories cover that) or a side of the issue's proof: a service moto also fakes
(moto's backend index names it) and one it does not; until all are there.
"""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile
from pathlib import Path

import botocore
import moto.backend_index
from imported_models import spec_from_folder

from apigen import ir
from apigen.errors import SpecError
from apigen.resource_names import identifier_member
from apigen.views.fake_plan import fake_plan

DATA = Path(botocore.__file__).parent / "data"
SAMPLED = bool(os.environ.get("APIGEN_FAKE_SAMPLE"))
FEATURES = ("tags", "pagination", "conflict", "parent")
MOTO = frozenset(name for name, _ in moto.backend_index.backend_url_patterns)


def model_folder(service: str) -> Path:
    """The newest API version of ``service`` in the pinned botocore."""
    return sorted(p for p in (DATA / service).iterdir() if p.is_dir())[-1]


def imported_spec(service: str, folder: Path) -> tuple[str, ir.Service]:
    """The spec ``apigen import`` writes for ``service`` (inferred resources included)."""
    loaded, text = spec_from_folder(folder, service, model_folder(service))
    return text, loaded


def _record_shaped(service: ir.Service, resource: ir.Resource) -> bool:
    read = next((o for o in service.operations if o.name == resource.read), None)
    if read is None or read.output is None:
        return False
    output = service.shape(read.output)
    shapes = [output] + [
        service.shape(m.target)
        for m in output.members
        if service.shape(m.target).type is ir.ShapeType.STRUCTURE
    ]
    own = resource.identifiers[-1][0] if resource.identifiers else ""
    for shape in shapes:
        pairs = [(m.name, m.resource_identifier) for m in shape.members]
        if identifier_member(own, pairs, short=True) or any(m.lower() == "arn" for m, _ in pairs):
            return True
    return False


def has_records(service: ir.Service, resource: ir.Resource) -> bool:
    """A record-shaped read, or a list whose items are structures: records a story reads."""
    if _record_shaped(service, resource):
        return True
    listed = next((o for o in service.operations if o.name == resource.list), None)
    for member in service.shape(listed.output).members if listed and listed.output else ():
        target = service.shape(member.target)
        if target.type is ir.ShapeType.LIST:
            return service.shape(target.member.target).type is ir.ShapeType.STRUCTURE
    return False


def fakeable(service: ir.Service) -> list[str]:
    """The resources a story can run against (see the module's docstring)."""
    return [
        r.name
        for r in service.resources  # what the import wrote: inferred, less what was refused
        if r.create and r.list and r.delete and _record_shaped(service, r)
    ]


def service_order() -> list[str]:
    """Every botocore service, in the stories' order (SHA-256 of the name)."""
    names = [
        p.name
        for p in DATA.iterdir()
        if p.is_dir() and any((f / "service-2.json.gz").exists() for f in p.iterdir())
    ]
    return sorted(names, key=lambda n: hashlib.sha256(n.encode()).hexdigest())


@functools.cache
def sample() -> tuple[str, ...]:
    wanted = os.environ.get("APIGEN_FAKE_SAMPLE", "0")
    named = [] if wanted == "all" or wanted.isdigit() else wanted.split(",")
    limit = None if wanted == "all" or named else int(wanted)
    chosen: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        for name in [n for n in service_order() if n in named] if named else service_order():
            if limit is not None and len(chosen) >= limit:
                break
            try:
                _, service = imported_spec(name, Path(scratch))
            except SpecError:  # an import apigen validate refuses is not a fake's to run
                continue
            if fakeable(service):
                chosen.append(name)
    return tuple(chosen)


def moto_fakes(name: str) -> bool:
    """Whether moto has a backend for botocore's ``name`` (moto spells it without hyphens)."""
    return name.replace("-", "") in MOTO


def features(service: ir.Service) -> set[str]:
    """The ``FEATURES`` the stories of ``service``'s fakeable resources go through."""
    plan = fake_plan(service)
    ops = {o.name: o for o in service.operations}
    story = set(fakeable(service))
    found: set[str] = set()
    for resource in service.resources:
        fake = plan.resources.get(resource.name)
        if resource.name not in story or fake is None:
            continue
        create = plan.operations.get(resource.create or "")
        listed = ops.get(resource.list or "")
        if fake.arn and any(o.role == "tag" for o in plan.operations.values()):
            found.add("tags")
        if listed is not None and listed.paginated is not None:
            found.add("pagination")
        if create is not None and create.conflict:
            found.add("conflict")
        if story & set(resource.resources):
            found.add("parent")
    return found


@functools.cache
def regression() -> tuple[str, ...]:
    """The default run's services (see the module's docstring)."""
    chosen: list[str] = []
    missing = {*FEATURES, "moto", "not moto"}
    with tempfile.TemporaryDirectory() as scratch:
        for name in service_order():
            try:
                _, service = imported_spec(name, Path(scratch))
            except SpecError:
                continue
            if not fakeable(service):
                continue
            adds = (features(service) | {"moto" if moto_fakes(name) else "not moto"}) & missing
            if adds:
                chosen.append(name)
                missing -= adds
            if not missing:
                return tuple(chosen)
    raise AssertionError(f"no qualifying botocore service gives {sorted(missing)}")
