"""What a client's first call works out from its arguments and the environment.

``resolve(service, options)`` gives the endpoint (origin and path prefix), the ``Host``
header, the User-Agent, SigV4 credentials and region, the credential of each other auth
scheme (``auth/schemes.py``), the TLS context and the service's codec. Results are cached per process, keyed by the service, the
arguments and every environment variable the resolution reads, so a second client with the
same set-up resolves nothing. The shared AWS files are read once per such key: a change to
them is seen by a new process (or after ``clear_cache()``).

- AWS services (with a SigV4 signing name): credentials as botocore's chain (``chain.resolve_credentials``:
  explicit, environment, assume-role and web identity through STS, SSO, shared files,
  credential_process, container, instance metadata), region argument → ``AWS_REGION`` →
  ``AWS_DEFAULT_REGION`` → config file; the endpoint from the service's endpoint rules, or
  ``https://{endpointPrefix}.{region}.amazonaws.com`` (``.amazonaws.com.cn`` in China) for a
  service without, unless a URL is given (``endpoint_resolution`` has the precedence).
- Other services (OpenAPI): ``endpoint_url`` or the spec's server; ``token`` (bearer, and
  the token of every oauth2 scheme) and/or ``api_key`` + ``api_secret`` (HTTP Basic), else
  ``{credentials_env}_API_KEY`` / ``_API_SECRET`` (the spec names the prefix:
  ``info.x-apigen-credentials-env``). An apiKey scheme sends ``api_keys[scheme]``, else
  ``api_key`` when there is no secret. An oauth2 scheme with a token URL and no ``token``
  fetches one with ``client_id`` + ``client_secret`` (else ``{prefix}_CLIENT_ID`` /
  ``_CLIENT_SECRET``) from ``token_url`` or the scheme's (relative: to the endpoint). A
  mutualTLS scheme is met by ``client_cert`` (and ``client_key``); ``ca_bundle`` is the CA
  the server's certificate is checked against. A requirement of several schemes is met
  when each of them is.
- A path in the endpoint (``https://proxy/aws``) is kept apart as ``prefix``: the client puts
  it before every request path, so it is signed; transports get the origin.

The arguments (``Options``) and the errors live in ``options``, the AWS settings read from the
environment and profile (endpoint rules, host prefix, retries) in ``aws_settings``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..core.schema import OperationSpec, ServiceSpec
from .aws_settings import aws_endpoints, inject_host_prefix, retry_settings
from .compression import Compression, compression_settings
from .options import ClientConfigError, NoRegionError, Options

if TYPE_CHECKING:
    import ssl

    from ..auth.credentials import Credentials
    from ..auth.providers import RefreshableCredentials
    from ..auth.schemes import Credential
    from ..core.model import ApigenModel
    from ..protocols.codec import Codec
    from .endpoint_resolution import Endpoints
    from .retries import RetryConfig

__all__ = ["ClientConfigError", "NoRegionError", "Options", "Resolved", "clear_cache", "resolve"]

USER_AGENT = f"apigen-runtime/1 python/{sys.version_info[0]}.{sys.version_info[1]}"

_ENVIRONMENT = (
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_SECURITY_TOKEN",
    "AWS_PROFILE",
    "AWS_DEFAULT_PROFILE",
    "AWS_SHARED_CREDENTIALS_FILE",
    "AWS_CONFIG_FILE",
    "AWS_REGION",
    "AWS_DEFAULT_REGION",
    "AWS_MAX_ATTEMPTS",
    "AWS_RETRY_MODE",
    "AWS_WEB_IDENTITY_TOKEN_FILE",
    "AWS_ROLE_ARN",
    "AWS_ROLE_SESSION_NAME",
    "AWS_ENDPOINT_URL_STS",
    "HOME",
    # Endpoints (endpoint_resolution); AWS_ENDPOINT_URL_<SERVICE_ID> is added per service.
    "AWS_ENDPOINT_URL",
    "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
    "AWS_USE_FIPS_ENDPOINT",
    "AWS_USE_DUALSTACK_ENDPOINT",
    "AWS_DISABLE_HOST_PREFIX_INJECTION",
    "AWS_ACCOUNT_ID",
    "AWS_ACCOUNT_ID_ENDPOINT_MODE",
    "AWS_S3_US_EAST_1_REGIONAL_ENDPOINT",
    "AWS_DISABLE_REQUEST_COMPRESSION",
    "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES",
)


def _key_variables(service: ServiceSpec) -> tuple[str, str, str, str]:
    """The environment variables an API key and an OAuth2 client are read from
    (``ServiceSpec.credentials_env``): key, secret, client id, client secret."""
    prefix = service.credentials_env or service.name.upper()
    return (
        f"{prefix}_API_KEY",
        f"{prefix}_API_SECRET",
        f"{prefix}_CLIENT_ID",
        f"{prefix}_CLIENT_SECRET",
    )


class Resolved:
    """What a client's first call works out; shared by clients with the same options."""

    __slots__ = (
        "codec",
        "url_base",
        "prefix",
        "host",
        "user_agent",
        "credentials",
        "region",
        "signing_name",
        "auth",
        "tls",
        "retry",
        "endpoints",
        "inject_host_prefix",
        "calls",
        "endpoint_headers",
        "double_encode",
        "compression",
    )

    def __init__(
        self,
        codec: Codec,
        url_base: str,
        prefix: str,
        host: str,
        user_agent: str,
        credentials: Credentials | RefreshableCredentials | None,
        region: str | None,
        signing_name: str | None,
        auth: dict[str, Credential],
        retry: RetryConfig | None = None,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.codec = codec
        self.url_base = url_base  # scheme://host[:port]: what transports are given
        self.prefix = prefix  # the endpoint's path, put before every request path (and signed)
        self.host = host
        self.user_agent = user_agent
        self.credentials = credentials
        self.region = region
        self.signing_name = signing_name
        # auth key (httpBasic, httpBearer, a scheme name) → the credential the client holds
        self.auth = auth
        self.tls = tls  # the SSL context of a client certificate or CA bundle (None: default)
        # Retries the environment or the config file ask for (None: the defaults).
        self.retry = retry
        # The endpoint rules with this client's parameters bound (None: no rule set), whether
        # host prefixes go before the host, and the resolution of each distinct call
        # (``for_call``).
        self.endpoints: Endpoints | None = None
        self.inject_host_prefix = True
        self.calls: dict[tuple[Any, ...], Resolved] = {}
        self.endpoint_headers: tuple[tuple[str, str], ...] = ()  # the endpoint's own headers
        self.double_encode = True  # SigV4 encodes the path twice (not when the rules say so)
        self.compression = Compression()  # request compression settings (compression.py)

    def for_call(self, operation: OperationSpec, model: ApigenModel) -> Resolved:
        """The resolution one call of ``operation`` uses: this one, moved by the endpoint
        rules and the host prefix (``endpoint_resolution``); cached per distinct call."""
        endpoints = self.endpoints
        inject = operation.host_prefix is not None and self.inject_host_prefix
        if endpoints is None and not inject:
            return self
        call_key, target = _resolution or _load_resolution()
        key, params, prefix = call_key(endpoints, inject, operation, model)
        calls = self.calls
        found = calls.get(key)
        if found is None:
            if len(calls) >= _RESOLVED_MAX:
                calls.clear()
            url = self.url_base + self.prefix
            found = calls[key] = self.moved(
                *target(endpoints, params, prefix, url, self.signing_name, self.region)
            )
        return found

    def moved(
        self,
        url: str,
        signing_name: str | None,
        region: str | None,
        endpoint_headers: tuple[tuple[str, str], ...],
        double_encode: bool,
    ) -> Resolved:
        """This resolution sent to ``url`` (origin and path), signed as given."""
        origin, prefix, host = _split("the resolved endpoint", url)
        moved = Resolved(
            self.codec,
            origin,
            prefix,
            host,
            self.user_agent,
            self.credentials,
            region,
            signing_name,
            self.auth,
            self.retry,
            self.tls,
        )
        moved.endpoint_headers = endpoint_headers
        moved.double_encode = double_encode
        moved.compression = self.compression
        return moved


_RESOLVED: dict[tuple[Any, ...], Resolved] = {}
_RESOLVED_MAX = 256

# endpoint_resolution's call_key and target, bound by the first call that needs them (an
# import statement in for_call would run on every call of an operation with context params).
_resolution: list[Any] = []


def _load_resolution() -> list[Any]:
    from .endpoint_resolution import call_key, target

    _resolution[:] = [call_key, target]
    return _resolution


def _host_of(url_base: str) -> str:
    scheme, _, rest = url_base.partition("://")
    netloc = rest.split("/", 1)[0].rsplit("@", 1)[-1].lower()
    default = ":443" if scheme == "https" else ":80"
    return netloc[: -len(default)] if netloc.endswith(default) else netloc


def _split(name: str, url_base: str) -> tuple[str, str, str]:
    """An http(s) URL as origin, path prefix (no trailing slash) and Host."""
    scheme, _, rest = url_base.partition("://")
    netloc, slash, path = rest.partition("/")
    if scheme not in ("http", "https") or not netloc:
        raise ClientConfigError(f"{name}: not an http(s) endpoint: {url_base!r}")
    origin = f"{scheme}://{netloc}"
    prefix = f"/{path}".rstrip("/") if slash else ""
    return origin, prefix, _host_of(origin)


def resolve(service: ServiceSpec, options: Options) -> Resolved:
    """The resolution for ``service`` and ``options``, from the cache when it can be."""
    from .endpoint_resolution import endpoint_variable

    environ = os.environ
    names = (*_ENVIRONMENT, *_key_variables(service), endpoint_variable(service))
    key = (id(service), options, *[environ.get(name) for name in names])
    resolved = _RESOLVED.get(key)
    if resolved is None:
        resolved = _resolve(service, options, environ)
        if len(_RESOLVED) >= _RESOLVED_MAX:
            _RESOLVED.clear()
        _RESOLVED[key] = resolved
    return resolved


def clear_cache() -> None:
    """Forget every resolution (after changing the shared AWS files in-process)."""
    _RESOLVED.clear()


def _resolve(service: ServiceSpec, options: Options, environ: Mapping[str, str]) -> Resolved:
    from ..auth.chain import resolve_credentials
    from ..auth.credentials import resolve_region
    from ..protocols.registry import codec_for

    credentials: Credentials | RefreshableCredentials | None = None
    region: str | None = None
    auth: dict[str, Credential] = {}
    tls: ssl.SSLContext | None = None
    if service.signing_name:
        region = resolve_region(options.region, options.profile, environ)
        if not region:
            raise NoRegionError(
                f"{service.name}: no region; pass region=..., set AWS_REGION or add one to the AWS config file"
            )
        credentials = resolve_credentials(
            options.access_key,
            options.secret_key,
            options.session_token,
            options.profile,
            environ,
            region=region,
            mfa_token=options.mfa_token,
        )
        endpoints, url_base = aws_endpoints(service, options, region, environ)
    else:
        url_base = options.endpoint_url or service.default_endpoint or ""
        if not url_base:
            raise ClientConfigError(f"{service.name}: no endpoint; pass endpoint_url=...")
        from ..auth.schemes import tls_context

        tls = tls_context(options.client_cert, options.client_key, options.ca_bundle)
        auth = _other_auth(service, options, environ, url_base, tls)
        endpoints = None
    origin, prefix, host = _split(service.name, url_base)
    user_agent = f"{USER_AGENT} {service.name}/{service.version}"
    retry = retry_settings(options.profile, environ) if service.signing_name else None
    resolved = Resolved(
        codec_for(service),
        origin,
        prefix,
        host,
        user_agent,
        credentials,
        region,
        service.signing_name,
        auth,
        retry,
        tls,
    )
    try:
        resolved.compression = compression_settings(
            options.disable_request_compression,
            options.request_min_compression_size_bytes,
            options.profile,
            environ,
        )
    except ValueError as exc:
        raise ClientConfigError(f"{service.name}: {exc}") from None
    if endpoints is not None:
        resolved.endpoints = endpoints
        resolved.inject_host_prefix = endpoints.inject_host_prefix
    elif service.signing_name:
        resolved.inject_host_prefix = inject_host_prefix(options, environ)
    return resolved


def _other_auth(
    service: ServiceSpec,
    options: Options,
    environ: Mapping[str, str],
    url_base: str,
    tls: ssl.SSLContext | None,
) -> dict[str, Credential]:
    """The credential of each non-AWS scheme the client holds one for (module docstring)."""
    from urllib.parse import urljoin

    from ..auth.schemes import (
        AllOf,
        ApiKey,
        ClientCredentialsToken,
        HeaderValue,
        NoCredential,
        basic_value,
    )

    auth: dict[str, Credential] = {}
    if options.token:
        auth["httpBearer"] = HeaderValue("Authorization", f"Bearer {options.token}")
    key_variable, secret_variable, id_variable, client_secret_variable = _key_variables(service)
    key = options.api_key or environ.get(key_variable)
    secret = options.api_secret or environ.get(secret_variable)
    schemes = service.auth_schemes
    has_api_keys = any(s.kind == "apiKey" for s in schemes.values())
    if key and secret:
        auth["httpBasic"] = HeaderValue("Authorization", basic_value(key, secret))
    elif (options.api_key and not has_api_keys) or options.api_secret:
        raise ClientConfigError(f"{service.name}: api_key and api_secret go together")
    given_keys = dict(options.api_keys)
    unknown = sorted(set(given_keys) - {n for n, s in schemes.items() if s.kind == "apiKey"})
    if unknown:
        raise ClientConfigError(f"{service.name}: no apiKey scheme named {', '.join(unknown)}")
    client_id = options.client_id or environ.get(id_variable)
    client_secret = options.client_secret or environ.get(client_secret_variable)
    if (options.client_id or options.client_secret) and not (client_id and client_secret):
        raise ClientConfigError(f"{service.name}: client_id and client_secret go together")
    for name, spec in schemes.items():
        if spec.kind == "apiKey" and spec.location and spec.parameter:
            value = given_keys.get(name) or (key if key and not secret else None)
            if value:
                auth[name] = ApiKey(spec.location, spec.parameter, value)
        elif spec.kind == "oauth2":
            if options.token:
                auth[name] = auth["httpBearer"]
            elif client_id and client_secret and (options.token_url or spec.token_url):
                url = urljoin(url_base + "/", options.token_url or spec.token_url or "")
                auth[name] = ClientCredentialsToken(
                    url, client_id, client_secret, spec.scopes, tls=tls
                )
        elif spec.kind == "mutualTLS" and options.client_cert:
            auth[name] = NoCredential("client certificate")
    for name, spec in schemes.items():
        if spec.kind == "all" and all(part in auth for part in spec.parts):
            auth[name] = AllOf([auth[part] for part in spec.parts])
    return auth
