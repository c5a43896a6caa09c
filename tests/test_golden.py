"""The golden snapshot: ``generated/`` is exactly what ``specs/`` generate today.

When this fails, the diff says what changed; if the change is intended, run
``apigen generate`` (or ``nox -s regen``) and commit ``generated/`` with it.
"""

from __future__ import annotations

from pathlib import Path

from apigen.output.writing import MANIFEST, diff_tree, write_tree


def test_generated_is_up_to_date(generated_files: dict[str, str], generated_root: Path) -> None:
    diff = diff_tree(generated_root, generated_files)
    assert not diff, (
        "generated/ is stale: run `apigen generate` (nox -s regen) and commit it.\n" + diff
    )


def test_regenerating_into_a_fresh_folder_writes_the_same_tree(
    generated_files: dict[str, str], generated_root: Path, tmp_path: Path
) -> None:
    write_tree(tmp_path, generated_files)
    fresh = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert fresh == sorted([*generated_files, MANIFEST])
    committed = {
        rel.as_posix()
        for rel in (p.relative_to(generated_root) for p in generated_root.rglob("*") if p.is_file())
        if not any(_local_clutter(part) for part in rel.parts[:-1])
    }
    assert committed == set(fresh), "files in generated/ that apigen does not write (or misses)"


def _local_clutter(folder: str) -> bool:
    """Folders tools leave in generated/ (git ignores them): bytecode, tool caches, egg-info."""
    return folder == "__pycache__" or folder.startswith(".") or folder.endswith(".egg-info")
