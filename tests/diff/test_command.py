"""``apigen diff`` on the command line, and ``apigen generate --bump``.

Each test builds a small git repository (``specs/widgets.yaml`` and, for ``--bump``, the
``generated/`` it generates) and drives the real commands: sides as files, folders and
revisions; text and Markdown; ``--fail-on``; exit codes 0, 1 and 2.
"""

from __future__ import annotations

import subprocess
import tomllib
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from apigen import __version__
from apigen.cli import main

GOOD = Path(__file__).resolve().parents[1] / "frontends" / "good_specs" / "widgets.yaml"


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True
    )
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path, black_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository with ``specs/widgets.yaml`` committed once."""
    monkeypatch.setenv("APIGEN_CACHE_DIR", str(black_cache))
    for variable in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{variable}_NAME", "apigen tests")
        monkeypatch.setenv(f"GIT_{variable}_EMAIL", "tests@example.com")
    root = tmp_path / "repo"
    (root / "specs").mkdir(parents=True)
    (root / "specs" / "widgets.yaml").write_bytes(GOOD.read_bytes())
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "widgets")
    return root


def edit_spec(repo: Path, change: str) -> None:
    """``add``: a new optional member (a feature); ``remove``: an operation (breaking)."""
    path = repo / "specs" / "widgets.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    if change == "add":
        spec["shapes"]["GetWidgetResponse"]["members"]["colour"] = {"target": "String"}
    else:
        del spec["operations"]["ListWidgets"]
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")


def test_revisions_files_and_folders_give_one_report(repo: Path, tmp_path: Path) -> None:
    old_copy = tmp_path / "old.yaml"
    old_copy.write_bytes((repo / "specs" / "widgets.yaml").read_bytes())
    edit_spec(repo, "add")
    git(repo, "commit", "-qam", "colour")
    specs = repo / "specs"
    by_revision = run("diff", "HEAD~1", "HEAD", "--specs", specs)
    assert by_revision.exit_code == 0, by_revision.output
    assert "widgets (HEAD:specs/widgets.yaml): minor" in by_revision.stdout
    assert "feature  GetWidgetResponse.colour: member added" in by_revision.stdout
    assert by_revision.stdout.endswith("verdict: minor (0 breaking changes, 1 feature, 0 fixes)\n")
    by_file = run("diff", old_copy, specs / "widgets.yaml")
    by_folder = run("diff", "HEAD~1", specs, "--specs", specs)
    default_new = run("diff", "HEAD~1", "--specs", specs)  # NEW: the folder as it is
    changes = [line for line in by_revision.stdout.splitlines() if line.startswith("  ")]
    for other in (by_file, by_folder, default_new):
        assert other.exit_code == 0, other.output
        assert [line for line in other.stdout.splitlines() if line.startswith("  ")] == changes


def test_markdown_changelog_and_fail_on(repo: Path) -> None:
    specs = repo / "specs"
    edit_spec(repo, "remove")
    markdown = run("diff", "HEAD", "--specs", specs, "--format", "markdown")
    assert markdown.exit_code == 0
    assert markdown.stdout.splitlines()[:7] == [
        "## Unreleased: major version bump",
        "",
        "### widgets",
        "",
        "#### Breaking",
        "",
        "- `operation ListWidgets` (`list_widgets()`): removed",
    ]
    assert run("diff", "HEAD", "--specs", specs, "--fail-on", "breaking").exit_code == 1
    git(repo, "checkout", "-q", "--", "specs")
    edit_spec(repo, "add")
    assert run("diff", "HEAD", "--specs", specs, "--fail-on", "breaking").exit_code == 0
    assert run("diff", "HEAD", "--specs", specs, "--fail-on", "feature").exit_code == 1
    assert run("diff", "HEAD", "HEAD", "--specs", specs, "--fail-on", "fix").exit_code == 0


def test_bad_sides_exit_2_naming_the_argument_or_spec(repo: Path, tmp_path: Path) -> None:
    specs = repo / "specs"
    unknown = run("diff", "no-such-rev", "--specs", specs)
    assert unknown.exit_code == 2
    assert "no-such-rev: not a spec file, a folder of specs or a git revision" in unknown.output
    outside = tmp_path / "not-a-repo"
    outside.mkdir()
    assert "is not in a git repository" in run("diff", "HEAD", "--specs", outside).output
    (specs / "widgets.yaml").write_text("smithy: '2.0'\nservice: {}\n", encoding="utf-8")
    git(repo, "commit", "-qam", "broken")
    broken = run("diff", "HEAD", "--specs", specs)
    assert broken.exit_code == 2
    assert broken.output.startswith("HEAD:specs/widgets.yaml:")  # the revision, not a temp file


def _version(out: Path) -> str:
    with (out / "pyproject.toml").open("rb") as file:
        version = tomllib.load(file)["project"]["version"]
    assert isinstance(version, str)
    return version


def test_generate_bump_follows_the_verdict_once(repo: Path) -> None:
    specs, out = repo / "specs", repo / "generated"
    assert run("generate", "--specs", specs, "--out", out).exit_code == 0
    assert _version(out) == __version__ == "0.1.0"  # the 0.x steps below assume it
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "generated")

    edit_spec(repo, "add")
    plain = run("generate", "--specs", specs, "--out", out)
    assert plain.exit_code == 0 and _version(out) == "0.1.0"  # never bumped silently
    for _ in range(2):  # against HEAD's specs and version: a second run bumps no further
        bumped = run("generate", "--specs", specs, "--out", out, "--bump")
        assert bumped.exit_code == 0, bumped.output
        assert "version 0.1.0 -> 0.1.1: minor (0 breaking changes, 1 feature" in bumped.stderr
        assert _version(out) == "0.1.1"
    assert run("check", "--specs", specs, "--out", out).exit_code == 0  # check keeps it
    git(repo, "commit", "-qam", "colour, 0.1.1")

    edit_spec(repo, "remove")
    breaking = run("generate", "--specs", specs, "--out", out, "--bump")
    assert "version 0.1.1 -> 0.2.0: major" in breaking.stderr
    assert _version(out) == "0.2.0"
    git(repo, "commit", "-qam", "no ListWidgets, 0.2.0")
    unchanged = run("generate", "--specs", specs, "--out", out, "--bump")
    assert "version 0.2.0 kept: none (no changes) since HEAD" in unchanged.stderr
    since = run("generate", "--specs", specs, "--out", out, "--bump", "--since", "HEAD~2")
    assert "version 0.1.0 -> 0.2.0: major" in since.stderr
