"""Resources a spec does not declare, inferred from its operations (``inferred=True``).

Two readings, the first that finds anything wins:

- **Paths** (operations bound to HTTP): a collection path ``/keys`` and an item path
  ``/keys/{id}`` make one resource; on the collection POST creates (when its input or output
  carries the identifier: by name, its short form, or an ``Arn``/``Id``/``Name``; a POST that
  carries none is a query, GuardDuty's ``ListMalwareScans``: it lists when named so) and GET
  lists (unless, not named ``List...``, it answers the structure the item's read does: a
  lookup, CloudFront's ``GetConnectionGroupByRoutingEndpoint``, or its input requires the
  item's identifier: what one item holds, IoT Wireless' ``ListDevicesForWirelessDevice
  ImportTask``; then a ``List...`` GET of the plural path, ``/wireless_device_import_tasks``,
  lists), and an operation named
  ``Create...`` creates whatever its method (Connect's ``PUT .../pages``); on the item
  GET reads (not a paginated ``List...``: it lists what the item holds, Route 53's
  ``ListCidrLocations``), PUT/PATCH update, DELETE deletes, a POST named ``Update...`` updates and
  another POST creates (when the collection does not) or is an instance operation. The item's
  last label is the resource's identifier (its input member's target), after the identifiers
  of a parent whose item path the collection path extends (``/clusters/{c}/jobs``). A URI
  with a literal query (``POST /channels?operation=search``) is a route of its own: where
  the plain path has the same method, the plain one is the resource's (a bare one read,
  written or deleted, S3's ``?policy``, never is: a setting's). HEAD reads where GET does
  not (S3's ``HeadBucket``). An item path whose
  label is another collection's item identifier, beside the collection's own item path, is
  no item of its own: its POST is the own item's create, made from the other resource
  (Backup's ``POST /audit/report-jobs/{reportPlanName}`` makes a ``ReportJob``, whose
  identifier is ``reportJobId``: ``ReportPlanName`` is a report plan's). Settings (a
  literal path or query under an item, or the account's): ``resource_settings.path_settings``.
- **Names** (RPC protocols): ``Create``/``Get``/``Describe``/``Update``/``Delete``/``List``
  + a noun; ``List``/``Get``/``Describe`` + the plural noun list. The identifier is the
  required string member the instance operations' inputs share (by resourceIdentifier or
  name, in any case); sharing none required, those they all take that the create requires
  (named either way: Kinesis' ``StreamName`` or ``StreamARN``, neither required); with
  only a create and a list, the string the create answers that each listed item holds
  (``resource_identifiers.listed_identifier``). Other verbs may create or delete
  (``resource_verbs``). When they share more (``resource_placement``), another resource whose
  identifiers are all among them and that names it (``bucketName``; the one with the most)
  is the parent, the first other is the own identifier (Lightsail's ``BucketAccessKey``:
  ``bucketName``, ``accessKeyId``); else those the create takes come first, scoping it,
  before the first it does not take, which the server makes (Partner Central's ``Catalog``,
  ``Identifier``); else the first is it, unless another resource has it for its only
  identifier (then that scopes it, the last is the own: Application Insights' ``Component``
  by ``ResourceGroupName`` and ``ComponentName``). Without
  a parent, when the create's output holds the one string member every instance operation's
  input takes and the create's input lacks, that is the own identifier (the server makes it:
  Social Messaging's ``flowId``), after the required members the instance operations share
  that the create takes too (the WhatsApp account's ``id``). A list whose input requires a
  member other than those identifiers is scoped by something they do not give (Athena's
  ``ListCalculationExecutions`` by ``SessionId``, which ``GetCalculationExecution`` does not
  take: no parent of it): it is not the resource's list; nor is one requiring the only
  identifier of a resource without a read, which lists many items of one key (RAM's
  ``ListPermissionVersions`` of a ``permissionArn``: the versions are no resource keyed by
  it; with a read, Device Farm's ``ListDevicePools`` takes the project's ``arn``). An update whose input lacks an
  identifier the other instance operations share (CodeDeploy's ``UpdateDeploymentGroup``
  calls the group ``currentDeploymentGroupName``) is not the resource's update: shared
  with it, the identifiers would be the parent's alone.

The resource's name is the noun of its read (else create) operation without its verb
(``DescribeVirtualCluster`` → ``VirtualCluster``, ``getByokV1Key`` → ``ByokV1Key``).
Operations no reading places are a resource's actions where ``resource_actions`` finds
one; the rest stay unbound: the fake answers them with 501. The tagging
operations (``TagResource``, ``UntagResource``, ``ListTagsForResource``, and those
``tagging_operations`` recognises by name and shape: SSM's ``AddTagsToResource``, Route 53's
``ChangeTagsForResource``) are no reading's: the fake tags every resource through them.
"""

