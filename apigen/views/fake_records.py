"""Where a fake resource's record is in the spec: the shape its read returns (or a list's
item), the members of a message body, and how an output member relates to the record.

- ``resource_shape``: the read output's single structure member (``VirtualCluster``), else
  its one structure member holding the own identifier (or an ``arn``) when the output holds
  neither (``aiAgent`` beside ``versionNumber``; of an ``...Identifier``, its ``...Id`` or
  ``...Arn`` counts, as does a ``<Resource>Arn``: Bedrock AgentCore's gateway answers its
  ``gatewayId`` beside a ``policyEngineConfiguration`` holding an ``arn``), else the read
  output itself, else the structure items of the list output; None without any;
- ``related``: an output structure is the record when it is the shape itself, a narrowing of
  it, or a summary (more than one of its members, by name, and no other); ``summary``: a
  create's or update's output structure holding the own identifier and more of the
  record's members than others answers the record too (WAFV2's ``IPSetSummary``);
- ``tags_member``/``named``: members found by name (``Tags``/``...Tags``/``...TagList``;
  ``arn``, ``name``); ``resource_name_member``: ``<Resource>Name`` or a tail's
  (``SnapshotName``: a ``GraphSnapshot``);
- ``inner_member``: the record's structure member holding the resource's own members, the
  one sharing the most member names with the create input (at least one; a single best;
  none requiring members the input does not give, but timestamps): Audit Manager's
  ``metadata`` (name, description, scope, roles), not ``awsAccount`` (name); not IAM's MFA
  device's ``User``, sharing ``Path`` but requiring its ``UserName`` and ``Arn``;
- ``nested_carrier``: where a record carries an identifier none of its members does: in a
  structure member, the member whose name follows the structure's to spell it (Chime SDK
  Messaging's ``Member.Arn`` for ``MemberArn``) or, the only one, its tail
  (``Moderator.Arn`` for ``ChannelModeratorArn``), else the one structure holding it by its
  own name (DynamoDB's ``BackupDetails.BackupArn``), else the inner member's carrier (short
  forms allowed: Service Catalog's ``ServiceActionSummary.Id``); ``variant_paths``: in
  whichever of several structures the create sends alike (Glue's classifiers);
- ``same_kind``: two shapes hold one kind of value (a string and an enum are one kind).
"""

from __future__ import annotations

import re

from apigen import ir, naming
from apigen.resource_names import identifier_member

_HEADERS = (ir.Location.HEADER, ir.Location.PREFIX_HEADERS, ir.Location.STATUS)


def body_members(shape: ir.Shape) -> list[ir.Member]:
    return [m for m in shape.members if m.http is None or m.http.location not in _HEADERS]


def answered(output: ir.Shape) -> list[ir.Member]:
    """The output's members a value is answered in: its body's and its headers' (Route 53's
    required ``Location`` header of a create), not the status code."""
    return [
        m for m in output.members if m.http is None or m.http.location is not ir.Location.STATUS
    ]


def resource_shape(service: ir.Service, resource: ir.Resource) -> ir.Shape | None:
    ops = {o.name: o for o in service.operations}
    read = ops.get(resource.read or "")
    if read is not None and read.output is not None:
        output = service.shape(read.output)
        body = body_members(output)
        if len(body) == 1 and service.shape(body[0].target).type is ir.ShapeType.STRUCTURE:
            return service.shape(body[0].target)
        holders = [
            service.shape(m.target)
            for m in body
            if service.shape(m.target).type is ir.ShapeType.STRUCTURE
            and _holds_own(resource, service.shape(m.target))
        ]
        if not _holds_own(resource, output) and len(holders) == 1:
            return holders[0]  # Q Connect's ``aiAgent`` beside its ``versionNumber``
        return output
    listed = ops.get(resource.list or "")
    if listed is not None and listed.output is not None:
        for member in body_members(service.shape(listed.output)):
            target = service.shape(member.target)
            if target.type is ir.ShapeType.LIST:
                item = service.shape(target.member.target)
                if item.type is ir.ShapeType.STRUCTURE:
                    return item
    return None


