"""Writing a generated tree: atomic per file, unchanged files untouched, stale files removed.

Which files are ours is recorded in a manifest (``.apigen-manifest``) in the output folder;
only files listed there are ever deleted, so pointing apigen at a folder that holds other
files cannot destroy them. Everything is computed before the first write, so a failed
generation (bad spec, template error) leaves the output folder as it was.
"""

from __future__ import annotations

import difflib
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

MANIFEST = ".apigen-manifest"


@dataclass(frozen=True, kw_only=True, slots=True)
class WriteReport:
    written: tuple[str, ...]
    removed: tuple[str, ...]
    unchanged: int


def _read_manifest(out_dir: Path) -> list[str]:
    try:
        return [
            line for line in (out_dir / MANIFEST).read_text(encoding="utf-8").splitlines() if line
        ]
    except FileNotFoundError:
        return []


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file beside it: never half written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def write_tree(out_dir: Path, files: Mapping[str, str]) -> WriteReport:
    """Make ``out_dir`` hold exactly ``files`` (relative POSIX path → text) of ours."""
    written: list[str] = []
    unchanged = 0
    for rel in sorted(files):
        path = out_dir / rel
        try:
            if path.read_text(encoding="utf-8") == files[rel]:
                unchanged += 1
                continue
        except (FileNotFoundError, UnicodeDecodeError):
            pass
        atomic_write(path, files[rel])
        written.append(rel)
    removed = []
    for rel in _read_manifest(out_dir):
        if rel not in files and (out_dir / rel).is_file():
            (out_dir / rel).unlink()
            removed.append(rel)
            _prune_empty(out_dir, (out_dir / rel).parent)
    manifest = "".join(f"{rel}\n" for rel in sorted(files))
    if _read_manifest(out_dir) != sorted(files):
        atomic_write(out_dir / MANIFEST, manifest)
    return WriteReport(written=tuple(written), removed=tuple(removed), unchanged=unchanged)


def _prune_empty(root: Path, folder: Path) -> None:
    while folder != root and folder.is_dir():
        leftovers = [p for p in folder.iterdir() if p.name != "__pycache__"]
        if leftovers:
            return
        for cache in folder.iterdir():
            for item in cache.iterdir():
                item.unlink()
            cache.rmdir()
        folder.rmdir()
        folder = folder.parent


_NOT_OUTPUT = ("__pycache__", ".egg-info", ".pyc", ".mypy_cache", ".pytest_cache")


def stray_files(out_dir: Path, files: Mapping[str, str]) -> list[str]:
    """Files beside generated ones that no spec generates (caches and build metadata aside)."""
    folders = {(out_dir / rel).parent for rel in files}
    strays = []
    for folder in folders:
        if folder == out_dir or not folder.is_dir():
            continue  # the distribution root holds the user's build tooling as well
        for path in folder.iterdir():
            rel = path.relative_to(out_dir).as_posix()
            if path.is_file() and rel not in files and not rel.endswith(_NOT_OUTPUT):
                strays.append(rel)
    return sorted(strays)


def stray_diff(out_dir: Path, strays: list[str]) -> str:
    """The diff lines that name files no spec generates (``stray_files``)."""
    return "".join(
        f"--- a/{rel}\n+++ /dev/null\n(not generated: move it out of {out_dir.name}/)\n"
        for rel in strays
    )


def diff_tree(out_dir: Path, files: Mapping[str, str], *, strays: bool = True) -> str:
    """A unified diff from what ``out_dir`` holds to ``files``; "" when identical.

    ``strays``: also list files beside generated ones that no spec generates.
    """
    chunks: list[str] = []
    ours = set(files) | set(_read_manifest(out_dir))
    for rel in sorted(ours):
        path = out_dir / rel
        try:
            old = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            old = None
        new = files.get(rel)
        if old == new:
            continue
        fromfile = f"a/{rel}" if old is not None else "/dev/null"
        tofile = f"b/{rel}" if new is not None else "/dev/null"
        diff = list(
            difflib.unified_diff(
                (old or "").splitlines(keepends=True),
                (new or "").splitlines(keepends=True),
                fromfile=fromfile,
                tofile=tofile,
            )
        )
        # An empty file (py.typed) that is missing or left over has no lines to diff.
        chunks.extend(diff or [f"--- {fromfile}\n+++ {tofile}\n(empty file)\n"])
    if strays:
        chunks.append(stray_diff(out_dir, stray_files(out_dir, files)))
    manifest = "".join(f"{rel}\n" for rel in sorted(files))
    try:
        if (out_dir / MANIFEST).read_text(encoding="utf-8") != manifest:
            chunks.append(f"--- a/{MANIFEST}\n+++ b/{MANIFEST}\n(manifest differs)\n")
    except FileNotFoundError:
        chunks.append(f"--- /dev/null\n+++ b/{MANIFEST}\n(manifest missing)\n")
    return "".join(chunks)
