"""
Test stubs for AWS Glue: GlueStubber answers the calls of a GlueClient or
AsyncGlueClient from queued responses, as botocore's Stubber does (add_response,
add_client_error, expected_params with ANY, assert_no_pending_responses); stubbed
outputs and parameters are validated against their shapes, and nothing is sent. With
pytest, the fixtures glue_stubber and async_glue_stubber yield an active stubber
(register them with pytest_plugins = ["apigen_generated.glue.testing"]) and fail the
test when responses are left.
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
from .async_client import AsyncGlueClient
from .client import GlueClient

__all__ = [
    "ANY",
    "GlueOperation",
    "GlueStubber",
    "StubAssertionError",
    "StubResponseError",
    "UnStubbedResponseError",
]

GlueOperation = Literal[
    "batch_delete_connection",
    "create_connection",
    "delete_connection",
    "get_connection",
    "get_connections",
    "test_connection",
    "update_connection",
]


class GlueStubber(Stubber[GlueOperation]):
    """
    Stubbed responses for a GlueClient or AsyncGlueClient (a new GlueClient when none is
    given); stubber.client is the client.
    """

    client: GlueClient | AsyncGlueClient

    def __init__(self, client: GlueClient | AsyncGlueClient | None = None) -> None:
        super().__init__(client if client is not None else GlueClient())


try:
    import pytest  # type: ignore[import-not-found, unused-ignore]
except ImportError:  # the stubbers need no pytest; only the fixtures do
    pass
else:

    @pytest.fixture  # type: ignore[misc, unused-ignore]
    def glue_stubber() -> Iterator[GlueStubber]:
        """An active GlueStubber on a new GlueClient."""
        with GlueStubber() as stubber:
            yield stubber
        stubber.assert_no_pending_responses()

    @pytest.fixture  # type: ignore[misc, unused-ignore]
    def async_glue_stubber() -> Iterator[GlueStubber]:
        """An active GlueStubber on a new AsyncGlueClient."""
        with GlueStubber(AsyncGlueClient()) as stubber:
            yield stubber
        stubber.assert_no_pending_responses()
