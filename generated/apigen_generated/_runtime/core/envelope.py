"""The API's own error fields in an error body: read by clients, written by servers.

An OpenAPI document says what its error bodies look like only through their schemas; the
front end reads from those where the error code, status, detail, title and id are
(``ir.ErrorEnvelope``) and the generated operation tables carry it as an ``ErrorEnvelope``
per error and one for the service. The runtime knows no vendor's format: a JSON:API
``{"errors": [{code, status, detail}]}`` list, an ``{"error": {code, message}}`` object, a
flat ``{code, message}`` and RFC 7807's ``application/problem+json`` are four envelopes.

Decisions:
- Reading takes the first error object (of a list); a field whose value is not a string or
  a number is absent; numbers become their text (``40403``), so ``ServiceError.code`` is
  always text.
- Writing sets only the fields the envelope carries, a field listed in ``integers`` as a
  JSON integer (a code that is not digits falls back to the status there). An envelope
  with one error object carries one: several errors are joined into its detail with "; ".
- ``DEFAULT_ENVELOPE`` (JSON:API's list) serves a service whose document declares no error
  body: something a client of it can read.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .narrow import is_list, is_mapping
from .records import Record, field_names

__all__ = ["DEFAULT_ENVELOPE", "ErrorEnvelope", "ErrorFields"]

_TEXT_FIELDS = ("code", "status", "detail", "title", "id")


class ErrorFields(Record):
    """One error as the API states it; ``source`` is where in the request it lies
    (``{"pointer": "/name"}`` or ``{"parameter": "page_size"}``)."""

    code: str | None = None
    status: str | None = None
    detail: str | None = None
    title: str | None = None
    id: str | None = None
    source: Mapping[str, str] | None = None


class ErrorEnvelope(Record):
    """Where the fields are: wire keys in the error object (``ir.ErrorEnvelope`` says more)."""

    container: str | None = None
    many: bool = False
    code: str | None = None
    status: str | None = None
    detail: str | None = None
    title: str | None = None
    id: str | None = None
    source: str | None = None
    integers: tuple[str, ...] = ()
    media_type: str = "application/json"

    def objects(self, body: Mapping[str, Any]) -> list[Mapping[str, Any]]:
        """The error objects of a parsed body (empty when it does not have the envelope)."""
        if self.container is None:
            return [body]
        value = body.get(self.container)
        if self.many:
            if is_list(value):
                return [item for item in value if is_mapping(item)]
            return []
        return [value] if isinstance(value, Mapping) else []

    def read(self, body: Mapping[str, Any]) -> ErrorFields:
        """The first error's fields; all None when the body lacks the envelope."""
        objects = self.objects(body)
        if not objects:
            return ErrorFields()
        first = objects[0]
        values: dict[str, Any] = {}
        for name in _TEXT_FIELDS:
            key = getattr(self, name)
            value = first.get(key) if key is not None else None
            if isinstance(value, bool) or not isinstance(value, (str, int, float)):
                continue
            values[name] = str(value)
        source = first.get(self.source) if self.source is not None else None
        if is_mapping(source):
            values["source"] = {k: v for k, v in source.items() if isinstance(v, str)}
        return ErrorFields(**values)

    def write(self, errors: Sequence[ErrorFields]) -> dict[str, Any]:
        """A body stating ``errors`` (at least one) in this envelope."""
        if not self.many and len(errors) > 1:
            details = [e.detail for e in errors if e.detail]
            errors = [_with_detail(errors[0], "; ".join(details) or None)]
        objects = [self._object(error) for error in errors]
        if self.container is None:
            return objects[0]
        return {self.container: objects if self.many else objects[0]}

    def _object(self, error: ErrorFields) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for name in _TEXT_FIELDS:
            key = getattr(self, name)
            value = getattr(error, name)
            if key is None or value is None:
                continue
            if key in self.integers:
                number = _integer(value)
                if number is None:
                    number = _integer(error.status or "")
                if number is None:
                    continue
                data[key] = number
            else:
                data[key] = value
        if self.source is not None and error.source:
            data[self.source] = dict(error.source)
        return data


def _with_detail(error: ErrorFields, detail: str | None) -> ErrorFields:
    values = {n: getattr(error, n) for n in field_names(error)}
    values["detail"] = detail
    return ErrorFields(**values)


def _integer(text: str) -> int | None:
    return int(text) if text.isdigit() else None


DEFAULT_ENVELOPE = ErrorEnvelope(
    container="errors",
    many=True,
    code="code",
    status="status",
    detail="detail",
    title="title",
    id="id",
    source="source",
)
