"""Client of Amazon EMR Containers: EMRContainersClient."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._runtime.client.base import BaseClient, DEFAULT_MAX_WAIT, DEFAULT_TIMEOUT, LazyService

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime
    from typing import Literal

    import httpx

    from . import shapes
    from .._runtime.client.hooks import Interceptor
    from .._runtime.client.paginate import Paginator
    from .._runtime.client.retries import RetryConfig
    from .._runtime.transport.base import Transport

__all__ = [
    "EMRContainersClient",
]


class EMRContainersClient(BaseClient):
    """
    Amazon EMR on EKS provides a deployment option for Amazon EMR that allows you to run
    open-source big data frameworks on Amazon Elastic Kubernetes Service (Amazon EKS).
    With this deployment option, you can focus on running analytics workloads while
    Amazon EMR on EKS builds, configures, and manages containers for open-source
    applications. For more information about Amazon EMR on EKS concepts and tasks, see
    What is Amazon EMR on EKS.

    Amazon EMR containers is the API name for Amazon EMR on EKS. The emr-containers
    prefix is used in the following scenarios:

    - It is the prefix in the CLI commands for Amazon EMR on EKS. For example, aws
      emr-containers start-job-run.
    - It is the prefix before IAM policy actions for Amazon EMR on EKS. For example,
      "Action": ["emr-containers:StartJobRun"]. For more information, see Policy actions
      for Amazon EMR on EKS.
    - It is the prefix used in Amazon EMR on EKS service endpoints. For example,
      emr-containers.us-east-2.amazonaws.com. For more information, see Amazon EMR on
      EKS Service Endpoints.
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
        A client of Amazon EMR Containers. Nothing is resolved or sent until the first
        call.

        Args:
            region: AWS region; else AWS_REGION, AWS_DEFAULT_REGION or the config file.
            endpoint_url: Base URL instead of
                https://emr-containers.{region}.amazonaws.com.
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

    def cancel_job_run(
        self,
        *,
        job_run_id: str,
        virtual_cluster_id: str,
    ) -> shapes.CancelJobRunResponse:
        """
        Cancels a job run. A job run is a unit of work, such as a Spark jar, PySpark
        script, or SparkSQL query, that you submit to Amazon EMR on EKS.

        Args:
            job_run_id: The ID of the job run to cancel.
            virtual_cluster_id: The ID of the virtual cluster for which the job run will
                be canceled.

        Returns:
            The CancelJobRun output.

        Raises:
            InternalServerException, ValidationException
        """
        return cast(
            "shapes.CancelJobRunResponse",
            self._call(
                "CancelJobRun",
                {
                    "job_run_id": job_run_id,
                    "virtual_cluster_id": virtual_cluster_id,
                },
            ),
        )

    def create_managed_endpoint(
        self,
        *,
        virtual_cluster_id: str,
        certificate_arn: str,
        execution_role_arn: str,
        name: str,
        release_label: str,
        type_: str,
        client_token: str | None = None,
        configuration_overrides: shapes.ConfigurationOverrides | None = None,
        tags: dict[str, str] | None = None,
    ) -> shapes.CreateManagedEndpointResponse:
        """
        Creates a managed endpoint. A managed endpoint is a gateway that connects EMR
        Studio to Amazon EMR on EKS so that EMR Studio can communicate with your virtual
        cluster.

        Args:
            virtual_cluster_id: The ID of the virtual cluster for which a managed
                endpoint is created.
            certificate_arn: The certificate ARN of the managed endpoint.
            execution_role_arn: The ARN of the execution role.
            name: The name of the managed endpoint.
            release_label: The Amazon EMR release version.
            type_: The type of the managed endpoint.
            client_token: The client idempotency token for this create call. Filled with
                a fresh UUID4 when not given.
            configuration_overrides: The configuration settings that will be used to
                override existing configurations.
            tags: The tags of the managed endpoint.

        Returns:
            The CreateManagedEndpoint output.

        Raises:
            InternalServerException, ResourceNotFoundException, ValidationException
        """
        return cast(
            "shapes.CreateManagedEndpointResponse",
            self._call(
                "CreateManagedEndpoint",
                {
                    "virtual_cluster_id": virtual_cluster_id,
                    "certificate_arn": certificate_arn,
                    "execution_role_arn": execution_role_arn,
                    "name": name,
                    "release_label": release_label,
                    "type_": type_,
                    "client_token": client_token,
                    "configuration_overrides": configuration_overrides,
                    "tags": tags,
                },
            ),
        )

    def create_virtual_cluster(
        self,
        *,
        container_provider: shapes.ContainerProvider,
        name: str,
        client_token: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> shapes.CreateVirtualClusterResponse:
        """
        Creates a virtual cluster. Virtual cluster is a managed entity on Amazon EMR on
        EKS. You can create, describe, list and delete virtual clusters. They do not
        consume any additional resource in your system. A single virtual cluster maps to
        a single Kubernetes namespace. Given this relationship, you can model virtual
        clusters the same way you model Kubernetes namespaces to meet your requirements.

        Args:
            container_provider: The container provider of the virtual cluster.
            name: The specified name of the virtual cluster.
            client_token: The client token of the virtual cluster. Filled with a fresh
                UUID4 when not given.
            tags: The tags assigned to the virtual cluster.

        Returns:
            The CreateVirtualCluster output.

        Raises:
            InternalServerException, ResourceNotFoundException, ValidationException
        """
        return cast(
            "shapes.CreateVirtualClusterResponse",
            self._call(
                "CreateVirtualCluster",
                {
                    "container_provider": container_provider,
                    "name": name,
                    "client_token": client_token,
                    "tags": tags,
                },
            ),
        )

    def delete_managed_endpoint(
        self,
        *,
        endpoint_id: str,
        virtual_cluster_id: str,
    ) -> shapes.DeleteManagedEndpointResponse:
        """
        Deletes a managed endpoint. A managed endpoint is a gateway that connects EMR
        Studio to Amazon EMR on EKS so that EMR Studio can communicate with your virtual
        cluster.

        Args:
            endpoint_id: The ID of the managed endpoint.
            virtual_cluster_id: The ID of the endpoint's virtual cluster.

        Returns:
            The DeleteManagedEndpoint output.

        Raises:
            InternalServerException, ValidationException
        """
        return cast(
            "shapes.DeleteManagedEndpointResponse",
            self._call(
                "DeleteManagedEndpoint",
                {
                    "endpoint_id": endpoint_id,
                    "virtual_cluster_id": virtual_cluster_id,
                },
            ),
        )

    def delete_virtual_cluster(
        self,
        *,
        virtual_cluster_id: str,
    ) -> shapes.DeleteVirtualClusterResponse:
        """
        Deletes a virtual cluster. Virtual cluster is a managed entity on Amazon EMR on
        EKS. You can create, describe, list and delete virtual clusters. They do not
        consume any additional resource in your system. A single virtual cluster maps to
        a single Kubernetes namespace. Given this relationship, you can model virtual
        clusters the same way you model Kubernetes namespaces to meet your requirements.

        Args:
            virtual_cluster_id: The ID of the virtual cluster that will be deleted.

        Returns:
            The DeleteVirtualCluster output.

        Raises:
            InternalServerException, ValidationException
        """
        return cast(
            "shapes.DeleteVirtualClusterResponse",
            self._call(
                "DeleteVirtualCluster",
                {
                    "virtual_cluster_id": virtual_cluster_id,
                },
            ),
        )

    def describe_job_run(
        self,
        *,
        job_run_id: str,
        virtual_cluster_id: str,
    ) -> shapes.DescribeJobRunResponse:
        """
        Displays detailed information about a job run. A job run is a unit of work, such
        as a Spark jar, PySpark script, or SparkSQL query, that you submit to Amazon EMR
        on EKS.

        Args:
            job_run_id: The ID of the job run request.
            virtual_cluster_id: The ID of the virtual cluster for which the job run is
                submitted.

        Returns:
            The DescribeJobRun output.

        Raises:
            InternalServerException, ResourceNotFoundException, ValidationException
        """
        return cast(
            "shapes.DescribeJobRunResponse",
            self._call(
                "DescribeJobRun",
                {
                    "job_run_id": job_run_id,
                    "virtual_cluster_id": virtual_cluster_id,
                },
            ),
        )

    def describe_managed_endpoint(
        self,
        *,
        endpoint_id: str,
        virtual_cluster_id: str,
    ) -> shapes.DescribeManagedEndpointResponse:
        """
        Displays detailed information about a managed endpoint. A managed endpoint is a
        gateway that connects EMR Studio to Amazon EMR on EKS so that EMR Studio can
        communicate with your virtual cluster.

        Args:
            endpoint_id: This output displays ID of the managed endpoint.
            virtual_cluster_id: The ID of the endpoint's virtual cluster.

        Returns:
            The DescribeManagedEndpoint output.

        Raises:
            InternalServerException, ResourceNotFoundException, ValidationException
        """
        return cast(
            "shapes.DescribeManagedEndpointResponse",
            self._call(
                "DescribeManagedEndpoint",
                {
                    "endpoint_id": endpoint_id,
                    "virtual_cluster_id": virtual_cluster_id,
                },
            ),
        )

    def describe_virtual_cluster(
        self,
        *,
        virtual_cluster_id: str,
    ) -> shapes.DescribeVirtualClusterResponse:
        """
        Displays detailed information about a specified virtual cluster. Virtual cluster
        is a managed entity on Amazon EMR on EKS. You can create, describe, list and
        delete virtual clusters. They do not consume any additional resource in your
        system. A single virtual cluster maps to a single Kubernetes namespace. Given
        this relationship, you can model virtual clusters the same way you model
        Kubernetes namespaces to meet your requirements.

        Args:
            virtual_cluster_id: The ID of the virtual cluster that will be described.

        Returns:
            The DescribeVirtualCluster output.

        Raises:
            InternalServerException, ResourceNotFoundException, ValidationException
        """
        return cast(
            "shapes.DescribeVirtualClusterResponse",
            self._call(
                "DescribeVirtualCluster",
                {
                    "virtual_cluster_id": virtual_cluster_id,
                },
            ),
        )

    def list_job_runs(
        self,
        *,
        virtual_cluster_id: str,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        max_results: int | None = None,
        name: str | None = None,
        next_token: str | None = None,
        states: (
            list[
                shapes.JobRunState
                | Literal[
                    "PENDING",
                    "SUBMITTED",
                    "RUNNING",
                    "FAILED",
                    "CANCELLED",
                    "CANCEL_PENDING",
                    "COMPLETED",
                ]
            ]
            | None
        ) = None,
    ) -> shapes.ListJobRunsResponse:
        """
        Lists job runs based on a set of parameters. A job run is a unit of work, such
        as a Spark jar, PySpark script, or SparkSQL query, that you submit to Amazon EMR
        on EKS.

        Args:
            virtual_cluster_id: The ID of the virtual cluster for which to list the job
                run.
            created_after: The date and time after which the job runs were submitted.
            created_before: The date and time before which the job runs were submitted.
            max_results: The maximum number of job runs that can be listed.
            name: The name of the job run.
            next_token: The token for the next set of job runs to return.
            states: The states of the job run.

        Returns:
            The ListJobRuns output.

        Raises:
            InternalServerException, ValidationException
        """
        return cast(
            "shapes.ListJobRunsResponse",
            self._call(
                "ListJobRuns",
                {
                    "virtual_cluster_id": virtual_cluster_id,
                    "created_after": created_after,
                    "created_before": created_before,
                    "max_results": max_results,
                    "name": name,
                    "next_token": next_token,
                    "states": states,
                },
            ),
        )

    def list_managed_endpoints(
        self,
        *,
        virtual_cluster_id: str,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        states: (
            list[
                shapes.EndpointState
                | Literal[
                    "CREATING", "ACTIVE", "TERMINATING", "TERMINATED", "TERMINATED_WITH_ERRORS"
                ]
            ]
            | None
        ) = None,
        types: list[str] | None = None,
    ) -> shapes.ListManagedEndpointsResponse:
        """
        Lists managed endpoints based on a set of parameters. A managed endpoint is a
        gateway that connects EMR Studio to Amazon EMR on EKS so that EMR Studio can
        communicate with your virtual cluster.

        Args:
            virtual_cluster_id: The ID of the virtual cluster.
            created_after: The date and time after which the endpoints are created.
            created_before: The date and time before which the endpoints are created.
            max_results: The maximum number of managed endpoints that can be listed.
            next_token: The token for the next set of managed endpoints to return.
            states: The states of the managed endpoints.
            types: The types of the managed endpoints.

        Returns:
            The ListManagedEndpoints output.

        Raises:
            InternalServerException, ValidationException
        """
        return cast(
            "shapes.ListManagedEndpointsResponse",
            self._call(
                "ListManagedEndpoints",
                {
                    "virtual_cluster_id": virtual_cluster_id,
                    "created_after": created_after,
                    "created_before": created_before,
                    "max_results": max_results,
                    "next_token": next_token,
                    "states": states,
                    "types": types,
                },
            ),
        )

    def list_tags_for_resource(
        self,
        *,
        resource_arn: str,
    ) -> shapes.ListTagsForResourceResponse:
        """
        Lists the tags assigned to the resources.

        Args:
            resource_arn: The ARN of tagged resources.

        Returns:
            The ListTagsForResource output.

        Raises:
            InternalServerException, ResourceNotFoundException, ValidationException
        """
        return cast(
            "shapes.ListTagsForResourceResponse",
            self._call(
                "ListTagsForResource",
                {
                    "resource_arn": resource_arn,
                },
            ),
        )

    def list_virtual_clusters(
        self,
        *,
        container_provider_id: str | None = None,
        container_provider_type: shapes.ContainerProviderType | Literal["EKS"] | None = None,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        states: (
            list[
                shapes.VirtualClusterState
                | Literal["RUNNING", "TERMINATING", "TERMINATED", "ARRESTED"]
            ]
            | None
        ) = None,
    ) -> shapes.ListVirtualClustersResponse:
        """
        Lists information about the specified virtual cluster. Virtual cluster is a
        managed entity on Amazon EMR on EKS. You can create, describe, list and delete
        virtual clusters. They do not consume any additional resource in your system. A
        single virtual cluster maps to a single Kubernetes namespace. Given this
        relationship, you can model virtual clusters the same way you model Kubernetes
        namespaces to meet your requirements.

        Args:
            container_provider_id: The container provider ID of the virtual cluster.
            container_provider_type: The container provider type of the virtual cluster.
                EKS is the only supported type as of now.
            created_after: The date and time after which the virtual clusters are
                created.
            created_before: The date and time before which the virtual clusters are
                created.
            max_results: The maximum number of virtual clusters that can be listed.
            next_token: The token for the next set of virtual clusters to return.
            states: The states of the requested virtual clusters.

        Returns:
            The ListVirtualClusters output.

        Raises:
            InternalServerException, ValidationException
        """
        return cast(
            "shapes.ListVirtualClustersResponse",
            self._call(
                "ListVirtualClusters",
                {
                    "container_provider_id": container_provider_id,
                    "container_provider_type": container_provider_type,
                    "created_after": created_after,
                    "created_before": created_before,
                    "max_results": max_results,
                    "next_token": next_token,
                    "states": states,
                },
            ),
        )

    def start_job_run(
        self,
        *,
        virtual_cluster_id: str,
        execution_role_arn: str,
        job_driver: shapes.JobDriver,
        release_label: str,
        client_token: str | None = None,
        configuration_overrides: shapes.ConfigurationOverrides | None = None,
        name: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> shapes.StartJobRunResponse:
        """
        Starts a job run. A job run is a unit of work, such as a Spark jar, PySpark
        script, or SparkSQL query, that you submit to Amazon EMR on EKS.

        Args:
            virtual_cluster_id: The virtual cluster ID for which the job run request is
                submitted.
            execution_role_arn: The execution role ARN for the job run.
            job_driver: The job driver for the job run.
            release_label: The Amazon EMR release version to use for the job run.
            client_token: The client idempotency token of the job run request. Filled
                with a fresh UUID4 when not given.
            configuration_overrides: The configuration overrides for the job run.
            name: The name of the job run.
            tags: The tags assigned to job runs.

        Returns:
            The StartJobRun output.

        Raises:
            InternalServerException, ResourceNotFoundException, ValidationException
        """
        return cast(
            "shapes.StartJobRunResponse",
            self._call(
                "StartJobRun",
                {
                    "virtual_cluster_id": virtual_cluster_id,
                    "execution_role_arn": execution_role_arn,
                    "job_driver": job_driver,
                    "release_label": release_label,
                    "client_token": client_token,
                    "configuration_overrides": configuration_overrides,
                    "name": name,
                    "tags": tags,
                },
            ),
        )

    def tag_resource(
        self,
        *,
        resource_arn: str,
        tags: dict[str, str],
    ) -> shapes.TagResourceResponse:
        """
        Assigns tags to resources. A tag is a label that you assign to an AWS resource.
        Each tag consists of a key and an optional value, both of which you define. Tags
        enable you to categorize your AWS resources by attributes such as purpose,
        owner, or environment. When you have many resources of the same type, you can
        quickly identify a specific resource based on the tags you've assigned to it.
        For example, you can define a set of tags for your Amazon EMR on EKS clusters to
        help you track each cluster's owner and stack level. We recommend that you
        devise a consistent set of tag keys for each resource type. You can then search
        and filter the resources based on the tags that you add.

        Args:
            resource_arn: The ARN of resources.
            tags: The tags assigned to resources.

        Returns:
            The TagResource output.

        Raises:
            InternalServerException, ResourceNotFoundException, ValidationException
        """
        return cast(
            "shapes.TagResourceResponse",
            self._call(
                "TagResource",
                {
                    "resource_arn": resource_arn,
                    "tags": tags,
                },
            ),
        )

    def untag_resource(
        self,
        *,
        resource_arn: str,
        tag_keys: list[str],
    ) -> shapes.UntagResourceResponse:
        """
        Removes tags from resources.

        Args:
            resource_arn: The ARN of resources.
            tag_keys: The tag keys of the resources.

        Returns:
            The UntagResource output.

        Raises:
            InternalServerException, ResourceNotFoundException, ValidationException
        """
        return cast(
            "shapes.UntagResourceResponse",
            self._call(
                "UntagResource",
                {
                    "resource_arn": resource_arn,
                    "tag_keys": tag_keys,
                },
            ),
        )

    def paginate_list_job_runs(
        self,
        *,
        virtual_cluster_id: str,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        max_results: int | None = None,
        name: str | None = None,
        next_token: str | None = None,
        states: (
            list[
                shapes.JobRunState
                | Literal[
                    "PENDING",
                    "SUBMITTED",
                    "RUNNING",
                    "FAILED",
                    "CANCELLED",
                    "CANCEL_PENDING",
                    "COMPLETED",
                ]
            ]
            | None
        ) = None,
    ) -> Paginator[shapes.ListJobRunsResponse, shapes.JobRun]:
        """
        Lists job runs based on a set of parameters. A job run is a unit of work, such
        as a Spark jar, PySpark script, or SparkSQL query, that you submit to Amazon EMR
        on EKS.

        Pages of list_job_runs, fetched lazily: nothing is sent until the result is
        iterated (for page in ...), and each iteration starts from the first page. Its
        items() iterates the items of every page.

        Args:
            virtual_cluster_id: The ID of the virtual cluster for which to list the job
                run.
            created_after: The date and time after which the job runs were submitted.
            created_before: The date and time before which the job runs were submitted.
            max_results: The maximum number of job runs that can be listed.
            name: The name of the job run.
            next_token: The token for the next set of job runs to return.
            states: The states of the job run.

        Returns:
            A Paginator of ListJobRuns outputs.

        Raises:
            InternalServerException, ValidationException
        """
        return self._paginate(
            "ListJobRuns",
            {
                "virtual_cluster_id": virtual_cluster_id,
                "created_after": created_after,
                "created_before": created_before,
                "max_results": max_results,
                "name": name,
                "next_token": next_token,
                "states": states,
            },
        )

    def paginate_list_managed_endpoints(
        self,
        *,
        virtual_cluster_id: str,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        states: (
            list[
                shapes.EndpointState
                | Literal[
                    "CREATING", "ACTIVE", "TERMINATING", "TERMINATED", "TERMINATED_WITH_ERRORS"
                ]
            ]
            | None
        ) = None,
        types: list[str] | None = None,
    ) -> Paginator[shapes.ListManagedEndpointsResponse, shapes.Endpoint]:
        """
        Lists managed endpoints based on a set of parameters. A managed endpoint is a
        gateway that connects EMR Studio to Amazon EMR on EKS so that EMR Studio can
        communicate with your virtual cluster.

        Pages of list_managed_endpoints, fetched lazily: nothing is sent until the
        result is iterated (for page in ...), and each iteration starts from the first
        page. Its items() iterates the items of every page.

        Args:
            virtual_cluster_id: The ID of the virtual cluster.
            created_after: The date and time after which the endpoints are created.
            created_before: The date and time before which the endpoints are created.
            max_results: The maximum number of managed endpoints that can be listed.
            next_token: The token for the next set of managed endpoints to return.
            states: The states of the managed endpoints.
            types: The types of the managed endpoints.

        Returns:
            A Paginator of ListManagedEndpoints outputs.

        Raises:
            InternalServerException, ValidationException
        """
        return self._paginate(
            "ListManagedEndpoints",
            {
                "virtual_cluster_id": virtual_cluster_id,
                "created_after": created_after,
                "created_before": created_before,
                "max_results": max_results,
                "next_token": next_token,
                "states": states,
                "types": types,
            },
        )

    def paginate_list_virtual_clusters(
        self,
        *,
        container_provider_id: str | None = None,
        container_provider_type: shapes.ContainerProviderType | Literal["EKS"] | None = None,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        states: (
            list[
                shapes.VirtualClusterState
                | Literal["RUNNING", "TERMINATING", "TERMINATED", "ARRESTED"]
            ]
            | None
        ) = None,
    ) -> Paginator[shapes.ListVirtualClustersResponse, shapes.VirtualCluster]:
        """
        Lists information about the specified virtual cluster. Virtual cluster is a
        managed entity on Amazon EMR on EKS. You can create, describe, list and delete
        virtual clusters. They do not consume any additional resource in your system. A
        single virtual cluster maps to a single Kubernetes namespace. Given this
        relationship, you can model virtual clusters the same way you model Kubernetes
        namespaces to meet your requirements.

        Pages of list_virtual_clusters, fetched lazily: nothing is sent until the result
        is iterated (for page in ...), and each iteration starts from the first page.
        Its items() iterates the items of every page.

        Args:
            container_provider_id: The container provider ID of the virtual cluster.
            container_provider_type: The container provider type of the virtual cluster.
                EKS is the only supported type as of now.
            created_after: The date and time after which the virtual clusters are
                created.
            created_before: The date and time before which the virtual clusters are
                created.
            max_results: The maximum number of virtual clusters that can be listed.
            next_token: The token for the next set of virtual clusters to return.
            states: The states of the requested virtual clusters.

        Returns:
            A Paginator of ListVirtualClusters outputs.

        Raises:
            InternalServerException, ValidationException
        """
        return self._paginate(
            "ListVirtualClusters",
            {
                "container_provider_id": container_provider_id,
                "container_provider_type": container_provider_type,
                "created_after": created_after,
                "created_before": created_before,
                "max_results": max_results,
                "next_token": next_token,
                "states": states,
            },
        )

    def wait_until_job_run_completed(
        self,
        *,
        job_run_id: str,
        virtual_cluster_id: str,
        max_wait: float = DEFAULT_MAX_WAIT,
        min_delay: float | None = None,
        max_delay: float | None = None,
    ) -> shapes.DescribeJobRunResponse | None:
        """
        Wait until the job run is COMPLETED; fail if it ends FAILED or CANCELLED.

        Polls describe_job_run every 30s at first, backing off exponentially with jitter
        up to 120s, until a success state.

        Args:
            job_run_id: The ID of the job run request.
            virtual_cluster_id: The ID of the virtual cluster for which the job run is
                submitted.
            max_wait: Seconds to wait in all before giving up.
            min_delay: Overrides the minimum delay between attempts (30s).
            max_delay: Overrides the maximum delay between attempts (120s).

        Returns:
            The last output (None when an error response meant success).

        Raises:
            WaiterError: a failure state, an unexpected error, or max_wait passed.
        """
        return cast(
            "shapes.DescribeJobRunResponse | None",
            self._wait(
                "JobRunCompleted",
                {
                    "job_run_id": job_run_id,
                    "virtual_cluster_id": virtual_cluster_id,
                },
                max_wait=max_wait,
                min_delay=min_delay,
                max_delay=max_delay,
            ),
        )

    def wait_until_managed_endpoint_active(
        self,
        *,
        endpoint_id: str,
        virtual_cluster_id: str,
        max_wait: float = DEFAULT_MAX_WAIT,
        min_delay: float | None = None,
        max_delay: float | None = None,
    ) -> shapes.DescribeManagedEndpointResponse | None:
        """
        Wait until the managed endpoint is ACTIVE; fail if it ends
        TERMINATED_WITH_ERRORS.

        Polls describe_managed_endpoint every 30s at first, backing off exponentially
        with jitter up to 120s, until a success state.

        Args:
            endpoint_id: This output displays ID of the managed endpoint.
            virtual_cluster_id: The ID of the endpoint's virtual cluster.
            max_wait: Seconds to wait in all before giving up.
            min_delay: Overrides the minimum delay between attempts (30s).
            max_delay: Overrides the maximum delay between attempts (120s).

        Returns:
            The last output (None when an error response meant success).

        Raises:
            WaiterError: a failure state, an unexpected error, or max_wait passed.
        """
        return cast(
            "shapes.DescribeManagedEndpointResponse | None",
            self._wait(
                "ManagedEndpointActive",
                {
                    "endpoint_id": endpoint_id,
                    "virtual_cluster_id": virtual_cluster_id,
                },
                max_wait=max_wait,
                min_delay=min_delay,
                max_delay=max_delay,
            ),
        )

    def wait_until_virtual_cluster_running(
        self,
        *,
        virtual_cluster_id: str,
        max_wait: float = DEFAULT_MAX_WAIT,
        min_delay: float | None = None,
        max_delay: float | None = None,
    ) -> shapes.DescribeVirtualClusterResponse | None:
        """
        Wait until the virtual cluster is RUNNING; fail if it is ARRESTED or TERMINATED.

        Polls describe_virtual_cluster every 10s at first, backing off exponentially
        with jitter up to 120s, until a success state.

        Args:
            virtual_cluster_id: The ID of the virtual cluster that will be described.
            max_wait: Seconds to wait in all before giving up.
            min_delay: Overrides the minimum delay between attempts (10s).
            max_delay: Overrides the maximum delay between attempts (120s).

        Returns:
            The last output (None when an error response meant success).

        Raises:
            WaiterError: a failure state, an unexpected error, or max_wait passed.
        """
        return cast(
            "shapes.DescribeVirtualClusterResponse | None",
            self._wait(
                "VirtualClusterRunning",
                {
                    "virtual_cluster_id": virtual_cluster_id,
                },
                max_wait=max_wait,
                min_delay=min_delay,
                max_delay=max_delay,
            ),
        )
