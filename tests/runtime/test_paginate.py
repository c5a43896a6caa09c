"""Lazy paginators: AWS tokens, OpenAPI next-page URLs, sync and async."""

from __future__ import annotations

import asyncio

import pytest
from client_fakes import LIST_THINGS, ListThingsInput, ListThingsOutput, Thing
from pydantic import Field

from apigen.runtime.client.paginate import (
    AsyncPaginator,
    PaginationError,
    Paginator,
    get_path,
    next_token,
)
from apigen.runtime.core.model import ApigenModel
from apigen.runtime.core.schema import MemberSpec, OperationSpec, PaginatorSpec


def pages_of(
    *pages: list[str], tokens: list[str | None] | None = None
) -> dict[str | None, ListThingsOutput]:
    """Pages keyed by the token that asks for them (None: the first)."""
    keys: list[str | None] = [None, *(tokens or [f"t{i}" for i in range(1, len(pages))])]
    out = {}
    for i, ids in enumerate(pages):
        following = keys[i + 1] if i + 1 < len(keys) else None
        out[keys[i]] = ListThingsOutput(things=[Thing(id=x) for x in ids], next_token=following)
    return out


class Recorder:
    def __init__(self, pages: dict[str | None, ListThingsOutput]) -> None:
        self.pages = pages
        self.requests: list[ListThingsInput] = []

    def __call__(self, request: ApigenModel) -> ListThingsOutput:
        assert isinstance(request, ListThingsInput)
        self.requests.append(request)
        return self.pages[request.next_token]


def test_pages_and_items_over_three_pages_keep_page_size() -> None:
    fetch = Recorder(pages_of(["a", "b"], ["c"], ["d", "e"]))
    paginator: Paginator[ListThingsOutput, Thing] = Paginator(
        fetch, LIST_THINGS, ListThingsInput(max_results=2)
    )
    assert fetch.requests == []  # lazy
    assert [t.id for t in paginator.items()] == ["a", "b", "c", "d", "e"]
    assert [r.next_token for r in fetch.requests] == [None, "t1", "t2"]
    assert {r.max_results for r in fetch.requests} == {2}
    assert len(list(paginator)) == 3  # iterating again starts over
    assert len(fetch.requests) == 6


def test_pages_stop_early_when_the_caller_stops() -> None:
    fetch = Recorder(pages_of(["a"], ["b"], ["c"]))
    first = next(iter(Paginator(fetch, LIST_THINGS, ListThingsInput())))
    assert first.things == [Thing(id="a")] and len(fetch.requests) == 1


def test_empty_token_ends_and_missing_items_are_none() -> None:
    fetch = Recorder({None: ListThingsOutput(things=None, next_token="")})
    assert list(Paginator(fetch, LIST_THINGS, ListThingsInput()).items()) == []


def test_a_repeated_token_raises() -> None:
    looping = ListThingsOutput(things=[Thing(id="b")], next_token="x")
    fetch = Recorder({None: ListThingsOutput(things=[Thing(id="a")], next_token="x"), "x": looping})
    with pytest.raises(PaginationError):
        list(Paginator(fetch, LIST_THINGS, ListThingsInput()))


def test_starting_token_is_used() -> None:
    fetch = Recorder(pages_of(["a"], ["b"], ["c"]))
    assert [
        t.id for t in Paginator(fetch, LIST_THINGS, ListThingsInput(next_token="t1")).items()
    ] == ["b", "c"]


def test_operation_must_be_paginated() -> None:
    with pytest.raises(ValueError):
        Paginator(
            lambda r: r,
            OperationSpec(name="X", input=ListThingsInput, output=ListThingsOutput),
            ListThingsInput(),
        )


# -- OpenAPI: the token is the next page's URL ---------------------------------------------------


class Meta(ApigenModel):
    next_: str | None = Field(default=None, serialization_alias="next")


class KeyList(ApigenModel):
    metadata: Meta | None = None
    data: list[str] | None = None


class ListKeysInput(ApigenModel):
    page_size: int | None = None
    page_token: str | None = None


class ListKeysOutput(ApigenModel):
    key_list: KeyList | None = None


LIST_KEYS = OperationSpec(
    name="ListKeys",
    input=ListKeysInput,
    output=ListKeysOutput,
    input_members=(
        MemberSpec("page_size", "page_size", location="query", kind="integer"),
        MemberSpec("page_token", "page_token", location="query"),
    ),
    method="GET",
    uri="/keys",
    paginator=PaginatorSpec(
        input_token="page_token",
        output_token="key_list.metadata.next_",
        page_size="page_size",
        items="key_list.data",
    ),
)


def key_page(data: list[str], following: str | None) -> ListKeysOutput:
    return ListKeysOutput(key_list=KeyList(metadata=Meta(next_=following), data=data))


def test_openapi_next_url_yields_its_page_token() -> None:
    spec = LIST_KEYS.paginator
    assert spec is not None
    page = key_page([], "https://api.confluent.cloud/byok/v1/keys?page_size=2&page_token=UvmDWOB1")
    assert next_token(LIST_KEYS, spec, page) == "UvmDWOB1"
    assert next_token(LIST_KEYS, spec, key_page([], "/byok/v1/keys?page_token=a%2Fb")) == "a/b"
    assert next_token(LIST_KEYS, spec, key_page([], "https://x/keys?page_size=2")) is None
    assert next_token(LIST_KEYS, spec, key_page([], None)) is None
    assert next_token(LIST_KEYS, spec, ListKeysOutput()) is None


def test_openapi_pagination_over_three_pages() -> None:
    base = "https://api.confluent.cloud/byok/v1/keys?page_size=1&page_token="
    pages = {
        None: key_page(["k1"], base + "p2"),
        "p2": key_page(["k2"], base + "p3"),
        "p3": key_page(["k3"], None),
    }
    seen: list[ListKeysInput] = []

    def fetch(request: ApigenModel) -> ListKeysOutput:
        assert isinstance(request, ListKeysInput)
        seen.append(request)
        return pages[request.page_token]

    paginator: Paginator[ListKeysOutput, str] = Paginator(
        fetch, LIST_KEYS, ListKeysInput(page_size=1)
    )
    assert list(paginator.items()) == ["k1", "k2", "k3"]
    assert [(r.page_token, r.page_size) for r in seen] == [(None, 1), ("p2", 1), ("p3", 1)]


def test_get_path_walks_models_and_dicts() -> None:
    assert get_path(key_page(["a"], "n"), "key_list.metadata.next_") == "n"
    assert get_path({"a": {"b": 1}}, "a.b") == 1
    assert get_path(ListKeysOutput(), "key_list.data") is None


# -- async -----------------------------------------------------------------------------------------


def test_async_pages_and_items() -> None:
    fetch = Recorder(pages_of(["a", "b"], ["c"], ["d"]))

    async def afetch(request: ApigenModel) -> ListThingsOutput:
        return fetch(request)

    async def main() -> None:
        paginator: AsyncPaginator[ListThingsOutput, Thing] = AsyncPaginator(
            afetch, LIST_THINGS, ListThingsInput()
        )
        assert fetch.requests == []
        assert [t.id async for t in paginator.items()] == ["a", "b", "c", "d"]
        assert len([page async for page in paginator]) == 3

    asyncio.run(main())
