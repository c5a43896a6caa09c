"""The transport's header reader gives what ``http.client``'s own (the email parser) gives."""

from __future__ import annotations

import http.client
import io

import pytest

from apigen.runtime.transport.http_response import Headers, Response, _parse

BLOCKS = [
    b"Content-Type: application/json\r\nx-amzn-RequestId: abc\r\nContent-Length: 12\r\n\r\n",
    b"A: 1\r\na: 2\r\nB:no-space\r\nC:   lead and trail  \r\nEmpty:\r\n\r\n",
    b"X-Tab:\tvalue\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n\n",
    b"Folded: one\r\n two\r\nAfter: x\r\n\r\n",  # a continuation line: the email parser's
    b"Bad Name: x\r\nAfter: y\r\n\r\n",  # not a header name: the email parser's
    b"Latin: caf\xe9\r\n\r\n",  # not ASCII: the email parser's
    b"NoColon\r\nAfter: y\r\n\r\n",
    b"\r\n",
]


def _lines(block: bytes) -> list[bytes]:
    lines: list[bytes] = http.client._read_headers(io.BytesIO(block))  # type: ignore[attr-defined]
    return lines


@pytest.mark.parametrize("block", BLOCKS)
def test_headers_match_the_standard_library(block: bytes) -> None:
    ours = _parse(_lines(block))
    theirs = http.client.parse_headers(io.BytesIO(block))
    assert list(ours.items()) == list(theirs.items())
    for name in ("content-type", "A", "set-cookie", "After", "missing", "Empty"):
        assert ours.get(name) == theirs.get(name)
        assert ours.get_all(name) == theirs.get_all(name)


def test_plain_blocks_skip_the_email_parser() -> None:
    assert isinstance(_parse(_lines(BLOCKS[0])), Headers)
    assert isinstance(_parse(_lines(BLOCKS[3])), http.client.HTTPMessage)


class _Socket:
    def __init__(self, data: bytes) -> None:
        self._data = data

    def makefile(self, mode: str) -> io.BufferedReader:
        return io.BufferedReader(io.BytesIO(self._data))


@pytest.mark.parametrize(
    ("raw", "method"),
    [
        (b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", "GET"),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", "GET"),
        (b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", "POST"),
        (b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok", "GET"),
        (b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nrest", "GET"),
        (b"HTTP/1.1 204 No Content\r\n\r\n", "DELETE"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n", "HEAD"),
    ],
)
def test_responses_read_as_the_standard_library_reads_them(raw: bytes, method: str) -> None:
    ours = Response(_Socket(raw), method=method)  # type: ignore[arg-type]
    theirs = http.client.HTTPResponse(_Socket(raw), method=method)  # type: ignore[arg-type]
    ours.begin()
    theirs.begin()
    facts = ("status", "reason", "version", "chunked", "length", "will_close")
    assert [getattr(ours, f) for f in facts] == [getattr(theirs, f) for f in facts]
    assert ours.getheaders() == theirs.getheaders()
    assert ours.getheader("content-length") == theirs.getheader("content-length")
    assert ours.read() == theirs.read()
