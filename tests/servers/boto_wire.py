"""Our IR shapes paired with botocore's model, member by member, and values moved between them.

botocore's model of a service can be newer than our spec (more members, more enum values) and
can name a member differently while putting it in the same place on the wire (emr-containers'
``CancelJobRun`` calls the ``{jobRunId}`` label ``id``). Members are therefore paired by wire
identity: a URI label, query key or header by its location and name (headers case-blind), a
body member by its JSON key. A member only one side knows is never sent and never compared; the
pairs left out are collected in ``Pairing.unpaired`` so the test can show them.

Values take three forms: our wire dump (JSON data, keyed by our aliases), boto3's (keyed by
botocore member names; ``datetime`` timestamps, ``bytes`` blobs) and a neutral one for
comparisons (our keys, boto3's value types, timestamps in UTC).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from botocore.model import Shape as BotoShape
from botocore.model import StructureShape

from apigen import ir

_LOCATIONS = {
    ir.Location.LABEL: "uri",
    ir.Location.QUERY: "querystring",
    ir.Location.HEADER: "header",
    ir.Location.PREFIX_HEADERS: "headers",
}


def _timestamp(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value, UTC)
    try:
        return datetime.fromisoformat(value).astimezone(UTC)
    except ValueError:
        return parsedate_to_datetime(value).astimezone(UTC)


def _blob(value: Any) -> bytes:
    if isinstance(value, bytes):
        return value
    if hasattr(value, "read"):  # a streaming payload
        return bytes(value.read())
    return base64.b64decode(value)


class Pairing:
    """One service: our IR beside botocore's ``ServiceModel``."""

    def __init__(self, service: ir.Service, alias: Callable[[ir.Member], str]) -> None:
        self.service = service
        self.alias = alias
        self.unpaired: set[str] = set()

    def _key(self, member: ir.Member) -> tuple[str, str]:
        http = member.http
        if http is not None and http.location in _LOCATIONS:
            name = http.name or member.name
            location = _LOCATIONS[http.location]
            return location, name.lower() if location == "header" else name
        return "body", self.alias(member)

    @staticmethod
    def _boto_key(name: str, shape: BotoShape) -> tuple[str, str]:
        location = shape.serialization.get("location")
        wire_name = shape.serialization.get("name", name)
        if location in ("uri", "querystring", "header", "headers"):
            return location, wire_name.lower() if location == "header" else wire_name
        return "body", wire_name

    def members(
        self, shape: ir.Shape, boto: StructureShape, where: str
    ) -> list[tuple[ir.Member, str, BotoShape]]:
        """(our member, botocore member name, botocore member shape) for each shared member."""
        theirs = {self._boto_key(n, s): n for n, s in boto.members.items()}
        pairs = []
        for member in shape.members:
            name = theirs.pop(self._key(member), None)
            if name is None:
                self.unpaired.add(f"{where}.{member.name}: only in our spec")
            else:
                pairs.append((member, name, boto.members[name]))
        self.unpaired.update(f"{where}.{n}: only in botocore" for n in theirs.values())
        return pairs

    def _walk(self, target: str, boto: BotoShape, value: Any, where: str, how: _How) -> Any:
        """Convert ``value``: ours → boto3 (``how.to_boto``) or → neutral, from ours or boto3."""
        shape = self.service.shapes[target]
        kind = shape.type
        if kind in (ir.ShapeType.STRUCTURE, ir.ShapeType.UNION):
            assert isinstance(boto, StructureShape), where
            out = {}
            used = set()
            for member, name, boto_member in self.members(shape, boto, shape.name):
                source = self.alias(member) if how.ours_in else name
                if source in value:
                    used.add(source)
                    out[name if how.to_boto else self.alias(member)] = self._walk(
                        member.target, boto_member, value[source], f"{where}.{member.name}", how
                    )
            if how.strict:
                assert used == set(value), (
                    f"{where}: members botocore does not know: {set(value) - used}"
                )
            return out
        if kind is ir.ShapeType.LIST:
            item = boto.member  # type: ignore[attr-defined]
            return [self._walk(shape.member.target, item, v, where + "[]", how) for v in value]
        if kind is ir.ShapeType.MAP:
            item = boto.value  # type: ignore[attr-defined]
            return {
                k: self._walk(shape.value.target, item, v, where + "{}", how)
                for k, v in value.items()
            }
        if kind is ir.ShapeType.TIMESTAMP:
            return _timestamp(value)
        if kind is ir.ShapeType.BLOB:
            return _blob(value)
        if kind is ir.ShapeType.DOCUMENT and isinstance(value, str) and not how.ours_in:
            return json.loads(value)
        return value

    def to_boto(self, target: str, boto: BotoShape, wire: Any) -> Any:
        """Our wire dump → boto3 parameters (shared members only)."""
        return self._walk(target, boto, wire, target, _How(to_boto=True, ours_in=True))

    def neutral(self, target: str, boto: BotoShape, wire: Any, *, strict: bool = False) -> Any:
        """Our wire dump → the neutral form; ``strict``: every member must be shared."""
        return self._walk(target, boto, wire, target, _How(ours_in=True, strict=strict))

    def from_boto(self, target: str, boto: BotoShape, data: Any) -> Any:
        """boto3 parameters or a parsed response → the neutral form (shared members only)."""
        return self._walk(target, boto, data, target, _How(ours_in=False))


@dataclass(frozen=True, slots=True)
class _How:
    to_boto: bool = False
    ours_in: bool = True
    strict: bool = False
