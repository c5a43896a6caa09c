"""The real OpenAPI documents' generated packages pass ``mypy --strict``: a slow sweep.

Every document of ``../shared/upstream/confluent/`` and the BYOK spec (``test_documents``'
list) is generated, unformatted, into a temporary folder, and mypy checks the package there
(about a minute on two cores, so it is a nox session, ``nox -s documents``, not a test).
Exit status: mypy's. Run it as ``python tests/check_documents.py``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT / "tests" / "generated"))

from test_documents import DOCUMENTS  # noqa: E402 - after its folder is on the path

from apigen.frontends import load_service  # noqa: E402
from apigen.output.formatting import Unformatted  # noqa: E402
from apigen.pipeline import generate  # noqa: E402
from apigen.views.package import PACKAGE  # noqa: E402


def main() -> int:
    files = generate([load_service(p) for p in DOCUMENTS], Unformatted())
    with tempfile.TemporaryDirectory() as out:
        for relative, text in files.items():
            if relative.startswith(f"{PACKAGE}/"):
                target = Path(out) / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
        command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", PACKAGE]
        return subprocess.run(command, cwd=out, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
