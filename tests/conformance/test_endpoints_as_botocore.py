"""Our endpoint resolution against botocore's ``EndpointRulesetResolver``, service by service.

Every service of the pinned botocore with an endpoint rule set (``endpoint_peers``), over a
grid drawn from the data: two regions of each of botocore's partitions, plus every region the
service's rule set compares ``Region`` with (its special cases), × FIPS × dual-stack:
the URL, the endpoint's headers and the SigV4 signing name and region must be botocore's;
where botocore's rule set refuses (FIPS in a partition without it), ours must refuse with
the rule set's message. The default run takes a deterministic sample of services (the
``SAMPLE`` with the smallest SHA-256 of their names); ``APIGEN_ENDPOINT_SWEEP=1`` (``nox -s
endpoint_sweep``) takes all of them.

Both sides read a clean environment: no AWS variables, no shared files.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import botocore.session
import pytest
from endpoint_peers import (
    LOADER,
    botocore_client,
    compared_regions,
    grid,
    neutral_operation,
    our_service,
    ours,
    partition_regions,
    same,
    sample,
    services_with_rules,
    theirs,
)

from apigen.runtime.client import config as client_config

SAMPLE = 10
ALL = services_with_rules()
SERVICES = ALL if os.environ.get("APIGEN_ENDPOINT_SWEEP") else sample(ALL, SAMPLE)
REGIONS = partition_regions()


@pytest.fixture
def clean_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in [n for n in os.environ if n.startswith("AWS_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "credentials"))
    client_config.clear_cache()
    yield
    client_config.clear_cache()


def test_the_data_holds_rule_sets_and_partitions() -> None:
    assert len(ALL) > 300, "the pinned botocore should carry a rule set for most services"
    assert len(REGIONS) >= 3 and any(r.startswith("us-gov-") for r in REGIONS)


@pytest.mark.parametrize("service", SERVICES)
def test_the_service_resolves_as_botocore_does(service: str, clean_environment: None) -> None:
    model = LOADER.load_service_model(service, "service-2")
    operation = neutral_operation(model)
    if operation is None:
        pytest.skip(f"every {service} operation sets rule-set parameters of its own")
    session = botocore.session.Session()
    spec = our_service(service)
    document = LOADER.load_service_model(service, "endpoint-rule-set-1")
    regions = REGIONS + [r for r in compared_regions(document) if r not in REGIONS]
    failures = []
    for region, fips, dual in grid(regions):
        client = botocore_client(session, service, region, fips, dual)
        try:
            expected = theirs(client, operation, region)
        finally:
            client.close()
        found = ours(spec, region, fips, dual)
        if expected.error is not None:
            # Both refuse; the rule set's own message is in botocore's wording too.
            if found.error is None or found.error not in expected.error:
                failures.append(f"{region} fips={fips} dual={dual}: {expected} != {found}")
        elif not same(expected, found):
            failures.append(f"{region} fips={fips} dual={dual}: {expected} != {found}")
    assert not failures, f"{service} ({operation}):\n" + "\n".join(failures)


def _with_builtin(builtin: str) -> list[str]:
    found = []
    for service in ALL:
        document = LOADER.load_service_model(service, "endpoint-rule-set-1")
        if any(p.get("builtIn") == builtin for p in document["parameters"].values()):
            found.append(service)
    return found


@pytest.mark.parametrize("setting", [None, "legacy", "regional"])
def test_the_s3_global_endpoint_builtin_is_botocores(
    setting: str | None, clean_environment: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``AWS::S3::UseGlobalEndpoint`` in us-east-1, for each service whose rule set reads it,
    with ``AWS_S3_US_EAST_1_REGIONAL_ENDPOINT`` unset, ``legacy`` and ``regional``."""
    services = _with_builtin("AWS::S3::UseGlobalEndpoint")
    assert services
    if setting is not None:
        monkeypatch.setenv("AWS_S3_US_EAST_1_REGIONAL_ENDPOINT", setting)
    for service in services:
        operation = neutral_operation(LOADER.load_service_model(service, "service-2"))
        assert operation is not None
        client = botocore_client(botocore.session.Session(), service, "us-east-1")
        try:
            expected = theirs(client, operation, "us-east-1")
        finally:
            client.close()
        assert same(expected, ours(our_service(service), "us-east-1")), service
