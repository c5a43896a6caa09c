"""Annotated scalar types the generated shapes use, and their wire forms.

- Timestamps: one ``datetime`` type per wire format (``EpochSeconds``, ``DateTime``,
  ``HttpDate``). A client reads every form (epoch number or string, RFC 3339, HTTP date), as
  peers are not always consistent; a server (``sides.AS_SERVER``) wants a ``DateTime`` as an
  RFC 3339 string, as JSON Schema's ``date-time`` format says (header text is read by its
  location's format first: ``wire_text.header_value``). Writing uses the member's format. A value outside the years 1 to 9999 is a validation error, never an
  ``OverflowError``.
- Numbers: Smithy's sized integers keep their domain (``Int8`` … ``Int64``) on both sides;
  ``Float`` reads the JSON protocols' "NaN"/"Infinity" strings.
- Constraints pydantic has no exact equivalent for: Smithy ``pattern`` is searched, not
  anchored (``Pattern``); ``UniqueItems``.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from functools import cache
from typing import Annotated, Any

from annotated_types import Interval
from pydantic import (
    AfterValidator,
    BeforeValidator,
    PlainSerializer,
    PlainValidator,
    ValidationInfo,
)
from pydantic_core import PydanticCustomError

from .client_reading import client_response_noop
from .sides import is_server

# -- timestamps ---------------------------------------------------------------------------

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _from_epoch(seconds: float) -> datetime:
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        # NaN, infinities and instants outside years 1-9999: the message names no value.
        raise PydanticCustomError(
            "timestamp_range", "Timestamp should be between the years 1 and 9999"
        ) from None


def parse_timestamp(value: Any) -> Any:
    """Any wire form of a timestamp (epoch number or string, RFC 3339, HTTP date) → datetime.

    An epoch number outside what ``datetime`` holds is a validation error
    (``timestamp_range``); anything unparsable is returned as is for pydantic to reject.
    """
    if isinstance(value, datetime):
        return _utc(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_epoch(value)
    if isinstance(value, str):
        text = value.strip()
        try:
            seconds = float(text)
        except ValueError:
            pass
        else:
            return _from_epoch(seconds)
        try:
            return _utc(datetime.fromisoformat(text.replace("z", "Z")))
        except ValueError:
            pass
        try:
            return _utc(parsedate_to_datetime(text))
        except (TypeError, ValueError):
            pass
    return value


def to_epoch_seconds(value: datetime) -> int | float:
    """Epoch seconds, an integer unless there are fractional (millisecond) seconds."""
    value = _utc(value)
    seconds = int((value - _EPOCH).total_seconds() // 1)
    if value.microsecond:
        return round(seconds + value.microsecond / 1_000_000, 3)
    return seconds


def to_date_time(value: datetime) -> str:
    """RFC 3339 in UTC with ``Z``; milliseconds only when present."""
    value = _utc(value)
    text = (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
        f"T{value.hour:02d}:{value.minute:02d}:{value.second:02d}"
    )
    if value.microsecond:
        return f"{text}.{value.microsecond // 1000:03d}Z"
    return text + "Z"


def to_http_date(value: datetime) -> str:
    """RFC 7231 IMF-fixdate: ``Tue, 29 Apr 2014 18:30:38 GMT``."""
    return format_datetime(_utc(value).replace(microsecond=0), usegmt=True)


def _json_writer(write: Callable[[datetime], Any], return_type: Any) -> PlainSerializer:
    def serialize(value: Any) -> Any:
        # Anything but a datetime was never validated (a client with validate=False): as given.
        return write(value) if isinstance(value, datetime) else value

    return PlainSerializer(serialize, return_type=return_type, when_used="json")


#: RFC 3339's ``date-time`` (section 5.6), as JSON Schema's format assertion reads it.
_RFC_3339 = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?"
    r"([Zz]|[+-][0-9]{2}:[0-9]{2})"
)


def _read_as(form: re.Pattern[str], expected: str) -> BeforeValidator:
    """A timestamp reader: any form for a client, the member's own form for a server."""

    def read(value: Any, info: ValidationInfo) -> Any:
        if (
            is_server(info.context)
            and not isinstance(value, datetime)
            and not (isinstance(value, str) and form.fullmatch(value.strip()))
        ):
            raise PydanticCustomError(
                "timestamp_format", "Input should be {expected}", {"expected": expected}
            )
        return parse_timestamp(value)

    return BeforeValidator(read)


_parse = BeforeValidator(parse_timestamp)
EpochSeconds = Annotated[datetime, _parse, _json_writer(to_epoch_seconds, int | float)]
DateTime = Annotated[
    datetime,
    _read_as(_RFC_3339, "an RFC 3339 date-time string"),
    _json_writer(to_date_time, str),
]
HttpDate = Annotated[datetime, _parse, _json_writer(to_http_date, str)]


# -- blobs -----------------------------------------------------------------------------------


