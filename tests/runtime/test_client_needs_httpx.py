"""An async client without httpx says so when it is built, not deep inside its first call."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from client_fakes import AsyncThingsClient


def test_missing_httpx_is_named_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "httpx", None)  # what an environment without httpx sees
    with pytest.raises(ImportError, match=r"httpx is not installed: pip install httpx"):
        AsyncThingsClient(region="eu-west-1")


class _OwnTransport:
    """A transport of the user's own (an ``AsyncTransport``): no httpx involved."""

    async def send(self, request: Any, *, url_base: str, timeout: float | None) -> Any:
        raise NotImplementedError


def test_a_transport_of_ones_own_needs_no_httpx(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "httpx", None)
    AsyncThingsClient(region="eu-west-1", transport=_OwnTransport())  # builds: no ImportError
