"""The filters a list operation's input members ask of the records (``fake_operation``).

- A member named as a record field compares with it: ``in`` for a list, else ``eq``; a
  timestamp so named is a window's bound and filters nothing (IoT's ``startTime``), and so
  is a structure (a range).
- ``<field>Prefix`` is a prefix of the field, a plural list (``states``) any of its values,
  ``createdAfter``/``createdBefore`` bounds of the creation time. A list of structures
  (Inspector's ``connectorArns`` of ``{comparison, value}`` filters) is no list of values:
  it filters nothing.
- A member carrying the own identifier lists that one resource (``own_filter``).
- Only fields a write takes (as the kind of value the record holds) or the server sets are
  compared (``settable``).
"""

from __future__ import annotations

from apigen import ir, naming
from apigen.resource_names import identifier_member
from apigen.runtime.fake import plan as fp
from apigen.views.fake_records import same_kind


def settable(
    service: ir.Service, res: ir.Resource, fake: fp.FakeResource, held: dict[str, str]
) -> set[str]:
    """The record fields a filter may compare: those the resource's writes take (also
    inside a structure they take), as the record (``held``: field to shape) holds them,
    and those the server sets. A field only the record's skeleton fills (Chime SDK
    Voice's ``VoiceProfileDomainId``, of the speaker search task a profile is made
    from), or that a write takes as another kind of value (CodeGuru Reviewer's ``Type``:
    a structure the create takes, an enum the record holds), matches no request's."""
    out = {i.field for i in (*fake.identifiers, *fake.made)}
    named = (fake.status, fake.name_field, fake.arn_field)
    out |= {*fake.created, *fake.updated, *(n for n in named if n is not None)}
    for name in (res.create, res.put, res.update):
        op = next((o for o in service.operations if o.name == name), None)
        given = service.shape(op.input) if op is not None and op.input else None
        for member in given.members if given is not None else ():
            target = service.shape(member.target)
            for m in (member, *target.members):
                attr = naming.snake(m.name)
                if attr not in held or same_kind(service, held[attr], m.target):
                    out.add(attr)
    return out


def list_filters(
    service: ir.Service, path: str, member: ir.Member, fake: fp.FakeResource
) -> list[fp.FakeFilter]:
    """The filters a list input member asks for (see the module's docstring)."""
    fields = set(fake.fields)
    name = member.name
    kind = service.shape(member.target).type
    if kind is ir.ShapeType.STRUCTURE:
        return []  # a range of it, not a value (Partner Central's ``LastModifiedDate``)
    is_list = kind is ir.ShapeType.LIST
    items = service.shape(member.target).member if is_list else None
    if items is not None and service.shape(items.target).type is ir.ShapeType.STRUCTURE:
        return []  # a list of filter structures, not of values (Inspector's ``connectorArns``)
    snake = naming.snake(name)
    if snake in fields and kind is ir.ShapeType.TIMESTAMP:
        return []  # a bound of a window, not a value (IoT's required ``startTime``)
    if snake in fields:
        return [fp.FakeFilter(path, snake, "in" if is_list else "eq")]
    if name.endswith("Prefix") and naming.snake(name[:-6]) in fields:
        return [fp.FakeFilter(path, naming.snake(name[:-6]), "prefix")]
    if is_list and name.endswith("s") and naming.snake(name[:-1]) in fields:
        return [fp.FakeFilter(path, naming.snake(name[:-1]), "in")]
    for suffix, how in (("After", "after"), ("Before", "before")):
        if name.lower() in (f"created{suffix.lower()}",) and fake.created:
            return [fp.FakeFilter(path, fake.created[0], how)]
    return []


def own_filter(
    attr: str, member: ir.Member, res: ir.Resource, fake: fp.FakeResource
) -> list[fp.FakeFilter]:
    """A list input member carrying the own identifier (Lightsail's ``bucketName``, the
    record's ``name``) lists that one resource; one the list requires names another
    (Device Farm's ``ListDevicePools`` takes the project's ``arn``), as a list of at
    most one resource would be a read."""
    own = fake.identifiers[-1] if len(fake.identifiers) > fake.parents else None
    carried = own is not None and identifier_member(
        res.identifiers[-1][0], [(member.name, member.resource_identifier)]
    )
    return [fp.FakeFilter(attr, own.field)] if own is not None and carried else []
