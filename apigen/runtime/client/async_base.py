"""The base of the generated async clients: the async shell around ``base.ClientCore``.

Everything but sending and sleeping is the sync client's (``base.py``): the sans-I/O call
loop ``_attempts`` yields what to send and how long to sleep; this shell awaits the
transport and ``asyncio.sleep``. The default transport is httpx, imported on first call.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib.util import find_spec
from typing import TYPE_CHECKING, Any, Self

from ..core.errors import TransportError
from ..core.http import HttpRequest
from ..core.schema import OperationSpec, WaiterSpec
from .base import ClientCore

if TYPE_CHECKING:
    from ..core.model import ApigenModel
    from ..transport.base import AsyncTransport
    from .config import Resolved
    from .paginate import AsyncPaginator

__all__ = ["AsyncBaseClient"]


class AsyncBaseClient(ClientCore):
    """Base of the generated async clients; the default transport is httpx (imported on first
    call). Pass ``transport=httpx.ASGITransport(app)`` to call an ASGI app in-process."""

    _transport: AsyncTransport | None = None

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        if self._transport_arg is None and find_spec("httpx") is None:
            # Said now, not at the first call deep inside a request (find_spec imports nothing).
            raise ImportError(
                f"{type(self).__name__} sends with httpx by default, and httpx is not "
                "installed: pip install httpx (or pass transport=...)"
            )

    def _async_transport(self) -> AsyncTransport:
        transport = self._transport
        if transport is None:
            from ..transport.choose import async_transport

            given = self._transport_arg
            tls = self._resolved().tls if given is None else None
            if tls is not None:
                import httpx

                given = httpx.AsyncHTTPTransport(verify=tls)
            transport = self._transport = async_transport(given)
        return transport

    async def _send(self, operation: OperationSpec, model: ApigenModel) -> ApigenModel:
        transport = self._async_transport()
        fetch = self._renewal(operation, self._resolved())
        if fetch is not None:  # a token or keys to fetch: in a thread, the loop keeps running
            import asyncio

            await asyncio.to_thread(fetch)
        target = self._target(operation, model)  # endpoint rules may read the account id
        url_base = target.url_base
        timeout, deadline = self._limits()
        attempts = self._attempts(operation, model, deadline, target)
        try:
            step = next(attempts)
            while True:
                if not isinstance(step, HttpRequest):
                    import asyncio  # only async clients that retry pay for importing asyncio

                    await asyncio.sleep(step)
                    step = attempts.send(None)
                    continue
                try:
                    response = await transport.send(step, url_base=url_base, timeout=timeout)
                except TransportError as exc:
                    step = attempts.throw(exc)
                else:
                    step = attempts.send(response)
        except StopIteration as done:
            result: ApigenModel = done.value
            return result

    def _renewal(self, operation: OperationSpec, state: Resolved) -> Callable[[], object] | None:
        """The fetch the credential this call uses is due for (``schemes.renewal``)."""
        from ..auth.credentials import NoCredentialsError
        from ..auth.schemes import renewal

        try:
            kind = self._auth_kind(operation, state)
        except NoCredentialsError:
            return None  # raised in its place by the call loop, after the hooks' first step
        if kind is None:
            return None
        return renewal(state.credentials if kind == "sigv4" else state.auth[kind])

    async def _call(self, operation: OperationSpec | str, params: Mapping[str, Any]) -> ApigenModel:
        """One call of ``operation`` (a spec or its name) with arguments by Python member name."""
        spec = self._operation(operation)
        return await self._send(spec, self._input(spec, params))

    def _paginate(
        self, operation: OperationSpec | str, params: Mapping[str, Any]
    ) -> AsyncPaginator[Any, Any]:
        """A lazy ``AsyncPaginator`` over ``operation``, starting from ``params``."""
        from .paginate import AsyncPaginator

        spec = self._operation(operation)

        async def fetch(request: ApigenModel) -> ApigenModel:
            return await self._send(spec, request)

        return AsyncPaginator(fetch, spec, self._input(spec, params))

    async def _wait(
        self,
        waiter: WaiterSpec | str,
        params: Mapping[str, Any],
        *,
        max_wait: float,
        min_delay: float | None = None,
        max_delay: float | None = None,
    ) -> ApigenModel | None:
        """Run ``waiter`` (a spec or its name) until success; see ``waiters.async_wait``."""
        from .waiters import async_wait

        spec, operation = self._waiter(waiter)

        async def call(model: ApigenModel) -> ApigenModel:
            return await self._send(operation, model)

        return await async_wait(
            spec,
            call,
            self._input(operation, params),
            max_wait=max_wait,
            min_delay=min_delay,
            max_delay=max_delay,
        )

    async def close(self) -> None:
        """Close the transport when this client made it."""
        if self._owns_transport and self._transport is not None:
            await self._transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
