"""Commands that act on every spec or service unless told otherwise: validate, serve --help."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from apigen import naming
from apigen.cli import main
from apigen.errors import display_path
from apigen.frontends import spec_files

PROJECT = Path(__file__).resolve().parents[1]
GOOD = PROJECT / "tests" / "frontends" / "good_specs"


def test_validate_with_no_argument_checks_every_spec() -> None:
    result = CliRunner().invoke(main, ["validate"])
    assert result.exit_code == 0, result.output
    checked = [line.split(": ok ")[0] for line in result.stdout.splitlines()]
    assert checked == [display_path(p) for p in spec_files(PROJECT / "specs")]


def test_validate_a_folder_checks_each_spec_in_it_and_names_the_bad_one(tmp_path: Path) -> None:
    folder = CliRunner().invoke(main, ["validate", str(GOOD)])
    assert folder.exit_code == 0
    assert len(folder.stdout.splitlines()) == len(spec_files(GOOD))
    (tmp_path / "good.yaml").write_bytes((GOOD / "widgets.yaml").read_bytes())
    (tmp_path / "bad.yaml").write_text("smithy: '2.0'\n", encoding="utf-8")
    mixed = CliRunner().invoke(main, ["validate", str(tmp_path)])
    assert mixed.exit_code == 2
    assert "bad.yaml:1: 'service' is a required property" in mixed.stderr
    assert "good.yaml" not in mixed.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    assert CliRunner().invoke(main, ["validate", str(empty)]).exit_code == 2


def test_serve_help_lists_every_generated_service() -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    listed = " ".join(result.stdout.split("\nServices: ", 1)[1].split())  # help text wraps
    assert listed == ", ".join(
        sorted(naming.package(p.name) for p in spec_files(PROJECT / "specs"))
    )
