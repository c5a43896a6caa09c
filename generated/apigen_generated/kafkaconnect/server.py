"""
Server stub of Amazon MSK Connect: KafkaConnectHandler (subclass it) and create_app.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from .._runtime.server.app import OperationNotImplemented, ServerApp

if TYPE_CHECKING:
    from . import shapes

__all__ = [
    "KafkaConnectHandler",
    "create_app",
]

# Operation → handler method: the table create_app hands the runtime.
_METHODS: dict[str, str] = {
    "CreateConnector": "create_connector",
    "CreateCustomPlugin": "create_custom_plugin",
    "CreateWorkerConfiguration": "create_worker_configuration",
    "DeleteConnector": "delete_connector",
    "DeleteCustomPlugin": "delete_custom_plugin",
    "DeleteWorkerConfiguration": "delete_worker_configuration",
    "DescribeConnector": "describe_connector",
    "DescribeConnectorOperation": "describe_connector_operation",
    "DescribeCustomPlugin": "describe_custom_plugin",
    "DescribeWorkerConfiguration": "describe_worker_configuration",
    "ListConnectorOperations": "list_connector_operations",
    "ListConnectors": "list_connectors",
    "ListCustomPlugins": "list_custom_plugins",
    "ListTagsForResource": "list_tags_for_resource",
    "ListWorkerConfigurations": "list_worker_configurations",
    "TagResource": "tag_resource",
    "UntagResource": "untag_resource",
    "UpdateConnector": "update_connector",
}


class KafkaConnectHandler:
    """
    Implements Amazon MSK Connect: subclass it in a module of your own, override the
    operations you serve and pass an instance to create_app.

    Each method receives the operation's input model, already validated as the client
    validates it, and returns its output model. Raise an exception of errors.py to
    answer with a modelled error; anything else raised is a 500 with a fixed message. An
    operation left as generated answers 501 Not Implemented.

    Regenerating rewrites this class, never your subclass: create_app reports every
    method of yours that no longer names an operation.
    """

    async def create_connector(
        self, request: shapes.CreateConnectorRequest
    ) -> shapes.CreateConnectorResponse:
        """
        Creates a connector using the specified properties.

        Args:
            request: The CreateConnector input, validated.

        Returns:
            The CreateConnector output.

        Raises:
            BadRequestException, ConflictException, ForbiddenException,
                InternalServerErrorException, NotFoundException,
                ServiceUnavailableException, TooManyRequestsException,
                UnauthorizedException
        """
        raise OperationNotImplemented("CreateConnector")

    async def create_custom_plugin(
        self, request: shapes.CreateCustomPluginRequest
    ) -> shapes.CreateCustomPluginResponse:
        """
        Creates a custom plugin using the specified properties.

        Args:
            request: The CreateCustomPlugin input, validated.

        Returns:
            The CreateCustomPlugin output.

        Raises:
            BadRequestException, ConflictException, ForbiddenException,
                InternalServerErrorException, NotFoundException,
                ServiceUnavailableException, TooManyRequestsException,
                UnauthorizedException
        """
        raise OperationNotImplemented("CreateCustomPlugin")

    async def create_worker_configuration(
        self, request: shapes.CreateWorkerConfigurationRequest
    ) -> shapes.CreateWorkerConfigurationResponse:
        """
        Creates a worker configuration using the specified properties.

        Args:
            request: The CreateWorkerConfiguration input, validated.

        Returns:
            The CreateWorkerConfiguration output.

        Raises:
            BadRequestException, ConflictException, ForbiddenException,
                InternalServerErrorException, NotFoundException,
                ServiceUnavailableException, TooManyRequestsException,
                UnauthorizedException
        """
        raise OperationNotImplemented("CreateWorkerConfiguration")

    async def delete_connector(
        self, request: shapes.DeleteConnectorRequest
    ) -> shapes.DeleteConnectorResponse:
        """
        Deletes the specified connector.

        Args:
            request: The DeleteConnector input, validated.

        Returns:
            The DeleteConnector output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        raise OperationNotImplemented("DeleteConnector")

    async def delete_custom_plugin(
        self, request: shapes.DeleteCustomPluginRequest
    ) -> shapes.DeleteCustomPluginResponse:
        """
        Deletes a custom plugin.

        Args:
            request: The DeleteCustomPlugin input, validated.

        Returns:
            The DeleteCustomPlugin output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        raise OperationNotImplemented("DeleteCustomPlugin")

    async def delete_worker_configuration(
        self, request: shapes.DeleteWorkerConfigurationRequest
    ) -> shapes.DeleteWorkerConfigurationResponse:
        """
        Deletes the specified worker configuration.

        Args:
            request: The DeleteWorkerConfiguration input, validated.

        Returns:
            The DeleteWorkerConfiguration output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        raise OperationNotImplemented("DeleteWorkerConfiguration")

    async def describe_connector(
        self, request: shapes.DescribeConnectorRequest
    ) -> shapes.DescribeConnectorResponse:
        """
        Returns summary information about the connector.

        Args:
            request: The DescribeConnector input, validated.

        Returns:
            The DescribeConnector output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        raise OperationNotImplemented("DescribeConnector")

    async def describe_connector_operation(
        self, request: shapes.DescribeConnectorOperationRequest
    ) -> shapes.DescribeConnectorOperationResponse:
        """
        Returns information about the specified connector's operations.

        Args:
            request: The DescribeConnectorOperation input, validated.

        Returns:
            The DescribeConnectorOperation output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        raise OperationNotImplemented("DescribeConnectorOperation")

    async def describe_custom_plugin(
        self, request: shapes.DescribeCustomPluginRequest
    ) -> shapes.DescribeCustomPluginResponse:
        """
        A summary description of the custom plugin.

        Args:
            request: The DescribeCustomPlugin input, validated.

        Returns:
            The DescribeCustomPlugin output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        raise OperationNotImplemented("DescribeCustomPlugin")

    async def describe_worker_configuration(
        self, request: shapes.DescribeWorkerConfigurationRequest
    ) -> shapes.DescribeWorkerConfigurationResponse:
        """
        Returns information about a worker configuration.

        Args:
            request: The DescribeWorkerConfiguration input, validated.

        Returns:
            The DescribeWorkerConfiguration output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        raise OperationNotImplemented("DescribeWorkerConfiguration")

    async def list_connector_operations(
        self, request: shapes.ListConnectorOperationsRequest
    ) -> shapes.ListConnectorOperationsResponse:
        """
        Lists information about a connector's operation(s).

        Args:
            request: The ListConnectorOperations input, validated.

        Returns:
            The ListConnectorOperations output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        raise OperationNotImplemented("ListConnectorOperations")

    async def list_connectors(
        self, request: shapes.ListConnectorsRequest
    ) -> shapes.ListConnectorsResponse:
        """
        Returns a list of all the connectors in this account and Region. The list is
        limited to connectors whose name starts with the specified prefix. The response
        also includes a description of each of the listed connectors.

        Args:
            request: The ListConnectors input, validated.

        Returns:
            The ListConnectors output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        raise OperationNotImplemented("ListConnectors")

    async def list_custom_plugins(
        self, request: shapes.ListCustomPluginsRequest
    ) -> shapes.ListCustomPluginsResponse:
        """
        Returns a list of all of the custom plugins in this account and Region.

        Args:
            request: The ListCustomPlugins input, validated.

        Returns:
            The ListCustomPlugins output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        raise OperationNotImplemented("ListCustomPlugins")

    async def list_tags_for_resource(
        self, request: shapes.ListTagsForResourceRequest
    ) -> shapes.ListTagsForResourceResponse:
        """
        Lists all the tags attached to the specified resource.

        Args:
            request: The ListTagsForResource input, validated.

        Returns:
            The ListTagsForResource output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        raise OperationNotImplemented("ListTagsForResource")

    async def list_worker_configurations(
        self, request: shapes.ListWorkerConfigurationsRequest
    ) -> shapes.ListWorkerConfigurationsResponse:
        """
        Returns a list of all of the worker configurations in this account and Region.

        Args:
            request: The ListWorkerConfigurations input, validated.

        Returns:
            The ListWorkerConfigurations output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        raise OperationNotImplemented("ListWorkerConfigurations")

    async def tag_resource(self, request: shapes.TagResourceRequest) -> shapes.TagResourceResponse:
        """
        Attaches tags to the specified resource.

        Args:
            request: The TagResource input, validated.

        Returns:
            The TagResource output.

        Raises:
            BadRequestException, ConflictException, ForbiddenException,
                InternalServerErrorException, NotFoundException,
                ServiceUnavailableException, TooManyRequestsException,
                UnauthorizedException
        """
        raise OperationNotImplemented("TagResource")

    async def untag_resource(
        self, request: shapes.UntagResourceRequest
    ) -> shapes.UntagResourceResponse:
        """
        Removes tags from the specified resource.

        Args:
            request: The UntagResource input, validated.

        Returns:
            The UntagResource output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        raise OperationNotImplemented("UntagResource")

    async def update_connector(
        self, request: shapes.UpdateConnectorRequest
    ) -> shapes.UpdateConnectorResponse:
        """
        Updates the specified connector. For request body, specify only one parameter:
        either capacity or connectorConfiguration.

        Args:
            request: The UpdateConnector input, validated.

        Returns:
            The UpdateConnector output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        raise OperationNotImplemented("UpdateConnector")


def create_app(
    handler: KafkaConnectHandler,
    *,
    verify_sigv4: bool = False,
    credentials: Mapping[str, str] | Callable[[str], str | None] | None = None,
    max_body: int | None = None,
    max_depth: int | None = None,
) -> ServerApp:
    """
    The ASGI 3 application of Amazon MSK Connect, answering with handler. Serve it with
    any ASGI server (apigen serve runs uvicorn), or call it in-process with
    AsgiTransport(app) or httpx.ASGITransport(app).

    Args:
        handler: An instance of KafkaConnectHandler (a subclass of it), or any object
            with some of its methods.
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
        base=KafkaConnectHandler,
        verify_sigv4=verify_sigv4,
        credentials=credentials,
        max_body=max_body,
        max_depth=max_depth,
    )
