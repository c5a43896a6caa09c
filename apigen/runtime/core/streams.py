"""Streaming bodies: what a streaming blob member holds, read lazily, sync or async.

``StreamingBody`` is the one stream type of the runtime, for requests and responses, clients
and servers, and for any protocol (an OpenAPI binary body may use it too). It wraps a
*source* and never reads more of it than asked:

- ``bytes``/``bytearray``/``memoryview``: length known, can be sent again (retries).
- a binary file object (anything with ``read``): length known when it is a seekable file
  (from its position to its end), sent again after a rewind when seekable.
- an iterable of ``bytes`` (a generator...): length unknown unless given, sent once.
- an async iterable of ``bytes``: the same, read only with the async methods.
- another ``StreamingBody``: its source is taken over.

Reading: ``read(n)``/``iter_chunks()``/``for chunk in body`` and the async twins
``aread(n)``/``aiter_chunks()``/``async for chunk in body`` (as httpx does: one object, two
kinds of methods; an async source refuses the sync ones with a clear ``TypeError``; a sync
source read through the async methods reads in the calling thread, as a local file does).
A body is closed by ``close()``/``aclose()``, by leaving a ``with``/``async with`` block,
or when it is read to its end; closing releases the connection it comes from.

As a pydantic field (``StreamingBlob``) a body is taken as it is, never copied; any source
given for one is wrapped. JSON dumps show it as ``null`` (a stream is no JSON value).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import IO, Any, Self, TypeAlias

from pydantic import GetCoreSchemaHandler
from pydantic_core import CoreSchema, core_schema

from .narrow import is_bytes_like, is_iterable

__all__ = ["CHUNK_SIZE", "StreamInput", "StreamSource", "StreamingBlob", "StreamingBody"]

#: Bytes read from a file or handed out per chunk when the caller names no size.
CHUNK_SIZE = 64 * 1024

StreamSource: TypeAlias = (
    "bytes | bytearray | memoryview | IO[bytes] | Iterable[bytes] | AsyncIterable[bytes]"
)


class StreamingBody:
    """A body read lazily from its source (see the module docstring).

    ``length`` overrides what the source tells (``content_length``); ``on_close`` and
    ``on_aclose`` run once when the body is closed (a transport releases its connection).
    """

    __slots__ = (
        "_aclose",
        "_achunks",
        "_buffer",
        "_chunks",
        "_close",
        "_done",
        "_start",
        "_started",
        "closed",
        "content_length",
        "source",
    )
    _close: Callable[[], object] | None
    _aclose: Callable[[], Awaitable[object]] | None

    def __init__(
        self,
        source: StreamSource | StreamingBody = b"",
        *,
        length: int | None = None,
        on_close: Callable[[], object] | None = None,
        on_aclose: Callable[[], Awaitable[object]] | None = None,
    ) -> None:
        if isinstance(source, StreamingBody):
            length = source.content_length if length is None else length
            on_close = on_close or source._close
            on_aclose = on_aclose or source._aclose
            source = source.source
        if isinstance(source, str):
            raise TypeError("a streaming body takes bytes, a binary file or chunks, not str")
        self.source: Any = source
        self._close = on_close
        self._aclose = on_aclose
        self._buffer = bytearray()
        self._chunks: Iterator[bytes] | None = None
        self._achunks: AsyncIterator[bytes] | None = None
        self._done = False
        self._started = False
        self.closed = False
        self._start: int | None = None
        if isinstance(source, (bytes, bytearray, memoryview)):
            self.content_length: int | None = len(source) if length is None else length
            return
        self.content_length = length
        if _is_file(source):
            file: Any = source
            try:
                if file.seekable():
                    start = self._start = file.tell()
                    if length is None:
                        self.content_length = os.fstat(file.fileno()).st_size - start
            except (AttributeError, OSError, ValueError):
                pass
            if self.content_length is None and self._start is not None:
                end = file.seek(0, os.SEEK_END)
                file.seek(self._start)
                self.content_length = end - self._start
        elif not (is_iterable(source) or isinstance(source, AsyncIterable)):
            raise TypeError(
                f"a streaming body takes bytes, a binary file or (async) chunks, "
                f"not {type(source).__name__}"
            )

    # -- what the source allows --

    @property
    def in_memory(self) -> bytes | None:
        """The whole body when the source is bytes (it can be hashed or sent again)."""
        source = self.source
        return bytes(source) if is_bytes_like(source) else None

    @property
    def is_async(self) -> bool:
        """True when only the async methods can read this body."""
        source = self.source
        return not _is_file(source) and not isinstance(
            source, (bytes, bytearray, memoryview, Iterable)
        )

    def rewind(self) -> bool:
        """Make the body readable from its start again; False when its source cannot."""
        if self.in_memory is not None:
            pass
        elif self._start is not None:
            self.source.seek(self._start)
        else:
            return not self._started
        self._chunks = self._achunks = None
        self._buffer.clear()
        self._done = self.closed = False
        return True

    # -- sync reading --

    def _sync_chunks(self, size: int) -> Iterator[bytes]:
        source = self.source
        if is_bytes_like(source):
            view = memoryview(source)
            for at in range(0, len(view), size):
                yield bytes(view[at : at + size])
        elif _is_file(source):
            while chunk := source.read(size):
                yield bytes(chunk)
        elif is_iterable(source):
            for chunk in source:
                if chunk:
                    yield bytes(chunk)
        else:
            raise TypeError(
                "this body comes from an async source: read it with aread()/aiter_chunks()"
            )

    def _next(self, size: int) -> bytes | None:
        if self._chunks is None:
            self._started = True
            self._chunks = self._sync_chunks(size)
        chunk = next(self._chunks, None)
        if chunk is None:
            self._finish()
        return chunk

    def read(self, amt: int | None = None) -> bytes:
        """Up to ``amt`` bytes (all that is left when None); ``b""`` at the end."""
        self._check_open()
        buffer = self._buffer
        while not self._done and (amt is None or len(buffer) < amt):
            chunk = self._next(CHUNK_SIZE if amt is None else max(amt, CHUNK_SIZE))
            if chunk is None:
                break
            buffer += chunk
        out = self._take(amt)
        if self._done and not buffer:
            self.close()
        return out

    def iter_chunks(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The rest of the body in chunks of at most ``chunk_size`` bytes (as they come
        when None); the body is closed at the end."""
        self._check_open()
        while True:
            if self._buffer:
                yield self._take(chunk_size)
                continue
            if self._done:
                self.close()
                return
            chunk = self._next(chunk_size or CHUNK_SIZE)
            if chunk is not None:
                self._buffer += chunk

    def __iter__(self) -> Iterator[bytes]:
        return self.iter_chunks()

    def close(self) -> None:
        """Stop reading and release the source's connection (idempotent)."""
        if self.closed:
            return
        self.closed = True
        self._chunks = None
        close = self._close
        self._close = None
        if close is not None:
            close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- async reading --

    async def _async_chunks(self, size: int) -> AsyncIterator[bytes]:
        source = self.source
        if self.is_async:
            async for chunk in source:
                if chunk:
                    yield bytes(chunk)
        else:
            for chunk in self._sync_chunks(size):
                yield chunk

    async def _anext(self, size: int) -> bytes | None:
        if self._achunks is None:
            self._started = True
            self._achunks = self._async_chunks(size)
        try:
            return await anext(self._achunks)
        except StopAsyncIteration:
            self._finish()
            return None

    async def aread(self, amt: int | None = None) -> bytes:
        """The async twin of ``read``."""
        self._check_open()
        buffer = self._buffer
        while not self._done and (amt is None or len(buffer) < amt):
            chunk = await self._anext(CHUNK_SIZE if amt is None else max(amt, CHUNK_SIZE))
            if chunk is None:
                break
            buffer += chunk
        out = self._take(amt)
        if self._done and not buffer:
            await self.aclose()
        return out

    async def aiter_chunks(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The async twin of ``iter_chunks``."""
        self._check_open()
        while True:
            if self._buffer:
                yield self._take(chunk_size)
                continue
            if self._done:
                await self.aclose()
                return
            chunk = await self._anext(chunk_size or CHUNK_SIZE)
            if chunk is not None:
                self._buffer += chunk

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self.aiter_chunks()

    async def aclose(self) -> None:
        """The async twin of ``close``."""
        if self.closed:
            return
        aclose = self._aclose
        self._aclose = None
        if aclose is not None:
            self.closed = True
            self._close = None
            await aclose()
        else:
            self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    # -- shared --

    def _take(self, amt: int | None) -> bytes:
        buffer = self._buffer
        if amt is None or amt >= len(buffer):
            out = bytes(buffer)
            buffer.clear()
        else:
            out = bytes(buffer[:amt])
            del buffer[:amt]
        return out

    def _finish(self) -> None:
        self._done = True

    def _check_open(self) -> None:
        if self.closed and not self._done and not self._buffer:
            raise ValueError("the streaming body is closed")

    def __repr__(self) -> str:
        size = "unknown length" if self.content_length is None else f"{self.content_length} bytes"
        return f"<StreamingBody {size}{', closed' if self.closed else ''}>"

    # -- pydantic --

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source_type: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return core_schema.no_info_plain_validator_function(
            _as_body,
            serialization=core_schema.plain_serializer_function_ser_schema(_dump, info_arg=True),
        )


def _is_file(source: object) -> bool:
    return callable(getattr(source, "read", None))


def _as_body(value: Any) -> StreamingBody:
    if isinstance(value, StreamingBody):
        return value
    if value is None or value == "":  # a bound payload's placeholder while a message is read
        return StreamingBody()
    return StreamingBody(value)


def _dump(value: StreamingBody, info: core_schema.SerializationInfo) -> object:
    return None if info.mode_is_json() else value


#: The annotation of a streaming blob member, and what a client method takes for one.
StreamingBlob = StreamingBody
StreamInput: TypeAlias = "StreamSource | StreamingBody"
