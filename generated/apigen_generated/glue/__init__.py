"""
The Connection API describes AWS Glue connection data types, and the API for creating,
deleting, updating, and listing connections.
"""

from .async_client import AsyncGlueClient
from .client import GlueClient
from .errors import (
    AccessDeniedException,
    AlreadyExistsException,
    ConflictException,
    EntityNotFoundException,
    FederationSourceException,
    GlueEncryptionException,
    GlueError,
    InternalServiceException,
    InvalidInputException,
    OperationTimeoutException,
    ResourceNumberLimitExceededException,
)

__all__ = [
    "AccessDeniedException",
    "AlreadyExistsException",
    "AsyncGlueClient",
    "ConflictException",
    "EntityNotFoundException",
    "FederationSourceException",
    "GlueClient",
    "GlueEncryptionException",
    "GlueError",
    "InternalServiceException",
    "InvalidInputException",
    "OperationTimeoutException",
    "ResourceNumberLimitExceededException",
]