def _holds_own(resource: ir.Resource, shape: ir.Shape) -> bool:
    """Whether ``shape`` has a member carrying the own identifier (short forms allowed; a
    bare ``identifier`` the record's ``id`` or ``<Resource>Id``, as ``fake_resource`` binds
    it) or an ``arn``. DataZone's ``GetMetadataGenerationRun`` answers the run's ``id``
    beside a ``target`` whose ``identifier`` is the asset's: the output is the record."""
    own, target = resource.identifiers[-1] if resource.identifiers else ("", None)
    found = identifier_member(own, pairs(shape), short=True, target=target)
    if found is None and own.lower() in ("id", "identifier"):
        found = identifier_member(f"{resource.name}Id", pairs(shape))
        found = found or identifier_member("Id", pairs(shape))
    stem = re.sub("(?i)identifier$", "", own)
    if found is None and stem not in ("", own):  # ``gatewayIdentifier``: ``gatewayId``
        found = identifier_member(f"{stem}Id", pairs(shape))
        found = found or identifier_member(f"{stem}Arn", pairs(shape))
    return found is not None or named(shape, "arn", f"{resource.name}Arn") is not None


def pairs(shape: ir.Shape | None) -> list[tuple[str, str | None]]:
    """(member name, ``resourceIdentifier``) of each member, as ``identifier_member`` reads."""
    return [(m.name, m.resource_identifier) for m in (shape.members if shape else ())]


def tags_member(shape: ir.Shape | None) -> ir.Member | None:
    """The shape's ``Tags``, else its first member named ``...Tags`` (``ResourceTags``), else
    ``...TagList`` (Network Manager's ``ListTagsForResource`` answers its tags as ``TagList``),
    else ``Tags...`` that is no list of keys (Pinpoint's ``TagsModel`` payload, holding
    ``tags``)."""
    members = shape.members if shape else ()
    found = [m for m in members if m.name.lower() == "tags"]
    for tail in ("tags", "taglist"):
        found = found or [m for m in members if m.name.lower().endswith(tail)]
    found = found or [
        m for m in members if m.name.lower().startswith("tags") and "key" not in m.name.lower()
    ]
    return next(iter(found), None)


def summary(service: ir.Service, target: str, shape: ir.Shape, own: str) -> bool:
    """Whether a structure ``target`` that is not the record (``related``) still answers it:
    it holds the own identifier (``own``, a Python name) and more of the record's members
    than others (WAFV2's ``IPSetSummary``: ``Name``, ``Id``, ``Description``, ``ARN`` beside
    its ``LockToken``)."""
    other = service.shapes.get(target)
    if other is None or other.type is not ir.ShapeType.STRUCTURE:
        return False
    names = {naming.snake(m.name) for m in other.members}
    shared = names & {naming.snake(m.name) for m in shape.members}
    return own in shared and len(shared) > len(names - shared)


def carrying(service: ir.Service, output: ir.Shape, own: str) -> str:
    """The one structure member of a write's ``output`` carrying the own identifier (``own``,
    a Python name) when the output does not itself: where the create answers the record, in
    a shape not the record's (OpenSearch Serverless' ``createCollectionDetail``); else ""."""
    members = body_members(output)
    if not own or any(naming.snake(m.name) == own for m in members):
        return ""
    found = [
        naming.snake(m.name)
        for m in members
        if service.shape(m.target).type is ir.ShapeType.STRUCTURE
        and any(naming.snake(i.name) == own for i in service.shape(m.target).members)
    ]
    return found[0] if len(found) == 1 else ""


def named(shape: ir.Shape, *names: str) -> ir.Member | None:
    """The first member of ``shape`` with one of ``names``, in any case."""
    wanted = {n.lower() for n in names}
    return next((m for m in shape.members if m.name.lower() in wanted), None)


def resource_name_member(shape: ir.Shape, resource: str) -> ir.Member | None:
    """The member of ``shape`` naming a ``resource``: ``<Resource>Name``, else the name of a
    tail of its words (Neptune Analytics' ``snapshotName`` for a ``GraphSnapshot``)."""
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+", resource)
    for start in range(len(words)):
        found = named(shape, "".join(words[start:]) + "Name")
        if found is not None:
            return found
    return None


def related(service: ir.Service, target: str, shape: ir.Shape) -> bool:
    """Whether a structure ``target`` is the record of ``shape`` (itself, a narrowing, or
    a summary: more than one of its members and none else)."""
    other = service.shapes.get(target)
    if other is None or other.type is not ir.ShapeType.STRUCTURE:
        return False
    roots = {shape.id, *((shape.narrows,) if shape.narrows else ())}
    if other.id in roots or (other.narrows is not None and other.narrows in roots):
        return True
    # a summary of the record (Thin Client's EnvironmentSummary): some of its members, by name
    names = {m.name for m in other.members}
    return len(names) > 1 and names <= {m.name for m in shape.members}


