"""A service's fake plan (``runtime/fake/plan.py``), derived from its IR resources.

Everything the fake does is read here from the spec, once, at generation time: each
resource's record layout (``fake_resource.py``, from the shape ``fake_records.py`` finds),
how each operation a resource binds meets it and the service's tagging operations
(``fake_operation.py``, with the errors of ``fake_errors.py`` and the values of
``fake_skeleton.py``). The first resource binding an operation serves it.

Every other operation answers 501, with the reason the plan keeps (``FakePlan.unbound``,
printed by ``apigen serve --fake --list``): no resource binds it, its resource has no shape
holding a record, a value its records need that nothing the fake makes fits (an identifier's
pattern and length contradicting each other), a child's create refusing every parent the
fake makes (``fake_parents.py``), its input lacks an identifier, its output
needs a value nothing fits, or (tagging) no resource to tag / no ARN in its input / a
listing of several resources' tags whose items name none
(``tagging_operations``: which operations tag, beside ``TAGGING``'s).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from apigen import ir, naming
from apigen.resource_names import TAGGING, identifier_member
from apigen.runtime.fake import plan as fp
from apigen.runtime.fake.plan import ROLES
from apigen.tagging_operations import TagOperation, listed_item, tag_operations, tagging_names
from apigen.views.fake_operation import OperationPlanner, Unplanned
from apigen.views.fake_parents import unfit_parent
from apigen.views.fake_records import named, pairs
from apigen.views.fake_resource import plan_resource, unmakeable
from apigen.views.fake_skeleton import Skeleton
from apigen.views.layout import Bracket, Expr, flat, prefixed
from apigen.views.literals import literal

NO_BINDING = "no resource binds it"


def fake_plan(service: ir.Service) -> fp.FakePlan:
    skeleton = Skeleton(service)
    planner = OperationPlanner(service, skeleton)
    ops = {o.name: o for o in service.operations}
    parents: dict[str, ir.Resource] = {}
    by_name = {r.name: r for r in service.resources}
    for res in service.resources:
        for child in res.resources:
            if child in by_name:
                parents[child] = res
    resources: dict[str, fp.FakeResource] = {}
    operations: dict[str, fp.FakeOperation] = {}
    reasons: dict[str, str] = {}
    for res in service.resources:
        bound = [*res.lifecycle_operations, *(("action", o) for o in res.operations)]
        create = ops.get(res.create or "")
        made = plan_resource(
            service,
            res,
            parents.get(res.name),
            planner.input(create) if create else None,
            skeleton,
            service.shape(create.output) if create and create.output else None,
        )
        if made is None:
            for _, name in bound:
                reasons.setdefault(
                    name,
                    f"resource {res.name} has no record shape (its read returns no structure,"
                    " its list no structure items)",
                )
            continue
        fake, shape = made
        why = unmakeable(service, res, fake, shape)
        if why is not None:
            for _, name in bound:
                reasons.setdefault(name, why)
            continue
        resources[res.name] = fake
        for role, name in bound:
            op = ops.get(name)
            if op is None or name in operations:
                continue
            try:
                operations[name] = planner.operation(role, op, res, fake, shape)
            except Unplanned as why:
                reasons.setdefault(name, f"{role} of {res.name}: {why}")
                continue
            create_input = planner.input(op) if role == "create" else None
            tags = named(create_input, "tags") if create_input else None
            if tags is not None:
                planner.note_tags(tags)
    for res in service.resources:  # a child's create that takes no parent the fake makes
        kept, above = resources.get(res.name), parents.get(res.name)
        create = ops.get(res.create or "")
        planned = operations.get(res.create or "")
        if kept is None or above is None or above.name not in resources or create is None:
            continue
        unfit = unfit_parent(service, res, kept, resources[above.name], planner.input(create))
        if unfit is not None and planned is not None and planned.resource == res.name:
            del operations[create.name]
            reasons[create.name] = f"create of {res.name}: {unfit}"
    if resources:
        _bind_tagging(service, planner, operations, reasons)
    for name in () if resources else tagging_names(service) - set(operations):
        reasons.setdefault(name, "no resource of the fake to tag")
    unbound = {
        o.name: reasons.get(o.name) or _why_unbound(service, o)
        for o in sorted(service.operations, key=lambda o: o.name)
        if o.name not in operations
    }
    return fp.FakePlan(
        resources=resources,
        operations=dict(sorted(operations.items())),
        unbound=unbound,
        tag_pair=planner.tag_pair,
    )


def _bind_tagging(
    service: ir.Service,
    planner: OperationPlanner,
    operations: dict[str, fp.FakeOperation],
    reasons: dict[str, str],
) -> None:
    """The tagging operations' plans (``TAGGING``'s, and those ``tagging_operations``
    recognises), tagging ones first: the shape they take tags in finds a listing's tags."""
    ops = {o.name: o for o in service.operations}
    recognised = tag_operations(service)
    standard: list[tuple[str, str, TagOperation | None]] = [
        (n, r, t if t and t.role == r else None)
        for n, r in TAGGING.items()
        for t in [recognised.get(n)]
    ]
    others: list[tuple[str, str, TagOperation | None]] = [
        (t.name, t.role, t) for t in recognised.values() if t.name not in TAGGING
    ]
    for name, role, found in sorted(standard + others, key=lambda t: ROLES.index(t[1])):
        op = ops.get(name)
        if op is None or name in operations:
            continue
        several = found if found is not None and found.several else None
        item = listed_item(service, op, several) if several and role == "tags" else None
        if several and role == "tags" and item is None:
            reasons[name] = f"tags: no item of its output names each of its {several.resource}"
            continue
        try:
            planned = planner.tagging(role, op, found, _item_tags(service, op, item))
        except Unplanned as why:
            reasons.setdefault(name, f"{role}: {why}")
            continue
        if found is not None and found.replaces:
            planned = dataclasses.replace(planned, replaces=True)
        if several:
            items, field, tags = (naming.snake(n) for n in item or ("", "", ""))
            planned = dataclasses.replace(
                planned, several=True, items=items or None, item_field=field or None
            )
            planned = dataclasses.replace(planned, record=tags) if tags else planned
        operations[name] = planned


