"""Assume-role and web identity credentials against a local STS (``sts_server``).

AssumeRole requests are checked against botocore's SigV4 signer (recomputed from the request
as it arrived, with the source's secret); the role settings a profile may hold (source
profile, role chains, ``credential_source``, MFA, web identity) each reach the STS, and its
errors are named without secrets. The chain's choice of source beside botocore's is
``test_credential_chain_choice``.
"""

from __future__ import annotations

import json
import os
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials as BotoCredentials
from sts_server import (
    MINTED_SECRET,
    ROLE,
    SOURCE_SECRET,
    TOKEN,
    LocalSts,
    local_sts,
    sts,
    sts_environ,
)

from apigen.runtime.auth.chain import resolve_credentials
from apigen.runtime.auth.credentials import Credentials, NoCredentialsError
from apigen.runtime.auth.providers import REFRESH_BEFORE, RefreshableCredentials
from apigen.runtime.core.http import HttpRequest

__all__ = ["local_sts", "sts"]  # the fixtures this module uses


def _form(request: HttpRequest) -> dict[str, str]:
    from urllib.parse import parse_qsl

    return dict(parse_qsl(request.body.decode()))


def _check_botocore_signature(request: HttpRequest, secret: str) -> str:
    """Recompute the request's signature with botocore's signer; return the key id used."""
    authorization = request.header("authorization") or ""
    credential = authorization.split("Credential=")[1].split(",")[0]
    access_key, _date, region, service, _ = credential.split("/")
    signed = authorization.split("SignedHeaders=")[1].split(",")[0].split(";")
    headers = {name: request.header(name) or "" for name in signed}
    url = f"http://{request.header('host')}{request.path}"
    boto = AWSRequest(method=request.method, url=url, data=request.body, headers=headers)
    boto.context["timestamp"] = request.header("x-amz-date")
    token = request.header("x-amz-security-token")
    signer = SigV4Auth(BotoCredentials(access_key, secret, token), service, region)
    canonical = signer.canonical_request(boto)
    expected = signer.signature(signer.string_to_sign(boto, canonical), boto)
    assert authorization.endswith(f"Signature={expected}")
    assert service == "sts"
    return access_key


def _keys(found: Credentials | RefreshableCredentials) -> Credentials:
    return found.current()


def test_assume_role_with_a_source_profile(tmp_path: Path, sts: LocalSts) -> None:
    config = (
        "[profile dev]\nregion = eu-west-1\nrole_arn = " + ROLE + "\nsource_profile = base\n"
        "role_session_name = me-at-work\nexternal_id = ext-1\nduration_seconds = 1800\n"
    )
    creds = f"[base]\naws_access_key_id = AKIASOURCE\naws_secret_access_key = {SOURCE_SECRET}\n"
    environ = sts_environ(tmp_path, sts, config, creds, AWS_PROFILE="dev")
    found = resolve_credentials(environ=environ)
    assert isinstance(found, RefreshableCredentials)
    assert not sts.received  # STS is called when keys are first needed
    keys = _keys(found)
    (call,) = sts.received
    assert call.operation == "AssumeRole"
    assert (call.input.role_arn, call.input.role_session_name) == (ROLE, "me-at-work")
    assert (call.input.external_id, call.input.duration_seconds) == ("ext-1", 1800)
    assert _check_botocore_signature(call.request, SOURCE_SECRET) == "AKIASOURCE"
    assert "/eu-west-1/sts/" in (call.request.header("authorization") or "")
    assert keys.access_key.startswith("ASIAMINTED") and keys.token
    for text in (repr(found), repr(keys), str(keys)):
        assert MINTED_SECRET not in text and SOURCE_SECRET not in text


def test_a_role_chain_signs_each_step_with_the_keys_before(tmp_path: Path, sts: LocalSts) -> None:
    config = (
        f"[profile top]\nrole_arn = {ROLE}-top\nsource_profile = middle\n"
        f"[profile middle]\nrole_arn = {ROLE}-middle\nsource_profile = base\n"
        f"[profile base]\naws_access_key_id = AKIASOURCE\naws_secret_access_key = {SOURCE_SECRET}\n"
    )
    keys = _keys(resolve_credentials(profile="top", environ=sts_environ(tmp_path, sts, config)))
    first, second = sts.received
    assert (first.input.role_arn, second.input.role_arn) == (f"{ROLE}-middle", f"{ROLE}-top")
    assert _check_botocore_signature(first.request, SOURCE_SECRET) == "AKIASOURCE"
    middle_key = _check_botocore_signature(second.request, sts.secret_of("ASIAMINTED00000001"))
    assert middle_key == "ASIAMINTED00000001"
    assert second.request.header("x-amz-security-token") == "minted-token-0001"
    assert keys.access_key == "ASIAMINTED00000002"


