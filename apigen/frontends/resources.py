"""Smithy resources of a YAML spec: their meaning checks and their IR.

A resource's *shape* is the structure its read returns: the read output's only structure
member when the output wraps one (``virtualCluster: VirtualCluster``), else the output
itself; without a read, the element structure of the list's items. Properties, the lifecycle
member and the fake's records are members of that shape.

Checks (Smithy's resource validators where it has them, ours for ``arn`` and ``lifecycle``):
every operation named is an operation of the spec and bound to one resource at most; every
identifier targets a string-like shape; instance operations (put, read, update, delete and
``operations``) have an input member for every identifier, collection operations (create,
list and ``collectionOperations``) for every identifier of the parents (by name,
``resourceIdentifier`` or case, as ``apigen/resource_names.py`` says); children name
resources of the spec, bound in no cycle (a resource its own ancestor), and carry the
parents' identifiers; ``arn`` fields are identifiers, members of the
resource's shape or ``partition``, ``region``, ``account``, ``uuid`` (a fresh one); the lifecycle member is a member of the resource's
shape, its states values of that member's enum, transitions keyed by a lifecycle role or an
operation of the resource, with ``~`` (gone) only as the last state of ``delete``.
"""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping
from typing import Any

from apigen import ir
from apigen.frontends.smithy_doc import STRINGS, Problem, SpecDoc, Where, mapping, sequence
from apigen.resource_names import identifier_member

ROLES = ("create", "put", "read", "update", "delete", "list")
INSTANCE_ROLES = ("put", "read", "update", "delete")
ARN_FIELDS = frozenset({"partition", "region", "account", "uuid"})


def _parents(resources: Mapping[str, Any]) -> dict[str, str]:
    """Child resource name -> parent resource name."""
    out: dict[str, str] = {}
    for name, raw in resources.items():
        for child in sequence(mapping(raw).get("resources")):
            if isinstance(child, str) and child != name:
                out.setdefault(child, name)
    return out


def _ancestry(name: str, parents: Mapping[str, str]) -> list[str]:
    """``name``'s parent, its parent and so on, up to a root or back to ``name``."""
    chain = [name]
    while (up := parents.get(chain[-1])) is not None and up not in chain[1:]:
        chain.append(up)
        if up == name:
            break
    return chain[::-1] if chain[-1] == name and len(chain) > 1 else []


def resource_shape(spec: SpecDoc, raw: Mapping[str, Any]) -> str | None:
    """The name of the resource's shape (see the module docstring), None when unknown."""
    read_name, list_name = raw.get("read"), raw.get("list")
    read = spec.operations.get(read_name) if isinstance(read_name, str) else None
    if read is not None:
        output = read.get("output")
        members = spec.clean_members(output)
        structures = [m for m, v in members.items() if spec.kind(v.get("target")) == "structure"]
        if len(members) == 1 and len(structures) == 1:
            return str(members[structures[0]]["target"])
        return output if isinstance(output, str) else None
    listed = spec.operations.get(list_name) if isinstance(list_name, str) else None
    if listed is not None:
        for member in spec.clean_members(listed.get("output")).values():
            if spec.kind(member.get("target")) == "list":
                item = spec.part_target(member.get("target"), "member")
                if spec.kind(item) == "structure":
                    return str(item)
    return None


def _pairs(spec: SpecDoc, shape: Any) -> list[tuple[str, str | None]]:
    return [
        (m, v.get("resourceIdentifier") if isinstance(v.get("resourceIdentifier"), str) else None)
        for m, v in spec.clean_members(shape).items()
    ]


def check_resources(spec: SpecDoc, doc: Mapping[str, Any]) -> Iterator[Problem]:
    resources = {n: r for n, r in mapping(doc.get("resources")).items() if isinstance(r, dict)}
    parents = _parents(resources)
    bound: dict[str, str] = {}
    for name, raw in resources.items():
        where: Where = ("resources", name)
        if not spec.clean(where):
            continue
        identifiers = [i for i in mapping(raw.get("identifiers"))]
        for ident, target in mapping(raw.get("identifiers")).items():
            kind = spec.kind(target)
            if not spec.exists(target):
                yield (*where, "identifiers", ident), f"target {target!r} is not a shape"
            elif kind not in STRINGS:
                yield (*where, "identifiers", ident), f"an identifier targets a string, not {kind}"
        parent = parents.get(name)
        inherited: list[str] = []
        if parent is not None:
            inherited = list(mapping(resources[parent].get("identifiers")))
            missing = [i for i in inherited if i not in identifiers]
            if missing:
                yield (
                    (*where, "identifiers"),
                    f"a child of {parent} carries its identifiers: add {', '.join(missing)}",
                )
        for child in sequence(raw.get("resources")):
            if child not in resources:
                yield (*where, "resources"), f"{child!r} is not a resource of this spec"
            elif child == name:
                yield (*where, "resources"), f"{name} is listed as its own child"
        chain = _ancestry(name, parents)
        if len(chain) > 2:
            yield (*where, "resources"), f"resources bound in a cycle: {' -> '.join(chain)}"
        ops: list[tuple[Where, str, list[str]]] = []
        for role in ROLES:
            if isinstance(raw.get(role), str):
                ids = identifiers if role in INSTANCE_ROLES else inherited
                ops.append(((*where, role), raw[role], ids))
        for key, ids in (("operations", identifiers), ("collectionOperations", inherited)):
            for i, op in enumerate(sequence(raw.get(key))):
                if isinstance(op, str):
                    ops.append(((*where, key, i), op, ids))
        for at, op, ids in ops:
            if op not in spec.operations:
                yield at, f"{op!r} is not an operation of this spec"
                continue
            if bound.setdefault(op, name) != name:
                yield at, f"{op} is already bound to resource {bound[op]}"
            operation = spec.operations[op]
            if not spec.members_known(operation.get("input")):
                continue
            pairs = _pairs(spec, operation.get("input"))
            for ident in ids:
                if identifier_member(ident, pairs) is None:
                    yield (
                        at,
                        f"{op}'s input has no member for identifier {ident!r} (name it so or "
                        f"give the member `resourceIdentifier: {ident}`)",
                    )
        yield from _check_arn(
            where, raw, [*identifiers, *spec.member_names(resource_shape(spec, raw))]
        )
        yield from _check_lifecycle(spec, where, raw)


