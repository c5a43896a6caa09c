"""Cookie, ``content``-encoded and ``allowReserved`` parameters, client to generated server.

``documents/params.openapi.yaml`` declares them; a generated client calls the generated
server in-process, the handler must receive exactly the client's input, and the request on
the wire is checked against what the OpenAPI specification says: cookies are form style
(its "Style Examples" table, the ``form``/``explode: false`` row, for the parameter
``color``), a ``content`` parameter is its media type's text (JSON) percent-encoded in the
query, and ``allowReserved`` leaves RFC 3986's reserved characters unencoded.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote

import pytest
import yaml

DOCUMENT = Path(__file__).resolve().parent / "documents" / "params.openapi.yaml"
SPEC: dict[str, Any] = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
PARAMETERS = {p["name"]: p for p in SPEC["paths"]["/things"]["get"]["parameters"]}

# OpenAPI 3.1 "Style Examples", style form, explode false (parameter ``color``).
FORM_NOT_EXPLODED = {
    "string": ("blue", "color=blue"),
    "array": (["blue", "black", "brown"], "color=blue,black,brown"),
    "object": ({"R": 100, "G": 200, "B": 150}, "color=R,100,G,200,B,150"),
}
# RFC 3986 §2.2; the four that would change what a query says stay encoded (see styles.py).
RESERVED = ":/?#[]@!$&'()*+,;="
QUERY_SYNTAX = "&=#+"


@pytest.fixture(scope="module")
def package(scratch_service: Any) -> Any:
    return scratch_service(DOCUMENT.read_text(encoding="utf-8"), stem="params.openapi")


def round_trip(package: Any, **kwargs: Any) -> tuple[Any, Any]:
    """The request the server's handler got and the request on the wire."""
    shapes = importlib.import_module(f"{package.__name__}.shapes")
    asgi = importlib.import_module(f"{package.__name__.rsplit('.', 1)[0]}._runtime.transport.asgi")
    seen: list[Any] = []
    sent: list[Any] = []

    class Handler(package.ParamsHandler):  # type: ignore[misc, name-defined]
        async def find_things(self, request: Any) -> Any:
            seen.append(request)
            return shapes.FindThingsResponse(body=shapes.FindThingsResponseBody(count=1))

    class Recording:
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def send(self, request: Any, **options: Any) -> Any:
            sent.append(request)
            return self.inner.send(request, **options)

        def close(self) -> None:
            self.inner.close()

    with asgi.AsgiTransport(package.create_app(Handler())) as transport:
        client = package.ParamsClient(transport=Recording(transport))
        output = client.find_things(**kwargs)
    assert output.body.count == 1
    (received,) = seen
    assert received == shapes.FindThingsRequest(**kwargs)
    return received, sent[0]


def cookie_header(request: Any) -> str:
    return "; ".join(v for k, v in request.headers if k.lower() == "cookie")


def test_cookies_travel_in_form_style_as_the_style_table_says(package: Any) -> None:
    shapes = importlib.import_module(f"{package.__name__}.shapes")
    assert {PARAMETERS[n]["in"] for n in ("session", "colors", "rgb")} == {"cookie"}
    string, array, obj = (FORM_NOT_EXPLODED[k] for k in ("string", "array", "object"))
    _, request = round_trip(
        package,
        session=string[0],
        colors=array[0],
        rgb=shapes.FindThingsRequestRgb(**obj[0]),
    )
    expected = [
        string[1].replace("color", "session", 1),
        array[1].replace("color", "colors", 1),
        obj[1].replace("color", "rgb", 1),
    ]
    assert cookie_header(request) == "; ".join(expected)


def test_a_content_parameter_is_its_media_types_text(package: Any) -> None:
    shapes = importlib.import_module(f"{package.__name__}.shapes")
    assert "application/json" in PARAMETERS["filter"]["content"]
    value = shapes.FindThingsRequestFilter(name="a b&c", sizes=[1, 2])
    context = shapes.FindThingsRequestXContext(tenant="t1")
    _, request = round_trip(package, filter_=value, x_context=context)
    (raw,) = [v for k, v in (p.split("=", 1) for p in request.query.split("&")) if k == "filter"]
    assert json.loads(unquote(raw)) == value.model_dump(mode="json", exclude_none=True)
    assert json.loads(request.header("X-Context")) == {"tenant": "t1"}


def test_allow_reserved_keeps_reserved_characters_literal(package: Any) -> None:
    assert PARAMETERS["next"].get("allowReserved") is True
    assert not PARAMETERS["plain"].get("allowReserved")
    text = "/a/b?c:d@e!f$g'h(i)j*k,l;m[n]o&p=q#r+s"
    _, request = round_trip(package, next_=text, plain=text)  # ``next`` is a builtin
    parts = dict(
        p.split("=", 1) for p in request.query.split("&") if p.startswith(("next=", "plain="))
    )
    for char in RESERVED:
        if char in text:
            literal = char not in QUERY_SYNTAX
            assert (char in parts["next"]) is literal, char
            assert char not in parts["plain"], char
    assert dict(parse_qsl(request.query.replace("+", "%2B")))["plain"] == text


def test_a_cookie_set_by_an_api_key_scheme_joins_the_parameters(package: Any) -> None:
    """Cookie parameters and a cookie API key share one ``Cookie`` header."""
    auth = importlib.import_module(f"{package.__name__.rsplit('.', 1)[0]}._runtime.auth.schemes")
    from apigen.runtime.core.http import HttpRequest

    request = HttpRequest("GET", "/", "", [("Cookie", "session=blue")])
    auth.ApiKey("cookie", "key", "k1").apply(request)
    assert cookie_header(request) == "session=blue; key=k1"
