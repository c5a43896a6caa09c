"""The last step of every front end: what depends on the protocol, written into the IR.

Views print what the IR says and never ask which protocol a service speaks, so everything
protocol-dependent is settled here, once, from one table:

- ``jsonName`` counts only where the protocol honours it (restJson1 and OpenAPI bodies;
  awsJson ignores it, as Smithy specifies): elsewhere ``Member.json_name`` is cleared, so
  ``Member.wire_name`` is the body key everywhere.
- Timestamps: a member that is a timestamp carries its format (its own trait, else its
  target's, else its location's default); one that holds timestamps (a list or map bound
  outside the body) carries its location's default for its elements. Location defaults are
  HTTP's (headers ``http-date``; URI and query ``date-time``) and, in a body, the protocol's
  (``Service.body_timestamp_format``).
- Null: in OpenAPI a JSON ``null`` is a value only where the document says ``nullable``
  (``Service.explicit_nullability``); AWS protocols read it as absent.
- RPC protocols say how an operation without an HTTP binding is called
  (``Service.rpc_call``, a text with ``{operation}`` left to fill), for the reference docs.

Adding a protocol here is one row of ``RULES``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from apigen import ir

__all__ = ["RULES", "WireRules", "resolve"]


@dataclass(frozen=True, kw_only=True, slots=True)
class WireRules:
    honours_json_name: bool
    body_timestamps: ir.TimestampFormat
    explicit_nullability: bool = False
    # How an RPC operation is called: ``{service}`` is the target prefix (else the name).
    rpc_call: str | None = None
    # Whether bodies are XML or inputs query strings, whose names the codecs read at run time.
    xml_names: bool = False


_AWS_JSON_CALL = "`POST /` with `X-Amz-Target: {service}.{operation}`"

RULES: dict[ir.Protocol, WireRules] = {
    ir.Protocol.REST_JSON_1: WireRules(
        honours_json_name=True, body_timestamps=ir.TimestampFormat.EPOCH_SECONDS
    ),
    ir.Protocol.AWS_JSON_1_0: WireRules(
        honours_json_name=False,
        body_timestamps=ir.TimestampFormat.EPOCH_SECONDS,
        rpc_call=_AWS_JSON_CALL,
    ),
    ir.Protocol.AWS_JSON_1_1: WireRules(
        honours_json_name=False,
        body_timestamps=ir.TimestampFormat.EPOCH_SECONDS,
        rpc_call=_AWS_JSON_CALL,
    ),
    # Smithy RPC v2 CBOR: no jsonName; timestamps are CBOR tag 1 epoch seconds everywhere.
    ir.Protocol.RPC_V2_CBOR: WireRules(
        honours_json_name=False,
        body_timestamps=ir.TimestampFormat.EPOCH_SECONDS,
        rpc_call="`POST /service/{service}/operation/{operation}` (`smithy-protocol: rpc-v2-cbor`)",
    ),
    # XML bodies (restXml) and query-string inputs with XML outputs (awsQuery, ec2Query):
    # timestamps are ISO 8601 in bodies, names come from the XML traits.
    ir.Protocol.REST_XML: WireRules(
        honours_json_name=False, body_timestamps=ir.TimestampFormat.DATE_TIME, xml_names=True
    ),
    ir.Protocol.AWS_QUERY: WireRules(
        honours_json_name=False,
        body_timestamps=ir.TimestampFormat.DATE_TIME,
        xml_names=True,
        rpc_call="`POST /` with the form body `Action={operation}&Version=...`",
    ),
    ir.Protocol.EC2_QUERY: WireRules(
        honours_json_name=False,
        body_timestamps=ir.TimestampFormat.DATE_TIME,
        xml_names=True,
        rpc_call="`POST /` with the form body `Action={operation}&Version=...`",
    ),
    ir.Protocol.OPENAPI: WireRules(
        honours_json_name=True,
        body_timestamps=ir.TimestampFormat.DATE_TIME,
        explicit_nullability=True,
    ),
}

_HEADERS = (ir.Location.HEADER, ir.Location.PREFIX_HEADERS)
_TEXT = (ir.Location.QUERY, ir.Location.LABEL, ir.Location.QUERY_PARAMS, ir.Location.COOKIE)


def location_default(rules: WireRules, location: ir.Location) -> ir.TimestampFormat:
    if location in _HEADERS:
        return ir.TimestampFormat.HTTP_DATE
    if location in _TEXT:
        return ir.TimestampFormat.DATE_TIME
    return rules.body_timestamps


def resolve(service: ir.Service) -> ir.Service:
    """``service`` with its protocol's wire facts written into members (see the docstring)."""
    rules = RULES[ir.Protocol(service.protocol)]
    shapes = service.shapes

    def member(m: ir.Member) -> ir.Member:
        json_name = m.json_name if rules.honours_json_name else None
        fmt = m.timestamp_format
        target = shapes.get(m.target)
        if fmt is None and target is not None:
            where = m.http.location if m.http else ir.Location.BODY
            if target.type is ir.ShapeType.TIMESTAMP:
                fmt = target.timestamp_format or location_default(rules, where)
            elif _holds_timestamps(target, shapes):
                fmt = location_default(rules, where)
        if json_name == m.json_name and fmt == m.timestamp_format:
            return m
        return dataclasses.replace(m, json_name=json_name, timestamp_format=fmt)

    def shape(s: ir.Shape) -> ir.Shape:
        if s.type in (ir.ShapeType.STRUCTURE, ir.ShapeType.UNION):
            return dataclasses.replace(s, members=tuple(member(m) for m in s.members))
        if s.type in (ir.ShapeType.LIST, ir.ShapeType.MAP) and not rules.honours_json_name:
            return dataclasses.replace(
                s, members=tuple(dataclasses.replace(m, json_name=None) for m in s.members)
            )
        return s

    operations = tuple(
        dataclasses.replace(
            op,
            responses=tuple(
                dataclasses.replace(r, headers=tuple(member(h) for h in r.headers))
                for r in op.responses
            ),
        )
        for op in service.operations
    )
    return dataclasses.replace(
        service,
        protocol=ir.Protocol(service.protocol),
        shapes={key: shape(value) for key, value in shapes.items()},
        operations=operations,
        body_timestamp_format=rules.body_timestamps,
        explicit_nullability=rules.explicit_nullability,
        xml_names=rules.xml_names,
        rpc_call=(
            rules.rpc_call.replace("{service}", service.target_prefix or service.name)
            if rules.rpc_call
            else None
        ),
    )


def _holds_timestamps(shape: ir.Shape, shapes: Mapping[str, ir.Shape]) -> bool:
    """A list or map whose elements are timestamps."""
    if shape.type is ir.ShapeType.LIST:
        element = shape.member
    elif shape.type is ir.ShapeType.MAP:
        element = shape.value
    else:
        return False
    target = shapes.get(element.target)
    return target is not None and target.type is ir.ShapeType.TIMESTAMP
