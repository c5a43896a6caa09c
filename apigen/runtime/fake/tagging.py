"""The fake's tags: stored per ARN (the store's ``tags`` meta), read as a map or as a list of
pairs (the plan's ``tag_pair``), answered in the form each output takes; the tagging
operations find the resource by its ARN, or by its own identifier where the input takes
either (``id`` meta: the ARN of the latest resource made with that identifier).

A mixin of ``handler.FakeHandler``, which gives the store and the lifecycle it asks for.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..core.errors import ServiceError
from ..core.narrow import is_list, is_mapping
from .plan import FakeOperation, FakePlan, FakeResource
from .records import get_path, set_path
from .store import Store


class Tagging:
    fake_plan: ClassVar[FakePlan]
    store: Store

    def _not_found(self, plan: FakeOperation, what: str) -> ServiceError:
        raise NotImplementedError

    def _advance(self, resource: FakeResource, record: dict[str, Any]) -> dict[str, Any] | None:
        raise NotImplementedError

    def _tags_of(self, arn: str | None) -> dict[str, str]:
        found = self.store.get_meta("tags", arn) if arn else None
        return dict(found or {})

    def _tags_out(
        self, tags: Mapping[str, str], as_map: bool = False, pairs: tuple[str, str] | None = None
    ) -> Any:
        pair = pairs or self.fake_plan.tag_pair
        if pair is None or as_map:
            return dict(tags)
        return [{pair[0]: k, pair[1]: v} for k, v in tags.items()]

    def _tags_in(self, value: Any) -> dict[str, str]:
        pair = self.fake_plan.tag_pair
        if is_mapping(value):
            return {str(k): str(v) for k, v in value.items()}
        if is_list(value) and pair is not None:
            return {str(t.get(pair[0])): str(t.get(pair[1], "")) for t in value if is_mapping(t)}
        return {}

    def _tagged(self, plan: FakeOperation, value: Any) -> str:
        arn = str(value or "")
        where = self.store.get_meta("arn", arn) if arn else None
        if where is None and arn:  # an id-or-ARN member holding the id (S3 Files')
            arn = str(self.store.get_meta("id", arn) or arn)
            where = self.store.get_meta("arn", arn)
        if where is None:
            raise self._not_found(plan, f"resource {arn}")
        resource = self.fake_plan.resources[where[0]]
        record = self.store.get(resource.name, where[1])
        if record is None or self._advance(resource, record) is None:
            raise self._not_found(plan, f"resource {arn}")
        return arn

    def _named(self, plan: FakeOperation, data: Mapping[str, Any]) -> list[tuple[Any, str]]:
        """(the value naming it, its ARN) of each resource the input names: one, or each of
        a list (``several``: ELB's ``LoadBalancerNames``), all found before any is tagged."""
        given = data.get(plan.arn or "")
        values = list(given or ()) if plan.several else [given]
        return [(value, self._tagged(plan, value)) for value in values]

    def _do_tag(self, operation: str, plan: FakeOperation, data: dict[str, Any]) -> Any:
        for _, arn in self._named(plan, data):
            tags = {} if plan.replaces else self._tags_of(arn)  # a put: the whole set
            tags.update(self._tags_in(get_path(data, plan.tags or "")))
            for key in get_path(data, plan.tag_keys) or () if plan.tag_keys else ():
                tags.pop(str(key), None)
            self.store.put_meta("tags", arn, tags)
        return {}

    def _do_untag(self, operation: str, plan: FakeOperation, data: dict[str, Any]) -> Any:
        for _, arn in self._named(plan, data):
            tags = self._tags_of(arn) if plan.tags else {}  # no keys: every tag
            for key in get_path(data, plan.tags or "") or ():
                if is_mapping(key):  # a pair, or a key alone (ELB's ``TagKeyOnly``)
                    key = next(iter(key.values()), "")
                tags.pop(str(key), None)
            self.store.put_meta("tags", arn, tags)
        return {}

    def _do_tags(self, operation: str, plan: FakeOperation, data: dict[str, Any]) -> Any:
        out: dict[str, Any] = {}
        listed: list[dict[str, Any]] = []
        for value, arn in self._named(plan, data):
            tags = self._tags_out(self._tags_of(arn), plan.tag_map, plan.tag_pairs)
            if not plan.several:
                set_path(out, plan.record or "tags", tags)
                return out
            item: dict[str, Any] = {}  # each named one's item: its name and its tags
            set_path(item, plan.item_field or "", value)
            set_path(item, plan.record or "tags", tags)
            listed.append(item)
        set_path(out, plan.items or "", listed)
        return out
