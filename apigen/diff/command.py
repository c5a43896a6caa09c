"""The ``apigen diff`` command and the ``--bump`` step of ``apigen generate``.

``apigen diff OLD [NEW]``: each side is a spec file, a folder of specs or a git revision of
the specs folder (``--specs``); NEW defaults to that folder as it is now, so
``apigen diff HEAD`` shows what uncommitted spec edits do. Exit codes: 0, or 1 when
``--fail-on`` names a class of change that occurred (``breaking`` fails on breaking changes
only, ``feature`` on features or worse, ``fix`` on any change); 2 for bad input.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from apigen.diff.changes import Kind, Report
from apigen.diff.render import as_markdown, as_text, summary
from apigen.diff.services import diff_services
from apigen.diff.sources import SourceError, read_side
from apigen.diff.version import BumpPlan, plan_bump
from apigen.errors import SpecError

SPECS_DIR = Path(__file__).resolve().parents[2] / "specs"
_ORDER = (Kind.FIX, Kind.FEATURE, Kind.BREAKING)


def _spec_problems(exc: SpecError) -> None:
    for issue in exc.issues:
        click.echo(str(issue), err=True)
    sys.exit(2)


def fails(report: Report, fail_on: str | None) -> bool:
    """Whether a change of class ``fail_on`` or worse occurred."""
    if fail_on is None:
        return False
    worst = _ORDER[_ORDER.index(Kind(fail_on)) :]
    return any(c.kind in worst for c in report.changes)


@click.command("diff")
@click.argument("old")
@click.argument("new", required=False)
@click.option(
    "--specs",
    "specs_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=SPECS_DIR,
    show_default="specs/",
    help="The specs folder: git revisions are read from it, and NEW defaults to it.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "markdown"]),
    default="text",
    show_default=True,
    help="text for a terminal; markdown for a changelog section.",
)
@click.option(
    "--fail-on",
    type=click.Choice([k.value for k in Kind]),
    help="Exit 1 when a change of this class or a worse one occurred (CI).",
)
def diff_command(
    old: str, new: str | None, specs_dir: Path, output_format: str, fail_on: str | None
) -> None:
    """What changed for callers from OLD to NEW (spec files, folders or git revisions)."""
    try:
        before = read_side(old, specs_dir)
        after = read_side(new if new is not None else str(specs_dir), specs_dir)
    except SourceError as exc:
        click.echo(f"apigen diff: {exc}", err=True)
        sys.exit(2)
    except SpecError as exc:
        _spec_problems(exc)
    report = diff_services(before, after)
    click.echo(as_markdown(report) if output_format == "markdown" else as_text(report), nl=False)
    if fails(report, fail_on):
        sys.exit(1)


def bump_version(specs: list[Path], specs_dir: Path, out_dir: Path, since: str) -> BumpPlan:
    """``generate --bump``: the new version, said out loud (stderr) whatever it is."""
    from apigen.pipeline import load_services

    try:
        plan = plan_bump(load_services(specs), specs_dir, out_dir, since)
    except SourceError as exc:
        click.echo(f"apigen generate --bump: {exc}", err=True)
        sys.exit(2)
    except SpecError as exc:
        _spec_problems(exc)
    moved = f"{plan.base} -> {plan.version}" if plan.version != plan.base else f"{plan.base} kept"
    click.echo(f"version {moved}: {summary(plan.report)} since {since}", err=True)
    return plan
