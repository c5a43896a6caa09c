"""``http.client``'s response with its header block read without the ``email`` package.

``http.client`` parses every response's headers with ``email.parser`` (a feed parser and a
``Message``): ~18 µs for three headers, the largest cost of a call on loopback after the
socket. ``Response`` reads the same lines (``http.client``'s own line and count limits) and
splits them itself when the block is plain: ASCII, every line ``name: value``, no folded
continuation lines. Anything else goes to ``http.client.parse_headers``, unchanged. Values are
what the ``email`` parser gives: leading blanks dropped, the line end removed, the rest kept.

``Headers`` answers what ``HTTPResponse`` and the transport ask of the header object (``get``,
``get_all``, ``items``); only the transport sees these responses.
"""

from __future__ import annotations

import http.client
import io
from collections.abc import Iterator
from typing import Any, cast

__all__ = ["Headers", "Response"]


class Headers:
    """A response's headers in order; names looked up case-insensitively."""

    __slots__ = ("_items",)

    def __init__(self, items: list[tuple[str, str]]) -> None:
        self._items = items

    def get(self, name: str, default: Any = None) -> Any:
        lowered = name.lower()
        for key, value in self._items:
            if key.lower() == lowered:
                return value
        return default

    def get_all(self, name: str, default: Any = None) -> Any:
        lowered = name.lower()
        found = [value for key, value in self._items if key.lower() == lowered]
        return found or default

    def items(self) -> list[tuple[str, str]]:
        return list(self._items)

    def keys(self) -> list[str]:
        return [key for key, _ in self._items]

    def values(self) -> list[str]:
        return [value for _, value in self._items]

    def __getitem__(self, name: str) -> Any:
        return self.get(name)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self._items)


def _parse(lines: list[bytes]) -> Headers | http.client.HTTPMessage:
    """The header block's lines (its blank last line included) as ``Headers``, or the
    ``email`` parser's ``HTTPMessage`` when the block is anything but plain."""
    block = b"".join(lines)
    items: list[tuple[str, str]] = []
    if block.isascii():
        for line in lines[:-1]:
            name, colon, value = line.partition(b":")
            if not colon or not name or b" " in name or b"\t" in name:
                break  # a continuation line, a line without a name: the email parser's job
            items.append((name.decode("ascii"), value.lstrip(b" \t").rstrip(b"\r\n").decode()))
        else:
            return Headers(items)
    return http.client.parse_headers(io.BytesIO(block))


class Response(http.client.HTTPResponse):
    """``HTTPResponse`` with ``begin`` reading the headers through ``_parse``; the rest of
    ``begin`` is the standard library's (status, chunked, length, keep-alive)."""

    code: int

    def begin(self) -> None:
        if self.__dict__.get("headers") is not None:  # already begun (None until then)
            return
        while True:
            status_line = cast("tuple[str, int, str]", self._read_status())  # type: ignore[attr-defined]
            version, status, reason = status_line
            if status != http.client.CONTINUE:
                break
            http.client._read_headers(self.fp)  # type: ignore[attr-defined]
        self.code = status
        self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise http.client.UnknownProtocol(version)
        lines = cast("list[bytes]", http.client._read_headers(self.fp))  # type: ignore[attr-defined]
        headers = _parse(lines)
        self.headers = self.msg = headers  # type: ignore[assignment]
        encoding: str | None = headers.get("transfer-encoding")
        self.chunked = encoding is not None and encoding.lower() == "chunked"
        if self.chunked:
            self.chunk_left = None
        closing = cast("bool", self._check_close())  # type: ignore[attr-defined]
        self.will_close = closing
        self.length = None
        length: str | None = headers.get("content-length")
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        if (
            status in (http.client.NO_CONTENT, http.client.NOT_MODIFIED)
            or 100 <= status < 200
            or self._method == "HEAD"  # type: ignore[attr-defined]
        ):
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True
