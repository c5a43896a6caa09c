"""Shapes of AWS OpsWorks CM (version 2016-11-01)."""

from __future__ import annotations

from typing import Annotated

from annotated_types import Interval, Len
from pydantic import AliasChoices, Field

from .._runtime.core.model import ApigenModel, OpenEnum
from .._runtime.core.scalars import EpochSeconds, Int32, Pattern

__all__ = [
    "AccessDeniedException",
    "AccountAttribute",
    "AssociateNodeRequest",
    "AssociateNodeResponse",
    "Backup",
    "BackupStatus",
    "BackupType",
    "CreateBackupRequest",
    "CreateBackupResponse",
    "CreateServerRequest",
    "CreateServerResponse",
    "DeleteBackupRequest",
    "DeleteBackupResponse",
    "DeleteServerRequest",
    "DeleteServerResponse",
    "DescribeAccountAttributesRequest",
    "DescribeAccountAttributesResponse",
    "DescribeBackupsRequest",
    "DescribeBackupsResponse",
    "DescribeEventsRequest",
    "DescribeEventsResponse",
    "DescribeNodeAssociationStatusRequest",
    "DescribeNodeAssociationStatusResponse",
    "DescribeServersRequest",
    "DescribeServersResponse",
    "DisassociateNodeRequest",
    "DisassociateNodeResponse",
    "EngineAttribute",
    "ExportServerEngineAttributeRequest",
    "ExportServerEngineAttributeResponse",
    "IncompleteSignature",
    "InternalFailure",
    "InvalidAction",
    "InvalidClientTokenId",
    "InvalidNextTokenException",
    "InvalidParameterCombination",
    "InvalidParameterValue",
    "InvalidQueryParameter",
    "InvalidStateException",
    "LimitExceededException",
    "MaintenanceStatus",
    "MalformedQueryString",
    "MissingAction",
    "MissingAuthenticationToken",
    "MissingParameter",
    "NodeAssociationStatus",
    "OptInRequired",
    "RequestExpired",
    "ResourceAlreadyExistsException",
    "ResourceNotFoundException",
    "RestoreServerRequest",
    "RestoreServerResponse",
    "Server",
    "ServerEvent",
    "ServerStatus",
    "ServiceUnavailable",
    "StartMaintenanceRequest",
    "StartMaintenanceResponse",
    "ThrottlingException",
    "UpdateServerEngineAttributesRequest",
    "UpdateServerEngineAttributesResponse",
    "UpdateServerRequest",
    "UpdateServerResponse",
    "ValidationError",
    "ValidationException",
]


class BackupStatus(OpenEnum):
    """The BackupStatus enum."""

    IN_PROGRESS = "IN_PROGRESS"
    OK = "OK"
    FAILED = "FAILED"
    DELETING = "DELETING"


class BackupType(OpenEnum):
    """The BackupType enum."""

    AUTOMATED = "AUTOMATED"
    MANUAL = "MANUAL"


class MaintenanceStatus(OpenEnum):
    """The MaintenanceStatus enum."""

    SUCCESS = "SUCCESS"
    FAILED = "FAILED"


class NodeAssociationStatus(OpenEnum):
    """The status of the association or disassociation request."""

    SUCCESS = "SUCCESS"
    """The association or disassociation succeeded."""

    FAILED = "FAILED"
    """The association or disassociation failed."""

    IN_PROGRESS = "IN_PROGRESS"
    """The association or disassociation is still in progress."""


class ServerStatus(OpenEnum):
    """The ServerStatus enum."""

    BACKING_UP = "BACKING_UP"
    CONNECTION_LOST = "CONNECTION_LOST"
    CREATING = "CREATING"
    DELETING = "DELETING"
    MODIFYING = "MODIFYING"
    FAILED = "FAILED"
    HEALTHY = "HEALTHY"
    RUNNING = "RUNNING"
    RESTORING = "RESTORING"
    SETUP = "SETUP"
    UNDER_MAINTENANCE = "UNDER_MAINTENANCE"
    UNHEALTHY = "UNHEALTHY"
    TERMINATED = "TERMINATED"


