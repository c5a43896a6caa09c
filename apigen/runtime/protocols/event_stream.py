"""Events ↔ event-stream messages: typed union instances over the framing of ``event_frames``.

An event stream member (``MemberSpec.streaming`` on a union) lists its events
(``EventSpec``). Sending, an event (a union instance with one member set) becomes a message
with ``:message-type: event``, ``:event-type: <name>``, ``:content-type``, its
``eventHeader`` members as typed headers (string, boolean, byte/short/integer/long, blob as
a byte array, timestamp) and as payload its ``eventPayload`` member (a blob's bytes, a
string's UTF-8, a structure's JSON) or else the JSON of its other members. A modelled error
event is sent as ``:message-type: exception`` with ``:exception-type: <name>``.

Reading is the reverse and lazy: bytes are fed to a ``FrameDecoder`` as they arrive and each
complete message becomes an event; an ``exception`` message raises the modelled error (its
shape parsed), an ``error`` message (``:error-code``/``:error-message``) raises the
service's unknown error, an event type the stream does not list is skipped (a newer
service), a corrupt frame raises ``EventStreamError``. ``initial-request``/
``initial-response`` messages (the RPC protocols put the non-stream members there) are
handed to ``initial`` when given, else skipped; ``frames(..., initial=...)`` sends one
first; a ``ServiceError`` raised by the events' iterator (a server handler's) is sent as
its exception event and ends the stream. Written once for sync and async: the message ↔ event steps have no I/O; only the
loops that pull chunks come in two kinds. Bodies are JSON here (the JSON protocols); a codec
with another body format passes its own ``dump``/``load`` (restXml: XML documents; ``load``
is given the model the body is read into, as XML needs it).
"""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime
from typing import Any, get_args

from pydantic_core import to_json

from ..core.errors import ServiceError
from ..core.events import EventStream, EventStreamError
from ..core.model import ApigenModel, read_json
from ..core.narrow import is_dict
from ..core.schema import HEADER, PAYLOAD, EventSpec, MemberSpec, ServiceSpec
from ..core.streams import StreamingBody
from .event_frames import (
    BYTE,
    CONTENT_TYPE,
    INTEGER,
    LONG,
    SHORT,
    FrameDecoder,
    HeaderValue,
    Message,
    encode_message,
)
from .wire_text import STRUCTURED_KINDS, header_value, text_writer

__all__ = ["CONTENT_TYPE", "EventCodec", "json_dump", "json_load"]

_INT_TYPES = {"byte": BYTE, "short": SHORT, "integer": INTEGER, "long": LONG}
Dump = Callable[[ApigenModel, set[str]], bytes]
# A body's members in their JSON form; the model says what the body is (XML needs it).
Load = Callable[[bytes, type[ApigenModel]], dict[str, Any]]


def json_dump(model: ApigenModel, exclude: set[str]) -> bytes:
    """A JSON event body: the model's by-alias JSON without the ``exclude``d members."""
    return model.model_dump_json(by_alias=True, exclude=exclude or None, warnings=False).encode()


def json_load(data: bytes, model: type[ApigenModel] | None = None) -> dict[str, Any]:
    """A JSON event body's object (empty bytes: ``{}``)."""
    parsed: Any = json.loads(data) if data.strip() else {}
    if not is_dict(parsed):
        raise ValueError("an event's JSON payload is not an object")
    return parsed


class _Event:
    """One event kind, with its members split by where they travel."""

    __slots__ = ("body", "bound", "headers", "payload", "spec")

    def __init__(self, spec: EventSpec) -> None:
        self.spec = spec
        self.headers = [m for m in spec.members if m.location == HEADER]
        self.payload = next((m for m in spec.members if m.location == PAYLOAD), None)
        self.bound = {m.name for m in spec.members if m.location in (HEADER, PAYLOAD)}
        self.body = any(m.location not in (HEADER, PAYLOAD) for m in spec.members)


def _model_of(model: type[ApigenModel], name: str) -> type[ApigenModel]:
    """The model class a structure member of ``model`` holds (its annotation, ``| None`` off)."""
    annotation = model.model_fields[name].annotation
    for candidate in (annotation, *get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, ApigenModel):
            return candidate
    raise TypeError(f"{model.__name__}.{name} holds no model")


