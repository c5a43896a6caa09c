"""The identifiers a resource the names reading infers is known by, from its operations'
inputs (``resource_infer._by_names``): those its instance operations share
(``shared_identifiers``), or the one the server makes, as its create answers it
(``made_by_create``)."""

from __future__ import annotations

from collections.abc import Iterable

from apigen import ir

STRINGS = (ir.ShapeType.STRING, ir.ShapeType.ENUM)  # what an identifier may be
INSTANCE_ROLES = ("read", "update", "delete", "put")  # the roles naming one resource


def made_by_create(
    service: ir.Service,
    create: ir.Operation | None,
    instance: list[ir.Operation],
    listing: ir.Operation | None,
) -> tuple[tuple[str, str], ...] | None:
    """(scope, ..., own) when the create's output holds the one string member every instance
    operation's input takes and the create's input lacks: the server makes it, it is the
    own identifier (Social Messaging's ``flowId``), after the required members all of them
    share that the create's input (and the list's, where there is one: a collection is
    listed within its scope) takes too (the WhatsApp business account's ``id``)."""
    if create is None or create.input is None or create.output is None or not instance:
        return None
    given = {m.name.lower() for m in service.shape(create.input).members}
    shapes = [service.shape(op.input) for op in instance if op.input is not None]
    inputs = [{m.name.lower(): m for m in shape.members} for shape in shapes]
    made = [
        inputs[0][m.name.lower()]
        for m in service.shape(create.output).members
        if service.shape(m.target).type in STRINGS
        and m.name.lower() not in given
        and all(m.name.lower() in taken for taken in inputs)
    ]
    if len(made) != 1:
        return None
    listed = service.shape(listing.input).members if listing and listing.input else None
    scope = [
        member
        for name, member in inputs[0].items()
        if name in given
        and (listed is None or any(m.name.lower() == name for m in listed))
        and all(taken.get(name) is not None and taken[name].required for taken in inputs)
        and service.shape(member.target).type in STRINGS
    ]
    return (*((m.name, m.target) for m in scope), (made[0].name, made[0].target))


def shared_identifiers(
    service: ir.Service, instance: Iterable[ir.Operation], create: ir.Operation | None = None
) -> list[tuple[str, str]]:
    """The required string members every one of ``instance`` takes, in the first's order;
    when none is required by all, those every one takes that ``create`` requires: a resource
    named either way (Kinesis' ``DescribeStream`` takes a ``StreamName`` or a ``StreamARN``;
    IAM's ``GetUser`` without a ``UserName`` reads the caller)."""
    instance = list(instance)
    shared = taken_by_all(service, instance, required=True)
    if shared or create is None or create.input is None:
        return shared
    named = {
        (m.resource_identifier or m.name).lower()
        for m in service.shape(create.input).members
        if m.required
    }
    return [s for s in taken_by_all(service, instance, required=False) if s[0].lower() in named]


def taken_by_all(
    service: ir.Service, instance: list[ir.Operation], required: bool
) -> list[tuple[str, str]]:
    """The string members (only required ones when ``required``) every one of ``instance``
    takes, in the first's order."""
    shared: dict[str, ir.Member] | None = None
    for op in instance:
        if op.input is None:
            return []
        members = {
            (m.resource_identifier or m.name).lower(): m
            for m in service.shape(op.input).members
            if (m.required or not required) and service.shape(m.target).type in STRINGS
        }
        shared = members if shared is None else {k: v for k, v in shared.items() if k in members}
    return [(m.resource_identifier or m.name, m.target) for m in (shared or {}).values()]


_KEYS = ("Identifier", "Id", "ID", "Arn", "ARN", "Name")


def listed_identifier(
    service: ir.Service, noun: str, create: ir.Operation, listing: ir.Operation
) -> list[tuple[str, str]]:
    """The identifier of a resource ``noun`` with only a create and a list: the string the
    create answers (in its output, or a structure there) that each listed item holds too,
    one naming the noun first, then an ``...Id`` before an ``...Arn`` before a ``...Name``
    (Logs' ``CreateExportTask`` answers the ``taskId`` each of ``DescribeExportTasks``'
    items holds); a list of strings holds them by its plural name (CodeBuild's
    ``ListBuilds``' ``ids``, a build's ``id``). One the create takes names the noun (RDS'
    ``ExportTaskIdentifier``; its ``KmsKeyId`` is another thing's)."""
    answered: dict[str, ir.Member] = {}
    for member in service.shape(create.output).members if create.output else ():
        target = service.shape(member.target)
        inner = target.members if target.type is ir.ShapeType.STRUCTURE else ()
        for m in (member, *inner):
            if service.shape(m.target).type is ir.ShapeType.STRING:
                answered.setdefault(m.name.lower(), m)
    held: set[str] = set()
    for member in service.shape(listing.output).members if listing.output else ():
        target = service.shape(member.target)
        if target.type is not ir.ShapeType.LIST:
            continue
        item = service.shape(target.member.target)
        if item.type is ir.ShapeType.STRUCTURE:
            held |= {m.name.lower() for m in item.members}
        elif item.type is ir.ShapeType.STRING and member.name.endswith("s"):
            held.add(member.name[:-1].lower())
    given = {m.name.lower() for m in service.shape(create.input).members} if create.input else set()
    keys = [
        m
        for name, m in answered.items()
        if name in held and m.name.endswith(_KEYS) and (name not in given or noun.lower() in name)
    ]
    keys.sort(key=lambda m: (noun.lower() not in m.name.lower(), _rank(m.name)))
    return [(keys[0].name, keys[0].target)] if keys else []


def _rank(name: str) -> int:
    return next(i for i, k in enumerate(_KEYS) if name.endswith(k)) // 2