def test_a_source_profile_loop_is_an_error(tmp_path: Path, sts: LocalSts) -> None:
    config = (
        f"[profile a]\nrole_arn = {ROLE}\nsource_profile = b\n"
        f"[profile b]\nrole_arn = {ROLE}\nsource_profile = a\n"
    )
    with pytest.raises(NoCredentialsError, match=r"loop: a -> b -> a"):
        resolve_credentials(profile="a", environ=sts_environ(tmp_path, sts, config))
    assert not sts.received


def test_a_profile_may_source_its_own_static_keys(tmp_path: Path, sts: LocalSts) -> None:
    config = (
        f"[profile self]\nrole_arn = {ROLE}\nsource_profile = self\n"
        f"aws_access_key_id = AKIASELF\naws_secret_access_key = {SOURCE_SECRET}\n"
    )
    _keys(resolve_credentials(profile="self", environ=sts_environ(tmp_path, sts, config)))
    assert _check_botocore_signature(sts.received[0].request, SOURCE_SECRET) == "AKIASELF"


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ("source_profile = nowhere\n", "'nowhere' of profile 'p' does not exist"),
        ("", "neither source_profile nor credential_source"),
        ("source_profile = p\ncredential_source = Environment\n", "both source_profile"),
        ("credential_source = Moon\n", "'Moon' is not one of"),
        ("credential_source = Ec2InstanceMetadata\n", "turned off"),
        ("credential_source = Environment\n", "AWS_ACCESS_KEY_ID"),
    ],
)
def test_bad_role_settings_are_clear_errors(
    tmp_path: Path, sts: LocalSts, settings: str, message: str
) -> None:
    config = f"[profile p]\nrole_arn = {ROLE}\n{settings}"
    with pytest.raises(NoCredentialsError, match=message):
        resolve_credentials(profile="p", environ=sts_environ(tmp_path, sts, config))


def test_credential_source_environment(tmp_path: Path, sts: LocalSts) -> None:
    config = f"[profile p]\nrole_arn = {ROLE}\ncredential_source = Environment\n"
    environ = sts_environ(
        tmp_path,
        sts,
        config,
        AWS_ACCESS_KEY_ID="AKIAENVIRON",
        AWS_SECRET_ACCESS_KEY=SOURCE_SECRET,
    )
    _keys(resolve_credentials(profile="p", environ=environ))
    assert _check_botocore_signature(sts.received[0].request, SOURCE_SECRET) == "AKIAENVIRON"


def test_credential_source_ecs_container(tmp_path: Path, sts: LocalSts) -> None:
    """The container endpoint's keys (and token) sign the AssumeRole call."""
    answer = {
        "AccessKeyId": "AKIACONTAINER",
        "SecretAccessKey": SOURCE_SECRET,
        "Token": "container-token",
        "Expiration": (datetime.now(UTC) + timedelta(hours=2)).isoformat(),
    }

    class Container(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = json.dumps(answer).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Container)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        config = f"[profile p]\nrole_arn = {ROLE}\ncredential_source = EcsContainer\n"
        environ = sts_environ(
            tmp_path,
            sts,
            config,
            AWS_CONTAINER_CREDENTIALS_FULL_URI=f"http://127.0.0.1:{server.server_address[1]}/c",
        )
        _keys(resolve_credentials(profile="p", environ=environ))
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    request = sts.received[0].request
    assert _check_botocore_signature(request, SOURCE_SECRET) == "AKIACONTAINER"
    assert request.header("x-amz-security-token") == "container-token"


