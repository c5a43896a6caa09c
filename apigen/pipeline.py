"""The whole run: spec files → IR → views → templates → formatted files (in memory).

Nothing here writes; ``generate`` returns every output file's text so the caller can write
it (``output.writing``) or diff it (``apigen check``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from apigen import __version__, ir
from apigen.errors import SpecError, SpecIssue
from apigen.frontends import load_service
from apigen.output.formatting import Formatted, Formatter
from apigen.provenance import (
    markdown_header,
    python_header,
    shared_markdown_header,
    shared_python_header,
)
from apigen.render import environment, render
from apigen.views.client import async_client_view, client_view
from apigen.views.endpoints import ENDPOINTS_MODULE, endpoints_view
from apigen.views.errors import errors_view
from apigen.views.fake import fake_view
from apigen.views.operations import operations_view
from apigen.views.package import (
    DISTRIBUTION,
    PACKAGE,
    distribution_view,
    package_name,
    root_view,
    service_init_view,
)
from apigen.views.reference import readme_view, reference_pages
from apigen.views.server import server_view
from apigen.views.shapes_package import shapes_files
from apigen.views.testing import testing_view

RUNTIME_DIR = Path(__file__).resolve().parent / "runtime"


def load_services(paths: Sequence[Path]) -> list[ir.Service]:
    """Every spec, with every problem of every file reported together."""
    services: list[ir.Service] = []
    issues: list[SpecIssue] = []
    for path in paths:
        try:
            services.append(load_service(path))
        except SpecError as exc:
            issues.extend(exc.issues)
    if issues:
        raise SpecError(issues)
    return services


def check_generatable(services: Sequence[ir.Service]) -> None:
    """Refuse, in one error, services whose protocol has no codec yet (``apigen validate``
    accepts their specs: importing ahead of the codecs is fine)."""
    issues = [
        SpecIssue(
            file=service.source,
            line=None,
            path="service.protocol",
            message=f"the {service.protocol} protocol is not generated yet "
            f"(generated: {', '.join(p for p in ir.PROTOCOLS if p != 'openapi')}); "
            "move this spec out of the specs folder to generate the others",
        )
        for service in services
        if service.protocol in ir.PLANNED_PROTOCOLS
    ]
    if issues:
        raise SpecError(issues)


def runtime_files() -> dict[str, str]:
    """The hand-written runtime, copied verbatim (it is tested on its own, in place)."""
    files = {}
    for path in sorted(RUNTIME_DIR.rglob("*.py")):
        relative = path.relative_to(RUNTIME_DIR).as_posix()
        files[f"{PACKAGE}/_runtime/{relative}"] = path.read_text(encoding="utf-8")
    return files


# Each generated module of a service: (module name, template, view builder, exported names).
# Builders take the service and return a view with an ``exports`` tuple of names the
# service package re-exports. Shapes are reached as ``<service>.shapes`` instead: one module
# or, for a big service, a package of them (``views/shapes_package.py``). A view may bring
# modules of its own, ``companions``: (path in the service package, template, view) triples
# (a big service's operation tables in parts: ``views/table_parts.py``).
SERVICE_MODULES: list[tuple[str, str, Callable[[ir.Service], Any], bool]] = [
    ("errors", "{package}/{service}/errors.py.jinja", errors_view, True),
    ("operations", "{package}/{service}/operations.py.jinja", operations_view, False),
    ("client", "{package}/{service}/client.py.jinja", client_view, True),
    # One template for both clients: the view says ``async def``/``await`` or not.
    ("async_client", "{package}/{service}/client.py.jinja", async_client_view, True),
    ("server", "{package}/{service}/server.py.jinja", server_view, True),
    ("fake", "{package}/{service}/fake.py.jinja", fake_view, False),
    ("testing", "{package}/{service}/testing.py.jinja", testing_view, False),
    (ENDPOINTS_MODULE, "{package}/{service}/endpoints.py.jinja", endpoints_view, False),
]


def service_files(env_render: Renderer, service: ir.Service) -> dict[str, str]:
    pkg = package_name(service)
    base = f"{PACKAGE}/{pkg}"
    files: dict[str, str] = {f"{base}/py.typed": ""}
    header = python_header(service.source)
    reexports: dict[str, list[str]] = {"shapes": []}
    for path, template, view in shapes_files(service):
        files[f"{base}/{path}"] = env_render.python(template, view, header)
    for module, template, build, reexport in SERVICE_MODULES:
        view = build(service)
        files[f"{base}/{module}.py"] = env_render.python(template, view, header)
        for path, companion_template, companion in getattr(view, "companions", ()):
            files[f"{base}/{path}"] = env_render.python(companion_template, companion, header)
        reexports[module] = list(view.exports) if reexport else []
    init = service_init_view(service, reexports)
    files[f"{base}/__init__.py"] = env_render.python(
        "{package}/{service}/__init__.py.jinja", init, header
    )
    page_header = markdown_header(service.source)
    for page, template, page_view in reference_pages(service):
        files[f"docs/{pkg}/{page}"] = page_header + env_render.text(template, page_view)
    return files


class Renderer:
    """Templates to text: ``python`` output is formatted, ``text`` output is left as rendered.

    Formatting runs beside rendering: ``python`` hands the module to the formatter at once
    (``Formatter.submit``: black works on it in other processes while the next modules
    render, see ``output.formatting``) and returns a placeholder that stands for it;
    ``finish`` waits for every pending module and puts its text in place of its placeholder.
    """

    def __init__(self, formatter: Formatter) -> None:
        self.env = environment()
        self.formatter = formatter
        self._pending: dict[str, Formatted] = {}
        self._headers: dict[str, str] = {}

    def python(self, template: str, view: object, header: str = "") -> str:
        """``header`` (comment lines, ``provenance``) goes above the formatted module."""
        placeholder = f"\0apigen-unformatted-{len(self._pending)}\0"
        self._pending[placeholder] = self.formatter.submit(render(self.env, template, view))
        if header:
            self._headers[placeholder] = header
        return placeholder

    def finish(self, *outputs: dict[str, str]) -> None:
        """Put every pending module's formatted text in place of its placeholder in
        ``outputs``, in place; the formatter's batch ends (``close``) whatever happens."""
        try:
            for files in outputs:
                for path, text in files.items():
                    if text in self._pending:
                        files[path] = self._headers.get(text, "") + self._pending[text].result()
        finally:
            self.close()

    def close(self) -> None:
        """Drop what is pending and stop the formatter's workers (``finish`` does this)."""
        self.formatter.close()
        self._pending.clear()
        self._headers.clear()

    def text(self, template: str, view: object) -> str:
        return render(self.env, template, view)


