"""Settings, a resource written by a put and read back, without a create.

The names reading (``resource_infer._by_names``): a group of operations
without a create, written by a put (or, with none, an update) and read back, is a resource
of its own, known by every string its operations share, under the resource a create makes
that is known by just those and names it (ECR's ``LifecyclePolicy`` under its
``Repository``), or, sharing none, the account's one (ECR's ``RegistryPolicy``). The fake
keeps one record per key: the put writes it (a second put updates it), the read answers
it, the delete removes it, a read before any put answers the not-found error.

The paths reading (``resource_infer._by_paths``, ``path_settings``): a literal path under an
item path, or a literal query on one, read by a GET and written by a PUT (or an update), is
a setting of that item (``/v1/apis/{apiId}/settings``, S3's ``/{Bucket}?policy``); a literal
path without labels, the account's (``/account-settings``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from apigen import ir
from apigen.frontends.resource_placement import names


def is_setting(roles: dict[str, str]) -> bool:
    """Whether a group of operations without a create is a setting: written by a put (or,
    with none, an update: it is there once written) and read back (ECR's
    ``PutLifecyclePolicy``/``GetLifecyclePolicy``/``DeleteLifecyclePolicy``; an account's
    ``UpdateAccountSettings``/``GetAccountSettings``)."""
    return "read" in roles and ("put" in roles or "update" in roles) and "list" not in roles


def setting_of(
    noun: str, shared: list[tuple[str, str]], made: dict[str, list[tuple[str, str]]]
) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    """(parent, identifiers) of a setting: known by every string its operations share (none:
    the account's one), under the resource known by just those that names it (a
    ``LifecyclePolicy`` by ``repositoryName``, a ``Repository``'s only identifier); ``made``:
    the shared strings of each resource a create makes."""
    keys = {name.lower() for name, _ in shared}
    parents = [
        other
        for other, ids in made.items()
        if ids and {name.lower() for name, _ in ids} == keys and names(other, noun, ids[-1][0])
    ]
    return (min(parents, key=len) if parents else None), tuple(shared)


_LABELLED = re.compile(r"\{[^}]+\}")


def path_settings(
    namespace: str,
    out: list[ir.Resource],
    by_path: dict[str, dict[str, ir.Operation]],
    queried: dict[str, dict[str, ir.Operation]],
    collections: set[str],
    ids_of: dict[str, tuple[tuple[str, str], ...]],
    names_of: dict[str, str],
    noun: Callable[[str], tuple[str, str]],
) -> dict[str, list[str]]:
    """Settings the paths reading infers, each with its parent's name (``None``: the
    account's): a literal path (no collection of items) under an item path, or a literal
    query on one (S3's ``/{Bucket}?policy``), read by a GET (not ``List...``) and written by
    a ``Put...`` (else a PUT, else an ``Update...`` by PUT, PATCH or POST), maybe deleted by
    a DELETE, is a setting known by the item's identifiers (API Gateway's
    ``/v1/apis/{apiId}/settings``); a literal path without labels, the account's one
    (``/account-settings``). They are appended to ``out``, the resources the paths make
    (none: no settings, the names reading's); answered: each parent's settings. An
    operation a resource of ``out`` binds is no setting's, a name already taken makes none.
    ``collections``: paths with an item path below; ``ids_of``, ``names_of``: each item
    path's identifiers and resource name."""
    children: dict[str, list[str]] = {}
    if not out:
        return children
    bound = {n for r in out for _, n in r.lifecycle_operations} | {
        n for r in out for n in r.operations
    }
    taken = {r.name for r in out}
    routes = [(p, r, p) for p, r in by_path.items() if p not in collections]
    routes += [(key, r, key.partition("?")[0]) for key, r in queried.items()]
    for key, methods, path in sorted(routes):
        free = {m: op for m, op in methods.items() if op.name not in bound}
        roles = _setting_roles(free, noun)
        if roles is None:
            continue
        if key == path:  # a literal path: under the nearest item, by literal segments
            heads = [p for p in ids_of if path.startswith(p + "/")]
            parent = max(heads, key=len, default=None)
            rest = path[len(parent) :] if parent else path
        else:  # a literal query on an item path
            parent, rest = (path, "") if path in ids_of else (None, path)
        if _LABELLED.search(rest) or (parent is None and key != path):
            continue  # keyed by labels no resource gives
        name = noun(roles["read"])[1]
        if name in taken:
            continue
        taken.add(name)
        bound.update(roles.values())
        out.append(
            ir.Resource(
                id=f"{namespace}#{name}",
                name=name,
                identifiers=ids_of[parent] if parent else (),
                inferred=True,
                put=roles["put"],
                read=roles["read"],
                update=roles.get("update"),
                delete=roles.get("delete"),
            )
        )
        if parent is not None:
            children.setdefault(names_of[parent], []).append(name)
    return children


def _setting_roles(
    methods: dict[str, ir.Operation], noun: Callable[[str], tuple[str, str]]
) -> dict[str, str] | None:
    """put/read (/update/delete) of a setting's route, ``None`` when it is none."""
    read = methods.get("GET")
    if read is None or noun(read.name)[0] == "List":
        return None
    verbs = {m: noun(op.name)[0] for m, op in methods.items()}
    writes = [m for m in ("PUT", "POST", "PATCH") if m in methods]
    put = next((m for m in writes if verbs[m] == "Put"), None)
    if put is None and "PUT" in methods and verbs["PUT"] in ("", "Put"):
        put = "PUT"
    update = next((m for m in writes if verbs[m] == "Update" and m != put), None)
    if put is None and update is None:
        return None
    roles = {"read": read.name, "put": methods[put or update or ""].name}
    if put is not None and update is not None:
        roles["update"] = methods[update].name
    if "DELETE" in methods and verbs["DELETE"] in ("", "Delete"):
        roles["delete"] = methods["DELETE"].name
    return roles
