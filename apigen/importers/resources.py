"""Resources an imported spec declares: the model's own (Smithy), else inferred ones.

botocore models and the Smithy models AWS publishes carry no resources, so ``apigen import``
writes the ones ``frontends/resource_infer.py`` finds (from paths, else operation names) into
the spec's ``resources:``, where a reviewer corrects or extends them (an ``arn`` template, a
``lifecycle``); the spec is then checked like any other.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from apigen import ir
from apigen.frontends.resource_infer import infer_resources

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
    loaded service to infer from, hence the first write). ``imported.spec`` is updated to
    what was written. Raises ``SpecError`` naming ``path`` when the spec does not load.
    """
    from apigen.frontends.smithy_yaml import load_smithy_yaml
    from apigen.importers.yaml_writer import dump

    path.write_text(dump(imported.spec, imported.header), encoding="utf-8")
    service = load_smithy_yaml(path)
    if service.resources:
        return service
    inferred = spec_resources(service)
    if not inferred:
        return service
    imported.spec["resources"] = inferred
    path.write_text(dump(imported.spec, imported.header), encoding="utf-8")
    return load_smithy_yaml(path)
