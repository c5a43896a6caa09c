"""The model bases as each side reads them: a lenient client, a strict server (``read_json``).

Also the types every side shares: Smithy's integer domains, floats whose NaN and infinities
travel as strings, and timestamps out of ``datetime``'s range, all plain validation errors.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime

import pydantic
import pytest

from apigen.runtime.core.model import ApigenModel, ApigenUnion, OpenEnum, OpenIntEnum, read_json
from apigen.runtime.core.scalars import (
    DateTime,
    EpochSeconds,
    Float,
    Int8,
    Int16,
    Int32,
    Int64,
)


class Color(OpenEnum):
    RED = "RED"
    DARK_BLUE = "dark-blue"


class Level(OpenIntEnum):
    ONE = 1


class Either(ApigenUnion):
    a: str | None = None
    b: bytes | None = None


class Request(ApigenModel):
    count: Int32 | None = None
    flag: bool | None = None
    name: str | None = None
    color: Color | None = None
    colors: list[Color] | None = None
    level: Level | None = None
    ratio: Float | None = None
    data: bytes | None = None
    either: Either | None = None
    when: EpochSeconds | None = None


def _errors(data: str, *, server: bool) -> list[tuple[tuple[object, ...], str, str]]:
    with pytest.raises(pydantic.ValidationError) as info:
        read_json(Request, data, server=server)
    return [(e["loc"], e["type"], e["msg"]) for e in info.value.errors()]


@pytest.mark.parametrize(
    "body, loc, kind",
    [
        ('{"count": "10"}', ("count",), "int_type"),
        ('{"count": true}', ("count",), "int_type"),
        ('{"count": 10.0}', ("count",), "int_type"),
        ('{"flag": "yes"}', ("flag",), "bool_type"),
        ('{"flag": 0}', ("flag",), "bool_type"),
        ('{"ratio": "1.5"}', ("ratio",), "float_type"),
    ],
)
def test_a_server_wants_json_types_to_match(body: str, loc: tuple[str], kind: str) -> None:
    [(where, found, _)] = _errors(body, server=True)
    assert (where, found) == (loc, kind)
    read_json(Request, body)  # a client takes what pydantic can convert


def test_both_sides_read_the_protocols_own_forms() -> None:
    body = json.dumps(
        {
            "count": 3,
            "flag": False,
            "ratio": "-Infinity",
            "data": "aGk=",
            "either": {"b": "aGk=", "__type": "ns#Either"},
            "when": 1398796238.5,
            "color": "dark-blue",
        }
    )
    for server in (False, True):
        parsed = read_json(Request, body, server=server)
        assert parsed.ratio == -math.inf and parsed.data == b"hi"
        assert parsed.either == Either(b=b"hi") and parsed.color is Color.DARK_BLUE
        assert parsed.when == datetime(2014, 4, 29, 18, 30, 38, 500000, tzinfo=UTC)
    assert math.isnan(read_json(Request, '{"ratio": "NaN"}', server=True).ratio or 0.0)


def test_enums_are_open_on_a_client_and_closed_on_a_server() -> None:
    body = '{"color": "TEAL", "colors": ["RED", "PINK"], "level": 7}'
    parsed = read_json(Request, body)
    assert parsed.color is not None and parsed.color.value == "TEAL"
    assert parsed.level is not None and parsed.level.value == 7
    assert _errors(body, server=True) == [
        (("color",), "enum", "Input should be 'RED' or 'dark-blue'"),
        (("colors", 1), "enum", "Input should be 'RED' or 'dark-blue'"),
        (("level",), "enum", "Input should be 1"),
    ]


def test_a_union_variant_a_server_does_not_know_is_an_error() -> None:
    body = '{"either": {"c": 1}}'
    assert read_json(Request, body).either == Either.model_validate({"c": 1})
    assert _errors(body, server=True) == [
        (("either",), "union_variant_unknown", "Input should set one of a, b")
    ]


class Numbers(ApigenModel):
    byte: Int8 | None = None
    short: Int16 | None = None
    integer: Int32 | None = None
    long: Int64 | None = None
    big: int | None = None


@pytest.mark.parametrize(
    "name, low, high",
    [
        ("byte", -128, 127),
        ("short", -32768, 32767),
        ("integer", -(2**31), 2**31 - 1),
        ("long", -(2**63), 2**63 - 1),
    ],
)
def test_integer_types_keep_their_domain_on_both_sides(name: str, low: int, high: int) -> None:
    assert getattr(Numbers.model_validate({name: low}), name) == low
    assert getattr(Numbers.model_validate({name: high}), name) == high
    for value in (low - 1, high + 1):
        for server in (False, True):
            with pytest.raises(pydantic.ValidationError, match="Input should be"):
                read_json(Numbers, json.dumps({name: value}), server=server)
    assert Numbers(big=2**80).big == 2**80  # bigInteger has no domain


class Stamps(ApigenModel):
    epoch: EpochSeconds | None = None
    iso: DateTime | None = None


@pytest.mark.parametrize(
    "data",
    [{"epoch": 1e20}, {"epoch": -1e20}, {"epoch": "1e400"}, {"iso": "nan"}, {"iso": 1e300}],
)
def test_a_timestamp_out_of_range_is_a_validation_error(data: dict[str, object]) -> None:
    [name] = data
    for server in (False, True):
        with pytest.raises(pydantic.ValidationError) as info:
            read_json(Stamps, json.dumps(data), server=server)
        [error] = info.value.errors()
        # A server refuses an epoch or "nan" for a date-time before it looks at the range.
        wrong_form = server and name == "iso"
        kind = "timestamp_format" if wrong_form else "timestamp_range"
        assert (error["loc"], error["type"]) == ((name,), kind)
        if not wrong_form:
            assert error["msg"] == "Timestamp should be between the years 1 and 9999"
    with pytest.raises(pydantic.ValidationError, match="timestamp_range"):
        Stamps(epoch=1e20)  # type: ignore[arg-type]


class Dated(ApigenModel):
    iso: DateTime | None = None


@pytest.mark.parametrize(
    "value",
    [
        1398796238,
        "1398796238",
        "2014-04-29",  # a date, not a date-time
        "2014-04-29T18:30:38",  # no offset
        "Tue, 29 Apr 2014 18:30:38 GMT",
    ],
)
def test_a_server_wants_a_date_time_as_rfc_3339(value: object) -> None:
    body = json.dumps({"iso": value})
    with pytest.raises(pydantic.ValidationError) as info:
        read_json(Dated, body, server=True)
    [error] = info.value.errors()
    assert (error["loc"], error["type"]) == (("iso",), "timestamp_format")
    assert isinstance(read_json(Dated, body).iso, datetime)  # a client reads any form


@pytest.mark.parametrize(
    "value", ["2014-04-29T18:30:38Z", "2014-04-29t18:30:38.500z", "2014-04-29T20:30:38+02:00"]
)
def test_a_server_reads_rfc_3339(value: str) -> None:
    read = read_json(Dated, json.dumps({"iso": value}), server=True).iso
    assert read is not None
    assert read.replace(microsecond=0) == datetime(2014, 4, 29, 18, 30, 38, tzinfo=UTC)


def test_an_unvalidated_value_is_dumped_as_given() -> None:
    loose = Stamps.model_construct(epoch="not a time", iso=datetime(2024, 1, 2, tzinfo=UTC))
    assert json.loads(loose.model_dump_json(warnings=False)) == {
        "epoch": "not a time",
        "iso": "2024-01-02T00:00:00Z",
    }
