"""The command line: exit codes 0 (done), 1 (check: stale, with a diff), 2 (bad input)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator import __version__
from generator.cli import main

GOOD = Path(__file__).resolve().parent / "frontends" / "good_specs" / "widgets.yaml"


@pytest.fixture
def specs(tmp_path: Path, black_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("APIGEN_CACHE_DIR", str(black_cache))
    folder = tmp_path / "specs"
    folder.mkdir()
    (folder / "widgets.yaml").write_bytes(GOOD.read_bytes())
    return folder


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def test_generate_then_nothing_to_do(specs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run("generate", "--specs", specs, "--out", out)
    assert first.exit_code == 0, first.output
    assert " written, 0 removed, 0 unchanged in " in first.stdout
    assert (out / "apigen_generated" / "widgets" / "shapes.py").is_file()
    assert (out / "pyproject.toml").is_file()
    second = run("generate", "--specs", specs, "--out", out)
    assert second.exit_code == 0
    assert second.stdout.startswith("0 written, 0 removed, ")


def test_check_exit_codes_and_diff(specs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("check", "--specs", specs, "--out", out).exit_code == 1
    run("generate", "--specs", specs, "--out", out)
    fresh = run("check", "--specs", specs, "--out", out)
    assert fresh.exit_code == 0 and "is up to date" in fresh.stdout

    shapes = out / "apigen_generated" / "widgets" / "shapes.py"
    shapes.write_text(shapes.read_text(encoding="utf-8") + "# edited by hand\n", encoding="utf-8")
    edited = run("check", "--specs", specs, "--out", out)
    assert edited.exit_code == 1
    assert "--- a/apigen_generated/widgets/shapes.py" in edited.stdout
    assert "-# edited by hand" in edited.stdout
    assert "is stale: run `apigen generate`" in edited.stderr

    run("generate", "--specs", specs, "--out", out)
    spec = specs / "widgets.yaml"
    spec.write_text(
        spec.read_text(encoding="utf-8").replace("Returns one widget.", "Returns a widget."),
        encoding="utf-8",
    )
    stale = run("check", "--specs", specs, "--out", out)
    assert stale.exit_code == 1
    assert "+Returns a widget." in stale.stdout or "Returns a widget." in stale.stdout


def test_removed_spec_removes_its_package(specs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (specs / "gadgets.yaml").write_bytes(GOOD.read_bytes())
    assert run("generate", "--specs", specs, "--out", out).exit_code == 0
    assert (out / "apigen_generated" / "gadgets").is_dir()
    (specs / "gadgets.yaml").unlink()
    result = run("generate", "--specs", specs, "--out", out)
    assert result.exit_code == 0
    assert " 0 written" not in result.stdout  # the root __init__ lost a package
    assert not (out / "apigen_generated" / "gadgets").exists()


def test_bad_input_exits_2(specs: Path, tmp_path: Path) -> None:
    missing = run("generate", "--specs", tmp_path / "nope", "--out", tmp_path / "out")
    assert missing.exit_code == 2 and "no such folder of specs" in missing.stderr
    (specs / "widgets_.yaml").write_bytes(GOOD.read_bytes())
    (specs / "widgets-.yaml").write_bytes(GOOD.read_bytes())
    clash = run("generate", "--specs", specs, "--out", tmp_path / "out")
    assert clash.exit_code == 2
    assert "generates package 'widgets'" in clash.stderr
    assert not (tmp_path / "out").exists()


def test_validate(tmp_path: Path) -> None:
    ok = run("validate", GOOD)
    assert ok.exit_code == 0
    assert ok.stdout.endswith("widgets.yaml: ok (2 operations, 7 shapes)\n")
    bad = tmp_path / "bad.yaml"
    bad.write_text("smithy: '2.0'\n", encoding="utf-8")
    result = run("validate", bad)
    assert result.exit_code == 2
    assert "bad.yaml:1: 'service' is a required property" in result.stderr
    assert run("validate", tmp_path / "absent.yaml").exit_code == 2


def test_version_and_module_entry_point() -> None:
    assert __version__ in run("--version").stdout
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    for command in ("generate", "check", "validate"):
        assert command in result.stdout