def listed_rank(service: ir.Service, listed: ir.Shape, shape: ir.Shape) -> int:
    """How surely a list an output holds lists the records of ``shape``: 2 when its items
    are them (``related``), 1 other structures, 0 anything else; the first list of the
    highest is the items (ECS's ``capacityProviders`` before ``failures``, as a caller reads
    a list of several)."""
    target = listed.member.target if listed.member is not None else ""
    if related(service, target, shape):
        return 2
    return (
        1
        if target in service.shapes and service.shape(target).type is ir.ShapeType.STRUCTURE
        else 0
    )


def _structures(service: ir.Service, shape: ir.Shape) -> list[tuple[ir.Member, ir.Shape]]:
    return [
        (m, service.shape(m.target))
        for m in shape.members
        if service.shape(m.target).type is ir.ShapeType.STRUCTURE
    ]


def inner_member(
    service: ir.Service, shape: ir.Shape, create_input: ir.Shape | None, own: str | None = None
) -> ir.Member | None:
    """The record's structure member holding the resource's own members (module docstring):
    of what the create input names, only members the record lacks at its top count; the
    member named as the ``own`` identifier is one the fake makes (Route 53's
    ``HostedZone.Id``, required, beside the ``Name`` the create gives)."""
    given = {m.name.lower() for m in create_input.members} if create_input else set()
    given -= {m.name.lower() for m in shape.members}
    scored = sorted(
        (
            (len(given & {m.name.lower() for m in inner.members}), member.name, member)
            for member, inner in _structures(service, shape)
        ),
        key=lambda t: (-t[0], t[1]),
    )
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    best = scored[0][2]
    unmade = [  # required members neither the input gives nor the fake stamps
        m
        for m in service.shape(best.target).members
        if m.required
        and m.name.lower() not in given
        and m.name.lower() != (own or "").lower()
        and service.shape(m.target).type is not ir.ShapeType.TIMESTAMP
    ]
    return None if unmade else best


def nested_carrier(
    service: ir.Service,
    shape: ir.Shape,
    identifier: str,
    target: str | None,
    inner: ir.Member | None,
) -> tuple[ir.Member, ir.Member] | None:
    """(structure member, its member) carrying ``identifier`` (module docstring)."""
    spelled = [
        (member, child)
        for member, held in _structures(service, shape)
        for child in held.members
        if identifier.lower().endswith((member.name + child.name).lower())
    ]
    for member, child in spelled:  # the whole name first (``MemberArn``), else its tail
        if (member.name + child.name).lower() == identifier.lower():
            return member, child
    exact = [  # one structure holding it by its own name (DynamoDB's ``BackupDetails``)
        (member, child)
        for member, held in _structures(service, shape)
        for child in held.members
        if child.name.lower() == identifier.lower()
    ]
    if len(exact) == 1:
        return exact[0]
    if len(spelled) == 1:  # ``ChannelModeratorArn`` in ``Moderator.Arn``
        return spelled[0]
    if inner is None:
        return None
    held = service.shape(inner.target)
    found = identifier_member(identifier, pairs(held), short=True, target=target)
    carrier = held.get_member(found) if found else None
    return (inner, carrier) if carrier is not None else None


def of_shape(shape: ir.Shape, target: str) -> str | None:
    """The record's one member of the identifier's shape when that shape is an id's (named
    ``...Id``): IoT Managed Integrations' ``TaskConfigurationId`` for a bare ``Identifier``,
    both ``OtaTaskConfigurationId``s."""
    if not target.rsplit("#", 1)[-1].endswith("Id"):
        return None
    held = [m.name for m in shape.members if m.target == target]
    return held[0] if len(held) == 1 else None


def variants(service: ir.Service, shape: ir.Shape, identifier: str) -> tuple[str, ...]:
    """Paths of the member named as ``identifier`` in each structure of the record holding
    one, when more than one does (a choice: Route 53 Recovery Control's ``AssertionRule``
    and ``GatingRule``, each with its ``SafetyRuleArn``) and the record holds none itself."""
    if shape.get_member(identifier) is not None:
        return ()
    found = tuple(
        f"{naming.snake(member.name)}.{naming.snake(child.name)}"
        for member, held in _structures(service, shape)
        for child in held.members
        if child.name.lower() == identifier.lower()
    )
    return found if len(found) > 1 else ()


