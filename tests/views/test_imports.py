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
