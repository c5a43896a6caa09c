"""OpenAPI parameter styles end to end: a generated client talks to its generated server.

Object parameters (deepObject, exploded form, exploded header), a matrix array in the path
and a pipe-delimited array travel by their styles and reach the handler as the client's
model (``tests/runtime/test_styles.py`` covers the style table itself).
"""

from __future__ import annotations

import importlib
from typing import Any

SPEC = """\
openapi: 3.0.3
info: {title: Styled Pets, version: '1'}
servers: [{url: 'https://pets.example.com'}]
paths:
  /pets/{petId}:
    get:
      operationId: getPet
      parameters:
        - name: petId
          in: path
          required: true
          style: matrix
          explode: true
          schema: {type: array, items: {type: string}}
        - name: filter
          in: query
          style: deepObject
          schema:
            type: object
            properties:
              color: {type: string}
              size: {type: integer}
              born: {type: string, format: date-time}
        - name: near
          in: query
          schema:
            type: object
            properties: {lat: {type: number}, lon: {type: number}}
        - name: tags
          in: query
          style: pipeDelimited
          schema: {type: array, items: {type: string}}
        - name: X-Dims
          in: header
          explode: true
          schema:
            type: object
            properties: {w: {type: integer}, h: {type: integer}}
      responses:
        '200':
          description: The pet.
          content:
            application/json:
              schema:
                type: object
                properties: {name: {type: string}}
"""


def test_styled_parameters_reach_the_server(scratch_service: Any) -> None:
    package = scratch_service(SPEC, stem="styled_pets.openapi")
    shapes = importlib.import_module(f"{package.__name__}.shapes")
    asgi = importlib.import_module(f"{package.__name__.rsplit('.', 1)[0]}._runtime.transport.asgi")
    seen: list[Any] = []
    sent: list[Any] = []

    class Handler(package.StyledPetsHandler):  # type: ignore[misc, name-defined]
        async def get_pet(self, request: Any) -> Any:
            seen.append(request)
            return shapes.GetPetResponse(body=shapes.GetPetResponseBody(name="Rex"))

    class Recording:
        """A transport that keeps each request on its way to the app."""

        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def send(self, request: Any, **options: Any) -> Any:
            sent.append(request)
            return self.inner.send(request, **options)

        def close(self) -> None:
            self.inner.close()

    kwargs = {
        "pet_id": ["a,1", "b"],
        "filter_": shapes.GetPetRequestFilter(color="red", size=3),
        "near": shapes.GetPetRequestNear(lat=51.5, lon=-0.1),
        "tags": ["x", "y z"],
        "x_dims": shapes.GetPetRequestXDims(w=2, h=3),
    }
    with asgi.AsgiTransport(package.create_app(Handler())) as transport:
        client = package.StyledPetsClient(transport=Recording(transport))
        output = client.get_pet(**kwargs)
    assert output.body is not None and output.body.name == "Rex"
    assert seen == [shapes.GetPetRequest(**kwargs)]
    request = sent[0]
    assert request.path == "/pets/;petId=a%2C1;petId=b"
    assert request.query == (
        "filter%5Bcolor%5D=red&filter%5Bsize%5D=3&lat=51.5&lon=-0.1&tags=x%7Cy%20z"
    )
    assert ("X-Dims", "w=2,h=3") in request.headers
