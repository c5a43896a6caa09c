"""Bases and annotated types the generated pydantic shapes are built from.

Decisions:
- Python attributes are snake_case; the wire name is accepted too and is the serialisation
  alias, so ``model_dump(by_alias=True)`` is the wire form. Unset optional members (``None``)
  are left out of every dump, except members the spec calls nullable that were explicitly
  set to ``None``.
- Enums are open: an unknown value from a peer becomes a pseudo-member of the enum instead of
  a validation error, and serialises back unchanged.
- Input values are never echoed in validation errors (``hide_input_in_errors``), so a
  sensitive value cannot leak through one; sensitive fields are also left out of ``repr``.
- JSON timestamps, blobs and non-finite floats follow the AWS JSON protocols: per-member
  timestamp formats (annotated types below), base64 blobs, "NaN"/"Infinity" strings.
- Validators are built lazily (``defer_build``), so importing a service is cheap. For the
  same reason ``use_attribute_docstrings`` is off: it makes pydantic re-read and parse the
  module source of every class at import (~120 ms of a service's first use). Field
  documentation stays where IDEs and ``help()`` read it, under each attribute; only
  ``Field.description`` (and so JSON Schema descriptions) is left empty.
"""

from __future__ import annotations

import enum
import re
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from functools import cache
from typing import Annotated, Any, ClassVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    PlainSerializer,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)
from pydantic_core import PydanticCustomError


class ApigenModel(BaseModel):
    """Root of every generated structure."""

    model_config = ConfigDict(
        validate_by_name=True,
        validate_by_alias=True,
        extra="ignore",
        hide_input_in_errors=True,
        ser_json_bytes="base64",
        val_json_bytes="base64",
        ser_json_inf_nan="strings",
        defer_build=True,
        regex_engine="python-re",
    )
    # Wire and Python names of members whose explicit ``None`` is sent (OpenAPI nullable).
    __apigen_nullable__: ClassVar[frozenset[str]] = frozenset()

    @model_serializer(mode="wrap")
    def _apigen_drop_unset(
        self, handler: SerializerFunctionWrapHandler, info: SerializationInfo
    ) -> Any:
        data = handler(self)
        if not isinstance(data, dict):
            return data
        nullable = self.__apigen_nullable__
        if not nullable:
            return {k: v for k, v in data.items() if v is not None}
        # A nullable member's None is sent only when it was given (an explicit null clears
        # the value on the server); left unset, it is left out like any other member.
        fields = type(self).model_fields
        given: set[str] = set()
        for name in self.model_fields_set & nullable:
            given.add(name)
            alias = fields[name].serialization_alias
            if alias:
                given.add(alias)
        return {k: v for k, v in data.items() if v is not None or k in given}

    def __repr_args__(self) -> Any:
        # Leave unset members out of repr: a 40-member request shows what was given.
        for name, value in super().__repr_args__():
            if value is not None:
                yield name, value


class Empty(ApigenModel):
    """The input or output of an operation that declares none: no members, ``{}`` on the wire."""


class ApigenOneOf(ApigenModel):
    """A structure whose service requires exactly one member (``exactlyOneOf``)."""

    @model_validator(mode="after")
    def _apigen_exactly_one(self) -> Any:
        fields = type(self).model_fields
        given = [
            f.serialization_alias or n for n, f in fields.items() if getattr(self, n) is not None
        ]
        given += list(self.__pydantic_extra__ or ())
        if len(given) != 1:
            names = ", ".join(f.serialization_alias or n for n, f in fields.items())
            raise PydanticCustomError(
                "exactly_one",
                "exactly one of {names} must be set, got {count}",
                {"names": names, "count": len(given)},
            )
        return self


class ApigenUnion(ApigenOneOf):
    """A tagged union: one member set. A variant this version does not know is kept."""

    model_config = ConfigDict(extra="allow")

    @model_validator(mode="before")
    @classmethod
    def _apigen_drop_type_tag(cls, data: Any) -> Any:
        # AWS JSON protocols may tag a union with "__type"; it is not a variant.
        if isinstance(data, dict) and "__type" in data:
            data = {k: v for k, v in data.items() if k != "__type"}
        return data

    @property
    def unknown_variant(self) -> tuple[str, Any] | None:
        """``(wire name, raw value)`` when a peer sent a variant unknown to this SDK."""
        extra = self.__pydantic_extra__
        if extra:
            return next(iter(extra.items()))
        return None