class AccessDeniedException(ApigenModel):
    """You do not have sufficient access to perform this action."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )


class AccountAttribute(ApigenModel):
    """Stores account attributes."""

    maximum: Int32 | None = Field(
        default=None,
        validation_alias=AliasChoices("Maximum", "maximum"),
        serialization_alias="Maximum",
    )
    """The maximum allowed value."""

    name: str | None = Field(
        default=None, validation_alias=AliasChoices("Name", "name"), serialization_alias="Name"
    )
    """
    The attribute name. The following are supported attribute names.

    - ServerLimit: The number of current servers/maximum number of servers allowed. By
      default, you can have a maximum of 10 servers.
    - ManualBackupLimit: The number of current manual backups/maximum number of backups
      allowed. By default, you can have a maximum of 50 manual backups saved.
    """

    used: Int32 | None = Field(
        default=None, validation_alias=AliasChoices("Used", "used"), serialization_alias="Used"
    )
    """
    The current usage, such as the current number of servers that are associated with
    the account.
    """


class EngineAttribute(ApigenModel):
    """A name and value pair that is specific to the engine of the server."""

    name: str | None = Field(
        default=None, validation_alias=AliasChoices("Name", "name"), serialization_alias="Name"
    )
    """The name of the engine attribute."""

    value: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Value", "value"),
        serialization_alias="Value",
        repr=False,
    )
    """The value of the engine attribute."""


class AssociateNodeRequest(ApigenModel):
    """The AssociateNodeRequest structure."""

    engine_attributes: list[EngineAttribute] = Field(
        validation_alias=AliasChoices("EngineAttributes", "engine_attributes"),
        serialization_alias="EngineAttributes",
    )
    """
    Engine attributes used for associating the node.

    Attributes accepted in a AssociateNode request for Chef

    - CHEF_ORGANIZATION: The Chef organization with which the node is associated. By
      default only one organization named default can exist.
    - CHEF_NODE_PUBLIC_KEY: A PEM-formatted public key. This key is required for the
      chef-client agent to access the Chef API.

    Attributes accepted in a AssociateNode request for Puppet

    - PUPPET_NODE_CSR: A PEM-formatted certificate-signing request (CSR) that is created
      by the node.
    """

    node_name: Annotated[
        str,
        Pattern(
            r"^[\-\.0-:A-Z_a-z]+(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)", spec=r"^[\-\p{Alnum}_:.]+$"
        ),
    ] = Field(
        validation_alias=AliasChoices("NodeName", "node_name"), serialization_alias="NodeName"
    )
    """The name of the node."""

    server_name: Annotated[
        str, Len(1, 40), Pattern(r"[A-Za-z][\-0-9A-Za-z]*", spec=r"[a-zA-Z][a-zA-Z0-9\-]*")
    ] = Field(
        validation_alias=AliasChoices("ServerName", "server_name"), serialization_alias="ServerName"
    )
    """The name of the server with which to associate the node."""


class AssociateNodeResponse(ApigenModel):
    """The AssociateNodeResponse structure."""

    node_association_status_token: str | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "NodeAssociationStatusToken", "node_association_status_token"
        ),
        serialization_alias="NodeAssociationStatusToken",
    )
    """
    Contains a token which can be passed to the DescribeNodeAssociationStatus API call
    to get the status of the association request.
    """


class Backup(ApigenModel):
    """Describes a single backup."""

    backup_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("BackupArn", "backup_arn"),
        serialization_alias="BackupArn",
    )
    """The ARN of the backup."""

    backup_id: Annotated[str, Len(0, 79)] | None = Field(
        default=None,
        validation_alias=AliasChoices("BackupId", "backup_id"),
        serialization_alias="BackupId",
    )
    """The generated ID of the backup. Example: myServerName-yyyyMMddHHmmssSSS"""

    backup_type: BackupType | None = Field(
        default=None,
        validation_alias=AliasChoices("BackupType", "backup_type"),
        serialization_alias="BackupType",
    )
    """The backup type. Valid values are automated or manual."""

    created_at: EpochSeconds | None = Field(
        default=None,
        validation_alias=AliasChoices("CreatedAt", "created_at"),
        serialization_alias="CreatedAt",
    )
    """
    The time stamp when the backup was created in the database. Example:
    2016-07-29T13:38:47.520Z
    """

    description: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Description", "description"),
        serialization_alias="Description",
    )
    """
    A user-provided description for a manual backup. This field is empty for automated
    backups.
    """

    engine: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Engine", "engine"),
        serialization_alias="Engine",
    )
    """The engine type that is obtained from the server when the backup is created."""

    engine_model: str | None = Field(
        default=None,
        validation_alias=AliasChoices("EngineModel", "engine_model"),
        serialization_alias="EngineModel",
    )
    """The engine model that is obtained from the server when the backup is created."""

    engine_version: str | None = Field(
        default=None,
        validation_alias=AliasChoices("EngineVersion", "engine_version"),
        serialization_alias="EngineVersion",
    )
    """
    The engine version that is obtained from the server when the backup is created.
    """

    instance_profile_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("InstanceProfileArn", "instance_profile_arn"),
        serialization_alias="InstanceProfileArn",
    )
    """
    The EC2 instance profile ARN that is obtained from the server when the backup is
    created. Because this value is stored, you are not required to provide the
    InstanceProfileArn again if you restore a backup.
    """

    instance_type: str | None = Field(
        default=None,
        validation_alias=AliasChoices("InstanceType", "instance_type"),
        serialization_alias="InstanceType",
    )
    """The instance type that is obtained from the server when the backup is created."""

    key_pair: str | None = Field(
        default=None,
        validation_alias=AliasChoices("KeyPair", "key_pair"),
        serialization_alias="KeyPair",
    )
    """The key pair that is obtained from the server when the backup is created."""

    preferred_backup_window: (
        Annotated[
            str,
            Pattern(
                r"^((Mon|Tue|Wed|Thu|Fri|Sat|Sun):)?([01][0-9]|2[0-3]):[0-5][0-9](?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
                spec=r"^((Mon|Tue|Wed|Thu|Fri|Sat|Sun):)?([0-1][0-9]|2[0-3]):[0-5][0-9]$",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("PreferredBackupWindow", "preferred_backup_window"),
        serialization_alias="PreferredBackupWindow",
    )
    """
    The preferred backup period that is obtained from the server when the backup is
    created.
    """

    preferred_maintenance_window: (
        Annotated[
            str,
            Pattern(
                r"^((Mon|Tue|Wed|Thu|Fri|Sat|Sun):)?([01][0-9]|2[0-3]):[0-5][0-9](?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
                spec=r"^((Mon|Tue|Wed|Thu|Fri|Sat|Sun):)?([0-1][0-9]|2[0-3]):[0-5][0-9]$",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("PreferredMaintenanceWindow", "preferred_maintenance_window"),
        serialization_alias="PreferredMaintenanceWindow",
    )
    """
    The preferred maintenance period that is obtained from the server when the backup is
    created.
    """

    s3_data_size: Int32 | None = Field(
        default=None,
        validation_alias=AliasChoices("S3DataSize", "s3_data_size"),
        serialization_alias="S3DataSize",
        deprecated=True,
    )
    """This field is deprecated and is no longer used."""

    s3_data_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("S3DataUrl", "s3_data_url"),
        serialization_alias="S3DataUrl",
        deprecated=True,
    )
    """This field is deprecated and is no longer used."""

    s3_log_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("S3LogUrl", "s3_log_url"),
        serialization_alias="S3LogUrl",
    )
    """The Amazon S3 URL of the backup's log file."""

    security_group_ids: list[str] | None = Field(
        default=None,
        validation_alias=AliasChoices("SecurityGroupIds", "security_group_ids"),
        serialization_alias="SecurityGroupIds",
    )
    """
    The security group IDs that are obtained from the server when the backup is created.
    """

    server_name: (
        Annotated[
            str, Len(1, 40), Pattern(r"[A-Za-z][\-0-9A-Za-z]*", spec=r"[a-zA-Z][a-zA-Z0-9\-]*")
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("ServerName", "server_name"),
        serialization_alias="ServerName",
    )
    """The name of the server from which the backup was made."""

    service_role_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("ServiceRoleArn", "service_role_arn"),
        serialization_alias="ServiceRoleArn",
    )
    """
    The service role ARN that is obtained from the server when the backup is created.
    """

    status: BackupStatus | None = Field(
        default=None,
        validation_alias=AliasChoices("Status", "status"),
        serialization_alias="Status",
    )
    """The status of a backup while in progress."""

    status_description: str | None = Field(
        default=None,
        validation_alias=AliasChoices("StatusDescription", "status_description"),
        serialization_alias="StatusDescription",
    )
    """An informational message about backup status."""

    subnet_ids: list[str] | None = Field(
        default=None,
        validation_alias=AliasChoices("SubnetIds", "subnet_ids"),
        serialization_alias="SubnetIds",
    )
    """The subnet IDs that are obtained from the server when the backup is created."""

    tools_version: str | None = Field(
        default=None,
        validation_alias=AliasChoices("ToolsVersion", "tools_version"),
        serialization_alias="ToolsVersion",
    )
    """
    The version of AWS OpsWorks CM-specific tools that is obtained from the server when
    the backup is created.
    """

    user_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("UserArn", "user_arn"),
        serialization_alias="UserArn",
    )
    """
    The IAM user ARN of the requester for manual backups. This field is empty for
    automated backups.
    """


class CreateBackupRequest(ApigenModel):
    """The CreateBackupRequest structure."""

    description: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Description", "description"),
        serialization_alias="Description",
    )
    """A user-defined description of the backup."""

    server_name: Annotated[
        str, Len(1, 40), Pattern(r"[A-Za-z][\-0-9A-Za-z]*", spec=r"[a-zA-Z][a-zA-Z0-9\-]*")
    ] = Field(
        validation_alias=AliasChoices("ServerName", "server_name"), serialization_alias="ServerName"
    )
    """The name of the server that you want to back up."""


