"""What a client is given: its resolution options, and the error a bad set-up raises.

``config.resolve`` turns ``Options`` into a resolution; ``config`` re-exports these names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from ..core.errors import ApigenError

__all__ = ["ClientConfigError", "NoRegionError", "Options"]


class ClientConfigError(ApigenError, ValueError):
    """The client cannot be used as configured (no endpoint, no credentials for an operation)."""


class NoRegionError(ClientConfigError):
    """An AWS service needs a region: pass ``region``, set ``AWS_REGION`` or configure one."""


class Options(NamedTuple):
    """A client's arguments that decide its resolution (a key of the resolution cache)."""

    region: str | None
    endpoint_url: str | None
    access_key: str | None
    secret_key: str | None
    session_token: str | None
    profile: str | None
    api_key: str | None
    api_secret: str | None
    token: str | None
    use_fips: bool | None = None
    use_dualstack: bool | None = None
    inject_host_prefix: bool | None = None
    # Endpoint-rule parameters set on the client (by rule-set or snake_case name), sorted.
    client_context: tuple[tuple[str, Any], ...] = ()
    # Asked for an MFA code when the profile assumes a role with ``mfa_serial``.
    mfa_token: Callable[[], str] | None = None
    # Other auth schemes (OpenAPI): API keys by scheme name (sorted), an OAuth2 client,
    # the token URL instead of the scheme's, and TLS files (mutualTLS, a private CA).
    api_keys: tuple[tuple[str, str], ...] = ()
    client_id: str | None = None
    client_secret: str | None = None
    token_url: str | None = None
    client_cert: str | None = None
    client_key: str | None = None
    ca_bundle: str | None = None
    # Request compression (compression.py): off, and the smallest body compressed.
    disable_request_compression: bool | None = None
    request_min_compression_size_bytes: int | None = None

    def __repr__(self) -> str:
        """Which options are set, never a secret's value."""
        shown = ("region", "endpoint_url", "profile", "token_url", "client_cert", "ca_bundle")
        parts = [f"{name}={getattr(self, name)!r}" for name in shown if getattr(self, name)]
        hidden = [
            name
            for name in (
                "access_key",
                "secret_key",
                "session_token",
                "api_key",
                "api_secret",
                "token",
                "client_id",
                "client_secret",
                "client_key",
                "api_keys",
            )
            if getattr(self, name)
        ]
        parts += [f"{name}=***" for name in hidden]
        return f"Options({', '.join(parts)})"
