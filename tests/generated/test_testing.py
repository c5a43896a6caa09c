"""Every generated ``<service>.testing`` module: its stubber answers every operation of the
service's sync and async clients from stubbed outputs (sample data from the spec), matches
expected parameters, raises every declared error as its exception, and its pytest fixtures
work in a real pytest run. The stubber's own behaviour is tested in
``tests/runtime/test_stubber.py``.
"""

from __future__ import annotations

import asyncio
import importlib
import os
import re
import subprocess
import sys
import textwrap
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from test_clients import PACKAGES, Ctx, _error_cases, wire
from test_servers import _error_shape

from apigen import ir, naming


@pytest.fixture(params=PACKAGES)
def ctx(
    request: pytest.FixtureRequest, generated: ModuleType, services: dict[str, ir.Service]
) -> Ctx:
    return Ctx(generated, services[request.param], request.param)


def _testing(ctx: Ctx) -> Any:
    return importlib.import_module(f"{ctx.module.__name__}.testing")


def _stubber_class(ctx: Ctx) -> Any:
    return getattr(_testing(ctx), f"{naming.pascal(ctx.ir.name)}Stubber")


def test_the_operation_type_names_every_client_method(ctx: Ctx) -> None:
    literal = getattr(_testing(ctx), f"{naming.pascal(ctx.ir.name)}Operation")
    names = typing.get_args(literal)
    assert len(names) == len(ctx.ir.operations)
    for op in ctx.ir.operations:
        assert ctx.method(ctx.client_class, op).__name__ in names


def test_every_operation_answers_its_stubbed_output(ctx: Ctx) -> None:
    stubber = _stubber_class(ctx)()  # a new sync client: no region or credentials needed
    client = stubber.client
    calls = []
    with stubber:
        for op in ctx.ir.operations:
            method = ctx.method(client, op)
            output = ctx.output(ctx.spec.operations[op.name])
            kwargs = ctx.kwargs(op, method)
            stubber.add_response(method.__name__, wire(output), expected_params=kwargs)
            calls.append((method, kwargs, output))
        for method, kwargs, output in calls:
            assert wire(method(**kwargs)) == wire(output), method.__name__
        stubber.assert_no_pending_responses()


def test_every_declared_error_is_raised_as_its_exception(ctx: Ctx) -> None:
    stubber = _stubber_class(ctx)(ctx.async_class())
    cases = _error_cases(ctx)

    async def main() -> None:
        with stubber:
            for code, op, status in cases:
                method = ctx.method(stubber.client, op)
                shape = wire(_error_shape(ctx, code))  # sample members of the error's shape
                stubber.add_client_error(method.__name__, code, fields=shape)
                with pytest.raises(ctx.spec.errors[code].exception) as info:
                    await method(**ctx.kwargs(op, method))
                assert (info.value.code, info.value.status) == (code, status)
                assert wire(info.value.shape) == shape
        stubber.assert_no_pending_responses()

    asyncio.run(main())


def test_the_pytest_fixtures(
    generated: ModuleType, services: dict[str, ir.Service], tmp_path: Path
) -> None:
    """One real pytest run over every service's fixtures (one run: each costs seconds)."""
    plugins, tests, expected = [], [], []
    for package in PACKAGES:
        ctx = Ctx(generated, services[package], package)
        fixture = f"{package}_stubber"
        op = ctx.ir.operations[0]
        method = ctx.method(ctx.client_class, op).__name__
        plugins.append(f"{ctx.module.__name__}.testing")
        tests.append(
            textwrap.dedent(
                f"""
                def test_{package}_active({fixture}):
                    assert {fixture}.client.{method}.__name__ == "{method}"
                    {fixture}.add_client_error("{method}", "Stubbed")

                def test_{package}_async({fixture}, async_{fixture}):
                    assert type(async_{fixture}.client).__name__.startswith("Async")
                """
            )
        )
        expected.append(
            f"ERROR test_uses_stubs.py::test_{package}_active - "
            f"AssertionError: 1 stubbed response not used: {op.name}"
        )
    (tmp_path / "conftest.py").write_text(f"pytest_plugins = {plugins!r}\n")
    (tmp_path / "test_uses_stubs.py").write_text("".join(tests))
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rE", "-p", "no:cacheprovider", "-W", "error"],
        cwd=tmp_path,
        env=dict(os.environ, COLUMNS="400"),  # summary lines unshortened
        capture_output=True,
        text=True,
        check=False,
    )
    count = len(PACKAGES)
    summary = result.stdout.strip().splitlines()[-1]
    assert f"{2 * count} passed, {count} errors" in summary, result.stdout
    for line in expected:  # a response left over fails the test that left it, at teardown
        assert line in result.stdout, result.stdout


def test_the_readme_stubber_example_runs() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    [example] = [
        block for block in re.findall(r"```python\n(.*?)```", readme, re.S) if "Stubber()" in block
    ]
    exec(compile(example, "README.md", "exec"), {})  # the README's own code