class OpenEnum(str, enum.Enum):
    """A string enum that keeps values it does not know, as pseudo-members."""

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


class OpenIntEnum(int, enum.Enum):
    """An integer enum that keeps values it does not know, as pseudo-members."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            member = int.__new__(cls, value)
            member._name_ = str(value)
            member._value_ = value
            return member
        return None


# -- timestamps ---------------------------------------------------------------------------

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def parse_timestamp(value: Any) -> Any:
    """Any wire form of a timestamp (epoch number or string, RFC 3339, HTTP date) → datetime."""
    if isinstance(value, datetime):
        return _utc(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, tz=UTC)
    if isinstance(value, str):
        text = value.strip()
        try:
            return datetime.fromtimestamp(float(text), tz=UTC)
        except ValueError:
            pass
        try:
            return _utc(datetime.fromisoformat(text.replace("z", "Z")))
        except ValueError:
            pass
        try:
            return _utc(parsedate_to_datetime(text))
        except (TypeError, ValueError):
            pass
    return value


def to_epoch_seconds(value: datetime) -> int | float:
    """Epoch seconds, an integer unless there are fractional (millisecond) seconds."""
    value = _utc(value)
    seconds = int((value - _EPOCH).total_seconds() // 1)
    if value.microsecond:
        return round(seconds + value.microsecond / 1_000_000, 3)
    return seconds


def to_date_time(value: datetime) -> str:
    """RFC 3339 in UTC with ``Z``; milliseconds only when present."""
    value = _utc(value)
    if value.microsecond:
        return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def to_http_date(value: datetime) -> str:
    """RFC 7231 IMF-fixdate: ``Tue, 29 Apr 2014 18:30:38 GMT``."""
    return format_datetime(_utc(value).replace(microsecond=0), usegmt=True)


_parse = BeforeValidator(parse_timestamp)
EpochSeconds = Annotated[datetime, _parse, PlainSerializer(to_epoch_seconds, when_used="json")]
DateTime = Annotated[datetime, _parse, PlainSerializer(to_date_time, when_used="json")]
HttpDate = Annotated[datetime, _parse, PlainSerializer(to_http_date, when_used="json")]


# -- constraints pydantic has no exact equivalent for ----------------------------------------


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def Pattern(pattern: str) -> AfterValidator:  # noqa: N802 - reads as a type annotation
    """Smithy ``pattern``: the regex must match somewhere in the string (searched, not anchored)."""

    def check(value: str) -> str:
        if _compiled(pattern).search(value) is None:
            raise PydanticCustomError(
                "string_pattern_mismatch",
                "String should match pattern '{pattern}'",
                {"pattern": pattern},
            )
        return value

    return AfterValidator(check)


def _unique(value: list[Any]) -> list[Any]:
    seen: list[Any] = []
    for item in value:
        if item in seen:
            raise PydanticCustomError("unique_items", "List items must be unique")
        seen.append(item)
    return value


UniqueItems = AfterValidator(_unique)


# -- OpenAPI discriminated unions ------------------------------------------------------------


def Discriminated(wire: str, attribute: str | None = None) -> Discriminator:  # noqa: N802 - an annotation
    """Pick a union variant by one property's value (OpenAPI ``discriminator``).

    Variants are tagged with ``pydantic.Tag(value)``; the value is read from a JSON object by
    its wire name and from a model by its attribute name. A missing or unknown value is a
    validation error.
    """

    def tag(value: Any) -> str | None:
        found = (
            value.get(wire) if isinstance(value, dict) else getattr(value, attribute or wire, None)
        )
        if isinstance(found, enum.Enum):
            found = found.value
        return found if isinstance(found, str) else None

    return Discriminator(tag)
