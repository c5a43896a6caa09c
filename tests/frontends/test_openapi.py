"""The OpenAPI front end: each feature on a small inline document, then the Confluent spec."""

from __future__ import annotations

import ast
import json
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from apigen import ir, naming
from apigen.errors import SpecError
from apigen.frontends import load_service
from apigen.frontends.openapi import load_openapi
from apigen.render import environment, render
from apigen.views.shapes import shapes_view

ROOT = Path(__file__).resolve().parents[2]
CONFLUENT = ROOT / "specs" / "confluent-byok-v1.openapi.yaml"
NS = "test.pets"
S = "smithy.api"


def write(
    tmp_path: Path, body: str, version: str = "3.0.3", name: str = "pets.openapi.yaml"
) -> Path:
    head = f"openapi: {version}\ninfo:\n  title: Pet Store\n  version: '1.0'\n  x-apigen-namespace: {NS}\n"
    path = tmp_path / name
    path.write_text(head + textwrap.dedent(body), encoding="utf-8")
    return path


def load(tmp_path: Path, body: str, version: str = "3.0.3") -> ir.Service:
    return load_openapi(write(tmp_path, body, version))


def schemas(tmp_path: Path, body: str, version: str = "3.0.3") -> ir.Service:
    indented = textwrap.indent(textwrap.dedent(body), "    ")
    return load(tmp_path, "paths: {}\ncomponents:\n  schemas:\n" + indented, version)


def errors(tmp_path: Path, body: str, version: str = "3.0.3", *, raw: bool = False) -> list[str]:
    with pytest.raises(SpecError) as caught:
        if raw:
            load(tmp_path, body, version)
        else:
            schemas(tmp_path, body, version)
    return [str(i) for i in caught.value.issues]


def shape(service: ir.Service, name: str) -> ir.Shape:
    return service.shapes[f"{NS}#{name}"]


def member(service: ir.Service, shape_name: str, name: str) -> ir.Member:
    found = shape(service, shape_name).get_member(name)
    assert found is not None, f"{shape_name} has no member {name}"
    return found


def op(service: ir.Service, name: str) -> ir.Operation:
    return next(o for o in service.operations if o.name == name)


# -- service --------------------------------------------------------------------------------


