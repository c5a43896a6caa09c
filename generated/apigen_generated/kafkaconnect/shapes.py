"""Shapes of Amazon MSK Connect (version 2021-09-14)."""

from __future__ import annotations

from typing import Annotated

from annotated_types import Interval, Len
from pydantic import AliasChoices, Field

from .._runtime.core.model import ApigenModel, ApigenOneOf, OpenEnum
from .._runtime.core.scalars import DateTime, Int32, Int64

__all__ = [
    "AccessDeniedException",
    "ApacheKafkaCluster",
    "ApacheKafkaClusterDescription",
    "AutoScaling",
    "AutoScalingDescription",
    "AutoScalingUpdate",
    "BadRequestException",
    "Capacity",
    "CapacityDescription",
    "CapacityUpdate",
    "CloudWatchLogsLogDelivery",
    "CloudWatchLogsLogDeliveryDescription",
    "ConflictException",
    "ConnectorOperationState",
    "ConnectorOperationStep",
    "ConnectorOperationStepState",
    "ConnectorOperationStepType",
    "ConnectorOperationSummary",
    "ConnectorOperationType",
    "ConnectorState",
    "ConnectorSummary",
    "CreateConnectorRequest",
    "CreateConnectorResponse",
    "CreateCustomPluginRequest",
    "CreateCustomPluginResponse",
    "CreateWorkerConfigurationRequest",
    "CreateWorkerConfigurationResponse",
    "CustomPlugin",
    "CustomPluginContentType",
    "CustomPluginDescription",
    "CustomPluginFileDescription",
    "CustomPluginLocation",
    "CustomPluginLocationDescription",
    "CustomPluginRevisionSummary",
    "CustomPluginState",
    "CustomPluginSummary",
    "DeleteConnectorRequest",
    "DeleteConnectorResponse",
    "DeleteCustomPluginRequest",
    "DeleteCustomPluginResponse",
    "DeleteWorkerConfigurationRequest",
    "DeleteWorkerConfigurationResponse",
    "DescribeConnectorOperationRequest",
    "DescribeConnectorOperationResponse",
    "DescribeConnectorRequest",
    "DescribeConnectorResponse",
    "DescribeCustomPluginRequest",
    "DescribeCustomPluginResponse",
    "DescribeWorkerConfigurationRequest",
    "DescribeWorkerConfigurationResponse",
    "ExpiredTokenException",
    "FirehoseLogDelivery",
    "FirehoseLogDeliveryDescription",
    "ForbiddenException",
    "IncompleteSignature",
    "InternalFailure",
    "InternalServerErrorException",
    "KafkaCluster",
    "KafkaClusterClientAuthentication",
    "KafkaClusterClientAuthenticationDescription",
    "KafkaClusterClientAuthenticationType",
    "KafkaClusterDescription",
    "KafkaClusterEncryptionInTransit",
    "KafkaClusterEncryptionInTransitDescription",
    "KafkaClusterEncryptionInTransitType",
    "ListConnectorOperationsRequest",
    "ListConnectorOperationsResponse",
    "ListConnectorsRequest",
    "ListConnectorsResponse",
    "ListCustomPluginsRequest",
    "ListCustomPluginsResponse",
    "ListTagsForResourceRequest",
    "ListTagsForResourceResponse",
    "ListWorkerConfigurationsRequest",
    "ListWorkerConfigurationsResponse",
    "LogDelivery",
    "LogDeliveryDescription",
    "MalformedHttpRequestException",
    "NetworkType",
    "NotAuthorized",
    "NotFoundException",
    "OptInRequired",
    "Plugin",
    "PluginDescription",
    "ProvisionedCapacity",
    "ProvisionedCapacityDescription",
    "ProvisionedCapacityUpdate",
    "RequestAbortedException",
    "RequestEntityTooLargeException",
    "RequestExpired",
    "RequestTimeoutException",
    "S3Location",
    "S3LocationDescription",
    "S3LogDelivery",
    "S3LogDeliveryDescription",
    "ScaleInPolicy",
    "ScaleInPolicyDescription",
    "ScaleInPolicyUpdate",
    "ScaleOutPolicy",
    "ScaleOutPolicyDescription",
    "ScaleOutPolicyUpdate",
    "ServiceUnavailable",
    "ServiceUnavailableException",
    "StateDescription",
    "TagResourceRequest",
    "TagResourceResponse",
    "ThrottlingException",
    "TooManyRequestsException",
    "UnauthorizedException",
    "UnknownOperationException",
    "UnrecognizedClientException",
    "UntagResourceRequest",
    "UntagResourceResponse",
    "UpdateConnectorRequest",
    "UpdateConnectorResponse",
    "ValidationError",
    "Vpc",
    "VpcDescription",
    "WorkerConfiguration",
    "WorkerConfigurationDescription",
    "WorkerConfigurationRevisionDescription",
    "WorkerConfigurationRevisionSummary",
    "WorkerConfigurationState",
    "WorkerConfigurationSummary",
    "WorkerLogDelivery",
    "WorkerLogDeliveryDescription",
    "WorkerSetting",
]


class ConnectorOperationState(OpenEnum):
    """The ConnectorOperationState enum."""

    PENDING = "PENDING"
    UPDATE_IN_PROGRESS = "UPDATE_IN_PROGRESS"
    UPDATE_COMPLETE = "UPDATE_COMPLETE"
    UPDATE_FAILED = "UPDATE_FAILED"
    ROLLBACK_IN_PROGRESS = "ROLLBACK_IN_PROGRESS"
    ROLLBACK_FAILED = "ROLLBACK_FAILED"
    ROLLBACK_COMPLETE = "ROLLBACK_COMPLETE"


class ConnectorOperationStepState(OpenEnum):
    """The ConnectorOperationStepState enum."""

    PENDING = "PENDING"
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    CANCELLED = "CANCELLED"


class ConnectorOperationStepType(OpenEnum):
    """The ConnectorOperationStepType enum."""

    INITIALIZE_UPDATE = "INITIALIZE_UPDATE"
    FINALIZE_UPDATE = "FINALIZE_UPDATE"
    UPDATE_WORKER_SETTING = "UPDATE_WORKER_SETTING"
    UPDATE_CONNECTOR_CONFIGURATION = "UPDATE_CONNECTOR_CONFIGURATION"
    VALIDATE_UPDATE = "VALIDATE_UPDATE"


class ConnectorOperationType(OpenEnum):
    """The ConnectorOperationType enum."""

    UPDATE_WORKER_SETTING = "UPDATE_WORKER_SETTING"
    UPDATE_CONNECTOR_CONFIGURATION = "UPDATE_CONNECTOR_CONFIGURATION"
    ISOLATE_CONNECTOR = "ISOLATE_CONNECTOR"
    RESTORE_CONNECTOR = "RESTORE_CONNECTOR"


class ConnectorState(OpenEnum):
    """The ConnectorState enum."""

    RUNNING = "RUNNING"
    CREATING = "CREATING"
    UPDATING = "UPDATING"
    DELETING = "DELETING"
    FAILED = "FAILED"


class CustomPluginContentType(OpenEnum):
    """The CustomPluginContentType enum."""

    JAR = "JAR"
    ZIP = "ZIP"


class CustomPluginState(OpenEnum):
    """The CustomPluginState enum."""

    CREATING = "CREATING"
    CREATE_FAILED = "CREATE_FAILED"
    ACTIVE = "ACTIVE"
    UPDATING = "UPDATING"
    UPDATE_FAILED = "UPDATE_FAILED"
    DELETING = "DELETING"


class KafkaClusterClientAuthenticationType(OpenEnum):
    """The KafkaClusterClientAuthenticationType enum."""

    NONE = "NONE"
    IAM = "IAM"


class KafkaClusterEncryptionInTransitType(OpenEnum):
    """The KafkaClusterEncryptionInTransitType enum."""

    PLAINTEXT = "PLAINTEXT"
    TLS = "TLS"


class NetworkType(OpenEnum):
    """The NetworkType enum."""

    IPV4 = "IPV4"
    DUAL = "DUAL"


class WorkerConfigurationState(OpenEnum):
    """The WorkerConfigurationState enum."""

    ACTIVE = "ACTIVE"
    DELETING = "DELETING"


class AccessDeniedException(ApigenModel):
    """You do not have sufficient access to perform this action."""

    message: str | None = Field(default=None)


class Vpc(ApigenModel):
    """Information about the VPC in which the connector resides."""

    subnets: list[str] = Field()
    """The subnets for the connector."""

    security_groups: list[str] | None = Field(
        default=None,
        validation_alias=AliasChoices("securityGroups", "security_groups"),
        serialization_alias="securityGroups",
    )
    """The security groups for the connector."""


class ApacheKafkaCluster(ApigenModel):
    """The details of the Apache Kafka cluster to which the connector is connected."""

    bootstrap_servers: str = Field(
        validation_alias=AliasChoices("bootstrapServers", "bootstrap_servers"),
        serialization_alias="bootstrapServers",
    )
    """The bootstrap servers of the cluster."""

    vpc: Vpc = Field()
    """
    Details of an Amazon VPC which has network connectivity to the Apache Kafka cluster.
    """


class VpcDescription(ApigenModel):
    """The description of the VPC in which the connector resides."""

    security_groups: list[str] | None = Field(
        default=None,
        validation_alias=AliasChoices("securityGroups", "security_groups"),
        serialization_alias="securityGroups",
    )
    """The security groups for the connector."""

    subnets: list[str] | None = Field(default=None)
    """The subnets for the connector."""


