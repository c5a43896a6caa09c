"""A big operation table in part modules (``views/table_parts.py``) holds the same records as
the table written whole, imports exactly what its records use, and a lookup loads one part.

Two shipped specs with an XML table (sts) and an error table (kafkaconnect) are generated
twice: as shipped (their tables are small, so whole) and with the part thresholds lowered so
every table is cut; each check compares the two outputs or runs a real peer over the cut one
(ruff's pyflakes rules, ``mypy --strict``, the interpreter).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from apigen.output.formatting import Formatter
from apigen.output.writing import write_tree
from apigen.pipeline import generate, load_services
from apigen.views import table_parts

ROOT = Path(__file__).resolve().parents[2]
SPECS = [ROOT / "specs" / "sts.yaml", ROOT / "specs" / "kafkaconnect.yaml"]
TABLES = {"_OPERATIONS": "operations", "_ERRORS": "errors", "_XML": "xml"}
RUFF = [sys.executable, "-m", "ruff", "check", "--no-cache", "--isolated"]
MYPY = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary"]
PACKAGES = ["-p", "apigen_generated.sts", "-p", "apigen_generated.kafkaconnect"]


@pytest.fixture(scope="module")
def trees(black_cache: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """``whole`` and ``cut`` output folders of the same specs."""
    out: dict[str, Path] = {}
    with pytest.MonkeyPatch.context() as patch:
        for name, (above, size) in {"whole": (None, None), "cut": (4, 4)}.items():
            if above is not None:
                patch.setattr(table_parts, "PART_ABOVE", above)
                patch.setattr(table_parts, "PART_SIZE", size)
            folder = tmp_path_factory.mktemp(name)
            write_tree(folder, generate(load_services(SPECS), Formatter(black_cache)))
            out[name] = folder
    return out


def _dict_assigned(tree: ast.Module, target: str) -> ast.expr | None:
    for node in tree.body:
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == target:
            return node.value
    return None


def _entries(package: Path) -> dict[str, dict[str, str]]:
    """table → key → its builder's source, read from ``operations.py`` and its parts."""
    module = ast.parse((package / "operations.py").read_text(encoding="utf-8"))
    tables: dict[str, dict[str, str]] = {}
    for variable, table in TABLES.items():
        call = _dict_assigned(module, variable)
        if call is None:
            continue
        assert isinstance(call, ast.Call)
        builders = next(k.value for k in call.keywords if k.arg == "builders")
        entries: dict[str, str] = {}
        if isinstance(builders, ast.Dict):  # whole: {key: lambda: Record(...)}
            for key, value in zip(builders.keys, builders.values, strict=True):
                entries[ast.literal_eval(key)] = ast.unparse(value)  # type: ignore[arg-type]
        else:  # cut: TableParts[T](package, {key: part}), each part's BUILDERS
            assert isinstance(builders, ast.Call)
            index = ast.literal_eval(builders.args[1])
            for key, part in index.items():
                text = (package / "_tables" / f"{part}.py").read_text(encoding="utf-8")
                found = _dict_assigned(ast.parse(text), "BUILDERS")
                assert isinstance(found, ast.Dict) and found.keys
                keys = [ast.literal_eval(k) for k in found.keys]  # type: ignore[arg-type]
                entries[key] = ast.unparse(found.values[keys.index(key)])
                assert keys == sorted(keys, key=list(index).index), part  # table order
        tables[table] = entries
    return tables


def _packages(tree: Path) -> list[Path]:
    return sorted(p.parent for p in (tree / "apigen_generated").glob("*/operations.py"))


def test_every_table_is_cut_and_holds_the_same_records(trees: dict[str, Path]) -> None:
    cut_tables = 0
    for whole, cut in zip(_packages(trees["whole"]), _packages(trees["cut"]), strict=True):
        assert not (whole / "_tables").exists()
        entries = _entries(whole)
        assert _entries(cut) == entries
        parts = {p.stem for p in (cut / "_tables").glob("*_[0-9]*.py")}
        module = (cut / "operations.py").read_text(encoding="utf-8")
        assert all(f'"{part}"' in module for part in parts)  # no part is left unread
        big = {table for table, records in entries.items() if len(records) > 4}
        assert {part.rsplit("_", 1)[0] for part in parts} == big
        cut_tables += len(big)
    assert cut_tables >= 3  # sts: operations, xml; kafkaconnect: operations


def test_each_part_imports_what_it_uses_and_nothing_else(trees: dict[str, Path]) -> None:
    """pyflakes' rules (unused import F401, undefined name F821, redefinition F811)."""
    files = sorted(str(p) for p in trees["cut"].glob("apigen_generated/*/_tables/*.py"))
    files += sorted(str(p) for p in trees["cut"].glob("apigen_generated/*/operations.py"))
    result = subprocess.run(
        [*RUFF, "--select", "F401,F811,F821", *files],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


PROBE = textwrap.dedent(
    """
    import importlib, json, sys
    service = importlib.import_module(f"apigen_generated.{sys.argv[1]}.operations").SERVICE
    first = sorted(service.operations)[0]
    service.operations[first]
    loaded = sorted(m.rsplit(".", 1)[1] for m in sys.modules if "._tables." in m)
    tables = {"operations": service.operations, "errors": service.errors, "xml": service.xml}
    print(json.dumps({
        "loaded": loaded,
        "records": {name: {k: repr(v) for k, v in table.items()} for name, table in tables.items()},
    }))
    """
)


def _probe(tree: Path, package: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, package],
        env={"PYTHONPATH": str(tree), "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    found: dict[str, object] = json.loads(result.stdout)
    return found


@pytest.mark.parametrize("package", ["sts", "kafkaconnect"])
def test_a_lookup_loads_one_part_and_every_record_builds_as_whole(
    trees: dict[str, Path], package: str
) -> None:
    whole, cut = _probe(trees["whole"], package), _probe(trees["cut"], package)
    assert whole["loaded"] == [] and len(cut["loaded"]) == 1  # type: ignore[arg-type]
    assert cut["records"] == whole["records"]


def test_the_cut_tables_pass_mypy_strict(trees: dict[str, Path], tmp_path: Path) -> None:
    result = subprocess.run(
        [*MYPY, "--cache-dir", str(tmp_path / "cache"), *PACKAGES],
        cwd=trees["cut"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_part_count_keeps_small_tables_whole_and_parts_near_their_size() -> None:
    above, size = table_parts.PART_ABOVE, table_parts.PART_SIZE
    assert table_parts.part_count(0) == table_parts.part_count(above) == 1
    for records in (above + 1, 830, 3116, 20_000):
        count = table_parts.part_count(records)
        assert count & (count - 1) == 0  # a power of two
        assert records / count <= size < records / (count // 2) or count == 2


def test_a_new_key_moves_no_other_key() -> None:
    """Regenerating after a spec gains an operation changes that entry only (same count)."""
    keys = [f"Operation{n}" for n in range(table_parts.PART_ABOVE * 3)]
    before = table_parts.split(keys)
    after = table_parts.split([*keys, "AddedLater"])
    assert len(before) == len(after) > 1
    moved = [
        key
        for number, group in enumerate(after)
        for key in group
        if key != "AddedLater" and key not in before[number]
    ]
    assert moved == []
    assert sorted(k for group in after for k in group) == sorted([*keys, "AddedLater"])