def test_service_fields_and_dispatch(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
        servers:
          - url: https://{region}.pets.example/v1
            variables: {region: {default: eu}}
        paths: {}
        """,
    )
    service = load_service(path)
    assert (service.name, service.namespace, service.protocol) == ("PetStore", NS, "openapi")
    assert (service.version, service.title) == ("1.0", "Pet Store")
    assert service.id == f"{NS}#PetStore"
    assert service.default_endpoint == "https://eu.pets.example/v1"
    assert service.source.endswith("pets.openapi.yaml")
    assert f"{S}#String" in service.shapes and list(service.shapes) == sorted(service.shapes)


def test_service_name_extension_and_default_namespace(tmp_path: Path) -> None:
    path = tmp_path / "x.openapi.yaml"
    path.write_text(
        "openapi: 3.1.0\ninfo: {title: Key Management API for BYOK, version: '2', "
        "description: Keys., x-apigen-service-name: ConfluentByok}\npaths: {}\n"
    )
    service = load_openapi(path)
    assert (service.name, service.namespace, service.documentation) == (
        "ConfluentByok",
        "confluent.byok",
        "Keys.",
    )
    path.write_text(
        "openapi: 3.1.0\ninfo: {title: Key Management API for BYOK, version: '2'}\npaths: {}\n"
    )
    assert load_openapi(path).name == "KeyManagementApiForByok"


# -- references, composition ----------------------------------------------------------------


def test_ref_cycles_become_recursive_shapes(tmp_path: Path) -> None:
    service = schemas(
        tmp_path,
        """\
        Node:
          type: object
          properties:
            parent: {$ref: '#/components/schemas/Node'}
            children: {type: array, items: {$ref: '#/components/schemas/Node'}}
            edge: {$ref: '#/components/schemas/Edge'}
        Edge:
          type: object
          properties:
            to: {$ref: '#/components/schemas/Node'}
        NodeAlias: {$ref: '#/components/schemas/Node'}
        Holder:
          type: object
          properties:
            node: {$ref: '#/components/schemas/NodeAlias'}
        """,
    )
    assert member(service, "Node", "parent").target == f"{NS}#Node"
    assert shape(service, "NodeChildrenList").member.target == f"{NS}#Node"
    assert member(service, "Edge", "to").target == f"{NS}#Node"
    assert f"{NS}#NodeAlias" not in service.shapes
    assert member(service, "Holder", "node").target == f"{NS}#Node"
    classes = [c.name for c in shapes_view(service).classes]
    assert {"Node", "Edge", "Holder"} <= set(classes)


def test_ref_alias_cycle_is_reported(tmp_path: Path) -> None:
    problems = errors(
        tmp_path,
        """\
        A: {$ref: '#/components/schemas/B'}
        B: {$ref: '#/components/schemas/A'}
        User:
          type: object
          properties:
            a: {$ref: '#/components/schemas/A'}
        """,
    )
    assert any(
        "$ref cycle" in p and "#/components/schemas/User/properties/a" in p for p in problems
    )


def test_allof_merges_properties_and_required_in_order(tmp_path: Path) -> None:
    service = schemas(
        tmp_path,
        """\
        Base:
          type: object
          description: The base.
          required: [id]
          properties:
            id: {type: string}
            name: {type: string}
        Extended:
          description: The extension.
          allOf:
            - $ref: '#/components/schemas/Base'
            - type: object
              required: [extra]
              properties:
                extra: {type: integer}
                name: {type: string, maxLength: 5}
          properties:
            own: {type: boolean}
        """,
    )
    extended = shape(service, "Extended")
    assert [m.name for m in extended.members] == ["id", "name", "extra", "own"]
    assert [m.name for m in extended.members if m.required] == ["id", "extra"]
    assert extended.documentation == "The extension."
    assert member(service, "Extended", "name").constraints.length == ir.Length(max=5)
    assert member(service, "Extended", "id").id == f"{NS}#Extended$id"


def test_allof_at_a_use_reuses_the_referenced_shape_when_it_only_annotates(tmp_path: Path) -> None:
    service = schemas(
        tmp_path,
        """\
        Meta:
          type: object
          properties:
            self: {type: string}
        Thing:
          type: object
          properties:
            meta:
              description: Where it lives.
              readOnly: true
              allOf:
                - $ref: '#/components/schemas/Meta'
                - properties:
                    self: {example: https://x}
            widened:
              allOf:
                - $ref: '#/components/schemas/Meta'
                - properties:
                    more: {type: string}
        """,
    )
    meta = member(service, "Thing", "meta")
    assert (meta.target, meta.documentation, meta.read_only) == (
        f"{NS}#Meta",
        "Where it lives.",
        True,
    )
    widened = shape(service, "ThingWidened")
    assert member(service, "Thing", "widened").target == widened.id
    assert [m.name for m in widened.members] == ["self", "more"]


def test_allof_that_requires_more_at_a_use_narrows_the_referenced_shape(tmp_path: Path) -> None:
    service = schemas(
        tmp_path,
        """        Meta:
          type: object
          required: [self]
          properties:
            self: {type: string}
            name: {type: string}
            tags: {type: array, items: {type: string}}
        Thing:
          type: object
          properties:
            narrowed:
              description: Named.
              allOf:
                - $ref: '#/components/schemas/Meta'
                - type: object
                  required: [name, self, nowhere]
            same:
              allOf:
                - $ref: '#/components/schemas/Meta'
                - required: [self, nowhere]
        """,
    )
    narrowed = shape(service, "ThingNarrowed")
    use = member(service, "Thing", "narrowed")
    assert (use.target, use.documentation) == (narrowed.id, "Named.")
    assert (narrowed.type, narrowed.narrows) == (ir.ShapeType.STRUCTURE, f"{NS}#Meta")
    assert [(m.id, m.required) for m in narrowed.members] == [
        (f"{NS}#ThingNarrowed$self", True),
        (f"{NS}#ThingNarrowed$name", True),
        (f"{NS}#ThingNarrowed$tags", False),
        # JSON Schema still demands a required key no property declares: any value
        (f"{NS}#ThingNarrowed$nowhere", True),
    ]
    assert narrowed.members[2].target == shape(service, "Meta").members[2].target
    assert narrowed.members[3].target == "smithy.api#Document"
    same = shape(service, "ThingSame")  # only the undeclared key is new
    assert member(service, "Thing", "same").target == same.id
    assert [(m.name, m.required) for m in same.members][-1] == ("nowhere", True)


def test_a_narrowing_inside_the_schema_it_narrows(tmp_path: Path) -> None:
    service = schemas(
        tmp_path,
        """        Node:
          type: object
          properties:
            name: {type: string}
            children:
              type: array
              items:
                allOf:
                  - $ref: '#/components/schemas/Node'
                  - required: [name]
        """,
    )
    item = shape(service, "NodeChildrenItem")
    assert shape(service, "NodeChildrenList").member.target == item.id
    assert item.narrows == f"{NS}#Node"
    assert [(m.name, m.required) for m in item.members] == [("name", True), ("children", False)]
    module: Any = _import_shapes(tmp_path, service)
    assert issubclass(module.NodeChildrenItem, module.Node)
    tree = module.Node.model_validate({"children": [{"name": "a", "children": [{"name": "b"}]}]})
    assert type(tree.children[0].children[0]).__name__ == "NodeChildrenItem"
    with pytest.raises(ValueError, match=r"children\.0\.children\.0\.name"):
        module.Node.model_validate({"children": [{"name": "a", "children": [{}]}]})


def test_a_derived_name_yields_to_a_component_of_that_name(tmp_path: Path) -> None:
    """docs/openapi-shapes.md "Names that collide": components keep their names."""
    service = schemas(
        tmp_path,
        """        Meta:
          type: object
          properties:
            self: {type: string}
        ThingNarrowed: {type: object, properties: {other: {type: string}}}
        ThingNarrowed2: {type: object, properties: {more: {type: string}}}
        Thing:
          type: object
          properties:
            narrowed:
              allOf:
                - $ref: '#/components/schemas/Meta'
                - required: [self]
            inline: {type: object, properties: {a: {type: string}}}
        ThingInline: {type: object, properties: {b: {type: integer}}}
        """,
    )
    assert [m.name for m in shape(service, "ThingNarrowed").members] == ["other"]
    assert [m.name for m in shape(service, "ThingNarrowed2").members] == ["more"]
    assert member(service, "Thing", "narrowed").target == f"{NS}#ThingNarrowed3"
    assert shape(service, "ThingNarrowed3").narrows == f"{NS}#Meta"
    assert member(service, "Thing", "inline").target == f"{NS}#ThingInline2"
    assert [m.name for m in shape(service, "ThingInline").members] == ["b"]


def test_an_operation_structure_yields_to_a_component_of_that_name(tmp_path: Path) -> None:
    service = load(
        tmp_path,
        """\
        paths:
          /things:
            post:
              operationId: createThing
              requestBody:
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/CreateThingRequest'}
              responses:
                '200':
                  content:
                    application/json:
                      schema: {type: object, properties: {id: {type: string}}}
                  description: ok
        components:
          schemas:
            CreateThingRequest: {type: object, properties: {name: {type: string}}}
            CreateThingResponseBody: {type: object, properties: {other: {type: string}}}
        """,
    )
    [op] = service.operations
    assert op.input == f"{NS}#CreateThingRequest2"
    assert member(service, "CreateThingRequest2", "create_thing_request").target == (
        f"{NS}#CreateThingRequest"
    )
    assert member(service, "CreateThingResponse", "body").target == (
        f"{NS}#CreateThingResponseBody2"
    )


def test_allof_parts_that_disagree_on_type_are_reported(tmp_path: Path) -> None:
    problems = errors(
        tmp_path,
        """\
        Bad:
          allOf:
            - {type: string}
            - {type: integer}
        """,
    )
    assert any("disagree on type" in p for p in problems)


# -- unions ---------------------------------------------------------------------------------

_PETS = """\
Cat:
  type: object
  required: [kind]
  properties:
    kind: {type: string, enum: [cat]}
    lives: {type: integer}
Dog:
  type: object
  required: [kind]
  properties:
    kind: {type: string, enum: [dog]}
    bark: {type: string}
"""


def test_oneof_with_discriminator_is_a_union(tmp_path: Path) -> None:
    service = schemas(
        tmp_path,
        _PETS
        + textwrap.dedent("""\
        Pet:
          description: A cat or a dog.
          oneOf:
            - $ref: '#/components/schemas/Cat'
            - $ref: '#/components/schemas/Dog'
          discriminator:
            propertyName: kind
            mapping:
              cat: '#/components/schemas/Cat'
              dog: Dog
        Owner:
          type: object
          properties:
            pet:
              anyOf:
                - $ref: '#/components/schemas/Cat'
                - $ref: '#/components/schemas/Dog'
              discriminator: {propertyName: kind}
        """),
    )
    pet = shape(service, "Pet")
    assert (pet.type, pet.discriminator, pet.documentation) == (
        ir.ShapeType.UNION,
        "kind",
        "A cat or a dog.",
    )
    assert [(m.name, m.target) for m in pet.members] == [("cat", f"{NS}#Cat"), ("dog", f"{NS}#Dog")]
    inline = shape(service, "OwnerPet")
    assert member(service, "Owner", "pet").target == inline.id
    assert [(m.name, m.target) for m in inline.members] == [
        ("Cat", f"{NS}#Cat"),
        ("Dog", f"{NS}#Dog"),
    ]


def test_oneof_without_discriminator_is_an_untagged_union(tmp_path: Path) -> None:
    service = schemas(
        tmp_path,
        _PETS
        + textwrap.dedent("""\
        Pet:
          oneOf:
            - $ref: '#/components/schemas/Cat'
            - $ref: '#/components/schemas/Dog'
            - {type: string}
            - {type: object, properties: {name: {type: string}}}
        """),
    )
    pet = shape(service, "Pet")
    assert (pet.type, pet.discriminator, pet.untagged) == (ir.ShapeType.UNION, None, True)
    assert [(m.name, m.target) for m in pet.members] == [
        ("Cat", f"{NS}#Cat"),
        ("Dog", f"{NS}#Dog"),
        ("Variant3", "smithy.api#String"),
        ("Variant4", f"{NS}#PetVariant4"),
    ]


def test_a_null_variant_makes_an_untagged_unions_uses_nullable(tmp_path: Path) -> None:
    service = schemas(
        tmp_path,
        _PETS
        + textwrap.dedent("""\
        Owner:
          type: object
          properties:
            pet:
              anyOf:
                - $ref: '#/components/schemas/Cat'
                - {type: "null"}
                - {type: integer}
        """),
        "3.1.0",
    )
    pet = member(service, "Owner", "pet")
    assert pet.nullable
    union = service.shapes[pet.target]
    assert union.untagged
    assert [(m.name, m.target) for m in union.members] == [
        ("Cat", f"{NS}#Cat"),
        ("Variant3", "smithy.api#BigInteger"),
    ]


def test_oneof_with_null_is_a_nullable_member(tmp_path: Path) -> None:
    service = schemas(
        tmp_path,
        _PETS
        + textwrap.dedent("""\
        Owner:
          type: object
          properties:
            cat:
              oneOf:
                - $ref: '#/components/schemas/Cat'
                - type: 'null'
        """),
        version="3.1.0",
    )
    cat = member(service, "Owner", "cat")
    assert (cat.target, cat.nullable) == (f"{NS}#Cat", True)


# -- member flags -----------------------------------------------------------------------------


def test_read_only_and_write_only(tmp_path: Path) -> None:
    service = schemas(
        tmp_path,
        """\
        Stamp:
          type: object
          readOnly: true
          properties:
            at: {type: string}
        User:
          type: object
          required: [id, password]
          properties:
            id: {type: string, readOnly: true}
            password: {type: string, writeOnly: true, format: password}
            stamp: {$ref: '#/components/schemas/Stamp'}
        """,
    )
    uid = member(service, "User", "id")
    assert (uid.required, uid.read_only, uid.write_only) == (True, True, False)
    password = member(service, "User", "password")
    assert (password.write_only, password.read_only, password.sensitive) == (True, False, True)
    assert member(service, "User", "stamp").read_only


def test_nullable_30_and_type_arrays_31(tmp_path: Path) -> None:
    v30 = schemas(
        tmp_path,
        """\
        Thing:
          type: object
          required: [a]
          properties:
            a: {type: string, nullable: true}
            b: {type: string}
            c: {type: string, enum: [x, y, null], nullable: true}
        """,
    )
    assert member(v30, "Thing", "a").nullable and member(v30, "Thing", "a").required
    assert member(v30, "Thing", "a").target == f"{S}#String"
    assert not member(v30, "Thing", "b").nullable
    assert member(v30, "Thing", "c").nullable
    assert [v.value for v in shape(v30, "ThingC").enum_values] == ["x", "y"]
    v31 = schemas(
        tmp_path,
        """\
        Thing:
          type: object
          required: [a]
          properties:
            a: {type: [string, 'null']}
            b: {type: string}
        """,
        version="3.1.0",
    )
    assert member(v31, "Thing", "a") == member(v30, "Thing", "a")
    assert not member(v31, "Thing", "b").nullable


def test_several_types_are_an_untagged_union_of_one_variant_per_type(tmp_path: Path) -> None:
    service = schemas(
        tmp_path,
        "Thing: {type: [string, 'null', boolean, integer], minLength: 2, maximum: 5}\n",
        version="3.1.0",
    )
    thing = shape(service, "Thing")
    assert (thing.type, thing.untagged) == (ir.ShapeType.UNION, True)
    # JSON Schema applies minLength to strings, maximum to numbers: each to its own variant
    assert [(m.name, m.target.rpartition("#")[2]) for m in thing.members] == [
        ("Boolean", "Boolean"),
        ("Integer", "BigInteger"),
        ("String", "String"),
    ]
    integer, text = thing.members[1], thing.members[2]
    assert (integer.constraints.range, integer.constraints.length) == (ir.Range(max=5), None)
    assert (text.constraints.length, text.constraints.range) == (ir.Length(min=2), None)


# -- enums, formats, defaults, constraints ----------------------------------------------------


def test_enums_named_inline_and_integer(tmp_path: Path) -> None:
    service = schemas(
        tmp_path,
        """\
        Status:
          type: string
          description: Where it is.
          enum: [available, in-progress]
        Level: {type: integer, enum: [1, 2, -3]}
        Thing:
          type: object
          properties:
            status: {$ref: '#/components/schemas/Status'}
            color: {type: string, enum: [red, green], description: The colour.}
            one: {const: only}
        """,
        version="3.1.0",
    )
    status = shape(service, "Status")
    assert (status.type, status.documentation) == (ir.ShapeType.ENUM, "Where it is.")
    assert [(v.name, v.value) for v in status.enum_values] == [
        ("available", "available"),
        ("in-progress", "in-progress"),
    ]
    assert member(service, "Thing", "status").target == status.id
    color = shape(service, "ThingColor")
    assert member(service, "Thing", "color").target == color.id
    assert (color.documentation, member(service, "Thing", "color").documentation) == (
        "The colour.",
        "The colour.",
    )
    level = shape(service, "Level")
    assert level.type is ir.ShapeType.INT_ENUM and [v.value for v in level.enum_values] == [
        1,
        2,
        -3,
    ]
    assert [v.value for v in shape(service, "ThingOne").enum_values] == ["only"]


def test_enum_problems(tmp_path: Path) -> None:
    assert any(
        "enum of floats, arrays or objects" in p
        for p in errors(tmp_path, "Half: {enum: [0.5, 1.5]}\n")
    )


@pytest.mark.parametrize(
    ("schema", "target", "timestamp_format"),
    [
        ("{type: string, format: date-time}", "Timestamp", ir.TimestampFormat.DATE_TIME),
        ("{type: string, format: date}", "String", None),
        ("{type: string, format: uri}", "String", None),
        ("{type: string, format: byte}", "Blob", None),
        ("{type: string, format: binary}", "Blob", None),
        ("{type: integer}", "BigInteger", None),  # no format: no bounds (any JSON integer)
        ("{type: integer, format: int32}", "Integer", None),
        ("{type: integer, format: int32}", "Integer", None),
        ("{type: integer, format: int64}", "Long", None),
        ("{type: number}", "Double", None),
        ("{type: number, format: float}", "Float", None),
        ("{type: number, format: double}", "Double", None),
        ("{type: boolean}", "Boolean", None),
        ("{}", "Document", None),
        ("{type: object}", "Document", None),
        ("{type: object, additionalProperties: true}", "Document", None),
    ],
)
def test_formats(
    tmp_path: Path, schema: str, target: str, timestamp_format: ir.TimestampFormat | None
) -> None:
    service = schemas(tmp_path, f"Thing:\n  type: object\n  properties:\n    value: {schema}\n")
    value = member(service, "Thing", "value")
    assert (value.target, value.timestamp_format) == (f"{S}#{target}", timestamp_format)


def test_named_scalars_are_shapes(tmp_path: Path) -> None:
    service = schemas(
        tmp_path,
        """\
        When: {type: string, format: date-time, description: A moment.}
        Name: {type: string, minLength: 1, maxLength: 10}
        Thing:
          type: object
          properties:
            when: {$ref: '#/components/schemas/When'}
            name: {$ref: '#/components/schemas/Name'}
        """,
    )
    when = shape(service, "When")
    assert (when.type, when.timestamp_format, when.documentation) == (
        ir.ShapeType.TIMESTAMP,
        ir.TimestampFormat.DATE_TIME,
        "A moment.",
    )
    assert member(service, "Thing", "when").timestamp_format is ir.TimestampFormat.DATE_TIME
    assert member(service, "Thing", "name").constraints.length == ir.Length(min=1, max=10)


def test_defaults(tmp_path: Path) -> None:
    service = schemas(
        tmp_path,
        """\
        Thing:
          type: object
          properties:
            size: {type: integer, default: 10}
            tags: {type: array, items: {type: string}, default: [a]}
            plain: {type: string}
        """,
    )
    size = member(service, "Thing", "size")
    assert (size.has_default, size.default) == (True, 10)
    assert member(service, "Thing", "tags").default == ["a"]
    assert type(member(service, "Thing", "tags").default) is list
    assert not member(service, "Thing", "plain").has_default


def test_constraints(tmp_path: Path) -> None:
    service = schemas(
        tmp_path,
        """\
        Thing:
          type: object
          properties:
            name: {type: string, minLength: 1, maxLength: 5, pattern: '^[a-z]+$'}
            count: {type: integer, minimum: 1, maximum: 9}
            open30: {type: integer, minimum: 0, exclusiveMinimum: true, maximum: 10, exclusiveMaximum: true}
            ratio: {type: number, minimum: 0.5, maximum: 1.5}
            tags:
              type: array
              minItems: 1
              maxItems: 3
              uniqueItems: true
              items: {type: string, maxLength: 8}
            labels:
              type: object
              maxProperties: 4
              additionalProperties: {type: string}
        """,
    )
    name = member(service, "Thing", "name")
    assert name.constraints == ir.Constraints(length=ir.Length(min=1, max=5), pattern="^[a-z]+$")
    assert member(service, "Thing", "count").constraints.range == ir.Range(min=1, max=9)
    assert member(service, "Thing", "open30").constraints.range == ir.Range(min=1, max=9)
    assert member(service, "Thing", "ratio").constraints.range == ir.Range(min=0.5, max=1.5)
    tags = shape(service, "ThingTagsList")
    assert tags.constraints == ir.Constraints(length=ir.Length(min=1, max=3), unique_items=True)
    assert member(service, "Thing", "tags").constraints == tags.constraints
    assert tags.member.constraints.length == ir.Length(max=8)
    assert member(service, "Thing", "labels").constraints.length == ir.Length(max=4)
    v31 = schemas(
        tmp_path,
        "T:\n  type: object\n  properties:\n    n: {type: integer, exclusiveMinimum: 0, exclusiveMaximum: 10}\n",
        version="3.1.0",
    )
    assert member(v31, "T", "n").constraints.range == ir.Range(min=1, max=9)


def test_unrepresentable_constraints_are_reported(tmp_path: Path) -> None:
    problems = errors(
        tmp_path,
        """\
        T:
          type: object
          properties:
            x: {type: number, exclusiveMinimum: 0}
            y: {type: integer, multipleOf: 5}
        """,
        version="3.1.0",
    )
    assert any("#/components/schemas/T/properties/x/exclusiveMinimum" in p for p in problems)
    assert any(
        "#/components/schemas/T/properties/y/multipleOf" in p and "cannot represent" in p
        for p in problems
    )


def test_bounds_that_admit_nothing_are_reported_all_at_once(tmp_path: Path) -> None:
    problems = errors(
        tmp_path,
        """\
        T:
          type: object
          properties:
            n: {type: integer, minimum: 10, maximum: 1}
            s: {type: string, minLength: 9, maxLength: 2}
            a: {type: array, items: {type: string}, minItems: 5, maxItems: 1}
            e: {type: integer, minimum: 3, exclusiveMinimum: true, maximum: 3}
            ok: {type: integer, minimum: 3, maximum: 3}
            minimum: {type: integer}
        """,
    )
    where = "#/components/schemas/T/properties"
    assert problems == [
        f"{tmp_path / 'pets.openapi.yaml'}:{line}: {where}/{path}"
        for line, path in [
            (12, "n/minimum: minimum 10 is greater than maximum 1"),
            (13, "s/minLength: minLength 9 is greater than maxLength 2"),
            (14, "a/minItems: minItems 5 is greater than maxItems 1"),
            (15, "e/exclusiveMinimum: no number is above 3 and at most 3"),
        ]
    ]


def test_one_operations_problem_hides_no_other(tmp_path: Path) -> None:
    problems = errors(
        tmp_path,
        """\
        paths:
          /a:
            get:
              operationId: opA
              parameters:
                - {name: q, in: query, schema: {type: integer, minimum: 5, maximum: 1}}
              responses:
                "200": {description: ok}
          /b:
            get:
              operationId: opB
              parameters:
                - {name: r, in: query, schema: {type: integer, multipleOf: 3}}
              responses:
                "200": {description: ok}
          /c:
            get:
              operationId: opC
              responses:
                "200": {description: ok, content: {application/json: {schema: {type: bogus}}}}
        """,
        raw=True,
    )
    assert any("~1a/get/parameters/0/schema/minimum: minimum 5 is greater" in p for p in problems)
    assert any("~1c/get/responses/200" in p for p in problems)
    assert len(problems) >= 2


def test_maps_lists_and_documents(tmp_path: Path) -> None:
    service = schemas(
        tmp_path,
        """\
        Tags:
          type: array
          items: {type: string}
        Counts:
          type: object
          additionalProperties: {type: integer}
        Anything: {}
        Thing:
          type: object
          properties:
            labels:
              type: object
              additionalProperties:
                type: object
                properties:
                  note: {type: string}
            rows:
              type: array
              items:
                type: object
                properties:
                  cell: {type: string}
            tags: {$ref: '#/components/schemas/Tags'}
            free: {type: object}
            closed: {type: object, additionalProperties: false}
        """,
    )
    assert shape(service, "Tags").type is ir.ShapeType.LIST
    counts = shape(service, "Counts")
    assert counts.type is ir.ShapeType.MAP
    assert (counts.key.target, counts.value.target) == (f"{S}#String", f"{S}#BigInteger")
    assert shape(service, "Anything").type is ir.ShapeType.DOCUMENT
    labels = shape(service, "ThingLabelsMap")
    assert labels.value.target == f"{NS}#ThingLabelsValue"
    assert shape(service, "ThingRowsList").member.target == f"{NS}#ThingRowsItem"
    assert member(service, "Thing", "tags").target == f"{NS}#Tags"
    assert member(service, "Thing", "free").target == f"{S}#Document"
    closed = shape(service, "ThingClosed")
    assert (closed.type, closed.members) == (ir.ShapeType.STRUCTURE, ())


def test_properties_beside_additional_properties_give_the_structure_its_other_keys(
    tmp_path: Path,
) -> None:
    service = schemas(
        tmp_path,
        """\
        T:
          type: object
          properties: {a: {type: string}}
          additionalProperties: {type: string, maxLength: 3}
        """,
    )
    t = shape(service, "T")
    assert (t.type, [m.name for m in t.members]) == (ir.ShapeType.STRUCTURE, ["a"])
    assert t.additional is not None and t.additional.target == "smithy.api#String"
    assert t.additional.constraints.length == ir.Length(max=3)


# -- names ----------------------------------------------------------------------------------


def test_dotted_names_become_clean_class_names(tmp_path: Path) -> None:
    service = schemas(
        tmp_path,
        """\
        byok.v1.Key:
          type: object
          properties:
            display_name: {type: string}
            state: {type: string, enum: [A, B]}
        Error_source: {type: object, properties: {pointer: {type: string}}}
        """,
    )
    key = shape(service, "ByokV1Key")
    assert key.name == "ByokV1Key" and key.id == f"{NS}#ByokV1Key"
    assert [m.name for m in key.members] == ["display_name", "state"]
    assert member(service, "ByokV1Key", "state").target == f"{NS}#ByokV1KeyState"
    assert shape(service, "ErrorSource").type is ir.ShapeType.STRUCTURE


def test_component_keys_that_give_one_class_name_are_numbered(tmp_path: Path) -> None:
    # docs/openapi-shapes.md, "Names that collide": the key spelled as the class keeps it,
    # then code-point order; the document's order does not count.
    for order in (
        ("byok.v1.Key", "ByokV1Key", "byok_v1_key"),
        ("byok_v1_key", "byok.v1.Key", "ByokV1Key"),
    ):
        body = "".join(
            f"{k}: {{type: object, properties: {{p{i}: {{type: string}}}}}}\n"
            for i, k in enumerate(sorted(order))
        )
        lines = [line for k in order for line in body.splitlines() if line.startswith(f"{k}:")]
        service = schemas(tmp_path, "\n".join(lines) + "\n")
        assert [m.name for m in shape(service, "ByokV1Key").members] == ["p0"]  # ByokV1Key
        assert [m.name for m in shape(service, "ByokV1Key2").members] == ["p1"]  # byok.v1.Key
        assert [m.name for m in shape(service, "ByokV1Key3").members] == ["p2"]  # byok_v1_key


def test_properties_that_give_one_python_name_keep_their_wire_names(tmp_path: Path) -> None:
    service = schemas(
        tmp_path,
        "T:\n  type: object\n  properties:\n    fooBar: {type: string}\n    foo_bar: {type: string}\n"
        "    foo_bar_2: {type: string}\n",
    )
    found = [(m.name, m.wire_name) for m in shape(service, "T").members]
    assert found == [("foo_bar_3", "fooBar"), ("foo_bar", "foo_bar"), ("foo_bar_2", "foo_bar_2")]
    assert len({naming.snake(name) for name, _ in found}) == 3


def test_enum_values_that_give_one_constant_are_numbered(tmp_path: Path) -> None:
    service = schemas(tmp_path, "E: {type: string, enum: [a-b, A_B, a b]}\n")
    values = [(v.name, v.value) for v in shape(service, "E").enum_values]
    assert values == [("A_B_3", "a-b"), ("A_B", "A_B"), ("A_B_2", "a b")]  # " " < "-"


# -- operations -----------------------------------------------------------------------------

_API = """\
security:
  - basic: []
paths:
  /pets/{petId}:
    parameters:
      - {name: petId, in: path, required: true, schema: {type: string}}
    get:
      operationId: getPet
      parameters:
        - {name: X-Trace, in: header, schema: {type: string}, description: A trace.}
        - {name: Accept, in: header, schema: {type: string}}
        - {name: fields, in: query, schema: {type: array, items: {type: string}}, explode: false}
        - {name: filter, in: query, style: deepObject, explode: true, schema: {type: object, properties: {a: {type: string}}}}
        - {name: plain, in: query, style: form, explode: true, schema: {type: string}}
      responses:
        '200':
          description: The pet.
          headers:
            X-Request-Id: {$ref: '#/components/headers/RequestId'}
            X-RateLimit-Remaining: {schema: {type: integer}, required: true}
          content:
            application/json:
              schema: {$ref: '#/components/schemas/pets.v1.Pet'}
        '404':
          $ref: '#/components/responses/NotFound'
        '429':
          description: Slow down.
          headers:
            Retry-After: {schema: {type: integer}}
        '5XX':
          description: Broken.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Oops'}
        default:
          $ref: '#/components/responses/NotFound'
    put:
      operationId: put_pet
      security: []
      requestBody:
        required: true
        description: The new pet.
        content:
          application/json:
            schema:
              allOf:
                - $ref: '#/components/schemas/pets.v1.Pet'
                - {type: object, required: [name]}
      responses:
        '204': {description: Done.}
  /pets:
    get:
      operationId: listPets
      security:
        - bearer: []
        - oauth: []
      parameters:
        - {name: page_size, in: query, schema: {type: integer, default: 10, maximum: 100}}
        - {name: page_token, in: query, schema: {type: string}}
      responses:
        '200':
          description: A page.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/PetList'}
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {name: {type: string}}}
      responses:
        '201':
          description: Created.
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}}
  /pets/{petId}/photo:
    put:
      operationId: putPhoto
      parameters:
        - {name: petId, in: path, required: true, schema: {type: string}}
      requestBody:
        content:
          application/octet-stream:
            schema: {type: string, format: binary}
      responses:
        '200': {description: ok}
