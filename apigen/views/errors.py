"""View of a service's errors module: a root exception and one exception per error shape.

Each exception has the error shape's class name and subclasses the service root
``<Service>Error`` (itself a ``ServiceError``); its class attributes say the wire code,
fault, retryability and throttling, and ``.shape`` holds the parsed error structure.
``Unknown<Service>Error`` is both the root and the runtime's ``UnknownServiceError``: what the
client raises for an error no shape models (throttling, a 5xx, a code added later), so
``except <Service>Error`` catches every error the service answers with.
"""

from __future__ import annotations

from dataclasses import dataclass

from apigen import ir, naming
from apigen.views.docs import docstring
from apigen.views.imports import ImportSet
from apigen.views.literals import literal


@dataclass(frozen=True, kw_only=True, slots=True)
class ExceptionView:
    name: str
    doc: str
    code: str
    fault: str
    retryable: bool
    throttling: bool
    shape: str


@dataclass(frozen=True, kw_only=True, slots=True)
class ErrorsView:
    doc: str
    imports: tuple[str, ...]
    root: str
    root_doc: str
    unknown: str
    unknown_doc: str
    exceptions: tuple[ExceptionView, ...]
    exports: tuple[str, ...]


def error_shapes(service: ir.Service) -> list[ir.Shape]:
    """Every error structure of the service, by class name."""
    return sorted(
        (
            s
            for s in service.shapes.values()
            if s.error is not None and s.type is ir.ShapeType.STRUCTURE
        ),
        key=lambda s: naming.pascal(s.name),
    )


def error_code(shape: ir.Shape) -> str:
    """The code an error travels under on the wire."""
    return shape.error_code or shape.name


def root_error_name(service: ir.Service) -> str:
    """``<Service>Error``, or ``<Service>ServiceError`` when an error shape takes that name."""
    taken = {naming.pascal(s.name) for s in error_shapes(service)}
    name = f"{naming.pascal(service.name)}Error"
    return name if name not in taken else f"{naming.pascal(service.name)}ServiceError"


def unknown_error_name(service: ir.Service) -> str:
    """``Unknown<Service>Error``, or ``Unmodelled<Service>Error`` when an error shape takes it."""
    taken = {naming.pascal(s.name) for s in error_shapes(service)}
    root = root_error_name(service)
    name = f"Unknown{root}"
    return name if name not in taken else f"Unmodelled{root}"


def errors_view(service: ir.Service) -> ErrorsView:
    root = root_error_name(service)
    unknown = unknown_error_name(service)
    exceptions = tuple(
        ExceptionView(
            name=naming.pascal(shape.name),
            doc=docstring(shape.documentation, indent=4, fallback=f"The {shape.name} error."),
            code=literal(error_code(shape)),
            fault=literal(shape.error or "client"),
            retryable=shape.retryable,
            throttling=shape.throttling,
            shape=f"shapes.{naming.pascal(shape.name)}",
        )
        for shape in error_shapes(service)
    )
    imports = ImportSet()
    imports.add("__future__", "annotations")
    imports.add(".._runtime.core.errors", "ServiceError")
    imports.add(".._runtime.core.errors", "UnknownServiceError")
    if exceptions:
        imports.add(".", "shapes")
    return ErrorsView(
        doc=docstring(f"Errors of {service.title}: one exception per modelled error.", indent=0),
        imports=imports.lines(),
        root=root,
        root_doc=docstring(f"Root of every error {service.title} answers with.", indent=4),
        unknown=unknown,
        unknown_doc=docstring(
            f"An error {service.title} answered with that no error shape models: "
            "throttling, a 5xx, a code added after this SDK was generated. Its code is the "
            "wire code, else the HTTP status as text (as botocore does).",
            indent=4,
        ),
        exceptions=exceptions,
        exports=tuple(sorted([root, unknown, *(e.name for e in exceptions)])),
    )
