"""``apigen import smithy``: the Smithy JSON AST models in ``shared/upstream/smithy-models``
become valid specs that agree with the service's botocore model (the same AWS facts, the
other official source)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from botocore_models import service_folders

from apigen.errors import SpecError
from apigen.frontends.smithy_yaml import load_smithy_yaml
from apigen.importers import import_botocore_path, import_smithy_path, yaml_writer

MODELS = Path(__file__).resolve().parents[3] / "shared" / "upstream" / "smithy-models"
NAMES = sorted(p.stem for p in MODELS.glob("*.json")) if MODELS.is_dir() else ["(absent)"]


def _service_id(model: dict[str, Any]) -> str:
    (sid,) = [k for k, v in model["shapes"].items() if v["type"] == "service"]
    return sid


def _model(shared_dir: Path, name: str) -> tuple[Path, dict[str, Any]]:
    path = shared_dir / "upstream" / "smithy-models" / f"{name}.json"
    return path, json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", NAMES)
def test_smithy_model_imports_into_a_valid_spec(
    shared_dir: Path, name: str, tmp_path: Path
) -> None:
    path, model = _model(shared_dir, name)
    imported = import_smithy_path(path, _service_id(model))
    spec_path = tmp_path / f"{imported.stem}.yaml"
    spec_path.write_text(yaml_writer.dump(imported.spec, imported.header), encoding="utf-8")
    service = load_smithy_yaml(spec_path)
    bound = {t["target"].split("#")[1] for t in model["shapes"][_service_id(model)]["operations"]}
    assert {op.name for op in service.operations} == bound
    waiters = sum(
        len(s.get("traits", {}).get("smithy.waiters#waitable", {}))
        for s in model["shapes"].values()
    )
    assert sum(len(op.waiters) for op in service.operations) == waiters


@pytest.mark.parametrize("name", NAMES)
def test_smithy_and_botocore_imports_agree(shared_dir: Path, name: str) -> None:
    path, model = _model(shared_dir, name)
    smithy = import_smithy_path(path, _service_id(model)).spec
    folder = service_folders().get(smithy["service"]["endpointPrefix"]) or service_folders().get(
        name.rsplit("-", 3)[0]
    )
    if folder is None:
        pytest.skip(f"the pinned botocore has no model for {name}")
    botocore = import_botocore_path(folder).spec
    assert smithy["service"]["endpointPrefix"] == botocore["service"]["endpointPrefix"]
    shared = set(smithy["operations"]) & set(botocore["operations"])
    assert shared, "no operation in common"
    for op in sorted(shared):
        ours, theirs = smithy["operations"][op], botocore["operations"][op]
        if "http" in ours and "http" in theirs:
            assert ours["http"]["method"] == theirs["http"]["method"], op
            # Route 53's botocore model ends some URIs with "/" where Smithy's does not.
            assert ours["http"]["uri"].rstrip("/") == theirs["http"]["uri"].rstrip("/"), op
        if "input" in ours and "input" in theirs:
            # The Smithy files are older than the pinned botocore: members only get added.
            mine = set(smithy["shapes"][ours["input"]]["members"])
            assert mine <= set(botocore["shapes"][theirs["input"]]["members"]), op


def test_unknown_service_shape_is_named(shared_dir: Path) -> None:
    path, _ = _model(shared_dir, NAMES[0])
    with pytest.raises(SpecError) as exc:
        import_smithy_path(path, "com.example#Nope")
    assert "no such service" in str(exc.value) and "com.example#Nope" in str(exc.value)
