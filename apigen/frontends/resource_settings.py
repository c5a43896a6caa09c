"""Settings the names reading infers (``resource_infer._by_names``): a group of operations
without a create, written by a put (or, with none, an update) and read back, is a resource
of its own, known by every string its operations share, under the resource a create makes
that is known by just those and names it (ECR's ``LifecyclePolicy`` under its
``Repository``), or, sharing none, the account's one (ECR's ``RegistryPolicy``). The fake
keeps one record per key: the put writes it (a second put updates it), the read answers
it, the delete removes it, a read before any put answers the not-found error.
"""

from __future__ import annotations

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
