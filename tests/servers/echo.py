"""An echo implementation of any generated service handler, built from the service's IR.

``Echo(service, spec, handler_class)`` makes a subclass of the generated ``<Service>Handler``
(with ``type()``) that has one ``async def <method>(self, request)`` per operation, named as
the generated client names it, and nothing else public. Each method records the input model it
received, then either raises the error set with ``Echo.raising`` or returns a valid output:
samples for every member (``samples.Samples``), overlaid with the input's members of the same
wire name wherever the output model accepts the value, so the output echoes the input.
Wire dumps are JSON data, so they are validated back with ``model_validate_json`` (blobs are
base64 text there, and only JSON-mode validation decodes them).

State lives on the ``Echo`` object the methods close over, not on the handler class, so the
handler exposes exactly the generated interface.
"""

from __future__ import annotations

import contextlib
import importlib
import json
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass
from typing import Any

import pydantic
from samples import Samples

from apigen import ir, naming
from apigen.views.client import client_class_name

# ``Samples`` sets every member down to depth 2 and only required ones below; starting at -3
# sets every member five levels deep, so nested optional structures are exercised too (and a
# structure a peer's model calls a union, emr-containers' ContainerInfo, is never left empty).
DEEP = -3


@dataclass
class Call:
    """One handled request: the operation, the input model received, the output returned,
    and the access key whose SigV4 signature the server verified (None when not verified)."""

    operation: str
    request: Any
    response: Any = None
    access_key: str | None = None


def method_name(operation: ir.Operation) -> str:
    """The generated client's (and so the handler's) method name for an operation."""
    name = naming.function_name(operation.name)
    return name + "_" if name == "close" else name


def wire(model: Any) -> Any:
    """A model's wire form as JSON data, unset members left out."""
    return model.model_dump(by_alias=True, mode="json", exclude_none=True)


def field_alias(service: ir.Service, member: ir.Member) -> str:
    """The key of a member in a model's wire dump (``apigen/views/shapes.py`` rule)."""
    if member.json_name and service.protocol in ("restJson1", "openapi"):
        return member.json_name
    return member.name


class Echo:
    """The recorder and the generated handler subclass for one service."""

    def __init__(
        self,
        service: ir.Service,
        spec: Any,
        handler_class: type,
        create_app: Callable[..., Any] | None = None,
    ) -> None:
        self.service = service
        self.spec = spec
        self.create_app = create_app
        self.samples = Samples(service)
        self.calls: list[Call] = []
        self.error: BaseException | None = None
        # The request context of the runtime this handler's package vendors (a scratch
        # package has its own copy of ``_runtime``, with its own context variable).
        root = handler_class.__module__.rsplit(".", 2)[0]
        self.current_request = importlib.import_module(
            f"{root}._runtime.server.app"
        ).current_request
        methods: dict[str, Any] = {}
        for operation in service.operations:
            name = method_name(operation)
            assert callable(getattr(handler_class, name, None)), (
                f"{handler_class.__name__} has no method {name} for {operation.name}"
            )
            methods[name] = self._method(operation, name, handler_class)
        methods["__module__"] = __name__
        methods["__doc__"] = f"Echo implementation of {handler_class.__name__}."
        self.handler_class: type = type(f"Echo{handler_class.__name__}", (handler_class,), methods)
        self.handler = self.handler_class()

    @classmethod
    def for_package(cls, service: ir.Service, package: str) -> Echo:
        """``Echo`` of ``apigen_generated.<package>``: its ``SERVICE`` and server handler."""
        return cls.of(service, f"apigen_generated.{package}")

    @classmethod
    def of(cls, service: ir.Service, module: str) -> Echo:
        """``Echo`` of the generated service package ``module`` (vendored anywhere)."""
        spec = importlib.import_module(f"{module}.operations").SERVICE
        server = importlib.import_module(f"{module}.server")
        handler = client_class_name(service).removesuffix("Client") + "Handler"
        return cls(service, spec, getattr(server, handler), server.create_app)

    def app(self, **options: Any) -> Any:
        """The service's ASGI app (generated ``create_app``) answering with this echo."""
        assert self.create_app is not None, "Echo built without create_app"
        return self.create_app(self.handler, **options)

    @contextlib.contextmanager
    def raising(self, error: BaseException) -> Iterator[None]:
        """Every call in the block raises ``error`` (after recording its input)."""
        self.error = error
        try:
            yield
        finally:
            self.error = None

    @property
    def last(self) -> Call:
        return self.calls[-1]

    def _method(
        self, operation: ir.Operation, name: str, base: type
    ) -> Callable[..., Coroutine[Any, Any, Any]]:
        op_spec = self.spec.operations[operation.name]

        async def method(handler: Any, request: Any) -> Any:
            call = Call(operation.name, request, access_key=self.current_request().access_key)
            self.calls.append(call)
            if self.error is not None:
                raise self.error
            call.response = self.output(operation, request)
            return call.response

        method.__name__ = name
        method.__qualname__ = f"Echo{base.__name__}.{name}"
        method.__doc__ = f"Echo of {operation.name}."
        method.__annotations__ = {"request": op_spec.input, "return": op_spec.output}
        return method

    def output(self, operation: ir.Operation, request: Any) -> Any:
        """Sample output of ``operation`` overlaid with ``request``'s compatible members."""
        output_model = self.spec.operations[operation.name].output
        if operation.output is None:
            return output_model.model_validate({})
        shape = self.service.shapes[operation.output]
        data = wire(output_model.model_validate(self.samples.structure(shape, DEEP)))
        sent = wire(request)
        inputs = (
            {field_alias(self.service, m): m for m in self.service.shapes[operation.input].members}
            if operation.input
            else {}
        )
        for member in shape.members:
            key = field_alias(self.service, member)
            source = inputs.get(key)
            if (
                source is None
                or key not in sent
                or (member.http and member.http.location is ir.Location.STATUS)
                or self.service.shapes[source.target].type
                is not self.service.shapes[member.target].type
            ):
                continue
            candidate = {**data, key: sent[key]}
            try:
                output_model.model_validate_json(json.dumps(candidate))
            except pydantic.ValidationError:
                continue
            data = candidate
        return output_model.model_validate_json(json.dumps(data))
