"""Async client of Amazon MSK Connect: AsyncKafkaConnectClient."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._runtime.client.base import AsyncBaseClient, DEFAULT_MAX_WAIT, DEFAULT_TIMEOUT, LazyService

if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Literal

    import httpx

    from . import shapes
    from .._runtime.client.hooks import Interceptor
    from .._runtime.client.paginate import AsyncPaginator
    from .._runtime.client.retries import RetryConfig
    from .._runtime.transport.asgi import BlockingTransport
    from .._runtime.transport.base import AsyncTransport

__all__ = [
    "AsyncKafkaConnectClient",
]


class AsyncKafkaConnectClient(AsyncBaseClient):
    """Amazon MSK Connect (version 2021-09-14)."""

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
            AsyncTransport | BlockingTransport | httpx.AsyncClient | httpx.AsyncBaseTransport | None
        ) = None,
        interceptors: Sequence[Interceptor] = (),
    ) -> None:
        """
        A async client of Amazon MSK Connect. Nothing is resolved or sent until the
        first call.

        Args:
            region: AWS region; else AWS_REGION, AWS_DEFAULT_REGION or the config file.
            endpoint_url: Base URL instead of
                https://kafkaconnect.{region}.amazonaws.com.
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

    async def create_connector(
        self,
        *,
        capacity: shapes.Capacity,
        connector_configuration: dict[str, str],
        connector_name: str,
        kafka_cluster: shapes.KafkaCluster,
        kafka_cluster_client_authentication: shapes.KafkaClusterClientAuthentication,
        kafka_cluster_encryption_in_transit: shapes.KafkaClusterEncryptionInTransit,
        kafka_connect_version: str,
        plugins: list[shapes.Plugin],
        service_execution_role_arn: str,
        connector_description: str | None = None,
        log_delivery: shapes.LogDelivery | None = None,
        network_type: shapes.NetworkType | Literal["IPV4", "DUAL"] | None = None,
        tags: dict[str, str] | None = None,
        worker_configuration: shapes.WorkerConfiguration | None = None,
    ) -> shapes.CreateConnectorResponse:
        """
        Creates a connector using the specified properties.

        Args:
            capacity: Information about the capacity allocated to the connector. Exactly
                one of the two properties must be specified.
            connector_configuration: A map of keys to values that represent the
                configuration for the connector.
            connector_name: The name of the connector.
            kafka_cluster: Specifies which Apache Kafka cluster to connect to.
            kafka_cluster_client_authentication: Details of the client authentication
                used by the Apache Kafka cluster.
            kafka_cluster_encryption_in_transit: Details of encryption in transit to the
                Apache Kafka cluster.
            kafka_connect_version: The version of Kafka Connect. It has to be compatible
                with both the Apache Kafka cluster's version and the plugins.
            plugins: Important: Amazon MSK Connect does not currently support specifying
                multiple plugins as a list. To use more than one plugin for your
                connector, you can create a single custom plugin using a ZIP file that
                bundles multiple plugins together. Specifies which plugin to use for the
                connector. You must specify a single-element list containing one
                customPlugin object.
            service_execution_role_arn: The Amazon Resource Name (ARN) of the IAM role
                used by the connector to access the Amazon Web Services resources that
                it needs. The types of resources depends on the logic of the connector.
                For example, a connector that has Amazon S3 as a destination must have
                permissions that allow it to write to the S3 destination bucket.
            connector_description: A summary description of the connector.
            log_delivery: Details about log delivery.
            network_type: The network type of the connector. It gives connectors
                connectivity to either IPv4 (IPV4) or IPv4 and IPv6 (DUAL) destinations.
                Defaults to IPV4.
            tags: The tags you want to attach to the connector.
            worker_configuration: Specifies which worker configuration to use with the
                connector.

        Returns:
            The CreateConnector output.

        Raises:
            BadRequestException, ConflictException, ForbiddenException,
                InternalServerErrorException, NotFoundException,
                ServiceUnavailableException, TooManyRequestsException,
                UnauthorizedException
        """
        return cast(
            "shapes.CreateConnectorResponse",
            await self._call(
                "CreateConnector",
                {
                    "capacity": capacity,
                    "connector_configuration": connector_configuration,
                    "connector_name": connector_name,
                    "kafka_cluster": kafka_cluster,
                    "kafka_cluster_client_authentication": kafka_cluster_client_authentication,
                    "kafka_cluster_encryption_in_transit": kafka_cluster_encryption_in_transit,
                    "kafka_connect_version": kafka_connect_version,
                    "plugins": plugins,
                    "service_execution_role_arn": service_execution_role_arn,
                    "connector_description": connector_description,
                    "log_delivery": log_delivery,
                    "network_type": network_type,
                    "tags": tags,
                    "worker_configuration": worker_configuration,
                },
            ),
        )

    async def create_custom_plugin(
        self,
        *,
        content_type: shapes.CustomPluginContentType | Literal["JAR", "ZIP"],
        location: shapes.CustomPluginLocation,
        name: str,
        description: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> shapes.CreateCustomPluginResponse:
        """
        Creates a custom plugin using the specified properties.

        Args:
            content_type: The type of the plugin file.
            location: Information about the location of a custom plugin.
            name: The name of the custom plugin.
            description: A summary description of the custom plugin.
            tags: The tags you want to attach to the custom plugin.

        Returns:
            The CreateCustomPlugin output.

        Raises:
            BadRequestException, ConflictException, ForbiddenException,
                InternalServerErrorException, NotFoundException,
                ServiceUnavailableException, TooManyRequestsException,
                UnauthorizedException
        """
        return cast(
            "shapes.CreateCustomPluginResponse",
            await self._call(
                "CreateCustomPlugin",
                {
                    "content_type": content_type,
                    "location": location,
                    "name": name,
                    "description": description,
                    "tags": tags,
                },
            ),
        )

    async def create_worker_configuration(
        self,
        *,
        name: str,
        properties_file_content: str,
        description: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> shapes.CreateWorkerConfigurationResponse:
        """
        Creates a worker configuration using the specified properties.

        Args:
            name: The name of the worker configuration.
            properties_file_content: Base64 encoded contents of
                connect-distributed.properties file.
            description: A summary description of the worker configuration.
            tags: The tags you want to attach to the worker configuration.

        Returns:
            The CreateWorkerConfiguration output.

        Raises:
            BadRequestException, ConflictException, ForbiddenException,
                InternalServerErrorException, NotFoundException,
                ServiceUnavailableException, TooManyRequestsException,
                UnauthorizedException
        """
        return cast(
            "shapes.CreateWorkerConfigurationResponse",
            await self._call(
                "CreateWorkerConfiguration",
                {
                    "name": name,
                    "properties_file_content": properties_file_content,
                    "description": description,
                    "tags": tags,
                },
            ),
        )

    async def delete_connector(
        self,
        *,
        connector_arn: str,
        current_version: str | None = None,
    ) -> shapes.DeleteConnectorResponse:
        """
        Deletes the specified connector.

        Args:
            connector_arn: The Amazon Resource Name (ARN) of the connector that you want
                to delete.
            current_version: The current version of the connector that you want to
                delete.

        Returns:
            The DeleteConnector output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        return cast(
            "shapes.DeleteConnectorResponse",
            await self._call(
                "DeleteConnector",
                {
                    "connector_arn": connector_arn,
                    "current_version": current_version,
                },
            ),
        )

    async def delete_custom_plugin(
        self,
        *,
        custom_plugin_arn: str,
    ) -> shapes.DeleteCustomPluginResponse:
        """
        Deletes a custom plugin.

        Args:
            custom_plugin_arn: The Amazon Resource Name (ARN) of the custom plugin that
                you want to delete.

        Returns:
            The DeleteCustomPlugin output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        return cast(
            "shapes.DeleteCustomPluginResponse",
            await self._call(
                "DeleteCustomPlugin",
                {
                    "custom_plugin_arn": custom_plugin_arn,
                },
            ),
        )

    async def delete_worker_configuration(
        self,
        *,
        worker_configuration_arn: str,
    ) -> shapes.DeleteWorkerConfigurationResponse:
        """
        Deletes the specified worker configuration.

        Args:
            worker_configuration_arn: The Amazon Resource Name (ARN) of the worker
                configuration that you want to delete.

        Returns:
            The DeleteWorkerConfiguration output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        return cast(
            "shapes.DeleteWorkerConfigurationResponse",
            await self._call(
                "DeleteWorkerConfiguration",
                {
                    "worker_configuration_arn": worker_configuration_arn,
                },
            ),
        )

    async def describe_connector(
        self,
        *,
        connector_arn: str,
    ) -> shapes.DescribeConnectorResponse:
        """
        Returns summary information about the connector.

        Args:
            connector_arn: The Amazon Resource Name (ARN) of the connector that you want
                to describe.

        Returns:
            The DescribeConnector output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        return cast(
            "shapes.DescribeConnectorResponse",
            await self._call(
                "DescribeConnector",
                {
                    "connector_arn": connector_arn,
                },
            ),
        )

    async def describe_connector_operation(
        self,
        *,
        connector_operation_arn: str,
    ) -> shapes.DescribeConnectorOperationResponse:
        """
        Returns information about the specified connector's operations.

        Args:
            connector_operation_arn: ARN of the connector operation to be described.

        Returns:
            The DescribeConnectorOperation output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        return cast(
            "shapes.DescribeConnectorOperationResponse",
            await self._call(
                "DescribeConnectorOperation",
                {
                    "connector_operation_arn": connector_operation_arn,
                },
            ),
        )

    async def describe_custom_plugin(
        self,
        *,
        custom_plugin_arn: str,
    ) -> shapes.DescribeCustomPluginResponse:
        """
        A summary description of the custom plugin.

        Args:
            custom_plugin_arn: Returns information about a custom plugin.

        Returns:
            The DescribeCustomPlugin output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        return cast(
            "shapes.DescribeCustomPluginResponse",
            await self._call(
                "DescribeCustomPlugin",
                {
                    "custom_plugin_arn": custom_plugin_arn,
                },
            ),
        )

    async def describe_worker_configuration(
        self,
        *,
        worker_configuration_arn: str,
    ) -> shapes.DescribeWorkerConfigurationResponse:
        """
        Returns information about a worker configuration.

        Args:
            worker_configuration_arn: The Amazon Resource Name (ARN) of the worker
                configuration that you want to get information about.

        Returns:
            The DescribeWorkerConfiguration output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        return cast(
            "shapes.DescribeWorkerConfigurationResponse",
            await self._call(
                "DescribeWorkerConfiguration",
                {
                    "worker_configuration_arn": worker_configuration_arn,
                },
            ),
        )

    async def list_connector_operations(
        self,
        *,
        connector_arn: str,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> shapes.ListConnectorOperationsResponse:
        """
        Lists information about a connector's operation(s).

        Args:
            connector_arn: The Amazon Resource Name (ARN) of the connector for which to
                list operations.
            max_results: Maximum number of connector operations to fetch in one get
                request.
            next_token: If the response is truncated, it includes a NextToken. Send this
                NextToken in a subsequent request to continue listing from where it left
                off.

        Returns:
            The ListConnectorOperations output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        return cast(
            "shapes.ListConnectorOperationsResponse",
            await self._call(
                "ListConnectorOperations",
                {
                    "connector_arn": connector_arn,
                    "max_results": max_results,
                    "next_token": next_token,
                },
            ),
        )

    async def list_connectors(
        self,
        *,
        connector_name_prefix: str | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> shapes.ListConnectorsResponse:
        """
        Returns a list of all the connectors in this account and Region. The list is
        limited to connectors whose name starts with the specified prefix. The response
        also includes a description of each of the listed connectors.

        Args:
            connector_name_prefix: The name prefix that you want to use to search for
                and list connectors.
            max_results: The maximum number of connectors to list in one response.
            next_token: If the response of a ListConnectors operation is truncated, it
                will include a NextToken. Send this NextToken in a subsequent request to
                continue listing from where the previous operation left off.

        Returns:
            The ListConnectors output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        return cast(
            "shapes.ListConnectorsResponse",
            await self._call(
                "ListConnectors",
                {
                    "connector_name_prefix": connector_name_prefix,
                    "max_results": max_results,
                    "next_token": next_token,
                },
            ),
        )

    async def list_custom_plugins(
        self,
        *,
        max_results: int | None = None,
        name_prefix: str | None = None,
        next_token: str | None = None,
    ) -> shapes.ListCustomPluginsResponse:
        """
        Returns a list of all of the custom plugins in this account and Region.

        Args:
            max_results: The maximum number of custom plugins to list in one response.
            name_prefix: Lists custom plugin names that start with the specified text
                string.
            next_token: If the response of a ListCustomPlugins operation is truncated,
                it will include a NextToken. Send this NextToken in a subsequent request
                to continue listing from where the previous operation left off.

        Returns:
            The ListCustomPlugins output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        return cast(
            "shapes.ListCustomPluginsResponse",
            await self._call(
                "ListCustomPlugins",
                {
                    "max_results": max_results,
                    "name_prefix": name_prefix,
                    "next_token": next_token,
                },
            ),
        )

    async def list_tags_for_resource(
        self,
        *,
        resource_arn: str,
    ) -> shapes.ListTagsForResourceResponse:
        """
        Lists all the tags attached to the specified resource.

        Args:
            resource_arn: The Amazon Resource Name (ARN) of the resource for which you
                want to list all attached tags.

        Returns:
            The ListTagsForResource output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        return cast(
            "shapes.ListTagsForResourceResponse",
            await self._call(
                "ListTagsForResource",
                {
                    "resource_arn": resource_arn,
                },
            ),
        )

    async def list_worker_configurations(
        self,
        *,
        max_results: int | None = None,
        name_prefix: str | None = None,
        next_token: str | None = None,
    ) -> shapes.ListWorkerConfigurationsResponse:
        """
        Returns a list of all of the worker configurations in this account and Region.

        Args:
            max_results: The maximum number of worker configurations to list in one
                response.
            name_prefix: Lists worker configuration names that start with the specified
                text string.
            next_token: If the response of a ListWorkerConfigurations operation is
                truncated, it will include a NextToken. Send this NextToken in a
                subsequent request to continue listing from where the previous operation
                left off.

        Returns:
            The ListWorkerConfigurations output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        return cast(
            "shapes.ListWorkerConfigurationsResponse",
            await self._call(
                "ListWorkerConfigurations",
                {
                    "max_results": max_results,
                    "name_prefix": name_prefix,
                    "next_token": next_token,
                },
            ),
        )

    async def tag_resource(
        self,
        *,
        resource_arn: str,
        tags: dict[str, str],
    ) -> shapes.TagResourceResponse:
        """
        Attaches tags to the specified resource.

        Args:
            resource_arn: The Amazon Resource Name (ARN) of the resource to which you
                want to attach tags.
            tags: The tags that you want to attach to the resource.

        Returns:
            The TagResource output.

        Raises:
            BadRequestException, ConflictException, ForbiddenException,
                InternalServerErrorException, NotFoundException,
                ServiceUnavailableException, TooManyRequestsException,
                UnauthorizedException
        """
        return cast(
            "shapes.TagResourceResponse",
            await self._call(
                "TagResource",
                {
                    "resource_arn": resource_arn,
                    "tags": tags,
                },
            ),
        )

    async def untag_resource(
        self,
        *,
        resource_arn: str,
        tag_keys: list[str],
    ) -> shapes.UntagResourceResponse:
        """
        Removes tags from the specified resource.

        Args:
            resource_arn: The Amazon Resource Name (ARN) of the resource from which you
                want to remove tags.
            tag_keys: The keys of the tags that you want to remove from the resource.

        Returns:
            The UntagResource output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        return cast(
            "shapes.UntagResourceResponse",
            await self._call(
                "UntagResource",
                {
                    "resource_arn": resource_arn,
                    "tag_keys": tag_keys,
                },
            ),
        )

    async def update_connector(
        self,
        *,
        connector_arn: str,
        current_version: str,
        capacity: shapes.CapacityUpdate | None = None,
        connector_configuration: dict[str, str] | None = None,
    ) -> shapes.UpdateConnectorResponse:
        """
        Updates the specified connector. For request body, specify only one parameter:
        either capacity or connectorConfiguration.

        Args:
            connector_arn: The Amazon Resource Name (ARN) of the connector that you want
                to update.
            current_version: The current version of the connector that you want to
                update.
            capacity: The target capacity.
            connector_configuration: A map of keys to values that represent the
                configuration for the connector.

        Returns:
            The UpdateConnector output.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        return cast(
            "shapes.UpdateConnectorResponse",
            await self._call(
                "UpdateConnector",
                {
                    "connector_arn": connector_arn,
                    "current_version": current_version,
                    "capacity": capacity,
                    "connector_configuration": connector_configuration,
                },
            ),
        )

    def paginate_list_connector_operations(
        self,
        *,
        connector_arn: str,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> AsyncPaginator[shapes.ListConnectorOperationsResponse, shapes.ConnectorOperationSummary]:
        """
        Lists information about a connector's operation(s).

        Pages of list_connector_operations, fetched lazily: nothing is sent until the
        result is iterated (async for page in ...), and each iteration starts from the
        first page. Its items() iterates the items of every page.

        Args:
            connector_arn: The Amazon Resource Name (ARN) of the connector for which to
                list operations.
            max_results: Maximum number of connector operations to fetch in one get
                request.
            next_token: If the response is truncated, it includes a NextToken. Send this
                NextToken in a subsequent request to continue listing from where it left
                off.

        Returns:
            A AsyncPaginator of ListConnectorOperations outputs.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        return self._paginate(
            "ListConnectorOperations",
            {
                "connector_arn": connector_arn,
                "max_results": max_results,
                "next_token": next_token,
            },
        )

    def paginate_list_connectors(
        self,
        *,
        connector_name_prefix: str | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> AsyncPaginator[shapes.ListConnectorsResponse, shapes.ConnectorSummary]:
        """
        Returns a list of all the connectors in this account and Region. The list is
        limited to connectors whose name starts with the specified prefix. The response
        also includes a description of each of the listed connectors.

        Pages of list_connectors, fetched lazily: nothing is sent until the result is
        iterated (async for page in ...), and each iteration starts from the first page.
        Its items() iterates the items of every page.

        Args:
            connector_name_prefix: The name prefix that you want to use to search for
                and list connectors.
            max_results: The maximum number of connectors to list in one response.
            next_token: If the response of a ListConnectors operation is truncated, it
                will include a NextToken. Send this NextToken in a subsequent request to
                continue listing from where the previous operation left off.

        Returns:
            A AsyncPaginator of ListConnectors outputs.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        return self._paginate(
            "ListConnectors",
            {
                "connector_name_prefix": connector_name_prefix,
                "max_results": max_results,
                "next_token": next_token,
            },
        )

    def paginate_list_custom_plugins(
        self,
        *,
        max_results: int | None = None,
        name_prefix: str | None = None,
        next_token: str | None = None,
    ) -> AsyncPaginator[shapes.ListCustomPluginsResponse, shapes.CustomPluginSummary]:
        """
        Returns a list of all of the custom plugins in this account and Region.

        Pages of list_custom_plugins, fetched lazily: nothing is sent until the result
        is iterated (async for page in ...), and each iteration starts from the first
        page. Its items() iterates the items of every page.

        Args:
            max_results: The maximum number of custom plugins to list in one response.
            name_prefix: Lists custom plugin names that start with the specified text
                string.
            next_token: If the response of a ListCustomPlugins operation is truncated,
                it will include a NextToken. Send this NextToken in a subsequent request
                to continue listing from where the previous operation left off.

        Returns:
            A AsyncPaginator of ListCustomPlugins outputs.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        return self._paginate(
            "ListCustomPlugins",
            {
                "max_results": max_results,
                "name_prefix": name_prefix,
                "next_token": next_token,
            },
        )

    def paginate_list_worker_configurations(
        self,
        *,
        max_results: int | None = None,
        name_prefix: str | None = None,
        next_token: str | None = None,
    ) -> AsyncPaginator[shapes.ListWorkerConfigurationsResponse, shapes.WorkerConfigurationSummary]:
        """
        Returns a list of all of the worker configurations in this account and Region.

        Pages of list_worker_configurations, fetched lazily: nothing is sent until the
        result is iterated (async for page in ...), and each iteration starts from the
        first page. Its items() iterates the items of every page.

        Args:
            max_results: The maximum number of worker configurations to list in one
                response.
            name_prefix: Lists worker configuration names that start with the specified
                text string.
            next_token: If the response of a ListWorkerConfigurations operation is
                truncated, it will include a NextToken. Send this NextToken in a
                subsequent request to continue listing from where the previous operation
                left off.

        Returns:
            A AsyncPaginator of ListWorkerConfigurations outputs.

        Raises:
            BadRequestException, ForbiddenException, InternalServerErrorException,
                NotFoundException, ServiceUnavailableException,
                TooManyRequestsException, UnauthorizedException
        """
        return self._paginate(
            "ListWorkerConfigurations",
            {
                "max_results": max_results,
                "name_prefix": name_prefix,
                "next_token": next_token,
            },
        )

    async def wait_until_connector_deleted(
        self,
        *,
        connector_arn: str,
        max_wait: float = DEFAULT_MAX_WAIT,
        min_delay: float | None = None,
        max_delay: float | None = None,
    ) -> shapes.DescribeConnectorResponse | None:
        """
        Wait until the connector has been deleted.

        Polls describe_connector every 10s at first, backing off exponentially with
        jitter up to 120s, until a success state.

        Args:
            connector_arn: The Amazon Resource Name (ARN) of the connector that you want
                to describe.
            max_wait: Seconds to wait in all before giving up.
            min_delay: Overrides the minimum delay between attempts (10s).
            max_delay: Overrides the maximum delay between attempts (120s).

        Returns:
            The last output (None when an error response meant success).

        Raises:
            WaiterError: a failure state, an unexpected error, or max_wait passed.
        """
        return cast(
            "shapes.DescribeConnectorResponse | None",
            await self._wait(
                "ConnectorDeleted",
                {
                    "connector_arn": connector_arn,
                },
                max_wait=max_wait,
                min_delay=min_delay,
                max_delay=max_delay,
            ),
        )

    async def wait_until_connector_running(
        self,
        *,
        connector_arn: str,
        max_wait: float = DEFAULT_MAX_WAIT,
        min_delay: float | None = None,
        max_delay: float | None = None,
    ) -> shapes.DescribeConnectorResponse | None:
        """
        Wait until the connector is RUNNING.

        Polls describe_connector every 10s at first, backing off exponentially with
        jitter up to 120s, until a success state.

        Args:
            connector_arn: The Amazon Resource Name (ARN) of the connector that you want
                to describe.
            max_wait: Seconds to wait in all before giving up.
            min_delay: Overrides the minimum delay between attempts (10s).
            max_delay: Overrides the maximum delay between attempts (120s).

        Returns:
            The last output (None when an error response meant success).

        Raises:
            WaiterError: a failure state, an unexpected error, or max_wait passed.
        """
        return cast(
            "shapes.DescribeConnectorResponse | None",
            await self._wait(
                "ConnectorRunning",
                {
                    "connector_arn": connector_arn,
                },
                max_wait=max_wait,
                min_delay=min_delay,
                max_delay=max_delay,
            ),
        )

    async def wait_until_custom_plugin_active(
        self,
        *,
        custom_plugin_arn: str,
        max_wait: float = DEFAULT_MAX_WAIT,
        min_delay: float | None = None,
        max_delay: float | None = None,
    ) -> shapes.DescribeCustomPluginResponse | None:
        """
        Wait until the custom plugin is ACTIVE.

        Polls describe_custom_plugin every 2s at first, backing off exponentially with
        jitter up to 120s, until a success state.

        Args:
            custom_plugin_arn: Returns information about a custom plugin.
            max_wait: Seconds to wait in all before giving up.
            min_delay: Overrides the minimum delay between attempts (2s).
            max_delay: Overrides the maximum delay between attempts (120s).

        Returns:
            The last output (None when an error response meant success).

        Raises:
            WaiterError: a failure state, an unexpected error, or max_wait passed.
        """
        return cast(
            "shapes.DescribeCustomPluginResponse | None",
            await self._wait(
                "CustomPluginActive",
                {
                    "custom_plugin_arn": custom_plugin_arn,
                },
                max_wait=max_wait,
                min_delay=min_delay,
                max_delay=max_delay,
            ),
        )

    async def wait_until_worker_configuration_active(
        self,
        *,
        worker_configuration_arn: str,
        max_wait: float = DEFAULT_MAX_WAIT,
        min_delay: float | None = None,
        max_delay: float | None = None,
    ) -> shapes.DescribeWorkerConfigurationResponse | None:
        """
        Wait until the worker configuration is ACTIVE.

        Polls describe_worker_configuration every 2s at first, backing off exponentially
        with jitter up to 120s, until a success state.

        Args:
            worker_configuration_arn: The Amazon Resource Name (ARN) of the worker
                configuration that you want to get information about.
            max_wait: Seconds to wait in all before giving up.
            min_delay: Overrides the minimum delay between attempts (2s).
            max_delay: Overrides the maximum delay between attempts (120s).

        Returns:
            The last output (None when an error response meant success).

        Raises:
            WaiterError: a failure state, an unexpected error, or max_wait passed.
        """
        return cast(
            "shapes.DescribeWorkerConfigurationResponse | None",
            await self._wait(
                "WorkerConfigurationActive",
                {
                    "worker_configuration_arn": worker_configuration_arn,
                },
                max_wait=max_wait,
                min_delay=min_delay,
                max_delay=max_delay,
            ),
        )
