"""black, pinned and called in-process with an explicit mode, behind a content-keyed cache.

black costs seconds on big modules, so a module is formatted only when its unformatted text
(with black's version and mode) has not been formatted before; the cache maps that key to
the formatted text. black is imported only on a cache miss: a no-change regeneration never
pays for importing it.

black formats ~2,500 lines a second, so a from-scratch run spends most of its time here:
``format_many`` formats a batch of cache misses on every core (forked workers that inherit
the imported black), largest module first. Output does not depend on the split: black is a
pure function of the text and the mode.
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing
import os
import threading
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from apigen.output.writing import atomic_write

BLACK_VERSION = "26.10.1"
LINE_LENGTH = 100
# Below this many lines of misses a batch is formatted in-process: forking costs more.
PARALLEL_MIN_LINES = 3_000


def default_cache_dir() -> Path:
    env = os.environ.get("APIGEN_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "apigen"


class Formatter:
    """Formats Python source; ``cache_dir=None`` disables the cache."""

    def __init__(self, cache_dir: Path | None) -> None:
        self.cache_dir = cache_dir / f"black-{BLACK_VERSION}" if cache_dir else None
        self._mode: object | None = None
        self.misses = 0

    def _black_mode(self) -> object:
        import black
        from black.mode import Mode, TargetVersion

        version = getattr(black, "__version__", None)
        if version != BLACK_VERSION:
            raise RuntimeError(
                f"apigen pins black=={BLACK_VERSION} for reproducible output, found {version}"
            )
        if self._mode is None:
            self._mode = Mode(
                target_versions={TargetVersion.PY311},
                line_length=LINE_LENGTH,
                string_normalization=True,
                magic_trailing_comma=True,
                preview=False,
            )
        return self._mode

    def _cached_path(self, source: str) -> Path | None:
        if self.cache_dir is None:
            return None
        key = hashlib.sha256(f"{LINE_LENGTH}\0{source}".encode()).hexdigest()
        return self.cache_dir / key[:2] / key

    @staticmethod
    def _lookup(cached: Path | None) -> str | None:
        if cached is None:
            return None
        try:
            return cached.read_text(encoding="utf-8")
        except OSError:
            return None

    def format(self, source: str) -> str:
        return self.format_many([source])[0]

    def format_many(self, sources: Sequence[str]) -> list[str]:
        """Each source formatted, in order; misses formatted in parallel when it pays."""
        out: list[str | None] = []
        misses: dict[str, list[int]] = {}
        paths: list[Path | None] = []
        for index, source in enumerate(sources):
            cached = self._cached_path(source)
            paths.append(cached)
            hit = self._lookup(cached)
            out.append(hit)
            if hit is None:
                misses.setdefault(source, []).append(index)
        if misses:
            mode = self._black_mode()
            self.misses += len(misses)
            for source, formatted in zip(misses, _format_all(list(misses), mode), strict=True):
                for index in misses[source]:
                    out[index] = formatted
                cached = paths[misses[source][0]]
                if cached is not None:
                    _store(cached, formatted)
        return [text for text in out if text is not None]


_WORKER_MODE: object | None = None


def _init_worker(mode: object) -> None:
    global _WORKER_MODE  # one mode per worker process, set once
    _WORKER_MODE = mode


def _format_in_worker(source: str) -> str:
    import black

    return black.format_str(source, mode=_WORKER_MODE)  # type: ignore[arg-type]


def _format_all(sources: list[str], mode: object) -> list[str]:
    """black over every source: forked workers on every core for big batches, else here."""
    import black

    workers = min(os.cpu_count() or 1, len(sources))
    lines = sum(source.count("\n") for source in sources)
    # fork is only safe from a single-threaded process (the CLI); elsewhere stay in-process.
    if (
        workers < 2
        or lines < PARALLEL_MIN_LINES
        or threading.active_count() > 1
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        return [black.format_str(source, mode=mode) for source in sources]  # type: ignore[arg-type]
    order = sorted(range(len(sources)), key=lambda i: -len(sources[i]))
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, context, _init_worker, (mode,)) as pool:
        done = pool.map(_format_in_worker, [sources[i] for i in order])
        result = [""] * len(sources)
        for index, formatted in zip(order, done, strict=True):
            result[index] = formatted
    return result


def _store(path: Path, text: str) -> None:
    """Best effort: a cache that cannot be written only costs speed."""
    with contextlib.suppress(OSError):
        atomic_write(path, text)


class Unformatted(Formatter):
    """Leaves source as rendered: for tests that generate many throwaway packages quickly."""

    def __init__(self) -> None:
        super().__init__(None)

    def format(self, source: str) -> str:
        return source

    def format_many(self, sources: Sequence[str]) -> list[str]:
        return list(sources)