components:
  securitySchemes:
    basic: {type: http, scheme: basic, description: Basic.}
    bearer: {type: http, scheme: bearer}
    oauth:
      type: oauth2
      flows: {clientCredentials: {tokenUrl: 'https://x/token', scopes: {}}}
  headers:
    RequestId:
      description: The request id.
      schema: {type: string}
  responses:
    NotFound:
      description: Not there.
      headers:
        X-Request-Id: {$ref: '#/components/headers/RequestId'}
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Failure'}
  schemas:
    pets.v1.Pet:
      type: object
      properties:
        id: {type: string, readOnly: true}
        name: {type: string}
    PetList:
      type: object
      properties:
        data: {type: array, items: {$ref: '#/components/schemas/pets.v1.Pet'}}
        metadata:
          type: object
          properties:
            next: {type: string, nullable: true}
    Failure:
      type: object
      properties:
        errors: {type: array, items: {type: string}}
    Oops:
      type: object
      properties:
        message: {type: string}
"""


@pytest.fixture
def api(tmp_path: Path) -> ir.Service:
    return load(tmp_path, _API)


def test_operation_names_and_http(api: ir.Service) -> None:
    names = [o.name for o in api.operations]
    assert names == ["GetPet", "PutPet", "ListPets", "PostPets", "PutPhoto"]
    get = op(api, "GetPet")
    assert get.id == f"{NS}#GetPet"
    assert get.http == ir.HttpTrait(method="GET", uri="/pets/{petId}", code=200)
    assert get.readonly and not get.idempotent
    assert op(api, "PutPet").http == ir.HttpTrait(method="PUT", uri="/pets/{petId}", code=204)
    assert op(api, "PutPet").idempotent
    assert op(api, "PostPets").http == ir.HttpTrait(method="POST", uri="/pets", code=201)


def test_parameters(api: ir.Service) -> None:
    get = op(api, "GetPet")
    assert get.input == f"{NS}#GetPetRequest"
    members = {m.name: m for m in shape(api, "GetPetRequest").members}
    assert list(members) == ["petId", "x_trace", "fields", "filter", "plain"]
    assert members["petId"].http == ir.HttpBinding(location=ir.Location.LABEL, name="petId")
    assert members["petId"].required
    assert members["x_trace"].http == ir.HttpBinding(location=ir.Location.HEADER, name="X-Trace")
    assert members["x_trace"].documentation == "A trace."
    assert members["fields"].http == ir.HttpBinding(
        location=ir.Location.QUERY, name="fields", explode=False
    )
    assert members["fields"].target == f"{NS}#GetPetRequestFieldsList"
    assert members["filter"].http == ir.HttpBinding(
        location=ir.Location.QUERY, name="filter", style="deepObject", explode=True
    )
    assert members["filter"].target == f"{NS}#GetPetRequestFilter"
    assert members["plain"].http == ir.HttpBinding(location=ir.Location.QUERY, name="plain")


def test_request_body_is_a_payload_member(api: ir.Service) -> None:
    put = shape(api, "PutPetRequest")
    body = put.get_member("pet")
    assert body is not None
    assert (body.target, body.required, body.documentation) == (
        f"{NS}#PutPetRequestBody",
        True,
        "The new pet.",
    )
    narrowed = shape(api, "PutPetRequestBody")  # the allOf requires name
    assert narrowed.narrows == f"{NS}#PetsV1Pet"
    assert [(m.name, m.required) for m in narrowed.members] == [("id", False), ("name", True)]
    assert body.http == ir.HttpBinding(location=ir.Location.PAYLOAD)
    inline = shape(api, "PostPetsRequest").get_member("body")
    assert inline is not None and inline.target == f"{NS}#PostPetsRequestBody"
    assert member(api, "PostPetsResponse", "body").target == f"{NS}#PostPetsResponseBody"
    photo = member(api, "PutPhotoRequest", "body")
    assert (photo.target, photo.http) == (f"{S}#Blob", ir.HttpBinding(location=ir.Location.PAYLOAD))
    assert op(api, "PutPhoto").output is None


def test_responses_headers_and_errors(api: ir.Service) -> None:
    get = op(api, "GetPet")
    assert get.output == f"{NS}#GetPetResponse"
    output = shape(api, "GetPetResponse")
    assert [m.name for m in output.members] == ["pet", "x_request_id", "x_rate_limit_remaining"]
    assert output.members[0].http == ir.HttpBinding(location=ir.Location.PAYLOAD)
    rid = output.members[1]
    assert (rid.http, rid.documentation) == (
        ir.HttpBinding(location=ir.Location.HEADER, name="X-Request-Id"),
        "The request id.",
    )
    assert output.members[2].required and output.members[2].target == f"{S}#BigInteger"
    statuses = [(r.status, r.status_range, r.shape) for r in get.responses]
    assert statuses == [
        (200, None, f"{NS}#PetsV1Pet"),
        (404, None, f"{NS}#Failure"),
        (429, None, None),
        (500, "5XX", f"{NS}#Oops"),
        (0, "default", f"{NS}#Failure"),
    ]
    assert [h.name for h in get.responses[2].headers] == ["retry_after"]
    assert get.responses[1].documentation == "Not there."
    assert get.responses[0].headers == output.members[1:]
    assert get.errors == (f"{NS}#Failure", f"{NS}#Oops")
    failure, oops = shape(api, "Failure"), shape(api, "Oops")
    assert (failure.error, failure.http_error) == ("client", None)
    assert (oops.error, oops.http_error) == ("server", None)
    assert op(api, "PutPet").output is None
    assert op(api, "PutPet").responses == (ir.Response(status=204, documentation="Done."),)


def test_pagination(api: ir.Service) -> None:
    assert op(api, "ListPets").paginated == ir.Paginated(
        input_token="page_token", output_token="metadata.next", page_size="page_size", items="data"
    )
    assert op(api, "GetPet").paginated is None
    page_size = member(api, "ListPetsRequest", "page_size")
    assert (page_size.default, page_size.constraints.range) == (10, ir.Range(max=100))


def test_auth(api: ir.Service) -> None:
    assert api.auth == (
        ir.AuthScheme(name="basic", kind="httpBasic", documentation="Basic."),
        ir.AuthScheme(name="bearer", kind="httpBearer"),
        ir.AuthScheme(name="oauth", kind="oauth2", token_url="https://x/token"),
    )
    assert op(api, "GetPet").auth == ("basic",)
    assert op(api, "PutPet").auth == ()
    assert op(api, "ListPets").auth == ("bearer", "oauth")


def test_unrepresentable_operations_are_reported(tmp_path: Path) -> None:
    problems = errors(
        tmp_path,
        """\
        paths:
          /a:
            get:
              parameters:
                - {name: c, in: query, content: {text/csv: {schema: {type: string}}}}
              responses: {'200': {description: ok}}
            post:
              requestBody:
                content:
                  multipart/mixed: {schema: {type: object}}
              responses: {'200': {description: ok}}
          /b:
            get:
              operationId: getThing
              responses: {'200': {description: ok}}
          /c:
            get:
              operationId: GetThing
              responses: {'200': {description: ok}}
        components:
          securitySchemes:
            key: {type: http, scheme: digest}
        """,
        raw=True,
    )
    assert any(
        "#/paths/~1a/get/parameters/0/content/text~1csv" in p and "JSON" in p for p in problems
    )
    assert any("#/paths/~1a/post/requestBody/content" in p and "media types" in p for p in problems)
    assert any("#/components/securitySchemes/key" in p and "digest" in p for p in problems)
    assert any(
        "#/paths/~1c/get:" in p and "'GetThing' becomes method 'get_thing', as #/paths/~1b/get" in p
        for p in problems
    )


_RGB = "{type: object, properties: {R: {type: integer}, G: {type: integer}}}"
_PETS_UNION = """\
Pet:
  oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
  discriminator: {propertyName: kind}
