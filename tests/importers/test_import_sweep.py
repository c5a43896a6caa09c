"""Every service model of the pinned botocore imports into a spec ``apigen validate`` accepts.

About 90 s on one core, so it is its own nox session (``nox -s import_sweep``, which sets
``APIGEN_IMPORT_SWEEP=1``); the default test session imports a sample
(``test_botocore_import.py``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from botocore_models import load, service_folders

from apigen.frontends.smithy_yaml import load_smithy_yaml
from apigen.importers import import_botocore_path, yaml_writer

pytestmark = pytest.mark.skipif(
    not os.environ.get("APIGEN_IMPORT_SWEEP"), reason="the sweep runs in `nox -s import_sweep`"
)


@pytest.mark.parametrize("service", sorted(service_folders()))
def test_every_botocore_model_imports_into_a_valid_spec(service: str, tmp_path: Path) -> None:
    folder = service_folders()[service]
    imported = import_botocore_path(folder)
    path = tmp_path / f"{imported.stem}.yaml"
    path.write_text(yaml_writer.dump(imported.spec, imported.header), encoding="utf-8")
    loaded = load_smithy_yaml(path)
    assert {op.name for op in loaded.operations} == set(load(folder, "service-2")["operations"])
