"""Adding a service keeps the suite green: the README's example spec, saved as a new spec
the way a new user would (``specs/gadgets.yaml``), generated, then the whole test suite run.

Runs in a temporary copy of the project (the files git knows, committed or not), so the real
``specs/`` and ``generated/`` are never touched; ``../shared`` is linked beside the copy when
it exists beside the project, so the tests that read it behave as they do here. The copy
comes first on ``PYTHONPATH``: its ``apigen`` and its ``generated/`` shadow the editable
installs. Exit status: pytest's. Run it as ``nox -s new_service`` or
``python tests/check_new_service.py [pytest arguments]``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
NEW_SPEC = "gadgets.yaml"


def readme_example() -> str:
    """The spec of the README's "Writing a spec" section, verbatim."""
    text = (PROJECT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^## Writing a spec\n(.*?)(?=^## )", text, re.M | re.S)
    if section is None:
        raise SystemExit("README.md has no '## Writing a spec' section")
    [spec] = re.findall(r"```yaml\n(.*?)```", section.group(1), re.S)
    return spec


def copy_project(target: Path) -> None:
    listed = subprocess.run(
        ["git", "-C", str(PROJECT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = PROJECT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def main(pytest_args: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="apigen-new-service-") as tmp:
        copy = Path(tmp) / "project"
        copy_project(copy)
        shared = PROJECT.parent / "shared"
        if shared.is_dir():
            (Path(tmp) / "shared").symlink_to(shared, target_is_directory=True)
        (copy / "specs" / NEW_SPEC).write_text(readme_example(), encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(copy), str(copy / "generated")]))
        run = {"cwd": copy, "env": env, "check": False}
        generated = subprocess.run([sys.executable, "-m", "apigen", "generate"], **run)
        if generated.returncode != 0:
            return generated.returncode
        tests = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *pytest_args]
        return subprocess.run(tests, **run).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
