"""Lifecycle verbs besides ``Create`` and ``Delete`` (``resource_infer._by_names``): where a
noun's operations name no create or no delete, one of these does (ACM's
``RequestCertificate``, Batch's ``RegisterJobDefinition`` and ``DeregisterJobDefinition``,
EC2's ``AllocateAddress`` and ``ReleaseAddress``, ECS's ``RunTask``).

They fill only a role the usual verbs leave empty, for a noun those verbs name, so a noun
with a ``Create...`` keeps it. A delete so found is taken only where it takes the
identifiers the instance operations share and requires no other string (a verb acting on a
list of them, ``TerminateInstances``, names none of them; GameLift's
``TerminateGameSession`` wants a ``TerminationMode`` too); a create only for a noun with a
delete, or a read and a list: what is made is also gone again, or found both ways (Private
CA's ``ImportCertificateAuthorityCertificate`` beside a ``GetCertificateAuthorityCertificate``
only, Route 53 Resolver's ``ImportFirewallDomains`` beside an update and a list, set what
another resource holds). A resource so made is none (``unlike_others``) when known by
exactly another's identifiers, or by another's key: that one's part (CodeDeploy's
``RegisterApplicationRevision``: revisions within one application, by location; Glue's
``RunStatement``: statements within one session, its ``SessionId``, by a number); by an enum: a kind, not a
key (AppFlow's ``RegisterConnector``, read by ``connectorType``: its label is optional);
or by a name the create's output gives the record (ECS's ``RegisterTaskDefinition``
answers a ``taskDefinition`` structure, read by a ``taskDefinition`` string).
"""

from __future__ import annotations

import re

from apigen import ir
from apigen.frontends.resource_identifiers import INSTANCE_ROLES, STRINGS, shared_identifiers

_OTHER_VERBS = {  # the creates in the order a noun with several takes them (ACM's
    "Request": "create",  # RequestCertificate, not its ImportCertificate)
    "Register": "create",
    "Allocate": "create",
    "Run": "create",
    "Submit": "create",
    "Launch": "create",
    "Provision": "create",
    "Import": "create",
    "Deprovision": "delete",
    "Deregister": "delete",
    "Release": "delete",
    "Remove": "delete",
    "Terminate": "delete",
    "Unregister": "delete",
}


def _split(name: str) -> tuple[str, str] | None:
    for verb in _OTHER_VERBS:
        if name.startswith(verb) and name[len(verb) : len(verb) + 1].isupper():
            return verb, name[len(verb) :]
    return None


def unlike_others(
    service: ir.Service,
    create: ir.Operation,
    noun: str,
    shared_of: dict[str, list[tuple[str, str]]],
) -> bool:
    """Whether the resource ``noun`` made by ``create`` is one of its own (see the module's
    docstring); ``shared_of`` is each resource's shared identifiers."""
    shared = shared_of[noun]
    if not shared or any(o != noun and ids == shared for o, ids in shared_of.items()):
        return False
    own, target = shared[-1]
    stem = re.sub(r"(Identifier|Id|Arn|Name|ID|ARN)$", "", own).lower()
    if stem != noun.lower() and stem in {o.lower() for o in shared_of}:
        return False  # another resource's key (Glue's statements by their ``SessionId``)
    if service.shape(target).type is ir.ShapeType.ENUM:
        return False
    output = service.shape(create.output).members if create.output else ()
    return not any(
        m.name.lower() == own.lower() and service.shape(m.target).type is ir.ShapeType.STRUCTURE
        for m in output
    )


def other_verb(name: str) -> bool:
    """Whether the operation ``name`` starts with one of these verbs."""
    return _split(name) is not None


def _rank(op: ir.Operation) -> tuple[bool, int]:
    """The deletes first, then each create verb in ``_OTHER_VERBS``' order."""
    found = _split(op.name)
    if found is None:
        return True, len(_OTHER_VERBS)
    return _OTHER_VERBS[found[0]] != "delete", list(_OTHER_VERBS).index(found[0])


def _requires_more(service: ir.Service, op: ir.Operation, shared: list[tuple[str, str]]) -> bool:
    """Whether ``op`` lacks one of ``shared`` or requires another string (GameLift's
    ``TerminateGameSession`` its ``TerminationMode``)."""
    given = service.shape(op.input).members if op.input else ()
    names = {(m.resource_identifier or m.name).lower(): m for m in given}
    strings = {
        name for name, m in names.items() if m.required and service.shape(m.target).type in STRINGS
    }
    wanted = {name.lower() for name, _ in shared}
    return not wanted <= set(names) or bool(strings - wanted)


def with_other_verbs(
    service: ir.Service, groups: dict[str, dict[str, str]], skip: set[str]
) -> None:
    """Fill ``groups`` (noun to role to operation) where its create or delete is missing
    from the operations these verbs name (but those in ``skip``: the tagging ones)."""
    ops = {o.name: o for o in service.operations}
    by_role = sorted(service.operations, key=_rank)
    for op in by_role:  # the deletes first: a create needs one (or a read and a list)
        found = _split(op.name) if op.name not in skip else None
        if found is None or found[1] not in groups:
            continue
        role = _OTHER_VERBS[found[0]]
        roles = groups[found[1]]
        if role in roles:
            continue
        if role == "create" and not ("delete" in roles or {"read", "list"} <= set(roles)):
            continue
        if role == "delete":
            instance = [ops[roles[r]] for r in INSTANCE_ROLES if r in roles]
            create = ops.get(roles.get("create", ""))
            before = shared_identifiers(service, instance, create)
            if instance and _requires_more(service, op, before):
                continue
        roles[role] = op.name
