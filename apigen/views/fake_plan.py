"""A service's fake plan (``runtime/fake/plan.py``), derived from its IR resources.

Everything the fake does is read here from the spec, once, at generation time:

- a resource's record fields are the members of its shape (``frontends/resources.py``); an
  identifier's field is the shape's member carrying it (``resource_names``, short forms
  allowed for the own identifier); the own identifier is the ARN when its name ends in
  ``Arn``, the create input's value when the input carries it (a name), else a fresh value
  in the first format (``plan.ID_FORMATS``) that fits its pattern and length;
- the ARN field is the shape's ``arn`` or ``<Resource>Arn`` (without an ``arn`` template,
  ``arn:{partition}:<endpoint prefix>:{region}:{account}:<resource-kebab>/<own id>``, with one
  more segment when the ARN's pattern wants it: ``fake_arns.py``; when no member carries
  the own identifier, the ARN is that identifier), the name field its ``name`` or
  ``<Resource>Name`` (unique per parent), timestamps named ``creat*`` are set on create and
  ``updat*``/``modif*`` on every write, ``tags`` is the tags field;
- a flat output member the record lacks takes the ARN, own identifier or name when its
  name ends in ``Arn``, ``Id`` or ``Name`` (``ScheduleArn`` for the schedule's ``Arn``);
- a list of strings lists the own identifiers (Athena's ``NamedQueryIds``);
- a list input member filters the items when it names a field (``states`` → ``state``:
  membership, ``namePrefix`` → ``name``: prefix, ``createdAfter``/``createdBefore``: the
  creation time), also inside a filter structure (``Filter.ConnectionType``);
- not-found and conflict errors are the operation's errors named so (``NotFound``,
  ``NoSuch`` / ``Conflict``, ``AlreadyExists``, ``InUse``), else the service's, else any
  error shape so named, else the error a response declares for 404 / 409; a conflict
  nothing names is answered with the operation's validation error;
- ``TagResource``, ``UntagResource`` and ``ListTagsForResource`` (Smithy's ``aws.api#tagEnabled``
  names) are the tagging operations: the input's ``...Arn`` member names the resource.

Operations nothing binds stay unbound (501, listed by ``apigen serve --fake --list``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from typing import Any

from apigen import ir, naming
from apigen.resource_names import identifier_member
from apigen.runtime.fake import plan as fp
from apigen.views.fake_arns import default_arn
from apigen.views.fake_values import fitting_string, id_format

_HEADERS = (ir.Location.HEADER, ir.Location.PREFIX_HEADERS, ir.Location.STATUS)
_NOT_FOUND = ("NotFound", "NoSuch")
_CONFLICT = ("Conflict", "AlreadyExists", "InUse", "Duplicate")
# A conflict where the service models none: its validation error, as AWS answers then.
_FALLBACK = ("Validation", "BadRequest", "InvalidInput", "InvalidParameter")
_TAGGING = {"TagResource": "tag", "UntagResource": "untag", "ListTagsForResource": "tags"}
_INSTANCE = ("put", "read", "update", "delete", "action")


def body_members(shape: ir.Shape) -> list[ir.Member]:
    return [m for m in shape.members if m.http is None or m.http.location not in _HEADERS]


def resource_shape(service: ir.Service, resource: ir.Resource) -> ir.Shape | None:
    ops = {o.name: o for o in service.operations}
    read = ops.get(resource.read or "")
    if read is not None and read.output is not None:
        output = service.shape(read.output)
        body = body_members(output)
        if len(body) == 1 and service.shape(body[0].target).type is ir.ShapeType.STRUCTURE:
            return service.shape(body[0].target)
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


def _pairs(shape: ir.Shape | None) -> list[tuple[str, str | None]]:
    return [(m.name, m.resource_identifier) for m in (shape.members if shape else ())]


def tags_member(shape: ir.Shape | None) -> ir.Member | None:
    """The shape's ``Tags``, else its first member named ``...Tags`` (``ResourceTags``)."""
    members = shape.members if shape else ()
    named = [m for m in members if m.name.lower() == "tags"]
    return next(iter(named or [m for m in members if m.name.lower().endswith("tags")]), None)


