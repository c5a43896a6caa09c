"""Names from any spec import cleanly (``-W error``) and are predictable.

A member named like pydantic's own methods (``modelDump…``, ``modelValidate…``) and OpenAPI
schema names in other scripts (``Ünïcode名``) are generated into a scratch package that is
imported in a fresh interpreter with every warning an error; the Unicode names are kept as
written (NFKC, as Python reads identifiers), never stripped to their ASCII letters.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from apigen.output.formatting import Formatter
from apigen.output.writing import write_tree
from apigen.pipeline import generate, load_services

SMITHY = """\
smithy: "2.0"
service: {name: Names, namespace: test.names, version: "1", protocol: awsJson1_1, targetPrefix: Names}
operations:
  Echo: {input: EchoInput, output: EchoInput}
shapes:
  EchoInput:
    type: structure
    members:
      modelDumpMode: {target: String}
      modelValidateJson: {target: String}
      modelConfig: {target: String}
      Ünïcode名: {target: String}
"""

OPENAPI = """\
openapi: 3.0.3
info: {title: Names, version: "1", x-apigen-namespace: test.unicode}
paths:
  /things:
    get:
      operationId: getThing
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Ünïcode名'}
components:
  schemas:
    Ünïcode名:
      type: object
      properties:
        größe: {type: string}
        modelDump: {type: string}
"""


def test_awkward_names_import_under_warnings_as_errors(tmp_path: Path, black_cache: Path) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "names.yaml").write_text(SMITHY, encoding="utf-8")
    (specs / "unicode.openapi.yaml").write_text(OPENAPI, encoding="utf-8")
    services = load_services(sorted(specs.iterdir()))
    out = tmp_path / "out"
    write_tree(out, generate(services, Formatter(black_cache)))
    script = textwrap.dedent(
        """\
        from apigen_generated.names import shapes as names
        from apigen_generated.unicode import shapes as uni
        echo = names.EchoInput.model_validate(
            {"modelDumpMode": "a", "modelValidateJson": "b", "modelConfig": "c", "Ünïcode名": "d"}
        )
        assert (echo.model_dump_mode_, echo.model_validate_json_, echo.model_config_) == ("a", "b", "c")
        assert echo.ünïcode名 == "d"
        assert echo.model_dump(by_alias=True)["modelDumpMode"] == "a"
        thing = uni.Ünïcode名.model_validate({"größe": "L", "modelDump": "x"})
        assert (thing.größe, thing.model_dump_) == ("L", "x")
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", script],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and result.stdout == "ok\n", result.stderr
