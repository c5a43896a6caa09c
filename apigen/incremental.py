"""Incremental generation: a spec's files are reused while nothing they derive from changed.

Users regenerate on every spec change, so ``apigen generate`` with nothing changed must not
parse, validate, render or format anything. Each spec's generated files, and the files every
distribution shares, are memoised in the cache folder under a key that hashes everything
they derive from:

- the spec file's name (it names the package) and bytes;
- every source file of ``apigen/`` (front ends, views, the runtime copied verbatim, the
  pinned black version) and every template;
- the Python version that generates.

A hit costs a hash and a read; only what missed goes through ``pipeline`` (so a hit imports
neither the front ends, nor jinja, nor black), and one changed spec re-reads only itself.
When nothing changed not even the texts are read: ``memoised_digests`` gives every file's
digest from a small file beside each entry, and ``writing.up_to_date`` finds the output
folder as they say by the stat index alone (``cli``: then nothing else runs).
Only successful output is memoised: a spec with problems is checked, and its problems
reported, on every run. The memo keeps the newest ``KEEP`` entries.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from apigen import naming
from apigen.errors import SpecError, SpecIssue, display_path
from apigen.output.formatting import Formatter
from apigen.output.manifest import digest
from apigen.output.sealed import seal, unseal
from apigen.progress import NoProgress, Progress

if TYPE_CHECKING:  # the pipeline (front ends, jinja) is imported only on a miss
    from apigen.pipeline import Renderer

GENERATOR_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = GENERATOR_DIR / "templates"
KEEP = 64


def generator_fingerprint() -> str:
    """A hash of the generator itself: its Python sources, its templates, the Python running it."""
    digest = hashlib.sha256(f"python {sys.version_info[0]}.{sys.version_info[1]}\n".encode())
    sources = [p for p in GENERATOR_DIR.rglob("*.py") if "__pycache__" not in p.parts]
    templates = [p for p in TEMPLATES_DIR.rglob("*") if p.is_file()]
    for path in sorted(sources + templates):
        digest.update(path.relative_to(GENERATOR_DIR.parent).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


MEMO_MAGIC = b"apigen memo entry\n"
DIGESTS_MAGIC = b"apigen memo digests\n"


class Memo:
    """Files by key, one file per entry, written atomically; ``folder=None`` forgets all.

    An entry is a sealed ``marshal``-ed pair (``output/sealed.py``: no code runs on loading,
    a corrupt file reads as no entry; the Python version is in the key): the files, and each file's
    SHA-256 (``manifest.digest`` of its UTF-8 text), so a no-change regeneration neither
    encodes nor hashes ec2's 10,000 texts to write its manifest and vouch for its files.
    A no-change regeneration of them loaded JSON for 0.2 s, ``marshal`` for a fraction."""

    SUFFIX = ".marshal"
    # Beside each entry, its digests alone: what a no-change run reads (``memoised_digests``).
    DIGESTS = ".digests"

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.stored = 0

    def get(self, key: str) -> tuple[dict[str, str], dict[str, str]] | None:
        """(the files, their digests) of ``key``; ``None`` when absent or not ours."""
        if self.folder is None:
            return None
        path = self.folder / f"{key}{self.SUFFIX}"
        try:
            entry = unseal(path.read_bytes(), MEMO_MAGIC)
            os.utime(path)
        except (OSError, ValueError, EOFError, TypeError):
            return None
        if not (isinstance(entry, tuple) and len(entry) == 2):
            return None
        files, digests = entry
        if (
            not (isinstance(files, dict) and isinstance(digests, dict))
            or files.keys() != digests.keys()
        ):
            return None
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in files.items()):
            return None
        if not all(isinstance(v, str) and len(v) == 64 for v in digests.values()):
            return None
        return files, digests

    def get_digests(self, key: str) -> dict[str, str] | None:
        """The digests of ``key``'s files, without its texts; ``None`` when absent."""
        if self.folder is None:
            return None
        path = self.folder / f"{key}{self.DIGESTS}{self.SUFFIX}"
        try:
            digests = unseal(path.read_bytes(), DIGESTS_MAGIC)
            os.utime(self.folder / f"{key}{self.SUFFIX}")  # the entry counts as used
        except (OSError, ValueError, EOFError, TypeError):
            return None
        if not isinstance(digests, dict):
            return None
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in digests.items()):
            return None
        return digests

    def put(self, key: str, files: Mapping[str, str]) -> dict[str, str]:
        """Best effort: a memo that cannot be written only costs speed. Returns the files'
        digests when stored (none without a folder)."""
        if self.folder is None:
            return {}
        ordered = dict(sorted(files.items()))
        digests = {rel: digest(text.encode("utf-8")) for rel, text in ordered.items()}
        path = self.folder / f"{key}{self.SUFFIX}"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            try:
                tmp.write_bytes(seal((ordered, digests), MEMO_MAGIC))
                os.replace(tmp, path)  # never a half-written entry
                tmp.write_bytes(seal(digests, DIGESTS_MAGIC))  # after the entry they stand for
                os.replace(tmp, self.folder / f"{key}{self.DIGESTS}{self.SUFFIX}")
            finally:
                tmp.unlink(missing_ok=True)
            self.stored += 1
        except OSError:
            return {}
        return digests

    def prune(self) -> None:
        """Drop all but the ``KEEP`` most recently used entries."""
        if self.folder is None or not self.stored:
            return
        try:
            found = self.folder.glob(f"*{self.SUFFIX}")
            entries = [p for p in found if not p.name.endswith(f"{self.DIGESTS}{self.SUFFIX}")]
            entries.sort(key=lambda p: p.stat().st_mtime)
            for path in entries[:-KEEP]:
                path.with_name(
                    f"{path.name[: -len(self.SUFFIX)]}{self.DIGESTS}{self.SUFFIX}"
                ).unlink(missing_ok=True)
                path.unlink()
        except OSError:
            return


