"""Importers: official AWS models (botocore JSON, Smithy JSON AST) → spec documents.

An importer's output is an ordinary spec in the YAML format of ``docs/spec-format.md``,
written by ``yaml_writer``: the rest of the pipeline reads it as it reads a hand-written
spec and cannot tell where it came from. Each importer collects every problem (a fact
the format cannot carry, a malformed model) with its JSON path and raises them together.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from apigen.errors import SpecError, SpecIssue, display_path
from apigen.importers import sources, spec_fixups
from apigen.importers.issues import Issues


@dataclass(frozen=True)
class Imported:
    """A spec made from a model: its file stem, document and header lines."""

    stem: str
    spec: dict[str, Any]
    header: list[str]


def _merge(into: dict[str, Any], more: dict[str, Any]) -> None:
    """``more`` merged into ``into`` recursively, as botocore's ``merge_dicts`` does."""
    for key, value in more.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value


def _streaming_on_targets(model: dict[str, Any]) -> None:
    """botocore's S3 marks ``streaming`` on the member (``Body``), Smithy on the blob it
    targets: the target is marked when only streaming members use it, else the streaming
    members get a streaming copy of it (``<Name>Stream``)."""
    shapes = model.get("shapes")
    if not isinstance(shapes, dict):
        return
    uses: dict[str, list[tuple[dict[str, Any], bool]]] = {}
    for shape in shapes.values():
        members = shape.get("members") if isinstance(shape, dict) else None
        for member in (members or {}).values():
            if isinstance(member, dict) and isinstance(member.get("shape"), str):
                uses.setdefault(member["shape"], []).append((member, bool(member.get("streaming"))))
    for name, refs in uses.items():
        target = shapes.get(name)
        if not isinstance(target, dict) or target.get("streaming"):
            continue
        if not any(streams for _, streams in refs):
            continue
        if all(streams for _, streams in refs):
            target["streaming"] = True
            continue
        copy = f"{name}Stream"
        shapes.setdefault(copy, {**target, "streaming": True})
        for member, streams in refs:
            if streams:
                member["shape"] = copy


def import_botocore_path(path: Path) -> Imported:
    """``path`` is a botocore service folder or its ``service-2.json[.gz]``; paginators,
    waiters and the endpoint rule set are read from beside it when present."""
    from apigen.importers.botocore_model import file_stem, import_botocore

    model_path = sources.find(path, "service-2") if path.is_dir() else path
    if model_path is None or not model_path.is_file():
        raise SpecError(
            [
                SpecIssue(
                    file=display_path(path),
                    line=None,
                    path="",
                    message="no service-2.json or service-2.json.gz here",
                )
            ]
        )
    read = sources.Sources()
    model = read.load(model_path)
    issues = Issues(display_path(model_path))
    if not isinstance(model, dict):
        issues.add((), "a botocore model is a JSON object")
        issues.raise_if_any()
    folder = model_path.parent
    merged = sources.find(folder, "service-2.sdk-extras")
    if merged is not None:
        # botocore's loader merges these into the model (S3's Expires is a timestamp there).
        more = read.load(merged)
        if isinstance(more, dict) and isinstance(more.get("merge"), dict):
            _merge(model, more["merge"])
    _streaming_on_targets(model)
    extras: dict[str, Any] = {}
    for key, stem in (
        ("paginators", "paginators-1"),
        ("waiters", "waiters-2"),
        ("rules", "endpoint-rule-set-1"),
    ):
        found = sources.find(folder, stem)
        if found is not None:
            extras[key] = read.load(found)
            extras[f"{key}_file"] = display_path(found)
    extras.pop("rules_file", None)
    spec = import_botocore(model, issues, **extras)
    issues.raise_if_any()
    notes = spec_fixups.apply(spec)
    metadata = model.get("metadata", {})
    version = model.get("version", "1.0")
    header = read.header(
        "apigen import botocore",
        f"botocore service-2 {version}, apiVersion {metadata.get('apiVersion', '?')}",
    )
    header[-1:-1] = notes
    return Imported(stem=file_stem(str(metadata.get("serviceId", ""))), spec=spec, header=header)


def import_smithy_path(path: Path, service_id: str) -> Imported:
    """A Smithy 2.0 JSON AST file and the id of the service shape to import."""
    from apigen.importers.botocore_model import file_stem
    from apigen.importers.smithy_ast import SmithyImporter

    read = sources.Sources()
    model = read.load(path)
    issues = Issues(display_path(path))
    if not isinstance(model, dict) or not isinstance(model.get("shapes"), dict):
        issues.add((), "a Smithy JSON AST is an object with `shapes`")
        issues.raise_if_any()
    spec = SmithyImporter(model, service_id, issues).run()
    issues.raise_if_any()
    notes = spec_fixups.apply(spec)
    header = read.header(
        f"apigen import smithy --service {service_id}",
        f"Smithy JSON AST {model.get('smithy', '?')}, service version {spec['service']['version']}",
    )
    header[-1:-1] = notes
    stem = file_stem(str(spec["service"].get("serviceId", "")))
    return Imported(stem=stem, spec=spec, header=header)
