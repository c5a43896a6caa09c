"""black, pinned and called in-process with an explicit mode, behind a content-keyed cache.

black costs seconds on big modules, so a module is formatted only when its unformatted text
(with black's version and mode) has not been formatted before; the cache maps that key to
the formatted text. black is imported only on a cache miss: a no-change regeneration never
pays for importing it.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

BLACK_VERSION = "26.10.1"
LINE_LENGTH = 100


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

    def format(self, source: str) -> str:
        key = hashlib.sha256(f"{LINE_LENGTH}\0{source}".encode()).hexdigest()
        cached = self.cache_dir / key[:2] / key if self.cache_dir else None
        if cached is not None:
            try:
                return cached.read_text(encoding="utf-8")
            except OSError:
                pass
        import black

        self.misses += 1
        formatted = black.format_str(source, mode=self._black_mode())  # type: ignore[arg-type]
        if cached is not None:
            _store(cached, formatted)
        return formatted


def _store(path: Path, text: str) -> None:
    """Best effort: a cache that cannot be written only costs speed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except OSError:
        pass


class Unformatted(Formatter):
    """Leaves source as rendered: for tests that generate many throwaway packages quickly."""

    def __init__(self) -> None:
        super().__init__(None)

    def format(self, source: str) -> str:
        return source
