"""The README is a contract with new users: its set-up and its example spec must work."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"


def _section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## )", text, re.M | re.S)
    assert match, f"README has no '## {title}' section"
    return match.group(1)


def test_set_up_is_exactly_two_commands_and_ci_runs_the_second() -> None:
    commands = re.findall(
        r"```sh\n(.*?)\n```", _section("Set up (fresh machine, Python 3.11)"), re.S
    )
    assert [c.count("\n") for c in commands] == [0, 0], commands
    regen, tests = commands
    assert regen.endswith("nox -s regen") and tests.endswith("nox -s tests")
    ci = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci.splitlines()


def test_ci_runs_only_sessions_the_noxfile_has_and_the_readme_names() -> None:
    noxfile = (README.parent / "noxfile.py").read_text(encoding="utf-8")
    defined = set(re.findall(r"@nox\.session\([^)]*\)\ndef (\w+)\(", noxfile))
    ci = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    runs = [name for line in re.findall(r"nox -s ([\w ]+)", ci) for name in line.split()]
    assert runs[0] == "tests" and len(runs) > 1, runs
    text = README.read_text(encoding="utf-8")
    for name in runs:
        assert name in defined, name
        assert f"`{name}`" in text or name == "tests", name


@pytest.fixture(scope="module")
def widgets(scratch_service: Callable[..., ModuleType]) -> ModuleType:
    [spec] = re.findall(r"```yaml\n(.*?)```", _section("Writing a spec"), re.S)
    return scratch_service(spec, "widgets")


def test_the_example_spec_generates_a_client_and_server_that_talk(widgets: ModuleType) -> None:
    shapes = widgets.shapes

    class Widgets(widgets.WidgetsHandler):  # type: ignore[misc, name-defined]
        async def get_widget(self, request: Any) -> Any:
            if request.widget_id == "missing":
                message = "no such widget"
                raise widgets.NotFoundException(
                    message, shape=shapes.NotFoundException(message=message)
                )
            return shapes.Widget(name=f"widget {request.widget_id}")

    app = widgets.create_app(Widgets())
    runtime = __import__(
        widgets.__name__.rsplit(".", 1)[0] + "._runtime.transport.asgi", fromlist=["x"]
    )
    transport = runtime.AsgiTransport(app)
    options: dict[str, Any] = {
        "region": "us-east-1",
        "aws_access_key_id": "AKID",
        "aws_secret_access_key": "secret",
        "endpoint_url": "http://widgets.test",
    }
    with widgets.WidgetsClient(transport=transport, **options) as client:
        assert client.get_widget(widget_id="w1").name == "widget w1"
        with pytest.raises(widgets.NotFoundException) as raised:
            client.get_widget(widget_id="missing")
        assert raised.value.status == 404

    async def call() -> str:
        async with widgets.AsyncWidgetsClient(
            transport=runtime.AsgiTransport(app), **options
        ) as client:
            return str((await client.get_widget(widget_id="w2")).name)

    assert asyncio.run(call()) == "widget w2"
