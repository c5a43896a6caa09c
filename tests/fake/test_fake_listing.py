"""``apigen serve SERVICE --fake --list``: every operation of each seed once, with what the
fake does with it or why it answers 501, and the running fake answers as listed."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from imported_sample import imported_spec, service_order
from samples import Samples
from test_stories import SEEDS, client_for, load

from apigen import ir
from apigen.cli import main
from apigen.errors import SpecError
from apigen.views.client_methods import operation_method_name
from apigen.views.fake_plan import NO_BINDING, fake_plan

# Smithy's ``aws.api#tagEnabled`` operation names: the fake serves them for any resource.
TAGGING = {"TagResource", "UntagResource", "ListTagsForResource"}


def listed(path: Path) -> dict[str, str]:
    """Operation name -> what ``--list`` says of it (each operation's line, once)."""
    result = CliRunner().invoke(main, ["serve", path.stem, "--fake", "--list"])
    assert result.exit_code == 0, result.output
    *rows, summary = result.output.splitlines()
    out: dict[str, str] = {}
    for row in rows:
        name, said = row.split(maxsplit=1)
        assert name not in out, f"{name} listed twice"
        out[name] = said
    served = sum(not s.startswith("501") for s in out.values())
    assert summary == f"{served} served, {len(out) - served} answer 501"
    return out


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_every_operation_listed_once_with_its_role_or_its_reason(path: Path) -> None:
    service = load(path)
    said = listed(path)
    assert sorted(said) == sorted(o.name for o in service.operations)
    bound = {op: (role, r.name) for r in service.resources for role, op in r.lifecycle_operations}
    for r in service.resources:
        bound.update({op: ("action", r.name) for op in r.operations})
    for name, text in said.items():
        if text.startswith("501"):
            reason = text.removeprefix("501:").strip()
            assert reason, name
            if name not in bound and name not in TAGGING:
                assert reason.startswith("no resource binds it"), (name, reason)
        elif name in bound:  # served in the role the spec's resource binds it in
            role, resource = bound[name]
            assert text.split()[:2] == [role, resource], (name, text)
        else:
            assert name in TAGGING and text.endswith("by its ARN"), (name, text)


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_the_running_fake_answers_501_exactly_where_listed(path: Path) -> None:
    """Each operation once with a valid sample input: a listed-501 one answers 501, every
    other one anything else (a not-found error is an answer)."""
    service = load(path)
    said = listed(path)
    errors = importlib.import_module("apigen_generated._runtime.core.errors")
    samples = Samples(service)
    client, transport, _ = client_for(service, path.stem, delay=0)
    statuses: dict[str, int] = {}
    with transport:
        for op in service.operations:
            shape = service.shapes[op.input] if op.input else None
            params = samples.structure(shape) if shape is not None else {}
            statuses[op.name] = _status(client, op, params, errors)
    wrong = {
        name: (status, said[name])
        for name, status in statuses.items()
        if (status == 501) != said[name].startswith("501")
    }
    assert not wrong


def _status(client: Any, op: ir.Operation, params: dict[str, Any], errors: Any) -> int:
    try:
        getattr(client, operation_method_name(op))(**params)
    except errors.ServiceError as exc:
        return int(exc.status or 0)
    return 200


def test_an_operation_making_a_resource_without_a_create_says_so(tmp_path: Path) -> None:
    """The first imported service (the stories' order) with such a reason: the operation's
    output does carry the named resource's own identifier, and that resource has no create."""
    for name in service_order():
        try:
            _, service = imported_spec(name, tmp_path)
        except SpecError:
            continue
        detailed = {
            op: why
            for op, why in fake_plan(service).unbound.items()
            if why.startswith(NO_BINDING + ":")
        }
        if detailed:
            break
    else:
        pytest.fail("no imported service has an operation making a resource without a create")
    ops = {o.name: o for o in service.operations}
    resources = {r.name: r for r in service.resources}
    for op, why in detailed.items():
        resource = resources[why.split("carries ", 1)[1].split("'s ", 1)[0]]
        own = resource.identifiers[-1][0]
        output = service.shape(ops[op].output or "")
        assert resource.create is None and f"'s {own}," in why, (op, why)
        assert own.lower() in {m.name.lower() for m in output.members}, (op, why)
