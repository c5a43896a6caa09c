"""Every service model of the pinned botocore imports into a spec ``apigen validate`` accepts.

About 90 s on one core, so the whole sweep is its own nox session (``nox -s import_sweep``,
which sets ``APIGEN_IMPORT_SWEEP=1``). The default session sweeps a sample the data chooses:
``SAMPLE_SIZE`` models whose names hash lowest under the pinned botocore's version (another
pin, another sample; the same pin, the same sample on every run), besides the one model per
protocol ``test_botocore_import.py`` imports.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import botocore
import pytest
from botocore_models import load, one_per_protocol, service_folders

from apigen.importers import import_botocore_path
from apigen.importers.resources import write_spec

SWEEP = bool(os.environ.get("APIGEN_IMPORT_SWEEP"))
SAMPLE_SIZE = 30


def _rank(name: str) -> str:
    return hashlib.sha256(f"{botocore.__version__}/{name}".encode()).hexdigest()


def sample() -> list[str]:
    """``SAMPLE_SIZE`` models chosen by hash, none of those one per protocol."""
    others = set(service_folders()) - set(one_per_protocol().values())
    return sorted(sorted(others, key=_rank)[:SAMPLE_SIZE])


@pytest.mark.parametrize("service", sorted(service_folders()) if SWEEP else sample())
def test_every_botocore_model_imports_into_a_valid_spec(service: str, tmp_path: Path) -> None:
    folder = service_folders()[service]
    imported = import_botocore_path(folder)
    # the command's own path: the inferred resources written and checked with the rest
    loaded = write_spec(imported, tmp_path / f"{imported.stem}.yaml")
    assert {op.name for op in loaded.operations} == set(load(folder, "service-2")["operations"])