class ApacheKafkaClusterDescription(ApigenModel):
    """
    The description of the Apache Kafka cluster to which the connector is connected.
    """

    bootstrap_servers: str | None = Field(
        default=None,
        validation_alias=AliasChoices("bootstrapServers", "bootstrap_servers"),
        serialization_alias="bootstrapServers",
    )
    """The bootstrap servers of the cluster."""

    vpc: VpcDescription | None = Field(default=None)
    """
    Details of an Amazon VPC which has network connectivity to the Apache Kafka cluster.
    """


class ScaleInPolicy(ApigenModel):
    """The scale-in policy for the connector."""

    cpu_utilization_percentage: Annotated[Int32, Interval(ge=1, le=100)] = Field(
        validation_alias=AliasChoices("cpuUtilizationPercentage", "cpu_utilization_percentage"),
        serialization_alias="cpuUtilizationPercentage",
    )
    """
    Specifies the CPU utilization percentage threshold at which you want connector scale
    in to be triggered.
    """


class ScaleOutPolicy(ApigenModel):
    """The scale-out policy for the connector."""

    cpu_utilization_percentage: Annotated[Int32, Interval(ge=1, le=100)] = Field(
        validation_alias=AliasChoices("cpuUtilizationPercentage", "cpu_utilization_percentage"),
        serialization_alias="cpuUtilizationPercentage",
    )
    """
    The CPU utilization percentage threshold at which you want connector scale out to be
    triggered.
    """


class AutoScaling(ApigenModel):
    """Specifies how the connector scales."""

    max_worker_count: Int32 = Field(
        validation_alias=AliasChoices("maxWorkerCount", "max_worker_count"),
        serialization_alias="maxWorkerCount",
    )
    """The maximum number of workers allocated to the connector."""

    mcu_count: Annotated[Int32, Interval(ge=1, le=8)] = Field(
        validation_alias=AliasChoices("mcuCount", "mcu_count"), serialization_alias="mcuCount"
    )
    """
    The number of microcontroller units (MCUs) allocated to each connector worker. The
    valid values are 1,2,4,8.
    """

    min_worker_count: Int32 = Field(
        validation_alias=AliasChoices("minWorkerCount", "min_worker_count"),
        serialization_alias="minWorkerCount",
    )
    """The minimum number of workers allocated to the connector."""

    scale_in_policy: ScaleInPolicy | None = Field(
        default=None,
        validation_alias=AliasChoices("scaleInPolicy", "scale_in_policy"),
        serialization_alias="scaleInPolicy",
    )
    """The scale-in policy for the connector."""

    scale_out_policy: ScaleOutPolicy | None = Field(
        default=None,
        validation_alias=AliasChoices("scaleOutPolicy", "scale_out_policy"),
        serialization_alias="scaleOutPolicy",
    )
    """The scale-out policy for the connector."""


class ScaleInPolicyDescription(ApigenModel):
    """The description of the scale-in policy for the connector."""

    cpu_utilization_percentage: Int32 | None = Field(
        default=None,
        validation_alias=AliasChoices("cpuUtilizationPercentage", "cpu_utilization_percentage"),
        serialization_alias="cpuUtilizationPercentage",
    )
    """
    Specifies the CPU utilization percentage threshold at which you want connector scale
    in to be triggered.
    """


class ScaleOutPolicyDescription(ApigenModel):
    """The description of the scale-out policy for the connector."""

    cpu_utilization_percentage: Int32 | None = Field(
        default=None,
        validation_alias=AliasChoices("cpuUtilizationPercentage", "cpu_utilization_percentage"),
        serialization_alias="cpuUtilizationPercentage",
    )
    """
    The CPU utilization percentage threshold at which you want connector scale out to be
    triggered.
    """


class AutoScalingDescription(ApigenModel):
    """Information about the auto scaling parameters for the connector."""

    max_worker_count: Int32 | None = Field(
        default=None,
        validation_alias=AliasChoices("maxWorkerCount", "max_worker_count"),
        serialization_alias="maxWorkerCount",
    )
    """The maximum number of workers allocated to the connector."""

    mcu_count: Int32 | None = Field(
        default=None,
        validation_alias=AliasChoices("mcuCount", "mcu_count"),
        serialization_alias="mcuCount",
    )
    """
    The number of microcontroller units (MCUs) allocated to each connector worker. The
    valid values are 1,2,4,8.
    """

    min_worker_count: Int32 | None = Field(
        default=None,
        validation_alias=AliasChoices("minWorkerCount", "min_worker_count"),
        serialization_alias="minWorkerCount",
    )
    """The minimum number of workers allocated to the connector."""

    scale_in_policy: ScaleInPolicyDescription | None = Field(
        default=None,
        validation_alias=AliasChoices("scaleInPolicy", "scale_in_policy"),
        serialization_alias="scaleInPolicy",
    )
    """The scale-in policy for the connector."""

    scale_out_policy: ScaleOutPolicyDescription | None = Field(
        default=None,
        validation_alias=AliasChoices("scaleOutPolicy", "scale_out_policy"),
        serialization_alias="scaleOutPolicy",
    )
    """The scale-out policy for the connector."""


class ScaleInPolicyUpdate(ApigenModel):
    """An update to the connector's scale-in policy."""

    cpu_utilization_percentage: Annotated[Int32, Interval(ge=1, le=100)] = Field(
        validation_alias=AliasChoices("cpuUtilizationPercentage", "cpu_utilization_percentage"),
        serialization_alias="cpuUtilizationPercentage",
    )
    """
    The target CPU utilization percentage threshold at which you want connector scale in
    to be triggered.
    """


class ScaleOutPolicyUpdate(ApigenModel):
    """An update to the connector's scale-out policy."""

    cpu_utilization_percentage: Annotated[Int32, Interval(ge=1, le=100)] = Field(
        validation_alias=AliasChoices("cpuUtilizationPercentage", "cpu_utilization_percentage"),
        serialization_alias="cpuUtilizationPercentage",
    )
    """
    The target CPU utilization percentage threshold at which you want connector scale
    out to be triggered.
    """


class AutoScalingUpdate(ApigenModel):
    """The updates to the auto scaling parameters for the connector."""

    max_worker_count: Int32 = Field(
        validation_alias=AliasChoices("maxWorkerCount", "max_worker_count"),
        serialization_alias="maxWorkerCount",
    )
    """The target maximum number of workers allocated to the connector."""

    mcu_count: Annotated[Int32, Interval(ge=1, le=8)] = Field(
        validation_alias=AliasChoices("mcuCount", "mcu_count"), serialization_alias="mcuCount"
    )
    """
    The target number of microcontroller units (MCUs) allocated to each connector
    worker. The valid values are 1,2,4,8.
    """

    min_worker_count: Int32 = Field(
        validation_alias=AliasChoices("minWorkerCount", "min_worker_count"),
        serialization_alias="minWorkerCount",
    )
    """The target minimum number of workers allocated to the connector."""

    scale_in_policy: ScaleInPolicyUpdate = Field(
        validation_alias=AliasChoices("scaleInPolicy", "scale_in_policy"),
        serialization_alias="scaleInPolicy",
    )
    """The target scale-in policy for the connector."""

    scale_out_policy: ScaleOutPolicyUpdate = Field(
        validation_alias=AliasChoices("scaleOutPolicy", "scale_out_policy"),
        serialization_alias="scaleOutPolicy",
    )
    """The target scale-out policy for the connector."""


class BadRequestException(ApigenModel):
    """
    HTTP Status Code 400: Bad request due to incorrect input. Correct your request and
    then retry it.
    """

    message: str | None = Field(default=None)


class ProvisionedCapacity(ApigenModel):
    """Details about a connector's provisioned capacity."""

    mcu_count: Annotated[Int32, Interval(ge=1, le=8)] = Field(
        validation_alias=AliasChoices("mcuCount", "mcu_count"), serialization_alias="mcuCount"
    )
    """
    The number of microcontroller units (MCUs) allocated to each connector worker. The
    valid values are 1,2,4,8.
    """

    worker_count: Int32 = Field(
        validation_alias=AliasChoices("workerCount", "worker_count"),
        serialization_alias="workerCount",
    )
    """The number of workers that are allocated to the connector."""


class Capacity(ApigenOneOf):
    """
    Information about the capacity of the connector, whether it is auto scaled or
    provisioned.
    """

    auto_scaling: AutoScaling | None = Field(
        default=None,
        validation_alias=AliasChoices("autoScaling", "auto_scaling"),
        serialization_alias="autoScaling",
    )
    """Information about the auto scaling parameters for the connector."""

    provisioned_capacity: ProvisionedCapacity | None = Field(
        default=None,
        validation_alias=AliasChoices("provisionedCapacity", "provisioned_capacity"),
        serialization_alias="provisionedCapacity",
    )
    """Details about a fixed capacity allocated to a connector."""


class ProvisionedCapacityDescription(ApigenModel):
    """The description of a connector's provisioned capacity."""

    mcu_count: Int32 | None = Field(
        default=None,
        validation_alias=AliasChoices("mcuCount", "mcu_count"),
        serialization_alias="mcuCount",
    )
    """
    The number of microcontroller units (MCUs) allocated to each connector worker. The
    valid values are 1,2,4,8.
    """

    worker_count: Int32 | None = Field(
        default=None,
        validation_alias=AliasChoices("workerCount", "worker_count"),
        serialization_alias="workerCount",
    )
    """The number of workers that are allocated to the connector."""


class CapacityDescription(ApigenModel):
    """A description of the connector's capacity."""

    auto_scaling: AutoScalingDescription | None = Field(
        default=None,
        validation_alias=AliasChoices("autoScaling", "auto_scaling"),
        serialization_alias="autoScaling",
    )
    """Describes the connector's auto scaling capacity."""

    provisioned_capacity: ProvisionedCapacityDescription | None = Field(
        default=None,
        validation_alias=AliasChoices("provisionedCapacity", "provisioned_capacity"),
        serialization_alias="provisionedCapacity",
    )
    """Describes a connector's provisioned capacity."""


