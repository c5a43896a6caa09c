"""The ``apigen`` command line: generate, check, validate, import, serve.

Exit codes: 0 success; 1 ``check`` found the output stale; 2 bad input (every spec problem
listed as ``file:line: field: message``) or an output folder that cannot be written (a folder
in the way, a full disk). A failed run writes nothing: the output folder is left as it was.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import click

from apigen.diff.version import current_version
from apigen.errors import SpecError, display_path
from apigen.frontends import spec_files
from apigen.incremental import generate_specs, memoised_digests
from apigen.output.formatting import default_cache_dir
from apigen.output.writing import (
    WriteError,
    diff_tree,
    stray_diff,
    stray_files,
    up_to_date,
    write_tree,
)
from apigen.progress import Progress, progress_for
from apigen.provenance import spec_of, stale_files

_specs_option = click.option(
    "--specs",
    "specs_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("specs"),
    show_default="specs/",
    help="Folder of spec files.",
)
_out_option = click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("generated"),
    show_default="generated/",
    help="Folder the generated distribution is written to.",
)
_cache_option = click.option(
    "--no-cache",
    is_flag=True,
    help="Read, render and format every spec afresh (ignore and leave the cache).",
)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _fail_on_spec_errors(exc: SpecError, *, writing: bool = True) -> NoReturn:
    for issue in exc.issues:
        click.echo(str(issue), err=True)
    tail = "; nothing was written." if writing else "."
    click.echo(_count(len(exc.issues), "problem") + tail, err=True)
    sys.exit(2)


def _render(
    specs_dir: Path,
    no_cache: bool,
    out_dir: Path,
    bump_since: str | None = None,
    progress: Progress | None = None,
    digests: dict[str, str] | None = None,
) -> dict[str, str]:
    if not specs_dir.is_dir():
        click.echo(f"{specs_dir}: no such folder of specs", err=True)
        sys.exit(2)
    paths = spec_files(specs_dir)
    if not paths:
        # Generating nothing would remove every service from the output folder: refuse.
        click.echo(
            f"{specs_dir}: no spec files (*.yaml, *.yml, *.json); nothing was written", err=True
        )
        sys.exit(2)
    version = current_version(out_dir)
    if bump_since is not None:
        from apigen.diff.command import bump_version

        version = bump_version(paths, specs_dir, out_dir, bump_since).version
    try:
        cache_dir = None if no_cache else default_cache_dir()
        return generate_specs(paths, cache_dir, version, progress, digests)
    except SpecError as exc:
        if progress is not None:
            progress.close()
        _fail_on_spec_errors(exc)


class _Main(click.Group):
    """The command group; ``diff`` and ``import`` are imported when named or listed, so a
    no-change ``generate`` does not pay for importing the differ, the IR and the importers
    (two thirds of its time with the six specs)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *_ELSEWHERE})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        load = _ELSEWHERE.get(cmd_name)
        return load() if load is not None else super().get_command(ctx, cmd_name)


def _diff_command() -> click.Command:
    from apigen.diff.command import diff_command

    return diff_command


def _import_group() -> click.Command:
    from apigen.importers.command import import_group

    return import_group(Path("specs"))


_ELSEWHERE: dict[str, Callable[[], click.Command]] = {
    "diff": _diff_command,
    "import": _import_group,
}


@click.group(cls=_Main)
@click.version_option(package_name="apigen")
def main() -> None:
    """apigen: typed Python SDKs and ASGI server stubs from API specs."""


@main.command("generate")
@_specs_option
@_out_option
@_cache_option
@click.option(
    "--bump",
    is_flag=True,
    help="Bump the distribution's version by what `apigen diff` finds since --since.",
)
@click.option(
    "--since",
    default="HEAD",
    show_default=True,
    metavar="REV",
    help="With --bump: the git revision whose specs and version the bump starts from.",
)
@click.option(
    "--quiet", "-q", is_flag=True, help="Print nothing but errors (no progress, no summary)."
)
def generate_command(
    specs_dir: Path, out_dir: Path, no_cache: bool, bump: bool, since: str, quiet: bool
) -> None:
    """Regenerate every service in SPECS into OUT (the version stays unless --bump).

    On a terminal a progress line follows each phase (read, render, format, write);
    one summary line ends the run.
    """
    started = time.perf_counter()
    unchanged = None if no_cache or bump else _nothing_to_write(specs_dir, out_dir)
    if unchanged is not None:
        if not quiet:
            elapsed = time.perf_counter() - started
            click.echo(
                f"0 written, 0 removed, {unchanged} unchanged in {elapsed:.2f}s -> {out_dir}"
            )
        return
    progress = progress_for(quiet)
    digests: dict[str, str] = {}
    files = _render(specs_dir, no_cache, out_dir, since if bump else None, progress, digests)
    progress.step("write", 0, 1, f"{len(files)} files")
    try:
        report = write_tree(out_dir, files, None if no_cache else default_cache_dir(), digests)
    except WriteError as exc:
        progress.close()
        click.echo(f"apigen generate: {exc}", err=True)
        click.echo(f"{out_dir} was left as it was.", err=True)
        sys.exit(2)
    progress.close()
    elapsed = time.perf_counter() - started
    if not quiet:
        click.echo(
            f"{len(report.written)} written, {len(report.removed)} removed, "
            f"{report.unchanged} unchanged in {elapsed:.2f}s -> {out_dir}"
        )


