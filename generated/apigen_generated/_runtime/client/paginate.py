"""Lazy page and item iterators over paginated operations, sync and async.

A paginator holds the first request and a function that performs one call; nothing is sent
until it is iterated, and each iteration starts again from the first page. The next request
is the first one with the input token set to the previous page's output token (page size and
every other member are kept). Iteration ends when a page has no token.

Tokens are opaque strings (AWS ``nextToken``) or, for OpenAPI services, the URL of the next
page (``metadata.next``): then the token is that URL's query parameter named like the input
token on the wire (``page_token``), and a URL without it ends the iteration. A service that
returns the token it was given would loop forever, so that raises ``PaginationError``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import Any, Generic, TypeVar, cast
from urllib.parse import parse_qsl, urlsplit

from ..core.errors import ApigenError
from ..core.model import ApigenModel
from ..core.schema import OperationSpec, PaginatorSpec

__all__ = ["AsyncPaginator", "PaginationError", "Paginator", "get_path", "next_token"]

OutT = TypeVar("OutT", bound=ApigenModel)
ItemT = TypeVar("ItemT")


class PaginationError(ApigenError):
    """The service sent the same page token twice."""


def get_path(value: Any, path: str) -> Any:
    """A dotted attribute path (``metadata.next``) of a model; None when any step is None."""
    for name in path.split("."):
        if value is None:
            return None
        if isinstance(value, dict):
            value = cast("dict[str, Any]", value)[name]
        else:
            value = getattr(value, name, None)
    return value


def _wire_name(operation: OperationSpec, name: str) -> str:
    for member in operation.input_members:
        if member.name == name:
            return member.wire
    return name


def next_token(operation: OperationSpec, spec: PaginatorSpec, page: ApigenModel) -> str | None:
    """The token for the page after ``page``, or None when it is the last."""
    if spec.output_token is None or spec.input_token is None:
        return None
    token = get_path(page, spec.output_token)
    if token is None or token == "":
        return None
    if not isinstance(token, str):
        token = str(token)
    if "?" in token and ("://" in token or token.startswith("/")):
        wanted = _wire_name(operation, spec.input_token)
        for key, value in parse_qsl(urlsplit(token).query, keep_blank_values=True):
            if key == wanted:
                return value or None
        return None
    return token


def _items(page: ApigenModel, spec: PaginatorSpec) -> list[Any]:
    if spec.items is None:
        return []
    items = get_path(page, spec.items)
    if items is None:
        return []
    if isinstance(items, dict):
        return list(cast("dict[object, object]", items).items())
    return list(cast("Iterable[Any]", items))


class _Pages:
    """The shared state machine (no I/O): which request comes next; the sync and async
    paginators only fetch and yield."""

    __slots__ = ("operation", "spec", "first")

    def __init__(self, operation: OperationSpec, first: ApigenModel) -> None:
        if operation.paginator is None:
            raise ValueError(f"{operation.name} is not paginated")
        self.operation = operation
        self.spec: PaginatorSpec = operation.paginator
        self.first = first

    def start(self) -> tuple[ApigenModel, set[str]]:
        """The first request, and the tokens seen so far (the one it carries, if any)."""
        token = getattr(self.first, self.spec.input_token or "", None)
        return self.first, {token} if isinstance(token, str) else set()

    def following(self, page: ApigenModel, seen: set[str]) -> ApigenModel | None:
        token = next_token(self.operation, self.spec, page)
        if token is None:
            return None
        if token in seen:
            raise PaginationError(f"{self.operation.name}: the service repeated page token")
        seen.add(token)
        assert self.spec.input_token is not None
        return self.first.model_copy(update={self.spec.input_token: token})


class Paginator(Generic[OutT, ItemT]):
    """Iterate pages (``for page in paginator``) or items (``for item in paginator.items()``)."""

    def __init__(
        self, fetch: Callable[[ApigenModel], OutT], operation: OperationSpec, first: ApigenModel
    ) -> None:
        self._fetch = fetch
        self._pages = _Pages(operation, first)

    def __iter__(self) -> Iterator[OutT]:
        request: ApigenModel | None
        request, seen = self._pages.start()
        while request is not None:
            page = self._fetch(request)
            yield page
            request = self._pages.following(page, seen)

    def items(self) -> Iterator[ItemT]:
        """Every item of every page, in order."""
        for page in self:
            yield from _items(page, self._pages.spec)


class AsyncPaginator(Generic[OutT, ItemT]):
    """``async for page in paginator`` or ``async for item in paginator.items()``."""

    def __init__(
        self,
        fetch: Callable[[ApigenModel], Awaitable[OutT]],
        operation: OperationSpec,
        first: ApigenModel,
    ) -> None:
        self._fetch = fetch
        self._pages = _Pages(operation, first)

    async def __aiter__(self) -> AsyncIterator[OutT]:
        request: ApigenModel | None
        request, seen = self._pages.start()
        while request is not None:
            page = await self._fetch(request)
            yield page
            request = self._pages.following(page, seen)

    async def items(self) -> AsyncIterator[ItemT]:
        """Every item of every page, in order."""
        async for page in self:
            for item in _items(page, self._pages.spec):
                yield item