def shared_files(
    renderer: Renderer, packages: Sequence[str], version: str = __version__
) -> dict[str, str]:
    """The files every distribution has whatever its services: metadata, root, runtime.

    ``version`` is the distribution's (``diff.version``: it stays as the output has it).
    """
    files: dict[str, str] = {
        "pyproject.toml": shared_python_header(packages)
        + renderer.text("pyproject.toml.jinja", distribution_view(version)),
        f"{PACKAGE}/__init__.py": renderer.python(
            "{package}/__init__.py.jinja", root_view(list(packages)), shared_python_header(packages)
        ),
        f"{PACKAGE}/py.typed": "",
        "README.md": shared_markdown_header(packages)
        + renderer.text("README.md.jinja", readme_view(DISTRIBUTION, list(packages))),
    }
    files.update(runtime_files())
    return files


def generate(services: Sequence[ir.Service], formatter: Formatter) -> dict[str, str]:
    """Every output file (relative path → text) for these services."""
    check_generatable(services)
    renderer = Renderer(formatter)
    packages = [package_name(s) for s in services]
    duplicates = {p for p in packages if packages.count(p) > 1}
    if duplicates:
        raise ValueError(f"two specs generate the same package: {', '.join(sorted(duplicates))}")
    try:
        files = shared_files(renderer, packages)
        for service in services:
            files.update(service_files(renderer, service))
        renderer.finish(files)
    finally:
        renderer.close()  # a failure stops the formatter's workers too
    return dict(sorted(files.items()))