class ProvisionedCapacityUpdate(ApigenModel):
    """An update to a connector's fixed capacity."""

    mcu_count: Annotated[Int32, Interval(ge=1, le=8)] = Field(
        validation_alias=AliasChoices("mcuCount", "mcu_count"), serialization_alias="mcuCount"
    )
    """
    The number of microcontroller units (MCUs) allocated to each connector worker. The
    valid values are 1,2,4,8.
    """

    worker_count: Int32 = Field(
        validation_alias=AliasChoices("workerCount", "worker_count"),
        serialization_alias="workerCount",
    )
    """The number of workers that are allocated to the connector."""


class CapacityUpdate(ApigenOneOf):
    """
    The target capacity for the connector. The capacity can be auto scaled or
    provisioned.
    """

    auto_scaling: AutoScalingUpdate | None = Field(
        default=None,
        validation_alias=AliasChoices("autoScaling", "auto_scaling"),
        serialization_alias="autoScaling",
    )
    """The target auto scaling setting."""

    provisioned_capacity: ProvisionedCapacityUpdate | None = Field(
        default=None,
        validation_alias=AliasChoices("provisionedCapacity", "provisioned_capacity"),
        serialization_alias="provisionedCapacity",
    )
    """The target settings for provisioned capacity."""


class CloudWatchLogsLogDelivery(ApigenModel):
    """The settings for delivering connector logs to Amazon CloudWatch Logs."""

    enabled: bool = Field()
    """Whether log delivery to Amazon CloudWatch Logs is enabled."""

    log_group: str | None = Field(
        default=None,
        validation_alias=AliasChoices("logGroup", "log_group"),
        serialization_alias="logGroup",
    )
    """The name of the CloudWatch log group that is the destination for log delivery."""


class CloudWatchLogsLogDeliveryDescription(ApigenModel):
    """A description of the log delivery settings."""

    enabled: bool | None = Field(default=None)
    """Whether log delivery to Amazon CloudWatch Logs is enabled."""

    log_group: str | None = Field(
        default=None,
        validation_alias=AliasChoices("logGroup", "log_group"),
        serialization_alias="logGroup",
    )
    """The name of the CloudWatch log group that is the destination for log delivery."""


class ConflictException(ApigenModel):
    """
    HTTP Status Code 409: Conflict. A resource with this name already exists. Retry your
    request with another name.
    """

    message: str | None = Field(default=None)


class ConnectorOperationStep(ApigenModel):
    """Details of a step that is involved in a connector's operation."""

    step_state: ConnectorOperationStepState | None = Field(
        default=None,
        validation_alias=AliasChoices("stepState", "step_state"),
        serialization_alias="stepState",
    )
    """The step state of the operation."""

    step_type: ConnectorOperationStepType | None = Field(
        default=None,
        validation_alias=AliasChoices("stepType", "step_type"),
        serialization_alias="stepType",
    )
    """The step type of the operation."""


class ConnectorOperationSummary(ApigenModel):
    """Summary of a connector operation."""

    connector_operation_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorOperationArn", "connector_operation_arn"),
        serialization_alias="connectorOperationArn",
    )
    """The Amazon Resource Name (ARN) of the connector operation."""

    connector_operation_state: ConnectorOperationState | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorOperationState", "connector_operation_state"),
        serialization_alias="connectorOperationState",
    )
    """The state of the connector operation."""

    connector_operation_type: ConnectorOperationType | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorOperationType", "connector_operation_type"),
        serialization_alias="connectorOperationType",
    )
    """The type of connector operation performed."""

    creation_time: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("creationTime", "creation_time"),
        serialization_alias="creationTime",
    )
    """The time when operation was created."""

    end_time: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("endTime", "end_time"),
        serialization_alias="endTime",
    )
    """The time when operation ended."""


class KafkaClusterClientAuthenticationDescription(ApigenModel):
    """
    The client authentication information used in order to authenticate with the Apache
    Kafka cluster.
    """

    authentication_type: KafkaClusterClientAuthenticationType | None = Field(
        default=None,
        validation_alias=AliasChoices("authenticationType", "authentication_type"),
        serialization_alias="authenticationType",
    )
    """
    The type of client authentication used to connect to the Apache Kafka cluster. Value
    NONE means that no client authentication is used.
    """


class KafkaClusterDescription(ApigenModel):
    """Details of how to connect to the Apache Kafka cluster."""

    apache_kafka_cluster: ApacheKafkaClusterDescription | None = Field(
        default=None,
        validation_alias=AliasChoices("apacheKafkaCluster", "apache_kafka_cluster"),
        serialization_alias="apacheKafkaCluster",
    )
    """The Apache Kafka cluster to which the connector is connected."""


class KafkaClusterEncryptionInTransitDescription(ApigenModel):
    """The description of the encryption in transit to the Apache Kafka cluster."""

    encryption_type: KafkaClusterEncryptionInTransitType | None = Field(
        default=None,
        validation_alias=AliasChoices("encryptionType", "encryption_type"),
        serialization_alias="encryptionType",
    )
    """The type of encryption in transit to the Apache Kafka cluster."""


class FirehoseLogDeliveryDescription(ApigenModel):
    """
    A description of the settings for delivering logs to Amazon Kinesis Data Firehose.
    """

    delivery_stream: str | None = Field(
        default=None,
        validation_alias=AliasChoices("deliveryStream", "delivery_stream"),
        serialization_alias="deliveryStream",
    )
    """
    The name of the Kinesis Data Firehose delivery stream that is the destination for
    log delivery.
    """

    enabled: bool | None = Field(default=None)
    """
    Specifies whether connector logs get delivered to Amazon Kinesis Data Firehose.
    """


class S3LogDeliveryDescription(ApigenModel):
    """The description of the details about delivering logs to Amazon S3."""

    bucket: str | None = Field(default=None)
    """The name of the S3 bucket that is the destination for log delivery."""

    enabled: bool | None = Field(default=None)
    """
    Specifies whether connector logs get sent to the specified Amazon S3 destination.
    """

    prefix: str | None = Field(default=None)
    """The S3 prefix that is the destination for log delivery."""


class WorkerLogDeliveryDescription(ApigenModel):
    """
    Workers can send worker logs to different destination types. This configuration
    specifies the details of these destinations.
    """

    cloud_watch_logs: CloudWatchLogsLogDeliveryDescription | None = Field(
        default=None,
        validation_alias=AliasChoices("cloudWatchLogs", "cloud_watch_logs"),
        serialization_alias="cloudWatchLogs",
    )
    """Details about delivering logs to Amazon CloudWatch Logs."""

    firehose: FirehoseLogDeliveryDescription | None = Field(default=None)
    """Details about delivering logs to Amazon Kinesis Data Firehose."""

    s3: S3LogDeliveryDescription | None = Field(default=None)
    """Details about delivering logs to Amazon S3."""


class LogDeliveryDescription(ApigenModel):
    """The description of the log delivery settings."""

    worker_log_delivery: WorkerLogDeliveryDescription | None = Field(
        default=None,
        validation_alias=AliasChoices("workerLogDelivery", "worker_log_delivery"),
        serialization_alias="workerLogDelivery",
    )
    """
    The workers can send worker logs to different destination types. This configuration
    specifies the details of these destinations.
    """


class CustomPluginDescription(ApigenModel):
    """Details about a custom plugin."""

    custom_plugin_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("customPluginArn", "custom_plugin_arn"),
        serialization_alias="customPluginArn",
    )
    """The Amazon Resource Name (ARN) of the custom plugin."""

    revision: Int64 | None = Field(default=None)
    """The revision of the custom plugin."""


class PluginDescription(ApigenModel):
    """The description of the plugin."""

    custom_plugin: CustomPluginDescription | None = Field(
        default=None,
        validation_alias=AliasChoices("customPlugin", "custom_plugin"),
        serialization_alias="customPlugin",
    )
    """Details about a custom plugin."""


class WorkerConfigurationDescription(ApigenModel):
    """The description of the worker configuration."""

    revision: Int64 | None = Field(default=None)
    """The revision of the worker configuration."""

    worker_configuration_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("workerConfigurationArn", "worker_configuration_arn"),
        serialization_alias="workerConfigurationArn",
    )
    """The Amazon Resource Name (ARN) of the worker configuration."""


