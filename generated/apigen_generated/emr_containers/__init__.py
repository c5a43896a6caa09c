"""
Amazon EMR on EKS provides a deployment option for Amazon EMR that allows you to run
open-source big data frameworks on Amazon Elastic Kubernetes Service (Amazon EKS). With
this deployment option, you can focus on running analytics workloads while Amazon EMR on
EKS builds, configures, and manages containers for open-source applications. For more
information about Amazon EMR on EKS concepts and tasks, see What is Amazon EMR on EKS.

Amazon EMR containers is the API name for Amazon EMR on EKS. The emr-containers prefix
is used in the following scenarios:

- It is the prefix in the CLI commands for Amazon EMR on EKS. For example, aws
  emr-containers start-job-run.
- It is the prefix before IAM policy actions for Amazon EMR on EKS. For example,
  "Action": ["emr-containers:StartJobRun"]. For more information, see Policy actions for
  Amazon EMR on EKS.
- It is the prefix used in Amazon EMR on EKS service endpoints. For example,
  emr-containers.us-east-2.amazonaws.com. For more information, see Amazon EMR on EKS
  Service Endpoints.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .async_client import AsyncEMRContainersClient
    from .client import EMRContainersClient
    from .errors import (
        AccessDeniedException,
        EMRContainersError,
        IncompleteSignature,
        InternalFailure,
        InternalServerException,
        InvalidAction,
        InvalidClientTokenId,
        InvalidParameterCombination,
        InvalidParameterValue,
        InvalidQueryParameter,
        MalformedQueryString,
        MissingAction,
        MissingAuthenticationToken,
        MissingParameter,
        NotAuthorized,
        OptInRequired,
        RequestExpired,
        ResourceNotFoundException,
        ServiceUnavailable,
        ThrottlingException,
        UnknownEMRContainersError,
        ValidationError,
        ValidationException,
    )
    from .server import EMRContainersHandler, create_app

__all__ = [
    "AccessDeniedException",
    "AsyncEMRContainersClient",
    "EMRContainersClient",
    "EMRContainersError",
    "EMRContainersHandler",
    "IncompleteSignature",
    "InternalFailure",
    "InternalServerException",
    "InvalidAction",
    "InvalidClientTokenId",
    "InvalidParameterCombination",
    "InvalidParameterValue",
    "InvalidQueryParameter",
    "MalformedQueryString",
    "MissingAction",
    "MissingAuthenticationToken",
    "MissingParameter",
    "NotAuthorized",
    "OptInRequired",
    "RequestExpired",
    "ResourceNotFoundException",
    "ServiceUnavailable",
    "ThrottlingException",
    "UnknownEMRContainersError",
    "ValidationError",
    "ValidationException",
    "create_app",
]

_LAZY = {
    "AccessDeniedException": ".errors",
    "AsyncEMRContainersClient": ".async_client",
    "EMRContainersClient": ".client",
    "EMRContainersError": ".errors",
    "EMRContainersHandler": ".server",
    "IncompleteSignature": ".errors",
    "InternalFailure": ".errors",
    "InternalServerException": ".errors",
    "InvalidAction": ".errors",
    "InvalidClientTokenId": ".errors",
    "InvalidParameterCombination": ".errors",
    "InvalidParameterValue": ".errors",
    "InvalidQueryParameter": ".errors",
    "MalformedQueryString": ".errors",
    "MissingAction": ".errors",
    "MissingAuthenticationToken": ".errors",
    "MissingParameter": ".errors",
    "NotAuthorized": ".errors",
    "OptInRequired": ".errors",
    "RequestExpired": ".errors",
    "ResourceNotFoundException": ".errors",
    "ServiceUnavailable": ".errors",
    "ThrottlingException": ".errors",
    "UnknownEMRContainersError": ".errors",
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
