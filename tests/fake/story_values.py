"""What a story expects to read back of the values it sent, read from the model.

A list input member may send values the record holds, by the same member name, each as a
structure: CodeDeploy's ``CreateDeploymentGroup`` takes ``autoScalingGroups`` as group names
(``AutoScalingGroupNameList``) while its ``DeploymentGroupInfo`` holds ``AutoScalingGroup``
structures (``name``, ``hook``, ``terminationHook``). A sent value is then expected in the
structure's one member of the value's shape (or, none being of it, its one member of the
same scalar type and constraints); any other member is the server's to fill.

``sent_fields``: what a create or update sent of the record's members: not its identifiers,
timestamps the server stamps, a structure's ARN (the server makes it), nor an update's label
and query members (they select the resource, they set nothing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from apigen import ir, naming

if TYPE_CHECKING:
    from spec_facts import Facts

_SCALAR_NOT = {ir.ShapeType.STRUCTURE, ir.ShapeType.UNION, ir.ShapeType.LIST, ir.ShapeType.MAP}


def expected(
    service: ir.Service, given: ir.Shape | None, record: ir.Shape, sent: dict[str, Any]
) -> dict[str, Any]:
    """``sent`` (Python-named) as the record holds it: values wrapped where it holds them so."""
    out = dict(sent)
    by_name = {naming.snake(m.name): m for m in record.members}
    for member in given.members if given else ():
        attr = naming.snake(member.name)
        held = by_name.get(attr)
        if held is None or not isinstance(out.get(attr), list):
            continue
        sent_list, held_list = service.shape(member.target), service.shape(held.target)
        if _items(service, sent_list) is ir.ShapeType.STRUCTURE and _items(
            service, held_list
        ) not in (ir.ShapeType.STRUCTURE, ir.ShapeType.UNION, None):
            del out[attr]  # structures in, what the service makes of them out (EKS add-ons'
            continue  # ``podIdentityAssociations``: the associations' ARNs)
        into = _holder(service, sent_list, held_list)
        if into is not None:
            out[attr] = [{into: value} for value in out[attr]]
    return out


def _items(service: ir.Service, shape: ir.Shape) -> ir.ShapeType | None:
    """The type of a list's items (None: no list)."""
    if shape.type is not ir.ShapeType.LIST:
        return None
    return service.shape(shape.members[0].target).type


def _holder(service: ir.Service, sent: ir.Shape, held: ir.Shape) -> str | None:
    """The member of ``held``'s items each of ``sent``'s items goes into, if it is one."""
    if sent.type is not ir.ShapeType.LIST or held.type is not ir.ShapeType.LIST:
        return None
    value = service.shape(sent.members[0].target)
    item = service.shape(held.members[0].target)
    if value.type in _SCALAR_NOT or item.type is not ir.ShapeType.STRUCTURE:
        return None
    same = [m for m in item.members if m.target == value.id]
    if not same:
        same = [m for m in item.members if _kind(service.shape(m.target)) == _kind(value)]
    return naming.snake(same[0].name) if len(same) == 1 else None


def _kind(shape: ir.Shape) -> tuple[Any, ...]:
    return (shape.type, shape.constraints, shape.enum_values)


def made_ids(facts: Facts, update: bool) -> set[str]:
    """For an update, the record's ``Id``/``...Id`` members the create's input does not take
    (the server makes them): an update naming one selects by it (WAF's ``Id`` beside the
    ``Name`` a rule group is named by), it does not set it."""
    create = facts.op("create")
    given = facts.shape_of(create.input) if create is not None else None
    if not update or given is None:
        return set()
    taken = {m.name.lower() for m in given.members}
    return {
        naming.snake(m.name)
        for m in facts.shape.members
        if (m.name == "Id" or m.name.endswith("Id")) and m.name.lower() not in taken
    }


def sent_fields(facts: Facts, op: ir.Operation, params: dict[str, Any]) -> dict[str, Any]:
    """What ``params`` set of the resource's members (nested inputs unwrapped)."""
    fields = facts.fields
    ids = {facts.carrier(i, facts.shape, short=True) for i, _ in facts.resource.identifiers}
    shape = facts.shape_of(op.input)
    update = op.name != facts.resource.create
    selectors = (ir.Location.LABEL, ir.Location.QUERY)  # an update's select, not set
    written = (  # (API Gateway's ``domainNameId`` query of UpdateDomainName)
        {
            naming.snake(m.name)
            for m in shape.members
            if not m.read_only and not (update and m.http and m.http.location in selectors)
        }
        if shape
        else set()
    )
    fields = fields - facts.stamped("update" if update else "create") - made_ids(facts, update)
    out = {k: v for k, v in params.items() if k in fields and k not in ids and k in written}
    held = {m.name.lower(): m.target for m in facts.shape.members}
    for member in shape.members if shape else ():
        attr = naming.snake(member.name)
        value = params.get(attr)
        inner = facts.service.shape(member.target)
        payload = member.http is not None and member.http.location is ir.Location.PAYLOAD
        record = {inner.id, inner.narrows} & {facts.shape.id, facts.shape.narrows}
        body = payload and bool(record - {None})  # the record as the body: all of it
        if isinstance(value, dict) and (attr not in fields or body):
            writable = {  # the record's members, not others of their name (Bedrock's
                naming.snake(m.name)  # ``policyDefinition.version``: a format's version)
                for m in inner.members
                if not m.read_only and (body or held.get(m.name.lower()) == m.target)
            }
            made = {"arn", f"{naming.snake(facts.resource.name)}_arn"}  # the server's
            out.update(  # ARN, whatever a structure sends (QuickSight's RefreshSchedule)
                {
                    k: v
                    for k, v in value.items()
                    if k in fields and k not in ids and k in writable and k not in made
                }
            )
    return expected(facts.service, shape, facts.shape, out)
