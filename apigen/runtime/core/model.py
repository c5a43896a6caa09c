"""Bases the generated pydantic shapes are built from (scalar types: ``scalars.py``; open
enums: ``enums.py``; OpenAPI discriminated unions: ``unions.py``; which side validates:
``sides.py``; a response a client reads: ``client_reading.py``).

Decisions:
- Python attributes are snake_case; the wire name is accepted too and is the serialisation
  alias, so ``model_dump(by_alias=True)`` is the wire form. Unset optional members (``None``)
  are left out of every dump, except members the spec calls nullable that were explicitly
  set to ``None``. In a request, a member the caller did not set is left out even when it has
  a default (``unsent_default``): the server applies its defaults itself.
- Enums are open: an unknown value from a peer becomes a pseudo-member of the enum instead of
  a validation error, and serialises back unchanged. A server is stricter (``read_json(...,
  server=True)``): JSON types must match exactly (pydantic's strict mode: no ``"10"`` or
  ``true`` for an integer, no ``"yes"`` for a boolean), enums are closed and a union variant
  it does not know is an error, so a handler only ever sees values its spec defines.
- A model built without validation (a client with ``validate=False``) serialises what it
  holds: a dict where a structure is expected, a string where a timestamp is. The codecs
  dump with pydantic's warnings off, since a warning would print the value.
- Input values are never echoed in validation errors, so a sensitive value cannot leak
  through one: ``hide_input_in_errors`` keeps them out of the text, and every
  ``ValidationError`` leaving ``Model(...)``, ``model_validate``, ``model_validate_json`` or
  ``model_validate_strings`` is rebuilt with ``input`` set to ``"<hidden>"`` in ``errors()``
  and ``json()`` (``redact.py``; types, locations, context and messages kept, an unknown
  union tag left out). Only failures pay, one ``try`` per call. Sensitive fields are also
  left out of ``repr``.
- JSON timestamps, blobs and non-finite floats follow the AWS JSON protocols: per-member
  timestamp formats (annotated types below), base64 blobs, "NaN"/"Infinity" strings.
- OpenAPI ``readOnly`` members are left out when a model is serialised as (part of) a
  request, ``writeOnly`` ones as (part of) a response, at every nesting level. The direction
  is pydantic's serialisation context (``model_dump(context=AS_REQUEST)``), else the one a
  codec sets around its work (``direction``): the shared REST bindings serialise without a
  context. Without a direction every member is kept.
- An OpenAPI discriminated union keeps a variant it does not know as an ``UnknownVariant``
  (its tag and raw object), except on a server; a missing tag is always an error.
- Validators are built lazily (``defer_build``), so importing a service is cheap. For the
  same reason ``use_attribute_docstrings`` is off: it makes pydantic re-read and parse the
  module source of every class at import (~120 ms of a service's first use). Field
  documentation stays where IDEs and ``help()`` read it, under each attribute; only
  ``Field.description`` (and so JSON Schema descriptions) is left empty.
"""

from typing import Any, ClassVar, Self, TypeVar, cast

from pydantic import (
    BaseModel,
    ConfigDict,
    GetCoreSchemaHandler,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    ValidationError,
    ValidationInfo,
    model_serializer,
    model_validator,
)
from pydantic.config import ExtraValues
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

from .client_reading import read_response
from .directions import REQUEST, RESPONSE, defaulted_keys, direction_of
from .enums import OpenEnum, OpenIntEnum
from .redact import without_input
from .sides import AS_SERVER, is_server
from .unions import Discriminated, UnknownVariant

# The generated shapes import every runtime base from here.
__all__ = [
    "AS_SERVER",
    "ApigenModel",
    "ApigenNarrowed",
    "ApigenOneOf",
    "ApigenUnion",
    "Discriminated",
    "Empty",
    "ModelT",
    "OpenEnum",
    "OpenIntEnum",
    "UnknownVariant",
    "is_server",
    "read_json",
]

