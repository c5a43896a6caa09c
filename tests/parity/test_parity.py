"""The parity contract: one service in both spec formats gives one IR and one package.

``service.yaml`` (Smithy-like, restJson1) and ``service.openapi.yaml`` describe the same
service: structures, members, required flags, constraints, enums, lists, maps, nested and
recursive structures, date-time timestamps, a sensitive member, a union (oneOf), modelled
errors, and four operations (a paginated GET with query and header parameters, a GET with
a path label and a list query, a POST with a body answering 201 with a Location header, a
DELETE answering 204). OpenAPI's ``nullable`` has no Smithy form, so it is not in the pair.

The IR of both (service, shapes, operations) is compared as sorted JSON after the
normalisations in ``NORMALISED``, each a field that differs by the nature of the formats,
with the reason; the generated shapes modules are compared after the same normalisations.
Then each spec's generated client talks to its generated server in-process, and the two
conversations must be the same.
"""

from __future__ import annotations

import dataclasses
import difflib
import enum
import importlib
import inspect
import json
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from apigen import ir
from apigen.frontends.openapi import load_openapi
from apigen.frontends.smithy_yaml import load_smithy_yaml
from apigen.output.formatting import Formatter
from apigen.render import environment, render
from apigen.views.shapes import shapes_view

HERE = Path(__file__).resolve().parent

# What differs by nature between the two formats; each is normalised away (or replaced by a
# form both share) before the IR and the shapes modules are compared.
NORMALISED = {
    "Service.protocol, Service.source": "restJson1 and openapi are the formats' protocols; "
    "the file names differ",
    "Service.body_timestamp_format": "resolved from the protocol: restJson1 bodies default to "
    "epoch seconds, OpenAPI's to RFC 3339 (the pair's timestamps all say which they use)",
    "Service.explicit_nullability": "resolved from the protocol: OpenAPI documents say where "
    "null is a value, AWS protocols read null as absent",
    "Service.auth, Service.sigv4_name": "the Smithy-like format describes AWS services, which "
    "all sign with SigV4; the OpenAPI document declares no security scheme",
    "Service.credentials_env": "API-key environment variables belong to OpenAPI services; "
    "AWS services read the AWS ones",
    "Service.resources": "the OpenAPI front end infers resources from paths (/pets + "
    "/pets/{petId}); a Smithy-like spec declares its own and this one declares none",
    "Operation.responses": "OpenAPI lists every declared response; Smithy has none (the "
    "success status is http.code, error statuses sit on the error shapes): both are compared "
    "as errors_by_status instead",
    "Operation.accept": "OpenAPI responses name their media types, sent as Accept; restJson1 "
    "bodies are JSON by the protocol and its clients send no Accept",
    "Service.error_envelope, Shape.envelope": "OpenAPI error bodies state their API's own "
    "code and detail where the document's schema puts them; AWS errors travel by wire code",
    "Shape.http_error": "Smithy puts an error's status on its shape (httpError); OpenAPI on "
    "each response using the schema, which may serve several statuses: compared as "
    "errors_by_status",
    "Paginated.output_token, Paginated.items": "OpenAPI paths are relative to the success "
    "body, Smithy's to the output structure: OpenAPI's get the body member's name in front",
    "Shape.discriminator": "a Smithy union is tagged by its member names on the wire "
    '({"cat": {...}}), an OpenAPI oneOf by a property inside each variant ("kind"); the '
    "members and their targets are still compared",
}


