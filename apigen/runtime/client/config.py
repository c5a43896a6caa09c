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
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from ..core.errors import ApigenError
from ..core.schema import OperationSpec, ServiceSpec
from .compression import Compression, compression_settings

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
        from .endpoint_resolution import call_key, target

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


def _host_of(url_base: str) -> str:
    scheme, _, rest = url_base.partition("://")
    netloc = rest.split("/", 1)[0].rsplit("@", 1)[-1].lower()
    default = ":443" if scheme == "https" else ":80"
    return netloc[: -len(default)] if netloc.endswith(default) else netloc


def _aws_endpoint(service: ServiceSpec, region: str) -> str:
    prefix = service.endpoint_prefix or service.signing_name or service.name.lower()
    suffix = "amazonaws.com.cn" if region.startswith("cn-") else "amazonaws.com"
    return f"https://{prefix}.{region}.{suffix}"


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
        endpoints, url_base = _aws_endpoints(service, options, region, environ)
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
    retry = _retry_settings(options.profile, environ) if service.signing_name else None
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
        resolved.inject_host_prefix = _inject_host_prefix(options, environ)
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


def _flag(
    given: bool | None, variable: str, setting: str, profile: str | None, env: Mapping[str, str]
) -> bool:
    """A boolean client setting: the argument, else the variable, else the profile's setting."""
    from ..auth.credentials import profile_setting
    from .endpoint_resolution import is_true

    if given is not None:
        return given
    value = env.get(variable)
    return is_true(value if value is not None else profile_setting(setting, profile, env))


def _inject_host_prefix(options: Options, environ: Mapping[str, str]) -> bool:
    disabled = None if options.inject_host_prefix is None else not options.inject_host_prefix
    return not _flag(
        disabled,
        "AWS_DISABLE_HOST_PREFIX_INJECTION",
        "disable_host_prefix_injection",
        options.profile,
        environ,
    )


def _aws_endpoints(
    service: ServiceSpec, options: Options, region: str, environ: Mapping[str, str]
) -> tuple[Endpoints | None, str]:
    """The rules bound to this client (None without a rule set) and the endpoint a call
    goes to when nothing moves it (``endpoint_resolution`` has the precedence)."""
    from ..auth.credentials import profile_setting
    from .endpoint_resolution import Endpoints, configured_endpoint, rules_of

    profile = options.profile
    url = configured_endpoint(service, options.endpoint_url, environ, profile)
    if service.endpoint_rules is None:
        return None, url or _aws_endpoint(service, region)
    given = url is not None  # as botocore: a given URL turns FIPS and dual-stack off
    fips = _flag(options.use_fips, "AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint", profile, environ)
    dual = _flag(
        options.use_dualstack,
        "AWS_USE_DUALSTACK_ENDPOINT",
        "use_dualstack_endpoint",
        profile,
        environ,
    )
    settings = {
        "region": region,
        "use_fips": fips and not given,
        "use_dualstack": dual and not given,
        "endpoint": url,
        "account_id": environ.get("AWS_ACCOUNT_ID")
        or profile_setting("aws_account_id", profile, environ),
        "account_id_endpoint_mode": environ.get("AWS_ACCOUNT_ID_ENDPOINT_MODE")
        or profile_setting("account_id_endpoint_mode", profile, environ)
        or "preferred",
        "s3_use_global_endpoint": region == "us-east-1"
        and (
            environ.get("AWS_S3_US_EAST_1_REGIONAL_ENDPOINT")
            or profile_setting("s3_us_east_1_regional_endpoint", profile, environ)
            or "legacy"
        )
        .strip()
        .lower()
        == "legacy",
    }
    by_snake = {_snake(name): name for name in service.client_context_params}
    context = {by_snake.get(key, key): value for key, value in options.client_context}
    unknown = sorted(set(context) - set(service.client_context_params))
    if unknown:
        raise ClientConfigError(
            f"{service.name}: unknown client_context_params {', '.join(unknown)}"
            f" (known: {', '.join(service.client_context_params) or 'none'})"
        )
    endpoints = Endpoints(
        rules_of(service.endpoint_rules), settings, context, _inject_host_prefix(options, environ)
    )
    return endpoints, url or _aws_endpoint(service, region)


def _snake(name: str) -> str:
    return "_".join(part.lower() for part in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+", name))


def _retry_settings(profile: str | None, environ: Mapping[str, str]) -> RetryConfig | None:
    """``AWS_MAX_ATTEMPTS``/``AWS_RETRY_MODE``, else the profile's ``max_attempts``/
    ``retry_mode`` in the config file, as the AWS SDKs read them; None when none is set."""
    from ..auth.credentials import profile_setting
    from .retries import RetryConfig

    attempts = environ.get("AWS_MAX_ATTEMPTS") or profile_setting("max_attempts", profile, environ)
    mode = environ.get("AWS_RETRY_MODE") or profile_setting("retry_mode", profile, environ)
    if attempts is None and mode is None:
        return None
    try:
        count = int(attempts) if attempts is not None else RetryConfig().max_attempts
        return RetryConfig(max_attempts=count, mode=(mode or "standard").strip().lower())
    except ValueError as exc:
        raise ClientConfigError(f"retry settings: {exc}") from None
