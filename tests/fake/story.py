"""One resource's story against the fake, through any client (a ``Caller``).

create (three of them, under created parents; fewer when the name is an enum of fewer values) → read back every member set → list with page
sizes 1-3 (each item exactly once) → filter → update → read the update → tag/untag → duplicate
(the declared conflict error) → client token (the same resource) → delete → read (the
declared not-found error, or the last ``delete`` state when the resource stays).
Parameters and outputs are Python-named dicts; callers translate for their client.
"""

from __future__ import annotations

import collections
import re
from collections.abc import Collection
from typing import Any, Protocol

from samples import Samples
from spec_facts import Facts, subset_mismatches
from story_created import answers_nothing, listed_ids, new_in_list
from story_fitting import fit_record
from story_items import item_id, name_of
from story_names import names_allowed, unique
from story_scope import within_scope
from story_tags import tag_story
from story_values import sent_fields

from apigen import ir, naming


class Failed(Exception):
    """A call the service answered with an error: its wire code and HTTP status."""

    def __init__(self, code: str, status: int) -> None:
        super().__init__(f"{code} ({status})")
        self.code, self.status = code, status


class Caller(Protocol):
    def __call__(self, op: ir.Operation, params: dict[str, Any]) -> dict[str, Any]: ...


class Story:
    def __init__(self, service: ir.Service, resource: ir.Resource, call: Caller) -> None:
        self.facts = Facts(service, resource)
        self.service = service
        self.call = call
        self.samples = Samples(service)
        self.log: list[str] = []

    # -- inputs --

    def names(self, tails: bool = False) -> set[str]:
        """The members naming the resource (lower case): ``name``, its own identifier,
        ``<Resource>Name``; with ``tails`` a tail's too, each made unique per resource
        (Neptune Analytics' ``snapshotName`` for a ``GraphSnapshot``: a second snapshot of
        one name is refused), though the model does not say that a second of one such name
        conflicts (ODB's cloud VM clusters, Social Messaging's flows: the fake makes both)."""
        words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+", self.facts.resource.name)
        more = {"".join(words[i:]).lower() + "name" for i in range(len(words) if tails else 1)}
        return {"name", self.facts.own.lower(), *more}

    def input(self, op: ir.Operation, ids: dict[str, Any], n: int, nth: int = 0) -> dict[str, Any]:
        shape = self.facts.shape_of(op.input)
        if shape is None:
            return {}
        params = self.samples.structure(shape, everything=True, nth=nth)
        fit_record(self, shape, params)
        for member in shape.members:  # nor a made-up optional member steering the endpoint
            if member.idempotency_token or (member.context_param and not member.required):
                params.pop(naming.snake(member.name), None)  # (Kinesis' StreamId: AWS's host)
        self.name(shape, params, n)
        for identifier, value in ids.items():
            carrier = self.facts.carrier(identifier, shape)
            if carrier is not None:
                params[carrier] = value
        return params

    def name(self, shape: ir.Shape, params: dict[str, Any], n: int) -> None:
        """Make the resource's name (or own identifier given by the caller) unique."""
        names = self.names(tails=True)
        for member in shape.members:
            attr = naming.snake(member.name)
            target = self.service.shape(member.target)
            if member.name.lower() in names and target.type is ir.ShapeType.STRING:
                params[attr] = unique(member, n, params.get(attr)) or params.get(attr)
            elif member.name.lower() in names and target.type is ir.ShapeType.ENUM:
                params[attr] = target.enum_values[n % len(target.enum_values)].value
            elif target.type is ir.ShapeType.STRUCTURE and isinstance(params.get(attr), dict):
                self.name(target, params[attr], n)

    def sent_fields(self, op: ir.Operation, params: dict[str, Any]) -> dict[str, Any]:
        """What ``params`` set of the resource's members (``story_values.sent_fields``)."""
        return sent_fields(self.facts, op, params)

    # -- the story --

    def create(self, parents: dict[str, Any], n: int) -> tuple[dict[str, Any], dict[str, Any]]:
        op = self.facts.op("create")
        assert op is not None
        params = self.input(op, parents, n)
        scopes = {}  # identifiers no parent gives: the create's (Partner Central's Catalog)
        for name, _ in self.facts.resource.identifiers[:-1]:
            found = self.find(params, name, self.facts.shape_of(op.input))
            if name not in parents and found is not None:
                scopes[name] = found
        scoped = {**parents, **scopes}  # where the list finds it (Security Agent's app)
        before = listed_ids(self, scoped) if answers_nothing(self, op) else None
        output = self.call(op, params)
        own = self.facts.own_id(op, output)
        if own is None:  # the caller named it (a glue connection, an OpsWorks server)
            shape = self.facts.shape_of(op.input)
            own = self.find(params, self.facts.own, shape)
        if own is None and before is not None:  # nothing names it: the list's new item
            own = new_in_list(self, scoped, before)
        assert own, f"{op.name} answered no {self.facts.own}: {output}"
        return {**scoped, self.facts.own: own}, params

    def find(self, params: dict[str, Any], identifier: str, shape: ir.Shape | None) -> Any:
        carrier = self.facts.carrier(identifier, shape)
        carrier = carrier or self.facts.carrier(identifier, shape, short=True)  # Athena's Name
        if carrier is not None and params.get(carrier) is not None:
            return params[carrier]
        for member in shape.members if shape else ():
            inner = self.service.shape(member.target)
            value = params.get(naming.snake(member.name))
            if inner.type is ir.ShapeType.STRUCTURE and isinstance(value, dict):
                found = self.find(value, identifier, inner)
                if found is not None:
                    return found
        return None

    def read(self, ids: dict[str, Any]) -> dict[str, Any]:
        read = self.facts.op("read")
        if read is not None:
            return self.facts.record(read, self.call(read, self.input(read, ids, 0)))
        listed = self.facts.op("list")
        shape = self.facts.shape_of(listed.input) if listed else None
        if self.facts.carrier(self.facts.own, shape) is None:  # no filter by it: find it
            items = [i for i in self.list(ids, None) if self.item_id(i) == ids[self.facts.own]]
        else:
            items = self.list(ids, None, {self.facts.own: ids[self.facts.own]})
        assert len(items) == 1, (self.facts.resource.name, ids, items)
        return items[0]

    def list(
        self, ids: dict[str, Any], size: int | None, filters: dict[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        op = self.facts.op("list")
        assert op is not None and op.input is not None
        shape = self.service.shape(op.input)
        params = self.required(shape)
        for identifier, value in ids.items():
            carrier = self.facts.carrier(identifier, shape)
            if carrier is not None and identifier != self.facts.own:
                params[carrier] = value
        for identifier, value in (filters or {}).items():
            carrier = self.facts.carrier(identifier, shape)
            params[carrier or identifier] = value
        pag = op.paginated
        if size is not None and pag and pag.page_size:
            limits = shape.get_member(pag.page_size)
            low = (
                limits.constraints.range or self.service.shape(limits.target).constraints.range
                if limits is not None
                else None
            )
            least = int(low.min) if low is not None and low.min is not None else 1
            page = max(size, least)  # Athena's is 2 and up; Greengrass's a string
            if low is not None and low.max is not None:  # Control Tower's is 1 at most
                page = min(page, int(low.max))
            text = limits is not None and self.facts.kind(limits.target) is ir.ShapeType.STRING
            params[naming.snake(pag.page_size)] = str(page) if text else page
        items: list[dict[str, Any]] = []
        for _ in range(100):
            raw = self.call(op, params)
            output = self.payload(op, raw)
            items += [
                self.facts.unwrapped(i) for i in self.items(op, raw) or self.items(op, output)
            ]
            token = self.at(op, raw, pag.output_token) if pag and pag.output_token else None
            if not token:
                return items
            assert pag is not None and pag.input_token
            params[naming.snake(pag.input_token)] = token
        raise AssertionError("the list never ended")

    def required(self, shape: ir.Shape, skip: Collection[str] = ()) -> dict[str, Any]:
        """The list input's required members but those named in ``skip`` (the caller sets
        them), as the create sent them where it has them (Audit Manager's
        ``frameworkType``), else a sample."""
        create = self.facts.op("create")
        sent = self.input(create, {}, 0) if create is not None else {}
        given = self.facts.shape_of(create.input) if create is not None else None
        targets = {m.name: m.target for m in given.members} if given else {}
        params = {}
        for member in shape.members:
            attr = naming.snake(member.name)
            if member.required and attr not in skip:
                # the create's value only where it is of the list's shape
                fits = attr in sent and targets.get(member.name) == member.target
                params[attr] = sent[attr] if fits else self.samples.value(member, 1)
        return params

    def payload(self, op: ir.Operation, output: dict[str, Any]) -> dict[str, Any]:
        """Paginator paths start at the payload when the output has one (Smithy)."""
        for member in self.service.shape(op.output or "").members:
            if member.http is not None and member.http.location is ir.Location.PAYLOAD:
                return dict(output.get(naming.snake(member.name)) or {})
        return output

    def at(self, op: ir.Operation, output: dict[str, Any], path: str) -> Any:
        """A paginator path from the output (botocore's), else from its payload (Smithy's:
        CloudFront's ``AnycastIpLists.NextMarker`` is botocore's, from the output)."""
        found = self.path(output, path)
        return found if found is not None else self.path(self.payload(op, output), path)

    @staticmethod
    def path(data: Any, path: str) -> Any:
        for part in path.split("."):
            data = data.get(naming.snake(part)) if isinstance(data, dict) else None
        return data

    def items(self, op: ir.Operation, output: dict[str, Any]) -> list[dict[str, Any]]:
        pag = op.paginated
        if pag and pag.items:
            return list(self.path(output, pag.items) or [])
        out = self.service.shape(op.output or "")
        listed = self.listed(out)
        if listed is not None:
            return list(output.get(naming.snake(listed.name)) or [])
        for member in out.members:  # a list inside the payload (CloudFront's ``Items``)
            target = self.service.shape(member.target)
            payload = member.http is not None and member.http.location is ir.Location.PAYLOAD
            if payload and target.type is ir.ShapeType.STRUCTURE:
                inner = output.get(naming.snake(member.name)) or {}
                for child in target.members:
                    if self.service.shape(child.target).type is ir.ShapeType.LIST:
                        return list(inner.get(naming.snake(child.name)) or [])
        return []

    def listed(self, out: ir.Shape) -> ir.Member | None:
        """The output's list of items: of records where it has several lists (CodeGuru
        Profiler's ``profilingGroups`` beside ``profilingGroupNames``, which only lists the
        names when ``includeDescription`` is not set), else its first list."""
        lists = [m for m in out.members if self.facts.kind(m.target) is ir.ShapeType.LIST]
        records = [
            m
            for m in lists
            if self.facts.kind(self.service.shape(m.target).member.target) is ir.ShapeType.STRUCTURE
        ]
        return next(iter(records if len(lists) > 1 else []), lists[0] if lists else None)

    def item_shape(self) -> ir.Shape | None:
        op = self.facts.op("list")
        listed = self.listed(self.service.shape(op.output or "")) if op else None
        if listed is None:
            return None
        return self.service.shape(self.service.shape(listed.target).member.target)

    def item_id(self, item: dict[str, Any]) -> Any:
        """The own identifier in a listed item (``story_items.item_id``)."""
        return item_id(self, item)

    def run(self, parents: dict[str, Any]) -> dict[str, Any]:
        """The whole story; returns the identifiers of a live resource (for children)."""
        facts = self.facts
        made = [self.create(parents, n) for n in range(self.how_many())]
        create = facts.op("create")
        assert create is not None
        # An item names its resource by the own identifier, the ARN (Lambda's capacity
        # providers) or what item_id finds in the record (Partner Central's ``Id``: an ARN-or-id)
        names = []
        for ids, params in made:
            record = self.read(ids)
            wrong = list(subset_mismatches(self.sent_fields(create, params), record))
            assert not wrong, f"{facts.resource.name}: read back differs: {wrong}"
            arn = next((v for k, v in record.items() if k.endswith("arn")), None)
            named = name_of(self, record)  # an item holding no identifier: its name
            names.append({ids[facts.own], arn, self.item_id(record), named} - {None})
        mine = [ids[facts.own] for ids, _ in made]
        if facts.op("list") is not None:
            inside = within_scope(self, parents, [ids for ids, _ in made])
            for size in (1, 2, 3):
                listed = [self.item_id(i) for i in self.list(parents, size)]
                counts = collections.Counter(listed)
                assert all(
                    sum(counts[n] for n in each) == (1 if within else 0)
                    for each, within in zip(names, inside, strict=True)
                ), (
                    facts.resource.name,
                    size,
                    counts,
                    mine,
                )
            self.filter(parents, made)
        if facts.op("update") is not None:
            self.update(made[0][0])
        self.tags(made[0][0])
        self.duplicate(parents, made[0][1])
        self.delete(made[-1][0])
        return made[0][0]

    def how_many(self) -> int:
        """Three, or as many as an enum naming the resource has values (Athena's one
        ``TableName``, ``ALL``: a second create is rightly the conflict), or as an unpaged
        list holds at most (Continuum's ``ListCollectors``: one collector an account)."""
        op = self.facts.op("create")
        shape = self.facts.shape_of(op.input) if op else None
        names = self.names()
        most = 3
        listed = self.facts.op("list")
        out = self.facts.shape_of(listed.output) if listed and not listed.paginated else None
        for member in out.members if out else ():
            length = self.service.shape(member.target).constraints.length
            if self.facts.kind(member.target) is ir.ShapeType.LIST and length and length.max:
                most = min(most, int(length.max))
        for member in shape.members if shape else ():
            target = self.service.shape(member.target)
            if member.name.lower() in names and target.type is ir.ShapeType.ENUM:
                return min(most, len(target.enum_values))
            if member.name.lower() in names and target.type is ir.ShapeType.STRING:
                most = min(most, names_allowed(member, most))
        return most

    def filter(
        self, parents: dict[str, Any], made: list[tuple[dict[str, Any], dict[str, Any]]]
    ) -> None:
        """A list input member that names a member of the resource narrows the list; so does
        a member of a filter structure in the input (Glue's ``Filter.ConnectionType``)."""
        op = self.facts.op("list")
        assert op is not None
        first = self.read(made[0][0])
        shape = self.service.shape(op.input or "")
        candidates: list[tuple[ir.Member, ir.Member | None]] = []
        for top in shape.members:
            candidates.append((top, None))
            target = self.service.shape(top.target)
            if target.type is ir.ShapeType.STRUCTURE:
                candidates += [(top, child) for child in target.members]
        for top, child in candidates:
            member = child or top
            attr = naming.snake(member.name)
            given_as = self.service.shape(member.target)
            is_list = given_as.type is ir.ShapeType.LIST
            if is_list and self.facts.kind(given_as.member.target) is ir.ShapeType.STRUCTURE:
                continue  # filter structures, no values (Inspector's ``{comparison, value}``)
            field = attr[: -len("_prefix")] if attr.endswith("_prefix") else attr
            if is_list and field.endswith("s"):
                field = field[:-1]
            value = first.get(field)
            if field not in self.facts.fields or value is None or isinstance(value, dict | list):
                continue
            if self.facts.kind(member.target) is ir.ShapeType.STRUCTURE:
                continue  # a range, not a value (Partner Central's ``LastModifiedDate``)
            if any(
                attr == self.facts.carrier(i, shape) for i, _ in self.facts.resource.identifiers
            ):
                continue
            wanted = [value] if is_list else value
            given = {attr: wanted} if child is not None else wanted
            items = self.list(parents, None, {top.name: given})
            ids = [self.item_id(i) for i in items]
            arn = next((v for k, v in first.items() if k.endswith("arn")), None)
            names = {made[0][0][self.facts.own], arn, self.item_id(first), name_of(self, first)}
            assert names & set(ids), (member.name, ids)
            for listed in items:  # an identifier (a list of strings), or an item without
                # the field (Network Firewall's items carry only the ARN), names its record
                item = (
                    self.read({**made[0][0], self.facts.own: self.item_id(listed)})
                    if isinstance(listed, str) or field not in listed
                    else listed
                )
                got = str(getattr(item.get(field), "value", item.get(field)))
                assert got.startswith(str(getattr(value, "value", value))), (member.name, item)
            self.log.append(f"filter {top.name}" + (f".{member.name}" if child else ""))
            return

    def update(self, ids: dict[str, Any]) -> None:
        op = self.facts.op("update")
        assert op is not None
        params = self.input(op, ids, 0, nth=1)
        for identifier, value in ids.items():  # nth=1 changed them all: set them back
            carrier = self.facts.carrier(identifier, self.facts.shape_of(op.input))
            if carrier is not None:
                params[carrier] = value
        before = self.read(ids)
        kind = naming.snake(self.facts.resource.name)
        for arn in ("arn", f"{kind}_arn"):  # the server's ARN names it; an update keeps it
            if arn in params and before.get(arn) is not None:
                params[arn] = before[arn]
        self.call(op, params)
        record = self.read(ids)
        wrong = list(subset_mismatches(self.sent_fields(op, params), record))
        assert not wrong, f"{self.facts.resource.name}: update not read back: {wrong}"
        for stamp in self.facts.stamped("update") & before.keys() & record.keys():
            assert record[stamp] >= before[stamp], (stamp, before[stamp], record[stamp])
        self.log.append("update")

    def tags(self, ids: dict[str, Any]) -> None:
        tag_story(self, ids)

    def duplicate(self, parents: dict[str, Any], params: dict[str, Any]) -> None:
        op = self.facts.op("create")
        assert op is not None
        # a name carrying a parent's identifier names the parent (EKS updates' ``name``)
        names = self.names() - {n.lower() for n, _ in self.facts.resource.identifiers[:-1]}
        shape = self.facts.shape_of(op.input)
        # a structure's member named as a bare own identifier the record spells ``id`` is
        # that structure's (DataZone's ``target.identifier``: the asset's)
        facts = self.facts
        spelled = facts.spelled(facts.shape) and not facts.carrier(facts.own, facts.shape)
        theirs = facts.own.lower() if spelled else None

        def named(shape: ir.Shape | None, depth: int = 0) -> bool:
            for m in shape.members if shape else ():
                target = self.service.shape(m.target)
                if m.read_only or (depth and m.name.lower() == theirs):
                    continue
                if m.name.lower() in names and target.type is ir.ShapeType.STRING:
                    return True
                if depth == 0 and target.type is ir.ShapeType.STRUCTURE and named(target, 1):
                    return True
            return False

        if not named(shape):
            return
        try:
            self.call(op, params)
        except Failed as exc:
            assert 400 <= exc.status < 500, exc
            assert exc.code in self.facts.declared(op) or exc.status == 409, exc
            self.log.append(f"duplicate {exc.code}")
            return
        raise AssertionError(f"{op.name}: a second {self.facts.resource.name} with one name")

    def delete(self, ids: dict[str, Any]) -> None:
        op = self.facts.op("delete")
        if op is None:
            return
        self.call(op, self.input(op, ids, 0))
        last = (self.facts.states("delete") or (None,))[-1]
        if last is not None:
            assert (
                str(getattr(self.read(ids)[self.facts.status or ""], "value", "")) == last
                or str(self.read(ids)[self.facts.status or ""]) == last
            )
            self.log.append(f"delete -> {last}")
            return
        reader = self.facts.op("read") or self.facts.op("list")
        assert reader is not None
        if self.facts.op("read") is None:  # read by listing: gone from the list
            left = [i for i in self.list(ids, None) if self.item_id(i) == ids[self.facts.own]]
            assert not left, f"{self.facts.resource.name} still listed after delete: {left}"
            self.log.append("delete -> unlisted")
            return
        try:
            self.read(ids)
        except Failed as exc:
            assert exc.code in self.facts.declared(reader) or exc.status == 404, exc
            gone = ("NotFound", "NoSuch", "UnknownResource", "DoesNotExist")  # AWS's words
            assert any(w in exc.code for w in gone) or exc.status == 404, exc
            self.log.append(f"delete -> {exc.code}")
            return
        raise AssertionError(f"{self.facts.resource.name} still readable after delete")
