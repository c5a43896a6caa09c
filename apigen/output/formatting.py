"""black, pinned and called in-process with an explicit mode, behind a content-keyed cache.

black costs seconds on big modules, so a module is formatted only when its unformatted text
(with black's version and mode) has not been formatted before; the cache maps that key to
the formatted text. black is imported only on a cache miss: a no-change regeneration never
pays for importing it.

black formats ~2,500 lines a second, so a from-scratch run spends most of its time here:
``Formatter.submit`` hands a module's cache misses to a pool of forked black workers (one
per core, started once a batch holds enough lines, kept until ``close``) as soon as it is
rendered, so black formats one spec while the next is read and rendered; ``format_many``
is a batch of ``submit`` then ``close``. Output does not depend on the split or the order:
black is a pure function of the text and the mode.

A module from apigen's templates (``Formatter(templated=True)``, what ``apigen generate``
uses) is cut at every definition, and a piece black would keep as it is
(``black_stable.settled``) is taken as black's output without running black: ec2's 365,000
rendered lines send 10,000 to black. Any other text is cut in pieces of ``PIECE_LINES``,
all formatted by black.

A big module is formatted in pieces: split before top-level ``class``/``def``/decorator
lines that follow a blank line (``split_top_level``), each piece formatted and cached on its
own, the results joined by the two blank lines black puts before a top-level definition.
black's output for a statement depends only on the statement (the target versions are
explicit, so nothing is inferred from the whole file) and on the blank lines before it, so
the pieces give the same bytes as the whole; a split that is not at a statement boundary
(inside a triple-quoted string or brackets) leaves a piece black cannot parse, and then the
module is formatted whole. Pieces spread a module over every core, and an edit to one
class re-formats only its piece. A statement too long to leave whole (the operation table)
is cut between the entries of its dict arguments (``split_entries``).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import itertools
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from apigen.output.black_stable import open_quote, settled
from apigen.output.writing import atomic_write

if TYPE_CHECKING:  # the pool is imported with black, on a miss (a no-change run has none)
    from concurrent.futures import Future, ProcessPoolExecutor

BLACK_VERSION = "26.10.1"
LINE_LENGTH = 100
# Below this many lines of misses a batch is formatted in-process: forking costs more.
PARALLEL_MIN_LINES = 3_000
# A module is cut into pieces of at least this many lines (a smaller one stays whole).
PIECE_LINES = 1_000
# A templated module (``Formatter(templated=True)``) is cut at every definition instead: a
# piece black would keep as it is (``black_stable.settled``) skips black, so only the
# pieces it would change cost a pass.
TEMPLATED_PIECE_LINES = 1
_PIECE_STARTS = ("class ", "def ", "async def ", "@")


def default_cache_dir() -> Path:
    env = os.environ.get("APIGEN_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "apigen"


class Formatter:
    """Formats Python source; ``cache_dir=None`` disables the cache.

    ``submit`` starts formatting a module and returns at once: its pieces that miss the
    cache wait here until a batch holds ``PARALLEL_MIN_LINES`` lines, then go to a pool of
    forked black workers (one per core, kept until ``close``) and every later miss goes
    there as it is submitted, so black runs while the caller reads and renders the next
    spec. ``Formatted.result`` waits for a module (a piece never sent to the pool is
    formatted here then). ``close`` ends the batch: it stops the pool.
    """

    def __init__(self, cache_dir: Path | None, *, templated: bool = False) -> None:
        self.cache_dir = cache_dir / f"black-{BLACK_VERSION}" if cache_dir else None
        # The sources come from apigen's templates, which emit black's layout: a piece
        # ``black_stable.settled`` passes is taken as black's output (any other text, such
        # as ``x=[1,2]``, is black's to judge whole).
        self.templated = templated
        self._mode: object | None = None
        self.misses = 0
        self.settled = 0  # pieces taken as they are (``black_stable.settled``)
        self._jobs: dict[str, _Job] = {}  # piece source → its job, in this batch
        self._waiting: list[_Job] = []  # misses not yet sent to the pool
        self._waiting_lines = 0
        self._pool: ProcessPoolExecutor | None = None
        self._forkable: bool | None = None  # decided once per batch

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
        """Each source formatted, in order; big ones in pieces (see the module docstring)."""
        try:
            pending = [self.submit(source) for source in sources]
            return [formatted.result() for formatted in pending]
        finally:
            self.close()

    def submit(self, source: str) -> Formatted:
        """Start formatting ``source``; ``result()`` of the answer is the formatted text."""
        pieces = split_top_level(source, TEMPLATED_PIECE_LINES if self.templated else PIECE_LINES)
        jobs = []
        for index, piece in enumerate(pieces):
            after = pieces[index + 1].glue.count("\n") if index + 1 < len(pieces) else 0
            if self.templated and settled(piece.text, after):
                self.settled += 1
                text = piece.text.rstrip("\n")
                jobs.append(_Job.done(f"{piece.head}{text}\n{piece.tail}"))
            else:
                jobs.append(self._job(piece.source()))
        return Formatted(self, source, pieces, jobs)

    def close(self) -> None:
        """End the batch: stop the pool (its unfinished work is dropped)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        self._jobs.clear()
        self._waiting.clear()
        self._waiting_lines = 0
        self._forkable = None

    def __enter__(self) -> Formatter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _job(self, source: str) -> _Job:
        job = self._jobs.get(source)
        if job is not None:  # the same text twice in a batch is formatted once
            return job
        job = self._jobs[source] = _Job(source, self._cached_path(source))
        job.text = self._lookup(job.cache)
        if job.text is None:
            self.misses += 1
            self._schedule(job)
        return job

    def _schedule(self, job: _Job) -> None:
        if self._pool is not None:
            job.future = self._pool.submit(_format_in_worker, job.source)
            return
        self._waiting.append(job)
        self._waiting_lines += job.source.count("\n")
        # One job gains nothing from a pool; a small batch costs less here than a fork.
        big = len(self._waiting) > 1 and self._waiting_lines >= PARALLEL_MIN_LINES
        if big and self._can_fork():
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            mode = self._black_mode()
            context = multiprocessing.get_context("fork")
            self._pool = ProcessPoolExecutor(_workers(), context, _init_worker, (mode,))
            jobs = sorted(self._waiting, key=lambda j: -len(j.source))
            # The workers fork at the first submit: what this process holds then (specs,
            # views, black) is frozen in them, so their collections never walk it.
            gc.freeze()
            try:
                jobs[0].future = self._pool.submit(_format_in_worker, jobs[0].source)
            finally:
                gc.unfreeze()
            for waiting in jobs[1:]:
                waiting.future = self._pool.submit(_format_in_worker, waiting.source)
            self._waiting.clear()

    def _can_fork(self) -> bool:
        # fork is only safe from a single-threaded process (the CLI); elsewhere stay in-process.
        if self._forkable is None:
            import multiprocessing

            self._forkable = (
                _workers() >= 2
                and threading.active_count() == 1
                and "fork" in multiprocessing.get_all_start_methods()
            )
        return self._forkable

    def _text(self, job: _Job) -> str | None:
        """The job's formatted text; ``None`` when black cannot parse it (a bad cut)."""
        if job.text is None and not job.failed:
            if job.future is not None:
                job.text = job.future.result()
            else:
                job.text = _format_or_none(job.source, self._black_mode())
            job.failed = job.text is None
            if job.text is not None and job.cache is not None:
                _store(job.cache, job.text)
        return job.text

    def _whole(self, source: str) -> str:
        """``source`` formatted in one piece, here: black's own error when it is not Python."""
        import black

        cached = self._cached_path(source)
        hit = self._lookup(cached)
        if hit is not None:
            return hit
        formatted: str = black.format_str(source, mode=self._black_mode())  # type: ignore[arg-type]
        if cached is not None:
            _store(cached, formatted)
        return formatted


