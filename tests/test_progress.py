"""Progress of ``apigen generate``: each phase reported per spec, a redrawn line on a
terminal, one summary line elsewhere, nothing at all with ``--quiet``."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from apigen.cli import main
from apigen.incremental import generate_specs
from apigen.progress import NoProgress, TerminalProgress, progress_for

GOOD = Path(__file__).resolve().parent / "frontends" / "good_specs"


class Recorder:
    def __init__(self) -> None:
        self.steps: list[tuple[str, int, int, str]] = []
        self.closed = False

    def step(self, phase: str, done: int, total: int, item: str = "") -> None:
        self.steps.append((phase, done, total, item))

    def close(self) -> None:
        self.closed = True


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_every_spec_is_reported_read_and_rendered_then_formatted() -> None:
    specs = sorted(GOOD.glob("*.yaml"))
    recorder = Recorder()
    generate_specs(specs, None, progress=recorder)
    names = [p.name for p in specs]
    reads = [(d, t, i) for phase, d, t, i in recorder.steps if phase == "read"]
    renders = [(d, t, i) for phase, d, t, i in recorder.steps if phase == "render"]
    assert reads == [(n, len(specs), name) for n, name in enumerate(names)]
    assert [(d, t) for d, t, _ in renders] == [(n, len(specs)) for n in range(len(specs))]
    assert [p for p, *_ in recorder.steps if p == "format"] == ["format", "format"]
    assert [p for p, *_ in recorder.steps].index("format") > len(reads) + len(renders) - 1


def test_the_terminal_line_is_redrawn_and_erased() -> None:
    stream = Tty()
    progress = progress_for(False, stream)
    assert isinstance(progress, TerminalProgress)
    progress.step("render", 1, 4, "glue.yaml")
    progress.close()
    assert stream.getvalue() == (
        "\r\x1b[Kgenerate: render 1/4 [#####...............] glue.yaml\r\x1b[K"
    )


@pytest.mark.parametrize(("quiet", "stream"), [(True, Tty()), (False, io.StringIO())])
def test_no_progress_when_quiet_or_not_on_a_terminal(quiet: bool, stream: io.StringIO) -> None:
    assert isinstance(progress_for(quiet, stream), NoProgress)


def test_generate_prints_one_summary_line_or_nothing_when_quiet(
    tmp_path: Path, black_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APIGEN_CACHE_DIR", str(black_cache))
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "widgets.yaml").write_bytes((GOOD / "widgets.yaml").read_bytes())
    runner = CliRunner()
    done = runner.invoke(main, ["generate", "--specs", str(specs), "--out", str(tmp_path / "o")])
    assert done.exit_code == 0
    [line] = done.output.splitlines()
    assert " written, 0 removed, 0 unchanged in " in line and "\r" not in done.output
    quiet = runner.invoke(
        main, ["generate", "-q", "--specs", str(specs), "--out", str(tmp_path / "o")]
    )
    assert quiet.exit_code == 0 and quiet.output == ""
