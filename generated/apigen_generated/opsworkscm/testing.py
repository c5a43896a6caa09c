"""
Test stubs for AWS OpsWorks CM: OpsWorksCMStubber answers the calls of a
OpsWorksCMClient or AsyncOpsWorksCMClient from queued responses, as botocore's Stubber
does (add_response, add_client_error, expected_params with ANY,
assert_no_pending_responses); stubbed outputs and parameters are validated against their
shapes, and nothing is sent. With pytest, the fixtures opsworkscm_stubber and
async_opsworkscm_stubber yield an active stubber (register them with pytest_plugins =
["apigen_generated.opsworkscm.testing"]) and fail the test when responses are left.
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
from .async_client import AsyncOpsWorksCMClient
from .client import OpsWorksCMClient

__all__ = [
    "ANY",
    "OpsWorksCMOperation",
    "OpsWorksCMStubber",
    "StubAssertionError",
    "StubResponseError",
    "UnStubbedResponseError",
]

OpsWorksCMOperation = Literal[
    "associate_node",
    "create_backup",
    "create_server",
    "delete_backup",
    "delete_server",
    "describe_account_attributes",
    "describe_backups",
    "describe_events",
    "describe_node_association_status",
    "describe_servers",
    "disassociate_node",
    "export_server_engine_attribute",
    "restore_server",
    "start_maintenance",
    "update_server",
    "update_server_engine_attributes",
]


class OpsWorksCMStubber(Stubber[OpsWorksCMOperation]):
    """
    Stubbed responses for a OpsWorksCMClient or AsyncOpsWorksCMClient (a new
    OpsWorksCMClient when none is given); stubber.client is the client.
    """

    client: OpsWorksCMClient | AsyncOpsWorksCMClient

    def __init__(self, client: OpsWorksCMClient | AsyncOpsWorksCMClient | None = None) -> None:
        super().__init__(client if client is not None else OpsWorksCMClient())


try:
    import pytest  # type: ignore[import-not-found, unused-ignore]
except ImportError:  # the stubbers need no pytest; only the fixtures do
    pass
else:

    @pytest.fixture  # type: ignore[misc, unused-ignore]
    def opsworkscm_stubber() -> Iterator[OpsWorksCMStubber]:
        """An active OpsWorksCMStubber on a new OpsWorksCMClient."""
        with OpsWorksCMStubber() as stubber:
            yield stubber
        stubber.assert_no_pending_responses()

    @pytest.fixture  # type: ignore[misc, unused-ignore]
    def async_opsworkscm_stubber() -> Iterator[OpsWorksCMStubber]:
        """An active OpsWorksCMStubber on a new AsyncOpsWorksCMClient."""
        with OpsWorksCMStubber(AsyncOpsWorksCMClient()) as stubber:
            yield stubber
        stubber.assert_no_pending_responses()