from __future__ import annotations

import re
from typing import Any

from apigen import ir
from apigen.frontends.resource_actions import with_actions
from apigen.frontends.resource_identifiers import (
    INSTANCE_ROLES,
    STRINGS,
    listed_identifier,
    made_by_create,
    shared_identifiers,
)
from apigen.frontends.resource_placement import list_in_parent, placed
from apigen.frontends.resource_settings import is_setting, path_settings, setting_of
from apigen.frontends.resource_verbs import other_verb, unlike_others, with_other_verbs
from apigen.resource_names import identifier_member
from apigen.tagging_operations import tagging_names

_VERBS = ("Create", "Put", "Get", "Describe", "Update", "Delete", "List", "Start", "Add", "Head")
_ROLE_OF_VERB = {
    "Create": "create",
    "Start": "create",
    "Add": "create",
    "Put": "put",
    "Get": "read",
    "Describe": "read",
    "Update": "update",
    "Delete": "delete",
    "List": "list",
}
_LABEL = re.compile(r"^\{([^}+]+)\}$")
_ITEM_ROLES = {
    "GET": "read",
    "HEAD": "read",
    "PUT": "update",
    "PATCH": "update",
    "DELETE": "delete",
}
# the tagging operations (Smithy's ``aws.api#tagEnabled`` names): the fake tags any
# resource's ARN through them, so neither reading makes them a resource of their own
# (MediaConvert's ``/tags`` and ``/tags/{arn}`` are no ``TagsForResource`` collection)


def infer_resources(service: ir.Service) -> tuple[ir.Resource, ...]:
    found = _by_paths(service) if all(o.http for o in service.operations) else ()
    return with_actions(service, found or _by_names(service))


def _noun(name: str) -> tuple[str, str]:
    """(verb, noun) of an operation name, ``("", name)`` without a known verb."""
    pascal = name[:1].upper() + name[1:]
    for verb in _VERBS:
        if pascal.startswith(verb) and pascal[len(verb) : len(verb) + 1].isupper():
            return verb, pascal[len(verb) :]
    return "", pascal


def _singular(noun: str) -> str:
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith("ss"):
        return noun[:-1]
    return noun


def _roles(roles: dict[str, str]) -> dict[str, Any]:
    return {role: roles.get(role) for role in ("create", "put", "read", "update", "delete", "list")}


def _input_member(service: ir.Service, op: ir.Operation, name: str) -> ir.Member | None:
    if op.input is None:
        return None
    return service.shape(op.input).get_member(name)


_CARRIERS = ("arn", "id", "name")


def _carries(service: ir.Service, op: ir.Operation, label: str) -> bool:
    """Whether ``op``'s input or output (or a structure its output holds) has a member
    carrying the identifier ``label`` (see the module's docstring)."""
    shapes = [service.shape(s) for s in (op.input, op.output) if s is not None]
    if op.output is not None:
        shapes += [
            service.shape(m.target)
            for m in service.shape(op.output).members
            if service.shape(m.target).type is ir.ShapeType.STRUCTURE
        ]
    for shape in shapes:
        pairs = [(m.name, m.resource_identifier) for m in shape.members]
        if identifier_member(label, pairs, short=True) is not None:
            return True
        if any(m.name.lower() in _CARRIERS for m in shape.members):
            return True
    return False