Cat: {type: object, properties: {kind: {type: string}}}
Dog: {type: object, properties: {kind: {type: string}}}
"""


@pytest.mark.parametrize(
    ("parameter", "message"),
    [
        (
            "{name: id, in: path, required: true, style: deepObject, schema: " + _RGB + "}",
            # openapi-spec-validator knows the path styles already
            "'deepObject' is not one of ['matrix', 'label', 'simple']",
        ),
        (
            "{name: c, in: query, style: deepObject, schema: {type: array, items: {type: string}}}",
            "style 'deepObject' is for objects, not arrays",
        ),
        (
            "{name: c, in: query, style: pipeDelimited, schema: {type: string}}",
            "style 'pipeDelimited' is for arrays and objects, not primitives",
        ),
        (
            "{name: c, in: query, style: spaceDelimited, explode: true, "
            "schema: {type: array, items: {type: string}}}",
            "style 'spaceDelimited' with explode true is not defined by OpenAPI",
        ),
        (
            "{name: c, in: query, schema: {type: array, items: " + _RGB + "}}",
            "an array parameter's items must be primitives, not an object",
        ),
        (
            "{name: c, in: query, style: deepObject, schema: {type: object, properties: "
            "{inner: " + _RGB + "}}}",
            "an object parameter's property 'inner' must be a primitive, not an object",
        ),
        (
            "{name: c, in: query, style: deepObject, schema: {type: object}}",
            "a free-form object parameter travels as JSON text, so no style applies",
        ),
        (
            "{name: c, in: query, schema: {$ref: '#/components/schemas/Pet'}}",
            "cannot represent a oneOf/anyOf parameter",
        ),
    ],
)
def test_parameter_styles_a_value_cannot_take_are_reported(
    tmp_path: Path, parameter: str, message: str
) -> None:
    label = "{name: id, in: path, required: true, schema: {type: string}}"
    parameters = [parameter] if "in: path" in parameter else [label, parameter]
    listed = "".join(f"\n        - {p}" for p in parameters)
    body = f"paths:\n  /a/{{id}}:\n    get:\n      parameters:{listed}\n"
    body += "      responses: {'200': {description: ok}}\ncomponents:\n  schemas:\n"
    problems = errors(tmp_path, body + textwrap.indent(_PETS_UNION, "    "), raw=True)
    assert any(message in p for p in problems), problems


def test_exploded_form_objects_must_not_share_query_keys(tmp_path: Path) -> None:
    problems = errors(
        tmp_path,
        f"""\
        paths:
          /a:
            get:
              parameters:
                - {{name: R, in: query, schema: {{type: integer}}}}
                - {{name: color, in: query, schema: {_RGB}}}
              responses: {{'200': {{description: ok}}}}
          /b:
            get:
              parameters:
                - {{name: m1, in: query, schema: {{type: object, additionalProperties: {{type: string}}}}}}
                - {{name: m2, in: query, schema: {{type: object, additionalProperties: {{type: string}}}}}}
              responses: {{'200': {{description: ok}}}}
        """,
        raw=True,
    )
    assert any("property 'R' is also a query parameter" in p for p in problems), problems
    assert any("two exploded form maps" in p for p in problems), problems


def test_object_parameters_bind_their_properties(tmp_path: Path) -> None:
    from apigen.views.operations import operations_view

    service = load(
        tmp_path,
        f"""\
        paths:
          /a/{{id}}:
            get:
              operationId: getA
              parameters:
                - {{name: id, in: path, required: true, style: matrix, explode: true, schema: {{type: array, items: {{type: string}}}}}}
                - {{name: color, in: query, style: deepObject, schema: {_RGB}}}
              responses: {{'200': {{description: ok}}}}
        """,
    )
    color = member(service, "GetARequest", "color")
    assert color.http == ir.HttpBinding(
        location=ir.Location.QUERY, name="color", style="deepObject"
    )
    record = next(
        r for r in operations_view(service).operations if ast.literal_eval(r.key) == "GetA"
    )
    members = next(a for a in record.args if a.startswith("input_members="))
    calls = {
        ast.literal_eval(call.args[1]): call
        for call in ast.walk(ast.parse(members.removeprefix("input_members=")))
        if isinstance(call, ast.Call)
    }
    keywords = {k.arg: ast.literal_eval(k.value) for k in calls["id"].keywords}
    assert keywords["style"] == "matrix" and keywords["explode"] is True
    fields = next(k.value for k in calls["color"].keywords if k.arg == "fields")
    assert [ast.literal_eval(f.args[1]) for f in fields.elts] == ["R", "G"]
    assert {ast.literal_eval(k.value) for f in fields.elts for k in f.keywords} == {"bigInteger"}


# -- validation -----------------------------------------------------------------------------


def test_invalid_document_is_reported_with_lines(tmp_path: Path) -> None:
    problems = errors(
        tmp_path,
        """\
        paths:
          /a/{id}:
            get:
              operationId: same
              parameters:
                - {name: q, in: query, schema: {type: strin}}
              responses: {'200': {description: ok}}
          /b:
            get:
              operationId: same
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Nowhere'}
        """,
        raw=True,
    )
    file = "pets.openapi.yaml"
    assert any(
        ":11: #/paths/~1a~1{id}/get/parameters/0/schema/type:" in p and "strin" in p
        for p in problems
    )
    assert any(
        ":21: #/paths/~1b/get/responses/200/content/application~1json/schema/$ref:" in p
        and "does not resolve" in p
        for p in problems
    )
    assert all(file in p for p in problems)


def test_keyword_pass_errors_carry_lines(tmp_path: Path) -> None:
    problems = errors(
        tmp_path,
        """\
        paths:
          /a/{id}:
            get:
              operationId: same
              responses: {'200': {description: ok}}
          /b:
            get:
              operationId: same
              responses: {'200': {description: ok}}
        components:
          schemas:
            T:
              type: object
              properties:
                n: {type: integer, minimum: x}
        """,
        raw=True,
        version="3.1.0",
    )
    assert any(":8: #/paths/~1a~1{id}/get:" in p and "Path parameter 'id'" in p for p in problems)
    assert any(":12: #/paths/~1b/get:" in p and "not unique" in p for p in problems)
    assert any(":20: #/components/schemas/T/properties/n/minimum:" in p for p in problems)


def test_not_openapi_3(tmp_path: Path) -> None:
    path = tmp_path / "old.openapi.yaml"
    path.write_text("swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n")
    with pytest.raises(SpecError, match=r"only OpenAPI 3\.0\.x and 3\.1\.x"):
        load_openapi(path)
    path.write_text("openapi: 3.0.3\ninfo: [\n")
    with pytest.raises(SpecError, match="invalid YAML") as caught:
        load_openapi(path)
    assert caught.value.issues[0].line is not None


# -- the generated shapes --------------------------------------------------------------------


def test_generated_shapes_validate_a_discriminated_union(tmp_path: Path) -> None:
    service = schemas(
        tmp_path,
        _PETS
        + textwrap.dedent("""\
        Owner:
          type: object
          required: [pet]
          properties:
            pet:
              oneOf:
                - $ref: '#/components/schemas/Cat'
                - $ref: '#/components/schemas/Dog'
              discriminator: {propertyName: kind, mapping: {cat: Cat, dog: Dog}}
            nick: {type: string, nullable: true}
        """),
    )
    module = _import_shapes(tmp_path, service)
    owner = module.Owner.model_validate({"pet": {"kind": "dog", "bark": "woof"}, "nick": None})
    assert type(owner.pet).__name__ == "Dog"
    assert json.loads(owner.model_dump_json(by_alias=True)) == {
        "pet": {"kind": "dog", "bark": "woof"},
        "nick": None,
    }
    fish = module.Owner.model_validate({"pet": {"kind": "fish", "fins": [1, None]}})
    assert type(fish.pet).__name__ == "UnknownVariant" and fish.pet.tag == "fish"
    assert json.loads(fish.model_dump_json(by_alias=True)) == {
        "pet": {"kind": "fish", "fins": [1, None]}
    }
    assert "UnknownVariant" in module.__all__  # for isinstance checks
    with pytest.raises(ValueError, match="union_tag_not_found"):
        module.Owner.model_validate({"pet": {"fins": 2}})


_DIRECTIONS = """paths:
  /users:
    post:
      operationId: createUser
      requestBody:
        content:
          application/json:
            schema:
              allOf:
                - $ref: '#/components/schemas/User'
                - required: [id, name]
      responses:
        '201':
          description: Created.
          content:
            application/json:
              schema:
                allOf:
                  - $ref: '#/components/schemas/User'
                  - required: [name]
    get:
      operationId: listUsers
      responses:
        '200':
          description: Users.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/UserList'}
components:
  schemas:
    User:
      type: object
      required: [id, password]
      properties:
        id: {type: string, readOnly: true}
        password: {type: string, writeOnly: true}
        name: {type: string}
        stamp: {$ref: '#/components/schemas/Stamp'}
    Stamp:
      type: object
      readOnly: true
      required: [at]
      properties:
        at: {type: string, readOnly: true}
    UserList:
      type: object
      required: [kind, users]
      properties:
        kind: {type: string, readOnly: true}
        users: {type: array, items: {$ref: '#/components/schemas/User'}}
"""


def test_generated_shapes_require_read_only_members_only_in_responses(tmp_path: Path) -> None:
    service = load(tmp_path, _DIRECTIONS)
    assert member(service, "CreateUserRequestBody", "id").required  # the IR keeps the spec's
    module: Any = _import_shapes(tmp_path, service)

    def required(cls: Any) -> set[str]:
        return {name for name, f in cls.model_fields.items() if f.is_required()}

    assert required(module.User) == set()  # both ways: id is readOnly, password writeOnly
    assert required(module.CreateUserRequestBody) == {"password", "name"}  # a request
    assert required(module.CreateUserResponseBody) == {"id_", "name"}  # a response
    assert required(module.UserList) == {"kind", "users"}  # responses only
    assert required(module.Stamp) == set()  # readOnly in a request, yet a client may send it
    assert module.User.__apigen_read_only__ == {"id", "id_", "stamp"}
    assert module.User.__apigen_write_only__ == {"password"}
    body = module.CreateUserRequestBody.model_validate({"password": "p", "name": "n", "id": "i"})
    assert body.model_dump(by_alias=True, context={"direction": "request"}) == {
        "password": "p",
        "name": "n",
    }


def _import_shapes(tmp_path: Path, service: ir.Service) -> object:
    """Render a service's shapes module into a scratch package beside a copy of the runtime."""
    import importlib
    import shutil

    root = tmp_path / "gen"
    name = "apigen_scratch_" + "".join(c if c.isalnum() else "_" for c in tmp_path.name)
    package = root / name
    (package / "svc").mkdir(parents=True)
    shutil.copytree(ROOT / "apigen" / "runtime", package / "_runtime")
    (package / "__init__.py").write_text("")
    (package / "svc" / "__init__.py").write_text("")
    text = render(environment(), "{package}/{service}/shapes.py.jinja", shapes_view(service))
    (package / "svc" / "shapes.py").write_text(text)
    sys.path.insert(0, str(root))
    try:
        return importlib.import_module(f"{name}.svc.shapes")
    finally:
        sys.path.remove(str(root))


