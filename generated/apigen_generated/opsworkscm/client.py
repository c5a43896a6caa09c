"""Client of AWS OpsWorks CM: OpsWorksCMClient."""

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
    "OpsWorksCMClient",
]


class OpsWorksCMClient(BaseClient):
    """
    AWS OpsWorks for configuration management (CM) is a service that runs and manages
    configuration management servers. You can use AWS OpsWorks CM to create and manage
    AWS OpsWorks for Chef Automate and AWS OpsWorks for Puppet Enterprise servers, and
    add or remove nodes for the servers to manage.

    Glossary of terms

    - Server: A configuration management server that can be highly-available. The
      configuration management server runs on an Amazon Elastic Compute Cloud (EC2)
      instance, and may use various other AWS services, such as Amazon Relational
      Database Service (RDS) and Elastic Load Balancing. A server is a generic
      abstraction over the configuration manager that you want to use, much like Amazon
      RDS. In AWS OpsWorks CM, you do not start or stop servers. After you create
      servers, they continue to run until they are deleted.
    - Engine: The engine is the specific configuration manager that you want to use.
      Valid values in this release include Chef and Puppet.
    - Backup: This is an application-level backup of the data that the configuration
      manager stores. AWS OpsWorks CM creates an S3 bucket for backups when you launch
      the first server. A backup maintains a snapshot of a server's
      configuration-related attributes at the time the backup starts.
    - Events: Events are always related to a server. Events are written during server
      creation, when health checks run, when backups are created, when system
      maintenance is performed, etc. When you delete a server, the server's events are
      also deleted.
    - Account attributes: Every account has attributes that are assigned in the AWS
      OpsWorks CM database. These attributes store information about configuration
      limits (servers, backups, etc.) and your customer account.

    Endpoints

    AWS OpsWorks CM supports the following endpoints, all HTTPS. You must connect to one
    of the following endpoints. Your servers can only be accessed or managed within the
    endpoint in which they are created.

    - opsworks-cm.us-east-1.amazonaws.com
    - opsworks-cm.us-east-2.amazonaws.com
    - opsworks-cm.us-west-1.amazonaws.com
    - opsworks-cm.us-west-2.amazonaws.com
    - opsworks-cm.ap-northeast-1.amazonaws.com
    - opsworks-cm.ap-southeast-1.amazonaws.com
    - opsworks-cm.ap-southeast-2.amazonaws.com
    - opsworks-cm.eu-central-1.amazonaws.com
    - opsworks-cm.eu-west-1.amazonaws.com

    Throttling limits

    All API operations allow for five requests per second with a burst of 10 requests
    per second.
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
        A client of AWS OpsWorks CM. Nothing is resolved or sent until the first call.

        Args:
            region: AWS region; else AWS_REGION, AWS_DEFAULT_REGION or the config file.
            endpoint_url: Base URL instead of
                https://opsworks-cm.{region}.amazonaws.com.
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

    def associate_node(
        self,
        *,
        engine_attributes: list[shapes.EngineAttribute],
        node_name: str,
        server_name: str,
    ) -> shapes.AssociateNodeResponse:
        """
        Associates a new node with the server. For more information about how to
        disassociate a node, see DisassociateNode.

        On a Chef server: This command is an alternative to knife bootstrap.

        Example (Chef): aws opsworks-cm associate-node --server-name MyServer
        --node-name MyManagedNode --engine-attributes
        "Name=CHEF_ORGANIZATION,Value=default"
        "Name=CHEF_NODE_PUBLIC_KEY,Value=public-key-pem"

        On a Puppet server, this command is an alternative to the puppet cert sign
        command that signs a Puppet node CSR.

        Example (Puppet): aws opsworks-cm associate-node --server-name MyServer
        --node-name MyManagedNode --engine-attributes
        "Name=PUPPET_NODE_CSR,Value=csr-pem"

        A node can only be associated with servers that are in a HEALTHY state.
        Otherwise, an InvalidStateException is thrown. A ResourceNotFoundException is
        thrown when the server does not exist. A ValidationException is raised when
        parameters of the request are not valid. The AssociateNode API call can be
        integrated into Auto Scaling configurations, AWS CloudFormation templates, or
        the user data of a server's instance.

        Args:
            engine_attributes: Engine attributes used for associating the node.
                Attributes accepted in a AssociateNode request for Chef -
                CHEF_ORGANIZATION: The Chef organization with which the node is
                associated. By default only one organization named default can exist. -
                CHEF_NODE_PUBLIC_KEY: A PEM-formatted public key. This key is required
                for the chef-client agent to access the Chef API. Attributes accepted in
                a AssociateNode request for Puppet - PUPPET_NODE_CSR: A PEM-formatted
                certificate-signing request (CSR) that is created by the node.
            node_name: The name of the node.
            server_name: The name of the server with which to associate the node.

        Returns:
            The AssociateNode output.

        Raises:
            InvalidStateException, ResourceNotFoundException, ValidationException
        """
        return cast(
            "shapes.AssociateNodeResponse",
            self._call(
                "AssociateNode",
                {
                    "engine_attributes": engine_attributes,
                    "node_name": node_name,
                    "server_name": server_name,
                },
            ),
        )

    def create_backup(
        self,
        *,
        server_name: str,
        description: str | None = None,
    ) -> shapes.CreateBackupResponse:
        """
        Creates an application-level backup of a server. While the server is in the
        BACKING_UP state, the server cannot be changed, and no additional backup can be
        created.

        Backups can be created for servers in RUNNING, HEALTHY, and UNHEALTHY states. By
        default, you can create a maximum of 50 manual backups.

        This operation is asynchronous.

        A LimitExceededException is thrown when the maximum number of manual backups is
        reached. An InvalidStateException is thrown when the server is not in any of the
        following states: RUNNING, HEALTHY, or UNHEALTHY. A ResourceNotFoundException is
        thrown when the server is not found. A ValidationException is thrown when
        parameters of the request are not valid.

        Args:
            server_name: The name of the server that you want to back up.
            description: A user-defined description of the backup.

        Returns:
            The CreateBackup output.

        Raises:
            InvalidStateException, LimitExceededException, ResourceNotFoundException,
                ValidationException
        """
        return cast(
            "shapes.CreateBackupResponse",
            self._call(
                "CreateBackup",
                {
                    "server_name": server_name,
                    "description": description,
                },
            ),
        )

    def create_server(
        self,
        *,
        instance_profile_arn: str,
        instance_type: str,
        server_name: str,
        service_role_arn: str,
        associate_public_ip_address: bool | None = None,
        backup_id: str | None = None,
        backup_retention_count: int | None = None,
        disable_automated_backup: bool | None = None,
        engine: str | None = None,
        engine_attributes: list[shapes.EngineAttribute] | None = None,
        engine_model: str | None = None,
        engine_version: str | None = None,
        key_pair: str | None = None,
        preferred_backup_window: str | None = None,
        preferred_maintenance_window: str | None = None,
        security_group_ids: list[str] | None = None,
        subnet_ids: list[str] | None = None,
    ) -> shapes.CreateServerResponse:
        """
        Creates and immediately starts a new server. The server is ready to use when it
        is in the HEALTHY state. By default, you can create a maximum of 10 servers.

        This operation is asynchronous.

        A LimitExceededException is thrown when you have created the maximum number of
        servers (10). A ResourceAlreadyExistsException is thrown when a server with the
        same name already exists in the account. A ResourceNotFoundException is thrown
        when you specify a backup ID that is not valid or is for a backup that does not
        exist. A ValidationException is thrown when parameters of the request are not
        valid.

        If you do not specify a security group by adding the SecurityGroupIds parameter,
        AWS OpsWorks creates a new security group.

        Chef Automate: The default security group opens the Chef server to the world on
        TCP port 443. If a KeyName is present, AWS OpsWorks enables SSH access. SSH is
        also open to the world on TCP port 22.

        Puppet Enterprise: The default security group opens TCP ports 22, 443, 4433,
        8140, 8142, 8143, and 8170. If a KeyName is present, AWS OpsWorks enables SSH
        access. SSH is also open to the world on TCP port 22.

        By default, your server is accessible from any IP address. We recommend that you
        update your security group rules to allow access from known IP addresses and
        address ranges only. To edit security group rules, open Security Groups in the
        navigation pane of the EC2 management console.

        Args:
            instance_profile_arn: The ARN of the instance profile that your Amazon EC2
                instances use. Although the AWS OpsWorks console typically creates the
                instance profile for you, if you are using API commands instead, run the
                service-role-creation.yaml AWS CloudFormation template, located at
                https://s3.amazonaws.com/opsworks-cm-us-east-1-prod-default-assets/misc/opsworks-cm-roles.yaml.
                This template creates a CloudFormation stack that includes the instance
                profile you need.
            instance_type: The Amazon EC2 instance type to use. For example, m4.large.
                Recommended instance types include t2.medium and greater, m4.*, or
                c4.xlarge and greater.
            server_name: The name of the server. The server name must be unique within
                your AWS account, within each region. Server names must start with a
                letter; then letters, numbers, or hyphens (-) are allowed, up to a
                maximum of 40 characters.
            service_role_arn: The service role that the AWS OpsWorks CM service backend
                uses to work with your account. Although the AWS OpsWorks management
                console typically creates the service role for you, if you are using the
                AWS CLI or API commands, run the service-role-creation.yaml AWS
                CloudFormation template, located at
                https://s3.amazonaws.com/opsworks-cm-us-east-1-prod-default-assets/misc/opsworks-cm-roles.yaml.
                This template creates a CloudFormation stack that includes the service
                role and instance profile that you need.
            associate_public_ip_address: Associate a public IP address with a server
                that you are launching. Valid values are true or false. The default
                value is true.
            backup_id: If you specify this field, AWS OpsWorks CM creates the server by
                using the backup represented by BackupId.
            backup_retention_count: The number of automated backups that you want to
                keep. Whenever a new backup is created, AWS OpsWorks CM deletes the
                oldest backups if this number is exceeded. The default value is 1.
            disable_automated_backup: Enable or disable scheduled backups. Valid values
                are true or false. The default value is true.
            engine: The configuration management engine to use. Valid values include
                Chef and Puppet.
            engine_attributes: Optional engine attributes on a specified server.
                Attributes accepted in a Chef createServer request: - CHEF_PIVOTAL_KEY:
                A base64-encoded RSA public key. The corresponding private key is
                required to access the Chef API. When no CHEF_PIVOTAL_KEY is set, a
                private key is generated and returned in the response. -
                CHEF_DELIVERY_ADMIN_PASSWORD: The password for the administrative user
                in the Chef Automate GUI. The password length is a minimum of eight
                characters, and a maximum of 32. The password can contain letters,
                numbers, and special characters (!/@#$%^&+=_). The password must contain
                at least one lower case letter, one upper case letter, one number, and
                one special character. When no CHEF_DELIVERY_ADMIN_PASSWORD is set, one
                is generated and returned in the response. Attributes accepted in a
                Puppet createServer request: - PUPPET_ADMIN_PASSWORD: To work with the
                Puppet Enterprise console, a password must use ASCII characters. -
                PUPPET_R10K_REMOTE: The r10k remote is the URL of your control
                repository (for example,
                ssh://git@your.git-repo.com:user/control-repo.git). Specifying an r10k
                remote opens TCP port 8170. - PUPPET_R10K_PRIVATE_KEY: If you are using
                a private Git repository, add PUPPET_R10K_PRIVATE_KEY to specify a
                PEM-encoded private SSH key.
            engine_model: The engine model of the server. Valid values in this release
                include Monolithic for Puppet and Single for Chef.
            engine_version: The major release version of the engine that you want to
                use. For a Chef server, the valid value for EngineVersion is currently
                12. For a Puppet server, the valid value is 2017.
            key_pair: The Amazon EC2 key pair to set for the instance. This parameter is
                optional; if desired, you may specify this parameter to connect to your
                instances by using SSH.
            preferred_backup_window: The start time for a one-hour period during which
                AWS OpsWorks CM backs up application-level data on your server if
                automated backups are enabled. Valid values must be specified in one of
                the following formats: - HH:MM for daily backups - DDD:HH:MM for weekly
                backups The specified time is in coordinated universal time (UTC). The
                default value is a random, daily start time. Example: 08:00, which
                represents a daily start time of 08:00 UTC. Example: Mon:08:00, which
                represents a start time of every Monday at 08:00 UTC. (8:00 a.m.)
            preferred_maintenance_window: The start time for a one-hour period each week
                during which AWS OpsWorks CM performs maintenance on the instance. Valid
                values must be specified in the following format: DDD:HH:MM. The
                specified time is in coordinated universal time (UTC). The default value
                is a random one-hour period on Tuesday, Wednesday, or Friday. See
                TimeWindowDefinition for more information. Example: Mon:08:00, which
                represents a start time of every Monday at 08:00 UTC. (8:00 a.m.)
            security_group_ids: A list of security group IDs to attach to the Amazon EC2
                instance. If you add this parameter, the specified security groups must
                be within the VPC that is specified by SubnetIds. If you do not specify
                this parameter, AWS OpsWorks CM creates one new security group that uses
                TCP ports 22 and 443, open to 0.0.0.0/0 (everyone).
            subnet_ids: The IDs of subnets in which to launch the server EC2 instance.
                Amazon EC2-Classic customers: This field is required. All servers must
                run within a VPC. The VPC must have "Auto Assign Public IP" enabled.
                EC2-VPC customers: This field is optional. If you do not specify subnet
                IDs, your EC2 instances are created in a default subnet that is selected
                by Amazon EC2. If you specify subnet IDs, the VPC must have "Auto Assign
                Public IP" enabled. For more information about supported Amazon EC2
                platforms, see Supported Platforms.

        Returns:
            The CreateServer output.

        Raises:
            LimitExceededException, ResourceAlreadyExistsException,
                ResourceNotFoundException, ValidationException
        """
        return cast(
            "shapes.CreateServerResponse",
            self._call(
                "CreateServer",
                {
                    "instance_profile_arn": instance_profile_arn,
                    "instance_type": instance_type,
                    "server_name": server_name,
                    "service_role_arn": service_role_arn,
                    "associate_public_ip_address": associate_public_ip_address,
                    "backup_id": backup_id,
                    "backup_retention_count": backup_retention_count,
                    "disable_automated_backup": disable_automated_backup,
                    "engine": engine,
                    "engine_attributes": engine_attributes,
                    "engine_model": engine_model,
                    "engine_version": engine_version,
                    "key_pair": key_pair,
                    "preferred_backup_window": preferred_backup_window,
                    "preferred_maintenance_window": preferred_maintenance_window,
                    "security_group_ids": security_group_ids,
                    "subnet_ids": subnet_ids,
                },
            ),
        )

    def delete_backup(
        self,
        *,
        backup_id: str,
    ) -> shapes.DeleteBackupResponse:
        """
        Deletes a backup. You can delete both manual and automated backups. This
        operation is asynchronous.

        An InvalidStateException is thrown when a backup deletion is already in
        progress. A ResourceNotFoundException is thrown when the backup does not exist.
        A ValidationException is thrown when parameters of the request are not valid.

        Args:
            backup_id: The ID of the backup to delete. Run the DescribeBackups command
                to get a list of backup IDs. Backup IDs are in the format
                ServerName-yyyyMMddHHmmssSSS.

        Returns:
            The DeleteBackup output.

        Raises:
            InvalidStateException, ResourceNotFoundException, ValidationException
        """
        return cast(
            "shapes.DeleteBackupResponse",
            self._call(
                "DeleteBackup",
                {
                    "backup_id": backup_id,
                },
            ),
        )

    def delete_server(
        self,
        *,
        server_name: str,
    ) -> shapes.DeleteServerResponse:
        """
        Deletes the server and the underlying AWS CloudFormation stacks (including the
        server's EC2 instance). When you run this command, the server state is updated
        to DELETING. After the server is deleted, it is no longer returned by
        DescribeServer requests. If the AWS CloudFormation stack cannot be deleted, the
        server cannot be deleted.

        This operation is asynchronous.

        An InvalidStateException is thrown when a server deletion is already in
        progress. A ResourceNotFoundException is thrown when the server does not exist.
        A ValidationException is raised when parameters of the request are not valid.

        Args:
            server_name: The ID of the server to delete.

        Returns:
            The DeleteServer output.

        Raises:
            InvalidStateException, ResourceNotFoundException, ValidationException
        """
        return cast(
            "shapes.DeleteServerResponse",
            self._call(
                "DeleteServer",
                {
                    "server_name": server_name,
                },
            ),
        )

    def describe_account_attributes(
        self,
    ) -> shapes.DescribeAccountAttributesResponse:
        """
        Describes your OpsWorks-CM account attributes.

        This operation is synchronous.

        Returns:
            The DescribeAccountAttributes output.
        """
        return cast(
            "shapes.DescribeAccountAttributesResponse",
            self._call(
                "DescribeAccountAttributes",
                {},
            ),
        )

    def describe_backups(
        self,
        *,
        backup_id: str | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        server_name: str | None = None,
    ) -> shapes.DescribeBackupsResponse:
        """
        Describes backups. The results are ordered by time, with newest backups first.
        If you do not specify a BackupId or ServerName, the command returns all backups.

        This operation is synchronous.

        A ResourceNotFoundException is thrown when the backup does not exist. A
        ValidationException is raised when parameters of the request are not valid.

        Args:
            backup_id: Describes a single backup.
            max_results: This is not currently implemented for DescribeBackups requests.
            next_token: This is not currently implemented for DescribeBackups requests.
            server_name: Returns backups for the server with the specified ServerName.

        Returns:
            The DescribeBackups output.

        Raises:
            InvalidNextTokenException, ResourceNotFoundException, ValidationException
        """
        return cast(
            "shapes.DescribeBackupsResponse",
            self._call(
                "DescribeBackups",
                {
                    "backup_id": backup_id,
                    "max_results": max_results,
                    "next_token": next_token,
                    "server_name": server_name,
                },
            ),
        )

    def describe_events(
        self,
        *,
        server_name: str,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> shapes.DescribeEventsResponse:
        """
        Describes events for a specified server. Results are ordered by time, with
        newest events first.

        This operation is synchronous.

        A ResourceNotFoundException is thrown when the server does not exist. A
        ValidationException is raised when parameters of the request are not valid.

        Args:
            server_name: The name of the server for which you want to view events.
            max_results: To receive a paginated response, use this parameter to specify
                the maximum number of results to be returned with a single call. If the
                number of available results exceeds this maximum, the response includes
                a NextToken value that you can assign to the NextToken request parameter
                to get the next set of results.
            next_token: NextToken is a string that is returned in some command
                responses. It indicates that not all entries have been returned, and
                that you must run at least one more request to get remaining items. To
                get remaining results, call DescribeEvents again, and assign the token
                from the previous results as the value of the nextToken parameter. If
                there are no more results, the response object's nextToken parameter
                value is null. Setting a nextToken value that was not returned in your
                previous results causes an InvalidNextTokenException to occur.

        Returns:
            The DescribeEvents output.

        Raises:
            InvalidNextTokenException, ResourceNotFoundException, ValidationException
        """
        return cast(
            "shapes.DescribeEventsResponse",
            self._call(
                "DescribeEvents",
                {
                    "server_name": server_name,
                    "max_results": max_results,
                    "next_token": next_token,
                },
            ),
        )

    def describe_node_association_status(
        self,
        *,
        node_association_status_token: str,
        server_name: str,
    ) -> shapes.DescribeNodeAssociationStatusResponse:
        """
        Returns the current status of an existing association or disassociation request.

        A ResourceNotFoundException is thrown when no recent association or
        disassociation request with the specified token is found, or when the server
        does not exist. A ValidationException is raised when parameters of the request
        are not valid.

        Args:
            node_association_status_token: The token returned in either the
                AssociateNodeResponse or the DisassociateNodeResponse.
            server_name: The name of the server from which to disassociate the node.

        Returns:
            The DescribeNodeAssociationStatus output.

        Raises:
            ResourceNotFoundException, ValidationException
        """
        return cast(
            "shapes.DescribeNodeAssociationStatusResponse",
            self._call(
                "DescribeNodeAssociationStatus",
                {
                    "node_association_status_token": node_association_status_token,
                    "server_name": server_name,
                },
            ),
        )

    def describe_servers(
        self,
        *,
        max_results: int | None = None,
        next_token: str | None = None,
        server_name: str | None = None,
    ) -> shapes.DescribeServersResponse:
        """
        Lists all configuration management servers that are identified with your
        account. Only the stored results from Amazon DynamoDB are returned. AWS OpsWorks
        CM does not query other services.

        This operation is synchronous.

        A ResourceNotFoundException is thrown when the server does not exist. A
        ValidationException is raised when parameters of the request are not valid.

        Args:
            max_results: This is not currently implemented for DescribeServers requests.
            next_token: This is not currently implemented for DescribeServers requests.
            server_name: Describes the server with the specified ServerName.

        Returns:
            The DescribeServers output.

        Raises:
            InvalidNextTokenException, ResourceNotFoundException, ValidationException
        """
        return cast(
            "shapes.DescribeServersResponse",
            self._call(
                "DescribeServers",
                {
                    "max_results": max_results,
                    "next_token": next_token,
                    "server_name": server_name,
                },
            ),
        )

    def disassociate_node(
        self,
        *,
        node_name: str,
        server_name: str,
        engine_attributes: list[shapes.EngineAttribute] | None = None,
    ) -> shapes.DisassociateNodeResponse:
        """
        Disassociates a node from an AWS OpsWorks CM server, and removes the node from
        the server's managed nodes. After a node is disassociated, the node key pair is
        no longer valid for accessing the configuration manager's API. For more
        information about how to associate a node, see AssociateNode.

        A node can only be disassociated from a server that is in a HEALTHY state.
        Otherwise, an InvalidStateException is thrown. A ResourceNotFoundException is
        thrown when the server does not exist. A ValidationException is raised when
        parameters of the request are not valid.

        Args:
            node_name: The name of the client node.
            server_name: The name of the server from which to disassociate the node.
            engine_attributes: Engine attributes that are used for disassociating the
                node. No attributes are required for Puppet. Attributes required in a
                DisassociateNode request for Chef - CHEF_ORGANIZATION: The Chef
                organization with which the node was associated. By default only one
                organization named default can exist.

        Returns:
            The DisassociateNode output.

        Raises:
            InvalidStateException, ResourceNotFoundException, ValidationException
        """
        return cast(
            "shapes.DisassociateNodeResponse",
            self._call(
                "DisassociateNode",
                {
                    "node_name": node_name,
                    "server_name": server_name,
                    "engine_attributes": engine_attributes,
                },
            ),
        )

    def export_server_engine_attribute(
        self,
        *,
        export_attribute_name: str,
        server_name: str,
        input_attributes: list[shapes.EngineAttribute] | None = None,
    ) -> shapes.ExportServerEngineAttributeResponse:
        """
        Exports a specified server engine attribute as a base64-encoded string. For
        example, you can export user data that you can use in EC2 to associate nodes
        with a server.

        This operation is synchronous.

        A ValidationException is raised when parameters of the request are not valid.

        A ResourceNotFoundException is thrown when the server does not exist. An
        InvalidStateException is thrown when the server is in any of the following
        states: CREATING, TERMINATED, FAILED or DELETING.

        Args:
            export_attribute_name: The name of the export attribute. Currently, the
                supported export attribute is Userdata. This exports a user data script
                that includes parameters and values provided in the InputAttributes
                list.
            server_name: The name of the server from which you are exporting the
                attribute.
            input_attributes: The list of engine attributes. The list type is
                EngineAttribute. An EngineAttribute list item is a pair that includes an
                attribute name and its value. For the Userdata ExportAttributeName, the
                following are supported engine attribute names. - RunList In Chef, a
                list of roles or recipes that are run in the specified order. In Puppet,
                this parameter is ignored. - OrganizationName In Chef, an organization
                name. AWS OpsWorks for Chef Automate always creates the organization
                default. In Puppet, this parameter is ignored. - NodeEnvironment In
                Chef, a node environment (for example, development, staging, or
                one-box). In Puppet, this parameter is ignored. - NodeClientVersion In
                Chef, the version of the Chef engine (three numbers separated by dots,
                such as 13.8.5). If this attribute is empty, OpsWorks for Chef Automate
                uses the most current version. In Puppet, this parameter is ignored.

        Returns:
            The ExportServerEngineAttribute output.

        Raises:
            InvalidStateException, ResourceNotFoundException, ValidationException
        """
        return cast(
            "shapes.ExportServerEngineAttributeResponse",
            self._call(
                "ExportServerEngineAttribute",
                {
                    "export_attribute_name": export_attribute_name,
                    "server_name": server_name,
                    "input_attributes": input_attributes,
                },
            ),
        )

    def restore_server(
        self,
        *,
        backup_id: str,
        server_name: str,
        instance_type: str | None = None,
        key_pair: str | None = None,
    ) -> shapes.RestoreServerResponse:
        """
        Restores a backup to a server that is in a CONNECTION_LOST, HEALTHY, RUNNING,
        UNHEALTHY, or TERMINATED state. When you run RestoreServer, the server's EC2
        instance is deleted, and a new EC2 instance is configured. RestoreServer
        maintains the existing server endpoint, so configuration management of the
        server's client devices (nodes) should continue to work.

        This operation is asynchronous.

        An InvalidStateException is thrown when the server is not in a valid state. A
        ResourceNotFoundException is thrown when the server does not exist. A
        ValidationException is raised when parameters of the request are not valid.

        Args:
            backup_id: The ID of the backup that you want to use to restore a server.
            server_name: The name of the server that you want to restore.
            instance_type: The type of the instance to create. Valid values must be
                specified in the following format: ^([cm][34]|t2).* For example,
                m4.large. Valid values are t2.medium, m4.large, and m4.2xlarge. If you
                do not specify this parameter, RestoreServer uses the instance type from
                the specified backup.
            key_pair: The name of the key pair to set on the new EC2 instance. This can
                be helpful if the administrator no longer has the SSH key.

        Returns:
            The RestoreServer output.

        Raises:
            InvalidStateException, ResourceNotFoundException, ValidationException
        """
        return cast(
            "shapes.RestoreServerResponse",
            self._call(
                "RestoreServer",
                {
                    "backup_id": backup_id,
                    "server_name": server_name,
                    "instance_type": instance_type,
                    "key_pair": key_pair,
                },
            ),
        )

    def start_maintenance(
        self,
        *,
        server_name: str,
        engine_attributes: list[shapes.EngineAttribute] | None = None,
    ) -> shapes.StartMaintenanceResponse:
        """
        Manually starts server maintenance. This command can be useful if an earlier
        maintenance attempt failed, and the underlying cause of maintenance failure has
        been resolved. The server is in an UNDER_MAINTENANCE state while maintenance is
        in progress.

        Maintenance can only be started on servers in HEALTHY and UNHEALTHY states.
        Otherwise, an InvalidStateException is thrown. A ResourceNotFoundException is
        thrown when the server does not exist. A ValidationException is raised when
        parameters of the request are not valid.

        Args:
            server_name: The name of the server on which to run maintenance.
            engine_attributes: Engine attributes that are specific to the server on
                which you want to run maintenance.

        Returns:
            The StartMaintenance output.

        Raises:
            InvalidStateException, ResourceNotFoundException, ValidationException
        """
        return cast(
            "shapes.StartMaintenanceResponse",
            self._call(
                "StartMaintenance",
                {
                    "server_name": server_name,
                    "engine_attributes": engine_attributes,
                },
            ),
        )

    def update_server(
        self,
        *,
        server_name: str,
        backup_retention_count: int | None = None,
        disable_automated_backup: bool | None = None,
        preferred_backup_window: str | None = None,
        preferred_maintenance_window: str | None = None,
    ) -> shapes.UpdateServerResponse:
        """
        Updates settings for a server.

        This operation is synchronous.

        Args:
            server_name: The name of the server to update.
            backup_retention_count: Sets the number of automated backups that you want
                to keep.
            disable_automated_backup: Setting DisableAutomatedBackup to true disables
                automated or scheduled backups. Automated backups are enabled by
                default.
            preferred_backup_window: DDD:HH:MM (weekly start time) or HH:MM (daily start
                time). Time windows always use coordinated universal time (UTC). Valid
                strings for day of week (DDD) are: Mon, Tue, Wed, Thr, Fri, Sat, or Sun.
            preferred_maintenance_window: DDD:HH:MM (weekly start time) or HH:MM (daily
                start time). Time windows always use coordinated universal time (UTC).
                Valid strings for day of week (DDD) are: Mon, Tue, Wed, Thr, Fri, Sat,
                or Sun.

        Returns:
            The UpdateServer output.

        Raises:
            InvalidStateException, ResourceNotFoundException, ValidationException
        """
        return cast(
            "shapes.UpdateServerResponse",
            self._call(
                "UpdateServer",
                {
                    "server_name": server_name,
                    "backup_retention_count": backup_retention_count,
                    "disable_automated_backup": disable_automated_backup,
                    "preferred_backup_window": preferred_backup_window,
                    "preferred_maintenance_window": preferred_maintenance_window,
                },
            ),
        )

    def update_server_engine_attributes(
        self,
        *,
        attribute_name: str,
        server_name: str,
        attribute_value: str | None = None,
    ) -> shapes.UpdateServerEngineAttributesResponse:
        """
        Updates engine-specific attributes on a specified server. The server enters the
        MODIFYING state when this operation is in progress. Only one update can occur at
        a time. You can use this command to reset a Chef server's public key
        (CHEF_PIVOTAL_KEY) or a Puppet server's admin password (PUPPET_ADMIN_PASSWORD).

        This operation is asynchronous.

        This operation can only be called for servers in HEALTHY or UNHEALTHY states.
        Otherwise, an InvalidStateException is raised. A ResourceNotFoundException is
        thrown when the server does not exist. A ValidationException is raised when
        parameters of the request are not valid.

        Args:
            attribute_name: The name of the engine attribute to update.
            server_name: The name of the server to update.
            attribute_value: The value to set for the attribute.

        Returns:
            The UpdateServerEngineAttributes output.

        Raises:
            InvalidStateException, ResourceNotFoundException, ValidationException
        """
        return cast(
            "shapes.UpdateServerEngineAttributesResponse",
            self._call(
                "UpdateServerEngineAttributes",
                {
                    "attribute_name": attribute_name,
                    "server_name": server_name,
                    "attribute_value": attribute_value,
                },
            ),
        )

    def paginate_describe_backups(
        self,
        *,
        backup_id: str | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        server_name: str | None = None,
    ) -> Paginator[shapes.DescribeBackupsResponse, shapes.Backup]:
        """
        Describes backups. The results are ordered by time, with newest backups first.
        If you do not specify a BackupId or ServerName, the command returns all backups.

        This operation is synchronous.

        A ResourceNotFoundException is thrown when the backup does not exist. A
        ValidationException is raised when parameters of the request are not valid.

        Pages of describe_backups, fetched lazily: nothing is sent until the result is
        iterated (for page in ...), and each iteration starts from the first page. Its
        items() iterates the items of every page.

        Args:
            backup_id: Describes a single backup.
            max_results: This is not currently implemented for DescribeBackups requests.
            next_token: This is not currently implemented for DescribeBackups requests.
            server_name: Returns backups for the server with the specified ServerName.

        Returns:
            A Paginator of DescribeBackups outputs.

        Raises:
            InvalidNextTokenException, ResourceNotFoundException, ValidationException
        """
        return self._paginate(
            "DescribeBackups",
            {
                "backup_id": backup_id,
                "max_results": max_results,
                "next_token": next_token,
                "server_name": server_name,
            },
        )

    def paginate_describe_events(
        self,
        *,
        server_name: str,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> Paginator[shapes.DescribeEventsResponse, shapes.ServerEvent]:
        """
        Describes events for a specified server. Results are ordered by time, with
        newest events first.

        This operation is synchronous.

        A ResourceNotFoundException is thrown when the server does not exist. A
        ValidationException is raised when parameters of the request are not valid.

        Pages of describe_events, fetched lazily: nothing is sent until the result is
        iterated (for page in ...), and each iteration starts from the first page. Its
        items() iterates the items of every page.

        Args:
            server_name: The name of the server for which you want to view events.
            max_results: To receive a paginated response, use this parameter to specify
                the maximum number of results to be returned with a single call. If the
                number of available results exceeds this maximum, the response includes
                a NextToken value that you can assign to the NextToken request parameter
                to get the next set of results.
            next_token: NextToken is a string that is returned in some command
                responses. It indicates that not all entries have been returned, and
                that you must run at least one more request to get remaining items. To
                get remaining results, call DescribeEvents again, and assign the token
                from the previous results as the value of the nextToken parameter. If
                there are no more results, the response object's nextToken parameter
                value is null. Setting a nextToken value that was not returned in your
                previous results causes an InvalidNextTokenException to occur.

        Returns:
            A Paginator of DescribeEvents outputs.

        Raises:
            InvalidNextTokenException, ResourceNotFoundException, ValidationException
        """
        return self._paginate(
            "DescribeEvents",
            {
                "server_name": server_name,
                "max_results": max_results,
                "next_token": next_token,
            },
        )

    def paginate_describe_servers(
        self,
        *,
        max_results: int | None = None,
        next_token: str | None = None,
        server_name: str | None = None,
    ) -> Paginator[shapes.DescribeServersResponse, shapes.Server]:
        """
        Lists all configuration management servers that are identified with your
        account. Only the stored results from Amazon DynamoDB are returned. AWS OpsWorks
        CM does not query other services.

        This operation is synchronous.

        A ResourceNotFoundException is thrown when the server does not exist. A
        ValidationException is raised when parameters of the request are not valid.

        Pages of describe_servers, fetched lazily: nothing is sent until the result is
        iterated (for page in ...), and each iteration starts from the first page. Its
        items() iterates the items of every page.

        Args:
            max_results: This is not currently implemented for DescribeServers requests.
            next_token: This is not currently implemented for DescribeServers requests.
            server_name: Describes the server with the specified ServerName.

        Returns:
            A Paginator of DescribeServers outputs.

        Raises:
            InvalidNextTokenException, ResourceNotFoundException, ValidationException
        """
        return self._paginate(
            "DescribeServers",
            {
                "max_results": max_results,
                "next_token": next_token,
                "server_name": server_name,
            },
        )

    def wait_until_node_associated(
        self,
        *,
        node_association_status_token: str,
        server_name: str,
        max_wait: float = DEFAULT_MAX_WAIT,
        min_delay: float | None = None,
        max_delay: float | None = None,
    ) -> shapes.DescribeNodeAssociationStatusResponse | None:
        """
        Wait until node is associated or disassociated.

        Polls describe_node_association_status every 15s at first, backing off
        exponentially with jitter up to 120s, until a success state.

        Args:
            node_association_status_token: The token returned in either the
                AssociateNodeResponse or the DisassociateNodeResponse.
            server_name: The name of the server from which to disassociate the node.
            max_wait: Seconds to wait in all before giving up.
            min_delay: Overrides the minimum delay between attempts (15s).
            max_delay: Overrides the maximum delay between attempts (120s).

        Returns:
            The last output (None when an error response meant success).

        Raises:
            WaiterError: a failure state, an unexpected error, or max_wait passed.
        """
        return cast(
            "shapes.DescribeNodeAssociationStatusResponse | None",
            self._wait(
                "NodeAssociated",
                {
                    "node_association_status_token": node_association_status_token,
                    "server_name": server_name,
                },
                max_wait=max_wait,
                min_delay=min_delay,
                max_delay=max_delay,
            ),
        )

    def wait_until_server_healthy(
        self,
        *,
        max_results: int | None = None,
        next_token: str | None = None,
        server_name: str | None = None,
        max_wait: float = DEFAULT_MAX_WAIT,
        min_delay: float | None = None,
        max_delay: float | None = None,
    ) -> shapes.DescribeServersResponse | None:
        """
        Wait until every described server is HEALTHY; fail as soon as one is FAILED.

        Polls describe_servers every 2s at first, backing off exponentially with jitter
        up to 120s, until a success state.

        Args:
            max_results: This is not currently implemented for DescribeServers requests.
            next_token: This is not currently implemented for DescribeServers requests.
            server_name: Describes the server with the specified ServerName.
            max_wait: Seconds to wait in all before giving up.
            min_delay: Overrides the minimum delay between attempts (2s).
            max_delay: Overrides the maximum delay between attempts (120s).

        Returns:
            The last output (None when an error response meant success).

        Raises:
            WaiterError: a failure state, an unexpected error, or max_wait passed.
        """
        return cast(
            "shapes.DescribeServersResponse | None",
            self._wait(
                "ServerHealthy",
                {
                    "max_results": max_results,
                    "next_token": next_token,
                    "server_name": server_name,
                },
                max_wait=max_wait,
                min_delay=min_delay,
                max_delay=max_delay,
            ),
        )
