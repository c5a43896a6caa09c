"""A resource's record layout for the fake (``plan.FakeResource``), read from its shape.

Record fields are the members of its shape (``fake_records.resource_shape``); an
identifier's field is the shape's member carrying it (``resource_names``, short forms
allowed for the own identifier; one only a structure of the record carries is a path into
it, ``metadata.id_``: ``fake_records.nested_carrier``; in whichever variant the create
sends: ``a.name|b.name``, ``fake_records.variant_paths``); the own identifier is the ARN when
its name ends in ``Arn`` (or the ARN member carries it, the create input does not name it
and its shape takes an ARN) unless the create input names it (Chime SDK Messaging's
``MemberArn`` of a ban), the create input's value when it carries it (a name), else a
fresh value in the first format fitting its pattern and length (``plan.ID_FORMATS``). The
ARN field is the shape's ``arn`` or ``<Resource>Arn`` (without an ``arn`` template,
``fake_arns.default_arn``), else the own identifier's when the ARN is it and the record
holds none (SSM's ``OpsMetadataArn``), the name field its ``name`` or ``<Resource>Name`` (unique per parent), timestamps ``creat*``
set on create and ``updat*``/``modif*`` on every write (name and timestamps: else the inner
structure's, ``fake_records.inner_member``), ``tags`` is the tags field.
"""

from __future__ import annotations

import re

from apigen import ir, naming, regex_translate
from apigen.resource_names import identifier_member
from apigen.runtime.fake import plan as fp
from apigen.views.fake_arns import arn_too_long, fitting_all, long_enough
from apigen.views.fake_records import (
    arn_input,
    inner_member,
    named,
    nested_carrier,
    of_shape,
    pairs,
    resource_name_member,
    resource_shape,
    variant_names,
    variant_paths,
    variants,
)
from apigen.views.fake_skeleton import Skeleton
from apigen.views.fake_values import (
    ID_SAMPLES,
    fitting_string,
    id_format,
    id_sample,
    string_fits,
)


def _create_pairs(
    service: ir.Service, create_input: ir.Shape | None
) -> list[tuple[str, str | None]]:
    """Members of the create input and of its structures (what a create may name)."""
    found = pairs(create_input)
    for member in create_input.members if create_input else ():
        inner = service.shape(member.target)
        if inner.type is ir.ShapeType.STRUCTURE:
            found += [(m.name, m.resource_identifier) for m in inner.members if not m.read_only]
    return found


