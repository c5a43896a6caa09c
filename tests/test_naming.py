"""Spec names to Python names: escapes, acronyms, dotted names and collisions."""

from __future__ import annotations

import ast
import keyword
from pathlib import Path

import pytest

from apigen import naming


@pytest.mark.parametrize(
    ("spec", "python"),
    [
        ("maxWorkerCount", "max_worker_count"),
        ("connectorARN", "connector_arn"),
        ("HTTPServer", "http_server"),
        ("S3Location", "s3_location"),
        ("connectorARN2Id", "connector_arn2_id"),
        ("x-amz-request-id", "x_amz_request_id"),
        ("already_snake", "already_snake"),
        ("__init__", "init"),
        # keywords, soft keywords (``type`` is one from 3.12: escaped on every Python)
        ("class", "class_"),
        ("from", "from_"),
        ("None", "none"),
        ("match", "match_"),
        ("case", "case_"),
        ("type", "type_"),
        # builtins and pydantic.BaseModel's own attributes
        ("id", "id_"),
        ("list", "list_"),
        ("copy", "copy_"),
        ("json", "json_"),
        ("validate", "validate_"),
        # pydantic reserves ``model_`` and treats a leading underscore as private
        ("modelConfig", "model_config_"),
        ("model", "model"),
        ("3dModel", "field_3d_model"),
        ("_", "field"),
    ],
)
def test_snake(spec: str, python: str) -> None:
    assert naming.snake(spec) == python
    assert python.isidentifier() and not python.startswith("_")
    assert not keyword.iskeyword(python)


@pytest.mark.parametrize(
    ("spec", "python"),
    [
        ("Capacity", "Capacity"),
        ("connectorARN", "ConnectorARN"),
        ("byok.v1.Key", "ByokV1Key"),
        ("kafka-cluster", "KafkaCluster"),
        ("Field", "Field_"),
        ("Any", "Any_"),
        ("ApigenModel", "ApigenModel_"),
        ("Exception", "Exception_"),
        ("None", "None_"),
        ("PythonFinalizationError", "PythonFinalizationError_"),
        ("3DModel", "_3DModel"),
    ],
)
def test_pascal(spec: str, python: str) -> None:
    assert naming.pascal(spec) == python


def test_function_constant_and_package_names() -> None:
    assert naming.function_name("ListConnectors") == "list_connectors"
    assert naming.function_name("Print") == "print_"
    assert naming.function_name("GetHTTPHeaders") == "get_http_headers"
    assert naming.constant("in-progress") == "IN_PROGRESS"
    assert naming.constant("RUNNING") == "RUNNING"
    assert naming.constant("") == "EMPTY"
    assert naming.constant("name") == "NAME_"
    assert naming.constant("value") == "VALUE_"
    assert naming.constant("mro") == "MRO_"
    assert naming.constant("1GB") == "_1_GB"
    assert naming.package("emr-containers.yaml") == "emr_containers"
    assert naming.package("confluent-byok-v1.openapi.yaml") == "confluent_byok_v1"
    assert naming.package("list.yaml") == "list_"
    assert naming.package("match.yaml") == "match_"


def test_names_do_not_depend_on_the_running_python() -> None:
    # Builtins and soft keywords added by 3.12 and 3.13 are escaped on 3.11 too.
    assert naming.pascal("PythonFinalizationError") == "PythonFinalizationError_"
    assert naming.snake("type") == "type_"
    assert naming.function_name("type") == "type_"


def test_words() -> None:
    assert naming.words("connectorARN2Id") == ["connector", "arn2", "id"]
    assert naming.words("kafka.cluster-name_x") == ["kafka", "cluster", "name", "x"]


def test_collisions_name_the_later_spec_name() -> None:
    pairs = [("fooBar", "foo_bar"), ("baz", "baz"), ("foo_bar", "foo_bar"), ("FooBar", "foo_bar")]
    assert naming.collisions(pairs) == [
        ("foo_bar", "'foo_bar' and 'fooBar' both become Python name 'foo_bar'"),
        ("FooBar", "'FooBar' and 'fooBar' both become Python name 'foo_bar'"),
    ]
    assert naming.check_unique(pairs) == [
        "'foo_bar' and 'fooBar' both become Python name 'foo_bar'",
        "'FooBar' and 'fooBar' both become Python name 'foo_bar'",
    ]
    assert naming.check_unique([("a", "a"), ("a", "a")]) == []


@pytest.mark.parametrize(
    "names",
    [
        ["fooBar", "baz", "foo_bar", "FooBar", "foo_bar_2"],
        ["foo_bar_2", "FooBar", "foo_bar", "baz", "fooBar"],  # the order does not count
    ],
)
def test_deduplicated_numbers_what_collides_by_a_fixed_rule(names: list[str]) -> None:
    renamed = naming.deduplicated(names, naming.snake)
    # foo_bar keeps its name (spelled as its Python name); FooBar < fooBar in code points;
    # foo_bar_2 is taken by a name of its own, so the numbering skips it.
    assert renamed == {"FooBar": "foo_bar_3", "fooBar": "foo_bar_4"}
    python = [naming.snake(renamed.get(n, n)) for n in names]
    assert len(set(python)) == len(names)


def test_deduplicated_leaves_what_does_not_collide() -> None:
    assert naming.deduplicated(["a", "b", "a"], naming.snake) == {}
    assert naming.deduplicated(["in-progress", "IN_PROGRESS"], naming.constant) == {
        "in-progress": "IN_PROGRESS_2"
    }


def test_every_name_a_generated_module_imports_is_reserved() -> None:
    """A shape named like an import (``Tag``, ``DateTime``) would shadow it: it is escaped."""
    from apigen.naming import RESERVED_CLASS_NAMES

    root = Path(__file__).resolve().parents[1] / "generated" / "apigen_generated"
    imported: set[str] = set()
    for path in [*root.glob("*/*.py"), *root.glob("*/shapes/*.py")]:
        if path.parent.name == "_runtime":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module not in (None, "__future__"):
                module = node.module or ""
                if node.level and not module.startswith("_runtime"):
                    continue  # the service's own modules: shapes, errors, client, ...
                imported.update(a.asname or a.name for a in node.names)
    classes = {name for name in imported if name[:1].isupper() and not name.isupper()}
    assert classes - RESERVED_CLASS_NAMES == set()
