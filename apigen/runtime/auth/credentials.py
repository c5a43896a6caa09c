"""AWS credential and region resolution for generated clients.

Purpose: find static AWS keys the way the AWS CLI / botocore do for the
common cases, using only the standard library, so generated packages work out
of the box with ``aws configure`` set-ups.

Resolution order for :func:`resolve_credentials`:

1. explicit ``access_key`` / ``secret_key`` (/ ``token``) arguments;
2. ``AWS_ACCESS_KEY_ID`` / ``AWS_SECRET_ACCESS_KEY`` with ``AWS_SESSION_TOKEN``
   (or the legacy ``AWS_SECURITY_TOKEN``);
3. the shared credentials file (``AWS_SHARED_CREDENTIALS_FILE`` or
   ``~/.aws/credentials``, sections ``[name]``), then the config file
   (``AWS_CONFIG_FILE`` or ``~/.aws/config``, sections ``[profile name]`` and
   ``[default]``) for the profile: argument, else ``AWS_PROFILE``, else
   ``AWS_DEFAULT_PROFILE``, else ``default``.

Decisions:

* A ``profile`` *argument* is an explicit choice and skips step 2, as botocore
  does (``aws --profile x`` ignores ``AWS_ACCESS_KEY_ID``); a profile named by
  ``AWS_PROFILE`` does not.
* Half-configured sources (a key id without its secret) raise
  :class:`PartialCredentialsError` rather than silently falling through to a
  different identity.  Empty environment values count as unset.
* ``~`` is expanded against ``HOME`` / ``USERPROFILE`` of the ``environ``
  mapping passed in, so an explicit ``environ`` fully describes the lookup.
* A file that exists but cannot be parsed raises ``ValueError`` naming it.
* Static keys only: ``chain.resolve_credentials`` is the whole chain (assume-role, web
  identity, ``credential_process``, SSO, the container endpoint, instance metadata), built
  from the pieces here (``environment_keys``, ``shared_files``, ``section_keys``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..core.errors import ApigenError
from ..core.records import Record, field

if TYPE_CHECKING:
    import configparser

__all__ = [
    "Credentials",
    "NoCredentialsError",
    "PartialCredentialsError",
    "SharedFiles",
    "environment_keys",
    "profile_name",
    "resolve_credentials",
    "resolve_region",
    "section_keys",
    "shared_files",
]

_UNSUPPORTED_KEYS = ("role_arn", "web_identity_token_file")


class Credentials(Record):
    """Static AWS credentials; ``repr`` shows only the (non-secret) key id."""

    access_key: str
    secret_key: str = field(repr=False)
    token: str | None = field(default=None, repr=False)

    def current(self) -> Credentials:
        """These keys (static keys never change; ``providers.RefreshableCredentials`` do)."""
        return self


class NoCredentialsError(ApigenError):
    """No usable AWS credentials were found; the message says where we looked."""


class PartialCredentialsError(NoCredentialsError):
    """A credential source was only half configured (e.g. key id, no secret)."""


def resolve_credentials(
    access_key: str | None = None,
    secret_key: str | None = None,
    token: str | None = None,
    profile: str | None = None,
    environ: Mapping[str, str] = os.environ,
) -> Credentials:
    """Return the first complete set of credentials in the documented order."""
    if access_key or secret_key or token:
        if not (access_key and secret_key):
            raise PartialCredentialsError(
                "explicit credentials need both access_key and secret_key"
            )
        return Credentials(access_key, secret_key, token or None)

    looked: list[str] = []
    if profile is None:
        found = environment_keys(environ)
        if found is not None:
            return found
        looked.append("environment variables AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY")
    else:
        looked.append("environment variables skipped because a profile was given")

    name = _profile_name(profile, environ)
    cred_path = _credentials_path(environ)
    config_path = _config_path(environ)
    found_profile = False
    unsupported: list[str] = []
    for path, section in ((cred_path, name), (config_path, _config_section(name))):
        values = _read_section(path, section)
        looked.append(f"{path} [{section}]")
        if values is None:
            continue
        found_profile = True
        keys = section_keys(values, name, path)
        if keys is not None:
            return keys
        unsupported.extend(k for k in _UNSUPPORTED_KEYS if k in values)

    message = f"no AWS credentials found for profile {name!r}; looked in: " + "; ".join(looked)
    if not found_profile and (profile is not None or name != "default"):
        message += f" (profile {name!r} does not exist in either file)"
    if unsupported:
        message += (
            f" (profile uses {', '.join(sorted(set(unsupported)))}: static keys only here, "
            "chain.resolve_credentials calls STS for it)"
        )
    raise NoCredentialsError(message)


def environment_keys(environ: Mapping[str, str] = os.environ) -> Credentials | None:
    """``AWS_ACCESS_KEY_ID``/``AWS_SECRET_ACCESS_KEY`` (and the session token), or None;
    ``PartialCredentialsError`` when only one of the two is set."""
    env_key = environ.get("AWS_ACCESS_KEY_ID") or None
    env_secret = environ.get("AWS_SECRET_ACCESS_KEY") or None
    if not (env_key or env_secret):
        return None
    if not (env_key and env_secret):
        missing = "AWS_SECRET_ACCESS_KEY" if env_key else "AWS_ACCESS_KEY_ID"
        raise PartialCredentialsError(
            f"incomplete credentials in the environment: {missing} is not set"
        )
    env_token = environ.get("AWS_SESSION_TOKEN") or environ.get("AWS_SECURITY_TOKEN")
    return Credentials(env_key, env_secret, env_token or None)


def section_keys(values: Mapping[str, str], name: str, path: str) -> Credentials | None:
    """The static keys of one profile section (of the file at ``path``), or None."""
    key = values.get("aws_access_key_id") or None
    secret = values.get("aws_secret_access_key") or None
    if not (key or secret):
        return None
    if not (key and secret):
        raise PartialCredentialsError(
            f"profile {name!r} in {path} has only one of aws_access_key_id/aws_secret_access_key"
        )
    session = values.get("aws_session_token") or values.get("aws_security_token")
    return Credentials(key, secret, session or None)


class SharedFiles(Record):
    """Both shared files read once: profile name → settings, per file (the config file's
    ``[profile name]`` and ``[default]`` sections), and its ``[sso-session name]`` ones."""

    credentials_path: str
    config_path: str
    credentials: Mapping[str, Mapping[str, str]]
    config: Mapping[str, Mapping[str, str]]
    sso_sessions: Mapping[str, Mapping[str, str]]

    def profile(self, name: str) -> dict[str, str]:
        """A profile's settings from both files, the credentials file winning (botocore)."""
        return {**self.config.get(name, {}), **self.credentials.get(name, {})}

    def has(self, name: str) -> bool:
        return name in self.config or name in self.credentials


