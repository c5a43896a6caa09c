"""An operation that fails leaves no trace: both stores undo a transaction that raises, and
a create whose answer cannot be made (a 500) stores nothing, so the retry is no conflict."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from story import Failed, Story
from test_stories import ROOT, GeneratedCaller, client_for, load

EMR = ROOT / "specs" / "emr-containers.yaml"


class Boom(Exception):
    pass


def _stores(tmp_path: Path) -> dict[str, Callable[[], Any]]:
    from apigen_generated._runtime.fake.store import MemoryStore, SqliteStore

    return {"memory": MemoryStore, "sqlite": lambda: SqliteStore(str(tmp_path / "s.db"))}


def _contents(store: Any) -> Any:
    return (
        store.scan("Thing"),
        store.get("Thing", "a"),
        store.get("Thing", "b"),
        store.get_meta("tags", "arn:a"),
        store.get_meta("tags", "arn:b"),
    )


@pytest.mark.parametrize("kind", ["memory", "sqlite"])
def test_a_transaction_that_raises_changes_nothing(tmp_path: Path, kind: str) -> None:
    store = _stores(tmp_path)[kind]()
    with store.transaction():
        store.put("Thing", "a", {"seq": store.next_seq(), "v": 1})
        store.put_meta("tags", "arn:a", {"k": "v"})
    before = _contents(store)
    with pytest.raises(Boom), store.transaction():
        store.put("Thing", "a", {"seq": 1, "v": 2})  # replaced
        store.put("Thing", "b", {"seq": store.next_seq(), "v": 3})  # added
        with store.transaction():  # a nested one is part of the outer
            store.put_meta("tags", "arn:a", {"k": "w"})
            store.put_meta("tags", "arn:b", {"k": "x"})
        store.delete("Thing", "a")
        store.delete_meta("tags", "arn:a")
        raise Boom
    assert _contents(store) == before
    with store.transaction():  # and the store still works as before
        store.put("Thing", "b", {"seq": store.next_seq(), "v": 4})
    assert [r["v"] for r in store.scan("Thing")] == [1, 4]


def test_a_create_whose_answer_fails_stores_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    from apigen_generated._runtime.core import errors
    from apigen_generated._runtime.fake import handler as handler_module

    service = load(EMR)
    resource = next(r for r in service.resources if r.name == "VirtualCluster")
    client, transport, _ = client_for(service, EMR.stem, delay=0)
    real_fit = handler_module.fit
    failing: list[str] | None = []  # the answers that failed (the client retries a 500)

    def fit(model: Any, payload: Any, fallback: Any = None) -> Any:
        if failing is not None and model.__name__.startswith("Create"):
            failing.append(model.__name__)
            raise Boom("the answer cannot be made")
        return real_fit(model, payload, fallback)

    monkeypatch.setattr(handler_module, "fit", fit)
    with transport:
        story = Story(service, resource, GeneratedCaller(service, client, errors.ServiceError))
        with pytest.raises(Failed) as failed:
            story.create({}, 0)
        assert failed.value.status == 500
        tried, failing = len(failing), None  # each retry was a create again, no conflict
        assert story.list({}, None) == []  # nothing kept from the failed creates
        ids, _ = story.create({}, 0)  # the same name once more: made
        listed = story.list({}, None)
    assert tried > 1 and len(listed) == 1
    assert story.item_id(listed[0]) == ids[story.facts.own]
