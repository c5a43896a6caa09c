"""Async client of Key Management API for BYOK: AsyncConfluentByokClient."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._runtime.client.base import AsyncBaseClient, DEFAULT_TIMEOUT, LazyService

if TYPE_CHECKING:
    from collections.abc import Sequence

    import httpx

    from . import shapes
    from .._runtime.client.hooks import Interceptor
    from .._runtime.client.paginate import AsyncPaginator
    from .._runtime.client.retries import RetryConfig
    from .._runtime.transport.asgi import BlockingTransport
    from .._runtime.transport.base import AsyncTransport

__all__ = [
    "AsyncConfluentByokClient",
]


class AsyncConfluentByokClient(AsyncBaseClient):
    """Upload and retrieve self-managed keys on dedicated Confluent Cloud clusters."""

    _service = LazyService(".operations", __package__)

    def __init__(
        self,
        *,
        endpoint_url: str | None = None,
        api_key: str | None = None,
        api_secret: str | None = None,
        token: str | None = None,
        retries: RetryConfig | int | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        connect_timeout: float | None = None,
        read_timeout: float | None = None,
        deadline: float | None = None,
        validate: bool = True,
        transport: (
            AsyncTransport | BlockingTransport | httpx.AsyncClient | httpx.AsyncBaseTransport | None
        ) = None,
        interceptors: Sequence[Interceptor] = (),
    ) -> None:
        """
        A async client of Key Management API for BYOK. Nothing is resolved or sent until
        the first call.

        Args:
            endpoint_url: Base URL instead of https://api.confluent.cloud.
            api_key: API key id for HTTP Basic auth (else CONFLUENT_CLOUD_API_KEY).
            api_secret: API key secret (else CONFLUENT_CLOUD_API_SECRET).
            token: Bearer token (an OAuth access token).
            retries: Retry settings, or the maximum attempts; else AWS_MAX_ATTEMPTS and
                AWS_RETRY_MODE or the config file (standard mode, 3 attempts).
            timeout: Seconds to connect and to wait for each read of a response.
            connect_timeout: Seconds to connect, instead of timeout.
            read_timeout: Seconds to wait for each read of a response, instead of
                timeout.
            deadline: Seconds a whole call may take, retries and their backoff included.
            validate: Check parameters against the spec's constraints before sending.
            transport: Where requests go; default http.client (sync) or httpx (async).
            interceptors: Hooks around each call and attempt (before signing, after
                receiving, ...).
        """
        super().__init__(
            endpoint_url=endpoint_url,
            api_key=api_key,
            api_secret=api_secret,
            token=token,
            retries=retries,
            timeout=timeout,
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
            deadline=deadline,
            validate=validate,
            transport=transport,
            interceptors=interceptors,
        )

    async def create_byok_v1_key(
        self,
        *,
        key: shapes.CreateByokV1KeyRequestBody | None = None,
    ) -> shapes.CreateByokV1KeyResponse:
        """
        Make a request to create a key.

        Args:
            key:

        Returns:
            The CreateByokV1Key output.

        Raises:
            Failure
        """
        return cast(
            "shapes.CreateByokV1KeyResponse",
            await self._call(
                "CreateByokV1Key",
                {
                    "key": key,
                },
            ),
        )

    async def delete_byok_v1_key(
        self,
        *,
        id_: str,
    ) -> shapes.DeleteByokV1KeyResponse:
        """
        Make a request to delete a key.

        Args:
            id_: The unique identifier for the key.

        Returns:
            The DeleteByokV1Key output.

        Raises:
            Failure
        """
        return cast(
            "shapes.DeleteByokV1KeyResponse",
            await self._call(
                "DeleteByokV1Key",
                {
                    "id_": id_,
                },
            ),
        )

    async def get_byok_v1_key(
        self,
        *,
        id_: str,
    ) -> shapes.GetByokV1KeyResponse:
        """
        Make a request to read a key.

        Args:
            id_: The unique identifier for the key.

        Returns:
            The GetByokV1Key output.

        Raises:
            Failure
        """
        return cast(
            "shapes.GetByokV1KeyResponse",
            await self._call(
                "GetByokV1Key",
                {
                    "id_": id_,
                },
            ),
        )

    async def list_byok_v1_keys(
        self,
        *,
        display_name: str | None = None,
        provider: str | None = None,
        state: str | None = None,
        validation_phase: str | None = None,
        validation_region: str | None = None,
        key: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> shapes.ListByokV1KeysResponse:
        """
        Retrieve a sorted, filtered, paginated list of all keys.

        Args:
            display_name: Filter the results by a partial search of display_name.
            provider: Filter the results by exact match for provider.
            state: Filter the results by exact match for state.
            validation_phase: Filter the results by exact match for validation_phase.
            validation_region: Filter keys by the cloud region where they are deployed.
            key: Filters results by a partial match on the key identifier: key_arn for
                AWS, key_id for Azure and GCP.
            page_size: A pagination size for collection requests.
            page_token: An opaque pagination token for collection requests.

        Returns:
            The ListByokV1Keys output.

        Raises:
            Failure
        """
        return cast(
            "shapes.ListByokV1KeysResponse",
            await self._call(
                "ListByokV1Keys",
                {
                    "display_name": display_name,
                    "provider": provider,
                    "state": state,
                    "validation_phase": validation_phase,
                    "validation_region": validation_region,
                    "key": key,
                    "page_size": page_size,
                    "page_token": page_token,
                },
            ),
        )

    async def update_byok_v1_key(
        self,
        *,
        id_: str,
        key_update: shapes.ByokV1KeyUpdate | None = None,
    ) -> shapes.UpdateByokV1KeyResponse:
        """
        Make a request to update a key.

        Args:
            id_: The unique identifier for the key.
            key_update: Key objects represent customer managed keys on dedicated
                Confluent Cloud clusters.

        Returns:
            The UpdateByokV1Key output.

        Raises:
            Failure
        """
        return cast(
            "shapes.UpdateByokV1KeyResponse",
            await self._call(
                "UpdateByokV1Key",
                {
                    "id_": id_,
                    "key_update": key_update,
                },
            ),
        )

    def paginate_list_byok_v1_keys(
        self,
        *,
        display_name: str | None = None,
        provider: str | None = None,
        state: str | None = None,
        validation_phase: str | None = None,
        validation_region: str | None = None,
        key: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> AsyncPaginator[shapes.ListByokV1KeysResponse, shapes.ByokV1KeyListDataItem]:
        """
        Retrieve a sorted, filtered, paginated list of all keys.

        Pages of list_byok_v1_keys, fetched lazily: nothing is sent until the result is
        iterated (async for page in ...), and each iteration starts from the first page.
        Its items() iterates the items of every page.

        Args:
            display_name: Filter the results by a partial search of display_name.
            provider: Filter the results by exact match for provider.
            state: Filter the results by exact match for state.
            validation_phase: Filter the results by exact match for validation_phase.
            validation_region: Filter keys by the cloud region where they are deployed.
            key: Filters results by a partial match on the key identifier: key_arn for
                AWS, key_id for Azure and GCP.
            page_size: A pagination size for collection requests.
            page_token: An opaque pagination token for collection requests.

        Returns:
            A AsyncPaginator of ListByokV1Keys outputs.

        Raises:
            Failure
        """
        return self._paginate(
            "ListByokV1Keys",
            {
                "display_name": display_name,
                "provider": provider,
                "state": state,
                "validation_phase": validation_phase,
                "validation_region": validation_region,
                "key": key,
                "page_size": page_size,
                "page_token": page_token,
            },
        )
