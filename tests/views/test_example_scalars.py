"""The reference docs' example values for strings and numbers are valid as their schemas say.

For every scalar property (a string, integer or number schema written in place, not a
``$ref`` or a timestamp or bytes) of every component of the rule document and of the real
documents (BYOK, ``../shared/upstream/confluent/``), the example call's value, read back
as a Python literal, must be valid JSON Schema for the property as the document writes it:
jsonschema judges it, not the code under test. The placeholder (``"..."``, ``1``) stays
where it is valid.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from apigen import naming
from apigen.frontends import load_service
from apigen.views.reference import example_value

_GENERATED_TESTS = Path(__file__).resolve().parents[1] / "generated"
if str(_GENERATED_TESTS) not in sys.path:
    sys.path.insert(0, str(_GENERATED_TESTS))

from test_documents import DOCUMENTS, IDS  # noqa: E402 - the real documents, listed once

RULES = _GENERATED_TESTS / "documents" / "schemas.openapi.yaml"
_SCALARS = {"string", "integer", "number"}
_NOT_TEXT = {"date-time", "byte", "binary"}


def scalar_properties(raw: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(component, property, schema) of every scalar property written in place."""
    found = []
    for component, schema in ((raw.get("components") or {}).get("schemas") or {}).items():
        for prop, sub in (schema.get("properties") or {}).items():
            if (
                isinstance(sub, dict)
                and isinstance(sub.get("type"), str)
                and sub["type"] in _SCALARS
                and "enum" not in sub
                and sub.get("format") not in _NOT_TEXT
                and sub.get("contentEncoding") != "base64"
            ):
                found.append((component, prop, sub))
    return found


def check(path: Path) -> tuple[int, list[str]]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    service = load_service(path)
    by_name = {s.name: s for s in service.shapes.values()}
    checked, wrong = 0, []
    for component, prop, schema in scalar_properties(raw):
        shape = by_name.get(schema_class(raw, component))
        member = shape.get_member(prop) if shape is not None else None
        if member is None:  # renamed (a collision) or merged away: another test's business
            continue
        text = example_value(service, member)
        value = ast.literal_eval(text)
        checked += 1
        if not jsonschema.Draft202012Validator(schema).is_valid(value):
            wrong.append(f"{path.name}: {component}.{prop}: {text} is not valid for {schema}")
    return checked, wrong


def schema_class(raw: dict[str, Any], component: str) -> str:
    schema = raw["components"]["schemas"][component]
    return str(schema.get("x-class", naming.pascal(component)))


def test_the_rule_documents_examples_fit_their_schemas() -> None:
    checked, wrong = check(RULES)
    assert checked, "no scalar property to check"
    assert not wrong, "\n".join(wrong)


def test_a_constrained_string_gets_a_value_that_fits(tmp_path: Path) -> None:
    document = tmp_path / "fits.openapi.yaml"
    document.write_text(
        """\
openapi: 3.1.0
info: {title: Fits, version: "1"}
paths: {}
components:
  schemas:
    Thing:
      type: object
      properties:
        plain: {type: string}
        code: {type: string, pattern: '^[A-Z]{3}-[0-9]{4}$'}
        short: {type: string, maxLength: 2}
        long: {type: string, minLength: 5}
        day: {type: string, format: date}
        nope: {type: string, not: {const: "..."}}
        count: {type: integer, minimum: 5, maximum: 9}
        below: {type: integer, maximum: -3}
        ratio: {type: number, maximum: 0.75, minimum: 0.5}
        other: {type: integer, not: {enum: [1]}}
""",
        encoding="utf-8",
    )
    checked, wrong = check(document)
    assert checked == 10
    assert not wrong, "\n".join(wrong)
    service = load_service(document)
    [thing] = [s for s in service.shapes.values() if s.name == "Thing"]
    plain = thing.get_member("plain")
    assert plain is not None and example_value(service, plain) == '"..."'


@pytest.mark.parametrize("path", DOCUMENTS, ids=IDS)
def test_the_real_documents_examples_fit_their_schemas(path: Path, shared_dir: Path) -> None:
    _, wrong = check(path)
    assert not wrong, "\n".join(wrong)
