"""Resources an imported spec declares: the model's own (Smithy), else inferred ones.

botocore models and the Smithy models AWS publishes carry no resources, so ``apigen import``
writes the ones ``frontends/resource_infer.py`` finds (from paths, else operation names) into
the spec's ``resources:``, where a reviewer corrects or extends them (an ``arn`` template, a
``lifecycle``); the spec is then checked like any other.
"""

from __future__ import annotations

from typing import Any

from apigen import ir
from apigen.frontends.resource_infer import infer_resources


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
