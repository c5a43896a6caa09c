"""Shapes of Amazon EMR Containers (version 2020-10-01)."""

from __future__ import annotations

from typing import Annotated

from annotated_types import Len
from pydantic import AliasChoices, Field

from .._runtime.core.model import ApigenModel, OpenEnum
from .._runtime.core.scalars import DateTime, Int32, Pattern

__all__ = [
    "AccessDeniedException",
    "CancelJobRunRequest",
    "CancelJobRunResponse",
    "CloudWatchMonitoringConfiguration",
    "Configuration",
    "ConfigurationOverrides",
    "ContainerInfo",
    "ContainerProvider",
    "ContainerProviderType",
    "CreateManagedEndpointRequest",
    "CreateManagedEndpointResponse",
    "CreateVirtualClusterRequest",
    "CreateVirtualClusterResponse",
    "DeleteManagedEndpointRequest",
    "DeleteManagedEndpointResponse",
    "DeleteVirtualClusterRequest",
    "DeleteVirtualClusterResponse",
    "DescribeJobRunRequest",
    "DescribeJobRunResponse",
    "DescribeManagedEndpointRequest",
    "DescribeManagedEndpointResponse",
    "DescribeVirtualClusterRequest",
    "DescribeVirtualClusterResponse",
    "EksInfo",
    "Endpoint",
    "EndpointState",
    "FailureReason",
    "IncompleteSignature",
    "InternalFailure",
    "InternalServerException",
    "InvalidAction",
    "InvalidClientTokenId",
    "InvalidParameterCombination",
    "InvalidParameterValue",
    "InvalidQueryParameter",
    "JobDriver",
    "JobRun",
    "JobRunState",
    "ListJobRunsRequest",
    "ListJobRunsResponse",
    "ListManagedEndpointsRequest",
    "ListManagedEndpointsResponse",
    "ListTagsForResourceRequest",
    "ListTagsForResourceResponse",
    "ListVirtualClustersRequest",
    "ListVirtualClustersResponse",
    "MalformedQueryString",
    "MissingAction",
    "MissingAuthenticationToken",
    "MissingParameter",
    "MonitoringConfiguration",
    "NotAuthorized",
    "OptInRequired",
    "PersistentAppUI",
    "RequestExpired",
    "ResourceNotFoundException",
    "S3MonitoringConfiguration",
    "ServiceUnavailable",
    "SparkSubmitJobDriver",
    "StartJobRunRequest",
    "StartJobRunResponse",
    "TagResourceRequest",
    "TagResourceResponse",
    "ThrottlingException",
    "UntagResourceRequest",
    "UntagResourceResponse",
    "ValidationError",
    "ValidationException",
    "VirtualCluster",
    "VirtualClusterState",
]


class ContainerProviderType(OpenEnum):
    """The ContainerProviderType enum."""

    EKS = "EKS"


class EndpointState(OpenEnum):
    """The EndpointState enum."""

    CREATING = "CREATING"
    ACTIVE = "ACTIVE"
    TERMINATING = "TERMINATING"
    TERMINATED = "TERMINATED"
    TERMINATED_WITH_ERRORS = "TERMINATED_WITH_ERRORS"


class FailureReason(OpenEnum):
    """The FailureReason enum."""

    INTERNAL_ERROR = "INTERNAL_ERROR"
    USER_ERROR = "USER_ERROR"
    VALIDATION_ERROR = "VALIDATION_ERROR"
    CLUSTER_UNAVAILABLE = "CLUSTER_UNAVAILABLE"


class JobRunState(OpenEnum):
    """The JobRunState enum."""

    PENDING = "PENDING"
    SUBMITTED = "SUBMITTED"
    RUNNING = "RUNNING"
    FAILED = "FAILED"
    CANCELLED = "CANCELLED"
    CANCEL_PENDING = "CANCEL_PENDING"
    COMPLETED = "COMPLETED"


class PersistentAppUI(OpenEnum):
    """The PersistentAppUI enum."""

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"


class VirtualClusterState(OpenEnum):
    """The VirtualClusterState enum."""

    RUNNING = "RUNNING"
    TERMINATING = "TERMINATING"
    TERMINATED = "TERMINATED"
    ARRESTED = "ARRESTED"


class AccessDeniedException(ApigenModel):
    """You do not have sufficient access to perform this action."""

    message: str | None = Field(default=None)


class CancelJobRunRequest(ApigenModel):
    """The CancelJobRunRequest structure."""

    job_run_id: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] = Field(
        validation_alias=AliasChoices("jobRunId", "job_run_id"), serialization_alias="jobRunId"
    )
    """The ID of the job run to cancel."""

    virtual_cluster_id: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] = Field(
        validation_alias=AliasChoices("virtualClusterId", "virtual_cluster_id"),
        serialization_alias="virtualClusterId",
    )
    """The ID of the virtual cluster for which the job run will be canceled."""


class CancelJobRunResponse(ApigenModel):
    """The CancelJobRunResponse structure."""

    id_: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] | None = Field(
        default=None, validation_alias=AliasChoices("id", "id_"), serialization_alias="id"
    )
    """The output contains the ID of the cancelled job run."""

    virtual_cluster_id: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] | None = Field(
        default=None,
        validation_alias=AliasChoices("virtualClusterId", "virtual_cluster_id"),
        serialization_alias="virtualClusterId",
    )
    """The output contains the virtual cluster ID for which the job run is cancelled."""