def _key(*parts: str | bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def _keys(
    paths: Sequence[Path], packages: Sequence[str], cache_dir: Path | None, version: str | None
) -> tuple[list[str], str]:
    """Each spec's memo key ("" when it cannot be read: the front end reports why), and the
    shared files' key."""
    fingerprint = generator_fingerprint() if cache_dir is not None else ""
    keys = []
    for path in paths:
        try:
            keys.append(_key(fingerprint, "service", path.name, path.read_bytes()))
        except OSError:
            keys.append("")
    return keys, _key(fingerprint, "shared", version or "", *sorted(packages))


def memoised_digests(
    paths: Sequence[Path], cache_dir: Path, version: str | None = None
) -> dict[str, str] | None:
    """Every output file's digest (path → SHA-256 of its text) when the memo holds every
    spec and the shared files, read without their texts; ``None`` otherwise (a spec problem
    included: ``generate_specs`` reports it). What a no-change run needs
    (``writing.up_to_date``): ec2's texts are 52 MB, its digests one."""
    try:
        packages = _check_packages(paths)
    except SpecError:
        return None
    memo = Memo(cache_dir / "memo")
    keys, shared_key = _keys(paths, packages, cache_dir, version)
    digests: dict[str, str] = {}
    for key in [*keys, shared_key]:
        found = memo.get_digests(key) if key else None
        if found is None:
            return None
        digests.update(found)
    return digests


def _check_packages(paths: Sequence[Path]) -> list[str]:
    """Each spec's package name; two specs naming one package are a spec problem."""
    packages = [naming.package(p.name) for p in paths]
    issues = []
    for path, package in zip(paths, packages, strict=True):
        others = [
            q.name for q, o in zip(paths, packages, strict=True) if o == package and q != path
        ]
        if others:
            message = f"generates package {package!r}, as {', '.join(others)} does: rename one"
            issues.append(SpecIssue(file=display_path(path), line=None, path="", message=message))
    if issues:
        raise SpecError(issues)
    return packages


def _read_and_render(
    pipeline: ModuleType, renderer: Renderer, paths: list[Path], progress: Progress
) -> list[dict[str, str]]:
    """Each spec read (``pipeline.load_services``) and, while no spec had problems, its
    files rendered (formatted beside the next spec's reading, ``Renderer``). Problems are
    raised all at once: every spec's reading problems, else the specs that cannot be
    generated (``pipeline.check_generatable``)."""
    outputs: list[dict[str, str]] = []
    issues: list[SpecIssue] = []
    unfit: list[SpecIssue] = []
    for done, path in enumerate(paths):
        progress.step("read", done, len(paths), path.name)
        try:
            services = pipeline.load_services([path])
        except SpecError as exc:
            issues.extend(exc.issues)
            continue
        try:
            pipeline.check_generatable(services)
        except SpecError as exc:
            unfit.extend(exc.issues)
            continue
        if issues or unfit:
            continue  # nothing will be written: only the problems matter now
        for service in services:
            progress.step("render", done, len(paths), Path(service.source).name)
            outputs.append(pipeline.service_files(renderer, service))
    if issues or unfit:
        raise SpecError(issues or unfit)
    return outputs


def generate_specs(
    paths: Sequence[Path],
    cache_dir: Path | None,
    version: str | None = None,
    progress: Progress | None = None,
    digests: dict[str, str] | None = None,
) -> dict[str, str]:
    """Every output file (relative path → text) for these spec files, reusing what it can.

    ``cache_dir=None`` renders and formats everything afresh; ``version`` is the
    distribution's (apigen's own when None); ``progress`` hears of each spec read and
    rendered, and of the formatting (only specs that missed the memo go through them);
    ``digests``, when given, gets the SHA-256 of the files the memo knows it of (for
    ``writing.write_tree``). Raises ``SpecError`` listing the problems of every spec that
    had to be read.
    """
    known = digests if digests is not None else {}
    packages = _check_packages(paths)
    memo = Memo(cache_dir / "memo" if cache_dir is not None else None)
    keys, shared_key = _keys(paths, packages, cache_dir, version)
    files: dict[str, str] = {}
    missed: list[tuple[Path, str]] = []
    for path, key in zip(paths, keys, strict=True):
        hit = memo.get(key) if key else None
        if hit is None:
            missed.append((path, key))
        else:
            files.update(hit[0])
            known.update(hit[1])
    shared_hit = memo.get(shared_key)
    shared = None if shared_hit is None else shared_hit[0]
    if shared_hit is not None:
        known.update(shared_hit[1])
    if missed or shared is None:
        # Only now is the generator proper needed: front ends, views, jinja, black.
        from apigen import pipeline

        progress = progress or NoProgress()
        renderer = pipeline.Renderer(Formatter(cache_dir, templated=True))
        try:
            outputs = _read_and_render(pipeline, renderer, [p for p, _ in missed], progress)
            fresh_shared = shared is None
            if shared is None:
                shared = (
                    pipeline.shared_files(renderer, packages, version)
                    if version
                    else pipeline.shared_files(renderer, packages)
                )
            progress.step("format", 0, 1, f"{len(outputs)} specs")
            renderer.finish(shared, *outputs)  # waits for the modules still in black
            progress.step("format", 1, 1)
        finally:
            renderer.close()  # a spec problem or a failure stops black's workers too
        for (_, key), rendered in zip(missed, outputs, strict=True):
            known.update(memo.put(key, rendered))
            files.update(rendered)
        if fresh_shared:
            known.update(memo.put(shared_key, shared))
        memo.prune()
    files.update(shared)
    return dict(sorted(files.items()))
