"""Keyword arguments → an operation's input model, with client-side validation.

- Arguments left at ``None`` are unset (they are not sent), so a nullable member cannot be
  sent as an explicit ``null`` through a client method; build the input model yourself for that.
- An unset idempotency token is filled with a fresh UUID4 here, once per call, so every retry
  of the call carries the same token.
- A pydantic validation failure becomes one ``ParamValidationError`` listing every violation
  with its wire path (``containerProvider.info.eksInfo.namespace``, ``tags[#2].key``: map
  entries by position, never by key) and pydantic's message, never a value. Its ``errors``
  are ``{"path", "type", "message"}`` records.
- With validation off, input that fails validation is taken as given (``model_construct``)
  and left for the server to judge; nested structures should then be passed as models.
"""

from __future__ import annotations

import types
import typing
import uuid
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ValidationError

from .errors import ParamValidationError
from .model import ApigenModel
from .schema import OperationSpec

__all__ = ["build_input", "param_validation_error", "wire_path"]


def build_input(
    operation: OperationSpec, params: Mapping[str, Any], validate: bool = True
) -> ApigenModel:
    """The input model for one call's keyword arguments (Python member names)."""
    values = {name: value for name, value in params.items() if value is not None}
    token = operation.idempotency_token
    if token is not None and token not in values:
        values[token] = str(uuid.uuid4())
    try:
        return operation.input.model_validate(values)
    except ValidationError as exc:
        if not validate:
            return operation.input.model_construct(**values)
        raise param_validation_error(operation, values, exc) from None


def param_validation_error(
    operation: OperationSpec, values: Mapping[str, Any], exc: ValidationError
) -> ParamValidationError:
    records: list[dict[str, Any]] = []
    for error in exc.errors(include_url=False, include_input=False, include_context=False):
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


def _field(model: type[BaseModel], key: str) -> tuple[str, Any] | None:
    """(wire name, annotation) of a model field named ``key`` (Python or wire name)."""
    fields = model.model_fields
    info = fields.get(key)
    if info is None:
        for candidate in fields.values():
            if candidate.serialization_alias == key or candidate.alias == key:
                info = candidate
                break
    if info is None:
        return None
    return info.serialization_alias or info.alias or key, info.annotation


def _child(data: Any, key: Any) -> Any:
    if isinstance(data, BaseModel):
        return getattr(data, key, None) if isinstance(key, str) else None
    if isinstance(data, Mapping):
        return data.get(key)
    if isinstance(data, (list, tuple)) and isinstance(key, int) and -len(data) <= key < len(data):
        return data[key]
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
            position = list(data).index(item) if isinstance(data, Mapping) and item in data else "?"
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
        # anything else is a validator tag, never a value: leave it out
    return out
