"""The stat index (``output.stat_index``) through ``write_tree``: it spares reading files whose
status is as recorded, and never lets a changed, touched, replaced or deleted file pass.

Which files a run reads is observed by wrapping ``open`` in ``output.writing`` (the only
place it reads an output file's bytes). An index only vouches for files last changed
``RACY_NS`` before the run that recorded them, so the ``aged`` folders are written once and
aged by a real sleep (one for the whole module): ``settled`` ones are then recorded by a
second run, ``racy`` ones were recorded before the sleep.
"""

from __future__ import annotations

import builtins
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from apigen.output import stat_index, writing
from apigen.output.sealed import seal, unseal
from apigen.output.stat_index import StatIndex, index_path
from apigen.output.writing import MANIFEST, write_tree

FILES = {
    "pkg/__init__.py": "",
    "pkg/a.py": "A = 1\n",
    "pkg/sub/b.py": "B = 2\n",
    "pkg/sub/c.py": "C = [1, 2, 3]\n",
    "top.toml": "x\n",
}
TREES = 20  # settled folders made for this module; each test takes its own


@dataclass(kw_only=True, slots=True)
class Aged:
    """Folders whose files were written over ``RACY_NS`` ago (one sleep for the module)."""

    settled: list[Path]  # then recorded by a run after the sleep
    racy: list[Path]  # recorded by a run right after the writes, before the sleep
    cache: Path


@pytest.fixture(scope="module")
def aged(tmp_path_factory: pytest.TempPathFactory) -> Aged:
    base = tmp_path_factory.mktemp("aged")
    cache = base / "cache"
    settled = [base / f"settled{n}" for n in range(TREES)]
    racy = [base / "racy"]
    for out in [*settled, *racy]:
        write_tree(out, FILES, cache)  # written, so not recorded
    for out in racy:
        write_tree(out, FILES, cache)  # recorded at once: racily clean
    time.sleep(stat_index.RACY_NS / 1e9 + 0.2)
    for out in settled:
        write_tree(out, FILES, cache)  # read once and recorded, well after the writes
    return Aged(settled=settled[::-1], racy=racy, cache=cache)


