"""Which way a model travels: in a request or in a response (OpenAPI readOnly/writeOnly, and
defaults a client leaves unsent).

A codec serialises inside ``direction(REQUEST)`` or ``direction(RESPONSE)`` (or passes
``AS_REQUEST``/``AS_RESPONSE`` as the pydantic context); ``ApigenModel``'s serializer asks
``direction_of`` and leaves out what does not travel that way.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar, Token
from types import MappingProxyType
from typing import Any, Final, cast

from pydantic import BaseModel

__all__ = [
    "AS_REQUEST",
    "AS_RESPONSE",
    "REQUEST",
    "RESPONSE",
    "direction",
    "direction_of",
    "unsent_default",
]

REQUEST: Final = "request"
RESPONSE: Final = "response"
#: Serialisation contexts: ``model.model_dump(by_alias=True, context=AS_REQUEST)`` is what a
#: client sends (readOnly members left out), ``AS_RESPONSE`` what a server answers.
AS_REQUEST: Final[Mapping[str, str]] = MappingProxyType({"direction": REQUEST})
AS_RESPONSE: Final[Mapping[str, str]] = MappingProxyType({"direction": RESPONSE})

_DIRECTION: ContextVar[str | None] = ContextVar("apigen_direction", default=None)


class direction:  # noqa: N801 - used as a function: ``with direction(REQUEST):``
    """Serialise models as part of a ``REQUEST`` or ``RESPONSE`` in this block.

    For codecs whose serialiser passes no pydantic context; an explicit context wins. A class,
    not a ``contextmanager`` generator: it runs on every call (a quarter of the cost).
    """

    __slots__ = ("_token", "_value")
    _token: Token[str | None]

    def __init__(self, value: str) -> None:
        self._value = value

    def __enter__(self) -> None:
        self._token = _DIRECTION.set(self._value)

    def __exit__(self, *exc_info: object) -> None:
        _DIRECTION.reset(self._token)


def direction_of(context: Any) -> str | None:
    """The direction a pydantic context names, else the one ``direction`` set, else None."""
    if context is not None and isinstance(context, Mapping):  # None: no ABC check
        found = cast("Mapping[str, Any]", context).get("direction")
        if isinstance(found, str):
            return found
    return _DIRECTION.get()


def unsent_default(model: BaseModel, name: str) -> bool:
    """Whether member ``name`` only holds its default, in a request: then it is not sent.

    A default is a promise about the server's behaviour, not a value to send: a client sends
    only what its caller set (as botocore and Smithy's clients do). A server's response and
    a dump without a direction keep every default.
    """
    if _DIRECTION.get() != REQUEST or name in model.model_fields_set:
        return False
    return name in defaulted(type(model))


_DEFAULTED: dict[type[BaseModel], frozenset[str]] = {}


def defaulted(cls: type[BaseModel]) -> frozenset[str]:
    """Python and wire names of the members of ``cls`` with a default other than None."""
    found = _DEFAULTED.get(cls)
    if found is None:
        names: set[str] = set()
        for name, field in cls.model_fields.items():
            if (
                not field.is_required()
                and field.get_default(call_default_factory=False) is not None
            ):
                names.add(name)
                if field.serialization_alias:
                    names.add(field.serialization_alias)
        found = _DEFAULTED[cls] = frozenset(names)
    return found


_DEFAULTED_KEYS: dict[type[BaseModel], tuple[tuple[str, tuple[str, ...]], ...]] = {}


def defaulted_keys(cls: type[BaseModel]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Per member of ``cls`` with a default (``defaulted``): its Python name and the keys it
    may have in a dump (that name, its wire name). Built once per class: a request's
    serializer asks on every call."""
    found = _DEFAULTED_KEYS.get(cls)
    if found is None:
        names = defaulted(cls)
        found = _DEFAULTED_KEYS[cls] = tuple(
            (name, tuple(k for k in (name, field.serialization_alias) if k and k in names))
            for name, field in cls.model_fields.items()
            if name in names
        )
    return found
