"""A document with no operation at all (an OpenAPI file of schemas only) still generates a
package whose every module compiles: the stubber's operation type is ``Never``, not an empty
``Literal[]``."""

from __future__ import annotations

import ast
from pathlib import Path

import yaml

from apigen.output.formatting import Unformatted
from apigen.pipeline import generate, load_services


def test_a_service_without_operations_generates_modules_that_parse(tmp_path: Path) -> None:
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Schemas Only", "version": "1.0.0"},
        "paths": {},
        "components": {
            "schemas": {"Thing": {"type": "object", "properties": {"name": {"type": "string"}}}}
        },
    }
    spec = tmp_path / "schemas-only.openapi.yaml"
    spec.write_text(yaml.safe_dump(document), encoding="utf-8")
    files = generate(load_services([spec]), Unformatted())
    modules = {path: text for path, text in files.items() if path.endswith(".py")}
    testing = next(text for path, text in modules.items() if path.endswith("/testing.py"))
    assert "Literal[" not in testing and "= Never" in testing
    for path, text in modules.items():
        ast.parse(text, filename=path)  # a SyntaxError names the module
