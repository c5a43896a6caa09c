"""The generated distribution's version, and how ``apigen generate --bump`` moves it.

The version lives in ``generated/pyproject.toml`` and nowhere else: a plain ``generate`` or
``check`` keeps whatever version is there (apigen's own version for a first generation), so
a version only moves when asked. ``--bump`` compares the specs with a git revision (``HEAD``
by default: the state the committed output was generated from) and bumps the version that
revision's ``pyproject.toml`` holds by the diff's verdict. Because both come from the same
revision, running ``generate --bump`` twice bumps once.

Semantic versioning, with Cargo's reading of 0.x (semver leaves 0.x open): at 1.0.0 and
above a breaking change bumps MAJOR, a feature MINOR, a fix PATCH; below 1.0.0 a breaking
change bumps MINOR and anything else PATCH, so 0.x never jumps to 1.0.0 by itself.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from apigen import __version__
from apigen.diff.changes import Bump, Report
from apigen.diff.sources import SourceError, read_revision, run_git

if TYPE_CHECKING:  # ``generate`` reads the version without the IR or the differ
    from apigen import ir

PYPROJECT = "pyproject.toml"
_SEMVER = re.compile(r"(\d+)\.(\d+)\.(\d+)")


def read_version(text: str) -> str | None:
    """``project.version`` of a ``pyproject.toml`` text (None when absent or unreadable)."""
    try:
        version = tomllib.loads(text).get("project", {}).get("version")
    except tomllib.TOMLDecodeError:
        return None
    return version if isinstance(version, str) else None


def current_version(out_dir: Path) -> str:
    """The version the output folder holds, or apigen's own for a first generation."""
    try:
        text = (out_dir / PYPROJECT).read_text(encoding="utf-8")
    except OSError:
        return __version__
    return read_version(text) or __version__


def bumped(version: str, bump: Bump) -> str:
    """``version`` moved by ``bump`` (see the module's note on 0.x)."""
    match = _SEMVER.fullmatch(version)
    if match is None:
        raise SourceError(f"cannot bump version {version!r}: expected MAJOR.MINOR.PATCH")
    major, minor, patch = (int(part) for part in match.groups())
    if bump is Bump.NONE:
        return version
    if major == 0:
        return f"0.{minor + 1}.0" if bump is Bump.MAJOR else f"0.{minor}.{patch + 1}"
    if bump is Bump.MAJOR:
        return f"{major + 1}.0.0"
    if bump is Bump.MINOR:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


@dataclass(frozen=True, kw_only=True, slots=True)
class BumpPlan:
    since: str
    base: str
    version: str
    report: Report


def plan_bump(services: list[ir.Service], specs_dir: Path, out_dir: Path, since: str) -> BumpPlan:
    """The version ``services`` call for against the specs and version at git ``since``."""
    from apigen.diff.services import diff_services

    report = diff_services(read_revision(since, specs_dir), services)
    base = _version_at(since, out_dir) or current_version(out_dir)
    return BumpPlan(since=since, base=base, version=bumped(base, report.bump), report=report)


def _version_at(revision: str, out_dir: Path) -> str | None:
    folder = out_dir.resolve()
    top = run_git(folder, "rev-parse", "--show-toplevel")
    if top.returncode != 0:
        return None
    root = Path(top.stdout.decode().strip()).resolve()
    try:
        name = (folder / PYPROJECT).relative_to(root).as_posix()
    except ValueError:
        return None
    shown = run_git(root, "show", f"{revision}:{name}")
    return read_version(shown.stdout.decode()) if shown.returncode == 0 else None