class _Job:
    """One distinct text to format: from the cache, in a worker (``future``) or here."""

    __slots__ = ("cache", "failed", "future", "source", "text")

    def __init__(self, source: str, cache: Path | None) -> None:
        self.source = source
        self.cache = cache
        self.text: str | None = None
        self.future: Future[str | None] | None = None
        self.failed = False

    @classmethod
    def done(cls, text: str) -> _Job:
        """A job whose formatted text is known: ``text``."""
        job = cls(text, None)
        job.text = text
        return job


class Formatted:
    """A module being formatted (``Formatter.submit``), as pieces; ``result`` joins them."""

    def __init__(
        self, formatter: Formatter, source: str, pieces: list[Piece], jobs: list[_Job]
    ) -> None:
        self._formatter = formatter
        self._source = source
        self._pieces = pieces
        self._jobs = jobs

    def result(self) -> str:
        texts = [self._formatter._text(job) for job in self._jobs]
        try:
            if any(text is None for text in texts):
                raise ValueError("black cannot parse a piece")
            unwrapped = [p.unwrap(t or "") for p, t in zip(self._pieces, texts, strict=True)]
            return join_pieces(self._pieces, unwrapped)
        except ValueError:  # a piece cut at no statement boundary: the module whole
            return self._formatter._whole(self._source)


