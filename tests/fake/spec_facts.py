"""What a spec says about its resources, read the way docs/spec-format.md "Resources" says.

The stories take their expectations from here (the spec and its documented rules), never
from the fake's plan: the resource's shape, which member carries an identifier, the
lifecycle's states, the errors an operation declares.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from apigen import ir, naming
from apigen.regex_translate import to_python

HEADERS = (ir.Location.HEADER, ir.Location.PREFIX_HEADERS, ir.Location.STATUS)


def body(shape: ir.Shape) -> list[ir.Member]:
    return [m for m in shape.members if m.http is None or m.http.location not in HEADERS]


@dataclass
class Facts:
    service: ir.Service
    resource: ir.Resource

    def op(self, role: str) -> ir.Operation | None:
        name = getattr(self.resource, role) if role in ir.Resource.__slots__ else role
        return next((o for o in self.service.operations if o.name == name), None)

    def shape_of(self, shape_id: str | None) -> ir.Shape | None:
        return self.service.shapes[shape_id] if shape_id else None

    @property
    def shape(self) -> ir.Shape:
        read = self.op("read")
        if read is not None:
            output = self.service.shape(read.output or "")
            members = body(output)
            if len(members) == 1 and self.kind(members[0].target) is ir.ShapeType.STRUCTURE:
                return self.service.shape(members[0].target)
            holders = [
                self.service.shape(m.target)
                for m in members
                if self.kind(m.target) is ir.ShapeType.STRUCTURE
                and self.holds_own(self.service.shape(m.target))
            ]
            if not self.holds_own(output) and len(holders) == 1:
                return holders[0]
            return output
        listed = self.op("list")
        assert listed is not None
        for member in body(self.service.shape(listed.output or "")):
            target = self.service.shape(member.target)
            if target.type is ir.ShapeType.LIST:
                return self.service.shape(target.member.target)
        raise AssertionError(f"{self.resource.name}: no shape")

    def holds_own(self, shape: ir.Shape) -> bool:
        """A member carrying the own identifier (short forms allowed; a bare one's spelling,
        ``spelled``; an ``...Identifier``'s ``...Id`` or ``...Arn``: a ``gatewayIdentifier``'s
        ``gatewayId``), or an ``arn`` or ``<Resource>Arn``."""
        carried = self.carrier(self.own, shape, short=True) or self.spelled(shape)
        stem = self.own.removesuffix("Identifier")
        if carried is None and stem not in ("", self.own):
            carried = self.carrier(f"{stem}Id", shape) or self.carrier(f"{stem}Arn", shape)
        arns = ("arn", f"{self.resource.name.lower()}arn")
        return carried is not None or any(m.name.lower() in arns for m in shape.members)

    def kind(self, shape_id: str) -> ir.ShapeType:
        return self.service.shape(shape_id).type

    @property
    def fields(self) -> set[str]:
        return {naming.snake(m.name) for m in self.shape.members}

    def carrier(
        self, identifier: str, shape: ir.Shape | None, *, short: bool = False
    ) -> str | None:
        """The Python name of the member of ``shape`` carrying ``identifier``."""
        members = shape.members if shape else ()
        for test in (
            lambda m: m.resource_identifier == identifier,
            lambda m: m.name == identifier,
            lambda m: m.name.lower() == identifier.lower(),
        ):
            for m in members:
                if test(m):
                    return naming.snake(m.name)
        if short:  # the short form of the identifier's name or of its shape's
            kind = dict(self.resource.identifiers).get(identifier, "").rsplit("#", 1)[-1]
            for suffix in ("Id", "Arn", "Name"):
                if identifier.endswith(suffix) or kind.endswith(suffix):
                    for m in members:
                        if m.name.lower() == suffix.lower():
                            return naming.snake(m.name)
            first = identifier.split("Or")[0] if re.search(r"[a-z]Or[A-Z]", identifier) else ""
            for m in members if first else ():  # Lex's ``versionOrAlias``: its ``version``
                if m.name.lower() == first.lower():
                    return naming.snake(m.name)
        return None

    def nested(self, identifier: str, shape: ir.Shape | None) -> tuple[str, str] | None:
        """(structure attribute, its member's) carrying ``identifier`` when no member of
        ``shape`` does (docs/fake.md): the member whose name follows its structure's to
        spell the identifier (``Member.Arn`` for ``MemberArn``; the only one spelling its
        tail), else in the structure holding most members the create input names and the
        shape lacks at its top, the member carrying it (short forms: its ``Id``)."""
        if shape is None:
            return None
        held = [
            (m, self.service.shape(m.target))
            for m in shape.members
            if self.kind(m.target) is ir.ShapeType.STRUCTURE
        ]
        tails = [(m, c) for m, h in held for c in h.members if identifier.endswith(m.name + c.name)]
        whole = [(m, c) for m, c in tails if m.name + c.name == identifier]
        if whole or len(tails) == 1:
            m, c = (whole or tails)[0]
            return naming.snake(m.name), naming.snake(c.name)
        create = self.op("create")
        given = (
            {m.name for m in self.shape_of(create.input).members}
            if create and create.input
            else set()
        )
        given -= {m.name for m in shape.members}
        scores = sorted(
            ((len(given & {c.name for c in h.members}), m.name) for m, h in held), reverse=True
        )
        if not scores or not scores[0][0] or (len(scores) > 1 and scores[1][0] == scores[0][0]):
            return None
        inner = shape.get_member(scores[0][1])
        assert inner is not None
        found = self.carrier(identifier, self.service.shape(inner.target), short=True)
        return (naming.snake(inner.name), found) if found else None

    def at(self, record: dict[str, Any], identifier: str, shape: ir.Shape | None) -> Any:
        """The value of ``identifier`` in ``record`` (of ``shape``), at its top or nested."""
        found = self.carrier(identifier, shape, short=True)
        if found is not None:
            return record.get(found)
        nested = self.nested(identifier, shape)
        if nested is None:
            return self.in_variant(record, identifier, shape)
        return (record.get(nested[0]) or {}).get(nested[1])

    def in_variant(self, record: dict[str, Any], identifier: str, shape: ir.Shape | None) -> Any:
        """``identifier`` in whichever of the record's structures holding it by its name was
        answered, when several do and the record itself does not (a choice: Route 53
        Recovery Control's ``AssertionRule`` or ``GatingRule``, each with its
        ``SafetyRuleArn``; docs/fake.md)."""
        if shape is None or self.carrier(identifier, shape) is not None:
            return None
        holders = [
            (naming.snake(m.name), naming.snake(c.name))
            for m in shape.members
            if self.kind(m.target) is ir.ShapeType.STRUCTURE
            for c in self.service.shape(m.target).members
            if c.name.lower() == identifier.lower()
        ]
        if len(holders) < 2:
            return None
        found = [
            (record.get(h) or {}).get(c) for h, c in holders if isinstance(record.get(h), dict)
        ]
        return next((f for f in found if f), None)

    def unwrapped(self, item: Any) -> Any:
        """The record an item wraps (CloudFront's ``CachePolicySummary.CachePolicy``), else it."""
        shapes, mine = self.service.shapes.values(), self.shape.id
        items = {s.member.target for s in shapes if s.type is ir.ShapeType.LIST} - {mine}
        holders = {
            naming.snake(m.name)
            for s in shapes
            if s.id in items
            for m in s.members
            if m.target == mine
        }
        found = [k for k in item if k in holders] if isinstance(item, dict) else []
        return item[found[0]] if len(found) == 1 and isinstance(item[found[0]], dict) else item

    def stamped(self, role: str) -> set[str]:
        """The shape's timestamps the server sets on ``role`` (docs/fake.md): ``creat*`` on
        create, ``updat*``/``modif*`` on every write; what a request sends for them (Partner
        Central's ``LastModifiedDate`` "as you last read it") is not read back."""
        words = ("updat", "modif", *(("creat",) if role == "create" else ()))
        return {
            naming.snake(m.name)
            for m in self.shape.members
            if self.kind(m.target) is ir.ShapeType.TIMESTAMP
            and any(w in m.name.lower() for w in words)
        }

    @property
    def own(self) -> str:
        return self.resource.identifiers[-1][0]

    def states(self, key: str) -> tuple[str | None, ...]:
        lifecycle = self.resource.lifecycle
        return dict(lifecycle.transitions).get(key, ()) if lifecycle else ()

    @property
    def status(self) -> str | None:
        lifecycle = self.resource.lifecycle
        return naming.snake(lifecycle.member) if lifecycle else None

    def declared(self, op: ir.Operation) -> set[str]:
        """Wire codes of the errors ``op`` (and the service) declare."""
        shapes = [self.service.shape(e) for e in (*op.errors, *self.service.errors)]
        shapes += [self.service.shape(r.shape) for r in op.responses if r.shape and r.status >= 400]
        return {s.error_code or s.name for s in shapes}

    def record(self, op: ir.Operation, output: dict[str, Any]) -> dict[str, Any]:
        """The resource as ``op``'s output holds it (wrapped or flat)."""
        out = self.shape_of(op.output)
        mine = {m.name for m in self.shape.members}
        flat = {m.name for m in body(out)} if out else set()
        for member in body(out) if out else ():
            target = self.service.shape(member.target)
            names = {m.name for m in target.members}
            if self.own in flat and self.own not in names and member.name != self.own:
                continue  # the output holds the identifier itself (Omics' ``StartRun``), not
                # as the record's name (ECS's ``capacityProvider``: a ``CapacityProvider``)
            summary = target.type is ir.ShapeType.STRUCTURE and len(names) > 1 and names <= mine
            if (
                member.target == self.shape.id
                or (self.shape.narrows and target.narrows == self.shape.narrows)
                or summary  # a summary of it: some of its members and none else
            ):
                return dict(output.get(naming.snake(member.name)) or {})
        return output

    def own_id(self, op: ir.Operation, output: dict[str, Any]) -> Any:
        record = self.record(op, output)
        out = self.shape_of(op.output)
        wrapped = record is not output
        where = self.shape if wrapped else out
        found = self.carrier(self.own, where, short=True) or self.spelled(where)
        found = found or self.named_by_kind(where)
        if found is None and self.carrier(self.own, self.shape_of(op.input)) is not None:
            return None  # the caller named it in the input (Customer Profiles' stream name)
        if found is None and self.nested(self.own, where) is not None:
            return self.at(record, self.own, where)  # Audit Manager's ``metadata.id``
        if found is None and self.in_variant(record, self.own, where) is not None:
            return self.in_variant(record, self.own, where)
        if (
            found is None
            and where is not None
            and self.carrier(self.own, self.shape, short=True) is None
        ):
            # no member carries the identifier: the ARN is it (docs/fake.md), unless the
            # identifier's shape takes no such ARN: then an ``...Identifier`` is the ``id``
            # the record's own ARN (``arn``, ``FlowArn``) before another's (Bedrock Agent's
            # flow answers its ``executionRoleArn`` first)
            arns = [m for m in where.members if m.name.lower().endswith("arn")]
            owns = ("arn", f"{self.resource.name.lower()}arn")
            arn = next((m for m in arns if m.name.lower() in owns), arns[0] if arns else None)
            found = naming.snake(arn.name) if arn else None
            target = dict(self.resource.identifiers)[self.own]
            stem = self.own.removesuffix("Identifier")
            if stem not in ("", self.own) and self.carrier(f"{stem}Id", where):
                found = self.carrier(f"{stem}Id", where)  # ``TaskIdentifier``: ``TaskId``
            elif (
                self.own.endswith("Identifier") or target.endswith("Identifier")
            ) and not self.takes_arn(target, record.get(found or "")):
                found = self.carrier("id", where) or found
        if found is None and where is not None:  # the create answers only the ARN, which the
            # identifier takes too (Agent Registry's registryId: an ARN or an id)
            arn = next((m for m in where.members if m.name.lower().endswith("arn")), None)
            value = record.get(naming.snake(arn.name)) if arn else None
            if value and self.takes_arn(dict(self.resource.identifiers)[self.own], value):
                found = naming.snake(arn.name) if arn else None
        return record.get(found) if found else None

    def named_by_kind(self, shape: ir.Shape | None) -> str | None:
        """An own identifier spelling the resource (API Gateway's ``documentationVersion``,
        ECS's ``capacityProvider``: a short name or an ARN) is the member of its last word
        (``version``), else ``<Resource>Name``, else ``name`` (docs/spec-format.md)."""
        if self.own.lower() != self.resource.name.lower():
            return None
        last = re.findall(r"[A-Z]?[a-z0-9]+", self.own)[-1]
        for name in (last, f"{self.resource.name}Name", "name"):
            found = self.carrier(name, shape)
            if found is not None:
                return found
        return None

    def spelled(self, shape: ir.Shape | None) -> str | None:
        """The member spelling a bare own identifier (``id``, ``identifier``) with the
        resource's name, as AWS outputs do (docs/spec-format.md): CodeCatalyst's
        ``accessTokenId`` for an ``AccessToken``'s ``id``; else a bare ``identifier``'s
        ``id`` where no ``arn`` or ``<Resource>Arn`` is it (DataZone's metadata generation
        run, beside its ``target.identifier``)."""
        bare = self.own.lower() in ("id", "identifier")
        # an ``...Id`` of the resource's last words is its ``<Resource>Id`` too (Glue's job
        # run's ``RunId``, answered as ``JobRunId``)
        stem = self.own.removesuffix("Id") if self.own.endswith("Id") else ""
        tail = bool(stem) and self.resource.name.endswith(stem[:1].upper() + stem[1:])
        spelled = self.carrier(f"{self.resource.name}Id", shape) if bare or tail else None
        arns = {"arn", f"{self.resource.name.lower()}arn"}
        arn = any(m.name.lower() in arns for m in shape.members) if shape else False
        spelled = spelled or (self.carrier("id", shape) if bare and not arn else None)
        return spelled or (self.of_own_shape(shape) if bare else None)

    def of_own_shape(self, shape: ir.Shape | None) -> str | None:
        """The one member of ``shape`` of the own identifier's shape when that is an id's
        (named ``...Id``): IoT Managed Integrations' ``TaskConfigurationId`` of an
        ``OtaTaskConfigurationId``, the ``Identifier`` its read takes (docs/fake.md)."""
        target = dict(self.resource.identifiers)[self.own]
        if not target.rsplit("#", 1)[-1].endswith("Id") or shape is None:
            return None
        held = [m for m in shape.members if m.target == target]
        return naming.snake(held[0].name) if len(held) == 1 else None

    def takes_arn(self, target: str, arn: Any) -> bool:
        """Whether the shape ``target`` takes ARNs like ``arn``: with its last segment any
        other (a pattern is searched: ``job-[0-9a-z]{13}`` finds the id an ARN ends in)."""
        return arn is not None and self.fits(target, re.sub(r"[^:/]*$", "x", str(arn)))

    def fits(self, target: str, value: Any) -> bool:
        """Whether ``value`` is valid as the shape ``target`` (its length and pattern)."""
        constraints = self.service.shape(target).constraints
        text = str(value)
        length = constraints.length
        if length is not None and length.max is not None and len(text) > length.max:
            return False
        pattern = constraints.pattern
        return pattern is None or re.search(to_python(pattern), text) is not None


def subset_mismatches(sent: Any, got: Any, path: str = "") -> Iterator[str]:
    """Where ``got`` does not hold what ``sent`` set (keys ``got``'s shape lacks are skipped
    below the top level: output shapes are cousins of the input ones)."""
    if isinstance(sent, dict) and isinstance(got, dict):
        for key, value in sent.items():
            if key in got:
                yield from subset_mismatches(value, got[key], f"{path}.{key}")
    elif isinstance(sent, list) and isinstance(got, list):
        if len(sent) != len(got):
            yield f"{path}: {len(sent)} items sent, {len(got)} read"
        for i, (a, b) in enumerate(zip(sent, got, strict=False)):
            yield from subset_mismatches(a, b, f"{path}[{i}]")
    elif str(getattr(sent, "value", sent)) != str(getattr(got, "value", got)) and sent != got:
        yield f"{path}: sent {sent!r}, read {got!r}"


def tags_of(shape: ir.Shape | None) -> ir.Member | None:
    """A tagging shape's tags member: ``Tags``, else the first named ``...Tags``
    (``ResourceTags``), else ``Tags...`` (Pinpoint's ``TagsModel``); never the keys
    (``TagKeys``)."""
    members = shape.members if shape else ()
    named = [m for m in members if m.name.lower() == "tags"]
    named = named or [m for m in members if m.name.lower().endswith("tags")]
    named = named or [
        m for m in members if m.name.lower().startswith("tags") and "key" not in m.name.lower()
    ]
    return next(iter(named), None)
