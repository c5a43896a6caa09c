"""What an output folder's files were when last seen, by their status (as git's index).

A no-change regeneration of ec2, sagemaker, connect and quicksight compares 11,000 files;
reading them all is most of its time. ``write_tree`` therefore keeps, in the cache folder
(one index per output folder, named by a hash of its real path), each file's status as it
was when its bytes were last read and found to be what apigen generates: size, mtime and
ctime (nanoseconds), inode and device, and the SHA-256 of those bytes. A file whose status
is still exactly that, and whose wanted bytes hash the same, is unchanged without reading.

Any doubt reads and compares, as without an index:

- no index, an unreadable or corrupt one, one of another format or folder: every file read.
  The file is sealed (``sealed.py``: a magic line and the SHA-256 of what follows, checked
  before that is unmarshalled);
- any of the five status fields differ: that file read. An edit by hand changes mtime and
  ctime; restoring the mtime (``touch -d``, ``os.utime``) changes ctime, which no program
  can set back, so a same-size edit is found either way;
- the file was recorded *racily*: its mtime or ctime is not older than ``RACY_NS`` before
  the index's stamp (when the run that recorded it began, before any status was taken), so
  an edit in the same timestamp tick as the recorded status could leave all five fields
  equal. Such entries are read every run until a run records them long enough after their
  last change (git's "racily clean" rule; two seconds also covers FAT's 2 s timestamps);
- a file written this run is not recorded at all: its status is taken only by a later run,
  before that run reads it, so no edit can slip between a status and the bytes it vouches for.

The one case the index cannot see is a change that keeps all five fields, on a file last
changed more than ``RACY_NS`` before its status was taken: that needs the clock set back or
a file system without ctime. ``apigen check`` (``diff_tree``) never uses the index.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from apigen.output.sealed import seal, unseal

FORMAT = 2
MAGIC = b"apigen stat index\n"
RACY_NS = 2_000_000_000
SUFFIX = ".marshal"

Status = tuple[int, int, int, int, int]
"""size, mtime_ns, ctime_ns, inode, device."""


def status(result: os.stat_result) -> Status:
    return (
        result.st_size,
        result.st_mtime_ns,
        result.st_ctime_ns,
        result.st_ino,
        result.st_dev,
    )


def index_path(cache_dir: Path, out_dir: Path) -> Path:
    name = hashlib.sha256(os.path.realpath(out_dir).encode()).hexdigest()[:32]
    return cache_dir / "index" / f"{name}{SUFFIX}"


@dataclass(kw_only=True, slots=True)
class StatIndex:
    """One output folder's index; ``path=None`` (no cache) trusts nothing and saves nothing."""

    path: Path | None
    root: str
    stamp: int = 0
    entries: dict[str, tuple[Status, str]] = field(default_factory=dict)
    fresh: dict[str, tuple[Status, str]] = field(default_factory=dict)
    started: int = field(default_factory=time.time_ns)

    @classmethod
    def load(cls, cache_dir: Path | None, out_dir: Path) -> StatIndex:
        """The index kept for ``out_dir``: empty when missing or in any doubt. Call it before
        taking any file's status (its ``started`` becomes the next index's stamp)."""
        root = os.path.realpath(out_dir)
        if cache_dir is None:
            return cls(path=None, root=root)
        path = index_path(cache_dir, out_dir)
        index = cls(path=path, root=root)
        try:
            stored = unseal(path.read_bytes(), MAGIC)
        except (OSError, ValueError, EOFError, TypeError):
            return index
        valid = _valid(stored, root)
        if valid is not None:
            index.stamp, index.entries = valid
        return index

    def unchanged(self, rel: str, now: Status, digest: str) -> bool:
        """Whether the file at ``rel``, of status ``now``, surely holds bytes of ``digest``."""
        entry = (now, digest)
        if self.entries.get(rel) != entry:
            return False
        if max(now[1], now[2]) >= self.stamp - RACY_NS:
            return False  # racily clean: read it
        self.fresh[rel] = entry
        return True

    def record(self, rel: str, before_reading: Status, digest: str) -> None:
        """``rel`` had status ``before_reading`` when its bytes, read after, hashed ``digest``."""
        self.fresh[rel] = (before_reading, digest)

    def save(self) -> None:
        """Best effort (an index that cannot be written only costs speed); written only when
        it would differ, so an unchanged tree writes nothing."""
        if self.path is None:
            return
        if self.fresh == self.entries and not self._racy():
            return
        stored = {"format": FORMAT, "root": self.root, "stamp": self.started}
        stored["entries"] = dict(sorted(self.fresh.items()))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
            try:
                tmp.write_bytes(seal(stored, MAGIC))
                os.replace(tmp, self.path)  # never a half-written index
            finally:
                tmp.unlink(missing_ok=True)
        except OSError:
            return

    def _racy(self) -> bool:
        """Whether an entry racy under the old stamp would be trusted under the new one."""
        old, new = self.stamp - RACY_NS, self.started - RACY_NS
        return any(old <= max(s[1], s[2]) < new for s, _ in self.fresh.values())


def _valid(stored: object, root: str) -> tuple[int, dict[str, tuple[Status, str]]] | None:
    """(stamp, entries) of what ``unseal`` read, when it is an index of ``root``. Entries
    are not checked one by one (14,000 for the big four: ~15% of a no-change write): the
    checksum proved the bytes are ours, and an entry only counts when it equals a status
    just taken and a wanted digest (``unchanged``), which nothing of another shape does."""
    if not isinstance(stored, dict) or stored.get("format") != FORMAT:
        return None
    if stored.get("root") != root or not isinstance(stored.get("stamp"), int):
        return None
    entries = stored.get("entries")
    if not isinstance(entries, dict):
        return None
    return stored["stamp"], entries
