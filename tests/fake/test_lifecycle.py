"""Lifecycles: a resource shows each state its spec declares, in order, as the fake's clock
moves; and the generated waiters complete against the fake (real clock, small delay)."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
from story import Story
from test_stories import SEEDS, GeneratedCaller, client_for, in_order, load

from apigen import ir, naming

ERRORS = "apigen_generated._runtime.core.errors"
DELAY = 5.0


def _stories(path: Path, **options: Any) -> tuple[Any, Any, Any, ir.Service]:
    service = load(path)
    client, transport, _handler = client_for(service, path.stem, **options)
    call = GeneratedCaller(service, client, importlib.import_module(ERRORS).ServiceError)
    return client, transport, call, service


_NUMBERS = iter(range(100, 10_000))


def _parents(service: ir.Service, call: Any, wanted: ir.Resource) -> dict[str, Any]:
    made: dict[str, dict[str, Any]] = {}
    for resource, parent in in_order(service):
        if resource is wanted:
            return made[parent.name] if parent else {}
        if resource.create and any(c == wanted.name for c in resource.resources):
            made[resource.name] = Story(service, resource, call).create({}, next(_NUMBERS))[0]
    return {}


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_states_move_on_with_the_clock(path: Path) -> None:
    now = [1_000_000.0]
    _client, transport, call, service = _stories(path, delay=DELAY, clock=lambda: now[0])
    checked = 0
    with transport:
        for resource in service.resources:
            story = Story(service, resource, call)
            created = story.facts.states("create")
            if resource.create is None or len(created) < 1 or story.facts.status is None:
                continue
            ids, _ = story.create(_parents(service, call, resource), next(_NUMBERS))
            seen = [str(story.read(ids)[story.facts.status])]
            for _ in created[1:]:
                now[0] += DELAY
                seen.append(str(story.read(ids)[story.facts.status]))
            assert seen == list(created), (resource.name, seen)
            deleted = story.facts.states("delete")
            if resource.delete and deleted and deleted[0] is not None:
                story.call(story.facts.op("delete"), story.input(story.facts.op("delete"), ids, 0))
                assert str(story.read(ids)[story.facts.status]) == deleted[0]
                now[0] += DELAY * len(deleted)
            checked += 1
    if any(r.lifecycle for r in service.resources):
        assert checked


def _waits_for(service: ir.Service, story: Story, state: str) -> list[ir.Waiter]:
    """Waiters of the resource's read (or list) whose success is ``state``."""
    op = story.facts.op("read") or story.facts.op("list")
    assert op is not None
    return [
        w
        for w in op.waiters
        if any(
            a.state == "success" and a.matcher.kind == "output" and a.matcher.expected == state
            for a in w.acceptors
        )
    ]


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_generated_waiters_complete(path: Path) -> None:
    client, transport, call, service = _stories(path, delay=0.05)
    waited = []
    with transport:
        for resource in service.resources:
            story = Story(service, resource, call)
            created = story.facts.states("create")
            if resource.create is None or not created:
                continue
            for waiter in _waits_for(service, story, str(created[-1])):
                ids, _ = story.create(_parents(service, call, resource), next(_NUMBERS))
                reader = story.facts.op("read") or story.facts.op("list")
                assert reader is not None
                shape = service.shape(reader.input or "")
                params = {
                    story.facts.carrier(i, shape) or naming.snake(i): v
                    for i, v in ids.items()
                    if story.facts.carrier(i, shape)
                }
                client._wait(waiter.name, params, max_wait=30, min_delay=0.01, max_delay=0.05)
                waited.append(waiter.name)
    declared = []
    for resource in service.resources:
        story = Story(service, resource, call)
        final = (story.facts.states("create") or ("",))[-1]
        declared += [w.name for w in _waits_for(service, story, str(final))]
    assert sorted(waited) == sorted(declared)