ModelT = TypeVar("ModelT", bound=BaseModel)


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
        # Members named like ``modelDump…`` become ``model_dump_…`` (naming.snake): the
        # trailing underscore keeps them off every BaseModel method, so pydantic's
        # ``model_`` namespace warning (an error under ``-W error``) has nothing to guard.
        protected_namespaces=(),
    )
    # Wire and Python names of members whose explicit ``None`` is sent (OpenAPI nullable).
    __apigen_nullable__: ClassVar[frozenset[str]] = frozenset()
    # Wire and Python names of members never sent in a request (OpenAPI readOnly) or in a
    # response (writeOnly).
    __apigen_read_only__: ClassVar[frozenset[str]] = frozenset()
    __apigen_write_only__: ClassVar[frozenset[str]] = frozenset()
    # -- validation entry points: a failure carries no input values (see redact.py) ------
    # Only the failure path pays; nested models are validated by the parent's validator,
    # so these wrap each public call once.

    def __init__(self, /, **data: Any) -> None:
        try:
            super().__init__(**data)
            return
        except ValidationError as exc:
            error = without_input(exc)
        raise error  # outside ``except``: the original error is not its ``__context__``

    # pydantic calls a custom ``__init__`` for every nested model; this one only wraps.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @classmethod
    def model_validate(
        cls,
        obj: Any,
        *,
        strict: bool | None = None,
        extra: ExtraValues | None = None,
        from_attributes: bool | None = None,
        context: Any | None = None,
        by_alias: bool | None = None,
        by_name: bool | None = None,
    ) -> Self:
        try:
            return super().model_validate(
                obj,
                strict=strict,
                extra=extra,
                from_attributes=from_attributes,
                context=context,
                by_alias=by_alias,
                by_name=by_name,
            )
        except ValidationError as exc:
            error = without_input(exc)
        raise error

    @classmethod
    def model_validate_json(
        cls,
        json_data: str | bytes | bytearray,
        *,
        strict: bool | None = None,
        extra: ExtraValues | None = None,
        context: Any | None = None,
        by_alias: bool | None = None,
        by_name: bool | None = None,
    ) -> Self:
        try:
            return super().model_validate_json(
                json_data,
                strict=strict,
                extra=extra,
                context=context,
                by_alias=by_alias,
                by_name=by_name,
            )
        except ValidationError as exc:
            error = without_input(exc, "json")
        raise error

    @classmethod
    def model_validate_strings(
        cls,
        obj: Any,
        *,
        strict: bool | None = None,
        extra: ExtraValues | None = None,
        context: Any | None = None,
        by_alias: bool | None = None,
        by_name: bool | None = None,
    ) -> Self:
        try:
            return super().model_validate_strings(
                obj, strict=strict, extra=extra, context=context, by_alias=by_alias, by_name=by_name
            )
        except ValidationError as exc:
            error = without_input(exc, "json")  # strings read as JSON's are: its messages
        raise error

    @model_serializer(mode="wrap")
    def _apigen_drop_unset(
        self, handler: SerializerFunctionWrapHandler, info: SerializationInfo
    ) -> Any:
        value: Any = self  # pydantic passes whatever the field holds, not always a model
        if not isinstance(value, ApigenModel):
            # An unvalidated value (a client with validate=False): sent as given.
            return handler(value)
        serialized = handler(self)
        if not isinstance(serialized, dict):
            return serialized
        data = cast("dict[str, Any]", serialized)
        cls = type(self)
        if direction_of(info.context) == REQUEST:
            fields_set = self.model_fields_set
            for name, keys in defaulted_keys(cls):  # defaults the caller did not set
                if name not in fields_set:
                    for key in keys:
                        data.pop(key, None)
        nullable = cls.__apigen_nullable__
        if not nullable:
            data = {k: v for k, v in data.items() if v is not None}
        else:
            # A nullable member's None is sent only when it was given (an explicit null
            # clears the value on the server); left unset, it is left out like any other.
            fields = cls.model_fields
            given: set[str] = set()
            for name in self.model_fields_set & nullable:
                given.add(name)
                alias = fields[name].serialization_alias
                if alias:
                    given.add(alias)
            data = {k: v for k, v in data.items() if v is not None or k in given}
        if cls.__apigen_read_only__ or cls.__apigen_write_only__:
            way = direction_of(info.context)
            hidden = (
                cls.__apigen_read_only__
                if way == REQUEST
                else cls.__apigen_write_only__
                if way == RESPONSE
                else None
            )
            if hidden:
                data = {k: v for k, v in data.items() if k not in hidden}
        return data

    def __repr_args__(self) -> Any:
        # Leave unset members out of repr: a 40-member request shows what was given.
        for name, value in super().__repr_args__():
            if value is not None:
                yield name, value


