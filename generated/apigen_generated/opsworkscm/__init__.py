"""
AWS OpsWorks for configuration management (CM) is a service that runs and manages
configuration management servers. You can use AWS OpsWorks CM to create and manage AWS
OpsWorks for Chef Automate and AWS OpsWorks for Puppet Enterprise servers, and add or
remove nodes for the servers to manage.

Glossary of terms

- Server: A configuration management server that can be highly-available. The
  configuration management server runs on an Amazon Elastic Compute Cloud (EC2)
  instance, and may use various other AWS services, such as Amazon Relational Database
  Service (RDS) and Elastic Load Balancing. A server is a generic abstraction over the
  configuration manager that you want to use, much like Amazon RDS. In AWS OpsWorks CM,
  you do not start or stop servers. After you create servers, they continue to run until
  they are deleted.
- Engine: The engine is the specific configuration manager that you want to use. Valid
  values in this release include Chef and Puppet.
- Backup: This is an application-level backup of the data that the configuration manager
  stores. AWS OpsWorks CM creates an S3 bucket for backups when you launch the first
  server. A backup maintains a snapshot of a server's configuration-related attributes
  at the time the backup starts.
- Events: Events are always related to a server. Events are written during server
  creation, when health checks run, when backups are created, when system maintenance is
  performed, etc. When you delete a server, the server's events are also deleted.
- Account attributes: Every account has attributes that are assigned in the AWS OpsWorks
  CM database. These attributes store information about configuration limits (servers,
  backups, etc.) and your customer account.

Endpoints

AWS OpsWorks CM supports the following endpoints, all HTTPS. You must connect to one of
the following endpoints. Your servers can only be accessed or managed within the
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

All API operations allow for five requests per second with a burst of 10 requests per
second.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .async_client import AsyncOpsWorksCMClient
    from .client import OpsWorksCMClient
    from .errors import (
        AccessDeniedException,
        IncompleteSignature,
        InternalFailure,
        InvalidAction,
        InvalidClientTokenId,
        InvalidNextTokenException,
        InvalidParameterCombination,
        InvalidParameterValue,
        InvalidQueryParameter,
        InvalidStateException,
        LimitExceededException,
        MalformedQueryString,
        MissingAction,
        MissingAuthenticationToken,
        MissingParameter,
        OpsWorksCMError,
        OptInRequired,
        RequestExpired,
        ResourceAlreadyExistsException,
        ResourceNotFoundException,
        ServiceUnavailable,
        ThrottlingException,
        UnknownOpsWorksCMError,
        ValidationError,
        ValidationException,
    )
    from .server import OpsWorksCMHandler, create_app

__all__ = [
    "AccessDeniedException",
    "AsyncOpsWorksCMClient",
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
    "MalformedQueryString",
    "MissingAction",
    "MissingAuthenticationToken",
    "MissingParameter",
    "OpsWorksCMClient",
    "OpsWorksCMError",
    "OpsWorksCMHandler",
    "OptInRequired",
    "RequestExpired",
    "ResourceAlreadyExistsException",
    "ResourceNotFoundException",
    "ServiceUnavailable",
    "ThrottlingException",
    "UnknownOpsWorksCMError",
    "ValidationError",
    "ValidationException",
    "create_app",
]

_LAZY = {
    "AccessDeniedException": ".errors",
    "AsyncOpsWorksCMClient": ".async_client",
    "IncompleteSignature": ".errors",
    "InternalFailure": ".errors",
    "InvalidAction": ".errors",
    "InvalidClientTokenId": ".errors",
    "InvalidNextTokenException": ".errors",
    "InvalidParameterCombination": ".errors",
    "InvalidParameterValue": ".errors",
    "InvalidQueryParameter": ".errors",
    "InvalidStateException": ".errors",
    "LimitExceededException": ".errors",
    "MalformedQueryString": ".errors",
    "MissingAction": ".errors",
    "MissingAuthenticationToken": ".errors",
    "MissingParameter": ".errors",
    "OpsWorksCMClient": ".client",
    "OpsWorksCMError": ".errors",
    "OpsWorksCMHandler": ".server",
    "OptInRequired": ".errors",
    "RequestExpired": ".errors",
    "ResourceAlreadyExistsException": ".errors",
    "ResourceNotFoundException": ".errors",
    "ServiceUnavailable": ".errors",
    "ThrottlingException": ".errors",
    "UnknownOpsWorksCMError": ".errors",
    "ValidationError": ".errors",
    "ValidationException": ".errors",
    "create_app": ".server",
}


_SUBMODULES = frozenset(
    {
        "async_client",
        "client",
        "errors",
        "operations",
        "server",
        "shapes",
        "testing",
    }
)


def __getattr__(name: str) -> Any:
    """Import a re-exported name, or a submodule, on first use (PEP 562)."""
    if name in _SUBMODULES:
        return import_module(f".{name}", __name__)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__, *_SUBMODULES})