class ConnectorSummary(ApigenModel):
    """Summary of a connector."""

    capacity: CapacityDescription | None = Field(default=None)
    """The connector's compute capacity settings."""

    connector_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorArn", "connector_arn"),
        serialization_alias="connectorArn",
    )
    """The Amazon Resource Name (ARN) of the connector."""

    connector_description: str | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorDescription", "connector_description"),
        serialization_alias="connectorDescription",
    )
    """The description of the connector."""

    connector_name: str | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorName", "connector_name"),
        serialization_alias="connectorName",
    )
    """The name of the connector."""

    connector_state: ConnectorState | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorState", "connector_state"),
        serialization_alias="connectorState",
    )
    """The state of the connector."""

    creation_time: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("creationTime", "creation_time"),
        serialization_alias="creationTime",
    )
    """The time that the connector was created."""

    current_version: str | None = Field(
        default=None,
        validation_alias=AliasChoices("currentVersion", "current_version"),
        serialization_alias="currentVersion",
    )
    """The current version of the connector."""

    kafka_cluster: KafkaClusterDescription | None = Field(
        default=None,
        validation_alias=AliasChoices("kafkaCluster", "kafka_cluster"),
        serialization_alias="kafkaCluster",
    )
    """The details of the Apache Kafka cluster to which the connector is connected."""

    kafka_cluster_client_authentication: KafkaClusterClientAuthenticationDescription | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "kafkaClusterClientAuthentication", "kafka_cluster_client_authentication"
        ),
        serialization_alias="kafkaClusterClientAuthentication",
    )
    """
    The type of client authentication used to connect to the Apache Kafka cluster. The
    value is NONE when no client authentication is used.
    """

    kafka_cluster_encryption_in_transit: KafkaClusterEncryptionInTransitDescription | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "kafkaClusterEncryptionInTransit", "kafka_cluster_encryption_in_transit"
        ),
        serialization_alias="kafkaClusterEncryptionInTransit",
    )
    """Details of encryption in transit to the Apache Kafka cluster."""

    kafka_connect_version: str | None = Field(
        default=None,
        validation_alias=AliasChoices("kafkaConnectVersion", "kafka_connect_version"),
        serialization_alias="kafkaConnectVersion",
    )
    """
    The version of Kafka Connect. It has to be compatible with both the Apache Kafka
    cluster's version and the plugins.
    """

    log_delivery: LogDeliveryDescription | None = Field(
        default=None,
        validation_alias=AliasChoices("logDelivery", "log_delivery"),
        serialization_alias="logDelivery",
    )
    """The settings for delivering connector logs to Amazon CloudWatch Logs."""

    network_type: NetworkType | None = Field(
        default=None,
        validation_alias=AliasChoices("networkType", "network_type"),
        serialization_alias="networkType",
    )
    """
    The network type of the connector. It gives connectors connectivity to either IPv4
    (IPV4) or IPv4 and IPv6 (DUAL) destinations. Defaults to IPV4.
    """

    plugins: list[PluginDescription] | None = Field(default=None)
    """Specifies which plugins were used for this connector."""

    service_execution_role_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("serviceExecutionRoleArn", "service_execution_role_arn"),
        serialization_alias="serviceExecutionRoleArn",
    )
    """
    The Amazon Resource Name (ARN) of the IAM role used by the connector to access
    Amazon Web Services resources.
    """

    worker_configuration: WorkerConfigurationDescription | None = Field(
        default=None,
        validation_alias=AliasChoices("workerConfiguration", "worker_configuration"),
        serialization_alias="workerConfiguration",
    )
    """The worker configurations that are in use with the connector."""


class KafkaCluster(ApigenModel):
    """The details of the Apache Kafka cluster to which the connector is connected."""

    apache_kafka_cluster: ApacheKafkaCluster = Field(
        validation_alias=AliasChoices("apacheKafkaCluster", "apache_kafka_cluster"),
        serialization_alias="apacheKafkaCluster",
    )
    """The Apache Kafka cluster to which the connector is connected."""


class KafkaClusterClientAuthentication(ApigenModel):
    """
    The client authentication information used in order to authenticate with the Apache
    Kafka cluster.
    """

    authentication_type: KafkaClusterClientAuthenticationType = Field(
        validation_alias=AliasChoices("authenticationType", "authentication_type"),
        serialization_alias="authenticationType",
    )
    """
    The type of client authentication used to connect to the Apache Kafka cluster. Value
    NONE means that no client authentication is used.
    """


class KafkaClusterEncryptionInTransit(ApigenModel):
    """Details of encryption in transit to the Apache Kafka cluster."""

    encryption_type: KafkaClusterEncryptionInTransitType = Field(
        validation_alias=AliasChoices("encryptionType", "encryption_type"),
        serialization_alias="encryptionType",
    )
    """The type of encryption in transit to the Apache Kafka cluster."""


class FirehoseLogDelivery(ApigenModel):
    """The settings for delivering logs to Amazon Kinesis Data Firehose."""

    enabled: bool = Field()
    """
    Specifies whether connector logs get delivered to Amazon Kinesis Data Firehose.
    """

    delivery_stream: str | None = Field(
        default=None,
        validation_alias=AliasChoices("deliveryStream", "delivery_stream"),
        serialization_alias="deliveryStream",
    )
    """
    The name of the Kinesis Data Firehose delivery stream that is the destination for
    log delivery.
    """


class S3LogDelivery(ApigenModel):
    """Details about delivering logs to Amazon S3."""

    enabled: bool = Field()
    """
    Specifies whether connector logs get sent to the specified Amazon S3 destination.
    """

    bucket: str | None = Field(default=None)
    """The name of the S3 bucket that is the destination for log delivery."""

    prefix: str | None = Field(default=None)
    """The S3 prefix that is the destination for log delivery."""


class WorkerLogDelivery(ApigenModel):
    """
    Workers can send worker logs to different destination types. This configuration
    specifies the details of these destinations.
    """

    cloud_watch_logs: CloudWatchLogsLogDelivery | None = Field(
        default=None,
        validation_alias=AliasChoices("cloudWatchLogs", "cloud_watch_logs"),
        serialization_alias="cloudWatchLogs",
    )
    """Details about delivering logs to Amazon CloudWatch Logs."""

    firehose: FirehoseLogDelivery | None = Field(default=None)
    """Details about delivering logs to Amazon Kinesis Data Firehose."""

    s3: S3LogDelivery | None = Field(default=None)
    """Details about delivering logs to Amazon S3."""


class LogDelivery(ApigenModel):
    """Details about log delivery."""

    worker_log_delivery: WorkerLogDelivery = Field(
        validation_alias=AliasChoices("workerLogDelivery", "worker_log_delivery"),
        serialization_alias="workerLogDelivery",
    )
    """
    The workers can send worker logs to different destination types. This configuration
    specifies the details of these destinations.
    """


class CustomPlugin(ApigenModel):
    """
    A plugin is an AWS resource that contains the code that defines a connector's logic.
    """

    custom_plugin_arn: str = Field(
        validation_alias=AliasChoices("customPluginArn", "custom_plugin_arn"),
        serialization_alias="customPluginArn",
    )
    """The Amazon Resource Name (ARN) of the custom plugin."""

    revision: Annotated[Int64, Interval(ge=1, le=9223372036854775807)] = Field()
    """The revision of the custom plugin."""


class Plugin(ApigenModel):
    """
    A plugin is an AWS resource that contains the code that defines your connector
    logic.
    """

    custom_plugin: CustomPlugin = Field(
        validation_alias=AliasChoices("customPlugin", "custom_plugin"),
        serialization_alias="customPlugin",
    )
    """Details about a custom plugin."""


class WorkerConfiguration(ApigenModel):
    """
    The configuration of the workers, which are the processes that run the connector
    logic.
    """

    revision: Annotated[Int64, Interval(ge=1, le=9223372036854775807)] = Field()
    """The revision of the worker configuration."""

    worker_configuration_arn: str = Field(
        validation_alias=AliasChoices("workerConfigurationArn", "worker_configuration_arn"),
        serialization_alias="workerConfigurationArn",
    )
    """The Amazon Resource Name (ARN) of the worker configuration."""


class CreateConnectorRequest(ApigenModel):
    """The CreateConnectorRequest structure."""

    capacity: Capacity = Field()
    """
    Information about the capacity allocated to the connector. Exactly one of the two
    properties must be specified.
    """

    connector_configuration: dict[str, str] = Field(
        validation_alias=AliasChoices("connectorConfiguration", "connector_configuration"),
        serialization_alias="connectorConfiguration",
        repr=False,
    )
    """A map of keys to values that represent the configuration for the connector."""

    connector_description: Annotated[str, Len(0, 1024)] | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorDescription", "connector_description"),
        serialization_alias="connectorDescription",
    )
    """A summary description of the connector."""

    connector_name: Annotated[str, Len(1, 128)] = Field(
        validation_alias=AliasChoices("connectorName", "connector_name"),
        serialization_alias="connectorName",
    )
    """The name of the connector."""

    kafka_cluster: KafkaCluster = Field(
        validation_alias=AliasChoices("kafkaCluster", "kafka_cluster"),
        serialization_alias="kafkaCluster",
    )
    """Specifies which Apache Kafka cluster to connect to."""

    kafka_cluster_client_authentication: KafkaClusterClientAuthentication = Field(
        validation_alias=AliasChoices(
            "kafkaClusterClientAuthentication", "kafka_cluster_client_authentication"
        ),
        serialization_alias="kafkaClusterClientAuthentication",
    )
    """Details of the client authentication used by the Apache Kafka cluster."""

    kafka_cluster_encryption_in_transit: KafkaClusterEncryptionInTransit = Field(
        validation_alias=AliasChoices(
            "kafkaClusterEncryptionInTransit", "kafka_cluster_encryption_in_transit"
        ),
        serialization_alias="kafkaClusterEncryptionInTransit",
    )
    """Details of encryption in transit to the Apache Kafka cluster."""

    kafka_connect_version: str = Field(
        validation_alias=AliasChoices("kafkaConnectVersion", "kafka_connect_version"),
        serialization_alias="kafkaConnectVersion",
    )
    """
    The version of Kafka Connect. It has to be compatible with both the Apache Kafka
    cluster's version and the plugins.
    """

    log_delivery: LogDelivery | None = Field(
        default=None,
        validation_alias=AliasChoices("logDelivery", "log_delivery"),
        serialization_alias="logDelivery",
    )
    """Details about log delivery."""

    network_type: NetworkType | None = Field(
        default=None,
        validation_alias=AliasChoices("networkType", "network_type"),
        serialization_alias="networkType",
    )
    """
    The network type of the connector. It gives connectors connectivity to either IPv4
    (IPV4) or IPv4 and IPv6 (DUAL) destinations. Defaults to IPV4.
    """

    plugins: list[Plugin] = Field()
    """
    Important: Amazon MSK Connect does not currently support specifying multiple plugins
    as a list. To use more than one plugin for your connector, you can create a single
    custom plugin using a ZIP file that bundles multiple plugins together. Specifies
    which plugin to use for the connector. You must specify a single-element list
    containing one customPlugin object.
    """

    service_execution_role_arn: str = Field(
        validation_alias=AliasChoices("serviceExecutionRoleArn", "service_execution_role_arn"),
        serialization_alias="serviceExecutionRoleArn",
    )
    """
    The Amazon Resource Name (ARN) of the IAM role used by the connector to access the
    Amazon Web Services resources that it needs. The types of resources depends on the
    logic of the connector. For example, a connector that has Amazon S3 as a destination
    must have permissions that allow it to write to the S3 destination bucket.
    """

    tags: (
        Annotated[dict[Annotated[str, Len(1, 128)], Annotated[str, Len(0, 256)]], Len(0, 200)]
        | None
    ) = Field(default=None)
    """The tags you want to attach to the connector."""

    worker_configuration: WorkerConfiguration | None = Field(
        default=None,
        validation_alias=AliasChoices("workerConfiguration", "worker_configuration"),
        serialization_alias="workerConfiguration",
    )
    """Specifies which worker configuration to use with the connector."""