@pytest.fixture
def settled(aged: Aged) -> tuple[Path, Path]:
    """(output folder, cache folder): FILES written over two seconds ago, then recorded."""
    assert aged.settled, "raise TREES: more tests take a settled folder than were made"
    return aged.settled.pop(), aged.cache


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files ``write_tree`` opens to compare, by name, in order."""
    opened: list[str] = []
    real_open = builtins.open

    def spy(file: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(Path(file).name)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(writing, "open", spy, raising=False)
    return opened


def _names() -> list[str]:
    return sorted([*(Path(rel).name for rel in FILES), MANIFEST])


def _same_size_edit(path: Path) -> os.stat_result:
    """Overwrite ``path`` with other bytes of its size, its mtime put back; the old status."""
    before = path.stat()
    old = path.read_bytes()
    path.write_bytes(bytes(b ^ 0x20 for b in old))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    return before


def test_a_settled_tree_is_not_read_and_its_index_not_rewritten(
    settled: tuple[Path, Path], reads: list[str]
) -> None:
    out, cache = settled
    index = index_path(cache, out)
    before = index.stat()
    report = write_tree(out, FILES, cache)
    assert reads == []
    assert report.written == () and report.unchanged == len(FILES)
    after = index.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_a_same_size_edit_with_its_mtime_put_back_is_found(
    settled: tuple[Path, Path], reads: list[str]
) -> None:
    out, cache = settled
    path = out / "pkg/sub/b.py"
    before = _same_size_edit(path)
    now = path.stat()
    assert (now.st_size, now.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert path.read_text(encoding="utf-8") != FILES["pkg/sub/b.py"]
    report = write_tree(out, FILES, cache)
    assert report.written == ("pkg/sub/b.py",)
    assert reads == ["b.py"]  # the others still trusted
    assert path.read_text(encoding="utf-8") == FILES["pkg/sub/b.py"]


def test_a_settled_file_whose_wanted_text_changed_is_written(
    settled: tuple[Path, Path], reads: list[str]
) -> None:
    out, cache = settled
    wanted = {**FILES, "pkg/a.py": "A = 2\n"}  # same size: only the digest tells
    report = write_tree(out, wanted, cache)
    assert report.written == ("pkg/a.py",)
    assert (out / "pkg/a.py").read_text(encoding="utf-8") == "A = 2\n"
    assert "pkg/a.py" not in StatIndex.load(cache, out).entries  # written: not recorded
    assert set(reads) <= {"a.py", MANIFEST}


def test_a_touched_unchanged_file_is_read_and_kept(
    settled: tuple[Path, Path], reads: list[str]
) -> None:
    out, cache = settled
    path = out / "pkg/a.py"
    os.utime(path)
    touched = path.stat()
    report = write_tree(out, FILES, cache)
    assert reads == ["a.py"]
    assert report.written == () and report.unchanged == len(FILES)
    kept = path.stat()
    assert (kept.st_ino, kept.st_mtime_ns) == (touched.st_ino, touched.st_mtime_ns)
    reads.clear()
    write_tree(out, FILES, cache)
    assert reads == ["a.py"]  # changed within RACY_NS of the run that recorded it: racy


def test_a_deleted_file_is_written_again(settled: tuple[Path, Path], reads: list[str]) -> None:
    out, cache = settled
    (out / "pkg/sub/c.py").unlink()
    report = write_tree(out, FILES, cache)
    assert report.written == ("pkg/sub/c.py",)
    assert (out / "pkg/sub/c.py").read_text(encoding="utf-8") == FILES["pkg/sub/c.py"]
    assert reads == []


def test_a_file_replaced_by_a_copy_keeping_its_mtime_is_read(
    settled: tuple[Path, Path], reads: list[str]
) -> None:
    """Other bytes of the same size moved in with the old mtime (as ``cp -p`` then ``mv``)."""
    out, cache = settled
    path = out / "top.toml"
    elsewhere = out.parent / f"{out.name}-top.toml"
    elsewhere.write_text("y\n", encoding="utf-8")
    os.utime(elsewhere, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns))
    before = path.stat()
    os.replace(elsewhere, path)
    now = path.stat()
    assert (now.st_size, now.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    report = write_tree(out, FILES, cache)
    assert reads == ["top.toml"]
    assert report.written == ("top.toml",)
    assert path.read_text(encoding="utf-8") == "x\n"


def test_no_cache_folder_trusts_nothing(settled: tuple[Path, Path], reads: list[str]) -> None:
    out, _ = settled
    write_tree(out, FILES)
    assert sorted(reads) == _names()


def test_each_folder_keeps_its_own_index(aged: Aged, reads: list[str]) -> None:
    first, second, cache = aged.settled.pop(), aged.settled.pop(), aged.cache
    for out in (first, second, first, second):
        write_tree(out, FILES, cache)
    assert reads == []


def test_the_index_of_another_folder_is_not_used(
    settled: tuple[Path, Path], reads: list[str]
) -> None:
    """A folder moved keeps its files' status, but not its index: the copy is refused."""
    out, cache = settled
    moved = out.with_name(f"{out.name}-moved")
    os.rename(out, moved)
    index_path(cache, moved).write_bytes(index_path(cache, out).read_bytes())
    _same_size_edit(moved / "pkg/a.py")
    report = write_tree(moved, FILES, cache)
    assert sorted(reads) == _names()
    assert report.written == ("pkg/a.py",)
    reads.clear()
    write_tree(moved, FILES, cache)
    assert reads == ["a.py"]  # the others recorded for this folder now; a.py was written


def _repacked(data: bytes, change: Callable[[dict[str, Any]], None]) -> bytes:
    """``data`` (an index file) with its stored dictionary changed and a valid checksum."""
    stored = unseal(data, stat_index.MAGIC)
    assert isinstance(stored, dict)
    change(stored)
    return seal(stored, stat_index.MAGIC)