# -- the Confluent spec ----------------------------------------------------------------------


def test_confluent_spec() -> None:
    service = load_openapi(CONFLUENT)
    ns = "io.confluent.byok"
    assert (service.name, service.namespace, service.protocol) == ("ConfluentByok", ns, "openapi")
    assert (service.version, service.default_endpoint) == ("0.0.1", "https://api.confluent.cloud")
    assert [(a.name, a.kind) for a in service.auth] == [
        ("cloud-api-key", "httpBasic"),
        ("global-api-key", "httpBasic"),
        ("confluent-sts-access-token", "oauth2"),  # a clientCredentials flow
    ]
    ops = {o.name: o for o in service.operations}
    assert list(ops) == [
        "ListByokV1Keys",
        "CreateByokV1Key",
        "GetByokV1Key",
        "UpdateByokV1Key",
        "DeleteByokV1Key",
    ]
    assert ops["CreateByokV1Key"].http == ir.HttpTrait(method="POST", uri="/byok/v1/keys", code=201)
    assert ops["DeleteByokV1Key"].http == ir.HttpTrait(
        method="DELETE", uri="/byok/v1/keys/{id}", code=204
    )
    assert ops["CreateByokV1Key"].auth == (
        "cloud-api-key",
        "global-api-key",
        "confluent-sts-access-token",
    )
    assert ops["ListByokV1Keys"].paginated == ir.Paginated(
        input_token="page_token", output_token="metadata.next", page_size="page_size", items="data"
    )
    assert all(o.errors == (f"{ns}#Failure",) for o in ops.values())
    failure = service.shapes[f"{ns}#Failure"]
    assert (failure.error, failure.http_error) == ("client", None)
    create_input = service.shapes[f"{ns}#CreateByokV1KeyRequest"]
    assert [(m.name, m.target) for m in create_input.members] == [
        ("key", f"{ns}#CreateByokV1KeyRequestBody")
    ]
    narrowed = {
        s.name: [m.name for m in s.members if m.required]
        for s in service.shapes.values()
        if s.narrows == f"{ns}#ByokV1Key"
    }
    assert narrowed == {
        "ByokV1KeyListDataItem": ["id", "metadata", "key", "provider", "state", "validation"],
        "CreateByokV1KeyRequestBody": ["key"],
        "CreateByokV1KeyResponseBody": ["key"],
        "GetByokV1KeyResponseBody": [
            "api_version",
            "kind",
            "id",
            "key",
            "provider",
            "state",
            "validation",
        ],
        "UpdateByokV1KeyResponseBody": [
            "api_version",
            "kind",
            "id",
            "key",
            "provider",
            "state",
            "validation",
        ],
    }
    key = service.shapes[f"{ns}#ByokV1KeyKey"]
    assert (key.type, key.discriminator) == (ir.ShapeType.UNION, "kind")
    assert [m.name for m in key.members] == ["AwsKey", "AzureKey", "GcpKey"]
    created = service.shapes[f"{ns}#CreateByokV1KeyResponse"]
    assert [m.name for m in created.members] == [
        "key",
        "x_request_id",
        "x_rate_limit_limit",
        "x_rate_limit_remaining",
        "x_rate_limit_reset",
        "location",
    ]
    rate_limited = next(r for r in ops["ListByokV1Keys"].responses if r.status == 429)
    assert [h.http.name for h in rate_limited.headers if h.http] == [
        "X-Request-Id",
        "X-RateLimit-Limit",
        "X-RateLimit-Remaining",
        "X-RateLimit-Reset",
        "Retry-After",
    ]
    since = service.shapes[f"{ns}#ByokV1KeyValidation"].get_member("since")
    assert since is not None and since.timestamp_format is ir.TimestampFormat.DATE_TIME
    message = service.shapes[f"{ns}#Error"].get_member("message")
    assert message is not None and message.nullable