def variant_names(service: ir.Service, shape: ir.Shape, choice: tuple[str, ...]) -> tuple[str, ...]:
    """The name's path in each structure of a choice holding the own identifier."""
    heads = {path.split(".")[0] for path in choice}
    return tuple(
        f"{naming.snake(m.name)}.{naming.snake(by.name)}"
        for m in shape.members
        if naming.snake(m.name) in heads
        and (by := named(service.shape(m.target), "name")) is not None
    )


def variant_paths(
    service: ir.Service, shape: ir.Shape, identifier: str, create_input: ir.Shape | None
) -> str | None:
    """``a.name|b.name``: the identifier held by its own name in each of several structures
    of the record that the create input gives alike, none of which the record requires
    (Glue's classifier: its ``Name`` in whichever of ``GrokClassifier``, ``XMLClassifier``,
    ``JsonClassifier`` or ``CsvClassifier`` the create sends); else None."""
    sent = {m.name: service.shape(m.target) for m in create_input.members} if create_input else {}
    found = []
    for member, held in _structures(service, shape):
        given = sent.get(member.name)
        child = next((c for c in held.members if c.name.lower() == identifier.lower()), None)
        if member.required or given is None or child is None:
            continue
        if any(c.name == child.name for c in given.members):
            found.append(f"{naming.snake(member.name)}.{naming.snake(child.name)}")
    return "|".join(found) if len(found) > 1 else None


def arn_input(service: ir.Service, op: ir.Operation) -> ir.Member | None:
    """The input member naming a resource by its ARN: ``...Arn``, else the one whose shape is
    so named (CloudFront's ``Resource``, a ``ResourceARN``); a required one before one that
    is not (IAM Identity Center's ``ResourceArn`` before its optional scope, ``InstanceArn``)."""
    given = service.shape(op.input).members if op.input else ()
    members = sorted(given, key=lambda m: not m.required)
    return next((m for m in members if m.name.lower().endswith("arn")), None) or next(
        (m for m in members if m.target.rsplit("#", 1)[-1].lower().endswith("arn")), None
    )


def resource_input(service: ir.Service, op: ir.Operation) -> ir.Member | None:
    """The input member naming the resource a tagging operation acts on: its ARN member
    (``arn_input``), else its first required string (S3 Files' ``resourceId``, an id or an
    ARN, which the fake looks up as either)."""
    given = service.shape(op.input).members if op.input else ()
    strings = [
        m for m in given if m.required and service.shape(m.target).type is ir.ShapeType.STRING
    ]
    return arn_input(service, op) or next(iter(strings), None)


def wrapped(service: ir.Service, given: ir.Shape | None, record: ir.Shape) -> list[tuple[str, str]]:
    """(input attribute, item member attribute) for each input list of one shape the record
    holds, by the same name, as a list of structures with exactly one member of that shape
    (else of its family: a scalar of the same type and constraints): each value goes into
    that member (CodeDeploy's ``autoScalingGroups``: names in, each an ``AutoScalingGroup``'s
    ``name`` out)."""
    held = {m.name.lower(): service.shape(m.target) for m in record.members}
    out = []
    for member in given.members if given else ():
        sent, kept = service.shape(member.target), held.get(member.name.lower())
        if sent.type is not ir.ShapeType.LIST or kept is None or kept.type is not sent.type:
            continue
        item = service.shape(kept.member.target)
        value = service.shape(sent.member.target)
        if item.type is not ir.ShapeType.STRUCTURE or value.type in _BRANCHY:
            continue
        into = [m for m in item.members if m.target == value.id] or [
            m for m in item.members if _kin(service.shape(m.target), value)
        ]
        if len(into) == 1:
            out.append((naming.snake(member.name), naming.snake(into[0].name)))
    return out


_TEXT = (ir.ShapeType.STRING, ir.ShapeType.ENUM)


def same_kind(service: ir.Service, target: str, other: str) -> bool:
    """Whether values of ``target`` and ``other`` are of one kind (a string and an enum
    are; a structure and an enum are not)."""
    kinds = {service.shape(target).type, service.shape(other).type}
    return len(kinds) == 1 or kinds <= set(_TEXT)


_BRANCHY = (ir.ShapeType.STRUCTURE, ir.ShapeType.LIST, ir.ShapeType.MAP, ir.ShapeType.UNION)


def _kin(shape: ir.Shape, other: ir.Shape) -> bool:
    return (shape.type, shape.constraints, shape.enum_values) == (
        other.type,
        other.constraints,
        other.enum_values,
    )
