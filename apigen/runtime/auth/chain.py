"""The whole AWS credential chain, in the AWS SDKs' order.

1. explicit keys, the environment, then static keys in the shared files
   (``credentials.resolve_credentials``);
2. the profile's ``credential_process``, then its IAM Identity Center (``sso_*``) settings;
3. unless a profile was named: the container endpoint, then the instance metadata service.

Keys from 2 and 3 are ``providers.RefreshableCredentials``: fetched when first needed (2) or
at once, to learn whether the source is there (3), and again before they expire. Profiles
that assume a role (``role_arn``, ``web_identity_token_file``) need STS, whose awsQuery
protocol the runtime does not speak yet: the error says so.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from .credentials import (
    Credentials,
    NoCredentialsError,
    PartialCredentialsError,
    config_sections,
)
from .credentials import resolve_credentials as resolve_static
from .providers import (
    RefreshableCredentials,
    container_fetcher,
    imds_fetcher,
    process_fetcher,
    sso_fetcher,
)

__all__ = ["resolve_credentials"]

_SSO_KEYS = ("sso_session", "sso_start_url", "sso_account_id")


def resolve_credentials(
    access_key: str | None = None,
    secret_key: str | None = None,
    token: str | None = None,
    profile: str | None = None,
    environ: Mapping[str, str] = os.environ,
) -> Credentials | RefreshableCredentials:
    """The first source of the chain that has keys (see the module docstring)."""
    try:
        return resolve_static(access_key, secret_key, token, profile, environ)
    except PartialCredentialsError:
        raise
    except NoCredentialsError as static:
        failure = static
    values, sessions = config_sections(profile, environ)
    name = profile or environ.get("AWS_PROFILE") or environ.get("AWS_DEFAULT_PROFILE") or "default"
    command = values.get("credential_process")
    if command:
        return RefreshableCredentials(process_fetcher(command, name), "credential_process")
    if any(values.get(key) for key in _SSO_KEYS):
        return RefreshableCredentials(sso_fetcher(values, sessions, environ), "sso")
    if profile is None:
        for source, fetch in (
            ("container", container_fetcher(environ)),
            ("instance metadata", imds_fetcher(environ)),
        ):
            if fetch is None:
                continue
            keys = RefreshableCredentials(fetch, source)
            try:
                keys.current()
            except NoCredentialsError as exc:
                failure = NoCredentialsError(f"{failure}; {source}: {exc}")
                continue
            return keys
    raise failure
