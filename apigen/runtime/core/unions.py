"""OpenAPI discriminated unions: ``Discriminated`` picks a variant by a property's value, and
``UnknownVariant`` keeps a variant this SDK does not know (except on a server)."""

import enum
from typing import Any, cast, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    GetCoreSchemaHandler,
    Tag,
    ValidationInfo,
    model_serializer,
)
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

from .client_reading import client_response_noop
from .records import Record
from .sides import is_server

__all__ = ["Discriminated", "UnknownVariant"]


class UnknownVariant(BaseModel):
    """A discriminated-union variant this SDK does not know: its tag and its JSON object.

    A newer peer may send a variant added after this SDK was generated; it is kept instead of
    failing the whole message, and serialises back to ``data`` unchanged. A union whose
    annotation lists ``UnknownVariant`` falls back to it for any tag it does not know; a
    missing tag is still a validation error. A server reading a request (``AS_SERVER``)
    rejects an unknown tag too: the spec lists every variant a request may use, so the
    handler never sees another.
    """

    model_config = ConfigDict(hide_input_in_errors=True, defer_build=True)

    tag: str
    """The discriminator property's value."""
    data: dict[str, Any]
    """The variant's JSON object as received, the tag included."""

    @model_serializer(mode="plain")
    def _apigen_raw(self) -> dict[str, Any]:
        return self.data


class Discriminated(Record):
    """Pick a union variant by one property's value (OpenAPI ``discriminator``).

    Annotates a union of ``Annotated[Model, Tag(value)]`` variants, optionally with
    ``UnknownVariant`` (the fallback for tags no variant has; see there). The value is read
    from a JSON object by its wire name and from a model by its attribute name; a missing
    value, or an unknown one without the fallback, is a validation error.
    """

    wire: str
    attribute: str | None = None

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        choices: dict[str, CoreSchema] = {}
        fallback = False
        for variant in get_args(source):
            if variant is UnknownVariant:
                fallback = True
                continue
            model, *metadata = get_args(variant)
            for tag in (m.tag for m in metadata if isinstance(m, Tag)):
                choices[tag] = handler.generate_schema(model)
        tags = tuple(choices)
        known = frozenset(tags)
        unknown = "<unknown>"
        while unknown in known:
            unknown = f"<{unknown}>"
        wire, attribute = self.wire, self.attribute or self.wire

        def tag_of(value: Any) -> str | None:
            if isinstance(value, UnknownVariant):
                return unknown
            if isinstance(value, dict):
                found = cast("dict[str, Any]", value).get(wire)
                if fallback and isinstance(found, str) and found not in known:
                    return unknown
            else:
                found = getattr(value, attribute, None)
            if isinstance(found, enum.Enum):
                found = found.value
            return found if isinstance(found, str) else None

        if not fallback:
            return core_schema.tagged_union_schema(choices, tag_of)

        def raw(value: Any) -> Any:
            if isinstance(value, dict):
                entries = cast("dict[str, Any]", value)
                return {"tag": entries[wire], "data": entries}
            return value

        @client_response_noop
        def allowed(value: Any, info: ValidationInfo) -> Any:
            if isinstance(value, UnknownVariant) and is_server(info.context):
                raise PydanticCustomError(  # the tag is a value: never in a message
                    "union_tag_invalid",
                    "Input tag found using '{discriminator}' does not match any of "
                    "the expected tags: {expected_tags}",
                    {"discriminator": wire, "expected_tags": ", ".join(repr(t) for t in tags)},
                )
            return value

        choices[unknown] = core_schema.no_info_before_validator_function(
            raw, handler.generate_schema(UnknownVariant)
        )
        return core_schema.with_info_after_validator_function(
            allowed, core_schema.tagged_union_schema(choices, tag_of)
        )
