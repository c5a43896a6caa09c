"""Server stub of AWS OpsWorks CM: OpsWorksCMHandler (subclass it) and create_app."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from .._runtime.server.app import OperationNotImplemented, ServerApp

if TYPE_CHECKING:
    from . import shapes

__all__ = [
    "OpsWorksCMHandler",
    "create_app",
]

# Operation → handler method: the table create_app hands the runtime.
_METHODS: dict[str, str] = {
    "AssociateNode": "associate_node",
    "CreateBackup": "create_backup",
    "CreateServer": "create_server",
    "DeleteBackup": "delete_backup",
    "DeleteServer": "delete_server",
    "DescribeAccountAttributes": "describe_account_attributes",
    "DescribeBackups": "describe_backups",
    "DescribeEvents": "describe_events",
    "DescribeNodeAssociationStatus": "describe_node_association_status",
    "DescribeServers": "describe_servers",
    "DisassociateNode": "disassociate_node",
    "ExportServerEngineAttribute": "export_server_engine_attribute",
    "RestoreServer": "restore_server",
    "StartMaintenance": "start_maintenance",
    "UpdateServer": "update_server",
    "UpdateServerEngineAttributes": "update_server_engine_attributes",
}


class OpsWorksCMHandler:
    """
    Implements AWS OpsWorks CM: subclass it in a module of your own, override the
    operations you serve and pass an instance to create_app.

    Each method receives the operation's input model, already validated as the client
    validates it, and returns its output model. Raise an exception of errors.py to
    answer with a modelled error; anything else raised is a 500 with a fixed message. An
    operation left as generated answers 501 Not Implemented.

    Regenerating rewrites this class, never your subclass: create_app reports every
    method of yours that no longer names an operation.
    """

    async def associate_node(
        self, request: shapes.AssociateNodeRequest
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
            request: The AssociateNode input, validated.

        Returns:
            The AssociateNode output.

        Raises:
            InvalidStateException, ResourceNotFoundException, ValidationException
        """
        raise OperationNotImplemented("AssociateNode")

    async def create_backup(
        self, request: shapes.CreateBackupRequest
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
            request: The CreateBackup input, validated.

        Returns:
            The CreateBackup output.

        Raises:
            InvalidStateException, LimitExceededException, ResourceNotFoundException,
                ValidationException
        """
        raise OperationNotImplemented("CreateBackup")

    async def create_server(
        self, request: shapes.CreateServerRequest
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
            request: The CreateServer input, validated.

        Returns:
            The CreateServer output.

        Raises:
            LimitExceededException, ResourceAlreadyExistsException,
                ResourceNotFoundException, ValidationException
        """
        raise OperationNotImplemented("CreateServer")

    async def delete_backup(
        self, request: shapes.DeleteBackupRequest
    ) -> shapes.DeleteBackupResponse:
        """
        Deletes a backup. You can delete both manual and automated backups. This
        operation is asynchronous.

        An InvalidStateException is thrown when a backup deletion is already in
        progress. A ResourceNotFoundException is thrown when the backup does not exist.
        A ValidationException is thrown when parameters of the request are not valid.

        Args:
            request: The DeleteBackup input, validated.

        Returns:
            The DeleteBackup output.

        Raises:
            InvalidStateException, ResourceNotFoundException, ValidationException
        """
        raise OperationNotImplemented("DeleteBackup")

    async def delete_server(
        self, request: shapes.DeleteServerRequest
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
            request: The DeleteServer input, validated.

        Returns:
            The DeleteServer output.

        Raises:
            InvalidStateException, ResourceNotFoundException, ValidationException
        """
        raise OperationNotImplemented("DeleteServer")

    async def describe_account_attributes(
        self, request: shapes.DescribeAccountAttributesRequest
    ) -> shapes.DescribeAccountAttributesResponse:
        """
        Describes your OpsWorks-CM account attributes.

        This operation is synchronous.

        Args:
            request: The DescribeAccountAttributes input, validated.

        Returns:
            The DescribeAccountAttributes output.
        """
        raise OperationNotImplemented("DescribeAccountAttributes")

    async def describe_backups(
        self, request: shapes.DescribeBackupsRequest
    ) -> shapes.DescribeBackupsResponse:
        """
        Describes backups. The results are ordered by time, with newest backups first.
        If you do not specify a BackupId or ServerName, the command returns all backups.

        This operation is synchronous.

        A ResourceNotFoundException is thrown when the backup does not exist. A
        ValidationException is raised when parameters of the request are not valid.

        Args:
            request: The DescribeBackups input, validated.

        Returns:
            The DescribeBackups output.

        Raises:
            InvalidNextTokenException, ResourceNotFoundException, ValidationException
        """
        raise OperationNotImplemented("DescribeBackups")

    async def describe_events(
        self, request: shapes.DescribeEventsRequest
    ) -> shapes.DescribeEventsResponse:
        """
        Describes events for a specified server. Results are ordered by time, with
        newest events first.

        This operation is synchronous.

        A ResourceNotFoundException is thrown when the server does not exist. A
        ValidationException is raised when parameters of the request are not valid.

        Args:
            request: The DescribeEvents input, validated.

        Returns:
            The DescribeEvents output.

        Raises:
            InvalidNextTokenException, ResourceNotFoundException, ValidationException
        """
        raise OperationNotImplemented("DescribeEvents")

    async def describe_node_association_status(
        self, request: shapes.DescribeNodeAssociationStatusRequest
    ) -> shapes.DescribeNodeAssociationStatusResponse:
        """
        Returns the current status of an existing association or disassociation request.

        A ResourceNotFoundException is thrown when no recent association or
        disassociation request with the specified token is found, or when the server
        does not exist. A ValidationException is raised when parameters of the request
        are not valid.

        Args:
            request: The DescribeNodeAssociationStatus input, validated.

        Returns:
            The DescribeNodeAssociationStatus output.

        Raises:
            ResourceNotFoundException, ValidationException
        """
        raise OperationNotImplemented("DescribeNodeAssociationStatus")

    async def describe_servers(
        self, request: shapes.DescribeServersRequest
    ) -> shapes.DescribeServersResponse:
        """
        Lists all configuration management servers that are identified with your
        account. Only the stored results from Amazon DynamoDB are returned. AWS OpsWorks
        CM does not query other services.

        This operation is synchronous.

        A ResourceNotFoundException is thrown when the server does not exist. A
        ValidationException is raised when parameters of the request are not valid.

        Args:
            request: The DescribeServers input, validated.

        Returns:
            The DescribeServers output.

        Raises:
            InvalidNextTokenException, ResourceNotFoundException, ValidationException
        """
        raise OperationNotImplemented("DescribeServers")

    async def disassociate_node(
        self, request: shapes.DisassociateNodeRequest
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
            request: The DisassociateNode input, validated.

        Returns:
            The DisassociateNode output.

        Raises:
            InvalidStateException, ResourceNotFoundException, ValidationException
        """
        raise OperationNotImplemented("DisassociateNode")

    async def export_server_engine_attribute(
        self, request: shapes.ExportServerEngineAttributeRequest
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
            request: The ExportServerEngineAttribute input, validated.

        Returns:
            The ExportServerEngineAttribute output.

        Raises:
            InvalidStateException, ResourceNotFoundException, ValidationException
        """
        raise OperationNotImplemented("ExportServerEngineAttribute")

    async def restore_server(
        self, request: shapes.RestoreServerRequest
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
            request: The RestoreServer input, validated.

        Returns:
            The RestoreServer output.

        Raises:
            InvalidStateException, ResourceNotFoundException, ValidationException
        """
        raise OperationNotImplemented("RestoreServer")

    async def start_maintenance(
        self, request: shapes.StartMaintenanceRequest
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
            request: The StartMaintenance input, validated.

        Returns:
            The StartMaintenance output.

        Raises:
            InvalidStateException, ResourceNotFoundException, ValidationException
        """
        raise OperationNotImplemented("StartMaintenance")

    async def update_server(
        self, request: shapes.UpdateServerRequest
    ) -> shapes.UpdateServerResponse:
        """
        Updates settings for a server.

        This operation is synchronous.

        Args:
            request: The UpdateServer input, validated.

        Returns:
            The UpdateServer output.

        Raises:
            InvalidStateException, ResourceNotFoundException, ValidationException
        """
        raise OperationNotImplemented("UpdateServer")

    async def update_server_engine_attributes(
        self, request: shapes.UpdateServerEngineAttributesRequest
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
            request: The UpdateServerEngineAttributes input, validated.

        Returns:
            The UpdateServerEngineAttributes output.

        Raises:
            InvalidStateException, ResourceNotFoundException, ValidationException
        """
        raise OperationNotImplemented("UpdateServerEngineAttributes")


def create_app(
    handler: OpsWorksCMHandler,
    *,
    verify_sigv4: bool = False,
    credentials: Mapping[str, str] | Callable[[str], str | None] | None = None,
    max_body: int | None = None,
    max_depth: int | None = None,
) -> ServerApp:
    """
    The ASGI 3 application of AWS OpsWorks CM, answering with handler. Serve it with any
    ASGI server (apigen serve runs uvicorn), or call it in-process with
    AsgiTransport(app) or httpx.ASGITransport(app).

    Args:
        handler: An instance of OpsWorksCMHandler (a subclass of it), or any object with
            some of its methods.
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
        base=OpsWorksCMHandler,
        verify_sigv4=verify_sigv4,
        credentials=credentials,
        max_body=max_body,
        max_depth=max_depth,
    )