def _by_paths(service: ir.Service) -> tuple[ir.Resource, ...]:
    by_path: dict[str, dict[str, ir.Operation]] = {}
    queried: dict[str, dict[str, ir.Operation]] = {}
    tagging = tagging_names(service)
    for op in service.operations:
        assert op.http is not None
        if op.name in tagging:
            continue
        path, _, query = op.http.uri.partition("?")
        routes = by_path.setdefault(path.rstrip("/") or "/", {})
        method = op.http.method.upper()
        if query:  # S3's ``/{Bucket}?policy``: maybe a setting of the item, not the item's
            queried.setdefault(f"{path.rstrip('/') or '/'}?{query}", {}).setdefault(method, op)
            if "=" not in query and method in ("GET", "PUT", "DELETE"):
                continue
        held = routes.get(method)
        if query and held is not None and "?" not in (held.http.uri if held.http else ""):
            continue  # a literal query is another route on the path: the plain one is kept
        routes[method] = op
    # item path -> (collection path, label)
    items = {}
    for path in by_path:
        head, _, last = path.rpartition("/")
        found = _LABEL.match(last)
        if found and head in by_path:
            items[path] = (head, found.group(1))
    foreign = _foreign_items(items)
    out: list[ir.Resource] = []
    ids_of: dict[str, tuple[tuple[str, str], ...]] = {}
    names_of: dict[str, str] = {}
    for item in sorted(items, key=lambda p: p.count("/")):
        if item in foreign:
            continue
        collection, label = items[item]
        roles: dict[str, str] = {}
        instance: list[str] = []
        for method, op in sorted(by_path[collection].items()):
            verb = _noun(op.name)[0]
            if method == "POST" and verb != "List" and _carries(service, op, label):
                roles["create"] = op.name  # (a POST named List... lists, by a name it takes)
            elif verb == "Create" and _carries(service, op, label):
                roles.setdefault("create", op.name)  # a PUT named so (Connect's pages)
            elif (method == "GET" or (method == "POST" and verb == "List")) and _requires(
                service, op, label
            ):
                instance.append(op.name)  # what one item holds (IoT Wireless' devices of a task)
            elif method == "GET" or (method == "POST" and verb == "List"):
                roles.setdefault("list", op.name)
        plural = by_path.get(collection + "s", {}).get("GET")
        if "list" not in roles and plural is not None and _noun(plural.name)[0] == "List":
            roles["list"] = plural.name  # IoT Wireless' ``/wireless_device_import_tasks``
        for method, op in sorted(by_path[item].items()):
            role = _ITEM_ROLES.get(method)  # HEAD reads where no GET does (S3's HeadBucket)
            if method == "POST" and _noun(op.name)[0] == "Update":
                role = "update"  # a POST named so updates, whatever the collection has
            if role == "read" and _noun(op.name)[0] == "List" and op.paginated is not None:
                role = None  # lists what the item holds (Route 53's ListCidrLocations): no read
            if role is None and method == "POST" and "create" not in roles:
                roles["create"] = op.name  # the caller names the new item (/schedules/{Name})
            elif role is not None and role not in roles:
                roles[role] = op.name
            else:
                instance.append(op.name)
        for other in (p for p, into in foreign.items() if into == item):
            post = by_path[other].get("POST")
            if post is not None and "create" not in roles:
                roles["create"] = post.name  # made from the other resource it names
        if _lookup(service, roles):
            del roles["list"]  # a lookup by another key (CloudFront's ``...ByRoutingEndpoint``)
        named_by = roles.get("read") or roles.get("create") or roles.get("list")
        if named_by is None:
            continue
        noun = _noun(named_by)[1]
        name = _singular(noun) if named_by == roles.get("list") else noun
        # The nearest enclosing item, as ``_with_children`` nests it: its identifiers come first.
        parent = max((p for p in ids_of if collection.startswith(p + "/")), key=len, default=None)
        member = None
        for op_name in (roles.get("read"), roles.get("delete"), roles.get("update")):
            bound = next((o for o in service.operations if o.name == op_name), None)
            if bound is not None:
                member = _input_member(service, bound, label)
                if member is not None:
                    break
        target = member.target if member is not None else "smithy.api#String"
        if member is not None and service.shape(target).type not in STRINGS:
            continue  # a numbered version (ViewVersion: integer) is no resource identifier
        identifiers = (*(ids_of[parent] if parent else ()), (label, target))
        ids_of[item] = identifiers
        names_of[item] = name
        out.append(
            ir.Resource(
                id=f"{service.namespace}#{name}",
                name=name,
                identifiers=identifiers,
                operations=tuple(instance),
                inferred=True,
                **_roles(roles),
            )
        )
    heads = {head for head, _ in items.values()}
    extra = path_settings(service.namespace, out, by_path, queried, heads, ids_of, names_of, _noun)
    return _with_children(out, ids_of, names_of, extra)


