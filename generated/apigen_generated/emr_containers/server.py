"""
Server stub of Amazon EMR Containers: EMRContainersHandler (subclass it) and create_app.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from .._runtime.server.app import OperationNotImplemented, ServerApp

if TYPE_CHECKING:
    from . import shapes

__all__ = [
    "EMRContainersHandler",
    "create_app",
]

# Operation → handler method: the table create_app hands the runtime.
_METHODS: dict[str, str] = {
    "CancelJobRun": "cancel_job_run",
    "CreateManagedEndpoint": "create_managed_endpoint",
    "CreateVirtualCluster": "create_virtual_cluster",
    "DeleteManagedEndpoint": "delete_managed_endpoint",
    "DeleteVirtualCluster": "delete_virtual_cluster",
    "DescribeJobRun": "describe_job_run",
    "DescribeManagedEndpoint": "describe_managed_endpoint",
    "DescribeVirtualCluster": "describe_virtual_cluster",
    "ListJobRuns": "list_job_runs",
    "ListManagedEndpoints": "list_managed_endpoints",
    "ListTagsForResource": "list_tags_for_resource",
    "ListVirtualClusters": "list_virtual_clusters",
    "StartJobRun": "start_job_run",
    "TagResource": "tag_resource",
    "UntagResource": "untag_resource",
}


class EMRContainersHandler:
    """
    Implements Amazon EMR Containers: subclass it in a module of your own, override the
    operations you serve and pass an instance to create_app.

    Each method receives the operation's input model, already validated as the client
    validates it, and returns its output model. Raise an exception of errors.py to
    answer with a modelled error; anything else raised is a 500 with a fixed message. An
    operation left as generated answers 501 Not Implemented.

    Regenerating rewrites this class, never your subclass: create_app reports every
    method of yours that no longer names an operation.
    """

    async def cancel_job_run(
        self, request: shapes.CancelJobRunRequest
    ) -> shapes.CancelJobRunResponse:
        """
        Cancels a job run. A job run is a unit of work, such as a Spark jar, PySpark
        script, or SparkSQL query, that you submit to Amazon EMR on EKS.

        Args:
            request: The CancelJobRun input, validated.

        Returns:
            The CancelJobRun output.

        Raises:
            InternalServerException, ValidationException
        """
        raise OperationNotImplemented("CancelJobRun")

    async def create_managed_endpoint(
        self, request: shapes.CreateManagedEndpointRequest
    ) -> shapes.CreateManagedEndpointResponse:
        """
        Creates a managed endpoint. A managed endpoint is a gateway that connects EMR
        Studio to Amazon EMR on EKS so that EMR Studio can communicate with your virtual
        cluster.

        Args:
            request: The CreateManagedEndpoint input, validated.

        Returns:
            The CreateManagedEndpoint output.

        Raises:
            InternalServerException, ResourceNotFoundException, ValidationException
        """
        raise OperationNotImplemented("CreateManagedEndpoint")

    async def create_virtual_cluster(
        self, request: shapes.CreateVirtualClusterRequest
    ) -> shapes.CreateVirtualClusterResponse:
        """
        Creates a virtual cluster. Virtual cluster is a managed entity on Amazon EMR on
        EKS. You can create, describe, list and delete virtual clusters. They do not
        consume any additional resource in your system. A single virtual cluster maps to
        a single Kubernetes namespace. Given this relationship, you can model virtual
        clusters the same way you model Kubernetes namespaces to meet your requirements.

        Args:
            request: The CreateVirtualCluster input, validated.

        Returns:
            The CreateVirtualCluster output.

        Raises:
            InternalServerException, ResourceNotFoundException, ValidationException
        """
        raise OperationNotImplemented("CreateVirtualCluster")

    async def delete_managed_endpoint(
        self, request: shapes.DeleteManagedEndpointRequest
    ) -> shapes.DeleteManagedEndpointResponse:
        """
        Deletes a managed endpoint. A managed endpoint is a gateway that connects EMR
        Studio to Amazon EMR on EKS so that EMR Studio can communicate with your virtual
        cluster.

        Args:
            request: The DeleteManagedEndpoint input, validated.

        Returns:
            The DeleteManagedEndpoint output.

        Raises:
            InternalServerException, ValidationException
        """
        raise OperationNotImplemented("DeleteManagedEndpoint")

    async def delete_virtual_cluster(
        self, request: shapes.DeleteVirtualClusterRequest
    ) -> shapes.DeleteVirtualClusterResponse:
        """
        Deletes a virtual cluster. Virtual cluster is a managed entity on Amazon EMR on
        EKS. You can create, describe, list and delete virtual clusters. They do not
        consume any additional resource in your system. A single virtual cluster maps to
        a single Kubernetes namespace. Given this relationship, you can model virtual
        clusters the same way you model Kubernetes namespaces to meet your requirements.

        Args:
            request: The DeleteVirtualCluster input, validated.

        Returns:
            The DeleteVirtualCluster output.

        Raises:
            InternalServerException, ValidationException
        """
        raise OperationNotImplemented("DeleteVirtualCluster")

    async def describe_job_run(
        self, request: shapes.DescribeJobRunRequest
    ) -> shapes.DescribeJobRunResponse:
        """
        Displays detailed information about a job run. A job run is a unit of work, such
        as a Spark jar, PySpark script, or SparkSQL query, that you submit to Amazon EMR
        on EKS.

        Args:
            request: The DescribeJobRun input, validated.

        Returns:
            The DescribeJobRun output.

        Raises:
            InternalServerException, ResourceNotFoundException, ValidationException
        """
        raise OperationNotImplemented("DescribeJobRun")

    async def describe_managed_endpoint(
        self, request: shapes.DescribeManagedEndpointRequest
    ) -> shapes.DescribeManagedEndpointResponse:
        """
        Displays detailed information about a managed endpoint. A managed endpoint is a
        gateway that connects EMR Studio to Amazon EMR on EKS so that EMR Studio can
        communicate with your virtual cluster.

        Args:
            request: The DescribeManagedEndpoint input, validated.

        Returns:
            The DescribeManagedEndpoint output.

        Raises:
            InternalServerException, ResourceNotFoundException, ValidationException
        """
        raise OperationNotImplemented("DescribeManagedEndpoint")

    async def describe_virtual_cluster(
        self, request: shapes.DescribeVirtualClusterRequest
    ) -> shapes.DescribeVirtualClusterResponse:
        """
        Displays detailed information about a specified virtual cluster. Virtual cluster
        is a managed entity on Amazon EMR on EKS. You can create, describe, list and
        delete virtual clusters. They do not consume any additional resource in your
        system. A single virtual cluster maps to a single Kubernetes namespace. Given
        this relationship, you can model virtual clusters the same way you model
        Kubernetes namespaces to meet your requirements.

        Args:
            request: The DescribeVirtualCluster input, validated.

        Returns:
            The DescribeVirtualCluster output.

        Raises:
            InternalServerException, ResourceNotFoundException, ValidationException
        """
        raise OperationNotImplemented("DescribeVirtualCluster")

    async def list_job_runs(self, request: shapes.ListJobRunsRequest) -> shapes.ListJobRunsResponse:
        """
        Lists job runs based on a set of parameters. A job run is a unit of work, such
        as a Spark jar, PySpark script, or SparkSQL query, that you submit to Amazon EMR
        on EKS.

        Args:
            request: The ListJobRuns input, validated.

        Returns:
            The ListJobRuns output.

        Raises:
            InternalServerException, ValidationException
        """
        raise OperationNotImplemented("ListJobRuns")

    async def list_managed_endpoints(
        self, request: shapes.ListManagedEndpointsRequest
    ) -> shapes.ListManagedEndpointsResponse:
        """
        Lists managed endpoints based on a set of parameters. A managed endpoint is a
        gateway that connects EMR Studio to Amazon EMR on EKS so that EMR Studio can
        communicate with your virtual cluster.

        Args:
            request: The ListManagedEndpoints input, validated.

        Returns:
            The ListManagedEndpoints output.

        Raises:
            InternalServerException, ValidationException
        """
        raise OperationNotImplemented("ListManagedEndpoints")

    async def list_tags_for_resource(
        self, request: shapes.ListTagsForResourceRequest
    ) -> shapes.ListTagsForResourceResponse:
        """
        Lists the tags assigned to the resources.

        Args:
            request: The ListTagsForResource input, validated.

        Returns:
            The ListTagsForResource output.

        Raises:
            InternalServerException, ResourceNotFoundException, ValidationException
        """
        raise OperationNotImplemented("ListTagsForResource")

    async def list_virtual_clusters(
        self, request: shapes.ListVirtualClustersRequest
    ) -> shapes.ListVirtualClustersResponse:
        """
        Lists information about the specified virtual cluster. Virtual cluster is a
        managed entity on Amazon EMR on EKS. You can create, describe, list and delete
        virtual clusters. They do not consume any additional resource in your system. A
        single virtual cluster maps to a single Kubernetes namespace. Given this
        relationship, you can model virtual clusters the same way you model Kubernetes
        namespaces to meet your requirements.

        Args:
            request: The ListVirtualClusters input, validated.

        Returns:
            The ListVirtualClusters output.

        Raises:
            InternalServerException, ValidationException
        """
        raise OperationNotImplemented("ListVirtualClusters")

    async def start_job_run(self, request: shapes.StartJobRunRequest) -> shapes.StartJobRunResponse:
        """
        Starts a job run. A job run is a unit of work, such as a Spark jar, PySpark
        script, or SparkSQL query, that you submit to Amazon EMR on EKS.

        Args:
            request: The StartJobRun input, validated.

        Returns:
            The StartJobRun output.

        Raises:
            InternalServerException, ResourceNotFoundException, ValidationException
        """
        raise OperationNotImplemented("StartJobRun")

    async def tag_resource(self, request: shapes.TagResourceRequest) -> shapes.TagResourceResponse:
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
            request: The TagResource input, validated.

        Returns:
            The TagResource output.

        Raises:
            InternalServerException, ResourceNotFoundException, ValidationException
        """
        raise OperationNotImplemented("TagResource")

    async def untag_resource(
        self, request: shapes.UntagResourceRequest
    ) -> shapes.UntagResourceResponse:
        """
        Removes tags from resources.

        Args:
            request: The UntagResource input, validated.

        Returns:
            The UntagResource output.

        Raises:
            InternalServerException, ResourceNotFoundException, ValidationException
        """
        raise OperationNotImplemented("UntagResource")


def create_app(
    handler: EMRContainersHandler,
    *,
    verify_sigv4: bool = False,
    credentials: Mapping[str, str] | Callable[[str], str | None] | None = None,
    max_body: int | None = None,
    max_depth: int | None = None,
) -> ServerApp:
    """
    The ASGI 3 application of Amazon EMR Containers, answering with handler. Serve it
    with any ASGI server (apigen serve runs uvicorn), or call it in-process with
    AsgiTransport(app) or httpx.ASGITransport(app).

    Args:
        handler: An instance of EMRContainersHandler (a subclass of it), or any object
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
        base=EMRContainersHandler,
        verify_sigv4=verify_sigv4,
        credentials=credentials,
        max_body=max_body,
        max_depth=max_depth,
    )