def _identifiers(
    service: ir.Service,
    res: ir.Resource,
    shape: ir.Shape,
    parents: int,
    create_input: ir.Shape | None,
    inner: ir.Member | None,
) -> list[fp.FakeIdentifier]:
    arn_member = _arn_member(res, shape)
    create_pairs = _create_pairs(service, create_input)
    identifiers: list[fp.FakeIdentifier] = []
    for index, (name, target) in enumerate(res.identifiers):
        # the create input's members carrying the identifiers before this one are theirs
        # (Social Messaging's ``id``, not a short form of the own ``flowId``)
        before = {identifier_member(i, pairs(create_input)) for i, _ in res.identifiers[:index]}
        create_own = [p for p in pairs(create_input) if p[0] not in before]
        own = index >= parents
        found = identifier_member(name, pairs(shape), short=own, target=target)
        takes_arn = shape_takes_arn(service, res, target)
        stem = name.removesuffix("Identifier")
        if found is None and stem not in ("", name):
            # a ``...Identifier`` is the record's ``...Id`` of its stem (Partner Central's
            # ``TaskIdentifier`` is the record's ``TaskId``; a parent's too: PCS's
            # ``clusterIdentifier`` is a node group's ``clusterId``)
            found = identifier_member(f"{stem}Id", pairs(shape))
        last = index == len(res.identifiers) - 1  # not a scope's (Social Messaging's ``id``)
        if last and found is None and name.lower() in ("id", "identifier"):
            # a bare ``id`` no member carries is the record's ``<Resource>Id`` (DataZone's
            # ``identifier`` of a ``Connection`` is its ``connectionId``), else, no ARN
            # carrying it, its ``id`` (an ``EnvironmentAction``'s; ``resource_shape`` too)
            found = identifier_member(f"{res.name}Id", pairs(shape))
            if found is None and arn_member is None:
                found = identifier_member("Id", pairs(shape))
            if found is None:  # else the record's one member of its shape, an id's (IoT
                found = of_shape(shape, target)  # Managed Integrations' TaskConfigurationId)
        spelled = name.endswith("Identifier") or target.endswith("Identifier")
        scoped = own and last  # a scope's (Partner Central's ``Catalog``) is no ``id``
        if scoped and found is None and not takes_arn and spelled:
            # an ``...Identifier`` (by its name or its shape's) no ARN fits is the record's
            # ``id`` (Timestream for InfluxDB's ``DbInstanceIdentifier``, 64 characters at
            # most; Clean Rooms' ``idMappingTableIdentifier``, a ``UUID``)
            found = identifier_member("Id", pairs(shape))
        if own and found is None and name.lower() == "name":
            # a bare ``Name`` is the record's one ``...Name`` of its shape or of the create's
            # ``Name`` (GameLift's ``RuleSetName`` of a ``MatchmakingRuleSet``)
            given = create_input.get_member(name) if create_input is not None else None
            shapes = {target, given.target if given is not None else target}
            same = [m.name for m in shape.members if m.name.endswith("Name") and m.target in shapes]
            found = same[0] if len(same) == 1 else None
        if own and found is None and name.lower() == res.name.lower():
            # an identifier spelling the resource is the record's member of its last word
            # (API Gateway's ``documentationVersion``, a ``DocumentationVersion``'s ``version``)
            last = re.findall(r"[A-Z]?[a-z0-9]+", name)[-1]  # else its name (ECS's short
            found = next(  # name or ARN ``capacityProvider``: a ``CapacityProvider``'s ``name``)
                (
                    f
                    for n in (last, f"{res.name}Name", "name")
                    if (f := identifier_member(n, pairs(shape))) is not None
                ),
                None,
            )
        field = naming.snake(found or name)
        nested = nested_carrier(service, shape, name, target, inner) if own and not found else None
        if nested is not None:  # only a structure of the record carries it (``metadata.id``)
            field = ".".join(naming.snake(m.name) for m in nested)
        elif own and not found:  # else whichever variant the create sends (Glue's classifiers)
            field = variant_paths(service, shape, name, create_input) or field
        carried_by_arn = arn_member is not None and not nested and found in (None, arn_member.name)
        # the record itself in the input: its members are the create's own (SES's
        # ``ConfigurationSet.Name`` for the ``ConfigurationSetName``)
        as_record = [
            (m.name, m.resource_identifier)
            for given in (create_input.members if create_input else ())
            if given.target == shape.id
            for m in shape.members
        ]
        # a structure's member of its name the record holding it under another name is
        # that structure's (DataZone's ``target.identifier``: the asset's; the run's ``id``)
        nested_only = identifier_member(name, pairs(create_input)) is None
        theirs = nested_only and found is not None and found.lower() != name.lower()
        named_by_input = (
            (identifier_member(name, create_pairs) is not None and not theirs)
            or identifier_member(name, [*create_own, *as_record], short=True, target=target)
            is not None
            # the record's member carrying it, which the input gives (ECS's ``name``)
            or (own and found is not None and identifier_member(found, create_own) is not None)
        )  # the input names it (``Name`` for a ``RuntimeName``; not a nested ``id``)
        # an ARN the create input names itself is the client's (Chime's ``MemberArn``: whom
        # a channel bans), not one the server makes
        named_arn = name.endswith("Arn") and identifier_member(name, pairs(create_input))
        if (
            own
            and not named_arn
            and (name.endswith("Arn") or (carried_by_arn and not named_by_input and takes_arn))
        ):
            # no member of the shape carries it, but the ARN does (Secrets Manager's
            # SecretId takes the ARN): the ARN is the identifier
            identifiers.append(fp.FakeIdentifier(name, field, fp.MADE_ARN))
        elif own and named_by_input:
            identifiers.append(fp.FakeIdentifier(name, field, fp.MADE_INPUT))
        else:
            made, length, prefix = _made_as(service, shape, found, target)
            identifiers.append(fp.FakeIdentifier(name, field, made, length, prefix))
    return identifiers