def _check_arn(where: Where, raw: Mapping[str, Any], names: list[str]) -> Iterator[Problem]:
    arn = raw.get("arn")
    if not isinstance(arn, str):
        return
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(arn) if f is not None]
    except ValueError as exc:
        yield (*where, "arn"), f"not a template: {exc}"
        return
    for field in fields:
        if field not in ARN_FIELDS and field not in names:
            allowed = ", ".join(sorted(ARN_FIELDS))
            yield (
                (*where, "arn"),
                f"{{{field}}} is no identifier, member of the resource's shape nor {allowed}",
            )


def _check_lifecycle(spec: SpecDoc, where: Where, raw: Mapping[str, Any]) -> Iterator[Problem]:
    lifecycle = raw.get("lifecycle")
    if not isinstance(lifecycle, dict) or not spec.clean((*where, "lifecycle")):
        return
    member = lifecycle.get("member")
    shape = resource_shape(spec, raw)
    members = spec.clean_members(shape)
    values: set[str] | None = None
    if not isinstance(member, str):
        return
    if shape is not None and member not in members:
        yield (*where, "lifecycle", "member"), f"{member!r} is not a member of {shape}"
    elif shape is not None:
        target = members[member].get("target")
        if spec.kind(target) == "enum":
            declared = mapping(spec.shapes.get(str(target))).get("values")
            if isinstance(declared, list):
                values = {v for v in declared if isinstance(v, str)}
            else:
                values = {
                    str(v.get("value") if isinstance(v, dict) else v)
                    for v in mapping(declared).values()
                }
        elif spec.kind(target) not in STRINGS:
            yield (*where, "lifecycle", "member"), f"{member!r} is not a string or enum"
    allowed = {r for r in ROLES if r in raw}
    allowed |= {o for o in sequence(raw.get("operations")) if isinstance(o, str)}
    allowed |= {o for o in sequence(raw.get("collectionOperations")) if isinstance(o, str)}
    for key, states in mapping(lifecycle.get("transitions")).items():
        at: Where = (*where, "lifecycle", "transitions", key)
        if key not in allowed:
            yield at, f"{key!r} is no lifecycle role nor operation of {where[1]}"
        for i, state in enumerate(sequence(states)):
            if state is None and (key != "delete" or i != len(states) - 1):
                yield (*at, i), "~ (gone) is only the last state of delete"
            elif state is not None and values is not None and state not in values:
                yield (*at, i), f"{state!r} is not a value of {member}'s enum"


def convert(doc: Mapping[str, Any], shape_id: Any) -> tuple[ir.Resource, ...]:
    """The IR of a checked spec's resources, in declaration order."""
    ns = doc["service"]["namespace"]
    out = []
    for name, raw in mapping(doc.get("resources")).items():
        lifecycle = raw.get("lifecycle")
        out.append(
            ir.Resource(
                id=f"{ns}#{name}",
                name=name,
                identifiers=tuple((k, shape_id(v)) for k, v in raw.get("identifiers", {}).items()),
                properties=tuple((k, shape_id(v)) for k, v in raw.get("properties", {}).items()),
                **{role: raw.get(role) for role in ROLES},
                operations=tuple(raw.get("operations", ())),
                collection_operations=tuple(raw.get("collectionOperations", ())),
                resources=tuple(raw.get("resources", ())),
                arn=raw.get("arn"),
                lifecycle=ir.Lifecycle(
                    member=lifecycle["member"],
                    transitions=tuple(
                        (k, tuple(v)) for k, v in lifecycle.get("transitions", {}).items()
                    ),
                )
                if lifecycle
                else None,
            )
        )
    return tuple(out)
