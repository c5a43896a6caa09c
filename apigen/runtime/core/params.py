"""Keyword arguments → an operation's input model, with client-side validation.

- Arguments left at ``None`` are unset (they are not sent), so a nullable member cannot be
  sent as an explicit ``null`` through a client method; build the input model yourself for that.
- An unset idempotency token is filled with a fresh UUID4 here, once per call, so every retry
  of the call carries the same token.
- A pydantic validation failure becomes one ``ParamValidationError`` listing every violation
  with its wire path (``containerProvider.info.eksInfo.namespace``, ``tags[#2].key``: map
  entries by position, never by key) and pydantic's message, never a value. Its ``errors``
  are ``{"path", "type", "message"}`` records.
- With validation off, input that fails validation is sent as given, for the server to judge:
  the model is built without validating the whole (``loose_model``), each member validated on
  its own when it can be (so a valid timestamp string still travels in the wire format) and
  kept as given when not; nested dicts (Python or wire names) become their structures the
  same way. The codecs serialise with pydantic's warnings off, so nothing prints the values.
"""

from __future__ import annotations

import types
import typing
import uuid
from collections.abc import Mapping, Sequence
from typing import Any, cast

from pydantic import BaseModel, Tag, TypeAdapter, ValidationError

from .errors import ParamValidationError
from .model import ApigenModel, ModelT
from .schema import OperationSpec

__all__ = [
    "build_input",
    "error_details",
    "loose_model",
    "new_token",
    "param_validation_error",
    "wire_path",
]


def new_token() -> str:
    """A fresh idempotency token (a random UUID4): the one place tokens are minted."""
    return str(uuid.uuid4())


def build_input(
    operation: OperationSpec, params: Mapping[str, Any], validate: bool = True
) -> ApigenModel:
    """The input model for one call's keyword arguments (Python member names)."""
    values = {name: value for name, value in params.items() if value is not None}
    token = operation.idempotency_token
    if token is not None and token not in values:
        values[token] = new_token()
    try:
        return operation.input.model_validate(values)
    except ValidationError as exc:
        if not validate:
            return loose_model(operation.input, values)
        raise param_validation_error(operation, values, exc) from None


def loose_model(model: type[ModelT], data: Mapping[str, Any]) -> ModelT:
    """``data`` (Python or wire names) as ``model`` without validating it as a whole.

    Each member is validated on its own when it is valid, else kept as given (structures,
    lists and maps of them looked into the same way); keys that name no member are dropped.
    """
    values: dict[str, Any] = {}
    for key, value in data.items():
        name = _field_name(model, key)
        if name is not None:
            values[name] = _loose(model.model_fields[name].annotation, value)
    return model.model_construct(**values)