@dataclass(frozen=True, slots=True)
class Piece:
    """Part of a module, formatted as ``head + text + tail``: top-level statements; methods
    of a class (``head`` a stand-in ``class _:``); or entries of a long statement's dict
    argument (``head``/``tail`` stand-in brackets, see ``split_entries``). ``glue`` is what
    black puts between the previous piece and this one."""

    text: str
    head: str = ""
    tail: str = ""
    glue: str = "\n\n"

    @property
    def nested(self) -> bool:
        return self.head == _WRAPPER

    def source(self) -> str:
        return f"{self.head}{self.text}{self.tail}"

    def unwrap(self, formatted: str) -> str:
        if not (formatted.startswith(self.head) and formatted.endswith(self.tail)):
            raise ValueError("a piece lost its stand-in brackets")
        return formatted[len(self.head) : len(formatted) - len(self.tail)]


def split_top_level(source: str, piece_lines: int = PIECE_LINES) -> list[Piece]:
    """``source`` cut before definitions at the top level or one level into a class, into
    pieces of >= ``piece_lines`` lines. A cut needs a blank line before it and a previous
    statement that neither opens a block nor is a comment or decorator (black attaches
    those to what follows), and no triple-quoted string open before it (``open_quote``); a
    class's body goes on in a nested piece."""
    lines = _lines(source)
    if len(lines) < 2 * piece_lines:
        return [Piece(source)]
    pieces: list[Piece] = []
    start, nested = 0, False
    in_class = False  # the current top-level statement is a class
    previous = ""  # the last non-blank line
    quote: str | None = None  # the triple quote open before this line
    for index, line in enumerate(lines):
        top = line.startswith(_PIECE_STARTS)
        method = in_class and line.startswith(_METHOD_STARTS)
        if (
            (top or method)
            and index - start >= piece_lines
            and len(lines) - index >= piece_lines
            and not lines[index - 1].strip()
            and not previous.lstrip().startswith(("#", "@"))
            and not previous.rstrip().endswith(":")
            and quote is None
        ):
            pieces.append(_piece("".join(lines[start:index]), nested))
            start, nested = index, method
        quote = open_quote(line, quote)
        if line.strip():
            previous = line
            if not line[0].isspace():
                in_class = line.startswith("class ")
                nested = nested and not (top and start == index)
    pieces.append(_piece("".join(lines[start:]), nested))
    return [part for piece in pieces for part in split_entries(piece, piece_lines)]


