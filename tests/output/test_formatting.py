"""Formatting: black pinned and in-process, behind a content-keyed cache that skips black."""

from __future__ import annotations

import concurrent.futures
import sys
from pathlib import Path

import black
import pytest

from apigen.output import formatting
from apigen.output.formatting import BLACK_VERSION, Formatter, Unformatted, default_cache_dir

SOURCE = "x=[1,2,\n  3]\ndef f( a ):\n  return a\n"
FORMATTED = "x = [1, 2, 3]\n\n\ndef f(a):\n    return a\n"


def test_formats_with_the_pinned_black() -> None:
    assert black.__version__ == BLACK_VERSION
    assert Formatter(None).format(SOURCE) == FORMATTED


def test_the_mode_is_explicit_not_read_from_user_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.black]\nline-length = 40\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    long_call = "f(" + ", ".join(f"argument_{i}" for i in range(8)) + ")\n"
    assert 88 < len(long_call) <= 100  # black's default line length would split it
    assert Formatter(None).format(long_call) == long_call


def test_a_cache_hit_does_not_import_black(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = Formatter(tmp_path)
    assert first.format(SOURCE) == FORMATTED
    assert first.misses == 1
    assert list((tmp_path / f"black-{BLACK_VERSION}").rglob("*"))
    monkeypatch.setitem(sys.modules, "black", None)  # `import black` now fails
    second = Formatter(tmp_path)
    assert second.format(SOURCE) == FORMATTED
    assert second.misses == 0


def test_a_miss_formats_and_stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = black.format_str

    def counting(source: str, *, mode: black.Mode) -> str:
        calls.append(source)
        return real(source, mode=mode)

    monkeypatch.setattr(black, "format_str", counting)
    formatter = Formatter(tmp_path)
    formatter.format(SOURCE)
    formatter.format(SOURCE)
    formatter.format(SOURCE + "y=2\n")
    assert len(calls) == 2 and formatter.misses == 2


def test_without_a_cache_black_runs_every_time(monkeypatch: pytest.MonkeyPatch) -> None:
    formatter = Formatter(None)
    formatter.format(SOURCE)
    formatter.format(SOURCE)
    assert formatter.misses == 2


def test_another_black_version_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(black, "__version__", "24.1.0")
    with pytest.raises(RuntimeError, match=f"pins black=={BLACK_VERSION}.*found 24.1.0"):
        Formatter(None).format(SOURCE)


def test_an_unwritable_cache_only_costs_speed(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    assert Formatter(blocker).format(SOURCE) == FORMATTED


def test_unformatted_leaves_source_alone() -> None:
    assert Unformatted().format(SOURCE) == SOURCE


def test_default_cache_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("APIGEN_CACHE_DIR", str(tmp_path / "explicit"))
    assert default_cache_dir() == tmp_path / "explicit"
    monkeypatch.delenv("APIGEN_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "apigen"
    assert formatting.LINE_LENGTH == 100


def test_a_big_batch_is_formatted_on_every_core_with_the_same_result(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pools: list[object] = []
    real_pool = concurrent.futures.ProcessPoolExecutor  # imported by formatting when used

    def counting_pool(*args: object, **kwargs: object) -> object:
        pool = real_pool(*args, **kwargs)  # type: ignore[arg-type]
        pools.append(pool)
        return pool

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", counting_pool)
    monkeypatch.setattr(formatting, "PARALLEL_MIN_LINES", 0)
    monkeypatch.setattr(formatting.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(formatting.threading, "active_count", lambda: 1)
    sources = [SOURCE, SOURCE + "y=2\n", "z = ( 3 )\n", SOURCE]
    serial = [Formatter(None).format(s) for s in sources]
    assert pools == []
    assert Formatter(None).format_many(sources) == serial
    assert len(pools) == 1


GOLDEN = Path(__file__).resolve().parents[2] / "generated" / "apigen_generated"


def _messy(path: Path) -> str:
    """A generated module as black did not leave it (spaces dropped around commas and =)."""
    return path.read_text(encoding="utf-8").replace(", ", ",").replace(" = ", "=")


def _biggest_shapes_module() -> str:
    """The biggest module of kafkaconnect's shapes package (a package: it has 127 classes)."""
    folder = GOLDEN / "kafkaconnect"
    biggest = max((folder / "shapes").glob("_[!_]*.py"), key=lambda p: p.stat().st_size)
    return biggest.relative_to(folder).as_posix()


@pytest.mark.parametrize(
    "module", ["client.py", _biggest_shapes_module(), "server.py", "errors.py"]
)
def test_a_module_formatted_in_pieces_is_what_black_makes_of_it_whole(module: str) -> None:
    source = _messy(GOLDEN / "kafkaconnect" / module)
    mode = Formatter(None)._black_mode()
    whole = black.format_str(source, mode=mode)  # type: ignore[arg-type]
    pieces = formatting.split_top_level(source, 15)
    assert len(pieces) > 5  # top-level cuts, and method cuts for the client class
    assert "".join(p.text for p in pieces) == source
    if module == "client.py":
        assert any(p.nested for p in pieces)
    formatted = [p.unwrap(black.format_str(p.source(), mode=mode)) for p in pieces]  # type: ignore[arg-type]
    assert formatting.join_pieces(pieces, formatted) == whole


def test_pieces_are_cached_and_a_bad_cut_falls_back_to_the_whole_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(formatting.split_top_level, "__defaults__", (3,))
    monkeypatch.setattr(formatting, "PIECE_LINES", 3)
    # A "def" at column 0 inside a triple-quoted string is no place to cut ...
    text = 'x=1\ny=2\nz=3\n\nS="""\nq\nr\n\ndef not_code( a ):\n  pass\n"""\nw=4\nv=5\nu=6\n'
    assert len(formatting.split_top_level(text)) == 1
    # ... but triple quotes in a one-line string hide it: the cut there leaves pieces black
    # cannot parse, so the module is formatted whole.
    text = 'q=\'"""\'\n' + text
    assert len(formatting.split_top_level(text)) == 2
    assert Formatter(None).format(text) == black.format_str(
        text, mode=Formatter(None)._black_mode()
    )  # type: ignore[arg-type]
    source = "\n\n".join(f"def f{i}( a ):\n  return a\n" for i in range(8))
    formatter = Formatter(tmp_path)
    assert formatter.format(source) == black.format_str(source, mode=formatter._black_mode())  # type: ignore[arg-type]
    assert formatter.misses == len(formatting.split_top_level(source)) > 1


@pytest.mark.parametrize(
    "path", sorted(GOLDEN.glob("*/operations.py")), ids=lambda p: p.parent.name
)
def test_an_operation_table_cut_between_entries_is_what_black_makes_of_it_whole(
    path: Path,
) -> None:
    source = _messy(path)
    mode = Formatter(None)._black_mode()
    whole = black.format_str(source, mode=mode)  # type: ignore[arg-type]
    pieces = formatting.split_top_level(source, 40)
    assert sum(p.glue == "" for p in pieces) > 2  # cut inside the one SERVICE statement
    assert "".join(p.text for p in pieces) == source
    formatted = [p.unwrap(black.format_str(p.source(), mode=mode)) for p in pieces]  # type: ignore[arg-type]
    assert formatting.join_pieces(pieces, formatted) == whole
    assert Formatter(None).format_many([source]) == [whole]


def test_entries_are_cut_only_inside_a_dict_argument_of_a_call() -> None:
    entry = '        "K{}": f(\n            a=1,\n        ),\n'
    in_dict = "S = g(\n    ops={\n" + "".join(entry.format(i) for i in range(30)) + "    },\n)\n"
    in_tuple = in_dict.replace("ops={", "ops=(").replace("    },", "    ),")
    assert len(formatting.split_top_level(in_dict, 20)) > 1
    assert formatting.split_top_level(in_tuple, 20) == [formatting.Piece(in_tuple)]
