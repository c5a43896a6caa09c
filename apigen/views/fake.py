"""View of a service's fake module: ``fake.py`` (``<Service>Fake`` and ``create_fake_app``).

``<Service>Fake`` is the generated handler with the runtime's state handler
(``runtime/fake/handler.py``) in front: one thin ``async def`` per operation the plan binds
(``fake_plan.py``), so a user subclasses it and overrides single operations; every other
operation keeps the generated handler's 501. The plan is printed as the runtime's own
records, only the fields that differ from their defaults (``plan_source``).
"""

from __future__ import annotations

from dataclasses import dataclass

from apigen import ir, naming
from apigen.views.client_methods import operation_method_name
from apigen.views.docs import docstring
from apigen.views.fake_plan import fake_plan, plan_expr
from apigen.views.imports import ImportSet
from apigen.views.layout import bracketed, layout, prefixed
from apigen.views.literals import literal
from apigen.views.server import handler_class_name, handler_signature
from apigen.views.types import TypeMapper


@dataclass(frozen=True, kw_only=True, slots=True)
class FakeMethodView:
    name: str
    operation: str  # a Python literal
    input: str
    output: str
    signature: str  # ``async def name(self, request: input) -> output:`` laid out as black does
    body: str  # its ``return await self._fake(...)`` line, laid out as black does


@dataclass(frozen=True, kw_only=True, slots=True)
class FakeView:
    doc: str
    imports: tuple[str, ...]
    fake: str
    fake_doc: str
    handler: str
    plan: str  # the ``PLAN = FakePlan(...)`` statement, laid out as black does
    methods: tuple[FakeMethodView, ...]
    exports: tuple[str, ...]


def fake_class_name(service: ir.Service) -> str:
    return f"{naming.pascal(service.name)}Fake"


def fake_view(service: ir.Service) -> FakeView:
    mapper = TypeMapper(service)
    plan = fake_plan(service)
    imports = ImportSet()
    imports.add("__future__", "annotations")
    imports.add("typing", "Any")
    imports.add(".._runtime.fake.handler", "FakeHandler")
    imports.add(".._runtime.fake.plan", "FakePlan")
    used = {
        "FakeResource": bool(plan.resources),
        "FakeIdentifier": bool(plan.resources),
        "FakeOperation": bool(plan.operations),
        "FakeFilter": any(o.filters for o in plan.operations.values()),
        "FakeToken": any(o.page for o in plan.operations.values()),
    }
    for name, needed in used.items():
        if needed:
            imports.add(".._runtime.fake.plan", name)
    imports.add(".._runtime.server.app", "ServerApp")
    imports.add(".operations", "SERVICE")
    handler = handler_class_name(service)
    imports.add(".server", handler)
    imports.add(".server", "create_app")

    def model(shape_id: str | None) -> str:
        expr = mapper.model_ref(shape_id)
        for module, name in expr.imports:
            imports.add(module, name)
        return expr.text

    def method(op: ir.Operation) -> FakeMethodView:
        name, operation = operation_method_name(op), literal(op.name)
        input_type, output_type = model(op.input), model(op.output)
        body = bracketed("return await self._fake(", [operation, "request", output_type], ")", 2)
        return FakeMethodView(
            name=name,
            operation=operation,
            input=input_type,
            output=output_type,
            signature=handler_signature(name, input_type, output_type),
            body=body,
        )

    methods = tuple(
        method(op)
        for op in sorted(service.operations, key=operation_method_name)
        if op.name in plan.operations
    )
    fake = fake_class_name(service)
    unbound = ", ".join(plan.unbound) or "none"
    return FakeView(
        doc=docstring(
            f"Stateful fake of {service.title}: {fake} (subclass it) and create_fake_app.",
            indent=0,
        ),
        imports=imports.lines(),
        fake=fake,
        fake_doc=docstring(
            f"{service.title} with state, derived from its resources: subclass it and "
            "override single operations; the others answer from the fake's store. "
            f"Operations it cannot derive (501): {unbound}.",
            indent=4,
        ),
        handler=handler,
        plan=layout(prefixed("PLAN = ", plan_expr(plan)), 0),
        methods=methods,
        exports=(fake, "PLAN", "create_fake_app"),
    )
