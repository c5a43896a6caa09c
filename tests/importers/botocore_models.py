"""The service models of the pinned botocore package, as the tests of the importers see them."""

from __future__ import annotations

import gzip
import json
from functools import cache
from pathlib import Path
from typing import Any

import botocore

DATA = Path(botocore.__file__).parent / "data"


@cache
def service_folders() -> dict[str, Path]:
    """Every service with a ``service-2`` model: name → its newest API version's folder."""
    folders = {}
    for service in sorted(DATA.iterdir()):
        versions = sorted(p for p in service.iterdir() if p.is_dir()) if service.is_dir() else []
        if versions and any((versions[-1] / f).exists() for f in MODEL_FILES):
            folders[service.name] = versions[-1]
    return folders


MODEL_FILES = ("service-2.json", "service-2.json.gz")


def load(folder: Path, stem: str) -> Any:
    for name in (f"{stem}.json", f"{stem}.json.gz"):
        path = folder / name
        if path.exists():
            data = path.read_bytes()
            return json.loads(gzip.decompress(data) if name.endswith(".gz") else data)
    return None


@cache
def one_per_protocol() -> dict[str, str]:
    """The first service (by name) of each botocore protocol: a sample chosen by the data."""
    chosen: dict[str, str] = {}
    for name, folder in service_folders().items():
        protocol = load(folder, "service-2")["metadata"]["protocol"]
        chosen.setdefault(protocol, name)
    return chosen
