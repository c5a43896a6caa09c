"""Every habit of the project as a nox session: `nox -s tests` is the one CI runs.

Sessions: tests (3.11), tests_all (3.11, 3.12, 3.13), lint, typecheck, regen, check, bench,
new_service.
Each installs what it needs into its own virtualenv from pyproject.toml, so a fresh machine
needs only Python 3.11 and nox.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
PYTHON = "3.11"
ALL_PYTHONS = ["3.11", "3.12", "3.13"]
DEV = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
    "optional-dependencies"
]["dev"]

nox.options.sessions = ["tests"]
nox.options.error_on_missing_interpreters = True


def _pin(name: str) -> str:
    """The dev requirement for ``name`` exactly as pyproject.toml pins it."""
    return next(r for r in DEV if re.match(rf"{re.escape(name)}\b", r, re.IGNORECASE))


def _let_pyenv_shims_find_every_python() -> None:
    """pyenv's shims expose only the selected Python: add each installed 3.11-3.13 after it."""
    root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    if not (root / "versions").is_dir():
        return
    installed = sorted(
        (p.name for p in (root / "versions").iterdir() if re.fullmatch(r"3\.1[1-3]\.\d+", p.name)),
        key=lambda v: tuple(int(n) for n in v.split(".")),
        reverse=True,
    )
    selected = os.environ.get("PYENV_VERSION", "").split(":")
    if not selected[0]:
        try:
            selected = (root / "version").read_text(encoding="utf-8").split()
        except OSError:
            selected = []
    versions = [*selected, *(v for v in installed if v not in selected)]
    if versions:
        os.environ["PYENV_VERSION"] = ":".join(versions)


_let_pyenv_shims_find_every_python()


def _install_generated(session: nox.Session) -> None:
    """generated/ editable as a plain path entry (``compat``): setuptools' default editable
    install is an import hook, which mypy, pyright and IDEs cannot follow, so users' type
    checkers would see ``apigen_generated`` as missing."""
    session.install("--config-settings", "editable_mode=compat", "-e", "./generated")


def _run_tests(session: nox.Session) -> None:
    """The suite over every core (pytest-xdist); ``-- -n 0`` runs it in one process."""
    session.install("-e", ".[dev]")
    _install_generated(session)
    session.run("pytest", "-n", "auto", *session.posargs)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The whole test suite on Python 3.11 (the README's and CI's command)."""
    _run_tests(session)


@nox.session(python=PYTHON)
def import_sweep(session: nox.Session) -> None:
    """Import every service model of the pinned botocore and validate each spec (~2 min)."""
    session.install("-e", ".[dev]")
    session.env["APIGEN_IMPORT_SWEEP"] = "1"
    session.run("pytest", "tests/importers/test_import_sweep.py", *session.posargs)


@nox.session(python=PYTHON)
def wire_sample(session: nox.Session) -> None:
    """Imported services send botocore's requests: every 12th botocore service (~40)."""
    session.install("-e", ".[dev]")
    _install_generated(session)
    session.env["APIGEN_WIRE_STEP"] = "12"
    session.run("pytest", "tests/importers/test_same_wire.py", *session.posargs)


@nox.session(python=PYTHON)
def black_sample(session: nox.Session) -> None:
    """Skipping black where it would change nothing, checked wide: ec2 and every 20th
    botocore service, each module generated with pieces skipped against black's own text."""
    session.install("-e", ".[dev]")
    session.env["APIGEN_BLACK_STEP"] = "20"
    session.run("pytest", "tests/output/test_black_skip.py", *session.posargs)