class CloudWatchMonitoringConfiguration(ApigenModel):
    """
    A configuration for CloudWatch monitoring. You can configure your jobs to send log
    information to CloudWatch Logs.
    """

    log_group_name: Annotated[
        str, Len(1, 512), Pattern(r"[\#\--9A-Z_a-z]+", spec=r"[\.\-_/#A-Za-z0-9]+")
    ] = Field(
        validation_alias=AliasChoices("logGroupName", "log_group_name"),
        serialization_alias="logGroupName",
    )
    """The name of the log group for log publishing."""

    log_stream_name_prefix: (
        Annotated[
            str,
            Len(1, 256),
            Pattern(
                r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("logStreamNamePrefix", "log_stream_name_prefix"),
        serialization_alias="logStreamNamePrefix",
    )
    """The specified name prefix for log streams."""


class Configuration(ApigenModel):
    """
    A configuration specification to be used when provisioning virtual clusters, which
    can include configurations for applications and software bundled with Amazon EMR on
    EKS. A configuration consists of a classification, properties, and optional nested
    configurations. A classification refers to an application-specific configuration
    file. Properties are the settings you want to change in that file.
    """

    classification: Annotated[
        str,
        Len(1, 1024),
        Pattern(r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"),
    ] = Field()
    """The classification within a configuration."""

    configurations: Annotated[list[Configuration], Len(0, 100)] | None = Field(default=None)
    """A list of additional configurations to apply within a configuration object."""

    properties: (
        Annotated[
            dict[
                Annotated[
                    str,
                    Len(1, 1024),
                    Pattern(
                        r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*",
                        spec=r".*\S.*",
                    ),
                ],
                Annotated[
                    str,
                    Len(1, 1024),
                    Pattern(
                        r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*",
                        spec=r".*\S.*",
                    ),
                ],
            ],
            Len(0, 100),
        ]
        | None
    ) = Field(default=None, repr=False)
    """A set of properties specified within a configuration classification."""


class S3MonitoringConfiguration(ApigenModel):
    """
    Amazon S3 configuration for monitoring log publishing. You can configure your jobs
    to send log information to Amazon S3.
    """

    log_uri: Annotated[
        str,
        Len(1, 10280),
        Pattern(
            r"[\x09\x0a\x0d -\ud800\udbff\udc00\udfff-\ufffd]*",
            spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDBFF-\uDC00\uDFFF\r\n\t]*",
        ),
    ] = Field(validation_alias=AliasChoices("logUri", "log_uri"), serialization_alias="logUri")
    """Amazon S3 destination URI for log publishing."""


class MonitoringConfiguration(ApigenModel):
    """Configuration setting for monitoring."""

    cloud_watch_monitoring_configuration: CloudWatchMonitoringConfiguration | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "cloudWatchMonitoringConfiguration", "cloud_watch_monitoring_configuration"
        ),
        serialization_alias="cloudWatchMonitoringConfiguration",
    )
    """Monitoring configurations for CloudWatch."""

    persistent_app_ui: PersistentAppUI | None = Field(
        default=None,
        validation_alias=AliasChoices("persistentAppUI", "persistent_app_ui"),
        serialization_alias="persistentAppUI",
    )
    """Monitoring configurations for the persistent application UI."""

    s3_monitoring_configuration: S3MonitoringConfiguration | None = Field(
        default=None,
        validation_alias=AliasChoices("s3MonitoringConfiguration", "s3_monitoring_configuration"),
        serialization_alias="s3MonitoringConfiguration",
    )
    """Amazon S3 configuration for monitoring log publishing."""


class ConfigurationOverrides(ApigenModel):
    """A configuration specification to be used to override existing configurations."""

    application_configuration: Annotated[list[Configuration], Len(0, 100)] | None = Field(
        default=None,
        validation_alias=AliasChoices("applicationConfiguration", "application_configuration"),
        serialization_alias="applicationConfiguration",
    )
    """The configurations for the application running by the job run."""

    monitoring_configuration: MonitoringConfiguration | None = Field(
        default=None,
        validation_alias=AliasChoices("monitoringConfiguration", "monitoring_configuration"),
        serialization_alias="monitoringConfiguration",
    )
    """The configurations for monitoring."""


class EksInfo(ApigenModel):
    """The information about the EKS cluster."""

    namespace: (
        Annotated[
            str,
            Len(1, 63),
            Pattern(r"[0-9a-z]([\-0-9a-z]*[0-9a-z])?", spec=r"[a-z0-9]([-a-z0-9]*[a-z0-9])?"),
        ]
        | None
    ) = Field(default=None)
    """The namespaces of the EKS cluster."""


class ContainerInfo(ApigenModel):
    """The information about the container used for a job run or a managed endpoint."""

    eks_info: EksInfo | None = Field(
        default=None,
        validation_alias=AliasChoices("eksInfo", "eks_info"),
        serialization_alias="eksInfo",
    )
    """The information about the EKS cluster."""


class ContainerProvider(ApigenModel):
    """The information about the container provider."""

    id_: Annotated[
        str,
        Len(1, 100),
        Pattern(r"^[0-9A-Za-z][\-0-9A-Z_a-z]*", spec=r"^[0-9A-Za-z][A-Za-z0-9\-_]*"),
    ] = Field(validation_alias=AliasChoices("id", "id_"), serialization_alias="id")
    """The ID of the container cluster."""

    info: ContainerInfo | None = Field(default=None)
    """The information about the container cluster."""

    type_: ContainerProviderType = Field(
        validation_alias=AliasChoices("type", "type_"), serialization_alias="type"
    )
    """The type of the container provider. EKS is the only supported type as of now."""


class CreateManagedEndpointRequest(ApigenModel):
    """The CreateManagedEndpointRequest structure."""

    virtual_cluster_id: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] = Field(
        validation_alias=AliasChoices("virtualClusterId", "virtual_cluster_id"),
        serialization_alias="virtualClusterId",
    )
    """The ID of the virtual cluster for which a managed endpoint is created."""

    certificate_arn: Annotated[
        str,
        Len(44, 2048),
        Pattern(
            r"^arn:(aws[\-0-9A-Za-z]*):acm:[^\n\r\x85\u2028\u2029]+:([0-9]{12}):certificate/[^\n\r\x85\u2028\u2029]+(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
            spec=r"^arn:(aws[a-zA-Z0-9-]*):acm:.+:(\d{12}):certificate/.+$",
        ),
    ] = Field(
        validation_alias=AliasChoices("certificateArn", "certificate_arn"),
        serialization_alias="certificateArn",
    )
    """The certificate ARN of the managed endpoint."""

    client_token: Annotated[
        str,
        Len(1, 64),
        Pattern(r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"),
    ] = Field(
        validation_alias=AliasChoices("clientToken", "client_token"),
        serialization_alias="clientToken",
    )
    """The client idempotency token for this create call."""

    configuration_overrides: ConfigurationOverrides | None = Field(
        default=None,
        validation_alias=AliasChoices("configurationOverrides", "configuration_overrides"),
        serialization_alias="configurationOverrides",
    )
    """
    The configuration settings that will be used to override existing configurations.
    """

    execution_role_arn: Annotated[
        str,
        Len(20, 2048),
        Pattern(
            r"^arn:(aws[\-0-9A-Za-z]*):iam::([0-9]{12})?:(role((/)|(/[!-\x7f]+/))[\+-\.0-9=@-Z_a-z]+)(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
            spec=r"^arn:(aws[a-zA-Z0-9-]*):iam::(\d{12})?:(role((\u002F)|(\u002F[\u0021-\u007F]+\u002F))[\w+=,.@-]+)$",
        ),
    ] = Field(
        validation_alias=AliasChoices("executionRoleArn", "execution_role_arn"),
        serialization_alias="executionRoleArn",
    )
    """The ARN of the execution role."""

    name: Annotated[str, Len(1, 64), Pattern(r"[\#\--9A-Z_a-z]+", spec=r"[\.\-_/#A-Za-z0-9]+")] = (
        Field()
    )
    """The name of the managed endpoint."""

    release_label: Annotated[
        str, Len(1, 64), Pattern(r"[\--9A-Z_a-z]+", spec=r"[\.\-_/A-Za-z0-9]+")
    ] = Field(
        validation_alias=AliasChoices("releaseLabel", "release_label"),
        serialization_alias="releaseLabel",
    )
    """The Amazon EMR release version."""

    tags: (
        Annotated[
            dict[
                Annotated[
                    str,
                    Len(1, 128),
                    Pattern(
                        r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*",
                        spec=r".*\S.*",
                    ),
                ],
                Annotated[
                    str,
                    Len(0, 256),
                    Pattern(
                        r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*",
                        spec=r".*\S.*",
                    ),
                ],
            ],
            Len(0, 50),
        ]
        | None
    ) = Field(default=None)
    """The tags of the managed endpoint."""

    type_: Annotated[
        str,
        Len(1, 64),
        Pattern(r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"),
    ] = Field(validation_alias=AliasChoices("type", "type_"), serialization_alias="type")
    """The type of the managed endpoint."""


class CreateManagedEndpointResponse(ApigenModel):
    """The CreateManagedEndpointResponse structure."""

    arn: (
        Annotated[
            str,
            Len(60, 1024),
            Pattern(
                r"^arn:(aws[\-0-9A-Za-z]*):emr\-containers:[^\n\r\x85\u2028\u2029]+:([0-9]{12}):/virtualclusters/[0-9A-Za-z]+/endpoints/[0-9A-Za-z]+(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
                spec=r"^arn:(aws[a-zA-Z0-9-]*):emr-containers:.+:(\d{12}):\/virtualclusters\/[0-9a-zA-Z]+\/endpoints\/[0-9a-zA-Z]+$",
            ),
        ]
        | None
    ) = Field(default=None)
    """The output contains the ARN of the managed endpoint."""

    id_: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] | None = Field(
        default=None, validation_alias=AliasChoices("id", "id_"), serialization_alias="id"
    )
    """The output contains the ID of the managed endpoint."""

    name: (
        Annotated[str, Len(1, 64), Pattern(r"[\#\--9A-Z_a-z]+", spec=r"[\.\-_/#A-Za-z0-9]+")] | None
    ) = Field(default=None)
    """The output contains the name of the managed endpoint."""

    virtual_cluster_id: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] | None = Field(
        default=None,
        validation_alias=AliasChoices("virtualClusterId", "virtual_cluster_id"),
        serialization_alias="virtualClusterId",
    )
    """The output contains the ID of the virtual cluster."""


