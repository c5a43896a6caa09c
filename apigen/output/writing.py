"""Writing a generated tree: all or nothing, unchanged files untouched, stale files removed.

Which files are ours is recorded in the manifest (``output.manifest``), which is untrusted
input: a listed file is deleted only when it is a regular file strictly inside the output
folder whose bytes are still what apigen wrote, so pointing apigen at a folder that holds
other files, or a tampered manifest, cannot destroy anything else.

The tree is written as one transaction (``write_tree``):

1. plan: every changed file is compared and every target checked (no folder or link in the
   way, no file where a folder must go), before anything is touched;
2. stage: every new text goes into a temporary file beside its target;
3. swap: the temporaries replace their targets and stale files move aside, the manifest last;
   a failure at any step puts back every file as it was (its old bytes are kept until the
   end) and removes the folders it made.

So a failed generation (bad spec, template error, a folder in the way, a full disk) leaves
the output folder as it was, and raises ``WriteError`` with a message naming the path.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import os
import stat
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from apigen.output import manifest, stat_index
from apigen.output.manifest import MANIFEST
from apigen.output.stat_index import StatIndex

__all__ = [
    "MANIFEST",
    "WriteError",
    "WriteReport",
    "atomic_write",
    "diff_tree",
    "file_mode",
    "up_to_date",
    "write_tree",
]


@dataclass(frozen=True, kw_only=True, slots=True)
class WriteReport:
    written: tuple[str, ...]
    removed: tuple[str, ...]
    unchanged: int


class WriteError(Exception):
    """The tree could not be written; the output folder is as it was before the run."""


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file beside it: never half written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _stage(path, text.encode("utf-8"))
    try:
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


@functools.cache
def file_mode() -> int:
    """The mode a new file gets here (``0o666`` less the umask), as ``open`` would give it:
    ``mkstemp`` makes files only their owner can read, which a written file must not keep."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _stage(path: Path, data: bytes) -> Path:
    """A temporary file beside ``path`` holding ``data`` (bytes: newlines as given)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, file_mode())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
    except BaseException:
        os.unlink(tmp)
        raise
    return Path(tmp)


def _regular_status(path: str) -> os.stat_result | None:
    """``lstat`` of ``path``: ``None`` when absent; ``WriteError`` when not a regular file."""
    try:
        result = os.lstat(path)
    except FileNotFoundError:
        return None
    except NotADirectoryError as exc:
        raise WriteError(f"{path}: a file is in the way of a folder apigen writes") from exc
    if stat.S_ISDIR(result.st_mode):
        raise WriteError(f"{path}: a folder is in the way of a generated file: move it")
    if not stat.S_ISREG(result.st_mode):
        raise WriteError(f"{path}: not a regular file (a link?) where apigen writes one: move it")
    return result


def _compare(
    index: StatIndex, root: str, rel: str, text: str, digest: str
) -> tuple[bool, bytes | None]:
    """(whether ``root/rel`` holds ``text``, its bytes when they were read: None if absent)."""
    path = os.path.join(root, rel)
    found = _regular_status(path)
    if found is None:
        return False, None
    now = stat_index.status(found)
    if index.unchanged(rel, now, digest):
        return True, None
    with open(path, "rb") as handle:
        old = handle.read()
    if old == text.encode("utf-8"):
        index.record(rel, now, digest)  # the status taken before the bytes it vouches for
        return True, old
    return False, old


def _folders_to_make(out_dir: Path, rel: str, seen: set[str]) -> list[Path]:
    """The missing folders on the way to ``rel``, outermost first; refuses anything odd.

    ``seen`` holds the folders (relative; "" is ``out_dir``) this run has already looked
    at, which the caller makes when missing: each folder is looked at once, not per file.
    """
    missing = [] if "" in seen else [p for p in (out_dir, *out_dir.parents) if not p.exists()]
    missing.reverse()
    seen.add("")
    folder = out_dir
    parts = rel.split("/")[:-1]
    for depth, part in enumerate(parts, start=1):
        folder = folder / part
        key = "/".join(parts[:depth])
        if key in seen:
            continue
        seen.add(key)
        try:
            mode = folder.lstat().st_mode
        except FileNotFoundError:
            missing.append(folder)
            continue
        if not stat.S_ISDIR(mode):
            raise WriteError(f"{folder}: a file or link is in the way of a folder apigen writes")
    return missing


@dataclass(kw_only=True, slots=True)
class _Transaction:
    """What a ``write_tree`` run changed so far, to undo it all on failure."""

    made_folders: list[Path] = field(default_factory=list)
    staged: dict[Path, Path] = field(default_factory=dict)  # target → temporary
    replaced: dict[Path, bytes | None] = field(default_factory=dict)  # target → old bytes
    moved_aside: dict[Path, Path] = field(default_factory=dict)  # stale file → its new name

    def roll_back(self) -> None:
        """Best effort: every step is undone even when another one cannot be."""
        for target, old in reversed(list(self.replaced.items())):
            try:
                if old is None:
                    target.unlink()
                else:
                    os.replace(_stage(target, old), target)
            except OSError:
                pass
        for stale, aside in self.moved_aside.items():
            with contextlib.suppress(OSError):
                os.replace(aside, stale)
        for tmp in self.staged.values():
            with contextlib.suppress(OSError):
                tmp.unlink()
        for folder in reversed(self.made_folders):
            with contextlib.suppress(OSError):
                folder.rmdir()


def write_tree(
    out_dir: Path,
    files: Mapping[str, str],
    cache_dir: Path | None = None,
    digests: Mapping[str, str] | None = None,
) -> WriteReport:
    """Make ``out_dir`` hold exactly ``files`` (relative POSIX path → text) of ours.

    ``cache_dir`` keeps the folder's ``stat_index``, which spares reading the files whose
    status is as last recorded (``None``: every file is read and compared). ``digests``
    may hold the SHA-256 of some files' UTF-8 text (``manifest.digest``, kept with the text
    in the memo: ``incremental``), which is then not encoded and hashed again.
    All or nothing: raises ``WriteError`` (the output folder as it was) on any failure.
    """
    index = StatIndex.load(cache_dir, out_dir)  # before any status is taken
    folders: dict[str, str] = {}  # one check of every file: each folder looked at once
    unsafe = sorted(rel for rel in files if not manifest.contained(out_dir, rel, folders))
    if unsafe:
        raise WriteError(f"{out_dir}: refusing to write outside the folder: {', '.join(unsafe)}")
    wanted = dict(files)
    known = digests or {}
    digests = {
        rel: known.get(rel) or manifest.digest(text.encode("utf-8")) for rel, text in files.items()
    }
    wanted_manifest = manifest.render(files, digests=digests)
    manifest_data = wanted_manifest.encode("utf-8")
    changes: dict[str, bytes | None] = {}
    unchanged = 0
    root = os.fspath(out_dir)
    try:
        for rel in sorted(wanted):  # strings, not Paths: ec2's 10,000 files are this loop
            same, old = _compare(index, root, rel, wanted[rel], digests[rel])
            if same:
                unchanged += 1
            else:
                changes[rel] = old
        same, old_manifest = _compare(
            index, root, MANIFEST, wanted_manifest, manifest.digest(manifest_data)
        )
        # A manifest as wanted lists only wanted files: nothing of it is stale.
        stale = [
            path
            for entry in ([] if same else manifest.read(out_dir))
            if entry.path not in wanted and entry.path != MANIFEST
            for path in [manifest.removable(out_dir, entry)]
            if path is not None
        ]
    except OSError as exc:
        raise WriteError(f"{out_dir}: cannot read the output folder: {exc}") from exc
    if not same:
        changes[MANIFEST] = old_manifest
        wanted[MANIFEST] = wanted_manifest
    run = _Transaction()
    seen: set[str] = set()
    try:
        for rel in changes:
            for folder in _folders_to_make(out_dir, rel, seen):
                folder.mkdir()
                run.made_folders.append(folder)
            run.staged[out_dir / rel] = _stage(out_dir / rel, wanted[rel].encode("utf-8"))
        for rel, old in changes.items():  # the manifest, added last, is swapped in last
            target = out_dir / rel
            os.replace(run.staged[target], target)
            del run.staged[target]
            run.replaced[target] = old
        for path in stale:
            aside = path.with_name(f".{path.name}.apigen-removed")
            os.replace(path, aside)
            run.moved_aside[path] = aside
    except WriteError:
        run.roll_back()
        raise
    except OSError as exc:
        run.roll_back()
        raise WriteError(f"cannot write {out_dir}: {exc}") from exc
    for aside in run.moved_aside.values():
        aside.unlink(missing_ok=True)
    index.save()  # files written now are left out: the next run reads them once
    removed = sorted(path.relative_to(out_dir).as_posix() for path in stale)
    for path in stale:
        _prune_empty(out_dir, path.parent)
    written = tuple(rel for rel in changes if rel != MANIFEST)
    return WriteReport(written=written, removed=tuple(removed), unchanged=unchanged)


def up_to_date(out_dir: Path, digests: Mapping[str, str], cache_dir: Path) -> bool:
    """Whether ``out_dir`` surely holds the files of ``digests`` (path → SHA-256 of the text)
    and their manifest, by the stat index alone (``stat_index``: one ``lstat`` a file, no
    file read, no text needed). ``False`` only says "not shown": ``write_tree`` then reads,
    compares and writes. With the manifest as wanted nothing listed is stale."""
    index = StatIndex.load(cache_dir, out_dir)
    if not index.entries:
        return False
    wanted = dict(digests)
    wanted[MANIFEST] = manifest.digest(manifest.render(digests, digests=digests).encode("utf-8"))
    root = os.fspath(out_dir)
    for rel in sorted(wanted):
        try:
            found = os.lstat(os.path.join(root, rel))
        except OSError:
            return False
        if not stat.S_ISREG(found.st_mode):
            return False
        if not index.unchanged(rel, stat_index.status(found), wanted[rel]):
            return False
    index.save()
    return True


def _prune_empty(root: Path, folder: Path) -> None:
    """Remove ``folder`` and its parents up to (not including) ``root`` while they are empty.

    A folder holding only ``__pycache__`` of regular files counts as empty. Best effort.
    """
    try:
        while folder != root and root in folder.parents and folder.is_dir():
            leftovers = [p for p in folder.iterdir() if p.name != "__pycache__"]
            if leftovers:
                return
            for cache in folder.iterdir():
                if cache.is_symlink() or not cache.is_dir():
                    return
                items = list(cache.iterdir())
                if any(item.is_symlink() or not item.is_file() for item in items):
                    return
                for item in items:
                    item.unlink()
                cache.rmdir()
            folder.rmdir()
            folder = folder.parent
    except OSError:
        return


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
    entries = manifest.read(out_dir)
    # Only what generate would delete shows as a deletion; other entries are kept (strays).
    ours = set(files) | {e.path for e in entries if manifest.removable(out_dir, e) is not None}
    for rel in sorted(ours):
        path = out_dir / rel
        try:
            old = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
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
    for rel in sorted({e.path for e in entries if manifest.inside(out_dir, e.path) is None}):
        chunks.append(f"(manifest entry {rel!r} points outside {out_dir.name}/: ignored)\n")
    try:
        if (out_dir / MANIFEST).read_text(encoding="utf-8") != manifest.render(files):
            chunks.append(f"--- a/{MANIFEST}\n+++ b/{MANIFEST}\n(manifest differs)\n")
    except OSError:
        chunks.append(f"--- /dev/null\n+++ b/{MANIFEST}\n(manifest missing)\n")
    return "".join(chunks)
