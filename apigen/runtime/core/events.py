"""Event streams as typed values: what an event-stream member holds, sync or async.

An ``EventStream[U]`` yields events, each an instance of the stream's union ``U`` with the
one member of that event set (``event.content_block_delta``...), lazily as they arrive: a
client iterates a response's stream with ``for``/``async for``; a client sending events gives
an iterable or async iterable of union instances (wrapped in one on validation); a server
handler reads its request's stream and answers with events the same way.

The framing (``protocols/event_frames.py``) and the mapping of frames to events
(``protocols/event_stream.py``) live with the protocols; this module only carries events.
A modelled exception event raises the modelled error from the iteration; a corrupt frame
raises ``EventStreamError``. Closing (``close``/``aclose``, leaving a ``with`` block, or
reaching the end) releases the connection the events come from.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import Any, Generic, Self, TypeGuard, TypeVar

from pydantic import GetCoreSchemaHandler
from pydantic_core import CoreSchema, core_schema

from .errors import ApigenError
from .narrow import is_iterable

__all__ = ["EventStream", "EventStreamError"]

T = TypeVar("T")


class EventStreamError(ApigenError, ValueError):
    """A frame that cannot be read (bad CRC, truncated, unknown header type), or an error
    event the service does not model."""

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.code = code


class EventStream(Generic[T]):
    """Events from ``source`` (an iterable or async iterable); see the module docstring."""

    __slots__ = ("_aclose", "_close", "closed", "source")
    _close: Callable[[], object] | None
    _aclose: Callable[[], Awaitable[object]] | None

    def __init__(
        self,
        source: Iterable[T] | AsyncIterable[T] = (),
        *,
        on_close: Callable[[], object] | None = None,
        on_aclose: Callable[[], Awaitable[object]] | None = None,
    ) -> None:
        if isinstance(source, EventStream):
            on_close = on_close or source._close
            on_aclose = on_aclose or source._aclose
            source = source.source
        if not (is_iterable(source) or isinstance(source, AsyncIterable)):
            raise TypeError(f"an event stream takes (async) iterables, not {type(source).__name__}")
        self.source: Iterable[T] | AsyncIterable[T] = source
        self._close = on_close
        self._aclose = on_aclose
        self.closed = False

    @property
    def is_async(self) -> bool:
        return not isinstance(self.source, Iterable)

    def __iter__(self) -> Iterator[T]:
        source = self.source
        if not isinstance(source, Iterable):
            raise TypeError("this event stream is async: iterate it with `async for`")
        try:
            yield from source
        finally:
            self.close()

    async def __aiter__(self) -> AsyncIterator[T]:
        source = self.source
        try:
            if isinstance(source, Iterable):
                for event in source:
                    yield event
            else:
                async for event in source:
                    yield event
        finally:
            await self.aclose()

    def close(self) -> None:
        """Stop reading and release the connection (idempotent)."""
        if self.closed:
            return
        self.closed = True
        close, self._close = self._close, None
        if close is not None:
            close()

    async def aclose(self) -> None:
        """The async twin of ``close``."""
        if self.closed:
            return
        aclose, self._aclose = self._aclose, None
        if aclose is None:
            self.close()
            return
        self.closed = True
        self._close = None
        await aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"<EventStream{' closed' if self.closed else ''}>"

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source_type: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return core_schema.no_info_plain_validator_function(
            _as_stream,
            serialization=core_schema.plain_serializer_function_ser_schema(_dump, info_arg=True),
        )


def is_event_stream(value: object) -> TypeGuard[EventStream[Any]]:
    """An ``EventStream`` of any events (each event is checked as it is read)."""
    return isinstance(value, EventStream)


def _as_stream(value: Any) -> EventStream[Any]:
    if is_event_stream(value):
        return value
    if value is None or value == "":  # a bound payload's placeholder while a message is read
        return EventStream()
    return EventStream(value)


def _dump(value: EventStream[Any], info: core_schema.SerializationInfo) -> object:
    return None if info.mode_is_json() else value