def _named(shape: ir.Shape, *names: str) -> ir.Member | None:
    wanted = {n.lower() for n in names}
    return next((m for m in shape.members if m.name.lower() in wanted), None)


def _error(
    service: ir.Service, op: ir.Operation, words: Iterable[str], status: int
) -> tuple[str | None, int]:
    words = tuple(words)
    for ids in (op.errors, service.errors):
        for error_id in ids:
            shape = service.shapes.get(error_id)
            if shape is not None and any(w in shape.name for w in words):
                return shape.error_code or shape.name, 0
    for shape in service.shapes.values():
        if shape.error and any(w in shape.name for w in words) and words != _FALLBACK:
            return shape.error_code or shape.name, 0
    for response in op.responses:
        if response.status == status and response.shape and response.shape in service.shapes:
            shape = service.shape(response.shape)
            return shape.error_code or shape.name, status
    return None, status


def _related(service: ir.Service, target: str, shape: ir.Shape) -> bool:
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


class _Planner:
    def __init__(self, service: ir.Service) -> None:
        self.service = service
        self.ops = {o.name: o for o in service.operations}
        self.tag_pair: tuple[str, str] | None = None

    def input(self, op: ir.Operation) -> ir.Shape | None:
        return self.service.shape(op.input) if op.input else None

    def resource(self, res: ir.Resource, parents: int) -> tuple[fp.FakeResource, ir.Shape] | None:
        shape = resource_shape(self.service, res)
        if shape is None:
            return None
        fields = tuple(naming.snake(m.name) for m in shape.members)
        arn_member = _named(shape, "arn", f"{res.name}Arn")
        name_member = _named(shape, "name", f"{res.name}Name")
        create = self.ops.get(res.create or "")
        create_input = self.input(create) if create else None
        create_pairs = _pairs(create_input)
        for member in create_input.members if create_input else ():
            inner = self.service.shape(member.target)
            if inner.type is ir.ShapeType.STRUCTURE:
                create_pairs += [
                    (m.name, m.resource_identifier) for m in inner.members if not m.read_only
                ]
        identifiers = []
        for index, (name, target) in enumerate(res.identifiers):
            own = index >= parents
            found = identifier_member(name, _pairs(shape), short=own)
            field = naming.snake(found or name)
            carried_by_arn = arn_member is not None and found in (None, arn_member.name)
            named_by_input = (
                identifier_member(name, create_pairs) is not None
                or identifier_member(name, _pairs(create_input), short=True) is not None
            )  # the input names it (``Name`` for a ``RuntimeName``; not a nested ``id``)
            if own and (name.endswith("Arn") or (carried_by_arn and not named_by_input)):
                # no member of the shape carries it, but the ARN does (Secrets Manager's
                # SecretId takes the ARN): the ARN is the identifier
                identifiers.append(fp.FakeIdentifier(name, field, fp.MADE_ARN))
            elif own and named_by_input:
                identifiers.append(fp.FakeIdentifier(name, field, fp.MADE_INPUT))
            else:
                made, length, prefix = id_format(self.service, target)
                identifiers.append(fp.FakeIdentifier(name, field, made, length, prefix))
        id_fields = {i.field for i in identifiers}
        arn = res.arn
        arn_fields: list[tuple[str, str]] = []
        if arn is None and arn_member is not None:
            own_name = res.identifiers[-1][0] if res.identifiers else "id"
            own_field = identifiers[-1].made != fp.MADE_ARN if identifiers else False
            own_part = f"{{{own_name}}}" if own_field else "{uuid}"
            arn, extra = default_arn(self.service, res, shape, arn_member, own_part)
            arn_fields += extra
        if res.arn:
            for name in re.findall(r"\{([^}]+)\}", res.arn):
                if shape.get_member(name) is not None and name not in dict(res.identifiers):
                    arn_fields.append((name, naming.snake(name)))
        lifecycle = res.lifecycle
        tags = _named(shape, "tags")
        return (
            fp.FakeResource(
                name=res.name,
                identifiers=tuple(identifiers),
                fields=fields,
                parents=parents,
                arn=arn,
                arn_fields=tuple(arn_fields),
                arn_field=naming.snake(arn_member.name) if arn_member and arn else None,
                name_field=naming.snake(name_member.name)
                if name_member and naming.snake(name_member.name) not in id_fields
                else None,
                status=naming.snake(lifecycle.member) if lifecycle else None,
                created=self.timestamps(shape, ("creat",)),
                updated=self.timestamps(shape, ("updat", "modif")),
                tags_field=naming.snake(tags.name) if tags else None,
                skeleton=self.skeleton(
                    shape, {m.name for m in shape.members if naming.snake(m.name) not in id_fields}
                ),
            ),
            shape,
        )

    def timestamps(self, shape: ir.Shape, words: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(
            naming.snake(m.name)
            for m in shape.members
            if self.service.shape(m.target).type is ir.ShapeType.TIMESTAMP
            and any(w in m.name.lower() for w in words)
        )

    def skeleton(
        self, shape: ir.Shape, names: set[str], depth: int = 0, force: frozenset[str] = frozenset()
    ) -> dict[str, object]:
        """Values for the required members of ``shape`` (see ``FakeResource``) and the ones
        the server makes (``readOnly``, but a deletion time); members in ``force`` too."""
        out: dict[str, object] = {}
        for member in shape.members:
            target = self.service.shape(member.target)
            kind = target.type
            server_made = member.read_only and "delet" not in member.name.lower()
            wanted = member.required or member.name in force or server_made
            if not wanted or member.name not in names or depth > 4:
                continue
            if kind is ir.ShapeType.UNION:
                continue
            value: object
            if kind is ir.ShapeType.ENUM and target.enum_values:
                value = target.enum_values[0].value
            elif kind is ir.ShapeType.STRUCTURE:
                value = self.skeleton(target, {m.name for m in target.members}, depth + 1)
            elif kind is ir.ShapeType.LIST:
                value = []
            elif kind is ir.ShapeType.MAP:
                value = {}
            elif kind is ir.ShapeType.TIMESTAMP:
                value = "$now"
            elif kind is ir.ShapeType.BOOLEAN:
                value = False
            elif kind is ir.ShapeType.STRING:
                value = fitting_string(self.service, member)
            elif kind is ir.ShapeType.DOCUMENT:
                value = ""
            else:
                value = 0
            out[naming.snake(member.name)] = value
        return out

    def operation(
        self,
        role: str,
        op: ir.Operation,
        res: ir.Resource,
        fake: fp.FakeResource,
        shape: ir.Shape,
    ) -> fp.FakeOperation:
        service = self.service
        shape_input = self.input(op)
        needed = res.identifiers if role in _INSTANCE else res.identifiers[: fake.parents]
        ids = []
        for name, _ in needed:
            found = identifier_member(name, _pairs(shape_input))
            ids.append((name, naming.snake(found or name)))
        fields = set(fake.fields)
        unwrap = []
        filters: list[fp.FakeFilter] = []
        token = tags = None
        id_attrs = {a for _, a in ids}
        paging = (op.paginated.input_token, op.paginated.page_size) if op.paginated else ()
        skip = {naming.snake(p) for p in paging if p}
        for member in shape_input.members if shape_input else ():
            attr = naming.snake(member.name)
            target = service.shape(member.target)
            if member.idempotency_token:
                token = attr
            if member.name.lower() == "tags":
                tags = attr
            inner = {naming.snake(m.name) for m in target.members}
            is_payload = member.http is not None and member.http.location is ir.Location.PAYLOAD
            if (
                role in ("create", "put", "update")
                and target.type is ir.ShapeType.STRUCTURE
                and (is_payload or attr not in fields)
                and inner & fields
            ):
                unwrap.append(attr)
            elif role == "list" and attr not in id_attrs and attr not in skip:
                filters += self.filters(attr, member, fake)
                if target.type is ir.ShapeType.STRUCTURE:
                    for child in target.members:
                        filters += self.filters(f"{attr}.{naming.snake(child.name)}", child, fake)
        record: str | None = ""
        items = item = None
        output = service.shape(op.output) if op.output else None
        if output is not None:
            for member in body_members(output):
                target = service.shape(member.target)
                if _related(service, member.target, shape):
                    record = naming.snake(member.name)
                elif role == "list" and target.type is ir.ShapeType.LIST:
                    items = naming.snake(member.name)
                    item = service.shape(target.member.target)
        aliases: list[tuple[str, str]] = []
        if output is not None and record == "" and role != "list":
            aliases = self.aliases(body_members(output), fake)
        elif item is not None and item.type is ir.ShapeType.STRUCTURE:  # each listed item
            aliases = self.aliases(item.members, fake)
        states: tuple[str | None, ...] = ()
        if res.lifecycle is not None:
            wanted = op.name if role == "action" else role
            states = dict(res.lifecycle.transitions).get(wanted, ())
        skeleton: dict[str, object] = {}
        if role != "list" and output is not None:
            # the output's required members (a message); the record, where it has them, wins
            filled = {record} if record else {a for a, _ in aliases}
            skeleton = self.skeleton(
                output,
                {m.name for m in body_members(output) if naming.snake(m.name) not in filled},
            )
        if role == "list" and output is not None and items is None:
            payload = [
                m.name
                for m in output.members
                if m.http is not None and m.http.location is ir.Location.PAYLOAD
            ]
            skeleton = self.skeleton(
                output, {m.name for m in output.members}, force=frozenset(payload)
            )
        each: dict[str, object] = {}
        if role == "list" and item is not None and item.type is ir.ShapeType.STRUCTURE:
            # an item's required members the record may lack (its read output has them optional)
            each = self.skeleton(item, {m.name for m in item.members})
        ids_listed = item is not None and item.type is ir.ShapeType.STRING and fake.identifiers
        not_found, not_found_status = _error(service, op, _NOT_FOUND, 404)
        conflict, conflict_status = _error(service, op, _CONFLICT, 409)
        if conflict is None:
            conflict, conflict_status = _error(service, op, _FALLBACK, 409)
        return fp.FakeOperation(
            role=role,
            resource=res.name,
            ids=tuple(ids),
            unwrap=tuple(unwrap),
            record=record,
            items=items,
            filters=tuple(filters),
            states=tuple(states),
            token=token,
            tags=tags,
            not_found=not_found,
            not_found_status=not_found_status,
            conflict=conflict,
            conflict_status=conflict_status,
            skeleton=skeleton,
            item_skeleton=each,
            item_field=fake.identifiers[-1].field if ids_listed else None,
            aliases=tuple(aliases),
        )

    def aliases(self, members: Iterable[ir.Member], fake: fp.FakeResource) -> list[tuple[str, str]]:
        """(member, record field) for members the record lacks that end in ``Arn``, ``Id`` or
        ``Name``: the ARN, own identifier or name (``ScheduleArn``, ``CatalogName``)."""
        own = fake.identifiers[-1].field if fake.identifiers else None
        name = fake.name_field or (
            own if fake.identifiers and fake.identifiers[-1].made == fp.MADE_INPUT else None
        )
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
            if attr not in fake.fields and source is not None:
                out.append((attr, source))
        return out

    def filters(self, path: str, member: ir.Member, fake: fp.FakeResource) -> list[fp.FakeFilter]:
        fields = set(fake.fields)
        name = member.name
        is_list = self.service.shape(member.target).type is ir.ShapeType.LIST
        snake = naming.snake(name)
        if snake in fields:
            return [fp.FakeFilter(path, snake, "in" if is_list else "eq")]
        if name.endswith("Prefix") and naming.snake(name[:-6]) in fields:
            return [fp.FakeFilter(path, naming.snake(name[:-6]), "prefix")]
        if is_list and name.endswith("s") and naming.snake(name[:-1]) in fields:
            return [fp.FakeFilter(path, naming.snake(name[:-1]), "in")]
        for suffix, how in (("After", "after"), ("Before", "before")):
            if name.lower() in (f"created{suffix.lower()}",) and fake.created:
                return [fp.FakeFilter(path, fake.created[0], how)]
        return []

    def tagging(self, role: str, op: ir.Operation) -> fp.FakeOperation:
        shape = self.input(op)
        members = shape.members if shape else ()
        arn = next((m for m in members if m.name.lower().endswith("arn")), None)
        if role == "untag":
            keys = next(
                (m for m in members if self.service.shape(m.target).type is ir.ShapeType.LIST),
                None,
            )
        else:
            keys = tags_member(shape)
        if keys is not None and role == "tag":
            self.note_tags(keys)
        output = self.service.shape(op.output) if op.output else None
        record = tags_member(output)
        not_found, status = _error(self.service, op, _NOT_FOUND, 404)
        return fp.FakeOperation(
            role=role,
            tags=naming.snake(keys.name) if keys else None,
            arn=naming.snake(arn.name) if arn else None,
            record=naming.snake(record.name) if record else None,
            not_found=not_found,
            not_found_status=status,
        )

    def note_tags(self, member: ir.Member) -> None:
        target = self.service.shape(member.target)
        if target.type is ir.ShapeType.LIST:
            item = self.service.shape(target.member.target)
            if item.type is ir.ShapeType.STRUCTURE and len(item.members) >= 2:
                key, value = item.members[0], item.members[1]
                self.tag_pair = (naming.snake(key.name), naming.snake(value.name))


def fake_plan(service: ir.Service) -> fp.FakePlan:
    planner = _Planner(service)
    parents: dict[str, int] = {}
    by_name = {r.name: r for r in service.resources}
    for res in service.resources:
        for child in res.resources:
            if child in by_name:
                parents[child] = len(res.identifiers)
    resources: dict[str, fp.FakeResource] = {}
    operations: dict[str, fp.FakeOperation] = {}
    for res in service.resources:
        made = planner.resource(res, parents.get(res.name, 0))
        if made is None:
            continue
        fake, shape = made
        resources[res.name] = fake
        bound = [*res.lifecycle_operations, *(("action", o) for o in res.operations)]
        for role, name in bound:
            op = planner.ops.get(name)
            if op is not None and name not in operations:
                operations[name] = planner.operation(role, op, res, fake, shape)
                create_input = planner.input(op) if role == "create" else None
                tags = _named(create_input, "tags") if create_input else None
                if tags is not None:
                    planner.note_tags(tags)
    if resources:
        for name, role in _TAGGING.items():
            op = planner.ops.get(name)
            if op is not None and name not in operations:
                operations[name] = planner.tagging(role, op)
    unbound = tuple(sorted(o.name for o in service.operations if o.name not in operations))
    return fp.FakePlan(
        resources=resources,
        operations=dict(sorted(operations.items())),
        unbound=unbound,
        tag_pair=planner.tag_pair,
    )


def plan_source(value: Any) -> str:
    """Python source of a plan value: its records with only the fields that differ from
    their defaults (as ``operations.py`` prints an ``OperationSpec``)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        args = []
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if f.default is not dataclasses.MISSING and item == f.default:
                continue
            if f.default_factory is not dataclasses.MISSING and item == f.default_factory():
                continue
            args.append(f"{f.name}={plan_source(item)}")
        return f"{type(value).__name__}({', '.join(args)})"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {plan_source(v)}" for k, v in value.items()) + "}"
    if isinstance(value, tuple):
        inner = ", ".join(plan_source(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(plan_source(v) for v in value) + "]"
    return repr(value)