def _nested_name(service: ir.Service, res: ir.Resource, shape: ir.Shape) -> str | None:
    """The path of the name inside the record's one structure naming it, when the record
    has none of its own (CloudFront's ``CachePolicyConfig.Name``): unique as a name is."""
    found = []
    for member in shape.members:
        inner = service.shape(member.target)
        named_by = (
            named(inner, "name", f"{res.name}Name")
            if inner.type is ir.ShapeType.STRUCTURE
            else None
        )
        if named_by is not None and service.shape(named_by.target).type is ir.ShapeType.STRING:
            found.append(f"{naming.snake(member.name)}.{naming.snake(named_by.name)}")
    return found[0] if len(found) == 1 else None


def _arn_member(res: ir.Resource, shape: ir.Shape) -> ir.Member | None:
    """The record's ARN: its ``arn`` or ``<Resource>Arn``, else the ``...Arn`` of the own
    identifier's stem (Partner Central's ``TaskArn`` beside ``TaskId``, a ``TaskIdentifier``)."""
    own = res.identifiers[-1][0] if res.identifiers else ""
    stem = re.sub(r"(Identifier|Id|Name)$", "", own)
    return named(shape, "arn", f"{res.name}Arn") or (
        named(shape, f"{stem}Arn") if stem and stem != own else None
    )


def _constrained(
    service: ir.Service,
    member: ir.Member,
    create_output: ir.Shape | None,
    taken: ir.Member | None = None,
) -> ir.Member:
    """The ARN member whose pattern the fake's ARNs follow: the record's, else (when its shape
    has none) the create output's of that name (Partner Central's engagement invitations: a
    plain ``String`` read, an ``EngagementInvitationArn`` made), else the instance
    operations' input member ``taken`` the ARN is when it is the own identifier
    (MediaConnect's ``DescribeBridge`` takes ``arn:.+:mediaconnect.+:bridge:.+``), else
    ``TagResource``'s (CloudFront's ``ResourceARN``: a global ARN, without a region)."""
    if member.constraints.pattern or service.shape(member.target).constraints.pattern:
        return member
    other = create_output.get_member(member.name) if create_output is not None else None
    if other is not None and service.shape(other.target).constraints.pattern:
        return other
    if taken is not None and service.shape(taken.target).constraints.pattern:
        return taken
    tag = next((o for o in service.operations if o.name == "TagResource"), None)
    tagged = arn_input(service, tag) if tag is not None else None  # CloudFront's: no region
    if tagged is not None and service.shape(tagged.target).constraints.pattern:
        return tagged
    return member


def _made_as(
    service: ir.Service, shape: ir.Shape, found: str | None, target: str
) -> tuple[str, int, str]:
    """How a fresh identifier is made: to fit the record member's shape when it constrains
    the value and its format fits the identifier's shape too (Lightsail's 20-character
    ``IAMAccessKeyId`` where the delete input takes any ``NonEmptyString``), else the
    identifier's (Partner Central's tasks: ``task-`` and 14 in, 13 out: the input's wins)."""
    member = shape.get_member(found) if found else None
    kind = service.shapes.get(member.target) if member is not None else None
    own = service.shapes.get(target)
    if (
        member is not None
        and kind is not None
        and (kind.constraints.pattern or kind.constraints.length)
    ):
        made = id_format(service, member.target)
        if own is None or string_fits(id_sample(*made), own.constraints):
            return made
    return id_format(service, target)


