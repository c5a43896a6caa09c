"""Each schema rule of docs/openapi-shapes.md: the generated class accepts exactly what the
schema accepts.

``documents/schemas.openapi.yaml`` has one component per rule (3.1 type lists and ``null``,
enums of mixed types, ``const``, ``$defs``, recursion, inline objects at depth, ``allOf``
with sibling keywords, required keys no property declares), each with JSON values it
accepts (``x-valid``) and refuses (``x-invalid``). For every value, jsonschema (Draft
2020-12, OpenAPI 3.1's dialect) first confirms the document's verdict, so the examples are
checked by a real validator and not by the code under test; then the generated class reads
it as a generated server reads a request body (``read_json(..., server=True)``): it must
accept exactly the valid ones and give back the same JSON.
"""

from __future__ import annotations

import ast
import asyncio
import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pydantic
import pytest
import yaml
from test_documents import Documents

from apigen import naming
from apigen.views.package import package_name

DOCUMENT = Path(__file__).resolve().parent / "documents" / "schemas.openapi.yaml"
RAW: dict[str, Any] = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
CASES = [
    (name, verdict, value)
    for name, schema in RAW["components"]["schemas"].items()
    for verdict in ("valid", "invalid")
    for value in schema.get(f"x-{verdict}", ())
]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    root = tmp_path_factory.mktemp("schema-rules")
    sys.path.insert(0, str(root))
    service, package, _ = Documents(root, prefix="apigen_schema_rules_").get(DOCUMENT)
    pkg = f"{package.__name__}.{package_name(service)}"
    yield (
        importlib.import_module(f"{pkg}.shapes"),
        importlib.import_module(f"{package.__name__}._runtime.core.model"),
    )
    sys.path.remove(str(root))
    for module in [m for m in sys.modules if m.startswith("apigen_schema_rules_")]:
        del sys.modules[module]


def class_of(shapes: Any, name: str) -> Any:
    """The generated class of component ``name``: the fixture's ``x-class`` where keys
    collide (the documented numbering rule), else ``naming.pascal`` of the key."""
    return getattr(shapes, RAW["components"]["schemas"][name].get("x-class", naming.pascal(name)))


def json_schema_accepts(name: str, value: Any) -> bool:
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": f"#/components/schemas/{name}",
        "components": RAW["components"],
    }
    return jsonschema.Draft202012Validator(schema).is_valid(value)


def test_every_rule_has_valid_and_invalid_values() -> None:
    for name, schema in RAW["components"]["schemas"].items():
        if name != "Base":  # only a part of AllOfSiblings
            assert schema.get("x-valid") and schema.get("x-invalid"), name


@pytest.mark.parametrize(
    ("name", "verdict", "value"), CASES, ids=[f"{n}-{v}-{i}" for i, (n, v, _) in enumerate(CASES)]
)
def test_the_class_accepts_what_the_schema_accepts(
    generated: Any, name: str, verdict: str, value: Any
) -> None:
    shapes, model = generated
    assert json_schema_accepts(name, value) is (verdict == "valid"), "the fixture is wrong"
    cls = class_of(shapes, name)
    text = json.dumps(value)
    if verdict == "valid":
        read = model.read_json(cls, text, server=True)
        assert json.loads(read.model_dump_json(by_alias=True, exclude_unset=True)) == value
    else:
        with pytest.raises(pydantic.ValidationError):
            model.read_json(cls, text, server=True)


def _closed_cases() -> list[tuple[str, Any, str]]:
    """Each valid value of a component with ``additionalProperties: false``, plus a key its
    ``properties`` do not name."""
    cases = []
    for name, schema in RAW["components"]["schemas"].items():
        if schema.get("additionalProperties") is False and "patternProperties" not in schema:
            other = "_".join(schema.get("properties", {})) + "_other"
            cases += [(name, value, other) for value in schema["x-valid"]]
    return cases


CLOSED = _closed_cases()


@pytest.mark.parametrize(("name", "value", "other"), CLOSED)
def test_other_keys_are_refused_by_a_server_and_dropped_by_a_client(
    generated: Any, name: str, value: Any, other: str
) -> None:
    shapes, model = generated
    extended = {**value, other: 1}
    assert not json_schema_accepts(name, extended), "the fixture is wrong"
    cls = class_of(shapes, name)
    with pytest.raises(pydantic.ValidationError):
        model.read_json(cls, json.dumps(extended), server=True)
    read = model.read_json(cls, json.dumps(extended))  # a client stays lenient
    assert json.loads(read.model_dump_json(by_alias=True, exclude_unset=True)) == value


