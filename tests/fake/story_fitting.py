"""A create's value the record holds under the same name fits the record's shape too: the
input's shape may be looser than the record's (PCS's ``subnetIds``, a ``StringList`` in, a
``SubnetIdList`` of ``subnet-\\w{8,17}`` in the ``ComputeNodeGroup``); a sample of the input
alone the service would hold as no subnet, so the story sends the record's sample, where it
fits the input's shape as well."""

from __future__ import annotations

import re
from typing import Any

from apigen import ir, naming
from apigen.regex_translate import to_python


def _fits(member: ir.Member, value: Any, service: ir.Service) -> bool:
    """Whether ``value`` (a string, or a list of strings) fits ``member``'s constraints."""
    shape = service.shape(member.target)
    if shape.type is ir.ShapeType.LIST and isinstance(value, list):
        length = member.constraints.length
        if length and length.min is not None and len(value) < length.min:
            return False
        return all(_fits(shape.member, v, service) for v in value)
    if shape.type is not ir.ShapeType.STRING or not isinstance(value, str):
        return True
    length, pattern = member.constraints.length, member.constraints.pattern
    if length and not (length.min or 0) <= len(value) <= (length.max or len(value)):
        return False
    return pattern is None or re.search(to_python(pattern), value) is not None


def _strings(service: ir.Service, member: ir.Member) -> bool:
    """A string member, or a list of strings."""
    shape = service.shape(member.target)
    if shape.type is ir.ShapeType.LIST:
        shape = service.shape(shape.member.target)
    return shape.type is ir.ShapeType.STRING


def fit_record(story: Any, shape: ir.Shape, params: dict[str, Any]) -> None:
    """Replace in ``params`` each string value the record's member of its name could not
    hold by the record member's sample, where that fits the input's member too."""
    service = story.service
    held = {m.name: m for m in story.facts.shape.members}
    for member in shape.members:
        attr, record = naming.snake(member.name), held.get(member.name)
        if record is None or record.target == member.target or attr not in params:
            continue
        if not (_strings(service, member) and _strings(service, record)):
            continue
        if _fits(record, params[attr], service):
            continue
        value = story.samples.value(record)
        if _fits(member, value, service):
            params[attr] = value
