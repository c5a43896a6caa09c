"""How one operation meets its resource in the fake (``plan.FakeOperation``), or why it
cannot (the reason ``apigen serve --fake --list`` prints beside its 501).

- ``ids``: the input members carrying the resource's identifiers (its parents' for create
  and list); an operation whose input carries none of one answers 501 ("input lacks the
  identifier ...");
- ``unwrap``: input structures whose members are the record's (``ConnectionInput``): of the
  same name and shape (Bedrock's ``policyDefinition.version``, a format version, is not the
  policy's ``version``);
- ``wrap``: input lists the record holds, by the same name, as structures with exactly one
  member of the items' shape (``fake_records.wrapped``); ``fill``: values for what such
  structures (input ones of another shape, or wrapped) lack of the record's (``fake_fill``);
- ``record``: the output member holding the record ("" for the output itself, also when it
  holds the own identifier beside a structure of record members lacking it; a create's
  output only one structure of which carries the own identifier: that structure, of another
  shape though it is, as Cloud Control's ``ProgressEvent.Identifier``), ``items``
  a list's items; ``aliases``: a flat output member the record lacks takes the ARN, own
  identifier or name when its name ends in ``Arn``, ``Id`` or ``Name``; a list's items may
  sit in a structure the output holds (CloudFront's ``AnycastIpLists.Items``);
- a list of strings lists the own identifiers (Athena's ``NamedQueryIds``);
- a list input member carrying the own identifier lists that one (Lightsail's
  ``bucketName``);
- a list input member filters the items when it names a field (``states`` → ``state``:
  membership, ``namePrefix`` → ``name``: prefix, ``createdAfter``/``createdBefore``: the
  creation time), also inside a filter structure (``Filter.ConnectionType``);
- ``skeleton``: values for the output's required members no record fills, headers too
  (``fake_skeleton``), and under the record member's name, when it is of another shape than
  the record, values for its required members (those the record lacks take them: IAM's
  ``AccessKey`` its ``SecretAccessKey``); an output that needs a value nothing fits answers 501 ("output shape
  cannot be filled: ...");
- an operation whose input sends an event stream (a streaming union) answers 501;
- the tagging operations are planned by ``fake_tag_plan.TagPlanner``.

``__all__`` keeps ``Unplanned`` here, where the plan reads it.
"""

from __future__ import annotations

from collections.abc import Iterable

from apigen import ir, naming
from apigen.resource_names import identifier_member
from apigen.runtime.fake import plan as fp
from apigen.views.fake_errors import conflict_error, declares_not_found, not_found_error
from apigen.views.fake_fill import filled
from apigen.views.fake_filters import list_filters, own_filter, settable
from apigen.views.fake_records import (
    answered,
    arn_input,
    body_members,
    carrying,
    listed_rank,
    named,
    pairs,
    related,
    resource_name_member,
    summary,
    wrapped,
)
from apigen.views.fake_skeleton import Skeleton
from apigen.views.fake_tag_plan import TagPlanner, Unplanned
from apigen.views.fake_tokens import endless, page_token

__all__ = ["INSTANCE", "WRITES", "OperationPlanner", "Unplanned"]

INSTANCE = ("put", "read", "update", "delete", "action")
WRITES = ("create", "put", "update")


