"""Import records print as the isort rules of a real peer (ruff's I001) want them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from apigen.views.imports import ImportSet


def test_import_records_print_as_ruffs_isort_rule_sorts_them(tmp_path: Path) -> None:
    """``import x`` lines, then ``from`` lines, per section: what ruff's I001 asks for."""
    imports = ImportSet()
    imports.add(".._runtime.core.model", "Empty")
    imports.add("pydantic", "JsonValue")
    imports.add_module("httpx")
    imports.add("collections.abc", "Sequence")
    imports.add("__future__", "annotations")
    module = tmp_path / "module.py"
    module.write_text("\n".join(imports.lines()) + "\n", encoding="utf-8")
    ruff = Path(sys.executable).with_name("ruff")
    checked = subprocess.run(
        [str(ruff), "check", "--isolated", "--select", "I", str(module)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout
    assert "import httpx" in imports.lines()


SPECS = sorted((Path(__file__).resolve().parents[2] / "specs").glob("*.y*ml"))


def test_every_name_a_generated_module_uses_is_imported_and_every_import_used(
    tmp_path: Path,
) -> None:
    """The imports the type expressions carry, as pyflakes' rules (in ruff) check them:
    nothing undefined (F821), nothing imported unused (F401) or twice (F811)."""
    from apigen import pipeline
    from apigen.output.formatting import Unformatted

    files = pipeline.generate(pipeline.load_services(SPECS), Unformatted())
    written = 0
    for path, text in files.items():
        if path.endswith(".py") and "/_runtime/" not in path:
            target = tmp_path / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            written += 1
    assert written > 5 * len(SPECS)
    ruff = Path(sys.executable).with_name("ruff")
    checked = subprocess.run(
        [str(ruff), "check", "--isolated", "--select", "F401,F811,F821", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout
