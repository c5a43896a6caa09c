"""Writing the generated tree: atomic, unchanged files untouched, only our stale files removed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from apigen.output import writing
from apigen.output.manifest import render
from apigen.output.writing import MANIFEST, WriteError, diff_tree, write_tree

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
    assert (tmp_path / MANIFEST).read_text(encoding="utf-8") == render(FILES)
    assert [line.split("  ")[1] for line in render(FILES).splitlines()] == sorted(FILES)


def test_written_files_get_the_mode_open_would_give_them(tmp_path: Path) -> None:
    """Readable by others as the umask allows (022: 0644), not mkstemp's owner-only 0600,
    so a vendored package or an installed image can be read by another user."""
    old = os.umask(0o022)
    try:
        writing.file_mode.cache_clear()
        write_tree(tmp_path, FILES)
        writing.atomic_write(tmp_path / "single.txt", "x\n")
    finally:
        os.umask(old)
        writing.file_mode.cache_clear()
    for path in [*(tmp_path / rel for rel in FILES), tmp_path / MANIFEST, tmp_path / "single.txt"]:
        assert path.stat().st_mode & 0o777 == 0o644, path


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
            assert touched == (path.name in ("a.py", MANIFEST)), path  # a.py's hash changed
    _age(tmp_path)
    write_tree(tmp_path, changed)
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
    assert (tmp_path / MANIFEST).read_text(encoding="utf-8") == render(fewer)


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
    with pytest.raises(WriteError, match="disk full"):
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


def _snapshot(root: Path) -> dict[str, bytes | str]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes() if p.is_file() else "<folder>"
        for p in sorted(root.rglob("*"))
    }


def _hostile_manifest(out: Path, victim: Path, entry: str) -> None:
    """A manifest naming ``entry`` with the victim's own hash: the most convincing forgery."""
    forged = render({entry: victim.read_text(encoding="utf-8")})
    (out / MANIFEST).write_text(forged, encoding="utf-8")


@pytest.mark.parametrize("form", ["relative", "absolute", "dot-dot inside", "backslash"])
def test_a_tampered_manifest_never_deletes_outside_the_folder(tmp_path: Path, form: str) -> None:
    out = tmp_path / "out"
    victim_dir = tmp_path / "v"
    victim_dir.mkdir()
    victim = victim_dir / "k"
    victim.write_text("precious\n", encoding="utf-8")
    write_tree(out, FILES)
    entry = {
        "relative": "../v/k",
        "absolute": str(victim),
        "dot-dot inside": "pkg/../../v/k",
        "backslash": "..\\v\\k",
    }[form]
    _hostile_manifest(out, victim, entry)
    assert f"manifest entry {entry!r} points outside out/: ignored" in diff_tree(out, FILES)
    write_tree(out, FILES)
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert victim_dir.is_dir()
    assert diff_tree(out, FILES) == ""  # the rewritten manifest no longer names it


def test_a_manifest_never_follows_a_link_out_of_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    victim = outside / "k.py"
    victim.write_text("precious\n", encoding="utf-8")
    write_tree(out, FILES)
    (out / "pkg" / "link").symlink_to(outside, target_is_directory=True)
    _hostile_manifest(out, victim, "pkg/link/k.py")
    write_tree(out, FILES)
    assert victim.read_text(encoding="utf-8") == "precious\n"


def test_only_files_still_as_apigen_wrote_them_are_removed(tmp_path: Path) -> None:
    write_tree(tmp_path, FILES)
    (tmp_path / "pkg" / "a.py").write_text("A = 'edited by the user'\n", encoding="utf-8")
    (tmp_path / "top.toml").unlink()
    (tmp_path / "top.toml").mkdir()  # listed in the manifest, now not a regular file
    with (tmp_path / MANIFEST).open("a", encoding="utf-8") as handle:
        handle.write("pkg/notes.txt\n")  # the first format: a bare path, no hash
    (tmp_path / "pkg" / "notes.txt").write_text("mine\n", encoding="utf-8")
    report = write_tree(tmp_path, {"pkg/__init__.py": ""})
    assert report.removed == ("pkg/sub/b.py",)
    assert (tmp_path / "pkg" / "a.py").read_text(encoding="utf-8") == "A = 'edited by the user'\n"
    assert (tmp_path / "pkg" / "notes.txt").is_file() and (tmp_path / "top.toml").is_dir()


def test_a_folder_in_the_way_fails_before_anything_is_written(tmp_path: Path) -> None:
    write_tree(tmp_path, FILES)
    (tmp_path / "pkg" / "c.py").mkdir()
    before = _snapshot(tmp_path)
    changed = {**FILES, "pkg/a.py": "A = 2\n", "pkg/c.py": "C = 3\n", "zzz.py": "Z = 1\n"}
    with pytest.raises(WriteError, match=r"c\.py: a folder is in the way"):
        write_tree(tmp_path, changed)
    assert _snapshot(tmp_path) == before


def test_a_file_in_the_way_of_a_folder_fails_cleanly(tmp_path: Path) -> None:
    (tmp_path / "pkg").write_text("not a folder\n", encoding="utf-8")
    before = _snapshot(tmp_path)
    with pytest.raises(WriteError, match="pkg"):
        write_tree(tmp_path, FILES)
    assert _snapshot(tmp_path) == before


@pytest.mark.parametrize("failing_call", [1, 2, 4, 5])  # 4: the manifest; 5: a stale file
def test_a_failure_mid_swap_rolls_the_whole_tree_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing_call: int
) -> None:
    write_tree(tmp_path, FILES)
    before = _snapshot(tmp_path)
    real = os.replace
    calls: list[object] = []

    def flaky(src: object, dst: object) -> None:
        calls.append(dst)
        if len(calls) == failing_call:
            raise OSError(28, "No space left on device")
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(writing.os, "replace", flaky)
    fewer = {k: v for k, v in FILES.items() if k != "pkg/sub/b.py"}
    changed = {**fewer, "pkg/a.py": "A = 2\n", "new/n.py": "N = 1\n", "top.toml": "y\n"}
    with pytest.raises(WriteError, match="No space left"):
        write_tree(tmp_path, changed)
    monkeypatch.setattr(writing.os, "replace", real)
    assert _snapshot(tmp_path) == before
    assert len(calls) >= failing_call
    assert write_tree(tmp_path, changed).removed == ("pkg/sub/b.py",)  # and it can succeed
