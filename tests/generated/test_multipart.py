"""multipart/form-data requests: file parts and per-part encodings, client to server.

``documents/multipart.openapi.yaml`` has one upload operation. A generated client sends it
to the generated server in-process; the handler must receive the client's input, and the
bytes on the wire are parsed by a real multipart parser (``python-multipart``), each part
checked against the document: its name, the ``encoding`` Content-Type (the first listed)
and fixed headers, a filename for binary parts, repeated parts for arrays, JSON for
objects (RFC 7578; OpenAPI 3.1 "Encoding Object").
"""

from __future__ import annotations

import importlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

DOCUMENT = Path(__file__).resolve().parent / "documents" / "multipart.openapi.yaml"
SPEC: dict[str, Any] = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
MEDIA = SPEC["paths"]["/photos"]["post"]["requestBody"]["content"]["multipart/form-data"]
PROPERTIES: dict[str, Any] = MEDIA["schema"]["properties"]
ENCODING: dict[str, Any] = MEDIA["encoding"]
PNG = b"\x89PNG\r\n\x1a\n\x00\r\n--not-a-boundary\r\n\xff"


@pytest.fixture(scope="module")
def package(scratch_service: Any) -> Any:
    return scratch_service(DOCUMENT.read_text(encoding="utf-8"), stem="uploads.openapi")


def parts_of(request: Any) -> list[tuple[dict[str, str], bytes]]:
    """The request body's parts (lower-cased headers, content), by python-multipart."""
    pytest.importorskip("python_multipart")
    from python_multipart import multipart

    content_type = request.header("Content-Type")
    kind, options = multipart.parse_options_header(content_type)
    assert kind == b"multipart/form-data"
    found: list[tuple[dict[str, str], bytes]] = []
    current: dict[str, Any] = {}

    def begin() -> None:
        current.clear()
        current.update(headers={}, field=b"", value=b"", data=b"")

    def header_field(data: bytes, start: int, end: int) -> None:
        current["field"] += data[start:end]

    def header_value(data: bytes, start: int, end: int) -> None:
        current["value"] += data[start:end]

    def header_end() -> None:
        current["headers"][current["field"].decode().lower()] = current["value"].decode()
        current["field"] = current["value"] = b""

    def part_data(data: bytes, start: int, end: int) -> None:
        current["data"] += data[start:end]

    def end() -> None:
        found.append((dict(current["headers"]), current["data"]))

    parser = multipart.MultipartParser(
        options[b"boundary"],
        {
            "on_part_begin": begin,
            "on_header_field": header_field,
            "on_header_value": header_value,
            "on_header_end": header_end,
            "on_part_data": part_data,
            "on_part_end": end,
        },
    )
    parser.write(request.body)
    parser.finalize()
    return found


def disposition(headers: dict[str, str]) -> dict[str, str]:
    params = {}
    for piece in headers["content-disposition"].split(";")[1:]:
        key, _, value = piece.strip().partition("=")
        params[key] = value.strip('"')
    return params


def upload(package: Any, **kwargs: Any) -> tuple[Any, Any]:
    """The handler's input and the request as sent."""
    shapes = importlib.import_module(f"{package.__name__}.shapes")
    asgi = importlib.import_module(f"{package.__name__.rsplit('.', 1)[0]}._runtime.transport.asgi")
    seen: list[Any] = []
    sent: list[Any] = []

    class Handler(package.UploadsHandler):  # type: ignore[misc, name-defined]
        async def upload_photo(self, request: Any) -> Any:
            seen.append(request)
            return shapes.UploadPhotoResponse(body=shapes.UploadPhotoResponseBody(id_="p1"))

    class Recording:
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def send(self, request: Any, **options: Any) -> Any:
            sent.append(request)
            return self.inner.send(request, **options)

        def close(self) -> None:
            self.inner.close()

    body = shapes.UploadPhotoRequestBody(**kwargs)
    with asgi.AsgiTransport(package.create_app(Handler())) as transport:
        client = package.UploadsClient(transport=Recording(transport))
        output = client.upload_photo(body=body)
    assert output.body.id_ == "p1"
    (received,) = seen
    return received, sent[0]


