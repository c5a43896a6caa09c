"""Front ends: one module per input format; each turns a spec file into ``ir.Service``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from apigen.errors import SpecError, SpecIssue, display_path

if TYPE_CHECKING:  # the IR is imported with a front end, not to list spec files
    from apigen.ir import Service


def load_service(path: Path) -> Service:
    """Read one spec file with the front end its name and content call for."""
    name = path.name
    if name.endswith((".openapi.yaml", ".openapi.yml", ".openapi.json")):
        from apigen.frontends.openapi import load_openapi

        return load_openapi(path)
    if name.endswith((".yaml", ".yml")):
        from apigen.frontends.smithy_yaml import load_smithy_yaml

        return load_smithy_yaml(path)
    raise SpecError(
        [
            SpecIssue(
                file=display_path(path),
                line=None,
                path="",
                message="unknown spec kind: "
                "expected NAME.yaml (Smithy-like) or NAME.openapi.yaml (OpenAPI 3)",
            )
        ]
    )


def spec_files(specs_dir: Path) -> list[Path]:
    """Every spec in a folder, sorted by name."""
    return sorted(
        p for p in specs_dir.iterdir() if p.is_file() and p.suffix in {".yaml", ".yml", ".json"}
    )
