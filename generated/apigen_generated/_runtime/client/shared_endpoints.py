"""The endpoint URL the shared AWS config file sets for a service, as the AWS SDKs read it.

A profile may name a ``services`` section whose nested settings are per service, keyed by
the service's SDK id in snake case (``dynamodb``, ``elastic_beanstalk``)::

    [profile dev]
    services = local
    endpoint_url = https://proxy.example        # every service of the profile

    [services local]
    dynamodb =
      endpoint_url = http://127.0.0.1:8000      # this service only: wins over the above

A profile that names a missing ``services`` section is a set-up error, as botocore says.
``ignore_configured_endpoint_urls`` (``AWS_IGNORE_CONFIGURED_ENDPOINT_URLS`` first) turns
every configured URL off, environment variables included; only the ``endpoint_url``
argument is then taken.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from ..auth.credentials import profile_setting
from ..core.errors import ApigenError

__all__ = ["SharedConfigError", "ignore_configured", "shared_endpoint"]

_TRUE = ("true", "1", "yes", "on")


class SharedConfigError(ApigenError, ValueError):
    """The shared config file names a ``services`` section it does not hold."""


def ignore_configured(profile: str | None, environ: Mapping[str, str]) -> bool:
    value = environ.get("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")
    if value is None:
        value = profile_setting("ignore_configured_endpoint_urls", profile, environ)
    return value is not None and value.strip().lower() in _TRUE


def shared_endpoint(
    service_key: str, profile: str | None, environ: Mapping[str, str]
) -> str | None:
    """The ``services`` section's ``endpoint_url`` for ``service_key``, else the profile's."""
    section = profile_setting("services", profile, environ)
    if section:
        nested = _services_section(section, environ).get(service_key, "")
        url = _nested(nested).get("endpoint_url")
        if url:
            return url
    return profile_setting("endpoint_url", profile, environ)


def _config_path(environ: Mapping[str, str]) -> str:
    path = environ.get("AWS_CONFIG_FILE") or "~/.aws/config"
    if path == "~" or path.startswith("~/"):
        home = environ.get("HOME") or environ.get("USERPROFILE")
        return (home + path[1:]) if home else os.path.expanduser(path)
    return path


def _services_section(name: str, environ: Mapping[str, str]) -> dict[str, str]:
    import configparser  # read only when a service asks for its configured endpoint

    path = _config_path(environ)
    parser = configparser.RawConfigParser()
    try:
        with open(path, encoding="utf-8") as handle:
            parser.read_file(handle, source=path)
    except (OSError, configparser.Error) as exc:
        raise SharedConfigError(f"cannot read AWS config file {path}: {exc}") from None
    section = f"services {name}"
    if not parser.has_section(section):
        raise SharedConfigError(
            f"{path}: the profile is configured to use the services section {name!r}, "
            f"but there is no [{section}] section"
        )
    return dict(parser.items(section))


def _nested(text: str) -> dict[str, str]:
    """The ``key = value`` lines of a nested setting."""
    values: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep and key.strip():
            values[key.strip().lower()] = value.strip()
    return values
