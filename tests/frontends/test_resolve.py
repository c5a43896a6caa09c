"""The protocol-dependent wire facts every front end writes into the IR (Smithy's rules)."""

from __future__ import annotations

import pytest

from apigen import ir
from apigen.frontends.resolve import RULES, resolve

NS = "test.resolve"


def _service(protocol: ir.Protocol) -> ir.Service:
    def member(name: str, target: str, **kw: object) -> ir.Member:
        return ir.Member(id=f"{NS}#Thing${name}", name=name, target=target, **kw)  # type: ignore[arg-type]

    stamps = ir.Shape(
        id=f"{NS}#Stamps",
        name="Stamps",
        type=ir.ShapeType.LIST,
        members=(
            ir.Member(id=f"{NS}#Stamps$member", name="member", target="smithy.api#Timestamp"),
        ),
    )
    iso = ir.Shape(
        id=f"{NS}#Iso",
        name="Iso",
        type=ir.ShapeType.TIMESTAMP,
        timestamp_format=ir.TimestampFormat.DATE_TIME,
    )
    stamp = ir.Shape(id="smithy.api#Timestamp", name="Timestamp", type=ir.ShapeType.TIMESTAMP)
    header = ir.HttpBinding(location=ir.Location.HEADER, name="X-When")
    query = ir.HttpBinding(location=ir.Location.QUERY, name="when")
    thing = ir.Shape(
        id=f"{NS}#Thing",
        name="Thing",
        type=ir.ShapeType.STRUCTURE,
        members=(
            member("renamed", "smithy.api#String", json_name="Other"),
            member("inBody", "smithy.api#Timestamp"),
            member("inHeader", "smithy.api#Timestamp", http=header),
            member("inQuery", "smithy.api#Timestamp", http=query),
            member("listInHeader", f"{NS}#Stamps", http=header),
            member("targetSays", f"{NS}#Iso"),
            member("memberSays", f"{NS}#Iso", timestamp_format=ir.TimestampFormat.EPOCH_SECONDS),
        ),
    )
    string = ir.Shape(id="smithy.api#String", name="String", type=ir.ShapeType.STRING)
    shapes = {s.id: s for s in (stamps, iso, stamp, thing, string)}
    return ir.Service(
        id=f"{NS}#S",
        name="S",
        namespace=NS,
        version="1",
        title="S",
        protocol=protocol,
        source="s.yaml",
        shapes=shapes,
    )


def _members(service: ir.Service) -> dict[str, ir.Member]:
    return {m.name: m for m in service.shapes[f"{NS}#Thing"].members}


@pytest.mark.parametrize("protocol", list(ir.Protocol))
def test_every_protocol_has_its_rules(protocol: ir.Protocol) -> None:
    assert protocol in RULES


def test_aws_json_ignores_json_name_and_rest_json_honours_it() -> None:
    """Smithy: jsonName is honoured by restJson1 and ignored by awsJson1_0/1_1."""
    assert _members(resolve(_service(ir.Protocol.AWS_JSON_1_1)))["renamed"].wire_name == "renamed"
    assert _members(resolve(_service(ir.Protocol.AWS_JSON_1_0)))["renamed"].json_name is None
    assert _members(resolve(_service(ir.Protocol.REST_JSON_1)))["renamed"].wire_name == "Other"


@pytest.mark.parametrize(
    ("protocol", "body"),
    [
        (ir.Protocol.REST_JSON_1, "epoch-seconds"),
        (ir.Protocol.AWS_JSON_1_1, "epoch-seconds"),
        (ir.Protocol.OPENAPI, "date-time"),
    ],
)
def test_timestamps_travel_in_their_locations_format(protocol: ir.Protocol, body: str) -> None:
    """Smithy's defaults: headers http-date, query/labels date-time, bodies by protocol
    (OpenAPI's ``format: date-time`` strings); a trait on the member, then its target, wins."""
    service = resolve(_service(protocol))
    members = _members(service)
    assert service.body_timestamp_format == body
    assert members["inBody"].timestamp_format == body
    assert members["inHeader"].timestamp_format == "http-date"
    assert members["inQuery"].timestamp_format == "date-time"
    assert members["listInHeader"].timestamp_format == "http-date"
    assert members["targetSays"].timestamp_format == "date-time"
    assert members["memberSays"].timestamp_format == "epoch-seconds"
    # list elements are shared by every use of the list: they stay unresolved
    assert service.shapes[f"{NS}#Stamps"].member.timestamp_format is None
