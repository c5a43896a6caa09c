"""pydantic validation errors rebuilt without the values that failed.

``hide_input_in_errors`` keeps values out of ``str(error)``, but ``errors()`` and ``json()``
still hold each failing value as ``input`` (a missing member's ``input`` is the whole
object around it, secrets included). ``without_input`` rebuilds the error with ``input``
set to ``HIDDEN_INPUT`` everywhere and everything else kept: ``type``, ``loc``, ``ctx``,
``msg`` and ``url``. pydantic's own error types are rebuilt by type (pydantic renders the
same message and link); a custom type (the runtime's ``exactly_one``, ``timestamp_range``…),
or a known one whose message differs from pydantic's, keeps its rendered message as a
``PydanticCustomError``. One exception: an unknown discriminated-union tag
(``union_tag_invalid``) is a value, so its ``tag`` leaves ``ctx`` and its message reads
"Input tag found using …" (as when a server rejects one, ``model.Discriminated``).

Only the failure path pays: ``ApigenModel``'s entry points call this in an ``except``.

``redacted_dump`` is the explicit form for logging: a model as JSON data with every member
kept out of ``repr`` (the sensitive ones, and lists and maps holding sensitive values)
replaced by ``REDACTED``, at any depth.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final, Literal, LiteralString, cast

from pydantic import BaseModel
from pydantic_core import (
    ErrorDetails,
    InitErrorDetails,
    PydanticCustomError,
    ValidationError,
    to_jsonable_python,
)

__all__ = ["HIDDEN_INPUT", "REDACTED", "redacted_dump", "without_input"]

#: What ``redacted_dump`` shows in place of a sensitive value.
REDACTED: Final = "<redacted>"


def redacted_dump(model: BaseModel, *, by_alias: bool = True) -> dict[str, Any]:
    """``model`` as JSON data for a log line: sensitive members (``repr=False``) redacted.

    Unset members are left out, as on the wire; wire names by default (``by_alias``).
    """
    out: dict[str, Any] = {}
    for name, field in type(model).model_fields.items():
        value = model.__dict__.get(name)  # not getattr: a deprecated member would warn
        if value is None and name not in model.model_fields_set:
            continue
        key = (field.serialization_alias or name) if by_alias else name
        out[key] = REDACTED if field.repr is False else _redacted(value, by_alias)
    return out


def _redacted(value: Any, by_alias: bool) -> Any:
    if isinstance(value, BaseModel):
        return redacted_dump(value, by_alias=by_alias)
    if isinstance(value, list | tuple):
        return [_redacted(item, by_alias) for item in cast("Sequence[Any]", value)]
    if isinstance(value, dict):
        entries = cast("dict[object, object]", value)
        return {str(k): _redacted(v, by_alias) for k, v in entries.items()}
    return to_jsonable_python(value, bytes_mode="base64")


#: What ``input`` holds in every rebuilt error record (pydantic requires one).
HIDDEN_INPUT: Final = "<hidden>"

# pydantic's message for the type without its first placeholder (its ``discriminator`` is
# already quoted: ``'kind'``).
_TAG_INVALID: Final = (
    "Input tag found using {discriminator} does not match any of the expected tags: {expected_tags}"
)


def without_input(
    exc: ValidationError, input_type: Literal["python", "json"] = "python"
) -> ValidationError:
    """``exc`` with every error's ``input`` replaced by ``HIDDEN_INPUT``; the same messages."""
    errors = exc.errors()
    lines = [_line(error, known=True) for error in errors]
    rebuilt = _build(exc.title, lines, input_type)
    redone = rebuilt.errors()
    changed = [
        i for i, (a, b) in enumerate(zip(errors, redone, strict=True)) if a["msg"] != b["msg"]
    ]
    if not changed:
        return rebuilt
    for i in changed:  # a message pydantic renders per input type, rebuilt as the other one
        lines[i] = _line(errors[i], known=False)
    return _build(exc.title, lines, input_type)


def _build(
    title: str, lines: list[InitErrorDetails], input_type: Literal["python", "json"]
) -> ValidationError:
    return ValidationError.from_exception_data(title, lines, input_type=input_type, hide_input=True)


def _literal(text: str) -> LiteralString:
    """pydantic's own error type or message, passed on (``PydanticCustomError`` asks for a
    literal string so that a template never comes from input; these come from pydantic)."""
    return text  # pyright: ignore[reportReturnType]


def _line(error: ErrorDetails, *, known: bool) -> InitErrorDetails:
    # pydantic's own error types and messages, passed on: literal strings in all but name.
    kind = _literal(error["type"])
    context: dict[str, Any] | None = error.get("ctx")
    message = _literal(error["msg"])
    if kind == "union_tag_invalid" and context is not None and "tag" in context:
        context = {k: v for k, v in context.items() if k != "tag"}
        return _custom(error, PydanticCustomError(kind, _TAG_INVALID, context))
    if known and "url" in error:  # only pydantic's own error types link to its docs
        line: InitErrorDetails = {"type": kind, "loc": error["loc"], "input": HIDDEN_INPUT}
        if context is not None:
            line["ctx"] = context
        return line
    custom = PydanticCustomError(kind, message, context)
    if custom.message() != message:  # a context value spelling a placeholder: keep the text
        custom = PydanticCustomError(kind, message)
    return _custom(error, custom)


def _custom(error: ErrorDetails, custom: PydanticCustomError) -> InitErrorDetails:
    return {"type": custom, "loc": error["loc"], "input": HIDDEN_INPUT}
