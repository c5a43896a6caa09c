"""The protocol ``apigen import`` writes is the one boto3 speaks to the service.

For every botocore model (the pinned botocore's own data): the spec's ``protocol`` is
botocore's ``ServiceModel.resolved_protocol`` (its priority over the model's ``protocols``),
in the spec's names; a model listing several keeps them all in ``protocols``, each once.
"""

from __future__ import annotations

from pathlib import Path

import botocore
import botocore.loaders
import botocore.model
import pytest

from apigen.importers import import_botocore_path
from apigen.importers.botocore_model import PROTOCOLS, protocol_of

_LOADER = botocore.loaders.Loader()


def _with_protocols(least: int = 1) -> list[str]:
    return [
        name
        for name in _LOADER.list_available_services("service-2")
        if len(_LOADER.load_service_model(name, "service-2")["metadata"].get("protocols") or ())
        >= least
    ]


def _spec_name(botocore_name: str, metadata: dict[str, object]) -> str:
    if botocore_name == "json":
        return "awsJson1_1" if str(metadata.get("jsonVersion", "1.0")) == "1.1" else "awsJson1_0"
    return PROTOCOLS[botocore_name]


def test_every_model_imports_with_the_protocol_botocore_resolves() -> None:
    names = _with_protocols()
    assert names, "the pinned botocore has models with `protocols`"
    for name in names:
        model = _LOADER.load_service_model(name, "service-2")
        resolved = botocore.model.ServiceModel(model, name).resolved_protocol
        assert protocol_of(model["metadata"]) == _spec_name(resolved, model["metadata"]), name


@pytest.mark.parametrize("name", _with_protocols(2)[:2])
def test_a_model_with_alternatives_keeps_each_once(name: str) -> None:
    data = Path(botocore.__file__).parent / "data" / name
    folder = sorted(p for p in data.iterdir() if p.is_dir())[-1]
    spec = import_botocore_path(folder).spec["service"]
    model = _LOADER.load_service_model(name, "service-2")["metadata"]
    expected = [_spec_name(p, model) for p in model["protocols"]]
    assert spec["protocols"] == expected and len(set(expected)) == len(expected)
    assert spec["protocol"] in expected