def test_some_component_closes_its_keys() -> None:
    assert CLOSED  # the test above has cases to run


SERVED = [
    (path, operation["requestBody"]["content"]["application/json"]["schema"]["$ref"])
    for path, item in RAW["paths"].items()
    for operation in item.values()
]
SERVED_CASES = [
    (path, ref.rsplit("/", 1)[1], verdict, value)
    for path, ref in SERVED
    for _, name, verdict, value in [(0, *case) for case in CASES]
    if name == ref.rsplit("/", 1)[1]
]


@pytest.mark.parametrize(("path", "name", "verdict", "value"), SERVED_CASES)
def test_a_generated_server_refuses_the_invalid_bodies_with_a_4xx(
    generated: Any, path: str, name: str, verdict: str, value: Any
) -> None:
    """A path's body read by the generated server (no handler methods: 501 once it is read)."""
    shapes, _ = generated
    server = importlib.import_module(shapes.__name__.rsplit(".", 1)[0] + ".server")
    handler = next(  # the generated base class: every operation unimplemented
        v for k, v in vars(server).items() if k.endswith("Handler") and isinstance(v, type)
    )
    app = server.create_app(handler())

    async def post() -> int:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            response = await client.post(path, content=json.dumps(value))
            return response.status_code

    status = asyncio.run(post())
    if verdict == "valid":
        assert status == 501, (name, value, status)
    else:
        assert 400 <= status < 500, (name, value, status)


UNSUPPORTED = DOCUMENT.with_name("unsupported.openapi.yaml")


def _line_of(text: str, component: str, keyword: str) -> int:
    """The line (1-based) of ``keyword:`` after the ``component:`` line, read from the file."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == f"{component}:")
    return next(
        i + 1
        for i, line in enumerate(lines)
        if i > start and f"{keyword}:" in line and "x-unsupported" not in line
    )


def test_valid_but_unsupported_schemas_get_one_error_each_naming_the_place() -> None:
    from apigen.errors import SpecError
    from apigen.frontends import load_service

    text = UNSUPPORTED.read_text(encoding="utf-8")
    for schema in yaml.safe_load(text)["components"]["schemas"].values():
        jsonschema.Draft202012Validator.check_schema(schema)  # valid, just not carried
    marked = {
        name: schema["x-unsupported"]
        for name, schema in yaml.safe_load(text)["components"]["schemas"].items()
    }
    with pytest.raises(SpecError) as caught:
        load_service(UNSUPPORTED)
    issues = [str(issue) for issue in caught.value.issues]
    for name, keyword in marked.items():
        place = f"{UNSUPPORTED.name}:{_line_of(text, name, keyword)}:"
        found = [i for i in issues if place in i and f"/{name}" in i]
        assert len(found) == 1, (name, keyword, issues)
    assert len(issues) == len(marked), issues


PATTERNED = [
    (path, ref.rsplit("/", 1)[1], value)
    for path, ref in SERVED
    if "patternProperties" in RAW["components"]["schemas"][ref.rsplit("/", 1)[1]]
    for value in RAW["components"]["schemas"][ref.rsplit("/", 1)[1]]["x-valid"]
]


@pytest.mark.parametrize(("path", "name", "value"), PATTERNED)
def test_pattern_keyed_values_round_trip_from_client_to_server(
    generated: Any, path: str, name: str, value: Any
) -> None:
    """A valid value, keys matched by ``patternProperties`` included, sent by the generated
    client, arrives at the handler as sent and travels back the same JSON."""
    shapes, _ = generated
    package = shapes.__name__.rsplit(".", 1)[0]
    server = importlib.import_module(f"{package}.server")
    client_module = importlib.import_module(f"{package}.client")
    asgi = importlib.import_module(f"{package.rsplit('.', 1)[0]}._runtime.transport.asgi")
    base = next(v for k, v in vars(server).items() if k.endswith("Handler") and isinstance(v, type))
    [operation] = [op["operationId"] for op in RAW["paths"][path].values() if "operationId" in op]
    received: list[Any] = []

    async def method(handler: Any, request: Any) -> None:
        received.append(request)

    handler = type("Recording", (base,), {naming.snake(operation): method})()
    client_class = next(
        v
        for k, v in vars(client_module).items()
        if k.endswith("Client") and getattr(v, "__module__", "") == client_module.__name__
    )
    transport = asgi.AsgiTransport(server.create_app(handler))
    client = client_class(transport=transport, endpoint_url="http://test", retries=1)
    cls = class_of(shapes, name)
    getattr(client, naming.snake(operation))(**{naming.snake(name): cls.model_validate(value)})
    [request] = received
    body = getattr(request, naming.snake(name))
    assert json.loads(body.model_dump_json(by_alias=True, exclude_unset=True)) == value


def test_reference_docs_name_what_each_not_excludes() -> None:
    """The reference page's constraints cell of every ``not`` member says ``not (...)`` and
    names each value, type and key that the document's ``not`` lists."""
    from apigen.frontends import load_service
    from apigen.views.reference import rows

    service = load_service(DOCUMENT)
    [shape] = [s for s in service.shapes.values() if s.name == "Nots"]
    cells = {row.member.split("`")[1]: row.constraints for row in rows(service, shape, "")}
    for key, schema in RAW["components"]["schemas"]["Nots"]["properties"].items():
        cell = cells[naming.snake(key)]
        assert "not (" in cell, (key, cell)
        inner = schema["not"]
        listed = inner.get("enum", []) + ([inner["const"]] if "const" in inner else [])
        types = inner.get("type", [])
        for word in [
            *(repr(v) for v in listed),
            *([types] if isinstance(types, str) else types),
            *inner.get("required", []),
        ]:
            assert word in cell, (key, word, cell)


