"""Where ``apigen diff`` reads each side: a spec file, a folder of specs, or a git revision.

An argument naming an existing file or folder is read as such. Anything else is taken as a
git revision of the specs folder (``HEAD~1``, a tag, a branch) and read with git itself:
``git ls-tree`` lists the folder's spec files at that revision and ``git show`` gives their
bytes, which the front ends read from a temporary folder under their own names (so the file
name still decides the package). Services and spec problems then name the file as
``REV:path/in/repo``, never the temporary folder.
"""

from __future__ import annotations

import dataclasses
import subprocess
import tempfile
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from apigen.errors import SpecError, display_path
from apigen.frontends import spec_files

if TYPE_CHECKING:  # the services come from the front ends, imported when read
    from apigen import ir

SPEC_SUFFIXES = (".yaml", ".yml", ".json")


class SourceError(Exception):
    """An argument that names no spec, folder or revision (the message says which)."""


def run_git(repo: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        # git from PATH, arguments as a list (no shell): the user's own revision names.
        command = ["git", "-C", str(repo), *args]
        return subprocess.run(command, capture_output=True, check=False)  # noqa: S603
    except OSError as exc:  # no git on PATH
        raise SourceError(f"cannot run git: {exc}") from exc


def _load(paths: list[Path]) -> list[ir.Service]:
    from apigen.pipeline import load_services  # the front ends, only when needed

    return load_services(paths)


def read_revision(revision: str, specs_dir: Path) -> list[ir.Service]:
    """The specs in ``specs_dir`` as they were at git ``revision``."""
    folder = specs_dir.resolve()
    top = run_git(folder, "rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise SourceError(
            f"{revision}: not a spec file or folder, and {display_path(specs_dir)} "
            "is not in a git repository to read a revision from"
        )
    root = Path(top.stdout.decode().strip())
    prefix = folder.relative_to(root.resolve()).as_posix()
    if run_git(root, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}").returncode != 0:
        raise SourceError(f"{revision}: not a spec file, a folder of specs or a git revision")
    listing = run_git(root, "ls-tree", "-z", "--name-only", revision, "--", f"{prefix}/")
    names = [
        n
        for n in listing.stdout.decode().split("\0")
        if n and PurePosixPath(n).parent.as_posix() == prefix and n.endswith(SPEC_SUFFIXES)
    ]
    if not names:
        raise SourceError(f"{revision}:{prefix}: no spec files at that revision")
    with tempfile.TemporaryDirectory(prefix="apigen-diff-") as tmp:
        shown: dict[str, str] = {}
        paths = []
        for name in sorted(names):
            blob = run_git(root, "show", f"{revision}:{name}")
            if blob.returncode != 0:
                raise SourceError(f"{revision}:{name}: {blob.stderr.decode().strip()}")
            path = Path(tmp) / PurePosixPath(name).name
            path.write_bytes(blob.stdout)
            shown[display_path(path)] = f"{revision}:{name}"
            paths.append(path)
        try:
            services = _load(paths)
        except SpecError as exc:
            raise SpecError(
                dataclasses.replace(issue, file=shown.get(issue.file, issue.file))
                for issue in exc.issues
            ) from None
    return [dataclasses.replace(s, source=shown.get(s.source, s.source)) for s in services]


def read_side(argument: str, specs_dir: Path) -> list[ir.Service]:
    """One side of a diff: a file, a folder, or a revision of ``specs_dir``."""
    path = Path(argument)
    if path.is_file():
        return _load([path])
    if path.is_dir():
        paths = spec_files(path)
        if not paths:
            raise SourceError(f"{argument}: no spec files (*.yaml, *.yml, *.json)")
        return _load(paths)
    return read_revision(argument, specs_dir)
