"""The fake's state handler: every operation its plan binds, answered from the store.

A generated ``<Service>Fake`` subclasses this and the service's generated handler, with one
thin method per bound operation calling ``_fake``; unbound operations keep the generated
handler's 501. A user overrides single operations by subclassing ``<Service>Fake``.

Decisions (docs/fake.md says them for users):
- Lifecycle moves are lazy: a record carries its pending states with the time each is due,
  and every access first applies those due (so SQLite state moves on after a restart, and no
  task runs in the background). ``delay=0`` applies them all at once.
- Client tokens: the same token with the same input answers the resource it made; with
  another input, the conflict error (AWS's ``IdempotentParameterMismatch`` case).
- Names are unique among a parent's live resources (not in the last state of ``delete``).
- A made-up own identifier or ARN is one no record holds (``ids.fresh_free``,
  ``ids.free_arn``): never a conflict.
- A parent the fake cannot create (no create or put served: Cognito Sync's identity pools,
  made in Cognito Identity) is taken as given: its children are made under any identifier.
- Lists page and filter as ``listing`` says.
- An operation that fails changes nothing: its store transaction covers making the answer,
  so a create answered with a 500 is no conflict when retried.
"""

from __future__ import annotations

import datetime
import time
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from ..core.errors import ServiceError
from ..core.schema import ServiceSpec
from ..server.app import current_request
from .ids import free_arn, fresh_free, fresh_id, partition_of, region_of
from .listing import decode_token, encode_token, matches
from .plan import MADE_ARN, MADE_INPUT, FakeOperation, FakePlan, FakeResource
from .records import fit, from_input, get_path, merge, set_path, stamped, with_lacked
from .store import MemoryStore, Store, encode
from .tagging import Tagging

T = TypeVar("T")
DEFAULT_DELAY = 1.0
DEFAULT_PAGE = 100