class CreateConnectorResponse(ApigenModel):
    """The CreateConnectorResponse structure."""

    connector_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorArn", "connector_arn"),
        serialization_alias="connectorArn",
    )
    """The Amazon Resource Name (ARN) that Amazon assigned to the connector."""

    connector_name: str | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorName", "connector_name"),
        serialization_alias="connectorName",
    )
    """The name of the connector."""

    connector_state: ConnectorState | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorState", "connector_state"),
        serialization_alias="connectorState",
    )
    """The state of the connector."""


class S3Location(ApigenModel):
    """The location of an object in Amazon S3."""

    bucket_arn: str = Field(
        validation_alias=AliasChoices("bucketArn", "bucket_arn"), serialization_alias="bucketArn"
    )
    """The Amazon Resource Name (ARN) of an S3 bucket."""

    file_key: str = Field(
        validation_alias=AliasChoices("fileKey", "file_key"), serialization_alias="fileKey"
    )
    """The file key for an object in an S3 bucket."""

    object_version: str | None = Field(
        default=None,
        validation_alias=AliasChoices("objectVersion", "object_version"),
        serialization_alias="objectVersion",
    )
    """The version of an object in an S3 bucket."""


class CustomPluginLocation(ApigenModel):
    """Information about the location of a custom plugin."""

    s3_location: S3Location = Field(
        validation_alias=AliasChoices("s3Location", "s3_location"), serialization_alias="s3Location"
    )
    """
    The S3 bucket Amazon Resource Name (ARN), file key, and object version of the plugin
    file stored in Amazon S3.
    """


class CreateCustomPluginRequest(ApigenModel):
    """The CreateCustomPluginRequest structure."""

    content_type: CustomPluginContentType = Field(
        validation_alias=AliasChoices("contentType", "content_type"),
        serialization_alias="contentType",
    )
    """The type of the plugin file."""

    description: Annotated[str, Len(0, 1024)] | None = Field(default=None)
    """A summary description of the custom plugin."""

    location: CustomPluginLocation = Field()
    """Information about the location of a custom plugin."""

    name: Annotated[str, Len(1, 128)] = Field()
    """The name of the custom plugin."""

    tags: (
        Annotated[dict[Annotated[str, Len(1, 128)], Annotated[str, Len(0, 256)]], Len(0, 200)]
        | None
    ) = Field(default=None)
    """The tags you want to attach to the custom plugin."""


class CreateCustomPluginResponse(ApigenModel):
    """The CreateCustomPluginResponse structure."""

    custom_plugin_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("customPluginArn", "custom_plugin_arn"),
        serialization_alias="customPluginArn",
    )
    """The Amazon Resource Name (ARN) that Amazon assigned to the custom plugin."""

    custom_plugin_state: CustomPluginState | None = Field(
        default=None,
        validation_alias=AliasChoices("customPluginState", "custom_plugin_state"),
        serialization_alias="customPluginState",
    )
    """The state of the custom plugin."""

    name: str | None = Field(default=None)
    """The name of the custom plugin."""

    revision: Int64 | None = Field(default=None)
    """The revision of the custom plugin."""


class CreateWorkerConfigurationRequest(ApigenModel):
    """The CreateWorkerConfigurationRequest structure."""

    description: Annotated[str, Len(0, 1024)] | None = Field(default=None)
    """A summary description of the worker configuration."""

    name: Annotated[str, Len(1, 128)] = Field()
    """The name of the worker configuration."""

    properties_file_content: str = Field(
        validation_alias=AliasChoices("propertiesFileContent", "properties_file_content"),
        serialization_alias="propertiesFileContent",
        repr=False,
    )
    """Base64 encoded contents of connect-distributed.properties file."""

    tags: (
        Annotated[dict[Annotated[str, Len(1, 128)], Annotated[str, Len(0, 256)]], Len(0, 200)]
        | None
    ) = Field(default=None)
    """The tags you want to attach to the worker configuration."""


class WorkerConfigurationRevisionSummary(ApigenModel):
    """The summary of a worker configuration revision."""

    creation_time: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("creationTime", "creation_time"),
        serialization_alias="creationTime",
    )
    """The time that a worker configuration revision was created."""

    description: str | None = Field(default=None)
    """The description of a worker configuration revision."""

    revision: Int64 | None = Field(default=None)
    """The revision of a worker configuration."""


class CreateWorkerConfigurationResponse(ApigenModel):
    """The CreateWorkerConfigurationResponse structure."""

    creation_time: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("creationTime", "creation_time"),
        serialization_alias="creationTime",
    )
    """The time that the worker configuration was created."""

    latest_revision: WorkerConfigurationRevisionSummary | None = Field(
        default=None,
        validation_alias=AliasChoices("latestRevision", "latest_revision"),
        serialization_alias="latestRevision",
    )
    """The latest revision of the worker configuration."""

    name: str | None = Field(default=None)
    """The name of the worker configuration."""

    worker_configuration_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("workerConfigurationArn", "worker_configuration_arn"),
        serialization_alias="workerConfigurationArn",
    )
    """
    The Amazon Resource Name (ARN) that Amazon assigned to the worker configuration.
    """

    worker_configuration_state: WorkerConfigurationState | None = Field(
        default=None,
        validation_alias=AliasChoices("workerConfigurationState", "worker_configuration_state"),
        serialization_alias="workerConfigurationState",
    )
    """The state of the worker configuration."""


class CustomPluginFileDescription(ApigenModel):
    """Details about a custom plugin file."""

    file_md5: str | None = Field(
        default=None,
        validation_alias=AliasChoices("fileMd5", "file_md5"),
        serialization_alias="fileMd5",
    )
    """
    The hex-encoded MD5 checksum of the custom plugin file. You can use it to validate
    the file.
    """

    file_size: Int64 | None = Field(
        default=None,
        validation_alias=AliasChoices("fileSize", "file_size"),
        serialization_alias="fileSize",
    )
    """
    The size in bytes of the custom plugin file. You can use it to validate the file.
    """


class S3LocationDescription(ApigenModel):
    """The description of the location of an object in Amazon S3."""

    bucket_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("bucketArn", "bucket_arn"),
        serialization_alias="bucketArn",
    )
    """The Amazon Resource Name (ARN) of an S3 bucket."""

    file_key: str | None = Field(
        default=None,
        validation_alias=AliasChoices("fileKey", "file_key"),
        serialization_alias="fileKey",
    )
    """The file key for an object in an S3 bucket."""

    object_version: str | None = Field(
        default=None,
        validation_alias=AliasChoices("objectVersion", "object_version"),
        serialization_alias="objectVersion",
    )
    """The version of an object in an S3 bucket."""


class CustomPluginLocationDescription(ApigenModel):
    """Information about the location of a custom plugin."""

    s3_location: S3LocationDescription | None = Field(
        default=None,
        validation_alias=AliasChoices("s3Location", "s3_location"),
        serialization_alias="s3Location",
    )
    """
    The S3 bucket Amazon Resource Name (ARN), file key, and object version of the plugin
    file stored in Amazon S3.
    """


class CustomPluginRevisionSummary(ApigenModel):
    """Details about the revision of a custom plugin."""

    content_type: CustomPluginContentType | None = Field(
        default=None,
        validation_alias=AliasChoices("contentType", "content_type"),
        serialization_alias="contentType",
    )
    """The format of the plugin file."""

    creation_time: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("creationTime", "creation_time"),
        serialization_alias="creationTime",
    )
    """The time that the custom plugin was created."""

    description: str | None = Field(default=None)
    """The description of the custom plugin."""

    file_description: CustomPluginFileDescription | None = Field(
        default=None,
        validation_alias=AliasChoices("fileDescription", "file_description"),
        serialization_alias="fileDescription",
    )
    """Details about the custom plugin file."""

    location: CustomPluginLocationDescription | None = Field(default=None)
    """Information about the location of the custom plugin."""

    revision: Int64 | None = Field(default=None)
    """The revision of the custom plugin."""


