"""A list operation's pages and filters, apart from where the records come from.

- A page token is the creation number of the last item given, as opaque URL-safe text
  (or as the plan's ``FakeToken`` spells it, to fit the token's shape): every item is
  listed once even when others are created or deleted between pages.
- A filter compares an input member with a record field: ``equals``, ``in`` (any of the
  wanted values; a list field matches when it shares one), ``prefix``, ``after``/``before``
  (inclusive bounds). A filter the request leaves empty matches everything.
"""

from __future__ import annotations

import base64
from typing import Any

from ..core.narrow import is_list
from .plan import FakeToken

_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
_BASES = {"digits": 10, "hex": 16, "alnum": 36}
_UUID_HEAD = "00000000-0000-4000-8000-"


def encode_token(seq: int, form: FakeToken | None = None) -> str:
    """The token that continues a list after the record created ``seq``-th."""
    form = form or FakeToken()
    if form.made == "b64":
        body = base64.urlsafe_b64encode(str(seq).encode()).decode().rstrip("=")
    elif form.made == "uuid":
        body = f"{_UUID_HEAD}{seq:012x}"
    else:
        base, body = _BASES[form.made], ""
        while seq:
            seq, digit = divmod(seq, base)
            body = _DIGITS[digit] + body
        body = body.rjust(form.width, "0")
    return form.head + body + form.tail


def decode_token(token: str, form: FakeToken | None = None) -> int:
    """The creation number ``token`` continues after; ``ValueError`` when it is not a token."""
    form = form or FakeToken()
    if not (token.startswith(form.head) and token.endswith(form.tail)):
        raise ValueError(token)
    body = token[len(form.head) : len(token) - len(form.tail)]
    if form.made == "b64":
        padded = body + "=" * (-len(body) % 4)
        return int(base64.urlsafe_b64decode(padded.encode()).decode())
    if form.made == "uuid":
        if not body.startswith(_UUID_HEAD):
            raise ValueError(token)
        return int(body[len(_UUID_HEAD) :], 16)
    return int(body, _BASES[form.made])


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
