"""Bounds on what a peer can make us parse: body size and JSON nesting depth.

Any body a client sends a server, or a server answers a client, is checked before it is
parsed: a body nested deeper than ``max_depth`` arrays and objects (Python's own ``json``
raises ``RecursionError`` near 1,000, pydantic's parser refuses past a few hundred, and
nothing legitimate an API model describes comes close to 64), or larger than the size limit,
is refused with a 4xx in the service's format (server) or a ``ResponseParseError`` (client).

The defaults are generous for real traffic and configurable: ``ServerApp(max_body=...,
max_depth=...)`` on a server, ``client.max_response_body`` / ``client.max_response_depth``
(class or instance attributes) on a client.
"""

from __future__ import annotations

import re
from typing import Final

from .errors import ResponseParseError
from .http import HttpResponse
from .schema import PAYLOAD, MemberSpec, OperationSpec

__all__ = ["DEFAULT_MAX_DEPTH", "DEFAULT_MAX_RESPONSE_BODY", "bounded", "json_body", "too_deep"]

DEFAULT_MAX_DEPTH: Final = 64
DEFAULT_MAX_RESPONSE_BODY: Final = 64 * 1024 * 1024

# A JSON string (skipped whole, so brackets inside it do not count) or one bracket.
_TOKEN = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def json_body(members: tuple[MemberSpec, ...]) -> bool:
    """Whether a body with these members is JSON: not a raw blob or text payload (whose
    bytes are data, brackets included, and never nest anything)."""
    return not any(m.location == PAYLOAD and m.kind in ("blob", "string") for m in members)


def too_deep(body: bytes, max_depth: int) -> bool:
    """Whether ``body`` (JSON, or anything) nests arrays/objects deeper than ``max_depth``.

    Counting brackets outside strings is enough: a body that is not JSON fails its parse
    anyway. The cheap check first: fewer opening brackets than the limit cannot be too deep.
    """
    if body.count(b"[") + body.count(b"{") <= max_depth:
        return False
    depth = 0
    for match in _TOKEN.finditer(body):
        token = match.group()
        if token in (b"[", b"{"):
            depth += 1
            if depth > max_depth:
                return True
        elif token in (b"]", b"}"):
            depth -= 1
    return False


def bounded(
    operation: OperationSpec, response: HttpResponse, max_body: int, max_depth: int | None
) -> HttpResponse:
    """``response`` when it is within the limits, else ``ResponseParseError`` (clients).

    ``max_depth`` None: the body is not JSON text (its codec bounds nesting itself)."""
    body = response.body
    if len(body) > max_body:
        problem = f"is larger than {max_body} bytes"
    elif (
        max_depth is not None
        and body.count(b"[") + body.count(b"{") > max_depth  # too_deep's cheap check, first
        and (response.status >= 300 or json_body(operation.output_members))
        and too_deep(body, max_depth)
    ):
        problem = f"nests deeper than {max_depth} levels"
    else:
        return response
    raise ResponseParseError(
        f"{operation.name}: the response body {problem}", status=response.status
    )
