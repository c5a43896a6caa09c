"""What a story sends and expects to read back of the values it sent, read from the model.

A resource's name (or own identifier the caller gives) differs for each one made
(``unique``): ``story<n>x`` where the constraints allow it, else a sample's variant; a story
makes no more than there are such values (``names_allowed``).

A list input member may send values the record holds, by the same member name, each as a
structure: CodeDeploy's ``CreateDeploymentGroup`` takes ``autoScalingGroups`` as group names
(``AutoScalingGroupNameList``) while its ``DeploymentGroupInfo`` holds ``AutoScalingGroup``
structures (``name``, ``hook``, ``terminationHook``). A sent value is then expected in the
structure's one member of the value's shape (or, none being of it, its one member of the
same scalar type and constraints); any other member is the server's to fill.
"""

from __future__ import annotations

import re
import string
from typing import Any

from samples import sample_string

from apigen import ir, naming
from apigen.regex_translate import to_python

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
        into = _holder(service, service.shape(member.target), service.shape(held.target))
        if into is not None:
            out[attr] = [{into: value} for value in out[attr]]
    return out


def unique(service: ir.Service, member: ir.Member, n: int, sample: Any = None) -> str | None:
    """A value of ``member`` (a string) that differs for each ``n``, as long as its length's
    minimum asks (FIS's 12-character ``accountId``), else the ``sample`` with ``n`` after it
    (an ARN: Chime's ``MemberArn``) when that fits, else the ``n``-th fitting variant of
    the sample (Cognito's ``RestoreId``, a UUID: ``story_values.nth_fitting``; else None)."""
    constraints = member.constraints
    high = constraints.length.max if constraints.length and constraints.length.max else 64
    low = constraints.length.min if constraints.length and constraints.length.min else 0
    pattern = re.compile(to_python(constraints.pattern)) if constraints.pattern else None
    tails = [f"{sample}{n}"] if isinstance(sample, str) and len(sample) < high else []
    made = [f"{base}{n}x".ljust(low, "x")[:high] for base in ("story", "Story", "s")]
    for value in made + tails:
        if pattern is None or pattern.search(value):
            return value
    return nth_fitting(constraints, sample, n)


def names_allowed(service: ir.Service, member: ir.Member, most: int) -> int:
    """How many different values (up to ``most``) ``unique`` gives ``member``: Cognito's
    ``TermsName`` is ``^(terms-of-use|privacy-policy)$``, two terms a client at most."""
    sample = _fitting(member.constraints, 0)
    values = {unique(service, member, n, sample) for n in range(most)} - {None}
    return max(1, len(values))


def nth_fitting(constraints: ir.Constraints, sample: Any, n: int) -> str | None:
    """The ``n``-th of the strings the constraints allow (``sample_string``), ``sample``
    and the sample's variants with one character changed (from the end) that they allow: a
    value unique per ``n`` for a member no ``story<n>x`` fits (Cognito's ``RestoreId``, a
    UUID; its ``TermsName``, one of two); None when there are not so many."""
    if not isinstance(sample, str) or not sample:
        return None
    pattern = re.compile(to_python(constraints.pattern)) if constraints.pattern else None
    found: list[str] = []  # the constraints' first: one ``n`` gives one value whatever the sample
    for skip in range(n + 1):
        built = _fitting(constraints, skip)
        if built is not None and built not in found:
            found.append(built)
    if sample not in found:
        found.append(sample)
    for at in range(len(sample) - 1, -1, -1):
        for char in string.digits + string.ascii_letters:
            value = sample[:at] + char + sample[at + 1 :]
            if value not in found and (pattern is None or pattern.search(value)):
                found.append(value)
            if len(found) > n:
                return found[n]
    return None


def _fitting(constraints: ir.Constraints, skip: int) -> str | None:
    try:
        return sample_string(constraints, "", skip)
    except AssertionError:  # no string fits
        return None


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