def shape_takes_arn(service: ir.Service, res: ir.Resource, target: str) -> bool:
    """Whether the identifier's shape takes an ARN as the fake makes them (its pattern and
    length allow one; a shape named ``...Arn`` does):
    Mail Manager's ``ai-...`` ``AddonInstanceId`` is no ARN. An unanchored pattern searched
    takes the ARN only where a match holds its colons, not where it matches one word of it
    (PCS's ``ClusterIdentifier``, ``(pcs_[a-zA-Z0-9]+|[A-Za-z][A-Za-z0-9-]{2,40})``, matches
    the ``arn``: an id or a name, never an ARN)."""
    if target.lower().endswith("arn"):
        return True
    shape = service.shapes.get(target)
    constraints = shape.constraints if shape else ir.NO_CONSTRAINTS
    kind = re.sub(r"(?<!^)(?=[A-Z])", "-", res.name).lower()
    prefix = service.endpoint_prefix or service.sigv4_name or "service"
    length, pattern = constraints.length, constraints.pattern
    # without a region only where the pattern spells an ARN (Billing's global views)
    for region in ("us-east-1", "") if pattern and "arn" in pattern else ("us-east-1",):
        sample = f"arn:aws:{prefix}:{region}:123456789012:{kind}/{'a' * 25}"
        if length is not None and length.max is not None and length.max < len(sample):
            continue
        if pattern is None or any(
            ":" in found.group()
            for found in re.finditer(regex_translate.to_python(pattern), sample)
        ):
            return True
    return False


def _timestamps(
    service: ir.Service, shape: ir.Shape, words: tuple[str, ...], inner: ir.Member | None
) -> tuple[str, ...]:
    """The record's timestamps named with one of ``words``, else its inner member's."""
    for held, head in ((shape, ""), *_inner_of(service, inner)):
        found = tuple(
            head + naming.snake(m.name)
            for m in held.members
            if service.shape(m.target).type is ir.ShapeType.TIMESTAMP
            and any(w in m.name.lower() for w in words)
        )
        if found:
            return found
    return ()


def _inner_of(service: ir.Service, inner: ir.Member | None) -> tuple[tuple[ir.Shape, str], ...]:
    """(the inner member's shape, its attribute path prefix), if there is one."""
    return ((service.shape(inner.target), f"{naming.snake(inner.name)}."),) if inner else ()


def _made(
    service: ir.Service,
    res: ir.Resource,
    shape: ir.Shape,
    id_fields: set[str],
    create_input: ir.Shape | None,
) -> tuple[fp.FakeIdentifier, ...]:
    """The record's ``Id`` (or ``<Resource>Id``) when it is no identifier's and no create
    input names it: the server makes it, one per resource (not one skeleton value)."""
    member = named(shape, "id", f"{res.name}Id")
    if (
        member is None
        or naming.snake(member.name) in id_fields
        or service.shape(member.target).type is not ir.ShapeType.STRING
        or (create_input is not None and named(create_input, member.name) is not None)
    ):
        return ()
    made, length, prefix = id_format(service, member.target)
    return (fp.FakeIdentifier(member.name, naming.snake(member.name), made, length, prefix),)


def _taken_in(service: ir.Service, res: ir.Resource, identifier: str) -> ir.Member | None:
    """The input member of the resource's instance operations carrying ``identifier``."""
    ops = {o.name: o for o in service.operations}
    for name in (res.read, res.update, res.delete, res.put):
        op = ops.get(name or "")
        shape = service.shape(op.input) if op is not None and op.input else None
        found = identifier_member(identifier, pairs(shape)) if shape else None
        if shape is not None and found is not None:
            return shape.get_member(found)
    return None


def _arn_field(arn_member: ir.Member | None, own_arn: fp.FakeIdentifier | None) -> str | None:
    """The record's ARN member, else the own identifier's field when the ARN is it."""
    if arn_member is not None:
        return naming.snake(arn_member.name)
    return own_arn.field if own_arn is not None else None