def test_file_parts_and_encodings_travel_as_the_document_says(package: Any, tmp_path: Path) -> None:
    shapes = importlib.import_module(f"{package.__name__}.shapes")
    streams = importlib.import_module(f"{package.__name__.rsplit('.', 1)[0]}._runtime.core.streams")
    photo = tmp_path / "cat.png"
    photo.write_bytes(PNG)
    with photo.open("rb") as handle:
        received, request = upload(
            package,
            file=handle,
            thumbnails=[b"small", streams.StreamingBody(io.BytesIO(b"tiny"))],
            caption="*a* cat",
            public=True,
            tags=["cat", "png"],
            meta=shapes.UploadPhotoRequestBodyMeta(camera="X", iso=100),
        )
    body = received.body
    assert (body.file, body.thumbnails, body.caption) == (PNG, [b"small", b"tiny"], "*a* cat")
    assert (body.public, body.tags, body.meta.iso) == (True, ["cat", "png"], 100)

    parts = parts_of(request)
    names = [disposition(h)["name"] for h, _ in parts]
    assert names == [n for n in PROPERTIES for _ in range(names.count(n))]  # document order
    by_name: dict[str, list[tuple[dict[str, str], bytes]]] = {}
    for headers, content in parts:
        by_name.setdefault(disposition(headers)["name"], []).append((headers, content))
    for name, found in by_name.items():
        schema = PROPERTIES[name]
        items = schema.get("items", schema)
        declared = ENCODING.get(name, {})
        for headers, _ in found:
            if "contentType" in declared:
                assert headers["content-type"] == declared["contentType"].split(",")[0].strip()
            elif items.get("format") == "binary":
                assert headers["content-type"] == "application/octet-stream"
            elif items.get("type") == "object":
                assert headers["content-type"] == "application/json"
            else:
                assert headers["content-type"] == "text/plain"
            assert ("filename" in disposition(headers)) is (items.get("format") == "binary")
            for header, spec in declared.get("headers", {}).items():
                assert headers[header.lower()] == spec["schema"]["const"]
    ((file_headers, file_content),) = by_name["file"]
    assert file_content == PNG and disposition(file_headers)["filename"] == "cat.png"
    assert [c for _, c in by_name["thumbnails"]] == [b"small", b"tiny"]
    assert [c for _, c in by_name["tags"]] == [b"cat", b"png"]
    assert by_name["public"][0][1] == b"true"
    assert json.loads(by_name["meta"][0][1]) == {"camera": "X", "iso": 100}


def test_a_named_file_keeps_its_name_and_type(package: Any) -> None:
    scalars = importlib.import_module(f"{package.__name__.rsplit('.', 1)[0]}._runtime.core.scalars")
    received, request = upload(package, file=scalars.FileBytes(PNG, filename="a b.png"))
    assert received.body.file == PNG
    ((headers, content),) = parts_of(request)
    assert (disposition(headers)["filename"], content) == ("a b.png", PNG)


def test_a_server_refuses_a_body_that_is_not_multipart(package: Any) -> None:
    asgi = importlib.import_module(f"{package.__name__.rsplit('.', 1)[0]}._runtime.transport.asgi")
    http = importlib.import_module(f"{package.__name__.rsplit('.', 1)[0]}._runtime.core.http")
    with asgi.AsgiTransport(package.create_app(package.UploadsHandler())) as transport:
        request = http.HttpRequest(
            "POST", "/photos", "", [("Content-Type", "multipart/form-data")], b"file=x"
        )
        response = transport.send(request, url_base="https://uploads.example.com", timeout=5)
    assert 400 <= response.status < 500


FORM_SCHEMA = SPEC["paths"]["/forms"]["post"]["requestBody"]["content"][
    "application/x-www-form-urlencoded"
]


def test_a_form_bodys_encoding_gives_each_field_its_style(package: Any) -> None:
    """Each encoded field travels as the style table's query row for it (``color`` there)."""
    shapes = importlib.import_module(f"{package.__name__}.shapes")
    asgi = importlib.import_module(f"{package.__name__.rsplit('.', 1)[0]}._runtime.transport.asgi")
    encoding = FORM_SCHEMA["encoding"]
    assert (encoding["color"]["style"], encoding["color"]["explode"]) == ("form", False)
    assert encoding["filter"]["style"] == "deepObject"
    assert encoding["tags"]["style"] == "pipeDelimited"
    body = shapes.SendFormRequestBody(
        color=shapes.SendFormRequestBodyColor(R=100, G=200, B=150),
        filter_=shapes.SendFormRequestBodyFilter(kind="cat", size=2),
        tags=["blue", "black", "brown"],
        query="a/b?c:d",
        plain=shapes.SendFormRequestBodyPlain(a="x"),
        note="hi",
    )
    seen: list[Any] = []
    sent: list[Any] = []

    class Handler(package.UploadsHandler):  # type: ignore[misc, name-defined]
        async def send_form(self, request: Any) -> Any:
            seen.append(request)

    class Recording:
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def send(self, request: Any, **options: Any) -> Any:
            sent.append(request)
            return self.inner.send(request, **options)

        def close(self) -> None:
            self.inner.close()

    with asgi.AsgiTransport(package.create_app(Handler())) as transport:
        package.UploadsClient(transport=Recording(transport)).send_form(body=body)
    assert seen[0].body == body
    pairs = sent[0].body.decode().split("&")
    # The 3.1 "Style Examples" rows: form/false object, deepObject, pipeDelimited array.
    assert "color=R,100,G,200,B,150" in pairs
    assert [p for p in pairs if p.startswith("filter")] == [
        "filter%5Bkind%5D=cat",
        "filter%5Bsize%5D=2",
    ]
    assert "tags=blue%7Cblack%7Cbrown" in pairs
    assert "query=a/b?c:d" in pairs  # allowReserved
    assert "plain=%7B%22a%22%3A%22x%22%7D" in pairs  # no encoding: an object is its JSON
    assert "note=%22hi%22" in pairs  # contentType application/json