def _standard_base64(value: Any) -> Any:
    # pydantic's "base64" is the URL-safe alphabet; AWS and OpenAPI bodies use RFC 4648's.
    return base64.b64encode(value).decode("ascii") if isinstance(value, bytes) else value


class FileBytes(bytes):
    """Bytes that remember the file they came from: a multipart part's ``filename`` and
    ``content_type`` (``FileBytes(data, filename="a.png", content_type="image/png")``)."""

    filename: str | None
    content_type: str | None

    def __new__(
        cls, data: bytes, filename: str | None = None, content_type: str | None = None
    ) -> FileBytes:
        made = super().__new__(cls, data)
        made.filename = filename
        made.content_type = content_type
        return made


def _from_base64(text: str) -> bytes:
    """JSON base64 text (either alphabet, padding optional), as pydantic's base64 reads it."""
    standard = text.strip().replace("-", "+").replace("_", "/")
    try:
        return base64.b64decode(standard + "=" * (-len(standard) % 4), validate=True)
    except ValueError:
        raise PydanticCustomError(
            "bytes_invalid_encoding", "Data should be valid base64: {error}", {"error": "invalid"}
        ) from None


def blob_input(value: Any) -> Any:
    """A file object or ``StreamingBody`` given for a blob, read whole (the file's base name
    kept as ``FileBytes.filename``); anything else as it is."""
    if isinstance(value, (bytes, bytearray, str)) or not hasattr(value, "read"):
        return value
    if isinstance(value, memoryview):
        return value.tobytes()
    data = value.read()
    if isinstance(data, str):
        data = data.encode("utf-8")
    name = getattr(value, "name", None)
    filename = re.split(r"[\\/]", name)[-1] if isinstance(name, str) and name else None
    return FileBytes(bytes(data), filename)


# A blob in a JSON body: standard base64 (RFC 4648 section 4), as botocore writes it;
# reading accepts both alphabets (pydantic's base64 validator does). A file object is read.
def _blob(value: Any, info: ValidationInfo) -> bytes:
    """bytes as they are (a ``FileBytes`` kept), a file object read, base64 text in JSON
    decoded, other text as UTF-8 outside JSON (as pydantic's lax bytes); else an error.
    A plain validator, as a function validator before pydantic's would see JSON strings as
    Python ones, which strict mode (servers) refuses."""
    value = blob_input(value)
    if isinstance(value, bytes):
        return value
    if isinstance(value, bytearray):
        return bytes(value)
    if isinstance(value, str):
        return _from_base64(value) if info.mode == "json" else value.encode("utf-8")
    raise PydanticCustomError("bytes_type", "Input should be a valid bytes")


Blob = Annotated[
    bytes,
    PlainValidator(_blob, json_schema_input_type=bytes),
    PlainSerializer(_standard_base64, return_type=str, when_used="json"),
]


# -- numbers ---------------------------------------------------------------------------------


# Smithy byte, short, integer and long: signed 8-, 16-, 32- and 64-bit (bigInteger is ``int``).
Int8 = Annotated[int, Interval(ge=-(2**7), le=2**7 - 1)]
Int16 = Annotated[int, Interval(ge=-(2**15), le=2**15 - 1)]
Int32 = Annotated[int, Interval(ge=-(2**31), le=2**31 - 1)]
Int64 = Annotated[int, Interval(ge=-(2**63), le=2**63 - 1)]

_NON_FINITE = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}


def _non_finite(value: Any) -> Any:
    return _NON_FINITE.get(value, value) if isinstance(value, str) else value


#: A float whose NaN and infinities travel as the strings "NaN", "Infinity" and "-Infinity"
#: (AWS JSON protocols), read on both sides; any other string is left to pydantic.
Float = Annotated[float, BeforeValidator(_non_finite)]


# -- constraints pydantic has no exact equivalent for ----------------------------------------


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def Pattern(pattern: str, spec: str | None = None) -> AfterValidator:  # noqa: N802 - a type
    """Smithy ``pattern``: the regex must match somewhere in the string (searched, not anchored).

    ``pattern`` is Python ``re``; ``spec`` the service's own pattern it was translated from
    (Java / ECMA-262 dialect), which errors show, when the two differ.

    Checked on what a caller builds and on what a server reads; not on a response a client
    reads (JSON without the server's context): clients read servers leniently, as botocore
    does, and a value outside the documented pattern is still the service's answer.
    """
    shown = pattern if spec is None else spec

    @client_response_noop  # and so left out of a response's validation (client_reading)
    def check(value: str, info: ValidationInfo) -> str:
        if info.mode == "json" and info.context is None:
            return value  # a client reading a response
        if _compiled(pattern).search(value) is None:
            raise PydanticCustomError(
                "string_pattern_mismatch",
                "String should match pattern '{pattern}'",
                {"pattern": shown},
            )
        return value

    return AfterValidator(check)


def _unique(value: list[Any]) -> list[Any]:
    seen: list[Any] = []
    for item in value:
        if item in seen:
            raise PydanticCustomError("unique_items", "List items must be unique")
        seen.append(item)
    return value


UniqueItems = AfterValidator(_unique)