def plan_resource(
    service: ir.Service,
    res: ir.Resource,
    parent: ir.Resource | None,
    create_input: ir.Shape | None,
    skeleton: Skeleton,
    create_output: ir.Shape | None = None,
) -> tuple[fp.FakeResource, ir.Shape] | None:
    """The resource's record layout and its shape; None when no shape holds its record."""
    shape = resource_shape(service, res)
    if shape is None:
        return None
    parents = len(parent.identifiers) if parent else 0
    arn_member = _arn_member(res, shape)
    own_ident = res.identifiers[-1][0] if len(res.identifiers) > parents else None
    inner = inner_member(service, shape, create_input, own_ident)
    identifiers = _identifiers(service, res, shape, parents, create_input, inner)
    own_path = identifiers[-1].field if len(identifiers) > parents else ""
    own_head = own_path.split(".")[0] if "." in own_path and "|" not in own_path else None
    if inner is None and own_head is not None:
        # no single best: the structure holding the own identifier is the resource's own
        # (DynamoDB's ``BackupDetails``, beside a ``SourceTableDetails`` as named by the input)
        inner = next((m for m in shape.members if naming.snake(m.name) == own_head), None)
    id_fields = {i.field for i in identifiers}
    made = _made(service, res, shape, id_fields, create_input)
    made_fields = {m.field for m in made}
    arn = res.arn
    arn_fields: list[tuple[str, str]] = []
    own_arn = identifiers[-1] if len(identifiers) > parents else None
    own_arn = own_arn if own_arn is not None and own_arn.made == fp.MADE_ARN else None
    # an ARN identifier the record does not hold (SSM's OpsMetadataArn): the ARN's pattern
    # is the one of the member the instance operations take it in
    pattern_member = arn_member or (_taken_in(service, res, own_arn.name) if own_arn else None)
    if arn is None and pattern_member is not None:
        own_name = res.identifiers[-1][0] if res.identifiers else "id"
        own_field = identifiers[-1].made != fp.MADE_ARN if identifiers else False
        owns = (f"{{{own_name}}}",) if own_field else (*(f"{{{m.name}}}" for m in made), "{uuid}")
        # identifiers (the parents' and the own) as the fake makes them, not placeholders
        sampled = [*identifiers[:parents], *(identifiers[-1:] if own_field else ())]
        samples = {
            i.name: id_sample(i.made, i.length, i.prefix) for i in sampled if i.made in ID_SAMPLES
        }
        samples.update({m.name: id_sample(m.made, m.length, m.prefix) for m in made})
        for member in shape.members:  # a record member a segment borrows: as the skeleton
            patterned = service.shape(member.target).constraints.pattern  # fills it below
            if patterned and service.shape(member.target).type is ir.ShapeType.STRING:
                samples.setdefault(member.name, fitting_string(service, member))
        taken = _taken_in(service, res, own_arn.name) if own_arn else None
        constrained = _constrained(service, pattern_member, create_output, taken)
        answered = create_output.get_member(own_arn.name) if own_arn and create_output else None
        arn, extra = fitting_all(service, res, shape, constrained, (answered, taken), owns, samples)
        arn_fields += extra
    if res.arn:
        for name in re.findall(r"\{([^}]+)\}", res.arn):
            if shape.get_member(name) is not None and name not in dict(res.identifiers):
                arn_fields.append((name, naming.snake(name)))
    lifecycle = res.lifecycle
    tags = named(shape, "tags")
    wanted = {m.name for m in shape.members if naming.snake(m.name) not in id_fields | made_fields}
    given = {name for name, _ in _create_pairs(service, create_input)}
    # a union the create input sets is left to it; one it names otherwise (Q Connect's
    # ``association`` in, ``associationData`` out) is filled; a structure carrying an
    # identifier is there with the record, and its required members (DynamoDB's ``BackupDetails``)
    heads = {i.field.split(".")[0] for i in identifiers if "." in i.field and "|" not in i.field}
    holders = frozenset(m.name for m in shape.members if naming.snake(m.name) in heads)
    values = {
        **skeleton.values(shape, wanted & given, holders, unions=False),
        **skeleton.values(shape, wanted - given, holders),
    }
    # a record member an ARN segment borrows that no create gives is still there: a fitting
    # value (Inspector's ``ownerId`` in ``owner/{ownerId}/cis-configuration/...``), not ""
    borrowed = {n for n, a in arn_fields if a not in values and n not in given}
    values.update(skeleton.values(shape, borrowed, frozenset(borrowed)))
    skeleton.take_problems()  # a request may set what no sample fits: the record's own then
    name_field = None
    for held, head in ((shape, ""), *_inner_of(service, inner)):
        name_member = named(held, "name", f"{res.name}Name")
        if name_member is not None:  # the record's name, else its inner member's
            name_field = head + naming.snake(name_member.name)
            break
    if name_field is None:  # else a structure's naming it (CloudFront's ``CachePolicyConfig``)
        name_field = _nested_name(service, res, shape)
    tail = resource_name_member(shape, res.name)
    if name_field is None and tail is not None:  # Security Agent's ``TargetDomain``'s
        name_field = naming.snake(tail.name)  # ``domainName``
    # a name the parents or the own identifier carry is never checked; one a scope of the
    # create carries is (WAFV2's IPSet: Name and Scope beside its made Id)
    fixed = {i.field for i in (*identifiers[:parents], *identifiers[parents:][-1:])}
    choice = variants(service, shape, own_ident) if own_ident and "." not in own_path else ()
    fake = long_enough(
        service,
        res,
        arn_member,
        fp.FakeResource(
            name=res.name,
            identifiers=tuple(identifiers),
            fields=tuple(naming.snake(m.name) for m in shape.members),
            parents=parents,
            parent=parent.name if parent else None,
            arn=arn,
            arn_fields=tuple(arn_fields),
            arn_field=_arn_field(arn_member, own_arn) if arn else None,
            name_field=name_field if name_field not in fixed else None,
            status=naming.snake(lifecycle.member) if lifecycle else None,
            created=_timestamps(service, shape, ("creat",), inner),
            updated=_timestamps(service, shape, ("updat", "modif"), inner),
            tags_field=naming.snake(tags.name) if tags else None,
            skeleton=values,
            made=made,
            inner=naming.snake(inner.name) if inner else None,
            inner_fields=tuple(naming.snake(m.name) for m in service.shape(inner.target).members)
            if inner
            else (),
            variants=choice,
            variant_names=variant_names(service, shape, choice) if name_field is None else (),
        ),
    )
    return fake, shape