def test_confluent_shapes_validate_the_spec_example(tmp_path: Path) -> None:
    module = _import_shapes(tmp_path, load_openapi(CONFLUENT))
    example = {
        "key": {
            "key_arn": "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            "kind": "AwsKey",
        },
        "display_name": "Key for billing cluster",
    }
    key = module.ByokV1Key.model_validate(example)
    assert type(key.key).__name__ == "ByokV1AwsKey"
    assert json.loads(key.model_dump_json(by_alias=True)) == example


def test_credentials_environment_prefix(tmp_path: Path) -> None:
    assert load(tmp_path, "paths: {}\n").credentials_env == "PET_STORE"
    assert load_openapi(CONFLUENT).credentials_env == "CONFLUENT_CLOUD"
    path = write(tmp_path, "paths: {}\n")
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "  x-apigen-namespace:", "  x-apigen-credentials-env: lower\n  x-apigen-namespace:"
        ),
        encoding="utf-8",
    )
    with pytest.raises(SpecError, match="upper-case environment variable prefix"):
        load_openapi(path)


_RATE_LIMITED = """
paths:
  /things:
    get:
      operationId: listThings
      responses:
        "200": {description: ok}
        "429":
          description: slow down
          headers:
            X-RateLimit-Reset: {schema: {type: integer}}
            X-RateLimit-Limit: {schema: {type: integer}}
"""


def test_retry_hints_are_the_rate_limit_resets_a_429_declares(tmp_path: Path) -> None:
    assert load(tmp_path, _RATE_LIMITED).retry_after_headers == ("X-RateLimit-Reset",)
    assert load(tmp_path, "paths: {}\n").retry_after_headers == ()


def test_retry_hints_can_be_named_in_info(tmp_path: Path) -> None:
    path = write(tmp_path, _RATE_LIMITED)
    text = path.read_text(encoding="utf-8").replace(
        "info:\n", "info:\n  x-apigen-retry-after-headers: [Wait-Seconds]\n", 1
    )
    path.write_text(text, encoding="utf-8")
    assert load_openapi(path).retry_after_headers == ("Wait-Seconds",)