@pytest.mark.parametrize("name", ["Tuples", "Nots"])
def test_samples_drawn_for_tuples_and_nots_validate_against_the_document(name: str) -> None:
    """Each property's sample (the builder the round-trip tests use) is valid as the
    document's schema for it, by jsonschema: a tuple's positions in order, a ``not``
    member's sample not among what it excludes."""
    from samples import Samples

    from apigen.frontends import load_service

    service = load_service(DOCUMENT)
    [shape] = [s for s in service.shapes.values() if s.name == name]
    samples = Samples(service)
    schemas = RAW["components"]["schemas"][name]["properties"]
    checked = 0
    for member in shape.members:
        value = samples.value(member)
        schema = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "components": RAW["components"],
            **schemas[member.name],
        }
        errors = list(jsonschema.Draft202012Validator(schema).iter_errors(value))
        assert not errors, (member.name, value, errors[0].message if errors else "")
        checked += 1
    assert checked == len(schemas)


def test_reference_docs_show_a_tuple_position_by_position() -> None:
    """A ``prefixItems`` property's type cell is a tuple naming each position in the
    document's order (a ``$ref`` as its class), with the items after them unless
    ``items: false``."""
    from apigen.frontends import load_service
    from apigen.views.reference import rows

    python = {"string": "str", "integer": "int", "boolean": "bool"}  # docs/openapi-shapes.md
    service = load_service(DOCUMENT)
    [shape] = [s for s in service.shapes.values() if s.name == "Tuples"]
    cells = {row.member.split("`")[1]: row.type for row in rows(service, shape, "")}
    for key, schema in RAW["components"]["schemas"]["Tuples"]["properties"].items():
        cell = cells[naming.snake(key)]
        names = [
            f"[{item['$ref'].rsplit('/', 1)[1]}]" if "$ref" in item else python[item["type"]]
            for item in schema["prefixItems"]
        ]
        assert cell.startswith("tuple[" + names[0]), (key, cell)
        found = [cell.index(n) for n in names]
        assert found == sorted(found), (key, cell)
        assert ("Unpack[" in cell) is (schema.get("items") is not False), (key, cell)


def test_reference_docs_example_fills_each_tuple_position() -> None:
    """An example call's value for a ``prefixItems`` member is a Python tuple with a value
    at each position of the document's prefix, each valid as that position's schema by
    jsonschema (a ``$ref`` position is a class: a placeholder)."""
    from apigen.frontends import load_service
    from apigen.views.reference import example_value

    service = load_service(DOCUMENT)
    [shape] = [s for s in service.shapes.values() if s.name == "Tuples"]
    values = {m.name: example_value(service, m) for m in shape.members}
    for key, schema in RAW["components"]["schemas"]["Tuples"]["properties"].items():
        value = ast.literal_eval(values[key])
        assert isinstance(value, tuple), (key, values[key])
        assert len(value) == len(schema["prefixItems"]), (key, value)
        for item, position in zip(value, schema["prefixItems"], strict=True):
            if "$ref" in position:
                assert item is Ellipsis, (key, value)
                continue
            assert jsonschema.Draft202012Validator(position).is_valid(item), (key, item)
