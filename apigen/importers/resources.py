"""Resources an imported spec declares: the model's own (Smithy), else inferred ones.

botocore models and the Smithy models AWS publishes carry no resources, so ``apigen import``
writes the ones ``frontends/resource_infer.py`` finds (from paths, else operation names) into
the spec's ``resources:``, where a reviewer corrects or extends them (an ``arn`` template, a
``lifecycle``); the spec is then checked like any other.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from apigen import ir
from apigen.frontends.resource_infer import infer_resources
from apigen.frontends.resources import ROLES

if TYPE_CHECKING:
    from apigen.importers import Imported


def _local(shape_id: str) -> str:
    return shape_id.split("#", 1)[-1]


def spec_resources(service: ir.Service) -> dict[str, Any]:
    """The ``resources:`` section for ``service`` as inferred (empty when none is found)."""
    out: dict[str, Any] = {}
    for resource in infer_resources(service):
        raw: dict[str, Any] = {
            "identifiers": {name: _local(target) for name, target in resource.identifiers}
        }
        raw.update(dict(resource.lifecycle_operations))
        if resource.operations:
            raw["operations"] = list(resource.operations)
        if resource.resources:
            raw["resources"] = list(resource.resources)
        out[resource.name] = raw
    return out


def write_spec(imported: Imported, path: Path) -> ir.Service:
    """Write ``imported``'s spec to ``path`` with its resources, and load it as it is checked.

    A spec that declares no resources gets the inferred ones (``spec_resources`` needs the
    loaded service to infer from, hence the first write); an inferred binding the checks
    refuse is left out (``without_refused``), so an import never fails for a guess.
    ``imported.spec`` is updated to what was written. Raises ``SpecError`` naming ``path``
    when the spec does not load.
    """
    from apigen.errors import SpecError
    from apigen.frontends.smithy_yaml import load_smithy_yaml
    from apigen.importers.yaml_writer import dump

    path.write_text(dump(imported.spec, imported.header), encoding="utf-8")
    service = load_smithy_yaml(path)
    if service.resources:
        return service
    inferred = spec_resources(service)
    for _ in range(_ROUNDS):
        if not inferred:
            imported.spec.pop("resources", None)
            path.write_text(dump(imported.spec, imported.header), encoding="utf-8")
            return load_smithy_yaml(path)
        imported.spec["resources"] = inferred
        path.write_text(dump(imported.spec, imported.header), encoding="utf-8")
        try:
            return load_smithy_yaml(path)
        except SpecError as exc:
            pruned = without_refused(inferred, [i.path for i in exc.issues])
            if pruned is None:
                raise
            inferred = pruned
    return load_smithy_yaml(path)


_ROUNDS = 8  # each round leaves out what the last refused; a leaving-out may show more


def without_refused(resources: dict[str, Any], refused: list[str]) -> dict[str, Any] | None:
    """``resources`` less what the checks refused at the ``refused`` paths
    (``resources.App.list``, ``resources.App.operations[0]``): a refused lifecycle operation
    or bound operation is unbound, a resource refused otherwise (its identifiers) is left out
    with its place among its parent's children, and so is a resource left with no
    operation. None when a refusal is not of the inferred resources (the model's own
    problem: it is reported as it is)."""
    out = {name: dict(raw) for name, raw in resources.items()}
    dropped: set[str] = set()
    for where in refused:
        parts = re.sub(r"\[(\d+)\]", r".\1", where).split(".")  # operations[0]: .0
        if len(parts) < 3 or parts[0] != "resources" or parts[1] not in out:
            return None
        raw = out[parts[1]]
        if parts[2] in ROLES:
            raw.pop(parts[2], None)
        elif parts[2] in ("operations", "collectionOperations") and len(parts) == 4:
            raw[parts[2]] = [op for i, op in enumerate(raw.get(parts[2], [])) if str(i) != parts[3]]
        else:
            dropped.add(parts[1])
    for name, raw in out.items():
        if not any(raw.get(k) for k in (*ROLES, "operations", "collectionOperations")):
            dropped.add(name)
    for name in dropped:
        out.pop(name, None)
    for raw in out.values():
        if "resources" in raw:
            raw["resources"] = [c for c in raw["resources"] if c not in dropped]
            if not raw["resources"]:
                del raw["resources"]
        for key in ("operations", "collectionOperations"):
            if key in raw and not raw[key]:
                del raw[key]
    return out
