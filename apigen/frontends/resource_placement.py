"""Where a resource the names reading infers sits: its parent and its identifiers, from the
required strings its instance operations share (``resource_infer._by_names``).

- One shared string is the own identifier.
- With more, another resource whose identifiers are all among them and that names this one
  (its noun starts this one's, or its own identifier does: ``bucketName`` under ``Bucket``;
  a bare ``Name`` names none) is the parent, the one with the most identifiers where several
  do (Cognito's ``UserPoolClientSecret`` under the ``UserPoolClient``: ``UserPoolId``,
  ``ClientId`` and its own ``ClientSecretId``, not the ``UserPool`` with ``ClientId`` for
  own). Its identifiers come first; the own is one no other resource has for its only
  identifier, where there is one (of those, the key naming the resource: SageMaker's
  ``AppName``, not ``AppType``), after those others scoping it: the other resources' only
  identifiers and those the create takes (Lightsail's ``BucketAccessKey``: ``bucketName``,
  ``accessKeyId``; Security Agent's ``applicationId`` beside a membership's
  ``membershipId`` scopes it; a SageMaker ``App`` is known by its domain's ``DomainId``,
  its ``AppType`` and its ``AppName``).
- Else those the create takes scope it while one it does not take is made by the server, the
  own (Partner Central's ``Catalog`` and ``Identifier``).
- Else the first is the own, unless it is another resource's only identifier: two resources
  would be known by one key, so those others' identifiers scope it and the rest follow in
  order, the last the own (Application Insights' ``Component``: ``ResourceGroupName``, an
  ``Application``'s, and ``ComponentName``; a ``LogPattern``'s ``PatternSetName`` and
  ``PatternName`` after it); or unless it does not name the resource and a later one does,
  by its name or its shape's: that one is the own, scoped by the others (Directory Service
  Data's ``Group``: ``DirectoryId``, then ``SAMAccountName``, a ``GroupName``), also one the
  create requires naming the noun's last word (Kinesis' ``StreamConsumer``: ``StreamARN``,
  then ``ConsumerName``).
- A child's list takes its parent's identifiers (``list_in_parent``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from apigen import ir
from apigen.resource_names import identifier_member

Identifier = tuple[str, str]


def placed(
    service: ir.Service,
    noun: str,
    shared: Sequence[Identifier],
    shared_of: Mapping[str, Sequence[Identifier]],
    create: ir.Operation,
) -> tuple[str | None, tuple[Identifier, ...]]:
    """(parent, identifiers) of the resource ``noun``; ``shared_of`` is every inferred
    resource's shared strings (this one's included)."""
    if len(shared) == 1:
        return None, (shared[0],)
    singles = {other: ids[0] for other, ids in shared_of.items() if len(ids) == 1}
    parents = [
        other
        for other, ids in shared_of.items()
        if other != noun
        and len(ids) < len(shared)
        and set(ids) <= set(shared)
        and names(other, noun, ids[-1][0])
    ]
    if parents:
        # the most identifiers first; among equals, the first (as the names reading orders)
        parent = max(parents, key=lambda other: len(shared_of[other]))
        scope = tuple(shared_of[parent])
        rest = [c for c in shared if c not in scope]
        free = [c for c in rest if c not in singles.values()] or rest
        own = next((c for c in free if _names_noun(noun, c) and _is_key(c)), free[0])
        given = _given(service, create)
        scopes = [c for c in rest if c != own and (c in singles.values() or c[0].lower() in given)]
        return parent, (*scope, *scopes, own)
    given = _given(service, create)
    made = [c for c in shared if c[0].lower() not in given]
    if made and len(made) < len(shared):
        return None, (*(c for c in shared if c not in made), made[0])
    if shared[0] in singles.values():
        scopes = [c for c in shared if c in singles.values()]
        rest = [c for c in shared if c not in scopes]
        if rest:
            return None, (*scopes, *rest)
    required = _given(service, create, required=True)
    named = [c for c in shared[1:] if _names_noun(noun, c)] or [
        c for c in shared[1:] if _names_noun(_last_word(noun), c) and c[0].lower() in required
    ]
    if named and not _names_noun(noun, shared[0]):
        return None, (*(c for c in shared if c != named[0]), named[0])
    return None, (shared[0],)


def _last_word(noun: str) -> str:
    """The noun's last word (``Consumer`` of a ``StreamConsumer``)."""
    return re.split(r"(?<=[a-z0-9])(?=[A-Z])", noun)[-1]


def _given(service: ir.Service, create: ir.Operation, required: bool = False) -> set[str]:
    """The names (lower case) of the members ``create``'s input takes (requires)."""
    members = service.shape(create.input).members if create.input else ()
    return {
        (m.resource_identifier or m.name).lower() for m in members if m.required or not required
    }


def _is_key(identifier: Identifier) -> bool:
    """Whether the identifier's name ends as a key's does (``...Id``, ``...Arn``, ``...Name``)."""
    return identifier[0].endswith(("Id", "Arn", "Name", "ID", "ARN"))


def _names_noun(noun: str, identifier: Identifier) -> bool:
    """Whether the identifier's name or shape names the resource (``SAMAccountName``, a
    ``GroupName``, of a ``Group``)."""
    name, target = identifier
    return noun.lower() in name.lower() or noun.lower() in target.rsplit("#", 1)[-1].lower()


def names(parent: str, noun: str, identifier: str) -> bool:
    """Whether the resource ``parent`` names the child ``noun`` or its ``identifier``
    (``BucketAccessKey``, ``bucketName`` under ``Bucket``; a bare ``Name`` names none)."""
    return noun.startswith(parent) or identifier.lower().startswith(parent.lower())


def list_in_parent(
    service: ir.Service, roles: dict[str, str], inherited: tuple[tuple[str, str], ...]
) -> None:
    """A child's list lists within its parent: one whose input lacks a parent's identifier
    (CodeArtifact's ``ListRepositories``, of every domain) gives way to the list named after
    it that takes them all (``ListRepositoriesInDomain``), else is no list of the child."""

    def takes_all(op: ir.Operation) -> bool:
        members = service.shape(op.input).members if op.input else ()
        pairs = [(m.name, m.resource_identifier) for m in members]
        return all(identifier_member(name, pairs) for name, _ in inherited)

    ops = {o.name: o for o in service.operations}
    if takes_all(ops[roles["list"]]):
        return
    named = [
        o
        for o in service.operations
        if o.name.startswith(roles["list"]) and o.name != roles["list"] and takes_all(o)
    ]
    if named:
        roles["list"] = min(named, key=lambda o: (len(o.name), o.name)).name
    else:
        del roles["list"]
