"""Identifiers, ARNs and the caller's place: what the server makes up, in the service's forms.

The region comes from the request's SigV4 scope (``Credential=AKID/date/region/service/...``)
when it is signed, else the fake's default; the partition follows the region (``cn-*`` is
``aws-cn``, ``us-gov-*`` ``aws-us-gov``); the account is the fake's (``123456789012`` by
default, as the AWS documentation writes it).
"""

from __future__ import annotations

import itertools
import re
import secrets
import string
import uuid
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from .plan import ID_FORMATS, FakeIdentifier

_SCOPE = re.compile(r"Credential=[^/,\s]+/\d{8}/([a-z0-9-]+)/")
_ALNUM = string.ascii_lowercase + string.digits
_FRESH = re.compile(rf"fresh_({'|'.join(ID_FORMATS)})_(\d+)")
_ALPHABETS = {"digits": string.digits, "hex": "0123456789abcdef", "alnum": _ALNUM}
_SMALL = 4096  # a space this small is searched whole once random draws found nothing free


def region_of(headers: list[tuple[str, str]], default: str) -> str:
    for name, value in headers:
        if name.lower() == "authorization":
            found = _SCOPE.search(value)
            if found:
                return found.group(1)
    return default


def partition_of(region: str) -> str:
    if region.startswith("cn-"):
        return "aws-cn"
    if region.startswith("us-gov-"):
        return "aws-us-gov"
    return "aws"


def fresh_id(identifier: FakeIdentifier) -> str:
    """A new value in the identifier's format (``plan.ID_FORMATS``)."""
    size = max(identifier.length, 1)
    if identifier.made == "uuid":
        value = str(uuid.uuid4())
    elif identifier.made == "hex":
        value = secrets.token_hex(size)[:size]
    elif identifier.made == "digits":
        value = "".join(secrets.choice(string.digits) for _ in range(size))
    else:
        value = "".join(secrets.choice(_ALNUM) for _ in range(size))
    return identifier.prefix + value


def fresh_free(identifier: FakeIdentifier, taken: Callable[[str], object], tries: int = 64) -> str:
    """A fresh value ``taken`` finds nothing for (else the last drawn): the server picks a
    free identifier, so a made-up value colliding with a live one is never the caller's
    conflict (Fraud Detector's model version ``1.`` and two digits: a hundred values)."""
    value = fresh_id(identifier)
    for _ in range(tries - 1):
        if taken(value) is None:
            return value
        value = fresh_id(identifier)
    if taken(value) is None:
        return value
    return next((v for v in _every_value(identifier) if taken(v) is None), value)


def _every_value(identifier: FakeIdentifier) -> Iterator[str]:
    """Every value of the identifier's format and length, in order, when there are at most
    ``_SMALL`` of them (else none): random draws may miss the last free one of ten."""
    alphabet = _ALPHABETS.get(identifier.made)
    size = max(identifier.length, 1)
    if alphabet is None or len(alphabet) ** size > _SMALL:
        return iter(())
    return (identifier.prefix + "".join(p) for p in itertools.product(alphabet, repeat=size))


def make_arn(template: str, values: Mapping[str, Any]) -> str:
    """``template`` filled from ``values`` (missing fields are empty; ``{uuid}`` is fresh,
    as is ``{fresh_<format>_<length>}``: a value in one of ``plan.ID_FORMATS``)."""
    fields = dict(values)
    fields.setdefault("uuid", str(uuid.uuid4()))
    names = [name for _, name, _, _ in string.Formatter().parse(template) if name]
    for name in names:
        fresh = _FRESH.fullmatch(name)
        if fresh is not None and name not in fields:
            fields[name] = fresh_id(FakeIdentifier(name, name, fresh[1], int(fresh[2])))
    return template.format(**{name: fields.get(name, "") for name in names})


def free_arn(
    template: str, values: Mapping[str, Any], taken: Callable[[str], object], tries: int = 64
) -> str:
    """``make_arn``'s ARN, its fresh fields drawn again while ``taken`` finds a record for it
    (else the last drawn): a made-up part of an ARN colliding with a live one's is never the
    caller's conflict (Rekognition's ``project/<name>/[0-9]+``, one digit: ten values). An
    ARN with nothing made up is the same every time: drawn once."""
    arn = make_arn(template, values)
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    made = sorted({n for n in names if n == "uuid" or _FRESH.fullmatch(n)} - set(values))
    if not made:
        return arn
    for _ in range(tries - 1):
        if taken(arn) is None:
            return arn
        arn = make_arn(template, values)
    if taken(arn) is None:
        return arn
    for chosen in _every_choice(made):
        whole = make_arn(template, {**values, **chosen})
        if taken(whole) is None:
            return whole
    return arn


def _every_choice(made: list[str]) -> Iterator[dict[str, str]]:
    """Every filling of the made-up fields ``made`` when their values together number at most
    ``_SMALL`` (a ``{uuid}`` never does)."""
    spaces: list[list[str]] = []
    for name in made:
        fresh = _FRESH.fullmatch(name)
        if fresh is None:
            return
        spaces.append(list(_every_value(FakeIdentifier(name, name, fresh[1], int(fresh[2])))))
    count = 1
    for space in spaces:
        count *= len(space)
    if not 0 < count <= _SMALL:
        return
    for values in itertools.product(*spaces):
        yield dict(zip(made, values, strict=True))
