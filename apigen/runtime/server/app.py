"""A generated service as an ASGI 3 application: route → parse → dispatch → serialise.

A generated ``<service>/server.py`` holds the handler base class (one ``async def`` per
operation, each raising ``OperationNotImplemented``) and ``create_app``, which builds a
``ServerApp`` from the service's ``ServiceSpec``, the user's handler and the operation →
method name table. Everything else is here, once for every service:

- ``http`` scope: read the body (at most ``max_body`` bytes, nested at most ``max_depth``
  levels: ``limits``) → ``HttpRequest`` (the path
  without the scope's ``root_path``, so the app routes the same when mounted) → optional
  SigV4 check (``sigv4_verify``) → ``codec.route`` → the operation's security
  (``credentials``: 401 when no alternative's credentials are there) → ``codec.parse_request`` (the same
  pydantic models and validators the client uses) → ``await handler.<method>(input)`` →
  ``codec.serialize_response``. A raised ``ServiceError`` is serialised by the codec with its
  status; everything the server answers by itself (unknown operation, invalid input, 501,
  500, 403) is chosen by the codec's ``replies()``. Invalid input is never a 500; a handler crash is
  logged (``apigen.server``, without input values) and answered with a fixed message.
- Every response carries a request id: ``x-amzn-RequestId`` (AWS protocols) or
  ``X-Request-Id`` (OpenAPI; an incoming ``X-Request-Id`` of up to 128 safe characters is
  echoed). Handlers read it, and the caller's access key, from ``current_request()``.
- ``lifespan`` scope: startup and shutdown are acknowledged, nothing else.
- Handlers are checked when the app is built (``check_handler``): a public ``async def``
  taking one argument that matches no operation (renamed or removed when the spec changed)
  is a ``HandlerError`` listing every one, with a "did you mean" hint.

Importing this module is cheap (no pydantic, no asyncio): generated server modules import it
for ``OperationNotImplemented``; building a ``ServerApp`` imports the codec.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
from collections.abc import Awaitable, Callable, Mapping, MutableMapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from ..core.errors import ApigenError, ParamValidationError, ServiceError, UnsupportedMediaType
from ..core.http import HttpRequest, HttpResponse
from ..core.limits import DEFAULT_MAX_DEPTH, json_body, too_deep
from .hooks import ServerContext, ServerInterceptor

if TYPE_CHECKING:
    from ..auth.sigv4_verify import SecretLookup
    from ..core.schema import OperationSpec, ServiceSpec
    from ..protocols.codec import Codec
    from ..protocols.replies import Replies

__all__ = [
    "DEFAULT_MAX_BODY",
    "HandlerError",
    "OperationNotImplemented",
    "RequestContext",
    "ServerApp",
    "check_handler",
    "current_request",
]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

DEFAULT_MAX_BODY = 16 * 1024 * 1024
LOGGER_NAME = "apigen.server"
_SAFE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:/+=-]{1,128}")
_PATH_SAFE = "/:@!$&'()*+,;=-._~"


class OperationNotImplemented(ApigenError, NotImplementedError):
    """An operation the handler does not implement: answered with 501 Not Implemented.

    The generated handler's methods raise it; any ``NotImplementedError`` a handler raises
    is answered the same way.
    """

    def __init__(self, operation: str) -> None:
        super().__init__(f"{operation} is not implemented")
        self.operation = operation


class HandlerError(ApigenError, TypeError):
    """A handler that does not fit its service; ``problems`` lists every mismatch."""

    def __init__(self, message: str, problems: list[str]) -> None:
        super().__init__(message)
        self.problems = problems


class RequestContext(NamedTuple):
    """The request a handler method is answering (``current_request()``)."""

    request_id: str
    operation: str
    http: HttpRequest
    access_key: str | None = None  # who signed it, when SigV4 is verified


_CURRENT: contextvars.ContextVar[RequestContext] = contextvars.ContextVar("apigen_request")


def current_request() -> RequestContext:
    """The request being handled; only inside a handler method (``LookupError`` outside)."""
    return _CURRENT.get()


# -- handler checks ---------------------------------------------------------------------------


def _looks_like_handler(value: Any, bound: bool) -> bool:
    """An ``async def`` taking one argument (besides ``self`` unless ``bound``)."""
    import inspect

    if isinstance(value, staticmethod | classmethod):
        bound = isinstance(value, staticmethod)
        value = cast("Any", value).__func__
    if not inspect.iscoroutinefunction(value):
        return False
    try:
        inspect.signature(value).bind(*((None,) if bound else (None, None)))
    except (TypeError, ValueError):
        return False
    return True


def check_handler(
    handler: object, base: type | None, methods: Mapping[str, str], service: str
) -> None:
    """Raise ``HandlerError`` when ``handler`` does not fit ``methods`` (operation → method).

    ``handler`` is an instance of ``base`` (the generated handler class) or any object with
    some of its methods (duck-typed). Problems: an operation method that is not ``async
    def``, a public ``async def`` with one argument that names no operation, and a duck-typed
    object with no operation method at all.
    """
    import difflib

    cls = type(handler)
    if isinstance(handler, type):
        raise HandlerError(
            f"{handler.__name__} is a class: pass an instance (for example {handler.__name__}())",
            [],
        )
    names = set(methods.values())
    problems: list[str] = []
    subclass = base is not None and isinstance(handler, base)
    generated = set(base.__mro__) if subclass and base is not None else {object}
    for name in sorted(names):
        value = getattr(handler, name, None)
        if value is not None and not _looks_like_handler(value, bound=True):
            problems.append(f"{cls.__name__}.{name} must be `async def {name}(self, request)`")
    seen: set[str] = set()
    for klass in cls.__mro__:
        if klass in generated:
            continue
        for name, value in vars(klass).items():
            if name.startswith("_") or name in names or name in seen:
                continue
            seen.add(name)
            if _looks_like_handler(value, bound=False):
                close = difflib.get_close_matches(name, sorted(names), n=1, cutoff=0.6)
                hint = f" (did you mean {close[0]}?)" if close else ""
                problems.append(f"{klass.__name__}.{name} matches no {service} operation{hint}")
    if not subclass and not any(getattr(handler, n, None) is not None for n in names):
        problems.append(f"{cls.__name__} has no method of any {service} operation")
    if problems:
        what = base.__name__ if base is not None else f"{service} handler"
        lines = "\n".join(f"  {p}" for p in problems)
        raise HandlerError(
            f"{cls.__name__} does not fit {what} (an operation renamed or removed when the "
            f"spec changed?):\n{lines}\nRename or remove these methods; a helper that is not "
            "an operation can start with '_'.",
            problems,
        )


# -- the application --------------------------------------------------------------------------


class ServerApp:
    """The ASGI 3 application of one service and one handler (see the module docstring).

    ``handle(request)`` answers one ``HttpRequest`` without ASGI. ``credentials`` maps access
    key ids to secret keys (a mapping or a callable returning None for unknown keys); it is
    required with ``verify_sigv4``.
    """

    def __init__(
        self,
        service: ServiceSpec,
        handler: object,
        *,
        methods: Mapping[str, str],
        base: type | None = None,
        verify_sigv4: bool = False,
        credentials: SecretLookup | None = None,
        max_body: int | None = DEFAULT_MAX_BODY,
        max_depth: int | None = DEFAULT_MAX_DEPTH,
        interceptors: Sequence[ServerInterceptor] = (),
    ) -> None:
        from ..protocols.registry import codec_for

        check_handler(handler, base, methods, service.name)
        if verify_sigv4 and not service.signing_name:
            raise ValueError(f"{service.name} does not use SigV4: verify_sigv4 cannot be set")
        if verify_sigv4 and credentials is None:
            raise ValueError("verify_sigv4 needs credentials (access key id -> secret key)")
        self.service = service
        self.handler = handler
        self.codec: Codec = codec_for(service)
        self.errors: Replies = self.codec.replies()
        self.max_body = DEFAULT_MAX_BODY if max_body is None else max_body
        self.max_depth = DEFAULT_MAX_DEPTH if max_depth is None else max_depth
        self._credentials = credentials if verify_sigv4 else None
        self._interceptors = tuple(interceptors)
        self._methods: dict[str, Callable[[Any], Awaitable[Any]] | None] = {
            operation: getattr(handler, name, None) for operation, name in methods.items()
        }
        self._streaming_operations = frozenset(
            name
            for name, operation in service.operations.items()
            if any(m.streaming for m in operation.input_members)
        )
        self._request_id_header = self.codec.request_id_header
        self._echo_request_id = self.codec.echo_request_id

    # -- ASGI --

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "http":
            await self._http(scope, receive, send)
        elif kind == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        elif kind == "websocket":
            await send({"type": "websocket.close", "code": 1003})

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]]
        from urllib.parse import quote

        raw_path = scope.get("raw_path")
        if raw_path:
            path = raw_path.decode("latin-1").split("?", 1)[0]
        else:
            path = quote(scope["path"], safe=_PATH_SAFE)
        root = quote(scope.get("root_path") or "", safe=_PATH_SAFE).rstrip("/")
        if root and (path == root or path.startswith(root + "/")):
            path = path[len(root) :] or "/"  # mounted under a prefix (Starlette's Mount)
        request = HttpRequest(
            scope["method"], path, scope.get("query_string", b"").decode("latin-1"), headers
        )
        if self._streams_input(request):
            from .streams import request_stream

            request.stream = request_stream(receive)
            response = await self.handle(request)
        elif await self._read_body(request, receive):
            response = await self.handle(request)
        else:
            request_id = self._request_id(request)
            error = self.errors.too_large(self.max_body, request_id)
            response = self._with_request_id(self._error(None, error, request_id), request_id)
        if response.stream is not None:
            from .streams import send_streamed

            await send_streamed(response, response.stream, send)
            return
        out = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in response.headers]
        if response.status not in (204, 304) and response.header("content-length") is None:
            out.append((b"content-length", str(len(response.body)).encode("ascii")))
        await send({"type": "http.response.start", "status": response.status, "headers": out})
        await send({"type": "http.response.body", "body": response.body})

    def _streams_input(self, request: HttpRequest) -> bool:
        """Whether the request is for an operation whose input payload streams (its body is
        then read by the handler as it arrives, not here, and ``max_body`` does not apply)."""
        if not self._streaming_operations:
            return False
        try:
            routed = self.codec.route(request)
        except ValueError:
            return False
        return routed is not None and routed[0].name in self._streaming_operations

    async def _read_body(self, request: HttpRequest, receive: Receive) -> bool:
        """Fill ``request.body``; False when it is larger than ``max_body``."""
        declared = request.header("content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            return False
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break  # http.disconnect: answer what arrived; the send fails if nobody listens
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                return False
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        request.body = b"".join(chunks)
        return True

    # -- one request --

    async def handle(self, request: HttpRequest) -> HttpResponse:
        """The response to one request (never raises for anything a request or handler does)."""
        request_id = self._request_id(request)
        hooked = self._interceptors
        context = ServerContext(request, request_id) if hooked else None
        try:
            if context is not None:
                for hook in hooked:
                    hook.on_request(context)
            response = await self._respond(request, request_id, context)
        except ServiceError as exc:  # an interceptor's answer
            response = self._error(None, exc, request_id)
        except Exception:
            self._log_failure(None, request_id)
            response = self._error(None, self.errors.internal(None, request_id), request_id)
        response = self._with_request_id(response, request_id)
        if context is not None:
            context.response = response
            for hook in hooked:
                hook.on_response(context)
        return response

    async def _respond(
        self, request: HttpRequest, request_id: str, context: ServerContext | None = None
    ) -> HttpResponse:
        access_key = None
        if self._credentials is not None:
            from ..auth.sigv4_verify import SignatureFailure, verify

            assert self.service.signing_name is not None
            try:
                access_key = verify(request, self._credentials, self.service.signing_name)
            except SignatureFailure as failure:
                return self._error(
                    None, self.errors.auth(failure.kind, failure.message), request_id
                )
        if request.stream is not None:  # after the signature, which covers the headers as sent
            from .streams import unchunk

            unchunk(request, self._credentials)
        try:
            routed = self.codec.route(request)
            allowed = self.codec.allowed_methods(request) if routed is None else []
        except ValueError:  # an undecodable path or query
            routed, allowed = None, []
        if routed is None:
            error = self.errors.unknown_operation(request, request_id, allowed)
            response = self._error(None, error, request_id)
            if allowed:
                response.headers.append(("Allow", ", ".join(allowed)))
            return response
        operation, labels = routed
        if operation.auth:
            from .credentials import challenges, missing_credentials

            missing = missing_credentials(self.service, operation, request)
            if missing is not None:
                error = self.errors.unauthenticated(operation, missing, request_id)
                response = self._error(operation, error, request_id)
                response.headers.extend(
                    ("WWW-Authenticate", c) for c in challenges(self.service, operation)
                )
                return response
        if request.header("content-encoding") is not None:
            from .encodings import BodyDecodeError, decode_body

            try:
                decode_body(request, self.max_body)
            except BodyDecodeError as exc:
                reason = f"{operation.name}: {exc}"
                refusal = (
                    self.errors.too_large(self.max_body, request_id)
                    if exc.too_large
                    else self.errors.malformed(operation, request_id, reason)
                )
                return self._error(operation, refusal, request_id)
        if (
            self.codec.scans_json_depth
            and json_body(operation.input_members)
            and too_deep(request.body, self.max_depth)
        ):
            reason = f"{operation.name}: the request body nests deeper than {self.max_depth} levels"
            return self._error(
                operation, self.errors.malformed(operation, request_id, reason), request_id
            )
        try:
            model = self.codec.parse_request(operation, request, labels)
        except ParamValidationError as exc:
            error = self.errors.invalid(operation, exc, request, request_id)
            return self._error(operation, error, request_id)
        except UnsupportedMediaType as exc:
            error = self.errors.unsupported_media_type(operation, str(exc), request_id)
            return self._error(operation, error, request_id)
        except Exception:  # a request the codec cannot read is the caller's fault, not a 500
            self._logger().warning(
                "%s: unreadable request (request id %s)", operation.name, request_id, exc_info=True
            )
            return self._error(operation, self.errors.malformed(operation, request_id), request_id)
        if context is not None:
            context.operation, context.input = operation.name, model
            try:
                for hook in self._interceptors:
                    hook.before_handle(context)
            except ServiceError as exc:
                return self._error(operation, exc, request_id)
        method = self._methods.get(operation.name)
        if method is None:
            return self._error(
                operation, self.errors.not_implemented(operation, request_id), request_id
            )
        token = _CURRENT.set(RequestContext(request_id, operation.name, request, access_key))
        try:
            result = await method(model)
        except ServiceError as exc:
            return self._error(operation, exc, request_id)
        except NotImplementedError:
            return self._error(
                operation, self.errors.not_implemented(operation, request_id), request_id
            )
        except Exception:
            self._log_failure(operation, request_id)
            return self._error(operation, self.errors.internal(operation, request_id), request_id)
        finally:
            _CURRENT.reset(token)
        return self._output(operation, result, request_id)

    def _output(self, operation: OperationSpec, result: Any, request_id: str) -> HttpResponse:
        output = operation.output
        if result is None:
            with contextlib.suppress(ValueError):
                result = output.model_validate({})
        if not isinstance(result, output):
            self._logger().error(
                "%s.%s returned %s, not %s (request id %s)",
                self.service.name,
                operation.name,
                type(result).__name__,
                output.__name__,
                request_id,
            )
            return self._error(operation, self.errors.internal(operation, request_id), request_id)
        try:
            return self.codec.serialize_response(operation, result, request_id)
        except Exception:
            self._log_failure(operation, request_id)
            return self._error(operation, self.errors.internal(operation, request_id), request_id)

    def _error(
        self, operation: OperationSpec | None, error: ServiceError, request_id: str
    ) -> HttpResponse:
        try:
            return self.codec.serialize_error(operation, error, request_id)
        except Exception:  # a handler's error with a shape the codec cannot write
            self._log_failure(operation, request_id)
            return self.codec.serialize_error(
                operation, self.errors.internal(operation, request_id), request_id
            )

    # -- request ids and logs --

    def _request_id(self, request: HttpRequest) -> str:
        if self._echo_request_id:
            given = request.header(self._request_id_header)
            if given is not None and _SAFE_REQUEST_ID.fullmatch(given):
                return given
        import uuid

        return str(uuid.uuid4())

    def _with_request_id(self, response: HttpResponse, request_id: str) -> HttpResponse:
        if response.header(self._request_id_header) is None:
            response.headers.append((self._request_id_header, request_id))
        return response

    @staticmethod
    def _logger() -> Any:
        import logging

        return logging.getLogger(LOGGER_NAME)

    def _log_failure(self, operation: OperationSpec | None, request_id: str) -> None:
        """Log the exception being handled: its traceback, never the request's values."""
        name = operation.name if operation is not None else "(no operation)"
        self._logger().error(
            "%s.%s failed (request id %s)", self.service.name, name, request_id, exc_info=True
        )
