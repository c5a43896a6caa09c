"""The base of every generated client: the call loop, auth and retries, sync and async.

The call loop is written once, without I/O (``ClientCore._attempts``: build, sign, parse,
decide on a retry); ``BaseClient`` and ``AsyncBaseClient`` are thin shells that send what it
yields and sleep when it says, with ``time.sleep``/``transport.send`` or their awaited twins.

A generated ``<Service>Client`` subclasses ``BaseClient`` (``Async<Service>Client``:
``async_base.AsyncBaseClient``), names its ``ServiceSpec`` (``LazyService``) and adds one thin typed
method per operation that calls ``_call``/``_paginate``/``_wait`` here. Everything else is
shared:

- One call: keyword arguments → input model (``params.build_input``: idempotency token,
  validation) → ``codec.serialize_request`` → the endpoint's path (``http.join_path``) and
  request compression (``compression``) → Host, User-Agent and auth headers → transport →
  ``codec.parse_response`` → the output model, or the modelled ``ServiceError`` (its
  ``request_id`` from ``x-amzn-RequestId``/``x-amz-request-id``/``X-Request-Id``). Failures
  are retried by ``retries.RetryPolicy``; a SigV4 request is signed again for each attempt.
- Construction only stores its arguments. The first call resolves endpoint, region,
  credentials and codec (``config.resolve``, cached per process) and makes the transport.
- Each operation uses the first auth scheme it lists that the client has credentials for
  (``sigv4``, ``httpBasic``, ``httpBearer``); one listing none sends no ``Authorization``.
- Importing this module imports neither pydantic nor a service's shapes: the first call does.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..core.errors import ApigenError, ServiceError, TransportError
from ..core.http import HttpRequest, HttpResponse, join_path
from ..core.limits import DEFAULT_MAX_DEPTH, DEFAULT_MAX_RESPONSE_BODY, bounded
from ..core.schema import OperationSpec, WaiterSpec
from ..transport.timeouts import Timeouts
from .config import ClientConfigError, NoRegionError, Options, Resolved, resolve
from .late_imports import LazyService, call_path
from .retries import RetryConfig, RetryPolicy

if TYPE_CHECKING:
    from ..core.model import ApigenModel
    from ..transport.base import Transport
    from .hooks import CallContext, Interceptor
    from .paginate import Paginator

__all__ = ["BaseClient", "ClientConfigError", "LazyService", "NoRegionError"]

DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_WAIT = 300.0


class ClientCore:
    """Configuration and everything about a call that is neither sending nor sleeping."""

    # A ServiceSpec, or a LazyService that imports one (generated clients).
    _service: ClassVar[LazyService]
    #: Largest response body read, in bytes, and deepest JSON nesting parsed (``limits``);
    #: set on a client (or its class) to change them. Beyond: ``ResponseParseError``.
    max_response_body: int = DEFAULT_MAX_RESPONSE_BODY
    max_response_depth: int = DEFAULT_MAX_DEPTH

    def __init__(
        self,
        *,
        region: str | None = None,
        endpoint_url: str | None = None,
        aws_access_key_id: str | None = None,
        aws_secret_access_key: str | None = None,
        aws_session_token: str | None = None,
        profile: str | None = None,
        mfa_token: Callable[[], str] | None = None,
        api_key: str | None = None,
        api_secret: str | None = None,
        token: str | None = None,
        retries: RetryConfig | int | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        connect_timeout: float | None = None,
        read_timeout: float | None = None,
        deadline: float | None = None,
        validate: bool = True,
        transport: Any = None,
        interceptors: Sequence[Interceptor] = (),
        use_fips: bool | None = None,
        use_dualstack: bool | None = None,
        inject_host_prefix: bool | None = None,
        client_context_params: Mapping[str, str | bool] | None = None,
        api_keys: Mapping[str, str] | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        token_url: str | None = None,
        client_cert: str | None = None,
        client_key: str | None = None,
        ca_bundle: str | None = None,
        disable_request_compression: bool | None = None,
        request_min_compression_size_bytes: int | None = None,
    ) -> None:
        self._options = Options(
            region,
            endpoint_url,
            aws_access_key_id,
            aws_secret_access_key,
            aws_session_token,
            profile,
            api_key,
            api_secret,
            token,
            use_fips,
            use_dualstack,
            inject_host_prefix,
            tuple(sorted((client_context_params or {}).items())),
            mfa_token,
            tuple(sorted((api_keys or {}).items())),
            client_id,
            client_secret,
            token_url,
            client_cert,
            client_key,
            ca_bundle,
            disable_request_compression,
            request_min_compression_size_bytes,
        )
        if isinstance(retries, int):
            retries = RetryConfig(max_attempts=retries)
        # Without retries given, the environment or the config file decide (first call).
        self._retry_given = retries is not None
        self._retry = RetryPolicy(retries)
        connect = timeout if connect_timeout is None else connect_timeout
        read = timeout if read_timeout is None else read_timeout
        if deadline is not None and deadline <= 0:
            raise ValueError("deadline must be a positive number of seconds")
        self._deadline = deadline
        # What transports get: plain seconds in the common case, else per-phase limits.
        self._timeout: float | Timeouts | None = (
            connect if connect == read and deadline is None else Timeouts(connect, read)
        )
        self._validate = validate
        self._interceptors = tuple(interceptors)
        self._state: Resolved | None = None
        self._auth: dict[str, str | None] = {}
        # Per operation name: the resolution of an operation whose target is fixed (_target).
        self._fixed_targets: dict[str, Resolved] = {}
        # Made on first use; closed by close() only when this client made it (an httpx client
        # passed in stays open: HttpxTransport leaves it alone).
        self._transport_arg = transport
        self._owns_transport = transport is None or type(transport).__module__.startswith("httpx")

    # -- resolution --

    def _resolved(self) -> Resolved:
        state = self._state
        if state is None:
            state = self._state = resolve(self._service, self._options)
            if not self._retry_given and state.retry is not None:
                self._retry = RetryPolicy(state.retry)
        return state

    def _limits(self) -> tuple[float | Timeouts | None, float | None]:
        """This call's transport limits and its deadline (``time.monotonic()``), if any."""
        seconds = self._deadline
        if seconds is None:
            return self._timeout, None
        at = time.monotonic() + seconds
        base = self._timeout
        assert isinstance(base, Timeouts)
        return Timeouts(base.connect, base.read, at), at

    def _auth_kind(self, operation: OperationSpec, state: Resolved) -> str | None:
        """The scheme an operation uses: ``sigv4``, a key of ``state.auth``, or None (no
        credentials needed: none listed, or ``noAuth`` reached before one the client has)."""
        try:
            return self._auth[operation.name]
        except KeyError:
            pass
        kinds = operation.auth
        chosen: str | None = None
        for kind in kinds:
            if kind == "sigv4" and state.credentials is not None:
                chosen = kind
                break
            if kind in state.auth:
                chosen = kind
                break
            if kind == "noAuth":
                break
        else:
            if kinds:
                from ..auth.credentials import NoCredentialsError

                names = " or ".join(kinds)
                raise NoCredentialsError(
                    f"{self._service.name}.{operation.name} needs {names} credentials"
                )
        self._auth[operation.name] = chosen
        return chosen

    # -- one call, both sides of the transport --

    def _operation(self, operation: OperationSpec | str) -> OperationSpec:
        if isinstance(operation, str):
            return self._service.operations[operation]
        return operation

    def _input(self, operation: OperationSpec, params: Mapping[str, Any]) -> ApigenModel:
        # pydantic is imported on the first call, not before
        late = call_path()
        return late.build_input(operation, params, self._validate)

    def _target(self, operation: OperationSpec, model: ApigenModel) -> Resolved:
        """The resolution this call uses: the client's, moved by endpoint rules and the
        operation's host prefix (``endpoint_resolution``). An operation whose target does
        not depend on its input (no context parameters, no host prefix put before the host)
        is resolved once per client and kept."""
        found = self._fixed_targets.get(operation.name)
        if found is not None:
            return found
        state = self._resolved()
        if state.endpoints is None and operation.host_prefix is None:
            return state
        resolved = state.for_call(operation, model)
        if (
            not operation.context_params
            and not operation.operation_context_params
            and (operation.host_prefix is None or not state.inject_host_prefix)
        ):
            self._fixed_targets[operation.name] = resolved
        return resolved

    def _request(
        self, operation: OperationSpec, model: ApigenModel, state: Resolved | None = None
    ) -> tuple[HttpRequest, Resolved, str | None]:
        late = call_path()
        if state is None:
            state = self._target(operation, model)
        with late.direction(late.request):  # defaults the caller did not set stay unsent
            request = state.codec.serialize_request(operation, model)
        request.path = join_path(state.prefix, request.path, operation.endpoint_labels)
        if operation.request_compression:
            from .compression import compress_request

            compress_request(request, operation.request_compression, state.compression)
        headers = request.headers
        headers.append(("Host", state.host))
        headers.append(("User-Agent", state.user_agent))
        if state.endpoint_headers:
            headers.extend(state.endpoint_headers)
        if operation.checksum is not None:
            from .checksums import add_request_checksum

            add_request_checksum(request, operation, model)
        kind = self._auth_kind(operation, state)
        if kind is not None and kind != "sigv4":
            state.auth[kind].apply(request)
        return request, state, kind

    @staticmethod
    def _sign(request: HttpRequest, state: Resolved, operation: OperationSpec) -> None:
        late = call_path()
        assert (
            state.credentials is not None
            and state.region is not None
            and state.signing_name is not None
        )
        late.sign(
            request,
            host=state.host,
            credentials=state.credentials.current(),
            region=state.region,
            service=state.signing_name,
            payload_hash=late.prepare_payload(request, operation),
            double_encode=state.double_encode,
        )

    def _attempts(
        self, operation: OperationSpec, model: ApigenModel, deadline: float | None, target: Resolved
    ) -> Generator[HttpRequest | float, HttpResponse | None, ApigenModel]:
        """One call as a sans-I/O loop, shared by the sync and async shells: it yields the
        request to send (the shell sends back the response, or throws the ``TransportError``
        in) or the seconds to sleep before the next attempt, and returns the output. No
        retry starts, and no backoff runs, past ``deadline`` (``time.monotonic()``).
        Interceptors and the DEBUG attempt log (``hooks``) see every step."""
        hooks = call_path().hooks
        hooked = self._interceptors
        context = None
        if hooked or hooks.debug_enabled():
            context = hooks.CallContext(self._service.name, operation.name, model)
            for hook in hooked:
                hook.before_serialize(context)
        request, state, kind = self._request(operation, model, target)
        policy = self._retry
        limiter = policy.limiter
        attempt = 0
        taken = 0
        while True:
            attempt += 1
            if limiter is not None:
                wait = limiter.acquire()
                if wait > 0:
                    yield wait
            if context is not None:
                context.attempt, context.request, context.response = attempt, request, None
                for hook in hooked:
                    hook.before_sign(context)
            if kind == "sigv4":
                self._sign(request, state, operation)
            if context is not None:
                for hook in hooked:
                    hook.before_send(context)
                context.started = time.monotonic()
            error: ApigenError
            try:
                response = yield request
                assert response is not None
                if context is not None:
                    context.response = response
                    for hook in hooked:
                        hook.after_receive(context)
                if operation.checksum is not None:
                    from .checksums import checked_response

                    response = checked_response(response, operation)
                result = state.codec.parse_response(
                    operation,
                    bounded(
                        operation,
                        response,
                        self.max_response_body,
                        self.max_response_depth if state.codec.scans_json_depth else None,
                    ),
                )
            except ServiceError as exc:
                error = exc
            except TransportError as exc:
                error = exc
            else:
                if limiter is not None:
                    limiter.update(throttled=False)
                policy.succeeded(taken)
                if context is not None:
                    context.output, context.error = result, None
                    self._after(context, hooked, final=True)
                return result
            if limiter is not None:
                limiter.update(throttled=policy.is_throttle(error))
            error.attempts = attempt
            decision = policy.delay(attempt, error, operation, self._service.retry_after_headers)
            if (
                decision is not None
                and deadline is not None
                and time.monotonic() + decision[0] >= deadline
            ):
                decision = None
            if decision is not None and request.stream is not None and not request.stream.rewind():
                decision = None  # a body read from an iterator cannot be sent again
            if context is not None:
                context.error = error
                self._after(context, hooked, final=decision is None)
            if decision is None:
                raise error
            seconds, taken = decision
            if seconds > 0:
                yield float(seconds)

    @staticmethod
    def _after(context: CallContext, hooked: tuple[Interceptor, ...], *, final: bool) -> None:
        from .hooks import debug_enabled, log_attempt

        if debug_enabled():
            log_attempt(context)
        for hook in hooked:
            hook.after_attempt(context)
        if final:
            for hook in hooked:
                hook.after_call(context)

    def _waiter(self, waiter: WaiterSpec | str) -> tuple[WaiterSpec, OperationSpec]:
        if isinstance(waiter, str):
            waiter = self._service.waiters[waiter]
        return waiter, self._service.operations[waiter.operation]


