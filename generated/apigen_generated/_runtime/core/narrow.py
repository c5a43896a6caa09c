"""Typed narrowing of decoded data (JSON, CBOR, rule sets): ``isinstance(value, dict)`` on an
``Any`` value says nothing of the keys and values, so strict type checkers see
``dict[Unknown, Unknown]``. These guards say what the runtime relies on: decoded objects
have string keys, and their values are anything (``Any``), checked where they are used.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeGuard

__all__ = ["is_bytes_like", "is_dict", "is_iterable", "is_list", "is_mapping", "is_sequence"]


def is_dict(value: object) -> TypeGuard[dict[str, Any]]:
    """A decoded object (a ``dict``; its keys taken to be strings)."""
    return isinstance(value, dict)


def is_mapping(value: object) -> TypeGuard[Mapping[str, Any]]:
    return isinstance(value, Mapping)


def is_list(value: object) -> TypeGuard[list[Any]]:
    return isinstance(value, list)


def is_sequence(value: object) -> TypeGuard[list[Any] | tuple[Any, ...]]:
    """A decoded array: a ``list`` or a ``tuple``."""
    return isinstance(value, list | tuple)


def is_bytes_like(value: object) -> TypeGuard[bytes | bytearray | memoryview[int]]:
    return isinstance(value, (bytes, bytearray, memoryview))


def is_iterable(value: object) -> TypeGuard[Iterable[Any]]:
    """Any iterable (a caller's chunks or events: what each item is gets checked on use)."""
    return isinstance(value, Iterable)
