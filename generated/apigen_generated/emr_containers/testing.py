"""
Test stubs for Amazon EMR Containers: EMRContainersStubber answers the calls of a
EMRContainersClient or AsyncEMRContainersClient from queued responses, as botocore's
Stubber does (add_response, add_client_error, expected_params with ANY,
assert_no_pending_responses); stubbed outputs and parameters are validated against their
shapes, and nothing is sent. With pytest, the fixtures emr_containers_stubber and
async_emr_containers_stubber yield an active stubber (register them with pytest_plugins
= ["apigen_generated.emr_containers.testing"]) and fail the test when responses are
left.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from .._runtime.stubber import (
    ANY,
    StubAssertionError,
    StubResponseError,
    Stubber,
    UnStubbedResponseError,
)
from .async_client import AsyncEMRContainersClient
from .client import EMRContainersClient

__all__ = [
    "ANY",
    "EMRContainersOperation",
    "EMRContainersStubber",
    "StubAssertionError",
    "StubResponseError",
    "UnStubbedResponseError",
]

EMRContainersOperation = Literal[
    "cancel_job_run",
    "create_managed_endpoint",
    "create_virtual_cluster",
    "delete_managed_endpoint",
    "delete_virtual_cluster",
    "describe_job_run",
    "describe_managed_endpoint",
    "describe_virtual_cluster",
    "list_job_runs",
    "list_managed_endpoints",
    "list_tags_for_resource",
    "list_virtual_clusters",
    "start_job_run",
    "tag_resource",
    "untag_resource",
]


class EMRContainersStubber(Stubber[EMRContainersOperation]):
    """
    Stubbed responses for a EMRContainersClient or AsyncEMRContainersClient (a new
    EMRContainersClient when none is given); stubber.client is the client.
    """

    client: EMRContainersClient | AsyncEMRContainersClient

    def __init__(
        self, client: EMRContainersClient | AsyncEMRContainersClient | None = None
    ) -> None:
        super().__init__(client if client is not None else EMRContainersClient())


try:
    import pytest  # type: ignore[import-not-found, unused-ignore]
except ImportError:  # the stubbers need no pytest; only the fixtures do
    pass
else:

    @pytest.fixture  # type: ignore[misc, unused-ignore]
    def emr_containers_stubber() -> Iterator[EMRContainersStubber]:
        """An active EMRContainersStubber on a new EMRContainersClient."""
        with EMRContainersStubber() as stubber:
            yield stubber
        stubber.assert_no_pending_responses()

    @pytest.fixture  # type: ignore[misc, unused-ignore]
    def async_emr_containers_stubber() -> Iterator[EMRContainersStubber]:
        """An active EMRContainersStubber on a new AsyncEMRContainersClient."""
        with EMRContainersStubber(AsyncEMRContainersClient()) as stubber:
            yield stubber
        stubber.assert_no_pending_responses()
