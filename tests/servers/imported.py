"""Services imported at test time from the pinned botocore's own models, for boto3 peers.

``generated_package`` reads a botocore model with the botocore front end, generates it (no
black) under a throwaway root package and imports it; the package is removed from
``sys.modules`` and ``sys.path`` when the block ends. ``trimmed`` cuts a large model (EC2:
830 operations, two minutes to generate) down to the named operations and the shapes they
reach, so the wire the test sees is the real model's, for fewer operations.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import botocore.loaders

from apigen import ir
from apigen.frontends.botocore import botocore_service
from apigen.output.formatting import Unformatted
from apigen.pipeline import generate


def botocore_model(service: str) -> dict[str, Any]:
    """The latest ``service-2`` model of ``service`` in the installed botocore."""
    loader = botocore.loaders.Loader()
    version = loader.determine_latest_version(service, "service-2")
    model: dict[str, Any] = loader.load_service_model(service, "service-2", version)
    return model


def _shape_refs(shape: dict[str, Any]) -> Iterator[str]:
    for key in ("member", "key", "value"):
        if key in shape:
            yield shape[key]["shape"]
    for member in shape.get("members", {}).values():
        yield member["shape"]


def trimmed(model: dict[str, Any], operations: Iterable[str]) -> dict[str, Any]:
    """``model`` with only ``operations`` and every shape they reach (inputs, outputs,
    errors, transitively); metadata and the rest of the document are kept."""
    kept = {name: model["operations"][name] for name in operations}
    pending: list[str] = []
    for operation in kept.values():
        pending += [operation[k]["shape"] for k in ("input", "output") if k in operation]
        pending += [error["shape"] for error in operation.get("errors", ())]
    shapes: dict[str, Any] = {}
    while pending:
        name = pending.pop()
        if name in shapes:
            continue
        shapes[name] = model["shapes"][name]
        pending += list(_shape_refs(shapes[name]))
    return {**model, "operations": kept, "shapes": shapes}


@contextlib.contextmanager
def generated_package(
    model: dict[str, Any], root: Path, package: str, service: ir.Service | None = None
) -> Iterator[ModuleType]:
    """The generated package of ``model`` (its service module), importable while the block
    runs; ``service``, when given, is generated instead (the same service from another
    source)."""
    if service is None:
        service = botocore_service(model, f"{model['metadata']['endpointPrefix']}.json")
    files = generate([service], Unformatted())
    name = ""
    for path, text in files.items():
        if path.startswith("apigen_generated/"):
            rest = path.split("/", 1)[1]
            if rest.endswith("/server.py"):
                name = rest.split("/", 1)[0]
            target = root / package / rest
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    sys.path.insert(0, str(root))
    importlib.invalidate_caches()
    try:
        yield importlib.import_module(f"{package}.{name}")
    finally:
        sys.path.remove(str(root))
        for loaded in [m for m in sys.modules if m.split(".")[0] == package]:
            del sys.modules[loaded]


def part(package: ModuleType, module: str) -> ModuleType:
    """``package.<module>`` (``server``, ``shapes``, ``errors``) of a generated service."""
    return importlib.import_module(f"{package.__name__}.{module}")
