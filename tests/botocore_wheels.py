"""An older botocore release's wheel, fetched from the package index at test time.

Only one botocore can be installed, so a release the tests need beside the pinned one (an
older model set: ``tests/diff``; a model botocore has since dropped, OpsWorks CM: ``tests/fake``)
is fetched with pip (from the index CI already uses; pip's own cache makes later runs cheap)
into a temporary folder and read as a zip file: nothing is installed or imported from it.
Without the index the tests that need it skip, except under CI, where they fail.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

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


def extract_models(wheel: zipfile.ZipFile, service: str, folder: Path) -> Path:
    """``service``'s model files from ``wheel`` as a botocore data folder (for
    ``AWS_DATA_PATH`` or a loader's search paths): ``folder/<service>/<version>/...``."""
    prefix = f"botocore/data/{service}/"
    for name in wheel.namelist():
        if name.startswith(prefix) and not name.endswith("/"):
            target = folder / name[len("botocore/data/") :]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(wheel.read(name))
    return folder