def shared_files(environ: Mapping[str, str] = os.environ) -> SharedFiles:
    cred_path, config_path = _credentials_path(environ), _config_path(environ)
    config: dict[str, dict[str, str]] = {}
    sessions: dict[str, dict[str, str]] = {}
    for section, values in _read_sections(config_path).items():
        kind, _, rest = section.partition(" ")
        if section == "default" or (kind == "profile" and rest.strip()):
            config.setdefault(rest.strip() or "default", {}).update(values)
        elif kind == "sso-session" and rest.strip():
            sessions[rest.strip()] = values
    credentials = _read_sections(cred_path)
    return SharedFiles(cred_path, config_path, credentials, config, sessions)


def profile_name(profile: str | None, environ: Mapping[str, str] = os.environ) -> str:
    """The profile in use: the argument, else ``AWS_PROFILE``/``AWS_DEFAULT_PROFILE``."""
    return _profile_name(profile, environ)


def resolve_region(
    region: str | None = None,
    profile: str | None = None,
    environ: Mapping[str, str] = os.environ,
) -> str | None:
    """Region from the argument, AWS_REGION, AWS_DEFAULT_REGION, then the config file."""
    if region:
        return region
    for var in ("AWS_REGION", "AWS_DEFAULT_REGION"):
        value = environ.get(var)
        if value:
            return value
    name = _profile_name(profile, environ)
    values = _read_section(_config_path(environ), _config_section(name))
    if values is None:
        return None
    return values.get("region") or None


def config_sections(
    profile: str | None = None, environ: Mapping[str, str] = os.environ
) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """The profile's section of the config file, and its ``[sso-session name]`` sections."""
    path = _config_path(environ)
    values = _read_section(path, _config_section(_profile_name(profile, environ))) or {}
    sessions: dict[str, dict[str, str]] = {}
    name = values.get("sso_session")
    if name:
        session = _read_section(path, f"sso-session {name}")
        if session is not None:
            sessions[name] = session
    return values, sessions


def profile_setting(
    key: str, profile: str | None = None, environ: Mapping[str, str] = os.environ
) -> str | None:
    """One setting of the profile's section of the AWS config file (``max_attempts``...)."""
    name = _profile_name(profile, environ)
    values = _read_section(_config_path(environ), _config_section(name))
    return (values.get(key) or None) if values is not None else None


def _profile_name(profile: str | None, environ: Mapping[str, str]) -> str:
    return profile or environ.get("AWS_PROFILE") or environ.get("AWS_DEFAULT_PROFILE") or "default"


def _config_section(profile: str) -> str:
    # The config file names non-default profiles "[profile name]".
    return "default" if profile == "default" else f"profile {profile}"


def _credentials_path(environ: Mapping[str, str]) -> str:
    configured = environ.get("AWS_SHARED_CREDENTIALS_FILE")
    return _expand(configured or "~/.aws/credentials", environ)


def _config_path(environ: Mapping[str, str]) -> str:
    return _expand(environ.get("AWS_CONFIG_FILE") or "~/.aws/config", environ)


def _expand(path: str, environ: Mapping[str, str]) -> str:
    if path == "~" or path.startswith(("~/", "~" + os.sep)):
        home = environ.get("HOME") or environ.get("USERPROFILE")
        if home:
            return os.path.join(home, path[2:]) if len(path) > 1 else home
    return os.path.expanduser(path)


def _parser(path: str) -> configparser.RawConfigParser | None:
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except FileNotFoundError:
        return None
    import configparser  # only once a file exists: a process without one never needs it

    parser = configparser.RawConfigParser()
    try:
        parser.read_string(text, source=path)
    except configparser.Error as exc:
        # A broken file is a set-up error to fix, not "no credentials".
        raise ValueError(f"cannot parse AWS config file {path}: {exc}") from exc
    return parser


def _read_section(path: str, section: str) -> dict[str, str] | None:
    """Return one section of an INI file, or None if the file or section is absent."""
    parser = _parser(path)
    if parser is None or not parser.has_section(section):
        return None
    return {key: value.strip() for key, value in parser.items(section)}


def _read_sections(path: str) -> dict[str, dict[str, str]]:
    """Every section of an INI file (none when the file is absent)."""
    parser = _parser(path)
    if parser is None:
        return {}
    return {
        section: {key: value.strip() for key, value in parser.items(section)}
        for section in parser.sections()
    }