def test_mfa_needs_a_token_callback(tmp_path: Path, sts: LocalSts) -> None:
    config = (
        f"[profile p]\nrole_arn = {ROLE}\nsource_profile = p\nmfa_serial = arn:aws:iam::1:mfa/me\n"
        f"aws_access_key_id = AKIASELF\naws_secret_access_key = {SOURCE_SECRET}\n"
    )
    environ = sts_environ(tmp_path, sts, config)
    with pytest.raises(NoCredentialsError, match="needs an MFA code") as refused:
        resolve_credentials(profile="p", environ=environ)
    assert SOURCE_SECRET not in str(refused.value)
    _keys(resolve_credentials(profile="p", environ=environ, mfa_token=lambda: "123456"))
    sent = sts.received[0].input
    assert (sent.serial_number, sent.token_code) == ("arn:aws:iam::1:mfa/me", "123456")


def test_web_identity_from_the_environment(tmp_path: Path, sts: LocalSts) -> None:
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN, encoding="utf-8")
    environ = sts_environ(
        tmp_path,
        sts,
        AWS_WEB_IDENTITY_TOKEN_FILE=str(token_file),
        AWS_ROLE_ARN=ROLE,
        AWS_ROLE_SESSION_NAME="pod-1",
    )
    found = resolve_credentials(environ=environ, region="us-east-2")
    keys = _keys(found)
    (call,) = sts.received
    assert call.operation == "AssumeRoleWithWebIdentity"
    assert call.request.header("authorization") is None  # the token is the proof
    assert _form(call.request)["WebIdentityToken"] == TOKEN
    assert (call.input.role_arn, call.input.role_session_name) == (ROLE, "pod-1")
    assert keys.access_key.startswith("ASIAMINTED")
    assert TOKEN not in repr(found) and TOKEN not in repr(call.input)


def test_web_identity_from_a_profile_reads_a_rotated_token(tmp_path: Path, sts: LocalSts) -> None:
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN, encoding="utf-8")
    config = f"[profile k8s]\nrole_arn = {ROLE}\nweb_identity_token_file = {token_file}\n"
    sts.lifetime = timedelta(seconds=REFRESH_BEFORE - 60)  # always inside the refresh window
    found = resolve_credentials(profile="k8s", environ=sts_environ(tmp_path, sts, config))
    first = _keys(found)
    token_file.write_text(TOKEN + "-rotated", encoding="utf-8")
    second = _keys(found)
    assert first.access_key != second.access_key  # fetched again before expiry
    tokens = [_form(call.request)["WebIdentityToken"] for call in sts.received]
    assert tokens == [TOKEN, TOKEN + "-rotated"]
    assert sts.received[0].input.role_session_name.startswith("apigen-session-")


def test_an_sts_error_is_named_without_secrets(tmp_path: Path, sts: LocalSts) -> None:
    sts.fail_with = sts.package.errors.ExpiredTokenException
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN, encoding="utf-8")
    config = f"[default]\nrole_arn = {ROLE}\nweb_identity_token_file = {token_file}\n"
    found = resolve_credentials(environ=sts_environ(tmp_path, sts, config))
    with pytest.raises(NoCredentialsError, match="ExpiredTokenException: not today") as failed:
        found.current()
    assert TOKEN not in str(failed.value) and ROLE in str(failed.value)


def test_a_generated_client_assumes_the_role_with_its_mfa_callback(
    tmp_path: Path, sts: LocalSts, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A client of the service (here STS itself) signs its calls with the assumed keys."""
    config = (
        f"[profile mfa]\nregion = eu-central-1\nrole_arn = {ROLE}\nsource_profile = mfa\n"
        f"mfa_serial = arn:aws:iam::1:mfa/me\naws_access_key_id = AKIASELF\n"
        f"aws_secret_access_key = {SOURCE_SECRET}\n"
    )
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    for name, value in sts_environ(tmp_path, sts, config).items():
        monkeypatch.setenv(name, value)
    with sts.package.STSClient(
        profile="mfa", endpoint_url=sts.url, mfa_token=lambda: "654321"
    ) as client:
        assert client.get_caller_identity().user_id == "who-signed"
    assume, call = sts.received
    assert (assume.operation, assume.input.token_code) == ("AssumeRole", "654321")
    assert _check_botocore_signature(assume.request, SOURCE_SECRET) == "AKIASELF"
    assert call.operation == "GetCallerIdentity"
    minted = "ASIAMINTED00000001"
    assert _check_botocore_signature(call.request, sts.secret_of(minted)) == minted
    assert "/eu-central-1/sts/" in (call.request.header("authorization") or "")