def plain(value: Any) -> Any:
    """IR values as JSON data: a diff of two dumps reads as a diff of two models."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, Mapping):
        return {k: plain(v) for k, v in value.items()}
    return value


def ir_dump(value: Any) -> str:
    return json.dumps(plain(value), indent=1, sort_keys=True)


def _payload(service: ir.Service, shape_id: str | None) -> str | None:
    shape = service.shapes.get(shape_id) if shape_id else None
    for member in shape.members if shape is not None else ():
        if member.http is not None and member.http.location is ir.Location.PAYLOAD:
            return member.name
    return None


def _from_output(service: ir.Service, op: ir.Operation, path: str | None) -> str | None:
    """An output path from the output structure (OpenAPI's start at the body member)."""
    output = service.shapes.get(op.output) if op.output else None
    if path is None or output is None or output.get_member(path.split(".")[0]) is not None:
        return path
    body = _payload(service, op.output)
    return f"{body}.{path}" if body else path


def errors_by_status(service: ir.Service, op: ir.Operation) -> list[tuple[int, str]]:
    """(status, error shape) pairs, from responses (OpenAPI) or the error shapes (Smithy)."""
    if op.responses:
        pairs = {(r.status, r.shape) for r in op.responses if r.shape in op.errors}
    else:
        pairs = {(service.shapes[e].http_error, e) for e in op.errors}
    return sorted((status or 0, shape or "") for status, shape in pairs)


def normalised(service: ir.Service) -> ir.Service:
    """The service with the ``NORMALISED`` fields in the form both formats share."""
    shapes = {
        sid: dataclasses.replace(shape, http_error=None, discriminator=None, envelope=None)
        for sid, shape in service.shapes.items()
    }
    operations = []
    for op in service.operations:
        paginated = op.paginated
        if paginated is not None:
            paginated = dataclasses.replace(
                paginated,
                output_token=_from_output(service, op, paginated.output_token),
                items=_from_output(service, op, paginated.items),
            )
        operations.append(dataclasses.replace(op, responses=(), paginated=paginated, accept=()))
    return dataclasses.replace(
        service,
        protocol="",
        body_timestamp_format=ir.TimestampFormat.DATE_TIME,
        explicit_nullability=False,
        source="",
        auth=(),
        error_envelope=None,
        sigv4_name=None,
        credentials_env=None,
        resources=(),
        shapes=shapes,
        operations=tuple(operations),
    )


def dump(service: ir.Service) -> dict[str, str]:
    """Service fields, shapes and operations (with errors_by_status) of the normalised IR."""
    flat = normalised(service)
    head = {f.name: getattr(flat, f.name) for f in dataclasses.fields(flat)}
    del head["shapes"], head["operations"]
    operations = {
        op.name: {**plain(op), "errors_by_status": errors_by_status(service, original)}
        for op, original in zip(flat.operations, service.operations, strict=True)
    }
    return {
        "service": ir_dump(head),
        "shapes": ir_dump(dict(flat.shapes)),
        "operations": json.dumps(operations, indent=1, sort_keys=True),
    }


def _services() -> tuple[ir.Service, ir.Service]:
    return load_smithy_yaml(HERE / "service.yaml"), load_openapi(HERE / "service.openapi.yaml")


def _diff(a: str, b: str) -> str:
    return "\n".join(
        difflib.unified_diff(a.splitlines(), b.splitlines(), "smithy", "openapi", lineterm="")
    )


@pytest.mark.parametrize("part", ["service", "shapes", "operations"])
def test_same_ir(part: str) -> None:
    left, right = (dump(s)[part] for s in _services())
    assert left == right, _diff(left, right)


def test_the_normalised_fields_do_differ() -> None:
    """Each normalisation is needed: the raw IR differs in every listed field."""
    smithy, openapi = _services()
    assert (smithy.protocol, openapi.protocol) == ("restJson1", "openapi")
    assert (smithy.explicit_nullability, openapi.explicit_nullability) == (False, True)
    assert (smithy.body_timestamp_format, openapi.body_timestamp_format) == (
        "epoch-seconds",
        "date-time",
    )
    assert ([a.kind for a in smithy.auth], smithy.sigv4_name) == (["sigv4"], "parity")
    assert (openapi.auth, openapi.sigv4_name) == ((), None)
    assert (smithy.credentials_env, openapi.credentials_env) == (None, "PARITY")
    assert not any(op.responses for op in smithy.operations)
    assert all(op.responses for op in openapi.operations)
    assert not any(op.accept for op in smithy.operations)
    assert any(op.accept for op in openapi.operations)
    statuses = {s.http_error for s in smithy.shapes.values() if s.error}
    assert statuses == {400, 404, 409}
    assert {s.http_error for s in openapi.shapes.values() if s.error} == {None}
    pages = {o.name: o.paginated for o in (*smithy.operations, *openapi.operations)}
    assert pages["ListPets"] is not None and pages["ListPets"].items == "data"
    union = "test.parity#PetDetails"
    assert (smithy.shapes[union].discriminator, openapi.shapes[union].discriminator) == (
        None,
        "kind",
    )


def test_the_pair_covers_the_contract() -> None:
    smithy, _ = _services()
    kinds = {s.type for s in smithy.shapes.values() if not s.id.startswith("smithy.api#")}
    assert {
        ir.ShapeType.STRUCTURE,
        ir.ShapeType.UNION,
        ir.ShapeType.ENUM,
        ir.ShapeType.LIST,
        ir.ShapeType.MAP,
        ir.ShapeType.TIMESTAMP,
        ir.ShapeType.STRING,
        ir.ShapeType.INTEGER,
    } <= kinds
    pet = smithy.shapes["test.parity#Pet"]
    assert any(m.required for m in pet.members)
    assert any(m.sensitive for m in pet.members)
    assert any(m.constraints != ir.NO_CONSTRAINTS for m in pet.members)
    methods = {op.http.method for op in smithy.operations if op.http}
    assert methods == {"GET", "POST", "DELETE"}
    locations = {
        m.http.location
        for op in smithy.operations
        for sid in (op.input, op.output)
        if sid
        for m in smithy.shapes[sid].members
        if m.http
    }
    assert locations == {
        ir.Location.LABEL,
        ir.Location.QUERY,
        ir.Location.HEADER,
        ir.Location.PAYLOAD,
    }
    assert any(op.paginated for op in smithy.operations)


def test_same_shapes_module() -> None:
    env = environment()
    formatter = Formatter(None)
    left, right = (
        formatter.format(
            render(env, "{package}/{service}/shapes.py.jinja", shapes_view(normalised(s)))
        )
        for s in _services()
    )
    assert left == right, _diff(left, right)
    assert "class Pet(ApigenModel):" in left and "class GetPetRequest(ApigenModel):" in left


# -- the generated packages, client against server --------------------------------------------


def _details(value: Any) -> Any:
    """A union value as its variant (a Smithy union wraps it in the member named after it)."""
    for name in ("cat", "dog"):
        inner = getattr(value, name, None)
        if inner is not None:
            return inner
    return value


def _options(package: ModuleType) -> dict[str, Any]:
    """Client options: the endpoint, and SigV4 credentials for the Smithy (AWS-style) client."""
    options: dict[str, Any] = {"endpoint_url": "http://pets.test"}
    if "aws_access_key_id" in inspect.signature(package.ParityClient).parameters:
        options.update(region="us-east-1", aws_access_key_id="AK", aws_secret_access_key="SK")
    return options


def _conversation(package: ModuleType) -> list[Any]:
    """Create, read, page through, fail and delete pets; what each step saw, as plain data."""
    shapes = importlib.import_module(f"{package.__name__}.shapes")
    asgi = importlib.import_module(f"{package.__name__.rsplit('.', 1)[0]}._runtime.transport.asgi")
    store: dict[str, Any] = {}
    seen: list[Any] = []

    def missing(pet_id: str) -> Exception:
        return package.NotFound(f"no pet {pet_id}", shape=shapes.NotFound(message="no pet"))

    class Handler(package.ParityHandler):  # type: ignore[misc, name-defined]
        async def create_pet(self, request: Any) -> Any:
            pet = request.pet
            if pet.id_ in store:
                raise package.Conflict("exists", shape=shapes.Conflict(existing=pet.id_))
            store[pet.id_] = pet
            return shapes.CreatePetResponse(pet=pet, location=f"/pets/{pet.id_}")

        async def get_pet(self, request: Any) -> Any:
            seen.append(("get", request.pet_id, request.fields))
            if request.pet_id not in store:
                raise missing(request.pet_id)
            return shapes.GetPetResponse(pet=store[request.pet_id])

        async def list_pets(self, request: Any) -> Any:
            seen.append(("list", request.page_size, request.page_token, request.x_trace))
            ids = sorted(store)
            start = int(request.page_token or 0)
            end = start + (request.page_size or 10)
            following = f"/pets?page_token={end}" if end < len(ids) else None
            page = shapes.PetList(
                data=[store[i] for i in ids[start:end]],
                metadata=shapes.PetListMetadata(next=following),
            )
            return shapes.ListPetsResponse(pet_list=page, x_request_id="r-1")

        async def delete_pet(self, request: Any) -> Any:
            if store.pop(request.pet_id, None) is None:
                raise missing(request.pet_id)
            return None

    def pet(pet_id: str, **extra: Any) -> Any:
        return shapes.Pet(id_=pet_id, name=f"Pet {pet_id}", **extra)

    cat = shapes.CatDetails(kind="cat", indoor=True)
    union = cat if not hasattr(shapes, "PetDetails") else shapes.PetDetails(cat=cat)
    log: list[Any] = []
    with asgi.AsgiTransport(package.create_app(Handler())) as transport:
        client = package.ParityClient(transport=transport, **_options(package))
        created = client.create_pet(pet=pet("p1", secret="hunter2", details=union))
        log.append(("created", created.location, created.pet.name))
        assert "hunter2" not in repr(created.pet)
        for pet_id in ("p2", "p3"):
            client.create_pet(pet=pet(pet_id))
        try:
            client.create_pet(pet=pet("p1"))
        except package.Conflict as exc:
            log.append(("conflict", exc.status, exc.shape.existing))
        got = client.get_pet(pet_id="p1", fields=["name", "details"])
        log.append(("got", got.pet.secret, _details(got.pet.details).indoor))
        pages = client.paginate_list_pets(page_size=2, x_trace="t-1")
        log.append(("listed", [p.id_ for p in pages.items()]))
        client.delete_pet(pet_id="p2")
        try:
            client.get_pet(pet_id="p2")
        except package.NotFound as exc:
            log.append(("missing", exc.status, exc.code, exc.shape.message))
    return log + seen


@pytest.fixture(scope="module")
def packages(scratch_service: Any) -> tuple[ModuleType, ModuleType]:
    smithy = scratch_service((HERE / "service.yaml").read_text(encoding="utf-8"), stem="parity")
    openapi = scratch_service(
        (HERE / "service.openapi.yaml").read_text(encoding="utf-8"), stem="parity.openapi"
    )
    return smithy, openapi


def test_same_conversation_with_the_generated_servers(
    packages: tuple[ModuleType, ModuleType],
) -> None:
    smithy, openapi = (_conversation(p) for p in packages)
    assert smithy == openapi
    assert smithy == [
        ("created", "/pets/p1", "Pet p1"),
        ("conflict", 409, "p1"),
        ("got", "hunter2", True),
        ("listed", ["p1", "p2", "p3"]),
        ("missing", 404, "NotFound", "no pet"),
        ("get", "p1", ["name", "details"]),
        ("list", 2, None, "t-1"),
        ("list", 2, "2", "t-1"),
        ("get", "p2", None),
    ]