def _requires(service: ir.Service, op: ir.Operation, label: str) -> bool:
    """Whether ``op``'s input requires the member of the item's ``label``."""
    member = _input_member(service, op, label)
    return member is not None and member.required


def _foreign_items(items: dict[str, tuple[str, str]]) -> dict[str, str]:
    """Item paths whose label is another collection's item identifier, each to the one
    sibling item path of its collection whose label is its own: Backup's
    ``/audit/report-jobs/{reportPlanName}`` (``/audit/report-plans/{reportPlanName}`` is a
    report plan) beside ``/audit/report-jobs/{reportJobId}``; its POST makes a report job."""
    collections: dict[str, set[str]] = {}
    siblings: dict[str, list[str]] = {}
    for path, (head, label) in items.items():
        collections.setdefault(label, set()).add(head)
        siblings.setdefault(head, []).append(path)
    out = {}
    for path, (head, label) in items.items():
        if not collections[label] - {head}:
            continue
        own = [s for s in siblings[head] if s != path and collections[items[s][1]] == {head}]
        if len(own) == 1:
            out[path] = own[0]
    return out


def _lookup(service: ir.Service, roles: dict[str, str]) -> bool:
    """Whether the collection GET taken as the list is a lookup: not named ``List...`` and
    answering the structure the item's read answers (one resource, not a list of them)."""
    ops = {o.name: o for o in service.operations}
    listed, read = ops.get(roles.get("list", "")), ops.get(roles.get("read", ""))
    if listed is None or read is None or _noun(listed.name)[0] == "List":
        return False

    def held(op: ir.Operation) -> set[str]:
        members = service.shape(op.output).members if op.output else ()
        return {m.target for m in members if service.shape(m.target).type is ir.ShapeType.STRUCTURE}

    return bool(held(listed) & held(read))


def _with_children(
    resources: list[ir.Resource],
    ids_of: dict[str, tuple[tuple[str, str], ...]],
    names_of: dict[str, str],
    extra: dict[str, list[str]],
) -> tuple[ir.Resource, ...]:
    children: dict[str, list[str]] = {n: list(c) for n, c in extra.items()}
    for item, name in names_of.items():
        # another resource's item path heads this one's (one resource may have two item
        # paths, S3 Tables' ``Table``: never its own child)
        parents = [p for p in names_of if names_of[p] != name and item.startswith(p + "/")]
        if parents:
            children.setdefault(names_of[max(parents, key=len)], []).append(name)
    from dataclasses import replace

    return tuple(
        replace(r, resources=tuple(dict.fromkeys(children.get(r.name, ())))) for r in resources
    )


