"""The reference docs in the generated distribution: a page per operation and per class of
every service, every relative link resolving to a generated file, tables naming every member,
and example calls that are Python. The pages themselves are committed with the rest of
``generated/`` (the golden test catches drift in any of them).
"""

from __future__ import annotations

import ast
import posixpath
import re
from pathlib import Path

import pytest

from apigen import ir
from apigen.frontends import spec_files
from apigen.pipeline import load_services
from apigen.views.package import package_name

SPECS = Path(__file__).resolve().parents[2] / "specs"
LINK = re.compile(r"\]\(([^)\s]+)\)")
CODE = re.compile(r"```.*?```|`[^`\n]*`", re.S)  # no links inside code (patterns look like them)
CLASSES = (ir.ShapeType.STRUCTURE, ir.ShapeType.UNION, ir.ShapeType.ENUM, ir.ShapeType.INT_ENUM)


@pytest.fixture(scope="module")
def services() -> list[ir.Service]:
    return load_services(spec_files(SPECS))


def _pages(files: dict[str, str]) -> dict[str, str]:
    return {path: text for path, text in files.items() if path.endswith(".md")}


def test_every_link_resolves(generated_files: dict[str, str]) -> None:
    pages = _pages(generated_files)
    assert "README.md" in pages
    checked = 0
    for path, text in pages.items():
        for target in LINK.findall(CODE.sub("", text)):
            if target.startswith(("http://", "https://", "#")):
                continue
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            assert resolved in generated_files, f"{path}: link to {target} ({resolved}) is broken"
            checked += 1
    assert checked > len(pages)  # every page links somewhere


def test_a_page_per_operation_and_class_linked_from_the_index(
    generated_files: dict[str, str], services: list[ir.Service]
) -> None:
    readme = generated_files["README.md"]
    for service in services:
        folder = f"docs/{package_name(service)}"
        assert f"]({folder}/index.md)" in readme
        index = generated_files[f"{folder}/index.md"]
        for op in service.operations:
            assert f"]({'operations'}/{op.name}.md)" in index, (service.name, op.name)
        classes = [s for s in service.shapes.values() if s.type in CLASSES]
        pages = [p for p in generated_files if p.startswith(f"{folder}/shapes/")]
        assert len(pages) == len(classes), service.name


def test_operation_pages_table_every_member_and_show_a_python_example(
    generated_files: dict[str, str], services: list[ir.Service]
) -> None:
    for service in services:
        for op in service.operations:
            page = generated_files[f"docs/{package_name(service)}/operations/{op.name}.md"]
            for shape_id, heading in ((op.input, "## Input"), (op.output, "## Output")):
                section = page.split(heading, 1)[1].split("\n## ", 1)[0]
                shape = service.shapes.get(shape_id) if shape_id else None
                for member in shape.members if shape else ():
                    wire = member.http.name if member.http and member.http.name else None
                    names = {member.name, member.wire_name, wire} - {None}
                    rows = [line for line in section.splitlines() if line.startswith("| `")]
                    assert any(any(f"`{n}`" in row for n in names) for row in rows), (
                        op.name,
                        member.name,
                    )
            [code] = re.findall(r"```python\n(.*?)```", page, re.S)
            ast.parse(code)
            for error in op.errors:
                name = service.shapes[error].name
                assert f"- [{name}](../shapes/{name}.md)" in page, (op.name, name)
