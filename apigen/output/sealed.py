"""apigen's own cache files: ``marshal`` data behind a magic line and its SHA-256.

``marshal`` (Python's format for ``.pyc`` files: no code runs on loading) trusts the sizes it
reads: five corrupt bytes claiming a list of a billion items cost it 20 s and gigabytes
before it fails. So a cache file starts with its kind's magic line and the SHA-256 of what
follows, and is unmarshalled only when both are intact; anything else reads as no file.
"""

from __future__ import annotations

import hashlib
import marshal
from typing import Any

__all__ = ["seal", "unseal"]

_DIGEST = 32


def seal(value: Any, magic: bytes) -> bytes:
    """``value`` as the bytes of a cache file of kind ``magic``."""
    payload = marshal.dumps(value)
    return magic + hashlib.sha256(payload).digest() + payload


def unseal(data: bytes, magic: bytes) -> object:
    """What ``seal`` sealed; ``ValueError`` unless the magic and checksum are intact."""
    head, payload = data[: len(magic) + _DIGEST], data[len(magic) + _DIGEST :]
    if head != magic + hashlib.sha256(payload).digest():
        raise ValueError("not a cache file of this kind, or a corrupt one")
    return marshal.loads(payload)  # noqa: S302 (our own bytes, checked: no code runs)