class CustomPluginSummary(ApigenModel):
    """A summary of the custom plugin."""

    creation_time: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("creationTime", "creation_time"),
        serialization_alias="creationTime",
    )
    """The time that the custom plugin was created."""

    custom_plugin_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("customPluginArn", "custom_plugin_arn"),
        serialization_alias="customPluginArn",
    )
    """The Amazon Resource Name (ARN) of the custom plugin."""

    custom_plugin_state: CustomPluginState | None = Field(
        default=None,
        validation_alias=AliasChoices("customPluginState", "custom_plugin_state"),
        serialization_alias="customPluginState",
    )
    """The state of the custom plugin."""

    description: str | None = Field(default=None)
    """A description of the custom plugin."""

    latest_revision: CustomPluginRevisionSummary | None = Field(
        default=None,
        validation_alias=AliasChoices("latestRevision", "latest_revision"),
        serialization_alias="latestRevision",
    )
    """The latest revision of the custom plugin."""

    name: str | None = Field(default=None)
    """The name of the custom plugin."""


class DeleteConnectorRequest(ApigenModel):
    """The DeleteConnectorRequest structure."""

    connector_arn: str = Field(
        validation_alias=AliasChoices("connectorArn", "connector_arn"),
        serialization_alias="connectorArn",
    )
    """The Amazon Resource Name (ARN) of the connector that you want to delete."""

    current_version: str | None = Field(
        default=None,
        validation_alias=AliasChoices("currentVersion", "current_version"),
        serialization_alias="currentVersion",
    )
    """The current version of the connector that you want to delete."""


class DeleteConnectorResponse(ApigenModel):
    """The DeleteConnectorResponse structure."""

    connector_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorArn", "connector_arn"),
        serialization_alias="connectorArn",
    )
    """The Amazon Resource Name (ARN) of the connector that you requested to delete."""

    connector_state: ConnectorState | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorState", "connector_state"),
        serialization_alias="connectorState",
    )
    """The state of the connector that you requested to delete."""


class DeleteCustomPluginRequest(ApigenModel):
    """The DeleteCustomPluginRequest structure."""

    custom_plugin_arn: str = Field(
        validation_alias=AliasChoices("customPluginArn", "custom_plugin_arn"),
        serialization_alias="customPluginArn",
    )
    """The Amazon Resource Name (ARN) of the custom plugin that you want to delete."""


class DeleteCustomPluginResponse(ApigenModel):
    """The DeleteCustomPluginResponse structure."""

    custom_plugin_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("customPluginArn", "custom_plugin_arn"),
        serialization_alias="customPluginArn",
    )
    """
    The Amazon Resource Name (ARN) of the custom plugin that you requested to delete.
    """

    custom_plugin_state: CustomPluginState | None = Field(
        default=None,
        validation_alias=AliasChoices("customPluginState", "custom_plugin_state"),
        serialization_alias="customPluginState",
    )
    """The state of the custom plugin."""


class DeleteWorkerConfigurationRequest(ApigenModel):
    """The DeleteWorkerConfigurationRequest structure."""

    worker_configuration_arn: str = Field(
        validation_alias=AliasChoices("workerConfigurationArn", "worker_configuration_arn"),
        serialization_alias="workerConfigurationArn",
    )
    """
    The Amazon Resource Name (ARN) of the worker configuration that you want to delete.
    """


class DeleteWorkerConfigurationResponse(ApigenModel):
    """The DeleteWorkerConfigurationResponse structure."""

    worker_configuration_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("workerConfigurationArn", "worker_configuration_arn"),
        serialization_alias="workerConfigurationArn",
    )
    """
    The Amazon Resource Name (ARN) of the worker configuration that you requested to
    delete.
    """

    worker_configuration_state: WorkerConfigurationState | None = Field(
        default=None,
        validation_alias=AliasChoices("workerConfigurationState", "worker_configuration_state"),
        serialization_alias="workerConfigurationState",
    )
    """The state of the worker configuration."""


class DescribeConnectorOperationRequest(ApigenModel):
    """The DescribeConnectorOperationRequest structure."""

    connector_operation_arn: str = Field(
        validation_alias=AliasChoices("connectorOperationArn", "connector_operation_arn"),
        serialization_alias="connectorOperationArn",
    )
    """ARN of the connector operation to be described."""


class StateDescription(ApigenModel):
    """Details about the state of a resource."""

    code: str | None = Field(default=None)
    """A code that describes the state of a resource."""

    message: str | None = Field(default=None)
    """A message that describes the state of a resource."""


class WorkerSetting(ApigenModel):
    """Details about worker setting of a connector"""

    capacity: CapacityDescription | None = Field(default=None)
    """A description of the connector's capacity."""


class DescribeConnectorOperationResponse(ApigenModel):
    """The DescribeConnectorOperationResponse structure."""

    connector_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorArn", "connector_arn"),
        serialization_alias="connectorArn",
    )
    """The Amazon Resource Name (ARN) of the connector."""

    connector_operation_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorOperationArn", "connector_operation_arn"),
        serialization_alias="connectorOperationArn",
    )
    """The Amazon Resource Name (ARN) of the connector operation."""

    connector_operation_state: ConnectorOperationState | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorOperationState", "connector_operation_state"),
        serialization_alias="connectorOperationState",
    )
    """The state of the connector operation."""

    connector_operation_type: ConnectorOperationType | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorOperationType", "connector_operation_type"),
        serialization_alias="connectorOperationType",
    )
    """The type of connector operation performed."""

    creation_time: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("creationTime", "creation_time"),
        serialization_alias="creationTime",
    )
    """The time when the operation was created."""

    end_time: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("endTime", "end_time"),
        serialization_alias="endTime",
    )
    """The time when the operation ended."""

    error_info: StateDescription | None = Field(
        default=None,
        validation_alias=AliasChoices("errorInfo", "error_info"),
        serialization_alias="errorInfo",
    )
    """Details about the state of a resource."""

    operation_steps: list[ConnectorOperationStep] | None = Field(
        default=None,
        validation_alias=AliasChoices("operationSteps", "operation_steps"),
        serialization_alias="operationSteps",
    )
    """The array of operation steps taken."""

    origin_connector_configuration: dict[str, str] | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "originConnectorConfiguration", "origin_connector_configuration"
        ),
        serialization_alias="originConnectorConfiguration",
        repr=False,
    )
    """The origin connector configuration."""

    origin_worker_setting: WorkerSetting | None = Field(
        default=None,
        validation_alias=AliasChoices("originWorkerSetting", "origin_worker_setting"),
        serialization_alias="originWorkerSetting",
    )
    """The origin worker setting."""

    target_connector_configuration: dict[str, str] | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "targetConnectorConfiguration", "target_connector_configuration"
        ),
        serialization_alias="targetConnectorConfiguration",
        repr=False,
    )
    """The target connector configuration."""

    target_worker_setting: WorkerSetting | None = Field(
        default=None,
        validation_alias=AliasChoices("targetWorkerSetting", "target_worker_setting"),
        serialization_alias="targetWorkerSetting",
    )
    """The target worker setting."""


class DescribeConnectorRequest(ApigenModel):
    """The DescribeConnectorRequest structure."""

    connector_arn: str = Field(
        validation_alias=AliasChoices("connectorArn", "connector_arn"),
        serialization_alias="connectorArn",
    )
    """The Amazon Resource Name (ARN) of the connector that you want to describe."""


class DescribeConnectorResponse(ApigenModel):
    """The DescribeConnectorResponse structure."""

    capacity: CapacityDescription | None = Field(default=None)
    """
    Information about the capacity of the connector, whether it is auto scaled or
    provisioned.
    """

    connector_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorArn", "connector_arn"),
        serialization_alias="connectorArn",
    )
    """The Amazon Resource Name (ARN) of the connector."""

    connector_configuration: dict[str, str] | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorConfiguration", "connector_configuration"),
        serialization_alias="connectorConfiguration",
        repr=False,
    )
    """A map of keys to values that represent the configuration for the connector."""

    connector_description: str | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorDescription", "connector_description"),
        serialization_alias="connectorDescription",
    )
    """A summary description of the connector."""

    connector_name: str | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorName", "connector_name"),
        serialization_alias="connectorName",
    )
    """The name of the connector."""

    connector_state: ConnectorState | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorState", "connector_state"),
        serialization_alias="connectorState",
    )
    """The state of the connector."""

    creation_time: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("creationTime", "creation_time"),
        serialization_alias="creationTime",
    )
    """The time the connector was created."""

    current_version: str | None = Field(
        default=None,
        validation_alias=AliasChoices("currentVersion", "current_version"),
        serialization_alias="currentVersion",
    )
    """The current version of the connector."""

    kafka_cluster: KafkaClusterDescription | None = Field(
        default=None,
        validation_alias=AliasChoices("kafkaCluster", "kafka_cluster"),
        serialization_alias="kafkaCluster",
    )
    """The Apache Kafka cluster that the connector is connected to."""

    kafka_cluster_client_authentication: KafkaClusterClientAuthenticationDescription | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "kafkaClusterClientAuthentication", "kafka_cluster_client_authentication"
        ),
        serialization_alias="kafkaClusterClientAuthentication",
    )
    """
    The type of client authentication used to connect to the Apache Kafka cluster. The
    value is NONE when no client authentication is used.
    """

    kafka_cluster_encryption_in_transit: KafkaClusterEncryptionInTransitDescription | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "kafkaClusterEncryptionInTransit", "kafka_cluster_encryption_in_transit"
        ),
        serialization_alias="kafkaClusterEncryptionInTransit",
    )
    """Details of encryption in transit to the Apache Kafka cluster."""

    kafka_connect_version: str | None = Field(
        default=None,
        validation_alias=AliasChoices("kafkaConnectVersion", "kafka_connect_version"),
        serialization_alias="kafkaConnectVersion",
    )
    """
    The version of Kafka Connect. It has to be compatible with both the Apache Kafka
    cluster's version and the plugins.
    """

    log_delivery: LogDeliveryDescription | None = Field(
        default=None,
        validation_alias=AliasChoices("logDelivery", "log_delivery"),
        serialization_alias="logDelivery",
    )
    """Details about delivering logs to Amazon CloudWatch Logs."""

    network_type: NetworkType | None = Field(
        default=None,
        validation_alias=AliasChoices("networkType", "network_type"),
        serialization_alias="networkType",
    )
    """
    The network type of the connector. It gives connectors connectivity to either IPv4
    (IPV4) or IPv4 and IPv6 (DUAL) destinations. Defaults to IPV4.
    """

    plugins: list[PluginDescription] | None = Field(default=None)
    """Specifies which plugins were used for this connector."""

    service_execution_role_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("serviceExecutionRoleArn", "service_execution_role_arn"),
        serialization_alias="serviceExecutionRoleArn",
    )
    """
    The Amazon Resource Name (ARN) of the IAM role used by the connector to access
    Amazon Web Services resources.
    """

    state_description: StateDescription | None = Field(
        default=None,
        validation_alias=AliasChoices("stateDescription", "state_description"),
        serialization_alias="stateDescription",
    )
    """Details about the state of a connector."""

    worker_configuration: WorkerConfigurationDescription | None = Field(
        default=None,
        validation_alias=AliasChoices("workerConfiguration", "worker_configuration"),
        serialization_alias="workerConfiguration",
    )
    """Specifies which worker configuration was used for the connector."""


