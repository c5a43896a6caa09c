"""
Server stub of Key Management API for BYOK: ConfluentByokHandler (subclass it) and
create_app.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from .._runtime.server.app import OperationNotImplemented, ServerApp

if TYPE_CHECKING:
    from . import shapes

__all__ = [
    "ConfluentByokHandler",
    "create_app",
]

# Operation → handler method: the table create_app hands the runtime.
_METHODS: dict[str, str] = {
    "CreateByokV1Key": "create_byok_v1_key",
    "DeleteByokV1Key": "delete_byok_v1_key",
    "GetByokV1Key": "get_byok_v1_key",
    "ListByokV1Keys": "list_byok_v1_keys",
    "UpdateByokV1Key": "update_byok_v1_key",
}


class ConfluentByokHandler:
    """
    Implements Key Management API for BYOK: subclass it in a module of your own,
    override the operations you serve and pass an instance to create_app.

    Each method receives the operation's input model, already validated as the client
    validates it, and returns its output model. Raise an exception of errors.py to
    answer with a modelled error; anything else raised is a 500 with a fixed message. An
    operation left as generated answers 501 Not Implemented.

    Regenerating rewrites this class, never your subclass: create_app reports every
    method of yours that no longer names an operation.
    """

    async def create_byok_v1_key(
        self, request: shapes.CreateByokV1KeyRequest
    ) -> shapes.CreateByokV1KeyResponse:
        """
        Make a request to create a key.

        Args:
            request: The CreateByokV1Key input, validated.

        Returns:
            The CreateByokV1Key output.

        Raises:
            Failure
        """
        raise OperationNotImplemented("CreateByokV1Key")

    async def delete_byok_v1_key(
        self, request: shapes.DeleteByokV1KeyRequest
    ) -> shapes.DeleteByokV1KeyResponse:
        """
        Make a request to delete a key.

        Args:
            request: The DeleteByokV1Key input, validated.

        Returns:
            The DeleteByokV1Key output.

        Raises:
            Failure
        """
        raise OperationNotImplemented("DeleteByokV1Key")

    async def get_byok_v1_key(
        self, request: shapes.GetByokV1KeyRequest
    ) -> shapes.GetByokV1KeyResponse:
        """
        Make a request to read a key.

        Args:
            request: The GetByokV1Key input, validated.

        Returns:
            The GetByokV1Key output.

        Raises:
            Failure
        """
        raise OperationNotImplemented("GetByokV1Key")

    async def list_byok_v1_keys(
        self, request: shapes.ListByokV1KeysRequest
    ) -> shapes.ListByokV1KeysResponse:
        """
        Retrieve a sorted, filtered, paginated list of all keys.

        Args:
            request: The ListByokV1Keys input, validated.

        Returns:
            The ListByokV1Keys output.

        Raises:
            Failure
        """
        raise OperationNotImplemented("ListByokV1Keys")

    async def update_byok_v1_key(
        self, request: shapes.UpdateByokV1KeyRequest
    ) -> shapes.UpdateByokV1KeyResponse:
        """
        Make a request to update a key.

        Args:
            request: The UpdateByokV1Key input, validated.

        Returns:
            The UpdateByokV1Key output.

        Raises:
            Failure
        """
        raise OperationNotImplemented("UpdateByokV1Key")


def create_app(
    handler: ConfluentByokHandler,
    *,
    verify_sigv4: bool = False,
    credentials: Mapping[str, str] | Callable[[str], str | None] | None = None,
    max_body: int | None = None,
    max_depth: int | None = None,
) -> ServerApp:
    """
    The ASGI 3 application of Key Management API for BYOK, answering with handler. Serve
    it with any ASGI server (apigen serve runs uvicorn), or call it in-process with
    AsgiTransport(app) or httpx.ASGITransport(app).

    Args:
        handler: An instance of ConfluentByokHandler (a subclass of it), or any object
            with some of its methods.
        verify_sigv4: Must stay False: Key Management API for BYOK does not use SigV4.
        credentials: Unused (no SigV4).
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
        base=ConfluentByokHandler,
        verify_sigv4=verify_sigv4,
        credentials=credentials,
        max_body=max_body,
        max_depth=max_depth,
    )
