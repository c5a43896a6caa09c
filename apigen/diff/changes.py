"""What ``apigen diff`` finds: one ``Change`` per difference a caller can notice, and a verdict.

A change is classed by what it does to code written against the old output (a caller of the
client, or a handler implementing the server):

- ``breaking``: something such code uses is gone or means something else (an operation,
  member, enum value, error, paginator or waiter removed; a member newly required; a
  constraint narrowed; a type, wire name, HTTP binding or protocol changed);
- ``feature``: something new it may use (additions, widened constraints, deprecations);
- ``fix``: documentation only.

The verdict is the semantic-version bump the worst change implies: major, minor, patch, or
none when nothing changed.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass


class Kind(enum.StrEnum):
    BREAKING = "breaking"
    FEATURE = "feature"
    FIX = "fix"


class Bump(enum.IntEnum):
    """A semantic-version bump, ordered so that ``max`` picks the larger."""

    NONE = 0
    PATCH = 1
    MINOR = 2
    MAJOR = 3

    @property
    def label(self) -> str:
        return self.name.lower()


_BUMPS = {Kind.BREAKING: Bump.MAJOR, Kind.FEATURE: Bump.MINOR, Kind.FIX: Bump.PATCH}


@dataclass(frozen=True, kw_only=True, slots=True)
class Change:
    """One difference: ``subject`` names what changed in spec terms, ``what`` says how.

    ``subject`` is ``service`` (the service itself), ``operation Name``, ``Shape``,
    ``Shape.member`` or ``waiter Name``. ``python`` is the same in the generated Python: the
    client method, ``Class.attribute`` or ``wait_until_...`` (empty when identical).
    """

    service: str
    kind: Kind
    subject: str
    what: str
    python: str = ""  # the subject as callers write it (``list_widgets``), when it differs

    def sort_key(self) -> tuple[str, int, str, str]:
        return self.service, list(Kind).index(self.kind), self.subject, self.what

    def __str__(self) -> str:
        return f"{self.subject}: {self.what}"


@dataclass(frozen=True, kw_only=True, slots=True)
class ServiceDiff:
    """The changes of one service (``package`` is its package name; ``source`` its spec)."""

    package: str
    source: str
    changes: tuple[Change, ...]

    @property
    def bump(self) -> Bump:
        return verdict(self.changes)


@dataclass(frozen=True, kw_only=True, slots=True)
class Report:
    """Every service's changes, sorted by package; services with no change are left out."""

    services: tuple[ServiceDiff, ...]

    @property
    def changes(self) -> tuple[Change, ...]:
        return tuple(c for s in self.services for c in s.changes)

    @property
    def bump(self) -> Bump:
        return verdict(self.changes)

    def count(self, kind: Kind) -> int:
        return sum(1 for c in self.changes if c.kind is kind)


def verdict(changes: Iterable[Change]) -> Bump:
    """The bump the worst of ``changes`` implies (``NONE`` for no change)."""
    return max((_BUMPS[c.kind] for c in changes), default=Bump.NONE)