class CreateVirtualClusterRequest(ApigenModel):
    """The CreateVirtualClusterRequest structure."""

    client_token: Annotated[
        str,
        Len(1, 64),
        Pattern(r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"),
    ] = Field(
        validation_alias=AliasChoices("clientToken", "client_token"),
        serialization_alias="clientToken",
    )
    """The client token of the virtual cluster."""

    container_provider: ContainerProvider = Field(
        validation_alias=AliasChoices("containerProvider", "container_provider"),
        serialization_alias="containerProvider",
    )
    """The container provider of the virtual cluster."""

    name: Annotated[str, Len(1, 64), Pattern(r"[\#\--9A-Z_a-z]+", spec=r"[\.\-_/#A-Za-z0-9]+")] = (
        Field()
    )
    """The specified name of the virtual cluster."""

    tags: (
        Annotated[
            dict[
                Annotated[
                    str,
                    Len(1, 128),
                    Pattern(
                        r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*",
                        spec=r".*\S.*",
                    ),
                ],
                Annotated[
                    str,
                    Len(0, 256),
                    Pattern(
                        r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*",
                        spec=r".*\S.*",
                    ),
                ],
            ],
            Len(0, 50),
        ]
        | None
    ) = Field(default=None)
    """The tags assigned to the virtual cluster."""


class CreateVirtualClusterResponse(ApigenModel):
    """The CreateVirtualClusterResponse structure."""

    arn: (
        Annotated[
            str,
            Len(60, 1024),
            Pattern(
                r"^arn:(aws[\-0-9A-Za-z]*):emr\-containers:[^\n\r\x85\u2028\u2029]+:([0-9]{12}):/virtualclusters/[0-9A-Za-z]+(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
                spec=r"^arn:(aws[a-zA-Z0-9-]*):emr-containers:.+:(\d{12}):\/virtualclusters\/[0-9a-zA-Z]+$",
            ),
        ]
        | None
    ) = Field(default=None)
    """This output contains the ARN of virtual cluster."""

    id_: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] | None = Field(
        default=None, validation_alias=AliasChoices("id", "id_"), serialization_alias="id"
    )
    """This output contains the virtual cluster ID."""

    name: (
        Annotated[str, Len(1, 64), Pattern(r"[\#\--9A-Z_a-z]+", spec=r"[\.\-_/#A-Za-z0-9]+")] | None
    ) = Field(default=None)
    """This output contains the name of the virtual cluster."""


class DeleteManagedEndpointRequest(ApigenModel):
    """The DeleteManagedEndpointRequest structure."""

    endpoint_id: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] = Field(
        validation_alias=AliasChoices("endpointId", "endpoint_id"), serialization_alias="endpointId"
    )
    """The ID of the managed endpoint."""

    virtual_cluster_id: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] = Field(
        validation_alias=AliasChoices("virtualClusterId", "virtual_cluster_id"),
        serialization_alias="virtualClusterId",
    )
    """The ID of the endpoint's virtual cluster."""


class DeleteManagedEndpointResponse(ApigenModel):
    """The DeleteManagedEndpointResponse structure."""

    id_: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] | None = Field(
        default=None, validation_alias=AliasChoices("id", "id_"), serialization_alias="id"
    )
    """The output displays the ID of the managed endpoint."""

    virtual_cluster_id: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] | None = Field(
        default=None,
        validation_alias=AliasChoices("virtualClusterId", "virtual_cluster_id"),
        serialization_alias="virtualClusterId",
    )
    """The output displays the ID of the endpoint's virtual cluster."""


class DeleteVirtualClusterRequest(ApigenModel):
    """The DeleteVirtualClusterRequest structure."""

    virtual_cluster_id: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] = Field(
        validation_alias=AliasChoices("virtualClusterId", "virtual_cluster_id"),
        serialization_alias="virtualClusterId",
    )
    """The ID of the virtual cluster that will be deleted."""


class DeleteVirtualClusterResponse(ApigenModel):
    """The DeleteVirtualClusterResponse structure."""

    id_: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] | None = Field(
        default=None, validation_alias=AliasChoices("id", "id_"), serialization_alias="id"
    )
    """This output contains the ID of the virtual cluster that will be deleted."""


class DescribeJobRunRequest(ApigenModel):
    """The DescribeJobRunRequest structure."""

    job_run_id: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] = Field(
        validation_alias=AliasChoices("jobRunId", "job_run_id"), serialization_alias="jobRunId"
    )
    """The ID of the job run request."""

    virtual_cluster_id: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] = Field(
        validation_alias=AliasChoices("virtualClusterId", "virtual_cluster_id"),
        serialization_alias="virtualClusterId",
    )
    """The ID of the virtual cluster for which the job run is submitted."""


