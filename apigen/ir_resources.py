"""IR of Smithy 2.0 resources and their lifecycles (part of ``apigen.ir``, which re-exports
it): what the fake derives its state handler from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True, slots=True)
class Lifecycle:
    """The status member of a resource and the states each operation moves it through.

    ``transitions`` maps a lifecycle name (``create``, ``delete``...) or an operation name to
    states in order: the first is set at once, each next one after the fake's delay; ``None``
    as the last state of ``delete`` means the resource is gone.
    """

    member: str
    transitions: tuple[tuple[str, tuple[str | None, ...]], ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class Resource:
    """A Smithy 2.0 resource: identifiers (parents' first), properties, its operations.

    Lifecycle fields name operations of the service. ``arn`` is the ARN template with
    ``{partition}``, ``{region}``, ``{account}`` and ``{identifier}`` fields; ``inferred`` is
    set when no spec declared it (derived from paths or operation names).
    """

    id: str
    name: str
    identifiers: tuple[tuple[str, str], ...] = ()
    properties: tuple[tuple[str, str], ...] = ()
    create: str | None = None
    put: str | None = None
    read: str | None = None
    update: str | None = None
    delete: str | None = None
    list: str | None = None
    operations: tuple[str, ...] = ()
    collection_operations: tuple[str, ...] = ()
    resources: tuple[str, ...] = ()
    arn: str | None = None
    lifecycle: Lifecycle | None = None
    inferred: bool = False

    @property
    def lifecycle_operations(self) -> tuple[tuple[str, str], ...]:
        """``(role, operation)`` for every lifecycle operation set, in Smithy's order."""
        roles = ("create", "put", "read", "update", "delete", "list")
        return tuple((r, getattr(self, r)) for r in roles if getattr(self, r) is not None)