class OperationPlanner(TagPlanner):
    def __init__(self, service: ir.Service, skeleton: Skeleton) -> None:
        self.service = service
        self.skeleton = skeleton
        self.tag_pair: tuple[str, str] | None = None
        self.tags_shape: str | None = None  # the shape TagResource takes its tags in

    def operation(
        self,
        role: str,
        op: ir.Operation,
        res: ir.Resource,
        fake: fp.FakeResource,
        shape: ir.Shape,
    ) -> fp.FakeOperation:
        """The operation's plan in ``role`` of ``res`` (``Unplanned``: why there is none)."""
        service = self.service
        shape_input = self.input(op)
        streamed = _event_stream(service, shape_input)
        if streamed is not None:
            raise Unplanned(f"input member {streamed} is an event stream, which no record holds")
        if role == "list" and endless(service, op):  # a last page needs the token absent
            raise Unplanned(f"output requires the page token {endless(service, op)}: no last page")
        needed = res.identifiers if role in INSTANCE else res.identifiers[: fake.parents]
        if role == "create":  # and the scopes it names after them, called as the input calls
            for name, scope in res.identifiers[fake.parents : -1]:  # them (Partner Central's
                if identifier_member(name, pairs(shape_input)) is None:  # EngagementIdentifier,
                    break  # the record's EngagementId)
                needed = (*needed, (name, scope))
        ids = []
        for name, _ in needed:
            found = identifier_member(name, pairs(shape_input))
            if found is None:
                raise Unplanned(f"input lacks the identifier {name} of {res.name}")
            ids.append((name, naming.snake(found)))
        by_arn = self.by_arn(op, role, ids)
        fields = set(fake.fields)
        held = {naming.snake(m.name): m.target for m in shape.members}
        for m in shape.members:  # and what the record's inner structure holds (``metadata``)
            if naming.snake(m.name) == fake.inner:
                inner_shape = service.shape(m.target)
                held = {naming.snake(i.name): i.target for i in inner_shape.members} | held
        unwrap = []
        filters: list[fp.FakeFilter] = []
        token = tags = None
        id_attrs = {a for _, a in ids}
        paginated = op.paginated
        skip = (
            {naming.snake(p) for p in (paginated.input_token, paginated.page_size) if p}
            if paginated
            else set()
        )
        for member in shape_input.members if shape_input else ():
            attr = naming.snake(member.name)
            target = service.shape(member.target)
            if member.idempotency_token:
                token = attr
            if member.name.lower() == "tags":
                tags = attr
            inner = {naming.snake(m.name) for m in target.members}
            shared = {  # members the record holds as they are (not a same-named other thing)
                naming.snake(m.name)
                for m in target.members
                if held.get(naming.snake(m.name)) == m.target
            }
            is_payload = member.http is not None and member.http.location is ir.Location.PAYLOAD
            if (
                role in ("create", "put", "update")
                and target.type is ir.ShapeType.STRUCTURE
                # the record as the body, or a structure the record does not hold: another
                # the record holds is set whole (CloudFront's ``VpcOriginEndpointConfig``)
                and (
                    (is_payload and related(service, member.target, shape) and inner & fields)
                    or (attr not in fields and shared)
                )
            ):
                unwrap.append(attr)
            elif role == "list" and attr not in id_attrs and attr not in skip:
                if member.required and own_filter(attr, member, res, fake):
                    continue  # a list requiring its own identifier: another's (a scope)
                asked = list_filters(service, attr, member, fake) or own_filter(
                    attr, member, res, fake
                )
                if target.type is ir.ShapeType.STRUCTURE:
                    for child in target.members:
                        asked += list_filters(
                            service, f"{attr}.{naming.snake(child.name)}", child, fake
                        )
                filters += [f for f in asked if f.field in settable(service, res, fake, held)]
        record: str | None = ""
        items = item = None
        ranked = -1  # of the list chosen as the items (``listed_rank``)
        output = service.shape(op.output) if op.output else None
        own = fake.identifiers[-1].field if len(fake.identifiers) > fake.parents else ""
        if output is not None:
            flat = {naming.snake(m.name) for m in body_members(output)}
            for member in body_members(output):
                target = service.shape(member.target)
                # not a structure lacking the own identifier the output holds itself (Omics'
                # ``StartRun``: ``id`` beside a ``configuration`` of the record's members)
                # (not the structure itself named as the own: ECS's ``taskSet``, the record)
                beside = flat - {naming.snake(member.name)}
                lacks = own in beside and own not in {naming.snake(m.name) for m in target.members}
                if not lacks and (
                    related(service, member.target, shape)
                    or (role in WRITES and summary(service, member.target, shape, own))
                ):
                    record = naming.snake(member.name)
                elif role == "list" and target.type is ir.ShapeType.LIST:
                    rank = listed_rank(service, target, shape)
                    if rank > ranked:  # the records: ECS's ``capacityProviders``, not the
                        items, ranked = naming.snake(member.name), rank  # ``failures`` after
                        item = service.shape(target.member.target)
                elif role == "list" and target.type is ir.ShapeType.STRUCTURE and items is None:
                    # a structure wrapping the list (CloudFront's ``AnycastIpLists.Items``)
                    listed = next(
                        (
                            m
                            for m in target.members
                            if service.shape(m.target).type is ir.ShapeType.LIST
                        ),
                        None,
                    )
                    if listed is not None:
                        items = f"{naming.snake(member.name)}.{naming.snake(listed.name)}"
                        item = service.shape(service.shape(listed.target).member.target)
        if output is not None and record == "" and role in ("create", "put"):
            record = carrying(service, output, own)
        aliases: list[tuple[str, str]] = []
        holder = None  # an item member holding the record (CloudFront's summaries)
        if item is not None and item.type is ir.ShapeType.STRUCTURE and item.id != shape.id:
            holder = next((m for m in item.members if m.target == shape.id), None)
        if output is not None and record == "" and role != "list":
            aliases = self.aliases(body_members(output), fake)
        elif item is not None and item.type is ir.ShapeType.STRUCTURE and holder is None:
            aliases = self.aliases(item.members, fake)  # each listed item
        states: tuple[str | None, ...] = ()
        if res.lifecycle is not None:
            wanted = op.name if role == "action" else role
            states = dict(res.lifecycle.transitions).get(wanted, ())
        skeleton, each = self.output_values(role, output, record, aliases, item, items, shape)
        ids_listed = item is not None and item.type is ir.ShapeType.STRING and fake.identifiers
        not_found, not_found_status = not_found_error(service, op)
        conflict, conflict_status = conflict_error(service, op)
        own_input = None
        if role in ("create", "put") and fake.identifiers and len(needed) < len(fake.identifiers):
            named_by = identifier_member(fake.identifiers[-1].name, pairs(shape_input))
            if named_by is not None and naming.snake(named_by) != fake.identifiers[-1].field:
                own_input = naming.snake(named_by)
        name_input = None  # the record's ``name`` the input calls ``GraphName`` (``snapshotName``)
        flat_name = fake.name_field if fake.name_field and "." not in fake.name_field else None
        if role in ("create", "put") and flat_name and shape_input is not None:
            given = {naming.snake(m.name) for m in shape_input.members}
            by = resource_name_member(shape_input, res.name)
            if (
                flat_name not in given
                and by is not None
                and naming.snake(by.name) not in fake.fields
            ):
                name_input = naming.snake(by.name)
        if role in ("create", "put") and fake.name_field is None and shape_input is not None:
            name_input = self.hidden_name(shape_input, res, fake)
        wrap = tuple(wrapped(service, shape_input, shape) if role in WRITES else ())
        return fp.FakeOperation(
            role=role,
            resource=res.name,
            ids=tuple(ids),
            by_arn=by_arn,
            unwrap=tuple(unwrap),
            wrap=wrap,
            fill=tuple(
                filled(service, shape_input, shape, wrap, role in ("create", "put"))
                if role in WRITES
                else ()
            ),
            record=record,
            items=items,
            filters=tuple(filters),
            states=tuple(states),
            token=token,
            page=page_token(service, op) if role == "list" else None,
            tags=tags,
            not_found=not_found,
            not_found_status=not_found_status,
            conflict=conflict,
            conflict_status=conflict_status,
            skeleton=skeleton,
            item_skeleton=each,
            item_field=fake.identifiers[-1].field if ids_listed else None,
            names=self.names(output, items, res) if role == "list" and not ids_listed else None,
            item_record=naming.snake(holder.name) if holder is not None else None,
            aliases=tuple(aliases),
            own_input=own_input,
            name_input=name_input,
            replaces=role == "put" and not op.name.startswith("Update"),  # an update merges
            unset_empty=role == "read"
            and res.create is None
            and not declares_not_found(service, op),
        )

    def output_values(
        self,
        role: str,
        output: ir.Shape | None,
        record: str | None,
        aliases: list[tuple[str, str]],
        item: ir.Shape | None,
        items: str | None = None,
        shape: ir.Shape | None = None,
    ) -> tuple[dict[str, object], dict[str, object]]:
        """(output skeleton, each listed item's skeleton) (``Unplanned``: a value the output
        needs that nothing fits)."""
        skeleton: dict[str, object] = {}
        payload = frozenset(
            m.name
            for m in (output.members if output else ())
            if m.http is not None and m.http.location is ir.Location.PAYLOAD
        )  # a body the document describes is sent, its required members filled
        if role != "list" and output is not None:
            # the output's required members (a message); the record, where it has them, wins
            filled = {record} if record else {a for a, _ in aliases}
            skeleton = self.skeleton.values(
                output,
                {m.name for m in answered(output) if naming.snake(m.name) not in filled},
                force=payload,
            )
            lacked = self.record_lacks(output, record, shape) if record else {}
            if record and lacked:  # under the record's (which wins), what it lacks
                skeleton[record] = lacked
        wrapped = bool(items and "." in items)  # the list inside a wrapper: fill the wrapper
        if role == "list" and output is not None and (item is None or wrapped):
            skeleton = self.skeleton.values(output, {m.name for m in output.members}, force=payload)
        elif role == "list" and output is not None:
            # beside the items, the output's required members (Transfer's ``ServerId``, which
            # the runtime echoes from the request's parent identifier)
            beside = {m.name for m in output.members if naming.snake(m.name) != items}
            skeleton = self.skeleton.values(output, beside)
        each: dict[str, object] = {}
        if role == "list" and item is not None and item.type is ir.ShapeType.STRUCTURE:
            # an item's required members the record may lack (its read output has them optional)
            held = {m.name for m in item.members if shape is not None and m.target == shape.id}
            each = self.skeleton.values(item, {m.name for m in item.members} - held)
        problems = self.skeleton.take_problems()
        if problems:
            raise Unplanned(f"output shape cannot be filled: {'; '.join(problems)}")
        return skeleton, each

    def by_arn(self, op: ir.Operation, role: str, ids: list[tuple[str, str]]) -> str | None:
        """An instance operation's ARN member (``fake_records.arn_input``) where its input
        takes the own identifier optionally: the resource named either way (Kinesis'
        ``StreamName`` or ``StreamARN``)."""
        given = self.service.shape(op.input).members if op.input else ()
        own = next((m for m in given if ids and naming.snake(m.name) == ids[-1][1]), None)
        if role not in INSTANCE or own is None or own.required:
            return None
        arn = arn_input(self.service, op)
        return naming.snake(arn.name) if arn is not None and arn.name != own.name else None

    def names(self, output: ir.Shape | None, items: str | None, res: ir.Resource) -> str | None:
        """A list output's list of strings beside its records ``items``, named as the plural
        of the own identifier (Kinesis' ``StreamNames`` beside ``StreamSummaries``)."""
        own = res.identifiers[-1][0] if res.identifiers else None
        if output is None or items is None or "." in items or own is None:
            return None
        for member in body_members(output):
            target = self.service.shape(member.target)
            listed = target.type is ir.ShapeType.LIST
            element = self.service.shape(target.member.target) if listed else None
            if (
                naming.snake(member.name) != items
                and element is not None
                and element.type is ir.ShapeType.STRING
                and member.name.endswith("s")
                and identifier_member(own, [(member.name[:-1], None)])
            ):
                return naming.snake(member.name)
        return None

    def record_lacks(
        self, output: ir.Shape, record: str, shape: ir.Shape | None
    ) -> dict[str, object]:
        """Values for the required members of the output's record member when it is of another
        shape than the record's, for those the record lacks (the record's own win): IAM's
        create answers an ``AccessKey`` with its ``SecretAccessKey`` and ``Status``, which
        the listed ``AccessKeyMetadata`` records lack or hold optionally."""
        holder = next((m for m in output.members if naming.snake(m.name) == record), None)
        if holder is None or shape is None or holder.target == shape.id:
            return {}
        target = self.service.shape(holder.target)
        if target.type is not ir.ShapeType.STRUCTURE:
            return {}
        return self.skeleton.values(target, {m.name for m in target.members})

    def aliases(self, members: Iterable[ir.Member], fake: fp.FakeResource) -> list[tuple[str, str]]:
        """(member, record field) for members the record lacks that end in ``Arn``, ``Id`` or
        ``Name``: the ARN, own identifier or name (``ScheduleArn``, ``CatalogName``); an ``Id``
        never takes an own identifier that is the ARN (Image Builder's ``requestId``;
        Inspector's ``ownerAccountId``, 12 digits, beside a ``scanConfigurationArn``); none
        takes a field the members hold themselves (beside a labeling job's own
        ``LabelingJobArn``, its ``WorkteamArn`` is another resource's)."""
        made_arn = bool(fake.identifiers) and fake.identifiers[-1].made == fp.MADE_ARN
        own = fake.identifiers[-1].field if fake.identifiers and not made_arn else None
        flat_name = fake.name_field if fake.name_field and "." not in fake.name_field else None
        name = flat_name or (
            own if fake.identifiers and fake.identifiers[-1].made == fp.MADE_INPUT else None
        )
        members = list(members)
        held = {naming.snake(m.name) for m in members}
        out = []
        for member in members:
            attr = naming.snake(member.name)
            lowered = member.name.lower()
            source = (
                fake.arn_field
                if lowered.endswith("arn")
                else own
                if lowered.endswith("id")
                else name
                if lowered.endswith("name")
                else None
            )
            if attr not in fake.fields and source is not None and source not in held:
                out.append((attr, source))
        return out

    def hidden_name(self, given: ir.Shape, res: ir.Resource, fake: fp.FakeResource) -> str | None:
        """The create input's string naming the resource where the record holds no name
        (EKS Anywhere subscriptions' ``name``, unique in the account and region): the fake
        keeps it beside the record, to refuse a second of one name."""
        by = named(given, "name", f"{res.name}Name") or resource_name_member(given, res.name)
        ids = {i.field for i in fake.identifiers}
        if by is None or naming.snake(by.name) in ids | set(fake.fields):
            return None
        target = self.service.shape(by.target)
        return naming.snake(by.name) if target.type is ir.ShapeType.STRING else None


def _event_stream(service: ir.Service, shape: ir.Shape | None) -> str | None:
    """The input member that is an event stream (Q Business' ``Chat`` sends its messages as
    one, a streaming union), if any."""
    for member in shape.members if shape is not None else ():
        target = service.shape(member.target)
        if target.streaming and target.type is ir.ShapeType.UNION:
            return member.name
    return None
