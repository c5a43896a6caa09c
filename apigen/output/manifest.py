"""The manifest of an output folder: which files apigen wrote there, read as untrusted input.

``.apigen-manifest`` lists, one a line, the SHA-256 of a file apigen wrote and its path
relative to the output folder (``<hex>  <path>``, as ``sha256sum`` prints). Anyone can edit
it (or a checkout can carry a hostile one), so ``generate`` deletes a listed file only when
all of these hold:

- the path is relative, POSIX, with no ``..``, ``.`` or empty part, no backslash or NUL;
- every folder on the way from the output folder is a real folder (no symbolic link), so the
  file lies strictly inside the output folder;
- the file is a regular file (not a link, folder or device);
- its bytes hash to the recorded SHA-256: it is still exactly what apigen wrote, so a file
  the user edited, or any file whose content the manifest's author did not know, is kept.

Lines of the first format (a bare path, no hash) name no content, so they are never
deleted; ``apigen check`` lists such leftovers as files no spec generates.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

MANIFEST = ".apigen-manifest"

_LINE = re.compile(r"(?P<digest>[0-9a-f]{64})  (?P<path>.+)")


@dataclass(frozen=True, kw_only=True, slots=True)
class Entry:
    """One manifest line: a path and, for the current format, the hash apigen wrote."""

    path: str
    digest: str | None


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def render(files: Mapping[str, str], *, digests: Mapping[str, str] | None = None) -> str:
    """The manifest text for ``files`` (relative path → text), sorted by path; ``digests``
    may hold their SHA-256 already (``writing.write_tree`` has them)."""
    if digests is None:
        digests = {rel: digest(text.encode("utf-8")) for rel, text in files.items()}
    return "".join(f"{digests[rel]}  {rel}\n" for rel in sorted(files))


def read(out_dir: Path) -> list[Entry]:
    """Every line of the manifest, parsed but not yet judged safe (see ``inside``)."""
    try:
        text = (out_dir / MANIFEST).read_text(encoding="utf-8", errors="replace")
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return []
    entries = []
    for line in text.splitlines():
        if not line:
            continue
        match = _LINE.fullmatch(line)
        if match:
            entries.append(Entry(path=match["path"], digest=match["digest"]))
        else:
            entries.append(Entry(path=line, digest=None))
    return entries


def safe_relative(rel: str) -> bool:
    """True when ``rel`` is a plain relative POSIX path with no way out of its root."""
    if not rel or "\\" in rel or "\0" in rel or rel.startswith("/"):
        return False
    parts = rel.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return False
    return ":" not in parts[0]  # no leading "/" (above) is what makes a POSIX path relative


def inside(out_dir: Path, rel: str, folders: dict[str, str] | None = None) -> Path | None:
    """``out_dir / rel`` when it lies strictly inside ``out_dir`` through real folders only.

    Folders that do not exist yet are fine (nothing of them can point elsewhere); an existing
    component that is a symbolic link or not a folder makes the answer ``None``. ``folders``
    memoises what each folder is ("folder", "other", "missing"), by its path relative to
    ``out_dir``, across the calls of one check of many files, which share most of their
    folders (strings, not ``Path``s: a check of ec2's 10,000 files is mostly this loop).
    """
    if not contained(out_dir, rel, folders):
        return None
    return out_dir.joinpath(*rel.split("/"))


def contained(out_dir: Path | str, rel: str, folders: dict[str, str] | None = None) -> bool:
    """Whether ``inside`` would give a path (without making one)."""
    if not safe_relative(rel):
        return False
    seen = {} if folders is None else folders
    slash = rel.rfind("/")
    if slash != -1 and seen.get(rel[:slash]) == "folder":
        return True  # a folder is recorded as one only once every folder above it was
    root = os.fspath(out_dir)
    end = rel.find("/")
    while end != -1:
        folder = rel[:end]
        kind = seen.get(folder)
        if kind is None:
            try:
                mode = os.lstat(os.path.join(root, folder)).st_mode
                kind = "folder" if stat.S_ISDIR(mode) else "other"
            except FileNotFoundError:
                kind = "missing"
            seen[folder] = kind
        if kind == "missing":
            break
        if kind == "other":
            return False
        end = rel.find("/", end + 1)
    return True


def removable(out_dir: Path, entry: Entry) -> Path | None:
    """The file ``entry`` names when apigen may delete it (all the module's rules hold)."""
    if entry.digest is None:
        return None
    path = inside(out_dir, entry.path)
    if path is None:
        return None
    try:
        if not stat.S_ISREG(path.lstat().st_mode):
            return None
        data = path.read_bytes()
    except OSError:
        return None
    return path if digest(data) == entry.digest else None


def unsafe_entries(out_dir: Path) -> list[str]:
    """Manifest paths that point outside the output folder (shown by ``apigen check``)."""
    return [e.path for e in read(out_dir) if inside(out_dir, e.path) is None]