class CreateBackupResponse(ApigenModel):
    """The CreateBackupResponse structure."""

    backup: Backup | None = Field(
        default=None,
        validation_alias=AliasChoices("Backup", "backup"),
        serialization_alias="Backup",
    )
    """Backup created by request."""


class CreateServerRequest(ApigenModel):
    """The CreateServerRequest structure."""

    associate_public_ip_address: bool = Field(
        default=True,
        validation_alias=AliasChoices("AssociatePublicIpAddress", "associate_public_ip_address"),
        serialization_alias="AssociatePublicIpAddress",
    )
    """
    Associate a public IP address with a server that you are launching. Valid values are
    true or false. The default value is true.
    """

    backup_id: Annotated[str, Len(0, 79)] | None = Field(
        default=None,
        validation_alias=AliasChoices("BackupId", "backup_id"),
        serialization_alias="BackupId",
    )
    """
    If you specify this field, AWS OpsWorks CM creates the server by using the backup
    represented by BackupId.
    """

    backup_retention_count: Annotated[Int32, Interval(ge=1)] = Field(
        default=1,
        validation_alias=AliasChoices("BackupRetentionCount", "backup_retention_count"),
        serialization_alias="BackupRetentionCount",
    )
    """
    The number of automated backups that you want to keep. Whenever a new backup is
    created, AWS OpsWorks CM deletes the oldest backups if this number is exceeded. The
    default value is 1.
    """

    disable_automated_backup: bool | None = Field(
        default=None,
        validation_alias=AliasChoices("DisableAutomatedBackup", "disable_automated_backup"),
        serialization_alias="DisableAutomatedBackup",
    )
    """
    Enable or disable scheduled backups. Valid values are true or false. The default
    value is true.
    """

    engine: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Engine", "engine"),
        serialization_alias="Engine",
    )
    """
    The configuration management engine to use. Valid values include Chef and Puppet.
    """

    engine_attributes: list[EngineAttribute] | None = Field(
        default=None,
        validation_alias=AliasChoices("EngineAttributes", "engine_attributes"),
        serialization_alias="EngineAttributes",
    )
    """
    Optional engine attributes on a specified server.

    Attributes accepted in a Chef createServer request:

    - CHEF_PIVOTAL_KEY: A base64-encoded RSA public key. The corresponding private key
      is required to access the Chef API. When no CHEF_PIVOTAL_KEY is set, a private key
      is generated and returned in the response.
    - CHEF_DELIVERY_ADMIN_PASSWORD: The password for the administrative user in the Chef
      Automate GUI. The password length is a minimum of eight characters, and a maximum
      of 32. The password can contain letters, numbers, and special characters
      (!/@#$%^&+=_). The password must contain at least one lower case letter, one upper
      case letter, one number, and one special character. When no
      CHEF_DELIVERY_ADMIN_PASSWORD is set, one is generated and returned in the
      response.

    Attributes accepted in a Puppet createServer request:

    - PUPPET_ADMIN_PASSWORD: To work with the Puppet Enterprise console, a password must
      use ASCII characters.
    - PUPPET_R10K_REMOTE: The r10k remote is the URL of your control repository (for
      example, ssh://git@your.git-repo.com:user/control-repo.git). Specifying an r10k
      remote opens TCP port 8170.
    - PUPPET_R10K_PRIVATE_KEY: If you are using a private Git repository, add
      PUPPET_R10K_PRIVATE_KEY to specify a PEM-encoded private SSH key.
    """

    engine_model: str | None = Field(
        default=None,
        validation_alias=AliasChoices("EngineModel", "engine_model"),
        serialization_alias="EngineModel",
    )
    """
    The engine model of the server. Valid values in this release include Monolithic for
    Puppet and Single for Chef.
    """

    engine_version: str | None = Field(
        default=None,
        validation_alias=AliasChoices("EngineVersion", "engine_version"),
        serialization_alias="EngineVersion",
    )
    """
    The major release version of the engine that you want to use. For a Chef server, the
    valid value for EngineVersion is currently 12. For a Puppet server, the valid value
    is 2017.
    """

    instance_profile_arn: Annotated[
        str,
        Pattern(
            r"arn:aws:iam::[0-9]{12}:instance\-profile/[^\n\r\x85\u2028\u2029]*",
            spec=r"arn:aws:iam::[0-9]{12}:instance-profile/.*",
        ),
    ] = Field(
        validation_alias=AliasChoices("InstanceProfileArn", "instance_profile_arn"),
        serialization_alias="InstanceProfileArn",
    )
    """
    The ARN of the instance profile that your Amazon EC2 instances use. Although the AWS
    OpsWorks console typically creates the instance profile for you, if you are using
    API commands instead, run the service-role-creation.yaml AWS CloudFormation
    template, located at
    https://s3.amazonaws.com/opsworks-cm-us-east-1-prod-default-assets/misc/opsworks-cm-roles.yaml.
    This template creates a CloudFormation stack that includes the instance profile you
    need.
    """

    instance_type: str = Field(
        validation_alias=AliasChoices("InstanceType", "instance_type"),
        serialization_alias="InstanceType",
    )
    """
    The Amazon EC2 instance type to use. For example, m4.large. Recommended instance
    types include t2.medium and greater, m4.*, or c4.xlarge and greater.
    """

    key_pair: str | None = Field(
        default=None,
        validation_alias=AliasChoices("KeyPair", "key_pair"),
        serialization_alias="KeyPair",
    )
    """
    The Amazon EC2 key pair to set for the instance. This parameter is optional; if
    desired, you may specify this parameter to connect to your instances by using SSH.
    """

    preferred_backup_window: (
        Annotated[
            str,
            Pattern(
                r"^((Mon|Tue|Wed|Thu|Fri|Sat|Sun):)?([01][0-9]|2[0-3]):[0-5][0-9](?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
                spec=r"^((Mon|Tue|Wed|Thu|Fri|Sat|Sun):)?([0-1][0-9]|2[0-3]):[0-5][0-9]$",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("PreferredBackupWindow", "preferred_backup_window"),
        serialization_alias="PreferredBackupWindow",
    )
    """
    The start time for a one-hour period during which AWS OpsWorks CM backs up
    application-level data on your server if automated backups are enabled. Valid values
    must be specified in one of the following formats:

    - HH:MM for daily backups
    - DDD:HH:MM for weekly backups

    The specified time is in coordinated universal time (UTC). The default value is a
    random, daily start time.

    Example: 08:00, which represents a daily start time of 08:00 UTC.

    Example: Mon:08:00, which represents a start time of every Monday at 08:00 UTC.
    (8:00 a.m.)
    """

    preferred_maintenance_window: (
        Annotated[
            str,
            Pattern(
                r"^((Mon|Tue|Wed|Thu|Fri|Sat|Sun):)?([01][0-9]|2[0-3]):[0-5][0-9](?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
                spec=r"^((Mon|Tue|Wed|Thu|Fri|Sat|Sun):)?([0-1][0-9]|2[0-3]):[0-5][0-9]$",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("PreferredMaintenanceWindow", "preferred_maintenance_window"),
        serialization_alias="PreferredMaintenanceWindow",
    )
    """
    The start time for a one-hour period each week during which AWS OpsWorks CM performs
    maintenance on the instance. Valid values must be specified in the following format:
    DDD:HH:MM. The specified time is in coordinated universal time (UTC). The default
    value is a random one-hour period on Tuesday, Wednesday, or Friday. See
    TimeWindowDefinition for more information.

    Example: Mon:08:00, which represents a start time of every Monday at 08:00 UTC.
    (8:00 a.m.)
    """

    security_group_ids: list[str] | None = Field(
        default=None,
        validation_alias=AliasChoices("SecurityGroupIds", "security_group_ids"),
        serialization_alias="SecurityGroupIds",
    )
    """
    A list of security group IDs to attach to the Amazon EC2 instance. If you add this
    parameter, the specified security groups must be within the VPC that is specified by
    SubnetIds.

    If you do not specify this parameter, AWS OpsWorks CM creates one new security group
    that uses TCP ports 22 and 443, open to 0.0.0.0/0 (everyone).
    """

    server_name: Annotated[
        str, Len(1, 40), Pattern(r"[A-Za-z][\-0-9A-Za-z]*", spec=r"[a-zA-Z][a-zA-Z0-9\-]*")
    ] = Field(
        validation_alias=AliasChoices("ServerName", "server_name"), serialization_alias="ServerName"
    )
    """
    The name of the server. The server name must be unique within your AWS account,
    within each region. Server names must start with a letter; then letters, numbers, or
    hyphens (-) are allowed, up to a maximum of 40 characters.
    """

    service_role_arn: Annotated[
        str,
        Pattern(
            r"arn:aws:iam::[0-9]{12}:role/[^\n\r\x85\u2028\u2029]*",
            spec=r"arn:aws:iam::[0-9]{12}:role/.*",
        ),
    ] = Field(
        validation_alias=AliasChoices("ServiceRoleArn", "service_role_arn"),
        serialization_alias="ServiceRoleArn",
    )
    """
    The service role that the AWS OpsWorks CM service backend uses to work with your
    account. Although the AWS OpsWorks management console typically creates the service
    role for you, if you are using the AWS CLI or API commands, run the
    service-role-creation.yaml AWS CloudFormation template, located at
    https://s3.amazonaws.com/opsworks-cm-us-east-1-prod-default-assets/misc/opsworks-cm-roles.yaml.
    This template creates a CloudFormation stack that includes the service role and
    instance profile that you need.
    """

    subnet_ids: list[str] | None = Field(
        default=None,
        validation_alias=AliasChoices("SubnetIds", "subnet_ids"),
        serialization_alias="SubnetIds",
    )
    """
    The IDs of subnets in which to launch the server EC2 instance.

    Amazon EC2-Classic customers: This field is required. All servers must run within a
    VPC. The VPC must have "Auto Assign Public IP" enabled.

    EC2-VPC customers: This field is optional. If you do not specify subnet IDs, your
    EC2 instances are created in a default subnet that is selected by Amazon EC2. If you
    specify subnet IDs, the VPC must have "Auto Assign Public IP" enabled.

    For more information about supported Amazon EC2 platforms, see Supported Platforms.
    """


class Server(ApigenModel):
    """Describes a configuration management server."""

    associate_public_ip_address: bool | None = Field(
        default=None,
        validation_alias=AliasChoices("AssociatePublicIpAddress", "associate_public_ip_address"),
        serialization_alias="AssociatePublicIpAddress",
    )
    """Associate a public IP address with a server that you are launching."""

    backup_retention_count: Int32 | None = Field(
        default=None,
        validation_alias=AliasChoices("BackupRetentionCount", "backup_retention_count"),
        serialization_alias="BackupRetentionCount",
    )
    """The number of automated backups to keep."""

    cloud_formation_stack_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("CloudFormationStackArn", "cloud_formation_stack_arn"),
        serialization_alias="CloudFormationStackArn",
    )
    """The ARN of the CloudFormation stack that was used to create the server."""

    created_at: EpochSeconds | None = Field(
        default=None,
        validation_alias=AliasChoices("CreatedAt", "created_at"),
        serialization_alias="CreatedAt",
    )
    """Time stamp of server creation. Example 2016-07-29T13:38:47.520Z"""

    disable_automated_backup: bool | None = Field(
        default=None,
        validation_alias=AliasChoices("DisableAutomatedBackup", "disable_automated_backup"),
        serialization_alias="DisableAutomatedBackup",
    )
    """
    Disables automated backups. The number of stored backups is dependent on the value
    of PreferredBackupCount.
    """

    endpoint: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Endpoint", "endpoint"),
        serialization_alias="Endpoint",
    )
    """
    A DNS name that can be used to access the engine. Example:
    myserver-asdfghjkl.us-east-1.opsworks.io
    """

    engine: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Engine", "engine"),
        serialization_alias="Engine",
    )
    """
    The engine type of the server. Valid values in this release include Chef and Puppet.
    """

    engine_attributes: list[EngineAttribute] | None = Field(
        default=None,
        validation_alias=AliasChoices("EngineAttributes", "engine_attributes"),
        serialization_alias="EngineAttributes",
    )
    """
    The response of a createServer() request returns the master credential to access the
    server in EngineAttributes. These credentials are not stored by AWS OpsWorks CM;
    they are returned only as part of the result of createServer().

    Attributes returned in a createServer response for Chef

    - CHEF_PIVOTAL_KEY: A base64-encoded RSA private key that is generated by AWS
      OpsWorks for Chef Automate. This private key is required to access the Chef API.
    - CHEF_STARTER_KIT: A base64-encoded ZIP file. The ZIP file contains a Chef starter
      kit, which includes a README, a configuration file, and the required RSA private
      key. Save this file, unzip it, and then change to the directory where you've
      unzipped the file contents. From this directory, you can run Knife commands.

    Attributes returned in a createServer response for Puppet

    - PUPPET_STARTER_KIT: A base64-encoded ZIP file. The ZIP file contains a Puppet
      starter kit, including a README and a required private key. Save this file, unzip
      it, and then change to the directory where you've unzipped the file contents.
    - PUPPET_ADMIN_PASSWORD: An administrator password that you can use to sign in to
      the Puppet Enterprise console after the server is online.
    """

    engine_model: str | None = Field(
        default=None,
        validation_alias=AliasChoices("EngineModel", "engine_model"),
        serialization_alias="EngineModel",
    )
    """
    The engine model of the server. Valid values in this release include Monolithic for
    Puppet and Single for Chef.
    """

    engine_version: str | None = Field(
        default=None,
        validation_alias=AliasChoices("EngineVersion", "engine_version"),
        serialization_alias="EngineVersion",
    )
    """
    The engine version of the server. For a Chef server, the valid value for
    EngineVersion is currently 12. For a Puppet server, the valid value is 2017.
    """

    instance_profile_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("InstanceProfileArn", "instance_profile_arn"),
        serialization_alias="InstanceProfileArn",
    )
    """The instance profile ARN of the server."""

    instance_type: str | None = Field(
        default=None,
        validation_alias=AliasChoices("InstanceType", "instance_type"),
        serialization_alias="InstanceType",
    )
    """
    The instance type for the server, as specified in the CloudFormation stack. This
    might not be the same instance type that is shown in the EC2 console.
    """

    key_pair: str | None = Field(
        default=None,
        validation_alias=AliasChoices("KeyPair", "key_pair"),
        serialization_alias="KeyPair",
    )
    """The key pair associated with the server."""

    maintenance_status: MaintenanceStatus | None = Field(
        default=None,
        validation_alias=AliasChoices("MaintenanceStatus", "maintenance_status"),
        serialization_alias="MaintenanceStatus",
    )
    """The status of the most recent server maintenance run. Shows SUCCESS or FAILED."""

    preferred_backup_window: (
        Annotated[
            str,
            Pattern(
                r"^((Mon|Tue|Wed|Thu|Fri|Sat|Sun):)?([01][0-9]|2[0-3]):[0-5][0-9](?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
                spec=r"^((Mon|Tue|Wed|Thu|Fri|Sat|Sun):)?([0-1][0-9]|2[0-3]):[0-5][0-9]$",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("PreferredBackupWindow", "preferred_backup_window"),
        serialization_alias="PreferredBackupWindow",
    )
    """The preferred backup period specified for the server."""

    preferred_maintenance_window: (
        Annotated[
            str,
            Pattern(
                r"^((Mon|Tue|Wed|Thu|Fri|Sat|Sun):)?([01][0-9]|2[0-3]):[0-5][0-9](?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
                spec=r"^((Mon|Tue|Wed|Thu|Fri|Sat|Sun):)?([0-1][0-9]|2[0-3]):[0-5][0-9]$",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("PreferredMaintenanceWindow", "preferred_maintenance_window"),
        serialization_alias="PreferredMaintenanceWindow",
    )
    """The preferred maintenance period specified for the server."""

    security_group_ids: list[str] | None = Field(
        default=None,
        validation_alias=AliasChoices("SecurityGroupIds", "security_group_ids"),
        serialization_alias="SecurityGroupIds",
    )
    """
    The security group IDs for the server, as specified in the CloudFormation stack.
    These might not be the same security groups that are shown in the EC2 console.
    """

    server_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("ServerArn", "server_arn"),
        serialization_alias="ServerArn",
    )
    """The ARN of the server."""

    server_name: str | None = Field(
        default=None,
        validation_alias=AliasChoices("ServerName", "server_name"),
        serialization_alias="ServerName",
    )
    """The name of the server."""

    service_role_arn: str | None = Field(
        default=None,
        validation_alias=AliasChoices("ServiceRoleArn", "service_role_arn"),
        serialization_alias="ServiceRoleArn",
    )
    """The service role ARN used to create the server."""

    status: ServerStatus | None = Field(
        default=None,
        validation_alias=AliasChoices("Status", "status"),
        serialization_alias="Status",
    )
    """
    The server's status. This field displays the states of actions in progress, such as
    creating, running, or backing up the server, as well as the server's health state.
    """

    status_reason: str | None = Field(
        default=None,
        validation_alias=AliasChoices("StatusReason", "status_reason"),
        serialization_alias="StatusReason",
    )
    """
    Depending on the server status, this field has either a human-readable message (such
    as a create or backup error), or an escaped block of JSON (used for health check
    results).
    """

    subnet_ids: list[str] | None = Field(
        default=None,
        validation_alias=AliasChoices("SubnetIds", "subnet_ids"),
        serialization_alias="SubnetIds",
    )
    """The subnet IDs specified in a CreateServer request."""


class CreateServerResponse(ApigenModel):
    """The CreateServerResponse structure."""

    server: Server | None = Field(
        default=None,
        validation_alias=AliasChoices("Server", "server"),
        serialization_alias="Server",
    )
    """The server that is created by the request."""


class DeleteBackupRequest(ApigenModel):
    """The DeleteBackupRequest structure."""

    backup_id: Annotated[str, Len(0, 79)] = Field(
        validation_alias=AliasChoices("BackupId", "backup_id"), serialization_alias="BackupId"
    )
    """
    The ID of the backup to delete. Run the DescribeBackups command to get a list of
    backup IDs. Backup IDs are in the format ServerName-yyyyMMddHHmmssSSS.
    """


class DeleteBackupResponse(ApigenModel):
    """
    If the action is successful, the service sends back an HTTP 200 response with an
    empty HTTP body.
    """


class DeleteServerRequest(ApigenModel):
    """The DeleteServerRequest structure."""

    server_name: Annotated[
        str, Len(1, 40), Pattern(r"[A-Za-z][\-0-9A-Za-z]*", spec=r"[a-zA-Z][a-zA-Z0-9\-]*")
    ] = Field(
        validation_alias=AliasChoices("ServerName", "server_name"), serialization_alias="ServerName"
    )
    """The ID of the server to delete."""


class DeleteServerResponse(ApigenModel):
    """
    If the action is successful, the service sends back an HTTP 200 response with an
    empty HTTP body.
    """


class DescribeAccountAttributesRequest(ApigenModel):
    """The DescribeAccountAttributesRequest structure."""


class DescribeAccountAttributesResponse(ApigenModel):
    """The DescribeAccountAttributesResponse structure."""

    attributes: list[AccountAttribute] | None = Field(
        default=None,
        validation_alias=AliasChoices("Attributes", "attributes"),
        serialization_alias="Attributes",
    )
    """The attributes that are currently set for the account."""


class DescribeBackupsRequest(ApigenModel):
    """The DescribeBackupsRequest structure."""

    backup_id: Annotated[str, Len(0, 79)] | None = Field(
        default=None,
        validation_alias=AliasChoices("BackupId", "backup_id"),
        serialization_alias="BackupId",
    )
    """Describes a single backup."""

    max_results: Annotated[Int32, Interval(ge=1)] | None = Field(
        default=None,
        validation_alias=AliasChoices("MaxResults", "max_results"),
        serialization_alias="MaxResults",
    )
    """This is not currently implemented for DescribeBackups requests."""

    next_token: str | None = Field(
        default=None,
        validation_alias=AliasChoices("NextToken", "next_token"),
        serialization_alias="NextToken",
    )
    """This is not currently implemented for DescribeBackups requests."""

    server_name: (
        Annotated[
            str, Len(1, 40), Pattern(r"[A-Za-z][\-0-9A-Za-z]*", spec=r"[a-zA-Z][a-zA-Z0-9\-]*")
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("ServerName", "server_name"),
        serialization_alias="ServerName",
    )
    """Returns backups for the server with the specified ServerName."""


class DescribeBackupsResponse(ApigenModel):
    """The DescribeBackupsResponse structure."""

    backups: list[Backup] | None = Field(
        default=None,
        validation_alias=AliasChoices("Backups", "backups"),
        serialization_alias="Backups",
    )
    """Contains the response to a DescribeBackups request."""

    next_token: str | None = Field(
        default=None,
        validation_alias=AliasChoices("NextToken", "next_token"),
        serialization_alias="NextToken",
    )
    """This is not currently implemented for DescribeBackups requests."""


class DescribeEventsRequest(ApigenModel):
    """The DescribeEventsRequest structure."""

    max_results: Annotated[Int32, Interval(ge=1)] | None = Field(
        default=None,
        validation_alias=AliasChoices("MaxResults", "max_results"),
        serialization_alias="MaxResults",
    )
    """
    To receive a paginated response, use this parameter to specify the maximum number of
    results to be returned with a single call. If the number of available results
    exceeds this maximum, the response includes a NextToken value that you can assign to
    the NextToken request parameter to get the next set of results.
    """

    next_token: str | None = Field(
        default=None,
        validation_alias=AliasChoices("NextToken", "next_token"),
        serialization_alias="NextToken",
    )
    """
    NextToken is a string that is returned in some command responses. It indicates that
    not all entries have been returned, and that you must run at least one more request
    to get remaining items. To get remaining results, call DescribeEvents again, and
    assign the token from the previous results as the value of the nextToken parameter.
    If there are no more results, the response object's nextToken parameter value is
    null. Setting a nextToken value that was not returned in your previous results
    causes an InvalidNextTokenException to occur.
    """

    server_name: Annotated[
        str, Len(1, 40), Pattern(r"[A-Za-z][\-0-9A-Za-z]*", spec=r"[a-zA-Z][a-zA-Z0-9\-]*")
    ] = Field(
        validation_alias=AliasChoices("ServerName", "server_name"), serialization_alias="ServerName"
    )
    """The name of the server for which you want to view events."""


class ServerEvent(ApigenModel):
    """
    An event that is related to the server, such as the start of maintenance or backup.
    """

    created_at: EpochSeconds | None = Field(
        default=None,
        validation_alias=AliasChoices("CreatedAt", "created_at"),
        serialization_alias="CreatedAt",
    )
    """The time when the event occurred."""

    log_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("LogUrl", "log_url"),
        serialization_alias="LogUrl",
    )
    """The Amazon S3 URL of the event's log file."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )
    """A human-readable informational or status message."""

    server_name: str | None = Field(
        default=None,
        validation_alias=AliasChoices("ServerName", "server_name"),
        serialization_alias="ServerName",
    )
    """The name of the server on or for which the event occurred."""


class DescribeEventsResponse(ApigenModel):
    """The DescribeEventsResponse structure."""

    next_token: str | None = Field(
        default=None,
        validation_alias=AliasChoices("NextToken", "next_token"),
        serialization_alias="NextToken",
    )
    """
    NextToken is a string that is returned in some command responses. It indicates that
    not all entries have been returned, and that you must run at least one more request
    to get remaining items. To get remaining results, call DescribeEvents again, and
    assign the token from the previous results as the value of the nextToken parameter.
    If there are no more results, the response object's nextToken parameter value is
    null. Setting a nextToken value that was not returned in your previous results
    causes an InvalidNextTokenException to occur.
    """

    server_events: list[ServerEvent] | None = Field(
        default=None,
        validation_alias=AliasChoices("ServerEvents", "server_events"),
        serialization_alias="ServerEvents",
    )
    """Contains the response to a DescribeEvents request."""


class DescribeNodeAssociationStatusRequest(ApigenModel):
    """The DescribeNodeAssociationStatusRequest structure."""

    node_association_status_token: str = Field(
        validation_alias=AliasChoices(
            "NodeAssociationStatusToken", "node_association_status_token"
        ),
        serialization_alias="NodeAssociationStatusToken",
    )
    """
    The token returned in either the AssociateNodeResponse or the
    DisassociateNodeResponse.
    """

    server_name: Annotated[
        str, Len(1, 40), Pattern(r"[A-Za-z][\-0-9A-Za-z]*", spec=r"[a-zA-Z][a-zA-Z0-9\-]*")
    ] = Field(
        validation_alias=AliasChoices("ServerName", "server_name"), serialization_alias="ServerName"
    )
    """The name of the server from which to disassociate the node."""


class DescribeNodeAssociationStatusResponse(ApigenModel):
    """The DescribeNodeAssociationStatusResponse structure."""

    engine_attributes: list[EngineAttribute] | None = Field(
        default=None,
        validation_alias=AliasChoices("EngineAttributes", "engine_attributes"),
        serialization_alias="EngineAttributes",
    )
    """
    Attributes specific to the node association. In Puppet, the attribute
    PUPPET_NODE_CERT contains the signed certificate (the result of the CSR).
    """

    node_association_status: NodeAssociationStatus | None = Field(
        default=None,
        validation_alias=AliasChoices("NodeAssociationStatus", "node_association_status"),
        serialization_alias="NodeAssociationStatus",
    )
    """
    The status of the association or disassociation request.

    Possible values:

    - SUCCESS: The association or disassociation succeeded.
    - FAILED: The association or disassociation failed.
    - IN_PROGRESS: The association or disassociation is still in progress.
    """


class DescribeServersRequest(ApigenModel):
    """The DescribeServersRequest structure."""

    max_results: Annotated[Int32, Interval(ge=1)] | None = Field(
        default=None,
        validation_alias=AliasChoices("MaxResults", "max_results"),
        serialization_alias="MaxResults",
    )
    """This is not currently implemented for DescribeServers requests."""

    next_token: str | None = Field(
        default=None,
        validation_alias=AliasChoices("NextToken", "next_token"),
        serialization_alias="NextToken",
    )
    """This is not currently implemented for DescribeServers requests."""

    server_name: (
        Annotated[
            str, Len(1, 40), Pattern(r"[A-Za-z][\-0-9A-Za-z]*", spec=r"[a-zA-Z][a-zA-Z0-9\-]*")
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("ServerName", "server_name"),
        serialization_alias="ServerName",
    )
    """Describes the server with the specified ServerName."""


class DescribeServersResponse(ApigenModel):
    """The DescribeServersResponse structure."""

    next_token: str | None = Field(
        default=None,
        validation_alias=AliasChoices("NextToken", "next_token"),
        serialization_alias="NextToken",
    )
    """This is not currently implemented for DescribeServers requests."""

    servers: list[Server] | None = Field(
        default=None,
        validation_alias=AliasChoices("Servers", "servers"),
        serialization_alias="Servers",
    )
    """
    Contains the response to a DescribeServers request.

    For Puppet Server: DescribeServersResponse$Servers$EngineAttributes contains
    PUPPET_API_CA_CERT. This is the PEM-encoded CA certificate that is used by the
    Puppet API over TCP port number 8140. The CA certificate is also used to sign node
    certificates.
    """


class DisassociateNodeRequest(ApigenModel):
    """The DisassociateNodeRequest structure."""

    engine_attributes: list[EngineAttribute] | None = Field(
        default=None,
        validation_alias=AliasChoices("EngineAttributes", "engine_attributes"),
        serialization_alias="EngineAttributes",
    )
    """
    Engine attributes that are used for disassociating the node. No attributes are
    required for Puppet.

    Attributes required in a DisassociateNode request for Chef

    - CHEF_ORGANIZATION: The Chef organization with which the node was associated. By
      default only one organization named default can exist.
    """

    node_name: Annotated[
        str,
        Pattern(
            r"^[\-\.0-:A-Z_a-z]+(?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)", spec=r"^[\-\p{Alnum}_:.]+$"
        ),
    ] = Field(
        validation_alias=AliasChoices("NodeName", "node_name"), serialization_alias="NodeName"
    )
    """The name of the client node."""

    server_name: Annotated[
        str, Len(1, 40), Pattern(r"[A-Za-z][\-0-9A-Za-z]*", spec=r"[a-zA-Z][a-zA-Z0-9\-]*")
    ] = Field(
        validation_alias=AliasChoices("ServerName", "server_name"), serialization_alias="ServerName"
    )
    """The name of the server from which to disassociate the node."""


class DisassociateNodeResponse(ApigenModel):
    """The DisassociateNodeResponse structure."""

    node_association_status_token: str | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "NodeAssociationStatusToken", "node_association_status_token"
        ),
        serialization_alias="NodeAssociationStatusToken",
    )
    """
    Contains a token which can be passed to the DescribeNodeAssociationStatus API call
    to get the status of the disassociation request.
    """


class ExportServerEngineAttributeRequest(ApigenModel):
    """The ExportServerEngineAttributeRequest structure."""

    export_attribute_name: str = Field(
        validation_alias=AliasChoices("ExportAttributeName", "export_attribute_name"),
        serialization_alias="ExportAttributeName",
    )
    """
    The name of the export attribute. Currently, the supported export attribute is
    Userdata. This exports a user data script that includes parameters and values
    provided in the InputAttributes list.
    """

    input_attributes: list[EngineAttribute] | None = Field(
        default=None,
        validation_alias=AliasChoices("InputAttributes", "input_attributes"),
        serialization_alias="InputAttributes",
    )
    """
    The list of engine attributes. The list type is EngineAttribute. An EngineAttribute
    list item is a pair that includes an attribute name and its value. For the Userdata
    ExportAttributeName, the following are supported engine attribute names.

    - RunList In Chef, a list of roles or recipes that are run in the specified order.
      In Puppet, this parameter is ignored.
    - OrganizationName In Chef, an organization name. AWS OpsWorks for Chef Automate
      always creates the organization default. In Puppet, this parameter is ignored.
    - NodeEnvironment In Chef, a node environment (for example, development, staging, or
      one-box). In Puppet, this parameter is ignored.
    - NodeClientVersion In Chef, the version of the Chef engine (three numbers separated
      by dots, such as 13.8.5). If this attribute is empty, OpsWorks for Chef Automate
      uses the most current version. In Puppet, this parameter is ignored.
    """

    server_name: Annotated[
        str, Len(1, 40), Pattern(r"[A-Za-z][\-0-9A-Za-z]*", spec=r"[a-zA-Z][a-zA-Z0-9\-]*")
    ] = Field(
        validation_alias=AliasChoices("ServerName", "server_name"), serialization_alias="ServerName"
    )
    """The name of the server from which you are exporting the attribute."""


class ExportServerEngineAttributeResponse(ApigenModel):
    """The ExportServerEngineAttributeResponse structure."""

    engine_attribute: EngineAttribute | None = Field(
        default=None,
        validation_alias=AliasChoices("EngineAttribute", "engine_attribute"),
        serialization_alias="EngineAttribute",
    )
    """The requested engine attribute pair with attribute name and value."""

    server_name: (
        Annotated[
            str, Len(1, 40), Pattern(r"[A-Za-z][\-0-9A-Za-z]*", spec=r"[a-zA-Z][a-zA-Z0-9\-]*")
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("ServerName", "server_name"),
        serialization_alias="ServerName",
    )
    """The server name used in the request."""


class IncompleteSignature(ApigenModel):
    """The request signature does not conform to AWS standards."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )


class InternalFailure(ApigenModel):
    """
    The request processing has failed because of an unknown error, exception or failure.
    """

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )


class InvalidAction(ApigenModel):
    """
    The action or operation requested is invalid. Verify that the action is typed
    correctly.
    """

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )


class InvalidClientTokenId(ApigenModel):
    """
    The X.509 certificate or AWS access key ID provided does not exist in our records.
    """

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )


class InvalidNextTokenException(ApigenModel):
    """This occurs when the provided nextToken is not valid."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )


class InvalidParameterCombination(ApigenModel):
    """Parameters that must not be used together were used together."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )


class InvalidParameterValue(ApigenModel):
    """An invalid or out-of-range value was supplied for the input parameter."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )


class InvalidQueryParameter(ApigenModel):
    """The AWS query string is malformed or does not adhere to AWS standards."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )


class InvalidStateException(ApigenModel):
    """
    The resource is in a state that does not allow you to perform a specified action.
    """

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )


class LimitExceededException(ApigenModel):
    """The limit of servers or backups has been reached."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )


class MalformedQueryString(ApigenModel):
    """The query string contains a syntax error."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )


class MissingAction(ApigenModel):
    """The request is missing an action or a required parameter."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )


class MissingAuthenticationToken(ApigenModel):
    """
    The request must contain either a valid (registered) AWS access key ID or X.509
    certificate.
    """

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )


class MissingParameter(ApigenModel):
    """A required parameter for the specified action is not supplied."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )


class OptInRequired(ApigenModel):
    """The AWS access key ID needs a subscription for the service."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )


class RequestExpired(ApigenModel):
    """
    The request reached the service more than 15 minutes after the date stamp on the
    request or more than 15 minutes after the request expiration date (such as for
    pre-signed URLs), or the date stamp on the request is more than 15 minutes in the
    future.
    """

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )


class ResourceAlreadyExistsException(ApigenModel):
    """The requested resource cannot be created because it already exists."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )


