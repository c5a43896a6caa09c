"""
Test stubs for Amazon MSK Connect: KafkaConnectStubber answers the calls of a
KafkaConnectClient or AsyncKafkaConnectClient from queued responses, as botocore's
Stubber does (add_response, add_client_error, expected_params with ANY,
assert_no_pending_responses); stubbed outputs and parameters are validated against their
shapes, and nothing is sent. With pytest, the fixtures kafkaconnect_stubber and
async_kafkaconnect_stubber yield an active stubber (register them with pytest_plugins =
["apigen_generated.kafkaconnect.testing"]) and fail the test when responses are left.
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
from .async_client import AsyncKafkaConnectClient
from .client import KafkaConnectClient

__all__ = [
    "ANY",
    "KafkaConnectOperation",
    "KafkaConnectStubber",
    "StubAssertionError",
    "StubResponseError",
    "UnStubbedResponseError",
]

KafkaConnectOperation = Literal[
    "create_connector",
    "create_custom_plugin",
    "create_worker_configuration",
    "delete_connector",
    "delete_custom_plugin",
    "delete_worker_configuration",
    "describe_connector",
    "describe_connector_operation",
    "describe_custom_plugin",
    "describe_worker_configuration",
    "list_connector_operations",
    "list_connectors",
    "list_custom_plugins",
    "list_tags_for_resource",
    "list_worker_configurations",
    "tag_resource",
    "untag_resource",
    "update_connector",
]


class KafkaConnectStubber(Stubber[KafkaConnectOperation]):
    """
    Stubbed responses for a KafkaConnectClient or AsyncKafkaConnectClient (a new
    KafkaConnectClient when none is given); stubber.client is the client.
    """

    client: KafkaConnectClient | AsyncKafkaConnectClient

    def __init__(self, client: KafkaConnectClient | AsyncKafkaConnectClient | None = None) -> None:
        super().__init__(client if client is not None else KafkaConnectClient())


try:
    import pytest  # type: ignore[import-not-found, unused-ignore]
except ImportError:  # the stubbers need no pytest; only the fixtures do
    pass
else:

    @pytest.fixture  # type: ignore[misc, unused-ignore]
    def kafkaconnect_stubber() -> Iterator[KafkaConnectStubber]:
        """An active KafkaConnectStubber on a new KafkaConnectClient."""
        with KafkaConnectStubber() as stubber:
            yield stubber
        stubber.assert_no_pending_responses()

    @pytest.fixture  # type: ignore[misc, unused-ignore]
    def async_kafkaconnect_stubber() -> Iterator[KafkaConnectStubber]:
        """An active KafkaConnectStubber on a new AsyncKafkaConnectClient."""
        with KafkaConnectStubber(AsyncKafkaConnectClient()) as stubber:
            yield stubber
        stubber.assert_no_pending_responses()
