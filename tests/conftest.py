"""Fixtures shared by every test folder: project paths, ``shared/``, the generated tree.

The generated distribution is imported as installed (``pip install -e ./generated``, the
README's set-up); a bare checkout without that install still finds it on ``sys.path``.
"""

from __future__ import annotations

import importlib
import importlib.util
import itertools
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from apigen import naming
from apigen.frontends import spec_files
from apigen.output.formatting import Formatter
from apigen.output.writing import write_tree
from apigen.pipeline import generate, load_services

PROJECT = Path(__file__).resolve().parents[1]
SPECS = PROJECT / "specs"
GENERATED = PROJECT / "generated"
IN_CI = bool(os.environ.get("CI"))
# No test may wait on (or reach) an instance metadata service: clients without credentials
# would try 169.254.169.254 last. tests/runtime/test_providers.py turns it on against its own.
os.environ["AWS_EC2_METADATA_DISABLED"] = "true"

if importlib.util.find_spec("apigen_generated") is None:
    sys.path.insert(0, str(GENERATED))


def spec_paths() -> list[Path]:
    """The specs whose output is committed under ``generated/``."""
    return spec_files(SPECS)


@pytest.fixture(scope="session")
def project_root() -> Path:
    return PROJECT


@pytest.fixture(scope="session")
def specs_dir() -> Path:
    return SPECS


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the project; its absence skips a test, but fails one in CI."""
    shared = PROJECT.parent / "shared"
    if not shared.is_dir():
        if IN_CI:
            pytest.fail(f"{shared} is missing: CI runs with shared/ beside the clone")
        pytest.skip(f"{shared} is missing (it sits beside the project in CI)")
    return shared


@pytest.fixture(scope="session")
def generated_root() -> Path:
    """The committed generated distribution (``generated/``)."""
    return GENERATED


@pytest.fixture(scope="session")
def black_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A formatting cache for the whole session: black formats each module once per run."""
    return tmp_path_factory.mktemp("apigen-cache")


@pytest.fixture(scope="session")
def generated_files(black_cache: Path) -> dict[str, str]:
    """Every file ``specs/`` generates (relative path → text), computed once per session."""
    return generate(load_services(spec_paths()), Formatter(black_cache))


@pytest.fixture(scope="session")
def scratch_service(
    tmp_path_factory: pytest.TempPathFactory, black_cache: Path
) -> Iterator[Callable[..., ModuleType]]:
    """Generate a spec (YAML text) and import its service package from a scratch folder.

    The service and ``_runtime`` are vendored under a fresh parent package, as a user would
    vendor them, so it never clashes with the installed ``apigen_generated``. Built once per
    session for each (text, stem).
    """
    root = tmp_path_factory.mktemp("scratch")
    built: dict[tuple[str, str], ModuleType] = {}
    added: list[str] = []
    numbers = itertools.count()  # a failed build keeps its number: the next gets a fresh one

    def build(spec_text: str, stem: str = "scratch") -> ModuleType:
        if (spec_text, stem) not in built:
            parent = f"apigen_scratch_{next(numbers)}"
            spec = root / "specs" / parent / f"{stem}.yaml"
            spec.parent.mkdir(parents=True)
            spec.write_text(spec_text, encoding="utf-8")
            files = generate(load_services([spec]), Formatter(black_cache))
            vendored = {
                rel.replace("apigen_generated/", f"{parent}/", 1): text
                for rel, text in files.items()
                if rel.startswith("apigen_generated/")
            }
            write_tree(root / parent, vendored)
            sys.path.insert(0, str(root / parent))
            added.append(str(root / parent))
            importlib.invalidate_caches()
            built[(spec_text, stem)] = importlib.import_module(f"{parent}.{naming.package(stem)}")
        return built[(spec_text, stem)]

    yield build
    for entry in added:
        sys.path.remove(entry)
