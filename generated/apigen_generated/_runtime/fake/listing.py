"""A list operation's pages and filters, apart from where the records come from.

- A page token is the creation number of the last item given, as opaque URL-safe text:
  every item is listed once even when others are created or deleted between pages.
- A filter compares an input member with a record field: ``equals``, ``in`` (any of the
  wanted values; a list field matches when it shares one), ``prefix``, ``after``/``before``
  (inclusive bounds). A filter the request leaves empty matches everything.
"""

from __future__ import annotations

import base64
from typing import Any

from ..core.narrow import is_list


def encode_token(seq: int) -> str:
    """The token that continues a list after the record created ``seq``-th."""
    return base64.urlsafe_b64encode(str(seq).encode()).decode()


def decode_token(token: str) -> int:
    """The creation number ``token`` continues after; ``ValueError`` when it is not a token."""
    return int(base64.urlsafe_b64decode(token.encode()).decode())


def matches(how: str, wanted: Any, value: Any) -> bool:
    """Whether a record's ``value`` passes the filter ``how`` asking for ``wanted``."""
    if wanted is None or wanted == [] or wanted == "":
        return True
    if value is None:
        return False
    if how == "in":
        have = {str(v) for v in value} if is_list(value) else {str(value)}
        return bool(have & {str(w) for w in wanted})
    if how == "prefix":
        return str(value).startswith(str(wanted))
    if how == "after":
        return bool(value >= wanted)
    if how == "before":
        return bool(value <= wanted)
    return str(value) == str(wanted)