class BaseClient(ClientCore):
    """Base of the generated sync clients; see the module docstring."""

    _transport: Transport | None = None

    def _sync_transport(self) -> Transport:
        transport = self._transport
        if transport is None:
            from ..transport.choose import sync_transport

            given = self._transport_arg
            tls = self._resolved().tls if given is None else None
            if tls is not None:
                from ..transport.http_client import HttpClientTransport

                given = HttpClientTransport(ssl_context=tls)
            transport = self._transport = sync_transport(given)
        return transport

    def _send(self, operation: OperationSpec, model: ApigenModel) -> ApigenModel:
        transport = self._transport or self._sync_transport()
        target = self._target(operation, model)
        url_base = target.url_base
        timeout, deadline = self._limits()
        attempts = self._attempts(operation, model, deadline, target)
        try:
            step = next(attempts)
            while True:
                if not isinstance(step, HttpRequest):
                    time.sleep(step)
                    step = attempts.send(None)
                    continue
                try:
                    response = transport.send(step, url_base=url_base, timeout=timeout)
                except TransportError as exc:
                    step = attempts.throw(exc)
                else:
                    step = attempts.send(response)
        except StopIteration as done:
            result: ApigenModel = done.value
            return result

    def _call(self, operation: OperationSpec | str, params: Mapping[str, Any]) -> ApigenModel:
        """One call of ``operation`` (a spec or its name) with arguments by Python member name."""
        spec = self._operation(operation)
        return self._send(spec, self._input(spec, params))

    def _paginate(
        self, operation: OperationSpec | str, params: Mapping[str, Any]
    ) -> Paginator[Any, Any]:
        """A lazy ``Paginator`` over ``operation``, starting from ``params``."""
        from .paginate import Paginator

        spec = self._operation(operation)
        return Paginator(lambda request: self._send(spec, request), spec, self._input(spec, params))

    def _wait(
        self,
        waiter: WaiterSpec | str,
        params: Mapping[str, Any],
        *,
        max_wait: float,
        min_delay: float | None = None,
        max_delay: float | None = None,
    ) -> ApigenModel | None:
        """Run ``waiter`` (a spec or its name) until success; see ``waiters.wait``."""
        from .waiters import wait

        spec, operation = self._waiter(waiter)
        return wait(
            spec,
            lambda model: self._send(operation, model),
            self._input(operation, params),
            max_wait=max_wait,
            min_delay=min_delay,
            max_delay=max_delay,
        )

    def close(self) -> None:
        """Close the transport's connections when this client made the transport."""
        if self._owns_transport and self._transport is not None:
            self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
