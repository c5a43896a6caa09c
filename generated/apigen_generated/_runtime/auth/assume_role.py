"""Keys from AWS STS: ``AssumeRole`` (signed with a source's keys) and
``AssumeRoleWithWebIdentity`` (unsigned, carrying an OIDC token read from a file).

Each is a fetch function for ``providers.RefreshableCredentials``: called when keys are
first needed and again before they expire. The web identity token file is read on every
fetch (Kubernetes and others rotate it); an MFA code is asked of the ``mfa_token`` callback
on every fetch, since an AWS session needs a fresh code each time.

The endpoint (``sts_endpoint``) is regional, as botocore's default
(``sts_regional_endpoints = regional``): ``https://sts.{region}.{the partition's DNS
suffix}`` (``amazonaws.com``, ``amazonaws.com.cn`` in China...), the global ``https://sts.amazonaws.com`` (signed for us-east-1)
when no region is known; ``AWS_ENDPOINT_URL_STS``, else ``AWS_ENDPOINT_URL``, moves it
(unless ``AWS_IGNORE_CONFIGURED_ENDPOINT_URLS`` is true).

Errors are ``NoCredentialsError`` naming the operation, the role ARN and STS's own code
and message; never a key, a token or an MFA code.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..core.errors import ApigenError, ServiceError
from ..core.http import HttpRequest, HttpResponse
from ..endpoints.aws_functions import partition
from ..protocols.sts import ASSUME_ROLE, ASSUME_ROLE_WITH_WEB_IDENTITY
from ..protocols.sts import credentials as sts_credentials
from ..protocols.sts import request as sts_request
from .credentials import Credentials, NoCredentialsError
from .providers import Fetch, Fetched, RefreshableCredentials
from .sigv4 import sign

__all__ = [
    "StsEndpoint",
    "assume_role_fetcher",
    "default_session_name",
    "sts_endpoint",
    "web_identity_fetcher",
]

Source = Credentials | RefreshableCredentials
TIMEOUT = 30.0


@dataclass(frozen=True, slots=True)
class StsEndpoint:
    url: str  # scheme://host[:port][/path], no trailing slash
    signing_region: str

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc


def sts_endpoint(region: str | None, environ: Mapping[str, str]) -> StsEndpoint:
    """Where STS is for ``region`` (see the module docstring)."""
    signing_region = region or "us-east-1"
    ignored = (environ.get("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS") or "").lower() == "true"
    configured = (
        None
        if ignored
        else (environ.get("AWS_ENDPOINT_URL_STS") or environ.get("AWS_ENDPOINT_URL"))
    )
    if configured:
        parts = urlsplit(configured)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise NoCredentialsError(f"the STS endpoint {configured!r} is not an http(s) URL")
        return StsEndpoint(configured.rstrip("/"), signing_region)
    if region is None:
        return StsEndpoint("https://sts.amazonaws.com", signing_region)
    suffix = (partition(region) or {}).get("dnsSuffix") or "amazonaws.com"
    return StsEndpoint(f"https://sts.{region}.{suffix}", signing_region)


def default_session_name(clock: Callable[[], float] = time.time) -> str:
    """The role session name when the profile gives none (botocore's, with our name)."""
    return f"apigen-session-{int(clock())}"


def _send(endpoint: StsEndpoint, request: HttpRequest) -> HttpResponse:
    import urllib.error
    import urllib.request

    url = endpoint.url + request.path
    opened = urllib.request.Request(  # noqa: S310 - http(s) checked in sts_endpoint
        url, data=request.body, method=request.method, headers=dict(request.headers)
    )
    try:
        with urllib.request.urlopen(opened, timeout=TIMEOUT) as answer:  # noqa: S310
            return HttpResponse(answer.status, list(answer.headers.items()), answer.read())
    except urllib.error.HTTPError as failed:
        with failed:
            return HttpResponse(failed.code, list(failed.headers.items()), failed.read())
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise NoCredentialsError(
            f"STS at {endpoint.url} did not answer: {type(exc).__name__}"
        ) from None


def _call(
    operation: str,
    role_arn: str,
    endpoint: StsEndpoint,
    params: dict[str, Any],
    keys: Source | None,
) -> Fetched:
    what = f"STS {operation} of {role_arn}"
    try:
        request = sts_request(operation, RoleArn=role_arn, **params)
    except ApigenError as exc:
        raise NoCredentialsError(f"{what}: the profile's settings are invalid: {exc}") from None
    if keys is not None:
        sign(
            request,
            host=endpoint.host,
            credentials=keys.current(),
            region=endpoint.signing_region,
            service="sts",
        )
    else:
        request.headers.append(("Host", endpoint.host))
    response = _send(endpoint, request)
    try:
        found = sts_credentials(operation, response)
    except ServiceError as exc:
        raise NoCredentialsError(f"{what} failed: {exc.code}: {exc.message}") from None
    except ApigenError:
        raise NoCredentialsError(f"{what}: the answer holds no credentials") from None
    return (
        Credentials(found.access_key_id, found.secret_access_key, found.session_token),
        found.expiration.timestamp(),
    )


def assume_role_fetcher(
    source: Source,
    role_arn: str,
    endpoint: StsEndpoint,
    *,
    session_name: str | None = None,
    external_id: str | None = None,
    duration_seconds: int | None = None,
    mfa_serial: str | None = None,
    mfa_token: Callable[[], str] | None = None,
) -> Fetch:
    """``AssumeRole`` signed with ``source``'s (current) keys."""
    if mfa_serial and mfa_token is None:
        raise NoCredentialsError(
            f"assuming {role_arn} needs an MFA code for {mfa_serial}: pass mfa_token=<a "
            "function returning the code>"
        )

    def fetch() -> Fetched:
        params: dict[str, Any] = {"RoleSessionName": session_name or default_session_name()}
        if external_id is not None:
            params["ExternalId"] = external_id
        if duration_seconds is not None:
            params["DurationSeconds"] = duration_seconds
        if mfa_serial and mfa_token is not None:
            params["SerialNumber"] = mfa_serial
            params["TokenCode"] = mfa_token()
        return _call(ASSUME_ROLE, role_arn, endpoint, params, source)

    return fetch


def web_identity_fetcher(
    token_file: str,
    role_arn: str,
    endpoint: StsEndpoint,
    *,
    session_name: str | None = None,
) -> Fetch:
    """``AssumeRoleWithWebIdentity`` with the token in ``token_file`` (read on each fetch,
    sent as it is in the file, as botocore does)."""

    def fetch() -> Fetched:
        try:
            with open(token_file, encoding="utf-8") as handle:
                token = handle.read()
        except OSError as exc:
            raise NoCredentialsError(
                f"cannot read the web identity token file {token_file}: {type(exc).__name__}"
            ) from None
        params = {
            "RoleSessionName": session_name or default_session_name(),
            "WebIdentityToken": token,
        }
        return _call(ASSUME_ROLE_WITH_WEB_IDENTITY, role_arn, endpoint, params, None)

    return fetch
