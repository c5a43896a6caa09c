"""The tool installs like a tool: the built wheel (not the editable checkout) generates.

The wheel is built from this checkout and unpacked into a folder of its own, which comes
first on ``sys.path`` of a fresh interpreter, so everything it runs, templates included,
comes from the wheel; its dependencies are the test environment's. It regenerates one shipped
spec and must write exactly the committed output for it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(PROJECT),
        ],
        check=True,
        capture_output=True,
    )
    [built] = out.glob("apigen-*.whl")
    return built


def test_the_wheel_carries_the_templates_and_the_runtime(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    templates = sorted(
        p.relative_to(PROJECT).as_posix()
        for p in (PROJECT / "apigen" / "templates").rglob("*.jinja")
    )
    runtime = sorted(
        p.relative_to(PROJECT).as_posix() for p in (PROJECT / "apigen" / "runtime").rglob("*.py")
    )
    assert templates and runtime
    assert [t for t in templates if t not in names] == []
    assert [r for r in runtime if r not in names] == []


def test_the_installed_wheel_generates_the_committed_output(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    specs = tmp_path / "specs"
    specs.mkdir()
    spec = PROJECT / "specs" / "kafkaconnect.yaml"
    (specs / spec.name).write_bytes(spec.read_bytes())
    out = tmp_path / "out"
    environment = {
        **os.environ,
        "PYTHONPATH": str(site),
        "APIGEN_CACHE_DIR": str(tmp_path / "cache"),
    }
    probe = subprocess.run(
        [sys.executable, "-c", "import apigen; print(apigen.__file__)"],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    assert Path(probe.stdout.strip()).is_relative_to(site), "the wheel's apigen must be the one run"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "apigen",
            "generate",
            "--quiet",
            "--specs",
            str(specs),
            "--out",
            str(out),
        ],
        env=environment,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    committed = PROJECT / "generated" / "apigen_generated" / "kafkaconnect"
    for path in sorted(committed.rglob("*.py")):
        written = out / "apigen_generated" / "kafkaconnect" / path.relative_to(committed)
        assert written.read_bytes() == path.read_bytes(), path.name