class ApigenNarrowed(ApigenModel):
    """Mixed into a structure that narrows its base class (OpenAPI ``allOf`` + ``required``).

    An instance of the base is accepted and validated again as this class (the members it
    was given, so the narrowed ones must be set): a server can keep one model per resource
    and return it wherever an operation narrows it.

    Only Python input can be a base instance, so only Python input goes through that
    conversion; JSON is read by the model's own schema. A "before" model validator would
    hand JSON members to pydantic as Python values, which strict (server) mode reads
    differently (a base64 string is no longer bytes, an RFC 3339 string no timestamp).
    """

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        schema = handler(source)
        return core_schema.json_or_python_schema(
            json_schema=schema,
            python_schema=core_schema.no_info_before_validator_function(
                cls._apigen_from_base, schema
            ),
        )

    @classmethod
    def _apigen_from_base(cls, data: Any) -> Any:
        if (
            isinstance(data, ApigenModel)
            and not isinstance(data, cls)
            and type(data) in cls.__mro__
        ):
            given = {name: getattr(data, name) for name in data.model_fields_set}
            return {**(data.__pydantic_extra__ or {}), **given}
        return data


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
        given += [k for k in self.__pydantic_extra__ or () if k != "__type"]
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

    @model_validator(mode="after")
    def _apigen_known_variant(self, info: ValidationInfo) -> Any:
        # After validation, not before: a "before" model validator would hand the members
        # to pydantic as Python values, which strict (server) mode reads differently from
        # JSON (a base64 string is no longer bytes).
        extra = self.__pydantic_extra__
        if extra and "__type" in extra:
            del extra["__type"]  # AWS JSON protocols may tag a union with "__type"
        if extra and is_server(info.context):
            fields = type(self).model_fields
            raise PydanticCustomError(
                "union_variant_unknown",
                "Input should set one of {names}",
                {"names": ", ".join(f.serialization_alias or n for n, f in fields.items())},
            )
        return self

    @property
    def unknown_variant(self) -> tuple[str, Any] | None:
        """``(wire name, raw value)`` when a peer sent a variant unknown to this SDK."""
        extra = self.__pydantic_extra__
        if extra:
            return next(iter(extra.items()))
        return None


# -- reading JSON ------------------------------------------------------------------------------


def read_json(model: type[ModelT], data: str | bytes, *, server: bool = False) -> ModelT:
    """``data`` validated as ``model``: as a client reads a response, or as a server a request.

    A client is lenient towards servers (pydantic's lax mode, open enums); a server
    (``server=True``) validates in strict mode with the ``AS_SERVER`` context: JSON types must
    match exactly, enums are closed and unknown union variants are errors. Text from URIs,
    queries and headers is converted to JSON values by the protocol's rules before this.
    A client drops a null map value the model refuses (``map_nulls``).
    """
    if server:
        return model.model_validate_json(data, strict=True, context=AS_SERVER)
    try:
        return read_response(model, data)
    except ValidationError as exc:
        from .map_nulls import without_null_entries  # a null map value is dropped

        cleaned = without_null_entries(data, exc)
        if cleaned is None:
            raise
        try:
            return read_response(model, cleaned)
        except ValidationError:
            raise exc from None
