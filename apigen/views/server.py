"""View of a service's server module: ``server.py`` (``<Service>Handler`` and ``create_app``).

The handler class has one ``async def <method>(self, request: <Input>) -> <Output>`` per
operation, named as the clients name it (``client_methods.operation_method_name``), each raising the
runtime's ``OperationNotImplemented`` (answered 501). Users subclass it in their own module,
so regenerating never overwrites their code; ``create_app`` hands the runtime's ``ServerApp``
the service, the handler and the operation → method table, and the runtime reports methods
that no longer name an operation.

Importing the module imports only the runtime's light ``server`` module: shapes are for type
checkers (``TYPE_CHECKING``), and ``create_app`` imports the operation tables when called.
"""

from __future__ import annotations

from dataclasses import dataclass

from apigen import ir, naming
from apigen.views.client_methods import error_names, operation_method_name
from apigen.views.docs import docstring
from apigen.views.imports import ImportSet
from apigen.views.layout import bracketed
from apigen.views.literals import literal
from apigen.views.method_doc import method_doc
from apigen.views.types import TypeMapper


def handler_signature(name: str, input_type: str, output_type: str) -> str:
    """A handler method's ``def`` line (indented once, in its class) as black lays it out."""
    params = ["self", f"request: {input_type}"]
    return bracketed(f"async def {name}(", params, f") -> {output_type}:", 1)


@dataclass(frozen=True, kw_only=True, slots=True)
class HandlerMethodView:
    name: str
    operation: str  # the operation's name as a Python literal
    input: str
    output: str
    signature: str  # ``async def name(self, request: input) -> output:`` laid out as black does
    doc: str


@dataclass(frozen=True, kw_only=True, slots=True)
class ServerView:
    doc: str
    imports: tuple[str, ...]
    type_checking_imports: tuple[str, ...]
    handler: str
    handler_doc: str
    methods: tuple[HandlerMethodView, ...]
    create_app_doc: str
    exports: tuple[str, ...]


def handler_class_name(service: ir.Service) -> str:
    return f"{naming.pascal(service.name)}Handler"


def _handler_doc(service: ir.Service) -> str:
    return docstring(
        f"Implements {service.title}: subclass it in a module of your own, override the "
        "operations you serve and pass an instance to create_app.\n\n"
        "Each method receives the operation's input model, already validated as the client "
        "validates it, and returns its output model. Raise an exception of errors.py to "
        "answer with a modelled error; anything else raised is a 500 with a fixed message. "
        "An operation left as generated answers 501 Not Implemented.\n\n"
        "Regenerating rewrites this class, never your subclass: create_app reports every "
        "method of yours that no longer names an operation.",
        indent=4,
    )


def _create_app_doc(service: ir.Service, handler: str) -> str:
    if service.sigv4_name:
        sigv4 = "Check every request's SigV4 signature (403 when missing or wrong)."
        credentials = (
            "Secret access key by access key id: a mapping, or a function returning None "
            "for an unknown id. Needed with verify_sigv4."
        )
    else:
        sigv4 = f"Must stay False: {service.title} does not use SigV4."
        credentials = "Unused (no SigV4)."
    return method_doc(
        f"The ASGI 3 application of {service.title}, answering with handler. Serve it "
        "with any ASGI server (apigen serve runs uvicorn), or call it in-process with "
        "AsgiTransport(app) or httpx.ASGITransport(app).",
        [
            (
                "handler",
                f"An instance of {handler} (a subclass of it), or any object with "
                "some of its methods.",
            ),
            ("verify_sigv4", sigv4),
            ("credentials", credentials),
            ("max_body", "Largest request body in bytes (413 beyond); None: 16 MiB."),
            (
                "max_depth",
                "Deepest nesting of arrays and objects a request body may have (400 beyond); "
                "None: 64.",
            ),
            (
                "interceptors",
                "Hooks around each request: on_request, before_handle, on_response.",
            ),
        ],
        "The application (a ServerApp).",
        ["HandlerError: a method of handler names no operation, or is not async."],
        indent=4,
    )


def server_view(service: ir.Service) -> ServerView:
    mapper = TypeMapper(service)
    imports = ImportSet()
    typing = ImportSet()
    imports.add("__future__", "annotations")
    imports.add("collections.abc", "Callable")
    imports.add("collections.abc", "Mapping")
    imports.add("typing", "TYPE_CHECKING")
    imports.add(".._runtime.server.app", "OperationNotImplemented")
    imports.add(".._runtime.server.app", "ServerApp")
    imports.add("collections.abc", "Sequence")
    imports.add(".._runtime.server.hooks", "ServerInterceptor")

    def model(shape_id: str | None) -> str:
        expr = mapper.model_ref(shape_id)
        for module, name in expr.imports:
            typing.add(module, name)
        return expr.text

    methods = []
    for op in sorted(service.operations, key=operation_method_name):
        returns = (
            f"The {op.name} output."
            if op.output
            else "Nothing to say: Empty() (None is taken as Empty() too)."
        )
        methods.append(
            HandlerMethodView(
                name=operation_method_name(op),
                operation=literal(op.name),
                input=model(op.input),
                output=model(op.output),
                signature=handler_signature(
                    operation_method_name(op), model(op.input), model(op.output)
                ),
                doc=method_doc(
                    op.documentation or f"Handle {op.name}.",
                    [("request", f"The {op.name} input, validated.")],
                    returns,
                    error_names(service, op),
                ),
            )
        )
    handler = handler_class_name(service)
    return ServerView(
        doc=docstring(
            f"Server stub of {service.title}: {handler} (subclass it) and create_app.", indent=0
        ),
        imports=imports.lines(),
        type_checking_imports=typing.lines(indent=1),
        handler=handler,
        handler_doc=_handler_doc(service),
        methods=tuple(methods),
        create_app_doc=_create_app_doc(service, handler),
        exports=(handler, "create_app"),
    )
