"""Server stub of AWS Glue: GlueHandler (subclass it) and create_app."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from .._runtime.server.app import OperationNotImplemented, ServerApp

if TYPE_CHECKING:
    from . import shapes

__all__ = [
    "GlueHandler",
    "create_app",
]

# Operation → handler method: the table create_app hands the runtime.
_METHODS: dict[str, str] = {
    "BatchDeleteConnection": "batch_delete_connection",
    "CreateConnection": "create_connection",
    "DeleteConnection": "delete_connection",
    "GetConnection": "get_connection",
    "GetConnections": "get_connections",
    "TestConnection": "test_connection",
    "UpdateConnection": "update_connection",
}


class GlueHandler:
    """
    Implements AWS Glue: subclass it in a module of your own, override the operations
    you serve and pass an instance to create_app.

    Each method receives the operation's input model, already validated as the client
    validates it, and returns its output model. Raise an exception of errors.py to
    answer with a modelled error; anything else raised is a 500 with a fixed message. An
    operation left as generated answers 501 Not Implemented.

    Regenerating rewrites this class, never your subclass: create_app reports every
    method of yours that no longer names an operation.
    """

    async def batch_delete_connection(
        self, request: shapes.BatchDeleteConnectionRequest
    ) -> shapes.BatchDeleteConnectionResponse:
        """
        Deletes a list of connection definitions from the Data Catalog.

        Args:
            request: The BatchDeleteConnection input, validated.

        Returns:
            The BatchDeleteConnection output.

        Raises:
            InternalServiceException, OperationTimeoutException
        """
        raise OperationNotImplemented("BatchDeleteConnection")

    async def create_connection(
        self, request: shapes.CreateConnectionRequest
    ) -> shapes.CreateConnectionResponse:
        """
        Creates a connection definition in the Data Catalog. Connections used for
        creating federated resources require the IAM glue:PassConnection permission.

        Args:
            request: The CreateConnection input, validated.

        Returns:
            The CreateConnection output.

        Raises:
            AlreadyExistsException, InvalidInputException, OperationTimeoutException,
                ResourceNumberLimitExceededException, GlueEncryptionException
        """
        raise OperationNotImplemented("CreateConnection")

    async def delete_connection(
        self, request: shapes.DeleteConnectionRequest
    ) -> shapes.DeleteConnectionResponse:
        """
        Deletes a connection from the Data Catalog.

        Args:
            request: The DeleteConnection input, validated.

        Returns:
            The DeleteConnection output.

        Raises:
            EntityNotFoundException, OperationTimeoutException
        """
        raise OperationNotImplemented("DeleteConnection")

    async def get_connection(
        self, request: shapes.GetConnectionRequest
    ) -> shapes.GetConnectionResponse:
        """
        Retrieves a connection definition from the Data Catalog.

        Args:
            request: The GetConnection input, validated.

        Returns:
            The GetConnection output.

        Raises:
            EntityNotFoundException, OperationTimeoutException, InvalidInputException,
                GlueEncryptionException
        """
        raise OperationNotImplemented("GetConnection")

    async def get_connections(
        self, request: shapes.GetConnectionsRequest
    ) -> shapes.GetConnectionsResponse:
        """
        Retrieves a list of connection definitions from the Data Catalog.

        Args:
            request: The GetConnections input, validated.

        Returns:
            The GetConnections output.

        Raises:
            EntityNotFoundException, OperationTimeoutException, InvalidInputException,
                GlueEncryptionException
        """
        raise OperationNotImplemented("GetConnections")

    async def test_connection(
        self, request: shapes.TestConnectionRequest
    ) -> shapes.TestConnectionResponse:
        """
        Tests a connection to a service to validate the service credentials that you
        provide. You can either provide an existing connection name or a
        TestConnectionInput for testing a non-existing connection input. Providing both
        at the same time will cause an error. If the action is successful, the service
        sends back an HTTP 200 response.

        Args:
            request: The TestConnection input, validated.

        Returns:
            The TestConnection output.

        Raises:
            InvalidInputException, OperationTimeoutException,
                ResourceNumberLimitExceededException, GlueEncryptionException,
                FederationSourceException, AccessDeniedException,
                EntityNotFoundException, ConflictException, InternalServiceException
        """
        raise OperationNotImplemented("TestConnection")

    async def update_connection(
        self, request: shapes.UpdateConnectionRequest
    ) -> shapes.UpdateConnectionResponse:
        """
        Updates a connection definition in the Data Catalog.

        Args:
            request: The UpdateConnection input, validated.

        Returns:
            The UpdateConnection output.

        Raises:
            InvalidInputException, EntityNotFoundException, OperationTimeoutException,
                GlueEncryptionException
        """
        raise OperationNotImplemented("UpdateConnection")


def create_app(
    handler: GlueHandler,
    *,
    verify_sigv4: bool = False,
    credentials: Mapping[str, str] | Callable[[str], str | None] | None = None,
    max_body: int | None = None,
    max_depth: int | None = None,
) -> ServerApp:
    """
    The ASGI 3 application of AWS Glue, answering with handler. Serve it with any ASGI
    server (apigen serve runs uvicorn), or call it in-process with AsgiTransport(app) or
    httpx.ASGITransport(app).

    Args:
        handler: An instance of GlueHandler (a subclass of it), or any object with some
            of its methods.
        verify_sigv4: Check every request's SigV4 signature (403 when missing or wrong).
        credentials: Secret access key by access key id: a mapping, or a function
            returning None for an unknown id. Needed with verify_sigv4.
        max_body: Largest request body in bytes (413 beyond); None: 16 MiB.
        max_depth: Deepest nesting of arrays and objects a request body may have (400
            beyond); None: 64.

    Returns:
        The application (a ServerApp).

    Raises:
        HandlerError: a method of handler names no operation, or is not async.
    """
    from .operations import SERVICE

    return ServerApp(
        SERVICE,
        handler,
        methods=_METHODS,
        base=GlueHandler,
        verify_sigv4=verify_sigv4,
        credentials=credentials,
        max_body=max_body,
        max_depth=max_depth,
    )
