"""``apigen diff`` over real pairs: an older and the pinned botocore model of each service.

The expected changes (``botocore_releases.yaml``) were checked by hand against the raw JSON
of both releases; the file says how, and which differences the IR does not carry. The old
release comes from the package index (``botocore_releases_models``): skipped without it, failed in CI.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import botocore
import pytest
import yaml
from botocore.exceptions import DataNotFoundError
from botocore.loaders import Loader
from botocore_releases_models import fetch_wheel, wheel_model

from apigen import ir
from apigen.diff.changes import Bump, Kind
from apigen.diff.services import diff_services
from apigen.frontends.botocore import botocore_service

EXPECTED: dict[str, Any] = yaml.safe_load(
    Path(__file__).with_name("botocore_releases.yaml").read_text(encoding="utf-8")
)


@pytest.fixture(scope="module")
def old_wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    return fetch_wheel(EXPECTED["old"], tmp_path_factory.mktemp("botocore-wheel"))


def _new_side(service: str) -> list[ir.Service]:
    try:
        model = Loader().load_service_model(service, "service-2")
    except DataNotFoundError:
        return []
    return [botocore_service(model, f"{service}.json")]


def test_installed_botocore_is_the_recorded_one() -> None:
    assert botocore.__version__ == EXPECTED["new"], (
        f"botocore_releases.yaml was checked against botocore {EXPECTED['new']}; "
        f"{botocore.__version__} is installed (the dev extra pins it)"
    )


@pytest.mark.parametrize("service", sorted(EXPECTED["services"]))
def test_every_change_between_releases(service: str, old_wheel: zipfile.ZipFile) -> None:
    model = wheel_model(old_wheel, service)
    assert model is not None, f"botocore {EXPECTED['old']} has no model of {service}"
    report = diff_services([botocore_service(model, f"{service}.json")], _new_side(service))
    found = {kind.value: [str(c) for c in report.changes if c.kind is kind] for kind in Kind}
    expected = {kind.value: EXPECTED["services"][service].get(kind.value, []) for kind in Kind}
    assert found == expected
    worst = (
        Bump.MAJOR if expected["breaking"] else Bump.MINOR if expected["feature"] else Bump.PATCH
    )
    assert report.bump is worst
