"""``multipart/form-data`` bodies (RFC 7578): a structure's properties as parts, files too.

Writing: each set property is one part, in ``fields`` order, named by its wire name; an
array is one part per item (the name repeated). A part's Content-Type is the document's
``encoding.contentType`` for it (the first, when it lists several), else by kind:
``application/octet-stream`` for bytes (a file: the part has a ``filename``, the file's
own name when it had one, else the property's name), ``application/json`` for objects and
arrays of objects (their compact JSON) and ``text/plain`` for the rest (their text as in
a query: booleans ``true``/``false``, timestamps as the model writes them). A part's fixed
``encoding.headers`` are written after its Content-Type. File objects and
``StreamingBody`` values are read when the model is built (``scalars.Blob``) and also here,
so ``validate=False`` sends them too. The boundary is random (``secrets``), checked not to
occur in the parts.

Reading (servers, and clients of a multipart response): the stdlib ``email`` parser splits
the body by the boundary of its Content-Type; each part is read back by its property's
kind (bytes as base64 text, which the model decodes; JSON parts parsed; text by kind).
Parts for unknown names are ignored; text that is not a valid value is left for
validation to reject.
"""

from __future__ import annotations

import base64
import json
import secrets
from typing import Any

from pydantic_core import to_json

from ..core.narrow import is_list
from ..core.scalars import FileBytes, blob_input
from ..core.schema import MemberSpec, PartSpec
from .wire_text import STRUCTURED_KINDS, scalar_text, scalar_value

MULTIPART = "multipart/form-data"
_TEXT = "text/plain"
_OCTETS = "application/octet-stream"
_JSON = "application/json"


def _quoted(text: str) -> str:
    """A Content-Disposition parameter value (RFC 7578 §4.2: quotes and CR/LF escaped)."""
    escaped = (
        text.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")
    )
    return f'"{escaped}"'


def _part(spec: MemberSpec, kind: str | None, item: Any, encoding: Any) -> tuple[bytes, bytes]:
    """One part's headers and content."""
    content_type, fixed = encoding if encoding is not None else (None, ())
    disposition = f"form-data; name={_quoted(spec.wire)}"
    if kind == "blob":
        data = blob_input(item)
        filename = getattr(data, "filename", None) or spec.wire
        disposition += f"; filename={_quoted(filename)}"
        default = getattr(data, "content_type", None) or _OCTETS
        content = bytes(data)
    elif kind in STRUCTURED_KINDS or isinstance(item, (dict, list)):
        default, content = _JSON, to_json(item, by_alias=True, exclude_none=True)
    else:
        default, content = _TEXT, scalar_text(item, spec.timestamp_format).encode("utf-8")
    chosen = (content_type or default).split(",")[0].strip()
    lines = [f"Content-Disposition: {disposition}", f"Content-Type: {chosen}"]
    lines += [f"{name}: {value}" for name, value in fixed]
    return "\r\n".join(lines).encode("utf-8"), content


def encode_multipart(
    value: Any, fields: tuple[MemberSpec, ...], parts: tuple[PartSpec, ...]
) -> tuple[bytes, str]:
    """A structure payload as a multipart body and its Content-Type (with the boundary)."""
    data = value.model_dump(mode="python", by_alias=True, exclude_none=True, warnings=False)
    encodings = {part.name: (part.content_type, part.headers) for part in parts}
    written: list[tuple[bytes, bytes]] = []
    for spec in fields:
        item = data.get(spec.wire)
        if item is None:
            continue
        encoding = encodings.get(spec.wire)
        if spec.kind == "list" and is_list(item):
            written += [_part(spec, spec.item_kind, v, encoding) for v in item if v is not None]
        else:
            written.append(_part(spec, spec.kind, item, encoding))
    boundary = secrets.token_hex(16)
    while any(boundary.encode() in content for _, content in written):
        boundary = secrets.token_hex(16)  # pragma: no cover - 128 random bits
    dash = b"--" + boundary.encode("ascii")
    chunks = [dash + b"\r\n" + head + b"\r\n\r\n" + content + b"\r\n" for head, content in written]
    body = b"".join(chunks) + dash + b"--\r\n"
    return body, f"{MULTIPART}; boundary={boundary}"


def _value(content: bytes, kind: str | None, part_type: str) -> Any:
    if kind == "blob":
        return base64.b64encode(content).decode("ascii")
    text = content.decode("utf-8", errors="replace")
    if kind in STRUCTURED_KINDS or part_type.endswith("json"):
        try:
            return json.loads(text)
        except ValueError:
            return text
    return scalar_value(text, kind)


def decode_multipart(
    body: bytes, content_type: str | None, fields: tuple[MemberSpec, ...]
) -> dict[str, Any]:
    """A multipart body as the JSON-like data of its structure (wire names as keys).

    Raises ``ValueError`` when the body is not multipart (no boundary, no parts).
    """
    if not content_type or "boundary=" not in content_type:
        raise ValueError("a multipart body needs a Content-Type with a boundary")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1")
    # Imported here, not up front: only a multipart body needs ``email.policy`` and its
    # header registry (tests/generated/test_cold_start.py).
    import email.parser
    import email.policy

    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise ValueError("the body is not multipart")
    by_wire = {spec.wire: spec for spec in fields}
    data: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        spec = by_wire.get(str(name)) if name else None
        if spec is None:
            continue
        content = part.get_payload(decode=True)
        raw = content if isinstance(content, bytes) else b""
        if spec.kind == "list":
            data.setdefault(spec.wire, []).append(
                _value(raw, spec.item_kind, part.get_content_type())
            )
        else:
            data.setdefault(spec.wire, _value(raw, spec.kind, part.get_content_type()))
    return data


__all__ = ["MULTIPART", "FileBytes", "decode_multipart", "encode_multipart"]