class DescribeCustomPluginRequest(ApigenModel):
    """The DescribeCustomPluginRequest structure."""

    custom_plugin_arn: str = Field(
        validation_alias=AliasChoices("customPluginArn", "custom_plugin_arn"),
        serialization_alias="customPluginArn",
    )
    """Returns information about a custom plugin."""


class DescribeCustomPluginResponse(ApigenModel):
    """The DescribeCustomPluginResponse structure."""

    creation_time: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("creationTime", "creation_time"),
        serialization_alias="creationTime",
    )
    """The time that the custom plugin was created."""

    custom_plugin_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("customPluginArn", "custom_plugin_arn"),
        serialization_alias="customPluginArn",
    )
    """The Amazon Resource Name (ARN) of the custom plugin."""

    custom_plugin_state: CustomPluginState | None = Field(
        default=None,
        validation_alias=AliasChoices("customPluginState", "custom_plugin_state"),
        serialization_alias="customPluginState",
    )
    """The state of the custom plugin."""

    description: str | None = Field(default=None)
    """The description of the custom plugin."""

    latest_revision: CustomPluginRevisionSummary | None = Field(
        default=None,
        validation_alias=AliasChoices("latestRevision", "latest_revision"),
        serialization_alias="latestRevision",
    )
    """
    The latest successfully created revision of the custom plugin. If there are no
    successfully created revisions, this field will be absent.
    """

    name: str | None = Field(default=None)
    """The name of the custom plugin."""

    state_description: StateDescription | None = Field(
        default=None,
        validation_alias=AliasChoices("stateDescription", "state_description"),
        serialization_alias="stateDescription",
    )
    """Details about the state of a custom plugin."""


class DescribeWorkerConfigurationRequest(ApigenModel):
    """The DescribeWorkerConfigurationRequest structure."""

    worker_configuration_arn: str = Field(
        validation_alias=AliasChoices("workerConfigurationArn", "worker_configuration_arn"),
        serialization_alias="workerConfigurationArn",
    )
    """
    The Amazon Resource Name (ARN) of the worker configuration that you want to get
    information about.
    """


class WorkerConfigurationRevisionDescription(ApigenModel):
    """The description of the worker configuration revision."""

    creation_time: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("creationTime", "creation_time"),
        serialization_alias="creationTime",
    )
    """The time that the worker configuration was created."""

    description: str | None = Field(default=None)
    """The description of the worker configuration revision."""

    properties_file_content: str | None = Field(
        default=None,
        validation_alias=AliasChoices("propertiesFileContent", "properties_file_content"),
        serialization_alias="propertiesFileContent",
        repr=False,
    )
    """Base64 encoded contents of the connect-distributed.properties file."""

    revision: Int64 | None = Field(default=None)
    """The description of a revision of the worker configuration."""


class DescribeWorkerConfigurationResponse(ApigenModel):
    """The DescribeWorkerConfigurationResponse structure."""

    creation_time: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("creationTime", "creation_time"),
        serialization_alias="creationTime",
    )
    """The time that the worker configuration was created."""

    description: str | None = Field(default=None)
    """The description of the worker configuration."""

    latest_revision: WorkerConfigurationRevisionDescription | None = Field(
        default=None,
        validation_alias=AliasChoices("latestRevision", "latest_revision"),
        serialization_alias="latestRevision",
    )
    """The latest revision of the custom configuration."""

    name: str | None = Field(default=None)
    """The name of the worker configuration."""

    worker_configuration_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("workerConfigurationArn", "worker_configuration_arn"),
        serialization_alias="workerConfigurationArn",
    )
    """The Amazon Resource Name (ARN) of the custom configuration."""

    worker_configuration_state: WorkerConfigurationState | None = Field(
        default=None,
        validation_alias=AliasChoices("workerConfigurationState", "worker_configuration_state"),
        serialization_alias="workerConfigurationState",
    )
    """The state of the worker configuration."""


class ExpiredTokenException(ApigenModel):
    """The security token included in the request is expired"""

    message: str | None = Field(default=None)


class ForbiddenException(ApigenModel):
    """
    HTTP Status Code 403: Access forbidden. Correct your credentials and then retry your
    request.
    """

    message: str | None = Field(default=None)


class IncompleteSignature(ApigenModel):
    """The request signature does not conform to AWS standards."""

    message: str | None = Field(default=None)


class InternalFailure(ApigenModel):
    """
    The request processing has failed because of an unknown error, exception or failure.
    """

    message: str | None = Field(default=None)


class InternalServerErrorException(ApigenModel):
    """
    HTTP Status Code 500: Unexpected internal server error. Retrying your request might
    resolve the issue.
    """

    message: str | None = Field(default=None)


class ListConnectorOperationsRequest(ApigenModel):
    """The ListConnectorOperationsRequest structure."""

    connector_arn: str = Field(
        validation_alias=AliasChoices("connectorArn", "connector_arn"),
        serialization_alias="connectorArn",
    )
    """The Amazon Resource Name (ARN) of the connector for which to list operations."""

    max_results: Annotated[Int32, Interval(ge=1, le=100)] | None = Field(
        default=None,
        validation_alias=AliasChoices("maxResults", "max_results"),
        serialization_alias="maxResults",
    )
    """Maximum number of connector operations to fetch in one get request."""

    next_token: str | None = Field(
        default=None,
        validation_alias=AliasChoices("nextToken", "next_token"),
        serialization_alias="nextToken",
    )
    """
    If the response is truncated, it includes a NextToken. Send this NextToken in a
    subsequent request to continue listing from where it left off.
    """


class ListConnectorOperationsResponse(ApigenModel):
    """The ListConnectorOperationsResponse structure."""

    connector_operations: list[ConnectorOperationSummary] | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorOperations", "connector_operations"),
        serialization_alias="connectorOperations",
    )
    """An array of connector operation descriptions."""

    next_token: str | None = Field(
        default=None,
        validation_alias=AliasChoices("nextToken", "next_token"),
        serialization_alias="nextToken",
    )
    """
    If the response is truncated, it includes a NextToken. Send this NextToken in a
    subsequent request to continue listing from where it left off.
    """


class ListConnectorsRequest(ApigenModel):
    """The ListConnectorsRequest structure."""

    connector_name_prefix: str | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorNamePrefix", "connector_name_prefix"),
        serialization_alias="connectorNamePrefix",
    )
    """The name prefix that you want to use to search for and list connectors."""

    max_results: Annotated[Int32, Interval(ge=1, le=100)] | None = Field(
        default=None,
        validation_alias=AliasChoices("maxResults", "max_results"),
        serialization_alias="maxResults",
    )
    """The maximum number of connectors to list in one response."""

    next_token: str | None = Field(
        default=None,
        validation_alias=AliasChoices("nextToken", "next_token"),
        serialization_alias="nextToken",
    )
    """
    If the response of a ListConnectors operation is truncated, it will include a
    NextToken. Send this NextToken in a subsequent request to continue listing from
    where the previous operation left off.
    """


class ListConnectorsResponse(ApigenModel):
    """The ListConnectorsResponse structure."""

    connectors: list[ConnectorSummary] | None = Field(default=None)
    """An array of connector descriptions."""

    next_token: str | None = Field(
        default=None,
        validation_alias=AliasChoices("nextToken", "next_token"),
        serialization_alias="nextToken",
    )
    """
    If the response of a ListConnectors operation is truncated, it will include a
    NextToken. Send this NextToken in a subsequent request to continue listing from
    where it left off.
    """


class ListCustomPluginsRequest(ApigenModel):
    """The ListCustomPluginsRequest structure."""

    max_results: Annotated[Int32, Interval(ge=1, le=100)] | None = Field(
        default=None,
        validation_alias=AliasChoices("maxResults", "max_results"),
        serialization_alias="maxResults",
    )
    """The maximum number of custom plugins to list in one response."""

    name_prefix: str | None = Field(
        default=None,
        validation_alias=AliasChoices("namePrefix", "name_prefix"),
        serialization_alias="namePrefix",
    )
    """Lists custom plugin names that start with the specified text string."""

    next_token: str | None = Field(
        default=None,
        validation_alias=AliasChoices("nextToken", "next_token"),
        serialization_alias="nextToken",
    )
    """
    If the response of a ListCustomPlugins operation is truncated, it will include a
    NextToken. Send this NextToken in a subsequent request to continue listing from
    where the previous operation left off.
    """