@nox.session(python=ALL_PYTHONS)
def tests_all(session: nox.Session) -> None:
    """The whole test suite on every supported Python (tests_all-3.12 for one)."""
    _run_tests(session)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff's curated rules and formatting, on the generator and the tests."""
    session.install(_pin("ruff"))
    session.run("ruff", "check", "apigen", "tests", "noxfile.py", "bench")
    session.run("ruff", "format", "--check", "apigen", "tests", "noxfile.py", "bench")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the generator and on the generated packages; pyright strict on them."""
    session.install("-e", ".[dev]")
    _install_generated(session)
    session.run("mypy", "--strict", "apigen")
    cache = Path(session.create_tmp()) / "mypy-generated"  # keeps generated/ free of caches
    with session.chdir(ROOT / "generated"):
        session.run("mypy", "--strict", "--cache-dir", str(cache), "-p", "apigen_generated")
    session.env["APIGEN_PYRIGHT"] = "1"
    session.run(
        "pytest",
        "tests/generated/test_typecheck.py::test_generated_distribution_passes_pyright_strict",
    )


@nox.session(python=PYTHON)
def regen(session: nox.Session) -> None:
    """Regenerate every service in specs/ into generated/.

    generated/ is installed (editable) beside apigen, so this session's virtualenv is one
    where ``import apigen_generated`` works right after the README's first command.
    """
    session.install("-e", ".")
    _install_generated(session)
    session.run("apigen", "generate", *session.posargs)


@nox.session(python=PYTHON)
def check(session: nox.Session) -> None:
    """Fail (with a diff) when generated/ is not what specs/ generate."""
    session.install("-e", ".")
    session.run("apigen", "check", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Time regeneration: nothing changed, and from scratch (bench/README.md has results)."""
    session.install("-e", ".")
    for script in sorted((ROOT / "bench").glob("*.py")):
        session.run("python", str(script), *session.posargs)


@nox.session(python=PYTHON)
def new_service(session: nox.Session) -> None:
    """Add the README's example as specs/gadgets.yaml in a temporary copy, generate, run
    the whole suite there: adding a service as the README says keeps CI green."""
    session.install("-e", ".[dev]")
    _install_generated(session)
    session.run("python", "tests/check_new_service.py", *session.posargs)


@nox.session(python=PYTHON)
def cbor_sweep(session: nox.Session) -> None:
    """Wire equality with botocore's rpcv2Cbor serializer and parser for every operation of
    every botocore model whose protocol is smithy-rpc-v2-cbor (45 models, ~1,200 cases;
    the default run covers CloudWatch)."""
    session.install("-e", ".[dev]")
    _install_generated(session)
    session.run(
        "pytest",
        "tests/servers/test_botocore_cbor_wire.py",
        *session.posargs,
        env={"APIGEN_CBOR_SWEEP": "1"},
    )


# The tests that take every real OpenAPI document (test_documents.DOCUMENTS) when
# APIGEN_DOCUMENTS=all; by default they take the documents under 256 KiB.
DOCUMENT_TESTS = (
    "tests/generated/test_documents.py",
    "tests/generated/test_openapi_core_proof.py",
    "tests/generated/test_error_envelopes.py",
    "tests/generated/test_server_credentials.py",
    "tests/views/test_example_scalars.py",
    "tests/servers/test_schemathesis_documents.py",
)


@nox.session(python=PYTHON)
def documents(session: nox.Session) -> None:
    """Every real OpenAPI document in ../shared, the big ones too: its package passes mypy
    --strict, and the document-driven tests run over all of them (~10 min on 2 cores)."""
    session.install("-e", ".[dev]")
    _install_generated(session)
    session.env["APIGEN_DOCUMENTS"] = "all"
    session.run("python", "tests/check_documents.py")
    session.run("pytest", "-n", "auto", *DOCUMENT_TESTS, *session.posargs)


@nox.session(python=PYTHON)
def endpoint_sweep(session: nox.Session) -> None:
    """Endpoint resolution as botocore's for every service of the pinned botocore with a
    rule set, over every partition × FIPS × dual-stack (the default run takes a sample)."""
    session.install("-e", ".[dev]")
    session.run(
        "pytest",
        "tests/conformance/test_endpoints_as_botocore.py",
        "tests/conformance/test_endpoint_precedence.py",
        *session.posargs,
        env={"APIGEN_ENDPOINT_SWEEP": "1"},
    )


@nox.session(python=PYTHON)
def schemathesis_documents(session: nox.Session) -> None:
    """schemathesis against every real document's stub, 50 examples an operation and mode."""
    session.install("-e", ".[dev]")
    _install_generated(session)
    session.env["APIGEN_SCHEMATHESIS_EXAMPLES"] = "50"
    session.env["APIGEN_DOCUMENTS"] = "all"
    session.run("pytest", "tests/servers/test_schemathesis_documents.py", *session.posargs)