class FakeHandler(Tagging):
    """State behind a generated server (see the module docstring).

    ``store``: where state lives (``MemoryStore()`` by default; ``SqliteStore(path)``
    survives restarts). ``delay``: seconds between lifecycle states (0: immediate).
    ``account``/``region``: what ARNs carry when the request does not say.
    """

    fake_plan: ClassVar[FakePlan]
    fake_service: ClassVar[ServiceSpec]

    def __init__(
        self,
        *,
        store: Store | None = None,
        delay: float = DEFAULT_DELAY,
        account: str | None = None,
        region: str | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store: Store = store if store is not None else MemoryStore()
        self.delay = delay
        self.account = account or self.fake_plan.account
        self.region = region or self.fake_plan.region
        self._clock = clock

    # -- the one entry point -------------------------------------------------------------

    async def _fake(self, operation: str, request: Any, output: type[T]) -> T:
        plan = self.fake_plan.operations[operation]
        data: dict[str, Any] = (
            request.model_dump(exclude_none=True) if hasattr(request, "model_dump") else {}
        )
        with self.store.transaction():  # an answer that cannot be made undoes the change
            payload = getattr(self, f"_do_{plan.role}")(operation, plan, data)
            payload = {**{k: data[k] for k in plan.echo if k in data}, **payload}
            fallback = stamped(plan.skeleton, self._now()) if plan.skeleton else None
            payload = with_lacked(payload, fallback, plan.record)
            return fit(output, payload, fallback)  # type: ignore[type-var]

    # -- helpers ------------------------------------------------------------------------

    def _error(self, code: str | None, status: int, message: str) -> ServiceError:
        spec = self.fake_service.errors.get(code or "")
        if spec is None:
            fallback = "ConflictException" if status == 409 else "ResourceNotFoundException"
            return ServiceError(message, code=code or fallback, status=status)
        return spec.exception(message, status=status or None)

    def _not_found(self, plan: FakeOperation, what: str) -> ServiceError:
        return self._error(plan.not_found, plan.not_found_status or 404, f"{what} not found")

    def _conflict(self, plan: FakeOperation, message: str) -> ServiceError:
        return self._error(plan.conflict, plan.conflict_status or 409, message)

    def _now(self) -> datetime.datetime:
        return datetime.datetime.fromtimestamp(self._clock(), tz=datetime.UTC)

    def _region(self) -> str:
        try:
            headers = current_request().http.headers
        except LookupError:
            return self.region
        return region_of(headers, self.region)

    def _resource(self, plan: FakeOperation) -> FakeResource:
        return self.fake_plan.resources[plan.resource]

    @staticmethod
    def _key(ids: list[Any]) -> str:
        return encode([str(i) for i in ids])

    def _ids(self, plan: FakeOperation, data: Mapping[str, Any]) -> list[Any]:
        ids = [data.get(attr) for _, attr in plan.ids]
        if plan.by_arn and ids and ids[-1] is None:  # named by its ARN instead
            ids[-1] = data.get(plan.by_arn)
        return ids

    def _advance(self, resource: FakeResource, record: dict[str, Any]) -> dict[str, Any] | None:
        """Apply the lifecycle states now due; None when the record is gone."""
        pending: list[Any] = record.get("pending") or []
        now = self._clock()
        changed = False
        while pending and (self.delay <= 0 or pending[0][0] <= now):
            state: Any = pending.pop(0)[1]
            changed = True
            if state is None:
                self._forget(resource, record)
                return None
            if resource.status:
                record["fields"][resource.status] = state
        if changed:
            record["pending"] = pending
            self.store.put(resource.name, self._key(record["ids"]), record)
        return record

    def _forget(self, resource: FakeResource, record: dict[str, Any]) -> None:
        self.store.delete(resource.name, self._key(record["ids"]))
        arn = record.get("arn") or record.get("mark")
        if arn:
            self.store.delete_meta("arn", arn)
            if self.store.get_meta("id", str(record["ids"][-1])) == arn:
                self.store.delete_meta("id", str(record["ids"][-1]))
            self.store.delete_meta("tags", arn)

    def _start(
        self, resource: FakeResource, record: dict[str, Any], states: tuple[Any, ...]
    ) -> None:
        if not states:
            return
        first, rest = states[0], states[1:]
        if first is not None and resource.status:
            record["fields"][resource.status] = first
        now = self._clock()
        record["pending"] = [[now + self.delay * (i + 1), s] for i, s in enumerate(rest)]
        if first is None:
            record["pending"] = [[now, None]]

    def _stored(self, name: str, ids: list[Any]) -> dict[str, Any] | None:
        """The record of ``ids``, its own one also named by its ARN (Agent Registry's
        ``registryId``: an ARN or an id) under the same parents."""
        found = self.store.get(name, self._key(ids))
        named = self.store.get_meta("arn", str(ids[-1])) if found is None and ids else None
        if named is not None and named[0] == name:
            found = self.store.get(name, named[1])
            mine = found is not None and [str(i) for i in found["ids"][:-1]] == [
                str(i) for i in ids[:-1]
            ]
            return found if mine else None
        return found

    def _get(self, plan: FakeOperation, data: Mapping[str, Any]) -> dict[str, Any]:
        resource = self._resource(plan)
        ids = self._ids(plan, data)
        found = self._stored(resource.name, ids)
        record = self._advance(resource, found) if found is not None else None
        if record is None:
            raise self._not_found(plan, f"{resource.name} {'/'.join(map(str, ids))}".rstrip())
        return record

    def _view(self, resource: FakeResource, record: Mapping[str, Any]) -> dict[str, Any]:
        fields = dict(record["fields"])
        if resource.tags_field:
            tags = self._tags_of(record.get("arn") or record.get("mark"))
            if tags:
                fields[resource.tags_field] = self._tags_out(tags)
        return fields

    def _answer(self, plan: FakeOperation, view: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = stamped(plan.skeleton, self._now()) if plan.skeleton else {}
        if plan.record:
            set_path(out, plan.record, view)
            return out
        return {**out, **self._aliased(plan, view)}

    @staticmethod
    def _aliased(plan: FakeOperation, view: dict[str, Any]) -> dict[str, Any]:
        for alias, name in plan.aliases:
            if get_path(view, name) is not None:  # a field may sit in a structure
                view.setdefault(alias, get_path(view, name))
        return view

    # -- lifecycle roles ----------------------------------------------------------------

    def _do_create(self, operation: str, plan: FakeOperation, data: dict[str, Any]) -> Any:
        resource = self._resource(plan)
        token = data.get(plan.token) if plan.token else None
        digest = encode({k: v for k, v in data.items() if k != plan.token})
        if token is not None:
            seen = self.store.get_meta("token", f"{operation}:{token}")
            if seen is not None:
                if seen["digest"] != digest:
                    raise self._conflict(plan, "the client token was used with another input")
                made = self.store.get(resource.name, seen["key"])
                if made is not None:
                    return self._answer(plan, self._view(resource, made))
        parents = self._ids(plan, data)
        if resource.parents and plan.ids:
            self._check_parent(plan, resource, parents)
        now = self._now()
        given = from_input(data, resource, plan, now)  # a name only the skeleton fills is none
        fields = merge(stamped(resource.skeleton, now), given)
        if plan.name_input and resource.name_field and data.get(plan.name_input) is not None:
            fields[resource.name_field] = given[resource.name_field] = data[plan.name_input]
        values: dict[str, Any] = {}
        ids: list[Any] = []
        for index, ident in enumerate(resource.identifiers):
            if index < len(parents):
                value: Any = parents[index]
            elif ident.made == MADE_INPUT and get_path(fields, ident.field) is not None:
                value = get_path(fields, ident.field)
            elif ident.made == MADE_INPUT and data.get(plan.own_input or ident.field) is not None:
                # A name the create input carries (in its path, or by another name) that
                # the read's record does not echo: still the client's, not one made up.
                value = data[plan.own_input or ident.field]
            elif ident.made == MADE_ARN:
                value = None
            elif index == len(resource.identifiers) - 1:  # the own: one no record holds
                value = fresh_free(
                    ident, lambda v: self.store.get(resource.name, self._key([*ids, v]))
                )
            else:
                value = fresh_id(ident)
            values[ident.name] = value
            ids.append(value)
        for extra in resource.made:
            if fields.get(extra.field) is None:
                fields[extra.field] = fresh_id(extra)
            values[extra.name] = fields[extra.field]
        arn = None
        if resource.arn:
            region = self._region()
            context: dict[str, Any] = {
                "partition": partition_of(region),
                "region": region,
                "account": self.account,
            }
            context.update({k: v for k, v in values.items() if v is not None})
            context.update({f: fields.get(a) for f, a in resource.arn_fields if a in fields})
            arn = free_arn(resource.arn, context, lambda a: self.store.get_meta("arn", a))
            for index, ident in enumerate(resource.identifiers):
                if ident.made == MADE_ARN and ids[index] is None:
                    ids[index] = values[ident.name] = arn
            if resource.arn_field:
                fields[resource.arn_field] = arn
        for ident in resource.identifiers:
            set_path(fields, ident.field, values[ident.name])
        for path in resource.variants:  # in each structure of a choice the create set
            if isinstance(fields.get(path.split(".")[0]), dict):
                set_path(fields, path, ids[-1])
        key = self._key(ids)
        existing = self.store.get(resource.name, key)
        if existing is not None and self._advance(resource, existing) is not None:
            raise self._conflict(plan, f"{resource.name} {'/'.join(map(str, ids))} exists")
        hidden = data.get(plan.name_input) if plan.name_input and not resource.name_field else None
        self._check_name(plan, resource, given, ids[: max(len(parents), len(ids) - 1)], hidden)
        for name in (*resource.created, *resource.updated):
            set_path(fields, name, now)
        record: dict[str, Any] = {"ids": ids, "fields": fields, "seq": self.store.next_seq()}
        if hidden is not None:
            record["name"] = hidden  # a name the record does not hold
        # a resource without an ARN is tagged by its own identifier (Route 53's health checks)
        tagged = arn or (f"{resource.name}#{key}" if ids else None)
        if tagged:
            record["arn" if arn else "mark"] = tagged
            self.store.put_meta("arn", tagged, [resource.name, key])
            self.store.put_meta("id", str(ids[-1]), tagged)  # a tagging input may name the id
        tags = self._tags_in(data.get(plan.tags)) if plan.tags else {}
        if tagged and tags:  # one set, whether the create or a tagging operation set it
            self.store.put_meta("tags", tagged, tags)
        elif not tagged and plan.tags and resource.tags_field and data.get(plan.tags) is not None:
            fields[resource.tags_field] = data[plan.tags]
        self._start(resource, record, plan.states)
        self.store.put(resource.name, key, record)
        if token is not None:
            self.store.put_meta("token", f"{operation}:{token}", {"digest": digest, "key": key})
        current = self._advance(resource, record) or record
        return self._answer(plan, self._view(resource, current))

    def _check_parent(self, plan: FakeOperation, resource: FakeResource, ids: list[Any]) -> None:
        parent = self.fake_plan.resources.get(resource.parent or "")
        if parent is None or not self._creatable(parent):
            return  # a parent the fake cannot make is made elsewhere: taken as given
        found = self._stored(parent.name, ids[: resource.parents])
        if found is None or self._advance(parent, found) is None:
            raise self._not_found(plan, f"{parent.name} {'/'.join(map(str, ids))}")

    def _creatable(self, resource: FakeResource) -> bool:
        return any(
            plan.resource == resource.name and plan.role in ("create", "put")
            for plan in self.fake_plan.operations.values()
        )

    def _terminal(self, resource: FakeResource, record: Mapping[str, Any]) -> bool:
        last = self._last_delete_state(resource)
        return last is not None and record["fields"].get(resource.status or "") == last

    def _last_delete_state(self, resource: FakeResource) -> str | None:
        for plan in self.fake_plan.operations.values():
            if plan.resource == resource.name and plan.role == "delete" and plan.states:
                return plan.states[-1]
        return None

    def _check_name(
        self,
        plan: FakeOperation,
        resource: FakeResource,
        fields: Mapping[str, Any],
        scope: list[Any],
        hidden: Any = None,
    ) -> None:
        """A conflict when a live record under the same parents and scopes (every
        identifier but the own) has the name the request gave (in ``fields``; ``hidden``:
        one the record does not hold, kept beside it)."""
        # a path where the name is nested (``config.name``), else one per structure of a choice
        paths = resource.name_field or "|".join(resource.variant_names)
        name = get_path(fields, paths) if paths else hidden
        if name is None:
            return
        wanted = [str(p) for p in scope]
        for record in self.store.scan(resource.name):
            if [str(i) for i in record["ids"][: len(scope)]] != wanted:
                continue
            held = get_path(record["fields"], paths) if paths else record.get("name")
            if held == name and not self._terminal(resource, record):
                live = self._advance(resource, record)
                if live is not None and not self._terminal(resource, live):
                    raise self._conflict(plan, f"a {resource.name} named {name} exists")

    def _do_put(self, operation: str, plan: FakeOperation, data: dict[str, Any]) -> Any:
        resource = self._resource(plan)
        existing = self.store.get(resource.name, self._key(self._ids(plan, data)))
        if existing is None:
            return self._do_create(operation, plan, data)
        if not plan.replaces:
            return self._do_update(operation, plan, data)
        kept: set[str | None] = {i.field for i in (*resource.identifiers, *resource.made)}
        kept |= {resource.arn_field, resource.status, resource.tags_field, *resource.created}
        top = {str(name).split(".")[0] for name in kept if name}
        existing["fields"] = {k: v for k, v in existing["fields"].items() if k in top}
        self.store.put(resource.name, self._key(existing["ids"]), existing)
        return self._do_update(operation, plan, data)  # a put replaces what was put before

    def _do_read(self, operation: str, plan: FakeOperation, data: dict[str, Any]) -> Any:
        resource = self._resource(plan)
        try:
            record = self._get(plan, data)
        except ServiceError:
            if not plan.unset_empty:
                raise
            return self._answer(plan, {})  # a setting never written: nothing set
        return self._answer(plan, self._view(resource, record))

    def _do_update(self, operation: str, plan: FakeOperation, data: dict[str, Any]) -> Any:
        resource = self._resource(plan)
        record = self._get(plan, data)
        ids = {ident.field for ident in (*resource.identifiers, *resource.made)}
        ids.add(resource.arn_field or "")  # what the server made stays
        changes = {
            k: v for k, v in from_input(data, resource, plan, self._now()).items() if k not in ids
        }
        record["fields"] = merge(record["fields"], changes)
        for name in resource.updated:
            set_path(record["fields"], name, self._now())
        self._start(resource, record, plan.states)
        self.store.put(resource.name, self._key(record["ids"]), record)
        current = self._advance(resource, record) or record
        return self._answer(plan, self._view(resource, current))

    def _do_action(self, operation: str, plan: FakeOperation, data: dict[str, Any]) -> Any:
        resource = self._resource(plan)
        record = self._get(plan, data)
        self._start(resource, record, plan.states)
        self.store.put(resource.name, self._key(record["ids"]), record)
        current = self._advance(resource, record) or record
        return self._answer(plan, self._view(resource, current))

    def _do_delete(self, operation: str, plan: FakeOperation, data: dict[str, Any]) -> Any:
        resource = self._resource(plan)
        record = self._get(plan, data)
        view = self._view(resource, record)
        if plan.states:
            self._start(resource, record, plan.states)
            self.store.put(resource.name, self._key(record["ids"]), record)
            current = self._advance(resource, record)
            view = self._view(resource, current) if current is not None else view
        else:
            self._forget(resource, record)
        return self._answer(plan, view)

    def _do_list(self, operation: str, plan: FakeOperation, data: dict[str, Any]) -> Any:
        resource = self._resource(plan)
        parents = [str(p) for p in self._ids(plan, data)]
        if resource.parents and plan.ids:
            self._check_parent(plan, resource, list(parents))
        paginator = self.fake_service.operations[operation].paginator
        after = 0
        token_attr = paginator.input_token if paginator else None
        if token_attr and data.get(token_attr):
            try:
                after = decode_token(str(data[token_attr]), plan.page)
            except ValueError:
                raise self._error(None, 400, "invalid pagination token") from None
        size_attr = paginator.page_size if paginator else None
        size = int(data.get(size_attr) or DEFAULT_PAGE) if size_attr else None
        matched: list[dict[str, Any]] = []
        for found in self.store.scan(resource.name):
            record = self._advance(resource, found)
            if record is None or [str(i) for i in record["ids"][: len(parents)]] != parents:
                continue
            if all(
                matches(f.how, get_path(data, f.input), get_path(record["fields"], f.field))
                for f in plan.filters
            ):
                matched.append(record)
        own = resource.identifiers[-1].field if resource.identifiers else None
        if not matched and any(  # one item asked for by its own identifier: none such
            f.field == own and get_path(data, f.input) is not None for f in plan.filters
        ):  # (an identifier scoping the items, Security Agent's applicationId, lists none)
            raise self._not_found(plan, resource.name)
        page = [r for r in matched if int(r["seq"]) > after]
        more = size is not None and len(page) > size
        page = page[:size] if size is not None else page
        out: dict[str, Any] = stamped(plan.skeleton, self._now())
        for _, attr in plan.ids:  # a required parent identifier beside the items: the request's
            if attr in out and data.get(attr) is not None:
                out[attr] = data[attr]
        items = plan.items or (paginator.items if paginator else None)  # attribute names first
        if items and plan.item_field:
            set_path(out, items, [get_path(r["fields"], plan.item_field) for r in page])
        elif items:
            listed = [self._view(resource, r) for r in page]
            if plan.item_record:  # the item wraps the record
                listed = [{plan.item_record: view} for view in listed]
            listed = [self._aliased(plan, view) for view in listed]  # before the skeleton's
            if plan.item_skeleton:
                base = stamped(plan.item_skeleton, self._now())
                listed = [{**base, **{k: v for k, v in i.items() if v is not None}} for i in listed]
            set_path(out, items, listed)
            if plan.names:
                set_path(out, plan.names, [r["ids"][-1] for r in page])
        output_token = paginator.output_token if paginator else None
        if more and output_token:
            set_path(out, output_token, encode_token(int(page[-1]["seq"]), plan.page))
        return out
