"""``apigen import botocore|smithy``: an official AWS model → ``specs/<name>.yaml``.

The spec is written only when the import found no problem (exit 2 with every problem
otherwise, as ``apigen validate`` does); it is then checked like any spec, so what this
command writes is always a spec ``apigen validate`` accepts.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import click

from apigen.errors import SpecError, display_path
from apigen.progress import Progress, progress_for


def _write(
    imported: object,
    out: Path | None,
    name: str | None,
    specs_dir: Path,
    progress: Progress,
    quiet: bool,
) -> None:
    """Check the spec in a scratch file beside the target, then move it into place."""
    import os
    import tempfile

    from apigen.importers import Imported
    from apigen.importers.resources import write_spec
    from apigen.output.writing import file_mode

    assert isinstance(imported, Imported)
    if out is None and name is None and not imported.stem:
        click.echo("apigen import: the model names no service; give --name or --out", err=True)
        sys.exit(2)
    path = out or specs_dir / f"{name or imported.stem}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    progress.step("check", 1, 3, path.name)
    fd, scratch = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".yaml", dir=path.parent)
    os.fchmod(fd, file_mode())
    try:
        os.close(fd)
        try:
            service = write_spec(imported, Path(scratch))
        except SpecError as exc:  # name the spec as it would have been written
            shown = display_path(path)
            raise SpecError(replace(i, file=shown) for i in exc.issues) from None
        progress.step("write", 2, 3, path.name)
        os.replace(scratch, path)
    finally:
        if os.path.exists(scratch):
            os.unlink(scratch)
        progress.close()
    if not quiet:
        counts = f"{len(service.operations)} operations, protocol {service.protocol}"
        click.echo(f"{path}: imported ({counts})")


def _fail(exc: SpecError) -> None:
    for issue in exc.issues:
        click.echo(str(issue), err=True)
    plural = "" if len(exc.issues) == 1 else "s"
    click.echo(f"{len(exc.issues)} problem{plural}; nothing was written.", err=True)
    sys.exit(2)


_out = click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The spec file to write (default: specs/NAME.yaml).",
)
_quiet = click.option("-q", "--quiet", is_flag=True, help="No progress line and no summary line.")
_name = click.option(
    "--name", help="The spec's file name without .yaml (default: from the model's service id)."
)


def import_group(specs_dir: Path) -> click.Group:
    """The ``import`` command group; ``specs_dir`` is the default folder of specs."""

    @click.group("import")
    def group() -> None:
        """Import an AWS service from its official model into a spec to review."""

    @group.command("botocore")
    @click.argument("path", type=click.Path(exists=True, path_type=Path))
    @_out
    @_name
    @_quiet
    def botocore_command(path: Path, out: Path | None, name: str | None, quiet: bool) -> None:
        """PATH: a botocore service folder (service-2.json[.gz], with paginators-1,
        waiters-2 and endpoint-rule-set-1 beside it when present) or the model file."""
        from apigen.importers import import_botocore_path

        progress = progress_for(quiet)
        progress.step("read", 0, 3, path.name)
        try:
            _write(import_botocore_path(path), out, name, specs_dir, progress, quiet)
        except SpecError as exc:
            progress.close()
            _fail(exc)

    @group.command("smithy")
    @click.argument("model", type=click.Path(exists=True, dir_okay=False, path_type=Path))
    @click.option("--service", "service_id", required=True, help="The service shape id.")
    @_out
    @_name
    @_quiet
    def smithy_command(
        model: Path, service_id: str, out: Path | None, name: str | None, quiet: bool
    ) -> None:
        """MODEL: a Smithy 2.0 JSON AST; --service: the service shape (ns#Name)."""
        from apigen.importers import import_smithy_path

        progress = progress_for(quiet)
        progress.step("read", 0, 3, model.name)
        try:
            _write(import_smithy_path(model, service_id), out, name, specs_dir, progress, quiet)
        except SpecError as exc:
            progress.close()
            _fail(exc)

    return group
