"""The whole AWS credential chain, in botocore's order.

1. explicit keys; then, unless a profile was named as an argument, the environment
   (``AWS_ACCESS_KEY_ID``...);
2. the profile (argument, ``AWS_PROFILE``, ``AWS_DEFAULT_PROFILE``, ``default``):
   a. assume-role: ``role_arn`` with ``source_profile`` (whose keys come from this same
      list, or from its own assume-role: chains, a loop is an error; a profile may name
      itself to use its own static keys) or ``credential_source`` (``Environment``,
      ``Ec2InstanceMetadata``, ``EcsContainer``), with ``role_session_name``,
      ``external_id``, ``duration_seconds`` and ``mfa_serial`` (only with an ``mfa_token``
      callback);
   b. web identity: ``AWS_WEB_IDENTITY_TOKEN_FILE``/``AWS_ROLE_ARN``/
      ``AWS_ROLE_SESSION_NAME`` (each beats the profile's ``web_identity_token_file``/
      ``role_arn``/``role_session_name``; not for a named or a source profile);
   c. IAM Identity Center (``sso_*``), then static keys in the credentials file, then
      ``credential_process``, then static keys in the config file;
3. unless a profile was named: the container endpoint, then the instance metadata service.

Keys from STS, the process, SSO and 3 are ``providers.RefreshableCredentials``: fetched
when first needed (3: at once, to learn whether the source is there) and again before they
expire. A configuration error (a missing source profile, a loop) is raised at once; STS is
first called when keys are first needed. STS's endpoint: ``assume_role.sts_endpoint`` for
``region`` (the client's, else the profile's). ``assume_role`` (and with it the STS codec
and the query protocol) is imported only when a profile needs STS, so a client given keys
does not pay for it on its first call.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping

from ..core.records import Record, field
from .credentials import (
    Credentials,
    NoCredentialsError,
    PartialCredentialsError,
    SharedFiles,
    environment_keys,
    profile_name,
    resolve_region,
    section_keys,
    shared_files,
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

Keys = Credentials | RefreshableCredentials
_SSO_KEYS = ("sso_session", "sso_start_url", "sso_account_id")
_STATIC_KEYS = ("aws_access_key_id", "aws_secret_access_key")
_WEB_IDENTITY_ENV = {
    "web_identity_token_file": "AWS_WEB_IDENTITY_TOKEN_FILE",
    "role_arn": "AWS_ROLE_ARN",
    "role_session_name": "AWS_ROLE_SESSION_NAME",
}
CREDENTIAL_SOURCES = ("Environment", "Ec2InstanceMetadata", "EcsContainer")


class _Context(Record, frozen=False):
    files: SharedFiles
    environ: Mapping[str, str]
    region: str | None
    mfa_token: Callable[[], str] | None
    visited: list[str] = field(default_factory=list[str])


def resolve_credentials(
    access_key: str | None = None,
    secret_key: str | None = None,
    token: str | None = None,
    profile: str | None = None,
    environ: Mapping[str, str] = os.environ,
    *,
    region: str | None = None,
    mfa_token: Callable[[], str] | None = None,
) -> Keys:
    """The first source of the chain that has keys (see the module docstring)."""
    if access_key or secret_key or token:
        return resolve_static(access_key, secret_key, token, profile, environ)
    if profile is None:
        found = environment_keys(environ)
        if found is not None:
            return found
    files = shared_files(environ)
    name = profile_name(profile, environ)
    context = _Context(
        files, environ, region or resolve_region(None, profile, environ), mfa_token, [name]
    )
    values = files.profile(name)
    if _assumes_role(values):
        return _assume_role(name, values, context)
    keys = _profile_keys(name, context, environment=profile is None)
    if keys is not None:
        return keys
    try:  # the static resolver's message says where it looked
        return resolve_static(None, None, None, profile, environ)
    except PartialCredentialsError:
        raise
    except NoCredentialsError as static:
        failure = static
    if profile is None:
        for source, fetch in (
            ("container", container_fetcher(environ)),
            ("instance metadata", imds_fetcher(environ)),
        ):
            if fetch is None:
                continue
            refreshable = RefreshableCredentials(fetch, source)
            try:
                refreshable.current()
            except NoCredentialsError as exc:
                failure = NoCredentialsError(f"{failure}; {source}: {exc}")
                continue
            return refreshable
    raise failure


def _assumes_role(values: Mapping[str, str]) -> bool:
    return "role_arn" in values and "web_identity_token_file" not in values


def _profile_keys(name: str, context: _Context, *, environment: bool) -> Keys | None:
    """2b and 2c for one profile, or None when it has none of them."""
    files, values = context.files, context.files.profile(name)
    web = _web_identity(values, context, environment=environment)
    if web is not None:
        return web
    if any(values.get(key) for key in _SSO_KEYS):
        session = values.get("sso_session") or ""
        found = files.sso_sessions.get(session)
        sessions = {session: found} if found is not None else {}
        return RefreshableCredentials(sso_fetcher(values, sessions, context.environ), "sso")
    keys = section_keys(files.credentials.get(name, {}), name, files.credentials_path)
    if keys is not None:
        return keys
    command = values.get("credential_process")
    if command:
        return RefreshableCredentials(process_fetcher(command, name), "credential_process")
    return section_keys(files.config.get(name, {}), name, files.config_path)


def _web_identity(
    values: Mapping[str, str], context: _Context, *, environment: bool
) -> Keys | None:
    def setting(key: str) -> str | None:
        from_env = context.environ.get(_WEB_IDENTITY_ENV[key]) if environment else None
        return from_env or values.get(key) or None

    token_file = setting("web_identity_token_file")
    if not token_file:
        return None
    role_arn = setting("role_arn")
    if not role_arn:
        raise NoCredentialsError(
            "web identity credentials need a role: set AWS_ROLE_ARN or the profile's role_arn"
        )
    from .assume_role import sts_endpoint, web_identity_fetcher

    fetch = web_identity_fetcher(
        token_file,
        role_arn,
        sts_endpoint(context.region, context.environ),
        session_name=setting("role_session_name"),
    )
    return RefreshableCredentials(fetch, "web identity")


def _assume_role(name: str, values: Mapping[str, str], context: _Context) -> Keys:
    source_profile = values.get("source_profile")
    credential_source = values.get("credential_source")
    if source_profile and credential_source:
        raise NoCredentialsError(
            f"profile {name!r} has both source_profile and credential_source; keep one"
        )
    if credential_source:
        source = _named_source(name, credential_source, context.environ)
    elif source_profile:
        source = _source_profile(name, source_profile, context)
    else:
        raise PartialCredentialsError(
            f"profile {name!r} has role_arn but neither source_profile nor credential_source"
        )
    duration = values.get("duration_seconds")
    try:
        seconds = int(duration) if duration is not None else None
    except ValueError:
        raise NoCredentialsError(
            f"profile {name!r}: duration_seconds {duration!r} is not a whole number"
        ) from None
    from .assume_role import assume_role_fetcher, sts_endpoint

    fetch = assume_role_fetcher(
        source,
        values["role_arn"],
        sts_endpoint(context.region, context.environ),
        session_name=values.get("role_session_name"),
        external_id=values.get("external_id"),
        duration_seconds=seconds,
        mfa_serial=values.get("mfa_serial"),
        mfa_token=context.mfa_token,
    )
    return RefreshableCredentials(fetch, f"assume role of profile {name!r}")


def _source_profile(parent: str, name: str, context: _Context) -> Keys:
    files = context.files
    if not files.has(name):
        raise NoCredentialsError(
            f"the source_profile {name!r} of profile {parent!r} does not exist "
            f"in {files.config_path} or {files.credentials_path}"
        )
    values = files.profile(name)
    static = any(key in values for key in _STATIC_KEYS)
    if name in context.visited and not (name == parent and static):
        chain = " -> ".join([*context.visited, name])
        raise NoCredentialsError(f"the source_profile settings loop: {chain}")
    context.visited.append(name)
    if static or not _assumes_role(values):
        keys = _profile_keys(name, context, environment=False)
        if keys is None:
            raise NoCredentialsError(f"the source profile {name!r} has no credentials")
        return keys
    return _assume_role(name, values, context)


def _named_source(profile: str, source: str, environ: Mapping[str, str]) -> Keys:
    if source == "Environment":
        keys = environment_keys(environ)
        if keys is None:
            raise NoCredentialsError(
                f"profile {profile!r}: credential_source Environment, but "
                "AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY are not set"
            )
        return keys
    fetchers = {"Ec2InstanceMetadata": imds_fetcher, "EcsContainer": container_fetcher}
    if source not in fetchers:
        raise NoCredentialsError(
            f"profile {profile!r}: credential_source {source!r} is not one of "
            + ", ".join(CREDENTIAL_SOURCES)
        )
    fetch = fetchers[source](environ)
    if fetch is None:
        raise NoCredentialsError(
            f"profile {profile!r}: credential_source {source}, but it is turned off or "
            "not configured in the environment"
        )
    return RefreshableCredentials(fetch, source)
