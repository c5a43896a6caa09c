"""An OpenAPI document's resources: inferred from its paths, or declared.

``x-apigen-resources`` at the top level of the document declares them in the spec format's
``resources`` form (docs/spec-format.md "Resources"), with operations named as the IR names
them (PascalCase ``operationId``) and identifier targets as schema names; it replaces the
inference (``resource_infer``) as a whole. Problems are ``(path, message)`` pairs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import jsonschema

from apigen import ir
from apigen.frontends.resource_infer import infer_resources
from apigen.frontends.resources import ROLES, convert
from apigen.frontends.spec_schema import RESOURCE

_KEY = "x-apigen-resources"
_VALIDATOR = jsonschema.Draft202012Validator({"type": "object", "additionalProperties": RESOURCE})


def document_resources(
    document: Mapping[str, Any], service: ir.Service
) -> tuple[tuple[ir.Resource, ...], list[tuple[tuple[str | int, ...], str]]]:
    declared = document.get(_KEY)
    if declared is None:
        return infer_resources(service), []
    problems: list[tuple[tuple[str | int, ...], str]] = [
        ((_KEY, *err.absolute_path), err.message) for err in _VALIDATOR.iter_errors(declared)
    ]
    if problems:
        return (), problems
    operations = {o.name for o in service.operations}
    for name, raw in declared.items():
        named = [(role, raw[role]) for role in ROLES if role in raw]
        named += [("operations", o) for o in raw.get("operations", ())]
        named += [("collectionOperations", o) for o in raw.get("collectionOperations", ())]
        for where, op in named:
            if op not in operations:
                problems.append(((_KEY, name, where), f"{op!r} is not an operation"))

    def shape_id(target: str) -> str:
        sid = f"{service.namespace}#{target}"
        return sid if sid in service.shapes else f"smithy.api#{target}"

    doc = {"service": {"namespace": service.namespace}, "resources": declared}
    return convert(doc, shape_id), problems
