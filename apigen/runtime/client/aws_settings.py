"""The AWS settings a client reads from its arguments, the environment and the profile.

The endpoint rules' settings (FIPS, dual-stack, account id, the S3 global endpoint, client
context parameters), host-prefix injection and the retry settings, each as botocore reads
it: the argument, else the environment variable, else the profile's setting.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..core.schema import ServiceSpec
from .options import ClientConfigError, Options

if TYPE_CHECKING:
    from .endpoint_resolution import Endpoints
    from .retries import RetryConfig

__all__ = ["aws_endpoints", "inject_host_prefix", "retry_settings"]


def _aws_endpoint(service: ServiceSpec, region: str) -> str:
    prefix = service.endpoint_prefix or service.signing_name or service.name.lower()
    suffix = "amazonaws.com.cn" if region.startswith("cn-") else "amazonaws.com"
    return f"https://{prefix}.{region}.{suffix}"


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


def inject_host_prefix(options: Options, environ: Mapping[str, str]) -> bool:
    disabled = None if options.inject_host_prefix is None else not options.inject_host_prefix
    return not _flag(
        disabled,
        "AWS_DISABLE_HOST_PREFIX_INJECTION",
        "disable_host_prefix_injection",
        options.profile,
        environ,
    )


def aws_endpoints(
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
        rules_of(service.endpoint_rules), settings, context, inject_host_prefix(options, environ)
    )
    return endpoints, url or _aws_endpoint(service, region)


def _snake(name: str) -> str:
    return "_".join(part.lower() for part in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+", name))


def retry_settings(profile: str | None, environ: Mapping[str, str]) -> RetryConfig | None:
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
