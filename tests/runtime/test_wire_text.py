"""Header text read back: timestamps by their location's format, whatever the body's format.

A header holds an HTTP date by default (RFC 7231), while the member's type may be a body's
``DateTime``; ``header_value`` gives every timestamp type the RFC 3339 text that a strict
server and a lenient client both read.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pydantic
import pytest

from apigen.runtime.core.model import ApigenModel, read_json
from apigen.runtime.core.scalars import DateTime
from apigen.runtime.core.schema import MemberSpec
from apigen.runtime.protocols.wire_text import header_value

WHEN = datetime(2019, 12, 16, 23, 48, 18, tzinfo=UTC)


class Headers(ApigenModel):
    when: DateTime | None = None
    whens: list[DateTime] | None = None


ONE = MemberSpec(
    name="when", wire="X-When", location="header", kind="timestamp", timestamp_format="http-date"
)
MANY = MemberSpec(
    name="whens",
    wire="X-Whens",
    location="header",
    kind="list",
    item_kind="timestamp",
    timestamp_format="http-date",
)


@pytest.mark.parametrize(
    "text", ["Mon, 16 Dec 2019 23:48:18 GMT", "1576540098", "2019-12-16T23:48:18Z"]
)
def test_a_header_timestamp_reads_on_a_strict_server(text: str) -> None:
    data = {"when": header_value(text, ONE)}
    assert read_json(Headers, json.dumps(data), server=True).when == WHEN


def test_a_header_list_of_http_dates_reads_on_a_strict_server() -> None:
    text = "Mon, 16 Dec 2019 23:48:18 GMT, Mon, 16 Dec 2019 23:48:18 GMT"
    data = {"whens": header_value(text, MANY)}
    assert read_json(Headers, json.dumps(data), server=True).whens == [WHEN, WHEN]


@pytest.mark.parametrize("text", ["not a date", "1e400"])
def test_an_unreadable_header_timestamp_is_left_for_validation(text: str) -> None:
    assert header_value(text, ONE) == text
    with pytest.raises(pydantic.ValidationError):
        read_json(Headers, json.dumps({"when": text}), server=True)