def _nothing_to_write(specs_dir: Path, out_dir: Path) -> int | None:
    """How many files ``out_dir`` holds when the memo has every spec's output and the stat
    index vouches for every file and the manifest (``writing.up_to_date``): nothing is read,
    rendered or written. ``None``: not shown, generate the ordinary way."""
    paths = spec_files(specs_dir) if specs_dir.is_dir() else []
    if not paths:
        return None  # the ordinary way reports it
    cache_dir = default_cache_dir()
    digests = memoised_digests(paths, cache_dir, current_version(out_dir))
    if digests is None or not up_to_date(out_dir, digests, cache_dir):
        return None
    return len(digests)


@main.command("check")
@_specs_option
@_out_option
@_cache_option
def check_command(specs_dir: Path, out_dir: Path, no_cache: bool) -> None:
    """Fail (exit 1, with a diff) when OUT is not what SPECS generate."""
    files = _render(specs_dir, no_cache, out_dir)
    stale = diff_tree(out_dir, files, strays=False)
    strays = stray_files(out_dir, files)
    if stale or strays:
        click.echo(stale + stray_diff(out_dir, strays), nl=False)
        if strays:
            # generate never deletes a file it did not write: these need the user's hand.
            click.echo(f"{out_dir} holds files no spec generates: move them out.", err=True)
        if stale:
            specs = spec_files(specs_dir)
            for rel in stale_files(out_dir, files):
                spec = spec_of(rel, specs)
                origin = f"from {display_path(spec)}" if spec else "shared by every spec"
                click.echo(f"{rel}: stale ({origin})", err=True)
            click.echo(f"{out_dir} is stale: run `apigen generate`.", err=True)
        sys.exit(1)
    click.echo(f"{out_dir} is up to date.")


@main.command("validate")
@click.argument("specs", nargs=-1, type=click.Path(path_type=Path))
def validate_command(specs: tuple[Path, ...]) -> None:
    """Check spec files without generating anything.

    SPECS are spec files or folders of them; with none, every spec in specs/.
    """
    paths: list[Path] = []
    missing = []
    for path in specs or (Path("specs"),):
        if path.is_dir():
            found = spec_files(path)
            if not found:
                click.echo(f"{path}: no spec files (*.yaml, *.yml, *.json)", err=True)
                sys.exit(2)
            paths += found
        elif path.is_file():
            paths.append(path)
        else:
            missing.append(path)
    if missing:
        for path in missing:
            click.echo(f"{path}: no such file or folder", err=True)
        sys.exit(2)
    # Imported here: `generate` with nothing changed never needs the front ends (incremental).
    from apigen.pipeline import load_services

    try:
        services = load_services(paths)
    except SpecError as exc:
        _fail_on_spec_errors(exc, writing=False)
    for service in services:
        shapes = sum(1 for s in service.shapes.values() if not s.id.startswith("smithy.api#"))
        counts = f"{_count(len(service.operations), 'operation')}, {_count(shapes, 'shape')}"
        click.echo(f"{service.source}: ok ({counts})")


class _ServeCommand(click.Command):
    """``serve --help`` ends with every generated service installed (found at help time)."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from apigen.serve import known_services

        services = known_services()
        formatter.write_paragraph()
        formatter.write_text(
            "Services: "
            + (", ".join(services) if services else "none (is apigen_generated installed?)")
        )


@main.command("serve", cls=_ServeCommand)
@click.argument("service")
@click.option(
    "--impl",
    metavar="MODULE:CLASS",
    help="Your handler (a subclass of the generated <Service>Handler). "
    "Default: the generated handler, where every operation answers 501.",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port (0: any free one).")
@click.option(
    "--verify-sigv4",
    is_flag=True,
    help="Refuse requests not signed with the AWS key pair of the environment (403).",
)
@click.option("--fake", is_flag=True, help="Serve the stateful fake derived from the spec.")
@click.option("--list", "list_", is_flag=True, help="With --fake: print what it derives, exit.")
@click.option("--state", metavar="FILE", help="With --fake: keep state in this SQLite file.")
@click.option("--fast", is_flag=True, help="With --fake: lifecycle states move at once.")
@click.option("--delay", default=1.0, show_default=True, help="With --fake: seconds per state.")
def serve_command(
    service: str,
    impl: str | None,
    host: str,
    port: int,
    verify_sigv4: bool,
    fake: bool,
    list_: bool,
    state: str | None,
    fast: bool,
    delay: float,
) -> None:
    """Serve SERVICE (a generated package or spec name, listed below) over HTTP."""
    from apigen.serve import ServeError, build, run

    try:
        if fake or list_:
            from apigen.serve_fake import build_fake, listing

            if list_:
                click.echo(listing(service))
                return
            served = build_fake(service, state, 0.0 if fast else delay, verify_sigv4)
        else:
            served = build(service, impl, verify_sigv4)
        click.echo(
            f"serving {served.service} with {served.handler}"
            + (" (SigV4 verified)" if verify_sigv4 else ""),
            err=True,
        )
        run(served, host, port)
    except ServeError as exc:
        click.echo(f"apigen serve: {exc}", err=True)
        sys.exit(2)
