"""The filters a list operation's input members ask of the records (``fake_operation``).

- A member named as a record field compares with it: ``in`` for a list, else ``eq``; a
  timestamp so named is a window's bound and filters nothing (IoT's ``startTime``), and so
  is a structure (a range).
- ``<field>Prefix`` is a prefix of the field, a plural list (``states``) any of its values,
  ``createdAfter``/``createdBefore`` bounds of the creation time.
- A member carrying the own identifier lists that one resource (``own_filter``).
- Only fields a write takes or the server sets are compared (``settable``).
"""

from __future__ import annotations

from apigen import ir, naming
from apigen.resource_names import identifier_member
from apigen.runtime.fake import plan as fp


def settable(service: ir.Service, res: ir.Resource, fake: fp.FakeResource) -> set[str]:
    """The record fields a filter may compare: those the resource's writes take (also
    inside a structure they take) and those the server sets. A field only the record's
    skeleton fills (Chime SDK Voice's ``VoiceProfileDomainId``, of the speaker search
    task a profile is made from) would match no request's value."""
    out = {i.field for i in (*fake.identifiers, *fake.made)}
    named = (fake.status, fake.name_field, fake.arn_field)
    out |= {*fake.created, *fake.updated, *(n for n in named if n is not None)}
    for name in (res.create, res.put, res.update):
        op = next((o for o in service.operations if o.name == name), None)
        given = service.shape(op.input) if op is not None and op.input else None
        for member in given.members if given is not None else ():
            out.add(naming.snake(member.name))
            target = service.shape(member.target)
            out |= {naming.snake(m.name) for m in target.members}
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
