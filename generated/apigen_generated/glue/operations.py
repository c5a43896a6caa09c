"""Operation tables of AWS Glue: the ServiceSpec its client, server and codec read."""

from __future__ import annotations

from . import errors, shapes
from .._runtime.core.schema import (
    AcceptorSpec,
    ErrorSpec,
    MemberSpec,
    OperationSpec,
    PaginatorSpec,
    ServiceSpec,
    WaiterSpec,
)

__all__ = [
    "SERVICE",
]

SERVICE = ServiceSpec(
    name="Glue",
    protocol="awsJson1_1",
    version="2017-03-31",
    target_prefix="AWSGlue",
    signing_name="glue",
    endpoint_prefix="glue",
    auth=("sigv4",),
    unknown_error=errors.UnknownGlueError,
    operations={
        "BatchDeleteConnection": OperationSpec(
            name="BatchDeleteConnection",
            input=shapes.BatchDeleteConnectionRequest,
            output=shapes.BatchDeleteConnectionResponse,
            input_members=(
                MemberSpec("catalog_id", "CatalogId"),
                MemberSpec(
                    "connection_name_list", "ConnectionNameList", kind="list", required=True
                ),
            ),
            output_members=(
                MemberSpec("succeeded", "Succeeded", kind="list"),
                MemberSpec("errors", "Errors", kind="map"),
            ),
            errors=(
                "InternalServiceException",
                "OperationTimeoutException",
            ),
            auth=("sigv4",),
        ),
        "CreateConnection": OperationSpec(
            name="CreateConnection",
            input=shapes.CreateConnectionRequest,
            output=shapes.CreateConnectionResponse,
            input_members=(
                MemberSpec("catalog_id", "CatalogId"),
                MemberSpec("connection_input", "ConnectionInput", kind="structure", required=True),
                MemberSpec("tags", "Tags", kind="map"),
            ),
            output_members=(
                MemberSpec("create_connection_status", "CreateConnectionStatus", kind="enum"),
            ),
            errors=(
                "AlreadyExistsException",
                "InvalidInputException",
                "OperationTimeoutException",
                "ResourceNumberLimitExceededException",
                "GlueEncryptionException",
            ),
            auth=("sigv4",),
        ),
        "DeleteConnection": OperationSpec(
            name="DeleteConnection",
            input=shapes.DeleteConnectionRequest,
            output=shapes.DeleteConnectionResponse,
            input_members=(
                MemberSpec("catalog_id", "CatalogId"),
                MemberSpec("connection_name", "ConnectionName", required=True),
            ),
            output_members=(),
            errors=(
                "EntityNotFoundException",
                "OperationTimeoutException",
            ),
            auth=("sigv4",),
        ),
        "GetConnection": OperationSpec(
            name="GetConnection",
            input=shapes.GetConnectionRequest,
            output=shapes.GetConnectionResponse,
            input_members=(
                MemberSpec("catalog_id", "CatalogId"),
                MemberSpec("name", "Name", required=True),
                MemberSpec("hide_password", "HidePassword", kind="boolean"),
            ),
            output_members=(MemberSpec("connection", "Connection", kind="structure"),),
            errors=(
                "EntityNotFoundException",
                "OperationTimeoutException",
                "InvalidInputException",
                "GlueEncryptionException",
            ),
            readonly=True,
            auth=("sigv4",),
        ),
        "GetConnections": OperationSpec(
            name="GetConnections",
            input=shapes.GetConnectionsRequest,
            output=shapes.GetConnectionsResponse,
            input_members=(
                MemberSpec("catalog_id", "CatalogId"),
                MemberSpec("filter_", "Filter", kind="structure"),
                MemberSpec("hide_password", "HidePassword", kind="boolean"),
                MemberSpec("next_token", "NextToken"),
                MemberSpec("max_results", "MaxResults", kind="integer"),
            ),
            output_members=(
                MemberSpec("connection_list", "ConnectionList", kind="list"),
                MemberSpec("next_token", "NextToken"),
            ),
            errors=(
                "EntityNotFoundException",
                "OperationTimeoutException",
                "InvalidInputException",
                "GlueEncryptionException",
            ),
            readonly=True,
            paginator=PaginatorSpec(
                input_token="next_token",
                output_token="next_token",
                page_size="max_results",
                items="connection_list",
            ),
            auth=("sigv4",),
        ),
        "TestConnection": OperationSpec(
            name="TestConnection",
            input=shapes.TestConnectionRequest,
            output=shapes.TestConnectionResponse,
            input_members=(
                MemberSpec("connection_name", "ConnectionName"),
                MemberSpec("test_connection_input", "TestConnectionInput", kind="structure"),
            ),
            output_members=(),
            errors=(
                "InvalidInputException",
                "OperationTimeoutException",
                "ResourceNumberLimitExceededException",
                "GlueEncryptionException",
                "FederationSourceException",
                "AccessDeniedException",
                "EntityNotFoundException",
                "ConflictException",
                "InternalServiceException",
            ),
            auth=("sigv4",),
        ),
        "UpdateConnection": OperationSpec(
            name="UpdateConnection",
            input=shapes.UpdateConnectionRequest,
            output=shapes.UpdateConnectionResponse,
            input_members=(
                MemberSpec("catalog_id", "CatalogId"),
                MemberSpec("name", "Name", required=True),
                MemberSpec("connection_input", "ConnectionInput", kind="structure", required=True),
            ),
            output_members=(),
            errors=(
                "InvalidInputException",
                "EntityNotFoundException",
                "OperationTimeoutException",
                "GlueEncryptionException",
            ),
            auth=("sigv4",),
        ),
    },
    errors={
        "AccessDeniedException": ErrorSpec(
            code="AccessDeniedException",
            shape=shapes.AccessDeniedException,
            exception=errors.AccessDeniedException,
            status=400,
            fault="client",
            members=(MemberSpec("message", "Message"),),
        ),
        "AlreadyExistsException": ErrorSpec(
            code="AlreadyExistsException",
            shape=shapes.AlreadyExistsException,
            exception=errors.AlreadyExistsException,
            status=400,
            fault="client",
            members=(MemberSpec("message", "Message"),),
        ),
        "ConflictException": ErrorSpec(
            code="ConflictException",
            shape=shapes.ConflictException,
            exception=errors.ConflictException,
            status=400,
            fault="client",
            members=(MemberSpec("message", "Message"),),
        ),
        "EntityNotFoundException": ErrorSpec(
            code="EntityNotFoundException",
            shape=shapes.EntityNotFoundException,
            exception=errors.EntityNotFoundException,
            status=400,
            fault="client",
            members=(MemberSpec("message", "Message"),),
        ),
        "FederationSourceException": ErrorSpec(
            code="FederationSourceException",
            shape=shapes.FederationSourceException,
            exception=errors.FederationSourceException,
            status=400,
            fault="client",
            members=(MemberSpec("message", "Message"),),
        ),
        "GlueEncryptionException": ErrorSpec(
            code="GlueEncryptionException",
            shape=shapes.GlueEncryptionException,
            exception=errors.GlueEncryptionException,
            status=400,
            fault="client",
            members=(MemberSpec("message", "Message"),),
        ),
        "InternalServiceException": ErrorSpec(
            code="InternalServiceException",
            shape=shapes.InternalServiceException,
            exception=errors.InternalServiceException,
            status=500,
            fault="server",
            members=(MemberSpec("message", "Message"),),
        ),
        "InvalidInputException": ErrorSpec(
            code="InvalidInputException",
            shape=shapes.InvalidInputException,
            exception=errors.InvalidInputException,
            status=400,
            fault="client",
            members=(MemberSpec("message", "Message"),),
        ),
        "OperationTimeoutException": ErrorSpec(
            code="OperationTimeoutException",
            shape=shapes.OperationTimeoutException,
            exception=errors.OperationTimeoutException,
            status=400,
            fault="client",
            members=(MemberSpec("message", "Message"),),
        ),
        "ResourceNumberLimitExceededException": ErrorSpec(
            code="ResourceNumberLimitExceededException",
            shape=shapes.ResourceNumberLimitExceededException,
            exception=errors.ResourceNumberLimitExceededException,
            status=400,
            fault="client",
            members=(MemberSpec("message", "Message"),),
        ),
    },
    waiters={
        "ConnectionReady": WaiterSpec(
            name="ConnectionReady",
            operation="GetConnection",
            min_delay=2.0,
            max_delay=120.0,
            acceptors=(
                AcceptorSpec(
                    "success",
                    "output",
                    path="Connection.Status",
                    expected="READY",
                    comparator="stringEquals",
                ),
                AcceptorSpec(
                    "failure",
                    "output",
                    path="Connection.Status",
                    expected="FAILED",
                    comparator="stringEquals",
                ),
            ),
        ),
    },
)
