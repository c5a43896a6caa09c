"""Open enums: a value a peer sends that this SDK does not know becomes a pseudo-member.

``OpenEnum`` (strings) and ``OpenIntEnum`` (integers) keep an unknown value instead of
failing validation, and serialise it back unchanged; a server (``sides.AS_SERVER``) closes
them: only the values its spec lists, and no JSON boolean for an integer enum.
"""

import enum
from typing import Any

from pydantic import GetCoreSchemaHandler, ValidationInfo
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

from .client_reading import client_response_noop
from .sides import is_server

__all__ = ["OpenEnum", "OpenIntEnum"]


@client_response_noop
def _known_on_server(value: Any, info: ValidationInfo) -> Any:
    """An enum's pseudo-member (a value the spec does not list) is an error on a server."""
    if not is_server(info.context) or not isinstance(value, enum.Enum):
        return value
    cls = type(value)
    if cls._value2member_map_.get(value.value) is value:
        return value
    names = [repr(m.value) for m in cls]
    expected = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
    raise PydanticCustomError("enum", "Input should be {expected}", {"expected": expected})


class _Open:
    """Closes an open enum on a server (mixed into ``OpenEnum`` and ``OpenIntEnum``).

    Python input (data a binary codec decoded, such as CBOR) may give an enum its plain
    value: it becomes the member first, so pydantic's strict mode, which takes only members
    from Python, judges it as it judges the same value in JSON.
    """

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        schema = core_schema.with_info_after_validator_function(_known_on_server, handler(source))

        def member(value: Any) -> Any:
            if type(value) in (str, int):
                try:
                    return source(value)
                except ValueError:
                    return value  # not a value of this enum's type: pydantic says so
            return value

        @client_response_noop
        def no_boolean(value: Any, info: ValidationInfo) -> Any:
            # JSON's true equals 1 in Python: an integer enum on a server takes no boolean.
            if isinstance(value, bool) and issubclass(source, int) and is_server(info.context):
                raise PydanticCustomError("int_type", "Input should be a valid integer")
            return value

        return core_schema.json_or_python_schema(
            json_schema=core_schema.with_info_before_validator_function(no_boolean, schema),
            python_schema=core_schema.no_info_before_validator_function(member, schema),
        )


class OpenEnum(_Open, str, enum.Enum):
    """A string enum that keeps values it does not know, as pseudo-members (not on a server)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, str):
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            return member
        return None

    def __str__(self) -> str:
        return str(self.value)


class OpenIntEnum(_Open, int, enum.Enum):
    """An integer enum that keeps values it does not know, as pseudo-members (not on a server)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            member = int.__new__(cls, value)
            member._name_ = str(value)
            member._value_ = value
            return member
        return None
