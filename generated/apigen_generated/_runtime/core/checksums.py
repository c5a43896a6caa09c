"""The checksum algorithms of AWS's flexible checksums (``httpChecksum``), by wire name.

``CRC32`` (``zlib``), ``CRC32C`` (the ``crc32c`` package, a dependency of generated
packages), ``SHA1``, ``SHA256`` and ``SHA512`` (``hashlib``), and ``CRC64NVME`` and the xxHashes
(``XXHASH64``, ``XXHASH3``, ``XXHASH128``) when ``awscrt`` (AWS's common runtime, as
botocore's ``[crt]`` extra) is installed. A checksum travels as the
base64 of its big-endian digest in ``x-amz-checksum-<name lowercased>``. ``PRIORITY`` is
the order botocore validates a response's checksums in (the cheapest strong one first).
"""

from __future__ import annotations

import base64
import hashlib
import importlib
import zlib
from collections.abc import Callable
from typing import Any

from .errors import ApigenError

__all__ = ["ALGORITHMS", "PRIORITY", "Checksum", "ChecksumError", "checksum_header", "new"]

PRIORITY = ("CRC64NVME", "CRC32C", "CRC32", "SHA1", "SHA256")


class ChecksumError(ApigenError, ValueError):
    """A response whose body does not match its checksum, or an algorithm this
    installation cannot compute (named, with what to install)."""


class Checksum:
    """A running checksum: ``update`` with bytes, then ``b64digest`` (as sent on the wire)."""

    __slots__ = ("_digest", "_update", "name")

    def __init__(
        self, name: str, update: Callable[[bytes], None], digest: Callable[[], bytes]
    ) -> None:
        self.name = name
        self._update = update
        self._digest = digest

    def update(self, data: bytes) -> None:
        self._update(data)

    def b64digest(self) -> str:
        return base64.b64encode(self._digest()).decode("ascii")


def _crc(name: str, step: Callable[[bytes, int], int], width: int) -> Checksum:
    state = [0]

    def update(data: bytes) -> None:
        state[0] = step(data, state[0])

    return Checksum(name, update, lambda: state[0].to_bytes(width, "big"))


def _hash(name: str, algorithm: str) -> Checksum:
    hasher = hashlib.new(algorithm)
    return Checksum(name, hasher.update, hasher.digest)


def _crc32c() -> Checksum:
    try:
        import crc32c
    except ImportError:
        raise ChecksumError(
            "CRC32C checksums need the crc32c package: pip install crc32c"
        ) from None
    return _crc("CRC32C", lambda data, value: crc32c.crc32c(data, value), 4)


def _crc64nvme() -> Checksum:
    try:
        checksums = importlib.import_module("awscrt.checksums")
    except ImportError:
        raise ChecksumError(
            "CRC64NVME checksums need AWS's common runtime: pip install awscrt"
        ) from None
    step: Any = checksums.crc64nvme
    return _crc("CRC64NVME", lambda data, value: step(data, value), 8)


def _xxhash(name: str, maker: str) -> Callable[[], Checksum]:
    """An xxHash checksum from ``awscrt`` (as botocore computes them)."""

    def make() -> Checksum:
        try:
            checksums = importlib.import_module("awscrt.checksums")
        except ImportError:
            raise ChecksumError(
                f"{name} checksums need AWS's common runtime: pip install awscrt"
            ) from None
        hasher: Any = getattr(checksums.XXHash, maker)()
        return Checksum(name, hasher.update, hasher.finalize)

    return make


ALGORITHMS: dict[str, Callable[[], Checksum]] = {
    "CRC32": lambda: _crc("CRC32", zlib.crc32, 4),
    "CRC32C": _crc32c,
    "CRC64NVME": _crc64nvme,
    "SHA1": lambda: _hash("SHA1", "sha1"),
    "SHA256": lambda: _hash("SHA256", "sha256"),
    "SHA512": lambda: _hash("SHA512", "sha512"),
    "XXHASH64": _xxhash("XXHASH64", "new_xxhash64"),
    "XXHASH3": _xxhash("XXHASH3", "new_xxhash3_64"),
    "XXHASH128": _xxhash("XXHASH128", "new_xxhash3_128"),
}


def new(name: str) -> Checksum:
    """A fresh checksum of the algorithm ``name`` (any case); ``ChecksumError`` if unknown."""
    make = ALGORITHMS.get(name.upper())
    if make is None:
        known = ", ".join(ALGORITHMS)
        raise ChecksumError(f"unknown checksum algorithm {name!r} (known: {known})")
    return make()


def checksum_header(name: str) -> str:
    """The header a checksum of ``name`` travels in."""
    return f"x-amz-checksum-{name.lower()}"
