"""Test support: a botocore model (a dict written in a test, or botocore's own) imported as
``apigen import botocore`` imports it, and the generated client in-process against its fake.

``metadata``, ``operation`` and ``structure`` write the parts of such a model: its service's
``metadata`` block, an operation and a structure shape. ``spec_from_model`` writes the model where botocore keeps one (``NAME/2026-01-01/service-2.json``)
and the spec through ``importers.resources.write_spec``, the command's own path: the inferred
resources included, checked as ``apigen validate`` checks. ``fake_client`` generates the spec
into a scratch package (the ``scratch_service`` fixture) and yields its client, talking to
the fake over ``AsgiTransport``, with the package's ``ServiceError``.
"""

from __future__ import annotations

import contextlib
import importlib
import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from apigen import ir
from apigen.importers import import_botocore_path
from apigen.importers.resources import write_spec


def metadata(name: str, protocol: str = "json", **fields: str | None) -> dict[str, Any]:
    """The ``metadata`` of a botocore model of service ``name`` (``"widgets"``) in ``protocol``.

    Its endpoint prefix and signing name are ``name``, its full name and service id ``name``
    capitalized (``Widgets``), its version ``2026-01-01``; a ``json`` one adds ``jsonVersion``
    1.1 and the capitalized name as ``targetPrefix`` (``rest-json``, ``rest-xml`` and ``query``
    route by path or action and carry neither). ``fields`` set others or replace these
    (``targetPrefix="Widgets_20260101"``); one given as ``None`` is left out.
    """
    title = name[:1].upper() + name[1:]
    block: dict[str, Any] = {
        "apiVersion": "2026-01-01",
        "endpointPrefix": name,
        "protocol": protocol,
        "serviceFullName": title,
        "serviceId": title,
        "signatureVersion": "v4",
        "signingName": name,
        "uid": f"{name}-2026-01-01",
    }
    if protocol == "json":
        block |= {"jsonVersion": "1.1", "targetPrefix": title}
    block |= fields
    return {key: value for key, value in block.items() if value is not None}


def operation(
    name: str,
    method: str = "POST",
    uri: str = "/",
    *,
    errors: Sequence[str] | None = None,
    code: int | None = None,
    request: str | None = None,
    response: str | None = None,
) -> dict[str, Any]:
    """A botocore operation ``name`` at ``method`` ``uri``, declaring ``errors``.

    Its input and output are the shapes ``request`` and ``response``, ``{name}Request`` and
    ``{name}Response`` unless given. ``code`` is its ``responseCode`` and ``errors`` its
    ``errors`` list (written even when empty); either is left out unless given.
    """
    http: dict[str, Any] = {"method": method, "requestUri": uri}
    if code is not None:
        http["responseCode"] = code
    op: dict[str, Any] = {
        "name": name,
        "http": http,
        "input": {"shape": request or f"{name}Request"},
        "output": {"shape": response or f"{name}Response"},
    }
    if errors is not None:
        op["errors"] = [{"shape": error} for error in errors]
    return op


def structure(*required: str, **members: str) -> dict[str, Any]:
    """A botocore structure shape: ``members`` (name: target shape), ``required`` of them."""
    return {
        "type": "structure",
        "required": list(required),
        "members": {name: {"shape": target} for name, target in members.items()},
    }


def spec_from_model(tmp_path: Path, name: str, model: dict[str, Any]) -> tuple[ir.Service, str]:
    """``model`` imported as service ``name``: the loaded spec and its YAML text."""
    folder = tmp_path / name / "2026-01-01"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "service-2.json").write_text(json.dumps(model), encoding="utf-8")
    return spec_from_folder(tmp_path, name, folder)


def spec_from_folder(tmp_path: Path, name: str, folder: Path) -> tuple[ir.Service, str]:
    """The botocore service folder ``folder`` imported as ``name`` (see ``spec_from_model``)."""
    path = tmp_path / f"{name}.yaml"
    service = write_spec(import_botocore_path(folder), path)
    return service, path.read_text(encoding="utf-8")


@contextlib.contextmanager
def fake_client(
    scratch_service: Callable[..., ModuleType], text: str, stem: str, **fake_options: Any
) -> Iterator[tuple[Any, type[Exception]]]:
    """The generated client of spec ``text`` against its fake, and the package's error root.

    The fake is made with ``fake_options`` (``delay=0`` unless given).
    """
    package = scratch_service(text, stem)
    root = package.__name__.split(".")[0]
    fake = importlib.import_module(f"{package.__name__}.fake")
    asgi = importlib.import_module(f"{root}._runtime.transport.asgi")
    errors = importlib.import_module(f"{root}._runtime.core.errors")
    client_module = importlib.import_module(f"{package.__name__}.client")
    client_class = next(
        getattr(client_module, n)
        for n in client_module.__all__
        if n.endswith("Client") and not n.endswith("AsyncClient")
    )
    handler = getattr(fake, fake.__all__[0])(**{"delay": 0, **fake_options})
    with asgi.AsgiTransport(fake.create_fake_app(handler)) as transport:
        yield (
            client_class(
                transport=transport,
                region="us-east-1",
                aws_access_key_id="AKID",
                aws_secret_access_key="secret",
            ),
            errors.ServiceError,
        )