def _lines(text: str) -> list[str]:
    """``text``'s lines with their newlines: cut at ``\\n`` only (``str.splitlines`` also
    cuts at characters a docstring may hold, such as U+2028)."""
    parts = text.split("\n")
    lines = [f"{part}\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def _piece(text: str, nested: bool) -> Piece:
    return Piece(text, _WRAPPER, glue="\n") if nested else Piece(text)


def split_entries(piece: Piece, piece_lines: int = PIECE_LINES) -> list[Piece]:
    """A long top-level piece cut between the entries of a dict argument of an exploded
    ``NAME = CALL(`` statement (the operation table: one statement of 57,000 lines for
    ec2), into pieces of >= ``piece_lines`` lines. A cut goes before a line indented eight
    spaces that follows an entry's closing ``        ),`` inside ``    key={``; each part is
    formatted inside stand-in brackets (``_ENTRIES_HEAD``/``_ENTRIES_TAIL``) that black keeps
    exploded (magic trailing commas), so an entry is formatted at the depth it has in the
    whole statement. A wrong cut leaves a part black cannot parse or whose stand-ins it
    changes (``Piece.unwrap``), and the module is then formatted whole."""
    lines = _lines(piece.text)
    if piece.head or len(lines) < 2 * piece_lines:
        return [piece]
    cuts: list[int] = []
    statement = bracket = ""  # the last line at column 0 and the last one indented four
    for index, line in enumerate(lines):
        if (
            line.startswith(_ENTRY_INDENT)
            and not line[len(_ENTRY_INDENT)].isspace()
            and lines[index - 1] == _ENTRY_END
            and statement.endswith("(\n")
            and bracket.endswith("={\n")
            and index - (cuts[-1] if cuts else 0) >= piece_lines
            and len(lines) - index >= piece_lines
        ):
            cuts.append(index)
        if line.strip():
            if not line[0].isspace():
                statement = line
            elif line.startswith("    ") and not line[4].isspace():
                bracket = line
    if not cuts:
        return [piece]
    bounds = [0, *cuts, len(lines)]
    texts = ["".join(lines[a:b]) for a, b in itertools.pairwise(bounds)]
    out = [Piece(texts[0], tail=_ENTRIES_TAIL, glue=piece.glue)]
    out.extend(Piece(text, _ENTRIES_HEAD, _ENTRIES_TAIL, "") for text in texts[1:-1])
    out.append(Piece(texts[-1], _ENTRIES_HEAD, glue=""))
    return out


def join_pieces(pieces: Sequence[Piece], formatted: Sequence[str]) -> str:
    """The formatted pieces as one module, each after its ``glue``: two blank lines before
    a top-level definition, one before a method (what black puts there), none between
    entries."""
    out = [formatted[0]]
    for piece, text in zip(pieces[1:], formatted[1:], strict=True):
        out.append(piece.glue)
        out.append(text)
    return "".join(out)


_WRAPPER = "class _:\n"
_ENTRIES_HEAD = "_ = _(\n    _={\n"
_ENTRIES_TAIL = "    },\n)\n"
_ENTRY_INDENT = " " * 8
_ENTRY_END = "        ),\n"
_METHOD_STARTS = ("    def ", "    async def ", "    @")


_WORKER_MODE: object | None = None
# black's tree for a piece is cyclic (parent links), so it is left for the collector, whose
# automatic passes cost a worker 10-20% of its time. A worker collects only between pieces,
# once this many objects have piled up (about 100 MB; the five seed specs never get there).
_COLLECT_AFTER = 1_000_000


def _init_worker(mode: object) -> None:
    global _WORKER_MODE  # one mode per worker process, set once
    _WORKER_MODE = mode
    gc.disable()


def _format_in_worker(source: str) -> str | None:
    formatted = _format_or_none(source, _WORKER_MODE)
    if gc.get_count()[0] >= _COLLECT_AFTER:
        gc.collect()
    return formatted


def _format_or_none(source: str, mode: object) -> str | None:
    """black's text for ``source``; ``None`` when it is not Python on its own (a bad cut:
    the caller formats the whole module, where black's error names the real problem)."""
    import black

    try:
        formatted: str = black.format_str(source, mode=mode)  # type: ignore[arg-type]
    except ValueError:  # black.InvalidInput
        return None
    return formatted


def _workers() -> int:
    return os.cpu_count() or 1


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

    def submit(self, source: str) -> Formatted:
        return Formatted(self, source, [Piece(source)], [_Job.done(source)])
