"""A payload member's value ↔ the whole body: JSON, bytes, text or form fields.

``bindings.Plan`` hands a bound payload here. Structures, documents, lists and maps are
JSON (by alias); blobs are their bytes; strings their UTF-8 text; a structure in
``application/x-www-form-urlencoded`` its properties as form fields (``form_body``), in
``multipart/form-data`` its properties as parts (``multipart``). The Content-Type returned
is the member's own media type, else its kind's default.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from pydantic_core import to_json

from ..core.schema import MemberSpec
from .form_body import FORM, decode_form, encode_form
from .multipart import MULTIPART, decode_multipart, encode_multipart
from .wire_text import STRING_KINDS, STRUCTURED_KINDS, compact_json, scalar_text


def encode_payload(value: Any, spec: MemberSpec) -> tuple[bytes, str]:
    """A set payload's body and its Content-Type."""
    media = spec.media_type
    kind = spec.kind
    if media == FORM:
        return encode_form(value, spec.fields, spec.parts), FORM
    if media == MULTIPART:
        return encode_multipart(value, spec.fields, spec.parts)
    if kind in STRUCTURED_KINDS:
        body = value.model_dump_json(by_alias=True, warnings=False).encode("utf-8")
        return body, media or "application/json"
    if kind == "blob":
        return bytes(value), media or "application/octet-stream"
    if kind in STRING_KINDS:
        return scalar_text(value).encode("utf-8"), media or "text/plain"
    if kind in ("list", "map"):  # may hold models: pydantic writes them by alias
        return to_json(value, by_alias=True), media or "application/json"
    return compact_json(value).encode("utf-8"), media or "application/json"


def decode_payload(body: bytes, spec: MemberSpec, content_type: str | None = None) -> Any:
    """A body (of ``content_type``) as its payload member's JSON-like data (base64 text for
    blobs)."""
    if spec.media_type == FORM:
        return decode_form(body, spec.fields, spec.parts)
    if spec.media_type == MULTIPART:
        return decode_multipart(body, content_type, spec.fields)
    kind = spec.kind
    if kind == "blob":
        return base64.b64encode(body).decode("ascii")
    if kind in STRING_KINDS:
        return body.decode("utf-8")
    return json.loads(body)