def _alias(model: type[ApigenModel], name: str) -> str:
    field = model.model_fields[name]
    return field.serialization_alias or name


class EventCodec:
    """Encodes and decodes the events of one event-stream member of one service."""

    def __init__(
        self,
        service: ServiceSpec,
        member: MemberSpec,
        *,
        dump: Dump = json_dump,
        load: Load = json_load,
        body_type: str = "application/json",
    ) -> None:
        assert member.event_union is not None, f"{member.name} is not an event stream"
        self.service = service
        self.union = member.event_union
        self.events = {e.name: _Event(e) for e in member.events}
        self.by_attr = {e.attr: self.events[e.name] for e in member.events}
        self._dump, self._load, self._body_type = dump, load, body_type

    # -- events → messages --

    def message(self, event: Any) -> bytes:
        """One framed message for a union instance (or a modelled error of the stream)."""
        if isinstance(event, ServiceError):
            return self._exception(event)
        if not isinstance(event, self.union):
            raise TypeError(
                f"an event of this stream is a {self.union.__name__}, not {type(event).__name__}"
            )
        chosen = [
            (a, getattr(event, a)) for a in self.by_attr if getattr(event, a, None) is not None
        ]
        if len(chosen) != 1:
            raise ValueError(
                f"a {self.union.__name__} event sets exactly one member ({len(chosen)} set)"
            )
        attr, value = chosen[0]
        kind = self.by_attr[attr]
        headers: dict[str, Any] = {":message-type": "event", ":event-type": kind.spec.name}
        return self._frame(kind, value, headers)

    def _exception(self, error: ServiceError) -> bytes:
        kind = next((k for k in self.events.values() if k.spec.error == error.code), None)
        if kind is None or error.shape is None:
            headers = {":message-type": "error", ":error-code": error.code or "InternalFailure"}
            headers[":error-message"] = error.message
            return encode_message(headers)
        headers = {":message-type": "exception", ":exception-type": kind.spec.name}
        return self._frame(kind, error.shape, headers)

    def _frame(self, kind: _Event, value: ApigenModel, headers: dict[str, Any]) -> bytes:
        payload = b""
        content_type: str | None = None
        if kind.payload is not None:
            data = getattr(value, kind.payload.name)
            if data is not None:
                if kind.payload.kind == "blob":
                    payload, content_type = bytes(data), "application/octet-stream"
                elif kind.payload.kind in STRUCTURED_KINDS:
                    payload, content_type = self._dump(data, set()), self._body_type
                else:
                    payload, content_type = str(data).encode("utf-8"), "text/plain"
        elif kind.body:
            payload, content_type = self._dump(value, kind.bound), self._body_type
        if content_type is not None:
            headers[":content-type"] = content_type
        for member in kind.headers:
            data = getattr(value, member.name)
            if data is None:
                continue
            if member.kind in _INT_TYPES:
                headers[member.wire] = HeaderValue(_INT_TYPES[member.kind], int(data))
            elif member.kind == "blob":
                headers[member.wire] = bytes(data)
            elif member.kind in ("boolean", "timestamp"):
                headers[member.wire] = data
            else:
                headers[member.wire] = str(getattr(data, "value", data))
        return encode_message(headers, payload)

    def frames(
        self,
        events: EventStream[Any],
        *,
        initial: bytes | None = None,
        initial_type: str = "initial-request",
    ) -> StreamingBody:
        """The framed messages of ``events`` as a body of unknown length, read as sent;
        ``initial`` first, as an ``initial_type`` event, when given."""
        if events.is_async:

            async def agen() -> AsyncIterator[bytes]:
                if initial is not None:
                    yield self._initial(initial_type, initial)
                try:
                    async for event in events:
                        yield self.message(event)
                except ServiceError as error:  # a handler's modelled error ends its stream
                    yield self.message(error)

            return StreamingBody(agen())

        def gen() -> Iterator[bytes]:
            if initial is not None:
                yield self._initial(initial_type, initial)
            try:
                for event in events:
                    yield self.message(event)
            except ServiceError as error:
                yield self.message(error)

        return StreamingBody(gen())

    def _initial(self, name: str, payload: bytes) -> bytes:
        headers = {":message-type": "event", ":event-type": name, ":content-type": self._body_type}
        return encode_message(headers, payload)

    # -- messages → events --

    def event(self, message: Message, initial: Callable[[bytes], None] | None = None) -> Any:
        """The union instance of one message; None for one to skip; raises error events."""
        headers = message.headers
        kind = headers.get(":message-type", "event")
        if kind == "error":
            code = str(headers.get(":error-code", "InternalFailure"))
            raise self.service.unknown_error(str(headers.get(":error-message", "")), code=code)
        if kind == "exception":
            name = str(headers.get(":exception-type", ""))
            found = self.events.get(name)
            if found is None or found.spec.error is None:
                raise self.service.unknown_error(
                    message.payload.decode("utf-8", "replace"), code=name
                )
            shape = self._read(found, message)
            error = self.service.errors[found.spec.error]
            text = getattr(shape, "message", None) or getattr(shape, "message_", None) or ""
            raise error.exception(str(text), code=error.code, shape=shape)
        if kind != "event":
            raise EventStreamError(f"unknown event message type {kind!r}")
        name = str(headers.get(":event-type", ""))
        if name in ("initial-response", "initial-request"):
            if initial is not None:
                initial(message.payload)
            return None
        found = self.events.get(name)
        if found is None:
            return None  # an event this client does not know yet
        return self.union.model_validate({found.spec.attr: self._read(found, message)})

    def _read(self, kind: _Event, message: Message) -> ApigenModel:
        shape = kind.spec.shape
        data: dict[str, Any] = {}
        try:
            if kind.payload is not None:
                key = _alias(shape, kind.payload.name)
                if kind.payload.kind == "blob":
                    data[key] = base64.b64encode(message.payload).decode("ascii")
                elif kind.payload.kind in STRUCTURED_KINDS:
                    data[key] = self._load(message.payload, _model_of(shape, kind.payload.name))
                elif message.payload:
                    data[key] = message.payload.decode("utf-8")
            elif kind.body:
                data = self._load(message.payload, shape)
            for member in kind.headers:
                if member.wire in message.headers:
                    data[_alias(shape, member.name)] = _header_json(
                        message.headers[member.wire], member
                    )
            return read_json(shape, to_json(data))
        except ValueError as exc:
            raise EventStreamError(
                f"event {kind.spec.name!r} does not fit {shape.__name__}: {exc}"
            ) from None

    def read(
        self, body: StreamingBody, initial: Callable[[bytes], None] | None = None
    ) -> EventStream[Any]:
        """The events of a body, decoded as its bytes arrive (sync or async, as the body)."""
        if body.is_async:

            async def agen() -> AsyncIterator[Any]:
                decoder = FrameDecoder()
                async for chunk in body.aiter_chunks():
                    decoder.feed(chunk)
                    for message in decoder.messages():
                        event = self.event(message, initial)
                        if event is not None:
                            yield event
                decoder.finish()

            return EventStream(agen(), on_close=body.close, on_aclose=body.aclose)

        def gen() -> Iterator[Any]:
            decoder = FrameDecoder()
            for chunk in body.iter_chunks():
                decoder.feed(chunk)
                for message in decoder.messages():
                    event = self.event(message, initial)
                    if event is not None:
                        yield event
            decoder.finish()

        return EventStream(gen(), on_close=body.close, on_aclose=body.aclose)


def _header_json(value: Any, member: MemberSpec) -> Any:
    """A typed header value as the JSON its member reads (through its text form)."""
    if isinstance(value, (bool, int)) and member.kind not in ("timestamp",):
        return value
    if isinstance(value, datetime) or member.kind == "timestamp":
        if isinstance(value, int):
            value = datetime.fromtimestamp(value / 1000, tz=UTC)
        return header_value(text_writer("timestamp", member.timestamp_format)(value), member)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return str(value)