def _item_tags(
    service: ir.Service, op: ir.Operation, item: tuple[str, str, str] | None
) -> ir.Member | None:
    """The member of a listing's items holding each one's tags (``listed_item``'s third)."""
    listed = service.shape(op.output).get_member(item[0]) if item and op.output else None
    shape = service.shape(listed.target) if listed is not None else None
    element = service.shape(shape.member.target) if shape and shape.member else None
    return element.get_member(item[2]) if element is not None and item else None


def _why_unbound(service: ir.Service, op: ir.Operation) -> str:
    """``NO_BINDING``, saying which resource the operation may make when its output carries
    the own identifier of a resource without a create (GuardDuty's ``StartMalwareScan`` and
    ``ScanId``): the spec's ``resources:`` can bind it as that resource's create."""
    output = service.shape(op.output) if op.output else None
    for res in service.resources if output is not None else ():
        own = res.identifiers[-1][0] if res.identifiers else None
        if own is None or res.create is not None or identifier_member(own, pairs(output)) is None:
            continue
        return (
            f"{NO_BINDING}: its output carries {res.name}'s {own}, but {res.name} has no"
            " create (the spec's resources: can bind it as one)"
        )
    return NO_BINDING


def plan_source(value: Any) -> str:
    """Python source of a plan value: its records with only the fields that differ from
    their defaults (as ``operations.py`` prints an ``OperationSpec``)."""
    return flat(plan_expr(value))


def plan_expr(value: Any) -> Expr:
    """``plan_source`` as an expression ``views.layout`` lays out as black does."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        args: list[Expr] = []
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if f.default is not dataclasses.MISSING and item == f.default:
                continue
            if f.default_factory is not dataclasses.MISSING and item == f.default_factory():
                continue
            args.append(prefixed(f"{f.name}=", plan_expr(item)))
        return Bracket(f"{type(value).__name__}(", args, ")")
    if isinstance(value, dict):
        items = [prefixed(f"{literal(k)}: ", plan_expr(v)) for k, v in value.items()]
        return Bracket("{", items, "}")
    if isinstance(value, tuple):
        return Bracket("(", [plan_expr(v) for v in value], ")", one_tuple=len(value) == 1)
    if isinstance(value, list):
        return Bracket("[", [plan_expr(v) for v in value], "]")
    return literal(value)
