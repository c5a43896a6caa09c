"""Which configured endpoint URL wins, checked against botocore with the same environment.

Sources, strongest first (the AWS SDKs' order): the ``endpoint_url`` argument,
``AWS_ENDPOINT_URL_<SERVICE_ID>``, ``AWS_ENDPOINT_URL``, the shared config file's
``services`` section entry for the service, the profile's ``endpoint_url``, then the rules;
``AWS_IGNORE_CONFIGURED_ENDPOINT_URLS`` or the profile's ``ignore_configured_endpoint_urls``
turn all but the argument off. Every combination of the five sources, and ignoring (by the
variable, by the config file) with all of them, the configured ones or only the profile's,
is set up for real (variables, a config file) and resolved by a botocore client and by our
client resolution; the URL must agree.
The variable's name and the ``services`` key are botocore's own for the service
(``ConfiguredEndpointProvider``); our names are checked equal to botocore's for a sample of
services (for every one with ``APIGEN_ENDPOINT_SWEEP=1``, ``nox -s endpoint_sweep``).
"""

from __future__ import annotations

import hashlib
import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import botocore.configprovider
import botocore.session
import pytest
from endpoint_peers import (
    LOADER,
    botocore_client,
    neutral_operation,
    our_service,
    ours,
    sample,
    services_with_rules,
    theirs,
)

from apigen.runtime.client import config as client_config
from apigen.runtime.client.endpoint_resolution import endpoint_variable, service_key

SOURCES = ("argument", "service_variable", "global_variable", "services_section", "profile")
IGNORING = (None, "variable", "config")
ALL = services_with_rules()
# Names are checked for every service under APIGEN_ENDPOINT_SWEEP=1, a sample otherwise.
NAMED = ALL if os.environ.get("APIGEN_ENDPOINT_SWEEP") else sample(ALL, 60)


def _botocore_names(service: str) -> tuple[str, str]:
    """botocore's ``AWS_ENDPOINT_URL_<ID>`` and ``services`` key for ``service``."""
    provider = botocore.configprovider.ConfiguredEndpointProvider({}, {}, service, environ={})
    return provider._get_service_env_var_name(), provider._transformed_service_id.lower()


def _spaced_service() -> str:
    """The first service, in SHA-256 order of names, whose SDK id has a space or hyphen (so
    its variable name is transformed) and which has an operation setting no parameter."""
    for service in sorted(ALL, key=lambda n: hashlib.sha256(n.encode()).hexdigest()):
        model = LOADER.load_service_model(service, "service-2")
        spaced = any(c in model["metadata"].get("serviceId", "") for c in " -")
        if spaced and neutral_operation(model) is not None:
            return service
    raise LookupError("no service with a spaced SDK id")


def _combinations() -> Iterator[tuple[frozenset[str], str | None]]:
    """Every subset of the sources, not ignoring; and ignoring (both ways) with every
    source set, with only the configured ones, and with only the profile."""
    for n in range(len(SOURCES) + 1):
        for chosen in itertools.combinations(SOURCES, n):
            yield frozenset(chosen), None
    for ignoring in IGNORING[1:]:
        for chosen in (SOURCES, SOURCES[1:], ("profile",)):
            yield frozenset(chosen), ignoring


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    for name in [n for n in os.environ if n.startswith("AWS_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "credentials"))
    client_config.clear_cache()
    yield tmp_path
    client_config.clear_cache()


def test_our_names_are_botocores() -> None:
    wrong = []
    for service in NAMED:
        spec = our_service(service)
        variable, key = _botocore_names(service)
        if (endpoint_variable(spec), service_key(spec)) != (variable, key):
            wrong.append(f"{service}: ours {endpoint_variable(spec)}, botocore's {variable}")
    assert not wrong, "\n".join(wrong)


def _config(set_: frozenset[str], ignoring: str | None, key: str) -> str:
    lines = ["[default]"]
    if "profile" in set_:
        lines.append("endpoint_url = https://profile.example")
    if "services_section" in set_:
        lines.append("services = local")
    if ignoring == "config":
        lines.append("ignore_configured_endpoint_urls = true")
    if "services_section" in set_:
        lines += ["", "[services local]", f"{key} =", "  endpoint_url = https://section.example"]
    return "\n".join(lines) + "\n"


def test_precedence_is_botocores(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = _spaced_service()
    operation = neutral_operation(LOADER.load_service_model(service, "service-2"))
    assert operation is not None
    variable, key = _botocore_names(service)
    spec = our_service(service)
    failures = []
    for number, (set_, ignoring) in enumerate(_combinations()):
        config = home / f"config-{number}"
        config.write_text(_config(set_, ignoring, key), encoding="utf-8")
        monkeypatch.setenv("AWS_CONFIG_FILE", str(config))
        for name, source, url in (
            (variable, "service_variable", "https://service-variable.example"),
            ("AWS_ENDPOINT_URL", "global_variable", "https://global-variable.example"),
        ):
            if source in set_:
                monkeypatch.setenv(name, url)
            else:
                monkeypatch.delenv(name, raising=False)
        if ignoring == "variable":
            monkeypatch.setenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true")
        else:
            monkeypatch.delenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", raising=False)
        argument = "https://argument.example" if "argument" in set_ else None
        client = botocore_client(
            botocore.session.Session(), service, "us-west-2", endpoint_url=argument
        )
        try:
            expected = theirs(client, operation, "us-west-2").url
        finally:
            client.close()
        client_config.clear_cache()
        found = ours(spec, "us-west-2", endpoint_url=argument).url
        if found != expected:
            failures.append(
                f"{sorted(set_)} ignoring={ignoring}: botocore {expected}, ours {found}"
            )
    assert not failures, "\n".join(failures)


def test_a_missing_services_section_is_a_clear_error(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (home / "config").write_text("[default]\nservices = nowhere\n", encoding="utf-8")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(home / "config"))
    found = ours(our_service(ALL[0]), "us-west-2")
    assert found.url is None and found.error is not None
    assert "nowhere" in found.error and str(home / "config") in found.error