class ResourceNotFoundException(ApigenModel):
    """The requested resource does not exist, or access was denied."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )


class RestoreServerRequest(ApigenModel):
    """The RestoreServerRequest structure."""

    backup_id: Annotated[str, Len(0, 79)] = Field(
        validation_alias=AliasChoices("BackupId", "backup_id"), serialization_alias="BackupId"
    )
    """The ID of the backup that you want to use to restore a server."""

    instance_type: str | None = Field(
        default=None,
        validation_alias=AliasChoices("InstanceType", "instance_type"),
        serialization_alias="InstanceType",
    )
    """
    The type of the instance to create. Valid values must be specified in the following
    format: ^([cm][34]|t2).* For example, m4.large. Valid values are t2.medium,
    m4.large, and m4.2xlarge. If you do not specify this parameter, RestoreServer uses
    the instance type from the specified backup.
    """

    key_pair: str | None = Field(
        default=None,
        validation_alias=AliasChoices("KeyPair", "key_pair"),
        serialization_alias="KeyPair",
    )
    """
    The name of the key pair to set on the new EC2 instance. This can be helpful if the
    administrator no longer has the SSH key.
    """

    server_name: Annotated[
        str, Len(1, 40), Pattern(r"[A-Za-z][\-0-9A-Za-z]*", spec=r"[a-zA-Z][a-zA-Z0-9\-]*")
    ] = Field(
        validation_alias=AliasChoices("ServerName", "server_name"), serialization_alias="ServerName"
    )
    """The name of the server that you want to restore."""


class RestoreServerResponse(ApigenModel):
    """
    If the action is successful, the service sends back an HTTP 200 response with an
    empty HTTP body.
    """


class ServiceUnavailable(ApigenModel):
    """The request has failed due to a temporary failure of the server."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )


class StartMaintenanceRequest(ApigenModel):
    """The StartMaintenanceRequest structure."""

    engine_attributes: list[EngineAttribute] | None = Field(
        default=None,
        validation_alias=AliasChoices("EngineAttributes", "engine_attributes"),
        serialization_alias="EngineAttributes",
    )
    """
    Engine attributes that are specific to the server on which you want to run
    maintenance.
    """

    server_name: Annotated[
        str, Len(1, 40), Pattern(r"[A-Za-z][\-0-9A-Za-z]*", spec=r"[a-zA-Z][a-zA-Z0-9\-]*")
    ] = Field(
        validation_alias=AliasChoices("ServerName", "server_name"), serialization_alias="ServerName"
    )
    """The name of the server on which to run maintenance."""


class StartMaintenanceResponse(ApigenModel):
    """The StartMaintenanceResponse structure."""

    server: Server | None = Field(
        default=None,
        validation_alias=AliasChoices("Server", "server"),
        serialization_alias="Server",
    )
    """Contains the response to a StartMaintenance request."""


class ThrottlingException(ApigenModel):
    """The request was denied due to request throttling."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )


class UpdateServerEngineAttributesRequest(ApigenModel):
    """The UpdateServerEngineAttributesRequest structure."""

    attribute_name: Annotated[
        str, Len(1, 64), Pattern(r"[A-Z][0-9A-Z_]*", spec=r"[A-Z][A-Z0-9_]*")
    ] = Field(
        validation_alias=AliasChoices("AttributeName", "attribute_name"),
        serialization_alias="AttributeName",
    )
    """The name of the engine attribute to update."""

    attribute_value: str | None = Field(
        default=None,
        validation_alias=AliasChoices("AttributeValue", "attribute_value"),
        serialization_alias="AttributeValue",
        repr=False,
    )
    """The value to set for the attribute."""

    server_name: Annotated[
        str, Len(1, 40), Pattern(r"[A-Za-z][\-0-9A-Za-z]*", spec=r"[a-zA-Z][a-zA-Z0-9\-]*")
    ] = Field(
        validation_alias=AliasChoices("ServerName", "server_name"), serialization_alias="ServerName"
    )
    """The name of the server to update."""


class UpdateServerEngineAttributesResponse(ApigenModel):
    """The UpdateServerEngineAttributesResponse structure."""

    server: Server | None = Field(
        default=None,
        validation_alias=AliasChoices("Server", "server"),
        serialization_alias="Server",
    )
    """Contains the response to an UpdateServerEngineAttributes request."""


class UpdateServerRequest(ApigenModel):
    """The UpdateServerRequest structure."""

    backup_retention_count: Int32 | None = Field(
        default=None,
        validation_alias=AliasChoices("BackupRetentionCount", "backup_retention_count"),
        serialization_alias="BackupRetentionCount",
    )
    """Sets the number of automated backups that you want to keep."""

    disable_automated_backup: bool | None = Field(
        default=None,
        validation_alias=AliasChoices("DisableAutomatedBackup", "disable_automated_backup"),
        serialization_alias="DisableAutomatedBackup",
    )
    """
    Setting DisableAutomatedBackup to true disables automated or scheduled backups.
    Automated backups are enabled by default.
    """

    preferred_backup_window: (
        Annotated[
            str,
            Pattern(
                r"^((Mon|Tue|Wed|Thu|Fri|Sat|Sun):)?([01][0-9]|2[0-3]):[0-5][0-9](?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
                spec=r"^((Mon|Tue|Wed|Thu|Fri|Sat|Sun):)?([0-1][0-9]|2[0-3]):[0-5][0-9]$",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("PreferredBackupWindow", "preferred_backup_window"),
        serialization_alias="PreferredBackupWindow",
    )
    """
    DDD:HH:MM (weekly start time) or HH:MM (daily start time).

    Time windows always use coordinated universal time (UTC). Valid strings for day of
    week (DDD) are: Mon, Tue, Wed, Thr, Fri, Sat, or Sun.
    """

    preferred_maintenance_window: (
        Annotated[
            str,
            Pattern(
                r"^((Mon|Tue|Wed|Thu|Fri|Sat|Sun):)?([01][0-9]|2[0-3]):[0-5][0-9](?=[\n\r\x85\u2028\u2029]?\Z|\r\n\Z)",
                spec=r"^((Mon|Tue|Wed|Thu|Fri|Sat|Sun):)?([0-1][0-9]|2[0-3]):[0-5][0-9]$",
            ),
        ]
        | None
    ) = Field(
        default=None,
        validation_alias=AliasChoices("PreferredMaintenanceWindow", "preferred_maintenance_window"),
        serialization_alias="PreferredMaintenanceWindow",
    )
    """
    DDD:HH:MM (weekly start time) or HH:MM (daily start time).

    Time windows always use coordinated universal time (UTC). Valid strings for day of
    week (DDD) are: Mon, Tue, Wed, Thr, Fri, Sat, or Sun.
    """

    server_name: Annotated[
        str, Len(1, 40), Pattern(r"[A-Za-z][\-0-9A-Za-z]*", spec=r"[a-zA-Z][a-zA-Z0-9\-]*")
    ] = Field(
        validation_alias=AliasChoices("ServerName", "server_name"), serialization_alias="ServerName"
    )
    """The name of the server to update."""


class UpdateServerResponse(ApigenModel):
    """The UpdateServerResponse structure."""

    server: Server | None = Field(
        default=None,
        validation_alias=AliasChoices("Server", "server"),
        serialization_alias="Server",
    )
    """Contains the response to a UpdateServer request."""


class ValidationError(ApigenModel):
    """The input fails to satisfy the constraints specified by an AWS service."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )


class ValidationException(ApigenModel):
    """One or more of the provided request parameters are not valid."""

    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )
