"""Views of a service's client modules: ``client.py`` (``<Service>Client``) and
``async_client.py`` (``Async<Service>Client``).

Both print the same methods (``client_methods`` builds them); this module adds the class,
its constructor and the module's imports.

Decisions:
- The constructor takes AWS settings (region, endpoint, credentials, profile) for SigV4
  services and endpoint, API key and token for the others, then retries, timeout,
  validation and transport; nothing is resolved until the first call.
- Two methods with one name (an operation, paginator or waiter) are an error.
- Importing a client module imports only the runtime's client base: shapes, the operation
  tables and pydantic are imported for type checkers only (``TYPE_CHECKING``, string
  ``cast``s) and at run time on the first call (``LazyService``).
"""

from __future__ import annotations

from dataclasses import dataclass

from apigen import ir, naming
from apigen.views.client_methods import MethodBuilder, MethodView
from apigen.views.docs import docstring
from apigen.views.endpoints import endpoint_variable
from apigen.views.layout import parameter
from apigen.views.method_doc import method_doc


@dataclass(frozen=True, kw_only=True, slots=True)
class ClientView:
    doc: str
    imports: tuple[str, ...]
    type_checking_imports: tuple[str, ...]
    class_name: str
    base: str
    class_doc: str
    init_signature: tuple[str, ...]
    init_args: tuple[str, ...]
    init_doc: str
    methods: tuple[MethodView, ...]
    paginators: tuple[MethodView, ...]
    waiters: tuple[MethodView, ...]
    exports: tuple[str, ...]
    # One template prints both clients: ``async def``/``def`` and ``await ``/"".
    define: str
    wait_for: str


def client_class_name(service: ir.Service, is_async: bool = False) -> str:
    name = f"{naming.pascal(service.name)}Client"
    return f"Async{name}" if is_async else name


def _with_default(annotation: str) -> tuple[str, str | None]:
    """``TYPE = DEFAULT`` as (TYPE, DEFAULT); (TYPE, None) without a default."""
    kind, equals, default = annotation.rpartition(" = ")
    return (kind, default) if equals else (annotation, None)


def _constructor(builder: MethodBuilder) -> tuple[list[str], list[str], str]:
    """The ``__init__`` signature lines, the arguments it passes on, and its docstring."""
    service = builder.service
    # What runtime/transport/choose.py accepts: a sync client also drives async httpx objects (on a
    # private loop); an async client also takes an ``asgi.AsgiTransport(app)``.
    transport = (
        "AsyncTransport | BlockingTransport | httpx.AsyncClient | httpx.AsyncBaseTransport | None"
        if builder.is_async
        else (
            "Transport | httpx.Client | httpx.BaseTransport | httpx.AsyncClient"
            " | httpx.AsyncBaseTransport | None"
        )
    )
    builder.typing.add(
        ".._runtime.transport.base", "AsyncTransport" if builder.is_async else "Transport"
    )
    if builder.is_async:
        builder.typing.add(".._runtime.transport.asgi", "BlockingTransport")
    builder.typing.add(".._runtime.client.retries", "RetryConfig")
    builder.typing.add(".._runtime.client.hooks", "Interceptor")
    builder.typing.add("collections.abc", "Sequence")
    builder.typing.add_module("httpx")  # the transport annotation names httpx's classes
    builder.imports.add(".._runtime.client.base", "DEFAULT_TIMEOUT")
    params: list[tuple[str, str, str]] = []
    if service.sigv4_name:
        params += [
            (
                "region",
                "str | None = None",
                "AWS region; else AWS_REGION, AWS_DEFAULT_REGION or the config file.",
            ),
            (
                "endpoint_url",
                "str | None = None",
                (
                    f"Base URL; else {endpoint_variable(service)}, AWS_ENDPOINT_URL or the"
                    " config file, else the endpoint rules."
                )
                if service.endpoint_rules is not None
                else f"Base URL instead of https://{service.endpoint_prefix or service.sigv4_name}.{{region}}.amazonaws.com.",
            ),
            (
                "aws_access_key_id",
                "str | None = None",
                "Access key; else the environment or shared files.",
            ),
            (
                "aws_secret_access_key",
                "str | None = None",
                "Secret key to go with aws_access_key_id.",
            ),
            (
                "aws_session_token",
                "str | None = None",
                "Session token of temporary credentials.",
            ),
            (
                "profile",
                "str | None = None",
                "Profile of the shared credentials and config files.",
            ),
            (
                "mfa_token",
                "Callable[[], str] | None = None",
                "Returns a current MFA code, for a profile that assumes a role with mfa_serial.",
            ),
        ]
        builder.typing.add("collections.abc", "Callable")
        if service.endpoint_rules is not None:
            params += [
                (
                    "use_fips",
                    "bool | None = None",
                    "FIPS endpoints; else AWS_USE_FIPS_ENDPOINT or the config file.",
                ),
                (
                    "use_dualstack",
                    "bool | None = None",
                    "Dual-stack (IPv6) endpoints; else AWS_USE_DUALSTACK_ENDPOINT or the config file.",
                ),
            ]
        if service.client_context_params:
            builder.typing.add("collections.abc", "Mapping")
            names = ", ".join(p.name for p in service.client_context_params)
            params.append(
                (
                    "client_context_params",
                    "Mapping[str, str | bool] | None = None",
                    f"Endpoint-rule settings by name: {names}.",
                )
            )
        if any(op.host_prefix for op in service.operations):
            params.append(
                (
                    "inject_host_prefix",
                    "bool | None = None",
                    "False: no host prefix before the endpoint; else not when "
                    "AWS_DISABLE_HOST_PREFIX_INJECTION is true.",
                )
            )
    else:
        default = service.default_endpoint or "the spec's server"
        variables = service.credentials_env or service.name.upper()
        params += [
            ("endpoint_url", "str | None = None", f"Base URL instead of {default}."),
            (
                "api_key",
                "str | None = None",
                f"API key id for HTTP Basic auth (else {variables}_API_KEY).",
            ),
            (
                "api_secret",
                "str | None = None",
                f"API key secret (else {variables}_API_SECRET).",
            ),
            ("token", "str | None = None", "Bearer token (an OAuth access token)."),
        ]
        scheme_params = _scheme_params(service, variables)
        if any(name == "api_keys" for name, _, _ in scheme_params):
            builder.typing.add("collections.abc", "Mapping")
        params += scheme_params
    params += [
        (
            "retries",
            "RetryConfig | int | None = None",
            "Retry settings, or the maximum attempts; else AWS_MAX_ATTEMPTS and "
            "AWS_RETRY_MODE or the config file (standard mode, 3 attempts).",
        ),
        (
            "timeout",
            "float | None = DEFAULT_TIMEOUT",
            "Seconds to connect and to wait for each read of a response.",
        ),
        (
            "connect_timeout",
            "float | None = None",
            "Seconds to connect, instead of timeout.",
        ),
        (
            "read_timeout",
            "float | None = None",
            "Seconds to wait for each read of a response, instead of timeout.",
        ),
        (
            "deadline",
            "float | None = None",
            "Seconds a whole call may take, retries and their backoff included.",
        ),
        (
            "validate",
            "bool = True",
            "Check parameters against the spec's constraints before sending.",
        ),
        (
            "transport",
            f"{transport} = None",
            "Where requests go; default http.client (sync) or httpx (async).",
        ),
        (
            "interceptors",
            "Sequence[Interceptor] = ()",
            "Hooks around each call and attempt (before signing, after receiving, ...).",
        ),
    ]
    signature = [parameter(name, *_with_default(annotation), 2) for name, annotation, _ in params]
    args = [f"{name}={name}" for name, _, _ in params]
    kind = "async " if builder.is_async else ""
    doc = method_doc(
        f"A {kind}client of {service.title}. Nothing is resolved or sent until the first call.",
        [(name, text) for name, _, text in params],
        None,
        [],
    )
    return signature, args, doc


def client_view(service: ir.Service, is_async: bool = False) -> ClientView:
    builder = MethodBuilder(service, is_async)
    operations = sorted(service.operations, key=lambda o: naming.function_name(o.name))
    methods = tuple(builder.method(op) for op in operations)
    paginators = tuple(builder.paginator(op) for op in operations if op.paginated is not None)
    waiters = tuple(
        builder.waiter(op, waiter)
        for op in operations
        for waiter in sorted(op.waiters, key=lambda w: w.name)
    )
    if waiters:
        builder.imports.add(".._runtime.client.base", "DEFAULT_MAX_WAIT")
    names = [m.name for m in (*methods, *paginators, *waiters)]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ValueError(f"{service.name}: client methods named twice: {', '.join(duplicates)}")
    signature, args, init_doc = _constructor(builder)
    class_name = client_class_name(service, is_async)
    base = "AsyncBaseClient" if is_async else "BaseClient"
    imports = builder.imports
    imports.add("__future__", "annotations")
    imports.add("typing", "TYPE_CHECKING")
    imports.add(".._runtime.client.async_base" if is_async else ".._runtime.client.base", base)
    imports.add(".._runtime.client.base", "LazyService")
    if methods or waiters:
        imports.add("typing", "cast")
    kind = "Async client" if is_async else "Client"
    doc = service.documentation or f"{service.title} (version {service.version})."
    return ClientView(
        doc=docstring(f"{kind} of {service.title}: {class_name}.", indent=0),
        imports=imports.lines(),
        type_checking_imports=builder.typing.lines(indent=1),
        class_name=class_name,
        base=base,
        class_doc=docstring(doc, indent=4),
        init_signature=tuple(signature),
        init_args=tuple(args),
        init_doc=init_doc,
        methods=methods,
        paginators=paginators,
        waiters=waiters,
        exports=(class_name,),
        define="async def" if is_async else "def",
        wait_for="await " if is_async else "",
    )


def async_client_view(service: ir.Service) -> ClientView:
    return client_view(service, is_async=True)


def _scheme_params(service: ir.Service, variables: str) -> list[tuple[str, str, str]]:
    """Client arguments for the document's apiKey, oauth2 and mutualTLS schemes."""
    kinds = {s.kind for s in service.auth}
    params: list[tuple[str, str, str]] = []
    if "apiKey" in kinds:
        names = ", ".join(s.name for s in service.auth if s.kind == "apiKey")
        params.append(
            (
                "api_keys",
                "Mapping[str, str] | None = None",
                f"API key by scheme ({names}); else api_key when no api_secret is given.",
            )
        )
    if "oauth2" in kinds:
        params += [
            (
                "client_id",
                "str | None = None",
                f"OAuth2 client id, to fetch tokens by client credentials (else {variables}_CLIENT_ID).",
            ),
            (
                "client_secret",
                "str | None = None",
                f"OAuth2 client secret (else {variables}_CLIENT_SECRET).",
            ),
            (
                "token_url",
                "str | None = None",
                "Token endpoint instead of the document's tokenUrl.",
            ),
        ]
    if "mutualTLS" in kinds:
        params += [
            ("client_cert", "str | None = None", "Client certificate (PEM file) for mutual TLS."),
            (
                "client_key",
                "str | None = None",
                "Its private key (PEM file), unless in client_cert.",
            ),
            (
                "ca_bundle",
                "str | None = None",
                "CA certificates (PEM file) to trust for the server.",
            ),
        ]
    return params
