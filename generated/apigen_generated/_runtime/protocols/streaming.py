"""Streamed payloads for the codecs: a streaming blob or an event stream as the HTTP body.

A codec asks ``Streams`` about a ``Plan``'s payload: when it is streaming, the message's
body travels as a ``StreamingBody`` (``HttpRequest.stream``/``HttpResponse.stream``) and is
never read whole. Sending, a blob's source is sent as it is (``requires_length``: a source
of unknown length is refused before anything is sent, naming the member) with
``Content-Type: application/octet-stream`` unless the member names another media type; an
event stream is framed as it is iterated (``event_stream.EventCodec``) with
``application/vnd.amazon.eventstream``. Reading, the model is read from the headers (the
payload member holds a placeholder) and the payload member is then set to the body itself
or to the events decoded from it as they arrive.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..core.errors import ParamValidationError
from ..core.http import HttpRequest, HttpResponse
from ..core.model import ApigenModel
from ..core.schema import ServiceSpec
from ..core.streams import StreamingBody
from .bindings import Bound, Plan

if TYPE_CHECKING:  # the event modules are imported once a stream is met (cold start)
    from ..core.events import EventStream
    from .event_stream import EventCodec

__all__ = ["Streams", "streamed"]


def streamed(plan: Plan) -> Bound | None:
    """The plan's payload when it is streaming, else None."""
    payload = plan.payload
    return payload if payload is not None and payload.spec.streaming else None


def _set_default(headers: list[tuple[str, str]], name: str, value: str) -> None:
    lowered = name.lower()
    if not any(k.lower() == lowered for k, _ in headers):
        headers.append((name, value))


class Streams:
    """The streamed payloads of one codec's service (event codecs built once per member)."""

    def __init__(
        self, service: ServiceSpec, make: Callable[[ServiceSpec, Any], EventCodec] | None = None
    ) -> None:
        self.service = service
        self._make = make
        self._events: dict[int, EventCodec] = {}

    def events(self, bound: Bound) -> EventCodec:
        codec = self._events.get(id(bound))
        if codec is None:
            make = self._make
            if make is None:
                from .event_stream import EventCodec

                make = EventCodec
            codec = self._events[id(bound)] = make(self.service, bound.spec)
        return codec

    def outgoing(
        self, bound: Bound, model: ApigenModel, headers: list[tuple[str, str]]
    ) -> StreamingBody:
        """The body to send for a streaming payload (Content-Type added when not set)."""
        value = model.__dict__.get(bound.name)
        spec = bound.spec
        if spec.events:
            from ..core.events import EventStream, is_event_stream
            from .event_stream import CONTENT_TYPE

            _set_default(headers, "Content-Type", CONTENT_TYPE)
            stream = value if is_event_stream(value) else EventStream[Any](value or ())
            return self.events(bound).frames(stream)
        body = value if isinstance(value, StreamingBody) else StreamingBody(value or b"")
        if spec.requires_length and body.content_length is None:
            message = (
                f"{bound.name} must have a known length (bytes, a file, or a StreamingBody "
                "given length=...): the service requires Content-Length"
            )
            raise ParamValidationError(
                message, [{"path": bound.key, "type": "length_required", "message": message}]
            )
        _set_default(headers, "Content-Type", spec.media_type or "application/octet-stream")
        return body

    def incoming(self, bound: Bound, model: ApigenModel, body: StreamingBody) -> ApigenModel:
        """``model`` (read with a placeholder payload) holding the streamed payload."""
        value: StreamingBody | EventStream[Any] = body
        if bound.spec.events:
            value = self.events(bound).read(body)
        setattr(model, bound.name, value)
        return model


def body_of(message: HttpRequest | HttpResponse) -> StreamingBody:
    """A message's streamed body, or its bytes as one (a transport that reads bodies whole)."""
    return message.stream if message.stream is not None else StreamingBody(message.body)
