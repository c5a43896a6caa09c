"""What a story expects to read back of the values it sent, read from the model.

A list input member may send values the record holds, by the same member name, each as a
structure: CodeDeploy's ``CreateDeploymentGroup`` takes ``autoScalingGroups`` as group names
(``AutoScalingGroupNameList``) while its ``DeploymentGroupInfo`` holds ``AutoScalingGroup``
structures (``name``, ``hook``, ``terminationHook``). A sent value is then expected in the
structure's one member of the value's shape (or, none being of it, its one member of the
same scalar type and constraints); any other member is the server's to fill.
"""

from __future__ import annotations

from typing import Any

from apigen import ir, naming

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