class SparkSubmitJobDriver(ApigenModel):
    """The information about job driver for Spark submit."""

    entry_point: Annotated[
        str,
        Len(1, 256),
        Pattern(
            r"(?![\x09-\x0d ]*(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z))(^[^!\#\$\&-\*;<>\?\[-\]`\{-\}]*(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z))",
            spec="(?!\\s*$)(^[^';|\\u0026\\u003C\\u003E*?`$(){}\\[\\]!#\\\\]*$)",
        ),
    ] = Field(
        validation_alias=AliasChoices("entryPoint", "entry_point"),
        serialization_alias="entryPoint",
        repr=False,
    )
    """The entry point of job application."""

    entry_point_arguments: (
        list[
            Annotated[
                str,
                Len(1, 10280),
                Pattern(
                    r"(?![\x09-\x0d ]*(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z))(^[^!\#\$\&-\*;<>\?\[-\]`\{-\}]*(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z))",
                    spec="(?!\\s*$)(^[^';|\\u0026\\u003C\\u003E*?`$(){}\\[\\]!#\\\\]*$)",
                ),
            ]
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("entryPointArguments", "entry_point_arguments"),
        serialization_alias="entryPointArguments",
        repr=False,
    )
    """The arguments for job application."""

    spark_submit_parameters: (
        Annotated[
            str,
            Len(1, 102400),
            Pattern(
                r"(?![\x09-\x0d ]*(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z))(^[^!\#\$\&-\*;<>\?\[-\]`\{-\}]*(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z))",
                spec="(?!\\s*$)(^[^';|\\u0026\\u003C\\u003E*?`$(){}\\[\\]!#\\\\]*$)",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("sparkSubmitParameters", "spark_submit_parameters"),
        serialization_alias="sparkSubmitParameters",
        repr=False,
    )
    """The Spark submit parameters that are used for job runs."""


class JobDriver(ApigenModel):
    """Specify the driver that the job runs on."""

    spark_submit_job_driver: SparkSubmitJobDriver | None = Field(
        default=None,
        validation_alias=AliasChoices("sparkSubmitJobDriver", "spark_submit_job_driver"),
        serialization_alias="sparkSubmitJobDriver",
    )
    """The job driver parameters specified for spark submit."""


class JobRun(ApigenModel):
    """
    This entity describes a job run. A job run is a unit of work, such as a Spark jar,
    PySpark script, or SparkSQL query, that you submit to Amazon EMR on EKS.
    """

    arn: (
        Annotated[
            str,
            Len(60, 1024),
            Pattern(
                r"^arn:(aws[\-0-9A-Za-z]*):emr\-containers:[^\n\r\x85\u2028\u2029]+:([0-9]{12}):/virtualclusters/[0-9A-Za-z]+/jobruns/[0-9A-Za-z]+(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
                spec=r"^arn:(aws[a-zA-Z0-9-]*):emr-containers:.+:(\d{12}):\/virtualclusters\/[0-9a-zA-Z]+\/jobruns\/[0-9a-zA-Z]+$",
            ),
        ]
        | None
    ) = Field(default=None)
    """The ARN of job run."""

    client_token: (
        Annotated[
            str,
            Len(1, 64),
            Pattern(
                r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("clientToken", "client_token"),
        serialization_alias="clientToken",
    )
    """The client token used to start a job run."""

    configuration_overrides: ConfigurationOverrides | None = Field(
        default=None,
        validation_alias=AliasChoices("configurationOverrides", "configuration_overrides"),
        serialization_alias="configurationOverrides",
    )
    """The configuration settings that are used to override default configuration."""

    created_at: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("createdAt", "created_at"),
        serialization_alias="createdAt",
    )
    """The date and time when the job run was created."""

    created_by: (
        Annotated[
            str,
            Len(20, 2048),
            Pattern(
                r"^arn:(aws[\-0-9A-Za-z]*):(iam|sts)::([0-9]{12})?:[\+-9=@-Z_a-z]+(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
                spec=r"^arn:(aws[a-zA-Z0-9-]*):(iam|sts)::(\d{12})?:[\w/+=,.@-]+$",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("createdBy", "created_by"),
        serialization_alias="createdBy",
    )
    """The user who created the job run."""

    execution_role_arn: (
        Annotated[
            str,
            Len(20, 2048),
            Pattern(
                r"^arn:(aws[\-0-9A-Za-z]*):iam::([0-9]{12})?:(role((/)|(/[!-\x7f]+/))[\+-\.0-9=@-Z_a-z]+)(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
                spec=r"^arn:(aws[a-zA-Z0-9-]*):iam::(\d{12})?:(role((\u002F)|(\u002F[\u0021-\u007F]+\u002F))[\w+=,.@-]+)$",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("executionRoleArn", "execution_role_arn"),
        serialization_alias="executionRoleArn",
    )
    """The execution role ARN of the job run."""

    failure_reason: FailureReason | None = Field(
        default=None,
        validation_alias=AliasChoices("failureReason", "failure_reason"),
        serialization_alias="failureReason",
    )
    """The reasons why the job run has failed."""

    finished_at: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("finishedAt", "finished_at"),
        serialization_alias="finishedAt",
    )
    """The date and time when the job run has finished."""

    id_: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] | None = Field(
        default=None, validation_alias=AliasChoices("id", "id_"), serialization_alias="id"
    )
    """The ID of the job run."""

    job_driver: JobDriver | None = Field(
        default=None,
        validation_alias=AliasChoices("jobDriver", "job_driver"),
        serialization_alias="jobDriver",
    )
    """Parameters of job driver for the job run."""

    name: (
        Annotated[str, Len(1, 64), Pattern(r"[\#\--9A-Z_a-z]+", spec=r"[\.\-_/#A-Za-z0-9]+")] | None
    ) = Field(default=None)
    """The name of the job run."""

    release_label: (
        Annotated[str, Len(1, 64), Pattern(r"[\--9A-Z_a-z]+", spec=r"[\.\-_/A-Za-z0-9]+")] | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("releaseLabel", "release_label"),
        serialization_alias="releaseLabel",
    )
    """The release version of Amazon EMR."""

    state: JobRunState | None = Field(default=None)
    """The state of the job run."""

    state_details: (
        Annotated[
            str,
            Len(1, 256),
            Pattern(
                r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("stateDetails", "state_details"),
        serialization_alias="stateDetails",
    )
    """Additional details of the job run state."""

    tags: (
        Annotated[
            dict[
                Annotated[
                    str,
                    Len(1, 128),
                    Pattern(
                        r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*",
                        spec=r".*\S.*",
                    ),
                ],
                Annotated[
                    str,
                    Len(0, 256),
                    Pattern(
                        r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*",
                        spec=r".*\S.*",
                    ),
                ],
            ],
            Len(0, 50),
        ]
        | None
    ) = Field(default=None)
    """The assigned tags of the job run."""

    virtual_cluster_id: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] | None = Field(
        default=None,
        validation_alias=AliasChoices("virtualClusterId", "virtual_cluster_id"),
        serialization_alias="virtualClusterId",
    )
    """The ID of the job run's virtual cluster."""


class DescribeJobRunResponse(ApigenModel):
    """The DescribeJobRunResponse structure."""

    job_run: JobRun | None = Field(
        default=None,
        validation_alias=AliasChoices("jobRun", "job_run"),
        serialization_alias="jobRun",
    )
    """The output displays information about a job run."""


class DescribeManagedEndpointRequest(ApigenModel):
    """The DescribeManagedEndpointRequest structure."""

    endpoint_id: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] = Field(
        validation_alias=AliasChoices("endpointId", "endpoint_id"), serialization_alias="endpointId"
    )
    """This output displays ID of the managed endpoint."""

    virtual_cluster_id: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] = Field(
        validation_alias=AliasChoices("virtualClusterId", "virtual_cluster_id"),
        serialization_alias="virtualClusterId",
    )
    """The ID of the endpoint's virtual cluster."""


class Endpoint(ApigenModel):
    """This entity represents the endpoint that is managed by Amazon EMR on EKS."""

    arn: (
        Annotated[
            str,
            Len(60, 1024),
            Pattern(
                r"^arn:(aws[\-0-9A-Za-z]*):emr\-containers:[^\n\r\x85\u2028\u2029]+:([0-9]{12}):/virtualclusters/[0-9A-Za-z]+/endpoints/[0-9A-Za-z]+(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
                spec=r"^arn:(aws[a-zA-Z0-9-]*):emr-containers:.+:(\d{12}):\/virtualclusters\/[0-9a-zA-Z]+\/endpoints\/[0-9a-zA-Z]+$",
            ),
        ]
        | None
    ) = Field(default=None)
    """The ARN of the endpoint."""

    certificate_arn: (
        Annotated[
            str,
            Len(44, 2048),
            Pattern(
                r"^arn:(aws[\-0-9A-Za-z]*):acm:[^\n\r\x85\u2028\u2029]+:([0-9]{12}):certificate/[^\n\r\x85\u2028\u2029]+(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
                spec=r"^arn:(aws[a-zA-Z0-9-]*):acm:.+:(\d{12}):certificate/.+$",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("certificateArn", "certificate_arn"),
        serialization_alias="certificateArn",
    )
    """The certificate ARN of the endpoint."""

    configuration_overrides: ConfigurationOverrides | None = Field(
        default=None,
        validation_alias=AliasChoices("configurationOverrides", "configuration_overrides"),
        serialization_alias="configurationOverrides",
    )
    """
    The configuration settings that are used to override existing configurations for
    endpoints.
    """

    created_at: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("createdAt", "created_at"),
        serialization_alias="createdAt",
    )
    """The date and time when the endpoint was created."""

    execution_role_arn: (
        Annotated[
            str,
            Len(20, 2048),
            Pattern(
                r"^arn:(aws[\-0-9A-Za-z]*):iam::([0-9]{12})?:(role((/)|(/[!-\x7f]+/))[\+-\.0-9=@-Z_a-z]+)(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
                spec=r"^arn:(aws[a-zA-Z0-9-]*):iam::(\d{12})?:(role((\u002F)|(\u002F[\u0021-\u007F]+\u002F))[\w+=,.@-]+)$",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("executionRoleArn", "execution_role_arn"),
        serialization_alias="executionRoleArn",
    )
    """The execution role ARN of the endpoint."""

    failure_reason: FailureReason | None = Field(
        default=None,
        validation_alias=AliasChoices("failureReason", "failure_reason"),
        serialization_alias="failureReason",
    )
    """The reasons why the endpoint has failed."""

    id_: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] | None = Field(
        default=None, validation_alias=AliasChoices("id", "id_"), serialization_alias="id"
    )
    """The ID of the endpoint."""

    name: (
        Annotated[str, Len(1, 64), Pattern(r"[\#\--9A-Z_a-z]+", spec=r"[\.\-_/#A-Za-z0-9]+")] | None
    ) = Field(default=None)
    """The name of the endpoint."""

    release_label: (
        Annotated[str, Len(1, 64), Pattern(r"[\--9A-Z_a-z]+", spec=r"[\.\-_/A-Za-z0-9]+")] | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("releaseLabel", "release_label"),
        serialization_alias="releaseLabel",
    )
    """The EMR release version to be used for the endpoint."""

    security_group: (
        Annotated[
            str,
            Len(1, 256),
            Pattern(
                r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("securityGroup", "security_group"),
        serialization_alias="securityGroup",
    )
    """The security group configuration of the endpoint."""

    server_url: (
        Annotated[
            str,
            Len(1, 10280),
            Pattern(
                r"[\x09\x0a\x0d -\ud800\udbff\udc00\udfff-\ufffd]*",
                spec=r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDBFF-\uDC00\uDFFF\r\n\t]*",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("serverUrl", "server_url"),
        serialization_alias="serverUrl",
    )
    """The server URL of the endpoint."""

    state: EndpointState | None = Field(default=None)
    """The state of the endpoint."""

    state_details: (
        Annotated[
            str,
            Len(1, 256),
            Pattern(
                r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("stateDetails", "state_details"),
        serialization_alias="stateDetails",
    )
    """Additional details of the endpoint state."""

    subnet_ids: (
        list[
            Annotated[
                str,
                Len(1, 256),
                Pattern(
                    r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"
                ),
            ]
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("subnetIds", "subnet_ids"),
        serialization_alias="subnetIds",
    )
    """The subnet IDs of the endpoint."""

    tags: (
        Annotated[
            dict[
                Annotated[
                    str,
                    Len(1, 128),
                    Pattern(
                        r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*",
                        spec=r".*\S.*",
                    ),
                ],
                Annotated[
                    str,
                    Len(0, 256),
                    Pattern(
                        r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*",
                        spec=r".*\S.*",
                    ),
                ],
            ],
            Len(0, 50),
        ]
        | None
    ) = Field(default=None)
    """The tags of the endpoint."""

    type_: (
        Annotated[
            str,
            Len(1, 64),
            Pattern(
                r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"
            ),
        ]
        | None
    ) = Field(
        default=None, validation_alias=AliasChoices("type", "type_"), serialization_alias="type"
    )
    """The type of the endpoint."""

    virtual_cluster_id: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] | None = Field(
        default=None,
        validation_alias=AliasChoices("virtualClusterId", "virtual_cluster_id"),
        serialization_alias="virtualClusterId",
    )
    """The ID of the endpoint's virtual cluster."""


class DescribeManagedEndpointResponse(ApigenModel):
    """The DescribeManagedEndpointResponse structure."""

    endpoint: Endpoint | None = Field(default=None)
    """This output displays information about a managed endpoint."""


class DescribeVirtualClusterRequest(ApigenModel):
    """The DescribeVirtualClusterRequest structure."""

    virtual_cluster_id: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] = Field(
        validation_alias=AliasChoices("virtualClusterId", "virtual_cluster_id"),
        serialization_alias="virtualClusterId",
    )
    """The ID of the virtual cluster that will be described."""


class VirtualCluster(ApigenModel):
    """
    This entity describes a virtual cluster. A virtual cluster is a Kubernetes namespace
    that Amazon EMR is registered with. Amazon EMR uses virtual clusters to run jobs and
    host endpoints. Multiple virtual clusters can be backed by the same physical
    cluster. However, each virtual cluster maps to one namespace on an EKS cluster.
    Virtual clusters do not create any active resources that contribute to your bill or
    that require lifecycle management outside the service.
    """

    arn: (
        Annotated[
            str,
            Len(60, 1024),
            Pattern(
                r"^arn:(aws[\-0-9A-Za-z]*):emr\-containers:[^\n\r\x85\u2028\u2029]+:([0-9]{12}):/virtualclusters/[0-9A-Za-z]+(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
                spec=r"^arn:(aws[a-zA-Z0-9-]*):emr-containers:.+:(\d{12}):\/virtualclusters\/[0-9a-zA-Z]+$",
            ),
        ]
        | None
    ) = Field(default=None)
    """The ARN of the virtual cluster."""

    container_provider: ContainerProvider | None = Field(
        default=None,
        validation_alias=AliasChoices("containerProvider", "container_provider"),
        serialization_alias="containerProvider",
    )
    """The container provider of the virtual cluster."""

    created_at: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("createdAt", "created_at"),
        serialization_alias="createdAt",
    )
    """The date and time when the virtual cluster is created."""

    id_: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] | None = Field(
        default=None, validation_alias=AliasChoices("id", "id_"), serialization_alias="id"
    )
    """The ID of the virtual cluster."""

    name: (
        Annotated[str, Len(1, 64), Pattern(r"[\#\--9A-Z_a-z]+", spec=r"[\.\-_/#A-Za-z0-9]+")] | None
    ) = Field(default=None)
    """The name of the virtual cluster."""

    state: VirtualClusterState | None = Field(default=None)
    """The state of the virtual cluster."""

    tags: (
        Annotated[
            dict[
                Annotated[
                    str,
                    Len(1, 128),
                    Pattern(
                        r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*",
                        spec=r".*\S.*",
                    ),
                ],
                Annotated[
                    str,
                    Len(0, 256),
                    Pattern(
                        r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*",
                        spec=r".*\S.*",
                    ),
                ],
            ],
            Len(0, 50),
        ]
        | None
    ) = Field(default=None)
    """The assigned tags of the virtual cluster."""


class DescribeVirtualClusterResponse(ApigenModel):
    """The DescribeVirtualClusterResponse structure."""

    virtual_cluster: VirtualCluster | None = Field(
        default=None,
        validation_alias=AliasChoices("virtualCluster", "virtual_cluster"),
        serialization_alias="virtualCluster",
    )
    """This output displays information about the specified virtual cluster."""


class IncompleteSignature(ApigenModel):
    """The request signature does not conform to AWS standards."""

    message: str | None = Field(default=None)


class InternalFailure(ApigenModel):
    """
    The request processing has failed because of an unknown error, exception or failure.
    """

    message: str | None = Field(default=None)


class InternalServerException(ApigenModel):
    """This is an internal server exception."""

    message: (
        Annotated[
            str,
            Len(1, 1024),
            Pattern(
                r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"
            ),
        ]
        | None
    ) = Field(default=None)


class InvalidAction(ApigenModel):
    """
    The action or operation requested is invalid. Verify that the action is typed
    correctly.
    """

    message: str | None = Field(default=None)


class InvalidClientTokenId(ApigenModel):
    """
    The X.509 certificate or AWS access key ID provided does not exist in our records.
    """

    message: str | None = Field(default=None)


class InvalidParameterCombination(ApigenModel):
    """Parameters that must not be used together were used together."""

    message: str | None = Field(default=None)


class InvalidParameterValue(ApigenModel):
    """An invalid or out-of-range value was supplied for the input parameter."""

    message: str | None = Field(default=None)


class InvalidQueryParameter(ApigenModel):
    """The AWS query string is malformed or does not adhere to AWS standards."""

    message: str | None = Field(default=None)


class ListJobRunsRequest(ApigenModel):
    """The ListJobRunsRequest structure."""

    created_after: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("createdAfter", "created_after"),
        serialization_alias="createdAfter",
    )
    """The date and time after which the job runs were submitted."""

    created_before: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("createdBefore", "created_before"),
        serialization_alias="createdBefore",
    )
    """The date and time before which the job runs were submitted."""

    max_results: Int32 | None = Field(
        default=None,
        validation_alias=AliasChoices("maxResults", "max_results"),
        serialization_alias="maxResults",
    )
    """The maximum number of job runs that can be listed."""

    name: (
        Annotated[str, Len(1, 64), Pattern(r"[\#\--9A-Z_a-z]+", spec=r"[\.\-_/#A-Za-z0-9]+")] | None
    ) = Field(default=None)
    """The name of the job run."""

    next_token: (
        Annotated[
            str,
            Len(1, 1024),
            Pattern(
                r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("nextToken", "next_token"),
        serialization_alias="nextToken",
    )
    """The token for the next set of job runs to return."""

    states: Annotated[list[JobRunState], Len(0, 10)] | None = Field(default=None)
    """The states of the job run."""

    virtual_cluster_id: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] = Field(
        validation_alias=AliasChoices("virtualClusterId", "virtual_cluster_id"),
        serialization_alias="virtualClusterId",
    )
    """The ID of the virtual cluster for which to list the job run."""


class ListJobRunsResponse(ApigenModel):
    """The ListJobRunsResponse structure."""

    job_runs: list[JobRun] | None = Field(
        default=None,
        validation_alias=AliasChoices("jobRuns", "job_runs"),
        serialization_alias="jobRuns",
    )
    """This output lists information about the specified job runs."""

    next_token: (
        Annotated[
            str,
            Len(1, 1024),
            Pattern(
                r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("nextToken", "next_token"),
        serialization_alias="nextToken",
    )
    """This output displays the token for the next set of job runs."""


class ListManagedEndpointsRequest(ApigenModel):
    """The ListManagedEndpointsRequest structure."""

    created_after: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("createdAfter", "created_after"),
        serialization_alias="createdAfter",
    )
    """The date and time after which the endpoints are created."""

    created_before: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("createdBefore", "created_before"),
        serialization_alias="createdBefore",
    )
    """The date and time before which the endpoints are created."""

    max_results: Int32 | None = Field(
        default=None,
        validation_alias=AliasChoices("maxResults", "max_results"),
        serialization_alias="maxResults",
    )
    """The maximum number of managed endpoints that can be listed."""

    next_token: (
        Annotated[
            str,
            Len(1, 1024),
            Pattern(
                r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("nextToken", "next_token"),
        serialization_alias="nextToken",
    )
    """The token for the next set of managed endpoints to return."""

    states: Annotated[list[EndpointState], Len(0, 10)] | None = Field(default=None)
    """The states of the managed endpoints."""

    types: (
        Annotated[
            list[
                Annotated[
                    str,
                    Len(1, 64),
                    Pattern(
                        r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*",
                        spec=r".*\S.*",
                    ),
                ]
            ],
            Len(0, 10),
        ]
        | None
    ) = Field(default=None)
    """The types of the managed endpoints."""

    virtual_cluster_id: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] = Field(
        validation_alias=AliasChoices("virtualClusterId", "virtual_cluster_id"),
        serialization_alias="virtualClusterId",
    )
    """The ID of the virtual cluster."""


class ListManagedEndpointsResponse(ApigenModel):
    """The ListManagedEndpointsResponse structure."""

    endpoints: list[Endpoint] | None = Field(default=None)
    """The managed endpoints to be listed."""

    next_token: (
        Annotated[
            str,
            Len(1, 1024),
            Pattern(
                r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("nextToken", "next_token"),
        serialization_alias="nextToken",
    )
    """The token for the next set of endpoints to return."""


class ListTagsForResourceRequest(ApigenModel):
    """The ListTagsForResourceRequest structure."""

    resource_arn: Annotated[
        str,
        Len(60, 500),
        Pattern(
            r"^arn:(aws[\-0-9A-Za-z]*):emr\-containers:[^\n\r\x85\u2028\u2029]+:([0-9]{12}):/virtualclusters/[^\n\r\x85\u2028\u2029]+(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
            spec=r"^arn:(aws[a-zA-Z0-9-]*):emr-containers:.+:(\d{12}):/virtualclusters/.+$",
        ),
    ] = Field(
        validation_alias=AliasChoices("resourceArn", "resource_arn"),
        serialization_alias="resourceArn",
    )
    """The ARN of tagged resources."""


class ListTagsForResourceResponse(ApigenModel):
    """The ListTagsForResourceResponse structure."""

    tags: (
        Annotated[
            dict[
                Annotated[
                    str,
                    Len(1, 128),
                    Pattern(
                        r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*",
                        spec=r".*\S.*",
                    ),
                ],
                Annotated[
                    str,
                    Len(0, 256),
                    Pattern(
                        r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*",
                        spec=r".*\S.*",
                    ),
                ],
            ],
            Len(0, 50),
        ]
        | None
    ) = Field(default=None)
    """The tags assigned to resources."""


class ListVirtualClustersRequest(ApigenModel):
    """The ListVirtualClustersRequest structure."""

    container_provider_id: (
        Annotated[
            str,
            Len(1, 1024),
            Pattern(
                r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("containerProviderId", "container_provider_id"),
        serialization_alias="containerProviderId",
    )
    """The container provider ID of the virtual cluster."""

    container_provider_type: ContainerProviderType | None = Field(
        default=None,
        validation_alias=AliasChoices("containerProviderType", "container_provider_type"),
        serialization_alias="containerProviderType",
    )
    """
    The container provider type of the virtual cluster. EKS is the only supported type
    as of now.
    """

    created_after: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("createdAfter", "created_after"),
        serialization_alias="createdAfter",
    )
    """The date and time after which the virtual clusters are created."""

    created_before: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("createdBefore", "created_before"),
        serialization_alias="createdBefore",
    )
    """The date and time before which the virtual clusters are created."""

    max_results: Int32 | None = Field(
        default=None,
        validation_alias=AliasChoices("maxResults", "max_results"),
        serialization_alias="maxResults",
    )
    """The maximum number of virtual clusters that can be listed."""

    next_token: (
        Annotated[
            str,
            Len(1, 1024),
            Pattern(
                r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("nextToken", "next_token"),
        serialization_alias="nextToken",
    )
    """The token for the next set of virtual clusters to return."""

    states: Annotated[list[VirtualClusterState], Len(0, 10)] | None = Field(default=None)
    """The states of the requested virtual clusters."""


class ListVirtualClustersResponse(ApigenModel):
    """The ListVirtualClustersResponse structure."""

    next_token: (
        Annotated[
            str,
            Len(1, 1024),
            Pattern(
                r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("nextToken", "next_token"),
        serialization_alias="nextToken",
    )
    """This output displays the token for the next set of virtual clusters."""

    virtual_clusters: list[VirtualCluster] | None = Field(
        default=None,
        validation_alias=AliasChoices("virtualClusters", "virtual_clusters"),
        serialization_alias="virtualClusters",
    )
    """This output lists the specified virtual clusters."""


class MalformedQueryString(ApigenModel):
    """The query string contains a syntax error."""

    message: str | None = Field(default=None)


class MissingAction(ApigenModel):
    """The request is missing an action or a required parameter."""

    message: str | None = Field(default=None)


class MissingAuthenticationToken(ApigenModel):
    """
    The request must contain either a valid (registered) AWS access key ID or X.509
    certificate.
    """

    message: str | None = Field(default=None)


class MissingParameter(ApigenModel):
    """A required parameter for the specified action is not supplied."""

    message: str | None = Field(default=None)


class NotAuthorized(ApigenModel):
    """You do not have permission to perform this action."""

    message: str | None = Field(default=None)


class OptInRequired(ApigenModel):
    """The AWS access key ID needs a subscription for the service."""

    message: str | None = Field(default=None)


class RequestExpired(ApigenModel):
    """
    The request reached the service more than 15 minutes after the date stamp on the
    request or more than 15 minutes after the request expiration date (such as for
    pre-signed URLs), or the date stamp on the request is more than 15 minutes in the
    future.
    """

    message: str | None = Field(default=None)


class ResourceNotFoundException(ApigenModel):
    """The specified resource was not found."""

    message: (
        Annotated[
            str,
            Len(1, 1024),
            Pattern(
                r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"
            ),
        ]
        | None
    ) = Field(default=None)


class ServiceUnavailable(ApigenModel):
    """The request has failed due to a temporary failure of the server."""

    message: str | None = Field(default=None)


class StartJobRunRequest(ApigenModel):
    """The StartJobRunRequest structure."""

    virtual_cluster_id: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] = Field(
        validation_alias=AliasChoices("virtualClusterId", "virtual_cluster_id"),
        serialization_alias="virtualClusterId",
    )
    """The virtual cluster ID for which the job run request is submitted."""

    client_token: Annotated[
        str,
        Len(1, 64),
        Pattern(r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"),
    ] = Field(
        validation_alias=AliasChoices("clientToken", "client_token"),
        serialization_alias="clientToken",
    )
    """The client idempotency token of the job run request."""

    configuration_overrides: ConfigurationOverrides | None = Field(
        default=None,
        validation_alias=AliasChoices("configurationOverrides", "configuration_overrides"),
        serialization_alias="configurationOverrides",
    )
    """The configuration overrides for the job run."""

    execution_role_arn: Annotated[
        str,
        Len(20, 2048),
        Pattern(
            r"^arn:(aws[\-0-9A-Za-z]*):iam::([0-9]{12})?:(role((/)|(/[!-\x7f]+/))[\+-\.0-9=@-Z_a-z]+)(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
            spec=r"^arn:(aws[a-zA-Z0-9-]*):iam::(\d{12})?:(role((\u002F)|(\u002F[\u0021-\u007F]+\u002F))[\w+=,.@-]+)$",
        ),
    ] = Field(
        validation_alias=AliasChoices("executionRoleArn", "execution_role_arn"),
        serialization_alias="executionRoleArn",
    )
    """The execution role ARN for the job run."""

    job_driver: JobDriver = Field(
        validation_alias=AliasChoices("jobDriver", "job_driver"), serialization_alias="jobDriver"
    )
    """The job driver for the job run."""

    name: (
        Annotated[str, Len(1, 64), Pattern(r"[\#\--9A-Z_a-z]+", spec=r"[\.\-_/#A-Za-z0-9]+")] | None
    ) = Field(default=None)
    """The name of the job run."""

    release_label: Annotated[
        str, Len(1, 64), Pattern(r"[\--9A-Z_a-z]+", spec=r"[\.\-_/A-Za-z0-9]+")
    ] = Field(
        validation_alias=AliasChoices("releaseLabel", "release_label"),
        serialization_alias="releaseLabel",
    )
    """The Amazon EMR release version to use for the job run."""

    tags: (
        Annotated[
            dict[
                Annotated[
                    str,
                    Len(1, 128),
                    Pattern(
                        r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*",
                        spec=r".*\S.*",
                    ),
                ],
                Annotated[
                    str,
                    Len(0, 256),
                    Pattern(
                        r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*",
                        spec=r".*\S.*",
                    ),
                ],
            ],
            Len(0, 50),
        ]
        | None
    ) = Field(default=None)
    """The tags assigned to job runs."""


class StartJobRunResponse(ApigenModel):
    """The StartJobRunResponse structure."""

    arn: (
        Annotated[
            str,
            Len(60, 1024),
            Pattern(
                r"^arn:(aws[\-0-9A-Za-z]*):emr\-containers:[^\n\r\x85\u2028\u2029]+:([0-9]{12}):/virtualclusters/[0-9A-Za-z]+/jobruns/[0-9A-Za-z]+(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
                spec=r"^arn:(aws[a-zA-Z0-9-]*):emr-containers:.+:(\d{12}):\/virtualclusters\/[0-9a-zA-Z]+\/jobruns\/[0-9a-zA-Z]+$",
            ),
        ]
        | None
    ) = Field(default=None)
    """This output lists the ARN of job run."""

    id_: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] | None = Field(
        default=None, validation_alias=AliasChoices("id", "id_"), serialization_alias="id"
    )
    """This output displays the started job run ID."""

    name: (
        Annotated[str, Len(1, 64), Pattern(r"[\#\--9A-Z_a-z]+", spec=r"[\.\-_/#A-Za-z0-9]+")] | None
    ) = Field(default=None)
    """This output displays the name of the started job run."""

    virtual_cluster_id: Annotated[str, Len(1, 64), Pattern(r"[0-9a-z]+")] | None = Field(
        default=None,
        validation_alias=AliasChoices("virtualClusterId", "virtual_cluster_id"),
        serialization_alias="virtualClusterId",
    )
    """
    This output displays the virtual cluster ID for which the job run was submitted.
    """


class TagResourceRequest(ApigenModel):
    """The TagResourceRequest structure."""

    resource_arn: Annotated[
        str,
        Len(60, 500),
        Pattern(
            r"^arn:(aws[\-0-9A-Za-z]*):emr\-containers:[^\n\r\x85\u2028\u2029]+:([0-9]{12}):/virtualclusters/[^\n\r\x85\u2028\u2029]+(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
            spec=r"^arn:(aws[a-zA-Z0-9-]*):emr-containers:.+:(\d{12}):/virtualclusters/.+$",
        ),
    ] = Field(
        validation_alias=AliasChoices("resourceArn", "resource_arn"),
        serialization_alias="resourceArn",
    )
    """The ARN of resources."""

    tags: Annotated[
        dict[
            Annotated[
                str,
                Len(1, 128),
                Pattern(
                    r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"
                ),
            ],
            Annotated[
                str,
                Len(0, 256),
                Pattern(
                    r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"
                ),
            ],
        ],
        Len(0, 50),
    ] = Field()
    """The tags assigned to resources."""


class TagResourceResponse(ApigenModel):
    """The TagResourceResponse structure."""


class ThrottlingException(ApigenModel):
    """The request was denied due to request throttling."""

    message: str | None = Field(default=None)


class UntagResourceRequest(ApigenModel):
    """The UntagResourceRequest structure."""

    resource_arn: Annotated[
        str,
        Len(60, 500),
        Pattern(
            r"^arn:(aws[\-0-9A-Za-z]*):emr\-containers:[^\n\r\x85\u2028\u2029]+:([0-9]{12}):/virtualclusters/[^\n\r\x85\u2028\u2029]+(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
            spec=r"^arn:(aws[a-zA-Z0-9-]*):emr-containers:.+:(\d{12}):/virtualclusters/.+$",
        ),
    ] = Field(
        validation_alias=AliasChoices("resourceArn", "resource_arn"),
        serialization_alias="resourceArn",
    )
    """The ARN of resources."""

    tag_keys: Annotated[
        list[
            Annotated[
                str,
                Len(1, 128),
                Pattern(
                    r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"
                ),
            ]
        ],
        Len(0, 50),
    ] = Field(validation_alias=AliasChoices("tagKeys", "tag_keys"), serialization_alias="tagKeys")
    """The tag keys of the resources."""


class UntagResourceResponse(ApigenModel):
    """The UntagResourceResponse structure."""


class ValidationError(ApigenModel):
    """The input fails to satisfy the constraints specified by an AWS service."""

    message: str | None = Field(default=None)


class ValidationException(ApigenModel):
    """There are invalid parameters in the client request."""

    message: (
        Annotated[
            str,
            Len(1, 1024),
            Pattern(
                r"[^\n\r\x85\u2028\u2029]*[^\x09-\x0d ][^\n\r\x85\u2028\u2029]*", spec=r".*\S.*"
            ),
        ]
        | None
    ) = Field(default=None)
