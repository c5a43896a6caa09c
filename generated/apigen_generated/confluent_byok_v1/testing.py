"""
Test stubs for Key Management API for BYOK: ConfluentByokStubber answers the calls of a
ConfluentByokClient or AsyncConfluentByokClient from queued responses, as botocore's
Stubber does (add_response, add_client_error, expected_params with ANY,
assert_no_pending_responses); stubbed outputs and parameters are validated against their
shapes, and nothing is sent. With pytest, the fixtures confluent_byok_v1_stubber and
async_confluent_byok_v1_stubber yield an active stubber (register them with
pytest_plugins = ["apigen_generated.confluent_byok_v1.testing"]) and fail the test when
responses are left.
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
from .async_client import AsyncConfluentByokClient
from .client import ConfluentByokClient

__all__ = [
    "ANY",
    "ConfluentByokOperation",
    "ConfluentByokStubber",
    "StubAssertionError",
    "StubResponseError",
    "UnStubbedResponseError",
]

ConfluentByokOperation = Literal[
    "create_byok_v1_key",
    "delete_byok_v1_key",
    "get_byok_v1_key",
    "list_byok_v1_keys",
    "update_byok_v1_key",
]


class ConfluentByokStubber(Stubber[ConfluentByokOperation]):
    """
    Stubbed responses for a ConfluentByokClient or AsyncConfluentByokClient (a new
    ConfluentByokClient when none is given); stubber.client is the client.
    """

    client: ConfluentByokClient | AsyncConfluentByokClient

    def __init__(
        self, client: ConfluentByokClient | AsyncConfluentByokClient | None = None
    ) -> None:
        super().__init__(client if client is not None else ConfluentByokClient())


try:
    import pytest  # type: ignore[import-not-found, unused-ignore]
except ImportError:  # the stubbers need no pytest; only the fixtures do
    pass
else:

    @pytest.fixture  # type: ignore[misc, unused-ignore]
    def confluent_byok_v1_stubber() -> Iterator[ConfluentByokStubber]:
        """An active ConfluentByokStubber on a new ConfluentByokClient."""
        with ConfluentByokStubber() as stubber:
            yield stubber
        stubber.assert_no_pending_responses()

    @pytest.fixture  # type: ignore[misc, unused-ignore]
    def async_confluent_byok_v1_stubber() -> Iterator[ConfluentByokStubber]:
        """An active ConfluentByokStubber on a new AsyncConfluentByokClient."""
        with ConfluentByokStubber(AsyncConfluentByokClient()) as stubber:
            yield stubber
        stubber.assert_no_pending_responses()
