"""Client of AWS Glue: GlueClient."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._runtime.client.base import BaseClient, DEFAULT_MAX_WAIT, DEFAULT_TIMEOUT, LazyService

if TYPE_CHECKING:
    from collections.abc import Sequence

    import httpx

    from . import shapes
    from .._runtime.client.hooks import Interceptor
    from .._runtime.client.paginate import Paginator
    from .._runtime.client.retries import RetryConfig
    from .._runtime.transport.base import Transport

__all__ = [
    "GlueClient",
]


class GlueClient(BaseClient):
    """
    The Connection API describes AWS Glue connection data types, and the API for
    creating, deleting, updating, and listing connections.
    """

    _service = LazyService(".operations", __package__)

    def __init__(
        self,
        *,
        region: str | None = None,
        endpoint_url: str | None = None,
        aws_access_key_id: str | None = None,
        aws_secret_access_key: str | None = None,
        aws_session_token: str | None = None,
        profile: str | None = None,
        retries: RetryConfig | int | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        connect_timeout: float | None = None,
        read_timeout: float | None = None,
        deadline: float | None = None,
        validate: bool = True,
        transport: (
            Transport
            | httpx.Client
            | httpx.BaseTransport
            | httpx.AsyncClient
            | httpx.AsyncBaseTransport
            | None
        ) = None,
        interceptors: Sequence[Interceptor] = (),
    ) -> None:
        """
        A client of AWS Glue. Nothing is resolved or sent until the first call.

        Args:
            region: AWS region; else AWS_REGION, AWS_DEFAULT_REGION or the config file.
            endpoint_url: Base URL instead of https://glue.{region}.amazonaws.com.
            aws_access_key_id: Access key; else the environment or shared files.
            aws_secret_access_key: Secret key to go with aws_access_key_id.
            aws_session_token: Session token of temporary credentials.
            profile: Profile of the shared credentials and config files.
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
            region=region,
            endpoint_url=endpoint_url,
            aws_access_key_id=aws_access_key_id,
            aws_secret_access_key=aws_secret_access_key,
            aws_session_token=aws_session_token,
            profile=profile,
            retries=retries,
            timeout=timeout,
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
            deadline=deadline,
            validate=validate,
            transport=transport,
            interceptors=interceptors,
        )

    def batch_delete_connection(
        self,
        *,
        connection_name_list: list[str],
        catalog_id: str | None = None,
    ) -> shapes.BatchDeleteConnectionResponse:
        """
        Deletes a list of connection definitions from the Data Catalog.

        Args:
            connection_name_list: A list of names of the connections to delete.
            catalog_id: The ID of the Data Catalog in which the connections reside. If
                none is provided, the AWS account ID is used by default.

        Returns:
            The BatchDeleteConnection output.

        Raises:
            InternalServiceException, OperationTimeoutException
        """
        return cast(
            "shapes.BatchDeleteConnectionResponse",
            self._call(
                "BatchDeleteConnection",
                {
                    "connection_name_list": connection_name_list,
                    "catalog_id": catalog_id,
                },
            ),
        )

    def create_connection(
        self,
        *,
        connection_input: shapes.ConnectionInput,
        catalog_id: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> shapes.CreateConnectionResponse:
        """
        Creates a connection definition in the Data Catalog. Connections used for
        creating federated resources require the IAM glue:PassConnection permission.

        Args:
            connection_input: A ConnectionInput object defining the connection to
                create.
            catalog_id: The ID of the Data Catalog in which to create the connection. If
                none is provided, the AWS account ID is used by default.
            tags: The tags you assign to the connection.

        Returns:
            The CreateConnection output.

        Raises:
            AlreadyExistsException, InvalidInputException, OperationTimeoutException,
                ResourceNumberLimitExceededException, GlueEncryptionException
        """
        return cast(
            "shapes.CreateConnectionResponse",
            self._call(
                "CreateConnection",
                {
                    "connection_input": connection_input,
                    "catalog_id": catalog_id,
                    "tags": tags,
                },
            ),
        )

    def delete_connection(
        self,
        *,
        connection_name: str,
        catalog_id: str | None = None,
    ) -> shapes.DeleteConnectionResponse:
        """
        Deletes a connection from the Data Catalog.

        Args:
            connection_name: The name of the connection to delete.
            catalog_id: The ID of the Data Catalog in which the connection resides. If
                none is provided, the AWS account ID is used by default.

        Returns:
            The DeleteConnection output.

        Raises:
            EntityNotFoundException, OperationTimeoutException
        """
        return cast(
            "shapes.DeleteConnectionResponse",
            self._call(
                "DeleteConnection",
                {
                    "connection_name": connection_name,
                    "catalog_id": catalog_id,
                },
            ),
        )

    def get_connection(
        self,
        *,
        name: str,
        catalog_id: str | None = None,
        hide_password: bool | None = None,
    ) -> shapes.GetConnectionResponse:
        """
        Retrieves a connection definition from the Data Catalog.

        Args:
            name: The name of the connection definition to retrieve.
            catalog_id: The ID of the Data Catalog in which the connection resides. If
                none is provided, the AWS account ID is used by default.
            hide_password: Allows you to retrieve the connection metadata without
                returning the password. For instance, the AWS Glue console uses this
                flag to retrieve the connection, and does not display the password. Set
                this parameter when the caller might not have permission to use the AWS
                KMS key to decrypt the password, but it does have permission to access
                the rest of the connection properties.

        Returns:
            The GetConnection output.

        Raises:
            EntityNotFoundException, OperationTimeoutException, InvalidInputException,
                GlueEncryptionException
        """
        return cast(
            "shapes.GetConnectionResponse",
            self._call(
                "GetConnection",
                {
                    "name": name,
                    "catalog_id": catalog_id,
                    "hide_password": hide_password,
                },
            ),
        )

    def get_connections(
        self,
        *,
        catalog_id: str | None = None,
        filter_: shapes.GetConnectionsFilter | None = None,
        hide_password: bool | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> shapes.GetConnectionsResponse:
        """
        Retrieves a list of connection definitions from the Data Catalog.

        Args:
            catalog_id: The ID of the Data Catalog in which the connections reside. If
                none is provided, the AWS account ID is used by default.
            filter_: A filter that controls which connections are returned.
            hide_password: Allows you to retrieve the connection metadata without
                returning the password. For instance, the AWS Glue console uses this
                flag to retrieve the connection, and does not display the password. Set
                this parameter when the caller might not have permission to use the AWS
                KMS key to decrypt the password, but it does have permission to access
                the rest of the connection properties.
            next_token: A continuation token, if this is a continuation call.
            max_results: The maximum number of connections to return in one response.

        Returns:
            The GetConnections output.

        Raises:
            EntityNotFoundException, OperationTimeoutException, InvalidInputException,
                GlueEncryptionException
        """
        return cast(
            "shapes.GetConnectionsResponse",
            self._call(
                "GetConnections",
                {
                    "catalog_id": catalog_id,
                    "filter_": filter_,
                    "hide_password": hide_password,
                    "next_token": next_token,
                    "max_results": max_results,
                },
            ),
        )

    def test_connection(
        self,
        *,
        connection_name: str | None = None,
        test_connection_input: shapes.TestConnectionInput | None = None,
    ) -> shapes.TestConnectionResponse:
        """
        Tests a connection to a service to validate the service credentials that you
        provide. You can either provide an existing connection name or a
        TestConnectionInput for testing a non-existing connection input. Providing both
        at the same time will cause an error. If the action is successful, the service
        sends back an HTTP 200 response.

        Args:
            connection_name: Optional. The name of the connection to test. If only name
                is provided, the operation will get the connection and use that for
                testing.
            test_connection_input: A structure that is used to specify testing a
                connection to a service.

        Returns:
            The TestConnection output.

        Raises:
            InvalidInputException, OperationTimeoutException,
                ResourceNumberLimitExceededException, GlueEncryptionException,
                FederationSourceException, AccessDeniedException,
                EntityNotFoundException, ConflictException, InternalServiceException
        """
        return cast(
            "shapes.TestConnectionResponse",
            self._call(
                "TestConnection",
                {
                    "connection_name": connection_name,
                    "test_connection_input": test_connection_input,
                },
            ),
        )

    def update_connection(
        self,
        *,
        name: str,
        connection_input: shapes.ConnectionInput,
        catalog_id: str | None = None,
    ) -> shapes.UpdateConnectionResponse:
        """
        Updates a connection definition in the Data Catalog.

        Args:
            name: The name of the connection definition to update.
            connection_input: A ConnectionInput object that redefines the connection in
                question.
            catalog_id: The ID of the Data Catalog in which the connection resides. If
                none is provided, the AWS account ID is used by default.

        Returns:
            The UpdateConnection output.

        Raises:
            InvalidInputException, EntityNotFoundException, OperationTimeoutException,
                GlueEncryptionException
        """
        return cast(
            "shapes.UpdateConnectionResponse",
            self._call(
                "UpdateConnection",
                {
                    "name": name,
                    "connection_input": connection_input,
                    "catalog_id": catalog_id,
                },
            ),
        )

    def paginate_get_connections(
        self,
        *,
        catalog_id: str | None = None,
        filter_: shapes.GetConnectionsFilter | None = None,
        hide_password: bool | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Paginator[shapes.GetConnectionsResponse, shapes.Connection]:
        """
        Retrieves a list of connection definitions from the Data Catalog.

        Pages of get_connections, fetched lazily: nothing is sent until the result is
        iterated (for page in ...), and each iteration starts from the first page. Its
        items() iterates the items of every page.

        Args:
            catalog_id: The ID of the Data Catalog in which the connections reside. If
                none is provided, the AWS account ID is used by default.
            filter_: A filter that controls which connections are returned.
            hide_password: Allows you to retrieve the connection metadata without
                returning the password. For instance, the AWS Glue console uses this
                flag to retrieve the connection, and does not display the password. Set
                this parameter when the caller might not have permission to use the AWS
                KMS key to decrypt the password, but it does have permission to access
                the rest of the connection properties.
            next_token: A continuation token, if this is a continuation call.
            max_results: The maximum number of connections to return in one response.

        Returns:
            A Paginator of GetConnections outputs.

        Raises:
            EntityNotFoundException, OperationTimeoutException, InvalidInputException,
                GlueEncryptionException
        """
        return self._paginate(
            "GetConnections",
            {
                "catalog_id": catalog_id,
                "filter_": filter_,
                "hide_password": hide_password,
                "next_token": next_token,
                "max_results": max_results,
            },
        )

    def wait_until_connection_ready(
        self,
        *,
        name: str,
        catalog_id: str | None = None,
        hide_password: bool | None = None,
        max_wait: float = DEFAULT_MAX_WAIT,
        min_delay: float | None = None,
        max_delay: float | None = None,
    ) -> shapes.GetConnectionResponse | None:
        """
        Wait until the connection's status is READY; fail if it becomes FAILED.

        Polls get_connection every 2s at first, backing off exponentially with jitter up
        to 120s, until a success state.

        Args:
            name: The name of the connection definition to retrieve.
            catalog_id: The ID of the Data Catalog in which the connection resides. If
                none is provided, the AWS account ID is used by default.
            hide_password: Allows you to retrieve the connection metadata without
                returning the password. For instance, the AWS Glue console uses this
                flag to retrieve the connection, and does not display the password. Set
                this parameter when the caller might not have permission to use the AWS
                KMS key to decrypt the password, but it does have permission to access
                the rest of the connection properties.
            max_wait: Seconds to wait in all before giving up.
            min_delay: Overrides the minimum delay between attempts (2s).
            max_delay: Overrides the maximum delay between attempts (120s).

        Returns:
            The last output (None when an error response meant success).

        Raises:
            WaiterError: a failure state, an unexpected error, or max_wait passed.
        """
        return cast(
            "shapes.GetConnectionResponse | None",
            self._wait(
                "ConnectionReady",
                {
                    "name": name,
                    "catalog_id": catalog_id,
                    "hide_password": hide_password,
                },
                max_wait=max_wait,
                min_delay=min_delay,
                max_delay=max_delay,
            ),
        )