def _loose(annotation: Any, value: Any) -> Any:
    if value is None or isinstance(value, BaseModel):
        return value
    try:
        return _adapter(annotation).validate_python(value)
    except ValidationError:
        pass
    current = _strip(annotation)
    origin = typing.get_origin(current)
    args = typing.get_args(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        if isinstance(value, Mapping):
            return loose_model(current, cast("Mapping[str, Any]", value))
        return value
    if origin is list and isinstance(value, (list, tuple)):
        items = cast("Sequence[Any]", value)
        return [_loose(args[0] if args else Any, item) for item in items]
    if origin is dict and isinstance(value, Mapping):
        kind = args[1] if len(args) > 1 else Any
        entries = cast("Mapping[object, object]", value)
        return {key: _loose(kind, item) for key, item in entries.items()}
    return value


_ADAPTERS: dict[Any, TypeAdapter[Any]] = {}


def _adapter(annotation: Any) -> TypeAdapter[Any]:
    try:
        adapter = _ADAPTERS.get(annotation)
    except TypeError:  # an unhashable annotation: built each time
        return TypeAdapter(annotation)
    if adapter is None:
        adapter = _ADAPTERS[annotation] = TypeAdapter(annotation)
    return adapter


def error_details(exc: ValidationError) -> list[dict[str, Any]]:
    """pydantic's error records without input values: no ``input`` or ``url``, and an unknown
    union tag, which pydantic's message and context would name, left out of both."""
    records: list[dict[str, Any]] = []
    for error in exc.errors(include_url=False, include_input=False):
        record: dict[str, Any] = dict(error)
        if record["type"] == "union_tag_invalid":
            given = cast("dict[str, Any]", record.get("ctx") or {})
            context = {k: v for k, v in given.items() if k != "tag"}
            expected = context.get("expected_tags", "")
            record["msg"] = f"Input tag does not match any of the expected tags: {expected}"
            record["ctx"] = context
        records.append(record)
    return records


def param_validation_error(
    operation: OperationSpec, values: Mapping[str, Any], exc: ValidationError
) -> ParamValidationError:
    records: list[dict[str, Any]] = []
    for error in error_details(exc):
        records.append(
            {
                "path": wire_path(operation.input, values, error["loc"]) or "(input)",
                "type": error["type"],
                "message": error["msg"],
            }
        )
    lines = [f"  {r['path']}: {r['message']}" for r in records]
    count = len(records)
    message = (
        f"{count} invalid parameter{'s' if count != 1 else ''} for {operation.name}:\n"
        + "\n".join(lines)
    )
    return ParamValidationError(message, records)


def _strip(annotation: Any) -> Any:
    """``Annotated[X, ...] | None`` → ``X``."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin is typing.Union or origin is types.UnionType:
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) != 1:
                return annotation
            annotation = args[0]
        else:
            return annotation


def _field_name(model: type[BaseModel], key: str) -> str | None:
    """The Python name of a model field named ``key`` (Python or wire name)."""
    fields = model.model_fields
    if key in fields:
        return key
    for name, candidate in fields.items():
        if candidate.serialization_alias == key or candidate.alias == key:
            return name
    return None


def _field(model: type[BaseModel], key: str) -> tuple[str, Any] | None:
    """(wire name, annotation) of a model field named ``key`` (Python or wire name)."""
    name = _field_name(model, key)
    if name is None:
        return None
    info = model.model_fields[name]
    return info.serialization_alias or info.alias or name, info.annotation


def _child(data: Any, key: Any) -> Any:
    if isinstance(data, BaseModel):
        return getattr(data, key, None) if isinstance(key, str) else None
    if isinstance(data, Mapping):
        return cast("Mapping[object, object]", data).get(key)
    if isinstance(data, (list, tuple)) and isinstance(key, int):
        items = cast("Sequence[Any]", data)
        return items[key] if -len(items) <= key < len(items) else None
    return None


def wire_path(model: type[BaseModel], data: Any, loc: tuple[Any, ...]) -> str:
    """A pydantic error location as a wire path; map entries become ``[#position]``."""
    out = ""
    annotation: Any = model
    items = list(loc)
    i = 0
    while i < len(items):
        item = items[i]
        i += 1
        current = _strip(annotation)
        origin = typing.get_origin(current)
        if isinstance(current, type) and issubclass(current, BaseModel) and isinstance(item, str):
            found = _field(current, item)
            if found is None:  # a union tag or a model-level check, not a member
                continue
            name, annotation = found
            out = f"{out}.{name}" if out else name
            data = _child(data, item)
        elif origin is dict:
            args = typing.get_args(current)
            keys = list(cast("Mapping[object, object]", data)) if isinstance(data, Mapping) else []
            position = keys.index(item) if item in keys else "?"
            out += f"[#{position}]"
            if i < len(items) and items[i] == "[key]":
                out += ".key"
                i += 1
                annotation = args[0] if args else Any
                data = None
            else:
                annotation = args[1] if len(args) > 1 else Any
                data = _child(data, item)
        elif isinstance(item, int):
            out += f"[{item}]"
            args = typing.get_args(current) if origin in (list, tuple, set, frozenset) else ()
            annotation = args[0] if args else Any
            data = _child(data, item)
        elif isinstance(item, str) and (variant := _tagged(current, item)) is not None:
            annotation = variant  # a discriminated union's tag: the variant, same data
        # anything else is a validator tag, never a value: leave it out
    return out


def _tagged(annotation: Any, tag: str) -> Any:
    """The variant ``Annotated[Model, Tag(tag)]`` of a union annotation, else None."""
    if typing.get_origin(annotation) not in (typing.Union, types.UnionType):
        return None
    for variant in typing.get_args(annotation):
        if typing.get_origin(variant) is typing.Annotated:
            model, *metadata = typing.get_args(variant)
            if any(isinstance(m, Tag) and m.tag == tag for m in metadata):
                return model
    return None
