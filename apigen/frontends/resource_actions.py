"""Instance operations (actions) the inference claims for the resources it found.

An operation no lifecycle role, setting or tagging claims, not named ``Create...``,
``Delete...``, ``List...`` (another resource's lifecycle, a child collection's) nor
``Batch...`` (many items at once), is an action of one resource (Smithy's ``operations``):

- **Paths**: an operation on a literal path under a resource's item path (the path its read,
  update or delete takes) is that resource's: Kafka's ``PUT
  /v1/clusters/{clusterArn}/reboot-broker`` (``RebootBroker``) its ``Cluster``'s, EKS' ``POST
  /clusters/{name}/update-config`` (``UpdateClusterConfig``) its cluster's. A literal path
  that heads another item path (``/clusters/{id}/nodes`` above ``.../nodes/{nodeId}``) is a
  collection of its own, none of the resource's; of two item paths heading it, the nearer
  (the child's: Kafka's ``.../topics/{topicName}/partitions`` is a ``Topic``'s).
- **Names** (any operation the paths leave): an operation whose input requires every
  identifier of a resource (by name, ``resourceIdentifier`` or case, as the lifecycle
  operations are matched: ``resource_names.identifier_member``) is the action of the most
  specific such resource, the one with the most identifiers (a child before its parent); of
  several with as many, the one whose name the operation's name holds (the longest), else
  none: RDS' ``RebootDBInstance`` by ``DBInstanceIdentifier``, ECS'
  ``PutClusterCapacityProviders`` by ``cluster``, Batch's ``GetJobQueueSnapshot`` by
  ``jobQueue``. An operation requiring another resource's identifier besides (IAM's
  ``AttachRolePolicy``: a ``RoleName`` and a ``PolicyArn``) relates two resources: it is
  none's; so is an HTTP operation whose path has a label no identifier of the resource
  fills (it keys something else); nor is one named as making the resource from another
  (``<Verb><Resource>From<Source>``: RDS' ``RestoreDBClusterFromSnapshot`` takes the new
  cluster's identifier).

The fake answers an action from the record it names (``runtime/fake/handler.py``'s
``_do_action``); an action the checks refuse is left out with the rest of the refused
guesses (``importers/resources.py``'s ``without_refused``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from apigen import ir
from apigen.resource_names import identifier_member
from apigen.tagging_operations import tagging_names

_NOT_ACTIONS = ("Create", "Delete", "List", "Batch")
_LABEL = re.compile(r"\{[^}]+\}")


def with_actions(service: ir.Service, resources: Iterable[ir.Resource]) -> tuple[ir.Resource, ...]:
    """``resources`` with the actions the module's docstring says each claims."""
    found = list(resources)
    claimed = tagging_names(service) | {
        name
        for r in found
        for name in (
            *(n for _, n in r.lifecycle_operations),
            *r.operations,
            *r.collection_operations,
        )
    }
    free = [o for o in service.operations if o.name not in claimed and _may_act(o.name)]
    actions: dict[str, list[str]] = {r.name: [] for r in found}
    items = _item_paths(service, found)
    heads = _collection_heads(service)
    for op in free:
        owner = _by_path(op, items, heads) if items else None
        owner = owner or _by_identifiers(service, op, found)
        if owner is not None and not _made_from(op.name, owner):
            actions[owner].append(op.name)
    return tuple(
        dataclasses.replace(r, operations=(*r.operations, *actions[r.name]))
        if actions[r.name]
        else r
        for r in found
    )


def _may_act(name: str) -> bool:
    pascal = name[:1].upper() + name[1:]
    return not any(
        pascal.startswith(verb) and pascal[len(verb) : len(verb) + 1].isupper()
        for verb in _NOT_ACTIONS
    )


def _made_from(name: str, owner: str) -> bool:
    """Whether ``name`` makes ``owner`` from something else (``<Verb><Owner>From<Source>``:
    RDS' ``RestoreDBClusterFromSnapshot`` makes a new cluster, whose identifier it takes):
    no action of an existing one."""
    return (
        re.fullmatch(rf"[A-Z][a-z]+{re.escape(owner)}From[A-Z]\w*", name[:1].upper() + name[1:])
        is not None
    )


def _path(op: ir.Operation) -> str | None:
    if op.http is None:
        return None
    return op.http.uri.partition("?")[0].rstrip("/") or "/"


def _item_paths(service: ir.Service, found: list[ir.Resource]) -> dict[str, str]:
    """Each resource's item path (its read's, update's or delete's, ending in a label)."""
    ops = {o.name: o for o in service.operations}
    out: dict[str, str] = {}
    for res in found:
        for name in (res.read, res.update, res.delete):
            path = _path(ops[name]) if name in ops else None
            if path is not None and path.endswith("}") and res.identifiers:
                out.setdefault(path, res.name)
                break
    return out


def _collection_heads(service: ir.Service) -> set[str]:
    """Paths another operation's path extends by a label: collections."""
    out = set()
    for op in service.operations:
        path = _path(op) or ""
        head, _, last = path.rpartition("/")
        if _LABEL.fullmatch(last):
            out.add(head)
    return out


def _by_path(op: ir.Operation, items: dict[str, str], heads: set[str]) -> str | None:
    path = _path(op)
    if path is None or path in heads:
        return None
    under = [i for i in items if path.startswith(i + "/") and not _LABEL.search(path[len(i) :])]
    return items[max(under, key=len)] if under else None


def _by_identifiers(service: ir.Service, op: ir.Operation, found: list[ir.Resource]) -> str | None:
    if op.input is None:
        return None
    members = service.shape(op.input).members
    required = [(m.name, m.resource_identifier) for m in members if m.required]
    fits = [
        r
        for r in found
        if r.identifiers and all(identifier_member(i, required) for i, _ in r.identifiers)
    ]
    if not fits:
        return None
    most = max(len(r.identifiers) for r in fits)
    best = [r for r in fits if len(r.identifiers) == most]
    if len(best) > 1:
        pascal = op.name[:1].upper() + op.name[1:]
        named = sorted((r for r in best if r.name in pascal), key=lambda r: -len(r.name))
        if not named or (len(named) > 1 and len(named[0].name) == len(named[1].name)):
            return None
        best = named[:1]
    owner = best[0]
    own = {identifier_member(i, required) for i, _ in owner.identifiers}
    others = {i.lower() for r in found for i, _ in r.identifiers} - {
        i.lower() for i, _ in owner.identifiers
    }
    if any(n not in own and (trait or n).lower() in others for n, trait in required):
        return None  # relates two resources (AttachRolePolicy's RoleName and PolicyArn)
    if op.http is not None:
        labels = _LABEL.findall(op.http.uri.partition("?")[0])
        keys = {i.lower() for i, _ in owner.identifiers}
        for label in labels:
            member = label.strip("{}+")
            low = member.lower()
            trait = next((m.resource_identifier for m in members if m.name.lower() == low), None)
            if (trait or member).lower() not in keys:
                return None  # keys something no identifier of the resource gives
    return owner.name
