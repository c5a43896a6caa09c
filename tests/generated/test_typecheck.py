"""The generated distribution type-checks under ``mypy --strict`` and imports without effects."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PACKAGE = "apigen_generated"

# Runs in a fresh interpreter: an audit hook records anything an import should never do.
PROBE = textwrap.dedent(
    """
    import sys

    seen = []

    def hook(event, args):
        if event == "open" and isinstance(args[0], (str, bytes)) and args[1] not in (None, "r", "rb"):
            seen.append(f"{event} {args[0]!r} {args[1]!r}")
        elif event.startswith(("socket.", "subprocess.", "os.system", "os.exec", "os.fork",
                               "os.posix_spawn", "os.remove", "os.rename", "os.mkdir",
                               "shutil.", "urllib.", "http.client.")):
            seen.append(f"{event} {args!r:.120}")

    sys.addaudithook(hook)
    import importlib
    import threading
    for name in sys.argv[1:]:
        importlib.import_module(name)
    threads = [t.name for t in threading.enumerate() if t is not threading.main_thread()]
    if seen or threads:
        sys.__stderr__.write("side effects: " + repr(seen) + " threads: " + repr(threads))
    """
)


def _modules(generated_root: Path, package: str) -> list[str]:
    folder = generated_root / PACKAGE / package
    names = []
    for path in sorted(folder.rglob("*.py")):
        parts = path.relative_to(generated_root).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def _packages(generated_root: Path) -> list[str]:
    root = generated_root / PACKAGE
    return sorted(p.name for p in root.iterdir() if (p / "__init__.py").is_file())


def test_generated_packages_pass_mypy_strict(generated_root: Path, tmp_path: Path) -> None:
    if importlib.util.find_spec("mypy") is None:
        if os.environ.get("CI"):
            pytest.fail("mypy is not installed: `pip install -e .[dev]` installs it")
        pytest.skip("mypy is not installed (pip install -e .[dev]); CI runs this")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(tmp_path / "mypy-cache"),
            "-p",
            PACKAGE,
        ],
        cwd=generated_root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_service_is_a_package(generated_root: Path) -> None:
    packages = _packages(generated_root)
    assert "_runtime" in packages and "kafkaconnect" in packages
    for package in packages:
        assert (generated_root / PACKAGE / package / "py.typed").is_file() or package == "_runtime"


def test_importing_a_generated_module_has_no_side_effects(
    generated_root: Path, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(generated_root), os.environ.get("PYTHONPATH")])
        ),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    for package in _packages(generated_root):
        modules = [PACKAGE, *_modules(generated_root, package)]
        result = subprocess.run(
            [sys.executable, "-c", PROBE, *modules],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, f"{package}: {result.stderr}"
        assert (result.stdout, result.stderr) == ("", ""), f"{package} printed or acted on import"
        assert list(tmp_path.iterdir()) == [], f"{package} wrote files on import"
