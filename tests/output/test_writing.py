"""Writing the generated tree: atomic, unchanged files untouched, only our stale files removed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.output import writing
from generator.output.writing import MANIFEST, diff_tree, write_tree

FILES = {"pkg/__init__.py": "", "pkg/a.py": "A = 1\n", "pkg/sub/b.py": "B = 2\n", "top.toml": "x\n"}
OLD = 1_000_000_000  # an mtime far in the past


def _age(root: Path) -> None:
    for path in root.rglob("*"):
        if path.is_file():
            os.utime(path, (OLD, OLD))


def test_writes_every_file_and_a_manifest(tmp_path: Path) -> None:
    report = write_tree(tmp_path, FILES)
    assert report.written == tuple(sorted(FILES)) and report.removed == ()
    for rel, text in FILES.items():
        assert (tmp_path / rel).read_text(encoding="utf-8") == text
    assert (tmp_path / MANIFEST).read_text(encoding="utf-8").splitlines() == sorted(FILES)


def test_unchanged_files_are_not_touched(tmp_path: Path) -> None:
    write_tree(tmp_path, FILES)
    _age(tmp_path)
    changed = {**FILES, "pkg/a.py": "A = 10\n"}
    report = write_tree(tmp_path, changed)
    assert report.written == ("pkg/a.py",)
    assert report.unchanged == len(FILES) - 1
    for path in tmp_path.rglob("*"):
        if path.is_file():
            touched = path.stat().st_mtime != OLD
            assert touched == (path.name == "a.py"), path
    assert (tmp_path / MANIFEST).stat().st_mtime == OLD  # same files: manifest kept as is


def test_stale_files_of_ours_are_removed_with_their_folders(tmp_path: Path) -> None:
    write_tree(tmp_path, FILES)
    cache = tmp_path / "pkg" / "sub" / "__pycache__"
    cache.mkdir()
    (cache / "b.cpython-311.pyc").write_bytes(b"\0")
    fewer = {k: v for k, v in FILES.items() if not k.startswith("pkg/sub/")}
    report = write_tree(tmp_path, fewer)
    assert report.removed == ("pkg/sub/b.py",) and report.written == ()
    assert not (tmp_path / "pkg" / "sub").exists()
    assert (tmp_path / MANIFEST).read_text(encoding="utf-8").splitlines() == sorted(fewer)


def test_files_not_in_the_manifest_are_kept(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "notes.txt").write_text("mine\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("mine\n", encoding="utf-8")
    write_tree(tmp_path, FILES)
    write_tree(tmp_path, {"top.toml": "x\n"})
    assert (tmp_path / "pkg" / "notes.txt").read_text(encoding="utf-8") == "mine\n"
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == "mine\n"
    assert not (tmp_path / "pkg" / "a.py").exists()


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_tree(tmp_path, FILES)

    def fail(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(writing.os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        write_tree(tmp_path, {**FILES, "pkg/a.py": "A = 'half written'\n"})
    assert (tmp_path / "pkg" / "a.py").read_text(encoding="utf-8") == "A = 1\n"
    leftovers = [p.name for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []


def test_written_files_use_newlines_whatever_the_platform(tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.py": "x = 1\ny = 2\n"})
    assert (tmp_path / "a.py").read_bytes() == b"x = 1\ny = 2\n"


def test_diff_tree(tmp_path: Path) -> None:
    assert "(manifest missing)" in diff_tree(tmp_path, FILES)
    write_tree(tmp_path, FILES)
    assert diff_tree(tmp_path, FILES) == ""
    changed = {**FILES, "pkg/a.py": "A = 10\n", "pkg/new.py": "N = 3\n"}
    del changed["top.toml"]
    diff = diff_tree(tmp_path, changed)
    assert "--- a/pkg/a.py\n+++ b/pkg/a.py\n" in diff
    assert "-A = 1\n+A = 10\n" in diff
    assert "--- /dev/null\n+++ b/pkg/new.py\n" in diff
    assert "--- a/top.toml\n+++ /dev/null\n" in diff
    assert "(manifest differs)" in diff
    (tmp_path / "pkg" / "a.py").unlink()
    assert "--- /dev/null\n+++ b/pkg/a.py\n" in diff_tree(tmp_path, FILES)


def test_diff_tree_reports_a_missing_empty_file_and_strays(tmp_path: Path) -> None:
    write_tree(tmp_path, FILES)
    (tmp_path / "pkg" / "__init__.py").unlink()
    assert "--- /dev/null\n+++ b/pkg/__init__.py\n(empty file)\n" in diff_tree(tmp_path, FILES)
    write_tree(tmp_path, FILES)
    (tmp_path / "pkg" / "extra.py").write_text("E = 1\n", encoding="utf-8")
    (tmp_path / "pkg" / "__pycache__").mkdir()
    (tmp_path / "pkg" / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"\0")
    (tmp_path / "notes.txt").write_text("the root may hold the user's files\n", encoding="utf-8")
    diff = diff_tree(tmp_path, FILES)
    assert (
        diff
        == f"--- a/pkg/extra.py\n+++ /dev/null\n(not generated: move it out of {tmp_path.name}/)\n"
    )
