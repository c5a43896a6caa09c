"""Event streams on the RPC protocols (awsJson1_0/1_1, rpcv2Cbor): the body is the stream.

A REST operation's event stream is its HTTP payload, its other members travel in headers. An
RPC operation has no bindings, so its whole body is the stream (``application/
vnd.amazon.eventstream``): the first message is an ``initial-response`` event (for input,
``initial-request``) whose payload is the operation's other members in the protocol's body
format (``{}`` when there are none), then one message per event (``event_stream.EventCodec``).
Kinesis ``SubscribeToShard``, CloudWatch Logs ``StartLiveTail``/``GetLogObject`` and HealthLake
are the models with one, all on the output.

Clients read such a response as it arrives (the request asks the transport for a streamed
body). The model is returned at once with its stream member holding the decoded events; the
``initial-response`` message is read as the first item of the stream, and the members it
carries are set on the model then (botocore reads that message before returning; here
nothing blocks the call, and nothing it carries is lost). Servers write the
``initial-response`` message from the output's other members, then the events.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..core.http import HttpResponse
from ..core.model import ApigenModel
from ..core.schema import MemberSpec, OperationSpec, ServiceSpec
from .streaming import body_of

if TYPE_CHECKING:  # the event modules are imported once a stream is met (cold start)
    from .event_stream import Dump, EventCodec, Load

__all__ = ["RpcEvents", "stream_member"]

Read = Callable[[type[ApigenModel], bytes], ApigenModel]


def stream_member(members: tuple[MemberSpec, ...]) -> MemberSpec | None:
    """The event-stream member of an input or output, if it has one."""
    return next((m for m in members if m.streaming and m.events), None)


class RpcEvents:
    """One service's RPC event streams: ``dump``/``load`` an event body, ``read`` a model
    from the protocol's body bytes, ``body_type`` the events' ``:content-type``."""

    def __init__(
        self, service: ServiceSpec, *, dump: Dump, load: Load, read: Read, body_type: str
    ) -> None:
        self.service = service
        self._dump, self._load, self._read, self._body_type = dump, load, read, body_type
        self._codecs: dict[int, EventCodec] = {}

    def _codec(self, member: MemberSpec) -> EventCodec:
        codec = self._codecs.get(id(member))
        if codec is None:
            from .event_stream import EventCodec

            codec = self._codecs[id(member)] = EventCodec(
                self.service, member, dump=self._dump, load=self._load, body_type=self._body_type
            )
        return codec

    # -- clients --

    def read_output(
        self, operation: OperationSpec, member: MemberSpec, response: HttpResponse
    ) -> ApigenModel:
        """The output of a 2xx response whose body is ``member``'s event stream."""
        from ..core.events import EventStreamError

        output = operation.output
        model = output.model_construct()

        def initial(payload: bytes) -> None:
            try:
                members = self._read(output, payload)
            except ValueError as exc:
                raise EventStreamError(
                    f"{operation.name}: the initial-response does not fit {output.__name__}: {exc}"
                ) from None
            for name in members.model_fields_set - {member.name}:
                setattr(model, name, getattr(members, name))

        events = self._codec(member).read(body_of(response), initial)
        setattr(model, member.name, events)
        return model

    # -- servers --

    def write_output(
        self, operation: OperationSpec, member: MemberSpec, output: ApigenModel
    ) -> HttpResponse:
        """The 200 reply streaming ``output``'s events after its ``initial-response``."""
        from ..core.events import EventStream, is_event_stream
        from .event_stream import CONTENT_TYPE

        value: Any = getattr(output, member.name)
        stream = value if is_event_stream(value) else EventStream[Any](value or ())
        initial = self._dump(output, {member.name})
        body = self._codec(member).frames(stream, initial=initial, initial_type="initial-response")
        return HttpResponse(200, [("Content-Type", CONTENT_TYPE)], b"", body)