def unmakeable(
    service: ir.Service, res: ir.Resource, fake: fp.FakeResource, shape: ir.Shape
) -> str | None:
    """Why no record of the resource can be made, when a value the server makes fits no
    constraints it must meet: a fresh identifier (its pattern and length together, as the
    record's member and the identifier's shape give them) no format of ``plan.ID_FORMATS``
    fits (App Runner's ``ServiceId``: exactly 32 characters, yet its pattern a 36-character
    UUID; the model contradicts itself). A parent's identifiers are not the server's to
    make: the request names them (IAM Identity Center's ``InstanceArn`` of a permission set).
    None when every one fits."""
    targets = dict(res.identifiers)
    members = {naming.snake(m.name): m for m in shape.members}
    for made in (*fake.identifiers[fake.parents :], *fake.made):
        if made.made not in ID_SAMPLES:
            continue
        value = id_sample(made.made, made.length, made.prefix)
        member = members.get(made.field)
        checked = (
            [member.constraints.merged_over(service.shape(member.target).constraints)]
            if member
            else []
        )
        target = service.shapes.get(targets.get(made.name, ""))
        checked += [target.constraints] if target is not None else []
        if not all(string_fits(value, c) for c in checked):
            return (
                f"no value the fake can make fits {res.name}'s {made.name} (its pattern and"
                " length together)"
            )
    return arn_too_long(service, res, fake, members)