def _by_names(service: ir.Service) -> tuple[ir.Resource, ...]:
    groups: dict[str, dict[str, str]] = {}
    ops = {o.name: o for o in service.operations}
    nouns = {_noun(o.name)[1] for o in service.operations if _noun(o.name)[0]}
    tagging = tagging_names(service)
    for op in service.operations:
        verb, noun = _noun(op.name)
        if verb in ("", "Head") or op.name in tagging:
            continue
        role = _ROLE_OF_VERB[verb]
        if noun not in nouns or (
            role in ("read", "list") and _singular(noun) != noun and _singular(noun) in nouns
        ):
            noun, role = _singular(noun), "list" if role in ("read", "list") else role
        if role == "list" and noun not in nouns:
            noun = _singular(noun)
        groups.setdefault(noun, {}).setdefault(role, op.name)
    with_other_verbs(service, groups, tagging)
    for verb, noun, name in ((*_noun(o.name), o.name) for o in service.operations):
        if verb == "Head" and noun in groups:  # reads where nothing else does (HeadBucket)
            groups[noun].setdefault("read", name)
    shared_of: dict[str, list[tuple[str, str]]] = {}
    listed_only: set[str] = set()  # a create and a list only: known by what both hold
    for noun, roles in sorted(groups.items()):
        if "create" not in roles and is_setting(roles):
            if "put" not in roles:  # an update writes it (there once written)
                roles["put"] = roles.pop("update")
        elif "create" not in roles or not ({"read", "list"} & set(roles)):
            continue
        instance = [ops[roles[r]] for r in INSTANCE_ROLES if r in roles]
        create = ops.get(roles.get("create", ""))
        shared = shared_identifiers(service, instance, create)
        others = [op for op in instance if op.name != roles.get("update")]
        if others != instance and others:
            core = shared_identifiers(service, others, create)
            if len(core) > len(shared):  # the update names one otherwise: not the resource's
                del roles["update"]
                shared = core
        if not instance and create is not None and "list" in roles:
            shared = listed_identifier(service, noun, create, ops[roles["list"]])
            listed_only.add(noun)
        if shared or "create" not in roles:
            shared_of[noun] = shared
    for noun in [
        n for n in shared_of if n in listed_only or other_verb(groups[n].get("create", ""))
    ]:
        if not unlike_others(service, ops[groups[noun]["create"]], noun, shared_of):
            del shared_of[noun]
    out = []
    children: dict[str, list[str]] = {}
    made = {n: ids for n, ids in shared_of.items() if "create" in groups[n]}  # no settings
    for noun, shared in shared_of.items():
        roles = groups[noun]
        if "create" in roles:
            found = _made_placement(service, roles, noun, shared, made)
            if found is None:
                continue
            parent, identifiers = found
        else:  # written by its put: a setting, of its parent or the account
            parent, identifiers = setting_of(noun, shared, made)
        if parent is not None:
            children.setdefault(parent, []).append(noun)
        out.append(
            ir.Resource(
                id=f"{service.namespace}#{noun}",
                name=noun,
                identifiers=identifiers,
                inferred=True,
                **_roles(roles),
            )
        )
    from dataclasses import replace

    return tuple(replace(r, resources=tuple(children.get(r.name, ()))) for r in out)


def _made_placement(
    service: ir.Service,
    roles: dict[str, str],
    noun: str,
    shared: list[tuple[str, str]],
    made: dict[str, list[tuple[str, str]]],
) -> tuple[str | None, tuple[tuple[str, str], ...]] | None:
    """(parent, identifiers) of a resource its create makes, ``roles`` less a list that is
    none of its own; None when, so left with neither a read nor a list, it is no resource."""
    ops = {o.name: o for o in service.operations}
    create = ops[roles["create"]]
    parent, identifiers = placed(service, noun, shared, made, create)
    if parent is not None and "list" in roles:
        # within the parent and the resources whose only identifier scopes it, not within
        # a scope the create names (SSO's PrincipalType)
        known = [c for c in identifiers[:-1] if c in made[parent] or [c] in made.values()]
        list_in_parent(service, roles, tuple(known))
    if parent is None:
        instance = [ops[roles[r]] for r in INSTANCE_ROLES if r in roles]
        listing = ops.get(roles.get("list", ""))
        identifiers = made_by_create(service, create, instance, listing) or identifiers
    if "list" in roles and (
        _scoped(service, ops[roles["list"]], identifiers)
        or (
            len(identifiers) == 1
            and "read" not in roles
            and _requires(service, ops[roles["list"]], identifiers[0][0])
        )
    ):  # scoped by what the identifiers do not give, or, with no read, many items of its
        del roles["list"]  # one key (RAM's ListPermissionVersions of one permissionArn)
        if "read" not in roles:
            return None
    return parent, identifiers


def _members(service: ir.Service, op: ir.Operation) -> tuple[ir.Member, ...]:
    return service.shape(op.input).members if op.input else ()


def _scoped(
    service: ir.Service, op: ir.Operation, identifiers: tuple[tuple[str, str], ...]
) -> bool:
    """Whether ``op``'s input requires a member that carries none of ``identifiers``."""
    names = {name.lower() for name, _ in identifiers}
    return any(
        m.required and (m.resource_identifier or m.name).lower() not in names
        for m in _members(service, op)
    )
