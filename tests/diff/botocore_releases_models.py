"""Two releases of botocore's service models: the pinned one installed, an older one fetched.

Only one botocore can be installed, so the older release's wheel is fetched with pip (from
the package index CI already uses; pip's own cache makes later runs cheap) into a temporary
folder, and its models are read from the wheel as a zip file: nothing is installed or
imported from it. Without the index the tests that need it skip, except under CI.
"""

from __future__ import annotations

import gzip
import json
import zipfile
from typing import Any

from botocore_wheels import fetch_wheel

__all__ = ["fetch_wheel", "wheel_model"]


def wheel_model(wheel: zipfile.ZipFile, service: str) -> dict[str, Any] | None:
    """The newest ``service-2`` model of ``service`` in a botocore wheel (plain or gzipped)."""
    prefix = f"botocore/data/{service}/"
    names = sorted(
        n
        for n in wheel.namelist()
        if n.startswith(prefix) and n.endswith(("/service-2.json", "/service-2.json.gz"))
    )
    if not names:
        return None
    raw = wheel.read(names[-1])
    model: dict[str, Any] = json.loads(gzip.decompress(raw) if names[-1].endswith(".gz") else raw)
    return model
