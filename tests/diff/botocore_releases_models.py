"""Two releases of botocore's service models: the pinned one installed, an older one fetched.

Only one botocore can be installed, so the older release's wheel is fetched with pip (from
the package index CI already uses; pip's own cache makes later runs cheap) into a temporary
folder, and its models are read from the wheel as a zip file: nothing is installed or
imported from it. Without the index the tests that need it skip, except under CI.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

IN_CI = bool(os.environ.get("CI"))


def fetch_wheel(version: str, folder: Path) -> zipfile.ZipFile:
    """botocore ``version``'s wheel from the package index (skip, or fail in CI, without it)."""
    command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps"]
    command += ["--only-binary=:all:", "--dest", str(folder), f"botocore=={version}"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
        failed = done.returncode != 0
        why = (done.stderr.strip().splitlines() or ["pip failed"])[-1]
    except (OSError, subprocess.TimeoutExpired) as exc:
        failed, why = True, str(exc)
    wheels = sorted(folder.glob(f"botocore-{version}-*.whl"))
    if failed or not wheels:
        message = f"cannot fetch botocore {version} from the package index: {why}"
        if IN_CI:
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return zipfile.ZipFile(wheels[0])


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
