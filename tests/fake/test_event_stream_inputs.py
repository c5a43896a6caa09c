"""An operation whose input sends an event stream is left unbound with its reason: Q
Business' ``Chat`` (inferred as a create of ``Messages``) sends ``inputStream``, which the
store cannot hold (the create answered 500: ``cannot store a EventStream``). The operations
come from botocore's model: those whose input has an ``eventstream`` member."""

from __future__ import annotations

from pathlib import Path

import botocore.session
from imported_sample import imported_spec

from apigen.views.fake_plan import fake_plan


def test_event_stream_inputs_are_unbound(tmp_path: Path) -> None:
    service = "qbusiness"
    model = botocore.session.get_session().get_service_model(service)
    streamed = {
        name
        for name in model.operation_names
        if (shape := model.operation_model(name).input_shape) is not None
        and any(m.serialization.get("eventstream") for m in shape.members.values())
    }
    assert streamed, "the model has an operation sending an event stream"
    _, loaded = imported_spec(service, tmp_path)
    plan = fake_plan(loaded)
    assert not streamed & set(plan.operations), streamed & set(plan.operations)
    claimed = {o for r in loaded.resources for o in (r.create, r.read, r.update, r.delete)}
    for name in streamed & claimed:
        assert "event stream" in plan.unbound[name], (name, plan.unbound.get(name))
    assert streamed & claimed, "a lifecycle operation sends one (Chat)"