CORRUPT: dict[str, Callable[[bytes], bytes]] = {
    "empty": lambda data: b"",
    "garbage": lambda data: b"\x00\xffnot an index" * 50,
    "truncated": lambda data: data[: len(data) // 2],
    "one byte flipped": lambda data: data[:-1] + bytes([data[-1] ^ 1]),
    "checksum of other bytes": lambda data: data[:-1],
    "another format": lambda data: _repacked(data, lambda s: s.update(format=s["format"] + 1)),
    "no stamp": lambda data: _repacked(data, lambda s: s.pop("stamp")),
    "entries not a dictionary": lambda data: _repacked(data, lambda s: s.update(entries=[])),
}


@pytest.mark.parametrize("corrupt", CORRUPT.values(), ids=CORRUPT.keys())
def test_a_corrupt_index_reads_every_file_and_is_replaced(
    settled: tuple[Path, Path], reads: list[str], corrupt: Callable[[bytes], bytes]
) -> None:
    out, cache = settled
    index = index_path(cache, out)
    index.write_bytes(corrupt(index.read_bytes()))
    _same_size_edit(out / "pkg/__init__.py")  # empty: stays as it is
    _same_size_edit(out / "pkg/sub/c.py")
    report = write_tree(out, FILES, cache)
    assert sorted(reads) == _names()
    assert report.written == ("pkg/sub/c.py",)
    assert all((out / rel).read_text(encoding="utf-8") == text for rel, text in FILES.items())
    assert set(StatIndex.load(cache, out).entries) == set(FILES) - {"pkg/sub/c.py"} | {MANIFEST}
    assert not list(index.parent.glob(".*.tmp"))


def _odd_entries(stored: dict[str, Any]) -> None:
    entries = stored["entries"]
    entries["pkg/a.py"] = 7
    entries["pkg/sub/b.py"] = [list(entries["pkg/sub/b.py"][0]), entries["pkg/sub/b.py"][1]]
    entries["top.toml"] = (entries["top.toml"][0][:3], entries["top.toml"][1])
    entries[("pkg/sub/c.py",)] = entries.pop("pkg/sub/c.py")


def test_entries_of_another_shape_are_read_the_others_trusted(
    settled: tuple[Path, Path], reads: list[str]
) -> None:
    """An entry counts only when it equals the status and digest just taken (``unchanged``)."""
    out, cache = settled
    index = index_path(cache, out)
    index.write_bytes(_repacked(index.read_bytes(), _odd_entries))
    report = write_tree(out, FILES, cache)
    assert sorted(reads) == ["a.py", "b.py", "c.py", "top.toml"]
    assert report.written == () and report.unchanged == len(FILES)
    reads.clear()
    write_tree(out, FILES, cache)  # recorded again, as they are
    assert reads == []


def test_an_index_claiming_a_huge_list_is_refused_without_allocating_it(
    settled: tuple[Path, Path],
) -> None:
    """Five corrupt bytes that ``marshal`` reads as a list of a billion items, under a 1 GB
    address-space limit: refused before unmarshalling, not a ``MemoryError`` (or 20 s and
    8 GB of zeroed pages without the limit)."""
    out, cache = settled
    index = index_path(cache, out)
    head = index.read_bytes()[: len(stat_index.MAGIC) + 32]
    for data in (b"[\xff\xff\xff\x3f", head + b"[\xff\xff\xff\x3f"):
        index.write_bytes(data)
        program = (
            "import resource, sys; from pathlib import Path; "
            "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30)); "
            "from apigen.output.stat_index import StatIndex; "
            "print(len(StatIndex.load(Path(sys.argv[1]), Path(sys.argv[2])).entries))"
        )
        done = subprocess.run(
            [sys.executable, "-c", program, str(cache), str(out)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert (done.returncode, done.stdout, done.stderr) == (0, "0\n", "")


def test_entries_recorded_just_now_are_read_again(tmp_path: Path, reads: list[str]) -> None:
    """Racily clean: recorded within ``RACY_NS`` of their last change, so an edit in the same
    timestamp tick could keep their status; every run reads them until they settle."""
    cache = tmp_path / "cache"
    write_tree(tmp_path / "out", FILES, cache)
    assert reads == []  # nothing there to compare
    for _ in range(3):
        write_tree(tmp_path / "out", FILES, cache)
        assert sorted(reads) == _names()
        reads.clear()
    assert set(StatIndex.load(cache, tmp_path / "out").entries) == {*FILES, MANIFEST}


def test_racy_entries_are_trusted_once_a_run_records_them_long_after(
    aged: Aged, reads: list[str]
) -> None:
    """Recorded right after their writes, then ``RACY_NS`` passed: the next run still reads
    them (racy under the stamp they were recorded with), then stamps them anew, unchanged."""
    out = aged.racy[0]
    index = index_path(aged.cache, out)
    entries = StatIndex.load(aged.cache, out).entries
    write_tree(out, FILES, aged.cache)
    assert sorted(reads) == _names()
    assert StatIndex.load(aged.cache, out).entries == entries
    reads.clear()
    stamped = index.stat()
    write_tree(out, FILES, aged.cache)
    assert reads == []
    assert index.stat().st_mtime_ns == stamped.st_mtime_ns  # nothing new: not rewritten


def test_an_unusable_cache_folder_only_costs_speed(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.write_text("a file where the cache folder should be\n", encoding="utf-8")
    for _ in range(2):
        report = write_tree(tmp_path / "out", FILES, cache)
    assert report.written == () and report.unchanged == len(FILES)
    assert StatIndex.load(cache, tmp_path / "out").entries == {}
