"""The credential chain's choice of source against botocore's, and the STS endpoint it calls.

Each scenario writes the same config and credentials files and environment for both; the
source ``resolve_credentials`` picks must be the one ``botocore.session`` picks (static keys
compared by key id), without calling the local STS (``sts_server``). The STS endpoint for
every region botocore lists is the one botocore's own ``sts`` client uses.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import botocore.session
import pytest
from sts_server import ROLE, SOURCE_SECRET, TOKEN, LocalSts, local_sts, sts, sts_environ

from apigen.runtime.auth.assume_role import sts_endpoint
from apigen.runtime.auth.chain import resolve_credentials
from apigen.runtime.auth.providers import RefreshableCredentials

__all__ = ["local_sts", "sts"]  # the fixtures this module uses


def _botocore_regions() -> list[str]:
    """Every region of every partition botocore's endpoints data lists."""
    loader = botocore.session.get_session().get_component("data_loader")
    endpoints = loader.load_data("endpoints")
    return sorted({r for p in endpoints["partitions"] for r in p["regions"]})


def test_the_sts_endpoint_is_botocores(monkeypatch: pytest.MonkeyPatch) -> None:
    """Regional for every region botocore knows, global without one (as botocore's client)."""
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("AWS_CONFIG_FILE", os.devnull)
    session = botocore.session.get_session()
    for region in [None, *_botocore_regions()]:
        client = session.create_client(
            "sts", region_name=region, aws_access_key_id="a", aws_secret_access_key="b"
        )
        ours = sts_endpoint(region, {})
        assert ours.url == client.meta.endpoint_url, region
        assert ours.signing_region == client._request_signer._region_name, region
    moved = sts_endpoint("eu-west-1", {"AWS_ENDPOINT_URL_STS": "http://127.0.0.1:9/"})
    assert (moved.url, moved.signing_region) == ("http://127.0.0.1:9", "eu-west-1")


_STATIC = f"aws_access_key_id = {{key}}\naws_secret_access_key = {SOURCE_SECRET}\n"
_SCENARIOS: dict[str, tuple[str, str, dict[str, str], str | None]] = {
    "assume-role before the credentials file": (
        f"[default]\nrole_arn = {ROLE}\nsource_profile = base\n[profile base]\n"
        + _STATIC.format(key="AKIABASE"),
        "[default]\n" + _STATIC.format(key="AKIACREDS"),
        {},
        None,
    ),
    "web identity before the credentials file": (
        "",
        "[default]\n" + _STATIC.format(key="AKIACREDS"),
        {"AWS_WEB_IDENTITY_TOKEN_FILE": "{token}", "AWS_ROLE_ARN": ROLE},
        None,
    ),
    "a named profile ignores the web identity environment": (
        "",
        "[named]\n" + _STATIC.format(key="AKIACREDS"),
        {"AWS_WEB_IDENTITY_TOKEN_FILE": "{token}", "AWS_ROLE_ARN": ROLE},
        "named",
    ),
    "the environment before an assume-role profile": (
        f"[profile dev]\nrole_arn = {ROLE}\nsource_profile = dev\n" + _STATIC.format(key="AKIADEV"),
        "",
        {"AWS_PROFILE": "dev", "AWS_ACCESS_KEY_ID": "AKIAENV", "AWS_SECRET_ACCESS_KEY": "x"},
        None,
    ),
    "credential_process before config-file keys": (
        "[profile p]\ncredential_process = {process}\n" + _STATIC.format(key="AKIACONFIG"),
        "",
        {},
        "p",
    ),
    "credentials-file keys before credential_process": (
        "[profile p]\ncredential_process = {process}\n",
        "[p]\n" + _STATIC.format(key="AKIACREDS"),
        {},
        "p",
    ),
    "a web identity profile is not assumed with source keys": (
        f"[profile w]\nrole_arn = {ROLE}\nweb_identity_token_file = {{token}}\n",
        "[w]\n" + _STATIC.format(key="AKIACREDS"),
        {},
        "w",
    ),
    "credential_source before the credentials file": (
        f"[profile c]\nrole_arn = {ROLE}\ncredential_source = Environment\n",
        "[c]\n" + _STATIC.format(key="AKIACREDS"),
        {"AWS_ACCESS_KEY_ID": "AKIAENV", "AWS_SECRET_ACCESS_KEY": "x"},
        "c",
    ),
    "sso before the credentials file": (
        "[profile s]\nsso_start_url = https://example.awsapps.com/start\nsso_region = us-east-1\n"
        "sso_account_id = 123456789012\nsso_role_name = dev\n",
        "[s]\n" + _STATIC.format(key="AKIACREDS"),
        {},
        "s",
    ),
}
# botocore's provider method → the source our RefreshableCredentials names (static keys are
# compared by their key id).
_METHODS = {
    "assume-role": "assume role of profile",
    "assume-role-with-web-identity": "web identity",
    "custom-process": "credential_process",
    "sso": "sso",
}


def _choice(found: Any) -> str:
    if isinstance(found, RefreshableCredentials):
        return found.source.split(" '")[0]
    return str(found.access_key)


@pytest.mark.parametrize("scenario", sorted(_SCENARIOS))
def test_the_same_source_as_botocore(
    tmp_path: Path, sts: LocalSts, monkeypatch: pytest.MonkeyPatch, scenario: str
) -> None:
    config, creds, extra, profile = _SCENARIOS[scenario]
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN, encoding="utf-8")
    script = tmp_path / "process.py"
    answer = {"Version": 1, "AccessKeyId": "AKIAPROCESS", "SecretAccessKey": SOURCE_SECRET}
    script.write_text(f"print({json.dumps(json.dumps(answer))})", encoding="utf-8")
    config = config.replace("{process}", f"{sys.executable} {script}")
    config = config.replace("{token}", str(token_file))
    extra = {k: v.format(token=token_file) for k, v in extra.items()}
    environ = sts_environ(tmp_path, sts, config, creds, AWS_DEFAULT_REGION="us-east-1", **extra)
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    theirs = botocore.session.Session(profile=profile).get_credentials()
    assert theirs is not None
    expected = _METHODS.get(theirs.method) or theirs.get_frozen_credentials().access_key
    assert _choice(resolve_credentials(profile=profile, environ=environ)) == expected
    assert not sts.received
