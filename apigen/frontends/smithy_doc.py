"""A fault-tolerant reading of a loaded Smithy-like YAML spec, for the meaning checks.

The meaning checks (``smithy_checks``, ``smithy_http_checks``) run even when the JSON Schema
pass found problems, so a user sees every problem in one run. This view makes that safe:

- a malformed value reads as absent (a ``members`` that is not a mapping has no members, a
  ``type`` that is not a shape type is an unknown kind), so no check crashes;
- a part of the document under a path the schema pass reported (``broken``) is not checked
  again, and a reference into it is trusted: a problem is never reported twice, nor as the
  consequence of another one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeGuard

from apigen import ir

Where = tuple[str | int, ...]
Problem = tuple[Where, str]

PRELUDE = ir.PRELUDE
SHAPE_TYPES = frozenset({"structure", "union", "enum", "intEnum", "list", "map", *PRELUDE.values()})
PROTOCOLS = frozenset(
    {"restJson1", "awsJson1_0", "awsJson1_1", "restXml", "awsQuery", "ec2Query", "rpcv2Cbor"}
)
# Protocols whose operations bind to HTTP routes (``http``) and members to HTTP parts.
REST_PROTOCOLS = frozenset({"restJson1", "restXml"})
# RPC protocols: the operation is named by the request, not bound to HTTP per operation.
RPC_PROTOCOLS = PROTOCOLS - REST_PROTOCOLS
# Smithy's selectors: ``string`` matches enums and ``number`` matches intEnums.
STRINGS = frozenset({"string", "enum"})
NUMBERS = frozenset(
    {"integer", "long", "short", "byte", "float", "double", "bigInteger", "bigDecimal", "intEnum"}
)
# The parts of a shape that are members; each is judged on its own.
MEMBER_PARTS = frozenset({"members", "member", "key", "value"})


def mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def sequence(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def is_number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


class SpecDoc:
    """The parts of a spec document the meaning checks read, each safe to read."""

    def __init__(self, doc: Mapping[str, Any], broken: Iterable[Where]) -> None:
        self.broken = frozenset(broken)
        # A malformed ``service`` or ``shapes`` as a whole: nothing that depends on it is known.
        self.service_known = isinstance(doc.get("service"), dict)
        self.shapes_known = isinstance(doc.get("shapes"), dict)
        self.service = mapping(doc.get("service"))
        protocol = self.service.get("protocol")
        self.protocol = protocol if isinstance(protocol, str) and protocol in PROTOCOLS else None
        shapes = mapping(doc.get("shapes"))
        self.names = dict.fromkeys(shapes)  # in declaration order
        self.shapes = {n: s for n, s in shapes.items() if isinstance(s, dict)}
        self.operations = {
            n: o for n, o in mapping(doc.get("operations")).items() if isinstance(o, dict)
        }

    @property
    def rest(self) -> bool:
        return self.protocol in REST_PROTOCOLS

    @property
    def aws_json(self) -> bool:
        return self.protocol is not None and self.protocol.startswith("awsJson")

    @property
    def rpc(self) -> bool:
        """An RPC protocol: no ``http`` bindings on operations or members."""
        return self.protocol in RPC_PROTOCOLS

    def clean(self, where: Where) -> bool:
        """Nothing at or below ``where`` failed the schema."""
        size = len(where)
        return not any(b[:size] == where for b in self.broken)

    def own_clean(self, where: Where) -> bool:
        """The object at ``where`` has no unknown or missing field (a typo) and a good name."""
        return where not in self.broken

    def shape_clean(self, name: str) -> bool:
        """The shape's own fields passed the schema; its members are judged one by one."""
        for b in self.broken:
            if b[:2] == ("shapes", name) and (
                len(b) == 2 or b[2] not in MEMBER_PARTS or b[2:] == ("members",)
            ):
                return False
        return True

    def exists(self, name: Any) -> bool:
        """Whether a reference resolves (trusted when ``shapes`` itself is malformed)."""
        if not isinstance(name, str):
            return False
        return not self.shapes_known or name in self.names or name in PRELUDE

    def kind(self, name: Any) -> str | None:
        """The type of the shape ``name`` names; None when missing or malformed."""
        if not isinstance(name, str):
            return None
        if name in self.names:
            kind = mapping(self.shapes.get(name)).get("type")
            return kind if isinstance(kind, str) and kind in SHAPE_TYPES else None
        return PRELUDE.get(name)

    def member_names(self, name: Any) -> list[str]:
        """The names of the members of a structure or union, well-formed or not."""
        shape = self.shapes.get(name) if isinstance(name, str) else None
        return list(mapping(mapping(shape).get("members")))

    def members_known(self, name: Any) -> bool:
        """Whether ``member_names(name)`` are all the members an operation's ``input`` or
        ``output`` has: True for no shape at all, False for one that is missing, not a
        structure or union (reported as such) or whose own fields failed the schema (a
        ``memebers:`` typo, say); a member missing from it is then no news."""
        if name is None:
            return True
        return self.kind(name) in ("structure", "union") and self.shape_clean(name)

    def io_known(self, where: Where, op: Mapping[str, Any], part: str) -> bool:
        """``members_known`` for the ``input`` or ``output`` of the operation at ``where``,
        when that reference (and the operation's own fields: it may be a typo) passed."""
        return (
            self.own_clean(where)
            and self.clean((*where, part))
            and self.members_known(op.get(part))
        )

    def clean_members(self, name: Any) -> dict[str, Mapping[str, Any]]:
        """The members of ``name`` that passed the schema."""
        shape = self.shapes.get(name) if isinstance(name, str) else None
        return {
            m: v
            for m, v in mapping(mapping(shape).get("members")).items()
            if isinstance(v, dict) and self.clean(("shapes", name, "members", m))
        }

    def part_target(self, name: Any, part: str) -> Any:
        """What a list's ``member`` or a map's ``key`` or ``value`` targets (None if unknown)."""
        shape = self.shapes.get(name) if isinstance(name, str) else None
        return mapping(mapping(shape).get(part)).get("target")

    def part_kind(self, name: Any, part: str) -> str | None:
        return self.kind(self.part_target(name, part))

    def describe(self, name: Any) -> str | None:
        """A kind for messages: ``list of structure`` says more than ``list``."""
        kind = self.kind(name)
        part = {"list": "member", "map": "value"}.get(kind or "")
        inner = self.part_kind(name, part) if part else None
        return f"{kind} of {inner}" if kind and inner else kind
