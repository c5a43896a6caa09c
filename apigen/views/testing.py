"""View of a service's ``testing`` module: a typed ``<Service>Stubber`` and pytest fixtures.

The stubber is the runtime's ``Stubber`` (``_runtime/client/stubber.py``) with the service's client
method names as its operation type, so a misspelt operation is a type error; it stubs a
given sync or async client, or a new sync client. The fixtures (``<package>_stubber`` and
``async_<package>_stubber``) yield an active stubber and fail the test when responses are
left; they exist only when pytest can be imported (the stubbers need nothing but the
runtime), and the type-ignore comments keep ``mypy --strict`` quiet where pytest is absent.
"""

from __future__ import annotations

from dataclasses import dataclass

from apigen import ir, naming
from apigen.views.client import client_class_name
from apigen.views.client_methods import operation_method_name
from apigen.views.docs import docstring
from apigen.views.imports import ImportSet
from apigen.views.layout import bracketed
from apigen.views.package import package_name


@dataclass(frozen=True, kw_only=True, slots=True)
class TestingView:
    doc: str
    imports: tuple[str, ...]
    stubber: str
    stubber_doc: str
    operation_type: str
    operations: tuple[str, ...]
    client: str
    async_client: str
    init_signature: str  # the stubber's ``def __init__`` line, laid out as black does
    fixture: str
    fixture_doc: str
    async_fixture: str
    async_fixture_doc: str
    exports: tuple[str, ...]


def testing_view(service: ir.Service) -> TestingView:
    package = package_name(service)
    stubber = f"{naming.pascal(service.name)}Stubber"
    operation_type = f"{naming.pascal(service.name)}Operation"
    client = client_class_name(service)
    async_client = client_class_name(service, is_async=True)
    imports = ImportSet()
    imports.add("__future__", "annotations")
    imports.add("collections.abc", "Iterator")
    operations = tuple(sorted(operation_method_name(op) for op in service.operations))
    imports.add("typing", "Literal" if operations else "Never")
    for name in ("ANY", "StubAssertionError", "Stubber", "StubResponseError"):
        imports.add(".._runtime.client.stubber", name)
    imports.add(".._runtime.client.stubber", "UnStubbedResponseError")
    imports.add(".client", client)
    imports.add(".async_client", async_client)
    fixture = f"{package}_stubber"
    doc = (
        f"Test stubs for {service.title}: {stubber} answers the calls of a {client} or "
        f"{async_client} from queued responses, as botocore's Stubber does (add_response, "
        "add_client_error, expected_params with ANY, assert_no_pending_responses); stubbed "
        "outputs and parameters are validated against their shapes, and nothing is sent. "
        f"With pytest, the fixtures {fixture} and async_{fixture} yield an active stubber "
        f'(register them with pytest_plugins = ["{{package}}.testing"]) and fail the test '
        "when responses are left."
    ).replace("{package}", f"apigen_generated.{package}")
    return TestingView(
        doc=docstring(doc, indent=0),
        imports=imports.lines(),
        stubber=stubber,
        stubber_doc=docstring(
            f"Stubbed responses for a {client} or {async_client} (a new {client} when "
            "none is given); ``stubber.client`` is the client.",
            indent=4,
        ),
        operation_type=operation_type,
        operations=operations,
        client=client,
        async_client=async_client,
        init_signature=bracketed(
            "def __init__(",
            ["self", f"client: {client} | {async_client} | None = None"],
            ") -> None:",
            1,
        ),
        fixture=fixture,
        fixture_doc=docstring(f"An active {stubber} on a new {client}.", indent=8),
        async_fixture=f"async_{fixture}",
        async_fixture_doc=docstring(f"An active {stubber} on a new {async_client}.", indent=8),
        exports=tuple(
            sorted(
                (
                    "ANY",
                    operation_type,
                    "StubAssertionError",
                    "StubResponseError",
                    stubber,
                    "UnStubbedResponseError",
                )
            )
        ),
    )
