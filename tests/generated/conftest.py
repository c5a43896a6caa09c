"""The generated package for the client tests, and each service's IR.

``apigen_generated`` is imported as installed (``pip install -e generated``) or from
``generated/``; when neither has the clients, every spec under ``specs/`` is generated into
a temporary folder put first on ``sys.path``.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

from apigen import ir
from apigen.frontends import spec_files
from apigen.output.formatting import Formatter, default_cache_dir
from apigen.output.writing import write_tree
from apigen.pipeline import generate, load_services
from apigen.views.package import PACKAGE, package_name

SPECS = Path(__file__).resolve().parents[2] / "specs"


def _installed() -> bool:
    try:
        importlib.import_module(f"{PACKAGE}.emr_containers.client")
    except ImportError:
        return False
    return True


@pytest.fixture(scope="session")
def services() -> dict[str, ir.Service]:
    """IR of every spec, keyed by generated package name."""
    return {package_name(s): s for s in load_services(spec_files(SPECS))}


@pytest.fixture(scope="session")
def generated(
    services: dict[str, ir.Service], tmp_path_factory: pytest.TempPathFactory
) -> ModuleType:
    if not _installed():
        out = tmp_path_factory.mktemp("generated")
        write_tree(out, generate(list(services.values()), Formatter(default_cache_dir())))
        sys.path.insert(0, str(out))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]
    return importlib.import_module(PACKAGE)