class ListCustomPluginsResponse(ApigenModel):
    """The ListCustomPluginsResponse structure."""

    custom_plugins: list[CustomPluginSummary] | None = Field(
        default=None,
        validation_alias=AliasChoices("customPlugins", "custom_plugins"),
        serialization_alias="customPlugins",
    )
    """An array of custom plugin descriptions."""

    next_token: str | None = Field(
        default=None,
        validation_alias=AliasChoices("nextToken", "next_token"),
        serialization_alias="nextToken",
    )
    """
    If the response of a ListCustomPlugins operation is truncated, it will include a
    NextToken. Send this NextToken in a subsequent request to continue listing from
    where the previous operation left off.
    """


class ListTagsForResourceRequest(ApigenModel):
    """The ListTagsForResourceRequest structure."""

    resource_arn: str = Field(
        validation_alias=AliasChoices("resourceArn", "resource_arn"),
        serialization_alias="resourceArn",
    )
    """
    The Amazon Resource Name (ARN) of the resource for which you want to list all
    attached tags.
    """


class ListTagsForResourceResponse(ApigenModel):
    """The ListTagsForResourceResponse structure."""

    tags: (
        Annotated[dict[Annotated[str, Len(1, 128)], Annotated[str, Len(0, 256)]], Len(0, 200)]
        | None
    ) = Field(default=None)
    """
    Lists the tags attached to the specified resource in the corresponding request.
    """


class ListWorkerConfigurationsRequest(ApigenModel):
    """The ListWorkerConfigurationsRequest structure."""

    max_results: Annotated[Int32, Interval(ge=1, le=100)] | None = Field(
        default=None,
        validation_alias=AliasChoices("maxResults", "max_results"),
        serialization_alias="maxResults",
    )
    """The maximum number of worker configurations to list in one response."""

    name_prefix: str | None = Field(
        default=None,
        validation_alias=AliasChoices("namePrefix", "name_prefix"),
        serialization_alias="namePrefix",
    )
    """Lists worker configuration names that start with the specified text string."""

    next_token: str | None = Field(
        default=None,
        validation_alias=AliasChoices("nextToken", "next_token"),
        serialization_alias="nextToken",
    )
    """
    If the response of a ListWorkerConfigurations operation is truncated, it will
    include a NextToken. Send this NextToken in a subsequent request to continue listing
    from where the previous operation left off.
    """


class WorkerConfigurationSummary(ApigenModel):
    """The summary of a worker configuration."""

    creation_time: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("creationTime", "creation_time"),
        serialization_alias="creationTime",
    )
    """The time that a worker configuration was created."""

    description: str | None = Field(default=None)
    """The description of a worker configuration."""

    latest_revision: WorkerConfigurationRevisionSummary | None = Field(
        default=None,
        validation_alias=AliasChoices("latestRevision", "latest_revision"),
        serialization_alias="latestRevision",
    )
    """The latest revision of a worker configuration."""

    name: str | None = Field(default=None)
    """The name of the worker configuration."""

    worker_configuration_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("workerConfigurationArn", "worker_configuration_arn"),
        serialization_alias="workerConfigurationArn",
    )
    """The Amazon Resource Name (ARN) of the worker configuration."""

    worker_configuration_state: WorkerConfigurationState | None = Field(
        default=None,
        validation_alias=AliasChoices("workerConfigurationState", "worker_configuration_state"),
        serialization_alias="workerConfigurationState",
    )
    """The state of the worker configuration."""


class ListWorkerConfigurationsResponse(ApigenModel):
    """The ListWorkerConfigurationsResponse structure."""

    next_token: str | None = Field(
        default=None,
        validation_alias=AliasChoices("nextToken", "next_token"),
        serialization_alias="nextToken",
    )
    """
    If the response of a ListWorkerConfigurations operation is truncated, it will
    include a NextToken. Send this NextToken in a subsequent request to continue listing
    from where the previous operation left off.
    """

    worker_configurations: list[WorkerConfigurationSummary] | None = Field(
        default=None,
        validation_alias=AliasChoices("workerConfigurations", "worker_configurations"),
        serialization_alias="workerConfigurations",
    )
    """An array of worker configuration descriptions."""


class MalformedHttpRequestException(ApigenModel):
    """
    Problems with the request at the HTTP level, e.g. we can't decompress the body
    according to the decompression algorithm specified by the content-encoding.
    """

    message: str | None = Field(default=None)


class NotAuthorized(ApigenModel):
    """You do not have permission to perform this action."""

    message: str | None = Field(default=None)


class NotFoundException(ApigenModel):
    """
    HTTP Status Code 404: Resource not found due to incorrect input. Correct your
    request and then retry it.
    """

    message: str | None = Field(default=None)


class OptInRequired(ApigenModel):
    """The AWS access key ID needs a subscription for the service."""

    message: str | None = Field(default=None)


class RequestAbortedException(ApigenModel):
    """
    Convenient exception that can be used when a request is aborted before a reply is
    sent back (e.g. client closed connection).
    """

    message: str | None = Field(default=None)


class RequestEntityTooLargeException(ApigenModel):
    """Problems with the request at the HTTP level. The request entity is too large."""

    message: str | None = Field(default=None)


class RequestExpired(ApigenModel):
    """
    The request reached the service more than 15 minutes after the date stamp on the
    request or more than 15 minutes after the request expiration date (such as for
    pre-signed URLs), or the date stamp on the request is more than 15 minutes in the
    future.
    """

    message: str | None = Field(default=None)


class RequestTimeoutException(ApigenModel):
    """Problems with the request at the HTTP level. Reading the Request timed out."""

    message: str | None = Field(default=None)


class ServiceUnavailable(ApigenModel):
    """The request has failed due to a temporary failure of the server."""

    message: str | None = Field(default=None)


class ServiceUnavailableException(ApigenModel):
    """
    HTTP Status Code 503: Service Unavailable. Retrying your request in some time might
    resolve the issue.
    """

    message: str | None = Field(default=None)


class TagResourceRequest(ApigenModel):
    """The TagResourceRequest structure."""

    resource_arn: str = Field(
        validation_alias=AliasChoices("resourceArn", "resource_arn"),
        serialization_alias="resourceArn",
    )
    """
    The Amazon Resource Name (ARN) of the resource to which you want to attach tags.
    """

    tags: Annotated[dict[Annotated[str, Len(1, 128)], Annotated[str, Len(0, 256)]], Len(0, 200)] = (
        Field()
    )
    """The tags that you want to attach to the resource."""


class TagResourceResponse(ApigenModel):
    """The TagResourceResponse structure."""


class ThrottlingException(ApigenModel):
    """The request was denied due to request throttling."""

    message: str | None = Field(default=None)


class TooManyRequestsException(ApigenModel):
    """HTTP Status Code 429: Limit exceeded. Resource limit reached."""

    message: str | None = Field(default=None)


class UnauthorizedException(ApigenModel):
    """
    HTTP Status Code 401: Unauthorized request. The provided credentials couldn't be
    validated.
    """

    message: str | None = Field(default=None)


class UnknownOperationException(ApigenModel):
    """
    The action or operation requested is invalid. Verify that the action is typed
    correctly.
    """

    message: str | None = Field(default=None)


class UnrecognizedClientException(ApigenModel):
    """
    The X.509 certificate or AWS access key ID provided does not exist in our records.
    """

    message: str | None = Field(default=None)


class UntagResourceRequest(ApigenModel):
    """The UntagResourceRequest structure."""

    resource_arn: str = Field(
        validation_alias=AliasChoices("resourceArn", "resource_arn"),
        serialization_alias="resourceArn",
    )
    """
    The Amazon Resource Name (ARN) of the resource from which you want to remove tags.
    """

    tag_keys: Annotated[list[Annotated[str, Len(1, 128)]], Len(0, 200)] = Field(
        validation_alias=AliasChoices("tagKeys", "tag_keys"), serialization_alias="tagKeys"
    )
    """The keys of the tags that you want to remove from the resource."""


class UntagResourceResponse(ApigenModel):
    """The UntagResourceResponse structure."""


class UpdateConnectorRequest(ApigenModel):
    """The UpdateConnectorRequest structure."""

    connector_arn: str = Field(
        validation_alias=AliasChoices("connectorArn", "connector_arn"),
        serialization_alias="connectorArn",
    )
    """The Amazon Resource Name (ARN) of the connector that you want to update."""

    current_version: str = Field(
        validation_alias=AliasChoices("currentVersion", "current_version"),
        serialization_alias="currentVersion",
    )
    """The current version of the connector that you want to update."""

    capacity: CapacityUpdate | None = Field(default=None)
    """The target capacity."""

    connector_configuration: dict[str, str] | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorConfiguration", "connector_configuration"),
        serialization_alias="connectorConfiguration",
        repr=False,
    )
    """A map of keys to values that represent the configuration for the connector."""


class UpdateConnectorResponse(ApigenModel):
    """The UpdateConnectorResponse structure."""

    connector_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorArn", "connector_arn"),
        serialization_alias="connectorArn",
    )
    """The Amazon Resource Name (ARN) of the connector."""

    connector_operation_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorOperationArn", "connector_operation_arn"),
        serialization_alias="connectorOperationArn",
    )
    """The Amazon Resource Name (ARN) of the connector operation."""

    connector_state: ConnectorState | None = Field(
        default=None,
        validation_alias=AliasChoices("connectorState", "connector_state"),
        serialization_alias="connectorState",
    )
    """The state of the connector."""


class ValidationError(ApigenModel):
    """The input fails to satisfy the constraints specified by an AWS service."""

    message: str | None = Field(default=None)
